-- doc.meta against the annotator's ../shared/gold/meta.jsonl: every field of
-- every seed (title, date, source, authors, region, script).
local T = require "check"

local shared = T.shared()
if not shared then T.skip("no ../shared/corpus/seeds: meta gold test needs the seeds") end
local f = io.open(shared .. "/gold/meta.jsonl")
if not f then T.skip("no ../shared/gold/meta.jsonl") end

-- A small reader for the flat JSON objects of meta.jsonl: strings, null and
-- arrays of strings.
local function read_string(s, i)
  local out, j = {}, i + 1
  while true do
    local c = s:sub(j, j)
    if c == '"' then return table.concat(out), j + 1 end
    if c == "\\" then
      local e = s:sub(j + 1, j + 1)
      if e == "u" then
        out[#out + 1] = utf8.char(tonumber(s:sub(j + 2, j + 5), 16))
        j = j + 6
      else
        out[#out + 1] = ({n = "\n", t = "\t", r = "\r", b = "\b", f = "\f"})[e] or e
        j = j + 2
      end
    else
      out[#out + 1] = c
      j = j + 1
    end
  end
end

local function read_value(s, i)
  i = s:find("%S", i)
  local c = s:sub(i, i)
  if c == '"' then return read_string(s, i) end
  if s:sub(i, i + 3) == "null" then return nil, i + 4 end
  if c == "[" then
    local arr = {}
    i = s:find("%S", i + 1)
    if s:sub(i, i) == "]" then return arr, i + 1 end
    while true do
      local v
      v, i = read_value(s, i)
      arr[#arr + 1] = v
      i = s:find("%S", i)
      if s:sub(i, i) == "]" then return arr, i + 1 end
      i = i + 1 -- the comma
    end
  end
  error("unexpected JSON at " .. i .. ": " .. s:sub(i, i + 10))
end

local function read_object(line)
  local obj, i = {}, line:find("{") + 1
  while true do
    i = line:find("%S", i)
    if line:sub(i, i) == "}" then return obj end
    local key
    key, i = read_string(line, i)
    i = line:find(":", i) + 1
    obj[key], i = read_value(line, i)
    i = line:find("%S", i)
    if line:sub(i, i) == "," then i = i + 1 end
  end
end

local fields = {"title", "date", "source", "region", "script"}
for line in f:lines() do
  if line:find("%S") then
    local gold = read_object(line)
    T.test("meta " .. gold.name, function()
      local doc = tally.open(shared .. "/corpus/seeds/" .. gold.name .. ".txt")
      local meta = doc.meta
      for _, k in ipairs(fields) do
        T.eq(meta[k], gold[k], gold.name .. " " .. k)
      end
      T.eq(table.concat(meta.authors, ","), table.concat(gold.authors, ","), gold.name .. " authors")
      T.eq(meta.lang, "zh", gold.name .. " lang")
    end)
  end
end
f:close()
T.done()
