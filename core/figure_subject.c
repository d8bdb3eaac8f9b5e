/* The subject stage (spec/figures.md, "Subject"): the noun phrase next to a
 * figure, cut at stop words (verbs and particles, tally_subject_stops) that
 * are whole words, at other figures, and at masked time expressions. */
#include "figure_scan.h"

static int is_stop_char(uint32_t c)
{
    return !is_han(c) || c == 0x7684 /* 的 */;
}

/* A stop word that is a whole word: its ends are word boundaries. */
static int stop_at(const scan *s, size_t i, size_t hi, size_t *wl)
{
    return tally_word_at(tally_subject_stops, s->f, hi, i, wl) &&
           (!s->boundary || (s->boundary[i] && s->boundary[i + *wl]));
}

static int stop_before(const scan *s, size_t i, size_t *wl)
{
    return tally_word_before(tally_subject_stops, s->f, i, wl) &&
           (!s->boundary || (s->boundary[i] && s->boundary[i - *wl]));
}

/* Whether Han characters that are no stop word follow at i. */
static int noun_after_verb(const scan *s, size_t i, size_t hi)
{
    size_t k = i, wl;
    return i < hi && is_han(utf8_next(s->f, hi, &k)) && !stop_at(s, i, hi, &wl) &&
           !fig_numeral_starts(s, i, hi);
}

/* Whether a number that counts starts at i: Arabic digits, or a Chinese
 * numeral with a unit (三家); 零售, 一线 are words. */
static int count_starts(const scan *s, size_t i, size_t hi)
{
    double v;
    int zh;
    size_t n = i < hi ? tally_numeral_scan(s->f + i, hi - i, &v, &zh) : 0;
    return n && (!zh || tally_rules_unit_at(s->r, s->f, hi, i + n));
}

/* The noun phrase after a count (八个重点项目 → 重点项目). */
static tally_span subject_after(const scan *s, size_t e, size_t hi)
{
    size_t i = e, wl;
    if (utf8_starts(s->f, hi, i, "的", 3))
        i += 3;
    /* a quoted name: the words inside the quotes (“云展会”) */
    size_t q = i;
    if (i < hi && open_quote(utf8_next(s->f, hi, &q))) {
        size_t a = q, p = q;
        while (p < hi) {
            size_t k = p;
            uint32_t c = utf8_next(s->f, hi, &k);
            if (close_quote(c))
                return (tally_span){a, p};
            if (clause_end(c))
                break;
            p = k;
        }
    }
    size_t a = i;
    int chars = 0;
    while (i < hi && chars < 12) {
        size_t k = i;
        uint32_t c = utf8_next(s->f, hi, &k);
        /* a verb that modifies the noun stays in it: 158个签约项目,
         * 549支企业服务队 */
        if (stop_at(s, i, hi, &wl) && tally_word_at(tally_verbal_nouns, s->f, hi, i, &wl) &&
            noun_after_verb(s, i + wl, hi)) {
            i += wl;
            chars += 2;
            continue;
        }
        if (i > a && (stop_at(s, i, hi, &wl) || count_starts(s, i, hi)))
            break;
        if (is_stop_char(c))
            break;
        i = k;
        chars++;
    }
    return (tally_span){a, i};
}

/* Whether byte p lies inside a figure of the current sentence (sorted by
 * start from s->sent_first on). */
static int in_figure(const scan *s, size_t p)
{
    size_t a = s->sent_first, b = s->out.n;
    while (a < b) { /* the first figure starting after p */
        size_t m = a + (b - a) / 2;
        if (s->out.v[m].span.start <= p)
            a = m + 1;
        else
            b = m;
    }
    return a > s->sent_first && p < s->out.v[a - 1].span.stop;
}

/* Whether the noun at i goes on to the left across the stop word ending at
 * i: 销售|额, 占|比, 签约|金额 (a noun suffix follows), 以|旧换新 (a set
 * phrase covers i). */
static int noun_goes_on(const scan *s, size_t i, size_t b)
{
    size_t wl;
    if (tally_word_at(tally_subject_suffixes, s->f, b, i, &wl))
        return 1;
    for (size_t k = 0; tally_fixed_nouns[k]; k++) {
        size_t l = strlen(tally_fixed_nouns[k]);
        for (size_t p = i > l ? i - l + 1 : 0; p < i; p++)
            if (p + l <= s->len && memcmp(s->f + p, tally_fixed_nouns[k], l) == 0)
                return 1;
    }
    return 0;
}

/* Trend words that are nouns (增速, 增幅, 增长率): part of the subject. */
static int noun_trend(const trend_rule *t)
{
    static const char *const ends[] = {"速", "幅", "率", NULL};
    size_t wl;
    return t->wlen >= 6 && tally_word_at(ends, t->word, t->wlen, t->wlen - 3, &wl);
}

/* Drops the words between subject and number (同比增长, 达到, 约, 为);
 * returns the new end. A trend word that is a noun (增速) ends the search. */
static size_t strip_to_subject(const scan *s, size_t cs, size_t i, int keep_trends)
{
    size_t wl;
    for (int guard = 0; guard < 16 && i > cs; guard++) {
        int moved = 0;
        for (size_t k = 0; k < s->r->trends.n && !keep_trends; k++) {
            const trend_rule *t = &s->r->trends.v[k];
            if (t->wlen <= i - cs && memcmp(s->f + i - t->wlen, t->word, t->wlen) == 0) {
                if (noun_trend(t))
                    return i; /* 出口增速为5%: the rate is what is measured */
                i -= t->wlen;
                moved = 1;
                break;
            }
        }
        /* right before the number a stop word needs no word boundary: ICU
         * often joins it to the noun (比为, 额达) */
        if (!moved && tally_word_before(tally_subject_stops, s->f, i, &wl) && i - wl > cs) {
            i -= wl;
            moved = 1;
        }
        if (!moved && tally_word_before(tally_rank_verbs, s->f, i, &wl) && i - wl >= cs) {
            i -= wl;
            moved = 1;
        }
        if (!moved)
            break;
    }
    return i;
}

