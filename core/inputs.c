/* Input expansion: files, folders, quoted globs with `**`, `-`, and lists
 * of inputs (--files-from), into one de-duplicated list of paths. */
#include "tally/inputs.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* ------------------------------------------------------------ the list */

/* An open-addressing set of indices into in->paths: a list from a scheduler
 * may hold a hundred thousand paths, too many for a linear search each. */
typedef struct path_set {
    size_t *slots; /* index + 1, 0 for empty */
    size_t cap;
} path_set;

static uint64_t hash_text(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static int set_grow(tally_inputs *in, path_set *set)
{
    size_t cap = set->cap ? set->cap * 2 : 64;
    size_t *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < in->n; i++) {
        size_t h = (size_t)hash_text(in->paths[i]) & (cap - 1);
        while (slots[h])
            h = (h + 1) & (cap - 1);
        slots[h] = i + 1;
    }
    free(set->slots);
    set->slots = slots, set->cap = cap;
    return 0;
}

/* Appends a copy of path unless it is there already (when only_new: what a
 * folder or glob found; a path named twice is read twice, as asked); -1
 * when out of memory. */
static int push_path_if(tally_inputs *in, const char *path, int only_new, tally_error *err)
{
    path_set *set = in->seen;
    if (!set && !(set = in->seen = calloc(1, sizeof *set)))
        goto oom;
    if ((in->n + 1) * 2 > set->cap && set_grow(in, set) < 0)
        goto oom;
    size_t h = (size_t)hash_text(path) & (set->cap - 1);
    int known = 0;
    while (set->slots[h]) {
        if (strcmp(in->paths[set->slots[h] - 1], path) == 0) {
            if (only_new)
                return 0;
            known = 1;
            break;
        }
        h = (h + 1) & (set->cap - 1);
    }
    if (in->n == in->cap) {
        size_t cap = in->cap ? in->cap * 2 : 16;
        char **bigger = realloc(in->paths, cap * sizeof *bigger);
        if (!bigger)
            goto oom;
        in->paths = bigger, in->cap = cap;
    }
    if (!(in->paths[in->n] = strdup(path)))
        goto oom;
    in->n++;
    if (!known)
        set->slots[h] = in->n;
    return 0;
oom:
    tally_error_set(err, "out of memory while listing the inputs");
    return -1;
}

static int push_path(tally_inputs *in, const char *path, tally_error *err)
{
    return push_path_if(in, path, 1, err);
}

void tally_inputs_free(tally_inputs *in)
{
    if (!in)
        return;
    for (size_t i = 0; i < in->n; i++)
        free(in->paths[i]);
    free(in->paths);
    path_set *set = in->seen;
    if (set)
        free(set->slots);
    free(set);
    memset(in, 0, sizeof *in);
}

/* A growable list of malloc'd strings, sorted before it joins the inputs. */
typedef struct name_list {
    char **v;
    size_t n, cap;
    int failed;
} name_list;

static void names_add(name_list *l, char *s)
{
    if (!s || l->failed) {
        free(s);
        l->failed = 1;
        return;
    }
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 32;
        char **bigger = realloc(l->v, cap * sizeof *bigger);
        if (!bigger) {
            free(s);
            l->failed = 1;
            return;
        }
        l->v = bigger, l->cap = cap;
    }
    l->v[l->n++] = s;
}

