/* The words the context stages read besides the lexicon's word classes:
 * subject and subject_key (figure_subject.c), region (figure_subject.c),
 * period_key (figure_period.c) and status (figure_status.c). In Simplified
 * characters: the scanner reads folded text. Add a word here to change how a
 * class of clauses is read; nothing here names a particular report. */
#include "figure_rules.h"

/* Nouns that name no measured thing and so never head a subject (亦为历年
 * 单月新高 says what a figure is, not what it measures; 受…影响 its cause). */
const char *const tally_subject_nonheads[] = {"其中", "当中", "方面", "全年", "今年", "去年", "同期",
                                              "当年", "上年", "新高", "新低", "纪录", "新纪录",
                                              "历史新高", "部分",
                                              /* seventh round: 受出口下调影响，今年下修至…
                                               * names a cause, not what is measured */
                                              "影响", "冲击", NULL};

/* Words of change, contribution and ranking that the lexicon may tag as
 * nouns but that belong to the predicate: a subject is never one of them
 * (国外净需求贡献7.21个百分点, 输出实质成长30.64%, 以韩国居首). */
const char *const tally_subject_predicate_words[] = {
    "贡献", "居首", "居次", "居末", "实质成长", "实质增长", "名义成长", "名义增长", "实质",
    "名义", "首位", "榜首",
    /* seventh round: 事业单位计456家 (totalling), a verb the lexicon tags a noun */
    "计", NULL};

/* A noun phrase between these verbs and the figure is what the subject
 * contributes to (国外净需求贡献经济成长7.21个百分点, 消费拉动经济增长1.5个
 * 百分点): the subject stands before the verb. */
const char *const tally_contribution_verbs[] = {"贡献", "拉动", NULL};

/* A place right before these names where people come from (香港旅客, 中国
 * 台湾旅客, 内地游客): an origin, not the region the figure is about. */
const char *const tally_origin_nouns[] = {"旅客", "游客", "访客", "客源", "居民", "学生", "留学生",
                                          "劳工", "侨胞", "同胞", "客商", "采购商", "投资者",
                                          /* seventh round: 韩国住客 (a hotel's guests) */
                                          "住客", NULL};

/* A place right before these is where a trade figure's orders or goods come
 * from (美国订单, 中国大陆及香港订单): a partner, not whose figure it is. */
const char *const tally_region_source_nouns[] = {"订单", "接单", "来单", "订货", NULL};

/* A place after 在 and before these is where the document's figure is made
 * (在乌兰察布市境内销售974万元: a county's sales in another city), not whose. */
const char *const tally_region_where_nouns[] = {"境内", "境外", "以内", "以外", "区域内",
                                                "范围内", NULL};

/* Region: foreign countries and blocs, whose own figures (美国经济增长1.9%,
 * 日本物价) are theirs (spec: the region the figure is about). Simplified;
 * 东协 and 南韩 are Taiwan's names of ASEAN and Korea. */
const char *const tally_region_foreign_names[] = {
    "美国", "日本", "韩国", "南韩", "朝鲜", "英国", "德国", "法国", "意大利", "西班牙", "荷兰",
    "瑞士", "瑞典", "俄罗斯", "印度", "印尼", "印度尼西亚", "越南", "泰国", "新加坡",
    "马来西亚", "菲律宾", "澳大利亚", "澳洲", "新西兰", "纽西兰", "加拿大", "墨西哥", "巴西",
    "阿根廷", "南非", "土耳其", "沙特", "沙特阿拉伯", "以色列", "伊朗", "埃及", "巴基斯坦",
    "孟加拉国", "哈萨克斯坦", "欧盟", "欧元区", "东盟", "东协", NULL};
/* Taiwan's names of foreign countries and blocs, given as the figure's region
 * by the name the place table's Simplified uses (南韩 → 韩国, 东协 → 东盟), as
 * 臺灣 is given as 台湾省: one region, one name. Pairs, name then full. */
const char *const tally_region_foreign_aliases[] = {"南韩", "韩国", "东协", "东盟",
                                                    "纽西兰", "新西兰", NULL};
/* Nouns after a foreign country that make it a partner of the document's
 * region, not the figure's (对美出口 is read by 对; 美国市场, 日本投资). */
