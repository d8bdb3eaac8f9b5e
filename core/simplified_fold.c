/* Folding Traditional characters to Simplified without moving any byte: the
 * figure scanner reads the folded text and reports offsets into the original,
 * so a character is replaced only by one of the same UTF-8 length. */
#include "tally/figures.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "fold_rules.h"
#include "utf8_scan.h"

/* Ill-formed UTF-8 (stray bytes, overlong forms, surrogates) becomes '?',
 * byte for byte: the scanners and PCRE2 then read valid UTF-8 only. */
static void make_valid(char *s, size_t len)
{
    int32_t n = len > (size_t)INT32_MAX ? INT32_MAX : (int32_t)len;
    for (int32_t i = 0; i < n;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT((const uint8_t *)s, i, n, c);
        if (c < 0) {
            for (int32_t k = start; k < i; k++)
                s[k] = '?';
        }
    }
    for (size_t i = (size_t)n; i < len; i++)
        s[i] = '?';
}

static int is_han(uint32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

/* Replaces, in out, each Han character whose Simplified form (by the same
 * rules doc.folded uses: ICU's Hant-Hans table with its phrases and the
 * override rows) has the same byte length. */
char *tally_fold_simplified(const char *text, size_t len, tally_error *err)
{
    const fold_rules *rules = &tally_fold_data;
    char *out = malloc(len + 1);
    if (!out) {
        tally_error_set(err, "out of memory");
        return NULL;
    }
    if (len)
        memcpy(out, text, len);
    out[len] = '\0';
    make_valid(out, len);
    for (size_t i = 0; i < len;) {
        size_t at = i;
        uint32_t c = utf8_next(out, len, &i);
        if (c >= 0x10000 || !rules->index[c] || !is_han(c))
            continue;
        const fold_entry *e = &rules->entries[rules->index[c]];
        const fold_phrase *p = NULL;
        for (uint32_t k = 0; k < e->phrase_count && !p; k++) {
            const fold_phrase *q = &rules->phrases[e->phrase_first + k];
            if (q->key_len <= len - at && memcmp(out + at, rules->pool + q->key, q->key_len) == 0)
                p = q;
        }
        if (p) {
            /* phrases map character to character; keep the pairs of equal length */
            const char *target = rules->pool + p->target;
            size_t ki = at, ti = 0;
            while (ki < at + p->key_len && ti < p->target_len) {
                size_t k0 = ki, t0 = ti;
                utf8_next(out, len, &ki);
                utf8_next(target, p->target_len, &ti);
                if (ki - k0 == ti - t0)
                    memcpy(out + k0, target + t0, ki - k0);
            }
            i = at + p->key_len;
        } else if (e->changes && e->single && e->out_len == i - at) {
            memcpy(out + at, e->out, e->out_len);
        }
    }
    return out;
}
