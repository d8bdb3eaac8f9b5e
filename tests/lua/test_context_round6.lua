-- The sixth round of the period, status and region stages (docs/figures.md,
-- "Sixth round: period, status, region"): each rule in Simplified and in
-- Traditional, through tally.doc and doc:figures as an analyst calls them.
-- The texts and figures are invented.
local T = require "check"

local both, first = T.both_scripts, T.figure

-- ---- the document's date ----

T.test("a first line of a year and a month (2019-03) dates the document", function()
  both("2019-03\n今年1至2月，全市出口增长5.1%。", function(d, script)
    T.eq(first(d, "5.1%").period_key, "2019-01..02", script)
  end)
  -- no dateline: 今年 counts from nothing, no key
  both("今年1至2月，全市出口增长5.1%。", function(d, script)
    T.eq(first(d, "5.1%").period_key, nil, script)
  end)
end)

-- ---- times that are no period ----

T.test("a time before 基数 is the base of a change, not the period", function()
  both("2019年5月18日\n5月份存款增加1.2%，主要是4月份的基数较低。其中定期存款上升3.4%。", function(d, script)
    T.eq(first(d, "3.4%").period_key, "2019-05", script)
  end)
end)

T.test("与去年同期数字比较 is a base: the figure keeps the month before it", function()
  both("2019年5月18日\n5月份贷款减少2.1%，与去年同期数字比较则上升6.5%。", function(d, script)
    T.eq(first(d, "6.5%").period_key, "2019-05", script)
  end)
end)

T.test("a time after 占 dates the whole of a share (占全年预算)", function()
  both("2021年10月20日\n今年1至9月税收收入2.1万亿元，占全年预算的78.2%。", function(d, script)
    T.eq(first(d, "78.2%").period_key, "2021-01..09", script)
  end)
end)

T.test("a time in a cause frame (受…影响) dates the cause and lends no year", function()
  both("2019年4月23日\n受去年5月大项目集中投产影响，一季度工业投资下降12.5%。", function(d, script)
    T.eq(first(d, "12.5%").period_key, "2019-Q1", script)
  end)
end)

T.test("a time inside a quoted slogan (“四季长红”) is no period", function()
  both("2026年1月12日\n去年12月出口增长18.2%。全年出口呈现“四季长红”，累计出口5120亿美元。", function(d, script)
    T.eq(first(d, "5120亿美元").period, "全年", script)
  end)
end)

-- ---- bare 全年 ----

T.test("a bare 全年 after a December of last year is last year", function()
  both("2026年1月12日\n去年12月出口612亿美元，增长18.2%。\n全年累计出口5120亿美元，增长21.4%。", function(d, script)
    T.eq(first(d, "5120亿美元").period_key, "2025", script)
    T.eq(first(d, "612亿美元").period_key, "2025-12", script)
  end)
  -- a period of another paragraph that closes no year lends none
  both("2025年3月5日\n去年一季度出口增长3.1%。\n全年出口增长5.2%。", function(d, script)
    T.eq(first(d, "5.2%").period_key, "2025", script)
  end)
end)

T.test("a bare 全年 in a paragraph that opens with a past year is that year", function()
  both("2023年政府工作报告\n一、2022年工作回顾\n2022年，是极不平凡的一年。全年地区生产总值增长4.8%。", function(d, script)
    T.eq(first(d, "4.8%").period_key, "2022", script)
  end)
end)

-- ---- years and months written otherwise ----

T.test("民国 years in Chinese digits (一一三年) key as Western years", function()
  both("经济部统计处公布一一三年全年外销订单。电子产品一一三年外销订单金额达2916亿美元，和一一二年相较增加800亿美元。", function(d, script)
    T.eq(first(d, "2916亿美元").period_key, "2024", script)
    T.eq(first(d, "800亿美元").period_key, "2024", script)
  end)
end)

T.test("至…为止 a month: the months up to it", function()
  both("2025年10月16日\n统计至今年9月为止，实征数比去年同期减少365亿元。", function(d, script)
    T.eq(first(d, "365亿元").period_key, "2025-01..09", script)
  end)
end)

