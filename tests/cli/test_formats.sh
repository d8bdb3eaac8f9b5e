#!/bin/bash
# Every output format read back by a real parser (Python's csv and json), with
# Chinese text holding commas, quotes and line breaks; the aligned table
# checked column by column in display width; --output and t:write whole.
. "$(dirname "$0")/lib.sh"
need python3 "python3 is needed to parse the output"
cd "$tmp" || exit 1

cat > rows.lua <<'LUA'
local t = tally.table({
  {region = "青海省", subject = "外贸进出口总额，同比", value = 1480000000, note = '他说:"稳外贸"，\n然后换行'},
  {region = "河北省", subject = "進出口額", value = -3.25, note = "a,b"},
  {region = "山东省", subject = "增速", value = 0.1, note = nil, list = {"消费券", "以旧换新"}},
  {region = "徐州市", subject = 'quote " alone', value = 12, note = "\r\nCRLF inside | pipe"},
}, {"region", "subject", "value", "note", "list"})
if arg[1] == "write" then
  t:write(arg[2], arg[3])
else
  t:print()
end
LUA

cat > check.py <<'PY'
import csv, io, json, sys, unicodedata
fmt, path = sys.argv[1], sys.argv[2]
data = open(path, encoding="utf-8", newline="").read()
want = [
    {"region": "青海省", "subject": "外贸进出口总额，同比", "value": 1480000000, "note": '他说:"稳外贸"，\n然后换行', "list": None},
    {"region": "河北省", "subject": "進出口額", "value": -3.25, "note": "a,b", "list": None},
    {"region": "山东省", "subject": "增速", "value": 0.1, "note": None, "list": ["消费券", "以旧换新"]},
    {"region": "徐州市", "subject": 'quote " alone', "value": 12, "note": "\r\nCRLF inside | pipe", "list": None},
]
cols = ["region", "subject", "value", "note", "list"]

def fail(msg):
    print("FAIL", fmt, msg)
    sys.exit(1)

if fmt == "csv":
    if not data.endswith("\r\n"):
        fail("records must end with CRLF (RFC 4180)")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    if rows[0] != cols:
        fail("header %r" % rows[0])
    for got, w in zip(rows[1:], want):
        exp = [w["region"], w["subject"], None, w["note"] or "", "; ".join(w["list"] or [])]
        if got[:2] != exp[:2] or got[3:] != exp[3:] or float(got[2]) != w["value"]:
            fail("row %r, expected %r" % (got, w))
    if len(rows) != 5:
        fail("%d records" % len(rows))
elif fmt in ("json", "jsonl"):
    rows = json.loads(data) if fmt == "json" else [json.loads(l) for l in data.split("\n") if l]
    if fmt == "jsonl" and data.count("\n") != 4:
        fail("one object per line expected")
    if rows != want:
        fail("got %r" % rows)
    if list(rows[0].keys()) != cols:
        fail("keys out of column order: %r" % list(rows[0].keys()))
elif fmt == "md":
    lines = data.rstrip("\n").split("\n")
    if len(lines) != 6:
        fail("%d lines, expected header, rule and 4 rows" % len(lines))
    def cells(line):
        out, cur, i = [], "", 1
        line = line.strip()
        while i < len(line) - 1:
            c = line[i]
            if c == "\\" and i + 1 < len(line) - 1:
                cur += line[i + 1]; i += 2; continue
            if c == "|":
                out.append(cur.strip()); cur = ""
            else:
                cur += c
            i += 1
        out.append(cur.strip())
        return out
    if cells(lines[0]) != cols or cells(lines[1])[2] != "---:":
        fail("header %r / %r" % (cells(lines[0]), cells(lines[1])))
    r1, r4 = cells(lines[2]), cells(lines[5])
    if r1[3] != '他说:"稳外贸"，<br>然后换行' or r4[3] != "<br>CRLF inside | pipe":
        fail("cells %r %r" % (r1, r4))
