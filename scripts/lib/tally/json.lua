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

-- The encoder is C (core/lua_json.c), to the rules above; it knows json.null.
local encode = tally._json_encoder(json.null)

--- tally.json.encode(v [, keys]): the JSON text of v.
function json.encode(v, keys)
  if keys ~= nil and type(keys) ~= "table" then
    error("tally.json.encode: keys must be a list of field names", 2)
  end
  return encode(v, keys)
end

-- ------------------------------------------------------------ decoding

-- The key order of each decoded object (JSON objects are ordered text, Lua
-- tables are not): tally.read takes its columns from it.
json.key_order = setmetatable({}, {__mode = "k"})

local function decode_error(s, pos, what)
  local line = 1
  for _ in s:sub(1, pos - 1):gmatch("\n") do line = line + 1 end
  error(string.format("JSON: %s at line %d (byte %d)", what, line, pos), 0)
end

local unescape = {['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t"}

local decode_value

local function skip(s, pos)
  return s:find("[^ \t\r\n]", pos) or #s + 1
end

local function decode_string(s, pos)
  local out, i = {}, pos + 1
  while true do
    local j = s:find('["\\%c]', i)
    if not j then decode_error(s, pos, "unterminated string") end
    out[#out + 1] = s:sub(i, j - 1)
    local c = s:sub(j, j)
    if c == '"' then return table.concat(out), j + 1 end
    if c ~= "\\" then decode_error(s, j, "control character in a string") end
    local e = s:sub(j + 1, j + 1)
    if e == "u" then
      local hex = s:match("^%x%x%x%x", j + 2)
      if not hex then decode_error(s, j, "bad \\u escape") end
      local cp, nexti = tonumber(hex, 16), j + 6
      if cp >= 0xD800 and cp <= 0xDBFF then
        local lo = s:match("^\\u(%x%x%x%x)", nexti)
        lo = lo and tonumber(lo, 16)
        if lo and lo >= 0xDC00 and lo <= 0xDFFF then
          cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
          nexti = nexti + 6
        else
          cp = 0xFFFD
        end
      elseif cp >= 0xDC00 and cp <= 0xDFFF then
        cp = 0xFFFD
      end
      out[#out + 1] = utf8.char(cp)
      i = nexti
    elseif unescape[e] then
      out[#out + 1] = unescape[e]
      i = j + 2
    else
      decode_error(s, j, "bad escape \\" .. e)
    end
  end
end

local function decode_array(s, pos, depth)
  local arr, n = {}, 0
  pos = skip(s, pos + 1)
  if s:sub(pos, pos) == "]" then return arr, pos + 1 end
  while true do
    local v
    v, pos = decode_value(s, pos, depth + 1)
    n = n + 1
    if v ~= nil then arr[n] = v else arr[n] = json.null end
    pos = skip(s, pos)
    local c = s:sub(pos, pos)
    if c == "]" then return arr, pos + 1 end
    if c ~= "," then decode_error(s, pos, "expected , or ] in an array") end
    pos = skip(s, pos + 1)
  end
end

local function decode_object(s, pos, depth)
  local obj, order = {}, {}
  json.key_order[obj] = order
  pos = skip(s, pos + 1)
  if s:sub(pos, pos) == "}" then return obj, pos + 1 end
  while true do
    if s:sub(pos, pos) ~= '"' then decode_error(s, pos, "expected a key") end
    local k
    k, pos = decode_string(s, pos)
    pos = skip(s, pos)
    if s:sub(pos, pos) ~= ":" then decode_error(s, pos, "expected :") end
    local v
    v, pos = decode_value(s, skip(s, pos + 1), depth + 1)
    if obj[k] == nil then order[#order + 1] = k end
    obj[k] = v -- null leaves the key out, as a record's nil field
    pos = skip(s, pos)
    local c = s:sub(pos, pos)
    if c == "}" then return obj, pos + 1 end
    if c ~= "," then decode_error(s, pos, "expected , or } in an object") end
    pos = skip(s, pos + 1)
  end
end

function decode_value(s, pos, depth)
  if depth > 200 then decode_error(s, pos, "nested too deeply") end
  pos = skip(s, pos)
  local c = s:sub(pos, pos)
  if c == "{" then return decode_object(s, pos, depth) end
  if c == "[" then return decode_array(s, pos, depth) end
  if c == '"' then return decode_string(s, pos) end
  if s:sub(pos, pos + 3) == "true" then return true, pos + 4 end
  if s:sub(pos, pos + 4) == "false" then return false, pos + 5 end
  if s:sub(pos, pos + 3) == "null" then return nil, pos + 4 end
  local num = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
  if num and num ~= "" and num ~= "-" then
    local v = math.tointeger(tonumber(num)) or tonumber(num)
    if num:find("[.eE]") then v = tonumber(num) end
    if v == nil then decode_error(s, pos, "bad number " .. num) end
    return v, pos + #num
  end
  decode_error(s, pos, c == "" and "unexpected end" or ("unexpected '" .. c .. "'"))
end

--- tally.json.decode(s): the Lua value of JSON text s (objects as tables,
--- arrays as lists, null as nil in an object and tally.json.null in an array).
function json.decode(s)
  if type(s) ~= "string" then error("tally.json.decode: expected a string", 2) end
  local v, pos = decode_value(s, 1, 0)
  pos = skip(s, pos)
  if pos <= #s then decode_error(s, pos, "text after the value") end
  return v
end

tally.json = json
