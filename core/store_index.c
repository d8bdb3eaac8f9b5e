/* `tally index`: the map step (analyse files into a store) and the reduce
 * step (merge shard stores), docs/scale.md. Files whose content hash the
 * store already holds, analysed by this build, are skipped; the others are
 * decoded and analysed on --jobs worker threads (the corpus reader) and
 * written on this thread, a batch per transaction. */
#include "progress.h"
#include "tally/analysis.h"
#include "tally/corpus_reader.h"
#include "tally/inputs.h"
#include "tally/store.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define EXIT_USAGE 2

/* A commit makes the documents written so far permanent; batching them
 * keeps the cost of a commit small next to the analysis. */
#define COMMIT_DOCS 64
#define COMMIT_SECONDS 0.5

typedef struct path_list {
    char **v;
    size_t n, cap;
} path_list;

static int list_push(path_list *l, const char *p)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        char **bigger = realloc(l->v, cap * sizeof *bigger);
        if (!bigger)
            return -1;
        l->v = bigger, l->cap = cap;
    }
    if (!(l->v[l->n] = strdup(p)))
        return -1;
    l->n++;
    return 0;
}

static void list_free(path_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* ---- indexing ---- */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct pending {
    char hash[17];
    int64_t size;
} pending;

typedef struct counts {
    size_t analysed, unchanged, failed;
} counts;

static void fail(tally_store *st, const char *path, const char *msg, counts *c)
{
    fprintf(stderr, "tally: %s\n", msg);
    c->failed++;
    tally_error err = {""};
    if (tally_store_put_failure(st, path, msg, &err) < 0)
        fprintf(stderr, "tally: %s\n", err.msg);
}

static int analyse(tally_store *st, path_list *todo, pending *info, const tally_index_options *o,
                   counts *c, tally_error *err)
{
    tally_doc_step steps[4] = {NULL};
    const char *names[] = {"structure", "figures", "measures"};
    for (int i = 0; i < 3; i++) {
        const tally_analysis *a = tally_analysis_find(names[i]);
        if (!a) {
            tally_error_set(err, "no analysis '%s' in this build", names[i]);
            return -1;
        }
        steps[i] = a->run;
    }
    tally_figure_rules *rules = tally_figure_rules_new(err);
    if (!rules)
        return -1;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    tally_reader_options ro = {o->encoding, o->jobs > 0 ? o->jobs : (cores > 0 ? (int)cores : 1),
                               0, steps, NULL, NULL};
    tally_corpus_reader *r =
        tally_corpus_reader_new((const char *const *)todo->v, todo->n, &ro, err);
    if (!r) {
        tally_figure_rules_free(rules);
        return -1;
    }
    tally_progress progress;
    tally_progress_begin(&progress, todo->n, o->quiet);
    int status = 0, batch = 0;
    double last_commit = now();
    tally_read_result res;
    while (status == 0 && tally_corpus_reader_next(r, &res)) {
        const char *path = todo->v[res.index];
        if (res.warnings)
            fputs(res.warnings, stderr);
        tally_progress_step(&progress, tally_corpus_reader_done(r), res.doc ? res.doc->len : 0);
        if (batch == 0 && (status = tally_store_begin(st, err)) < 0)
            break;
        if (!res.doc) {
            fail(st, path, res.err.msg, c);
        } else {
            tally_date *dates = NULL;
            size_t nd = 0;
            tally_error derr = {""};
            if (tally_dates_find(rules, res.doc->text, res.doc->len, &dates, &nd, &derr) < 0) {
                char msg[600];
                snprintf(msg, sizeof msg, "%s: dates: %s", path, derr.msg);
                fail(st, path, msg, c);
            } else if (tally_store_put(st, res.doc, info[res.index].hash, info[res.index].size,
                                       dates, nd, res.warnings, err) < 0) {
                status = -1;
            } else {
                c->analysed++;
            }
            free(dates);
            tally_doc_free(res.doc);
        }
        free(res.warnings);
        batch++;
        if (status == 0 && (batch >= COMMIT_DOCS || now() - last_commit >= COMMIT_SECONDS)) {
            status = tally_store_commit(st, err);
            batch = 0;
            last_commit = now();
        }
    }
    tally_progress_end(&progress);
    tally_corpus_reader_free(r);
    tally_figure_rules_free(rules);
    if (status == 0)
        status = tally_store_commit(st, err);
    return status;
}

/* --list: the files named, or with --db those the store lacks or holds
 * with other content or another analysis (what a run would analyse). */
static int list_inputs(const tally_inputs *inputs, const char *db)
{
    tally_error err = {""};
    tally_store *st = NULL;
    if (db && access(db, F_OK) == 0 && !(st = tally_store_open(db, TALLY_STORE_READ, &err))) {
        fprintf(stderr, "tally: %s\n", err.msg);
        return EXIT_USAGE;
    }
    for (size_t i = 0; i < inputs->n; i++) {
        int current = 0;
        int64_t size;
        char hash[17];
        tally_error rerr = {""};
        if (st && tally_store_hash_file(inputs->paths[i], hash, &size, &rerr) == 0) {
            current = tally_store_is_current(st, inputs->paths[i], hash, &err);
            if (current < 0) {
                fprintf(stderr, "tally: %s\n", err.msg);
                tally_store_close(st);
                return EXIT_USAGE;
            }
        }
        if (!current)
            printf("%s\n", inputs->paths[i]);
    }
    tally_store_close(st);
    return fflush(stdout) == 0 ? 0 : EXIT_USAGE;
}

/* A line of a --files-from list that names nothing readable. */
static void warn_input(void *ud, const char *msg)
{
    int *problems = ud;
    fprintf(stderr, "tally: %s\n", msg);
    ++*problems;
}

static int usage(const char *msg)
{
    fprintf(stderr,
            "tally index: %s\n"
            "usage: tally index --db STORE [--prune] [--jobs N] [--files-from LIST] PATH...\n"
            "       tally index --db STORE --merge SHARD...\n"
            "       tally index [--db STORE] --list [--files-from LIST] PATH...\n"
            "           (the files named; with --db, those a run would analyse)\n",
            msg);
    return EXIT_USAGE;
}

static int merge_shards(tally_store *st, char **shards, int n)
{
    long added = 0, kept = 0;
    int status = 0;
    for (int i = 0; i < n; i++) {
        tally_error err = {""};
        if (tally_store_merge(st, shards[i], &added, &kept, &err) < 0) {
            fprintf(stderr, "tally: %s\n", err.msg);
            status = EXIT_USAGE;
        }
    }
    tally_error err = {""};
    long stale = tally_store_stale_count(st, &err);
    if (stale == 0 && tally_store_mark_current(st, &err) < 0)
        fprintf(stderr, "tally: %s\n", err.msg);
    if (stale > 0)
        fprintf(stderr, "tally: warning: %ld documents in %s were analysed by another tally; "
                        "index them again\n", stale, tally_store_path(st));
    fprintf(stderr, "merged %d stores: %ld documents added, %ld already there\n", n, added, kept);
    return status;
}

/* What `tally index` was asked: its options, the files to index (paths and --files-from
 * lists) or, with --merge, the shard stores. */
typedef struct index_args {
    const char *db;
    int prune, merge, list_only;
    tally_inputs inputs; /* the files to index or list */
    char **shards;       /* with --merge: the shard stores, pointing into argv */
    int nshards;
    int problems; /* --files-from lines that named nothing readable */
} index_args;

static void index_args_free(index_args *a)
{
    tally_inputs_free(&a->inputs);
    free(a->shards);
}

/* CONTINUE: the step did not end the run */
enum { CONTINUE = -1 };

/* The command line (main took the global options out) and the --files-from lists, which
 * come after the paths as for every other command. */
static int read_index_args(int argc, char **argv, const tally_index_options *o, index_args *a)
{
    tally_error err = {""};
    a->shards = calloc((size_t)argc + 1, sizeof *a->shards);
    if (!a->shards)
        return EXIT_USAGE;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--db") == 0 || strncmp(arg, "--db=", 5) == 0) {
            a->db = arg[4] == '=' ? arg + 5 : (i + 1 < argc ? argv[++i] : NULL);
            if (!a->db)
                return usage("--db needs a file");
        } else if (strcmp(arg, "--prune") == 0) {
            a->prune = 1;
        } else if (strcmp(arg, "--merge") == 0) {
            a->merge = 1;
        } else if (strcmp(arg, "--list") == 0) {
            a->list_only = 1;
        } else if (strncmp(arg, "--", 2) == 0 && arg[2]) {
            fprintf(stderr, "tally index: unknown option '%s'\n", arg);
            return usage("options are --db, --prune, --merge, --list (and --files-from, "
                         "--jobs, --quiet, --encoding)");
        } else if (a->merge) {
            a->shards[a->nshards++] = argv[i];
        } else if (tally_inputs_add(&a->inputs, arg, 0, &err) < 0) {
            fprintf(stderr, "tally: %s\n", err.msg);
            return EXIT_USAGE;
        }
    }
    for (int i = 0; i < o->nfiles_from; i++)
        if (tally_inputs_add_list(&a->inputs, o->files_from[i], 0, warn_input, &a->problems,
                                  &err) < 0) {
            fprintf(stderr, "tally: %s\n", err.msg);
            return EXIT_USAGE;
        }
    return CONTINUE;
}

