/* Data for number_read.c and numeral.c (see number_tables.h). Words are
 * given in Simplified and Traditional where they differ, since the reader
 * looks at the string as written. */
#include "number_tables.h"

#include <stddef.h>

const number_word tally_number_signs[] = {
    {"负", -1}, {"負", -1}, {"-", -1}, {"\xE2\x88\x92", -1} /* − */, {"－", -1},
    {"\xEF\xB9\xA3", -1} /* ﹣ */, {"零下", -1} /* a temperature: 零下5度 */, {"正", 1}, {"+", 1},
    {"＋", 1}, {NULL, 0},
};

/* 仨 is 三个 and 俩 两个 in speech; as whole numbers they read as the digit.
 * 幺 is the 1 of spoken digit strings (幺零幺). */
/* 參 is the Traditional capital 3: written as 叁, since the scanner reads
 * Traditional through a fold that would make it 参 (as in 参加). ○ (a
 * white circle) is the zero typed for 〇 (二○二三); in running text it is
 * also a bullet, so only whole strings read it. */
const number_swap tally_number_colloquial[] = {
    {"仨", "三"}, {"俩", "两"}, {"倆", "兩"}, {"幺", "一"}, {"參", "叁"}, {"○", "〇"},
    /* 百分百 is 百分之百 in speech (百分百的把握) */
    {"百分百", "百分之百"},
    /* 好几百: 好 before 几 only stresses it (several hundred) */
    {"好几", "几"}, {"好幾", "幾"}, {NULL, NULL},
};

/* 円 is the yen as Japanese writes it; 美刀 the spoken dollar; 蚊 the
 * dollar of Hong Kong speech (三百蚊). */
const number_swap tally_number_currency_variants[] = {
    {"円", "日元"}, {"美刀", "美元"}, {"蚊", "港元"}, {NULL, NULL},
};

const char *const tally_money_major[] = {"块", "塊", "圆", "圓", NULL};

const number_word tally_money_subunits[] = {
    {"角", 0.1}, {"毛", 0.1}, {"分", 0.01}, {"厘", 0.001}, {"釐", 0.001}, {"毫", 0.0001},
    {NULL, 0},
};

const char *const tally_money_closers[] = {"整", "正", NULL};

/* 半打 is read as 0.5 × 12 by the reader (半 is one half). */
const number_word tally_count_multipliers[] = {
    {"打", 12}, {"双", 2}, {"雙", 2}, {"对", 2}, {"對", 2}, {NULL, 0},
};

/* Lower-case w only: a capital W after digits is usually watts (60W). */
/* M is a million (2.5M); m after digits is metres and stays. */
const number_swap tally_latin_magnitudes[] = {
    {"k", "千"}, {"K", "千"}, {"w", "万"}, {"M", "百万"}, {NULL, NULL},
};

const char *const tally_mega_words[] = {"瓦", "帕", "焦", "赫", "伏", "字节", "位元组", "比特",
                                        "欧", "歐", "赫兹", "赫茲", "电子伏", "電子伏", NULL};

/* the points between Chinese numerals; the ASCII . too (三.五億元), as typed
 * in Taiwan's and Hong Kong's web copy: it is read only after a Chinese
 * numeral and before a Chinese digit */
const char *const tally_numeral_points[] = {"点", "點", "\xEF\xBC\x8E" /* ． */,
                                            "\xC2\xB7" /* · */, "\xE2\x80\xA7" /* ‧ */,
                                            "\xE3\x83\xBB" /* ・ */, ".", NULL};

const char *const tally_exponent_marks[] = {"e", "E", "×10^", "x10^", "X10^", "*10^",
                                            "×10", "x10", NULL};

/* 毫 is a tenth of the Hong Kong dollar (五元三毫); 仙 a hundredth. */
const number_subunit tally_money_foreign_subunits[] = {
    {"美分", "美元", 0.01}, {"仙", "港元", 0.01},    {"毫", "港元", 0.1},
    {"便士", "英镑", 0.01}, {"欧分", "欧元", 0.01}, {"歐分", "欧元", 0.01},
    {"銭", "日元", 0.01},   {"钱", "日元", 0.01},   {"錢", "日元", 0.01},
    {"戈比", "卢布", 0.01}, {"毫子", "港元", 0.1} /* 五毫子, Hong Kong speech */,
    /* 日本銭: the sen written with its country, as in 10日元5日本銭 */
    {"日本銭", "日元", 0.01}, {"日本钱", "日元", 0.01}, {"日本錢", "日元", 0.01},
    {NULL, NULL, 0},
};

const char *const tally_money_joiners[] = {"又", "零", "〇", NULL};

