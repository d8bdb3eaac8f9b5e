/* Folding for matching, character by character, so that the map back to the
 * source is exact.
 *
 * ICU supplies the rules: NFKC for characters whose decomposition is <wide>
 * or <narrow> (full-width ASCII, the ideographic space, half-width forms), and
 * its Hant-Hans transliterator for the script. That transliterator is a list
 * of literal rules, single characters and phrases (乾坤 > 乾坤; 乾 > 干;),
 * each mapping N characters to N characters. tally reads the list from ICU
 * (utrans_toRules), adds its own corrections (fold_tables.c), and applies it
 * as ICU does: at each position the longest rule that matches, else the
 * character as it is. Applying the rules here rather than through
 * utrans_transUChars keeps every character's place (the map is built as the
 * text is written) and is some 20 times faster than the transliterator. The
 * tables are built once per process (pthread_once) and only read afterwards,
 * so any thread may fold. */
#include "tally/fold.h"

#include "fold_tables.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>

/* What a BMP character folds to when no phrase rule applies, and where the
 * phrase rules that start with it are. */
typedef struct fold_entry {
    char out[8]; /* UTF-8 */
    unsigned char out_len;
    unsigned char changes;
    unsigned char single; /* out is one character */
    uint32_t phrase_first;
    uint32_t phrase_count;
} fold_entry;

/* A phrase rule; key and target are offsets into the string pool. */
typedef struct fold_phrase {
    uint32_t key, key_len;
    uint32_t target, target_len;
} fold_phrase;

static struct {
    uint16_t index[0x10000]; /* 0: the character folds to itself */
    fold_entry *entries;
    fold_phrase *phrases;
    char *pool;
    char error[200];
} tables;
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* ---- building the tables ---- */

/* A rule while the tables are built. Rules of a higher rank replace those of
 * a lower rank for the same key. */
enum rule_rank { RANK_DERIVED, RANK_ICU, RANK_TALLY };

typedef struct rule {
    char *from, *to; /* UTF-8, malloc'd */
    int from_chars;
    enum rule_rank rank;
} rule;

typedef struct rule_list {
    rule *v;
    size_t n, cap;
} rule_list;

static int count_chars(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static int add_rule(rule_list *l, const char *from, const char *to, enum rule_rank rank)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 4096;
        rule *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return -1;
        l->v = v, l->cap = cap;
    }
    rule *r = &l->v[l->n];
    size_t nf = strlen(from) + 1, nt = strlen(to) + 1;
    r->from = malloc(nf);
    r->to = malloc(nt);
    if (!r->from || !r->to) {
        free(r->from);
        free(r->to);
        return -1;
    }
    memcpy(r->from, from, nf);
    memcpy(r->to, to, nt);
    r->from_chars = count_chars(from);
    r->rank = rank;
    l->n++;
    return 0;
}

static void free_rules(rule_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].from);
        free(l->v[i].to);
    }
    free(l->v);
}

static int utf16_to_utf8(const UChar *u, int32_t n, char *out, int32_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = 0;
    u_strToUTF8(out, cap, &len, u, n, &st);
    return U_SUCCESS(st) && len < cap ? len : -1;
}

/* ICU's Hant-Hans rules, one "key > target;" a line. Anything else in them
 * (context, variables, filters) would need ICU's own engine: refuse it. */
