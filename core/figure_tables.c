/* The data the figure scanner reads: units and measure words, qualifiers,
 * trend words, rank words, exclusion patterns and time atoms. Words are
 * written in Simplified characters: the scanner reads text folded to
 * Simplified (tally_fold_simplified), so 個, 噸, 港幣 and 按年 match too.
 * To teach tally a word, add a row here or call the tally.units.add /
 * tally.qualifiers.add / tally.trends.add functions from Lua. */
#include "figure_rules.h"
#include "array_grow.h"
#include "number_tables.h"
#include "tally/regex.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8_scan.h"
#include "trend_index.h"

enum { M = TALLY_FIG_MONEY, Q = TALLY_FIG_QUANTITY, P = TALLY_FIG_PERCENT, PP = TALLY_FIG_PP,
       T = TALLY_FIG_TIME, O = TALLY_FIG_ORDINAL };
enum { AC = TALLY_UNIT_AFTER_COUNT, PRE = TALLY_UNIT_PREFIX, LIST = TALLY_UNIT_LIST_COUNT };

static const struct {
    const char *word, *unit;
    int kind;
    double scale;
    unsigned flags;
} default_units[] = {
    /* money: the currency is the unit; magnitudes (万, 亿) fold into value */
    {"元", "元", M, 1, 0}, {"人民币", "元", M, 1, 0}, {"元人民币", "元", M, 1, 0},
    /* 元 then the currency's name: 100元港币, 50元美金 (元 the generic word) */
    {"元港币", "港元", M, 1, 0}, {"元美金", "美元", M, 1, 0}, {"元美元", "美元", M, 1, 0},
    {"元新台币", "新台币", M, 1, 0}, {"元台币", "新台币", M, 1, 0}, {"元澳门币", "澳门元", M, 1, 0},
    {"美元", "美元", M, 1, 0}, {"美金", "美元", M, 1, 0}, {"欧元", "欧元", M, 1, 0},
    {"港元", "港元", M, 1, 0}, {"港币", "港元", M, 1, 0}, {"澳门元", "澳门元", M, 1, 0},
    {"澳门币", "澳门元", M, 1, 0}, {"澳元", "澳元", M, 1, 0}, {"新台币", "新台币", M, 1, 0},
    {"台币", "新台币", M, 1, 0}, {"日元", "日元", M, 1, 0}, {"英镑", "英镑", M, 1, 0},
    {"韩元", "韩元", M, 1, 0}, {"卢布", "卢布", M, 1, 0}, {"瑞士法郎", "瑞士法郎", M, 1, 0},
    {"新加坡元", "新加坡元", M, 1, 0}, {"加元", "加元", M, 1, 0},
    /* sub-units of other currencies, as a share of their currency: 十美分 =
     * 0.1 美元 (the unit with 元, 角 and 分 after a number is money_subunits_after's) */
    {"美分", "美元", M, 0.01, 0}, {"欧分", "欧元", M, 0.01, 0}, {"便士", "英镑", M, 0.01, 0},
    /* currency written before the number: $ in Hong Kong and Macao usage is
     * the Hong Kong dollar */
    {"$", "港元", M, 1, PRE}, {"HK$", "港元", M, 1, PRE}, {"港币$", "港元", M, 1, PRE},
    {"港币", "港元", M, 1, PRE}, {"US$", "美元", M, 1, PRE}, {"美元", "美元", M, 1, PRE},
    {"MOP$", "澳门元", M, 1, PRE}, {"澳门元", "澳门元", M, 1, PRE}, {"港元", "港元", M, 1, PRE}, {"MOP", "澳门元", M, 1, PRE}, {"澳门币", "澳门元", M, 1, PRE},
    {"NT$", "新台币", M, 1, PRE}, {"新台币", "新台币", M, 1, PRE}, {"人民币", "元", M, 1, PRE},
    {"RMB", "元", M, 1, PRE}, {"¥", "元", M, 1, PRE}, {"￥", "元", M, 1, PRE},
    {"€", "欧元", M, 1, PRE}, {"£", "英镑", M, 1, PRE},
    /* shares and differences */
    {"%", "%", P, 1, 0}, {"％", "%", P, 1, 0}, {"‰", "%", P, 0.1, 0}, {"成", "%", P, 10, 0},
    /* a discount: 七折 pays 70 % of the price (tally_units_of_discount) */
    {"折", "%", P, 10, 0},
    {"个百分点", "pp", PP, 1, 0}, {"百分点", "pp", PP, 1, 0},
    /* counts and measure words */
    {"个", "个", Q, 1, LIST}, {"项", "项", Q, 1, LIST}, {"类", "类", Q, 1, LIST},
    {"方面", "方面", Q, 1, AC | LIST}, {"家", "家", Q, 1, 0}, {"只", "只", Q, 1, 0},
    {"场", "场", Q, 1, 0}, {"条", "条", Q, 1, 0}, {"市", "市", Q, 1, 0}, {"国", "国", Q, 1, 0},
    {"省", "省", Q, 1, 0}, {"县", "县", Q, 1, 0}, {"批", "批", Q, 1, 0}, {"部门", "部门", Q, 1, 0},
    {"名", "名", Q, 1, 0}, {"位", "位", Q, 1, 0}, {"支", "支", Q, 1, 0}, {"期", "期", Q, 1, 0},
    {"次", "次", Q, 1, 0}, {"人次", "人次", Q, 1, 0}, {"家次", "家次", Q, 1, 0},
    {"架次", "架次", Q, 1, 0}, {"车次", "车次", Q, 1, 0}, {"人", "人", Q, 1, 0},
    {"户", "户", Q, 1, 0}, {"件", "件", Q, 1, 0}, {"辆", "辆", Q, 1, 0}, {"台", "台", Q, 1, 0},
    {"套", "套", Q, 1, 0}, {"间", "间", Q, 1, 0}, {"座", "座", Q, 1, 0}, {"所", "所", Q, 1, 0},
    {"处", "处", Q, 1, 0}, {"张", "张", Q, 1, 0}, {"本", "本", Q, 1, 0}, {"篇", "篇", Q, 1, 0},
    {"份", "份", Q, 1, 0}, {"款", "款", Q, 1, 0}, {"种", "种", Q, 1, 0}, {"株", "株", Q, 1, 0},
    {"头", "头", Q, 1, 0}, {"箱", "箱", Q, 1, 0}, {"标箱", "标箱", Q, 1, 0}, {"单", "单", Q, 1, 0},
    {"笔", "笔", Q, 1, 0}, {"宗", "宗", Q, 1, 0}, {"例", "例", Q, 1, 0}, {"艘", "艘", Q, 1, 0},
    {"列", "列", Q, 1, 0}, {"轮", "轮", Q, 1, 0}, {"届", "届", O, 1, 0}, {"号", "号", O, 1, 0},
    {"岁", "岁", Q, 1, 0}, {"倍", "倍", Q, 1, 0}, {"对", "对", Q, 1, 0},
    /* physical units */
    {"吨", "吨", Q, 1, 0}, {"千克", "千克", Q, 1, 0}, {"公斤", "公斤", Q, 1, 0},
    {"克", "克", Q, 1, 0}, {"斤", "斤", Q, 1, 0}, {"微克", "微克", Q, 1, 0},
    {"毫克", "毫克", Q, 1, 0}, {"公里", "公里", Q, 1, 0}, {"千米", "千米", Q, 1, 0},
    {"米", "米", Q, 1, 0}, {"平方米", "平方米", Q, 1, 0}, {"平方公里", "平方公里", Q, 1, 0},
    {"平方千米", "平方千米", Q, 1, 0}, {"公顷", "公顷", Q, 1, 0}, {"亩", "亩", Q, 1, 0},
    {"立方米", "立方米", Q, 1, 0}, {"升", "升", Q, 1, 0}, {"千瓦时", "千瓦时", Q, 1, 0},
    {"千瓦", "千瓦", Q, 1, 0}, {"千伏", "千伏", Q, 1, 0}, {"千伏安", "千伏安", Q, 1, 0}, {"兆瓦", "兆瓦", Q, 1, 0}, {"度", "度", Q, 1, 0},
    {"平米", "平方米", Q, 1, 0},
    /* issue 14: classifiers and units of statistics releases, longest first
     * by the matcher (吨标准煤 over 吨); 千公顷 is no unit of its own: the
     * magnitude 千 folds into the value, as 万 does (135.5千公顷 = 135500 公顷) */
    {"标准箱", "标准箱", Q, 1, 0}, {"国际标准箱", "标准箱", Q, 1, 0}, {"TEU", "标准箱", Q, 1, 0},
    {"吨标准煤", "吨标准煤", Q, 1, 0}, {"吨标煤", "吨标准煤", Q, 1, 0}, {"吨公里", "吨公里", Q, 1, 0},
    {"人公里", "人公里", Q, 1, 0}, {"吨级", "吨级", Q, 1, 0}, {"载重吨", "载重吨", Q, 1, 0},
    {"兆瓦时", "兆瓦时", Q, 1, 0}, {"吉瓦", "吉瓦", Q, 1, 0},
    {"吉瓦时", "吉瓦时", Q, 1, 0}, {"兆帕", "兆帕", Q, 1, 0}, {"千帕", "千帕", Q, 1, 0},
    {"毫米", "毫米", Q, 1, 0}, {"厘米", "厘米", Q, 1, 0}, {"公分", "厘米", Q, 1, 0},
    {"海里", "海里", Q, 1, 0}, {"立方", "立方米", Q, 1, 0}, {"分贝", "分贝", Q, 1, 0},
    {"兆赫", "兆赫", Q, 1, 0}, {"赫兹", "赫兹", Q, 1, 0}, {"摄氏度", "摄氏度", Q, 1, 0},
    {"℃", "摄氏度", Q, 1, 0}, {"㎡", "平方米", Q, 1, 0}, {"m²", "平方米", Q, 1, 0},
    {"m³", "立方米", Q, 1, 0}, {"km", "公里", Q, 1, 0}, {"kg", "千克", Q, 1, 0},
    {"kWh", "千瓦时", Q, 1, 0}, {"KWh", "千瓦时", Q, 1, 0}, {"kW", "千瓦", Q, 1, 0},
    {"KW", "千瓦", Q, 1, 0}, {"MW", "兆瓦", Q, 1, 0}, {"MWh", "兆瓦时", Q, 1, 0},
    {"GW", "吉瓦", Q, 1, 0}, {"GWh", "吉瓦时", Q, 1, 0}, {"GB", "GB", Q, 1, 0},
    {"TB", "TB", Q, 1, 0}, {"Mbps", "Mbps", Q, 1, 0}, {"Gbps", "Gbps", Q, 1, 0},
    {"周岁", "周岁", Q, 1, 0}, {"门", "门", Q, 1, 0}, {"学时", "学时", Q, 1, 0},
    {"课时", "课时", Q, 1, 0}, {"学分", "学分", Q, 1, 0}, {"架", "架", Q, 1, 0},
    {"口", "口", Q, 1, 0}, {"眼", "眼", Q, 1, 0}, {"羽", "羽", Q, 1, 0}, {"册", "册", Q, 1, 0},
    {"部", "部", Q, 1, 0}, {"栋", "栋", Q, 1, 0}, {"幢", "幢", Q, 1, 0}, {"层", "层", Q, 1, 0},
    {"颗", "颗", Q, 1, 0}, {"粒", "粒", Q, 1, 0}, {"枚", "枚", Q, 1, 0}, {"棵", "棵", Q, 1, 0},
    {"匹", "匹", Q, 1, 0}, {"尾", "尾", Q, 1, 0}, {"盏", "盏", Q, 1, 0}, {"根", "根", Q, 1, 0},
    {"起", "起", Q, 1, 0}, {"趟", "趟", Q, 1, 0}, {"班", "班", Q, 1, 0}, {"剂", "剂", Q, 1, 0},
    {"人份", "人份", Q, 1, 0}, {"床", "床", Q, 1, 0}, {"艘次", "艘次", Q, 1, 0},
    {"辆次", "辆次", Q, 1, 0}, {"件次", "件次", Q, 1, 0}, {"场次", "场次", Q, 1, 0},
    {"班次", "班次", Q, 1, 0}, {"航次", "航次", Q, 1, 0}, {"批次", "批次", Q, 1, 0},
    {"台次", "台次", Q, 1, 0}, {"户次", "户次", Q, 1, 0}, {"台套", "台套", Q, 1, 0},
    {"人天", "人天", Q, 1, 0}, {"人年", "人年", Q, 1, 0}, {"担", "担", Q, 1, 0},
    /* fourth round: units the lexicon's tags miss (jieba tags 桶, 克拉, 英里,
     * 公升, 大卡 and 焦耳 as other words), and Latin units of energy and
     * concentration; 大卡 also keeps 300大卡 from reading as a count N大 */
    {"桶", "桶", Q, 1, 0}, {"克拉", "克拉", Q, 1, 0}, {"英里", "英里", Q, 1, 0},
    {"英寸", "英寸", Q, 1, 0}, {"公升", "升", Q, 1, 0}, {"毫升", "毫升", Q, 1, 0},
    {"大卡", "千卡", Q, 1, 0}, {"千卡", "千卡", Q, 1, 0}, {"卡路里", "卡路里", Q, 1, 0},
    {"焦耳", "焦耳", Q, 1, 0}, {"千焦", "千焦", Q, 1, 0}, {"MVA", "兆伏安", Q, 1, 0},
    {"kVA", "千伏安", Q, 1, 0}, {"mg", "毫克", Q, 1, 0}, {"μg", "微克", Q, 1, 0},
    {"mL", "毫升", Q, 1, 0}, {"ml", "毫升", Q, 1, 0}, {"L", "升", Q, 1, 0},
    {"ppm", "ppm", Q, 1, 0}, {"平方呎", "平方英尺", Q, 1, 0}, {"平方英尺", "平方英尺", Q, 1, 0},
    {"呎", "英尺", Q, 1, 0}, {"英亩", "英亩", Q, 1, 0},
    /* Taiwan's metric names (公尺 is 米, 公噸 吨), canonical in the mainland's */
    {"公尺", "米", Q, 1, 0}, {"平方公尺", "平方米", Q, 1, 0}, {"立方公尺", "立方米", Q, 1, 0},
    {"平方公分", "平方厘米", Q, 1, 0}, {"立方公分", "立方厘米", Q, 1, 0}, {"公吨", "吨", Q, 1, 0},
    {"公克", "克", Q, 1, 0},
    /* Taiwan's 瓩 (a kilowatt, 尖峰負載4,200萬瓩) and 坪 (a unit of floor area,
     * 3.3 m², kept as written: 面積45坪) */
    {"瓩", "千瓦", Q, 1, 0}, {"坪", "坪", Q, 1, 0},
    /* Hong Kong's cent (电费每度上调3.5仙): a hundredth of the Hong Kong dollar,
     * as tally.number's sub-units read it; 八仙 (the Eight Immortals) is none */
    {"仙", "港元", M, 0.01, 0},
    /* the dime of the press's exchange-rate lines (新台幣升值3.5角): a tenth
     * of the yuan; nouns that start with 角 are none (tally_unit_denied_words) */
    {"角", "元", M, 0.1, 0},
    /* basis points are hundredths of a percentage point (上调75个基点 is
     * 0.75 pp); 厘 after a number is Hong Kong's percent of interest (年息3.5厘,
     * 4.75厘): 厘米 and the money sub-unit 厘 of tally.number are longer or
     * read apart */
    {"个基点", "pp", PP, 0.01, 0}, {"基点", "pp", PP, 0.01, 0}, {"厘", "%", P, 1, 0},
    /* time units: a number with one of these is a date or a duration */
    {"年", "年", T, 1, 0}, {"年度", "年", T, 1, 0}, {"周年", "年", T, 1, 0},
    {"个月", "月", T, 1, 0}, {"月", "月", T, 1, 0}, {"日", "日", T, 1, 0},
    {"天", "天", T, 1, 0}, {"周", "周", T, 1, 0}, {"星期", "周", T, 1, 0},
    {"小时", "小时", T, 1, 0}, {"分钟", "分钟", T, 1, 0}, {"秒", "秒", T, 1, 0},
    {"季度", "季度", T, 1, 0}, {"个季度", "季度", T, 1, 0}, {"个工作日", "日", T, 1, 0},
    {"工作日", "日", T, 1, 0}, {"旬", "旬", T, 1, 0}, {"时", "时", T, 1, 0},
    /* nights of a stay (留宿1.6晚): a duration, unless a measured length
     * (tally_duration_measure_nouns) */
    {"晚", "晚", T, 1, 0},
};

