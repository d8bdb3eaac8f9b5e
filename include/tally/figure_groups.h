/* Figures grouped across a corpus, without Lua, so that the corpus reader's
 * workers find the groups: the keys tally.compare.figures lines figures up
 * by (scripts/lib/tally/compare.lua) and the keys the claims script compares
 * claims by (scripts/claims.lua), made per document on the worker as a
 * compact list of entries, and the aggregate the script's thread merges
 * those lists into (per group its distinct rows once, and a (row, report)
 * pair per report that gives one: the provenance). The rules (synonyms,
 * edge words, region suffixes) are the Lua tables' contents, copied in
 * when the script starts the loop, so a script that extends them is
 * followed. docs/compare.md, "On the workers". */
#ifndef TALLY_FIGURE_GROUPS_H
#define TALLY_FIGURE_GROUPS_H

#include "tally/doc_records.h"
#include "tally/regex.h"

/* How figures are grouped. */
typedef enum tally_group_rule {
    /* tally.compare.figures: subject (subject_key folded, synonyms applied;
     * else the subject cleaned), kind, unit, period_key, status; one row
     * per group and `by` value and report, the same figure stated twice in
     * a report once */
    TALLY_GROUP_LINE_UP,
    /* claims: region, subject (subject_key cleaned), kind, scope, period_key,
     * status; every claim of every report */
    TALLY_GROUP_CLAIMS
} tally_group_rule;

/* The word lists of a spec. */
typedef enum tally_group_words {
    TALLY_WORDS_PREFIX,        /* taken off a subject's start */
    TALLY_WORDS_SUFFIX,        /* taken off its end */
    TALLY_WORDS_VAGUE,         /* subjects that name nothing measured */
    TALLY_WORDS_EDGE,          /* characters trimmed off both ends */
    TALLY_WORDS_REGION_SUFFIX, /* 省, 市 …: 深圳市 is also 深圳 */
    TALLY_WORDS_SAME_SCOPE,    /* claims: growth scopes that mean year on year */
    TALLY_WORDS_COUNT
} tally_group_words;

/* The fields of a group and of a row (a variant: a row less its report)
 * for each rule, in the order the Lua side sets them. The line-up's rows
 * also get the `by` value, under the by column's name, set last. */
#define TALLY_LINE_UP_GROUP_FIELDS 5
#define TALLY_LINE_UP_ROW_FIELDS 15 /* the last is the by value */
#define TALLY_CLAIMS_ROW_FIELDS 11
extern const char *const tally_line_up_group_fields[TALLY_LINE_UP_GROUP_FIELDS];
extern const char *const tally_line_up_row_fields[TALLY_LINE_UP_ROW_FIELDS - 1];
extern const char *const tally_claims_row_fields[TALLY_CLAIMS_ROW_FIELDS];

typedef struct tally_group_spec tally_group_spec;

tally_group_spec *tally_group_spec_new(tally_group_rule rule);
void tally_group_spec_free(tally_group_spec *spec);
tally_group_rule tally_group_spec_rule(const tally_group_spec *spec);
/* form (folded) stands for canon: the synonym index. 0, or -1 out of memory. */
int tally_group_spec_synonym(tally_group_spec *spec, const char *form, size_t form_len,
                             const char *canon, size_t canon_len);
/* Adds a word to one of the lists (in order: the first that fits is taken
 * off, as the Lua side does). 0, or -1 out of memory. */
int tally_group_spec_word(tally_group_spec *spec, tally_group_words list, const char *w,
                          size_t len);
/* Keeps figures of this kind; with none named, every kind. */
void tally_group_spec_kind(tally_group_spec *spec, int kind);
/* Line-up: the subject (or the subject as written, folded) must match this
 * regex (the pattern already folded). 0, or -1 with err set. */
int tally_group_spec_subject(tally_group_spec *spec, const char *pattern, size_t len,
                             tally_error *err);
/* Line-up: what `by` names: a column of c:figures() (region, doc, date,
 * source, a figure field) or "year". 0, or -1 for any other name. */
int tally_group_spec_by(tally_group_spec *spec, const char *name);
/* Line-up: money in this unit is converted to 元 at this rate (an integer
 * or a number, as Lua multiplies). 0, or -1 out of memory. */
int tally_group_spec_rate(tally_group_spec *spec, const char *unit, size_t len,
                          tally_value rate);
/* The line-up's word for a claim or figure about the whole country (全国)
 * and, for claims, the scope key growth without a base gets (同比). */
int tally_group_spec_names(tally_group_spec *spec, const char *country, const char *same_scope);

/* The entries of doc's figures (found with the default tables), appended to
 * out: safe on a worker thread (the spec is only read; its regex is used
 * under a lock). 0, or -1 with err set. */
int tally_doc_figure_groups(tally_doc *doc, const tally_group_spec *spec, tally_buf *out,
                            tally_error *err);

/* The aggregate of a corpus's entries. */
typedef struct tally_figure_groups tally_figure_groups;

tally_figure_groups *tally_figure_groups_new(tally_group_rule rule);
void tally_figure_groups_free(tally_figure_groups *g);
/* Merges one document's entries (what tally_doc_figure_groups wrote). 0,
 * or -1 with err set (out of memory, or entries that are not such a list). */
int tally_figure_groups_add(tally_figure_groups *g, const char *doc, const char *entries,
                            size_t len, tally_error *err);

/* Reading it back: groups in the order first seen, each with its fields and
 * how many distinct `by` values give it; variants in the order first seen,
 * each with its group and fields; occurrences (variant, report) in the
 * order they came. */
size_t tally_figure_groups_count(const tally_figure_groups *g);
const tally_value *tally_figure_groups_group(const tally_figure_groups *g, size_t i,
                                             size_t *n_by);
size_t tally_figure_groups_variants(const tally_figure_groups *g);
const tally_value *tally_figure_groups_variant(const tally_figure_groups *g, size_t i,
                                               size_t *group);
size_t tally_figure_groups_occurrences(const tally_figure_groups *g);
void tally_figure_groups_occurrence(const tally_figure_groups *g, size_t i, size_t *variant,
                                    const char **doc);

#endif
