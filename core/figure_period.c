/* The period stage (spec/figures.md, "Period"): the last time expression
 * before the figure in its sentence that can be a period; a sentence opening
 * with 其中 takes the period of the sentence before. */
#include "figure_scan.h"

/* The last period-giving time expression in [from, a), looking back over at
 * most a bounded number of expressions; dates are sorted by start. */
static tally_span last_period(const scan *s, size_t from, size_t a)
{
    size_t lo = 0, hi = s->nd;
    while (lo < hi) { /* the first date starting at or after a */
        size_t m = lo + (hi - lo) / 2;
        if (s->dates[m].span.start < a)
            lo = m + 1;
        else
            hi = m;
    }
    for (size_t k = lo, steps = 0; k-- > 0 && steps < 64; steps++) {
        const tally_date *d = &s->dates[k];
        if (d->span.start < from)
            break;
        if (d->is_period && d->span.stop <= a)
            return d->span;
    }
    return (tally_span){0, 0};
}
tally_span fig_period_for(const scan *s, const tally_span *sent, size_t n_sent, size_t si,
                          size_t a)
{
    const tally_span *sp = &sent[si];
    tally_span best = last_period(s, sp->start, a);
    if (best.stop > best.start)
        return best;
    /* a sentence opening with 其中 takes the period of the one before */
    size_t i = skip_space(s, sp->start, sp->stop);
    if (si > 0 && si < n_sent && utf8_starts(s->f, sp->stop, i, "其中", 6))
        best = last_period(s, sent[si - 1].start, sent[si - 1].stop);
    return best;
}
