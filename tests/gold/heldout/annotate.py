#!/usr/bin/env python3
"""Hand annotations of the held-out excerpts in text/, written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run; see README.md). Each figure carries the
spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written), period (the
governing time expression, as written), period_key (spec form: 2025, 2025-H1, 2025-Q3,
2025-01..09), status (actual, target, forecast, plan) and region (the region the figure
is about, as its full Simplified name; None for the country).
This script only turns each record's text into byte offsets (../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
PLACE_COUNT = ("三座省会城市 counts the three cities (哈尔滨、沈阳和长春) the text names; the spec "
               "counts a count that announces a list but not one that restates places, and here "
               "the title states it before the names and line 3 right before them")
NAMED_GROUP = ("沿黄9市 is the standing name of the nine cities along the Yellow River, and also a "
               "count; the spec does not settle a count that is part of a group's name")
INDEX_LEVEL = ("居民消费价格指数为102.7: an index level with no unit; the spec's kinds do not "
               "say which kind a unitless index takes")
NATURAL_RATE = ("自然增长率为-1.4‰: a rate of change written as a level (为), in per mille; the "
                "spec settles neither whether such a rate is growth or percent nor ‰")
TOP_WORD = ("以韓國居首 after the scope 前十位的國家: the spec makes 首位/榜首 after a scope rank 1 "
            "but does not list a bare 首")


G = {}

# ------------------------------------------------------------------------------------------
# a city's statistics communiqué for 2022 (大同市, Simplified): no dateline; the year is 2022
D = doc('大同市', {'全年': '2022', '2022年': '2022', '年末': '2022'})
G['cn_stats_datong'] = [
    D('1842.5亿元', 1.8425e11, '元', 'money', '地区生产总值', '全年'),
    D('3.5%', 3.5, '%', 'growth', '地区生产总值', '全年'),
    # 其中: the period of the sentence before
    D('107.3亿元', 1.073e10, '元', 'money', '第一产业增加值', '全年'),
    D('3.9%', 3.9, '%', 'growth', '第一产业增加值', '全年'),
    D('5.8%', 5.8, '%', 'percent', '第一产业增加值', '全年'),
    D('827.5亿元', 8.275e10, '元', 'money', '第二产业增加值', '全年'),
    D('3.5%', 3.5, '%', 'growth', '第二产业增加值', '全年'),
    D('44.9%', 44.9, '%', 'percent', '第二产业增加值', '全年'),
    D('907.7亿元', 9.077e10, '元', 'money', '第三产业增加值', '全年'),
    D('3.5%', 3.5, '%', 'growth', '第三产业增加值', '全年'),
    D('49.3%', 49.3, '%', 'percent', '第三产业增加值', '全年'),
    # a new sentence with no time expression before the figure: no period (spec)
    D('59447元', 59447, '元', 'money', '人均地区生产总值'),
    D('8838美元', 8838, '美元', 'money', '人均地区生产总值', '2022年'),
    D('310.0万人', 3.1e6, '人', 'quantity', '常住人口', '年末'),
    D('0.1万人', 1e3, '人', 'quantity', '常住人口', '年末'),
    D('228.5万人', 2.285e6, '人', 'quantity', '城镇常住人口', '年末'),
    D('73.7%', 73.7, '%', 'percent', '城镇常住人口', '年末'),
    D('0.3个百分点', 0.3, 'pp', 'pp', '城镇常住人口', '年末'),
    D('1.9万人', 1.9e4, '人', 'quantity', '出生人口', '全年'),
    # ‰ as the spec's 千分之N: 6.0‰ is 0.6 %
    D('6.0‰', 0.6, '%', 'percent', '人口出生率', '全年'),
    D('2.3万人', 2.3e4, '人', 'quantity', '死亡人口', '全年'),
    D('7.4‰', 0.74, '%', 'percent', '死亡率', '全年'),
    D('-1.4‰', -0.14, '%', 'growth', '自然增长率', '全年', amb=NATURAL_RATE),
    D('1.9%', 1.9, '%', 'growth', '居民消费价格', '全年'),
    D('3.0%', 3.0, '%', 'growth', '食品烟酒类价格', '全年'),
    D('5.2%', 5.2, '%', 'growth', '衣着类', '全年'),
    D('0.1%', 0.1, '%', 'growth', '居住类', '全年'),
    D('0.3%', 0.3, '%', 'growth', '教育文化及娱乐类', '全年'),
    D('0.4%', 0.4, '%', 'growth', '医疗保健类', '全年'),
]

# ------------------------------------------------------------------------------------------
# an interview with a city's head of commerce (天水市商务局, Simplified), 2025-06-04;
# digits set off by spaces as the paper prints them
D = doc('天水市', {'2024 年': '2024', '2023 年': '2023', '三年来': '2022..2024'})
G['cn_interview_tianshui'] = [
    D('322.9 亿元', 3.229e10, '元', 'money', '社会消费品零售总额', '2024 年'),
    D('41.6亿元', 4.16e9, '元', 'money', '外贸进出口', '2024 年'),
    # 三年来: the span of the three years before the interview, as 过去五年 is in the spec
    D('2000 多场次', 2000, '场次', 'quantity', '促销活动', '三年来', approx='over'),
    D('1 亿多元', 1e8, '元', 'money', '促消费补贴', '三年来', approx='over'),
    D('33 亿元以上', 3.3e9, '元', 'money', '综合消费', '三年来', approx='over'),
    D('1.22 亿元', 1.22e8, '元', 'money', '以旧换新专项补贴资金', '三年来'),
    D('948 家', 948, '家', 'quantity', '商贸企业', '三年来'),
    D('5 万多名', 5e4, '名', 'quantity', '消费者', '三年来', approx='over'),
    D('12 亿元以上', 1.2e9, '元', 'money', '以旧换新消费', '三年来', approx='over'),
    D('第 11 位', 11, '位', 'rank', '社会消费品零售总额', '2023 年', scope='全省'),
    D('第 4 位', 4, '位', 'rank', '社会消费品零售总额', '2024 年', scope='全省'),
    D('4 亿元', 4e8, '元', 'money', '跨境电商交易额', '2024 年', approx='over'),
    D('21.9%', 21.9, '%', 'growth', '外贸进出口', '2024 年'),
    D('第 6 位', 6, '位', 'rank', '外贸进出口', '2024 年', scope='全省'),
]

# ------------------------------------------------------------------------------------------
# 答记者问: the Ministry of Commerce's spokesman to Xinhua, 2012-10-25 (Simplified); the
# country's figures, so no region
D = doc(None, {'前三季度': '2012-01..09'})
G['cn_interview_mofcom'] = [
    D('2.84万亿美元', 2.84e12, '美元', 'money', '进出口总额', '前三季度'),
    D('6.2%', 6.2, '%', 'growth', '进出口总额', '前三季度'),
    D('1.5万亿美元', 1.5e12, '美元', 'money', '出口', '前三季度'),
    D('7.4%', 7.4, '%', 'growth', '出口', '前三季度'),
    D('15.3个百分点', -15.3, 'pp', 'pp', '出口', '前三季度'),
]

# ------------------------------------------------------------------------------------------
# a city government work report as the press gave it (长沙市, 2015-01-24, Simplified): the
# review of 2014. The figures' sentence names no time, so no period (spec). 预计 governs the
# whole list, and the spec makes 预计 a forecast, though these are preliminary outcomes.
D = doc('长沙市', {}, status='forecast')
G['cn_workreport_changsha'] = [
    D('7810亿元', 7.81e11, '元', 'money', '地区生产总值'),
    D('10%', 10, '%', 'growth', '地区生产总值'),
    D('5430亿元', 5.43e11, '元', 'money', '固定资产投资'),
    D('18%', 18, '%', 'growth', '固定资产投资'),
    D('1003.08亿元', 1.00308e11, '元', 'money', '财政总收入'),
    D('13.49%', 13.49, '%', 'growth', '财政总收入'),
    D('632.8亿元', 6.328e10, '元', 'money', '公共财政预算收入'),
    D('17.92%', 17.92, '%', 'growth', '公共财政预算收入'),
    D('3050亿元', 3.05e11, '元', 'money', '规模以上工业增加值'),
    D('12%', 12, '%', 'growth', '规模以上工业增加值'),
    D('3160亿元', 3.16e11, '元', 'money', '社会消费品零售总额'),
    D('13%', 13, '%', 'growth', '社会消费品零售总额'),
    # 分别 list over 城乡居民: the text names no separate subjects
    D('3.6万元', 3.6e4, '元', 'money', '城乡居民人均可支配收入'),
    D('2.1万元', 2.1e4, '元', 'money', '城乡居民人均可支配收入'),
    D('9.4%', 9.4, '%', 'growth', '城乡居民人均可支配收入'),
    D('10.2%', 10.2, '%', 'growth', '城乡居民人均可支配收入'),
    D('2.85%以内', 2.85, '%', 'percent', '城镇登记失业率', approx='under'),
    D('102.7', 102.7, '', 'quantity', '居民消费价格指数', amb=INDEX_LEVEL),
    D('4%', -4, '%', 'growth', '单位地区生产总值综合能耗'),
]

# ------------------------------------------------------------------------------------------
# three cities' 2023 work-report targets as the press summed them up (Simplified); no
# dateline; each figure is its own city's
D = doc('长春市', {'今年': '2023', '2023年': '2023'}, status='target')
G['cn_workreport_northeast'] = [
    D('三座', 3, '座', 'quantity', '省会城市', at='三座省会城市要', status='actual', region=None,
      amb=PLACE_COUNT),
    D('三座', 3, '座', 'quantity', '省会城市', at='三座省会城市----', status='actual', region=None,
      amb=PLACE_COUNT),
    D('6.5%左右', 6.5, '%', 'growth', '地区生产总值', '今年', approx='about'),
    D('250亿斤', 2.5e10, '斤', 'quantity', '粮食产量', '今年'),
    D('7%以上', 7, '%', 'growth', '规上工业产值', '今年', approx='over'),
    D('5%左右', 5, '%', 'growth', '固定资产投资', '今年', approx='about'),
    D('8%以上', 8, '%', 'growth', '社会消费品零售总额', '今年', approx='over'),
    D('20%左右', 20, '%', 'growth', '地方级财政收入', '今年', approx='about'),
    D('3%左右', 3, '%', 'growth', 'CPI', '今年', approx='about'),
    D('6%左右', 6, '%', 'percent', '城镇调查失业率', '今年', approx='about'),
    D('6%以上', 6, '%', 'growth', '地区生产总值', '2023年', approx='over', region='沈阳市'),
    D('6%', 6, '%', 'growth', '一般公共预算收入', '2023年', region='沈阳市'),
    D('10%以上', 10, '%', 'growth', '固定资产投资', '2023年', approx='over', region='沈阳市'),
    D('8%', 8, '%', 'growth', '社会消费品零售总额', '2023年', region='沈阳市'),
    D('7%', 7, '%', 'growth', '规模以上工业增加值', '2023年', region='沈阳市'),
    D('10%', 10, '%', 'growth', '全社会研发经费投入', '2023年', region='沈阳市'),
    D('3.2%', -3.2, '%', 'growth', '单位地区生产总值能耗', '2023年', region='沈阳市'),
]

# ------------------------------------------------------------------------------------------
# mainland provincial news (山东, a commerce department's briefing), 2023-08-11 (Simplified)
D = doc('山东省', {'上半年': '2023-H1'})
G['cn_news_shandong'] = [
    D('10余家', 10, '家', 'quantity', '新闻媒体', approx='over'),
    D('9市', 9, '市', 'quantity', '市', amb=NAMED_GROUP),
    # 目前 is no time expression (spec)
    D('21家', 21, '家', 'quantity', '省级经济开发区'),
    D('10对', 10, '对', 'quantity', '园区'),
    D('9.1%', 9.1, '%', 'growth', '社会消费品零售总额', '上半年'),
    D('0.9个百分点', 0.9, 'pp', 'pp', '社会消费品零售总额', '上半年'),
    D('16市', 16, '市', 'quantity', '市'),
    D('7.6亿元', 7.6e8, '元', 'money', '消费券'),
    D('142亿元', 1.42e10, '元', 'money', '消费'),
    D('1.56万亿元', 1.56e12, '元', 'money', '进出口', '上半年'),
    D('2.5万人次', 2.5e4, '人次', 'quantity', '境外采购商'),
    D('2300余家', 2300, '家', 'quantity', '企业', '上半年', approx='over'),
    D('205场次', 205, '场次', 'quantity', '参展', '上半年'),
]

# ------------------------------------------------------------------------------------------
# Taiwan government text (National Development Council), 106-03-30, i.e. 2017-03-30
# (Traditional); 民國 years: 105年 is 2016
D = doc('台湾省', {'105年': '2016', '104年': '2015'})
G['tw_gov_ndc'] = [
    D('1.50%', 1.50, '%', 'growth', '經濟成長率', '105年'),
    # the base year's own rate: its period is that year
    D('0.72%', 0.72, '%', 'growth', '經濟成長率', '104年'),
    # 較104年 is the comparison base, not the period the change covers
    D('0.78個百分點', 0.78, 'pp', 'pp', '經濟成長率', '105年'),
    D('1.40%', 1.40, '%', 'growth', '消費者物價指數', '105年'),
    D('0.84%', 0.84, '%', 'growth', '核心物價', '105年'),
    # only comparison bases (較104年) in its sentence: no period
    D('2.97%', -2.97, '%', 'growth', '躉售物價指數'),
    D('58.75%', 58.75, '%', 'percent', '勞動力參與率', '105年'),
    D('0.10個百分點', 0.10, 'pp', 'pp', '勞動力參與率', '105年'),
    D('1,126萬7千人', 11267000, '人', 'quantity', '平均就業人數', '105年'),
    D('6萬9千人', 69000, '人', 'quantity', '平均就業人數', '105年'),
    D('0.62%', 0.62, '%', 'growth', '平均就業人數', '105年'),
    D('3.92%', 3.92, '%', 'percent', '平均失業率', '105年'),
    D('0.14個百分點', 0.14, 'pp', 'pp', '平均失業率', '105年'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news on the statistics office's GDP estimate, 2025-10-31 (Traditional)
D = doc('台湾省', {'今年第3季': '2025-Q3', '第3季': '2025-Q3', '今年全年': '2025'})
G['tw_news_gdp2025'] = [
    D('7.64%', 7.64, '%', 'growth', 'GDP成長率', '今年第3季'),
    # the August forecast of the same quarter: 8月 is when it was made, not what it covers
    D('2.91%', 2.91, '%', 'growth', 'GDP成長率', '今年第3季', status='forecast'),
    D('4.73個百分點', 4.73, 'pp', 'pp', 'GDP成長率', '今年第3季'),
    D('30萬元', 3e5, '元', 'money', '平均每人GDP'),
    D('7.21個百分點', 7.21, 'pp', 'pp', '國外淨需求'),
    D('至少5%', 5, '%', 'growth', '經濟成長率', '今年全年', approx='over', status='forecast'),
    D('1,694億美元', 1.694e11, '美元', 'money', '商品出口', '第3季'),
    D('36.5%', 36.5, '%', 'growth', '商品出口', '第3季'),
    D('7.39個百分點', 7.39, 'pp', 'pp', '商品出口', '第3季'),
    D('91.6億美元', 9.16e9, '美元', 'money', '商品出口', '第3季'),
    D('30.64%', 30.64, '%', 'growth', '商品及服務輸出', '第3季'),
    D('6.44個百分點', 6.44, 'pp', 'pp', '商品及服務輸出', '第3季'),
    D('24.91%', 24.91, '%', 'growth', '進口'),
    D('25.27%', 25.27, '%', 'growth', '進口'),
    D('7.21個百分點', 7.21, 'pp', 'pp', '國外淨需求'),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government news (Census and Statistics Department via news.gov.hk), 2009-07-16
# (Traditional). 月內 and 期內/期間 ('in the month', 'in the period') refer back to the
# month and the five months just named.
D = doc('香港特别行政区', {'5月': '2009-05', '今年5月': '2009-05', '月內': '2009-05',
                       '今年首5個月': '2009-01..05', '期間': '2009-01..05', '期內': '2009-01..05'})
G['hk_gov_trade'] = [
    D('12.6%', -12.6, '%', 'growth', '商品整體出口貨量', '5月', scope='按年'),
    D('16.2%', -16.2, '%', 'growth', '進口貨量', '5月'),
    D('11.8%', -11.8, '%', 'growth', '轉口貨量', '月內'),
    D('35.5%', -35.5, '%', 'growth', '港產品出口貨量', '月內'),
    D('0.6%', 0.6, '%', 'growth', '整體商品出口價格', '今年5月', scope='按年'),
    D('0.8%', -0.8, '%', 'growth', '進口價格', '今年5月'),
    D('0.5%', 0.5, '%', 'growth', '商品轉口價格', '月內'),
    D('0.8%', 0.8, '%', 'growth', '港產品出口價格', '月內'),
    D('1.4%', 1.4, '%', 'growth', '貿易價格比率指數', '月內', scope='按年'),
    # exports to each market: Hong Kong's figures
    D('24.2%', -24.2, '%', 'growth', '出口貨量', '月內'),
    D('22%', -22, '%', 'growth', '出口貨量', '月內'),
    D('16.3%', -16.3, '%', 'growth', '出口貨量', '月內'),
    D('13.4%', -13.4, '%', 'growth', '出口貨量', '月內'),
    D('6.6%', -6.6, '%', 'growth', '出口貨量', '月內'),
    # a sentence with no time expression: no period (spec)
    D('3.4%', 3.4, '%', 'growth', '整體出口價格'),
    D('2.6%', 2.6, '%', 'growth', '整體出口價格'),
    D('1.8%', 1.8, '%', 'growth', '整體出口價格'),
    D('0.7%', 0.7, '%', 'growth', '整體出口價格'),
    D('0.3%', -0.3, '%', 'growth', '整體出口價格'),
    D('18.9%', -18.9, '%', 'growth', '商品整體出口貨量', '今年首5個月'),
    D('19.4%', -19.4, '%', 'growth', '進口貨量', '今年首5個月'),
    D('18.1%', -18.1, '%', 'growth', '轉口貨量', '期間'),
    D('40.4%', -40.4, '%', 'growth', '港產品出口貨量', '期間'),
    D('1.8%', 1.8, '%', 'growth', '整體商品出口價格', '期內', scope='按年'),
    D('0.3%', 0.3, '%', 'growth', '進口價格', '期內'),
    D('1.8%', 1.8, '%', 'growth', '商品轉口價格'),
    D('1.7%', 1.7, '%', 'growth', '港產品出口價格'),
    D('1.5%', 1.5, '%', 'growth', '貿易價格比率指數', scope='按年'),
]

# ------------------------------------------------------------------------------------------
# Macau government release (Statistics and Census Service via gov.mo) on October 2004
# visitor arrivals (Traditional); the year is the title's
D = doc('澳门特别行政区', {'今年十月': '2004-10', '今年首十個月': '2004-01..10'})
G['mo_gov_visitors'] = [
    D('35.4%', 35.4, '%', 'growth', '入境旅客數目', '今年十月'),
    D('1,509,403人次', 1509403, '人次', 'quantity', '入境旅客數目', '今年十月'),
    # sentences with no time expression: no period (spec); visitors from elsewhere are
    # Macau's arrivals
    D('48.3%', 48.3, '%', 'growth', '中國大陸旅客'),
    D('15.4%', 15.4, '%', 'growth', '香港旅客'),
    D('16.6%', 16.6, '%', 'growth', '中國台灣旅客'),
    D('58.1%', 58.1, '%', 'percent', '中國大陸旅客'),
    D('28.0%', 28.0, '%', 'percent', '香港旅客'),
    D('8.3%', 8.3, '%', 'percent', '中國台灣旅客'),
    D('785,369人次', 785369, '人次', 'quantity', '不過夜旅客'),
    D('52.0%', 52.0, '%', 'percent', '不過夜旅客'),
    D('13,699,516人次', 13699516, '人次', 'quantity', '入境旅客總數', '今年首十個月'),
    D('44.1%', 44.1, '%', 'growth', '入境旅客總數', '今年首十個月'),
    D('78.1%', 78.1, '%', 'growth', '中國大陸旅客'),
    D('7,836,240人次', 7836240, '人次', 'quantity', '中國大陸旅客'),
    D('57.2%', 57.2, '%', 'percent', '中國大陸旅客'),
    D('30.7%', 30.7, '%', 'percent', '香港旅客'),
    D('7.6%', 7.6, '%', 'percent', '中國台灣旅客'),
    D('6,854,887人次', 6854887, '人次', 'quantity', '不過夜旅客'),
    D('50.0%', 50.0, '%', 'percent', '不過夜旅客'),
    D('5,195,997人次', 5195997, '人次', 'quantity', '經海路入境旅客', '今年首十個月'),
    D('24.0%', 24.0, '%', 'growth', '經海路入境旅客', '今年首十個月'),
    # 其中: the period of the sentence before
    D('23.5%', 23.5, '%', 'growth', '經外港碼頭入境旅客', '今年首十個月'),
    D('5,084,179人次', 5084179, '人次', 'quantity', '經外港碼頭入境旅客', '今年首十個月'),
    D('60.7%', 60.7, '%', 'percent', '香港旅客', '今年首十個月'),
    D('53.9%', 53.9, '%', 'growth', '經內港碼頭入境旅客', '今年首十個月'),
    D('111,818人次', 111818, '人次', 'quantity', '經內港碼頭入境旅客', '今年首十個月'),
    D('74.3%', 74.3, '%', 'percent', '中國大陸旅客', '今年首十個月'),
]

# ------------------------------------------------------------------------------------------
# Macau government news (Public Security Police via news.gov.mo), 2019-07-21 (Traditional).
# 當中 ('of which') opens the second sentence as 其中 does, so it takes the period before;
# in the long sentence of semicolon clauses, 2月11日 governs its own clause only.
D = doc('澳门特别行政区', {'2019年上半年': '2019-H1', '上半年': '2019-H1', '2月11日': '2019-02-11'})
G['mo_gov_border'] = [
    D('逾9,600萬人次', 9.6e7, '人次', 'quantity', '出入境', '2019年上半年', approx='over'),
    D('9,671萬人次', 9.671e7, '人次', 'quantity', '出入境', '2019年上半年'),
    D('12.3%', 12.3, '%', 'growth', '出入境', '2019年上半年'),
    D('7,096萬人次', 7.096e7, '人次', 'quantity', '關閘口岸', '2019年上半年'),
    # 約佔: the verb cuts 約 off the text, approx stays
    D('73.3%', 73.3, '%', 'percent', '關閘口岸', '2019年上半年', approx='about'),
    D('8.9%', 8.9, '%', 'growth', '關閘口岸', '2019年上半年'),
    # 人次 stands before the number: no unit after it
    D('718萬', 7.18e6, '', 'quantity', '出入境人次', '上半年'),
    D('7.4%', 7.4, '%', 'percent', '出入境人次', '上半年'),
    D('29.4%', -29.4, '%', 'growth', '外港碼頭', '上半年'),
    D('26.5%', -26.5, '%', 'growth', '氹仔碼頭', '上半年'),
    D('17.7%', 17.7, '%', 'growth', '機場出入境人次', '上半年', scope='同比'),
    D('443萬人次', 4.43e6, '人次', 'quantity', '機場出入境人次', '上半年'),
    D('30,671人次', 30671, '人次', 'quantity', '出入境', '2月11日'),
    D('約470萬', 4.7e6, '', 'quantity', '出入境人次', '上半年', approx='about'),
    # a new sentence with no time expression: no period (spec)
    D('2,028萬人次', 2.028e7, '人次', 'quantity', '入境旅客量'),
    D('20.6%', 20.6, '%', 'growth', '入境旅客量'),
    D('超過七成', 70, '%', 'percent', '內地旅客', approx='over'),
    D('18.2%', 18.2, '%', 'percent', '香港'),
    D('2.6%', 2.6, '%', 'percent', '台灣地區'),
    D('約174萬人次', 1.74e6, '人次', 'quantity', '外籍旅客量', approx='about'),
    D('9.8%', 9.8, '%', 'growth', '外籍旅客量', scope='同比'),
    D('首', 1, '位', 'rank', '韓國', at='居首', scope='前十位的國家', amb=TOP_WORD),
    D('超過45萬人次', 4.5e5, '人次', 'quantity', '韓國', approx='over'),
]


if __name__ == '__main__':
    write_context_gold(HERE, G)