/* The noun phrase before a figure (外贸进出口总额14.8亿元). keep_trends: a
 * trend word is the subject itself (增速位居全国第2位). */
static tally_span subject_before(const scan *s, size_t lo, size_t a, int keep_trends)
{
    size_t cs = clause_start(s, lo, a), wl;
    size_t i = strip_to_subject(s, cs, a, keep_trends);
    /* 增速高于全国平均6.7个百分点: the subject stands before the comparison,
     * its object (全国平均) after it */
    for (size_t p = i, chars = 0; p > cs && chars < 8; chars++) {
        if (tally_word_before(tally_comparatives, s->f, p, &wl) && p - wl >= cs) {
            /* a clause that opens with the comparison (，高于全国…) has the
             * subject of the figure before */
            if (p - wl == cs)
                return (tally_span){cs, cs};
            i = strip_to_subject(s, cs, p - wl, keep_trends);
            break;
        }
        size_t q;
        if (!is_han(utf8_prev(s->f, p, &q)) || in_figure(s, q))
            break;
        p = q;
    }
    size_t b = i;
    int chars = 0;
    while (i > cs && chars < 12) {
        size_t p;
        uint32_t c = utf8_prev(s->f, i, &p);
        if (!is_han(c) && c != 0x3001 /* 、 */)
            break;
        if (chars > 0 && stop_before(s, i, &wl)) {
            if (!noun_goes_on(s, i, b))
                break;
            i -= wl;
            chars += 2;
            continue;
        }
        if ((masked(s, p, i) && chars > 0) || in_figure(s, p))
            break;
        i = p;
        chars++;
    }
    while (i < b && utf8_starts(s->f, b, i, "、", 3))
        i += 3;
    /* a time expression may open the clause: 上半年全省 */
    for (size_t k = 0; k < s->nd; k++)
        if (s->dates[k].span.start <= i && s->dates[k].span.stop > i && s->dates[k].span.stop <= b)
            i = s->dates[k].span.stop;
    size_t wl2;
    while (i < b && stop_at(s, i, b, &wl2) && !noun_goes_on(s, i + wl2, b))
        i += wl2;
    return (tally_span){i, b};
}

/* Whether a figure stands alone in brackets: (1个), （7个）. */
static int parenthesized(const char *f, size_t lo, size_t hi, tally_span span)
{
    size_t p, k = span.stop;
    if (span.start <= lo || span.stop >= hi)
        return 0;
    uint32_t open = utf8_prev(f, span.start, &p), close = utf8_next(f, hi, &k);
    return (open == 0xFF08 || open == '(') && (close == 0xFF09 || close == ')');
}

/* Every figure of the sentence [lo, hi) gets the noun phrase it measures:
 * before a rank verb, before a bracket, after a count (八个重点项目), or
 * before the figure; a figure with none takes the one before it. */
void fig_assign_subjects(scan *s, size_t lo, size_t hi)
{
    tally_span last_subject = {0, 0};
    for (size_t k = s->sent_first; k < s->out.n; k++) {
        tally_figure *fig = &s->out.v[k];
        tally_span subj = {0, 0};
        if (fig->kind == TALLY_FIG_RANK && fig->scope.stop < fig->span.start &&
            fig->scope.start >= lo + 3 && utf8_starts(s->f, hi, fig->scope.start - 3, "在", 3)) {
            /* 增速在中部六省中位居第一: before 在 */
            subj = subject_before(s, lo, fig->scope.start - 3, 1);
        } else if (parenthesized(s->f, lo, hi, fig->span)) {
            /* 市级中心仓(1个): the noun before the bracket */
            size_t p;
            utf8_prev(s->f, fig->span.start, &p);
            subj = subject_before(s, lo, p, 0);
        } else if (fig->kind == TALLY_FIG_RANK) {
            /* before the rank verb */
            size_t a = fig->scope.stop > fig->scope.start ? fig->scope.start : fig->span.start;
            size_t wl;
            for (int chars = 0; a > lo && a >= 3 && chars < CLAUSE_CHARS &&
                                !tally_word_before(tally_rank_verbs, s->f, a, &wl);
                 chars++) {
                size_t p;
                uint32_t c = utf8_prev(s->f, a, &p);
                if (clause_end(c))
                    break;
                a = p;
            }
            if (tally_word_before(tally_rank_verbs, s->f, a, &wl))
                subj = subject_before(s, lo, a - wl, 1);
        } else if (fig->kind == TALLY_FIG_QUANTITY ||
                   utf8_starts(s->f, hi, fig->span.stop, "的", 3)) {
            /* 八个重点项目, 9.8%的外资: the noun after it */
            subj = subject_after(s, fig->span.stop, hi);
            if (subj.stop == subj.start)
                subj = subject_before(s, lo, fig->span.start, 0);
        } else {
            subj = subject_before(s, lo, fig->span.start, 0);
        }
        if (subj.stop == subj.start)
            subj = last_subject;
        fig->subject = subj;
        last_subject = subj;
    }
}
