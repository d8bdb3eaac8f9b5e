/* The period stage (spec/figures.md, "period"): the last time expression
 * before the figure in its sentence that can be a period (the filters are in
 * figure_period_filters.c); a sentence opening with 其中 takes the period of
 * the sentence before. The period's key: figure_period_key.c. */
#include "figure_period.h"

#include <stdio.h>
#include <stdlib.h>

/* A period joined to the one before it (1月及2月合计): the span of both. */
static tally_span joined_period(const scan *s, size_t k, size_t from)
{
    tally_span sp = s->dates[k].span;
    size_t wl;
    while (k > 0) {
        const tally_date *p = &s->dates[k - 1];
        if (p->span.start < from || !p->is_period ||
            !tally_word_at(tally_period_joins, s->f, s->len, p->span.stop, &wl) ||
            p->span.stop + wl != sp.start)
            break;
        sp.start = p->span.start;
        k--;
    }
    return sp;
}

/* 截至2013年11月底的三个月, 至今年1月为止的十二个月: a month, a link and a
 * count of months after it (a duration to dates.c) are one period, the
 * months that end there; sp is date k's period, widened when so. */
static tally_span months_to(const scan *s, size_t k, size_t a, tally_span sp)
{
    size_t wl, e = s->dates[k].span.stop;
    if (k + 1 >= s->nd || !tally_word_at(tally_period_months_to_links, s->f, s->len, e, &wl))
        return sp;
    const tally_date *n = &s->dates[k + 1];
    if (n->span.start != e + wl || n->span.stop > a || n->kind != TALLY_DATE_DURATION ||
        n->span.stop - n->span.start < 6 || memcmp(s->f + n->span.stop - 6, "个月", 6) != 0)
        return sp;
    sp.stop = n->span.stop;
    return sp;
}

/* The last period-giving time expression in [from, a), looking back over at
 * most a bounded number of expressions; dates are sorted by start. */
static tally_span last_period(const scan *s, size_t from, size_t a)
{
    size_t lo = fig_period_first_date(s, a);
    for (size_t k = lo, steps = 0; k-- > 0 && steps < 64; steps++) {
        const tally_date *d = &s->dates[k];
        if (d->span.start < from)
            break;
        if (fig_period_candidate(s, k, from, a))
            return months_to(s, k, a, joined_period(s, k, from));
    }
    return (tally_span){0, 0};
}

/* 从十月底概估的1.58%: 从 alone, with no end of a span after the time
 * (以来, 起, 至), is a preposition and no part of the period. */
static tally_span without_from(const scan *s, tally_span p)
{
    static const char *const spans[] = {"以来", "起", "至", "到", "开始", NULL};
    if (p.stop - p.start <= 3 || !utf8_starts(s->f, p.stop, p.start, "从", 3))
        return p;
    for (size_t i = p.start; i < p.stop; i++) {
        size_t wl;
        if (tally_word_at(spans, s->f, p.stop, i, &wl))
            return p;
    }
    p.start += 3;
    return p;
}

/* Whether [a, b) speaks of a level at a date (tally_period_stock_words: 余额,
 * 存量): a carried period is then the point in time the sentence before named
 * (三季度末), not its flow's months (前三季度). */
static int states_level(const scan *s, size_t a, size_t b)
{
    return tally_words_in(tally_period_stock_words, s->f, a, b);
}

/* The last candidate period in [from, to) that is a point in time (三季度末,
 * 6月底, 年末: ends in 末 or 底); an empty span when none. */
static tally_span last_point_period(const scan *s, size_t from, size_t to)
{
    static const char *const points[] = {"末", "底", NULL};
    size_t lo = fig_period_first_date(s, to);
    for (size_t k = lo, steps = 0; k-- > 0 && steps < 64; steps++) {
        const tally_date *d = &s->dates[k];
        if (d->span.start < from)
            break;
        size_t wl;
        if (tally_word_before(points, s->f, d->span.stop, &wl) &&
            fig_period_candidate(s, k, from, to))
            return d->span;
    }
    return (tally_span){0, 0};
}

