/* The year a period's key counts in (docs/figures.md "period_key"): written
 * (2024年, 民国 105年), relative (今年, 去年, 上年) against the document's
 * year, carried from a period before it in its sentence, or the document's. */
#include "figure_period.h"

#include <stdio.h>
#include <stdlib.h>

/* Whether the n bytes at t hold the word w. */
int fig_period_has(const char *t, size_t n, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = 0; i + l <= n; i++)
        if (memcmp(t + i, w, l) == 0)
            return 1;
    return 0;
}

/* The value of the Chinese digit at t[0, n) written one by one in years
 * (二〇二五, 一一四, 一○六), its length in *len; -1 if none. */
static int zh_digit_at(const char *t, size_t n, size_t *len)
{
    static const char *const digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (int v = 0; v < 10; v++) {
        size_t l = strlen(digits[v]);
        if (l <= n && memcmp(t, digits[v], l) == 0)
            return *len = l, v;
    }
    /* 零 and the circle ○ (U+25CB) typed for 〇 */
    if (n >= 3 && (memcmp(t, "零", 3) == 0 || memcmp(t, "\xe2\x97\x8b", 3) == 0))
        return *len = 3, 0;
    return -1;
}

/* A year in Chinese digits one by one at t (二〇二五, 一一四): its value * 10
 * + its digit count (3 or 4), its bytes in *len (the run's, whatever its
 * length); 0 if no such year. */
int fig_period_zh_year_at(const char *t, size_t n, size_t *len)
{
    size_t i = 0, l;
    int v = 0, k = 0, d;
    while (k < 5 && i < n && (d = zh_digit_at(t + i, n - i, &l)) >= 0)
        v = v * 10 + d, i += l, k++;
    *len = i;
    return k >= 3 && k <= 4 ? v * 10 + k : 0; /* value and digit count */
}

/* The year written in t: four digits before 年, with the space of print
 * layout between (2024 年); in a document that counts from 民国, two or three
 * digits before 年 (105年 = 2016). 0 if none. */
int fig_period_year_in(const scan *s, const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (t[i] < '0' || t[i] > '9' || (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9'))
            continue;
        size_t e = i;
        int v = 0;
        while (e < n && t[e] >= '0' && t[e] <= '9' && e - i < 5)
            v = v * 10 + (t[e++] - '0');
        size_t g = fig_gap(t, e, n);
        /* 去（114）年: the year in brackets after a relative word */
        int bracketed = i >= 3 && (memcmp(t + i - 3, "（", 3) == 0 || t[i - 1] == '(') &&
                        ((g + 6 <= n && memcmp(t + g, "）", 3) == 0) || (g < n && t[g] == ')'));
        size_t digits = e - i;
        if (bracketed)
            e = g += t[g] == ')' ? 1 : 3; /* the bracket is the year's mark, no gap */
        if (g + 3 > n || memcmp(t + g, "年", 3) != 0)
            continue;
        if (digits == 4 && v >= 1900 && v <= 2200)
            return v;
        if (s->roc && g == e && (digits == 2 || digits == 3) && v >= 1 && v <= 200)
            return 1911 + v;
    }
    /* in Chinese digits one by one: 二〇二五年, and 一一四年 in a 民国 text */
    for (size_t i = 0; i < n;) {
        size_t l;
        int vk = fig_period_zh_year_at(t + i, n - i, &l);
        if (vk && i + l + 3 <= n && memcmp(t + i + l, "年", 3) == 0) {
            int v = vk / 10, k = vk % 10;
            if (k == 4 && v >= 1900 && v <= 2200)
                return v;
            if (k == 3 && s->roc && v >= 100 && v <= 199)
                return 1911 + v;
        }
        if (l) { /* past the whole run: 二〇一一四年 holds no 一一四年 */
            i += l;
            continue;
        }
        i++;
        while (i < n && ((unsigned char)t[i] & 0xC0) == 0x80)
            i++;
    }
    return 0;
}

/* The index of the first date starting at or after at (s->nd when none):
 * dates are sorted by start, so a binary search. */
size_t fig_period_first_date(const scan *s, size_t at)
{
    size_t lo = 0, hi = s->nd;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (s->dates[m].span.start < at)
            lo = m + 1;
        else
            hi = m;
    }
    return lo;
}

