#!/usr/bin/env python3
"""Hand annotations of the second blind held-out set (text/), written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run on them; see README.md). Each figure carries
the spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written), period (the
governing time expression, as written), period_key (spec form: 2025, 2025-H1, 2025-Q3,
2025-01..09, 2025-09), status (actual, target, forecast, plan) and region (the region the
figure is about, as its full Simplified name; None for the country or a region the text
does not name). The conventions are those of ../heldout/README.md; what this set adds is
in README.md. This script only turns each record's text into byte offsets (../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
RATIO3 = ("a structure ratio of three parts (a:b:c): the spec reads a:b only")
RATIO_BROKEN = ("a three-part structure ratio with a separator missing in the source "
                "(14.33:46.3439.33): no reading is certain")
NARROWED = ("降幅…收窄0.9个百分点: a fall that narrowed; the spec does not say whether the "
            "difference of a narrowing decline is +0.9 or -0.9 pp")
LIST_COUNT = ("三大门类/三大客源/七大類: a count of the standard categories the text goes on to "
              "name, unquoted; the spec counts a quoted count that announces a list and not a "
              "count that restates what was named")
OVER_YI = ("过亿项目: 过亿 is a threshold without a unit (projects of over 100 million), part of "
           "the name of a kind of project; the spec does not settle a bare magnitude threshold")
PER_MILLE = ("人口自然增长率控制在3‰以内: a rate of change written as a level, in per mille; "
             "the spec settles neither whether such a rate is growth or percent nor ‰")
INDEX_LEVEL = ("an index level with no unit (工業生產指數129.62, 物價總指數104.05); the spec's "
               "kinds do not say which kind a unitless index takes")
BOUND = ("低於百分之二: a bound the rate stayed under for six months; the spec lists neither "
         "低於 as a qualifier nor whether such a bound is a figure")
STREAK = ("連25紅: 25 months in a row of growth, a headline's shorthand; a duration (not a "
          "figure) or a count")
NTH_TIME = ("第3度/第三度: the third time (an occurrence), an ordinal that counts; the spec "
            "excludes ordinals that name things but does not settle ordinals that count events")
RECORD_RANK = ("歷年第三大增幅: the third largest rise in history, a rank without a rank "
               "word (位/名) after a scope; the spec does not settle it")


G = {}

# ------------------------------------------------------------------------------------------
# a county's statistics communiqué for 2015 (天祝藏族自治县, Simplified): no dateline, the
# title gives the year. 其中 takes the period of the sentence before; 由2014年的… is a
# comparison base and governs nothing; 从三次产业… and 财政支出… have no time expression.
D = doc('天祝藏族自治县', {'2015年': '2015', '全年': '2015'})
G['cn_stats_tianzhu'] = [
    D('44.66亿元', 4.466e9, '元', 'money', '地区生产总值', '2015年'),
    D('8.8%', 8.8, '%', 'growth', '地区生产总值', '2015年', scope='同比'),
    # a list of differences sharing one unit: each member takes it
    D('1.9', 1.9, 'pp', 'pp', '地区生产总值', '2015年'),
    D('0.9', 0.9, 'pp', 'pp', '地区生产总值', '2015年'),
    D('0.1个百分点', 0.1, 'pp', 'pp', '地区生产总值', '2015年'),
    D('第二', 2, '位', 'rank', '增速', '2015年', scope='全市'),
    D('6.4亿元', 6.4e8, '元', 'money', '第一产业增加值', '2015年'),
    D('6.1%', 6.1, '%', 'growth', '第一产业增加值', '2015年'),
    D('第一', 1, '位', 'rank', '增速', '2015年', scope='全市'),
    D('20.69亿元', 2.069e9, '元', 'money', '第二产业增加值', '2015年'),
    D('6.5%', 6.5, '%', 'growth', '第二产业增加值', '2015年'),
    D('第三', 3, '位', 'rank', '增速', '2015年', scope='全市'),
    D('17.5亿元', 1.75e9, '元', 'money', '第三产业增加值', '2015年'),
    D('11.9%', 11.9, '%', 'growth', '第三产业增加值', '2015年'),
    D('第一', 1, '位', 'rank', '增速', '2015年', scope='全市'),
    D('13.88:53.06:33.06', 53.06 / 13.88, ':', 'ratio', '三次产业结构', '2015年', amb=RATIO3),
    D('14.33:46.3439.33', 46.3439 / 14.33, ':', 'ratio', '三次产业结构', '2015年',
      amb=RATIO_BROKEN),
    D('0.45个百分点', 0.45, 'pp', 'pp', '第一产业比重', '2015年'),
    D('6.72个百分点', -6.72, 'pp', 'pp', '第二产业比重', '2015年'),
    D('6.27个百分点', 6.27, 'pp', 'pp', '第三产业比重', '2015年'),
    D('7.45%', 7.45, '%', 'percent', '一产对生产总值的贡献率'),
    D('1.89个百分点', 1.89, 'pp', 'pp', '一产对生产总值的贡献率'),
    D('45.2%', 45.2, '%', 'percent', '二产对生产总值的贡献率'),
    D('13.89个百分点', -13.89, 'pp', 'pp', '二产对生产总值的贡献率'),
    D('47.35%', 47.35, '%', 'percent', '第三产业对生产总值的贡献率'),
    D('12个百分点', 12, 'pp', 'pp', '第三产业对生产总值的贡献率'),
    D('39510万元', 3.951e8, '元', 'money', '公共财政预算收入', '全年'),
    D('14.85%', 14.85, '%', 'growth', '公共财政预算收入', '全年', scope='同比'),
    D('60233万元', 6.0233e8, '元', 'money', '大口径财政收入', '全年'),
    D('3.69%', 3.69, '%', 'growth', '大口径财政收入', '全年', scope='同比'),
    D('22051万元', 2.2051e8, '元', 'money', '财政系统', '全年'),
    D('42.45%', 42.45, '%', 'growth', '财政系统', '全年', scope='同比'),
    D('11925万元', 1.1925e8, '元', 'money', '国税系统', '全年'),
    D('15.65%', -15.65, '%', 'growth', '国税系统', '全年', scope='同比'),
    D('26230万元', 2.623e8, '元', 'money', '地税系统', '全年'),
    D('7.37%', -7.37, '%', 'growth', '地税系统', '全年', scope='同比'),
    D('345366万元', 3.45366e9, '元', 'money', '财政支出'),
    D('23.2%', 23.2, '%', 'growth', '财政支出', scope='同比'),
]

# ------------------------------------------------------------------------------------------
# 答记者问: the National Bureau of Statistics' spokesman (head of its national-accounts
# department) at the State Council Information Office, 2020-08-14 (Simplified); the
# country's figures, so no region. 与6月份持平 and 比1-6月份 are comparisons, not periods.
D = doc(None, {'7月份': '2020-07', '1-7月份': '2020-01..07'})
G['cn_interview_nbs'] = [
    D('4.8%', 4.8, '%', 'growth', '规模以上工业增加值', '7月份', scope='同比'),
    D('0.98%', 0.98, '%', 'growth', '规模以上工业增加值', '7月份', scope='环比'),
    D('0.4%', -0.4, '%', 'growth', '规模以上工业增加值', '1-7月份', scope='同比'),
    D('0.9个百分点', -0.9, 'pp', 'pp', '降幅', '1-7月份', amb=NARROWED),
    D('4.1%', 4.1, '%', 'growth', '国有控股企业增加值', '7月份', scope='同比'),
    D('4.2%', 4.2, '%', 'growth', '股份制企业', '7月份'),
    D('7.6%', 7.6, '%', 'growth', '外商及港澳台商投资企业', '7月份'),
    D('4.2%', 4.2, '%', 'growth', '私营企业', '7月份'),
    D('三大', 3, '', 'quantity', '门类', at='分三大门类看', amb=LIST_COUNT),
    # a new sentence with no time expression: no period (spec)
    D('2.6%', -2.6, '%', 'growth', '采矿业增加值'),
    D('6.0%', 6.0, '%', 'growth', '制造业'),
    D('1.7%', 1.7, '%', 'growth', '电力、热力、燃气及水生产和供应业'),
    # A、B分别增长x%、y%: the subjects A and B
    D('13.0%', 13.0, '%', 'growth', '装备制造业', '7月份', scope='同比'),
    D('9.8%', 9.8, '%', 'growth', '高技术制造业', '7月份', scope='同比'),
    D('8.2', 8.2, 'pp', 'pp', '装备制造业', '7月份'),
    D('5.0个百分点', 5.0, 'pp', 'pp', '高技术制造业', '7月份'),
]

# ------------------------------------------------------------------------------------------
# a department head of the Ministry of Commerce to Xinhua, 2019-11-12 (Simplified; the date
# line is taken from the page's address); the country's figures. After the first paragraph
# no sentence has a governing time expression (较2013年, 较去年同期 are bases).
D = doc(None, {'1至10月': '2019-01..10'})
G['cn_interview_mofcom_trade'] = [
    D('2.4%', 2.4, '%', 'growth', '进出口总额', '1至10月', scope='同比'),
    D('4.9%', 4.9, '%', 'growth', '出口', '1至10月'),
    D('0.4%', -0.4, '%', 'growth', '进口', '1至10月'),
    D('9.4%', 9.4, '%', 'growth', '与“一带一路”沿线国家进出口'),
    D('4.1个百分点', 4.1, 'pp', 'pp', '占比'),
    D('29.1%', 29.1, '%', 'percent', '占比'),
    D('13.8%', 13.8, '%', 'growth', '中西部地区出口'),
    D('8.9个百分点', 8.9, 'pp', 'pp', '中西部地区出口'),
    D('1.4个百分点', 1.4, 'pp', 'pp', '占比'),
    D('18.1%', 18.1, '%', 'percent', '占比'),
    D('58.3%', 58.3, '%', 'percent', '机电产品出口占比'),
    D('70%以上', 70, '%', 'percent', '企业', approx='over'),
]

# ------------------------------------------------------------------------------------------
# a county government work report as the press gave it (五莲县, January 2013, Simplified):
# 经初步预计 makes the review's figures forecasts (spec: 预计), 计划 the plan's commitments
# plans, 主要预期目标 the targets targets.
D = doc('五莲县', {'2012年全年': '2012', '2013年': '2013', '年内': '2013'})
G['cn_workreport_wulian'] = [
    D('163亿元', 1.63e10, '元', 'money', '生产总值', '2012年全年', status='forecast'),
    D('13%', 13, '%', 'growth', '生产总值', '2012年全年', status='forecast'),
    D('9807元', 9807, '元', 'money', '农民人均纯收入', '2012年全年', status='forecast'),
    D('18817元', 18817, '元', 'money', '城镇居民人均可支配收入', '2012年全年', status='forecast'),
    D('18%', 18, '%', 'growth', '农民人均纯收入', '2012年全年', status='forecast'),
    D('16.5%', 16.5, '%', 'growth', '城镇居民人均可支配收入', '2012年全年', status='forecast'),
    D('20个以上', 20, '个', 'quantity', '过亿项目', '2013年', approx='over', status='plan'),
    D('过亿', 1e8, '', 'quantity', '过亿项目', '2013年', approx='over', status='plan', amb=OVER_YI),
    D('15亿元以上', 1.5e9, '元', 'money', '招商引资到位固定资产投资', '2013年', approx='over',
      status='plan'),
    D('35亿元', 3.5e9, '元', 'money', '总投资', '年内', status='plan'),
    D('80项', 80, '项', 'quantity', '城建重点工程', '年内', status='plan'),
    D('28万平方米', 2.8e5, '平方米', 'quantity', '城区绿化面积', '年内', status='plan'),
    D('13%', 13, '%', 'growth', '生产总值', '2013年', status='target'),
    D('18%', 18, '%', 'growth', '公共财政预算收入', '2013年', status='target'),
    D('25%', 25, '%', 'growth', '规模以上固定资产投资', '2013年', status='target'),
    D('17%', 17, '%', 'growth', '社会消费品零售总额', '2013年', status='target'),
    D('3.5%以内', 3.5, '%', 'growth', '居民消费价格指数', '2013年', approx='under',
      status='target'),
    D('3‰以内', 0.3, '%', 'percent', '人口自然增长率', '2013年', approx='under', status='target',
      amb=PER_MILLE),
]

# ------------------------------------------------------------------------------------------
# a county government work report as published (闽清县, review of 2018, Simplified): 预计
# governs the summary list, which has no time expression (no period, spec); the
# agriculture paragraph's 全年 is 2018.
D = doc('闽清县', {'全年': '2018'})
G['cn_workreport_minqing'] = [
    # 突破 is a verb and stays out of text; approx over (spec)
    D('200亿元', 2e10, '元', 'money', '地区生产总值', approx='over', status='forecast'),
    D('8.8%', 8.8, '%', 'growth', '地区生产总值', status='forecast'),
    D('33.8亿元', 3.38e9, '元', 'money', '一般公共预算总收入', status='forecast'),
    D('96.1%', 96.1, '%', 'growth', '一般公共预算总收入', status='forecast'),
    D('18.7亿元', 1.87e9, '元', 'money', '地方一般公共预算收入', status='forecast'),
    D('92.9%', 92.9, '%', 'growth', '地方一般公共预算收入', status='forecast'),
    D('83.4亿元', 8.34e9, '元', 'money', '固定资产投资', status='forecast'),
    D('15%', 15, '%', 'growth', '固定资产投资', status='forecast'),
    D('57.7亿元', 5.77e9, '元', 'money', '社会消费品零售总额', status='forecast'),
    D('13.2%', 13.2, '%', 'growth', '社会消费品零售总额', status='forecast'),
    D('31561元', 31561, '元', 'money', '城镇居民人均可支配收入', status='forecast'),
    D('9%', 9, '%', 'growth', '城镇居民人均可支配收入', status='forecast'),
    D('14763元', 14763, '元', 'money', '农村居民人均可支配收入', status='forecast'),
    D('9.5%', 9.5, '%', 'growth', '农村居民人均可支配收入', status='forecast'),
    # “十佳”县 is a ranking used as a name: no figure
    D('48.5亿元', 4.85e9, '元', 'money', '农林牧渔业总产值', '全年'),
    D('5.3%', 5.3, '%', 'growth', '农林牧渔业总产值', '全年'),
    D('75家', 75, '家', 'quantity', '县级以上农业龙头企业'),
    D('18.4亿元', 1.84e9, '元', 'money', '年销售收入'),
    D('10.5%', 10.5, '%', 'growth', '年销售收入'),
    D('52家', 52, '家', 'quantity', '农民合作社'),
    D('75个', 75, '个', 'quantity', '家庭农场'),
    D('3.39万亩', 33900, '亩', 'quantity', '高标准农田'),
    D('800亩', 800, '亩', 'quantity', '耕地'),
    D('2000亩', 2000, '亩', 'quantity', '农业标准化示范基地'),
    D('1000亩', 1000, '亩', 'quantity', '生态茶园'),
    D('13个', 13, '个', 'quantity', '“三品一标”农产品'),
    D('22家', 22, '家', 'quantity', '中小股权上市农业企业'),
    D('8.4%', 8.4, '%', 'growth', '规上工业增加值'),
]

# ------------------------------------------------------------------------------------------
# mainland city news (辽源市, a commerce bureau's year figures for 2016, Simplified): no
# dateline. “十二五” governs only the clause it stands in (在保持…的基础上); the year's
# figures after it stand in a sentence with no governing time expression (no period).
D = doc('辽源市', {'2016年': '2016', '“十二五”': '2011..2015'})
G['cn_news_liaoyuan'] = [
    D('第二位', 2, '位', 'rank', '外贸进出口增速', '2016年', scope='全省'),
    D('35%', 35, '%', 'growth', '年均增速', '“十二五”'),
    D('29868万美元', 2.9868e8, '美元', 'money', '外贸进出口总额'),
    D('8.9%', 8.9, '%', 'growth', '外贸进出口总额', scope='同比'),
    D('16454万美元', 1.6454e8, '美元', 'money', '出口'),
    D('8.6%', 8.6, '%', 'growth', '出口', scope='同比'),
    D('13414万美元', 1.3414e8, '美元', 'money', '进口'),
    D('9.2%', 9.2, '%', 'growth', '进口', scope='同比'),
    # 三项 restates the three items just named: no figure; the list shares one unit
    D('11.2', 11.2, 'pp', 'pp', '进出口'),
    D('17.4', 17.4, 'pp', 'pp', '出口'),
    D('9.4个百分点', 9.4, 'pp', 'pp', '进口'),
    D('第二位', 2, '位', 'rank', '进出口增速', scope='全省'),
    # the province's cities, a region the text does not name
    D('4个', 4, '个', 'quantity', '完成任务的市(州)', region=None),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government press release (Immigration Department, immd.gov.hk, 2015-04-09, in
# the government's Simplified edition); the holiday's dates are the period (a day range,
# keyed as a month range is). 人次 stands before the listed numbers: no unit after them.
D = doc('香港特别行政区', {'二○一五年四月四日至六日': '2015-04-04..06'})
G['hk_gov_immd'] = [
    D('468 000人次', 468000, '人次', 'quantity', '整体访客来港数字', '二○一五年四月四日至六日'),
    D('12.4%', -12.4, '%', 'growth', '整体访客来港数字', '二○一五年四月四日至六日'),
    D('359 500', 359500, '', 'quantity', '内地访客', '二○一五年四月四日至六日'),
    D('108 500', 108500, '', 'quantity', '其他访客', '二○一五年四月四日至六日'),
    D('14%', -14, '%', 'growth', '内地访客', '二○一五年四月四日至六日'),
    D('6.6%', -6.6, '%', 'growth', '其他访客', '二○一五年四月四日至六日'),
]

# ------------------------------------------------------------------------------------------
# Taiwan government release (經濟部統計處, 發布日期 2023-02-08, Traditional): 民國 111年 is
# 2022. Item 2 has only comparison bases (與上年同月比較): no period (spec). The list
# numbers 1.–4. are not figures.
D = doc('台湾省', {'111年12月': '2022-12', '111年第4季': '2022-Q4', '111年': '2022'})
G['tw_gov_moea'] = [
    D('129.62', 129.62, '', 'quantity', '工業生產指數', '111年12月', amb=INDEX_LEVEL),
    D('0.14%', 0.14, '%', 'growth', '工業生產指數', '111年12月'),
    D('0.13%', 0.13, '%', 'growth', '製造業', '111年12月'),
    D('0.89%', -0.89, '%', 'growth', '工業生產', '111年12月'),
    D('1.46%', -1.46, '%', 'growth', '製造業', '111年12月'),
    D('7.93%', -7.93, '%', 'growth', '工業生產'),
    D('8.40%', -8.40, '%', 'growth', '製造業'),
    D('0.80%', -0.80, '%', 'growth', '礦業及土石採取業'),
    D('2.13%', -2.13, '%', 'growth', '電力及燃氣供應業'),
    D('3.99%', 3.99, '%', 'growth', '用水供應業'),
    D('129.62', 129.62, '', 'quantity', '工業生產指數', '111年第4季', amb=INDEX_LEVEL),
    D('5.18%', -5.18, '%', 'growth', '工業生產指數', '111年第4季'),
    D('4.67%', -4.67, '%', 'growth', '製造業', '111年第4季'),
    D('5.94%', -5.94, '%', 'growth', '工業生產', '111年第4季'),
    D('6.22%', -6.22, '%', 'growth', '製造業', '111年第4季'),
    D('132.87', 132.87, '', 'quantity', '工業', '111年', amb=INDEX_LEVEL),
    D('135.05', 135.05, '', 'quantity', '製造業生產指數', '111年', amb=INDEX_LEVEL),
    D('0.88%', 0.88, '%', 'growth', '工業', '111年'),
    D('0.89%', 0.89, '%', 'growth', '製造業', '111年'),
]

# ------------------------------------------------------------------------------------------
# Taiwan government release (主計處 price indices, as a financial site quotes it; source
# line "主計處10/7", Traditional). Neither the text nor the page gives the year, so the
# months have no period_key. (100年=100) is the index base, 10/7 a date: no figures.
D = doc('台湾省', {})
G['tw_gov_dgbas'] = [
    D('104.05', 104.05, '', 'quantity', '消費者物價總指數', '9月份', amb=INDEX_LEVEL),
    D('1.31%', 1.31, '%', 'growth', '消費者物價總指數', '9月份'),
    D('0.42%', 0.42, '%', 'growth', '消費者物價總指數', '9月份'),
    D('0.83%', 0.83, '%', 'growth', '消費者物價總指數', '9月份'),
    D('0.88%', 0.88, '%', 'growth', '消費者物價總指數', '1-9月'),
    D('96.37', 96.37, '', 'quantity', '躉售物價總指數', '9月份', amb=INDEX_LEVEL),
    D('0.02%', -0.02, '%', 'growth', '躉售物價總指數', '9月份'),
    D('0.08%', -0.08, '%', 'growth', '躉售物價總指數', '9月份'),
    D('2.69%', -2.69, '%', 'growth', '躉售物價總指數', '9月份'),
    D('2.93%', -2.93, '%', 'growth', '躉售物價總指數', '1-9月'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (udn, 2025-11-07, Traditional) on the October CPI: percentages written in
# Chinese numerals (百分之一點四八, ○點二三個百分點); 連續六個月 and 廿個月 are durations.
D = doc('台湾省', {'十月': '2025-10'})
CPI_RATE = '消費者物價指數（ＣＰＩ）年增率'
G['tw_news_udn_cpi'] = [
    D('百分之一點四八', 1.48, '%', 'growth', CPI_RATE, '十月'),
    D('百分之二', 2, '%', 'growth', CPI_RATE, '十月', approx='under', amb=BOUND),
    # 較九月 is the base
    D('○點二三個百分點', 0.23, 'pp', 'pp', CPI_RATE, '十月'),
    D('百分之三點五六', 3.56, '%', 'growth', '外食', '十月'),
    D('百分之二點一四', 2.14, '%', 'growth', '房租漲幅', '十月'),
    D('百分之九點○七', 9.07, '%', 'growth', '豬肉價格'),
    D('百分之一點四八', 1.48, '%', 'growth', 'ＣＰＩ年增率', '十月'),
    D('七大', 7, '', 'quantity', '類項目', at='七大類項目', amb=LIST_COUNT),
    D('百分之三點一八', 3.18, '%', 'growth', '雜項類'),
    D('百分之十點六五', 10.65, '%', 'growth', '金飾及珠寶等個人隨身用品'),
    D('百分之二點四一', 2.41, '%', 'growth', '個人照顧服務費', '十月'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (自由時報, the Ministry of Finance's November exports, Traditional): amounts
# in Chinese numerals with a full-width point (六四〇．五億美元). The page gives no date and
# the text no year, so no period has a key. 確定破, 有機會破, 估 and 預估 look ahead to
# the year's end: forecast.
D = doc('台湾省', {})
G['tw_news_ltn_exports'] = [
    D('56％', 56, '%', 'growth', '出口'),
    D('25', 25, '', 'quantity', '出口', at='連25紅', amb=STREAK),
    D('第3度', 3, '度', 'quantity', '超車南韓', '今年', amb=NTH_TIME),
    D('六四〇．五億美元', 6.405e10, '美元', 'money', '出口', '十一月'),
    D('五十六％', 56, '%', 'growth', '出口', '十一月'),
    D('第三大', 3, '位', 'rank', '增幅', '十一月', scope='歷年', amb=RECORD_RANK),
    D('五七八四．九億美元', 5.7849e11, '美元', 'money', '出口', '前十一月'),
    D('三十四．一％', 34.1, '%', 'growth', '出口', '前十一月'),
    D('第三度', 3, '度', 'quantity', '超車南韓', '今年', amb=NTH_TIME),
    D('三十億美元', 3e9, '美元', 'money', '領先差距', '今年'),
    D('六千億美元', 6e11, '美元', 'money', '出口', '今年', approx='over', status='forecast'),
    D('一五〇〇億美元', 1.5e11, '美元', 'money', '出超', '今年', approx='over', status='forecast'),
    D('6000億美元', 6e11, '美元', 'money', '出口', '全年', status='forecast'),
    D('1500億美元', 1.5e11, '美元', 'money', '出超', '全年', status='forecast'),
    D('四七九．七億美元', 4.797e10, '美元', 'money', '進口', '十一月'),
    D('二十二．三％', 22.3, '%', 'growth', '進口', '十一月', scope='月增'),
    D('四十五％', 45, '%', 'growth', '進口', '十一月', scope='年增'),
    D('四四〇六億美元', 4.406e11, '美元', 'money', '進口', '前十一月'),
    D('二十三．五％', 23.5, '%', 'growth', '進口', '前十一月'),
    D('一三七九億美元', 1.379e11, '美元', 'money', '出超', '前十一月'),
    D('六三四億美元', 6.34e10, '美元', 'money', '出超', '前十一月'),
    D('六一〇億至六三二億美元', 6.1e10, '美元', 'money', '出口', '十二月', vmax=6.32e10,
      status='forecast'),
    D('四十％至四十五％', 40, '%', 'growth', '出口', '十二月', vmax=45, status='forecast'),
    # 連三月 is a duration; 破 before the amount: over
    D('六百億美元', 6e10, '美元', 'money', '出口', '十二月', approx='over', status='forecast'),
    D('約一五〇億美元', 1.5e10, '美元', 'money', '出口', '第四季', approx='about',
      status='forecast'),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government news (政府統計處 via news.gov.hk, 2015-03-03, Traditional): the
# amounts are Hong Kong dollars written 元. 按年比較 is a base: those sentences have no period.
D = doc('香港特别行政区', {'1月': '2015-01'})
G['hk_gov_retail'] = [
    D('14.6%', -14.6, '%', 'growth', '零售業銷貨值', '1月'),
    D('466億元', 4.66e10, '元', 'money', '零售業總銷貨價值', '1月'),
    D('14.6%', -14.6, '%', 'growth', '零售業總銷貨價值', '1月'),
    D('13.9%', -13.9, '%', 'growth', '零售業總銷貨數量', '1月'),
    D('44.1%', -44.1, '%', 'growth', '雜項耐用消費品銷貨價值', scope='按年'),
    D('21.4%', -21.4, '%', 'growth', '珠寶首飾、鐘錶及名貴禮物'),
    D('21.4%', -21.4, '%', 'growth', '燃料'),
    D('19%', -19, '%', 'growth', '鞋類、有關製品及其他衣物配件'),
    D('13.1%', -13.1, '%', 'growth', '超級市場貨品'),
    D('12.8%', -12.8, '%', 'growth', '服裝'),
    D('6.1%', 6.1, '%', 'growth', '汽車及汽車零件銷貨價值'),
    D('5.9%', 5.9, '%', 'growth', '傢具及固定裝置'),
    D('1.3%', 1.3, '%', 'growth', '電器及攝影器材'),
]

# ------------------------------------------------------------------------------------------
# Macau government release (統計暨普查局 via gov.mo, November 2005 arrivals, Traditional):
# no dateline; the title's year. Sentences with no time expression have no period (spec);
# 去年全年 governs the figure it dates (last year's total).
D = doc('澳门特别行政区', {'今年11月': '2005-11', '去年全年': '2004',
                       '今年首十一個月': '2005-01..11'})
G['mo_gov_visitors2005'] = [
    D('1,605,589人次', 1605589, '人次', 'quantity', '入境旅客總數', '今年11月'),
    D('10.4%', 10.4, '%', 'growth', '入境旅客總數', '今年11月'),
    D('9.3%', 9.3, '%', 'growth', '中國大陸旅客'),
    D('15.1%', 15.1, '%', 'growth', '香港旅客'),
    D('11.3%', -11.3, '%', 'growth', '中國台灣旅客'),
    D('818,127人次', 818127, '人次', 'quantity', '不過夜旅客'),
    D('51.0%', 51.0, '%', 'percent', '不過夜旅客'),
    D('三大', 3, '', 'quantity', '客源', at='三大客源', amb=LIST_COUNT),
    D('58.2%', 58.2, '%', 'percent', '中國大陸旅客'),
    D('461,242人次', 461242, '人次', 'quantity', '以個人遊方式來澳的中國大陸旅客'),
    D('49.4%', 49.4, '%', 'percent', '以個人遊方式來澳的中國大陸旅客'),
    D('27.7%', 27.7, '%', 'percent', '香港旅客'),
    D('6.7%', 6.7, '%', 'percent', '中國台灣旅客'),
    D('16,672,556人次', 16672556, '人次', 'quantity', '入境旅客總數', '去年全年'),
    D('17,043,667人次', 17043667, '人次', 'quantity', '入境旅客總數', '今年首十一個月'),
    D('12.5%', 12.5, '%', 'growth', '入境旅客總數', '今年首十一個月'),
    D('9.8%', 9.8, '%', 'growth', '中國大陸旅客'),
    D('9,537,939人次', 9537939, '人次', 'quantity', '中國大陸旅客'),
    D('56.0%', 56.0, '%', 'percent', '中國大陸旅客'),
    D('4,874,157人次', 4874157, '人次', 'quantity', '個人遊'),
    # a list sharing one unit: the first member takes it
    D('5,098,508', 5098508, '人次', 'quantity', '香港旅客'),
    D('1,379,936人次', 1379936, '人次', 'quantity', '中國台灣旅客'),
    D('29.9%', 29.9, '%', 'percent', '香港旅客'),
    D('8.1%', 8.1, '%', 'percent', '中國台灣旅客'),
    D('8,865,498人次', 8865498, '人次', 'quantity', '不過夜旅客'),
    D('52.0%', 52.0, '%', 'percent', '不過夜旅客'),
]


if __name__ == '__main__':
    write_context_gold(HERE, G)
