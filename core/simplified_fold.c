/* Folding Traditional characters to Simplified without moving any byte: the
 * figure scanner reads the folded text and reports offsets into the original,
 * so a character is replaced only by one of the same UTF-8 length. ICU's
 * Hant-Hans maps character to character; where its output does not line up
 * with the input, each character is converted on its own. */
#include "tally/figures.h"
#include "tally/text.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "utf8_scan.h"

/* Ill-formed UTF-8 (stray bytes, overlong forms, surrogates) becomes '?',
 * byte for byte: the scanners and PCRE2 then read valid UTF-8 only. */
static int make_valid(char *s, size_t len)
{
    int changed = 0;
    int32_t n = len > (size_t)INT32_MAX ? INT32_MAX : (int32_t)len;
    for (int32_t i = 0; i < n;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT((const uint8_t *)s, i, n, c);
        if (c < 0) {
            for (int32_t k = start; k < i; k++)
                s[k] = '?';
            changed = 1;
        }
    }
    for (size_t i = (size_t)n; i < len; i++)
        s[i] = '?';
    return changed;
}

static int is_han(uint32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

/* Copies into out[i..] the Simplified form of the character at text[i] when
 * it has the same length. */
static void fold_one(const char *text, size_t len, size_t i, size_t clen, char *out)
{
    tally_error err;
    size_t ol = 0;
    char *c = tally_convert_script(text + i, clen, TALLY_TO_SIMPLIFIED, &ol, &err);
    (void)len;
    if (c && ol == clen)
        memcpy(out + i, c, clen);
    free(c);
}

char *tally_fold_simplified(const char *text, size_t len, tally_error *err)
{
    char *out = malloc(len + 1);
    if (!out) {
        tally_error_set(err, "out of memory");
        return NULL;
    }
    if (len)
        memcpy(out, text, len);
    out[len] = '\0';
    if (make_valid(out, len))
        text = out; /* convert the repaired copy */
    int any_han = 0;
    for (size_t i = 0; i < len;) {
        if (is_han(utf8_next(text, len, &i))) {
            any_han = 1;
            break;
        }
    }
    if (!any_han)
        return out;
    size_t clen = 0;
    char *conv = tally_convert_script(text, len, TALLY_TO_SIMPLIFIED, &clen, err);
    if (!conv) {
        free(out);
        return NULL;
    }
    /* walk both texts in step while each character keeps its length */
    size_t i = 0, j = 0;
    while (i < len && j < clen) {
        size_t i0 = i, j0 = j;
        uint32_t a = utf8_next(text, len, &i);
        uint32_t b = utf8_next(conv, clen, &j);
        if (a == b)
            continue;
        if (!is_han(a) || !is_han(b)) {
            /* out of step: convert the rest one character at a time */
            i = i0;
            while (i < len) {
                size_t k = i;
                if (is_han(utf8_next(text, len, &k)))
                    fold_one(text, len, i, k - i, out);
                i = k;
            }
            break;
        }
        if (i - i0 == j - j0)
            memcpy(out + i0, conv + j0, i - i0);
    }
    free(conv);
    return out;
}
