/* The archive store in SQLite (tally/store.h): the schema, writing analysed
 * documents, merging shards, and reading documents and figure rows back.
 *
 * Stored is what costs to compute: the decoded text, the structure (meta,
 * boilerplate, body, turns), figures, measures and dates, each with the
 * offsets the document record is rebuilt from, so a loaded document gives
 * the records live analysis gives without analysing. Paragraphs, sentences,
 * tokens and the folded text are rebuilt on use: they are cheap next to
 * the analyses and larger than the text (docs/scale.md). */
#include "tally/store.h"
#include "tally/measures.h"
#include "tally/structure.h"
#include "tally_analysis_hash.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define STORE_SCHEMA "tally-store 1"

struct tally_store {
    sqlite3 *db;
    char *path;
    int writable;
    int in_txn;
    sqlite3_stmt *find_doc, *del[5], *ins_doc, *ins_fig, *ins_mea, *ins_date, *ins_warn,
        *ins_fail, *del_fail;
};

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
    "CREATE TABLE IF NOT EXISTS failures(path TEXT PRIMARY KEY, message TEXT NOT NULL);";

/* The tables holding rows of a document, each keyed by (doc, seq). */
static const char *const child_tables[] = {"figures", "measures", "dates", "warnings"};
#define N_CHILD 4

const char *tally_store_analysis(void)
{
    return TALLY_VERSION "/" TALLY_ANALYSIS_HASH;
}

