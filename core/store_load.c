/* Loading a document from the store (tally/store.h) as the analysis left
 * it: text, meta and structure, figures and measures, rebuilt from their
 * rows, nothing analysed again; and its decoding warnings. A span lying
 * outside the text marks a damaged row, refused by name. */
#include "store_private.h"
#include "tally/measures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The column positions of STMT_LOAD_DOC (store_schema.c). */
enum {
    DOC_NAME, DOC_PATH, DOC_ENCODING, DOC_TEXT, DOC_TITLE, DOC_DATE, DOC_SOURCE, DOC_AUTHORS,
    DOC_REGION, DOC_SCRIPT, DOC_LANG, DOC_BOILERPLATE /* then body, turns */
};

char *tally_store_doc_path(tally_store *st, int64_t id, tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_DOC_PATH, err);
    if (!s)
        return NULL;
    sqlite3_bind_int64(s, 1, id);
    char *p = NULL;
    if (sqlite3_step(s) == SQLITE_ROW)
        p = strdup((const char *)sqlite3_column_text(s, 0));
    else
        tally_error_set(err, "%s: no document %lld", st->path, (long long)id);
    sqlite3_reset(s);
    return p;
}

static char *col_strdup(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? strdup((const char *)t) : NULL;
}

/* Copies column i's text into the fixed field out of size bytes ("" for NULL). */
static void col_copy(sqlite3_stmt *s, int i, char *out, size_t size)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    snprintf(out, size, "%s", t ? (const char *)t : "");
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

static int span_fits(tally_span sp, size_t len)
{
    return sp.start <= sp.stop && sp.stop <= len;
}

/* The span stored as (start, stop) in columns i, i + 1, start 1-based. */
static tally_span span_of(sqlite3_stmt *s, int i)
{
    tally_span sp;
    sp.start = (size_t)(sqlite3_column_int64(s, i) - 1);
    sp.stop = (size_t)sqlite3_column_int64(s, i + 1);
    return sp;
}

/* The structure from the document's row; NULL with err. */
static tally_structure *load_structure(tally_store *st, sqlite3_stmt *s, tally_error *err)
{
    tally_structure *t = calloc(1, sizeof *t);
    if (!t) {
        tally_error_set(err, "%s: out of memory", st->path);
        return NULL;
    }
    t->meta.title = col_strdup(s, DOC_TITLE);
    t->meta.date = col_strdup(s, DOC_DATE);
    t->meta.source = col_strdup(s, DOC_SOURCE);
    t->meta.region = col_strdup(s, DOC_REGION);
    t->meta.script = static_name(s, DOC_SCRIPT);
    t->meta.lang = static_name(s, DOC_LANG);
    if (store_load_authors(st, (const char *)sqlite3_column_text(s, DOC_AUTHORS), &t->meta, err) < 0) {
        tally_structure_free(t);
        return NULL;
    }
    if (store_unpack_structure(s, DOC_BOILERPLATE, t) < 0) {
        tally_structure_free(t);
        tally_error_set(err, "%s: out of memory", st->path);
        return NULL;
    }
    return t;
}

/* The value of the enum whose name() is name, among first..last; dflt when
 * none is. */
#define FROM_NAME(type, name_of, first, last, dflt)                                    \
    static type type##_from_name(const char *name)                                     \
    {                                                                                  \
        for (int k = (first); k <= (last); k++)                                        \
            if (name && strcmp(name, name_of((type)k)) == 0)                           \
                return (type)k;                                                        \
        return (dflt);                                                                 \
    }
FROM_NAME(tally_status, tally_status_name, TALLY_STATUS_ACTUAL, TALLY_STATUS_PLAN, TALLY_STATUS_ACTUAL)
FROM_NAME(tally_region_scope, tally_region_scope_name, TALLY_REGION_DOCUMENT, TALLY_REGION_COUNTRY,
          TALLY_REGION_DOCUMENT)
FROM_NAME(tally_list_style, tally_list_style_name, TALLY_LIST_SHI, TALLY_LIST_TOPIC, TALLY_LIST_SECTION)

/* The error after a loop over rows ended with rc. */
static int rows_failed(tally_store *st, int rc, const char *what, tally_error *err)
{
    tally_error_set(err, "%s: reading %s: %s", st->path, what,
                    rc == SQLITE_ROW ? "out of memory" : sqlite3_errmsg(st->db));
    return -1;
}

/* Fills a record from the row s is on; 0 when it does not fit the text of
 * len bytes (n records read so far, this one included). */
typedef int (*read_row)(sqlite3_stmt *s, void *record, size_t len, size_t n);

static int read_figure(sqlite3_stmt *s, void *record, size_t len, size_t n)
{
    (void)n;
    tally_figure *f = record;
    memset(f, 0, sizeof *f);
    f->span = span_of(s, 0);
    f->value = sqlite3_column_double(s, 2);
    f->has_max = sqlite3_column_type(s, 3) != SQLITE_NULL;
    f->value_max = f->has_max ? sqlite3_column_double(s, 3) : 0;
    col_copy(s, 4, f->unit, sizeof f->unit);
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
    col_copy(s, 14, f->subject_key, sizeof f->subject_key);
    col_copy(s, 15, f->period_key, sizeof f->period_key);
    f->status = tally_status_from_name((const char *)sqlite3_column_text(s, 16));
    f->region_scope = tally_region_scope_from_name((const char *)sqlite3_column_text(s, 17));
    f->region = span_of(s, 18);
    return span_fits(f->span, len) && span_fits(f->scope, len) && span_fits(f->subject, len) &&
           span_fits(f->period, len) && span_fits(f->region, len);
}