static int by_bytes(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void names_free(name_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

static char *join(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    int slash = a > 0 && dir[a - 1] != '/';
    char *p = malloc(a + slash + b + 1);
    if (p) {
        memcpy(p, dir, a);
        if (slash)
            p[a] = '/';
        memcpy(p + a + slash, name, b + 1);
    }
    return p;
}

/* ------------------------------------------------------------ folders */

/* The extensions of the files a folder contributes: what tally reads as
 * reports (plain text, Markdown, saved web pages). */
static const char *const report_extensions[] = {".txt", ".md", ".html", ".htm"};

int tally_is_report_name(const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof report_extensions / sizeof *report_extensions; i++) {
        size_t e = strlen(report_extensions[i]);
        if (n > e && strcasecmp(name + n - e, report_extensions[i]) == 0)
            return 1;
    }
    return 0;
}

int tally_has_glob_chars(const char *s)
{
    return strpbrk(s, "*?[") != NULL;
}

/* Is the entry a folder to descend into? Symlinked folders are not followed
 * (a link to a parent would never end); a symlinked file is read. */
static int entry_is_dir(const char *path, int *is_file)
{
    struct stat st;
    *is_file = 0;
    if (lstat(path, &st) != 0)
        return 0;
    if (S_ISLNK(st.st_mode)) {
        *is_file = stat(path, &st) == 0 && S_ISREG(st.st_mode);
        return 0;
    }
    *is_file = S_ISREG(st.st_mode);
    return S_ISDIR(st.st_mode);
}

static void collect_folder(const char *dir, name_list *out, int depth)
{
    if (depth > 64) /* deeper than any archive: a bind-mount loop */
        return;
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && !out->failed) {
        if (e->d_name[0] == '.')
            continue; /* hidden entries, and . and .. */
        char *p = join(dir, e->d_name);
        if (!p) {
            out->failed = 1;
            break;
        }
        int is_file;
        if (entry_is_dir(p, &is_file)) {
            collect_folder(p, out, depth + 1);
            free(p);
        } else if (is_file && tally_is_report_name(e->d_name)) {
            names_add(out, p);
        } else {
            free(p);
        }
    }
    closedir(d);
}

static int add_folder(tally_inputs *in, const char *dir, tally_error *err)
{
    name_list l = {0};
    collect_folder(dir, &l, 0);
    if (l.failed) {
        names_free(&l);
        tally_error_set(err, "out of memory while listing %s", dir);
        return -1;
    }
    if (l.n > 1) /* qsort(NULL, 0, …) is undefined; an empty folder has no list */
        qsort(l.v, l.n, sizeof *l.v, by_bytes);
    int rc = 0;
    for (size_t i = 0; i < l.n && rc == 0; i++)
        rc = push_path(in, l.v[i], err);
    names_free(&l);
    if (rc == 0 && l.n == 0) {
        tally_error_set(err, "%s: the folder holds no .txt, .md or .html file", dir);
        return -1;
    }
    return rc;
}

/* ------------------------------------------------------------ globs */

typedef struct glob_walk {
    char **segs;
    size_t nseg;
    name_list matches;
} glob_walk;

static void match_here(glob_walk *g, const char *base, size_t k);

/* Matches segment k on in the folder dir (a path without its final '/'). */
static void match_below(glob_walk *g, const char *dir, size_t k)
{
    char *sub = join(dir, ""); /* the folder with a '/' after it */
    if (sub)
        match_here(g, sub, k);
    else
        g->matches.failed = 1;
    free(sub);
}

/* base is "" (the working folder), "/" or a folder path ending in '/'. */
static void match_entries(glob_walk *g, const char *base, size_t k)
{
    const char *seg = g->segs[k];
    int last = k + 1 == g->nseg;
    DIR *d = opendir(*base ? base : ".");
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && !g->matches.failed) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (fnmatch(seg, e->d_name, FNM_PERIOD) != 0)
            continue;
        char *p = join(base, e->d_name);
        if (!p) {
            g->matches.failed = 1;
            break;
        }
        int is_file;
        int is_dir = entry_is_dir(p, &is_file);
        if (last) {
            if (is_dir || is_file) {
                names_add(&g->matches, p);
                p = NULL;
            }
        } else if (is_dir) {
            match_below(g, p, k + 1);
        }
        free(p);
    }
    closedir(d);
}

/* Every folder below base, for `**`: zero or more levels. */
static void match_any_depth(glob_walk *g, const char *base, size_t k, int depth)
{
    match_here(g, base, k + 1);
    if (depth > 64)
        return;
    DIR *d = opendir(*base ? base : ".");
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && !g->matches.failed) {
        if (e->d_name[0] == '.')
            continue;
        char *p = join(base, e->d_name);
        int is_file;
        if (p && entry_is_dir(p, &is_file)) {
            char *sub = join(p, "");
            if (sub)
                match_any_depth(g, sub, k, depth + 1);
            free(sub);
        }
        free(p);
    }
    closedir(d);
}

