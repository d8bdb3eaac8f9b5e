/* Figures and time expressions of a report (spec/figures.md): numbers a text
 * states about the world, resolved to value, unit and kind, and the dates,
 * periods and durations that are kept apart from them. */
#ifndef TALLY_FIGURES_H
#define TALLY_FIGURES_H

#include "tally/tally.h"

typedef enum tally_figure_kind {
    TALLY_FIG_MONEY,
    TALLY_FIG_QUANTITY,
    TALLY_FIG_PERCENT,
    TALLY_FIG_GROWTH,
    TALLY_FIG_PP,
    TALLY_FIG_RANK,
    TALLY_FIG_RATIO,
    /* Unit kinds that never make a figure: a time unit (年, 个月, 日) marks a
     * date or duration; an ordinal unit (届) a name. */
    TALLY_FIG_TIME,
    TALLY_FIG_ORDINAL
} tally_figure_kind;

typedef enum tally_approx {
    TALLY_APPROX_NONE,
    TALLY_APPROX_ABOUT,
    TALLY_APPROX_OVER,
    TALLY_APPROX_UNDER
} tally_approx;

/* "money", "quantity", ...; NULL for an unknown kind */
const char *tally_figure_kind_name(tally_figure_kind kind);
/* The kind a name stands for; -1 if the name is none */
int tally_figure_kind_from_name(const char *name);
const char *tally_approx_name(tally_approx a); /* NULL for NONE */
int tally_approx_from_name(const char *name);  /* -1 if none */

#define TALLY_UNIT_MAX 48
#define TALLY_KEY_MAX 96    /* subject_key, in bytes with the NUL */
#define TALLY_PERIOD_KEY_MAX 48

/* Whether a figure states an outcome or an aim (spec: status). */
typedef enum tally_status {
    TALLY_STATUS_ACTUAL,   /* an outcome */
    TALLY_STATUS_TARGET,   /* 目标, 预期, 力争, 确保; 左右 or 要 in a plan part */
    TALLY_STATUS_FORECAST, /* 预计 */
    TALLY_STATUS_PLAN      /* 计划, 拟, 将新建N个 */
} tally_status;

/* Whose figure it is (spec: region). */
typedef enum tally_region_scope {
    TALLY_REGION_DOCUMENT, /* the document's own region (全省, or none named) */
    TALLY_REGION_NAMED,    /* the region named in the clause: region holds it */
    TALLY_REGION_COUNTRY   /* 全国: the country, no region */
} tally_region_scope;

/* "actual", "target", "forecast", "plan" */
const char *tally_status_name(tally_status status);
/* "document", "named", "country" */
const char *tally_region_scope_name(tally_region_scope scope);

/* A span whose start == stop is absent (nil in Lua). */
typedef struct tally_figure {
    tally_span span;
    double value;
    double value_max;
    int has_max;
    char unit[TALLY_UNIT_MAX];
    tally_figure_kind kind;
    tally_approx approx;
    tally_span scope;
    tally_span subject;
    tally_span period;
    size_t sentence; /* 0-based index into the sentences given */
    /* subject for grouping: folded to Simplified, without region, period and
     * hedge words, synonyms applied (docs/figures.md); "" when none */
    char subject_key[TALLY_KEY_MAX];
    /* the period normalized (2025, 2025-H1, 2025-Q3, 2025-01..09); "" when none */
    char period_key[TALLY_PERIOD_KEY_MAX];
    tally_status status;
    tally_region_scope region_scope;
    tally_span region; /* the region named, when region_scope is NAMED */
} tally_figure;

typedef enum tally_date_kind {
    TALLY_DATE_DAY,      /* a calendar day: 2020年3月13日, 10月8日 */
    TALLY_DATE_MONTH,    /* a month: 2016年10月, 6月底 */
    TALLY_DATE_YEAR,     /* a year: 2023年, 今年 */
    TALLY_DATE_PERIOD,   /* part of a year or a span: 上半年, 1至9月, 前5个月, 截至6月底 */
    TALLY_DATE_DURATION, /* a length of time: 连续9个月, 三年 */
    TALLY_DATE_TIME      /* a clock time */
} tally_date_kind;

const char *tally_date_kind_name(tally_date_kind kind);

typedef struct tally_date {
    tally_span span;
    tally_date_kind kind;
    char value[24];     /* ISO 8601 (2020-03-13, 2020-03, 2020) or "" when unresolved */
    char value_max[24]; /* end of a range, or "" */
    int is_period;      /* may govern a figure's period (spec: not 目前, 当前) */
} tally_date;

