/* The clause read as words (figure_clause.c), shared by the subject stage
 * (figure_subject.c) and the region stage (figure_region.c): the lexicon's
 * words with their class, time expressions and the sentence's figures kept
 * one word each. */
#ifndef TALLY_FIGURE_CLAUSE_H
#define TALLY_FIGURE_CLAUSE_H

#include "figure_scan.h"
#include "lexicon.h"
#include "word_set.h"

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

/* Whether the n bytes at p are the whole of text: compared as they go, so
 * that a list word is never measured first (strlen of every list word at
 * every call was a tenth of the scanner's time). A text shorter than n ends
 * (its NUL) before the loop does; text[n] is read only when text has n
 * bytes before it. */
static inline int bytes_are(const char *p, size_t n, const char *text)
{
    for (size_t i = 0; i < n; i++)
        if (text[i] == '\0' || text[i] != p[i])
            return 0;
    return text[n] == '\0';
}

static inline int word_is(const scan *s, const word *w, const char *text)
{
    return w->what == W_WORD && bytes_are(s->f + w->a, w->b - w->a, text);
}

/* Whether the n bytes at p are one of list's words: a hash set's probe for
 * a long list (word_set.h), the same answer as comparing them with each. */
static inline int bytes_in(const char *p, size_t n, const char *const *list)
{
    const tally_word_set *set = tally_word_set_of(list);
    if (set && set->slots)
        return tally_word_set_has(set, p, n);
    for (size_t k = 0; list[k]; k++)
        if (bytes_are(p, n, list[k]))
            return 1;
    return 0;
}

/* Whether the word is one of list's. */
static inline int word_in(const scan *s, const word *w, const char *const *list)
{
    return w->what == W_WORD && bytes_in(s->f + w->a, w->b - w->a, list);
}

/* Whether the word compares with what follows it: 比, 较, 高于, 同. */
static inline int comparison_mark(const scan *s, const word *w)
{
    return word_in(s, w, tally_comparison_marks) || word_in(s, w, tally_comparatives);
}

/* The words of [a, b): time expressions and the sentence's figures stay one
 * word each; the rest is segmented with the lexicon. At most max words. */
size_t fig_clause_words(const scan *s, size_t a, size_t b, word *out, size_t max);

/* The start of the clause holding i, not before lo; a comma between digits
 * (1,379,936) and a line break inside the sentence do not end a clause. */
size_t fig_clause_start(const scan *s, size_t lo, size_t i);

/* Where a sentence starting at lo begins when a line break of print layout
 * cut it from the line before (that line's last sentence), else lo. */
size_t fig_wrapped_start(const scan *s, size_t lo);

/* figure_region.c: the region a figure is about (spec: region) */
int fig_named_region(const scan *s, size_t lo, size_t a, size_t until, tally_figure *fig);
int fig_carried_region_of_lead(const scan *s, size_t lo, tally_figure *fig);

#endif
