/* The kind stage (spec/figures.md, "Kind"): the unit gives the kind; a
 * percentage, a multiple (倍) or percentage points become growth when a trend
 * word governs them (增长3.2%), with the sign of the word (下降) and its base
 * (同比) as the scope. */
#include "figure_scan.h"

const char *tally_figure_kind_name(tally_figure_kind kind)
{
    static const char *const names[] = {"money", "quantity", "percent", "growth", "pp",
                                        "rank",  "ratio",    "time",    "ordinal"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : NULL;
}

int tally_figure_kind_from_name(const char *name)
{
    for (int k = 0; k <= TALLY_FIG_ORDINAL; k++)
        if (strcmp(tally_figure_kind_name((tally_figure_kind)k), name) == 0)
            return k;
    return -1;
}

const char *tally_approx_name(tally_approx a)
{
    static const char *const names[] = {NULL, "about", "over", "under"};
    return (unsigned)a < 4 ? names[a] : NULL;
}

int tally_approx_from_name(const char *name)
{
    for (int k = 1; k < 4; k++)
        if (strcmp(tally_approx_name((tally_approx)k), name) == 0)
            return k;
    return -1;
}

/* What may stand between a trend word and its figure. Not 至 or 到:
 * 下降到5% gives the level reached, not the change. */
static const char *const trend_gap_words[] = {"了", "达到", "达", "为", "分别", "、", "和", "及",
                                              "与", "高达", "仅", "约", " ", "保持在", "稳定在",
                                              "维持在", "保持", NULL};

/* The trend word governing a figure starting at a (list members and a few
 * particles may stand between), or NULL; *base gets the comparison base
 * word before it in the clause, if any. */
static const trend_rule *trend_before(const scan *s, size_t lo, size_t a, tally_span *base)
{
    size_t cs = clause_start(s, lo, a), i = a;
    base->start = base->stop = 0;
    const trend_rule *found = NULL;
    for (int guard = 0; guard < 64 && i > cs; guard++) {
        /* the longest trend word ending at i */
        const trend_rule *best = NULL;
        for (size_t k = 0; k < s->r->trends.n; k++) {
            const trend_rule *t = &s->r->trends.v[k];
            if (t->wlen <= i - cs && memcmp(s->f + i - t->wlen, t->word, t->wlen) == 0 &&
                (!best || t->wlen > best->wlen))
                best = t;
        }
        if (best) {
            if (best->base) {
                base->start = i - best->wlen;
                base->stop = i;
                if (!found)
                    found = best; /* 同比3% alone */
                break;
            }
            if (!found)
                found = best;
            i -= best->wlen;
            continue; /* a base may stand before: 同比增长 */
        }
        if (found)
            break;
        /* an earlier figure of the same list */
        int moved = 0;
        for (size_t k = s->out.n; k-- > 0;) {
            if (s->out.v[k].span.stop == i && s->out.v[k].span.start >= cs) {
                i = s->out.v[k].span.start;
                moved = 1;
                break;
            }
            if (s->out.v[k].span.stop < cs)
                break;
        }
        if (moved)
            continue;
        size_t wl;
        if (tally_word_before(trend_gap_words, s->f, i, &wl) && i - wl >= cs) {
            i -= wl;
            continue;
        }
        break;
    }
    if (!found) {
        /* 高于全国平均6.7个百分点: the comparison's object stands between */
        size_t wl;
        for (size_t p = i, chars = 0; p > cs && chars < 12; chars++) {
            if (tally_word_before(tally_comparatives, s->f, p, &wl)) {
                for (size_t k = 0; k < s->r->trends.n; k++)
                    if (s->r->trends.v[k].wlen == wl &&
                        memcmp(s->r->trends.v[k].word, s->f + p - wl, wl) == 0)
                        return &s->r->trends.v[k];
            }
            size_t q;
            utf8_prev(s->f, p, &q);
            p = q;
        }
    }
    /* a base further back in the clause still names the comparison */
    if (found && base->stop == 0) {
        for (size_t p = i; p > cs;) {
            size_t q;
            utf8_prev(s->f, p, &q);
            for (size_t k = 0; k < s->r->trends.n; k++) {
                const trend_rule *t = &s->r->trends.v[k];
                if (t->base && q + t->wlen <= a && utf8_starts(s->f, a, q, t->word, t->wlen)) {
                    base->start = q;
                    base->stop = q + t->wlen;
                    return found;
                }
            }
            p = q;
        }
    }
    return found;
}
/* Growth, pp and multiples read their sign and base from the trend word. */
void fig_apply_trend(scan *s, size_t lo, tally_figure *fig)
{
    if (fig->kind != TALLY_FIG_PERCENT && fig->kind != TALLY_FIG_PP &&
        strcmp(fig->unit, "倍") != 0)
        return;
    tally_span base;
    const trend_rule *t = trend_before(s, lo, fig->span.start, &base);
    if (!t)
        return;
    if (fig->kind != TALLY_FIG_PP)
        fig->kind = TALLY_FIG_GROWTH;
    if (t->sign < 0) {
        fig->value = -fig->value;
        fig->value_max = -fig->value_max;
    }
    if (fig->kind == TALLY_FIG_GROWTH && base.stop > base.start)
        fig->scope = base;
}
