/* Reading UTF-8 one code point at a time, for the scanners that walk text by
 * byte offset. Invalid bytes read as U+FFFD and advance by one byte. */
#ifndef TALLY_UTF8_SCAN_H
#define TALLY_UTF8_SCAN_H

#include <stddef.h>
#include <stdint.h>

/* The code point at s[*i] (i < len); advances *i past it. */
static inline uint32_t utf8_next(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = *i;
    uint32_t c = u[k];
    size_t n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 4;
    *i = k + 1;
    if (n == 0)
        return c;
    if (n == 4 || k + n >= len)
        return 0xFFFD;
    c &= 0x3Fu >> n;
    for (size_t j = 1; j <= n; j++) {
        if ((u[k + j] & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (u[k + j] & 0x3F);
    }
    *i = k + n + 1;
    return c;
}

/* The code point that ends just before s[i] (i > 0); *start gets its offset. */
static inline uint32_t utf8_prev(const char *s, size_t i, size_t *start)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = i - 1;
    int back = 0;
    while (k > 0 && back < 3 && (u[k] & 0xC0) == 0x80) {
        k--;
        back++;
    }
    size_t j = k;
    uint32_t c = utf8_next(s, i, &j);
    if (j != i) { /* not a well-formed sequence ending at i */
        *start = i - 1;
        return 0xFFFD;
    }
    *start = k;
    return c;
}

/* Bytes of the well-formed sequence starting at s[i], 1 for an invalid byte. */
static inline size_t utf8_len_at(const char *s, size_t len, size_t i)
{
    size_t j = i;
    utf8_next(s, len, &j);
    return j - i;
}

static inline int utf8_starts(const char *s, size_t len, size_t i, const char *word, size_t wlen)
{
    if (i + wlen > len)
        return 0;
    for (size_t k = 0; k < wlen; k++)
        if (s[i + k] != word[k])
            return 0;
    return 1;
}

#endif
