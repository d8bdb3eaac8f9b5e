/* The table of analyses a corpus runs ahead on its worker threads. A new
 * analysis that caches its result in tally_doc adds one line here. */
#include "tally/analysis.h"
#include "tally/doc_figures.h"
#include "tally/doc_measures.h"
#include "tally/structure.h"

#include <string.h>

static int run_paragraphs(tally_doc *doc, tally_error *err)
{
    size_t n;
    return tally_doc_paragraphs(doc, &n, err) ? 0 : -1;
}

static int run_sentences(tally_doc *doc, tally_error *err)
{
    size_t n;
    return tally_doc_sentences(doc, &n, err) ? 0 : -1;
}

static int run_tokens(tally_doc *doc, tally_error *err)
{
    size_t n;
    return tally_doc_tokens(doc, &n, err) ? 0 : -1;
}

static int run_fold(tally_doc *doc, tally_error *err)
{
    return tally_doc_folded(doc, err) ? 0 : -1;
}

static int run_structure(tally_doc *doc, tally_error *err)
{
    return tally_doc_structure(doc, err) ? 0 : -1;
}

static int run_figures(tally_doc *doc, tally_error *err)
{
    size_t n;
    return tally_doc_figures(doc, &n, err) ? 0 : -1;
}

static int run_measures(tally_doc *doc, tally_error *err)
{
    size_t n;
    return tally_doc_measures(doc, &n, err) ? 0 : -1;
}

const tally_analysis tally_analyses[] = {
    {"paragraphs", run_paragraphs, 1},
    {"sentences", run_sentences, 1},
    {"tokens", run_tokens, 1},
    {"fold", run_fold, 1}, /* doc.folded, and matching with {fold = true} */
    {"structure", run_structure, 1}, /* doc.meta, doc.body, doc:turns() */
    {"figures", run_figures, 1},
    {"measures", run_measures, 1},
    {NULL, NULL, 0},
};

const tally_analysis *tally_analysis_find(const char *name)
{
    for (const tally_analysis *a = tally_analyses; a->name; a++)
        if (strcmp(a->name, name) == 0)
            return a;
    return NULL;
}
