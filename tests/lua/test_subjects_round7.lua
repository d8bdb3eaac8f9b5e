-- The subject stage's seventh round (docs/figures.md, "Seventh round: subjects"):
-- each rule in Simplified and in Traditional, through doc:figures as an analyst
-- calls it. The sentences and figures are invented.
local T = require "check"

local function both(text, f)
  f(tally.doc("2025年3月1日\n" .. text), "Hans")
  f(tally.doc(tally.traditional("2025年3月1日\n" .. text)), "Hant")
end

local figure = T.figure

local function subject(d, text, n)
  local f = figure(d, text, n)
  return f.subject and tally.simplified(f.subject)
end

local function key(d, text, n)
  local f = figure(d, text, n)
  return f.subject_key ~= "" and f.subject_key or nil
end

T.test("a statistic's name in front is a hedge, not the subject", function()
  both("本季初步统计出口总值增长4.2%，进口初步统计下降1.3%。", function(d)
    T.eq(subject(d, "4.2%"), "出口总值")
    T.eq(subject(d, "1.3%"), "进口")
  end)
  both("全年初步核算服务业增加值856亿元。", function(d)
    T.eq(subject(d, "856亿元"), "服务业增加值")
    T.eq(key(d, "856亿元"), "服务业增加值")
  end)
  -- 第4季初步: the quarter, then 初步 (preliminary), not the quarter's start
  both("主计处公布，第4季初步经济成长率为3.7%。", function(d)
    T.eq(subject(d, "3.7%"), "经济成长率")
    T.eq(tally.simplified(figure(d, "3.7%").period), "第4季")
  end)
  -- the quarter's start is still read where no 步 follows
  both("第3季初库存为120万吨。", function(d)
    T.eq(tally.simplified(figure(d, "120万吨").period), "第3季初")
  end)
end)

T.test("a rate alone after an amount is its rate across a record's remark", function()
  both("11月餐饮业营业额812亿元，创历年同月新高，年增率2.6%。", function(d)
    T.eq(subject(d, "2.6%"), "餐饮业营业额")
  end)
  both("上月旅客人次逾30万，为历史新高，增幅达12%。", function(d)
    T.eq(subject(d, "12%"), "旅客人次")
  end)
  -- a clause that is no record's remark still stops the reading back
  both("批发业营业额900亿元，主因电子零组件需求，年增率3%。", function(d)
    T.ok(subject(d, "3%") ~= "批发业营业额")
  end)
end)

T.test("Taiwan's change over the week (周涨, 周增) is the predicate", function()
  both("上周台股周涨215点，涨幅1.2%；台股总市值周增约8000亿元。", function(d)
    T.eq(subject(d, "215点"), "台股")
    T.eq(subject(d, "1.2%"), "台股")
    T.eq(subject(d, "约8000亿元"), "台股总市值")
  end)
  both("加权指数收盘站上250点。", function(d)
    T.eq(subject(d, "250点"), "加权指数")
  end)
end)

T.test("the exchange's central market and a week in front", function()
  both("上周集中市场成交值为2.1兆元。", function(d)
    T.eq(subject(d, "2.1兆元"), "集中市场成交值")
  end)
end)

T.test("Macao's residents' labour force and new entrants are nouns whole", function()
  both("本季居澳劳动人口共38.2万人，新增劳动力占失业人口的比重为11%。", function(d)
    T.eq(subject(d, "38.2万人"), "居澳劳动人口")
    T.eq(subject(d, "11%"), "新增劳动力")
  end)
end)

T.test("a space of print layout inside a word does not cut it", function()
  both("上周电子类指 数上涨2.2%，金融类股价指 数下跌0.4%。", function(d)
    T.eq(subject(d, "2.2%"), "电子类指 数")
    T.eq(key(d, "2.2%"), "电子类指数")
    T.eq(subject(d, "0.4%"), "金融类股价指 数")
  end)
  -- a space between two words that no word crosses still parts them
  both("出口 增长5%。", function(d)
    T.eq(subject(d, "5%"), "出口")
  end)
  -- a space around a Latin name of a label
  both("货币总计数 M2 变动率为 5.1%。", function(d)
    T.eq(subject(d, "5.1%"), "货币总计数 M2 变动率")
    T.eq(key(d, "5.1%"), "货币总计数M2变动率")
  end)
end)

T.test("a line of prose wrapped after an amount goes on with its subject", function()
  both("一般公共预算收入3.2亿元、增长6%;税收收入2.5亿元\n、增长8.5%。", function(d)
    T.eq(subject(d, "8.5%"), "税收收入")
  end)
end)

T.test("a bracket inside a time expression ends no clause", function()
  both("出口物价指数变动率：由上（10）月的 2.1% 增为 2.4%。", function(d)
    T.eq(subject(d, "2.1%"), "出口物价指数变动率")
    T.eq(subject(d, "2.4%"), "出口物价指数变动率")
  end)
end)

T.test("分别 amounts of change answer the amounts before, one to a clause", function()
  both("全市常住人口为52.3万人，户籍人口为48.6万人，较上年分别增加4000人及6,500人。", function(d)
    T.eq(subject(d, "4000人"), "常住人口")
    T.eq(subject(d, "6,500人"), "户籍人口")
  end)
  -- a comma that groups digits ends no list: both figures are the list's
  both("职工平均工资为8,200元，农民工平均工资为5,100元，分别增加1,300元及2,400元。", function(d)
    T.eq(subject(d, "1,300元"), "职工平均工资")
    T.eq(subject(d, "2,400元"), "农民工平均工资")
  end)
end)

