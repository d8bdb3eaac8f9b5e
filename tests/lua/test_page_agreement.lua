-- Saved pages give the figures of their plain text (issue 14): each sample
-- report (corpus/sample/*.txt) is made into an HTML page with the furniture a
-- saved government page carries (navigation, a dateline with a view counter,
-- script and style, share buttons, URLs with numbers and percent-encoded
-- paths, an e-mail address, a copyright line) and into a Markdown file with
-- YAML front matter (title and date, and fields that hold numbers: url, id,
-- views, version, tags). Their figures are compared with the plain text's, as
-- a multiset of (text, value, unit, kind): agreement is 2·common / (a + b).
-- The floor is the issue's 97 %.
local T = require "check"

local FLOOR = 0.97

local function esc(s)
  return (s:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"))
end

-- title (the first line) and the rest
local function split(text)
  local title, rest = text:match("^%s*([^\n]*)\n(.*)$")
  return title or text, rest or ""
end

local function page(text)
  local title, rest = split(text)
  local out = {
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>", esc(title), "</title>",
    "<script>var _hmt = _hmt || []; var year=2024, ratio=0.75;</script>",
    "<style>.w{width:100%;margin:0 12px}</style></head><body>",
    "<div class=\"nav\"><a href=\"https://www.example.gov.cn/\">首页</a> &gt; ",
    "<a href=\"/col/col1229/index.html\">政务动态</a></div>",
    "<h1>", esc(title), "</h1>",
    "<div class=\"info\">发布时间：2024-07-25 10:30 来源：示例网 浏览次数：1234</div>",
    "<div class=\"tools\">【字体：大 中 小】 阅读 (2.3万) 点赞 35</div>",
  }
  for para in rest:gmatch("[^\n]+") do
    out[#out + 1] = "<p>" .. esc(para) .. "</p>\n"
  end
  out[#out + 1] = "<div class=\"share\">分享到：微信 微博 QQ空间 12</div>"
  out[#out + 1] = "<div class=\"pager\"><p>上一篇：全省外贸进出口增长12.3%</p><p>下一篇：3个方面推进消费扩容</p></div>"
  out[#out + 1] = "<div class=\"rel\"><p>相关新闻</p><p>上半年规上工业增加值增长6.1%</p><p>新增就业岗位2.5万个</p></div>"
  out[#out + 1] = "<div class=\"foot\">原文链接：https://www.example.gov.cn/art/2024/7/25/art_1229_5678.html?id=2024&amp;page=3"
  out[#out + 1] = " 专题：www.example.gov.cn/tjgb/2023%E5%B9%B4%E7%BB%9F%E8%AE%A1%E5%85%AC%E6%8A%A5 "
  out[#out + 1] = "联系邮箱：tongji2024@example.gov.cn 附件：P020240725389612345678.pdf "
  out[#out + 1] = "版权所有 © 2024 示例网 网站标识码3300000001 浙公网安备33010602001234号 "
  out[#out + 1] = "电话：0571-87654321 建议使用1920×1080分辨率、IE9.0以上浏览器</div></body></html>\n"
  return table.concat(out)
end

local function front_matter(text)
  local title, rest = split(text)
  return table.concat{
    "---\n", "title: \"", title:gsub("\"", "'"), "\"\n", "date: 2024-07-25\n",
    "url: https://www.example.gov.cn/art/2024/7/25/art_1229_5678.html\n",
    "id: 20240725001\n", "views: 1234\n", "version: 1.2\n", "weight: 35%\n",
    "tags: [2024, 十四五, 3个方面]\n",
    "description: 全年经济增长5.2%，新增市场主体12万户\n", "reading_time: 5分钟\n",
    "cover: /img/2024/07/cover_1.jpg\n", "categories:\n  - 统计\n  - 2024年第3期\n",
    "---\n", title, "\n", rest,
  }
end

local function figure_bag(doc)
  local bag, n = {}, 0
  for _, f in ipairs(doc:figures()) do
    local key = table.concat({f.text, tostring(f.value), f.unit, f.kind}, "\t")
    bag[key] = (bag[key] or 0) + 1
    n = n + 1
  end
  return bag, n
end

local function agreement(a, na, b, nb)
  local common = 0
  for k, c in pairs(a) do common = common + math.min(c, b[k] or 0) end
  if na + nb == 0 then return 1, 0 end
  return 2 * common / (na + nb), common
end

local function samples()
  local out = {}
  local p = io.popen("ls corpus/sample/*.txt")
  for path in p:lines() do out[#out + 1] = path end
  p:close()
  return out
end

T.test("pages and front matter give the plain text's figures", function()
  local total = {page = {0, 0, 0}, fm = {0, 0, 0}}
  for _, path in ipairs(samples()) do
    local plain = tally.open(path)
    local text = plain.text
    local pa, na = figure_bag(plain)
    for what, make in pairs{page = page, fm = front_matter} do
      local other = tally.doc(make(text), {name = path})
      local pb, nb = figure_bag(other)
      local ag, common = agreement(pa, na, pb, nb)
      local t = total[what]
      t[1], t[2], t[3] = t[1] + common, t[2] + na, t[3] + nb
      print(string.format("%-36s %-4s plain %3d  %s %3d  agreement %.3f", path:match("[^/]+$"),
                          what, na, what, nb, ag))
      if ag < 1 then
        for k, c in pairs(pb) do
          if (pa[k] or 0) < c then print("    only in " .. what .. ": " .. k:gsub("\t", " ")) end
        end
        for k, c in pairs(pa) do
          if (pb[k] or 0) < c then print("    only in plain: " .. k:gsub("\t", " ")) end
        end
      end
    end
  end
  for what, t in pairs(total) do
    local ag = 2 * t[1] / (t[2] + t[3])
    print(string.format("total %s agreement %.3f (%d common of %d plain, %d %s)", what, ag, t[1], t[2],
                        t[3], what))
    T.ok(ag >= FLOOR, string.format("%s agreement %.3f below %.2f", what, ag, FLOOR))
  end
end)

T.test("a page's figures map to doc.text", function()
  local doc = tally.doc(page("标题\n全年增长5.2%，访问https://x.gov.cn/2023%E5%B9%B4/a_1.html\n"))
  for _, f in ipairs(doc:figures()) do
    T.eq(doc.text:sub(f.start, f.stop), f.text)
  end
end)

T.test("front matter: title and date fields keep figures, others do not", function()
  for _, fm in ipairs{
    "---\ntitle: 出口增长5%\ndate: 2024-07-25\nviews: 1234\nweight: 35%\ntags:\n  - 3个方面\n---\n正文增长6%。\n",
    "---\ntitle: 出口增長5%\ndate: 2024-07-25\nviews: 1234\nweight: 35%\ntags:\n  - 3個方面\n---\n正文增長6%。\n",
  } do
    local got = {}
    for _, f in ipairs(tally.doc(fm):figures()) do got[#got + 1] = f.text end
    T.eq(table.concat(got, " "), "5% 6%")
  end
end)

T.test("share, navigation and related-news lines of a page hold no figures", function()
  local html = "<html><body><p>上一篇：全省外贸增长12.3%</p><p>正文出口增长5%。</p>" ..
               "<p>分享到：微信 微博 12</p><p>相关新闻</p><p>上半年工业增长6.1%</p></body></html>"
  local got = {}
  for _, f in ipairs(tally.doc(html):figures()) do got[#got + 1] = f.text end
  T.eq(table.concat(got, " "), "5%")
end)

T.done()