elif fmt == "table":
    def width(s):
        return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
    lines = data.rstrip("\n").split("\n")
    if len(lines) != 6:
        fail("%d lines: %r" % (len(lines), lines))
    # every column starts at the same display column on every line: find
    # the start columns from the rule line of dashes
    rule = lines[1]
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    if len(starts) != len(cols):
        fail("rule %r" % rule)
    for line in [lines[0]] + lines[2:]:
        col, pos = 0, []
        for ch in line:
            pos.append(col)
            col += width(ch)
        for s in starts[1:]:
            if s >= col:
                continue  # trailing empty cells are not padded
            # a character starts exactly there, after a space
            idx = [i for i, p in enumerate(pos) if p == s]
            if not idx or line[idx[0] - 1] != " ":
                fail("misaligned at column %d: %r" % (s, line))
    if "1480000000" not in lines[2] or "青海省" not in lines[2]:
        fail("values missing: %r" % lines[2])
    # numbers are right-aligned: the value column ends at the same place
    ends = set()
    for line in lines[2:]:
        v = [t for t in line.split("  ") if t.strip()][2].strip()
        col = 0
        for ch in line[: line.index(v) + len(v)]:
            col += width(ch)
        ends.add(col)
    if len(ends) != 1:
        fail("numbers not right-aligned: %r" % ends)
else:
    fail("unknown format")
print("ok", fmt)
PY

for fmt in csv json jsonl md table; do
    "$TALLY" run rows.lua --format "$fmt" > "out.$fmt" || { echo "FAIL: run --format $fmt"; failed=1; continue; }
    python3 check.py "$fmt" "out.$fmt" || failed=1
    # --output writes the same bytes
    "$TALLY" run rows.lua --format "$fmt" --output "file.$fmt" || { echo "FAIL: --output $fmt"; failed=1; continue; }
    cmp -s "out.$fmt" "file.$fmt" || { echo "FAIL: --output $fmt differs from stdout"; failed=1; }
    # t:write chooses the format by extension (.txt for the aligned table), writes whole
    ext=$fmt; [ "$fmt" = table ] && ext=txt
    "$TALLY" run rows.lua write "w.$ext" || { echo "FAIL: t:write $fmt"; failed=1; continue; }
    python3 check.py "$fmt" "w.$ext" || failed=1
done

# the SVG chart is well-formed XML with the labels and values in it
"$TALLY" -e 'tally.table({{r = "青海<省>&", v = 119.7}, {r = "甘肃", v = -3}}):svg("chart.svg", {title = "增速 \"%\""})' ||
    { echo "FAIL: t:svg"; failed=1; }
python3 - <<'PY' || failed=1
import xml.etree.ElementTree as ET
root = ET.parse("chart.svg").getroot()
texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
rects = [r for r in root.iter("{http://www.w3.org/2000/svg}rect")]
assert texts[0] == '增速 "%"', texts
assert "青海<省>&" in texts and "119.7" in texts and "-3" in texts, texts
widths = sorted(float(r.get("width")) for r in rects[1:])
assert abs(widths[1] / widths[0] / (119.7 / 3) - 1) < 0.02, widths
print("ok svg")
PY

# a failed run leaves no half-written --output and keeps the old file
echo old > keep.csv
echo 'print("partial") error("boom")' > fails.lua
"$TALLY" run fails.lua --output keep.csv 2>/dev/null && { echo "FAIL: the failing script succeeded"; failed=1; }
[ "$(cat keep.csv)" = old ] || { echo "FAIL: --output replaced the file after a failed run"; failed=1; }
ls keep.csv.tmp.* >/dev/null 2>&1 && { echo "FAIL: a temporary file was left behind"; failed=1; }

# an unknown format names the choices
err=$("$TALLY" -e 'tally.table({{a=1}}):print{format="xml"}' 2>&1)
case $err in *"no output format 'xml'"*csv*) ;; *) echo "FAIL: unknown format message: $err"; failed=1 ;; esac

[ $failed -eq 0 ] && echo "all formats parsed back"
exit $failed
