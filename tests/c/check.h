/* A minimal test harness: CHECK records a failure and goes on; main returns
 * check_summary(), which prints "N passed, N failed" and the exit code. */
#ifndef TALLY_CHECK_H
#define TALLY_CHECK_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (cond)                                                            \
            check_passed++;                                                  \
        else {                                                               \
            check_failed++;                                                  \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                    \
    } while (0)

#define CHECK_STR(a, b)                                                      \
    do {                                                                     \
        const char *a_ = (a), *b_ = (b);                                     \
        if (a_ && b_ && strcmp(a_, b_) == 0)                                 \
            check_passed++;                                                  \
        else {                                                               \
            check_failed++;                                                  \
            fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, \
                    b_ ? b_ : "(null)", a_ ? a_ : "(null)");                 \
        }                                                                    \
    } while (0)

/* The folder of the shared seeds, or NULL (tests that need it skip). */
static inline const char *check_shared(void)
{
    const char *s = getenv("TALLY_SHARED");
    return s && *s ? s : "../shared";
}

/* Calls fn(path, text, length) for each *.txt file in dir, the text read whole and
 * NUL-terminated; returns how many files it read (0 when dir is absent). The tests that
 * compare a fast path with its reference over every report at hand share it. */
static inline size_t check_each_text(const char *dir,
                                     void (*fn)(const char *path, const char *text, size_t len))
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t files = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l <= 4 || strcmp(e->d_name + l - 4, ".txt") != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *t = n >= 0 ? malloc((size_t)n + 1) : NULL;
        if (t && fread(t, 1, (size_t)n, f) == (size_t)n) {
            t[n] = 0;
            fn(path, t, (size_t)n);
            files++;
        }
        free(t);
        fclose(f);
    }
    closedir(d);
    return files;
}

static inline int check_summary(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
