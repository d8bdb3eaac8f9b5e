/* A document's structure in its documents row (store_private.h): the span
 * lists (boilerplate, body, turns) packed into blobs, and the authors as a
 * JSON array, written by store_write.c and read back by store_load.c. */
#include "store_private.h"

#include <stdlib.h>
#include <string.h>

/* The 64-bit integers each entry of a list takes. */
#define BOILERPLATE_WORDS 3 /* start, stop, kind */
#define BODY_WORDS 2        /* start, stop */
#define TURN_WORDS 5        /* speaker start, stop, text start, stop, asks */

static void pack(store_blob *b, uint64_t v)
{
    if (b->n + 8 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        unsigned char *p = realloc(b->p, cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->p = p, b->cap = cap;
    }
    for (int i = 0; i < 8; i++)
        b->p[b->n++] = (unsigned char)(v >> (8 * i));
}

static uint64_t unpack(const unsigned char *p, size_t i)
{
    uint64_t v = 0;
    for (int b = 0; b < 8; b++)
        v |= (uint64_t)p[i * 8 + (size_t)b] << (8 * b);
    return v;
}

int store_pack_structure(const tally_structure *t, store_blob b[N_STORE_BLOBS])
{
    for (size_t i = 0; i < t->n_boilerplate; i++) {
        pack(&b[STORE_BOILERPLATE], t->boilerplate[i].span.start);
        pack(&b[STORE_BOILERPLATE], t->boilerplate[i].span.stop);
        pack(&b[STORE_BOILERPLATE], (uint64_t)t->boilerplate[i].kind);
    }
    for (size_t i = 0; i < t->n_body; i++) {
        pack(&b[STORE_BODY], t->body[i].start);
        pack(&b[STORE_BODY], t->body[i].stop);
    }
    for (size_t i = 0; i < t->n_turns; i++) {
        pack(&b[STORE_TURNS], t->turns[i].speaker.start);
        pack(&b[STORE_TURNS], t->turns[i].speaker.stop);
        pack(&b[STORE_TURNS], t->turns[i].text.start);
        pack(&b[STORE_TURNS], t->turns[i].text.stop);
        pack(&b[STORE_TURNS], (uint64_t)t->turns[i].asks);
    }
    for (int j = 0; j < N_STORE_BLOBS; j++)
        if (b[j].failed)
            return -1;
    return 0;
}

void store_blobs_free(store_blob b[N_STORE_BLOBS])
{
    for (int j = 0; j < N_STORE_BLOBS; j++) {
        free(b[j].p);
        b[j].p = NULL;
    }
}

/* The entries of the blob in column col (words 64-bit integers each), in a
 * zeroed array of elements of size bytes; *n counts them. NULL with *n 0
 * when there are none; with *n set when memory runs out. */
static void *unpack_alloc(sqlite3_stmt *s, int col, size_t words, size_t size, size_t *n)
{
    *n = (size_t)sqlite3_column_bytes(s, col) / (8 * words);
    return *n ? calloc(*n, size) : NULL;
}

int store_unpack_structure(sqlite3_stmt *s, int first, tally_structure *t)
{
    size_t n;
    t->boilerplate = unpack_alloc(s, first, BOILERPLATE_WORDS, sizeof *t->boilerplate, &n);
    const unsigned char *p = sqlite3_column_blob(s, first);
    if (n && !t->boilerplate)
        return -1;
    for (size_t i = 0; i < n; i++) {
        t->boilerplate[i].span.start = (size_t)unpack(p, 3 * i);
        t->boilerplate[i].span.stop = (size_t)unpack(p, 3 * i + 1);
        t->boilerplate[i].kind = (tally_boilerplate_kind)unpack(p, 3 * i + 2);
    }
    t->n_boilerplate = n;
    t->body = unpack_alloc(s, first + 1, BODY_WORDS, sizeof *t->body, &n);
    p = sqlite3_column_blob(s, first + 1);
    if (n && !t->body)
        return -1;
    for (size_t i = 0; i < n; i++) {
        t->body[i].start = (size_t)unpack(p, 2 * i);
        t->body[i].stop = (size_t)unpack(p, 2 * i + 1);
    }
    t->n_body = n;
    t->turns = unpack_alloc(s, first + 2, TURN_WORDS, sizeof *t->turns, &n);
    p = sqlite3_column_blob(s, first + 2);
    if (n && !t->turns)
        return -1;
    for (size_t i = 0; i < n; i++) {
        t->turns[i].speaker.start = (size_t)unpack(p, 5 * i);
        t->turns[i].speaker.stop = (size_t)unpack(p, 5 * i + 1);
        t->turns[i].text.start = (size_t)unpack(p, 5 * i + 2);
        t->turns[i].text.stop = (size_t)unpack(p, 5 * i + 3);
        t->turns[i].asks = (int)unpack(p, 5 * i + 4);
    }
    t->n_turns = n;
    return 0;
}

/* A span that lies outside the text marks a damaged row. */
static int span_fits(tally_span sp, size_t len)
{
    return sp.start <= sp.stop && sp.stop <= len;
}

int store_structure_fits(const tally_structure *t, size_t len)
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

char *store_authors_json(tally_store *st, const tally_meta *m, tally_error *err)
{
    /* SQLite quotes each name (json_quote), so its JSON reads them back */
    sqlite3_stmt *q = store_statement(st, STMT_JSON_QUOTE, err);
    if (!q)
        return NULL;
    sqlite3_str *out = sqlite3_str_new(st->db);
    sqlite3_str_appendchar(out, 1, '[');
    for (size_t i = 0; i < m->n_authors; i++) {
        sqlite3_bind_text(q, 1, m->authors[i], -1, SQLITE_STATIC);
        if (sqlite3_step(q) != SQLITE_ROW) {
            sqlite3_reset(q);
            sqlite3_free(sqlite3_str_finish(out));
            store_db_error(st, err, "authors");
            return NULL;
        }
        if (i)
            sqlite3_str_appendchar(out, 1, ',');
        sqlite3_str_append(out, (const char *)sqlite3_column_text(q, 0), sqlite3_column_bytes(q, 0));
        sqlite3_reset(q);
    }
    sqlite3_str_appendchar(out, 1, ']');
    char *json = sqlite3_str_finish(out);
    if (!json)
        tally_error_set(err, "%s: out of memory", st->path);
    return json;
}

int store_load_authors(tally_store *st, const char *json, tally_meta *m, tally_error *err)
{
    sqlite3_stmt *s = store_statement(st, STMT_LOAD_AUTHORS, err);
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, json ? json : "[]", -1, SQLITE_STATIC);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        char **authors = store_grow(m->authors, &cap, m->n_authors, sizeof *authors, 4);
        if (!authors)
            break;
        m->authors = authors;
        const unsigned char *a = sqlite3_column_text(s, 0);
        if (!a || !(m->authors[m->n_authors] = strdup((const char *)a)))
            break;
        m->n_authors++;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        tally_error_set(err, "%s: reading authors: %s", st->path,
                        rc == SQLITE_ROW ? "out of memory" : sqlite3_errmsg(st->db));
        return -1;
    }
    return 0;
}