/* A run that writes a store needs one, and either shards or files, none of them the store. */
static int check_index_args(const index_args *a)
{
    if (!a->db)
        return usage("--db STORE names the store to write");
    if (a->merge && (a->nshards == 0 || a->inputs.n))
        return usage("--merge takes the shard stores only");
    if (!a->merge && a->inputs.n == 0)
        return usage("no files to index (give PATHs or --files-from)");
    for (size_t i = 0; i < a->inputs.n; i++) {
        struct stat in, db;
        if (stat(a->inputs.paths[i], &in) == 0 && stat(a->db, &db) == 0 &&
            in.st_dev == db.st_dev && in.st_ino == db.st_ino) {
            fprintf(stderr, "tally: --db %s is one of the inputs\n", a->db);
            return EXIT_USAGE;
        }
    }
    return CONTINUE;
}

/* Which files need analysing: the content hash decides, each file read a block at a time
 * so memory does not grow with the archive. Unchanged files are counted, unreadable ones
 * recorded as failed; the others go to todo with their hash and size in info. */
static int select_changed(tally_store *st, const tally_inputs *inputs, path_list *todo,
                          pending *info, counts *c, tally_error *err)
{
    for (size_t i = 0; i < inputs->n; i++) {
        int64_t size;
        char hash[17];
        tally_error rerr = {""};
        if (tally_store_hash_file(inputs->paths[i], hash, &size, &rerr) < 0) {
            if (tally_store_begin(st, err) < 0)
                return -1;
            fail(st, inputs->paths[i], rerr.msg, c);
            continue;
        }
        int current = tally_store_is_current(st, inputs->paths[i], hash, err);
        if (current < 0)
            return -1;
        if (current) {
            c->unchanged++;
            continue;
        }
        memcpy(info[todo->n].hash, hash, sizeof hash);
        info[todo->n].size = size;
        if (list_push(todo, inputs->paths[i]) < 0) {
            tally_error_set(err, "%s", "out of memory");
            return -1;
        }
    }
    return 0;
}

