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

T.test("the Traditional report's 進出口 is counted in the folded text", function()
  local seeds = T.seeds()
  if not seeds then return end
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

T.done()
