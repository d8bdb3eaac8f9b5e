-- The fifth round of the region, period and status stages (docs/figures.md,
-- "Fifth round: region, period"): each rule in Simplified and in Traditional,
-- through tally.doc and doc:figures as an analyst calls them. The texts and
-- figures are invented.
local T = require "check"

local both, first = T.both_scripts, T.figure

-- ---- the document's region ----

T.test("a district the lexicon splits (stem + 区) is the document's where the text says 全区", function()
  both(table.concat({
    "2024年计划执行情况",
    "一年来，全区上下齐心协力，经济稳中有进。",
    "出台了《白沙区产业扶持办法》，为我区发展护航。",
    "全区地区生产总值72.4亿元，同比增长6.1%。",
  }, "\n"), function(d, script)
    T.eq(d.meta.region, "白沙区", script)
    T.eq(first(d, "72.4亿元").region, "白沙区", script)
  end)
  -- without 全区 or 我区 the split name is not taken
  both("2024年计划执行情况\n出台了《白沙区产业扶持办法》。\n地区生产总值72.4亿元。", function(d, script)
    T.eq(d.meta.region, nil, script)
  end)
end)

T.test("a county whose name the lexicon tags as a person's is the document's (全县)", function()
  both("2023年宿松县统计公报\n全县经济运行平稳。年末全县常住人口58.3万人，比上年增加0.7万人。", function(d, script)
    T.eq(d.meta.region, "宿松县", script)
    T.eq(first(d, "58.3万人").region, "宿松县", script)
  end)
end)

T.test("a common noun with an administrative ending is no county (代表 + 市, 自治区)", function()
  both(table.concat({
    "政府工作报告",
    "各位代表：现在，我代表市人民政府作报告，请自治区各位委员提出意见。",
    "全市地区生产总值增长5.2%，全区排名第三。",
  }, "\n"), function(d, script)
    T.ok(d.meta.region ~= "代表市" and d.meta.region ~= "自治区", script)
  end)
end)

T.test("a development zone or a ranked kind of county names no county", function()
  both("经济开发区工作总结\n全区完成工业产值35.6亿元。荷塘经济开发区新增企业12家。", function(d, script)
    T.ok(d.meta.region == nil or not d.meta.region:find("开发区"), script)
  end)
  both("全国百强县名单发布\n全县生产总值增长6.6%。", function(d, script)
    T.ok(d.meta.region ~= "百强县", script)
  end)
end)

T.test("民国 years written with spaces (民国 97 年) date a Taiwan text", function()
  both("社论：出口的两面\n民国 98 年我国经济衰退1.6%，民国 99 年反弹到9.7%。", function(d, script)
    T.eq(d.meta.region, "台湾省", script)
  end)
end)

-- ---- a figure's region ----

T.test("我国 in a text counting years from 民国 is Taiwan, the document's region", function()
  both("民国 98 年我国经济衰退1.6%，民国 99 年我国经济成长率反弹到9.7%。全球贸易量增长4%。", function(d, script)
    T.eq(first(d, "1.6%").region, "台湾省", script)
    T.eq(first(d, "9.7%").region, "台湾省", script)
    -- the world's figure stays without a region
    T.eq(first(d, "4%").region, nil, script)
  end)
  -- a mainland text's 我国 is the country's: no region
  both("2023年12月1日\n前10个月，我国出口增长3.3%。", function(d, script)
    T.eq(first(d, "3.3%").region, nil, script)
  end)
end)

T.test("a county the lexicon lacks, named in the clause by its ending, is the figure's region", function()
  both("2024年12月5日\n长沙市全市生产总值增长5.3%，其中荷塘县生产总值增长6.8%。", function(d, script)
    -- a name outside the place table is given as written (folded here)
    T.eq(tally.simplified(first(d, "6.8%").region), "荷塘县", script)
    T.eq(first(d, "5.3%").region, "长沙市", script)
  end)
end)

