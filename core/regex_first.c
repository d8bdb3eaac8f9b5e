/* Reading a PCRE2 pattern's source for the characters a match can begin
 * with (regex_first.h). A small recursive reader of the subset the rule
 * tables use: literals, classes, groups, alternation, quantifiers,
 * lookaround (zero-width: skipped, which only widens the set), \d and
 * \x{...}. Everything else makes it answer "cannot tell". */
#include "regex_first.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "utf8_scan.h"

typedef struct reader {
    const char *p, *end;
    int caseless; /* the pattern opens with (?i) */
    int failed;   /* a character whose other cases this reader does not know */
} reader;

static void add_cp(tally_first_set *s, uint32_t c)
{
    if (c > 0xFFFF)
        s->astral = 1;
    else
        s->bmp[c >> 3] |= (unsigned char)(1u << (c & 7));
}

static void add_range(tally_first_set *s, uint32_t a, uint32_t b)
{
    for (uint32_t c = a; c <= b && c <= 0xFFFF; c++)
        add_cp(s, c);
    if (b > 0xFFFF)
        s->astral = 1;
}

/* A character of the pattern, with its other cases under (?i): an ASCII
 * letter's two cases, and for k and s the two non-ASCII characters that
 * fold to them (KELVIN SIGN, LONG S; tests/c/test_figure_exclusions.c
 * checks the sets against PCRE2's caseless matching). Other characters
 * under (?i) are known only where no case exists: CJK ideographs and
 * ASCII that is no letter. */
static void put_cp(reader *r, tally_first_set *s, uint32_t c)
{
    add_cp(s, c);
    if (!r->caseless)
        return;
    uint32_t lower = c | 0x20;
    if (lower >= 'a' && lower <= 'z') {
        add_cp(s, lower);
        add_cp(s, lower - 0x20);
        if (lower == 'k')
            add_cp(s, 0x212A);
        if (lower == 's')
            add_cp(s, 0x17F);
    } else if (c >= 0x80 && !(c >= 0x3400 && c <= 0x9FFF)) {
        r->failed = 1;
    }
}

static void put_range(reader *r, tally_first_set *s, uint32_t a, uint32_t b)
{
    if (!r->caseless) {
        add_range(s, a, b);
        return;
    }
    for (uint32_t c = a; c <= b && !r->failed; c++)
        put_cp(r, s, c);
}

/* \d under PCRE2_UCP is \p{Nd}. The set is ICU's Nd, and every code point
 * ICU has unassigned (PCRE2's Unicode may be newer and name a digit there),
 * and every astral code point: a superset whatever the two versions are
 * (tests/c/test_regex_first.c checks it against PCRE2 itself). */
static tally_first_set digit_set;
static pthread_once_t digit_once = PTHREAD_ONCE_INIT;

static void build_digits(void)
{
    for (UChar32 c = 0; c <= 0xFFFF; c++) {
        int8_t t = u_charType(c);
        if (t == U_DECIMAL_DIGIT_NUMBER || t == U_UNASSIGNED)
            add_cp(&digit_set, (uint32_t)c);
    }
    digit_set.astral = 1;
}

static void add_digits(tally_first_set *s)
{
    pthread_once(&digit_once, build_digits);
    for (size_t i = 0; i < sizeof s->bmp; i++)
        s->bmp[i] |= digit_set.bmp[i];
    s->astral = 1;
}

/* One character of the pattern read literally (UTF-8). */
static int literal_cp(reader *r, uint32_t *c)
{
    size_t i = 0, len = (size_t)(r->end - r->p);
    uint32_t v = utf8_next(r->p, len, &i);
    if (v == 0xFFFD && !(i == 3 && memcmp(r->p, "\xEF\xBF\xBD", 3) == 0))
        return -1;
    r->p += i;
    *c = v;
    return 0;
}

static int hex_value(char h)
{
    return h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                          : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
}

enum { ESC_CHAR, ESC_DIGIT, ESC_CLASS, ESC_ZERO_WIDTH };

/* The escape after a backslash: a character (in *c), \d, another class
 * whose members this reader does not list (\s, \w, \p{..}), or a
 * zero-width assertion (\b); -1 for anything else (\K, \G, back
 * references, \Q, \N ...). */
