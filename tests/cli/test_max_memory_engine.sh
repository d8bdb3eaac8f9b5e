#!/usr/bin/env bash
# --max-memory covers the engine's libraries too (core/memory_limit.c):
# work a script asks of ICU (the word breaker on a long unpunctuated run:
# about 11 bytes of ICU heap a byte of text) or of PCRE2 (the interpreter's
# backtracking frames) passes the cap while the script's own Lua memory
# stays far below it, and the run ends with the limit's message, exit 1 and
# no output file; on the script's thread and on the read-ahead workers.
# The same work under a cap it fits in, or with no cap, succeeds.
. "$(dirname "$0")/lib.sh"
cd "$tmp" || exit 1
limit_msg='script stopped: it needed more memory than --max-memory 20 MB'

# ICU: 3.3 MB of text, about 36 MB of ICU heap while it is broken into words
cat >tokens.lua <<'EOF'
local s = string.rep("经济社会发展取得新成效", tonumber(arg[1]))
local n = #tally.tokenize(s)
print(n, math.floor(collectgarbage("count") / 1024))
EOF
"$T" run --trust tokens.lua 100000 >free.out 2>&1; rc=$?
read -r n lua_mb <free.out
[ $rc -eq 0 ] && [ "$n" = 600000 ] && [ "$lua_mb" -lt 8 ] \
  && ok "ICU tokens, no cap: $n tokens, the script's Lua ${lua_mb} MB" || fail "tokens without a cap: rc $rc: $(cat free.out)"
"$T" run --trust --max-memory 20 --output out.txt tokens.lua 100000 >capped.out 2>capped.err; rc=$?
[ $rc -eq 1 ] && grep -qF "$limit_msg" capped.err && [ ! -e out.txt ] && ! ls out.txt.tmp.* >/dev/null 2>&1 \
  && ok "ICU work over the cap ends the run, no output file" || fail "tokens over the cap: rc $rc: $(cat capped.err)"
"$T" run --trust --max-memory 20 --output small.txt tokens.lua 1000 2>small.err; rc=$?
[ $rc -eq 0 ] && grep -q '^6000' small.txt && ok "the same work that fits the cap runs" || fail "small tokens: rc $rc: $(cat small.err)"

# ICU on the read-ahead worker threads (--jobs 2): the documents' tokens
"$T" --trust -e 'io.open("long.txt", "w"):write(string.rep("经济社会发展取得新成效", 100000), "\n")'
printf '今年全省增长百分之五。\n' >short.txt
each='local n = 0 for d in docs:each{analyse = {"tokens"}} do n = n + #d:tokens() end print(n)'
"$T" --jobs 2 --max-memory 20 --output each.txt -e "$each" short.txt long.txt 2>each.err; rc=$?
[ $rc -eq 1 ] && grep -qF "$limit_msg" each.err && [ ! -e each.txt ] \
  && ok "over the cap on a worker thread" || fail "workers over the cap: rc $rc: $(cat each.err)"
"$T" --jobs 2 --max-memory 20 -e "$each" short.txt short.txt >each_small.out 2>&1; rc=$?
[ $rc -eq 0 ] && [ "$(cat each_small.out)" -gt 0 ] && ok "workers within the cap" || fail "workers small: rc $rc: $(cat each_small.out)"

# PCRE2: the interpreter's backtracking frames (TALLY_REGEX_JIT=0 asks for it)
cat >regex.lua <<'EOF'
local s = string.rep("ab", tonumber(arg[1])) .. "c"
local re = tally.regex("^(?:(a)(x)?(y)?(z)?(w)?(v)?(u)?|(b)(x)?(y)?(z)?(w)?(v)?(u)?)*c")
print(re:test(s), math.floor(collectgarbage("count") / 1024))
EOF
TALLY_REGEX_JIT=0 "$T" run --trust regex.lua 10000 >re_free.out 2>&1; rc=$?
read -r matched lua_mb <re_free.out
[ $rc -eq 0 ] && [ "$matched" = true ] && [ "$lua_mb" -lt 2 ] \
  && ok "PCRE2 match, no cap (the script's Lua ${lua_mb} MB)" || fail "regex without a cap: rc $rc: $(cat re_free.out)"
TALLY_REGEX_JIT=0 "$T" run --trust --max-memory 20 --output re.txt regex.lua 10000 2>re.err; rc=$?
[ $rc -eq 1 ] && grep -qF "$limit_msg" re.err && [ ! -e re.txt ] \
  && ok "PCRE2 frames over the cap end the run, no output file" || fail "regex over the cap: rc $rc: $(cat re.err)"
TALLY_REGEX_JIT=0 "$T" run --trust --max-memory 20 regex.lua 1000 >re_small.out 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q '^true' re_small.out && ok "a match that fits the cap runs" || fail "small regex: rc $rc: $(cat re_small.out)"

finish
