#!/usr/bin/env python3
"""Hand annotations of the sixth held-out set (text/), written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run on them; see README.md). Each figure carries
the spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written), period (the
governing time expression, as written), period_key (spec form: 2025, 2025-H1, 2025-Q3,
2025-01..09, 2025-09), status (actual, target, forecast, plan) and region (the region the
figure is about, as its full Simplified name; None for the country, the world or a region
the text does not name). The conventions are those of ../heldout/README.md,
../heldout2/README.md and ../heldout3/README.md; what this set adds is in README.md. This
script only turns each record's text into byte offsets (../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
SCALE_CLASS = ("千亿级经济总量目标: a size class (the 100-billion class) inside the name of a "
               "goal, with no unit; neither an amount the text states nor a vague quantity "
               "without a numeral")
SLOGAN_COUNT = ("“八个重点产业”: a quoted count of a plan's parts that the text never names or "
                "lists (as heldout3's “六个工程”); the spec counts a quoted count that announces "
                "a list, not a slogan")
SCENE_COUNT = ("堆了三层话筒: a count in a reporter's description of the scene (three layers "
               "of microphones), not a statistic; the spec neither counts nor excludes it")
CATEGORY_COUNT = ("从三大需求看: an unquoted count of standard categories (investment, "
                  "consumption, trade), as heldout2's 三大门类")
BARE_YI = ("亿元以上项目: a bare 亿元 with 以上 (projects of over 100 million yuan), a "
           "threshold with no numeral; the spec excludes a bare 亿元 and counts 5000万元以上, "
           "as heldout2's 过亿")
RESTATED_COUNT = ("296个市重点项目中: the count given two sentences before, restated to "
                  "name the set a share is taken of; the spec excludes counts restating "
                  "places or tiers just named (这两个园区), not restated totals")
NTD = ("新臺幣(以下同)36兆6,010億元: the currency written before the number and 元 after "
       "it; the spec does not say whether the unit is 新台币 or 元 (as heldout3's 新台幣1兆元)")
MISSING_VERB = ("商品整體出口價格按2.5%: the page drops the verb (the parallel sentences read "
                "升); a rise by context, but the text states no direction")
RECORD_RANK = ("創歷年單月第四高紀錄/第三高紀錄: a place among the months on record, as "
               "heldout2's 歷年第三大增幅; neither a rank in an ordering of things nor a count")
STREAK = ("連十七黑: seventeen months in a row of decline, a headline's shorthand; a "
          "duration (not a figure) or a count (as heldout3's 連9紅)")


G = {}

# ------------------------------------------------------------------------------------------
# the Ministry of Commerce's regular press conference (2025-06-12, the transcript on the
# ministry's site; Simplified): a journalist's question and the spokesman's answer; the
# country's figures (no region). 其中 takes the period of the sentence before. 截至5月 of a
# count built up since a scheme began is the month (see README). 连续4个月 is a duration;
# 第一批 an ordinal that names a thing.
D = doc(None, {'前5月': '2025-01..05', '前5个月': '2025-01..05', '截至5月': '2025-05'})
G['cn_presser_mofcom2025'] = [
    D('2.5%', 2.5, '%', 'growth', '货物贸易总值', '前5月', scope='同比'),
    D('7.2%', 7.2, '%', 'growth', '出口', '前5月'),
    # the spec's own example of a count's unit (三個方面 → 方面); it announces 一是…三是
    D('三方面', 3, '方面', 'quantity', '特点'),
    D('4.2%', 4.2, '%', 'growth', '对共建“一带一路”国家进出口', '前5个月'),
    D('9.1%', 9.1, '%', 'growth', '对东盟', '前5个月'),
    D('12.4%', 12.4, '%', 'growth', '对非洲', '前5个月'),
    D('9.3%', 9.3, '%', 'growth', '机电产品出口', '前5个月'),
    # a share: the part is the subject
    D('六成', 60, '%', 'percent', '机电产品出口', '前5个月'),
    D('18.9%', 18.9, '%', 'growth', '集成电路出口', '前5个月'),
    D('9.5%', 9.5, '%', 'growth', '通用机械', '前5个月'),
    D('19%', 19, '%', 'growth', '电动汽车', '前5个月'),
    D('18.9%', 18.9, '%', 'growth', '船舶', '前5个月'),
    D('280多个', 280, '个', 'quantity', '保税维修项目', '截至5月', approx='over'),
    D('7%', 7, '%', 'growth', '民营企业进出口', '前5个月'),
    D('57.1%', 57.1, '%', 'percent', '民营企业进出口', '前5个月'),
    # 增加到: the level reached; the sentence's only time is the duration 连续4个月
    D('7.3万家', 73000, '家', 'quantity', '有进出口实绩的外资企业数量'),
]

# ------------------------------------------------------------------------------------------
# a city development and reform commission's release on the economy (四平市发改委 site,
# 2024-12-24; the first line, the date, is taken from the page's address; Simplified). The
# text never names the city (我市, 全市): no region (the letter of the spec; the province
# of 全省 is not named either). Sentences without 1—11月份/1—10月份 have no period.
# 分别 over one head noun (猪、牛、羊、禽出栏量) keeps the written subject. 四行业 restates
# the four trades just named (not a figure); “1288” is a name.
D = doc(None, {'今年以来': '2024', '1—11月份': '2024-01..11', '1—10月份': '2024-01..10',
               '1—11月': '2024-01..11'})
HERD = '猪、牛、羊、禽出栏量'
TRADES = '限上批、零、住、餐四行业增速'
G['cn_gov_siping'] = [
    D('千亿级', 1e11, '', 'quantity', '经济总量目标', '今年以来', amb=SCALE_CLASS,
      status='target'),
    D('八个', 8, '个', 'quantity', '重点产业', '今年以来', amb=SLOGAN_COUNT, status='plan'),
    D('9%', 9, '%', 'growth', HERD, '1—11月份', scope='同比'),
    D('23%', 23, '%', 'growth', HERD, '1—11月份', scope='同比'),
    D('6%', 6, '%', 'growth', HERD, '1—11月份', scope='同比'),
    D('28%', 28, '%', 'growth', HERD, '1—11月份', scope='同比'),
    D('20%', 20, '%', 'growth', '蛋奶总量', '1—11月份', scope='同比'),
    D('7.1%', -7.1, '%', 'growth', '经济作物产量', scope='同比'),
    D('8.9%', 8.9, '%', 'growth', '水产品产量', scope='同比'),
    D('1.7%', 1.7, '%', 'growth', '规上工业增加值', '1—11月份', scope='同比'),
    D('第5位', 5, '位', 'rank', '规上工业增加值', '1—11月份', scope='全省'),
    # a written minus sign is the value's sign
    D('-11.6%', -11.6, '%', 'growth', TRADES, '1—11月份'),
    D('4.1%', 4.1, '%', 'growth', TRADES, '1—11月份'),
    D('-30%', -30, '%', 'growth', TRADES, '1—11月份'),
    D('-22.2%', -22.2, '%', 'growth', TRADES, '1—11月份'),
    D('3.3%', 3.3, '%', 'growth', '公路运输总周转量', scope='同比'),
    D('17.53%', 17.53, '%', 'growth', '邮政行业业务总量', '1—10月份', scope='同比'),
    D('16.8%', 16.8, '%', 'growth', '全省平均增速', '1—10月份'),
    D('0.73个百分点', 0.73, 'pp', 'pp', '邮政行业业务总量', '1—10月份'),
    D('第3位', 3, '位', 'rank', '邮政行业业务总量', '1—10月份', scope='全省'),
    D('1.4%', 1.4, '%', 'growth', '规模以上服务业重点行业营业收入', scope='同比'),
    D('3.5%', 3.5, '%', 'growth', '限额以上社会消费品零售总额', '1—11月份', scope='同比'),
    D('2.4%', 2.4, '%', 'growth', '全省平均增速', '1—11月份'),
    D('1.1个百分点', 1.1, 'pp', 'pp', '限额以上社会消费品零售总额', '1—11月份'),
    D('第3位', 3, '位', 'rank', '限额以上社会消费品零售总额', '1—11月份', scope='全省'),
    D('1.97%', 1.97, '%', 'growth', '全社会用电量', '1—11月', scope='同比'),
    D('0.29%', -0.29, '%', 'growth', '工业用电量', scope='同比'),
    D('5.5%', 5.5, '%', 'growth', '客运量', scope='同比'),
    D('3.3%', 3.3, '%', 'growth', '货运量', scope='同比'),
    D('6.6%', 6.6, '%', 'growth', '本外币存款', scope='同比'),
    D('6.7%', 6.7, '%', 'growth', '贷款余额', scope='同比'),
]

# ------------------------------------------------------------------------------------------
# ministers answering the press on the 部长通道 (a news site's story, 2018-03-06; Simplified):
# the country's figures. 3年来 in a March 2018 text is 2015..2017 (as heldout's 三年来),
# 5年间 2013..2017; 去年 is 2017. 2012年 is a base (比2012年, 2012年技术水平的两倍). A
# multiple with no trend word is a quantity (heldout3). 连续三年 is the span the rank held.
# 上百位 is vague (the spec's 上百); 十三届全国人大一次会议 a meeting; 截至目前 no period.
D = doc(None, {'3月5日': '2018-03-05', '3年来': '2015..2017', '连续三年': '2015..2017',
               '去年': '2017', '5年间': '2013..2017'})
G['cn_interview_ministers2018'] = [
    D('三层', 3, '层', 'quantity', '话筒', '3月5日', amb=SCENE_COUNT),
    # the heading restates the minister's figure
    D('90%', -90, '%', 'growth', '宽带单价'),
    D('90%', -90, '%', 'growth', '宽带用户的单价', '3年来'),
    D('83.5%', -83.5, '%', 'growth', '移动通信用户的单价', '3年来'),
    D('第一', 1, '位', 'rank', '新能源汽车产销', '连续三年', scope='全球'),
    D('接近80万辆', 8e5, '辆', 'quantity', '产销量', '去年', approx='under'),
    D('50%以上', 50, '%', 'growth', '产销', '去年', approx='over'),
    D('两倍', 2, '倍', 'quantity', '电池能量密度', '去年'),
    D('70%以上', -70, '%', 'growth', '每千瓦时的售价', '去年', approx='over'),
    D('4家', 4, '家', 'quantity', '新能源汽车的生产企业', '去年'),
    D('前十名', 10, '位', 'rank', '新能源汽车的生产企业', '去年', scope='全球',
      approx='under'),
    D('30多个', 30, '个', 'quantity', '国家和地区', approx='over'),
    D('近4000亿元', 4e11, '元', 'money', '资金', '5年间', approx='under'),
    D('1.6万亿元', 1.6e12, '元', 'money', '全社会投资', '5年间'),
    D('127万多公里', 1.27e6, '公里', 'quantity', '农村公路', '5年间', approx='over'),
    D('400万公里', 4e6, '公里', 'quantity', '农村公路通车总里程'),
]

# ------------------------------------------------------------------------------------------
# a district government's release on the economy (郑州市中原区's public information site,
# October; Simplified): neither the text nor the page gives the year, so no period has a
# key, and the text names no district (全区): no region. 其中 takes the period of the
# sentence before. “四上” is the name of a class of enterprises (the page drops one of its
# quotation marks, kept); 一、 to 四、 number the headings. 拉动…4个百分点 is the share of
# the growth that the industry contributes: its subject is the contributor.
D = doc(None, {})
G['cn_gov_zhongyuan'] = [
    D('4.4%', 4.4, '%', 'growth', '规上工业增加值', '1-10月', scope='同比'),
    D('63.3%', 63.3, '%', 'percent', '电力供应业', '1-10月'),
    D('6.5%', 6.5, '%', 'growth', '电力供应业', '1-10月', scope='同比'),
    D('4个百分点', 4, 'pp', 'pp', '电力供应业', '1-10月'),
    D('8.1%', 8.1, '%', 'growth', '固定资产投资', '1-10月', scope='同比'),
    D('11.8%', 11.8, '%', 'growth', '房地产开发投资', '1-10月', scope='同比'),
    D('3.3%', -3.3, '%', 'growth', '城镇项目投资', '1-10月', scope='同比'),
    D('256.8亿元', 2.568e10, '元', 'money', '社会消费品零售总额', '1-10月'),
    D('5.6%', 5.6, '%', 'growth', '社会消费品零售总额', '1-10月', scope='同比'),
    D('18.8%', 18.8, '%', 'growth', '限额以上单位通过公共网络实现的商品零售额', scope='同比'),
    D('92%', 92, '%', 'growth', '新能源汽车零售额', scope='同比'),
    D('147家', 147, '家', 'quantity', '四上”单位', '1-10月'),
    D('4家', 4, '家', 'quantity', '工业', '1-10月'),
    D('56家', 56, '家', 'quantity', '建筑业', '1-10月'),
    D('24家', 24, '家', 'quantity', '批发业', '1-10月'),
    D('8家', 8, '家', 'quantity', '零售业', '1-10月'),
    D('4家', 4, '家', 'quantity', '住宿业', '1-10月'),
    D('12家', 12, '家', 'quantity', '餐饮业', '1-10月'),
    D('23家', 23, '家', 'quantity', '服务业', '1-10月'),
    D('17家', 17, '家', 'quantity', '房地产业', '1-10月'),
]

# ------------------------------------------------------------------------------------------
# the National Bureau of Statistics' first-quarter release as a magazine gave it (Simplified;
# the figures are 2024's, but neither the text nor the page gives a year: no key). The
# country's figures. Comparison bases (比去年四季度, 比去年同期, 与去年一季度) do not
# govern, so sentences whose only time is a base have no period. 三次产业 is not a figure.
D = doc(None, {})
G['cn_stats_nbs2024q1'] = [
    D('296299亿元', 2.96299e13, '元', 'money', '国内生产总值', '一季度'),
    D('5.3%', 5.3, '%', 'growth', '国内生产总值', '一季度', scope='同比'),
    D('1.6%', 1.6, '%', 'growth', '国内生产总值', '一季度'),
    D('3.3%', 3.3, '%', 'growth', '第一产业', '一季度', scope='同比'),
    D('6%', 6, '%', 'growth', '第二产业', '一季度'),
    D('5%', 5, '%', 'growth', '第三产业', '一季度'),
    D('3.1个百分点', 3.1, 'pp', 'pp', '全国规模以上工业增加值增速'),
    D('0.1个百分点', 0.1, 'pp', 'pp', '全国规模以上工业增加值增速'),
    D('三大', 3, '', 'quantity', '需求', amb=CATEGORY_COUNT),
    D('5.2%', 5.2, '%', 'percent', '城镇调查失业率平均值', '一季度'),
    D('0.3个百分点', -0.3, 'pp', 'pp', '城镇调查失业率平均值', '一季度'),
    D('0.7%', 0.7, '%', 'growth', '核心CPI', scope='同比'),
    D('2.6个百分点', 2.6, 'pp', 'pp', '全国规模以上高技术制造业增加值增速', '一季度'),
    D('85.5%', 85.5, '%', 'percent', '内需对经济增长的贡献率'),
    D('0.1%', -0.1, '%', 'growth', '单位GDP能耗', scope='同比'),
    D('5.5%', 5.5, '%', 'growth', '对共建“一带一路”国家进出口总额'),
    D('6.2%', 6.2, '%', 'growth', '全国居民人均可支配收入'),
]

# ------------------------------------------------------------------------------------------
# a city development and reform commission's news on the key projects (焦作市发改委 site,
# 2011; Simplified): the text never names the city (我市): no region. 年度计划完成投资 and
# the 年度计划新开项目 are the plan's numbers (plan). “一多三高” is a slogan's name (the
# spec's 两稳一促); 一是…四是 number the points. Members of a 分别 list that are separate
# noun phrases (个数、总投资和年度计划投资) take their own subjects (README).
D = doc(None, {'2011年': '2011', '截止上半年': '2011-H1', '前6个月': '2011-H1'})
G['cn_gov_jiaozuo'] = [
    D('296个', 296, '个', 'quantity', '市重点建设项目', '2011年'),
    D('1357.3亿元', 1.3573e11, '元', 'money', '总投资', '2011年'),
    D('410.1亿元', 4.101e10, '元', 'money', '年度计划完成投资', '2011年', status='plan'),
    D('50.4%', 50.4, '%', 'percent', '年度计划', '截止上半年'),
    D('206.7亿元', 2.067e10, '元', 'money', '完成投资', '截止上半年'),
    D('111%', 111, '%', 'growth', '重点项目个数', scope='同比'),
    D('150%', 150, '%', 'growth', '总投资', scope='同比'),
    D('136%', 136, '%', 'growth', '年度计划投资', scope='同比'),
    D('176个', 176, '个', 'quantity', '年度计划新开项目', status='plan'),
    D('150个', 150, '个', 'quantity', '实际开工'),
    D('85%', 85, '%', 'percent', '项目开工率'),
    D('亿元以上', 1e8, '元', 'money', '项目', approx='over', amb=BARE_YI),
    D('296个', 296, '个', 'quantity', '市重点项目', amb=RESTATED_COUNT),
    D('亿元以上', 1e8, '元', 'money', '项目', approx='over', amb=BARE_YI),
    D('205个', 205, '个', 'quantity', '亿元以上项目'),
    D('69%', 69, '%', 'percent', '亿元以上项目'),
    D('175个', 175, '个', 'quantity', '工业项目', '前6个月'),
    D('151.2亿元', 1.512e10, '元', 'money', '完成投资', '前6个月'),
    D('70.1%', 70.1, '%', 'percent', '年度计划', '前6个月'),
]

# ------------------------------------------------------------------------------------------
# Taiwan's central bank release (中央銀行, financial conditions of 106年11月 = 2017-11,
# released 106-12-21; Traditional): Taiwan's figures. Sentences without a time expression
# have no period (M1B年增率下降為4.40%). The compared time's own value (較上月之5.23%,
# 由上月底之4.90%, 較上年同期之5.92%) has that time as its period; after 由…之4.90%上升為
# the level reached takes the sentence's own time (11月底). 11月底 of a level is the month.
# M1B, M2 are names; (106)新聞發布第223號 a document number. A fall in an amount
# (減少3億元) keeps a positive value (README). The tables are left out.
D = doc('台湾省', {'11月': '2017-11', '本年1至11月': '2017-01..11', '上月': '2017-10',
                 '上年同期': '2016-01..11', '11月底': '2017-11', '上月底': '2017-10'})
G['tw_gov_cbc2017'] = [
    D('0.18%', 0.18, '%', 'growth', 'M1B、M2月增率', '11月'),
    D('0.58%', 0.58, '%', 'growth', 'M1B、M2月增率', '11月'),
    D('4.40%', 4.40, '%', 'growth', 'M1B年增率'),
    D('4.07%', 4.07, '%', 'growth', 'M2年增率'),
    D('4.71%', 4.71, '%', 'growth', 'M1B及M2平均年增率', '本年1至11月'),
    D('3.76%', 3.76, '%', 'growth', 'M1B及M2平均年增率', '本年1至11月'),
    D('3兆7,436億元', 3.7436e12, '元', 'money', '準備貨幣日平均數', '11月'),
    D('15億元', 1.5e9, '元', 'money', '準備貨幣日平均數', '11月'),
    D('18億元', 1.8e9, '元', 'money', '流通中通貨', '11月'),
    D('3億元', 3e8, '元', 'money', '金融機構存放本行準備金', '11月'),
    D('4.83%', 4.83, '%', 'growth', '日平均準備貨幣年增率', '11月'),
    D('5.23%', 5.23, '%', 'growth', '日平均準備貨幣年增率', '上月'),
    D('0.40個百分點', -0.40, 'pp', 'pp', '日平均準備貨幣年增率', '11月'),
    D('5.06%', 5.06, '%', 'growth', '日平均準備貨幣之平均年增率', '本年1至11月'),
    D('5.92%', 5.92, '%', 'growth', '日平均準備貨幣之平均年增率', '上年同期'),
    D('0.59%', 0.59, '%', 'growth', '全體貨幣機構放款與投資月增率', '11月底'),
    D('4.90%', 4.90, '%', 'growth', '年增率', '上月底'),
    D('5.23%', 5.23, '%', 'growth', '年增率', '11月底'),
    D('3.98%', 3.98, '%', 'growth', '全體非金融部門取得資金總額年增率'),
    D('3.83%', 3.83, '%', 'growth', '全體非金融部門取得資金總額年增率', '上月底'),
]

# ------------------------------------------------------------------------------------------
# Macau government release (統計暨普查局's employment survey of 2024年6月至8月, on a
# government site; Traditional): Macau's figures. 上一期( 5月至7月 ), 2019年同期( 6月至8月 )
# and 與去年同期比較 are bases, so the sentences after the first have no period. Members of
# a list over separate noun phrases take their own subjects (總體失業率及本地居民失業率;
# 勞動人口…及就業人口…分別增加300人及400人). 兩項指標 restates the two rates (not a figure);
# 第一份工 names a thing. A fall in a count keeps a positive value (README).
D = doc('澳门特别行政区', {'2024年6月至8月': '2024-06..08'})
PERIOD = '2024年6月至8月'
NEWCOMERS = '尋找第一份工的新增勞動力'
G['mo_gov_employment2024'] = [
    D('1.7%', 1.7, '%', 'percent', '總體失業率', PERIOD),
    D('2.3%', 2.3, '%', 'percent', '本地居民失業率', PERIOD),
    D('0.1個百分點', -0.1, 'pp', 'pp', '兩項指標', PERIOD),
    D('1.2%', 1.2, '%', 'percent', '就業不足率', PERIOD),
    D('0.1個百分點', -0.1, 'pp', 'pp', '就業不足率', PERIOD),
    D('38.34萬人', 383400, '人', 'quantity', '居澳勞動人口'),
    D('37.68萬人', 376800, '人', 'quantity', '就業人口'),
    D('300人', 300, '人', 'quantity', '居澳勞動人口'),
    D('400人', 400, '人', 'quantity', '就業人口'),
    D('28.59萬人', 285900, '人', 'quantity', '本地就業居民'),
    D('400人', 400, '人', 'quantity', '本地就業居民'),
    D('6,700人', 6700, '人', 'quantity', '失業人數'),
    D('400人', 400, '人', 'quantity', '失業人數'),
    # 比重上升4.8個百分點至14.7%: a share's subject is the part
    D('4.8個百分點', 4.8, 'pp', 'pp', NEWCOMERS),
    D('14.7%', 14.7, '%', 'percent', NEWCOMERS),
    D('4,500人', 4500, '人', 'quantity', '就業不足人數'),
    D('300人', 300, '人', 'quantity', '就業不足人數'),
    D('67.8%', 67.8, '%', 'percent', '勞動力參與率'),
    D('1.7%', 1.7, '%', 'percent', '失業率'),
    D('1.2%', 1.2, '%', 'percent', '就業不足率'),
    # 分別下跌0.1、0.8及0.6個百分點: a list sharing one unit (heldout2)
    D('0.1', -0.1, 'pp', 'pp', '勞動力參與率', at='下跌0.1'),
    D('0.8', -0.8, 'pp', 'pp', '失業率'),
    D('0.6個百分點', -0.6, 'pp', 'pp', '就業不足率'),
]

# ------------------------------------------------------------------------------------------
# Hong Kong government news (政府統計處's March trade volumes on the government's news
# site, 2009-05-12; the first line, the date, is taken from the page's address;
# Traditional): Hong Kong's figures. 期間, 月內 and 季內 point back to the month or the
# quarter just named (heldout); 3月及首季…分別升1.8%及1.6% keys each member to its own
# period. 均升2.5% is one figure of two subjects, written as they are.
D = doc('香港特别行政区', {'3月': '2009-03', '期間': '2009-03', '月內': '2009-03',
                       '今年首季': '2009-Q1', '季內': '2009-Q1'})
G['hk_gov_trade2009'] = [
    D('20.1%', -20.1, '%', 'growth', '商品整體出口貨量', '3月'),
    D('21.4%', -21.4, '%', 'growth', '進口貨量', '3月'),
    D('19.5%', -19.5, '%', 'growth', '商品轉口貨量', '期間'),
    D('39.8%', -39.8, '%', 'growth', '港產品出口貨量', '期間'),
    D('1.9%', 1.9, '%', 'growth', '商品整體出口價格', '月內'),
    D('1.9%', 1.9, '%', 'growth', '商品轉口價格', '月內'),
    D('1.4%', 1.4, '%', 'growth', '港產品出口價格', '月內'),
    D('22.2%', -22.2, '%', 'growth', '商品整體出口貨量', '今年首季'),
    D('22.2%', -22.2, '%', 'growth', '進口貨量', '今年首季'),
    D('21.4%', -21.4, '%', 'growth', '商品轉口貨量', '季內'),
    D('43.3%', -43.3, '%', 'growth', '港產品出口貨量', '季內'),
    D('2.5%', 2.5, '%', 'growth', '商品整體出口價格', '今年首季', amb=MISSING_VERB),
    D('1%', 1, '%', 'growth', '進口價格', '今年首季'),
    D('2.5%', 2.5, '%', 'growth', '商品轉口價格及港產品出口價格', '今年首季'),
    D('17.1%', -17.1, '%', 'growth', '商品整體出口貨量', '今年首季', scope='按季'),
    D('17.2%', -17.2, '%', 'growth', '進口貨量', '今年首季'),
    D('17.1%', -17.1, '%', 'growth', '轉口貨量', '季內'),
    D('19.4%', -19.4, '%', 'growth', '港產品出口貨量', '季內'),
    D('1.8%', 1.8, '%', 'growth', '貿易價格比率指數', '3月及首季', scope='按年',
      key='2009-03'),
    D('1.6%', 1.6, '%', 'growth', '貿易價格比率指數', '3月及首季', scope='按年',
      key='2009-Q1'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (人間福報, the Ministry of Finance's July trade; Traditional): neither the text
# nor the page gives the year (the story is of 2016), so no period has a key. Chinese
# numerals throughout (二百四十一點二億美元, 百分之零點二). 連續衰退十七個月 is a duration;
# 年增三點二億美元 an amount of increase (money, heldout2). The sentence 至於出口貨品… has
# no time expression; 第三季 is a time expression.
D = doc('台湾省', {})
G['tw_news_merit_exports'] = [
    D('二百四十一點二億美元', 2.412e10, '美元', 'money', '出口', '七月'),
    D('百分之一點二', 1.2, '%', 'growth', '出口', '七月'),
    D('二百零五點一億美元', 2.051e10, '美元', 'money', '進口', '七月'),
    D('百分之零點二', -0.2, '%', 'growth', '進口', '七月'),
    D('三十六點一億美元', 3.61e9, '美元', 'money', '出超', '七月'),
    D('三點二億美元', 3.2e8, '美元', 'money', '出超', '七月'),
    D('百分之二點一', -2.1, '%', 'growth', '出口', '六月'),
    D('百分之三點四', 3.4, '%', 'growth', '出口', '六月'),
    D('九十六億美元', 9.6e9, '美元', 'money', '對大陸及香港出口', '七月'),
    D('百分之三點四', 3.4, '%', 'growth', '對大陸及香港出口', '七月'),
    D('七十九點六億美元', 7.96e9, '美元', 'money', '電子零組件'),
    D('第四高', 4, '位', 'rank', '電子零組件', amb=RECORD_RANK),
    D('第三高', 3, '位', 'rank', '積體電路', amb=RECORD_RANK),
    D('十七', 17, '', 'quantity', '出口', at='連十七黑', amb=STREAK),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (聯合報 via udn, 2025-11-29, the statistics office's new forecast; the first
# line, the date, is the page's date; Traditional): Taiwan's figures. The full year 2025,
# 2026 and the fourth quarter are forecasts (上修…全年, 預測); the third quarter's rate and
# the 出口 and 內需 figures are outcomes. 較八月預測, 較八月 are bases (八月 is when the
# earlier forecast was made). 十五年新高 and 近五年 are durations; 二三二條款 a law's
# section number; 一個月 a duration.
D = doc('台湾省', {'今年全年': '2025', '二○二六年': '2026', '今年第三季': '2025-Q3',
                 '第四季': '2025-Q4', '今年': '2025', '明年': '2026', '前年': '2023',
                 '去年': '2024', '今年前十月': '2025-01..10', '第三季': '2025-Q3'})
CPI = '消費者物價指數（ＣＰＩ）'
G['tw_news_udn_gdp2025'] = [
    D('二點九二個百分點', 2.92, 'pp', 'pp', '經濟成長率', '今年全年', status='forecast'),
    D('百分之七點三七', 7.37, '%', 'growth', '經濟成長率', '今年全年', status='forecast'),
    D('百分之三點五四', 3.54, '%', 'growth', '經濟成長', '二○二六年', status='forecast'),
    D('○點五七個百分點', 0.57, 'pp', 'pp', '經濟成長率', '今年第三季'),
    D('百分之八點二一', 8.21, '%', 'growth', '經濟成長率', '今年第三季'),
    D('百分之七點九一', 7.91, '%', 'growth', '經濟成長', '第四季', status='forecast'),
    D('六點一九個百分點', 6.19, 'pp', 'pp', '經濟成長', '第四季', status='forecast'),
    D('百分之一點六七', 1.67, '%', 'growth', CPI, '今年', status='forecast'),
    D('○點○九個百分點', -0.09, 'pp', 'pp', CPI, '今年', status='forecast'),
    D('百分之一點六一', 1.61, '%', 'growth', CPI, '明年', status='forecast'),
    D('三百廿三億美元', 3.23e10, '美元', 'money', '出口', '前年'),
    D('七百卅九億美元', 7.39e10, '美元', 'money', '出口', '去年'),
    D('一千三百五十億美元', 1.35e11, '美元', 'money', '出口', '今年前十月'),
    D('百分之○點七三', 0.73, '%', 'growth', '國內需求', '第三季'),
    D('○點六四個百分點', 0.64, 'pp', 'pp', '國內需求', '第三季'),
    D('○點五六個百分點', 0.56, 'pp', 'pp', '民間消費', '第三季'),
]

# ------------------------------------------------------------------------------------------
# Taiwan's financial supervisory commission release (金管會, banks' overdue loans at the end
# of 111年11月 = 2022-11, released 2023-01-05, as a news aggregator copies it; the markup
# is left out; Traditional): Taiwan's figures. 截至111年11月底止 of balances is the month
# (README). 較上月底854.28% is the compared time's own value. A fall in an amount keeps a
# positive value.
D = doc('台湾省', {'截至111年11月底止': '2022-11', '111年11月底': '2022-11',
                 '上月底': '2022-10'})
END = '截至111年11月底止'
COVER = '備抵呆帳占逾期放款之覆蓋率'
G['tw_gov_fsc2022'] = [
    D('36兆6,010億元', 3.6601e13, '元', 'money', '本國銀行放款總餘額', END, amb=NTD),
    D('512億元', 5.12e10, '元', 'money', '本國銀行放款總餘額', END),
    D('562.64億元', 5.6264e10, '元', 'money', '逾期放款金額', END),
    D('8.29億元', 8.29e8, '元', 'money', '逾期放款金額', END),
    D('0.15%', 0.15, '%', 'percent', '逾期放款比率', END),
    D('0.01個百分點', -0.01, 'pp', 'pp', '逾期放款比率', END),
    D('0.04個百分點', -0.04, 'pp', 'pp', '逾期放款比率', END),
    D('869.95%', 869.95, '%', 'percent', COVER, '111年11月底'),
    D('854.28%', 854.28, '%', 'percent', COVER, '上月底'),
    D('15.67個百分點', 15.67, 'pp', 'pp', COVER, '111年11月底'),
]


if __name__ == '__main__':
    write_context_gold(HERE, G)
