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
    if (tally_word_before(tally_period_base_marks, s->f, d->span.start, &wl))
        return 1;
    if (!tally_word_before(tally_period_base_leads, s->f, d->span.start, &wl))
        return 0;
    size_t e = d->span.stop;
    if (utf8_starts(s->f, s->len, e, "同期", 6))
        e += 6;
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
        if (d->is_period && d->span.stop <= a && !comparison_base(s, d))
            return joined_period(s, k, from);
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

tally_span fig_period_for(const scan *s, const tally_span *sent, size_t n_sent, size_t si,
                          size_t a)
{
    const tally_span *sp = &sent[si];
    tally_span best = last_period(s, sp->start, a);
    if (best.stop > best.start)
        return without_from(s, best);
    /* a sentence opening with 其中 takes the period of the one before */
    size_t i = skip_space(s, sp->start, sp->stop);
    if (si > 0 && si < n_sent && utf8_starts(s->f, sp->stop, i, "其中", 6))
        best = last_period(s, sent[si - 1].start, sent[si - 1].stop);
    return best;
}

/* ---- period_key ---- */

void fig_document_date(scan *s, const char *doc_date)
{
    int y, m, d;
    s->doc_year = s->doc_month = 0;
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

/* The period's text normalized against the document's date (docs/figures.md,
 * "period_key"). The year is the one written (2024年), else the relative
 * year (今年, 去年, 上年) against the document's year, else the year the
 * time expression resolved to, else the document's year. */
void fig_period_key(const scan *s, tally_span period, char out[TALLY_PERIOD_KEY_MAX])
{
    out[0] = '\0';
    if (period.stop <= period.start)
        return;
    const char *t = s->f + period.start;
    size_t n = period.stop - period.start;
    int D = s->doc_year, y = 0;
    /* the date record of the span, for the year it resolved to */
    int resolved = 0;
    {
        size_t lo = 0, hi = s->nd;
        while (lo < hi) {
            size_t m = lo + (hi - lo) / 2;
            if (s->dates[m].span.start < period.start)
                lo = m + 1;
            else
                hi = m;
        }
        if (lo < s->nd && s->dates[lo].span.start == period.start && s->dates[lo].value[0])
            resolved = atoi(s->dates[lo].value);
    }
    /* spans of years */
    static const struct {
        const char *word;
        int first, last;
    } plans[] = {{"十三五", 2016, 2020}, {"十四五", 2021, 2025}, {"十五五", 2026, 2030}};
    for (size_t k = 0; k < sizeof plans / sizeof *plans; k++)
        if (has(t, n, plans[k].word)) {
            snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d..%04d", plans[k].first, plans[k].last);
            return;
        }
    if (D && (has(t, n, "过去五年") || has(t, n, "近五年"))) {
        snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d..%04d", D - 5, D - 1);
        return;
    }
    /* the year */
    for (size_t i = 0; i + 4 < n; i++)
        if (t[i] >= '1' && t[i] <= '2' && i + 7 <= n && memcmp(t + i + 4, "年", 3) == 0 &&
            (i == 0 || !(t[i - 1] >= '0' && t[i - 1] <= '9'))) {
            int v = atoi(t + i);
            if (v >= 1900 && v <= 2200) {
                y = v;
                break;
            }
        }
    if (!y && D) {
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
        y = resolved ? resolved : D;
    if (!y)
        return; /* no year known: no key */
    if (has(t, n, "同期"))
        return; /* the comparison base, not a period of its own */
    /* parts of the year */
    if (has(t, n, "上半年")) {
        month_range(out, y, 1, 6);
        return;
    }
    if (has(t, n, "下半年")) {
        month_range(out, y, 7, 12);
        return;
    }
    if (has(t, n, "以来") && !has(t, n, "月")) { /* 今年以来: up to the document's month */
        if (y == D && s->doc_month)
            month_range(out, y, 1, s->doc_month);
        else
            snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d", y);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int a, b;
        size_t r;
        /* 前三季度, 前8个月, 前5月 */
        if (memcmp(t + i, "前", 3) == 0 && i + 3 < n && (r = number_in(t + i + 3, n - i - 3, &a))) {
            size_t j = i + 3 + r;
            if (j + 6 <= n && memcmp(t + j, "季度", 6) == 0 && a >= 1 && a <= 4) {
                month_range(out, y, 1, 3 * a);
                return;
            }
            if (j < n && (memcmp(t + j, "个月", 6) == 0 || memcmp(t + j, "月", 3) == 0) && a >= 1 &&
                a <= 12) {
                month_range(out, y, 1, a);
                return;
            }
        }
        /* 三季度, 第三季度, 一季度, 3季度 */
        if ((r = number_in(t + i, n - i, &a)) && i + r + 6 <= n &&
            memcmp(t + i + r, "季度", 6) == 0 && a >= 1 && a <= 4 &&
            !(i >= 3 && memcmp(t + i - 3, "前", 3) == 0)) {
            month_range(out, y, 3 * a - 2, 3 * a);
            return;
        }
        /* 1至9月, 1-8月, 1—10月, 一至九月 */
        if ((r = number_in(t + i, n - i, &a)) && a >= 1 && a <= 12 &&
            !(i >= 3 && memcmp(t + i - 3, "前", 3) == 0)) {
            size_t j = i + r;
            if (j < n && memcmp(t + j, "月", 3) == 0)
                j += 3; /* 1月至9月 */
            static const char *const marks[] = {"至", "到", "—", "–", "-", "～", "~", "－", NULL};
            size_t wl;
            const char *mk = tally_word_at(marks, t, n, j, &wl);
            if (mk && (r = number_in(t + j + wl, n - j - wl, &b)) && b >= a && b <= 12 &&
                j + wl + r + 3 <= n && memcmp(t + j + wl + r, "月", 3) == 0) {
                month_range(out, y, a, b);
                return;
            }
            /* 1月及2月 (合计): two months next to each other joined, one range */
            if (j > i + r && (mk = tally_word_at(tally_period_joins, t, n, j, &wl)) &&
                (r = number_in(t + j + wl, n - j - wl, &b)) && b == a + 1 &&
                j + wl + r + 3 <= n && memcmp(t + j + wl + r, "月", 3) == 0) {
                month_range(out, y, a, b);
                return;
            }
            /* 截至9月底, 截至9月末, 截至9月30日: the year to that month */
            if (j > i + r && has(t, i, "截至")) {
                month_range(out, y, 1, a);
                return;
            }
            /* 9月, 9月份, 9月15日 */
            if (j > i + r && !has(t, n, "以来")) {
                int d;
                size_t r2;
                if (j < n && (r2 = number_in(t + j, n - j, &d)) && j + r2 + 3 <= n &&
                    (memcmp(t + j + r2, "日", 3) == 0 || memcmp(t + j + r2, "号", 3) == 0) &&
                    d >= 1 && d <= 31)
                    snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d-%02d-%02d", y, a, d);
                else
                    month_range(out, y, a, a);
                return;
            }
            if (j > i + r) { /* 1月以来 */
                if (y == D && s->doc_month)
                    month_range(out, y, a, s->doc_month);
                else
                    month_range(out, y, a, a);
                return;
            }
        }
        /* skip a whole character */
        while (i + 1 < n && ((unsigned char)t[i + 1] & 0xC0) == 0x80)
            i++;
    }
    if (has(t, n, "首季")) {
        month_range(out, y, 1, 3);
        return;
    }
    /* a year, 全年, 今年 */
    snprintf(out, TALLY_PERIOD_KEY_MAX, "%04d", y);
}
