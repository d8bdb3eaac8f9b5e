--- Rank and growth claims per region, flagging reports that disagree with each other.
-- @usage tally run claims [--conflicts] [--kind rank,growth] FILE...
-- @arg FILE         the reports (globs work)
-- @arg --kind       the kinds of claim (default rank,growth)
-- @arg --conflicts  only the claims another report contradicts
--
-- Two claims are about the same thing when they have the same region (the
-- figure's own: 深圳市 in a Guangdong report; 深圳 and 深圳市 are one), the
-- same subject_key, kind, scope (增长 without a base is 同比 in these
-- reports), period_key and status. Figures without a subject_key are not
-- compared. Figures of one report are never compared with each other: a
-- claim disagrees with another report when that report gives the same claim
-- only with other values; the check column then lists them. Claims a single
-- report makes are listed with an empty check.
local opts, files = tally.args{kind = "rank,growth", conflicts = false}
if #files == 0 then
  io.stderr:write("usage: tally run claims [--conflicts] [--kind rank,growth] FILE...\n")
  os.exit(2)
end

tally.check_choice("--kind", opts.kind, tally.figure_kinds)

local kinds = {}
for k in opts.kind:gmatch("[^,%s]+") do kinds[k] = true end

-- 深圳市 and 深圳, 湖南省 and 湖南 are one region
local region_suffixes = {"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区",
                         "自治州", "省", "市", "区", "州", "县", "盟"}
local function region_key(f)
  if f.region_scope == "country" then return "全国" end
  local r = f.region and tally.compare.fold(f.region) or nil
  if not r or r == "" then return "\1" .. f.doc end -- no region known: the report's own
  for _, suf in ipairs(region_suffixes) do
    if #r > #suf and r:sub(-#suf) == suf then return r:sub(1, -#suf - 1) end
  end
  return r
end

-- a growth without a written base is year on year in these reports
local function scope_key(f)
  local s = f.scope and tally.compare.fold(f.scope) or ""
  if f.kind == "growth" and (s == "" or s == "比上年" or s == "较上年" or s == "按年") then
    return "同比"
  end
  return s
end

local figures = tally.corpus(files):figures():where(function(f)
  return kinds[f.kind] and f.subject_key ~= nil and f.subject_key ~= ""
end)
local claims, groups = {}, {}
for _, f in ipairs(figures) do
  local subject = tally.compare.subject(f.subject_key)
  local key = table.concat({region_key(f), subject, f.kind, scope_key(f),
                            f.period_key or "", f.status or "actual"}, "\0")
  local c = {region = f.region_scope == "country" and "全国" or f.region or f.doc_region,
             subject = subject, kind = f.kind, scope = f.scope, period = f.period,
             period_key = f.period_key, status = f.status, value = f.value, unit = f.unit,
             text = f.text, doc = f.doc, key = key}
  claims[#claims + 1] = c
  local g = groups[key]
  if not g then g = {docs = {}, values = {}}; groups[key] = g end
  if not g.values[c.doc] then
    g.values[c.doc] = {}
    g.docs[#g.docs + 1] = c.doc
  end
  g.values[c.doc][tally.cell_text(c.value)] = true
end

local disagreeing, conflicts = 0, {}
for _, c in ipairs(claims) do
  local g = groups[c.key]
  local mine = tally.cell_text(c.value)
  local others, agreeing = {}, 0
  for _, d in ipairs(g.docs) do
    if d ~= c.doc then
      if g.values[d][mine] then
        agreeing = agreeing + 1
      else
        local vs = {}
        for v in pairs(g.values[d]) do vs[#vs + 1] = v end
        table.sort(vs)
        others[#others + 1] = string.format("%s in %s", table.concat(vs, ", "), d)
      end
    end
  end
  if #others > 0 then
    c.check = "DISAGREES: " .. table.concat(others, "; ")
    disagreeing = disagreeing + 1
    conflicts[c.key] = true
  else
    c.check = agreeing > 0 and "agrees" or nil
  end
end

local t = tally.table(claims, {"region", "subject", "kind", "scope", "period", "period_key",
                               "status", "value", "unit", "text", "doc", "check"})
if opts.conflicts then t = t:where(function(c) return c.check and c.check:find("^DISAGREES") end) end
t = t:sort({"region", "subject", "kind"})
t:print()
if disagreeing > 0 then
  local n = 0
  for _ in pairs(conflicts) do n = n + 1 end
  io.stderr:write(string.format("claims: %d claims disagree with another report (%d conflicts)\n",
                                disagreeing, n))
end
