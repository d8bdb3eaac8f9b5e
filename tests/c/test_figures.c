/* Every example of spec/figures.md as its own case, run on the Simplified
 * text and again on the same text converted to Traditional characters: the
 * figure's text, value, unit, kind, approx and scope must come out alike
 * (text and scope in the script of the input, unit always Simplified). */
#include "check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tally/figures.h"
#include "tally/segment.h"
#include "tally/text.h"

typedef struct example {
    const char *input;
    const char *text; /* the figure expected */
    double value;
    double value_max; /* NAN when no range */
    const char *unit;
    const char *kind;
    const char *approx; /* NULL when exact */
    const char *scope;  /* NULL when none */
} example;

#define N NAN
static const example examples[] = {
    /* the record: text and value */
    {"上半年全省实现外贸进出口总额14.8亿元，同比增长119.7%。", "14.8亿元", 1480000000, N, "元", "money", NULL, NULL},
    {"上半年全省实现外贸进出口总额14.8亿元，同比增长119.7%。", "119.7%", 119.7, N, "%", "growth", NULL, "同比"},
    {"增速位居全国第2位。", "第2位", 2, N, "位", "rank", NULL, "全国"},
    {"走访企业60余家。", "60余家", 60, N, "家", "quantity", "over", NULL},
    {"累计实现销售农产品近570億元。", "近570億元", 57000000000, N, "元", "money", "under", NULL},
    {"全省固定资产投资5000萬元以上的项目。", "5000萬元以上", 50000000, N, "元", "money", "over", NULL},
    {"研究提出了八个重点项目。", "八个", 8, N, "个", "quantity", NULL, NULL},
    {"拉动比例1:9.7。", "1:9.7", 9.7, N, ":", "ratio", NULL, NULL},
    {"培育2-3家省级服务外包示范区。", "2-3家", 2, 3, "家", "quantity", NULL, NULL},
    {"以占全省万分之7.6的面积吸引外资。", "万分之7.6", 0.076, N, "%", "percent", NULL, NULL},
    {"高于全国平均6.7个百分点。", "6.7个百分点", 6.7, N, "pp", "pp", NULL, NULL},
    {"收储进口口罩3617.64万只。", "3617.64万只", 36176400, N, "只", "quantity", NULL, NULL},
    {"出口下降3.2%。", "3.2%", -3.2, N, "%", "growth", NULL, NULL},
    {"占比10%至15%。", "10%至15%", 10, 15, "%", "percent", NULL, NULL},
    /* units */
    {"实际使用外资3.7亿美元。", "3.7亿美元", 370000000, N, "美元", "money", NULL, NULL},
    {"签约5亿欧元。", "5亿欧元", 500000000, N, "欧元", "money", NULL, NULL},
    {"投资20亿港元。", "20亿港元", 2000000000, N, "港元", "money", NULL, NULL},
    {"储备蔬菜5000吨。", "5000吨", 5000, N, "吨", "quantity", NULL, NULL},
    {"推出13项活动。", "13项", 13, N, "项", "quantity", NULL, NULL},
    {"服务50余人次。", "50余人次", 50, N, "人次", "quantity", "over", NULL},
    {"举办专题培训班8场。", "8场", 8, N, "场", "quantity", NULL, NULL},
    {"出台32条措施。", "32条", 32, N, "条", "quantity", NULL, NULL},
    {"覆盖全省16市。", "16市", 16, N, "市", "quantity", NULL, NULL},
    {"着力做三個方面工作。", "三個方面", 3, N, "方面", "quantity", NULL, NULL},
    {"新增3萬噸产能。", "3萬噸", 30000, N, "吨", "quantity", NULL, NULL},
    {"狠抓“十大工程”。", "十大", 10, N, "", "quantity", NULL, NULL},
    {"进口100亿日元。", "100亿日元", 10000000000, N, "日元", "money", NULL, NULL},
    {"投资5亿英镑。", "5亿英镑", 500000000, N, "英镑", "money", NULL, NULL},
    {"分为四类。", "四类", 4, N, "类", "quantity", NULL, NULL},
    {"分3批实施。", "3批", 3, N, "批", "quantity", NULL, NULL},
    /* kinds */
    {"收入增加4.5%。", "4.5%", 4.5, N, "%", "growth", NULL, NULL},
    {"效率提高12%。", "12%", 12, N, "%", "growth", NULL, NULL},
    {"价格上升0.8%。", "0.8%", 0.8, N, "%", "growth", NULL, NULL},
    {"库存减少6%。", "6%", -6, N, "%", "growth", NULL, NULL},
    {"增速回落1.5%。", "1.5%", -1.5, N, "%", "growth", NULL, NULL},
    {"增速为7.1%。", "7.1%", 7.1, N, "%", "growth", NULL, NULL},
    {"同比3.4%。", "3.4%", 3.4, N, "%", "growth", NULL, "同比"},
    {"市场占有率41.8%。", "41.8%", 41.8, N, "%", "percent", NULL, NULL},
    {"吸引了9.8%的外资。", "9.8%", 9.8, N, "%", "percent", NULL, NULL},
    {"能减少约20%的厨余垃圾。", "约20%", -20, N, "%", "growth", "about", NULL},
    {"增长2倍。", "2倍", 2, N, "倍", "growth", NULL, NULL},
    {"环比增长5.5%。", "5.5%", 5.5, N, "%", "growth", NULL, "环比"},
    {"增速提高2个百分点。", "2个百分点", 2, N, "pp", "pp", NULL, NULL},
    {"居全国第4。", "第4", 4, N, "位", "rank", NULL, "全国"},
    {"位列全国前十。", "前十", 10, N, "位", "rank", "under", "全国"},
    {"增幅位居前6位省市第2名。", "第2名", 2, N, "位", "rank", NULL, "前6位省市"},
    {"外贸增速居西北第1位。", "第1位", 1, N, "位", "rank", NULL, "西北"},
    /* hard cases */
    {"联合5部门印发通知。", "5部门", 5, N, "部门", "quantity", NULL, NULL},
    {"对20国重点市场出口。", "20国", 20, N, "国", "quantity", NULL, NULL},
    {"邀请7000位嘉宾参会。", "7000位", 7000, N, "位", "quantity", NULL, NULL},
    {"规模居全国首位。", "首位", 1, N, "位", "rank", NULL, "全国"},
    {"总量全国第一。", "第一", 1, N, "位", "rank", NULL, "全国"},
    {"低于全国0.3个百分点。", "0.3个百分点", -0.3, N, "pp", "pp", NULL, NULL},
    {"总额突破5000亿元。", "5000亿元", 500000000000, N, "元", "money", "over", NULL},
    {"总额超过5000亿元。", "超过5000亿元", 500000000000, N, "元", "money", "over", NULL},
    {"总额逾300亿元。", "逾300亿元", 30000000000, N, "元", "money", "over", NULL},
    {"贷款50万元以下。", "50万元以下", 500000, N, "元", "money", "under", NULL},
    {"覆盖0—6岁儿童。", "0—6岁", 0, 6, "岁", "quantity", NULL, NULL},
    {"人均58万元/人。", "58万元/人", 580000, N, "元/人", "money", NULL, NULL},
    {"浓度为29微克/立方米。", "29微克/立方米", 29, N, "微克/立方米", "quantity", NULL, NULL},
    /* approx words */
    {"约300家企业。", "约300家", 300, N, "家", "quantity", "about", NULL},
    {"大约300家企业。", "大约300家", 300, N, "家", "quantity", "about", NULL},
    {"300家左右。", "300家左右", 300, N, "家", "quantity", "about", NULL},
    {"300家上下。", "300家上下", 300, N, "家", "quantity", "about", NULL},
    {"20多亿元。", "20多亿元", 2000000000, N, "元", "money", "over", NULL},
    {"100个以上。", "100个以上", 100, N, "个", "quantity", "over", NULL},
    {"不到10家。", "不到10家", 10, N, "家", "quantity", "under", NULL},
    {"不足10家。", "不足10家", 10, N, "家", "quantity", "under", NULL},
    {"10家以内。", "10家以内", 10, N, "家", "quantity", "under", NULL},
    {"近似300家。", "近似300家", 300, N, "家", "quantity", "about", NULL},
    {"超5000家。", "超5000家", 5000, N, "家", "quantity", "over", NULL},
    {"装机5万千瓦。", "5万千瓦", 50000, N, "千瓦", "quantity", NULL, NULL},
    {"浓度下降到32微克/立方米。", "32微克/立方米", 32, N, "微克/立方米", "quantity", NULL, NULL},
    {"失业率下降到5%。", "5%", 5, N, "%", "percent", NULL, NULL},
    {"比例为1∶3。", "1∶3", 3, N, ":", "ratio", NULL, NULL},
    {"增速为-2.1%。", "-2.1%", -2.1, N, "%", "growth", NULL, NULL},
    {"COVID-19病例3例。", "3例", 3, N, "例", "quantity", NULL, NULL},
    {"平均每人GDP達3萬5,075美元。", "3萬5,075美元", 35075, N, "美元", "money", NULL, NULL},
    {"總投資1億2000萬元。", "1億2000萬元", 120000000, N, "元", "money", NULL, NULL},
    {"經濟成長率預測上修0.14個百分點。", "0.14個百分點", 0.14, N, "pp", "pp", NULL, NULL},
    /* ranges and numerals */
    {"建设3～5家。", "3～5家", 3, 5, "家", "quantity", NULL, NULL},
    {"建设3~5家。", "3~5家", 3, 5, "家", "quantity", NULL, NULL},
    {"建设3到5家。", "3到5家", 3, 5, "家", "quantity", NULL, NULL},
    {"三至五个项目。", "三至五个", 3, 5, "个", "quantity", NULL, NULL},
    {"增长10%至15%。", "10%至15%", 10, 15, "%", "growth", NULL, NULL},
    {"两万五千人参加。", "两万五千人", 25000, N, "人", "quantity", NULL, NULL},
    {"百分之十五的企业。", "百分之十五", 15, N, "%", "percent", NULL, NULL},
    {"三成企业。", "三成", 30, N, "%", "percent", NULL, NULL},
    {"千分之三的比例。", "千分之三", 0.3, N, "%", "percent", NULL, NULL},
    {"翻一番。", "翻一番", 100, N, "%", "growth", NULL, NULL},
    {"3万亿元。", "3万亿元", 3e12, N, "元", "money", NULL, NULL},
    {"１２３．５萬元。", "１２３．５萬元", 1235000, N, "元", "money", NULL, NULL},
    {"办结1,409个问题。", "1,409个", 1409, N, "个", "quantity", NULL, NULL},
    {"办结1，409个问题。", "1，409个", 1409, N, "个", "quantity", NULL, NULL},
    {"拨付贰佰万元。", "贰佰万元", 2000000, N, "元", "money", NULL, NULL},
    /* Hong Kong, Macao and Taiwan usage */
    {"出口按年上升5.2%。", "5.2%", 5.2, N, "%", "growth", NULL, "按年"},
    {"零售额按季下跌1.1%。", "1.1%", -1.1, N, "%", "growth", NULL, "按季"},
    {"拨款港幣$500億。", "港幣$500億", 50000000000, N, "港元", "money", NULL, NULL},
    {"政府拨款$200億。", "$200億", 20000000000, N, "港元", "money", NULL, NULL},
    {"预算HK$1,234萬。", "HK$1,234萬", 12340000, N, "港元", "money", NULL, NULL},
    {"投资新台幣3億元。", "新台幣3億元", 300000000, N, "新台币", "money", NULL, NULL},
    {"收入澳門元12億。", "澳門元12億", 1200000000, N, "澳门元", "money", NULL, NULL},
    {"营收30億澳門元。", "30億澳門元", 3000000000, N, "澳门元", "money", NULL, NULL},
    {"出口年增3.5%。", "3.5%", 3.5, N, "%", "growth", NULL, NULL},
    {"出口年減2%。", "2%", -2, N, "%", "growth", NULL, NULL},
    {"经济成長3%。", "3%", 3, N, "%", "growth", NULL, NULL},
    {"经济負成長1.2%。", "1.2%", -1.2, N, "%", "growth", NULL, NULL},
    {"出口年增率12%。", "12%", 12, N, "%", "growth", NULL, NULL},
    {"零售额的升幅为5%。", "5%", 5, N, "%", "growth", NULL, NULL},
    {"通胀率为百分之三點五。", "百分之三點五", 3.5, N, "%", "growth", NULL, NULL}, /* inflation: a change */
    {"访港旅客人次达3,400萬。", "3,400萬", 34000000, N, "", "quantity", NULL, NULL},
    {"失业率较上月下降0.1個百分點。", "0.1個百分點", -0.1, N, "pp", "pp", NULL, NULL},
    {"本港人口約750萬。", "約750萬", 7500000, N, "", "quantity", "about", NULL},
    {"签约5亿欧元。", "5亿欧元", 500000000, N, "欧元", "money", NULL, NULL},
    /* ratios are b over a; a ratio word before a whole-number ratio beats a
     * clock reading */
    {"投入产出比为2.1:1。", "2.1:1", 1 / 2.1, N, ":", "ratio", NULL, NULL},
    {"男女比例3:2。", "3:2", 2.0 / 3, N, ":", "ratio", NULL, NULL},
    {"两类用地之比为1:10。", "1:10", 10, N, ":", "ratio", NULL, NULL},
    {"地方配套资金比例不低于1:12。", "不低于1:12", 12, N, ":", "ratio", "over", NULL},
    /* negated comparisons turn round; they stay in the text as 超过 does */
    {"单个项目投资不少于8亿元。", "不少于8亿元", 800000000, N, "元", "money", "over", NULL},
    {"每户补助不超过3000元。", "不超过3000元", 3000, N, "元", "money", "under", NULL},
    {"能耗不高于50吨。", "不高于50吨", 50, N, "吨", "quantity", "under", NULL},
    {"合格率不低于95%。", "不低于95%", 95, N, "%", "percent", "over", NULL},
    /* 约为: about */
    {"出口占比约为42%。", "约为42%", 42, N, "%", "percent", "about", NULL},
    {"全年增幅大约为6%。", "大约为6%", 6, N, "%", "growth", "about", NULL},
    /* growth words: 增速 before a level it keeps, 多出 */
    {"营收增速保持在8%左右。", "8%左右", 8, N, "%", "growth", "about", NULL},
    {"客流比上年多出约四分之一。", "约四分之一", 25, N, "%", "growth", "about", "比上年"},
    /* a rank's field written 在…中 */
    {"在长三角二十七城中排名第三。", "第三", 3, N, "位", "rank", NULL, "长三角二十七城"},
    {"增速在中部六省中位居第一。", "第一", 1, N, "位", "rank", NULL, "中部六省"},
    /* a quoted count announcing a list */
    {"启动“促消费五项举措”，具体包括：一是发券。", "五项", 5, N, "项", "quantity", NULL, NULL},
    {"落实“两个提升”：第一，提升质量。", "两个", 2, N, "个", "quantity", NULL, NULL},
    /* issue 14, register: Hong Kong and Taiwan phrasing of change */
    {"本地生产总值按年上升2.1%。", "2.1%", 2.1, N, "%", "growth", NULL, "按年"},
    {"零售额按季下跌0.4%。", "0.4%", -0.4, N, "%", "growth", NULL, "按季"},
    {"经济萎缩1.5%。", "1.5%", -1.5, N, "%", "growth", NULL, NULL},
    {"经济扩张3.2%。", "3.2%", 3.2, N, "%", "growth", NULL, NULL},
    {"出口升幅达2.1%。", "2.1%", 2.1, N, "%", "growth", NULL, NULL},
    {"进口跌幅为0.4%。", "0.4%", -0.4, N, "%", "growth", NULL, NULL},
    {"出口录得2.1%的升幅。", "2.1%", 2.1, N, "%", "growth", NULL, NULL},
    {"进口录得0.4%的跌幅。", "0.4%", -0.4, N, "%", "growth", NULL, NULL},
    {"录得2.1%的实质增长。", "2.1%", 2.1, N, "%", "growth", NULL, NULL},
    {"营业额增三成。", "三成", 30, N, "%", "growth", NULL, NULL},
    {"营业额增长五成多。", "五成多", 50, N, "%", "growth", "over", NULL},
    {"五成多的企业有订单。", "五成多", 50, N, "%", "percent", "over", NULL},
    {"出口增长一倍多。", "一倍多", 1, N, "倍", "growth", "over", NULL},
    {"经济成长率为3.28%。", "3.28%", 3.28, N, "%", "growth", NULL, NULL},
    {"第三季成长率初步统计为百分之一点六六。", "百分之一点六六", 1.66, N, "%", "growth", NULL, NULL},
    {"上修全年经济成长率预测2.42%。", "2.42%", 2.42, N, "%", "growth", NULL, NULL},
    {"升幅扩大至2.4%。", "2.4%", 2.4, N, "%", "growth", NULL, NULL},
    {"跌幅收窄至1.2%。", "1.2%", -1.2, N, "%", "growth", NULL, NULL},
    {"成长率下修至1.74%；明年也下修至2.59%。", "2.59%", 2.59, N, "%", "growth", NULL, NULL},
    {"增速比上月放缓0.1个百分点。", "0.1个百分点", -0.1, N, "pp", "pp", NULL, NULL},
    {"利率下调0.25个百分点。", "0.25个百分点", -0.25, N, "pp", "pp", NULL, NULL},
    {"成长率低于八月预测的2.47%。", "2.47%", 2.47, N, "%", "growth", NULL, NULL},
    {"失业率为3.1%。", "3.1%", 3.1, N, "%", "percent", NULL, NULL},
    {"增速较快，服务业占比45%。", "45%", 45, N, "%", "percent", NULL, NULL},
    {"占GDP 30%的增加值来自工业。", "30%", 30, N, "%", "percent", NULL, NULL},
    /* issue 14: furniture around a figure does not hide it */
    {"详见https://www.example.gov.cn/a_1.html，出口增长5%。", "5%", 5, N, "%", "growth", NULL, NULL},
    {"访问20个国家。", "20个", 20, N, "个", "quantity", NULL, NULL},
    {"点击量达1.2亿次。", "1.2亿次", 120000000, N, "次", "quantity", NULL, NULL},
    {"汽车及汽车零件下跌11.9%。", "11.9%", -11.9, N, "%", "growth", NULL, NULL},
    /* issue 14, units: compound, rare and Latin units, the longest one */
    {"发电量120万千瓦时。", "120万千瓦时", 1200000, N, "千瓦时", "quantity", NULL, NULL},
    {"进出港1.2万艘次。", "1.2万艘次", 12000, N, "艘次", "quantity", NULL, NULL},
    {"吞吐量300万标准箱。", "300万标准箱", 3000000, N, "标准箱", "quantity", NULL, NULL},
    {"吞吐量1200万TEU。", "1200万TEU", 12000000, N, "标准箱", "quantity", NULL, NULL},
    {"播种面积5000千公顷。", "5000千公顷", 5000000, N, "公顷", "quantity", NULL, NULL}, /* spec: 萬噸 → ×1e4 吨 */
    {"起降12万架次。", "12万架次", 120000, N, "架次", "quantity", NULL, NULL},
    {"能耗5万吨标准煤。", "5万吨标准煤", 50000, N, "吨标准煤", "quantity", NULL, NULL},
    {"装机容量5GW。", "5GW", 5, N, "吉瓦", "quantity", NULL, NULL},
    {"用电量3亿kWh。", "3亿kWh", 300000000, N, "千瓦时", "quantity", NULL, NULL},
    {"里程120km。", "120km", 120, N, "公里", "quantity", NULL, NULL},
    {"年满60周岁。", "60周岁", 60, N, "周岁", "quantity", NULL, NULL},
    {"开设课程30门。", "30门", 30, N, "门", "quantity", NULL, NULL},
    {"培训120学时。", "120学时", 120, N, "学时", "quantity", NULL, NULL},
    {"交付3架。", "3架", 3, N, "架", "quantity", NULL, NULL},
    {"打井600口。", "600口", 600, N, "口", "quantity", NULL, NULL},
    {"藏书3万册。", "3万册", 30000, N, "册", "quantity", NULL, NULL},
    {"1.5万吨级泊位。", "1.5万吨级", 15000, N, "吨级", "quantity", NULL, NULL},
    /* issue 14, open-ended units: a measure word of the POS lexicon */
    {"安装路灯300盏。", "300盏", 300, N, "盏", "quantity", NULL, NULL},
    {"发放3万袋。", "3万袋", 30000, N, "袋", "quantity", NULL, NULL},
    {"拍摄3集。", "3集", 3, N, "集", "quantity", NULL, NULL},
    /* issue 14, names: a count announcing a list stays a figure */
    {"实施十大工程：一是技改。", "十大", 10, N, "", "quantity", NULL, NULL},
    {"华为、中兴等三大企业。", "三大", 3, N, "", "quantity", NULL, NULL},
    {"举办泰国、肯尼亚2场展会。", "2场", 2, N, "场", "quantity", NULL, NULL},
    {"建设3个物流中心。", "3个", 3, N, "个", "quantity", NULL, NULL},
    /* issue 14, a growth rate's level without a trend word before it: an
     * aggregate revised to it, a forecast of a growth named before, the level
     * reached after a change in points of a growth rate */
    /* issue 14, counts of times: a measure word and 次, and X次 after 个 */
    {"出动飞机300架次。", "300架次", 300, N, "架次", "quantity", NULL, NULL},
    {"分3个批次发放。", "3个批次", 3, N, "批次", "quantity", NULL, NULL},
    {"运送旅客1200人次。", "1200人次", 1200, N, "人次", "quantity", NULL, NULL},
    {"新购飞机3架，次年交付。", "3架", 3, N, "架", "quantity", NULL, NULL},
    {"今年GDP上修至2.4%。", "2.4%", 2.4, N, "%", "growth", NULL, NULL},
    {"失业率下调至3.1%。", "3.1%", 3.1, N, "%", "percent", NULL, NULL},
    {"经济增长率为3.2%，较去年预测数2.9%增加0.3个百分点。", "2.9%", 2.9, N, "%", "growth", NULL, NULL},
    {"增长率初步统计为1.7%。全年部分，从八月预测的2.3%，下修0.5个百分点，到1.8%。", "2.3%", 2.3, N, "%", "growth", NULL, NULL},
    {"增长率初步统计为1.7%。全年部分，从八月预测的2.3%，下修0.5个百分点，到1.8%。", "1.8%", 1.8, N, "%", "growth", NULL, NULL},
    {"市场占有率为30%，较上年的预测数28%提高2个百分点。", "28%", 28, N, "%", "percent", NULL, NULL},
    /* issue 14, print layout: a space between number, magnitude, 多/余 and
     * unit, after a qualifier or currency before it, inside 第 N 位 */
    {"零售总额实现 322.9 亿元。", "322.9 亿元", 32290000000, N, "元", "money", NULL, NULL},
    {"共举办促销活动 2000 多场次。", "2000 多场次", 2000, N, "场次", "quantity", "over", NULL},
    {"投入补贴 1 亿多元。", "1 亿多元", 100000000, N, "元", "money", "over", NULL},
    {"惠及 5 万多名消费者。", "5 万多名", 50000, N, "名", "quantity", "over", NULL},
    {"惠及 948 家企业。", "948 家", 948, N, "家", "quantity", NULL, NULL},
    {"带动消费 12 亿元以上。", "12 亿元以上", 1200000000, N, "元", "money", "over", NULL},
    {"总额居全省第 4 位。", "第 4 位", 4, N, "位", "rank", NULL, "全省"},
    {"投资超过　5 万元。", "超过　5 万元", 50000, N, "元", "money", "over", NULL},
    {"募集港币 3 亿元。", "港币 3 亿元", 300000000, N, "港元", "money", NULL, NULL},
    /* issue 14, Hong Kong and Macao change verbs: 升, 跌, 降, 挫 alone or after
     * 微, 大, 显著; a growth quoted whole; a rate in brackets after a change */
    {"出口价格按年升0.6%。", "0.6%", 0.6, N, "%", "growth", NULL, "按年"},
    {"进口价格微升0.3%。", "0.3%", 0.3, N, "%", "growth", NULL, NULL},
    {"港产品出口货量则挫40.4%。", "40.4%", -40.4, N, "%", "growth", NULL, NULL},
    {"港产品出口货量则大跌35.5%。", "35.5%", -35.5, N, "%", "growth", NULL, NULL},
    {"输往德国的出口货量显著下跌24.2%。", "24.2%", -24.2, N, "%", "growth", NULL, NULL},
    {"进口货量降18.9%。", "18.9%", -18.9, N, "%", "growth", NULL, NULL},
    {"全年经济成长率“至少5%”。", "至少5%", 5, N, "%", "growth", "over", NULL},
    {"就业人数较上年增加6万9千人(0.62%)。", "0.62%", 0.62, N, "%", "growth", NULL, NULL},
    {"失业人数减少2万人（1.5%）。", "1.5%", -1.5, N, "%", "growth", NULL, NULL},
    /* issue 14, counts: the pair classifier 对 */
    {"推进10对园区共建。", "10对", 10, N, "对", "quantity", NULL, NULL},
    /* issue 14, fourth pass: digit-by-digit numerals with the full-width
     * point; ○ as a zero inside a numeral */
    {"出口六四〇．五億美元，改写新高。", "六四〇．五億美元", 64050000000, N, "美元", "money", NULL, NULL},
    {"出口年增三十四．一％。", "三十四．一％", 34.1, N, "%", "growth", NULL, NULL},
    {"猪肉价格年涨百分之九点○七。", "百分之九点○七", 9.07, N, "%", "growth", NULL, NULL},
    {"较九月上升○点二三个百分点。", "○点二三个百分点", 0.23, N, "pp", "pp", NULL, NULL},
    /* a list of numbers sharing the unit written after the last */
    {"分别比全国、全省高1.9、0.9个百分点。", "1.9", 1.9, N, "pp", "pp", NULL, NULL},
    {"香港及台湾旅客分别为5,098,508及1,379,936人次。", "5,098,508", 5098508, N, "人次", "quantity", NULL, NULL},
    {"新建学校3、5所。", "3", 3, N, "所", "quantity", NULL, NULL},
    /* thousands grouped by spaces */
    {"访客数字为468 000人次。", "468 000人次", 468000, N, "人次", "quantity", NULL, NULL},
    {"运量达12 345.6吨。", "12 345.6吨", 12345.6, N, "吨", "quantity", NULL, NULL},
    /* a change after the list of percents it governs; a level after its
     * change in points; a price index's percent is its change */
    {"较去年同期录得14%及6.6%的跌幅。", "14%", -14, N, "%", "growth", NULL, NULL},
    {"占比较上年提升4.1个百分点至29.1%。", "29.1%", 29.1, N, "%", "percent", NULL, NULL},
    {"出口增长9%，占比提升1个百分点至20%。", "20%", 20, N, "%", "percent", NULL, NULL},
    {"增速提高0.5个百分点至6.1%。", "6.1%", 6.1, N, "%", "growth", NULL, NULL},
    {"居民消费价格指数控制在3.5%以内。", "3.5%以内", 3.5, N, "%", "growth", "under", NULL},
    /* a rank's numeral stops at a masked term (a missing comma of the source) */
    {"增速位列全市第一三次产业结构调整。", "第一", 1, N, "位", "rank", NULL, "全市"},
};

