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
#include "tally/regex.h"

#include <stdlib.h>
#include <string.h>

#include "utf8_scan.h"

typedef struct trie_node {
    uint32_t child;   /* first child, 0 for none */
    uint32_t sibling; /* next child of the same parent, 0 for none */
    uint32_t term;    /* 1 + first ending here in terms, 0 for none */
    unsigned char byte;
} trie_node;

typedef struct trie_term {
    uint32_t rule;  /* index in rules->exclusions */
    uint32_t order; /* the alternative's place in PCRE2's order */
    uint32_t len;
    uint32_t next; /* 1 + next term of the same node, 0 for none */
} trie_term;

struct exclusion_index {
    trie_node *nodes; /* nodes[0] is the root */
    size_t n_nodes, cap_nodes;
    uint32_t root[256]; /* the root's children by byte */
    trie_term *terms;
    size_t n_terms, cap_terms;
    uint32_t *anchored; /* rules tried where their first character is */
    size_t n_anchored, cap_anchored;
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

static int grow(void **v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t c = *cap ? *cap * 2 : 64;
    void *b = realloc(*v, c * size);
    if (!b)
        return -1;
    *v = b;
    *cap = c;
    return 0;
}

static struct exclusion_index *index_of(tally_figure_rules *r)
{
    if (!r->exclusion_index) {
        r->exclusion_index = calloc(1, sizeof *r->exclusion_index);
        if (!r->exclusion_index)
            return NULL;
        trie_node root = {0, 0, 0, 0};
        if (grow((void **)&r->exclusion_index->nodes, &r->exclusion_index->cap_nodes, 0,
                 sizeof root) < 0) {
            free(r->exclusion_index);
            r->exclusion_index = NULL;
            return NULL;
        }
        r->exclusion_index->nodes[0] = root;
        r->exclusion_index->n_nodes = 1;
    }
    return r->exclusion_index;
}

/* The child of node by byte b, made when make is set; 0 for none. */
static uint32_t trie_child(struct exclusion_index *x, uint32_t node, unsigned char b, int make)
{
    uint32_t c = node == 0 ? x->root[b] : x->nodes[node].child;
    if (node != 0)
        while (c && x->nodes[c].byte != b)
            c = x->nodes[c].sibling;
    if (c || !make)
        return c;
    if (grow((void **)&x->nodes, &x->cap_nodes, x->n_nodes, sizeof *x->nodes) < 0)
        return 0;
    c = (uint32_t)x->n_nodes++;
    x->nodes[c] = (trie_node){0, 0, 0, b};
    if (node == 0) {
        x->root[b] = c;
    } else {
        x->nodes[c].sibling = x->nodes[node].child;
        x->nodes[node].child = c;
    }
    return c;
}

typedef struct literal_adder {
    struct exclusion_index *x;
    uint32_t rule, order;
} literal_adder;

static int add_literal(void *ctx, const char *s, size_t len)
{
    literal_adder *a = ctx;
    struct exclusion_index *x = a->x;
    uint32_t node = 0;
    for (size_t i = 0; i < len; i++)
        if (!(node = trie_child(x, node, (unsigned char)s[i], 1)))
            return -1;
    if (grow((void **)&x->terms, &x->cap_terms, x->n_terms, sizeof *x->terms) < 0)
        return -1;
    /* appended at the end of the node's list: the walk reads terms in the
     * order they were added, which resolution does not depend on */
    trie_term t = {a->rule, a->order++, (uint32_t)len, 0};
    x->terms[x->n_terms] = t;
    uint32_t id = (uint32_t)++x->n_terms;
    uint32_t *link = &x->nodes[node].term;
    while (*link)
        link = &x->terms[*link - 1].next;
    *link = id;
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
    if (!x || grow((void **)&r->exclusions.v, &r->exclusions.cap, r->exclusions.n,
                   sizeof *r->exclusions.v) < 0)
        goto oom;
    uint32_t k = (uint32_t)r->exclusions.n;
    if (literal) {
        literal_adder a = {x, k, 0};
        size_t terms_before = x->n_terms;
        if (tally_regex_literals(p, add_literal, &a) < 0) {
            /* the literals already in belong to no rule */
            for (size_t t = terms_before; t < x->n_terms; t++)
                x->terms[t].rule = UINT32_MAX;
            goto oom;
        }
    } else if (first) {
        if (grow((void **)&x->anchored, &x->cap_anchored, x->n_anchored, sizeof *x->anchored) < 0)
            goto oom;
        x->anchored[x->n_anchored++] = k;
        for (size_t i = 0; i < sizeof first->bmp; i++)
            x->start.bmp[i] |= first->bmp[i];
        x->start.astral |= first->astral;
    }
    r->exclusions.v[r->exclusions.n++] = (exclusion_rule){p, re, first, literal};
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
    }
    free(r->exclusions.v);
    r->exclusions.v = NULL;
    r->exclusions.n = r->exclusions.cap = 0;
    if (r->exclusion_index) {
        free(r->exclusion_index->nodes);
        free(r->exclusion_index->terms);
        free(r->exclusion_index->anchored);
        free(r->exclusion_index);
        r->exclusion_index = NULL;
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
    if (!md || !next || !seen || !best_order || !best_len || !touched) {
        pcre2_match_data_free(md);
        free(next);
        free(seen);
        free(best_order);
        free(best_len);
        free(touched);
        return -1;
    }
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
            if (!(node = trie_child((struct exclusion_index *)x, node, (unsigned char)ft[i], 0)))
                break;
            for (uint32_t t = x->nodes[node].term; t; t = x->terms[t - 1].next) {
                const trie_term *tm = &x->terms[t - 1];
                if (tm->rule >= nr || p < next[tm->rule])
                    continue;
                if (seen[tm->rule] != p + 1) {
                    seen[tm->rule] = p + 1;
                    best_order[tm->rule] = tm->order;
                    best_len[tm->rule] = tm->len;
                    touched[nt++] = tm->rule;
                } else if (tm->order < best_order[tm->rule]) {
                    best_order[tm->rule] = tm->order;
                    best_len[tm->rule] = tm->len;
                }
            }
        }
        for (size_t t = 0; t < nt; t++) {
            uint32_t k = touched[t];
            set_mask(mask, p, p + best_len[k]);
            next[k] = p + best_len[k];
        }
        for (size_t a = 0; a < x->n_anchored; a++) {
            uint32_t k = x->anchored[a];
            const exclusion_rule *e = &r->exclusions.v[k];
            if (p < next[k] || !tally_first_has(e->first, c))
                continue;
            int rc = pcre2_match(e->re, (PCRE2_SPTR)ft, len, p, PCRE2_NO_UTF_CHECK, md, r->mctx);
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
        p = q;
    }
    pcre2_match_data_free(md);
    free(next);
    free(seen);
    free(best_order);
    free(best_len);
    free(touched);
    return 0;
}
