/* The lookup tables folding runs on, built once per process from ICU's data
 * and fold_tables.c (core/fold_rules.c), read-only afterwards. */
#ifndef TALLY_FOLD_RULES_H
#define TALLY_FOLD_RULES_H

#include <stdint.h>

#include "tally/tally.h"

/* What a BMP character folds to when no phrase rule applies, and where the
 * phrase rules that start with it are. */
typedef struct fold_entry {
    char out[8]; /* UTF-8 */
    unsigned char out_len;
    unsigned char changes;
    unsigned char single; /* out is one character */
    uint32_t phrase_first;
    uint32_t phrase_count;
} fold_entry;

/* A phrase rule; key and target are offsets into the string pool. Those of
 * one first character are together, the longest first. */
typedef struct fold_phrase {
    uint32_t key, key_len;
    uint32_t target, target_len;
} fold_phrase;

typedef struct fold_rules {
    uint16_t index[0x10000]; /* entry of a BMP character; 0: it folds to itself */
    fold_entry *entries;
    fold_phrase *phrases;
    char *pool;
} fold_rules;

/* The rules, built on first use by whichever thread comes first; NULL with
 * err set when they cannot be built. */
const fold_rules *tally_fold_rules(tally_error *err);

#endif
