/* A word list (a NULL-terminated array of constant strings, as the rule
 * tables hold them) as a hash set, so that asking whether a word is one of
 * a list's words costs a hash and a probe instead of a comparison with each
 * word: the scanner asks it of every word of a clause, for lists of up to
 * two hundred words (tally_subject_stops), which was a tenth of its time.
 * The sets are made on first use and kept for the process: the lists are
 * constant, so a set never goes stale. */
#ifndef TALLY_WORD_SET_H
#define TALLY_WORD_SET_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

typedef struct tally_word_slot {
    const char *w; /* NULL: empty */
    uint32_t len, hash;
} tally_word_slot;

typedef struct tally_word_set {
    const char *const *list;
    tally_word_slot *slots; /* NULL: the list is short, read it in turn */
    uint32_t mask;          /* slots - 1 */
} tally_word_set;

enum { TALLY_WORD_SETS = 1024 };
/* The sets by their list's address (word_set.c fills it). */
extern _Atomic(tally_word_set *) tally_word_sets[TALLY_WORD_SETS];

static inline size_t tally_word_set_slot(const char *const *list)
{
    return (size_t)(((uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u) >> 54) &
           (TALLY_WORD_SETS - 1);
}

/* Finds or makes the set of list (word_set.c). */
const tally_word_set *tally_word_set_find(const char *const *list);

/* The set of list (made the first time, safe from any thread), or NULL out
 * of memory, when the caller reads the list in turn. Asked for every word
 * read, so the common case (the set in its first slot) is inline. */
static inline const tally_word_set *tally_word_set_of(const char *const *list)
{
    tally_word_set *s =
        atomic_load_explicit(&tally_word_sets[tally_word_set_slot(list)], memory_order_acquire);
    return s && s->list == list ? s : tally_word_set_find(list);
}

static inline uint32_t tally_word_hash(const char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

/* Whether the n bytes at p are one of the set's words: the answer of
 * comparing them with each word of the list. Only for a set with slots. */
static inline int tally_word_set_has(const tally_word_set *s, const char *p, size_t n)
{
    uint32_t h = tally_word_hash(p, n);
    for (uint32_t i = h & s->mask;; i = (i + 1) & s->mask) {
        const tally_word_slot *sl = &s->slots[i];
        if (!sl->w)
            return 0;
        if (sl->hash == h && sl->len == n) {
            size_t k = 0;
            while (k < n && sl->w[k] == p[k])
                k++;
            if (k == n)
                return 1;
        }
    }
}

#endif
