-- The fifth round of the number, unit and kind stages and of the masks
-- (docs/figures.md, "Fifth round: number, unit, kind"): each rule in
-- Simplified and in Traditional, through tally.doc and doc:figures. The texts
-- and figures are invented.
local T = require "check"

local both, first = T.both_scripts, T.figure

-- Whether document d has a figure whose text, folded to Simplified, is text.
local function has(d, text)
  for _, f in ipairs(d:figures()) do
    if tally.simplified(f.text) == text then return true end
  end
  return false
end

-- ---- number ----

T.test("a list of magnitudes shares the unit written once after the last", function()
  both("各季度营收分别为3.25万亿、4万亿、4.62万亿元，均创新高。", function(d, script)
    local a, b, c = first(d, "3.25万亿"), first(d, "4万亿"), first(d, "4.62万亿元")
    T.eq(a.value, 3250000000000, script); T.eq(a.unit, "元", script); T.eq(a.kind, "money", script)
    T.eq(b.value, 4000000000000, script); T.eq(b.unit, "元", script)
    T.eq(c.value, 4620000000000, script)
  end)
  -- a member without a magnitude of its own is not given one (2、3万元)
  both("每户补贴2、3万元不等。", function(d, script)
    T.ok(not has(d, "2"), script)
    T.eq(first(d, "3万元").value, 30000, script)
  end)
end)

T.test("the lower end of a range takes the upper end's magnitude", function()
  both("预估下月订单452到476亿美元。", function(d, script)
    local f = first(d, "452到476亿美元")
    T.eq(f.value, 45200000000, script); T.eq(f.value_max, 47600000000, script)
    T.eq(f.unit, "美元", script)
  end)
  both("每个项目投入三至五万元。", function(d, script)
    local f = first(d, "三至五万元")
    T.eq(f.value, 30000, script); T.eq(f.value_max, 50000, script)
  end)
  -- a lower end with a magnitude of its own keeps it
  both("投资8000万至1.2亿元。", function(d, script)
    local f = first(d, "8000万至1.2亿元")
    T.eq(f.value, 80000000, script); T.eq(f.value_max, 120000000, script)
  end)
end)

T.test("百分 without 之 (Macao's spoken form) is a percent; 百分比 and 百分点 stay words", function()
  both("十月入境旅客按年跌近百分六。", function(d, script)
    local f = first(d, "近百分六")
    T.eq(f.value, -6, script); T.eq(f.kind, "growth", script); T.eq(f.approx, "under", script)
  end)
  both("酒店入住率为百分八十五。", function(d, script)
    T.eq(first(d, "百分八十五").value, 85, script)
  end)
  both("这一百分比较高，两个百分点的差距。", function(d, script)
    T.eq(#d:figures{unit = "%"}, 0, script)
  end)
end)

T.test("a lone financial capital is a numeral only before a money unit", function()
  both("对大陆成长率为2.4%，陆续增加。", function(d, script)
    T.eq(#d:figures(), 1, script)
    T.eq(first(d, "2.4%").kind, "growth", script)
  end)
  both("收到陆元，另付伍万元。", function(d, script)
    T.eq(first(d, "陆元").value, 6, script)
    T.eq(first(d, "伍万元").value, 50000, script)
  end)
end)

T.test("digits after a Latin statistic's name are its value, not a code", function()
  both("人均GDP23456元，比上年增加789元。", function(d, script)
    local f = first(d, "23456元")
    T.eq(f.value, 23456, script); T.eq(f.kind, "money", script)
  end)
  -- letters of a code still make a code
  both("型号XG3000已停产，另有G20峰会。", function(d, script)
    T.eq(#d:figures(), 0, script)
  end)
end)

T.test("负 right before a numeral is a minus sign", function()
  both("最低气温负7度，增速为负2.5%。负责3个项目。", function(d, script)
    T.eq(first(d, "负7度").value, -7, script)
    T.eq(first(d, "负2.5%").value, -2.5, script)
    T.eq(first(d, "3个").value, 3, script)
  end)
end)

-- ---- kind ----

T.test("a written minus is the sign of a revised rate and of the one it replaces", function()
  both("第3季GDP成长率修正为-1.25%(原为-0.96%)。", function(d, script)
    local a, b = first(d, "-1.25%"), first(d, "-0.96%")
    T.eq(a.value, -1.25, script); T.eq(a.kind, "growth", script)
    T.eq(b.value, -0.96, script); T.eq(b.kind, "growth", script)
  end)
  both("出口成长率修正为-2.2%(原为1.3%)。", function(d, script)
    T.eq(first(d, "1.3%").value, 1.3, script)
    T.eq(first(d, "1.3%").kind, "growth", script)
  end)
end)

T.test("yoy, qoq, saar and 季增率 are rate nouns: the percent after them is growth", function()
  both("第4季实质GDP初步统计yoy为2.15%，对上季增率折成年率(saar)为4.33%。", function(d, script)
    T.eq(first(d, "2.15%").kind, "growth", script)
    T.eq(first(d, "4.33%").kind, "growth", script)
  end)
  both("零售额季增率为1.2%，年化季增率为4.1%，qoq为0.8%。", function(d, script)
    T.eq(first(d, "1.2%").kind, "growth", script)
    T.eq(first(d, "4.1%").kind, "growth", script)
    T.eq(first(d, "0.8%").kind, "growth", script)
  end)
  -- 人口自增率 ends in 增率 but is a level
  both("失业率和人口自增率分别控制在4.5%和3%以内。", function(d, script)
    T.eq(first(d, "4.5%").kind, "percent", script)
  end)
end)

T.test("a share's change in points leads to its level, a percent, after a growth", function()
  both("全球贸易同比下降2.4%的背景下，我国出口市场份额仍增长了0.4个百分点，达到15%。", function(d, script)
    T.eq(first(d, "2.4%").kind, "growth", script)
    T.eq(first(d, "15%").kind, "percent", script)
  end)
  -- a growth rate revised in points still reaches a growth rate
  both("经济成长率从五月预测的2.61%，下修0.37个百分点，到2.24%。", function(d, script)
    T.eq(first(d, "2.24%").kind, "growth", script)
  end)
end)

-- ---- names and masks ----

T.test("numbers inside a title 《…》 are no figures", function()
  both("市里出台了《全市六大产业扶持办法》和《三年行动方案》，安排资金5亿元。", function(d, script)
    T.eq(#d:figures(), 1, script)
    T.eq(first(d, "5亿元").value, 500000000, script)
  end)
end)

T.test("the session of a congress and a numbered clause are names", function()
  both("区十四届人大三次会议确定的指标完成良好，全年召开会议5次。", function(d, script)
    T.ok(not has(d, "三次"), script)
    T.eq(first(d, "5次").value, 5, script)
  end)
  both("依据301条款发起调查，涉及企业12家。", function(d, script)
    T.ok(not has(d, "301条"), script)
    T.eq(first(d, "12家").value, 12, script)
  end)
end)

T.done()
