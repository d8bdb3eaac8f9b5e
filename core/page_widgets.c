/* Widgets inside a page's body (page_widgets.h). Each body paragraph short
 * enough for some rule is folded to Simplified and tried against the rules;
 * most paragraphs of a report are sentences longer than any bound, so they
 * cost a length count. */
#include "page_widgets.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "tally/figures.h"

static pcre2_code **compiled;
static int build_failed;
static int longest_bound;
static pthread_once_t build_once = PTHREAD_ONCE_INIT;

static void free_rules(void)
{
    for (size_t k = 0; compiled && compiled[k]; k++)
        pcre2_code_free(compiled[k]);
    free(compiled);
    compiled = NULL;
}

static void build_rules(void)
{
    size_t n = 0;
    while (tally_widget_rules[n].name)
        n++;
    compiled = calloc(n + 1, sizeof *compiled);
    if (!compiled) {
        build_failed = 1;
        return;
    }
    for (size_t k = 0; k < n; k++) {
        int code;
        PCRE2_SIZE off;
        compiled[k] = pcre2_compile((PCRE2_SPTR)tally_widget_rules[k].pattern, PCRE2_ZERO_TERMINATED,
                                    PCRE2_UTF | PCRE2_UCP, &code, &off, NULL);
        if (!compiled[k]) {
            build_failed = 1;
            free_rules();
            return;
        }
        /* every short heading and table row of a report is tried against
         * these: JIT-compiled they cost a tenth of the interpreter (pcre2_match
         * uses the JIT code when there is some, the interpreter otherwise);
         * TALLY_REGEX_JIT=0 asks for the interpreter, as for tally.regex
         * (valgrind cannot follow JIT code) */
        const char *want_jit = getenv("TALLY_REGEX_JIT");
        if (!want_jit || strcmp(want_jit, "0") != 0)
            pcre2_jit_compile(compiled[k], PCRE2_JIT_COMPLETE);
        if (tally_widget_rules[k].max_chars > longest_bound)
            longest_bound = tally_widget_rules[k].max_chars;
    }
    if (tally_widget_block_chars > longest_bound)
        longest_bound = tally_widget_block_chars;
    atexit(free_rules);
}

/* Characters of [a, b), counted up to limit + 1. */
static size_t chars_upto(const char *t, size_t a, size_t b, size_t limit)
{
    /* a character is at most 4 bytes: a paragraph this long has more than
     * limit characters without counting them (most body paragraphs) */
    if (b - a >= 4 * (limit + 1))
        return limit + 1;
    size_t n = 0;
    for (size_t i = a; i < b && n <= limit; n++)
        scan_next(t, b, &i);
    return n;
}

static int has_sentence_mark(const char *t, size_t a, size_t b)
{
    static const char *const marks[] = {"，", "。", "；", "！", "？", NULL};
    for (size_t k = 0; marks[k]; k++)
        if (scan_contains(t, a, b, marks[k]))
            return 1;
    return 0;
}

static int matches(pcre2_code *re, const char *s, size_t n, pcre2_match_data *md, int want)
{
    int got = 0;
    for (size_t from = 0; from <= n && got < want;) {
        if (pcre2_match(re, (PCRE2_SPTR)s, n, from, 0, md, NULL) < 0)
            break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        got++;
        from = ov[1] > from ? ov[1] : from + 1;
        while (from < n && ((unsigned char)s[from] & 0xC0) == 0x80)
            from++;
    }
    return got >= want;
}

int tally_page_widgets(const char *text, size_t len, const tally_structure *st, tally_span **out,
                       size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!st || !st->n_body)
        return 0;
    pthread_once(&build_once, build_rules);
    if (build_failed)
        return -1;
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    tally_span *v = NULL;
    size_t m = 0, cap = 0;
    int block_left = 0; /* paragraphs a comment block may still claim */
    for (size_t p = 0; p < st->n_body; p++) {
        size_t a = st->body[p].start, b = st->body[p].stop;
        if (b > len || a >= b)
            continue;
        size_t chars = chars_upto(text, a, b, (size_t)longest_bound);
        int widget = 0;
        if (block_left > 0 && chars <= (size_t)tally_widget_block_chars) {
            widget = 1;
            block_left--;
        } else {
            block_left = 0;
        }
        int plain = -1, tried = 0;
        for (size_t k = 0; !widget && chars <= (size_t)longest_bound && compiled[k]; k++) {
            const tally_widget_rule *r = &tally_widget_rules[k];
            if (chars > (size_t)r->max_chars)
                continue;
            if (r->plain_line && plain < 0)
                plain = !has_sentence_mark(text, a, b);
            if ((r->plain_line && !plain) || (r->needs && !scan_contains(text, a, b, r->needs)))
                continue;
            tried = 1;
            break;
        }
        if (tried) {
            if (plain < 0)
                plain = !has_sentence_mark(text, a, b);
            tally_error err;
            char *f = tally_fold_simplified(text + a, b - a, &err);
            if (!f || !md) {
                free(f);
                free(v);
                pcre2_match_data_free(md);
                return -1;
            }
            for (size_t k = 0; compiled[k] && !widget; k++) {
                const tally_widget_rule *r = &tally_widget_rules[k];
                if (chars > (size_t)r->max_chars || (r->plain_line && !plain) ||
                    (r->needs && !scan_contains(text, a, b, r->needs)))
                    continue;
                if (matches(compiled[k], f, b - a, md, r->min_matches)) {
                    widget = 1;
                    if (r->opens_block)
                        block_left = tally_widget_block_paragraphs;
                }
            }
            free(f);
        }
        if (!widget)
            continue;
        if (m == cap) {
            size_t nc = cap ? cap * 2 : 8;
            tally_span *nv = realloc(v, nc * sizeof *nv);
            if (!nv) {
                free(v);
                pcre2_match_data_free(md);
                return -1;
            }
            v = nv, cap = nc;
        }
        v[m++] = st->body[p];
    }
    pcre2_match_data_free(md);
    *out = v;
    *n = m;
    return 0;
}
