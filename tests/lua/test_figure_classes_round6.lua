-- The sixth round of the number, unit, kind, rank and name stages
-- (docs/figures.md, "Sixth round: number, unit, kind, rank, names"): each
-- rule in Simplified and in Traditional, through tally.doc and doc:figures.
-- The texts and figures are invented.
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

T.test("a middle dot between Chinese numerals is a decimal point", function()
  both("本季出口额为五二一·四亿美元，较上季增加三○·六亿美元，增幅达卅二·五%。", function(d, script)
    local a = first(d, "五二一·四亿美元")
    T.eq(a.value, 52140000000, script); T.eq(a.unit, "美元", script); T.eq(a.kind, "money", script)
    local b = first(d, "三○·六亿美元")
    T.eq(b.value, 3060000000, script)
    local c = first(d, "卅二·五%")
    T.near(c.value, 32.5, 1e-9, script); T.eq(c.kind, "growth", script)
    T.ok(not has(d, "四亿美元"), script); T.ok(not has(d, "五%"), script)
  end)
  both("两地占比分别为十六·四%与四十三·八%。", function(d, script)
    T.near(first(d, "十六·四%").value, 16.4, 1e-9, script)
    T.near(first(d, "四十三·八%").value, 43.8, 1e-9, script)
  end)
  -- a dot between names, or between a numeral and a word, is no point
  T.eq(tally.number("约翰·史密斯"), nil)
  T.eq(tally.number("七四·二亿元"), 7420000000)
  T.eq(tally.number(tally.traditional("七四·二亿元")), 7420000000)
end)

T.test("a magnitude before a unit of the table folds into the value (千公顷)", function()
  both("全县水稻种植面积12.6千公顷，比上年减少0.4千公顷。", function(d, script)
    local a = first(d, "12.6千公顷")
    T.near(a.value, 12600, 1e-6, script); T.eq(a.unit, "公顷", script); T.eq(a.kind, "quantity", script)
    T.near(first(d, "0.4千公顷").value, 400, 1e-6, script)
  end)
  -- a magnitude with more than a unit after it stays the lexicon's unit
  local v, u = tally.number("5千瓦小时")
  T.eq(v, 5); T.eq(u, "千瓦小时")
  v, u = tally.number("300千卡")
  T.eq(v, 300); T.eq(u, "千卡")
end)

T.done()
