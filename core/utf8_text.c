/* UTF-8 to finished text in one forward pass (see utf8_text.h).
 *
 * A character that is its own normal form and has combining class 0 (quick
 * check Yes, ccc 0: "inert" here) neither changes nor interacts with its
 * neighbours' normalization, so a run of such characters is copied as it is.
 * Only a span from the inert character before a non-inert one up to the next
 * inert character goes through ICU's normalizer (via UTF-16, which is all
 * unorm2's C API takes). ASCII is read eight bytes at a time. */
#include "utf8_text.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

/* One bit per BMP code point: inert in that form. Built once per form. */
static uint8_t inert_bmp[4][0x10000 / 8];
static pthread_once_t inert_once[4] = {PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT,
                                      PTHREAD_ONCE_INIT};
static const UProperty quick_check[4] = {UCHAR_NFC_QUICK_CHECK, UCHAR_NFKC_QUICK_CHECK,
                                         UCHAR_NFD_QUICK_CHECK, UCHAR_NFKD_QUICK_CHECK};

static int inert_cp(tally_norm_form form, UChar32 c)
{
    return u_getIntPropertyValue(c, quick_check[form]) == UNORM_YES && u_getCombiningClass(c) == 0;
}

static void build_inert(tally_norm_form form)
{
    for (UChar32 c = 0; c < 0x10000; c++)
        if (inert_cp(form, c))
            inert_bmp[form][c >> 3] |= (uint8_t)(1u << (c & 7));
}
static void build_nfc(void) { build_inert(TALLY_NFC); }
static void build_nfkc(void) { build_inert(TALLY_NFKC); }
static void build_nfd(void) { build_inert(TALLY_NFD); }
static void build_nfkd(void) { build_inert(TALLY_NFKD); }
static void (*const builders[4])(void) = {build_nfc, build_nfkc, build_nfd, build_nfkd};

static inline int is_inert(tally_norm_form form, UChar32 c)
{
    if (c < 0x10000)
        return (inert_bmp[form][c >> 3] >> (c & 7)) & 1;
    return inert_cp(form, c);
}

typedef struct pass {
    char *in;
    size_t len;
    char *out;    /* == in while the text is rewritten in place */
    size_t w;     /* bytes written to out */
    size_t cap;   /* out's size when it is its own buffer */
    size_t copy;  /* input not yet copied starts here: in[copy..r) goes to out unchanged */
} pass;

/* Makes room for k more output bytes once the input before `consumed` is no
 * longer needed; leaves writing in place for an own buffer when the output
 * would overtake the input. */
static int room(pass *p, size_t k, size_t consumed)
{
    if (p->out == p->in) {
        if (p->w + k <= consumed)
            return 1;
        size_t rest = p->len - consumed;
        size_t cap = p->w + k + rest + rest / 8 + 64;
        if (cap < rest) /* overflow */
            return 0;
        char *own = malloc(cap);
        if (!own)
            return 0;
        memcpy(own, p->in, p->w);
        p->out = own, p->cap = cap;
    }
    if (p->w + k + 1 > p->cap) {
        size_t cap = p->cap * 2 > p->w + k + 1 ? p->cap * 2 : p->w + k + 1;
        if (cap < p->cap)
            return 0;
        char *bigger = realloc(p->out, cap);
        if (!bigger)
            return 0;
        p->out = bigger, p->cap = cap;
    }
    return 1;
}

/* Copies the unchanged input before r to the output. Never needs room: the
 * output is never ahead of the input it has consumed. */
static int flush(pass *p, size_t r)
{
    size_t k = r - p->copy;
    if (k && !room(p, k, r))
        return 0;
    if (k && p->out + p->w != p->in + p->copy)
        memmove(p->out + p->w, p->in + p->copy, k);
    p->w += k;
    p->copy = r;
    return 1;
}

static int emit(pass *p, const char *s, size_t k, size_t consumed)
{
    if (!room(p, k, consumed))
        return 0;
    memcpy(p->out + p->w, s, k);
    p->w += k;
    return 1;
}

/* Emits normalized UTF-8 with its CR and CRLF turned into LF. */
static int emit_lf(pass *p, const char *s, size_t k, size_t consumed)
{
    if (!room(p, k, consumed))
        return 0;
    for (size_t i = 0; i < k; i++) {
        if (s[i] == '\r') {
            p->out[p->w++] = '\n';
            if (i + 1 < k && s[i + 1] == '\n')
                i++;
        } else {
            p->out[p->w++] = s[i];
        }
    }
    return 1;
}

