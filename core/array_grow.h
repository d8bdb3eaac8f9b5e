/* Growing an array by doubling, for the engine's tables (the byte trie, the
 * figure rules, the exclusion sets, the figure groups). */
#ifndef TALLY_ARRAY_GROW_H
#define TALLY_ARRAY_GROW_H

#include <stdint.h>
#include <stdlib.h>

/* Makes room in *v (capacity *cap elements of size bytes, n in use) for one
 * more: the capacity doubles, from 64. Returns 0, or -1 when out of memory or
 * the size would overflow; *v is then left as it was. */
static inline int tally_grow(void **v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t c = *cap ? *cap * 2 : 64;
    if (c < *cap || c > SIZE_MAX / size)
        return -1;
    void *b = realloc(*v, c * size);
    if (!b)
        return -1;
    *v = b;
    *cap = c;
    return 0;
}

#endif
