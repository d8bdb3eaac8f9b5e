/* The subject stage's parts (spec/figures.md, "subject"; docs/figures.md,
 * "How a subject is read"), split along what each reads so that a rule for
 * one reading is found, and tested, in one file:
 *   figure_subject.c          fig_assign_subjects: which reading each figure of
 *                             a sentence takes, what a figure with none carries
 *   figure_subject_before.c   the noun phrase before the figure, read back
 *                             across its predicate (A增长x%, A占B的x%)
 *   figure_subject_after.c    what a count counts, after it (八个重点项目)
 *   figure_subject_lists.c    a list's member for each figure (A、B分别增长…)
 *   figure_subject_context.c  a subject carried from context: a bracket, a
 *                             gloss, the clause before, the sentence's topic
 *   figure_subject_key.c      subject_key, the subject for grouping
 *   figure_subject_tables.c   the stage's own word lists
 * What a noun phrase is made of is figure_phrase.c (figure_phrase.h). */
#ifndef TALLY_FIGURE_SUBJECT_H
#define TALLY_FIGURE_SUBJECT_H

#include "figure_phrase.h"

/* What subject_before learnt of a list: the figure is member `listed` of a
 * 分别 list of nfig figures, whose listed phrase is `list` (empty when the
 * clause names none); from_context: the subject was read from context. */
typedef struct list_info {
    int respectively;
    int from_context; /* the clause named no noun phrase of its own */
    size_t listed, nfig;
    tally_span list;
    /* a list of short names sharing the last member's head (猪、牛、羊出栏量):
     * the subject is the list as written; the item and head give the key */
    tally_span item, head;
} list_info;

/* ---- before the figure (figure_subject_before.c) ---- */

/* The subject of a figure starting at a, read back through its clause; li
 * gets what it learnt of a list. keep_trends: a trend word before it is the
 * subject itself (增速位居全国第2位). */
tally_span fig_subject_before(const scan *s, size_t lo, size_t a, int keep_trends, list_info *li);

/* The first word of a relative phrase before 的 that the phrase starting at
 * word first continues (认可机构的存款总额, 在本港使用的贷款): from the
 * clause's opening on, after time and region words; first when there is none. */
size_t fig_relative_start(const scan *s, const word *w, size_t first);
/* The first word of the phrase starting at word first (of the k words w)
 * once it goes on before an attribute that modifies it (一般|贸易进出口,
 * 境外|直接|投资, 港元|存款, 中|长期贷款); first when there is none. */
size_t fig_before_attributes(const scan *s, const word *w, size_t first, size_t k);

/* The first word of a rate's name once its basis is taken in: 对 and a
 * time before a rate noun (实质GDP对上年同季成长率), at word first of the
 * phrase [first, k) or just before it, belong to the name, which goes on
 * before 对; first when there is none. */
size_t fig_rate_basis_start(const scan *s, const word *w, size_t first, size_t k);

/* ---- after a count (figure_subject_after.c) ---- */

/* The noun phrase after a count ending at e (八个重点项目 → 重点项目, 9.8%的外资). */
tally_span fig_subject_after(const scan *s, size_t e, size_t hi);
/* The unit of a count when it is a noun, not a measure word (16市, 5部门). */
tally_span fig_noun_unit(const scan *s, tally_span span);
/* Whether a figure stands alone in brackets: (1个), （7个）. */
int fig_parenthesized(const char *f, size_t lo, size_t hi, tally_span span);
/* A noun of two characters that the figure's span cuts after its first
 * (出|超1379亿美元); empty when there is none. */
tally_span fig_noun_across_start(const scan *s, size_t lo, tally_span span);

/* ---- lists (figure_subject_lists.c) ---- */

/* The figures of a 分别 list: the one at a, `listed` before it in its clause
 * and those after it up to the clause's end. */
size_t fig_list_figures(const scan *s, size_t a, size_t listed);
/* The 、 list inside the clause before the one starting at cs. */
tally_span fig_list_of_previous_clause(const scan *s, size_t lo, size_t cs);
/* The nearest 、 list of exactly nfig members in the sentence's clauses
 * before the one starting at cs. */
