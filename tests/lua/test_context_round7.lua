-- The seventh round of the period, status and region stages (docs/figures.md,
-- "Seventh round: period, status, region"): each rule in Simplified and in
-- Traditional, through tally.doc and doc:figures as an analyst calls them.
-- The texts and figures are invented.
local T = require "check"

local both, first = T.both_scripts, T.figure

-- ---- the document's date ----

T.test("a head line opening with eight digits (20230612) dates the document", function()
  both("20230612李大明/台北报导\n今年1至5月出口增长3.2%。", function(d, script)
    T.eq(first(d, "3.2%").period_key, "2023-01..05", script)
  end)
  -- nine digits are no date
  both("202306121李大明/台北报导\n今年1至5月出口增长3.2%。", function(d, script)
    T.eq(first(d, "3.2%").period_key, nil, script)
  end)
end)

-- ---- periods ----

T.test("初 of 初步 is no start of the quarter (第3季初步统计)", function()
  both("2017年11月1日\n主计总处公布第3季初步统计经济成长率为3.11%。", function(d, script)
    T.eq(tally.simplified(first(d, "3.11%").period), "第3季", script)
    T.eq(first(d, "3.11%").period_key, "2017-Q3", script)
  end)
  -- 季初 itself stays
  both("2017年11月1日\n第4季初，存款余额为3.2万亿元。", function(d, script)
    T.eq(tally.simplified(first(d, "3.2万亿元").period), "第4季初", script)
  end)
end)

T.test("a market value or a close after 截至 a day is a level of that month", function()
  both("2024年10月14日\n截至10月11日止，加权股价指数收盘为22,901点，上市公司市值为73.2兆元。", function(d, script)
    T.eq(first(d, "73.2兆元").period_key, "2024-10", script)
  end)
  -- a flow keeps the months to the day
  both("2024年10月14日\n截至10月11日止，集中市场成交金额为78.9兆元。", function(d, script)
    T.eq(first(d, "78.9兆元").period_key, "2024-01..10", script)
  end)
end)

T.test("从 leads a compared time: 从去年的2.1% is last year's known value", function()
  both("2025年3月1日\n预计全市研发投入强度从去年的2.1%提高到2.5%。", function(d, script)
    T.eq(first(d, "2.1%").period_key, "2024", script)
    T.eq(first(d, "2.1%").status, "actual", script)
    T.eq(first(d, "2.5%").status, "forecast", script)
  end)
end)

-- ---- status ----

T.test("a compared estimate (较8月预测数2.5%) is a forecast of the period before it", function()
  both("2017年11月1日\n主计总处公布第3季经济成长率为3.11%，较8月预测数2.5%增加0.61个百分点。", function(d, script)
    T.eq(first(d, "2.5%").status, "forecast", script)
    T.eq(first(d, "2.5%").period_key, "2017-Q3", script)
    T.eq(first(d, "3.11%").status, "actual", script)
  end)
  both("2017年11月1日\n今年第3季成长率为3.11%，高于八月预测的2.47%。", function(d, script)
    T.eq(first(d, "2.47%").status, "forecast", script)
    T.eq(first(d, "2.47%").period_key, "2017-Q3", script)
  end)
end)

T.test("上看 is a forecast verb", function()
  both("2024年10月14日\n今年集中市场成交值78.9兆元，全年上看100兆元。", function(d, script)
    T.eq(first(d, "100兆元").status, "forecast", script)
    T.eq(first(d, "78.9兆元").status, "actual", script)
  end)
end)

T.test("将 after a forecast cue is the forecast's tense, not a plan", function()
  both("2024年10月14日\n公司预估全年营收将达到4000亿元。", function(d, script)
    T.eq(first(d, "4000亿元").status, "forecast", script)
  end)
  both("2024年10月14日\n公司全年营收将达到4000亿元。", function(d, script)
    T.eq(first(d, "4000亿元").status, "plan", script)
  end)
end)

T.test("a forecast cue reaches over a line wrapped mid-word or mid-number", function()
  both("2019年1月10日\n全县经济保持平稳发展。预计全县生产总值57.6亿元、增长8.1%;固定资产投资77.2亿元;社会消\n费品零售总额29.4亿元、增长10%;农村居民人均可支配收入1\n2248元、增长9.3%。", function(d, script)
    T.eq(first(d, "29.4亿元").status, "forecast", script)
    T.eq(first(d, "9.3%").status, "forecast", script)
  end)
  -- a new paragraph after a full stop lends nothing
  both("2019年1月10日\n预计全县生产总值57.6亿元、增长8.1%。\n社会消费品零售总额29.4亿元、增长10%。", function(d, script)
    T.eq(first(d, "29.4亿元").status, "actual", script)
  end)
end)

-- ---- region ----

T.test("a Taiwan text named by its own offices keeps its 我国 as Taiwan's", function()
  both("2025年3月1日\n财政部统计处今日公布，2月我国出口值为420亿美元。我国出口连续3个月成长，增长12%。", function(d, script)
    T.eq(d.meta.region, "台湾省", script)
    T.eq(first(d, "420亿美元").region, "台湾省", script)
  end)
  -- a mainland text of 我国 stays the country's
  both("2025年3月1日\n海关总署今日公布，2月我国出口值为4200亿美元。我国出口连续3个月增长，增长12%。", function(d, script)
    T.eq(d.meta.region, nil, script)
  end)
end)

T.test("Taiwan's names of countries are given by the Simplified place name (南韩 → 韩国)", function()
  both("2025年1月6日\n劳动部统计，南韩失业率3.9%，日本失业率2.5%。", function(d, script)
    T.eq(first(d, "3.9%").region, "韩国", script)
    T.eq(first(d, "2.5%").region, "日本", script)
  end)
end)

T.done()
