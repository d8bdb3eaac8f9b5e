--[[[
tally.compare: lining up what many reports say.

tally.compare.figures(corpus_or_table, {subject=, kind=, by=, rates=, min_groups=})
  The same measured thing side by side: each figure's subject_key (the
  engine's: folded, region, period and hedge words off, synonyms applied;
  else its subject cleaned of edge words) is looked up in
  tally.compare.subject_synonyms; figures with the same subject, kind,
  unit, period_key and status form a group (a target is never lined up
  with outcomes, nor 2026 with 2025); every report giving a value keeps
  its row (subjects of one character and those
  in tally.compare.vague_subjects, such as 工作 or 方面, are left out).
  Money and quantities are shown in one unit per group (万亿元, 亿元, 万元,
  元 …: the largest scale at which every value of the group is 1 or more); 美元 and other currencies stay apart from 元 unless
  rates = {美元 = 7.1, …} gives the rate to 元. Only groups reported by
  at least min_groups (default 2) different `by` values are kept. The
  result has one row per figure, groups with most `by` values first, and
  within a group the highest value first.

tally.compare.measures(corpus_or_table, {by=, terms=, min_groups=})
  Which measures the groups share: each measure's text (which holds its
  headline), folded, is searched for the forms of tally.compare.key_terms
  (terms adds more).
  Returns two tables: one row per key term (n groups, the groups, how many
  measures, an example: the first mention with a few words around it),
  most shared first; and the similarity
  matrix of the groups (Jaccard: terms shared over terms used by either).

by: "region" (default), "doc", "source", "date", "year", or a function of
the row. A row without a region falls back to its document's name.
The tables (compare_tables.lua) are data; extend them from a script.
]]
local tally = ...
tally.compare = tally.compare or {}
local C = tally.compare

--- tally.compare.fold(s): the form text is compared in: Simplified
--- characters (and ASCII digits and punctuation when tally.fold exists).
function C.fold(s)
  if s == nil then return nil end
  if tally.fold then return tally.fold(s) end
  return tally.simplified(s)
end

-- Characters trimmed off both ends of a subject.
local edge_list = {" ", "\t", "\n", "、", "，", ",", "。", "：", ":", "；", ";", "（", "）",
                   "(", ")", "“", "”", "\"", "'", "「", "」", "《", "》", "的"}
local edge_chars = {}
for _, ch in ipairs(edge_list) do edge_chars[ch] = true end

