#!/bin/bash
# On the five seed reports: compare-figures --kind growth groups the
# foreign-trade growth of each region by subject, period and status
# (Traditional subjects folded and synonyms applied); compare-measures shows what Qinghai and Hebei share.
set -u
: "${TALLY:?TALLY must name the tally binary}"
seeds=${TALLY_SHARED:-../shared}/corpus/seeds
[ -e "$seeds/000_2a74350e9e5094f6.txt" ] || { echo "SKIP: no seed corpus in $seeds"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 is needed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# The seeds cover different years (Qinghai 2021, Hebei 2024): grouped by
# period_key (issue 12), no growth group holds two regions, so they are
# listed with --all and each stays in its own group.
"$TALLY" run compare-figures --kind growth --all --format jsonl "$seeds"/*.txt > "$work/growth.jsonl" ||
    { echo "FAIL: compare-figures ran"; failed=1; }
"$TALLY" run compare-figures --kind growth --all --wide --format json "$seeds"/*.txt > "$work/wide.json" ||
    { echo "FAIL: compare-figures --wide ran"; failed=1; }
python3 - "$work/growth.jsonl" "$work/wide.json" <<'PY' || failed=1
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert rows and all(r["kind"] == "growth" and r["unit"] == "%" for r in rows), rows[:3]
trade = [r for r in rows if r["subject"] == "外贸进出口总额"]
by_region = {}
for r in trade:
    by_region.setdefault(r["region"], []).append(r)
# Qinghai's first-half growth (written 外贸进出口总额), Hebei's (written 外貿進出口, Traditional)
qh = by_region.get("青海省", [])
assert any(r["value"] == 119.7 and r["period"] == "上半年" and r["period_key"] == "2021-H1" for r in qh), qh
hb = by_region.get("河北省", [])
assert any(r["value"] == 12.9 and r["as_written"] == "外貿進出口" and r["period_key"] == "2024-01..09"
           for r in hb), hb
# the free-trade zone's 35.2% is the zone's, not the province's
assert not any(r["value"] == 35.2 for r in hb), hb
# a group never mixes periods or statuses: rows of one subject and period are ranked
groups = {}
for r in rows:
    groups.setdefault((r["subject"], r["period_key"], r["status"]), []).append(r["value"])
for g, values in groups.items():
    assert values == sorted(values, reverse=True), (g, values)
wide = json.load(open(sys.argv[2], encoding="utf-8"))
row = next(r for r in wide if r["figure"] == "外贸进出口总额 (growth, %, 2021-H1, actual)")
assert row["青海省"] == 119.7, row
print("ok compare-figures on the seeds:", {k: [r["value"] for r in v] for k, v in by_region.items()})
PY

"$TALLY" run compare-measures --shared 青海省,河北省 --format json "$seeds"/*.txt > "$work/shared.json" ||
    { echo "FAIL: compare-measures ran"; failed=1; }
"$TALLY" run compare-measures --matrix --format json "$seeds"/*.txt > "$work/matrix.json" ||
    { echo "FAIL: compare-measures --matrix ran"; failed=1; }
"$TALLY" run compare-measures --unique --format json "$seeds"/*.txt > "$work/unique.json" ||
    { echo "FAIL: compare-measures --unique ran"; failed=1; }
python3 - "$work/shared.json" "$work/matrix.json" "$work/unique.json" <<'PY' || failed=1
import json, sys
shared = json.load(open(sys.argv[1], encoding="utf-8"))
terms = {r["term"]: r for r in shared}
# Qinghai builds a county-township-village logistics system, Hebei county
# logistics and delivery networks (物流體系, Traditional): both under 物流体系
assert "物流体系" in terms, sorted(terms)
for r in shared:
    assert "青海省" in r["regions"] and "河北省" in r["regions"], r
    assert r["n"] == len(r["regions"]) >= 2, r
matrix = {r["region"]: r for r in json.load(open(sys.argv[2], encoding="utf-8"))}
assert set(matrix) == {"青海省", "山东省", "河北省", "甘肃省", "徐州市"}, set(matrix)
for a in matrix:
    assert matrix[a][a] == 1
    for b in matrix:
        assert matrix[a][b] == matrix[b][a] and 0 <= matrix[a][b] <= 1
assert matrix["青海省"]["河北省"] > 0
unique = json.load(open(sys.argv[3], encoding="utf-8"))
assert unique and all(r["n"] == 1 for r in unique)
print("ok compare-measures on the seeds: Qinghai and Hebei share", sorted(terms))
PY
exit $failed
