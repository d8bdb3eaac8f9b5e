#!/usr/bin/env python3
"""Hand annotations of the thirteenth held-out set (text/), written out as gold jsonl in figures/.

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
ROUND_MARK = ("上看千億美元規模: a round order of size the surplus may reach, 千 without a "
              "numeral before it (as heldout11's 挑戰百兆元)")
RECORD_PLACE = ("次高: a place among the months (or years) on record without a numeral (as "
                "heldout9 and heldout11); the spec's numeral-less rank words are 首位, 榜首, 第一 only")
INDEX_LEVEL = ("an index level (工業生產指數一二二, 一○九年九月一二三點七三): neither a unit nor a "
               "kind of the spec (heldout's index levels)")
NO_UNIT = ("1.16兆 / 22.3兆: an amount of money written without 元 (as heldout2's 1億7,982萬經費 "
           "and heldout11's 近79兆)")
RESTATED = ("三家 / 四五六家 again: the same firms just counted, named again (the spec's counts "
            "that restate what was just named) or a count stated twice")

G = {}

# ------------------------------------------------------------------------------------------
# Taiwan news in Chinese numerals (聯合報 via udn, 2025-09-10: the Ministry of Finance's trade
# of 八月 and of 一至八月 2025; the first line is the page's date; cut after the tariff
# sentence, before 展望九月; Traditional): Taiwan's figures, except Korea's exports. 點 is the
# decimal mark between Chinese digits (一一七一點七), digit-by-digit numerals (八五四, 一七一), ○
# (○點九), 卅 and 廿. 逾五成 is a growth of over 50%. 過去四年間 is a span (2021..2024).
# 連續四個月 and 連廿二紅 are durations. 百分之廿的疊加稅率 is a level (a tariff rate).
D = doc('台湾省', {'今年一至八月': '2025-01..08', '前八月': '2025-01..08', '八月': '2025-08',
                 '過去四年間': '2021..2024', '八月七日': '2025-08'})
G['tw_news_udn_exports2025'] = [
    D('一一七一點七億美元', 1.1717e11, '美元', 'money', '對美出口', '今年一至八月'),
    D('逾五成', 50, '%', 'growth', '對美出口', '今年一至八月', approx='over'),
    D('八五四億美元', 8.54e10, '美元', 'money', '對美出超', '前八月'),
    D('八六九億元', 8.69e10, '元', 'money', '總出超', '前八月'),
    D('千億美元', 1e11, '美元', 'money', '全年對美出超、總出超', '全年', status='forecast',
      key='2025', amb=ROUND_MARK),
    D('五八四點九億美元', 5.849e10, '美元', 'money', '出口', '八月'),
    D('約兩千億美元', 2e11, '美元', 'money', '出口', '過去四年間', approx='about'),
    D('約一七一億美元', 1.71e10, '美元', 'money', '出口', '過去四年間', approx='about'),
    D('五八四億美元', 5.84e10, '美元', 'money', '南韓的出口', '八月', region='韩国'),
    D('○點九億美元', 9e7, '美元', 'money', '相差', '八月'),
    D('五八四點九億美元', 5.849e10, '美元', 'money', '出口金額', '八月'),
    D('百分之卅四點一', 34.1, '%', 'growth', '出口金額', '八月'),
    D('百分之廿', 20, '%', 'percent', '疊加稅率', '八月七日'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news in Chinese numerals (聯合報 via udn: the statistics office's wages of 前七月; no
# year in the text: no key; the first, second and fifth paragraphs carry the figures, cut
# before 主計總處分析; Traditional): Taiwan's figures. Whole Chinese numerals with 萬/千/百
# (四萬七千六百五十一元), 點 with ○ (百分之一點○九, 百分之○點九○). 近三年, 近五年來 and 連續十六個月
# are durations. The list after ； stays in its sentence (to 。).
D = doc('台湾省', {})
G['tw_news_udn_wages2025'] = [
    D('四萬七千六百五十一元', 47651, '元', 'money', '經常性薪資平均數', '前七月'),
    D('百分之二點九八', 2.98, '%', 'growth', '經常性薪資平均數', '前七月'),
    D('四萬三千六百二十四元', 43624, '元', 'money', '實質經常性薪資平均數', '今年前七月'),
    D('百分之一點○九', 1.09, '%', 'growth', '實質經常性薪資平均數', '今年前七月'),
    D('百分之二點九八', 2.98, '%', 'growth', '經常性薪資平均數', '前七月'),
    D('三萬八千一百七十元', 38170, '元', 'money', '經常性薪資中位數', '前七月'),
    D('百分之二點七八', 2.78, '%', 'growth', '經常性薪資中位數', '前七月'),
    D('百分之○點九○', 0.9, '%', 'growth', '實質經常性薪資中位數', '前七月'),
    D('三萬四千九百七十七元', 34977, '元', 'money', '住宿及餐飲業', '今年前七月'),
    D('三萬六千五百九十八元', 36598, '元', 'money', '其他服務業', '今年前七月'),
    D('四萬五千六百三十七元', 45637, '元', 'money', '製造業', '今年前七月'),
    D('五萬六千九百一十六元', 56916, '元', 'money', '電子零組件製造業', '今年前七月'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news in Chinese numerals (聯合報 via udn, 2025-12-02: the Ministry of Labor's
# furlough count; the first line is the page's date; the whole story; Traditional): Taiwan's
# figures. 上一期 and 此次 are not time expressions of the spec; 十一月初 and 中旬 govern no
# figure: no period. Digit-by-digit numerals with ○ (一五○人, 六四○四人, 一萬七二一○元), 廿一家,
# 成 shares (九成四 94%, 七成二 72%, 接近八成). An increase in a count keeps the count
# (增加廿一家 → 21 家). 每小時一九○元 is money in 元. 「每一位」 is not a count.
D = doc('台湾省', {})
G['tw_news_udn_furlough2025'] = [
    D('四五六家', 456, '家', 'quantity', '實施無薪假事業單位'),
    D('九一五三人', 9153, '人', 'quantity', '實施人數'),
    D('廿一家', 21, '家', 'quantity', '實施無薪假事業單位'),
    D('六九七人', 697, '人', 'quantity', '人數'),
    D('三家', 3, '家', 'quantity', '通報無薪假企業'),
    D('三家', 3, '家', 'quantity', '通報無薪假企業', amb=RESTATED),
    D('超過一五○人', 150, '人', 'quantity', '通報無薪假企業', approx='over'),
    D('四五六家', 456, '家', 'quantity', '通報無薪假的企業', amb=RESTATED),
    D('三七六家', 376, '家', 'quantity', '製造業'),
    D('八六一九人', 8619, '人', 'quantity', '製造業'),
    D('九成四', 94, '%', 'percent', '製造業'),
    D('三百家', 300, '家', 'quantity', '金屬機電業'),
    D('六四○四人', 6404, '人', 'quantity', '金屬機電業'),
    D('三家', 3, '家', 'quantity', '通報無薪假企業', amb=RESTATED),
    D('超過一五○人', 150, '人', 'quantity', '員工人數', approx='over'),
    D('十九家', 19, '家', 'quantity', '企業'),
    D('二一五名', 215, '名', 'quantity', '員工'),
    D('三六九家', 369, '家', 'quantity', '受美國關稅影響的企業'),
    D('八一八六人', 8186, '人', 'quantity', '人數'),
    D('七成二', 72, '%', 'percent', '企業'),
    D('七○三四人', 7034, '人', 'quantity', '可以申請薪資差額補貼'),
    D('接近八成', 80, '%', 'percent', '員工', approx='under'),
    D('七成', 70, '%', 'percent', '薪資差額補貼'),
    D('一九○元', 190, '元', 'money', '訓練津貼'),
    D('一萬七二一○元', 17210, '元', 'money', '訓練津貼'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news agency (中央社, 2019-12-10: the Ministry of Economic Affairs' survey of
# manufacturing investment of 民國108年第3季; the headline, the date line and the first four
# paragraphs, cut before 而在營收表現上; the page's privacy and app lines left out; ASCII
# punctuation as the page gives it; Traditional): Taiwan's figures. 5G is a name; 連續第5季
# and 連續3季 are durations; 雙位數 is vague. 去年的1.16兆 is money without 元 (ambiguous). A
# sentence without a time expression has no period.
D = doc('台湾省', {'第3季': '2019-Q3', '去年': '2018', '民國108年第3季': '2019-Q3'})
G['tw_news_cna_invest2019'] = [
    D('12.3%', 12.3, '%', 'growth', '固定資產投資', '第3季'),
    D('1.16兆', 1.16e12, '', 'quantity', '投資', '去年', amb=NO_UNIT),
    D('3491億元', 3.491e11, '元', 'money', '製造業國內固定資產增購', '民國108年第3季'),
    D('12.3%', 12.3, '%', 'growth', '製造業國內固定資產增購', '民國108年第3季'),
    D('逾6成', 60, '%', 'percent', '電子零組件業', approx='over'),
    D('13%', 13, '%', 'growth', '該業別投資額'),
    D('56.1%', 56.1, '%', 'growth', '金屬製品業'),
    D('4%', -4, '%', 'growth', '化學材料業'),
    D('17.1%', -17.1, '%', 'growth', '基本金屬業'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news in Chinese numerals (a paper's story on Yahoo News Taiwan: the Ministry of
# Economic Affairs' industrial production of 一○九年十月 = 2020-10; the headline and the
# paragraph; ASCII punctuation; Traditional): Taiwan's figures. Index levels written digit by
# digit (一二二, 一二三點七三) are ambiguous; 次高 is ambiguous; 年增率七點○六% is growth (點 the
# decimal mark, ○ zero, % after Chinese digits). 連續第九個月 is a duration; 二位數 is vague.
# The parenthesis (一○九年九月…為歷年最高) governs only its own index level: the growth rates
# after it are of 十月.
D = doc('台湾省', {'10月': '2020-10', '一○九年十月': '2020-10', '一○九年九月': '2020-09',
                 '十月': '2020-10'})
G['tw_news_ip2020'] = [
    D('次高', 2, '位', 'rank', '10月工業生產指數', '10月', scope='歷年單月', amb=RECORD_PLACE),
    D('一二二', 122, '', 'quantity', '工業生產指數', '一○九年十月', amb=INDEX_LEVEL),
    D('次高', 2, '位', 'rank', '工業生產指數', '一○九年十月', scope='歷年單月', amb=RECORD_PLACE),
    D('一二三點七三', 123.73, '', 'quantity', '工業生產指數', '一○九年九月', amb=INDEX_LEVEL),
    D('七點○六%', 7.06, '%', 'growth', '工業生產指數', '一○九年十月'),
    D('一二三點四四', 123.44, '', 'quantity', '製造業生產指數', '十月', amb=INDEX_LEVEL),
    D('次高', 2, '位', 'rank', '製造業生產指數', '十月', scope='歷年單月', amb=RECORD_PLACE),
    D('一二四點九三', 124.93, '', 'quantity', '製造業生產指數', '一○九年九月', amb=INDEX_LEVEL),
    D('七點六三%', 7.63, '%', 'growth', '製造業生產指數', '十月'),
    D('一六七點三八', 167.38, '', 'quantity', '積體電路業指數', '十月', amb=INDEX_LEVEL),
    D('次高', 2, '位', 'rank', '積體電路業指數', '十月', scope='歷年單月', amb=RECORD_PLACE),
    D('一七二點五二', 172.52, '', 'quantity', '積體電路業指數', '一○九年九月', amb=INDEX_LEVEL),
    D('廿三點○三%', 23.03, '%', 'growth', '積體電路業指數', '十月'),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (工商時報 as 時報-台北電 on Yahoo's stock pages: the Ministry of Economic Affairs'
# wholesale, retail and restaurant sales of 10月; no year in the text: no key; the headline
# and the four paragraphs, the editor's line left out; ASCII punctuation; Traditional):
# Taiwan's figures. 較上月減少 is a month-on-month change (growth); 年減 a fall. 兆 and 億 mixed
# with thousands separators (1兆1,260億元). 綜計1至10月 governs its sentence.
D = doc('台湾省', {})
M, YTD = '10月', '1至10月'
G['tw_news_ctee_trade2024'] = [
    D('5.8%', 5.8, '%', 'growth', '批發業營收', M),
    D('1兆1,260億元', 1.126e12, '元', 'money', '批發業營業額', M),
    D('5.8%', 5.8, '%', 'growth', '批發業營業額', M),
    D('4,109億元', 4.109e11, '元', 'money', '零售業營業額', M),
    D('0.5%', -0.5, '%', 'growth', '零售業營業額', M),
    D('819億元', 8.19e10, '元', 'money', '餐飲業營業額', M),
    D('1.8%', -1.8, '%', 'growth', '餐飲業營業額', M),
    D('1兆1,260億元', 1.126e12, '元', 'money', '批發業營業額', M),
    D('0.1%', -0.1, '%', 'growth', '批發業營業額', M),
    D('5.8%', 5.8, '%', 'growth', '批發業營業額', M),
    D('9.9%', 9.9, '%', 'growth', '機械器具批發業', M),
    D('9.7%', 9.7, '%', 'growth', '化學材料批發業', M),
    D('8.2%', 8.2, '%', 'growth', '家用器具及用品批發業', M),
    D('10兆7,053億元', 1.07053e13, '元', 'money', '營業額', YTD),
    D('9.1%', 9.1, '%', 'growth', '營業額', YTD),
    D('4,109億元', 4.109e11, '元', 'money', '零售業營業額', M),
    D('2.1%', 2.1, '%', 'growth', '零售業營業額', M),
    D('0.5%', -0.5, '%', 'growth', '零售業營業額', M),
    D('7.9%', -7.9, '%', 'growth', '汽機車零售業', M),
    D('3.9%', -3.9, '%', 'growth', '百貨公司', M),
    D('2.1%', -2.1, '%', 'growth', '布疋及服飾品零售業', M),
    D('14.4%', 14.4, '%', 'growth', '超級市場營業額', M),
    D('6.7%', 6.7, '%', 'growth', '便利商店', M),
    D('10.1%', 10.1, '%', 'growth', '量販店', M),
    D('3兆9,806億元', 3.9806e12, '元', 'money', '營業額', YTD),
    D('2.6%', 2.6, '%', 'growth', '營業額', YTD),
    D('819億元', 8.19e10, '元', 'money', '餐飲業營業額', M),
    D('2.8%', -2.8, '%', 'growth', '餐飲業營業額', M),
    D('1.8%', -1.8, '%', 'growth', '餐飲業營業額', M),
    D('3.3%', -3.3, '%', 'growth', '餐館', M),
    D('8,558億元', 8.558e11, '元', 'money', '營業額', YTD),
    D('3.1%', 3.1, '%', 'growth', '營業額', YTD),
]

# ------------------------------------------------------------------------------------------
# Taiwan news (NOWnews, 2025-12-12: the Ministry of Economic Affairs' factory census of 去年 =
# 2024; the first line is the page's date; the advert line and the image caption left out,
# cut before 統計指出; Traditional): Taiwan's figures. 突破2兆元 is over 2兆元 (突破 stays out
# of the text); 超過兆元 has no numeral (vague, as heldout11's 近兆元); 排行第二 and 居第三 are
# ranks; 次高 is ambiguous; 111年22.3兆 is money without 元 (ambiguous). 與2023年相比 is a
# comparison base: that sentence has no period. 今年6月 comes after the census counts and
# governs none of them.
D = doc('台湾省', {'去年': '2024', '111年': '2022'})
G['tw_news_nownews_factory2025'] = [
    D('6.27兆元', 6.27e12, '元', 'money', '電子零組件業營收', '去年'),
    D('28.7%', 28.7, '%', 'percent', '電子零組件業營收', '去年'),
    D('2兆元', 2e12, '元', 'money', '電腦電子產品及光學業營收', '去年', approx='over'),
    D('2.44兆元', 2.44e12, '元', 'money', '電腦電子產品及光學業營收', '去年'),
    D('11.2%', 11.2, '%', 'percent', '電腦電子產品及光學業營收', '去年'),
    D('第二', 2, '位', 'rank', '電腦電子產品及光學業營收', '去年'),
    D('9萬7760家', 97760, '家', 'quantity', '已辦理登記之工廠'),
    D('9,687家', 9687, '家', 'quantity', '特定工廠'),
    D('9萬3564家', 93564, '家', 'quantity', '工廠營運家數', '去年'),
    D('1.5%', 1.5, '%', 'growth', '工廠營運家數', '去年'),
    D('291.9萬人', 2919000, '人', 'quantity', '員工人數', '去年'),
    D('0.1%', -0.1, '%', 'growth', '員工人數', '去年'),
    D('21.9兆元', 2.19e13, '元', 'money', '營業收入', '去年'),
    D('次高', 2, '位', 'rank', '營業收入', '去年', scope='歷年', amb=RECORD_PLACE),
    D('22.3兆', 2.23e13, '', 'quantity', '營業收入', '111年', amb=NO_UNIT),
    D('7.4%', 7.4, '%', 'growth', '營業收入', '去年'),
    D('6兆2703億元', 6.2703e12, '元', 'money', '電子零組件業營收', '去年'),
    D('28.7%', 28.7, '%', 'percent', '電子零組件業營收', '去年'),
    D('2兆元', 2e12, '元', 'money', '電腦電子產品及光學業營收', '去年', approx='over'),
    D('2兆4457億元', 2.4457e12, '元', 'money', '電腦電子產品及光學業營收', '去年'),
    D('11.2%', 11.2, '%', 'percent', '電腦電子產品及光學業營收', '去年'),
    D('1兆7563億元', 1.7563e12, '元', 'money', '金屬製品業', '去年'),
    D('8%', 8, '%', 'percent', '金屬製品業', '去年'),
    D('第三', 3, '位', 'rank', '金屬製品業', '去年'),
    D('5968億元', 5.968e11, '元', 'money', '電子零組件業營收'),
    D('5963億元', 5.963e11, '元', 'money', '電腦電子產品及光學業營收'),
    D('637億元', 6.37e10, '元', 'money', '營收'),
    D('365億元', 3.65e10, '元', 'money', '營收'),
]

# ------------------------------------------------------------------------------------------
# Macau government release (統計暨普查局's tours and hotel occupancy of 2024年1月, on a
# government bureau's site; the title and the three paragraphs; the page's spaces inside the
# brackets kept; Traditional): Macau's figures (the guests from elsewhere are Macau's hotel
# guests). 今年1月 and 1月份 are 2024-01; 較2019年同月 and 對比2019年1月 are bases. A sentence
# without a time expression has no period (the occupancy sentence, the length of stay).
# 分別按年上升16.7、14.0及7.0個百分點: the earlier numbers take the unit written after the
# last (heldout11). 增加3.1倍 is growth in 倍.
D = doc('澳门特别行政区', {'今年1月': '2024-01', '1月份': '2024-01'})
J, J2 = '今年1月', '1月份'
G['mo_gov_hotels2024'] = [
    D('141間', 141, '间', 'quantity', '酒店業場所', J),
    D('16間', 16, '间', 'quantity', '酒店業場所', J),
    D('20.4%', 20.4, '%', 'growth', '可提供客房數目', J),
    D('4.6萬間', 46000, '间', 'quantity', '可提供客房數目', J),
    D('14.5個百分點', 14.5, 'pp', 'pp', '客房平均入住率'),
    D('85.9%', 85.9, '%', 'percent', '客房平均入住率'),
    D('超過八成', 80, '%', 'percent', '各星級酒店的入住率', approx='over'),
    D('87.2%', 87.2, '%', 'percent', '五星級'),
    D('84.0%', 84.0, '%', 'percent', '四星級'),
    D('83.8%', 83.8, '%', 'percent', '三星級酒店'),
    D('16.7', 16.7, 'pp', 'pp', '五星級'),
    D('14.0', 14.0, 'pp', 'pp', '四星級'),
    D('7.0個百分點', 7.0, 'pp', 'pp', '三星級酒店'),
    D('55.7%', 55.7, '%', 'growth', '酒店業場所住客', J2),
    D('132.0萬人次', 1320000, '人次', 'quantity', '酒店業場所住客', J2),
    D('7.4%', 7.4, '%', 'growth', '酒店業場所住客', J2),
    D('100.4萬人次', 1004000, '人次', 'quantity', '中國內地', J2),
    D('14.0萬人次', 140000, '人次', 'quantity', '香港', J2),
    D('3.2萬人次', 32000, '人次', 'quantity', '台灣地區', J2),
    D('50.5%', 50.5, '%', 'growth', '中國內地', J2),
    D('28.3%', 28.3, '%', 'growth', '香港', J2),
    D('3.1倍', 3.1, '倍', 'growth', '台灣地區', J2),
    D('3.1萬人次', 31000, '人次', 'quantity', '韓國住客', J2),
    D('17.6倍', 17.6, '倍', 'growth', '韓國住客', J2),
    D('4.6萬人次', 46000, '人次', 'quantity', '本地住客', J2),
    D('6.2%', -6.2, '%', 'growth', '本地住客', J2),
    D('0.1晚', 0.1, '晚', 'quantity', '住客平均留宿時間'),
    D('1.6晚', 1.6, '晚', 'quantity', '住客平均留宿時間'),
    D('0.2晚', 0.2, '晚', 'quantity', '住客平均留宿時間'),
    D('14.5萬人次', 145000, '人次', 'quantity', '隨團入境旅客', J2),
    D('1.6倍', 1.6, '倍', 'growth', '透過旅行社購買外遊服務的本澳居民', J2),
    D('3.1萬人次', 31000, '人次', 'quantity', '透過旅行社購買外遊服務的本澳居民', J2),
]

# ------------------------------------------------------------------------------------------
# A Simplified agricultural daily (农民日报, 2023-12-15: the statistics office's press
# conference on the grain harvest of 2023 and the prices of 11月份; the title, the date and
# the first four paragraphs; the source, editor and author fields left out; ASCII commas as
# the page gives them; Simplified): the country's figures (no region). Grain in 亿斤 and
# 万亿斤, land in 亿亩 and 万亩, yield in 公斤/亩. 比上年 is a base; a sentence without a time
# expression has no period (谷物, 播种面积, the price list of 分类别看). 其中 opening a sentence
# takes 全年. 连续9年 is a duration; 一个非常坚实的基础 is article-like.
D = doc(None, {'2023年': '2023', '全年': '2023', '11月份': '2023-11'})
G['cn_news_farmer_grain2023'] = [
    D('1.3%', 1.3, '%', 'growth', '粮食产量', '2023年'),
    D('1.3万亿斤以上', 1.3e12, '斤', 'quantity', '粮食产量', '2023年', approx='over'),
    D('13908亿斤', 1.3908e12, '斤', 'quantity', '全国粮食总产量', '全年'),
    D('177.6亿斤', 1.776e10, '斤', 'quantity', '全国粮食总产量', '全年'),
    D('1.3%', 1.3, '%', 'growth', '全国粮食总产量', '全年'),
    D('10418亿斤', 1.0418e12, '斤', 'quantity', '秋粮产量', '全年'),
    D('198.4亿斤', 1.984e10, '斤', 'quantity', '秋粮产量', '全年'),
    D('1.9%', 1.9, '%', 'growth', '秋粮产量', '全年'),
    D('12829亿斤', 1.2829e12, '斤', 'quantity', '全国谷物产量'),
    D('1.3%', 1.3, '%', 'growth', '全国谷物产量'),
    D('477亿斤', 4.77e10, '斤', 'quantity', '豆类产量'),
    D('1.4%', 1.4, '%', 'growth', '豆类产量'),
    D('2.8%', 2.8, '%', 'growth', '大豆产量'),
    D('17.85亿亩', 1.785e9, '亩', 'quantity', '全国粮食播种面积'),
    D('954.6万亩', 9546000, '亩', 'quantity', '全国粮食播种面积'),
    D('0.5%', 0.5, '%', 'growth', '全国粮食播种面积'),
    D('389.7公斤/亩', 389.7, '公斤/亩', 'quantity', '粮食单产'),
    D('2.9公斤/亩', 2.9, '公斤/亩', 'quantity', '粮食单产'),
    D('0.8%', 0.8, '%', 'growth', '粮食单产'),
    D('0.5%', -0.5, '%', 'growth', '全国居民消费价格', '11月份', scope='同比'),
    D('0.5%', -0.5, '%', 'growth', '全国居民消费价格', '11月份', scope='环比'),
    D('2.2%', -2.2, '%', 'growth', '食品烟酒价格', scope='同比'),
    D('1.3%', 1.3, '%', 'growth', '衣着价格'),
    D('0.3%', 0.3, '%', 'growth', '居住价格'),
    D('0.5%', -0.5, '%', 'growth', '生活用品及服务价格'),
    D('2.4%', -2.4, '%', 'growth', '交通通信价格'),
    D('1.8%', 1.8, '%', 'growth', '教育文化娱乐价格'),
    D('1.3%', 1.3, '%', 'growth', '医疗保健价格'),
    D('3.0%', 3.0, '%', 'growth', '其他用品及服务价格'),
    D('31.8%', -31.8, '%', 'growth', '猪肉价格'),
    D('0.5%', 0.5, '%', 'growth', '粮食价格'),
    D('0.6%', 0.6, '%', 'growth', '鲜菜价格'),
    D('2.7%', 2.7, '%', 'growth', '鲜果价格'),
]

if __name__ == '__main__':
    write_context_gold(HERE, G)
