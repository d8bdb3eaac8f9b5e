/* Figures and dates of any text: each span inside the text on character
 * boundaries and not empty, its sentence one of the text's, the kind and
 * the unit strings terminated, the value finite or a marked range. */
#include <math.h>

#include "fuzz.h"
#include "tally/figures.h"
#include "tally/segment.h"

size_t fuzz_max_len = 2048;
static tally_figure_rules *rules;

static void free_rules(void)
{
    tally_figure_rules_free(rules);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rules) {
        tally_error err;
        rules = tally_figure_rules_new(&err);
        FUZZ_CHECK(rules != NULL);
        atexit(free_rules);
    }
    size_t len;
    char *t = fuzz_text(data, size, &len);
    if (!t)
        return 0;
    tally_error err;
    tally_span *sent = NULL;
    size_t ns = 0;
    if (tally_sentences(t, len, &sent, &ns, &err) == 0) {
        tally_figure *f = NULL;
        size_t nf = 0;
        if (tally_figures_find(rules, t, len, sent, ns, &f, &nf, &err) == 0) {
            for (size_t i = 0; i < nf; i++) {
                fuzz_check_span(t, len, f[i].span);
                FUZZ_CHECK(f[i].span.stop > f[i].span.start);
                FUZZ_CHECK(f[i].sentence < ns);
                FUZZ_CHECK(memchr(f[i].unit, '\0', TALLY_UNIT_MAX) != NULL);
                FUZZ_CHECK(fuzz_valid_utf8(f[i].unit, strlen(f[i].unit)));
                FUZZ_CHECK(!isnan(f[i].value));
                /* scope, subject and period are empty or inside the text */
                fuzz_check_span(t, len, f[i].scope);
                fuzz_check_span(t, len, f[i].subject);
                fuzz_check_span(t, len, f[i].period);
            }
            free(f);
        }
        free(sent);
    }
    tally_date *d = NULL;
    size_t nd = 0;
    if (tally_dates_find(rules, t, len, &d, &nd, &err) == 0) {
        for (size_t i = 0; i < nd; i++) {
            fuzz_check_span(t, len, d[i].span);
            FUZZ_CHECK(d[i].span.stop > d[i].span.start);
        }
        free(d);
    }
    free(t);
    return 0;
}
