--[[[
tally.json: JSON text of Lua values (RFC 8259).

tally.json.encode(v [, keys]) writes nil and tally.json.null as null,
numbers so that they read back to the same double (integers without a
fraction, NaN and infinities as null), strings as UTF-8 with control
characters escaped, a table with keys 1..n as an array and any other table
(an empty one too) as an object with its keys sorted. keys, a list of
names, puts those fields first and in that order (null when absent), as
record output wants.
]]
local tally = ...

local json = {}

-- A value that encodes as null where a nil would drop the key.
json.null = setmetatable({}, {__tostring = function() return "null" end})

local escapes = {
  ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t",
}

local function encode_string(s)
  s = s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end)
  -- U+2028 and U+2029 are valid in JSON but end a line in JavaScript
  s = s:gsub("\226\128\168", "\\u2028"):gsub("\226\128\169", "\\u2029")
  return '"' .. s .. '"'
end

-- The shortest decimal text that reads back as the same number.
function json.number(v)
  if math.type(v) == "integer" then return string.format("%d", v) end
  if v ~= v or v == math.huge or v == -math.huge then return nil end
  if v == math.floor(v) and math.abs(v) < 2^53 then return string.format("%.0f", v) end
  for _, fmt in ipairs({"%.15g", "%.16g", "%.17g"}) do
    local s = string.format(fmt, v)
    if tonumber(s) == v then return s end
  end
  return string.format("%.17g", v)
end

local function is_array(t)
  local n = #t
  if n == 0 then return false end -- an empty table is an empty object, {}
  local count = 0
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 or k > n then return false end
    count = count + 1
  end
  return count == n
end

local encode

local function encode_table(t, keys, depth, seen)
  if seen[t] then error("tally.json.encode: a table contains itself", 0) end
  if depth > 200 then error("tally.json.encode: tables nested deeper than 200", 0) end
  seen[t] = true
  local parts = {}
  if not keys and is_array(t) then
    for i = 1, #t do parts[i] = encode(t[i], nil, depth + 1, seen) end
    seen[t] = nil
    return "[" .. table.concat(parts, ",") .. "]"
  end
  local listed = {}
  if keys then
    for i, k in ipairs(keys) do listed[k] = true; parts[i] = k end
  end
  local rest = {}
  for k in pairs(t) do
    if not listed[k] then rest[#rest + 1] = k end
  end
  table.sort(rest, function(a, b)
    if type(a) == type(b) and (type(a) == "string" or type(a) == "number") then return a < b end
    return type(a) < type(b)
  end)
  keys = parts
  parts = {}
  for _, k in ipairs(rest) do keys[#keys + 1] = k end
  for _, k in ipairs(keys) do
    local kt = type(k)
    if kt ~= "string" and kt ~= "number" then
      error("tally.json.encode: object keys must be strings or numbers, not " .. kt, 0)
    end
    local key = kt == "string" and k or json.number(k) or tostring(k)
    parts[#parts + 1] = encode_string(key) .. ":" .. encode(t[k], nil, depth + 1, seen)
  end
  seen[t] = nil
  return "{" .. table.concat(parts, ",") .. "}"
end

encode = function(v, keys, depth, seen)
  local tv = type(v)
  if v == nil or v == json.null then return "null" end
  if tv == "boolean" then return tostring(v) end
  if tv == "number" then return json.number(v) or "null" end
  if tv == "string" then return encode_string(v) end
  if tv == "table" then return encode_table(v, keys, depth or 0, seen or {}) end
  -- documents and other objects: their printed form
  return encode_string(tostring(v))
end

--- tally.json.encode(v [, keys]): the JSON text of v.
function json.encode(v, keys)
  if keys ~= nil and type(keys) ~= "table" then
    error("tally.json.encode: keys must be a list of field names", 2)
  end
  return encode(v, keys, 0, {})
end

tally.json = json
