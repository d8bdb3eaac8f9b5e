/* Charset detection by decoding: each candidate encoding decodes a sample of
 * the file and the result is scored as Chinese text (charset_tables.c says
 * what each character is worth); the best decoding wins. ICU converts; ICU's
 * own detector (ucsdet) answers by byte statistics alone and is unreliable
 * below a few hundred bytes, which is why the candidates are decoded here. */
#include "charset_detect.h"
#include "charset_tables.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

/* --- the classes of characters ------------------------------------------ */

#define LISTED_FIRST 0x2000
#define LISTED_LAST 0x9FFF
static uint8_t listed[LISTED_LAST - LISTED_FIRST + 1]; /* class + 1, or 0 */
static int weight_of[TALLY_CC_COUNT];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void list_chars(const char *s, tally_char_class cls)
{
    int32_t n = (int32_t)strlen(s), i = 0;
    while (i < n) {
        UChar32 c;
        U8_NEXT((const uint8_t *)s, i, n, c);
        if (c >= LISTED_FIRST && c <= LISTED_LAST && !listed[c - LISTED_FIRST])
            listed[c - LISTED_FIRST] = (uint8_t)(cls + 1);
    }
}

static void build_tables(void)
{
    list_chars(tally_common_hanzi_tier1, TALLY_CC_COMMON1);
    list_chars(tally_common_hanzi_tier2, TALLY_CC_COMMON2);
    list_chars(tally_common_punctuation, TALLY_CC_PUNCT);
    for (size_t i = 0; i < tally_charset_weight_count; i++)
        weight_of[tally_charset_weights[i].cls] = tally_charset_weights[i].weight;
}

static tally_char_class class_of(UChar32 c)
{
    if (c < 0x80)
        return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                   ? TALLY_CC_ASCII
                   : TALLY_CC_BAD;
    if (c >= LISTED_FIRST && c <= LISTED_LAST && listed[c - LISTED_FIRST])
        return (tally_char_class)(listed[c - LISTED_FIRST] - 1);
    if (c == 0xFFFD)
        return TALLY_CC_BAD;
    if (c >= 0xFF01 && c <= 0xFF5E) /* full-width ASCII: as neutral as ASCII */
        return TALLY_CC_ASCII;
    int8_t t = u_charType(c);
    if (t == U_PRIVATE_USE_CHAR || t == U_UNASSIGNED || t == U_CONTROL_CHAR || t == U_SURROGATE)
        return TALLY_CC_BAD;
    if (c >= 0x4E00 && c <= 0x9FFF)
        return TALLY_CC_HAN;
    if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || c >= 0x20000)
        return TALLY_CC_RARE_HAN;
    return TALLY_CC_OTHER;
}

/* --- decoding a sample with one candidate ------------------------------- */

typedef struct score {
    const char *encoding;
    long sum;          /* the characters' weights added up */
    size_t chars;      /* characters decoded */
    size_t non_ascii;  /* of which outside ASCII */
    size_t bad;        /* U+FFFD, private use, unassigned, controls */
    size_t pua;        /* private use: what an unknown Big5 extension becomes */
    size_t common;     /* of the two common tiers */
    size_t nul;        /* U+0000 */
} score;

static void add_char(score *sc, UChar32 c)
{
    tally_char_class cls = class_of(c);
    sc->sum += weight_of[cls];
    sc->chars++;
    if (c >= 0x80)
        sc->non_ascii++;
    if (cls == TALLY_CC_BAD)
        sc->bad++;
    if (c == 0)
        sc->nul++;
    if (cls == TALLY_CC_COMMON1 || cls == TALLY_CC_COMMON2)
        sc->common++;
    if (u_charType(c) == U_PRIVATE_USE_CHAR)
        sc->pua++;
}

static void to_fffd(const void *context, UConverterToUnicodeArgs *args, const char *units,
                    int32_t length, UConverterCallbackReason reason, UErrorCode *st)
{
    (void)context, (void)units, (void)length;
    if (reason > UCNV_IRREGULAR)
        return;
    static const UChar fffd = 0xFFFD;
    *st = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &fffd, 1, 0, st);
}

/* Scores bytes[0..n) decoded as enc; at_end says the file ends there (else
 * a sequence cut at the sample's end is not counted as invalid). */
