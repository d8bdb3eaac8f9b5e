/* A necessary condition for an anchored match at a position, read from a
 * pattern's source (tally_regex_reach_of, regex_first.h): what every match
 * needs, and through which characters it can reach it, so the exclusion
 * mask runs PCRE2 only where a match can follow. It reads patterns with
 * regex_first.c's reader (regex_reader.h). */
#include <stdlib.h>
#include <string.h>

#include "regex_reader.h"

/* A set of code points as a list of ranges, possibly overlapping (the sets
 * are only joined, counted roughly and written out once at the end), or
 * "anything". Reading a pattern joins the sets of its atoms a few times
 * each, which on 8 KB bitmaps cost more than the rest of the build. */
typedef struct cset {
    uint32_t (*v)[2];
    size_t n, cap;
    int any;
} cset;

static int cs_add(cset *s, uint32_t lo, uint32_t hi)
{
    if (s->n && s->v[s->n - 1][1] + 1 >= lo && s->v[s->n - 1][0] <= lo) {
        if (hi > s->v[s->n - 1][1])
            s->v[s->n - 1][1] = hi; /* the common case: ranges in order */
        return 0;
    }
    if (s->n == s->cap) {
        size_t c = s->cap ? s->cap * 2 : 8;
        void *b = realloc(s->v, c * sizeof *s->v);
        if (!b)
            return -1;
        s->v = b;
        s->cap = c;
    }
    s->v[s->n][0] = lo;
    s->v[s->n][1] = hi;
    s->n++;
    return 0;
}

static int cs_or(cset *a, const cset *b)
{
    a->any |= b->any;
    for (size_t i = 0; i < b->n; i++)
        if (cs_add(a, b->v[i][0], b->v[i][1]) < 0)
            return -1;
    return 0;
}

static int cs_copy(cset *a, const cset *b)
{
    a->n = 0;
    a->any = 0;
    return cs_or(a, b);
}

static void cs_free(cset *s)
{
    free(s->v);
    *s = (cset){0};
}

/* The size, counting overlaps twice: only used to prefer the smaller. */
static size_t cs_count(const cset *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++)
        n += (size_t)(s->v[i][1] - s->v[i][0]) + 1;
    return n;
}

static void cs_write(const cset *s, tally_first_set *out)
{
    for (size_t i = 0; i < s->n; i++)
        tally_rx_add_range(out, s->v[i][0], s->v[i][1]);
}

/* Moves the code points of a bitmap into s as ranges and clears it. */
static int cs_take(cset *s, tally_first_set *bits)
{
    int rc = 0;
    if (bits->astral)
        rc |= cs_add(s, 0x10000, 0x10FFFF);
    bits->astral = 0;
    for (size_t w = 0; w < sizeof bits->bmp; w += 8) {
        uint64_t x;
        memcpy(&x, bits->bmp + w, 8);
        if (!x)
            continue;
        memset(bits->bmp + w, 0, 8);
        for (uint32_t b = 0; b < 64; b++)
            if (x >> b & 1)
                rc |= cs_add(s, (uint32_t)(w * 8 + b), (uint32_t)(w * 8 + b));
    }
    return rc;
}

/* What one construct of the pattern gives: the characters it may consume
 * (alph), and when known a requirement: every match of it holds a
 * character of need, and what it consumes before the first of them is in
 * via. A positive lookahead at the match's start gives a requirement on
 * the text from there, which serves the same way (look_need, look_via). */
typedef struct reach_info {
    cset alph, need, via, look_need, look_via;
    int req_ok, look_ok;
    int zero_width; /* consumes nothing: lookaround, ^, $, \b */
} reach_info;

static void info_free(reach_info *x)
{
    cs_free(&x->alph);
    cs_free(&x->need);
    cs_free(&x->via);
    cs_free(&x->look_need);
    cs_free(&x->look_via);
}

static void info_clear(reach_info *x)
{
    x->alph.n = x->need.n = x->via.n = x->look_need.n = x->look_via.n = 0;
    x->alph.any = x->need.any = x->via.any = x->look_need.any = x->look_via.any = 0;
    x->req_ok = x->look_ok = x->zero_width = 0;
}

typedef struct reach_reader {
    reader r;
    tally_first_set *bits; /* scratch for classes, kept clear */
} reach_reader;

/* A character of the pattern with its other cases, as put_cp adds them. */
static int cs_put_cp(reach_reader *rr, cset *s, uint32_t c)
{
    tally_rx_put_cp(&rr->r, rr->bits, c);
    return cs_take(s, rr->bits);
}

