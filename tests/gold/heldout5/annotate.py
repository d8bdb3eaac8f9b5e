#!/usr/bin/env python3
"""Hand annotations of the fifth blind held-out set (text/), written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run on them; see README.md). Each figure carries
the spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written), period (the
governing time expression, as written), period_key (spec form), status (actual, target,
forecast, plan) and region (the region the figure is about, as its full Simplified name;
None for the country, the world or a region the text does not name). The conventions are
those of ../heldout/README.md, ../heldout2/README.md, ../heldout3/README.md and
../heldout4/README.md; what this set adds is in README.md. This script only turns each
record's text into byte offsets (../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
DECREASE = ("the amount by which an amount or a count fell (减少1340亿元, 減少1萬1,049人, "
            "月減47億美元): the spec gives the direction of a growth rate and of a difference, "
            "not of an amount of change (as ../heldout4's 減少2千人)")
RESTATED = ("两条底线, 三大攻坚战: counts restating the items just named (发展和生态两条; "
            "防范化解重大风险、精准脱贫、污染防治三大); the spec excludes counts restating tiers "
            "or places, and says nothing of other items (as ../heldout3's 五大工程)")
SLOGAN_LIST = ("“八个新”: a quoted count that announces the goals listed after it (a figure "
               "by the spec's “十大工程”) and the name of a slogan (not a figure by “三个作用”)")
INDEX = ("贸易加权澳汇指数为100.5: an index level with no unit (as ../heldout and "
         "../heldout2)")
POINTS = ("分别下跌0.65点及7.08点: a change of an index in points, a unit and kind the spec "
          "does not name")
RANK_WORD = ("居次: second place written without a numeral; the spec names 首位, 榜首 and 第一 "
             "as rank words, and says nothing of 次")
NTD = ("新臺幣4,771億元: the currency before the number and 元 after it; the spec does not "
       "say whether the unit is 新台币 or 元 (as ../heldout3)")
RMB = ("7,610億元人民幣: 元 and then the currency after it; the spec does not say whether the "
       "unit is 元 or 人民币")

G = {}

# ------------------------------------------------------------------------------------------
# a central bank's monthly release (中国人民银行, financial statistics of February, as a copy
# gives it; Simplified): neither the text nor the page gives the year, so no period has a
# key. The country's figures: no region. (M2), (M1), (M0) are names. 月末 (in 月末人民币贷款余额)
# is a time expression, as 年末 is. 分部门看… has no time expression: no period.
D = doc(None, {})
G['cn_pboc_finance'] = [
    D('8.7%', 8.7, '%', 'growth', '广义货币'),
    D('299.56万亿元', 2.9956e14, '元', 'money', '广义货币(M2)余额', '2月末'),
    D('8.7%', 8.7, '%', 'growth', '广义货币(M2)余额', '2月末', scope='同比'),
    D('66.59万亿元', 6.659e13, '元', 'money', '狭义货币(M1)余额'),
    D('1.2%', 1.2, '%', 'growth', '狭义货币(M1)余额', scope='同比'),
    D('12.1万亿元', 1.21e13, '元', 'money', '流通中货币(M0)余额'),
    D('12.5%', 12.5, '%', 'growth', '流通中货币(M0)余额', scope='同比'),
    D('7566亿元', 7.566e11, '元', 'money', '净投放现金', '前两个月'),
    # an amount of increase in money is money (../heldout2)
    D('6.37万亿元', 6.37e12, '元', 'money', '人民币贷款', '前两个月'),
    D('248.67万亿元', 2.4867e14, '元', 'money', '本外币贷款余额', '2月末'),
    D('9.7%', 9.7, '%', 'growth', '本外币贷款余额', '2月末', scope='同比'),
    D('243.96万亿元', 2.4396e14, '元', 'money', '人民币贷款余额', '月末'),
    D('10.1%', 10.1, '%', 'growth', '人民币贷款余额', '月末', scope='同比'),
    D('6.37万亿元', 6.37e12, '元', 'money', '人民币贷款', '前两个月'),
    D('3894亿元', 3.894e11, '元', 'money', '住户贷款'),
    D('1340亿元', -1.34e11, '元', 'money', '短期贷款', amb=DECREASE),
    D('5234亿元', 5.234e11, '元', 'money', '中长期贷款'),
    D('5.43万亿元', 5.43e12, '元', 'money', '企(事)业单位贷款'),
    D('1.99万亿元', 1.99e12, '元', 'money', '短期贷款'),
    D('4.6万亿元', 4.6e12, '元', 'money', '中长期贷款'),
    D('1.25万亿元', -1.25e12, '元', 'money', '票据融资', amb=DECREASE),
    D('4294亿元', 4.294e11, '元', 'money', '非银行业金融机构贷款'),
    D('6626亿美元', 6.626e11, '美元', 'money', '外币贷款余额', '2月末'),
    D('10.5%', -10.5, '%', 'growth', '外币贷款余额', '2月末', scope='同比'),
    D('62亿美元', 6.2e9, '美元', 'money', '外币贷款', '前两个月'),
]

# ------------------------------------------------------------------------------------------
# an interview with a county department head on the county government's site (化德县
# 工业和信息化局, 2023; Simplified). 我县 is 化德县 (named in the text). 截至目前 and 目前 are not
# periods (spec). Sales in or outside 乌兰察布市 are the county's sales (a city's trade with a
# partner is the city's, ../heldout4). The task numbers in brackets (第2、3、…项) are ordinals
# that name things. In the last answer 9月份 is the nearest time expression before 93% and
# 未完成1项 (the letter of the spec).
D = doc('化德县', {'2023年': '2023', '9月份': '2023-09'})
G['cn_interview_huade'] = [
    D('77.11万吨', 771100, '吨', 'quantity', '铁合金产量'),
    D('55.68%', 55.68, '%', 'growth', '铁合金产量', scope='同比'),
    D('30.24亿千瓦时', 3.024e9, '千瓦时', 'quantity', '用电量'),
    D('53.20%', 53.2, '%', 'growth', '用电量', scope='同比'),
    D('53.19亿元', 5.319e9, '元', 'money', '产值'),
    D('31.33%', 31.33, '%', 'growth', '产值', scope='同比'),
    D('15家', 15, '家', 'quantity', '铁合金企业'),
    D('48台', 48, '台', 'quantity', '矿热炉'),
    D('3家', 3, '家', 'quantity', '停产实施技改'),
    D('6台', 6, '台', 'quantity', '停产实施技改'),
    D('1家', 1, '家', 'quantity', '在建'),
    D('2台', 2, '台', 'quantity', '在建'),
    D('36台', 36, '台', 'quantity', '在产矿热炉'),
    D('4404.85万元', 44048500, '元', 'money', '商务领域消费帮扶销售金额', '2023年'),
    D('2904.58万元', 29045800, '元', 'money', '进京销售', '2023年'),
    D('974万元', 9740000, '元', 'money', '在乌兰察布市境内销售', '2023年'),
    D('526.27万元', 5262700, '元', 'money', '除了北京和乌兰察布市以外地区销售', '2023年'),
    D('10项', 10, '项', 'quantity', '招商引资签约落地投资项目', '2023年'),
    D('31.37亿元', 3.137e9, '元', 'money', '总投资', '2023年'),
    D('9项', 9, '项', 'quantity', '已开工项目'),
    D('1项', 1, '项', 'quantity', '未开工项目'),
    D('3.9178亿元', 391780000, '元', 'money', '完成投资'),
    D('14项', 14, '项', 'quantity', '重点任务', '2023年'),
    D('11项', 11, '项', 'quantity', '任务'),
    D('79%', 79, '%', 'percent', '完成率'),
    D('2项', 2, '项', 'quantity', '完成', '9月份'),
    D('93%', 93, '%', 'percent', '完成率', '9月份'),
    D('1项', 1, '项', 'quantity', '任务', '9月份', at='未完成1项'),
]

# ------------------------------------------------------------------------------------------
# a county statistics communiqué (黎平县, 2018, published 2019-11-11 on the county's site;
# Simplified). 全县 is 黎平县 (the title). 分产业看 and the share sentences have no time
# expression: no period. 全年 and 年末 are 2018; a 年末 inside one clause of the semicolon
# sentence governs that clause only (../heldout). 十九大, 十九届二中、三中全会 are meetings.
D = doc('黎平县', {'2018年': '2018', '全年': '2018', '年末': '2018'})
SHARE3 = '第一、二、三次产业对经济增长的贡献率'
G['cn_stats_liping'] = [
    D('两条', 2, '条', 'quantity', '底线', '2018年', amb=RESTATED),
    D('三大', 3, '', 'quantity', '攻坚战', '2018年', amb=RESTATED),
    D('927886万元', 9.27886e9, '元', 'money', '地区生产总值', '2018年'),
    D('11.6%', 11.6, '%', 'growth', '地区生产总值', '2018年'),
    D('208573万元', 2.08573e9, '元', 'money', '第一产业增加值'),
    D('6.6%', 6.6, '%', 'growth', '第一产业增加值'),
    D('157841万元', 1.57841e9, '元', 'money', '第二产业增加值'),
    D('10.3%', 10.3, '%', 'growth', '第二产业增加值'),
    D('561472万元', 5.61472e9, '元', 'money', '第三产业增加值'),
    D('13.9%', 13.9, '%', 'growth', '第三产业增加值'),
    # a share's subject is the part
    D('22.5%', 22.5, '%', 'percent', '第一产业增加值'),
    D('17.0%', 17.0, '%', 'percent', '第二产业增加值'),
    D('60.5%', 60.5, '%', 'percent', '第三产业增加值'),
    D('12.0%', 12.0, '%', 'percent', SHARE3),
    D('19.0%', 19.0, '%', 'percent', SHARE3),
    D('69.0%', 69.0, '%', 'percent', SHARE3),
    D('23556元', 23556, '元', 'money', '人均地区生产总值'),
    D('2279元', 2279, '元', 'money', '人均地区生产总值'),
    D('453847万元', 4.53847e9, '元', 'money', '民营经济增加值'),
    D('48.9%', 48.9, '%', 'percent', '民营经济增加值'),
    D('99867万元', 9.9867e8, '元', 'money', '种植业增加值', '全年'),
    D('7.6%', 7.6, '%', 'growth', '种植业增加值', '全年'),
    D('115.87万亩', 1158700, '亩', 'quantity', '农作物总播种面积'),
    D('0.9%', 0.9, '%', 'growth', '农作物总播种面积', scope='同比'),
    D('43.50万亩', 435000, '亩', 'quantity', '粮食种植面积'),
    D('8.7%', -8.7, '%', 'growth', '粮食种植面积'),
    D('7.70万亩', 77000, '亩', 'quantity', '油菜籽种植面积'),
    D('0.1%', 0.1, '%', 'growth', '油菜籽种植面积'),
    D('15.03万亩', 150300, '亩', 'quantity', '蔬菜种植面积'),
    D('5.6%', 5.6, '%', 'growth', '蔬菜种植面积'),
    D('9.10万亩', 91000, '亩', 'quantity', '药材种植面积'),
    D('63.3%', 63.3, '%', 'growth', '药材种植面积'),
    D('6.32万亩', 63200, '亩', 'quantity', '绿肥播种面积'),
    D('27.2%', -27.2, '%', 'growth', '绿肥播种面积'),
    D('15.27万亩', 152700, '亩', 'quantity', '实有茶园面积', '年末'),
    D('2.1%', 2.1, '%', 'growth', '实有茶园面积', '年末'),
    D('3.34万亩', 33400, '亩', 'quantity', '果园面积', '年末'),
    D('1.4%', 1.4, '%', 'growth', '果园面积', '年末'),
]

# ------------------------------------------------------------------------------------------
# a city's five-year plan targets as a financial site gave them (广州市, 2021-05-19;
# Simplified): every figure is a target. The goals paragraph is one sentence of semicolon
# clauses: 到2025年 inside a clause governs that clause only (../heldout), so 年均增长6%左右 and
# the shares have no period. 《…第十四个五年规划和2035年远景目标纲要》 is a title, “十四五” a
# plan's name.
D = doc('广州市', {'2025年': '2025', '到2025年': '2025', '2021年至2025年': '2021..2025'},
        status='target')
G['cn_plan_guangzhou'] = [
    D('3.5万亿元', 3.5e12, '元', 'money', '地区生产总值', '2025年'),
    D('3.5万亿元', 3.5e12, '元', 'money', '地区生产总值', '到2025年'),
    D('八个', 8, '个', 'quantity', '目标', '2021年至2025年', amb=SLOGAN_LIST),
    D('6%左右', 6, '%', 'growth', '经济发展', approx='about'),
    D('3.5万亿元', 3.5e12, '元', 'money', '国内生产总值', '到2025年'),
    D('3.4%左右', 3.4, '%', 'percent', '研发支出', approx='about'),
    D('超过1.2万亿元', 1.2e12, '元', 'money', '战略性新兴产业增加值', approx='over'),
    D('88%', 88, '%', 'percent', '空气质量优良天数'),
    D('41.65%', 41.65, '%', 'percent', '森林覆盖率'),
    D('83岁', 83, '岁', 'quantity', '人均预期寿命', '到2025年'),
]

# ------------------------------------------------------------------------------------------
# a State Council press conference, a journalist's question and the statistics bureau
# spokesman's answer (国家统计局, 2022-07-15, as a financial site gave it; Simplified); the
# country's figures. 两位数 is vague (spec); 一是, 二是 are list markers.
D = doc(None, {'上半年': '2022-H1', '二季度': '2022-Q2', '4月份': '2022-04', '5月份': '2022-05',
               '6月份': '2022-06'})
G['cn_presser_nbs2022'] = [
    D('3.4%', 3.4, '%', 'growth', '规模以上工业增加值', '上半年', scope='同比'),
    D('0.7%', 0.7, '%', 'growth', '规模以上工业增加值', '二季度', scope='同比'),
    D('2.9%', -2.9, '%', 'growth', '规模以上工业增加值', '4月份'),
    D('0.7%', 0.7, '%', 'growth', '规模以上工业增加值', '5月份'),
    # 加快到了3.9%: the growth rate reached
    D('3.9%', 3.9, '%', 'growth', '规模以上工业增加值', '6月份'),
    D('8.4%', 8.4, '%', 'growth', '采矿业增加值', '二季度', scope='同比'),
    D('5.7%', 5.7, '%', 'growth', '规模以上高技术制造业增加值', '二季度', scope='同比'),
]

# ------------------------------------------------------------------------------------------
# Macau government release in Simplified (澳门金融管理局 via the government information
# bureau, January 2026 reserves). 较2025年12月经修订总额 is a base: 1.5% is January's; the
# revised December total is December's own value. 相当于2025年12月底澳门流通货币的11倍 compares
# with December's currency (a base): the multiple is January's. 今(13)日 is a date.
D = doc('澳门特别行政区', {'2026年1月底': '2026-01', '2025年12月': '2025-12', '2026年1月': '2026-01'})
G['mo_gov_reserves_hans'] = [
    D('2,418亿澳门元', 2.418e11, '澳门元', 'money', '外汇储备资产总额', '2026年1月底'),
    D('300.8亿美元', 3.008e10, '美元', 'money', '外汇储备资产总额', '2026年1月底'),
    D('2,456亿澳门元', 2.456e11, '澳门元', 'money', '经修订总额', '2025年12月'),
    D('306.4亿美元', 3.064e10, '美元', 'money', '经修订总额', '2025年12月'),
    D('1.5%', -1.5, '%', 'growth', '外汇储备资产总额', '2026年1月底'),
    # a multiple with no trend word is a quantity (docs/figures.md)
    D('11倍', 11, '倍', 'quantity', '外汇资产总额', '2026年1月底'),
    D('89.8%', 89.8, '%', 'percent', '外汇资产总额', '2026年1月底'),
    D('100.5', 100.5, '', 'quantity', '贸易加权澳汇指数', '2026年1月', amb=INDEX),
    D('0.65点', -0.65, '点', 'growth', '贸易加权澳汇指数', '2026年1月', amb=POINTS),
    D('7.08点', -7.08, '点', 'growth', '贸易加权澳汇指数', '2026年1月', amb=POINTS),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government press release in the government's Simplified edition (政府统计处,
# September 2020 external trade, as a trade association copies it): amounts in Hong Kong
# dollars written 元. 继…录得2.3%的按年跌幅后 is August's own value (its period the month
# written). Sentences that open with 同时 and name no time have no period. In X与Y比较 the
# time before 与 governs (../heldout3).
D = doc('香港特别行政区', {'二零二零年九月份': '2020-09', '二零二零年八月份': '2020-08',
                       '二零二零年首九个月': '2020-01..09', '二零二零年第三季': '2020-Q3'})
SEP, AUG, NINE = '二零二零年九月份', '二零二零年八月份', '二零二零年首九个月'
G['hk_gov_trade2020_hans'] = [
    # 分别上升9.1%和3.4%: the written subject is kept for both members (../heldout2)
    D('9.1%', 9.1, '%', 'growth', '整体出口和进口货值', SEP, scope='按年'),
    D('3.4%', 3.4, '%', 'growth', '整体出口和进口货值', SEP, scope='按年'),
    D('2.3%', -2.3, '%', 'growth', '商品整体出口货值', AUG, scope='按年'),
    D('3,793亿元', 3.793e11, '元', 'money', '商品整体出口货值', SEP),
    D('9.1%', 9.1, '%', 'growth', '商品整体出口货值', SEP),
    D('5.7%', -5.7, '%', 'growth', '商品进口货值', AUG, scope='按年'),
    D('3,920亿元', 3.92e11, '元', 'money', '商品进口货值', SEP),
    D('3.4%', 3.4, '%', 'growth', '商品进口货值', SEP),
    D('127亿元', 1.27e10, '元', 'money', '有形贸易逆差', SEP),
    D('3.2%', 3.2, '%', 'percent', '有形贸易逆差', SEP),
    D('4.0%', -4.0, '%', 'growth', '商品整体出口货值', NINE),
    D('6.8%', -6.8, '%', 'growth', '商品进口货值'),
    D('2,329亿元', 2.329e11, '元', 'money', '有形贸易逆差', NINE),
    D('7.6%', 7.6, '%', 'percent', '有形贸易逆差', NINE),
    D('4.4%', 4.4, '%', 'growth', '商品整体出口货值', '二零二零年第三季'),
    D('3.6%', 3.6, '%', 'growth', '商品进口货值'),
]

# ------------------------------------------------------------------------------------------
# Taiwan government statistics (勞動部, then 勞委會, the 98 trend report on foreign workers
# at the end of 97年 = 2008; Traditional). 上年底 is a base; the nationality paragraph has no
# time expression until 一年來 (the year to the end of 97年: 2008). Counts of workers in
# Taiwan by nationality are Taiwan's. A count increased (增加924人) is a quantity; a share in
# brackets (占71.3%) is the share of the group just named.
D = doc('台湾省', {'97年': '2008', '一年來': '2008', '97年底': '2008'})
G['tw_gov_mol_workers'] = [
    D('19萬6,633人', 196633, '人', 'quantity', '產業外勞人數', '97年'),
    D('924人', 924, '人', 'quantity', '產業外勞人數', '97年'),
    D('0.5%', 0.5, '%', 'growth', '產業外勞人數', '97年'),
    D('14萬141人', 140141, '人', 'quantity', '男性', '97年'),
    D('71.3%', 71.3, '%', 'percent', '男性', '97年'),
    D('5萬6,492人', 56492, '人', 'quantity', '女性', '97年'),
    D('28.7%', 28.7, '%', 'percent', '女性', '97年'),
    D('18萬5,624人', 185624, '人', 'quantity', '製造業', '97年'),
    D('94.4%', 94.4, '%', 'percent', '製造業', '97年'),
    D('6,144人', 6144, '人', 'quantity', '營造業', '97年'),
    D('3.1%', 3.1, '%', 'percent', '營造業', '97年'),
    D('4,865人', 4865, '人', 'quantity', '農業', '97年'),
    D('2.5%', 2.5, '%', 'percent', '農業', '97年'),
    D('7萬4,080人', 74080, '人', 'quantity', '泰國籍'),
    D('37.7%', 37.7, '%', 'percent', '泰國籍'),
    D('5萬7,742人', 57742, '人', 'quantity', '菲律賓籍'),
    D('居次', 2, '位', 'rank', '菲律賓籍', amb=RANK_WORD),
    D('29.4%', 29.4, '%', 'percent', '菲律賓籍'),
    D('4萬8,148人', 48148, '人', 'quantity', '越南籍'),
    D('第三', 3, '位', 'rank', '越南籍'),
    D('24.5%', 24.5, '%', 'percent', '越南籍'),
    D('1萬6,650人', 16650, '人', 'quantity', '印尼籍'),
    D('8.5%', 8.5, '%', 'percent', '印尼籍'),
    D('1萬3,519人', 13519, '人', 'quantity', '越南籍', '一年來'),
    D('39.0%', 39.0, '%', 'growth', '越南籍', '一年來'),
    D('2,779人', 2779, '人', 'quantity', '印尼籍', '一年來'),
    D('20.0%', 20.0, '%', 'growth', '印尼籍', '一年來'),
    D('1萬1,049人', -11049, '人', 'quantity', '泰國籍', '一年來', amb=DECREASE),
    D('-13.0%', -13.0, '%', 'growth', '泰國籍', '一年來'),
    D('4,312人', -4312, '人', 'quantity', '菲律賓籍', '一年來', amb=DECREASE),
    D('-6.9%', -6.9, '%', 'growth', '菲律賓籍', '一年來'),
    D('16萬8,427人', 168427, '人', 'quantity', '社福外勞人數', '97年底'),
    D('6,199人', 6199, '人', 'quantity', '社福外勞人數', '97年底'),
    D('3.8%', 3.8, '%', 'growth', '社福外勞人數', '97年底'),
    D('1,862人', 1862, '人', 'quantity', '男性', '97年底'),
    D('1.1%', 1.1, '%', 'percent', '男性', '97年底'),
    D('16萬6,565人', 166565, '人', 'quantity', '女性', '97年底'),
    D('98.9%', 98.9, '%', 'percent', '女性', '97年底'),
    D('16萬5,898人', 165898, '人', 'quantity', '看護工', '97年底'),
    D('98.5%', 98.5, '%', 'percent', '看護工', '97年底'),
    D('2,529人', 2529, '人', 'quantity', '家庭幫傭', '97年底'),
    D('1.5%', 1.5, '%', 'percent', '家庭幫傭', '97年底'),
]

# ------------------------------------------------------------------------------------------
# Taiwan financial news (鉅亨網) on the central bank's October reserves; Traditional, the
# page's spaces kept. Neither the text nor the page gives the year: no key. (1) (2) (3) are
# list numbering. A currency's move is about no region the text names (the New Taiwan
# dollar's is Taiwan's); foreign holdings and outflows are Taiwan's; each country's reserves
# are that country's (中國 in a Taiwan text: the mainland, no region, as ../heldout3's
# mainland imports). The last sentence: 至 9 月底 is the nearest time expression for China,
# Japan, Switzerland and Hong Kong; 10 月 for South Korea and India.
D = doc('台湾省', {})
FOREIGN = '外資持有國內股票及債券'
G['tw_news_cnyes_reserves'] = [
    D('6000億美元', 6e11, '美元', 'money', '外匯存底', approx='over'),
    D('6001.97 億美元', 6.00197e11, '美元', 'money', '外匯存底金額', '10 月底'),
    D('27.46 億美元', -2.746e9, '美元', 'money', '外匯存底金額', '10 月底', amb=DECREASE),
    D('2.08%', 2.08, '%', 'growth', '美元指數', '10 月', region=None),
    D('1.34%', -1.34, '%', 'growth', '歐元', '10 月', region=None),
    D('2.1%', -2.1, '%', 'growth', '英鎊', '10 月', region=None),
    D('0.59%', -0.59, '%', 'growth', '澳幣', '10 月', region=None),
    D('0.52%', -0.52, '%', 'growth', '加幣', '10 月', region=None),
    D('0.74%', -0.74, '%', 'growth', '新台幣', '10 月'),
    D('3.58%', -3.58, '%', 'growth', '日元', '10 月', region=None),
    D('0.28%', 0.28, '%', 'growth', '人民幣', '10 月', region=None),
    D('約 50 億美元', 5e9, '美元', 'money', '外資', '10 月', approx='about'),
    D('11537 億美元', 1.1537e12, '美元', 'money', FOREIGN, '10 月底'),
    D('1140 億美元', 1.14e11, '美元', 'money', FOREIGN, '10 月底'),
    # 約當外匯存底 192%: 約 stays out of the text (cut off by 當) but gives approx
    D('192%', 192, '%', 'percent', FOREIGN, '10 月底', approx='about'),
    D('20 個百分點', 20, 'pp', 'pp', FOREIGN, '10 月底'),
    D('3.3387 兆美元', 3.3387e12, '美元', 'money', '中國', '至 9 月底', region=None),
    D('165 億美元', 1.65e10, '美元', 'money', '中國', '至 9 月底', region=None),
    D('1.1483 兆美元', 1.1483e12, '美元', 'money', '日本', '至 9 月底', region='日本'),
    D('62 億美元', 6.2e9, '美元', 'money', '日本', '至 9 月底', region='日本'),
    D('9117 億美元', 9.117e11, '美元', 'money', '瑞士', '至 9 月底', region='瑞士'),
    D('189 億美元', 1.89e10, '美元', 'money', '瑞士', '至 9 月底', region='瑞士'),
    D('4037 億美元', 4.037e11, '美元', 'money', '香港', '至 9 月底', region='香港特别行政区'),
    D('47 億美元', -4.7e9, '美元', 'money', '香港', '至 9 月底', region='香港特别行政区',
      amb=DECREASE),
    D('4039 億美元', 4.039e11, '美元', 'money', '南韓', '10 月', region='韩国'),
    D('69 億美元', 6.9e9, '美元', 'money', '南韓', '10 月', region='韩国'),
    D('5665 億美元', 5.665e11, '美元', 'money', '印度', '10 月', region='印度'),
    D('153 億美元', -1.53e10, '美元', 'money', '印度', '10 月', region='印度', amb=DECREASE),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (工商時報 via a portal) on the Ministry of Finance's treasury release, 114年度
# 第1季 = 2025-Q1; Traditional. 第一季 opens its sentence and governs its semicolon clauses;
# 與113年度同期比較 and 較113年度同期 are bases. 112Q1, 110Q1, 113Q1 are quarters: the compared
# time's own value has that time as its period. 5年來, 110年以第一季最低 and 次低 are the
# range and place of a record, not periods or figures (../heldout4).
D = doc('台湾省', {'第一季': '2025-Q1', '113年': '2024', '今年第一季': '2025-Q1',
                 '112Q1': '2023-Q1', '110Q1': '2021-Q1', '113Q1': '2024-Q1'})
TAXES3 = '證券交易稅、貨物稅及營利事業所得稅'
G['tw_news_treasury'] = [
    D('4,771億元', 4.771e11, '元', 'money', '累計實收數', '第一季', amb=NTD),
    D('15.1%', 15.1, '%', 'percent', '預算達成率', '第一季'),
    D('95.5%', 95.5, '%', 'percent', '執行率', '第一季'),
    D('96億元', -9.6e9, '元', 'money', '實收金額', '第一季', amb=DECREASE),
    D('114億元', 1.14e10, '元', 'money', '國安基金', '113年'),
    D('15.1%', 15.1, '%', 'percent', '預算達成率', '今年第一季'),
    D('15.9%', 15.9, '%', 'percent', '預算達成率', '112Q1'),
    D('19.38%', 19.38, '%', 'percent', '預算達成率', '110Q1'),
    D('95.5%', 95.5, '%', 'percent', '執行率', '今年第一季'),
    D('116.5%', 116.5, '%', 'percent', '執行率', '113Q1'),
    D('3,865億元', 3.865e11, '元', 'money', '稅課收入累計實收數', '今年第一季'),
    D('13.9%', 13.9, '%', 'percent', '預算達成率', '今年第一季'),
    D('97.8%', 97.8, '%', 'percent', '執行率', '今年第一季'),
    D('39億元', 3.9e9, '元', 'money', '稅課收入累計實收數', '今年第一季'),
    D('126億元', 1.26e10, '元', 'money', '綜合所得稅及關稅', '今年第一季'),
    D('8億元', 8e8, '元', 'money', '綜合所得稅及關稅', '今年第一季'),
    D('52億元', -5.2e9, '元', 'money', TAXES3, '今年第一季', amb=DECREASE),
    D('30億元', -3e9, '元', 'money', TAXES3, '今年第一季', amb=DECREASE),
    D('13億元', -1.3e9, '元', 'money', TAXES3, '今年第一季', amb=DECREASE),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government press release (香港金融管理局, 2021-03-31) as a Taiwan trade site
# quotes it; Traditional. 其中 takes the period of the sentence before; 與去(2020)年同期比較,
# 較1月 are bases; 由1月底83.9% is January's own value. M1, M2, M3 are names.
D = doc('香港特别行政区', {'本(2021)年2月': '2021-02', '2月底': '2021-02', '2月': '2021-02',
                       '1月': '2021-01', '本年2月': '2021-02', '1月底': '2021-01',
                       '2月份': '2021-02'})
FEB1 = '本(2021)年2月'
G['hk_gov_hkma2021'] = [
    D('7%', -7, '%', 'growth', '認可機構存款總額', FEB1, scope='按月'),
    D('11.8%', -11.8, '%', 'growth', '港元存款及外幣存款', FEB1),
    D('1.3%', -1.3, '%', 'growth', '港元存款及外幣存款', FEB1),
    D('4.6%', -4.6, '%', 'growth', '香港人民幣存款'),
    D('7,610億元人民幣', 7.61e11, '元', 'money', '香港人民幣存款', '2月底', amb=RMB),
    D('4,411億元人民幣', 4.411e11, '元', 'money', '跨境貿易結算的人民幣匯款總額', '2月',
      amb=RMB),
    D('5,813億元人民幣', 5.813e11, '元', 'money', '跨境貿易結算的人民幣匯款總額', '1月',
      amb=RMB),
    D('7.7%', -7.7, '%', 'growth', '貸款與墊款總額', '本年2月'),
    D('10.7%', -10.7, '%', 'growth', '在港使用的貸款', '本年2月'),
    D('0.6%', 0.6, '%', 'growth', '香港境外使用的貸款', '本年2月'),
    D('83.9%', 83.9, '%', 'percent', '港元貸存比率', '1月底'),
    D('82.8%', 82.8, '%', 'percent', '港元貸存比率', '2月底'),
    D('10.9%', -10.9, '%', 'growth', '港元貨幣供應量M2及M3', '本年2月'),
    D('10.4%', 10.4, '%', 'growth', '港元貨幣供應量M2及M3', '本年2月'),
    D('10.3%', 10.3, '%', 'growth', '港元貨幣供應量M2及M3', '本年2月'),
    D('0.2%', 0.2, '%', 'growth', '港元貨幣供應量M1', '本年2月'),
    D('29.6%', 29.6, '%', 'growth', '港元貨幣供應量M1', '本年2月'),
    D('6.5%', -6.5, '%', 'growth', '貨幣供應量總額M2及M3', '2月份'),
    D('7.6%', 7.6, '%', 'growth', '貨幣供應量總額M2及M3', '2月份'),
]

# ------------------------------------------------------------------------------------------
# Macau news (中新社 via a Macau paper's site, 2013-06-11) on the Finance Services Bureau's
# accounts; Traditional, numbers in Chinese numerals with ‧ as the decimal point and a
# letter O for zero (五百O七), as the page gives them. Amounts are patacas written 元
# ((澳門元,下同)). 期內 points back to 今年一至五月. After a bare rate noun (增幅) the subject is
# what it is the rate of (../heldout3).
D = doc('澳门特别行政区', {'今年一至五月': '2013-01..05', '期內': '2013-01..05'})
JM = '今年一至五月'
G['mo_news_fiscal2013'] = [
    D('四百七十六‧六億元', 4.766e10, '元', 'money', '公共財政盈餘', JM),
    D('三十五‧五%', 35.5, '%', 'growth', '公共財政盈餘', JM),
    D('六百一十一‧三億元', 6.113e10, '元', 'money', '公共財政收入', JM),
    D('二十‧七%', 20.7, '%', 'growth', '公共財政收入', JM, scope='按年'),
    D('近五百O七億元', 5.07e10, '元', 'money', '博彩稅收', JM, approx='under'),
    D('一成半', 15, '%', 'growth', '博彩稅收', JM),
    D('十五‧四億元', 1.54e9, '元', 'money', '財產收益', JM),
    D('一‧二倍', 1.2, '倍', 'growth', '財產收益', JM),
    D('一百三十四‧六億元', 1.346e10, '元', 'money', '公共財政開支', '期內'),
    D('十三%', -13, '%', 'growth', '公共財政開支', '期內', scope='按年'),
    D('不足二成', 20, '%', 'percent', '累計開支', '期內', approx='under'),
]


if __name__ == '__main__':
    write_context_gold(HERE, G)
