#!/bin/bash
# claims and compare-figures on copies of the shipped sample reports, as an
# analyst runs them: identical copies agree (no conflict at all), a copy with
# one growth figure changed gives exactly that conflict; compare-figures keeps
# every report that gives a value and --wide shows every value of a cell.
set -u
: "${TALLY:?TALLY must name the tally binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# every sample twice, under other names (a report's name is its file name)
for f in corpus/sample/*.txt; do
  b=$(basename "$f" .txt)
  cp "$f" "$work/${b}_a.txt"
  cp "$f" "$work/${b}_b.txt"
done

"$TALLY" run claims "$work"/*_a.txt "$work"/*_b.txt >"$work/same.out" 2>"$work/same.err" ||
  { echo "FAIL: claims exited non-zero"; cat "$work/same.err"; failed=1; }
n=$(grep -c "DISAGREES" "$work/same.out")
[ "$n" -eq 0 ] || { echo "FAIL: identical copies give $n conflicting claims:"; grep DISAGREES "$work/same.out" | head; failed=1; }
grep -q "agrees" "$work/same.out" || { echo "FAIL: identical copies show no agreeing claim"; failed=1; }
echo "ok: identical copies of $(ls corpus/sample/*.txt | wc -l) reports agree"

# plant one change: the first growth claim with a subject_key and a period
# in the Zhejiang report gets another value, in a copy
planted=$("$TALLY" --trust -e '
local src, dst = arg[1], arg[2]
local d = tally.open(src)
for _, f in ipairs(d:figures{kind = "growth"}) do
  if f.subject_key and f.period_key and f.text:match("^[%d.]+%%$") then
    local new = string.format("%.1f%%", f.value + 1.3)
    local out = assert(io.open(dst, "wb"))
    out:write(d.text:sub(1, f.start - 1), new, d.text:sub(f.stop + 1))
    out:close()
    print(f.subject_key .. "\t" .. f.text .. "\t" .. new)
    return
  end
end' "$work/02_zhejiang_workreport_a.txt" "$work/02_zhejiang_workreport_c.txt")
[ -n "$planted" ] || { echo "FAIL: no growth figure to change"; exit 1; }
IFS=$'\t' read -r subject old new <<<"$planted"
rm "$work/02_zhejiang_workreport_b.txt"
"$TALLY" run claims --conflicts "$work"/*_a.txt "$work"/*_b.txt "$work/02_zhejiang_workreport_c.txt" \
  >"$work/planted.out" 2>"$work/planted.err"
rows=$(grep -c "DISAGREES" "$work/planted.out")
if [ "$rows" -ne 2 ] || ! grep -q "(1 conflicts)" "$work/planted.err" ||
   [ "$(grep DISAGREES "$work/planted.out" | grep -c "$subject")" -ne 2 ]; then
  echo "FAIL: changing $subject $old -> $new should give exactly that conflict; got:"
  cat "$work/planted.out" "$work/planted.err"
  failed=1
else
  echo "ok: the planted change ($subject $old -> $new) is the only conflict"
fi

# compare-figures: both copies of a report stay (provenance); --wide shows
# both values of the changed cell and flags it
"$TALLY" run compare-figures --format csv "$work/02_zhejiang_workreport_a.txt" \
  "$work/02_zhejiang_workreport_c.txt" "$work/01_sichuan_interview_a.txt" \
  "$work/01_sichuan_interview_b.txt" >"$work/cmp.csv" || { echo "FAIL: compare-figures"; failed=1; }
docs=$(grep -c "01_sichuan_interview_[ab]" "$work/cmp.csv")
[ "$docs" -ge 2 ] && grep -q "01_sichuan_interview_b" "$work/cmp.csv" ||
  { echo "FAIL: a second report giving the same value was dropped"; failed=1; }
"$TALLY" run compare-figures --wide --all "$work/02_zhejiang_workreport_a.txt" \
  "$work/02_zhejiang_workreport_c.txt" >"$work/wide.out" 2>"$work/wide.err" || failed=1
grep -q "${old%\%} ≠ ${new%\%}\|${new%\%} ≠ ${old%\%}" "$work/wide.out" ||
  { echo "FAIL: --wide does not show both values of the changed cell"; cat "$work/wide.out"; failed=1; }
grep -q "differing values" "$work/wide.err" || { echo "FAIL: --wide does not flag the cell"; failed=1; }
[ "$failed" -eq 0 ] && echo "ok: compare-figures keeps provenance and --wide flags differing values"

# two work reports (invented text): last year's outcomes line up, this
# year's targets are marked as targets and kept apart
for p in 湖南省:4.8:5.5 江西省:5.1:5.0; do
  IFS=: read -r region done target <<<"$p"
  printf '%s政府工作报告\n2026年1月25日\n一、2025年工作回顾\n过去一年，全省地区生产总值增长%s%%，规模以上工业增加值增长6%%。\n二、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长%s%%左右。\n' \
    "$region" "$done" "$target" >"$work/report_$region.txt"
done
"$TALLY" run compare-figures --kind growth --subject 地区生产总值 --format csv "$work"/report_*.txt \
  >"$work/gdp.csv" || { echo "FAIL: compare-figures on the work reports"; failed=1; }
for want in "湖南省,,2025,actual,4.8" "江西省,,2025,actual,5.1" "湖南省,,2026,target,5.5" "江西省,,2026,target,5"; do
  IFS=, read -r region _ key status value <<<"$want"
  grep -q "^地区生产总值,growth,$region,[^,]*,$key,$status,$value," "$work/gdp.csv" ||
    { echo "FAIL: no $status row $region $key $value"; cat "$work/gdp.csv"; failed=1; }
done
[ "$failed" -eq 0 ] && echo "ok: outcomes of 2025 line up, 2026 targets are targets"
exit "$failed"
