/* libFuzzer target for the numeral parser and the figure scanner: any bytes
 * go to tally_number_parse, tally_number_read, tally_numeral_scan, and (when short enough to
 * keep runs fast) to tally_figures_find and tally_dates_find. ctest runs it
 * through tests/fuzz/driver.c; with clang and -DTALLY_FUZZ=ON it is a
 * libFuzzer binary (build-fuzz/tests/fuzz_number -max_total_time=300
 * tests/fuzz/corpus/number). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tally/figures.h"
#include "tally/number.h"
#include "tally/segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
        if (!rules)
            abort();
        atexit(free_rules);
    }
    /* a copy without a terminator, so reads past the end are caught */
    char *s = malloc(size ? size : 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    double v;
    char unit[TALLY_UNIT_MAX];
    tally_figure_kind kind;
    int zh;
    tally_number_parse(rules, s, size, &v, unit, &kind);
    tally_number_read(rules, s, size, &v, unit, &kind);
    tally_numeral_scan(s, size, &v, &zh);
    tally_magnitude_scan(s, size, &v);
    if (size <= 4096) {
        tally_error err;
        tally_span *sent = NULL;
        size_t ns = 0;
        /* the scanners expect text as a document holds it: NUL-terminated */
        char *t = malloc(size + 1);
        if (t) {
            memcpy(t, data, size);
            t[size] = '\0';
            if (tally_sentences(t, size, &sent, &ns, &err) == 0) {
                tally_figure *f = NULL;
                size_t nf = 0;
                if (tally_figures_find(rules, t, size, sent, ns, &f, &nf, &err) == 0) {
                    for (size_t i = 0; i < nf; i++)
                        if (f[i].span.stop > size || f[i].span.start >= f[i].span.stop)
                            abort();
                    free(f);
                }
                free(sent);
            }
            tally_date *d = NULL;
            size_t nd = 0;
            if (tally_dates_find(rules, t, size, &d, &nd, &err) == 0)
                free(d);
            free(t);
        }
    }
    free(s);
    return 0;
}
