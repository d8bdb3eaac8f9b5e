-- The subject stage's fifth round (docs/figures.md, "Fifth round: subjects"):
-- each rule in Simplified and in Traditional, through doc:figures as an analyst
-- calls it. The sentences and figures are invented.
local T = require "check"

local function both(text, f)
  f(tally.doc("2025年3月1日\n" .. text), "Hans")
  f(tally.doc(tally.traditional("2025年3月1日\n" .. text)), "Hant")
end

-- the figure whose text, folded to Simplified, is text (the n-th such)
local function figure(d, text, n)
  n = n or 1
  for _, f in ipairs(d:figures()) do
    if tally.simplified(f.text) == text then
      n = n - 1
      if n == 0 then return f end
    end
  end
  error("no figure " .. text)
end

local function subject(d, text, n)
  local f = figure(d, text, n)
  return f.subject and tally.simplified(f.subject)
end

local function key(d, text, n)
  local f = figure(d, text, n)
  return f.subject_key ~= "" and f.subject_key or nil
end

T.test("a frame noun after 的 is not the subject; the phrase before the figure is", function()
  both("在全球汽车销量下降2.4%的大环境下，本市汽车出口仍增长8%。", function(d)
    T.eq(subject(d, "2.4%"), "全球汽车销量")
  end)
  both("若明年全球贸易增速能够达到3.1%的水准，本地出口将受惠。", function(d)
    T.eq(subject(d, "3.1%"), "全球贸易增速")
  end)
  both("全市粮食产量达到92万吨的水平。", function(d)
    T.eq(subject(d, "92万吨"), "粮食产量")
  end)
end)

T.test("X对Y贡献…x: the subject is X, the contributor, or the one carried", function()
  both("今年服务输出46亿美元，较上年增加2.2%，对经济成长贡献达0.9个百分点。", function(d)
    T.eq(subject(d, "0.9个百分点"), "服务输出")
  end)
  both("居民消费对经济增长贡献达3.3个百分点。", function(d)
    T.eq(subject(d, "3.3个百分点"), "居民消费")
  end)
end)

T.test("a rate alone right after an amount is that amount's rate", function()
  both("参加团队游的外地旅客有31,250人次，增幅为6.4%。", function(d)
    T.eq(subject(d, "6.4%"), "参加团队游的外地旅客") -- the relative phrase before 的 (sixth round)
  end)
  both("出口增长7%，增速为4%。", function(d)
    T.eq(subject(d, "4%"), "增速")           -- after a rate, a rate names itself
  end)
end)

T.test("an amount read past a rate alone measures what the rate is of", function()
  both("进口增长9%，增幅达2%，为1800亿元。", function(d)
    T.eq(subject(d, "1800亿元"), "进口")
  end)
end)

T.test("分别 rates with no phrase of their own answer the amounts before them", function()
  both("城镇居民人均消费支出21000元，农村居民人均消费支出13500元，分别增长4.1%、6.2%。", function(d)
    T.eq(subject(d, "4.1%"), "城镇居民人均消费支出")
    T.eq(subject(d, "6.2%"), "农村居民人均消费支出")
  end)
  both("羊、牛出栏分别为5万头、3万头，分别增长2.5%、1.5%。", function(d)
    T.eq(subject(d, "2.5%"), "羊")             -- a list in one clause keeps its members
  end)
end)

T.test("a place before a bracketed count is what the count counts", function()
  both("外地旅客有81,000人次，主要来自江西省（40,120人次）、安徽省（21,300人次）。", function(d)
    T.eq(subject(d, "40,120人次"), "江西省")
    T.eq(subject(d, "21,300人次"), "安徽省")
  end)
  both("新建社区食堂（9个）。", function(d)
    T.eq(subject(d, "9个"), "社区食堂")
  end)
end)

T.test("实现 + a measure after a count: the measure is the subject", function()
  both("全县41家规模以上企业实现产值67.3亿元，同比增长5%。", function(d)
    T.eq(subject(d, "67.3亿元"), "产值")
    T.eq(subject(d, "5%"), "产值")
  end)
  both("全县农业部门实现收入3.2亿元。", function(d)
    T.eq(subject(d, "3.2亿元"), "农业部门")    -- no count: the phrase before the verb
  end)
end)

T.test("a one-character adjective opening the phrase stays in it", function()
  both("实现新产品销售额3.6亿元。", function(d)
    T.eq(subject(d, "3.6亿元"), "新产品销售额")
  end)
end)

T.test("a period noun in front is the period's, not the subject's", function()
  both("分月看，各季度社会消费品零售总额均在2000亿元以上。", function(d)
    T.eq(subject(d, "2000亿元以上"), "社会消费品零售总额")
  end)
end)

T.test("a place before orders names their source and stays, in the key too", function()
  both("欧洲订单88.6亿美元，年增4.4%。", function(d)
    T.eq(subject(d, "88.6亿美元"), "欧洲订单")
    T.eq(key(d, "88.6亿美元"), "欧洲订单")
  end)
  both("东协订单42.1亿美元。", function(d)
    T.eq(subject(d, "42.1亿美元"), "东协订单")  -- 东协 one word, not 东|协
  end)
  both("日本旅客有12万人次。", function(d)
    T.eq(key(d, "12万人次"), "日本旅客")         -- an origin kept in the key
  end)
end)

