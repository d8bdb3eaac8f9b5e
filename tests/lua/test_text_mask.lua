-- The token masker (core/text_mask.c, rules in core/text_mask_tables.c): URLs,
-- bare domains, e-mail addresses, percent-encoded paths, file names, paths,
-- code-like tokens, identifiers and versions hold no figure and no date, in any
-- text (tally.figures on a string, doc:figures, doc:dates), Simplified and
-- Traditional; what the text around them states is read as before, and numbers
-- that only look like tokens (PM2.5, 5G, GDP17861元, 2025.10.08) stay.
local T = require "check"

local function figs(s)
  local out = {}
  for _, f in ipairs(tally.figures(s)) do out[#out + 1] = f.text .. "=" .. f.kind end
  return table.concat(out, " ")
end

local function dates(s)
  local out = {}
  for _, d in ipairs(tally.doc(s):dates()) do out[#out + 1] = d.text end
  return table.concat(out, " ")
end

-- each row: a sentence with one token of furniture, and the figures it states
local cases = {
  -- url
  {"详情见https://www.example.gov.cn/art/2024/5/9/art_1229_55.html，出口增长6.5%。", "6.5%=growth"},
  {"詳情見https://www.example.com.tw/news/2024/05/09/12.aspx，出口成長6.5%。", "6.5%=growth"},
  -- www
  {"登录www.example.gov.cn/2023/8成查看，全年新增企业300家。", "300家=quantity"},
  {"請至www.example.gov.hk/tc/scode530.html查閱，零售額上升2.1%。", "2.1%=growth"},
  -- domain
  {"来源tjj.example.gov.cn/col/col1086/5%，粮食产量增长1.2%。", "1.2%=growth"},
  {"資料來源stat.example.gov.tw/ct.asp?xItem=37408，失業率3.4%。", "3.4%=percent"},
  -- email
  {"来函请寄tj2024@example.gov.cn，全市人口增加2.1万人。", "2.1万人=quantity"},
  {"來信請寄service88@example.com.tw，旅客增加3萬人次。", "3萬人次=quantity"},
  -- percent-encoded
  {"专题2023%E5%B9%B4%E5%85%AC%E6%8A%A5发布，收入增长5.2%。", "5.2%=growth"},
  {"專題2023%E5%B9%B4%E5%85%AC%E5%A0%B1發布，收入成長5.2%。", "5.2%=growth"},
  -- file
  {"附件2025_report_v2.pdf共有3个部分，投资增长4%。", "3个=quantity 4%=growth"},
  {"附件P020240725389612.pdf，投資成長4%。", "4%=growth"},
  -- path
  {"点击/uploads/2025/07/15万/查看，产值增长8%。", "8%=growth"},
  {"點擊/travel/2025/06/12/may/閱讀，產值成長8%。", "8%=growth"},
  -- code
  {"参数page=2&size=10万，零售额增长3.3%。", "3.3%=growth"},
  {"代碼abc123_x，零售額成長3.3%。", "3.3%=growth"},
  -- identifier, hex id
  {"文号P2022121400359，新增就业5万人。", "5万人=quantity"},
  {"編號 3b2f5c1e9a8d 新增就業5萬人。", "5萬人=quantity"},
  -- version
  {"系统升级至v2.3.1版，用户增长12%。", "12%=growth"},
  {"系統升級至1.3.2版，用戶成長12%。", "12%=growth"},
  -- look like tokens, are figures or dates
  {"PM2.5平均浓度下降8.1%，5G基站新增3.2万个。", "8.1%=growth 3.2万个=quantity"},
  {"PM2.5平均濃度下降8.1%，5G基地台新增3.2萬座。", "8.1%=growth 3.2萬座=quantity"},
}

T.test("furniture tokens hold no figure, the sentence's figures stay", function()
  for _, c in ipairs(cases) do T.eq(figs(c[1]), c[2], c[1]) end
end)

T.test("without the masker the same tokens would give figures", function()
  -- the tokens alone, as plain words: each still reads as a figure, so the
  -- rows above test the masker and not the absence of a unit
  T.eq(figs("2023%的企业"), "2023%=percent")
  T.eq(figs("15万个单位"), "15万个=quantity")
end)

T.test("a URL's date is no date; the text's dates stay", function()
  T.eq(dates("原文见https://www.example.gov.cn/art/2026/3/18/a.html，2025年全市增长5%。"), "2025年")
  T.eq(dates("原文見https://www.example.com.tw/2025/07/16/a.aspx，2024年全市成長5%。"), "2024年")
  T.eq(dates("点击/travel/2025/06/12/may/阅读，2023年以来增长。"), "2023年以来")
  T.eq(dates("點擊/travel/2025/06/12/may/閱讀，2023年以來成長。"), "2023年以來")
  T.eq(dates("附件2025-06-12_report.pdf，2024年末。"), "2024年末")
  T.eq(dates("发布于2025.10.08，截至2025/07/16。"), "2025.10.08 截至2025/07/16")
end)

T.test("spans map to the text around a masked token", function()
  local s = "见https://x.gov.cn/2023%E5%B9%B4/a_1.html，全年出口增长5.2%。"
  local f = tally.figures(s)[1]
  T.eq(s:sub(f.start, f.stop), "5.2%")
  T.eq(f.text, "5.2%")
end)

T.done()
