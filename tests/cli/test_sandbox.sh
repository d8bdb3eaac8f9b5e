#!/bin/bash
# The sandbox: each forbidden operation is refused with a message that names
# it and mentions --trust; --trust lifts it. Also the --timeout and
# --max-memory messages.
. "$(dirname "$0")/lib.sh"
outside=$(mktemp -d)
cleanup() { rm -rf "$tmp" "$outside"; }
cd "$tmp" || exit 1

# refused NAME CODE: without --trust CODE fails (exit 1) and stderr names NAME and --trust
refused() {
    local name=$1 code=$2 err
    err=$("$TALLY" -e "$code" 2>&1 >/dev/null)
    local rc=$?
    if [ $rc -ne 1 ]; then fail "$name: exit $rc without --trust, expected 1"; return; fi
    case $err in
        *sandbox*"$name"*--trust*) ok ;;
        *) fail "$name: unclear message: $err" ;;
    esac
}

# trusted NAME CODE: with --trust CODE runs and prints ok
trusted() {
    local name=$1 code=$2 out
    out=$("$TALLY" --trust -e "$code" 2>&1)
    if [ "$out" = ok ]; then ok; else fail "$name with --trust: $out"; fi
}

touch victim
refused os.execute 'os.execute("true")'
trusted os.execute 'assert(os.execute("true")) print("ok")'
refused io.popen 'io.popen("echo hi")'
trusted io.popen 'local p = io.popen("echo hi") assert(p:read("l") == "hi") p:close() print("ok")'
refused os.remove 'os.remove("victim")'
[ -e victim ] && ok || fail "os.remove: the file was removed in the sandbox"
trusted os.remove 'assert(os.remove("victim")) print("ok")'
[ -e victim ] && fail "os.remove with --trust: the file is still there" || ok
touch a
refused os.rename 'os.rename("a", "b")'
[ -e a ] && ok || fail "os.rename: the file was renamed in the sandbox"
trusted os.rename 'assert(os.rename("a", "b")) print("ok")'
refused os.tmpname 'os.tmpname()'
refused package.loadlib 'package.loadlib("libc.so.6", "puts")'
trusted package.loadlib 'assert(package.loadlib) print("ok")'

# require finds Lua modules in the sandbox, but no native ones
echo 'return {x = 1}' > mymod.lua
out=$("$TALLY" -e 'print(require("mymod").x)' 2>&1)
[ "$out" = 1 ] && ok || fail "require of a Lua module in the sandbox: $out"
err=$("$TALLY" -e 'require "no_such_native_mod"' 2>&1)
case $err in *"sandbox does not allow"*--trust*) ok ;; *) fail "require native: $err" ;; esac

