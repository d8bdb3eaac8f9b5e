#!/usr/bin/env python3
"""Hand annotations of the third blind held-out set (text/), written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run on them; see README.md). Each figure carries
the spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written), period (the
governing time expression, as written), period_key (spec form: 2025, 2025-H1, 2025-Q3,
2025-01..09, 2025-09), status (actual, target, forecast, plan) and region (the region the
figure is about, as its full Simplified name; None for the country, the world or a region
the text does not name). The conventions are those of ../heldout/README.md and
../heldout2/README.md; what this set adds is in README.md. This script only turns each
record's text into byte offsets (../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
SLOGAN_COUNT = ("办好两件大事、抓好“六个工程”: counts of a plan's parts that the text never "
                "names or lists (a slogan of the region's plan); the spec counts a quoted count "
                "that announces a list and not a slogan, and says nothing of an unquoted one")
NTH_TO = ("全区第四个突破2000亿元大关的地区: the fourth region to pass a mark, an ordinal "
          "that counts an event's order (like heldout2's 第3度); neither a rank in an ordering "
          "the spec names nor an ordinal that names a thing")
NAME_SPEC = ("500千伏输变电工程: the voltage class inside a project's name; a physical "
             "quantity, but the spec keeps numbers inside proper names out")
RESTATED = ("“…、…、…”五大工程: a count restating the five quoted items just named; the spec "
            "excludes counts restating tiers or places (县乡村三级), not other items")
PER_MILLE = ("人口自增率/人口自然增长率/自然增長率 in ‰ (控制在2.5‰以内, 6‰以内, 18.04‰): a "
             "rate of change written as a level, in per mille; the spec settles neither whether "
             "such a rate is growth or percent nor ‰ (as heldout2's 3‰以内)")
PER_MILLE_POINT = ("上升4.04個千分點: a difference in per-mille points, a unit the spec does "
                   "not name (it names 个百分点 only)")
RANK_MOVE = ("较去年同期前移9位/较一季度前移3位: a move of N places in a ranking; neither a "
             "position (rank) nor a count the spec names")
OVER_HUNDRED = ("单价过百亿元: a bare 百 after 过 (over ten billion), a threshold that borders "
                "the vague 上百 the spec excludes")
UNNAMED_COUNT = ("两大工业园区: an unquoted N大 count of places the text neither names nor "
                 "lists")
RATIO3 = ("a structure ratio of three parts (a:b:c): the spec reads a:b only")
QUINTILE = ("5等分位: the quintile in the name of a measure (每戶5等分位所得差距); a number "
            "inside a name or a count, the spec does not say")
MULTIPLE_DIFF = ("較110年增0.02倍: the gap's multiple rose by 0.02 (a difference of a "
                 "multiple); the spec reads 增长N倍 as growth of N times, which this is not")
LIST_COUNT = ("兩大失衡 in a title: an unquoted count of what the text goes on to name; the "
              "spec counts a quoted count that announces a list (as heldout2's 三大门类)")
NTD = ("超過新台幣1兆元: the currency written before the number and 元 after it; the spec "
       "does not say whether the unit is 新台币 or 元")
STREAK = ("連9紅: nine months in a row of growth, a headline's shorthand; a duration (not a "
          "figure) or a count (as heldout2's 連25紅)")
STAY = ("平均逗留1.1日 and the other 日 figures: an average length of stay, a measured "
        "quantity written as a duration; the spec calls durations time expressions")


G = {}

# ------------------------------------------------------------------------------------------
# a city government work report (赤峰市, the review of 2024, Simplified). The 预计 sentence
# has no time expression of its own (一年来 stands in the sentence before): no period, and
# 预计 makes its figures forecasts; the next sentence (一般公共预算收入) has no cue: actual.
# 全区 is the autonomous region, the field of the ranks; the figures are 赤峰市's.
D = doc('赤峰市', {'一年来': '2024'})
G['cn_workreport_chifeng'] = [
    D('两件', 2, '件', 'quantity', '大事', '一年来', amb=SLOGAN_COUNT),
    D('六个', 6, '个', 'quantity', '工程', '一年来', amb=SLOGAN_COUNT),
    D('4%左右', 4, '%', 'growth', '地区生产总值', approx='about', status='forecast'),
    D('10%左右', 10, '%', 'growth', '固定资产投资', approx='about', status='forecast'),
    D('2.5%左右', 2.5, '%', 'growth', '社会消费品零售总额', approx='about', status='forecast'),
    # 分别增长5%和7.5%左右: the written subject; 左右 after the last member qualifies both
    D('5%', 5, '%', 'growth', '城乡居民人均可支配收入', approx='about', status='forecast'),
    D('7.5%左右', 7.5, '%', 'growth', '城乡居民人均可支配收入', approx='about',
      status='forecast'),
    D('11.6%', 11.6, '%', 'growth', '一般公共预算收入'),
    D('第四个', 4, '位', 'rank', '工业经济总量', scope='全区', amb=NTH_TO),
    # 突破 is a verb and stays out of text; approx over (spec)
    D('2000亿元', 2e11, '元', 'money', '工业经济总量', approx='over'),
    D('30%', 30, '%', 'growth', '工业投资'),
    D('第一', 1, '位', 'rank', '招商引资签约项目数量', scope='全区'),
    # 提前一年 is a duration
    D('1000万千瓦', 1e7, '千瓦', 'quantity', '新能源装机规模', approx='over'),
    D('首位', 1, '位', 'rank', '外贸进出口总额增速、保税物流中心进出口额', scope='全区'),
    D('200万', 2e6, '', 'quantity', '玉龙机场旅客吞吐量', approx='over'),
    D('500千伏', 500, '千伏', 'quantity', '输变电工程', '“十四五”期间', amb=NAME_SPEC),
    D('5个', 5, '个', 'quantity', '园区'),
    D('第一', 1, '位', 'rank', '数量', scope='全区'),
]

# ------------------------------------------------------------------------------------------
# a county's work report as the city paper gave it (镇安县, 2015-04-27, Simplified): the
# editor's note, then the report's 主要目标 (targets). The target list has no time
# expression: no period (spec). A CPI target is growth (heldout2); 以内 after the last of
# 分别控制在4.2%、3%、2.5‰以内 qualifies every member, as 左右 does in 分别增长10.6%和12.3%左右.
D = doc('镇安县', {}, status='target')
G['cn_workreport_zhenan'] = [
    D('五大', 5, '', 'quantity', '工程', '今年', amb=RESTATED, status='plan', key='2015'),
    D('11.5%左右', 11.5, '%', 'growth', '生产总值', approx='about'),
    D('23%左右', 23, '%', 'growth', '全社会固定资产投资', approx='about'),
    D('13%左右', 13, '%', 'growth', '社会消费品零售总额', approx='about'),
    D('10.6%', 10.6, '%', 'growth', '财政总收入', approx='about'),
    D('12.3%左右', 12.3, '%', 'growth', '地方财政收入', approx='about'),
    D('11%', 11, '%', 'growth', '城乡居民收入', approx='about'),
    D('13%左右', 13, '%', 'growth', '城乡居民收入', approx='about'),
    D('16.5%左右', 16.5, '%', 'growth', '规模以上工业增加值', approx='about'),
    # a share reached: the part is the subject
    D('53%', 53, '%', 'percent', '非公经济'),
    D('2个百分点左右', 2, 'pp', 'pp', '城镇化率', approx='about'),
    D('4.2%', 4.2, '%', 'percent', '城镇登记失业率', approx='under'),
    D('3%', 3, '%', 'growth', '居民价格消费指数', approx='under'),
    D('2.5‰以内', 0.25, '%', 'percent', '人口自增率', approx='under', amb=PER_MILLE),
    D('3.5%', -3.5, '%', 'growth', '万元GDP能耗'),
]

# ------------------------------------------------------------------------------------------
# a city paper's report of the statistics bureau's press conference (新乡市, 2022-07-27;
# the date line is taken from the page's address; Simplified). 我市 is 新乡市 (the city's
# paper, the bureau's 新乡调查队). 从三次产业情况看 opens a sentence with no time
# expression: no period (spec), as the agriculture paragraph.
D = doc('新乡市', {'上半年': '2022-H1'})
G['cn_presser_xinxiang'] = [
    D('1666.29亿元', 1.66629e11, '元', 'money', '地区生产总值', '上半年'),
    D('第6位', 6, '位', 'rank', '地区生产总值', '上半年', scope='全省'),
    D('4.5%', 4.5, '%', 'growth', '地区生产总值', '上半年', scope='同比'),
    D('1.4个百分点', 1.4, 'pp', 'pp', '地区生产总值', '上半年'),
    D('第5位', 5, '位', 'rank', '地区生产总值', '上半年', scope='全省'),
    D('9位', 9, '位', 'quantity', '地区生产总值', '上半年', amb=RANK_MOVE),
    D('3位', 3, '位', 'quantity', '地区生产总值', '上半年', amb=RANK_MOVE),
    D('128.32亿元', 1.2832e10, '元', 'money', '第一产业增加值'),
    D('5%', 5, '%', 'growth', '第一产业增加值', scope='同比'),
    D('772.61亿元', 7.7261e10, '元', 'money', '第二产业增加值'),
    D('5.2%', 5.2, '%', 'growth', '第二产业增加值', scope='同比'),
    D('765.36亿元', 7.6536e10, '元', 'money', '第三产业增加值'),
    D('3.7%', 3.7, '%', 'growth', '第三产业增加值', scope='同比'),
    D('581.91万亩', 5.8191e6, '亩', 'quantity', '夏粮播种面积'),
    D('0.05%', 0.05, '%', 'growth', '夏粮播种面积', scope='同比'),
    D('485.06公斤', 485.06, '公斤', 'quantity', '夏粮亩产'),
    D('0.5%', 0.5, '%', 'growth', '夏粮亩产', scope='同比'),
    D('282.26万吨', 2.8226e6, '吨', 'quantity', '夏粮总产量'),
    D('0.55%', 0.55, '%', 'growth', '夏粮总产量', scope='同比'),
    D('第一位', 1, '位', 'rank', '夏粮亩产和总产增幅', scope='全省'),
]

# ------------------------------------------------------------------------------------------
# the Ministry of Commerce's press conference on the first half of 2023, as the press gave
# it (Simplified; the year from the text); the country's figures. 其中 takes the period of
# the sentence before; 网络购物较快增长… has no time expression. 一季度 governs the clause
# of the WTO figures.
D = doc(None, {'今年上半年': '2023-H1', '一季度': '2023-Q1'})
G['cn_presser_mofcom'] = [
    D('22.8万亿元', 2.28e13, '元', 'money', '社会消费品零售总额', '今年上半年'),
    D('8.2%', 8.2, '%', 'growth', '社会消费品零售总额', '今年上半年', scope='同比'),
    D('21.4%', 21.4, '%', 'growth', '餐饮收入', '今年上半年'),
    D('10.8%', 10.8, '%', 'growth', '实物商品网上零售额'),
    D('26.6%', 26.6, '%', 'percent', '实物商品网上零售额'),
    # “2023消费提振年” is a name
    D('20.1万亿元', 2.01e13, '元', 'money', '货物贸易进出口总值', '今年上半年'),
    D('2.1%', 2.1, '%', 'growth', '货物贸易进出口总值', '今年上半年'),
    # 扩大至: the level reached, an amount
    D('28159.1亿元', 2.81591e12, '元', 'money', '外贸顺差金额', '今年上半年'),
    D('17.4%', 17.4, '%', 'growth', '外贸顺差金额', '今年上半年'),
    D('2.4万家', 24000, '家', 'quantity', '新设外商投资企业', '今年上半年'),
    D('35.7%', 35.7, '%', 'growth', '新设外商投资企业', '今年上半年'),
    D('1.6%', -1.6, '%', 'growth', '全球出口', '一季度', scope='同比'),
    D('0.3个百分点', 0.3, 'pp', 'pp', '中国出口国际市场份额', '一季度'),
    D('14%', 14, '%', 'percent', '中国出口国际市场份额', '一季度'),
]

# ------------------------------------------------------------------------------------------
# mainland economic news (经济日报, 2024-10-15; the date line is taken from the page's
# address; Simplified); the country's figures. 分季度看 opens a sentence with no time
# expression: no period. 10.15万亿、11万亿、11.17万亿元 is a list sharing one unit.
D = doc(None, {'前三季度': '2024-01..09'})
G['cn_news_ce_trade'] = [
    D('32.33万亿元', 3.233e13, '元', 'money', '进出口总值', '前三季度'),
    D('5.3%', 5.3, '%', 'growth', '进出口总值', '前三季度', scope='同比'),
    # 均在…之上: over
    D('10万亿元', 1e13, '元', 'money', '外贸进出口值', approx='over'),
    D('10.15万亿', 1.015e13, '元', 'money', '外贸进出口值'),
    D('11万亿', 1.1e13, '元', 'money', '外贸进出口值'),
    D('11.17万亿元', 1.117e13, '元', 'money', '外贸进出口值'),
    D('百亿元', 1e10, '元', 'money', '单价', approx='over', amb=OVER_HUNDRED),
]

# ------------------------------------------------------------------------------------------
# a district government's report on the plan's execution (洞头区, 2015, published
# 2016-06-02, Simplified): the review. 全年 is 2015. The industry paragraph has no time
# expression (no period, spec); 预计 makes the energy figure a forecast. ≤ is read as 以下.
# 《洞头区五大产业…》 is a title, 区十三届人大四次会议 a meeting, (见附表1) a reference.
D = doc('洞头区', {'全年': '2015'})
G['cn_plan_dongtou'] = [
    D('61.48亿元', 6.148e9, '元', 'money', '地区生产总值', '全年'),
    D('8.6%', 8.6, '%', 'growth', '地区生产总值', '全年', scope='同比'),
    D('第二', 2, '位', 'rank', '增速', '全年', scope='全市'),
    D('5.42亿元', 5.42e8, '元', 'money', '一般公共预算收入', '全年'),
    D('11.1%', 11.1, '%', 'growth', '一般公共预算收入', '全年', scope='同比'),
    D('34674元', 34674, '元', 'money', '城镇常住居民人均可支配收入', '全年'),
    D('18365元', 18365, '元', 'money', '农村常住居民人均可支配收入', '全年'),
    D('9.3%', 9.3, '%', 'growth', '城镇常住居民人均可支配收入', '全年', scope='同比'),
    D('10.5%', 10.5, '%', 'growth', '农村常住居民人均可支配收入', '全年', scope='同比'),
    D('4%', 4, '%', 'percent', '城镇登记失业率', approx='under'),
    D('6‰以内', 0.6, '%', 'percent', '人口自然增长率', approx='under', amb=PER_MILLE),
    D('27家', 27, '家', 'quantity', '规模以上企业'),
    D('49.45亿元', 4.945e9, '元', 'money', '产值'),
    D('3%', 3, '%', 'growth', '产值', scope='同比'),
    D('8.10亿元', 8.1e8, '元', 'money', '增加值'),
    D('15.4%', 15.4, '%', 'growth', '增加值', scope='同比'),
    D('首位', 1, '位', 'rank', '增速', scope='全市'),
    D('12个', 12, '个', 'quantity', '技改项目'),
    D('1.27亿元', 1.27e8, '元', 'money', '投资'),
    D('两大', 2, '', 'quantity', '工业园区', amb=UNNAMED_COUNT),
    D('11.2亿元', 1.12e9, '元', 'money', '工业产值'),
    D('约8500万元', 8.5e7, '元', 'money', '利税', approx='about'),
    D('18家', 18, '家', 'quantity', '企业总数'),
    D('7.03亿元', 7.03e8, '元', 'money', '新产品产值'),
    D('26.6%', 26.6, '%', 'growth', '新产品产值', scope='同比'),
    D('3家', 3, '家', 'quantity', '高新技术企业'),
    D('1家', 1, '家', 'quantity', '市级以上技术研发中心'),
    D('125项', 125, '项', 'quantity', '专利授权'),
    # “三转一市” is a slogan; “个转企” a quoted name, the thing counted
    D('44家', 44, '家', 'quantity', '“个转企”'),
    D('1.5%', -1.5, '%', 'growth', '单位地区生产总值综合能耗', scope='同比',
      status='forecast'),
    D('35.47亿元', 3.547e9, '元', 'money', '服务业增加值', '全年'),
    D('11.8%', 11.8, '%', 'growth', '服务业增加值', '全年', scope='同比'),
    D('57.7%', 57.7, '%', 'percent', '服务业增加值', '全年'),
]

# ------------------------------------------------------------------------------------------
# Macau government release in the government's Simplified edition (统计暨普查局 via gov.mo,
# September arrivals): neither the text nor the page gives the year, so 今年9月 has no
# key. Visitors counted in Macau are Macau's figures; a count alone in brackets counts the
# noun before it (the place of origin).
D = doc('澳门特别行政区', {})
G['mo_gov_visitors_hans'] = [
    D('2,166,627人次', 2166627, '人次', 'quantity', '入境旅客', '今年9月'),
    D('17.8%', 17.8, '%', 'growth', '入境旅客', '今年9月', scope='按年'),
    D('1,145,615人次', 1145615, '人次', 'quantity', '不过夜旅客'),
    D('52.9%', 52.9, '%', 'percent', '不过夜旅客'),
    D('665,447人次', 665447, '人次', 'quantity', '内地旅客'),
    D('1,246,256人次', 1246256, '人次', 'quantity', '中国大陆旅客'),
    D('57.5%', 57.5, '%', 'percent', '中国大陆旅客'),
    D('39.3%', 39.3, '%', 'growth', '中国大陆旅客', scope='按年'),
    D('625,475人次', 625475, '人次', 'quantity', '广东省'),
    D('82,364人次', 82364, '人次', 'quantity', '福建省'),
    D('47,262人次', 47262, '人次', 'quantity', '湖南省'),
    D('449,098人次', 449098, '人次', 'quantity', '以个人游方式来澳的内地旅客'),
    # 增幅为31.7%: a bare rate noun; the subject is what it is the rate of
    D('31.7%', 31.7, '%', 'growth', '以个人游方式来澳的内地旅客'),
]

# ------------------------------------------------------------------------------------------
# a county statistics communiqué for 2015 in a Traditional-character copy (宿松縣,
# Traditional): the title gives the year; 年末 and 全年 are 2015. 分產業看 opens a sentence
# with no time expression (no period); 按2015年戶籍人口計算 comes after the figures it
# explains and governs none. [2] is a footnote mark. Birth and death rates in ‰ are levels
# (percent, ‰ as 千分之N, as ../heldout).
D = doc('宿松县', {'年末': '2015', '全年': '2015'})
G['cn_stats_susong'] = [
    D('86.33萬人', 863300, '人', 'quantity', '戶籍人口', '年末'),
    D('0.64萬人', 6400, '人', 'quantity', '戶籍人口', '年末'),
    D('60.2萬人', 602000, '人', 'quantity', '常住人口', '年末'),
    D('2.6萬人', 26000, '人', 'quantity', '常住人口', '年末'),
    D('36.4%', 36.4, '%', 'percent', '城鎮化率'),
    D('22.11‰', 2.211, '%', 'percent', '人口出生率', '全年'),
    D('4.04個千分點', 0.404, 'pp', 'pp', '人口出生率', '全年', amb=PER_MILLE_POINT),
    D('4.08‰', 0.408, '%', 'percent', '死亡率', '全年'),
    D('3.06個千分點', -0.306, 'pp', 'pp', '死亡率', '全年', amb=PER_MILLE_POINT),
    D('18.04‰', 1.804, '%', 'percent', '自然增長率', '全年', amb=PER_MILLE),
    D('7.11個千分點', 0.711, 'pp', 'pp', '自然增長率', '全年', amb=PER_MILLE_POINT),
    D('153.1億元', 1.531e10, '元', 'money', '地區生產總值', '全年'),
    D('8.1%', 8.1, '%', 'growth', '地區生產總值', '全年'),
    D('37.2億元', 3.72e9, '元', 'money', '第一產業增加值'),
    D('4.3%', 4.3, '%', 'growth', '第一產業增加值'),
    D('64.4億元', 6.44e9, '元', 'money', '第二產業增加值'),
    D('7.5%', 7.5, '%', 'growth', '第二產業增加值'),
    D('51.4億元', 5.14e9, '元', 'money', '第三產業增加值'),
    D('11.4%', 11.4, '%', 'growth', '第三產業增加值'),
    D('29.1:43.7:27.2', 43.7 / 29.1, ':', 'ratio', '三次產業結構', amb=RATIO3),
    D('24.3:42.1:33.6', 42.1 / 24.3, ':', 'ratio', '三次產業結構', amb=RATIO3),
    D('38.9%', 38.9, '%', 'percent', '工業增加值'),
    D('17861元', 17861, '元', 'money', '人均GDP'),
    D('2805美元', 2805, '美元', 'money', '人均GDP'),
    D('908元', 908, '元', 'money', '人均GDP'),
]

# ------------------------------------------------------------------------------------------
# Taiwan government release (行政院主計總處, national accounts, 112年 = 2023; Traditional).
# 預測 opens the forecast items; (原為-2.87%) is the earlier estimate of the same quarter;
# 7月概估數 is when the estimate was made, its period the quarter it covers (../heldout);
# 較112年5月預測數2.04% is the earlier forecast of the year (period 全年, a forecast).
# 第3、4季…分別為2.54%及5.59%: each member keys to its own quarter. (二) of 三、 has no time
# expression (與110年, 較110年 are bases): no period.
D = doc('台湾省', {'112年第1季': '2023-Q1', '112年第2季': '2023-Q2', '112年上半年': '2023-H1',
                 '全年': '2023', '113年': '2024', '111年': '2022'})
GDP_YOY = '實質GDP對上年同季成長率'
G['tw_gov_dgbas'] = [
    D('-3.31%', -3.31, '%', 'growth', GDP_YOY, '112年第1季'),
    D('-2.87%', -2.87, '%', 'growth', GDP_YOY, '112年第1季'),
    D('1.36%', 1.36, '%', 'growth', '實質GDP', '112年第2季'),
    D('1.45%', 1.45, '%', 'growth', '實質GDP', '112年第2季'),
    D('5.62%', 5.62, '%', 'growth', '對上季增率折成年率', '112年第2季'),
    D('-0.98%', -0.98, '%', 'growth', '經濟成長率', '112年上半年'),
    D('2.54%', 2.54, '%', 'growth', '經濟成長率', '112年第3、4季', key='2023-Q3',
      status='forecast'),
    D('5.59%', 5.59, '%', 'growth', '經濟成長率', '112年第3、4季', key='2023-Q4',
      status='forecast'),
    D('1.61%', 1.61, '%', 'growth', '經濟成長率', '全年', status='forecast'),
    D('2.04%', 2.04, '%', 'growth', '經濟成長率', '全年', status='forecast'),
    D('0.43個百分點', -0.43, 'pp', 'pp', '經濟成長率', '全年', status='forecast'),
    D('3萬2,105美元', 32105, '美元', 'money', '每人GDP', '全年', status='forecast'),
    D('2.14%', 2.14, '%', 'growth', 'CPI', '全年', status='forecast'),
    D('3.32%', 3.32, '%', 'growth', '經濟成長', '113年', status='forecast'),
    D('3萬2,897美元', 32897, '美元', 'money', '每人GDP', '113年', status='forecast'),
    D('1.58%', 1.58, '%', 'growth', 'CPI', '113年', status='forecast'),
    D('110.9萬元', 1.109e6, '元', 'money', '每戶家庭可支配所得平均數', '111年'),
    D('1.7%', 1.7, '%', 'growth', '每戶家庭可支配所得平均數', '111年'),
    D('94.0萬元', 9.4e5, '元', 'money', '中位數', '111年'),
    D('1.2%', 1.2, '%', 'growth', '中位數', '111年'),
    D('39.2萬元', 3.92e5, '元', 'money', '每人可支配所得平均數', '111年'),
    D('3.8%', 3.8, '%', 'growth', '每人可支配所得平均數', '111年'),
    D('33.7萬元', 3.37e5, '元', 'money', '中位數', '111年'),
    D('3.3%', 3.3, '%', 'growth', '中位數', '111年'),
    D('5', 5, '', 'quantity', '等分位', at='每戶5等分位', amb=QUINTILE),
    # a multiple with no trend word is a quantity (docs/figures.md)
    D('6.15倍', 6.15, '倍', 'quantity', '每戶5等分位所得差距'),
    D('5', 5, '', 'quantity', '等分位', at='每人5等分位', amb=QUINTILE),
    D('3.93倍', 3.93, '倍', 'quantity', '每人5等分位所得差距'),
    D('0.02倍', 0.02, '倍', 'growth', '每人5等分位所得差距', amb=MULTIPLE_DIFF),
]

# ------------------------------------------------------------------------------------------
# Taiwan government text (經濟部國際貿易局, posted 103-12-31 = 2014, Traditional): 我國 is
# Taiwan. 較去年2.19% is last year's rate itself (the compared time's own value,
# ../heldout). 根據預測 makes the trade figures forecasts. The 中國大陸自台灣進口值 figures are
# the mainland's (the country: no region). 自100年起各年成長率分別為…: each member keys to
# its own year. 1年, 第2年 are time expressions.
D = doc('台湾省', {'本年度': '2014', '去年': '2013', '本年': '2014', '全年': '2014',
                 '103年': '2014', '本年1至10月': '2014-01..10', '99年': '2010', '102年': '2013',
                 '自100年實施以來': '2011..2014'})
IMPORTS = '中小企業項目中國大陸自台灣進口值'
G['tw_gov_trade'] = [
    D('3.43%', 3.43, '%', 'growth', '經濟成長', '本年度', status='forecast'),
    D('2.19%', 2.19, '%', 'growth', '經濟成長', '去年'),
    D('3.4%', 3.4, '%', 'growth', '經濟成長', '本年', status='forecast'),
    D('3.6%', 3.6, '%', 'growth', '經濟成長', '本年', status='forecast'),
    D('3,146億美元', 3.146e11, '美元', 'money', '出口', '全年', status='forecast'),
    D('3.01%', 3.01, '%', 'growth', '出口', '全年', status='forecast'),
    D('4.01個百分點', 4.01, 'pp', 'pp', '出口', '全年', status='forecast'),
    D('2,776億美元', 2.776e11, '美元', 'money', '進口', '103年', status='forecast'),
    D('2.87%', 2.87, '%', 'growth', '進口', '103年', status='forecast'),
    D('3.66個百分點', 3.66, 'pp', 'pp', '進口', '103年', status='forecast'),
    D('0.35個百分點', 0.35, 'pp', 'pp', '國外淨需求', '103年', status='forecast'),
    D('3.06%', 3.06, '%', 'growth', '早收出口成長率', '本年1至10月'),
    D('1.34%', 1.34, '%', 'growth', '整體出口中國大陸成長率', '本年1至10月'),
    D('7,464萬美元', 7.464e7, '美元', 'money', IMPORTS, '99年', region=None),
    D('12.52%', 12.52, '%', 'growth', '各年成長率', '自100年起', key='2011', region=None),
    D('1.8%', 1.8, '%', 'growth', '各年成長率', '自100年起', key='2012', region=None),
    D('5.74%', 5.74, '%', 'growth', '各年成長率', '自100年起', key='2013', region=None),
    D('9,566萬美元', 9.566e7, '美元', 'money', IMPORTS, '102年', region=None),
    D('8.63%', 8.63, '%', 'growth', '複合成長率', '102年', region=None),
    D('36%~40%', 36, '%', 'percent', '出口「早收產品」之業者', '自100年實施以來', vmax=40),
    D('53%~60%', 53, '%', 'percent', '中南部業者之「早收產品」出口金額', '自100年實施以來',
      vmax=60),
]

# ------------------------------------------------------------------------------------------
# a Taiwan paper's editorial (經濟日報社論, 2021-04-18, as a blog copies it; Traditional).
# 去年…全年 is 2020 (去年全年, heldout2); 由50.4%上升到56.7% has no time of its own, so both
# take 全年 (the letter of the spec). 由去年的衰退9% is last year's value (the compared
# time's own value). The world's figures have no region. 可望, 預估 and the conditional
# 若…反彈到5% look ahead: forecast. 民國 97 年(2008年) etc.: the year in brackets keys.
D = doc('台湾省', {'第1季': '2021-Q1', '3月': '2021-03', '去年': '2020', '今年': '2021',
                 '2009年': '2009', '2010年': '2010'})
G['tw_column_edn'] = [
    D('兩大', 2, '', 'quantity', '失衡', amb=LIST_COUNT),
    D('4.64%', 4.64, '%', 'growth', '經濟成長率', '全年', key='2021', status='forecast'),
    D('24.6%', 24.6, '%', 'growth', '出口', '第1季'),
    D('359億美元', 3.59e10, '美元', 'money', '出口金額', '3月'),
    D('1兆元', 1e12, '元', 'money', '單月出口', '3月', approx='over', amb=NTD),
    D('17.9%', 17.9, '%', 'growth', '出口', '全年', key='2020'),
    D('4.9%', 4.9, '%', 'growth', '整體出口', '全年', key='2020'),
    D('50.4%', 50.4, '%', 'percent', '電子資通訊產業出口', '全年', key='2020'),
    D('56.7%', 56.7, '%', 'percent', '電子資通訊產業出口', '全年', key='2020'),
    D('9%', -9, '%', 'growth', '全球貿易量', '去年', region=None),
    D('8.3%', 8.3, '%', 'growth', '全球貿易量', '今年', region=None, status='forecast'),
    D('4.64%', 4.64, '%', 'growth', '經濟成長率', '今年', status='forecast'),
    D('1.8%', -1.8, '%', 'growth', '經濟', '2009年'),
    D('10.8%', 10.8, '%', 'growth', '經濟成長率', '2010年'),
    D('5.5%', 5.5, '%', 'growth', '全球經濟成長率', '今年', region=None, status='forecast'),
    D('5%', 5, '%', 'growth', '經濟成長率', '今年', status='forecast'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (中央社 via a portal, the Ministry of Economic Affairs' October export orders;
# Traditional). Neither the text nor the page gives the year: no period has a key. 預估,
# 有望, 預測 look ahead: forecast. Orders from the US, ASEAN, the mainland and Hong Kong are
# Taiwan's orders. 232 (半導體產業調查, 232條款) is a law's section number.
D = doc('台湾省', {})
G['tw_news_cna_orders'] = [
    D('693.7億美元', 6.937e10, '美元', 'money', '外銷訂單', '10月'),
    D('9', 9, '', 'quantity', '外銷訂單', at='連9紅', amb=STREAK),
    D('7000億美元', 7e11, '美元', 'money', '外銷訂單金額', '全年', approx='over',
      status='forecast'),
    D('2成', 20, '%', 'growth', '年增率', '全年', status='forecast'),
    D('693.7億美元', 6.937e10, '美元', 'money', '外銷訂單', '10月'),
    D('25.1%', 25.1, '%', 'growth', '外銷訂單', '10月'),
    D('5937.4億美元', 5.9374e11, '美元', 'money', '外銷訂單', '今年前10月'),
    D('22.6%', 22.6, '%', 'growth', '外銷訂單', '今年前10月'),
    D('35.9%', 35.9, '%', 'growth', '電子', '10月'),
    D('28.4%', 28.4, '%', 'growth', '資訊通信產品', '10月'),
    D('2.9%', 2.9, '%', 'growth', '光學器材', '10月'),
    D('10%', -10, '%', 'growth', '基本金屬'),
    D('9.8%', -9.8, '%', 'growth', '塑橡膠製品'),
    D('16%', 16, '%', 'growth', '機械產品'),
    D('4.4%', 4.4, '%', 'growth', '化學品'),
    D('252.9億美元', 2.529e10, '美元', 'money', '美國訂單', '10月'),
    D('32.1%', 32.1, '%', 'growth', '美國訂單', '10月'),
    D('39.3%', 39.3, '%', 'growth', '電子產品增幅', '10月'),
    D('149.4億美元', 1.494e10, '美元', 'money', '東協訂單', '10月'),
    D('42.5%', 42.5, '%', 'growth', '東協訂單', '10月'),
    D('70%', 70, '%', 'growth', '電子產品增幅', '10月'),
    D('116.6億美元', 1.166e10, '美元', 'money', '中國大陸及香港訂單', '10月'),
    D('9.8%', 9.8, '%', 'growth', '中國大陸及香港訂單', '10月'),
    D('29.9%', 29.9, '%', 'growth', '電子產品增幅', '10月'),
    D('667到687億美元', 6.67e10, '美元', 'money', '外銷訂單', '11月', vmax=6.87e10,
      status='forecast'),
    D('27.6%到31.4%', 27.6, '%', 'growth', '外銷訂單', '11月', vmax=31.4, status='forecast'),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government press release (政府統計處 via info.gov.hk, 2014-01-02, Traditional):
# amounts in Hong Kong dollars written 元; a provisional estimate (臨時估計) is an outcome.
# In X與Y比較 the time before 與 governs; 其次為… opens sentences with no time expression
# (no period, as heldout2's retail release). 截至…十一月底的三個月 is the three months to
# November.
D = doc('香港特别行政区', {'二零一三年十一月': '2013-11', '二零一三年十月': '2013-10',
                       '二零一三年首十一個月': '2013-01..11',
                       '截至二零一三年十一月底的三個月': '2013-09..11'})
NOV = '二零一三年十一月'
G['hk_gov_retail2013'] = [
    D('396億元', 3.96e10, '元', 'money', '零售業總銷貨價值', NOV),
    D('8.5%', 8.5, '%', 'growth', '零售業總銷貨價值', NOV),
    D('9.0%', 9.0, '%', 'growth', '零售業總銷貨數量', NOV),
    D('6.3%', 6.3, '%', 'growth', '零售業總銷貨價值', '二零一三年十月'),
    D('5.9%', 5.9, '%', 'growth', '總銷貨數量', '二零一三年十月'),
    D('11.6%', 11.6, '%', 'growth', '零售業總銷貨價值', '二零一三年首十一個月'),
    D('11.1%', 11.1, '%', 'growth', '總銷貨數量', '二零一三年首十一個月'),
    D('13.3%', 13.3, '%', 'growth', '珠寶首飾、鐘錶及名貴禮物的銷貨數量', NOV),
    D('9.7%', 9.7, '%', 'growth', '百貨公司貨品'),
    D('7.6%', 7.6, '%', 'growth', '服裝'),
    D('3.6%', 3.6, '%', 'growth', '超級市場貨品'),
    D('8.0%', 8.0, '%', 'growth', '藥物及化妝品'),
    D('3.2%', 3.2, '%', 'growth', '食品、酒類飲品及煙草'),
    D('1.7%', 1.7, '%', 'growth', '其他未分類消費品'),
    D('73.1%', 73.1, '%', 'growth', '雜項耐用消費品'),
    D('6.4%', 6.4, '%', 'growth', '鞋類、有關製品及其他衣物配件'),
    D('4.9%', 4.9, '%', 'growth', '書報、文具及禮品'),
    D('3.1%', 3.1, '%', 'growth', '中藥'),
    D('8.0%', 8.0, '%', 'growth', '眼鏡店'),
    D('1.8%', -1.8, '%', 'growth', '電器及攝影器材的銷貨數量', NOV),
    D('7.4%', -7.4, '%', 'growth', '汽車及汽車零件'),
    D('0.5%', -0.5, '%', 'growth', '燃料'),
    D('7.5%', -7.5, '%', 'growth', '傢具及固定裝置'),
    D('0.2%', 0.2, '%', 'growth', '零售業總銷貨數量', '截至二零一三年十一月底的三個月'),
]

# ------------------------------------------------------------------------------------------
# Macau news (澳門日報 via a news portal, 2015-12-29, Traditional) on the statistics
# bureau's November arrivals: the headline's 近百分八 is nearly 8 per cent (百分八, the
# spoken 百分之八). 較去年同月 is a base. Sentences after the first have no time expression
# (no period, spec). 升0.4%至1,245,070人次: the level reached is a count.
D = doc('澳门特别行政区', {'十一月': '2015-11', '11月': '2015-11'})
G['mo_news_visitors2015'] = [
    D('近百分八', -8, '%', 'growth', '訪澳客', '十一月', approx='under'),
    D('2,589,451人次', 2589451, '人次', 'quantity', '入境旅客', '11月'),
    D('7.6%', -7.6, '%', 'growth', '入境旅客', '11月', scope='按年'),
    D('1.8%', -1.8, '%', 'growth', '入境旅客', '11月', scope='按月'),
    D('1,344,381人次', 1344381, '人次', 'quantity', '不過夜旅客', '11月'),
    D('51.9%', 51.9, '%', 'percent', '不過夜旅客', '11月'),
    D('14.0%', -14.0, '%', 'growth', '不過夜旅客', '11月'),
    D('0.4%', 0.4, '%', 'growth', '留宿旅客', '11月'),
    D('1,245,070人次', 1245070, '人次', 'quantity', '留宿旅客', '11月'),
    D('1.1日', 1.1, '日', 'quantity', '旅客平均逗留', amb=STAY),
    D('0.2日', 0.2, '日', 'quantity', '旅客平均逗留', amb=STAY),
    D('0.2日', 0.2, '日', 'quantity', '不過夜旅客平均逗留日數', amb=STAY),
    D('0.2日', 0.2, '日', 'quantity', '留宿旅客', amb=STAY),
    D('2.1日', 2.1, '日', 'quantity', '留宿旅客', amb=STAY),
    D('12.6%', -12.6, '%', 'growth', '中國內地旅客', scope='按年'),
    D('1,726,859人次', 1726859, '人次', 'quantity', '中國內地旅客'),
    D('774,661人次', 774661, '人次', 'quantity', '內地個人遊旅客'),
    # 跌幅為17.6%: a bare rate noun; the subject is what it is the rate of
    D('17.6%', -17.6, '%', 'growth', '內地個人遊旅客'),
    D('772,547人次', 772547, '人次', 'quantity', '廣東省'),
    D('70,797人次', 70797, '人次', 'quantity', '湖南省'),
    D('67,911人次', 67911, '人次', 'quantity', '福建省'),
]


if __name__ == '__main__':
    write_context_gold(HERE, G)
