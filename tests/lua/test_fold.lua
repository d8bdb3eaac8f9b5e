-- Folding from Lua: tally.fold, doc.folded, doc:unfold, tokens' norm, and
-- (when the regex binding is there) searches with {fold = true}.
local T = require "check"

T.test("tally.fold folds width, quotes and script", function()
  T.eq(tally.fold("同比增长１２.５％"), "同比增长12.5%")
  T.eq(tally.fold("１，４０９家"), "1,409家")
  T.eq(tally.fold("「進出口」\u{3000}『外貿』"), "“进出口” ‘外贸’")
  T.eq(tally.fold("进出口"), "进出口")
  T.eq(tally.fold("乾隆年間的俱樂部"), "乾隆年间的俱乐部")
  T.eq(tally.fold(""), "")
end)

T.test("tally.fold returns a map on request", function()
  local s = "A１２B進"
  local f, map = tally.fold(s, {map = true})
  T.eq(f, "A12B进")
  T.eq(#map, #f + 1)
  T.eq(map[#f + 1], #s + 1)
  -- folded "12" (bytes 2..3) comes from "１２"
  T.eq(s:sub(map[2], map[4] - 1), "１２")
  T.eq(s:sub(map[5], map[8] - 1), "進")
  T.eq(select("#", tally.fold(s)), 1)
end)

T.test("tally.fold rejects what is not text", function()
  T.raises(function() tally.fold(nil) end, "string or tally.Doc")
  T.raises(function() tally.fold({}) end, "string or tally.Doc")
  T.raises(function() tally.fold("x", 3) end, "table expected")
end)

T.test("doc.folded is built once and maps back with doc:unfold", function()
  local doc = tally.doc("外貿進出口同比增長１２.５％，「穩中向好」。")
  T.eq(doc.folded, "外贸进出口同比增长12.5%,“稳中向好”。")
  T.eq(doc.folded, tally.fold(doc))
  local a, b = doc.folded:find("12.5%", 1, true)
  local span = doc:unfold(a, b)
  T.eq(span.text, "１２.５％")
  T.eq(doc.text:sub(span.start, span.stop), span.text)
  a, b = doc.folded:find("进出口", 1, true)
  T.eq(doc:unfold(a, b).text, "進出口")
  T.raises(function() doc:unfold(0, 2) end, "outside doc.folded")
  T.raises(function() doc:unfold(1, #doc.folded + 1) end, "outside doc.folded")
end)

T.test("tokens get norm with {fold = true} only", function()
  local doc = tally.doc("進出口和进出口，１２.５％")
  local counts = {}
  for _, t in ipairs(doc:tokens{fold = true}) do
    T.eq(doc.text:sub(t.start, t.stop), t.text)
    T.eq(t.norm, tally.fold(t.text))
    counts[t.norm] = (counts[t.norm] or 0) + 1
  end
  T.eq(counts["进出口"], 2)
  T.eq(counts["12.5"], 1)
  for _, t in ipairs(doc:tokens()) do T.eq(t.norm, nil) end
  local toks = tally.tokenize("進出口", {fold = true})
  T.eq(toks[1].norm, "进出口")
  T.eq(doc:tokens{fold = true, kinds = {"number"}}[1].norm, "12.5")
end)

T.test("find, count, kwic and gmatch with {fold = true} on a full-width text", function()
  local text = "二季度外貿進出口總額同比增長１２.５％，「穩中向好」。\n进出口（含转口）增长３次，ｅＸｐｏｒｔ　１，４０９家。"
  local doc = tally.doc(text)
  local got = {}
  for m in doc:find("[0-9.]+%", {fold = true}) do got[#got + 1] = m end
  T.eq(#got, 1)
  local a, b = text:find("１２.５％", 1, true)
  T.eq(got[1].start, a)
  T.eq(got[1].stop, b)
  T.eq(got[1].text, "１２.５％")
  T.eq(doc:count("[0-9.]+%"), 0)
  -- the pattern is folded too: Traditional, full-width, and literal （）
  T.eq(doc:count("進出口", {fold = true}), 2)
  T.eq(doc:count("进出口", {fold = true}), 2)
  T.eq(doc:count("进出口"), 1)
  T.eq(doc:count("（含转口）", {fold = true}), 1)
  T.eq(doc:count("\\（含转口\\）", {fold = true}), 1)
  T.eq(doc:count("１,４０９", {fold = true}), 1)
  T.eq(doc:count("export", {flags = "i", fold = true}), 1)
  T.eq(doc:count("export", {fold = true}), 0)
  -- captures are spans of doc.text too
  local m = tally.regex("同比增长(?<v>[0-9.]+)(%)"):match(doc.text)
  T.eq(m, nil)
  for mm in tally.regex("同比增长(?<v>[0-9.]+)(%)"):gmatch(doc, {fold = true}) do m = mm end
  T.eq(m.text, "同比增長１２.５％")
  T.eq(m.v, "１２.５")
  T.eq(m[2], "％")
  -- a string subject, and init in the subject's own offsets
  local s = "增長１次增长２次"
  local starts = {}
  for mm in tally.regex("增长\\d次"):gmatch(s, {fold = true}) do starts[#starts + 1] = mm.start end
  T.eq(#starts, 2)
  T.eq(starts[2], s:find("增长", 1, true))
  starts = {}
  for mm in tally.regex("增长\\d次"):gmatch(s, 2, {fold = true}) do starts[#starts + 1] = mm.start end
  T.eq(#starts, 1)
  -- kwic: the match and its context as written
  local k = doc:kwic("“(.+?)”", 2, {fold = true})
  T.eq(#k, 1)
  T.eq(k[1].match, "「穩中向好」")
  T.eq(k[1].left, "％，")
  T.eq(k[1].right, "。 ")
  T.eq(#doc:kwic("进出口", {fold = true}), 2)
  -- errors still name what is wrong
  T.raises(function() doc:count("进出口", {flags = "q", fold = true}) end, "unknown flag")
  T.raises(function() doc:count("(", {fold = true}) end, "offset")
  T.raises(function() doc:kwic("x", 3, "i") end, "table expected")
end)

-- The seeds and the sample corpus, when present.
local function reports()
  local paths = T.seeds() or {}
  local ok, c = pcall(tally.corpus, "corpus/sample/*.txt")
  if ok then
    for _, p in ipairs(c:paths()) do
      local f = io.open(p)
      if f then f:close(); paths[#paths + 1] = p end
    end
  end
  return paths
end

-- Plain occurrences of needle in s.
local function count_plain(s, needle)
  local n, at = 0, 1
  while true do
    local a, b = s:find(needle, at, true)
    if not a then return n end
    n, at = n + 1, b + 1
  end
end

local paths = reports()
if #paths == 0 then
  T.done()
  T.skip("no seeds under $TALLY_SHARED/corpus/seeds and no corpus/sample")
end

T.test("doc:count('进出口', {fold = true}) counts 進出口 too, on the seeds", function()
  local seeds = T.seeds()
  if not seeds then return print("note: no seeds under $TALLY_SHARED; seed checks skipped") end
  local traditional = 0
  for _, p in ipairs(seeds) do
    local doc = tally.open(p)
    local t, s = count_plain(doc.text, "進出口"), count_plain(doc.text, "进出口")
    T.eq(doc:count("进出口", {fold = true}), t + s, p)
    T.eq(doc:count("进出口"), s, p)
    T.eq(doc:count("進出口", {fold = true}), t + s, p)
    traditional = traditional + t
  end
  T.ok(traditional > 0, "some seed writes 進出口")
end)

T.test("the Traditional report's 進出口 is counted in the folded text", function()
  local seeds = T.seeds()
  if not seeds then return print("note: no seeds under $TALLY_SHARED; seed checks skipped") end
  local total_t, total_s, total_f = 0, 0, 0
  for _, p in ipairs(seeds) do
    local doc = tally.open(p)
    local t, s = count_plain(doc.text, "進出口"), count_plain(doc.text, "进出口")
    T.eq(count_plain(doc.folded, "进出口"), t + s, p)
    total_t, total_s, total_f = total_t + t, total_s + s, total_f + count_plain(doc.folded, "进出口")
  end
  T.ok(total_t > 0, "some seed writes 進出口")
  T.eq(total_f, total_t + total_s)
end)

-- Random needles cut from each report's folded text, on character
-- boundaries: every occurrence maps back to a span of doc.text of as many
-- characters, which folds to the needle (alone, a piece of a phrase rule may
-- fold otherwise than in its phrase: 乾 of 乾隆, so Chinese characters may
-- differ there, nothing else).
local function char_starts(s)
  local starts = {}
  for pos in utf8.codes(s) do starts[#starts + 1] = pos end
  starts[#starts + 1] = #s + 1
  return starts
end

T.test("every folded occurrence maps back to a span of doc.text", function()
  local rng = 20261121
  local function random(n)
    rng = (rng * 1103515245 + 12345) % 2147483648
    return rng % n + 1
  end
  local checked = 0
  for _, p in ipairs(paths) do
    local doc = tally.open(p)
    local folded = doc.folded
    local starts = char_starts(folded)
    for _ = 1, 60 do
      local i = random(#starts - 1)
      local j = math.min(#starts, i + random(6))
      local needle = folded:sub(starts[i], starts[j] - 1)
      local at = 1
      while true do
        local a, b = folded:find(needle, at, true)
        if not a then break end
        local span = doc:unfold(a, b)
        T.eq(doc.text:sub(span.start, span.stop), span.text, p)
        T.ok(utf8.len(span.text), p .. ": span on character boundaries")
        local alone = tally.fold(span.text)
        T.eq(utf8.len(alone), utf8.len(needle), p .. ": " .. span.text)
        if alone ~= needle then
          local cps = {utf8.codepoint(needle, 1, -1)}
          local k = 0
          for _, c in utf8.codes(alone) do
            k = k + 1
            T.ok(c == cps[k] or (c >= 0x3400 and cps[k] >= 0x3400), p .. ": " .. span.text .. " folds to " .. needle)
          end
        end
        checked = checked + 1
        at = b + 1
      end
    end
  end
  T.ok(checked > 100, "checked " .. checked)
end)

-- For each report: folded offsets of every source character boundary, from
-- tally.fold's map, to check a match against the folded text it came from.
local function boundaries(doc)
  local folded, map = tally.fold(doc, {map = true})
  local fstart, fstop = {}, {}
  for i in utf8.codes(folded) do fstart[map[i]] = fstart[map[i]] or i end
  for i in utf8.codes(folded) do fstop[map[i] - 1] = i - 1 end
  fstop[#doc.text] = #folded
  return folded, fstart, fstop
end

-- Every match of a folded search is a span of doc.text on character
-- boundaries, and the folded text of that span is what the pattern matched.
local function check_matches(doc, p, where, fb)
  local folded, fstart, fstop = fb[1], fb[2], fb[3]
  local anchored = tally.regex("^(?:" .. p .. ")$")
  local n = 0
  for m in doc:find(p, {fold = true}) do
    n = n + 1
    T.eq(doc.text:sub(m.start, m.stop), m.text, where)
    T.ok(utf8.len(m.text), where .. ": whole characters")
    local a, b = fstart[m.start], fstop[m.stop]
    if m.stop >= m.start then
      T.ok(a and b, where .. ": match " .. m.text .. " at " .. m.start .. " is on folded boundaries")
      local slice = folded:sub(a, b)
      local ok = false
      for _ in anchored:gmatch(slice, {fold = true}) do ok = true end
      T.ok(ok, where .. ": /" .. p .. "/ matched " .. slice .. " (" .. m.text .. ")")
    end
  end
  T.eq(n, doc:count(p, {fold = true}), where)
  T.eq(#doc:kwic(p, 3, {fold = true}), n, where)
  return n
end

T.test("matches round-trip on the seeds for a handful of patterns", function()
  local seeds = T.seeds()
  if not seeds then return print("note: no seeds under $TALLY_SHARED; seed checks skipped") end
  local patterns = {"进出口", "同比增长[0-9.]+%", "[0-9]+(?:\\.[0-9]+)?(?:%|万|亿)?",
                    "“[^”]{1,20}”", "(?<n>[0-9,]+)(?<u>元|美元|吨|家)", "\\p{Han}{2}工作",
                    "[,:;()]", "商务[厅廳]", " +"}
  local total = 0
  for _, path in ipairs(seeds) do
    local doc = tally.open(path)
    local fb = {boundaries(doc)}
    for _, p in ipairs(patterns) do total = total + check_matches(doc, p, path .. " /" .. p .. "/", fb) end
  end
  T.ok(total > 200, "matches checked: " .. total)
end)

-- Random patterns from each report's own text (as written, so the pattern
-- gets folded too), with some characters turned into classes and some
-- quantifiers: every match's span round-trips, and the pattern finds at
-- least the place it was cut from.
T.test("property: every span stays a span of doc.text (seeds and sample corpus)", function()
  local rng = 7
  local function random(n)
    rng = (rng * 1103515245 + 12345) % 2147483648
    return (rng >> 8) % n + 1
  end
  local checked = 0
  for _, path in ipairs(paths) do
    local doc = tally.open(path)
    local fb = {boundaries(doc)}
    local starts = char_starts(doc.text)
    for _ = 1, 25 do
      local i = random(#starts - 1)
      local j = math.min(#starts, i + random(4))
      local piece = doc.text:sub(starts[i], starts[j] - 1)
      if not piece:find("[%c]") then
        local parts = {}
        for _, c in utf8.codes(piece) do
          local ch = utf8.char(c)
          local r = random(8)
          if r == 1 then
            ch = c >= 0x3400 and c < 0xFF00 and "\\p{Han}" or "."
          elseif ch:find("^[%p ]$") then
            ch = "\\" .. ch
          end
          if random(8) == 1 then ch = ch .. ({"+", "?", "{1,2}"})[random(3)] end
          parts[#parts + 1] = ch
        end
        local p = table.concat(parts)
        local n = check_matches(doc, p, path .. " /" .. p .. "/", fb)
        T.ok(n >= 1, path .. ": /" .. p .. "/ (from " .. piece .. ") finds where it was cut from")
        checked = checked + n
      end
    end
  end
  T.ok(checked > 100, "matches checked: " .. checked)
end)

T.done()
