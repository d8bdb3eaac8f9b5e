--- Words over-represented in one group of reports against the rest (log-likelihood keyness).
-- @usage tally run keyness --target 青海省 [--by region] [--top 20] FILE...
-- @arg FILE       the reports (globs work)
-- @arg --target   the group to characterise: a region (or year, source, doc name with --by)
-- @arg --by       what --target names: region (default), year, source, doc
-- @arg --top      how many words to show (default 20)
-- @arg --min      the fewest times a word must occur in the target (default 2)
--
-- For each word, a is its count in the target, b in the rest, c and d the
-- words counted in each; with E1 = c(a+b)/(c+d) and E2 = d(a+b)/(c+d),
-- LL = 2(a ln(a/E1) + b ln(b/E2)) (Dunning 1993). LL above 3.84 is
-- significant at p < 0.05, above 6.63 at p < 0.01. Only words more frequent
-- in the target than in the rest are listed. Stop words are left out and
-- Traditional forms folded to Simplified.
local opts, files = tally.args{target = tally.args.string, by = "region", top = 20, min = 2}
if not opts.target or #files == 0 then
  io.stderr:write("usage: tally run keyness --target GROUP [--by region] FILE...\n")
  os.exit(2)
end
tally.check_choice("--by", opts.by, tally.compare.by_choices)
local target = tally.compare.fold(opts.target)

local folded = setmetatable({}, {__index = function(cache, w)
  local f = tally.compare.fold(w)
  cache[w] = f
  return f
end})

local inside, outside = {}, {}
local c, d, target_docs = 0, 0, 0
for doc in tally.corpus(files, {analyse = {"tokens", "fold", "structure"}}):each() do
  local group = tally.doc_columns(doc)[opts.by] or doc.name
  if opts.by == "year" then group = (tally.doc_columns(doc).date or ""):match("^%d%d%d%d") end
  local is_target = group ~= nil and tally.compare.fold(tostring(group)) == target
  if is_target then target_docs = target_docs + 1 end
  local counts = is_target and inside or outside
  for _, tok in ipairs(doc:tokens{kinds = {"word", "latin"}, fold = tally.fold ~= nil}) do
    local w = tok.norm or folded[tok.text]
    if utf8.len(w) >= 2 and not tally.stopwords[w] then
      counts[w] = (counts[w] or 0) + 1
      if is_target then c = c + 1 else d = d + 1 end
    end
  end
end
if target_docs == 0 then
  io.stderr:write("keyness: no report has ", opts.by, " '", opts.target, "'\n")
  os.exit(2)
end
if d == 0 then
  io.stderr:write("keyness: every report is in the target; there is nothing to compare with\n")
  os.exit(2)
end

local function ll(a, b)
  local e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
  local s = 0
  if a > 0 then s = s + a * math.log(a / e1) end
  if b > 0 then s = s + b * math.log(b / e2) end
  return 2 * s
end

local rows = {}
for w, a in pairs(inside) do
  local b = outside[w] or 0
  if a >= opts.min and a / c > b / d then
    rows[#rows + 1] = {word = w, target = a, rest = b,
                       target_per10k = math.floor(a / c * 1e5 + 0.5) / 10,
                       rest_per10k = math.floor(b / d * 1e5 + 0.5) / 10,
                       ll = math.floor(ll(a, b) * 100 + 0.5) / 100}
  end
end
local t = tally.table(rows, {"word", "ll", "target", "rest", "target_per10k", "rest_per10k"})
t = t:sort(function(x, y)
  if x.ll ~= y.ll then return x.ll > y.ll end
  return x.word < y.word
end)
if opts.top > 0 then t = t:head(opts.top) end
t:print()
