/* The count --max-memory caps (memory_limit.h). Lua's allocator passes the
 * sizes it frees; ICU and PCRE2 do not, so their blocks carry their size
 * in a header in front, aligned as malloc aligns. The count is atomic:
 * worker threads decode and analyse with ICU while the script runs. */
#include "memory_limit.h"

#include <pthread.h>
#include <stdalign.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>

#include <unicode/uclean.h>

typedef void over_cap_fn(void *ud);

static atomic_size_t used;
static atomic_size_t cap;
static over_cap_fn *_Atomic over_cap;
static void *_Atomic over_cap_ud;

void tally_memory_set_cap(size_t bytes, void (*over)(void *ud), void *ud)
{
    atomic_store(&over_cap_ud, ud);
    atomic_store(&over_cap, over);
    atomic_store(&cap, bytes);
}

int tally_memory_charge(size_t n)
{
    size_t limit = atomic_load(&cap);
    size_t now = atomic_load(&used);
    do {
        if (limit && (n > limit || now > limit - n))
            return -1;
    } while (!atomic_compare_exchange_weak(&used, &now, now + n));
    return 0;
}

void tally_memory_release(size_t n)
{
    atomic_fetch_sub(&used, n);
}

size_t tally_memory_used(void)
{
    return atomic_load(&used);
}

/* ---- blocks that know their size, for the libraries ---- */

typedef union block_header {
    size_t size; /* of the block after the header */
    max_align_t align;
} block_header;

/* Charges n bytes for a library. A request over the cap is not refused:
 * not every library survives a refusal (ICU's dictionary break engine
 * dereferences what it failed to get), so the handler decides (a run ends
 * there); when it returns (the REPL), the request is granted, and the
 * script's next allocation, over the cap, fails as Lua's do. */
static void charge_library(size_t n)
{
    if (tally_memory_charge(n) == 0)
        return;
    over_cap_fn *over = atomic_load(&over_cap);
    if (over)
        over(atomic_load(&over_cap_ud));
    atomic_fetch_add(&used, n);
}

static void *counted_malloc(size_t n)
{
    if (n > SIZE_MAX - sizeof(block_header))
        return NULL;
    charge_library(n + sizeof(block_header));
    block_header *h = malloc(sizeof *h + n);
    if (!h) {
        tally_memory_release(n + sizeof *h);
        return NULL;
    }
    h->size = n;
    return h + 1;
}

static void counted_free(void *p)
{
    if (!p)
        return;
    block_header *h = (block_header *)p - 1;
    tally_memory_release(h->size + sizeof *h);
    free(h);
}

static void *counted_realloc(void *p, size_t n)
{
    if (!p)
        return counted_malloc(n);
    block_header *h = (block_header *)p - 1;
    size_t old = h->size;
    if (n > SIZE_MAX - sizeof *h)
        return NULL;
    if (n > old)
        charge_library(n - old);
    block_header *moved = realloc(h, sizeof *moved + n);
    if (!moved) {
        if (n > old)
            tally_memory_release(n - old);
        return NULL; /* the block stays as it was */
    }
    if (n < old)
        tally_memory_release(old - n);
    moved->size = n;
    return moved + 1;
}

/* ---- ICU ---- */

static void *U_CALLCONV icu_alloc(const void *context, size_t size)
{
    (void)context;
    return counted_malloc(size);
}

static void *U_CALLCONV icu_realloc(const void *context, void *mem, size_t size)
{
    (void)context;
    return counted_realloc(mem, size);
}

static void U_CALLCONV icu_free(const void *context, void *mem)
{
    (void)context;
    counted_free(mem);
}

int tally_memory_count_icu(void)
{
    UErrorCode st = U_ZERO_ERROR;
    u_setMemoryFunctions(NULL, icu_alloc, icu_realloc, icu_free, &st);
    return U_SUCCESS(st) ? 0 : -1;
}

/* ---- PCRE2 ---- */

static void *pcre2_alloc(PCRE2_SIZE size, void *data)
{
    (void)data;
    return counted_malloc(size);
}

static void pcre2_release(void *block, void *data)
{
    (void)data;
    counted_free(block);
}

static pcre2_general_context *general;
static pcre2_compile_context *compile;
static pthread_once_t pcre2_once = PTHREAD_ONCE_INIT;

static void make_pcre2_contexts(void)
{
    general = pcre2_general_context_create(pcre2_alloc, pcre2_release, NULL);
    if (general)
        compile = pcre2_compile_context_create(general);
}

pcre2_general_context *tally_memory_pcre2(void)
{
    pthread_once(&pcre2_once, make_pcre2_contexts);
    return general;
}

pcre2_compile_context *tally_memory_pcre2_compile(void)
{
    pthread_once(&pcre2_once, make_pcre2_contexts);
    return compile;
}
