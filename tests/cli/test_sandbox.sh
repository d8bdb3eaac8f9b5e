#!/bin/bash
# The sandbox: each forbidden operation is refused with a message that names
# it and mentions --trust; --trust lifts it. Also the --timeout and
# --max-memory messages.
set -u
: "${TALLY:?TALLY must name the tally binary}"
work=$(mktemp -d)
outside=$(mktemp -d)
trap 'rm -rf "$work" "$outside"' EXIT
cd "$work" || exit 1
failed=0 passed=0

fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
pass() { passed=$((passed + 1)); }

# refused NAME CODE: without --trust CODE fails (exit 1) and stderr names NAME and --trust
refused() {
    local name=$1 code=$2 err
    err=$("$TALLY" -e "$code" 2>&1 >/dev/null)
    local rc=$?
    if [ $rc -ne 1 ]; then fail "$name: exit $rc without --trust, expected 1"; return; fi
    case $err in
        *sandbox*"$name"*--trust*) pass ;;
        *) fail "$name: unclear message: $err" ;;
    esac
}

# trusted NAME CODE: with --trust CODE runs and prints ok
trusted() {
    local name=$1 code=$2 out
    out=$("$TALLY" --trust -e "$code" 2>&1)
    if [ "$out" = ok ]; then pass; else fail "$name with --trust: $out"; fi
}

touch victim
refused os.execute 'os.execute("true")'
trusted os.execute 'assert(os.execute("true")) print("ok")'
refused io.popen 'io.popen("echo hi")'
trusted io.popen 'local p = io.popen("echo hi") assert(p:read("l") == "hi") p:close() print("ok")'
refused os.remove 'os.remove("victim")'
[ -e victim ] && pass || fail "os.remove: the file was removed in the sandbox"
trusted os.remove 'assert(os.remove("victim")) print("ok")'
[ -e victim ] && fail "os.remove with --trust: the file is still there" || pass
touch a
refused os.rename 'os.rename("a", "b")'
[ -e a ] && pass || fail "os.rename: the file was renamed in the sandbox"
trusted os.rename 'assert(os.rename("a", "b")) print("ok")'
refused os.tmpname 'os.tmpname()'
refused package.loadlib 'package.loadlib("libc.so.6", "puts")'
trusted package.loadlib 'assert(package.loadlib) print("ok")'

# require finds Lua modules in the sandbox, but no native ones
echo 'return {x = 1}' > mymod.lua
out=$("$TALLY" -e 'print(require("mymod").x)' 2>&1)
[ "$out" = 1 ] && pass || fail "require of a Lua module in the sandbox: $out"
err=$("$TALLY" -e 'require "no_such_native_mod"' 2>&1)
case $err in *"sandbox does not allow"*--trust*) pass ;; *) fail "require native: $err" ;; esac

# writes: only below the working folder, symlinks resolved
refused io.open "io.open('$outside/x', 'w')"
[ -e "$outside/x" ] && fail "io.open wrote outside" || pass
refused io.open "io.open('../$(basename "$outside")/x', 'a')"
ln -s "$outside" link_out
refused io.open "io.open('link_out/x', 'w')"
ln -s "$outside/missing" dangling
refused io.open "io.open('dangling', 'w')"
[ -e "$outside/missing" ] && fail "a dangling symlink let the sandbox write outside" || pass
refused io.open "io.open('$outside/x', 'r+')"
refused io.output "io.output('$outside/x')"
refused tally.write_file "tally.write_file('$outside/x', 'text')"
trusted io.open "local f = assert(io.open('$outside/x', 'w')) f:write('t') f:close() print('ok')"
[ -s "$outside/x" ] && pass || fail "io.open with --trust did not write outside"
mkdir sub
refused io.open "io.open('$work/sub/../../x', 'w')"
out=$("$TALLY" -e 'local f = assert(io.open("sub/inside.txt", "w")) f:write("in") f:close()
tally.write_file("inside2.txt", "in2") print("ok")' 2>&1)
[ "$out" = ok ] && [ "$(cat sub/inside.txt)" = in ] && [ "$(cat inside2.txt)" = in2 ] && pass ||
    fail "writing below the working folder: $out"
out=$("$TALLY" -e 'print(io.open("'"$outside"'/x"):read("a"))' 2>&1)
[ "$out" = t ] && pass || fail "reading outside the working folder should be allowed: $out"

# no precompiled chunks, no reaching into upvalues or hooks
refused "precompiled" 'load(string.dump(function() return 1 end))'
trusted load 'assert(load(string.dump(function() return 1 end))() == 1) print("ok")'
out=$("$TALLY" -e 'print(load("return 1 + 1")())' 2>&1)
[ "$out" = 2 ] && pass || fail "load of text in the sandbox: $out"
refused debug.sethook 'debug.sethook()'
refused debug.getupvalue 'debug.getupvalue(io.open, 1)'
refused debug.setmetatable 'debug.setmetatable(1, {})'
out=$("$TALLY" -e 'print(type(debug.traceback("x")))' 2>&1)
[ "$out" = string ] && pass || fail "debug.traceback in the sandbox: $out"

# scripts run with `tally run` are sandboxed too
echo 'os.execute("true")' > spawn.lua
err=$("$TALLY" run spawn.lua 2>&1)
case $err in *"spawn.lua:1: sandbox: os.execute is not allowed; run with --trust"*) pass ;; *) fail "run: $err" ;; esac

# runaway scripts
err=$("$TALLY" --timeout 0.3 -e 'while true do end' 2>&1); rc=$?
case "$rc $err" in "1 "*"ran longer than --timeout 0.3 seconds"*) pass ;; *) fail "timeout: $rc $err" ;; esac
err=$("$TALLY" --timeout 0.3 -e 'while true do pcall(function() while true do end end) end' 2>&1); rc=$?
case "$rc $err" in "1 "*"--timeout"*) pass ;; *) fail "timeout caught by pcall: $rc $err" ;; esac
# The REPL runs what the analyst types, so it is not sandboxed; a script
# given to `tally run` is, even when a REPL session ran before it.
out=$(printf 'local f = assert(io.open("%s/repl_wrote", "w")) f:write("x") f:close() print("ok")\n' "$outside" | "$TALLY" 2>&1)
if [ "$out" = ok ] && [ -e "$outside/repl_wrote" ]; then pass; else fail "REPL refused a write: $out"; fi
printf 'io.open("%s/script_wrote", "w")\n' "$outside" >"$work/writer.lua"
refused_script=$("$TALLY" run "$work/writer.lua" 2>&1); rc=$?
case "$rc $refused_script" in "1 "*sandbox*--trust*) pass ;; *) fail "script write not refused: $rc $refused_script" ;; esac

err=$("$TALLY" --max-memory 16 -e 'local t = {} for i = 1, 1e8 do t[i] = ("x"):rep(64) .. i end' 2>&1); rc=$?
case "$rc $err" in "1 "*"more memory than --max-memory 16 MB"*) pass ;; *) fail "max-memory: $rc $err" ;; esac

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
