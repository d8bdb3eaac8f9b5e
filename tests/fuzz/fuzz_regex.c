/* tally.regex's engine on any pattern and subject: the input's first line
 * is the pattern (its first byte may pick flags), the rest the subject.
 * Compiling either works or fails with a message; every match found while
 * walking the subject as gmatch does lies inside it on character
 * boundaries, each group inside the subject or unset, and the walk moves
 * forward (or ends) after every match, so it terminates. */
#include "fuzz.h"
#include "tally/regex.h"

size_t fuzz_max_len = 2048;

static void check_regex(const char *t, size_t len, const uint8_t *data, size_t size)
{
    const char *nl = memchr(t, '\n', len);
    size_t plen = nl ? (size_t)(nl - t) : len;
    const char *subject = nl ? nl + 1 : t + len;
    size_t slen = len - (size_t)(subject - t);
    static const char *const flag_sets[] = {"", "i", "x", "s", "m", "u", "ix", "smu"};
    const char *flags = flag_sets[size ? data[size - 1] % 8 : 0];
    tally_error err = {""};
    tally_regex *re = tally_regex_compile(t, plen, flags, &err);
    if (!re) {
        FUZZ_CHECK(err.msg[0] != '\0');
        return;
    }
    uint32_t ng = tally_regex_groups(re);
    tally_span *g = malloc((ng + 1) * sizeof *g);
    size_t at = 0;
    unsigned opts = 0;
    for (int k = 0; g && k < 1000; k++) {
        int rc = tally_regex_search(re, subject, slen, at, opts, g, &err);
        if (rc <= 0)
            break; /* no match, or a limit: both end the walk */
        fuzz_check_span(subject, slen, g[0]);
        FUZZ_CHECK(g[0].start >= at);
        for (uint32_t i = 1; i <= ng; i++)
            if (g[i].start != TALLY_REGEX_UNSET)
                FUZZ_CHECK(g[i].start <= g[i].stop && g[i].stop <= slen);
        /* as gmatch: after an empty match, no empty match at the same place */
        if (g[0].stop == g[0].start) {
            if (opts && g[0].start == at) {
                FUZZ_CHECK(0); /* NOTEMPTY_ATSTART was ignored */
            }
            at = g[0].stop;
            opts = TALLY_REGEX_NOTEMPTY_ATSTART;
        } else {
            at = g[0].stop;
            opts = 0;
        }
        if (at > slen)
            break;
    }
    free(g);
    tally_regex_free(re);
}

FUZZ_TEXT_TARGET(check_regex)
