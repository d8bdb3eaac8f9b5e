/* Script detection (core/meta.c, st_find_script) decides most texts from
 * counts, without ICU's Simplified->Traditional transliterator. This test
 * keeps the decision it replaced (convert the first 128 KB both ways and
 * compare how many characters each direction changes: Hant when folding to
 * Simplified changes more) and checks that doc.meta.script is the same on
 * made-up texts (Simplified, Traditional, mixed near the balance, the
 * phrases and context rules of ICU's Hans-Hant rules, invalid UTF-8), on
 * thousands of random mixtures, and on every report the repository and
 * ../shared hold; and that the bounds the decision rests on hold on each:
 * the number of characters ICU changes lies between the text's characters
 * every rule changes and those some rule changes. Also that the fold the
 * structure hands to the figure scan (tally_structure_build_folding) is
 * tally_fold_simplified of the whole text. */
#include "check.h"
#include "../../core/fold_rules.h"
#include "../../core/scan.h"
#include "tally/figures.h"
#include "tally/structure.h"
#include "tally/text.h"

#include <stdint.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#define SAMPLE_BYTES ((size_t)128 * 1024)

static UChar32 next_char(const char *t, size_t n, size_t *i)
{
    UChar32 c;
    int32_t at = (int32_t)*i;
    U8_NEXT_OR_FFFD((const uint8_t *)t, at, (int32_t)n, c);
    *i = (size_t)at;
    return c;
}

static int bit(const unsigned char *m, UChar32 c)
{
    return c >= 0 && c < 0x10000 && ((m[c >> 3] >> (c & 7)) & 1);
}

static size_t checked, decided_by_counts, hant_texts, bounds_checked, folds_kept;

/* The script as the old detection found it (both conversions), or NULL;
 * with the counts the new one reads beside it, and a check of the bounds. */
static const char *reference_script(const char *t, size_t len)
{
    if (len > SAMPLE_BYTES) {
        len = SAMPLE_BYTES;
        while (len > 0 && ((unsigned char)t[len] & 0xC0) == 0x80)
            len--;
    }
    size_t han = 0;
    for (size_t i = 0; i < len;) {
        UChar32 c = next_char(t, len, &i);
        UErrorCode st = U_ZERO_ERROR;
        han += c > 0x2E7F && uscript_getScript(c, &st) == USCRIPT_HAN;
    }
    if (!han)
        return NULL;
    tally_error err;
    size_t nt = 0;
    char *simp = tally_fold_simplified(t, len, &err);
    char *trad = tally_convert_script(t, len, TALLY_TO_TRADITIONAL, &nt, &err);
    const char *script = NULL;
    if (simp && trad) {
        size_t ns = strlen(simp);
        size_t i = 0, j = 0, k = 0, to_simp = 0, to_trad = 0, may = 0, always = 0, odd = 0;
        size_t chars = 0, trad_chars = 0;
        while (i < len && j < ns && k < nt) {
            UChar32 c = next_char(t, len, &i);
            to_simp += next_char(simp, ns, &j) != c;
            to_trad += next_char(trad, nt, &k) != c;
            may += bit(tally_hant_may_change, c);
            always += bit(tally_hant_always_changes, c);
            odd |= c == 0xFFFD;
            chars++;
        }
        for (size_t q = 0; q < nt; trad_chars++)
            next_char(trad, nt, &q);
        script = to_simp > to_trad ? "Hant" : "Hans";
        if (tally_hant_sets_usable && !odd) {
            /* every rule turns N characters into N, and the count lies
             * between the two bounds */
            CHECK(trad_chars == chars);
            CHECK(always <= to_trad && to_trad <= may);
            if (!(always <= to_trad && to_trad <= may))
                fprintf(stderr, "bounds %zu <= %zu <= %zu do not hold\n", always, to_trad, may);
            bounds_checked++;
            decided_by_counts += !to_simp || to_simp > may || to_simp <= always;
        }
    }
    free(simp), free(trad);
    return script;
}

static void check_text(const char *name, const char *text, size_t len)
{
    tally_error err;
    tally_structure *s = tally_structure_build(text, len, &err);
    CHECK(s != NULL);
    if (!s)
        return;
    const char *want = reference_script(text, len);
    const char *got = s->meta.script;
    int same = (!want && !got) || (want && got && strcmp(want, got) == 0);
    if (!same)
        fprintf(stderr, "%s: script %s, both conversions give %s\n", name, got ? got : "(none)",
                want ? want : "(none)");
    CHECK(same);
    checked++;
    hant_texts += want && strcmp(want, "Hant") == 0;
    tally_structure_free(s);
    /* the fold handed to the figure scan (tally_structure_build_folding) is
     * tally_fold_simplified of the whole text, for a text the script check
     * folds whole (with Han in it); none for a longer one; the same script */
    char *kept = (char *)"unset";
    s = tally_structure_build_folding(text, len, &kept, &err);
    CHECK(s != NULL);
    if (!s)
        return;
    got = s->meta.script;
    CHECK((!want && !got) || (want && got && strcmp(want, got) == 0));
    char *simp = tally_fold_simplified(text, len, &err);
    if (len > 128 * 1024 || !s->meta.script) {
        CHECK(kept == NULL);
    } else {
        CHECK(kept != NULL && simp != NULL && memcmp(kept, simp, len + 1) == 0);
        folds_kept++;
    }
    free(simp);
    free(kept);
    tally_structure_free(s);
}

