#!/usr/bin/env bash
# compare-figures and claims over a corpus of files: the workers group each
# report's figures (core/figure_groups.c) and the script's thread only
# merges the groups. The output is byte for byte the same with --jobs 1, 2
# and 3, the same as the groups the Lua side makes (tally.compare.figures
# over a table of the rows; claims over a store of the same files), and a
# script that extends the subject tables is followed on the workers.
set -uo pipefail
: "${TALLY:?TALLY must name the tally binary}"
shared=${TALLY_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/c"
# the sample reports twice under two names, and every paragraph of them as
# a file of its own (no region of its own: the report's name stands in)
OUT=$tmp/c "$TALLY" --trust --quiet -e '
  local n = 0
  for d in tally.corpus("corpus/sample/*.txt"):each() do
    for _, copy in ipairs({"a", "b"}) do
      local f = assert(io.open(string.format("%s/%s_%s.txt", os.getenv("OUT"), copy, d.name), "w"))
      f:write(d.text); f:close()
    end
    for _, p in ipairs(d:paragraphs()) do
      n = n + 1
      local f = assert(io.open(string.format("%s/p%04d.txt", os.getenv("OUT"), n), "w"))
      f:write(p.text, "\n"); f:close()
    end
  end' || { echo "FAIL: could not write the corpus"; exit 1; }
if [ -d "$shared/corpus/seeds" ]; then
  cp "$shared"/corpus/seeds/*.txt "$tmp/c/"
else
  echo "note: no seeds in $shared: the sample alone"
fi
files=("$tmp"/c/*.txt)
fail=0

# ---- the scripts, --jobs 1, 2, 3 ----
while IFS= read -r args; do
  # shellcheck disable=SC2086
  for j in 1 2 3; do "$TALLY" run $args --quiet --jobs $j "${files[@]}" > "$tmp/out.$j" 2>&1; done
  for j in 2 3; do
    cmp -s "$tmp/out.1" "$tmp/out.$j" || { echo "FAIL: $args: --jobs $j differs from --jobs 1"; fail=1; }
  done
  [ -s "$tmp/out.1" ] || { echo "FAIL: $args: no output"; fail=1; }
done <<'L'
compare-figures
compare-figures --wide --all
compare-figures --kind growth --by year
compare-figures --subject 出口|進口 --all --by doc
compare-figures --usd 7.1 --all --format jsonl
claims
claims --conflicts --kind rank,growth,percent
L

# ---- the workers' groups against the Lua side's ----
# tally.compare.figures over the rows as a table groups on this thread
cat > "$tmp/lines.lua" <<'EOF'
local c = tally.corpus(arg)
local extend = os.getenv("EXTEND") == "1"
if extend then
  -- a script's own rules: the workers must follow them
  table.insert(tally.compare.vague_subjects, "出口")
  tally.compare.subject_synonyms["地区生产总值"] = {"GDP", "生产总值"}
  table.insert(tally.compare.subject_prefixes, "全年")
end
local source = os.getenv("LUA_SIDE") == "1" and c:figures() or c
local opts = {min_groups = 1}
for k, v in (os.getenv("OPTS") or ""):gmatch("(%w+)=([^;]+)") do
  if k == "usd" then opts.rates = {["美元"] = tonumber(v)} else opts[k] = v end
end
tally.compare.figures(source, opts):print()
EOF
for o in "" "kind=growth" "by=year" "by=source" "subject=进出口|零售" "by=doc;usd=7" "kind=money,quantity;usd=7.1"; do
  for ext in 0 1; do
    EXTEND=$ext OPTS="$o" "$TALLY" run "$tmp/lines.lua" --quiet --format jsonl --jobs 2 "${files[@]}" > "$tmp/w" 2>&1
    EXTEND=$ext OPTS="$o" LUA_SIDE=1 "$TALLY" run "$tmp/lines.lua" --quiet --format jsonl "${files[@]}" > "$tmp/l" 2>&1
    if ! cmp -s "$tmp/w" "$tmp/l" || [ ! -s "$tmp/w" ]; then
      echo "FAIL: tally.compare.figures {$o} (extended $ext): workers differ from the Lua side"
      diff "$tmp/w" "$tmp/l" | head -5; fail=1
    fi
    cp "$tmp/w" "$tmp/w.$ext"
  done
  # the extended rules changed the groups (出口 is vague now)
  if [ -z "$o" ]; then
    grep -q '"subject":"出口"' "$tmp/w.0" || { echo "FAIL: no 出口 rows without the extension"; fail=1; }
    ! grep -q '"subject":"出口"' "$tmp/w.1" || { echo "FAIL: 出口 rows though the script made it vague"; fail=1; }
    cp "$tmp/w.0" "$tmp/all.jsonl"
  fi
done
# what the rows say: each group's rows share subject, kind, unit, period_key
# and status; every report of the two named copies is there
python3 - "$tmp/all.jsonl" <<'PY' || fail=1
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) > 300, len(rows)
docs = {r["doc"] for r in rows}
assert any(d.startswith("a_") for d in docs) and any(d.startswith("b_") for d in docs), sorted(docs)[:5]
# the copies a_X and b_X give the same figures: each a_ row has its b_ twin
pairs = {}
for r in rows:
    if r["doc"][:2] in ("a_", "b_"):
        k = (r["doc"][2:], r["subject"], r["kind"], r["period_key"], r["status"], r["text"], r["value"])
        pairs.setdefault(k, set()).add(r["doc"][:2])
assert pairs and all(v == {"a_", "b_"} for v in pairs.values()), [k for k, v in pairs.items() if v != {"a_", "b_"}][:3]
print("ok:", len(rows), "rows from", len(docs), "reports,", len(pairs), "figures in both copies")
PY

# ---- claims: the files (grouped on the workers) against a store of them
# (grouped on the Lua thread) ----
"$TALLY" index --quiet --db "$tmp/s.db" "${files[@]}" 2> /dev/null ||
  { echo "FAIL: index"; fail=1; }
for args in "" "--conflicts" "--kind money,growth --format jsonl"; do
  # shellcheck disable=SC2086
  "$TALLY" run claims $args --quiet --jobs 2 "${files[@]}" > "$tmp/cf" 2>&1
  # shellcheck disable=SC2086
  "$TALLY" run claims $args --quiet "$tmp/s.db" > "$tmp/cs" 2>&1
  if ! cmp -s "$tmp/cf" "$tmp/cs" || [ ! -s "$tmp/cf" ]; then
    echo "FAIL: claims $args: files (workers) differ from the store (Lua side)"
    diff "$tmp/cf" "$tmp/cs" | head -5; fail=1
  fi
done
# a claim of two identical copies agrees with the other copy
"$TALLY" run claims --quiet --format jsonl "$tmp"/c/a_*.txt "$tmp"/c/b_*.txt > "$tmp/ab" 2>&1
python3 - "$tmp/ab" <<'PY' || fail=1
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) > 20, len(rows)
assert all(r.get("check") != None for r in rows), [r for r in rows if r.get("check") is None][:2]
assert any(r["check"] == "agrees" for r in rows)
print("ok:", len(rows), "claims of two copies,", sum(r["check"] == "agrees" for r in rows), "agree")
PY
[ $fail = 0 ] && echo "PASS"
exit $fail
