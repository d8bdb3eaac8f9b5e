/* The state the figure scanner's stages share (spec/figures.md). A figure is
 * read in stages, one file each:
 *   figure_number.c   the numeral with its qualifiers, prefix, fraction, ratio
 *   figure_unit.c     the unit or measure word, a range, a qualifier after
 *   figure_quote.c    whether a quote makes the number a name
 *   figure_name.c     whether an unquoted name holds the number (十大工程)
 *   figure_rank.c     ranks (位居第2位), read before the other numbers
 *   figure_kind.c     the kind from the trend word (增长 → growth)
 *   figure_clause.c   the clause read as words (shared by the stages below)
 *   figure_phrase.c   the noun phrase as words (heads, modifiers, lists)
 *   figure_subject*.c which noun phrase the figure measures (figure_subject.h)
 *   figure_region.c   the region it is about
 *   figure_period.c   the time expression that governs it, with its
 *                     filters, year and key (figure_period.h names the files)
 * figures.c drives them over the sentences; figure_tables.c holds the data. */
#ifndef TALLY_FIGURE_SCAN_H
#define TALLY_FIGURE_SCAN_H

#include "figure_rules.h"

#include <string.h>

#include "utf8_scan.h"

typedef struct fig_vec {
    tally_figure *v;
    size_t n, cap;
} fig_vec;

typedef struct scan {
    const tally_figure_rules *r;
    const char *t; /* original text */
    const char *f; /* folded text, same offsets */
    size_t len;
    unsigned char *mask;
    tally_date *dates;
    size_t nd;
    fig_vec out;
    /* the subject of the last figure of the sentence before, for a
     * sentence that opens with 其中 */
    tally_span last_subject;
    tally_figure last_region; /* its region_scope and region */
    int doc_year, doc_month; /* the document's date (its dateline), 0 if none */
    int doc_dated;           /* that date is a date of the page (a dateline, a full
                              * date), not a year its opening names */
    int roc;                 /* the document counts years from 民国 (105年 = 2016) */
    int title_year;          /* the year its first line names (2015年…统计公报), 0 if none */
    tally_span *plan_parts;  /* the plan parts of the document, in order */
    size_t n_plan_parts;
    size_t sent_first; /* the first figure of the sentence being read */
    /* quote depth is read left to right: where the last count stopped */
    size_t q_lo, q_pos, q_opened;
    int q_depth;
    /* the lexicon's words of the spans read so far (lex_cache.h); NULL
     * segments directly */
    struct tally_lex_cache *lex_cache;
    /* reading one whole string (tally.number), not running text */
    int whole;
} scan;

/* Punctuation that ends a clause: a trend word or a subject does not reach
 * across it. */
static inline int clause_end(uint32_t c)
{
    return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002 || c == 0xFF1A ||
           c == ':' || c == 0xFF01 || c == '!' || c == 0xFF1F || c == '?' || c == '\n' ||
           c == 0xFF08 || c == '(' || c == 0xFF09 || c == ')';
}

static inline int is_han(uint32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

static inline int open_quote(uint32_t c)
{
    return c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E;
}

static inline int close_quote(uint32_t c)
{
    return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F;
}

static inline int masked(const scan *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s->mask[i])
            return 1;
    return 0;
}

static inline void mask_range(scan *s, size_t a, size_t b)
{
    if (b > a)
        memset(s->mask + a, 1, b - a);
}

/* How far back or ahead a clause is read: trend words, subjects and rank
 * markers sit near their figure, and a bound keeps a text without
 * punctuation linear. */
#define CLAUSE_CHARS 80

/* The start of the clause holding i, not before lo. */
static inline size_t clause_start(const scan *s, size_t lo, size_t i)
{
    for (int chars = 0; i > lo && chars < CLAUSE_CHARS; chars++) {
        size_t p;
        uint32_t c = utf8_prev(s->f, i, &p);
        if (clause_end(c) && !(c == ':' && p > 0 && s->f[p - 1] >= '0' && s->f[p - 1] <= '9'))
            return i;
        i = p;
    }
    return i;
}

static inline size_t clause_stop(const scan *s, size_t i, size_t hi)
{
    for (int chars = 0; i < hi && chars < CLAUSE_CHARS; chars++) {
        size_t k = i;
        uint32_t c = utf8_next(s->f, hi, &k);
        if (clause_end(c))
            return i;
        i = k;
    }
    return i;
}

/* Skips white space inside [i, hi). */
static inline size_t skip_space(const scan *s, size_t i, size_t hi)
{
    while (i < hi && (s->f[i] == ' ' || s->f[i] == '\t'))
        i++;
    return i;
}

/* The end of the white space a number may hold inside in text laid out for
 * print (PDF and newspaper copies: `322.9 亿元`, `第 11 位`, `5 万多名`): up to
 * three ASCII spaces, tabs, no-break or ideographic spaces (U+00A0, U+3000)
 * from i, never a line break; i itself when none. The caller decides what may
 * follow it (a magnitude, 多/余, a unit), so two numbers are never joined. */
static inline size_t fig_gap(const char *f, size_t i, size_t hi)
{
    size_t p = i;
    for (int n = 0; n < 3 && p < hi; n++) {
        if (f[p] == ' ' || f[p] == '\t')
            p++;
        else if (p + 1 < hi && (unsigned char)f[p] == 0xC2 && (unsigned char)f[p + 1] == 0xA0)
            p += 2;
        else if (p + 2 < hi && (unsigned char)f[p] == 0xE3 && (unsigned char)f[p + 1] == 0x80 &&
                 (unsigned char)f[p + 2] == 0x80)
            p += 3;
        else
            break;
    }
    return p;
}