/* Longest first where one word starts another (大约 before 约). */
const char *const tally_number_leading_qualifiers[] = {
    "大约有", "大約有", "大约", "大約", "大概", "约合", "约为", "约有", "約有", "约莫", "約莫", "差不多",
    "大致", "约", "約", "将近", "將近", "接近", "近", "超过", "超過",
    "逾", "不到", "不足", "至少", "最少", "最多", "多达", "多達", "高达", "高達", NULL,
};

/* + and ＋ after a number are "more than" in informal counts (10w+, 100+) */
const char *const tally_number_trailing_qualifiers[] = {
    "左右", "上下", "以上", "以下", "以内", "以內", "之多", "有余", "有餘", "多", "余", "餘",
    "出头", "出頭", "开外", "開外", "+", "＋", NULL,
};

const char *const tally_number_vague_fillers[] = {
    "零几", "零幾", "几", "幾", "来", "來", "多", "余", "餘", NULL,
};

const char *const tally_number_asides[] = {"(含)", "(不含)", NULL};

/* Longest first: —— before —. */
const char *const tally_number_range_marks[] = {
    "——", "--", "—", "–", "-", "~", "〜", "～", "∼", "至", "到", NULL,
};

const char *const tally_number_range_openers[] = {"从", "從", "由", NULL};

const char *const tally_number_ordinal_marks[] = {"第", NULL};

const char *const tally_number_ordinal_words[] = {"名", "位", NULL};

const number_word tally_number_rate_shorthands[] = {
    {"万", 0.01}, {"萬", 0.01}, {"千", 0.1}, {NULL, 0},
};

const char *const tally_number_half_discounts[] = {"打对折", "打對折", NULL};

const char *const tally_number_capital_digits[] = {
    "壹", "贰", "貳", "叁", "參", "叄", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾", "佰", "仟", NULL,
};

const number_swap tally_number_scale_swaps[] = {{"京", "亿亿"}, {NULL, NULL}};

/* Neighbouring digits, and 一两, 两三, 三五 of speech. 五六 is 5 to 6 where
 * 一二三 (three digits) is read digit by digit. */
const char *const tally_number_vague_pairs[] = {
    "一二", "一两", "一兩", "二三", "两三", "兩三", "三四", "三五", "四五",
    "五六", "六七", "七八", "八九", NULL,
};

const char *const tally_number_unknown_digits[] = {"几", "幾", "数", "數", NULL};

const char *const tally_number_reaching_words[] = {"上", NULL};

const char *const tally_number_counted_in_open[] = {"数以", "數以", NULL};
const char *const tally_number_counted_in_close[] = {"计", "計", NULL};

const char *const tally_number_classical_fraction_marks[] = {"之", NULL};

const number_vague_idiom tally_number_vague_idioms[] = {
    {"成千上万", 1e3, 1e4}, {"成千上萬", 1e3, 1e4}, {"千千万万", 1e3, 1e4},
    {"千千萬萬", 1e3, 1e4}, {"成千成万", 1e3, 1e4}, {"成千成萬", 1e3, 1e4},
    {"成千累万", 1e3, 1e4}, {"成千累萬", 1e3, 1e4}, {"上千上万", 1e3, 1e4},
    {"上千上萬", 1e3, 1e4}, {"成百上千", 100, 1e3}, {"成百成千", 100, 1e3},
    {"成千上亿", 1e3, 1e8}, {"成千上億", 1e3, 1e8}, {"成百万", 1e6, 1e7},
    {"成百萬", 1e6, 1e7}, {NULL, 0, 0},
};

/* Longest first where one word starts another (新西兰元 before 新币 does
 * not matter; 菲律宾比索 before 比索 does not either: each is matched
 * whole at one end of the string). Canonical names are Simplified. */
