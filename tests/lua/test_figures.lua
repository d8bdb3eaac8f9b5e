-- doc:figures, tally.figures, tally.number, doc:dates and the table
-- extensions, through the command line an analyst uses.
local T = require "check"

local doc = tally.doc("上半年全省实现外贸进出口总额14.8亿元，同比增长119.7%，增速位居全国第2位。" ..
                      "其中进口7.9亿元，同比增长209.7%。走访企业60余家。")

T.test("records carry every field and round-trip their span", function()
  local figs = doc:figures()
  T.eq(#figs, 6)
  for _, f in ipairs(figs) do
    T.eq(doc.text:sub(f.start, f.stop), f.text)
    T.ok(type(f.value) == "number" and type(f.unit) == "string" and type(f.kind) == "string")
    T.ok(math.type(f.sentence) == "integer")
  end
  local f = figs[1]
  T.eq(f.text, "14.8亿元"); T.eq(f.value, 1480000000); T.eq(math.type(f.value), "integer")
  T.eq(f.unit, "元"); T.eq(f.kind, "money"); T.eq(f.period, "上半年"); T.eq(f.approx, nil)
  T.eq(figs[2].scope, "同比"); T.eq(figs[2].kind, "growth")
  T.eq(figs[3].kind, "rank"); T.eq(figs[3].scope, "全国")
  T.eq(figs[4].period, "上半年", "a 其中 sentence takes the period before")
  T.eq(figs[4].sentence, 2)
  T.eq(doc:sentences()[figs[4].sentence].text:find("其中", 1, true), 1)
  T.eq(figs[6].approx, "over")
end)

T.test("filters: values and functions", function()
  T.eq(#doc:figures{kind = "growth"}, 2)
  T.eq(#doc:figures{kind = "money", unit = "元"}, 2)
  T.eq(#doc:figures{value = function(v) return v > 1e9 end}, 1)
  -- a kind there is not is a mistake to report, not a filter that keeps nothing
  T.raises(function() doc:figures{kind = "moeny"} end, "no kind 'moeny' (kinds: money, quantity")
  T.raises(function() doc:figures("growth") end, "table expected")
end)

T.test("tally.figures on a string and on a Doc", function()
  local figs = tally.figures("三個方面，3萬噸")
  T.eq(#figs, 2)
  T.eq(figs[1].unit, "方面"); T.eq(figs[2].unit, "吨"); T.eq(figs[2].value, 30000)
  T.eq(#tally.figures(doc), 6)
  T.eq(#tally.figures(""), 0)
  T.raises(function() tally.figures() end, "string expected")
end)

T.test("tally.number", function()
  local v, u, k = tally.number("3617.64万只")
  T.eq(v, 36176400); T.eq(u, "只"); T.eq(k, "quantity")
  T.eq(tally.number("两万五"), 25000)
  T.eq(select(2, tally.number("百分之十五")), "%")
  T.near(tally.number("三分之一"), 100 / 3, 1e-9)
end)

T.test("tally.number on bad input returns nil", function()
  T.eq(tally.number(""), nil)
  T.eq(tally.number("abc"), nil)
  T.eq(tally.number("\xff\xfe\xfd"), nil)
  T.eq(tally.number("\xe4\xb8"), nil)
  T.eq(tally.number(string.rep("9", 10 * 1024 * 1024)), nil)
  T.eq(tally.number(string.rep("一", 100000)), nil)
  T.raises(function() tally.number() end, "string expected")
  T.raises(function() tally.number({}) end, "string expected")
end)

T.test("doc:dates", function()
  local d = tally.doc("2021-10-18 10:34:07 来源。6月15日至6月30日，供应蔬菜13283.4吨。"):dates()
  T.eq(#d, 2)
  T.eq(d[1].value, "2021-10-18")
  T.eq(d[2].text, "6月15日至6月30日"); T.eq(d[2].value, "2021-06-15"); T.eq(d[2].value_max, "2021-06-30")
  T.eq(d[2].kind, "period")
end)

-- a year with print-layout space before 年 is a year, not a duration; 首N个月
-- (the first N months) and N年来 (over the N years up to now) are periods
T.test("doc:dates: spaced years, 首N个月, N年来", function()
  local cases = {
    {"2024 年全市社会消费品零售总额增长5%。", "2024 年", "year", "2024"},
    {"2024\u{3000}年全市社會消費品零售總額增長5%。", "2024\u{3000}年", "year", "2024"},
    {"今年首5个月，出口下降8%。", "今年首5个月", "period"},
    {"今年首5個月，出口下跌8%。", "今年首5個月", "period"},
    {"三年来，共举办活动200场。", "三年来", "period"},
    {"17年來，累計投資30億元。", "17年來", "period"},
    -- still durations
    {"连续3个月增长5%。", "连续3个月", "duration"},
    {"用5个月时间完成投资2亿元。", "5个月", "duration"},
  }
  for _, c in ipairs(cases) do
    local d = tally.doc(c[1]):dates()
    T.eq(#d, 1, c[1])
    T.eq(d[1].text, c[2], c[1])
    T.eq(d[1].kind, c[3], c[1])
    if c[4] then T.eq(d[1].value, c[4], c[1]) end
  end
end)

T.test("tally.units.add teaches a new measure word", function()
  local d = tally.doc("新种5垄菜，另有3垄。")
  T.eq(#d:figures(), 0)
  tally.units.add{"垄", unit = "垄", kind = "quantity"}
  local figs = d:figures()
  T.eq(#figs, 2, "the cache is rebuilt after an addition")
  T.eq(figs[1].unit, "垄"); T.eq(figs[1].value, 5)
  -- a Traditional word folds to the Simplified unit
  tally.units.add{"噸位", unit = "吨位"}
  T.eq(tally.figures("3噸位")[1].unit, "吨位")
  T.raises(function() tally.units.add{"x", kind = "weight"} end, "unknown kind")
  T.raises(function() tally.units.add{} end, "give the word")
end)

T.test("qualifiers, trends and exclusions extend too", function()
  tally.qualifiers.add{"至少", approx = "over"}
  T.eq(tally.figures("至少5家")[1].approx, "over")
  tally.trends.add{"腰斩", sign = -1}
  local f = tally.figures("利润腰斩50%")[1]
  T.eq(f.kind, "growth"); T.eq(f.value, -50)
  tally.exclusions.add("五证合一")
  T.eq(#tally.figures("推行五证合一"), 0)
  T.raises(function() tally.exclusions.add("(") end, "tally.exclusions.add")
  T.raises(function() tally.qualifiers.add{"x", approx = "maybe"} end, "approx")
end)

T.test("json encoder", function()
  local j = tally.json.encode({b = 1, a = "x\"\n\1", c = 2.5, d = {1, 2}}, {"z", "b"})
  T.eq(j, '{"z":null,"b":1,"a":"x\\"\\n\\u0001","c":2.5,"d":[1,2]}')
  T.eq(tally.json.encode(3.0), "3")
  T.eq(tally.json.encode(1.9), "1.9")
  T.eq(tally.json.encode((tally.number("万分之7.6"))), "0.076")
  T.eq(tally.number("2.07亿元"), 207000000)
  T.eq(tally.json.encode({}), "{}")
end)

T.test("the seeds: figures round-trip and never overlap", function()
  local seeds = T.seeds()
  if not seeds then return end
  for _, p in ipairs(seeds) do
    local d = tally.open(p)
    local last = 0
    for _, f in ipairs(d:figures()) do
      T.eq(d.text:sub(f.start, f.stop), f.text)
      T.ok(f.start > last, "figures in order without overlap in " .. p)
      last = f.stop
    end
  end
end)

T.done()