/* Appends a figure to s->out; -1 when out of memory. */
int fig_push(scan *s, const tally_figure *fig);

/* ---- number (figure_number.c) ---- */

/* A figure while it is read: what the number stage found, completed by the
 * unit stage. */
typedef struct fig_reading {
    size_t start; /* where the figure's text starts (a qualifier may be in it) */
    size_t j;     /* where the numeral (or fraction word) starts */
    size_t e;     /* the end read so far */
    tally_approx approx;
    const unit_rule *prefix; /* a currency before the number */
    int frac;                /* a fraction word (百分之) gave the unit % */
    int chinese;             /* the numeral is written in Chinese characters */
    double value, value_max;
    int has_max;
    char unit[TALLY_UNIT_MAX];
    tally_figure_kind kind;
    unsigned unit_flags;
} fig_reading;

typedef enum fig_stage {
    FIG_NONE,          /* no figure starts here (*skip may say how far to go on) */
    FIG_NEEDS_UNIT,    /* a numeral: the unit stage decides */
    FIG_NEEDS_QUALIFIER, /* complete but for a qualifier after (三分之一左右) */
    FIG_COMPLETE,      /* complete (a ratio 1:9.7) */
    FIG_WHOLE          /* complete and checked (翻一番) */
} fig_stage;

/* A numeral with the magnitudes and the inside qualifier (余, 多) after it. */
size_t fig_number_at(const scan *s, size_t i, size_t hi, double *value, int *chinese,
                     tally_approx *approx);
int fig_numeral_starts(const scan *s, size_t i, size_t hi);
/* Whether a numeral (Chinese or full-width) ends just before p. */
int fig_numeral_char_before(const scan *s, size_t p);
/* A value rounded to 15 significant digits. */
double fig_snap15(double v);
/* The number stage of a figure starting at i. */
fig_stage fig_read_number(scan *s, size_t lo, size_t hi, size_t i, fig_reading *rd,
                          size_t *skip);

/* ---- unit (figure_unit.c) ---- */

/* The unit at j and its end; a compound unit (元/人) in compound. */
const unit_rule *fig_unit_after(const scan *s, size_t j, size_t hi, size_t *end,
                                char compound[TALLY_UNIT_MAX]);
/* The unit stage: unit, range, unit-less counts. 0 when no figure. */
int fig_read_unit(const scan *s, size_t hi, fig_reading *rd, size_t *skip);
/* Whether a noun of tally_duration_measure_nouns (工时, 留宿时间) stands
 * before start in its sentence: a small time unit after it is a measured
 * quantity (figure_unit.c). */
int fig_duration_noun_before(const scan *s, size_t start);
/* The bytes of the lexicon's measure word at e (盏, 千卡), or 0. */
size_t fig_lexicon_measure_at(const scan *s, size_t e, size_t hi);
/* A qualifier after the figure (以上, 左右). */
void fig_read_qualifier_after(const scan *s, size_t hi, fig_reading *rd);

/* ---- quotes (figure_quote.c) ---- */

/* Whether a number read as rd stands in a quoted name and so is no figure. */
int fig_in_quoted_name(scan *s, size_t lo, size_t hi, const fig_reading *rd);

/* ---- names (figure_name.c) ---- */

/* Whether a number read as rd names a programme or a role (实施十大工程,
 * 打造两个…中心) and so is no figure. */
int fig_in_name(const scan *s, size_t lo, size_t hi, const fig_reading *rd);

/* ---- ranks (figure_rank.c) ---- */

/* Reads the ranks of sentence [lo, hi) and masks what they cover. */
void fig_find_ranks(scan *s, size_t lo, size_t hi, size_t sentence);

/* ---- kind (figure_kind.c) ---- */

/* Growth, pp and multiples read their sign and base from the trend word
 * before them, else from a trend word after 的 (2.1%的升幅), else a percent
 * from a rate noun before it in the sentence (成长率…为3.28%). */
void fig_apply_trend(scan *s, size_t lo, size_t hi, tally_figure *fig);

/* ---- subject (figure_subject.c) ---- */

/* Gives the figures s->out.v[first..] of sentence [lo, hi) their subjects. */
void fig_assign_subjects(scan *s, size_t lo, size_t hi);

/* ---- period (figure_period.h: figure_document_date.c, figure_period*.c) ---- */

/* Sets s->doc_year and s->doc_month from the text's first full date (its
 * dateline), else from doc_date (doc.meta.date: front matter, page date). */
void fig_document_date(scan *s, const char *doc_date);
/* The period's key against the document's date (2025, 2025-H1, 2025-01..09). */
void fig_period_key(const scan *s, tally_span period, char out[TALLY_PERIOD_KEY_MAX]);
/* The figures v[0, n) of one sentence that list values 分别 of a list of
 * periods (第3、4季…分别为) take one member's key each. */
void fig_period_member_keys(const scan *s, tally_figure *v, size_t n);
/* The values at the ends of a span of years (从2012年到2021年…从A增长到B: A
 * 2012's, B 2021's). */
void fig_period_span_ends(const scan *s, tally_figure *v, size_t n);

/* ---- status (figure_status.c) ---- */

/* Finds the plan parts of the document (s->plan_parts); -1 when out of memory. */
int fig_find_plan_parts(scan *s);
/* The status of a figure of the sentence [lo, hi). */
tally_status fig_status(const scan *s, size_t lo, const tally_figure *fig);

/* The period of a figure starting at a in sentence si. */
tally_span fig_period_for(const scan *s, const tally_span *sent, size_t n_sent, size_t si,
                          size_t a);

#endif
