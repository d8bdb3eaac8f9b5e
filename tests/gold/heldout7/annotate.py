#!/usr/bin/env python3
"""Hand annotations of the seventh held-out set (text/), written out as gold jsonl in figures/.

A blind set: nobody but the gold helper who built it reads its texts, this file or its gold.
Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds this
file comes before the first engine run on them; see README.md). Each figure carries the
spec's record core (text, value, unit, kind, approx, scope) and what it is about: subject
(the noun phrase a careful reader names as measured, as written), period (the governing
time expression, as written), period_key (spec form: 2025, 2025-H1, 2025-Q3, 2025-01..09,
2025-09), status (actual, target, forecast, plan) and region (the region the figure is
about, as its full Simplified name; None for the country or a region the text does not
name). The conventions are those of ../heldout/README.md, ../heldout2/README.md,
../heldout3/README.md and ../heldout6/README.md; what this set adds is in README.md. This
script only turns each record's text into byte offsets (../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
BARE_YI = ("亿元以上项目: a bare 亿元 with 以上, a threshold with no numeral; the spec excludes "
           "a bare 亿元 and counts 5000万元以上 (as heldout2 and heldout6)")
RESTATED_LIST = ("“稳、新、优、好”四个字: a count restating the quoted list just given (the spec "
                 "excludes counts restating tiers or places just named), though it also "
                 "announces the sections 第一个字…")
RESTATED_PERSONS = ("三位党代表: a count restating the three officials named in the sentence "
                    "before; the spec excludes counts restating places or tiers just named, "
                    "and says nothing of persons")
ANNIVERSARY = ("新中国成立70周年: the number of an anniversary, part of the occasion's name; "
               "neither a statistic nor one of the spec's named exclusions")
INDEX_LEVEL = ("工業生產指數131.16: an index level with no unit; the spec's kinds do not say "
               "which kind a unitless index takes (as heldout's 居民消费价格指数为102.7)")
NO_UNIT = ("1億7,982萬經費: an amount of money written without 元 (a headline); the spec "
           "gives a unit only where the text writes one")

G = {}

# ------------------------------------------------------------------------------------------
# a city statistics bureau's release as a news site reported it (重庆市统计局, 1-8月 2017;
# the first line, the date, is taken from the page's address; Simplified): the city's
# figures. The heading 34个工业行业… has no time expression; the sentence 在“6+1”支柱产业中…
# has none either (no period). “6+1” is a name; 两位数增长 is vague.
D = doc('重庆市', {'今年1-8月': '2017-01..08', '1-8月': '2017-01..08'})
P = '1-8月'
G['cn_stats_chongqing2017'] = [
    D('10.1%', 10.1, '%', 'growth', '规模以上工业增加值', '今年1-8月', scope='同比'),
    D('34个', 34, '个', 'quantity', '工业行业'),
    D('21.5%', -21.5, '%', 'growth', '采矿业工业增加值', P, scope='同比'),
    D('11.9%', 11.9, '%', 'growth', '制造业', P),
    D('3.8%', 3.8, '%', 'growth', '水、电、气等生产和供应业', P),
    D('5.6%', 5.6, '%', 'growth', '国有及国有控股企业工业增加值', P, scope='同比'),
    D('26.6%', -26.6, '%', 'growth', '集体企业', P),
    D('4.9%', 4.9, '%', 'growth', '股份制合作制企业', P),
    D('10.7%', 10.7, '%', 'growth', '股份制企业', P),
    D('8.1%', 8.1, '%', 'growth', '外商及港澳台商投资企业', P),
    D('39个', 39, '个', 'quantity', '工业行业', P),
    D('34个', 34, '个', 'quantity', '行业', P),
    D('7.8%', 7.8, '%', 'growth', '汽车制造业'),
    D('26.6%', 26.6, '%', 'growth', '电子制造业'),
    D('11.4%', 11.4, '%', 'growth', '装备制造业'),
    D('12.7%', 12.7, '%', 'growth', '化工医药行业'),
    D('6.9%', 6.9, '%', 'growth', '材料行业'),
    D('9.7%', 9.7, '%', 'growth', '消费品行业'),
    D('9.0%', -9.0, '%', 'growth', '能源工业'),
]

# ------------------------------------------------------------------------------------------
# a county's news item on investment promotion (锦屏县, a provincial news site, 2011-11; the
# first line is taken from the page's address; Simplified): the county's figures. A share
# of a task (完成工作任务的98.7%) has the task as its subject (heldout6's 年度计划). 是去年同期
# 的18倍 is a multiple with no trend word: a quantity.
D = doc('锦屏县', {'前10个月': '2011-01..10', '1-10月': '2011-01..10'})
P = '1-10月'
G['cn_gov_jinping2011'] = [
    D('近12亿元', 1.2e9, '元', 'money', '招商引资到位资金', approx='under'),
    D('76个', 76, '个', 'quantity', '签约招商引资项目', '前10个月'),
    D('147.97亿元', 1.4797e10, '元', 'money', '协议资金', '前10个月'),
    D('11.91亿元', 1.191e9, '元', 'money', '实际到位资金', '前10个月'),
    D('76个', 76, '个', 'quantity', '签约项目', P),
    D('亿元以上', 1e8, '元', 'money', '项目', P, approx='over', amb=BARE_YI),
    D('18个', 18, '个', 'quantity', '亿元以上项目', P),
    D('147.97亿元', 1.4797e10, '元', 'money', '总协议资金', P),
    D('98.7%', 98.7, '%', 'percent', '工作任务', P),
    D('11.91亿元', 1.191e9, '元', 'money', '到位资金', P),
    D('79.4%', 79.4, '%', 'percent', '工作任务', P),
    D('18倍', 18, '倍', 'quantity', '到位资金', P),
    D('36个', 36, '个', 'quantity', '新开工项目', P),
    D('47.4%', 47.4, '%', 'percent', '项目开工率', P),
]

# ------------------------------------------------------------------------------------------
# a department head answering the press at a State Council Information Office press
# conference (国家统计局 国民经济综合统计司司长 邢志宏, 2018-04-17, as 中新网 gave it;
# Simplified): the country's figures. 去年四季度 and 上年同期 are bases (they do not
# govern); 连续11个季度 is a duration; the sentence 特别是31个大城市… has no time
# expression. 6.7%-6.9% is a range of the growth rate.
D = doc(None, {'2018年一季度': '2018-Q1', '今年一季度': '2018-Q1', '一季度': '2018-Q1'})
G['cn_presser_nbs2018q1'] = [
    D('四个字', 4, '字', 'quantity', '特点', '2018年一季度', amb=RESTATED_LIST),
    D('四个字', 4, '字', 'quantity', '特点', '一季度', amb=RESTATED_LIST),
    D('6.8%', 6.8, '%', 'growth', '经济', '今年一季度'),
    D('6.7%-6.9%', 6.7, '%', 'growth', '经济增长率', '今年一季度', vmax=6.9),
    D('5%左右', 5, '%', 'percent', '城镇调查失业率', '一季度', approx='about'),
    D('31个', 31, '个', 'quantity', '大城市'),
    D('5%以下', 5, '%', 'percent', '城镇调查失业率', approx='under'),
    D('188万人', 1.88e6, '人', 'quantity', '外出务工农村劳动力总量'),
    D('1.1%', 1.1, '%', 'growth', '外出务工农村劳动力总量', scope='同比'),
    D('2.1%', 2.1, '%', 'growth', '居民消费价格', '一季度'),
    D('3.7%', 3.7, '%', 'growth', '工业生产者出厂价格', '一季度', scope='同比'),
    D('3.7个百分点', -3.7, 'pp', 'pp', '涨幅', '一季度'),
]

# ------------------------------------------------------------------------------------------
# a press conference of the 20th Party Congress's press centre as a university news site
# gave it (2022-10-18, the first line taken from the page's address; a deputy head of the
# NDRC answering; Simplified): the country's figures. 从2012年到2021年…从A增长到B: A is
# 2012's value, B 2021's, the difference spans both (the compared time's own value has that
# time). 中部和西部地区…由2012年的21.3%、19.6%提高到2021年的22%、21.1%: one head noun, the
# written subject kept. 三个方面 announces a list (the spec's 三個方面). Regions of the
# country that are no administrative unit (中西部地区): no region.
D = doc(None, {'2012年': '2012', '2021年': '2021', '从2012年到2021年': '2012..2021'})
SHARE = '我国经济占世界经济的比重'
MIDWEST = '中部和西部地区生产总值占全国比重'
G['cn_presser_cpc20_2022'] = [
    D('三位', 3, '位', 'quantity', '党代表', amb=RESTATED_PERSONS),
    D('53.9万亿元', 5.39e13, '元', 'money', '国内生产总值', '2012年'),
    D('114.4万亿元', 1.144e14, '元', 'money', '国内生产总值', '2021年'),
    D('11.3%', 11.3, '%', 'percent', SHARE, '2012年'),
    D('18.5%', 18.5, '%', 'percent', SHARE, '2021年'),
    D('7.2个百分点', 7.2, 'pp', 'pp', SHARE, '从2012年到2021年'),
    D('39800元', 39800, '元', 'money', '人均国内生产总值', '2012年'),
    D('81000元', 81000, '元', 'money', '人均国内生产总值', '2021年'),
    D('三个方面', 3, '方面', 'quantity', '区域协调发展成效'),
    D('21.3%', 21.3, '%', 'percent', MIDWEST, '2012年'),
    D('19.6%', 19.6, '%', 'percent', MIDWEST, '2012年'),
    D('22%', 22, '%', 'percent', MIDWEST, '2021年'),
    D('21.1%', 21.1, '%', 'percent', MIDWEST, '2021年'),
]

# ------------------------------------------------------------------------------------------
# a city government work report's review of 2019 as a news site gave it (北京市, delivered
# 2020-01-12; the first line taken from the page's address; Simplified): the city's
# figures. 初步预计 of the year just past is a preliminary outcome (actual, as heldout6's
# quarter just past). The sentence 初步预计,全市… has no time expression (比上年 is a
# base): no period. “四个中心”, “四个服务”, “三件大事”, 三大攻坚战 are names; 市十五届人大
# 二次会议 a meeting. 能耗、水耗分别下降4%和3%左右: two noun phrases, each its own.
D = doc('北京市', {'去年': '2019', '2019年': '2019'})
G['cn_workreport_beijing2019'] = [
    D('6.2%左右', 6.2, '%', 'growth', '地区生产总值', '去年', approx='about'),
    D('42微克/立方米', 42, '微克/立方米', 'quantity', 'PM2.5年均浓度', '去年'),
    D('70周年', 70, '周年', 'quantity', '新中国成立', '2019年', amb=ANNIVERSARY),
    D('4次', 4, '次', 'quantity', '视察北京', '2019年'),
    D('5次', 5, '次', 'quantity', '对北京发表重要讲话', '2019年'),
    D('70周年', 70, '周年', 'quantity', '新中国成立', amb=ANNIVERSARY),
    D('6.2%左右', 6.2, '%', 'growth', '地区生产总值', approx='about'),
    D('0.5%', 0.5, '%', 'growth', '一般公共预算收入'),
    D('2.3%', 2.3, '%', 'growth', '居民消费价格'),
    D('4.4%左右', 4.4, '%', 'percent', '城镇调查失业率', approx='about'),
    D('6.3%左右', 6.3, '%', 'growth', '居民人均可支配收入', approx='about'),
    D('4%', -4, '%', 'growth', '单位地区生产总值能耗'),
    D('3%左右', -3, '%', 'growth', '水耗', approx='about'),
    D('42微克/立方米', 42, '微克/立方米', 'quantity', '细颗粒物年均浓度'),
]

# ------------------------------------------------------------------------------------------
# a city development and reform commission's monthly release on the economy (济源市发改委
# site, 1-8月, no year in the text or the address; Simplified): no period has a key, and
# the text never names the city (全市): no region. Ranks in the province (居全省第6位).
# 较1-2月、1-3月…回落3.4、0.6…个百分点: bases, a list sharing one unit; 其中 takes the
# period of the sentence before.
D = doc(None, {})
P = '1-8月'
G['cn_gov_jiyuan'] = [
    D('11.5%', 11.5, '%', 'growth', '规模以上工业增加值', P),
    D('第6位', 6, '位', 'rank', '规模以上工业增加值', P, scope='全省'),
    D('4.5', -4.5, 'pp', 'pp', '增速', P, at='回落4.5'),
    D('4.2个百分点', -4.2, 'pp', 'pp', '增速', P),
    D('10.8%', 10.8, '%', 'growth', '规上工业增加值', '8月当月', scope='同比'),
    D('0.8个百分点', 0.8, 'pp', 'pp', '规上工业增加值', '8月当月'),
    D('3.1个百分点', -3.1, 'pp', 'pp', '规上工业增加值', '8月当月'),
    D('44.6亿元', 4.46e9, '元', 'money', '利润', '1-7月'),
    D('1.2%', 1.2, '%', 'growth', '利润', '1-7月'),
    D('第18位', 18, '位', 'rank', '利润', '1-7月', scope='全省'),
    D('1.7个百分点', -1.7, 'pp', 'pp', '利润', '1-7月'),
    D('267.8亿元', 2.678e10, '元', 'money', '固定资产投资', P),
    D('20.1%', 20.1, '%', 'growth', '固定资产投资', P),
    D('第12位', 12, '位', 'rank', '固定资产投资', P, scope='全省'),
    D('3.4', -3.4, 'pp', 'pp', '增速', P, at='回落3.4'),
    D('0.6', -0.6, 'pp', 'pp', '增速', P),
    D('0.9', -0.9, 'pp', 'pp', '增速', P),
    D('0.9', -0.9, 'pp', 'pp', '增速', P),
    D('0.1个百分点', -0.1, 'pp', 'pp', '增速', P),
    D('3.1', -3.1, 'pp', 'pp', '增速', P, at='回落3.1'),
    D('2.9个百分点', -2.9, 'pp', 'pp', '增速', P),
    D('250.5亿元', 2.505e10, '元', 'money', '城乡项目投资', P),
    D('23.2%', 23.2, '%', 'growth', '城乡项目投资', P),
    D('17.4亿元', 1.74e9, '元', 'money', '房地产开发投资', P),
    D('11.6%', -11.6, '%', 'growth', '房地产开发投资', P),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (中央社, 2017-10-31, the statistics office's third-quarter estimate;
# Traditional): Taiwan's figures. The full year (將上修至…) and the fourth quarter are
# forecasts, as are the August forecasts compared with (106年8月預測數1.89%, 8月預測值):
# the compared value has its own time (the month the forecast was made). The quarter just
# past is an outcome. 10季 is a duration; 兩位數增長 vague. The sentence 內需方面,餐飲業…
# has no time expression before 第3季.
D = doc('台湾省', {'第3季': '2017-Q3', '全年': '2017', '第4季': '2017-Q4',
                 '106年8月': '2017-08', '8月': '2017-08'})
GDP = '經濟成長率'
G['tw_news_cna_gdp2017'] = [
    D('3.11%', 3.11, '%', 'growth', GDP, '第3季'),
    D('3.11%', 3.11, '%', 'growth', GDP, '第3季'),
    D('2.42%', 2.42, '%', 'growth', GDP, '全年', status='forecast'),
    D('3.11%', 3.11, '%', 'growth', GDP, '第3季'),
    D('1.89%', 1.89, '%', 'growth', '預測數', '106年8月', status='forecast'),
    D('1.22個百分點', 1.22, 'pp', 'pp', GDP, '第3季'),
    D('17.52%', 17.52, '%', 'growth', '商品出口', '第3季'),
    D('14.99%', 14.99, '%', 'growth', '電子零組件', '第3季'),
    D('2.58%', 2.58, '%', 'growth', '餐飲業營業額'),
    D('57.32%', 57.32, '%', 'growth', '股票成交值'),
    D('4.31%', 4.31, '%', 'growth', '國人出國人次'),
    D('1.91%', 1.91, '%', 'growth', '民間消費', '第3季'),
    D('1.74%', 1.74, '%', 'growth', '預測值', '8月', status='forecast'),
    D('1.8%', 1.8, '%', 'growth', '預測值', '第4季', status='forecast'),
    D('2.11%', 2.11, '%', 'growth', '預測值', '8月', status='forecast'),
    D('0.31個百分點', 0.31, 'pp', 'pp', GDP, '全年', status='forecast'),
    D('2.42%', 2.42, '%', 'growth', GDP, '全年', status='forecast'),
]

# ------------------------------------------------------------------------------------------
# Taiwan's Ministry of Economic Affairs release (經濟部 統計處, industrial production of
# 102年3月 = 2013-03, as a financial site copies it with its source line; Traditional):
# Taiwan's figures. 與上年同月比較 and 與上年同季比較 are bases: those sentences have no
# period. 延續上年第3季以來之正成長 names the streak; it does not govern the figures after
# it (no period). Index levels with no unit are ambiguous; 4/23 is a date.
D = doc('台湾省', {'3月': '2013-03', '首季': '2013-Q1', '102年3月': '2013-03',
                 '102年第1季': '2013-Q1'})
M, Q = '102年3月', '102年第1季'
G['tw_gov_moea_ip2013'] = [
    D('3.28%', -3.28, '%', 'growth', '工業生產指數', '3月'),
    D('0.78%', 0.78, '%', 'growth', '工業生產指數', '首季'),
    D('131.16', 131.16, '', 'quantity', '工業生產指數', M, amb=INDEX_LEVEL),
    D('23.79%', 23.79, '%', 'growth', '工業生產指數', M),
    D('24.37%', 24.37, '%', 'growth', '製造業', M),
    D('2.60%', -2.60, '%', 'growth', '工業生產', M),
    D('2.69%', -2.69, '%', 'growth', '製造業', M),
    D('3.28%', -3.28, '%', 'growth', '工業生產'),
    D('3.24%', -3.24, '%', 'growth', '製造業'),
    D('6.98%', -6.98, '%', 'growth', '礦業及土石採取業'),
    D('3.64%', -3.64, '%', 'growth', '電力及燃氣供應業'),
    D('0.95%', 0.95, '%', 'growth', '用水供應業'),
    D('6.09%', -6.09, '%', 'growth', '建築工程業'),
    D('123.22', 123.22, '', 'quantity', '工業生產指數', Q, amb=INDEX_LEVEL),
    D('6.10%', -6.10, '%', 'growth', '工業生產指數', Q),
    D('5.74%', -5.74, '%', 'growth', '製造業', Q),
    D('0.97%', -0.97, '%', 'growth', '工業生產', Q),
    D('0.80%', -0.80, '%', 'growth', '製造業', Q),
    D('0.78%', 0.78, '%', 'growth', '工業生產'),
    D('0.72%', 0.72, '%', 'growth', '製造業'),
    D('1.81%', -1.81, '%', 'growth', '礦業及土石採取業'),
    D('3.30%', -3.30, '%', 'growth', '電力及燃氣供應業'),
    D('0.25%', -0.25, '%', 'growth', '用水供應業'),
    D('11.99%', 11.99, '%', 'growth', '建築工程業'),
]

# ------------------------------------------------------------------------------------------
# a Taiwan city government's news (臺中市政府: the mayor's report to the council; no year
# in the text or the address for 今年; Traditional): the city's figures (region 台中市, the
# city the text names), the island's average Taiwan's. 100年 (= 2011) is the census year;
# 與95年相較 a base; 五年來 counts back from 100年 (2007..2011). 五都第一 is a rank in the
# five municipalities; 蟬聯五都最低 has no numeral. 上看4000億元 is the year's forecast;
# 明年預算將…增加20% a plan. 65歲以上, 55歲以上 and 5%以下 are thresholds (approx over,
# under). 第五屆 is an ordinal.
D = doc('台中市', {'100年': '2011', '五年來': '2007..2011'})
G['tw_gov_taichung'] = [
    D('9680億元', 9.68e11, '元', 'money', '生產總額', '100年'),
    D('45.77%', 45.77, '%', 'growth', '生產總額', '100年'),
    D('8.15%', 8.15, '%', 'growth', '企業家數', '100年'),
    D('11.73%', 11.73, '%', 'growth', '從業員工數', '100年'),
    D('第一', 1, '位', 'rank', '成長率', '五年來', scope='五都'),
    D('15%', 15, '%', 'percent', '得票率'),
    D('4%', 4, '%', 'percent', '失業率', '今年上半年'),
    D('4.7%', 4.7, '%', 'percent', '全國平均值', '今年上半年', region='台湾省'),
    D('2116億元', 2.116e11, '元', 'money', '中科的營業額', '今年上半年'),
    D('52.35%', 52.35, '%', 'growth', '中科的營業額', '今年上半年'),
    D('4000億元', 4e11, '元', 'money', '全年度營收額', '全年度', status='forecast'),
    D('100萬人次', 1e6, '人次', 'quantity', '旅運量', '今年一至七月', approx='over'),
    D('9.82%', 9.82, '%', 'growth', '旅運量', '今年一至七月'),
    D('5%以下', 5, '%', 'percent', '年綜合所得稅率', approx='under'),
    D('65歲以上', 65, '岁', 'quantity', '老人', approx='over'),
    D('55歲以上', 55, '岁', 'quantity', '原住民', approx='over'),
    D('20%', 20, '%', 'growth', '預算', '明年', status='plan'),
]

# ------------------------------------------------------------------------------------------
# a Taiwan county government's release as a local news site gives it (花蓮縣政府, grants
# won in 110年 = 2021; Traditional): the county's figures. Years inside the quoted plan
# names (「110年度…計畫」, 「111-116年…計畫」) are parts of names, not the governing period:
# the money takes 今年度 and 110年 (the year the grants were approved). 1億7,982萬 in the
# headline has no unit (ambiguous). Amounts written 29萬7,000元 resolve to 297000.
D = doc('花莲县', {'今年度': '2021', '110年': '2021'})
G['tw_gov_hualien2021'] = [
    D('1億7,982萬', 1.7982e8, '', 'quantity', '經費', amb=NO_UNIT),
    D('26案', 26, '案', 'quantity', '計畫'),
    D('1億7,982萬元', 1.7982e8, '元', 'money', '經費'),
    D('26案', 26, '案', 'quantity', '提案', '今年度'),
    D('29萬7,000元', 297000, '元', 'money', '經費', '今年度'),
    D('1,067萬元', 1.067e7, '元', 'money', '新城鄉公所康樂部落之心新建計畫', '今年度'),
    D('503萬7,000元', 5037000, '元', 'money', '玉里鎮德武里苓雅部落排水溝及擋土牆改善工程',
      '今年度'),
    D('239萬7,000元', 2397000, '元', 'money', '110年度原住民族家庭服務中心購置設施設備執行計畫',
      '今年度'),
    D('6,607萬4,000元', 66074000, '元', 'money', '111-116年生活圈道路交通系統建設計畫',
      '110年'),
    D('319萬9,000元', 3199000, '元', 'money', '經費', '110年'),
]

# ------------------------------------------------------------------------------------------
# Macau government release (統計暨普查局's merchandise trade of 7月, on the government's
# portal; no year in the text or the address: no key; Traditional): Macau's figures. The
# unit is the one written after each number, 元 (the page declares 澳門元 once, in
# brackets: README). Sentences without 今年7月 / 7月 / 今年1至7月 / 首七個月 have no
# period; 去年同期's own values take that period. 增加1.4倍 is growth of 1.4 times. A fall
# in an amount (減少83.5億元) keeps a positive value.
D = doc('澳门特别行政区', {})
G['mo_gov_trade'] = [
    D('11.8億元', 1.18e9, '元', 'money', '貨物出口總值', '今年7月'),
    D('18.3%', 18.3, '%', 'growth', '貨物出口總值', '今年7月', scope='按年'),
    D('10.5億元', 1.05e9, '元', 'money', '再出口'),
    D('23.2%', 23.2, '%', 'growth', '再出口'),
    D('1.4倍', 1.4, '倍', 'growth', '成衣'),
    D('1.2倍', 1.2, '倍', 'growth', '鞋類'),
    D('45.4%', -45.4, '%', 'growth', '娛樂場用製品'),
    D('1.3億元', 1.3e8, '元', 'money', '本地產品出口'),
    D('9.4%', -9.4, '%', 'growth', '本地產品出口'),
    D('33.7%', -33.7, '%', 'growth', '成衣'),
    D('8.7%', -8.7, '%', 'growth', '醫藥及有機化學產品'),
    D('5.1%', 5.1, '%', 'growth', '銅及其製品'),
    D('4.3%', -4.3, '%', 'growth', '貨物進口總值', scope='按年'),
    D('105.8億元', 1.058e10, '元', 'money', '貨物進口總值'),
    D('38.3%', -38.3, '%', 'growth', '黃金製首飾'),
    D('29.7%', -29.7, '%', 'growth', '手錶'),
    D('1.5倍', 1.5, '倍', 'growth', '娛樂場用製品'),
    D('25.0%', 25.0, '%', 'growth', '小客車'),
    D('94.0億元', 9.4e9, '元', 'money', '貨物貿易逆差', '7月'),
    D('822.5億元', 8.225e10, '元', 'money', '對外商品貿易總額', '今年1至7月'),
    D('897.5億元', 8.975e10, '元', 'money', '對外商品貿易總額', '去年同期'),
    D('8.3%', -8.3, '%', 'growth', '對外商品貿易總額', '今年1至7月'),
    D('77.9億元', 7.79e9, '元', 'money', '總出口貨值'),
    D('5.8%', 5.8, '%', 'growth', '總出口貨值', scope='按年'),
    D('69.3億元', 6.93e9, '元', 'money', '再出口'),
    D('6.8%', 6.8, '%', 'growth', '再出口'),
    D('8.6億元', 8.6e8, '元', 'money', '本地產品出口'),
    D('1.7%', -1.7, '%', 'growth', '本地產品出口'),
    D('744.6億元', 7.446e10, '元', 'money', '總進口貨值'),
    D('9.6%', -9.6, '%', 'growth', '總進口貨值'),
    D('666.7億元', 6.667e10, '元', 'money', '貨物貿易逆差', '首七個月'),
    D('750.2億元', 7.502e10, '元', 'money', '貨物貿易逆差', '去年同期'),
    D('83.5億元', 8.35e9, '元', 'money', '貨物貿易逆差', '首七個月'),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government press release (政府統計處's labour force figures of 二零一六年八月
# 至十月, info.gov.hk, 2016-11-17; Traditional): Hong Kong's figures. Numbers grouped by
# spaces (3 813 400人) resolve as one number. 由A下跌至B,減少約C: A has the earlier
# period, B and C the later; 同期 points back to the two periods just named, each value
# keyed to its own. 該兩段期間 names two periods at once (no period); 連續八個期間 is a
# duration. A fall in a count keeps a positive value.
D = doc('香港特别行政区', {'二零一六年八月至十月': '2016-08..10', '二零一六年七月至九月': '2016-07..09'})
NOW, BEFORE = '二零一六年八月至十月', '二零一六年七月至九月'
G['hk_gov_labour2016'] = [
    D('3.4%', 3.4, '%', 'percent', '經季節性調整的失業率', NOW),
    D('1.4%', 1.4, '%', 'percent', '就業不足率'),
    D('3 813 400人', 3813400, '人', 'quantity', '總就業人數', BEFORE),
    D('3 810 900人', 3810900, '人', 'quantity', '總就業人數', NOW),
    D('約2 500人', 2500, '人', 'quantity', '總就業人數', NOW, approx='about'),
    D('3 954 000人', 3954000, '人', 'quantity', '總勞動人口', '同期', key='2016-07..09'),
    D('3 947 000人', 3947000, '人', 'quantity', '總勞動人口', '同期', key='2016-08..10'),
    D('約7 000人', 7000, '人', 'quantity', '總勞動人口', '同期', approx='about',
      key='2016-08..10'),
    D('140 600人', 140600, '人', 'quantity', '失業人數', BEFORE),
    D('136 100人', 136100, '人', 'quantity', '失業人數', NOW),
    D('約4 500人', 4500, '人', 'quantity', '失業人數', NOW, approx='about'),
    D('55 300人', 55300, '人', 'quantity', '就業不足人數', NOW),
    D('55 300人', 55300, '人', 'quantity', '就業不足人數', BEFORE),
    D('3.4%', 3.4, '%', 'percent', '經季節性調整的失業率'),
    D('1.4%', 1.4, '%', 'percent', '就業不足率'),
]


if __name__ == '__main__':
    write_context_gold(HERE, G)
