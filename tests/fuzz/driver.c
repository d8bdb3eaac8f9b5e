/* A stand-in for libFuzzer where it is not available (gcc): replays every
 * seed of the target's corpus, then runs mutations of them for a bounded
 * number of executions and seconds, whichever ends first. The mutations
 * are the usual ones (bit flips, interesting bytes, insertions, deletions,
 * duplications, splices with another seed, and words from a dictionary of
 * the text tally reads: list markers, units, HTML, edge-case UTF-8), from a
 * seeded generator: the seed changes every run and is printed, and -seed=N
 * repeats a run exactly.
 *
 *   fuzz_NAME [CORPUS_DIR...] [-runs=N] [-max_total_time=S] [-seed=N]
 *
 * Prints how many inputs ran. The input being run is kept in fuzz-crash-NAME
 * (in the working folder), which is removed when the run ends well, so after
 * a crash or a broken invariant it holds the input; given a file instead of
 * a folder, the driver replays just that, to reproduce it. */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>

#include "fuzz.h"


size_t fuzz_max_len __attribute__((weak)) = 4096;

typedef struct blob {
    uint8_t *p;
    size_t n;
} blob;

static blob *seeds;
static size_t nseeds, capseeds;
static char crash_path[256];

/* The input being run is kept in this file (rewritten before each run,
 * removed when the driver ends well), so a crash of any kind — a signal, a
 * sanitizer's report, an invariant's abort — leaves it behind. */
static int keep_fd = -1;

static void keep_current(const uint8_t *p, size_t n)
{
    if (keep_fd < 0)
        return;
    if (lseek(keep_fd, 0, SEEK_SET) == 0 && ftruncate(keep_fd, 0) == 0) {
        ssize_t w = write(keep_fd, p, n);
        (void)w;
    }
}

static void add_seed(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    uint8_t *buf = malloc(fuzz_max_len + 1);
    size_t n = buf ? fread(buf, 1, fuzz_max_len, f) : 0;
    fclose(f);
    if (!buf)
        return;
    if (nseeds == capseeds) {
        capseeds = capseeds ? capseeds * 2 : 64;
        seeds = realloc(seeds, capseeds * sizeof *seeds);
        if (!seeds)
            exit(2);
    }
    seeds[nseeds].p = buf;
    seeds[nseeds++].n = n;
}

static void add_dir(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) != 0)
        return;
    if (!S_ISDIR(st.st_mode)) {
        add_seed(dir);
        return;
    }
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char **names = NULL;
    size_t nn = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        names = realloc(names, (nn + 1) * sizeof *names);
        names[nn++] = strdup(e->d_name);
    }
    closedir(d);
    /* in name order, so that a run does not depend on the directory's order */
    for (size_t i = 1; i < nn; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    for (size_t i = 0; i < nn; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        add_seed(path);
        free(names[i]);
    }
    free(names);
}

static uint64_t rng;
static uint64_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}
static size_t below(size_t n)
{
    return n ? (size_t)(next_rand() % n) : 0;
}

static const char *const dictionary[] = {
    "一是", "二是", "三是", "首先", "其次", "最后", "一、", "二、", "（一）", "（二）", "1.", "2.", "第一",
    "亿元", "万元", "元", "%", "％", "个百分点", "同比增长", "下降", "增长", "位居全国第", "位", "倍",
    "14.8", "119.7", "1,234.5", "三千五百万", "两", "〇", "零", "约", "近", "超过", "2023年", "1—8月",
    "。", "，", "；", "：", "！", "\n", "\n\n", "\r\n", " ", "\t", "「", "」", "“", "”", "（", "）",
    "<p>", "</p>", "<br>", "<title>", "</title>", "<script>", "</script>", "<!--", "-->", "&amp;",
    "&#", "&#x", ";", "&#99999999999;", "<meta charset=\"big5\">", "<html>", "---\n", "...\n",
    "進出口", "發展", "記者", "编辑：", "（作者为", "\xEF\xBB\xBF", "\xEF\xBF\xBD", "\xF0\x9F\x98\x80",
    "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE4\xB8", "\xFF", "\x00", "(?", "(a+)+$", "\\K",
    "(?=", "[", "]", "*", "+?", "{2,}", "\\p{Han}", "(?<n>", ")", "|",
};

