-- A battery of whole-string numbers through tally.number, one group per class
-- of the forms that Chinese numeral and money parsers test (cn2an,
-- chinese2digits, nzh, JioNLP's money parser, Recognizers-Text's Chinese
-- models; docs/figures.md "Whole-string numbers"), in Simplified and
-- Traditional. Each case is {input, value, unit, kind[, value_max]}, or
-- {input} for a string that is no number (nil). A class fails when any of its
-- cases does; the run prints each class's count and the pass rate of all.
local T = require "check"

local classes = {
  {"numerals and the rules of 零", {
    {"一千零五", 1005, "", "quantity"}, {"一萬零五十", 10050, "", "quantity"},
    {"一億零一", 100000001, "", "quantity"}, {"一千零一十一", 1011, "", "quantity"},
    {"一万零百一十一", 10111, "", "quantity"}, {"十亿零一万零一", 1000010001, "", "quantity"},
    {"四千萬零六千", 40006000, "", "quantity"}, {"七十八萬五佰零六", 780506, "", "quantity"},
    {"一十亿零一十一亿", 1.000000011e17, "", "quantity"}, {"〇", 0, "", "quantity"},
    {"零", 0, "", "quantity"}, {"二〇二三", 2023, "", "quantity"},
    {"一七二零点一", 1720.1, "", "quantity"}, {"拾萬零五十六", 100056, "", "quantity"},
  }},
  {"financial capitals", {
    {"壹仟壹佰壹拾壹", 1111, "", "quantity"}, {"貳萬陸仟參佰", 26300, "", "quantity"},
    {"肆佰叁拾萬圆整", 4300000, "元", "money"}, {"壹拾壹元壹角壹分", 11.11, "元", "money"},
    {"人民币壹拾亿零壹佰万零贰拾壹元整", 1001000021, "元", "money"},
    {"貳仟零伍元伍角", 2005.5, "元", "money"}, {"伍圓零角捌分", 5.08, "元", "money"},
    {"陸佰", 600, "", "quantity"}, {"柒仟捌佰", 7800, "", "quantity"},
    {"¥壹元贰角叁分肆厘", 1.234, "元", "money"}, {"壹分", 0.01, "元", "money"},
  }},
  {"big scales: 兆 京 亿亿 万万", {
    {"一兆", 1e12, "", "quantity"}, {"壹兆", 1e12, "", "quantity"},
    {"一京", 1e16, "", "quantity"}, {"壹京", 1e16, "", "quantity"},
    {"三京", 3e16, "", "quantity"}, {"五兆六十二億四萬五千二", 5006200045200, "", "quantity"},
    {"一亿亿", 1e16, "", "quantity"}, {"四萬萬", 4e8, "", "quantity"},
    {"10萬萬", 1e9, "", "quantity"}, {"4.78万亿", 4.78e12, "", "quantity"},
  }},
  {"decimals", {
    {"三点一四", 3.14, "", "quantity"}, {"三點一四", 3.14, "", "quantity"},
    {"零点五", 0.5, "", "quantity"}, {"零點零一", 0.01, "", "quantity"},
    {"两千万点五五四四", 20000000.5544, "", "quantity"},
    {"四百億點零五零", 40000000000.05, "", "quantity"}, {"点五", 0.5, "", "quantity"},
    {"一百点123", 100.123, "", "quantity"},
  }},
  {"negatives", {
    {"负三点一四", -3.14, "", "quantity"}, {"負三點一四", -3.14, "", "quantity"},
    {"−5", -5, "", "quantity"}, {"－5", -5, "", "quantity"}, {"-10.1万", -101000, "", "quantity"},
    {"负5%", -5, "%", "percent"}, {"負四十五億零四百零四萬", -4504040000, "", "quantity"},
    {"负百分之点二八", -0.28, "%", "percent"}, {"負千分之15", -1.5, "%", "percent"},
    {"零下5度", -5, "度", "quantity"}, {"零下五度", -5, "度", "quantity"},
  }},
  {"percent and permille in words", {
    {"百分之三十", 30, "%", "percent"}, {"百分之三十點五", 30.5, "%", "percent"},
    {"千分之三", 0.3, "%", "percent"}, {"萬分之五", 0.05, "%", "percent"},
    {"万分之四三", 0.43, "%", "percent"}, {"百分之一百二十", 120, "%", "percent"},
    {"百分之百", 100, "%", "percent"}, {"百分之负六十五点二八", -65.28, "%", "percent"},
    {"百分之15Ｋ", 15000, "%", "percent"}, {"5‰", 0.5, "%", "percent"},
    -- Macao's and Hong Kong's 百分 without 之 (百分比 is a word)
    {"百分七", 7, "%", "percent"}, {"百分六十五", 65, "%", "percent"}, {"百分比"},
  }},
  {"ranges that share the upper end's magnitude", {
    {"452到476亿美元", 45200000000, "美元", "money", 47600000000},
    {"三至五萬元", 30000, "元", "money", 50000},
  }},
  {"fractions", {
    {"三分之一", 100 / 3, "%", "percent"}, {"三分之二", 200 / 3, "%", "percent"},
    {"五 分之 一", 20, "%", "percent"}, {"十又三分之二", 10 + 2 / 3, "", "quantity"},
    {"負壹又二分之壹", -1.5, "", "quantity"}, {"3/8", 37.5, "%", "percent"},
    {"1 3/5", 1.6, "", "quantity"}, {"一百万又五十万分之二十五", 1000000.00005, "", "quantity"},
    {"十之八", 80, "%", "percent"}, {"十之三", 30, "%", "percent"},
  }},
  {"ordinals", {
    {"第十二", 12, "位", "rank"}, {"第２５０", 250, "位", "rank"},
    {"第二百五十", 250, "位", "rank"}, {"第三名", 3, "位", "rank"}, {"第十四", 14, "位", "rank"},
  }},
  {"full-width digits and separators", {
    {"１２３", 123, "", "quantity"}, {"１２，３４５", 12345, "", "quantity"},
    {"1,234,567", 1234567, "", "quantity"}, {"12 345", 12345, "", "quantity"},
    {"１．５", 1.5, "", "quantity"}, {"４，５６５", 4565, "", "quantity"},
    {"233,333，333,434.344元", 233333333434.344, "元", "money"},
    {"82，225.00元", 82225, "元", "money"},
  }},
  {"mixed Arabic and Chinese", {
    {"3千万", 3e7, "", "quantity"}, {"1.5亿", 1.5e8, "", "quantity"},
    {"50万六千", 506000, "", "quantity"}, {"100万三千", 1003000, "", "quantity"},
    {"200亿零四千230", 20000004230, "", "quantity"}, {"7 万5 千4 百", 75400, "", "quantity"},
    {"5億1萬4千6百", 500014600, "", "quantity"}, {"1万2", 12000, "", "quantity"},
    {"1亿2", 1.2e8, "", "quantity"}, {"3千5", 3500, "", "quantity"},
    {"2萬5", 25000, "", "quantity"}, {"1万2千元", 12000, "元", "money"},
    {"三零万", 300000, "", "quantity"},
  }},
  {"colloquial", {
    {"两万五", 25000, "", "quantity"}, {"一万二", 12000, "", "quantity"},
    {"三千八", 3800, "", "quantity"}, {"兩萬五", 25000, "", "quantity"},
    {"一千陆", 1600, "", "quantity"}, {"九十二萬四", 924000, "", "quantity"},
    {"一百二十万三", 1203000, "", "quantity"}, {"百三", 130, "", "quantity"},
    {"两千三点一", 2300.1, "", "quantity"}, {"仨", 3, "", "quantity"}, {"倆", 2, "", "quantity"},
    {"幺零幺", 101, "", "quantity"}, {"幺二三", 123, "", "quantity"},
  }},
  {"currency names and symbols, before or after", {
    {"人民币三百元", 300, "元", "money"}, {"人民幣300", 300, "元", "money"},
    {"RMB300", 300, "元", "money"}, {"RMB 300", 300, "元", "money"},
    {"￥300", 300, "元", "money"}, {"¥3,000.50", 3000.5, "元", "money"},
    {"US$100", 100, "美元", "money"}, {"HK$ 3,000", 3000, "港元", "money"},
    {"NT$500", 500, "新台币", "money"}, {"€50", 50, "欧元", "money"}, {"£20", 20, "英镑", "money"},
    {"港币3亿元", 3e8, "港元", "money"}, {"港幣三億元", 3e8, "港元", "money"},
    {"新臺幣500元", 500, "新台币", "money"}, {"欧元三百", 300, "欧元", "money"},
    {"歐元300", 300, "欧元", "money"}, {"日元5000", 5000, "日元", "money"},
    {"美元一百", 100, "美元", "money"}, {"港币两千九百六十元", 2960, "港元", "money"},
    {"新台币 177.1 亿元", 1.771e10, "新台币", "money"}, {"两个亿卢布", 2e8, "卢布", "money"},
    {"3千万亿日元", 3e15, "日元", "money"}, {"不到1.9万台币", 19000, "新台币", "money"},
    {"二十五万三千二百泰铢", 253200, "泰铢", "money"}, {"五百泰銖", 500, "泰铢", "money"},
    {"445奈拉", 445, "奈拉", "money"}, {"10日元5日本銭", 10.05, "日元", "money"},
    {"泰铢三千", 3000, "泰铢", "money"},
  }},
  {"money in parts: 块 毛 角 分", {
    {"三块五", 3.5, "元", "money"}, {"三塊五", 3.5, "元", "money"}, {"五毛", 0.5, "元", "money"},
    {"两毛五", 0.25, "元", "money"}, {"十块三毛", 10.3, "元", "money"},
    {"一百三十五块六角七分钱", 135.67, "元", "money"}, {"一百二十塊五毛錢", 120.5, "元", "money"},
    {"五元三毛", 5.3, "元", "money"}, {"两美元又三美分", 2.03, "美元", "money"},
    {"12港元5仙", 12.05, "港元", "money"}, {"三百蚊", 300, "港元", "money"},
    {"五分钱", 0.05, "元", "money"}, {"五分錢", 0.05, "元", "money"}, {"五分"},
  }},
  {"closing 整 and 正", {
    {"叁佰元整", 300, "元", "money"}, {"壹拾壹圆正", 11, "元", "money"},
    {"叁佰圓整", 300, "元", "money"}, {"¥壹元正", 1, "元", "money"},
    {"人民币零元整", 0, "元", "money"},
  }},
  {"tenths in 成 and 折", {
    {"八成五", 85, "%", "percent"}, {"八成", 80, "%", "percent"}, {"兩成", 20, "%", "percent"},
    {"三成半", 35, "%", "percent"}, {"半成", 5, "%", "percent"}, {"九折", 90, "%", "percent"},
    {"五五折", 55, "%", "percent"}, {"八五折", 85, "%", "percent"}, {"7.5折", 75, "%", "percent"},
    {"陸 點 五 折", 65, "%", "percent"}, {"七成 六", 76, "%", "percent"},
    {"打對折", 50, "%", "percent"}, {"十成", 100, "%", "percent"},
  }},
  {"pairs and dozens", {
    {"一打", 12, "个", "quantity"}, {"兩打", 24, "个", "quantity"}, {"三对", 6, "个", "quantity"},
    {"三雙", 6, "个", "quantity"}, {"半打", 6, "个", "quantity"}, {"五十打", 600, "个", "quantity"},
    {"壹百對", 200, "个", "quantity"},
  }},
  {"Latin abbreviations k w M", {
    {"3k", 3000, "", "quantity"}, {"3K", 3000, "", "quantity"}, {"3w", 30000, "", "quantity"},
    {"2.5k", 2500, "", "quantity"}, {"15k左右", 15000, "", "quantity"},
    {"30w上下", 300000, "", "quantity"}, {"1.5M", 1.5e6, "", "quantity"},
    {"百分之3.2k", 3200, "%", "percent"}, {"10~15k元", 10000, "元", "money", 15000},
  }},
  {"blanks inside", {
    {"8 千 5 百", 8500, "", "quantity"}, {"港币 3 亿元", 3e8, "港元", "money"},
    {"人民币 5,000 元", 5000, "元", "money"}, {"两千 四 百 五", 2450, "", "quantity"},
    {"兩千 四 百 五", 2450, "", "quantity"}, {"四百 点 五", 400.5, "", "quantity"},
    {"八千 三百 八十五 万 二千 三百 二十六 点三三", 83852326.33, "", "quantity"},
  }},
  {"ranges with a mark", {
    {"两到五万元", 20000, "元", "money", 50000}, {"1万-5万元", 10000, "元", "money", 50000},
    {"2——3万港币", 20000, "港元", "money", 30000}, {"两到三仟澳元", 2000, "澳元", "money", 3000},
    {"兩到三千澳元", 2000, "澳元", "money", 3000}, {"十八至三十万日元", 180000, "日元", "money", 300000},
    {"从8500到3万港元", 8500, "港元", "money", 30000}, {"2-3家", 2, "家", "quantity", 3},
    {"一百二十到一百五十万元", 1200000, "元", "money", 1500000},
    {"八百到九百亿泰铢", 8e10, "泰铢", "money", 9e10}, {"八到九百亿元", 8e8, "元", "money", 9e10},
    {"兩百到三百萬", 2e6, "", "quantity", 3e6},
  }},
  {"rates of finance", {
    {"万三", 0.03, "%", "percent"}, {"萬三", 0.03, "%", "percent"}, {"千五", 0.5, "%", "percent"},
    {"万二五", 0.025, "%", "percent"}, {"萬二五", 0.025, "%", "percent"},
    {"千四五", 0.45, "%", "percent"}, {"万一"}, {"万两"}, {"萬兩"},
  }},
  {"vague ranges of neighbouring digits", {
    {"五六个", 5, "个", "quantity", 6}, {"五六個", 5, "个", "quantity", 6},
    {"七八十", 70, "", "quantity", 80}, {"三四百万", 3e6, "", "quantity", 4e6},
    {"两三", 2, "", "quantity", 3}, {"兩三", 2, "", "quantity", 3},
    {"两三个", 2, "个", "quantity", 3}, {"一两个", 1, "个", "quantity", 2},
    {"二三十", 20, "", "quantity", 30}, {"三十五六", 35, "", "quantity", 36},
    {"八九亿韩元", 8e8, "韩元", "money", 9e8}, {"三五百块", 300, "元", "money", 500},
    {"四五千块钱", 4000, "元", "money", 5000}, {"百分之二三十", 20, "%", "percent", 30},
    {"十之八九", 80, "%", "percent", 90}, {"七八成", 70, "%", "percent", 80},
    {"兩三萬", 20000, "", "quantity", 30000},
  }},
  {"vague magnitudes", {
    {"几十", 10, "", "quantity", 100}, {"幾百", 100, "", "quantity", 1000},
    {"數十", 10, "", "quantity", 100}, {"几十万块", 1e5, "元", "money", 1e6},
    {"人民币数十亿元", 1e9, "元", "money", 1e10}, {"數百萬元", 1e6, "元", "money", 1e7},
    {"十几", 10, "", "quantity", 20}, {"十几块钱", 10, "元", "money", 20},
    {"二十几万", 200000, "", "quantity", 300000}, {"二十幾萬", 200000, "", "quantity", 300000},
    {"上千", 1000, "", "quantity"}, {"上萬", 10000, "", "quantity"},
    {"上百亿", 1e10, "", "quantity"}, {"上千人", 1000, "人", "quantity"},
    {"成千上万", 1000, "", "quantity", 10000}, {"千千萬萬", 1000, "", "quantity", 10000},
    {"成百上千", 100, "", "quantity", 1000}, {"数以万计", 10000, "", "quantity", 100000},
  }},
  {"qualifiers around a number", {
    {"约三万", 30000, "", "quantity"}, {"約三萬", 30000, "", "quantity"},
    {"近700万元", 7e6, "元", "money"}, {"至少九千块钱以上", 9000, "元", "money"},
    {"3000多欧元", 3000, "欧元", "money"}, {"大约十多欧元", 10, "欧元", "money"},
    {"五百来个", 500, "个", "quantity"}, {"50萬元（含）以上", 500000, "元", "money"},
    {"三万左右", 30000, "", "quantity"}, {"十 余 萬", 100000, "", "quantity"},
  }},
  {"no number", {
    {"一千零一夜"}, {"万一"}, {"萬一"}, {"一些"}, {"一點"}, {"三点"}, {"十二點"}, {"一下"},
    {"一样"}, {"十全十美"}, {"一心一意"}, {"八九不离十"}, {"万"}, {"萬"}, {"万万"}, {"上"},
    {"数"}, {"几"}, {"上海"}, {"数字"}, {"对折"}, {"十一十二"}, {"零点"}, {"10.1万零100"},
    {"10..1万"}, {"第一批"}, {"九牛一毛"}, {"千方百计"}, {"七上八下"}, {"乱七八糟"},
    {"四川"}, {"陆地"}, {"三心二意"}, {"数以"}, {"成千"}, {"上一"},
  }},
}

local function check(case)
  local s = case[1]
  local v, u, k, vmax = tally.number(s)
  if case[2] == nil then
    T.eq(v, nil, s .. " is no number")
    return
  end
  T.ok(v ~= nil, s .. " reads as a number")
  T.near(v, case[2], 1e-9, s)
  T.eq(u, case[3], s .. " unit")
  T.eq(k, case[4], s .. " kind")
  if case[5] then
    T.near(vmax, case[5], 1e-9, s .. " value_max")
  else
    T.eq(vmax, nil, s .. " has no value_max")
  end
end

local total, passed = 0, 0
for _, class in ipairs(classes) do
  local name, cases = class[1], class[2]
  local ok_here = 0
  for _, case in ipairs(cases) do
    local ok, err = pcall(check, case)
    if ok then ok_here = ok_here + 1 else io.stderr:write("  ", tostring(err), "\n") end
  end
  total, passed = total + #cases, passed + ok_here
  print(string.format("%-45s %3d/%3d", name, ok_here, #cases))
  T.test(name, function() T.eq(ok_here, #cases, name .. ": cases read as expected") end)
end
print(string.format("pass rate %d/%d = %.3f", passed, total, passed / total))
T.done()
