#!/usr/bin/env bash
# The store's stages under valgrind (no leaks, no invalid access): index with
# worker threads, re-index after an edit, a file that fails, --list, merge,
# --prune, and a script reading the store (c:where, c:figures, c:measures,
# each document's records, warnings printed again), and a damaged store.
. "$(dirname "$0")/lib.sh"
need_valgrind
need sqlite3 "sqlite3 (the shell) is not installed"

# vg NAME ARGS...: tally under valgrind, stdout in $tmp/NAME.out, stderr in
# $tmp/NAME.err; fails the check when valgrind finds an error (exit 99)
vg() {
  local name=$1; shift
  valgrind_tally "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
  local rc=$?
  [ $rc -ne 99 ] || { fail "$name" "valgrind: $(head -20 "$tmp/$name.err")"; return 99; }
  return $rc
}

cp corpus/sample/01_*.txt corpus/sample/02_*.txt corpus/sample/06_*.txt "$tmp/"
cd "$tmp" || exit 1
a=(01_*.txt 02_*.txt); b=06_*.txt

vg index --jobs 2 index --db a.db "${a[@]}" missing.txt; rc=$?
[ $rc -eq 2 ] && grep -q "indexed 3 files: 2 analysed, 0 unchanged, 1 failed" index.err \
  && ok "index with a failure" || fail index "rc $rc: $(cat index.err)"
echo "今年全市进出口总额增长百分之十二。" >>"${a[0]}"
vg reindex index --db a.db "${a[@]}"; rc=$?
[ $rc -eq 0 ] && grep -q "indexed 2 files: 1 analysed, 1 unchanged, 0 failed" reindex.err \
  && ok "re-index after an edit" || fail reindex "rc $rc: $(cat reindex.err)"
vg list index --db a.db --list "${a[@]}" $b; rc=$?
[ $rc -eq 0 ] && [ "$(cat list.out)" = "$(echo $b)" ] && ok "--list" || fail list "rc $rc: $(cat list.out list.err)"
vg shard index --db b.db $b && vg merge index --db a.db --merge b.db; rc=$?
[ $rc -eq 0 ] && grep -q "merged 1 stores: 1 documents added, 0 already there" merge.err \
  && ok "merge" || fail merge "rc $rc: $(cat merge.err)"

# a script over the store: narrowing, corpus tables, each document's records
vg read -e 'local c = tally.corpus("a.db")
local n = #c:figures() + #c:measures() + #c:where{kind = "growth"}:figures() + #c:paths()
for d in c:each() do n = n + #d:figures() + #d:measures() + #d:sentences() end
return n' ; rc=$?
[ $rc -eq 0 ] && [ "$(cat read.out)" -gt 100 ] && ok "script over the store ($(cat read.out))" \
  || fail read "rc $rc: $(cat read.out read.err)"

vg prune index --db a.db --prune "${a[@]}"; rc=$?
[ $rc -eq 0 ] && grep -q "pruned 1 documents" prune.err \
  && [ "$(sqlite3 a.db 'SELECT count(*) FROM figures WHERE doc NOT IN (SELECT id FROM documents)')" = 0 ] \
  && ok "prune (rows go with their document)" || fail prune "rc $rc: $(cat prune.err)"

cp a.db damaged.db
sqlite3 damaged.db "UPDATE documents SET text = ''"
vg damaged -e 'return #docs[1]:figures()' damaged.db; rc=$?
[ $rc -ne 0 ] && [ $rc -ne 99 ] && grep -q damaged damaged.err && ok "damaged store refused" \
  || fail damaged "rc $rc: $(cat damaged.err)"

finish