/* The subject a reader would name, as written before or after the figure. */
static const struct {
    const char *input, *text, *subject;
} subjects[] = {
    {"前三季度出口980亿元，增长4%；进口760亿元，下降2%。", "760亿元", "进口"},
    {"前三季度出口980亿元，增长4%；进口760亿元，下降2%。", "2%", "进口"},
    {"全年进口2315.6亿元。", "2315.6亿元", "进口"},
    {"网络零售额增长12%。", "12%", "网络零售额"},
    {"二手车销售额增长9%。", "9%", "二手车销售额"},
    {"民营企业占比18%。", "18%", "民营企业占比"},
    {"项目签约金额35亿元。", "35亿元", "项目签约金额"},
    {"家电以旧换新补贴4亿元。", "4亿元", "家电以旧换新补贴"},
    {"工业增速高于全省平均2.3个百分点。", "2.3个百分点", "工业增速"},
    {"今年新增外贸企业120家。", "120家", "外贸企业"},
    {"新认定高新技术企业45家。", "45家", "高新技术企业"},
    {"项目带动就业3000人。", "3000人", "就业"},
    {"预计带动投资50亿元。", "50亿元", "投资"},
    {"产值比重为1:3。", "1:3", "产值比重"},
    {"企业数量不少于20家。", "不少于20家", "企业数量"},
    {"利润增速约为7%。", "约为7%", "利润增速"},
    {"出口增速在西部十二省中位居第二。", "第二", "出口增速"},
    {"全市进口增长4%，高于全省平均1.5个百分点。", "1.5个百分点", "进口"},
    {"共有86个签约项目落地。", "86个", "签约项目"},
    {"组建120支企业服务队。", "120支", "企业服务队"},
    {"汽车以旧换新使用资金3.5亿元。", "3.5亿元", "资金"},
    {"全市实际使用外资增长12%。", "12%", "实际使用外资"},
    {"覆盖45家大型零售企业。", "45家", "大型零售企业"},
    {"建成区域物流中心（3个）和乡镇服务站（40个）。", "40个", "乡镇服务站"},
    /* issue 12, second pass: no unit word, change, contribution or ranking
     * word is a subject; a rate of change after a noun is dropped */
    {"过夜旅客为785369人次，占入境旅客52.0%。", "785369人次", "过夜旅客"},
    {"关闸口岸有7096万人次出入境。", "7096万人次", "关闸口岸"},
    {"共举办展会活动2000多场次。", "2000多场次", "展会活动"},
    {"入境旅客亦有16.6%的增长。", "16.6%", "入境旅客"},
    {"进口货量也录得19.4%的跌幅。", "19.4%", "进口货量"},
    {"投资贡献经济增长1.2个百分点。", "1.2个百分点", "投资"},
    {"带动百货公司、餐饮业及便利店呈两位数成长，分别年增12.1%及16.8%。", "16.8%", "餐饮业及便利店"},
    {"带动百货公司、餐饮业及便利店呈两位数成长，分别年增12.1%及16.8%。", "12.1%", "百货公司"},
    {"5月出口跌1%。月内转口货量跌11.8%。", "11.8%", "转口货量"},
    {"港产品出口货量则大跌35.5%。", "35.5%", "港产品出口货量"},
    {"全年经济成长率“至少5%”。", "至少5%", "经济成长率"},
    {"大陆旅客增幅达78.1%，为7836240人次。", "7836240人次", "大陆旅客"},
    {"居民消费拉动经济增长1.5个百分点。", "1.5个百分点", "居民消费"},
    {"进口年增24.91%，出口实质成长25.27%。", "25.27%", "出口"},
    {"其中，食品烟酒类价格上涨3.0%；居住类上涨0.1%。", "0.1%", "居住类"},
    /* seventh round of subjects: the price is the phrase's head (价格上涨 is no
     * word of the lexicon; the heldout and heldout13 gold give 食品烟酒类价格) */
    {"其中，食品烟酒类价格上涨3.0%；居住类上涨0.1%。", "3.0%", "食品烟酒类价格"},
    {"入境旅客增加20.6%，当中内地旅客占总量超过七成。", "超过七成", "内地旅客"},
    /* issue 12: a statistic's name is not the subject (预测, 修订估计, 概估) */
    {"全年经济增长率预测为3.1%。", "3.1%", "经济增长率"},
    {"出口额的修订估计，较上年同期上升5.2%。", "5.2%", "出口额"},
    {"增长率初步统计为2.6%，从月初概估的2.4%略为上调。", "2.4%", "增长率"},
    /* a bracket that holds only a predicate measures the phrase before it */
    {"服装(上升3.4%)；鞋类(下降2.1%)。", "2.1%", "鞋类"},
    {"网店销售明显优于百货业（增长3.9%）。", "3.9%", "百货业"},
    /* a gloss in brackets after the phrase: the phrase before it */
    {"全年实现地区生产总值(GDP)2150亿元，比上年增长4%。", "2150亿元", "地区生产总值"},
    {"全年实现地区生产总值(GDP)2150亿元，比上年增长4%。", "4%", "地区生产总值"},
    {"居民消费价格指数(CPI)上涨0.8%。", "0.8%", "居民消费价格指数"},
    /* a frame of breakdown goes on with the subject of the sentence before */
    {"全年出口增长6%。分季度看，一季度增长5%，二季度增长7%。", "5%", "出口"},
    /* a list with no phrase of its own takes the members of the list before */
    {"猪、牛、羊出栏分别为30万头、5万头、8万头，分别增长3%、2%、1%。", "2%", "牛"},
    /* a list cut at 、 alone when 及 stands inside a member */
    {"纺织业、食品及饮料业、家具业增长较快，分别增长9%、7%及5%。", "7%", "食品及饮料业"},
    /* the topic of the clause before (汽车业则因…，下降) */
    {"批发业则因需求减少，下降4.2%。", "4.2%", "批发业"},
    {"餐饮业受惠促销活动，增长7.5%。", "7.5%", "餐饮业"},
    /* a verb inside the phrase before an amount's or a trade's noun */
    {"全市蔬菜种植面积增长3%。", "3%", "蔬菜种植面积"},
    {"电子购物及邮购业增长12%。", "12%", "电子购物及邮购业"},
    {"家庭耐用消费品下跌8%。", "8%", "家庭耐用消费品"},
    /* the means of a reckoning (按…折算) is no subject */
    {"人均收入5万元，按年均汇率折算为7000美元。", "7000美元", "人均收入"},
    /* a verb right after a count is an attribute of what is counted */
    {"走访了12家知名企业。", "12家", "知名企业"},
    /* a noun unit names what is counted when no noun follows */
    {"调研组深入16市。", "16市", "市"},
    {"从三方面推进开放。", "三方面", "方面"},
};

