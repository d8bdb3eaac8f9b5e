-- Exclusion patterns added by a script (tally.exclusions.add): a literal
-- goes to the one-pass literal matcher, a regex to PCRE2 (anchored where
-- its first characters can be read, caseless ones too, else over the whole
-- text); each keeps numbers inside its matches from being figures, in
-- tally.figures(s) and in doc:figures(), and the default patterns keep
-- working beside them.
local T = require "check"

local function texts(figs)
  local out = {}
  for _, f in ipairs(figs) do out[#out + 1] = f.text end
  return table.concat(out, " ")
end

local s = "推行三证合一，落实两张清单，新增企业5家，建成丁戊3台，QZ2024项目投资8亿元。"

T.test("before any addition, the numbers are figures", function()
  T.eq(texts(tally.figures(s)), "两张 5家 3台 8亿元")
end)

T.test("a literal, a Traditional literal, a regex and a regex read whole", function()
  tally.exclusions.add("兩張清單")               -- a literal, folded like the text
  tally.exclusions.add("(?<=建成)丁戊[0-9]+台")   -- a regex with its first characters read
  tally.exclusions.add("(?i)qz\\d+项目投资\\d+亿元") -- caseless, read too
  T.eq(texts(tally.figures(s)), "5家")
  -- the document path uses the same tables once a script has added to them
  local d = tally.doc(s)
  T.eq(texts(d:figures()), "5家")
  -- overlapping and repeated matches of a literal: 两张清单两张清单
  T.eq(texts(tally.figures("两张清单两张清单，共9项")), "9项")
end)

T.test("a regex whose first characters cannot be read runs over the whole text", function()
  T.eq(texts(tally.figures("另有额外9件")), "9件")
  tally.exclusions.add("(?:.|x)额外9件") -- `.` may begin with anything
  T.eq(texts(tally.figures("另有额外9件")), "")
end)

T.test("the default exclusions still hold beside the added ones", function()
  T.eq(texts(tally.figures("坚持一张蓝图绘到底，十四五期间建成3座")), "3座")
  T.eq(texts(tally.figures("党的二十大精神，完成12项")), "12项")
end)

T.test("a bad pattern is refused with PCRE2's message", function()
  T.raises(function() tally.exclusions.add("[一二") end, "tally.exclusions.add")
end)

T.done()
