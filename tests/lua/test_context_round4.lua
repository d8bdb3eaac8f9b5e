-- The fourth round of the period, status and region stages (docs/figures.md,
-- "Fourth round: period, status, region"): each rule in Simplified and in
-- Traditional, through tally.doc and doc:figures as an analyst calls them.
-- The texts are invented.
local T = require "check"

local both, first = T.both_scripts, T.figure

-- ---- the document's region ----

T.test("a county's report that names its city once is the county's (全县, the bare 闽清)", function()
  both(table.concat({
    "政府工作报告",
    "各位代表：",
    "在福州市委、市政府的正确领导下，各项工作取得新进展。",
    "现在，我代表闽清县人民政府，向大会报告政府工作。",
    "一、工作回顾",
    "全县地区生产总值增长8.8%。闽清农业总产值48.5亿元。闽清工业增长9%。",
  }, "\n"), function(d, script)
    T.eq(d.meta.region, "闽清县", script)
    T.eq(first(d, "8.8%").region, "闽清县", script)
  end)
end)

T.test("a city with an ambiguous short name is named by it where the text says 全市", function()
  both("2022年是大同发展极不平凡的一年。全市上下攻坚克难。\n全市地区生产总值1842.5亿元，推动大同高质量发展。", function(d, script)
    T.eq(d.meta.region, "大同市", script)
    T.eq(first(d, "1842.5亿元").region, "大同市", script)
  end)
  -- without 全市 the bare word is no place
  both("世界大同是一种理想。地区生产总值1842.5亿元。", function(d, script)
    T.eq(d.meta.region, nil, script)
  end)
end)

T.test("a text dated in 民国 years is Taiwan's though it never names Taiwan", function()
  both("111年12月工业生产统计\n\n111年12月工业生产指数较上月增加0.14%。", function(d, script)
    T.eq(d.meta.region, "台湾省", script)
    T.eq(first(d, "0.14%").region, "台湾省", script)
  end)
  both("9月份消费者物价总指数为104.05(100年=100)，较上月涨1.31%。(资料来源:主计处10/7)", function(d, script)
    T.eq(d.meta.region, "台湾省", script)
  end)
  -- a mainland 2010年 base is no 民国 year
  both("9月份居民消费价格指数为104.05(2010年=100)，较上月涨1.31%。", function(d, script)
    T.eq(d.meta.region, nil, script)
  end)
end)

T.test("經濟部 in a Traditional text is Taiwan's; 经济部 in a Simplified one may be any country's", function()
  local d = tally.doc(tally.traditional("10月外销订单统计\n经济部今日公布，10月外销订单增长5.2%。"))
  T.eq(d.meta.region, "台湾省")
  T.eq(first(d, "5.2%").region, "台湾省")
  d = tally.doc("10月外销订单统计\n经济部今日公布，10月外销订单增长5.2%。")
  T.eq(d.meta.region, nil)
end)

T.test("a text that speaks of 我国 more than of a place is the country's", function()
  both("2019-11-12\n新华社北京11月12日电 商务部负责人介绍，1至10月，我国进出口总额增长2.4%。" ..
       "前8个月，我国进出口增速高于全球平均。与沿线国家进出口增长9.4%。", function(d, script)
    T.eq(d.meta.region, nil, script)
    T.eq(first(d, "9.4%").region, nil, script)
  end)
  -- a 民国-dated text's 我国 is Taiwan
  both("民国105年，我国经济成长率为1.50%，我国出口增长1.2%。", function(d, script)
    T.eq(d.meta.region, "台湾省", script)
  end)
end)

T.test("a place before a bracketed count of visits is where the visitors come from", function()
  both("2015年12月29日\n本澳11月入境旅客253万人次，其中内地旅客174万人次，以广东省(625,475人次)居多。广东省出口增长3%。", function(d, script)
    T.eq(first(d, "625,475人次").region, "澳门特别行政区", script)
    T.eq(first(d, "3%").region, "广东省", script)
  end)
end)

T.test("a region named short is given by its full Simplified name", function()
  both("2025年3月1日\n湖南外贸进出口增长5.1%。台湾出口增长9.8%。", function(d, script)
    T.eq(first(d, "5.1%").region, "湖南省", script)
    T.eq(first(d, "9.8%").region, "台湾省", script)
  end)
end)

T.test("the world's and the country named by name have no region; partners listed after 来自 are no region", function()
  both("2025年3月1日\n台湾出口增长9.8%。全球贸易量增长2.5%。中国大陆自台湾进口增长3.1%。", function(d, script)
    T.eq(first(d, "9.8%").region, "台湾省", script)
    T.eq(first(d, "2.5%").region, nil, script); T.eq(first(d, "2.5%").region_scope, "country", script)
    T.eq(first(d, "3.1%").region, nil, script)
  end)
  both("111年10月外销订单统计\n来自美国、东盟及香港接单分别增加5.2%、3.3%及1.1%。", function(d, script)
    T.eq(first(d, "5.2%").region, "台湾省", script)
    T.eq(first(d, "1.1%").region, "台湾省", script)  -- 香港 listed after 来自: a partner
  end)
end)