const char *const tally_region_foreign_partner_nouns[] = {
    "出口", "进口", "进出口", "贸易", "外贸", "市场", "投资", "外资", "企业", "客户", "买家",
    "需求", "商品", "货物", "产品", "旅客", "游客", "访客", "客源", "航线", "签证", NULL};

/* Words read as nouns whatever the lexicon tags them: the measured thing in
 * 民营企业占比18%, 税收收入占比. */
const char *const tally_subject_nouns[] = {"占比", "比重", "总量", "总值", "规模", "类", NULL};

/* A noun phrase right after these is what the figure is compared with
 * (比上年, 较上年同期, 高于全国平均), not its subject; the comparatives of
 * figure_tables.c count too. */
const char *const tally_comparison_marks[] = {"比", "较", "同", "与", "比去年", "较去年",
                                              "比上年", "较上年", "相比", NULL};

/* Words that join the members of a listed subject (出口和进口分别增长). */
const char *const tally_subject_joins[] = {"和", "与", "及", "以及", NULL};

/* Locatives that stay inside a noun phrase (规模以上工业增加值). */
const char *const tally_subject_inner_locatives[] = {"以上", "以下", "内", NULL};

/* A preposition that names a trade partner inside the subject
 * (对东盟进出口, 对非洲出口). */
const char *const tally_subject_partner_marks[] = {"对", NULL};

/* Words that stand for the document's own region (its meta region). */
const char *const tally_region_words[] = {"全省", "全市", "全区", "全州", "全县", "全盟", "我省",
                                          "我市", "我区", "本省", "本市", "本区", "全省域",
                                          "全市域", NULL};

/* A list of subjects, one per figure of a list (A、B分别增长x%、y%). */
const char *const tally_respectively_words[] = {"分别", "依次", NULL};

/* A占B的x%: the share of A in B. */
const char *const tally_share_verbs[] = {"占", "占到", "约占", NULL};

/* Words at the edge of a subject that are no part of what is measured; the
 * subject_key drops them (实现地区生产总值 → 地区生产总值). */
const char *const tally_subject_hedges[] = {
    "实现", "完成", "力争", "确保", "争取", "累计", "共计", "合计", "合共", "预计", "计划", "其中",
    "全年", "当年", "同期", "今年", "去年", "上年", "本年", "共", "约", "达", "达到", "突破",
    "超过", "为", "增长", "下降", "同比", "环比", "按年", "新增", NULL};

/* Subjects written in more than one way: {canonical, form}. A subject_key
 * equal to a form becomes the canonical name. Rows for one canonical name
 * stay together. */
