/* The lookup tables folding runs on: built at build time from ICU's data and
 * fold_tables.c by tools/gen_fold_tables.c, compiled in as static const
 * data (build/generated/fold_data.c), so any thread reads them and the first
 * fold costs what any other does. */
#ifndef TALLY_FOLD_RULES_H
#define TALLY_FOLD_RULES_H

#include <stdint.h>

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
    const uint16_t *index; /* 0x10000 entries: a BMP character's entry; 0: it folds to itself */
    const fold_entry *entries;
    const fold_phrase *phrases;
    const char *pool;
} fold_rules;

/* The tables (build/generated/fold_data.c). */
extern const fold_rules tally_fold_data;

/* ICU's Simplified->Traditional (Hans-Hant) rules as script detection reads
 * them (core/meta.c): bit c of the BMP character c is set in may_change when
 * some rule changes c, in always_changes when every rule over c changes it
 * and one rule always applies. Usable only when every rule turns N
 * characters into N (then the number of characters ICU changes in a text
 * lies between the two counts); 0 otherwise, and detection asks ICU. */
extern const int tally_hant_sets_usable;
extern const unsigned char tally_hant_may_change[0x10000 / 8];
extern const unsigned char tally_hant_always_changes[0x10000 / 8];

#endif
