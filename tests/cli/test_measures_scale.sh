#!/usr/bin/env bash
# Measures on one long line (a saved page without line breaks) where lists
# restart over and over: nesting stays bounded by the kinds of marker, item
# texts sum to a few times the text (not one copy per level), and the run's
# peak memory stays far below what the quadratic version took (~15 GB for 2 MB).
set -uo pipefail
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "SKIP: needs GNU time in /usr/bin/time"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
# a regression must fail here, not take the machine down (ASan reserves
# address space of its own, so the cap is for plain builds)
[ "${TALLY_SANITIZED:-0}" = 1 ] || ulimit -v $(( 4 * 1024 * 1024 ))
"$TALLY" --trust -e '
  local unit = "一、总体要求（一）推进项目建设，完成投资12亿元。一是加快改革，增长5.2%；二是扩大开放，" ..
    "出口增长8%；三是优化服务。（二）强化保障。首先，稳就业；其次，保民生。在服务企业方面，" ..
    "1.走访企业；2.送政策上门。在促销保供方面，(1)搭建载体；(2)办展会。二、主要任务"
  local f = assert(io.open(arg[1], "w"))
  f:write(unit:rep(math.ceil(2e6 / #unit)), "\n")
  f:close()' "$tmp/line.txt"
bytes=$(wc -c < "$tmp/line.txt")
out=$(timeout 300 "$TIME" -f "rss_kb %M" "$TALLY" --quiet -e '
  local d = docs[1]
  local m = d:measures()
  local deepest, sum = 0, 0
  for _, r in ipairs(m) do
    if r.level > deepest then deepest = r.level end
    sum = sum + #r.text
  end
  io.write("items ", #m, " deepest ", deepest, " text_bytes ", sum, "\n")' "$tmp/line.txt" 2>&1)
echo "$out"
read -r items deepest sum < <(awk '/^items/ { print $2, $4, $6 }' <<< "$out")
rss=$(awk '/^rss_kb/ { print $2 }' <<< "$out")
if [ -z "${items:-}" ] || [ "$items" -lt 10000 ]; then echo "FAIL: expected >10000 items"; fail=1; fi
# 一、 holds （一）, which holds 1. … (1) and the content lists: at most 4 + 3 levels
if [ "${deepest:-99}" -gt 7 ]; then echo "FAIL: nesting deeper than the marker kinds allow: $deepest"; fail=1; fi
if [ "${sum:-0}" -gt $(( 8 * bytes )) ]; then echo "FAIL: item texts sum to $sum bytes for a $bytes-byte text"; fail=1; fi
limit=$(( 1536 * 1024 )) # KB: generous (ASan doubles it); the quadratic version needed ~15 GB
if [ -z "${rss:-}" ] || [ "$rss" -gt "$limit" ]; then echo "FAIL: peak RSS ${rss:-?} KB > $limit KB"; fail=1; fi
[ $fail -eq 0 ] && echo "ok: $items items, deepest level $deepest, texts $sum bytes, peak RSS $rss KB"
exit $fail
