#!/usr/bin/env bash
# The REPL in a real terminal: tmux types into it and reads the screen back.
# Multi-line input, Tab completion, editing Chinese, Ctrl-C, errors, help,
# .load, history across sessions; and the REPL fed from a pipe.
. "$(dirname "$0")/lib.sh"
need tmux "tmux not installed (tools/install-deps.sh installs it)"
sock="tally-test-$$"
tm() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() { tm kill-server 2>/dev/null; rm -rf "$tmp"; }
# sanitizer builds start and run slower
timeout_s=${TALLY_REPL_TIMEOUT:-10}

# the screen and what scrolled off it since the last clear_screen
screen() { tm capture-pane -p -t repl -S -; }
# wait_for REGEX: polls the screen until a line matches, up to timeout_s
wait_for() {
  local deadline=$((SECONDS + timeout_s))
  while [ $SECONDS -le $deadline ]; do
    screen | grep -qE -- "$1" && return 0
    sleep 0.05
  done
  return 1
}
expect_screen() { # REGEX WHAT
  if wait_for "$1"; then ok; else fail "$2: no line matching /$1/; the screen:"; screen | sed 's/^/  | /' >&2; fi
}
# lines that begin with a prompt, in the whole scrollback
prompts() { tm capture-pane -p -t repl -S - | grep -cE '^>>? ?'; }
# send_line TEXT: types TEXT literally (no key names) and Enter
send_line() { tm send-keys -t repl -l -- "$1"; tm send-keys -t repl Enter; }
# type_line TEXT: the same, then waits for the next prompt, as a person
# would: keys typed while a query runs are echoed by the terminal, not the
# line editor, and would garble the screen
type_line() { tm send-keys -t repl -l -- "$1"; press_key Enter; }
press_enter() { press_key Enter; }
# tab_completes TEXT REGEX WHAT: types TEXT and Tab; the screen then shows
# REGEX (the check WHAT); the line is left as it is
tab_completes() { tm send-keys -t repl -l -- "$1"; tm send-keys -t repl Tab; expect_screen "$2" "$3"; }
# press_key KEY: a key that ends the line (Enter, C-c), then waits for a prompt
press_key() {
  local before; before=$(prompts)
  tm send-keys -t repl "$1"
  local deadline=$((SECONDS + timeout_s))
  while [ $SECONDS -le $deadline ]; do
    [ "$(prompts)" -gt "$before" ] && return 0
    sleep 0.02
  done
  fail "no prompt after $1; the screen:"; screen | sed 's/^/  | /' >&2
}
clear_screen() { tm send-keys -t repl C-l; tm clear-history -t repl; }

start_session() { # env assignments and arguments for tally
  tm kill-session -t repl 2>/dev/null
  tm -u new-session -d -s repl -x 120 -y 40 \
    "trap '' INT; env -u XDG_STATE_HOME LANG=C.UTF-8 HOME='$tmp/home' $* ; echo \"[tally exited \$?]\"; exec sleep 600"
  wait_for '^> ?$' || { fail "no prompt: $*"; screen >&2; }
}

mkdir -p "$tmp/home"
# a session that outlives the REPL's, so that the server does not exit (and
# race the next new-session) each time a REPL session is replaced
tm new-session -d -s keep "exec sleep 3600" || { echo "SKIP: tmux cannot start a server"; exit 77; }
printf '今年上半年，全省外贸进出口总额14.8亿元，同比增长12.5%%。\n一是稳外贸。二是促消费。\n' >"$tmp/a.txt"
printf 'loaded_value = 6 * 7\n' >"$tmp/script.lua"

# ---- session 1 ---------------------------------------------------------------
start_session "XDG_STATE_HOME='$tmp/state'" "$T" "$tmp/a.txt"
expect_screen '1 document in `docs`' "banner"

# a multi-line function, then a call
type_line 'function twice(n)'
expect_screen '^>> ?$' "continuation prompt"
type_line '  return n * 2'
type_line 'end'
type_line 'twice(21)'
expect_screen '^42$' "multi-line function called"

