/* The progress line: redrawn at most ten times a second, erased at the end. */
#include "progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void tally_progress_begin(tally_progress *p, size_t total, int quiet)
{
    p->enabled = !quiet && isatty(STDERR_FILENO);
    p->shown = 0;
    p->start = p->last = now();
    p->total = total;
    p->bytes = 0;
}

void tally_progress_step(tally_progress *p, size_t done, size_t doc_bytes)
{
    p->bytes += doc_bytes;
    if (!p->enabled)
        return;
    double t = now();
    if (t - p->start < 1.0 || (p->shown && t - p->last < 0.1 && done < p->total))
        return;
    p->last = t;
    p->shown = 1;
    if (p->bytes < 1000000)
        fprintf(stderr, "\r\033[Ktally: %zu/%zu documents, %zu KB, %.1f s", done, p->total,
                (p->bytes + 999) / 1000, t - p->start);
    else
        fprintf(stderr, "\r\033[Ktally: %zu/%zu documents, %.1f MB, %.1f s", done, p->total,
                (double)p->bytes / 1e6, t - p->start);
    fflush(stderr);
}

void tally_progress_end(tally_progress *p)
{
    if (p->shown) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
    p->shown = 0;
}
