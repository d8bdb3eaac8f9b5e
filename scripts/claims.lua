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
-- each gives: the value's text when a report gives one (most do), a set of
-- them when it gives more
local groups = {}
for k, vi in ipairs(occ_variant) do
  local gi, doc, mine = variant_group[vi], occ_doc[k], variants[vi].mine
  local g = groups[gi]
  if not g then g = {docs = {}, values = {}, check_of = {}}; groups[gi] = g end
  local have = g.values[doc]
  if have == nil then
    g.values[doc] = mine
    g.docs[#g.docs + 1] = doc
  elseif type(have) == "string" then
    if have ~= mine then g.values[doc] = {[have] = true, [mine] = true} end
  else
    have[mine] = true
  end
end

-- The check of each claim depends on its group and value, not on the
-- claim's own report (which gives the value, so it is never among the
-- others): made once per value of a group, so once per distinct claim.
local function check_of_value(g, mine)
  local others, giving = {}, 0
  for _, d in ipairs(g.docs) do
    local have = g.values[d]
    if have == mine or (type(have) == "table" and have[mine]) then
      giving = giving + 1
    else
      local vs = {}
      if type(have) == "string" then
        vs[1] = have
      else
        for x in pairs(have) do vs[#vs + 1] = x end
        table.sort(vs)
      end
      others[#others + 1] = string.format("%s in %s", table.concat(vs, ", "), d)
    end
  end
  if #others > 0 then return "DISAGREES: " .. table.concat(others, "; ") end
  return giving > 1 and "agrees" or false -- another report than the claim's own
end
local check_of = {} -- per distinct claim: its check, false when none
for vi, v in ipairs(variants) do
  local g = groups[variant_group[vi]]
  if g then
    local check = g.check_of[v.mine]
    if check == nil then
      check = check_of_value(g, v.mine)
      g.check_of[v.mine] = check
    end
    check_of[vi] = check
  end
end
groups = nil

-- the claims shown (occurrences, in the order they came), counting those
-- that disagree
local disagreeing, conflicts, shown = 0, {}, {}
for k, vi in ipairs(occ_variant) do
  local check = check_of[vi]
  if check and check ~= "agrees" then
    disagreeing = disagreeing + 1
    conflicts[variant_group[vi]] = true
  end
  if not opts.conflicts or (check and check:find("^DISAGREES")) then shown[#shown + 1] = k end
end

-- Sorted by region, subject and kind, ties in the order they came, as
-- t:sort({"region", "subject", "kind"}) sorts a table of every claim: the
-- distinct claims are sorted (a table of them, so the order is the table's),
-- claims of one (region, subject, kind) share a rank, and the claims are
-- put in rank order keeping their own order within a rank.
local present, seen = {}, {}
for _, k in ipairs(shown) do
  local vi = occ_variant[k]
  if not seen[vi] then
    seen[vi] = true
    local v = variants[vi]
    present[#present + 1] = {region = v.region, subject = v.subject, kind = v.kind, vi = vi}
  end
end
seen = nil
local rank_of, nranks, last = {}, 0, nil
for _, p in ipairs(tally.table(present, {"region", "subject", "kind", "vi"})
                   :sort({"region", "subject", "kind"})) do
  if not (last and last.region == p.region and last.subject == p.subject and last.kind == p.kind) then
    nranks = nranks + 1
  end
  rank_of[p.vi], last = nranks, p
end
present = nil
local start = {}
for r = 1, nranks + 1 do start[r] = 0 end
for _, k in ipairs(shown) do
  local r = rank_of[occ_variant[k]] + 1
  start[r] = start[r] + 1
end
for r = 2, nranks + 1 do start[r] = start[r] + start[r - 1] end
local order = {}
for _, k in ipairs(shown) do
  local r = rank_of[occ_variant[k]]
  start[r] = start[r] + 1
  order[start[r]] = k
end
shown, rank_of, start = nil, nil, nil

-- Printed from a view: each row made when the output reads it (the memory
-- of a long result is the distinct claims and two slots per claim, not a
-- record per claim; docs/compare.md)
local columns = {"region", "subject", "kind", "scope", "period", "period_key", "status", "value",
                 "unit", "text", "doc", "check"}
local rows = setmetatable({}, {
  __len = function() return #order end,
  __index = function(_, i)
    local k = order[i]
    if k == nil then return nil end
    local vi = occ_variant[k]
    local v = variants[vi]
    return {region = v.region, subject = v.subject, kind = v.kind, scope = v.scope,
            period = v.period, period_key = v.period_key, status = v.status, value = v.value,
            unit = v.unit, text = v.text, doc = occ_doc[k], check = check_of[vi] or nil}
  end,
})
tally.print_rows(rows, columns)
if disagreeing > 0 then
  local n = 0
  for _ in pairs(conflicts) do n = n + 1 end
  io.stderr:write(string.format("claims: %d claims disagree with another report (%d conflicts)\n",
                                disagreeing, n))
end