/* How many sentences back a carried period is looked for (月内 after 月内). */
#define PERIOD_CARRY_SENTENCES 4

/* Whether the text at i opens a list item: a numeral and 是 or 、 (二是, 三、),
 * a bracket, digits and a point (2.), or an ordering word and a comma (其次，). */
static int opens_list_item(const scan *s, size_t i, size_t b)
{
    static const char *const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九",
                                           "十", NULL};
    static const char *const marks[] = {"是", "、", "，", ",", NULL};
    static const char *const orderings[] = {"首先", "其次", "再次", "再者", "最后", "此外", NULL};
    size_t wl, j = i;
    if (j < b && (s->f[j] == '(' || utf8_starts(s->f, b, j, "（", 3)))
        return 1;
    if (j < b && s->f[j] >= '0' && s->f[j] <= '9') {
        while (j < b && s->f[j] >= '0' && s->f[j] <= '9')
            j++;
        return j < b && (s->f[j] == '.' || utf8_starts(s->f, b, j, "、", 3));
    }
    if (utf8_starts(s->f, b, j, "第", 3))
        j += 3;
    if (tally_word_at(numerals, s->f, b, j, &wl))
        return tally_word_at(marks, s->f, b, j + wl, &wl) != NULL;
    if (tally_word_at(orderings, s->f, b, i, &wl)) {
        static const char *const commas[] = {"，", ",", NULL};
        return tally_word_at(commas, s->f, b, i + wl, &wl) != NULL;
    }
    return 0;
}

/* The start of what follows an opening clause that says how a total is
 * divided (以主要中业分，按行业分，分产业看，: 以/按/分 first, 分/看/来看 last,
 * at most 12 characters), or 0 when [i, b) opens with none. */
static size_t classifying_clause_end(const scan *s, size_t i, size_t b)
{
    static const char *const opens[] = {"以", "按", "分", "从", NULL};
    static const char *const closes[] = {"分", "看", "来看", "划分", NULL};
    size_t wl;
    if (!tally_word_at(opens, s->f, b, i, &wl))
        return 0;
    for (size_t p = i + wl, chars = 0; p < b && chars < 12; chars++) {
        size_t q = p;
        uint32_t c = utf8_next(s->f, b, &q);
        if (c == 0xFF0C || c == ',') {
            size_t cl;
            if (!tally_word_before(closes, s->f, p, &cl))
                return 0;
            return skip_space(s, q, b);
        }
        if (!is_han(c))
            return 0;
        p = q;
    }
    return 0;
}

/* Whether sentence sp opens with a word that carries the period before, or
 * goes on a sentence cut by a line break of print layout (撬动综合消费⏎33
 * 亿元以上: the line before ends in no punctuation). */
static int opens_with_carry(const scan *s, const tally_span *sp, const tally_span *before)
{
    size_t wl, i = skip_space(s, sp->start, sp->stop);
    if (tally_word_at(tally_period_carry_words, s->f, sp->stop, i, &wl))
        return 1;
    /* 以主要中业分，其中积体电路业…: a clause of how the total is divided
     * (以…分, 按…分, 分…看), then 其中 */
    size_t after = classifying_clause_end(s, i, sp->stop);
    if (after && tally_word_at(tally_period_carry_words, s->f, sp->stop, after, &wl))
        return 1;
    /* a list of clauses cut at ； (…增幅卅八·六%；其次为来自东协国家…): one
     * sentence of the spec, which ends at 。, so the period goes on — not into
     * a list item of its own (；二是引进外资…, ；其次，新设企业…) */
    if (!opens_list_item(s, i, sp->stop)) {
        size_t e = before->stop, q;
        while (e > before->start && (s->f[e - 1] == ' ' || s->f[e - 1] == '\n' || s->f[e - 1] == '\r'))
            e--;
        if (e > before->start) {
            uint32_t c = utf8_prev(s->f, e, &q);
            int newline = 0;
            for (size_t k = e; k < sp->start; k++)
                newline |= s->f[k] == '\n';
            if ((c == 0xFF1B || c == ';') && !newline)
                return 1;
        }
    }
    size_t e = before->stop, p;
    int wrapped = 0;
    while (e > before->start && (s->f[e - 1] == '\n' || s->f[e - 1] == '\r' || s->f[e - 1] == ' ')) {
        wrapped |= s->f[e - 1] == '\n';
        e--;
    }
    if (!wrapped) {
        for (size_t q = before->stop; q < sp->start; q++)
            wrapped |= s->f[q] == '\n';
    }
    if (!wrapped || e <= before->start)
        return 0;
    uint32_t c = utf8_prev(s->f, e, &p);
    if (!is_han(c) || fig_numeral_char_before(s, e))
        return 0;
    /* a line of prose, not a dateline, title or heading: it holds a comma */
    return fig_line_holds_comma(s, before->start, e);
}

