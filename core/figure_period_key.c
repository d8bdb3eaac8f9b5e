/* The period's key (docs/figures.md "period_key"): the period's text read as
 * one form after another (a plan's years, years back, months to, a half, a
 * span since, first months, a quarter, months) in the year
 * figure_period_year.c gives it: 2025, 2025-H1, 2025-Q3, 2025-01..09. */
#include "figure_period.h"

#include <stdio.h>
#include <stdlib.h>

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

static int key_end_month(const char *key);

/* 从2012年到2021年, 2016—2020年, 2021年至2025年: a span of whole years, its
 * first and last (2012..2021); the values at its ends: fig_period_span_ends. */
static int key_year_span(period_text *p)
{
    static const char *const joins[] = {"至", "到", "—", "－", "-", "~", "～", NULL};
    const char *t = p->t;
    size_t n = p->n, wl;
    if (n < 9 || memcmp(t + n - 3, "年", 3) != 0)
        return 0;
    for (size_t j = 4; j + 3 < n; j++) {
        if (!tally_word_at(joins, t, n, j, &wl))
            continue;
        int y2 = fig_period_year_in(p->s, t + j + wl, n - j - wl);
        int y1 = fig_period_year_in(p->s, t, j);
        if (!y1) { /* 2016—2020年: the first year without 年 */
            int v = 0, ok = 1;
            for (size_t k = j - 4; k < j; k++)
                ok &= t[k] >= '0' && t[k] <= '9', v = v * 10 + (t[k] - '0');
            y1 = ok && (j == 4 || t[j - 5] < '0' || t[j - 5] > '9') && v >= 1900 && v <= 2200 ? v : 0;
        }
        if (y1 && y2 && y1 < y2) {
            snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d..%04d", y1, y2);
            return 1;
        }
        return 0;
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
        if (fig_period_has(p->t, p->n, plans[k].word)) {
            snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d..%04d", plans[k].first, plans[k].last);
            return 1;
        }
    return 0;
}

/* 过去五年, 近五年, 三年来, 5年间, 连续三年: the whole years before the
 * document's. */
static int key_years_back(period_text *p)
{
    if (!p->D)
        return 0;
    int back = 0;
    size_t tail = 0;
    static const char *const lasts[] = {"过去的", "过去", "最近", "近", NULL};
    static const char *const ends[] = {"年以来", "年来", "年间", "年", NULL};
    size_t wl, el;
    /* 过去五年, 近三年, 过去四年间, 最近两年: the N years before the document's */
    if (tally_word_at(lasts, p->t, p->n, 0, &wl)) {
        int v;
        size_t r = number_in(p->t + wl, p->n - wl, &v);
        if (r && tally_word_at(ends, p->t, p->n, wl + r, &el) && wl + r + el == p->n && v >= 1 &&
            v <= 50)
            back = v;
    }
    if (back)
        ;
    else if (p->n > 6 && (memcmp(p->t + p->n - 6, "年来", 6) == 0 ||
                          memcmp(p->t + p->n - 6, "年间", 6) == 0) &&
             !fig_period_has(p->t, p->n, "以来"))
        tail = 6; /* N年来, 5年间 */
    else if (p->n > 9 && memcmp(p->t, "连续", 6) == 0 && memcmp(p->t + p->n - 3, "年", 3) == 0)
        tail = 3; /* 连续三年 */
    /* the number right before the tail, with 近, 这 or 连续 before it or not */
    for (size_t i = 0; tail && i + tail < p->n && !back; i++) {
        int v;
        size_t r = number_in(p->t + i, p->n - tail - i, &v);
        if (r && i + r == p->n - tail && v >= 1 && v <= 50)
            back = v;
    }
    if (!back)
        return 0;
    if (back == 1) /* 一年来: the one year before, a year's key */
        snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d", p->D - 1);
    else
        snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d..%04d", p->D - back, p->D - 1);
    return 1;
}

/* 上半年, 下半年. */
static int key_half(period_text *p)
{
    if (fig_period_has(p->t, p->n, "上半年")) {
        month_range(p->out, p->y, 1, 6);
        return 1;
    }
    if (fig_period_has(p->t, p->n, "下半年")) {
        month_range(p->out, p->y, 7, 12);
        return 1;
    }
    return 0;
}

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

/* 今年以来: up to the document's month; 自2011年实施以来: the years since. */
static int key_year_since(period_text *p)
{
    if (!(fig_period_has(p->t, p->n, "以来") || since_after(p)) || fig_period_has(p->t, p->n, "月"))
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
    if (i + 3 >= n ||
        !(memcmp(t + i, "前", 3) == 0 || memcmp(t + i, "首", 3) == 0 ||
          memcmp(t + i, "头", 3) == 0) || /* 头两个月, as 首两个月 */
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
        (i >= 3 && memcmp(t + i - 3, "首", 3) == 0) || (i >= 3 && memcmp(t + i - 3, "头", 3) == 0))
        return 0;
    int whole = i + r + 6 <= n && memcmp(t + i + r, "季度", 6) == 0;
    if (!whole && !(i >= 3 && memcmp(t + i - 3, "第", 3) == 0))
        return 0;
    month_range(p->out, p->y, 3 * a - 2, 3 * a);
    return 1;
}

/* The marks of a range of months or days (1至9月, 1-8月, 4日至6日). */
static const char *const period_range_marks[] = {"至", "到", "—", "–", "-", "～", "~", "－", NULL};

/* A day, d of month a, whose text ends at k: 4月4日至6日 (days of one month,
 * keyed as a month range is), 1月1日至10月31日 (whole months, a month
 * range), 6月15日至7月14日 (from day to day), or the day alone. */
static void key_days_from(period_text *p, int a, int d, size_t k)
{
    const char *t = p->t;
    size_t n = p->n, wl, r3, r4;
    int e, m2, y = p->y;
    if (tally_word_at(period_range_marks, t, n, k, &wl) &&
        (r3 = number_in(t + k + wl, n - k - wl, &m2)) && m2 >= a && m2 <= 12 &&
        k + wl + r3 + 3 < n && memcmp(t + k + wl + r3, "月", 3) == 0 &&
        (r4 = number_in(t + k + wl + r3 + 3, n - k - wl - r3 - 3, &e)) && e >= 1 && e <= 31) {
        if (m2 == a)
            snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-%02d-%02d..%02d", y, a, d, e);
        else if (d == 1 && e >= 28)
            month_range(p->out, y, a, m2);
        else
            snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-%02d-%02d..%02d-%02d", y, a, d, m2, e);
    } else if (tally_word_at(period_range_marks, t, n, k, &wl) &&
               (r3 = number_in(t + k + wl, n - k - wl, &e)) && e > d && e <= 31 &&
               k + wl + r3 + 3 <= n &&
               (memcmp(t + k + wl + r3, "日", 3) == 0 || memcmp(t + k + wl + r3, "号", 3) == 0))
        snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-%02d-%02d..%02d", y, a, d, e);
    else
        snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-%02d-%02d", y, a, d);
}

/* Whether the sentence after the period speaks of a level at a date
 * (tally_period_stock_words: 余额, 存量, 比率, 已累计): a 截至 month then keys
 * as that month, as 年末 keys as the year. */
static int stock_after(const period_text *p)
{
    enum { REACH = 600 };
    const scan *s = p->s;
    size_t e = p->start + p->n, end = e + REACH < s->len ? e + REACH : s->len, wl;
    for (size_t i = e; i < end; i++) {
        if (utf8_starts(s->f, end, i, "。", 3) || s->f[i] == '\n')
            return 0;
        if (tally_word_at(tally_period_stock_words, s->f, end, i, &wl))
            return 1;
    }
    return 0;
}

/* Whether the period stands in 至…为止 (统计至今年9月为止, 到9月止): the months
 * up to it, as 截至 reads. */
static int up_to_frame(const period_text *p)
{
    static const char *const leads[] = {"至", "到", "迄", NULL};
    static const char *const closers[] = {"为止", "止", NULL};
    const scan *s = p->s;
    size_t wl, e = p->start + p->n;
    return tally_word_before(leads, s->f, p->start, &wl) &&
           tally_word_at(closers, s->f, s->len, e, &wl);
}

/* Whether t[0, i) opens the year and runs to the month at i (今年至10月11日,
 * 年初至9月底, 本年到8月): the months up to it, as 截至 reads. */
static int from_year_start(const char *t, size_t i)
{
    static const char *const starts[] = {"今年", "本年", "年初", NULL};
    static const char *const tos[] = {"至", "到", "迄", NULL};
    size_t wl;
    if (!tally_word_before(tos, t, i, &wl))
        return 0;
    for (size_t k = 0; starts[k]; k++)
        if (fig_period_has(t, i - wl, starts[k]))
            return 1;
    return 0;
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
    size_t j = i + r, g = j;
    while (g < n && (t[g] == ' ' || t[g] == '\t'))
        g++; /* 12 月份, as Taiwan's agencies print it */
    int is_month = g + 3 <= n && memcmp(t + g, "月", 3) == 0; /* 月 after the number */
    if (is_month)
        j = g + 3; /* 1月至9月 */
    size_t wl;
    const char *mk = tally_word_at(period_range_marks, t, n, j, &wl);
    if (mk && (r = number_in(t + j + wl, n - j - wl, &b)) && b >= a && b <= 12 &&
        j + wl + r + 3 <= n && memcmp(t + j + wl + r, "月", 3) == 0) {
        month_range(p->out, y, a, b);
        return 1;
    }
    /* 2022年2月至2023年1月: months across a year, the range form across it */
    int y2, c;
    size_t r2, q = j + wl;
    if (mk && is_month && (r = number_in(t + q, n - q, &y2)) && y2 > y && y2 <= y + 10 &&
        q + r + 3 <= n && memcmp(t + q + r, "年", 3) == 0 &&
        (r2 = number_in(t + q + r + 3, n - q - r - 3, &c)) && c >= 1 && c <= 12 &&
        q + r + 3 + r2 + 3 <= n && memcmp(t + q + r + 3 + r2, "月", 3) == 0) {
        snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-%02d..%04d-%02d", y, a, y2, c);
        return 1;
    }
    /* 1月及2月 (合计): two months next to each other joined, one range */
    if (is_month && (mk = tally_word_at(tally_period_joins, t, n, j, &wl)) &&
        (r = number_in(t + j + wl, n - j - wl, &b)) && b == a + 1 && j + wl + r + 3 <= n &&
        memcmp(t + j + wl + r, "月", 3) == 0) {
        month_range(p->out, y, a, b);
        return 1;
    }
    /* 截至9月底, 截至9月末, 截至9月30日: the year to that month, a flow's
     * months; a level's (a balance, a ratio: 截至11月底，贷款余额…) is the month */
    if (is_month && (fig_period_has(t, i, "截至") || up_to_frame(p) || from_year_start(t, i))) {
        month_range(p->out, y, stock_after(p) ? a : 1, a);
        return 1;
    }
    /* 9月, 9月份, 9月15日 */
    if (is_month && !fig_period_has(t, n, "以来")) {
        int d;
        size_t r2;
        if (j < n && (r2 = number_in(t + j, n - j, &d)) && j + r2 + 3 <= n &&
            (memcmp(t + j + r2, "日", 3) == 0 || memcmp(t + j + r2, "号", 3) == 0) && d >= 1 &&
            d <= 31)
            key_days_from(p, a, d, j + r2 + 3);
        else
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

/* The key of the last period before the text at start, within a few
 * hundred bytes, that is no comparison's base and no 同期 of its own (the
 * month or months a 上月 or a 上年同期 is reckoned from); 0 when none. */
static int key_of_period_before(const scan *s, size_t start, char out[TALLY_PERIOD_KEY_MAX])
{
    for (size_t k = s->nd, looked = 0; k-- > 0 && looked < 16;) {
        const tally_date *d = &s->dates[k];
        if (d->span.start >= start)
            continue;
        looked++;
        if (d->span.start + 3000 < start) /* a release's list of items runs long */
            break;
        const char *t = s->f + d->span.start;
        size_t n = d->span.stop - d->span.start;
        if (!d->is_period || fig_period_comparison_base(s, d) || fig_period_has(t, n, "同期") ||
            fig_period_has(t, n, "上月") || fig_period_has(t, n, "上个月") ||
            (n >= 6 && memcmp(t, "上（", 6) == 0)) /* 上（11）月 */
            continue;
        fig_period_key(s, d->span, out);
        if (out[0])
            return 1;
    }
    return 0;
}

/* 上月, 上月底, 上个月: the month before the month the text last named
 * (11月…较上月之5.23% → 10月), else before the document's month. */
static int key_month_before(period_text *p)
{
    static const char *const words[] = {"上月", "上个月", NULL};
    size_t wl;
    /* 上（11）月: the month before, its number in brackets */
    int bracketed = p->n >= 12 && memcmp(p->t, "上", 3) == 0 &&
                    (memcmp(p->t + 3, "（", 3) == 0 || p->t[3] == '(') &&
                    memcmp(p->t + p->n - 3, "月", 3) == 0 &&
                    (memcmp(p->t + p->n - 6, "）", 3) == 0 || p->t[p->n - 4] == ')');
    if (!bracketed && (!tally_word_at(words, p->t, p->n, 0, &wl) || wl + 3 < p->n))
        return 0;
    char before[TALLY_PERIOD_KEY_MAX];
    int y = p->s->doc_year, m = p->s->doc_month, by, bm;
    if (key_of_period_before(p->s, p->start, before) && strlen(before) == 7 &&
        sscanf(before, "%4d-%2d", &by, &bm) == 2)
        y = by, m = bm;
    if (!y || !m)
        return 0;
    if (--m == 0)
        m = 12, y--;
    month_range(p->out, y, m, m);
    return 1;
}

/* 月末 (月末人民币贷款余额…), a month's end with no month written: the end
 * of the month the report is of, the last month of the period last named
 * (前三季度 → 2025-09; 本月末 is the document's month); no key without one,
 * as 年末 is the year's end. */
static int key_month_end(period_text *p)
{
    int y = 0, m = 0;
    if (p->n == 6 && memcmp(p->t, "月末", 6) == 0) {
        char before[TALLY_PERIOD_KEY_MAX];
        int end = key_of_period_before(p->s, p->start, before) ? key_end_month(before) : -1;
        if (end < 0)
            return 1; /* nothing to reckon from: no key */
        y = end / 12, m = end % 12 + 1;
    } else if (p->n == 9 && (memcmp(p->t, "本月末", 9) == 0 || memcmp(p->t, "本月底", 9) == 0)) {
        y = p->s->doc_year, m = p->s->doc_month;
        if (!y || !m)
            return 1;
    } else {
        return 0;
    }
    month_range(p->out, y, m, m);
    return 1;
}

/* 2023-24年度, 2023/24财政年度: a split fiscal year, April to March (Hong
 * Kong's government, whose 年度 alone is Macau's and Taiwan's calendar
 * year): 2023-04..2024-03, the range form across a year. */
static int key_split_fiscal_year(period_text *p)
{
    const char *t = p->t;
    size_t n = p->n, i = 0;
    int y1 = 0, y2 = 0;
    while (i < 4 && i < n && t[i] >= '0' && t[i] <= '9')
        y1 = y1 * 10 + (t[i++] - '0');
    if (i != 4 || i >= n || (t[i] != '-' && t[i] != '/'))
        return 0;
    size_t j = ++i;
    while (i < n && i - j < 4 && t[i] >= '0' && t[i] <= '9')
        y2 = y2 * 10 + (t[i++] - '0');
    if (i - j == 2)
        y2 += y1 / 100 * 100;
    else if (i - j != 4)
        return 0;
    if (y2 != y1 + 1 || !fig_period_has(t + i, n - i, "年度"))
        return 0;
    snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-04..%04d-03", y1, y2);
    return 1;
}

/* 112Q1, 2023Q1: a year (三 digits a 民国 year) and a quarter, as Taiwan's
 * agencies label their tables. */
static int key_q_label(period_text *p)
{
    const char *t = p->t;
    size_t n = p->n;
    if ((n != 5 && n != 6) || t[n - 2] != 'Q' || t[n - 1] < '1' || t[n - 1] > '4')
        return 0;
    int y = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        if (t[i] < '0' || t[i] > '9')
            return 0;
        y = y * 10 + (t[i] - '0');
    }
    if (n == 5)
        y += 1911;
    snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-Q%c", y, t[n - 1]);
    return 1;
}

/* 元至九月, 元月至9月: 元 (元月) is January, so the months from it (the
 * period atom of tally_period_time_patterns). */
static int key_from_january(period_text *p)
{
    static const char *const tos[] = {"至", "到", "—", "-", NULL};
    size_t i = 0, wl, r;
    int b;
    if (p->n < 9 || memcmp(p->t, "元", 3) != 0)
        return 0;
    i = 3;
    if (memcmp(p->t + i, "月", 3) == 0)
        i += 3;
    if (!tally_word_at(tos, p->t, p->n, i, &wl))
        return 0;
    i += wl;
    if (!(r = number_in(p->t + i, p->n - i, &b)) || b < 1 || b > 12 || i + r + 3 != p->n)
        return 0;
    month_range(p->out, p->y, 1, b);
    return 1;
}

/* 本月, 当月 (the month reported: the month last named, else the document's);
 * 本季, 本季度 (the quarter last named, else the document's); 上季, 上季度,
 * 上一季, 前一季 (the quarter before that one). */
static int key_this_or_last(period_text *p)
{
    static const char *const months[] = {"本月", "当月", NULL};
    static const char *const quarters[] = {"本季", "本季度", NULL};
    static const char *const before[] = {"上季", "上季度", "上一季", "上一季度", "前一季",
                                         "前一季度", NULL};
    size_t wl;
    int month = tally_word_at(months, p->t, p->n, 0, &wl) && wl == p->n;
    int now = !month && tally_word_at(quarters, p->t, p->n, 0, &wl) && wl == p->n;
    int prior = !month && !now && tally_word_at(before, p->t, p->n, 0, &wl) && wl == p->n;
    if (!month && !now && !prior)
        return 0;
    char named[TALLY_PERIOD_KEY_MAX];
    int end = key_of_period_before(p->s, p->start, named) ? key_end_month(named) : -1;
    /* the month or quarter the last named period ends in (1-9月 → 9月);
     * else the document's date */
    if (end < 0 && p->s->doc_year && p->s->doc_month)
        end = p->s->doc_year * 12 + p->s->doc_month - 1;
    if (end < 0)
        return 1; /* nothing to reckon from: no key */
    int y = end / 12, m = end % 12 + 1;
    if (month) {
        month_range(p->out, y, m, m);
        return 1;
    }
    int q = (m - 1) / 3 + 1;
    if (prior && --q == 0)
        q = 4, y--;
    snprintf(p->out, TALLY_PERIOD_KEY_MAX, "%04d-Q%d", y, q);
    return 1;
}

/* 上年同期, 去年同期 as a period (较上年同期之5.92%: that time's own value):
 * the period last named (本年1至11月) a year back (2016-01..11). */
static int key_same_period_last_year(period_text *p)
{
    static const char *const words[] = {"上年同期", "去年同期", NULL};
    size_t wl;
    if (!tally_word_at(words, p->t, p->n, 0, &wl) || wl != p->n)
        return 0;
    char before[TALLY_PERIOD_KEY_MAX];
    if (!key_of_period_before(p->s, p->start, before))
        return 1; /* nothing to reckon from: no key */
    /* every year of the key one back: 2017-01..11 → 2016-01..11 */
    size_t n = strlen(before);
    for (size_t i = 0; i + 4 <= n; i++) {
        int digits = 1;
        for (size_t j = 0; j < 4; j++)
            digits &= before[i + j] >= '0' && before[i + j] <= '9';
        if (!digits || (i > 0 && before[i - 1] != '.'))
            continue;
        int y = (before[i] - '0') * 1000 + (before[i + 1] - '0') * 100 +
                (before[i + 2] - '0') * 10 + (before[i + 3] - '0') - 1;
        for (size_t j = 4; j-- > 0; y /= 10)
            before[i + j] = (char)('0' + y % 10);
        i += 3;
    }
    memcpy(p->out, before, n + 1);
    return 1;
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
    if (key_plan_years(&p) || key_years_back(&p) || key_split_fiscal_year(&p) ||
        key_year_span(&p) || key_q_label(&p))
        return;
    p.y = fig_period_key_year(&p, fig_period_resolved_year(s, period.start));
    if (!p.y)
        p.y = fig_period_year_written_before(s, period.start);
    if (!p.y)
        return; /* no year known: no key */
    if (key_month_before(&p) || key_same_period_last_year(&p) || key_month_end(&p) ||
        key_from_january(&p) || key_this_or_last(&p))
        return;
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
            if (d->is_period && !fig_period_comparison_base(s, d) &&
                !fig_period_has(s->f + d->span.start, d->span.stop - d->span.start, "同期")) {
                fig_period_key(s, d->span, out);
                return;
            }
        }
        return;
    }
    if (fig_period_has(p.t, p.n, "同期"))
        return; /* the comparison base, not a period of its own */
    for (size_t k = 0; tally_period_holidays[k]; k++)
        if (fig_period_has(p.t, p.n, tally_period_holidays[k]) && fig_period_has(p.t, p.n, "期间"))
            return; /* 春节期间: dates of the calendar's moving feasts, no key */
    if (key_months_to(&p) || key_half(&p) || key_year_since(&p))
        return;
    for (size_t i = 0; i < p.n; i++) {
        if (key_first_months_at(&p, i) || key_quarter_at(&p, i) || key_months_at(&p, i))
            return;
        /* skip a whole character */
        while (i + 1 < p.n && ((unsigned char)p.t[i + 1] & 0xC0) == 0x80)
            i++;
    }
    if (fig_period_has(p.t, p.n, "首季")) {
        month_range(out, p.y, 1, 3);
        return;
    }
    /* a year, 全年, 今年 */
    snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d", p.y);
}

