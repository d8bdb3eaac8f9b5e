-- What each figure is about: subject and subject_key from the clause read as
-- words, period_key against the document's date, status from cue words and
-- the plan part, region from the clause (docs/figures.md). Through doc:figures
-- and tally.words, as an analyst calls them. The text is invented.
local T = require "check"

local doc = tally.doc(table.concat({
  "2026年1月20日",
  "一、2025年工作回顾",
  "过去一年，全省地区生产总值增长4.8%，稳中有进。甲乙自贸试验区进出口增长35.2%，全省外贸进出口增长5.1%。",
  "“新三样”出口增长88%。深圳市出口增长9.8%，其中电动汽车、锂电池和太阳能电池合共出口增长34.6%。",
  "工业、服务业增加值分别增长6.2%、5.1%。民营企业进出口占全省的60%。全国GDP增长5%，我省高于全国平均0.3个百分点。",
  "二、2026年工作安排",
  "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业50万人以上。",
  "预计全年出口增长3%。计划新建5G基站1万个。",
}, "\n"))

local function fig(text, n)
  n = n or 1
  for _, f in ipairs(doc:figures()) do
    if f.text == text then
      n = n - 1
      if n == 0 then return f end
    end
  end
  error("no figure " .. text)
end

T.test("words carry jieba's part of speech", function()
  local w = tally.words("全省地区生产总值增长4.8%")
  T.eq(w[1].text, "全省"); T.eq(w[1].pos, "n")
  T.eq(w[2].text, "地区生产总值"); T.eq(w[3].text, "增长"); T.eq(w[3].pos, "v")
  T.eq(w[4].pos, "eng")
  T.eq(tally.words("出口")[1].pos, "vn")
end)

T.test("the subject is the noun phrase the figure measures", function()
  T.eq(fig("4.8%").subject, "地区生产总值")       -- not 稳 from the next clause
  T.eq(fig("35.2%").subject_key, "甲乙自贸试验区进出口")
  T.eq(fig("5.1%").subject_key, "外贸进出口总额")  -- 外贸进出口 → synonym
  T.eq(fig("88%").subject, "“新三样”出口")
  T.eq(fig("88%").subject_key, "新三样出口")
  T.eq(fig("9.8%").subject_key, "出口")
  T.eq(fig("34.6%").subject_key, "电动汽车、锂电池和太阳能电池出口")
  T.eq(fig("6.2%").subject, "工业")                -- A、B分别增长x%、y%
  T.eq(fig("5.1%", 2).subject, "服务业增加值")
  T.eq(fig("60%").subject, "民营企业进出口")      -- A占B的x%
  T.eq(fig("5%").subject_key, "地区生产总值")      -- GDP
  T.eq(fig("0.3个百分点").subject_key, "地区生产总值") -- carried
end)

T.test("periods resolve against the document's date", function()
  T.eq(fig("4.8%").period_key, "2025")             -- 过去一年 in a report of 2026
  T.eq(fig("5%左右").period_key, "2026")           -- 今年
  T.eq(fig("35.2%").period_key, nil)
  local news = tally.doc("2025年10月20日\n前三季度出口增长3%。1至9月进口增长2%。" ..
    "1-8月增长1.1%，前8个月增长1.2%。今年上半年增长1.3%，上半年增长1.4%。截至9月底企业达5家。" ..
    "今年以来消费增长4%。去年增长1.5%。三季度增长1.6%。")
  local key = {}
  for _, f in ipairs(news:figures()) do key[f.text] = f.period_key end
  T.eq(key["3%"], "2025-01..09"); T.eq(key["2%"], "2025-01..09")
  T.eq(key["1.1%"], "2025-01..08"); T.eq(key["1.2%"], "2025-01..08")
  T.eq(key["1.3%"], "2025-H1"); T.eq(key["1.4%"], "2025-H1")
  T.eq(key["5家"], "2025-01..09"); T.eq(key["4%"], "2025-01..10")
  T.eq(key["1.5%"], "2024"); T.eq(key["1.6%"], "2025-Q3")
end)

-- issue 12, periods: each case in Simplified and in Traditional
local both, first = T.both_scripts, T.figure

T.test("the base of a comparison is no period (与上年相比, 历年同期)", function()
  both("2025年3月1日\n与上年相比，第一产业比重提高0.3个百分点。", function(d)
    T.eq(first(d, "0.3个百分点").period, nil)
  end)
  both("2025年4月20日\n第1季营业额为2174亿元，为历年同期新高，增长4.9%。", function(d)
    T.eq(tally.simplified(first(d, "4.9%").period), "第1季")
  end)
end)

T.test("periods joined by 及 are one period", function()
  both("2025年4月20日\n1月及2月合计的销货数量上升7.9%。", function(d)
    T.eq(tally.simplified(first(d, "7.9%").period), "1月及2月")
    T.eq(first(d, "7.9%").period_key, "2025-01..02")
  end)
end)