static const struct {
    const char *word;
    tally_approx approx;
    int before; /* 1 before the number, 0 after the unit, 2 between number and magnitude */
    int in_text;
} default_qualifiers[] = {
    {"约", TALLY_APPROX_ABOUT, 1, 1},     {"大约", TALLY_APPROX_ABOUT, 1, 1},
    {"大概", TALLY_APPROX_ABOUT, 1, 1},   {"近似", TALLY_APPROX_ABOUT, 1, 1},
    {"左右", TALLY_APPROX_ABOUT, 0, 1},   {"上下", TALLY_APPROX_ABOUT, 0, 1},
    {"余", TALLY_APPROX_OVER, 2, 1},      {"多", TALLY_APPROX_OVER, 2, 1},
    {"以上", TALLY_APPROX_OVER, 0, 1},    {"超过", TALLY_APPROX_OVER, 1, 1},
    {"逾", TALLY_APPROX_OVER, 1, 1},      {"超", TALLY_APPROX_OVER, 1, 1},
    {"突破", TALLY_APPROX_OVER, 1, 0},    {"多于", TALLY_APPROX_OVER, 1, 1},
    /* Taiwan's press shortens 突破 to 破 (破萬張, 破30萬棟); 跌破 is a fall
     * below. Both stay out of the text, as 突破 does */
    {"破", TALLY_APPROX_OVER, 1, 0},      {"跌破", TALLY_APPROX_UNDER, 1, 0},
    /* 为 after 约 is the copula: 约为5% is about 5% */
    {"约为", TALLY_APPROX_ABOUT, 1, 1},   {"大约为", TALLY_APPROX_ABOUT, 1, 1},
    {"约达", TALLY_APPROX_ABOUT, 1, 1},   {"约有", TALLY_APPROX_ABOUT, 1, 0},
    /* a negated comparison turns round: 不少于 is at least, 不超过 at most */
    {"不少于", TALLY_APPROX_OVER, 1, 1},  {"不低于", TALLY_APPROX_OVER, 1, 1},
    {"不小于", TALLY_APPROX_OVER, 1, 1},  {"不超过", TALLY_APPROX_UNDER, 1, 1},
    {"不高于", TALLY_APPROX_UNDER, 1, 1}, {"不多于", TALLY_APPROX_UNDER, 1, 1},
    {"不大于", TALLY_APPROX_UNDER, 1, 1}, {"至少", TALLY_APPROX_OVER, 1, 1},
    /* 二千几名, 十几万, 四成几: a digit not stated after a place, "odd" (not
     * before a lower place: 二千几百 is no figure, figure_number.c) */
    {"几", TALLY_APPROX_OVER, 2, 1},
    {"最少", TALLY_APPROX_OVER, 1, 1},   {"起码", TALLY_APPROX_OVER, 1, 1},
    {"近", TALLY_APPROX_UNDER, 1, 1},     {"将近", TALLY_APPROX_UNDER, 1, 1},
    {"接近", TALLY_APPROX_UNDER, 1, 1},   {"不到", TALLY_APPROX_UNDER, 1, 1},
    {"不足", TALLY_APPROX_UNDER, 1, 1},   {"以下", TALLY_APPROX_UNDER, 0, 1},
    {"以内", TALLY_APPROX_UNDER, 0, 1},   {"少于", TALLY_APPROX_UNDER, 1, 1},
};

