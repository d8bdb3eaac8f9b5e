-- doc.meta of saved pages (core/meta.c): the headline when <title> carries the
-- site and column after it, no title picked from after the running text, the
-- page's timestamp from its head, and a related list that ends at a
-- breadcrumb. Simplified and Traditional, pages written for the test.
local T = require "check"

local function page(...)
  local out = {"<html><head><title>", (...), "</title></head><body>"}
  for i = 2, select("#", ...) do out[#out + 1] = "<p>" .. select(i, ...) .. "</p>" end
  out[#out + 1] = "</body></html>"
  return tally.doc(table.concat(out))
end

local body_hans = "全年全市地区生产总值达到3862.4亿元，按不变价格计算，比上年增长5.6%，增速比上年加快0.3个百分点。"
local body_hant = "全年全市地區生產總值達到3862.4億元，按不變價格計算，比上年成長5.6%，增速比上年加快0.3個百分點。"

T.test("the <h1> headline is the title when <title> adds the site after it", function()
  T.eq(page("全市经济运行稳中有进_示例市统计局", "首页", "全市经济运行稳中有进", body_hans).meta.title,
       "全市经济运行稳中有进")
  T.eq(page("全市經濟運行穩中有進 | 財經 | 範例新聞網", "首頁", "全市經濟運行穩中有進", body_hant).meta.title,
       "全市經濟運行穩中有進")
end)

T.test("a closing date after the running text picks no title", function()
  T.eq(page("零售业销货额临时估计", "零售业销货额临时估计", body_hans, "完", "2025年10月2日（星期四）").meta.title,
       "零售业销货额临时估计")
  T.eq(page("零售業銷貨額臨時估計", "零售業銷貨額臨時估計", body_hant, "完", "2025年10月2日（星期四）").meta.title,
       "零售業銷貨額臨時估計")
end)

T.test("the page's timestamp in its head is its date; a top bar's day is not", function()
  local d = page("标题行一二三", "2026年3月18日 星期三 | 无障碍浏览 | 长者模式 | 繁體版 | 关怀版本",
                 "标题行一二三", "发布日期：2025-03-18 09:30 来源：示例市统计局 浏览次数：4521 字号：[大 中 小] [打印] [关闭]",
                 body_hans)
  T.eq(d.meta.date, "2025-03-18T09:30")
  T.eq(d.meta.source, "示例市统计局")
  local e = page("標題行一二三", "標題行一二三", "2025/10/08 14:20（10/08 15:36 更新）", body_hant)
  T.eq(e.meta.date, "2025-10-08T14:20")
  local f = page("標題行一二三", "2026年3月18日 星期三 | 無障礙瀏覽 | 長者模式", "標題行一二三", body_hant)
  T.eq(f.meta.date, nil)
end)

T.test("a related list ends at a breadcrumb: the headline after it is no related item", function()
  for _, t in ipairs{
    {"热点排行", "1 前三季度居民收入增长5.1%", "您当前的位置：首页 >> 统计数据", "10月份居民消费价格上涨0.6%",
     "时间：2025-11-12 来源：示例调查队", body_hans},
    {"熱點排行", "1 前三季居民所得成長5.1%", "您當前的位置：首頁 >> 統計數據", "10月份消費者物價上漲0.6%",
     "時間：2025-11-12 來源：示例調查隊", body_hant},
  } do
    local d = page(t[4] .. "--示例调查队", t[1], t[2], t[3], t[4], t[5], t[6])
    T.eq(d.meta.title, t[4])
    local got = {}
    for _, f in ipairs(d:figures()) do got[#got + 1] = f.text end
    -- the title's 0.6% once (the <title> and the headline are one statement), the body's three
    local want = t[1] == "热点排行" and "0.6% 3862.4亿元 5.6% 0.3个百分点" or "0.6% 3862.4億元 5.6% 0.3個百分點"
    T.eq(table.concat(got, " "), want, t[1])
  end
end)

T.done()
