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

const char *tally_status_name(tally_status status)
{
    static const char *const names[] = {"actual", "target", "forecast", "plan"};
    return (unsigned)status < 4 ? names[status] : NULL;
}

const char *tally_region_scope_name(tally_region_scope scope)
{
    static const char *const names[] = {"document", "named", "country"};
    return (unsigned)scope < 3 ? names[scope] : NULL;
}

int tally_approx_from_name(const char *name)
{
    for (int k = 1; k < 4; k++)
        if (strcmp(tally_approx_name((tally_approx)k), name) == 0)
            return k;
    return -1;
}

/* What may stand between a trend word and its figure. Not 至 or 到:
 * 下降到5% gives the level reached, not the change. 或 restates the change
 * in another measure (跌312点或1.5%). */
static const char *const trend_gap_words[] = {"了", "达到", "达", "为", "分别", "、", "和", "及",
                                              "与", "或", "高达", "仅", "约", " ", "保持在", "稳定在",
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
/* The longest trend word (not a base) starting at i, or NULL. */
static const trend_rule *trend_at(const scan *s, size_t i, size_t hi)
{
    const trend_rule *best = NULL;
    for (size_t k = 0; k < s->r->trends.n; k++) {
        const trend_rule *t = &s->r->trends.v[k];
        if (!t->base && utf8_starts(s->f, hi, i, t->word, t->wlen) && (!best || t->wlen > best->wlen))
            best = t;
    }
    return best;
}

static size_t word_at(const char *const *words, const char *f, size_t i, size_t hi)
{
    size_t best = 0;
    for (size_t k = 0; words[k]; k++) {
        size_t wl = strlen(words[k]);
        if (wl > best && utf8_starts(f, hi, i, words[k], wl))
            best = wl;
    }
    return best;
}

/* RATE_NOUN_LEAD: the Han characters of a noun that may stand before the
 * rate noun (经济 in 6.9%的经济增速, 工业 in 8%的工业增速). */
#define RATE_NOUN_LEAD 2

/* 6.9%的经济增速, 5%的GDP增幅: after 的 a rate noun (tally_rate_nouns) that
 * ends its phrase (punctuation, a non-Han character or a word of
 * tally_rate_noun_followers after it), with up to RATE_NOUN_LEAD Han
 * characters or one Latin word of a noun before it, names the rate the
 * figure is: its sign, or 0. */
static int rate_noun_after(const scan *s, size_t i, size_t hi)
{
    size_t p = i;
    while (p < hi && ((s->f[p] >= 'A' && s->f[p] <= 'Z') || (s->f[p] >= 'a' && s->f[p] <= 'z')))
        p++;
    int lead = p > i;
    for (int n = 0; n <= RATE_NOUN_LEAD && p < hi; n++) {
        for (size_t k = 0; tally_rate_nouns[k].word; k++) {
            size_t wl = strlen(tally_rate_nouns[k].word);
            if (!utf8_starts(s->f, hi, p, tally_rate_nouns[k].word, wl))
                continue;
            size_t e = p + wl, q = e;
            uint32_t c = e < hi ? utf8_next(s->f, hi, &q) : 0;
            if (!is_han(c) || word_at(tally_rate_noun_followers, s->f, e, hi))
                return tally_rate_nouns[k].sign;
        }
        if (lead)
            break;
        size_t q = p;
        if (!is_han(utf8_next(s->f, hi, &q)))
            break;
        p = q;
    }
    return 0;
}

/* 录得2.1%的升幅, 0.4%的跌幅, 2.1%的实质增长: a trend word after the
 * figure and 的 (and 实质, 按年 …) governs it, unless it is the start of a
 * noun (30%的增加值). */
static int trend_after(const scan *s, size_t e, size_t hi)
{
    /* 录得14%及6.6%的跌幅: the later members of a list of percents stand
     * between the figure and its 的 */
    size_t wl;
    for (int members = 0;
         members < 12 && tally_word_at(tally_unit_list_joins, s->f, hi, fig_gap(s->f, e, hi), &wl);
         members++) {
        double v;
        int zh;
        tally_approx ap = TALLY_APPROX_NONE;
        size_t j = fig_gap(s->f, fig_gap(s->f, e, hi) + wl, hi), n = fig_numeral_starts(s, j, hi) ? fig_number_at(s, j, hi, &v, &zh, &ap) : 0;
        const unit_rule *u = n ? tally_rules_unit_at(s->r, s->f, hi, n) : NULL;
        if (!u || u->kind != TALLY_FIG_PERCENT)
            break;
        e = n + u->wlen;
    }
    if (!utf8_starts(s->f, hi, e, "的", 3))
        return 0;
    size_t i = e + 3;
    for (int round = 0; round < 2 && (wl = word_at(tally_trend_after_modifiers, s->f, i, hi)); round++)
        i += wl;
    const trend_rule *t = trend_at(s, i, hi);
    if (t && !word_at(tally_trend_noun_endings, s->f, i + t->wlen, hi))
        return t->sign;
    return rate_noun_after(s, i, hi);
}

/* Whether the figure's text opens with a minus sign written before its
 * number (增速为-2.1%, figures.c). */
static int written_minus(const scan *s, const tally_figure *f)
{
    size_t k = f->span.start;
    uint32_t c = utf8_next(s->f, f->span.stop, &k);
    return c == '-' || c == 0x2212 || c == 0xFF0D || c == 0x8D1F; /* 负 */
}

/* 经济成长率…为3.28%, 升幅扩大至2.4%: the nearest rate or level noun before
 * the figure in its sentence (at most two clauses' worth back); a rate noun
 * gives its sign, a level noun (比重, 失业率) or none gives 0, and a level noun
 * in the figure's clause sets *level. A change in points right before the level it reached is read
 * through (占比提高1.4个百分点至18.1%: the noun before the change names both). */
static int rate_noun_before(const scan *s, size_t lo, size_t a, int *level)
{
    size_t p = a;
    *level = 0;
    for (int chars = 0; p > lo && chars < 2 * CLAUSE_CHARS; chars++) {
        for (size_t k = 0; tally_rate_nouns[k].word; k++) {
            size_t wl = strlen(tally_rate_nouns[k].word);
            if (wl <= p - lo && memcmp(s->f + p - wl, tally_rate_nouns[k].word, wl) == 0)
                return tally_rate_nouns[k].sign;
        }
        size_t wl;
        if (tally_word_before(tally_level_nouns, s->f, p, &wl)) {
            *level = p > clause_start(s, lo, a);
            return 0;
        }
        /* an earlier figure in between: a growth continues the list
         * (下修至1.74%；明年…下修至2.59%), a change in points just before 至/到
         * is the change of this level, anything else measures something else */
        for (size_t k = s->out.n; k-- > s->sent_first;)
            if (s->out.v[k].span.stop == p) {
                const tally_figure *f = &s->out.v[k];
                if (f->kind == TALLY_FIG_PP && f->span.stop + 3 == a &&
                    tally_word_before(tally_level_marks, s->f, a, &wl)) {
                    p = f->span.start;
                    goto next;
                }
                if (f->kind != TALLY_FIG_GROWTH)
                    return 0;
                /* a sign written before the earlier rate is its own, not a
                 * falling word's (修正为-3.31%(原为-2.87%)): the list goes on
                 * as growth, each member with the sign it is written with */
                return f->value < 0 && !written_minus(s, f) ? -1 : 1;
            }
        size_t q;
        utf8_prev(s->f, p, &q);
        p = q;
    next:;
    }
    return 0;
}

/* How far back (bytes) a growth rate named before still governs a forecast
 * or a revised level of it: a few clauses, across a sentence's end. */
#define RATE_CONTEXT_BYTES 300

/* The nearest figure found before a, within RATE_CONTEXT_BYTES; NULL if none. */
static const tally_figure *figure_before(const scan *s, size_t a)
{
    for (size_t k = s->out.n; k-- > 0;) {
        const tally_figure *f = &s->out.v[k];
        if (f->span.stop > a)
            continue;
        return a - f->span.stop <= RATE_CONTEXT_BYTES ? f : NULL;
    }
    return NULL;
}

/* Whether a level noun (份额, 比重; tally_level_nouns) that is not the end
 * of a rate noun (增长率) stands in [a, b). */
static int level_noun_between(const scan *s, size_t a, size_t b)
{
    for (size_t p = a + 1; p <= b; p++) { /* UTF-8: a word matches only at a character */
        size_t wl;
        if (tally_word_before(tally_level_nouns, s->f, p, &wl) && p - wl >= a) {
            int rate = 0;
            for (size_t k = 0; tally_rate_nouns[k].word && !rate; k++) {
                size_t rl = strlen(tally_rate_nouns[k].word);
                rate = rl <= p - a && memcmp(s->f + p - rl, tally_rate_nouns[k].word, rl) == 0;
            }
            if (!rate)
                return 1;
        }
    }
    return 0;
}

/* A percent that states a growth rate without a trend word before it:
 * - an output aggregate revised to it (GDP上修至2.42%, 经济下调至3%): the
 *   percent of an aggregate's revision is its growth;
 * - a statistic's name before it (预测数2.3%, 八月预测的2.31%) after a
 *   growth figure: the forecast or estimate of that growth rate;
 * - the level reached by a change in points (下修0.57个百分点，到1.74%)
 *   of a growth rate.
 * Returns 1, or 0 when none applies. */
static int growth_level(const scan *s, size_t lo, size_t a)
{
    size_t wl, p = a;
    /* an aggregate, a revision verb, 至/到/为 */
    if (tally_word_before(tally_level_marks, s->f, p, &wl)) {
        size_t q = p - wl;
        if (tally_word_before(tally_revision_verbs, s->f, q, &wl)) {
            q -= wl;
            while (q > lo && s->mask[q - 1]) /* a year between: 107年GDP */
                q--;
            if (tally_word_before(tally_growth_aggregates, s->f, q, &wl))
                return 1;
        }
    }
    const tally_figure *prev = figure_before(s, a);
    if (!prev)
        return 0;
    /* a statistic's name, with or without 的 */
    p = a;
    if (p >= lo + 3 && utf8_starts(s->f, p, p - 3, "的", 3))
        p -= 3;
    if (tally_word_before(tally_subject_report_nouns, s->f, p, &wl))
        return prev->kind == TALLY_FIG_GROWTH;
    /* 下修0.57个百分点，到1.74%; not when a share or level is named
     * between the growth and the change in points (同比下降1.6%的大环境下，
     * 市场份额增长了0.3个百分点，达到14%: the change is the share's) */
    if (prev->kind == TALLY_FIG_PP && tally_word_before(tally_level_marks, s->f, a, &wl)) {
        const tally_figure *before = figure_before(s, prev->span.start);
        return before && before->kind == TALLY_FIG_GROWTH &&
               !level_noun_between(s, before->span.stop, prev->span.start);
    }
    return 0;
}

/* The bracket pair around fig ((7.7%), （7.7%）): 1 and *open the bracket's
 * start, or 0. */
static int bracketed(const scan *s, size_t lo, size_t hi, const tally_figure *fig, size_t *open_at)
{
    size_t k = fig->span.stop;
    if (fig->span.start <= lo || k >= hi)
        return 0;
    uint32_t open = utf8_prev(s->f, fig->span.start, open_at);
    uint32_t close = utf8_next(s->f, hi, &k);
    return (open == '(' && close == ')') || (open == 0xFF08 && close == 0xFF09);
}

/* 较104年增加6萬9千人(0.62%): a percent alone in brackets right after a
 * count or amount that a trend word governs restates that change as a rate:
 * the trend's sign, or 0 when none applies. */
static int bracketed_change(const scan *s, size_t lo, size_t hi, const tally_figure *fig)
{
    size_t p;
    if (!bracketed(s, lo, hi, fig, &p))
        return 0;
    const tally_figure *prev = s->out.n > s->sent_first ? &s->out.v[s->out.n - 1] : NULL;
    if (!prev || prev->span.stop != p ||
        (prev->kind != TALLY_FIG_QUANTITY && prev->kind != TALLY_FIG_MONEY))
        return 0;
    tally_span base;
    const trend_rule *t = trend_before(s, lo, prev->span.start, &base);
    return t && !t->base ? t->sign : 0;
}

/* 增长8.4%，增速…比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点: a
 * percent alone in brackets after a comparison mark (tally_bracket_compared_marks)
 * and the places compared is the compared value of the rate the sentence
 * states before the mark, so it takes that rate's kind: 1 when the nearest
 * percent figure before the mark is a growth (changes in points between are
 * skipped: 增速同比提高0.8个百分点), else 0. Earlier bracketed values of the
 * same comparison may stand between the mark and the figure. */
static int compared_in_brackets(const scan *s, size_t lo, size_t hi, const tally_figure *fig)
{
    size_t q;
    if (!bracketed(s, lo, hi, fig, &q))
        return 0;
    size_t mark = 0;
    for (int chars = 0; q > lo && chars < CLAUSE_CHARS && !mark; chars++) {
        size_t wl, r;
        if (tally_word_before(tally_bracket_compared_marks, s->f, q, &wl) &&
            !tally_word_before(tally_level_nouns, s->f, q, &r)) { /* 占比(30%) is a share */
            mark = q - wl;
            break;
        }
        uint32_t c = utf8_prev(s->f, q, &r);
        if (c == ')' || c == 0xFF09) {
            /* an earlier compared value: (7.7%)和全国(7.0%) */
            int through = 0;
            for (size_t k = s->sent_first; k < s->out.n && !through; k++) {
                const tally_figure *f = &s->out.v[k];
                size_t o;
                if (f->span.stop == r && strcmp(f->unit, "%") == 0 && bracketed(s, lo, hi, f, &o)) {
                    q = o;
                    through = 1;
                }
            }
            if (!through)
                return 0;
            continue;
        }
        if (clause_end(c) || (r < q && s->mask[r] && c >= '0' && c <= '9'))
            return 0;
        q = r;
    }
    if (!mark)
        return 0;
    const tally_figure *nearest = NULL;
    for (size_t k = s->sent_first; k < s->out.n; k++) {
        const tally_figure *f = &s->out.v[k];
        if (f->span.stop <= mark && strcmp(f->unit, "%") == 0 &&
            (!nearest || f->span.stop > nearest->span.stop))
            nearest = f;
    }
    return nearest && nearest->kind == TALLY_FIG_GROWTH;
}

/* 年增率下降为4.40%, 变动率由上月50.3%减为38%: a change verb (a trend word
 * that is no rate noun: not 增速为) then a mark of the level it came to
 * (tally_change_level_marks: 为) right before the figure states the level
 * reached, as 下降到5% does; the figure is then read as a level (a rate noun
 * before it may still make it a growth rate). */
static int change_to_level_mark(const scan *s, size_t lo, size_t a)
{
    size_t p = a, wl;
    while (p > lo && (s->f[p - 1] == ' ' || s->f[p - 1] == '\t'))
        p--;
    if (!tally_word_before(tally_change_level_marks, s->f, p, &wl) || p - wl < lo)
        return 0;
    p -= wl;
    while (p > lo && (s->f[p - 1] == ' ' || s->f[p - 1] == '\t'))
        p--;
    const trend_rule *best = NULL;
    for (size_t k = 0; k < s->r->trends.n; k++) {
        const trend_rule *t = &s->r->trends.v[k];
        if (!t->base && t->wlen <= p - lo && memcmp(s->f + p - t->wlen, t->word, t->wlen) == 0 &&
            (!best || t->wlen > best->wlen))
            best = t;
    }
    if (!best)
        return 0;
    for (size_t k = 0; tally_rate_nouns[k].word; k++) {
        size_t rl = strlen(tally_rate_nouns[k].word);
        if (rl <= p - lo && memcmp(s->f + p - rl, tally_rate_nouns[k].word, rl) == 0)
            return 0;
    }
    return 1;
}

/* Growth, pp and multiples read their sign and base from the trend word. */
void fig_apply_trend(scan *s, size_t lo, size_t hi, tally_figure *fig)
{
    if (fig->kind != TALLY_FIG_PERCENT && fig->kind != TALLY_FIG_PP &&
        strcmp(fig->unit, "倍") != 0)
        return;
    tally_span base;
    const trend_rule *t = trend_before(s, lo, fig->span.start, &base);
    /* 低于八月预测的2.47%: after 的 the number is the compared level itself,
     * not a difference */
    size_t wl;
    if (t && fig->span.start >= lo + 3 && utf8_starts(s->f, fig->span.start, fig->span.start - 3, "的", 3) &&
        tally_word_before(tally_comparatives, t->word, t->wlen, &wl) && wl == t->wlen)
        t = NULL;
    if (t && fig->kind == TALLY_FIG_PERCENT && change_to_level_mark(s, lo, fig->span.start))
        t = NULL;
    if (!t) {
        int sign = trend_after(s, fig->span.stop, hi);
        int level = 0;
        if (!sign && fig->kind == TALLY_FIG_PERCENT)
            sign = compared_in_brackets(s, lo, hi, fig);
        if (!sign && fig->kind == TALLY_FIG_PERCENT)
            sign = rate_noun_before(s, lo, fig->span.start, &level);
        if (!sign && !level && fig->kind == TALLY_FIG_PERCENT)
            sign = growth_level(s, lo, fig->span.start);
        if (!sign && fig->kind == TALLY_FIG_PERCENT)
            sign = bracketed_change(s, lo, hi, fig);
        if (!sign)
            return;
        if (fig->kind != TALLY_FIG_PP)
            fig->kind = TALLY_FIG_GROWTH;
        if (sign < 0 && !written_minus(s, fig)) {
            fig->value = -fig->value;
            fig->value_max = -fig->value_max;
        }
        return;
    }
    if (fig->kind != TALLY_FIG_PP)
        fig->kind = TALLY_FIG_GROWTH;
    if (t->sign < 0) {
        fig->value = -fig->value;
        fig->value_max = -fig->value_max;
    }
    if (fig->kind == TALLY_FIG_GROWTH && base.stop > base.start)
        fig->scope = base;
}
