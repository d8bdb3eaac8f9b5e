#!/usr/bin/env bash
# Commands (issue 11): `tally run SCRIPT FILE...` binds docs; `tally run NAME
# --help`; a mistyped command is not a file; bad option and filter values are
# usage errors (exit 2) listing the valid values; tally.open returns nil,
# msg; -e prints tables and records as the REPL does; wide tables never clip
# numbers; binary formats are named with how to convert them; the README's
# growth.lua runs as written and reads full-width and falling rows.
. "$(dirname "$0")/lib.sh"
cd "$tmp" || exit 1
cp "$repo"/corpus/sample/*.txt .
export TALLY_PATH=

# tally run binds docs to the script's file arguments (not its options or their values)
printf 'local n = 0\nfor doc in docs:each() do n = n + 1 end\nprint(n, #arg)\n' > count.lua
expect 0 $'^3\t5$' -- "$T" run count.lua --label growth 01_sichuan_interview.txt 02_zhejiang_workreport.txt 03_yunnan_news.txt
expect 0 $'^8\t1$' -- "$T" run count.lua .
# tally run NAME --help is the script's help, not the global usage
expect 0 'Line up the same measured thing' -- "$T" run compare-figures --help
grep -q 'usage: tally  ' "$tmp/out" && fail "run NAME --help printed the global usage" || ok
expect 0 '@usage tally run figures' -- "$T" run figures -h
# after --, --help is the script's argument
printf 'print(arg[1])\n' > args.lua
expect 0 '^--help$' -- "$T" run args.lua -- --help

# a mistyped command is not a file
expect 2 "unknown command 'scirpts'; did you mean scripts\?" -- "$T" scirpts
expect 2 "unknown command 'rnu'; did you mean run\?" -- "$T" rnu figures x.txt
expect 2 "'frobnicate' is neither a command" -- "$T" frobnicate
expect 2 "'figures' is a script, not a command; did you mean tally run figures\?" -- "$T" figures x.txt
# a word that is a file is still a file (the REPL, here fed from a pipe)
printf '出口增长5%%。\n' > scripts_notes
echo '#docs' | "$T" scripts_notes > out 2>err; grep -q '1' out && ok || fail "a file named like a word: $(cat out err)"

# bad option values are usage errors that list the valid values
expect 2 "--kind: no such value 'growht' \(valid: money, quantity, percent, growth" -- "$T" run compare-figures --kind growht ./*.txt
expect 2 "--kind: no such value 'growht'" -- "$T" run figures --kind growht ./*.txt
expect 2 "--by: no such value 'province' \(valid: region, year, source, doc, date\)" -- "$T" run compare-figures --by province ./*.txt
expect 2 "--by: no such value 'province'" -- "$T" run compare-measures --by province ./*.txt
expect 2 "--by: no such value 'province'" -- "$T" run freq --by province ./*.txt
expect 2 "--kind: no such value 'moeny'" -- "$T" run claims --kind growth,moeny ./*.txt
expect 2 "--style: no such value 'bullets' \(valid: shi, ordinal, section, topic\)" -- "$T" run measures --style bullets ./*.txt
expect 2 "--figures: no such value 'maybe'" -- "$T" run outline --figures maybe ./*.txt
# ... and so is a filter value in a script, named with the script's line
expect 2 "\(command line\):1: figures: no kind 'moeny' \(kinds: money" -- "$T" -e 'return #docs[1]:figures{kind = "moeny"}' 01_sichuan_interview.txt
grep -q 'traceback' "$tmp/err" && fail "a usage error prints a traceback" || ok
printf 'return tally.compare.figures(docs, {by = "province"})\n' > by.lua
expect 2 "no such value 'province'" -- "$T" run by.lua ./*.txt
# a script's own error is still exit 1
expect 1 'boom' -- "$T" -e 'error("boom")'

# a capture group that took no part is nil; full-width digits in a capture read with tally.number
expect 0 $'^nil\tb\t4$' -- "$T" -e 'local m = tally.regex("(a)|(b)"):match("b"); return m[1], m[2], select("#", tally.regex("(a)|(b)"):find("b"))'
expect 0 $'^４．１\t4.1\tnil$' -- "$T" -e 'local m = tally.regex("增长(?<rate>[0-9.０-９．]+)%"):match("增长４．１%"); return m.rate, tally.number(m.rate), tonumber(m.rate)'

# tally.open returns nil, msg for a file it cannot read; raises for a wrong argument
expect 0 $'^nil\tmissing.txt: No such file' -- "$T" -e 'return tally.open("missing.txt")'
expect 1 'bad argument #1 to .open' -- "$T" -e 'return tally.open({})'

# binary formats say what they are and how to convert them
printf 'PK\003\004\024\000\000\000word/document.xml' > report.docx
printf '%%PDF-1.7\n%%\342\343\n' > report.pdf
printf '\320\317\021\340\241\261\032\341\000\000' > old.doc
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' > scan.png
expect 2 'report.docx: is a Word document \(.docx\); convert it to text first, e.g. `pandoc -t plain report.docx' -- "$T" -e 'for d in docs:each() do end' report.docx
expect 2 'report.pdf: is a PDF; extract its text first: `pdftotext -layout report.pdf' -- "$T" -e 'for d in docs:each() do end' report.pdf
expect 2 'old.doc: is a Word 97-2003 document' -- "$T" -e 'for d in docs:each() do end' old.doc
expect 2 'scan.png: is a PNG image; its text needs OCR' -- "$T" -e 'for d in docs:each() do end' scan.png
grep -q 'binary file' "$tmp/err" && fail "still called a binary file" || ok

# -e prints a table or a record as the REPL does, not table: 0x...
expect 0 '^figure +money +1,320,000,000,000 元' -- "$T" -e 'docs[1]:figures()[1]' 01_sichuan_interview.txt
expect 0 '^doc +region' -- "$T" -e 'docs:figures():head(3)' 01_sichuan_interview.txt
grep -q 'table: 0x' "$tmp/out" && fail "-e printed table: 0x" || ok
expect 0 '^a +b$' -- "$T" -e 'tally.table({{a = 1, b = "x"}})'
expect 0 '^7$' -- "$T" -e '3 + 4'
# ... and with --format or --output, a table returned is written in that format
expect 0 '' -- "$T" -e 'docs:figures()' --output figs.csv 01_sichuan_interview.txt
head -1 figs.csv | grep -q '^doc,region,date,source,text,value' && ok || fail "-e --output figs.csv: $(head -2 figs.csv)"
expect 0 '^\{"doc":"01_sichuan_interview"' -- "$T" -e 'docs:figures()' --format jsonl 01_sichuan_interview.txt
# wide tables (as the REPL fits them to the terminal) never clip numbers
expect 0 '486030000000' -- "$T" -e 'tally.pretty(tally.table({{subject = string.rep("进出口总额", 12), value = 486030000000, unit = "元", note = string.rep("说明", 20)}}), {width = 60})'
grep -q '4860300000…' "$tmp/out" && fail "a number was clipped: $(cat "$tmp/out")" || ok

# the README's growth.lua, as written, reads full-width rows and says which way the rate went
awk '/^```lua$/ {keep = 1; next} /^```$/ {if (keep) exit} keep' "$repo/README.md" > growth.lua
grep -q 'growth.lua' growth.lua || fail "README's first Lua block is not growth.lua"
"$T" run growth.lua ./*.txt > out 2>err || fail "growth.lua: $(cat err)"
grep -qE $'^01_sichuan_interview\t-4.1%' out && ok || fail "下降4.1% read as growth: $(cat out)"
grep -qE $'^04_hunan_news\t12.5%' out && ok || fail "full-width rows missed: $(cat out)"
grep -qE $'^06_fujian_interview\t3.6%' out && ok || fail "Traditional rows missed: $(cat out)"
# every build/tally line of the README's shell blocks runs as written, from the checkout
grep '^build/tally ' "$repo/README.md" > readme_lines
[ "$(wc -l < readme_lines)" -ge 3 ] && ok || fail "the README's tour lines were not found"
while IFS= read -r line; do
  (cd "$repo" && eval "\"\$T\"${line#build/tally}") >out 2>err && [ -s out ] && ok || fail "README: $line: $(head -c 300 err)"
done < readme_lines
# the exports paragraph, and the join of docs/compare.md
mkdir -p sample && cp "$repo"/corpus/sample/*.txt sample/
"$T" run compare-figures sample --output trade.csv && head -c 8 trade.csv | grep -q '^subject,' && ok || fail "README: --output trade.csv"
"$T" run compare-figures sample --format excel > trade-excel.csv && head -c 3 trade-excel.csv | od -An -tx1 | grep -q 'ef bb bf' && ok ||
  fail "README: --format excel"
"$T" run compare-figures sample --output trade.sqlite --table trade &&
  python3 -c 'import sqlite3; assert sqlite3.connect("trade.sqlite").execute("select count(*) from trade").fetchone()[0] > 0' && ok ||
  fail "README: --output trade.sqlite --table trade"
printf 'region,population\n四川省,8368\n浙江省,6627\n' > population.csv
cat > join.lua <<'LUA'
local pop = tally.read("population.csv")          -- region,population
local t = docs:figures{kind = "money"}:join(pop, "region", {how = "left"})
local with = t:where(function(r) return r.population end)
print(#t > 0 and #with > 0 and with[1].population == 8368 or with[1].population == 6627)
LUA
expect 0 '^true$' -- "$T" run join.lua sample

finish
