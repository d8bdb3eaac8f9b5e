--- List the measures (list items) each report announces.
-- @usage tally run measures [--format table|jsonl|json] [--level N] [--style shi|ordinal|section|topic] FILE...
-- @arg --level  keep only items at this nesting level (1 for top lists)
-- @arg --style  keep only items of this list style
-- @arg FILE     reports to read (text, HTML or Markdown)

local FIELDS = {"marker", "ordinal", "headline", "start", "stop", "list", "level",
                "parent", "intro", "declared"}

local function parse_args(argv)
  local opts, files = {}, {}
  local i = 1
  while i <= #argv do
    local a = argv[i]
    local name, value = a:match("^%-%-(%w+)=(.*)$")
    if not name then name = a:match("^%-%-(%w+)$") end
    if name then
      if not value then
        i = i + 1
        value = argv[i]
      end
      if name ~= "level" and name ~= "style" then
        error(string.format("measures: unknown option --%s (see tally help measures)", name), 0)
      end
      if value == nil then error("measures: --" .. name .. " needs a value", 0) end
      opts[name] = value
    else
      files[#files + 1] = a
    end
    i = i + 1
  end
  return opts, files
end

-- JSON lines: tally.json, with the record's fields in a fixed order and nil as null.
local encode = tally.json.encode

local clip = tally.clip

local function pad(s, n)
  return s .. string.rep(" ", math.max(0, n - tally.width(s)))
end

local function print_table(rows)
  local cols = {"doc", "list", "level", "ordinal", "marker", "declared", "headline"}
  local width = {}
  for _, c in ipairs(cols) do width[c] = tally.width(c) end
  local cells = {}
  for i, r in ipairs(rows) do
    cells[i] = {}
    for _, c in ipairs(cols) do
      local v = r[c]
      local s = v == nil and "" or tostring(v)
      if c == "headline" then s = clip(s, 40) end
      cells[i][c] = s
      width[c] = math.max(width[c], tally.width(s))
    end
  end
  local head = {}
  for _, c in ipairs(cols) do head[#head + 1] = pad(c, width[c]) end
  print(table.concat(head, "  "))
  for _, row in ipairs(cells) do
    local line = {}
    for _, c in ipairs(cols) do line[#line + 1] = pad(row[c], width[c]) end
    print((table.concat(line, "  "):gsub("%s+$", "")))
  end
end

local opts, files = parse_args(arg)
if #files == 0 then error("measures: no files given (tally help measures)", 0) end
local filter = {}
if opts.level then filter.level = math.tointeger(tonumber(opts.level)) end
if opts.style then filter.style = opts.style end
local format = tally.options.format or "table"

local rows = {}
for _, doc, msg in tally.documents(files) do
  if not doc then
    io.stderr:write("tally: ", msg, "\n")
  else
    for _, m in ipairs(doc:measures(filter)) do
      local r = {doc = doc.path or doc.name}
      for _, k in ipairs(FIELDS) do r[k] = m[k] end
      r.text, r.style, r.figures = m.text, m.style, m.figures
      rows[#rows + 1] = r
    end
  end
end

local keys = {"doc", table.unpack(FIELDS)}
keys[#keys + 1] = "style"
keys[#keys + 1] = "text"
keys[#keys + 1] = "figures"
if format == "jsonl" then
  for _, r in ipairs(rows) do io.write(encode(r, keys), "\n") end
elseif format == "json" then
  local parts = {}
  for i, r in ipairs(rows) do parts[i] = encode(r, keys) end
  io.write("[", table.concat(parts, ",\n"), "]\n")
elseif format == "table" then
  print_table(rows)
else
  error("measures: --format " .. format .. " is not supported here (table, jsonl, json)", 0)
end