# writes: only below the working folder, symlinks resolved
refused io.open "io.open('$outside/x', 'w')"
[ -e "$outside/x" ] && fail "io.open wrote outside" || ok
refused io.open "io.open('../$(basename "$outside")/x', 'a')"
ln -s "$outside" link_out
refused io.open "io.open('link_out/x', 'w')"
ln -s "$outside/missing" dangling
refused io.open "io.open('dangling', 'w')"
[ -e "$outside/missing" ] && fail "a dangling symlink let the sandbox write outside" || ok
refused io.open "io.open('$outside/x', 'r+')"
refused io.output "io.output('$outside/x')"
refused tally.write_file "tally.write_file('$outside/x', 'text')"
trusted io.open "local f = assert(io.open('$outside/x', 'w')) f:write('t') f:close() print('ok')"
[ -s "$outside/x" ] && ok || fail "io.open with --trust did not write outside"
mkdir sub
refused io.open "io.open('$tmp/sub/../../x', 'w')"
out=$("$TALLY" -e 'local f = assert(io.open("sub/inside.txt", "w")) f:write("in") f:close()
tally.write_file("inside2.txt", "in2") print("ok")' 2>&1)
[ "$out" = ok ] && [ "$(cat sub/inside.txt)" = in ] && [ "$(cat inside2.txt)" = in2 ] && ok ||
    fail "writing below the working folder: $out"
out=$("$TALLY" -e 'print(io.open("'"$outside"'/x"):read("a"))' 2>&1)
[ "$out" = t ] && ok || fail "reading outside the working folder should be allowed: $out"

# no precompiled chunks, no reaching into upvalues or hooks
refused "precompiled" 'load(string.dump(function() return 1 end))'
trusted load 'assert(load(string.dump(function() return 1 end))() == 1) print("ok")'
out=$("$TALLY" -e 'print(load("return 1 + 1")())' 2>&1)
[ "$out" = 2 ] && ok || fail "load of text in the sandbox: $out"
refused debug.sethook 'debug.sethook()'
refused debug.getupvalue 'debug.getupvalue(io.open, 1)'
refused debug.setmetatable 'debug.setmetatable(1, {})'
out=$("$TALLY" -e 'print(type(debug.traceback("x")))' 2>&1)
[ "$out" = string ] && ok || fail "debug.traceback in the sandbox: $out"

# ---- binary chunks: no route may load one ------------------------------------
dump='local d = string.dump(function() return 1 end)'
refused precompiled "$dump load(function() local x = d d = nil return x end)"
refused precompiled "$dump load(d, 'x', 'b')"
refused precompiled "$dump load(d, 'x', 'bt', {})"
# the reader runs with no frame of the real load to hand out, nor any other
out=$("$TALLY" -e "$dump"'
local got = {}
local once = true
pcall(load, function()
  for level = 1, 6 do
    local i = debug.getinfo(level)
    if i and i.func then got[#got + 1] = tostring(i.func) end
    local j = debug.getinfo(level, "f")
    if j and j.func then got[#got + 1] = tostring(j.func) end
  end
  if once then once = false return "return 1" end
end)
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
local k = debug.getinfo(co, 1, "f")
print(#got, k and tostring(k.func))' 2>&1)
[ "$out" = $'0\tnil' ] && ok || fail "debug.getinfo handed out functions: $out"
out=$("$TALLY" -e 'print(load("return x", "c", "t", {x = 5})(), load(coroutine.wrap(function() coroutine.yield("return ") coroutine.yield("7") end))())' 2>&1)
[ "$out" = $'5\t7' ] && ok || fail "text load with env / reader in the sandbox: $out"
# written to a file and loaded by every loader there is
"$TALLY" --trust -e "$dump"' local f = assert(io.open("chunk.bin", "wb")) f:write(d) f:close()
f = assert(io.open("chunkmod.txt", "wb")) f:write(d) f:close()'
for code in 'assert(loadfile("chunk.bin"))' 'dofile("chunk.bin")' \
            'package.path = "./?.txt;" .. package.path require("chunkmod")' \
            'package.path = "./?.txt" for _, s in ipairs(package.searchers) do local f = s("chunkmod") if type(f) == "function" then f() end end'; do
  out=$("$TALLY" -e "local ok, e = pcall(function() $code end) print(ok, e)" 2>&1)
  case $out in false*binary*) ok ;; *) fail "binary chunk through '$code': $out" ;; esac
done
# nor written from inside the sandbox as a module
refused io.open "$dump"' io.open("evil.lua", "w")'
refused tally.write_file "$dump"' tally.write_file("evil.lua", d)'
refused io.open "$dump"' io.open("EVIL.LUA", "wb")'
[ -e evil.lua ] && fail "the sandbox wrote evil.lua" || ok
refused debug.getregistry 'debug.getregistry()'
refused debug.getlocal 'debug.getlocal(1, 1)'
refused debug.upvaluejoin 'debug.upvaluejoin(print, 1, print, 1)'
refused debug.setupvalue 'debug.setupvalue(io.open, 1, print)'

# ---- writes through links, into inputs, into the script path -------------------
echo secret >"$outside/kept.txt"
ln "$outside/kept.txt" hardlink.txt
for code in "io.open('hardlink.txt', 'w')" "io.open('hardlink.txt', 'a')" "io.open('hardlink.txt', 'r+')" \
            "io.output('hardlink.txt')" "tally.write_file('hardlink.txt', 'x')"; do
  refused "${code%%(*}" "$code"
done
[ "$(cat "$outside/kept.txt")" = secret ] && ok || fail "a hard link was written through"
echo inside >inside.txt
ln -s inside.txt link_in
out=$("$TALLY" -e 'local f = assert(io.open("link_in", "a")) f:write("more\n") f:close() print("ok")' 2>&1)
[ "$out" = ok ] && [ "$(tail -n1 inside.txt)" = more ] && ok || fail "a symlink to a file inside: $out"
printf '全省出口增长12%%。\n' >input.txt
cp input.txt input.orig
for code in 'io.open(docs[1].path, "w")' 'io.open(docs[1].path, "a")' 'io.open(docs[1].path, "r+")' \
            'io.output(docs[1].path)' 'tally.write_file(docs[1].path, "x")' \
            'local c = tally.corpus("inp*.txt") tally.write_file("input.txt", "")' \
            'io.open(arg[1], "w")'; do
  err=$("$TALLY" -e "$code" input.txt 2>&1 >/dev/null)
  case $err in *sandbox*input*--trust*) ok ;; *) fail "input written by '$code': $err" ;; esac
done
# the script itself is an input, also when reached through a link
printf 'local ok, e = pcall(io.open, "%s", "a") print(ok, e)\n' "$tmp/self.txt" >self.txt
ln -sf self.txt self.txt.lua
err=$("$TALLY" run self.txt.lua 2>&1)
case $err in *"false"*sandbox*) ok ;; *) fail "the running script wrote itself: $err" ;; esac
cmp -s input.txt input.orig && ok || fail "an input was changed by the sandbox"
mkdir -p scripts
echo 'print("team script")' >scripts/report.lua
refused tally.write_file 'tally.write_file("scripts/report.lua", "os.execute()")'
refused io.open 'io.open("scripts/notes.txt", "w")'
ln -s scripts/report.lua alias.txt
refused io.open 'io.open("alias.txt", "w")'
[ "$(cat scripts/report.lua)" = 'print("team script")' ] && ok || fail "./scripts/report.lua was replaced"
mkdir team
echo 'return 1' >team/mod.lua
TALLY_PATH="$tmp/team" "$TALLY" -e 'io.open("team/data.txt", "w")' >/dev/null 2>"$outside/err" && fail "wrote into \$TALLY_PATH" ||
  { grep -q 'script path' "$outside/err" && ok || fail "TALLY_PATH write: $(cat "$outside/err")"; }
