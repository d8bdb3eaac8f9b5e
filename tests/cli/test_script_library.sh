#!/bin/bash
# The shared script library: every script has a header (--- description,
# @usage, @arg), `tally scripts` lists them with their descriptions, `tally
# help NAME` prints a header; $TALLY_PATH and require from a script's own
# folder serve a team's shared folder, whose scripts run sandboxed; tally.args
# turns bad options into usage errors (exit 2).
. "$(dirname "$0")/lib.sh"

mine="compare-figures compare-measures kwic freq keyness timeline claims"
list=$("$TALLY" scripts)
for s in $mine; do
    f="scripts/$s.lua"
    [ -f "$f" ] || { fail "$f is missing"; continue; }
    desc=$(sed -n '1s/^--- *//p' "$f")
    [ -n "$desc" ] || fail "$f: the first line is not a '--- description'"
    grep -q "^-- @usage tally run $s" "$f" || fail "$f: no '-- @usage tally run $s' line"
    grep -q "^-- @arg " "$f" || fail "$f: no '-- @arg' line"
    echo "$list" | grep -qF "$s" || fail "tally scripts does not list $s"
    echo "$list" | grep "^$s " | grep -qF "$desc" || fail "tally scripts shows no description for $s"
    help=$("$TALLY" help "$s") || fail "tally help $s failed"
    case $help in *"@usage tally run $s"*) ;; *) fail "tally help $s: $help" ;; esac
done

# a team's shared folder: a script that requires a module beside it
mkdir -p "$tmp/shared" "$tmp/elsewhere"
cat > "$tmp/shared/teamlib.lua" <<'LUA'
return {greeting = function(n) return "报告" .. n .. "篇" end}
LUA
cat > "$tmp/shared/team-count.lua" <<'LUA'
--- Count the reports (a team script).
-- @usage tally run team-count FILE...
local lib = require "teamlib"
local opts, files = tally.args{shout = false}
print(lib.greeting(#files) .. (opts.shout and "!" or ""))
LUA
cat > "$tmp/shared/team-spawn.lua" <<'LUA'
--- Tries to run a program.
-- @usage tally run team-spawn
os.execute("true")
print("spawned")
LUA
cd "$tmp/elsewhere" || exit 1
out=$(TALLY_PATH="$tmp/shared" "$TALLY" run team-count a b --shout 2>&1)
[ "$out" = "报告2篇!" ] || fail "a script from \$TALLY_PATH with require beside it: $out"
TALLY_PATH="$tmp/shared" "$TALLY" scripts | grep -q "^team-count *Count the reports (a team script)." ||
    fail "tally scripts does not list the \$TALLY_PATH script"
TALLY_PATH="$tmp/shared" "$TALLY" help team-count | grep -q "@usage tally run team-count" ||
    fail "tally help of a \$TALLY_PATH script"
err=$(TALLY_PATH="$tmp/shared" "$TALLY" run team-spawn 2>&1); rc=$?
[ $rc -eq 1 ] && case $err in *"sandbox: os.execute is not allowed; run with --trust"*) true ;; *) false ;; esac ||
    fail "a shared script is not sandboxed: $rc $err"
out=$(TALLY_PATH="$tmp/shared" "$TALLY" run team-spawn --trust 2>&1)
[ "$out" = spawned ] || fail "--trust does not lift the sandbox: $out"
cd "$repo" || exit 1

# tally.args: bad options are usage errors naming what the script knows
err=$("$TALLY" run compare-figures --bogus 1 corpus/sample/01_sichuan_interview.txt 2>&1); rc=$?
[ $rc -eq 2 ] || fail "an unknown option exits $rc, not 2"
case $err in *"unknown option --bogus"*"--kind"*"--subject"*) ;; *) fail "unknown option message: $err" ;; esac
err=$("$TALLY" run keyness --top many --target x corpus/sample/*.txt 2>&1); rc=$?
[ $rc -eq 2 ] && case $err in *"--top needs a number, not 'many'"*) true ;; *) false ;; esac ||
    fail "a bad number: $rc $err"
err=$("$TALLY" run compare-figures --kind 2>&1); rc=$?
[ $rc -eq 2 ] || fail "a missing value exits $rc: $err"
for s in $mine; do
    "$TALLY" run "$s" >/dev/null 2>&1; rc=$?
    [ $rc -eq 2 ] || fail "$s without files exits $rc, not 2"
done
out=$("$TALLY" --trust -e 'local o, f = tally.args({n = 1, s = tally.args.string, w = false}, {"--n=3", "a", "--w", "--", "--n"}) return o.n, o.s, o.w, #f, f[2]')
[ "$out" = "$(printf '3\tnil\ttrue\t2\t--n')" ] || fail "tally.args parsing: $out"

[ $failed -eq 0 ] && echo "script library ok"
exit $failed