T.test("a year without 年 before a quarter (二零零六第二季)", function()
  both("二零零六第二季的食肆购货总值为50亿元。", function(d, script)
    T.eq(first(d, "50亿元").period_key, "2006-Q2", script)
  end)
end)

T.test("a month printed with a space (12 月份) and a 民国 year in brackets (去（113）年)", function()
  both("2025-01-24\n国发会今日公布去（113）年 12 月份景气概况，12 月景气对策信号综合判断分数为 35 分。", function(d, script)
    T.eq(first(d, "35 分").period_key, "2024-12", script)
  end)
  -- a year with a space before 年 is no month
  both("2025-06-04\n2024 年全市社会消费品零售总额实现 312.4 亿元。", function(d, script)
    T.eq(first(d, "312.4 亿元").period_key, "2024", script)
  end)
end)

T.test("the month before, bracketed (上（11）月) or not, with a space or a revised value between", function()
  both("2025-01-24\n国发会公布去（113）年 12 月份景气概况。\n货币总计数变动率：由上（11）月的 5.12% 增为 5.3%。\n股价指数变动率：由上月 18.4% 增为 19.6%。\n工业生产指数变动率：由上月下修值 12.2% 增为 14.1%。", function(d, script)
    T.eq(first(d, "5.12%").period_key, "2024-11", script)
    T.eq(first(d, "18.4%").period_key, "2024-11", script)
    T.eq(first(d, "12.2%").period_key, "2024-11", script)
    T.eq(first(d, "12.2%").status, "actual", script)
  end)
end)

T.test("a clause after ； goes on with the period before it (one sentence of the spec)", function()
  both("2025年1月20日\n去年全市出口增长8.2%；其次为进口，增长3.4%。\n进口增长1.1%。", function(d, script)
    T.eq(first(d, "3.4%").period_key, "2024", script)
    T.eq(first(d, "1.1%").period_key, nil, script)   -- a new paragraph carries nothing
  end)
  -- not into a list item of its own
  both("2025年1月20日\n去年，一是出口增长8.2%；二是引进外资12亿元；其次，新设企业30家。", function(d, script)
    T.eq(first(d, "12亿元").period_key, nil, script)
    T.eq(first(d, "30家").period_key, nil, script)
  end)
end)

T.test("a 其中 sentence about a balance takes the point in time of the sentence before", function()
  both("2021-11-02\n三季度末，各项贷款余额52.4万亿元，同比增长11.2%；前三季度增加4.1万亿元。其中，小微贷款余额6.3万亿元，同比增长24.5%。其中，前三季度小微贷款增加1.2万亿元。", function(d, script)
    T.eq(first(d, "6.3万亿元").period_key, "2021-Q3", script)
    T.eq(first(d, "24.5%").period_key, "2021-Q3", script)
    T.eq(first(d, "1.2万亿元").period_key, "2021-01..09", script)
  end)
  -- a flow after 其中 takes the last period, the months
  both("2021-11-02\n三季度末，各项贷款余额52.4万亿元；前三季度增加4.1万亿元。其中，小微贷款增加0.9万亿元。", function(d, script)
    T.eq(first(d, "0.9万亿元").period_key, "2021-01..09", script)
  end)
end)

-- ---- status ----

T.test("a revised estimate is a forecast until its period ends, an outcome after", function()
  both("2025-11-29\n统计总处昨日上修今年全年经济成长率1.2个百分点至5.6%。统计总处发布最新经济预测，今年第三季经济成长率上调0.3个百分点至6.1%。", function(d, script)
    T.eq(first(d, "5.6%").status, "forecast", script)
    T.eq(first(d, "1.2个百分点").status, "forecast", script)
    T.eq(first(d, "6.1%").status, "actual", script)
    T.eq(first(d, "0.3个百分点").status, "actual", script)
  end)
end)

T.test("a forecast cue does not reach a later figure of a period already over", function()
  both("2021-04-18\n政府预估全年经济成长率可达4.1%、第1季出口成长19.5%。", function(d, script)
    T.eq(first(d, "4.1%").status, "forecast", script)
    T.eq(first(d, "19.5%").status, "actual", script)
  end)
end)

