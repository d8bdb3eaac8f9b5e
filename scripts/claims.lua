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

-- folding is a call into ICU: once per distinct string
local folded = {}
local function fold(s)
  local f = folded[s]
  if not f then f = tally.compare.fold(s); folded[s] = f end
  return f
end

-- 深圳市 and 深圳, 湖南省 and 湖南 are one region
local region_suffixes = {"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区",
                         "自治州", "省", "市", "区", "州", "县", "盟"}
local region_keys = {}
local function region_key(f)
  if f.region_scope == "country" then return "全国" end
  local r = f.region and fold(f.region) or nil
  if not r or r == "" then return "\1" .. f.doc end -- no region known: the report's own
  local k = region_keys[r]
  if k then return k end
  k = r
  for _, suf in ipairs(region_suffixes) do
    if #r > #suf and r:sub(-#suf) == suf then k = r:sub(1, -#suf - 1); break end
  end
  region_keys[r] = k
  return k
end

-- a growth without a written base is year on year in these reports
local year_on_year = {"", "比上年", "较上年", "按年"}
local function scope_key(f)
  local s = f.scope and fold(f.scope) or ""
  if f.kind == "growth" then
    for _, y in ipairs(year_on_year) do
      if s == y then return "同比" end
    end
  end
  return s
end

-- Memory: the claims are read as a stream of reports; each distinct claim
-- (all but its doc) is kept once, and a claim a report repeats costs a
-- pair (claim, doc): a corpus of the same reports repeated grows by those
-- slots only (docs/compare.md). A corpus of files is grouped on the worker
-- threads (core/figure_groups.c, by the rules above, passed to it), a
-- store here, the same way.
local synonyms = tally.compare.synonym_index()
local variants, variant_group, occ_variant, occ_doc
local corpus = tally.corpus(files)
if tally.compare._workers_can_group(corpus) then
  local kind_list = {}
  for k in pairs(kinds) do kind_list[#kind_list + 1] = k end
  table.sort(kind_list)
  local _
  _, variants, variant_group, occ_variant, occ_doc = tally.compare._groups_on_workers(corpus, {
    rule = "claims", kinds = kind_list, region_suffixes = region_suffixes,
    same_scope = year_on_year,
  }, synonyms)
else
  local subject_of = {}
  local variant_of, group_of, ngroups = {}, {}, 0
  -- text for a key: a string as it is, anything else by tostring ("nil")
  local function str(x) return type(x) == "string" and x or tostring(x) end
  variants, variant_group, occ_variant, occ_doc = {}, {}, {}, {}
  corpus:each_row("figures", function(f)
    if not (kinds[f.kind] and f.subject_key ~= nil and f.subject_key ~= "") then return end
    local subject = subject_of[f.subject_key]
    if not subject then
      subject = tally.compare.subject(f.subject_key, nil, synonyms)
      subject_of[f.subject_key] = subject
    end
    local key = region_key(f) .. "\0" .. subject .. "\0" .. f.kind .. "\0" .. scope_key(f) ..
                "\0" .. (f.period_key or "") .. "\0" .. (f.status or "actual")
    local region = f.region_scope == "country" and "全国" or f.region or f.doc_region
    local vkey = key .. "\0" .. str(region) .. "\0" .. str(f.scope) .. "\0" .. str(f.period) ..
                 "\0" .. (math.type(f.value) == "float" and string.format("%.17g", f.value)
                         or str(f.value)) .. "\0" .. str(f.unit) .. "\0" .. str(f.text)
    local vi = variant_of[vkey]
    if not vi then
      vi = #variants + 1
      variants[vi] = {region = region, subject = subject, kind = f.kind, scope = f.scope,
                      period = f.period, period_key = f.period_key, status = f.status,
                      value = f.value, unit = f.unit, text = f.text,
                      mine = tally.cell_text(f.value)}
      variant_of[vkey] = vi
      local gi = group_of[key]
      if not gi then ngroups = ngroups + 1; gi = ngroups; group_of[key] = gi end
      variant_group[vi] = gi
    end
    occ_variant[#occ_variant + 1], occ_doc[#occ_doc + 1] = vi, f.doc
  end)
end

-- per group, the reports giving it (in the order they came) and the values
-- each gives
local groups = {}
for k, vi in ipairs(occ_variant) do
  local gi, doc = variant_group[vi], occ_doc[k]
  local g = groups[gi]
  if not g then g = {docs = {}, values = {}}; groups[gi] = g end
  if not g.values[doc] then
    g.values[doc] = {}
    g.docs[#g.docs + 1] = doc
  end
  g.values[doc][variants[vi].mine] = true
end

local disagreeing, conflicts, claims = 0, {}, {}
for k, vi in ipairs(occ_variant) do
  local v, doc = variants[vi], occ_doc[k]
  local c = {region = v.region, subject = v.subject, kind = v.kind, scope = v.scope,
             period = v.period, period_key = v.period_key, status = v.status, value = v.value,
             unit = v.unit, text = v.text, doc = doc}
  claims[k] = c
  -- the check depends on the group and the value, not on the claim's own
  -- report (which gives the value, so it is never among the others): made
  -- once per value of a group, not once per claim against every report
  local gi = variant_group[vi]
  local g = groups[gi]
  g.check_of = g.check_of or {}
  local check = g.check_of[v.mine]
  if check == nil then
    local others, giving = {}, 0
    for _, d in ipairs(g.docs) do
      if g.values[d][v.mine] then
        giving = giving + 1
      else
        local vs = {}
        for x in pairs(g.values[d]) do vs[#vs + 1] = x end
        table.sort(vs)
        others[#others + 1] = string.format("%s in %s", table.concat(vs, ", "), d)
      end
    end
    if #others > 0 then
      check = "DISAGREES: " .. table.concat(others, "; ")
    else
      check = giving > 1 and "agrees" or false -- another report than the claim's own
    end
    g.check_of[v.mine] = check
  end
  if check and check ~= "agrees" then
    disagreeing = disagreeing + 1
    conflicts[gi] = true
  end
  c.check = check or nil
end
occ_variant, occ_doc, variants, variant_group, groups = nil, nil, nil, nil, nil

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
