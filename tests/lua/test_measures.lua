-- doc:measures(), doc.meta, doc.body, doc:turns() and doc:boilerplate()
-- through the Lua API.
local T = require "check"

local text = table.concat({
  "学史力行办实事 聚焦民生解难题",
  "2021-10-18 10:34:07 来源:青海日报",
  "记者:省商务厅采取了哪些措施?",
  "贺明川:面对严峻形势,我们重点抓了四方面工作:",
  "一是加大政策落实力度。组建6个调研组,走访企业60余家。",
  "二是稳住外贸基本盘。出口增长2%。",
  "三是推动重点外资项目落地。",
  "记者:下一步呢?",
  "贺明川:继续推进。",
  "版权声明:",
  "1、凡本网注明来源的作品,版权均属本网所有。",
}, "\n\n")

T.test("records carry the spec's fields and round-trip their offsets", function()
  local doc = tally.doc(text, {name = "t"})
  local ms = doc:measures()
  T.eq(#ms, 3)
  for i, m in ipairs(ms) do
    T.eq(doc.text:sub(m.start, m.stop), m.text, "span of item " .. i)
    T.eq(m.index, i)
    T.eq(type(m.figures), "table")
  end
  T.eq(ms[1].marker, "一是")
  T.eq(ms[1].headline, "加大政策落实力度")
  T.eq(ms[1].intro, "我们重点抓了四方面工作:")
  T.eq(ms[1].declared, 4)
  T.eq(ms[3].ordinal, 3)
  T.eq(ms[1].level, 1)
  T.eq(ms[1].parent, nil)
  T.eq(ms[1].style, "shi")
  T.eq(ms[1].list, ms[3].list)
  -- the third item is its headline alone, and the next turn ends it
  T.eq(ms[3].text, "三是推动重点外资项目落地。")
end)

T.test("filters: field = value and field = function", function()
  local doc = tally.doc(text)
  T.eq(#doc:measures({ordinal = 2}), 1)
  T.eq(doc:measures({ordinal = 2})[1].index, 2)
  T.eq(#doc:measures({headline = function(h) return h:find("外贸", 1, true) ~= nil end}), 1)
  T.eq(#doc:measures({style = "topic"}), 0)
  T.raises(function() doc:measures("shi") end, "table expected")
  -- the cache gives the same records each call
  T.eq(doc:measures()[1], doc:measures()[1])
end)

T.test("meta, body, turns and boilerplate", function()
  local doc = tally.doc(text)
  local meta = doc.meta
  T.eq(meta.title, "学史力行办实事 聚焦民生解难题")
  T.eq(meta.date, "2021-10-18T10:34:07")
  T.eq(meta.source, "青海日报")
  T.eq(#meta.authors, 0)
  T.eq(meta.region, nil) -- no place named in the text
  T.eq(meta.script, "Hans")
  T.eq(meta.lang, "zh")
  T.ok(not doc.body:find("版权", 1, true), "copyright notice left in the body")
  T.ok(not doc.body:find("来源", 1, true), "dateline left in the body")
  T.ok(doc.body:find("一是加大政策落实力度", 1, true))
  local turns = doc:turns()
  T.eq(#turns, 4)
  T.eq(turns[1].speaker, "记者")
  T.eq(turns[1].asks, true)
  T.eq(turns[2].speaker, "贺明川")
  T.eq(turns[4].text, "继续推进。")
  for _, t in ipairs(turns) do T.eq(doc.text:sub(t.start, t.stop), t.text) end
  local kinds = {}
  for _, b in ipairs(doc:boilerplate()) do
    kinds[#kinds + 1] = b.kind
    T.eq(doc.text:sub(b.start, b.stop), b.text)
  end
  T.eq(table.concat(kinds, " "), "dateline copyright copyright")
  T.raises(function() doc.meta = {} end, "read-only")
end)

T.test("the seeds: every record round-trips and every parent encloses its child", function()
  local seeds = T.seeds()
  if not seeds then return end
  for _, path in ipairs(seeds) do
    local doc = tally.open(path)
    local ms = doc:measures()
    T.ok(#ms > 0, path .. " has measures")
    for i, m in ipairs(ms) do
      T.eq(doc.text:sub(m.start, m.stop), m.text, path .. " item " .. i)
      T.ok(m.headline ~= "", path .. " item " .. i .. " has a headline")
      if m.parent then
        local p = ms[m.parent]
        T.ok(p.start <= m.start and m.stop <= p.stop, path .. " parent encloses item " .. i)
        T.eq(m.level, p.level + 1)
      end
    end
  end
end)

T.test("a list that restarts on the same line is a new list beside it, not inside it", function()
  local doc = tally.doc("一是加快改革；二是扩大开放；一是稳就业；二是保民生。首先，抓落实；其次，一是查，二是改。")
  local ms = doc:measures()
  T.eq(#ms, 8)
  T.eq(ms[2].text, "二是扩大开放；") -- ends where the restarted list begins
  T.eq(ms[3].level, 1)
  T.eq(ms[3].parent, nil)
  T.ok(ms[3].list ~= ms[1].list)
  T.eq(ms[4].text, "二是保民生。") -- and ends before the 首先 that follows it
  -- 首先 … 其次 holds the 是-items written inside it
  T.eq(ms[6].marker, "其次")
  T.eq(ms[7].parent, 6)
  T.eq(ms[7].level, 2)
  -- and no 是-item holds a 首先: a 首先 ends the 是-item before it
  for _, m in ipairs(ms) do
    if m.style == "ordinal" then T.eq(m.level, 1) end
  end
end)

T.done()
