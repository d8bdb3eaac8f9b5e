/* Data for the charset detector: the characters a correct decoding of a
 * Chinese report is made of, what each class of character is worth, and the
 * charset labels HTML pages declare. */
#ifndef TALLY_CHARSET_TABLES_H
#define TALLY_CHARSET_TABLES_H

#include <stddef.h>

typedef enum tally_char_class {
    TALLY_CC_COMMON1,   /* the most frequent characters */
    TALLY_CC_COMMON2,   /* the next most frequent */
    TALLY_CC_PUNCT,     /* Chinese punctuation and full-width digits */
    TALLY_CC_ASCII,     /* printable ASCII and tab, LF, CR, FF */
    TALLY_CC_HAN,       /* any other CJK unified ideograph of the BMP block */
    TALLY_CC_RARE_HAN,  /* extension A and beyond, compatibility ideographs */
    TALLY_CC_OTHER,     /* any other assigned character */
    TALLY_CC_BAD,       /* U+FFFD, private use, unassigned, controls */
    TALLY_CC_COUNT
} tally_char_class;

typedef struct tally_charset_weight {
    tally_char_class cls;
    int weight;
} tally_charset_weight;

extern const char tally_common_hanzi_tier1[];
extern const char tally_common_hanzi_tier2[];
extern const char tally_common_punctuation[];
extern const tally_charset_weight tally_charset_weights[];
extern const size_t tally_charset_weight_count;

/* A label an HTML page may declare (lower case) and the converter it names;
 * "Big5" stands for the Big5 family (Big5 or Big5-HKSCS, whichever fits). */
typedef struct tally_charset_label {
    const char *label;
    const char *encoding;
} tally_charset_label;

extern const tally_charset_label tally_charset_labels[]; /* ends with {NULL, NULL} */

#endif
