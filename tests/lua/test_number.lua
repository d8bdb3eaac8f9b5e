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
  for _, s in ipairs{"", "负", "12 34", "60W", "5分", "十五折", "1e999",
                     "万", "\xe8\xb4\x9f\xff", string.rep("9", 100000)} do
    T.eq(tally.number(s), nil, s:sub(1, 20))
  end
end)

T.test("mixed digits, big-unit grouping, points and clock hours", function()
  is("50万六千", 506000, "", "quantity"); is("50萬六千", 506000, "", "quantity")
  is("三亿零五千120", 300005120, "", "quantity"); is("三億零五千120", 300005120, "", "quantity")
  is("三万二千万", 3.2e8, "", "quantity"); is("三萬二千萬", 3.2e8, "", "quantity")
  is("三千四点二", 3400.2, "", "quantity"); is("三千四點二", 3400.2, "", "quantity")
  is("三点五万", 35000, "", "quantity"); is("三點五萬", 35000, "", "quantity")
  is("貳萬陸仟參佰", 26300, "", "quantity")
  for _, s in ipairs{"三点", "三點", "零点", "十一十二", "2.5万零30", "3.0.5万"} do
    T.eq(tally.number(s), nil, s)
  end
end)

T.test("fractions, ordinals, halves, powers", function()
  is("十又三分之二", 10 + 2 / 3, "", "quantity"); is("壹又貳分之壹", 1.5, "", "quantity")
  is("3/8", 37.5, "%", "percent"); is("負四分之一", -25, "%", "percent")
  is("第十二", 12, "位", "rank"); is("第2名", 2, "位", "rank")
  is("两个半", 2.5, "个", "quantity"); is("兩個半", 2.5, "个", "quantity")
  is("一半", 50, "%", "percent"); is("半百", 50, "", "quantity")
  is("3^4", 81, "", "quantity"); is(".75", 0.75, "", "quantity"); is("1.5M", 1.5e6, "", "quantity")
  is("６e－２", 0.06, "", "quantity")
  for _, s in ipairs{"第一批", "2023/10", "3/0", "半半", "对折"} do T.eq(tally.number(s), nil, s) end
end)

T.test("money parts, currencies, ranges, qualifiers, vague fillers", function()
  is("伍元零角捌分", 5.08, "元", "money"); is("伍圓零角捌分", 5.08, "元", "money")
  is("一百二十塊五毛錢", 120.5, "元", "money"); is("四美元又五美分", 4.05, "美元", "money")
  is("3英鎊50便士", 3.5, "英镑", "money"); is("兩個億", 2e8, "", "quantity")
  is("两到五万元", 20000, "元", "money"); is("從800到2萬港元", 800, "港元", "money")
  T.eq(select(4, tally.number("兩到五萬元")), 50000, "a range's upper end is the fourth result")
  T.eq(select(4, tally.number("2-3家")), 3, "2-3家 upper end")
  T.eq(select("#", tally.number("3万")), 3, "one number gives three results")
  is("10~15k元", 10000, "元", "money"); is("50萬元（含）以上", 500000, "元", "money")
  is("約三萬", 30000, "", "quantity"); is("至少五千元以上", 5000, "元", "money")
  is("三十幾萬", 300000, "", "quantity"); is("十几块钱", 10, "元", "money")
  is("萬三", 0.03, "%", "percent"); is("打對折", 50, "%", "percent"); is("7 2 折", 72, "%", "percent")
  for _, s in ipairs{"万一", "3-1", "010-12345678"} do T.eq(tally.number(s), nil, s) end
end)

T.test("vague numbers are ranges: pairs of digits, a digit not stated, set phrases", function()
  local function range(s, lo, hi, unit)
    local v, u, _, m = tally.number(s)
    T.eq(v, lo, s); T.eq(m, hi, s .. " upper end"); T.eq(u, unit, s .. " unit")
  end
  range("两三", 2, 3, ""); range("兩三", 2, 3, ""); range("五六个", 5, 6, "个")
  range("三四百万", 3e6, 4e6, ""); range("三四百萬", 3e6, 4e6, "")
  range("幾十萬", 1e5, 1e6, ""); range("几十万", 1e5, 1e6, ""); range("十几", 10, 20, "")
  range("成千上万", 1000, 10000, ""); range("千千萬萬", 1000, 10000, "")
  range("十之八九", 80, 90, "%"); range("两到三千澳元", 2000, 3000, "澳元")
  is("上千", 1000, "", "quantity"); is("上萬", 10000, "", "quantity")
  is("1万2", 12000, "", "quantity"); is("1萬2", 12000, "", "quantity")
  is("壹京", 1e16, "", "quantity"); is("欧元三百", 300, "欧元", "money")
  is("歐元三百", 300, "欧元", "money"); is("五百泰銖", 500, "泰铢", "money")
  for _, s in ipairs{"一二三五折", "八九不离十", "上一", "数以", "几"} do
    T.eq(select(4, tally.number(s)), nil, s .. " is no range")
  end
  is("一二三", 123, "", "quantity")
end)

T.done()
