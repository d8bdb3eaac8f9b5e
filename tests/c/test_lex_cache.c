/* The segmentation cache (core/lex_cache.c) cuts a span at characters no
 * word holds and reuses the pieces' words; this test checks that every call
 * returns exactly tally_lex_segment's words (spans, classes, tags, costs):
 * over every report at hand, read as the figure scanner reads them (each
 * sentence's clauses, the sentence up to each character, spans across
 * sentences and longer than the segmenter's 256 characters, small word
 * limits), and over random strings of words, punctuation, ASCII runs, Han
 * the lexicon lacks and broken UTF-8 — on one cache, so hits, collisions and
 * the pool's resets all happen (a cache per text, and one over all the
 * reports one after another, which fills the pool many times). */
#include "check.h"
#include "../../core/lex_cache.h"

#define MAXW 300

static tally_lex_cache *cache;
static size_t calls, words_seen, mismatches;

static void compare(const char *t, size_t a, size_t b, size_t max)
{
    lex_word want[MAXW], got[MAXW];
    size_t n = tally_lex_segment(t, a, b, want, max);
    size_t m = tally_lex_segment_cached(cache, t, a, b, got, max);
    calls++;
    words_seen += n;
    int same = n == m;
    for (size_t k = 0; same && k < n; k++)
        same = want[k].start == got[k].start && want[k].stop == got[k].stop &&
               want[k].cls == got[k].cls && want[k].tag == got[k].tag &&
               want[k].cost == got[k].cost;
    if (!same && mismatches++ < 10)
        fprintf(stderr, "span %zu..%zu max %zu: %zu words, cached %zu\n", a, b, max, n, m);
}

static int clause_end_at(const char *t, size_t i, size_t *len)
{
    static const char *const ends[] = {"，", "。", "；", "：", "！", "？", "\n", ",", ";", NULL};
    for (size_t k = 0; ends[k]; k++) {
        size_t l = strlen(ends[k]);
        if (strncmp(t + i, ends[k], l) == 0) {
            *len = l;
            return 1;
        }
    }
    return 0;
}

static size_t next_char(const char *t, size_t len, size_t i)
{
    i++;
    while (i < len && ((unsigned char)t[i] & 0xC0) == 0x80)
        i++;
    return i;
}

static void check_spans(const char *t, size_t len)
{
    size_t sent = 0, clause = 0;
    unsigned seed = (unsigned)len;
    for (size_t i = 0; i < len; i = next_char(t, len, i)) {
        size_t l;
        /* the sentence and the clause up to here, as the status stage asks */
        compare(t, sent, i, 128);
        compare(t, clause, i, 128);
        if (clause_end_at(t, i, &l)) {
            compare(t, clause, i, 128); /* the whole clause, again */
            clause = i + l;
            if (t[i] != ',' && strncmp(t + i, "，", 3) != 0)
                sent = clause;
        }
        seed = seed * 1103515245u + 12345u;
        if ((seed >> 16) % 8 == 0) { /* a span of any length from here, any limit */
            size_t e = i + (seed >> 4) % 1200;
            compare(t, i, e < len ? e : len, 1 + (seed >> 8) % MAXW);
        }
    }
}

static char *all;
static size_t all_len;

static void check_text(const char *path, const char *t, size_t len)
{
    (void)path;
    /* check_each_text frees each text: a new cache for each */
    tally_lex_cache_free(cache);
    cache = tally_lex_cache_new();
    check_spans(t, len);
    char *grown = realloc(all, all_len + len + 1);
    if (grown) {
        all = grown;
        memcpy(all + all_len, t, len);
        all_len += len;
        all[all_len] = 0;
    }
}

static void random_strings(void)
{
    static const char *const pieces[] = {
        "增长", "工业", "增加值", "，", "。", "、", "“", "”", "（", "）", "GDP", "5G", "abc12",
        "x", "3.5", "%", " ", "\n", "·", "－", "龘", "齉", "γ", "ＧＤＰ", "\xE5\xA2", "\xFF",
        "\xC0\x80", "\xED\xA0\x80", "市场主体", "中华人民共和国", "同比", "了", "的",
    };
    size_t np = sizeof pieces / sizeof *pieces;
    unsigned seed = 7;
    char buf[4096];
    for (int round = 0; round < 4000; round++) {
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        size_t want = 1 + (seed >> 8) % (round % 10 == 0 ? 3000 : 200);
        while (n < want) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % np];
            size_t l = strlen(p);
            memcpy(buf + n, p, l);
            n += l;
        }
        /* a cache is for one text: a new one for each (the old text's
         * address may come back with other bytes) */
        tally_lex_cache_free(cache);
        cache = tally_lex_cache_new();
        char *t = malloc(n + 1);
        memcpy(t, buf, n);
        t[n] = 0;
        for (int k = 0; k < 6; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t a = (seed >> 8) % (n + 1), b = a + (seed >> 4) % (n + 1 - a);
            compare(t, a, b, k == 0 ? 1 + (seed >> 20) % 8 : 128);
            compare(t, 0, b, MAXW);
        }
        compare(t, 0, n, MAXW);
        free(t);
    }
}

int main(void)
{
    cache = tally_lex_cache_new();
    CHECK(cache != NULL);
    char seeds[1024];
    snprintf(seeds, sizeof seeds, "%s/corpus/seeds", check_shared());
    size_t files = check_each_text("corpus/sample", check_text);
    files += check_each_text("tests/gold/realtext/text", check_text);
    files += check_each_text("tests/gold/realtext_figures/text", check_text);
    files += check_each_text("tests/gold/heldout/text", check_text);
    files += check_each_text("tests/gold/heldout2/text", check_text);
    files += check_each_text(seeds, check_text);
    CHECK(files > 10);
    tally_lex_cache_free(cache);
    cache = tally_lex_cache_new();
    check_spans(all, all_len);
    free(all);
    random_strings();
    /* a cut character, a span past 256 characters ending in an ASCII run */
    tally_lex_cache_free(cache);
    cache = tally_lex_cache_new();
    char long_text[2000];
    size_t n = 0;
    while (n < 255 * 3) {
        memcpy(long_text + n, "增", 3);
        n += 3;
    }
    memcpy(long_text + n, "，GDPabc，增长", strlen("，GDPabc，增长") + 1);
    compare(long_text, 0, strlen(long_text), MAXW);
    compare(long_text, 3, strlen(long_text), MAXW);
    printf("%zu calls, %zu words\n", calls, words_seen);
    CHECK(mismatches == 0);
    CHECK(words_seen > 1000000);
    /* without a cache the call segments directly */
    lex_word w[8];
    CHECK(tally_lex_segment_cached(NULL, "增长，下降", 0, strlen("增长，下降"), w, 8) == 3);
    tally_lex_cache_free(cache);
    return check_summary();
}
