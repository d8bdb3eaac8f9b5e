#!/usr/bin/env python3
"""Hand annotations of the fourth blind held-out set (text/), written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run on them; see README.md). Each figure carries
the spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written), period (the
governing time expression, as written), period_key (spec form: 2025, 2025-H1, 2025-Q3,
2025-01..09, 2025-09), status (actual, target, forecast, plan) and region (the region the
figure is about, as its full Simplified name; None for the country or a region the text
does not name). The conventions are those of ../heldout/README.md, ../heldout2/README.md
and ../heldout3/README.md; what this set adds is in README.md. This script only turns each
record's text into byte offsets (../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
RATIO3 = ("a structure ratio of three parts (a:b:c): the spec reads a:b only")
NAT_INCREASE = ("自然增长率2.65‰: a rate of natural increase in per mille; the spec settles "
                "neither whether such a rate is growth or percent nor ‰")
VOLTAGE = ("500千伏输变电工程: a voltage class inside a project's name; a number inside a "
           "proper name (no figure) or a physical quantity")
PLACES_IN_SCOPE = ("在我省三大中心城市中…排第一: the count of the province's three central "
                   "cities is the field a rank is taken in, written apart from the rank; the "
                   "spec makes a rank's scope no figure of its own but does not say how far "
                   "the scope reaches, and the count of unnamed places is unquoted")
INDEX_LEVEL = ("an index level with no unit in brackets (綜合消費物價指數(104.10)); the "
               "spec's kinds do not say which kind a unitless index takes")
LIST_COUNT = ("三個系列的消費物價指數: an unquoted count of the series the text goes on to "
              "name; the spec counts a quoted count that announces a list and not a count "
              "that restates what was named")
TOP_MARKET = ("第一大市場: the largest market, an ordinal with 大 and no rank word (位/名) "
              "or scope; the spec does not settle it")
RECORD_RANK = ("歷年單月第二高: the second highest month on record, a rank without a rank "
               "word after a scope; the spec does not settle it")
COUNT_FALL = ("較上月減少2千人: an amount by which a count fell; the spec gives a direction "
              "to differences in percentage points and to growth rates, not to the amount of "
              "change of a count (+2000 or -2000)")


G = {}

# ------------------------------------------------------------------------------------------
# a county's statistics communiqué for 2019 (洪洞县, Simplified): the title gives the year.
# 其中 takes the period of the sentence before; 由2018年的… is a comparison base (the
# compared value itself has 2018 as its period); 按2018年平均汇率 dates the exchange rate,
# not the figure. The last paragraph has no time expression: no period (spec).
D = doc('洪洞县', {'全年': '2019', '年末': '2019', '2018年': '2018'})
G['cn_stats_hongtong'] = [
    D('1514976万元', 1.514976e10, '元', 'money', '地区生产总值', '全年'),
    D('2.7%', 2.7, '%', 'growth', '地区生产总值', '全年'),
    D('99455.3万元', 9.94553e8, '元', 'money', '第一产业增加值', '全年'),
    D('3.2%', 3.2, '%', 'growth', '第一产业增加值', '全年'),
    D('6.6%', 6.6, '%', 'percent', '第一产业增加值', '全年'),
    D('693684万元', 6.93684e9, '元', 'money', '第二产业增加值', '全年'),
    D('3.3%', -3.3, '%', 'growth', '第二产业增加值', '全年'),
    D('45.8%', 45.8, '%', 'percent', '第二产业增加值', '全年'),
    D('721837万元', 7.21837e9, '元', 'money', '第三产业增加值', '全年'),
    D('8.2%', 8.2, '%', 'growth', '第三产业增加值', '全年'),
    D('47.6%', 47.6, '%', 'percent', '第三产业增加值', '全年'),
    D('5.7:49.3:45.0', 49.3 / 5.7, ':', 'ratio', '三次产业占比', '2018年', amb=RATIO3),
    D('6.6:45.8:47.6', 45.8 / 6.6, ':', 'ratio', '三次产业占比', amb=RATIO3),
    D('2.6个百分点', 2.6, 'pp', 'pp', '第三产业占比'),
    D('19763元', 19763, '元', 'money', '人均地区生产总值'),
    D('2865美元', 2865, '美元', 'money', '人均地区生产总值'),
    # 据2019年人口抽样调查 dates the survey; 年末 is the nearest time expression
    D('766579', 766579, '', 'quantity', '常住人口', '年末'),
    D('2028人', 2028, '人', 'quantity', '常住人口', '年末'),
    D('6556人', 6556, '人', 'quantity', '出生人口', '全年'),
    D('8.56‰', 0.856, '%', 'percent', '人口出生率', '全年'),
    D('4528人', 4528, '人', 'quantity', '死亡人口', '全年'),
    D('5.91‰', 0.591, '%', 'percent', '死亡率', '全年'),
    D('2.65‰', 0.265, '%', 'percent', '自然增长率', '全年', amb=NAT_INCREASE),
    D('5394人', 5394, '人', 'quantity', '城镇新增就业', '全年'),
    D('6204人', 6204, '人', 'quantity', '转移农村劳动力', '全年'),
    D('0.57%', 0.57, '%', 'percent', '城镇登记失业率', '年末'),
    D('2.7%', 2.7, '%', 'growth', '居民消费价格'),
    D('1.5%', 1.5, '%', 'growth', '商品零售价格总指数'),
    D('10.8%', 10.8, '%', 'growth', '农业生产资料价格'),
]

# ------------------------------------------------------------------------------------------
# a city customs' figures as the provincial paper gave them (泉州海关, 福建日报, 2022-03-11,
# Simplified; the date line is taken from the page's address). Trade with a partner is
# the city's figure. 七大类 restates the goods just named: no figure.
D = doc('泉州市', {'前两月': '2022-01..02'})
G['cn_customs_quanzhou'] = [
    D('447.6亿元', 4.476e10, '元', 'money', '外贸进出口总值', '前两月'),
    D('20.0%', 20.0, '%', 'growth', '外贸进出口总值', '前两月', scope='同比'),
    D('344.1亿元', 3.441e10, '元', 'money', '出口', '前两月'),
    D('15.1%', 15.1, '%', 'growth', '出口', '前两月', scope='同比'),
    D('103.5亿元', 1.035e10, '元', 'money', '进口', '前两月'),
    D('40.1%', 40.1, '%', 'growth', '进口', '前两月', scope='同比'),
    # a list sharing one unit; no time expression in the sentence
    D('6.7', 6.7, 'pp', 'pp', '进出口增速'),
    D('4.7个百分点', 4.7, 'pp', 'pp', '进出口增速'),
    D('三大', 3, '', 'quantity', '中心城市', at='三大中心城市', amb=PLACES_IN_SCOPE),
    D('第一', 1, '位', 'rank', '进出口增速、进口增速', scope='我省三大中心城市'),
    # 其中 takes the period of the sentence before, which has none
    D('近七成', 70, '%', 'percent', '民营企业', approx='under'),
    D('322.3亿元', 3.223e10, '元', 'money', '一般贸易方式进出口', '前两月'),
    D('22.5%', 22.5, '%', 'growth', '一般贸易方式进出口', '前两月', scope='同比'),
    D('72.0%', 72.0, '%', 'percent', '一般贸易方式进出口', '前两月'),
    D('100.6亿元', 1.006e10, '元', 'money', '市场采购贸易值', '前两月'),
    D('54.8%', 54.8, '%', 'growth', '市场采购贸易值', '前两月', scope='同比'),
    D('22.5%', 22.5, '%', 'percent', '市场采购贸易值', '前两月'),
    D('311.6亿元', 3.116e10, '元', 'money', '民营企业进出口', '前两月'),
    D('15.6%', 15.6, '%', 'growth', '民营企业进出口', '前两月', scope='同比'),
    D('69.6%', 69.6, '%', 'percent', '民营企业进出口', '前两月'),
    D('124.3亿元', 1.243e10, '元', 'money', '外资企业进出口', '前两月'),
    D('32.6%', 32.6, '%', 'growth', '外资企业进出口', '前两月', scope='同比'),
    D('27.8%', 27.8, '%', 'percent', '外资企业进出口', '前两月'),
    D('119.2亿元', 1.192e10, '元', 'money', '对东盟国家进出口', '前两月'),
    D('35.8%', 35.8, '%', 'growth', '对东盟国家进出口', '前两月', scope='同比'),
    D('66.1亿元', 6.61e9, '元', 'money', '对沙特进出口', '前两月'),
    D('34.3%', 34.3, '%', 'growth', '对沙特进出口', '前两月', scope='同比'),
    D('62.2亿元', 6.22e9, '元', 'money', '对美国进出口', '前两月'),
    D('30.0%', 30.0, '%', 'growth', '对美国进出口', '前两月', scope='同比'),
    D('188.3亿元', 1.883e10, '元', 'money', '出口劳动密集型产品', '前两月'),
    D('9.7%', 9.7, '%', 'growth', '出口劳动密集型产品', '前两月', scope='同比'),
    D('54.7%', 54.7, '%', 'percent', '出口劳动密集型产品', '前两月'),
    D('68.6亿元', 6.86e9, '元', 'money', '出口机电产品', '前两月'),
    D('22.3%', 22.3, '%', 'growth', '出口机电产品', '前两月', scope='同比'),
    # A、B分别增长x%、y%: the subjects A and B
    D('51.8%', 51.8, '%', 'growth', '进口原油', '前两月', scope='同比'),
    D('84.3%', 84.3, '%', 'growth', '农产品', '前两月', scope='同比'),
]

# ------------------------------------------------------------------------------------------
# the State Council Information Office's press conference (2024-03-26) as the press gave
# it (Simplified; the date line is taken from the page's address): a vice-minister of
# Commerce and the heads of other departments; the country's figures. The sentence of
# 8.1万亿元 has no time expression (no period, spec). 春节期间 is the holiday (a period
# with no key form); 比2019年 and 比去年四季度 are bases. 20年前, 两个月, 一年 and 连续3个月
# are time expressions, not figures.
D = doc(None, {'前两个月': '2024-01..02', '今年1月份至2月份': '2024-01..02'})
G['cn_presser_scio'] = [
    D('8.1万亿元', 8.1e12, '元', 'money', '社会消费品零售总额'),
    D('5.5%', 5.5, '%', 'growth', '社会消费品零售总额', scope='同比'),
    D('7.7%', 7.7, '%', 'growth', '国内游客出游总花费', '春节期间'),
    D('6.6万亿元', 6.6e12, '元', 'money', '货物进出口', '前两个月'),
    D('8.7%', 8.7, '%', 'growth', '货物进出口', '前两个月'),
    D('约7个百分点', 7, 'pp', 'pp', '增速', '前两个月', approx='about'),
    D('7.5%', 7.5, '%', 'growth', '规模以上高技术制造业增加值', '今年1月份至2月份',
      scope='同比'),
]

# ------------------------------------------------------------------------------------------
# an interview of the head of the National Bureau of Statistics (马建堂 to Xinhua,
# 2013-07-16, as a city news site gave it; Simplified; the date line is taken from the
# page's address, the photo caption is left out). The country's figures; the United
# States' and Japan's growth are those countries' (named in the clause). 估计 looks at a
# quarter not yet published: forecast.
D = doc(None, {'上半年': '2013-H1', '一季度': '2013-Q1', '二季度': '2013-Q2',
               '今年二季度': '2013-Q2'})
G['cn_interview_nbs_ma'] = [
    D('248009亿元', 2.48009e13, '元', 'money', '国内生产总值', '上半年'),
    D('7.6%', 7.6, '%', 'growth', '国内生产总值', '上半年', scope='同比'),
    D('7.7%', 7.7, '%', 'growth', '国内生产总值', '一季度'),
    D('7.5%', 7.5, '%', 'growth', '国内生产总值', '二季度'),
    D('1.9%', 1.9, '%', 'growth', '美国', '今年二季度', scope='同比', region='美国'),
    D('1.1%左右', 1.1, '%', 'growth', '速度', '二季度', approx='about', status='forecast',
      region='日本'),
    D('7.6%', 7.6, '%', 'growth', '速度'),
]

# ------------------------------------------------------------------------------------------
# city news on the economy (长沙晚报, 2015-04-28, the city statistics bureau's first-quarter
# figures; Simplified; the date line is taken from the page's address). Section headings
# are sentences of their own. 较1-2月 is a base; 3月单月 governs its own figure.
D = doc('长沙市', {'一季度': '2015-Q1', '3月': '2015-03', '1-2月': '2015-01..02'})
G['cn_news_changsha'] = [
    D('1734.99亿元', 1.73499e11, '元', 'money', '地区生产总值', '一季度'),
    D('9.0%', 9.0, '%', 'growth', '地区生产总值', '一季度', scope='同比'),
    D('3.1%', 3.1, '%', 'growth', '第一产业', '一季度'),
    D('9.2%', 9.2, '%', 'growth', '第二产业', '一季度'),
    D('9.1%', 9.1, '%', 'growth', '第三产业', '一季度'),
    D('29个', 29, '个', 'quantity', '行业'),
    D('703.13亿元', 7.0313e10, '元', 'money', '规模工业增加值', '一季度'),
    D('9.2%', 9.2, '%', 'growth', '规模工业增加值', '一季度', scope='同比'),
    D('37个', 37, '个', 'quantity', '行业大类', '一季度'),
    D('29个', 29, '个', 'quantity', '行业', '一季度'),
    D('14个', 14, '个', 'quantity', '行业', '一季度'),
    D('超过15.0%', 15.0, '%', 'growth', '行业增速', '一季度', approx='over'),
    D('20%以上', 20, '%', 'growth', '行业骨干企业增速', approx='over'),
    D('23.4%', 23.4, '%', 'growth', '高技术产业增加值', '一季度', scope='同比'),
    D('927.45亿元', 9.2745e10, '元', 'money', '固定资产投资', '一季度'),
    D('10.1%', 10.1, '%', 'growth', '固定资产投资', '一季度', scope='同比'),
    D('5.9个百分点', 5.9, 'pp', 'pp', '固定资产投资', '一季度'),
    D('500千伏', 500, '千伏', 'quantity', '输变电工程', amb=VOLTAGE),
    # 过 (exceeds) is a verb before the threshold, as 突破 is: approx over
    D('20亿元', 2e9, '元', 'money', '投资', approx='over'),
    D('180.43亿元', 1.8043e10, '元', 'money', '基础设施投资', '一季度'),
    D('50.3%', 50.3, '%', 'growth', '基础设施投资', '一季度', scope='同比'),
    D('229.87亿元', 2.2987e10, '元', 'money', '房地产开发投资', '一季度'),
    D('1.5%', 1.5, '%', 'growth', '房地产开发投资', '一季度', scope='同比'),
    D('28.0%', 28.0, '%', 'growth', '房地产开发投资', '3月'),
    D('831.68亿元', 8.3168e10, '元', 'money', '社会消费品零售总额', '一季度'),
    D('12.4%', 12.4, '%', 'growth', '社会消费品零售总额', '一季度', scope='同比'),
    D('13.6%', 13.6, '%', 'growth', '限额以上零售总额', '1-2月', scope='同比'),
    D('前5位', 5, '位', 'rank', '限额以上零售总额', '1-2月', approx='under', scope='省会城市'),
]

# ------------------------------------------------------------------------------------------
# Taiwan government release (行政院主計總處, 113年1月 labour force survey, Traditional):
# 民國 113年 is 2024. 4週失業率 is a measure's name (4週 no figure); (12) is a month;
# 較上月 is a base. Changes in counts are quantities.
D = doc('台湾省', {'113年1月': '2024-01', '1月': '2024-01'})
G['tw_gov_dgbas_labor'] = [
    D('1,158.7萬人', 1.1587e7, '人', 'quantity', '就業人數', '113年1月'),
    D('39.7萬人', 3.97e5, '人', 'quantity', '失業人數', '113年1月'),
    D('3.31%', 3.31, '%', 'percent', '失業率', '113年1月'),
    D('3.39%', 3.39, '%', 'percent', '季調失業率', '113年1月'),
    D('59.25%', 59.25, '%', 'percent', '勞動力參與率', '113年1月'),
    D('3.35%', 3.35, '%', 'percent', '4週失業率', '113年1月'),
    D('1,158萬7千人', 1.1587e7, '人', 'quantity', '就業人數', '1月'),
    D('4千人', 4000, '人', 'quantity', '就業人數', '1月'),
    D('0.03%', 0.03, '%', 'growth', '就業人數', '1月'),
    D('39萬7千人', 3.97e5, '人', 'quantity', '失業人數', '1月'),
    D('2千人', -2000, '人', 'quantity', '失業人數', '1月', amb=COUNT_FALL),
    D('0.49%', -0.49, '%', 'growth', '失業人數', '1月'),
    D('824萬3千人', 8.243e6, '人', 'quantity', '非勞動力人數', '1月'),
    D('6千人', 6000, '人', 'quantity', '非勞動力人數', '1月'),
    D('0.07%', 0.07, '%', 'growth', '非勞動力人數', '1月'),
    D('59.25%', 59.25, '%', 'percent', '勞動力參與率', '1月'),
    D('0.01個百分點', -0.01, 'pp', 'pp', '勞動力參與率', '1月'),
    D('3.31%', 3.31, '%', 'percent', '失業率', '1月'),
    D('0.02個百分點', -0.02, 'pp', 'pp', '失業率', '1月'),
    D('3.39%', 3.39, '%', 'percent', '經季節調整後失業率', '1月'),
    D('3.35%', 3.35, '%', 'percent', '4週失業率', '1月'),
    D('0.03個百分點', -0.03, 'pp', 'pp', '4週失業率', '1月'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (中央社 via a portal, dated 1141107 = 2025-11-07, Traditional) on October's
# exports by market: Taiwan's exports to each market are Taiwan's. A record's span
# (為1990年8月以來單月最高, 近25年以來, 近24年來同期) is the range of the record, not
# the figure's period (as a base, it does not govern). 連續24個月, 近15年半 are durations.
D = doc('台湾省', {'10月': '2025-10', '前10月': '2025-01..10'})
G['tw_news_cna_exports'] = [
    D('211.4億美元', 2.114e10, '美元', 'money', '出口金額', '10月'),
    D('1.4倍', 1.4, '倍', 'growth', '出口金額', '10月', scope='年增'),
    D('34.2%', 34.2, '%', 'percent', '美國', '10月'),
    D('11個百分點', 11, 'pp', 'pp', '美國占總出口比重', '10月'),
    D('第一大', 1, '位', 'rank', '市場', '10月', amb=TOP_MARKET),
    D('618億美元', 6.18e10, '美元', 'money', '出口', '10月'),
    D('49.7%', 49.7, '%', 'growth', '出口', '10月', scope='年增'),
    D('225.8億美元', 2.258e10, '美元', 'money', '出超', '10月'),
    D('1218.2億美元', 1.2182e11, '美元', 'money', '出超', '前10月'),
    D('211.4億美元', 2.114e10, '美元', 'money', '對美出口值', '10月'),
    D('1.4倍', 1.4, '倍', 'growth', '對美出口值', '10月', scope='年增'),
    D('34.2%', 34.2, '%', 'percent', '美國', '10月'),
    D('23.2%', 23.2, '%', 'percent', '陸港', '10月'),
    D('11個百分點', 11, 'pp', 'pp', '美國占總出口比重', '10月'),
    D('107.4億美元', 1.074e10, '美元', 'money', '對東協出口', '10月'),
    D('40.7億美元', 4.07e9, '美元', 'money', '對歐洲出口', '10月'),
    D('第二高', 2, '位', 'rank', '對東協出口', '10月', scope='歷年單月', amb=RECORD_RANK),
    D('24.5億美元', 2.45e9, '美元', 'money', '對日本出口', '10月'),
    D('19.8%', 19.8, '%', 'growth', '對日本出口', '10月', scope='年增'),
    D('143.2億美元', 1.432e10, '美元', 'money', '對陸港出口', '10月'),
    D('3.2%', 3.2, '%', 'growth', '對陸港出口', '10月', scope='年增'),
    D('23.2%', 23.2, '%', 'percent', '對陸港出口', '10月'),
    D('27%', 27, '%', 'percent', '對陸港出口', '前10月'),
    D('29.5%', 29.5, '%', 'percent', '對美出口', '前10月'),
    D('第一大', 1, '位', 'rank', '市場', '前10月', amb=TOP_MARKET),
]

# ------------------------------------------------------------------------------------------
# Macau government release (統計暨普查局 via gov.mo, January 2023 consumer prices,
# Traditional). Sentences with no time expression have no period (spec); 與2022年12月比較
# is a base. The twelve months to January key as the months they cover, across the year.
# 兩個大類 restates the two groups just named: no figure.
D = doc('澳门特别行政区', {'2023年1月': '2023-01', '1月': '2023-01',
                       '至今年1月為止的十二個月': '2022-02..2023-01'})
TWELVE = '至今年1月為止的十二個月'
G['mo_gov_cpi2023'] = [
    D('104.10', 104.10, '', 'quantity', '綜合消費物價指數', '2023年1月', amb=INDEX_LEVEL),
    D('0.77%', 0.77, '%', 'growth', '綜合消費物價指數', '2023年1月', scope='按年'),
    D('10.07%', 10.07, '%', 'growth', '教育', scope='按年'),
    D('7.45%', 7.45, '%', 'growth', '家居設備及服務', scope='按年'),
    D('9.14%', -9.14, '%', 'growth', '通訊大類'),
    D('103.67', 103.67, '', 'quantity', '甲類消費物價指數', amb=INDEX_LEVEL),
    D('104.68', 104.68, '', 'quantity', '乙類消費物價指數', amb=INDEX_LEVEL),
    D('0.49%', 0.49, '%', 'growth', '甲類消費物價指數'),
    D('1.13%', 1.13, '%', 'growth', '乙類消費物價指數'),
    D('0.24%', 0.24, '%', 'growth', '綜合消費物價指數', '1月'),
    D('0.84%', 0.84, '%', 'growth', '食物及非酒精飲品的價格指數'),
    D('0.71%', 0.71, '%', 'growth', '康樂及文化的價格指數'),
    D('1.06%', -1.06, '%', 'growth', '通訊'),
    D('0.45%', -0.45, '%', 'growth', '家居設備及服務'),
    D('0.14%', -0.14, '%', 'growth', '住屋及燃料'),
    D('0.22%', 0.22, '%', 'growth', '甲類消費物價指數', scope='按月'),
    D('0.26%', 0.26, '%', 'growth', '乙類消費物價指數', scope='按月'),
    D('1.02%', 1.02, '%', 'growth', '綜合消費物價平均指數', TWELVE),
    # a rate in brackets after a group counts that group
    D('+11.08%', 11.08, '%', 'growth', '家居設備及服務', TWELVE),
    D('+5.73%', 5.73, '%', 'growth', '交通', TWELVE),
    D('0.70%', 0.70, '%', 'growth', '甲類消費物價平均指數'),
    D('1.46%', 1.46, '%', 'growth', '乙類消費物價平均指數'),
    D('三個', 3, '个', 'quantity', '系列', amb=LIST_COUNT),
    D('約50%', 50, '%', 'percent', '住戶', approx='about'),
    D('30%', 30, '%', 'percent', '住戶', approx='about'),
    D('12,000至35,999澳門元', 12000, '澳门元', 'money', '每月平均開支', vmax=35999),
    D('36,000至62,999澳門元', 36000, '澳门元', 'money', '每月平均開支', vmax=62999),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government press release (政府統計處 via info.gov.hk, 2015-07-31, Traditional):
# the amounts are Hong Kong dollars written 元. 較…同月, 與…同期比較, 與二零一四年六月比較
# and 與第一季比較 are bases; a provisional or revised estimate is an outcome.
D = doc('香港特别行政区', {'二零一五年六月': '2015-06', '二零一五年五月': '2015-05',
                       '二零一五年上半年': '2015-H1', '二零一五年第二季': '2015-Q2'})
JUN, MAY, H1 = '二零一五年六月', '二零一五年五月', '二零一五年上半年'
G['hk_gov_retail2015'] = [
    D('370億元', 3.7e10, '元', 'money', '零售業總銷貨價值', JUN),
    D('0.4%', -0.4, '%', 'growth', '零售業總銷貨價值', JUN),
    D('0.1%', -0.1, '%', 'growth', '零售業總銷貨價值', MAY),
    D('1.6%', -1.6, '%', 'growth', '零售業總銷貨價值', H1),
    D('4.4%', 4.4, '%', 'growth', '零售業總銷貨數量', JUN),
    D('4.7%', 4.7, '%', 'growth', '零售業總銷貨數量', MAY),
    D('1.7%', 1.7, '%', 'growth', '零售業總銷貨數量', H1),
    D('10.4%', -10.4, '%', 'growth', '珠寶首飾、鐘錶及名貴禮物', JUN),
    D('0.5%', -0.5, '%', 'growth', '超級市場貨品', JUN),
    D('3.8%', -3.8, '%', 'growth', '服裝', JUN),
    D('3.3%', -3.3, '%', 'growth', '百貨公司貨品', JUN),
    D('4.2%', -4.2, '%', 'growth', '藥物及化妝品', JUN),
    D('2.3%', -2.3, '%', 'growth', '其他未分類消費品', JUN),
    D('5.6%', -5.6, '%', 'growth', '燃料', JUN),
    D('8.4%', -8.4, '%', 'growth', '鞋類、有關製品及其他衣物配件', JUN),
    D('3.7%', -3.7, '%', 'growth', '傢具及固定裝置', JUN),
    D('9.5%', -9.5, '%', 'growth', '書報、文具及禮品', JUN),
    D('4.2%', -4.2, '%', 'growth', '中藥', JUN),
    D('21.4%', 21.4, '%', 'growth', '電器及攝影器材', JUN),
    D('3.6%', 3.6, '%', 'growth', '食品、酒類飲品及煙草', JUN),
    D('6.2%', 6.2, '%', 'growth', '汽車及汽車零件', JUN),
    D('70.3%', 70.3, '%', 'growth', '雜項耐用消費品', JUN),
    D('0.4%', 0.4, '%', 'growth', '眼鏡店', JUN),
    D('4.4%', -4.4, '%', 'growth', '零售業總銷貨價值', '二零一五年第二季'),
    D('3.0%', -3.0, '%', 'growth', '零售業總銷貨數量', '二零一五年第二季'),
]

# ------------------------------------------------------------------------------------------
# a mainland customs' figures in a Traditional-character copy (大連海關, via a state
# broadcaster's big5 gateway, 2025-08-25; the date line is taken from the page's address).
# 同期 in 佔同期全市進出口總值 is the same seven months. The count inside the rank's scope
# (15個副省級城市) is part of the scope (spec).
D = doc('大连市', {'今年前7個月': '2025-01..07', '前7個月': '2025-01..07',
                 '同期': '2025-01..07'})
G['cn_customs_dalian'] = [
    D('2742.9億元', 2.7429e11, '元', 'money', '進出口', '今年前7個月'),
    D('7.7%', 7.7, '%', 'growth', '進出口', '今年前7個月', scope='同比'),
    D('4.2個百分點', 4.2, 'pp', 'pp', '增幅', '今年前7個月'),
    D('7.3個百分點', 7.3, 'pp', 'pp', '增幅', '今年前7個月'),
    D('1441.2億元', 1.4412e11, '元', 'money', '出口', '今年前7個月'),
    D('20.1%', 20.1, '%', 'growth', '出口', '今年前7個月'),
    D('1301.7億元', 1.3017e11, '元', 'money', '進口', '今年前7個月'),
    D('3.3%', -3.3, '%', 'growth', '進口', '今年前7個月'),
    D('第9位', 9, '位', 'rank', '進出口值', scope='15個副省級城市'),
    D('610億元', 6.1e10, '元', 'money', '保稅物流方式進出口', '前7個月'),
    D('45.7%', 45.7, '%', 'growth', '保稅物流方式進出口', '前7個月'),
    D('22.2%', 22.2, '%', 'percent', '保稅物流方式進出口', '同期'),
    D('7.5個百分點', 7.5, 'pp', 'pp', '外貿增長', '同期'),
    D('1446.5億元', 1.4465e11, '元', 'money', '一般貿易方式進出口', '同期'),
    D('2.2%', -2.2, '%', 'growth', '一般貿易方式進出口', '同期'),
    D('52.7%', 52.7, '%', 'percent', '一般貿易方式進出口', '同期'),
    D('660.6億元', 6.606e10, '元', 'money', '加工貿易方式進出口', '同期'),
    D('5.8%', 5.8, '%', 'growth', '加工貿易方式進出口', '同期'),
    D('24.1%', 24.1, '%', 'percent', '加工貿易方式進出口', '同期'),
    D('8477家', 8477, '家', 'quantity', '進出口實績企業', '前7個月'),
    D('6.7%', 6.7, '%', 'growth', '進出口實績企業', '前7個月'),
    D('1509.9億元', 1.5099e11, '元', 'money', '民營企業進出口', '前7個月'),
    D('2.7%', 2.7, '%', 'growth', '民營企業進出口', '前7個月'),
    D('55%', 55, '%', 'percent', '民營企業進出口', '前7個月'),
    D('299.1億元', 2.991e10, '元', 'money', '國有企業進出口', '前7個月'),
    D('19.5%', 19.5, '%', 'growth', '國有企業進出口', '前7個月'),
    D('10.9%', 10.9, '%', 'percent', '國有企業進出口', '前7個月'),
    D('930.9億元', 9.309e10, '元', 'money', '外資企業進出口', '前7個月'),
    D('13.1%', 13.1, '%', 'growth', '外資企業進出口', '前7個月'),
    D('33.9%', 33.9, '%', 'percent', '外資企業進出口', '前7個月'),
]

if __name__ == '__main__':
    write_context_gold(HERE, G)
