-- tally.pretty(value [, opts]) -> string: a value as an analyst wants to see
-- it in the REPL. Documents are one-line summaries; figure and measure records
-- compact lines; lists of records, corpora and tally.tables aligned tables
-- (by display width, so Chinese columns line up); other tables Lua-like.
-- opts.width: terminal columns to fit (0 or nil: no limit);
-- opts.rows: rows or entries shown before "… N more" (0 or nil: all).
-- Works with whatever the engine offers: a method that is missing (figures,
-- measures, meta) is simply left out of a summary.
local tally = ...

local CELL_MAX = 40       -- widest a table cell grows before it is clipped
local CELL_MIN = 6        -- narrowest a column is squeezed to fit the width
local CELL_READABLE = 10  -- a column squeezed below this makes its table hard to
                          -- read: columns are left out rather than go narrower
local INLINE_DEPTH = 3    -- nesting shown before a table becomes {…}
local ELLIPSIS = "…"

-- Columns of a record table, in the order a reader expects them; other
-- fields follow in alphabetical order. Extend here for new record kinds.
local COLUMN_ORDER = {
  "doc", "name", "region", "date", "source", "title",
  "marker", "ordinal", "level", "list", "parent", "declared", "headline",
  "speaker", "left", "match", "right", "kind", "text", "value", "value_max", "unit", "approx", "scope",
  "subject", "period", "sentence", "start", "stop",
}
local COLUMN_RANK = {}
for i, k in ipairs(COLUMN_ORDER) do COLUMN_RANK[k] = i end

