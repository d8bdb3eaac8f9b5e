/* Typed tables in SQLite through libsqlite3: a transaction (or a new file
 * built beside its path and renamed) makes a write whole or nothing. */
#include "tally/sqlite_table.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct tally_sqlite_writer {
    sqlite3 *db;
    char *path;
    char *tmp;          /* the new file being built, or NULL when writing into path */
    sqlite3_stmt *insert;
    int ncols;
};

static void db_error(tally_error *err, const char *path, sqlite3 *db, const char *what)
{
    int code = db ? sqlite3_errcode(db) : SQLITE_NOMEM;
    if (code == SQLITE_NOTADB)
        tally_error_set(err, "cannot write %s: it exists and is not a SQLite database", path);
    else
        tally_error_set(err, "cannot write %s: %s: %s", path, what,
                        db ? sqlite3_errmsg(db) : "out of memory");
}

static int exec(tally_sqlite_writer *w, const char *sql, tally_error *err)
{
    if (sqlite3_exec(w->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
        db_error(err, w->path, w->db, sql);
        return -1;
    }
    return 0;
}

static void writer_free(tally_sqlite_writer *w)
{
    sqlite3_finalize(w->insert);
    sqlite3_close(w->db);
    if (w->tmp)
        unlink(w->tmp);
    free(w->tmp);
    free(w->path);
    free(w);
}

tally_sqlite_writer *tally_sqlite_writer_open(const char *path, tally_error *err)
{
    tally_sqlite_writer *w = calloc(1, sizeof *w);
    if (!w || !(w->path = strdup(path))) {
        free(w);
        tally_error_set(err, "cannot write %s: out of memory", path);
        return NULL;
    }
    struct stat st;
    int exists = stat(path, &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        tally_error_set(err, "cannot write %s: it is not a regular file", path);
        writer_free(w);
        return NULL;
    }
    const char *open_path = path;
    if (!exists) {
        size_t n = strlen(path) + 16;
        w->tmp = malloc(n);
        if (!w->tmp) {
            tally_error_set(err, "cannot write %s: out of memory", path);
            writer_free(w);
            return NULL;
        }
        snprintf(w->tmp, n, "%s.tmp.XXXXXX", path);
        int fd = mkstemp(w->tmp);
        if (fd < 0) {
            tally_error_set(err, "cannot write %s: %s", path, strerror(errno));
            free(w->tmp);
            w->tmp = NULL;
            writer_free(w);
            return NULL;
        }
        /* what the shell's `>` would give a new file (0666 less the umask),
         * as --output does, rather than mkstemp's 0600 */
        mode_t mask = umask(0);
        umask(mask);
        fchmod(fd, 0666 & ~mask);
        close(fd);
        open_path = w->tmp;
    }
    if (sqlite3_open_v2(open_path, &w->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
        db_error(err, path, w->db, "open");
        writer_free(w);
        return NULL;
    }
    /* a new file is thrown away on failure: it needs no journal */
    if ((w->tmp && exec(w, "PRAGMA journal_mode=OFF", err) < 0) ||
        exec(w, "BEGIN IMMEDIATE", err) < 0) {
        writer_free(w);
        return NULL;
    }
    return w;
}

static const char *const type_names[] = {"TEXT", "INTEGER", "REAL"};

int tally_sqlite_writer_table(tally_sqlite_writer *w, const char *name, int ncols,
                              const char *const *cols, const tally_column_type *types,
                              tally_error *err)
{
    sqlite3_finalize(w->insert);
    w->insert = NULL;
    if (ncols < 1) {
        tally_error_set(err, "cannot write table %s to %s: it has no columns", name, w->path);
        return -1;
    }
    char *drop = sqlite3_mprintf("DROP TABLE IF EXISTS \"%w\"", name);
    sqlite3_str *create = sqlite3_str_new(w->db);
    sqlite3_str *insert = sqlite3_str_new(w->db);
    sqlite3_str_appendf(create, "CREATE TABLE \"%w\" (", name);
    sqlite3_str_appendf(insert, "INSERT INTO \"%w\" VALUES (", name);
    for (int i = 0; i < ncols; i++) {
        sqlite3_str_appendf(create, "%s\"%w\" %s", i ? ", " : "", cols[i], type_names[types[i]]);
        sqlite3_str_appendf(insert, "%s?", i ? ", " : "");
    }
    sqlite3_str_appendall(create, ")");
    sqlite3_str_appendall(insert, ")");
    char *create_sql = sqlite3_str_finish(create);
    char *insert_sql = sqlite3_str_finish(insert);
    int rc = -1;
    if (!drop || !create_sql || !insert_sql)
        tally_error_set(err, "cannot write %s: out of memory", w->path);
    else if (exec(w, drop, err) == 0 && exec(w, create_sql, err) == 0) {
        if (sqlite3_prepare_v2(w->db, insert_sql, -1, &w->insert, NULL) == SQLITE_OK)
            rc = 0;
        else
            db_error(err, w->path, w->db, "insert");
    }
    sqlite3_free(drop);
    sqlite3_free(create_sql);
    sqlite3_free(insert_sql);
    w->ncols = rc == 0 ? ncols : 0;
    return rc;
}

int tally_sqlite_writer_text(tally_sqlite_writer *w, int col, const char *s, size_t len)
{
    return sqlite3_bind_text64(w->insert, col + 1, s, len, SQLITE_TRANSIENT, SQLITE_UTF8) ==
                   SQLITE_OK ? 0 : -1;
}

int tally_sqlite_writer_integer(tally_sqlite_writer *w, int col, int64_t v)
{
    return sqlite3_bind_int64(w->insert, col + 1, v) == SQLITE_OK ? 0 : -1;
}

int tally_sqlite_writer_real(tally_sqlite_writer *w, int col, double v)
{
    return sqlite3_bind_double(w->insert, col + 1, v) == SQLITE_OK ? 0 : -1;
}

int tally_sqlite_writer_row(tally_sqlite_writer *w, tally_error *err)
{
    if (!w->insert) {
        tally_error_set(err, "cannot write %s: no table was started", w->path);
        return -1;
    }
    int rc = sqlite3_step(w->insert);
    sqlite3_reset(w->insert);
    sqlite3_clear_bindings(w->insert);
    if (rc != SQLITE_DONE) {
        db_error(err, w->path, w->db, "insert");
        return -1;
    }
    return 0;
}

const char *tally_sqlite_writer_temp(const tally_sqlite_writer *w)
{
    return w->tmp;
}

int tally_sqlite_writer_has_table(tally_sqlite_writer *w, const char *name)
{
    sqlite3_stmt *st = NULL;
    int found = 0;
    if (sqlite3_prepare_v2(w->db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                           -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
        found = sqlite3_step(st) == SQLITE_ROW;
    }
    sqlite3_finalize(st);
    return found;
}

int tally_sqlite_writer_commit(tally_sqlite_writer *w, tally_error *err)
{
    sqlite3_finalize(w->insert);
    w->insert = NULL;
    if (exec(w, "COMMIT", err) < 0) {
        writer_free(w);
        return -1;
    }
    int rc = sqlite3_close(w->db);
    w->db = NULL;
    if (rc != SQLITE_OK) {
        tally_error_set(err, "cannot write %s: closing the database failed", w->path);
        writer_free(w);
        return -1;
    }
    if (w->tmp) {
        int fd = open(w->tmp, O_RDONLY);
        int synced = fd >= 0 && fsync(fd) == 0;
        if (fd >= 0)
            close(fd);
        if (!synced || rename(w->tmp, w->path) != 0) {
            tally_error_set(err, "cannot write %s: %s", w->path, strerror(errno));
            writer_free(w);
            return -1;
        }
        free(w->tmp);
        w->tmp = NULL;
    }
    writer_free(w);
    return 0;
}

void tally_sqlite_writer_abort(tally_sqlite_writer *w)
{
    if (!w)
        return;
    sqlite3_finalize(w->insert);
    w->insert = NULL;
    if (w->db)
        sqlite3_exec(w->db, "ROLLBACK", NULL, NULL, NULL);
    writer_free(w);
}

int tally_is_sqlite_header(const void *bytes, size_t n)
{
    return n >= 16 && memcmp(bytes, "SQLite format 3", 16) == 0;
}

/* ------------------------------------------------------------ reading */

struct tally_sqlite_reader {
    sqlite3 *db;
    sqlite3_stmt *rows;
    char *path;
};

void tally_sqlite_reader_close(tally_sqlite_reader *r)
{
    if (!r)
        return;
    sqlite3_finalize(r->rows);
    sqlite3_close(r->db);
    free(r->path);
    free(r);
}

static tally_sqlite_reader *reader_fail(tally_sqlite_reader *r, tally_error *err, const char *what)
{
    tally_error_set(err, "cannot read %s: %s", r->path ? r->path : "the database",
                    what ? what : (r->db ? sqlite3_errmsg(r->db) : "out of memory"));
    tally_sqlite_reader_close(r);
    return NULL;
}

tally_sqlite_reader *tally_sqlite_reader_open(const char *path, const char *name, tally_error *err)
{
    tally_sqlite_reader *r = calloc(1, sizeof *r);
    if (!r || !(r->path = strdup(path))) {
        free(r);
        tally_error_set(err, "cannot read %s: out of memory", path);
        return NULL;
    }
    if (sqlite3_open_v2(path, &r->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        return reader_fail(r, err, NULL);
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(r->db,
                           "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                           -1, &st, NULL) != SQLITE_OK)
        return reader_fail(r, err, sqlite3_errcode(r->db) == SQLITE_NOTADB
                                       ? "it is not a SQLite database" : NULL);
    char names[384] = "";
    char *only = NULL;
    int count = 0, found = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, 0);
        if (!t)
            continue;
        count++;
        if (name && strcmp(t, name) == 0)
            found = 1;
        if (count == 1)
            only = strdup(t);
        size_t used = strlen(names);
        if (used + strlen(t) + 3 < sizeof names)
            snprintf(names + used, sizeof names - used, "%s%s", used ? ", " : "", t);
    }
    sqlite3_finalize(st);
    char msg[512];
    if (count == 0) {
        free(only);
        return reader_fail(r, err, "the database holds no table");
    }
    if (name && !found) {
        free(only);
        snprintf(msg, sizeof msg, "no table '%s' (tables: %s)", name, names);
        return reader_fail(r, err, msg);
    }
    if (!name && count > 1) {
        free(only);
        snprintf(msg, sizeof msg, "it holds %d tables; say which with {table = NAME} (%s)", count,
                 names);
        return reader_fail(r, err, msg);
    }
    char *sql = sqlite3_mprintf("SELECT * FROM \"%w\"", name ? name : only);
    free(only);
    if (!sql)
        return reader_fail(r, err, "out of memory");
    int rc = sqlite3_prepare_v2(r->db, sql, -1, &r->rows, NULL);
    sqlite3_free(sql);
    if (rc != SQLITE_OK)
        return reader_fail(r, err, NULL);
    return r;
}

int tally_sqlite_reader_ncols(tally_sqlite_reader *r)
{
    return sqlite3_column_count(r->rows);
}

const char *tally_sqlite_reader_col_name(tally_sqlite_reader *r, int col)
{
    return sqlite3_column_name(r->rows, col);
}

int tally_sqlite_reader_next(tally_sqlite_reader *r, tally_error *err)
{
    int rc = sqlite3_step(r->rows);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    tally_error_set(err, "cannot read %s: %s", r->path, sqlite3_errmsg(r->db));
    return -1;
}

int tally_sqlite_reader_type(tally_sqlite_reader *r, int col)
{
    switch (sqlite3_column_type(r->rows, col)) {
    case SQLITE_NULL: return -1;
    case SQLITE_INTEGER: return TALLY_COLUMN_INTEGER;
    case SQLITE_FLOAT: return TALLY_COLUMN_REAL;
    default: return TALLY_COLUMN_TEXT;
    }
}

const char *tally_sqlite_reader_text(tally_sqlite_reader *r, int col, size_t *len)
{
    const char *s = (const char *)sqlite3_column_text(r->rows, col);
    *len = s ? (size_t)sqlite3_column_bytes(r->rows, col) : 0;
    return s ? s : "";
}

int64_t tally_sqlite_reader_integer(tally_sqlite_reader *r, int col)
{
    return sqlite3_column_int64(r->rows, col);
}

double tally_sqlite_reader_real(tally_sqlite_reader *r, int col)
{
    return sqlite3_column_double(r->rows, col);
}
