-- Documents, segments and text helpers through the Lua API.
local T = require "check"

local function roundtrips(doc, list, what)
  for i, s in ipairs(list) do
    T.eq(doc.text:sub(s.start, s.stop), s.text, string.format("%s %d of %s", what, i, doc.name))
  end
end

T.test("tally.doc normalizes and names", function()
  local d = tally.doc("第一行\r\n第二行。e\u{301}", {name = "memo"})
  T.eq(d.name, "memo")
  T.eq(d.text, "第一行\n第二行。\u{e9}")
  T.eq(d.path, nil)
  T.eq(#d, #d.text)
  T.ok(tostring(d):find("tally.Doc<memo", 1, true))
end)

T.test("fields are read-only", function()
  local d = tally.doc("x")
  T.raises(function() d.text = "y" end, "read-only")
end)

T.test("paragraphs, sentences and tokens round-trip", function()
  local d = tally.doc("  全省外贸进出口总额14.8亿元，同比增长12%。出口增长较快！\n\n进口下降3.2%？\n")
  local ps = d:paragraphs()
  T.eq(#ps, 2)
  T.eq(ps[2].text, "进口下降3.2%？")
  local ss = d:sentences()
  T.eq(#ss, 3)
  T.eq(ss[1].text, "全省外贸进出口总额14.8亿元，同比增长12%。")
  roundtrips(d, ps, "paragraph")
  roundtrips(d, ss, "sentence")
  local toks = d:tokens()
  roundtrips(d, toks, "token")
  local kinds = {}
  for _, t in ipairs(toks) do kinds[t.text] = t.kind end
  T.eq(kinds["14.8"], "number")
  T.eq(kinds["，"], "punct")
  T.eq(kinds["进出口"], "word")
  T.eq(kinds["\n"], nil, "space tokens are left out by default")
end)

T.test("tokens{kinds=} keeps the kinds asked for", function()
  local d = tally.doc("增长12% in 2021 年")
  local nums = d:tokens{kinds = {"number"}}
  T.eq(#nums, 2)
  T.eq(nums[1].text, "12")
  T.eq(nums[2].text, "2021")
  local all = d:tokens{kinds = {"word", "number", "latin", "punct", "space"}}
  local joined = {}
  for _, t in ipairs(all) do joined[#joined + 1] = t.text end
  T.eq(table.concat(joined), d.text, "all kinds tile the text")
  T.raises(function() d:tokens{kinds = {"verb"}} end, "unknown token kind 'verb'")
end)

T.test("a token list is one object whose records are made when read", function()
  local d = tally.doc("全省外贸进出口总额14.8亿元，同比增长12%。")
  local toks = d:tokens()
  T.eq(type(toks), "userdata")
  T.eq(tostring(toks), "tally.Tokens<" .. #toks .. " tokens>")
  T.eq(toks[0], nil)
  T.eq(toks[#toks + 1], nil)
  T.eq(toks[1.5], nil)
  T.eq(toks[4].text, "进出口")
  T.eq(toks[4].kind, "word")
  local n, each, kv = 0, 0, 0
  for i, t in ipairs(toks) do n = n + 1; T.eq(t.text, toks[i].text) end
  for t in toks:each() do each = each + 1; T.eq(d.text:sub(t.start, t.stop), t.text) end
  for k, t in pairs(toks) do kv = kv + 1; T.eq(t.start, toks[k].start) end
  T.eq(n, #toks); T.eq(each, #toks); T.eq(kv, #toks)
  T.raises(function() toks[1] = {} end, "read-only")
  -- a string's list keeps its text and its folded form alive
  local s = tally.tokenize(("進出口增長" .. "x"):rep(2), {fold = true})
  collectgarbage(); collectgarbage()
  T.eq(s[1].text, "進出口")
  T.eq(s[1].norm, "进出口")
  T.eq(#tally.tokenize(""), 0)
  T.ok(tally.pretty(toks):find("进出口", 1, true), "the REPL shows the records")
end)

T.test("text helpers", function()
  T.eq(tally.width("中文ab"), 6)
  T.eq(tally.width("１２"), 4)
  T.eq(tally.width("e\u{301}"), 1)
  T.eq(tally.simplified("進出口總額"), "进出口总额")
  T.eq(tally.traditional("进出口总额"), "進出口總額")
  T.eq(tally.normalize("１２.５％", "NFKC"), "12.5%")
  T.raises(function() tally.normalize("x", "NFQ") end, "NFQ")
  T.eq(#tally.tokenize("消费券发放"), #tally.doc("消费券发放"):tokens())
  T.eq(#tally.sentences("一。二。三"), 3)
  T.eq(tally.clip("进出口总额abc", 7), "进出口…")
  T.eq(tally.clip("进出口总额", 7, "...", "end"), "...总额")
  T.eq(tally.clip("进出口总额", 6), "进出…", "a wide character never straddles the edge")
  T.eq(tally.clip("ab", 5), "ab")
end)

T.test("tally.open returns nil and what is wrong with the path, as io.open does", function()
  local doc, msg = tally.open("no/such/report.txt")
  T.eq(doc, nil)
  T.ok(msg:find("no/such/report.txt", 1, true), msg)
  doc, msg = tally.open("tests")
  T.eq(doc, nil)
  T.ok(msg:find("is a directory", 1, true), msg)
  T.raises(function() tally.open() end, "string expected")
end)

T.test("the seeds load and every segment round-trips", function()
  local seeds = T.seeds()
  if not seeds then print("seeds absent: ../shared/corpus/seeds not found, seed checks skipped") return end
  local c = tally.corpus(seeds)
  T.eq(#c, 5)
  local n = 0
  for doc in c:each() do
    n = n + 1
    T.eq(doc.encoding, "UTF-8")
    T.ok(not doc.text:find("\r", 1, true), "no CR in " .. doc.name)
    roundtrips(doc, doc:paragraphs(), "paragraph")
    roundtrips(doc, doc:sentences(), "sentence")
    roundtrips(doc, doc:tokens{kinds = {"word", "number", "latin", "punct", "space"}}, "token")
    T.ok(#doc:sentences() > 20, doc.name .. " has sentences")
  end
  T.eq(n, 5)
  T.eq(c[3].name, "002_611ecaf62806bbac")
end)

T.done()
