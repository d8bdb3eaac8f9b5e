--- Line up the same measured thing across regions (or years, sources): one row per figure.
-- @usage tally run compare-figures [--kind growth] [--subject 外贸] [--by region] [--wide] [--all] FILE...
-- @arg FILE       the reports to compare (globs work: 'reports/*.txt')
-- @arg --kind     figure kinds to keep, comma-separated: money, quantity, growth, percent, pp, rank, ratio
-- @arg --subject  a regex the subject must match, in Simplified (Traditional subjects are folded): 进出口|外贸
-- @arg --by       what to line up: region (default), year, source, doc
-- @arg --wide     one column per region (or year …) and one row per subject, period and status
--                 instead; a cell lists every value reported (≠ flags values that differ)
-- @arg --all      keep subjects that only one region reports
-- @arg --usd      the rate of 美元 to 元 (7.1): dollar amounts join the 元 ones
--
-- Figures are grouped by subject_key (folded, synonyms applied: 进出口总额 =
-- 进出口额 = 外贸进出口 …), period_key (前三季度 = 1至9月) and status, so a
-- target (5%左右 in a plan) never sits beside an outcome;
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
  -- one row per group (subject, kind, unit, period, status), one column per
  -- region: a cell shows every value reported for it, never silently one;
  -- values that differ are flagged with ≠, a value several reports give
  -- says how many (×2)
  local rows, row_of, cols, col_seen = {}, {}, {"figure"}, {}
  for _, r in ipairs(t) do
    local label = string.format("%s (%s, %s, %s, %s)", r.subject, r.kind,
                                r.unit ~= "" and r.unit or "-", r.period_key or "-", r.status)
    local row = row_of[label]
    if not row then
      row = {figure = label, cells = {}}
      row_of[label] = row
      rows[#rows + 1] = row
    end
    local col = tostring(r[by])
    if not col_seen[col] then col_seen[col] = true; cols[#cols + 1] = col end
    local cell = row.cells[col]
    if not cell then cell = {order = {}, count = {}}; row.cells[col] = cell end
    local v = tally.cell_text(r.value)
    if not cell.count[v] then cell.order[#cell.order + 1] = v; cell.count[v] = 0; cell.raw = r.value end
    cell.count[v] = cell.count[v] + 1
  end
  local out, flagged = {}, 0
  for _, row in ipairs(rows) do
    local rec = {figure = row.figure}
    for col, cell in pairs(row.cells) do
      local parts = {}
      for _, v in ipairs(cell.order) do
        parts[#parts + 1] = cell.count[v] > 1 and string.format("%s (×%d)", v, cell.count[v]) or v
      end
      rec[col] = table.concat(parts, " ≠ ")
      if #parts == 1 and cell.count[cell.order[1]] == 1 then rec[col] = cell.raw end
      if #cell.order > 1 then flagged = flagged + 1 end
    end
    out[#out + 1] = rec
  end
  tally.table(out, cols):print()
  if flagged > 0 then
    io.stderr:write(string.format("compare-figures: %d cells hold differing values (≠)\n", flagged))
  end
  return
end
t:select("subject", "kind", by, "period", "period_key", "status", "value", "unit", "approx",
         "text", "as_written", "doc"):print()