/* Article-like 一个, 一份 before a noun: no figure. */
static const char *const article_counts[] = {
    "交出了一份亮眼的答卷。", "把招商作为一个突破口。", "成为一个新的增长点。",
};

/* Inputs that hold no figure at all (spec "Not figures"). */
static const char *const non_figures[] = {
    "2021-10-18 10:34:07", "10月8日召开", "2020年", "前5个月", "1至9月", "连续9个月", "2020年3月13日",
    "一是加强", "第三，", "第三方审计", "第二届大会", "第一批项目", "二十届三中全会", "十一届十一次全会",
    "十三五规划", "双十一期间", "一带一路", "两稳一促", "“四条线”进口", "一对一服务", "一刻钟便民生活圈",
    "一头连着经济", "深入一线", "形成一批长效举措", "数十个企业", "保持两位数增长", "亿元消费券",
    "合同额翻番", "县乡村三级物流", "这两个园区", "出口百强", "进口20强", "开展“发挥‘三个作用’、建设‘强富美高’新徐州”大讨论",
    "“萬人業務大培訓”", "一企一策", "最后一公里", "第一时间", "三年行动计划", "阿里巴巴1688平台", "首三個月", "首季",
    "“2020惠享山东消费促进季”", "电话0531-12345678", "党的二十大精神", "贯彻党的二十大和二十届二中全会精神", "另一方面",
    "发挥“三个作用”", "新一轮改革", "进一步扩大", "一条龙服务", "推进一体化", "二期工程开工", "增强“四个意识”、做到“两个维护”", "签约仪式", "会议定于9:30召开", "开馆时间为8:30", "《若干措施》（鲁政发〔2020〕5号）",
    /* issue 14, page furniture: URLs, addresses, encoded paths, code, counters */
    "原文链接：https://www.example.gov.cn/art/2024/7/25/art_1229_5678.html?id=2024",
    "网址www.example.gov.cn/2023/56%", "专题example.gov.cn/tjgb/2023%E5%B9%B4%E7%BB%9F%E8%AE%A1",
    "联系邮箱：tongji2024@example.gov.cn", "附件：P020240725389612345678.pdf",
    "参数productCode=B1010002&page=3", "调用init_2024(35)", "浏览次数：1234", "阅读 (2.3万)",
    "点赞 35", "上一篇", "汽车零件", "零部件企业",
    /* issue 14, vague digit pairs */
    "开展两三轮谈判", "七八个项目",
    /* issue 14, names that hold numbers: phases, programmes, roles, sets */
    "四期工程开工", "3期项目竣工", "一期项目", "实施十大工程，推动发展", "推进五大行动",
    "加快打造两个中心", "出台一整套措施", "一揽子政策", "一口气", "一部分企业", "一门心思",
    "5GWp组件", "三口之家", "3股东", "一番努力",
    /* issue 14: a year with the space of print layout; region groups;
     * a count restating what was named (上述…三大); 一对一 in digits */
    "2024 年", "从 2023 年起", "东北三省振兴", "长三角三省一市", "东盟十国",
    "上述旅客为澳门三大客源", "以上项目为全省两大重点", "1对1帮扶",
    /* issue 14, fourth pass: ○ alone is a bullet; bare numbers joined in a
     * list without a unit; a year list */
    "○○公司", "图1、2", "2019、2020年",
    /* a count of as many items as were just named restates them; 三次产业 */
    "进出口、出口、进口三项增速", "家电、家具两大产业的出口", "县、乡和村三个层级",
    "三次产业结构",
};

