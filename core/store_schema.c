/* The store's file (tally/store.h): its tables, the statements kept
 * prepared over them, opening a store (creating it, or checking its
 * layout), its meta, and the SQLite plumbing the other stages share.
 *
 * Stored is what costs to compute: the decoded text, the structure (meta,
 * boilerplate, body, turns), figures, measures and dates, each with the
 * offsets the document record is rebuilt from, so a loaded document gives
 * the records live analysis gives without analysing. Paragraphs, sentences,
 * tokens and the folded text are rebuilt on use: they are cheap next to
 * the analyses and larger than the text (docs/scale.md). */
#include "store_private.h"
#include "tally_analysis_hash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define STORE_SCHEMA "tally-store 1"

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
    "CREATE TABLE IF NOT EXISTS documents("
    " id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " hash TEXT NOT NULL, size INTEGER NOT NULL, analysis TEXT NOT NULL,"
    " encoding TEXT NOT NULL, length INTEGER NOT NULL,"
    " title TEXT, date TEXT, source TEXT, authors TEXT, region TEXT, script TEXT, lang TEXT,"
    " n_figures INTEGER NOT NULL, n_measures INTEGER NOT NULL, n_dates INTEGER NOT NULL,"
    " boilerplate BLOB, body BLOB, turns BLOB, text TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS documents_region ON documents(region);"
    "CREATE TABLE IF NOT EXISTS figures("
    " doc INTEGER NOT NULL, seq INTEGER NOT NULL,"
    " text TEXT NOT NULL, value REAL, value_max REAL, unit TEXT NOT NULL, kind TEXT NOT NULL,"
    " approx TEXT, scope TEXT, subject TEXT, period TEXT, sentence INTEGER NOT NULL,"
    " start INTEGER NOT NULL, stop INTEGER NOT NULL,"
    " scope_start INTEGER NOT NULL, scope_stop INTEGER NOT NULL,"
    " subject_start INTEGER NOT NULL, subject_stop INTEGER NOT NULL,"
    " period_start INTEGER NOT NULL, period_stop INTEGER NOT NULL,"
    " subject_key TEXT, period_key TEXT, status TEXT NOT NULL, region TEXT,"
    " region_scope TEXT NOT NULL, region_start INTEGER NOT NULL, region_stop INTEGER NOT NULL,"
    " PRIMARY KEY(doc, seq)) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS figures_kind ON figures(kind, doc);"
    "CREATE TABLE IF NOT EXISTS measures("
    " doc INTEGER NOT NULL, seq INTEGER NOT NULL,"
    " marker TEXT NOT NULL, ordinal INTEGER NOT NULL, headline TEXT NOT NULL, intro TEXT,"
    " declared INTEGER, list INTEGER NOT NULL, level INTEGER NOT NULL, parent INTEGER,"
    " style TEXT NOT NULL, start INTEGER NOT NULL, stop INTEGER NOT NULL,"
    " marker_start INTEGER NOT NULL, marker_stop INTEGER NOT NULL,"
    " headline_start INTEGER NOT NULL, headline_stop INTEGER NOT NULL,"
    " intro_start INTEGER NOT NULL, intro_stop INTEGER NOT NULL,"
    " PRIMARY KEY(doc, seq)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS dates("
    " doc INTEGER NOT NULL, seq INTEGER NOT NULL, text TEXT NOT NULL,"
    " start INTEGER NOT NULL, stop INTEGER NOT NULL, kind TEXT NOT NULL,"
    " value TEXT, value_max TEXT, period INTEGER NOT NULL,"
    " PRIMARY KEY(doc, seq)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS warnings("
    " doc INTEGER NOT NULL, seq INTEGER NOT NULL, message TEXT NOT NULL,"
    " PRIMARY KEY(doc, seq)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS failures(path TEXT PRIMARY KEY, message TEXT NOT NULL);"
    /* a document's rows go with it, whoever deletes it (a replaced
     * document, --prune, a merge); added to a store of an earlier tally
     * the first time it is written to, which changes nothing else */
    "CREATE TRIGGER IF NOT EXISTS documents_rows AFTER DELETE ON documents BEGIN"
    " DELETE FROM figures WHERE doc = old.id; DELETE FROM measures WHERE doc = old.id;"
    " DELETE FROM dates WHERE doc = old.id; DELETE FROM warnings WHERE doc = old.id; END;";

