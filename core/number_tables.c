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
const number_swap tally_number_colloquial[] = {
    {"仨", "三"}, {"俩", "两"}, {"倆", "兩"}, {"幺", "一"}, {NULL, NULL},
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
const number_swap tally_latin_magnitudes[] = {
    {"k", "千"}, {"K", "千"}, {"w", "万"}, {NULL, NULL},
};

const char *const tally_mega_words[] = {"瓦", "帕", "焦", "赫", "伏", "字节", "位元组", "比特",
                                        "欧", "歐", "赫兹", "赫茲", "电子伏", "電子伏", NULL};

const char *const tally_exponent_marks[] = {"e", "E", "×10^", "x10^", "X10^", "*10^",
                                            "×10", "x10", NULL};
