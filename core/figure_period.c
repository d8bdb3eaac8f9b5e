/* The period stage (spec/figures.md, "Period"): the last time expression
 * before the figure in its sentence that can be a period; a sentence opening
 * with 其中 takes the period of the sentence before. */
#include "figure_scan.h"

#include <stdio.h>
#include <stdlib.h>

/* Whether the time expression d is the base of a comparison that dates.c
 * does not see from the word before it alone: 与上年相比, 同去年同期比较,
 * 为历年同期新高 (docs/figures.md, "Comparison bases"). */
static int comparison_base(const scan *s, const tally_date *d)
{
    size_t wl;
    if (tally_word_before(tally_period_base_marks, s->f, d->span.start, &wl)) {
        /* 由2025年起 is a start, not a base */
        static const char *const starts[] = {"起", "以来", "开始", NULL};
        return !tally_word_before(starts, s->f, d->span.stop, &wl);
    }
    if (!tally_word_before(tally_period_base_leads, s->f, d->span.start, &wl))
        return 0;
    size_t e = d->span.stop;
    if (tally_word_at(tally_period_base_sames, s->f, s->len, e, &wl))
        e += wl;
    return tally_word_at(tally_period_base_closers, s->f, s->len, e, &wl) != NULL;
}

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

/* Whether a time expression that dates.c reads as a duration or a
 * comparison base is a period all the same (docs/figures.md "Periods"): a
 * 民国 year in a document that counts them (105年), a date after 于 meaning
 * "on" (於2月11日). Not when it is the base of a comparison (较104年).
 * (2024 年, 三年来 and 首5个月 dates.c reads as a year and periods itself.) */
static int year_in(const scan *s, const char *t, size_t n);

static int taken_as_period(const scan *s, const tally_date *d)
{
    size_t a = d->span.start, b = d->span.stop, wl;
    if (tally_word_before(tally_period_compare_leads, s->f, a, &wl)) {
        /* 于 alone, not after an adjective (高于): "on", a date of its clause */
        if (!(wl == 3 && utf8_starts(s->f, a, a - 3, "于", 3)) ||
            tally_word_before(tally_period_compare_adjectives, s->f, a - 3, &wl))
            return 0;
        return d->kind != TALLY_DATE_TIME && d->kind != TALLY_DATE_DURATION;
    }
    if (d->kind != TALLY_DATE_DURATION)
        return 0;
    return year_in(s, s->f + a, b - a) != 0;
}

/* Whether the time expression d holds a word that dates no period (目前:
 * 截至目前 is no period, spec "目前 is not a time expression"). */
static int names_no_period(const scan *s, const tally_date *d)
{
    for (size_t i = d->span.start; i < d->span.stop; i++) {
        size_t wl;
        if (tally_word_at(tally_nonperiod_words, s->f, d->span.stop, i, &wl))
            return 1;
    }
    return 0;
}

/* Whether d is dated with 于 (於2月11日, "on"): such a date is an adverb of
 * its own clause, so a ； or ; between it and a ends its reach. */
static int dated_with_on(const scan *s, const tally_date *d, size_t a)
{
    size_t wl;
    if (!tally_word_before(tally_period_compare_leads, s->f, d->span.start, &wl) || wl != 3 ||
        !utf8_starts(s->f, d->span.start, d->span.start - 3, "于", 3))
        return 0;
    for (size_t p = d->span.stop; p < a;) {
        uint32_t c = utf8_next(s->f, a, &p);
        if (c == 0xFF1B || c == ';')
            return 1;
    }
    return 0;
}

/* Whether d names a five-year plan (“十二五”, 十四五时期) and a clause mark
 * (，；：) stands between it and a: a plan's span governs the clause it
 * stands in (在保持“十二五”年均增速35%的基础上，…今年…), not the year's figures
 * after it. */
static int plan_out_of_reach(const scan *s, const tally_date *d, size_t a)
{
    size_t n = d->span.stop - d->span.start;
    const char *t = s->f + d->span.start;
    int plan = 0;
    for (size_t i = 0; i + 9 <= n && !plan; i++)
        plan = memcmp(t + i, "十", 3) == 0 && memcmp(t + i + 6, "五", 3) == 0;
    if (!plan)
        return 0;
    for (size_t p = d->span.stop; p < a;) {
        uint32_t c = utf8_next(s->f, a, &p);
        if (c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0xFF1A || c == ':')
            return 1;
    }
    return 0;
}

