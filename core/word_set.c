/* Word lists as hash sets (word_set.h). The sets are found by the list's
 * address in a fixed table that threads fill with compare-and-swap: a set
 * made twice by two threads at once is kept once, the other freed. */
#include "word_set.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* lists shorter than this are read in turn: as fast as a hash */
enum { SHORT_LIST = 8, TABLE_SLOTS = TALLY_WORD_SETS };

_Atomic(tally_word_set *) tally_word_sets[TALLY_WORD_SETS];
static pthread_once_t at_exit_once = PTHREAD_ONCE_INIT;

static void free_set(tally_word_set *s)
{
    if (s) {
        free(s->slots);
        free(s);
    }
}

static void free_all(void)
{
    for (size_t i = 0; i < TABLE_SLOTS; i++)
        free_set(atomic_exchange(&tally_word_sets[i], NULL));
}

static void register_free_all(void)
{
    atexit(free_all);
}

static tally_word_set *make_set(const char *const *list)
{
    size_t n = 0;
    while (list[n])
        n++;
    tally_word_set *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->list = list;
    if (n < SHORT_LIST)
        return s;
    size_t cap = 16;
    while (cap < n * 2)
        cap *= 2;
    s->slots = calloc(cap, sizeof *s->slots);
    if (!s->slots) {
        free(s);
        return NULL;
    }
    s->mask = (uint32_t)(cap - 1);
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(list[k]);
        uint32_t h = tally_word_hash(list[k], len);
        uint32_t i = h & s->mask;
        while (s->slots[i].w) /* a word listed twice is kept twice: no harm */
            i = (i + 1) & s->mask;
        s->slots[i] = (tally_word_slot){list[k], (uint32_t)len, h};
    }
    return s;
}

const tally_word_set *tally_word_set_find(const char *const *list)
{
    size_t h = tally_word_set_slot(list);
    for (size_t k = 0; k < TABLE_SLOTS; k++) {
        size_t i = (h + k) & (TABLE_SLOTS - 1);
        tally_word_set *s = atomic_load_explicit(&tally_word_sets[i], memory_order_acquire);
        if (!s) {
            tally_word_set *made = make_set(list);
            if (!made)
                return NULL;
            tally_word_set *expected = NULL;
            if (atomic_compare_exchange_strong_explicit(&tally_word_sets[i], &expected, made,
                                                        memory_order_acq_rel,
                                                        memory_order_acquire)) {
                pthread_once(&at_exit_once, register_free_all);
                return made;
            }
            free_set(made);
            s = expected; /* another thread's, maybe for this list */
        }
        if (s->list == list)
            return s;
    }
    return NULL; /* the table is full: read the list in turn */
}
