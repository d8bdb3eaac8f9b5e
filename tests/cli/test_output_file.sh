#!/usr/bin/env bash
# --output is written whole or not at all, whatever ends the run: the end
# of the script, os.exit (from the script or a usage error in tally.args),
# an error, a limit, SIGINT/SIGTERM. It keeps an existing file's mode and
# never overwrites an input (named, or through a glob) or the script.
. "$(dirname "$0")/lib.sh"
export TALLY_PATH="$PWD/scripts"
cd "$tmp" || exit 1
no_tmp() { ! ls -a | grep -q '\.tmp\.'; }

printf '全省进出口总额14.8亿元，同比增长12.5%%。\n' >a.txt
printf '出口增长3%%。\n' >b.txt

# every library script, which ends through os.exit or returns: the file is there, whole
for s in figures measures outline compare-figures kwic freq claims; do
  extra=; [ $s = kwic ] && extra=出口; [ $s = compare-figures ] && extra=--all
  rm -f res.txt
  "$T" run $s $extra --quiet --output res.txt a.txt b.txt >stdout.txt 2>err.txt; rc=$?
  [ "$rc" = 0 ] && [ -s res.txt ] && [ ! -s stdout.txt ] && no_tmp && ok || fail "$s --output: rc=$rc $(head -c 200 err.txt) $(ls)"
done
# os.exit from a script, with every kind of status
for c in 'os.exit()' 'os.exit(0)' 'os.exit(true)' 'os.exit(true, true)'; do
  rm -f o.txt
  "$T" -e "print('whole') $c" --output o.txt >/dev/null 2>err.txt; rc=$?
  [ "$rc" = 0 ] && [ "$(cat o.txt 2>/dev/null)" = whole ] && no_tmp && ok || fail "$c: rc=$rc $(cat err.txt) $(ls -a)"
done
for c in 'os.exit(3)' 'os.exit(false)' 'os.exit(1, true)'; do
  rm -f o.txt
  "$T" -e "print('half') $c" --output o.txt >/dev/null 2>err.txt; rc=$?
  [ "$rc" != 0 ] && [ ! -e o.txt ] && no_tmp && grep -q 'o.txt not written' err.txt && ok || fail "$c: rc=$rc $(cat err.txt) $(ls -a)"
done
# os.exit(0) after an unreadable input still ends with 2 and no output
rm -f o.txt
"$T" -e 'for d in docs:each() do print(d.name) end os.exit(0)' --output o.txt a.txt missing.txt >/dev/null 2>err.txt; rc=$?
[ "$rc" = 2 ] && [ ! -e o.txt ] && no_tmp && ok || fail "os.exit(0) after a missing input: rc=$rc $(ls -a)"
# a usage error through tally.args (exit 2): no output, no temporary
echo keep >old.csv
"$T" run figures --no-such-option --output old.csv a.txt >/dev/null 2>err.txt; rc=$?
[ "$rc" = 2 ] && [ "$(cat old.csv)" = keep ] && no_tmp && ok || fail "usage error: rc=$rc $(cat err.txt) $(ls -a)"
# a script error
"$T" -e 'print("x") error("boom")' --output old.csv >/dev/null 2>err.txt; rc=$?
[ "$rc" = 1 ] && [ "$(cat old.csv)" = keep ] && no_tmp && ok || fail "script error: rc=$rc"
# limits: the output is not written, the old file stays
"$T" --timeout 0.5 -e 'print("x") while true do end' --output old.csv >/dev/null 2>err.txt; rc=$?
[ "$rc" = 1 ] && [ "$(cat old.csv)" = keep ] && no_tmp && ok || fail "--timeout: rc=$rc $(cat err.txt)"
"$T" --timeout 0.5 -e 'print("x") return ("a"):rep(40):find(("a?"):rep(40) .. ("a"):rep(40) .. "b")' --output old.csv >/dev/null 2>err.txt; rc=$?
[ "$rc" = 1 ] && [ "$(cat old.csv)" = keep ] && no_tmp && ok || fail "--timeout in a Lua pattern: rc=$rc $(cat err.txt)"
"$T" --max-memory 16 -e 'print("x") local t = {} for i = 1, 1e8 do t[i] = ("x"):rep(64) .. i end' --output old.csv >/dev/null 2>err.txt; rc=$?
[ "$rc" = 1 ] && [ "$(cat old.csv)" = keep ] && no_tmp && ok || fail "--max-memory: rc=$rc $(cat err.txt)"
# signals: the temporary goes, the old file stays
for sig in INT TERM HUP; do
  "$T" -e 'print("partial") io.stdout:flush() while true do end' --output old.csv >/dev/null 2>err.txt &
  pid=$!
  for _ in $(seq 100); do ls -a | grep -q '\.tmp\.' && break; sleep 0.05; done
  sleep 0.2
  kill -$sig $pid; wait $pid; rc=$?
  [ "$rc" -gt 128 ] && [ "$(cat old.csv)" = keep ] && no_tmp && ok || fail "SIG$sig: rc=$rc $(ls -a)"
done
# the mode of an existing file is kept; a new one gets 0666 less the umask
echo x >private.csv; chmod 600 private.csv
"$T" -e 'print(1)' --output private.csv && [ "$(stat -c %a private.csv)" = 600 ] && ok || fail "mode of an existing file: $(stat -c %a private.csv)"
echo x >group.csv; chmod 664 group.csv
"$T" -e 'print(1)' --output group.csv && [ "$(stat -c %a group.csv)" = 664 ] && ok || fail "mode 664: $(stat -c %a group.csv)"
(umask 027; "$T" -e 'print(1)' --output new.csv) && [ "$(stat -c %a new.csv)" = 640 ] && ok || fail "new file under umask 027: $(stat -c %a new.csv)"
# never an input: named, through a glob, through a link, nor the script
cp a.txt a.orig
for args in "a.txt" "'a*.txt'" "'[a]?txt'"; do
  eval "\"\$T\" run figures --output a.txt $args" >/dev/null 2>err.txt; rc=$?
  [ "$rc" = 2 ] && cmp -s a.txt a.orig && grep -q 'one of the input files' err.txt && ok || fail "--output an input ($args): rc=$rc $(cat err.txt)"
done
ln -s a.txt alias.txt
"$T" run figures --output alias.txt a.txt >/dev/null 2>err.txt; rc=$?
[ "$rc" = 2 ] && cmp -s a.txt a.orig && ok || fail "--output a link to an input: rc=$rc"
printf 'print("hello")\n' >s.lua
"$T" run s.lua --format csv --output s.lua >/dev/null 2>err.txt; rc=$?
[ "$rc" = 2 ] && [ "$(cat s.lua)" = 'print("hello")' ] && grep -q 'the script' err.txt && ok || fail "--output the script: rc=$rc $(cat err.txt)"

finish
