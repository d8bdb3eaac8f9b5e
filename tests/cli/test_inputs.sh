#!/usr/bin/env bash
# Inputs (issue 11): `-` is standard input, a folder is read recursively in
# byte order, `**` in a quoted glob recurses, a glob matching nothing is an
# error naming it, a path that exists is that file even with [ * ? in its
# name, --files-from FILE|- reads a list, and every library script takes
# quoted globs and folders.
. "$(dirname "$0")/lib.sh"
cd "$tmp" || exit 1
mkdir -p archive/2021/h1 archive/2022 archive/.hidden
printf '全省外贸进出口总额14.8亿元，同比增长12%%。\n' > archive/2021/h1/hebei.txt
printf '全省出口增长5%%。\n' > archive/2021/qinghai.md
printf '<html><body><p>进口下降3%%。</p></body></html>\n' > archive/2022/gansu.html
printf 'not a report\n' > archive/2022/notes.csv
printf '进出口增长1%%。\n' > archive/.hidden/secret.txt
printf '进出口增长2%%。\n' > archive/top.TXT

names='for d in docs:each() do print(d.path) end'
# a folder: its reports, recursively, in byte order; hidden entries and other files left out
"$T" -e "$names" archive > got 2>err
printf '%s\n' archive/2021/h1/hebei.txt archive/2021/qinghai.md archive/2022/gansu.html archive/top.TXT > want
if cmp -s got want; then ok; else fail "folder order: $(cat got err)"; fi

# ** recurses (zero or more folders), * does not
"$T" -e "$names" 'archive/**/*.txt' > got 2>err
printf '%s\n' archive/2021/h1/hebei.txt > want
if cmp -s got want; then ok; else fail "'archive/**/*.txt': $(cat got err)"; fi
expect 0 '^1$' -- "$T" -e '#docs' 'archive/*/*.md'
expect 0 '^2$' -- "$T" -e '#docs' 'archive/**/*.[tm][xd]*'
# a glob that matches nothing is an error naming it; the other inputs still run
expect 2 "nothing/\*\*/\*.txt: no file matches" -- "$T" -e "$names" 'nothing/**/*.txt' archive/top.TXT
grep -q '^archive/top.TXT$' "$tmp/out" && ok || fail "the other input did not run"
# a folder without reports is named
mkdir empty
expect 2 "empty: the folder holds no .txt, .md or .html file" -- "$T" -e '#docs' empty

# - is standard input
printf '全省进出口总额下降4.1%%。\n' | "$T" -e 'docs[1].name .. " " .. #docs[1]:figures()' - > got 2>err
grep -q '^stdin 1$' got && ok || fail "stdin: $(cat got err)"

# a path that exists is that file even when its name looks like a glob
printf '全省出口增长7%%。\n' > 'report[1].txt'
printf 'decoy\n' > report1.txt
expect 0 '^report\[1\]\.txt$' -- "$T" -e "$names" 'report[1].txt'
printf 'star\n' > 'a*b.txt'
expect 0 '^1$' -- "$T" -e '#docs' 'a*b.txt'

# --files-from FILE and -, one path a line (CRLF too), folders read whole
printf 'archive/2021/qinghai.md\r\n\narchive/2022\n' > list.txt
"$T" --files-from list.txt -e "$names" > got 2>err
printf '%s\n' archive/2021/qinghai.md archive/2022/gansu.html > want
if cmp -s got want; then ok; else fail "--files-from: $(cat got err)"; fi
printf 'archive/top.TXT\n' | "$T" -e "$names" --files-from - > got 2>err
grep -qx 'archive/top.TXT' got && ok || fail "--files-from -: $(cat got err)"
expect 2 'files-from no-such-list: No such file' -- "$T" -e '#docs' --files-from no-such-list
# a line is read as an argument is: a listed glob is expanded, one that matches nothing named
printf 'archive/*.TXT\nmissing/*.txt\n' > globs.txt
expect 2 'missing/\*\.txt: no file matches' -- "$T" -e "$names" --files-from globs.txt
grep -qx 'archive/top.TXT' "$tmp/out" && ok || fail "a listed glob"
# --files-from feeds a script's docs and its arguments
printf 'archive/2021/h1/hebei.txt\n' > one.txt
expect 0 '14.8' -- "$T" run figures --files-from one.txt

# every library script takes quoted globs and folders
for s in figures measures outline compare-figures compare-measures freq timeline claims; do
  extra=; [ "$s" = timeline ] && extra="--subject 进出口"
  "$T" run $s $extra --all 'archive/**/*.txt' archive >out 2>err </dev/null
  rc=$?
  if [ $rc -ne 0 ] && grep -qE 'unknown option --all' err; then
    "$T" run $s $extra 'archive/**/*.txt' archive >out 2>err </dev/null; rc=$?
  fi
  if [ $rc -ne 0 ] || grep -qE 'No such file|no file matches' err; then fail "$s with a glob and a folder: exit $rc: $(head -c 300 err)"; else ok; fi
done
expect 0 'hebei' -- "$T" run kwic 进出口 'archive/**/*.txt'
expect 0 '' -- "$T" run keyness --target hebei --by doc 'archive/**/*' --min 1

finish