/* The tables the scanner reads: units, qualifiers, trend words, rank words,
 * exclusion patterns. Built from the defaults, then extended; a rules object
 * is read-only while figures are found, so one may serve many threads as long
 * as nobody adds to it meanwhile. */
typedef struct tally_figure_rules tally_figure_rules;

tally_figure_rules *tally_figure_rules_new(tally_error *err);
void tally_figure_rules_free(tally_figure_rules *rules);

/* Flags of a unit word. */
enum {
    TALLY_UNIT_AFTER_COUNT = 1, /* may follow 个 and then is the unit (三个方面 → 方面) */
    TALLY_UNIT_PREFIX = 2,      /* stands before the number ($, 港币, 人民币) */
    TALLY_UNIT_LIST_COUNT = 4   /* counts the items of a list; a quoted count in it is a figure (“十大工程”) */
};

/* A unit or measure word as written (Simplified or Traditional), the canonical
 * unit it stands for, its kind and the factor that takes it to the canonical
 * unit (成 → % ×10). A word added again replaces the earlier entry. */
int tally_figure_rules_add_unit(tally_figure_rules *rules, const char *word, const char *unit,
                                tally_figure_kind kind, double scale, unsigned flags,
                                tally_error *err);
/* A qualifier word. before: stands before the number (约, 近, 超过) rather
 * than after it (以上, 左右). in_text: part of the figure's text (突破 is
 * not). */
int tally_figure_rules_add_qualifier(tally_figure_rules *rules, const char *word,
                                     tally_approx approx, int before, int in_text,
                                     tally_error *err);
/* A trend word: sign +1 or -1 (下降). base: the word names the comparison
 * base and becomes a growth's scope (同比, 按年). */
int tally_figure_rules_add_trend(tally_figure_rules *rules, const char *word, int sign, int base,
                                 tally_error *err);
/* A PCRE2 pattern whose matches hold no figure (slogans, idioms, names). */
int tally_figure_rules_add_exclusion(tally_figure_rules *rules, const char *pattern,
                                     tally_error *err);

/* Finds the figures of text. sentences (n_sentences spans in order) give each
 * figure its sentence; *out is malloc'd (free() it). Returns 0, or -1 with err. */
int tally_figures_find(const tally_figure_rules *rules, const char *text, size_t len,
                       const tally_span *sentences, size_t n_sentences, tally_figure **out,
                       size_t *n, tally_error *err);
/* The same, with the document's date (ISO 8601, "2025-03-05" or a longer
 * form; NULL when unknown: doc.meta.date) to resolve relative periods
 * (今年, 上年) in period_key; a text without a date of its own is read
 * against it. */
int tally_figures_find_dated(const tally_figure_rules *rules, const char *text, size_t len,
                             const tally_span *sentences, size_t n_sentences,
                             const char *doc_date, tally_figure **out, size_t *n,
                             tally_error *err);
/* The same, given simplified: tally_fold_simplified(text, len) made before
 * (the document's structure made it: tally_structure_build_folding), which
 * the scan takes and frees whatever it returns; NULL folds here. */
int tally_figures_find_given_fold(const tally_figure_rules *rules, const char *text, size_t len,
                                  char *simplified, const tally_span *sentences,
                                  size_t n_sentences, const char *doc_date, tally_figure **out,
                                  size_t *n, tally_error *err);

/* Finds the time expressions of text, in order; *out is malloc'd. */
int tally_dates_find(const tally_figure_rules *rules, const char *text, size_t len,
                     tally_date **out, size_t *n, tally_error *err);

/* Reads a whole string as one figure ("3617.64万只", "百分之十五", "两万五").
 * Returns 1 with value, unit (canonical, "" when none) and kind; 0 when the
 * string is not one number. */
int tally_number_parse(const tally_figure_rules *rules, const char *s, size_t len, double *value,
                       char unit[TALLY_UNIT_MAX], tally_figure_kind *kind);

/* A numeral at the start of s: Arabic digits (ASCII or full-width) with
 * thousands separators and a decimal point, or Chinese numerals (ordinary,
 * financial, Traditional, with 万/亿). Returns the bytes read (0 if none).
 * *value is the number; *chinese is set when it is written in Chinese
 * characters. A run of digits too long to be a quantity is read whole and
 * given *value = -1. */
size_t tally_numeral_scan(const char *s, size_t len, double *value, int *chinese);

/* A run of magnitude characters (十百千万亿 and Traditional forms) at the
 * start of s: returns the bytes read and their product in *factor. */
size_t tally_magnitude_scan(const char *s, size_t len, double *factor);

/* The text with Traditional characters replaced by Simplified ones where the
 * replacement has the same byte length, so that offsets stay valid. */
char *tally_fold_simplified(const char *text, size_t len, tally_error *err);

#endif
