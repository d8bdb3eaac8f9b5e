/* Paragraphs, sentences and tokens of any text: every span inside the text
 * on character boundaries and in order; tokens tile the text exactly (each
 * starts where the one before it stopped, the first at 0, the last at the
 * end); sentences never overlap; a paragraph holds no line break. */
#include "fuzz.h"
#include "tally/segment.h"

static void check_segments(const char *t, size_t len, const uint8_t *data, size_t size)
{
    (void)data, (void)size;
    tally_error err;
    tally_span *v = NULL;
    size_t n = 0;
    if (tally_paragraphs(t, len, &v, &n, &err) == 0) {
        for (size_t i = 0; i < n; i++) {
            fuzz_check_span(t, len, v[i]);
            FUZZ_CHECK(v[i].stop > v[i].start);
            FUZZ_CHECK(i == 0 || v[i].start >= v[i - 1].stop);
            FUZZ_CHECK(memchr(t + v[i].start, '\n', v[i].stop - v[i].start) == NULL);
        }
        free(v);
    }
    v = NULL;
    if (tally_sentences(t, len, &v, &n, &err) == 0) {
        for (size_t i = 0; i < n; i++) {
            fuzz_check_span(t, len, v[i]);
            FUZZ_CHECK(i == 0 || v[i].start >= v[i - 1].stop);
        }
        free(v);
    }
    tally_token *tok = NULL;
    if (tally_tokens(t, len, &tok, &n, &err) == 0) {
        size_t at = 0;
        for (size_t i = 0; i < n; i++) {
            tally_span sp = {tok[i].start, tok[i].stop};
            fuzz_check_span(t, len, sp);
            FUZZ_CHECK(tok[i].start == at);
            FUZZ_CHECK(tok[i].stop > tok[i].start);
            FUZZ_CHECK(tally_token_kind_name(tok[i].kind) != NULL);
            at = tok[i].stop;
        }
        FUZZ_CHECK(at == len);
        free(tok);
    }
}

FUZZ_TEXT_TARGET(check_segments)
