/* The baseline of bench/peers.sh: ICU's word break iterator (locale zh, the
 * one tally uses) over a file's UTF-8 text, with nothing else around it.
 *   icu_break FILE [utf8|utf16] [store]
 * utf8 (default) walks the bytes through utext_openUTF8; utf16 converts the
 * text first (the conversion is timed apart) and walks the UChar array.
 * store keeps every boundary in an array, as a token list must. Prints
 * "seconds boundaries" with the CPU seconds of the walk alone. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: icu_break FILE [utf8|utf16] [store]\n");
        return 2;
    }
    int utf16 = argc > 2 && strcmp(argv[2], "utf16") == 0;
    int store = argc > 3 && strcmp(argv[3], "store") == 0;
    size_t len;
    char *text = read_file(argv[1], &len);
    if (!text) {
        perror(argv[1]);
        return 1;
    }
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &st);
    UText *ut = NULL;
    UChar *u16 = NULL;
    double t0 = cpu_seconds(), conv = 0;
    if (utf16) {
        int32_t n16 = 0;
        st = U_ZERO_ERROR;
        u_strFromUTF8(NULL, 0, &n16, text, (int32_t)len, &st);
        st = U_ZERO_ERROR;
        u16 = malloc(((size_t)n16 + 1) * sizeof *u16);
        u_strFromUTF8(u16, n16 + 1, NULL, text, (int32_t)len, &st);
        conv = cpu_seconds() - t0;
        t0 = cpu_seconds();
        ubrk_setText(bi, u16, n16, &st);
    } else {
        ut = utext_openUTF8(NULL, text, (int64_t)len, &st);
        ubrk_setUText(bi, ut, &st);
    }
    if (U_FAILURE(st)) {
        fprintf(stderr, "icu_break: %s\n", u_errorName(st));
        return 1;
    }
    size_t n = 0, cap = store ? 1024 : 0;
    int32_t *bounds = store ? malloc(cap * sizeof *bounds) : NULL;
    int32_t *kinds = store ? malloc(cap * sizeof *kinds) : NULL;
    for (int32_t b = ubrk_next(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
        if (store) {
            if (n == cap) {
                cap *= 2;
                bounds = realloc(bounds, cap * sizeof *bounds);
                kinds = realloc(kinds, cap * sizeof *kinds);
            }
            bounds[n] = b;
            kinds[n] = ubrk_getRuleStatus(bi);
        }
        n++;
    }
    double t = cpu_seconds() - t0;
    printf("%.6f %zu", t, n);
    if (utf16)
        printf(" %.6f", conv);
    printf("\n");
    ubrk_close(bi);
    utext_close(ut);
    free(u16), free(bounds), free(kinds), free(text);
    return 0;
}
