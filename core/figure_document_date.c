/* The document's date for the period keys (docs/figures.md "period_key"):
 * the year and month its relative periods (今年, 全年, 今年以来) count from,
 * whether it counts years from 民国 (Taiwan: 105年 = 2016), and the year its
 * title names. */
#include "figure_period.h"

#include <stdio.h>
#include <stdlib.h>

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

/* Whether the document counts years from 民国 (Taiwan): it names 民国 in
 * its head, has a ROC dateline (106-03-30, whose year and month go to *ry,
 * *rm; the return is then 2), or writes a three-digit year with a part of
 * the year after it in one time expression (106年第4季, 111年3月), which no
 * duration reads so. */
static int counts_from_roc(const scan *s, int *ry, int *rm)
{
    size_t head = s->len < 4000 ? s->len : 4000;
    int roc = 0;
    for (size_t i = 0; i + 6 <= head && !roc; i++)
        roc = memcmp(s->f + i, "民国", 6) == 0;
    if (roc_dateline(s, ry, rm))
        return 2;
    for (size_t k = 0; k < s->nd && k < 64 && !roc; k++) {
        const char *p = s->f + s->dates[k].span.start;
        size_t n = s->dates[k].span.stop - s->dates[k].span.start;
        /* 112年第3季 as one expression, or 112年 with 第 or 度 right after
         * it (112年第3、4季, which dates.c reads in parts) */
        size_t e = s->dates[k].span.stop;
        int part_after = n == 6 && e + 3 <= s->len &&
                         (memcmp(s->f + e, "第", 3) == 0 || memcmp(s->f + e, "度", 3) == 0);
        roc = (n > 6 + 3 || part_after) && p[0] == '1' && p[1] >= '0' && p[1] <= '4' &&
              p[2] >= '0' && p[2] <= '9' && memcmp(p + 3, "年", 3) == 0 &&
              (s->dates[k].span.start == 0 || !(p[-1] >= '0' && p[-1] <= '9'));
        /* 去（114）年: a 民国 year in brackets after a relative word */
        if (!roc && n >= 3 + 3 + 3 + 3 + 3 && memcmp(p + 3, "（", 3) == 0 && p[6] == '1' &&
            p[7] >= '0' && p[7] <= '4' && p[8] >= '0' && p[8] <= '9' &&
            memcmp(p + 9, "）年", 6) == 0)
            roc = 1;
        /* the same in Chinese digits one by one: 一一四年十二月, 一一三年第3季 */
        size_t zl;
        int vk = fig_period_zh_year_at(p, n, &zl);
        if (!roc && vk % 10 == 3 && vk / 10 >= 100 && vk / 10 <= 149 && zl + 3 <= n &&
            memcmp(p + zl, "年", 3) == 0 && (n > zl + 3 || (e + 3 <= s->len &&
            (memcmp(s->f + e, "第", 3) == 0 || memcmp(s->f + e, "度", 3) == 0))))
            roc = 1;
    }
    return roc;
}

/* The year the first line (a title) names: what a report published the
 * year after is about (2015年…统计公报 of 2016-03: its 全年 is 2015); 0 if
 * none. */
static int title_year(const scan *s)
{
    /* a first line that is only the page's date (2019年11月11日, 2019-11-11,
     * as the page's address gives it): the title is the line after it */
    size_t a = 0, e = 0, k0 = 0;
    while (e < s->len && s->f[e] != '\n')
        e++;
    if (s->nd > 0 && s->dates[0].span.start <= 3 && e < s->len) {
        size_t x = 0, y = e;
        while (x < y && (s->f[x] == ' ' || s->f[x] == '\t'))
            x++;
        while (y > x && (s->f[y - 1] == ' ' || s->f[y - 1] == '\t' || s->f[y - 1] == '\r'))
            y--;
        if (s->dates[0].span.start == x && s->dates[0].span.stop == y &&
            s->dates[0].kind == TALLY_DATE_DAY)
            a = e + 1, k0 = 1;
    }
    for (size_t k = k0; k < s->nd && k < 8 + k0; k++) {
        const tally_date *t = &s->dates[k];
        if (t->span.start < a)
            continue;
        if (memchr(s->f + a, '\n', t->span.start - a) != NULL)
            break;
        int y = fig_period_year_in(s, s->f + t->span.start, t->span.stop - t->span.start);
        if (y)
            return y;
    }
    return 0;
}

/* With no dateline, the year written in the opening paragraph (a title
 * 大同市2022年…公报, 二零零四年十月旅客入境数目, an opening 2022年是…): what
 * 全年, 年末 and 今年 of the document count from; sets s->doc_year (and
 * s->doc_month for a month). */
