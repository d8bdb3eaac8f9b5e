-- The subject stage's sixth round (docs/figures.md, "Sixth round: subjects"):
-- each rule in Simplified and in Traditional, through doc:figures as an analyst
-- calls it. The sentences and figures are invented.
local T = require "check"

local function both(text, f)
  f(tally.doc("2025年3月1日\n" .. text), "Hans")
  f(tally.doc(tally.traditional("2025年3月1日\n" .. text)), "Hant")
end

-- the figure whose text, folded to Simplified, is text (the n-th such)
local function figure(d, text, n)
  n = n or 1
  for _, f in ipairs(d:figures()) do
    if tally.simplified(f.text) == text then
      n = n - 1
      if n == 0 then return f end
    end
  end
  error("no figure " .. text)
end

local function subject(d, text, n)
  local f = figure(d, text, n)
  return f.subject and tally.simplified(f.subject)
end

local function key(d, text, n)
  local f = figure(d, text, n)
  return f.subject_key ~= "" and f.subject_key or nil
end

T.test("a frame of reckoning (以…计, 按…计) is part of the predicate", function()
  both("本季酒楼的总收益以价值计上升8.4%，以数量计则上升6.1%。", function(d)
    T.eq(subject(d, "8.4%"), "酒楼的总收益")
    T.eq(subject(d, "6.1%"), "酒楼的总收益")
  end)
  both("今年首季，咖啡店的总收益，以价值计下跌2.3%。", function(d)
    T.eq(subject(d, "2.3%"), "咖啡店的总收益")
  end)
  both("本市出口按美元计增长5.5%。", function(d)
    T.eq(subject(d, "5.5%"), "出口")
  end)
end)

T.test("a relative phrase before 的 that opens the clause is part of the subject", function()
  both("上月持牌银行的存款总额增加1.7%。", function(d)
    T.eq(subject(d, "1.7%"), "持牌银行的存款总额")
  end)
  both("在香港使用的贷款增加2.2%，而住宅按揭的贷款余额下跌0.4%。", function(d)
    T.eq(subject(d, "2.2%"), "在香港使用的贷款")
    T.eq(subject(d, "0.4%"), "住宅按揭的贷款余额")
  end)
  -- a place before 的 says where, a destination too: no part of the subject
  both("机场口岸的出入境人次约310万。", function(d)
    T.eq(subject(d, "约310万"), "出入境人次")
  end)
  both("输往欧盟的整体出口价格上升1.2%。", function(d)
    T.eq(subject(d, "1.2%"), "整体出口价格")
  end)
  -- a list before 的 modifies the phrase: one subject for every share
  both("按币种分析，港元、美元及欧元在总存款的比重分别为41.5%、37.2%及8.8%。", function(d)
    T.eq(subject(d, "37.2%"), "港元、美元及欧元在总存款的比重")
  end)
end)

T.test("an attribute the lexicon mis-tags opens the phrase", function()
  both("前三季度，一般贸易进出口2.3万亿元。", function(d)
    T.eq(subject(d, "2.3万亿元"), "一般贸易进出口")
  end)
  both("非居民存款则增加3.1%。", function(d)
    T.eq(subject(d, "3.1%"), "非居民存款")
  end)
  both("上半年境外直接投资备案额12.5亿美元。", function(d)
    T.eq(subject(d, "12.5亿美元"), "境外直接投资备案额")
  end)
  both("年末本外币制造业中长期贷款余额5.2万亿元。", function(d)
    T.eq(subject(d, "5.2万亿元"), "本外币制造业中长期贷款余额")
  end)
  both("广义货币供应量M2按月上升0.3%。", function(d)
    T.eq(subject(d, "0.3%"), "广义货币供应量M2")
    T.eq(key(d, "0.3%"), "广义货币供应量M2")
  end)
end)

T.test("a carried stock gives the flow for an amount of change over a period", function()
  both("年末，绿色贷款余额22万亿元，同比增长31%；全年增加5.4万亿元。", function(d)
    T.eq(subject(d, "22万亿元"), "绿色贷款余额")
    T.eq(subject(d, "5.4万亿元"), "绿色贷款")
  end)
  -- the balance compared with an earlier one is the balance itself
  both("月底企业放款余额8.1兆元，较上月底减少120亿元。", function(d)
    T.eq(subject(d, "120亿元"), "企业放款余额")
  end)
end)

T.test("a Latin name with digits is no time expression (M2月增率)", function()
  both("本月M2年增率为5.12%。", function(d)
    T.eq(key(d, "5.12%"), "M2年增率")
  end)
end)

