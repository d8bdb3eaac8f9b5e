#!/usr/bin/env bash
# No leaks and no invalid accesses under valgrind, over every Doc method the
# build has, on the seeds (or a small text of our own without them).
. "$(dirname "$0")/lib.sh"
need_valgrind
files=("${TALLY_SHARED:-../shared}"/corpus/seeds/*.txt)
if [ ! -e "${files[0]}" ]; then
  printf '今年上半年，全省进出口总额14.8亿元，同比增长12.5%%。一是稳外贸。二是促消费。\n' >"$tmp/a.txt"
  files=("$tmp/a.txt")
fi
code='
local calls = 0
for doc in docs:each() do
  local methods = getmetatable(doc).__methods
  local names = {}
  for name in pairs(methods) do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do
    -- methods that want a pattern get one; the rest are called bare
    local ok = pcall(methods[name], doc, "进出口")
    if not ok then pcall(methods[name], doc) end
    calls = calls + 1
  end
  local _ = doc.text, doc.name
end
print(calls)'
valgrind_tally -e "$code" "${files[@]}" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -ne 0 ]; then cat "$tmp/err" >&2; fail "valgrind (exit $rc)"; else ok "methods called: $(cat "$tmp/out")"; fi
# the path checked was the JIT's (unless this PCRE2 has no JIT at all)
jit=$(valgrind_tally -e 'return tally.regex("a").jit' 2>/dev/null)
if [ "$jit" != true ] && "$T" -e 'return tally.regex("a").jit' | grep -q true; then
  fail "under valgrind the regexes did not run on the JIT ($jit)"
fi
finish
