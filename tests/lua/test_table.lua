-- tally.table: where, select, sort, group/agg, pivot, join, add, head, errors.
local T = require "check"

local function rows()
  return tally.table({
    {region = "青海省", year = 2021, kind = "growth", value = 119.7},
    {region = "山东省", year = 2021, kind = "growth", value = 38.5},
    {region = "河北省", year = 2024, kind = "growth", value = 3.2},
    {region = "山东省", year = 2021, kind = "money", value = 1.2e12},
    {region = "山东省", year = 2020, kind = "growth", value = -1.5},
  })
end

T.test("array behaviour and inferred columns", function()
  local t = rows()
  T.eq(#t, 5)
  T.eq(t[2].region, "山东省")
  local n = 0
  for _, r in ipairs(t) do n = n + 1; T.ok(r.value) end
  T.eq(n, 5)
  -- known record columns first in their reading order, then the rest alphabetically
  T.eq(table.concat(t:columns(), ","), "region,kind,value,year")
  T.eq(table.concat(tally.table({{b = 1, a = 2}}, {"b", "a"}):columns(), ","), "b,a")
end)

T.test("where by function and by field table", function()
  local t = rows()
  T.eq(#t:where(function(r) return r.value > 10 end), 3)
  T.eq(#t:where{region = "山东省", kind = "growth"}, 2)
  T.eq(#t:where{value = function(v) return v < 0 end}, 1)
  T.eq(#t:where{region = "nowhere"}, 0)
  T.eq(table.concat(t:where{region = "nowhere"}:columns(), ","), "region,kind,value,year")
end)

T.test("select and rename", function()
  local s = rows():select("region", "v=value")
  T.eq(table.concat(s:columns(), ","), "region,v")
  T.eq(s[1].v, 119.7)
  T.eq(s[1].value, nil)
  T.raises(function() rows():select("nope") end, "no column 'nope'")
end)

T.test("sort: stable, desc, several keys, nil last", function()
  local t = rows():sort("region")
  T.eq(t[1].region, "山东省")
  -- stable: the three 山东 rows keep their order
  T.eq(t[1].value, 38.5); T.eq(t[2].value, 1.2e12); T.eq(t[3].value, -1.5)
  local d = rows():sort("value", true)
  T.eq(d[1].value, 1.2e12); T.eq(d[5].value, -1.5)
  local k = rows():sort({"year", "value"})
  T.eq(k[1].year, 2020); T.eq(k[2].value, 38.5); T.eq(k[5].year, 2024)
  local withnil = tally.table({{a = 2}, {a = nil, b = 1}, {a = 1}}, {"a", "b"})
  T.eq(withnil:sort("a")[3].b, 1)
  T.eq(withnil:sort("a", true)[3].b, 1)
  local mixed = tally.table({{a = "x"}, {a = 3}, {a = 1}}):sort("a")
  T.eq(mixed[1].a, 1); T.eq(mixed[3].a, "x")
end)

T.test("group and agg", function()
  local g = rows():group("region"):agg{
    n = {"count"}, total = {"sum", "value"}, lo = {"min", "value"}, hi = {"max", "value"},
    avg = {"mean", "value"}, first = {"first", "year"}, years = {"list", "year"},
    distinct_years = {"distinct", "year"},
    custom = function(group) return #group:where{kind = "growth"} end,
  }
  T.eq(#g, 3)
  T.eq(table.concat(g:columns(), ","), "region,avg,custom,distinct_years,first,hi,lo,n,total,years")
  local sd = g:where{region = "山东省"}[1]
  T.eq(sd.n, 3); T.eq(sd.custom, 2); T.eq(sd.first, 2021)
  T.near(sd.total, 1.2e12 + 37); T.eq(sd.lo, -1.5); T.eq(sd.hi, 1.2e12)
  T.near(sd.avg, (1.2e12 + 37) / 3)
  T.eq(table.concat(sd.years, ","), "2021,2021,2020")
  T.eq(table.concat(sd.distinct_years, ","), "2021,2020")
  -- list form keeps the order given
  local l = rows():group("kind", "year"):agg{{"count", "count"}, {"max", "max", "value"}}
  T.eq(table.concat(l:columns(), ","), "kind,year,count,max")
  T.eq(#l, 4)
  T.raises(function() rows():group("region"):agg{x = {"median", "value"}} end, "unknown function 'median'")
  T.raises(function() rows():group("region"):agg{x = {"sum", "region"}} end, "needs numbers")
  T.raises(function() rows():group("region"):agg{x = {"sum"}} end, "needs a column")
end)

T.test("pivot", function()
  local p = rows():where{kind = "growth"}:pivot("region", "year", "value")
  T.eq(table.concat(p:columns(), ","), "region,2021,2024,2020")
  local sd = p:where{region = "山东省"}[1]
  T.eq(sd["2021"], 38.5); T.eq(sd["2020"], -1.5); T.eq(sd["2024"], nil)
  local c = rows():pivot("region", "kind", "value", "count")
  T.eq(c:where{region = "山东省"}[1].growth, 2)
end)

T.test("join inner and left", function()
  local names = tally.table({{region = "山东省", short = "鲁"}, {region = "河北省", short = "冀"},
                             {region = "河北省", short = "燕"}})
  local j = rows():join(names, "region")
  T.eq(#j, 5) -- 3 山东 + 2 河北 (two matches for one row)
  T.eq(table.concat(j:columns(), ","), "region,kind,value,year,short")
  local l = rows():join(names, "region", {how = "left"})
  T.eq(#l, 6)
  T.eq(l[1].short, nil)
  local clash = rows():join(tally.table({{region = "青海省", value = 1}}), "region")
  T.eq(clash[1].value, 119.7); T.eq(clash[1].value_2, 1)
end)

T.test("add and head", function()
  local a = rows():add("yi", function(r) return r.kind == "money" and r.value / 1e8 or nil end)
  T.eq(a[4].yi, 12000)
  T.eq(rows()[4].yi, nil)
  T.eq(#rows():head(2), 2)
end)

T.test("format texts", function()
  local t = tally.table({{a = "青海", b = 1.5}, {a = "x", b = 10}})
  T.eq(t:format("table"), "a       b\n----  ---\n青海  1.5\nx      10\n")
  T.eq(t:format("csv"), "a,b\r\n青海,1.5\r\nx,10\r\n")
  T.eq(t:format("jsonl"), '{"a":"青海","b":1.5}\n{"a":"x","b":10}\n')
  T.eq(tally.table({}):format("json"), "[]\n")
  local long = tally.table({{s = string.rep("长", 40)}})
  local cut = long:format("table"):match("\n[^\n]*\n([^\n]*)")
  T.ok(tally.width(cut) <= 48 and tally.width(cut) >= 47 and cut:sub(-3) == "...", cut)
  T.eq(tally.json.encode({1, 2, {x = 0.1}}), '[1,2,{"x":0.1}]')
  T.eq(tally.json.encode(1/3), "0.3333333333333333")
  T.eq(tally.json.encode("\1\n"), '"\\u0001\\n"')
end)

T.test("terminal bar chart", function()
  local t = tally.table({{region = "青海省", g = 119.7}, {region = "甘肃", g = -12}, {region = "x", g = nil}},
                        {"region", "g"})
  local text = t:plot_text{width = 20, title = "增速"}
  local lines = {}
  for l in text:gmatch("[^\n]+") do lines[#lines + 1] = l end
  T.eq(lines[1], "增速")
  -- labels padded to the same display width, the zero line at the same column
  local axis = {}
  for i = 2, 3 do
    local before = lines[i]:match("^(.-)│")
    axis[i] = tally.width(before)
  end
  T.eq(axis[2], axis[3])
  T.ok(lines[2]:find("119.7", 1, true) and lines[3]:find("-12", 1, true))
  T.ok(lines[4]:find("(none)", 1, true))
  -- the longest bar spans the width: 119.7 / (119.7 + 12) of 20 columns
  local bar = lines[2]:match("│([█▏▎▍▌▋▊▉]+)")
  T.near(tally.width(bar), 20 * 119.7 / 131.7, 0.1)
  T.raises(function() tally.table({{a = "x"}}):plot_text() end, "no column of numbers")
  T.raises(function() t:plot_text{value = "region"} end, "holds string")
end)

T.test("errors name the method and the column", function()
  T.raises(function() tally.table(5) end, "rows must be an array")
  T.raises(function() tally.table({1}) end, "row 1 is a number")
  T.raises(function() rows():sort("nope") end, "sort: no column 'nope' (columns: region, kind, value, year)")
  T.raises(function() rows():pivot("region", "x", "value") end, "pivot: no column 'x'")
end)

T.done()
