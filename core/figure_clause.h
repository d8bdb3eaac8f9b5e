/* The clause read as words (figure_clause.c), shared by the subject stage
 * (figure_subject.c) and the region stage (figure_region.c): the lexicon's
 * words with their class, time expressions and the sentence's figures kept
 * one word each. */
#ifndef TALLY_FIGURE_CLAUSE_H
#define TALLY_FIGURE_CLAUSE_H

#include "figure_scan.h"
#include "lexicon.h"

/* The most words of a clause read (a clause is at most CLAUSE_CHARS long,
 * and punctuation and figures are words too). */
#define MAX_WORDS 128

enum { W_WORD, W_TIME, W_FIGURE };

typedef struct word {
    size_t a, b;
    lex_class cls;
    int what;      /* W_WORD, or a time expression, or another figure */
    unsigned cost; /* the lexicon's cost: high for a rare word */
} word;

static inline int word_is(const scan *s, const word *w, const char *text)
{
    size_t n = strlen(text);
    return w->what == W_WORD && w->b - w->a == n && memcmp(s->f + w->a, text, n) == 0;
}

static inline int word_in(const scan *s, const word *w, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (word_is(s, w, list[k]))
            return 1;
    return 0;
}

/* Whether the word compares with what follows it: 比, 较, 高于, 同. */
static inline int comparison_mark(const scan *s, const word *w)
{
    return word_in(s, w, tally_comparison_marks) || word_in(s, w, tally_comparatives);
}

/* The words of [a, b): time expressions and the sentence's figures stay one
 * word each; the rest is segmented with the lexicon. At most max words. */
size_t fig_clause_words(const scan *s, size_t a, size_t b, word *out, size_t max);

/* figure_region.c: the region a figure is about (spec: region) */
int fig_named_region(const scan *s, size_t lo, size_t a, size_t until, tally_figure *fig);
int fig_carried_region_of_lead(const scan *s, size_t lo, tally_figure *fig);

#endif