static int db_error(tally_store *st, tally_error *err, const char *what)
{
    tally_error_set(err, "%s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
    return -1;
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

static int exec(tally_store *st, const char *sql, tally_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        tally_error_set(err, "%s: %s", st->path, msg ? msg : sqlite3_errmsg(st->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static int prepare(tally_store *st, sqlite3_stmt **s, const char *sql, tally_error *err)
{
    if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, s, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    return 0;
}

/* The meta value of key (malloc'd), or NULL. */
static char *meta_get(tally_store *st, const char *key)
{
    sqlite3_stmt *s;
    char *v = NULL;
    if (sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE key = ?", -1, &s, NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
        v = strdup((const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    return v;
}

static int meta_set(tally_store *st, const char *key, const char *value, tally_error *err)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", -1,
                           &s, NULL) != SQLITE_OK)
        return db_error(st, err, "meta");
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, value, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : db_error(st, err, "meta");
}

static int prepare_writes(tally_store *st, tally_error *err)
{
    static const char *const dels[] = {
        "DELETE FROM figures WHERE doc = ?", "DELETE FROM measures WHERE doc = ?",
        "DELETE FROM dates WHERE doc = ?", "DELETE FROM warnings WHERE doc = ?",
        "DELETE FROM documents WHERE id = ?"};
    for (int i = 0; i < 5; i++)
        if (prepare(st, &st->del[i], dels[i], err) < 0)
            return -1;
    return prepare(st, &st->ins_doc,
                   "INSERT INTO documents(path, name, hash, size, analysis, encoding, length,"
                   " title, date, source, authors, region, script, lang, n_figures, n_measures,"
                   " n_dates, boilerplate, body, turns, text)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", err) ||
           prepare(st, &st->ins_fig,
                   "INSERT INTO figures(doc, seq, text, value, value_max, unit, kind, approx,"
                   " scope, subject, period, sentence, start, stop, scope_start, scope_stop,"
                   " subject_start, subject_stop, period_start, period_stop, subject_key,"
                   " period_key, status, region, region_scope, region_start, region_stop)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", err) ||
           prepare(st, &st->ins_mea,
                   "INSERT INTO measures(doc, seq, marker, ordinal, headline, intro, declared,"
                   " list, level, parent, style, start, stop, marker_start, marker_stop,"
                   " headline_start, headline_stop, intro_start, intro_stop)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", err) ||
           prepare(st, &st->ins_date,
                   "INSERT INTO dates(doc, seq, text, start, stop, kind, value, value_max, period)"
                   " VALUES (?,?,?,?,?,?,?,?,?)", err) ||
           prepare(st, &st->ins_warn, "INSERT INTO warnings(doc, seq, message) VALUES (?,?,?)", err) ||
           prepare(st, &st->ins_fail,
                   "INSERT OR REPLACE INTO failures(path, message) VALUES (?, ?)", err) ||
           prepare(st, &st->del_fail, "DELETE FROM failures WHERE path = ?", err)
               ? -1 : 0;
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
        db_error(st, err, "cannot open the store");
        tally_store_close(st);
        return NULL;
    }
    sqlite3_busy_timeout(st->db, 10000);
    char *have = NULL;
    if (st->writable) {
        /* WAL while writing: a commit costs no fsync and readers go on
         * reading; tally_store_close goes back to one plain file */
        if (exec(st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", err) < 0 ||
            exec(st, schema, err) < 0)
            goto fail;
        have = meta_get(st, "schema");
        if (!have) {
            if (meta_set(st, "schema", STORE_SCHEMA, err) < 0)
                goto fail;
        } else if (strcmp(have, STORE_SCHEMA) != 0) {
            tally_error_set(err, "%s: a store of another layout (%s, this tally writes %s); "
                            "index into a new file", path, have, STORE_SCHEMA);
            goto fail;
        }
        if (prepare_writes(st, err) < 0)
            goto fail;
    } else {
        have = meta_get(st, "schema");
        if (!have || strcmp(have, STORE_SCHEMA) != 0) {
            tally_error_set(err, "%s: %s", path,
                            have ? "a store of another layout; index it again with this tally"
                                 : "an SQLite database, but not a tally store");
            goto fail;
        }
    }
    free(have);
    if (prepare(st, &st->find_doc, "SELECT id, hash, analysis FROM documents WHERE path = ?", err) < 0) {
        tally_store_close(st);
        return NULL;
    }
    return st;
fail:
    free(have);
    tally_store_close(st);
    return NULL;
}

void tally_store_close(tally_store *st)
{
    if (!st)
        return;
    sqlite3_stmt **all[] = {&st->find_doc, &st->ins_doc, &st->ins_fig, &st->ins_mea,
                            &st->ins_date, &st->ins_warn, &st->ins_fail, &st->del_fail};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        sqlite3_finalize(*all[i]);
    for (int i = 0; i < 5; i++)
        sqlite3_finalize(st->del[i]);
    if (st->db) {
        if (st->in_txn)
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
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM documents WHERE analysis <> ?", -1, &s,
                           NULL) != SQLITE_OK)
        return db_error(st, err, "read");
    sqlite3_bind_text(s, 1, tally_store_analysis(), -1, SQLITE_STATIC);
    long n = sqlite3_step(s) == SQLITE_ROW ? (long)sqlite3_column_int64(s, 0) : -1;
    sqlite3_finalize(s);
    return n < 0 ? db_error(st, err, "read") : n;
}

int tally_store_begin(tally_store *st, tally_error *err)
{
    if (st->in_txn)
        return 0;
    if (exec(st, "BEGIN IMMEDIATE", err) < 0)
        return -1;
    st->in_txn = 1;
    return 0;
}

int tally_store_commit(tally_store *st, tally_error *err)
{
    if (!st->in_txn)
        return 0;
    st->in_txn = 0;
    return exec(st, "COMMIT", err);
}

void tally_store_hash(const void *bytes, size_t n, char hex[17])
{
    const unsigned char *p = bytes;
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ull;
    }
    snprintf(hex, 17, "%016llx", (unsigned long long)h);
}

/* The id of the document stored under path, 0 when none, -1 on error. With
 * hash and current given, *current says whether it is up to date. */
static int64_t find_doc(tally_store *st, const char *path, const char *hash, int *current,
                        tally_error *err)
{
    sqlite3_stmt *s = st->find_doc;
    sqlite3_reset(s);
    sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    int64_t id = 0;
    if (rc == SQLITE_ROW) {
        id = sqlite3_column_int64(s, 0);
        if (current) {
            const char *h = (const char *)sqlite3_column_text(s, 1);
            const char *a = (const char *)sqlite3_column_text(s, 2);
            *current = h && a && strcmp(h, hash) == 0 && strcmp(a, tally_store_analysis()) == 0;
        }
    } else if (rc != SQLITE_DONE) {
        id = db_error(st, err, "read");
    }
    sqlite3_reset(s);
    return id;
}

int tally_store_is_current(tally_store *st, const char *path, const char *hash, tally_error *err)
{
    int current = 0;
    int64_t id = find_doc(st, path, hash, &current, err);
    return id < 0 ? -1 : id > 0 && current;
}

static int drop_doc(tally_store *st, int64_t id, tally_error *err)
{
    for (int i = 0; i < 5; i++) {
        sqlite3_reset(st->del[i]);
        sqlite3_bind_int64(st->del[i], 1, id);
        if (sqlite3_step(st->del[i]) != SQLITE_DONE)
            return db_error(st, err, "delete");
    }
    return 0;
}

/* ---- packing the structure's spans ---- */

/* Little-endian 64-bit integers, so a store reads the same on any machine. */
typedef struct packer {
    unsigned char *p;
    size_t n, cap;
    int failed;
} packer;

static void pack(packer *k, uint64_t v)
{
    if (k->n + 8 > k->cap) {
        size_t cap = k->cap ? k->cap * 2 : 256;
        unsigned char *p = realloc(k->p, cap);
        if (!p) {
            k->failed = 1;
            return;
        }
        k->p = p, k->cap = cap;
    }
    for (int i = 0; i < 8; i++)
        k->p[k->n++] = (unsigned char)(v >> (8 * i));
}

static uint64_t unpack(const unsigned char *p, size_t i)
{
    uint64_t v = 0;
    for (int b = 0; b < 8; b++)
        v |= (uint64_t)p[i * 8 + (size_t)b] << (8 * b);
    return v;
}

/* The authors as a JSON array of strings (SQLite's json functions read it). */
static char *authors_json(const tally_meta *m)
{
    size_t cap = 3;
    for (size_t i = 0; i < m->n_authors; i++)
        cap += strlen(m->authors[i]) * 6 + 3;
    char *out = malloc(cap), *w = out;
    if (!out)
        return NULL;
    *w++ = '[';
    for (size_t i = 0; i < m->n_authors; i++) {
        if (i)
            *w++ = ',';
        *w++ = '"';
        for (const unsigned char *c = (const unsigned char *)m->authors[i]; *c; c++) {
            if (*c == '"' || *c == '\\') {
                *w++ = '\\';
                *w++ = (char)*c;
            } else if (*c < 0x20) {
                w += sprintf(w, "\\u%04x", *c);
            } else {
                *w++ = (char)*c;
            }
        }
        *w++ = '"';
    }
    *w++ = ']';
    *w = '\0';
    return out;
}

static void bind_opt_text(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

/* Binds the text of span sp of text, or NULL when it is empty (the record
 * then has no such field). */
static void bind_span_text(sqlite3_stmt *s, int i, const char *text, tally_span sp, int empty_is_null)
{
    if (sp.stop > sp.start)
        sqlite3_bind_text(s, i, text + sp.start, (int)(sp.stop - sp.start), SQLITE_STATIC);
    else if (empty_is_null)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, "", 0, SQLITE_STATIC);
}

static int step_done(tally_store *st, sqlite3_stmt *s, tally_error *err)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : db_error(st, err, "write");
}

static int put_figures(tally_store *st, int64_t id, const tally_doc *doc, const char *doc_region,
                       tally_error *err)
{
    sqlite3_stmt *s = st->ins_fig;
    for (size_t i = 0; i < doc->n_figures; i++) {
        const tally_figure *f = &doc->figures[i];
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int64(s, 2, (int64_t)i + 1);
        bind_span_text(s, 3, doc->text, f->span, 0);
        sqlite3_bind_double(s, 4, f->value);
        if (f->has_max)
            sqlite3_bind_double(s, 5, f->value_max);
        else
            sqlite3_bind_null(s, 5);
        sqlite3_bind_text(s, 6, f->unit, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 7, tally_figure_kind_name(f->kind), -1, SQLITE_STATIC);
        bind_opt_text(s, 8, tally_approx_name(f->approx));
        bind_span_text(s, 9, doc->text, f->scope, 1);
        bind_span_text(s, 10, doc->text, f->subject, 1);
        bind_span_text(s, 11, doc->text, f->period, 1);
        sqlite3_bind_int64(s, 12, (int64_t)f->sentence + 1);
        sqlite3_bind_int64(s, 13, (int64_t)f->span.start + 1);
        sqlite3_bind_int64(s, 14, (int64_t)f->span.stop);
        const tally_span *spans[] = {&f->scope, &f->subject, &f->period};
        for (int k = 0; k < 3; k++) {
            sqlite3_bind_int64(s, 15 + 2 * k, (int64_t)spans[k]->start + 1);
            sqlite3_bind_int64(s, 16 + 2 * k, (int64_t)spans[k]->stop);
        }
        bind_opt_text(s, 21, f->subject_key[0] ? f->subject_key : NULL);
        bind_opt_text(s, 22, f->period_key[0] ? f->period_key : NULL);
        bind_opt_text(s, 23, tally_status_name(f->status));
        /* the record's region as doc:figures() gives it (core/lua_figures.c):
         * the one named in the clause (the document's full name when it is
         * the document's own, 深圳 in a report of 深圳市), else the
         * document's, none for the country */
        char *folded = NULL;
        if (f->region_scope == TALLY_REGION_NAMED) {
            size_t n = f->region.stop - f->region.start;
            tally_error ferr;
            folded = doc_region ? tally_fold_simplified(doc->text + f->region.start, n, &ferr) : NULL;
            if (folded && strlen(doc_region) >= n && memcmp(doc_region, folded, n) == 0)
                bind_opt_text(s, 24, doc_region);
            else
                bind_span_text(s, 24, doc->text, f->region, 1);
        } else {
            bind_opt_text(s, 24, f->region_scope == TALLY_REGION_DOCUMENT ? doc_region : NULL);
        }
        bind_opt_text(s, 25, tally_region_scope_name(f->region_scope));
        sqlite3_bind_int64(s, 26, (int64_t)f->region.start + 1);
        sqlite3_bind_int64(s, 27, (int64_t)f->region.stop);
        int rc = step_done(st, s, err);
        free(folded);
        if (rc < 0)
            return -1;
    }
    return 0;
}

static int put_measures(tally_store *st, int64_t id, const tally_doc *doc, tally_error *err)
{
    sqlite3_stmt *s = st->ins_mea;
    for (size_t i = 0; i < doc->n_measures; i++) {
        const tally_measure *m = &doc->measures[i];
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int64(s, 2, (int64_t)i + 1);
        bind_span_text(s, 3, doc->text, m->marker, 0);
        sqlite3_bind_int64(s, 4, m->ordinal);
        bind_span_text(s, 5, doc->text, m->headline, 0);
        bind_span_text(s, 6, doc->text, m->intro, 1);
        if (m->declared)
            sqlite3_bind_int64(s, 7, m->declared);
        else
            sqlite3_bind_null(s, 7);
        sqlite3_bind_int64(s, 8, m->list);
        sqlite3_bind_int64(s, 9, m->level);
        if (m->parent)
            sqlite3_bind_int64(s, 10, (int64_t)m->parent);
        else
            sqlite3_bind_null(s, 10);
        sqlite3_bind_text(s, 11, tally_list_style_name(m->style), -1, SQLITE_STATIC);
        sqlite3_bind_int64(s, 12, (int64_t)m->text.start + 1);
        sqlite3_bind_int64(s, 13, (int64_t)m->text.stop);
        const tally_span *spans[] = {&m->marker, &m->headline, &m->intro};
        for (int k = 0; k < 3; k++) {
            sqlite3_bind_int64(s, 14 + 2 * k, (int64_t)spans[k]->start + 1);
            sqlite3_bind_int64(s, 15 + 2 * k, (int64_t)spans[k]->stop);
        }
        if (step_done(st, s, err) < 0)
            return -1;
    }
    return 0;
}

static int put_dates(tally_store *st, int64_t id, const tally_doc *doc, const tally_date *d,
                     size_t n, tally_error *err)
{
    sqlite3_stmt *s = st->ins_date;
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int64(s, 2, (int64_t)i + 1);
        bind_span_text(s, 3, doc->text, d[i].span, 0);
        sqlite3_bind_int64(s, 4, (int64_t)d[i].span.start + 1);
        sqlite3_bind_int64(s, 5, (int64_t)d[i].span.stop);
        bind_opt_text(s, 6, tally_date_kind_name(d[i].kind));
        bind_opt_text(s, 7, d[i].value[0] ? d[i].value : NULL);
        bind_opt_text(s, 8, d[i].value_max[0] ? d[i].value_max : NULL);
        sqlite3_bind_int(s, 9, d[i].is_period != 0);
        if (step_done(st, s, err) < 0)
            return -1;
    }
    return 0;
}

static int put_warnings(tally_store *st, int64_t id, const char *warnings, tally_error *err)
{
    sqlite3_stmt *s = st->ins_warn;
    int64_t seq = 0;
    for (const char *p = warnings; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len) {
            sqlite3_bind_int64(s, 1, id);
            sqlite3_bind_int64(s, 2, ++seq);
            sqlite3_bind_text(s, 3, p, (int)len, SQLITE_STATIC);
            if (step_done(st, s, err) < 0)
                return -1;
        }
        p += len + (nl != NULL);
    }
    return 0;
}