/* ---- members keyed one by one (docs/figures.md "Fifth round") ---- */

/* Whether [a, b) holds only the marks that join the members of a list of
 * figures (、 及 和 与, commas, spaces). */
static int only_list_joins(const scan *s, size_t a, size_t b)
{
    static const char *const joins[] = {"、", "及", "和", "与", "，", ",", " ", NULL};
    size_t wl;
    while (a < b) {
        if (!tally_word_at(joins, s->f, b, a, &wl))
            return 0;
        a += wl;
    }
    return 1;
}

/* Whether [a, b) holds a word of tally_respectively_words (分别, 依次). */
static int says_respectively(const scan *s, size_t a, size_t b)
{
    return tally_words_in(tally_respectively_words, s->f, a, b);
}

/* The members of a list of periods the figures of a 分别 list take one by
 * one, as keys into keys[0, n): the joined periods in the span (3月及首季),
 * the quarters of 第3、4季, or the years from Y of 自Y年起各年. Returns 1 when
 * the period has exactly n members. */
static int member_keys(const scan *s, tally_span *period, size_t list_end, const char *whole,
                       char (*keys)[TALLY_PERIOD_KEY_MAX], size_t n)
{
    size_t got = 0, wl;
    for (size_t k = 0; k < s->nd && got <= n; k++) {
        const tally_date *d = &s->dates[k];
        if (d->span.start >= period->start && d->span.stop <= period->stop && d->is_period) {
            if (got < n)
                fig_period_key(s, d->span, keys[got]);
            got++;
        }
    }
    if (got == n && n >= 2)
        return 1;
    int y = atoi(whole);
    /* 第3、4季: the first quarters written before the period's own */
    const char *t = s->f + period->start;
    size_t len = period->stop - period->start;
    if (n == 2 && len >= 4 && t[0] >= '1' && t[0] <= '4' && memcmp(t + 1, "季", 3) == 0 &&
        period->start >= 7 && memcmp(s->f + period->start - 3, "、", 3) == 0 &&
        s->f[period->start - 4] >= '1' && s->f[period->start - 4] < t[0] &&
        memcmp(s->f + period->start - 7, "第", 3) == 0) {
        int q0 = s->f[period->start - 4] - '0', q1 = t[0] - '0';
        size_t start = period->start - 7;
        for (size_t k = 0; k < s->nd; k++) /* 112年第3、4季: with its year */
            if (s->dates[k].span.stop == start) {
                const tally_date *d = &s->dates[k];
                int wy = fig_period_year_in(s, s->f + d->span.start, d->span.stop - d->span.start);
                y = wy ? wy : y;
                start = d->span.start;
            }
        if (!y)
            return 0;
        snprintf(keys[0], TALLY_PERIOD_KEY_MAX, "%04d-Q%d", y, q0);
        snprintf(keys[1], TALLY_PERIOD_KEY_MAX, "%04d-Q%d", y, q1);
        period->start = start;
        return 1;
    }
    /* 自100年起各年成长率分别为: year after year from the start */
    static const char *const each_year[] = {"各年", "逐年", NULL};
    int each = 0;
    for (size_t i = period->stop; i < list_end && !each; i++)
        each = tally_word_at(each_year, s->f, list_end, i, &wl) != NULL;
    if (y && each && strlen(whole) == 4 && fig_period_has(t, len, "起")) {
        for (size_t k = 0; k < n; k++)
            snprintf(keys[k], TALLY_PERIOD_KEY_MAX, "%04d", y + (int)k);
        return 1;
    }
    return 0;
}

