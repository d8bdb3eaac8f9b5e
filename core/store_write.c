/* Writing the store (tally/store.h): an analysed document with its figures,
 * measures, dates and warnings replaces what was stored under its path, in
 * the transaction the caller opened (tally index commits a batch at a
 * time, so an interrupted run leaves every document it committed whole);
 * a file that failed is recorded; --prune drops what is no longer among
 * the inputs. */
#include "store_private.h"
#include "tally/doc_records.h"
#include "tally/measures.h"

#include <stdlib.h>
#include <string.h>

int tally_store_begin(tally_store *st, tally_error *err)
{
    if (!sqlite3_get_autocommit(st->db))
        return 0; /* already in one */
    return store_exec(st, "BEGIN IMMEDIATE", err);
}

int tally_store_commit(tally_store *st, tally_error *err)
{
    if (sqlite3_get_autocommit(st->db))
        return 0; /* none open */
    return store_exec(st, "COMMIT", err);
}

/* The id of the document stored under path, 0 when none, -1 on error. With
 * hash and current given, *current says whether it is up to date. */
static int64_t find_doc(tally_store *st, const char *path, const char *hash, int *current,
                        tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_FIND_DOC, err);
    if (!s)
        return -1;
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
        id = store_db_error(st, err, "read");
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

/* Drops what is stored under path, the document (its rows go with it, by
 * the schema's trigger) or the failure recorded. */
static int drop_path(tally_store *st, const char *path, tally_error *err)
{
    int64_t old = find_doc(st, path, NULL, NULL, err);
    if (old < 0)
        return -1;
    sqlite3_stmt *s;
    if (old > 0) {
        if (!(s = store_statement(st, STMT_DROP_DOC, err)))
            return -1;
        sqlite3_bind_int64(s, 1, old);
        if (store_step_done(st, s, err) < 0)
            return -1;
    }
    if (!(s = store_statement(st, STMT_DROP_FAILURE, err)))
        return -1;
    sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
    return store_step_done(st, s, err);
}

static void bind_opt_text(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

/* Binds the text of span sp of text; an empty span binds NULL when
 * empty_is_null (the record then has no such field), else "". */
static void bind_span_text(sqlite3_stmt *s, int i, const char *text, tally_span sp, int empty_is_null)
{
    if (sp.stop > sp.start)
        sqlite3_bind_text(s, i, text + sp.start, (int)(sp.stop - sp.start), SQLITE_STATIC);
    else if (empty_is_null)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, "", 0, SQLITE_STATIC);
}

/* Binds the spans as (start, stop) pairs from parameter first on, starts
 * 1-based as the records give them. */
static void bind_spans(sqlite3_stmt *s, int first, const tally_span *const *spans, int n)
{
    for (int k = 0; k < n; k++) {
        sqlite3_bind_int64(s, first + 2 * k, (int64_t)spans[k]->start + 1);
        sqlite3_bind_int64(s, first + 2 * k + 1, (int64_t)spans[k]->stop);
    }
}

/* Binds the figure's region as doc:figures() gives it (tally_figure_values,
 * tally/doc_records.h): the one named in the clause (the document's full
 * name when it is the document's own, 深圳 in a report of 深圳市), else the
 * document's, none for the country. */
static void bind_figure_region(sqlite3_stmt *s, int i, const tally_doc *doc, const tally_figure *f,
                               const char *doc_region)
{
    tally_value v[TALLY_FF_COUNT];
    tally_figure_values(doc->text, f, doc_region, v);
    if (v[TALLY_FF_REGION].type == TALLY_VALUE_STRING)
        sqlite3_bind_text(s, i, v[TALLY_FF_REGION].s, (int)v[TALLY_FF_REGION].len, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

static int put_figures(tally_store *st, int64_t id, const tally_doc *doc, const char *doc_region,
                       tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_PUT_FIGURE, err);
    if (!s)
        return -1;
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
        const tally_span *spans[] = {&f->span, &f->scope, &f->subject, &f->period};
        bind_spans(s, 13, spans, 4);
        bind_opt_text(s, 21, f->subject_key[0] ? f->subject_key : NULL);
        bind_opt_text(s, 22, f->period_key[0] ? f->period_key : NULL);
        bind_opt_text(s, 23, tally_status_name(f->status));
        bind_figure_region(s, 24, doc, f, doc_region);
        bind_opt_text(s, 25, tally_region_scope_name(f->region_scope));
        const tally_span *region[] = {&f->region};
        bind_spans(s, 26, region, 1);
        if (store_step_done(st, s, err) < 0)
            return -1;
    }
    return 0;
}

