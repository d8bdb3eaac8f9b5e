#!/usr/bin/env python3
"""Hand annotations of the twelfth held-out set (text/), written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run on them; see README.md). Each figure carries
the spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written), period (the
governing time expression, as written), period_key (spec form), status (actual, target,
forecast, plan) and region (the region the figure is about, as its full Simplified name;
None for the country, the world or a region the text does not name). The conventions are
those of ../heldout/README.md, ../heldout2/README.md, ../heldout3/README.md,
../heldout6/README.md, ../heldout9/README.md and ../heldout11/README.md; what this set adds
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
RATIO3 = ("5.6:56.6:37.8: a three-part ratio (the industry structure); the spec's ratio has "
          "two parts (1:9.7 → b over a)")
INDEX_LEVEL = ("工業生產指數91.78: an index level; neither a quantity with a unit nor a "
               "percent the spec names")
NO_UNIT = ("生产总值56.7亿 / (54 億): an amount of money written without 元 (as heldout2's "
           "1億7,982萬經費 and heldout11's headline amounts)")
RECORD_PLACE = ("第三高 / 居冠 / 冠軍: a place among months on record or a first place without "
                "the spec's rank words (首位, 榜首, 第一) and, for 第三高, without a field")
HEADING_COUNT = ("十大建設 as a heading: an unquoted count over the list that follows, and "
                 "also the name of Taiwan's 1970s programme; between the spec's quoted list "
                 "count (“十大工程”) and a plan's name (heldout6's unquoted 三大需求)")
BARE_THOUSAND = ("約千元: 千 with no numeral before it (as heldout11's 百兆元); the spec "
                 "excludes a bare 亿元 but counts 1.5万")

G = {}

# ------------------------------------------------------------------------------------------
# A district statistics bureau's analysis (涪陵区统计局 on its site, 前三季度 2025; the text
# never names the district nor the year: no region, no period_key; Simplified). The
# headings (一、农业) are sentences of their own; 其中 opening a sentence takes the period of
# the sentence before; 按经营单位所在地分 does not carry the period before; the product
# lines (多种主要工业产品产量…) and 一般公共预算支出 have no time expression. 同口径 is a
# base. 八、 is an ordinal.
D = doc(None, {})
P = '前三季度'
G['cn_stats_fuling2025'] = [
    D('1291.92亿元', 1291.92e8, '元', 'money', '地区生产总值', P),
    D('6.2%', 6.2, '%', 'growth', '地区生产总值', P, scope='同比'),
    D('72.61亿元', 72.61e8, '元', 'money', '第一产业增加值', P),
    D('3.8%', 3.8, '%', 'growth', '第一产业增加值', P, scope='同比'),
    D('730.64亿元', 730.64e8, '元', 'money', '第二产业增加值', P),
    D('7.2%', 7.2, '%', 'growth', '第二产业增加值', P, scope='同比'),
    D('488.68亿元', 488.68e8, '元', 'money', '第三产业增加值', P),
    D('4.8%', 4.8, '%', 'growth', '第三产业增加值', P, scope='同比'),
    D('5.6:56.6:37.8', 56.6 / 5.6, ':', 'ratio', '三次产业结构', amb=RATIO3),
    D('72.61亿元', 72.61e8, '元', 'money', '第一产业增加值', P),
    D('3.8%', 3.8, '%', 'growth', '第一产业增加值', P, scope='同比'),
    D('238.6万吨', 238.6e4, '吨', 'quantity', '蔬菜产量', P),
    D('2.6%', 2.6, '%', 'growth', '蔬菜产量', P),
    D('14.6万吨', 14.6e4, '吨', 'quantity', '水果产量', P),
    D('4.7%', 4.7, '%', 'growth', '水果产量', P),
    D('8.1%', 8.1, '%', 'growth', '规模以上工业增加值', P, scope='同比'),
    D('2828.08万千伏安', 2828.08e4, '千伏安', 'quantity', '变压器'),
    D('44.9%', 44.9, '%', 'growth', '变压器'),
    D('303136吨', 303136, '吨', 'quantity', '精制食用植物油'),
    D('28.0%', 28.0, '%', 'growth', '精制食用植物油'),
    D('446319吨', 446319, '吨', 'quantity', '塑料制品'),
    D('27.5%', 27.5, '%', 'growth', '塑料制品'),
    D('42748千米', 42748, '千米', 'quantity', '电力电缆'),
    D('17.5%', 17.5, '%', 'growth', '电力电缆'),
    D('8.2%', 8.2, '%', 'growth', '固定资产投资额', P, scope='同比'),
    D('10.1%', 10.1, '%', 'growth', '工业投资', P, scope='同比'),
    D('9.7%', -9.7, '%', 'growth', '房地产开发投资', P, scope='同比'),
    D('440.96亿元', 440.96e8, '元', 'money', '社会消费品零售总额', P),
    D('4.1%', 4.1, '%', 'growth', '社会消费品零售总额', P, scope='同比'),
    D('351.65亿元', 351.65e8, '元', 'money', '城镇消费品零售额'),
    D('4.0%', 4.0, '%', 'growth', '城镇消费品零售额'),
    D('89.31亿元', 89.31e8, '元', 'money', '乡村消费品零售额'),
    D('4.8%', 4.8, '%', 'growth', '乡村消费品零售额'),
    D('70.11亿元', 70.11e8, '元', 'money', '一般公共预算收入', P),
    D('19.4%', -19.4, '%', 'growth', '一般公共预算收入', P, scope='同口径'),
    D('39.43亿元', 39.43e8, '元', 'money', '税收收入', P),
    D('8.0%', -8.0, '%', 'growth', '税收收入', P, scope='同口径'),
    D('100.22亿元', 100.22e8, '元', 'money', '一般公共预算支出'),
    D('29.3%', -29.3, '%', 'growth', '一般公共预算支出', scope='同比'),
    D('36591元', 36591, '元', 'money', '居民人均可支配收入', P),
    D('4.6%', 4.6, '%', 'growth', '居民人均可支配收入', P, scope='同比'),
    D('42689元', 42689, '元', 'money', '城镇常住居民人均可支配收入', P),
    D('4.4%', 4.4, '%', 'growth', '城镇常住居民人均可支配收入', P, scope='同比'),
    D('18982元', 18982, '元', 'money', '农村常住居民人均可支配收入', P),
    D('5.1%', 5.1, '%', 'growth', '农村常住居民人均可支配收入', P, scope='同比'),
]

# ------------------------------------------------------------------------------------------
# A county government's statistical analysis (五华县 on its site, 1-8月; the text never
# names the county nor the year: no region, no period_key; Simplified). (一) … (七) are
# ordinals; each heading sentence (工业生产平稳增长。) has no figure. 增长2.9倍 is growth in
# 倍 (the spec's 增长N倍). 比年初 is a base; 其中 opening a sentence takes 截至8月底.
# 实际利用外资完成214万美元 has no time expression.
D = doc(None, {})
M = '1-8月'
E = '截至8月底'
G['cn_county_wuhua'] = [
    D('15.26亿元', 15.26e8, '元', 'money', '规模以上工业总产值', M),
    D('6%', 6, '%', 'growth', '规模以上工业总产值', M, scope='同比'),
    D('3.25亿元', 3.25e8, '元', 'money', '规模以上工业增加值', M),
    D('2.5%', 2.5, '%', 'growth', '规模以上工业增加值', M),
    D('64.7%', 64.7, '%', 'growth', '固定资产投资', M, scope='同比'),
    D('51.8%', 51.8, '%', 'growth', '项目投资', M),
    D('2.9倍', 2.9, '倍', 'growth', '房地产行业投资', M),
    D('2.2倍', 2.2, '倍', 'growth', '工业投资', M),
    D('6.84亿元', 6.84e8, '元', 'money', '原国税收入', M),
    D('15.8%', 15.8, '%', 'growth', '原国税收入', M, scope='同比'),
    D('5.57亿元', 5.57e8, '元', 'money', '原地税收入', M),
    D('24.2%', 24.2, '%', 'growth', '原地税收入', M),
    D('5.75亿元', 5.75e8, '元', 'money', '地方公共预算收入', M),
    D('17.4%', 17.4, '%', 'growth', '地方公共预算收入', M, scope='同比'),
    D('288.06亿元', 288.06e8, '元', 'money', '金融机构本外币各项存款余额', E),
    D('4.8%', 4.8, '%', 'growth', '金融机构本外币各项存款余额', E),
    D('208.02亿元', 208.02e8, '元', 'money', '住户储蓄存款余额', E),
    D('6.3%', 6.3, '%', 'growth', '住户储蓄存款余额', E),
    D('113.71亿元', 113.71e8, '元', 'money', '金融机构本外币各项贷款余额', E),
    D('9.1%', 9.1, '%', 'growth', '金融机构本外币各项贷款余额', E),
    D('69.37亿元', 69.37e8, '元', 'money', '社会消费品零售总额', M),
    D('10.1%', 10.1, '%', 'growth', '社会消费品零售总额', M, scope='同比'),
    D('9005.6万美元', 9005.6e4, '美元', 'money', '外贸进出口总额', M),
    D('18.7%', 18.7, '%', 'growth', '外贸进出口总额', M, scope='同比'),
    D('214万美元', 214e4, '美元', 'money', '实际利用外资'),
]

# ------------------------------------------------------------------------------------------
# A county paper's news (房县's 今日房县, 前三季度 2018; the text names other places
# (郧阳区, 保康县 …) but never its own county, nor the year: no region, no period_key;
# Simplified). 元至九月 is January to September. “一城两基地三中心” is a quoted slogan;
# 3项指标 and 2项指标 restate the indicators just named (not figures); 5000万元以上 is the
# threshold of a category (a figure, over). 全市第一 is rank 1 in 全市; 三季度 comes before
# 全市第四 only. In the last sentence 16个县市区 is the ranking's field (inside its scope);
# 由二季度的第12位 is the compared time's own value; 第6位 keeps 前三季度.
D = doc(None, {})
Y = '元至九月'
Q = '前三季度'
G['cn_news_fangxian2018'] = [
    D('56.7亿', 56.7e8, '元', 'money', '生产总值', Y, amb=NO_UNIT),
    D('7.5%', 7.5, '%', 'growth', '生产总值', Y),
    D('4.47亿元', 4.47e8, '元', 'money', '地方公共财政预算收入', Y),
    D('31.2%', 31.2, '%', 'growth', '地方公共财政预算收入', Y),
    D('105亿元', 105e8, '元', 'money', '固定资产投资', Y),
    D('12.9%', 12.9, '%', 'growth', '固定资产投资', Y),
    D('11.5亿元', 11.5e8, '元', 'money', '规上工业增加值', Y),
    D('12.7%', 12.7, '%', 'growth', '规上工业增加值', Y),
    D('46.5亿元', 46.5e8, '元', 'money', '社会消费品零售总额', Y),
    D('12.1%', 12.1, '%', 'growth', '社会消费品零售总额', Y),
    D('18687元', 18687, '元', 'money', '城乡居民人均可支配收入', Y),
    D('5634元', 5634, '元', 'money', '城乡居民人均可支配收入', Y),
    D('7.8%', 7.8, '%', 'growth', '城乡居民人均可支配收入', Y),
    D('9.2%', 9.2, '%', 'growth', '城乡居民人均可支配收入', Y),
    D('第一', 1, '位', 'rank', '3项指标增速', scope='全市'),
    D('5000万元以上', 5000e4, '元', 'money', '项目投资', approx='over'),
    D('第二', 2, '位', 'rank', '2项指标增速', scope='全市'),
    D('第四', 4, '位', 'rank', '综合排名', '三季度', scope='全市'),
    D('第12位', 12, '位', 'rank', '经济指标综合排名', '二季度', scope='16个县市区'),
    D('第6位', 6, '位', 'rank', '经济指标综合排名', Q, scope='16个县市区'),
]

# ------------------------------------------------------------------------------------------
# A company announcement (杭州中恒电气's 2019年度业绩快报 as a finance portal gives it: the
# title, the notice and section 二; the table of section 一 is left out; Simplified). A
# company's figures have no region (heldout10). 报告期内 and 报告期末 are not time
# expressions of the spec; 本年 (= 今年) is, and the title's 2019年度 makes it 2019.
# 与去年同期 and 较期初 are bases. The page's hard line wrap inside 同比上\n升 is kept.
D = doc(None, {'本年': '2019'})
B = '本年'
G['cn_company_zhongheng2019'] = [
    D('115,763.53万元', 115763.53e4, '元', 'money', '营业收入'),
    D('17.64%', 17.64, '%', 'growth', '营业收入', scope='同比'),
    D('8,486.04万元', 8486.04e4, '元', 'money', '利润总额', B),
    D('3.37%', -3.37, '%', 'growth', '利润总额', B, scope='同比'),
    D('7,773.58万元', 7773.58e4, '元', 'money', '归属于上市公司股东的净利润', B),
    D('1.45%', 1.45, '%', 'growth', '归属于上市公司股东的净利润', B, scope='同比'),
    D('0.14元', 0.14, '元', 'money', '基本每股收益', B),
    D('264,403.42万元', 264403.42e4, '元', 'money', '总资产'),
    D('3.81%', 3.81, '%', 'growth', '总资产'),
    D('214,602万元', 214602e4, '元', 'money', '归属于上市公司股东的所有者权益'),
    D('3.02%', -3.02, '%', 'growth', '归属于上市公司股东的所有者权益'),
]

# ------------------------------------------------------------------------------------------
# A ministry press conference as the press reports it (国家统计局's spokesman at the
# press conference on the first half of 2023, 中新网 7月17日; the story has no year: no
# period_key; Simplified): the country's figures (no region), except the GDP of the other
# economies (their own). The restatements 5.5%的增速 / 5.5%的经济增长 in sentences without a
# time expression have no period; 上年全年 is the compared time's own value; 疫情三年 is a
# span (the three years of the epidemic; 三年 is part of it, not a figure). A contribution
# share (贡献率超过70%) has the contributor as its subject. 一是 … 三是 are ordinals.
D = doc(None, {})
H = '上半年'
G['cn_presser_nbs2023'] = [
    D('5.5%', 5.5, '%', 'growth', '国内生产总值', H, scope='同比'),
    D('5.5%', 5.5, '%', 'growth', '增速'),
    D('3%', 3, '%', 'growth', '经济增速', '上年全年'),
    D('4.5%', 4.5, '%', 'growth', '增速', '疫情三年'),
    D('5.5%', 5.5, '%', 'growth', '经济增速', H),
    D('5.5%', 5.5, '%', 'growth', '经济增长'),
    D('1.8%', 1.8, '%', 'growth', '美国、欧元区、日本、巴西GDP', '今年一季度', scope='同比',
      region='美国'),
    D('1%', 1, '%', 'growth', '美国、欧元区、日本、巴西GDP', '今年一季度', scope='同比',
      region='欧元区'),
    D('1.9%', 1.9, '%', 'growth', '美国、欧元区、日本、巴西GDP', '今年一季度', scope='同比',
      region='日本'),
    D('4%', 4, '%', 'growth', '美国、欧元区、日本、巴西GDP', '今年一季度', scope='同比',
      region='巴西'),
    D('5.5%', 5.5, '%', 'growth', '经济增长'),
    D('超过70%', 70, '%', 'percent', '最终消费支出', '今年上半年', approx='over'),
    D('超过60%', 60, '%', 'percent', '服务业', H, approx='over'),
    D('5.5%', 5.5, '%', 'growth', '经济增长'),
    D('12.5%', 12.5, '%', 'growth', '高技术产业投资', H, scope='同比'),
    D('12.9%', 12.9, '%', 'growth', '信息传输、软件和信息技术服务业增加值', H),
    D('10.8%', 10.8, '%', 'growth', '实物商品网上零售额', H),
]

# ------------------------------------------------------------------------------------------
# Macau government release (澳門金融管理局's money and banking statistics of 2014年5月, on
# the government portal; the title and the release; the skip link, the address line and the
# feedback form left out; Traditional): Macau's figures. The section names (貨幣供應, 存款,
# 貸款, 貸存比率) run inline; the sentences between the title and 5月底 have no time
# expression (若與2013年同期比較 is a base): no period. 分別下跌0.4及0.1個百分點: the first
# number takes the unit written after the second. A share's subject is the part. The
# bracketed amounts (54 億), (692億) have no 元 (NO_UNIT). 5月底 is 2014-05 (the title).
D = doc('澳门特别行政区', {'5月底': '2014-05'})
MO = '澳门元'
G['mo_gov_amcm2014'] = [
    D('0.9%', 0.9, '%', 'growth', '流通貨幣'),
    D('5.0%', 5.0, '%', 'growth', '活期存款'),
    D('4.3%', 4.3, '%', 'growth', 'M1'),
    D('1.6%', 1.6, '%', 'growth', '準貨幣負債'),
    D('1.9%', 1.9, '%', 'growth', '廣義貨幣供應量M2', scope='按月'),
    D('4,738億澳門元', 4738e8, MO, 'money', '廣義貨幣供應量M2'),
    D('1.1%', -1.1, '%', 'growth', 'M1'),
    D('16.3%', 16.3, '%', 'growth', 'M2'),
    D('23.9%', 23.9, '%', 'percent', '澳門元'),
    D('0.4', -0.4, 'pp', 'pp', '澳門元', scope='按月'),
    D('0.1個百分點', -0.1, 'pp', 'pp', '澳門元', scope='按年'),
    D('49.2%', 49.2, '%', 'percent', '港元'),
    D('5.9個百分點', -5.9, 'pp', 'pp', '港元', scope='按年'),
    D('1.9%', 1.9, '%', 'growth', '居民存款'),
    D('4,642億澳門元', 4642e8, MO, 'money', '居民存款'),
    D('0.2%', 0.2, '%', 'growth', '澳門元、港元及其他外幣存款'),
    D('1.9%', 1.9, '%', 'growth', '澳門元、港元及其他外幣存款'),
    D('3.5%', 3.5, '%', 'growth', '澳門元、港元及其他外幣存款'),
    D('3.1%', 3.1, '%', 'growth', '非本澳居民存款', scope='按月'),
    D('2,089億澳門元', 2089e8, MO, 'money', '非本澳居民存款'),
    D('1.8%', 1.8, '%', 'growth', '公共部門在銀行體系的存款'),
    D('876億澳門元', 876e8, MO, 'money', '公共部門在銀行體系的存款'),
    D('2.2%', 2.2, '%', 'growth', '銀行體系的存款總額'),
    D('7,606億澳門元', 7606e8, MO, 'money', '銀行體系的存款總額'),
    D('18.3%', 18.3, '%', 'percent', '澳門元'),
    D('39.9%', 39.9, '%', 'percent', '港元'),
    D('2.5%', 2.5, '%', 'growth', '本地私人部門貸款', scope='按月'),
    D('2,995億澳門元', 2995e8, MO, 'money', '本地私人部門貸款'),
    D('28.3%', 28.3, '%', 'percent', '澳門元'),
    D('63.4%', 63.4, '%', 'percent', '港元'),
    D('848億', 848e8, MO, 'money', '澳門元'),
    D('1,898億澳門元', 1898e8, MO, 'money', '港元'),
    D('3.5%', 3.5, '%', 'growth', '對外部門貸款', scope='按月'),
    D('3,170億澳門元', 3170e8, MO, 'money', '對外部門貸款'),
    D('1.7%', 1.7, '%', 'percent', '澳門元'),
    D('54 億', 54e8, MO, 'money', '澳門元', amb=NO_UNIT),
    D('21.8%', 21.8, '%', 'percent', '港元'),
    D('692億', 692e8, MO, 'money', '港元', amb=NO_UNIT),
    D('0.3個百分點', 0.3, 'pp', 'pp', '銀行本地居民貸存比率', '5月底'),
    D('54.3%', 54.3, '%', 'percent', '銀行本地居民貸存比率', '5月底'),
    D('0.6個百分點', 0.6, 'pp', 'pp', '總體貸存比率', '5月底'),
    D('81.1%', 81.1, '%', 'percent', '總體貸存比率', '5月底'),
]

# ------------------------------------------------------------------------------------------
# Macau government release (統計暨普查局's tour groups and hotels of 2019年3月, as a jobs
# site copies it with the bureau's copyright line; the title and the first two paragraphs,
# cut before the hotel paragraphs; the site's "News Detail" and date lines left out;
# Traditional): Macau's figures, the visitors from and the residents travelling to other
# places included. 今年 is 2019 (the title). The sentences 非隨團外遊… and 隨團外遊… have no
# time expression. Each origin or destination in brackets is its own subject; a share's
# subject is the part.
D = doc('澳门特别行政区', {'3月': '2019-03', '今年首季': '2019-Q1', '2019年3月': '2019-03',
                       '首季': '2019-Q1'})
T = '3月'
G['mo_gov_hotels2019'] = [
    D('39.6%', 39.6, '%', 'growth', '參團旅客', T, scope='按年'),
    D('99.6萬人次', 99.6e4, '人次', 'quantity', '參團旅客', T),
    D('80.3萬人次', 80.3e4, '人次', 'quantity', '中國內地', T),
    D('6.3萬人次', 6.3e4, '人次', 'quantity', '韓國', T),
    D('2.0萬人次', 2.0e4, '人次', 'quantity', '香港的團客', T),
    D('47.5%', 47.5, '%', 'growth', '中國內地', T),
    D('31.1%', 31.1, '%', 'growth', '韓國', T),
    D('47.1%', 47.1, '%', 'growth', '香港的團客', T),
    D('6.1萬人次', 6.1e4, '人次', 'quantity', '台灣地區團客', T),
    D('11.3%', 11.3, '%', 'growth', '台灣地區團客', T),
    D('247.9萬人次', 247.9e4, '人次', 'quantity', '參團旅客', '今年首季'),
    D('16.5%', 16.5, '%', 'growth', '參團旅客', '今年首季', scope='按年'),
    D('10.1%', -10.1, '%', 'growth', '使用旅行社服務外出的居民', '2019年3月', scope='同比'),
    D('12.1萬人次', 12.1e4, '人次', 'quantity', '使用旅行社服務外出的居民', '2019年3月'),
    D('0.5%', -0.5, '%', 'growth', '非隨團外遊'),
    D('8.1萬人次', 8.1e4, '人次', 'quantity', '非隨團外遊'),
    D('3.4萬人次', 3.4e4, '人次', 'quantity', '中國內地'),
    D('1.4萬人次', 1.4e4, '人次', 'quantity', '香港'),
    D('1.4萬人次', 1.4e4, '人次', 'quantity', '台灣地區'),
    D('76.7%', 76.7, '%', 'percent', '前往中國內地、香港及台灣地區'),
    D('24.8%', -24.8, '%', 'growth', '隨團外遊'),
    D('4.0萬人次', 4.0e4, '人次', 'quantity', '隨團外遊'),
    D('3.2萬人次', 3.2e4, '人次', 'quantity', '前往中國內地的居民'),
    D('12.0%', -12.0, '%', 'growth', '前往中國內地的居民'),
    D('39.9萬人次', 39.9e4, '人次', 'quantity', '使用旅行社服務外出的居民', '首季'),
    D('2.6%', 2.6, '%', 'growth', '使用旅行社服務外出的居民', '首季', scope='按年'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news in Chinese numerals (自由時報's paper edition, 2025-12-24, the Ministry of
# Economic Affairs' export orders of 十一月; the first line is the page's date; the photo
# caption left out; cut inside the last sentence where the stored copy ends; Traditional):
# Taiwan's figures, orders from each market included. 昨 is not a time expression; 今年 is
# 2025. 站上 is 突破's kind (over, outside the text). 兩大主力 announces the two products that
# follow (a count, as heldout9's 三大因素). 連續十個月 is a duration; 其次 has no numeral;
# 居冠 (first place) is ambiguous (RECORD_PLACE). The market lines have no time expression.
# 預期/預估 make forecasts.
D = doc('台湾省', {'十一月': '2025-11', '今年': '2025', '前11月': '2025-01..11',
                 '今年一至十一月': '2025-01..11', '十二月': '2025-12'})
FC = 'forecast'
G['tw_news_ltn_orders2025'] = [
    D('729.2億美元', 729.2e8, '美元', 'money', '外銷訂單'),
    D('6666.5億美元', 6666.5e8, '美元', 'money', '外銷訂單', '前11月'),
    D('七二九．二億美元', 729.2e8, '美元', 'money', '外銷訂單', '十一月'),
    D('三十九．五％', 39.5, '%', 'growth', '外銷訂單', '十一月', scope='年增'),
    D('七千億美元', 7000e8, '美元', 'money', '外銷訂單', '今年', approx='over', status=FC),
    D('逾兩成', 20, '%', 'growth', '外銷訂單', '今年', approx='over', scope='年增', status=FC),
    D('兩大', 2, '', 'quantity', '主力'),
    D('六十九．四％', 69.4, '%', 'growth', '資訊通信、電子產品接單', scope='年增'),
    D('四十七．九％', 47.9, '%', 'growth', '資訊通信、電子產品接單', scope='年增'),
    D('二．四％', -2.4, '%', 'growth', '光學器材', scope='年減'),
    D('十五．八％', -15.8, '%', 'growth', '塑橡膠製品', scope='年減'),
    D('十二．五％', -12.5, '%', 'growth', '化學品', scope='年減'),
    D('〇．五％', -0.5, '%', 'growth', '基本金屬', scope='年減'),
    D('六．九％', 6.9, '%', 'growth', '機械產品', scope='年增'),
    D('逾284億美元', 284e8, '美元', 'money', '美國訂單', approx='over'),
    D('冠', 1, '位', 'rank', '美國訂單', at='居冠', amb=RECORD_PLACE),
    D('二八四．五億美元', 284.5e8, '美元', 'money', '美國'),
    D('冠', 1, '位', 'rank', '美國', at='居冠', amb=RECORD_PLACE),
    D('五十六．一％', 56.1, '%', 'growth', '美國', scope='年增'),
    D('一三五．八億美元', 135.8e8, '美元', 'money', '東協'),
    D('六十．二％', 60.2, '%', 'growth', '東協', scope='年增'),
    D('一二四．五億美元', 124.5e8, '美元', 'money', '中國及香港'),
    D('十七．六％', 17.6, '%', 'growth', '中國及香港', scope='年增'),
    D('二十九．九億美元', 29.9e8, '美元', 'money', '日本'),
    D('十五．四％', 15.4, '%', 'growth', '日本', scope='年增'),
    D('六六六六．五億美元', 6666.5e8, '美元', 'money', '外銷訂單金額', '今年一至十一月'),
    D('二十四．二％', 24.2, '%', 'growth', '外銷訂單金額', '今年一至十一月', scope='年增'),
    D('七二〇億至七四〇億美元', 720e8, '美元', 'money', '接單金額', '十二月', vmax=740e8,
      status=FC),
    D('三十六．一％至三十九．八％', 36.1, '%', 'growth', '接單金額', '十二月', vmax=39.8,
      scope='年增', status=FC),
]

# ------------------------------------------------------------------------------------------
# Taiwan news in Chinese numerals (聯合報 via udn, the Ministry of Finance's trade of 九月; no
# year in the text or the stored copy: no period_key; Traditional): Taiwan's figures. 連續廿三
# 個月 is a duration; 「四季紅」 a slogan; 第三高 a place on record (RECORD_PLACE). 與二○二二年
# 的出口高點…相比 is a base, but the peak's own value has 二○二二年 as its period; the gap
# (只差二六七億美元) has none (現在 is not a time expression). 預估 makes a forecast.
# 七大類 counts the categories that rose (unit 类, as the spec's 类). 兩級化 is a word.
D = doc('台湾省', {'二○二二年': '2022'})
G['tw_news_udn_exports'] = [
    D('五四二點五億美元', 542.5e8, '美元', 'money', '出口', '九月'),
    D('第三高', 3, '位', 'rank', '出口', '九月', scope='歷年單月', amb=RECORD_PLACE),
    D('四七九四點二億美元', 4794.2e8, '美元', 'money', '出口高點', '二○二二年'),
    D('二六七億美元', 267e8, '美元', 'money', '出口'),
    D('五二八億至五四九億美元', 528e8, '美元', 'money', '出口', '十月', vmax=549e8,
      status='forecast'),
    D('七大類', 7, '类', 'quantity', '出口貨類', '九月'),
    D('百分之七十五', 75, '%', 'percent', '電子零組件、資通與視聽產品', '九月'),
    D('四分之一', 25, '%', 'percent', '傳產貨類', '九月'),
]

# ------------------------------------------------------------------------------------------
# A city government's news (臺北市政府: the mayor's report on the budget of 115年度 =
# 2026 to the city council, 2025-10-29, as a news site gives the city's release with its
# photo credits, left out; cut after item 8 where the stored copy ends; Traditional):
# Taipei's figures (台北市). 114年度第二次 is an ordinal; 較去年 a base. Budget lines
# (編列, 投入, 預算, 稅入/稅出, 尚需融資調度) are plan (heldout10's 編列); 預估 a forecast; the
# YouBike rides to date are actual. The items' numbering (1. … 8.) is not a figure; each
# item's money has the item's name as subject. 1200都會通 and YouBike前30分鐘免費 are names;
# 一小時生活圈 a slogan. 居全國首位 is rank 1; 冠軍 (without a numeral) and 約千元 are
# ambiguous. 十項重點建設 announces the list that follows (a count); the heading's 十大建設
# is ambiguous (HEADING_COUNT).
D = doc('台北市', {'115年度': '2026'}, status='plan')
AC = 'actual'
G['tw_gov_taipei_budget2025'] = [
    D('96%', 96, '%', 'percent', '滿意度', status=AC),
    D('首位', 1, '位', 'rank', '年訪客量', scope='全國', status=AC),
    D('2,800萬人次', 2800e4, '人次', 'quantity', '年訪客量', status=AC),
    D('冠軍', 1, '位', 'rank', '永續幸福城市', status=AC, amb=RECORD_PLACE),
    D('574億元', 574e8, '元', 'money', '政策性預算', '115年度'),
    D('160億元', 160e8, '元', 'money', '政策性預算', '115年度'),
    D('2,098億元', 2098e8, '元', 'money', '稅入'),
    D('2,142億元', 2142e8, '元', 'money', '稅出'),
    D('127億元', 127e8, '元', 'money', '債務還本'),
    D('171億元', 171e8, '元', 'money', '融資調度'),
    D('518億元', 518e8, '元', 'money', '整體債務', status='forecast'),
    D('約2.1萬元', 2.1e4, '元', 'money', '人均負債', approx='about', status='forecast'),
    D('十大', 10, '', 'quantity', '建設', amb=HEADING_COUNT),
    D('十項', 10, '项', 'quantity', '重點建設'),
    D('33億元', 33e8, '元', 'money', '道路通行與環境優化'),
    D('30億元', 30e8, '元', 'money', '照亮城市、安全升級'),
    D('15萬盞', 15e4, '盏', 'quantity', '路燈'),
    D('30億元', 30e8, '元', 'money', '敦北地下大排'),
    D('150億元', 150e8, '元', 'money', '老舊自來水管線'),
    D('1,300公里', 1300, '公里', 'quantity', '老舊自來水管線'),
    D('219億元', 219e8, '元', 'money', '捷運路網建設'),
    D('近60億元', 60e8, '元', 'money', '一卡通暢行城市', approx='under'),
    D('約千元', 1000, '元', 'money', '通勤族', approx='about', amb=BARE_THOUSAND),
    D('近6億元', 6e8, '元', 'money', '預算', approx='under'),
    D('4億人次', 4e8, '人次', 'quantity', '累積騎乘', approx='over', status=AC),
    D('逾20萬次', 20e4, '次', 'quantity', '日使用量', approx='over', status=AC),
    D('14億元', 14e8, '元', 'money', '全齡全民運動'),
    D('121億元', 121e8, '元', 'money', '托幼與樂齡雙照顧'),
]

# ------------------------------------------------------------------------------------------
# Taiwan government release (經濟部統計處's industrial production of 112年12月 = 2023-12, as
# an accounting firm's site copies it: the title, items 2 to 4 (the stored copy starts at
# item 2) and the office's name; the contact lines left out; Traditional): Taiwan's figures.
# 與上年同月比較, 與上季及上年同季比較, 較上季, 全年與上年比較's 與上年 are bases; item 2 has no
# time expression (no period, heldout9). 全年 is 2023 (the title's 112年). The list numbers
# (2. 3. 4.) are not figures; the index level is ambiguous.
D = doc('台湾省', {'112年第4季': '2023-Q4', '全年': '2023'})
G['tw_gov_moea_ip2023'] = [
    D('3.99%', -3.99, '%', 'growth', '工業生產'),
    D('4.19%', -4.19, '%', 'growth', '製造業'),
    D('8.08%', -8.08, '%', 'growth', '礦業及土石採取業'),
    D('0.52%', 0.52, '%', 'growth', '電力及燃氣供應業'),
    D('5.61%', -5.61, '%', 'growth', '用水供應業'),
    D('91.78', 91.78, '', 'quantity', '工業生產指數', '112年第4季', amb=INDEX_LEVEL),
    D('3.64%', 3.64, '%', 'growth', '工業生產指數', '112年第4季'),
    D('4.44%', 4.44, '%', 'growth', '製造業', '112年第4季'),
    D('2.77%', -2.77, '%', 'growth', '工業生產', '112年第4季'),
    D('2.70%', -2.70, '%', 'growth', '製造業', '112年第4季'),
    D('12.45%', -12.45, '%', 'growth', '工業生產', '全年'),
    D('12.88%', -12.88, '%', 'growth', '製造業', '全年'),
]

if __name__ == '__main__':
    write_context_gold(HERE, G)