/* A single-character atom: what it consumes is what it requires. */
static int reach_char_set(reach_info *out)
{
    out->req_ok = 1;
    out->via.n = 0;
    out->via.any = 0;
    return cs_copy(&out->need, &out->alph);
}

static int reach_alternation(reach_reader *rr, reach_info *out, int at_start, int depth);

static int reach_atom(reach_reader *rr, reach_info *out, int at_start, int depth)
{
    reader *r = &rr->r;
    info_clear(out);
    unsigned char ch = (unsigned char)*r->p;
    if (ch == '(') {
        r->p++;
        int look = 0, zero_width = 0;
        if (r->p < r->end && *r->p == '*')
            return -1;
        if (r->p < r->end && *r->p == '?') {
            r->p++;
            if (r->p >= r->end)
                return -1;
            if (*r->p == ':' || *r->p == '>') {
                r->p++;
            } else if (*r->p == '=') {
                r->p++;
                zero_width = look = 1;
            } else if (*r->p == '!') {
                r->p++;
                zero_width = 1;
            } else if (*r->p == '<' && r->p + 1 < r->end && (r->p[1] == '=' || r->p[1] == '!')) {
                r->p += 2;
                zero_width = 1;
            } else {
                return -1;
            }
        }
        if (!zero_width) {
            if (reach_alternation(rr, out, at_start, depth + 1) < 0)
                return -1;
        } else {
            /* only a positive lookahead where the match starts gives
             * anything, and its own lookaheads are at that start too */
            reach_info inner = {0};
            int rc = reach_alternation(rr, &inner, look && at_start, depth + 1);
            out->zero_width = 1;
            if (rc == 0 && look && at_start && inner.req_ok) {
                out->look_ok = 1;
                if (cs_copy(&out->look_need, &inner.need) < 0 ||
                    cs_copy(&out->look_via, &inner.via) < 0)
                    rc = -1;
            }
            info_free(&inner);
            if (rc < 0)
                return -1;
        }
        if (r->p >= r->end || *r->p != ')')
            return -1;
        r->p++;
        return 0;
    }
    if (ch == '[') {
        r->p++;
        const char *at = r->p;
        if (r->p < r->end && *r->p != '^' && tally_rx_parse_class(r, rr->bits) == 0)
            return cs_take(&out->alph, rr->bits) < 0 ? -1 : reach_char_set(out);
        /* negated, or holding \s, \w, \p{..}: anything, and no requirement */
        (void)cs_take(&out->alph, rr->bits); /* clears the scratch */
        out->alph.n = 0;
        r->p = at;
        if (tally_rx_parse_class(r, NULL) < 0)
            return -1;
        out->alph.any = 1;
        return 0;
    }
    if (ch == '\\') {
        r->p++;
        uint32_t c;
        switch (tally_rx_escape(r, &c, 0)) {
        case ESC_CHAR:
            return cs_put_cp(rr, &out->alph, c) < 0 ? -1 : reach_char_set(out);
        case ESC_DIGIT:
            tally_rx_add_digits(rr->bits);
            return cs_take(&out->alph, rr->bits) < 0 ? -1 : reach_char_set(out);
        case ESC_CLASS:
            out->alph.any = 1;
            return 0;
        case ESC_ZERO_WIDTH:
            out->zero_width = 1;
            return 0;
        default:
            return -1;
        }
    }
    if (ch == '.') {
        r->p++;
        out->alph.any = 1;
        return 0;
    }
    if (ch == '^' || ch == '$') {
        r->p++;
        out->zero_width = 1;
        return 0;
    }
    if (ch == '*' || ch == '+' || ch == '?' || ch == '{')
        return -1;
    uint32_t c;
    if (tally_rx_literal_cp(r, &c) < 0)
        return -1;
    return cs_put_cp(rr, &out->alph, c) < 0 ? -1 : reach_char_set(out);
}

/* A candidate requirement of a sequence: need, and via joined to what the
 * atoms before it consume (pre). It replaces the best so far when its via
 * is bounded where the best's is not, or its need is no larger (the later
 * of equals: past the opening characters, which the rules of a group
 * share). */
static int offer(reach_info *seq, size_t *best, const cset *need, const cset *pre,
                 const cset *via)
{
    size_t n = cs_count(need);
    int any = pre->any || via->any || need->any;
    if (seq->req_ok && (any > seq->via.any || (any == seq->via.any && n > *best)))
        return 0;
    seq->req_ok = 1;
    *best = n;
    if (cs_copy(&seq->need, need) < 0 || cs_copy(&seq->via, pre) < 0 || cs_or(&seq->via, via) < 0)
        return -1;
    seq->via.any = any;
    return 0;
}

