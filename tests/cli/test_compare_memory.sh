#!/usr/bin/env bash
# compare-figures and claims hold per-group aggregates, not every figure:
# on the sample reports copied 5 and 50 times (1x and 10x), the output has
# every report's row (provenance: 10x the rows) while peak RSS stays nearly
# flat (a generous bound of 2x here; bench/peers.sh measures ~1.3-1.4x).
# The old scripts held every figure of every report (RSS 4.9x and 6.9x).
set -uo pipefail
: "${TALLY:?TALLY must name the tally binary}"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "SKIP: needs GNU time in /usr/bin/time"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
small=5 big=50
if [ "${TALLY_SANITIZED:-0}" = 1 ]; then small=1 big=10; fi # ASan's speed and memory
mkdir "$tmp/c1" "$tmp/c10"
sample=(corpus/sample/*.txt)
for i in $(seq 1 $big); do
  for f in "${sample[@]}"; do
    b=$(basename "$f" .txt)
    cp "$f" "$tmp/c10/${b}_$i.txt"
    [ "$i" -le $small ] && cp "$f" "$tmp/c1/${b}_$i.txt"
  done
done
fail=0
rss() { awk '/^rss_kb/ { print $2 }' "$1"; }
for script in compare-figures claims; do
  for c in c1 c10; do
    "$TIME" -f "rss_kb %M" -o "$tmp/$script.$c.time" "$TALLY" run $script --quiet --format jsonl \
      "$tmp/$c/*.txt" > "$tmp/$script.$c.jsonl" || { echo "FAIL: $script on $c"; fail=1; }
  done
  r1=$(rss "$tmp/$script.c1.time"); r10=$(rss "$tmp/$script.c10.time")
  n1=$(wc -l < "$tmp/$script.c1.jsonl"); n10=$(wc -l < "$tmp/$script.c10.jsonl")
  echo "$script: $n1 rows, $((r1 / 1024)) MB at 1x; $n10 rows, $((r10 / 1024)) MB at 10x"
  # every report that gives a value keeps its row
  [ "$n1" -gt 10 ] && [ "$n10" -eq $(( n1 * big / small )) ] ||
    { echo "FAIL: $script: $n10 rows at 10x, want $(( n1 * big / small ))"; fail=1; }
  if [ "${TALLY_SANITIZED:-0}" != 1 ] && [ "$r10" -gt $(( 2 * r1 )) ]; then
    echo "FAIL: $script: peak RSS $r10 KB at 10x > 2 x $r1 KB at 1x"; fail=1
  fi
done
# identical copies agree: no claim of a copy disagrees with another copy
python3 - "$tmp/claims.c10.jsonl" "$tmp/compare-figures.c10.jsonl" "$big" <<'PY' || fail=1
import json, sys
claims = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
agree = sum(1 for c in claims if c["check"] == "agrees")
assert claims and agree == len(claims), (agree, len(claims))
rows = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
# each row of a report shows up once per copy
from collections import Counter
per = Counter((r["subject"], r["period_key"], r["status"], r["value"], r["doc"].rsplit("_", 1)[0]) for r in rows)
assert set(per.values()) == {int(sys.argv[3])}, Counter(per.values())
print("ok:", len(claims), "claims,", agree, "agree;", len(rows), "compare rows, each once per copy")
PY
exit $fail
