/* Builds the folding tables at build time: ICU's Hant-Hans rules (read with
 * utrans_toRules) and NFKC width forms, with tally's own rules from
 * core/fold_tables.c, into a per-character index and a list of phrase rules,
 * written as static const C tables (core/fold_rules.h says their shape) that
 * the engine compiles in; and, from ICU's Hans-Hant rules, the characters
 * they may and always change (script detection, core/meta.c). Run by CMake:
 *   gen_fold_tables OUT.c
 * Built once here instead of on the first fold of every process (20-40 ms of
 * ICU work); core/fold.c applies them, docs/fold.md says the choices. A rule
 * that is not a literal rule of equal length, or an override row that is
 * not one character for one, fails the build with a message naming it. */
#include "fold_rules.h"

#include "fold_tables.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

/* The tables while they are built. */
static struct {
    uint16_t index[0x10000]; /* entry of a BMP character; 0: it folds to itself */
    fold_entry *entries;
    size_t n_entries;
    fold_phrase *phrases;
    size_t n_phrases;
    char *pool;
    size_t pool_len;
    char error[200];
} tables;

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
/* The rules of ICU's transliterator id as text (n UChars, NUL-terminated, malloc'd), or
 * NULL with *st saying why. */
static UChar *transliterator_rules(const UChar *id, int32_t *n, UErrorCode *st)
{
    UTransliterator *tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, st);
    if (U_FAILURE(*st))
        return NULL;
    *n = utrans_toRules(tr, 0, NULL, 0, st);
    *st = U_ZERO_ERROR;
    UChar *text = malloc(((size_t)*n + 1) * sizeof *text);
    if (text)
        utrans_toRules(tr, 0, text, *n + 1, st);
    utrans_close(tr);
    if (!text || U_FAILURE(*st)) {
        free(text);
        if (!U_FAILURE(*st))
            *st = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    return text;
}

static int read_icu_rules(rule_list *rules)
{
    int32_t n;
    UErrorCode st = U_ZERO_ERROR;
    UChar *text = transliterator_rules(u"Hant-Hans", &n, &st);
    if (!text) {
        snprintf(tables.error, sizeof tables.error, "cannot read ICU's Hant-Hans rules: %s",
                 u_errorName(st));
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
    tables.n_entries = n_entries, tables.n_phrases = k, tables.pool_len = pooled;
    uset_close(alone);
    uset_close(width);
    return rc;
}

static int build_tables(void)
{
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
    return rc;
}

/* ---- what ICU's Simplified->Traditional rules change (script detection) ---- */

/* Script detection (core/meta.c) counts how many characters ICU's Hans-Hant
 * transliterator changes in a text. When every rule turns N characters into
 * N, a character of the text is changed exactly when the rule applied over
 * it gives another character there, so the count lies between the number
 * of the text's characters that every rule changes and the number that some
 * rule changes, whatever the rules' contexts and order. Those two sets are
 * read here: `may` (a key character whose target differs), `always` (one
 * with a context-free single-character rule that changes it and no rule
 * that keeps it: every occurrence is under some rule, and each changes it).
 * A rule of any other form (variables, filters, a cursor, a class in the
 * key, characters beyond the BMP, a target of another length) leaves the
 * sets unusable, and detection asks ICU for every text, as it did. */
static struct {
    unsigned char may[0x10000 / 8], always[0x10000 / 8];
    int usable;
    int rules;
} hant;

static void set_bit(unsigned char *m, UChar32 c) { m[c >> 3] |= (unsigned char)(1u << (c & 7)); }
static int has_bit(const unsigned char *m, UChar32 c) { return (m[c >> 3] >> (c & 7)) & 1; }

/* A context: literal characters and [classes] of literal characters, no
 * other syntax (a character below 0x80 is syntax, as in the Hant-Hans
 * reader). */
static int plain_context(const UChar *u, int32_t a, int32_t b)
{
    int in_class = 0;
    for (int32_t k = a; k < b; k++) {
        if (u[k] == '[' && !in_class)
            in_class = 1;
        else if (u[k] == ']' && in_class)
            in_class = 0;
        else if (u[k] < 0x80 || U16_IS_SURROGATE(u[k]))
            return 0;
    }
    return !in_class;
}

/* Reads one rule "[pre]{key}post > target;" (or "key > target;"). 0 when
 * it is not of that form. */
static int read_hant_rule(const UChar *u, int32_t i, int32_t end, unsigned char *keeps,
                          unsigned char *single)
{
    if (end - i < 5 || u[end - 1] != ';')
        return 0;
    int32_t arrow = -1;
    for (int32_t k = i; k + 2 < end; k++)
        if (u[k] == ' ' && u[k + 1] == '>' && u[k + 2] == ' ') {
            if (arrow >= 0)
                return 0;
            arrow = k;
        }
    if (arrow < 0)
        return 0;
    int32_t key = i, key_end = arrow, open = -1, close = -1;
    for (int32_t k = i; k < arrow; k++) {
        if (u[k] == '{' && open < 0)
            open = k;
        else if (u[k] == '}' && open >= 0 && close < 0)
            close = k;
    }
    if (open >= 0 || close >= 0) {
        if (open < 0 || close < 0 || !plain_context(u, i, open) || !plain_context(u, close + 1, arrow))
            return 0;
        key = open + 1, key_end = close;
    }
    int32_t to = arrow + 3, to_end = end - 1;
    if (key_end - key != to_end - to || key_end == key)
        return 0; /* BMP characters only (below), so UTF-16 units are characters */
    int context = open >= 0 && (open > i || close + 1 < arrow);
    for (int32_t m = 0; m < key_end - key; m++) {
        UChar a = u[key + m], b = u[to + m];
        if (a < 0x80 || b < 0x80 || U16_IS_SURROGATE(a) || U16_IS_SURROGATE(b))
            return 0;
        if (a != b)
            set_bit(hant.may, a);
        else
            set_bit(keeps, a);
        if (key_end - key == 1 && !context && a != b)
            set_bit(single, a);
    }
    return 1;
}

static void read_hant_classes(void)
{
    memset(&hant, 0, sizeof hant);
    int32_t n = 0;
    UErrorCode st = U_ZERO_ERROR;
    UChar *text = transliterator_rules(u"Hans-Hant", &n, &st);
    static unsigned char keeps[0x10000 / 8], single[0x10000 / 8];
    int ok = text && n > 0;
    for (int32_t i = 0; ok && i < n;) {
        int32_t end = i;
        while (end < n && text[end] != '\n')
            end++;
        ok = read_hant_rule(text, i, end, keeps, single);
        hant.rules++;
        i = end + 1;
    }
    free(text);
    if (!ok) {
        memset(&hant, 0, sizeof hant);
        return;
    }
    for (size_t k = 0; k < sizeof hant.always; k++)
        hant.always[k] = single[k] & (unsigned char)~keeps[k];
    hant.usable = 1;
}

static void write_bitmap(FILE *f, const char *name, const unsigned char *m)
{
    fprintf(f, "const unsigned char %s[0x10000 / 8] = {\n", name);
    for (size_t k = 0; k < 0x10000 / 8; k++)
        fprintf(f, "%u,%s", m[k], k % 24 == 23 ? "\n" : "");
    fprintf(f, "};\n\n");
}

/* ---- writing them as C ---- */

static void write_bytes(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f, "'\\x%02x',%s", (unsigned char)s[i], i % 12 == 11 ? "\n" : "");
}

