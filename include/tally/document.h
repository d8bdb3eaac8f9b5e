/* A document: one report's decoded text and what is derived from it, built on
 * first use and kept. */
#ifndef TALLY_DOCUMENT_H
#define TALLY_DOCUMENT_H

#include "tally/fold.h"
#include "tally/tally.h"
#include "tally/segment.h"

typedef struct tally_doc {
    char *name;      /* file stem, or the name given */
    char *path;      /* NULL for a document made from a string */
    char *text;      /* UTF-8, NFC, LF; NUL-terminated */
    size_t len;
    char encoding[40];

    /* derived on first use; NULL until then */
    tally_span *paragraphs;
    size_t n_paragraphs;
    tally_span *sentences;
    size_t n_sentences;
    tally_token *tokens;
    size_t n_tokens;
    tally_folded *folded; /* the text folded for matching, with its map */
    struct tally_structure *structure; /* meta, boilerplate, body, turns */
    /* the text folded to Simplified byte for byte, when the structure's
     * script check folded all of it: kept for the figure scan, which takes
     * it (NULL once taken, or for a longer text) */
    char *simplified;
    /* figures (with the default tables) and measures, found on first use or
     * ahead by a corpus reader: tally/doc_figures.h, tally/doc_measures.h */
    struct tally_figure *figures;
    size_t n_figures;
    struct tally_measure *measures;
    size_t n_measures;
    int figures_found, measures_found;
    /* the figures' records as scripts see them (tally/doc_records.h), made
     * where the figures are (a worker) so the script's thread only copies */
    struct tally_value *figure_values;
} tally_doc;

/* The largest file read as a report: 1 GiB, well inside ICU's int32_t
 * lengths once decoded to UTF-16. A larger file is refused by name. */
#define TALLY_MAX_INPUT_BYTES (1ull << 30)

/* Reads and decodes a file. NULL on failure, with err naming the path; only
 * regular files are read (a FIFO, a device or a socket is refused). */
tally_doc *tally_doc_open(const char *path, const char *encoding, tally_warn_fn warn,
                          void *warn_ud, tally_error *err);
/* Makes a document of UTF-8 text (normalized like a file). */
tally_doc *tally_doc_new(const char *text, size_t len, const char *name, tally_error *err);
void tally_doc_free(tally_doc *doc);

const tally_span *tally_doc_paragraphs(tally_doc *doc, size_t *n, tally_error *err);
const tally_span *tally_doc_sentences(tally_doc *doc, size_t *n, tally_error *err);
const tally_token *tally_doc_tokens(tally_doc *doc, size_t *n, tally_error *err);
/* The text folded for matching (tally/fold.h), built on first use. */
const tally_folded *tally_doc_folded(tally_doc *doc, tally_error *err);
/* The document's structure (tally/structure.h), built on first use. */
const struct tally_structure *tally_doc_structure(tally_doc *doc, tally_error *err);

#endif
