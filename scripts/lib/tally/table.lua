--[[[
tally.table: rows of records for comparisons.

A table is an array of records (`t[i]`, `#t`, `ipairs(t)` work as on any
array) with an ordered list of columns and methods that return new tables:
where, select, sort, group(...):agg{...}, pivot, join, add, head. Rows are
shared between a table and the tables made from it by where, sort and head;
select, group, pivot, join and add make new records.

Printing and writing live in format.lua (tally.formats), charts in plot.lua.
]]
local tally = ...

-- tally.Table holds the methods of every table; other files of the module
-- (plot.lua) add theirs to it, whichever of them is loaded first.
local Table = tally.Table or {}
tally.Table = Table
local Table_mt = {__index = Table, __name = "tally.table"}
-- the column order of each table, kept out of the rows so that ipairs and
-- pairs see nothing but them
local columns_of = setmetatable({}, {__mode = "k"})

-- Columns that records from the engine carry, in the order an analyst reads
-- them; a table built from records without a column list puts these first,
-- in this order, then any others alphabetically. Extend it for new records.
tally.table_column_order = {
  "doc", "region", "date", "source", "period", "subject", "kind", "text", "value",
  "value_max", "unit", "approx", "scope", "marker", "ordinal", "headline", "intro",
  "declared", "list", "level", "parent", "sentence", "start", "stop",
}

local function is_table(t)
  return getmetatable(t) == Table_mt
end

local function infer_columns(rows)
  local seen, extra = {}, {}
  for _, row in ipairs(rows) do
    for k in pairs(row) do
      if type(k) == "string" and not seen[k] then
        seen[k] = true
        extra[#extra + 1] = k
      end
    end
  end
  local rank = {}
  for i, name in ipairs(tally.table_column_order) do rank[name] = i end
  table.sort(extra, function(a, b)
    local ra, rb = rank[a], rank[b]
    if ra and rb then return ra < rb end
    if ra or rb then return ra ~= nil end
    return a < b
  end)
  return extra
end

local function new(rows, columns)
  local t = setmetatable(rows, Table_mt)
  columns_of[t] = columns
  return t
end

local function copy_list(list)
  local c = {}
  for i, v in ipairs(list) do c[i] = v end
  return c
end

--- tally.table(rows [, columns]): a table of the records in rows (an array),
--- with the columns in the order given, or inferred from the records.
function tally.table(rows, columns)
  rows = rows or {}
  if type(rows) ~= "table" then
    error("tally.table: rows must be an array of records, not a " .. type(rows), 2)
  end
  if is_table(rows) then return rows end
  local copy = {}
  for i, row in ipairs(rows) do
    if type(row) ~= "table" then
      error(string.format("tally.table: row %d is a %s, not a record", i, type(row)), 2)
    end
    copy[i] = row
  end
  if columns ~= nil and type(columns) ~= "table" then
    error("tally.table: columns must be a list of names", 2)
  end
  return new(copy, columns and copy_list(columns) or infer_columns(copy))
end

tally.is_table = is_table

--- t:columns(): the column names, in order.
function Table:columns()
  return copy_list(columns_of[self])
end

local function has_column(t, name)
  for _, c in ipairs(columns_of[t]) do
    if c == name then return true end
  end
  return false
end

local function check_column(t, name, method, level)
  if type(name) ~= "string" then
    error(string.format("%s: a column name must be a string, not a %s", method, type(name)), level + 1)
  end
  if not has_column(t, name) then
    error(string.format("%s: no column '%s' (columns: %s)", method, name,
                        table.concat(columns_of[t], ", ")), level + 1)
  end
end

-- A predicate from a function of the row, or a table of field = value where
-- value may be a function of the field's value (as doc:figures filters are).
local function predicate(f, method)
  if type(f) == "function" then return f end
  if type(f) ~= "table" then
    error(method .. ": expected a function of the row or a table of field = value", 3)
  end
  return function(row)
    for k, want in pairs(f) do
      local v = row[k]
      if type(want) == "function" then
        if not want(v, row) then return false end
      elseif v ~= want then
        return false
      end
    end
    return true
  end
end

--- t:where(f): the rows for which f(row) is true; f may be a table of
--- field = value (or field = function(value, row)).
function Table:where(f)
  local keep = predicate(f, "where")
  local out = {}
  for _, row in ipairs(self) do
    if keep(row) then out[#out + 1] = row end
  end
  return new(out, copy_list(columns_of[self]))
end

--- t:select(col, ...): a table of these columns only, in this order. A
--- column given as "new=old" is renamed.
function Table:select(...)
  local names = {...}
  if #names == 1 and type(names[1]) == "table" then names = names[1] end
  local pairs_ = {}
  for i, spec in ipairs(names) do
    local new_name, old = tostring(spec):match("^([^=]+)=(.+)$")
    if not new_name then new_name, old = spec, spec end
    check_column(self, old, "select", 2)
    pairs_[i] = {new_name, old}
  end
  local out, cols = {}, {}
  for i, p in ipairs(pairs_) do cols[i] = p[1] end
  for i, row in ipairs(self) do
    local r = {}
    for _, p in ipairs(pairs_) do r[p[1]] = row[p[2]] end
    out[i] = r
  end
  return new(out, cols)
end

-- Values of different types order as: numbers, strings, booleans, others;
-- nil always goes last, whichever the direction.
local type_rank = {number = 1, string = 2, boolean = 3}

local function less(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return (type_rank[ta] or 4) < (type_rank[tb] or 4) end
  if ta == "number" or ta == "string" then return a < b end
  if ta == "boolean" then return (not a) and b end
  return tostring(a) < tostring(b)
end

--- t:sort(col [, desc]): rows ordered by a column (or a list of columns, or
--- a function(a, b) like table.sort's); stable; nil values last.
function Table:sort(col, desc)
  if desc == "desc" then desc = true elseif desc == "asc" then desc = false end
  local before
  if type(col) == "function" then
    before = col
  else
    local keys = type(col) == "table" and col or {col}
    for _, k in ipairs(keys) do check_column(self, k, "sort", 2) end
    before = function(a, b)
      for _, k in ipairs(keys) do
        local va, vb = a[k], b[k]
        if va == nil and vb ~= nil then return false end
        if vb == nil and va ~= nil then return true end
        if va ~= nil and va ~= vb then
          if desc then return less(vb, va) end
          return less(va, vb)
        end
      end
      return false
    end
  end
  local idx = {}
  for i = 1, #self do idx[i] = i end
  -- table.sort is not stable: ties fall back to the original position
  table.sort(idx, function(i, j)
    local a, b = self[i], self[j]
    if before(a, b) then return true end
    if before(b, a) then return false end
    return i < j
  end)
  local out = {}
  for k, i in ipairs(idx) do out[k] = self[i] end
  return new(out, copy_list(columns_of[self]))
end

--- t:head(n): the first n rows.
function Table:head(n)
  n = math.tointeger(n) or error("head: n must be a whole number", 2)
  local out = {}
  for i = 1, math.min(n, #self) do out[i] = self[i] end
  return new(out, copy_list(columns_of[self]))
end

--- t:add(col, f): a table with one more column whose value is f(row).
function Table:add(col, f)
  if type(col) ~= "string" or type(f) ~= "function" then
    error("add: expected a column name and a function of the row", 2)
  end
  local out = {}
  for i, row in ipairs(self) do
    local r = {}
    for k, v in pairs(row) do r[k] = v end
    r[col] = f(row)
    out[i] = r
  end
  local cols = copy_list(columns_of[self])
  if not has_column(self, col) then cols[#cols + 1] = col end
  return new(out, cols)
end

-- Aggregate functions over the values of one column in a group (nils left
-- out). A reader can add one here; it receives the values and the rows.
local function numbers(values, name, col)
  for _, v in ipairs(values) do
    if type(v) ~= "number" then
      error(string.format("agg: %s of column '%s' needs numbers, found %s '%s'",
                          name, col, type(v), tostring(v)), 0)
    end
  end
  return values
end

tally.aggregates = {
  count = function(values, rows, col)
    if col then return #values end
    return #rows
  end,
  sum = function(values, _, col)
    local s = 0
    for _, v in ipairs(numbers(values, "sum", col)) do s = s + v end
    return s
  end,
  mean = function(values, _, col)
    if #values == 0 then return nil end
    local s = 0
    for _, v in ipairs(numbers(values, "mean", col)) do s = s + v end
    return s / #values
  end,
  min = function(values)
    local m
    for _, v in ipairs(values) do
      if m == nil or less(v, m) then m = v end
    end
    return m
  end,
  max = function(values)
    local m
    for _, v in ipairs(values) do
      if m == nil or less(m, v) then m = v end
    end
    return m
  end,
  first = function(values) return values[1] end,
  list = function(values) return values end,
  distinct = function(values)
    local seen, out = {}, {}
    for _, v in ipairs(values) do
      if not seen[v] then
        seen[v] = true
        out[#out + 1] = v
      end
    end
    return out
  end,
}

-- The key a group is known by: the values of its columns, typed, so that 1
-- and "1" stay apart.
local function group_key(row, cols)
  local parts = {}
  for i, c in ipairs(cols) do
    local v = row[c]
    parts[i] = type(v) .. ":" .. tostring(v)
  end
  return table.concat(parts, "\0")
end

local Grouping = {}
local Grouping_mt = {__index = Grouping, __name = "tally.grouping"}

--- t:group(col, ...): rows grouped by the values of these columns, in the
--- order each group first appears; finish with :agg{...}.
function Table:group(...)
  local cols = {...}
  if #cols == 1 and type(cols[1]) == "table" then cols = cols[1] end
  for _, c in ipairs(cols) do check_column(self, c, "group", 2) end
  local groups, by_key = {}, {}
  for _, row in ipairs(self) do
    local k = group_key(row, cols)
    local g = by_key[k]
    if not g then
      g = {first = row, rows = {}}
      by_key[k] = g
      groups[#groups + 1] = g
    end
    g.rows[#g.rows + 1] = row
  end
  return setmetatable({table = self, cols = cols, groups = groups}, Grouping_mt)
end

-- The aggregates of a spec as {name, fn, col} in output order: the hash form
-- {name = {fn, col}} (names in alphabetical order), or a list of
-- {name, fn, col} entries kept in the order given.
local function agg_entries(spec)
  local entries = {}
  for i, e in ipairs(spec) do
    if type(e) ~= "table" or type(e[1]) ~= "string" then
      error(string.format("agg: entry %d must be {name, fn [, col]}", i), 3)
    end
    entries[#entries + 1] = {e[1], e[2], e[3]}
  end
  local names = {}
  for k in pairs(spec) do
    if type(k) == "string" then names[#names + 1] = k end
  end
  table.sort(names)
  for _, name in ipairs(names) do
    local e = spec[name]
    if type(e) == "table" then
      entries[#entries + 1] = {name, e[1], e[2]}
    else
      entries[#entries + 1] = {name, e}
    end
  end
  return entries
end

--- g:agg{name = {fn, col}, ...}: one row per group with the group columns
--- and each named result; fn is count, sum, min, max, mean, first, list,
--- distinct, or a function of the group's rows.
function Grouping:agg(spec)
  if type(spec) ~= "table" then error("agg: expected a table {name = {fn, col}, ...}", 2) end
  local entries = agg_entries(spec)
  for _, e in ipairs(entries) do
    local fn, col = e[2], e[3]
    if type(fn) == "string" then
      if not tally.aggregates[fn] then
        local known = {}
        for k in pairs(tally.aggregates) do known[#known + 1] = k end
        table.sort(known)
        error(string.format("agg: unknown function '%s' for '%s' (%s, or a function of the rows)",
                            fn, e[1], table.concat(known, ", ")), 2)
      end
      if col ~= nil then check_column(self.table, col, "agg", 2) end
      if col == nil and fn ~= "count" then
        error(string.format("agg: '%s' needs a column: {\"%s\", column}", e[1], fn), 2)
      end
    elseif type(fn) ~= "function" then
      error(string.format("agg: '%s' must be {fn, column} or a function of the rows", e[1]), 2)
    end
  end
  local out, cols = {}, copy_list(self.cols)
  for _, e in ipairs(entries) do cols[#cols + 1] = e[1] end
  for i, g in ipairs(self.groups) do
    local r = {}
    for _, c in ipairs(self.cols) do r[c] = g.first[c] end
    for _, e in ipairs(entries) do
      local name, fn, col = e[1], e[2], e[3]
      if type(fn) == "function" then
        r[name] = fn(new(copy_list(g.rows), copy_list(columns_of[self.table])))
      else
        local values = {}
        if col then
          for _, row in ipairs(g.rows) do
            if row[col] ~= nil then values[#values + 1] = row[col] end
          end
        end
        local ok, v = pcall(tally.aggregates[fn], values, g.rows, col)
        if not ok then error(v, 2) end
        r[name] = v
      end
    end
    out[i] = r
  end
  return new(out, cols)
end

--- t:pivot(row, col, value [, fn]): one row per value of `row`, one column
--- per value of `col` (in order of appearance), cells from `value`; where
--- several rows meet in a cell fn combines them (default "first").
function Table:pivot(rowcol, colcol, valcol, fn)
  check_column(self, rowcol, "pivot", 2)
  check_column(self, colcol, "pivot", 2)
  check_column(self, valcol, "pivot", 2)
  fn = fn or "first"
  local agg = type(fn) == "function" and fn or tally.aggregates[fn]
  if not agg then error(string.format("pivot: unknown function '%s'", tostring(fn)), 2) end
  local cols, col_seen = {rowcol}, {}
  local out, by_row, cells = {}, {}, {}
  for _, row in ipairs(self) do
    local c = row[colcol]
    if c ~= nil then
      c = tally.cell_text(c)
      if not col_seen[c] then
        col_seen[c] = true
        cols[#cols + 1] = c
      end
      local rk = type(row[rowcol]) .. ":" .. tostring(row[rowcol])
      local r = by_row[rk]
      if not r then
        r = {[rowcol] = row[rowcol]}
        by_row[rk] = r
        out[#out + 1] = r
        cells[r] = {}
      end
      local cell = cells[r][c]
      if not cell then
        cell = {values = {}, rows = {}}
        cells[r][c] = cell
      end
      if row[valcol] ~= nil then cell.values[#cell.values + 1] = row[valcol] end
      cell.rows[#cell.rows + 1] = row
    end
  end
  for _, r in ipairs(out) do
    for c, cell in pairs(cells[r]) do
      local ok, v = pcall(agg, cell.values, cell.rows, valcol)
      if not ok then error(v, 2) end
      r[c] = v
    end
  end
  return new(out, cols)
end

--- t:join(other, key [, {how = "inner" | "left"}]): rows of t matched with
--- the rows of other that have the same key (a column or a list of columns
--- in both). Columns of other that t has already get the suffix "_2".
function Table:join(other, key, opts)
  if not is_table(other) then error("join: the other table must be a tally.table", 2) end
  local keys = type(key) == "table" and key or {key}
  for _, k in ipairs(keys) do
    check_column(self, k, "join", 2)
    check_column(other, k, "join", 2)
  end
  local how = opts and opts.how or "inner"
  if how ~= "inner" and how ~= "left" then
    error("join: how must be \"inner\" or \"left\", not '" .. tostring(how) .. "'", 2)
  end
  local is_key = {}
  for _, k in ipairs(keys) do is_key[k] = true end
  local cols, rename = copy_list(columns_of[self]), {}
  for _, c in ipairs(columns_of[other]) do
    if not is_key[c] then
      local name = c
      if has_column(self, c) then name = c .. "_2" end
      rename[c] = name
      cols[#cols + 1] = name
    end
  end
  local index = {}
  for _, row in ipairs(other) do
    local k = group_key(row, keys)
    index[k] = index[k] or {}
    table.insert(index[k], row)
  end
  local out = {}
  for _, row in ipairs(self) do
    local matches = index[group_key(row, keys)]
    if matches or how == "left" then
      for _, m in ipairs(matches or {{}}) do
        local r = {}
        for k, v in pairs(row) do r[k] = v end
        for c, name in pairs(rename) do r[name] = m[c] end
        out[#out + 1] = r
      end
    end
  end
  return new(out, cols)
end

local function known_formats()
  local known = {}
  for k in pairs(tally.formats) do known[#known + 1] = k end
  known[#known + 1] = "sqlite"
  table.sort(known)
  return table.concat(known, ", ")
end

local function check_format(format, level)
  if format ~= "sqlite" and not tally.formats[format] then
    error(string.format("no output format '%s' (%s)", tostring(format), known_formats()), level + 1)
  end
end

-- The name of a result's table in a database: opts.table, --table, else the
-- script's name (figures.lua → figures), else "result" (-e, the REPL).
local function table_name(opts)
  local name = opts.table or (tally.options and tally.options.table)
  if name then return name end
  local script = rawget(_G, "SCRIPT_FILE")
  if type(script) == "string" then
    return (script:match("([^/]+)$"):gsub("%.lua$", ""))
  end
  return "result"
end

-- Whether standard output still needs the byte order mark (--bom, excel):
-- once per run, before the first table.
local bom_written = false

--- t:print([{format=, max_width=, table=}]): writes the table to standard
--- output as an aligned table, csv, excel, json, jsonl or md (default:
--- --format, else table); with sqlite, into the --output database as table
--- opts.table (default --table, else the script's name).
function Table:print(opts)
  opts = opts or {}
  local format = opts.format or (tally.options and tally.options.format) or "table"
  check_format(format, 2)
  return self:_print_as(format, opts)
end

--- tally.print_rows(rows, columns [, opts]): prints rows as
--- tally.table(rows, columns):print(opts) does, the same bytes. rows is an
--- array of records, or a view of one: anything whose rows[i] gives row i
--- (made when it is read) and #rows their number. The aligned table and
--- jsonl read each row as they write it (the aligned table twice, once for
--- the widths and once to write it), so a long result that a view makes
--- row by row is never held whole; other formats make the table first.
function tally.print_rows(rows, columns, opts)
  opts = opts or {}
  local format = opts.format or (tally.options and tally.options.format) or "table"
  check_format(format, 2)
  if type(columns) ~= "table" then error("tally.print_rows: columns must be a list of names", 2) end
  if (format == "table" or format == "jsonl") and tally._view_formats[tally.formats[format]] then
    return Table._print_as(rows, format, opts, copy_list(columns))
  end
  local list = {}
  for i = 1, #rows do list[i] = rows[i] end
  return tally.table(list, columns):_print_as(format, opts)
end

-- t:print in the format given (checked); self is a table, or (with its
-- columns given) a view of rows for the table and jsonl formats.
function Table:_print_as(format, opts, columns)
  columns = columns or columns_of[self]
  if format == "sqlite" then
    local types, cells = tally.sqlite_rows(self, columns_of[self])
    tally.output_table(table_name(opts), columns_of[self], types, cells)
    return
  end
  if format == "table" or format == "jsonl" then
    -- written a line at a time: a long table is never one string as well
    local out = io.stdout
    local o = setmetatable({write = function(s) out:write(s) end}, {__index = opts})
    -- (a format a script put in its place may return its text instead)
    local text = tally.formats[format](self, columns, o)
    if text then out:write(text) end
    out:flush()
    return
  end
  local text = self:format(format, opts)
  if (format == "excel" or (format == "csv" and tally.options and tally.options.bom)) and
     not bom_written then
    text = tally.bom_text .. text
    bom_written = true
  end
  io.stdout:write(text)
  io.stdout:flush()
end

--- t:format([format [, opts]]): the text t:print writes.
function Table:format(format, opts)
  format = format or (tally.options and tally.options.format) or "table"
  if format == "sqlite" then
    error("format: sqlite is a database, not text: use t:write(\"x.sqlite\") or --output x.sqlite", 2)
  end
  check_format(format, 2)
  return tally.formats[format](self, columns_of[self], opts or {})
end

--- t:write(path [, format | {format=, table=, bom=}]): writes the table to
--- a file, whole or not at all. The format is the one given, else the
--- file's extension (.csv, .json, .jsonl, .md, .txt, .sqlite, .db; another
--- extension is an error), else --format. A database gets the table as
--- opts.table (default the script's name), beside the tables it has.
function Table:write(path, opts)
  if type(path) ~= "string" then error("write: expected a file path", 2) end
  if type(opts) == "string" then opts = {format = opts} end
  opts = opts or {}
  if type(opts) ~= "table" then error("write: the second argument is a format or {format=, table=}", 2) end
  local format = opts.format
  if not format then
    local msg
    format, msg = tally.format_of_path(path)
    -- bad usage, as --output x.xlsx is (exit 2), and nothing is written
    if msg then tally.usage_error("write: " .. msg .. "; or name the format: t:write(path, \"csv\")") end
    format = format or (tally.options and tally.options.format) or "table"
  end
  check_format(format, 2)
  if format == "sqlite" then
    local types, cells = tally.sqlite_rows(self, columns_of[self])
    tally.sqlite_write(path, table_name(opts), columns_of[self], types, cells)
    return path
  end
  local text = self:format(format, opts)
  if format == "excel" or (format == "csv" and (opts.bom or (tally.options and tally.options.bom))) then
    text = tally.bom_text .. text
  end
  tally.write_file(path, text)
  return path
end

Table_mt.__tostring = function(t) return t:format("table") end