T.test("a budget is a plan, unless it is the whole of a share", function()
  both("2025-10-16\n今年编列的税收预算数比去年增加812亿元。今年1至9月实征数占全年预算数的71.4%。", function(d, script)
    T.eq(first(d, "812亿元").status, "plan", script)
    T.eq(first(d, "71.4%").status, "actual", script)
  end)
end)

T.test("能否 before a threshold: a forecast", function()
  both("2025-10-16\n后续要观察日均成交量能否超过4,000亿元。", function(d, script)
    T.eq(first(d, "超过4,000亿元").status, "forecast", script)
  end)
end)

-- ---- region ----

T.test("a Taiwan text's 国内 figures are Taiwan's; a mainland text's have no region", function()
  both("主计总处公布，第三季国内需求实质成长1.3%。", function(d, script)
    T.eq(d.meta.region, "台湾省", script)
    T.eq(first(d, "1.3%").region, "台湾省", script)
  end)
  both("湖南省统计局公布，全省生产总值增长5.1%，国内需求增长2.4%。", function(d, script)
    T.eq(first(d, "2.4%").region, nil, script)
  end)
end)

T.test("Taiwan's finance ministry's statistics office dates a Taiwan text", function()
  both("财政部统计处表示，12月出口增长12.4%，对我国出口形成支撑。", function(d, script)
    T.eq(d.meta.region, "台湾省", script)
    T.eq(first(d, "12.4%").region, "台湾省", script)
  end)
end)

T.test("a rank taken in the country is the document's; a ranking's name (百强县) is no county", function()
  both("2024年白沙县政府工作报告\n全县经济稳中有进。白沙县荣登全国百强县榜单，位居全国百强县投资潜力第8、绿色发展第12。", function(d, script)
    T.eq(d.meta.region, "白沙县", script)
    T.eq(first(d, "第8").region, "白沙县", script)
    T.eq(first(d, "第12").region, "白沙县", script)
  end)
  -- a rate of the country stays the country's
  both("2024年白沙县政府工作报告\n全县经济稳中有进。全国地区生产总值增长5.0%。", function(d, script)
    T.eq(first(d, "5.0%").region, nil, script)
  end)
end)

T.test("Taiwan's stock market and central bank name a Taiwan text; 上市 is no city", function()
  both("外资上周买超台股集中市场215.4亿元，证交所统计日均成交金额3,512亿元。", function(d, script)
    T.eq(d.meta.region, "台湾省", script)
    T.eq(first(d, "215.4亿元").region, "台湾省", script)
  end)
  both("2024年闽江县政府工作报告\n全县新增上市企业12家。", function(d, script)
    T.ok(first(d, "12家").region ~= "上市", script)
  end)
end)

T.test("a month after the document's month, no year written, is last year's", function()
  both("2026-01-06\n央行统计，12月外资汇出金额达65亿美元。", function(d, script)
    T.eq(first(d, "65亿美元").period_key, "2025-12", script)
  end)
  both("2026-03-06\n央行统计，2月外资汇出金额达65亿美元。", function(d, script)
    T.eq(first(d, "65亿美元").period_key, "2026-02", script)
  end)
end)

T.test("迄…止 a date: the months up to it", function()
  both("2024年10月14日\n今年年初开盘迄10月11日止，集中市场总成交金额为68.5兆元。", function(d, script)
    T.eq(first(d, "68.5兆元").period_key, "2024-01..10", script)
  end)
end)

T.test("a forecast cue goes on over ； across a wrapped line", function()
  both("2019年工作报告\n全县经济平稳。预计全县生产总值57.5亿元、增长8.1%；农业总产值19.1亿元、下降0.5%\n；规模以上工业总产值80.6亿元、增长9.5%。", function(d, script)
    T.eq(first(d, "80.6亿元").status, "forecast", script)
    T.eq(first(d, "19.1亿元").status, "forecast", script)
  end)
end)

T.done()