static int put_measures(tally_store *st, int64_t id, const tally_doc *doc, tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_PUT_MEASURE, err);
    if (!s)
        return -1;
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
        const tally_span *spans[] = {&m->text, &m->marker, &m->headline, &m->intro};
        bind_spans(s, 12, spans, 4);
        if (store_step_done(st, s, err) < 0)
            return -1;
    }
    return 0;
}

static int put_dates(tally_store *st, int64_t id, const tally_doc *doc, const tally_date *d,
                     size_t n, tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_PUT_DATE, err);
    if (!s)
        return -1;
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int64(s, 2, (int64_t)i + 1);
        bind_span_text(s, 3, doc->text, d[i].span, 0);
        const tally_span *spans[] = {&d[i].span};
        bind_spans(s, 4, spans, 1);
        bind_opt_text(s, 6, tally_date_kind_name(d[i].kind));
        bind_opt_text(s, 7, d[i].value[0] ? d[i].value : NULL);
        bind_opt_text(s, 8, d[i].value_max[0] ? d[i].value_max : NULL);
        sqlite3_bind_int(s, 9, d[i].is_period != 0);
        if (store_step_done(st, s, err) < 0)
            return -1;
    }
    return 0;
}

/* The warnings are lines; each non-empty one is a row. */
static int put_warnings(tally_store *st, int64_t id, const char *warnings, tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_PUT_WARNING, err);
    if (!s)
        return -1;
    int64_t seq = 0;
    for (const char *p = warnings; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len) {
            sqlite3_bind_int64(s, 1, id);
            sqlite3_bind_int64(s, 2, ++seq);
            sqlite3_bind_text(s, 3, p, (int)len, SQLITE_STATIC);
            if (store_step_done(st, s, err) < 0)
                return -1;
        }
        p += len + (nl != NULL);
    }
    return 0;
}

/* The documents row: file, meta, counts, structure and text. */
static int put_document(tally_store *st, const char *path, const tally_doc *doc, const char *hash,
                        int64_t size, size_t n_dates, tally_error *err)
{
    const tally_structure *t = doc->structure;
    sqlite3_stmt *s = store_statement(st, STMT_PUT_DOC, err);
    if (!s)
        return -1;
    char *authors = store_authors_json(st, &t->meta, err);
    if (!authors)
        return -1;
    store_blob blobs[N_STORE_BLOBS] = {{0}};
    if (store_pack_structure(t, blobs) < 0) {
        sqlite3_free(authors);
        store_blobs_free(blobs);
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
    for (int j = 0; j < N_STORE_BLOBS; j++)
        sqlite3_bind_blob(s, 18 + j, blobs[j].p ? (const void *)blobs[j].p : "", (int)blobs[j].n,
                          SQLITE_STATIC);
    sqlite3_bind_text(s, 21, doc->text, (int)doc->len, SQLITE_STATIC);
    int rc = store_step_done(st, s, err);
    sqlite3_free(authors);
    store_blobs_free(blobs);
    return rc;
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
    if (drop_path(st, path, err) < 0 || put_document(st, path, doc, hash, size, n_dates, err) < 0)
        return -1;
    int64_t id = sqlite3_last_insert_rowid(st->db);
    if (put_figures(st, id, doc, t->meta.region, err) < 0 || put_measures(st, id, doc, err) < 0 ||
        put_dates(st, id, doc, dates, n_dates, err) < 0 || put_warnings(st, id, warnings, err) < 0)
        return -1;
    return 0;
}

int tally_store_put_failure(tally_store *st, const char *path, const char *message,
                            tally_error *err)
{
    sqlite3_stmt *s;
    if (drop_path(st, path, err) < 0 || !(s = store_statement(st, STMT_PUT_FAILURE, err)))
        return -1;
    sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, message, -1, SQLITE_STATIC);
    return store_step_done(st, s, err);
}

int tally_store_prune(tally_store *st, const char *const *paths, size_t n, long *dropped,
                      tally_error *err)
{
    *dropped = 0;
    if (store_exec(st, "CREATE TEMP TABLE IF NOT EXISTS keep(path TEXT PRIMARY KEY);"
                       " DELETE FROM keep;", err) < 0)
        return -1;
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, "INSERT OR IGNORE INTO keep(path) VALUES (?)", -1, &s, NULL) !=
        SQLITE_OK)
        return store_db_error(st, err, "prune");
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        sqlite3_bind_text(s, 1, paths[i], -1, SQLITE_STATIC);
        rc = store_step_done(st, s, err);
    }
    sqlite3_finalize(s);
    if (rc < 0 || store_exec(st, "DELETE FROM documents WHERE path NOT IN (SELECT path FROM keep)",
                             err) < 0)
        return -1;
    *dropped = (long)sqlite3_changes(st->db); /* the documents; their rows went with them */
    return store_exec(st, "DELETE FROM failures WHERE path NOT IN (SELECT path FROM keep);"
                          " DELETE FROM keep;", err);
}