/* The year the time expression at span start resolved to in dates.c, or 0. */
int fig_period_resolved_year(const scan *s, size_t start)
{
    size_t lo = fig_period_first_date(s, start);
    if (lo < s->nd && s->dates[lo].span.start == start && s->dates[lo].value[0])
        return atoi(s->dates[lo].value);
    return 0;
}

/* With no year of the document's: the year last written before start in a
 * time expression that is a period (一、2018年工作回顾 … 全年农林牧渔业总产值),
 * or 0. */
int fig_period_year_written_before(const scan *s, size_t start)
{
    size_t k = s->nd, looked = 0;
    while (k > 0 && s->dates[k - 1].span.start >= start)
        k--;
    for (; k-- > 0 && looked++ < 256;) { /* a bounded look back, as last_period's */
        const tally_date *d = &s->dates[k];
        if (!d->is_period)
            continue;
        int y = fig_period_year_in(s, s->f + d->span.start, d->span.stop - d->span.start);
        if (y)
            return y;
    }
    return 0;
}

/* The year a time expression of t names: written (2024年, 105年) or relative
 * (今年, 去年, 上年) against the document's year D; 0 if none. */
static int year_named(const scan *s, const char *t, size_t n, int D)
{
    int y = fig_period_year_in(s, t, n);
    if (y || !D)
        return y;
    if (fig_period_has(t, n, "今年") || fig_period_has(t, n, "本年") || fig_period_has(t, n, "当年"))
        return D;
    if (fig_period_has(t, n, "去年") || fig_period_has(t, n, "上年") || fig_period_has(t, n, "上一年"))
        return D - 1;
    if (fig_period_has(t, n, "明年"))
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
        if (!d->is_period || fig_period_comparison_base(s, d) ||
            tally_word_before(tally_period_compare_leads, s->f, d->span.start, &wl) ||
            fig_period_in_cause(s, d))
            continue;
        int y = year_named(s, s->f + d->span.start, d->span.stop - d->span.start, s->doc_year);
        if (y)
            return y;
    }
    return 0;
}

/* Whether t holds only a year word of no year of its own: 全年, 年末, 年底,
 * 全年度. */
static int bare_year_word(const char *t, size_t n)
{
    static const char *const words[] = {"全年", "年末", "年底", "全年度", "年内", NULL};
    for (size_t k = 0; words[k]; k++)
        if (strlen(words[k]) == n && memcmp(t, words[k], n) == 0)
            return 1;
    return 0;
}

/* The year of the last period before start in the document (within a few
 * thousand bytes), as its key reads it: what a bare 全年 or 年末 counts in
 * (一、2022年工作回顾…2022年，是…的一年。…全年地区生产总值增长4.5%; a January
 * story on 去年12月…全年出口). Skips bases, causes, spans since a year, other
 * bare year words and what cannot be a period; 0 when none. */
static int year_of_period_before(const scan *s, size_t start)
{
    enum { REACH = 4000, LOOK = 24 };
    size_t k = s->nd;
    while (k > 0 && s->dates[k - 1].span.start >= start)
        k--;
    for (size_t looked = 0; k-- > 0 && looked++ < LOOK;) {
        const tally_date *d = &s->dates[k];
        if (d->span.start + REACH < start)
            break;
        const char *t = s->f + d->span.start;
        size_t n = d->span.stop - d->span.start;
        size_t from = d->span.start > 300 ? d->span.start - 300 : 0;
        if (bare_year_word(t, n) || fig_period_has(t, n, "以来") || fig_period_has(t, n, "同期") ||
            fig_period_has(t, n, "起") || !fig_period_candidate(s, k, from, d->span.stop))
            continue;
        char key[TALLY_PERIOD_KEY_MAX];
        fig_period_key(s, d->span, key);
        if (strlen(key) < 4 || (strlen(key) >= 10 && key[4] == '.' && memcmp(key, key + 6, 4) != 0))
            continue; /* no key, or a span of years (2021..2025) */
        /* in the paragraph of the figure, or a period that closes a year (12月,
         * 第四季, 下半年): the year it closes is the year whose whole follows */
        size_t kl = strlen(key);
        int closes = (kl >= 3 && memcmp(key + kl - 3, "-12", 3) == 0) ||
                     (kl >= 3 && memcmp(key + kl - 3, "-Q4", 3) == 0) ||
                     (kl >= 3 && memcmp(key + kl - 3, "-H2", 3) == 0) ||
                     (kl >= 4 && memcmp(key + kl - 4, "..12", 4) == 0);
        if (!closes && memchr(s->f + d->span.stop, '\n', start - d->span.stop) != NULL)
            return 0;
        return atoi(key);
    }
    return 0;
}

