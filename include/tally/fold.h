/* Folding a text for matching: full-width forms to ASCII, Traditional to
 * Simplified, corner brackets to curly quotes, with an exact map from every
 * folded offset back to the text it came from. */
#ifndef TALLY_FOLD_H
#define TALLY_FOLD_H

#include "tally/tally.h"

/* A stretch of the folded text and where it comes from. The segments tile
 * both texts in order: segment k covers folded bytes [folded_k, folded_k+1)
 * and source bytes [source_k, source_k+1). */
typedef struct tally_fold_seg {
    size_t folded;
    size_t source;
    /* 0: folded and source bytes correspond one to one (text copied, or a
     * character replaced by one of the same byte length);
     * 1: one source character whose folded form has another length, so any
     * position inside it stands for the whole character. */
    int whole;
} tally_fold_seg;

typedef struct tally_folded {
    char *text; /* folded UTF-8, NUL-terminated */
    size_t len;
    size_t source_len;
    tally_fold_seg *segs;
    size_t n_segs;
} tally_folded;

/* Folds UTF-8 text (an invalid sequence becomes U+FFFD) and keeps the map.
 * NULL with err set on failure. Safe to call from any thread. */
tally_folded *tally_fold(const char *s, size_t len, tally_error *err);
void tally_folded_free(tally_folded *f);

/* A regex pattern's folded text, for searching folded text: a character that
 * folded to ASCII punctuation or a space comes out escaped with a backslash
 * (unless a backslash already escapes it), so that literal text stays
 * literal: （ matches the ( of folded text, it does not open a group.
 * f is the pattern folded by tally_fold; out must have room for
 * 2 * f->len + 1 bytes. Returns the length written (out is NUL-terminated). */
size_t tally_fold_pattern(const tally_folded *f, char *out);

/* Folds without keeping the map: a malloc'd NUL-terminated string. */
char *tally_fold_string(const char *s, size_t len, size_t *out_len, tally_error *err);

/* The source span that the folded span [start, stop) comes from, widened to
 * whole source characters: a span that starts or ends inside a character
 * whose folded form has another length covers all of that character. */
tally_span tally_folded_to_source(const tally_folded *f, size_t start, size_t stop);

/* Where source offset pos lands in the folded text; a source character
 * boundary lands on a folded character boundary, an offset inside a
 * character on the boundary after it. */
size_t tally_folded_from_source(const tally_folded *f, size_t pos);

#endif
