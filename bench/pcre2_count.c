/* The baseline of bench/peers.sh for doc:count(re): a bare PCRE2 loop with
 * the JIT over a file's bytes, UTF mode, counting matches.
 *   pcre2_count PATTERN FILE   prints "seconds matches" (CPU seconds of the loop) */
#define _POSIX_C_SOURCE 200809L
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: pcre2_count PATTERN FILE\n");
        return 2;
    }
    FILE *f = fopen(argv[2], "rb");
    if (!f) {
        perror(argv[2]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    size_t len = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc(len + 1);
    if (fread(text, 1, len, f) != len)
        return 1;
    fclose(f);
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)argv[1], PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP,
                                   &ec, &eo, NULL);
    if (!re) {
        fprintf(stderr, "pcre2_count: bad pattern at %zu\n", (size_t)eo);
        return 2;
    }
    pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    double t0 = cpu_seconds();
    size_t n = 0, at = 0;
    /* the text is checked as UTF-8 once, not at every match (that made the loop quadratic) */
    uint32_t check = 0;
    while (at <= len && pcre2_match(re, (PCRE2_SPTR)text, len, at, check, md, NULL) >= 0) {
        check = PCRE2_NO_UTF_CHECK;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        n++;
        at = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
        while (at < len && (text[at] & 0xC0) == 0x80)
            at++;
    }
    printf("%.6f %zu\n", cpu_seconds() - t0, n);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    free(text);
    return 0;
}