-- ---- periods ----

T.test("a title's 民国 year and month date the document: 3月 is that year's", function()
  both("111年3月零售业营业额统计\n3月零售业营业额为3,420亿元，年增4.8%。本年第1季增长3.9%。", function(d, script)
    T.eq(first(d, "3,420亿元").period_key, "2022-03", script)
    T.eq(first(d, "3.9%").period_key, "2022-Q1", script)
  end)
end)

T.test("○ in a year, a range of days, and a base spelled out in brackets", function()
  both("2015年4月9日\n今年清明节假期(二○一五年四月四日至六日)的访客为46.8万人次，较去年同期(二○一四年四月五日至七日)下跌12.4%。", function(d, script)
    T.eq(first(d, "46.8万人次").period_key, "2015-04-04..06", script)
    T.eq(first(d, "12.4%").period_key, "2015-04-04..06", script)
  end)
end)

T.test("a time with 的 before a number dates that number only; 超过去年 is 超过 and 去年", function()
  both("二零零五年十一月旅客入境数目\n今年首十一个月入境旅客总数已超过去年全年的16,672,556人次，达17,043,667人次，较去年同期增加12.5%。", function(d, script)
    T.eq(first(d, "16,672,556人次").period_key, "2004", script)
    T.eq(tally.simplified(first(d, "16,672,556人次").period), "去年全年", script)
    T.eq(first(d, "17,043,667人次").period_key, "2005-01..11", script)
    T.eq(first(d, "12.5%").period_key, "2005-01..11", script)
  end)
end)

T.test("the state a change starts from (由2014年的) and what a rate is level with (与6月份持平) are bases", function()
  both("2015年统计公报\n2015年，全县地区生产总值增长8.8%。其中：三次产业结构由2014年的13.88:53.06:33.06调整为14.33:46.34:39.33，第一产业比重提高0.45个百分点。", function(d, script)
    T.eq(first(d, "0.45个百分点").period_key, "2015", script)
  end)
  both("2020年8月14日\n7月份，规模以上工业增加值同比增长4.8%，增速与6月份持平；环比增长0.98%。", function(d, script)
    T.eq(first(d, "0.98%").period_key, "2020-07", script)
  end)
  both("111年12月工业生产统计\n与上年同月比较：工业生产减少7.93%。111年第4季工业生产指数为129.62；与上年同季比较，工业生产减少5.94%。", function(d, script)
    T.eq(first(d, "7.93%").period_key, nil, script)
    T.eq(first(d, "5.94%").period_key, "2022-Q4", script)
  end)
end)

T.test("a five-year plan in quotes is a period of its clause only", function()
  both("2016年1月20日\n在保持“十二五”年均增速35%的基础上，我市外贸进出口增长8.9%。", function(d, script)
    T.eq(first(d, "35%").period_key, "2011..2015", script)
    T.eq(first(d, "8.9%").period_key, nil, script)
  end)
end)

T.test("with no date of the document, 全年 is the year last written before it", function()
  both("政府工作报告\n各位代表：\n一、2018年工作回顾\n全年农林牧渔业总产值48.5亿元，增长5.3%。", function(d, script)
    T.eq(first(d, "48.5亿元").period_key, "2018", script)
    T.eq(first(d, "5.3%").period_key, "2018", script)
  end)
end)

T.test("a year inside a title in 《》 is no period of the figures after it", function()
  both("2023年3月1日\n省发展改革委在今年年初印发《甘肃省2023年消费帮扶重点工作事项》，推进开展110项重点工作。", function(d, script)
    T.eq(tally.simplified(first(d, "110项").period), "今年年初", script)
  end)
end)

T.test("a record's span and a source's date do not govern", function()
  both("2023年3月1日\n出口年增5%，为1990年8月以来单月最高，进口年增3%。", function(d, script)
    T.eq(first(d, "3%").period_key, nil, script)
  end)
  both("2020年3月1日\n据2019年人口抽样调查，年末常住人口310万人。", function(d, script)
    T.eq(tally.simplified(first(d, "310万人").period), "年末", script)
  end)
end)

T.test("the months that end in a month, and ranges of days across months", function()
  both("2014年1月2日\n截至二〇一三年十一月底的三个月，零售额增长2%。", function(d, script)
    T.eq(first(d, "2%").period_key, "2013-09..11", script)
  end)
  both("2023年3月1日\n至今年1月为止的十二个月，失业率为3.1%。", function(d, script)
    T.eq(first(d, "3.1%").period_key, "2022-02..2023-01", script)
  end)
  both("2025年11月5日\n1月1日至10月31日出口增长3%。6月15日至7月14日进口增长2%。", function(d, script)
    T.eq(first(d, "3%").period_key, "2025-01..10", script)
    T.eq(first(d, "2%").period_key, "2025-06-15..07-14", script)
  end)
end)

