#!/usr/bin/env python3
"""Hand annotations of the eleventh held-out set (text/), written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
shared/spec/figures.md before any engine ran on these excerpts (the commit that adds
this file comes before the first engine run on them; see README.md). Each figure carries
the spec's record core (text, value, unit, kind, approx, scope) and what it is about:
subject (the noun phrase a careful reader names as measured, as written), period (the
governing time expression, as written), period_key (spec form), status (actual, target,
forecast, plan) and region (the region the figure is about, as its full Simplified name;
None for the country, the world or a region the text does not name). The conventions are
those of ../heldout/README.md, ../heldout2/README.md, ../heldout3/README.md,
../heldout6/README.md and ../heldout9/README.md; what this set adds is in README.md. This
script only turns each record's text into byte offsets (../annotate_lib.py).
Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import context_doc as doc, write_context_gold  # noqa: E402

# the cases the spec leaves open (ambiguous: scored neither way)
POINTS = ("an index level or change in 點 (收在31246.37點, 下跌513.62點); a unit and kind the "
          "spec does not name (as heldout7's 点)")
NTD = ("新台幣8952.21億元: the currency written before the number and 元 after it; the spec "
       "does not say whether the unit is 新台币 or 元 (as heldout3's 新台幣1兆元)")
TOP_N = ("賣超前3名為…: the first three places of a ranking the text goes on to name; neither "
         "a rank of one thing nor a count the spec settles")
HYPOTHETICAL = ("漲跌1%就是300多點: an arithmetic illustration (a 1% move is 300-odd points), "
                "not a figure stated about the world")
NO_UNIT = ("近79兆 / 4,245億 in a headline: an amount of money written without 元 (as "
           "heldout2's 1億7,982萬經費)")
TRADING_DAYS = ("共186個交易日: the number of trading days in the period, a duration in "
                "days (not a figure) or a count of sessions")
ROUND_GOAL = ("挑戰百兆元: a round mark the turnover is poised to reach; neither a target, a "
              "forecast nor an outcome the spec names, and 百 without a numeral before it")
RECORD_PLACE = ("次高: a place among the months (or periods) on record without a numeral (as "
                "heldout9); the spec's numeral-less rank words are 首位, 榜首, 第一 only")
LOST_MARK = ("一度失守6000億美元關卡: a round threshold the reserves fell below for a time; "
             "the spec names neither 失守 nor such a mark as a figure")
LINE_WRAP = ("1\\n2248元: the page's hard line wrap falls inside the number (12248元); the spec "
             "does not say whether a number broken by a line break is one figure")

G = {}

# ------------------------------------------------------------------------------------------
# Taiwan news (鉅亨網 via a portal, the statistics office's labour figures of 11 月; no year
# in the text or the page: no key; the portal's repeat of the last paragraphs and its link
# lines are left out; Traditional): Taiwan's figures, except the neighbours' rates (their
# country's). 百分點 without 個 is pp. A fall in a count keeps a positive value (年減 3000
# 人). 5 個月來低點 is a duration. 其中 inside a sentence keeps the sentence's period.
D = doc('台湾省', {})
G['tw_news_cnyes_jobs'] = [
    D('3.7%', 3.7, '%', 'percent', '失業率', '11 月'),
    D('0.05 百分點', -0.05, 'pp', 'pp', '失業率', '11 月'),
    D('0.01 個百分點', -0.01, 'pp', 'pp', '失業率', '11 月'),
    D('3.71%', 3.71, '%', 'percent', '失業率', '前 11 月'),
    D('0.06 個百分點', -0.06, 'pp', 'pp', '失業率', '前 11 月'),
    D('44.1 萬人', 441000, '人', 'quantity', '失業人數', '前 11 月'),
    D('3000 人', 3000, '人', 'quantity', '失業人數', '前 11 月'),
    D('44 萬 1000 人', 441000, '人', 'quantity', '失業人數', '11 月'),
    D('5000 人', 5000, '人', 'quantity', '失業人數', '11 月'),
    D('3000 人', 3000, '人', 'quantity', '初次尋職失業者', '11 月'),
    D('1000 人', 1000, '人', 'quantity', '因工作場所業務緊縮或歇業而失業者', '11 月'),
    D('1000 人', 1000, '人', 'quantity', '對原有工作不滿意及季節性或臨時性工作結束而失業者', '11 月'),
    D('2000 人', 2000, '人', 'quantity', '失業人數', '11 月'),
    D('44 萬 1000 人', 441000, '人', 'quantity', '失業人數', '前 11 月'),
    D('3000 人', 3000, '人', 'quantity', '失業人數', '前 11 月'),
    D('1147 萬 5000 人', 11475000, '人', 'quantity', '就業人數', '11 月'),
    D('1 萬 5000 人', 15000, '人', 'quantity', '就業人數', '11 月'),
    D('0.13%', 0.13, '%', 'growth', '就業人數', '11 月'),
    D('7 萬 7000 人', 77000, '人', 'quantity', '就業人數', '11 月'),
    D('0.68%', 0.68, '%', 'growth', '就業人數', '11 月'),
    D('1143 萬人', 11430000, '人', 'quantity', '就業人數', '前 11 月'),
    D('8 萬 3000 人', 83000, '人', 'quantity', '就業人數', '前 11 月'),
    D('0.73%', 0.73, '%', 'growth', '就業人數', '前 11 月'),
    D('3.9%', 3.9, '%', 'percent', '南韓失業率', '10 月', region='韩国'),
    D('2.4%', 2.4, '%', 'percent', '日本', '10 月', region='日本'),
    D('2.8%', 2.8, '%', 'percent', '香港', '香港 11 月', region='香港特别行政区'),
    D('2.1%', 2.1, '%', 'percent', '新加坡', '第 3 季', region='新加坡'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (中央社 via a portal, 2026-01-21, the stock market's day; the first line is the
# page's date; cut before the analyst's warning; Traditional): Taiwan's figures. 今天 is not
# a time expression of the spec: the day's figures have no period. 今年1月7日 is a date in
# 2026-01. Index levels and changes in 點 are ambiguous (POINTS); 5日均線 is a name.
# Lots of shares (張) are quantities, unit 张; each stock is the subject of its lots.
# 賣超/買超 amounts are money with the net selling as subject.
D = doc('台湾省', {'今年1月7日': '2026-01'})
G['tw_news_cna_stock2026'] = [
    D('513.62點', -513.62, '点', 'growth', '集中市場', amb=POINTS),
    D('31246.37點', 31246.37, '点', 'quantity', '集中市場', amb=POINTS),
    D('31372點', 31372, '点', 'quantity', '5日均線', amb=POINTS),
    D('8952.21億元', 8.95221e11, '元', 'money', '成交值', amb=NTD),
    D('8817.36億元', 8.81736e11, '元', 'money', '成交值', '今年1月7日'),
    D('774.11億元', 7.7411e10, '元', 'money', '三大法人合計賣超'),
    D('440.63億元', 4.4063e10, '元', 'money', '外資及陸資賣超'),
    D('175.96億元', 1.7596e10, '元', 'money', '投信賣超'),
    D('157.52億元', 1.5752e10, '元', 'money', '自營商賣超'),
    D('前3名', 3, '位', 'rank', '外資賣超', approx='under', amb=TOP_N),
    D('6萬1332張', 61332, '张', 'quantity', '友達'),
    D('5萬9805張', 59805, '张', 'quantity', '群創'),
    D('505萬6688張', 5056688, '张', 'quantity', '元大台灣'),
    D('1萬7749張', 17749, '张', 'quantity', '台積電'),
    D('第12名', 12, '位', 'rank', '台積電', scope='賣超榜'),
    D('前3名', 3, '位', 'rank', '外資買超', approx='under', amb=TOP_N),
    D('3萬817張', 30817, '张', 'quantity', '主動元大AI新經濟'),
    D('2萬5154張', 25154, '张', 'quantity', '燿華'),
    D('2萬601張', 20601, '张', 'quantity', '華航'),
    D('3萬點', 30000, '点', 'quantity', '台股', approx='over', amb=POINTS),
    D('1%', 1, '%', 'growth', '漲跌', amb=HYPOTHETICAL),
    D('300多點', 300, '点', 'growth', '漲跌', approx='over', amb=HYPOTHETICAL),
    D('513點', -513, '点', 'growth', '台股', amb=POINTS),
    D('1.65%', -1.65, '%', 'growth', '跌幅'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (工商時報 2024-10-14, the exchange's turnover to 10月11日; the first line is the
# byline with the date; the image tag left out; Traditional): Taiwan's figures. 今年年初開盤
# 迄10月11日止 is 2024-01..10; 截至10月11日止 is 2024-10; 上周 is not a time expression of
# the spec (the week's figures of the third paragraph have no period). 增幅約為2.68%: 約 is
# separated from the number, so the text starts at the number (heldout9).
D = doc('台湾省', {'今年年初開盤迄10月11日止': '2024-01..10', '截至10月11日止': '2024-10',
                 '今年全年': '2024'})
SPAN = '今年年初開盤迄10月11日止'
G['tw_news_ctee_turnover2024'] = [
    D('近79兆', 7.9e13, '', 'quantity', '總成交金額', approx='under', amb=NO_UNIT),
    D('4,245億', 4.245e11, '', 'quantity', '市場日均值', amb=NO_UNIT),
    D('186個交易日', 186, '个', 'quantity', '交易日', SPAN, amb=TRADING_DAYS),
    D('78.96兆元', 7.896e13, '元', 'money', '集中市場總成交金額', SPAN),
    D('4,245.11億元', 4.24511e11, '元', 'money', '市場日平均成交金額', SPAN),
    D('101.82%', 101.82, '%', 'percent', '股票成交量周轉率', SPAN),
    D('0.55%', 0.55, '%', 'percent', '股票日平均成交量周轉率', SPAN),
    D('百兆元', 1e14, '元', 'money', '集中市場總成交金額', '今年全年', amb=ROUND_GOAL),
    D('22,901點', 22901, '点', 'quantity', '台股加權股價指數', '截至10月11日止', amb=POINTS),
    D('598.93點', 598.93, '点', 'growth', '台股加權股價指數', '截至10月11日止', amb=POINTS),
    D('2.69%', 2.69, '%', 'growth', '周漲幅', '截至10月11日止'),
    D('73.23兆元', 7.323e13, '元', 'money', '全體上市公司市場總值', '截至10月11日止'),
    D('1.91兆元', 1.91e12, '元', 'money', '周市值', '截至10月11日止'),
    D('2.68%', 2.68, '%', 'growth', '周市值', '截至10月11日止', approx='about'),
    D('6.96%', 6.96, '%', 'growth', '台積電'),
    D('6.05%', 6.05, '%', 'growth', '半導半導體類指數'),
    D('10.08%', -10.08, '%', 'growth', '玻璃陶瓷類指數'),
    D('1.554兆元', 1.554e12, '元', 'money', '集中交易市場總成交金額'),
    D('1.357兆元', 1.357e12, '元', 'money', '全體上市股票成交金額'),
    D('1.8%', 1.8, '%', 'percent', '股票成交量周轉率'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (udn, 2025-11-25, the Ministry of Economic Affairs' retail sales of 10月; the
# first line is the page's date; the first two paragraphs; Traditional): Taiwan's figures.
# 今年 is 2025. 三個連假 counts the long weekends. 負成長0.5% is a fall.
D = doc('台湾省', {'10月': '2025-10', '今年前10月': '2025-01..10'})
G['tw_news_udn_retail2025'] = [
    D('4,186億元', 4.186e11, '元', 'money', '零售業營業額', '10月'),
    D('1.9%', 1.9, '%', 'growth', '零售業營業額', '10月'),
    D('三個', 3, '个', 'quantity', '連假', '10月'),
    D('3兆9,603億元', 3.9603e12, '元', 'money', '零售業營業額', '今年前10月'),
    D('次高', 2, '位', 'rank', '零售業營業額', '今年前10月', scope='歷年同期', amb=RECORD_PLACE),
    D('0.5%', -0.5, '%', 'growth', '零售業營業額', '今年前10月'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (自由時報, the central bank's foreign reserves at 1月底; no year in the text or
# the page's address: no key; Traditional): Taiwan's figures. 重挫 is a fall. 排名第四 is a
# rank among the major countries. 約93億美元, 約1至2億美元 keep 約 in the text; 90多億美元 is
# over. The figures after ； stay in their sentence (to 。).
D = doc('台湾省', {})
G['tw_news_ltn_fxreserve'] = [
    D('6044.57億美元', 6.04457e11, '美元', 'money', '外匯存底餘額', '截至1月底'),
    D('19.04億美元', 1.904e9, '美元', 'money', '外匯存底餘額', '截至1月底'),
    D('1.35%', -1.35, '%', 'growth', '美元指數', '1月'),
    D('第四', 4, '位', 'rank', '外匯存底', scope='全球主要國家中'),
    D('約93億美元', 9.3e9, '美元', 'money', '外資本金匯入', '1月', approx='about'),
    D('90多億美元', 9e9, '美元', 'money', '外資股利及盈餘匯出金額', '1月', approx='over'),
    D('約1至2億美元', 1e8, '美元', 'money', '外資1月淨匯入金額', '1月', approx='about', vmax=2e8),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (udn, 2026-01-06, the central bank's foreign reserves at the end of 2025-12;
# the first line is the page's date; cut before the exchange-rate statement; Traditional):
# Taiwan's figures. 貶 (depreciate) is a fall; 升幅甚至超過2% keeps 超過 in the text.
# 連兩月 is a duration. 次高 is ambiguous (heldout9).
D = doc('台湾省', {'去（2025）年12月': '2025-12', '12月': '2025-12', '去年9月': '2025-09',
                 '11月': '2025-11'})
G['tw_news_udn_fxreserve2026'] = [
    D('6025.53億美元', 6.02553e11, '美元', 'money', '外匯存底金額', '去（2025）年12月'),
    D('27.62億美元', 2.762e9, '美元', 'money', '外匯存底金額', '去（2025）年12月'),
    D('次高', 2, '位', 'rank', '外匯存底金額', '去（2025）年12月', scope='歷史', amb=RECORD_PLACE),
    D('77億美元', 7.7e9, '美元', 'money', '外資及陸資盈餘與相關股利匯出金額', '12月'),
    D('36億美元', 3.6e9, '美元', 'money', '淨匯出', '12月'),
    D('1.14%', -1.14, '%', 'growth', '美元指數', '12月'),
    D('超過2%', 2, '%', 'growth', '部分貨幣', '12月', approx='over'),
    D('0.15%', -0.15, '%', 'growth', '日圓', '12月'),
    D('0.26%', -0.26, '%', 'growth', '新台幣', '12月'),
    D('6029.43億美元', 6.02943e11, '美元', 'money', '外匯存底', '去年9月'),
    D('6000億美元', 6e11, '美元', 'money', '外匯存底', '11月', amb=LOST_MARK),
    D('次高', 2, '位', 'rank', '外匯存底', '12月', scope='歷史', amb=RECORD_PLACE),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (工商時報 as a finance site excerpts it, foreign investors' week to 11月19日; no
# year: no key; the page's spaces at its line ends are kept (作帳行 情, 成交 值); the source
# tag <摘錄工商> left out; Traditional): Taiwan's figures. 上周 is not a time expression of
# the spec. 近11周 is a duration. 各買超逾14萬張及13萬張: 逾 governs both. A list of stocks
# sharing one range (友達、聯電、新光金各達5∼8萬張) has the list as subject. 近兆元 has no
# numeral (vague). 上看200%以 上 is a forecast.
D = doc('台湾省', {})
G['tw_news_berich_stock'] = [
    D('307.8億元', 3.078e10, '元', 'money', '外資上周買超'),
    D('近 307億元', 3.07e10, '元', 'money', '前一周的買超', approx='under'),
    D('逾14萬張', 140000, '张', 'quantity', '大同', approx='over'),
    D('13萬張', 130000, '张', 'quantity', '群創', approx='over'),
    D('5∼8萬張', 50000, '张', 'quantity', '友達、聯電、新光金', vmax=80000),
    D('2∼3萬張以上', 20000, '张', 'quantity', '華航、長榮航、台新金、 玉山金、廣達、台積電',
      vmax=30000, approx='over'),
    D('超過1萬張', 10000, '张', 'quantity', '旺宏、中石化、中 信金、華邦電、兆豐金', approx='over'),
    D('17,818點', 17818, '点', 'quantity', '台股', '11月19日', amb=POINTS),
    D('300點', 300, '点', 'growth', '台股', '11月19日', amb=POINTS),
    D('1.71%', 1.71, '%', 'growth', '台股', '11月19日'),
    D('2萬點', 20000, '点', 'quantity', '寶島股價指數', '11月19日', approx='over', amb=POINTS),
    D('20,360點', 20360, '点', 'quantity', '寶島股價指數', '11月19日', amb=POINTS),
    D('371.89點', 371.89, '点', 'growth', '寶島股價指數', '11月19日', amb=POINTS),
    D('1.86%', 1.86, '%', 'growth', '寶島股價指數', '11月19日'),
    D('54.85 兆元', 5.485e13, '元', 'money', '台股總市值', '至11月19日止'),
    D('9,357億元', 9.357e11, '元', 'money', '台股總市值', '至11月19日止'),
    D('約1.74%', 1.74, '%', 'growth', '台股總市值', '至11月19日止', approx='about'),
    D('1.97兆元', 1.97e12, '元', 'money', '集中交易市場總成交值'),
    D('1.91兆元', 1.91e12, '元', 'money', '全體上市股票成交 值'),
    D('4.25%', 4.25, '%', 'percent', '股票成交量周轉率'),
    D('4.5%', 4.5, '%', 'growth', '光電類指 數'),
    D('5.02%', -5.02, '%', 'growth', '鋼鐵類指數'),
    D('215個交易日', 215, '个', 'quantity', '交易日', '今年至11月19日', amb=TRADING_DAYS),
    D('86.62兆元', 8.662e13, '元', 'money', '集中市場成交值', '今年至11月19日'),
    D('4,028.84億元', 4.02884e11, '元', 'money', '日均 值', '今年至11月19日'),
    D('187.29%', 187.29, '%', 'percent', '股票成交量周轉率', '今年至11月19日'),
    D('200%以 上', 200, '%', 'percent', '股票成交量周轉率', '全年', approx='over',
      status='forecast'),
]

# ------------------------------------------------------------------------------------------
# Macau government release (統計暨普查局's employment survey of 2023年10月至12月, on the
# Government Information Bureau's site; the whole release; Traditional): Macau's figures.
# 上一期, 按季, 按年 are bases. A sentence without a time expression has no period
# (heldout9): the second to fourth paragraphs and the sentences after the first of the
# fifth; 參考期內 is not a time expression. Employment by industry in brackets (4.90萬) has
# no unit. 三項指標 restates the three rates just named. 分別下跌0.1及0.2個百分點: the
# first number takes the unit written after the second.
D = doc('澳门特别行政区', {'2023年10月至12月': '2023-10..12', '2023年第4季': '2023-Q4',
                       '2023年全年': '2023'})
G['mo_gov_jobs2023q4'] = [
    D('2.3%', 2.3, '%', 'percent', '總體失業率', '2023年10月至12月'),
    D('2.9%', 2.9, '%', 'percent', '本地居民失業率', '2023年10月至12月'),
    D('1.4%', 1.4, '%', 'percent', '就業不足率', '2023年10月至12月'),
    D('37.97萬人', 379700, '人', 'quantity', '居澳勞動人口'),
    D('68.0%', 68.0, '%', 'percent', '勞動力參與率'),
    D('37.11萬人', 371100, '人', 'quantity', '就業人口'),
    D('28.61萬人', 286100, '人', 'quantity', '本地就業居民'),
    D('900人', 900, '人', 'quantity', '就業人口'),
    D('1,700人', 1700, '人', 'quantity', '本地就業居民'),
    D('8,600人', 8600, '人', 'quantity', '失業人數'),
    D('2.1個百分點', -2.1, 'pp', 'pp', '新增勞動力佔總失業人口比重'),
    D('12.2%', 12.2, '%', 'percent', '新增勞動力佔總失業人口比重'),
    D('5,200人', 5200, '人', 'quantity', '就業不足人數'),
    D('200人', 200, '人', 'quantity', '就業不足人數'),
    D('2.3%', 2.3, '%', 'percent', '總體失業率', '2023年第4季'),
    D('2.9%', 2.9, '%', 'percent', '本地居民失業率', '2023年第4季'),
    D('0.1', -0.1, 'pp', 'pp', '總體失業率', '2023年第4季'),
    D('0.2個百分點', -0.2, 'pp', 'pp', '本地居民失業率', '2023年第4季'),
    D('1,800人', 1800, '人', 'quantity', '就業人數'),
    D('700人', 700, '人', 'quantity', '本地就業居民'),
    D('4.90萬', 49000, '', 'quantity', '酒店及飲食業'),
    D('2.09萬', 20900, '', 'quantity', '教育'),
    D('2,100人', 2100, '人', 'quantity', '就業人數'),
    D('6.74萬', 67400, '', 'quantity', '博彩及博彩中介業'),
    D('3,600人', 3600, '人', 'quantity', '博彩及博彩中介業'),
    D('17,600元', 17600, '元', 'money', '總體就業人口月工作收入中位數'),
    D('400元', 400, '元', 'money', '總體就業人口月工作收入中位數'),
    D('20,000元', 20000, '元', 'money', '本地就業居民'),
    D('9.99萬人', 99900, '人', 'quantity', '在澳工作而居於境外的澳門居民及外地僱員', approx='about'),
    D('47.96萬人', 479600, '人', 'quantity', '總勞動力'),
    D('500人', 500, '人', 'quantity', '總勞動力'),
    D('2.7%', 2.7, '%', 'percent', '總體失業率', '2023年全年'),
    D('3.4%', 3.4, '%', 'percent', '本地居民失業率', '2023年全年'),
    D('1.0', -1.0, 'pp', 'pp', '總體失業率', '2023年全年'),
    D('1.4個百分點', -1.4, 'pp', 'pp', '本地居民失業率', '2023年全年'),
    D('17,500元', 17500, '元', 'money', '總體就業人口月工作收入中位數', '2023年全年'),
    D('20,000元', 20000, '元', 'money', '本地就業居民', '2023年全年'),
    D('2,500元', 2500, '元', 'money', '總體就業人口月工作收入中位數', '2023年全年'),
    D('1,000元', 1000, '元', 'money', '本地就業居民', '2023年全年'),
]

# ------------------------------------------------------------------------------------------
# A county government work report (松溪县, delivered in 2019 on the year 2018, on a
# document site; the title to the grain figures, cut at the page's end of the excerpt; the
# site's noise tokens (2Iu) at the line ends are left out, the page's hard line wraps are
# kept; Simplified): the county's figures. The review sentence has no time expression
# (一年来 is not one of the spec): no period. 预计 makes the review figures forecasts.
# 南平市七大绿色产业发展规划 is a plan's name; 四比六促 a slogan; 十九届二中 ordinals.
D = doc('松溪县', {})
F = dict(status='forecast')
G['cn_county_songxi2019'] = [
    D('57.55亿元', 5.755e9, '元', 'money', '生产总值', **F),
    D('8.1%', 8.1, '%', 'growth', '生产总值', **F),
    D('19.1亿元', 1.91e9, '元', 'money', '农业总产值', **F),
    D('0.5%', -0.5, '%', 'growth', '农业总产值', **F),
    D('80.6亿元', 8.06e9, '元', 'money', '规模以上工业总产值', **F),
    D('9.5%', 9.5, '%', 'growth', '规模以上工业总产值', **F),
    D('3.8亿元', 3.8e8, '元', 'money', '一般公共预算总收入', **F),
    D('15.78%', 15.78, '%', 'growth', '一般公共预算总收入', **F),
    D('2.68亿元', 2.68e8, '元', 'money', '地方一般公共预算收入', **F),
    D('10.52%', 10.52, '%', 'growth', '地方一般公共预算收入', **F),
    D('77.2亿元', 7.72e9, '元', 'money', '固定资产投资', **F),
    D('17%', 17, '%', 'growth', '固定资产投资', **F),
    D('29.4亿元', 2.94e9, '元', 'money', '社会消费品零售总额', **F),
    D('10%', 10, '%', 'growth', '社会消费品零售总额', **F),
    D('3.1亿元', 3.1e8, '元', 'money', '外贸出口', **F),
    D('14.8%', 14.8, '%', 'growth', '外贸出口', **F),
    D('7000万元', 7e7, '元', 'money', '实际利用外资', **F),
    D('324.2%', 324.2, '%', 'growth', '实际利用外资', **F),
    D('28576元', 28576, '元', 'money', '城镇居民人均可支配收入', **F),
    D('8.1%', 8.1, '%', 'growth', '城镇居民人均可支配收入', **F),
    D('1\n2248元', 12248, '元', 'money', '农村居民人均可支配收入', amb=LINE_WRAP, **F),
    D('9.3%', 9.3, '%', 'growth', '农村居民人均可支配收入', **F),
    D('6.81万吨', 68100, '吨', 'quantity', '粮食产量'),
    D('11.52万吨', 115200, '吨', 'quantity', '蔬菜产量'),
    D('2.4万担', 24000, '担', 'quantity', '烟叶产量'),
    D('9245吨', 9245, '吨', 'quantity', '毛茶产量'),
]

# ------------------------------------------------------------------------------------------
# A ministry interview (商务部部长钟山 at the 2018 "部长通道", as a provincial news site
# reports it; the headline to the third point, the related links and page furniture left
# out; Simplified): the country's figures (no region). 去年 is 2017 (the story is of
# 2018-03); 3月5日 is 2018-03. 世界第一 is rank 1 in the world (the spec's 全国第一);
# 三个方面 announces the three points (the spec's 三個方面); 第一, 第二, 第三 opening the
# points are ordinals; 六年来 a duration; 第二场, 十三届 ordinals.
D = doc(None, {'去年': '2017', '2017年': '2017', '3月5日': '2018-03'})
G['cn_interview_mofcom2018'] = [
    D('第一', 1, '位', 'rank', '我国', '去年', scope='世界'),
    D('第一', 1, '位', 'rank', '我国', '2017年', scope='世界'),
    D('6位', 6, '位', 'quantity', '部长', '3月5日'),
    D('三个', 3, '方面', 'quantity', '主要表现', '2017年'),
    D('14.2%', 14.2, '%', 'growth', '进出口总额', '去年'),
    D('第一', 1, '位', 'rank', '我国', '去年', scope='世界', at='世界第一贸易大国,这说明'),
    D('30%左右', 30, '%', 'percent', '高技术产品的出口', '去年', approx='about'),
    D('第一', 1, '位', 'rank', '跨境电商规模', scope='世界', at='稳居世界第一'),
]

if __name__ == '__main__':
    write_context_gold(HERE, G)
