/* The decoder: bytes in any of the encodings reports come in, to UTF-8 NFC
 * with LF line ends. ICU does the converting, detecting and normalizing. */
#include "tally/decoder.h"
#include "icu_string.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

void tally_error_set(tally_error *err, const char *fmt, ...)
{
    if (!err)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}

/* Counts the non-ASCII bytes, and those not in a valid UTF-8 sequence. */
static void utf8_errors(const unsigned char *s, size_t n, size_t *non_ascii, size_t *invalid)
{
    *non_ascii = *invalid = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
        unsigned cp = c & (0x3F >> k);
        size_t j = 1;
        for (; k && j <= k && i + j < n && (s[i + j] & 0xC0) == 0x80; j++)
            cp = (cp << 6) | (s[i + j] & 0x3F);
        int valid = k && j == k + 1 &&
                    !(k == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) &&
                    !(k == 3 && (cp < 0x10000 || cp > 0x10FFFF));
        if (valid) {
            *non_ascii += k + 1;
            i += k + 1;
        } else {
            (*non_ascii)++, (*invalid)++;
            i++;
        }
    }
}

/* A file is read as UTF-8 when nearly all of its non-ASCII bytes form valid
 * UTF-8: a stray bad byte in a UTF-8 report stays one U+FFFD, while text in
 * GBK or Big5 is almost never valid UTF-8 for long. */
static int looks_utf8(const unsigned char *s, size_t n)
{
    size_t non_ascii, invalid;
    utf8_errors(s, n, &non_ascii, &invalid);
    return invalid == 0 || invalid <= 3 || invalid * 50 < non_ascii;
}

/* Picks an encoding for bytes that are not UTF-8. Reports are Chinese, so
 * only ICU's answers for Chinese charsets are taken; anything else is read as
 * GB18030, which decodes every byte sequence GBK can produce. */
static void detect_chinese(const char *bytes, size_t n, char *enc, size_t enclen)
{
    UErrorCode st = U_ZERO_ERROR;
    snprintf(enc, enclen, "GB18030");
    UCharsetDetector *det = ucsdet_open(&st);
    if (U_FAILURE(st))
        return;
    ucsdet_setText(det, bytes, n > (size_t)INT32_MAX ? INT32_MAX : (int32_t)n, &st);
    int32_t count = 0;
    const UCharsetMatch **all = ucsdet_detectAll(det, &count, &st);
    for (int32_t i = 0; U_SUCCESS(st) && i < count; i++) {
        const char *name = ucsdet_getName(all[i], &st);
        if (!name)
            continue;
        if (strcmp(name, "Big5") == 0 || strcmp(name, "GB18030") == 0) {
            snprintf(enc, enclen, "%s", name);
            break;
        }
    }
    ucsdet_close(det);
}

struct invalid_ctx {
    const char *base;
    const char *encoding;
    size_t invalid;
    tally_warn_fn warn;
    void *warn_ud;
};

/* Replaces each invalid sequence with U+FFFD and says where it was. */
static void on_invalid(const void *context, UConverterToUnicodeArgs *args, const char *units,
                       int32_t length, UConverterCallbackReason reason, UErrorCode *st)
{
    struct invalid_ctx *ctx = (struct invalid_ctx *)context;
    if (reason > UCNV_IRREGULAR)
        return;
    size_t at = (size_t)(args->source - ctx->base) - (size_t)length;
    ctx->invalid++;
    if (ctx->warn && ctx->invalid <= 20) {
        char msg[160];
        snprintf(msg, sizeof msg, "invalid %s byte%s at byte offset %zu replaced by U+FFFD",
                 ctx->encoding, length > 1 ? "s" : "", at);
        ctx->warn(ctx->warn_ud, msg);
    } else if (ctx->warn && ctx->invalid == 21) {
        ctx->warn(ctx->warn_ud, "more invalid bytes follow; only the first 20 are reported");
    }
    (void)units;
    static const UChar fffd = 0xFFFD;
    *st = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &fffd, 1, 0, st);
}