static tally_figure_rules *rules;

static tally_figure *find(const char *s, size_t *n)
{
    tally_error err = {""};
    tally_span *sent = NULL;
    size_t ns = 0;
    tally_figure *v = NULL;
    if (tally_sentences(s, strlen(s), &sent, &ns, &err) < 0 ||
        tally_figures_find(rules, s, strlen(s), sent, ns, &v, n, &err) < 0) {
        fprintf(stderr, "%s: %s\n", s, err.msg);
        *n = 0;
    }
    free(sent);
    return v;
}

static char *traditional(const char *s)
{
    tally_error err;
    size_t n;
    return tally_convert_script(s, strlen(s), TALLY_TO_TRADITIONAL, &n, &err);
}

static int same(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return fabs(a - b) <= 1e-6 * fmax(1, fabs(b));
}

static void run_example(const example *x, int hant)
{
    char *input = hant ? traditional(x->input) : strdup(x->input);
    char *text = hant ? traditional(x->text) : strdup(x->text);
    char *scope = x->scope ? (hant ? traditional(x->scope) : strdup(x->scope)) : NULL;
    size_t n;
    tally_figure *v = find(input, &n);
    const tally_figure *f = NULL;
    for (size_t i = 0; i < n && !f; i++)
        if (v[i].span.stop - v[i].span.start == strlen(text) &&
            memcmp(input + v[i].span.start, text, strlen(text)) == 0)
            f = &v[i];
    const char *why = NULL;
    if (!f)
        why = "no figure with that text";
    else if (!same(f->value, x->value))
        why = "value";
    else if (!same(f->has_max ? f->value_max : NAN, x->value_max))
        why = "value_max";
    else if (strcmp(f->unit, x->unit) != 0)
        why = "unit";
    else if (strcmp(tally_figure_kind_name(f->kind), x->kind) != 0)
        why = "kind";
    else if ((tally_approx_name(f->approx) == NULL) != (x->approx == NULL) ||
             (x->approx && strcmp(tally_approx_name(f->approx), x->approx) != 0))
        why = "approx";
    else if ((f->scope.stop > f->scope.start) != (scope != NULL) ||
             (scope && (f->scope.stop - f->scope.start != strlen(scope) ||
                        memcmp(input + f->scope.start, scope, strlen(scope)) != 0)))
        why = "scope";
    if (why) {
        check_failed++;
        fprintf(stderr, "%s %s → %s: wrong %s", hant ? "Hant" : "Hans", input, text, why);
        if (f)
            fprintf(stderr, " (got %.10g %s %s %s)", f->value, f->unit,
                    tally_figure_kind_name(f->kind),
                    tally_approx_name(f->approx) ? tally_approx_name(f->approx) : "-");
        fprintf(stderr, "\n");
    } else {
        check_passed++;
    }
    free(v);
    free(input);
    free(text);
    free(scope);
}