tally_span fig_counted_list_before(const scan *s, size_t lo, size_t cs, size_t nfig);
/* The member a figure of a 分别 list takes from the phrase [first, k) of the
 * clause's words w; li gets the list read. */
tally_span fig_respectively_member(const scan *s, const word *w, size_t first, size_t k,
                                   size_t listed, list_info *li);

/* ---- carried from context (figure_subject_context.c) ---- */

/* The words of the clause before the one starting at cs, when a comma ends
 * that clause; 0 when there is none or it does not fit in w. */
size_t fig_previous_clause_words(const scan *s, size_t lo, size_t cs, word w[MAX_WORDS]);
/* The opening bracket of a gloss with no number that closes just before cs
 * (地区生产总值(GDP)); 0 when there is none. */
size_t fig_gloss_open_before(const scan *s, size_t lo, size_t cs);
/* The noun phrase right before an opening bracket at p. */
tally_span fig_phrase_before_bracket(const scan *s, size_t lo, size_t p);
/* Whether the clause before cs holds an amount or a count (not a rate). */
int fig_amount_in_previous_clause(const scan *s, size_t lo, size_t cs);
/* The topic of the clause before cs when a word of change follows it there. */
tally_span fig_changing_topic_before(const scan *s, size_t lo, size_t cs);
/* The subject of a figure at a whose clause (the n words w from cs) names no
 * noun phrase before it. */
tally_span fig_subject_from_context(const scan *s, size_t lo, size_t a, size_t cs, const word *w,
                                    size_t n, int respectively, size_t listed, list_info *li);
/* The topic of the sentence [lo, hi): the noun phrase that opens it. */
tally_span fig_sentence_topic(const scan *s, size_t lo, size_t hi);

/* ---- the stage's own tables (figure_subject_tables.c) ---- */

extern const char *const tally_subject_level_frames[];  /* 水平: x%的水平 frames the figure */
extern const char *const tally_subject_period_nouns[];  /* 季度: 各季度外贸进出口值 */
extern const char *const tally_subject_sourced_nouns[]; /* 订单: 美国订单 keeps 美国 */
extern const char *const tally_subject_generic_measures[]; /* 单价: 宽带用户的单价 */
extern const char *const tally_subject_currency_words[];   /* 新台币 ends no subject */
extern const char *const tally_subject_basis_leads[];    /* 以: 以数量计, a frame of reckoning */
extern const char *const tally_subject_basis_ends[];     /* 计 */
extern const char *const tally_subject_relative_breaks[]; /* 由于: no relative phrase across it */
extern const char *const tally_subject_clause_openers[];  /* 而: opens a clause, not a phrase */
extern const char *const tally_subject_attributes[];      /* 一般: 一般贸易进出口 */
extern const char *const tally_subject_cut_words[];       /* 中长期: 中|长期贷款 */
extern const char *const tally_subject_stock_words[];     /* 余额: its change is of the thing */
extern const char *const tally_subject_start_marks[];     /* 由: 由A增为B */
extern const char *const tally_subject_basis_periods[];   /* 季: 按季跌 */
extern const char *const tally_subject_pull_verbs[];      /* 拉动: 拉动全市工业1.4个百分点 */
extern const char *const tally_subject_share_nouns[];     /* 占比: an amount past it is the thing's */
extern const char *const tally_subject_record_words[];    /* 新高: 创历年同月新高 remarks on a record */
extern const char *const tally_subject_frequency_words[]; /* 月: 就业人口月工作收入 */
extern const char *const tally_subject_release_abbrevs[]; /* yoy: 实质GDP初步统计yoy */
extern const char *const tally_subject_ordinal_openers[]; /* 其次: 其次为来自…之外销订单金额 */

/* ---- subject_key (figure_subject_key.c) ---- */

/* The subject folded for grouping (spec: subject_key). */
void fig_subject_key(const scan *s, tally_span subj, char out[TALLY_KEY_MAX]);
/* The key of one item of a list sharing its head: item and head joined. */
void fig_item_key(const scan *s, tally_span item, tally_span head, char out[TALLY_KEY_MAX]);

#endif