int fig_line_holds_comma(const scan *s, size_t floor, size_t e)
{
    size_t q = e;
    while (q > floor && s->f[q - 1] != '\n')
        q--;
    size_t line = q;
    for (q = e; q > line;) {
        uint32_t d = utf8_prev(s->f, q, &q);
        if (d == 0xFF0C || d == ',')
            return 1;
        /* 、 of a list item's mark (二、2024年主要目标) is no comma of prose */
        if (d == 0x3001 && !fig_list_mark_before(s, line, q))
            return 1;
    }
    return 0;
}

int fig_list_mark_before(const scan *s, size_t line, size_t q)
{
    size_t p = line;
    while (p < q && (s->f[p] == ' ' || s->f[p] == '\t'))
        p++;
    if (utf8_starts(s->f, q, p, "第", 3))
        p += 3;
    if (p >= q)
        return 0;
    while (p < q) {
        size_t r = p;
        uint32_t c = utf8_next(s->f, q, &r);
        if (!(c >= '0' && c <= '9') && !fig_numeral_char_before(s, r))
            return 0;
        p = r;
    }
    return 1;
}

static tally_span compared_time_ending(const scan *s, size_t from, size_t e);

/* 较104年的0.72%, 较去年2.19%, 较上月之5.23%, 由去年的衰退9%: a figure right
 * after a compared time (with 的 or 之 between, and after them a word of
 * change) is that time's value, so the compared time is its period. Returns
 * the time's span, or an empty one. */
tally_span fig_period_compared_time(const scan *s, size_t from, size_t a)
{
    size_t e = a, wl, ll;
    /* 由上月 20.2%: the space of print layout before the figure */
    while (e > from && (s->f[e - 1] == ' ' || s->f[e - 1] == '\t'))
        e--;
    a = e;
    /* 由去年的衰退9%: a change word after the link */
    if (tally_word_before(tally_period_compared_value_words, s->f, e, &wl) && e >= from + wl &&
        tally_word_before(tally_period_compared_links, s->f, e - wl, &ll))
        e -= wl;
    if (tally_word_before(tally_period_compared_links, s->f, e, &ll) && e >= from + ll)
        e -= ll;
    else if (e != a)
        return (tally_span){0, 0};
    return compared_time_ending(s, from, e);
}

/* The compared time ending at e in the sentence from from (较去年, 从2012年;
 * dates.c's span may hold the lead 从), or an empty span. */
static tally_span compared_time_ending(const scan *s, size_t from, size_t e)
{
    size_t wl;
    /* from the first date starting at or after from: no walk over every
     * date of the document for each figure */
    size_t lo = fig_period_first_date(s, from);
    for (size_t k = lo; k < s->nd; k++) {
        const tally_date *d = &s->dates[k];
        if (d->span.start >= e)
            break;
        if (d->span.stop == e && d->span.start >= from && d->kind != TALLY_DATE_TIME &&
            tally_word_before(tally_period_compared_time_leads, s->f, d->span.start, &wl))
            return d->span;
        /* 从十月底概估的1.58%: dates.c's span holds the lead 从 */
        if (d->span.stop == e && d->span.start >= from && d->kind != TALLY_DATE_TIME &&
            d->span.stop - d->span.start > 3 && utf8_starts(s->f, e, d->span.start, "从", 3)) {
            tally_span t = without_from(s, d->span);
            if (t.start > d->span.start)
                return t;
        }
    }
    return (tally_span){0, 0};
}

