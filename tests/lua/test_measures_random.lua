-- Random texts made of list markers, punctuation, labels, boilerplate cues and
-- markup: nothing crashes, every record's span round-trips, every parent
-- encloses its child and its level is one more. A fixed seed keeps runs
-- repeatable; TALLY_SEED changes it.
local T = require "check"

local pieces = {"一是", "二是", "十一是", "首先，", "其次", "最后，", "第三，", "一、", "（二）", "(3)",
  "1.", "2、", "在", "方面，", "上，", "。", "；", "：", ":", "\n", "\n\n", " ", "记者：", "张三：",
  "版权声明", "相关新闻", "（作者为局长）", "◎王五 ", "来源：", "2021-10-18 10:34", "<p>", "</p>",
  "<script>", "&amp;", "&#x", "---\n", "title: x\n", "编辑：", "四方面", "十大", "两个", "供图",
  "分享至", "\xff", "加强监管", "优化服务", "|", "——", "**"}

math.randomseed(tonumber(os.getenv("TALLY_SEED") or "20261121"))

T.test("random texts", function()
  local items = 0
  for round = 1, 1500 do
    local parts = {}
    for i = 1, math.random(0, 40) do parts[i] = pieces[math.random(#pieces)] end
    local s = table.concat(parts)
    local doc = tally.doc(s)
    local ms = doc:measures()
    for i, m in ipairs(ms) do
      local where = string.format("round %d, item %d of %q", round, i, s)
      T.eq(doc.text:sub(m.start, m.stop), m.text, where)
      T.ok(m.text:sub(1, #m.marker) == m.marker, where .. ": text starts with the marker")
      if m.parent then
        local p = ms[m.parent]
        T.ok(p.start <= m.start and m.stop <= p.stop, where .. ": parent encloses")
        T.eq(m.level, p.level + 1, where)
      else
        T.eq(m.level, 1, where)
      end
    end
    for _, t in ipairs(doc:turns()) do T.eq(doc.text:sub(t.start, t.stop), t.text) end
    for _, b in ipairs(doc:boilerplate()) do T.eq(doc.text:sub(b.start, b.stop), b.text) end
    T.eq(type(doc.body), "string")
    T.eq(type(doc.meta.authors), "table")
    items = items + #ms
  end
  T.ok(items > 500, "the generator makes lists")
end)

T.test("random tag soup", function()
  local soup = {"<", ">", "<p>", "</p>", "<div>", "<br/>", "<script>", "</script>", "<style>", "<!--",
    "-->", "<title>", "</title>", "&", "&#", "&#x1F600;", "&#0;", "&#xD800;", "&nbsp;", "&bogus",
    ";", "一是", "。", "<pre>", "</pre>", "\n", " ", "x", "\"", "<a href='>'>", "<svg/>", "<svg>"}
  for round = 1, 500 do
    local parts = {"<html>"}
    for i = 1, math.random(0, 60) do parts[#parts + 1] = soup[math.random(#soup)] end
    local doc = tally.doc(table.concat(parts))
    T.ok(not doc.text:find("<script>", 1, true), "round " .. round .. ": script tag left")
    for _, m in ipairs(doc:measures()) do T.eq(doc.text:sub(m.start, m.stop), m.text) end
  end
end)

T.done()