static const struct {
    const char *word;
    int sign, base;
} default_trends[] = {
    {"增长", 1, 0},   {"增加", 1, 0},   {"提高", 1, 0},   {"提升", 1, 0},   {"上升", 1, 0},
    {"上涨", 1, 0},   {"上扬", 1, 0},   {"攀升", 1, 0},   {"扩大", 1, 0},   {"增幅", 1, 0},
    {"增速", 1, 0},   {"涨幅", 1, 0},   {"成长", 1, 0},   {"增长率", 1, 0}, {"成长率", 1, 0},
    {"年增率", 1, 0}, {"增长幅度", 1, 0}, {"升幅", 1, 0},  {"负成长", -1, 0}, {"年减率", -1, 0}, {"上修", 1, 0},   {"下修", -1, 0},   {"年增", 1, 0},   {"增", 1, 0},
    {"涨", 1, 0},     {"多出", 1, 0},   {"高于", 1, 0},   {"快于", 1, 0},   {"超出", 1, 0},   {"下降", -1, 0},
    {"减少", -1, 0},  {"回落", -1, 0},  {"下滑", -1, 0},  {"降低", -1, 0},  {"下跌", -1, 0},
    {"缩减", -1, 0},  {"萎缩", -1, 0},  {"衰退", -1, 0},  {"负增长", -1, 0}, {"降幅", -1, 0},
    {"跌幅", -1, 0},  {"年减", -1, 0},  {"减", -1, 0},    {"降", -1, 0},    {"跌", -1, 0},
    {"低于", -1, 0},  {"慢于", -1, 0},  {"落后", -1, 0},  {"领先", 1, 0},  {"收窄", -1, 0},  {"同比", 1, 1},   {"环比", 1, 1},
    {"按年", 1, 1},   {"按季", 1, 1},   {"按月", 1, 1},   {"比上年", 1, 1}, {"较上年", 1, 1},
    {"比去年", 1, 1}, {"较去年", 1, 1}, {"年比", 1, 1},
    /* Hong Kong, Taiwan and statistics-release phrasing of change */
    {"扩张", 1, 0},   {"收缩", -1, 0},  {"放缓", -1, 0},  {"放慢", -1, 0},  {"减缓", -1, 0},
    {"回升", 1, 0},   {"加快", 1, 0},   {"上调", 1, 0},   {"下调", -1, 0},  {"反弹", 1, 0},
    {"走高", 1, 0},   {"走低", -1, 0},  {"下挫", -1, 0},  {"飙升", 1, 0},   {"锐减", -1, 0},
    /* Hong Kong and Macao single-character change verbs before a percent
     * (升0.6%, 挫40.4%; 微升, 大跌 and 显著下跌 end in them) */
    {"升", 1, 0},     {"挫", -1, 0},    {"急升", 1, 0},   {"急跌", -1, 0},  {"回跌", -1, 0},
    {"按年比较", 1, 1}, {"按月比较", 1, 1}, {"按季比较", 1, 1}, {"与上年同期比较", 1, 1},
    /* fifth round: output and income (增产1.3%, 减收2%) and a currency's
     * value (比上年贬值4.5%) change by a rate */
    {"增产", 1, 0},   {"减产", -1, 0},  {"增收", 1, 0},   {"减收", -1, 0},  {"升值", 1, 0},
    {"贬值", -1, 0},
    /* 贬 alone, the press's short 贬值 before a rate (分别贬0.15%与0.26%), and
     * a currency's drift in Taiwan's register (走贬, 走升) */
    {"贬", -1, 0},    {"走贬", -1, 0},  {"走升", 1, 0},   {"走扬", 1, 0},   {"贬幅", -1, 0},
};

/* A growth-rate noun earlier in the sentence makes a percent after it a
 * growth when no level noun stands between (经济成长率…为3.28%, 升幅扩大至2.4%,
 * 跌幅收窄至1.2% → -1.2); 失业率为3.1% and 占比45% stay percents. */
