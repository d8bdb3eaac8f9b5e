/* A minimal test harness: CHECK records a failure and goes on; main returns
 * check_summary(), which prints "N passed, N failed" and the exit code. */
#ifndef TALLY_CHECK_H
#define TALLY_CHECK_H

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

static inline int check_summary(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
