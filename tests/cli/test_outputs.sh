#!/usr/bin/env bash
# Outputs (issue 11): the format from --output's extension, an unknown one
# refused before anything is written; SQLite output read back by Python's
# sqlite3 (typed columns, one table per result, --table, whole or nothing,
# t:write into an existing database); CSV with CRLF and a BOM for Excel;
# tally.read of what tally wrote; every library script in every format.
. "$(dirname "$0")/lib.sh"
need python3 "python3 is needed to parse the output"
cd "$tmp" || exit 1
sample=("$repo"/corpus/sample/*.txt)

# --output's extension chooses the format
"$T" run figures --output f.csv "${sample[@]}" 2>err || fail "figures --output f.csv: $(cat err)"
python3 - <<'PY' && ok || fail "f.csv is not RFC 4180 csv"
import csv
data = open("f.csv", encoding="utf-8", newline="").read()
assert data.endswith("\r\n") and "\r\n" in data.splitlines(True)[0], "CRLF line ends"
rows = list(csv.DictReader(data.splitlines(True)))
assert rows and set(["doc", "text", "value", "unit", "kind", "start", "stop"]) <= set(rows[0]), rows[0].keys()
assert all(r["doc"] and "/" not in r["doc"] and not r["doc"].endswith(".txt") for r in rows), "doc is the report's name"
PY
"$T" run figures --output f.json "${sample[@]}" && python3 -c 'import json; assert len(json.load(open("f.json"))) > 10' && ok || fail "--output f.json"
"$T" run figures --output f.jsonl "${sample[@]}" && python3 -c '
import json; rows = [json.loads(l) for l in open("f.jsonl")]; assert len(rows) > 10 and "doc" in rows[0]' && ok || fail "--output f.jsonl"
"$T" run figures --output f.md "${sample[@]}" && head -1 f.md | grep -q '^| doc |' && ok || fail "--output f.md"
# an unknown extension is bad usage and nothing is written
echo keep > old.xlsx
expect 2 'old.xlsx: no output format for this extension' -- "$T" run figures --output old.xlsx "${sample[@]}"
[ "$(cat old.xlsx)" = keep ] && [ -z "$(ls | grep 'old.xlsx.tmp')" ] && ok || fail "old.xlsx was touched"
expect 2 'no output format' -- "$T" -e 'tally.table({{a = 1}}):write("x.xlsx")'
[ ! -e x.xlsx ] && ok || fail "t:write wrote x.xlsx"
expect 0 '' -- "$T" -e 'tally.table({{a = 1}}):write("x.out", "csv")'
[ "$(cat x.out)" = $'a\r\n1\r' ] && ok || fail "t:write(path, format): $(od -c x.out | head -2)"

# SQLite: typed columns, one table named after the script (or --table)
"$T" run figures --output out.sqlite "${sample[@]}" 2>err || fail "figures --output out.sqlite: $(cat err)"
"$T" run compare-figures --output out.sqlite --table cmp "${sample[@]}" 2>err || fail "compare-figures into out.sqlite: $(cat err)"
python3 - <<'PY' && ok || fail "out.sqlite"
import sqlite3
db = sqlite3.connect("out.sqlite")
tables = sorted(r[0] for r in db.execute("select name from sqlite_master where type='table'"))
assert tables == ["cmp", "figures"], tables
types = {r[1]: r[2] for r in db.execute("pragma table_info(figures)")}
assert types["value"] == "REAL" and types["start"] == "INTEGER" and types["stop"] == "INTEGER", types
assert types["doc"] == "TEXT" and types["text"] == "TEXT" and types["unit"] == "TEXT", types
n, = db.execute("select count(*) from figures").fetchone()
assert n > 10, n
v, t = db.execute("select value, typeof(value) from figures where value is not null limit 1").fetchone()
assert t == "real", t
# every figure's text is its bytes in the report
assert db.execute("select count(*) from figures where stop < start").fetchone()[0] == 0
assert db.execute("select count(*) from cmp").fetchone()[0] > 0
PY
# --format sqlite needs --output; .db works as well
expect 2 'give --output' -- "$T" run figures --format sqlite "${sample[@]}"
expect 0 '' -- "$T" run measures --output m.db "${sample[@]}"
python3 -c 'import sqlite3; assert sqlite3.connect("m.db").execute("select count(*) from measures").fetchone()[0] > 5' && ok || fail "m.db"
# a second result of the same run gets its own table (compare-measures: terms, then the matrix)
"$T" run compare-measures --output cm.sqlite "${sample[@]}" 2>err || fail "compare-measures sqlite: $(cat err)"
python3 -c '
import sqlite3; db = sqlite3.connect("cm.sqlite")
t = sorted(r[0] for r in db.execute("select name from sqlite_master where type=\"table\""))
assert t == ["compare-measures"], t' && ok || fail "compare-measures tables"
# several results of one script: the script's name, then NAME_2; {table=} names one
printf 'tally.table({{a = 1}}):print()\ntally.table({{b = "x"}, {b = "y"}}):print()\ntally.table({{c = 2.5}}):print{table = "own"}\n' > two.lua
expect 0 '' -- "$T" run two.lua --output two.sqlite
python3 -c '
import sqlite3; db = sqlite3.connect("two.sqlite")
t = sorted(r[0] for r in db.execute("select name from sqlite_master where type=\"table\""))
assert t == ["own", "two", "two_2"], t
assert [r[0] for r in db.execute("select b from two_2")] == ["x", "y"]
assert db.execute("select typeof(c) from own").fetchone()[0] == "real"' && ok || fail "two tables of one run"
# whole or nothing: a failing run leaves no database, and an existing one as it was
cat > fails.lua <<'LUA'
tally.table({{a = 1}}):print()
error("stop here")
LUA
expect 1 'stop here' -- "$T" run --trust fails.lua --output new.sqlite
[ ! -e new.sqlite ] && [ -z "$(ls | grep 'new.sqlite.tmp')" ] && ok || fail "a failed run left new.sqlite"
cp out.sqlite before.sqlite
expect 1 'stop here' -- "$T" run --trust fails.lua --output out.sqlite --table figures
cmp -s out.sqlite before.sqlite && ok || fail "a failed run changed out.sqlite"
# os.exit, a limit and a signal end the run as main does: committed on success, else nothing left
printf 'tally.table({{a = 1}}):print()\nos.exit(0)\n' > exit0.lua
printf 'tally.table({{a = 1}}):print()\nos.exit(3)\n' > exit3.lua
printf 'tally.table({{a = 1}}):print()\nwhile true do end\n' > spin.lua
expect 0 '' -- "$T" run exit0.lua --output exit0.sqlite
python3 -c 'import sqlite3; assert sqlite3.connect("exit0.sqlite").execute("select a from exit0").fetchone() == (1,)' && ok ||
  fail "os.exit(0) did not commit the database"
expect 3 'exit3.sqlite not written' -- "$T" run exit3.lua --output exit3.sqlite
expect 1 'exit3.sqlite not written|spin.sqlite not written' -- "$T" run spin.lua --timeout 1 --output spin.sqlite
"$T" run spin.lua --output term.sqlite & pid=$!
sleep 2; kill -TERM $pid; wait $pid
[ -z "$(ls | grep -E '^(exit3|spin|term)\.sqlite')" ] && ok || fail "a failed run left: $(ls | grep -E 'exit3|spin|term')"
# a file that is not a database is not overwritten
echo "text" > notdb.db
expect 1 'notdb.db: it exists and is not a SQLite database' -- "$T" -e 'tally.table({{a = 1}}):write("notdb.db")'
[ "$(cat notdb.db)" = text ] && ok || fail "notdb.db was changed"
# t:write into a database, beside its tables, with {table=}
cat > w.lua <<'LUA'
local t = tally.table({{region = "青海省", value = 12, n = 3, ok = true, list = {"a", "b"}},
                       {region = "河北省", value = 1.5, n = 4, ok = false}})
t:write("out.sqlite", {table = "mine"})
t:write("out.sqlite", {table = "mine"}) -- replaces its own table
local back = tally.read("out.sqlite", {table = "mine"})
assert(#back == 2 and back[1].region == "青海省" and back[1].value == 12.0 and back[2].n == 4, "read back")
assert(math.type(back[1].n) == "integer" and math.type(back[1].value) == "float")
print("ok")
LUA
expect 0 '^ok$' -- "$T" run w.lua
python3 -c '
import sqlite3; db = sqlite3.connect("out.sqlite")
assert db.execute("select count(*) from mine").fetchone()[0] == 2
assert db.execute("select count(*) from figures").fetchone()[0] > 10
assert db.execute("select list from mine where region=\"青海省\"").fetchone()[0] == "[\"a\",\"b\"]"
types = {r[1]: r[2] for r in db.execute("pragma table_info(mine)")}
assert types == {"region": "TEXT", "value": "REAL", "n": "INTEGER", "ok": "INTEGER", "list": "TEXT"}, types' && ok || fail "t:write sqlite"

# CSV for Excel: --bom and --format excel put a UTF-8 BOM first, once
"$T" run figures --format excel "${sample[@]}" > e.csv
"$T" run figures --format csv --bom --output b.csv "${sample[@]}"
"$T" run figures --format csv --output plain.csv "${sample[@]}"
python3 - <<'PY' && ok || fail "BOM"
for name in ("e.csv", "b.csv"):
    data = open(name, "rb").read()
    assert data.startswith(b"\xef\xbb\xbfdoc,"), (name, data[:10])
    assert data.count(b"\xef\xbb\xbf") == 1, name
assert open("plain.csv", "rb").read().startswith(b"doc,")
import csv
rows = list(csv.DictReader(open("e.csv", encoding="utf-8-sig", newline="")))
assert rows[0]["doc"] and rows[0]["text"]
PY

# tally.read: CSV (quotes, commas, line breaks, numbers, codes), JSON, JSONL
printf '\xef\xbb\xbfregion,population,code,note\r\n青海省,594.0,010,"a, ""b""\r\nc"\r\n河北省,7420,020,\r\n' > pop.csv
cat > r.lua <<'LUA'
local p = tally.read("pop.csv")
assert(table.concat(p:columns(), ",") == "region,population,code,note", table.concat(p:columns(), ","))
assert(#p == 2 and p[1].population == 594.0 and p[2].population == 7420 and math.type(p[2].population) == "integer")
assert(p[1].code == "010" and p[1].note == 'a, "b"\nc' and p[2].note == nil)
tally.table({{x = 1, y = "一"}, {x = 2.5}}, {"x", "y"}):write("t.json")
tally.table({{x = 1, y = "一"}, {x = 2.5}}, {"x", "y"}):write("t.jsonl")
for _, f in ipairs({"t.json", "t.jsonl"}) do
  local t = tally.read(f)
  assert(#t == 2 and t[1].x == 1 and t[1].y == "一" and t[2].x == 2.5 and t[2].y == nil, f)
  assert(table.concat(t:columns(), ",") == "x,y", f)
end
-- a script joins its figures with outside data
local joined = tally.corpus(arg):figures():join(p, "region", {how = "left"})
assert(#joined > 0)
print("ok")
LUA
expect 0 '^ok$' -- "$T" run r.lua "${sample[@]}"
expect 1 'tally.read: nothing.csv' -- "$T" -e 'tally.read("nothing.csv")'

# every library script takes every format through the same output code
for s in figures measures outline compare-figures compare-measures kwic freq keyness timeline claims; do
  case $s in
    kwic) args=(进出口) ;; keyness) args=(--target 四川省) ;; timeline) args=(--subject 进出口) ;; *) args=() ;;
  esac
  for fmt in table csv excel json jsonl md sqlite; do
    out=o.$s.$fmt; extra=()
    [ $fmt = sqlite ] && extra=(--output "$out")
    if [ $fmt = sqlite ]; then "$T" run $s "${args[@]}" --format $fmt "${extra[@]}" "${sample[@]}" >/dev/null 2>err
    else "$T" run $s "${args[@]}" --format $fmt "${sample[@]}" >"$out" 2>err; fi
    rc=$?
    if [ $rc -ne 0 ]; then fail "$s --format $fmt: exit $rc: $(head -c 300 err)"; continue; fi
    python3 - "$fmt" "$out" <<'PY' && ok || fail "$s --format $fmt does not parse"
import csv, io, json, sqlite3, sys
fmt, path = sys.argv[1], sys.argv[2]
if fmt == "sqlite":
    db = sqlite3.connect(path)
    names = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
    assert names and db.execute('select count(*) from "%s"' % names[0]).fetchone()[0] > 0, names
    sys.exit(0)
data = open(path, encoding="utf-8-sig", newline="").read()
assert data.strip(), "empty"
if fmt in ("csv", "excel"):
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows), "ragged"
elif fmt == "json":
    assert isinstance(json.loads(data), list)
elif fmt == "jsonl":
    [json.loads(l) for l in data.splitlines() if l]
elif fmt == "md":
    assert data.startswith("| "), data[:40]
PY
  done
done
# one doc column, in one form, in every script that has one
for s in figures measures outline compare-figures kwic timeline claims; do
  case $s in kwic) args=(进出口) ;; timeline) args=(--subject 进出口) ;; *) args=() ;; esac
  "$T" run $s "${args[@]}" --format jsonl "${sample[@]}" > d.$s 2>/dev/null
  python3 - d.$s <<'PY' && ok || fail "$s: doc column"
import json, sys
docs = {json.loads(l)["doc"] for l in open(sys.argv[1]) if l.strip()}
assert docs and all(d.startswith("0") and "/" not in d and "." not in d for d in docs), docs
PY
done

# no leaks or bad reads in the SQLite writer and reader, the input expansion and tally.read
if command -v valgrind >/dev/null && [ "${TALLY_SANITIZED:-0}" != 1 ]; then
  rm -f vg.sqlite
  vg() { TALLY_REGEX_JIT=0 valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
           --errors-for-leak-kinds=definite,indirect --error-exitcode=9 "$T" "$@"; }
  mkdir -p vgdir/sub && cp "${sample[0]}" vgdir/sub/ && cp "${sample[1]}" vgdir/
  vg run figures --jobs 2 --output vg.sqlite 'vgdir/**/*.txt' >/dev/null 2>err && ok || fail "valgrind: sqlite output: $(tail -20 err)"
  vg -e 'local t = tally.read("vg.sqlite"); t:write("vg.csv"); t:write("vg.sqlite", {table = "again"})
         pcall(tally.read, "nothing.sqlite"); pcall(tally.read, "pop.csv", {table = 1})
         return #t, #tally.read("vg.csv"), #tally.read("vg.sqlite", {table = "again"})' >out 2>err &&
    ok || fail "valgrind: read and write: $(tail -20 err)"
fi

finish