const rate_noun tally_rate_nouns[] = {
    {"增长率", 1},  {"成长率", 1},  {"年增率", 1},  {"增速", 1},    {"增幅", 1},
    {"涨幅", 1},    {"升幅", 1},    {"增长幅度", 1}, {"经济增长", 1}, {"经济成长", 1},
    {"涨跌幅", 1},  {"跌幅", -1},   {"降幅", -1},
    /* the size of an adjustment (基本工資…調幅4.08%) */
    {"调幅", 1},    {"调升幅度", 1}, {"调涨幅度", 1}, {"调降幅度", -1},
    {"年减率", -1}, {"减幅", -1},   {"萎缩幅度", -1},
    /* a trend word and 幅度 (衰退幅度达2成): the size of that change */
    {"衰退幅度", -1}, {"下降幅度", -1}, {"下跌幅度", -1}, {"减少幅度", -1}, {"降低幅度", -1},
    {"回落幅度", -1}, {"下滑幅度", -1}, {"上涨幅度", 1}, {"上升幅度", 1}, {"增加幅度", 1},
    {"成长幅度", 1}, {"提高幅度", 1}, {"提升幅度", 1}, {"扩张幅度", 1},
    /* a price index is given in percent only as its change (居民消费价格指数
     * 控制在3.5%以内, 消费者物价总指数…1.31%); 指数 alone stays a level */
    {"价格指数", 1}, {"物价指数", 1}, {"物价总指数", 1}, {"CPI", 1},
    /* Taiwan's rate nouns (年增率 above; 年化季增率 ends in 季增率; not 增率
     * alone: 人口自增率 is a level) and the release abbreviations written
     * after them: yoy (over the year), qoq (over the quarter), saar
     * (seasonally adjusted annual rate) */
    {"季增率", 1}, {"月增率", 1}, {"yoy", 1}, {"YoY", 1}, {"YOY", 1}, {"qoq", 1}, {"QoQ", 1}, {"QOQ", 1},
    {"saar", 1}, {"SAAR", 1},
    /* rates that are changes by definition: of prices (通胀率, the yearly
     * change of a price index) and the 变动率 of Taiwan's indicator releases
     * (货币总计数M1B变动率：由上月4.88%增为4.9%) */
    {"通胀率", 1}, {"通货膨胀率", 1}, {"通胀", 1}, {"变动率", 1}, {"变化率", 1},
    /* Taiwan's statistics office names inflation 物價上漲率 (the rate of rise of
     * prices); not 增加率 (人口自然增加率 is a level) */
    {"上涨率", 1}, {NULL, 0},
};
const char *const tally_level_nouns[] = {"率", "比重", "占比", "比例", "份额", "占", "比率",
                                         "水平", "指数", "之比", "比值", NULL};
/* A growth rate's level without a trend word before it (figure_kind.c,
 * growth_level): output aggregates whose revised percent is their growth
 * (GDP上修至2.42%), the verbs of revision, and the marks of the level
 * reached (至, 到, 来到, 为). */
const char *const tally_growth_aggregates[] = {"GDP", "国内生产总值", "地区生产总值", "生产总值",
                                               "经济", "国民生产总值", NULL};
const char *const tally_revision_verbs[] = {"上修", "下修", "修正", "上调", "下调", "调升",
                                            "调降", "调高", "调低", NULL};
const char *const tally_level_marks[] = {"至", "到", "来到", "为", NULL};
/* 下降为4.40%: after a change verb, the mark of the level it came to */
const char *const tally_change_level_marks[] = {"为", NULL};
/* 录得2.1%的实质增长, 0.4%的跌幅: a trend word after 的 and these */
const char *const tally_trend_after_modifiers[] = {"实质", "名义", "按年", "按季", "按月",
                                                   "同比", "环比", "年", "快速", "较快",
                                                   "高速", "平稳", "稳定", "稳步", "持续",
                                                   "大幅", "强劲", "显著", "明显", "年均",
                                                   "平均", NULL};
/* 6.9%的经济增速: the words that may follow a rate noun after 的 that ends
 * its phrase (a rate noun followed by another Han character is inside a
 * longer noun: 增速目标) */
const char *const tally_rate_noun_followers[] = {"的", "是", "了", "也", "还", "都", "和", "与", NULL};
/* 增长8.4%，比全省(7.7%)和全国(7.0%)分别高: the marks of a comparison whose
 * compared values stand in brackets after the places compared (figure_kind.c,
 * compared_in_brackets) */
const char *const tally_bracket_compared_marks[] = {"比", "较", "相比", "相较", NULL};
/* 30%的增加值 is a value, not an increase */
const char *const tally_trend_noun_endings[] = {"值", "额", "量", "点", "率", NULL};
const char *const tally_units_with_inner_qualifier[] = {"成", "倍", NULL};
/* 八成五, 一成半: tenths after these units (×10 each, 半 five) */
const char *const tally_units_with_tenths[] = {"成", NULL};
/* 七折 = 70 %, 7.5折 = 75 %: a discount is tenths of the price; written with
 * two digits (五五折, 85折) it is the percent itself; 十折 and above is no
 * discount (fig_read_unit) */
const char *const tally_units_of_discount[] = {"折", NULL};
/* 一倍半, 两倍半: 半 after these units adds half of one */
const char *const tally_units_with_half[] = {"倍", NULL};
/* 恒指跌312点, 报17,500点: 点 after a number that cannot be an hour of the
 * clock (25 or more, or with a fraction) is a point of an index, unless a
 * word starts there (点击, 点评) or the clock goes on (点钟, 点半) */
const char *const tally_index_point_words[] = {"点", NULL};
/* 分数增加至38分: 分 is a point of a score after a number when a score noun
 * stands before it in the sentence (figure_unit.c, score_point); the words
 * that may follow 分 there */
const char *const tally_score_point_words[] = {"分", NULL};
const char *const tally_score_nouns[] = {"分数", "得分", "评分", "积分", "分值", "总分", "均分",
                                         "打分", "考分", "评分值", NULL};
const char *const tally_score_point_followers[] = {"以上", "以下", "左右", "的", "和", "及", "与",
                                                   "或", "至", "到", "为", "是", NULL};
const char *const tally_index_point_stops[] = {"钟", "半", "多钟", NULL};

/* jieba's measure words (POS q) that are no unit after a number: tiers
 * (三级: spec "counts that restate tiers"), vague
 * (些, 种种, 系列), idioms (番, 千里), eras (公元, 代) */
const char *const tally_measure_denied[] = {"些", "种种", "系列", "番", "公元", "千里", "代",
                                            "阵", "下", "点", "丝", "毫", "级", "地",
                                            "点钟", "刻钟", "分钟", "秒", "个里", NULL};

/* Classifiers that jieba tags by their commonest other use (瓶 a noun, 把
 * a preposition, 捆 a verb): after a number they are measure words all the
 * same (块 is left out: after a number it is the spoken 元 of
 * tally_money_major). The lexicon stage takes them under its own rule (the
 * longest lexicon word decides, so 3把握, 车间, 首先 stay words). */
const char *const tally_numeral_classifiers[] = {
    "顷", "寸", "丈", "把", "双", "副", "节", "瓶", "罐", "包", "篮", "筐",
    "捆", "束", "串", "卷", "首", "幅", "孔", "丛", "窝", "群", "则", "课", "遍", "桌",
    "席", "船", "磅", "码", "公担", "档", NULL};

/* 实施十大工程, 推进五大行动: N大 right before one of these, unquoted, with
 * no list before or after it, names a programme (no figure); “十大工程” in
 * quotes and 十大工程：一是… stay counts (spec). */
const char *const tally_programme_nouns[] = {"工程", "行动", "计划", "战略", "专项", "攻坚",
                                             "会战", "举措", "任务", "工作", "建设", NULL};
/* 七大绿色产业发展规划, 三大攻坚战实施方案: a document's name after N大 */
const char *const tally_plan_document_nouns[] = {"规划", "纲要", "方案", "实施意见", NULL};
/* 打造两个…中心: a role the place is built into, a name, not two facilities */
const char *const tally_branding_verbs[] = {"打造", "争创", "争当", "建成", "塑造", NULL};
const char *const tally_branding_nouns[] = {"中心", "高地", "枢纽", "之城", "之都", "标杆",
                                            "典范", "样板", "名片", "先行区", "示范区", NULL};
/* 东北三省, 长三角三省一市, 东盟十国: a region group's name holds the count of
 * its members (spec "counts that restate places"), not a figure */
const char *const tally_region_groups[] = {
    "东北", "西北", "西南", "华北", "华东", "华南", "华中", "东三省", "长三角", "珠三角",
    "泛珠三角", "京津冀", "粤港澳", "江浙沪", "苏浙沪", "沪苏浙", "苏浙皖", "沪苏浙皖", "川渝",
    "成渝", "闽浙赣", "东盟", "欧盟", "金砖", "中亚", NULL};
const char *const tally_region_group_units[] = {"省", "市", "区", "县", "地", "国", "州", "省份",
                                                "省区", "省市", NULL};
/* 上述旅客为澳门三大客源: a clause that points back at what was just named
 * restates it with the count (spec "counts that restate"), so N大, N个, N项
 * there are no figures */
const char *const tally_restating_words[] = {"上述", "前述", "以上", "这些", "那些", "这几",
                                             "这两", "这三", NULL};
/* 县、乡和村三级: the join before a restated list's last member; 等 (and so
 * on) before a count makes it count more than the members named */
const char *const tally_restated_joins[] = {"和", "及", "与", NULL};
const char *const tally_restated_breaks[] = {"等", NULL};
/* 失业率维持在1.7%及2.3%，两项指标均与上期相同: a count at a clause's start
 * of nouns that name the figures just given, then 均 (all of them), restates
 * them (figure_name.c, restating_indicators) */
