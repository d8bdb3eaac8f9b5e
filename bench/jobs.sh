#!/usr/bin/env bash
# --jobs 2 against --jobs 1 for the corpus scripts (issue 13): wall time,
# the two runs interleaved, median of N, with the load average at each run;
# and how the CPU time divides between the script's (Lua) thread and the
# workers (bench/thread_cpu.c: the main thread's time from
# /proc/PID/task/PID/schedstat, the process's from wait4). The Lua thread's
# share s bounds the speed-up on two idle cores: with three threads (two
# workers and the script's) sharing two cores, --jobs 2 / --jobs 1 is at
# most limit = 1 / (s + (1 - s) / 2). Prints; asserts nothing.
#   bench/jobs.sh [BUILD_DIR] [N] [CORPUS_DIR]
# CORPUS_DIR: the reports (default: FILES (1200) copies of the seeds and the
# sample reports, as bench/peers.sh makes them). SCRIPTS: the runs, one per
# line of "label|script args" (default below). ROWS_ONLY=1 leaves out the
# header and the notes (bench/peers.sh prints its own).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}; n=${2:-5}; corpus=${3:-}
T=$(cd "$build" && pwd)/tally
FILES=${FILES:-1200}
export TALLY_SHARED=${TALLY_SHARED:-$here/../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -std=c11 -o "$work/thread_cpu" "$here/bench/thread_cpu.c"
if [ -z "$corpus" ]; then
  [ -d "$TALLY_SHARED/corpus/seeds" ] || { echo "SKIP: no seeds in $TALLY_SHARED"; exit 77; }
  corpus=$work/c; mkdir -p "$corpus"
  srcs=("$TALLY_SHARED"/corpus/seeds/*.txt "$here"/corpus/sample/*.txt)
  for i in $(seq 1 "$FILES"); do cp "${srcs[$(( i % ${#srcs[@]} ))]}" "$corpus/r$i.txt"; done
fi
corpus=$(cd "$corpus" && pwd)
nfiles=$(find "$corpus" -name '*.txt' | wc -l); mb=$(du -sm "$corpus" | cut -f1)
# run from an empty folder: ./scripts of the working directory would come
# first on the script path and could be another version's
cd "$work"
SCRIPTS=${SCRIPTS:-"figures --format jsonl|figures --format jsonl
figures (aligned table)|figures
compare-figures|compare-figures
claims|claims"}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
load1() { cut -d' ' -f1 /proc/loadavg; }
rows_only=${ROWS_ONLY:-0}
if [ "$rows_only" != 1 ]; then
  printf 'tally %s; %s files (%s MB); %s interleaved runs each; %s cores\n' \
    "$("$T" --version 2>/dev/null | head -1)" "$nfiles" "$mb" "$n" "$(nproc)"
fi
printf '%-26s %8s %8s %6s %7s %7s %6s %12s\n' "script" "jobs 1" "jobs 2" "ratio" "Lua j1" "Lua j2" "limit" "load"
while IFS='|' read -r label args; do
  [ -n "$label" ] || continue
  : > "$work/j1"; : > "$work/j2"; : > "$work/load"
  for _ in $(seq "$n"); do
    for j in 2 1; do
      load1 >> "$work/load"
      # shellcheck disable=SC2086
      "$work/thread_cpu" "$T" run $args --quiet --jobs $j "$corpus/*.txt" >> "$work/j$j" ||
        echo "  (a run of $label --jobs $j failed)"
    done
  done
  load1 >> "$work/load"
  w1=$(cut -d' ' -f1 "$work/j1" | median); w2=$(cut -d' ' -f1 "$work/j2" | median)
  # the Lua thread's share of the run's CPU, median over the runs
  s1=$(awk '{ if ($2 > 0) print $3 / $2 }' "$work/j1" | median)
  s2=$(awk '{ if ($2 > 0) print $3 / $2 }' "$work/j2" | median)
  lmin=$(sort -g "$work/load" | head -1); lmax=$(sort -g "$work/load" | tail -1)
  awk -v l="$label" -v a="$w1" -v b="$w2" -v s1="$s1" -v s2="$s2" -v lo="$lmin" -v hi="$lmax" 'BEGIN {
    printf "%-26s %7.2fs %7.2fs %5.2fx %6.1f%% %6.1f%% %5.2fx %12s\n", l, a, b, a / b,
      100 * s1, 100 * s2, 1 / (s2 + (1 - s2) / 2), lo "-" hi }'
  # CPU seconds per thread, medians: the script's thread and the workers
  for j in 1 2; do
    printf '  %-24s CPU (jobs %s): Lua thread %.2fs, workers %.2fs, total %.2fs\n' "" $j \
      "$(cut -d' ' -f3 "$work/j$j" | median)" "$(cut -d' ' -f4 "$work/j$j" | median)" \
      "$(cut -d' ' -f2 "$work/j$j" | median)"
  done
done <<< "$SCRIPTS"
[ "$rows_only" = 1 ] && exit 0
echo
echo "ratio: --jobs 1 wall time / --jobs 2 wall time (the speed-up); Lua: the script's thread's"
echo "share of the run's CPU time; limit: 1 / (s + (1 - s) / 2) for the --jobs 2 share s, what two"
echo "idle cores allow; load: the 1-minute load average over the runs (2 cores; other sessions share them)."