/* Binds the structure's span lists as packed blobs (params 18, 19, 20). */
static int bind_structure(sqlite3_stmt *s, const tally_structure *t, packer k[3])
{
    for (size_t i = 0; i < t->n_boilerplate; i++) {
        pack(&k[0], t->boilerplate[i].span.start);
        pack(&k[0], t->boilerplate[i].span.stop);
        pack(&k[0], (uint64_t)t->boilerplate[i].kind);
    }
    for (size_t i = 0; i < t->n_body; i++) {
        pack(&k[1], t->body[i].start);
        pack(&k[1], t->body[i].stop);
    }
    for (size_t i = 0; i < t->n_turns; i++) {
        pack(&k[2], t->turns[i].speaker.start);
        pack(&k[2], t->turns[i].speaker.stop);
        pack(&k[2], t->turns[i].text.start);
        pack(&k[2], t->turns[i].text.stop);
        pack(&k[2], (uint64_t)t->turns[i].asks);
    }
    for (int j = 0; j < 3; j++) {
        if (k[j].failed)
            return -1;
        sqlite3_bind_blob(s, 18 + j, k[j].p ? (const void *)k[j].p : "", (int)k[j].n, SQLITE_STATIC);
    }
    return 0;
}

int tally_store_put(tally_store *st, tally_doc *doc, const char *hash, int64_t size,
                    const tally_date *dates, size_t n_dates, const char *warnings,
                    tally_error *err)
{
    const char *path = doc->path ? doc->path : doc->name;
    const tally_structure *t = doc->structure;
    if (!t || !doc->figures_found || !doc->measures_found) {
        tally_error_set(err, "%s: stored before it was analysed", path);
        return -1;
    }
    int64_t old = find_doc(st, path, NULL, NULL, err);
    if (old < 0 || (old > 0 && drop_doc(st, old, err) < 0))
        return -1;
    sqlite3_stmt *s = st->ins_doc;
    char *authors = authors_json(&t->meta);
    packer k[3] = {{0}};
    if (!authors || bind_structure(s, t, k) < 0) {
        free(authors);
        for (int j = 0; j < 3; j++)
            free(k[j].p);
        sqlite3_reset(s);
        tally_error_set(err, "%s: out of memory", path);
        return -1;
    }
    sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, doc->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, hash, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 4, size);
    sqlite3_bind_text(s, 5, tally_store_analysis(), -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, doc->encoding, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 7, (int64_t)doc->len);
    bind_opt_text(s, 8, t->meta.title);
    bind_opt_text(s, 9, t->meta.date);
    bind_opt_text(s, 10, t->meta.source);
    sqlite3_bind_text(s, 11, authors, -1, SQLITE_STATIC);
    bind_opt_text(s, 12, t->meta.region);
    bind_opt_text(s, 13, t->meta.script);
    bind_opt_text(s, 14, t->meta.lang);
    sqlite3_bind_int64(s, 15, (int64_t)doc->n_figures);
    sqlite3_bind_int64(s, 16, (int64_t)doc->n_measures);
    sqlite3_bind_int64(s, 17, (int64_t)n_dates);
    sqlite3_bind_text(s, 21, doc->text, (int)doc->len, SQLITE_STATIC);
    int rc = step_done(st, s, err);
    free(authors);
    for (int j = 0; j < 3; j++)
        free(k[j].p);
    if (rc < 0)
        return -1;
    int64_t id = sqlite3_last_insert_rowid(st->db);
    sqlite3_reset(st->del_fail);
    sqlite3_bind_text(st->del_fail, 1, path, -1, SQLITE_STATIC);
    if (step_done(st, st->del_fail, err) < 0 || put_figures(st, id, doc, t->meta.region, err) < 0 ||
        put_measures(st, id, doc, err) < 0 || put_dates(st, id, doc, dates, n_dates, err) < 0 ||
        put_warnings(st, id, warnings, err) < 0)
        return -1;
    return 0;
}