static int reach_sequence(reach_reader *rr, reach_info *out, int at_start, int depth)
{
    reader *r = &rr->r;
    info_clear(out);
    reach_info a = {0};
    size_t best = 0;
    int start = at_start, all_zero = 1, rc = 0;
    while (rc == 0 && r->p < r->end && *r->p != '|' && *r->p != ')') {
        int optional;
        if (reach_atom(rr, &a, start, depth) < 0 || tally_rx_quantifier(r, &optional) < 0) {
            rc = -1;
            break;
        }
        if (a.look_ok && !optional && start)
            rc |= offer(out, &best, &a.look_need, &out->alph, &a.look_via);
        if (a.req_ok && !optional)
            rc |= offer(out, &best, &a.need, &out->alph, &a.via);
        rc |= cs_or(&out->alph, &a.alph);
        if (!a.zero_width)
            start = all_zero = 0;
    }
    out->zero_width = all_zero;
    info_free(&a);
    return rc;
}

static int reach_alternation(reach_reader *rr, reach_info *out, int at_start, int depth)
{
    reader *r = &rr->r;
    if (depth > 64)
        return -1;
    info_clear(out);
    reach_info s = {0};
    int all_req = 1, all_zero = 1, rc = 0;
    for (;;) {
        if (reach_sequence(rr, &s, at_start, depth) < 0) {
            rc = -1;
            break;
        }
        rc |= cs_or(&out->alph, &s.alph);
        all_zero &= s.zero_width;
        if (!s.req_ok) {
            all_req = 0;
        } else if (all_req) {
            rc |= cs_or(&out->need, &s.need);
            rc |= cs_or(&out->via, &s.via);
        }
        if (rc == 0 && r->p < r->end && *r->p == '|') {
            r->p++;
            continue;
        }
        break;
    }
    out->req_ok = all_req;
    out->zero_width = all_zero;
    info_free(&s);
    return rc;
}

/* (?<![class]) or (?<!c) opening the pattern: the characters after which no
 * match starts. Only what the lookbehind surely matches is kept: literal
 * characters and ranges (with their other cases under (?i), which PCRE2
 * matches too), no \d (whose set here is a superset). */
static int not_after_of(const reader *r, tally_first_set *set)
{
    if (r->end - r->p < 6 || strncmp(r->p, "(?<!", 4) != 0)
        return 0;
    reader q = *r;
    q.p += 4;
    if (*q.p == '[') {
        q.p++;
        /* no escape but escaped punctuation, which names one character */
        for (const char *t = q.p; t < q.end && *t != ']'; t++)
            if (*t == '\\' && (t + 1 >= q.end || (unsigned char)t[1] >= 0x80 ||
                               (t[1] >= '0' && t[1] <= '9') || (t[1] >= 'A' && t[1] <= 'Z') ||
                               (t[1] >= 'a' && t[1] <= 'z')))
                return 0;
        if (q.p >= q.end || *q.p == '^' || tally_rx_parse_class(&q, set) < 0)
            return 0;
    } else {
        uint32_t c;
        if (tally_rx_is_meta((unsigned char)*q.p) || tally_rx_literal_cp(&q, &c) < 0)
            return 0;
        tally_rx_put_cp(&q, set, c);
    }
    return q.p < q.end && *q.p == ')' && !q.failed;
}

int tally_regex_reach_of(const char *pattern, tally_regex_reach *out)
{
    memset(out, 0, sizeof *out);
    reach_reader rr = {{pattern, pattern + strlen(pattern), 0, 0}, NULL};
    if (strncmp(pattern, "(?i)", 4) == 0) {
        rr.r.caseless = 1;
        rr.r.p += 4;
    }
    if (not_after_of(&rr.r, &out->not_after))
        out->not_after_known = 1;
    else
        memset(&out->not_after, 0, sizeof out->not_after);
    rr.bits = calloc(1, sizeof *rr.bits);
    reach_info top = {0};
    if (!rr.bits || reach_alternation(&rr, &top, 1, 0) < 0 || rr.r.p != rr.r.end ||
        rr.r.failed) {
        free(rr.bits);
        info_free(&top);
        memset(out, 0, sizeof *out);
        return 0;
    }
    if (top.req_ok) {
        out->need_known = 1;
        cs_write(&top.need, &out->need);
        cs_write(&top.via, &out->via);
        out->via_any = top.via.any;
        if (top.need.any) /* not made by the reader; kept safe all the same */
            out->need_known = 0;
    }
    free(rr.bits);
    info_free(&top);
    return out->need_known || out->not_after_known;
}
