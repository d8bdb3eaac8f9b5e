--- Prints regex throughput on a large document built from the seeds (or the files given).
-- @usage tally run --trust bench/regex.lua [FILE...]
-- Figures only, no assertions: compare runs by eye.
local files = {...}
local base, why = require("seed_text")(files)
if not base then print("SKIP: " .. why) return end
local doc = tally.doc(string.rep(base, math.max(1, (8 * 1024 * 1024) // #base)))
local mb = #doc.text / (1024 * 1024)

local function bench(name, fn)
  local t0 = os.clock()
  local result = fn()
  local dt = os.clock() - t0
  print(string.format("%-40s %8.3f s %8.1f MB/s  (%s)", name, dt, mb / dt, tostring(result)))
end

print(string.format("subject: %.1f MB of report text, JIT %s", mb,
                    tostring(tally.regex("a").jit)))
bench("doc:count('进出口')", function() return doc:count("进出口") end)
bench("doc:count('\\d+(?:\\.\\d+)?%')", function() return doc:count("\\d+(?:\\.\\d+)?%") end)
bench("doc:count('\\p{Han}+')", function() return doc:count("\\p{Han}+") end)
bench("for m in doc:find('增长(\\d+)')", function()
  local n = 0
  for _ in doc:find("增长(\\d+(?:\\.\\d+)?)%") do n = n + 1 end
  return n
end)
bench("doc:kwic('进出口')", function() return #doc:kwic("进出口") end)
bench("re:gsub(text, '[，。]', '$0\\n')", function()
  return select(2, tally.regex("[，。]"):gsub(doc.text, "$0\n"))
end)
bench("re:split(text, '\\n')", function() return #tally.regex("\n"):split(doc.text) end)

-- the pattern cache: many short subjects, pattern given as a string
local small = tally.doc(base:sub(1, 3000))
local t0 = os.clock()
for _ = 1, 20000 do small:count("进出口") end
print(string.format("%-40s %8.3f s for 20000 calls", "small:count('进出口') (cached)", os.clock() - t0))
t0 = os.clock()
for i = 1, 20000 do tally.regex("进出口" .. (i % 2)) end
print(string.format("%-40s %8.3f s for 20000 calls", "tally.regex(p) compile", os.clock() - t0))