/* Analyses the changed files into the store, prunes what is no longer an input, and marks
 * the store current unless it holds documents of another tally. */
static int index_files(tally_store *st, const index_args *a, const tally_index_options *o)
{
    tally_error err = {""};
    counts c = {0, 0, 0};
    path_list todo = {0};
    pending *info = malloc((a->inputs.n ? a->inputs.n : 1) * sizeof *info);
    int status = EXIT_USAGE;
    if (!info) {
        fprintf(stderr, "tally: out of memory\n");
        return EXIT_USAGE;
    }
    if (select_changed(st, &a->inputs, &todo, info, &c, &err) < 0 ||
        tally_store_commit(st, &err) < 0 || (todo.n && analyse(st, &todo, info, o, &c, &err) < 0))
        goto store_failed;
    if (a->prune) {
        long dropped = 0;
        if (tally_store_begin(st, &err) < 0 ||
            tally_store_prune(st, (const char *const *)a->inputs.paths, a->inputs.n, &dropped,
                              &err) < 0 ||
            tally_store_commit(st, &err) < 0)
            goto store_failed;
        fprintf(stderr, "pruned %ld documents no longer among the inputs\n", dropped);
    }
    long stale = tally_store_stale_count(st, &err);
    if (stale < 0 || (stale == 0 && tally_store_mark_current(st, &err) < 0))
        goto store_failed;
    fprintf(stderr, "indexed %zu files: %zu analysed, %zu unchanged, %zu failed\n", a->inputs.n,
            c.analysed, c.unchanged, c.failed);
    status = c.failed || a->problems ? EXIT_USAGE : 0;
    goto done;
store_failed:
    fprintf(stderr, "tally: %s\n", err.msg);
done:
    list_free(&todo);
    free(info);
    return status;
}

int tally_index_main(int argc, char **argv, const tally_index_options *o)
{
    index_args a = {0};
    int status = read_index_args(argc, argv, o, &a);
    if (status == CONTINUE && a.list_only)
        status = list_inputs(&a.inputs, a.db);
    if (status == CONTINUE)
        status = check_index_args(&a);
    if (status == CONTINUE) {
        tally_error err = {""};
        tally_store *st = tally_store_open(a.db, TALLY_STORE_WRITE, &err);
        if (!st) {
            fprintf(stderr, "tally: %s\n", err.msg);
            status = EXIT_USAGE;
        } else {
            status = a.merge ? merge_shards(st, a.shards, a.nshards) : index_files(st, &a, o);
            tally_store_close(st);
        }
    }
    index_args_free(&a);
    return status;
}
