#!/usr/bin/env bash
# figures --format jsonl|csv over many files: the workers write each
# report's rows (core/doc_records.c), and the output is byte for byte the
# same with --jobs 1, 2 and 3 and the same as the rows the Lua thread
# builds (c:figures():print(), a filter function), in corpus order.
set -uo pipefail
: "${TALLY:?TALLY must name the tally binary}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copies=3
if [ "${TALLY_SANITIZED:-0}" = 1 ]; then copies=1; fi # ASan's speed
# every paragraph of the sample reports (in their encodings, decoded) is a
# file, the whole set copied round: many small documents, some without figures
OUT=$tmp COPIES=$copies "$TALLY" --trust --quiet -e '
  local n = 0
  for copy = 1, tonumber(os.getenv("COPIES")) do
    for d in tally.corpus("corpus/sample/*.txt"):each() do
      for _, p in ipairs(d:paragraphs()) do
        n = n + 1
        local f = assert(io.open(string.format("%s/p%05d.txt", os.getenv("OUT"), n), "w"))
        f:write(p.text, "\n")
        f:close()
      end
    end
  end
  print(n .. " files")' || { echo "FAIL: could not write the corpus"; exit 1; }
files=("$tmp"/p*.txt)
fail=0
for fmt in jsonl csv; do
  for j in 1 2 3; do
    "$TALLY" run figures --quiet --jobs $j --format $fmt "${files[@]}" > "$tmp/out.$j.$fmt" ||
      { echo "FAIL: figures --jobs $j --format $fmt"; fail=1; }
  done
  # the rows built on the Lua thread: the whole table, printed
  "$TALLY" --quiet --format $fmt -e 'tally.corpus(arg):figures():print()' "${files[@]}" > "$tmp/lua.$fmt" ||
    { echo "FAIL: c:figures():print() --format $fmt"; fail=1; }
  for j in 2 3; do
    cmp -s "$tmp/out.1.$fmt" "$tmp/out.$j.$fmt" || { echo "FAIL: --jobs $j differs from --jobs 1 ($fmt)"; fail=1; }
  done
  cmp -s "$tmp/out.1.$fmt" "$tmp/lua.$fmt" || { echo "FAIL: worker rows differ from the Lua rows ($fmt)";
    diff "$tmp/out.1.$fmt" "$tmp/lua.$fmt" | head -5; fail=1; }
done
# the aligned table (figures' default format): cells made on the workers,
# lined up on the script's thread (core/table_text.c); the same bytes as
# the whole table built and printed by format.lua
cols='"doc", "text", "value", "value_max", "unit", "kind", "approx", "scope", "subject", "period", "subject_key", "period_key", "status", "region"'
for j in 1 2 3; do
  "$TALLY" run figures --quiet --jobs $j "${files[@]}" > "$tmp/table.$j" || { echo "FAIL: figures --jobs $j (table)"; fail=1; }
done
"$TALLY" --quiet -e "tally.corpus(arg):figures():select($cols):print()" "${files[@]}" > "$tmp/table.lua" ||
  { echo "FAIL: c:figures():select():print()"; fail=1; }
"$TALLY" --quiet -e "tally.corpus(arg):figures({kind = 'money'}):select($cols):print()" "${files[@]}" > "$tmp/table.money.lua" || fail=1
"$TALLY" run figures --quiet --jobs 2 --kind money "${files[@]}" > "$tmp/table.money" || fail=1
for j in 2 3; do
  cmp -s "$tmp/table.1" "$tmp/table.$j" || { echo "FAIL: the table with --jobs $j differs from --jobs 1"; fail=1; }
done
cmp -s "$tmp/table.1" "$tmp/table.lua" || { echo "FAIL: the workers' table differs from format.lua's";
  diff "$tmp/table.1" "$tmp/table.lua" | head -5; fail=1; }
cmp -s "$tmp/table.money" "$tmp/table.money.lua" || { echo "FAIL: the --kind money table differs"; fail=1; }
[ "$(wc -l < "$tmp/table.1")" -gt 200 ] && head -2 "$tmp/table.1" | grep -q '^doc  *text  *value' ||
  { echo "FAIL: the table has no header or few rows"; fail=1; }
# a script that puts its own table format in place is followed
"$TALLY" --quiet -e 'tally.formats.table = function(rows) return "own " .. #rows .. "\n" end
  tally.corpus(arg):print_rows("figures", nil, {"doc", "text"})' "${files[@]}" > "$tmp/own" || fail=1
grep -q '^own [0-9][0-9]*$' "$tmp/own" || { echo "FAIL: the script's own table format was not used: $(head -c 200 "$tmp/own")"; fail=1; }

# --kind: filtered on the workers, the same as a filter function on the Lua thread
"$TALLY" run figures --quiet --jobs 2 --format jsonl --kind growth "${files[@]}" > "$tmp/growth.jsonl" || fail=1
"$TALLY" --quiet --format jsonl -e '
  tally.corpus(arg):print_rows("figures", {kind = function(k) return k == "growth" end})' "${files[@]}" > "$tmp/growth.lua" || fail=1
cmp -s "$tmp/growth.jsonl" "$tmp/growth.lua" || { echo "FAIL: --kind growth differs from the Lua filter"; fail=1; }
# the output is real: rows in corpus order, every one a figure of its file
python3 - "$tmp/out.2.jsonl" "$tmp/growth.jsonl" <<'PY' || fail=1
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
docs = [r["doc"] for r in rows]
assert len(rows) > 200, len(rows)
assert docs == sorted(docs), "rows out of corpus order"
assert len(set(docs)) > 50, len(set(docs))
assert all(r["text"] and r["kind"] and isinstance(r["start"], int) for r in rows)
growth = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert growth and all(r["kind"] == "growth" for r in growth)
assert len(growth) == sum(1 for r in rows if r["kind"] == "growth")
print("ok:", len(rows), "rows of", len(set(docs)), "files;", len(growth), "growth rows")
PY
# a script that adds to the figure tables gets its own figures: the Lua path
"$TALLY" --quiet --format jsonl -e '
  tally.units.add{"头猪", unit = "头", kind = "quantity"}
  tally.corpus(arg):print_rows("figures")' "${files[@]:0:20}" > "$tmp/own.jsonl" ||
  { echo "FAIL: print_rows after tally.units.add"; fail=1; }
[ $fail -eq 0 ] && echo "ok: ${#files[@]} files, --jobs 1/2/3 and the Lua rows identical"
exit $fail
