/* Script conversion and display width, both by ICU. */
#include "tally/text.h"
#include "icu_string.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>

static UTransliterator *templates[2];
static UErrorCode template_status[2] = {U_ZERO_ERROR, U_ZERO_ERROR};
static pthread_once_t template_once[2] = {PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT};

/* Building a transliterator parses its rules (~10 ms each); it is done once
 * per direction, when that direction is first asked for (script detection
 * needs only Simplified->Traditional), and each call works on a clone,
 * which is cheap and thread-safe. */
static void close_template(UTransliterator *t)
{
    if (t)
        utrans_close(t);
}

static void close_simplified(void)
{
    close_template(templates[TALLY_TO_SIMPLIFIED]);
}

static void close_traditional(void)
{
    close_template(templates[TALLY_TO_TRADITIONAL]);
}

static void open_simplified(void)
{
    static const UChar hant_hans[] = u"Hant-Hans";
    templates[TALLY_TO_SIMPLIFIED] = utrans_openU(hant_hans, -1, UTRANS_FORWARD, NULL, 0, NULL,
                                                  &template_status[TALLY_TO_SIMPLIFIED]);
    atexit(close_simplified);
}

static void open_traditional(void)
{
    static const UChar hans_hant[] = u"Hans-Hant";
    templates[TALLY_TO_TRADITIONAL] = utrans_openU(hans_hant, -1, UTRANS_FORWARD, NULL, 0, NULL,
                                                   &template_status[TALLY_TO_TRADITIONAL]);
    atexit(close_traditional);
}

char *tally_convert_script(const char *s, size_t len, tally_script_conversion to,
                           size_t *out_len, tally_error *err)
{
    int d = to == TALLY_TO_SIMPLIFIED ? TALLY_TO_SIMPLIFIED : TALLY_TO_TRADITIONAL;
    pthread_once(&template_once[d], d == TALLY_TO_SIMPLIFIED ? open_simplified : open_traditional);
    if (U_FAILURE(template_status[d])) {
        tally_error_set(err, "ICU transliterator unavailable: %s", u_errorName(template_status[d]));
        return NULL;
    }
    /* conversion maps character to character, rarely growing; room for some */
    int32_t ulen = 0, spare = (int32_t)(len / 2) + 16;
    UChar *u = tally_utf8_to_uchars(s, len, spare, &ulen, err);
    if (!u)
        return NULL;
    UErrorCode st = U_ZERO_ERROR;
    UTransliterator *tr = utrans_clone(templates[d], &st);
    int32_t limit = ulen;
    if (U_SUCCESS(st))
        utrans_transUChars(tr, u, &ulen, ulen + spare, 0, &limit, &st);
    if (tr)
        utrans_close(tr);
    char *out = NULL;
    if (U_SUCCESS(st))
        out = tally_uchars_to_utf8(u, ulen, out_len, err);
    else
        tally_error_set(err, "script conversion failed: %s", u_errorName(st));
    free(u);
    return out;
}

static size_t char_width(UChar32 c)
{
    int gc = u_charType(c);
    if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_FORMAT_CHAR ||
        c == 0x200B || (c < 0x20 && c != '\t'))
        return 0;
    int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    return (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
}

size_t tally_display_width(const char *s, size_t len)
{
    size_t w = 0;
    int32_t i = 0, n = len > (size_t)INT32_MAX ? INT32_MAX : (int32_t)len;
    while (i < n) {
        UChar32 c;
        U8_NEXT_OR_FFFD((const uint8_t *)s, i, n, c);
        w += char_width(c);
    }
    return w;
}

size_t tally_fit_width(const char *s, size_t len, size_t max_cols, int from_end)
{
    size_t w = 0;
    int32_t n = len > (size_t)INT32_MAX ? INT32_MAX : (int32_t)len;
    int32_t i = from_end ? n : 0;
    while (from_end ? i > 0 : i < n) {
        int32_t at = i;
        UChar32 c;
        if (from_end)
            U8_PREV_OR_FFFD((const uint8_t *)s, 0, at, c);
        else
            U8_NEXT_OR_FFFD((const uint8_t *)s, at, n, c);
        w += char_width(c);
        if (w > max_cols)
            break;
        i = at;
    }
    return (size_t)(from_end ? n - i : i);
}
