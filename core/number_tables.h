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

typedef struct number_subunit {
    const char *word; /* 美分 */
    const char *unit; /* the canonical currency it divides: 美元 */
    double scale;     /* its share of that currency: 0.01 */
} number_subunit;

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
/* Other written forms of currency names, after a numeral, as the unit
 * tables name them (円 → 日元, 美刀 → 美元). */
extern const number_swap tally_number_currency_variants[];
/* Words that count groups of a fixed size (打 12, 双 2). */
extern const number_word tally_count_multipliers[];
/* Latin letters abbreviating a magnitude right after digits (3w, 2.5k). */
extern const number_swap tally_latin_magnitudes[];
/* Words after 兆 that make it the SI prefix mega (兆瓦, 兆帕), not 1e12. */
extern const char *const tally_mega_words[];
/* Decimal points between the parts of a Chinese numeral (三点五, 百分之三點五):
 * 点 and 點; the full-width point ． and the middle dots · ‧ ・ that Taiwan's
 * press sets between numerals written digit by digit or with places
 * (六四〇．五億, 七四三七·三億, 卅七·九%). Read only after a Chinese numeral and
 * before a Chinese digit, so a dot between names (约翰·史密斯) is no point. */
extern const char *const tally_numeral_points[];
/* Marks of scientific notation after a mantissa: e, E, ×10^, x10^. */
extern const char *const tally_exponent_marks[];

/* Sub-units of other currencies than 元 (美分, 仙, 便士), each for its currency. */
extern const number_subunit tally_money_foreign_subunits[];
/* Words that may join the parts of an amount: 又 (两美元又三美分), 零. */
extern const char *const tally_money_joiners[];
/* Qualifiers before a number (约, 近, 超过 …) and after it (左右, 以上 …):
 * the reader gives the number stated. */
extern const char *const tally_number_leading_qualifiers[];
extern const char *const tally_number_trailing_qualifiers[];
/* Vague fillers after a numeral (二十几万, 十几块钱, 五百来个): dropped, the
 * value is the number stated. */
extern const char *const tally_number_vague_fillers[];
/* Asides inside an amount that say nothing of its value: (含). */
extern const char *const tally_number_asides[];
/* Marks between the ends of a range (3万-8万元, 两到五万元) and words that
 * open one (从8500到3万港元). */
extern const char *const tally_number_range_marks[];
extern const char *const tally_number_range_openers[];
/* Marks of an ordinal (第十二) and the rank words after it (第2名). */
extern const char *const tally_number_ordinal_marks[];
extern const char *const tally_number_ordinal_words[];
/* Place words that with one digit after them name a rate in finance:
 * 万三 = 3‱, 千一 = 1‰ (scale: the percent one digit is worth). */
extern const number_word tally_number_rate_shorthands[];
/* The financial capital digits (壹 贰 … 仟), written for money: 壹分 is a
 * cent where 5分 is a score. */
extern const char *const tally_number_capital_digits[];
/* Words of a discount by half (打对折), read as 50 %. */
extern const char *const tally_number_half_discounts[];

/* Place words written after a numeral as one big unit the numeral scanner
 * does not hold: 京 = 亿亿 (1e16). Read only after a numeral (壹京, 三千京). */
extern const number_swap tally_number_scale_swaps[];
/* Pairs of digits that name a vague range (五六个 = 5 to 6, 三五百块 = 300
 * to 500): the lower end is the first digit, the upper the second. */
extern const char *const tally_number_vague_pairs[];
/* A digit not stated: 几十 (10 to 100), 数百万元, 二十几万 (20万 to 30万). */
extern const char *const tally_number_unknown_digits[];
/* Words before a magnitude that mean "reaching it": 上千 = 1000, 上百亿. */
extern const char *const tally_number_reaching_words[];
/* 数以万计: a word before a magnitude and one after it, counting in that
 * magnitude (10000 to 100000). */
extern const char *const tally_number_counted_in_open[];
extern const char *const tally_number_counted_in_close[];
/* A classical fraction: 十之八 = 80 % (the denominator is a place word). */
extern const char *const tally_number_classical_fraction_marks[];

typedef struct number_vague_idiom {
    const char *word; /* 成千上万 */
    double low, high; /* 1000, 10000 */
} number_vague_idiom;

/* Set phrases of a vague number, with the range they name. */
extern const number_vague_idiom tally_number_vague_idioms[];

typedef struct number_currency {
    const char *word; /* 泰銖, THB */
    const char *unit; /* the canonical name: 泰铢 */
} number_currency;

/* Currencies the whole-string reader knows beyond the figure scanner's unit
 * tables (figure_tables.c), and currency codes, before or after a number:
 * 二十五万三千二百泰铢, 445奈拉, USD 300, 欧元三百 (the table's own names
 * before a numeral are read through the scanner's units). */
extern const number_currency tally_number_extra_currencies[];

/* Vulgar-fraction characters (½ ¼ ⅓ …) and their values. */
extern const number_word tally_number_vulgar_fractions[];
/* The words that close a power in words (次方 in 十的五次方). */
extern const char *const tally_number_power_words[];
/* Qualifiers after a number that need a unit before them (起). */
extern const char *const tally_number_trailing_from[];
/* Qualifiers after a share (强 弱): the share stated. */
extern const char *const tally_number_share_approx[];
/* Words after a place word that make it approximate (把 in 千把块). */
extern const char *const tally_number_place_fillers[];
/* Marks between the two numbers of a ratio in words (比). */
extern const char *const tally_number_ratio_marks[];
/* Money words after which 半 is half of the main unit (两块半). */
extern const char *const tally_number_half_after_money[];

#endif
