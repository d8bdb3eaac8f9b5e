/* The measures of a document, found once and kept in the document (safe on
 * a worker thread that owns the document). */
#ifndef TALLY_DOC_MEASURES_H
#define TALLY_DOC_MEASURES_H

#include "tally/document.h"
#include "tally/measures.h"

/* The document's measures in order; NULL with err set on failure. */
const tally_measure *tally_doc_measures(tally_doc *doc, size_t *n, tally_error *err);

#endif
