-- tally.compare on tables of records (no engine needed): folding, cleaning,
-- synonyms, one unit per group, rates, min_groups, duplicates, ordering;
-- key terms, shared terms and the similarity matrix of measures.
local T = require "check"
local C = tally.compare

local function fig(region, subject, kind, value, unit, extra)
  local r = {doc = region .. "_doc", region = region, subject = subject, kind = kind,
             value = value, unit = unit, text = tostring(value), period = "上半年"}
  for k, v in pairs(extra or {}) do r[k] = v end
  if extra and extra.no_region then r.region, r.no_region = nil, nil end
  return r
end

T.test("subjects fold, lose edge words and meet their synonyms", function()
  T.eq(C.clean_subject("深圳外貿進出口總額", "深圳市"), "外贸进出口总额")
  T.eq(C.clean_subject("全省外贸进出口总额", "青海省"), "外贸进出口总额")
  T.eq(C.clean_subject("力争跨境电商进出口额突破"), "跨境电商进出口额")
  T.eq(C.clean_subject("“消费券”、"), "消费券")
  T.eq(C.subject("外貿進出口", "河北省"), "外贸进出口总额")
  T.eq(C.subject("进出口额"), "外贸进出口总额")
  T.eq(C.subject("增幅"), "增速")
  T.eq(C.subject("社零额"), "社会消费品零售总额")
  T.eq(C.subject("新能源汽车销量"), "新能源汽车销量")
  -- a scripted synonym takes effect on the next call
  C.subject_synonyms["测试指标"] = {"测试别名"}
  T.eq(C.subject("测试别名"), "测试指标")
  C.subject_synonyms["测试指标"] = nil
end)