static int escape(reader *r, uint32_t *c, int in_class)
{
    if (r->p >= r->end)
        return -1;
    unsigned char e = (unsigned char)*r->p++;
    switch (e) {
    case 'd':
        return ESC_DIGIT;
    case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
        return ESC_CLASS;
    case 'p': case 'P':
        if (r->p < r->end && *r->p == '{') {
            const char *q = memchr(r->p, '}', (size_t)(r->end - r->p));
            if (!q)
                return -1;
            r->p = q + 1;
        } else if (r->p < r->end) {
            r->p++;
        } else {
            return -1;
        }
        return ESC_CLASS;
    case 'b': case 'B':
        return in_class ? -1 : ESC_ZERO_WIDTH;
    case 'n': *c = '\n'; return ESC_CHAR;
    case 't': *c = '\t'; return ESC_CHAR;
    case 'r': *c = '\r'; return ESC_CHAR;
    case 'f': *c = '\f'; return ESC_CHAR;
    case 'e': *c = 0x1B; return ESC_CHAR;
    case 'a': *c = 0x07; return ESC_CHAR;
    case 'x': {
        uint32_t v = 0;
        int n = 0;
        if (r->p < r->end && *r->p == '{') {
            r->p++;
            for (; r->p < r->end && *r->p != '}'; r->p++, n++) {
                int h = hex_value(*r->p);
                if (h < 0 || n >= 6)
                    return -1;
                v = v * 16 + (uint32_t)h;
            }
            if (r->p >= r->end || !n)
                return -1;
            r->p++;
        } else {
            for (; n < 2 && r->p < r->end && hex_value(*r->p) >= 0; r->p++, n++)
                v = v * 16 + (uint32_t)hex_value(*r->p);
        }
        if (v > 0x10FFFF)
            return -1;
        *c = v;
        return ESC_CHAR;
    }
    default:
        if (e < 0x80 && !(e >= '0' && e <= '9') && !(e >= 'A' && e <= 'Z') &&
            !(e >= 'a' && e <= 'z')) {
            *c = e; /* escaped punctuation: \. \- \( */
            return ESC_CHAR;
        }
        return -1;
    }
}

/* A class after its '['; set is NULL when its members do not matter. */
static int parse_class(reader *r, tally_first_set *set)
{
    if (r->p < r->end && *r->p == '^') {
        if (set)
            return -1; /* a negated class may begin with nearly anything */
        r->p++;
    }
    for (int first = 1;; first = 0) {
        if (r->p >= r->end)
            return -1;
        if (*r->p == ']' && !first) {
            r->p++;
            return 0;
        }
        if (*r->p == '[' && r->p + 1 < r->end &&
            (r->p[1] == ':' || r->p[1] == '.' || r->p[1] == '='))
            return -1; /* POSIX classes */
        uint32_t lo;
        if (*r->p == '\\') {
            r->p++;
            int k = escape(r, &lo, 1);
            if (k < 0)
                return -1;
            if (k == ESC_DIGIT) {
                if (set)
                    add_digits(set);
                continue;
            }
            if (k != ESC_CHAR) {
                if (set)
                    return -1;
                continue;
            }
        } else if (literal_cp(r, &lo) < 0) {
            return -1;
        }
        if (r->p + 1 < r->end && *r->p == '-' && r->p[1] != ']') {
            r->p++;
            uint32_t hi;
            if (*r->p == '\\') {
                r->p++;
                if (escape(r, &hi, 1) != ESC_CHAR)
                    return -1;
            } else if (literal_cp(r, &hi) < 0) {
                return -1;
            }
            if (hi < lo)
                return -1;
            if (set)
                put_range(r, set, lo, hi);
        } else if (set) {
            put_cp(r, set, lo);
        }
    }
}

/* A quantifier after an atom, if any: *optional when it allows none. */
static int quantifier(reader *r, int *optional)
{
    *optional = 0;
    if (r->p >= r->end)
        return 0;
    char q = *r->p;
    if (q == '?' || q == '*') {
        *optional = 1;
        r->p++;
    } else if (q == '+') {
        r->p++;
    } else if (q == '{') {
        const char *s = r->p + 1;
        unsigned long m = 0;
        if (s >= r->end || !(*s >= '0' && *s <= '9'))
            return -1; /* {,n} or a literal brace: not read here */
        for (; s < r->end && *s >= '0' && *s <= '9'; s++)
            m = m * 10 + (unsigned long)(*s - '0');
        if (s < r->end && *s == ',')
            for (s++; s < r->end && *s >= '0' && *s <= '9'; s++)
                ;
        if (s >= r->end || *s != '}')
            return -1;
        r->p = s + 1;
        *optional = m == 0;
    } else {
        return 0;
    }
    if (r->p < r->end && (*r->p == '+' || *r->p == '?'))
        r->p++; /* possessive or lazy */
    return 1;
}

