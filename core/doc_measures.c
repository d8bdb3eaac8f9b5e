/* A document's measures, found once from its structure and kept in the
 * document, so that a corpus reader can find them on a worker thread. */
#include "tally/doc_measures.h"

#include "tally/structure.h"

const tally_measure *tally_doc_measures(tally_doc *doc, size_t *n, tally_error *err)
{
    static const tally_measure none[1];
    if (!doc->measures_found) {
        const tally_structure *s = tally_doc_structure(doc, err);
        if (!s)
            return NULL;
        if (tally_measures_find(doc->text, doc->len, s, &doc->measures, &doc->n_measures, err) < 0)
            return NULL;
        doc->measures_found = 1;
    }
    *n = doc->n_measures;
    return doc->measures ? doc->measures : none;
}