const char *const tally_subject_synonyms[][2] = {
    {"地区生产总值", "GDP"}, {"地区生产总值", "生产总值"}, {"地区生产总值", "国内生产总值"},
    {"地区生产总值", "经济总量"}, {"地区生产总值", "经济增速"}, {"地区生产总值", "全省经济"},
    {"外贸进出口总额", "进出口总额"}, {"外贸进出口总额", "进出口额"},
    {"外贸进出口总额", "外贸进出口"}, {"外贸进出口总额", "外贸进出口额"},
    {"外贸进出口总额", "外贸进出口总值"}, {"外贸进出口总额", "进出口总值"},
    {"外贸进出口总额", "进出口"}, {"外贸进出口总额", "外贸"}, {"外贸进出口总额", "货物进出口"},
    {"外贸进出口总额", "货物进出口总额"}, {"外贸进出口总额", "货物贸易进出口"},
    {"外贸进出口总额", "对外贸易进出口"}, {"外贸进出口总额", "外贸总额"},
    {"外贸进出口总额", "外贸额"}, {"外贸进出口总额", "货物贸易"},
    {"出口", "出口额"}, {"出口", "出口总额"}, {"出口", "出口总值"}, {"出口", "外贸出口"},
    {"出口", "货物出口"},
    {"进口", "进口额"}, {"进口", "进口总额"}, {"进口", "进口总值"}, {"进口", "外贸进口"},
    {"进口", "货物进口"},
    {"增速", "增幅"}, {"增速", "增长率"}, {"增速", "增长速度"}, {"增速", "增长幅度"},
    {"社会消费品零售总额", "社会消费品零售额"}, {"社会消费品零售总额", "社零总额"},
    {"社会消费品零售总额", "社零额"}, {"社会消费品零售总额", "社零"},
    {"社会消费品零售总额", "全社会消费品零售总额"}, {"社会消费品零售总额", "消费品零售总额"},
    {"实际使用外资", "实际利用外资"}, {"实际使用外资", "使用外资"},
    {"实际使用外资", "利用外资"}, {"实际使用外资", "实际使用外资金额"},
    {"实际使用外资", "实际使用外资额"}, {"实际使用外资", "实际到位外资"},
    {"网络零售额", "网上零售额"}, {"网络零售额", "网络零售"}, {"网络零售额", "线上零售额"},
    {"跨境电商进出口额", "跨境电商进出口"}, {"跨境电商进出口额", "跨境电商交易额"},
    {"跨境电商进出口额", "跨境电子商务进出口"},
    {"跨境电商出口", "跨境电商出口额"},
    {"服务贸易进出口", "服务贸易"}, {"服务贸易进出口", "服务贸易额"},
    {"服务贸易进出口", "服务进出口"},
    {"对外直接投资", "对外投资"}, {"对外直接投资", "境外投资"},
    {"对外直接投资", "对外直接投资额"},
    {"规模以上工业增加值", "规上工业增加值"}, {"规模以上工业增加值", "工业增加值"},
    {"固定资产投资", "全社会固定资产投资"},
    {"一般公共预算收入", "地方一般公共预算收入"},
    {"居民人均可支配收入", "人均可支配收入"}, {"居民人均可支配收入", "全体居民人均可支配收入"},
    {NULL, NULL}};

/* Period (spec: the nearest *governing* time expression): the base of a
 * comparison does not govern. dates.c drops a time right after 比, 较, 于;
 * these catch the bases it cannot see from the word before alone: a lead and
 * a closer around the time (与上年相比, 同去年同期比较), and words that make
 * the time a base by themselves (为历年同期新高). */
const char *const tally_period_base_leads[] = {"与", "同", "和", "跟", NULL};
const char *const tally_period_base_closers[] = {"相比", "相较", "比较", "对比", "比", "持平",
                                                 "基本持平", "相当", NULL};
/* after the time and before the closer: 与上年同期相比, 与上年同月比较 */
const char *const tally_period_base_sames[] = {"同期", "同月", "同季度", "同季", "同日", NULL};
/* after the time (and its same-period word) and before the closer, what is
 * compared: 与去年同期数字比较, 与上年水平相比 */
const char *const tally_period_base_fillers[] = {"数字", "数", "水平", NULL};
/* 对上年同季成长率, 对上年同期增长: 对 before a time and a same-period word after
 * it make a base without a closer. */
const char *const tally_period_base_same_leads[] = {"对", NULL};
/* 与先前三个月比较: these before a time (先前 = the months before) stand between
 * the lead and the time. */
const char *const tally_period_prior_marks[] = {"先", "此", "之", NULL};
/* 为历年同期新高; 由2014年的13.88:53.06调整为…: the state a change starts from */
const char *const tally_period_base_marks[] = {"历年", "由", NULL};
/* A time followed (after an optional 的) by one of these is the base a change
 * is measured from (主要原因是十一月份的基数较高), not the period of what follows. */
const char *const tally_period_base_nouns[] = {"基数", "基期", NULL};
/* A time right after a share verb dates the whole a share is taken of (占全年
 * 预算的75.5%, 占全年目标), not the share's own period. */
const char *const tally_period_share_leads[] = {"占", "占到", NULL};
/* A time inside a cause frame (受去年3月并购大项目影响，…) dates the cause, not
 * the figures of the sentence: a lead before the time and a closer after it
 * in one clause. */
