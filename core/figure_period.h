/* The period stage's files and what they share (spec/figures.md "period",
 * "period_key"; docs/figures.md). A figure's period is read in stages:
 *   figure_document_date.c   the document's date and year count (民国)
 *   figure_period_filters.c  time expressions that cannot be the period
 *   figure_period.c          the one that governs a figure, or the carried one
 *   figure_period_year.c     the year its key counts in
 *   figure_period_key.c      its text normalized (2025, 2025-H1, 2025-01..09) */
#ifndef TALLY_FIGURE_PERIOD_H
#define TALLY_FIGURE_PERIOD_H

#include "figure_scan.h"

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

/* ---- tables (figure_context_tables.c) ---- */

extern const char *const tally_status_revision_verbs[]; /* 上修: a forecast revised */
extern const char *const tally_status_forecast_verbs[]; /* 上看: a forecast, read as characters */
extern const char *const tally_status_budget_words[];   /* 预算数: a plan */
extern const char *const tally_status_goal_times[];     /* 全年 in 完成全年目标任务的62% */
extern const char *const tally_status_contrast_words[]; /* 但: a budget lends no plan over it */
extern const char *const tally_period_base_fillers[]; /* 数字: 与去年同期数字比较 */
extern const char *const tally_period_base_nouns[];    /* 基数: 十一月份的基数 is a base */
extern const char *const tally_period_share_leads[];   /* 占: 占全年预算 dates the whole */
extern const char *const tally_period_cause_leads[];   /* 受 in 受去年…影响 */
extern const char *const tally_period_cause_closers[]; /* 影响 */
extern const char *const tally_period_aim_nouns[];       /* 预算 in 全年预算达成率 */
extern const char *const tally_period_progress_words[]; /* 达成率 */
extern const char *const tally_period_holidays[];      /* 春节 in 春节期间: no key */
extern const char *const tally_period_streak_leads[];  /* 延续 in 延续上年第3季以来之正成长 */

/* ---- figure_period_filters.c ---- */

/* Whether the time expression d dates a cause (受去年3月…影响). */
int fig_period_in_cause(const scan *s, const tally_date *d);

/* Whether the time expression d is the base of a comparison (与上年相比). */
int fig_period_comparison_base(const scan *s, const tally_date *d);
/* Where the period p ends before a word of now (目前, 当前) it holds: the
 * end of the year before it (2023年截至目前 → 2023年), p.start when no year
 * stands before it (截至目前: no period), p.stop when it holds none. */
size_t fig_period_until_now(const scan *s, tally_span p);
/* Whether date k can be the period of the figure at a, its sentence from from. */
int fig_period_candidate(const scan *s, size_t k, size_t from, size_t a);

/* ---- figure_period.c ---- */

/* The compared time a figure at a is the value of (较去年2.19%, 由去年的衰退9%),
 * in the sentence from from; an empty span when none. */
tally_span fig_period_compared_time(const scan *s, size_t from, size_t a);

/* Whether the figure at a is the value of a compared estimate (较8月预测数
 * 2.11%): a forecast made at that time. */
int fig_period_compared_estimate(const scan *s, size_t from, size_t a);

/* Whether the period of key has ended before the document's date (a
 * quarter of a text dated after it); 0 when either is unknown. */
int fig_period_over(const scan *s, const char *key);

/* Whether the period of key starts after the document's date (明年 in a
 * text of this year); 0 when either is unknown. */
int fig_period_ahead(const scan *s, const char *key);

/* Whether the line holding e (from floor on) holds a comma of prose before
 * e (，, or a 、 that is no list item's mark: 二、2024年主要目标). */
int fig_line_holds_comma(const scan *s, size_t floor, size_t e);
/* Whether [line, q) is a list item's numeral (二, 第三, 12) before its 、. */
int fig_list_mark_before(const scan *s, size_t line, size_t q);

/* ---- figure_period_year.c ---- */

/* Whether the n bytes at t hold the word w. */
int fig_period_has(const char *t, size_t n, const char *w);
/* The year written in t (2024年; 105年 in a 民国 document), or 0. */
int fig_period_year_in(const scan *s, const char *t, size_t n);
/* A year in Chinese digits one by one at t (二〇二五, 一一四): value * 10 +
 * digit count (3 or 4), its bytes in *len; 0 if none. */
int fig_period_zh_year_at(const char *t, size_t n, size_t *len);
/* The index of the first date starting at or after at, s->nd when none. */
size_t fig_period_first_date(const scan *s, size_t at);
/* The year dates.c resolved for the time expression starting at start, or 0. */
int fig_period_resolved_year(const scan *s, size_t start);
/* The year of the last period written before start, or 0. */
int fig_period_year_written_before(const scan *s, size_t start);
/* The year the key of p counts in (resolved: dates.c's year, or 0). */
int fig_period_key_year(const period_text *p, int resolved);

#endif
