#!/usr/bin/env bash
# No leaks and no invalid accesses under valgrind in the corpus reader
# (worker threads, a loop left early, an unreadable file), tables and every
# output format, whole-file writes, sandbox refusals, and the comparison
# scripts over the sample corpus.
set -u
T=${TALLY:?set TALLY to the tally binary}
if [ "${TALLY_SANITIZED:-0}" = 1 ]; then echo "SKIP: sanitizer build (valgrind runs on the plain build)"; exit 77; fi
command -v valgrind >/dev/null || { echo "SKIP: valgrind not installed"; exit 77; }
export VALGRIND_OPTS="--suppressions=$PWD/tests/valgrind/pcre2-jit.supp ${VALGRIND_OPTS:-}" # the JIT path, its over-reads suppressed (see test_valgrind.sh)
repo=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
vg() { valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
         --errors-for-leak-kinds=definite,indirect --error-exitcode=3 "$T" "$@"; }
failed=0
check() { # expected-status description command...
    local want=$1 what=$2; shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    local rc=$?
    if [ $rc -ne "$want" ]; then
        echo "FAIL: $what: exit $rc, expected $want"; cat "$tmp/err"; failed=1
    fi
}

code='
local c = tally.corpus(arg, {jobs = 2})
for d in c:each() do if d.name:find("^03") then break end end
local n = 0
for d in c:each() do n = n + #d:sentences() end
local t = tally.table({{a = "青海", b = 1.5, l = {"x", "y"}}, {a = "河北,\"q\"\n", b = -2}})
for _, f in ipairs({"table", "csv", "json", "jsonl", "md"}) do local _ = t:format(f) end
t:group("a"):agg{n = {"count"}, s = {"sum", "b"}}:pivot("a", "n", "s"):format("table")
t:write("t.csv")
t:svg("t.svg")
local _ = t:plot_text()
print(n)'
check 0 "reader, tables, formats, writes" vg --trust -e "$code" "$repo"/corpus/sample/*.txt
check 2 "an unreadable file in the corpus" vg -e 'for d in docs:each() do end' "$repo/corpus/sample/01_sichuan_interview.txt" "$tmp/missing.txt"
check 1 "a sandbox refusal" vg -e 'os.remove("t.csv")'
check 1 "a refused write" vg -e 'tally.write_file("/tmp/x-tally-should-not-exist", "x")'
check 1 "a script error inside a loop" vg -e 'for d in docs:each() do error("stop") end' "$repo"/corpus/sample/*.txt
check 0 "compare-figures" vg run "$repo/scripts/compare-figures.lua" --jobs 2 "$repo"/corpus/sample/*.txt
# the groups and the aligned table made on the workers (core/figure_groups.c, core/table_text.c)
check 0 "compare-figures --subject --usd --wide" vg run "$repo/scripts/compare-figures.lua" --jobs 2 \
  --subject '出口|进口' --usd 7.1 --wide --all "$repo"/corpus/sample/*.txt
check 0 "claims" vg run "$repo/scripts/claims.lua" --jobs 2 "$repo"/corpus/sample/*.txt
check 0 "figures (aligned table)" vg run "$repo/scripts/figures.lua" --jobs 2 "$repo"/corpus/sample/*.txt
check 0 "groups: an early break" vg -e '
  local fg = tally._figure_groups({rule = "line_up", synonyms = {}, by = "region"})
  for d in docs:each{analyse = {"structure", "figures", "records"}, groups = fg} do break end
  local g = fg:result()' "$repo"/corpus/sample/*.txt
check 0 "timeline" vg run "$repo/scripts/timeline.lua" --subject 进出口 "$repo"/corpus/sample/*.txt
check 0 "compare-measures" vg run "$repo/scripts/compare-measures.lua" "$repo"/corpus/sample/*.txt
[ $failed -eq 0 ] && echo "1 passed, 0 failed"
exit $failed
