--- Rank and growth claims per region, flagging reports that disagree with each other.
-- @usage tally run claims [--conflicts] [--kind rank,growth] FILE...
-- @arg FILE         the reports (globs work)
-- @arg --kind       the kinds of claim (default rank,growth)
-- @arg --conflicts  only the claims another report contradicts
--
-- Two claims are about the same thing when they have the same region, the
-- same subject (folded, synonyms applied), kind, scope (全国, 同比 …) and
-- period (folded; 今年 taken off). They disagree when two reports give
-- different values for it; the check column then lists the other values
-- and reports. Claims a single report makes are listed with an empty check.
local opts, files = tally.args{kind = "rank,growth", conflicts = false}
if #files == 0 then
  io.stderr:write("usage: tally run claims [--conflicts] [--kind rank,growth] FILE...\n")
  os.exit(2)
end

tally.check_choice("--kind", opts.kind, tally.figure_kinds)

-- Words at the start of a period that do not change which period it is.
local period_prefixes = {"今年", "本年", "年内"}

local function period_key(p)
  if not p then return "" end
  p = tally.compare.fold(p)
  for _, w in ipairs(period_prefixes) do
    if p:sub(1, #w) == w and #p > #w then p = p:sub(#w + 1) end
  end
  return p
end

local kinds = {}
for k in opts.kind:gmatch("[^,%s]+") do kinds[k] = true end

local figures = tally.corpus(files):figures():where(function(f) return kinds[f.kind] end)
local claims, groups = {}, {}
for _, f in ipairs(figures) do
  local subject = tally.compare.subject(f.subject, f.region)
  local region = f.region or f.doc
  local key = table.concat({region, subject or "", f.kind, tally.compare.fold(f.scope or ""),
                            period_key(f.period)}, "\0")
  local c = {region = region, subject = subject, kind = f.kind, scope = f.scope,
             period = f.period, value = f.value, unit = f.unit, text = f.text, doc = f.doc,
             key = key}
  claims[#claims + 1] = c
  groups[key] = groups[key] or {}
  table.insert(groups[key], c)
end

local disagreeing = 0
for _, c in ipairs(claims) do
  local others = {}
  for _, o in ipairs(groups[c.key]) do
    if o.doc ~= c.doc and o.value ~= c.value then
      others[#others + 1] = string.format("%s in %s", tally.cell_text(o.value), o.doc)
    end
  end
  if #others > 0 then
    c.check = "DISAGREES: " .. table.concat(others, "; ")
    disagreeing = disagreeing + 1
  else
    local agreeing = 0
    for _, o in ipairs(groups[c.key]) do
      if o.doc ~= c.doc then agreeing = agreeing + 1 end
    end
    c.check = agreeing > 0 and "agrees" or nil
  end
end

local t = tally.table(claims, {"region", "subject", "kind", "scope", "period", "value", "unit",
                               "text", "doc", "check"})
if opts.conflicts then t = t:where(function(c) return c.check and c.check:find("^DISAGREES") end) end
t = t:sort({"region", "subject", "kind"})
t:print()
if disagreeing > 0 then
  io.stderr:write(string.format("claims: %d claims disagree with another report\n", disagreeing))
end
