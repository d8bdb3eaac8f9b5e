/* The regex engine without Lua: compile errors, Unicode classes on Chinese,
 * named groups, limits on pathological patterns, invalid UTF-8 subjects.
 * The limit cases run twice: JIT-compiled and with the interpreter. */
#include "check.h"
#include "tally/regex.h"

#include <time.h>

static tally_regex *compile(const char *pattern, const char *flags)
{
    tally_error err = {""};
    tally_regex *re = tally_regex_compile(pattern, strlen(pattern), flags, &err);
    if (!re)
        fprintf(stderr, "unexpected compile error: %s\n", err.msg);
    return re;
}

/* Searches s from start; returns the rc and puts the whole match in *m. */
static int search(tally_regex *re, const char *s, size_t start, unsigned opts, tally_span *m)
{
    tally_span g[8];
    tally_error err = {""};
    int rc = tally_regex_search(re, s, strlen(s), start, opts, g, &err);
    if (rc < 0)
        fprintf(stderr, "unexpected match error: %s\n", err.msg);
    if (rc > 0)
        *m = g[0];
    return rc;
}

static void test_compile_errors(void)
{
    static const struct {
        const char *pattern;
        const char *offset;
    } cases[] = {
        {"(", "at offset 1 in /(/"},
        {"进出口)", "at offset 9 in /进出口)/"},
        {"[a-", "at offset 3"},
        {"a{2,1}", "at offset 5"},
        {"\\p{NotAScript}", "at offset 14"},
        {"(?<n>a)(?<n>b)", "at offset 12"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        tally_error err = {""};
        tally_regex *re = tally_regex_compile(cases[i].pattern, strlen(cases[i].pattern), "",
                                              &err);
        CHECK(re == NULL);
        CHECK(strncmp(err.msg, "tally.regex: ", 13) == 0);
        if (!strstr(err.msg, cases[i].offset))
            fprintf(stderr, "message \"%s\" lacks \"%s\"\n", err.msg, cases[i].offset);
        CHECK(strstr(err.msg, cases[i].offset) != NULL);
        tally_regex_free(re);
    }

    tally_error err = {""};
    CHECK(tally_regex_compile("a", 1, "iz", &err) == NULL);
    CHECK(strstr(err.msg, "unknown flag 'z'") != NULL);

    /* a long pattern is cut in messages without splitting a character */
    char longpat[400] = "(";
    for (int i = 0; i < 100; i++)
        strcat(longpat, "汉");
    err.msg[0] = '\0';
    CHECK(tally_regex_compile(longpat, strlen(longpat), NULL, &err) == NULL);
    CHECK(strstr(err.msg, "at offset 301") != NULL);
    CHECK(strstr(err.msg, "...") != NULL);
}

static void test_unicode_classes(void)
{
    tally_span m;
    tally_regex *han = compile("\\p{Han}+", NULL);
    CHECK(search(han, "2021年上半年进出口增长", 0, 0, &m) == 1);
    CHECK(m.start == 4 && m.stop == 4 + 3 * 9);
    tally_regex_free(han);

    /* with UCP, \d is any decimal digit: full-width ones too */
    tally_regex *digits = compile("^\\d+$", NULL);
    CHECK(search(digits, "２０２１", 0, 0, &m) == 1);
    CHECK(m.start == 0 && m.stop == 12);
    CHECK(search(digits, "二〇二一", 0, 0, &m) == 0); /* numerals, not digits */
    tally_regex_free(digits);

    tally_regex *word = compile("\\w+", NULL);
    CHECK(search(word, "，外贸进出口！", 0, 0, &m) == 1);
    CHECK(m.start == 3 && m.stop == 18);
    tally_regex_free(word);

    /* . is one character, not one byte */
    tally_regex *dot = compile("^.{3}$", NULL);
    CHECK(search(dot, "进出口", 0, 0, &m) == 1);
    tally_regex_free(dot);
}

static void test_flags(void)
{
    tally_span m;
    tally_regex *re = compile("gdp", "i");
    CHECK(search(re, "全省GDP增长", 0, 0, &m) == 1 && m.start == 6);
    CHECK(strcmp(tally_regex_flags(re), "i") == 0);
    tally_regex_free(re);

    re = compile("^增长$", "m");
    CHECK(search(re, "外贸\n增长\n消费", 0, 0, &m) == 1 && m.start == 7);
    tally_regex_free(re);

    re = compile("外贸.消费", "s");
    CHECK(search(re, "外贸\n消费", 0, 0, &m) == 1);
    tally_regex_free(re);
    re = compile("外贸.消费", NULL);
    CHECK(search(re, "外贸\n消费", 0, 0, &m) == 0);
    tally_regex_free(re);

    re = compile("外贸 # trade\n  增长", "x");
    CHECK(search(re, "外贸增长", 0, 0, &m) == 1);
    tally_regex_free(re);

    re = compile("\\d+", "u"); /* ungreedy */
    CHECK(search(re, "2021", 0, 0, &m) == 1 && m.stop == 1);
    tally_regex_free(re);
}

static void test_named_groups(void)
{
    tally_regex *re = compile("(?<year>\\d{4})年(?<half>上|下)半年(增长)?", NULL);
    CHECK(tally_regex_groups(re) == 3);
    size_t n;
    const tally_regex_name *names = tally_regex_names(re, &n);
    CHECK(n == 2);
    CHECK_STR(names[0].name, "half"); /* PCRE2 keeps them sorted by name */
    CHECK(names[0].group == 2);
    CHECK_STR(names[1].name, "year");
    CHECK(names[1].group == 1);
    CHECK(tally_regex_group_number(re, "year", 4) == 1);
    CHECK(tally_regex_group_number(re, "yea", 3) == 0);

    const char *s = "2021年上半年，";
    tally_span g[4];
    tally_error err = {""};
    CHECK(tally_regex_search(re, s, strlen(s), 0, 0, g, &err) == 1);
    CHECK(g[1].start == 0 && g[1].stop == 4);
    CHECK(g[2].start == 7 && g[2].stop == 10);
    CHECK(g[3].start == TALLY_REGEX_UNSET && g[3].stop == TALLY_REGEX_UNSET);
    tally_regex_free(re);
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static void test_limits(const char *mode)
{
    char subject[5002];
    memset(subject, 'a', 5000);
    subject[5000] = 'b';
    subject[5001] = '\0';
    static const char *const patterns[] = {"(a+)+$", "(a|aa)+$", "(a|a)+$", "(a*)*$"};
    for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++) {
        tally_regex *re = compile(patterns[i], NULL);
        tally_span g[2];
        tally_error err = {""};
        struct timespec t0;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        int rc = tally_regex_search(re, subject, 5001, 0, 0, g, &err);
        double took = seconds_since(&t0);
        printf("%s: %s on 5000 a's + b: rc %d after %.3f s: %s\n", mode, patterns[i], rc,
               took, err.msg);
        CHECK(rc == -1);
        CHECK(strstr(err.msg, "limit") != NULL);
        CHECK(strstr(err.msg, patterns[i]) != NULL);
        tally_regex_free(re);
    }

    /* a repeated group over a long text is a limit error too, not a crash */
    tally_regex *deep = compile("^(a|b)*[^ab]", NULL);
    size_t big_len = 2000000;
    char *big = malloc(big_len);
    memset(big, 'a', big_len);
    tally_span g[2];
    tally_error err = {""};
    int rc = tally_regex_search(deep, big, big_len, 0, 0, g, &err);
    printf("%s: ^(a|b)*[^ab] on 2,000,000 a's: rc %d: %s\n", mode, rc, err.msg);
    CHECK(rc == -1);
    CHECK(strstr(err.msg, "limit") != NULL);
    free(big);
    tally_regex_free(deep);
}

static void test_invalid_utf8(void)
{
    tally_span m;
    const char *bad = "ab\xff进出\xe8\xbf口\xc3";
    tally_regex *han = compile("\\p{Han}+", NULL);
    CHECK(search(han, bad, 0, 0, &m) == 1);
    CHECK(m.start == 3 && m.stop == 9);
    CHECK(search(han, bad, 9, 0, &m) == 1); /* the truncated 迁 never matches */
    CHECK(m.start == 11 && m.stop == 14);
    /* a start inside a character moves on to the next character */
    CHECK(search(han, bad, 4, 0, &m) == 1);
    CHECK(m.start == 6 && m.stop == 9);
    tally_regex_free(han);

    tally_regex *any = compile(".", NULL);
    int n = 0;
    for (size_t pos = 0; search(any, bad, pos, 0, &m) == 1; pos = m.stop)
        n++;
    CHECK(n == 5); /* a, b, 进, 出, 口: the broken bytes are not characters */
    tally_regex_free(any);

    /* the pattern itself must be valid UTF-8 */
    tally_error err = {""};
    CHECK(tally_regex_compile("\xff", 1, NULL, &err) == NULL);
    CHECK(strstr(err.msg, "at offset 0") != NULL);
}

static void test_empty_matches(void)
{
    /* after a match, an empty match right there is skipped and the search
     * moves on by a whole character */
    tally_regex *re = compile("x*", NULL);
    tally_span m;
    CHECK(search(re, "进出", 0, 0, &m) == 1 && m.start == 0 && m.stop == 0);
    CHECK(search(re, "进出", 0, TALLY_REGEX_NOTEMPTY_ATSTART, &m) == 1);
    CHECK(m.start == 3 && m.stop == 3);
    CHECK(search(re, "进出", 6, TALLY_REGEX_NOTEMPTY_ATSTART, &m) == 0);
    CHECK(search(re, "进出", 7, 0, &m) == 0); /* past the end */
    tally_regex_free(re);

    char desc[64];
    re = compile("a+", "i");
    tally_regex_describe(re, desc, sizeof desc);
    CHECK_STR(desc, "/a+/i");
    tally_regex_free(re);
}

int main(void)
{
    test_compile_errors();
    test_unicode_classes();
    test_flags();
    test_named_groups();
    test_invalid_utf8();
    test_empty_matches();
    test_limits("jit");
    setenv("TALLY_REGEX_JIT", "0", 1);
    tally_regex *re = compile("a", NULL);
    CHECK(!tally_regex_is_jit(re));
    tally_regex_free(re);
    test_limits("interpreter");
    test_unicode_classes();
    test_invalid_utf8();
    test_empty_matches();
    return check_summary();
}