const char *const tally_restated_figure_nouns[] = {"指标", "数据", "数字", "数值", "比率", "增速",
                                                   "指数", NULL};
const char *const tally_restated_all_words[] = {"均", "都", "皆", "全部", "全都", "同时", NULL};
const char *const tally_list_openers[] = {"：", ":", "即", "包括", "分别", "一是", "具体", "其一",
                                          "（一）", "(一)", "第一", NULL};

/* Matches hold no figure: plan and slogan names, idioms, names of meetings,
 * vague quantities (spec "Not figures"). Patterns run on folded text. */
static const char *const default_exclusions[] = {
    /* numbered plans and shopping festivals: 十三五, 双十一 */
    "十[一二三四五六七八九]五", "双(?:十一|十二|11|12)",
    /* slogans that alternate numeral and word: 一带一路, 两稳一促, 一企一策 */
    "(?:[一二两三四五六七八九十](?![一二两三四五六七八九十百千万亿零〇个点的之分成倍])[\\x{4E00}-\\x{9FFF}]){2,}", "(?:[一二两三四五六七八九十]|[0-9]{1,2})对(?:[一二两三四五六七八九十]|[0-9]{1,2})(?![0-9])",
    /* meetings and congresses: 二十届三中全会, 十一届十一次, 党的二十大 */
    "[一二三四五六七八九十]+届(?:[一二三四五六七八九十]+(?:中全会|次))?",
    "[一二三四五六七八九十]+中全会", "(?<=党的)[一二三四五六七八九十]+大",
    /* the base of a rate per head: 每千人口, 每万人, 每百户, 每十万人 */
    "每[十百千万]{1,3}(?=人|户|名|个|辆|张|平方|元|家|位|床)",
    /* the session of a congress after its body (十三届人大四次会议, 政协二次会议) */
    "(?<=人大|政协|人代会|党代会|职代会|常委会|代表大会)第?[一二三四五六七八九十]+次(?:全体|全委|常务)?(?:会议|大会)",
    /* a numbered clause or act is its name (美国232条款, 301条款), in digits
     * or in Chinese digits read one by one (二三二條款, 三〇一条款) */
    "[0-9０-９]{1,4}(?=条款|法案)", "[〇○零一二三四五六七八九]{2,4}(?=条款|法案)",
    "[一二三四五六七八九十]+大(?=精神|报告|代表|以来|召开|胜利|部署|会议|主题|和|、|及)",
    /* idioms and fixed words that hold a numeral */
    "一头连着", "一线", "最后一公里", "最初一公里", "第一时间", "一个个", "千里", "一时",
    /* Taiwan's market term for the three kinds of institutional investor */
    "三大法人",
    /* repetition and pace idioms: 一个又一个, 一批又一批, 一年一个样 */
    "一([个次批项座轮场件道])又一\\1", "一[年月周天日]一个?(?:样|变化|台阶)",
    "冰山一角", "一刻钟", "一体化?", "一站式", "一揽子", "一把手", "一系列", "一次性", "一度", "二次",
    "另?一方面", "一批", "一些", "一起", "一定", "一直", "一般", "一切", "一同", "一旦",
    /* 万一 (in case) is a word, but after a numeral it is a magnitude and the
     * next place (四十四萬一千人, 一万一千五百元) */
    "(?<![〇○零一二三四五六七八九十两百千0-9０-９])万一", "唯一", "统一", "一致", "一并", "一道", "一律", "一举", "一流", "一手",
    /* 三次产业: the economy's three sectors, a term (三次产业结构, 三次产业贡献率) */
    "三次产业", "一分一厘", "分厘", "八仙",
    /* terms of art that name a group by its count: the big four banks */
    "四大行(?!动)", "四大国有银行",
    /* fourth round: slogans of the form N个 + word (spec "plan and slogan
     * names"), and road numbers (106国道, G15 is a code already) */
    "两个一百年", "两个维护", "两个确立", "两个毫不动摇", "两个大局", "四个全面", "四个意识",
    "四个自信", "四个革命", "三个代表", "三个务必", "五位一体", "八项规定", "两个市场",
    "两种资源",
    "[0-9０-９]{1,4}(?:国道|省道|县道|乡道)",
    /* words that end in a qualifier character: 签约 is no 约 */
    "签约|履约|节约|制约|违约|预约|合约|公约|特约|邀约|条约|最近|附近|靠近|临近|赶超|高超",
    /* Taiwan's net buying and selling (买超5∼8万张) and trade surplus and
     * deficit (出超一五七一點四億美元): 超 ends the word, no qualifier; not
     * where 超过 follows or another word ends in 出/入 (支出超过, 收入超百亿) */
    "买超|卖超", "(?<![支付产输进演推提退])出超(?!过)", "(?<![收输进流投纳融引转深加])入超(?!过)",
    /* 新一轮, 进一步, 一条龙, 一元化: a numeral inside a word */
    "[新上下这每另]一(?:轮|代|届|批|年|步|次|个|种|项|期|阶段|季)", "进一步", "一条龙", "[一二多]元化",
    /* 一期工程, 二期项目: the phase of a project, an ordinal */
    "(?:[一二三四五六七八九十]|[0-9０-９]{1,2})期(?=工程|项目|建设|扩建|改造|工地|厂房|地块|园区|基地|码头|线路)",
    /* article-like counts: 一整套, 一揽子 (above), 一系列 (above) */
    "一整套", "一整个", "一大批", "一大串",
    /* idioms holding the measure words above: 一口气, 一部分, 一门心思 */
    "一口气", "一部分", "[一两]门心思", "一眼", "一层", "一根筋", "一起", "一班人", "一尾",
    "[一二两三四五六七八九十]口之家", "[一二两三四五六七八九十]口子",
    /* 十分 (very) is a word, but after a digit it is a numeral and a point
     * of a score (分數為三十分) */
    "(?<![〇○零一二两三四五六七八九])十分", "万分(?!之)", "[上成数][百千万亿]", "百分百", "千方百计", "千家万户", "五湖四海", "四面八方", "三令五申",
    "一如既往", "一以贯之", "一张蓝图", "一盘棋", "一张网", "一件事", "一网通办", "一年一度",
    "[一二两三四五六七八九十\\d]+位数", "百姓", "(?<![〇○零一二两三四五六七八九十百0-9０-９])千万(?![元吨只个家人美欧港日])", "三农", "两会", "两节",
    /* 百强, 20强: ranked groups; a share a little over its fraction
     * (三分之一强, 百分之三十强) is no group: the run starts after no numeral
     * and no fraction word */
    "(?<!分之)(?<![一二两三四五六七八九十百\\d])[一二两三四五六七八九十百\\d]+强",
    /* 折 in words, not a discount: 三折叠, 折合, 折算, 折旧, 一波三折, 百折不挠 */
    "折(?=叠|合|算|旧|射|返|线|价|腾|服|戟|损|现|断|页|纸|扇|尺|成|半|扣券)", "一波[三四五]折",
    "百折不[挠回]", "九曲十八折",
    /* 三五成群: an idiom (in threes and fives), no 350 % */
    "三五成群",
    /* 三轮车, 四轮驱动: vehicles named by their wheels */
    "[两二三四六八]轮(?=车|驱|摩托|电动)",
    /* page furniture written into the text (docs/figures.md "Page furniture"):
     * view and like counters, pager links. URLs, e-mail addresses and
     * code-like tokens are blanked before the scan (text_mask_tables.c) */
    "(?:阅读|浏览|点击|访问|评论|点赞|收藏|转发|分享|播放)(?:量|数|次数|人数)?\\s*[：:(（]?\\s*[0-9][0-9,.]*+[万kKwW+]?+\\s*[)）]?(?=\\s|$|[)）]|[^\\x{4E00}-\\x{9FFF}])",
    "[上下]一(?:篇|页|条|章|节|张)",
    /* 零件, 零部件, 零头: words, not the number 0 with a measure word */
    "(?<![0-9０-９一二两三四五六七八九十百千万亿点])零(?=部?件|配件|头)",
};

/* Time atoms (dates.c merges neighbours and resolves them). NUM is a number
 * in Arabic or Chinese numerals. */