T.test("orders from a place (香港订单) are a partner's, not the figure's region", function()
  both("111年10月外销订单统计\n经济部统计处公布，10月中国大陆及香港订单98.5亿美元，年增7.3%；美国订单201.2亿美元。", function(d, script)
    T.eq(first(d, "98.5亿美元").region, "台湾省", script)
    T.eq(first(d, "7.3%").region, "台湾省", script)
    T.eq(first(d, "201.2亿美元").region, "台湾省", script)
  end)
end)

T.test("a place after 出口 or 进口 is where the goods go or come from", function()
  both("112年11月贸易统计\n本年1至10月我整体出口中国大陆成长率为2.4%。", function(d, script)
    T.eq(first(d, "2.4%").region, "台湾省", script)
  end)
end)

T.test("a foreign country named as the figure's own is its region, in Simplified", function()
  both("2024年3月2日\n深圳市出口增长8%。美国经济增长只有2.1%，日本物价上涨2.7%。", function(d, script)
    T.eq(first(d, "2.1%").region, "美国", script)
    T.eq(first(d, "2.7%").region, "日本", script)
    T.eq(first(d, "8%").region, "深圳市", script)
  end)
  -- the segmenter splits 东协: the two words are one bloc, given by its
  -- Simplified name (tally_region_foreign_aliases, seventh round)
  both("112年5月经济简报\n东协经济成长率为4.5%。", function(d, script)
    T.eq(first(d, "4.5%").region, "东盟", script)
  end)
end)

T.test("a foreign country as a market or a partner is not the figure's region", function()
  both("2024年3月2日\n深圳市对美国出口增长3.5%，美国市场占比12.4%，日本及英国的出口价格分别升1.2%及0.8%。", function(d, script)
    T.eq(first(d, "3.5%").region, "深圳市", script)
    T.eq(first(d, "12.4%").region, "深圳市", script)
    T.eq(first(d, "1.2%").region, "深圳市", script)
  end)
end)

-- ---- periods ----

T.test("a compared time's own value (较去年3.2%, 由去年的衰退6%) is that time's, an outcome", function()
  both("2024年5月6日\n今年经济成长率预计为4.1%，较去年3.2%更快。全球贸易量可望由去年的衰退6%恢复为今年的成长2.8%。", function(d, script)
    local f = first(d, "3.2%")
    T.eq(f.period_key, "2023", script)
    T.eq(f.status, "actual", script)
    T.eq(first(d, "4.1%").period_key, "2024", script)
    T.eq(first(d, "4.1%").status, "forecast", script)
    T.eq(first(d, "6%").period_key, "2023", script)
    T.eq(first(d, "6%").status, "actual", script)
    T.eq(first(d, "2.8%").period_key, "2024", script)
  end)
  -- a growth against a time is no value of that time
  both("2024年5月6日\n今年出口比去年增长3.2%。", function(d, script)
    T.eq(first(d, "3.2%").period_key, "2024", script)
  end)
end)

T.test("上月, 上月底 and 上年同期 as a compared time key from the period just named", function()
  both("2024年12月5日\n11月货币年增率为4.2%，较上月之3.9%为高；由上月底之3.7%上升。", function(d, script)
    T.eq(first(d, "3.9%").period_key, "2024-10", script)
    T.eq(first(d, "3.7%").period_key, "2024-10", script)
    T.eq(first(d, "4.2%").period_key, "2024-11", script)
  end)
  both("2024年12月5日\n累计本年1至11月平均年增率为5.1%，较上年同期之4.6%为低。", function(d, script)
    T.eq(first(d, "5.1%").period_key, "2024-01..11", script)
    T.eq(first(d, "4.6%").period_key, "2023-01..11", script)
  end)
  -- 上月 with no month named before it is the month before the document's
  both("2024年12月5日\n上月出口增长2.2%。", function(d, script)
    T.eq(first(d, "2.2%").period_key, "2024-11", script)
  end)
end)