static int write_tables(const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f) {
        perror(tmp);
        return -1;
    }
    fprintf(f, "/* generated by tools/gen_fold_tables.c from ICU %s's Hant-Hans rules and\n"
               " * core/fold_tables.c; do not edit */\n#include \"fold_rules.h\"\n\n",
            U_ICU_VERSION);
    fprintf(f, "static const uint16_t fold_index[0x10000] = {\n");
    for (size_t c = 0; c < 0x10000; c++)
        fprintf(f, "%u,%s", tables.index[c], c % 16 == 15 ? "\n" : "");
    fprintf(f, "};\n\nstatic const fold_entry fold_entries[%zu] = {\n", tables.n_entries);
    for (size_t e = 0; e < tables.n_entries; e++) {
        const fold_entry *x = &tables.entries[e];
        fprintf(f, "{{");
        if (x->out_len)
            write_bytes(f, x->out, x->out_len);
        else
            fprintf(f, "0");
        fprintf(f, "}, %u, %u, %u, %u, %u},\n", x->out_len, x->changes, x->single,
                (unsigned)x->phrase_first, (unsigned)x->phrase_count);
    }
    fprintf(f, "};\n\nstatic const fold_phrase fold_phrases[%zu] = {\n", tables.n_phrases + 1);
    for (size_t p = 0; p < tables.n_phrases; p++) {
        const fold_phrase *x = &tables.phrases[p];
        fprintf(f, "{%u, %u, %u, %u},\n", (unsigned)x->key, (unsigned)x->key_len,
                (unsigned)x->target, (unsigned)x->target_len);
    }
    fprintf(f, "{0, 0, 0, 0},\n};\n\nstatic const char fold_pool[%zu] = {\n", tables.pool_len + 1);
    write_bytes(f, tables.pool, tables.pool_len);
    fprintf(f, "0};\n\nconst fold_rules tally_fold_data = {fold_index, fold_entries, fold_phrases, fold_pool};\n");
    size_t n_may = 0, n_always = 0;
    for (UChar32 c = 0; c < 0x10000; c++)
        n_may += has_bit(hant.may, c), n_always += has_bit(hant.always, c);
    fprintf(f, "\n/* ICU's Hans-Hant rules (%d read): %s; %zu characters a rule may\n"
               " * change, %zu that every rule changes */\nconst int tally_hant_sets_usable = %d;\n",
            hant.rules, hant.usable ? "all N characters for N" : "not all of the form read, so unused",
            n_may, n_always, hant.usable);
    write_bitmap(f, "tally_hant_may_change", hant.may);
    write_bitmap(f, "tally_hant_always_changes", hant.always);
    if (fclose(f) != 0 || rename(tmp, path) != 0) {
        perror(path);
        remove(tmp);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: gen_fold_tables OUT.c\n");
        return 2;
    }
    int rc = build_tables();
    read_hant_classes();
    if (rc == 0)
        rc = write_tables(argv[1]);
    else
        fprintf(stderr, "gen_fold_tables: %s\n", tables.error);
    free(tables.entries);
    free(tables.phrases);
    free(tables.pool);
    return rc == 0 ? 0 : 1;
}