T.test("the document's date is doc.meta.date when the text has no dateline", function()
  both("---\ntitle: 商务运行情况\ndate: 2024-07-25\n---\n今年上半年出口增长3%。去年进口增长2%。", function(d)
    T.eq(first(d, "3%").period_key, "2024-H1")
    T.eq(first(d, "2%").period_key, "2023")
  end)
end)

T.test("a numeral with 区 or 县 counts places and names no region", function()
  both("2025年3月1日\n南海、顺德三区各新增企业5家。", function(d)
    T.ok(first(d, "5家").region == nil or not tally.simplified(first(d, "5家").region):find("三区"))
  end)
end)

T.test("status: a cue in an earlier clause of the sentence governs", function()
  both("2025年9月1日\n四季度计划办好展销周，组织企业按3至5家为一组赴周边国家开拓市场。", function(d)
    T.eq(first(d, "3至5家").status, "plan")
  end)
  both("2025年9月1日\n这些努力已取得成效，上半年全省进出口增长9.7%。", function(d)
    T.eq(first(d, "9.7%").status, "actual")        -- a clause that looks back lends nothing
  end)
  both("2025年9月1日\n我们将消费券发放与促销活动结合，带动消费5亿元。", function(d)
    T.eq(first(d, "5亿元").status, "actual")       -- 将 lends no cue: it may be 把
  end)
  both("2025年9月1日\n力争全年新设外资企业3000家以上，实际使用外资增长5%至8%。", function(d)
    T.eq(first(d, "5%至8%").status, "target")
  end)
  both("2025年9月1日\n去年全省新设外资企业3000家，实际使用外资增长5%。", function(d)
    T.eq(first(d, "5%").status, "actual")
  end)
  both("2025年9月1日\n全省将继续扩大开放，今年已新设外资企业3000家。", function(d)
    T.eq(first(d, "3000家").status, "actual")      -- 已: the clause looks back
  end)
end)

T.test("status: a line announcing aims with a colon and its list items", function()
  local text = "2025年3月1日\n全省今年实施六项行动，主要包括：\n\n" ..
    "1. 拓市场行动。支持企业参加境外展会120场。\n2. 育主体行动。新增外贸企业1500家以上。\n\n" ..
    "这位负责人表示，上半年出口增长5%。"
  both(text, function(d)
    T.eq(first(d, "120场").status, "plan")
    T.eq(first(d, "1500家以上").status, "plan")
    T.eq(first(d, "5%").status, "actual")         -- after the list: no longer
  end)
  both("2025年9月1日\n今年以来，主要成效包括：\n1. 新增外贸企业1500家。", function(d)
    T.eq(first(d, "1500家").status, "actual")      -- looking back
  end)
end)

T.test("status: a share with no cue in a plan part states how things stand", function()
  both("2026年1月20日\n二、2026年工作安排\n家电产业的出口占全市出口的三成以上。出口增长5%。", function(d)
    T.eq(first(d, "三成以上").status, "actual")
    T.eq(first(d, "5%").status, "target")
  end)
end)

T.test("status: outcomes, targets, forecasts and plans", function()
  T.eq(fig("4.8%").status, "actual")
  T.eq(fig("5%左右").status, "target")
  T.eq(fig("50万人以上").status, "target")
  T.eq(fig("3%").status, "forecast")
  T.eq(fig("1万个").status, "plan")
end)

T.test("region: named in the clause, the document's own, or the country", function()
  T.eq(fig("9.8%").region, "深圳市"); T.eq(fig("9.8%").region_scope, "named")
  T.eq(fig("34.6%").region, "深圳市")              -- the same sentence goes on
  T.eq(fig("5.1%").region_scope, "document")
  T.eq(fig("5%").region_scope, "country"); T.eq(fig("5%").region, nil)
  T.eq(fig("0.3个百分点").region_scope, "document") -- 我省, not 全国 (compared with)
  T.eq(fig("60%").region_scope, "document")         -- 占全省: the share's whole
end)


-- issue 12, second pass (held-out development set): period forms and carries
T.test("a document with no dateline counts from the year of its opening", function()
  both("大同市2022年国民经济和社会发展统计公报\n全年地区生产总值1842.5亿元，比上年增长3.5%。年末常住人口310.0万人。", function(d)
    T.eq(first(d, "1842.5亿元").period_key, "2022")
    T.eq(first(d, "310.0万人").period_key, "2022")
  end)
  both("二零零四年十月旅客入境数目\n今年首十个月入境旅客总数为13699516人次。", function(d)
    T.eq(first(d, "13699516人次").period_key, "2004-01..10")
  end)
end)

T.test("第3季 is a quarter, 首5个月 the first months, N年来 the years before", function()
  both("2025年10月31日\n今年第3季GDP成长率达7.64%。今年首5个月出口量降18.9%。", function(d)
    T.eq(first(d, "7.64%").period_key, "2025-Q3")
    T.eq(first(d, "18.9%").period_key, "2025-01..05")
  end)
  both("2025年6月4日\n三年来，共举办促销活动2000多场次。", function(d)
    T.eq(first(d, "2000多场次").period_key, "2022..2024")
  end)
end)

