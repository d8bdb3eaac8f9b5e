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
                                                  "月内", "期内",
                                                  /* sixth round: 月底企业放款余额, 本月M2年增率 */
                                                  "月底", "月末", "年底", "年末", "季末", "本月",
                                                  "上月", "当月", "本季", "上季", "本年",
                                                  /* seventh round: 上周集中市场成交值,
                                                   * 今天投信卖超 */
                                                  "上周", "本周", "当周", "前一周", "今天", "今日",
                                                  "昨天", "昨日", "当天", "当日", NULL};

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

/* ---- sixth round (docs/figures.md, "Sixth round: subjects") ---- */

/* A frame of reckoning between a subject and its figure (食肆总收益以数量计
 * 上升9.7%, 出口按美元计增长5%): lead ... end, read as part of the predicate,
 * like 经…后; the subject stands before it, or is carried. */
const char *const tally_subject_basis_leads[] = {"以", "按", NULL};
const char *const tally_subject_basis_ends[] = {"计", "计算", NULL};

/* Words that end a relative phrase read back from 的 (认可机构的存款总额,
 * 在本港使用的贷款): a cause, a source, a comparison or a verb of saying
 * opens a clause of its own, not a phrase that names what is measured. */
const char *const tally_subject_relative_breaks[] = {
    "由于", "由", "因", "因为", "受", "据", "根据", "随着", "按", "按照", "比", "较", "与", "同", "对",
    "是", "为", "达", "达到", "表示", "指出", "显示", "分别", "各", "将", "已",
    "了", "并", "且", "但", "则", "也", "都", "还", "亦",
    /* a destination says where, as a region does (输往内地的出口价格) */
    "输往", "销往", "运往", "出口往",
    /* what a statistic includes or leaves out defines it, and names no
     * other thing (扣除食品和能源的核心CPI, 包括M1的广义货币) */
    "包括", "包含", "含", "不含", "不包括", "扣除", "剔除", "除", "除去", NULL};

/* Words that may open a clause before a relative phrase and are not part of
 * it (而通讯的价格指数, 至于酒吧的总收益, 当中…): the subject starts after them. */
const char *const tally_subject_clause_openers[] = {"而", "至于", "其中", "当中", "另外", "此外", "同时",
                                                    "另一方面", "与此同时", "综合计算", "其次", "首先",
                                                    "再次", "最后", NULL};

/* Attributes the lexicon tags as an adjective, an adverb, a verb or a
 * prefix that modify the noun right after them inside a subject (一般贸易
 * 进出口, 非居民存款, 准货币负债, 常住人口, 广义货币, 直接投资, 新设企业, 各项
 * 贷款): the phrase goes on before them. */
const char *const tally_subject_attributes[] = {"一般", "非", "准", "常住", "户籍", "广义", "狭义", "直接",
                                                "间接", "新设", "各项", "实际", "境外", "境内",
                                                /* 对共建“一带一路”国家, “一带一路”沿线国家 */
                                                "共建", "沿线", "外币", "本币",
                                                /* 海关出口值: an office that counts, not a region */
                                                "海关", NULL};

/* Words the lexicon cuts across (中|长期贷款, 实|征|净额): a subject that
 * starts inside one, or right after its first characters, starts with it. */
const char *const tally_subject_cut_words[] = {"中长期", "中短期", "实征", "流通中", NULL};

/* Stocks whose change is of the thing held (贷款余额…，增加16万亿元: the
 * increase is of 贷款): a carried subject drops them before an amount that a
 * trend word states. */
const char *const tally_subject_stock_words[] = {"余额", "存量", "保有量", NULL};

/* 由上月的4.88%增为4.9%: the mark of the value a change starts from; the
 * value is part of the predicate. */
const char *const tally_subject_start_marks[] = {"由", "从", NULL};

/* 按季跌17.1%, 按年上升3%: after 按 (tally_subject_basis_leads) the period a
 * rate of change is reckoned over. */
const char *const tally_subject_basis_periods[] = {"季", "年", "月", "周", "日", NULL};

/* Verbs that pull a total by points (拉动全市规模以上工业1.4个百分点, 推高通胀率
 * 0.3个百分点): the total after them is the object; the subject is the
 * contributor, before the verb or carried. */
const char *const tally_subject_pull_verbs[] = {"拉动", "带动", "推高", "推升", "拉低", "拖累", "下拉",
                                               "拉升", "合共推高", NULL};

/* Shares alone (占比卅六·一%，…增加七四七亿美元): like a rate alone, an amount
 * read past one measures the thing the share is of. */
const char *const tally_subject_share_nouns[] = {"占比", "比重", "份额", "比率", "比例", NULL};

/* Seventh round (docs/figures.md, "Seventh round: subjects") */

/* Words of a record (创历年同月新高, 为历史新高): a clause that only remarks
 * on one says what the figure before it is, so a rate alone after it is
 * still that figure's rate. */
const char *const tally_subject_record_words[] = {"新高", "新低", "纪录", "新纪录", "历史新高",
                                                  "历史新低", "最高", "最低", NULL};

/* Words of frequency that modify the noun after them inside a phrase
 * (就业人口月工作收入: monthly earnings), between two nouns. */
const char *const tally_subject_frequency_words[] = {"月", "年", "日", "周", NULL};

/* A statistics release's abbreviations of a rate (yoy: over the year, qoq:
 * over the quarter, saar: seasonally adjusted annual rate): after a
 * statistic's name they gloss the rate (实质GDP初步统计yoy → 实质GDP). */
const char *const tally_subject_release_abbrevs[] = {"yoy", "YoY", "YOY", "qoq", "QoQ", "QOQ",
                                                     "saar", "SAAR", NULL};

/* Ordinal openers: 为 or 是 after them (其次为…, 首先是…) opens the phrase the
 * clause names, so a relative phrase may start right after it. */
const char *const tally_subject_ordinal_openers[] = {"其次", "首先", "再次", "最后", "第一", "第二",
                                                     NULL};
