--- Prints structure and measures timings on a large document built from the seeds (or the files given).
-- @usage tally run --trust bench/measures.lua [FILE...]
-- Figures only, no assertions: compare runs by eye.
local files = {...}
local base, why = require("seed_text")(files)
if not base then print("SKIP: " .. why) return end

local function time(fn)
  local t0 = os.clock()
  local r = fn()
  return os.clock() - t0, r
end

-- the seeds one by one, as an analyst's corpus is read
local docs = {}
for _, f in ipairs(files) do docs[#docs + 1] = tally.open(f) end
local t, n = time(function()
  local n = 0
  for _, d in ipairs(docs) do n = n + #d:measures() end
  return n
end)
print(string.format("%d documents, %d bytes: meta + boilerplate + measures in %.1f ms (%d items)",
                    #docs, #base, t * 1000, n))

-- one large document: the seeds repeated to about 2 MB
for _, mb in ipairs({0.5, 2}) do
  local doc = tally.doc(string.rep(base, math.max(1, math.floor(mb * 1024 * 1024 / #base))))
  local ts = time(function() return doc.meta end)
  local tm, items = time(function() return #doc:measures() end)
  print(string.format("%.1f MB document: structure %.0f ms, measures %.0f ms (%d items, %.1f MB/s)",
                      #doc.text / 1048576, ts * 1000, tm * 1000, items,
                      #doc.text / 1048576 / math.max(ts + tm, 1e-9)))
end