const char *const tally_period_cause_leads[] = {"受", "受到", "由于", NULL};
const char *const tally_period_cause_closers[] = {"影响", "拖累", "带动", NULL};
/* Time atoms besides figure_tables.c's, tried after them at each position
 * (PCRE2 alternatives): a five-year plan named alone in quotes, of either
 * register (在保持“十二五”年均增速35%的基础上, 「十二五」); the first quarters
 * with 季 alone, as Taiwan and Hong Kong write them (前三季, 首三季); the month
 * before (上月, 上月底: 较上月之5.23% is that month's value, keyed as the month
 * before the one the text is about); a month with a space before 月 (12 月份,
 * as Taiwan's agencies print it); a relative year or the month before with its
 * number in brackets (去（114）年, 上（11）月). */
const char *const tally_period_time_patterns[] = {"[“\"「『]十[一二三四五六七八九]五[”\"」』]",
                                                  "[前首][一二三1-3１-３]季(?!度)",
                                                  "(?:上|上个)月(?:底|末|初)?(?!份)",
                                                  "(?<![0-9])(?:1[0-2]|0?[1-9])[ \t]+月份?",
                                                  "[去今明前][（(][0-9]{2,4}[）)]年",
                                                  "上[（(](?:1[0-2]|0?[1-9])[）)]月",
                                                  "(?<![每个])(?:本月(?:末|底)|月末)",
                                                  "(?<![每个])(?:本月|当月)(?![份末底初])",
                                                  "(?:本|上一?|前一)季度?",
                                                  "(?<![0-9])(?:19|20)[0-9]{2}[—－~～-](?:19|20)[0-9]{2}年",
                                                  "(?<![0-9A-Za-z])(?:1[0-4][0-9]|(?:19|20)[0-9]{2})Q[1-4](?![0-9A-Za-z])",
                                                  "(?<![0-9])(?:19|20)[0-9]{2}[-/](?:[0-9]{2}|(?:19|20)[0-9]{2})"
                                                  "(?:财政)?年度",
                                                  "(?:春节|国庆|五一|中秋|端午|元旦|清明|圣诞|农历新年)"
                                                  "(?:黄金周|假期|长假|连假|小长假)?期间",
                                                  "(?:(?<=^)|(?<=[，。；：,;:\\s]|年))元月?[至到—-]"
                                                  "(?:十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])月",
                                                  NULL};
/* A holiday's span (春节期间, 国庆黄金周期间) is a period with no key form: its
 * dates move with the calendar (heldout4's README: no key). */
const char *const tally_period_holidays[] = {"春节", "国庆", "五一", "中秋", "端午", "元旦",
                                             "清明", "圣诞", "农历新年", NULL};
/* A record's span (为1990年8月以来单月最高, 为近24年来同期最低点) does not govern,
 * as a comparison's base does not: a time followed, after an optional
 * tally_period_record_frames word, by one of these. */
const char *const tally_period_record_frames[] = {"同期", "单月", "单季", "单日", "同月", NULL};
const char *const tally_period_record_words[] = {"最高", "最低", "新高", "新低", "高点", "低点",
                                                 "最大", "最小", "最多", "最少", "最快", "最慢",
                                                 NULL};
/* An aim a rate of progress is measured against (全年预算达成率65.3%, 完成全年目标
 * 任务的80%): a time right before one of these nouns dates the aim, not the rate. */
const char *const tally_period_aim_nouns[] = {"预算数", "预算", "目标任务", "目标", "计划",
                                              "任务", NULL};
const char *const tally_period_progress_words[] = {"达成率", "完成率", "执行率", "进度",
                                                   "达成", NULL};
/* A time after these, with 以来 after it, starts a streak the sentence goes on
 * (延续上年第3季以来之正成长): the streak's span governs no figure after it. */
const char *const tally_period_streak_leads[] = {"延续", "延续了", "持续", "维持", "保持", NULL};
/* A time after these dates the source a figure is read from, not its period
 * (据2019年人口抽样调查，年末常住人口…). Not 按: 按2022年平均汇率计算为8838美元
 * is the year's income in dollars (the heldout gold), though heldout4's
 * README reads the year as the exchange rate's only. */
const char *const tally_period_means_leads[] = {"据", "根据", "依据", NULL};
/* A time right before these dates when an estimate was made, not the period
 * it is of (7月概估数为1.45%, 112年5月预测数): nouns only, not the verbs 预测,
 * 预估 (预估今年…, 今年预测…). */
