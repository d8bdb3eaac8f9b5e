/* The regex engine: every PCRE2 call tally makes lives here, so the Lua
 * binding (lua_regex.c) only deals in byte spans and error messages. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "tally/regex.h"
#include "memory_limit.h"
#include "tally/deadline.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Patterns are shown in messages up to this many bytes. */
#define SHOWN_PATTERN_MAX 120

struct tally_regex {
    pcre2_code *code;
    pcre2_match_data *match_data; /* one per regex: callers copy spans out */
    pcre2_match_context *match_ctx;
    pcre2_jit_stack *jit_stack; /* made on first need, see search() */
    int jit;
    uint32_t groups;
    tally_regex_name *names;
    size_t n_names;
    char *pattern;
    size_t pattern_len;
    char flags[sizeof TALLY_REGEX_FLAGS];
};

/* Flag letters and the compile options they stand for. UTF and UCP are
 * always on: reports are Chinese, and \d, \w, \b must know it. */
static const struct {
    char letter;
    uint32_t option;
} flag_table[] = {
    {'i', PCRE2_CASELESS},
    {'m', PCRE2_MULTILINE},
    {'s', PCRE2_DOTALL},
    {'x', PCRE2_EXTENDED},
    {'u', PCRE2_UNGREEDY},
};

static const uint32_t always_options =
    PCRE2_UTF | PCRE2_UCP
    /* Lua strings may hold any bytes: invalid UTF-8 never matches instead of
     * being an error, and the JIT can then skip validating the subject. */
    | PCRE2_MATCH_INVALID_UTF
    /* \C matches one byte, which could split a character. */
    | PCRE2_NEVER_BACKSLASH_C;

/* Length of the longest prefix of s[0..len) that fits in max bytes without
 * cutting a UTF-8 character. */
static size_t utf8_prefix(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

static void describe(const char *pattern, size_t len, const char *flags, char *buf,
                     size_t size)
{
    size_t shown = utf8_prefix(pattern, len, SHOWN_PATTERN_MAX);
    snprintf(buf, size, "/%.*s%s/%s", (int)shown, pattern, shown < len ? "..." : "",
             flags ? flags : "");
}

void tally_regex_describe(const tally_regex *re, char *buf, size_t size)
{
    describe(re->pattern, re->pattern_len, re->flags, buf, size);
}

static int parse_flags(const char *flags, uint32_t *options, char *canonical,
                       tally_error *err)
{
    size_t n = 0;
    for (const char *f = flags; f && *f; f++) {
        size_t i = 0;
        while (i < sizeof flag_table / sizeof flag_table[0] && flag_table[i].letter != *f)
            i++;
        if (i == sizeof flag_table / sizeof flag_table[0]) {
            tally_error_set(err, "tally.regex: unknown flag '%c' in \"%s\" (flags are %s)",
                            *f, flags, TALLY_REGEX_FLAGS);
            return 0;
        }
        if (!(*options & flag_table[i].option)) {
            *options |= flag_table[i].option;
            canonical[n++] = *f;
        }
    }
    canonical[n] = '\0';
    return 1;
}

static int read_names(tally_regex *re, tally_error *err)
{
    uint32_t count = 0, entry_size = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMECOUNT, &count);
    if (count == 0)
        return 1;
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMETABLE, &table);
    re->names = calloc(count, sizeof *re->names);
    if (!re->names) {
        tally_error_set(err, "tally.regex: out of memory");
        return 0;
    }
    /* Each entry: the group number in two bytes, big-endian, then the
     * NUL-terminated name; entries are sorted by name. */
    for (uint32_t i = 0; i < count; i++) {
        PCRE2_SPTR e = table + (size_t)i * entry_size;
        re->names[i].group = ((uint32_t)e[0] << 8) | e[1];
        re->names[i].name = (const char *)(e + 2);
    }
    re->n_names = count;
    return 1;
}

tally_regex *tally_regex_compile(const char *pattern, size_t len, const char *flags,
                                 tally_error *err)
{
    uint32_t options = 0;
    char canonical[sizeof TALLY_REGEX_FLAGS];
    if (!parse_flags(flags, &options, canonical, err))
        return NULL;

    int code_err;
    PCRE2_SIZE offset;
    /* compiled, matched and its JIT stack kept in memory --max-memory counts */
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, len, options | always_options,
                                     &code_err, &offset, tally_memory_pcre2_compile());
    if (!code) {
        PCRE2_UCHAR msg[256];
        char shown[SHOWN_PATTERN_MAX + 32];
        pcre2_get_error_message(code_err, msg, sizeof msg);
        describe(pattern, len, canonical, shown, sizeof shown);
        tally_error_set(err, "tally.regex: %s at offset %zu in %s", (const char *)msg,
                        (size_t)offset, shown);
        return NULL;
    }

    tally_regex *re = calloc(1, sizeof *re);
    if (!re) {
        pcre2_code_free(code);
        tally_error_set(err, "tally.regex: out of memory");
        return NULL;
    }
    re->code = code;
    memcpy(re->flags, canonical, sizeof canonical);
    re->pattern = malloc(len + 1);
    re->match_data = pcre2_match_data_create_from_pattern(code, NULL);
    re->match_ctx = pcre2_match_context_create(tally_memory_pcre2());
    if (!re->pattern || !re->match_data || !re->match_ctx || !read_names(re, err)) {
        if (err->msg[0] == '\0')
            tally_error_set(err, "tally.regex: out of memory");
        tally_regex_free(re);
        return NULL;
    }
    memcpy(re->pattern, pattern, len);
    re->pattern[len] = '\0';
    re->pattern_len = len;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &re->groups);

    /* A pathological pattern can burn unbounded time and memory on some
     * text; the limits turn that into an error (the JIT honours the match
     * limit; depth and heap bound the interpreter). */
    pcre2_set_match_limit(re->match_ctx, TALLY_REGEX_MATCH_LIMIT);
    pcre2_set_depth_limit(re->match_ctx, TALLY_REGEX_DEPTH_LIMIT);
    pcre2_set_heap_limit(re->match_ctx, TALLY_REGEX_HEAP_LIMIT_KIB);

    /* Without JIT support (or out of executable memory) the interpreter
     * gives the same results, only slower; TALLY_REGEX_JIT=0 asks for it,
     * to test that path or to work around a JIT problem. */
    const char *want_jit = getenv("TALLY_REGEX_JIT");
    if (!want_jit || strcmp(want_jit, "0") != 0)
        re->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    return re;
}

