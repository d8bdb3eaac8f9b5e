/* The figures of a document with the default tables, found once and kept
 * in the document (safe on a worker thread that owns the document). */
#ifndef TALLY_DOC_FIGURES_H
#define TALLY_DOC_FIGURES_H

#include "tally/document.h"
#include "tally/figures.h"

/* The document's figures in order; NULL with err set on failure. */
const tally_figure *tally_doc_figures(tally_doc *doc, size_t *n, tally_error *err);

#endif