static int score_as(const char *enc, const char *bytes, size_t n, int at_end, score *sc)
{
    memset(sc, 0, sizeof *sc);
    sc->encoding = enc;
    UErrorCode st = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(enc, &st);
    if (U_FAILURE(st))
        return -1;
    ucnv_setToUCallBack(conv, to_fffd, NULL, NULL, NULL, &st);
    UChar buf[4096];
    const char *src = bytes, *end = bytes + n;
    size_t kept = 0; /* a lead surrogate carried over from the last chunk */
    do {
        st = U_ZERO_ERROR;
        UChar *t = buf + kept;
        ucnv_toUnicode(conv, &t, buf + 4096, &src, end, NULL, (UBool)at_end, &st);
        int32_t len = (int32_t)(t - buf), i = 0;
        int more = st == U_BUFFER_OVERFLOW_ERROR;
        kept = 0;
        if (more && len > 0 && U16_IS_LEAD(buf[len - 1]))
            len--, kept = 1;
        while (i < len) {
            UChar32 c;
            U16_NEXT(buf, i, len, c);
            add_char(sc, c);
        }
        if (kept)
            buf[0] = buf[len];
        if (!more)
            break;
    } while (1);
    ucnv_close(conv);
    return U_FAILURE(st) ? -1 : 0;
}

/* --- what the bytes say of themselves ------------------------------------ */

static int bom(const unsigned char *b, size_t n, char *enc, size_t enclen)
{
    const char *name = NULL;
    if (n >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        name = "UTF-32LE";
    else if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        name = "UTF-32BE";
    else if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        name = "UTF-8";
    else if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        name = "UTF-16LE";
    else if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        name = "UTF-16BE";
    else if (n >= 4 && b[0] == 0x84 && b[1] == 0x31 && b[2] == 0x95 && b[3] == 0x33)
        name = "GB18030";
    if (name)
        snprintf(enc, enclen, "%s", name);
    return name != NULL;
}

int tally_meta_charset(const char *bytes, size_t n, char *label, size_t labellen)
{
    size_t lim = n < TALLY_META_WINDOW ? n : TALLY_META_WINDOW;
    for (size_t i = 0; i + 5 < lim; i++) {
        if (bytes[i] != '<' || strncasecmp(bytes + i + 1, "meta", 4) != 0 ||
            !(isspace((unsigned char)bytes[i + 5]) || bytes[i + 5] == '/'))
            continue;
        const char *gt = memchr(bytes + i, '>', lim - i);
        size_t end = gt ? (size_t)(gt - bytes) : lim;
        /* charset=X, as an attribute or inside content="text/html; charset=X" */
        for (size_t k = i + 5; k + 7 <= end; k++) {
            if (strncasecmp(bytes + k, "charset", 7) != 0)
                continue;
            size_t j = k + 7;
            while (j < end && isspace((unsigned char)bytes[j]))
                j++;
            if (j >= end || bytes[j] != '=')
                continue;
            j++;
            while (j < end && (isspace((unsigned char)bytes[j]) || bytes[j] == '"' || bytes[j] == '\''))
                j++;
            size_t m = 0;
            while (j < end && m + 1 < labellen &&
                   (isalnum((unsigned char)bytes[j]) || (bytes[j] && strchr("-_.:", bytes[j]))))
                label[m++] = (char)tolower((unsigned char)bytes[j++]);
            label[m] = '\0';
            if (m)
                return 1;
        }
        i = end;
    }
    return 0;
}

/* --- choosing ------------------------------------------------------------ */

/* A Big5 text with Hong Kong characters decodes under plain Big5 to private
 * use code points; Big5-HKSCS is taken when it leaves fewer of them. */
static const score *big5_family(const score *big5, const score *hkscs)
{
    return hkscs->encoding && hkscs->pua < big5->pua ? hkscs : big5;
}

/* A decoding is no text when its non-ASCII characters score below
 * TEXT_MIN_MEAN on average, or TEXT_BAD_PERCENT of its characters are bad.
 * Fewer than TEXT_MIN_EVIDENCE non-ASCII characters are too few to call a
 * file binary (a stray bad byte in ASCII text stays text). Measured: Chinese
 * text averages +3 to +4 (+2.3 with 3% of its UTF-8 bytes corrupt, 15% of
 * its characters U+FFFD); random bytes -1.5 (GB18030) to -7 (UTF-8). */
#define TEXT_MIN_MEAN 0
#define TEXT_BAD_PERCENT 30
#define TEXT_MIN_EVIDENCE 16
/* A sample that is valid UTF-8 with at least UTF8_SURE multi-byte characters
 * is UTF-8 (GBK or Big5 text is that only by a rare chance); a shorter valid
 * one starts PRIOR_VALID_UTF8 ahead of the other candidates. UTF-16 without
 * NUL bytes would be text without a single ASCII character (no line break,
 * digit or space): it must decode without one bad character, and starts
 * PRIOR_UTF16_NO_NUL behind. */
#define UTF8_SURE 8
#define PRIOR_VALID_UTF8 8
#define PRIOR_UTF16_NO_NUL (-16)
/* A choice is uncertain when the runner-up is within UNSURE_MARGIN. */
#define UNSURE_MARGIN 6

static int is_text(const score *sc, int wide)
{
    if (sc->chars == 0)
        return 1;
    if (!wide && sc->non_ascii < TEXT_MIN_EVIDENCE)
        return 1;
    return sc->sum >= (long)sc->non_ascii * TEXT_MIN_MEAN &&
           sc->bad * 100 < sc->chars * TEXT_BAD_PERCENT;
}

/* UTF-8 validity of a sample: counts multi-byte characters and ill-formed
 * sequences, not counting a sequence cut at the sample's end. */
static void utf8_counts(const unsigned char *s, size_t n, int at_end, size_t *multi, size_t *bad)
{
    *multi = *bad = 0;
    int32_t len = (int32_t)n, i = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c >= 0)
            (*multi)++;
        else if (at_end || i < len)
            (*bad)++;
        (void)start;
    }
}

