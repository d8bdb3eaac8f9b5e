/* The read-ahead corpus reader: documents come in path order whatever the
 * number of workers, unreadable files come as errors in their place, the
 * window bounds how far the workers run ahead, and stopping early neither
 * hangs nor leaks. */
#include "check.h"
#include "tally/corpus_reader.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { NFILES = 24 };
static char dir[] = "/tmp/tally_reader_XXXXXX";
static char *paths[NFILES + 1];

static atomic_int outstanding, most_outstanding;

/* A step that counts documents read but not yet taken by the consumer. */
static int count_step(tally_doc *doc, tally_error *err)
{
    (void)doc, (void)err;
    int now = atomic_fetch_add(&outstanding, 1) + 1;
    int seen = atomic_load(&most_outstanding);
    while (now > seen && !atomic_compare_exchange_weak(&most_outstanding, &seen, now))
        ;
    return 0;
}

static int failing_step(tally_doc *doc, tally_error *err)
{
    if (strstr(doc->text, "第7篇")) {
        tally_error_set(err, "analysis refused");
        return -1;
    }
    return 0;
}

static void make_files(void)
{
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        exit(1);
    }
    for (int i = 0; i < NFILES; i++) {
        char p[128];
        snprintf(p, sizeof p, "%s/r%02d.txt", dir, i);
        paths[i] = strdup(p);
        if (i == 5)
            continue; /* missing on purpose */
        FILE *f = fopen(p, "w");
        fprintf(f, "第%d篇。进出口总额增长%d%%。\n", i, i);
        fclose(f);
    }
}

static void read_all(int jobs, size_t window)
{
    static const tally_doc_step steps[] = {count_step, NULL};
    tally_reader_options o = {NULL, jobs, window, steps, NULL, NULL};
    tally_error err = {""};
    atomic_store(&outstanding, 0);
    atomic_store(&most_outstanding, 0);
    tally_corpus_reader *r = tally_corpus_reader_new((const char *const *)paths, NFILES, &o, &err);
    CHECK(r != NULL);
    if (!r)
        return;
    tally_read_result res;
    size_t i = 0;
    int in_order = 1, errors = 0;
    while (tally_corpus_reader_next(r, &res)) {
        if (res.index != i)
            in_order = 0;
        if (res.doc) {
            char want[32];
            snprintf(want, sizeof want, "第%zu篇", i);
            if (!strstr(res.doc->text, want))
                in_order = 0;
            atomic_fetch_sub(&outstanding, 1);
            nanosleep(&(struct timespec){0, 200000}, NULL); /* a consumer slower than the workers */
            tally_doc_free(res.doc);
        } else {
            errors++;
            CHECK(strstr(res.err.msg, "r05.txt") != NULL);
        }
        free(res.warnings);
        i++;
    }
    CHECK(in_order);
    CHECK(i == NFILES);
    CHECK(errors == 1);
    CHECK(tally_corpus_reader_done(r) == NFILES);
    size_t w = window ? window : (size_t)(2 * jobs + 2);
    /* the count drops just after next() returns, when a worker may already
     * have claimed the freed slot: one more than the window */
    CHECK((size_t)atomic_load(&most_outstanding) <= w + 1);
    tally_corpus_reader_free(r);
}

int main(void)
{
    make_files();
    read_all(0, 0); /* no threads: read in next() */
    read_all(1, 0);
    read_all(2, 0);
    read_all(4, 3);
    read_all(8, 1);

    /* stopping after two documents, with workers waiting for room */
    tally_reader_options o = {NULL, 3, 2, NULL, NULL, NULL};
    tally_error err = {""};
    tally_corpus_reader *r = tally_corpus_reader_new((const char *const *)paths, NFILES, &o, &err);
    tally_read_result res;
    for (int k = 0; k < 2 && tally_corpus_reader_next(r, &res); k++) {
        tally_doc_free(res.doc);
        free(res.warnings);
    }
    tally_corpus_reader_free(r);
    CHECK(1);

    /* a failing analysis step is an error naming the path, the rest go on */
    static const tally_doc_step fail_steps[] = {failing_step, NULL};
    tally_reader_options fo = {NULL, 2, 0, fail_steps, NULL, NULL};
    r = tally_corpus_reader_new((const char *const *)paths, NFILES, &fo, &err);
    int failed = 0, ok = 0;
    while (tally_corpus_reader_next(r, &res)) {
        if (res.doc)
            ok++;
        else if (strstr(res.err.msg, "r07.txt: analysis refused"))
            failed++;
        tally_doc_free(res.doc);
        free(res.warnings);
    }
    tally_corpus_reader_free(r);
    CHECK(failed == 1);
    CHECK(ok == NFILES - 2);

    /* an empty list ends at once */
    r = tally_corpus_reader_new(NULL, 0, &o, &err);
    CHECK(r && !tally_corpus_reader_next(r, &res));
    tally_corpus_reader_free(r);

    for (int i = 0; i < NFILES; i++) {
        unlink(paths[i]);
        free(paths[i]);
    }
    rmdir(dir);
    return check_summary();
}
