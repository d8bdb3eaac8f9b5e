-- A saved news page (tests/data/jiangxi_page.html, invented): the text a reader
-- sees becomes doc.text, the page furniture is boilerplate, the list is found.
local T = require "check"

local doc = tally.open("tests/data/jiangxi_page.html")

T.test("doc.text is the page's text", function()
  T.ok(not doc.text:find("<", 1, true), "markup left in doc.text")
  T.ok(not doc.text:find("_hmt", 1, true), "script left in doc.text")
  T.ok(not doc.text:find("color:", 1, true), "style left in doc.text")
  T.ok(doc.text:find("首页 > 新闻中心 > 正文", 1, true), "entities decoded")
  T.eq(doc.text:sub(1, #"江西出台20条措施促进消费_江西新闻网"), "江西出台20条措施促进消费_江西新闻网")
end)

T.test("meta from the page's own lines", function()
  local m = doc.meta
  T.eq(m.title, "江西出台20条措施促进消费")
  T.eq(m.date, "2024-03-18T10:25")
  T.eq(m.source, "江西日报")
  T.eq(table.concat(m.authors, ","), "刘明,王芳")
  T.eq(m.region, "江西省")
end)

T.test("boilerplate", function()
  local kinds = {}
  for _, b in ipairs(doc:boilerplate()) do
    kinds[b.kind] = (kinds[b.kind] or 0) + 1
    T.eq(doc.text:sub(b.start, b.stop), b.text)
  end
  T.eq(kinds.navigation, 1)
  T.eq(kinds.share, 1)
  T.eq(kinds.related, 3)
  T.eq(kinds.copyright, 2)
  T.eq(kinds.byline, 2)
  T.ok(not doc.body:find("ICP", 1, true))
  T.ok(doc.body:find("南昌市商务局有关负责人表示", 1, true))
end)

T.test("measures with offsets into the extracted text", function()
  local ms = doc:measures()
  T.eq(#ms, 4)
  T.eq(ms[1].headline, "稳定和扩大汽车消费")
  T.eq(ms[1].declared, 4)
  for _, m in ipairs(ms) do T.eq(doc.text:sub(m.start, m.stop), m.text) end
  T.eq(ms[4].text, "四是培育消费新场景。打造夜间经济集聚区20个。")
end)

T.done()