void tally_regex_free(tally_regex *re)
{
    if (!re)
        return;
    pcre2_jit_stack_free(re->jit_stack);
    pcre2_match_context_free(re->match_ctx);
    pcre2_match_data_free(re->match_data);
    pcre2_code_free(re->code);
    free(re->names);
    free(re->pattern);
    free(re);
}

const char *tally_regex_pattern(const tally_regex *re, size_t *len)
{
    if (len)
        *len = re->pattern_len;
    return re->pattern;
}

const char *tally_regex_flags(const tally_regex *re)
{
    return re->flags;
}

uint32_t tally_regex_groups(const tally_regex *re)
{
    return re->groups;
}

const tally_regex_name *tally_regex_names(const tally_regex *re, size_t *n)
{
    *n = re->n_names;
    return re->names;
}

uint32_t tally_regex_group_number(const tally_regex *re, const char *name, size_t len)
{
    for (size_t i = 0; i < re->n_names; i++)
        if (strlen(re->names[i].name) == len && memcmp(re->names[i].name, name, len) == 0)
            return re->names[i].group;
    return 0;
}

int tally_regex_is_jit(const tally_regex *re)
{
    return re->jit;
}

/* What an analyst can do about a limit error. */
static const char *limit_advice(int rc)
{
    switch (rc) {
    case PCRE2_ERROR_MATCHLIMIT:
        return " (the pattern backtracks too much on this text: make it more specific, "
               "e.g. avoid nested repeats like (a+)+)";
    case PCRE2_ERROR_DEPTHLIMIT:
    case PCRE2_ERROR_HEAPLIMIT:
    case PCRE2_ERROR_JIT_STACKLIMIT:
        return " (a repeated group runs over too long a stretch of this text: use a "
               "character class, e.g. [ab]* rather than (a|b)*, or match smaller pieces)";
    default:
        return "";
    }
}

int tally_regex_search(tally_regex *re, const char *subject, size_t len, size_t start,
                       unsigned options, tally_span *groups, tally_error *err)
{
    if (start > len)
        return 0;
    /* one search is bounded by the match limit; a loop of searches (gsub,
     * gmatch over a long text) is bounded by the deadline */
    if (tally_deadline_passed()) {
        tally_error_set(err, "tally.regex: %s", TALLY_DEADLINE_MESSAGE);
        return -1;
    }
    uint32_t match_options = 0;
    if (options & TALLY_REGEX_NOTEMPTY_ATSTART)
        match_options |= PCRE2_NOTEMPTY_ATSTART;

    int rc = pcre2_match(re->code, (PCRE2_SPTR)subject, len, start, match_options,
                         re->match_data, re->match_ctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT && re->jit && !re->jit_stack) {
        /* The default JIT stack (32 KiB on the machine stack) suits almost
         * every pattern; the few that need more get their own, once. */
        re->jit_stack = pcre2_jit_stack_create(32 * 1024, TALLY_REGEX_JIT_STACK_MAX,
                                               tally_memory_pcre2());
        if (re->jit_stack) {
            pcre2_jit_stack_assign(re->match_ctx, NULL, re->jit_stack);
            rc = pcre2_match(re->code, (PCRE2_SPTR)subject, len, start, match_options,
                             re->match_data, re->match_ctx);
        }
    }
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0) {
        PCRE2_UCHAR msg[256];
        char shown[SHOWN_PATTERN_MAX + 32];
        pcre2_get_error_message(rc, msg, sizeof msg);
        tally_regex_describe(re, shown, sizeof shown);
        tally_error_set(err, "tally.regex: %s in %s%s", (const char *)msg, shown,
                        limit_advice(rc));
        return -1;
    }

    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(re->match_data);
    if (ov[0] > ov[1]) {
        /* Only \K inside a lookaround can do this, which PCRE2 refuses by
         * default; say so rather than hand out a reversed span. */
        char shown[SHOWN_PATTERN_MAX + 32];
        tally_regex_describe(re, shown, sizeof shown);
        tally_error_set(err, "tally.regex: match ends before it starts (\\K in a lookaround?) in %s",
                        shown);
        return -1;
    }
    for (uint32_t i = 0; i <= re->groups; i++) {
        if (ov[2 * i] == PCRE2_UNSET) {
            groups[i].start = groups[i].stop = TALLY_REGEX_UNSET;
        } else {
            groups[i].start = ov[2 * i];
            groups[i].stop = ov[2 * i + 1];
        }
    }
    return 1;
}
