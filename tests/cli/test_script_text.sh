#!/bin/bash
# The text scripts: kwic lines matches up and finds what doc:count finds;
# freq counts what the tokens say, without stop words, in order; keyness
# gives Dunning's log-likelihood, checked against the formula in Python.
. "$(dirname "$0")/lib.sh"
need python3 "python3 is needed"
sample=(corpus/sample/*.txt)

# kwic: as many rows as doc:count finds, every match the pattern, context of at most --width characters
"$TALLY" run kwic '消费券|消費券' --width 8 --format jsonl "${sample[@]}" > "$tmp/kwic.jsonl" || fail "kwic ran"
want=$("$TALLY" -e 'local n = 0 for d in docs:each() do n = n + d:count("消费券|消費券") end return n' "${sample[@]}")
python3 - "$tmp/kwic.jsonl" "$want" <<'PY' || failed=1
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
want = int(sys.argv[2])
assert want > 3 and len(rows) == want, (len(rows), want)
for r in rows:
    assert r["match"] in ("消费券", "消費券"), r
    assert len(r["left"]) <= 8 and len(r["right"]) <= 8, r
    assert set(r) == {"doc", "start", "left", "match", "right"}, r
assert [r["doc"] for r in rows] == sorted(r["doc"] for r in rows), "rows out of corpus order"
print("ok kwic", len(rows))
PY
"$TALLY" run kwic 消费券 --width 6 "${sample[@]}" > "$tmp/kwic.txt"
python3 - "$tmp/kwic.txt" <<'PY' || failed=1
import sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
cols = set()
for line in open(sys.argv[1], encoding="utf-8").read().split("\n")[2:]:
    if "消费券" in line:
        cols.add(width(line[: line.index("消费券")]))
assert len(cols) == 1, "matches not lined up: %r" % cols
print("ok kwic aligned")
PY

# freq: counts equal a direct count of folded tokens; no stop words; sorted
"$TALLY" run freq --top 0 --format json "${sample[@]}" > "$tmp/freq.json" || fail "freq ran"
"$TALLY" --trust -e '
local n = {}
for d in docs:each() do
  for _, t in ipairs(d:tokens{kinds = {"word", "latin"}}) do
    local w = tally.compare.fold(t.text)
    n[w] = (n[w] or 0) + 1
  end
end
for _, w in ipairs({"消费", "外贸", "进出口", "的"}) do print(w, n[w] or 0) end' "${sample[@]}" > "$tmp/direct.txt"
python3 - "$tmp/freq.json" "$tmp/direct.txt" <<'PY' || failed=1
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
direct = dict(l.split("\t") for l in open(sys.argv[2], encoding="utf-8").read().split("\n") if l)
got = {r["word"]: r for r in rows}
for w in ("消费", "外贸", "进出口"):
    assert got[w]["count"] == int(direct[w]), (w, got[w], direct[w])
    assert 1 <= got[w]["docs"] <= 8
assert int(direct["的"]) > 0 and "的" not in got, "a stop word was counted"
assert all(len(r["word"]) >= 2 for r in rows)
counts = [r["count"] for r in rows]
assert counts == sorted(counts, reverse=True)
total = sum(counts)
r = rows[0]
assert abs(r["per10k"] - r["count"] / total * 1e4) < 0.051, r
print("ok freq", len(rows))
PY

# keyness on three small reports, target "a": LL as Dunning defines it
mkdir -p "$tmp/k"
printf '外贸进出口增长。外贸企业扩大出口。外贸稳中有进。跨境电商发展迅速。\n' > "$tmp/k/a.txt"
printf '消费市场回暖。消费券带动消费。外贸平稳。\n' > "$tmp/k/b.txt"
printf '消费升级。农村消费增长。物流体系完善。\n' > "$tmp/k/c.txt"
"$TALLY" run keyness --by doc --target a --min 1 --top 0 --format json "$tmp"/k/*.txt > "$tmp/key.json" || fail "keyness ran"
"$TALLY" run freq --by doc --top 0 --min 2 --format json "$tmp"/k/*.txt > "$tmp/kfreq.json" || fail "freq --by ran"
python3 - "$tmp/key.json" "$tmp/kfreq.json" <<'PY' || failed=1
import json, math, sys
key = json.load(open(sys.argv[1], encoding="utf-8"))
freq = json.load(open(sys.argv[2], encoding="utf-8"))
c = sum(r["a"] for r in freq)
d = sum(r["b"] + r["c"] for r in freq)
assert key and key[0]["word"] == "外贸", key[:3]
for r in key:
    a, b = r["target"], r["rest"]
    f = next(x for x in freq if x["word"] == r["word"])
    assert a == f["a"] and b == f["b"] + f["c"], (r, f)
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    ll = 2 * ((a * math.log(a / e1) if a else 0) + (b * math.log(b / e2) if b else 0))
    assert abs(r["ll"] - ll) < 0.006, (r, ll)
    assert a / c > b / d, r
assert all(x["word"] != "消费" for x in key), "a word under-represented in the target is listed"
print("ok keyness", len(key))
PY
err=$("$TALLY" run keyness --by doc --target nobody "$tmp"/k/*.txt 2>&1); rc=$?
[ $rc -eq 2 ] && case $err in *"no report has doc 'nobody'"*) true ;; *) false ;; esac || fail "unknown target: $rc $err"

[ $failed -eq 0 ] && echo "text scripts ok"
exit $failed
