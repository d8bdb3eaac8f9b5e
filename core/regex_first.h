/* What a PCRE2 pattern can start with, read from its source, so a scanner can
 * try the pattern only where a match can begin (its first character is in
 * the set) instead of letting PCRE2 try it at every character: for patterns
 * that open with a class of CJK characters, PCRE2's own start bitmap holds
 * only the first byte of each, which nearly every CJK character shares.
 * The reading is conservative: a construct it does not know (case-folding
 * options, backreferences, \K, `.`, negated classes at the start ...) or a
 * pattern that can match the empty string gives "cannot tell", and the
 * caller then runs the pattern everywhere, as before. */
#ifndef TALLY_REGEX_FIRST_H
#define TALLY_REGEX_FIRST_H

#include <stddef.h>
#include <stdint.h>

typedef struct tally_first_set {
    unsigned char bmp[0x10000 / 8]; /* one bit per code point of the BMP */
    int astral;                     /* some code point above U+FFFF may begin */
} tally_first_set;

static inline int tally_first_has(const tally_first_set *s, uint32_t c)
{
    return c > 0xFFFF ? s->astral : (s->bmp[c >> 3] >> (c & 7)) & 1;
}

/* Adds to *set every code point a match of pattern (compiled with PCRE2_UTF
 * and PCRE2_UCP) can begin with, a superset. Returns 1, or 0 when it cannot
 * tell (*set is then unchanged only in part: do not use it). */
int tally_regex_first_chars(const char *pattern, tally_first_set *set);

/* A necessary condition for an anchored match at a position, read from the
 * pattern's source (the subset tally_regex_first_chars reads), so a scanner
 * can skip most PCRE2 calls where the first character fits but no match can
 * follow. With need_known, every match holds a character of `need`, and
 * every character it consumes before the first of them is in `via` (or
 * via_any): [一二三]+届 needs 届 through 一二三. With not_after_known, no
 * match starts right after a character of `not_after` (the pattern opens
 * with a negative lookbehind of one character class: (?<![!-~])). */
typedef struct tally_regex_reach {
    tally_first_set need, via, not_after;
    int need_known, via_any, not_after_known;
} tally_regex_reach;

/* Fills *out (which it clears first). Returns 1 when either condition is
 * known, 0 when neither is (or the pattern is beyond the reader). */
int tally_regex_reach_of(const char *pattern, tally_regex_reach *out);

/* When pattern is nothing but literal alternatives — `一线`, `签约|履约`,
 * `一体化?` (a single character made optional) — calls add(ctx, bytes, len)
 * for each string it matches, in the order PCRE2 tries them at one position
 * (`一体化?` gives 一体化, then 一体), and returns how many; returns 0
 * (without calling add) for any other pattern, or one that matches the
 * empty string. A negative result of add stops and is returned. */
int tally_regex_literals(const char *pattern, int (*add)(void *ctx, const char *s, size_t len),
                         void *ctx);

#endif