int tally_store_put_failure(tally_store *st, const char *path, const char *message,
                            tally_error *err)
{
    int64_t old = find_doc(st, path, NULL, NULL, err);
    if (old < 0 || (old > 0 && drop_doc(st, old, err) < 0))
        return -1;
    sqlite3_bind_text(st->ins_fail, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_text(st->ins_fail, 2, message, -1, SQLITE_STATIC);
    return step_done(st, st->ins_fail, err);
}

int tally_store_prune(tally_store *st, const char *const *paths, size_t n, long *dropped,
                      tally_error *err)
{
    *dropped = 0;
    if (exec(st, "CREATE TEMP TABLE IF NOT EXISTS keep(path TEXT PRIMARY KEY); DELETE FROM keep;",
             err) < 0)
        return -1;
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, "INSERT OR IGNORE INTO keep(path) VALUES (?)", -1, &s, NULL) != SQLITE_OK)
        return db_error(st, err, "prune");
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_text(s, 1, paths[i], -1, SQLITE_STATIC);
        if (step_done(st, s, err) < 0) {
            sqlite3_finalize(s);
            return -1;
        }
    }
    sqlite3_finalize(s);
    if (sqlite3_prepare_v2(st->db,
                           "SELECT id FROM documents WHERE path NOT IN (SELECT path FROM keep)",
                           -1, &s, NULL) != SQLITE_OK)
        return db_error(st, err, "prune");
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (drop_doc(st, sqlite3_column_int64(s, 0), err) < 0) {
            sqlite3_finalize(s);
            return -1;
        }
        ++*dropped;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        return db_error(st, err, "prune");
    return exec(st, "DELETE FROM failures WHERE path NOT IN (SELECT path FROM keep); DELETE FROM keep;",
                err);
}

/* "c1, c2, ..." of the columns of table in schema db, leaving out skip. */
static char *column_list(tally_store *st, const char *db, const char *table, const char *skip)
{
    char sql[128];
    snprintf(sql, sizeof sql, "PRAGMA %s.table_info(%s)", db, table);
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
        return NULL;
    size_t cap = 1024, n = 0;
    char *out = malloc(cap);
    while (out && sqlite3_step(s) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(s, 1);
        if (!name || strcmp(name, skip) == 0)
            continue;
        size_t len = strlen(name);
        if (n + len + 5 > cap) {
            char *bigger = realloc(out, cap * 2);
            if (!bigger) {
                free(out);
                out = NULL;
                break;
            }
            out = bigger, cap *= 2;
        }
        n += (size_t)sprintf(out + n, "%s\"%s\"", n ? ", " : "", name);
    }
    sqlite3_finalize(s);
    if (out && n == 0) {
        free(out);
        return NULL;
    }
    return out;
}