/* A year written right before a part of a year without 年 (二零零六第二季,
 * 2006上半年): four digits, Arabic or Chinese one by one; 0 if none. */
static int year_right_before(const scan *s, size_t start, const char *t, size_t n)
{
    static const char *const parts[] = {"第", "上半年", "下半年", "首季", "前", NULL};
    size_t wl;
    if (!tally_word_at(parts, t, n, 0, &wl))
        return 0;
    /* Arabic: four digits, no digit before them */
    if (start >= 4) {
        const char *d = s->f + start - 4;
        int v = 0, ok = 1;
        for (int k = 0; k < 4; k++)
            ok &= d[k] >= '0' && d[k] <= '9', v = v * 10 + (d[k] - '0');
        if (ok && !(start > 4 && d[-1] >= '0' && d[-1] <= '9'))
            return v >= 1900 && v <= 2200 ? v : 0;
    }
    /* Chinese: four digit characters of three bytes each */
    if (start >= 12) {
        size_t l, pl;
        int vk = fig_period_zh_year_at(s->f + start - 12, 12, &l);
        int more = start >= 15 && fig_period_zh_year_at(s->f + start - 15, 3, &pl) == 0 && pl == 3;
        if (vk % 10 == 4 && l == 12 && !more && vk / 10 >= 1900 && vk / 10 <= 2200)
            return vk / 10;
    }
    return 0;
}

/* The month a period's text names first (9月, 1至9月 → 1; 十二月), or 0. */
static int first_month_in(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double v;
        int zh;
        size_t r = tally_numeral_scan(t + i, n - i, &v, &zh);
        if (r) {
            size_t j = i + r;
            while (j < n && t[j] == ' ')
                j++;
            if (j + 3 <= n && memcmp(t + j, "月", 3) == 0 && v >= 1 && v <= 12 && v == (int)v)
                return (int)v;
            i += r - 1;
        }
    }
    return 0;
}

/* The year of the key: written (2024年, 105年), relative (今年, 去年, 上年)
 * against the document's year, the year a period before it in its sentence
 * names, the year dates.c resolved, else the document's. */
int fig_period_key_year(const period_text *p, int resolved)
{
    int y = fig_period_year_in(p->s, p->t, p->n), D = p->D;
    if (!y && D) {
        const char *t = p->t;
        size_t n = p->n;
        if (fig_period_has(t, n, "今年") || fig_period_has(t, n, "本年") || fig_period_has(t, n, "当年") || fig_period_has(t, n, "年初以来"))
            y = D;
        else if (fig_period_has(t, n, "去年") || fig_period_has(t, n, "上年") || fig_period_has(t, n, "上一年") ||
                 fig_period_has(t, n, "过去一年"))
            y = D - 1;
        else if (fig_period_has(t, n, "明年") || fig_period_has(t, n, "下一年"))
            y = D + 1;
        else if (fig_period_has(t, n, "前年"))
            y = D - 2;
    }
    if (!y)
        y = year_right_before(p->s, p->start, p->t, p->n);
    if (!y)
        y = sentence_year_before(p->s, p->start);
    /* 全年, 年末 of a report published the year after the year its title
     * names: the title's year (not 今年, which counts from the date) */
    if (!y && D && p->s->title_year == D - 1 &&
        (fig_period_has(p->t, p->n, "全年") || fig_period_has(p->t, p->n, "年末") || fig_period_has(p->t, p->n, "年底")))
        y = D - 1;
    /* a bare 全年 or 年末: the year of the period last written before it */
    if (!y && bare_year_word(p->t, p->n))
        y = year_of_period_before(p->s, p->start);
    if (!y) {
        y = resolved ? resolved : D;
        /* 12月 in a text of January, no year written: a month after the
         * document's is last year's (a report of the month just ended) */
        int m = first_month_in(p->t, p->n);
        if (y && y == D && m && p->s->doc_month && m > p->s->doc_month)
            y--;
    }
    return y;
}
