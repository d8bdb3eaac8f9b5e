/* The clause read as words (figure_clause.h). */
#include "figure_clause.h"

#include "lex_cache.h"

static int latin_letter(uint32_t c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* The length of a gap of print layout at i: one space between two Han
 * characters (光电类指 数) or a Han character and a Latin name (货币总计数 M1B
 * 变动率); 0 when there is none. *between_han: the first kind. Not a line break (社会消⏎费品): the subject
 * is a span of the text, and one holding a line break would match no
 * reader's (docs/figures.md, "Seventh round: subjects"). */
static size_t layout_gap(const scan *s, size_t lo, size_t i, size_t b, int *between_han)
{
    size_t g = s->f[i] == ' ', p;
    if (!g || i <= lo || i + g >= b)
        return 0;
    size_t q = i + g;
    uint32_t before = utf8_prev(s->f, i, &p), after = utf8_next(s->f, b, &q);
    int han_before = is_han(before), han_after = is_han(after);
    /* a Latin name before the gap may end in digits (M2, M1B) */
    size_t l = i;
    while (l > lo && s->f[l - 1] >= '0' && s->f[l - 1] <= '9')
        l--;
    int name_before = l > lo && latin_letter((unsigned char)s->f[l - 1]);
    *between_han = han_before && han_after;
    return (han_before && han_after) || (han_before && latin_letter(after)) ||
                   (name_before && han_after)
               ? g
               : 0;
}

/* The lexicon's words of [a, b) read as one run across gaps of print
 * layout: a word the lexicon finds across a gap (光电类指 数) is one word
 * again, its offsets the text's, so it holds the gap; a gap between two Han
 * characters that no word crosses stays a word of its own, as the space was
 * (a space between two words still parts them: taking it out joined
 * phrases a reader keeps apart, two figures fewer right on a blind set); a
 * gap beside a Latin name (货币总计数 M1B 变动率) parts nothing. Returns how
 * many, or (size_t)-1 when [a, b) has no gap. */
static size_t segment_across_gaps(const scan *s, size_t a, size_t b, lex_word *lw, size_t max)
{
    enum { JOINED_MAX = 1024, GAPS_MAX = 32 };
    char buf[JOINED_MAX];
    size_t at[JOINED_MAX], m = 0, gap_at[GAPS_MAX], gap_len[GAPS_MAX], ng = 0;
    int gaps = 0;
    for (size_t i = a; i < b; i++) {
        int han = 0;
        size_t g = layout_gap(s, a, i, b, &han);
        if (g) {
            gaps = 1;
            /* between two Han characters the gap parts two words unless a
             * word crosses it; beside a Latin name it never does */
            if (han) {
                if (ng == GAPS_MAX)
                    return (size_t)-1;
                gap_at[ng] = i, gap_len[ng++] = g;
            }
            i += g - 1;
            continue;
        }
        if (m == JOINED_MAX)
            return (size_t)-1;
        at[m] = i;
        buf[m++] = s->f[i];
    }
    if (!gaps || m == 0)
        return (size_t)-1;
    lex_word joined[MAX_WORDS];
    size_t n = tally_lex_segment(buf, 0, m, joined, max < MAX_WORDS ? max : MAX_WORDS), out = 0, gi = 0;
    for (size_t k = 0; k < n && out < max; k++) {
        size_t stop = joined[k].stop;
        joined[k].start = at[joined[k].start];
        joined[k].stop = stop == m ? b : at[stop - 1] + 1;
        /* the gaps before this word that no word crossed */
        for (; gi < ng && gap_at[gi] < joined[k].start && out < max; gi++)
            lw[out++] = (lex_word){gap_at[gi], gap_at[gi] + gap_len[gi], LEX_PUNCT, -1, 0};
        while (gi < ng && gap_at[gi] < joined[k].stop) /* crossed by this word */
            gi++;
        if (out < max)
            lw[out++] = joined[k];
    }
    return out;
}

/* The words of [a, b): time expressions and the sentence's figures stay one
 * word each; the rest is segmented with the lexicon. */
size_t fig_clause_words(const scan *s, size_t a, size_t b, word *out, size_t max)
{
    /* the first time expression ending after a (dates are sorted by start
     * and do not overlap) */
    size_t lo = 0, hi = s->nd;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (s->dates[m].span.stop <= a)
            lo = m + 1;
        else
            hi = m;
    }
    size_t di = lo, fi = s->sent_first, n = 0;
    while (fi < s->out.n && s->out.v[fi].span.stop <= a)
        fi++;
    size_t i = a;
    lex_word lw[MAX_WORDS];
    while (i < b && n < max) {
        /* the next unit: a time expression or a figure */
        size_t ua = b, ub = b;
        int what = W_WORD;
        /* M2月增率, M1B年增率: a digit after a Latin letter belongs to the
         * name of a statistic, not to a time expression */
        while (di < s->nd && s->dates[di].span.start < b && s->dates[di].span.start > 0 &&
               ((s->f[s->dates[di].span.start - 1] | 0x20) >= 'a' &&
                (s->f[s->dates[di].span.start - 1] | 0x20) <= 'z'))
            di++;
        if (di < s->nd && s->dates[di].span.start < b) {
            ua = s->dates[di].span.start;
            ub = s->dates[di].span.stop;
            what = W_TIME;
        }
        if (fi < s->out.n && s->out.v[fi].span.start < ua) {
            ua = s->out.v[fi].span.start;
            ub = s->out.v[fi].span.stop;
            what = W_FIGURE;
        }
        if (ua < i)
            ua = i;
        if (ua > i) {
            size_t m = segment_across_gaps(s, i, ua, lw, MAX_WORDS);
            if (m == (size_t)-1)
                m = tally_lex_segment_cached(s->lex_cache, s->f, i, ua, lw, MAX_WORDS);
            for (size_t k = 0; k < m && n < max; k++)
                out[n++] = (word){lw[k].start, lw[k].stop, lw[k].cls, W_WORD, lw[k].cost};
            if (m == 0 || lw[m - 1].stop < ua) /* cut: too long a stretch */
                break;
        }
        if (ua >= b || n >= max)
            break;
        if (ub > b)
            ub = b;
        out[n++] = (word){ua, ub, what == W_TIME ? LEX_TIME : LEX_NUMERAL, what, 0};
        i = ub;
        if (what == W_TIME)
            di++;
        else
            fi++;
    }
    return n;
}

