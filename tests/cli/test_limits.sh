#!/usr/bin/env bash
# --timeout and --max-memory always end the run (exit 1, a message naming
# the limit), whatever the script does: catch the error, loop in a message
# handler, in a __gc finalizer (during the run and at exit), in a Lua
# pattern, in a coroutine, in a long engine call. The outer `timeout 60`
# only guards the test against a hang: it is not a timing assertion.
. "$(dirname "$0")/lib.sh"
cd "$tmp" || exit 1

# stops NAME CODE: --timeout 0.5 ends CODE with exit 1 and the --timeout message
stops() {
  local name=$1 code=$2
  timeout 60 "$T" --timeout 0.5 -e "$code" >out 2>err; local rc=$?
  if [ "$rc" = 1 ] && grep -qE 'ran longer than --timeout 0.5 seconds|time limit \(--timeout\) has passed' err; then ok
  else fail "$name: exit $rc: $(head -c 300 err)"; fi
}

stops "plain loop" 'while true do end'
stops "pcall catching the error" 'while true do pcall(function() while true do end end) end'
stops "pcall around each step" 'while true do pcall(function() for i = 1, 100 do end end) end'
stops "xpcall handler that loops" 'xpcall(function() error("x") end, function() while true do end end)'
stops "xpcall handler that catches" 'while true do xpcall(function() while true do end end, function(e) return e end) end'
stops "error object with a looping __tostring" 'error(setmetatable({}, {__tostring = function() while true do end end}))'
stops "coroutine loop" 'local co = coroutine.wrap(function() while true do end end) co()'
stops "coroutines that swallow the error" 'while true do coroutine.resume(coroutine.create(function() while true do end end)) end'
stops "__gc loop during the run" 'setmetatable({}, {__gc = function() while true do end end}) collectgarbage() while true do end'
stops "__gc loop at exit" 'x = setmetatable({}, {__gc = function() while true do end end})'
stops "__close loop" 'do local x <close> = setmetatable({}, {__close = function() while true do end end}) end'
stops "backtracking Lua pattern" 'return ("a"):rep(32):find(("a?"):rep(32) .. ("a"):rep(32) .. "b")'
stops "Lua pattern in gsub" 'return (("a"):rep(40)):gsub(("a?"):rep(40) .. ("a"):rep(40) .. "b", "")'
stops "regex gsub, quadratic" 'local s = ("a"):rep(320000) return #tally.regex("a(?=a*$)"):gsub(s, "b")'
stops "regex gsub under pcall" 'local s = ("a"):rep(320000) local re = tally.regex("a(?=a*$)") while true do pcall(re.gsub, re, s, "b") end'
stops "regex gmatch" 'local s = ("a"):rep(320000) local n = 0 for m in tally.regex("a(?=a*$)"):gmatch(s) do n = n + 1 end return n'
stops "table.sort comparator" 'local t = {} for i = 1, 100 do t[i] = i end table.sort(t, function(a, b) while true do end end)'
long='local d = tally.doc(("一是出口增长3%。二是进口下降2%。（一）加强保障。"):rep(100000))'
stops "measures on a 5 MB text" "$long return #d:measures()"
stops "measures in a pcall loop" "$long while true do pcall(d.measures, d) end"
stops "figures on a 5 MB text" "$long return #d:figures()"
stops "tokens of a 5 MB text" "$long local n = 0 while true do n = n + #d:tokens() end"
stops "engine calls in a loop" 'local d = tally.doc(("一是出口增长3%。"):rep(2000)) while true do pcall(d.figures, d) end'

# reading a FIFO that never gets a writer (io.open blocks in the kernel)
mkfifo fifo
timeout 60 "$T" --timeout 0.5 --trust -e 'io.open("fifo"):read("a")' >out 2>err; rc=$?
[ "$rc" = 1 ] && grep -q -- '--timeout' err && ok || fail "blocked in a FIFO read: $rc $(cat err)"

# a script file run with tally run, not only -e
printf 'local n = 0\nwhile true do n = n + 1 end\n' >spin.lua
timeout 60 "$T" run --timeout 0.5 spin.lua >out 2>err; rc=$?
[ "$rc" = 1 ] && grep -q 'spin.lua:2' err && ok || fail "run: traceback should name spin.lua:2: $rc $(cat err)"
# a run under the limit is not disturbed, and the watchdog does not outlive it
out=$(timeout 60 "$T" --timeout 30 -e 'return 1 + 1' 2>&1); rc=$?
[ "$rc" = 0 ] && [ "$out" = 2 ] && ok || fail "a short run under --timeout 30: $rc $out"

# --max-memory: the first refusal ends the run, whatever pcall does
limit() {
  local name=$1 code=$2
  timeout 60 "$T" --max-memory 16 -e "$code" >out 2>err; local rc=$?
  if [ "$rc" = 1 ] && grep -q 'more memory than --max-memory 16 MB' err && ! grep -q carried out; then ok
  else fail "max-memory, $name: exit $rc: $(head -c 300 err) $(head -c 100 out)"; fi
}
limit "plain" 'local t = {} for i = 1, 1e8 do t[i] = ("x"):rep(64) .. i end'
limit "pcall swallows" 'local t = {} print(pcall(function() for i = 1, 1e8 do t[i] = ("x"):rep(64) .. i end end)) print("carried on")'
limit "one big string under pcall" 'print(pcall(string.rep, "x", 64 * 1024 * 1024)) print("carried on")'
limit "in a coroutine" 'print(coroutine.resume(coroutine.create(function() return ("x"):rep(64 * 1024 * 1024) end))) print("carried on")'
limit "xpcall" 'print(xpcall(function() return ("x"):rep(64 * 1024 * 1024) end, debug.traceback)) print("carried on")'
# garbage is collected before the limit is declared: a run that frees as it goes passes
out=$(timeout 60 "$T" --max-memory 16 -e 'local n = 0 for i = 1, 200 do local s = ("x"):rep(1024 * 1024) .. i n = n + #s end return n' 2>&1); rc=$?
[ "$rc" = 0 ] && [ "$out" = 209715692 ] && ok || fail "max-memory with garbage: $rc $out"

# the REPL: a limit ends the evaluation, not the session
out=$(printf 'while true do end\nprint("next")\n' | timeout 60 "$T" --timeout 0.5 2>err); rc=$?
[ "$out" = next ] && grep -q -- '--timeout' err && ok || fail "REPL --timeout: $rc $out $(cat err)"

finish