T.test("月内, 期内, 期间, 当中 take the period of the sentence before", function()
  both("2009年7月16日\n5月出口货量按年跌12.6%。月内转口货量跌11.8%。月内港产品出口升1.4%。", function(d)
    T.eq(first(d, "11.8%").period_key, "2009-05")
    T.eq(first(d, "1.4%").period_key, "2009-05")   -- carried twice
  end)
  both("2009年7月16日\n今年首5个月，出口货量降18.9%。期内进口价格微升0.3%。", function(d)
    T.eq(first(d, "0.3%").period_key, "2009-01..05")
  end)
  both("2019年7月21日\n2019年上半年各口岸录得9671万人次出入境。当中关闸口岸有7096万人次出入境。", function(d)
    T.eq(first(d, "7096万人次").period_key, "2019-H1")
  end)
end)

T.test("periods the time reader calls durations, and no period", function()
  both("2025年6月4日\n2024 年全市社会消费品零售总额实现 322.9 亿元。", function(d)
    T.eq(first(d, "322.9 亿元").period_key, "2024")
  end)
  both("日期:106-03-30\n民国105年，经济成长率为1.50%，较104年的0.72%上升0.78个百分点。", function(d)
    T.eq(first(d, "1.50%").period_key, "2016")
    T.eq(first(d, "0.72%").period_key, "2015")     -- 较104年的: that year's value
  end)
  both("2019年7月21日\n上半年机场旅客增加17.7%，于2月11日更录得30671人次；莲花口岸旅客为约470万人次。", function(d)
    T.eq(first(d, "30671人次").period_key, "2019-02-11")
    T.eq(first(d, "约470万人次").period_key, "2019-H1") -- 于 dates its clause only
  end)
  both("2023年8月11日\n截至目前，已发放消费券7.6亿元。", function(d)
    T.eq(first(d, "7.6亿元").period, nil)           -- 目前 is no period (spec)
  end)
end)

T.test("a line break of print layout inside a sentence keeps its period", function()
  both("2025年6月4日\n三年来，政府投入补贴1亿多元，撬动综合消费\n33亿元以上；惠及948家企业。", function(d)
    T.eq(first(d, "33亿元以上").period_key, "2022..2024")
  end)
end)


T.test("status: a cue goes on over ；, a compared forecast or a named plan is no cue", function()
  both("2015年1月24日\n预计完成地区生产总值7810亿元，增长10%；固定资产投资5430亿元，增长18%。", function(d)
    T.eq(first(d, "5430亿元").status, "forecast")
    T.eq(first(d, "18%").status, "forecast")
  end)
  both("2025年10月31日\n第3季出口年增36.5%，比原预测高出7.39个百分点，相当于多出91.6亿美元。", function(d)
    T.eq(first(d, "7.39个百分点").status, "actual")
    T.eq(first(d, "91.6亿美元").status, "actual")
  end)
  both("2025年10月31日\n成长率达7.64%，远高于8月预测的2.91%，上修4.73个百分点。主计总处预估，全年经济成长率“至少5%”。", function(d)
    T.eq(first(d, "2.91%").status, "forecast")      -- the figure is that forecast
    T.eq(first(d, "4.73个百分点").status, "actual")
    T.eq(first(d, "至少5%").status, "forecast")     -- 预估
  end)
  both("2023年8月11日\n全面推开市场开拓计划，接待境外采购商2.5万人次。", function(d)
    T.eq(first(d, "2.5万人次").status, "actual")    -- 计划 names the plan
  end)
end)


T.test("a place before 旅客, 游客, 居民 is an origin, not the figure's region", function()
  both("2004年11月1日\n澳门统计局资料显示，香港旅客上升15.4%；香港及中国台湾旅客则分别占28.0%及8.3%。", function(d)
    T.eq(first(d, "15.4%").region_scope, "document")
    T.eq(first(d, "28.0%").region_scope, "document")
    T.eq(first(d, "8.3%").region_scope, "document")
  end)
  both("2025年3月1日\n深圳市出口增长9.8%。", function(d)
    T.eq(first(d, "9.8%").region_scope, "named")   -- a place that is no origin stays
  end)
end)


T.test("a three-digit year with a part of the year marks a 民国 document", function()
  both("2018年2月13日\n行政院主计总处公布106年第1季经济成长率为2.6%。107年经济成长率预测为2.42%。", function(d)
    T.eq(first(d, "2.6%").period_key, "2017-Q1")
    T.eq(first(d, "2.42%").period_key, "2018")
  end)
end)


T.test("全市 is the city the sentence named; a lead ending in a colon lends its region", function()
  both("2023年2月1日\n长春市召开会议。沈阳市市长表示，2023年全市主要预期目标是：地区生产总值增长6%以上；一般公共预算收入增长6%。", function(d)
    T.eq(tally.simplified(first(d, "6%以上").region or ""), "沈阳市")
    T.eq(tally.simplified(first(d, "6%").region or ""), "沈阳市")
  end)
end)

T.done()