/* Random texts of characters drawn from pools: what the rules may change
 * (their keys), Traditional characters, shared characters and the context
 * rules' numerals, punctuation and ASCII, in proportions that move each
 * text across the balance. */
static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint32_t rnd(uint32_t n)
{
    rng = rng * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(rng >> 33) % n;
}

static size_t utf8_chars(const char *s, UChar32 *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0, len = strlen(s); i < len && n < cap;)
        out[n++] = next_char(s, len, &i);
    return n;
}

int main(void)
{
    /* scan_is_han's range answered without the script lookup agrees with
     * ICU's script for every code point around it */
    size_t han_disagree = 0;
    for (UChar32 c = 0x2E00; c < 0xA000; c++) {
        UErrorCode st = U_ZERO_ERROR;
        han_disagree += scan_is_han(c) != (c > 0x2E7F && uscript_getScript(c, &st) == USCRIPT_HAN);
    }
    CHECK(han_disagree == 0);
    const char *made_up[] = {
        "统计局发布\n\n今年全省地区生产总值增长5%，进出口总额达到三万亿元。\n",
        "統計處公布\n\n今年本港經濟增長，進出口貿易總額達到三萬億元。\n",
        "了解关系\n\n我们了解这种联系，维系关系，复杂的复数。\n",
        "瞭解關係\n\n我們瞭解這種聯繫，維繫關係，複雜的複數。\n",
        "三余一万余\n\n周一周二，一只两只，一出戏，丰姿丰采，海里的斗。“引号”\n",
        "混合\n\n台湾的台风，臺灣的颱風，后来後來，面条麵條，头发頭髮。\n",
        "只有台\n\n台里干后面系只了么余复发\n",
        "壞字節\n\n經濟\xff增长\xe5\x8a\n",
        "English text with one 字 only.\n",
        "no Han at all\n",
    };
    for (size_t k = 0; k < sizeof made_up / sizeof *made_up; k++)
        check_text("made-up text", made_up[k], strlen(made_up[k]));

    /* the pools */
    static UChar32 may[0x10000], trad[4096], shared[4096];
    size_t n_may = 0;
    for (UChar32 c = 0; c < 0x10000; c++)
        if (bit(tally_hant_may_change, c))
            may[n_may++] = c;
    size_t n_trad = utf8_chars("經濟進出口總額達億萬與來時對說這個們國為發會從實現當業務區體變點長開關壓職員產價證據"
                               "歲門樂學習廣東區縣鄉鎮後麵髮臺颱瞭係繫複雜餘幹乾隻週齣裡裏麼",
                               trad, 4096);
    size_t n_shared = utf8_chars("一七三九二五八六十千四百零的是在人有中大上年月日同比增长率全省市今了台里干后面系只余"
                                 "周丰出戏海斗姜曲仑昆么复，。、；：“”「」（）％0123456789abcXYZ ",
                                 shared, 4096);
    CHECK(n_may > 1000 && n_trad > 50 && n_shared > 50);
    char text[4096];
    for (int round = 0; round < 3000; round++) {
        /* weights of the three pools for this text */
        uint32_t wm = rnd(10), wt = rnd(10), ws = 1 + rnd(10);
        size_t chars = 1 + rnd(300), n = 0;
        for (size_t k = 0; k < chars; k++) {
            uint32_t r = rnd(wm + wt + ws);
            UChar32 c = r < wm ? may[rnd((uint32_t)n_may)]
                        : r < wm + wt ? trad[rnd((uint32_t)n_trad)]
                                      : shared[rnd((uint32_t)n_shared)];
            U8_APPEND_UNSAFE((uint8_t *)text, n, c);
        }
        text[n] = 0;
        check_text("random text", text, n);
    }

    check_each_text("corpus/sample", check_text);
    check_each_text("tests/gold/realtext/text", check_text);
    check_each_text("tests/gold/realtext_figures/text", check_text);
    check_each_text("tests/gold/heldout/text", check_text);
    check_each_text("tests/gold/heldout2/text", check_text);
    char seeds[1024];
    snprintf(seeds, sizeof seeds, "%s/corpus/seeds", check_shared());
    check_each_text(seeds, check_text);
    /* both ways are exercised: texts the counts decide, texts ICU decides */
    CHECK(tally_hant_sets_usable);
    CHECK(checked > 3000 && hant_texts > 500);
    CHECK(folds_kept > 3000);
    CHECK(decided_by_counts > 1000 && decided_by_counts + 100 < bounds_checked);
    fprintf(stderr, "%zu texts (%zu Hant); bounds checked on %zu, %zu decided by the counts\n",
            checked, hant_texts, bounds_checked, decided_by_counts);
    return check_summary();
}
