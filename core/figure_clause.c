/* The clause read as words (figure_clause.h). */
#include "figure_clause.h"

#include "lex_cache.h"

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
            size_t m = tally_lex_segment_cached(s->lex_cache, s->f, i, ua, lw, MAX_WORDS);
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