const number_currency tally_number_extra_currencies[] = {
    {"泰铢", "泰铢"}, {"泰銖", "泰铢"}, {"泰币", "泰铢"}, {"泰幣", "泰铢"},
    {"奈拉", "奈拉"}, {"卢比", "卢比"}, {"盧比", "卢比"}, {"印度卢比", "卢比"},
    {"印度盧比", "卢比"}, {"比索", "比索"}, {"雷亚尔", "雷亚尔"}, {"雷亞爾", "雷亚尔"},
    {"林吉特", "林吉特"}, {"马币", "林吉特"}, {"馬幣", "林吉特"}, {"兰特", "兰特"},
    {"蘭特", "兰特"}, {"里拉", "里拉"}, {"克朗", "克朗"}, {"越南盾", "越南盾"},
    {"印尼盾", "印尼盾"}, {"新西兰元", "新西兰元"}, {"新西蘭元", "新西兰元"},
    {"纽元", "新西兰元"}, {"紐元", "新西兰元"}, {"纽币", "新西兰元"}, {"紐幣", "新西兰元"},
    {"法郎", "法郎"}, {"瑞郎", "瑞士法郎"}, {"第纳尔", "第纳尔"}, {"第納爾", "第纳尔"},
    {"迪拉姆", "迪拉姆"}, {"里亚尔", "里亚尔"}, {"里亞爾", "里亚尔"},
    {"澳币", "澳元"}, {"澳幣", "澳元"}, {"加币", "加元"}, {"加幣", "加元"},
    {"韩币", "韩元"}, {"韓幣", "韩元"}, {"韩圜", "韩元"}, {"韓圜", "韩元"}, {"日圆", "日元"}, {"日圓", "日元"},
    {"日币", "日元"}, {"日幣", "日元"}, {"新币", "新加坡元"}, {"新幣", "新加坡元"},
    {"欧罗", "欧元"}, {"歐羅", "欧元"}, {"英镑", "英镑"}, {"英鎊", "英镑"},
    {"人民币", "元"}, {"人民幣", "元"}, {"港币", "港元"}, {"港幣", "港元"},
    {"港元", "港元"}, {"美元", "美元"}, {"美金", "美元"}, {"欧元", "欧元"},
    {"歐元", "欧元"}, {"日元", "日元"}, {"韩元", "韩元"}, {"韓元", "韩元"},
    {"澳元", "澳元"}, {"加元", "加元"}, {"卢布", "卢布"}, {"盧布", "卢布"},
    {"新台币", "新台币"}, {"新台幣", "新台币"}, {"新臺幣", "新台币"}, {"台币", "新台币"},
    {"台幣", "新台币"}, {"臺幣", "新台币"}, {"澳门元", "澳门元"}, {"澳門元", "澳门元"},
    {"澳门币", "澳门元"}, {"澳門幣", "澳门元"}, {"瑞士法郎", "瑞士法郎"},
    {"新加坡元", "新加坡元"},
    /* ISO 4217 codes and the common Latin abbreviations */
    {"RMB", "元"}, {"CNY", "元"}, {"USD", "美元"}, {"HKD", "港元"}, {"EUR", "欧元"},
    {"JPY", "日元"}, {"GBP", "英镑"}, {"TWD", "新台币"}, {"NTD", "新台币"},
    {"MOP", "澳门元"}, {"SGD", "新加坡元"}, {"AUD", "澳元"}, {"CAD", "加元"},
    {"KRW", "韩元"}, {"CHF", "瑞士法郎"}, {"RUB", "卢布"}, {"THB", "泰铢"},
    {"INR", "卢比"}, {"NGN", "奈拉"}, {"MYR", "林吉特"}, {"NZD", "新西兰元"},
    {NULL, NULL},
};
/* Vulgar-fraction characters of Unicode, with their values. */
const number_word tally_number_vulgar_fractions[] = {
    {"½", 0.5},       {"⅓", 1.0 / 3}, {"⅔", 2.0 / 3}, {"¼", 0.25},     {"¾", 0.75},
    {"⅕", 0.2},       {"⅖", 0.4},     {"⅗", 0.6},     {"⅘", 0.8},      {"⅙", 1.0 / 6},
    {"⅚", 5.0 / 6},   {"⅛", 0.125},   {"⅜", 0.375},   {"⅝", 0.625},    {"⅞", 0.875},
    {"⅐", 1.0 / 7},   {"⅑", 1.0 / 9}, {"⅒", 0.1},     {NULL, 0},
};
/* X的Y次方: a power in words (十的五次方, 2的10次幂). */
const char *const tally_number_power_words[] = {"次方", "次幂", "次冪", NULL};
/* After money or a count: "from" (99元起, 5万元起), the number stated. */
const char *const tally_number_trailing_from[] = {"起", NULL};
/* After a share: a little more or less than it (三分之一强, 四成弱). */
const char *const tally_number_share_approx[] = {"强", "強", "弱", NULL};
/* After a place word: about that many (千把块, 百把人, 万把块钱). */
const char *const tally_number_place_fillers[] = {"把", NULL};
/* A ratio in words: 一比二 is 1:2 (value 2, b over a, as the spec reads 1:9.7). */
const char *const tally_number_ratio_marks[] = {"比", NULL};
/* 半 after a unit adds a half of it (两块半 2.5 元, 一斤半, 两倍半); after
 * these money words only, since 五毛半 is 0.55, not 1. */
const char *const tally_number_half_after_money[] = {"块", "塊", "元", "圆", "圓", "港元", "美元", NULL};
