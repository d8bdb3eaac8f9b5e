/* Tables in a SQLite database, written whole or not at all, and read back.
 *
 * A writer holds one database open in one transaction. When the file did not
 * exist, the database is built in a temporary file beside it and renamed into
 * place by commit; when it did, the tables go into it inside a transaction,
 * replacing a table of the same name and leaving the others. Abort (or a
 * crash: SQLite rolls back a hot journal) leaves the file as it was.
 * Nothing here touches Lua. */
#ifndef TALLY_SQLITE_TABLE_H
#define TALLY_SQLITE_TABLE_H

#include <stdint.h>

#include "tally/tally.h"

typedef enum tally_column_type {
    TALLY_COLUMN_TEXT,
    TALLY_COLUMN_INTEGER,
    TALLY_COLUMN_REAL
} tally_column_type;

typedef struct tally_sqlite_writer tally_sqlite_writer;

/* Opens (or prepares to create) the database at path and begins. */
tally_sqlite_writer *tally_sqlite_writer_open(const char *path, tally_error *err);

/* Starts table `name` (dropping one of that name) with these columns; the
 * rows that follow go into it. Column names are quoted, so any text works. */
int tally_sqlite_writer_table(tally_sqlite_writer *w, const char *name, int ncols,
                              const char *const *cols, const tally_column_type *types,
                              tally_error *err);

/* The cells of the current row, by column index from 0; unset cells are NULL. */
int tally_sqlite_writer_text(tally_sqlite_writer *w, int col, const char *s, size_t len);
int tally_sqlite_writer_integer(tally_sqlite_writer *w, int col, int64_t v);
int tally_sqlite_writer_real(tally_sqlite_writer *w, int col, double v);
/* Inserts the current row and clears it. */
int tally_sqlite_writer_row(tally_sqlite_writer *w, tally_error *err);

/* The temporary file a new database is built in, or NULL when the writer
 * writes into an existing file (for a signal handler to remove it). */
const char *tally_sqlite_writer_temp(const tally_sqlite_writer *w);

/* 1 when the database holds a table of this name (written in this writer or before). */
int tally_sqlite_writer_has_table(tally_sqlite_writer *w, const char *name);

/* Commits (and renames a new file into place) and frees w; -1 with err set
 * when that fails, and the file is then as it was. */
int tally_sqlite_writer_commit(tally_sqlite_writer *w, tally_error *err);
/* Rolls back (or removes the temporary file) and frees w. */
void tally_sqlite_writer_abort(tally_sqlite_writer *w);

/* A reader of one table's rows, in rowid order. */
typedef struct tally_sqlite_reader tally_sqlite_reader;

/* Opens path read-only and selects table `name`, or with name NULL the only
 * table there is (an error listing the tables when there are several). */
tally_sqlite_reader *tally_sqlite_reader_open(const char *path, const char *name, tally_error *err);
int tally_sqlite_reader_ncols(tally_sqlite_reader *r);
const char *tally_sqlite_reader_col_name(tally_sqlite_reader *r, int col);
/* 1 with a row ready, 0 at the end, -1 with err set. */
int tally_sqlite_reader_next(tally_sqlite_reader *r, tally_error *err);
/* The type of a cell of the current row: -1 for NULL, else a tally_column_type
 * (a BLOB reads as TEXT). */
int tally_sqlite_reader_type(tally_sqlite_reader *r, int col);
const char *tally_sqlite_reader_text(tally_sqlite_reader *r, int col, size_t *len);
int64_t tally_sqlite_reader_integer(tally_sqlite_reader *r, int col);
double tally_sqlite_reader_real(tally_sqlite_reader *r, int col);
void tally_sqlite_reader_close(tally_sqlite_reader *r);

/* 1 when the first bytes are a SQLite database's header. */
int tally_is_sqlite_header(const void *bytes, size_t n);

#endif
