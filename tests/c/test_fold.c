/* The folding engine: width, quotes, Traditional to Simplified with tally's
 * corrections, and the map from folded offsets back to the source. */
#include "check.h"

#include "../../core/fold_tables.h"
#include "tally/document.h"
#include "tally/figures.h"
#include "tally/fold.h"
#include "tally/text.h"

#include <pthread.h>
#include <stdint.h>

#include <unicode/uclean.h>
#include <unicode/utf8.h>

static char *fold(const char *s)
{
    static char buf[4][512];
    static int turn;
    size_t n = 0;
    tally_error err = {""};
    char *out = tally_fold_string(s, strlen(s), &n, &err);
    if (!out) {
        fprintf(stderr, "fold failed: %s\n", err.msg);
        return NULL;
    }
    char *b = buf[turn++ % 4];
    snprintf(b, sizeof buf[0], "%s", out);
    free(out);
    return b;
}

static void test_width(void)
{
    CHECK_STR(fold("同比增长１２.５％"), "同比增长12.5%");
    CHECK_STR(fold("１，４０９家"), "1,409家");
    CHECK_STR(fold("（ＡＢＣ）：ａｂｃ！？；［］～"), "(ABC):abc!?;[]~");
    CHECK_STR(fold("第\u3000三"), "第 三");
    CHECK_STR(fold("ｶﾀｶﾅ"), "カタカナ");     /* half-width forms widen */
    CHECK_STR(fold("￥５"), "¥5");
    /* compatibility characters that are not width forms stay */
    CHECK_STR(fold("①㈠㎡™"), "①㈠㎡™");
    /* punctuation of Chinese text itself stays */
    CHECK_STR(fold("一、二。三…"), "一、二。三…");
}

static void test_quotes(void)
{
    CHECK_STR(fold("「進出口」"), "“进出口”");
    CHECK_STR(fold("『外貿』"), "‘外贸’");
    CHECK_STR(fold("｢半角｣"), "“半角”");
}

static void test_script(void)
{
    CHECK_STR(fold("進出口總額"), "进出口总额");
    CHECK_STR(fold("甚麼"), "什么");      /* an ICU phrase rule */
    CHECK_STR(fold("乾燥"), "干燥");
    CHECK_STR(fold("乾坤"), "乾坤");
    CHECK_STR(fold("隨著"), "随着");
    CHECK_STR(fold("著名"), "著名");
    /* Simplified text stays as it is */
    CHECK_STR(fold("进出口总额同比增长"), "进出口总额同比增长");
    CHECK_STR(fold("取得显著成效"), "取得显著成效"); /* derived from 顯著 > 显著 */
    CHECK_STR(fold("ASCII stays ASCII 123"), "ASCII stays ASCII 123");
}

static void test_overrides(void)
{
    CHECK_STR(fold("乾隆"), "乾隆");
    CHECK_STR(fold("俱乐部"), "俱乐部");
    CHECK_STR(fold("俱樂部"), "俱乐部");
    CHECK_STR(fold("摔跤"), "摔跤");
    CHECK_STR(fold("乾隆年間乾燥"), "乾隆年间干燥");
    /* characters ICU maps only inside its phrases, now alone and in any word */
    CHECK_STR(fold("五嶽"), "五岳");
    CHECK_STR(fold("嶽陽市"), "岳阳市");
    CHECK_STR(fold("濛濛細雨"), "蒙蒙细雨");
    CHECK_STR(fold("硃砂"), "朱砂");
    CHECK_STR(fold("盪鞦韆"), "荡秋千");
    /* 鏈 was reported unfolded in the figure scanner's text: it folds in both */
    CHECK_STR(fold("冷鏈物流"), "冷链物流");
    for (size_t i = 0; i < tally_fold_n_overrides; i++) {
        const tally_fold_pair *p = &tally_fold_overrides[i];
        tally_folded *a = tally_fold(p->from, strlen(p->from), &(tally_error){""});
        CHECK(a && strcmp(a->text, p->to) == 0);
        /* one character for one: the map stays exact */
        tally_folded *b = tally_fold(p->to, strlen(p->to), &(tally_error){""});
        CHECK(b && strcmp(b->text, p->to) == 0); /* idempotent */
        tally_folded_free(a);
        tally_folded_free(b);
    }
    for (size_t i = 0; i < tally_fold_n_quotes; i++)
        CHECK_STR(fold(tally_fold_quotes[i].from), tally_fold_quotes[i].to);
}

