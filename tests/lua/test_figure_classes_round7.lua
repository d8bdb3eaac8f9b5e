-- The seventh round of the number, unit, kind and name stages (docs/figures.md,
-- "Seventh round: spaced numerals, tildes, classifiers, 贬, plan names"):
-- each rule in Simplified and in Traditional, through tally.doc and
-- doc:figures. The texts and figures are invented.
local T = require "check"

local both, first = T.both_scripts, T.figure

local has = T.has_figure

T.test("a spaced amount in digits and 万 is one number when both sides are spaced", function()
  both("本月受雇人数为 826 万 4300 人，较上月增加 2 万 600 人。", function(d, script)
    T.eq(first(d, "826 万 4300 人").value, 8264300, script)
    T.eq(first(d, "2 万 600 人").value, 20600, script)
    T.ok(not has(d, "4300 人"), script); T.ok(not has(d, "826 万"), script)
  end)
  -- a part no smaller than the magnitude, a year after it, or a part
  -- written up against the magnitude on one side only stays apart
  both("参观者达 3 万 2025年再创新高，另有 5 万 12000 人排队。", function(d, script)
    T.eq(first(d, "3 万").value, 30000, script)
    T.eq(first(d, "12000 人").value, 12000, script)
  end)
  -- two spaced numbers with no magnitude are a list, never one number
  both("两队得分为 12 15 分。", function(d, script)
    T.ok(not has(d, "12 15 分"), script)
  end)
end)

T.test("tildes of other fonts mark a range (∼ U+223C, 〜 U+301C)", function()
  both("每日进场 3∼5万人次，票价80〜120元。", function(d, script)
    local a = first(d, "3∼5万人次")
    T.eq(a.value, 30000, script); T.eq(a.value_max, 50000, script); T.eq(a.unit, "人次", script)
    local b = first(d, "80〜120元")
    T.eq(b.value, 80, script); T.eq(b.value_max, 120, script)
  end)
  T.eq(select(4, tally.number("2∼3万台")), 30000)
end)

T.test("classifiers that the lexicon tags otherwise are units after a number", function()
  both("全乡收购茶叶1.8万担，发放矿泉水600瓶，捆扎秸秆3200捆。", function(d, script)
    local a = first(d, "1.8万担")
    T.eq(a.value, 18000, script); T.eq(a.unit, "担", script); T.eq(a.kind, "quantity", script)
    T.eq(first(d, "600瓶").unit, "瓶", script)
    T.eq(first(d, "3200捆").unit, "捆", script)
  end)
  -- the longest lexicon word still decides: 把握, 首先 are words
  both("我们有3把握，首先要稳。", function(d, script)
    T.ok(not has(d, "3把"), script)
  end)
end)

T.test("贬 and 走贬 are falls, 走升 a rise, across a spaced list", function()
  both("上月日元兑美元走贬2.4%，韩元走升0.7%，新台币与港元分别贬0.31% 与0.08%。", function(d, script)
    T.near(first(d, "2.4%").value, -2.4, 1e-9, script)
    T.eq(first(d, "2.4%").kind, "growth", script)
    T.near(first(d, "0.7%").value, 0.7, 1e-9, script)
    T.near(first(d, "0.31%").value, -0.31, 1e-9, script)
    T.near(first(d, "0.08%").value, -0.08, 1e-9, script)
  end)
end)

T.test("N大 before a plan document's name, and counts that are terms of art", function()
  both("全市印发四大特色农业提升方案，落实三大攻坚战实施方案。", function(d, script)
    T.ok(not has(d, "四大"), script); T.ok(not has(d, "三大"), script)
  end)
  both("昨日三大法人合计买超52亿元，四大行不良率持平。", function(d, script)
    T.ok(not has(d, "三大"), script); T.ok(not has(d, "四大"), script)
    T.eq(first(d, "52亿元").value, 5.2e9, script)
  end)
  -- a count that announces its list stays a count
  both("全市培育五大产业，分别是茶叶、竹木、旅游、康养和物流。", function(d, script)
    T.eq(first(d, "五大").value, 5, script)
  end)
end)

T.done()
