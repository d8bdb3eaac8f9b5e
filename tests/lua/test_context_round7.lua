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

T.test("今年至 a day is the months up to it", function()
  both("2024年10月14日\n今年至10月11日，集中市场成交值78.9兆元。", function(d, script)
    T.eq(first(d, "78.9兆元").period_key, "2024-01..10", script)
  end)
  -- a day alone keeps its day
  both("2024年10月14日\n10月11日集中市场成交值3200亿元。", function(d, script)
    T.eq(first(d, "3200亿元").period_key, "2024-10-11", script)
  end)
end)

T.test("月末 with no month is the end of the month last named", function()
  both("2025年10月20日\n前三季度，全市工业增加值增长6.1%。月末人民币贷款余额230亿元，增长7.2%。", function(d, script)
    T.eq(first(d, "230亿元").period_key, "2025-09", script)
  end)
  both("2025年10月20日\n本月末存款余额230亿元。", function(d, script)
    T.eq(first(d, "230亿元").period_key, "2025-10", script)
  end)
  -- 每月末 is no time
  both("2025年10月20日\n每月末统计一次存款余额，余额230亿元。", function(d, script)
    T.eq(first(d, "230亿元").period_key, nil, script)
  end)
end)

T.test("元至九月 runs from January (元月)", function()
  both("2019年10月20日\n元至九月全市出口增长3.1%。", function(d, script)
    T.eq(first(d, "3.1%").period_key, "2019-01..09", script)
  end)
  -- an amount in 元 before 至 is no January
  both("2019年10月20日\n每户补贴1000元至9月底，共发放30亿元。", function(d, script)
    T.eq(first(d, "30亿元").period_key, "2019-09", script)
  end)
end)

T.test("112Q1, 2023Q1 are quarters", function()
  both("2023年5月20日\n112Q1出口成长3.1%。", function(d, script)
    T.eq(first(d, "3.1%").period_key, "2023-Q1", script)
  end)
  both("2023年5月20日\n2022Q4出口成长2.4%。", function(d, script)
    T.eq(first(d, "2.4%").period_key, "2022-Q4", script)
  end)
end)

T.test("a span of years keys as the span; 从A增长到B gives each end its year", function()
  both("2022年3月1日\n从2012年到2021年，全市研发投入从120亿元增长到380亿元，占比提高了1.2个百分点。", function(d, script)
    T.eq(first(d, "120亿元").period_key, "2012", script)
    T.eq(first(d, "380亿元").period_key, "2021", script)
    T.eq(first(d, "1.2个百分点").period_key, "2012..2021", script)
  end)
  both("2022年3月1日\n2016—2020年，全市生产总值年均增长6.5%。", function(d, script)
    T.eq(first(d, "6.5%").period_key, "2016..2020", script)
  end)
end)

T.test("a streak's start (延续…以来之) governs no figure after it", function()
  both("2017年11月1日\n第3季经济成长3.1%，延续上年第3季以来之正成长，出口增长8.2%。", function(d, script)
    T.eq(first(d, "8.2%").period_key, "2017-Q3", script)
  end)
end)

T.test("the time a change ends in (下跌至…的) dates the figures after it too", function()
  both("2016年11月17日\n失业率由二零一六年七月至九月的3.4%下跌至八月至十月的3.3%，减少约2000人。", function(d, script)
    T.eq(first(d, "3.4%").period_key, "2016-Q3", script)
    T.eq(first(d, "约2000人").period_key, "2016-08..10", script)
  end)
  -- a time after 超过 dates its own number only
  both("2016年12月1日\n今年首十一个月旅客超过去年全年的1,672,556人次，达1,743,667人次。", function(d, script)
    T.eq(tally.simplified(first(d, "1,743,667人次").period), "今年首十一个月", script)
  end)
end)

T.test("a time before an aim (全年预算达成率) dates the aim, not the rate", function()
  both("2025年8月20日\n今年前7月税收收入1.2万亿元，全年预算达成率65.3%。", function(d, script)
    T.eq(first(d, "65.3%").period_key, "2025-01..07", script)
  end)
  both("2025年8月20日\n1至7月，全县完成全年目标任务的62%。", function(d, script)
    T.eq(first(d, "62%").period_key, "2025-01..07", script)
    T.eq(first(d, "62%").status, "actual", script)
  end)
  -- 全年预算 without a rate of reaching it is the year's budget
  both("2025年8月20日\n全年预算收入1200亿元。", function(d, script)
    T.eq(first(d, "1200亿元").period_key, "2025", script)
  end)
end)

-- ---- status ----

T.test("a figure of a period not begun has no outcome yet", function()
  both("2021年11月1日\n市政府表示，明年预算将比今年增加20%，达到1200亿元。", function(d, script)
    T.eq(first(d, "1200亿元").status, "plan", script)
  end)
  both("2021年11月1日\n明年全球经济成长率为3.1%。", function(d, script)
    T.eq(first(d, "3.1%").status, "forecast", script)
  end)
  -- a year the text names with no date of the page is no reckoning point
  both("二零零六年第二季的收益为149亿元。\n以上是统计处今日(八月十一日)发表的数字。", function(d, script)
    T.eq(first(d, "149亿元").status, "actual", script)
  end)
end)

T.test("a budget's lines after it are plans, not over a contrast", function()
  both("2025年12月1日\n市政府明年度总预算岁出编列1900亿元，投入建设经费300亿元。", function(d, script)
    T.eq(first(d, "300亿元").status, "plan", script)
  end)
  both("2025年10月20日\n今年编列的税收预算数比去年增加900亿元，但统计至9月，实征数比去年同期减少300亿元。", function(d, script)
    T.eq(first(d, "900亿元").status, "plan", script)
    T.eq(first(d, "300亿元").status, "actual", script)
  end)
end)

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

T.test("a place after 在 and before 境内/以外 is where, not whose", function()
  both("2021年3月1日\n宝安区统计局公布，全区1至2月企业在深圳市境内销售974亿元，在广东省以外销售1200亿元。", function(d, script)
    T.eq(first(d, "974亿元").region, "宝安区", script)
    T.eq(first(d, "1200亿元").region, "宝安区", script)
  end)
end)

T.test("a place opening a company's name names no region", function()
  both("2012年4月27日\n吉林长白农垦种业股份有限公司2011年年度报告摘要\n报告期内，公司实现营业收入28.5亿元。", function(d, script)
    T.eq(d.meta.region, nil, script)
    T.eq(first(d, "28.5亿元").region, nil, script)
  end)
  both("2012年4月27日\n哈尔滨市统计局公布，黑龙江北大荒农业股份有限公司实现营业收入28.5亿元，全市工业增长5%。", function(d, script)
    T.eq(first(d, "28.5亿元").region, "哈尔滨市", script)
  end)
  -- a place before 上市公司 is a region's count of listed companies
  both("2012年4月27日\n深圳市上市公司达到420家。", function(d, script)
    T.eq(first(d, "420家").region, "深圳市", script)
  end)
end)

T.test("a country before 籍 is a nationality, not the figure's region", function()
  both("2009年1月20日\n劳动部统计，在台外籍劳工共36.5万人，其中印尼籍13.9万人，菲律宾籍8.1万人。", function(d, script)
    T.ok(first(d, "13.9万人").region ~= "印尼", script)
    T.ok(first(d, "8.1万人").region ~= "菲律宾", script)
  end)
  both("2009年1月20日\n印尼经济增长6.1%。", function(d, script)
    T.eq(first(d, "6.1%").region, "印尼", script)
  end)
end)

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
