#!/usr/bin/env bash
# Regex errors on the command line: a pattern that does not compile names the
# offset, a pathological one stops with a limit message; both exit 1, quickly.
set -u
: "${TALLY:?TALLY must name the tally binary}"
fail=0
check() { # name, expected exit status, text the output must contain, command...
  local name=$1 want=$2 text=$3
  shift 3
  local out rc
  out=$(timeout 20 "$@" 2>&1)
  rc=$?
  if [ "$rc" != "$want" ]; then
    echo "FAIL $name: exit $rc, want $want: $out"; fail=1
  elif ! grep -qF -- "$text" <<<"$out"; then
    echo "FAIL $name: output lacks \"$text\": $out"; fail=1
  else
    echo "ok $name"
  fi
}

check "compile error names the offset" 1 "missing closing parenthesis at offset 1 in /(/" \
  "$TALLY" -e 'tally.regex("(")'
check "compile error in a Chinese pattern" 1 "at offset 9 in /进出口)/" \
  "$TALLY" -e 'tally.regex("进出口)")'
check "unknown flag" 1 "unknown flag 'q'" "$TALLY" -e 'tally.regex("a", "q")'

start=$(date +%s)
check "catastrophic pattern hits the match limit" 1 "match limit exceeded in /(a+)+\$/" \
  "$TALLY" -e 'print(tally.regex("(a+)+$"):test(string.rep("a", 100000) .. "b"))'
check "catastrophic pattern through doc:count" 1 "limit" \
  "$TALLY" -e 'print(tally.doc(string.rep("a", 100000) .. "b"):count("(a|a)+$"))'
took=$(( $(date +%s) - start ))
echo "limit errors took ${took}s"
if [ "$took" -gt 10 ]; then echo "FAIL limit errors took ${took}s"; fail=1; fi

check "a limit error can be caught with pcall" 0 "caught" \
  "$TALLY" -e 'local ok, e = pcall(function() return tally.regex("(a+)+$"):test(string.rep("a", 99) .. "b") end) print(ok == false and e:find("limit") and "caught")'
exit $fail
