/* The data the whole-string number reader (number_read.c) and the numeral
 * scanner (numeral.c) read beyond the digits themselves: sign words,
 * colloquial digits, money sub-units, count multipliers, Latin
 * abbreviations of magnitudes and the SI words that make 兆 mean mega.
 * Every table ends with a NULL word. docs/figures.md "Whole-string numbers"
 * lists them. */
#ifndef TALLY_NUMBER_TABLES_H
#define TALLY_NUMBER_TABLES_H

typedef struct number_word {
    const char *word;
    double scale; /* what the word multiplies by, or its value */
} number_word;

typedef struct number_swap {
    const char *word; /* written form */
    const char *as;   /* the form the numeral scanner reads */
} number_swap;

/* Signs before a number: 负 and minus signs give -1, 正 and plus +1. */
extern const number_word tally_number_signs[];
/* Colloquial digits the scanner does not take in running text (仨, 俩, 幺). */
extern const number_swap tally_number_colloquial[];
/* Words for the main money unit that are not the canonical 元 (块, 圆). */
extern const char *const tally_money_major[];
/* Sub-units of the main money unit, as a share of it (角 0.1, 分 0.01). */
extern const number_word tally_money_subunits[];
/* Words closing a money amount written out in full (整, 正). */
extern const char *const tally_money_closers[];
/* Words that count groups of a fixed size (打 12, 双 2). */
extern const number_word tally_count_multipliers[];
/* Latin letters abbreviating a magnitude right after digits (3w, 2.5k). */
extern const number_swap tally_latin_magnitudes[];
/* Words after 兆 that make it the SI prefix mega (兆瓦, 兆帕), not 1e12. */
extern const char *const tally_mega_words[];
/* Marks of scientific notation after a mantissa: e, E, ×10^, x10^. */
extern const char *const tally_exponent_marks[];

#endif