-- Text columns aligned right, so that what follows them lines up (a
-- keyword-in-context table's left context ends where the match begins).
local RIGHT_ALIGNED = { left = true }

-- How a figure's unit is written after its value.
local UNIT_SUFFIX = { ["%"] = "%", pp = "pp" }

local width = tally.width

local function group_digits(n)
  local s = tostring(math.tointeger(n) or n)
  local sign, int, rest = s:match("^(-?)(%d+)(.*)$")
  if not int then return s end
  int = int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return sign .. int .. rest
end

-- Numbers as a reader writes them: 36176400, not 3.61764e+07 or 36176400.0.
local function number_text(n)
  if math.type(n) == "integer" then return tostring(n) end
  if n ~= n or n == math.huge or n == -math.huge then return tostring(n) end
  if n == math.floor(n) and math.abs(n) < 1e15 then return string.format("%d", n) end
  local s = string.format("%.10g", n)
  return s
end

local ESCAPES = { ["\n"] = "\\n", ["\t"] = "\\t", ["\r"] = "\\r", ['"'] = '\\"', ["\\"] = "\\\\" }

-- A string as a Lua literal's inside: control bytes escaped, and every byte
-- of invalid UTF-8 as \ddd so the terminal never sees it raw.
local function escape(s, quote)
  s = s:gsub(quote and '[%c"\\]' or "%c", function(c)
    return ESCAPES[c] or string.format("\\%03d", c:byte())
  end)
  if not utf8.len(s) then
    s = s:gsub("[\128-\255]", function(c) return string.format("\\%03d", c:byte()) end)
  end
  return s
end

-- s cut to at most w terminal columns, ending in … when cut.
local function clip(s, w)
  if not w or w <= 0 then return s end
  return tally.clip(s, w, ELLIPSIS)
end

local function pad(s, w, right)
  local fill = string.rep(" ", math.max(0, w - width(s)))
  return right and fill .. s or s .. fill
end

local function more_note(shown, total, what)
  return string.format("%s %s more %s (%s in all)", ELLIPSIS, group_digits(total - shown), what,
                       group_digits(total))
end

-- The metatable, when it is one: __metatable may put anything there.
local function meta(v)
  local mt = getmetatable(v)
  return type(mt) == "table" and mt or nil
end

local function class_name(v)
  local mt = meta(v)
  return mt and rawget(mt, "__name") or nil
end

-- tostring that survives a __tostring that raises or returns no string.
local function safe_tostring(v)
  local ok, s = pcall(tostring, v)
  if ok and type(s) == "string" then return s end
  local mt = meta(v)
  local name = mt and rawget(mt, "__name")
  return string.format("<%s: __tostring failed: %s>", type(name) == "string" and name or type(v),
                       tostring(s))
end

local function has_tostring(v)
  local mt = meta(v)
  return mt ~= nil and rawget(mt, "__tostring") ~= nil
end

local function field(v, k)
  local ok, x = pcall(function() return v[k] end)
  if ok then return x end
end

-- The metatable of tally.table objects, when that API exists.
local table_mt
local function is_tally_table(v)
  local cls = class_name(v)
  if cls == "tally.table" or cls == "tally.Table" then return true end
  if table_mt == nil then
    table_mt = false
    if type(tally.table) == "function" then
      local ok, t = pcall(tally.table, {})
      if ok then table_mt = getmetatable(t) or false end
    end
  end
  return table_mt and getmetatable(v) == table_mt
end

---------------------------------------------------------------- records

local function is_plain(t)
  return type(t) == "table" and getmetatable(t) == nil
end

local function is_span(t)
  return is_plain(t) and type(rawget(t, "text")) == "string" and math.type(rawget(t, "start")) ~= nil
     and rawget(t, "stop") ~= nil
end

local function is_figure(t)
  return is_span(t) and rawget(t, "kind") ~= nil and type(rawget(t, "value")) == "number"
end

local function is_measure(t)
  return is_plain(t) and rawget(t, "marker") ~= nil and rawget(t, "headline") ~= nil
end

local APPROX = { about = "~", over = ">", under = "<" }

local function figure_value(f)
  local unit = f.unit or ""
  local v = group_digits(number_text(f.value))
  if f.value_max then v = v .. "–" .. group_digits(number_text(f.value_max)) end
  v = (APPROX[f.approx] or "") .. v
  if UNIT_SUFFIX[unit] then return v .. UNIT_SUFFIX[unit] end
  if unit == ":" then return "1:" .. v end
  return unit ~= "" and (v .. " " .. unit) or v
end

local function figure_line(f, w)
  local parts = { "figure", tostring(f.kind), figure_value(f), '"' .. escape(f.text, true) .. '"' }
  if f.subject and f.subject ~= "" then parts[#parts + 1] = escape(tostring(f.subject)) end
  if f.period then parts[#parts + 1] = "period " .. escape(tostring(f.period)) end
  if f.scope then parts[#parts + 1] = "scope " .. escape(tostring(f.scope)) end
  parts[#parts + 1] = string.format("@%d-%d", f.start, f.stop)
  return clip(table.concat(parts, "  "), w)
end

local function measure_line(m, w)
  local where = {}
  if m.ordinal then where[#where + 1] = "#" .. tostring(m.ordinal) end
  if m.level then where[#where + 1] = "level " .. tostring(m.level) end
  local parts = { "measure", escape(tostring(m.marker)) }
  if #where > 0 then parts[#parts + 1] = "(" .. table.concat(where, ", ") .. ")" end
  parts[#parts + 1] = '"' .. escape(tostring(m.headline), true) .. '"'
  if type(m.figures) == "table" then
    parts[#parts + 1] = #m.figures .. (#m.figures == 1 and " figure" or " figures")
  end
  if m.start and m.stop then parts[#parts + 1] = string.format("@%d-%d", m.start, m.stop) end
  -- the headline is what matters; clip it rather than the position
  local line = table.concat(parts, "  ")
  if w and w > 0 and width(line) > w then
    local rest = width(line) - width(parts[#where > 0 and 4 or 3])
    parts[#where > 0 and 4 or 3] = clip(parts[#where > 0 and 4 or 3], math.max(8, w - rest))
    line = clip(table.concat(parts, "  "), w)
  end
  return line
end

---------------------------------------------------------------- documents

local function doc_facts(d)
  local facts = { name = field(d, "name") }
  local meta = field(d, "meta")
  if type(meta) == "table" then
    facts.region, facts.date, facts.title = meta.region, meta.date, meta.title
    -- the day is what a reader compares; doc.meta.date keeps the time
    if type(facts.date) == "string" then facts.date = facts.date:match("^%d+%-%d+%-%d+") or facts.date end
  end
  local text = field(d, "text")
  if type(text) == "string" then
    facts.bytes = #text
    facts.chars = utf8.len(text) or #text
  end
  for _, m in ipairs { "paragraphs", "figures", "measures" } do
    local fn = field(d, m)
    if type(fn) == "function" then
      local ok, r = pcall(fn, d)
      if ok and type(r) == "table" then facts[m] = #r end
    end
  end
  return facts
end

local function doc_summary(d, w)
  local f = doc_facts(d)
  local parts = { "Doc", f.name and escape(f.name) or "?" }
  if f.region then parts[#parts + 1] = escape(tostring(f.region)) end
  if f.date then parts[#parts + 1] = escape(tostring(f.date)) end
  if f.bytes then
    parts[#parts + 1] = group_digits(f.bytes) .. " bytes"
    parts[#parts + 1] = group_digits(f.chars) .. " chars"
  end
  for _, m in ipairs { "paragraphs", "figures", "measures" } do
    if f[m] then parts[#parts + 1] = group_digits(f[m]) .. " " .. m end
  end
  local line = table.concat(parts, "  ")
  if f.title then
    -- the title takes what room is left, and is left out when that is little
    local room = (w and w > 0) and (w - width(line) - 4) or math.huge
    if room >= 12 then
      line = line .. '  "' .. clip(escape(tostring(f.title), true), room) .. '"'
    end
  end
  return clip(line, w)
end

---------------------------------------------------------------- tables

local function cell_text(v)
  local t = type(v)
  if v == nil then return "", false end
  if t == "number" then return number_text(v), true end
  if t == "string" then return escape(v), false end
  if class_name(v) == "tally.Doc" then return escape(tostring(field(v, "name"))), false end
  if is_span(v) then return escape(v.text), false end
  if t == "table" and getmetatable(v) == nil then
    local n = 0
    for _ in pairs(v) do n = n + 1 end
    return n == 0 and "{}" or ("{" .. n .. (n == 1 and " item}" or " items}")), false
  end
  return escape(safe_tostring(v)), false
end

local function column_names(rows, n)
  local seen, cols = {}, {}
  for i = 1, n do
    local r = rows(i)
    if type(r) == "table" then
      for k in pairs(r) do
        if type(k) == "string" and not seen[k] then
          seen[k] = true
          cols[#cols + 1] = k
        end
      end
    end
  end
  table.sort(cols, function(a, b)
    local ra, rb = COLUMN_RANK[a] or math.huge, COLUMN_RANK[b] or math.huge
    if ra ~= rb then return ra < rb end
    return a < b
  end)
  return cols
end

-- Lines of an aligned table: rows(i) gives row i of total; cols the column
-- names (nil: the union of the shown rows' fields, columns empty in all of
-- them left out).
local function render_table(rows, total, cols, opts)
  local limit = opts.rows or 0
  local shown = (limit > 0 and total > limit) and limit or total
  local drop_empty = cols == nil
  cols = cols or column_names(rows, shown)
  local cells, numeric, widths = {}, {}, {}
  for c, name in ipairs(cols) do
    widths[c] = width(name)
    numeric[c] = true
  end
  local used = {}
  for i = 1, shown do
    local r = rows(i)
    local line = {}
    for c, name in ipairs(cols) do
      local v = type(r) == "table" and r[name] or nil
      local s, isnum = cell_text(v)
      if v ~= nil then
        used[c] = true
        numeric[c] = numeric[c] and isnum
      end
      -- a number is never cut: 4860300000… would read as another number
      if not isnum then s = clip(s, CELL_MAX) end
      line[c] = s
      widths[c] = math.max(widths[c], width(s))
    end
    cells[i] = line
  end
  local keep = {}
  for c = 1, #cols do
    if used[c] or not drop_empty then keep[#keep + 1] = c end
  end
  -- squeeze the widest columns until the table fits the terminal
  local total_w = function()
    local s = 2 * math.max(0, #keep - 1)
    for _, c in ipairs(keep) do s = s + widths[c] end
    return s
  end
  local fit = opts.width or 0
  -- too many columns to read even when squeezed: the last ones (the usual
  -- order puts positions last) are left out, and the note names them
  local dropped = {}
  local function squeezed_w()
    local s = 2 * math.max(0, #keep - 1)
    for _, c in ipairs(keep) do
      s = s + ((numeric[c] and used[c]) and widths[c] or math.min(widths[c], CELL_READABLE))
    end
    return s
  end
  while fit > 0 and #keep > 1 and squeezed_w() > fit do
    table.insert(dropped, 1, cols[table.remove(keep)])
  end
  while fit > 0 and total_w() > fit do
    local wide
    for _, c in ipairs(keep) do
      -- numeric columns keep their width: only text is squeezed
      if not (numeric[c] and used[c]) and (not wide or widths[c] > widths[wide]) then wide = c end
    end
    if not wide or widths[wide] <= CELL_MIN then break end
    widths[wide] = widths[wide] - 1
  end
  local out = {}
  local function emit(values, is_header)
    local parts = {}
    for j, c in ipairs(keep) do
      local s = clip(values[c], widths[c])
      if j == #keep and not (numeric[c] and not is_header) then
        parts[j] = s -- no trailing blanks
      else
        parts[j] = pad(s, widths[c], (numeric[c] or RIGHT_ALIGNED[cols[c]]) and not is_header)
      end
    end
    out[#out + 1] = (table.concat(parts, "  "):gsub(" +$", ""))
  end
  emit(cols, true)
  local rule = {}
  for _, c in ipairs(keep) do rule[#rule + 1] = string.rep("-", widths[c]) end
  out[#out + 1] = table.concat(rule, "  ")
  for i = 1, shown do emit(cells[i]) end
  if shown < total then out[#out + 1] = more_note(shown, total, "rows") end
  if #dropped > 0 then
    out[#out + 1] = string.format("(%d more column%s: %s)", #dropped, #dropped == 1 and "" or "s",
                                  table.concat(dropped, ", "))
  end
  return table.concat(out, "\n")
end

-- A plain array whose every element is a plain table with named fields.
local function is_record_list(t)
  if not is_plain(t) then return false end
  local n = #t
  if n == 0 then return false end
  local count = 0
  for k in pairs(t) do
    count = count + 1
    if math.type(k) ~= "integer" then return false end
  end
  if count ~= n then return false end
  for i = 1, n do
    local r = t[i]
    if not is_plain(r) then return false end
    local named = false
    for k in pairs(r) do
      if type(k) == "string" then named = true break end
    end
    if not named then return false end
  end
  return true
end

local function render_list(lines, total, opts, line_of)
  local limit = opts.rows or 0
  local shown = (limit > 0 and total > limit) and limit or total
  local out = {}
  for i = 1, shown do out[i] = line_of(lines[i]) end
  if shown < total then out[#out + 1] = more_note(shown, total, "rows") end
  return table.concat(out, "\n")
end

local function all(t, pred)
  for i = 1, #t do
    if not pred(t[i]) then return false end
  end
  return true
end

---------------------------------------------------------------- Lua values

local pretty

local function is_identifier(k)
  return type(k) == "string" and k:match("^[%a_][%w_]*$") ~= nil
end

local function sorted_keys(t, n)
  local keys = {}
  for k in pairs(t) do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then keys[#keys + 1] = k end
  end
  table.sort(keys, function(a, b)
    local ta, tb = type(a), type(b)
    if ta ~= tb then return ta < tb end
    if ta == "number" or ta == "string" then return a < b end
    return safe_tostring(a) < safe_tostring(b)
  end)
  return keys
end

local function scalar(v, opts)
  local t = type(v)
  if t == "string" then
    local s = escape(v, true)
    local limit = (opts.rows or 0) > 0 and (opts.width or 0) > 0 and opts.width * 3 or nil
    if limit and width(s) > limit then
      local cut = clip(s, limit)
      return string.format('"%s" (%s bytes in all)', cut, group_digits(#v))
    end
    return '"' .. s .. '"'
  elseif t == "number" then
    return tostring(v)
  elseif t == "function" then
    local name = type(tally._api_name) == "function" and tally._api_name(v)
    return name and ("function " .. name) or tostring(v)
  end
  return safe_tostring(v)
end

-- A table written as Lua, on one line when it fits, else one entry a line.
local function inspect(v, opts, indent, depth, seen)
  if type(v) ~= "table" or class_name(v) then
    return pretty(v, { width = opts.width, rows = opts.rows, nested = true })
  end
  if seen[v] then return "{<cycle>}" end
  if depth > INLINE_DEPTH then return "{…}" end
  seen[v] = true
  local n = #v
  local keys = sorted_keys(v, n)
  local total = n + #keys
  local limit = opts.rows or 0
  local shown = (limit > 0 and total > limit) and limit or total
  local entries = {}
  for i = 1, math.min(n, shown) do
    entries[#entries + 1] = inspect(v[i], opts, indent .. "  ", depth + 1, seen)
  end
  for i = 1, shown - math.min(n, shown) do
    local k = keys[i]
    local key = is_identifier(k) and k or ("[" .. scalar(k, {}) .. "]")
    entries[#entries + 1] = key .. " = " .. inspect(v[k], opts, indent .. "  ", depth + 1, seen)
  end
  seen[v] = nil
  local note = shown < total and (ELLIPSIS .. " " .. group_digits(total - shown) .. " more") or nil
  if note then entries[#entries + 1] = note end
  if #entries == 0 then return "{}" end
  local one = "{" .. table.concat(entries, ", ") .. "}"
  local fit = (opts.width or 0) > 0 and opts.width - #indent or 100
  if not one:find("\n", 1, true) and width(one) <= fit then return one end
  return "{\n" .. indent .. "  " .. table.concat(entries, ",\n" .. indent .. "  ") .. "\n" .. indent .. "}"
end

local function corpus_table(c, opts)
  local n = #c
  local facts = {}
  local function row(i)
    if not facts[i] then
      local ok, d = pcall(function() return c[i] end)
      facts[i] = ok and d and doc_facts(d) or { name = "(unreadable: " .. tostring(d) .. ")" }
    end
    return facts[i]
  end
  local cols = { "name", "region", "date", "bytes", "chars", "paragraphs", "figures", "measures" }
  local head = string.format("Corpus of %s document%s", group_digits(n), n == 1 and "" or "s")
  if n == 0 then return head end
  -- only the columns some document has
  local limit = (opts.rows or 0) > 0 and math.min(n, opts.rows) or n
  local keep = {}
  for _, k in ipairs(cols) do
    for i = 1, limit do
      if row(i)[k] ~= nil then keep[#keep + 1] = k break end
    end
  end
  return head .. "\n" .. render_table(row, n, keep, opts)
end

local function tally_table(t, opts)
  local n = #t
  local cols = field(t, "columns")
  if type(cols) == "function" then
    local ok, r = pcall(cols, t)
    cols = ok and r or nil
  end
  if type(cols) ~= "table" or #cols == 0 then cols = nil end
  if n == 0 then return "(empty table)" end
  return render_table(function(i) return t[i] end, n, cols, opts)
end

pretty = function(v, opts)
  opts = opts or {}
  local w = opts.width
  local t = type(v)
  local cls = class_name(v)
  if cls == "tally.Doc" then
    local ok, s = pcall(doc_summary, v, w)
    return ok and s or safe_tostring(v)
  elseif cls == "tally.Corpus" then
    return opts.nested and safe_tostring(v) or corpus_table(v, opts)
  elseif cls == "tally.Tokens" then
    -- a token list shows its records, as the table of them it stands for
    if opts.nested then return safe_tostring(v) end
    if #v == 0 then return "(empty table)" end
    return render_table(function(i) return v[i] end, #v, nil, opts)
  elseif (t == "table" or t == "userdata") and is_tally_table(v) then
    return opts.nested and ("tally.table of " .. #v .. " rows") or tally_table(v, opts)
  elseif t ~= "table" then
    if has_tostring(v) then return safe_tostring(v) end
    return scalar(v, opts)
  end
  if has_tostring(v) then return safe_tostring(v) end
  if is_figure(v) then return figure_line(v, w) end
  if is_measure(v) then return measure_line(v, w) end
  if not opts.nested and is_record_list(v) then
    if all(v, is_figure) and (w or 0) > 0 and w < 100 then
      return render_list(v, #v, opts, function(f) return figure_line(f, w) end)
    end
    -- a list of measures reads best as its outline: one line each, nested
    -- lists indented (a table of their dozen fields would be too narrow)
    if all(v, is_measure) then
      return render_list(v, #v, opts, function(m)
        local indent = string.rep("  ", math.max(0, (math.tointeger(m.level) or 1) - 1))
        return indent .. measure_line(m, w and w > 0 and w - #indent or w)
      end)
    end
    return render_table(function(i) return v[i] end, #v, nil, opts)
  end
  return inspect(v, opts, "", 1, {})
end

--- @function tally.pretty(value [, opts])
-- A value as the REPL shows it, as a string. A document is a one-line
-- summary, figure and measure records as compact lines, lists of records, corpora and tally.tables
-- as tables aligned by display width, other tables as Lua. opts.width fits
-- the lines to that many columns; opts.rows shows that many rows or entries,
-- then says how many were left out (0 or nil: all).
-- @return {string}
tally.pretty = function(value, opts)
  if opts ~= nil and type(opts) ~= "table" then
    error("tally.pretty: opts must be a table {width =, rows =}, not a " .. type(opts), 2)
  end
  -- a metamethod of the value's own (__pairs, __len, __index) may raise:
  -- the value is then shown as tostring shows it
  local ok, s = pcall(pretty, value, opts)
  if ok then return s end
  return safe_tostring(value)
end

--- @function tally.print_values(...)
-- Prints values as `tally -e` shows what its code returns: strings, numbers
-- and booleans as print does, tables, records, documents and corpora as the
-- REPL shows them (tally.pretty, every row, no width limit), side by side
-- when each fits one line, else one under the other. A tally.table returned
-- alone with --format (or --output's extension) is written in that format,
-- as t:print() does: `tally -e 'docs:figures()' --output f.csv`.
tally.print_values = function(...)
  local n = select("#", ...)
  -- with --format or --output x.csv, a table is output, not a view of it
  local format = tally.options and tally.options.format
  if format and n == 1 and tally.is_table((...)) then
    (...):print()
    return
  end
  local parts, multiline = {}, false
  for i = 1, n do
    local v = select(i, ...)
    local tv = type(v)
    if tv == "table" or tv == "userdata" then
      parts[i] = tally.pretty(v, {width = 0, rows = 0})
    else
      parts[i] = tostring(v)
    end
    multiline = multiline or parts[i]:find("\n") ~= nil
  end
  io.stdout:write(table.concat(parts, multiline and "\n" or "\t"), "\n")
end