local function trim(s)
  local changed = true
  while changed and s ~= "" do
    changed = false
    local first = s:match("^[%z\1-\127\194-\244][\128-\191]*")
    if first and edge_chars[first] then s = s:sub(#first + 1); changed = true end
    local last = s:match("[%z\1-\127\194-\244][\128-\191]*$")
    if last and edge_chars[last] then s = s:sub(1, -#last - 1); changed = true end
  end
  return s
end

-- The names a region goes by: 青海省 and 青海, 深圳市 and 深圳.
local region_suffixes = {"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区",
                         "自治州", "省", "市", "区", "州", "县"}

local function region_names(region)
  if not region or region == "" then return {} end
  region = C.fold(region)
  local names = {region}
  for _, suf in ipairs(region_suffixes) do
    if #region > #suf and region:sub(-#suf) == suf then
      names[2] = region:sub(1, -#suf - 1)
      break
    end
  end
  return names
end

local function strip_words(s, words, at_start)
  for _, w in ipairs(words) do
    if #s > #w then
      if at_start and s:sub(1, #w) == w then return s:sub(#w + 1), true end
      if not at_start and s:sub(-#w) == w then return s:sub(1, -#w - 1), true end
    end
  end
  return s, false
end

--- tally.compare.clean_subject(subject [, region]): the subject folded and
--- without edge words.
function C.clean_subject(subject, region)
  if subject == nil then return nil end
  local s = trim(C.fold(subject))
  local names = region_names(region)
  local changed = true
  while changed do
    local a, b, c
    s, a = strip_words(s, names, true)
    s, b = strip_words(s, C.subject_prefixes, true)
    s, c = strip_words(s, C.subject_suffixes, false)
    s = trim(s)
    changed = a or b or c
  end
  return s
end

-- form -> canonical subject, built from the synonym table as it is now
-- (scripts may have added to it); canonical names in sorted order, so a
-- form listed twice always goes to the same one.
local function synonym_index()
  local idx, canon = {}, {}
  for k in pairs(C.subject_synonyms) do canon[#canon + 1] = k end
  table.sort(canon)
  for _, k in ipairs(canon) do
    local fk = C.fold(k)
    idx[fk] = idx[fk] or fk
    for _, form in ipairs(C.subject_synonyms[k]) do
      local ff = C.fold(form)
      idx[ff] = idx[ff] or fk
    end
  end
  return idx
end

--- tally.compare.synonym_index(): form -> canonical subject, from the
--- synonym table as it is now (pass it to tally.compare.subject when
--- calling it many times).
C.synonym_index = synonym_index

--- tally.compare.subject(subject [, region [, index]]): the canonical subject.
function C.subject(subject, region, index)
  local s = C.clean_subject(subject, region)
  if s == nil or s == "" then return s end
  index = index or synonym_index()
  return index[s] or s
end

-- What `by` may name besides a function: the document columns, and year.
C.by_choices = {"region", "year", "source", "doc", "date"}

local function by_function(by, columns)
  by = by or "region"
  if type(by) == "function" then return "group", by end
  if type(by) == "string" and by ~= "year" and columns then
    -- --by province is a mistake to report, not a comparison with no groups
    local known = false
    for _, c in ipairs(columns) do known = known or c == by end
    if not known then tally.check_choice("--by", by, C.by_choices) end
  end
  if by == "year" then
    return "year", function(row)
      local y = row.period and C.fold(row.period):match("(%d%d%d%d)年")
      return y or (row.date and row.date:match("^(%d%d%d%d)"))
    end
  end
  if type(by) ~= "string" then error("tally.compare: by must be a column name or a function", 3) end
  return by, function(row) return row[by] end
end

local function source_table(source, method)
  if tally.is_table(source) then return source end
  if type(source) == "userdata" and source[method] then return source[method](source) end
  if type(source) == "table" then return tally.table(source) end
  error("tally.compare." .. method .. ": expected a corpus or a tally.table of " .. method, 3)
end

local function matcher(pattern)
  if pattern == nil then return function() return true end end
  if type(pattern) ~= "string" then error("tally.compare: subject must be a pattern string", 3) end
  pattern = C.fold(pattern)
  if tally.regex then
    local re = tally.regex(pattern)
    return function(s) return s ~= nil and re:test(s) end
  end
  return function(s) return s ~= nil and s:find(pattern) ~= nil end
end

local function kind_set(kind)
  if kind == nil then return nil end
  if tally.figure_kinds then
    tally.check_choice("--kind", type(kind) == "table" and table.concat(kind, ",") or kind,
                       tally.figure_kinds)
  end
  local set = {}
  for k in (type(kind) == "table" and table.concat(kind, ",") or kind):gmatch("[^,%s]+") do
    set[k] = true
  end
  return set
end

-- Scales money and quantities to one unit per group; leaves rates, ranks
-- and ratios alone.
local scaled_kinds = {money = true, quantity = true}

local function round(v)
  return tonumber(string.format("%.10g", v))
end

-- A subject worth lining up: two characters or more, and not one of the
-- words that name no measured thing (tally.compare.vague_subjects).
local function meaningful(subject)
  if subject == nil or utf8.len(subject) == nil or utf8.len(subject) < 2 then return false end
  for _, v in ipairs(C.vague_subjects) do
    if subject == v then return false end
  end
  return true
end

-- A corpus of files (not a store, not a table): read as a stream.
local corpus_meta = getmetatable(tally.corpus({}))

-- Calls each(row) for every figure row of source, and next_doc() after each
-- document when source is a corpus read as a stream (a table's rows may come
-- in any order). A corpus's rows are the records themselves with the
-- document's columns set in them (what tally.corpus_row copies), so no
-- second table is made per figure.
local function each_figure_row(source, each, next_doc)
  if getmetatable(source) == corpus_meta then
    source:each_row("figures", each, next_doc)
    return
  end
  for _, f in ipairs(source_table(source, "figures")) do each(f) end
end

-- Memoizes f(s) for string keys (nil for a nil key): the subjects of a
-- corpus are few beside its figures.
local function memo(f)
  local cache = {}
  return function(s)
    if s == nil then return f(nil) end
    local v = cache[s]
    if v == nil then
      v = f(s)
      cache[s] = v == nil and false or v
    end
    return v or nil
  end
end

-- What the workers find ahead when they group a corpus's figures.
local group_analyses = {"structure", "figures", "records"}

-- The rules of the subject as the workers apply them
-- (core/figure_groups.c): the tables as they are now, so a script that
-- extended them is followed.
local function worker_rules(spec, index)
  spec.synonyms, spec.edge = index, edge_list
  spec.prefixes, spec.suffixes = C.subject_prefixes, C.subject_suffixes
  spec.vague = C.vague_subjects
  return spec
end

--- tally.compare._groups_on_workers(corpus, spec, index): the workers
--- group the corpus's figures (tally._figure_groups); returns what
--- FigureGroups:result() returns. For a corpus of files read with the
--- default figure tables only (see worker_groups).
function C._groups_on_workers(corpus, spec, index)
  local fg = tally._figure_groups(worker_rules(spec, index))
  for _ in corpus:each{analyse = group_analyses, groups = fg} do end
  return fg:result()
end

--- tally.compare._workers_can_group(source): whether the workers can
--- group source's figures: a corpus of files (a store's rows come from
--- SQLite, a table's are there already) whose figures are found with the
--- default tables (the workers have no others).
function C._workers_can_group(source)
  return getmetatable(source) == corpus_meta and tally._figure_groups ~= nil
    and tally._default_figure_tables ~= nil and tally._default_figure_tables()
    and tally.regex ~= nil
end

--- tally.compare.figures(corpus_or_table [, opts])
-- Memory: one entry per group (subject, kind, unit, period_key, status),
-- one per distinct row of a group (a figure as shown, less its doc), and a
-- pair (row, doc) per report that gives it (provenance). A corpus is read
-- as a stream, so its documents and their other figures are never held:
-- memory grows with the distinct groups and rows, and by two slots per
-- report that repeats a row (docs/compare.md).
function C.figures(source, opts)
  opts = opts or {}
  if not (tally.is_table(source) or getmetatable(source) == corpus_meta) then
    source = source_table(source, "figures")
  end
  local columns = tally.is_table(source) and source:columns()
                  or tally.corpus_columns(tally.figure_fields)
  local by_col, by_of = by_function(opts.by, columns)
  local kinds = kind_set(opts.kind)
  local wanted = memo(matcher(opts.subject))
  local rates = opts.rates or {}
  local min_groups = opts.min_groups or 2
  local index = synonym_index()
  local fold = memo(C.fold)
  local canon_of_key = memo(function(k) local fk = fold(k); return index[fk] or fk end)
  local worth = memo(meaningful)
  local streamed = getmetatable(source) == corpus_meta
  -- a subject without the engine's key: cleaned once per subject and region
  local subject_in = {}
  local function canon_of_subject(subject, region)
    if subject == nil then return C.subject(nil, region, index) end
    local k = subject .. "\0" .. (region or "")
    local v = subject_in[k]
    if v == nil then
      v = C.subject(subject, region, index)
      subject_in[k] = v
    end
    return v
  end
  -- text for a key: a string as it is, anything else by tostring ("nil")
  local function str(x) return type(x) == "string" and x or tostring(x) end

  local groups, by_key = {}, {}
  if type(opts.by) ~= "function" and C._workers_can_group(source) then
    -- the same groups, made on the workers: this thread only merges them
    local kind_list
    if kinds then
      kind_list = {}
      for k in pairs(kinds) do kind_list[#kind_list + 1] = k end
      table.sort(kind_list)
    end
    local gs, vs, vgroup, occ_v, occ_d = C._groups_on_workers(source, {
      rule = "line_up", kinds = kind_list, by = by_col,
      subject = opts.subject and C.fold(opts.subject), rates = rates,
      region_suffixes = region_suffixes,
    }, index)
    local at = {}
    for _, g in ipairs(gs) do g.variants, g.occ_variant, g.occ_doc = {}, {}, {} end
    for vi, v in ipairs(vs) do
      local list = gs[vgroup[vi]].variants
      list[#list + 1] = v
      at[vi] = #list
    end
    for k, vi in ipairs(occ_v) do
      local g = gs[vgroup[vi]]
      local n = #g.occ_variant + 1
      g.occ_variant[n], g.occ_doc[n] = at[vi], occ_d[k]
    end
    groups = gs
  else
    -- the rows of a group seen in the current document (or, for a table,
    -- in all of it): the same figure stated twice in one report counts once
    local seen = {}
    local function add(f)
      -- the engine's subject_key (region, period and hedge words off, the
      -- engine's synonyms applied), then this table's synonyms on top
      local canon
      if f.subject_key then
        canon = canon_of_key(f.subject_key)
      else
        canon = canon_of_subject(f.subject, f.region)
      end
      local unit, value = f.unit, f.value
      if f.kind == "money" and unit ~= "元" and rates[unit] and value then
        value, unit = value * rates[unit], "元"
      end
      local as_written = f.subject
      if value ~= nil and worth(canon) and (not kinds or kinds[f.kind])
         and (wanted(canon) or wanted(fold(as_written or ""))) then
        -- one group per measured thing, period and status: a 2026 target
        -- never sits beside 2025 outcomes
        local status = f.status or "actual"
        local key = canon .. "\0" .. str(f.kind) .. "\0" .. str(unit) .. "\0" ..
                    str(f.period_key) .. "\0" .. status
        local g = by_key[key]
        if not g then
          g = {subject = canon, kind = f.kind, unit = unit, period_key = f.period_key,
               status = status, variants = {}, variant_of = {}, occ_variant = {}, occ_doc = {},
               groups = {}, n = 0}
          by_key[key] = g
          groups[#groups + 1] = g
        end
        local group = by_of(f)
        if (group == nil or group == "") and by_col == "region" then
          group = f.region_scope == "country" and "全国" or f.doc
        end
        local dup = key .. "\0" .. str(group) .. "\0" .. str(f.doc) .. "\0" .. str(f.period_key) ..
                    "\0" .. str(value)
        if not seen[dup] then
          seen[dup] = true
          local gk = str(group)
          if not g.groups[gk] then
            g.groups[gk] = true
            g.n = g.n + 1
          end
          -- the row less its doc: reports that repeat it share one variant
          -- and keep only their name (provenance)
          local vkey = str(group) .. "\0" .. str(f.period) .. "\0" ..
                       (math.type(value) == "float" and string.format("%.17g", value) or str(value)) ..
                       "\0" .. str(f.subject_key) .. "\0" .. str(f.approx) .. "\0" .. str(f.text) ..
                       "\0" .. str(as_written) .. "\0" .. str(f.region) .. "\0" .. str(f.date) ..
                       "\0" .. str(f.source) .. "\0" .. str(f.scope)
          local vi = g.variant_of[vkey]
          if not vi then
            local v = {
              subject = canon, kind = f.kind, period = f.period, base = value,
              period_key = f.period_key, status = status, subject_key = f.subject_key,
              approx = f.approx, text = f.text, as_written = as_written,
              region = f.region, date = f.date, source = f.source, scope = f.scope,
            }
            v[by_col] = group
            vi = #g.variants + 1
            g.variants[vi] = v
            g.variant_of[vkey] = vi
          end
          local k = #g.occ_variant + 1
          g.occ_variant[k], g.occ_doc[k] = vi, f.doc
        end
      end
    end
    each_figure_row(source, add, function() if streamed then seen = {} end end)
  end

  local kept = {}
  for _, g in ipairs(groups) do
    if g.n >= min_groups then kept[#kept + 1] = g end
  end
  table.sort(kept, function(a, b)
    if a.n ~= b.n then return a.n > b.n end
    if a.subject ~= b.subject then return a.subject < b.subject end
    if a.status ~= b.status then return a.status < b.status end
    if tostring(a.period_key) ~= tostring(b.period_key) then
      return tostring(a.period_key) < tostring(b.period_key)
    end
    return tostring(a.kind) .. tostring(a.unit) < tostring(b.kind) .. tostring(b.unit)
  end)

  local rows = {}
  for _, g in ipairs(kept) do
    -- the group's rows, one per report giving each, in the order they came
    local grows = {}
    for k, vi in ipairs(g.occ_variant) do
      local r = {}
      for field, x in pairs(g.variants[vi]) do r[field] = x end
      r.doc = g.occ_doc[k]
      grows[k] = r
    end
    local scale, prefix = 1, ""
    if scaled_kinds[g.kind] then
      -- the largest scale at which every value of the group is at least 1:
      -- 14.8亿元 beside 2.59万亿元 reads 14.8 and 25900 亿元
      local smallest = math.huge
      for _, r in ipairs(grows) do
        local a = math.abs(r.base)
        if a > 0 and a < smallest then smallest = a end
      end
      for _, s in ipairs(C.unit_scales) do
        if smallest >= s[1] and smallest < math.huge then scale, prefix = s[1], s[2]; break end
      end
    end
    table.sort(grows, function(a, b) return a.base > b.base end)
    for _, r in ipairs(grows) do
      r.value = round(r.base / scale)
      r.unit = prefix .. (g.unit or "")
      rows[#rows + 1] = r
    end
  end
  return tally.table(rows, {"subject", "kind", by_col, "period", "period_key", "status", "value",
                            "unit", "approx", "text", "as_written", "doc", "base"})
end

-- forms of every key term, folded: {term, {forms}} in term order
local context

local function term_forms(extra)
  local all = {}
  for k, v in pairs(C.key_terms) do all[k] = v end
  for k, v in pairs(extra or {}) do all[k] = type(v) == "table" and v or {v} end
  local names = {}
  for k in pairs(all) do names[#names + 1] = k end
  table.sort(names)
  local out = {}
  for i, k in ipairs(names) do
    local forms = {}
    for j, f in ipairs(all[k]) do forms[j] = C.fold(f) end
    forms[#forms + 1] = C.fold(k)
    out[i] = {k, forms}
  end
  return out
end

-- The words around a match in the text as written: folding maps each
-- character to one character, so the match's character positions in the
-- folded text are its positions in the original.
local context_chars = 12

context = function(original, folded, at, len)
  local first = utf8.len(folded, 1, at - 1) + 1
  local count = utf8.len(folded, at, at + len - 1)
  local total = utf8.len(original) or 0
  local from = math.max(1, first - context_chars)
  local to = math.min(total, first + count - 1 + context_chars)
  local a = utf8.offset(original, from)
  local b = (utf8.offset(original, to + 1) or #original + 1) - 1
  local s = original:sub(a, b):gsub("%s+", " ")
  return (from > 1 and "…" or "") .. s .. (to < total and "…" or "")
end

--- tally.compare.measures(corpus_or_table [, opts]): terms table, matrix
function C.measures(source, opts)
  opts = opts or {}
  local t = source_table(source, "measures")
  local by_col, by_of = by_function(opts.by, t:columns())
  local terms = term_forms(opts.terms)
  local min_groups = opts.min_groups or 1

  local group_order, group_terms = {}, {}
  local term_info = {}
  for _, m in ipairs(t) do
    local group = by_of(m)
    if group == nil or group == "" then group = by_col == "region" and m.doc or "?" end
    if not group_terms[group] then
      group_terms[group] = {}
      group_order[#group_order + 1] = group
    end
    -- an item's text starts at its marker and holds its headline
    local original = m.text or m.headline or ""
    local text = C.fold(original)
    for _, tf in ipairs(terms) do
      local name, forms = tf[1], tf[2]
      for _, form in ipairs(forms) do
        local at = text:find(form, 1, true)
        if at then
          local info = term_info[name]
          if not info then
            info = {groups = {}, in_group = {}, measures = 0,
                    example = context(original, text, at, #form)}
            term_info[name] = info
          end
          info.measures = info.measures + 1
          if not info.in_group[group] then
            info.in_group[group] = true
            info.groups[#info.groups + 1] = group
          end
          group_terms[group][name] = true
          break
        end
      end
    end
  end

  local rows = {}
  for name, info in pairs(term_info) do
    if #info.groups >= min_groups then
      rows[#rows + 1] = {term = name, n = #info.groups, [by_col .. "s"] = info.groups,
                         measures = info.measures, example = info.example}
    end
  end
  table.sort(rows, function(a, b)
    if a.n ~= b.n then return a.n > b.n end
    return a.term < b.term
  end)
  local term_table = tally.table(rows, {"term", "n", by_col .. "s", "measures", "example"})

  local matrix_rows = {}
  for _, a in ipairs(group_order) do
    local r = {[by_col] = a}
    for _, b in ipairs(group_order) do
      local both, either = 0, 0
      for name in pairs(term_info) do
        local in_a, in_b = group_terms[a][name], group_terms[b][name]
        if in_a and in_b then both = both + 1 end
        if in_a or in_b then either = either + 1 end
      end
      r[tostring(b)] = either > 0 and math.floor(both / either * 100 + 0.5) / 100 or 0
    end
    matrix_rows[#matrix_rows + 1] = r
  end
  local matrix_cols = {by_col}
  for _, g in ipairs(group_order) do matrix_cols[#matrix_cols + 1] = tostring(g) end
  return term_table, tally.table(matrix_rows, matrix_cols)
end
