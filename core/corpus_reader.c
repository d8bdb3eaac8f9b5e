/* The read-ahead corpus reader: a pool of worker threads claims paths in
 * order, reads and analyses each into a slot of a ring of `window` slots, and
 * the consumer takes the slots in order. A worker may claim path i only while
 * i < taken + window, so slots never collide and memory stays bounded. */
#include "tally/corpus_reader.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TALLY_READER_MAX_STEPS 32

typedef struct slot {
    int ready;
    tally_read_result result;
} slot;

struct tally_corpus_reader {
    char **paths;
    size_t n;
    char *encoding;
    tally_doc_step steps[TALLY_READER_MAX_STEPS + 1]; /* NULL-terminated; changed under lock */
    tally_doc_finish finish;
    void *finish_ud;

    pthread_mutex_t lock;
    pthread_cond_t space;   /* a worker waits here for room in the window */
    pthread_cond_t arrived; /* the consumer waits here for the next slot */
    size_t claimed;         /* the next path a worker will claim */
    size_t taken;           /* the next path the consumer will take */
    int stopping;
    int synced;             /* lock and conditions are initialized */

    slot *slots;
    size_t window;
    pthread_t *threads;
    int nthreads;
};

/* Decoding warnings of one document, kept until the consumer takes it so
 * they come out in corpus order whatever thread read the file. */
typedef struct warn_buffer {
    const char *path;
    char *text;
    size_t len;
} warn_buffer;

static void collect_warning(void *ud, const char *msg)
{
    warn_buffer *w = ud;
    int need = snprintf(NULL, 0, "tally: warning: %s: %s\n", w->path, msg);
    if (need < 0)
        return;
    char *bigger = realloc(w->text, w->len + (size_t)need + 1);
    if (!bigger)
        return;
    w->text = bigger;
    snprintf(w->text + w->len, (size_t)need + 1, "tally: warning: %s: %s\n", w->path, msg);
    w->len += (size_t)need;
}

static void read_one(tally_corpus_reader *r, size_t i, const tally_doc_step *steps,
                     tally_read_result *out)
{
    memset(out, 0, sizeof *out);
    out->index = i;
    warn_buffer w = {r->paths[i], NULL, 0};
    out->doc = tally_doc_open(r->paths[i], r->encoding, collect_warning, &w, &out->err);
    for (const tally_doc_step *s = steps; out->doc && *s; s++) {
        tally_error err = {""};
        if ((*s)(out->doc, &err) < 0) {
            tally_error_set(&out->err, "%s: %s", r->paths[i], err.msg);
            tally_doc_free(out->doc);
            out->doc = NULL;
        }
    }
    if (out->doc && r->finish) {
        tally_error err = {""};
        if (r->finish(r->finish_ud, out->doc, &out->product, &out->product_len, &err) < 0) {
            tally_error_set(&out->err, "%s: %s", r->paths[i], err.msg);
            tally_doc_free(out->doc);
            out->doc = NULL;
            free(out->product);
            out->product = NULL;
            out->product_len = 0;
        }
    }
    out->warnings = w.text;
}

static void *worker(void *arg)
{
    tally_corpus_reader *r = arg;
    for (;;) {
        pthread_mutex_lock(&r->lock);
        while (!r->stopping && r->claimed < r->n && r->claimed >= r->taken + r->window)
            pthread_cond_wait(&r->space, &r->lock);
        if (r->stopping || r->claimed >= r->n) {
            pthread_mutex_unlock(&r->lock);
            return NULL;
        }
        size_t i = r->claimed++;
        tally_doc_step steps[TALLY_READER_MAX_STEPS + 1];
        memcpy(steps, r->steps, sizeof steps);
        pthread_mutex_unlock(&r->lock);

        tally_read_result res;
        read_one(r, i, steps, &res);

        pthread_mutex_lock(&r->lock);
        slot *s = &r->slots[i % r->window];
        s->result = res;
        s->ready = 1;
        pthread_cond_broadcast(&r->arrived);
        pthread_mutex_unlock(&r->lock);
    }
}

