/* Reading a corpus ahead of its consumer: worker threads open, decode and
 * analyse documents while the caller works on earlier ones, and hand them
 * over in the order of the path list. At most `window` documents are read
 * ahead and not yet taken, so memory is bounded by the window, not by the
 * size of the corpus. Nothing here touches Lua. */
#ifndef TALLY_CORPUS_READER_H
#define TALLY_CORPUS_READER_H

#include "tally/document.h"

typedef struct tally_corpus_reader tally_corpus_reader;

/* What the reader hands over for one path. */
typedef struct tally_read_result {
    size_t index;      /* position in the path list, from 0 */
    tally_doc *doc;    /* the caller owns it; NULL when the file could not be read */
    tally_error err;   /* why, when doc is NULL */
    char *warnings;    /* warning lines from decoding (malloc'd, the caller frees), or NULL */
    char *product;     /* what the options' finish made of the document (malloc'd, the
                        * caller frees), or NULL */
    size_t product_len;
} tally_read_result;

/* Work done on each document on the worker thread after it is decoded;
 * returns 0, or -1 with err set (the document is then not delivered). */
typedef int (*tally_doc_step)(tally_doc *doc, tally_error *err);

/* The last work on a document on the worker thread, after its steps: text
 * made of it for the consumer (a script's output rows, say), handed over
 * with the document. ud is the options' finish_ud, shared by the workers,
 * so finish only reads it. Returns 0 with *out malloc'd (or NULL), or -1
 * with err set (the document is then not delivered). */
typedef int (*tally_doc_finish)(void *ud, tally_doc *doc, char **out, size_t *len,
                                tally_error *err);

typedef struct tally_reader_options {
    const char *encoding;   /* NULL to detect each file's encoding */
    int jobs;               /* worker threads; 0 reads on the caller's thread */
    size_t window;          /* documents read ahead at most; 0 for 2 * jobs + 2 */
    const tally_doc_step *steps; /* NULL-terminated, or NULL for none */
    tally_doc_finish finish;     /* NULL for none */
    void *finish_ud;             /* must outlive the reader */
} tally_reader_options;

/* Starts reading paths[0..n) (the strings are copied). NULL with err set
 * when out of memory; fewer threads than asked start when the system
 * refuses more, and with none the reading happens in next(). */
tally_corpus_reader *tally_corpus_reader_new(const char *const *paths, size_t n,
                                             const tally_reader_options *opts, tally_error *err);

/* Waits for the next document in order. Returns 1 and fills *out, or 0 when
 * every path has been handed over. */
int tally_corpus_reader_next(tally_corpus_reader *r, tally_read_result *out);

/* Adds a step for the documents workers start after this call (the ones
 * already in hand go without it). Ignored when the list is full or the step
 * is there already. */
void tally_corpus_reader_add_step(tally_corpus_reader *r, tally_doc_step step);

/* Documents handed over so far, and the paths in all. */
size_t tally_corpus_reader_done(const tally_corpus_reader *r);
size_t tally_corpus_reader_total(const tally_corpus_reader *r);

/* Stops the workers (each finishes the document in hand), frees what was
 * read and not taken. Safe on NULL. */
void tally_corpus_reader_free(tally_corpus_reader *r);

#endif