static void match_here(glob_walk *g, const char *base, size_t k)
{
    if (g->matches.failed)
        return;
    if (k == g->nseg) {
        /* the pattern ended with `**`: base itself (a folder) matches */
        size_t n = strlen(base);
        if (n > 1 && base[n - 1] == '/')
            names_add(&g->matches, strndup(base, n - 1));
        else if (n == 0)
            names_add(&g->matches, strdup("."));
        else
            names_add(&g->matches, strdup(base));
        return;
    }
    const char *seg = g->segs[k];
    if (strcmp(seg, "**") == 0) {
        match_any_depth(g, base, k, 0);
        return;
    }
    if (!tally_has_glob_chars(seg)) {
        char *p = join(base, seg);
        struct stat st;
        if (!p) {
            g->matches.failed = 1;
            return;
        }
        if (stat(p, &st) == 0) {
            if (k + 1 == g->nseg) {
                names_add(&g->matches, p);
                return;
            }
            if (S_ISDIR(st.st_mode))
                match_below(g, p, k + 1);
        }
        free(p);
        return;
    }
    match_entries(g, base, k);
}

static int add_glob(tally_inputs *in, const char *pattern, tally_error *err)
{
    char *copy = strdup(pattern);
    glob_walk g = {0};
    g.segs = calloc(strlen(pattern) / 2 + 2, sizeof *g.segs);
    if (!copy || !g.segs) {
        free(copy);
        free(g.segs);
        tally_error_set(err, "out of memory while expanding %s", pattern);
        return -1;
    }
    for (char *save = NULL, *s = strtok_r(copy, "/", &save); s; s = strtok_r(NULL, "/", &save))
        g.segs[g.nseg++] = s;
    match_here(&g, pattern[0] == '/' ? "/" : "", 0);
    free(g.segs);
    free(copy);
    if (g.matches.failed) {
        names_free(&g.matches);
        tally_error_set(err, "out of memory while expanding %s", pattern);
        return -1;
    }
    if (g.matches.n == 0) {
        tally_error_set(err, "%s: no file matches this pattern", pattern);
        return -1;
    }
    qsort(g.matches.v, g.matches.n, sizeof *g.matches.v, by_bytes);
    int rc = 0;
    for (size_t i = 0; i < g.matches.n && rc == 0; i++) {
        struct stat st;
        if (stat(g.matches.v[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            tally_error ferr = {""};
            if (add_folder(in, g.matches.v[i], &ferr) < 0 && strstr(ferr.msg, "out of memory"))
                rc = -1, *err = ferr;
        } else {
            rc = push_path(in, g.matches.v[i], err);
        }
    }
    names_free(&g.matches);
    return rc;
}

/* ------------------------------------------------------------ entry points */

int tally_inputs_add(tally_inputs *in, const char *arg, unsigned flags, tally_error *err)
{
    if (strcmp(arg, "-") == 0)
        return push_path_if(in, arg, 0, err);
    struct stat st;
    if (stat(arg, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return add_folder(in, arg, err);
        return push_path_if(in, arg, 0, err);
    }
    if (!(flags & TALLY_INPUT_LITERAL) && tally_has_glob_chars(arg))
        return add_glob(in, arg, err);
    return push_path_if(in, arg, 0, err); /* opening it will say what is wrong */
}

int tally_inputs_add_list(tally_inputs *in, const char *listpath, unsigned flags,
                          tally_warn_fn warn, void *ud, tally_error *err)
{
    int is_stdin = strcmp(listpath, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(listpath, "r");
    if (!f) {
        tally_error_set(err, "--files-from %s: %s", listpath, strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int problems = 0;
    while ((len = getline(&line, &cap, f)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0)
            continue;
        tally_error e = {""};
        if (tally_inputs_add(in, line, flags, &e) < 0) {
            if (warn)
                warn(ud, e.msg);
            else if (problems == 0)
                *err = e;
            problems++;
            if (strstr(e.msg, "out of memory"))
                break;
        }
    }
    int failed = ferror(f);
    free(line);
    if (!is_stdin)
        fclose(f);
    if (failed) {
        tally_error_set(err, "--files-from %s: read error", listpath);
        return -1;
    }
    return problems;
}
