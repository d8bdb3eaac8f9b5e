/* The trend-word index (core/trend_index.c) answers what the figure scanner
 * asked the rules one memcmp at a time: the longest trend word at a byte and
 * whether a non-base trend word ends a word. This test keeps those linear
 * scans and checks both lookups against them at every position (and every
 * span up to 40 bytes) of made-up texts, random strings of trend-word pieces,
 * Han, ASCII and broken UTF-8, and every report at hand; for the default
 * rules, rules with words a script adds (prefixes of each other, Traditional
 * words folded, bases), and the rules read linearly when the index is
 * dropped. */
#include "check.h"
#include "../../core/figure_rules.h"
#include "../../core/trend_index.h"
#include "tally/figures.h"

#define SPAN 24

static const tally_figure_rules *rules_now;

static size_t longest_linear(const tally_figure_rules *r, const char *f, size_t i, size_t end)
{
    size_t best = 0;
    for (size_t k = 0; k < r->trends.n; k++) {
        const trend_rule *t = &r->trends.v[k];
        if (t->wlen > best && t->wlen <= end - i && memcmp(f + i, t->word, t->wlen) == 0)
            best = t->wlen;
    }
    return best;
}

static int ends_linear(const tally_figure_rules *r, const char *f, size_t a, size_t b)
{
    for (size_t k = 0; k < r->trends.n; k++) {
        const trend_rule *t = &r->trends.v[k];
        if (!t->base && t->wlen < b - a && memcmp(f + b - t->wlen, t->word, t->wlen) == 0)
            return 1;
    }
    return 0;
}

static size_t compared, found_longest, found_ends, mismatches;

static void check_text_with(const tally_figure_rules *r, const char *t, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        for (size_t end = i; end <= len && end <= i + SPAN; end++) {
            size_t want = longest_linear(r, t, i, end), got = tally_trend_longest_at(r, t, i, end);
            int we = ends_linear(r, t, i, end), ge = tally_trend_ends(r, t, i, end);
            compared++;
            found_longest += want > 0;
            found_ends += we;
            if (want != got || we != ge) {
                if (mismatches++ < 10)
                    fprintf(stderr, "at %zu..%zu: longest %zu (index %zu), ends %d (index %d)\n",
                            i, end, want, got, we, ge);
            }
        }
    }
}

static void check_text(const char *path, const char *t, size_t len)
{
    (void)path;
    /* reports are long: every span of the first 3 KB, and every position */
    check_text_with(rules_now, t, len < 3000 ? len : 3000);
    for (size_t i = 3000; i < len; i++) {
        size_t end = i + SPAN < len ? i + SPAN : len;
        compared++;
        if (longest_linear(rules_now, t, i, end) != tally_trend_longest_at(rules_now, t, i, end) ||
            ends_linear(rules_now, t, 0, i) != tally_trend_ends(rules_now, t, 0, i))
            mismatches++;
    }
}

static void check_everything(const tally_figure_rules *r, const char *seeds)
{
    rules_now = r;
    static const char *const made_up[] = {
        "同比增长5%，比上年增长3.2%，环比下降，大跌，微升，显著下跌",
        "增长增长增长率增速增幅下降下跌减少提高上升回落",
        "同比同比增长同比下降增长了增加值增长率",
        "增長下降 同比增長 增\xE9\x95", /* a cut character at the end */
        "\xE5\xA2\x9E\xE9\x95\xBF\xFF\xE5\xA2", "", "增", "长",
    };
    for (size_t k = 0; k < sizeof made_up / sizeof *made_up; k++)
        check_text_with(r, made_up[k], strlen(made_up[k]));
    /* random strings of trend-word pieces, Han, ASCII and stray bytes */
    unsigned seed = 12345;
    char buf[256];
    for (int round = 0; round < 400; round++) {
        size_t n = 0;
        while (n < 120) {
            seed = seed * 1103515245u + 12345u;
            unsigned pick = (seed >> 16) % 10;
            if (pick < 5 && r->trends.n) {
                const trend_rule *t = &r->trends.v[(seed >> 8) % r->trends.n];
                size_t l = t->wlen;
                if (pick == 4 && l > 1) /* a piece of a word */
                    l = 1 + (seed >> 4) % (l - 1);
                memcpy(buf + n, t->word, l);
                n += l;
            } else if (pick < 7) {
                memcpy(buf + n, "市场", 6);
                n += 6;
            } else if (pick < 9) {
                buf[n++] = (char)('a' + (seed >> 20) % 26);
            } else {
                buf[n++] = (char)(0x80 + (seed >> 20) % 0x80);
            }
        }
        check_text_with(r, buf, n);
    }
    check_each_text("corpus/sample", check_text);
    check_each_text("tests/gold/realtext/text", check_text);
    check_each_text("tests/gold/realtext_figures/text", check_text);
    check_each_text("tests/gold/heldout/text", check_text);
    check_each_text("tests/gold/heldout2/text", check_text);
    if (seeds)
        check_each_text(seeds, check_text);
}

int main(void)
{
    char seeds[1024];
    snprintf(seeds, sizeof seeds, "%s/corpus/seeds", check_shared());
    tally_error err = {0};
    tally_figure_rules *r = tally_figure_rules_new(&err);
    CHECK(r != NULL);
    if (!r)
        return check_summary();
    CHECK(r->trend_index != NULL);
    check_everything(r, seeds);
    CHECK(found_longest > 1000 && found_ends > 1000); /* the texts hold trend words */
    CHECK(mismatches == 0);
    printf("default rules: %zu spans, %zu with a trend word, %zu ending in one\n", compared,
           found_longest, found_ends);

    /* words a script adds: prefixes and extensions of each other, a
     * Traditional word (stored folded), a base */
    static const char *const added[] = {"增", "增长了", "大幅增長", "同比", "率先", "微"};
    for (size_t k = 0; k < sizeof added / sizeof *added; k++)
        CHECK(tally_figure_rules_add_trend(r, added[k], 1, k == 3 || k == 4, &err) == 0);
    compared = mismatches = 0;
    check_everything(r, NULL);
    CHECK(mismatches == 0);
    CHECK(tally_trend_longest_at(r, "大幅增长了", 0, strlen("大幅增长了")) == strlen("大幅增长"));
    CHECK(tally_trend_longest_at(r, "增长了", 0, strlen("增长了")) == strlen("增长了"));
    CHECK(tally_trend_ends(r, "微微", 0, strlen("微微")));
    CHECK(!tally_trend_ends(r, "微", 0, strlen("微"))); /* the word itself is not shorter */

    /* without the index the rules are read linearly, with the same answers */
    tally_trend_index_free(r->trend_index);
    r->trend_index = NULL;
    compared = mismatches = 0;
    check_everything(r, NULL);
    CHECK(mismatches == 0);
    tally_figure_rules_free(r);
    return check_summary();
}
