-- Saved pages give the figures of their plain text (issue 14, "page furniture
-- read as text"). tests/data/savedpages/plain holds ten short reports written
-- for this test (invented figures; a city statistics communiqué, a provincial
-- press release, a CPI release, holiday news and electricity news in Simplified;
-- Taiwan trade, GDP, tourism and company-revenue news and a Hong Kong retail
-- release in Traditional), and saved/ each
-- one twice as a reader saves it: an HTML page of a real site's shape (navigation
-- and breadcrumbs, a byline with a view counter, script, style and JSON-LD,
-- share widgets, previous/next links and related or top-news lists with figures
-- in them, URLs with percent-encoded Chinese paths holding years, e-mail and
-- phone contacts, ICP and record numbers; two portal pages with a market
-- ticker, a weather box, counters, comments and rankings) and a Markdown file with YAML front
-- matter (fields other than title and date: url, id, slug, tags, views, author,
-- description; some with an HTML body). The figures of each are compared with
-- the plain text's as a multiset of (text, value, unit, kind): agreement is
-- 2·common / (plain + saved). The floor is the issue's 97 %, for pages and for
-- front-matter files each.
local T = require "check"

local FLOOR = 0.97
local DIR = "tests/data/savedpages"

local function list(pattern)
  local out = {}
  local p = io.popen("ls " .. pattern .. " 2>/dev/null")
  for path in p:lines() do out[#out + 1] = path end
  p:close()
  return out
end

local function figure_bag(doc)
  local bag, n = {}, 0
  for _, f in ipairs(doc:figures()) do
    local key = table.concat({f.text, tostring(f.value), tostring(f.unit), f.kind}, "\t")
    bag[key] = (bag[key] or 0) + 1
    n = n + 1
  end
  return bag, n
end

local function common_of(a, b)
  local common = 0
  for k, c in pairs(a) do common = common + math.min(c, b[k] or 0) end
  return common
end

T.test("saved pages and front-matter files give the plain text's figures", function()
  local plains = list(DIR .. "/plain/*.txt")
  T.ok(#plains >= 8, "the plain reports are there")
  local total = {html = {0, 0, 0}, md = {0, 0, 0}}
  for _, path in ipairs(plains) do
    local name = path:match("([^/]+)%.txt$")
    local pa, na = figure_bag(tally.open(path))
    for _, ext in ipairs{"html", "md"} do
      local saved = DIR .. "/saved/" .. name .. "." .. ext
      local pb, nb = figure_bag(tally.open(saved))
      local common = common_of(pa, pb)
      local t = total[ext]
      t[1], t[2], t[3] = t[1] + common, t[2] + na, t[3] + nb
      print(string.format("%-26s %-4s plain %3d saved %3d agreement %.3f", name, ext, na, nb,
                          na + nb > 0 and 2 * common / (na + nb) or 1))
      for k, c in pairs(pb) do
        if (pa[k] or 0) < c then print("    only in saved: " .. k:gsub("\t", " ")) end
      end
      for k, c in pairs(pa) do
        if (pb[k] or 0) < c then print("    only in plain: " .. k:gsub("\t", " ")) end
      end
    end
  end
  for _, ext in ipairs{"html", "md"} do
    local t = total[ext]
    local ag = 2 * t[1] / (t[2] + t[3])
    print(string.format("total %-4s agreement %.3f (%d common of %d plain, %d saved)", ext, ag,
                        t[1], t[2], t[3]))
    T.ok(ag >= FLOOR, string.format("%s agreement %.3f below %.2f", ext, ag, FLOOR))
  end
end)

local function texts(doc)
  local got = {}
  for _, f in ipairs(doc:figures()) do got[#got + 1] = f.text end
  return table.concat(got, " ")
end

T.test("a title stated in <title> and again in <h1> gives its figures once", function()
  for _, t in ipairs{
    {"出口增长12.5% 创新高", "全年出口增长12.5%，进口增长3%。", "_示例市人民政府"},
    {"出口成長12.5% 創新高", "全年出口成長12.5%，進口成長3%。", " | 財經 | 範例新聞網"},
  } do
    local html = "<html><head><title>" .. t[1] .. t[3] .. "</title></head><body>" ..
                 "<div>首页 &gt; 新闻</div><h1>" .. t[1] .. "</h1><p>" .. t[2] .. "</p></body></html>"
    T.eq(texts(tally.doc(html)), "12.5% 12.5% 3%", t[1])
    -- the plain text: the title once, the same figures
    T.eq(texts(tally.doc(t[1] .. "\n" .. t[2] .. "\n")), "12.5% 12.5% 3%", t[1])
  end
end)

T.test("a front matter title restated as the first heading gives its figures once", function()
  for _, fm in ipairs{
    "---\ntitle: 出口增长5% 再创新高\ndate: 2024-07-25\n---\n\n# 出口增长5% 再创新高\n\n正文增长6%。\n",
    "---\ntitle: \"出口成長5% 再創新高\"\ndate: 2024-07-25\n---\n\n出口成長5% 再創新高\n\n正文成長6%。\n",
  } do
    T.eq(texts(tally.doc(fm)), "5% 6%")
  end
end)

T.test("front matter before an HTML body: the fields stay out, the markup is read", function()
  for _, t in ipairs{
    {"---\ntitle: 报告\nviews: 1234\nlikes: 56%\n---\n<div class=\"meta\">浏览 88</div>\n" ..
     "<p>全年出口增长5%。</p>\n<p>上一篇：进口增长7%</p>\n<footer>联系 a@b.cn</footer>\n", "5%"},
    {"---\ntitle: 報告\nviews: 1234\nlikes: 56%\n---\n<div class=\"meta\">瀏覽 88</div>\n" ..
     "<p>全年出口成長5%。</p>\n<p>上一篇：進口成長7%</p>\n<footer>聯絡 a@b.tw</footer>\n", "5%"},
  } do
    local doc = tally.doc(t[1])
    T.eq(texts(doc), t[2])
    T.ok(not doc.text:find("<p>", 1, true), "the markup is gone from doc.text")
    T.ok(doc.meta.title == "报告" or doc.meta.title == "報告", "the front matter is read")
  end
  -- a Markdown body with one tag in it stays Markdown
  local md = tally.doc("---\ntitle: 报告\n---\n<div align=\"center\">图</div>\n\n全年出口增长5%。\n\n进口增长7%。\n")
  T.ok(md.text:find("<div", 1, true) ~= nil, "Markdown kept as it is")
end)

T.test("top-news and ranking lists beside an article hold no figures", function()
  for _, t in ipairs{
    {"热门推荐", "热点排行", "全年出口增长5%。", "我市新增3条公交线路", "9月份消费价格上涨0.3%"},
    {"熱門新聞", "熱點排行", "全年出口成長5%。", "我市新增3條公車路線", "9月消費者物價上漲0.3%"},
  } do
    local html = "<html><body><p>" .. t[3] .. "</p><h3>" .. t[1] .. "</h3><ul><li>1. " .. t[4] ..
                 "</li></ul><h3>" .. t[2] .. "</h3><ol><li>2 " .. t[5] .. "</li></ol></body></html>"
    T.eq(texts(tally.doc(html)), "5%", t[1])
  end
end)

local function page_of(paras)
  local out = {"<html><body>"}
  for _, p in ipairs(paras) do out[#out + 1] = "<p>" .. p .. "</p>" end
  out[#out + 1] = "</body></html>"
  return table.concat(out)
end

T.test("tickers, weather boxes and counter lines inside a page hold no figures", function()
  for _, t in ipairs{
    {"上证指数 3245.67 +0.53% 深证成指 10234.56 -0.21%", "临川 今天 多云 18℃~26℃ 空气质量：良",
     "阅读 2.3万 | 评论 12 | 收藏 5", "全年出口增长5%，进口下降-2%。", "5% -2%"},
    {"加權指數 22,345.67 ▲123.45 (0.56%) ｜ 美元/新臺幣 31.52 ▼0.05", "臺北市 晴 23-29°C 降雨機率 10%",
     "瀏覽人次 15,234 ｜ 按讚 320", "全年出口成長5%，進口下降-2%。", "5% -2%"},
  } do
    T.eq(texts(tally.doc(page_of{t[1], t[2], t[3], t[4]})), t[5], t[1])
  end
  -- a sentence with signed changes is no ticker; a short line with one change stays
  T.eq(texts(tally.doc(page_of{"出口增长+5%，进口-3%。", "利润增长+12%"})), "5% -3% 12%")
  T.eq(texts(tally.doc(page_of{"出口成長+5%，進口-3%。", "利潤成長+12%"})), "5% -3% 12%")
end)

T.test("counters after their number and gallery counters hold no figures; headlines keep theirs", function()
  for _, t in ipairs{
    {{"1234人浏览", "已有1.2万人阅读", "3.2万次播放 12条评论", "共3张图片 1/3"},
     {"全市1356人参与志愿服务", "3.2万人转发支持"}, "1356人 3.2万人"},
    {{"1234人瀏覽", "已有1.2萬人閱讀", "3.2萬次播放 12則評論", "共3張圖片 1/3"},
     {"全市1356人參與志工服務", "3.2萬人轉發支持"}, "1356人 3.2萬人"},
  } do
    local all = {"全年出口增长5%。"}
    for _, l in ipairs(t[1]) do all[#all + 1] = l end
    for _, l in ipairs(t[2]) do all[#all + 1] = l end
    T.eq(texts(tally.doc(page_of(all))), "5% " .. t[3], t[1][1])
  end
end)

T.test("a readers' comment section holds no figures", function()
  for _, t in ipairs{
    {"全年出口增长5%。", "网友评论", "共23条评论", "网友 lc_2008：小区里只有5个。"},
    {"全年出口成長5%。", "網友評論", "共23則評論", "網友 lc_2008：社區裡只有5個。"},
  } do
    T.eq(texts(tally.doc(page_of(t))), "5%", t[2])
  end
end)

T.test("a Markdown line that is one link, or a cue behind Markdown marks, holds no figures", function()
  for _, t in ipairs{
    "---\ntitle: 报告\n---\n\n全年出口增长5%。\n\n*往期回顾：[上半年装机突破4000万千瓦](/energy/2025/07/)*\n\n" ..
      "- 热门：[外资连3日卖超逾200亿元](https://x.example.cn/b.html)\n\n## 相关新闻\n\n进口增长7%\n",
    "---\ntitle: 報告\n---\n\n全年出口成長5%。\n\n*延伸閱讀：[前5月旅客成長35.2%](/travel/2025/06/12/)*\n\n" ..
      "- 熱門：[外資連3日賣超逾200億元](https://x.example.com.tw/b.html)\n\n## 相關新聞\n\n進口成長7%\n",
  } do
    T.eq(texts(tally.doc(t)), "5%")
  end
  -- a link inside a sentence is the sentence's
  T.eq(texts(tally.doc("---\ntitle: 报告\n---\n\n据[统计局](https://x.cn/a)，全年出口增长5%。\n")), "5%")
end)

T.done()
