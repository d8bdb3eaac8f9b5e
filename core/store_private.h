/* What the store's stages share (tally/store.h is the public side): the
 * open store with the statements it keeps prepared, and the few helpers
 * every stage uses. The stages, one file each:
 *   store_schema.c     the tables, opening and checking a store, its meta
 *   store_hash.c       the content hash that decides what is analysed again
 *   store_write.c      writing a document and its rows, in transactions
 *   store_structure.c  a document's structure and authors as row values
 *   store_merge.c      merging shard stores
 *   store_select.c     narrowing documents by conditions (c:where)
 *   store_load.c       loading a document back as the analysis left it */
#ifndef TALLY_STORE_PRIVATE_H
#define TALLY_STORE_PRIVATE_H

#include "tally/store.h"
#include "tally/structure.h"

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

/* The statements a store keeps prepared (their SQL is in store_schema.c,
 * beside the tables): each is parsed once per store, on first use, not once
 * per document. */
typedef enum store_stmt {
    STMT_FIND_DOC,      /* path -> id, hash, analysis */
    STMT_DROP_DOC,      /* id; the schema's trigger drops the document's rows */
    STMT_PUT_DOC,
    STMT_PUT_FIGURE,
    STMT_PUT_MEASURE,
    STMT_PUT_DATE,
    STMT_PUT_WARNING,
    STMT_PUT_FAILURE,
    STMT_DROP_FAILURE,
    STMT_GET_META,
    STMT_SET_META,
    STMT_STALE_COUNT,   /* documents of another analysis */
    STMT_JSON_QUOTE,    /* a string as a JSON string */
    STMT_DOC_PATH,
    STMT_LOAD_DOC,
    STMT_LOAD_AUTHORS,
    STMT_LOAD_FIGURES,
    STMT_LOAD_MEASURES,
    STMT_LOAD_WARNINGS,
    N_STORE_STMT
} store_stmt;

struct tally_store {
    sqlite3 *db;
    char *path;
    int writable;
    sqlite3_stmt *stmt[N_STORE_STMT];
};

/* The statement which, reset and with no bindings; NULL with err. The
 * caller resets it when done, so that it holds no lock. */
sqlite3_stmt *store_statement(tally_store *st, store_stmt which, tally_error *err);

/* Sets err to "PATH: what: SQLite's message" and returns -1. */
int store_db_error(tally_store *st, tally_error *err, const char *what);

/* Runs sql (one or more statements); -1 with err. */
int store_exec(tally_store *st, const char *sql, tally_error *err);

/* Steps a statement that returns no rows and resets it; -1 with err. */
int store_step_done(tally_store *st, sqlite3_stmt *s, tally_error *err);

/* The meta value of key (malloc'd), or NULL when there is none. */
char *store_meta_get(tally_store *st, const char *key);
int store_meta_set(tally_store *st, const char *key, const char *value, tally_error *err);

/* The id of the document stored under path, 0 when none, -1 on error. */
int64_t store_find_doc(tally_store *st, const char *path, tally_error *err);

/* Drops document id with its rows; -1 with err. */
int store_drop_doc(tally_store *st, int64_t id, tally_error *err);

/* The array v of *cap elements of size bytes, with room for element n:
 * v itself while n < *cap, else v grown (to first elements at the start);
 * NULL, v untouched, when memory runs out. */
void *store_grow(void *v, size_t *cap, size_t n, size_t size, size_t first);

/* ---- store_structure.c: a document's structure in its row ---- */

/* The structure's span lists packed as little-endian 64-bit integers, so a
 * store reads the same on any machine. */
typedef struct store_blob {
    unsigned char *p;
    size_t n, cap;
    int failed;
} store_blob;

enum { STORE_BOILERPLATE, STORE_BODY, STORE_TURNS, N_STORE_BLOBS };

/* Packs t's boilerplate, body and turns into b (freed with
 * store_blobs_free); -1 when memory runs out. */
int store_pack_structure(const tally_structure *t, store_blob b[N_STORE_BLOBS]);
void store_blobs_free(store_blob b[N_STORE_BLOBS]);

/* Unpacks the three blobs (columns first, first + 1, first + 2 of s) into t;
 * -1 when memory runs out. */
int store_unpack_structure(sqlite3_stmt *s, int first, tally_structure *t);

/* 1 when every span of t lies inside a text of len bytes. */
int store_structure_fits(const tally_structure *t, size_t len);

/* The authors as a JSON array of strings (sqlite3_malloc'd), which SQLite's
 * json functions read back; NULL with err. */
char *store_authors_json(tally_store *st, const tally_meta *m, tally_error *err);

/* Fills m's authors from such an array; -1 with err. */
int store_load_authors(tally_store *st, const char *json, tally_meta *m, tally_error *err);

#endif