# Tab completes a method after ':' and a field of the module after '.'
type_line 'doc = docs[1]'
tab_completes 'doc:to' '^> doc:tokens\($' "doc:to<TAB> completes to doc:tokens("
tm send-keys -t repl ')' Home '#'; press_enter
want=$("$T" -e '#docs[1]:tokens()' "$tmp/a.txt")
expect_screen "^$want\$" "the completed call runs (#doc:tokens() = $want)"
tab_completes 'twi' '^> twice\($' "a global function completes with its ("
tm send-keys -t repl C-u
tab_completes 'doc.na' '^> doc\.name$' "a document's field completes after '.'"
tm send-keys -t repl C-u
tab_completes 'tally.wid' '^> tally\.width\($' "tally.wid<TAB> completes to tally.width("
tm send-keys -t repl -l '"进出口")'; press_enter
expect_screen '^6$' "tally.width of three Chinese characters"
# a field a Lua-side library sets, which runs on first use (core/module.c)
tm send-keys -t repl -l 'tally.stopw'; tm send-keys -t repl Tab
expect_screen '^> tally\.stopwords$' "tally.stopw<TAB> completes to a field of a library not yet run"
tm send-keys -t repl C-u
# several candidates are listed under the line, which stays as typed
tab_completes 'tally.t' 'tokenize\( +traditional\(' "tally.t<TAB> lists tokenize( and traditional("
expect_screen '^> tally\.t$' "the line is shown again after the list"
tm send-keys -t repl C-u

# inside a string, and after .load, Tab completes file names
tab_completes "d2 = tally.open(\"$tmp/a.t" "^> d2 = tally.open\\(\"$tmp/a\\.txt\"\$" "a file name in a string, closed by its quote"
tm send-keys -t repl C-u
tab_completes ".load $tmp/scr" "^> \\.load $tmp/script\\.lua\$" ".load completes a file name"
tm send-keys -t repl C-u

# Chinese: move left over two wide characters, delete the one before them
clear_screen
tm send-keys -t repl -l 'x = "进出口总额"'
tm send-keys -t repl Left Left BSpace
expect_screen '^> x = "进出口额"$' "the edited line is redisplayed"
press_enter
type_line 'x'
expect_screen '^"进出口额"$' "deleting 总 from the middle of 进出口总额"
# and inserting in the middle
tm send-keys -t repl -l 'y = "甲丙"'; tm send-keys -t repl Left Left; tm send-keys -t repl -l '乙'
press_enter
type_line 'y'
expect_screen '^"甲乙丙"$' "inserting 乙 between two wide characters"

# Ctrl-C stops a running loop; the session and its variables live on
clear_screen
type_line 'n = 0'
send_line 'print("spinning") while true do n = n + 1 end'
wait_for '^spinning$' || fail "the loop did not start"
tm send-keys -t repl C-c
expect_screen 'interrupted' "Ctrl-C interrupts the loop"
type_line '1+1'
expect_screen '^2$' "the session goes on after Ctrl-C"
type_line 'n > 0, x'
expect_screen '^true	"进出口额"$|^true +"进出口额"$' "variables survive the interrupt"
# Ctrl-C while typing drops the line
tm send-keys -t repl -l 'this is not Lua'
wait_for '^> this is not Lua$' || fail "the half-typed line is not shown"
press_key C-c
type_line '1+2'
expect_screen '^3$' "Ctrl-C on a half-typed line gives a fresh prompt"

# a Lua error prints its message and the session goes on
clear_screen
type_line 'error("the figure is missing")'
expect_screen 'stdin:1: the figure is missing' "the error's message"
type_line 'twice(5)'
expect_screen '^10$' "functions survive an error"

# values are printed pretty
clear_screen
type_line 'doc'
expect_screen '^Doc  a  [0-9,]+ bytes  [0-9,]+ chars  2 paragraphs' "a document's summary"
type_line 'docs'
expect_screen '^Corpus of 1 document$' "the corpus as a table"

# help and dot-commands
clear_screen
type_line '.help'
expect_screen '^  tally\.open\(path \[, opts\]\) +Reads and decodes a report\.$' ".help lists the API"
expect_screen '^  \.load FILE' ".help lists the commands"
clear_screen
type_line 'help(doc.tokens)'
expect_screen '^Doc:tokens\(\[opts\]\)$' "help(doc.tokens) names the method"
expect_screen "Words by ICU's word break" "help(doc.tokens) prints its documentation"
type_line ".load $tmp/script.lua"
type_line 'loaded_value'
expect_screen '^42$' ".load runs a script into the session"
type_line '.nope'
expect_screen "unknown command '.nope'" "an unknown command is named"

# Ctrl-D leaves
tm send-keys -t repl C-d
expect_screen '^\[tally exited 0\]$' "Ctrl-D leaves with status 0"
if [ -s "$tmp/state/tally/history" ] && grep -q 'loaded_value' "$tmp/state/tally/history"; then ok
else fail "history not saved in \$XDG_STATE_HOME/tally/history"; fi

