-- tally.Regex and doc:find / doc:count / doc:kwic, through `tally run`.
-- Where a regex means the same as a Lua pattern, results are compared with
-- the string library (offsets, empty-match rule, gsub counts).
local T = require "check"

local R = tally.regex

-- All matches of gmatch as {start, stop} strings, for comparisons.
local function spans(iter)
  local out = {}
  for m in iter do out[#out + 1] = m.start .. "-" .. m.stop end
  return table.concat(out, " ")
end

local function lua_spans(s, pat)
  local out = {}
  for a, b in s:gmatch("()" .. pat .. "()") do out[#out + 1] = a .. "-" .. (b - 1) end
  return table.concat(out, " ")
end

T.test("compile errors name the offset and the pattern", function()
  T.raises(function() R("(") end, "tally.regex: missing closing parenthesis at offset 1 in /(/")
  T.raises(function() R("进出口)") end, "at offset 9 in /进出口)/")
  T.raises(function() R("a", "iz") end, "unknown flag 'z'")
  T.raises(function() R() end, "bad argument #1")
  T.raises(function() R({}) end, "string expected")
end)

T.test("fields and tostring", function()
  local re = R("(?<year>\\d{4})年(?<half>上|下)半年", "i")
  T.eq(re.pattern, "(?<year>\\d{4})年(?<half>上|下)半年")
  T.eq(re.flags, "i")
  T.eq(re.groups, 2)
  T.eq(re.names.year, 1)
  T.eq(re.names.half, 2)
  T.eq(type(re.jit), "boolean")
  T.eq(tostring(re), "tally.Regex</(?<year>\\d{4})年(?<half>上|下)半年/i>")
  T.raises(function() re.pattern = "x" end, "read-only")
end)

T.test("match: record, captures, named groups, nil for a group not taken", function()
  local re = R("(?<year>\\d{4})年(?<half>上|下)半年(增长)?")
  local s = "据统计，2021年上半年，全省外贸进出口"
  local m = re:match(s)
  T.eq(m.text, "2021年上半年")
  T.eq(s:sub(m.start, m.stop), m.text)
  T.eq(m.start, 13)
  T.eq(m[1], "2021")
  T.eq(m[2], "上")
  T.eq(m[3], nil)
  T.eq(m.year, "2021")
  T.eq(m.half, "上")
  T.eq(re:match("没有年份"), nil)
  -- a group named like a record field does not hide the match
  local f = R("(?<text>\\d+)万"):match("共3万人")
  T.eq(f.text, "3万")
  T.eq(f[1], "3")
end)

T.test("init: positive, negative and past the end, like string.find", function()
  local s = "a1b22c333"
  local re = R("\\d+")
  for init = -12, 12 do
    local a, b = s:find("%d+", init)
    local c, d = re:find(s, init)
    T.eq(c, a, "start for init " .. init)
    T.eq(d, b, "stop for init " .. init)
    local m = re:match(s, init)
    T.eq(m and m.start, a, "match for init " .. init)
  end
  -- an empty pattern matches at len + 1 but not beyond, as in string.find
  T.eq(R(""):find("abc", 4), 4)
  T.eq(R(""):find("abc", 5), nil)
  T.eq(("abc"):find("", 5), nil)
  -- init inside a character starts at the next character
  T.eq(R("\\p{Han}"):find("进出口", 2), 4)
end)

T.test("find returns captures like string.find", function()
  local a, b, c1, c2 = R("(\\d+)(%)?"):find("增长12.5万")
  T.eq(a, 7); T.eq(b, 8); T.eq(c1, "12"); T.eq(c2, nil)
  T.eq(select("#", R("\\d"):find("x1")), 2)
  T.eq(select("#", R("(a)(b)(c)"):find("abc")), 5)
end)

T.test("many groups (past the small buffer)", function()
  local re = R(string.rep("(\\p{Han})", 20) .. "(x)?")
  T.eq(re.groups, 21)
  local s = "据统计，" .. string.rep("进出口", 7) .. "。"
  local m = re:match(s)
  T.eq(m[1], "进"); T.eq(m[20], "出"); T.eq(m[21], nil)
  local r = table.pack(re:find(s))
  T.eq(r.n, 23); T.eq(r[1], 13); T.eq(r[22], "出"); T.eq(r[23], nil)
  T.eq(re:gsub(s, "$20$1"), "据统计，出进口。")
  T.eq(select(2, re:gsub(s, function(...) return select("#", ...) end)), 1)
  T.eq(spans(re:gmatch(s)), "13-72")
  T.eq(#re:split(s), 2)
end)

T.test("test", function()
  T.eq(R("\\p{Han}"):test("abc中"), true)
  T.eq(R("\\p{Han}"):test("abc"), false)
  T.eq(R("^\\d+$"):test("２０２１"), true) -- full-width digits with UCP
  T.eq(R("b"):test("abc", 3), false)
  T.raises(function() R("a"):test() end, "bad argument #1 to 'test'")
  T.raises(function() R("a").test("abc", "abc") end, "tally.Regex expected")
end)

T.test("gmatch: Chinese text and the empty-match rule", function()
  local s = "2021年上半年进出口增长12.5%，出口增长20%"
  local got = {}
  for m in R("(\\d+(?:\\.\\d+)?)%"):gmatch(s) do
    got[#got + 1] = m[1]
    T.eq(s:sub(m.start, m.stop), m.text)
  end
  T.eq(table.concat(got, ","), "12.5,20")
  -- empty matches step by characters, never inside one
  T.eq(spans(R("x*"):gmatch("进出口")), "1-0 4-3 7-6 10-9")
  -- same rule as string.gmatch where the two languages agree
  for _, s2 in ipairs({"", "a", "baaac", "aab", "abcaa", "xaxxa"}) do
    for _, p in ipairs({"a*", "a?", "x*", "a+", "[ab]*"}) do
      T.eq(spans(R(p):gmatch(s2)), lua_spans(s2, p), p .. " on " .. s2)
    end
  end
  T.eq(spans(R("\\d+"):gmatch("a1b22c333", 4)), "4-5 7-9")
  T.eq(spans(R("\\d+"):gmatch("a1b22c333", -3)), "7-9")
  T.eq(spans(R("\\d+"):gmatch("a1", 9)), "")
end)

T.test("gsub: templates", function()
  local re = R("(?<year>\\d{4})年(?<half>上|下)?")
  T.eq(re:gsub("2020年与2021年上", "[$1|${half}|$0|$$|${2}]"),
       "[2020||2020年|$|]与[2021|上|2021年上|$|上]")
  local out, n = re:gsub("2020年与2021年", "Y")
  T.eq(out, "Y与Y"); T.eq(n, 2)
  out, n = re:gsub("2020年与2021年", "Y", 1)
  T.eq(out, "Y与2021年"); T.eq(n, 1)
  out, n = re:gsub("2020年", "Y", 0)
  T.eq(out, "2020年"); T.eq(n, 0)
  T.eq(R("a"):gsub("banana", 7), "b7n7n7")
  T.raises(function() re:gsub("x", "$3") end, "does not have")
  T.raises(function() re:gsub("x", "${nope}") end, "does not have")
  T.raises(function() re:gsub("x", "${1") end, "closing '}'")
  T.raises(function() re:gsub("x", "5$") end, "$$")
  T.raises(function() re:gsub("x", true) end, "string, table or function expected")
end)

T.test("gsub: tables and functions", function()
  local units = {["万"] = "0000", ["亿"] = "00000000"}
  T.eq(R("[万亿]"):gsub("3万和2亿和", units), "30000和200000000和")
  -- with captures the table is indexed by the first capture
  T.eq(R("(\\d+)(元)"):gsub("5元6元", {["5"] = "五"}), "五6元")
  local out, n = R("\\d+"):gsub("1，22，333", function(d) return #d > 1 and "#" or nil end)
  T.eq(out, "1，#，#"); T.eq(n, 3)
  T.eq(R("(\\d)(x)?"):gsub("1x2", function(a, b) return a .. tostring(b) end), "1x2nil")
  T.eq(R("\\d"):gsub("a1", function() return false end), "a1")
  T.raises(function() R("\\d"):gsub("a1", function() return {} end) end,
           "invalid replacement value (a table)")
  -- a callback may use the same regex: offsets were copied out first
  local re = R("\\d+")
  local seen = {}
  T.eq(re:gsub("10 和 20", function(d)
    seen[#seen + 1] = re:match("第" .. d .. "名").text
    return "<" .. d .. ">"
  end), "<10> 和 <20>")
  T.eq(table.concat(seen, ","), "10,20")
end)

T.test("gsub: empty matches agree with string.gsub", function()
  for _, s in ipairs({"", "a", "baaac", "aab", "abc"}) do
    for _, p in ipairs({"a*", "x*", "a?"}) do
      local a, an = R(p):gsub(s, "-")
      local b, bn = s:gsub(p, "-")
      T.eq(a, b, p .. " on " .. s); T.eq(an, bn, p .. " count on " .. s)
    end
  end
  T.eq(R("x*"):gsub("进出口", "-"), "-进-出-口-")
  T.eq(R("(?=口)"):gsub("进出口", "|"), "进出|口")
end)

T.test("split", function()
  local function joined(t) return table.concat(t, "|") .. "#" .. #t end
  T.eq(joined(R(","):split("a,b,,c")), "a|b||c#4")
  T.eq(joined(R("[，、]"):split("河北、山东，江苏")), "河北|山东|江苏#3")
  T.eq(joined(R(","):split(",a,")), "|a|#3")
  T.eq(joined(R(","):split("")), "#1")
  T.eq(joined(R(""):split("进出口")), "|进|出|口|#5")
  T.eq(joined(R("\\s*；\\s*"):split("一是扩大内需； 二是稳外贸")), "一是扩大内需|二是稳外贸#2")
end)

T.test("limits are errors that name the pattern", function()
  local t0 = os.clock()
  T.raises(function() R("(a+)+$"):test(string.rep("a", 5000) .. "b") end,
           "match limit exceeded in /(a+)+$/")
  T.raises(function() R("(a|a)+$"):gsub(string.rep("a", 5000) .. "b", "x") end, "limit")
  T.ok(os.clock() - t0 < 5, "limits stop a pathological pattern quickly")
end)

T.test("invalid UTF-8 subjects do not crash and never match", function()
  local bad = "ab\xff进出\xe8\xbf口\xc3"
  T.eq(spans(R("\\p{Han}+"):gmatch(bad)), "4-9 12-14")
  T.eq(#R("."):split(bad), 6)
  T.eq(R("."):gsub(bad, ""), "\xff\xe8\xbf\xc3")
  T.raises(function() R("\xff") end, "at offset 0")
end)

local sample = "2021年上半年，河北省外贸进出口总值2349.4亿元，同比增长30.6%。\n" ..
               "其中出口1468.2亿元，增长29.7%；进口881.2亿元，增长32.2%。\n" ..
               "进出口规模创历史同期新高。"

-- Every record of a doc method points at its text in doc.text.
local function check_doc(doc, pattern)
  local n, last = 0, 0
  for m in doc:find(pattern) do
    n = n + 1
    T.eq(doc.text:sub(m.start, m.stop), m.text, "find " .. tostring(pattern))
    T.ok(m.start > last or (m.start == last and m.stop < m.start), "matches in order")
    last = m.stop
  end
  T.eq(doc:count(pattern), n, "count " .. tostring(pattern))
  local k = doc:kwic(pattern, 6)
  T.eq(#k, n, "kwic " .. tostring(pattern))
  for _, r in ipairs(k) do
    T.eq(doc.text:sub(r.start, r.stop), r.text)
    T.eq(r.match, (r.text:gsub("[%c]", " ")))
    T.ok(utf8.len(r.left) and utf8.len(r.left) <= 6, "left is whole characters")
    T.ok(utf8.len(r.right) and utf8.len(r.right) <= 6, "right is whole characters")
    T.ok(not (r.left .. r.right):find("\n"), "newlines shown as spaces")
  end
  return n
end

T.test("doc:find, doc:count, doc:kwic on a tally.doc", function()
  local doc = tally.doc(sample)
  T.eq(check_doc(doc, "进出口"), 2)
  T.eq(check_doc(doc, "增长(\\d+(?:\\.\\d+)?)%"), 3)
  T.eq(check_doc(doc, R("(?m)^\\p{Han}+")), 2)
  T.eq(check_doc(doc, "亿元", ""), 3)
  check_doc(doc, "x*")
  local got = {}
  for m in doc:find("(?<v>[\\d.]+)亿元") do got[#got + 1] = m.v end
  T.eq(table.concat(got, ","), "2349.4,1468.2,881.2")
  T.eq(doc:count("GDP|进出口", "i"), 2)
  T.eq(doc:count(R("亿元")), 3)

  local k = doc:kwic("出口1468", 4)
  T.eq(#k, 1)
  T.eq(k[1].left, "。 其中") -- the newline shows as a space
  T.eq(k[1].match, "出口1468")
  T.eq(k[1].right, ".2亿元")
  -- at the edges the context is shorter; default width is 20 characters
  local first = doc:kwic("^2021")[1]
  T.eq(first.left, "")
  T.eq(utf8.len(first.right), 20)
  T.eq(#doc:kwic("进出口", 0)[1].left, 0)

  T.raises(function() doc:count(R("a"), "i") end, "flags go with a pattern string")
  T.raises(function() doc:count(42) end, "string or tally.Regex expected")
  T.raises(function() doc:count("(") end, "at offset 1")
  T.raises(function() doc:kwic("a", -1) end, "width")
  T.raises(function() doc:find("a", "q") end, "unknown flag 'q'")
  -- a regex accepts the doc itself as subject
  T.eq(R("进出口"):find(doc), doc.text:find("进出口", 1, true))
end)

T.test("pattern strings are compiled once per state", function()
  if not debug or not debug.getregistry then return end
  local doc = tally.doc(sample)
  doc:count("进出口")
  local cache = debug.getregistry()["tally.regex.cache"]
  local re = cache["/进出口"]
  T.eq(getmetatable(re).__name, "tally.Regex")
  for _ = 1, 100 do doc:count("进出口") end
  T.ok(debug.getregistry()["tally.regex.cache"]["/进出口"] == re, "reused, not recompiled")
  for i = 1, 200 do doc:count("进出口" .. i) end -- the cache stays small
  local n = 0
  for _ in pairs(debug.getregistry()["tally.regex.cache"]) do n = n + 1 end
  T.ok(n <= 66, "cache bounded, has " .. n)
end)

T.test("the seeds: every match points at its text", function()
  local paths = T.seeds()
  if not paths then return T.skip("no seeds in $TALLY_SHARED/corpus/seeds") end
  for _, path in ipairs(paths) do
    local doc = tally.open(path)
    for _, p in ipairs({"进出口|進出口", "\\d+(?:\\.\\d+)?%", "\\p{Han}+", "(?m)^", "[，。；]",
                        "(?<n>\\d+(?:\\.\\d+)?)(?<u>万|亿)?元", ""}) do
      check_doc(doc, p)
    end
    -- the empty pattern matches once per character and once at the end
    T.eq(doc:count(""), utf8.len(doc.text) + 1, path)
    local pieces = R("\n"):split(doc)
    T.eq(table.concat(pieces, "\n"), doc.text)
  end
end)

T.done()
