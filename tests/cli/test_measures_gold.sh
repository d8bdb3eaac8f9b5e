#!/usr/bin/env bash
# Measures on the seeds against the gold: precision and recall >= 0.95,
# headline agreement >= 0.9 (score.py measures). Skips without ../shared.
set -euo pipefail
shared=${TALLY_SHARED:-../shared}
if [ ! -d "$shared/corpus/seeds" ] || [ ! -f "$shared/tools/score.py" ]; then
  echo "SKIP: no $shared/corpus/seeds or score.py"
  exit 77
fi
if ! command -v python3 >/dev/null; then
  echo "SKIP: python3 is needed to run score.py"
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$TALLY" run scripts/measures.lua --format jsonl "$shared"/corpus/seeds/*.txt > "$out"
report=$(python3 "$shared/tools/score.py" measures --gold "$shared/gold/measures" --pred "$out" --json)
echo "$report"
python3 - "$report" <<'PY'
import json, re, sys
text = sys.argv[1]
totals = json.loads([l for l in text.splitlines() if l.startswith('{')][-1])
headline = float(re.search(r"headline agreement on matched: ([0-9.]+)", text).group(1))
fails = []
if totals["precision"] < 0.95: fails.append(f"precision {totals['precision']:.3f} < 0.95")
if totals["recall"] < 0.95: fails.append(f"recall {totals['recall']:.3f} < 0.95")
if headline < 0.9: fails.append(f"headline agreement {headline:.3f} < 0.9")
if fails:
    sys.exit("FAIL: " + "; ".join(fails))
print("ok")
PY
