/* The token masker (text_mask.h): page furniture that holds digits but states
 * no figure is blanked in the copy of the text the figure and date scanners
 * read. Every such token (a URL, an e-mail address, a percent-encoded path, a
 * file name, a code-like token) is a run of printable ASCII without a space,
 * and most runs in a report are numbers (5.6%, 2024, 1,234.5, 10:30) that no
 * rule can match, so the rules run only on runs that hold a letter or one of
 * / @ _ = & or two dots: a text with no such run costs one pass over its bytes. */
#include "text_mask.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static pcre2_code **compiled; /* one per row of tally_mask_rules, NULL-ended */
static pcre2_match_context *match_ctx;
static int build_failed;
static pthread_once_t build_once = PTHREAD_ONCE_INIT;

static void free_rules(void)
{
    for (size_t k = 0; compiled && compiled[k]; k++)
        pcre2_code_free(compiled[k]);
    free(compiled);
    compiled = NULL;
    pcre2_match_context_free(match_ctx);
    match_ctx = NULL;
}

static void build_rules(void)
{
    size_t n = 0;
    while (tally_mask_rules[n].name)
        n++;
    compiled = calloc(n + 1, sizeof *compiled);
    match_ctx = pcre2_match_context_create(NULL);
    if (!compiled || !match_ctx) {
        build_failed = 1;
        free_rules();
        return;
    }
    /* the patterns are bounded and possessive; the limit is a guard, not a need */
    pcre2_set_match_limit(match_ctx, 1000000);
    for (size_t k = 0; k < n; k++) {
        int code;
        PCRE2_SIZE off;
        pcre2_code *re = pcre2_compile((PCRE2_SPTR)tally_mask_rules[k].pattern,
                                       PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_NO_UTF_CHECK,
                                       &code, &off, NULL);
        if (!re) { /* a broken row is a bug the unit test catches */
            build_failed = 1;
            free_rules();
            return;
        }
        const char *want_jit = getenv("TALLY_REGEX_JIT");
        if (!want_jit || strcmp(want_jit, "0") != 0)
            pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
        compiled[k] = re;
    }
    atexit(free_rules);
}

static int is_token_byte(unsigned char c)
{
    return c >= 0x21 && c <= 0x7E;
}

/* Whether a run may hold a token a rule matches (see the file comment). */
static int may_hold_token(const char *t, size_t a, size_t b)
{
    size_t dots = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)t[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return 1;
        if (c == '/' || c == '@' || c == '_' || c == '=' || c == '&')
            return 1;
        if (c == '.' && ++dots >= 2)
            return 1;
    }
    return 0;
}

long tally_text_mask_tokens(char *text, size_t len)
{
    pthread_once(&build_once, build_rules);
    if (build_failed)
        return -1;
    pcre2_match_data *md = NULL;
    unsigned char *blank = NULL; /* bytes to blank, set while the rules read the text as it is */
    long blanked = 0;
    for (size_t a = 0; a < len;) {
        if (!is_token_byte((unsigned char)text[a])) {
            a++;
            continue;
        }
        size_t b = a;
        while (b < len && is_token_byte((unsigned char)text[b]))
            b++;
        if (b - a >= 2 && may_hold_token(text, a, b)) {
            if (!md)
                md = pcre2_match_data_create(1, NULL);
            if (!blank)
                blank = calloc(len, 1);
            if (!md || !blank) {
                pcre2_match_data_free(md);
                free(blank);
                return -1;
            }
            for (size_t k = 0; compiled[k]; k++) {
                for (size_t from = a; from < b;) {
                    /* the subject ends with the run, so no rule reads past it;
                     * its start lies before the run, so look-behinds see the
                     * character before */
                    int rc = pcre2_match(compiled[k], (PCRE2_SPTR)text, b, from,
                                         PCRE2_NO_UTF_CHECK, md, match_ctx);
                    if (rc < 0)
                        break;
                    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
                    if (ov[1] > ov[0])
                        memset(blank + ov[0], 1, ov[1] - ov[0]);
                    from = ov[1] > from ? ov[1] : from + 1;
                }
            }
        }
        a = b;
    }
    if (blank) {
        for (size_t i = 0; i < len; i++)
            if (blank[i]) {
                text[i] = ' ';
                blanked++;
            }
    }
    pcre2_match_data_free(md);
    free(blank);
    return blanked;
}
