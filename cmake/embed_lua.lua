-- Writes a C header holding each Lua file precompiled: TALLY_LUALIB("name", bytes).
-- Run by the lua5.4 the engine links (same bytecode format) at build time:
--   lua5.4 cmake/embed_lua.lua OUT FILE...
-- Each chunk is compiled with the name "=tally/NAME", as the text was
-- loaded before, so error messages and tracebacks read the same. Loading
-- bytecode instead of parsing ~150 KB of source was most of `tally -e 1`.
local out = assert(arg[1], "usage: embed_lua.lua OUT FILE...")
local parts = {}
for i = 2, #arg do
  local path = arg[i]
  local name = path:match("([^/]+)%.lua$")
  local f = assert(io.open(path, "rb"))
  local src = f:read("a")
  f:close()
  local fn = assert(load(src, "=tally/" .. name, "t"))
  local bytes = string.dump(fn)
  local hex = bytes:gsub(".", function(c) return string.format("0x%02x,", c:byte()) end)
  parts[#parts + 1] = string.format('TALLY_LUALIB("%s", ((const unsigned char[]){%s 0}))\n', name, hex)
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
