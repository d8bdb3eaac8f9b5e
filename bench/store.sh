#!/usr/bin/env bash
# The archive store (docs/scale.md), timed beside its baselines in one run:
#   indexing N reports made from corpus/sample (bench/make_archive.py):
#     files/s and MB/s with --jobs 1, --jobs 2 and dask-index --local 2,
#     against analysing the same files without storing them (--jobs 1);
#   re-indexing after 10 files are edited (must analyse exactly those 10):
#     its time against the first run;
#   compare-figures over the store against over the files.
# usage: bench/store.sh [N (default 1500)] [RUNS (default 3, medians)]
# TALLY=path/to/tally overrides build/tally.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
TALLY=${TALLY:-$root/build/tally}
N=${1:-1500}
RUNS=${2:-3}
[ -x "$TALLY" ] || { echo "build tally first (cmake --build build)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

python3 "$root/bench/make_archive.py" "$N" arch
bytes=$(find arch -type f -printf '%s\n' | awk '{s += $1} END {print s}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.2f", b / 1e6}')
echo "archive: $N files, $mb MB (bench/make_archive.py from corpus/sample)"

now() { date +%s.%N; }
# median of the seconds a command takes over RUNS runs; before each run, $prep
median() {
  local prep=$1; shift
  local ts=()
  for _ in $(seq "$RUNS"); do
    eval "$prep"
    local t0 t1
    t0=$(now)
    "$@" >/dev/null 2>last.err
    t1=$(now)
    ts+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')")
  done
  printf '%s\n' "${ts[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}
rate() { awk -v n="$1" -v t="$2" 'BEGIN {printf "%.0f", n / t}'; }
mbs() { awk -v b="$bytes" -v t="$1" 'BEGIN {printf "%.2f", b / 1e6 / t}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

analyse=$(median "" "$TALLY" --jobs 1 --quiet -e \
  'for d in docs:each{analyse = {"structure", "figures", "measures"}} do end' arch)
j1=$(median "rm -f s.db" "$TALLY" index --db s.db --jobs 1 --quiet arch)
j2=$(median "rm -f s2.db" "$TALLY" index --db s2.db --jobs 2 --quiet arch)
if /usr/bin/python3 -c 'import distributed' 2>/dev/null; then
  dk=$(median "rm -f d.db" "$root/tools/dask-index" --local 2 --db d.db --tally "$TALLY" arch)
else
  dk=""
fi
store_mb=$(awk -v b="$(stat -c %s s.db)" 'BEGIN {printf "%.1f", b / 1e6}')

echo
printf '%-40s %8s %9s %8s %s\n' "indexing" "seconds" "files/s" "MB/s" "ratio"
printf '%-40s %8s %9s %8s %s\n' "baseline: analyse only, --jobs 1" "$analyse" "$(rate "$N" "$analyse")" "$(mbs "$analyse")" "1.00"
printf '%-40s %8s %9s %8s %s\n' "tally index --jobs 1" "$j1" "$(rate "$N" "$j1")" "$(mbs "$j1")" "$(ratio "$j1" "$analyse") of the baseline's time"
printf '%-40s %8s %9s %8s %s\n' "tally index --jobs 2" "$j2" "$(rate "$N" "$j2")" "$(mbs "$j2")" "$(ratio "$j1" "$j2")x --jobs 1"
if [ -n "$dk" ]; then
  printf '%-40s %8s %9s %8s %s\n' "dask-index --local 2 (start-up included)" "$dk" "$(rate "$N" "$dk")" "$(mbs "$dk")" "$(ratio "$j1" "$dk")x --jobs 1"
fi
echo "store: $store_mb MB for $mb MB of reports"

# re-index after editing 10 files
for f in $(find arch -name '*.txt' | sort | head -10); do
  echo "另据统计，全年实现出口增长7.7%。" >> "$f"
done
t0=$(now)
"$TALLY" index --db s.db --jobs 1 --quiet arch 2>reindex.err
t1=$(now)
re=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
echo
echo "re-index after editing 10 of $N files: $re s, $(awk -v a="$re" -v b="$j1" 'BEGIN {printf "%.1f", 100 * a / b}')% of the first run"
echo "  $(grep '^indexed' reindex.err)"
grep -q "^indexed $N files: 10 analysed, $((N - 10)) unchanged" reindex.err || echo "  !! expected exactly 10 analysed"

# queries: compare-figures over the store against over the files
"$TALLY" index --db s.db --quiet arch 2>/dev/null
qf=$(median "" "$TALLY" run compare-figures --jobs 1 --quiet arch)
qf2=$(median "" "$TALLY" run compare-figures --jobs 2 --quiet arch)
qs=$(median "" "$TALLY" run compare-figures --quiet s.db)
"$TALLY" run compare-figures --quiet arch >a.out 2>a.err
"$TALLY" run compare-figures --quiet s.db >b.out 2>b.err
same=$(cmp -s a.out b.out && cmp -s a.err b.err && echo "same output and warnings" || echo "!! outputs differ")
echo
printf '%-40s %8s %s\n' "compare-figures" "seconds" "ratio"
printf '%-40s %8s %s\n' "over the files, --jobs 1 (baseline)" "$qf" "1.00"
printf '%-40s %8s %s\n' "over the files, --jobs 2" "$qf2" "$(ratio "$qf" "$qf2")x"
printf '%-40s %8s %s\n' "over the store" "$qs" "$(ratio "$qf" "$qs")x faster ($same)"