# ---- session 2: the history is back ---------------------------------------------
start_session "XDG_STATE_HOME='$tmp/state'" "$T"
expect_screen '^tally [0-9.]+: \.help for help, Ctrl-D to leave$' "the banner without files"
tm send-keys -t repl Up
expect_screen '^> \.nope$' "Up recalls the last line of the previous session"
tm send-keys -t repl Up
expect_screen '^> loaded_value$' "and the one before it"
tm send-keys -t repl C-u C-d
expect_screen '^\[tally exited 0\]$' "second session ends"

# without XDG_STATE_HOME, history goes to ~/.local/state/tally/history
start_session "$T"
type_line 'history_here = true'
tm send-keys -t repl C-d
expect_screen '^\[tally exited 0\]$' "third session ends"
grep -q 'history_here' "$tmp/home/.local/state/tally/history" 2>/dev/null && ok \
  || fail "history not saved in ~/.local/state/tally/history"

# ---- a pipe: no prompts, values printed, errors on stderr ------------------------
out=$(printf 'x=1\nx+1\n' | HOME="$tmp/home" "$T" 2>"$tmp/err"); rc=$?
[ "$out" = "2" ] && [ $rc -eq 0 ] && ok || fail "printf 'x=1\\nx+1\\n' | tally printed '$out' (exit $rc)"
out=$(printf 'function f(a)\n  return a .. "!"\nend\nerror("bad")\nf("好")\n' | HOME="$tmp/home" "$T" 2>"$tmp/err"); rc=$?
[ "$out" = '"好!"' ] && [ $rc -eq 1 ] && grep -q 'stdin:1: bad' "$tmp/err" && ok \
  || fail "piped chunks with an error: out '$out', exit $rc, stderr $(head -c 200 "$tmp/err")"

# incomplete chunks continue: a table, a long string, a string ending in \
out=$(printf 't = {\n  1,\n  2}\n#t\ns = [[abc\ndef]]\ns\nu = "x\\\ny"\nu\n' | HOME="$tmp/home" "$T" 2>"$tmp/err")
[ "$out" = $'2\n"abc\\ndef"\n"x\\ny"' ] && ok || fail "continued chunks printed '$out' ($(head -c 200 "$tmp/err"))"
# dot-commands work from a pipe too; a failing .load is reported and the session goes on
out=$(printf '.load %s\nloaded_value\n.load %s/none.lua\n1\n' "$tmp/script.lua" "$tmp" | HOME="$tmp/home" "$T" 2>"$tmp/err"); rc=$?
[ "$out" = $'42\n1' ] && [ $rc -eq 1 ] && grep -q "no script '$tmp/none.lua'" "$tmp/err" && ok \
  || fail ".load from a pipe: out '$out', exit $rc, stderr $(head -c 200 "$tmp/err")"

# running out of --max-memory is an error like any other: the session goes on
out=$(printf 'x = 1\nbig = string.rep("x", 3*1024*1024)\nx + 1\nbig2 = big .. big .. big\n#big\n' \
  | HOME="$tmp/home" "$T" --max-memory 8 2>"$tmp/err"); rc=$?
[ "$out" = $'2\n3145728' ] && [ $rc -eq 1 ] && grep -q 'memory' "$tmp/err" && ok \
  || fail "--max-memory in a piped session: out '$out', exit $rc, stderr $(head -c 200 "$tmp/err")"

# ---- valgrind over a piped session that prints every kind of value ----------------
# (on the PCRE2 JIT path, its over-reads suppressed by tests/valgrind/pcre2-jit.supp)
if [ "${TALLY_SANITIZED:-0}" != 1 ] && command -v valgrind >/dev/null; then
  printf 'doc = docs[1]\ndoc\ndocs\ndoc:tokens()\ndoc:sentences()[1]\n{1, "二", a = {b = true}}\nhelp(doc.tokens)\nerror("x")\ntwice = function(n)\n  return 2 * n\nend\ntwice(4)\n' \
    | HOME="$tmp/home" valgrind -q --suppressions="$repo/tests/valgrind/pcre2-jit.supp" --leak-check=full --errors-for-leak-kinds=definite,indirect \
      --error-exitcode=3 "$T" "$tmp/a.txt" >"$tmp/vg.out" 2>"$tmp/vg.err"
  rc=$?
  if [ $rc -eq 1 ] && grep -q '^8$' "$tmp/vg.out"; then ok
  else fail "valgrind on a piped session: exit $rc; $(grep -v '^tally: \|^stack\|^	' "$tmp/vg.err" | head -20)"; fi
fi

finish
