/* The decoder: bytes in any of the encodings reports come in, to UTF-8 NFC
 * with LF line ends (docs/engine.md, "Decoding"). ICU detects nothing here:
 * charset_detect.c picks the encoding, ICU's converters convert straight to
 * UTF-8, and utf8_text.c finishes the UTF-8 in one pass, in place when it can.
 * Text already in UTF-8 NFC is never converted at all. */
#include "tally/decoder.h"
#include "charset_detect.h"
#include "utf8_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

void tally_error_set(tally_error *err, const char *fmt, ...)
{
    if (!err)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}

/* Ill-formed input: counted, and the first TALLY_INVALID_REPORTED told. */
#define TALLY_INVALID_REPORTED 20

struct invalid_ctx {
    const char *encoding;
    size_t invalid;
    const char *base; /* for ICU's callback, which sees pointers */
    tally_warn_fn warn;
    void *warn_ud;
};

static void report_invalid(void *ud, size_t at, size_t length)
{
    struct invalid_ctx *ctx = ud;
    ctx->invalid++;
    if (!ctx->warn)
        return;
    if (ctx->invalid <= TALLY_INVALID_REPORTED) {
        char msg[160];
        snprintf(msg, sizeof msg, "invalid %s byte%s at byte offset %zu replaced by U+FFFD",
                 ctx->encoding, length > 1 ? "s" : "", at);
        ctx->warn(ctx->warn_ud, msg);
    } else if (ctx->invalid == TALLY_INVALID_REPORTED + 1) {
        ctx->warn(ctx->warn_ud, "more invalid bytes follow; only the first 20 are reported");
    }
}

/* ICU's side: replaces each invalid sequence with U+FFFD and says where. */
static void on_invalid(const void *context, UConverterToUnicodeArgs *args, const char *units,
                       int32_t length, UConverterCallbackReason reason, UErrorCode *st)
{
    struct invalid_ctx *ctx = (struct invalid_ctx *)context;
    (void)units;
    if (reason > UCNV_IRREGULAR)
        return;
    report_invalid(ctx, (size_t)(args->source - ctx->base) - (size_t)length, (size_t)length);
    static const UChar fffd = 0xFFFD;
    *st = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &fffd, 1, 0, st);
}

static int is_utf8_name(const char *enc)
{
    return strcasecmp(enc, "UTF-8") == 0 || strcasecmp(enc, "UTF8") == 0;
}

static int is_wide_name(const char *enc)
{
    return strncasecmp(enc, "UTF-16", 6) == 0 || strncasecmp(enc, "UTF16", 5) == 0 ||
           strncasecmp(enc, "UTF-32", 6) == 0 || strncasecmp(enc, "UTF32", 5) == 0 ||
           strncasecmp(enc, "UCS-", 4) == 0;
}

/* bytes in enc to a malloc'd UTF-8 buffer with one spare byte; NULL with err. */
static char *convert_to_utf8(const char *bytes, size_t n, const char *enc, struct invalid_ctx *ctx,
                             size_t *out_len, tally_decode_status *status, tally_error *err)
{
    UErrorCode st = U_ZERO_ERROR;
    UConverter *from = ucnv_open(enc, &st);
    if (U_FAILURE(st)) {
        tally_error_set(err, "unknown encoding '%s'", enc);
        *status = TALLY_DECODE_ENCODING;
        return NULL;
    }
    UConverter *to = ucnv_open("UTF-8", &st);
    ucnv_setToUCallBack(from, on_invalid, ctx, NULL, NULL, &st);
    /* two bytes of GB18030 or Big5 are three of UTF-8; n is at most
     * TALLY_DECODE_MAX, so none of this overflows */
    size_t cap = n + n / 2 + 64;
    char *buf = U_SUCCESS(st) ? malloc(cap) : NULL;
    UChar pivot[8192], *psrc = pivot, *ptgt = pivot;
    char *t = buf;
    const char *s = bytes;
    UBool reset = 1;
    while (buf) {
        st = U_ZERO_ERROR;
        ucnv_convertEx(to, from, &t, buf + cap - 1, &s, bytes + n, pivot, &psrc, &ptgt,
                       pivot + 8192, reset, 1, &st);
        reset = 0;
        if (st != U_BUFFER_OVERFLOW_ERROR)
            break;
        size_t used = (size_t)(t - buf);
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger, cap *= 2, t = buf + used;
    }
    ucnv_close(from);
    ucnv_close(to);
    if (!buf) {
        tally_error_set(err, "out of memory");
        *status = TALLY_DECODE_NOMEM;
        return NULL;
    }
    if (U_FAILURE(st)) {
        free(buf);
        tally_error_set(err, "decoding as %s failed: %s", enc, u_errorName(st));
        *status = TALLY_DECODE_ENCODING;
        return NULL;
    }
    *out_len = (size_t)(t - buf);
    return buf;
}