/* The figures of a sentence, v[0, n), that list values 分别 (or 依次) of a
 * list of periods take one member each (112年第3、4季…分别为2.54%及5.59%,
 * 3月及首季…分别升1.8%及1.6%, 自100年起各年…分别为…): their period_key is
 * the member's. */
void fig_period_member_keys(const scan *s, tally_figure *v, size_t n)
{
    enum { MAX_MEMBERS = 8 };
    for (size_t i = 0; i < n;) {
        tally_span p = v[i].period;
        size_t j = i + 1;
        while (j < n && v[j].period.start == p.start && v[j].period.stop == p.stop &&
               only_list_joins(s, v[j - 1].span.stop, v[j].span.start))
            j++;
        size_t m = j - i;
        char keys[MAX_MEMBERS][TALLY_PERIOD_KEY_MAX];
        if (m >= 2 && m <= MAX_MEMBERS && p.stop > p.start && p.stop <= v[i].span.start &&
            says_respectively(s, p.stop, v[i].span.start) &&
            member_keys(s, &p, v[i].span.start, v[i].period_key, keys, m)) {
            for (size_t k = 0; k < m; k++) {
                memcpy(v[i + k].period_key, keys[k], TALLY_PERIOD_KEY_MAX);
                v[i + k].period = p;
            }
        }
        i = j;
    }
}

