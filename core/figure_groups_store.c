/* Storage of the figure groups (figure_groups_internal.h): an arena of
 * copied strings, a map from strings to indexes, and values written one
 * after another into a buffer and read back. */
#include "figure_groups_internal.h"
#include "array_grow.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- storage: an arena of copied strings and a map from strings ---- */



/* A copy of s[0..n) that lives as long as the arena (never NULL on success,
 * even for n == 0); NULL when out of memory. */
char *fg_arena_copy(arena *a, const char *s, size_t n)
{
    if (!a->head || a->head->cap - a->head->used < n + 1) {
        size_t cap = n + 1 > 65536 ? n + 1 : 65536;
        chunk *c = malloc(sizeof *c + cap);
        if (!c)
            return NULL;
        c->next = a->head, c->used = 0, c->cap = cap;
        a->head = c;
    }
    char *p = a->head->data + a->head->used;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    a->head->used += n + 1;
    return p;
}

void fg_arena_free(arena *a)
{
    for (chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    a->head = NULL;
}



uint64_t fg_hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

/* The slot of key k: the one holding it, or the empty one it would go in. */
static map_slot *map_slot_of(const str_map *m, const char *k, size_t len, uint64_t h)
{
    size_t i = (size_t)h & (m->cap - 1);
    for (;;) {
        map_slot *s = &m->slots[i];
        if (!s->k || (s->h == h && s->len == len && memcmp(s->k, k, len) == 0))
            return s;
        i = (i + 1) & (m->cap - 1);
    }
}

int fg_map_get(const str_map *m, const char *k, size_t len, uint64_t h, size_t *v)
{
    if (!m->cap)
        return 0;
    map_slot *s = map_slot_of(m, k, len, h);
    if (!s->k)
        return 0;
    *v = s->v;
    return 1;
}

/* Puts k (which must outlive the map) -> v; k is not in the map yet. */
int fg_map_put(str_map *m, const char *k, size_t len, uint64_t h, size_t v)
{
    if ((m->n + 1) * 10 > m->cap * 7) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        map_slot *slots = calloc(cap, sizeof *slots);
        if (!slots)
            return -1;
        str_map bigger = {slots, cap, m->n};
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].k)
                *map_slot_of(&bigger, m->slots[i].k, m->slots[i].len, m->slots[i].h) =
                    m->slots[i];
        free(m->slots);
        *m = bigger;
    }
    map_slot *s = map_slot_of(m, k, len, h);
    s->k = k, s->len = len, s->h = h, s->v = v;
    m->n++;
    return 0;
}

/* ---- entries: values written one after another ---- */

void fg_put_value(tally_buf *b, const tally_value *v)
{
    unsigned char tag[1 + 8];
    switch (v->type) {
    case TALLY_VALUE_NONE:
        tally_buf_add(b, "n", 1);
        return;
    case TALLY_VALUE_STRING: {
        uint32_t n = (uint32_t)v->len;
        tag[0] = 's';
        memcpy(tag + 1, &n, 4);
        tally_buf_add(b, (const char *)tag, 5);
        tally_buf_add(b, v->s, v->len);
        return;
    }
    case TALLY_VALUE_INTEGER:
        tag[0] = 'i';
        memcpy(tag + 1, &v->i, 8);
        tally_buf_add(b, (const char *)tag, 9);
        return;
    case TALLY_VALUE_NUMBER:
        tag[0] = 'd';
        memcpy(tag + 1, &v->d, 8);
        tally_buf_add(b, (const char *)tag, 9);
        return;
    }
}

tally_value fg_string_value(const char *p, size_t n)
{
    tally_value v = {TALLY_VALUE_NONE, NULL, 0, 0, 0};
    if (p)
        v.type = TALLY_VALUE_STRING, v.s = p, v.len = n;
    return v;
}

void fg_put_string(tally_buf *b, const char *p, size_t n)
{
    tally_value v = fg_string_value(p, n);
    fg_put_value(b, &v);
}

int fg_get_value(const char **p, const char *end, tally_value *v)
{
    memset(v, 0, sizeof *v);
    if (*p >= end)
        return -1;
    char tag = *(*p)++;
    switch (tag) {
    case 'n':
        return 0;
    case 's': {
        uint32_t n;
        if (end - *p < 4)
            return -1;
        memcpy(&n, *p, 4);
        *p += 4;
        if ((size_t)(end - *p) < n)
            return -1;
        v->type = TALLY_VALUE_STRING, v->s = *p, v->len = n;
        *p += n;
        return 0;
    }
    case 'i':
    case 'd':
        if (end - *p < 8)
            return -1;
        if (tag == 'i')
            v->type = TALLY_VALUE_INTEGER, memcpy(&v->i, *p, 8);
        else
            v->type = TALLY_VALUE_NUMBER, memcpy(&v->d, *p, 8);
        *p += 8;
        return 0;
    }
    return -1;
}
