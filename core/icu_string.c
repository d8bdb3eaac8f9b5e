/* UTF-8 <-> UTF-16 for the ICU services that take UTF-16. */
#include "icu_string.h"

#include <stdint.h>
#include <stdlib.h>

#include <unicode/ustring.h>

UChar *tally_utf8_to_uchars(const char *s, size_t len, int32_t spare, int32_t *ulen,
                            tally_error *err)
{
    if (len > (size_t)INT32_MAX / 4 || spare < 0 || spare > INT32_MAX / 4) {
        tally_error_set(err, "text too large (%zu bytes)", len);
        return NULL;
    }
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8WithSub(NULL, 0, &n, s, (int32_t)len, 0xFFFD, NULL, &st);
    st = U_ZERO_ERROR;
    int32_t cap = n + spare + 1;
    UChar *u = malloc((size_t)cap * sizeof(UChar));
    if (!u) {
        tally_error_set(err, "out of memory");
        return NULL;
    }
    u_strFromUTF8WithSub(u, cap, &n, s, (int32_t)len, 0xFFFD, NULL, &st);
    if (U_FAILURE(st)) {
        free(u);
        tally_error_set(err, "UTF-16 conversion failed: %s", u_errorName(st));
        return NULL;
    }
    *ulen = n;
    return u;
}

char *tally_uchars_to_utf8(const UChar *u, int32_t ulen, size_t *out_len, tally_error *err)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t blen = 0;
    u_strToUTF8WithSub(NULL, 0, &blen, u, ulen, 0xFFFD, NULL, &st);
    st = U_ZERO_ERROR;
    char *text = malloc((size_t)blen + 1);
    if (!text) {
        tally_error_set(err, "out of memory");
        return NULL;
    }
    u_strToUTF8WithSub(text, blen + 1, &blen, u, ulen, 0xFFFD, NULL, &st);
    if (U_FAILURE(st)) {
        free(text);
        tally_error_set(err, "UTF-8 conversion failed: %s", u_errorName(st));
        return NULL;
    }
    text[blen] = '\0';
    *out_len = (size_t)blen;
    return text;
}
