--- List the measures (list items) each report announces.
-- @usage tally run measures [--level N] [--style shi|ordinal|section|topic] [--format FORMAT] FILE...
-- @arg FILE      reports, folders or quoted globs (text, HTML or Markdown)
-- @arg --level   keep only items at this nesting level (1 for top lists)
-- @arg --style   keep only items of this list style
-- @arg --format  table (default), csv, excel, json, jsonl, md, sqlite (with --output x.sqlite)
--
-- One row per item with the columns of c:measures(): doc, region, date,
-- source, then the item's fields (its figures as a list). The aligned table
-- shows the columns that fit a terminal.
local opts, files = tally.args{level = tally.args.number, style = tally.args.string}
if #files == 0 then
  io.stderr:write("usage: tally run measures [--level N] [--style STYLE] FILE...\n")
  os.exit(2)
end
local filter = {}
if opts.level then
  filter.level = math.tointeger(opts.level) or tally.usage_error("--level takes a whole number, not " .. opts.level)
end
if opts.style then
  tally.check_choice("--style", opts.style, tally.measure_styles)
  filter.style = opts.style
end

local t = tally.corpus(files):measures(filter)
if (tally.options.format or "table") == "table" then
  t = t:select("doc", "list", "level", "ordinal", "marker", "declared", "headline")
end
t:print()