static size_t first_non_ascii(const unsigned char *b, size_t n)
{
    size_t i = 0;
    while (i + 8 <= n) {
        uint64_t x;
        memcpy(&x, b + i, 8);
        if (x & 0x8080808080808080ull)
            break;
        i += 8;
    }
    while (i < n && b[i] < 0x80)
        i++;
    return i;
}

/* Honours a declared charset unless the bytes say otherwise. 1 when taken. */
static int declared(const char *bytes, size_t n, char *enc, size_t enclen, tally_warn_fn warn,
                    void *ud)
{
    char label[40];
    if (!tally_meta_charset(bytes, n, label, sizeof label))
        return 0;
    const char *name = NULL;
    for (size_t i = 0; tally_charset_labels[i].label; i++)
        if (strcmp(tally_charset_labels[i].label, label) == 0)
            name = tally_charset_labels[i].encoding;
    char msg[200];
    if (!name) {
        UErrorCode st = U_ZERO_ERROR;
        UConverter *c = ucnv_open(label, &st);
        ucnv_close(c);
        if (U_FAILURE(st)) {
            snprintf(msg, sizeof msg, "the page declares charset \"%s\", which is unknown; detecting instead", label);
            if (warn)
                warn(ud, msg);
            return 0;
        }
        name = label;
    }
    const unsigned char *b = (const unsigned char *)bytes;
    size_t from = first_non_ascii(b, n), multi, bad;
    utf8_counts(b + from, n - from, 1, &multi, &bad);
    if (strcmp(name, "UTF-8") != 0 && multi > 0 && bad == 0) {
        /* a page saved again as UTF-8 keeps its old declaration */
        snprintf(msg, sizeof msg, "the page declares charset \"%s\" but its bytes are valid UTF-8; read as UTF-8", label);
        if (warn)
            warn(ud, msg);
        snprintf(enc, enclen, "UTF-8");
        return 1;
    }
    if (strcmp(name, "Big5") == 0) {
        size_t len = n - from < TALLY_DETECT_SAMPLE ? n - from : TALLY_DETECT_SAMPLE;
        score big5, hkscs;
        score_as("Big5", bytes + from, len, from + len == n, &big5);
        if (score_as("Big5-HKSCS", bytes + from, len, from + len == n, &hkscs) < 0)
            hkscs.encoding = NULL;
        name = big5_family(&big5, &hkscs)->encoding;
    }
    snprintf(enc, enclen, "%s", name);
    return 1;
}

