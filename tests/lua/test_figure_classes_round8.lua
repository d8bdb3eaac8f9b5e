-- The eighth round of the number, unit and name stages (docs/figures.md,
-- "Eighth round: Taiwan's print numerals"): each rule in Simplified and in
-- Traditional, through tally.doc and doc:figures. The texts and figures are
-- invented.
local T = require "check"

local both, first, has = T.both_scripts, T.figure, T.has_figure

T.test("数 ending a noun before a numeral that opens with a digit is no vague count", function()
  both("本期报名人数六五二八人，登记户数二十三万四千户。", function(d, script)
    T.eq(first(d, "六五二八人").value, 6528, script)
    T.eq(first(d, "二十三万四千户").value, 234000, script)
  end)
  -- before a place word 数 and 几 stay the vague prefix
  both("来了数十个团队、几百家企业和数万名观众。", function(d, script)
    T.ok(not has(d, "十个"), script); T.ok(not has(d, "百家"), script)
    T.ok(not has(d, "万名"), script)
  end)
end)

T.test("万一 after a numeral is the magnitude and the next place", function()
  both("全县常住人口二十三万一千人，另有一万一千五百名学生。", function(d, script)
    T.eq(first(d, "二十三万一千人").value, 231000, script)
    T.eq(first(d, "一万一千五百名").value, 11500, script)
  end)
  both("万一发生事故，应在三日内上报。", function(d, script)
    T.eq(#d:figures(), 0, script)
  end)
end)

T.test("four digits written one by one after 万 are the places below it", function()
  both("补助上限为一万六五○○元，人均产值三万二五一八美元，另一笔一亿三○五○万元。", function(d, script)
    T.eq(first(d, "一万六五○○元").value, 16500, script)
    T.eq(first(d, "三万二五一八美元").value, 32518, script)
    T.eq(first(d, "一亿三○五○万元").value, 130500000, script)
    T.ok(not has(d, "五○○元"), script)
  end)
  -- one digit after a place is the place below (两万五), as before; two
  -- neighbouring digits before a place stay a vague range
  both("观众两万五千人，捐款两万五元，参加者一万二三千人。", function(d, script)
    T.eq(first(d, "两万五千人").value, 25000, script)
    T.eq(first(d, "两万五元").value, 25000, script)
    T.ok(not has(d, "一万二三千人"), script)
  end)
end)

T.test("○ before any decimal point is a zero", function()
  both("失业率下降○‧○六个百分点，参与率增加○．三个百分点，汇率升值○·五%。", function(d, script)
    T.near(first(d, "○‧○六个百分点").value, -0.06, 1e-9, script)
    T.near(first(d, "○．三个百分点").value, 0.3, 1e-9, script)
    T.near(first(d, "○·五%").value, 0.5, 1e-9, script)
  end)
end)

T.test("an ASCII point between Chinese digits is a decimal point, not a sentence end", function()
  both("第三季营收三.八亿元，毛利率二十六.四%。", function(d, script)
    T.eq(first(d, "三.八亿元").value, 380000000, script)
    T.near(first(d, "二十六.四%").value, 26.4, 1e-9, script)
    T.eq(#d:sentences(), 1, script)
  end)
  -- between other characters it ends a sentence as before
  both("营收大增. 净利三亿元.", function(d, script)
    T.eq(first(d, "三亿元").value, 300000000, script)
  end)
end)

T.test("出超 and 入超 end in no qualifier 超", function()
  both("全年出超一千二百亿美元，对日入超三百亿美元。", function(d, script)
    local a = first(d, "一千二百亿美元")
    T.eq(a.value, 120000000000, script); T.eq(a.approx, nil, script)
    T.eq(first(d, "三百亿美元").approx, nil, script)
  end)
  -- where 超过 follows, or 支出/收入 end before 超, 超 is the qualifier
  both("今年支出超过3亿元，收入超百亿元。", function(d, script)
    T.eq(first(d, "超过3亿元").approx, "over", script)
    T.eq(first(d, "超百亿元").approx, "over", script)
  end)
end)

T.test("a count in Chinese numerals with a magnitude after a noun that names its unit", function()
  both("本月入境旅客人次录得约三百二十万，留宿旅客人数为十五万。", function(d, script)
    local a = first(d, "约三百二十万")
    T.eq(a.value, 3200000, script); T.eq(a.kind, "quantity", script); T.eq(a.approx, "about", script)
    T.eq(first(d, "十五万").value, 150000, script)
  end)
  -- without a magnitude a bare Chinese numeral after such a noun stays none
  both("参观人次为三十，另有七人。", function(d, script)
    T.ok(not has(d, "三十"), script)
  end)
end)

T.test("a small time unit after a noun of a measured length is a quantity", function()
  both("游客平均逗留时间为一点四晚，较上年减少0.3晚至1.1晚；制造业加班工时平均16.4小时，每周工时未满30小时者有五万人。", function(d, script)
    local a = first(d, "一点四晚")
    T.near(a.value, 1.4, 1e-9, script); T.eq(a.unit, "晚", script); T.eq(a.kind, "quantity", script)
    T.near(first(d, "0.3晚").value, 0.3, 1e-9, script)
    T.eq(first(d, "0.3晚").value_max, nil, script)
    T.near(first(d, "1.1晚").value, 1.1, 1e-9, script)
    T.near(first(d, "16.4小时").value, 16.4, 1e-9, script)
    T.eq(first(d, "30小时").unit, "小时", script)
  end)
  -- without such a noun, or with a calendar unit, it stays a duration
  both("会议开了3小时，团队住了两晚；工时连续3个月下降，工时48小时以来未变。", function(d, script)
    T.ok(not has(d, "3小时"), script); T.ok(not has(d, "两晚"), script)
    T.ok(not has(d, "3个月"), script); T.ok(not has(d, "48小时"), script)
  end)
end)

T.done()
