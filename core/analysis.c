/* The table of analyses a corpus runs ahead on its worker threads. A new
 * analysis that caches its result in tally_doc adds one line here. */
#include "tally/analysis.h"

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

const tally_analysis tally_analyses[] = {
    {"paragraphs", run_paragraphs, 1},
    {"sentences", run_sentences, 1},
    {"tokens", run_tokens, 1},
    {"fold", run_fold, 1}, /* doc.folded, and matching with {fold = true} */
    {NULL, NULL, 0},
};

const tally_analysis *tally_analysis_find(const char *name)
{
    for (const tally_analysis *a = tally_analyses; a->name; a++)
        if (strcmp(a->name, name) == 0)
            return a;
    return NULL;
}
