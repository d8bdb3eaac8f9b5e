/* Exclusion patterns (spec "Not figures"): the bytes their matches cover
 * hold no figure. The mask is the union, over the patterns, of the matches
 * PCRE2 finds scanning left to right without overlap (each search starting
 * where the last match ended). Running ~100 patterns one after another over
 * the whole text cost a sixth of finding the figures, so the rules are sorted
 * by what they are, and one pass over the text serves them all:
 *   - literal patterns (一线, 签约|履约, 一体化?) go into a byte trie; at each
 *     position the walk finds every literal starting there, and a rule takes
 *     the first of its alternatives in PCRE2's order;
 *   - other patterns whose first characters can be read from their source
 *     (regex_first.h) are compiled anchored and tried only where the
 *     character is one of those;
 *   - the rest (case-folding ones, say) run over the whole text as before.
 * A rule keeps its own "next search from" offset, so a match inside an
 * earlier match of the same rule is skipped as PCRE2's scan skips it: the
 * mask is byte for byte the one the separate scans give
 * (tests/c/test_figure_exclusions.c compares them). */
#include "figure_rules.h"
#include "array_grow.h"
#include "tally/regex.h"

#include <stdlib.h>
#include <string.h>

#include "byte_trie.h"
#include "utf8_scan.h"

/* A literal of the trie: its rule and its place in PCRE2's order among the
 * rule's alternatives (the trie's string id indexes these). */
typedef struct literal_of {
    uint32_t rule;  /* index in rules->exclusions, UINT32_MAX: none (a failed add) */
    uint32_t order;
} literal_of;

typedef struct anchored_group {
    const tally_first_set *set; /* the first rule's */
    uint64_t hash;
    uint32_t *rules;
    size_t n, cap;
} anchored_group;

struct exclusion_index {
    tally_byte_trie trie;
    literal_of *literals;
    size_t n_literals, cap_literals;
    /* rules tried where their first character is, grouped by the set of
     * first characters (most open with the same class of numerals), so a
     * position tests each set once */
    struct anchored_group *groups;
    size_t n_groups, cap_groups;
    tally_first_set start; /* the first characters of every rule of the pass */
};

pcre2_code *tally_rules_compile(const char *pattern, uint32_t options, tally_error *err)
{
    int code;
    PCRE2_SIZE off;
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                      PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | options, &code, &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[200];
        pcre2_get_error_message(code, msg, sizeof msg);
        tally_error_set(err, "pattern \"%s\" at offset %zu: %s", pattern, (size_t)off,
                        (const char *)msg);
        return NULL;
    }
    /* the interpreter gives the same results; TALLY_REGEX_JIT=0 asks for it
     * as it does for tally.regex (valgrind cannot follow JIT code) */
    const char *want_jit = getenv("TALLY_REGEX_JIT");
    if (!want_jit || strcmp(want_jit, "0") != 0)
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

static struct exclusion_index *index_of(tally_figure_rules *r)
{
    if (!r->exclusion_index)
        r->exclusion_index = calloc(1, sizeof *r->exclusion_index);
    return r->exclusion_index;
}

typedef struct literal_adder {
    struct exclusion_index *x;
    uint32_t rule, order;
} literal_adder;

static int add_literal(void *ctx, const char *s, size_t len)
{
    literal_adder *a = ctx;
    struct exclusion_index *x = a->x;
    if (tally_grow((void **)&x->literals, &x->cap_literals, x->n_literals, sizeof *x->literals) < 0)
        return -1;
    uint32_t id = (uint32_t)x->n_literals++;
    x->literals[id] = (literal_of){a->rule, a->order++};
    if (tally_byte_trie_add(&x->trie, s, len, id) < 0)
        return -1;
    size_t k = 0;
    uint32_t c = utf8_next(s, len, &k);
    if (c <= 0xFFFF)
        x->start.bmp[c >> 3] |= (unsigned char)(1u << (c & 7));
    else
        x->start.astral = 1;
    return 0;
}

/* Counts the literals of a pattern without adding them. */
static int count_literal(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    (void)s;
    (void)len;
    return 0;
}