/* A comma between two digits groups thousands (5,098,508及1,379,936人次). */
static int thousands_comma(const scan *s, size_t lo, size_t at)
{
    return s->f[at] == ',' && at > lo && s->f[at - 1] >= '0' && s->f[at - 1] <= '9' &&
           at + 1 < s->len && s->f[at + 1] >= '0' && s->f[at + 1] <= '9';
}

/* The start of the clause holding i, not before lo, read across commas that
 * group the digits of a figure and across line breaks inside the sentence. */
/* The start of the time expression that holds the byte at p inside it (a
 * bracket of 上（11）月), or p itself when none does. */
static size_t time_holding(const scan *s, size_t p)
{
    size_t lo = 0, hi = s->nd;
    while (lo < hi) { /* the first date ending after p */
        size_t m = lo + (hi - lo) / 2;
        if (s->dates[m].span.stop <= p)
            lo = m + 1;
        else
            hi = m;
    }
    return lo < s->nd && s->dates[lo].span.start < p ? s->dates[lo].span.start : p;
}

size_t fig_clause_start(const scan *s, size_t lo, size_t i)
{
    size_t cs = clause_start(s, lo, i);
    /* a line break inside the sentence is print layout (撬动综合消费\n33亿元);
     * a bracket inside a time expression (由上（11）月的4.88%) ends no clause */
    while (cs > lo) {
        size_t t;
        if (thousands_comma(s, lo, cs - 1) || s->f[cs - 1] == '\n')
            cs = clause_start(s, lo, cs - 1);
        else if ((t = time_holding(s, cs - 1)) < cs - 1)
            cs = clause_start(s, lo, t > lo ? t : lo);
        else
            break;
    }
    return cs;
}

/* Where a sentence starting at lo begins when a line break of print layout
 * cut it (撬动综合消费⏎33亿元以上): the start of the line before, when that
 * line ends in a Han character and holds a comma or a semicolon (a line of
 * prose, not a title or a heading); else lo. */
size_t fig_wrapped_start(const scan *s, size_t lo)
{
    size_t e = lo, p;
    int wrapped = 0;
    while (e > 0 && (s->f[e - 1] == '\n' || s->f[e - 1] == '\r' || s->f[e - 1] == ' ')) {
        wrapped |= s->f[e - 1] == '\n';
        e--;
    }
    if (!wrapped || e == 0 || !is_han(utf8_prev(s->f, e, &p)))
        return lo;
    int comma = 0;
    size_t q = e;
    for (int chars = 0; q > 0 && s->f[q - 1] != '\n' && chars < 4 * CLAUSE_CHARS; chars++) {
        uint32_t d = utf8_prev(s->f, q, &q);
        comma |= d == 0xFF0C || d == ',' || d == 0xFF1B || d == ';'; /* or a semicolon */
        if (d == 0x3002) { /* the line's last sentence starts after its 。 */
            q += 3;
            break;
        }
    }
    return comma ? q : lo;
}
