--[[[
Output formats for tally.table: tally.formats[name](t, columns, opts)
returns the text of the whole table. Add a format by adding a function.

- table: columns aligned by display width (tally.width, so Chinese text
  lines up), numbers right-aligned (opts.align = {col = "right" | "left"}
  overrides), long cells cut to opts.max_width columns (default 48; 0 keeps
  them whole; a cut keeps the end of right-aligned cells), line breaks
  shown as spaces. Only ASCII
  is used for rules: box-drawing characters are "ambiguous width" and take
  two columns in many CJK terminals.
- csv: RFC 4180: a header row, CRLF line ends, fields with a comma, quote,
  CR or LF quoted and quotes doubled.
- json: an array of objects, keys in column order, missing values null.
- jsonl: one such object per line.
- md: a GitHub Markdown table; | escaped, line breaks as <br>.
- excel: csv with a UTF-8 byte order mark first (Excel reads a CSV without
  one in the machine's code page); `--bom` adds the mark to csv as well.
- sqlite: not text but a table in a database (tally.sqlite_rows gives its
  typed cells); t:print() puts it in the --output database, t:write in the
  file named.

In every format but json/jsonl (and sqlite, where a list is JSON text) a
cell that holds a list of plain values is written as the values joined by
"; ", a list of span records (a measure's figures) as their texts joined
the same way, and any other table as its JSON text.
]]
local tally = ...

local function number_text(v)
  if math.type(v) == "integer" then return string.format("%d", v) end
  return tally.json.number(v) or tostring(v)
end

local function is_plain_list(t)
  local n = #t
  for k, v in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 or k > n then return false end
    local tv = type(v)
    if tv ~= "string" and tv ~= "number" and tv ~= "boolean" then return false end
  end
  return true
end

-- A list of span records (a measure's figures): each has its text.
local function is_span_list(t)
  local n = #t
  if n == 0 then return false end
  for k, v in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 or k > n then return false end
    if type(v) ~= "table" or type(v.text) ~= "string" then return false end
  end
  return true
end

--- tally.cell_text(v): a cell's value as text (numbers in their shortest
--- exact form, lists joined by "; ").
function tally.cell_text(v)
  local tv = type(v)
  if tv == "nil" then return "" end
  if tv == "string" then return v end
  if tv == "number" then return number_text(v) end
  if tv == "table" and not tally.is_table(v) then
    if is_plain_list(v) or is_span_list(v) then
      local parts = {}
      for i, x in ipairs(v) do parts[i] = type(x) == "table" and x.text or tally.cell_text(x) end
      return table.concat(parts, "; ")
    end
    return tally.json.encode(v)
  end
  return tostring(v)
end

local formats = {}

-- Cuts s to at most max display columns, marking the cut with "...";
-- from_left keeps the end of the text (for right-aligned cells).
local function clip(s, max, from_left)
  if max <= 0 then return s end
  return tally.clip(s, max, "...", from_left and "end" or "start")
end

local function numeric_column(rows, col)
  local any = false
  for _, row in ipairs(rows) do
    local v = row[col]
    if v ~= nil then
      if type(v) ~= "number" then return false end
      any = true
    end
  end
  return any
end

-- numeric_column of each of these columns (those not in skip), in one pass
-- over the rows: rows that are made when read (a view) are made once
local function numeric_columns(rows, columns, skip)
  local numeric, open, left = {}, {}, 0
  for j, col in ipairs(columns) do
    if not skip[j] then open[j], left = col, left + 1 end
  end
  local any = {}
  for _, row in ipairs(rows) do
    if left == 0 then break end
    for j, col in pairs(open) do
      local v = row[col]
      if v ~= nil then
        if type(v) ~= "number" then open[j], left = nil, left - 1 else any[j] = true end
      end
    end
  end
  for j in pairs(open) do numeric[j] = any[j] or false end
  return numeric
end

-- The cells of a row as the aligned table shows them.
local function table_cells(row, columns, max, right)
  local cells = {}
  for j, col in ipairs(columns) do
    local s = tally.cell_text(row[col]):gsub("[\r\n\t]", " "):gsub("%c", "")
    cells[j] = clip(s, max, right[j])
  end
  return cells
end

-- Whether the C grid can make this table: column names that are strings,
-- a whole number for the width, and tally.cell_text this library's own (a
-- script that replaced it gets its cells made by it, in Lua).
local builtin_cell_text = tally.cell_text
local function grid_can_write(columns, max)
  if not tally._table_grid or tally.cell_text ~= builtin_cell_text or tally.clip == nil
     or math.type(max) ~= "integer" then
    return false
  end
  for _, c in ipairs(columns) do
    if type(c) ~= "string" then return false end
  end
  return true
end

-- opts.write (a function of a piece of text): the table is written in
-- pieces instead of returned, its cells made twice (once for the widths)
-- rather than all held, so a long table costs a line of memory, not all.
function formats.table(rows, columns, opts)
  if #columns == 0 then
    if opts.write then return opts.write("(empty table)\n") end
    return "(empty table)\n"
  end
  local max = opts.max_width or 48
  local grid, widths, right = {}, {}, {}
  local align = opts.align or {}
  local given = {}
  for j, col in ipairs(columns) do
    widths[j] = tally.width(col)
    if align[col] then given[j], right[j] = true, align[col] == "right" end
  end
  local numeric = numeric_columns(rows, columns, given)
  for j in ipairs(columns) do
    if not given[j] then right[j] = numeric[j] or false end
  end
  if grid_can_write(columns, max) then
    -- the cells made and lined up in C (core/table_text.c), the same text
    local grid = tally._table_grid(columns, right)
    if opts.write then
      -- written as made: the widths from a first pass, no cell held
      grid:add_rows(rows, max, tally.cell_text, "widths")
      grid:write_rows(rows, max, tally.cell_text, opts.write)
      return
    end
    grid:add_rows(rows, max, tally.cell_text)
    local pos, parts = 0, {}
    repeat
      local text
      text, pos = grid:chunk(pos)
      if opts.write then opts.write(text) else parts[#parts + 1] = text end
    until pos < 0
    if not opts.write then return table.concat(parts) end
    return
  end
  for i, row in ipairs(rows) do
    local cells = table_cells(row, columns, max, right)
    for j, s in ipairs(cells) do
      local w = tally.width(s)
      if w > widths[j] then widths[j] = w end
    end
    if not opts.write then grid[i] = cells end
  end
  local function line(cells)
    local parts = {}
    for j, s in ipairs(cells) do
      local pad = string.rep(" ", widths[j] - tally.width(s))
      if right[j] then parts[j] = pad .. s else parts[j] = s .. pad end
    end
    return (table.concat(parts, "  "):gsub("%s+$", "")) .. "\n"
  end
  local rules = {}
  for j = 1, #columns do rules[j] = string.rep("-", widths[j]) end
  if opts.write then
    opts.write(line(columns))
    opts.write(table.concat(rules, "  ") .. "\n")
    for _, row in ipairs(rows) do opts.write(line(table_cells(row, columns, max, right))) end
    return
  end
  local out = {line(columns)}
  out[2] = table.concat(rules, "  ") .. "\n"
  for i = 1, #grid do out[#out + 1] = line(grid[i]) end
  return table.concat(out)
end

--- The formats (this library's own) that read a table's rows one at a time
--- when given opts.write, so tally.print_rows can hand them a view of rows
--- instead of a table; a format a script puts in their place gets a table.
tally._view_formats = setmetatable({[formats.table] = true}, {__mode = "k"})

local function csv_field(v)
  if type(v) == "number" then return number_text(v) end
  local s = tally.cell_text(v)
  if s:find('[,"\r\n]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

function formats.csv(rows, columns)
  local out = {}
  local head = {}
  for j, col in ipairs(columns) do head[j] = csv_field(col) end
  out[1] = table.concat(head, ",") .. "\r\n"
  for _, row in ipairs(rows) do
    local cells = {}
    for j, col in ipairs(columns) do cells[j] = csv_field(row[col]) end
    out[#out + 1] = table.concat(cells, ",") .. "\r\n"
  end
  return table.concat(out)
end

local function json_row(row, columns)
  local parts = {}
  for j, col in ipairs(columns) do
    parts[j] = tally.json.encode(col) .. ":" .. tally.json.encode(row[col])
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

function formats.json(rows, columns)
  if #rows == 0 then return "[]\n" end
  local out = {}
  for i, row in ipairs(rows) do out[i] = json_row(row, columns) end
  return "[\n" .. table.concat(out, ",\n") .. "\n]\n"
end

function formats.jsonl(rows, columns, opts)
  if opts and opts.write then
    for _, row in ipairs(rows) do opts.write(json_row(row, columns) .. "\n") end
    return
  end
  local out = {}
  for i, row in ipairs(rows) do out[i] = json_row(row, columns) .. "\n" end
  return table.concat(out)
end

tally._view_formats[formats.jsonl] = true

local function md_cell(v)
  local s = tally.cell_text(v)
  s = s:gsub("\\", "\\\\"):gsub("|", "\\|"):gsub("\r\n", "<br>"):gsub("[\r\n]", "<br>")
  return s
end

function formats.md(rows, columns)
  if #columns == 0 then return "" end
  local head, rule = {}, {}
  for j, col in ipairs(columns) do
    head[j] = md_cell(col)
    rule[j] = numeric_column(rows, col) and "---:" or "---"
  end
  local out = {"| " .. table.concat(head, " | ") .. " |\n", "| " .. table.concat(rule, " | ") .. " |\n"}
  for _, row in ipairs(rows) do
    local cells = {}
    for j, col in ipairs(columns) do cells[j] = md_cell(row[col]) end
    out[#out + 1] = "| " .. table.concat(cells, " | ") .. " |\n"
  end
  return table.concat(out)
end

-- excel: RFC 4180 csv; the byte order mark is added where the output
-- starts (tally.bom_text), once per file, not once per table
formats.excel = formats.csv

--- The byte order mark that starts a UTF-8 file for Excel.
tally.bom_text = "\239\187\191"

-- SQLite column types by column name: the figure value is REAL even when
-- every value in a result happens to be whole, offsets INTEGER. Other columns
-- are INTEGER when every value is a whole number or a boolean, REAL when
-- every value is a number, else TEXT. A reader extends this table for new
-- record fields.
tally.sqlite_column_types = {
  value = "REAL", value_max = "REAL", start = "INTEGER", stop = "INTEGER",
  ll = "REAL", per10k = "REAL", target_per10k = "REAL", rest_per10k = "REAL",
}

local function sqlite_type(rows, col)
  local fixed = tally.sqlite_column_types[col]
  if fixed then return fixed end
  local all_int, all_num, any = true, true, false
  for _, row in ipairs(rows) do
    local v = row[col]
    if v ~= nil then
      any = true
      if type(v) == "boolean" then
        -- an integer 0/1
      elseif math.type(v) == "integer" then
        -- whole
      elseif type(v) == "number" then
        all_int = false
      else
        return "TEXT"
      end
    end
  end
  if not any then return "TEXT" end
  return all_int and "INTEGER" or (all_num and "REAL")
end

-- A cell as SQLite keeps it: numbers and strings as they are, booleans as
-- 0/1 (SQLite has no boolean type), lists and records as JSON text (which
-- SQLite's and DuckDB's json functions read).
local function sqlite_cell(v)
  local tv = type(v)
  if tv == "number" or tv == "string" or tv == "nil" then return v end
  if tv == "boolean" then return v and 1 or 0 end
  if tv == "table" and not tally.is_table(v) then return tally.json.encode(v) end
  return tally.cell_text(v)
end

--- tally.sqlite_rows(rows, columns): the SQLite types of the columns and the
--- rows as arrays of cells in column order, for tally.sqlite_write.
function tally.sqlite_rows(rows, columns)
  local types = {}
  for j, col in ipairs(columns) do types[j] = sqlite_type(rows, col) end
  local cells = {}
  for i, row in ipairs(rows) do
    local r = {}
    for j, col in ipairs(columns) do r[j] = sqlite_cell(row[col]) end
    cells[i] = r
  end
  return types, cells
end

tally.formats = formats

-- The formats as this library made them: a corpus's workers can write
-- their text only while a script has not put its own in their place.
local builtin = {}
for name, f in pairs(formats) do builtin[name] = f end

--- tally._builtin_format(name): whether tally.formats[name] is still the
--- library's own.
function tally._builtin_format(name)
  return builtin[name] ~= nil and formats[name] == builtin[name] and tally.formats == formats
end

--- tally.row_writer([format,] columns): writes rows to standard output one
--- at a time, in the formats that need no look at the whole table (jsonl,
--- csv: the same text t:print writes, header first); nil for the others.
--- w:write(row) writes one row, w:write_text(s) rows already in the
--- format (w.format, w.columns), w:close() flushes. A corpus-wide table
--- written through it keeps one document's rows at a time, not all.
function tally.row_writer(format, columns)
  if columns == nil then format, columns = nil, format end
  format = format or (tally.options and tally.options.format) or "table"
  if format ~= "jsonl" and not (format == "csv" and not (tally.options and tally.options.bom)) then
    return nil
  end
  local out, f = io.stdout, formats[format]
  local head = format == "csv" and f({}, columns) or ""
  out:write(head)
  return {
    format = format, columns = columns,
    write = function(_, row) out:write(f({row}, columns):sub(#head + 1)) end,
    -- rows already written as text in this format (by a corpus's workers)
    write_text = function(_, text) out:write(text) end,
    close = function() out:flush() end,
  }
end
