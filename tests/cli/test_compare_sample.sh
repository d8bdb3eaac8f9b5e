#!/bin/bash
# The README's main job on the shipped sample corpus: compare-figures lines
# up the foreign-trade figures of the regions; compare-measures, timeline and
# claims run on it; claims flags two reports that disagree.
set -u
: "${TALLY:?TALLY must name the tally binary}"
command -v python3 >/dev/null || { echo "SKIP: python3 is needed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
sample=(corpus/sample/*.txt)

out=$("$TALLY" run compare-figures "${sample[@]}") || { echo "FAIL: the README command"; failed=1; }
echo "$out" | head -3
echo "$out" | grep -q "^外贸进出口总额 " || { echo "FAIL: no 外贸进出口总额 rows"; failed=1; }
"$TALLY" run compare-figures --format csv "${sample[@]}" > "$work/all.csv" || failed=1
python3 - "$work/all.csv" <<'PY' || failed=1
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
# a group is one subject, kind, unit, period_key and status: the reports
# cover different periods (上半年, 1至8月, 前三季度 …), so only those of one
# period line up (issue 12: periods are normalized, never mixed)
trade = [r for r in rows if r["subject"] == "外贸进出口总额" and r["kind"] == "money"]
assert all(r["period_key"] and r["status"] == "actual" for r in trade), trade
h1 = [r for r in trade if r["period_key"] == "2024-H1"]
regions = {r["region"] for r in h1}
assert len(regions) >= 3, regions
assert {r["unit"] for r in h1} == {"亿元"}, {r["unit"] for r in h1}  # one unit for the group
# 上半年, 1至6月 and 今年上半年 are one period; Traditional reports (Shenzhen)
# are folded into the same rows
assert {r["period"] for r in h1} >= {"上半年", "1至6月"}, {r["period"] for r in h1}
assert "深圳市" in regions, regions
print("ok", len(rows), "rows;", len(regions), "regions report foreign-trade totals for 2024-H1")
PY

"$TALLY" run compare-measures "${sample[@]}" > "$work/measures.txt" || { echo "FAIL: compare-measures"; failed=1; }
grep -q "^消费券 " "$work/measures.txt" || { echo "FAIL: compare-measures shows no 消费券 row"; failed=1; }
grep -q "^similarity" "$work/measures.txt" || { echo "FAIL: no similarity matrix"; failed=1; }

# timeline: in date order
"$TALLY" run timeline --subject 进出口总额 --kind growth --format json "${sample[@]}" > "$work/tl.json" ||
    { echo "FAIL: timeline"; failed=1; }
python3 - "$work/tl.json" <<'PY' || failed=1
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
dates = [r["date"] for r in rows if r["date"]]
assert len(dates) >= 5 and dates == sorted(dates), dates
assert all(r["subject"] == "外贸进出口总额" for r in rows)
print("ok timeline", dates)
PY

# claims: two reports on the same region and period that disagree, one that agrees
mkdir -p "$work/c"
printf '今年上半年，青海省外贸进出口总额同比增长12.5%%，增速居全国第2位。\n' > "$work/c/a.txt"
printf '上半年，青海省外贸进出口总额同比增长10.1%%。\n' > "$work/c/b.txt"
printf '今年上半年，青海省外贸进出口总额同比增长12.5%%。\n' > "$work/c/c.txt"
"$TALLY" run claims --format json "$work"/c/*.txt > "$work/claims.json" 2> "$work/claims.err" ||
    { echo "FAIL: claims"; failed=1; }
"$TALLY" run claims --conflicts --format json "$work"/c/*.txt > "$work/conflicts.json" 2>/dev/null || failed=1
python3 - "$work/claims.json" "$work/conflicts.json" <<'PY' || failed=1
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
growth = {r["doc"]: r for r in rows if r["kind"] == "growth"}
assert growth["a"]["check"].startswith("DISAGREES: 10.1 in b"), growth["a"]
assert growth["b"]["check"].startswith("DISAGREES: 12.5 in a"), growth["b"]
assert "agrees" not in growth["a"]["check"]
assert growth["c"]["check"].startswith("DISAGREES: 10.1 in b"), growth["c"]
conflicts = json.load(open(sys.argv[2], encoding="utf-8"))
assert {r["doc"] for r in conflicts} == {"a", "b", "c"} and all(r["kind"] == "growth" for r in conflicts), conflicts
print("ok claims")
PY
grep -q "claims disagree" "$work/claims.err" || { echo "FAIL: no count of disagreements on stderr"; failed=1; }
printf '今年上半年，青海省外贸进出口总额同比增长12.5%%。\n' > "$work/c/b.txt"
"$TALLY" run claims --format json "$work"/c/*.txt > "$work/agree.json" 2>/dev/null
python3 -c '
import json, sys
rows = [r for r in json.load(open(sys.argv[1], encoding="utf-8")) if r["kind"] == "growth"]
assert rows and all(r["check"] == "agrees" for r in rows), rows
print("ok claims agree")' "$work/agree.json" || failed=1
exit $failed