int tally_store_merge(tally_store *st, const char *shard_path, long *added, long *kept,
                      tally_error *err)
{
    /* the shard is read through its own connection first: a bad file is
     * named as such, not as an ATTACH failure */
    tally_store *shard = tally_store_open(shard_path, TALLY_STORE_READ, err);
    if (!shard)
        return -1;
    tally_store_close(shard);
    if (st->in_txn && tally_store_commit(st, err) < 0)
        return -1;
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "ATTACH DATABASE ? AS shard", -1, &s, NULL) != SQLITE_OK)
        return db_error(st, err, "attach");
    sqlite3_bind_text(s, 1, shard_path, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        tally_error_set(err, "%s: cannot read it: %s", shard_path, sqlite3_errmsg(st->db));
        return -1;
    }
    int status = -1;
    char *doc_cols = column_list(st, "main", "documents", "id");
    char *child_cols[N_CHILD] = {NULL};
    sqlite3_stmt *list = NULL, *copy_doc = NULL, *copy_child[N_CHILD] = {NULL};
    char *sql = NULL;
    if (!doc_cols)
        goto done;
    size_t cap = strlen(doc_cols) * 2 + 256;
    for (int i = 0; i < N_CHILD; i++) {
        child_cols[i] = column_list(st, "main", child_tables[i], "doc");
        if (!child_cols[i])
            goto done;
        if (strlen(child_cols[i]) * 2 + 256 > cap)
            cap = strlen(child_cols[i]) * 2 + 256;
    }
    sql = malloc(cap);
    if (!sql)
        goto done;
    snprintf(sql, cap, "INSERT INTO main.documents(%s) SELECT %s FROM shard.documents WHERE id = ?",
             doc_cols, doc_cols);
    if (sqlite3_prepare_v2(st->db, sql, -1, &copy_doc, NULL) != SQLITE_OK)
        goto sql_failed;
    for (int i = 0; i < N_CHILD; i++) {
        snprintf(sql, cap, "INSERT INTO main.%s(doc, %s) SELECT ?1, %s FROM shard.%s WHERE doc = ?2",
                 child_tables[i], child_cols[i], child_cols[i], child_tables[i]);
        if (sqlite3_prepare_v2(st->db, sql, -1, &copy_child[i], NULL) != SQLITE_OK)
            goto sql_failed;
    }
    if (sqlite3_prepare_v2(st->db, "SELECT id, path, hash, analysis FROM shard.documents ORDER BY path",
                           -1, &list, NULL) != SQLITE_OK)
        goto sql_failed;
    if (tally_store_begin(st, err) < 0)
        goto done;
    while ((rc = sqlite3_step(list)) == SQLITE_ROW) {
        int64_t sid = sqlite3_column_int64(list, 0);
        const char *path = (const char *)sqlite3_column_text(list, 1);
        const char *hash = (const char *)sqlite3_column_text(list, 2);
        const char *analysis = (const char *)sqlite3_column_text(list, 3);
        sqlite3_stmt *f = st->find_doc;
        sqlite3_reset(f);
        sqlite3_bind_text(f, 1, path, -1, SQLITE_STATIC);
        int64_t old = 0;
        int same = 0;
        if (sqlite3_step(f) == SQLITE_ROW) {
            old = sqlite3_column_int64(f, 0);
            const char *h = (const char *)sqlite3_column_text(f, 1);
            const char *a = (const char *)sqlite3_column_text(f, 2);
            same = h && a && hash && analysis && strcmp(h, hash) == 0 && strcmp(a, analysis) == 0;
        }
        sqlite3_reset(f);
        if (same) {
            ++*kept;
            continue;
        }
        if (old && drop_doc(st, old, err) < 0)
            goto done;
        sqlite3_bind_int64(copy_doc, 1, sid);
        if (step_done(st, copy_doc, err) < 0)
            goto done;
        int64_t id = sqlite3_last_insert_rowid(st->db);
        for (int i = 0; i < N_CHILD; i++) {
            sqlite3_bind_int64(copy_child[i], 1, id);
            sqlite3_bind_int64(copy_child[i], 2, sid);
            if (step_done(st, copy_child[i], err) < 0)
                goto done;
        }
        sqlite3_reset(st->del_fail);
        sqlite3_bind_text(st->del_fail, 1, path, -1, SQLITE_STATIC);
        if (step_done(st, st->del_fail, err) < 0)
            goto done;
        ++*added;
    }
    if (rc != SQLITE_DONE)
        goto sql_failed;
    /* a shard's failures are kept unless the document is stored now */
    if (exec(st, "INSERT OR REPLACE INTO main.failures SELECT * FROM shard.failures"
                 " WHERE path NOT IN (SELECT path FROM main.documents)", err) < 0)
        goto done;
    status = 0;
    goto done;
sql_failed:
    tally_error_set(err, "%s: merging %s: %s", st->path, shard_path, sqlite3_errmsg(st->db));
done:
    sqlite3_finalize(list);
    sqlite3_finalize(copy_doc);
    for (int i = 0; i < N_CHILD; i++) {
        sqlite3_finalize(copy_child[i]);
        free(child_cols[i]);
    }
    free(doc_cols);
    free(sql);
    if (status == 0) {
        status = tally_store_commit(st, err);
    } else if (st->in_txn) {
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        st->in_txn = 0;
    }
    sqlite3_exec(st->db, "DETACH DATABASE shard", NULL, NULL, NULL);
    return status;
}

int tally_store_mark_current(tally_store *st, tally_error *err)
{
    return meta_set(st, "engine", TALLY_VERSION, err) < 0 ||
                   meta_set(st, "analysis", tally_store_analysis(), err) < 0
               ? -1 : 0;
}

/* ---- reading ---- */

/* 1 when table has the column (names are checked before they reach SQL). */
static int has_column(tally_store *st, const char *table, const char *column)
{
    for (const char *c = column; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
              *c == '_'))
            return 0;
    return sqlite3_table_column_metadata(st->db, "main", table, column, NULL, NULL, NULL, NULL,
                                         NULL) == SQLITE_OK;
}

/* Appends the SQL of the conditions to buf (a WHERE clause's terms, each
 * starting with " AND "), d being the documents table's alias. */
