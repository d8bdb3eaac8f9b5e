--- Line up the same measured thing across regions (or years, sources): one row per figure.
-- @usage tally run compare-figures [--kind growth] [--subject 外贸] [--by region] [--wide] [--all] FILE...
-- @arg FILE       the reports to compare (globs work: 'reports/*.txt')
-- @arg --kind     figure kinds to keep, comma-separated: money, quantity, growth, percent, pp, rank, ratio
-- @arg --subject  a regex the subject must match, in Simplified (Traditional subjects are folded): 进出口|外贸
-- @arg --by       what to line up: region (default), year, source, doc
-- @arg --wide     one column per region (or year …) and one row per subject instead
-- @arg --all      keep subjects that only one region reports
-- @arg --usd      the rate of 美元 to 元 (7.1): dollar amounts join the 元 ones
--
-- Subjects are matched after folding Traditional to Simplified and through
-- the synonym table of tally.compare (进出口总额 = 进出口额 = 外贸进出口 …);
-- money is shown in one unit per subject (亿元, 万元 …). The groups most
-- regions report come first, each ranked by value.
local opts, files = tally.args{
  kind = tally.args.string, subject = tally.args.string, by = "region",
  wide = false, all = false, usd = tally.args.number,
}
if #files == 0 then
  io.stderr:write("usage: tally run compare-figures [--kind KIND] [--subject REGEX] [--by region] FILE...\n")
  os.exit(2)
end

-- wrong values are reported before any report is read
if opts.kind then tally.check_choice("--kind", opts.kind, tally.figure_kinds) end
tally.check_choice("--by", opts.by, tally.compare.by_choices)

local t = tally.compare.figures(tally.corpus(files), {
  kind = opts.kind, subject = opts.subject, by = opts.by,
  rates = opts.usd and {["美元"] = opts.usd} or nil,
  min_groups = opts.all and 1 or 2,
})
if #t == 0 then
  io.stderr:write("compare-figures: no subject is reported by two or more ", opts.by,
                  "s (--all lists every figure)\n")
  return
end

local by = type(opts.by) == "string" and opts.by or "group"
if opts.wide then
  t = t:add("figure", function(r)
    return string.format("%s (%s, %s)", r.subject, r.kind, r.unit ~= "" and r.unit or "-")
  end):pivot("figure", by, "value")
else
  t = t:select("subject", "kind", by, "period", "value", "unit", "approx", "text", "as_written", "doc")
end
t:print()
