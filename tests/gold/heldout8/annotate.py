#!/usr/bin/env python3
"""Hand annotations of the eighth held-out set (text/), written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run on them; see README.md). Each figure carries
the spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written, region words
left out), period (the governing time expression, as written), period_key (spec form:
2025, 2025-H1, 2025-Q3, 2025-01..09, 2025-09), status (actual, target, forecast, plan) and
region (the region the figure is about, as its full Simplified name; None for the country,
the world or a region the text does not name). The conventions are those of
../heldout/README.md, ../heldout2/README.md, ../heldout3/README.md and ../heldout6/README.md;
what this set adds is in README.md. This script only turns each record's text into byte
offsets (../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
THREE_PART = ("a ratio of three parts (the three industries' structure): the spec reads a:b "
              "only; value b/a, as the earlier sets mark it")
ANNIVERSARY = ("新中国成立70周年: an anniversary's number (as heldout7's 70周年), a count of "
               "years that names an occasion rather than a statistic")
EXCHANGE_RATE = ("平均汇率6.8985: the exchange rate used to convert, a number with no unit "
                 "that the spec neither lists as a figure nor excludes")
CATEGORY_COUNT = ("六大支柱产业: an unquoted count of standard categories naming a group "
                  "(as heldout2's 三大门类, heldout6's 三大需求)")
TOP_N = ("跻身服务业全国10强: entering a top ten, as 位列全国前十 (rank 10, under) or a "
         "ranking used as a name (出口百强, 进口20强; not a figure)")


G = {}

# ------------------------------------------------------------------------------------------
# a city statistics bureau's communiqué on 2018 (辽阳市, as a statistics site copies it; the
# page's date field 2019-05-15 kept as the second line; Simplified). The title names the
# city: region 辽阳市. 全年 in a report of 2019 whose title names 2018 is 2018. 比上年 is a
# base; sentences with no time expression have no period (the letter of the spec, as every
# gold set reads it); 其中 takes the period of the sentence before. 千公顷 folds 千 into the
# value (135.5千公顷 → 135500 公顷). A fall in an area keeps a positive value.
D = doc('辽阳市', {'全年': '2018'})
Y = '全年'
G['cn_stats_liaoyang2018'] = [
    D('869.7亿元', 8.697e10, '元', 'money', '地区生产总值', Y),
    D('6.0%', 6.0, '%', 'growth', '地区生产总值', Y),
    D('75.8亿元', 7.58e9, '元', 'money', '第一产业增加值', Y),
    D('3.3%', 3.3, '%', 'growth', '第一产业增加值', Y),
    D('440.8亿元', 4.408e10, '元', 'money', '第二产业增加值', Y),
    D('7.3%', 7.3, '%', 'growth', '第二产业增加值', Y),
    D('353.1亿元', 3.531e10, '元', 'money', '第三产业增加值', Y),
    D('5.6%', 5.6, '%', 'growth', '第三产业增加值', Y),
    D('47422元', 47422, '元', 'money', '人均地区生产总值'),
    D('6.4%', 6.4, '%', 'growth', '人均地区生产总值'),
    D('78.1亿元', 7.81e9, '元', 'money', '农林牧渔业增加值'),
    D('3.3%', 3.3, '%', 'growth', '农林牧渔业增加值'),
    D('46.7亿元', 4.67e9, '元', 'money', '农业'),
    D('7.6%', 7.6, '%', 'growth', '农业'),
    D('1.8亿元', 1.8e8, '元', 'money', '林业'),
    D('4.5%', 4.5, '%', 'growth', '林业'),
    D('20.4亿元', 2.04e9, '元', 'money', '牧业'),
    D('2.8%', -2.8, '%', 'growth', '牧业'),
    D('7.0亿元', 7.0e8, '元', 'money', '渔业'),
    D('0.4%', 0.4, '%', 'growth', '渔业'),
    D('2.3亿元', 2.3e8, '元', 'money', '农林牧渔服务业'),
    D('2.6%', 2.6, '%', 'growth', '农林牧渔服务业'),
    D('135.5千公顷', 135500, '公顷', 'quantity', '粮食作物播种面积'),
    D('0.3千公顷', 300, '公顷', 'quantity', '粮食作物播种面积'),
    D('42.5千公顷', 42500, '公顷', 'quantity', '稻谷'),
    D('0.6千公顷', 600, '公顷', 'quantity', '稻谷'),
    D('86.7千公顷', 86700, '公顷', 'quantity', '玉米'),
    D('1.0千公顷', 1000, '公顷', 'quantity', '玉米'),
    D('4.7千公顷', 4700, '公顷', 'quantity', '薯类'),
    D('1.4千公顷', 1400, '公顷', 'quantity', '薯类'),
]

# ------------------------------------------------------------------------------------------
# a county-level city's statistics communiqué on 2019 (玉环市, on its government site; the
# first line, 2021-05-10, is the page's date from its address; Simplified). The title names
# the city: region 玉环市. The sentence of 617.50亿元 has no time expression (据初步测算 is
# no time): no period. 2019年 governs the per-capita sentence (按2019年…汇率 is the rate's
# year inside it, after the period). 约合20533美元 is the same product converted: money in
# 美元, approx about. A table (表1) between the paragraphs is left out of the excerpt.
D = doc('玉环市', {'2019年': '2019'})
G['cn_stats_yuhuan2019'] = [
    D('70周年', 70, '周年', 'quantity', '新中国成立', '2019年', amb=ANNIVERSARY),
    D('617.50亿元', 6.175e10, '元', 'money', '生产总值'),
    D('5.2%', 5.2, '%', 'growth', '生产总值'),
    D('37.11亿元', 3.711e9, '元', 'money', '第一产业增加值'),
    D('2.6%', 2.6, '%', 'growth', '第一产业增加值'),
    D('339.85亿元', 3.3985e10, '元', 'money', '第二产业增加值'),
    D('4.5%', 4.5, '%', 'growth', '第二产业增加值'),
    D('240.54亿元', 2.4054e10, '元', 'money', '第三产业增加值'),
    D('6.7%', 6.7, '%', 'growth', '第三产业增加值'),
    D('6.01:55.04:38.95', 55.04 / 6.01, ':', 'ratio', '三次产业结构比例', amb=THREE_PART),
    D('141647元', 141647, '元', 'money', '户籍人均生产总值', '2019年'),
    D('4.8%', 4.8, '%', 'growth', '户籍人均生产总值', '2019年'),
    D('6.8985', 6.8985, '', 'ratio', '美元对人民币的平均汇率', '2019年', amb=EXCHANGE_RATE),
    D('约合20533美元', 20533, '美元', 'money', '人均生产总值', '2019年', approx='about'),
    D('98094元', 98094, '元', 'money', '常住人均生产总值', '2019年'),
    D('4.8%', 4.8, '%', 'growth', '常住人均生产总值', '2019年'),
]

# ------------------------------------------------------------------------------------------
# a city's local news on the first half of 2015 (记者从市统计局了解到; a local news site,
# the first line, 2015-07, is the month of the page's address; Simplified). The text never
# names its city (全市, 我市): no region; the province's and the country's values in
# brackets (比全省(7.7%)和全国平均水平(7.0%)) are theirs and named by no name: no region
# either. 今年上半年 is 2015-H1, 1至6月 2015-01..06. 15年以来 is a time (since 2015, a
# two-digit year), not a figure: it governs 30%以上 (2015). 分别高0.7、1.4个百分点 share one
# unit. The headings (固定资产投资增速全省第一) restate a rank with no time. 居全省第一 /
# 第四 are ranks in the province (rank 1, 4). 五个省级园区 is a count of parks.
D = doc(None, {'今年上半年': '2015-H1', '1至6月': '2015-01..06', '15年以来': '2015'})
H1 = '今年上半年'
M6 = '1至6月'
G['cn_news_xna8_2015'] = [
    D('440.26亿元', 4.4026e10, '元', 'money', '生产总值(GDP)', H1),
    D('8.4%', 8.4, '%', 'growth', '生产总值(GDP)', H1),
    D('0.8个百分点', 0.8, 'pp', 'pp', '增速', H1),
    D('7.7%', 7.7, '%', 'growth', '增速', H1),
    D('7.0%', 7.0, '%', 'growth', '平均水平', H1),
    D('0.7', 0.7, 'pp', 'pp', '增速', H1),
    D('1.4个百分点', 1.4, 'pp', 'pp', '增速', H1),
    D('第3位', 3, '位', 'rank', '增幅', H1, scope='全省'),
    D('第一', 1, '位', 'rank', '固定资产投资增速', scope='全省', at='固定资产投资增速全省第一'),
    D('30%以上', 30, '%', 'growth', '固定资产投资', '15年以来', approx='over'),
    D('232.88亿元', 2.3288e10, '元', 'money', '固定资产投资', M6),
    D('34.5%', 34.5, '%', 'growth', '固定资产投资', M6, scope='同比'),
    D('17.3%', 17.3, '%', 'growth', '全省平均水平', M6),
    D('11.4%', 11.4, '%', 'growth', '全国', M6),
    D('17.2', 17.2, 'pp', 'pp', '增速', M6),
    D('23.1个百分点', 23.1, 'pp', 'pp', '增速', M6),
    D('第一', 1, '位', 'rank', '增速', M6, scope='全省'),
    # 其中 takes the period of the sentence before (1至6月)
    D('75.11亿元', 7.511e9, '元', 'money', '工业投资', M6),
    D('32.1%', 32.1, '%', 'percent', '工业投资', M6),
    D('103.2%', 103.2, '%', 'growth', '工业投资', M6),
    D('第一位', 1, '位', 'rank', '增幅', M6, scope='全省'),
    D('第四', 4, '位', 'rank', '工业增幅', scope='全省', at='工业增幅全省第四'),
    D('97.89亿元', 9.789e9, '元', 'money', '规模以上工业增加值'),
    D('9.1%', 9.1, '%', 'growth', '规模以上工业增加值', scope='同比'),
    D('7.4%', 7.4, '%', 'growth', '全省'),
    D('6.3%', 6.3, '%', 'growth', '全国'),
    D('1.7', 1.7, 'pp', 'pp', '规模以上工业增加值'),
    D('2.8个百分点', 2.8, 'pp', 'pp', '规模以上工业增加值'),
    D('第四', 4, '位', 'rank', '增幅', scope='全省'),
    D('六大', 6, '', 'quantity', '支柱产业', amb=CATEGORY_COUNT),
    D('83.54亿元', 8.354e9, '元', 'money', '六大支柱产业工业增加值'),
    D('9.0%', 9.0, '%', 'growth', '六大支柱产业工业增加值', scope='同比'),
    D('0.5个百分点', 0.5, 'pp', 'pp', '增速'),
    D('22.5%', 22.5, '%', 'growth', '矿产加工业'),
    D('21.6%', 21.6, '%', 'growth', '电子信息'),
    D('五个', 5, '个', 'quantity', '省级园区'),
    D('19.73亿元', 1.973e9, '元', 'money', '工业增加值'),
    D('20.4%', 20.4, '%', 'growth', '工业增加值', scope='同比'),
    D('2.1个百分点', 2.1, 'pp', 'pp', '增幅'),
]

# ------------------------------------------------------------------------------------------
# a county government's work report (长沙县, delivered 2023-02-02, its review of 2022, as a
# site copies it; Simplified): region 长沙县. 全年 in the review of 2022 is 2022 (the heading
# 一、2022年工作回顾 names it); the ranks' sentence has no time expression: no period.
# Not figures: the meeting (第十八届…第三次会议), quoted names (“三高四新”, “三大支撑八项重点”,
# “1345”, “四区”, “四个年”, “三湘第一镇”), a programme's name (六大强农), 首批, 全省唯一.
# 百强县 and 百强镇 are rankings used as names; 榜首 after its scope is rank 1.
D = doc('长沙县', {'全年': '2022'})
G['cn_workreport_changshaxian2023'] = [
    D('4.5%', 4.5, '%', 'growth', '地区生产总值', '全年', scope='同比'),
    D('6.9%', 6.9, '%', 'growth', '规模以上工业增加值', '全年'),
    D('9.1%', 9.1, '%', 'growth', '固定资产投资', '全年'),
    D('3.1%', 3.1, '%', 'growth', '社会消费品零售总额', '全年'),
    D('8.18%', 8.18, '%', 'growth', '地方一般公共预算收入', '全年'),
    D('榜首', 1, '位', 'rank', '发展潜力', scope='全国发展潜力百强县'),
    D('第3', 3, '位', 'rank', '投资潜力', scope='全国百强县'),
    D('第4', 4, '位', 'rank', '新型城镇化质量', scope='全国百强县'),
    D('第5', 5, '位', 'rank', '县域经济基本竞争力', scope='全国百强县'),
    D('第5', 5, '位', 'rank', '绿色发展', scope='全国百强县'),
    D('第6', 6, '位', 'rank', '科技创新', scope='全国百强县'),
    D('第7', 7, '位', 'rank', '工业百强', scope='全国百强县'),
    D('10强', 10, '位', 'rank', '服务业', scope='全国', approx='under', amb=TOP_N),
    D('11项', 11, '项', 'quantity', '工作'),
    D('2个', 2, '个', 'quantity', '中国质量奖提名奖'),
]

# ------------------------------------------------------------------------------------------
# the central bank's loan statistics of the third quarter of 2020 as the People's Daily
# reported them (2020-11-02, the page's date field kept as the first line; Simplified): the
# country's figures (no region). 三季度末 of a balance keys to the quarter (2020-Q3), as
# 年末 to the year; 前三季度 is 2020-01..09. 上季末 and 比年初 are bases. 同比多增 is an
# amount (money), not a rate. 其中 takes the period of the sentence before (its balance:
# 三季度末). 同期 (占同期企事业单位贷款的10.5%) points back to 三季度末. “三农” is a name.
D = doc(None, {'前三季度': '2020-01..09', '三季度末': '2020-Q3', '同期': '2020-Q3'})
Q = '前三季度'
E = '三季度末'
G['cn_pboc_loans2020'] = [
    D('3.02万亿元', 3.02e12, '元', 'money', '普惠小微贷款', Q),
    D('169.37万亿元', 1.6937e14, '元', 'money', '金融机构人民币各项贷款余额', E),
    D('13%', 13, '%', 'growth', '金融机构人民币各项贷款余额', E, scope='同比'),
    D('16.26万亿元', 1.626e13, '元', 'money', '金融机构人民币各项贷款', Q),
    D('2.63万亿元', 2.63e12, '元', 'money', '金融机构人民币各项贷款', Q),
    D('14.6万亿元', 1.46e13, '元', 'money', '普惠小微贷款余额', E),
    D('29.6%', 29.6, '%', 'growth', '普惠小微贷款余额', E, scope='同比'),
    D('3.1个百分点', 3.1, 'pp', 'pp', '增速', E),
    D('3.02万亿元', 3.02e12, '元', 'money', '普惠小微贷款', Q),
    D('1.25万亿元', 1.25e12, '元', 'money', '普惠小微贷款', Q),
    D('20.98万亿元', 2.098e13, '元', 'money', '人民币普惠金融领域贷款余额', E),
    D('23.5%', 23.5, '%', 'growth', '人民币普惠金融领域贷款余额', E, scope='同比'),
    D('2.8个百分点', 2.8, 'pp', 'pp', '增速', E),
    D('3.68万亿元', 3.68e12, '元', 'money', '人民币普惠金融领域贷款', Q),
    D('1.55万亿元', 1.55e12, '元', 'money', '人民币普惠金融领域贷款', Q),
    D('10.51万亿元', 1.051e13, '元', 'money', '本外币工业中长期贷款余额', E),
    D('16.3%', 16.3, '%', 'growth', '本外币工业中长期贷款余额', E, scope='同比'),
    D('3.5个百分点', 3.5, 'pp', 'pp', '增速', E),
    D('1.34万亿元', 1.34e12, '元', 'money', '本外币工业中长期贷款', Q),
    D('8861亿元', 8.861e11, '元', 'money', '本外币工业中长期贷款', Q),
    D('11.55万亿元', 1.155e13, '元', 'money', '本外币绿色贷款余额', E),
    D('16.3%', 16.3, '%', 'growth', '本外币绿色贷款余额', E),
    D('11.51万亿元', 1.151e13, '元', 'money', '单位绿色贷款余额', E),
    D('10.5%', 10.5, '%', 'percent', '单位绿色贷款余额', '同期'),
    D('38.71万亿元', 3.871e13, '元', 'money', '本外币涉农贷款余额', E),
    D('11.1%', 11.1, '%', 'growth', '本外币涉农贷款余额', E, scope='同比'),
    D('0.6个百分点', 0.6, 'pp', 'pp', '增速', E),
    D('3.7万亿元', 3.7e12, '元', 'money', '本外币涉农贷款', Q),
    D('1.37万亿元', 1.37e12, '元', 'money', '本外币涉农贷款', Q),
]

# ------------------------------------------------------------------------------------------
# a city's press conference on the economy of 2020 (汉中市 统计局, 2021-01-20, the
# transcript as the provincial news office's site gives it, its date field kept;
# Simplified): region 汉中市. The sentence of the figures (根据…统一核算结果,全市实现…)
# has no time expression: no period. Not figures: the date field, 下午15时, “六稳”, “六保”,
# 十九届五中全会.
D = doc('汉中市', {})
G['cn_presser_hanzhong2020'] = [
    D('1593.40亿元', 1.5934e11, '元', 'money', '生产总值'),
    D('0.9%', 0.9, '%', 'growth', '生产总值', scope='同比'),
    D('261.36亿元', 2.6136e10, '元', 'money', '第一产业增加值'),
    D('4.2%', 4.2, '%', 'growth', '第一产业增加值'),
    D('641.48亿元', 6.4148e10, '元', 'money', '第二产业增加值'),
    D('0.4%', -0.4, '%', 'growth', '第二产业增加值'),
    D('690.56亿元', 6.9056e10, '元', 'money', '第三产业增加值'),
    D('1.1%', 1.1, '%', 'growth', '第三产业增加值'),
]

# ------------------------------------------------------------------------------------------
# a city mayor's press conference after the city's people's congress (上海市市长应勇答记者问,
# 2018-01-29, as the party's news site gives the Jiefang Daily story; its date field kept;
# Simplified): region 上海市. Not figures: the date field, the meeting (十五届人大一次会议),
# 下午4时30分, the duration 持续2个小时. The question's 6.9% has no time; 2017年 governs the
# answer. 突破 stays out of the span (approx over).
D = doc('上海市', {'2017年': '2017'})
G['cn_presser_shanghai2018'] = [
    D('18家', 18, '家', 'quantity', '中外媒体'),
    D('6.9%', 6.9, '%', 'growth', '经济增速'),
    D('6.9%', 6.9, '%', 'growth', '经济', '2017年'),
    D('3万亿元', 3e12, '元', 'money', '经济总量', '2017年', approx='over'),
]

# ------------------------------------------------------------------------------------------
# a Taiwan paper's story on the Ministry of Economic Affairs' export orders of 114年 = 2025
# (on Yahoo News Taiwan; Chinese numerals throughout with the middle dot ·, 廿 and 卅;
# Traditional): Taiwan's figures (台湾省), orders from the US, ASEAN and the mainland
# included. 較一一三年 / 和一一三年相較 are bases: every figure has 114年 as its period.
# 排名第三 is rank 3 of the regions. 昨（二十）日 is a date.
D = doc('台湾省', {'一一四年全年': '2025', '一一四年': '2025'})
Y = '一一四年全年'
Y4 = '一一四年'
G['tw_news_orders2025'] = [
    D('七四三七·三億美元', 7.4373e11, '美元', 'money', '外銷訂單金額', Y),
    D('一五三三·四億美元', 1.5334e11, '美元', 'money', '外銷訂單金額', Y),
    D('廿六%', 26, '%', 'growth', '外銷訂單金額', Y),
    D('二九一六·二億美元', 2.9162e11, '美元', 'money', '電子產品外銷訂單金額', Y4),
    D('八○○·七億美元', 8.007e10, '美元', 'money', '電子產品外銷訂單金額', Y4),
    D('卅七·九%', 37.9, '%', 'growth', '電子產品外銷訂單金額', Y4),
    D('二三三四·二億美元', 2.3342e11, '美元', 'money', '資訊通信產品外銷訂單金額', Y4),
    D('六一四·一億美元', 6.141e10, '美元', 'money', '資訊通信產品外銷訂單金額', Y4),
    D('卅五·七%', 35.7, '%', 'growth', '資訊通信產品外銷訂單金額', Y4),
    D('二六八三·四億美元', 2.6834e11, '美元', 'money', '來自美國之外銷訂單金額', Y4),
    D('卅六·一%', 36.1, '%', 'percent', '來自美國之外銷訂單金額', Y4),
    D('七四七億美元', 7.47e10, '美元', 'money', '來自美國之外銷訂單金額', Y4),
    D('卅八·六%', 38.6, '%', 'growth', '來自美國之外銷訂單金額', Y4),
    D('一三九五·四億美元', 1.3954e11, '美元', 'money', '來自東協國家之外銷訂單金額', Y4),
    D('十八·八%', 18.8, '%', 'percent', '來自東協國家之外銷訂單金額', Y4),
    D('四○六·九億美元', 4.069e10, '美元', 'money', '來自東協國家之外銷訂單金額', Y4),
    D('四十一·二%', 41.2, '%', 'growth', '來自東協國家之外銷訂單金額', Y4),
    D('第三', 3, '位', 'rank', '中國大陸及香港', Y4),
    D('一三七八億美元', 1.378e11, '美元', 'money', '外銷訂單金額', Y4),
    D('十八·五%', 18.5, '%', 'percent', '外銷訂單金額', Y4),
    D('一一○億美元', 1.1e10, '美元', 'money', '外銷訂單金額', Y4),
    D('八·七%', 8.7, '%', 'growth', '外銷訂單金額', Y4),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (聯合報 via udn, 2025-10-16: the finance minister before the legislature's
# finance committee; Traditional): Taiwan's figures. 今年累計1至9月, 至今年9月為止 and 今年前九月
# are 2025-01..09; 今年 2025. 連4年 is a duration; 2024年 and 去年同期 / 上年同期 are bases.
# The budget's increase (稅收預算數比2024年增加947億元) is a plan; the turnover the minister
# will watch (能否超過5,000億元) a forecast's threshold. A fall in an amount keeps a positive
# value (減少365億元); 年減2.5％ is a growth of -2.5.
D = doc('台湾省', {'今年累計1至9月': '2025-01..09', '累計1至9月': '2025-01..09',
                 '今年': '2025', '至今年9月為止': '2025-01..09', '今年前九月': '2025-01..09'})
C = '今年累計1至9月'
G['tw_news_udn_tax2025'] = [
    D('93.5％', 93.5, '%', 'percent', '實徵淨額', C),
    D('75.5％', 75.5, '%', 'percent', '實徵淨額', C),
    D('947億元', 9.47e10, '元', 'money', '中央政府編列的稅收預算數', '今年', status='plan'),
    D('365億元', 3.65e10, '元', 'money', '實徵數', '至今年9月為止'),
    D('223億元', 2.23e10, '元', 'money', '證交稅', '今年前九月'),
    D('超過5,000億元', 5e11, '元', 'money', '台股後續日均成交量', approx='over',
      status='forecast'),
    D('2兆8,710億元', 2.871e12, '元', 'money', '稅收累計1至9月實徵淨額', C),
    D('743億元', 7.43e10, '元', 'money', '稅收累計1至9月實徵淨額', C),
    D('2.5％', -2.5, '%', 'growth', '稅收累計1至9月實徵淨額', C),
    D('93.5％', 93.5, '%', 'percent', '實徵淨額', '累計1至9月'),
    D('75.5％', 75.5, '%', 'percent', '實徵淨額', '累計1至9月'),
]

# ------------------------------------------------------------------------------------------
# Macau's monetary authority release (澳門金融管理局, the money and banking statistics of
# 6月, on the government portal; Traditional): Macau's figures (澳门特别行政区). The
# sentences of the figures have no time expression of their own (the month is named in the
# opening sentence; 與2023年同期比較 and 較上月 are bases): no period, by the letter of the
# spec. 至7,515億澳門元 is the level reached (money, 澳门元). The shares of a list over one
# head noun (澳門元、港元、人民幣及美元在M2的比重) keep the written subject. M1 and M2 are
# names, not figures.
D = doc('澳门特别行政区', {})
M2S = '澳門元、港元、人民幣及美元在M2的比重'
DEPS = '澳門元、港元、人民幣及美元所佔的比重'
G['mo_gov_amcm2024'] = [
    D('0.6%', -0.6, '%', 'growth', '流通貨幣'),
    D('3.7%', 3.7, '%', 'growth', '活期存款'),
    D('2.4%', 2.4, '%', 'growth', 'M1'),
    D('0.9%', -0.9, '%', 'growth', '準貨幣負債'),
    D('0.6%', -0.6, '%', 'growth', '廣義貨幣供應量M2'),
    D('7,515億澳門元', 7.515e11, '澳门元', 'money', '廣義貨幣供應量M2'),
    D('5.3%', -5.3, '%', 'growth', 'M1'),
    D('4.8%', 4.8, '%', 'growth', 'M2'),
    D('33.2%', 33.2, '%', 'percent', M2S),
    D('45.2%', 45.2, '%', 'percent', M2S),
    D('6.8%', 6.8, '%', 'percent', M2S),
    D('13.4%', 13.4, '%', 'percent', M2S),
    D('0.6%', -0.6, '%', 'growth', '居民存款'),
    D('7,305億澳門元', 7.305e11, '澳门元', 'money', '居民存款'),
    D('4.0%', 4.0, '%', 'growth', '非居民存款'),
    D('3,436億澳門元', 3.436e11, '澳门元', 'money', '非居民存款'),
    D('1.0%', 1.0, '%', 'growth', '公共部門在銀行體系的存款'),
    D('2,033億澳門元', 2.033e11, '澳门元', 'money', '公共部門在銀行體系的存款'),
    D('0.8%', 0.8, '%', 'growth', '銀行體系的存款總額'),
    D('12,774億澳門元', 1.2774e12, '澳门元', 'money', '銀行體系的存款總額'),
    D('19.5%', 19.5, '%', 'percent', DEPS),
    D('43.4%', 43.4, '%', 'percent', DEPS),
    D('9.0%', 9.0, '%', 'percent', DEPS),
    D('26.5%', 26.5, '%', 'percent', DEPS),
]


if __name__ == '__main__':
    write_context_gold(HERE, G)