/* A measure's parent comes before it. */
static int read_measure(sqlite3_stmt *s, void *record, size_t len, size_t n)
{
    tally_measure *m = record;
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
    m->style = tally_list_style_from_name((const char *)sqlite3_column_text(s, 13));
    return span_fits(m->text, len) && span_fits(m->marker, len) && span_fits(m->headline, len) &&
           span_fits(m->intro, len) && m->parent <= n;
}

/* A document's rows of one table (the statement which, what naming them in
 * errors) into the array *v of *n records of size bytes. */
static int load_rows(tally_store *st, int64_t id, const tally_doc *doc, store_stmt which,
                     const char *what, read_row read, void **v, size_t *n, size_t size,
                     tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, which, err);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        char *bigger = store_grow(*v, &cap, *n, size, 32);
        if (!bigger)
            break;
        *v = bigger;
        ++*n;
        if (!read(s, bigger + (*n - 1) * size, doc->len, *n)) {
            sqlite3_reset(s);
            tally_error_set(err, "%s: document %lld is damaged (a row of %s lies outside its "
                            "text); index it again into a new store", st->path, (long long)id, what);
            return -1;
        }
    }
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : rows_failed(st, rc, what, err);
}

static int load_figures(tally_store *st, int64_t id, tally_doc *doc, tally_error *err)
{
    void *v = doc->figures;
    int rc = load_rows(st, id, doc, STMT_LOAD_FIGURES, "figures", read_figure, &v,
                       &doc->n_figures, sizeof *doc->figures, err);
    doc->figures = v;
    doc->figures_found = rc == 0;
    return rc;
}

static int load_measures(tally_store *st, int64_t id, tally_doc *doc, tally_error *err)
{
    void *v = doc->measures;
    int rc = load_rows(st, id, doc, STMT_LOAD_MEASURES, "measures", read_measure, &v,
                       &doc->n_measures, sizeof *doc->measures, err);
    doc->measures = v;
    doc->measures_found = rc == 0;
    return rc;
}

/* The document of the row s is on, without its figures and measures; NULL
 * with err. */
static tally_doc *load_document(tally_store *st, int64_t id, sqlite3_stmt *s, tally_error *err)
{
    tally_doc *doc = calloc(1, sizeof *doc);
    const char *text = (const char *)sqlite3_column_text(s, DOC_TEXT);
    size_t len = (size_t)sqlite3_column_bytes(s, DOC_TEXT);
    if (doc) {
        doc->name = col_strdup(s, DOC_NAME);
        doc->path = col_strdup(s, DOC_PATH);
        doc->text = malloc(len + 1);
    }
    if (!doc || !doc->name || !doc->path || !doc->text) {
        tally_doc_free(doc);
        tally_error_set(err, "%s: out of memory loading document %lld", st->path, (long long)id);
        return NULL;
    }
    memcpy(doc->text, text ? text : "", len);
    doc->text[len] = '\0';
    doc->len = len;
    col_copy(s, DOC_ENCODING, doc->encoding, sizeof doc->encoding);
    doc->structure = load_structure(st, s, err);
    if (!doc->structure) {
        tally_doc_free(doc);
        return NULL;
    }
    if (!store_structure_fits(doc->structure, len)) {
        tally_error_set(err, "%s: document %lld is damaged (a part of its structure lies "
                        "outside its text); index it again into a new store", st->path,
                        (long long)id);
        tally_doc_free(doc);
        return NULL;
    }
    return doc;
}

tally_doc *tally_store_load(tally_store *st, int64_t id, tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_LOAD_DOC, err);
    if (!s)
        return NULL;
    sqlite3_bind_int64(s, 1, id);
    tally_doc *doc = NULL;
    if (sqlite3_step(s) != SQLITE_ROW)
        tally_error_set(err, "%s: no document %lld", st->path, (long long)id);
    else
        doc = load_document(st, id, s, err);
    sqlite3_reset(s);
    if (doc && (load_figures(st, id, doc, err) < 0 || load_measures(st, id, doc, err) < 0)) {
        tally_doc_free(doc);
        doc = NULL;
    }
    return doc;
}

char *tally_store_warnings(tally_store *st, int64_t id, tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_LOAD_WARNINGS, err);
    if (!s)
        return NULL;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_str *out = sqlite3_str_new(st->db);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        sqlite3_str_append(out, (const char *)sqlite3_column_text(s, 0), sqlite3_column_bytes(s, 0));
        sqlite3_str_appendchar(out, 1, '\n');
    }
    sqlite3_reset(s);
    int failed = sqlite3_str_errcode(out) != SQLITE_OK;
    char *lines = sqlite3_str_finish(out);
    if (rc != SQLITE_DONE || failed) {
        sqlite3_free(lines);
        rows_failed(st, failed ? SQLITE_ROW : rc, "warnings", err);
        return NULL;
    }
    /* the caller frees with free(), as the other strings of tally/store.h */
    char *copy = strdup(lines ? lines : "");
    sqlite3_free(lines);
    if (!copy)
        tally_error_set(err, "%s: out of memory", st->path);
    return copy;
}