int tally_charset_detect(const char *bytes, size_t n, char *enc, size_t enclen, tally_warn_fn warn,
                         void *warn_ud, tally_error *err)
{
    pthread_once(&tables_once, build_tables);
    const unsigned char *b = (const unsigned char *)bytes;
    if (bom(b, n, enc, enclen))
        return 0;
    const char *nul = memchr(bytes, '\0', n);
    if (!nul && declared(bytes, n, enc, enclen, warn, warn_ud))
        return 0;

    score sc[6];
    size_t ns = 0;
    size_t from, len;
    if (nul) {
        /* NUL bytes: UTF-16 or UTF-32 without a byte-order mark, or binary.
         * The NULs of wide text are halves of characters (ASCII in UTF-16,
         * every character in UTF-32); a candidate that decodes any to U+0000
         * is out, and there is no minimum of evidence for the rest. */
        from = 0;
        len = n < TALLY_DETECT_SAMPLE ? n : TALLY_DETECT_SAMPLE;
        static const char *const wide[] = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};
        for (size_t i = 0; i < 4; i++) {
            if (n % (i < 2 ? 2 : 4) != 0 || score_as(wide[i], bytes, len, len == n, &sc[ns]) < 0)
                continue;
            if (sc[ns].nul == 0) /* text holds no U+0000: binary's NULs are characters */
                ns++;
        }
    } else {
        from = first_non_ascii(b, n);
        if (from == n) {
            snprintf(enc, enclen, "UTF-8");
            return 0;
        }
        from &= ~(size_t)1; /* UTF-16 candidates read from an even offset */
        len = n - from < TALLY_DETECT_SAMPLE ? n - from : TALLY_DETECT_SAMPLE;
        int at_end = from + len == n;
        size_t multi, bad;
        utf8_counts(b + from, len, at_end, &multi, &bad);
        if (bad == 0 && multi >= UTF8_SURE) {
            snprintf(enc, enclen, "UTF-8");
            return 0;
        }
        static const char *const narrow[] = {"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"};
        for (size_t i = 0; i < 4; i++) {
            if (i >= 2 && n % 2)
                continue;
            if (score_as(narrow[i], bytes + from, len, at_end, &sc[ns]) < 0)
                continue;
            if (i == 0 && bad == 0)
                sc[ns].sum += PRIOR_VALID_UTF8;
            if (i >= 2 && sc[ns].bad) /* UTF-16 without NULs must read clean */
                continue;
            if (i >= 2)
                sc[ns].sum += PRIOR_UTF16_NO_NUL;
            ns++;
        }
        score big5, hkscs;
        score_as("Big5", bytes + from, len, at_end, &big5);
        if (score_as("Big5-HKSCS", bytes + from, len, at_end, &hkscs) < 0)
            hkscs.encoding = NULL;
        sc[ns++] = *big5_family(&big5, &hkscs);
    }
    size_t best = 0, second = ns;
    for (size_t i = 1; i < ns; i++)
        if (sc[i].sum > sc[best].sum)
            best = i;
    for (size_t i = 0; i < ns; i++)
        if (i != best && (second == ns || sc[i].sum > sc[second].sum))
            second = i;
    if (ns == 0 || !is_text(&sc[best], nul != NULL)) {
        if (nul)
            tally_error_set(err, "binary file (NUL byte at offset %zu)", (size_t)(nul - bytes));
        else
            tally_error_set(err, "binary file: its bytes read as no text in UTF-8, GB18030, Big5 or "
                            "UTF-16 (best %s: %zu of %zu characters invalid or control, score "
                            "%ld); give --encoding if it is text", ns ? sc[best].encoding : "none",
                            ns ? sc[best].bad : 0, ns ? sc[best].chars : 0, ns ? sc[best].sum : 0L);
        return -1;
    }
    snprintf(enc, enclen, "%s", sc[best].encoding);
    /* candidates whose only non-ASCII characters are bad alike (a stray bad
     * byte in ASCII text) read the same: no doubt worth a warning */
    int alike = second < ns && sc[best].sum == sc[second].sum && sc[best].bad == sc[second].bad &&
                sc[best].bad == sc[best].non_ascii && sc[second].bad == sc[second].non_ascii;
    if (second < ns && !alike && sc[best].sum - sc[second].sum < UNSURE_MARGIN && warn) {
        char msg[240];
        snprintf(msg, sizeof msg, "encoding uncertain: read as %s (score %ld), %s is close (score %ld); "
                 "give --encoding if the text reads wrong", sc[best].encoding, sc[best].sum,
                 sc[second].encoding, sc[second].sum);
        warn(warn_ud, msg);
    }
    return 0;
}
