#!/usr/bin/env bash
# scripts/outline.lua and scripts/measures.lua from the command line: the
# declared/found flag, nesting, formats and bad arguments.
set -uo pipefail
fail=0
check() { # description, command output, expected substring
  if [[ "$2" == *"$3"* ]]; then echo "ok: $1"; else echo "FAIL: $1: no '$3' in:"; echo "$2"; fail=1; fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '我们抓了五方面工作：\n\n一是加大力度。增长5%%。\n\n二是稳住外贸。\n\n三是扩大开放。\n' > "$tmp/declared.txt"
out=$("$TALLY" run scripts/outline.lua "$tmp/declared.txt" 2>&1)
check "a list that found fewer than it declared is flagged" "$out" "declared 5, found 3  !! differs"
check "items show their headline" "$out" "一是 加大力度"
out=$("$TALLY" run scripts/outline.lua --format md "$tmp/declared.txt" 2>&1)
check "markdown: the outline's rows as a table" "$out" "| declared | 1 |  | 1 | shi | 我们抓了五方面工作： | 一是 | 加大力度 | 5 | 3 | differs |"
out=$("$TALLY" run scripts/measures.lua --format jsonl "$tmp/declared.txt" 2>&1)
check "jsonl carries the doc and the declared count" "$out" '"declared":5'
check "jsonl doc field: the report's name, as in every script" "$out" '"doc":"declared"'
out=$("$TALLY" run scripts/measures.lua --level 2 "$tmp/declared.txt" 2>&1)
check "a filter with no match prints the header only" "$out" "headline"
out=$("$TALLY" run scripts/measures.lua --format csv "$tmp/declared.txt" 2>&1); rc=$?
check "csv through the common output code" "$out" $'declared,,,,一是,1,加大力度'
[ $rc -eq 0 ] || { echo "FAIL: exit $rc, expected 0"; fail=1; }
out=$("$TALLY" run scripts/measures.lua "$tmp/missing.txt" 2>&1)
check "a missing file is named" "$out" "missing.txt"
out=$("$TALLY" run scripts/outline.lua --bogus 2>&1)
check "an unknown option is named" "$out" "unknown option --bogus"
printf '<html><head><title>标题</title></head><body><p>我们抓了两方面工作：</p><p>一是加大力度。</p><p>二是稳住外贸。</p></body></html>' > "$tmp/page.html"
out=$("$TALLY" run scripts/measures.lua --format jsonl "$tmp/page.html" 2>&1)
check "an HTML page yields its lists" "$out" '"marker":"二是"'
shared=${TALLY_SHARED:-../shared}
if [ -f "$shared/corpus/seeds/004_0d9136d0487b71c7.txt" ]; then
  out=$("$TALLY" run scripts/outline.lua "$shared/corpus/seeds/004_0d9136d0487b71c7.txt" 2>&1)
  check "a declared count may count the leaves of nested lists" "$out" "declared 10, found 2 (10 in nested lists)"
  check "nested lists are indented under their item" "$out" "      list 2 · shi · declared 4, found 4"
fi
exit $fail
