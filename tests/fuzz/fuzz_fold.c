/* Folding on any text: the folded text is valid UTF-8 of the length it
 * says; the segments tile both texts in order from 0 to their ends; every
 * folded span maps back to a source span inside the source on character
 * boundaries, and every source offset to a folded offset inside the folded
 * text (a boundary to a boundary); folding the folded text again changes
 * nothing (folding is idempotent) and tally_fold_string agrees with it. */
#include "fuzz.h"
#include "tally/fold.h"

size_t fuzz_max_len = 4096;

static void check_fold(const char *t, size_t len, const uint8_t *data, size_t size)
{
    (void)data, (void)size;
    tally_error err;
    tally_folded *f = tally_fold(t, len, &err);
    if (!f)
        return;
    FUZZ_CHECK(f->text[f->len] == '\0');
    FUZZ_CHECK(fuzz_valid_utf8(f->text, f->len));
    FUZZ_CHECK(f->source_len == len);
    for (size_t k = 0; k < f->n_segs; k++) {
        FUZZ_CHECK(f->segs[k].folded <= f->len && f->segs[k].source <= len);
        if (k > 0) {
            FUZZ_CHECK(f->segs[k].folded >= f->segs[k - 1].folded);
            FUZZ_CHECK(f->segs[k].source >= f->segs[k - 1].source);
        }
    }
    if (f->n_segs)
        FUZZ_CHECK(f->segs[0].folded == 0 && f->segs[0].source == 0);
    /* every folded boundary pair maps back inside the source, widened to whole characters */
    for (size_t a = 0; a <= f->len; a++) {
        if (!fuzz_boundary(f->text, f->len, a))
            continue;
        tally_span sp = tally_folded_to_source(f, a, a);
        fuzz_check_span(t, len, sp);
        size_t b = a;
        if (b < f->len) {
            b++;
            while (!fuzz_boundary(f->text, f->len, b))
                b++;
            sp = tally_folded_to_source(f, a, b);
            fuzz_check_span(t, len, sp);
        }
    }
    for (size_t i = 0; i <= len; i++) {
        size_t p = tally_folded_from_source(f, i);
        FUZZ_CHECK(p <= f->len);
        if (fuzz_boundary(t, len, i))
            FUZZ_CHECK(fuzz_boundary(f->text, f->len, p));
    }
    size_t n2 = 0;
    char *again = tally_fold_string(f->text, f->len, &n2, &err);
    if (again) {
        FUZZ_CHECK(n2 == f->len && memcmp(again, f->text, n2) == 0);
        free(again);
    }
    size_t n3 = 0;
    char *plain = tally_fold_string(t, len, &n3, &err);
    if (plain) {
        FUZZ_CHECK(n3 == f->len && memcmp(plain, f->text, n3) == 0);
        free(plain);
    }
    char *pat = malloc(2 * f->len + 1);
    if (pat) {
        size_t pn = tally_fold_pattern(f, pat);
        FUZZ_CHECK(pn <= 2 * f->len && pat[pn] == '\0');
        free(pat);
    }
    tally_folded_free(f);
}

FUZZ_TEXT_TARGET(check_fold)
