/* The segmentation cache of lex_cache.h: pieces of the text keyed by their
 * span in a direct-mapped table, their words in one pool. When the pool is
 * full every slot is forgotten at once (a new generation), so the memory is
 * bounded whatever the text; the scanner reads a sentence's spans close
 * together, so what it asks again is recent. */
#include "lex_cache.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8_scan.h"

#define SLOT_BITS 11
#define POOL_MAX 65536 /* words (2 MB) */

typedef struct slot {
    size_t a, b;
    uint32_t first, n; /* its words in the pool */
    uint32_t gen;      /* empty unless it is the cache's generation */
} slot;

struct tally_lex_cache {
    const char *text;
    uint32_t gen;
    slot slots[1u << SLOT_BITS];
    lex_word *pool;
    size_t n_pool, cap_pool;
};

static void forget(tally_lex_cache *c)
{
    c->n_pool = 0;
    if (++c->gen == 0) { /* wrapped: old slots could match again */
        for (size_t k = 0; k < sizeof c->slots / sizeof *c->slots; k++)
            c->slots[k].gen = 0;
        c->gen = 1;
    }
}

/* One cache a thread has freed is kept for its next scan: a new one is 80 KB
 * of slots to clear, which was a tenth of a short report's clause analysis.
 * Kept as the thread's specific value, so a worker thread's is freed when
 * it ends. */
static pthread_key_t spare_key;
static pthread_once_t spare_once = PTHREAD_ONCE_INIT;
static int spare_ok;

static void free_cache(tally_lex_cache *c)
{
    if (!c)
        return;
    free(c->pool);
    free(c);
}

static void free_spare(void *c)
{
    free_cache(c);
}

static void make_spare_key(void)
{
    spare_ok = pthread_key_create(&spare_key, free_spare) == 0;
}

tally_lex_cache *tally_lex_cache_new(void)
{
    pthread_once(&spare_once, make_spare_key);
    tally_lex_cache *c = spare_ok ? pthread_getspecific(spare_key) : NULL;
    if (c) {
        pthread_setspecific(spare_key, NULL);
        c->text = NULL; /* a new text may sit where the last one was */
        forget(c);
        return c;
    }
    c = calloc(1, sizeof *c);
    if (c)
        c->gen = 1;
    return c;
}

void tally_lex_cache_free(tally_lex_cache *c)
{
    if (!c)
        return;
    if (spare_ok && !pthread_getspecific(spare_key) && pthread_setspecific(spare_key, c) == 0)
        return;
    free_cache(c);
}

/* Room for n more words in the pool; 0 when there is none (the words are
 * then returned without being kept). */
static int room(tally_lex_cache *c, size_t n)
{
    if (c->n_pool + n > POOL_MAX)
        forget(c);
    if (c->n_pool + n <= c->cap_pool)
        return 1;
    size_t cap = c->cap_pool ? c->cap_pool * 2 : 1024;
    while (cap < c->n_pool + n)
        cap *= 2;
    lex_word *p = realloc(c->pool, cap * sizeof *p);
    if (!p)
        return 0;
    c->pool = p;
    c->cap_pool = cap;
    return 1;
}

/* Appends the words of the piece s[a, b) (no cut inside) to out[m, max). */
static size_t put_piece(tally_lex_cache *c, const char *s, size_t a, size_t b, lex_word *out,
                        size_t m, size_t max)
{
    if (a >= b || m >= max)
        return m;
    uint64_t h = ((uint64_t)a * 0x9E3779B97F4A7C15u) ^ ((uint64_t)b * 0xC2B2AE3D27D4EB4Fu);
    slot *sl = &c->slots[h >> (64 - SLOT_BITS)];
    const lex_word *w;
    size_t n;
    lex_word fresh[TALLY_LEX_MAX_CHARS]; /* a piece has at most that many words */
    if (sl->gen == c->gen && sl->a == a && sl->b == b) {
        w = c->pool + sl->first;
        n = sl->n;
    } else {
        n = tally_lex_segment(s, a, b, fresh, TALLY_LEX_MAX_CHARS);
        w = fresh;
        if (room(c, n)) {
            memcpy(c->pool + c->n_pool, fresh, n * sizeof *fresh);
            *sl = (slot){a, b, (uint32_t)c->n_pool, (uint32_t)n, c->gen};
            c->n_pool += n;
        }
    }
    if (n > max - m)
        n = max - m;
    memcpy(out + m, w, n * sizeof *w);
    return m + n;
}

size_t tally_lex_segment_cached(tally_lex_cache *c, const char *s, size_t a, size_t b,
                                lex_word *out, size_t max)
{
    if (!c)
        return tally_lex_segment(s, a, b, out, max);
    if (c->text != s) {
        c->text = s;
        forget(c);
    }
    const unsigned char *u = (const unsigned char *)s;
    size_t m = 0, from = a, i = a, chars = 0;
    while (i < b && m < max) {
        int cut = 0;
        size_t e;
        if (u[i] >= 0xE4 && u[i] <= 0xE9 && b - i >= 3 && (u[i + 1] & 0xC0) == 0x80 &&
            (u[i + 2] & 0xC0) == 0x80)
            e = i + 3; /* U+4000..U+9FFF, Han: most of the text, never a cut */
        else
            e = tally_lex_unit_end(s, i, b, &cut);
        if (++chars == TALLY_LEX_MAX_CHARS) {
            /* the segmenter stops after this unit, read as one character
             * (an ASCII run is cut to its first letter) */
            e = i;
            utf8_next(s, b, &e);
            b = e;
        }
        if (cut) {
            m = put_piece(c, s, from, i, out, m, max);
            if (m < max)
                out[m++] = (lex_word){i, e, LEX_PUNCT, -1, tally_lex_unknown_cost_value()};
            from = e;
        }
        i = e;
    }
    return put_piece(c, s, from, i, out, m, max);
}
