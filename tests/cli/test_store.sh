#!/usr/bin/env bash
# The archive store (docs/scale.md) through the command line: `tally index`
# writes each document once, re-analyses only what changed (content or the
# analysis that produced it), drops vanished files with --prune, survives a
# killed run, merges shards into the store one run builds; and every library
# script prints over the store what it prints over the files.
. "$(dirname "$0")/lib.sh"
need sqlite3 "sqlite3 (the shell) is not installed"
need python3 "python3 is not installed"

# dump STORE: the store's content with paths in place of row ids
. "$repo/tests/cli/store_lib.sh"

summary() { grep '^indexed ' "$1"; }

# ---- a first index, and a second that analyses nothing ----
mkdir -p "$tmp/files"
cp corpus/sample/*.txt "$tmp/files/"
cd "$tmp"
"$TALLY" index --db s.db files/*.txt 2>err1; rc=$?
[ $rc -eq 0 ] && [ "$(summary err1)" = "indexed 8 files: 8 analysed, 0 unchanged, 0 failed" ] \
  && ok "first index" || fail "first index" "rc $rc: $(cat err1)"
[ "$(sqlite3 s.db 'PRAGMA integrity_check')" = ok ] && ok "integrity" || fail integrity "$(sqlite3 s.db 'PRAGMA integrity_check')"
n_fig=$(sqlite3 s.db "SELECT count(*) FROM figures")
n_live=$("$TALLY" -e 'local n = 0 for _, p in ipairs(arg) do n = n + #tally.open(p):figures() end return n' files/*.txt)
[ "$n_fig" = "$n_live" ] && [ "$n_fig" -gt 100 ] && ok "figures stored ($n_fig)" || fail "figure count" "store $n_fig, live $n_live"
enc=$(sqlite3 s.db "SELECT encoding FROM documents WHERE name = '06_fujian_interview'")
[ "$enc" = Big5 ] && ok "encoding stored" || fail encoding "$enc"
[ "$(sqlite3 s.db "SELECT typeof(value), typeof(start), typeof(kind) FROM figures LIMIT 1")" = "real|integer|text" ] \
  && ok "typed columns" || fail "typed columns" "$(sqlite3 s.db "SELECT typeof(value), typeof(start), typeof(kind) FROM figures LIMIT 1")"
"$TALLY" index --db s.db files/*.txt 2>err2
[ "$(summary err2)" = "indexed 8 files: 0 analysed, 8 unchanged, 0 failed" ] && ok "unchanged skipped" \
  || fail "second index" "$(cat err2)"

# ---- every library script prints the same over the store as over the files ----
declare -A script_args=(
  [figures]="" [measures]="" [outline]="" [compare-figures]="" [compare-measures]=""
  [freq]="" [kwic]="增长" [keyness]="--target 浙江省" [timeline]="--subject 进出口"
  [claims]=""
)
for s in "$repo"/scripts/*.lua; do
  name=$(basename "$s" .lua)
  [ "${script_args[$name]+set}" ] || fail "script list" "$name is not in this test's list: add its arguments"
done
for name in "${!script_args[@]}"; do
  for fmt in "" "--format jsonl"; do
    # shellcheck disable=SC2086
    "$TALLY" run "$repo/scripts/$name.lua" $fmt ${script_args[$name]} files/*.txt >out_files 2>&1; a=$?
    # shellcheck disable=SC2086
    "$TALLY" run "$repo/scripts/$name.lua" $fmt ${script_args[$name]} s.db >out_store 2>&1; b=$?
    if [ $a -ne $b ] || ! cmp -s out_files out_store || [ ! -s out_files ]; then
      fail "script $name $fmt" "files rc $a, store rc $b: $(diff out_files out_store | head -5)"
    else
      ok "script $name $fmt"
    fi
  done
done

# records a script sees: every field of every figure, measure and doc.meta
cat > records.lua <<'EOF'
local c = tally.corpus(arg)
for doc in c:each() do
  print(doc.name, doc.path, doc.encoding, #doc.text, tally.json.encode(doc.meta))
  print(#doc:sentences(), #doc:paragraphs(), doc.body and #doc.body, #doc:boilerplate(), #doc:turns())
  for _, f in ipairs(doc:figures()) do print(tally.json.encode(f)) end
  for _, m in ipairs(doc:measures()) do print(tally.json.encode(m)) end
  for _, d in ipairs(doc:dates()) do print(tally.json.encode(d)) end
end
print(#c, tally.json.encode(c:figures{kind = "growth"}[3]))
EOF
"$TALLY" run --trust records.lua files/*.txt >rec_files 2>&1
"$TALLY" run --trust records.lua s.db >rec_store 2>&1
cmp -s rec_files rec_store && [ "$(wc -l <rec_files)" -gt 300 ] && ok "document records equal" \
  || fail "document records" "$(diff rec_files rec_store | head -5)"

# c:figures() and doc:measures() over a store read its rows, not a new
# analysis: a value changed in the store is the value scripts see
cp s.db edited.db
sqlite3 edited.db "UPDATE figures SET value = 123456.5 WHERE seq = 1; UPDATE measures SET ordinal = 99 WHERE seq = 1"
q=$("$TALLY" -e 'return docs:figures()[1].value .. " " .. docs[1]:measures()[1].ordinal .. " " .. #docs:figures()' edited.db 2>&1)
[ "$q" = "123456.5 99 $n_fig" ] && ok "c:figures(), doc:measures() read the store" || fail "store rows" "$q"
# a store whose rows do not fit its text is refused, not read past the text
cp s.db notext.db
sqlite3 notext.db "UPDATE documents SET text = ''"
"$TALLY" -e 'return #docs[1]:figures()' notext.db >q 2>&1; rc=$?
[ $rc -ne 0 ] && grep -q "damaged" q && ok "damaged store refused" || fail "damaged store" "rc $rc: $(cat q)"
# c:where narrows documents in the store, before any text is read
w=$("$TALLY" -e 'return #docs:where{region = "浙江省"} .. " " .. #docs:where{region = {"浙江省", "湖北省"}}' notext.db 2>&1)
w="$w $("$TALLY" -e 'return #docs:where{kind = "rank"}:figures()' s.db 2>&1)"
want_rank=$("$TALLY" -e 'local n = 0 for d in docs:each() do if #d:figures{kind = "rank"} > 0 then n = n + #d:figures() end end return n' files/*.txt)
[ "$w" = "1 2 $want_rank" ] && ok "c:where" || fail "c:where" "got '$w', want '1 2 $want_rank'"
# figure fields figA added are columns too: period_key narrows to documents with such a figure
w=$("$TALLY" -e 'return #docs:where{period_key = "2024-H1"} .. " " .. #docs:where{region = "浙江省", status = "target"}' notext.db 2>&1)
want=$("$TALLY" -e 'local a, b = 0, 0
for d in docs:each() do
  if #d:figures{period_key = "2024-H1"} > 0 then a = a + 1 end
  if d.meta.region == "浙江省" and #d:figures{status = "target"} > 0 then b = b + 1 end
end
return a .. " " .. b' files/*.txt)
[ "$w" = "$want" ] && [ "${want% *}" -gt 0 ] && ok "c:where on period_key, status" || fail "where period_key" "got '$w', want '$want'"
"$TALLY" -e 'return #docs:where{colour = "red"}' s.db >q 2>&1
grep -q "no column 'colour'" q && ok "c:where names a bad column" || fail "where bad column" "$(cat q)"

# ---- edits, removals, failures ----
echo "另据统计，全年实现出口增长7.7%。" >> files/02_zhejiang_workreport.txt
"$TALLY" index --db s.db files/*.txt 2>err3
[ "$(summary err3)" = "indexed 8 files: 1 analysed, 7 unchanged, 0 failed" ] && ok "edited re-analysed" \
  || fail "edit" "$(cat err3)"
"$TALLY" run "$repo/scripts/figures.lua" --format jsonl files/*.txt >a 2>&1
"$TALLY" run "$repo/scripts/figures.lua" --format jsonl s.db >b 2>&1
grep -q '"text":"7.7%"' b && cmp -s a b && ok "edited figures stored" || fail "edited figures" "$(diff a b | head -3)"
# decoding warnings are stored, and printed again when the store is read
echo "新增一句：出口增长7.7%。" >> files/06_fujian_interview.txt   # UTF-8 in a Big5 file
"$TALLY" index --db s.db files/*.txt 2>err3b
"$TALLY" run "$repo/scripts/figures.lua" --format jsonl files/*.txt >a 2>&1
"$TALLY" run "$repo/scripts/figures.lua" --format jsonl s.db >b 2>&1
nw=$(sqlite3 s.db "SELECT count(*) FROM warnings")
grep -q "invalid Big5" err3b && [ "$nw" -gt 0 ] && grep -q "invalid Big5" b && cmp -s a b \
  && ok "warnings stored ($nw) and printed again" || fail "warnings" "$nw stored: $(diff a b | head -3)"
rm files/08_hubei_interview.txt
"$TALLY" index --db s.db --prune files 2>err4
grep -q "pruned 1 documents" err4 && [ "$(summary err4)" = "indexed 7 files: 0 analysed, 7 unchanged, 0 failed" ] \
  && [ "$(sqlite3 s.db 'SELECT count(*) FROM documents')" = 7 ] && ok "--prune" || fail prune "$(cat err4)"
"$TALLY" index --db s.db files missing.txt 2>err5; rc=$?
[ $rc -eq 2 ] && grep -q "missing.txt" err5 && [ "$(summary err5)" = "indexed 8 files: 0 analysed, 7 unchanged, 1 failed" ] \
  && ok "missing file named, others kept" || fail "missing file" "rc $rc: $(cat err5)"

# ---- a store from another analysis is never read silently ----
sqlite3 s.db "UPDATE documents SET analysis = '0.0.0/0000000000000000' WHERE name = '01_sichuan_interview'"
"$TALLY" -e 'return #docs' s.db >q 2>&1; rc=$?
[ $rc -ne 0 ] && grep -q "another build of tally" q && ok "stale store refused" || fail "stale refused" "rc $rc: $(cat q)"
"$TALLY" index --db s.db files 2>err6
[ "$(summary err6)" = "indexed 7 files: 1 analysed, 6 unchanged, 0 failed" ] && ok "stale document re-analysed" \
  || fail "stale re-analysed" "$(cat err6)"

# ---- an interrupted run leaves a valid store, and the next one continues ----
python3 "$repo/bench/make_archive.py" 600 big
"$TALLY" index --db whole.db --jobs 1 big 2>/dev/null
"$TALLY" index --db cut.db --jobs 1 big 2>/dev/null &
pid=$!
for _ in $(seq 400); do
  n=$(sqlite3 cut.db "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
  [ "${n:-0}" -ge 100 ] && break
  sleep 0.02
done
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
n=$(sqlite3 cut.db "SELECT count(*) FROM documents")
[ "$(sqlite3 cut.db 'PRAGMA integrity_check')" = ok ] && [ "$n" -ge 100 ] && ok "killed run left $n documents, store valid" \
  || fail "killed run" "$n documents, $(sqlite3 cut.db 'PRAGMA integrity_check')"
if [ "$n" -lt 600 ]; then
  "$TALLY" index --db cut.db --jobs 1 big 2>err7
  [ "$(summary err7)" = "indexed 600 files: $((600 - n)) analysed, $n unchanged, 0 failed" ] && ok "next run continued" \
    || fail "continue" "$(summary err7) (after $n)"
else
  echo "note: the run finished before it was killed; the continuation was not exercised"
fi
dump whole.db >d_whole
dump cut.db >d_cut
cmp -s d_whole d_cut && ok "continued store equals one run" || fail "continued store" "$(diff d_whole d_cut | head -3)"

# ---- map and reduce: shards built from lists, merged ----
find big -name '*.txt' | sort >all.list
head -350 all.list >a.list
tail -n +251 all.list >b.list   # 100 documents in both shards
"$TALLY" index --db shard_a.db --files-from a.list 2>/dev/null
"$TALLY" index --db shard_b.db --files-from b.list 2>/dev/null
"$TALLY" index --db merged.db --merge shard_a.db shard_b.db 2>err8
grep -q "merged 2 stores: 600 documents added, 100 already there" err8 && ok "merge" || fail merge "$(cat err8)"
"$TALLY" index --db merged.db --merge shard_b.db shard_a.db 2>err9
grep -q "0 documents added, 700 already there" err9 && ok "merge is idempotent" || fail "merge again" "$(cat err9)"
dump merged.db >d_merged
cmp -s d_whole d_merged && ok "merged store equals one run" || fail "merged store" "$(diff d_whole d_merged | head -3)"
"$TALLY" index --db merged.db --merge all.list 2>q; rc=$?
[ $rc -eq 2 ] && grep -q "not a tally store" q && ok "merge refuses a non-store" || fail "merge non-store" "rc $rc: $(cat q)"

# the store a script reads over 600 documents equals the files
"$TALLY" run "$repo/scripts/compare-figures.lua" "big/*/*.txt" >cf_files 2>&1
"$TALLY" run "$repo/scripts/compare-figures.lua" merged.db >cf_store 2>&1
cmp -s cf_files cf_store && [ -s cf_files ] && ok "compare-figures over 600" || fail "compare-figures 600" "$(diff cf_files cf_store | head -3)"

cd "$repo"
finish
