/* What the fuzz targets share: the libFuzzer entry point, turning bytes
 * into the text the engine expects, and the invariants every span must
 * keep. A target is tests/fuzz/fuzz_NAME.c defining LLVMFuzzerTestOneInput
 * (FUZZ_TEXT_TARGET defines it for a target over text) (and optionally fuzz_max_len, the longest input it wants); its seeds are
 * tests/fuzz/corpus/NAME/. With libFuzzer (clang, -DTALLY_FUZZ=ON) it is a
 * libFuzzer binary; otherwise tests/fuzz/driver.c replays the seeds and
 * runs a bounded number of mutations (ctest runs every target). A broken
 * invariant calls FUZZ_CHECK, which prints the condition and aborts. */
#ifndef TALLY_FUZZ_H
#define TALLY_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tally/tally.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                              \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                  \
        }                                                                             \
    } while (0)

/* The length of the valid UTF-8 sequence at s[i], or 0. */
static inline size_t fuzz_utf8_len(const unsigned char *s, size_t n, size_t i)
{
    unsigned c = s[i];
    if (c < 0x80)
        return 1;
    size_t k = c >= 0xF0 ? (c <= 0xF4 ? 4 : 0) : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (k == 0 || i + k > n)
        return 0;
    for (size_t j = 1; j < k; j++)
        if ((s[i + j] & 0xC0) != 0x80)
            return 0;
    if (k == 3 && c == 0xE0 && s[i + 1] < 0xA0)
        return 0; /* overlong */
    if (k == 3 && c == 0xED && s[i + 1] >= 0xA0)
        return 0; /* surrogate */
    if (k == 4 && c == 0xF0 && s[i + 1] < 0x90)
        return 0;
    if (k == 4 && c == 0xF4 && s[i + 1] >= 0x90)
        return 0; /* above U+10FFFF */
    return k;
}

static inline int fuzz_valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t k = fuzz_utf8_len((const unsigned char *)s, n, i);
        if (!k)
            return 0;
        i += k;
    }
    return 1;
}

/* Whether offset i of the UTF-8 text s starts a character (or is its end). */
static inline int fuzz_boundary(const char *s, size_t n, size_t i)
{
    return i == n || (i < n && ((unsigned char)s[i] & 0xC0) != 0x80);
}

/* A span lies inside the text, in order, on character boundaries. */
static inline void fuzz_check_span(const char *s, size_t n, tally_span sp)
{
    if (!(sp.start <= sp.stop && sp.stop <= n && fuzz_boundary(s, n, sp.start) &&
          fuzz_boundary(s, n, sp.stop)))
        fprintf(stderr, "fuzz: bad span [%zu, %zu) in a text of %zu bytes\n", sp.start, sp.stop, n);
    FUZZ_CHECK(sp.start <= sp.stop);
    FUZZ_CHECK(sp.stop <= n);
    FUZZ_CHECK(fuzz_boundary(s, n, sp.start));
    FUZZ_CHECK(fuzz_boundary(s, n, sp.stop));
}

/* The bytes as a document would hold them: valid UTF-8 (an invalid byte
 * becomes U+FFFD), no NUL (as U+FFFD: the decoder refuses NULs), NUL-
 * terminated. malloc'd; *len is set. */
static inline char *fuzz_text(const uint8_t *data, size_t size, size_t *len)
{
    char *t = malloc(size * 3 + 1);
    if (!t)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < size;) {
        size_t k = data[i] ? fuzz_utf8_len(data, size, i) : 0;
        if (k) {
            memcpy(t + o, data + i, k);
            o += k, i += k;
        } else {
            memcpy(t + o, "\xEF\xBF\xBD", 3);
            o += 3, i++;
        }
    }
    t[o] = '\0';
    *len = o;
    return t;
}

/* What a target over text checks: the input as text t of len bytes
 * (fuzz_text) and the bytes it came from. */
typedef void fuzz_text_check(const char *t, size_t len, const uint8_t *data, size_t size);

static inline int fuzz_run_text(const uint8_t *data, size_t size, fuzz_text_check *check)
{
    size_t len;
    char *t = fuzz_text(data, size, &len);
    if (t)
        check(t, len, data, size);
    free(t);
    return 0;
}

/* Defines the entry point of a target over text, which runs check. */
#define FUZZ_TEXT_TARGET(check)                                          \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)        \
    {                                                                   \
        return fuzz_run_text(data, size, check);                        \
    }

#endif