tally_corpus_reader *tally_corpus_reader_new(const char *const *paths, size_t n,
                                             const tally_reader_options *opts, tally_error *err)
{
    tally_corpus_reader *r = calloc(1, sizeof *r);
    if (!r) {
        tally_error_set(err, "out of memory");
        return NULL;
    }
    int jobs = opts->jobs > 0 ? opts->jobs : 0;
    r->n = n;
    r->window = opts->window ? opts->window : (size_t)(2 * jobs + 2);
    for (size_t k = 0; opts->steps && opts->steps[k] && k < TALLY_READER_MAX_STEPS; k++)
        r->steps[k] = opts->steps[k];
    r->finish = opts->finish;
    r->finish_ud = opts->finish_ud;
    r->paths = calloc(n ? n : 1, sizeof *r->paths);
    r->slots = calloc(r->window, sizeof *r->slots);
    r->threads = calloc(jobs ? (size_t)jobs : 1, sizeof *r->threads);
    int ok = r->paths && r->slots && r->threads;
    for (size_t i = 0; ok && i < n; i++)
        ok = (r->paths[i] = strdup(paths[i])) != NULL;
    if (ok && opts->encoding)
        ok = (r->encoding = strdup(opts->encoding)) != NULL;
    if (!ok) {
        tally_corpus_reader_free(r);
        tally_error_set(err, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&r->lock, NULL);
    pthread_cond_init(&r->space, NULL);
    pthread_cond_init(&r->arrived, NULL);
    r->synced = 1;
    /* a document needs no more than one worker; a few more than the paths is waste */
    if ((size_t)jobs > n)
        jobs = (int)n;
    for (int t = 0; t < jobs; t++) {
        if (pthread_create(&r->threads[r->nthreads], NULL, worker, r) != 0)
            break; /* work with the threads there are; with none, next() reads */
        r->nthreads++;
    }
    return r;
}

int tally_corpus_reader_next(tally_corpus_reader *r, tally_read_result *out)
{
    if (r->taken >= r->n)
        return 0;
    if (r->nthreads == 0) {
        read_one(r, r->taken++, r->steps, out);
        return 1;
    }
    pthread_mutex_lock(&r->lock);
    slot *s = &r->slots[r->taken % r->window];
    while (!s->ready)
        pthread_cond_wait(&r->arrived, &r->lock);
    *out = s->result;
    s->ready = 0;
    r->taken++;
    pthread_cond_broadcast(&r->space);
    pthread_mutex_unlock(&r->lock);
    return 1;
}

void tally_corpus_reader_add_step(tally_corpus_reader *r, tally_doc_step step)
{
    if (r->synced)
        pthread_mutex_lock(&r->lock);
    size_t k = 0;
    while (k < TALLY_READER_MAX_STEPS && r->steps[k] && r->steps[k] != step)
        k++;
    if (k < TALLY_READER_MAX_STEPS && !r->steps[k])
        r->steps[k] = step;
    if (r->synced)
        pthread_mutex_unlock(&r->lock);
}

size_t tally_corpus_reader_done(const tally_corpus_reader *r)
{
    return r->taken;
}

size_t tally_corpus_reader_total(const tally_corpus_reader *r)
{
    return r->n;
}

void tally_corpus_reader_free(tally_corpus_reader *r)
{
    if (!r)
        return;
    if (r->nthreads > 0) {
        pthread_mutex_lock(&r->lock);
        r->stopping = 1;
        pthread_cond_broadcast(&r->space);
        pthread_mutex_unlock(&r->lock);
        for (int t = 0; t < r->nthreads; t++)
            pthread_join(r->threads[t], NULL);
    }
    if (r->synced) {
        pthread_mutex_destroy(&r->lock);
        pthread_cond_destroy(&r->space);
        pthread_cond_destroy(&r->arrived);
    }
    for (size_t i = 0; r->slots && i < r->window; i++) {
        if (r->slots[i].ready) {
            tally_doc_free(r->slots[i].result.doc);
            free(r->slots[i].result.warnings);
            free(r->slots[i].result.product);
        }
    }
    for (size_t i = 0; r->paths && i < r->n; i++)
        free(r->paths[i]);
    free(r->paths);
    free(r->slots);
    free(r->threads);
    free(r->encoding);
    free(r);
}
