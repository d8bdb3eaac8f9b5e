/* The analyses a document can be given ahead of use, by name, so that a
 * corpus reader can run them on its worker threads: each fills the
 * document's lazily built fields. */
#ifndef TALLY_ANALYSIS_H
#define TALLY_ANALYSIS_H

#include "tally/corpus_reader.h"

typedef struct tally_analysis {
    const char *name;    /* "sentences", "tokens", ... */
    tally_doc_step run;
    int by_default;      /* may be learned when a corpus names none */
    int (*done)(const tally_doc *doc); /* whether doc has the result already */
} tally_analysis;

/* All analyses, ending with a {NULL} entry. */
extern const tally_analysis tally_analyses[];

/* The analysis of that name, or NULL. */
const tally_analysis *tally_analysis_find(const char *name);

#endif
