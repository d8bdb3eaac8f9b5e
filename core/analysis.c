/* The table of analyses a corpus runs ahead on its worker threads. A new
 * analysis that caches its result in tally_doc adds one line here. */
#include "tally/analysis.h"
#include "tally/doc_figures.h"
#include "tally/doc_measures.h"
#include "tally/doc_records.h"
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

/* the figures' records (tally/doc_records.h), so the script's thread only copies them */
static int run_records(tally_doc *doc, tally_error *err)
{
    size_t n;
    return tally_doc_figure_values(doc, &n, err) ? 0 : -1;
}

static int run_measures(tally_doc *doc, tally_error *err)
{
    size_t n;
    return tally_doc_measures(doc, &n, err) ? 0 : -1;
}

/* What a document holds once an analysis ran: a corpus that names no
 * analyses learns from the documents the script has read which ones it
 * uses, and has the workers run those on the documents after. */
static int has_paragraphs(const tally_doc *doc) { return doc->paragraphs != NULL; }
static int has_sentences(const tally_doc *doc) { return doc->sentences != NULL; }
static int has_tokens(const tally_doc *doc) { return doc->tokens != NULL; }
static int has_fold(const tally_doc *doc) { return doc->folded != NULL; }
static int has_structure(const tally_doc *doc) { return doc->structure != NULL; }
static int has_figures(const tally_doc *doc) { return doc->figures_found; }
static int has_measures(const tally_doc *doc) { return doc->measures_found; }
static int has_records(const tally_doc *doc) { return doc->figure_values != NULL; }

const tally_analysis tally_analyses[] = {
    {"paragraphs", run_paragraphs, 1, has_paragraphs},
    {"sentences", run_sentences, 1, has_sentences},
    {"tokens", run_tokens, 1, has_tokens},
    {"fold", run_fold, 1, has_fold}, /* doc.folded, and matching with {fold = true} */
    {"structure", run_structure, 1, has_structure}, /* doc.meta, doc.body, doc:turns() */
    {"figures", run_figures, 1, has_figures},
    {"records", run_records, 1, has_records}, /* doc:figures()' records, made ahead */
    {"measures", run_measures, 1, has_measures},
    {NULL, NULL, 0, NULL},
};

const tally_analysis *tally_analysis_find(const char *name)
{
    for (const tally_analysis *a = tally_analyses; a->name; a++)
        if (strcmp(a->name, name) == 0)
            return a;
    return NULL;
}
