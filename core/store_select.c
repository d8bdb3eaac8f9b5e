/* Narrowing a store's documents (tally/store.h), what c:where does: each
 * condition is a column of the documents, or of the figures (then the
 * documents having such a figure), equal to one of its values; the query
 * runs before any text is read. */
#include "store_private.h"

#include <stdlib.h>
#include <string.h>

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

/* Appends the terms of the conditions to sql, each " AND ...", d being the
 * documents table's alias; the values are parameters, in order. */
static int append_conditions(tally_store *st, sqlite3_str *sql, const tally_store_cond *c, size_t n,
                             tally_error *err)
{
    for (size_t i = 0; i < n; i++) {
        int in_doc = has_column(st, "documents", c[i].column);
        if (!in_doc && !has_column(st, "figures", c[i].column)) {
            tally_error_set(err, "%s: no column '%s' among the documents' or the figures' "
                            "(see docs/scale.md for the store's tables)", st->path, c[i].column);
            return -1;
        }
        if (c[i].n_values == 0) {
            sqlite3_str_appendall(sql, " AND 0");
            continue;
        }
        sqlite3_str_appendf(sql,
                            in_doc ? " AND d.\"%w\" IN (" :
                                     " AND EXISTS (SELECT 1 FROM figures c WHERE c.doc = d.id"
                                     " AND c.\"%w\" IN (",
                            c[i].column);
        for (size_t k = 0; k < c[i].n_values; k++)
            sqlite3_str_appendall(sql, k ? ",?" : "?");
        sqlite3_str_appendall(sql, in_doc ? ")" : "))");
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

/* The query of the documents meeting the conditions, in path order, its
 * values bound; NULL with err. */
static sqlite3_stmt *prepare_select(tally_store *st, const tally_store_cond *c, size_t n,
                                    tally_error *err)
{
    sqlite3_str *sql = sqlite3_str_new(st->db);
    sqlite3_str_appendall(sql, "SELECT d.id FROM documents d WHERE 1");
    int rc = append_conditions(st, sql, c, n, err);
    sqlite3_str_appendall(sql, " ORDER BY d.path");
    char *text = sqlite3_str_finish(sql);
    sqlite3_stmt *s = NULL;
    if (rc == 0 && !text)
        tally_error_set(err, "%s: out of memory", st->path);
    else if (rc == 0 && sqlite3_prepare_v2(st->db, text, -1, &s, NULL) != SQLITE_OK)
        store_db_error(st, err, "query");
    else if (s)
        bind_conditions(s, c, n);
    sqlite3_free(text);
    return s;
}

int tally_store_select(tally_store *st, const tally_store_cond *c, size_t n_cond, int64_t **out,
                       size_t *n_out, tally_error *err)
{
    *out = NULL;
    *n_out = 0;
    sqlite3_stmt *s = prepare_select(st, c, n_cond, err);
    if (!s)
        return -1;
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        int64_t *ids = store_grow(*out, &cap, *n_out, sizeof *ids, 256);
        if (!ids)
            break;
        *out = ids;
        (*out)[(*n_out)++] = sqlite3_column_int64(s, 0);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        free(*out);
        *out = NULL;
        *n_out = 0;
        if (rc == SQLITE_ROW)
            tally_error_set(err, "out of memory");
        else
            store_db_error(st, err, "query");
        return -1;
    }
    return 0;
}
