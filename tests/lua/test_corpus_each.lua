-- c:each() reads ahead on worker threads and still delivers in path order.
local T = require "check"

local paths = {}
for i, name in ipairs({"01_sichuan_interview", "02_zhejiang_workreport", "03_yunnan_news",
                       "04_hunan_news", "05_foshan_workreport", "06_fujian_interview",
                       "07_shenzhen_news", "08_hubei_interview"}) do
  paths[i] = "corpus/sample/" .. name .. ".txt"
end

local function names(c)
  local out = {}
  for d in c:each() do out[#out + 1] = d.name end
  return table.concat(out, ",")
end

T.test("the same order for any number of workers", function()
  local want = names(tally.corpus(paths, {jobs = 1}))
  T.eq(select(2, want:gsub(",", "")), 7)
  T.eq(want:sub(1, 20), "01_sichuan_interview")
  for _, jobs in ipairs({2, 3, 8}) do
    T.eq(names(tally.corpus(paths, {jobs = jobs})), want, "jobs " .. jobs)
  end
  -- a glob in the list, and the same texts as opening one by one
  local i = 0
  for d in tally.corpus({"corpus/sample/0*.txt"}, {jobs = 2}):each() do
    i = i + 1
    T.eq(d.text, tally.open(paths[i]).text)
  end
  T.eq(i, 8)
end)

T.test("leaving a loop early and starting another", function()
  local c = tally.corpus(paths, {jobs = 2})
  for d in c:each() do
    if d.name:find("^02") then break end
  end
  T.eq(names(c):sub(1, 2), "01")
  -- documents read ahead have their segments ready and correct
  for d in c:each() do
    T.ok(#d:sentences() > 0)
    T.eq(#d:tokens(), #tally.tokenize(d.text))
  end
end)

T.test("choosing the analyses", function()
  T.eq(names(tally.corpus(paths, {analyse = {"sentences"}})):sub(1, 2), "01")
  T.eq(names(tally.corpus(paths, {analyse = false})):sub(1, 2), "01")
  T.raises(function() names(tally.corpus(paths, {analyse = {"nonsense"}})) end,
           "no analysis 'nonsense' (paragraphs, sentences, tokens")
  -- a loop may choose its own, over the corpus's
  local c = tally.corpus(paths, {analyse = {"nonsense"}})
  local n = 0
  for d in c:each{analyse = {"fold"}} do n = n + #d.folded end
  T.ok(n > 0)
  T.raises(function() for _ in c:each() do end end, "no analysis 'nonsense'")
  T.raises(function() c:each(5) end, "table expected")
end)

T.test("figures, measures and meta found ahead equal those found on demand", function()
  local function dump(list)
    local out = {}
    for i, r in ipairs(list) do
      local copy = {}
      for k, v in pairs(r) do if type(v) ~= "table" then copy[k] = v end end
      out[i] = tally.json.encode(copy)
    end
    return table.concat(out, "\n")
  end
  local n = 0
  for d in tally.corpus(paths, {jobs = 2}):each() do
    local fresh = tally.open(d.path)
    T.eq(dump(d:figures()), dump(fresh:figures()), d.name .. " figures")
    T.eq(dump(d:measures()), dump(fresh:measures()), d.name .. " measures")
    T.eq(tally.json.encode(d.meta), tally.json.encode(fresh.meta), d.name .. " meta")
    n = n + #d:figures()
  end
  T.ok(n > 100, "the sample corpus has figures")
end)

T.test("a script's own tables apply to documents read ahead", function()
  local path = os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write("今年全省新增菜地3000垄，同比增长12%。\n")
  f:close()
  local function count()
    local n = 0
    for d in tally.corpus({path, path}, {jobs = 2}):each() do n = n + #d:figures{unit = "垄"} end
    return n
  end
  local before = count()
  tally.units.add{"垄", kind = "quantity"}
  -- found ahead with the default tables, found again with the script's
  local after = count()
  os.remove(path)
  T.eq(before, 0)
  T.eq(after, 2)
end)

T.test("with no analyses named, the workers learn them from what the script reads", function()
  local seen = {}
  for d in tally.corpus(paths, {jobs = 2}):each() do
    seen[#seen + 1] = table.concat(d.analysed, ",")
    local _ = #d:tokens()
  end
  -- the first documents were read before the script asked for anything
  T.eq(seen[1], "")
  -- the last ones come with the tokens found, and nothing else
  T.eq(seen[#seen], "tokens")
  -- naming the analyses still decides them
  for d in tally.corpus(paths, {analyse = {"sentences"}}):each() do
    T.eq(table.concat(d.analysed, ","), "sentences")
  end
end)

T.done()
