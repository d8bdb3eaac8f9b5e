/* The trend words of a rule set (figure_rules.h's trends: 增长, 同比, 下降 …)
 * indexed for the questions the figure scanner asks of a word at every
 * position of a clause: the longest trend word starting at a byte, and
 * whether a trend word (not a base) ends a word. Trying every rule with
 * memcmp at each position was a tenth of the scanner's time; two byte tries
 * (forward over every word, backward over the non-base ones) make each
 * question one walk. The answers are those of the linear scan over the
 * rules (tests/c/test_trend_index.c compares them). */
#ifndef TALLY_TREND_INDEX_H
#define TALLY_TREND_INDEX_H

#include <stddef.h>

#include "figure_rules.h"

/* Indexes the trend word w (wlen bytes, folded) of r, as
 * tally_figure_rules_add_trend adds it to r->trends. Out of memory the
 * index is dropped and the lookups below read the rules linearly. */
void tally_trend_index_add(tally_figure_rules *r, const char *w, size_t wlen, int base);
void tally_trend_index_free(struct trend_index *x);

/* The length of the longest trend word (base or not) at f[i, end); 0 for none. */
size_t tally_trend_longest_at(const tally_figure_rules *r, const char *f, size_t i, size_t end);

/* Whether a trend word that is not a base, shorter than f[a, b), ends at b
 * (大跌, 微升, 显著下跌). */
int tally_trend_ends(const tally_figure_rules *r, const char *f, size_t a, size_t b);

#endif