/* Whether date k stands in brackets right after a comparison's base, and so
 * spells that base out (较去年同期(二○一四年四月五日至七日)下跌12.4%). */
static int bracketed_base(const scan *s, size_t k)
{
    const tally_date *d = &s->dates[k];
    size_t p;
    if (k == 0 || d->span.start == 0)
        return 0;
    uint32_t c = utf8_prev(s->f, d->span.start, &p);
    if (c != '(' && c != 0xFF08)
        return 0;
    const tally_date *b = &s->dates[k - 1];
    return b->span.stop == p && (!b->is_period || comparison_base(s, b));
}

/* Whether d spans a record (为1990年8月以来单月最高, 为近25年以来新低点) or
 * dates a means (按2018年平均汇率, 据2019年人口抽样调查): neither is the
 * figure's period. */
static int record_or_means(const scan *s, const tally_date *d)
{
    size_t wl, e = d->span.stop;
    if (tally_word_before(tally_period_means_leads, s->f, d->span.start, &wl))
        return 1;
    if (tally_word_at(tally_period_record_frames, s->f, s->len, e, &wl))
        e += wl;
    if (utf8_starts(s->f, s->len, e, "的", 3))
        e += 3;
    return tally_word_at(tally_period_record_words, s->f, s->len, e, &wl) != NULL;
}

/* Whether d dates one figure of its own before a (去年全年的16,672,556人次,
 * 达17,043,667人次): a time, 的 and a number right after it is that number's
 * attribute and governs nothing beyond it. */