#define NUM "(?:[0-9０-９]{1,4}|[〇零一二两三四五六七八九十]{1,3})"
#define SEP "(?:至|到|-|—|–|～|~|－|∼|〜)"
const char *const tally_time_patterns[] = {
    /* ISO date with an optional clock time */
    "[12][0-9]{3}[-/.][01]?[0-9][-/.][0-3]?[0-9](?:[ T]+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?",
    /* a clock time, unless a ratio word stands before it: 比1:10, 比例1:12,
     * 之比为1:10, 不低于1:10 (定于9:30 and 时间为9:30 stay times) */
    "(?<![比例]|[低高少多大小]于|(?<!时间)[为达])[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?![0-9.])",
    /* year with month and day */
    /* a year, with the space of print layout before 年 (2024 年) */
    "(?:[12][0-9]{3}(?:[ \\t]|\\x{3000}){0,2}|[〇零一二三四五六七八九]{4}|今|去|明|前|上|当|本|同)年度?",
    NUM "月" NUM "[日号]" SEP NUM "[日号]",
    NUM SEP NUM "月(?:份|底|初|末|中旬|上旬|下旬)?",
    NUM "月(?:" NUM "[日号])?(?:份|底|初|末|中旬|上旬|下旬)?",
    "(?<=月)" NUM "日",
    "[上下]半年", "(?:前|后)?(?:第)?[一二三四1-4１-４]季度?", "全年", "年初", "年底", "年末", "年中",
    "同期", "当期", "(?:截至|截止到?)目前", "[前首头]" NUM "(?:个)?(?:季度|月)", "首季度?", "(?:近|过去的?|最近|未来|今后)" NUM "?(?:个)?(?:年|月|季度)(?:来|以来)?",
    /* 176个年度计划新开项目: a count of the year's planned projects, no span of years */
    "连续" NUM "(?:个)?(?:年|月|季度|周|天)", NUM "(?:个)?(?:年(?!度(?:计划|目标|任务|重点|预算))|个月|周(?!岁)|天|小时|分钟)(?:来|以来|内|间)?",
    "[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间|规划期|末|初|以来)",
    NULL,
};
#undef NUM
#undef SEP

/* 目前, 当前, 近期, 下一步 are time words but do not say what period a
 * figure covers (spec "period"). */
const char *const tally_nonperiod_words[] = {"目前", "当前", "近期", "下一步", NULL};

const char *const tally_comparatives[] = {"高于", "低于", "快于", "慢于", "超出", "领先", "落后",
                                          "好于", "优于", NULL};
const char *const tally_rank_verbs[] = {"位居", "位列", "位于", "排名", "排在", "排位", "名列",
                                        "跃居", "跃升至", "升至", "跻身", "居于", "居", "列",
                                        "荣登", "登上", "问鼎", "蝉联", "稳居",
                                        "排", NULL};
const char *const tally_rank_scopes[] = {
    "全国", "全省", "全市", "全区", "全球", "世界", "全世界", "亚洲", "同类", "同行业", "全行业",
    "西北", "西南", "东北", "华北", "华东", "华南", "华中", "中部", "西部", "东部", "沿海",
    "省内", "市内", "区内", "国内", NULL};
/* 位居…第3、…第4: what joins the members of a run of ranks after one verb */
const char *const tally_rank_run_joins[] = {"、", NULL};
const char *const tally_rank_words[] = {"首位", "榜首", "第一位", "第一名", "第一", "冠军", NULL};
const char *const tally_anaphora[] = {"这", "那", "该", "此", "上述", "前述", "以上", "其", NULL};
const char *const tally_vague_prefixes[] = {"数", "几", "若干", "好几", NULL};
/* what follows a vague prefix in a vague count: a place word (数十个, 几百家,
 * 数万人); a digit after 数 makes 数 the end of a noun (人数九一五三人) */
const char *const tally_vague_prefix_places[] = {"十", "百", "千", "万", "亿", NULL};
/* ∼ (U+223C) and 〜 (U+301C) are the tildes of Taiwan's press (5∼8萬張) */
const char *const tally_range_marks[] = {"-", "—", "–", "～", "~", "－", "∼", "〜", "至", "到", NULL};
/* What joins the members of a list of numbers that share the unit written
 * after the last (1.9、0.9、0.1个百分点, 5,098,508及1,379,936人次). */
const char *const tally_unit_list_joins[] = {"、", "及", "和", "与", "或", NULL};
/* 访客人次分别为359 500, 人數：1 234: the copulas between a noun ending in a
 * unit and a bare number that it counts, and the endings after a unit that
 * make such a noun (人数, 户数, 件数) */
/* 留宿時間…1.6晚, 週工時未達35小時: nouns that name a measured length; a
 * small time unit after one of them in its sentence is a quantity, not a
 * duration (figure_unit.c measured_duration) */
const char *const tally_duration_measure_nouns[] = {"工时", "时长", "时数", "留宿时间", "逗留时间",
                                                    "停留时间", "留宿", "逗留", NULL};
const char *const tally_measured_duration_units[] = {"小时", "分钟", "晚", NULL};
/* 录得 is Hong Kong's and Macao's "recorded" (訪港旅客人次錄得約四百萬) */
const char *const tally_unit_before_copulas[] = {"为", "达", "是", "有", "：", ":", "录得", "分别为",
                                                 "分别达", "分别是", "分别有", NULL};
const char *const tally_unit_before_endings[] = {"数", "量", NULL};
const char *const tally_ratio_marks[] = {":", "：", "∶", NULL};
/* 百分 without 之 is Macao's and Hong Kong's spoken form (跌近百分八); it
 * takes only a Chinese digit after it (tally_fraction_bare_digits) */
const char *const tally_fraction_marks[] = {"百分之", "千分之", "万分之", "百分", NULL};
/* Nouns that start with a unit's character (市 人 户 家 国 …) and stand after
 * a number as the thing counted, not as its unit: 逾百万市民, 三成市民 (the
 * unit stage reads no unit there, figure_unit.c fig_unit_after) */
const char *const tally_unit_denied_words[] = {"市民", "市场", "市值", "市区", "市面", "市容",
                                               "市县", "国民", "人民", "人口", "人均", "户籍",
                                               "户口", "家庭", "家长", "家属", "角色", "角度",
                                               "角落", "角逐", "角形", "角洲", "角膜", "角力",
                                               "角大楼", NULL};
/* 三分一, 四分三: the mark of a fraction written without 之 (figure_number.c,
 * bare_fraction) */
const char *const tally_fraction_bare_marks[] = {"分", NULL};
const double tally_fraction_divisors[] = {1, 10, 100, 1};
const char *const tally_fraction_bare_digits[] = {"一", "二", "两", "三", "四", "五", "六", "七",
                                                  "八", "九", "十", "零", NULL};
/* Hong Kong's 过 (过万人次, 过百间): "over" before a place word alone
 * (tally_place_words), not after a numeral (一百过万 is no such use) */
const char *const tally_place_qualifiers[] = {"过", NULL};
const char *const tally_place_words[] = {"百", "千", "万", "亿", NULL};
/* 超亿美元外资项目, 超百亿企业: after these a bare place word names a class
 * of projects or firms, not an amount (近万人, 逾亿元 are amounts) */
const char *const tally_place_class_qualifiers[] = {"超", NULL};
/* words that end in 过 before which it is no qualifier (通过百项, 不过千元) */
const char *const tally_place_qualifier_words[] = {
    "通过", "经过", "不过", "超过", "度过", "越过", "跨过", "错过", "路过", "走过", "闯过",
    "挺过", "熬过", "胜过", "做过", "去过", "来过", "见过", "用过", "到过", "试过", NULL};
/* Latin abbreviations of statistics: digits right after them are a value
 * (人均GDP17861元), not part of a code (G20, COVID-19) */
const char *const tally_latin_stat_nouns[] = {"GDP", "GNP", "GNI", "CPI", "PPI", "PMI", "FDI",
                                              NULL};
