#!/usr/bin/env bash
# No leaks and no invalid accesses under valgrind, over every Doc method the
# build has, on the seeds (or a small text of our own without them).
set -u
T=${TALLY:?set TALLY to the tally binary}
if [ "${TALLY_SANITIZED:-0}" = 1 ]; then echo "SKIP: sanitizer build (valgrind runs on the plain build)"; exit 77; fi
command -v valgrind >/dev/null || { echo "SKIP: valgrind not installed"; exit 77; }
# The regexes run on PCRE2's JIT, as in use: its code reads aligned 16-byte
# blocks that may pass the end of a subject (harmless, within the page),
# which tests/valgrind/pcre2-jit.supp suppresses for the JIT's own code only.
export VALGRIND_OPTS="--suppressions=$PWD/tests/valgrind/pcre2-jit.supp ${VALGRIND_OPTS:-}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
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
valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
  --error-exitcode=3 "$T" -e "$code" "${files[@]}" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -ne 0 ]; then cat "$tmp/err" >&2; echo "0 passed, 1 failed"; exit 1; fi
echo "methods called: $(cat "$tmp/out")"
# the path checked was the JIT's (unless this PCRE2 has no JIT at all)
jit=$(valgrind -q --error-exitcode=3 "$T" -e 'return tally.regex("a").jit' 2>/dev/null)
if [ "$jit" != true ] && "$T" -e 'return tally.regex("a").jit' | grep -q true; then
  echo "FAIL: under valgrind the regexes did not run on the JIT ($jit)"; echo "0 passed, 1 failed"; exit 1
fi
echo "1 passed, 0 failed"
