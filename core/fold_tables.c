/* Data for folding. Each rule is a pair of UTF-8 strings with the same number
 * of characters, so that every folded character keeps its place in the map
 * back to the report. Add a row to fix a word; tests/c/test_fold.c checks
 * every row. */
#include "fold_tables.h"

const tally_fold_pair tally_fold_quotes[] = {
    /* Traditional and Hong Kong/Taiwan text quotes with corner brackets where
     * Simplified text uses curly quotes. */
    {"「", "“"},
    {"」", "”"},
    {"『", "‘"},
    {"』", "’"},
    /* the vertical presentation forms of the same brackets */
    {"﹁", "“"},
    {"﹂", "”"},
    {"﹃", "‘"},
    {"﹄", "’"},
};
const size_t tally_fold_n_quotes = sizeof tally_fold_quotes / sizeof tally_fold_quotes[0];

const tally_fold_pair tally_fold_overrides[] = {
    /* 俱 is a character of both scripts (俱乐部, 与时俱进, 两败俱伤); ICU
     * takes it for a variant of 具. */
    {"俱", "俱"},
    /* 跤 is the standard Simplified character (摔跤, 跌跤); ICU writes 交. */
    {"跤", "跤"},
    {"跌跤", "跌跤"},
    /* 乾 is 干 (dry) except in qián: ICU knows 乾坤 only. */
    {"乾隆", "乾隆"},
    {"乾卦", "乾卦"},
    {"乾陵", "乾陵"},
    {"乾縣", "乾县"},
    {"乾县", "乾县"},
    {"乾元", "乾元"},
    /* 瞭望 keeps 瞭 in the 2013 table of standard characters; ICU writes 了望. */
    {"瞭望", "瞭望"},
    /* 苎 is the standard Simplified character (苎麻); ICU writes 苎 > 苧 and
     * 苧 > 苎, a cycle that made folding twice differ from folding once
     * (found by tests/fuzz/fuzz_fold.c). 薴, 苧's Traditional form, comes too. */
    {"苎", "苎"},
    {"苧", "苎"},
    {"薴", "苎"},
    /* Traditional characters that the 2013 Table of General Standard Chinese
     * Characters merges into one Simplified character (as Unicode's Unihan
     * kSimplifiedVariant says too) and that ICU's Hant-Hans maps only inside
     * a phrase (鞦韆, 衚衕, 五嶽 ... 岱嶽) or not at all, so that alone, or in
     * any other word, they stayed Traditional: 五嶽 folded, 嶽陽 did not.
     * Found by comparing ICU's single-character rules with Unihan; left out
     * are those the table keeps as characters of their own in some use (閤,
     * 甯, 幺, 沈, 彷, 砂, 份, 察, 甚). */
    {"嶽", "岳"},
    {"鞦", "秋"},
    {"韆", "千"},
    {"衕", "同"},
    {"硃", "朱"},
    {"矇", "蒙"},
    {"濛", "蒙"},
    {"麴", "麹"},
    {"噁", "恶"},
    {"紥", "扎"},
    {"枴", "拐"},
    {"殻", "壳"},
};
const size_t tally_fold_n_overrides = sizeof tally_fold_overrides / sizeof tally_fold_overrides[0];
