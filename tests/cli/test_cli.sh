#!/usr/bin/env bash
# The command line: options, exit statuses, and every bad-input message.
. "$(dirname "$0")/lib.sh"

printf '全省进出口总额14.8亿元。\n' >"$tmp/a.txt"
printf '出口增长12%%。\n' >"$tmp/b.txt"
printf 'abc\0def' >"$tmp/binary.bin"
mkdir "$tmp/folder"
printf 'ok\xffok\n' >"$tmp/bad.txt"

expect 0 '^tally [0-9]+\.[0-9]+' -- "$T" --version
expect 0 'tally run SCRIPT' -- "$T" --help
expect 0 '^2$' -- "$T" -e '#docs' "$tmp/a.txt" "$tmp/b.txt"
expect 0 '14.8' -- "$T" -e 'docs[1].text' "$tmp/a.txt"

# unreadable inputs: named, the others still run, exit 2
expect 2 'missing.txt: No such file' -- "$T" -e 'for d in docs:each() do print("read", d.name) end' "$tmp/a.txt" "$tmp/missing.txt" "$tmp/b.txt"
grep -q 'read.a' "$tmp/out" && grep -q 'read.b' "$tmp/out" && ok || fail "other files did not run"
expect 2 'folder: the folder holds no .txt, .md or .html file' -- "$T" -e 'for d in docs:each() do end' "$tmp/folder"
expect 2 'binary.bin: binary file \(NUL byte at offset 3\)' -- "$T" -e 'for d in docs:each() do end' "$tmp/binary.bin"
expect 1 'missing.txt: No such file' -- "$T" -e 'assert(tally.open(arg[1]))' "$tmp/missing.txt"

# invalid bytes: a warning with the file and byte offset, the text still read
expect 0 'bad.txt: invalid UTF-8 byte at byte offset 2' -- "$T" -e 'for d in docs:each() do print(d.text) end' "$tmp/bad.txt"
grep -q $'ok\xef\xbf\xbdok' "$tmp/out" && ok || fail "U+FFFD missing from text"

# --encoding overrides detection
printf '\xd6\xd0\xce\xc4' >"$tmp/gbk.txt"
expect 0 '^中文$' -- "$T" --encoding GB18030 -e 'docs[1].text' "$tmp/gbk.txt"
expect 0 '^中文$' -- "$T" -e 'tally.open(arg[1], {encoding = "GBK"}).text' "$tmp/gbk.txt"
expect 2 "unknown encoding 'nope'" -- "$T" --encoding nope -e 'for d in docs:each() do end' "$tmp/a.txt"

# scripts: errors give script:line and a traceback, exit 1
cat >"$tmp/broken.lua" <<'LUA'
local function inner() error("the figure is missing") end
inner()
LUA
expect 1 'broken.lua:1: the figure is missing' -- "$T" run "$tmp/broken.lua"
grep -q 'stack traceback' "$tmp/err" && ok || fail "no traceback"
printf 'x = = 1\n' >"$tmp/syntax.lua"
expect 1 'syntax.lua:1:' -- "$T" run "$tmp/syntax.lua"
expect 2 "no script 'no-such-script'" -- "$T" run no-such-script
expect 2 'run needs a script' -- "$T" run
expect 2 "unknown option '-x'" -- "$T" -x
expect 2 '--format must be' -- "$T" --format xml -e '1'
expect 2 '--jobs takes a whole number' -- "$T" --jobs 0 -e '1'
expect 1 'stdin|command line' -- "$T" -e 'error("boom")'

# options stand before or after the script name; the script keeps its own
cat >"$tmp/args.lua" <<'LUA'
print(tally.options.format .. " " .. table.concat(arg, ","))
LUA
expect 0 '^jsonl --kind,growth,x.txt$' -- "$T" run "$tmp/args.lua" --format jsonl --kind growth x.txt
expect 0 '^csv --kind,growth$' -- "$T" --format csv run "$tmp/args.lua" --kind growth

# scripts by name on the script path
mkdir -p "$tmp/team"
printf -- '--- Says hello to the team.\n-- @usage tally run hello\nprint("hello " .. (arg[1] or ""))\n' >"$tmp/team/hello.lua"
TALLY_PATH="$tmp/team" expect 0 '^hello world$' -- "$T" run hello world
TALLY_PATH="$tmp/team" expect 0 'hello +Says hello to the team.' -- "$T" scripts
TALLY_PATH="$tmp/team" expect 0 '@usage tally run hello' -- "$T" help hello

# --output: whole or not at all, never an input
expect 0 '' -- "$T" --output "$tmp/out.txt" -e 'print("line one") print("line two")'
[ "$(cat "$tmp/out.txt")" = $'line one\nline two' ] && ok || fail "--output content"
expect 1 'not written' -- "$T" --output "$tmp/never.txt" -e 'print("half") error("stop")'
[ ! -e "$tmp/never.txt" ] && ok || fail "--output left a partial file"
ls "$tmp" | grep -q '\.tmp\.' && fail "temporary file left behind" || ok
cp "$tmp/a.txt" "$tmp/a.copy"
expect 2 'is one of the input files' -- "$T" --output "$tmp/a.txt" -e '#docs' "$tmp/a.txt"
cmp -s "$tmp/a.txt" "$tmp/a.copy" && ok || fail "an input file was changed"

# the Lua module loads in a stock interpreter
if command -v lua5.4 >/dev/null && [ -n "${TALLY_MODULE_DIR:-}" ] && [ "${TALLY_SANITIZED:-0}" != 1 ]; then
  expect 0 '^6$' -- lua5.4 -e "package.cpath='$TALLY_MODULE_DIR/?.so;'..package.cpath; local tally = require 'tally'; print(tally.width('中文ab'))"
fi

finish
