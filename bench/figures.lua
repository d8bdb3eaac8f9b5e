--- Prints how fast figures are found: the seeds repeated into one large text.
-- @usage tally run bench/figures.lua [REPEAT]
-- @arg REPEAT  how many copies of the seeds (default 50)
local repeat_n = tonumber(arg[1]) or 50
local dir = (os.getenv("TALLY_SHARED") or "../shared") .. "/corpus/seeds/"
local parts = {}
for _, n in ipairs{"000_2a74350e9e5094f6", "001_71cefe735a8ac78d", "002_611ecaf62806bbac",
                   "003_150011f9a5b442f6", "004_0d9136d0487b71c7"} do
  local f = io.open(dir .. n .. ".txt")
  if not f then print("SKIP: no seeds under " .. dir) return end
  parts[#parts + 1] = f:read("a")
  f:close()
end
local text = table.concat(parts, "\n"):rep(repeat_n)
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