const char *const tally_period_estimate_nouns[] = {"概估", "概估数", "概估值", "预测数", "预测值",
                                                   "预估数", "预估值", "估计数", "初估数",
                                                   "初估值", NULL};
/* Between a month and a count of months: 截至2013年11月底的三个月, 至今年1月为止的
 * 十二个月 (the months that end there) */
const char *const tally_period_months_to_links[] = {"的", "为止的", "止的", NULL};
/* A compared time's own value (较去年2.19%, 较上月之5.23%, 由去年的衰退9%,
 * 高于上月底之3.83%, 由上月下修值 15.8%): the figure right after the time, with
 * one of the links (的, 之, a revised value's noun) between or none, and after a link a word of change, is dated by the time
 * and states an outcome. The leads stand before the time (从 too: 从2012年的120亿元
 * 增长到…, the start's value). */
const char *const tally_period_compared_time_leads[] = {"比", "较", "于", "同", "由", "从",
                                                        NULL};
/* An estimate made at the compared time, before the link (八月预测的2.47%,
 * 十月底概估的1.58%): the figure is that forecast (its period the time it was
 * made, its status forecast), as after an estimate's noun (较8月预测数2.11%). */
const char *const tally_period_estimate_verbs[] = {"预测", "预估", "概估", "初估", "估计", NULL};
const char *const tally_period_compared_links[] = {"的", "之", "上修值", "下修值", "修正值",
                                                   "修订值", NULL};
const char *const tally_period_compared_value_words[] = {
    "衰退", "增长", "成长", "下降", "下跌", "上升", "减少", "增加", "负增长", "正增长", "负成长",
    "正成长", NULL};
/* A sentence after a 截至 month that holds one of these states a level at
 * that date, not a flow of the months to it (截至111年11月底止，放款总余额…,
 * 逾期放款比率为0.15%; 截至5月，已累计落地项目280多个): its figures key as
 * the month. */
const char *const tally_period_stock_words[] = {"余额", "存量", "保有量", "库存", "比率",
                                                "覆盖率", "已累计", "累计已", "市值", "收盘", NULL};
/* Periods joined into one (1月及2月合计, 3月和4月). */
const char *const tally_period_joins[] = {"及", "和", "与", "、", NULL};
/* A sentence opening with these takes the period of the sentence before
 * (spec: 其中; 当中 is its Traditional-register twin; 月内, 期内, 期间 point back
 * to the month or months just named). */
const char *const tally_period_carry_words[] = {"其中", "当中", "月内", "期内", "期间", "同期内",
                                                NULL};
/* The words before a time expression that make it a comparison's base
 * (dates.c reads the same: 比上年, 较104年); the period stage checks them
 * again for the time expressions it takes that dates.c calls durations. */
const char *const tally_period_compare_leads[] = {"比", "较", "于", "同", NULL};
/* 高于一季度 is a comparison; 于2月11日 (於, "on") dates a clause: 于 after
 * one of these adjectives makes a base. */
const char *const tally_period_compare_adjectives[] = {"高", "低", "快", "慢", "多", "少", "大",
                                                       "小", "好", "优", "强", "弱", "早", "晚",
                                                       "等", "相当", NULL};

/* Status (spec): words before a figure in its sentence that make it an aim
 * rather than an outcome. The nearest to the figure decides. */
const char *const tally_target_words[] = {"目标", "预期", "力争", "确保", "争取", "努力",
                                          "期望", "目标是", NULL};
const char *const tally_forecast_words[] = {"预计", "预测", "有望", "估计", "预估", "可望",
                                            "有机会", "能否", NULL};
/* Forecast verbs read as characters, since the segmenter splits them
 * (上看: 全年上看200%以上, where a market expects a total to reach). */
const char *const tally_status_forecast_verbs[] = {"上看", NULL};
/* A revision of an estimate (上修今年全年经济成长率…至7.37%): a forecast when the
 * figure's period has not ended at the document's date, an outcome's estimate
 * when it has (今年第三季经济成长率上调…至8.21% in November). */
const char *const tally_status_revision_verbs[] = {"上修", "下修", "上调", "下调", "调升", "调降",
                                                   "调高", "调低", NULL};
