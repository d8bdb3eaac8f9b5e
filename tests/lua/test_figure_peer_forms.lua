-- The forms of tally.number's peer classes (test_number_peer_classes.lua) in
-- running text: doc:figures() reads those the spec counts as figures, in
-- Simplified and in Traditional (docs/figures.md "Peer classes, second
-- round"), and leaves words that only hold the characters.
local T = require "check"

local function reads(text, fig, value, unit, kind, value_max)
  T.both_scripts(text, function(d, script)
    local f = T.figure(d, fig)
    local what = script .. " " .. fig
    T.near(f.value, value, 1e-9, what)
    T.eq(f.unit, unit, what .. " unit")
    T.eq(f.kind, kind, what .. " kind")
    if value_max then T.near(f.value_max, value_max, 1e-9, what .. " value_max") end
  end)
end

local function none(text, fig)
  T.both_scripts(text, function(d, script)
    T.ok(not T.has_figure(d, fig), script .. " " .. text .. ": no figure " .. fig)
  end)
end

local function no_figures(text)
  T.both_scripts(text, function(d, script)
    T.eq(#d:figures(), 0, script .. " " .. text .. ": no figures")
  end)
end

T.test("discounts are shares of the price", function()
  reads("周末商场全场打五五折促销。", "五五折", 55, "%", "percent")
  reads("景区门票七折优惠。", "七折", 70, "%", "percent")
  reads("会员购书享受7.5折优惠。", "7.5折", 75, "%", "percent")
  reads("部分商品八五折出售。", "八五折", 85, "%", "percent")
  reads("淡季机票低至5至8折。", "5至8折", 50, "%", "percent", 80)
  reads("租金按9折计算。", "9折", 90, "%", "percent")
end)

T.test("折 in words is no discount", function()
  no_figures("这次谈判一波三折。")
  no_figures("厂商推出三折叠屏手机。")
  no_figures("他们百折不挠地推进改革。")
  no_figures("层层七折八扣后所剩无几。")
  no_figures("十折的说法并不存在。")
  none("每股收益折算3元。", "3折")
end)

T.test("tenths of 成, capitals, spaced numerals, currency names before", function()
  reads("调查显示八成五的企业表示满意。", "八成五", 85, "%", "percent")
  reads("该集团去年盈利港币 3 亿元。", "港币 3 亿元", 3e8, "港元", "money")
  reads("首批新台币 5 千元补贴已发放。", "新台币 5 千元", 5000, "新台币", "money")
  reads("本次合计人民币贰仟零伍元伍角。", "人民币贰仟零伍元伍角", 2005.5, "元", "money")
  reads("学费每学期8 千 5 百元。", "8 千 5 百元", 8500, "元", "money")
  reads("项目获得投资3万5千元。", "3万5千元", 35000, "元", "money")
  reads("去年全市收入1.2万亿元。", "1.2万亿元", 1.2e12, "元", "money")
end)

T.test("a share a little over its fraction is no ranked group", function()
  reads("约有三分之一强的居民参与。", "三分之一", 100 / 3, "%", "percent")
  reads("百分之三十强的企业实现盈利。", "百分之三十", 30, "%", "percent")
  no_figures("该县进入全国百强。")
  no_figures("全省20强企业名单公布。")
end)

T.test("sub-units of other currencies, and half a multiple", function()
  reads("公司每股分红十美分。", "十美分", 0.1, "美元", "money")
  reads("一枚邮票售价50便士。", "50便士", 0.5, "英镑", "money")
  reads("单价为两美元三美分。", "两美元三美分", 2.03, "美元", "money")
  reads("套餐售价12港元5仙。", "12港元5仙", 12.05, "港元", "money")
  reads("合同金额为100元港币。", "100元港币", 100, "港元", "money")
  reads("奖金为5万元新台币。", "5万元新台币", 50000, "新台币", "money")
  reads("产值是去年的两倍半。", "两倍半", 2.5, "倍", "quantity")
  reads("出口增长一倍半。", "一倍半", 1.5, "倍", "growth")
end)

T.test("vague digit pairs before places make no figure, not part of one", function()
  no_figures("今年销量预计二三十万台。")
  no_figures("这个镇有十七八个行政村。")
  no_figures("展会吸引三五百人参加。")
  no_figures("平均产量七八十吨。")
  no_figures("全县新增一二百家企业。")
  no_figures("游客三五成群地散步。")
  no_figures("街上停着一辆三轮车。")
  reads("谈判进行了三轮。", "三轮", 3, "轮", "quantity")
  none("一位四五十岁的男子。", "十岁")
  -- not neighbours after a place: 十二 stays, and plain numerals still read
  reads("全县共有十二个乡镇。", "十二个", 12, "个", "quantity")
  reads("全年产量三十五万吨。", "三十五万吨", 350000, "吨", "quantity")
end)

T.done()