/* 从2012年到2021年，投入从120亿元增长到380亿元: of a figure under a span of
 * years (key Y1..Y2, key_year_span), the value after 从/由 is the first
 * year's, the value after 到/至 (with 从/由 before it in the sentence) the
 * last year's; the change between them keeps the span. */
void fig_period_span_ends(const scan *s, tally_figure *v, size_t n)
{
    static const char *const froms[] = {"从", "由", NULL};
    static const char *const tos[] = {"到", "至", NULL};
    for (size_t i = 0; i < n; i++) {
        char *k = v[i].period_key;
        int y1, y2;
        if (strlen(k) != 10 || sscanf(k, "%4d..%4d", &y1, &y2) != 2 || v[i].period.stop == 0)
            continue;
        /* both years written (not 十四五, 过去五年) */
        int runs = 0;
        for (size_t q = v[i].period.start, d = 0; q <= v[i].period.stop; q++) {
            int digit = q < v[i].period.stop && s->f[q] >= '0' && s->f[q] <= '9';
            d = digit ? d + 1 : (runs += d == 4, 0);
        }
        if (runs < 2)
            continue;
        size_t a = v[i].span.start, wl;
        while (a > v[i].period.stop && s->f[a - 1] == ' ')
            a--;
        int y = 0;
        if (tally_word_before(froms, s->f, a, &wl))
            y = y1;
        else if (tally_word_before(tos, s->f, a, &wl)) {
            for (size_t q = v[i].period.stop; q + 3 <= a && !y; q++)
                if (tally_word_at(froms, s->f, a, q, &wl))
                    y = y2;
        }
        if (y)
            snprintf(k, TALLY_PERIOD_KEY_MAX, "%04d", y);
    }
}

