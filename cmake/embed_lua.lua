-- Writes a C header holding each Lua file precompiled:
--   TALLY_LUALIB("name", "keys", bytes)
-- Run by the lua5.4 the engine links (same bytecode format) at build time:
--   lua5.4 cmake/embed_lua.lua OUT FILE...
-- Each chunk is compiled with the name "=tally/NAME", as the text was
-- loaded before, so error messages and tracebacks read the same. Loading
-- bytecode instead of parsing ~150 KB of source was most of `tally -e 1`.
--
-- keys are the fields of the module the file sets or extends, space
-- separated: core/module.c runs the file when a script first reads one of
-- them. A file sets tally.NAME (tally.NAME = ..., tally.NAME.x = ...,
-- function tally.NAME...) or extends it through a local (local T =
-- tally.NAME ..., then function T:m or T.x = ...). "*" runs the file at
-- start: it reaches a class of the C side (getmetatable(tally.x(...))),
-- whose methods are not found through the module.
local out = assert(arg[1], "usage: embed_lua.lua OUT FILE...")

local function module_keys(src)
  if src:find("getmetatable%(%s*tally%.") then return "*" end
  local keys, seen = {}, {}
  local function add(k)
    if not seen[k] then seen[k] = true; keys[#keys + 1] = k end
  end
  for k in src:gmatch("tally%.([%a_][%w_]*)[%w_.]*%s*=[^=]") do add(k) end
  for k in src:gmatch("function%s+tally%.([%a_][%w_]*)") do add(k) end
  for alias, k in src:gmatch("local%s+([%a_][%w_]*)%s*=%s*tally%.([%a_][%w_]*)") do
    local a = alias:gsub("%p", "%%%0")
    if src:find("function%s+" .. a .. "[.:]") or src:find("[^%w_.]" .. a .. "%.[%a_][%w_]*%s*=[^=]") then
      add(k)
    end
  end
  table.sort(keys)
  return table.concat(keys, " ")
end

local parts = {}
for i = 2, #arg do
  local path = arg[i]
  local name = path:match("([^/]+)%.lua$")
  local f = assert(io.open(path, "rb"))
  local src = f:read("a")
  f:close()
  local fn = assert(load(src, "=tally/" .. name, "t"))
  local keys = module_keys(src)
  if keys == "" then error(path .. ": sets no field of the tally module, so nothing would load it") end
  local bytes = string.dump(fn)
  local hex = bytes:gsub(".", function(c) return string.format("0x%02x,", c:byte()) end)
  parts[#parts + 1] = string.format('TALLY_LUALIB("%s", "%s", ((const unsigned char[]){%s 0}))\n',
    name, keys, hex)
end
local text = table.concat(parts)
local old = io.open(out, "rb")
if old then
  local same = old:read("a") == text
  old:close()
  if same then return end
end
local f = assert(io.open(out, "wb"))
f:write(text)
f:close()
