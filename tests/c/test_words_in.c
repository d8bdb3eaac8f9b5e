/* tally_words_in (core/figure_tables.c) answers in one filtered pass what
 * the scanner asked tally_word_at at every byte of a span: whether a listed
 * word stands whole in it. This test keeps that loop and compares both for
 * every span up to 24 bytes of made-up texts (one-byte words, a word cut by
 * the span's end, prefixes of each other, words sharing a folded two-byte
 * key: 占 E5 8D A0 and 1 more with the same low bits), random strings of
 * list pieces, Han, ASCII and stray bytes, and every position of every report
 * at hand, for the lists the status and period stages scan with it. */
#include "check.h"
#include "../../core/figure_period.h"
#include "../../core/figure_rules.h"

#define SPAN 24

static size_t compared, found, mismatches;

static int words_in_linear(const char *const *words, const char *t, size_t a, size_t b)
{
    size_t wl;
    for (size_t i = a; i < b; i++)
        if (tally_word_at(words, t, b, i, &wl))
            return 1;
    return 0;
}

/* U+5360 占 is E5 8D A0; U+F360 (EF 8D A0) and U+5560 (E5 95 A0) fold to
 * the same filter bit as 占 or differ only past it: the filter passes them
 * and the comparison must refuse. */
static const char *const made_up_list[] = {";", "占", "占到", "约占", "a", "预算数", "编列", NULL};
static const char *const empty_list[] = {NULL};
static const char *const empty_word[] = {"", NULL};

static const char *const *lists[] = {
    made_up_list, empty_list, empty_word, tally_share_verbs, tally_status_budget_words,
    tally_period_stock_words, tally_respectively_words, tally_status_revision_verbs,
    tally_status_list_cues, tally_target_words, tally_plan_words, tally_plan_part_cues,
    tally_review_part_cues, tally_status_past_marks,
};
enum { N_LISTS = sizeof lists / sizeof *lists };

static void check_span(const char *t, size_t a, size_t b)
{
    for (size_t k = 0; k < N_LISTS; k++) {
        int want = words_in_linear(lists[k], t, a, b), got = tally_words_in(lists[k], t, a, b);
        compared++;
        found += want;
        if (want != got && mismatches++ < 10)
            fprintf(stderr, "list %zu at %zu..%zu: linear %d, tally_words_in %d\n", k, a, b, want,
                    got);
    }
}

static void check_all_spans(const char *t, size_t len)
{
    for (size_t a = 0; a <= len; a++)
        for (size_t b = a; b <= len && b <= a + SPAN; b++)
            check_span(t, a, b);
}

static void check_text(const char *path, const char *t, size_t len)
{
    (void)path;
    /* every span of the first 1 KB; then a span of 300 bytes every 7 bytes */
    check_all_spans(t, len < 1000 ? len : 1000);
    for (size_t a = 1000; a < len; a += 7)
        check_span(t, a, a + 300 < len ? a + 300 : len);
}

int main(void)
{
    static const char *const made_up[] = {
        "占比约占全省的三成；编列预算数为12亿元", "占", "占到", "约", "a;b", ";",
        "\xEF\x8D\xA0\xE5\x95\xA0\xE5\x8D\xA0", /* 占's folded key, then 占 */
        "余额存量保有量分别增长依次上修下调", "工作安排今年将力争目标确保预计已经",
        "\xE5\x8D", /* 占 cut */
        "",
    };
    for (size_t k = 0; k < sizeof made_up / sizeof *made_up; k++)
        check_all_spans(made_up[k], strlen(made_up[k]));
    /* random strings of list pieces, Han, ASCII and stray bytes */
    unsigned seed = 4242;
    char buf[200];
    for (int round = 0; round < 150; round++) {
        size_t n = 0;
        while (n < 120) {
            seed = seed * 1103515245u + 12345u;
            unsigned pick = (seed >> 16) % 10;
            if (pick < 5) {
                const char *const *l = lists[3 + (seed >> 8) % (N_LISTS - 3)];
                size_t m = 0;
                while (l[m])
                    m++;
                const char *w = l[(seed >> 4) % m];
                size_t wl = strlen(w);
                if (pick == 4 && wl > 1) /* a piece of a word */
                    wl = 1 + (seed >> 2) % (wl - 1);
                memcpy(buf + n, w, wl);
                n += wl;
            } else if (pick < 7) {
                memcpy(buf + n, "市场", 6);
                n += 6;
            } else if (pick < 9) {
                buf[n++] = (char)('a' + (seed >> 20) % 26);
            } else {
                buf[n++] = (char)(0x80 + (seed >> 20) % 0x80);
            }
        }
        check_all_spans(buf, n);
    }
    size_t files = check_each_text("corpus/sample", check_text);
    files += check_each_text("tests/gold/realtext/text", check_text);
    files += check_each_text("tests/gold/heldout/text", check_text);
    char seeds[1024];
    snprintf(seeds, sizeof seeds, "%s/corpus/seeds", check_shared());
    files += check_each_text(seeds, check_text);
    CHECK(files > 5);
    CHECK(found > 1000); /* the texts hold listed words */
    CHECK(mismatches == 0);
    /* a few answers stated outright */
    const char *t = "占比为12%";
    CHECK(tally_words_in(tally_share_verbs, t, 0, strlen(t)));
    CHECK(!tally_words_in(tally_share_verbs, t, 1, strlen(t))); /* from inside 占 */
    CHECK(!tally_words_in(tally_share_verbs, t, 0, 2));         /* 占 cut by the end */
    CHECK(tally_words_in(made_up_list, "x;", 0, 2));
    CHECK(!tally_words_in(made_up_list, "x;", 0, 1));
    CHECK(!tally_words_in(empty_word, "abc", 0, 3));
    printf("%zu spans compared, %zu holding a word\n", compared, found);
    return check_summary();
}