/* The figure scanner's same-length fold reads the same tables. */
static void test_simplified(void)
{
    const char *s = "冷鏈物流園區在嶽陽市，濛濛細雨";
    tally_error err = {""};
    char *out = tally_fold_simplified(s, strlen(s), &err);
    CHECK(out != NULL);
    if (out)
        CHECK_STR(out, "冷链物流园区在岳阳市，蒙蒙细雨");
    free(out);
}

static void test_map(void)
{
    tally_error err = {""};
    const char *s = "A１２B"; /* 1 + 3 + 3 + 1 bytes */
    tally_folded *f = tally_fold(s, strlen(s), &err);
    CHECK(f && strcmp(f->text, "A12B") == 0);
    if (f) {
        tally_span sp = tally_folded_to_source(f, 1, 2); /* "1" */
        CHECK(sp.start == 1 && sp.stop == 4);
        sp = tally_folded_to_source(f, 1, 3); /* "12" */
        CHECK(sp.start == 1 && sp.stop == 7);
        sp = tally_folded_to_source(f, 0, 4);
        CHECK(sp.start == 0 && sp.stop == 8);
        sp = tally_folded_to_source(f, 3, 4); /* "B" */
        CHECK(sp.start == 7 && sp.stop == 8);
        sp = tally_folded_to_source(f, 4, 4); /* empty at the end */
        CHECK(sp.start == 8 && sp.stop == 8);
        sp = tally_folded_to_source(f, 2, 2); /* empty between 1 and 2 */
        CHECK(sp.start == 4 && sp.stop == 4);
        CHECK(tally_folded_from_source(f, 0) == 0);
        CHECK(tally_folded_from_source(f, 1) == 1);
        CHECK(tally_folded_from_source(f, 4) == 2);
        CHECK(tally_folded_from_source(f, 5) == 3); /* inside １２'s 2: after it */
        CHECK(tally_folded_from_source(f, 7) == 3);
        CHECK(tally_folded_from_source(f, 8) == 4);
    }
    tally_folded_free(f);

    /* Traditional to Simplified keeps byte lengths: one stretch */
    s = "在進出口中";
    f = tally_fold(s, strlen(s), &err);
    CHECK(f && f->n_segs == 1 && f->len == strlen(s));
    if (f) {
        tally_span sp = tally_folded_to_source(f, 3, 12);
        CHECK(sp.start == 3 && sp.stop == 12);
    }
    tally_folded_free(f);

    /* a character that widens: ｶ (3 bytes) to カ (3 bytes) stays one to one;
     * ASCII ｈ (3 bytes) to h (1 byte) does not */
    s = "ｈ進";
    f = tally_fold(s, strlen(s), &err);
    CHECK(f && strcmp(f->text, "h进") == 0);
    if (f) {
        tally_span sp = tally_folded_to_source(f, 1, 4);
        CHECK(sp.start == 3 && sp.stop == 6);
        sp = tally_folded_to_source(f, 0, 1);
        CHECK(sp.start == 0 && sp.stop == 3);
    }
    tally_folded_free(f);

    /* invalid bytes fold to U+FFFD and map back to the bytes */
    s = "a\xff\xfe" "b";
    f = tally_fold(s, strlen(s), &err);
    CHECK(f && strcmp(f->text, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b") == 0);
    if (f) {
        tally_span sp = tally_folded_to_source(f, 1, 4);
        CHECK(sp.start == 1 && sp.stop == 2);
        sp = tally_folded_to_source(f, 4, 8);
        CHECK(sp.start == 2 && sp.stop == 4);
    }
    tally_folded_free(f);

    f = tally_fold("", 0, &err);
    CHECK(f && f->len == 0 && f->text[0] == '\0');
    if (f) {
        tally_span sp = tally_folded_to_source(f, 0, 0);
        CHECK(sp.start == 0 && sp.stop == 0);
        CHECK(tally_folded_from_source(f, 0) == 0);
    }
    tally_folded_free(f);
}

static void check_pattern(const char *pattern, const char *want)
{
    tally_error err = {""};
    tally_folded *f = tally_fold(pattern, strlen(pattern), &err);
    CHECK(f != NULL);
    if (!f)
        return;
    char *out = malloc(2 * f->len + 1);
    CHECK(out && tally_fold_pattern(f, out) == strlen(want));
    if (out)
        CHECK_STR(out, want);
    free(out);
    tally_folded_free(f);
}

static void test_pattern(void)
{
    /* regex syntax is ASCII and stays */
    check_pattern("同比增長[0-9.]+%", "同比增长[0-9.]+%");
    check_pattern("\\p{Han}+(?<n>\\d+)", "\\p{Han}+(?<n>\\d+)");
    /* literal text that folds to ASCII punctuation stays literal */
    check_pattern("（含转口）", "\\(含转口\\)");
    check_pattern("１２．５％", "12\\.5\\%");
    check_pattern("第\u3000三", "第\\ 三");
    /* already escaped: no second backslash; an escaped backslash before it
     * does not count */
    check_pattern("\\（", "\\(");
    check_pattern("\\\\（", "\\\\\\(");
    /* letters and digits are never escaped (\1 would be a back-reference) */
    check_pattern("ａ１", "a1");
    check_pattern("", "");
}

static int is_boundary(const char *s, size_t i)
{
    return ((unsigned char)s[i] & 0xC0) != 0x80;
}

static char *read_all(const char *path, size_t *n)
{
    tally_error err = {""};
    tally_doc *doc = tally_doc_open(path, NULL, NULL, NULL, &err);
    if (!doc)
        return NULL;
    char *text = doc->text;
    *n = doc->len;
    doc->text = NULL;
    tally_doc_free(doc);
    return text;
}

/* Over a real report: every folded character span maps to a source span on
 * character boundaries that folds back to a text containing it; folding is
 * idempotent; the segments tile both texts. */
static void test_seed(const char *path, int traditional, int *read)
{
    size_t n = 0;
    char *text = read_all(path, &n);
    if (!text)
        return;
    ++*read;
    tally_error err = {""};
    tally_folded *f = tally_fold(text, n, &err);
    CHECK(f != NULL);
    if (!f) {
        free(text);
        return;
    }
    int tiled = f->segs[0].folded == 0 && f->segs[0].source == 0;
    for (size_t k = 1; k < f->n_segs; k++)
        tiled = tiled && f->segs[k].folded > f->segs[k - 1].folded &&
                f->segs[k].source > f->segs[k - 1].source;
    CHECK(tiled);

    size_t n2 = 0;
    char *twice = tally_fold_string(f->text, f->len, &n2, &err);
    CHECK(twice && n2 == f->len && memcmp(twice, f->text, n2) == 0);
    free(twice);

    /* every character-aligned span of up to 12 bytes at pseudo-random places */
    uint32_t seed = 12345;
    int good = 1;
    for (int trial = 0; trial < 2000 && good; trial++) {
        seed = seed * 1103515245u + 12345u;
        size_t a = (seed >> 8) % (f->len + 1);
        size_t b = a + (seed >> 4) % 13;
        if (b > f->len)
            b = f->len;
        while (a < f->len && !is_boundary(f->text, a))
            a++;
        while (b < f->len && !is_boundary(f->text, b))
            b++;
        if (b < a)
            b = a;
        tally_span sp = tally_folded_to_source(f, a, b);
        good = sp.start <= sp.stop && sp.stop <= n && (sp.start == n || is_boundary(text, sp.start)) &&
               (sp.stop == n || is_boundary(text, sp.stop));
        if (good && b > a) {
            size_t m = 0;
            char *back = tally_fold_string(text + sp.start, sp.stop - sp.start, &m, &err);
            /* the source span folds to the matched text, or (a phrase cut
             * in two) to a text of the same characters' length around it */
            good = back && m >= b - a;
            free(back);
        }
        if (good)
            good = tally_folded_from_source(f, sp.start) <= a &&
                   tally_folded_from_source(f, sp.stop) >= b;
        if (!good)
            fprintf(stderr, "%s: folded [%zu,%zu) maps to [%zu,%zu)\n", path, a, b, sp.start,
                    sp.stop);
    }
    CHECK(good);

    /* A Traditional report folds to the characters ICU's own Hant-Hans
     * gives; in a Simplified one no Chinese character changes (ICU would
     * turn the 著 of 显著 into 着). Compared character by character. */
    size_t icu_len = 0;
    char *icu = tally_convert_script(text, n, TALLY_TO_SIMPLIFIED, &icu_len, &err);
    CHECK(icu != NULL);
    int32_t i = 0, j = 0, differ = 0, same = 0;
    while (icu && i < (int32_t)f->len && j < (int32_t)icu_len) {
        int32_t i0 = i;
        UChar32 c, d;
        U8_NEXT((const uint8_t *)f->text, i, (int32_t)f->len, c);
        U8_NEXT((const uint8_t *)icu, j, (int32_t)icu_len, d);
        UChar32 src;
        U8_GET((const uint8_t *)text, 0, (int32_t)tally_folded_to_source(f, (size_t)i0, (size_t)i).start,
               (int32_t)n, src);
        if (c >= 0x3400 && d >= 0x3400 && !(c >= 0xFF00 || d >= 0xFF00)) {
            if (traditional ? c == d : c == src)
                same++;
            else {
                differ++;
                fprintf(stderr, "%s: U+%04X folds to U+%04X, ICU gives U+%04X\n", path,
                        (unsigned)src, (unsigned)c, (unsigned)d);
            }
        }
    }
    CHECK(same > 1000 && differ == 0);
    free(icu);
    tally_folded_free(f);
    free(text);
}

/* Folding is idempotent character by character over the Han blocks and the
 * full-width forms: no rule's target is folded again (ICU's table has the
 * cycle 苎 > 苧 > 苎, found by tests/fuzz/fuzz_fold.c and fixed by an override). */
static void test_idempotent(void)
{
    static const uint32_t ranges[][2] = {{0x3000, 0x303F}, {0x3400, 0x9FFF}, {0xF900, 0xFAFF},
                                         {0xFF00, 0xFFEF}, {0x20000, 0x2A6DF}};
    size_t differ = 0, checked = 0;
    for (size_t r = 0; r < sizeof ranges / sizeof *ranges; r++) {
        for (uint32_t c = ranges[r][0]; c <= ranges[r][1]; c++) {
            char s[8];
            int32_t n = 0;
            U8_APPEND_UNSAFE((uint8_t *)s, n, (UChar32)c);
            tally_error err = {""};
            size_t n1 = 0, n2 = 0;
            char *once = tally_fold_string(s, (size_t)n, &n1, &err);
            char *twice = once ? tally_fold_string(once, n1, &n2, &err) : NULL;
            if (!twice || n1 != n2 || memcmp(once, twice, n1) != 0) {
                if (differ++ < 5)
                    fprintf(stderr, "fold is not idempotent on U+%04X: %s > %s > %s\n", (unsigned)c, s,
                            once ? once : "?", twice ? twice : "?");
            }
            free(once);
            free(twice);
            checked++;
        }
    }
    CHECK(checked > 40000 && differ == 0);
}

static void *fold_in_thread(void *arg)
{
    size_t n = 0;
    tally_error err = {""};
    char *out = tally_fold_string(arg, strlen(arg), &n, &err);
    int ok = out && strcmp(out, "进出口12.5%") == 0;
    free(out);
    return ok ? arg : NULL;
}

int main(void)
{
    /* as tally's main does: ICU's caches are released last, for leak checkers */
    atexit(u_cleanup);
    /* folding from several threads at once (the tables are constant data) */
    pthread_t t[4];
    char text[] = "進出口１２.５％";
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, fold_in_thread, text);
    for (int i = 0; i < 4; i++) {
        void *r = NULL;
        pthread_join(t[i], &r);
        CHECK(r == text);
    }
    test_width();
    test_quotes();
    test_script();
    test_overrides();
    test_simplified();
    test_map();
    test_pattern();
    test_idempotent();

    static const struct {
        const char *name;
        int traditional;
    } seeds[] = {{"000_2a74350e9e5094f6", 0}, {"001_71cefe735a8ac78d", 0},
                 {"002_611ecaf62806bbac", 1}, {"003_150011f9a5b442f6", 1},
                 {"004_0d9136d0487b71c7", 0}};
    int read = 0;
    for (size_t i = 0; i < sizeof seeds / sizeof *seeds; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/corpus/seeds/%s.txt", check_shared(), seeds[i].name);
        test_seed(path, seeds[i].traditional, &read);
    }
    if (read == 0)
        printf("note: seeds not found under %s; seed checks skipped\n", check_shared());
    return check_summary();
}