static int dates_one_figure(const scan *s, size_t k, size_t a)
{
    const tally_date *d = &s->dates[k];
    size_t e = d->span.stop;
    if (e + 3 >= a || !utf8_starts(s->f, s->len, e, "的", 3))
        return 0;
    if (k + 1 < s->nd && s->dates[k + 1].span.start == e + 3)
        return 0; /* 2024年的3月份: a time after it */
    size_t q = e + 3;
    uint32_t c = utf8_next(s->f, s->len, &q);
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* Whether d stands inside a title in 《》 that closes before a: the year of
 * 《甘肃省2023年省级层面消费帮扶重点推进工作事项》 names the document, not the
 * period of the figures after it. */
static int in_book_title(const scan *s, const tally_date *d, size_t from, size_t a)
{
    int open = 0;
    for (size_t p = from; p < d->span.start;) {
        uint32_t c = utf8_next(s->f, d->span.start, &p);
        if (c == 0x300A)
            open = 1;
        else if (c == 0x300B)
            open = 0;
    }
    if (!open)
        return 0;
    for (size_t p = d->span.stop; p < a;) {
        uint32_t c = utf8_next(s->f, a, &p);
        if (c == 0x300B)
            return 1;
        if (c == 0x300A)
            return 0;
    }
    return 0;
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
        if (d->span.stop <= a && ((d->is_period && !comparison_base(s, d)) || taken_as_period(s, d)) &&
            !names_no_period(s, d) && !dated_with_on(s, d, a) && !plan_out_of_reach(s, d, a) &&
            !bracketed_base(s, k) && !dates_one_figure(s, k, a) && !in_book_title(s, d, from, a) &&
            !record_or_means(s, d))
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

/* How many sentences back a carried period is looked for (月内 after 月内). */
#define PERIOD_CARRY_SENTENCES 4

/* Whether sentence sp opens with a word that carries the period before, or
 * goes on a sentence cut by a line break of print layout (撬动综合消费⏎33
 * 亿元以上: the line before ends in no punctuation). */
static int opens_with_carry(const scan *s, const tally_span *sp, const tally_span *before)
{
    size_t wl, i = skip_space(s, sp->start, sp->stop);
    if (tally_word_at(tally_period_carry_words, s->f, sp->stop, i, &wl))
        return 1;
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
    for (size_t q = e; q > before->start && s->f[q - 1] != '\n';) {
        uint32_t d = utf8_prev(s->f, q, &q);
        if (d == 0xFF0C || d == ',' || d == 0x3001)
            return 1;
    }
    return 0;
}

/* 较104年的0.72%: a figure right after a compared time and 的 is that time's
 * value, so the compared time is its period. */
static tally_span compared_time_of(const scan *s, size_t from, size_t a)
{
    if (a < from + 3 || !utf8_starts(s->f, a, a - 3, "的", 3))
        return (tally_span){0, 0};
    for (size_t k = 0; k < s->nd; k++) {
        const tally_date *d = &s->dates[k];
        size_t wl;
        if (d->span.stop == a - 3 && d->span.start >= from &&
            tally_word_before(tally_period_compare_leads, s->f, d->span.start, &wl) &&
            d->kind != TALLY_DATE_TIME)
            return d->span;
        if (d->span.start >= a)
            break;
    }
    return (tally_span){0, 0};
}

tally_span fig_period_for(const scan *s, const tally_span *sent, size_t n_sent, size_t si,
                          size_t a)
{
    const tally_span *sp = &sent[si];
    tally_span best = compared_time_of(s, sp->start, a);
    if (best.stop > best.start)
        return best;
    best = last_period(s, sp->start, a);
    if (best.stop > best.start)
        return without_from(s, best);
    /* a sentence opening with 其中, 当中, 月内, 期内 takes the period of the
     * one before, which may have carried its own */
    for (size_t k = si, steps = 0; k > 0 && k < n_sent && steps < PERIOD_CARRY_SENTENCES &&
                                   opens_with_carry(s, &sent[k], &sent[k - 1]);
         k--, steps++) {
        best = last_period(s, sent[k - 1].start, sent[k - 1].stop);
        if (best.stop > best.start)
            return without_from(s, best);
    }
    return best;
}

/* ---- period_key ---- */

/* A ROC dateline at a line's start in the document's head: 106-03-30. */
static int roc_dateline(const scan *s, int *y, int *m)
{
    size_t head = s->len < 2000 ? s->len : 2000;
    for (size_t i = 0; i + 9 <= head; i++) {
        if (i > 0 && s->f[i - 1] != '\n' && s->f[i - 1] != ':' && s->f[i - 1] != ' ')
            continue;
        const char *p = s->f + i;
        if (p[0] == '1' && p[1] >= '0' && p[1] <= '1' && p[2] >= '0' && p[2] <= '9' &&
            p[3] == '-' && p[4] >= '0' && p[4] <= '1' && p[5] >= '0' && p[5] <= '9' &&
            p[6] == '-' && p[7] >= '0' && p[7] <= '3' && p[8] >= '0' && p[8] <= '9' &&
            (i + 9 == s->len || !(p[9] >= '0' && p[9] <= '9'))) {
            *y = 1911 + (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
            *m = (p[4] - '0') * 10 + (p[5] - '0');
            return *m >= 1 && *m <= 12;
        }
    }
    return 0;
}

void fig_document_date(scan *s, const char *doc_date)
{
    int y, m, d;
    s->doc_year = s->doc_month = 0;
    /* a document that counts years from 民国 (Taiwan): its dateline, its 105年 */
    size_t head = s->len < 4000 ? s->len : 4000;
    s->roc = 0;
    for (size_t i = 0; i + 6 <= head && !s->roc; i++)
        s->roc = memcmp(s->f + i, "民国", 6) == 0;
    int ry, rm;
    int roc_date = roc_dateline(s, &ry, &rm);
    s->roc |= roc_date;
    /* or writes a three-digit year with a part of the year after it in one
     * time expression (106年第4季, 111年3月): no duration reads so */
    for (size_t k = 0; k < s->nd && k < 64 && !s->roc; k++) {
        const char *p = s->f + s->dates[k].span.start;
        size_t n = s->dates[k].span.stop - s->dates[k].span.start;
        s->roc = n > 6 + 3 && p[0] == '1' && p[1] >= '0' && p[1] <= '4' && p[2] >= '0' &&
                 p[2] <= '9' && memcmp(p + 3, "年", 3) == 0 &&
                 (s->dates[k].span.start == 0 || !(p[-1] >= '0' && p[-1] <= '9'));
    }
    /* the year the first line (a title) names: what a report published the
     * year after is about (2015年…统计公报 of 2016-03: its 全年 is 2015) */
    s->title_year = 0;
    for (size_t k = 0; k < s->nd && k < 8; k++) {
        const tally_date *t = &s->dates[k];
        if (memchr(s->f, '\n', t->span.start) != NULL)
            break;
        if ((s->title_year = year_in(s, s->f + t->span.start, t->span.stop - t->span.start)) != 0)
            break;
    }
    /* the page's own date (front matter, the dateline structure.c read) */
    if (doc_date && sscanf(doc_date, "%4d-%2d", &y, &m) == 2 && y >= 1900 && y <= 2999 &&
        m >= 1 && m <= 12) {
        s->doc_year = y;
        s->doc_month = m;
        return;
    }
    /* else the text's first full date */
    for (size_t k = 0; k < s->nd; k++) {
        const tally_date *t = &s->dates[k];
        if (t->kind == TALLY_DATE_DAY && strlen(t->value) == 10 &&
            sscanf(t->value, "%4d-%2d-%2d", &y, &m, &d) == 3) {
            s->doc_year = y;
            s->doc_month = m;
            return;
        }
    }
    if (roc_date) { /* 日期:106-03-30 */
        s->doc_year = ry;
        s->doc_month = rm;
        return;
    }
    /* else, with no dateline, the year written in the opening paragraph (a
     * title 大同市2022年…公报, 二零零四年十月旅客入境数目, an opening 2022年是…):
     * what 全年, 年末 and 今年 of the document count from */
    size_t para = 0;
    while (para < s->len && s->f[para] != '\n')
        para++;
    if (para < s->len && para < 120) { /* a short first line, a title: the next paragraph too */
        size_t q = para + 1;
        while (q < s->len && s->f[q] != '\n')
            q++;
        para = q;
    }
    for (size_t k = 0; k < s->nd && s->dates[k].span.start < para; k++) {
        const tally_date *t = &s->dates[k];
        size_t wl;
        if (tally_word_before(tally_period_compare_leads, s->f, t->span.start, &wl))
            continue;
        if ((t->kind == TALLY_DATE_YEAR || t->kind == TALLY_DATE_MONTH) &&
            sscanf(t->value, "%4d", &y) == 1 && y >= 1900 && y <= 2999) {
            s->doc_year = y;
            if (t->kind == TALLY_DATE_MONTH && sscanf(t->value, "%4d-%2d", &y, &m) == 2)
                s->doc_month = m;
            return;
        }
        /* a year dates.c does not read: a 民国 year in the opening (105年,
         * a title's 111年3月, which dates.c reads as a month of no year) */
        if ((t->kind == TALLY_DATE_DURATION || s->roc) &&
            (y = year_in(s, s->f + t->span.start, t->span.stop - t->span.start)) != 0) {
            s->doc_year = y;
            return;
        }
    }
}

/* A number at p (Arabic or Chinese); 0 if none. */
static size_t number_in(const char *p, size_t n, int *v)
{
    double d;
    int zh;
    size_t r = n ? tally_numeral_scan(p, n, &d, &zh) : 0;
    if (!r || d < 0 || d > 9999 || d != (int)d)
        return 0;
    *v = (int)d;
    return r;
}

static int has(const char *t, size_t n, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = 0; i + l <= n; i++)
        if (memcmp(t + i, w, l) == 0)
            return 1;
    return 0;
}

/* The year written in t: four digits before 年, with the space of print
 * layout between (2024 年); in a document that counts from 民国, two or three
 * digits before 年 (105年 = 2016). 0 if none. */
static int year_in(const scan *s, const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (t[i] < '0' || t[i] > '9' || (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9'))
            continue;
        size_t e = i;
        int v = 0;
        while (e < n && t[e] >= '0' && t[e] <= '9' && e - i < 5)
            v = v * 10 + (t[e++] - '0');
        size_t g = fig_gap(t, e, n);
        if (g + 3 > n || memcmp(t + g, "年", 3) != 0)
            continue;
        if (e - i == 4 && v >= 1900 && v <= 2200)
            return v;
        if (s->roc && g == e && (e - i == 2 || e - i == 3) && v >= 1 && v <= 200)
            return 1911 + v;
    }
    return 0;
}

/* Months first..last of year y as a key: a whole year, half or quarter
 * where the range is one (1-6月 = 上半年 = 2025-H1), else 2025-01..09. */
static void month_range(char *out, int y, int first, int last)
{
    if (first == 1 && last == 12)
        snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d", y);
    else if ((first == 1 && last == 6) || (first == 7 && last == 12))
        snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d-H%d", y, first == 1 ? 1 : 2);
    else if (first % 3 == 1 && last == first + 2)
        snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d-Q%d", y, (first + 2) / 3);
    else if (first == last)
        snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d-%02d", y, first);
    else
        snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d-%02d..%02d", y, first, last);
}

/* One period's text while its key is made: the folded span t[0, n), the
 * document's year D and month, and the year y the key counts in. */
typedef struct period_text {
    const scan *s;
    const char *t;
    size_t n;
    int D, y;
    char *out;
    size_t start; /* where the period stands in the text */
} period_text;

/* The year the time expression at span start resolved to in dates.c, or 0. */
static int resolved_year(const scan *s, size_t start)
{
    size_t lo = 0, hi = s->nd;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (s->dates[m].span.start < start)
            lo = m + 1;
        else
            hi = m;
    }
    if (lo < s->nd && s->dates[lo].span.start == start && s->dates[lo].value[0])
        return atoi(s->dates[lo].value);
    return 0;
}

/* With no year of the document's: the year last written before start in a
 * time expression that is a period (一、2018年工作回顾 … 全年农林牧渔业总产值),
 * or 0. */
static int year_written_before(const scan *s, size_t start)
{
    size_t k = s->nd, looked = 0;
    while (k > 0 && s->dates[k - 1].span.start >= start)
        k--;
    for (; k-- > 0 && looked++ < 256;) { /* a bounded look back, as last_period's */
        const tally_date *d = &s->dates[k];
        if (!d->is_period)
            continue;
        int y = year_in(s, s->f + d->span.start, d->span.stop - d->span.start);
        if (y)
            return y;
    }
    return 0;
}

/* 十四五 (and the other plans): a span of years. */
static int key_plan_years(period_text *p)
{
    static const struct {
        const char *word;
        int first, last;
    } plans[] = {{"十一五", 2006, 2010}, {"十二五", 2011, 2015}, {"十三五", 2016, 2020},
                 {"十四五", 2021, 2025}, {"十五五", 2026, 2030}};
    for (size_t k = 0; k < sizeof plans / sizeof *plans; k++)
        if (has(p->t, p->n, plans[k].word)) {
            snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d..%04d", plans[k].first, plans[k].last);
            return 1;
        }
    return 0;
}

/* 过去五年, 近五年, 三年来: the whole years before the document's. */
static int key_years_back(period_text *p)
{
    if (!p->D)
        return 0;
    int back = 0;
    if (has(p->t, p->n, "过去五年") || has(p->t, p->n, "近五年"))
        back = 5;
    else if (p->n > 6 && memcmp(p->t + p->n - 6, "年来", 6) == 0 && !has(p->t, p->n, "以来")) {
        /* N年来: the number right before 年来, with 近 or 这 before it or not */
        for (size_t i = 0; i + 6 < p->n && !back; i++) {
            int v;
            size_t r = number_in(p->t + i, p->n - 6 - i, &v);
            if (r && i + r == p->n - 6 && v >= 1 && v <= 50)
                back = v;
        }
    }
    if (!back)
        return 0;
    snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d..%04d", p->D - back, p->D - 1);
    return 1;
}

/* The year a time expression of t names: written (2024年, 105年) or relative
 * (今年, 去年, 上年) against the document's year D; 0 if none. */
static int year_named(const scan *s, const char *t, size_t n, int D)
{
    int y = year_in(s, t, n);
    if (y || !D)
        return y;
    if (has(t, n, "今年") || has(t, n, "本年") || has(t, n, "当年"))
        return D;
    if (has(t, n, "去年") || has(t, n, "上年") || has(t, n, "上一年"))
        return D - 1;
    if (has(t, n, "明年"))
        return D + 1;
    return 0;
}

/* The year named by the last time expression before start in its sentence
 * that is a period (去年受到疫情影响，…全年出口成长17.9%: 全年 is last year's),
 * or 0. */
static int sentence_year_before(const scan *s, size_t start)
{
    size_t lo = start, wl;
    while (lo > 0) { /* the sentence's start */
        size_t q;
        uint32_t c = utf8_prev(s->f, lo, &q);
        if (c == 0x3002 || c == '\n' || c == 0xFF01 || c == 0xFF1F)
            break;
        lo = q;
    }
    size_t k = s->nd;
    while (k > 0 && s->dates[k - 1].span.start >= start)
        k--;
    for (size_t looked = 0; k-- > 0 && looked++ < 16;) {
        const tally_date *d = &s->dates[k];
        if (d->span.start < lo)
            break;
        if (!d->is_period || comparison_base(s, d) ||
            tally_word_before(tally_period_compare_leads, s->f, d->span.start, &wl))
            continue;
        int y = year_named(s, s->f + d->span.start, d->span.stop - d->span.start, s->doc_year);
        if (y)
            return y;
    }
    return 0;
}

/* The year of the key: written (2024年, 105年), relative (今年, 去年, 上年)
 * against the document's year, the year a period before it in its sentence
 * names, the year dates.c resolved, else the document's. */
static int key_year(const period_text *p, int resolved)
{
    int y = year_in(p->s, p->t, p->n), D = p->D;
    if (!y && D) {
        const char *t = p->t;
        size_t n = p->n;
        if (has(t, n, "今年") || has(t, n, "本年") || has(t, n, "当年") || has(t, n, "年初以来"))
            y = D;
        else if (has(t, n, "去年") || has(t, n, "上年") || has(t, n, "上一年") ||
                 has(t, n, "过去一年"))
            y = D - 1;
        else if (has(t, n, "明年") || has(t, n, "下一年"))
            y = D + 1;
        else if (has(t, n, "前年"))
            y = D - 2;
    }
    if (!y)
        y = sentence_year_before(p->s, p->start);
    /* 全年, 年末 of a report published the year after the year its title
     * names: the title's year (not 今年, which counts from the date) */
    if (!y && D && p->s->title_year == D - 1 &&
        (has(p->t, p->n, "全年") || has(p->t, p->n, "年末") || has(p->t, p->n, "年底")))
        y = D - 1;
    if (!y)
        y = resolved ? resolved : D;
    return y;
}

/* 上半年, 下半年. */
static int key_half(period_text *p)
{
    if (has(p->t, p->n, "上半年")) {
        month_range(p->out, p->y, 1, 6);
        return 1;
    }
    if (has(p->t, p->n, "下半年")) {
        month_range(p->out, p->y, 7, 12);
        return 1;
    }
    return 0;
}

/* 今年以来: up to the document's month. */
/* 自100年实施以来: a start after 自 or 从 whose 以来 stands a few characters
 * after the time expression (a verb between). */
static int since_after(const period_text *p)
{
    if (p->n < 3 || !(memcmp(p->t, "自", 3) == 0 || memcmp(p->t, "从", 3) == 0))
        return 0;
    const scan *s = p->s;
    size_t e = p->start + p->n;
    for (size_t i = e, chars = 0; i < s->len && chars <= 4; chars++) {
        if (utf8_starts(s->f, s->len, i, "以来", 6))
            return 1;
        uint32_t c = utf8_next(s->f, s->len, &i);
        if (!is_han(c))
            return 0;
    }
    return 0;
}

static int key_year_since(period_text *p)
{
    if (!(has(p->t, p->n, "以来") || since_after(p)) || has(p->t, p->n, "月"))
        return 0;
    if (p->y == p->D && p->s->doc_month)
        month_range(p->out, p->y, 1, p->s->doc_month);
    else if (p->D && p->y < p->D) /* 自2011年实施以来 in a text of 2014: 2011..2014 */
        snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d..%04d", p->y, p->D);
    else
        snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d", p->y);
    return 1;
}

/* 前三季度, 前三季, 首三季, 前8个月, 前5月, 首5个月 (Hong Kong), at i. */
static int key_first_months_at(period_text *p, size_t i)
{
    const char *t = p->t;
    size_t n = p->n, r;
    int a;
    if (i + 3 >= n || !(memcmp(t + i, "前", 3) == 0 || memcmp(t + i, "首", 3) == 0) ||
        !(r = number_in(t + i + 3, n - i - 3, &a)))
        return 0;
    size_t j = i + 3 + r;
    if (j + 3 <= n && memcmp(t + j, "季", 3) == 0 && a >= 1 && a <= 4) { /* 季度, 季 */
        month_range(p->out, p->y, 1, 3 * a);
        return 1;
    }
    if (j < n && (memcmp(t + j, "个月", 6) == 0 || memcmp(t + j, "月", 3) == 0) && a >= 1 &&
        a <= 12) {
        month_range(p->out, p->y, 1, a);
        return 1;
    }
    return 0;
}

/* 三季度, 第三季度, 一季度, 3季度, and 第3季 (Taiwan: 季 alone is a quarter), at i. */
static int key_quarter_at(period_text *p, size_t i)
{
    const char *t = p->t;
    size_t n = p->n, r;
    int a;
    if (!(r = number_in(t + i, n - i, &a)) || a < 1 || a > 4 || i + r + 3 > n ||
        memcmp(t + i + r, "季", 3) != 0 || (i >= 3 && memcmp(t + i - 3, "前", 3) == 0) ||
        (i >= 3 && memcmp(t + i - 3, "首", 3) == 0))
        return 0;
    int whole = i + r + 6 <= n && memcmp(t + i + r, "季度", 6) == 0;
    if (!whole && !(i >= 3 && memcmp(t + i - 3, "第", 3) == 0))
        return 0;
    month_range(p->out, p->y, 3 * a - 2, 3 * a);
    return 1;
}

/* Months at i: 1至9月, 1-8月, 一至九月; 1月及2月 (合计); 截至9月底; 9月,
 * 9月份, 9月15日; 1月以来. */
static int key_months_at(period_text *p, size_t i)
{
    const char *t = p->t;
    size_t n = p->n, r;
    int a, b, y = p->y, D = p->D;
    if (!(r = number_in(t + i, n - i, &a)) || a < 1 || a > 12 ||
        (i >= 3 && (memcmp(t + i - 3, "前", 3) == 0 || memcmp(t + i - 3, "首", 3) == 0)))
        return 0;
    size_t j = i + r;
    if (j < n && memcmp(t + j, "月", 3) == 0)
        j += 3; /* 1月至9月 */
    static const char *const marks[] = {"至", "到", "—", "–", "-", "～", "~", "－", NULL};
    size_t wl;
    const char *mk = tally_word_at(marks, t, n, j, &wl);
    if (mk && (r = number_in(t + j + wl, n - j - wl, &b)) && b >= a && b <= 12 &&
        j + wl + r + 3 <= n && memcmp(t + j + wl + r, "月", 3) == 0) {
        month_range(p->out, y, a, b);
        return 1;
    }
    int is_month = j > i + number_in(t + i, n - i, &a); /* 月 after the number */
    /* 1月及2月 (合计): two months next to each other joined, one range */
    if (is_month && (mk = tally_word_at(tally_period_joins, t, n, j, &wl)) &&
        (r = number_in(t + j + wl, n - j - wl, &b)) && b == a + 1 && j + wl + r + 3 <= n &&
        memcmp(t + j + wl + r, "月", 3) == 0) {
        month_range(p->out, y, a, b);
        return 1;
    }
    /* 截至9月底, 截至9月末, 截至9月30日: the year to that month */
    if (is_month && has(t, i, "截至")) {
        month_range(p->out, y, 1, a);
        return 1;
    }
    /* 9月, 9月份, 9月15日 */
    if (is_month && !has(t, n, "以来")) {
        int d;
        size_t r2;
        if (j < n && (r2 = number_in(t + j, n - j, &d)) && j + r2 + 3 <= n &&
            (memcmp(t + j + r2, "日", 3) == 0 || memcmp(t + j + r2, "号", 3) == 0) && d >= 1 &&
            d <= 31) {
            /* 4月4日至6日: days of one month, as a month range is keyed;
             * 1月1日至10月31日: whole months, a month range; 6月15日至7月
             * 14日: from day to day */
            size_t k = j + r2 + 3, r3, r4;
            int e, m2;
            if ((mk = tally_word_at(marks, t, n, k, &wl)) &&
                (r3 = number_in(t + k + wl, n - k - wl, &m2)) && m2 >= a && m2 <= 12 &&
                k + wl + r3 + 3 < n && memcmp(t + k + wl + r3, "月", 3) == 0 &&
                (r4 = number_in(t + k + wl + r3 + 3, n - k - wl - r3 - 3, &e)) && e >= 1 &&
                e <= 31) {
                if (m2 == a)
                    snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-%02d-%02d..%02d", y, a, d, e);
                else if (d == 1 && e >= 28)
                    month_range(p->out, y, a, m2);
                else
                    snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-%02d-%02d..%02d-%02d", y, a, d,
                             m2, e);
            } else if ((mk = tally_word_at(marks, t, n, k, &wl)) &&
                (r3 = number_in(t + k + wl, n - k - wl, &e)) && e > d && e <= 31 &&
                k + wl + r3 + 3 <= n &&
                (memcmp(t + k + wl + r3, "日", 3) == 0 || memcmp(t + k + wl + r3, "号", 3) == 0))
                snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-%02d-%02d..%02d", y, a, d, e);
            else
                snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-%02d-%02d", y, a, d);
        } else
            month_range(p->out, y, a, a);
        return 1;
    }
    if (is_month) { /* 1月以来 */
        if (y == D && p->s->doc_month)
            month_range(p->out, y, a, p->s->doc_month);
        else
            month_range(p->out, y, a, a);
        return 1;
    }
    return 0;
}

/* 截至11月底的三个月, 至今年1月为止的十二个月: the K months that end in the
 * last month written before the link, across the year when they reach back
 * over January (2022-02..2023-01). */
static int key_months_to(period_text *p)
{
    const char *t = p->t;
    size_t n = p->n, wl;
    if (n < 9 || memcmp(t + n - 6, "个月", 6) != 0)
        return 0;
    for (size_t i = 0; i + 3 < n; i++) {
        if (!tally_word_at(tally_period_months_to_links, t, n, i, &wl))
            continue;
        int k;
        size_t r = number_in(t + i + wl, n - i - wl - 6, &k);
        if (!r || i + wl + r + 6 != n || k < 1 || k > 24)
            continue;
        /* the last month written before the link */
        int last = 0;
        for (size_t j = 0; j < i; j++) {
            int m;
            size_t rm = number_in(t + j, i - j, &m);
            if (!rm)
                continue;
            if (j + rm + 3 <= i && memcmp(t + j + rm, "月", 3) == 0 && m >= 1 && m <= 12)
                last = m;
            j += rm - 1; /* past the whole number: 十一月 is not 一月 */
        }
        if (!last)
            return 0;
        int first = last - k + 1;
        if (first >= 1)
            month_range(p->out, p->y, first, last);
        else
            snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-%02d..%04d-%02d", p->y - 1, first + 12,
                     p->y, last);
        return 1;
    }
    return 0;
}

