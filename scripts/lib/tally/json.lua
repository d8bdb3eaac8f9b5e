-- tally.json: a small JSON encoder for script output (one record a line in
-- jsonl). Keys come out in a stable order: the order given by keys (an array
-- of names, which also makes nil fields appear as null), then the remaining
-- keys sorted. Integral numbers print without ".0".
local tally = ...

local json = {}

-- A value that encodes as null where a nil would drop the key.
json.null = setmetatable({}, {__tostring = function() return "null" end})

local escapes = {['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
                 ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t'}

local function quote(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function number(v)
  if v ~= v or v == math.huge or v == -math.huge then return "null" end
  if math.type(v) == "integer" then return tostring(v) end
  if v == math.floor(v) and math.abs(v) < 2^53 then return string.format("%d", v) end
  -- the shortest form that reads back as the same number
  for _, fmt in ipairs{"%.15g", "%.16g", "%.17g"} do
    local s = string.format(fmt, v)
    if tonumber(s) == v then return s end
  end
  return string.format("%.17g", v)
end

local function is_array(t)
  local n = #t
  if n == 0 then return next(t) == nil end
  local count = 0
  for _ in pairs(t) do count = count + 1 end
  return count == n
end

local encode

local function object(t, keys, seen)
  local parts, done = {}, {}
  if keys then
    for _, k in ipairs(keys) do
      done[k] = true
      local v = t[k]
      parts[#parts + 1] = quote(tostring(k)) .. ":" .. (v == nil and "null" or encode(v, nil, seen))
    end
  end
  local rest = {}
  for k in pairs(t) do
    if not done[k] then rest[#rest + 1] = k end
  end
  table.sort(rest, function(a, b) return tostring(a) < tostring(b) end)
  for _, k in ipairs(rest) do
    parts[#parts + 1] = quote(tostring(k)) .. ":" .. encode(t[k], nil, seen)
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

encode = function(v, keys, seen)
  local t = type(v)
  if v == nil or v == json.null then return "null" end
  if t == "boolean" then return tostring(v) end
  if t == "number" then return number(v) end
  if t == "string" then return quote(v) end
  if t == "table" then
    seen = seen or {}
    if seen[v] then error("tally.json.encode: a table that contains itself", 3) end
    seen[v] = true
    local s
    if not keys and is_array(v) and next(v) ~= nil then
      local parts = {}
      for i = 1, #v do parts[i] = encode(v[i], nil, seen) end
      s = "[" .. table.concat(parts, ",") .. "]"
    else
      s = object(v, keys, seen)
    end
    seen[v] = nil
    return s
  end
  error("tally.json.encode: cannot encode a " .. t, 3)
end

--- Encodes v as JSON. keys (optional): field names written first, in that
-- order, null when absent.
function json.encode(v, keys)
  return encode(v, keys)
end

tally.json = json
