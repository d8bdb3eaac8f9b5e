#!/usr/bin/env bash
# Folding under valgrind: every fold path (tally.fold with its map, doc.folded,
# tokens' norm, the {fold = true} searches) and the errors raised half-way
# through them leave no leak and no invalid access.
set -u
T=${TALLY:?set TALLY to the tally binary}
if [ "${TALLY_SANITIZED:-0}" = 1 ]; then echo "SKIP: sanitizer build (valgrind runs on the plain build)"; exit 77; fi
command -v valgrind >/dev/null || { echo "SKIP: valgrind not installed"; exit 77; }
export VALGRIND_OPTS="--suppressions=$PWD/tests/valgrind/pcre2-jit.supp ${VALGRIND_OPTS:-}" # the JIT path, its over-reads suppressed (see test_valgrind.sh)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
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
valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
  --error-exitcode=3 "$T" -e "$code" "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -ne 0 ] || [ ! -s "$tmp/out" ]; then cat "$tmp/err" >&2; echo "0 passed, 1 failed"; exit 1; fi
echo "checked: $(cat "$tmp/out")"
echo "1 passed, 0 failed"