static int conditions_sql(tally_store *st, const tally_store_cond *c, size_t n, char **buf,
                          size_t *len, size_t *cap, tally_error *err)
{
    for (size_t i = 0; i < n; i++) {
        int in_doc = has_column(st, "documents", c[i].column);
        if (!in_doc && !has_column(st, "figures", c[i].column)) {
            tally_error_set(err, "%s: no column '%s' among the documents' or the figures' "
                            "(see docs/scale.md for the store's tables)", st->path, c[i].column);
            return -1;
        }
        size_t need = *len + strlen(c[i].column) + 4 * c[i].n_values + 128;
        if (need > *cap) {
            char *bigger = realloc(*buf, need * 2);
            if (!bigger) {
                tally_error_set(err, "out of memory");
                return -1;
            }
            *buf = bigger, *cap = need * 2;
        }
        if (c[i].n_values == 0) {
            *len += (size_t)sprintf(*buf + *len, " AND 0");
            continue;
        }
        *len += (size_t)sprintf(*buf + *len,
                                in_doc ? " AND d.\"%s\" IN (" :
                                         " AND EXISTS (SELECT 1 FROM figures c WHERE c.doc = d.id"
                                         " AND c.\"%s\" IN (",
                                c[i].column);
        for (size_t k = 0; k < c[i].n_values; k++)
            *len += (size_t)sprintf(*buf + *len, k ? ",?" : "?");
        *len += (size_t)sprintf(*buf + *len, in_doc ? ")" : "))");
    }
    return 0;
}

static void bind_conditions(sqlite3_stmt *s, const tally_store_cond *c, size_t n)
{
    int p = 1;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < c[i].n_values; k++, p++) {
            const tally_store_value *v = &c[i].values[k];
            if (v->type == 's')
                sqlite3_bind_text(s, p, v->s, (int)v->len, SQLITE_STATIC);
            else if (v->type == 'i')
                sqlite3_bind_int64(s, p, v->i);
            else if (v->type == 'f')
                sqlite3_bind_double(s, p, v->f);
            else
                sqlite3_bind_null(s, p);
        }
}

/* Prepares head + the conditions + tail. */
static sqlite3_stmt *prepare_with(tally_store *st, const char *head, const tally_store_cond *c,
                                  size_t n, const char *tail, tally_error *err)
{
    size_t cap = strlen(head) + strlen(tail) + 256, len = 0;
    char *sql = malloc(cap);
    if (!sql) {
        tally_error_set(err, "out of memory");
        return NULL;
    }
    len = (size_t)sprintf(sql, "%s", head);
    sqlite3_stmt *s = NULL;
    if (conditions_sql(st, c, n, &sql, &len, &cap, err) == 0) {
        if (len + strlen(tail) + 1 > cap) {
            char *bigger = realloc(sql, len + strlen(tail) + 1);
            if (!bigger) {
                free(sql);
                tally_error_set(err, "out of memory");
                return NULL;
            }
            sql = bigger;
        }
        strcpy(sql + len, tail);
        if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
            db_error(st, err, "query");
            s = NULL;
        } else {
            bind_conditions(s, c, n);
        }
    }
    free(sql);
    return s;
}

int tally_store_select(tally_store *st, const tally_store_cond *c, size_t n_cond, int64_t **out,
                       size_t *n_out, tally_error *err)
{
    *out = NULL;
    *n_out = 0;
    sqlite3_stmt *s = prepare_with(st, "SELECT d.id FROM documents d WHERE 1", c, n_cond,
                                   " ORDER BY d.path", err);
    if (!s)
        return -1;
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(s, 0);
        if (*n_out == cap) {
            cap = cap ? cap * 2 : 256;
            int64_t *bigger = realloc(*out, cap * sizeof **out);
            if (!bigger) {
                sqlite3_finalize(s);
                free(*out);
                *out = NULL;
                tally_error_set(err, "out of memory");
                return -1;
            }
            *out = bigger;
        }
        (*out)[(*n_out)++] = id;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        free(*out);
        *out = NULL;
        return db_error(st, err, "query");
    }
    return 0;
}

char *tally_store_doc_path(tally_store *st, int64_t id, tally_error *err)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, "SELECT path FROM documents WHERE id = ?", -1, &s, NULL) != SQLITE_OK) {
        db_error(st, err, "read");
        return NULL;
    }
    sqlite3_bind_int64(s, 1, id);
    char *p = NULL;
    if (sqlite3_step(s) == SQLITE_ROW)
        p = strdup((const char *)sqlite3_column_text(s, 0));
    else
        tally_error_set(err, "%s: no document %lld", st->path, (long long)id);
    sqlite3_finalize(s);
    return p;
}

static char *col_strdup(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? strdup((const char *)t) : NULL;
}

/* The literal a stored script or lang name stands for (the structure keeps
 * static strings there). */
static const char *static_name(sqlite3_stmt *s, int i)
{
    static const char *const names[] = {"Hans", "Hant", "zh", "und"};
    const char *t = (const char *)sqlite3_column_text(s, i);
    for (size_t k = 0; t && k < sizeof names / sizeof *names; k++)
        if (strcmp(t, names[k]) == 0)
            return names[k];
    return NULL;
}

/* A span that lies outside the text marks a damaged row. */
static int span_fits(tally_span sp, size_t len)
{
    return sp.start <= sp.stop && sp.stop <= len;
}

static int damaged(tally_store *st, int64_t id, const char *what, tally_error *err)
{
    tally_error_set(err, "%s: document %lld is damaged (%s lies outside its text); "
                    "index it again into a new store", st->path, (long long)id, what);
    return -1;
}

static tally_span span_of(sqlite3_stmt *s, int i)
{
    tally_span sp;
    sp.start = (size_t)(sqlite3_column_int64(s, i) - 1);
    sp.stop = (size_t)sqlite3_column_int64(s, i + 1);
    return sp;
}

static int load_authors(tally_store *st, const char *json, tally_meta *m, tally_error *err)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, "SELECT value FROM json_each(?)", -1, &s, NULL) != SQLITE_OK)
        return db_error(st, err, "read authors");
    sqlite3_bind_text(s, 1, json ? json : "[]", -1, SQLITE_STATIC);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (m->n_authors == cap) {
            cap = cap ? cap * 2 : 4;
            char **bigger = realloc(m->authors, cap * sizeof *bigger);
            if (!bigger)
                break;
            m->authors = bigger;
        }
        char *a = col_strdup(s, 0);
        if (!a)
            break;
        m->authors[m->n_authors++] = a;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        tally_error_set(err, "%s: reading authors: out of memory", st->path);
        return -1;
    }
    return 0;
}