static const char *const statement_sql[N_STORE_STMT] = {
    [STMT_FIND_DOC] = "SELECT id, hash, analysis FROM documents WHERE path = ?",
    [STMT_DROP_DOC] = "DELETE FROM documents WHERE id = ?",
    [STMT_PUT_DOC] =
        "INSERT INTO documents(path, name, hash, size, analysis, encoding, length,"
        " title, date, source, authors, region, script, lang, n_figures, n_measures,"
        " n_dates, boilerplate, body, turns, text)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    [STMT_PUT_FIGURE] =
        "INSERT INTO figures(doc, seq, text, value, value_max, unit, kind, approx,"
        " scope, subject, period, sentence, start, stop, scope_start, scope_stop,"
        " subject_start, subject_stop, period_start, period_stop, subject_key,"
        " period_key, status, region, region_scope, region_start, region_stop)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    [STMT_PUT_MEASURE] =
        "INSERT INTO measures(doc, seq, marker, ordinal, headline, intro, declared,"
        " list, level, parent, style, start, stop, marker_start, marker_stop,"
        " headline_start, headline_stop, intro_start, intro_stop)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    [STMT_PUT_DATE] =
        "INSERT INTO dates(doc, seq, text, start, stop, kind, value, value_max, period)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
    [STMT_PUT_WARNING] = "INSERT INTO warnings(doc, seq, message) VALUES (?,?,?)",
    [STMT_PUT_FAILURE] = "INSERT OR REPLACE INTO failures(path, message) VALUES (?, ?)",
    [STMT_DROP_FAILURE] = "DELETE FROM failures WHERE path = ?",
    [STMT_GET_META] = "SELECT value FROM meta WHERE key = ?",
    [STMT_SET_META] = "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
    [STMT_STALE_COUNT] = "SELECT count(*) FROM documents WHERE analysis <> ?",
    [STMT_JSON_QUOTE] = "SELECT json_quote(?)",
    [STMT_DOC_PATH] = "SELECT path FROM documents WHERE id = ?",
    /* store_load.c reads the columns by these positions */
    [STMT_LOAD_DOC] =
        "SELECT name, path, encoding, text, title, date, source, authors,"
        " region, script, lang, boilerplate, body, turns FROM documents WHERE id = ?",
    [STMT_LOAD_AUTHORS] = "SELECT value FROM json_each(?)",
    [STMT_LOAD_FIGURES] =
        "SELECT start, stop, value, value_max, unit, kind, approx, sentence,"
        " scope_start, scope_stop, subject_start, subject_stop, period_start,"
        " period_stop, subject_key, period_key, status, region_scope,"
        " region_start, region_stop FROM figures WHERE doc = ? ORDER BY seq",
    [STMT_LOAD_MEASURES] =
        "SELECT start, stop, marker_start, marker_stop, headline_start,"
        " headline_stop, intro_start, intro_stop, ordinal, list, level,"
        " parent, declared, style FROM measures WHERE doc = ? ORDER BY seq",
    [STMT_LOAD_WARNINGS] = "SELECT message FROM warnings WHERE doc = ? ORDER BY seq",
};

const char *tally_store_analysis(void)
{
    return TALLY_VERSION "/" TALLY_ANALYSIS_HASH;
}

int store_db_error(tally_store *st, tally_error *err, const char *what)
{
    tally_error_set(err, "%s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
    return -1;
}

int store_exec(tally_store *st, const char *sql, tally_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        tally_error_set(err, "%s: %s", st->path, msg ? msg : sqlite3_errmsg(st->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

int store_step_done(tally_store *st, sqlite3_stmt *s, tally_error *err)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : store_db_error(st, err, "write");
}

sqlite3_stmt *store_statement(tally_store *st, store_stmt which, tally_error *err)
{
    sqlite3_stmt **s = &st->stmt[which];
    if (!*s) {
        if (sqlite3_prepare_v3(st->db, statement_sql[which], -1, SQLITE_PREPARE_PERSISTENT, s,
                               NULL) != SQLITE_OK) {
            *s = NULL;
            store_db_error(st, err, "prepare");
            return NULL;
        }
    } else {
        sqlite3_reset(*s);
        sqlite3_clear_bindings(*s);
    }
    return *s;
}

void *store_grow(void *v, size_t *cap, size_t n, size_t size, size_t first)
{
    if (n < *cap)
        return v;
    size_t more = *cap ? *cap * 2 : first;
    void *bigger = realloc(v, more * size);
    if (bigger)
        *cap = more;
    return bigger;
}

char *store_meta_get(tally_store *st, const char *key)
{
    tally_error ignored;
    sqlite3_stmt *s = store_statement(st, STMT_GET_META, &ignored);
    if (!s)
        return NULL;
    char *v = NULL;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
        v = strdup((const char *)sqlite3_column_text(s, 0));
    sqlite3_reset(s);
    return v;
}

int store_meta_set(tally_store *st, const char *key, const char *value, tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_SET_META, err);
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, value, -1, SQLITE_STATIC);
    return store_step_done(st, s, err);
}

int tally_store_is_store(const char *path)
{
    /* only a regular file is opened: a FIFO or a device would block or be read away */
    struct stat sb;
    if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size < 100)
        return 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    char head[16];
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    return n == sizeof head && memcmp(head, "SQLite format 3", 16) == 0;
}

