/* The whole document from any text, as tally.doc(s) makes it: normalized
 * (NFC: normalizing doc.text again changes nothing, and it is valid UTF-8
 * with no CR), HTML turned to text when the bytes are a page, then every
 * analysis a script can ask for — paragraphs, sentences, tokens (which
 * tile doc.text), the folded text, the structure, figures, measures — with
 * every span inside doc.text on character boundaries. */
#include "fuzz.h"
#include "tally/decoder.h"
#include "tally/doc_figures.h"
#include "tally/doc_measures.h"
#include "tally/document.h"
#include "tally/structure.h"

size_t fuzz_max_len = 4096;

static void check_document(const char *t, size_t len, const uint8_t *data, size_t size)
{
    (void)data, (void)size;
    tally_error err;
    tally_doc *doc = tally_doc_new(t, len, "fuzz", &err);
    if (!doc)
        return;
    const char *s = doc->text;
    size_t n = doc->len;
    FUZZ_CHECK(s[n] == '\0');
    FUZZ_CHECK(fuzz_valid_utf8(s, n));
    FUZZ_CHECK(memchr(s, '\r', n) == NULL);
    size_t m = 0;
    char *again = tally_normalize(s, n, "NFC", &m, &err);
    if (again) {
        FUZZ_CHECK(m == n && memcmp(again, s, n) == 0);
        free(again);
    }
    size_t k = 0;
    const tally_span *v = tally_doc_paragraphs(doc, &k, &err);
    for (size_t i = 0; v && i < k; i++)
        fuzz_check_span(s, n, v[i]);
    v = tally_doc_sentences(doc, &k, &err);
    for (size_t i = 0; v && i < k; i++)
        fuzz_check_span(s, n, v[i]);
    const tally_token *tok = tally_doc_tokens(doc, &k, &err);
    if (tok) {
        size_t at = 0;
        for (size_t i = 0; i < k; i++) {
            FUZZ_CHECK(tok[i].start == at && tok[i].stop > at && tok[i].stop <= n);
            at = tok[i].stop;
        }
        FUZZ_CHECK(at == n);
    }
    const tally_folded *f = tally_doc_folded(doc, &err);
    if (f) {
        FUZZ_CHECK(f->source_len == n);
        fuzz_check_span(s, n, tally_folded_to_source(f, 0, f->len));
    }
    (void)tally_doc_structure(doc, &err);
    const tally_figure *fig = tally_doc_figures(doc, &k, &err);
    for (size_t i = 0; fig && i < k; i++) {
        fuzz_check_span(s, n, fig[i].span);
        fuzz_check_span(s, n, fig[i].subject);
        fuzz_check_span(s, n, fig[i].period);
    }
    const tally_measure *me = tally_doc_measures(doc, &k, &err);
    for (size_t i = 0; me && i < k; i++) {
        fuzz_check_span(s, n, me[i].text);
        fuzz_check_span(s, n, me[i].marker);
        FUZZ_CHECK(me[i].parent <= k);
    }
    tally_doc_free(doc);
}

FUZZ_TEXT_TARGET(check_document)
