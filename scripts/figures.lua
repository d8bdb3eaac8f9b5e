--- Print every figure of the given reports.
-- @usage tally run figures [--kind KIND] [--format FORMAT] [--output FILE] FILE...
-- @arg FILE      reports, folders or quoted globs ('archive/**/*.txt'), in any encoding tally decodes
-- @arg --kind    keep only figures of this kind (money, quantity, percent, growth, pp, rank, ratio, time, ordinal)
-- @arg --format  table (default), csv, excel, json, jsonl, md, sqlite (with --output x.sqlite)
--
-- One row per figure with the columns of c:figures(): doc (the report's
-- name), region, date, source, then the figure's fields. The aligned table
-- leaves out the sentence and the offsets, which every other format keeps.
local opts, files = tally.args{kind = tally.args.string}
if #files == 0 then
  io.stderr:write("usage: tally run figures [--kind KIND] [--format FORMAT] FILE...\n")
  os.exit(2)
end
if opts.kind then tally.check_choice("--kind", opts.kind, tally.figure_kinds) end

-- rows are written as each report comes (jsonl, csv) or as one table
tally.corpus(files):print_rows("figures", opts.kind and {kind = opts.kind} or nil,
  (tally.options.format or "table") == "table" and
    {"doc", "text", "value", "value_max", "unit", "kind", "approx", "scope", "subject",
     "period", "subject_key", "period_key", "status", "region"} or nil)
