/* The subject stage's own word lists of its fifth round (docs/figures.md,
 * "Fifth round: subjects"), beside those it shares with the other context
 * stages in figure_context_tables.c. In Simplified characters: the scanner
 * reads folded text. Add a word here to change how a class of clauses is
 * read; nothing here names a particular report. */
#include "figure_subject.h"

/* x%的水平, x%的大环境下: after 的 these frame the figure (the level it
 * reaches, the setting of the clause) and name nothing measured; the subject
 * stands before the figure. */
const char *const tally_subject_level_frames[] = {"水平", "水准", "大环境", "环境", "背景", "态势",
                                                  "高位", "区间", "基础", "前提", NULL};

/* Nouns of period that open a subject without being part of it (各季度外贸
 * 进出口值, 季内商品转口货量): the period stage reads the time, the subject
 * is what follows. */
const char *const tally_subject_period_nouns[] = {"季度", "月份", "月度", "年度", "季", "各月",
                                                  "各季", "各季度", "各年度", "季内", "年内",
                                                  "月内", "期内", NULL};

/* Nouns whose place before them names a source or a destination, not the
 * figure's region (美国订单, 东盟订单): the place stays in the subject, as
 * it does before tally_origin_nouns (香港旅客). */
const char *const tally_subject_sourced_nouns[] = {"订单", "接单", "市场", NULL};

/* Measures that name only what kind of amount a figure is (单价, 销货数量,
 * 零售量): with 的 before them the thing measured stands before 的 (宽带用户的
 * 单价, 珠宝首饰、钟表及名贵礼物的销货数量); inside a bracket, before the
 * bracket (百货公司货品(零售量上升9.7%)). */
const char *const tally_subject_generic_measures[] = {"单价", "售价", "价格", "销货数量", "销货价值",
                                                      "零售量", "零售额", "数量", "价值", NULL};

/* Currency names that end a subject written before an amount (放款总余额
 * 新台币(以下同)36兆元): the unit's, not the thing measured. */
const char *const tally_subject_currency_words[] = {"新台币", "台币", "人民币", "美元", "港元", "港币",
                                                    "澳门元", "澳门币", "欧元", "日元", NULL};
