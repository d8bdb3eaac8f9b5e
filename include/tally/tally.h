/* tally: the public C API of the engine. Nothing here depends on Lua. */
#ifndef TALLY_TALLY_H
#define TALLY_TALLY_H

#include <stddef.h>

/* A half-open byte range [start, stop) into a UTF-8 text. The Lua layer turns
 * it into 1-based inclusive offsets, which is what scripts see. */
typedef struct tally_span {
    size_t start;
    size_t stop;
} tally_span;

/* Where an engine call failed, in words an analyst can act on. */
typedef struct tally_error {
    char msg[512];
} tally_error;

void tally_error_set(tally_error *err, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Receives non-fatal problems (invalid bytes, ...) as one line of text. */
typedef void (*tally_warn_fn)(void *ud, const char *msg);

#endif