static void run_non_figure(const char *s, int hant)
{
    char *input = hant ? traditional(s) : strdup(s);
    size_t n;
    tally_figure *v = find(input, &n);
    if (n) {
        check_failed++;
        fprintf(stderr, "%s: expected no figure, got %.*s\n", input,
                (int)(v[0].span.stop - v[0].span.start), input + v[0].span.start);
    } else {
        check_passed++;
    }
    free(v);
    free(input);
}

static void run_subject(const char *in, const char *want_text, const char *want_subject, int hant)
{
    char *input = hant ? traditional(in) : strdup(in);
    char *text = hant ? traditional(want_text) : strdup(want_text);
    char *subject = hant ? traditional(want_subject) : strdup(want_subject);
    size_t n;
    tally_figure *v = find(input, &n);
    const tally_figure *f = NULL;
    for (size_t i = 0; i < n && !f; i++)
        if (v[i].span.stop - v[i].span.start == strlen(text) &&
            memcmp(input + v[i].span.start, text, strlen(text)) == 0)
            f = &v[i];
    if (f && f->subject.stop - f->subject.start == strlen(subject) &&
        memcmp(input + f->subject.start, subject, strlen(subject)) == 0) {
        check_passed++;
    } else {
        check_failed++;
        fprintf(stderr, "%s %s → %s: subject %s, got %.*s\n", hant ? "Hant" : "Hans", input, text,
                subject, f ? (int)(f->subject.stop - f->subject.start) : 4,
                f ? input + f->subject.start : "none");
    }
    free(v);
    free(input);
    free(text);
    free(subject);
}