static size_t mutate(uint8_t *buf, size_t n, size_t cap)
{
    int rounds = 1 + (int)below(4);
    for (int r = 0; r < rounds; r++) {
        switch (below(8)) {
        case 0: /* flip a bit */
            if (n)
                buf[below(n)] ^= (uint8_t)(1u << below(8));
            break;
        case 1: { /* an interesting byte */
            static const uint8_t b[] = {0, 0x7F, 0x80, 0xBF, 0xC0, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xFF,
                                        '\n', ' ', '<', '&', '%', '.', '0', '9'};
            if (n)
                buf[below(n)] = b[below(sizeof b)];
            break;
        }
        case 2: { /* delete a range */
            if (!n)
                break;
            size_t at = below(n), k = 1 + below(n - at < 16 ? n - at : 16);
            memmove(buf + at, buf + at + k, n - at - k);
            n -= k;
            break;
        }
        case 3: { /* duplicate a range */
            if (!n)
                break;
            size_t at = below(n), k = 1 + below(n - at < 64 ? n - at : 64);
            if (n + k > cap)
                break;
            size_t to = below(n + 1);
            uint8_t tmp[64];
            memcpy(tmp, buf + at, k);
            memmove(buf + to + k, buf + to, n - to);
            memcpy(buf + to, tmp, k);
            n += k;
            break;
        }
        case 4:
        case 5: { /* a dictionary word */
            const char *w = dictionary[below(sizeof dictionary / sizeof *dictionary)];
            size_t k = w[0] ? strlen(w) : 1;
            if (n + k > cap)
                break;
            size_t to = below(n + 1);
            memmove(buf + to + k, buf + to, n - to);
            memcpy(buf + to, w, k);
            n += k;
            break;
        }
        case 6: { /* splice with another seed */
            if (!nseeds)
                break;
            const blob *o = &seeds[below(nseeds)];
            if (!o->n)
                break;
            size_t at = below(o->n), k = 1 + below(o->n - at);
            if (n + k > cap)
                k = cap - n;
            size_t to = below(n + 1);
            memmove(buf + to + k, buf + to, n - to);
            memcpy(buf + to, o->p + at, k);
            n += k;
            break;
        }
        case 7: /* cut the end (sequences cut at the buffer's end) */
            if (n)
                n = below(n + 1);
            break;
        }
    }
    return n;
}

static void run_one(const uint8_t *p, size_t n)
{
    /* a copy of exactly n bytes, so a read past the end is caught */
    uint8_t *copy = malloc(n ? n : 1);
    if (!copy)
        exit(2);
    memcpy(copy, p, n);
    keep_current(copy, n);
    LLVMFuzzerTestOneInput(copy, n);
    free(copy);
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    long runs = 5000;
    int runs_given = 0, replay_only = 0;
    double max_time = 10;
    /* a new seed each run, so that CI runs explore different inputs; the
     * seed is printed, and -seed=N repeats a run */
    unsigned long long seed = (unsigned long long)time(NULL) ^ ((unsigned long long)getpid() << 16);
    const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
    snprintf(crash_path, sizeof crash_path, "fuzz-crash-%s", name);
    for (int i = 1; i < argc; i++) {
        if (strncmp(argv[i], "-runs=", 6) == 0)
            runs = atol(argv[i] + 6), runs_given = 1;
        else if (strncmp(argv[i], "-max_total_time=", 16) == 0)
            max_time = atof(argv[i] + 16);
        else if (strncmp(argv[i], "-seed=", 6) == 0)
            seed = strtoull(argv[i] + 6, NULL, 10);
        else if (argv[i][0] != '-') {
            struct stat st;
            if (stat(argv[i], &st) == 0 && !S_ISDIR(st.st_mode) && !runs_given)
                replay_only = 1;
            add_dir(argv[i]);
        }
    }
    if (replay_only)
        runs = 0; /* files named: reproduce them, nothing more */
    else
        keep_fd = open(crash_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    rng = seed * 0x9E3779B97F4A7C15ull + 1;
    fprintf(stderr, "%s: -seed=%llu\n", name, seed); /* before any crash */
    double start = seconds();
    for (size_t i = 0; i < nseeds; i++)
        run_one(seeds[i].p, seeds[i].n);
    uint8_t *buf = malloc(fuzz_max_len + 1);
    long done = 0;
    while (buf && done < runs && seconds() - start < max_time) {
        size_t n = 0;
        if (nseeds) {
            const blob *b = &seeds[below(nseeds)];
            memcpy(buf, b->p, b->n);
            n = b->n;
        }
        n = mutate(buf, n, fuzz_max_len);
        run_one(buf, n);
        done++;
    }
    printf("%s: %zu seeds and %ld mutations (-seed=%llu) in %.1f s, no crash, invariants held\n", name,
           nseeds, done, seed, seconds() - start);
    free(buf);
    if (keep_fd >= 0) {
        close(keep_fd);
        unlink(crash_path);
    }
    for (size_t i = 0; i < nseeds; i++)
        free(seeds[i].p);
    free(seeds);
    return 0;
}