/* A store being written: WAL while writing (a commit costs no fsync and
 * readers go on reading; tally_store_close goes back to one plain file),
 * the tables made when missing, and a layout this tally writes. */
static int open_for_writing(tally_store *st, tally_error *err)
{
    if (store_exec(st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", err) < 0 ||
        store_exec(st, schema, err) < 0)
        return -1;
    char *have = store_meta_get(st, "schema");
    int rc = 0;
    if (!have) {
        rc = store_meta_set(st, "schema", STORE_SCHEMA, err);
    } else if (strcmp(have, STORE_SCHEMA) != 0) {
        tally_error_set(err, "%s: a store of another layout (%s, this tally writes %s); "
                        "index into a new file", st->path, have, STORE_SCHEMA);
        rc = -1;
    }
    free(have);
    return rc;
}

/* A store being read: a tally store of this layout. */
static int open_for_reading(tally_store *st, tally_error *err)
{
    char *have = store_meta_get(st, "schema");
    int rc = 0;
    if (!have || strcmp(have, STORE_SCHEMA) != 0) {
        tally_error_set(err, "%s: %s", st->path,
                        have ? "a store of another layout; index it again with this tally"
                             : "an SQLite database, but not a tally store");
        rc = -1;
    }
    free(have);
    return rc;
}

tally_store *tally_store_open(const char *path, int mode, tally_error *err)
{
    tally_store *st = calloc(1, sizeof *st);
    if (!st || !(st->path = strdup(path))) {
        free(st);
        tally_error_set(err, "%s: out of memory", path);
        return NULL;
    }
    st->writable = mode == TALLY_STORE_WRITE;
    int flags = st->writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    if (!st->writable && !tally_store_is_store(path)) {
        tally_error_set(err, "%s: not a tally store (no SQLite database there)", path);
        tally_store_close(st);
        return NULL;
    }
    if (sqlite3_open_v2(path, &st->db, flags, NULL) != SQLITE_OK) {
        store_db_error(st, err, "cannot open the store");
        tally_store_close(st);
        return NULL;
    }
    sqlite3_busy_timeout(st->db, 10000);
    if ((st->writable ? open_for_writing(st, err) : open_for_reading(st, err)) < 0) {
        tally_store_close(st);
        return NULL;
    }
    return st;
}

void tally_store_close(tally_store *st)
{
    if (!st)
        return;
    for (int i = 0; i < N_STORE_STMT; i++)
        sqlite3_finalize(st->stmt[i]);
    if (st->db) {
        if (!sqlite3_get_autocommit(st->db))
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        if (st->writable)
            sqlite3_exec(st->db, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
        sqlite3_close(st->db);
    }
    free(st->path);
    free(st);
}

const char *tally_store_path(const tally_store *st)
{
    return st->path;
}

long tally_store_stale_count(tally_store *st, tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_STALE_COUNT, err);
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, tally_store_analysis(), -1, SQLITE_STATIC);
    long n = sqlite3_step(s) == SQLITE_ROW ? (long)sqlite3_column_int64(s, 0) : -1;
    if (n < 0)
        store_db_error(st, err, "read");
    sqlite3_reset(s);
    return n;
}

int tally_store_mark_current(tally_store *st, tally_error *err)
{
    return store_meta_set(st, "engine", TALLY_VERSION, err) < 0 ||
                   store_meta_set(st, "analysis", tally_store_analysis(), err) < 0
               ? -1 : 0;
}
