--- Token frequencies across reports, stop words left out, Traditional folded to Simplified.
-- @usage tally run freq [--top 30] [--by region] [--min 2] [--keep-stopwords] FILE...
-- @arg FILE              the reports to count (globs work)
-- @arg --top             how many words to show (default 30; 0 for all)
-- @arg --by              count per region (or year, source, doc) as well: one column each
-- @arg --min             the shortest word to count, in characters (default 2)
-- @arg --keep-stopwords  count the words of tally.stopwords too
--
-- Words are ICU's (CJK dictionary) word tokens; numbers and punctuation are
-- not counted. per10k is the count per 10,000 counted words; docs is the
-- number of reports the word appears in.
local opts, files = tally.args{top = 30, by = tally.args.string, min = 2, ["keep-stopwords"] = false}
if #files == 0 then
  io.stderr:write("usage: tally run freq [--top N] [--by region] FILE...\n")
  os.exit(2)
end

if opts.by then tally.check_choice("--by", opts.by, {"region", "source", "doc", "date"}) end

-- folded form of each distinct token, computed once per form
local folded = setmetatable({}, {__index = function(cache, w)
  local f = tally.compare.fold(w)
  cache[w] = f
  return f
end})

local counts, docs_with, groups, group_order = {}, {}, {}, {}
local total = 0
for doc in tally.corpus(files, {analyse = {"tokens", "fold", "structure"}}):each() do
  local group = opts.by and (tally.doc_columns(doc)[opts.by] or doc.name)
  if group and not groups[group] then
    groups[group] = {}
    group_order[#group_order + 1] = group
  end
  local seen = {}
  for _, tok in ipairs(doc:tokens{kinds = {"word", "latin"}, fold = tally.fold ~= nil}) do
    local w = tok.norm or folded[tok.text]
    if utf8.len(w) >= opts.min and (opts["keep-stopwords"] or not tally.stopwords[w]) then
      counts[w] = (counts[w] or 0) + 1
      total = total + 1
      if not seen[w] then
        seen[w] = true
        docs_with[w] = (docs_with[w] or 0) + 1
      end
      if group then groups[group][w] = (groups[group][w] or 0) + 1 end
    end
  end
end

local rows = {}
for w, n in pairs(counts) do
  local r = {word = w, count = n, per10k = math.floor(n / total * 1e5 + 0.5) / 10, docs = docs_with[w]}
  for _, g in ipairs(group_order) do r[g] = groups[g][w] or 0 end
  rows[#rows + 1] = r
end
local cols = {"word", "count", "per10k", "docs"}
for _, g in ipairs(group_order) do cols[#cols + 1] = g end
-- ties in count go alphabetically, so the output is the same run after run
local t = tally.table(rows, cols):sort(function(a, b)
  if a.count ~= b.count then return a.count > b.count end
  return a.word < b.word
end)
if opts.top > 0 then t = t:head(opts.top) end
t:print()
