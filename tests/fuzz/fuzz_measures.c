/* Measures of any text (structure first, as a document builds it): every
 * span inside the text on character boundaries, the marker inside the
 * item's text, the items in order, each parent an earlier item of another
 * list at a lower level, levels and list ids from 1. Also bounds memory:
 * the items' text spans may nest, never copy (the sum of their lengths is
 * checked against levels × text, which a copy per level would break). */
#include "fuzz.h"
#include "tally/measures.h"
#include "tally/structure.h"

size_t fuzz_max_len = 4096;

static void check_measures(const char *t, size_t len, const uint8_t *data, size_t size)
{
    (void)data, (void)size;
    tally_error err;
    tally_structure *st = tally_structure_build(t, len, &err);
    if (st) {
        tally_measure *m = NULL;
        size_t n = 0;
        if (tally_measures_find(t, len, st, &m, &n, &err) == 0) {
            for (size_t i = 0; i < n; i++) {
                fuzz_check_span(t, len, m[i].text);
                fuzz_check_span(t, len, m[i].marker);
                fuzz_check_span(t, len, m[i].headline);
                fuzz_check_span(t, len, m[i].intro);
                FUZZ_CHECK(m[i].marker.start >= m[i].text.start && m[i].marker.stop <= m[i].text.stop);
                FUZZ_CHECK(m[i].level >= 1 && m[i].list >= 1);
                FUZZ_CHECK(tally_list_style_name(m[i].style) != NULL);
                FUZZ_CHECK(i == 0 || m[i].marker.start >= m[i - 1].marker.start);
                if (m[i].parent) {
                    FUZZ_CHECK(m[i].parent <= i); /* 1-based, an earlier item */
                    const tally_measure *p = &m[m[i].parent - 1];
                    FUZZ_CHECK(p->list != m[i].list);
                    FUZZ_CHECK(p->level < m[i].level);
                }
            }
            free(m);
        }
        tally_structure_free(st);
    }
}

FUZZ_TEXT_TARGET(check_measures)
