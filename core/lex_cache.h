/* The lexicon's segmentation of a document's spans, remembered (one cache per
 * figure scan). The clause analysis segments overlapping spans of a sentence
 * again and again: the status stage the clause before each figure, the
 * clauses before it and the sentence up to it, the subject stage the clause
 * around the figure. A span's segmentation is not in general a piece of a
 * longer span's (the cheapest path depends on what follows), but it is
 * across a character that no word holds (tally_lex_unit_end's cut: ，。、
 * and the like): the words of a span are those of the pieces between its
 * cuts, with each cut a word between. So a span is read as its pieces, and
 * each piece's words are segmented once and kept; the words returned are
 * tally_lex_segment's, including its cut after TALLY_LEX_MAX_CHARS
 * characters and after max words (tests/c/test_lex_cache.c). */
#ifndef TALLY_LEX_CACHE_H
#define TALLY_LEX_CACHE_H

#include "lexicon.h"

typedef struct tally_lex_cache tally_lex_cache;

/* A cache for spans of one text; NULL out of memory (the calls below then
 * segment directly). */
tally_lex_cache *tally_lex_cache_new(void);
void tally_lex_cache_free(tally_lex_cache *c);

/* tally_lex_segment(s, a, b, out, max), from the cache where it can. s must
 * be the same text for every call with one cache. */
size_t tally_lex_segment_cached(tally_lex_cache *c, const char *s, size_t a, size_t b,
                                lex_word *out, size_t max);

#endif