int tally_figure_rules_add_exclusion(tally_figure_rules *r, const char *pattern, tally_error *err)
{
    size_t plen = strlen(pattern);
    char *p = tally_fold_simplified(pattern, plen, err);
    if (!p)
        return -1;
    pcre2_code *re = NULL;
    tally_first_set *first = NULL;
    /* a literal needs no PCRE2 code: it is valid UTF-8 without a
     * metacharacter, which PCRE2 compiles whatever it is */
    int literal = tally_regex_literals(p, count_literal, NULL) > 0;
    if (!literal) {
        first = calloc(1, sizeof *first);
        if (!first)
            goto oom;
        if (!tally_regex_first_chars(p, first)) {
            free(first);
            first = NULL;
        }
        /* a bad pattern fails here with PCRE2's message */
        re = tally_rules_compile(p, first ? PCRE2_ANCHORED : 0, err);
        if (!re) {
            free(first);
            free(p);
            return -1;
        }
    }
    struct exclusion_index *x = index_of(r);
    if (!x || tally_grow((void **)&r->exclusions.v, &r->exclusions.cap, r->exclusions.n,
                   sizeof *r->exclusions.v) < 0)
        goto oom;
    uint32_t k = (uint32_t)r->exclusions.n;
    if (literal) {
        literal_adder a = {x, k, 0};
        size_t before = x->n_literals;
        if (tally_regex_literals(p, add_literal, &a) < 0) {
            /* the literals already in belong to no rule */
            for (size_t t = before; t < x->n_literals; t++)
                x->literals[t].rule = UINT32_MAX;
            goto oom;
        }
    } else if (first) {
        uint64_t h = 1469598103934665603u; /* FNV-1a over the set */
        for (size_t i = 0; i < sizeof first->bmp; i++)
            h = (h ^ first->bmp[i]) * 1099511628211u;
        h ^= (uint64_t)first->astral;
        anchored_group *g = NULL;
        for (size_t i = 0; i < x->n_groups && !g; i++)
            if (x->groups[i].hash == h && x->groups[i].set->astral == first->astral &&
                memcmp(x->groups[i].set->bmp, first->bmp, sizeof first->bmp) == 0)
                g = &x->groups[i];
        if (!g) {
            if (tally_grow((void **)&x->groups, &x->cap_groups, x->n_groups, sizeof *x->groups) < 0)
                goto oom;
            g = &x->groups[x->n_groups++];
            *g = (anchored_group){first, h, NULL, 0, 0};
        }
        if (tally_grow((void **)&g->rules, &g->cap, g->n, sizeof *g->rules) < 0) {
            if (!g->n)
                x->n_groups--; /* it would point at the set freed below */
            goto oom;
        }
        g->rules[g->n++] = k;
        for (size_t i = 0; i < sizeof first->bmp; i++)
            x->start.bmp[i] |= first->bmp[i];
        x->start.astral |= first->astral;
    }
    tally_regex_reach *reach = NULL;
    if (first) {
        reach = malloc(sizeof *reach);
        if (reach && !tally_regex_reach_of(p, reach)) {
            free(reach);
            reach = NULL;
        }
    }
    size_t jit_size = 0;
    int jit = re && pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &jit_size) == 0 && jit_size > 0;
    r->exclusions.v[r->exclusions.n++] = (exclusion_rule){p, re, first, literal, reach, jit};
    return 0;
oom:
    free(first);
    pcre2_code_free(re);
    free(p);
    tally_error_set(err, "out of memory");
    return -1;
}

void tally_figure_rules_free_exclusions(tally_figure_rules *r)
{
    for (size_t k = 0; k < r->exclusions.n; k++) {
        free(r->exclusions.v[k].pattern);
        pcre2_code_free(r->exclusions.v[k].re);
        free(r->exclusions.v[k].first);
        free(r->exclusions.v[k].reach);
    }
    free(r->exclusions.v);
    r->exclusions.v = NULL;
    r->exclusions.n = r->exclusions.cap = 0;
    if (r->exclusion_index) {
        tally_byte_trie_free(&r->exclusion_index->trie);
        free(r->exclusion_index->literals);
        for (size_t g = 0; g < r->exclusion_index->n_groups; g++)
            free(r->exclusion_index->groups[g].rules);
        free(r->exclusion_index->groups);
        free(r->exclusion_index);
        r->exclusion_index = NULL;
    }
}

/* Whether an anchored rule may match at p by what it needs there
 * (regex_first.h): not right after a character of its lookbehind, and a
 * character it needs reachable from p through characters it may consume.
 * The answer from a scan holds for every position up to where the scan
 * stopped (*known_to, *known): up to the needed character it finds, every
 * position reaches it the same way; up to a character that is neither, no
 * position gets past it. So each rule reads each character at most once.
 * A character that does not decode is taken as a match's (PCRE2 decides). */
static int may_match_at(const tally_regex_reach *x, const char *ft, size_t len, size_t p,
                        size_t *known_to, int *known)
{
    if (x->not_after_known && p > 0) {
        size_t q;
        uint32_t c = utf8_prev(ft, p, &q);
        if (c != 0xFFFD && tally_first_has(&x->not_after, c))
            return 0;
    }
    if (!x->need_known)
        return 1;
    if (*known_to != SIZE_MAX && p <= *known_to)
        return *known;
    size_t q = p;
    for (;;) {
        if (q >= len) {
            *known_to = len;
            return *known = 0;
        }
        size_t at = q;
        uint32_t c = utf8_next(ft, len, &q);
        if (c == 0xFFFD || tally_first_has(&x->need, c)) {
            *known_to = at;
            return *known = 1;
        }
        if (!x->via_any && !tally_first_has(&x->via, c)) {
            *known_to = at;
            return *known = 0;
        }
    }
}

static void set_mask(unsigned char *mask, size_t a, size_t b)
{
    if (b > a)
        memset(mask + a, 1, b - a);
}