static void *unpack_alloc(sqlite3_stmt *s, int col, size_t per, size_t size, size_t *n)
{
    size_t bytes = (size_t)sqlite3_column_bytes(s, col);
    *n = bytes / (8 * per);
    return *n ? calloc(*n, size) : NULL;
}

static tally_structure *load_structure(tally_store *st, sqlite3_stmt *s, tally_error *err)
{
    /* columns: 4 title, 5 date, 6 source, 7 authors, 8 region, 9 script,
     * 10 lang, 11 boilerplate, 12 body, 13 turns */
    tally_structure *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->meta.title = col_strdup(s, 4);
    t->meta.date = col_strdup(s, 5);
    t->meta.source = col_strdup(s, 6);
    t->meta.region = col_strdup(s, 8);
    t->meta.script = static_name(s, 9);
    t->meta.lang = static_name(s, 10);
    if (load_authors(st, (const char *)sqlite3_column_text(s, 7), &t->meta, err) < 0) {
        tally_structure_free(t);
        return NULL;
    }
    size_t n;
    t->boilerplate = unpack_alloc(s, 11, 3, sizeof *t->boilerplate, &n);
    const unsigned char *p = sqlite3_column_blob(s, 11);
    for (size_t i = 0; t->boilerplate && i < n; i++) {
        t->boilerplate[i].span.start = (size_t)unpack(p, 3 * i);
        t->boilerplate[i].span.stop = (size_t)unpack(p, 3 * i + 1);
        t->boilerplate[i].kind = (tally_boilerplate_kind)unpack(p, 3 * i + 2);
    }
    t->n_boilerplate = t->boilerplate ? n : 0;
    t->body = unpack_alloc(s, 12, 2, sizeof *t->body, &n);
    p = sqlite3_column_blob(s, 12);
    for (size_t i = 0; t->body && i < n; i++) {
        t->body[i].start = (size_t)unpack(p, 2 * i);
        t->body[i].stop = (size_t)unpack(p, 2 * i + 1);
    }
    t->n_body = t->body ? n : 0;
    t->turns = unpack_alloc(s, 13, 5, sizeof *t->turns, &n);
    p = sqlite3_column_blob(s, 13);
    for (size_t i = 0; t->turns && i < n; i++) {
        t->turns[i].speaker.start = (size_t)unpack(p, 5 * i);
        t->turns[i].speaker.stop = (size_t)unpack(p, 5 * i + 1);
        t->turns[i].text.start = (size_t)unpack(p, 5 * i + 2);
        t->turns[i].text.stop = (size_t)unpack(p, 5 * i + 3);
        t->turns[i].asks = (int)unpack(p, 5 * i + 4);
    }
    t->n_turns = t->turns ? n : 0;
    return t;
}

static tally_status status_from_name(const char *name)
{
    for (int k = TALLY_STATUS_ACTUAL; k <= TALLY_STATUS_PLAN; k++)
        if (name && strcmp(name, tally_status_name((tally_status)k)) == 0)
            return (tally_status)k;
    return TALLY_STATUS_ACTUAL;
}

static tally_region_scope region_scope_from_name(const char *name)
{
    for (int k = TALLY_REGION_DOCUMENT; k <= TALLY_REGION_COUNTRY; k++)
        if (name && strcmp(name, tally_region_scope_name((tally_region_scope)k)) == 0)
            return (tally_region_scope)k;
    return TALLY_REGION_DOCUMENT;
}

static int structure_fits(const tally_structure *t, size_t len)
{
    for (size_t i = 0; i < t->n_boilerplate; i++)
        if (!span_fits(t->boilerplate[i].span, len))
            return 0;
    for (size_t i = 0; i < t->n_body; i++)
        if (!span_fits(t->body[i], len))
            return 0;
    for (size_t i = 0; i < t->n_turns; i++)
        if (!span_fits(t->turns[i].speaker, len) || !span_fits(t->turns[i].text, len))
            return 0;
    return 1;
}

static int load_figures(tally_store *st, int64_t id, tally_doc *doc, tally_error *err)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT start, stop, value, value_max, unit, kind, approx, sentence,"
                           " scope_start, scope_stop, subject_start, subject_stop, period_start,"
                           " period_stop, subject_key, period_key, status, region_scope,"
                           " region_start, region_stop FROM figures WHERE doc = ? ORDER BY seq",
                           -1, &s, NULL) != SQLITE_OK)
        return db_error(st, err, "read figures");
    sqlite3_bind_int64(s, 1, id);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (doc->n_figures == cap) {
            cap = cap ? cap * 2 : 64;
            tally_figure *bigger = realloc(doc->figures, cap * sizeof *bigger);
            if (!bigger)
                break;
            doc->figures = bigger;
        }
        tally_figure *f = &doc->figures[doc->n_figures++];
        memset(f, 0, sizeof *f);
        f->span = span_of(s, 0);
        f->value = sqlite3_column_double(s, 2);
        f->has_max = sqlite3_column_type(s, 3) != SQLITE_NULL;
        f->value_max = f->has_max ? sqlite3_column_double(s, 3) : 0;
        const char *unit = (const char *)sqlite3_column_text(s, 4);
        snprintf(f->unit, sizeof f->unit, "%s", unit ? unit : "");
        const char *kind = (const char *)sqlite3_column_text(s, 5);
        int k = kind ? tally_figure_kind_from_name(kind) : -1;
        f->kind = k < 0 ? TALLY_FIG_QUANTITY : (tally_figure_kind)k;
        const char *approx = (const char *)sqlite3_column_text(s, 6);
        int a = approx ? tally_approx_from_name(approx) : -1;
        f->approx = a < 0 ? TALLY_APPROX_NONE : (tally_approx)a;
        f->sentence = (size_t)(sqlite3_column_int64(s, 7) - 1);
        f->scope = span_of(s, 8);
        f->subject = span_of(s, 10);
        f->period = span_of(s, 12);
        const char *key = (const char *)sqlite3_column_text(s, 14);
        snprintf(f->subject_key, sizeof f->subject_key, "%s", key ? key : "");
        key = (const char *)sqlite3_column_text(s, 15);
        snprintf(f->period_key, sizeof f->period_key, "%s", key ? key : "");
        f->status = status_from_name((const char *)sqlite3_column_text(s, 16));
        f->region_scope = region_scope_from_name((const char *)sqlite3_column_text(s, 17));
        f->region = span_of(s, 18);
        if (!span_fits(f->span, doc->len) || !span_fits(f->scope, doc->len) ||
            !span_fits(f->subject, doc->len) || !span_fits(f->period, doc->len) ||
            !span_fits(f->region, doc->len)) {
            sqlite3_finalize(s);
            return damaged(st, id, "a figure", err);
        }
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        tally_error_set(err, "%s: reading figures: %s", st->path,
                        rc == SQLITE_ROW ? "out of memory" : sqlite3_errmsg(st->db));
        return -1;
    }
    doc->figures_found = 1;
    return 0;
}