/* 前6位 inside a rank's scope is no figure of its own. */
static void rank_scope_is_not_a_figure(void)
{
    size_t n;
    tally_figure *v = find("增幅位居前6位省市第2名。", &n);
    CHECK(n == 1);
    free(v);
}

/* A 其中 sentence takes the period of the sentence before. */
static void period_rules(void)
{
    const char *s = "目前，上半年全省进出口14.8亿元。其中进口7.9亿元。目前储备5000吨。";
    tally_error err = {""};
    tally_span *sent = NULL;
    size_t ns = 0, n = 0;
    tally_figure *v = NULL;
    CHECK(tally_sentences(s, strlen(s), &sent, &ns, &err) == 0);
    CHECK(tally_figures_find(rules, s, strlen(s), sent, ns, &v, &n, &err) == 0);
    CHECK(n == 3);
    if (n == 3) {
        CHECK(v[0].period.stop - v[0].period.start == strlen("上半年"));
        CHECK(v[1].period.stop - v[1].period.start == strlen("上半年"));
        CHECK(v[1].sentence == 1);
        CHECK(v[2].period.stop == v[2].period.start); /* 目前 is no period */
    }
    free(v);
    free(sent);
}

/* A ； before a list item ends the sentence: the period does not cross it. */
static void period_stops_at_list_item(void)
{
    const char *s = "前三季度，一是外贸出口增长6%；二是引进外资12亿元；其次，新设企业30家。";
    size_t n;
    tally_figure *v = find(s, &n);
    CHECK(n == 3);
    if (n == 3) {
        CHECK(v[0].period.stop - v[0].period.start == strlen("前三季度"));
        CHECK(v[1].period.stop == v[1].period.start && v[1].sentence == 1);
        CHECK(v[2].period.stop == v[2].period.start && v[2].sentence == 2);
    }
    free(v);
}