T.test("lexicon: words the segmenter cut out of or into subjects", function()
  both("全年出口金额首度突破900亿美元。", function(d)
    T.eq(subject(d, "900亿美元"), "出口金额")
  end)
  both("全球航运量可望由去年的衰退3%恢复为今年的成长4.5%。", function(d)
    T.eq(subject(d, "3%"), "全球航运量")
  end)
  both("每人GDP 2万8,100美元，每户家庭可支配所得平均数为96.3万元。", function(d)
    T.eq(subject(d, "2万8,100美元"), "每人GDP")
    T.eq(subject(d, "96.3万元"), "每户家庭可支配所得平均数")
  end)
  both("留宿旅客微升1.2%，其中个人游旅客有30万人次。", function(d)
    T.eq(subject(d, "1.2%"), "留宿旅客")
    T.eq(subject(d, "30万人次"), "个人游旅客")
  end)
  both("本区经济衰退2.1%。", function(d)
    T.eq(subject(d, "2.1%"), "经济")
  end)
  both("早收产品出口成长率为4.2%，复合成长率5.1%，专利授权88项。", function(d)
    T.eq(subject(d, "4.2%"), "早收产品出口成长率")
    T.eq(subject(d, "5.1%"), "复合成长率")
    T.eq(subject(d, "88项"), "专利授权")
  end)
end)

T.test("a generic measure names the thing before 的 or before its bracket", function()
  both("三年来家庭宽带的单价下降了45%。", function(d)
    T.eq(subject(d, "45%"), "家庭宽带的单价")
  end)
  both("其次为玩具及文具（零售量上升5.5%）。", function(d)
    T.eq(subject(d, "5.5%"), "玩具及文具")
  end)
  both("手袋、有关制品及其他皮具（上升3.3%）。", function(d)
    T.eq(subject(d, "3.3%"), "手袋、有关制品及其他皮具")  -- 及其他: 及 | 其他
  end)
  both("出口数量增长3%。", function(d)
    T.eq(subject(d, "3%"), "出口数量")          -- not a measure alone: it stays
  end)
end)

T.test("statistics' names of Taiwan, Hong Kong and Macau releases stay whole", function()
  both("预测明年经济成长为2.9%，经济成长率则为3%。", function(d)
    T.eq(subject(d, "2.9%"), "经济成长")
    T.eq(subject(d, "3%"), "经济成长率")
  end)
  both("国外净需求贡献经济成长1.5个百分点。", function(d)
    T.eq(subject(d, "1.5个百分点"), "国外净需求") -- a noun of growth states the change
  end)
  both("就业不足人数为3,100人，就业不足率为0.9%，逾期放款比率为0.21%。", function(d)
    T.eq(subject(d, "3,100人"), "就业不足人数")
    T.eq(subject(d, "0.9%"), "就业不足率")
    T.eq(subject(d, "0.21%"), "逾期放款比率")
  end)
  both("日平均准备货币年增率为3.7%，本外币存款增长4.4%，本地居民失业率为1.9%。", function(d)
    T.eq(subject(d, "3.7%"), "日平均准备货币年增率")
    T.eq(subject(d, "4.4%"), "本外币存款")
    T.eq(subject(d, "1.9%"), "本地居民失业率")
  end)
  both("季内商品转口货量跌8.8%。", function(d)
    T.eq(subject(d, "8.8%"), "商品转口货量")     -- 季内 is the period's
  end)
end)

T.test("X对Y增长的贡献率 names X; a threshold of size stays in the phrase", function()
  both("投资对经济增长的贡献率达21.3%。", function(d)
    T.eq(subject(d, "21.3%"), "投资对经济增长的贡献率")
  end)
  both("全市重点项目中，亿元以上项目132个。", function(d)
    T.eq(subject(d, "132个"), "亿元以上项目")
  end)
end)

T.test("figures joined by a list word take the members of the phrase in order", function()
  both("城镇失业率及青年失业率维持在2.8%及6.1%。", function(d)
    T.eq(subject(d, "2.8%"), "城镇失业率")
    T.eq(subject(d, "6.1%"), "青年失业率")
  end)
  both("帽子、围巾及手套跌12%、电器升4%。", function(d)
    T.eq(subject(d, "12%"), "帽子、围巾及手套")  -- each figure after a phrase of its own
  end)
end)

T.test("a currency's name before an amount is the unit's, not the subject's", function()
  both("企业贷款总余额新台币(以下同)12兆3,400亿元，较上月底增加160亿元。", function(d)
    T.eq(subject(d, "12兆3,400亿元"), "企业贷款总余额")
    T.eq(subject(d, "160亿元"), "企业贷款总余额")
  end)
end)

T.test("来自 opening the clause before a rate names who is counted", function()
  both("来自东南亚旅客增长明显，增幅达22.5%。", function(d)
    T.eq(subject(d, "22.5%"), "东南亚旅客")
  end)
end)

T.done()