/* owned, when not NULL, is bytes itself (malloc'd, bytes[n] writable), and
 * is used or freed. */
static tally_decode_status decode(char *owned, const char *bytes, size_t n, const char *encoding,
                                  tally_decoded *out, tally_warn_fn warn, void *warn_ud,
                                  tally_error *err)
{
    memset(out, 0, sizeof *out);
    tally_decode_status status = TALLY_DECODE_OK;
    char enc[40];
    if (n > TALLY_DECODE_MAX) {
        tally_error_set(err, "file too large: %zu bytes (tally reads files up to %zu bytes, 1 GiB)",
                        n, (size_t)TALLY_DECODE_MAX);
        status = TALLY_DECODE_TOO_LARGE;
        goto fail;
    }
    if (encoding && *encoding) {
        snprintf(enc, sizeof enc, "%s", encoding);
        const char *nul = is_wide_name(enc) ? NULL : memchr(bytes, '\0', n);
        if (nul) {
            tally_error_set(err, "binary file (NUL byte at offset %zu)", (size_t)(nul - bytes));
            status = TALLY_DECODE_BINARY;
            goto fail;
        }
    } else if (tally_charset_detect(bytes, n, enc, sizeof enc, warn, warn_ud, err) < 0) {
        status = TALLY_DECODE_BINARY;
        goto fail;
    }
    struct invalid_ctx ctx = {enc, 0, bytes, warn, warn_ud};
    char *text;
    size_t len;
    if (is_utf8_name(enc)) {
        if (!owned) {
            owned = malloc(n + 1);
            if (!owned)
                goto nomem;
            memcpy(owned, bytes, n);
        }
        text = owned, len = n, owned = NULL;
    } else {
        text = convert_to_utf8(bytes, n, enc, &ctx, &len, &status, err);
        if (!text)
            goto fail;
        free(owned);
        owned = NULL;
    }
    /* the converters already replaced what was invalid in other encodings */
    out->text = tally_utf8_finish(text, len, TALLY_NFC, 1, is_utf8_name(enc) ? report_invalid : NULL,
                                  &ctx, &out->len);
    if (!out->text)
        goto nomem;
    snprintf(out->encoding, sizeof out->encoding, "%s", enc);
    out->invalid = ctx.invalid;
    return TALLY_DECODE_OK;
nomem:
    tally_error_set(err, "out of memory");
    status = TALLY_DECODE_NOMEM;
fail:
    free(owned);
    return status;
}

tally_decode_status tally_decode(const char *bytes, size_t n, const char *encoding,
                                 tally_decoded *out, tally_warn_fn warn, void *warn_ud,
                                 tally_error *err)
{
    return decode(NULL, bytes, n, encoding, out, warn, warn_ud, err);
}

tally_decode_status tally_decode_take(char *bytes, size_t n, const char *encoding,
                                      tally_decoded *out, tally_warn_fn warn, void *warn_ud,
                                      tally_error *err)
{
    return decode(bytes, bytes, n, encoding, out, warn, warn_ud, err);
}

char *tally_normalize(const char *text, size_t len, const char *form, size_t *out_len,
                      tally_error *err)
{
    tally_norm_form mode = TALLY_NFC;
    if (form && *form) {
        if (strcmp(form, "NFC") == 0)
            mode = TALLY_NFC;
        else if (strcmp(form, "NFKC") == 0)
            mode = TALLY_NFKC;
        else if (strcmp(form, "NFD") == 0)
            mode = TALLY_NFD;
        else if (strcmp(form, "NFKD") == 0)
            mode = TALLY_NFKD;
        else {
            tally_error_set(err, "unknown normalization form '%s' (NFC, NFKC, NFD or NFKD)", form);
            return NULL;
        }
    }
    if (len > TALLY_DECODE_MAX) {
        tally_error_set(err, "text too large to normalize: %zu bytes (the limit is 1 GiB)", len);
        return NULL;
    }
    char *copy = malloc(len + 1);
    if (!copy) {
        tally_error_set(err, "out of memory");
        return NULL;
    }
    memcpy(copy, text, len);
    /* a leading U+FEFF is text here: only decoding a file drops it */
    char *res = tally_utf8_finish(copy, len, mode, 0, NULL, NULL, out_len);
    if (!res)
        tally_error_set(err, "out of memory");
    return res;
}
