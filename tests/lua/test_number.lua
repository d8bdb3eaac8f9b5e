-- tally.number on each class of whole-string number (docs/figures.md
-- "Whole-string numbers"), Simplified and Traditional, through the Lua
-- interface an analyst calls; and nil, never an error, for what is no number.
local T = require "check"

local function is(s, value, unit, kind)
  local v, u, k = tally.number(s)
  T.ok(v ~= nil, s .. " reads as a number")
  if v == nil then return end
  T.near(v, value, 1e-9 * math.max(1, math.abs(value)), s)
  T.eq(u, unit, s .. " unit")
  T.eq(k, kind, s .. " kind")
end

T.test("money written out, with sub-units and 整", function()
  is("叁佰元整", 300, "元", "money"); is("叁佰圓整", 300, "元", "money")
  is("贰仟零伍元伍角", 2005.5, "元", "money"); is("貳仟零伍元伍角", 2005.5, "元", "money")
  is("12元3角4分", 12.34, "元", "money"); is("三塊五", 3.5, "元", "money")
end)

T.test("signs, spaces, currency names before the number", function()
  is("负一百", -100, "", "quantity"); is("負一百", -100, "", "quantity")
  is("8 千 5 百", 8500, "", "quantity"); is("8 千 5 百", 8500, "", "quantity")
  is("港币 3 亿元", 3e8, "港元", "money"); is("港幣 3 億元", 3e8, "港元", "money")
  is("人民币 5,000 元", 5000, "元", "money"); is("新台幣 2,000 元", 2000, "新台币", "money")
end)

T.test("abbreviations, tenths, variants, pairs, notation", function()
  is("3w", 30000, "", "quantity"); is("2.5k", 2500, "", "quantity")
  is("八成五", 85, "%", "percent"); is("五五折", 55, "%", "percent")
  is("七點五折", 75, "%", "percent")
  is("仨", 3, "", "quantity"); is("倆", 2, "", "quantity"); is("廿五", 25, "", "quantity")
  is("一兆", 1e12, "", "quantity"); is("一億億", 1e16, "", "quantity")
  is("两双", 4, "个", "quantity"); is("兩雙", 4, "个", "quantity"); is("一打", 12, "个", "quantity")
  is("1.5e3", 1500, "", "quantity"); is("１２．５％", 12.5, "%", "percent")
end)

T.test("no number gives nil", function()
  for _, s in ipairs{"", "负", "两三", "兩三", "12 34", "60W", "5分", "十五折", "1e999",
                     "万", "\xe8\xb4\x9f\xff", string.rep("9", 100000)} do
    T.eq(tally.number(s), nil, s:sub(1, 20))
  end
end)

T.done()