static void opening_year(scan *s)
{
    int y, m;
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
            (y = fig_period_year_in(s, s->f + t->span.start, t->span.stop - t->span.start)) != 0) {
            s->doc_year = y;
            return;
        }
    }
}

/* A first line that is only a year and a month (2015-07, 2015/07, 2015.07,
 * spaces around): a dateline of a month, as a page's address gives it. */
static int month_dateline(const scan *s, int *y, int *m)
{
    size_t i = 0, e;
    while (i < s->len && (s->f[i] == ' ' || s->f[i] == '\t'))
        i++;
    for (e = i; e < s->len && s->f[e] != '\n' && s->f[e] != '\r'; e++)
        ;
    while (e > i && (s->f[e - 1] == ' ' || s->f[e - 1] == '\t'))
        e--;
    const char *p = s->f + i;
    size_t n = e - i;
    if (n != 7 || (p[4] != '-' && p[4] != '/' && p[4] != '.'))
        return 0;
    for (size_t k = 0; k < 7; k++)
        if (k != 4 && !(p[k] >= '0' && p[k] <= '9'))
            return 0;
    *y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    *m = (p[5] - '0') * 10 + (p[6] - '0');
    return *y >= 1900 && *y <= 2999 && *m >= 1 && *m <= 12;
}

/* A line of the head that opens with a date written in eight digits and no
 * separator (20241014呂淑美/台北報導: a newspaper's dateline and byline), a
 * digit not after it: that day's year and month. */
static int compact_dateline(const scan *s, int *y, int *m)
{
    enum { LINES = 3 };
    size_t i = 0;
    for (int line = 0; line < LINES && i < s->len; line++) {
        while (i < s->len && (s->f[i] == ' ' || s->f[i] == '\t'))
            i++;
        const char *p = s->f + i;
        size_t k = 0;
        while (i + k < s->len && k < 9 && p[k] >= '0' && p[k] <= '9')
            k++;
        if (k == 8) {
            int yy = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
            int mm = (p[4] - '0') * 10 + (p[5] - '0'), dd = (p[6] - '0') * 10 + (p[7] - '0');
            if (yy >= 1900 && yy <= 2999 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
                *y = yy;
                *m = mm;
                return 1;
            }
        }
        while (i < s->len && s->f[i] != '\n')
            i++;
        i++;
    }
    return 0;
}

/* Whether the day t writes its year (2025年10月31日, 2025-10-31,
 * 二〇二五年…): four digits or 年 in its text. */
static int writes_its_year(const scan *s, const tally_date *t)
{
    size_t run = 0;
    for (size_t i = t->span.start; i < t->span.stop; i++) {
        run = s->f[i] >= '0' && s->f[i] <= '9' ? run + 1 : 0;
        if (run == 4)
            return 1;
    }
    return fig_period_has(s->f + t->span.start, t->span.stop - t->span.start, "年");
}

/* The document's date: the page's own (doc_date: front matter, the dateline
 * structure.c read), else a first line of a year and month (2015-07) or a
 * line of the head opening with eight digits (20241014), else the text's
 * first full date, else a ROC dateline, else the opening
 * paragraph's year. */
void fig_document_date(scan *s, const char *doc_date)
{
    int y, m, d, ry = 0, rm = 0;
    s->doc_year = s->doc_month = s->doc_dated = 0;
    int roc = counts_from_roc(s, &ry, &rm);
    s->roc = roc != 0;
    s->title_year = title_year(s);
    if (doc_date && sscanf(doc_date, "%4d-%2d", &y, &m) == 2 && y >= 1900 && y <= 2999 &&
        m >= 1 && m <= 12) {
        s->doc_year = y;
        s->doc_month = m;
        s->doc_dated = 1;
        return;
    }
    if (month_dateline(s, &y, &m) || compact_dateline(s, &y, &m)) {
        s->doc_year = y;
        s->doc_month = m;
        s->doc_dated = 1;
        return;
    }
    for (size_t k = 0; k < s->nd; k++) {
        const tally_date *t = &s->dates[k];
        if (t->kind == TALLY_DATE_DAY && strlen(t->value) == 10 &&
            sscanf(t->value, "%4d-%2d-%2d", &y, &m, &d) == 3) {
            s->doc_year = y;
            s->doc_month = m;
            /* a day whose year dates.c lent it (今日(八月十一日) after
             * 二零零五年…) may be no date of the page */
            s->doc_dated = writes_its_year(s, t);
            return;
        }
    }
    if (roc == 2) { /* 日期:106-03-30 */
        s->doc_year = ry;
        s->doc_month = rm;
        s->doc_dated = 1;
        return;
    }
    opening_year(s);
}
