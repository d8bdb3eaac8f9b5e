/* Data for number_read.c and numeral.c (see number_tables.h). Words are
 * given in Simplified and Traditional where they differ, since the reader
 * looks at the string as written. */
#include "number_tables.h"

#include <stddef.h>

const number_word tally_number_signs[] = {
    {"负", -1}, {"負", -1}, {"-", -1}, {"\xE2\x88\x92", -1} /* − */, {"－", -1},
    {"\xEF\xB9\xA3", -1} /* ﹣ */, {"正", 1}, {"+", 1}, {"＋", 1}, {NULL, 0},
};

/* 仨 is 三个 and 俩 两个 in speech; as whole numbers they read as the digit.
 * 幺 is the 1 of spoken digit strings (幺零幺). */
/* 參 is the Traditional capital 3: written as 叁, since the scanner reads
 * Traditional through a fold that would make it 参 (as in 参加). ○ (a
 * white circle) is the zero typed for 〇 (二○二三); in running text it is
 * also a bullet, so only whole strings read it. */
const number_swap tally_number_colloquial[] = {
    {"仨", "三"}, {"俩", "两"}, {"倆", "兩"}, {"幺", "一"}, {"參", "叁"}, {"○", "〇"},
    {NULL, NULL},
};

/* 円 is the yen as Japanese writes it; 美刀 the spoken dollar; 蚊 the
 * dollar of Hong Kong speech (三百蚊). */
const number_swap tally_number_currency_variants[] = {
    {"円", "日元"}, {"美刀", "美元"}, {"蚊", "港元"}, {NULL, NULL},
};

const char *const tally_money_major[] = {"块", "塊", "圆", "圓", NULL};

const number_word tally_money_subunits[] = {
    {"角", 0.1}, {"毛", 0.1}, {"分", 0.01}, {"厘", 0.001}, {"毫", 0.0001}, {NULL, 0},
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

const char *const tally_exponent_marks[] = {"e", "E", "×10^", "x10^", "X10^", "*10^",
                                            "×10", "x10", NULL};

/* 毫 is a tenth of the Hong Kong dollar (五元三毫); 仙 a hundredth. */
const number_subunit tally_money_foreign_subunits[] = {
    {"美分", "美元", 0.01}, {"仙", "港元", 0.01},    {"毫", "港元", 0.1},
    {"便士", "英镑", 0.01}, {"欧分", "欧元", 0.01}, {"歐分", "欧元", 0.01},
    {"銭", "日元", 0.01},   {"钱", "日元", 0.01},   {"錢", "日元", 0.01},
    {"戈比", "卢布", 0.01},
    {NULL, NULL, 0},
};

const char *const tally_money_joiners[] = {"又", "零", "〇", NULL};

/* Longest first where one word starts another (大约 before 约). */
const char *const tally_number_leading_qualifiers[] = {
    "大约", "大概", "约合", "约为", "约", "約", "将近", "將近", "接近", "近", "超过", "超過",
    "逾", "不到", "不足", "至少", "最少", "最多", "多达", "多達", "高达", "高達", NULL,
};

const char *const tally_number_trailing_qualifiers[] = {
    "左右", "上下", "以上", "以下", "以内", "以內", "之多", "有余", "有餘", "多", "余", "餘", NULL,
};

const char *const tally_number_vague_fillers[] = {
    "零几", "零幾", "几", "幾", "来", "來", "多", "余", "餘", NULL,
};

const char *const tally_number_asides[] = {"(含)", "(不含)", NULL};

/* Longest first: —— before —. */
const char *const tally_number_range_marks[] = {
    "——", "--", "—", "–", "-", "~", "〜", "至", "到", NULL,
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