/* A rule run over the whole text, as PCRE2 scans. */
static int scan_whole(const tally_figure_rules *r, const exclusion_rule *e, const char *ft,
                      size_t len, unsigned char *mask, pcre2_match_data *md)
{
    for (size_t off = 0; off < len;) {
        int rc = pcre2_match(e->re, (PCRE2_SPTR)ft, len, off, PCRE2_NO_UTF_CHECK, md, r->mctx);
        if (rc < 0)
            break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        set_mask(mask, ov[0], ov[1]);
        off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
        while (off < len && ((unsigned char)ft[off] & 0xC0) == 0x80)
            off++;
    }
    return 0;
}

int tally_exclusions_mask(const tally_figure_rules *r, const char *ft, size_t len,
                          unsigned char *mask)
{
    size_t nr = r->exclusions.n;
    if (!nr)
        return 0;
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    /* per rule: where its next match may start (SIZE_MAX: stopped), and
     * the literal it takes at the position being read */
    size_t *next = calloc(nr, sizeof *next);
    size_t *seen = calloc(nr, sizeof *seen);
    uint32_t *best_order = malloc(nr * sizeof *best_order);
    uint32_t *best_len = malloc(nr * sizeof *best_len);
    uint32_t *touched = malloc(nr * sizeof *touched);
    /* per rule: how far what may_match_at read holds, and its answer */
    size_t *known_to = malloc(nr * sizeof *known_to);
    int *known = calloc(nr, sizeof *known);
    if (!md || !next || !seen || !best_order || !best_len || !touched || !known_to || !known) {
        free(known_to);
        free(known);
        pcre2_match_data_free(md);
        free(next);
        free(seen);
        free(best_order);
        free(best_len);
        free(touched);
        return -1;
    }
    for (size_t k = 0; k < nr; k++)
        known_to[k] = SIZE_MAX;
    for (size_t k = 0; k < nr; k++)
        if (!r->exclusions.v[k].literal && !r->exclusions.v[k].first)
            scan_whole(r, &r->exclusions.v[k], ft, len, mask, md);
    const struct exclusion_index *x = r->exclusion_index;
    for (size_t p = 0; x && p < len;) {
        size_t q = p;
        uint32_t c = utf8_next(ft, len, &q);
        if (!tally_first_has(&x->start, c)) {
            p = q;
            continue;
        }
        /* the literals that start at p, each rule's first in PCRE2's order */
        size_t nt = 0;
        uint32_t node = 0;
        for (size_t i = p; i < len; i++) {
            if (!(node = tally_byte_trie_step(&x->trie, node, (unsigned char)ft[i])))
                break;
            for (uint32_t t = x->trie.nodes[node].term; t; t = x->trie.terms[t - 1].next) {
                const tally_trie_term *tm = &x->trie.terms[t - 1];
                literal_of lit = x->literals[tm->id];
                if (lit.rule >= nr || p < next[lit.rule])
                    continue;
                if (seen[lit.rule] != p + 1) {
                    seen[lit.rule] = p + 1;
                    best_order[lit.rule] = lit.order;
                    best_len[lit.rule] = tm->len;
                    touched[nt++] = lit.rule;
                } else if (lit.order < best_order[lit.rule]) {
                    best_order[lit.rule] = lit.order;
                    best_len[lit.rule] = tm->len;
                }
            }
        }
        for (size_t t = 0; t < nt; t++) {
            uint32_t k = touched[t];
            set_mask(mask, p, p + best_len[k]);
            next[k] = p + best_len[k];
        }
        for (size_t gi = 0; gi < x->n_groups; gi++) {
            const anchored_group *g = &x->groups[gi];
            if (!tally_first_has(g->set, c))
                continue;
            for (size_t a = 0; a < g->n; a++) {
                uint32_t k = g->rules[a];
                const exclusion_rule *e = &r->exclusions.v[k];
                if (p < next[k])
                    continue;
                if (e->reach && !may_match_at(e->reach, ft, len, p, &known_to[k], &known[k]))
                    continue;
                /* the JIT code itself, without pcre2_match's checks of its
                 * arguments (pcre2_jit_match checks no UTF either, so it
                 * takes no PCRE2_NO_UTF_CHECK) */
                int rc = e->jit ? pcre2_jit_match(e->re, (PCRE2_SPTR)ft, len, p, 0, md, r->mctx)
                                : pcre2_match(e->re, (PCRE2_SPTR)ft, len, p, PCRE2_NO_UTF_CHECK,
                                              md, r->mctx);
                if (rc == PCRE2_ERROR_NOMATCH)
                    continue;
                if (rc < 0) {
                    next[k] = SIZE_MAX; /* a limit: the whole-text scan stopped here too */
                    continue;
                }
                PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
                set_mask(mask, ov[0], ov[1]);
                size_t off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
                while (off < len && ((unsigned char)ft[off] & 0xC0) == 0x80)
                    off++;
                next[k] = off;
            }
        }
        p = q;
    }
    pcre2_match_data_free(md);
    free(next);
    free(seen);
    free(best_order);
    free(best_len);
    free(touched);
    free(known_to);
    free(known);
    return 0;
}
