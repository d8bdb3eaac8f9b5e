/* The archive store: one SQLite file holding each document once, decoded and
 * analysed (text, meta and structure, figures, measures, dates, warnings),
 * so that scripts over an archive read analyses instead of redoing them
 * (docs/scale.md). Nothing here touches Lua.
 *
 * A document is identified by its path as it was given to `tally index`;
 * it is analysed again only when its content hash or the analysis that
 * produced it (engine version and the hash of its sources and rule tables)
 * changes. Every document is written with its rows in one transaction, so a
 * store is always whole: an interrupted run leaves the documents it
 * committed, and the next run continues from them. */
#ifndef TALLY_STORE_H
#define TALLY_STORE_H

#include <stdint.h>

#include "tally/document.h"
#include "tally/figures.h"

typedef struct tally_store tally_store;

enum {
    TALLY_STORE_READ = 0,  /* an existing store, read-only */
    TALLY_STORE_WRITE = 1  /* created when missing */
};

/* 1 when the file at path is an SQLite database (its header says so). */
int tally_store_is_store(const char *path);

tally_store *tally_store_open(const char *path, int mode, tally_error *err);
void tally_store_close(tally_store *st);
const char *tally_store_path(const tally_store *st);

/* The analysis this build produces: "VERSION/HASH" (engine version and the
 * hash of the analysis sources and rule tables, taken at build time). */
const char *tally_store_analysis(void);

/* Documents analysed by another build, 0 when the store is current. */
long tally_store_stale_count(tally_store *st, tally_error *err);

/* Groups writes: every document put between begin and commit lands at once. */
int tally_store_begin(tally_store *st, tally_error *err);
int tally_store_commit(tally_store *st, tally_error *err);

/* The 64-bit FNV-1a hash of bytes, as 16 hex digits (hex has 17 bytes). */
void tally_store_hash(const void *bytes, size_t n, char hex[17]);

/* The same hash of the file at path, read a block at a time, and its size;
 * -1 with err naming the file (missing, a folder, unreadable). */
int tally_store_hash_file(const char *path, char hex[17], int64_t *size, tally_error *err);

/* 1 when path is stored with this content hash by the current analysis. */
int tally_store_is_current(tally_store *st, const char *path, const char *hash, tally_error *err);

/* Stores an analysed document (its figures, measures and structure found)
 * under its path, replacing what was there: content hash and size of the
 * file, the dates of its text, and the warnings decoding gave (lines, or
 * NULL). Returns 0, or -1 with err. */
int tally_store_put(tally_store *st, tally_doc *doc, const char *hash, int64_t size,
                    const tally_date *dates, size_t n_dates, const char *warnings,
                    tally_error *err);

/* Records a file that could not be read or analysed (and drops any earlier
 * analysis of it); a later run tries it again. */
int tally_store_put_failure(tally_store *st, const char *path, const char *message,
                            tally_error *err);

/* Drops the documents whose path is not among paths[0..n). *dropped counts them. */
int tally_store_prune(tally_store *st, const char *const *paths, size_t n, long *dropped,
                      tally_error *err);

/* Copies the documents of the store at shard_path that this store lacks or
 * holds with another content hash or analysis; a document already here with
 * the same hash and analysis is kept once. Counts into *added and *kept. */
int tally_store_merge(tally_store *st, const char *shard_path, long *added, long *kept,
                      tally_error *err);

/* Records in the store's meta table the analysis of this build. */
int tally_store_mark_current(tally_store *st, tally_error *err);

/* ---- reading ---- */

/* A condition on documents: a column of the documents table (path, name,
 * region, date, source, title, encoding, lang, script, ...) or of the
 * figures table (kind, unit, subject, period, ...; then the documents with
 * at least one such figure) equal to one of the values. */
typedef struct tally_store_value {
    int type;            /* 's' text, 'i' integer, 'f' real */
    const char *s;
    size_t len;
    int64_t i;
    double f;
} tally_store_value;

typedef struct tally_store_cond {
    const char *column;
    const tally_store_value *values;
    size_t n_values;
} tally_store_cond;

/* The ids of the documents meeting every condition, in path order. *out is
 * malloc'd. -1 with err naming an unknown column. */
int tally_store_select(tally_store *st, const tally_store_cond *c, size_t n_cond, int64_t **out,
                       size_t *n_out, tally_error *err);

/* The path of document id (malloc'd), or NULL. */
char *tally_store_doc_path(tally_store *st, int64_t id, tally_error *err);

/* Loads a document as the analysis left it: text, name, path, encoding,
 * structure, figures and measures are filled from the store, and nothing is
 * analysed again (paragraphs, sentences and tokens are built on use). */
tally_doc *tally_store_load(tally_store *st, int64_t id, tally_error *err);

/* The decoding warnings of document id, lines as they were printed when it
 * was indexed ("" when none; malloc'd), or NULL with err. */
char *tally_store_warnings(tally_store *st, int64_t id, tally_error *err);

/* ---- the index command ---- */

typedef struct tally_index_options {
    int jobs;             /* worker threads; 0 for the cores */
    int quiet;            /* no progress line */
    const char *encoding; /* NULL to detect */
    const char *const *files_from; /* --files-from lists, read after the PATHs */
    int nfiles_from;
} tally_index_options;

/* `tally index --db STORE [--prune] [--files-from LIST] [--list] PATH...` and
 * `tally index --db STORE --merge SHARD...`: argv holds what follows
 * "index". Returns the exit status. */
int tally_index_main(int argc, char **argv, const tally_index_options *o);

#endif