T.test("a word of frequency between two nouns modifies the noun after it", function()
  both("本季全体雇员月工作收入中位数为16,800元。", function(d)
    T.eq(subject(d, "16,800元"), "全体雇员月工作收入中位数")
  end)
  -- 出口年增5%: before a verb it is the predicate's
  both("本月出口年增5%。", function(d)
    T.eq(subject(d, "5%"), "出口")
  end)
end)

T.test("net buying and selling of a stock market name the amount", function()
  both("今天投信卖超52.3亿元，自营商买超18亿元。", function(d)
    T.eq(subject(d, "52.3亿元"), "投信卖超")
    T.eq(subject(d, "18亿元"), "自营商买超")
  end)
end)

T.test("a release's abbreviation after a statistic's name glosses the rate", function()
  both("第3季GDP初步统计yoy为2.8%。", function(d)
    T.eq(subject(d, "2.8%"), "GDP")
  end)
end)

T.test("对 and a time before a rate noun belong to the rate's name", function()
  both("第2季民间消费对上年同季成长率修正为1.9%（原为1.6%）。", function(d)
    T.eq(subject(d, "1.9%"), "民间消费对上年同季成长率")
    T.eq(subject(d, "1.6%"), "民间消费对上年同季成长率")
  end)
  -- 对 before a trade partner is still the partner's mark
  both("对东盟出口增长6%。", function(d)
    T.eq(subject(d, "6%"), "对东盟出口")
  end)
end)

T.test("a cause's noun (受…影响) and a speaker before a time name nothing measured", function()
  both("全年出口增长3.2%，受海外需求放缓影响，同比回落0.8个百分点。", function(d)
    T.ok(subject(d, "0.8个百分点") ~= "影响")
  end)
  both("统计局昨天公布最新数据，受寒潮冲击，下降2.5%。", function(d)
    local s = subject(d, "2.5%")
    T.ok(s ~= "冲击" and s ~= "统计局")
  end)
end)

T.test("约合 is the predicate's (a conversion), not the subject's", function()
  both("全市人均生产总值为98000元，约合14000美元。", function(d)
    T.eq(subject(d, "14000美元"), "人均生产总值")
  end)
  both("人均可支配收入约合5200美元。", function(d)
    T.eq(subject(d, "5200美元"), "人均可支配收入")
  end)
end)

T.test("a price's item names the price, and the trend word is the predicate's", function()
  both("11月衣着价格上涨0.9%，居住价格下降0.2%，交通通信价格下降1.1%。", function(d)
    T.eq(subject(d, "0.9%"), "衣着价格")
    T.eq(subject(d, "0.2%"), "居住价格")
    T.eq(subject(d, "1.1%"), "交通通信价格")
  end)
end)

T.test("Taiwan's 营收 (revenue) is a noun whole", function()
  both("上季化学材料业营收1.2兆元，年增8.1%。", function(d)
    T.eq(subject(d, "1.2兆元"), "化学材料业营收")
    T.eq(subject(d, "8.1%"), "化学材料业营收")
  end)
end)

T.test("a clause remarking on a record names nothing; the figure before's subject goes on", function()
  both("3月餐饮业营业额920亿元，创历年同月新高，年增4.4%。", function(d)
    T.eq(subject(d, "4.4%"), "餐饮业营业额")
  end)
  -- a clause that names its own thing before the record is read as before
  both("出口总额增速、服务贸易额再创历史新高，跃居全省首位。", function(d)
    T.eq(subject(d, "首位"), "出口总额增速、服务贸易额")
  end)
end)

T.test("Taiwan's retail trades are nouns whole", function()
  both("上月汽机车零售业年增3.5%，布疋及服饰品零售业年减1.2%。", function(d)
    T.eq(subject(d, "3.5%"), "汽机车零售业")
    T.eq(subject(d, "1.2%"), "布疋及服饰品零售业")
  end)
end)

T.test("a list's item before a value in brackets is what the value is of", function()
  both("其中豪华型( 91.3% )、经济型( 76.5% )及公寓式酒店( 70.2% )的入住率分别按年上升8.1、5.6及2.2个百分点。", function(d)
    T.eq(subject(d, "91.3%"), "豪华型")
    T.eq(subject(d, "70.2%"), "公寓式酒店")
    -- the 分别 list after them takes the items in order
    T.eq(subject(d, "8.1"), "豪华型")
    T.eq(subject(d, "2.2个百分点"), "公寓式酒店")
  end)
  -- a join inside an item stays in it
  both("按行业统计，金融及保险业(6.20万)和建筑业(3.10万)的就业人数均增加。", function(d)
    T.eq(subject(d, "6.20万"), "金融及保险业")
    T.eq(subject(d, "3.10万"), "建筑业")
  end)
  -- a hotel's guests from a place keep the place (an origin)
  both("日本住客( 2.4万人次 )更上升3.5倍。", function(d)
    T.eq(subject(d, "3.5倍"), "日本住客")
  end)
end)

T.done()
