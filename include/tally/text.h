/* Text helpers over UTF-8 strings: script conversion and display width. */
#ifndef TALLY_TEXT_H
#define TALLY_TEXT_H

#include "tally/tally.h"

typedef enum tally_script_conversion {
    TALLY_TO_SIMPLIFIED,
    TALLY_TO_TRADITIONAL
} tally_script_conversion;

/* Converts Traditional to Simplified characters or back with ICU's
 * transliterators; returns a malloc'd NUL-terminated string. */
char *tally_convert_script(const char *s, size_t len, tally_script_conversion to,
                           size_t *out_len, tally_error *err);

/* Terminal columns: East Asian wide and full-width characters count 2,
 * combining marks and zero-width characters 0, the rest 1. */
size_t tally_display_width(const char *s, size_t len);

/* The byte length of the longest prefix of s (or, with from_end, suffix)
 * that takes at most max_cols terminal columns, whole characters only. */
size_t tally_fit_width(const char *s, size_t len, size_t max_cols, int from_end);

#endif
