-- The subject stage's fourth round (docs/figures.md, "Fourth round: subjects"):
-- each rule in Simplified and in Traditional, through doc:figures as an analyst
-- calls it. The sentences are invented.
local T = require "check"

local function both(text, f)
  f(tally.doc("2025年3月1日\n" .. text), "Hans")
  f(tally.doc(tally.traditional("2025年3月1日\n" .. text)), "Hant")
end

-- the figure whose text, folded to Simplified, is text (the n-th such)
local function subject(d, text, n)
  n = n or 1
  for _, f in ipairs(d:figures()) do
    if tally.simplified(f.text) == text then
      n = n - 1
      if n == 0 then return f.subject and tally.simplified(f.subject) end
    end
  end
  error("no figure " .. text)
end

T.test("经…后 is the figure's condition, not its subject", function()
  both("9月份消费者物价总指数为104.05，较上月涨1.31%，经调整季节变动因素后涨0.42%。", function(d)
    T.eq(subject(d, "0.42%"), "消费者物价总指数")
  end)
end)

T.test("a figure whose clause names nothing measures the sentence's topic", function()
  both("9月份消费者物价总指数(CPI)为104.05，较上月涨1.31%。", function(d)
    T.eq(subject(d, "1.31%"), "消费者物价总指数")
  end)
  both("财政部表示，较上月增加20亿美元。", function(d)
    T.eq(subject(d, "20亿美元"), nil)               -- a speaker is no topic
  end)
end)

T.test("各 gives a list's figures one member each, as 分别 does", function()
  both("工业、制造业生产指数分别为132.87及135.05，同步创下历年新高纪录，各较上年增加0.88%及0.89%。", function(d)
    T.eq(subject(d, "0.88%"), "工业")
    T.eq(subject(d, "0.89%"), "制造业生产指数")
  end)
  both("南海、顺德三区各新增企业5家。", function(d)
    T.ok(subject(d, "5家") ~= "南海")               -- one figure: 各 is each
  end)
end)

T.test("figures as many as the members of a list take them in order", function()
  both("我市的进出口、出口、进口三项增速分别高于全省平均增速的11.2、17.4、9.4个百分点。", function(d)
    T.eq(subject(d, "11.2"), "进出口")
    T.eq(subject(d, "17.4"), "出口")
    T.eq(subject(d, "9.4个百分点"), "进口")
  end)
  both("装备制造业和高技术制造业增加值同比分别增长13.0%、9.8%，快于规模以上工业8.2、5.0个百分点。", function(d)
    T.eq(subject(d, "8.2"), "装备制造业")
    T.eq(subject(d, "5.0个百分点"), "高技术制造业增加值")
  end)
  both("其中内地访客以及其他访客人次分别为三十五万及十万，较去年同期录得14%及6.6%的跌幅。", function(d)
    T.eq(subject(d, "14%"), "内地访客")
    T.eq(subject(d, "6.6%"), "其他访客人次")
  end)
  both("输往美国、英国及中国大陆的出口货量分别跌16.3%、13.4%及6.6%。", function(d)
    T.eq(subject(d, "13.4%"), "出口货量")          -- a list before 的 modifies
  end)
end)

T.test("a thousands comma does not end the clause of a list", function()
  both("香港及中国台湾旅客分别为5,098,508及1,379,936人次。", function(d)
    T.eq(subject(d, "1,379,936人次"), "中国台湾旅客")
  end)
end)

T.test("同口径 and 的基础上 are no subjects", function()
  both("一般公共预算总收入33.8亿元，同口径增长96.1%。", function(d)
    T.eq(subject(d, "96.1%"), "一般公共预算总收入")
  end)
  both("在保持年均增速35%的基础上，外贸进出口总额增长10%。", function(d)
    T.ok(subject(d, "35%") ~= "基础")
    T.eq(subject(d, "10%"), "外贸进出口总额")
  end)
end)

T.test("a rank measures what stands before its scope or its name", function()
  both("地区生产总值16亿元，同比增长8.8%，增速全市第二。", function(d)
    T.eq(subject(d, "第二"), "增速")
  end)
  both("全市社会消费品零售总额全省综合排名上升至第4位。", function(d)
    T.eq(subject(d, "第4位"), "社会消费品零售总额")
  end)
end)

T.test("城镇 and 农村 stay in a subject; a place before 旅客 is an origin", function()
  both("城镇居民人均可支配收入31561元，增长9%。", function(d)
    T.eq(subject(d, "31561元"), "城镇居民人均可支配收入")
  end)
  both("香港旅客上升15.4%，中国大陆及香港旅客分别上升9.3%及15.1%。", function(d)
    T.eq(subject(d, "15.4%"), "香港旅客")
    T.eq(subject(d, "9.3%"), "中国大陆")
  end)
end)

T.test("a phrase is cut at the lexicon's words, not inside them", function()
  both("其中出口增长4.9%，进口微降0.4%。", function(d)
    T.eq(subject(d, "0.4%"), "进口")
  end)
  both("大口径财政收入完成60233万元，公共财政预算收入39510万元。", function(d)
    T.eq(subject(d, "60233万元"), "大口径财政收入")
    T.eq(subject(d, "39510万元"), "公共财政预算收入")
  end)
  both("外商及港澳台商投资企业增长7.6%。整体访客来港数字为46万人次。", function(d)
    T.eq(subject(d, "7.6%"), "外商及港澳台商投资企业")
    T.eq(subject(d, "46万人次"), "整体访客来港数字")
  end)
  both("电力及燃气供应业减少2.13%，不过夜旅客为818,127人次。", function(d)
    T.eq(subject(d, "2.13%"), "电力及燃气供应业")
    T.eq(subject(d, "818,127人次"), "不过夜旅客")
  end)
end)

