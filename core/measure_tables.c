/* Data for measures.c: list markers, topic frames and counter words, in
 * Simplified and Traditional forms. */
#include "measure_tables.h"

#include <stddef.h>

/* Numbered clause openers: a numeral and one of these (一是, 二要). Each word
 * makes lists of its own; at most 8 words. */
const char *const tally_numbered_words[] = {"是", "要", NULL};

const ordinal_word tally_ordinal_words[] = {
    {"首先", 1}, {"其次", 2}, {"再次", 3}, {"最后", 0}, {"最後", 0}, {"其一", 1},
    {"其二", 2}, {"其三", 3}, {"其四", 4}, {"其五", 5}, {NULL, 0}};

/* Words may also run straight into the item: 首先要…, 其次是… (第N needs a
 * separator: 第一时间, 第二届 are no markers). A copula after the word goes
 * with the marker's separator, out of the headline. */
const char *const tally_ordinal_word_joins[] = {"要", "是", "就是", "在", "从", "從", NULL};
const char *const tally_ordinal_copulas[] = {"就是", "是", NULL};

const char *const tally_marker_separators[] = {"，", ",", "、", "：", ":", NULL};

const section_style tally_section_styles[] = {
    {"", NUM_CHINESE, "、", 1, 0},
    {"（", NUM_CHINESE, "）", 2, 1},
    {"(", NUM_CHINESE, ")", 2, 1},
    {"", NUM_ARABIC, ".", 3, 0},
    {"", NUM_ARABIC, "．", 3, 0},
    {"", NUM_ARABIC, "、", 3, 0},
    {"（", NUM_ARABIC, "）", 4, 1},
    {"(", NUM_ARABIC, ")", 4, 1},
    {NULL, NUM_CHINESE, NULL, 0, 0}};

/* How deep a content list sits below the sections: a list nests only in an
 * item of a smaller depth (a topic block holds 是-items, 首先 holds 一是…),
 * and a marker of the same or a smaller depth ends an item. Sections count
 * their rank; these come after the deepest section rank. */
const int tally_topic_depth = 1, tally_ordinal_depth = 2, tally_shi_depth = 3;

const topic_frame tally_topic_frames[] = {{"在", "方面"}, {"在", "上"}, {NULL, NULL}};
const int tally_topic_max_chars = 15;

const char *const tally_topic_not[] = {"此", "这", "這", "该", "該", "基础", "基礎", "其",
                                       "前提", "同时", "同時", "过程", "過程", NULL};

const char *const tally_strong_counters[] = {"个方面", "個方面", "方面", "大", NULL};
const char *const tally_weak_counters[] = {"个", "個", "项", "項", "条", "條", "点", "點",
                                           "件", "类", "類", "种", "種", "招", "步", NULL};
const int tally_declared_min = 2, tally_declared_max = 30;

/* A number after these is an ordinal or a period, not a count: 第三, 前三个月. */
const char *const tally_count_not_before[] = {"第", "前", "近", "后", "後", "头", "頭", NULL};
/* A counter followed by these measures time: 三个月, 两个小时. */
const char *const tally_count_not_after[] = {"月", "小时", "小時", "工作日", "年", "季度", NULL};

const int tally_heading_max_chars = 40;

const numeral_char tally_numeral_chars[] = {
    {"零", 0}, {"〇", 0}, {"一", 1}, {"二", 2}, {"两", 2}, {"兩", 2}, {"三", 3}, {"四", 4},
    {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}, {"百", 100},
    {NULL, 0}};