static tally_list_style style_from_name(const char *name)
{
    for (int k = TALLY_LIST_SHI; k <= TALLY_LIST_TOPIC; k++)
        if (name && strcmp(name, tally_list_style_name((tally_list_style)k)) == 0)
            return (tally_list_style)k;
    return TALLY_LIST_SECTION;
}

static int load_measures(tally_store *st, int64_t id, tally_doc *doc, tally_error *err)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT start, stop, marker_start, marker_stop, headline_start,"
                           " headline_stop, intro_start, intro_stop, ordinal, list, level,"
                           " parent, declared, style FROM measures WHERE doc = ? ORDER BY seq",
                           -1, &s, NULL) != SQLITE_OK)
        return db_error(st, err, "read measures");
    sqlite3_bind_int64(s, 1, id);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (doc->n_measures == cap) {
            cap = cap ? cap * 2 : 32;
            tally_measure *bigger = realloc(doc->measures, cap * sizeof *bigger);
            if (!bigger)
                break;
            doc->measures = bigger;
        }
        tally_measure *m = &doc->measures[doc->n_measures++];
        memset(m, 0, sizeof *m);
        m->text = span_of(s, 0);
        m->marker = span_of(s, 2);
        m->headline = span_of(s, 4);
        m->intro = span_of(s, 6);
        m->ordinal = sqlite3_column_int(s, 8);
        m->list = sqlite3_column_int(s, 9);
        m->level = sqlite3_column_int(s, 10);
        m->parent = (size_t)sqlite3_column_int64(s, 11);
        m->declared = sqlite3_column_int(s, 12);
        m->style = style_from_name((const char *)sqlite3_column_text(s, 13));
        if (!span_fits(m->text, doc->len) || !span_fits(m->marker, doc->len) ||
            !span_fits(m->headline, doc->len) || !span_fits(m->intro, doc->len) ||
            m->parent > doc->n_measures) {
            sqlite3_finalize(s);
            return damaged(st, id, "a measure", err);
        }
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        tally_error_set(err, "%s: reading measures: %s", st->path,
                        rc == SQLITE_ROW ? "out of memory" : sqlite3_errmsg(st->db));
        return -1;
    }
    doc->measures_found = 1;
    return 0;
}

tally_doc *tally_store_load(tally_store *st, int64_t id, tally_error *err)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT name, path, encoding, text, title, date, source, authors,"
                           " region, script, lang, boilerplate, body, turns FROM documents"
                           " WHERE id = ?", -1, &s, NULL) != SQLITE_OK) {
        db_error(st, err, "read");
        return NULL;
    }
    sqlite3_bind_int64(s, 1, id);
    tally_doc *doc = NULL;
    if (sqlite3_step(s) != SQLITE_ROW) {
        tally_error_set(err, "%s: no document %lld", st->path, (long long)id);
        goto done;
    }
    doc = calloc(1, sizeof *doc);
    if (!doc)
        goto nomem;
    size_t len = (size_t)sqlite3_column_bytes(s, 3);
    const char *text = (const char *)sqlite3_column_text(s, 3);
    doc->name = col_strdup(s, 0);
    doc->path = col_strdup(s, 1);
    doc->text = malloc(len + 1);
    if (!doc->name || !doc->path || !doc->text)
        goto nomem;
    memcpy(doc->text, text ? text : "", len);
    doc->text[len] = '\0';
    doc->len = len;
    snprintf(doc->encoding, sizeof doc->encoding, "%s",
             sqlite3_column_text(s, 2) ? (const char *)sqlite3_column_text(s, 2) : "");
    doc->structure = load_structure(st, s, err);
    if (!doc->structure) {
        if (!err->msg[0])
            goto nomem;
        tally_doc_free(doc);
        doc = NULL;
        goto done;
    }
    if (!structure_fits(doc->structure, len)) {
        damaged(st, id, "a part of its structure", err);
        tally_doc_free(doc);
        doc = NULL;
        goto done;
    }
    if (load_figures(st, id, doc, err) < 0 || load_measures(st, id, doc, err) < 0) {
        tally_doc_free(doc);
        doc = NULL;
    }
    goto done;
nomem:
    tally_doc_free(doc);
    doc = NULL;
    tally_error_set(err, "%s: out of memory loading document %lld", st->path, (long long)id);
done:
    sqlite3_finalize(s);
    return doc;
}

char *tally_store_warnings(tally_store *st, int64_t id, tally_error *err)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, "SELECT message FROM warnings WHERE doc = ? ORDER BY seq", -1,
                           &s, NULL) != SQLITE_OK) {
        db_error(st, err, "read warnings");
        return NULL;
    }
    sqlite3_bind_int64(s, 1, id);
    char *out = NULL;
    size_t len = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        size_t n = (size_t)sqlite3_column_bytes(s, 0);
        char *bigger = realloc(out, len + n + 2);
        if (!bigger) {
            free(out);
            out = NULL;
            break;
        }
        out = bigger;
        memcpy(out + len, sqlite3_column_text(s, 0), n);
        len += n;
        out[len++] = '\n';
        out[len] = '\0';
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        free(out);
        db_error(st, err, "read warnings");
        return NULL;
    }
    if (!out)
        out = calloc(1, 1);
    return out;
}