T.test("a bare measure after 完成 measures the phrase before the verb", function()
  both("其中财政系统完成收入22051万元，同比增长42.45%。", function(d)
    T.eq(subject(d, "22051万元"), "财政系统")
  end)
  both("全县完成收入22051万元。", function(d)
    T.eq(subject(d, "22051万元"), "收入")            -- a region names no measured thing
  end)
end)

T.test("X对Y的贡献率 names X; a gloss in brackets stays inside the phrase", function()
  both("一产对生产总值的贡献率是7.45%。", function(d)
    T.eq(subject(d, "7.45%"), "一产对生产总值的贡献率")
  end)
  both("十月消费者物价指数（CPI）年增率为1.48%。", function(d)
    T.eq(subject(d, "1.48%"), "消费者物价指数（CPI）年增率")
  end)
end)

T.test("A分别占: adverbs between the phrase and 占", function()
  both("而香港及中国台湾旅客分别占旅客总数27.7%及6.7%。", function(d)
    T.eq(subject(d, "27.7%"), "香港")
    T.eq(subject(d, "6.7%"), "中国台湾旅客")
  end)
end)

T.test("a record is no subject; the sentence's topic is", function()
  both("十一月进口为479.7亿美元，亦为历年单月新高，月增22.3%。", function(d)
    T.eq(subject(d, "22.3%"), "进口")
  end)
end)

T.test("出超 read across a figure that starts with 超", function()
  -- 出超 ends in no qualifier (figures, eighth round): the figure is 1379亿美元
  both("前十一月出超1379亿美元，年增634亿美元。", function(d)
    T.eq(subject(d, "1379亿美元"), "出超")
    T.eq(subject(d, "634亿美元"), "出超")
  end)
end)

T.test("places listed after 为 are the members of a 分别 list", function()
  both("其次为香港及台湾地区，分别占18.2%及2.6%。", function(d)
    T.eq(subject(d, "18.2%"), "香港")
    T.eq(subject(d, "2.6%"), "台湾地区")
    for _, f in ipairs(d:figures()) do   -- whom the share counts, not where
      T.eq(f.region_scope, "document")
    end
  end)
end)

T.test("a gloss in brackets before a contribution names the subject", function()
  both("国外净需求（即输出减输入）贡献经济成长7.21个百分点。", function(d)
    T.eq(subject(d, "7.21个百分点"), "国外净需求")
  end)
end)

T.test("a means with a time and an adjective in it is no subject", function()
  both("人均地区生产总值59447元，按2022年平均汇率计算为8838美元。", function(d)
    T.eq(subject(d, "8838美元"), "人均地区生产总值")
  end)
end)

T.test("after a count, 以上 stays inside the phrase; 平均 and 出生 in statistics' names", function()
  both("75家县级以上农业龙头企业年销售收入18.4亿元。", function(d)
    T.eq(subject(d, "75家"), "县级以上农业龙头企业")
  end)
  both("平均就业人数1126万人，全年出生人口1.9万人，人口出生率为6.0‰。", function(d)
    T.eq(subject(d, "1126万人"), "平均就业人数")
    T.eq(subject(d, "1.9万人"), "出生人口")
  end)
end)

T.test("a rate alone opening its clause is the rate of the clause before's topic", function()
  both("中国大陆旅客上升显著，增幅达48.3%，香港旅客上升15.4%。", function(d)
    T.eq(subject(d, "48.3%"), "中国大陆旅客")
  end)
  both("出口增长5%，增速比上年加快2个百分点。", function(d)
    T.eq(subject(d, "2个百分点"), "增速")            -- the clause before has a figure
  end)
end)

T.test("a line break inside a sentence does not end the clause", function()
  both("三年来，政府投入补贴1亿多元，撬动综合消费\n33亿元以上。", function(d)
    T.eq(subject(d, "33亿元以上"), "综合消费")
  end)
end)

T.test("a pair of places names a trade, not a region; 输出 is exports", function()
  both("闽台贸易额126.8亿元，增长8.9%。带动商品及服务输出实质成长30.64%。", function(d)
    T.eq(subject(d, "126.8亿元"), "闽台贸易额")
    T.eq(subject(d, "30.64%"), "商品及服务输出")
  end)
end)

T.test("full-width letters name a statistic as ASCII letters do", function()
  both("主计总处指出，十月ＣＰＩ年增率为1.48%，其中肉类上涨。", function(d)
    T.eq(subject(d, "1.48%"), "ＣＰＩ年增率")
    for _, f in ipairs(d:figures()) do
      if f.text == "1.48%" then T.eq(f.subject_key, "CPI年增率") end
    end
  end)
end)

T.test("an adverb of averaging before a rate names the rate", function()
  both("在保持年均增速35%的基础上，外贸进出口总额增长10%。", function(d)
    T.eq(subject(d, "35%"), "年均增速")
  end)
end)

T.done()