/* A budget (编列的税收预算数比2024年增加947亿元) is a plan, unless it is the whole a
 * share is taken of (占全年预算数75.5%). */
const char *const tally_status_budget_words[] = {"预算数", "编列", NULL};
/* A clause opening with these turns from what a budget before it plans (编列…增加
 * 947亿元，但统计至9月…实征数减少365亿元): the budget lends no plan over them. */
const char *const tally_status_contrast_words[] = {"但", "但是", "而", "然而", "不过", "可是",
                                                   NULL};
/* 临时估计为466亿元, 初步估计: a provisional estimate of an outcome, not a
 * forecast (spec: 预计 forecasts; an estimate of what happened is actual) */
const char *const tally_status_estimate_words[] = {"估计", "估算", NULL};
const char *const tally_status_estimate_leads[] = {"临时", "初步", "修订", NULL};
/* 超预期增长8%, 好于预期, 符合预期的增长: an outcome measured against an
 * expectation, not an aim (with 比, 较, 于 of tally_status_compared_marks) */
const char *const tally_status_beyond_marks[] = {"超", "超出", "超过", "好于", "优于", "高于",
                                                 "低于", "不及", "符合", "于", "比", "较",
                                                 "不如", "未达", "逊于", NULL};
/* 完成目标进度, 实现目标: a goal reached is an outcome's measure, not a cue */
const char *const tally_status_reached_verbs[] = {"完成", "实现", "超额完成", "达到", "达成", NULL};
/* The time of a goal reached, between the verb and the goal (完成全年目标任务的62%). */
const char *const tally_status_goal_times[] = {"全年", "今年", "年度", "本年", "全年度", NULL};
/* A threshold crossed after a word of certainty or of the future (确定破六千亿
 * 美元, 将连三月破六百亿美元, 将突破): a forecast of where a figure will end */
const char *const tally_status_threshold_verbs[] = {"破", "突破", NULL};
const char *const tally_status_certain_words[] = {"确定", "必将", "势必", "将", NULL};
/* 比原预测高出7.39个百分点, 8月预测的2.91%: a forecast after these, or before
 * 的/数/值, is the forecast compared with, not a cue for the figure */
const char *const tally_status_compared_marks[] = {"比", "较", "于", "原", "高于", "低于", "远高于",
                                                   "远低于", "相比", NULL};
const char *const tally_status_compared_after[] = {"的", "数", "值", NULL};
/* 市场开拓计划，锚定…建设目标，: these at the end of a clause are nouns (the
 * plan's or goal's name), not cues */
const char *const tally_status_nominal_cues[] = {"计划", "目标", "规划", NULL};
const char *const tally_plan_words[] = {"计划", "拟", "将", "规划", "准备", NULL};
/* In a plan part, and after 今年 in a sentence, these make a target. */
const char *const tally_plan_part_target_words[] = {"要", "左右", NULL};

/* A line that ends in a colon and holds a cue of the status words above or
 * of these announces aims, and the list items after it are a plan part
 * (全省今年实施“稳外贸六项行动”，主要包括：1. …); 今年 counts without the
 * marks of looking back (今年以来，主要成效包括： lists outcomes). */
const char *const tally_status_list_cues[] = {"下一步", "下阶段", "今后", "接下来", NULL};
const char *const tally_status_past_marks[] = {"以来", "已", "了", "完成", "实现", "取得", NULL};
/* Cue words that count only in the figure's own clause: 将 is also the
 * object marker (我们将消费券发放与促销结合，带动消费5亿元 reports an outcome). */
const char *const tally_status_clause_only_words[] = {"将", NULL};

/* A clause holding one of these states an outcome and takes no cue from the
 * clauses before it (全省将继续扩大开放，今年已新设企业3000家). */
const char *const tally_status_done_marks[] = {"已", "已经", "了", "累计", NULL};

/* The marks after a Chinese numeral that open a list item (一是, 二、, 第三，). */
const char *const tally_list_item_marks[] = {"是", "、", "，", ",", "要", NULL};

/* A heading holding one of these opens the plan part of a report (a work
 * report's 今年工作安排); one holding a review word goes back to outcomes. */