static int parse_alternation(reader *r, tally_first_set *set, int *nullable, int depth);

/* One atom; adds its first characters to set (unless NULL). */
static int parse_atom(reader *r, tally_first_set *set, int *nullable, int depth)
{
    unsigned char ch = (unsigned char)*r->p;
    *nullable = 0;
    if (ch == '(') {
        r->p++;
        int zero_width = 0;
        if (r->p < r->end && *r->p == '*')
            return -1; /* verbs: (*UTF), (*COMMIT) */
        if (r->p < r->end && *r->p == '?') {
            r->p++;
            if (r->p >= r->end)
                return -1;
            if (*r->p == ':' || *r->p == '>') {
                r->p++;
            } else if (*r->p == '=' || *r->p == '!') {
                r->p++;
                zero_width = 1;
            } else if (*r->p == '<' && r->p + 1 < r->end && (r->p[1] == '=' || r->p[1] == '!')) {
                r->p += 2;
                zero_width = 1;
            } else {
                return -1; /* (?i), named groups, (?|, conditionals ... */
            }
        }
        int inner;
        if (parse_alternation(r, zero_width ? NULL : set, &inner, depth + 1) < 0)
            return -1;
        if (r->p >= r->end || *r->p != ')')
            return -1;
        r->p++;
        *nullable = zero_width || inner;
        return 0;
    }
    if (ch == '[') {
        r->p++;
        return parse_class(r, set);
    }
    if (ch == '\\') {
        r->p++;
        uint32_t c;
        switch (escape(r, &c, 0)) {
        case ESC_CHAR:
            if (set)
                put_cp(r, set, c);
            return 0;
        case ESC_DIGIT:
            if (set)
                add_digits(set);
            return 0;
        case ESC_CLASS:
            return set ? -1 : 0;
        case ESC_ZERO_WIDTH:
            *nullable = 1;
            return 0;
        default:
            return -1;
        }
    }
    if (ch == '.') {
        r->p++;
        return set ? -1 : 0;
    }
    if (ch == '^' || ch == '$') {
        r->p++;
        *nullable = 1;
        return 0;
    }
    if (ch == '*' || ch == '+' || ch == '?' || ch == '{')
        return -1;
    uint32_t c;
    if (literal_cp(r, &c) < 0)
        return -1;
    if (set)
        put_cp(r, set, c);
    return 0;
}

/* A sequence up to '|' or ')': its atoms add their first characters while
 * every atom before them may match nothing. */
static int parse_sequence(reader *r, tally_first_set *set, int *nullable, int depth)
{
    int all_nullable = 1;
    while (r->p < r->end && *r->p != '|' && *r->p != ')') {
        int atom_nullable, optional;
        if (parse_atom(r, all_nullable ? set : NULL, &atom_nullable, depth) < 0)
            return -1;
        if (quantifier(r, &optional) < 0)
            return -1;
        if (!atom_nullable && !optional)
            all_nullable = 0;
    }
    *nullable = all_nullable;
    return 0;
}

static int parse_alternation(reader *r, tally_first_set *set, int *nullable, int depth)
{
    if (depth > 64)
        return -1;
    *nullable = 0;
    for (;;) {
        int n;
        if (parse_sequence(r, set, &n, depth) < 0)
            return -1;
        *nullable |= n;
        if (r->p < r->end && *r->p == '|') {
            r->p++;
            continue;
        }
        return 0;
    }
}

int tally_regex_first_chars(const char *pattern, tally_first_set *set)
{
    reader r = {pattern, pattern + strlen(pattern), 0, 0};
    if (strncmp(pattern, "(?i)", 4) == 0) {
        r.caseless = 1; /* for the whole pattern */
        r.p += 4;
    }
    int nullable;
    if (parse_alternation(&r, set, &nullable, 0) < 0 || r.p != r.end || nullable || r.failed)
        return 0;
    return 1;
}

/* ---- literal alternatives ---- */

static int is_meta(unsigned char c)
{
    return c && strchr("\\^$.[]|()?*+{}", c) != NULL;
}

