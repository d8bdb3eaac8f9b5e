/* A document's figures found with the default tables, kept in the document.
 * Finding them is the costly part of reading a report, and a corpus reader
 * does it on its worker threads: one set of default tables, built once and
 * only read afterwards, serves every thread. A script that adds to the
 * tables (tally.units.add …) gets figures found with its own tables instead
 * (core/lua_figures.c). */
#include "tally/doc_figures.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static tally_figure_rules *default_rules;
static tally_error default_rules_err;
static pthread_once_t default_rules_once = PTHREAD_ONCE_INIT;

static void free_default_rules(void)
{
    tally_figure_rules_free(default_rules);
    default_rules = NULL;
}

static void build_default_rules(void)
{
    default_rules = tally_figure_rules_new(&default_rules_err);
    if (default_rules)
        atexit(free_default_rules);
}

const tally_figure *tally_doc_figures(tally_doc *doc, size_t *n, tally_error *err)
{
    static const tally_figure none[1];
    if (!doc->figures_found) {
        pthread_once(&default_rules_once, build_default_rules);
        if (!default_rules) {
            tally_error_set(err, "figure tables: %s", default_rules_err.msg);
            return NULL;
        }
        size_t ns;
        const tally_span *sent = tally_doc_sentences(doc, &ns, err);
        if (!sent)
            return NULL;
        if (tally_figures_find(default_rules, doc->text, doc->len, sent, ns, &doc->figures,
                               &doc->n_figures, err) < 0)
            return NULL;
        doc->figures_found = 1;
    }
    *n = doc->n_figures;
    return doc->figures ? doc->figures : none;
}