const char *const tally_plan_part_cues[] = {"工作安排", "主要目标", "预期目标", "总体要求",
                                            "重点任务", "重点工作", "主要任务", "工作任务",
                                            "下一步", "今后工作", "工作建议", "工作思路",
                                            "发展目标", "目标任务", "总体安排", "工作部署",
                                            NULL};
const char *const tally_review_part_cues[] = {"回顾", "过去一年", "过去五年", "主要成效",
                                              "工作成效", "取得成效", "一年来", "五年来", NULL};

/* Region (spec): words that name the country, whose figures have no region. */
const char *const tally_country_words[] = {"全国", "我国", "国内", "全国范围", NULL};

/* Region: documents of these regions speak of their own region with the
 * country's self words (a Taiwan text's 国内需求, 全国): a figure whose clause
 * names the country so is the document's (core/doc_records.c). Not Hong Kong
 * or Macau, whose 国内 is the mainland. */
const char *const tally_region_self_country_docs[] = {"台湾省", NULL};

/* Region: the country's self words that, in a text counting years from
 * 民国 (Taiwan's), speak of Taiwan, the document's own region (我国出口). */
const char *const tally_region_roc_self_words[] = {"我国", "本国", NULL};

/* Region: the country named by name (中国进出口总额, a Taiwan text's 中国大陆
 * 自台湾进口) and the world (全球贸易量, 全球经济成长率): figures about these
 * have no region, as the country's do. Only the region stage reads them. */
const char *const tally_region_country_names[] = {"中国", "中国大陆", "大陆", NULL};
const char *const tally_region_world_words[] = {"全球", "世界", "全世界", NULL};
/* A place after these, and the places listed with it (来自美国、东盟及香港接单,
 * 输往香港, 出口中国大陆: exports to it), is a trade partner or an origin, not
 * the figure's region. */
const char *const tally_region_partner_leads[] = {"来自", "自", "从", "输往", "销往", "运往",
                                                  "出口到", "出口至", "进口自", "出口", "进口",
                                                  NULL};

/* Words of totals that may stand inside a subject, between its members and
 * its head (电动汽车、锂电池和太阳能电池合共出口). */
const char *const tally_subject_inner_words[] = {"合共", "合计", "共计", NULL};

/* Nouns that name a statistic of the thing measured rather than the thing
 * (经济成长率预测2.42%, 成长率初步统计为1.66%, 总销货价值的修订估计): the
 * subject is the phrase before them; alone (概估的1.58%) they leave the
 * subject to be carried from the figure before. */
const char *const tally_subject_report_nouns[] = {
    "预测", "预测数", "预测值", "估计", "估计数", "修订估计", "初步估计", "初步统计", "初步统计数",
    "初步核算", "初步测算",
    "概估", "概估数", "初值", "终值", "修正值", "统计数", NULL};

/* Nouns that keep a verb before them inside the noun phrase: amounts
 * (蔬菜种植面积, 生猪出栏量) and trades (团膳承包业, 邮购业): the verb names
 * what the amount or the trade is of, not the predicate. */
const char *const tally_subject_verb_heads[] = {
    "面积", "产量", "数量", "金额", "总额", "总量", "规模", "人数", "次数", "价值", "量", "额",
    "业", "行业", "类",
    /* seventh round: 居住价格, 租赁价格 (the verb names what the price is of) */
    "价格", "项目", NULL};

/* Prepositions of means and basis: the phrase after them says how a figure
 * is reckoned (按年均汇率折算为6908美元, 按可比价格计算), not what it measures. */
const char *const tally_subject_means_marks[] = {"按", "按照", "根据", "依据", "依照", NULL};

/* One-character units that are the noun counted when no noun follows
 * (深入16市, 在7市): places. Longer noun units count too (5部门, 三方面);
 * other one-character nouns are classifiers (3000人, 8条). */
const char *const tally_subject_place_units[] = {"市", "省", "县", "区", "国", "州", NULL};

/* A sentence that opens with a frame of breakdown (分季度看, 从环比看,
 * 分产业来看) goes on with the subject of the sentence before, as one opening
 * with 其中 does: the frame mark, a few words, the frame verb, a comma. */
