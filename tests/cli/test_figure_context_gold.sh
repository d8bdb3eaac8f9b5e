#!/usr/bin/env bash
# What each figure is about, scored in CI (issue 12):
# - on the held-out samples, subject_key, period_key, status and region of every
#   matched figure against tests/gold/sample/context (written by
#   tests/gold/sample/context.py from hand decisions);
# - on the real-text sets (tests/gold/realtext, tests/gold/realtext_figures),
#   subject (equal, and one containing the other) and period against the gold
#   annotated by hand before the engine ran on them.
# Prints every score; fails when one falls below its floor (the level reached
# when the floor was set, less a margin: a regression guard, not the target).
set -u
: "${TALLY:?set TALLY to the tally binary}"
command -v python3 >/dev/null || { echo "SKIP: python3 is needed to score"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 tests/gold/sample/context.py "$TALLY" || { echo "FAIL: context.py"; exit 1; }
"$TALLY" run figures --format jsonl corpus/sample/*.txt >"$work/sample.jsonl" || exit 1
"$TALLY" run figures --format jsonl tests/gold/realtext/text/*.txt >"$work/realtext.jsonl" || exit 1
"$TALLY" run figures --format jsonl tests/gold/realtext_figures/text/*.txt >"$work/realtext2.jsonl" || exit 1

python3 - "$work" <<'PY'
import glob, json, os, sys
work = sys.argv[1]
failed = []

def preds(path):
    by = {}
    for l in open(path, encoding="utf-8"):
        r = json.loads(l)
        by.setdefault(os.path.basename(r["doc"]).rsplit(".", 1)[0], []).append(r)
    return by

def pairs(gold_dir, pred, match):
    for gf in sorted(glob.glob(gold_dir + "/*.jsonl")):
        stem = os.path.basename(gf)[:-6]
        for l in open(gf, encoding="utf-8"):
            g = json.loads(l)
            if g.get("ambiguous"):
                continue
            for p in pred.get(stem, []):
                if p["start"] <= g["stop"] and g["start"] <= p["stop"] and match(g, p):
                    yield stem, g, p
                    break

def same_value(g, p):
    return p["kind"] == g["kind"] and abs(p["value"] - g["value"]) <= 1e-6 * max(1, abs(g["value"]))

def report(name, ok, n, floor):
    rate = ok / n if n else 0
    print(f"{name}: {rate:.3f} ({ok}/{n}), floor {floor}")
    if rate < floor:
        failed.append(name)

# the samples' context fields
sample = preds(f"{work}/sample.jsonl")
ps = list(pairs("tests/gold/sample/context", sample, lambda g, p: p["text"] == g["text"]))
floors = {"subject_key": 0.70, "period_key": 0.95, "status": 0.90, "region": 0.93}
for field, floor in floors.items():
    ok = sum(1 for _, g, p in ps if (g.get(field) or None) == (p.get(field) or None))
    report(f"samples {field} agreement", ok, len(ps), floor)
for _, g, p in ps:
    for field in floors:
        if (g.get(field) or None) != (p.get(field) or None):
            print(f"  {field}: {g['text']} gold={g.get(field)} got={p.get(field)}")

# subjects and periods on real text the rules were not written from
for label, gold, pred, floors in (
        ("realtext", "tests/gold/realtext/figures", "realtext.jsonl", (0.93, 0.95, 0.97)),
        ("realtext_figures", "tests/gold/realtext_figures/figures", "realtext2.jsonl", (0.67, 0.81, 0.73))):
    ps = list(pairs(gold, preds(f"{work}/{pred}"), same_value))
    eq = sum(1 for _, g, p in ps if (g.get("subject") or "") == (p.get("subject") or ""))
    cont = sum(1 for _, g, p in ps if (g.get("subject") or "") == (p.get("subject") or "") or
               (g.get("subject") and p.get("subject") and (g["subject"] in p["subject"] or p["subject"] in g["subject"])))
    per = sum(1 for _, g, p in ps if (g.get("period") or None) == (p.get("period") or None))
    report(f"{label} subject equal", eq, len(ps), floors[0])
    report(f"{label} subject equal or containing", cont, len(ps), floors[1])
    report(f"{label} period agreement", per, len(ps), floors[2])
if failed:
    print("FAIL:", ", ".join(failed))
    sys.exit(1)
PY