static int read_icu_rules(rule_list *rules)
{
    UErrorCode st = U_ZERO_ERROR;
    UTransliterator *tr = utrans_openU(u"Hant-Hans", -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
    if (U_FAILURE(st)) {
        snprintf(tables.error, sizeof tables.error, "ICU transliterator Hant-Hans unavailable: %s",
                 u_errorName(st));
        return -1;
    }
    int32_t n = utrans_toRules(tr, 0, NULL, 0, &st);
    st = U_ZERO_ERROR;
    UChar *text = malloc(((size_t)n + 1) * sizeof *text);
    if (text)
        utrans_toRules(tr, 0, text, n + 1, &st);
    utrans_close(tr);
    if (!text || U_FAILURE(st)) {
        free(text);
        snprintf(tables.error, sizeof tables.error, "cannot read ICU's Hant-Hans rules");
        return -1;
    }
    int rc = 0, line = 0;
    for (int32_t i = 0; i < n && rc == 0;) {
        int32_t end = i;
        while (end < n && text[end] != '\n')
            end++;
        line++;
        /* key, " > ", target, ";" */
        int32_t arrow = i;
        while (arrow + 2 < end && !(text[arrow] == ' ' && text[arrow + 1] == '>'))
            arrow++;
        char from[64], to[64];
        int ok = end > i && text[end - 1] == ';' && arrow + 3 < end && text[arrow + 2] == ' ';
        for (int32_t k = i; ok && k < end - 1; k++)
            if (k < arrow || k >= arrow + 3)
                ok = text[k] >= 0x80; /* literal characters only, no syntax */
        ok = ok && utf16_to_utf8(text + i, arrow - i, from, sizeof from) > 0 &&
             utf16_to_utf8(text + arrow + 3, end - 1 - (arrow + 3), to, sizeof to) > 0 &&
             count_chars(from) == count_chars(to);
        if (!ok) {
            snprintf(tables.error, sizeof tables.error,
                     "ICU's Hant-Hans rule %d is not a literal rule of equal length", line);
            rc = -1;
        } else if (add_rule(rules, from, to, RANK_ICU) < 0) {
            snprintf(tables.error, sizeof tables.error, "out of memory");
            rc = -1;
        }
        i = end + 1;
    }
    free(text);
    return rc;
}

static int by_key_then_rank(const void *a, const void *b)
{
    const rule *x = a, *y = b;
    int c = strcmp(x->from, y->from);
    return c ? c : (int)y->rank - (int)x->rank;
}

/* The rules in key order, one per key (the highest rank). Derived rules:
 * each phrase's Simplified form folds to itself (显著 stays 显著 as 顯著 does),
 * so folding a text twice changes nothing the first pass left. */
static int settle_rules(rule_list *rules)
{
    size_t n_icu = rules->n;
    for (size_t i = 0; i < n_icu; i++)
        if (rules->v[i].from_chars > 1 && strcmp(rules->v[i].from, rules->v[i].to) != 0 &&
            add_rule(rules, rules->v[i].to, rules->v[i].to, RANK_DERIVED) < 0)
            return -1;
    for (size_t i = 0; i < tally_fold_n_overrides; i++) {
        const tally_fold_pair *o = &tally_fold_overrides[i];
        if (count_chars(o->from) != count_chars(o->to) || !*o->from) {
            snprintf(tables.error, sizeof tables.error,
                     "fold_tables.c: override %s > %s: not one character for one", o->from, o->to);
            return -1;
        }
        if (add_rule(rules, o->from, o->to, RANK_TALLY) < 0)
            return -1;
    }
    qsort(rules->v, rules->n, sizeof *rules->v, by_key_then_rank);
    size_t k = 0;
    for (size_t i = 0; i < rules->n; i++) {
        if (k > 0 && strcmp(rules->v[k - 1].from, rules->v[i].from) == 0) {
            free(rules->v[i].from);
            free(rules->v[i].to);
            continue;
        }
        rules->v[k++] = rules->v[i];
    }
    rules->n = k;
    return 0;
}

/* Writes c as UTF-8 with a NUL after it; returns its length. */
static int32_t put_char(char *out, UChar32 c)
{
    int32_t n = 0;
    U8_APPEND_UNSAFE((uint8_t *)out, n, c);
    out[n] = '\0';
    return n;
}

static UChar32 first_char(const char *s)
{
    int32_t i = 0;
    UChar32 c;
    U8_NEXT((const uint8_t *)s, i, -1, c);
    return c;
}

/* The rule whose key is the one character c, or NULL. */
static const rule *single_rule(const rule_list *rules, UChar32 c)
{
    char key[5];
    put_char(key, c);
    size_t lo = 0, hi = rules->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = strcmp(rules->v[mid].from, key);
        if (cmp == 0)
            return &rules->v[mid];
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static UChar32 fold_quote(UChar32 c)
{
    for (size_t i = 0; i < tally_fold_n_quotes; i++)
        if (first_char(tally_fold_quotes[i].from) == c)
            return first_char(tally_fold_quotes[i].to);
    return c;
}

/* What c folds to alone: its width form (NFKC, for <wide> and <narrow>
 * characters only), then the quotes table, then the single-character script
 * rules. Returns the UTF-8 length written to out, -1 if it does not fit. */
static int fold_alone(const rule_list *rules, const USet *width, const UNormalizer2 *nfkc,
                      UChar32 c, char *out, int cap, int *n_chars)
{
    UChar src[2], wide[8];
    int32_t n = 0, wn = 1;
    U16_APPEND_UNSAFE(src, n, c);
    if (uset_contains(width, c)) {
        UErrorCode st = U_ZERO_ERROR;
        wn = unorm2_normalize(nfkc, src, n, wide, 8, &st);
        if (U_FAILURE(st))
            return -1;
    } else {
        memcpy(wide, src, (size_t)n * sizeof *src);
        wn = n;
    }
    int len = 0;
    *n_chars = 0;
    for (int32_t i = 0; i < wn;) {
        UChar32 w;
        U16_NEXT(wide, i, wn, w);
        w = fold_quote(w);
        const rule *r = single_rule(rules, w);
        char one[5];
        put_char(one, w);
        const char *s = r ? r->to : one;
        size_t sl = strlen(s);
        if (len + (int)sl > cap)
            return -1;
        memcpy(out + len, s, sl);
        len += (int)sl;
        ++*n_chars;
    }
    return len;
}

static int new_entry(size_t *n_entries, size_t cap, UChar32 c)
{
    if (tables.index[c])
        return tables.index[c];
    if (*n_entries >= cap)
        return -1;
    tables.index[c] = (uint16_t)*n_entries;
    return (int)(*n_entries)++;
}

static int fill_tables(const rule_list *rules)
{
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&st);
    USet *width = uset_openPattern(u"[[:dt=wide:][:dt=narrow:]]", -1, &st);
    if (U_FAILURE(st)) {
        uset_close(width);
        snprintf(tables.error, sizeof tables.error, "ICU width data unavailable: %s",
                 u_errorName(st));
        return -1;
    }
    /* the characters that may change alone: width forms, quotes, script rules */
    USet *alone = uset_clone(width);
    for (size_t i = 0; i < tally_fold_n_quotes; i++)
        uset_add(alone, first_char(tally_fold_quotes[i].from));
    size_t text_bytes = 0, n_phrases = 0;
    for (size_t i = 0; i < rules->n; i++) {
        if (rules->v[i].from_chars == 1)
            uset_add(alone, first_char(rules->v[i].from));
        else
            n_phrases++;
        text_bytes += strlen(rules->v[i].from) + strlen(rules->v[i].to);
    }
    size_t cap = (size_t)uset_size(alone) + n_phrases + 1, n_entries = 1;
    if (cap > UINT16_MAX)
        cap = UINT16_MAX;
    tables.entries = calloc(cap, sizeof *tables.entries);
    tables.phrases = calloc(n_phrases + 1, sizeof *tables.phrases);
    tables.pool = malloc(text_bytes + 1);
    int rc = tables.entries && tables.phrases && tables.pool ? 0 : -1;
    if (rc < 0)
        snprintf(tables.error, sizeof tables.error, "out of memory");

    int32_t n_ranges = uset_getItemCount(alone);
    for (int32_t r = 0; r < n_ranges && rc == 0; r++) {
        UChar32 a, b;
        UChar str[4];
        if (uset_getItem(alone, r, &a, &b, str, 4, &st) != 0)
            continue;
        for (UChar32 c = a; c <= b && c < 0x10000 && rc == 0; c++) {
            char out[8];
            int n_chars = 0, len = fold_alone(rules, width, nfkc, c, out, sizeof out, &n_chars);
            char self[5];
            int32_t sl = put_char(self, c);
            if (len < 0) {
                snprintf(tables.error, sizeof tables.error, "U+%04X folds to too long a text",
                         (unsigned)c);
                rc = -1;
            } else if (len != sl || memcmp(out, self, (size_t)sl) != 0) {
                int e = new_entry(&n_entries, cap, c);
                if (e < 0) {
                    rc = -1;
                    break;
                }
                memcpy(tables.entries[e].out, out, (size_t)len);
                tables.entries[e].out_len = (unsigned char)len;
                tables.entries[e].changes = 1;
                tables.entries[e].single = n_chars == 1;
            }
        }
    }
    /* phrases: in key order, so those with one first character are together;
     * within them the longest goes first (rules are tried in this order) */
    size_t pooled = 0, k = 0;
    for (size_t i = 0; i < rules->n && rc == 0; i++) {
        const rule *r = &rules->v[i];
        if (r->from_chars == 1)
            continue;
        UChar32 c = first_char(r->from);
        int e = c < 0x10000 ? new_entry(&n_entries, cap, c) : -1;
        if (e < 0) {
            snprintf(tables.error, sizeof tables.error, "rule %s: cannot index its first character",
                     r->from);
            rc = -1;
            break;
        }
        fold_phrase *p = &tables.phrases[k];
        p->key = (uint32_t)pooled, p->key_len = (uint32_t)strlen(r->from);
        memcpy(tables.pool + pooled, r->from, p->key_len);
        pooled += p->key_len;
        p->target = (uint32_t)pooled, p->target_len = (uint32_t)strlen(r->to);
        memcpy(tables.pool + pooled, r->to, p->target_len);
        pooled += p->target_len;
        fold_entry *fe = &tables.entries[e];
        if (fe->phrase_count == 0)
            fe->phrase_first = (uint32_t)k;
        fe->phrase_count++;
        /* keep this character's phrases longest first: insertion into the
         * run, which is short */
        for (size_t j = k; j > fe->phrase_first &&
                           tables.phrases[j - 1].key_len < tables.phrases[j].key_len;
             j--) {
            fold_phrase t = tables.phrases[j];
            tables.phrases[j] = tables.phrases[j - 1];
            tables.phrases[j - 1] = t;
        }
        k++;
    }
    uset_close(alone);
    uset_close(width);
    return rc;
}

/* Freed at exit so that leak checkers see nothing left. */
static void free_tables(void)
{
    free(tables.entries);
    free(tables.phrases);
    free(tables.pool);
}

static void build_tables(void)
{
    atexit(free_tables);
    rule_list rules = {0};
    int rc = read_icu_rules(&rules);
    for (size_t i = 0; rc == 0 && i < tally_fold_n_quotes; i++)
        if (count_chars(tally_fold_quotes[i].from) != 1 || count_chars(tally_fold_quotes[i].to) != 1) {
            snprintf(tables.error, sizeof tables.error,
                     "fold_tables.c: quote %s > %s: not one character for one",
                     tally_fold_quotes[i].from, tally_fold_quotes[i].to);
            rc = -1;
        }
    if (rc == 0 && settle_rules(&rules) < 0) {
        if (!tables.error[0])
            snprintf(tables.error, sizeof tables.error, "out of memory");
        rc = -1;
    }
    if (rc == 0)
        rc = fill_tables(&rules);
    free_rules(&rules);
    if (rc < 0 && !tables.error[0])
        snprintf(tables.error, sizeof tables.error, "folding tables too large");
}

/* ---- folding ---- */

typedef struct builder {
    char *out;
    size_t len, cap;
    tally_fold_seg *segs; /* NULL when no map is kept */
    size_t n_segs, seg_cap;
    int keep_map;
} builder;

static int reserve(builder *b, size_t more)
{
    if (b->len + more + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + more + 1)
        cap *= 2;
    char *out = realloc(b->out, cap);
    if (!out)
        return -1;
    b->out = out, b->cap = cap;
    return 0;
}

/* Records that folded bytes from here on come from source offset source. */
static int mark(builder *b, size_t source, int whole)
{
    if (!b->keep_map)
        return 0;
    if (!whole && b->n_segs > 0) {
        const tally_fold_seg *last = &b->segs[b->n_segs - 1];
        if (!last->whole && b->len - last->folded == source - last->source)
            return 0; /* continues the one-to-one stretch */
    }
    if (b->n_segs == b->seg_cap) {
        size_t cap = b->seg_cap ? b->seg_cap * 2 : 64;
        tally_fold_seg *segs = realloc(b->segs, cap * sizeof *segs);
        if (!segs)
            return -1;
        b->segs = segs, b->seg_cap = cap;
    }
    b->segs[b->n_segs++] = (tally_fold_seg){b->len, source, whole};
    return 0;
}

/* Writes out for the source bytes [from, to); whole: see tally_fold_seg. */
static int emit(builder *b, size_t from, const char *out, size_t n, int whole)
{
    if (mark(b, from, whole) < 0 || reserve(b, n) < 0)
        return -1;
    memcpy(b->out + b->len, out, n);
    b->len += n;
    return 0;
}

static size_t utf8_char_len(unsigned char lead)
{
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/* The phrase rule that matches s at i, longest first, or NULL. */
static const fold_phrase *match_phrase(const fold_entry *e, const char *s, size_t i, size_t len)
{
    for (uint32_t k = 0; k < e->phrase_count; k++) {
        const fold_phrase *p = &tables.phrases[e->phrase_first + k];
        if (p->key_len <= len - i && memcmp(s + i, tables.pool + p->key, p->key_len) == 0)
            return p;
    }
    return NULL;
}

/* A phrase maps character to character; each pair is its own piece of the map. */
static int emit_phrase(builder *b, const fold_phrase *p, size_t at)
{
    const char *key = tables.pool + p->key, *target = tables.pool + p->target;
    size_t ki = 0, ti = 0;
    while (ki < p->key_len && ti < p->target_len) {
        size_t kn = utf8_char_len((unsigned char)key[ki]);
        size_t tn = utf8_char_len((unsigned char)target[ti]);
        if (emit(b, at + ki, target + ti, tn, kn != tn) < 0)
            return -1;
        ki += kn, ti += tn;
    }
    return 0;
}

static int fold_text(builder *b, const char *s, size_t len, tally_error *err)
{
    pthread_once(&tables_once, build_tables);
    if (tables.error[0]) {
        tally_error_set(err, "folding unavailable: %s", tables.error);
        return -1;
    }
    if (len > (size_t)INT32_MAX) {
        tally_error_set(err, "text too large to fold (%zu bytes)", len);
        return -1;
    }
    if (reserve(b, len) < 0)
        goto nomem;
    const uint8_t *u = (const uint8_t *)s;
    int32_t n = (int32_t)len;
    size_t copy_from = 0; /* start of the pending stretch copied as it is */
    for (int32_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        int32_t at = i;
        UChar32 c;
        U8_NEXT_OR_FFFD(u, i, n, c);
        const fold_entry *e = c < 0x10000 && tables.index[c] ? &tables.entries[tables.index[c]] : NULL;
        const fold_phrase *p = e && e->phrase_count ? match_phrase(e, s, (size_t)at, len) : NULL;
        int invalid = c == 0xFFFD && !(i - at == 3 && memcmp(s + at, "\xEF\xBF\xBD", 3) == 0);
        if (!p && !invalid && !(e && e->changes))
            continue;
        /* flush what precedes unchanged */
        if ((size_t)at > copy_from &&
            emit(b, copy_from, s + copy_from, (size_t)at - copy_from, 0) < 0)
            goto nomem;
        if (p) {
            if (emit_phrase(b, p, (size_t)at) < 0)
                goto nomem;
            i = at + (int32_t)p->key_len;
        } else if (invalid) {
            if (emit(b, (size_t)at, "\xEF\xBF\xBD", 3, i - at != 3) < 0)
                goto nomem;
        } else if (emit(b, (size_t)at, e->out, e->out_len,
                        !(e->single && e->out_len == (unsigned)(i - at))) < 0) {
            goto nomem;
        }
        copy_from = (size_t)i;
    }
    if (len > copy_from && emit(b, copy_from, s + copy_from, len - copy_from, 0) < 0)
        goto nomem;
    b->out[b->len] = '\0';
    return 0;
nomem:
    tally_error_set(err, "out of memory folding %zu bytes", len);
    return -1;
}

tally_folded *tally_fold(const char *s, size_t len, tally_error *err)
{
    tally_folded *f = calloc(1, sizeof *f);
    if (!f) {
        tally_error_set(err, "out of memory");
        return NULL;
    }
    builder b = {.keep_map = 1};
    if (fold_text(&b, s, len, err) < 0) {
        free(b.out);
        free(b.segs);
        free(f);
        return NULL;
    }
    f->text = b.out, f->len = b.len, f->source_len = len;
    f->segs = b.segs, f->n_segs = b.n_segs;
    return f;
}

void tally_folded_free(tally_folded *f)
{
    if (!f)
        return;
    free(f->text);
    free(f->segs);
    free(f);
}

char *tally_fold_string(const char *s, size_t len, size_t *out_len, tally_error *err)
{
    builder b = {0};
    if (fold_text(&b, s, len, err) < 0) {
        free(b.out);
        return NULL;
    }
    *out_len = b.len;
    return b.out;
}

static int is_ascii_punct_or_space(unsigned char c)
{
    return c == ' ' || (c > ' ' && c < 0x7F && !(c >= '0' && c <= '9') &&
                        !((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
}

size_t tally_fold_pattern(const tally_folded *f, char *out)
{
    size_t n = 0;
    for (size_t k = 0; k < f->n_segs; k++) {
        size_t from = f->segs[k].folded, to = k + 1 < f->n_segs ? f->segs[k + 1].folded : f->len;
        /* a whole segment of one ASCII byte is a character that was not
         * ASCII in the pattern: literal text */
        if (f->segs[k].whole && to - from == 1 && is_ascii_punct_or_space((unsigned char)f->text[from])) {
            size_t slashes = 0;
            while (slashes < n && out[n - 1 - slashes] == '\\')
                slashes++;
            if (slashes % 2 == 0)
                out[n++] = '\\';
        }
        memcpy(out + n, f->text + from, to - from);
        n += to - from;
    }
    out[n] = '\0';
    return n;
}

/* ---- the map ---- */

/* The last segment starting at or before pos, by the offsets at field. */
static size_t seg_before(const tally_folded *f, size_t pos, int by_source)
{
    size_t lo = 0, hi = f->n_segs;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        size_t at = by_source ? f->segs[mid].source : f->segs[mid].folded;
        if (at <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static size_t seg_source_end(const tally_folded *f, size_t k)
{
    return k + 1 < f->n_segs ? f->segs[k + 1].source : f->source_len;
}

static size_t seg_folded_end(const tally_folded *f, size_t k)
{
    return k + 1 < f->n_segs ? f->segs[k + 1].folded : f->len;
}

tally_span tally_folded_to_source(const tally_folded *f, size_t start, size_t stop)
{
    tally_span span = {f->source_len, f->source_len};
    if (f->n_segs == 0 || start >= f->len)
        return span;
    if (stop > f->len)
        stop = f->len;
    size_t k = seg_before(f, start, 0);
    const tally_fold_seg *g = &f->segs[k];
    span.start = g->whole ? g->source : g->source + (start - g->folded);
    if (stop <= start) {
        span.stop = span.start;
        return span;
    }
    k = seg_before(f, stop - 1, 0);
    g = &f->segs[k];
    span.stop = g->whole ? seg_source_end(f, k) : g->source + (stop - g->folded);
    return span;
}

size_t tally_folded_from_source(const tally_folded *f, size_t pos)
{
    if (f->n_segs == 0 || pos >= f->source_len)
        return f->len;
    size_t k = seg_before(f, pos, 1);
    const tally_fold_seg *g = &f->segs[k];
    if (!g->whole)
        return g->folded + (pos - g->source);
    return pos == g->source ? g->folded : seg_folded_end(f, k);
}
