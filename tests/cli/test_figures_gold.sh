#!/bin/bash
# Scores scripts/figures.lua against the hand-made gold on the seeds with the
# shared scorer; fails below precision/recall 0.95 or approx/scope agreement
# 0.9. Skips (77) when the shared folder or python3 is absent.
set -u
SHARED=${TALLY_SHARED:-../shared}
SEEDS=$SHARED/corpus/seeds
GOLD=$SHARED/gold/figures
SCORER=$SHARED/tools/score.py
if [ ! -d "$SEEDS" ] || [ ! -d "$GOLD" ] || [ ! -f "$SCORER" ]; then
  echo "SKIP: no seeds, gold or scorer under $SHARED"
  exit 77
fi
command -v python3 >/dev/null || { echo "SKIP: python3 not found"; exit 77; }
out=$(mktemp)
report=$(mktemp)
trap 'rm -f "$out" "$report"' EXIT
"$TALLY" run scripts/figures.lua --format jsonl "$SEEDS"/*.txt >"$out" || { echo "figures.lua failed"; exit 1; }
python3 "$SCORER" figures --gold "$GOLD" --pred "$out" --json --show 10 >"$report" || { cat "$report"; exit 1; }
cat "$report"
python3 - "$report" <<'PY'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
total = json.loads([l for l in text.splitlines() if l.startswith("{")][-1])
agree = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\w+) agreement on matched: ([0-9.]+)", text, re.M)}
bad = []
if total["precision"] < 0.95: bad.append(f"precision {total['precision']:.3f} < 0.95")
if total["recall"] < 0.95: bad.append(f"recall {total['recall']:.3f} < 0.95")
for k in ("approx", "scope"):
    if agree.get(k, 0) < 0.9: bad.append(f"{k} agreement {agree.get(k, 0):.3f} < 0.9")
print(f"subject agreement {agree.get('subject', 0):.3f}, period agreement {agree.get('period', 0):.3f} (reported, not gated)")
if bad:
    print("FAIL: " + "; ".join(bad))
    sys.exit(1)
print("OK")
PY
