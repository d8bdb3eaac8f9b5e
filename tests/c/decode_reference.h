/* The decoder's UTF-8 path done by ICU alone, what the fast path must equal
 * (shared by tests/c/test_decoder.c and tests/fuzz/fuzz_decoder.c). */
#ifndef TALLY_TEST_DECODE_REFERENCE_H
#define TALLY_TEST_DECODE_REFERENCE_H

#include <stdlib.h>

#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

/* ICU alone: UTF-8 (U+FFFD per maximal subpart) to UTF-16, NFC, leading
 * U+FEFF and CR dealt with as the decoder does, back to UTF-8. */
static char *decode_reference(const char *s, size_t n, size_t *out_len)
{
    UErrorCode st = U_ZERO_ERROR;
    UConverter *c = ucnv_open("UTF-8", &st);
    UChar *u = malloc((n + 1) * sizeof(UChar)), *v = malloc((3 * n + 16) * sizeof(UChar));
    char *out = NULL;
    if (u && v && U_SUCCESS(st)) {
        int32_t ulen = ucnv_toUChars(c, u, (int32_t)n + 1, s, (int32_t)n, &st);
        int32_t vlen = unorm2_normalize(unorm2_getNFCInstance(&st), u, ulen, v, 3 * (int32_t)n + 16, &st);
        int32_t w = 0, r = 0;
        while (r < vlen && v[r] == 0xFEFF)
            r++;
        for (; r < vlen; r++) {
            if (v[r] == '\r') {
                v[w++] = '\n';
                if (r + 1 < vlen && v[r + 1] == '\n')
                    r++;
            } else {
                v[w++] = v[r];
            }
        }
        out = malloc(4 * (size_t)w + 1);
        int32_t olen = 0;
        if (out)
            u_strToUTF8(out, 4 * w + 1, &olen, v, w, &st);
        *out_len = (size_t)olen;
        if (U_FAILURE(st)) {
            free(out);
            out = NULL;
        }
    }
    ucnv_close(c);
    free(u), free(v);
    return out;
}

#endif