/* Whether the figure at a is a compared estimate's value (较106年11月预测数
 * 2.3%, 低于八月预测的2.47%): a forecast. Its period is the one it
 * estimates, before it (figure_period_filters.c: a time before an estimate
 * dates the estimate only), not the month it was made. */
int fig_period_compared_estimate(const scan *s, size_t from, size_t a)
{
    size_t e = a, wl, ll;
    while (e > from && (s->f[e - 1] == ' ' || s->f[e - 1] == '\t'))
        e--;
    if (tally_word_before(tally_period_estimate_nouns, s->f, e, &wl) && e >= from + wl)
        e -= wl;
    else if (tally_word_before(tally_period_compared_links, s->f, e, &ll) && e >= from + ll &&
             tally_word_before(tally_period_estimate_verbs, s->f, e - ll, &wl) &&
             e - ll >= from + wl)
        e -= ll + wl;
    else
        return 0;
    return compared_time_ending(s, from, e).stop > 0;
}

/* 106年第4季初步统计: 初 of 初步 (preliminary) is no start of the quarter,
 * which dates.c reads (第4季初); the period is the quarter. 2023年截至目前:
 * the year, the words of now cut off. */
static tally_span without_preliminary(const scan *s, tally_span p)
{
    if (p.stop - p.start > 3 && utf8_starts(s->f, p.stop, p.stop - 3, "初", 3) &&
        utf8_starts(s->f, s->len, p.stop, "步", 3))
        p.stop -= 3;
    /* 2023年截至目前: the year */
    size_t now = p.stop > p.start ? fig_period_until_now(s, p) : p.stop;
    if (now > p.start)
        p.stop = now;
    return p;
}

static tally_span period_for(const scan *s, const tally_span *sent, size_t n_sent, size_t si,
                             size_t a);

/* The period of the figure at a in sentence si: a compared time it is the
 * value of (较104年的0.72%), else the last candidate before it in its
 * sentence, else the period a sentence opening with 其中 (or going on a
 * wrapped line) carries from the sentences before. */
tally_span fig_period_for(const scan *s, const tally_span *sent, size_t n_sent, size_t si,
                          size_t a)
{
    return without_preliminary(s, period_for(s, sent, n_sent, si, a));
}

/* The sentence's start, back over an opening quotation mark the sentences
 * left with the one before (。“十三五”期间，…: the mark opens this one). */
static tally_span with_opening_quote(const scan *s, tally_span sp)
{
    size_t p;
    if (sp.start == 0)
        return sp;
    uint32_t c = utf8_prev(s->f, sp.start, &p);
    if (c == 0x201C || c == 0x300C || c == 0x300E)
        sp.start = p;
    return sp;
}

static tally_span period_for(const scan *s, const tally_span *sent, size_t n_sent, size_t si,
                             size_t a)
{
    tally_span own = with_opening_quote(s, sent[si]);
    const tally_span *sp = &own;
    tally_span best = fig_period_compared_time(s, sp->start, a);
    if (best.stop > best.start)
        return best;
    best = last_period(s, sp->start, a);
    if (best.stop > best.start)
        return without_from(s, best);
    /* a sentence opening with 其中, 当中, 月内, 期内 takes the period of the
     * one before, which may have carried its own; whether it states a level
     * is asked only then (a scan of the sentence, wasted on most figures) */
    int level = -1;
    for (size_t k = si, steps = 0; k > 0 && k < n_sent && steps < PERIOD_CARRY_SENTENCES &&
                                   opens_with_carry(s, &sent[k], &sent[k - 1]);
         k--, steps++) {
        if (level < 0)
            level = states_level(s, sp->start, a);
        best = level ? last_point_period(s, sent[k - 1].start, sent[k - 1].stop) : best;
        if (best.stop > best.start)
            return without_from(s, best);
        best = last_period(s, sent[k - 1].start, sent[k - 1].stop);
        if (best.stop > best.start)
            return without_from(s, best);
    }
    return best;
}
