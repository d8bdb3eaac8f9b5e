/* Regular expressions: PCRE2 (8-bit) in UTF mode with Unicode properties,
 * JIT-compiled when the platform allows, with match, depth and heap limits on
 * every match so that a pathological pattern ends in an error, never a hang.
 *
 * A tally_regex keeps one match buffer, so one regex must not be used by two
 * threads at once; compile one per thread instead. */
#ifndef TALLY_REGEX_H
#define TALLY_REGEX_H

#include <stddef.h>
#include <stdint.h>

#include "tally/tally.h"

/* The limits set on every match (the values rspamd uses). */
#define TALLY_REGEX_MATCH_LIMIT 1000000u /* calls of the internal match() */
#define TALLY_REGEX_DEPTH_LIMIT 100000u  /* backtracking depth (interpreter) */
#define TALLY_REGEX_HEAP_LIMIT_KIB 65536u /* 64 MiB of backtracking frames */
#define TALLY_REGEX_JIT_STACK_MAX (1024u * 1024u)

/* The flag letters tally_regex_compile accepts. */
#define TALLY_REGEX_FLAGS "imsxu"

/* A group that took no part in the match has start == stop == this. */
#define TALLY_REGEX_UNSET SIZE_MAX

/* Search options. */
enum {
    /* An empty match at the start offset is not a match (the search goes on
     * from there); used after a match so that an empty match adjacent to it
     * is skipped. */
    TALLY_REGEX_NOTEMPTY_ATSTART = 1u << 0
};

typedef struct tally_regex tally_regex;

typedef struct tally_regex_name {
    const char *name; /* NUL-terminated */
    uint32_t group;   /* 1-based capture group number */
} tally_regex_name;

/* Compiles a pattern of len bytes. flags is NULL or a string of letters from
 * TALLY_REGEX_FLAGS: i caseless, m multiline (^ $ at line ends), s dotall,
 * x extended (whitespace and # comments ignored), u ungreedy. NULL on failure,
 * with err saying "<pcre2 message> at offset N in /pattern/" (or naming the
 * unknown flag). */
tally_regex *tally_regex_compile(const char *pattern, size_t len, const char *flags,
                                 tally_error *err);
void tally_regex_free(tally_regex *re);

/* The pattern and flags it was compiled from (NUL-terminated copies). */
const char *tally_regex_pattern(const tally_regex *re, size_t *len);
const char *tally_regex_flags(const tally_regex *re);
/* Number of capture groups (not counting the whole match). */
uint32_t tally_regex_groups(const tally_regex *re);
/* Named groups in name order; *n receives their count. */
const tally_regex_name *tally_regex_names(const tally_regex *re, size_t *n);
/* The group number of a name, or 0 when there is no such group. With
 * duplicate names (?J) the first group of that name. */
uint32_t tally_regex_group_number(const tally_regex *re, const char *name, size_t len);
/* Whether matching runs JIT-compiled code (else the interpreter). */
int tally_regex_is_jit(const tally_regex *re);

/* Searches subject[0..len) from byte offset start (an offset inside a UTF-8
 * character starts at the next character). Returns 1 on a match, with
 * groups[0] the whole match and groups[1..tally_regex_groups(re)] the
 * captures as half-open byte spans (TALLY_REGEX_UNSET when a group did not
 * take part); 0 when there is no match; -1 on an error (a limit was reached),
 * with err naming the pattern. groups must hold tally_regex_groups(re) + 1
 * spans. Invalid UTF-8 in the subject never matches and never crashes. */
int tally_regex_search(tally_regex *re, const char *subject, size_t len, size_t start,
                       unsigned options, tally_span *groups, tally_error *err);

/* Writes "/pattern/flags" into buf (cut at a character boundary with "..."
 * if longer than fits), for messages. */
void tally_regex_describe(const tally_regex *re, char *buf, size_t size);

#endif