T.test("figures line up in one unit per group, ranked", function()
  local t = tally.table({
    fig("青海省", "外贸进出口总额", "money", 14.8e8, "元"),
    fig("浙江省", "进出口总额", "money", 2.59e12, "元"),
    fig("河北省", "外貿進出口", "money", 4000e8, "元"),
    fig("青海省", "外贸进出口总额", "growth", 119.7, "%"),
    fig("河北省", "進出口額", "growth", 12.9, "%"),
    fig("河北省", "进出口", "growth", 12.9, "%"),          -- the same figure again: once
    fig("山东省", "农产品进口", "growth", 5.1, "%"),         -- one region only: dropped
    fig("山东省", "工作", "quantity", 4, "方面"),
    fig("河北省", "工作", "quantity", 3, "方面"),            -- vague subject: dropped
    fig("山东省", "实际使用外资", "money", 3.7e8, "美元"),
    fig("浙江省", "外资", "money", 98.7e8, "美元"),
  })
  local c = C.figures(t)
  local money = c:where{subject = "外贸进出口总额", kind = "money"}
  T.eq(#money, 3)
  T.eq(money[1].region, "浙江省"); T.eq(money[1].value, 25900); T.eq(money[1].unit, "亿元")
  T.eq(money[3].region, "青海省"); T.eq(money[3].value, 14.8); T.eq(money[3].base, 14.8e8)
  local growth = c:where{subject = "外贸进出口总额", kind = "growth"}
  T.eq(#growth, 2)
  T.eq(growth[1].value, 119.7); T.eq(growth[2].region, "河北省")
  T.eq(#c:where{subject = "农产品进口"}, 0)
  T.eq(#c:where{subject = "工作"}, 0)
  local usd = c:where{subject = "实际使用外资"}
  T.eq(usd[1].unit, "亿美元"); T.eq(usd[2].value, 3.7)
  -- groups reported by more regions come first
  T.eq(c[1].subject, "外贸进出口总额"); T.eq(c[1].kind, "money")
  -- a rate joins dollars to yuan
  local r = C.figures(t, {rates = {["美元"] = 7}, subject = "外资"})
  T.eq(r[1].unit, "亿元"); T.near(r[1].value, 690.9)
  -- kind and subject filters, min_groups
  T.eq(#C.figures(t, {kind = "growth"}), 2)
  T.eq(#C.figures(t, {kind = "growth", min_groups = 1}), 3)
  T.eq(#C.figures(t, {subject = "^进口$|农产品", min_groups = 1}), 1)
  T.eq(#C.figures(t, {subject = "進出口", kind = "growth"}), 2) -- the pattern is folded too
end)

T.test("by year, by a function, rows without the by value", function()
  local t = tally.table({
    fig("青海省", "出口", "growth", 10, "%", {period = "2023年"}),
    fig("青海省", "出口", "growth", 12, "%", {period = "上半年", date = "2024-07-01"}),
    fig("青海省", "出口", "growth", 9, "%", {period = "上半年", no_region = true}),
  })
  local y = C.figures(t, {by = "year"})
  T.eq(#y, 3)
  T.eq(table.concat(y:columns(), ","):sub(1, 24), "subject,kind,year,period")
  local years = {}
  for _, r in ipairs(y) do years[#years + 1] = tostring(r.year) end
  T.eq(table.concat(years, ","), "2024,2023,nil")
  local g = C.figures(t, {by = function(r) return r.period end})
  T.eq(g[1].group, "上半年")
  local by_region = C.figures(t, {min_groups = 1})
  T.eq(by_region[3].region, "青海省_doc") -- falls back to the document's name
end)

T.test("measures: shared and unique key terms, similarity", function()
  local m = tally.table({
    {doc = "a", region = "青海省", headline = "发放消费券", text = "一是发放消费券，带动消费。"},
    {doc = "a", region = "青海省", headline = "完善农村寄递物流体系", text = "二是完善农村寄递物流体系。建设县乡村物流。"},
    {doc = "b", region = "河北省", headline = "開展汽車以舊換新", text = "一是開展汽車以舊換新。發放購物券和補貼。"},
    {doc = "b", region = "河北省", headline = "健全物流網絡", text = "二是健全物流網絡。完善配送網絡。"},
    {doc = "c", region = "山东省", headline = "建设步行街", text = "建设步行街，改造特色街区。"},
  })
  local terms, matrix = C.measures(m)
  local function row(term) return terms:where{term = term}[1] end
  T.eq(row("消费券").n, 2)                         -- 购物券 in Traditional counts
  T.eq(table.concat(row("消费券").regions, ","), "青海省,河北省")
  T.eq(row("物流体系").n, 2)
  T.eq(row("以旧换新").n, 1)
  T.eq(row("步行街").regions[1], "山东省")
  T.eq(row("步行街").measures, 1)
  T.eq(row("以旧换新").example, "一是開展汽車以舊換新。發放購物券和補貼。") -- as written, in context
  T.eq(terms[1].n, 2)                              -- most shared first
  -- 青海 {消费券, 物流体系, 消费帮扶?...}: compute from the terms table
  local function set(region)
    local s = {}
    for _, r in ipairs(terms) do
      for _, g in ipairs(r.regions) do if g == region then s[r.term] = true end end
    end
    return s
  end
  local qh, hb = set("青海省"), set("河北省")
  local both, either = 0, 0
  for k in pairs(qh) do either = either + 1; if hb[k] then both = both + 1 end end
  for k in pairs(hb) do if not qh[k] then either = either + 1 end end
  local mrow = matrix:where{region = "青海省"}[1]
  T.near(mrow["河北省"], math.floor(both / either * 100 + 0.5) / 100)
  T.eq(mrow["青海省"], 1)
  T.eq(matrix:where{region = "山东省"}[1]["青海省"], 0)
  T.eq(table.concat(matrix:columns(), ","), "region,青海省,河北省,山东省")
  -- extra terms for one call
  local extra = C.measures(m, {terms = {["县乡村"] = {"县乡村"}}})
  T.eq(extra:where{term = "县乡村"}[1].n, 1)
end)

T.done()