/* Normalizes in[a..b) (valid UTF-8) and emits it; 0 when out of memory. */
static int normalize_span(pass *p, tally_norm_form form, size_t a, size_t b)
{
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *norm = form == TALLY_NFKC  ? unorm2_getNFKCInstance(&st)
                               : form == TALLY_NFD  ? unorm2_getNFDInstance(&st)
                               : form == TALLY_NFKD ? unorm2_getNFKDInstance(&st)
                                                    : unorm2_getNFCInstance(&st);
    if (U_FAILURE(st))
        return 0;
    int32_t n = (int32_t)(b - a); /* a span is far below 2 GiB: the input is (TALLY_DECODE_MAX) */
    int32_t ulen = 0;
    UChar *u = malloc(((size_t)n + 1) * sizeof(UChar));
    if (!u)
        return 0;
    u_strFromUTF8(u, n + 1, &ulen, p->in + a, n, &st);
    int32_t cap = ulen + ulen / 2 + 16, vlen = 0;
    UChar *v = NULL;
    for (int tries = 0; U_SUCCESS(st) && tries < 2; tries++) {
        free(v);
        v = malloc((size_t)cap * sizeof(UChar));
        if (!v)
            break;
        vlen = unorm2_normalize(norm, u, ulen, v, cap, &st);
        if (st != U_BUFFER_OVERFLOW_ERROR)
            break;
        st = U_ZERO_ERROR, cap = vlen + 1; /* the length it needs */
    }
    free(u);
    int32_t blen = 0;
    char *bytes = NULL;
    if (v && U_SUCCESS(st)) {
        bytes = malloc((size_t)vlen * 3 + 1);
        if (bytes)
            u_strToUTF8(bytes, vlen * 3 + 1, &blen, v, vlen, &st);
    }
    free(v);
    int ok = bytes && U_SUCCESS(st) && emit_lf(p, bytes, (size_t)blen, b);
    free(bytes);
    return ok;
}

/* Eight bytes that are all ASCII and hold no CR. */
static inline int plain_ascii8(const char *s)
{
    uint64_t x;
    memcpy(&x, s, 8);
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t cr = x ^ (ones * '\r');
    return !(x & highs) && !((cr - ones) & ~cr & highs);
}

char *tally_utf8_finish(char *buf, size_t len, tally_norm_form form, int strip_feff,
                        tally_invalid_fn on_invalid, void *ud, size_t *out_len)
{
    pthread_once(&inert_once[form], builders[form]);
    pass p = {buf, len, buf, 0, 0, 0};
    const uint8_t *s = (const uint8_t *)buf;
    size_t r = 0;
    static const char fffd[] = "\xEF\xBF\xBD";
    while (r < len) {
        if (s[r] < 0x80) {
            if (s[r] != '\r') {
                r++;
                while (r + 8 <= len && plain_ascii8(buf + r))
                    r += 8;
                continue;
            }
            size_t after = r + 1 < len && s[r + 1] == '\n' ? r + 2 : r + 1;
            if (!flush(&p, r) || !emit(&p, "\n", 1, after))
                goto nomem;
            r = p.copy = after;
            continue;
        }
        /* the common case, a CJK character: three bytes, lead E1..EC or
         * EE..EF (no overlong or surrogate form possible), inert */
        while (r + 2 < len && s[r] >= 0xE1 && s[r] <= 0xEF && s[r] != 0xED &&
               (s[r + 1] & 0xC0) == 0x80 && (s[r + 2] & 0xC0) == 0x80) {
            UChar32 c3 = ((UChar32)(s[r] & 0x0F) << 12) | ((UChar32)(s[r + 1] & 0x3F) << 6) |
                         (s[r + 2] & 0x3F);
            if (c3 == 0xFEFF || !is_inert(form, c3))
                break;
            r += 3;
        }
        if (r >= len || s[r] < 0x80)
            continue;
        size_t start = r;
        UChar32 c;
        /* U8_NEXT takes int32_t offsets; read at most 4 bytes through it */
        int32_t i = 0, avail = len - r < 4 ? (int32_t)(len - r) : 4;
        U8_NEXT(s + r, i, avail, c);
        r += (size_t)i;
        if (c < 0) {
            if (on_invalid)
                on_invalid(ud, start, r - start);
            if (!flush(&p, start) || !emit(&p, fffd, 3, r))
                goto nomem;
            p.copy = r;
        } else if (c == 0xFEFF && strip_feff && p.w == 0 && p.copy == start) {
            p.copy = r; /* leading BOM or zero-width no-break space: dropped */
        } else if (!is_inert(form, c)) {
            /* the span starts at the inert character before, if it is unchanged */
            size_t a = start;
            if (a > p.copy) {
                int32_t k = (int32_t)(a - p.copy) < 4 ? (int32_t)(a - p.copy) : 4;
                int32_t j = k;
                U8_BACK_1(s + a - k, 0, j);
                a -= (size_t)(k - j);
            }
            size_t b = r;
            while (b < len) {
                int32_t q = 0, left = len - b < 4 ? (int32_t)(len - b) : 4;
                UChar32 d;
                U8_NEXT(s + b, q, left, d);
                if (d < 0 || is_inert(form, d))
                    break;
                b += (size_t)q;
            }
            if (!flush(&p, a) || !normalize_span(&p, form, a, b))
                goto nomem;
            r = p.copy = b;
        }
    }
    if (!flush(&p, len) || !room(&p, 0, len))
        goto nomem;
    /* in place the output ends at or before len, and buf[len] is writable */
    p.out[p.w] = '\0';
    if (p.out != buf)
        free(buf);
    *out_len = p.w;
    return p.out;
nomem:
    if (p.out != buf)
        free(p.out);
    free(buf);
    return NULL;
}
