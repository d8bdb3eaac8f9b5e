--- Folding throughput and what {fold = true} adds to a search.
-- @usage tally run bench/fold.lua [--mb N] FILE...
-- @arg --mb  size of the test text in MB (the files repeated; default 4)
-- Prints figures; asserts nothing about timing.
local files, mb = {}, 4
local i = 1
while i <= #arg do
  if arg[i] == "--mb" then mb = tonumber(arg[i + 1]) or mb; i = i + 2
  else files[#files + 1] = arg[i]; i = i + 1 end
end
if #files == 0 then
  io.stderr:write("usage: tally run bench/fold.lua [--mb N] FILE...\n")
  os.exit(2)
end

local parts = {}
for _, p in ipairs(files) do parts[#parts + 1] = tally.open(p).text end
local one = table.concat(parts, "\n")
local copies = math.max(1, math.floor(mb * 1e6 / #one))
local text = string.rep(one, copies, "\n")
local MB = #text / 1e6

-- Best of n runs of fn, in seconds of CPU time.
local function best(n, fn)
  local t = math.huge
  for _ = 1, n do
    local c = os.clock()
    fn()
    t = math.min(t, os.clock() - c)
  end
  return t
end

print(string.format("text: %d file(s) repeated %d times, %.2f MB", #files, copies, MB))
tally.fold("進") -- builds the tables once, outside the timings
local t = best(5, function() tally.fold(text) end)
print(string.format("tally.fold:                 %8.1f MB/s  (%.1f ms)", MB / t, t * 1e3))
t = best(3, function() tally.fold(text, {map = true}) end)
print(string.format("tally.fold with Lua map:    %8.1f MB/s  (%.1f ms)", MB / t, t * 1e3))
t = best(1, function() tally.simplified(text) end)
print(string.format("ICU Hant-Hans (reference):  %8.1f MB/s  (%.1f ms)", MB / t, t * 1e3))
t = best(5, function() local d = tally.doc(text); local _ = d.folded end)
local t_doc = best(5, function() tally.doc(text) end)
print(string.format("doc.folded, first use:      %8.1f MB/s  (%.1f ms)", MB / (t - t_doc), (t - t_doc) * 1e3))

local doc = tally.doc(text)
if not doc.count then
  print("doc:count is not in this build (no regex binding): search timings skipped")
  return
end
local patterns = {"进出口", "同比增长[0-9.]+%", "[0-9]+(?:\\.[0-9]+)?", "\\p{Han}{2}工作"}
-- pads to n terminal columns (Chinese characters take two)
local function pad(s, n) return s .. string.rep(" ", math.max(0, n - tally.width(s))) end
print(string.format("%s %13s %12s %12s %8s", pad("pattern", 24), "matches", "unfolded ms", "folded ms", "ratio"))
for _, p in ipairs(patterns) do
  local n_plain, n_fold
  local t_plain = best(3, function() n_plain = doc:count(p) end)
  local fresh = tally.doc(text)
  local t_first = best(1, function() n_fold = fresh:count(p, {fold = true}) end)
  local t_fold = best(3, function() n_fold = doc:count(p, {fold = true}) end)
  print(string.format("%s %13s %12.1f %12.1f %7.2fx  (first search, folding included: %.1f ms)",
                      pad(p, 24), n_plain .. "/" .. n_fold, t_plain * 1e3, t_fold * 1e3, t_fold / t_plain, t_first * 1e3))
end
local p = "进出口"
local t_find = best(3, function() for _ in doc:find(p) do end end)
local t_ffind = best(3, function() for _ in doc:find(p, {fold = true}) do end end)
print(string.format("doc:find(%q) over every match: unfolded %.1f ms, folded %.1f ms (%.2fx)",
                    p, t_find * 1e3, t_ffind * 1e3, t_ffind / t_find))
