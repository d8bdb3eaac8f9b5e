/* The decoder on any bytes: detected, and forced through UTF-8, GB18030,
 * Big5-HKSCS and UTF-16LE. Whatever comes out is valid UTF-8 in NFC (a second
 * normalization changes nothing), NUL-terminated, with no CR and no U+FEFF at
 * its start; forced UTF-8 equals ICU's whole round trip (UTF-16, NFC, back)
 * with the same number of U+FFFD as warned invalid sequences; the declared
 * charset of a page is a clean label; tally.normalize in every form gives
 * valid UTF-8. */
#include "fuzz.h"
#include "tally/decoder.h"
#include "charset_detect.h"
#include "../c/decode_reference.h"

size_t fuzz_max_len = 8192;

static size_t warnings;

static void count_warning(void *ud, const char *msg)
{
    (void)ud, (void)msg;
    warnings++;
}

static void check_text(const tally_decoded *d)
{
    const char *s = d->text;
    size_t n = d->len;
    FUZZ_CHECK(s[n] == '\0');
    FUZZ_CHECK(fuzz_valid_utf8(s, n));
    FUZZ_CHECK(memchr(s, '\r', n) == NULL);
    FUZZ_CHECK(!(n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0));
    tally_error err;
    size_t m = 0;
    char *again = tally_normalize(s, n, "NFC", &m, &err);
    FUZZ_CHECK(again != NULL);
    FUZZ_CHECK(m == n && memcmp(again, s, n) == 0);
    free(again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = (const char *)data;
    tally_error err;
    tally_decoded d;
    warnings = 0;
    if (tally_decode(bytes, size, NULL, &d, count_warning, NULL, &err) == TALLY_DECODE_OK) {
        check_text(&d);
        FUZZ_CHECK(d.invalid <= size);
        FUZZ_CHECK(d.encoding[0] != '\0');
        free(d.text);
    } else {
        FUZZ_CHECK(err.msg[0] != '\0');
    }

    int has_nul = memchr(bytes, '\0', size) != NULL;
    warnings = 0;
    if (tally_decode(bytes, size, "UTF-8", &d, count_warning, NULL, &err) == TALLY_DECODE_OK) {
        FUZZ_CHECK(!has_nul);
        check_text(&d);
        size_t rlen = 0;
        char *want = decode_reference(bytes, size, &rlen);
        if (want) {
            FUZZ_CHECK(rlen == d.len && memcmp(want, d.text, rlen) == 0);
            free(want);
        }
        /* every invalid sequence warned, up to 20 and one line for the rest */
        FUZZ_CHECK(warnings == (d.invalid <= 20 ? d.invalid : 21));
        free(d.text);
    } else {
        FUZZ_CHECK(has_nul);
    }
    static const char *const forced[] = {"GB18030", "Big5-HKSCS", "UTF-16LE"};
    for (size_t i = 0; i < 3; i++) {
        if (tally_decode(bytes, size, forced[i], &d, NULL, NULL, &err) == TALLY_DECODE_OK) {
            check_text(&d);
            free(d.text);
        }
    }

    char label[40];
    if (tally_meta_charset(bytes, size, label, sizeof label)) {
        FUZZ_CHECK(label[0] != '\0');
        for (const char *p = label; *p; p++)
            FUZZ_CHECK((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("-_.:", *p));
    }

    static const char *const forms[] = {"NFC", "NFKC", "NFD", "NFKD"};
    for (size_t i = 0; i < 4; i++) {
        size_t m = 0;
        char *s = tally_normalize(bytes, size, forms[i], &m, &err);
        FUZZ_CHECK(s != NULL);
        FUZZ_CHECK(s[m] == '\0' && fuzz_valid_utf8(s, m));
        free(s);
    }
    return 0;
}
