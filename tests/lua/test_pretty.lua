-- tally.pretty (what the REPL prints) and tally.help (its documentation).
local T = require "check"

local P = tally.pretty

local function lines(s)
  local out = {}
  for l in (s .. "\n"):gmatch("(.-)\n") do out[#out + 1] = l end
  return out
end

-- The display column where the n-th two-space-separated cell of a line starts.
local function column_of(line, needle)
  local at = line:find(needle, 1, true)
  return at and tally.width(line:sub(1, at - 1))
end

T.test("scalars and strings", function()
  T.eq(P(nil), "nil")
  T.eq(P(42), "42")
  T.eq(P(true), "true")
  T.eq(P("进出口额"), '"进出口额"')
  T.eq(P('a"b\n\tc\0'), '"a\\"b\\n\\tc\\000"')
  T.eq(P("ok\xffok"), '"ok\\255ok"', "invalid UTF-8 is escaped, never sent raw")
end)

T.test("a long string is cut with its size, only when rows are limited", function()
  local s = string.rep("长", 1000)
  local shown = P(s, {width = 40, rows = 10})
  T.ok(tally.width(shown) < 200, "cut to about three lines")
  T.ok(shown:find("(3,000 bytes in all)", 1, true), shown)
  T.eq(P(s), '"' .. s .. '"', "no limit without rows")
end)

T.test("plain tables print as Lua, one line when they fit", function()
  T.eq(P({}), "{}")
  T.eq(P({1, 2, "三", a = {b = true}}), '{1, 2, "三", a = {b = true}}')
  T.eq(P({["not an identifier"] = 1}), '{["not an identifier"] = 1}')
  local cyc = {}
  cyc.self = cyc
  T.eq(P(cyc), "{self = {<cycle>}}")
  local long = {}
  for i = 1, 50 do long[i] = i end
  local s = P(long, {width = 40, rows = 5})
  T.ok(s:find("… 45 more", 1, true), s)
end)

T.test("a list of records is a table aligned by display width", function()
  local rows = {
    {region = "青海省", value = 14.8, text = "14.8亿元"},
    {region = "新疆维吾尔自治区", value = 1234567, text = "x"},
    {region = "HK", value = -3.2},
  }
  local ls = lines(P(rows, {width = 120}))
  T.eq(#ls, 5, "header, rule, three rows")
  T.ok(ls[1]:match("^region%s+text%s+value$"), ls[1])
  local col = column_of(ls[1], "text")
  for i = 3, 5 do
    local cells = {}
    for c in ls[i]:gmatch("%S+") do cells[#cells + 1] = c end
    if #cells == 3 then T.eq(column_of(ls[i], cells[2]), col, "row " .. i .. " text column") end
  end
  -- numbers are right-aligned: every row ends at the same column
  T.eq(tally.width(ls[3]), tally.width(ls[4]))
  T.eq(tally.width(ls[4]), tally.width(ls[5]))
end)

T.test("long lists are cut with a note saying how many rows were left out", function()
  local rows = {}
  for i = 1, 100 do rows[i] = {text = "第" .. i, start = i, stop = i} end
  local ls = lines(P(rows, {width = 80, rows = 10}))
  T.eq(#ls, 13, "header, rule, ten rows, note")
  T.eq(ls[13], "… 90 more rows (100 in all)")
  T.eq(#lines(P(rows, {width = 80})), 102, "without rows every row shows")
end)

T.test("a table wider than the terminal is squeezed, cells clipped with …", function()
  local rows = {{a = string.rep("甲", 30), b = string.rep("乙", 30), c = string.rep("丙", 30)}}
  for _, l in ipairs(lines(P(rows, {width = 60}))) do
    T.ok(tally.width(l) <= 60, "line of " .. tally.width(l) .. " columns: " .. l)
  end
  T.ok(P(rows, {width = 60}):find("…", 1, true))
end)

local figure = {text = "增长12.5%", start = 50, stop = 60, value = 12.5, unit = "%", kind = "growth",
                subject = "外贸进出口总额", period = "上半年", scope = "同比", sentence = 1}
local money = {text = "14.8亿元", start = 30, stop = 39, value = 1480000000.0, unit = "元",
               kind = "money", approx = "about", subject = "进出口"}

T.test("figure records print as compact lines", function()
  T.eq(P(figure), 'figure  growth  12.5%  "增长12.5%"  外贸进出口总额  period 上半年  scope 同比  @50-60')
  T.eq(P(money), 'figure  money  ~1,480,000,000 元  "14.8亿元"  进出口  @30-39')
  T.eq(P({text = "1:9.7", start = 1, stop = 5, value = 9.7, unit = ":", kind = "ratio"}),
       'figure  ratio  1:9.7  "1:9.7"  @1-5')
end)

T.test("measure records print as compact lines", function()
  local m = {marker = "一是", ordinal = 1, level = 1, headline = "稳外贸", text = "一是稳外贸。",
             start = 70, stop = 87, figures = {figure}}
  T.eq(P(m), 'measure  一是  (#1, level 1)  "稳外贸"  1 figure  @70-87')
end)

T.test("columns that cannot be read squeezed are left out, and named", function()
  local row = {}
  for i = 1, 20 do row[string.format("field%02d", i)] = string.rep("值", 10) end
  local ls = lines(P({row, row}, {width = 80}))
  for i = 1, #ls - 1 do T.ok(tally.width(ls[i]) <= 80, ls[i]) end
  T.ok(ls[#ls]:match("^%(%d+ more columns: .*field20%)$"), ls[#ls])
  T.ok(ls[1]:match("^field01"), ls[1])
end)

T.test("a list of figures is a table with the usual columns first", function()
  local ls = lines(P({figure, money}, {width = 200}))
  T.ok(ls[1]:match("^kind%s+text%s+value%s+unit%s+approx%s+scope%s+subject%s+period%s+sentence%s+start%s+stop$"),
       ls[1])
  T.ok(ls[4]:find("1480000000", 1, true), "table cells keep numbers as Lua reads them")
end)

T.test("a document is a one-line summary", function()
  local d = tally.doc("第一段，全省外贸进出口总额14.8亿元。\n\n第二段。\n", {name = "memo"})
  local s = P(d, {width = 200})
  T.ok(s:match("^Doc  memo  [%d,]+ bytes  [%d,]+ chars  2 paragraphs"), s)
  T.eq(#lines(s), 1)
  if d.figures then T.ok(s:find("%d+ figures"), "figures counted when the build has them: " .. s) end
end)

T.test("a corpus is a table of its documents", function()
  local dir = os.tmpname()
  local f = assert(io.open(dir, "w"))
  f:write("全省外贸进出口总额14.8亿元。\n")
  f:close()
  local s = P(tally.corpus({dir, dir}), {width = 120})
  os.remove(dir)
  local ls = lines(s)
  T.eq(ls[1], "Corpus of 2 documents")
  T.ok(ls[2]:match("^name%s+bytes%s+chars%s+paragraphs"), ls[2])
  T.eq(#ls, 5)
end)

T.test("values whose metamethods fail still print", function()
  T.ok(P(setmetatable({}, {__tostring = function() error("no") end})):find("__tostring failed", 1, true))
  T.ok(P(setmetatable({}, {__pairs = function() error("p") end})):find("^table: "))
  T.ok(P(setmetatable({}, {__metatable = 42})))
  T.raises(function() P(1, 2) end, "opts must be a table")
end)

T.test("a tally.table prints as a table with its columns in order", function()
  if not tally.table then return end -- the tables API is not in this build
  local t = tally.table({{b = 2, a = "一"}, {b = 10, a = "二十"}}, {"b", "a"})
  local ls = lines(P(t, {width = 80}))
  T.ok(ls[1]:match("^b%s+a$"), ls[1])
  T.eq(#ls, 4)
end)

T.test("help finds a function's documentation by identity", function()
  T.eq(tally._api_name(tally.open), "tally.open(path [, opts])")
  T.eq(tally._api_name(getmetatable(tally.doc("x")).__methods.tokens), "Doc:tokens([opts])")
  T.eq(tally._api_name(print), nil)
  local out = {}
  local real = print
  print = function(...) out[#out + 1] = table.concat({...}, "\t") end
  local ok, err = pcall(function()
    tally.help(tally.doc("x").sentences)
    tally.help()
    tally.help("no-such-name")
  end)
  print = real
  T.ok(ok, err)
  T.eq(out[1], "Doc:sentences()")
  local all = table.concat(out, "\n")
  T.ok(all:find("\n  tally%.open%(path %[, opts%]%)%s+Reads and decodes a report%.\n"), "listing")
  T.ok(all:find("nothing in the API is named like 'no-such-name'", 1, true))
  -- every documented module function exists: the generated data is not stale
  for _, e in ipairs(tally._api) do
    local name = e[1]:match("^tally%.([%w_.]+)%(")
    if name then
      local v = tally
      for part in name:gmatch("[^.]+") do v = v and v[part] end
      T.ok(v ~= nil, e[1] .. " is documented but missing")
    end
  end
end)

T.done()
