/* The folding rules tally adds to ICU's, as data (core/fold_tables.c). */
#ifndef TALLY_FOLD_TABLES_H
#define TALLY_FOLD_TABLES_H

#include <stddef.h>

/* from becomes to; both UTF-8 with the same number of characters. */
typedef struct tally_fold_pair {
    const char *from;
    const char *to;
} tally_fold_pair;

/* Quotation marks, applied after width folding (so half-width ｢ folds too). */
extern const tally_fold_pair tally_fold_quotes[];
extern const size_t tally_fold_n_quotes;

/* Corrections to ICU's Hant-Hans rules: a character or word here replaces
 * ICU's rule for the same text, and a word wins over the rules for its
 * characters (longest match). */
extern const tally_fold_pair tally_fold_overrides[];
extern const size_t tally_fold_n_overrides;

#endif
