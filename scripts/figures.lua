--- Print every figure of the given reports.
-- @usage tally run figures [--format table|jsonl|json|csv] [--kind KIND] FILE...
-- @arg FILE      reports to read (any encoding tally decodes)
-- @arg --format  table (default): aligned columns; jsonl: one JSON object per figure with a doc field; json: one array; csv
-- @arg --kind    keep only figures of this kind (money, quantity, percent, growth, pp, rank, ratio)
local tally = tally or require "tally"

local FIELDS = {"doc", "text", "start", "stop", "value", "value_max", "unit", "kind", "approx",
                "scope", "subject", "period", "sentence"}

local files, kind, format = {}, nil, tally.options and tally.options.format
local i = 1
while i <= #arg do
  local a = arg[i]
  if a == "--kind" then
    kind = arg[i + 1]; i = i + 1
  elseif a == "--format" then
    format = arg[i + 1]; i = i + 1
  elseif a:sub(1, 2) == "--" then
    io.stderr:write("figures: unknown option ", a, "\n")
    os.exit(2)
  else
    files[#files + 1] = a
  end
  i = i + 1
end
format = format or "table"
if #files == 0 then
  io.stderr:write("usage: tally run figures [--format table|jsonl|json|csv] FILE...\n")
  os.exit(2)
end

local rows = {}
local status = 0
for path, doc, msg in tally.documents(files) do
  if not doc then
    io.stderr:write("figures: ", msg, "\n")
    status = 2
  else
    for _, f in ipairs(doc:figures(kind and {kind = kind} or nil)) do
      f.doc = path
      rows[#rows + 1] = f
    end
  end
end

local function cell(v)
  if v == nil then return "" end
  if type(v) == "number" and math.type(v) == "float" then return string.format("%.10g", v) end
  return tostring(v)
end

if format == "jsonl" then
  for _, r in ipairs(rows) do io.write(tally.json.encode(r, FIELDS), "\n") end
elseif format == "json" then
  local parts = {}
  for k, r in ipairs(rows) do parts[k] = tally.json.encode(r, FIELDS) end
  io.write("[", table.concat(parts, ",\n"), "]\n")
elseif format == "csv" then
  local function csv(v)
    local s = cell(v)
    if s:find('[,"\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
    return s
  end
  local line = {}
  for k, f in ipairs(FIELDS) do line[k] = f end
  io.write(table.concat(line, ","), "\n")
  for _, r in ipairs(rows) do
    for k, f in ipairs(FIELDS) do line[k] = csv(r[f]) end
    io.write(table.concat(line, ","), "\n")
  end
else
  -- an aligned table by display width, so Chinese columns line up
  local cols = {"doc", "text", "value", "value_max", "unit", "kind", "approx", "scope", "subject", "period"}
  local cells, width = {}, {}
  for c, name in ipairs(cols) do width[c] = tally.width(name) end
  for r, row in ipairs(rows) do
    cells[r] = {}
    for c, name in ipairs(cols) do
      local s = cell(name == "doc" and row.doc:match("([^/]+)$") or row[name])
      cells[r][c] = s
      width[c] = math.max(width[c], tally.width(s))
    end
  end
  local function line(values)
    local out = {}
    for c, s in ipairs(values) do
      out[c] = s .. string.rep(" ", width[c] - tally.width(s))
    end
    io.write((table.concat(out, "  "):gsub("%s+$", "")), "\n")
  end
  line(cols)
  for _, r in ipairs(cells) do line(r) end
end
os.exit(status)
