#!/usr/bin/env bash
# Folding under valgrind: every fold path (tally.fold with its map, doc.folded,
# tokens' norm, the {fold = true} searches) and the errors raised half-way
# through them leave no leak and no invalid access.
. "$(dirname "$0")/lib.sh"
need_valgrind
printf '外貿進出口總額同比增長１２.５％，「穩中向好」。\n进出口（含转口）增长３次，１，４０９家。\n' >"$tmp/a.txt"
code='
local n = 0
for doc in docs:each() do
  local f, map = tally.fold(doc.text, {map = true})
  n = n + #map + #doc.folded + #doc:tokens{fold = true} + #tally.tokenize(doc.text, {fold = true})
  n = n + doc:count("进出口", {fold = true}) + #doc:kwic("[0-9.]+%", 3, {fold = true})
  for m in doc:find("（(.+?)）", {fold = true, flags = "i"}) do n = n + #m[1] end
  for m in tally.regex("\\d+"):gmatch(doc.text, 2, {fold = true}) do n = n + m.start end
  n = n + doc:unfold(1, 3).stop
  -- errors half-way: nothing may leak
  pcall(tally.fold, doc.text, 5)
  pcall(doc.count, doc, "(", {fold = true})
  pcall(doc.count, doc, "x", {fold = true, flags = "q"})
  pcall(doc.unfold, doc, 0, 1)
  pcall(function() for m in tally.regex("\\d"):gmatch(doc.text, {fold = true}) do error("stop") end end)
end
print(n)'
valgrind_tally -e "$code" "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -ne 0 ] || [ ! -s "$tmp/out" ]; then cat "$tmp/err" >&2; fail "valgrind (exit $rc)"; else ok "checked: $(cat "$tmp/out")"; fi
finish
