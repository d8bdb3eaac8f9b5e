/* Small helpers for walking UTF-8 text by code point, shared by the
 * structure and measures scanners. Offsets are byte offsets. */
#ifndef TALLY_SCAN_H
#define TALLY_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

static inline UChar32 scan_next(const char *t, size_t stop, size_t *i)
{
    UChar32 c;
    int32_t at = (int32_t)*i;
    U8_NEXT_OR_FFFD((const uint8_t *)t, at, (int32_t)stop, c);
    *i = (size_t)at;
    return c;
}

static inline UChar32 scan_prev(const char *t, size_t start, size_t *i)
{
    UChar32 c;
    int32_t at = (int32_t)*i;
    U8_PREV_OR_FFFD((const uint8_t *)t, (int32_t)start, at, c);
    *i = (size_t)at;
    return c;
}

/* The code point at i, without moving. */
static inline UChar32 scan_peek(const char *t, size_t stop, size_t i)
{
    return i < stop ? scan_next(t, stop, &i) : -1;
}

static inline int scan_is_space(UChar32 c)
{
    /* CJK ideographs (Lo, never white space) without asking ICU */
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0 ||
           c == 0xFEFF || (c > 0x7F && !(c >= 0x3400 && c <= 0x9FFF) && u_isUWhiteSpace(c));
}

static inline int scan_is_han(UChar32 c)
{
    /* the CJK Unified Ideographs of Unicode 1.1 are Han in every ICU's
     * data: most of a Chinese text, answered without the script lookup */
    if (c >= 0x4E00 && c <= 0x9FA5)
        return 1;
    UErrorCode st = U_ZERO_ERROR;
    return c > 0x2E7F && uscript_getScript(c, &st) == USCRIPT_HAN;
}

/* Whether s starts at t[i] and ends before stop. */
static inline int scan_at(const char *t, size_t i, size_t stop, const char *s)
{
    /* the first byte first: most calls look a list up at every position */
    if (s[0] && (i >= stop || t[i] != s[0]))
        return 0;
    size_t n = strlen(s);
    return i + n <= stop && memcmp(t + i, s, n) == 0;
}

/* The first entry of a NULL-terminated list that starts at t[i], or NULL. */
static inline const char *scan_any(const char *t, size_t i, size_t stop,
                                   const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (scan_at(t, i, stop, list[k]))
            return list[k];
    return NULL;
}

/* Whether [a, b) ends with s. */
static inline int scan_ends(const char *t, size_t a, size_t b, const char *s)
{
    size_t n = strlen(s);
    return b >= a + n && memcmp(t + b - n, s, n) == 0;
}

/* Whether s occurs in [a, b). */
static inline int scan_contains(const char *t, size_t a, size_t b, const char *s)
{
    size_t n = strlen(s);
    if (!n)
        return a <= b;
    /* memchr to each place the first byte occurs, then compare */
    for (size_t i = a; i + n <= b; i++) {
        const char *p = memchr(t + i, s[0], b - n + 1 - i);
        if (!p)
            return 0;
        i = (size_t)(p - t);
        if (memcmp(t + i, s, n) == 0)
            return 1;
    }
    return 0;
}

static inline size_t scan_chars(const char *t, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b;) {
        scan_next(t, b, &i);
        n++;
    }
    return n;
}

/* Narrows [*a, *b) past white space at both ends. */
static inline void scan_trim(const char *t, size_t *a, size_t *b)
{
    while (*a < *b) {
        size_t i = *a;
        if (!scan_is_space(scan_next(t, *b, &i)))
            break;
        *a = i;
    }
    while (*b > *a) {
        size_t i = *b;
        if (!scan_is_space(scan_prev(t, *a, &i)))
            break;
        *b = i;
    }
}

/* Sentence ends: 。！？!? and the ideographic full stop variants. */
static inline int scan_is_sentence_end(UChar32 c)
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == 0xFF61;
}

/* Closing quotes and brackets that may follow a sentence end. */
static inline int scan_is_closer(UChar32 c)
{
    return c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == ')' || c == 0xFF09 ||
           c == 0x300D || c == 0x300F || c == 0x3011 || c == 0x300B || c == 0x3009 || c == ']';
}

#endif
