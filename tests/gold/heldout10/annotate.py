#!/usr/bin/env python3
"""Hand annotations of the tenth held-out set (text/), written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run on them; see README.md). Each figure carries
the spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written), period (the
governing time expression, as written), period_key (spec form: 2025, 2025-H1, 2025-Q3,
2025-01..09, 2025-09), status (actual, target, forecast, plan) and region (the region the
figure is about, as its full Simplified name; None for the country, the world, a company or
a region the text does not name). The conventions are those of ../heldout/README.md,
../heldout2/README.md, ../heldout3/README.md, ../heldout6/README.md and
../heldout9/README.md; what this set adds is in README.md. This script only turns each
record's text into byte offsets (../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
SLOGAN_COUNT = ("五大发展理念 / 五大新发展理念: the count in the name of a known set of concepts, "
                "unquoted and not followed by its list; the spec makes a quoted count announcing "
                "a list a figure (“十大工程”) and slogan names not (两稳一促), and says nothing "
                "of this one between them")
PER_MILLE_POINT = ("上升0.89个千分点: a difference in per-mille points, a unit the spec does not "
                   "list (pp is 个百分点 only; as heldout3's 上升4.04個千分點)")
NATURAL_RATE = ("自然增长率3.85‰: a rate of change written as a level, in per mille; the spec "
                "settles neither whether such a rate is growth or percent nor ‰ (as heldout's "
                "自然增长率为-1.4‰)")
RATIO3 = ("a structure ratio of three parts (a:b:c): the spec reads a:b only (as heldout2 and "
          "heldout3)")
NTD = ("新台幣1兆8970億元: the currency written before the number and 元 after it; the spec "
       "does not say whether the unit is 新台币 or 元 (as heldout3, heldout6 and heldout9)")
ABOUT_OVER = ("約70億餘元: 約 (about) and 餘 (over) on one amount; the spec's approx takes one "
              "value and does not say which wins")
INDEX_LEVEL = ("an index level with no unit (工業生產指數一二九.六二); the spec's kinds do not "
               "say which kind a unitless index takes (as heldout2 and heldout9)")


G = {}

# ------------------------------------------------------------------------------------------
# the central bank's financial statistics of the first three quarters of 2016 (中国人民银行,
# 2016-10-18, on a trade site; Simplified): the country's figures, no region. The headings
# (一、…, 二、…) are sentences of their own: the first has no time expression, the second
# 前三季度. 月末 opening a sentence is the month end of the report (9月末), as 年末 is a
# year's end (heldout). 比上月末, 比去年同期, 同比 are bases. 分部门看 opens a sentence with
# no time expression: no period (the letter of the spec; it does not open with 其中). An
# amount added more than a year before (同比多增2558亿元) is money, positive; a fall in an
# amount keeps a positive value (外币贷款减少259亿美元); a difference states its direction.
D = doc(None, {'9月末': '2016-09', '月末': '2016-09', '前三季度': '2016-01..09',
               '9月份': '2016-09'})
G['cn_pboc_finance2016'] = [
    D('11.5%', 11.5, '%', 'growth', '广义货币'),
    D('24.7%', 24.7, '%', 'growth', '狭义货币'),
    D('151.64万亿元', 1.5164e14, '元', 'money', '广义货币(M2)余额', '9月末'),
    D('11.5%', 11.5, '%', 'growth', '广义货币(M2)余额', '9月末', scope='同比'),
    D('0.1个百分点', 0.1, 'pp', 'pp', '增速', '9月末'),
    D('1.6个百分点', -1.6, 'pp', 'pp', '增速', '9月末'),
    D('45.43万亿元', 4.543e13, '元', 'money', '狭义货币(M1)余额', '9月末'),
    D('24.7%', 24.7, '%', 'growth', '狭义货币(M1)余额', '9月末', scope='同比'),
    D('0.6个百分点', -0.6, 'pp', 'pp', '增速', '9月末'),
    D('13.3个百分点', 13.3, 'pp', 'pp', '增速', '9月末'),
    D('6.51万亿元', 6.51e12, '元', 'money', '流通中货币(M0)余额', '9月末'),
    D('6.6%', 6.6, '%', 'growth', '流通中货币(M0)余额', '9月末', scope='同比'),
    D('1852亿元', 1.852e11, '元', 'money', '净投放现金', '前三季度'),
    D('10.16万亿元', 1.016e13, '元', 'money', '人民币贷款', '前三季度'),
    D('259亿美元', 2.59e10, '美元', 'money', '外币贷款', '前三季度'),
    D('109.49万亿元', 1.0949e14, '元', 'money', '本外币贷款余额', '9月末'),
    D('12%', 12, '%', 'growth', '本外币贷款余额', '9月末', scope='同比'),
    D('104.11万亿元', 1.0411e14, '元', 'money', '人民币贷款余额', '月末'),
    D('13%', 13, '%', 'growth', '人民币贷款余额', '月末', scope='同比'),
    D('2.4个百分点', -2.4, 'pp', 'pp', '增速', '月末'),
    D('10.16万亿元', 1.016e13, '元', 'money', '人民币贷款', '前三季度'),
    D('2558亿元', 2.558e11, '元', 'money', '人民币贷款', '前三季度'),
    D('4.72万亿元', 4.72e12, '元', 'money', '住户部门贷款'),
    D('5247亿元', 5.247e11, '元', 'money', '短期贷款'),
    D('4.2万亿元', 4.2e12, '元', 'money', '中长期贷款'),
    D('5.27万亿元', 5.27e12, '元', 'money', '非金融企业及机关团体贷款'),
    D('6507亿元', 6.507e11, '元', 'money', '短期贷款'),
    D('3.21万亿元', 3.21e12, '元', 'money', '中长期贷款'),
    D('1.14万亿元', 1.14e12, '元', 'money', '票据融资'),
    D('1112亿元', 1.112e11, '元', 'money', '非银行业金融机构贷款'),
    D('1.22万亿元', 1.22e12, '元', 'money', '人民币贷款', '9月份'),
    D('1643亿元', 1.643e11, '元', 'money', '人民币贷款', '9月份'),
]

# ------------------------------------------------------------------------------------------
# a city's statistics communiqué for 2016 (池州市, Simplified; the table of the population
# between the paragraphs left out): the text names 池州市, so its figures are the city's.
# 年末 and 全年 are 2016 (heldout). 其中 opening a sentence takes the period of the sentence
# before; 分产业看 and sentences with no time expression have none. ‰ is the spec's 千分之N
# (9.51‰ is 0.951 %, as heldout). 由上年的…调整为…: 上年 is the compared time; the ratio
# reached and the share after it (其中…36%) have no period of their own (heldout9's 由上月…
# 增為…). A share's subject is the part. 十三五 is a plan name.
D = doc('池州市', {'2016年': '2016', '年末': '2016', '全年': '2016', '上年': '2015'})
GDP3 = '三次产业结构'
G['cn_stats_chizhou2016'] = [
    D('五大', 5, '', 'quantity', '发展理念', '2016年', amb=SLOGAN_COUNT),
    D('162.4万人', 1.624e6, '人', 'quantity', '户籍人口', '年末'),
    D('0.8万人', 8e3, '人', 'quantity', '户籍人口', '年末'),
    D('83万人', 8.3e5, '人', 'quantity', '男性', '年末'),
    D('51.1%', 51.1, '%', 'percent', '男性', '年末'),
    D('79.4万人', 7.94e5, '人', 'quantity', '女性', '年末'),
    D('48.9%', 48.9, '%', 'percent', '女性', '年末'),
    D('144.3万人', 1.443e6, '人', 'quantity', '常住人口'),
    D('0.7万人', 7e3, '人', 'quantity', '常住人口'),
    D('9.51‰', 0.951, '%', 'percent', '人口出生率', '全年'),
    D('0.89个千分点', 0.089, 'pp', 'pp', '人口出生率', '全年', amb=PER_MILLE_POINT),
    D('5.66‰', 0.566, '%', 'percent', '死亡率', '全年'),
    D('0.4个千分点', -0.04, 'pp', 'pp', '死亡率', '全年', amb=PER_MILLE_POINT),
    D('3.85‰', 0.385, '%', 'growth', '自然增长率', '全年', amb=NATURAL_RATE),
    D('1.29个千分点', 0.129, 'pp', 'pp', '自然增长率', '全年', amb=PER_MILLE_POINT),
    D('52.3%', 52.3, '%', 'percent', '常住人口城镇化率'),
    D('1.2个百分点', 1.2, 'pp', 'pp', '常住人口城镇化率'),
    D('589亿元', 5.89e10, '元', 'money', '地区生产总值', '全年'),
    D('8.1%', 8.1, '%', 'growth', '地区生产总值', '全年'),
    D('71.2亿元', 7.12e9, '元', 'money', '第一产业增加值'),
    D('2.7%', 2.7, '%', 'growth', '第一产业增加值'),
    D('265.8亿元', 2.658e10, '元', 'money', '第二产业增加值'),
    D('8.4%', 8.4, '%', 'growth', '第二产业增加值'),
    D('212.2亿元', 2.122e10, '元', 'money', '全部工业增加值'),
    D('9.7%', 9.7, '%', 'growth', '全部工业增加值'),
    D('252亿元', 2.52e10, '元', 'money', '第三产业增加值'),
    D('9.6%', 9.6, '%', 'growth', '第三产业增加值'),
    D('13.0:46.1:40.9', 46.1 / 13.0, ':', 'ratio', GDP3, '上年', amb=RATIO3),
    D('12.1:45.1:42.8', 45.1 / 12.1, ':', 'ratio', GDP3, amb=RATIO3),
    D('36%', 36, '%', 'percent', '工业增加值'),
    D('51360元/人', 51360, '元/人', 'money', '全员劳动生产率'),
    D('3775元/人', 3775, '元/人', 'money', '全员劳动生产率'),
    D('40919元', 40919, '元', 'money', '人均GDP'),
    D('6160美元', 6160, '美元', 'money', '人均GDP'),
    D('2905元', 2905, '元', 'money', '人均GDP'),
]

# ------------------------------------------------------------------------------------------
# a city's statistics communiqué for 2016 (六盘水市统计局, the opening, section 一 and the
# first paragraph of section 二; Simplified): the city's figures. 其中 opening a sentence
# takes the period before; 与上年相比 is a base, and its sentence has no period. 三条底线
# restates the three just named (发展、生态、安全; the spec's 县乡村三级: not a figure); “三线”,
# “三变” and “十三五” are quoted names. 分别上升0.1和0.8个百分点: the unit is written once,
# after the last member. The page's 82.25元 (no 亿) and its spaces (6.3 %, 9.14 亿元) are
# kept as given. 分别 over one head noun keeps the written list (heldout8).
D = doc('六盘水市', {'2016年': '2016', '全年': '2016'})
SHARES = '第一产业、第二产业、第三产业增加值'
G['cn_stats_liupanshui2016'] = [
    D('五大', 5, '', 'quantity', '新发展理念', '2016年', amb=SLOGAN_COUNT),
    D('1313.70亿元', 1.3137e11, '元', 'money', '生产总值', '2016年'),
    D('12%', 12, '%', 'growth', '生产总值', '2016年'),
    D('125.49亿元', 1.2549e10, '元', 'money', '第一产业增加值', '2016年'),
    D('6.3%', 6.3, '%', 'growth', '第一产业增加值', '2016年'),
    D('660亿元', 6.6e10, '元', 'money', '第二产业增加值', '2016年'),
    D('10.9%', 10.9, '%', 'growth', '第二产业增加值', '2016年'),
    D('563.42亿元', 5.6342e10, '元', 'money', '工业增加值', '2016年'),
    D('9.8%', 9.8, '%', 'growth', '工业增加值', '2016年'),
    D('528.21亿元', 5.2821e10, '元', 'money', '第三产业增加值', '2016年'),
    D('14.7%', 14.7, '%', 'growth', '第三产业增加值', '2016年'),
    D('12.6%', 12.6, '%', 'growth', '交通运输、仓储和邮政业', '2016年'),
    D('20%', 20, '%', 'growth', '金融业', '2016年'),
    D('44.4%', 44.4, '%', 'growth', '营利性服务业', '2016年'),
    D('45325元', 45325, '元', 'money', '人均地区生产总值'),
    D('9.6%', 9.6, '%', 'percent', SHARES),
    D('50.2%', 50.2, '%', 'percent', SHARES),
    D('40.2%', 40.2, '%', 'percent', SHARES),
    D('0.1', 0.1, 'pp', 'pp', '第一产业、第三产业比重'),
    D('0.8个百分点', 0.8, 'pp', 'pp', '第一产业、第三产业比重'),
    D('0.9个百分点', -0.9, 'pp', 'pp', '第二产业比重'),
    D('131.40亿元', 1.314e10, '元', 'money', '农林牧渔业增加值', '全年'),
    D('6.3 %', 6.3, '%', 'growth', '农林牧渔业增加值', '全年'),
    D('82.25元', 82.25, '元', 'money', '种植业增加值', '全年'),
    D('7.4 %', 7.4, '%', 'growth', '种植业增加值', '全年'),
    D('9.14 亿元', 9.14e8, '元', 'money', '林业增加值', '全年'),
    D('7.2 %', 7.2, '%', 'growth', '林业增加值', '全年'),
    D('33.65亿元', 3.365e9, '元', 'money', '畜牧业增加值', '全年'),
    D('3.4 %', 3.4, '%', 'growth', '畜牧业增加值', '全年'),
    D('0.46亿元', 4.6e7, '元', 'money', '渔业增加值', '全年'),
    D('7.0 %', 7.0, '%', 'growth', '渔业增加值', '全年'),
    D('5.91亿元', 5.91e8, '元', 'money', '农林牧渔服务业增加值', '全年'),
    D('6.3%', 6.3, '%', 'growth', '农林牧渔服务业增加值', '全年'),
]

# ------------------------------------------------------------------------------------------
# a listed company's annual report summary (黑龙江北大荒农业股份有限公司, 2011, section 5.1,
# as a securities paper prints it; Simplified): the company's figures. The province in the
# company's name is part of a name: the figures are the company's, not the province's, so
# no region. 比上年 is a base; 2011年 governs the whole sentence. 5.1, 1、 and (1) number
# sections.
D = doc(None, {'2011年': '2011'})
G['cn_company_beidahuang2011'] = [
    D('133亿元', 1.33e10, '元', 'money', '营业收入', '2011年'),
    D('44.25%', 44.25, '%', 'growth', '营业收入', '2011年'),
    D('3.80亿元', 3.8e8, '元', 'money', '营业利润', '2011年'),
    D('25.82%', 25.82, '%', 'growth', '营业利润', '2011年'),
    D('4.51亿元', 4.51e8, '元', 'money', '利润总额', '2011年'),
    D('26.63%', 26.63, '%', 'growth', '利润总额', '2011年'),
    D('4.41亿元', 4.41e8, '元', 'money', '归属于上市公司股东的净利润', '2011年'),
    D('23.41%', 23.41, '%', 'growth', '归属于上市公司股东的净利润', '2011年'),
    D('0.25元', 0.25, '元', 'money', '基本每股收益', '2011年'),
    D('22.65%', 22.65, '%', 'growth', '基本每股收益', '2011年'),
    D('7.74%', 7.74, '%', 'percent', '加权平均净资产收益率', '2011年'),
    D('1.22个百分点', 1.22, 'pp', 'pp', '加权平均净资产收益率', '2011年'),
]

# ------------------------------------------------------------------------------------------
# the Ministry of Commerce's regular press conference (商务部, 2021-12-23, its spokesman on
# consumption of 1-11月份 2021, as a business paper reports it; the reporter's byline left
# out; the first line, the date, is taken from the page's address; the page's ?? kept;
# Simplified): the country's figures. 一是…四是 number the points; 几个特点 is vague. 分别
# over one head noun keeps the written list (heldout8). A sentence without 1-11月份 has no
# period. 增长1.7倍 is growth in 倍 (heldout9). A share's subject is the part.
D = doc(None, {'1-11月份': '2021-01..11'})
M = '1-11月份'
URBAN = '城镇、乡村消费品零售额'
FOOD = '限额以上单位粮油食品、饮料零售额'
UPGRADE = '限额以上单位金银珠宝、文化办公用品、通讯器材零售额'
HOME = '建材、家具零售额'
G['cn_presser_mofcom2021'] = [
    D('34.6万亿元', 3.46e13, '元', 'money', URBAN, M),
    D('5.3万亿元', 5.3e12, '元', 'money', URBAN, M),
    D('13.8%', 13.8, '%', 'growth', URBAN, M, scope='同比'),
    D('13.3%', 13.3, '%', 'growth', URBAN, M, scope='同比'),
    D('10.7%', 10.7, '%', 'growth', FOOD, M, scope='同比'),
    D('21.2%', 21.2, '%', 'growth', FOOD, M, scope='同比'),
    D('18.8%', 18.8, '%', 'growth', '食品类商品销售', scope='同比'),
    D('34.1%', 34.1, '%', 'growth', UPGRADE, M, scope='同比'),
    D('20.2%', 20.2, '%', 'growth', UPGRADE, M, scope='同比'),
    D('16.3%', 16.3, '%', 'growth', UPGRADE, M, scope='同比'),
    D('22.2%', 22.2, '%', 'growth', HOME, M, scope='同比'),
    D('16.9%', 16.9, '%', 'growth', HOME, M, scope='同比'),
    D('9.8万亿元', 9.8e12, '元', 'money', '实物商品网上零售额', M),
    D('13.2%', 13.2, '%', 'growth', '实物商品网上零售额', M, scope='同比'),
    D('24.5%', 24.5, '%', 'percent', '实物商品网上零售额', M),
    D('299万辆', 2.99e6, '辆', 'quantity', '新能源汽车销售', M),
    D('1.7倍', 1.7, '倍', 'growth', '新能源汽车销售', M, scope='同比'),
    D('12.7%', 12.7, '%', 'percent', '新能源汽车销售', M),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (a finance site's note on the statistics office's labour figures of 9月 of
# 民國101年 = 2012; the headline and two paragraphs; the source line (資料來源…) left out;
# Traditional): Taiwan's figures. 今(101)年 is 2012 (the 民國 year converted). 較上年同月,
# 較上年同期 are bases. 由上月4.40%降為4.32%: 4.40% is 上月's own value; the level reached
# takes 9月, the sentence's time expression before the compared month. A fall in a count
# keeps a positive value; a difference states its direction. 15-24歲 is an age range (the
# spec's 0—6岁); 最高 is no rank (not in the spec's numeral-less rank words). The sentence
# 依年齡分… has no time expression.
D = doc('台湾省', {'9月': '2012-09', '今(101)年9月': '2012-09', '1-9月': '2012-01..09',
                  '上月': '2012-08'})
N9 = '今(101)年9月'
G['tw_news_moneydj_labor2012'] = [
    D('4.32%', 4.32, '%', 'percent', '失業率', '9月'),
    D('0.04個百分點', 0.04, 'pp', 'pp', '失業率', '9月'),
    D('1,087.8萬人', 10878000, '人', 'quantity', '就業人數', N9),
    D('1.2%', 1.2, '%', 'growth', '就業人數', N9),
    D('12.8萬人', 128000, '人', 'quantity', '就業人數', N9),
    D('1.0%', 1.0, '%', 'growth', '工業', N9),
    D('0.6%', 0.6, '%', 'growth', '製造業', N9),
    D('2.0%', 2.0, '%', 'growth', '營造業', N9),
    D('1.4%', 1.4, '%', 'growth', '服務業', N9),
    D('0.3%', 0.3, '%', 'growth', '農業', N9),
    D('1,084.1萬人', 10841000, '人', 'quantity', '平均就業人數', '1-9月'),
    D('1.5%', 1.5, '%', 'growth', '平均就業人數', '1-9月'),
    D('49.1萬人', 491000, '人', 'quantity', '失業人數', '9月'),
    D('4.40%', 4.40, '%', 'percent', '失業率', '上月'),
    D('4.32%', 4.32, '%', 'percent', '失業率', '9月'),
    D('0.04個百分點', 0.04, 'pp', 'pp', '失業率', '9月'),
    D('4.23%', 4.23, '%', 'percent', '平均失業率', '1-9月'),
    D('0.20個百分點', -0.20, 'pp', 'pp', '平均失業率', '1-9月'),
    D('15-24歲', 15, '岁', 'quantity', '年齡', vmax=24),
    D('13.57%', 13.57, '%', 'percent', '失業率'),
    D('4.77%', 4.77, '%', 'percent', '大專及以上失業率'),
    D('5.68%', 5.68, '%', 'percent', '大學及以上'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (聯合報 via udn, 2025-08-21: the National Treasury Administration's revenue of
# the central government budget to July 2025; the first line is the page's date;
# Traditional): Taiwan's figures. 今年前7月 governs its sentence (全年預算 is a noun, the
# year's budget, not the figure's period); 截至7月底 is 2025-07 (heldout8's 截至5月). 較去年
# 同期 is a base: the sentences with no other time expression have no period. 今年度 is
# 2025; 7月中旬 is a date. An amount of decrease keeps a positive value. 債務還本 is the
# budget's (編列): plan.
D = doc('台湾省', {'今年前7月': '2025-01..07', '截至7月底': '2025-07', '今年度': '2025'})
P7 = '今年前7月'
J7 = '截至7月底'
G['tw_news_udn_treasury2025'] = [
    D('1兆8970億元', 1.897e12, '元', 'money', '累計實收', P7, amb=NTD),
    D('59.9%', 59.9, '%', 'percent', '全年預算達成率', P7),
    D('93.6%', 93.6, '%', 'percent', '分配預算執行率', P7),
    D('645億元', 6.45e10, '元', 'money', '累計實收', P7),
    D('1兆6890億元', 1.689e12, '元', 'money', '稅課收入累計實收數', J7, amb=NTD),
    D('60.7%', 60.7, '%', 'percent', '預算達成率', J7),
    D('92.7%', 92.7, '%', 'percent', '執行率', J7),
    D('257億元', 2.57e10, '元', 'money', '稅課收入累計實收數', J7),
    D('346億元', 3.46e10, '元', 'money', '綜合所得稅及營業稅', J7),
    D('112億元', 1.12e10, '元', 'money', '綜合所得稅及營業稅', J7),
    D('352億元', 3.52e10, '元', 'money', '證券交易稅、營利事業所得稅、貨物稅', J7),
    D('216億元', 2.16e10, '元', 'money', '證券交易稅、營利事業所得稅、貨物稅', J7),
    D('111億元', 1.11e10, '元', 'money', '證券交易稅、營利事業所得稅、貨物稅', J7),
    D('2080億元', 2.08e11, '元', 'money', '累計實收數'),
    D('54.7%', 54.7, '%', 'percent', '預算達成率'),
    D('100.7%', 100.7, '%', 'percent', '執行率'),
    D('388億元', 3.88e10, '元', 'money', '累計實收數'),
    D('168億元', 1.68e10, '元', 'money', '營業盈餘及事業收入'),
    D('165億元', 1.65e10, '元', 'money', '國發基金賸餘繳庫'),
    D('220億元', 2.2e10, '元', 'money', '規費、罰賠款、財產及其他收入合計'),
    D('約70億餘元', 7e9, '元', 'money', '相關專案歲出', '今年度', approx='about', amb=ABOUT_OVER),
    D('106.6%', 106.6, '%', 'percent', '該項收入執行率', '今年度'),
    D('1415億元', 1.415e11, '元', 'money', '債務還本', '今年度', status='plan'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (自由時報 2023/02/02 as a forum copies it: the Ministry of Economic Affairs'
# trade sales and industrial production of 十二月 and of 2022; the forum's anti-copy noise
# lines left out; numbers in Chinese numerals with . as the decimal point and ○ for zero,
# as the page gives them; Traditional): Taiwan's figures. 去年 is 2022; 全年 (and 去年全年)
# the year the story is about, 2022; 一月 is 2023-01 (a forecast, 預估). 連四黑, 連十六紅,
# 連八紅, 連二黑 and 連續三年 are durations; 兩項指數 and 三者 restate what was just named.
# A range of a fall (年減二十.二%至十七.四%) keeps the sign on both ends. Index levels are
# ambiguous (heldout9).
D = doc('台湾省', {'十二月': '2022-12', '去年十二月': '2022-12', '去年': '2022', '一月': '2023-01',
                  '全年': '2022', '去年全年': '2022'})
G['tw_news_ltn_industry2023'] = [
    D('四○三○億元', 4.03e11, '元', 'money', '零售業營業額', '十二月'),
    D('九.四%', 9.4, '%', 'growth', '零售業營業額', '十二月', scope='年增'),
    D('八七六億元', 8.76e10, '元', 'money', '餐飲業營業額', '十二月'),
    D('十三.八%', 13.8, '%', 'growth', '餐飲業營業額', '十二月', scope='年增'),
    D('一二九.六二', 129.62, '', 'quantity', '工業生產指數', '十二月', amb=INDEX_LEVEL),
    D('七.九三%', -7.93, '%', 'growth', '工業生產指數', '十二月', scope='年減'),
    D('一三一.九九', 131.99, '', 'quantity', '製造業指數', '十二月', amb=INDEX_LEVEL),
    D('八.四%', -8.4, '%', 'growth', '製造業指數', '十二月', scope='年減'),
    D('一三二.八七', 132.87, '', 'quantity', '工業生產指數', '去年', amb=INDEX_LEVEL),
    D('○.八八%', 0.88, '%', 'growth', '工業生產指數', '去年', scope='年增'),
    D('一三五.○五', 135.05, '', 'quantity', '製造業指數', '去年', amb=INDEX_LEVEL),
    D('○.八九%', 0.89, '%', 'growth', '製造業指數', '去年', scope='年增'),
    D('二十.二%至十七.四%', -20.2, '%', 'growth', '製造業生產指數', '一月', vmax=-17.4,
      scope='年減', status='forecast'),
    D('一兆五二二億元', 1.0522e12, '元', 'money', '批發業營業額', '去年十二月'),
    D('五.六%', -5.6, '%', 'growth', '批發業營業額', '去年十二月', scope='年減'),
    D('十二兆七○一三億元', 1.27013e13, '元', 'money', '營業額', '全年'),
    D('四.四%', 4.4, '%', 'growth', '營業額', '全年', scope='年增'),
    D('四兆二八一五億元', 4.2815e12, '元', 'money', '營業額', '去年全年'),
    D('七.四%', 7.4, '%', 'growth', '營業額', '去年全年', scope='年增'),
    D('八六五三億元', 8.653e11, '元', 'money', '餐飲業', '去年全年'),
    D('十八.九%', 18.9, '%', 'growth', '餐飲業', '去年全年', scope='年增'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (中央社 on a broadcaster's site, 2025-12-22: the statistics office's labour
# figures of 11月 2025; the first line is the page's date; the editor's line left out;
# Traditional): Taiwan's figures. 較10月, 與去年同月比較 are bases; 連續3個月 and 25年來 are
# durations; 22日 is a date. A fall in a count keeps a positive value; a difference states
# its direction (月減0.03個百分點 is -0.03).
D = doc('台湾省', {'11月': '2025-11'})
G['tw_news_cts_labor2025'] = [
    D('3.33%', 3.33, '%', 'percent', '失業率', '11月'),
    D('0.03個百分點', -0.03, 'pp', 'pp', '失業率', '11月'),
    D('3.35%', 3.35, '%', 'percent', '經季節調整後失業率', '11月'),
    D('0.02個百分點', 0.02, 'pp', 'pp', '經季節調整後失業率', '11月'),
    D('40.1萬人', 401000, '人', 'quantity', '失業人數', '11月'),
    D('3000人', 3000, '人', 'quantity', '失業人數', '11月'),
    D('4000人', 4000, '人', 'quantity', '初次尋職失業者', '11月'),
    D('2000人', 2000, '人', 'quantity', '失業人數', '11月'),
    D('1163.9萬人', 11639000, '人', 'quantity', '就業人數', '11月'),
    D('4000人', 4000, '人', 'quantity', '就業人數', '11月'),
]

# ------------------------------------------------------------------------------------------
# a Macau government release (統計暨普查局's survey of the gaming sector of 2011, on the
# government portal; Traditional): Macau's figures. Amounts are patacas written 元
# ((澳門元,下同); heldout3). 較2010年 is a base; sentences with no other time expression have
# no period. 42%及36% pair with 總收益 and 總支出 in order. A share's subject is the part
# (佔總數76%).
D = doc('澳门特别行政区', {'2011年': '2011'})
SPEND = '購貨、佣金及客戶回贈支出'
G['mo_gov_gaming2011'] = [
    D('2,702.5億元', 2.7025e11, '元', 'money', '行業總收益', '2011年'),
    D('1,243.8億元', 1.2438e11, '元', 'money', '總支出', '2011年'),
    D('42%', 42, '%', 'growth', '行業總收益', '2011年'),
    D('36%', 36, '%', 'growth', '總支出', '2011年'),
    D('1,611.3億元', 1.6113e11, '元', 'money', '增加值總額'),
    D('42%', 42, '%', 'growth', '增加值總額', scope='按年'),
    D('104%', 104, '%', 'growth', '固定資本形成總額', scope='按年'),
    D('22.4億元', 2.24e9, '元', 'money', '固定資本形成總額'),
    D('2,702.5億元', 2.7025e11, '元', 'money', '博彩業總收益', '2011年'),
    D('2,701.1億元', 2.7011e11, '元', 'money', '博彩及相關服務(如餐飲、外幣兌換等)收益', '2011年'),
    D('42%', 42, '%', 'growth', '博彩及相關服務(如餐飲、外幣兌換等)收益', '2011年', scope='按年'),
    D('1.4億元', 1.4e8, '元', 'money', '利息收益', '2011年'),
    D('1,243.8億元', 1.2438e11, '元', 'money', '總支出'),
    D('36%', 36, '%', 'growth', '總支出'),
    D('947.6億元', 9.476e10, '元', 'money', SPEND),
    D('76%', 76, '%', 'percent', SPEND),
    D('45%', 45, '%', 'growth', SPEND, scope='按年'),
    D('142.0億元', 1.42e10, '元', 'money', '經營費用'),
    D('122.7億元', 1.227e10, '元', 'money', '員工支出'),
    D('19%', 19, '%', 'growth', '經營費用', scope='按年'),
    D('15%', 15, '%', 'growth', '員工支出', scope='按年'),
]

# ------------------------------------------------------------------------------------------
# a Hong Kong government press release (issued for the HKMA through info.gov.hk,
# 2012-11-30: the Exchange Fund's abridged balance sheet and the Currency Board account of
# 二○一二年十月; the rule lines and the note on release dates after them left out;
# Traditional): Hong Kong's figures. 較二○一二年九月底 is a base. The page's 由二○一二年十月底的
# 108.94% (the month before is meant) is kept as given, and its period is as written.
# After a bare rate noun (增幅) the subject is what it is the rate of (heldout3).
D = doc('香港特别行政区', {'截至二○一二年十月三十一日': '2012-10', '於二○一二年十月底': '2012-10',
                   '二○一二年十月底': '2012-10'})
OCT = '二○一二年十月底'
G['hk_gov_hkma2012'] = [
    D('26,123億港元', 2.6123e12, '港元', 'money', '外匯基金總資產', '截至二○一二年十月三十一日'),
    D('26,123億港元', 2.6123e12, '港元', 'money', '外匯基金的總資產', '於二○一二年十月底'),
    D('341億港元', 3.41e10, '港元', 'money', '外匯基金的總資產', '於二○一二年十月底'),
    D('115億港元', 1.15e10, '港元', 'money', '外幣資產', '於二○一二年十月底'),
    D('226億港元', 2.26e10, '港元', 'money', '港元資產', '於二○一二年十月底'),
    D('11,130億港元', 1.113e12, '港元', 'money', '貨幣基礎', OCT),
    D('79億港元', 7.9e9, '港元', 'money', '貨幣基礎', OCT),
    D('0.7%', 0.7, '%', 'growth', '貨幣基礎', OCT),
    D('67億港元', 6.7e9, '港元', 'money', '支持資產', OCT),
    D('12,105億港元', 1.2105e12, '港元', 'money', '支持資產', OCT),
    D('0.6%', 0.6, '%', 'growth', '支持資產', OCT),
    D('108.94%', 108.94, '%', 'percent', '支持比率', OCT),
    D('108.76%', 108.76, '%', 'percent', '支持比率', OCT),
]


if __name__ == '__main__':
    write_context_gold(HERE, G)
