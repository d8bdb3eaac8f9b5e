-- Generated Chinese numerals through tally.number: integers written by the
-- rules of the numeral (零 for skipped places, 十 or 一十, 两, financial
-- capitals, Traditional 萬 億, 万亿 as one unit) by a writer of our own, and
-- read back; decimals, negatives and percents too; then in running text, in
-- both scripts. A fixed seed keeps the run the same; each miss is printed.
local T = require "check"

local seed = 20261204
local function rand(n) -- 0 .. n-1, a linear congruential generator
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
end

local PLAIN = {digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
               places = {"十", "百", "千"}, big = {"万", "亿"}}
local CAPITAL = {digits = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
                 places = {"拾", "佰", "仟"}, big = {"万", "亿"}, yi_shi = true}
local TRAD = {digits = PLAIN.digits, places = PLAIN.places, big = {"萬", "億"}}

-- one section below 10000; lead: the first section (十一 rather than 一十一)
local function section(n, st, lead)
  local out, zero = {}, false
  local pv = {1000, 100, 10, 1}
  local pw = {st.places[3], st.places[2], st.places[1], ""}
  for k = 1, 4 do
    local d = n // pv[k] % 10
    if d == 0 then
      if #out > 0 then zero = true end
    else
      if zero then out[#out + 1] = st.digits[1]; zero = false end
      if pv[k] == 10 and d == 1 and #out == 0 and lead and not st.yi_shi then
        out[#out + 1] = pw[k]
      else
        out[#out + 1] = st.digits[d + 1] .. pw[k]
      end
    end
  end
  return table.concat(out)
end

local function write(n, st)
  if n == 0 then return st.digits[1] end
  local secs = {}
  while n > 0 do secs[#secs + 1] = n % 10000; n = n // 10000 end
  local out, gap = "", false
  for i = #secs, 1, -1 do
    local s = secs[i]
    if s == 0 then
      gap = out ~= ""
    else
      if out ~= "" and (gap or s < 1000) then out = out .. st.digits[1] end
      gap = false
      out = out .. section(s, st, out == "")
      if i == 2 then out = out .. st.big[1]
      elseif i == 3 then out = out .. st.big[2]
      elseif i == 4 then out = out .. st.big[1] .. st.big[2] end
    end
  end
  return out
end

local function random_integer()
  local digits = ({2, 3, 4, 5, 6, 8, 9, 10, 12, 13})[rand(10) + 1]
  local n = 0
  for _ = 1, digits do
    n = n * 10 + (rand(3) == 0 and 0 or rand(10)) -- zeros often: places skipped
  end
  return n
end

local misses, total = 0, 0
local function expect(s, value, unit, kind)
  total = total + 1
  local v, u, k = tally.number(s)
  if v == nil or math.abs(v - value) > 1e-9 * math.max(1, math.abs(value)) or u ~= unit or k ~= kind then
    misses = misses + 1
    if misses <= 20 then
      io.stderr:write(string.format("  %s: expected %.17g %s %s, got %s %s %s\n", s, value, unit, kind,
                                    tostring(v), tostring(u), tostring(k)))
    end
  end
end

for _ = 1, 1500 do
  local n = random_integer()
  local style = rand(5)
  if style == 0 then expect(write(n, PLAIN), n, "", "quantity")
  elseif style == 1 then expect(write(n, CAPITAL), n, "", "quantity")
  elseif style == 2 then expect(write(n, TRAD), n, "", "quantity")
  elseif style == 3 and n > 0 then expect("负" .. write(n, PLAIN), -n, "", "quantity")
  else
    -- a decimal, or a percent with one
    local whole, frac = n % 100000, rand(1000)
    local f = string.format("%03d", frac)
    local spoken = {}
    for c in f:gmatch("%d") do spoken[#spoken + 1] = PLAIN.digits[tonumber(c) + 1] end
    local dec = write(whole, PLAIN) .. "点" .. table.concat(spoken)
    expect(dec, tonumber(whole .. "." .. f), "", "quantity")
    if whole <= 300 then expect("百分之" .. dec, tonumber(whole .. "." .. f), "%", "percent") end
  end
end

print(string.format("generated numerals: %d of %d read", total - misses, total))
T.test("generated numerals read back", function() T.eq(misses, 0, "misses") end)

-- the same numerals in running text, Simplified and Traditional: the first
-- figure is the numeral with its unit. A lone capital digit (陆家, 伍人) is a
-- name as often as a count, so capitals start at 10.
local text_misses, texts = 0, 0
for _ = 1, 400 do
  local n = random_integer()
  local st = ({PLAIN, CAPITAL, TRAD})[rand(3) + 1]
  if n >= (st == CAPITAL and 10 or 2) then
    local unit = ({"吨", "元", "人", "家"})[rand(4) + 1]
    local text = "今年全市产量达到" .. write(n, st) .. unit .. "，比去年有所增加。"
    for _, s in ipairs{text, tally.traditional(text)} do
      texts = texts + 1
      local f = tally.doc(s):figures()[1]
      if not f or math.abs(f.value - n) > 1e-9 * n then
        text_misses = text_misses + 1
        if text_misses <= 20 then
          io.stderr:write(string.format("  %s: expected %.17g, got %s\n", s, n, f and tostring(f.value) or "none"))
        end
      end
    end
  end
end
print(string.format("generated numerals in running text: %d of %d read", texts - text_misses, texts))
T.test("generated numerals in running text", function() T.eq(text_misses, 0, "misses") end)
T.done()
