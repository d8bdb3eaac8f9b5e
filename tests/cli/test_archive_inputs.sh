#!/usr/bin/env bash
# Archive-scale inputs through the command line: thousands of arguments
# (every place that puts a caller-sized number of values on the Lua stack),
# and inputs that are not regular files (FIFO, devices, sockets), which are
# refused by name while the other files still run.
. "$(dirname "$0")/lib.sh"
sock_pid=
cleanup() { [ -n "$sock_pid" ] && kill "$sock_pid" 2>/dev/null; rm -rf "$tmp"; }
export TALLY_PATH="$PWD/scripts"  # the library scripts of this checkout
cd "$tmp" || exit 1

# ---- caller-sized pushes ---------------------------------------------------
# `tally run` gives its arguments as arg and as `...`
printf 'print(#arg, select("#", ...), arg[#arg], (select(10000, ...)))\n' >many.lua
out=$("$T" run many.lua $(seq 1 10000) 2>&1); rc=$?
[ "$rc" = 0 ] && [ "$out" = $'10000\t10000\t10000\t10000' ] && ok || fail "run with 10000 arguments: rc=$rc $(echo "$out" | head -c 300)"

# -e binds docs to 10000 files (most missing: named, the run goes on, exit 2)
printf '全省进出口总额14.8亿元。\n' >a.txt
out=$("$T" -e 'print(#docs, #arg)' a.txt $(seq 1 10000) 2>&1); rc=$?
[ "$rc" = 0 ] && [ "$out" = $'10001\t10001' ] && ok || fail "-e with 10001 files: rc=$rc $(echo "$out" | head -c 300)"