const char *const tally_subject_frame_marks[] = {"分", "从", NULL};
const char *const tally_subject_frame_verbs[] = {"看", "来看", NULL};

/* 各 between a list and its figures gives them one each, as 分别 does
 * (工业、制造业…，各较上年增加0.88%及0.89%), when the clause holds two figures
 * or more (三区各新增企业5家 is each of them). */
const char *const tally_subject_each_words[] = {"各", "各自", NULL};

/* 经调整季节变动因素后涨0.42%: 经…后 states the condition of the figure, a
 * part of the predicate; its nouns are no subject. */
const char *const tally_subject_condition_leads[] = {"经", "经过", NULL};
const char *const tally_subject_condition_ends[] = {"后", "之后", "以后", NULL};

/* A noun phrase opening a sentence before these is who speaks (财政部表示，),
 * not the topic the sentence's figures measure. */
const char *const tally_subject_speaker_verbs[] = {
    "表示", "介绍", "说", "指出", "称", "认为", "透露", "强调", "提到", "宣布", "公布", "发布",
    "预估", "预计", "估计", "预测", NULL};

/* x%的基础上, x%的前提下: a frame of the next clause, not what the figure
 * measures. */
const char *const tally_subject_frame_nouns[] = {"基础", "前提", NULL};

/* 财政系统完成收入22051万元, 第一产业实现增加值6.4亿元: a bare measure after a
 * verb of achieving is the measure of the phrase before the verb, which
 * names what is measured. */
const char *const tally_subject_bare_measures[] = {"收入", "增加值", "产值", "总产值", "营业额",
                                                   "销售额", "利润", "税收", "营业收入", NULL};
const char *const tally_subject_achieve_verbs[] = {"实现", "完成", NULL};

/* X对Y的贡献率: the share of Y that X makes, named with X. */
const char *const tally_subject_contribution_heads[] = {"贡献率", "贡献度", "拉动率", NULL};

/* 社会消费品零售总额全省综合排名第4位: the rank's name; what is ranked stands
 * before it (and before its scope). */
const char *const tally_subject_rank_nouns[] = {"排名", "综合排名", "排位", "位次", "名次", NULL};

/* Pronouns that modify the noun after them inside a phrase (内地访客以及其他
 * 访客人次: the second member is 其他访客人次). */
const char *const tally_subject_determiners[] = {"其他", "其它", NULL};

/* Adverbs of averaging that the lexicon tags as adverbs (年均增长 is the
 * predicate) but that name the rate after them (年均增速35%). */
const char *const tally_subject_rate_adverbs[] = {"年均", "年平均", NULL};

/* Words the lexicon tags as places that name no region (城镇新增就业). */
const char *const tally_nonregion_places[] = {"城镇", "城市", "农村", "乡村", "城乡", "海外", "境外",
                                              "国外", "省外", "市外", "境内", "国际", "全球", "世界",
                                              "中部", "西部", "东部", "东北", "沿海", "内地",
                                              /* verbs and markets with an administrative
                                               * ending: 上市公司, 上柜 */
                                              "上市", "股市", "楼市", "车市", NULL};

/* Zones named after a place: 河北自贸试验区 reports for the zone, not the
 * province, and so is a region of its own. */
const char *const tally_zone_words[] = {"自贸试验区", "自由贸易试验区", "自贸区", "自贸港",
                                        "开发区", "经开区", "高新区", "综合保税区", "综保区",
                                        "保税区", "新区", "片区", "园区", "产业园", NULL};

/* Regions named without their administrative suffix: the provinces and
 * large cities reports name short (湖南外贸, 深圳出口). */
const char *const tally_region_short_names[] = {
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆",
    "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门",
    "台湾", "深圳", "广州", "成都", "武汉", "南京", "杭州", "西安", "沈阳", "大连", "青岛",
    "宁波", "厦门", "长春", "哈尔滨", "济南", "苏州", "佛山", "东莞", "郑州", "长沙", "合肥",
    "福州", "昆明", "南宁", "贵阳", "南昌", "太原", "石家庄", "兰州", "西宁", "银川",
    "乌鲁木齐", "拉萨", "呼和浩特", "海口", "无锡", "温州", "泉州", "徐州", "珠海", NULL};
