/* The pattern reader regex_first.c and regex_reach.c share: a cursor over a
 * PCRE2 pattern's source and the pieces that read one character, a class or
 * a quantifier, for the subset of PCRE2 the rule tables use (regex_first.c's
 * opening comment). Internal to those two files. */
#ifndef TALLY_REGEX_READER_H
#define TALLY_REGEX_READER_H

#include <stddef.h>
#include <stdint.h>

#include "regex_first.h"

typedef struct reader {
    const char *p, *end;
    int caseless; /* the pattern opens with (?i) */
    int failed;   /* a character whose other cases this reader does not know */
} reader;

/* what tally_rx_escape read */
enum { ESC_CHAR, ESC_DIGIT, ESC_CLASS, ESC_ZERO_WIDTH };

void tally_rx_add_range(tally_first_set *s, uint32_t a, uint32_t b);
void tally_rx_put_cp(reader *r, tally_first_set *s, uint32_t c);
void tally_rx_add_digits(tally_first_set *s);
int tally_rx_literal_cp(reader *r, uint32_t *c);
int tally_rx_escape(reader *r, uint32_t *c, int in_class);
int tally_rx_parse_class(reader *r, tally_first_set *set);
int tally_rx_quantifier(reader *r, int *optional);
int tally_rx_is_meta(unsigned char c);

#endif
