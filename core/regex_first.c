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

#include "regex_reader.h"
#include "utf8_scan.h"


static void add_cp(tally_first_set *s, uint32_t c)
{
    if (c > 0xFFFF)
        s->astral = 1;
    else
        s->bmp[c >> 3] |= (unsigned char)(1u << (c & 7));
}

void tally_rx_add_range(tally_first_set *s, uint32_t a, uint32_t b)
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
void tally_rx_put_cp(reader *r, tally_first_set *s, uint32_t c)
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
        tally_rx_add_range(s, a, b);
        return;
    }
    for (uint32_t c = a; c <= b && !r->failed; c++)
        tally_rx_put_cp(r, s, c);
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

void tally_rx_add_digits(tally_first_set *s)
{
    pthread_once(&digit_once, build_digits);
    for (size_t i = 0; i < sizeof s->bmp; i++)
        s->bmp[i] |= digit_set.bmp[i];
    s->astral = 1;
}

/* One character of the pattern read literally (UTF-8). */
int tally_rx_literal_cp(reader *r, uint32_t *c)
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

/* The escape after a backslash: a character (in *c), \d, another class
 * whose members this reader does not list (\s, \w, \p{..}), or a
 * zero-width assertion (\b); -1 for anything else (\K, \G, back
 * references, \Q, \N ...). */
int tally_rx_escape(reader *r, uint32_t *c, int in_class)
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
int tally_rx_parse_class(reader *r, tally_first_set *set)
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
            int k = tally_rx_escape(r, &lo, 1);
            if (k < 0)
                return -1;
            if (k == ESC_DIGIT) {
                if (set)
                    tally_rx_add_digits(set);
                continue;
            }
            if (k != ESC_CHAR) {
                if (set)
                    return -1;
                continue;
            }
        } else if (tally_rx_literal_cp(r, &lo) < 0) {
            return -1;
        }
        if (r->p + 1 < r->end && *r->p == '-' && r->p[1] != ']') {
            r->p++;
            uint32_t hi;
            if (*r->p == '\\') {
                r->p++;
                if (tally_rx_escape(r, &hi, 1) != ESC_CHAR)
                    return -1;
            } else if (tally_rx_literal_cp(r, &hi) < 0) {
                return -1;
            }
            if (hi < lo)
                return -1;
            if (set)
                put_range(r, set, lo, hi);
        } else if (set) {
            tally_rx_put_cp(r, set, lo);
        }
    }
}

/* A quantifier after an atom, if any: *optional when it allows none. */
int tally_rx_quantifier(reader *r, int *optional)
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
        return tally_rx_parse_class(r, set);
    }
    if (ch == '\\') {
        r->p++;
        uint32_t c;
        switch (tally_rx_escape(r, &c, 0)) {
        case ESC_CHAR:
            if (set)
                tally_rx_put_cp(r, set, c);
            return 0;
        case ESC_DIGIT:
            if (set)
                tally_rx_add_digits(set);
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
    if (tally_rx_literal_cp(r, &c) < 0)
        return -1;
    if (set)
        tally_rx_put_cp(r, set, c);
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
        if (tally_rx_quantifier(r, &optional) < 0)
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

int tally_rx_is_meta(unsigned char c)
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
        if (tally_rx_is_meta((unsigned char)*r.p) || n == max)
            return 0;
        const char *s = r.p;
        uint32_t c;
        if (tally_rx_literal_cp(&r, &c) < 0)
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