/* The base of a comparison is no period: 比上年增长8.1% */
static void comparison_base_is_no_period(void)
{
    size_t n;
    tally_figure *v = find("2023年，出口比上年增长8.1%。", &n);
    CHECK(n == 1);
    if (n == 1)
        CHECK(v[0].period.stop - v[0].period.start == strlen("2023年"));
    free(v);
}

/* doc:dates() values: ISO dates and ranges with the document's year. */
static void dates(void)
{
    const char *s = "2021-10-18 10:34:07 来源。2020年3月13日召开。6月15日至6月30日供应蔬菜。今年1至9月增长。";
    tally_error err = {""};
    tally_date *d = NULL;
    size_t n = 0;
    CHECK(tally_dates_find(rules, s, strlen(s), &d, &n, &err) == 0);
    CHECK(n == 4);
    if (n == 4) {
        CHECK_STR(d[0].value, "2021-10-18");
        CHECK_STR(d[1].value, "2020-03-13");
        CHECK_STR(d[2].value, "2021-06-15");
        CHECK_STR(d[2].value_max, "2021-06-30");
        CHECK_STR(tally_date_kind_name(d[2].kind), "period");
        CHECK_STR(d[3].value, "2021-01");
        CHECK_STR(d[3].value_max, "2021-09");
    }
    free(d);
}