enum { MAX_OPTIONAL = 3 };

typedef struct piece {
    const char *s;
    size_t len;
    int optional;
} piece;

/* Emits the strings of one alternative, each optional piece taken before
 * it is left out (PCRE2's greedy order). */
static int emit(const piece *pc, size_t n, size_t k, char *buf, size_t blen,
                int (*add)(void *, const char *, size_t), void *ctx, int *count)
{
    if (k == n) {
        int rc = add(ctx, buf, blen);
        if (rc < 0)
            return rc;
        (*count)++;
        return 0;
    }
    memcpy(buf + blen, pc[k].s, pc[k].len);
    int rc = emit(pc, n, k + 1, buf, blen + pc[k].len, add, ctx, count);
    if (rc < 0 || !pc[k].optional)
        return rc;
    return emit(pc, n, k + 1, buf, blen, add, ctx, count);
}

/* Reads one alternative [a, b) into pieces; 0 when it is not literal or can
 * match the empty string. */
static size_t read_alternative(const char *a, const char *b, piece *pc, size_t max)
{
    size_t n = 0, optional = 0, required = 0;
    reader r = {a, b, 0, 0};
    while (r.p < r.end) {
        if (is_meta((unsigned char)*r.p) || n == max)
            return 0;
        const char *s = r.p;
        uint32_t c;
        if (literal_cp(&r, &c) < 0)
            return 0;
        pc[n] = (piece){s, (size_t)(r.p - s), 0};
        if (r.p < r.end && *r.p == '?') {
            r.p++;
            if (++optional > MAX_OPTIONAL)
                return 0;
            pc[n].optional = 1;
        } else {
            required++;
        }
        n++;
    }
    return required ? n : 0;
}

int tally_regex_literals(const char *pattern, int (*add)(void *ctx, const char *s, size_t len),
                         void *ctx)
{
    size_t len = strlen(pattern);
    if (!len || len > 4096)
        return 0;
    piece pc[256];
    char buf[4096];
    /* every alternative must be literal before any is emitted */
    for (const char *a = pattern;;) {
        const char *bar = memchr(a, '|', (size_t)(pattern + len - a));
        const char *b = bar ? bar : pattern + len;
        if (!read_alternative(a, b, pc, sizeof pc / sizeof *pc))
            return 0;
        if (!bar)
            break;
        a = bar + 1;
    }
    int count = 0;
    for (const char *a = pattern;;) {
        const char *bar = memchr(a, '|', (size_t)(pattern + len - a));
        const char *b = bar ? bar : pattern + len;
        size_t n = read_alternative(a, b, pc, sizeof pc / sizeof *pc);
        int rc = emit(pc, n, 0, buf, 0, add, ctx, &count);
        if (rc < 0)
            return rc;
        if (!bar)
            break;
        a = bar + 1;
    }
    return count;
}

/* ---- a necessary condition for a match (tally_regex_reach_of) ---- */

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
        add_range(out, s->v[i][0], s->v[i][1]);
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
    put_cp(&rr->r, rr->bits, c);
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
        if (r->p < r->end && *r->p != '^' && parse_class(r, rr->bits) == 0)
            return cs_take(&out->alph, rr->bits) < 0 ? -1 : reach_char_set(out);
        /* negated, or holding \s, \w, \p{..}: anything, and no requirement */
        (void)cs_take(&out->alph, rr->bits); /* clears the scratch */
        out->alph.n = 0;
        r->p = at;
        if (parse_class(r, NULL) < 0)
            return -1;
        out->alph.any = 1;
        return 0;
    }
    if (ch == '\\') {
        r->p++;
        uint32_t c;
        switch (escape(r, &c, 0)) {
        case ESC_CHAR:
            return cs_put_cp(rr, &out->alph, c) < 0 ? -1 : reach_char_set(out);
        case ESC_DIGIT:
            add_digits(rr->bits);
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
    if (literal_cp(r, &c) < 0)
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
        if (reach_atom(rr, &a, start, depth) < 0 || quantifier(r, &optional) < 0) {
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
        if (q.p >= q.end || *q.p == '^' || parse_class(&q, set) < 0)
            return 0;
    } else {
        uint32_t c;
        if (is_meta((unsigned char)*q.p) || literal_cp(&q, &c) < 0)
            return 0;
        put_cp(&q, set, c);
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