# a library script over 500 files, all readable
mkdir many
for i in $(seq 1 500); do printf '第%d号报告：全省出口增长%d.5%%。\n' "$i" "$((i % 30))" >"many/r$i.txt"; done
"$T" run compare-figures --quiet --format csv many/*.txt >cf.csv 2>cf.err; rc=$?
[ "$rc" = 0 ] && [ "$(wc -l <cf.csv)" -gt 400 ] && ok || fail "compare-figures on 500 files: rc=$rc $(head -c 300 cf.err)"

# results: as many values as the chunk returns, printed (-e and the REPL)
out=$("$T" -e 'local t = {} for i = 1, 10000 do t[i] = i end return table.unpack(t)' 2>&1); rc=$?
[ "$rc" = 0 ] && [ "$(printf '%s' "$out" | tr '\t' '\n' | wc -l)" = 9999 ] && ok || fail "-e returning 10000 values: rc=$rc $(echo "$out" | head -c 200)"
out=$(printf 'local t = {} for i = 1, 10000 do t[i] = i end return table.unpack(t)\n' | "$T" 2>&1); rc=$?
[ "$rc" = 0 ] && case $out in *9999*10000*) true ;; *) false ;; esac && ok || fail "REPL returning 10000 values: rc=$rc $(echo "$out" | tail -c 200)"
# a gsub callback receives as many captures as the pattern has groups
out=$("$T" -e 'local re = tally.regex(("(a)"):rep(300)) return (re:gsub(("a"):rep(300), function(...) return select("#", ...) end))' 2>&1)
[ "$out" = 300 ] && ok || fail "gsub callback with 300 captures: $out"
# help() with many arguments in the REPL
out=$(printf 'local t = {} for i = 1, 5000 do t[i] = "tally.open" end help(table.unpack(t))\nprint("alive")\n' | "$T" 2>&1)
case $out in *alive*) ok ;; *) fail "REPL help with 5000 arguments: $(echo "$out" | tail -c 200)" ;; esac

# ---- non-regular inputs ----------------------------------------------------
mkfifo fifo
python3 - <<'EOF' &
import socket, os, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind("sock")
s.listen(1)
time.sleep(60)
EOF
sock_pid=$!
for _ in $(seq 50); do [ -S sock ] && break; sleep 0.1; done
[ -S sock ] || fail "could not make a socket for the test"
printf '出口增长12%%。\n' >b.txt
code='for d in docs:each() do print("read", d.name) end'
# each is refused by name and kind, the other files still run, exit 2, and nothing blocks
for bad in "fifo:FIFO" "/dev/zero:character device" "/dev/null:character device" "sock:socket"; do
  path=${bad%%:*} kind=${bad#*:}
  timeout 20 "$T" -e "$code" a.txt "$path" b.txt >out 2>err; rc=$?
  if [ "$rc" != 2 ]; then fail "$path: exit $rc, wanted 2: $(head -c 300 err)"; continue; fi
  grep -q "$path: is a.*$kind.*not a report" err && grep -q 'read.a' out && grep -q 'read.b' out && ok ||
    fail "$path: $(cat err) / $(cat out)"
done
# docs[i], tally.open and a library script say the same
timeout 20 "$T" -e 'return assert(tally.open("fifo"))' >out 2>err; rc=$?
[ "$rc" = 1 ] && grep -q 'fifo: is a FIFO' err && ok || fail "tally.open(fifo): rc=$rc $(cat err)"
timeout 20 "$T" run figures --quiet a.txt /dev/zero fifo >out 2>err; rc=$?
[ "$rc" = 2 ] && grep -q '/dev/zero: is a character device' err && grep -q 'fifo: is a FIFO' err && grep -q '14.8' out && ok ||
  fail "figures with a device and a FIFO: rc=$rc $(cat err)"
# the script itself: a FIFO or device is no script
timeout 20 "$T" run fifo >out 2>err; rc=$?
[ "$rc" = 2 ] && ok || fail "tally run FIFO: rc=$rc $(cat err)"
timeout 20 "$T" run /dev/zero >out 2>err; rc=$?
[ "$rc" = 2 ] && ok || fail "tally run /dev/zero: rc=$rc $(cat err)"

# ---- unreadable inputs: every library script and docs[i] say so, exit 2 ----
mkdir folder
printf 'abc\0def' >binary.bin
for s in $(cd "$TALLY_PATH" && ls *.lua | sed 's/\.lua$//'); do
  extra=; [ "$s" = kwic ] && extra=出口; [ "$s" = timeline ] && extra="--subject 进出口总额"; [ "$s" = keyness ] && extra="--target a"
  timeout 60 "$T" run "$s" $extra --quiet a.txt missing.txt folder binary.bin fifo >out 2>err; rc=$?
  [ "$rc" = 2 ] && grep -q 'missing.txt' err && grep -q 'folder' err && grep -q 'binary.bin' err && grep -q 'fifo' err && ok ||
    fail "library script $s with unreadable inputs: exit $rc, wanted 2: $(head -c 300 err)"
  timeout 60 "$T" run "$s" $extra --quiet missing.txt folder >out 2>err; rc=$?
  [ "$rc" = 2 ] && ok || fail "library script $s with only unreadable inputs: exit $rc, wanted 2: $(head -c 300 err)"
done
# docs[i] is nil for an unreadable file, named once on stderr, exit 2, as docs:each()
timeout 20 "$T" -e 'print(docs[1] == nil, docs[2].name, docs[1] == nil, #docs)' missing.txt a.txt >out 2>err; rc=$?
[ "$rc" = 2 ] && [ "$(cat out)" = $'true\ta\ttrue\t2' ] && [ "$(grep -c 'missing.txt' err)" = 1 ] && ok ||
  fail "docs[i] on an unreadable file: rc=$rc $(cat out) / $(cat err)"
timeout 20 "$T" -e 'local n = 0 for i = 1, #docs do if docs[i] then n = n + 1 end end local m = 0 for d in docs:each() do m = m + 1 end print(n, m)' a.txt fifo b.txt >out 2>err; rc=$?
[ "$rc" = 2 ] && [ "$(cat out)" = $'2\t2' ] && ok || fail "docs[i] and docs:each() agree: rc=$rc $(cat out) / $(cat err)"

finish