T.test("同期 alone is the period named just before it", function()
  both("2025年8月20日\n1-7月，全市对东盟进出口1000亿元，占同期全市进出口总值的22.2%。", function(d, script)
    T.eq(first(d, "22.2%").period_key, "2025-01..07", script)
  end)
  both("2025年8月20日\n1-7月出口比去年同期增长3%。", function(d, script)
    T.eq(first(d, "3%").period_key, "2025-01..07", script)   -- 比去年同期 stays a base
  end)
end)

T.test("a period without a year takes the year named before it in its sentence", function()
  both("2021年4月18日\n去年受到疫情影响，全年出口成长17.9%。\n全年进口成长3%。", function(d, script)
    T.eq(first(d, "17.9%").period_key, "2020", script)
    T.eq(first(d, "3%").period_key, "2021", script)    -- another paragraph: the document's year
  end)
  -- in the same paragraph a bare 全年 counts in the year of the period before it
  -- (the sixth round, test_context_round6.lua)
  both("2021年4月18日\n去年受到疫情影响，全年出口成长17.9%。全年进口成长3%。", function(d, script)
    T.eq(first(d, "3%").period_key, "2020", script)
  end)
  both("2021年4月18日\n比上年同期增长5%，全年出口成长2%。", function(d, script)
    T.eq(first(d, "2%").period_key, "2021", script)    -- a base names no year of the period
  end)
end)

T.test("自Y年…以来 before the document's year spans the years to it", function()
  both("2014年12月31日\n自2011年实施以来，出口成长12.5%。", function(d, script)
    T.eq(first(d, "12.5%").period_key, "2011..2014", script)
  end)
end)

T.test("全年 in a report published the year after its title's year is the title's", function()
  both("关于2015年计划执行情况的报告\n发布日期：2016-06-02\n全年地区生产总值增长8%。今年增长7%。", function(d, script)
    T.eq(first(d, "8%").period_key, "2015", script)
    T.eq(first(d, "7%").period_key, "2016", script)    -- 今年 counts from the date
  end)
end)

T.test("前三季 and 首三季 (季 alone) are the first three quarters", function()
  both("2025年10月20日\n前三季出口增长5%。今年首三季进口增长2%。", function(d, script)
    T.eq(first(d, "5%").period_key, "2025-01..09", script)
    T.eq(first(d, "2%").period_key, "2025-01..09", script)
    T.eq(tally.simplified(first(d, "2%").period), "今年首三季", script)
  end)
end)

-- ---- status ----

T.test("a provisional estimate states an outcome; 可望 forecasts", function()
  both("2015年3月3日\n政府统计处今日公布，1月零售业总销货价值的临时估计为466亿元，较去年同月下跌14.6%。", function(d, script)
    T.eq(first(d, "466亿元").status, "actual", script)
    T.eq(first(d, "14.6%").status, "actual", script)
  end)
  both("2025年3月3日\n经济部表示，3月外销订单可望增长5%。", function(d, script)
    T.eq(first(d, "5%").status, "forecast", script)
  end)
end)

T.test("a threshold crossed after 确定 or 将 is a forecast", function()
  both("2021年12月9日\n财政部表示，今年出口确定破六千亿美元。十二月将连三月破六百亿美元。", function(d, script)
    T.eq(first(d, "六千亿美元").status, "forecast", script)
    T.eq(first(d, "六百亿美元").status, "forecast", script)
  end)
  both("2025年3月3日\n今年将新建5G基站1万个。", function(d, script)
    T.eq(first(d, "1万个").status, "plan", script)   -- 将 without a threshold stays a plan
  end)
end)

T.test("a goal reached (完成目标进度) is no cue", function()
  both("2017年1月5日\n2016年，我市外贸进出口增速和完成目标进度均列全省第二位。", function(d, script)
    T.eq(first(d, "第二位").status, "actual", script)
  end)
  both("2017年1月5日\n2017年的主要目标是地区生产总值增长7%。", function(d, script)
    T.eq(first(d, "7%").status, "target", script)
  end)
end)

T.test("an outcome measured against an expectation is no aim (超预期, 好于预期)", function()
  both("2025年3月1日\n出口超预期增长8%。进口好于预期，增长3%。预期增长5%。", function(d, script)
    T.eq(first(d, "8%").status, "actual", script)
    T.eq(first(d, "3%").status, "actual", script)
    T.eq(first(d, "5%").status, "target", script)
  end)
end)

T.test("a heading of 总体安排 opens a plan part, one of 一年来 a review", function()
  both("2025年1月20日\n一年来的主要工作\n地区生产总值增长5.2%。\n二、今年工作总体安排\n地区生产总值增长5%左右。", function(d, script)
    T.eq(first(d, "5.2%").status, "actual", script)
    T.eq(first(d, "5%左右").status, "target", script)
  end)
end)

T.done()