/* The period's text normalized against the document's date (docs/figures.md,
 * "period_key"): one form after another, the first that reads the text wins;
 * a year (全年, 今年) when none does. */
void fig_period_key(const scan *s, tally_span period, char out[TALLY_PERIOD_KEY_MAX])
{
    out[0] = '\0';
    if (period.stop <= period.start)
        return;
    period_text p = {s, s->f + period.start, period.stop - period.start, s->doc_year, 0, out,
                     period.start};
    if (key_plan_years(&p) || key_years_back(&p))
        return;
    p.y = key_year(&p, resolved_year(s, period.start));
    if (!p.y)
        p.y = year_written_before(s, period.start);
    if (!p.y)
        return; /* no year known: no key */
    if (p.n == 6 && memcmp(p.t, "同期", 6) == 0) {
        /* 占同期全市进出口总值的22.2%: 同期 alone, a period of its own, is the
         * period named just before it */
        for (size_t k = s->nd, looked = 0; k-- > 0 && looked < 16;) {
            const tally_date *d = &s->dates[k];
            if (d->span.start >= period.start)
                continue;
            looked++;
            if (d->span.start + 1000 < period.start)
                break;
            if (d->is_period && !comparison_base(s, d) &&
                !has(s->f + d->span.start, d->span.stop - d->span.start, "同期")) {
                fig_period_key(s, d->span, out);
                return;
            }
        }
        return;
    }
    if (has(p.t, p.n, "同期"))
        return; /* the comparison base, not a period of its own */
    if (key_months_to(&p) || key_half(&p) || key_year_since(&p))
        return;
    for (size_t i = 0; i < p.n; i++) {
        if (key_first_months_at(&p, i) || key_quarter_at(&p, i) || key_months_at(&p, i))
            return;
        /* skip a whole character */
        while (i + 1 < p.n && ((unsigned char)p.t[i + 1] & 0xC0) == 0x80)
            i++;
    }
    if (has(p.t, p.n, "首季")) {
        month_range(out, p.y, 1, 3);
        return;
    }
    /* a year, 全年, 今年 */
    snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d", p.y);
}