/* A unit added at run time is found; the defaults lack it. */
static void extension(void)
{
    size_t n;
    tally_figure *v = find("新种5垄菜。", &n);
    CHECK(n == 0);
    free(v);
    tally_error err = {""};
    CHECK(tally_figure_rules_add_unit(rules, "垄", "垄", TALLY_FIG_QUANTITY, 1, 0, &err) == 0);
    v = find("新种5垄菜。", &n);
    CHECK(n == 1 && strcmp(v[0].unit, "垄") == 0 && v[0].value == 5);
    free(v);
    CHECK(tally_figure_rules_add_trend(rules, "腰斩", -1, 0, &err) == 0);
    v = find("利润腰斩50%。", &n);
    CHECK(n == 1 && v[0].kind == TALLY_FIG_GROWTH && v[0].value == -50);
    free(v);
    CHECK(tally_figure_rules_add_exclusion(rules, "(unclosed", &err) == -1);
    CHECK(strstr(err.msg, "(unclosed") != NULL);
}

int main(void)
{
    tally_error err = {""};
    rules = tally_figure_rules_new(&err);
    if (!rules) {
        fprintf(stderr, "rules: %s\n", err.msg);
        return 1;
    }
    for (size_t i = 0; i < sizeof examples / sizeof *examples; i++) {
        run_example(&examples[i], 0);
        run_example(&examples[i], 1);
    }
    for (size_t i = 0; i < sizeof non_figures / sizeof *non_figures; i++) {
        run_non_figure(non_figures[i], 0);
        run_non_figure(non_figures[i], 1);
    }
    for (size_t i = 0; i < sizeof subjects / sizeof *subjects; i++) {
        run_subject(subjects[i].input, subjects[i].text, subjects[i].subject, 0);
        run_subject(subjects[i].input, subjects[i].text, subjects[i].subject, 1);
    }
    for (size_t i = 0; i < sizeof article_counts / sizeof *article_counts; i++) {
        run_non_figure(article_counts[i], 0);
        run_non_figure(article_counts[i], 1);
    }
    rank_scope_is_not_a_figure();
    comparison_base_is_no_period();
    period_rules();
    period_stops_at_list_item();
    dates();
    extension();
    tally_figure_rules_free(rules);
    return check_summary();
}
