--- One figure over time: each report's value for a subject, in date order.
-- @usage tally run timeline --subject 外贸进出口总额 [--kind growth] [--region 河北省] [--plot] FILE...
-- @arg FILE        the reports (globs work)
-- @arg --subject   a regex the subject must match (folded to Simplified, synonyms applied)
-- @arg --kind      figure kinds to keep, comma-separated (growth, money …)
-- @arg --region    keep one region's reports
-- @arg --plot      draw each subject as bars after the table (--format table only)
--
-- The date is the report's own (doc.meta.date), else the year its period
-- names (2023年); reports with neither come last. Values are in one unit
-- per subject, as compare-figures shows them.
local opts, files = tally.args{
  subject = tally.args.string, kind = tally.args.string, region = tally.args.string, plot = false,
}
if not opts.subject or #files == 0 then
  io.stderr:write("usage: tally run timeline --subject REGEX [--kind KIND] FILE...\n")
  os.exit(2)
end

if opts.kind then tally.check_choice("--kind", opts.kind, tally.figure_kinds) end

local function when(row)
  if row.date then return row.date:sub(1, 10) end
  local y = row.period and tally.compare.fold(row.period):match("(%d%d%d%d)年")
  return y
end

local t = tally.compare.figures(tally.corpus(files), {
  subject = opts.subject, kind = opts.kind, by = when, min_groups = 1,
})
if opts.region then
  local want = tally.compare.fold(opts.region)
  t = t:where(function(r) return r.region and tally.compare.fold(r.region) == want end)
end
t = t:add("date", function(r) return r.group end)
     :add("region", function(r) return r.region end)
     :sort({"subject", "kind", "date", "region"})
     :select("subject", "kind", "date", "region", "period", "value", "unit", "text", "doc")
if #t == 0 then
  io.stderr:write("timeline: no figure matches\n")
  return
end
t:print()
-- the bars are for reading: they would break a csv or json stream
if opts.plot and (tally.options.format or "table") == "table" then
  local subjects = t:group("subject", "kind", "unit"):agg{n = {"count"}}
  for _, s in ipairs(subjects) do
    print()
    t:where{subject = s.subject, kind = s.kind, unit = s.unit}
     :add("when", function(r) return (r.date or "?") .. " " .. (r.region or r.doc) end)
     :plot{label = "when", value = "value", title = s.subject .. " (" .. s.unit .. ")"}
  end
end
