/* Moving text between UTF-8 (what tally keeps) and ICU's UTF-16 (what some
 * ICU services take), with invalid sequences as U+FFFD. */
#ifndef TALLY_ICU_STRING_H
#define TALLY_ICU_STRING_H

#include <unicode/utypes.h>

#include "tally/tally.h"

/* A malloc'd UTF-16 copy of s with room for `spare` more code units after its
 * *ulen units; NULL with err set when s is too large or memory runs out. */
UChar *tally_utf8_to_uchars(const char *s, size_t len, int32_t spare, int32_t *ulen,
                            tally_error *err);

/* A malloc'd, NUL-terminated UTF-8 copy of u; NULL with err set on failure. */
char *tally_uchars_to_utf8(const UChar *u, int32_t ulen, size_t *out_len, tally_error *err);

#endif