const char *const tally_subject_stops[] = {
    "实现", "完成", "达到", "达", "为", "是", "共", "累计", "已", "约", "分别", "发放", "拉动",
    "拨付", "争取", "吸引", "创造", "形成", "走访", "举办", "举行", "签约", "推介",
    "邀请", "建设", "建成", "打造", "培育", "出台", "制定", "开展", "组织", "服务", "帮助",
    "解决", "收集", "收储", "储备", "销售", "采购", "落地", "促成", "推动", "引导", "支持",
    "有", "和", "与", "及", "以及", "的", "对", "在", "从", "向", "将", "把", "被", "了", "等",
    "其中", "当中", "我们", "全省", "全市", "全国", "我省", "我市", "河北省", "山东省", "甘肃省",
    "用于", "占", "以", "超", "近", "逾", "参加", "参与", "参会", "深入", "进行", "签署", "发送",
    "协调", "复工", "正", "线上", "线下", "进展", "实施", "督导", "汇聚", "谋求", "办结", "赴",
    "到", "至", "向", "接待", "供应", "通过", "依托", "围绕", "瞄准", "按照", "根据",
    "各类", "各", "全部", "所有", "降至", "升至", "增至", "减至", "降到", "升到", "增加到",
    "下降到", "上升到", "提高到", "首次", "突破", "稳定在", "保持", "超过", "接近", "不到", "不足",
    /* verbs that open a clause before what they count: 新增企业, 带动就业 */
    "新增", "新认定", "认定", "带动", "力争", "预计", "搭建", "建立", "新建", "使用",
    /* Hong Kong and Macao: 录得 (recorded) opens what it reports */
    "录得",
    NULL};

/* A verb before one of these is part of a noun (销售额, 占比, 签约金额,
 * 进口量, 服务站): the subject does not stop at the verb. */
const char *const tally_subject_suffixes[] = {"额", "量", "比", "率", "值", "站", "中心", "金额", "总额",
                                              "总量", "规模", NULL};

/* Stop words that also modify a noun: after a count they stay in its noun
 * phrase (158个签约项目, 549支企业服务队, 2家服务外包示范区). Verbs such as
 * 建设 and 销售 more often start a new clause there, so they are not listed. */
const char *const tally_verbal_nouns[] = {"签约", "服务", NULL};

/* Set phrases that hold a stop word (以 in 以旧换新) and are named whole. */
const char *const tally_fixed_nouns[] = {"以旧换新", "以工代赈", "以奖代补", "以商招商",
                                         "实际使用外资", "实际利用外资", NULL};

/* Verbs before which 一个, 一份 is an article, not a count (作为一个重点,
 * 交出了一份成绩单); 了 may follow the verb. */
const char *const tally_article_verbs[] = {"作为", "成为", "是", "当作", "视为", "交出", "给出",
                                           "有着", "迈出", "走出", "打下", "绘就", "书写",
                                           /* reaching a stage: 跃上了一个新台阶 */
                                           "跃上", "迈上", "登上", "站上", "攀上", "踏上", "跨上",
                                           "迈入", "步入", "进入", "开启", NULL};

/* Characters that open a figure besides the qualifier and prefix words:
 * numerals in every form (○ the zero typed for 〇), 第 and 前 (ranks), 翻
 * (翻一番). */
static const char starter_chars[] =
    "0123456789０１２３４５６７８９〇零一壹二两兩贰貳三叁參四肆五伍六陆陸七柒八捌九玖"
    "十拾百佰千仟万萬亿億廿卅卌第前翻○";

/* ---- building and extending the rules ---- */

static void add_starter(tally_figure_rules *r, const char *word, size_t len)
{
    size_t i = 0;
    if (!len)
        return;
    uint32_t c = utf8_next(word, len, &i);
    if (c <= 0xFFFF)
        r->starters[c >> 3] |= (unsigned char)(1u << (c & 7));
}

/* The word folded to Simplified, as the scanner reads text. */
static char *fold_word(const char *word, size_t *wlen, tally_error *err)
{
    size_t len = strlen(word);
    char *f = tally_fold_simplified(word, len, err);
    if (f)
        *wlen = len;
    return f;
}

/* The bucket of the character at s[i] (0..255) that chains the units
 * beginning with it: most units begin with a CJK character, whose lead
 * byte they share, so the code point is hashed. */
static uint32_t unit_bucket(const char *s, size_t len, size_t i)
{
    uint32_t c = utf8_next(s, len, &i);
    return (c * 2654435761u) >> 24;
}

int tally_figure_rules_add_unit(tally_figure_rules *r, const char *word, const char *unit,
                                tally_figure_kind kind, double scale, unsigned flags,
                                tally_error *err)
{
    if (!word || !*word || !unit || strlen(unit) >= TALLY_UNIT_MAX) {
        tally_error_set(err, "a unit needs a word and a canonical unit of less than %d bytes",
                        TALLY_UNIT_MAX);
        return -1;
    }
    size_t wlen;
    char *w = fold_word(word, &wlen, err);
    if (!w)
        return -1;
    char *u = tally_fold_simplified(unit, strlen(unit), err);
    if (!u) {
        free(w);
        return -1;
    }
    unit_rule *slot = NULL;
    for (size_t k = 0; k < r->units.n; k++)
        if (r->units.v[k].wlen == wlen && memcmp(r->units.v[k].word, w, wlen) == 0 &&
            (r->units.v[k].flags & TALLY_UNIT_PREFIX) == (flags & TALLY_UNIT_PREFIX)) {
            slot = &r->units.v[k];
            free(slot->word);
            break;
        }
    if (!slot) {
        if (tally_grow((void **)&r->units.v, &r->units.cap, r->units.n, sizeof *r->units.v) < 0 ||
            tally_grow((void **)&r->unit_next, &r->unit_next_cap, r->units.n,
                       sizeof *r->unit_next) < 0 ||
            tally_grow((void **)&r->prefix_next, &r->prefix_next_cap, r->units.n,
                       sizeof *r->prefix_next) < 0) {
            free(w);
            free(u);
            tally_error_set(err, "out of memory");
            return -1;
        }
        /* chained after the units whose first character falls in the same
         * bucket, in order */
        uint32_t k = (uint32_t)r->units.n, b = unit_bucket(w, wlen, 0);
        r->unit_next[k] = 0;
        if (r->unit_last[b])
            r->unit_next[r->unit_last[b] - 1] = k + 1;
        else
            r->unit_first[b] = k + 1;
        r->unit_last[b] = k + 1;
        r->prefix_next[k] = 0;
        if (flags & TALLY_UNIT_PREFIX) {
            unsigned char f = (unsigned char)w[0];
            if (r->prefix_last[f])
                r->prefix_next[r->prefix_last[f] - 1] = k + 1;
            else
                r->prefix_first[f] = k + 1;
            r->prefix_last[f] = k + 1;
        }
        slot = &r->units.v[r->units.n++];
    }
    slot->word = w;
    slot->wlen = wlen;
    strcpy(slot->unit, u);
    free(u);
    slot->kind = kind;
    slot->scale = scale;
    slot->flags = flags;
    if (flags & TALLY_UNIT_PREFIX)
        add_starter(r, w, wlen);
    return 0;
}

int tally_figure_rules_add_qualifier(tally_figure_rules *r, const char *word, tally_approx approx,
                                     int before, int in_text, tally_error *err)
{
    if (!word || !*word) {
        tally_error_set(err, "a qualifier needs a word");
        return -1;
    }
    size_t wlen;
    char *w = fold_word(word, &wlen, err);
    if (!w)
        return -1;
    if (tally_grow((void **)&r->qualifiers.v, &r->qualifiers.cap, r->qualifiers.n,
             sizeof *r->qualifiers.v) < 0) {
        free(w);
        tally_error_set(err, "out of memory");
        return -1;
    }
    r->qualifiers.v[r->qualifiers.n++] = (qualifier_rule){w, wlen, approx, before, in_text};
    if (before == 1)
        add_starter(r, w, wlen);
    return 0;
}

int tally_figure_rules_add_trend(tally_figure_rules *r, const char *word, int sign, int base,
                                 tally_error *err)
{
    if (!word || !*word) {
        tally_error_set(err, "a trend needs a word");
        return -1;
    }
    size_t wlen;
    char *w = fold_word(word, &wlen, err);
    if (!w)
        return -1;
    if (tally_grow((void **)&r->trends.v, &r->trends.cap, r->trends.n, sizeof *r->trends.v) < 0) {
        free(w);
        tally_error_set(err, "out of memory");
        return -1;
    }
    r->trends.v[r->trends.n++] = (trend_rule){w, wlen, sign < 0 ? -1 : 1, base != 0};
    tally_trend_index_add(r, w, wlen, base != 0);
    return 0;
}

/* tally_figure_rules_add_exclusion is in figure_exclusions.c. */

/* Whether a unit of word (folded) with the prefix flag of flags is in r. */
static int has_unit_word(const tally_figure_rules *r, const char *word, unsigned flags,
                         tally_error *err)
{
    size_t wlen;
    char *w = fold_word(word, &wlen, err);
    int found = 0;
    for (size_t k = 0; w && !found && k < r->units.n; k++)
        found = r->units.v[k].wlen == wlen && memcmp(r->units.v[k].word, w, wlen) == 0 &&
                (r->units.v[k].flags & TALLY_UNIT_PREFIX) == (flags & TALLY_UNIT_PREFIX);
    free(w);
    return found;
}

