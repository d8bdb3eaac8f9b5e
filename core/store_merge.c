/* Merging shard stores (tally/store.h), the reduce step of docs/scale.md:
 * the shard is attached to the store's connection and copied over in a few
 * statements, in one transaction. A document the store holds with the same
 * content hash and analysis is kept once; one it lacks or holds otherwise is
 * copied with its rows. */
#include "store_private.h"

#include <stdio.h>
#include <string.h>

/* The tables holding rows of a document, each keyed by (doc, seq). */
static const char *const row_tables[] = {"figures", "measures", "dates", "warnings"};
#define N_ROW_TABLES (sizeof row_tables / sizeof *row_tables)

/* The columns of main.table but skip, quoted, as "a", "b", ... and (with
 * prefix) as p."a", p."b", ...: both sqlite3_malloc'd, in the same order.
 * -1 with err. */
static int column_lists(tally_store *st, const char *table, const char *skip, const char *prefix,
                        char **bare, char **prefixed, tally_error *err)
{
    *bare = *prefixed = NULL;
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT group_concat('\"' || name || '\"', ', '),"
                           " group_concat(?3 || '.\"' || name || '\"', ', ')"
                           " FROM pragma_table_info(?1, 'main') WHERE name <> ?2",
                           -1, &s, NULL) != SQLITE_OK)
        return store_db_error(st, err, "merge");
    sqlite3_bind_text(s, 1, table, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, skip, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, prefix, -1, SQLITE_STATIC);
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)) {
        *bare = sqlite3_mprintf("%s", (const char *)sqlite3_column_text(s, 0));
        *prefixed = sqlite3_mprintf("%s", (const char *)sqlite3_column_text(s, 1));
    }
    sqlite3_finalize(s);
    if (!*bare || !*prefixed) {
        sqlite3_free(*bare);
        sqlite3_free(*prefixed);
        *bare = *prefixed = NULL;
        tally_error_set(err, "%s: merge: no columns in %s", st->path, table);
        return -1;
    }
    return 0;
}

/* Runs the SQL of sqlite3_mprintf (freed here; NULL when memory ran out). */
static int exec_owned(tally_store *st, char *sql, tally_error *err)
{
    if (!sql) {
        tally_error_set(err, "%s: out of memory", st->path);
        return -1;
    }
    int rc = store_exec(st, sql, err);
    sqlite3_free(sql);
    return rc;
}

/* A number the SQL gives (a count). */
static long count_of(tally_store *st, const char *sql)
{
    sqlite3_stmt *s;
    long n = 0;
    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        n = (long)sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

/* Copies the attached shard into main, inside the open transaction. */
static int copy_shard(tally_store *st, long *added, long *kept, tally_error *err)
{
    /* which of the shard's documents to copy: those main lacks or holds
     * with another content hash or analysis */
    if (store_exec(st, "CREATE TEMP TABLE merging(sid INTEGER PRIMARY KEY, path TEXT NOT NULL);"
                       " INSERT INTO temp.merging SELECT s.id, s.path FROM shard.documents s"
                       " LEFT JOIN main.documents m ON m.path = s.path"
                       " WHERE m.id IS NULL OR m.hash IS NOT s.hash"
                       " OR m.analysis IS NOT s.analysis;"
                       /* what main held under those paths goes, rows and all */
                       " DELETE FROM main.documents WHERE path IN (SELECT path FROM temp.merging);"
                       " DELETE FROM main.failures WHERE path IN (SELECT path FROM temp.merging);",
                   err) < 0)
        return -1;
    *kept += count_of(st, "SELECT count(*) FROM shard.documents") -
             count_of(st, "SELECT count(*) FROM temp.merging");
    char *cols, *shard_cols;
    if (column_lists(st, "documents", "id", "s", &cols, &shard_cols, err) < 0)
        return -1;
    /* in path order, as tally index writes them */
    int rc = exec_owned(st, sqlite3_mprintf("INSERT INTO main.documents(%s) SELECT %s"
                                            " FROM shard.documents s JOIN temp.merging g"
                                            " ON g.sid = s.id ORDER BY s.path",
                                            cols, shard_cols), err);
    sqlite3_free(cols);
    sqlite3_free(shard_cols);
    if (rc < 0)
        return -1;
    *added += (long)sqlite3_changes(st->db);
    for (size_t i = 0; i < N_ROW_TABLES; i++) {
        if (column_lists(st, row_tables[i], "doc", "r", &cols, &shard_cols, err) < 0)
            return -1;
        rc = exec_owned(st, sqlite3_mprintf("INSERT INTO main.\"%w\"(doc, %s) SELECT m.id, %s"
                                            " FROM shard.\"%w\" r JOIN temp.merging g ON g.sid = r.doc"
                                            " JOIN main.documents m ON m.path = g.path",
                                            row_tables[i], cols, shard_cols, row_tables[i]), err);
        sqlite3_free(cols);
        sqlite3_free(shard_cols);
        if (rc < 0)
            return -1;
    }
    /* a shard's failures are kept unless the document is stored now */
    return store_exec(st, "INSERT OR REPLACE INTO main.failures SELECT * FROM shard.failures"
                          " WHERE path NOT IN (SELECT path FROM main.documents);"
                          " DROP TABLE temp.merging;", err);
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
    if (tally_store_commit(st, err) < 0)
        return -1;
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "ATTACH DATABASE ? AS shard", -1, &s, NULL) != SQLITE_OK)
        return store_db_error(st, err, "attach");
    sqlite3_bind_text(s, 1, shard_path, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        tally_error_set(err, "%s: cannot read it: %s", shard_path, sqlite3_errmsg(st->db));
        return -1;
    }
    long add = 0, keep = 0;
    int status = tally_store_begin(st, err);
    if (status == 0 && copy_shard(st, &add, &keep, err) < 0) {
        /* "STORE: merging SHARD: why", SQLite's message without the store's name */
        char why[sizeof err->msg];
        size_t skip = strlen(st->path);
        skip = strncmp(err->msg, st->path, skip) == 0 && strncmp(err->msg + skip, ": ", 2) == 0
                   ? skip + 2 : 0;
        snprintf(why, sizeof why, "%s", err->msg + skip);
        tally_error_set(err, "%s: merging %s: %s", st->path, shard_path, why);
        status = -1;
    }
    if (status == 0) {
        status = tally_store_commit(st, err);
    } else if (!sqlite3_get_autocommit(st->db)) {
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    }
    if (status == 0)
        *added += add, *kept += keep;
    sqlite3_exec(st->db, "DROP TABLE IF EXISTS temp.merging", NULL, NULL, NULL);
    sqlite3_exec(st->db, "DETACH DATABASE shard", NULL, NULL, NULL);
    return status;
}
