-- The sixth round of the number, unit, kind, rank and name stages
-- (docs/figures.md, "Sixth round: number, unit, kind, rank, names"): each
-- rule in Simplified and in Traditional, through tally.doc and doc:figures.
-- The texts and figures are invented.
local T = require "check"

local both, first = T.both_scripts, T.figure

local has = T.has_figure

-- ---- number ----

T.test("a middle dot between Chinese numerals is a decimal point", function()
  both("本季出口额为五二一·四亿美元，较上季增加三○·六亿美元，增幅达卅二·五%。", function(d, script)
    local a = first(d, "五二一·四亿美元")
    T.eq(a.value, 52140000000, script); T.eq(a.unit, "美元", script); T.eq(a.kind, "money", script)
    local b = first(d, "三○·六亿美元")
    T.eq(b.value, 3060000000, script)
    local c = first(d, "卅二·五%")
    T.near(c.value, 32.5, 1e-9, script); T.eq(c.kind, "growth", script)
    T.ok(not has(d, "四亿美元"), script); T.ok(not has(d, "五%"), script)
  end)
  both("两地占比分别为十六·四%与四十三·八%。", function(d, script)
    T.near(first(d, "十六·四%").value, 16.4, 1e-9, script)
    T.near(first(d, "四十三·八%").value, 43.8, 1e-9, script)
  end)
  -- a dot between names, or between a numeral and a word, is no point
  T.eq(tally.number("约翰·史密斯"), nil)
  T.eq(tally.number("七四·二亿元"), 7420000000)
  T.eq(tally.number(tally.traditional("七四·二亿元")), 7420000000)
end)