/* The last month of the period of key, as year * 12 + month - 1 (2025 →
 * December, 2025-H1 → June, 2025-Q3 → September, 2025-01..09, 2021..2025,
 * 2022-02..2023-01, 2025-06-15..30); -1 when it reads none. */
static int key_end_month(const char *key)
{
    size_t n = strlen(key);
    if (n < 4)
        return -1;
    int y = atoi(key), m = 12;
    const char *dots = strstr(key, "..");
    if (dots) {
        const char *e = dots + 2;
        if (strlen(e) >= 4 && (e[4] == '\0' || e[4] == '-')) { /* 2021..2025, ..2023-01 */
            y = atoi(e);
            m = e[4] == '-' ? atoi(e + 5) : 12;
        } else if (dots - key == 7) { /* 2025-01..09 */
            m = atoi(e);
        } else if (dots - key >= 10) { /* 2025-06-15..30 or ..07-14 */
            m = strchr(e, '-') ? atoi(e) : atoi(key + 5);
        }
    } else if (n >= 7 && key[4] == '-') {
        if (key[5] == 'H')
            m = 6 * (key[6] - '0');
        else if (key[5] == 'Q')
            m = 3 * (key[6] - '0');
        else
            m = atoi(key + 5);
    }
    if (y < 1900 || m < 1 || m > 12)
        return -1;
    return y * 12 + m - 1;
}

