--- Which measures regions share and which are unique, matched by key terms, with a similarity matrix.
-- @usage tally run compare-measures [--by region] [--shared 青海省,河北省] [--unique] [--matrix] FILE...
-- @arg FILE      the reports to compare (globs work)
-- @arg --by      what to compare: region (default), year, source, doc
-- @arg --shared  only the terms all of these (comma-separated) use
-- @arg --unique  only the terms one of them uses
-- @arg --matrix  only the similarity matrix (terms shared / terms used by either)
--
-- A measure is a list item of a report (一是…, 首先…, 一、…). Its headline
-- and text are folded to Simplified and searched for the key terms of
-- tally.compare.key_terms (消费券, 以旧换新, 电商进农村, 物流体系, 步行街 …).
-- With --format table the term table is followed by the matrix.
local opts, files = tally.args{
  by = "region", shared = tally.args.string, unique = false, matrix = false,
}
if #files == 0 then
  io.stderr:write("usage: tally run compare-measures [--by region] [--shared A,B] FILE...\n")
  os.exit(2)
end

tally.check_choice("--by", opts.by, tally.compare.by_choices)

local terms, matrix = tally.compare.measures(tally.corpus(files), {by = opts.by})
local groups_col = opts.by .. "s"

if opts.shared then
  local want = {}
  -- a full-width comma is three bytes: split on the ASCII one it folds to
  for g in tally.compare.fold(opts.shared):gsub("，", ","):gmatch("[^,]+") do
    want[#want + 1] = tally.compare.fold(g)
  end
  terms = terms:where(function(r)
    for _, g in ipairs(want) do
      local found = false
      for _, have in ipairs(r[groups_col]) do
        if tally.compare.fold(have) == g then found = true; break end
      end
      if not found then return false end
    end
    return true
  end)
end
if opts.unique then terms = terms:where{n = 1} end

local format = tally.options.format or "table"
if opts.matrix then
  matrix:print()
elseif format == "table" then
  terms:print()
  print()
  print("similarity (key terms shared / used by either):")
  matrix:print()
else
  terms:print()
end