T.test("a fraction without 之 (三分一, 四分三) is a percent", function()
  both("全区约三分一住户租住公屋，私楼租金一年升了五分一。", function(d, script)
    local a = first(d, "约三分一")
    T.near(a.value, 100 / 3, 1e-9, script); T.eq(a.unit, "%", script); T.eq(a.approx, "about", script)
    local b = first(d, "五分一")
    T.near(b.value, 20, 1e-9, script)
  end)
  T.near(tally.number("四分三"), 75, 1e-9)
  -- 十分 (very), a time after the numerator, a numerator not below the denominator: none
  both("大家十分一致，比赛还剩三分一秒，得了三分五。", function(d, script)
    T.eq(#d:figures{unit = "%"}, 0, script)
  end)
end)

T.test("前 before a share ends the word before it (疫情前六成)", function()
  both("客流已恢复至节前七成，高于疫情前五成。", function(d, script)
    T.eq(first(d, "七成").value, 70, script)
    T.eq(first(d, "五成").value, 50, script)
  end)
  -- 前N with another unit stays an ordinal or a rank
  both("前三名获奖，前5个月出口增长5%。", function(d, script)
    T.ok(not has(d, "前三名"), script); T.ok(not has(d, "三名"), script)
    T.eq(#d:figures(), 1, script)
  end)
end)

T.test("a noun that starts with a unit's character is no unit (百万市民)", function()
  both("逾百万市民受惠，5个市场主体获奖。", function(d, script)
    T.ok(not has(d, "逾百万市"), script)
    T.eq(first(d, "5个").unit, "个", script)
  end)
end)

T.test("a magnitude before a unit of the table folds into the value (千公顷)", function()
  both("全县水稻种植面积12.6千公顷，比上年减少0.4千公顷。", function(d, script)
    local a = first(d, "12.6千公顷")
    T.near(a.value, 12600, 1e-6, script); T.eq(a.unit, "公顷", script); T.eq(a.kind, "quantity", script)
    T.near(first(d, "0.4千公顷").value, 400, 1e-6, script)
  end)
  -- a magnitude with more than a unit after it stays the lexicon's unit
  local v, u = tally.number("5千瓦小时")
  T.eq(v, 5); T.eq(u, "千瓦小时")
  v, u = tally.number("300千卡")
  T.eq(v, 300); T.eq(u, "千卡")
end)

-- ---- kind ----

T.test("a compared value in brackets takes the kind of the rate it is compared with", function()
  both("全区社会消费品零售总额增长6.2%，增速比全市(5.1%)和全省平均(4.8%)分别高1.1、1.4个百分点。", function(d, script)
    local a, b = first(d, "5.1%"), first(d, "4.8%")
    T.eq(a.kind, "growth", script); T.eq(a.value, 5.1, script)
    T.eq(b.kind, "growth", script); T.eq(b.value, 4.8, script)
  end)
  -- a changed point figure between does not hide the rate stated before it
  both("全县税收增长9.3%，增速同比提高1.2个百分点，比全市（7.5%）高1.8个百分点。", function(d, script)
    T.eq(first(d, "7.5%").kind, "growth", script)
  end)
  -- compared with a share, the bracketed value stays a share
  both("城镇化率达到61.5%，比全省(58.2%)高3.3个百分点。", function(d, script)
    T.eq(first(d, "58.2%").kind, "percent", script)
  end)
end)

T.test("a percent followed by 的 and a rate noun or a paced trend word is growth", function()
  both("面对4.5%的工业增速，企业信心有所回升。", function(d, script)
    local f = first(d, "4.5%")
    T.eq(f.kind, "growth", script); T.eq(f.value, 4.5, script)
  end)
  both("今年以来出口保持20%以上的快速增长势头。", function(d, script)
    T.eq(first(d, "20%以上").kind, "growth", script)
  end)
  -- a noun after 的 that is no rate stays a percent
  both("其中30%的企业为外资，15%的经济总量来自工业。", function(d, script)
    T.eq(first(d, "30%").kind, "percent", script)
    T.eq(first(d, "15%").kind, "percent", script)
  end)
end)

T.test("或 between two measures of one change keeps the trend (跌312点或1.5%)", function()
  both("该指数收市跌215点或1.3%，成交额增加40亿元或12%。", function(d, script)
    local a, b = first(d, "1.3%"), first(d, "12%")
    T.eq(a.kind, "growth", script); T.eq(a.value, -1.3, script)
    T.eq(b.kind, "growth", script); T.eq(b.value, 12, script)
  end)
end)

T.test("贬 alone before a rate is a fall (分别贬0.15%与0.26%)", function()
  both("日元与韩元小幅走弱，分别贬0.42% 与1.1%。", function(d, script)
    T.eq(first(d, "0.42%").value, -0.42, script); T.eq(first(d, "0.42%").kind, "growth", script)
    T.eq(first(d, "1.1%").value, -1.1, script)
  end)
end)

-- ---- quotes ----

T.test("numbers in quoted speech are figures; a quoted name holds none", function()
  both("记者问：“去年7.2%的经济增速，您怎么看？”他答：“全年新增就业12万人，我们很满意。”", function(d, script)
    T.eq(first(d, "7.2%").kind, "growth", script)
    T.eq(first(d, "12万人").value, 120000, script)
  end)
  both("我们开展“万人助企大走访”活动。", function(d, script)
    T.eq(#d:figures(), 0, script)
  end)
end)

T.test("a change verb and 为 give the level reached; a rate of change keeps it growth", function()
  both("存款年增率下降为3.25%，失业率下降为3.4%。", function(d, script)
    local a, b = first(d, "3.25%"), first(d, "3.4%")
    T.eq(a.kind, "growth", script); T.eq(a.value, 3.25, script)
    T.eq(b.kind, "percent", script); T.eq(b.value, 3.4, script)
  end)
  both("出口值变动率：由上月 12.5% 减为 9%。", function(d, script)
    local a, b = first(d, "12.5%"), first(d, "9%")
    T.eq(a.kind, "growth", script); T.eq(a.value, 12.5, script)
    T.eq(b.kind, "growth", script); T.eq(b.value, 9, script)
  end)
  -- a rate noun before 为 is the rate itself: 增速为-2.1% keeps its sign
  both("工业增速为-2.1%。", function(d, script)
    T.eq(first(d, "-2.1%").value, -2.1, script)
  end)
end)

-- ---- unit ----

T.test("分 is a point of a score after a score noun or a trend word", function()
  both("本月综合评分上升至 27 分，较上月减少 2 分。", function(d, script)
    local a, b = first(d, "27 分"), first(d, "2 分")
    T.eq(a.value, 27, script); T.eq(a.unit, "分", script); T.eq(a.kind, "quantity", script)
    T.eq(b.value, 2, script); T.eq(b.unit, "分", script)
  end)
  -- minutes and fractions are no score
  both("会议用时40分钟，完成了三分之二。", function(d, script)
    T.eq(#d:figures{unit = "分"}, 0, script)
  end)
end)

T.test("members of a list keep the shared unit across spaces around 、", function()
  both("分别高出2.4 、 3.6个百分点。", function(d, script)
    local a = first(d, "2.4")
    T.eq(a.unit, "pp", script); T.eq(a.value, 2.4, script)
    T.eq(first(d, "3.6个百分点").unit, "pp", script)
  end)
end)

-- ---- rank ----

T.test("each 第N of a run after one rank verb is a rank; 荣登…榜首 is rank 1", function()
  both("该县荣登全省营商环境十佳县榜首，位居全省创新能力第2、开放水平第4、生态质量第9。", function(d, script)
    local r = d:figures{kind = "rank"}
    T.eq(#r, 4, script)
    T.eq(r[1].value, 1, script)
    local values = {}
    for _, f in ipairs(r) do values[#values + 1] = f.value end
    table.sort(values)
    T.eq(table.concat(values, ","), "1,2,4,9", script)
  end)
end)

-- ---- names ----

T.test("a quote made of counts is a slogan; a listed N大 item is a name", function()
  both("全力推进“两大引擎五项提升”，实施“六大工程”。", function(d, script)
    T.ok(not has(d, "两大"), script); T.ok(not has(d, "五项"), script)
    T.eq(first(d, "六大").value, 6, script)
  end)
  both("乡村振兴、城乡融合、四大提质等9项工作获表彰。", function(d, script)
    T.ok(not has(d, "四大"), script)
    T.eq(first(d, "9项").value, 9, script)
  end)
end)

T.test("article-like 一个 after a verb of reaching, clause names and restated indicators", function()
  both("全县经济迈上了一个新的台阶。", function(d, script)
    T.eq(#d:figures(), 0, script)
  end)
  both("全县各项事业取得一个又一个新突破，一年一个样。", function(d, script)
    T.eq(#d:figures(), 0, script)
  end)
  both("美国启动三〇一条款调查，另有232条款。", function(d, script)
    T.eq(#d:figures(), 0, script)
  end)
  both("两地失业率分别为2.1%及2.6%，两项指标均较上季持平。", function(d, script)
    T.ok(not has(d, "两项"), script)
    T.eq(#d:figures(), 2, script)
  end)
  -- a count of indicators that is not restating stays a count
  both("全市共监测12项指标。", function(d, script)
    T.eq(first(d, "12项").value, 12, script)
  end)
end)

T.test("the lower places of an amount: 3亿5千万, 8 千 5 百, part after part", function()
  both("项目投资3亿5千万元，门票8 千 5 百元，捐款2万3千5百元。", function(d, script)
    T.eq(first(d, "3亿5千万元").value, 350000000, script)
    T.eq(first(d, "8 千 5 百元").value, 8500, script)
    T.eq(first(d, "2万3千5百元").value, 23500, script)
  end)
  -- a bare number after a space is another number; below 万 a part needs a magnitude
  both("人口3万 2024年统计。", function(d, script)
    T.eq(first(d, "3万").value, 30000, script)
  end)
end)

T.test("print layout: a bare lower part across spaces before a unit; ∼ as a range mark", function()
  both("就业人数 52 万 3000 人，买超3∼5万张。", function(d, script)
    T.eq(first(d, "52 万 3000 人").value, 523000, script)
    local r = first(d, "3∼5万张")
    T.eq(r.value, 30000, script); T.eq(r.value_max, 50000, script); T.eq(r.approx, nil, script)
  end)
  both("今天三大法人合计卖超120亿元，产茶1.5万担。", function(d, script)
    T.ok(not has(d, "三大"), script)
    T.eq(first(d, "120亿元").approx, nil, script)
    T.eq(first(d, "1.5万担").unit, "担", script)
  end)
end)

T.test("sub-units of the yuan after an amount in 元 belong to it", function()
  both("单价12元5角3分，另付贰拾元伍角。", function(d, script)
    T.near(first(d, "12元5角3分").value, 12.53, 1e-9, script)
    T.near(first(d, "贰拾元伍角").value, 20.5, 1e-9, script)
  end)
  -- a sub-unit that starts a word is none: 5元，3分钟
  both("票价5元3分钟内售罄。", function(d, script)
    T.eq(first(d, "5元").value, 5, script)
  end)
end)

T.test("a Latin magnitude letter after digits before a unit (3w人, 2k家)", function()
  both("活动吸引3w人参与，带动2k家商户，月均1.5w元。", function(d, script)
    T.eq(first(d, "3w人").value, 30000, script)
    T.eq(first(d, "2k家").value, 2000, script)
    T.eq(first(d, "1.5w元").value, 15000, script)
  end)
  both("全程5km，配4K屏。", function(d, script)
    T.eq(first(d, "5km").unit, "公里", script)
    T.ok(not has(d, "4K"), script)
  end)
end)

-- ---- whole-string numbers ----

T.test("tally.number: digits after a decimal point are no vague pair; + after a count is over", function()
  for _, t in ipairs{"三点四五", tally.traditional("三点四五"), "三點四五"} do
    local v, _, _, max = tally.number(t)
    T.near(v, 3.45, 1e-9, t); T.eq(max, nil, t)
  end
  T.near(tally.number("零点二三"), 0.23, 1e-9)
  local v, _, _, max = tally.number("五六个")
  T.eq(v, 5); T.eq(max, 6)
  T.eq(tally.number("10w+"), 100000)
  T.eq(tally.number(tally.traditional("5万+")), 50000)
  T.eq(tally.number("1+1"), nil)
end)

T.done()
