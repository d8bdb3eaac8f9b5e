/* The progress line a long corpus run shows on stderr: only when stderr is a
 * terminal, not with --quiet, and only once the run has taken a second, so
 * short runs and redirected output stay clean. */
#ifndef TALLY_PROGRESS_H
#define TALLY_PROGRESS_H

#include <stddef.h>

typedef struct tally_progress {
    int enabled, shown;
    double start, last;
    size_t total, bytes;
} tally_progress;

void tally_progress_begin(tally_progress *p, size_t total, int quiet);
/* Called as each document is handed over: done of total, with its size. */
void tally_progress_step(tally_progress *p, size_t done, size_t doc_bytes);
/* Erases the line, if one was drawn. */
void tally_progress_end(tally_progress *p);

#endif