int fig_period_over(const scan *s, const char *key)
{
    int end = key_end_month(key);
    if (end < 0 || !s->doc_year)
        return 0;
    if (!s->doc_month)
        return end / 12 < s->doc_year;
    return end < s->doc_year * 12 + s->doc_month - 1;
}

/* The first month of the period of key, as year * 12 + month - 1 (2026 →
 * January, 2026-H2 → July, 2026-Q3 → July, 2026-03..05, 2026..2030); -1 when
 * it reads none. */
static int key_start_month(const char *key)
{
    size_t n = strlen(key);
    if (n < 4)
        return -1;
    int y = atoi(key), m = 1;
    if (n >= 7 && key[4] == '-') {
        if (key[5] == 'H')
            m = key[6] == '2' ? 7 : 1;
        else if (key[5] == 'Q')
            m = 3 * (key[6] - '0') - 2;
        else
            m = atoi(key + 5);
    }
    if (y < 1900 || m < 1 || m > 12)
        return -1;
    return y * 12 + m - 1;
}

int fig_period_ahead(const scan *s, const char *key)
{
    int start = key_start_month(key);
    if (start < 0 || !s->doc_year || !s->doc_dated)
        return 0;
    if (!s->doc_month)
        return start / 12 > s->doc_year;
    return start > s->doc_year * 12 + s->doc_month - 1;
}
