-- Fourth round (issue 14, docs/figures.md "Fourth round: units and
-- registers"): units, currencies and registers in running text, each class
-- in Simplified and Traditional, through tally.figures as a script calls it.
-- A case is {text, {figure text, value, unit, kind}...}: the figures the
-- text must give, in order, and no others.
local T = require "check"

local function expect(text, want)
  local got = tally.figures(text)
  local lines = {}
  for _, f in ipairs(got) do
    lines[#lines + 1] = string.format("%s=%s %s %s", f.text, f.value, f.unit, f.kind)
  end
  local seen = table.concat(lines, "; ")
  T.eq(#got, #want, text .. " gives " .. seen)
  for i, w in ipairs(want) do
    local f = got[i]
    T.eq(f.text, w[1], text .. " gives " .. seen)
    T.near(f.value, w[2], 1e-9, text .. " " .. f.text)
    T.eq(f.unit, w[3], text .. " " .. f.text)
    T.eq(f.kind, w[4], text .. " " .. f.text)
  end
end

local function class(name, cases)
  T.test(name, function()
    for _, c in ipairs(cases) do expect(c[1], {table.unpack(c, 2)}) end
  end)
end

class("currencies tally.number knows are money in running text", {
  {"出口额为RMB300万。", {"RMB300万", 3e6, "元", "money"}},
  {"合同金额USD 300万。", {"USD 300万", 3e6, "美元", "money"}},
  {"合同金額USD 300萬。", {"USD 300萬", 3e6, "美元", "money"}},
  {"价值300 HKD。", {"300 HKD", 300, "港元", "money"}},
  {"欧元三百万的投资。", {"欧元三百万", 3e6, "欧元", "money"}},
  {"歐元三百萬的投資。", {"歐元三百萬", 3e6, "欧元", "money"}},
  {"投资港币3亿元。", {"港币3亿元", 3e8, "港元", "money"}},
  {"投資港幣3億元。", {"港幣3億元", 3e8, "港元", "money"}},
  {"售價新臺幣300元。", {"新臺幣300元", 300, "新台币", "money"}},
  {"收入澳門幣500萬元。", {"澳門幣500萬元", 5e6, "澳门元", "money"}},
  {"售价5000泰铢。", {"5000泰铢", 5000, "泰铢", "money"}},
  {"售價5000泰銖。", {"5000泰銖", 5000, "泰铢", "money"}},
  {"共计300澳币。", {"300澳币", 300, "澳元", "money"}},
  {"共計300澳幣。", {"300澳幣", 300, "澳元", "money"}},
  {"汇出3亿卢比。", {"3亿卢比", 3e8, "卢比", "money"}},
  {"匯出3億盧比。", {"3億盧比", 3e8, "卢比", "money"}},
  -- a currency before a bare Chinese numeral is a word: 日元一路贬值, 美元三连涨
  {"日元一路贬值，美元三连涨。"}, {"日圓一路貶值，美元三連漲。"},
  -- a code inside a Latin word is none: the number stays a bare number
  {"型号XUSD300。"},
  {"型號XUSD300。"},
})

class("a unit named before a bare number makes it a count (unit \"\")", {
  {"访客人次分别为359 500及108 500，较去年同期减少。",
   {"359 500", 359500, "", "quantity"}, {"108 500", 108500, "", "quantity"}},
  {"訪客人次分別為359 500及108 500，較去年同期減少。",
   {"359 500", 359500, "", "quantity"}, {"108 500", 108500, "", "quantity"}},
  {"起降架次为12 345、6 789。", {"12 345", 12345, "", "quantity"}, {"6 789", 6789, "", "quantity"}},
  {"起降架次為12 345、6 789。", {"12 345", 12345, "", "quantity"}, {"6 789", 6789, "", "quantity"}},
  {"参保人数：1 234", {"1 234", 1234, "", "quantity"}},
  {"參保人數：1 234", {"1 234", 1234, "", "quantity"}},
  {"登记户数达3456。", {"3456", 3456, "", "quantity"}},
  {"登記戶數達3456。", {"3456", 3456, "", "quantity"}},
  -- a comma after a group of three ends the number when a word follows
  {"人次为108 500,较去年", {"108 500", 108500, "", "quantity"}},
  {"人次為108 500,較去年", {"108 500", 108500, "", "quantity"}},
  -- no unit before: one character that is a unit is part of another word
  {"城市为300。"}, {"城市為300。"}, {"比例为30。"}, {"比例為30。"},
  {"编号为12345。"}, {"編號為12345。"}, {"单位为3。"}, {"單位為3。"},
})

class("units the lexicon's tags miss, and measure words that start with a magnitude", {
  {"原油进口3000万桶，价格为80美元/桶。", {"3000万桶", 3e7, "桶", "quantity"}, {"80美元/桶", 80, "美元/桶", "money"}},
  {"原油進口3000萬桶，價格為80美元/桶。", {"3000萬桶", 3e7, "桶", "quantity"}, {"80美元/桶", 80, "美元/桶", "money"}},
  {"钻石500克拉，距离300英里。", {"500克拉", 500, "克拉", "quantity"}, {"300英里", 300, "英里", "quantity"}},
  {"鑽石500克拉，距離300英里。", {"500克拉", 500, "克拉", "quantity"}, {"300英里", 300, "英里", "quantity"}},
  {"牛奶3公升。", {"3公升", 3, "升", "quantity"}}, {"牛奶3公昇。", {"3公昇", 3, "升", "quantity"}},
  {"热量300千卡，300大卡。", {"300千卡", 300, "千卡", "quantity"}, {"300大卡", 300, "千卡", "quantity"}},
  {"熱量300千卡，300大卡。", {"300千卡", 300, "千卡", "quantity"}, {"300大卡", 300, "千卡", "quantity"}},
  {"主变容量300MVA，二氧化硫5mg/L。", {"300MVA", 300, "兆伏安", "quantity"}, {"5mg/L", 5, "毫克/升", "quantity"}},
  {"主變容量300MVA，二氧化硫5mg/L。", {"300MVA", 300, "兆伏安", "quantity"}, {"5mg/L", 5, "毫克/升", "quantity"}},
  -- a Latin unit followed by more letters is none: 5Lbs, 3mgs
  {"重5Lbs，约3mgs。"}, {"重5Lbs，約3mgs。"},
})

class("register: HK and Taiwan phrasings of change are growth", {
  {"本地生产总值按年上升2.1%，零售按季下跌0.4%。", {"2.1%", 2.1, "%", "growth"}, {"0.4%", -0.4, "%", "growth"}},
  {"本地生產總值按年上升2.1%，零售按季下跌0.4%。", {"2.1%", 2.1, "%", "growth"}, {"0.4%", -0.4, "%", "growth"}},
  {"经济萎缩1.5%，制造业扩张3.2%。", {"1.5%", -1.5, "%", "growth"}, {"3.2%", 3.2, "%", "growth"}},
  {"經濟萎縮1.5%，製造業擴張3.2%。", {"1.5%", -1.5, "%", "growth"}, {"3.2%", 3.2, "%", "growth"}},
  {"出口录得2.1%的升幅，升幅为2.3%，跌幅达1.2%。", {"2.1%", 2.1, "%", "growth"}, {"2.3%", 2.3, "%", "growth"}, {"1.2%", -1.2, "%", "growth"}},
  {"出口錄得2.1%的升幅，升幅為2.3%，跌幅達1.2%。", {"2.1%", 2.1, "%", "growth"}, {"2.3%", 2.3, "%", "growth"}, {"1.2%", -1.2, "%", "growth"}},
  {"营收年增12.5%，月减3.4%，出口增三成。", {"12.5%", 12.5, "%", "growth"}, {"3.4%", -3.4, "%", "growth"}, {"三成", 30, "%", "growth"}},
  {"營收年增12.5%，月減3.4%，出口增三成。", {"12.5%", 12.5, "%", "growth"}, {"3.4%", -3.4, "%", "growth"}, {"三成", 30, "%", "growth"}},
  {"较上年同期增加5.6%，出口按年跌3%。", {"5.6%", 5.6, "%", "growth"}, {"3%", -3, "%", "growth"}},
  {"較上年同期增加5.6%，出口按年跌3%。", {"5.6%", 5.6, "%", "growth"}, {"3%", -3, "%", "growth"}},
  -- a trend word and 幅度 names the size of that change
  {"外销订单衰退幅度达2成，房价下跌幅度为5%。", {"2成", -20, "%", "growth"}, {"5%", -5, "%", "growth"}},
  {"外銷訂單衰退幅度達2成，房價下跌幅度為5%。", {"2成", -20, "%", "growth"}, {"5%", -5, "%", "growth"}},
  -- inflation is the yearly change of prices (spec: a change stated as a
  -- rate; heldout9's gold: 年通脹率 is growth); unemployment stays a level
  {"通胀率为2.5%，失业率为3.1%。", {"2.5%", 2.5, "%", "growth"}, {"3.1%", 3.1, "%", "percent"}},
  {"通脹率為2.5%，失業率為3.1%。", {"2.5%", 2.5, "%", "growth"}, {"3.1%", 3.1, "%", "percent"}},
})

class("names that hold numbers, slogans and road numbers are no figures", {
  {"推进四期工程建设，一期项目已投产，出台一揽子政策，开展两三轮检查。"},
  -- a vague pair after a fraction word is no figure either (it was -1 %)
  {"大概有百分之七八十的企业反映订单增加。"}, {"大概有百分之七八十的企業反映訂單增加。"},
  {"推進四期工程建設，一期項目已投產，出台一攬子政策，開展兩三輪檢查。"},
  {"实现两个一百年奋斗目标，协调推进四个全面战略布局。"},
  {"實現兩個一百年奮鬥目標，協調推進四個全面戰略佈局。"},
  {"位于106国道旁，建设2个中心。", {"2个", 2, "个", "quantity"}},
  {"位於106國道旁，建設2個中心。", {"2個", 2, "个", "quantity"}},
  {"第一季度实现营收300亿元，依照第十二条。", {"300亿元", 3e10, "元", "money"}},
  {"第一季度實現營收300億元，依照第十二條。", {"300億元", 3e10, "元", "money"}},
  {"咨询电话：0871-12345678，热线12345。"}, {"諮詢電話：0871-12345678，熱線12345。"},
})

class("tenths after 成, basis points, 厘 of interest, points of an index", {
  {"楼价由高峰回落约一成半。企业八成五的订单。", {"约一成半", -15, "%", "growth"}, {"八成五", 85, "%", "percent"}},
  {"樓價由高峰回落約一成半。企業八成五的訂單。", {"約一成半", -15, "%", "growth"}, {"八成五", 85, "%", "percent"}},
  {"三成五年内完成。", {"三成", 30, "%", "percent"}},
  {"约有三成半市民支持。", {"三成半", 35, "%", "percent"}}, {"約有三成半市民支持。", {"三成半", 35, "%", "percent"}},
  {"金管局将基本利率上调75个基点至4.75厘。", {"75个基点", 0.75, "pp", "pp"}, {"4.75厘", 4.75, "%", "percent"}},
  {"金管局將基本利率上調75個基點至4.75厘。", {"75個基點", 0.75, "pp", "pp"}, {"4.75厘", 4.75, "%", "percent"}},
  {"恒指收市跌312点，报17,500点。", {"312点", 312, "点", "quantity"}, {"17,500点", 17500, "点", "quantity"}},
  {"恒指收市跌312點，報17,500點。", {"312點", 312, "点", "quantity"}, {"17,500點", 17500, "点", "quantity"}},
  -- an hour of the clock, a word at 点, and 一分一厘 are none
  {"下午3点开会，12点钟，20点半，300点击。"}, {"下午3點開會，12點鐘，20點半，300點擊。"},
  {"一分一厘都不浪费。"}, {"一分一釐都不浪費。"},
})

class("a change in a count to the level it reached is no range; square feet", {
  {"失业人数减少了3000人至12.5万人。", {"3000人", 3000, "人", "quantity"}, {"12.5万人", 125000, "人", "quantity"}},
  {"失業人數減少3,000人至12.5萬人。", {"3,000人", 3000, "人", "quantity"}, {"12.5萬人", 125000, "人", "quantity"}},
  {"招聘2至3人。", {"2至3人", 2, "人", "quantity"}}, {"招聘2至3人。", {"2至3人", 2, "人", "quantity"}},
  {"面积约3000平方英尺。", {"约3000平方英尺", 3000, "平方英尺", "quantity"}},
  {"面積約3,000平方呎。", {"約3,000平方呎", 3000, "平方英尺", "quantity"}},
})

class("the longest of the table's unit and the lexicon's measure word; Taiwan's metric names", {
  {"体积20立方厘米，血压120毫米汞柱。", {"20立方厘米", 20, "立方厘米", "quantity"}, {"120毫米汞柱", 120, "毫米汞柱", "quantity"}},
  {"體積20立方厘米，血壓120毫米汞柱。", {"20立方厘米", 20, "立方厘米", "quantity"}, {"120毫米汞柱", 120, "毫米汞柱", "quantity"}},
  {"面积300平方公尺，长50公尺，3公吨。", {"300平方公尺", 300, "平方米", "quantity"}, {"50公尺", 50, "米", "quantity"}, {"3公吨", 3, "吨", "quantity"}},
  {"面積300平方公尺，長50公尺，3公噸。", {"300平方公尺", 300, "平方米", "quantity"}, {"50公尺", 50, "米", "quantity"}, {"3公噸", 3, "吨", "quantity"}},
  -- a measure word the lexicon holds inside another word is not taken: 个里
  {"三个里程碑。", {"三个", 3, "个", "quantity"}}, {"三個里程碑。", {"三個", 3, "个", "quantity"}},
  -- a slogan: 两个市场、两种资源
  {"统筹利用两个市场、两种资源。"}, {"統籌利用兩個市場、兩種資源。"},
})

class("a currency in brackets after the number; 上一期 is no count", {
  {"博彩毛收入为183.4亿(澳门元)。", {"183.4亿(澳门元)", 1.834e10, "澳门元", "money"}},
  {"博彩毛收入為183.4億(澳門元)。", {"183.4億(澳門元)", 1.834e10, "澳门元", "money"}},
  {"收入15.5亿（港元）。", {"15.5亿（港元）", 1.55e9, "港元", "money"}},
  {"收入15.5億（港元）。", {"15.5億（港元）", 1.55e9, "港元", "money"}},
  {"失业率为2.1%，较上一期下降0.2个百分点。", {"2.1%", 2.1, "%", "percent"}, {"0.2个百分点", -0.2, "pp", "pp"}},
  {"失業率為2.1%，較上一期下降0.2個百分點。", {"2.1%", 2.1, "%", "percent"}, {"0.2個百分點", -0.2, "pp", "pp"}},
  -- Hong Kong's cent; 八仙 is none
  {"电费每度上调3.5仙，八仙过海。", {"3.5仙", 0.035, "港元", "money"}},
  {"電費每度上調3.5仙，八仙過海。", {"3.5仙", 0.035, "港元", "money"}},
  -- brackets that hold more than a currency are no unit
  {"编号300(人民币账户)。"}, {"編號300(人民幣帳戶)。"},
})

T.done()
