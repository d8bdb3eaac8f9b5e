/* The figures of a document with the default tables, found once and kept
 * in the document (safe on a worker thread that owns the document). */
#ifndef TALLY_DOC_FIGURES_H
#define TALLY_DOC_FIGURES_H

#include "tally/document.h"
#include "tally/figures.h"

/* The default tables, built once per process on first use and only read
 * afterwards (any thread may use them); NULL with err set on failure. */
const tally_figure_rules *tally_default_figure_rules(tally_error *err);

/* The document's figures in order, page furniture left out (see below);
 * NULL with err set on failure. */
const tally_figure *tally_doc_figures(tally_doc *doc, size_t *n, tally_error *err);

/* Drops from v (*n figures of doc, in order) those that lie in page
 * furniture: YAML front-matter fields other than title and date, and the
 * share, navigation, load-more, copyright, related-news, dateline and credits
 * boilerplate (docs/figures.md "Page furniture"). 0, or -1 with err. */
int tally_doc_drop_furniture(tally_doc *doc, tally_figure *v, size_t *n, tally_error *err);

#endif