T.test("a list of short names sharing a head: the list as written, the key per item", function()
  both("全年鸡、鸭、鹅出栏量分别增长3%、5%和2%。", function(d)
    T.eq(subject(d, "5%"), "鸡、鸭、鹅出栏量")
    T.eq(key(d, "3%"), "鸡出栏量")
    T.eq(key(d, "2%"), "鹅出栏量")
  end)
  both("本月M1A、M1B月增率分别为0.31%及0.42%。", function(d)
    T.eq(subject(d, "0.42%"), "M1A、M1B月增率")
    T.eq(key(d, "0.31%"), "M1A月增率")
  end)
  -- members that are names of their own are split as before
  both("进口、出口分别增长4%、6%。", function(d)
    T.eq(subject(d, "4%"), "进口")
    T.eq(subject(d, "6%"), "出口")
  end)
end)

T.test("the value a change starts from is part of the predicate; a label before a colon names it", function()
  both("出口订单指数变动率：由上月 12.4% 增为 15.2%，灯号续呈绿灯", function(d)
    T.eq(subject(d, "15.2%"), "出口订单指数变动率")
  end)
  both("零售销售量变动率：由上月修正值 3.1% 减为 2.6%", function(d)
    T.eq(subject(d, "2.6%"), "零售销售量变动率")
  end)
end)

T.test("按季, 按年 before a change is its basis", function()
  both("本季整体进口货量按季下跌4.2%。", function(d)
    T.eq(subject(d, "4.2%"), "整体进口货量")
  end)
end)

T.test("points a contributor pulls a total by are the contributor's", function()
  both("纺织业增加值增长7.5%，拉动全市规模以上工业0.6个百分点。", function(d)
    T.eq(subject(d, "0.6个百分点"), "纺织业增加值")
  end)
  both("电子产品出口增长12%，带动全省出口2.1个百分点。", function(d)
    T.eq(subject(d, "2.1个百分点"), "电子产品出口")
  end)
end)

T.test("an amount read past a share alone is the thing's", function()
  both("对欧洲出口订单金额达1200亿美元，占比25%，较上年增加80亿美元。", function(d)
    T.eq(subject(d, "80亿美元"), "对欧洲出口订单金额")
  end)
end)

T.test("占 inside a relative phrase: the statistic named; a share alone is A's", function()
  both("本地银行呆帐准备占不良贷款之覆盖率为512.3%。", function(d)
    T.eq(subject(d, "512.3%"), "本地银行呆帐准备占不良贷款之覆盖率")
  end)
  both("机械产品出口占总出口的比率为31.2%。", function(d)
    T.eq(subject(d, "31.2%"), "机械产品出口")
  end)
  both("第二产业增加值210亿元，占地区生产总值的比重为41.5%。", function(d)
    T.eq(subject(d, "41.5%"), "第二产业增加值")
  end)
  both("累计本年1至6月日平均准备货币之平均年增率为4.12%。", function(d)
    T.eq(subject(d, "4.12%"), "日平均准备货币之平均年增率")
  end)
end)

T.test("the value a change starts from measures what the line's label names", function()
  both("机械设备进口值变动率：由上月修正值 8.4% 增为 11.3%", function(d)
    T.eq(subject(d, "8.4%"), "机械设备进口值变动率")
    T.eq(subject(d, "11.3%"), "机械设备进口值变动率")
  end)
end)

T.test("a share alone right after an amount is that amount's share", function()
  both("数字经济核心产业增加值820亿元，占比为12.6%。", function(d)
    T.eq(subject(d, "12.6%"), "数字经济核心产业增加值")
  end)
  -- after a rate, the share names itself
  both("对东盟进出口增长6.1%，占比较上年提升1.2个百分点。", function(d)
    T.eq(subject(d, "1.2个百分点"), "占比")
  end)
end)

T.test("a compared value in brackets is of the phrase before them, and is not handed on", function()
  both("全市社会消费品零售总额增长6.5%，高于全省平均增速(4.9%)1.6个百分点。", function(d)
    T.eq(subject(d, "4.9%"), "平均增速")
    T.eq(subject(d, "1.6个百分点"), "社会消费品零售总额")
  end)
  -- a region alone: the figure is the clause's subject in that region
  both("全市工业增加值增长8.1%，比全省(6.2%)高1.9个百分点。", function(d)
    T.eq(subject(d, "6.2%"), "工业增加值")
  end)
end)

T.test("ranks after one verb with nothing before it: each names its category", function()
  both("位居全国百强区营商环境第2、创新能力第5。", function(d)
    T.eq(subject(d, "第5"), "创新能力")
  end)
end)

T.test("a currency before a noun says which money; 共建, 沿线 stay with a partner", function()
  both("本月港元贷款上升2.4%，外币贷款下跌0.8%。", function(d)
    T.eq(subject(d, "2.4%"), "港元贷款")
    T.eq(subject(d, "0.8%"), "外币贷款")
  end)
  both("对共建“一带一路”国家出口增长7.3%。", function(d)
    T.eq(subject(d, "7.3%"), "对共建“一带一路”国家出口")
  end)
end)

T.test("subject_key leaves a gloss in brackets out", function()
  both("消费者物价指数（ＣＰＩ）年增率为2.1%。", function(d)
    T.eq(key(d, "2.1%"), "消费者物价指数年增率")
  end)
end)

T.done()