T.test("a digit after a Latin letter (M2月增率) is no month", function()
  both("2024年12月5日\n11月M1B、M2月增率分别为0.31%及0.62%。", function(d, script)
    T.eq(first(d, "0.31%").period_key, "2024-11", script)
    T.eq(first(d, "0.62%").period_key, "2024-11", script)
  end)
end)

T.test("对上年同季 and 与先前三个月比较 are comparison bases", function()
  both("113年第1季实质GDP对上年同季成长率修正为2.1%。", function(d, script)
    T.eq(first(d, "2.1%").period_key, "2024-Q1", script)
  end)
  both("2024年1月3日\n截至2023年11月底的三个月，与先前三个月比较，零售量上升0.4%。", function(d, script)
    T.eq(first(d, "0.4%").period_key, "2023-09..11", script)
  end)
end)

T.test("a time before 概估数 or 预测数 dates the estimate, not its period", function()
  both("113年第2季实质GDP初步统计为1.2%(7月概估数为1.4%)。", function(d, script)
    T.eq(first(d, "1.4%").period_key, "2024-Q2", script)
  end)
end)

T.test("the figures of a 分别 list over a list of periods take one period each", function()
  both("113年经济预测\n预测113年第3、4季经济成长率分别为3.1%及4.2%。", function(d, script)
    T.eq(first(d, "3.1%").period_key, "2024-Q3", script)
    T.eq(first(d, "4.2%").period_key, "2024-Q4", script)
  end)
  both("2024年4月20日\n3月及首季的出口价格指数按年分别升1.4%及1.1%。", function(d, script)
    T.eq(first(d, "1.4%").period_key, "2024-03", script)
    T.eq(first(d, "1.1%").period_key, "2024-Q1", script)
  end)
  both("2024年4月20日\n自2020年起各年成长率分别为3.5%、2.2%及4.8%。", function(d, script)
    T.eq(first(d, "3.5%").period_key, "2020", script)
    T.eq(first(d, "2.2%").period_key, "2021", script)
    T.eq(first(d, "4.8%").period_key, "2022", script)
  end)
  -- without 分别 the figures share the period
  both("2024年4月20日\n3月及首季的出口价格指数按年升1.4%。", function(d, script)
    T.eq(first(d, "1.4%").period_key, "2024-03", script)
  end)
end)

T.test("a year that is the base of a multiple (达到2015年水平的两倍) governs no figure", function()
  both("2019年3月8日\n去年电池能量密度达到2015年水平的两倍，售价比2015年下降了60%。", function(d, script)
    T.eq(first(d, "两倍").period_key, "2018", script)
    T.eq(first(d, "60%").period_key, "2018", script)
  end)
end)

T.test("连续三年 and 5年间 span the whole years before the document's", function()
  both("2019年3月8日\n我市已经连续三年位居全省第一。5年间，共安排资金320亿元。", function(d, script)
    T.eq(first(d, "第一").period_key, "2016..2018", script)
    T.eq(first(d, "320亿元").period_key, "2014..2018", script)
  end)
end)

T.test("截至 a month: a level (余额, 比率, 已累计) keys as the month, a flow as the months to it", function()
  both("2024年12月20日\n截至11月底，银行放款余额12兆元，较上月底增加210亿元；逾期放款比率为0.2%。", function(d, script)
    T.eq(first(d, "12兆元").period_key, "2024-11", script)
    T.eq(first(d, "0.2%").period_key, "2024-11", script)
  end)
  both("2024年12月20日\n截至11月底，全省进出口总额增长4.6%。", function(d, script)
    T.eq(first(d, "4.6%").period_key, "2024-01..11", script)
  end)
end)

T.test("each place of a list after 对 is a partner (对大陆及香港出口)", function()
  both("112年8月出口统计\n财政部指出7月对大陆及香港出口达88亿美元，年增2.6%。", function(d, script)
    T.eq(first(d, "88亿美元").region, "台湾省", script)
    T.eq(first(d, "2.6%").region, "台湾省", script)
  end)
end)

T.done()
