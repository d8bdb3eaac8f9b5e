#!/usr/bin/env python3
"""Hand annotations of the ninth held-out set (text/), written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run on them; see README.md). Each figure carries
the spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written), period (the
governing time expression, as written), period_key (spec form: 2025, 2025-H1, 2025-Q3,
2025-01..09, 2025-09), status (actual, target, forecast, plan) and region (the region the
figure is about, as its full Simplified name; None for the country, the world or a region
the text does not name). The conventions are those of ../heldout/README.md,
../heldout2/README.md, ../heldout3/README.md and ../heldout6/README.md; what this set adds
is in README.md. This script only turns each record's text into byte offsets
(../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
RECORD_PLACE = ("歷年單月次高 / 史上第二長: a place among the months (or the streaks) on record, "
                "as heldout2's 歷年第三大增幅 and heldout6's 第四高; 次高 has no numeral at all "
                "(the spec's numeral-less rank words are 首位, 榜首, 第一 only)")
INDEX_LEVEL = ("an index level with no unit (綜合消費物價平均指數為110.30, 甲類(109.49)); "
               "the spec's kinds do not say which kind a unitless index takes (as heldout2)")
REMAINING_COUNT = ("其餘 6 項: the components left over once three were named (9 less 3), a "
                   "count restating items of a list just counted; the spec excludes counts that "
                   "restate places or tiers just named, not remainders")


G = {}

# ------------------------------------------------------------------------------------------
# Taiwan news (聯合報 via udn, 2026-01-10, the Ministry of Finance's trade of December and
# of 2025; the first line is the page's date; Traditional): Taiwan's figures. 去年 is 2025,
# 全年 the year the story is about (2025). 較上年 is a base. 連續26個月 is a duration,
# 「四季紅火」 a slogan, 連續第三個月 an ordinal of months (a duration). 首破 before
# 6,000億美元 is 突破's kind: over, the verb outside the text; 站上600億美元水準 likewise
# (at or above the level). 三大因素 announces the list that follows (包括…、…以及…).
D = doc('台湾省', {'12月': '2025-12', '去年12月': '2025-12', '全年': '2025'})
G['tw_news_udn_exports2026'] = [
    D('624.7億美元', 6.247e10, '美元', 'money', '出口', '12月'),
    D('43.4%', 43.4, '%', 'growth', '出口', '12月'),
    D('次高', 2, '位', 'rank', '出口', '12月', scope='歷年單月', amb=RECORD_PLACE),
    D('第二長', 2, '位', 'rank', '出口連續上升紀錄', scope='史上', amb=RECORD_PLACE),
    D('6,407.5億美元', 6.4075e11, '美元', 'money', '出口', '全年'),
    D('34.9%', 34.9, '%', 'growth', '出口', '全年'),
    D('6,000億美元', 6e11, '美元', 'money', '出口', '全年', approx='over'),
    D('4,836.1億美元', 4.8361e11, '美元', 'money', '進口', '全年'),
    D('1,571.4億美元', 1.5714e11, '美元', 'money', '出超', '全年'),
    D('430.4億美元', 4.304e10, '美元', 'money', '進口', '去年12月'),
    D('14.9%', 14.9, '%', 'growth', '進口', '去年12月'),
    D('次高', 2, '位', 'rank', '進口', '去年12月', scope='歷年單月', amb=RECORD_PLACE),
    D('4,836.1億美元', 4.8361e11, '美元', 'money', '進口總額', '全年'),
    D('22.6%', 22.6, '%', 'growth', '進口總額', '全年'),
    D('194.43億美元', 1.9443e10, '美元', 'money', '出超', '去年12月'),
    D('1,571.4億美元', 1.5714e11, '美元', 'money', '出超', '全年'),
    # an amount of increase (money, heldout2)
    D('765.61億美元', 7.6561e10, '美元', 'money', '出超', '全年'),
    D('600億美元', 6e10, '美元', 'money', '出口', '去年12月', approx='over'),
    D('三大', 3, '', 'quantity', '因素', '去年12月'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (the National Development Council's business indicators of 114年12月 =
# 2025-12, 2026-01-27, as a portal gives it; the first line is the page's date;
# Traditional): Taiwan's figures. 較上月 is a base. In each component's line (由上（11）月
# 的 4.88% 增為 4.9%) the compared month's own value has that month as its period; the
# level reached has no time expression of its own in its sentence, so no period (the
# letter of the spec; the month of the release is named only in the sentences before).
# A change rate (變動率) is a growth figure; a level reached after 減為 is the level
# (heldout6). 睽違 1 年 is a duration, 首顆 an ordinal; 9 項 counts the components.
# A fall in a score keeps a positive value (heldout6: counts). 各增加 1 分 belongs to both
# components just named; the subject is the nearer.
D = doc('台湾省', {'去（114）年 12 月份': '2025-12', '12 月': '2025-12', '上（11）月': '2025-11',
                 '上月': '2025-11'})
SCORE = '景氣對策信號綜合判斷分數'
G['tw_news_ndc_signal2026'] = [
    D('38 分', 38, '分', 'quantity', SCORE, '12 月'),
    D('1 分', 1, '分', 'quantity', SCORE, '12 月'),
    D('9 項', 9, '项', 'quantity', '構成項目'),
    D('1 分', 1, '分', 'quantity', '製造業營業氣候測驗點'),
    D('1 分', 1, '分', 'quantity', '批發、零售及餐飲業營業額'),
    D('6 項', 6, '项', 'quantity', '構成項目', amb=REMAINING_COUNT),
    D('4.88%', 4.88, '%', 'growth', '貨幣總計數 M1B 變動率', '上（11）月'),
    D('4.9%', 4.9, '%', 'growth', '貨幣總計數 M1B 變動率'),
    D('20.2%', 20.2, '%', 'growth', '股價指數變動率', '上月'),
    D('21.6%', 21.6, '%', 'growth', '股價指數變動率'),
    D('15.8%', 15.8, '%', 'growth', '工業生產指數變動率', '上月'),
    D('18.1%', 18.1, '%', 'growth', '工業生產指數變動率'),
    D('0.1%', 0.1, '%', 'growth', '工業及服務業加班工時變動率', '上月'),
    D('3.6%', 3.6, '%', 'growth', '工業及服務業加班工時變動率'),
    D('50.3%', 50.3, '%', 'growth', '海關出口值變動率', '上月'),
    D('38%', 38, '%', 'growth', '海關出口值變動率'),
    D('60.6%', 60.6, '%', 'growth', '機械及電機設備進口值變動率', '上月'),
    D('31.7%', 31.7, '%', 'growth', '機械及電機設備進口值變動率'),
    D('14.8%', 14.8, '%', 'growth', '製造業銷售量指數變動率', '上月'),
    D('19.9%', 19.9, '%', 'growth', '製造業銷售量指數變動率'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (自由時報 2023/09/22 as a forum copies it, the statistics office's labour
# figures of August 2023; the forum's anti-copy noise lines are left out; Traditional):
# Taiwan's figures. 與7月持平, 較7月, 較上月, 較上年同月 are bases; 近23年 a duration.
# The hours in the definition of the under-employed (工時大於35小時, 未達35小時) are
# thresholds (the spec's 5000万元以上 kind). 疫情前 is not a time expression of the spec.
D = doc('台湾省', {'8月': '2023-08', '1至8月': '2023-01..08'})
SHORT = '週工時未達35小時者'
G['tw_news_ltn_labor2023'] = [
    D('3.56%', 3.56, '%', 'percent', '失業率', '8月'),
    D('3.42%', 3.42, '%', 'percent', '失業率', '8月'),
    D('0.01個百分點', -0.01, 'pp', 'pp', '失業率', '8月'),
    D('1154.6萬人', 11546000, '人', 'quantity', '就業人數', '8月'),
    D('3千人', 3000, '人', 'quantity', '就業人數', '8月'),
    D('14.4萬人', 144000, '人', 'quantity', '就業人數', '8月'),
    D('1150.9萬人', 11509000, '人', 'quantity', '就業人數', '1至8月'),
    D('9.3萬人', 93000, '人', 'quantity', '就業人數', '1至8月'),
    D('42.6萬人', 426000, '人', 'quantity', '失業人數', '8月'),
    D('2千人', 2000, '人', 'quantity', '因工作場所業務緊縮或歇業而失業者', '8月'),
    D('1千人', 1000, '人', 'quantity', '對原有工作不滿意而失業', '8月'),
    D('35小時', 35, '小时', 'quantity', '工時', '8月', approx='over'),
    D('35小時', 35, '小时', 'quantity', '週工時', '8月', approx='under'),
    D('20.8萬人', 208000, '人', 'quantity', SHORT, '8月'),
    D('1萬人', 10000, '人', 'quantity', SHORT, '8月'),
    D('7.1萬人', 71000, '人', 'quantity', SHORT, '8月'),
    D('35小時', 35, '小时', 'quantity', '週工時', approx='under'),
    # 約在18萬至22萬人: 約 is separated from the range by 在, so it stays out of the text
    D('18萬至22萬人', 180000, '人', 'quantity', SHORT, approx='about', vmax=220000),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (the Ministry of Economic Affairs' trade figures of 1月 as a finance site
# gives 工商時報's story; no year in the text or the page: no key; the site's bullet
# summary repeating the paragraphs, its image credit and source line are left out;
# Traditional): Taiwan's figures. A written minus sign is the value's sign. A sentence
# that opens with 當中 (其中) takes the period of the sentence before; 相對的 does not.
D = doc('台湾省', {})
G['tw_news_ctee_trade'] = [
    D('9,936億元', 9.936e11, '元', 'money', '批發業營業額', '1月'),
    D('23.1%', 23.1, '%', 'growth', '批發業營業額', '1月'),
    D('36.7%', 36.7, '%', 'growth', '機械器具業', '1月'),
    D('35.3%', 35.3, '%', 'growth', '化學材料業', '1月'),
    D('3,681億元', 3.681e11, '元', 'money', '零售業營業額', '1月'),
    D('3.6%', 3.6, '%', 'growth', '零售業營業額', '1月'),
    D('29.2%', 29.2, '%', 'growth', '汽車業', '1月'),
    D('22.7%', 22.7, '%', 'growth', '非店面零售', '1月'),
    D('-6%', -6, '%', 'growth', '綜合商品零售業'),
    D('-6%', -6, '%', 'growth', '百貨公司營業額'),
    D('702億元', 7.02e10, '元', 'money', '餐飲業營業額', '1月'),
    D('-15.3%', -15.3, '%', 'growth', '餐飲業營業額', '1月'),
    D('-16.2%', -16.2, '%', 'growth', '餐館業營業額', '1月'),
    D('-23.5%', -23.5, '%', 'growth', '外燴及團膳承包業', '1月'),
]

# ------------------------------------------------------------------------------------------
# Macau government release (統計暨普查局's consumer prices of 2011年12月, on the
# government portal; the skip-navigation link is left out; the page's paragraphs, run
# together with a space on the stored copy, are one a line; Traditional): Macau's figures.
# Index levels are ambiguous (heldout2). 年通脹率 is the yearly rise of prices (growth). A
# contribution (推高通脹率2.5個百分點) has the contributor as its subject (heldout6). A
# list over one head noun whose members carry their index in brackets (甲類(109.49)及乙類
# (110.63)消費物價平均指數) keeps the head noun. Sentences without a time expression
# (升幅較大的…, 另一方面…, 甲類(112.48)…) have no period (the letter of the spec).
D = doc('澳门特别行政区', {'2011年全年': '2011', '2011年': '2011', '2011年12月': '2011-12'})
G['mo_gov_cpi2011'] = [
    D('110.30', 110.30, '', 'quantity', '綜合消費物價平均指數', '2011年全年', amb=INDEX_LEVEL),
    D('5.81%', 5.81, '%', 'growth', '年通脹率', '2011年全年'),
    D('2.5個百分點', 2.5, 'pp', 'pp', '外出用膳、成衣及汽油價格'),
    D('+9.06%', 9.06, '%', 'growth', '雜項商品及服務', '2011年'),
    D('+8.75%', 8.75, '%', 'growth', '交通', '2011年'),
    D('+8.14%', 8.14, '%', 'growth', '食物及非酒精飲品', '2011年'),
    D('+6.73%', 6.73, '%', 'growth', '衣履', '2011年'),
    D('10.67%', -10.67, '%', 'growth', '通訊的價格指數', '2011年'),
    D('109.49', 109.49, '', 'quantity', '甲類', '2011年', amb=INDEX_LEVEL),
    D('110.63', 110.63, '', 'quantity', '乙類', '2011年', amb=INDEX_LEVEL),
    D('5.51%', 5.51, '%', 'growth', '消費物價平均指數', '2011年', scope='按年'),
    D('5.99%', 5.99, '%', 'growth', '消費物價平均指數', '2011年', scope='按年'),
    D('113.40', 113.40, '', 'quantity', '綜合消費物價指數', '2011年12月', amb=INDEX_LEVEL),
    D('6.81%', 6.81, '%', 'growth', '綜合消費物價指數', '2011年12月', scope='按年'),
    D('+11.08%', 11.08, '%', 'growth', '煙酒'),
    D('+11.02%', 11.02, '%', 'growth', '食物及非酒精飲品'),
    D('+9.00%', 9.00, '%', 'growth', '雜項商品及服務'),
    D('13.96%', -13.96, '%', 'growth', '通訊的價格指數', scope='按年'),
    D('112.48', 112.48, '', 'quantity', '甲類', amb=INDEX_LEVEL),
    D('113.77', 113.77, '', 'quantity', '乙類', amb=INDEX_LEVEL),
    D('6.80%', 6.80, '%', 'growth', '消費物價指數', scope='按年'),
    D('6.90%', 6.90, '%', 'growth', '消費物價指數', scope='按年'),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government press release (政府統計處's restaurant receipts of 二零零六年第二季,
# info.gov.hk, 2006-08-11; the title above the rule line is not on the stored copy; the
# table note at the end is left out; Traditional): Hong Kong's figures. 較二零零五年第二季,
# 與二零零五年同期比較, 與二零零六年第一季比較 are bases. 同期間 points back to the quarter
# just named (heldout's 期間). Sentences without a time expression (而快餐店…, 至於酒吧…)
# have no period. 以價值計 / 以數量計 qualify the measure and stay out of the subject.
D = doc('香港特别行政区', {'二零零六年第二季': '2006-Q2', '二零零六第二季': '2006-Q2',
                       '同期間': '2006-Q2', '二零零六年上半年': '2006-H1'})
Q2 = '二零零六年第二季'
G['hk_gov_restaurants2006'] = [
    D('149億元', 1.49e10, '元', 'money', '食肆總收益價值', Q2),
    D('11.1%', 11.1, '%', 'growth', '食肆總收益價值', Q2),
    D('50億元', 5e9, '元', 'money', '食肆購貨總值', '二零零六第二季'),
    D('9.2%', 9.2, '%', 'growth', '食肆購貨總值', '二零零六第二季'),
    D('9.7%', 9.7, '%', 'growth', '食肆的總收益', Q2),
    D('12.7%', 12.7, '%', 'growth', '非中式餐館的總收益', Q2),
    D('12.0%', 12.0, '%', 'growth', '非中式餐館的總收益', Q2),
    D('11.9%', 11.9, '%', 'growth', '中式餐館的總收益', '同期間'),
    D('10.2%', 10.2, '%', 'growth', '中式餐館的總收益', '同期間'),
    D('9.0%', 9.0, '%', 'growth', '快餐店的總收益'),
    D('7.3%', 7.3, '%', 'growth', '快餐店的總收益'),
    D('5.3%', 5.3, '%', 'growth', '雜類飲食場所的總收益', Q2),
    D('3.1%', 3.1, '%', 'growth', '雜類飲食場所的總收益', Q2),
    D('3.2%', 3.2, '%', 'growth', '酒吧的總收益'),
    D('3.7%', 3.7, '%', 'growth', '酒吧的總收益'),
    D('3.1%', 3.1, '%', 'growth', '經季節性調整的食肆總收益數量', Q2),
    D('10.0%', 10.0, '%', 'growth', '食肆總收益', '二零零六年上半年'),
    D('8.8%', 8.8, '%', 'growth', '食肆總收益', '二零零六年上半年'),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government press release (香港金融管理局's monetary statistics of 2006年12月,
# issued through info.gov.hk on 2007-01-31; the rule lines, the contacts and 完 are left
# out, the release's date line kept; Traditional): Hong Kong's figures. The opening 其中
# sentence takes the period of the sentence before (二零零六年十二月份); 十一月份的基數 and
# 與去年同期比較 are bases. 在香港使用的貸款… has no time expression. 約佔…的1%: 約 is
# separated from the number, so it stays out of the text. 億元人民幣 is money in 元.
D = doc('香港特别行政区', {'二零零六年十二月份': '2006-12', '十二月份': '2006-12'})
G['hk_gov_hkma2006'] = [
    D('2.6%', -2.6, '%', 'growth', '認可機構的存款總額', '二零零六年十二月份'),
    D('6.1%', -6.1, '%', 'growth', '港元存款', '二零零六年十二月份'),
    D('1.9%', 1.9, '%', 'growth', '外幣存款', '二零零六年十二月份'),
    D('227億元人民幣', 2.27e10, '元', 'money', '人民幣存款', '十二月份'),
    D('1%', 1, '%', 'percent', '人民幣存款', '十二月份', approx='about'),
    D('7.8%', -7.8, '%', 'growth', '貸款與墊款總額', '十二月份'),
    D('8.9%', -8.9, '%', 'growth', '港元貸款', '十二月份'),
    D('3.8%', -3.8, '%', 'growth', '外幣貸款', '十二月份'),
    D('9.1%', -9.1, '%', 'growth', '在香港使用的貸款'),
    D('1.5%', 1.5, '%', 'growth', '在香港境外使用的貸款'),
    D('74.7%', 74.7, '%', 'percent', '港元貸存比率', '十二月份'),
    D('0.7%', -0.7, '%', 'growth', '港元貨幣供應量M1', '十二月份'),
    D('11.6%', 11.6, '%', 'growth', '港元貨幣供應量M1', '十二月份'),
    D('5.6%', -5.6, '%', 'growth', '港元貨幣供應量M2及M3', '十二月份'),
    D('19.2%', 19.2, '%', 'growth', '港元貨幣供應量M2及M3', '十二月份'),
]

# ------------------------------------------------------------------------------------------
# a city statistics bureau's monthly release (天津市统计局's site, column 经济信息, the
# industry of 1—7月份 2025; the first line, the date, is taken from the page's address;
# the column name is left out; Simplified). The text never names the city (全市): no
# region (heldout6). 较上年同期 is a base. 拉动…个百分点 has the contributor as its
# subject (heldout6); 一、 numbers a heading.
D = doc(None, {'1—7月份': '2025-01..07'})
M = '1—7月份'
G['cn_stats_tianjin2025'] = [
    D('5.1%', 5.1, '%', 'growth', '规模以上工业增加值', M, scope='同比'),
    D('1.7个百分点', 1.7, 'pp', 'pp', '增速', M),
    D('4.6%', 4.6, '%', 'growth', '石油和天然气开采业增加值', M, scope='同比'),
    D('1.4个百分点', 1.4, 'pp', 'pp', '石油和天然气开采业', M),
    D('11.6%', 11.6, '%', 'growth', '汽车制造业', M, scope='同比'),
    D('1.3个百分点', 1.3, 'pp', 'pp', '汽车制造业', M),
    D('8.6%', 8.6, '%', 'growth', '医药制造业', M, scope='同比'),
    D('0.5个百分点', 0.5, 'pp', 'pp', '医药制造业', M),
    D('12.9%', 12.9, '%', 'growth', '专用设备制造业', M, scope='同比'),
    D('0.5个百分点', 0.5, 'pp', 'pp', '专用设备制造业', M),
    D('8.9%', 8.9, '%', 'growth', '化学原料和化学制品制造业', M, scope='同比'),
    D('0.4个百分点', 0.4, 'pp', 'pp', '化学原料和化学制品制造业', M),
]

# ------------------------------------------------------------------------------------------
# a customs release as a provincial news site reports it (南京海关's trade of 1月至5月 2022,
# 2022-06-14; the first line, the date, is taken from the page's address; Simplified):
# the text names 江苏省, so its figures are the province's (我省 = 江苏省). 同比(下同)
# governs the growths that follow; the scope is written once. A share's subject is the
# part; 较全国整体增速高0.2个百分点 is the province's trade against the country's.
# 其中 opening a sentence takes the period of the sentence before; 同期 points back to
# 前5个月. Cut before 此外.
D = doc('江苏省', {'今年1月至5月': '2022-01..05', '前5个月': '2022-01..05', '同期': '2022-01..05'})
P = '今年1月至5月'
G['cn_customs_jiangsu2022'] = [
    D('2.13万亿元', 2.13e12, '元', 'money', '外贸进出口总值', P),
    D('8.5%', 8.5, '%', 'growth', '外贸进出口总值', P, scope='同比'),
    D('0.2个百分点', 0.2, 'pp', 'pp', '外贸进出口总值', P),
    D('13.3%', 13.3, '%', 'percent', '外贸进出口总值', P),
    D('1.32万亿元', 1.32e12, '元', 'money', '出口', P),
    D('9%', 9, '%', 'growth', '出口', P),
    D('8070.3亿元', 8.0703e11, '元', 'money', '进口', P),
    D('7.6%', 7.6, '%', 'growth', '进口', P),
    D('1.21万亿元', 1.21e12, '元', 'money', '一般贸易进出口', '前5个月'),
    D('9.4%', 9.4, '%', 'growth', '一般贸易进出口', '前5个月'),
    D('56.7%', 56.7, '%', 'percent', '一般贸易进出口', '前5个月'),
    D('0.5个百分点', 0.5, 'pp', 'pp', '一般贸易进出口', '前5个月'),
    D('6725.8亿元', 6.7258e11, '元', 'money', '加工贸易进出口', '同期'),
    D('6.9%', 6.9, '%', 'growth', '加工贸易进出口', '同期'),
    D('31.6%', 31.6, '%', 'percent', '加工贸易进出口', '同期'),
    D('2277.5亿元', 2.2775e11, '元', 'money', '保税物流进出口', '同期'),
    D('9.3%', 9.3, '%', 'growth', '保税物流进出口', '同期'),
    D('10.7%', 10.7, '%', 'percent', '保税物流进出口', '同期'),
]

# ------------------------------------------------------------------------------------------
# a provincial commerce department's quarterly briefing as a provincial paper reports it,
# with the deputy head's explanation (浙江省商务厅, 一季度 2019, 浙江工人日报 2019-04-23;
# the first line, the date, is taken from the page's address; the paper's masthead and page
# name are left out, and so is the leading indentation of the paragraphs; Simplified). The
# text names 浙江省: its figures are the province's; a clause naming its cities
# (湖州、嘉兴; 杭州、宁波) is theirs. 昨日 is a date; 去年3月 names an event's month, not
# a figure's period. Sentences without a time expression have no period (湖州、嘉兴…,
# 高技术产业…, 完成对外承包工程…, 从我省对外投资主体来看…). 几个方面 is vague.
# 增长1.9倍 is growth in 倍 (the spec's 增长N倍); a fall (下降54.6%) is negative.
D = doc('浙江省', {'一季度': '2019-Q1'})
Q = '一季度'
TWO = '湖州市、嘉兴市'
G['cn_interview_zjcommerce2019'] = [
    D('6200亿元左右', 6.2e11, '元', 'money', '社会消费品零售总额', Q, approx='about'),
    D('8.6%', 8.6, '%', 'growth', '社会消费品零售总额', Q, scope='同比'),
    D('60%', 60, '%', 'percent', '销售'),
    D('11家', 11, '家', 'quantity', '门店', region='杭州市、宁波市'),
    D('39.8亿美元', 3.98e9, '美元', 'money', '实际使用外资', Q),
    D('9.3%', 9.3, '%', 'growth', '实际使用外资', Q),
    D('5.6个百分点', 5.6, 'pp', 'pp', '实际使用外资', Q),
    D('13.1亿美元', 1.31e9, '美元', 'money', '实际使用外资', region=TWO),
    D('11.6个百分点', 11.6, 'pp', 'pp', '实际使用外资', region=TWO),
    D('6.5亿美元', 6.5e8, '美元', 'money', '来自欧美日实际外资'),
    D('144.4%', 144.4, '%', 'growth', '来自欧美日实际外资'),
    D('16.1亿美元', 1.61e9, '美元', 'money', '第二产业实际使用外资'),
    D('33.0%', 33.0, '%', 'growth', '第二产业实际使用外资'),
    D('11.4亿美元', 1.14e9, '美元', 'money', '高技术产业实际使用外资'),
    D('28.5%', 28.5, '%', 'percent', '高技术产业实际使用外资'),
    D('33.4亿美元', 3.34e9, '美元', 'money', '境外直接投资备案额', Q),
    D('54.6%', -54.6, '%', 'growth', '境外直接投资备案额', Q),
    D('22.7亿美元', 2.27e9, '美元', 'money', '对外承包工程营业额'),
    D('21.1%', 21.1, '%', 'growth', '对外承包工程营业额'),
    D('24.7亿美元', 2.47e9, '美元', 'money', '对外投资额'),
    D('74.0%', 74.0, '%', 'percent', '对外投资额'),
    D('1.9倍', 1.9, '倍', 'growth', '对“一带一路”沿线国家投资项目'),
    D('2倍', 2, '倍', 'growth', '对非投资'),
    D('163.3亿元', 1.633e10, '元', 'money', '跨境网络零售出口', Q),
    D('35.7%', 35.7, '%', 'growth', '跨境网络零售出口', Q),
]


if __name__ == '__main__':
    write_context_gold(HERE, G)