mkfifo pipe
err=$(timeout 10 "$TALLY" -e 'io.open("pipe", "w")' 2>&1); rc=$?
case "$rc $err" in "1 "*sandbox*"not a regular file"*) ok ;; *) fail "writing a FIFO: $rc $err" ;; esac
refused io.open 'io.open("sub", "w")'

# ---- io.tmpfile: in the working folder, not /tmp -------------------------------
"$TALLY" -e 'local f = assert(io.tmpfile()) f:write("tmp") f:flush()
while not io.open("go") do end f:seek("set") print(f:read("a"))' >tmpfile.out 2>&1 &
pid=$!
where=
for _ in $(seq 100); do
  for fd in /proc/$pid/fd/*; do
    t=$(readlink "$fd" 2>/dev/null) || continue
    case $t in *tally-tmpfile*) where=$t ;; esac
  done
  [ -n "$where" ] && break
  sleep 0.05
done
touch go
wait $pid
case $where in "$(cd "$tmp" && pwd -P)/"*) ok ;; *) fail "io.tmpfile made '$where'" ;; esac
[ "$(cat tmpfile.out)" = tmp ] && ok || fail "io.tmpfile in the sandbox: $(cat tmpfile.out)"
ls -a | grep -q tally-tmpfile && fail "io.tmpfile left a file behind" || ok

# ---- the REPL's .load runs the script in the sandbox unless --trust --------------
printf 'os.execute("touch %s/loaded_ran")\n' "$outside" >colleague.lua
out=$(printf '.load colleague.lua\nprint(pcall(os.execute, "true"))\n' | "$TALLY" 2>&1)
[ ! -e "$outside/loaded_ran" ] && ok || fail ".load ran os.execute unsandboxed"
case $out in *"sandbox: os.execute is not allowed"*"session is sandboxed"*|*"session is sandboxed"*"sandbox: os.execute"*) ok ;; *) fail ".load message: $out" ;; esac
out=$(printf '.load colleague.lua\n' | "$TALLY" --trust 2>&1)
[ -e "$outside/loaded_ran" ] && ok || fail ".load with --trust did not run the script: $out"

# scripts run with `tally run` are sandboxed too
echo 'os.execute("true")' > spawn.lua
err=$("$TALLY" run spawn.lua 2>&1)
case $err in *"spawn.lua:1: sandbox: os.execute is not allowed; run with --trust"*) ok ;; *) fail "run: $err" ;; esac

# runaway scripts
err=$("$TALLY" --timeout 0.3 -e 'while true do end' 2>&1); rc=$?
case "$rc $err" in "1 "*"ran longer than --timeout 0.3 seconds"*) ok ;; *) fail "timeout: $rc $err" ;; esac
err=$("$TALLY" --timeout 0.3 -e 'while true do pcall(function() while true do end end) end' 2>&1); rc=$?
case "$rc $err" in "1 "*"--timeout"*) ok ;; *) fail "timeout caught by pcall: $rc $err" ;; esac
# The REPL runs what the analyst types, so it is not sandboxed; a script
# given to `tally run` is, even when a REPL session ran before it.
out=$(printf 'local f = assert(io.open("%s/repl_wrote", "w")) f:write("x") f:close() print("ok")\n' "$outside" | "$TALLY" 2>&1)
if [ "$out" = ok ] && [ -e "$outside/repl_wrote" ]; then ok; else fail "REPL refused a write: $out"; fi
printf 'io.open("%s/script_wrote", "w")\n' "$outside" >"$tmp/writer.lua"
refused_script=$("$TALLY" run "$tmp/writer.lua" 2>&1); rc=$?
case "$rc $refused_script" in "1 "*sandbox*--trust*) ok ;; *) fail "script write not refused: $rc $refused_script" ;; esac

err=$("$TALLY" --max-memory 16 -e 'local t = {} for i = 1, 1e8 do t[i] = ("x"):rep(64) .. i end' 2>&1); rc=$?
case "$rc $err" in "1 "*"more memory than --max-memory 16 MB"*) ok ;; *) fail "max-memory: $rc $err" ;; esac

finish