tally_figure_rules *tally_figure_rules_new(tally_error *err)
{
    tally_figure_rules *r = calloc(1, sizeof *r);
    if (!r || !(r->mctx = pcre2_match_context_create(NULL))) {
        free(r);
        tally_error_set(err, "out of memory");
        return NULL;
    }
    pcre2_set_match_limit(r->mctx, TALLY_REGEX_MATCH_LIMIT);
    pcre2_set_depth_limit(r->mctx, TALLY_REGEX_DEPTH_LIMIT);
    pcre2_set_heap_limit(r->mctx, TALLY_REGEX_HEAP_LIMIT_KIB);
    for (size_t i = 0; i < sizeof starter_chars - 1;) {
        size_t k = i;
        utf8_next(starter_chars, sizeof starter_chars - 1, &k);
        add_starter(r, starter_chars + i, k - i);
        i = k;
    }
    for (size_t k = 0; tally_place_qualifiers[k]; k++) /* 过万 */
        add_starter(r, tally_place_qualifiers[k], strlen(tally_place_qualifiers[k]));
    for (size_t k = 0; k < sizeof default_units / sizeof *default_units; k++)
        if (tally_figure_rules_add_unit(r, default_units[k].word, default_units[k].unit,
                                        (tally_figure_kind)default_units[k].kind,
                                        default_units[k].scale, default_units[k].flags, err) < 0)
            goto fail;
    /* the currencies tally.number knows (number_tables.c: 泰铢, 澳币, HKD,
     * USD …) are money after a number and before it, in running text too;
     * a word the table above already has keeps its row there */
    for (size_t k = 0; tally_number_extra_currencies[k].word; k++)
        for (unsigned flags = 0; flags <= PRE; flags += PRE)
            if (!has_unit_word(r, tally_number_extra_currencies[k].word, flags, err) &&
                tally_figure_rules_add_unit(r, tally_number_extra_currencies[k].word,
                                            tally_number_extra_currencies[k].unit, TALLY_FIG_MONEY, 1, flags,
                                            err) < 0)
                goto fail;
    for (size_t k = 0; k < sizeof default_qualifiers / sizeof *default_qualifiers; k++)
        if (tally_figure_rules_add_qualifier(r, default_qualifiers[k].word,
                                             default_qualifiers[k].approx,
                                             default_qualifiers[k].before,
                                             default_qualifiers[k].in_text, err) < 0)
            goto fail;
    for (size_t k = 0; k < sizeof default_trends / sizeof *default_trends; k++)
        if (tally_figure_rules_add_trend(r, default_trends[k].word, default_trends[k].sign,
                                         default_trends[k].base, err) < 0)
            goto fail;
    for (size_t k = 0; k < sizeof default_exclusions / sizeof *default_exclusions; k++)
        if (tally_figure_rules_add_exclusion(r, default_exclusions[k], err) < 0)
            goto fail;
    /* one alternation of every time atom, so a single pass finds them all */
    if (tally_time_rules_build(r, err) < 0)
        goto fail;
    return r;
fail:
    tally_figure_rules_free(r);
    return NULL;
}

void tally_figure_rules_free(tally_figure_rules *r)
{
    if (!r)
        return;
    for (size_t k = 0; k < r->units.n; k++)
        free(r->units.v[k].word);
    for (size_t k = 0; k < r->qualifiers.n; k++)
        free(r->qualifiers.v[k].word);
    for (size_t k = 0; k < r->trends.n; k++)
        free(r->trends.v[k].word);
    tally_figure_rules_free_exclusions(r);
    free(r->units.v);
    free(r->unit_next);
    free(r->prefix_next);
    free(r->qualifiers.v);
    free(r->trends.v);
    tally_trend_index_free(r->trend_index);
    pcre2_code_free(r->time_re);
    free(r->time_first);
    pcre2_match_context_free(r->mctx);
    free(r);
}

/* ---- lookups ---- */

/* A Latin unit (km, GW) is no unit when more Latin letters follow it: 5GWp,
 * 3kms are other words. */
static int latin_continues(const unit_rule *u, const char *text, size_t len, size_t i)
{
    char last = u->word[u->wlen - 1];
    size_t e = i + u->wlen;
    int latin_end = (last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z');
    return latin_end && e < len &&
           ((text[e] >= 'A' && text[e] <= 'Z') || (text[e] >= 'a' && text[e] <= 'z'));
}

const unit_rule *tally_rules_unit_at(const tally_figure_rules *r, const char *text, size_t len,
                                     size_t i)
{
    const unit_rule *best = NULL;
    if (i >= len)
        return NULL;
    /* only the units whose first character is in text[i]'s bucket, in the
     * table's order: a unit that matches at i begins with the character
     * there */
    for (uint32_t k = r->unit_first[unit_bucket(text, len, i)]; k; k = r->unit_next[k - 1]) {
        const unit_rule *u = &r->units.v[k - 1];
        if (u->flags & TALLY_UNIT_PREFIX)
            continue;
        if ((!best || u->wlen > best->wlen) && utf8_starts(text, len, i, u->word, u->wlen) &&
            !latin_continues(u, text, len, i))
            best = u;
    }
    return best;
}

const char *tally_word_at(const char *const *words, const char *text, size_t len, size_t i,
                          size_t *wlen)
{
    const char *best = NULL;
    size_t bl = 0;
    if (i >= len)
        return NULL;
    /* one walk per word, compared until it differs or ends: most words
     * differ in their first bytes, so no strlen of every word */
    for (size_t k = 0; words[k]; k++) {
        const char *w = words[k];
        size_t l = 0;
        while (w[l] && i + l < len && w[l] == text[i + l])
            l++;
        if (!w[l] && l > bl) {
            best = w;
            bl = l;
        }
    }
    *wlen = bl;
    return best;
}

int tally_words_in(const char *const *words, const char *text, size_t a, size_t b)
{
    /* a filter on where a word may start: the words' first bytes; then the
     * first byte of each one-byte word, and for the others their first two
     * bytes folded to 10 bits (a lead byte's low nibble, a second byte's low
     * six bits); a position the
     * filter passes is compared with every word, so collisions cost only a
     * comparison. Built per call: a list is a handful of words, a span
     * hundreds of bytes, and most positions are rejected by one test. */
    uint64_t first[4] = {0}, one[4] = {0}, two[16] = {0};
    int any = 0;
    for (size_t k = 0; words[k]; k++) {
        const unsigned char *w = (const unsigned char *)words[k];
        if (!w[0]) /* an empty word stands nowhere, as in tally_word_at */
            continue;
        any = 1;
        first[w[0] >> 6] |= 1ull << (w[0] & 63);
        if (!w[1]) {
            one[w[0] >> 6] |= 1ull << (w[0] & 63);
        } else {
            unsigned x = (unsigned)(w[0] & 15) << 6 | (w[1] & 63);
            two[x >> 6] |= 1ull << (x & 63);
        }
    }
    if (!any)
        return 0;
    const unsigned char *t = (const unsigned char *)text;
    for (size_t i = a; i < b; i++) {
        /* most bytes begin no word: a CJK text's continuation bytes never
         * do, and they are two in three */
        if (!(first[t[i] >> 6] >> (t[i] & 63) & 1))
            continue;
        if (one[t[i] >> 6] >> (t[i] & 63) & 1)
            return 1; /* a one-byte word is that byte */
        if (i + 1 >= b)
            break;
        unsigned x = (unsigned)(t[i] & 15) << 6 | (t[i + 1] & 63);
        if (!(two[x >> 6] >> (x & 63) & 1))
            continue;
        for (size_t k = 0; words[k]; k++) {
            const char *w = words[k];
            size_t l = 0;
            while (w[l] && i + l < b && w[l] == text[i + l])
                l++;
            if (l > 0 && !w[l])
                return 1;
        }
    }
    return 0;
}

const char *tally_word_before(const char *const *words, const char *text, size_t i, size_t *wlen)
{
    const char *best = NULL;
    size_t bl = 0;
    for (size_t k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        if (l > bl && l <= i && text[i - 1] == words[k][l - 1] &&
            memcmp(text + i - l, words[k], l) == 0) {
            best = words[k];
            bl = l;
        }
    }
    *wlen = bl;
    return best;
}
