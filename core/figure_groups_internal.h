/* What the three parts of the figure groups share (tally/figure_groups.h):
 * figure_groups_store.c (copied strings, a map from strings, and the values
 * written one after another that carry a document's entries from a worker
 * to the script's thread), figure_groups.c (the keys, per document, on a
 * worker) and figure_groups_merge.c (the aggregate, on the script's thread). */
#ifndef TALLY_FIGURE_GROUPS_INTERNAL_H
#define TALLY_FIGURE_GROUPS_INTERNAL_H

#include "tally/figure_groups.h"

#include <stddef.h>
#include <stdint.h>

/* An arena: strings copied into chunks, freed all at once. */
typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    char data[];
} chunk;

typedef struct arena {
    chunk *head;
} arena;

/* A map from strings (which must outlive it) to indexes, open addressing. */
typedef struct map_slot {
    const char *k; /* NULL: empty */
    size_t len;
    uint64_t h;
    size_t v;
} map_slot;

typedef struct str_map {
    map_slot *slots;
    size_t cap, n;
} str_map;

/* figure_groups_store.c: each is described where it is defined */
char *fg_arena_copy(arena *a, const char *s, size_t n);
uint64_t fg_hash_bytes(const char *s, size_t n);
void fg_arena_free(arena *a);
int fg_map_get(const str_map *m, const char *k, size_t len, uint64_t h, size_t *v);
int fg_map_put(str_map *m, const char *k, size_t len, uint64_t h, size_t v);
void fg_put_value(tally_buf *b, const tally_value *v);
tally_value fg_string_value(const char *p, size_t n);
void fg_put_string(tally_buf *b, const char *p, size_t n);
int fg_get_value(const char **p, const char *end, tally_value *v);

#endif
