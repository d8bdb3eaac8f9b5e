--- Prints how fast figures are found: the seeds repeated into one large text.
-- @usage tally run bench/figures.lua [REPEAT]
-- @arg REPEAT  how many copies of the seeds (default 50)
local repeat_n = tonumber(arg[1]) or 50
local base, why = require("seed_text")({})
if not base then print("SKIP: " .. why) return end
local text = base:rep(repeat_n)
local doc = tally.doc(text)
doc:sentences()
local t0 = os.clock()
local figs = doc:figures()
local dt = os.clock() - t0
print(string.format("figures: %d in %.2f MB, %.3f s, %.1f MB/s", #figs, #text / 1e6, dt, #text / 1e6 / dt))
t0 = os.clock()
local n = 0
for _ = 1, 100000 do if tally.number("3617.64万只") then n = n + 1 end end
dt = os.clock() - t0
print(string.format("tally.number: %.0f calls/s", n / dt))
