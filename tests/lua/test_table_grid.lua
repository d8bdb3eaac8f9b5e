-- The aligned table made in C (tally._table_grid, core/table_text.c) is
-- byte for byte the one format.lua's Lua code makes: every table is
-- printed both ways (the Lua way by putting a tally.cell_text of our own in
-- place, which the C path leaves to Lua) and compared.
local T = require "check"

local builtin = tally.cell_text
local function both(t, opts)
  local c = t:format("table", opts)
  tally.cell_text = function(v) return builtin(v) end
  local ok, lua = pcall(t.format, t, "table", opts)
  tally.cell_text = builtin
  assert(ok, lua)
  return c, lua
end

local function same(t, opts, what)
  local c, lua = both(t, opts)
  T.eq(c, lua, what)
  return c
end

T.test("mixed cells: text, numbers, booleans, lists, nil", function()
  local t = tally.table({
    {a = "x\ty\r\nz", b = 1.5, c = true, d = {1, 2, "三"}},
    {a = "控制\1字符\127", b = 2, c = false, d = {k = "v"}},
    {a = nil, b = -3e300, c = nil, d = {{text = "甲"}, {text = "乙"}}},
    {a = "尾部空格   ", b = 0 / 0 ~= 0 / 0 and 1 / 0 or 0, e = "e"},
  }, {"a", "b", "c", "d", "e"})
  local out = same(t, nil, "mixed")
  T.ok(out:find("x y  z", 1, true), out)
  T.ok(not out:find("\1", 1, true) and not out:find("\127", 1, true), "control characters dropped")
  for line in out:gmatch("[^\n]*\n") do T.ok(not line:find("[ \t]\n$"), "trailing spaces: " .. line) end
end)

T.test("long cells cut, at the end of right-aligned ones", function()
  local long = string.rep("很长的中文", 20) .. "abc"
  local t = tally.table({{s = long, n = 123456789012345, r = long}, {s = "短", n = 1.25, r = "x"}},
                        {"s", "n", "r"})
  same(t, nil, "default width")
  same(t, {max_width = 10}, "width 10")
  same(t, {max_width = 2}, "width 2 (less than the mark)")
  same(t, {max_width = 0}, "whole")
  local out = same(t, {align = {r = "right", n = "left"}}, "align")
  T.ok(out:find("...", 1, true), "a cut is marked")
end)

T.test("empty and one-column tables, a header wider than its cells", function()
  same(tally.table({}, {"甲乙丙丁"}), nil, "no rows")
  same(tally.table({{x = 1}}, {"a_very_long_column_name", "x"}), nil, "wide header")
  T.eq(tally.table({}, {}):format("table"), "(empty table)\n")
end)

T.test("a corpus comparison's table, printed a line at a time", function()
  local files = {}
  for _, p in ipairs(tally.corpus("corpus/sample/*.txt"):paths()) do files[#files + 1] = p end
  local t = tally.compare.figures(tally.corpus(files), {min_groups = 1})
  T.ok(#t > 100, "rows: " .. #t)
  local c, lua = both(t)
  T.eq(c, lua, "compare table")
  -- t:print writes it in pieces: the same text
  local pieces = {}
  tally.formats.table(t, t:columns(), {write = function(s) pieces[#pieces + 1] = s end})
  T.eq(table.concat(pieces), c, "written in pieces")
end)

-- What t:print (or tally.print_rows) writes to standard output.
local function printed(f)
  local parts, real = {}, io.stdout
  io.stdout = {write = function(self, s) parts[#parts + 1] = s; return self end, flush = function() end}
  local ok, err = pcall(f)
  io.stdout = real
  assert(ok, err)
  return table.concat(parts)
end

T.test("numbers right-aligned: a column of numbers and nils; a string makes it left", function()
  local t = tally.table({{n = 1, m = 2, s = nil}, {n = nil, m = "x", s = nil}, {n = 100, m = 3}},
                        {"n", "m", "s"})
  local out = same(t, nil, "alignment")
  local lines = {}
  for line in out:gmatch("[^\n]*") do lines[#lines + 1] = line end
  T.eq(lines[3], "  1  2", "n on the right, m on the left")
  T.eq(lines[4], "     x")
  T.eq(lines[5], "100  3")
end)

T.test("tally.print_rows of a view: the bytes of the table's print, rows made as read", function()
  local rows = {}
  for i = 1, 2500 do
    rows[i] = {id = i, name = (i % 7 == 0) and nil or ("名" .. string.rep("字", i % 30)),
               v = (i % 5 == 0) and i / 8 or i, flag = i % 3 == 0, note = "a,b\n\"c\"|d"}
  end
  local columns = {"id", "name", "v", "flag", "note"}
  local reads = 0
  local view = setmetatable({}, {
    __len = function() return #rows end,
    __index = function(_, i)
      local r = rows[i]
      if r == nil then return nil end
      reads = reads + 1
      local copy = {}
      for k, x in pairs(r) do copy[k] = x end
      return copy
    end,
  })
  for _, format in ipairs({"table", "jsonl", "csv", "md", "json"}) do
    reads = 0
    local want = printed(function() tally.table(rows, columns):print{format = format} end)
    local got = printed(function() tally.print_rows(view, columns, {format = format}) end)
    T.eq(got, want, format)
    if format == "table" then
      T.ok(reads <= 3 * #rows, "aligned table: rows read " .. reads .. " times")
    elseif format == "jsonl" then
      T.eq(reads, #rows, "jsonl: each row read once")
    end
  end
  -- a format a script puts in place of the library's gets a table
  local builtin_table = tally.formats.table
  tally.formats.table = function(t, cols) return string.format("%s %d %d\n", tostring(tally.is_table(t)), #t, #cols) end
  local out = printed(function() tally.print_rows(view, columns, {format = "table"}) end)
  tally.formats.table = builtin_table
  T.eq(out, "true 2500 5\n", "replaced format")
  T.raises(function() tally.print_rows(view, columns, {format = "nope"}) end, "no output format")
end)

T.done()
