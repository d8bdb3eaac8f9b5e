--[[[
tally.read(path [, opts]): a tally.table from a CSV, JSON, JSONL or SQLite
file, to join a script's results with outside data (population, a list of
provinces).

The format is opts.format, else the extension (.csv, .tsv, .json, .jsonl,
.ndjson, .sqlite, .sqlite3, .db), else a SQLite file by its header. CSV is
RFC 4180 (quoted fields may hold commas, quotes and line breaks); the first
record names the columns; a UTF-8 byte order mark is dropped, and the text
is decoded as tally decodes reports (GB18030, Big5, UTF-16 …; --encoding or
opts.encoding to say which). A CSV column whose every non-empty field is a
number reads as numbers (unless one has a leading zero, as codes do: 010);
an empty field is nil. JSON is an array of objects, JSONL one object a line;
columns come in the order their keys first appear. A SQLite file gives the
table opts.table, or its only table.
]]
local tally = ...

local function read_error(path, msg)
  error(string.format("tally.read: %s: %s", path, msg), 3)
end

local read_format = {
  csv = "csv", tsv = "tsv", json = "json", jsonl = "jsonl", ndjson = "jsonl",
  sqlite = "sqlite", sqlite3 = "sqlite", db = "sqlite",
}

local function file_text(path, opts)
  local doc, msg = tally.open(path, {encoding = opts.encoding})
  if not doc then read_error(path, msg) end
  return (doc.text:gsub("^\239\187\191", ""))
end

-- Splits RFC 4180 text (records end with CRLF or LF) into records of fields.
local function csv_records(text, sep, path)
  local records, fields, field = {}, {}, {}
  local i, n = 1, #text
  local quoted_field = false
  while i <= n do
    local c = text:sub(i, i)
    if c == '"' and #field == 0 and not quoted_field then
      -- a quoted field: up to the closing quote, "" for a quote
      local j = i + 1
      while true do
        local q = text:find('"', j, true)
        if not q then read_error(path, "a quoted field never ends (record " .. (#records + 1) .. ")") end
        field[#field + 1] = text:sub(j, q - 1)
        if text:sub(q + 1, q + 1) == '"' then
          field[#field + 1] = '"'
          j = q + 2
        else
          i = q + 1
          break
        end
      end
      quoted_field = true
    elseif c == sep then
      fields[#fields + 1] = {table.concat(field), quoted_field}
      field, quoted_field = {}, false
      i = i + 1
    elseif c == "\r" or c == "\n" then
      fields[#fields + 1] = {table.concat(field), quoted_field}
      records[#records + 1] = fields
      fields, field, quoted_field = {}, {}, false
      i = i + ((c == "\r" and text:sub(i + 1, i + 1) == "\n") and 2 or 1)
    else
      local j = text:find("[" .. sep .. "\r\n\"]", i) or n + 1
      if j == i then j = i + 1 end -- a quote inside an unquoted field is kept
      field[#field + 1] = text:sub(i, j - 1)
      i = j
    end
  end
  if #field > 0 or #fields > 0 or quoted_field then
    fields[#fields + 1] = {table.concat(field), quoted_field}
    records[#records + 1] = fields
  end
  return records
end

local function is_number_text(s)
  if not s:match("^%s*[-+]?%d+%.?%d*[eE]?[-+]?%d*%s*$") and not s:match("^%s*[-+]?%.%d+%s*$") then
    return false
  end
  if s:match("^%s*[-+]?0%d") then return false end -- a code, not a number: 010
  return tonumber(s) ~= nil
end

local function read_csv(path, opts, sep)
  local records = csv_records(file_text(path, opts), sep, path)
  if #records == 0 then return tally.table({}, {}) end
  local cols = {}
  for j, f in ipairs(records[1]) do
    local name = f[1]
    if name == "" then name = "column" .. j end
    cols[j] = name
  end
  local numeric = {}
  for j = 1, #cols do numeric[j] = true end
  for r = 2, #records do
    for j, f in ipairs(records[r]) do
      if f[1] ~= "" and (f[2] or not is_number_text(f[1])) then numeric[j] = false end
    end
  end
  local rows = {}
  for r = 2, #records do
    local rec = records[r]
    if not (#rec == 1 and rec[1][1] == "" and not rec[1][2]) then -- a blank line
      local row = {}
      for j, name in ipairs(cols) do
        local f = rec[j]
        if f and f[1] ~= "" then
          row[name] = numeric[j] and (math.tointeger(tonumber(f[1])) or tonumber(f[1])) or f[1]
        end
      end
      rows[#rows + 1] = row
    end
  end
  return tally.table(rows, cols)
end

local function record_columns(rows, path)
  local cols, seen = {}, {}
  for i, row in ipairs(rows) do
    if type(row) ~= "table" or row == tally.json.null then
      read_error(path, string.format("record %d is not an object", i))
    end
    for _, k in ipairs(tally.json.key_order[row] or {}) do
      if not seen[k] then
        seen[k] = true
        cols[#cols + 1] = k
      end
    end
  end
  return cols
end

local function decode(text, path, where)
  local ok, v = pcall(tally.json.decode, text)
  if not ok then read_error(path, (where or "") .. v) end
  return v
end

local function read_json(path, opts)
  local v = decode(file_text(path, opts), path)
  if type(v) ~= "table" or tally.json.key_order[v] then
    read_error(path, "expected an array of objects")
  end
  return tally.table(v, record_columns(v, path))
end

local function read_jsonl(path, opts)
  local rows, n = {}, 0
  for line in (file_text(path, opts) .. "\n"):gmatch("(.-)\r?\n") do
    n = n + 1
    if line:find("%S") then rows[#rows + 1] = decode(line, path, "line " .. n .. ": ") end
  end
  return tally.table(rows, record_columns(rows, path))
end

local function read_sqlite(path, opts)
  local rows, cols = tally.sqlite_read(path, opts.table)
  return tally.table(rows, cols)
end

local function sniff(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local head = f:read(16)
  f:close()
  if head == "SQLite format 3\0" then return "sqlite" end
  return nil
end

function tally.read(path, opts)
  if type(path) ~= "string" then error("tally.read: expected a file path", 2) end
  opts = opts or {}
  if type(opts) ~= "table" then error("tally.read: opts must be a table {format=, table=}", 2) end
  local ext = (path:match("%.([%w]+)$") or ""):lower()
  local format = opts.format or sniff(path) or read_format[ext]
  if format == "csv" then return read_csv(path, opts, ",") end
  if format == "tsv" then return read_csv(path, opts, "\t") end
  if format == "json" then return read_json(path, opts) end
  if format == "jsonl" then return read_jsonl(path, opts) end
  if format == "sqlite" then return read_sqlite(path, opts) end
  if not io.open(path, "rb") then
    local _, msg = io.open(path, "rb")
    error("tally.read: " .. tostring(msg), 2)
  end
  error(string.format("tally.read: %s: cannot tell the format (csv, tsv, json, jsonl, sqlite); " ..
                      "give it: tally.read(path, {format = \"csv\"})", path), 2)
end