/* NFC, then CRLF and CR to LF, then UTF-8; frees nothing it was given. */
static char *utf16_to_text(const UChar *u, int32_t ulen, size_t *out_len, tally_error *err,
                           int nfc_mode)
{
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *norm;
    switch (nfc_mode) {
    case 1: norm = unorm2_getNFKCInstance(&st); break;
    case 2: norm = unorm2_getNFDInstance(&st); break;
    case 3: norm = unorm2_getNFKDInstance(&st); break;
    default: norm = unorm2_getNFCInstance(&st); break;
    }
    if (U_FAILURE(st)) {
        tally_error_set(err, "ICU normalizer unavailable: %s", u_errorName(st));
        return NULL;
    }
    int32_t cap = ulen + ulen / 4 + 16;
    UChar *nfc = malloc((size_t)cap * sizeof(UChar));
    if (!nfc)
        goto nomem;
    int32_t nlen = unorm2_normalize(norm, u, ulen, nfc, cap, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR) {
        st = U_ZERO_ERROR;
        cap = nlen + 1;
        UChar *bigger = realloc(nfc, (size_t)cap * sizeof(UChar));
        if (!bigger) {
            free(nfc);
            goto nomem;
        }
        nfc = bigger;
        nlen = unorm2_normalize(norm, u, ulen, nfc, cap, &st);
    }
    if (U_FAILURE(st)) {
        free(nfc);
        tally_error_set(err, "normalization failed: %s", u_errorName(st));
        return NULL;
    }
    int32_t w = 0;
    int32_t r = (nlen > 0 && nfc[0] == 0xFEFF) ? 1 : 0; /* a BOM is no text */
    for (; r < nlen; r++) {
        if (nfc[r] == '\r') {
            nfc[w++] = '\n';
            if (r + 1 < nlen && nfc[r + 1] == '\n')
                r++;
        } else {
            nfc[w++] = nfc[r];
        }
    }
    char *text = tally_uchars_to_utf8(nfc, w, out_len, err);
    free(nfc);
    return text;
nomem:
    tally_error_set(err, "out of memory");
    return NULL;
}

tally_decode_status tally_decode(const char *bytes, size_t n, const char *encoding,
                                 tally_decoded *out, tally_warn_fn warn, void *warn_ud,
                                 tally_error *err)
{
    memset(out, 0, sizeof *out);
    const unsigned char *b = (const unsigned char *)bytes;
    char enc[40] = "";
    size_t skip = 0;
    if (encoding && *encoding) {
        snprintf(enc, sizeof enc, "%s", encoding);
    } else if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        snprintf(enc, sizeof enc, "UTF-8");
        skip = 3;
    } else if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
        snprintf(enc, sizeof enc, "UTF-16LE");
        skip = 2;
    } else if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
        snprintf(enc, sizeof enc, "UTF-16BE");
        skip = 2;
    }
    int utf16 = strncmp(enc, "UTF-16", 6) == 0 || strncmp(enc, "utf-16", 6) == 0;
    if (!utf16 && memchr(bytes, '\0', n)) {
        tally_error_set(err, "binary file (NUL byte at offset %zu)",
                        (size_t)((const char *)memchr(bytes, '\0', n) - bytes));
        return TALLY_DECODE_BINARY;
    }
    if (!*enc) {
        if (looks_utf8(b, n))
            snprintf(enc, sizeof enc, "UTF-8");
        else
            detect_chinese(bytes, n, enc, sizeof enc);
    }
    if (n - skip > (size_t)INT32_MAX / 2) {
        tally_error_set(err, "file too large (%zu bytes)", n);
        return TALLY_DECODE_NOMEM;
    }

    UErrorCode st = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(enc, &st);
    if (U_FAILURE(st)) {
        tally_error_set(err, "unknown encoding '%s'", enc);
        return TALLY_DECODE_ENCODING;
    }
    struct invalid_ctx ctx = {bytes, enc, 0, warn, warn_ud};
    ucnv_setToUCallBack(conv, on_invalid, &ctx, NULL, NULL, &st);
    int32_t cap = (int32_t)(n - skip) * 2 + 16;
    UChar *u = malloc((size_t)cap * sizeof(UChar));
    if (!u) {
        ucnv_close(conv);
        tally_error_set(err, "out of memory");
        return TALLY_DECODE_NOMEM;
    }
    UChar *target = u;
    const char *source = bytes + skip;
    ucnv_toUnicode(conv, &target, u + cap, &source, bytes + n, NULL, 1, &st);
    ucnv_close(conv);
    if (U_FAILURE(st)) {
        free(u);
        tally_error_set(err, "decoding as %s failed: %s", enc, u_errorName(st));
        return TALLY_DECODE_ENCODING;
    }
    out->text = utf16_to_text(u, (int32_t)(target - u), &out->len, err, 0);
    free(u);
    if (!out->text)
        return TALLY_DECODE_NOMEM;
    snprintf(out->encoding, sizeof out->encoding, "%s", enc);
    out->invalid = ctx.invalid;
    return TALLY_DECODE_OK;
}

char *tally_normalize(const char *text, size_t len, const char *form, size_t *out_len,
                      tally_error *err)
{
    int mode = 0;
    if (form && *form) {
        if (strcmp(form, "NFC") == 0)
            mode = 0;
        else if (strcmp(form, "NFKC") == 0)
            mode = 1;
        else if (strcmp(form, "NFD") == 0)
            mode = 2;
        else if (strcmp(form, "NFKD") == 0)
            mode = 3;
        else {
            tally_error_set(err, "unknown normalization form '%s' (NFC, NFKC, NFD or NFKD)", form);
            return NULL;
        }
    }
    int32_t ulen = 0;
    UChar *u = tally_utf8_to_uchars(text, len, 0, &ulen, err);
    if (!u)
        return NULL;
    char *res = utf16_to_text(u, ulen, out_len, err, mode);
    free(u);
    return res;
}
