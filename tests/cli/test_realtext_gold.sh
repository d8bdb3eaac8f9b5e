#!/usr/bin/env bash
# Real-text regression set: the figures script on short excerpts of public
# statistics releases and news (Simplified and Traditional, mainland, Hong Kong
# and Taiwan registers; tests/gold/realtext_figures/README.md names each
# source), scored with the shared scorer against gold annotated by hand before
# the engine ran on them. Fails below the floor; prints every miss and false hit.
# Skips (77) when python3 or the shared scorer is absent.
set -u
: "${TALLY:?set TALLY to the tally binary}"

SET=tests/gold/realtext_figures
SCORER=${TALLY_SHARED:-../shared}/tools/score.py
FLOOR=${REALTEXT_FLOOR:-0.95}
[ -d "$SET" ] || { echo "missing $SET (run from the repository root)"; exit 1; }
command -v python3 >/dev/null || { echo "SKIP: python3 is needed to score"; exit 77; }
[ -f "$SCORER" ] || { echo "SKIP: no scorer at $SCORER (it lives in the shared folder only)"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$TALLY" run figures --format jsonl "$SET"/text/*.txt >"$work/pred.jsonl" 2>"$work/err" ||
  { cat "$work/err"; echo "FAIL: tally run figures exited non-zero"; exit 1; }
python3 "$SCORER" figures --gold "$SET/figures" --pred "$work/pred.jsonl" --show 100 --json \
  >"$work/score" || { cat "$work/score"; echo "FAIL: score.py failed"; exit 1; }
grep -v '^{' "$work/score"
python3 - "$work/score" "$FLOOR" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
total = json.loads([l for l in lines if l.startswith("{")][-1])
floor = float(sys.argv[2])
if total["f1"] < floor:
    print(f"FAIL: real-text figure F1 {total['f1']:.3f} < {floor}")
    sys.exit(1)
print(f"ok: real-text figure F1 {total['f1']:.3f} >= {floor}")
PY
