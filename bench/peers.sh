#!/usr/bin/env bash
# tally beside its baselines, one row per line of issue 13's table: for each
# row the tally measurement and its baseline run interleaved in the same
# loop, N times, and the medians and their ratio printed; then the scaling
# of one long text (1x, 2x, 4x) and peak RSS. Prints; asserts nothing.
#   bench/peers.sh [BUILD_DIR] [N]        (N: runs per row, default 5)
# The text is the five seeds (bench/seed_text.lua, from ../shared) and the
# sample corpus, repeated to size. Rates are CPU seconds of the step alone
# (os.clock in tally, CLOCK_PROCESS_CPUTIME_ID in the baselines: a shared
# machine's load moves wall time more than CPU time); the --jobs rows are
# wall time of the whole run, since what they measure is the parallelism.
# Environment: MB (long text, default 4), FILES (corpus files, default 1200),
# LISTS_KB (the one-line list text, default 500), ROWS (the rows to run, of
# 1-8 as numbered below; default all).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}; n=${2:-5}
T=$(cd "$build" && pwd)/tally
MB=${MB:-4}; FILES=${FILES:-1200}; LISTS_KB=${LISTS_KB:-500}
# no run may take the shared machine down: a quadratic one fails instead
ulimit -v $(( 6 * 1024 * 1024 ))
ROWS=" ${ROWS:-1 2 3 4 5 6 7 8} "
want() { [[ "$ROWS" == *" $1 "* ]]; }
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time in /usr/bin/time"; exit 77; }
export TALLY_SHARED=${TALLY_SHARED:-$here/../shared}
[ -d "$TALLY_SHARED/corpus/seeds" ] || { echo "SKIP: no seeds in $TALLY_SHARED"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ---- baselines, built here from bench/*.c ----
cflags="-O2 -std=c11 $(pkg-config --cflags icu-uc icu-i18n libpcre2-8)"
libs="$(pkg-config --libs icu-uc icu-i18n libpcre2-8)"
cc $cflags -o "$work/icu_break" "$here/bench/icu_break.c" $libs
cc $cflags -o "$work/pcre2_count" "$here/bench/pcre2_count.c" $libs
cc -O2 -std=c11 -o "$work/cpu_run" "$here/bench/cpu_run.c"

# ---- texts ----
# base.txt: the seeds and the sample reports as UTF-8, one report after another
(cd "$here/bench" && "$T" --trust -e 'local t = assert(require("seed_text")({})) io.write(t, "\n")') > "$work/base.txt"
"$T" --trust --quiet -e 'for d in docs:each() do io.write(d.text, "\n") end' "$here"/corpus/sample/*.txt >> "$work/base.txt"

repeat_to() { # megabytes, out
  local want=$(( $1 * 1000000 )) ; : > "$2"
  while [ "$(wc -c < "$2")" -lt "$want" ]; do cat "$work/base.txt" >> "$2"; done
}
repeat_to "$MB" "$work/long1.txt"
cat "$work/long1.txt" "$work/long1.txt" > "$work/long2.txt"
cat "$work/long2.txt" "$work/long2.txt" > "$work/long4.txt"
# list-dense text on one line (a saved page without line breaks): 是-items
# and sections that restart over and over, 0.5 MB and its doubles
"$T" --trust -e '
  local unit = "（一）推进项目建设，完成投资12亿元。一是加快改革，增长5.2%；二是扩大开放，出口增长8%；三是优化服务。（二）强化保障。首先，稳就业；其次，保民生。"
  local s = unit:rep(math.ceil(tonumber(arg[2]) * 1000 / #unit))
  for k, name in ipairs({"lists1", "lists2", "lists4"}) do
    local f = assert(io.open(arg[1] .. "/" .. name .. ".txt", "w")); f:write(s:rep(2 ^ (k - 1)), "\n"); f:close()
  end' "$work" "$LISTS_KB"
# a corpus of FILES reports: every report of base.txt's sources, copied round
mkdir -p "$work/c1"
srcs=("$TALLY_SHARED"/corpus/seeds/*.txt "$here"/corpus/sample/*.txt)
for i in $(seq 1 "$FILES"); do cp "${srcs[$(( i % ${#srcs[@]} ))]}" "$work/c1/r$i.txt"; done
mkdir -p "$work/c10"
for i in $(seq 1 $(( FILES / 10 ))); do cp "${srcs[$(( i % ${#srcs[@]} ))]}" "$work/c10/r$i.txt"; done
corpus_mb=$(du -sm "$work/c1" | cut -f1)

# ---- helpers ----
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
mbps() { awk -v bytes="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", bytes / 1e6 / s; else print "-" }'; }
wall() { local a b; a=$(date +%s%N); "$@" > /dev/null 2>&1 || true; b=$(date +%s%N); awk -v d=$(( b - a )) 'BEGIN { printf "%.4f\n", d / 1e9 }'; }
rss_mb() { "$TIME" -f %M -o "$work/rss" "$@" > /dev/null 2>&1 || true; awk '{ printf "%.0f", $1 / 1024 }' "$work/rss"; }
load1() { cut -d' ' -f1 /proc/loadavg; }
tally_step() { # file, lua code measuring `d` (a document of the file) -> seconds
  "$T" --trust --quiet -e "local d = tally.open(arg[1]); local _ = d.text
    local t0 = os.clock(); $2; io.write(string.format('%.6f\\n', os.clock() - t0))" "$1"
}
row() { # label, tally, baseline, ratio
  printf '%-44s %14s %24s %8s\n' "$1" "$2" "$3" "$4"
}
printf 'tally %s, %s runs per row, long text %s MB, corpus %s files (%s MB)\n\n' \
  "$("$T" --version 2>/dev/null | head -1)" "$n" "$MB" "$FILES" "$corpus_mb"
printf '%-44s %14s %24s %8s\n' "what" "tally" "baseline" "ratio"

L1=$work/long1.txt; bytes1=$(wc -c < "$L1")
# 1. figures + measures vs raw ICU word break over the same UTF-8
if want 1; then
a=(); b=()
for _ in $(seq "$n"); do
  a+=("$(tally_step "$L1" 'local _ = #d:figures() + #d:measures()')")
  b+=("$("$work/icu_break" "$L1" utf8 | cut -d' ' -f1)")
done
ta=$(printf '%s\n' "${a[@]}" | median); tb=$(printf '%s\n' "${b[@]}" | median)
row "doc:figures() + doc:measures()" "$(mbps "$bytes1" "$ta") MB/s" "ICU break $(mbps "$bytes1" "$tb") MB/s" "$(ratio "$tb" "$ta")"
# the same per report, over a tenth of the corpus files: what a run over an
# archive pays, fixed costs per document included (script and region
# detection, structure); the baseline breaks the same files' text
cat "$work"/c10/*.txt > "$work/c10.txt"; cbytes10=$(wc -c < "$work/c10.txt"); nfiles10=$(ls "$work"/c10 | wc -l)
a=(); b=()
for _ in $(seq "$n"); do
  a+=("$("$T" --trust --quiet -e 'local ds = {}
    for i = 1, #arg do ds[i] = tally.open(arg[i]); local _ = ds[i].text end
    local t0 = os.clock()
    for _, d in ipairs(ds) do local _ = #d:figures() + #d:measures() end
    io.write(string.format("%.6f\n", os.clock() - t0))' "$work"/c10/*.txt)")
  b+=("$("$work/icu_break" "$work/c10.txt" utf8 | cut -d' ' -f1)")
done
ta=$(printf '%s\n' "${a[@]}" | median); tb=$(printf '%s\n' "${b[@]}" | median)
row "  the same per report, $nfiles10 files" "$(mbps "$cbytes10" "$ta") MB/s" "ICU break $(mbps "$cbytes10" "$tb") MB/s" "$(ratio "$tb" "$ta")"
fi

# 2. tokens vs ICU break storing offsets (and over UTF-16)
if want 2; then
a=(); b=(); c=()
for _ in $(seq "$n"); do
  a+=("$(tally_step "$L1" 'local _ = #d:tokens()')")
  b+=("$("$work/icu_break" "$L1" utf8 store | cut -d' ' -f1)")
  c+=("$("$work/icu_break" "$L1" utf16 store | cut -d' ' -f1)")
done
ta=$(printf '%s\n' "${a[@]}" | median); tb=$(printf '%s\n' "${b[@]}" | median); tc=$(printf '%s\n' "${c[@]}" | median)
row "doc:tokens()" "$(mbps "$bytes1" "$ta") MB/s" "ICU+store $(mbps "$bytes1" "$tb") MB/s" "$(ratio "$tb" "$ta")"
row "  (ICU break over UTF-16, same text)" "" "$(mbps "$bytes1" "$tc") MB/s" "$(ratio "$tc" "$tb")"
repeat_to 10 "$work/ten.txt"
r1=$(rss_mb "$T" --trust --quiet -e 'local d = tally.open(arg[1]); local t = d:tokens(); for i = 1, #t, 1000 do local _ = t[i].text end' "$work/ten.txt")
r2=$(rss_mb "$work/icu_break" "$work/ten.txt" utf8 store)
row "  peak RSS, 10 MB text" "$r1 MB" "ICU+store $r2 MB" "$(ratio "$r1" "$r2")"
fi

# 3, 4. the corpus scripts, --jobs 2 against --jobs 1: bench/jobs.sh (wall
# time, interleaved, median of N, the load average at the runs, and the CPU
# time of the script's thread and of the workers, whose share bounds the
# speed-up); then peak RSS at the corpus (FILES files) against a tenth of it
# (the same reports: c10 holds FILES / 10)
jobs_rows() { # label, script args...
  echo
  SCRIPTS="$1|${*:2}" ROWS_ONLY=1 bash "$here/bench/jobs.sh" "$build" "$n" "$work/c1"
  local r1 r10
  r1=$(rss_mb "$T" run "${@:2}" --quiet "$work/c10/*.txt"); r10=$(rss_mb "$T" run "${@:2}" --quiet "$work/c1/*.txt")
  row "  peak RSS at 10x the corpus / at 1x" "$r10 MB" "$r1 MB" "$(ratio "$r10" "$r1")"
}
if want 3; then
  jobs_rows "figures --format jsonl" figures --format jsonl
  jobs_rows "figures (aligned table)" figures
fi
if want 4; then
  jobs_rows "compare-figures" compare-figures
  jobs_rows "claims" claims
fi

# 5. scaling: one long text at 1x, 2x, 4x (time ratios; linear is 2 and 4)
if want 5; then
scale() { # label, lua code, files...
  local t=()
  for f in "${@:3}"; do t+=("$(for _ in $(seq "$n"); do tally_step "$f" "$2"; done | median)"); done
  row "$1" "$(printf '%.2fs' "${t[0]}")" "x2 $(ratio "${t[1]}" "${t[0]}"), x4 $(ratio "${t[2]}" "${t[0]}")" ""
}
scale "scaling: figures on $MB/$((2*MB))/$((4*MB)) MB" 'local _ = #d:figures()' "$work/long1.txt" "$work/long2.txt" "$work/long4.txt"
scale "scaling: measures, one-line lists ${LISTS_KB}KB x1/2/4" 'local _ = #d:measures()' "$work/lists1.txt" "$work/lists2.txt" "$work/lists4.txt"
row "  peak RSS, measures on the x4 line" "$(rss_mb "$T" --trust --quiet -e 'local d = tally.open(arg[1]); local m = d:measures(); io.write(#m, " ", (function() local l = 0 for _, r in ipairs(m) do if r.level > l then l = r.level end end return l end)())' "$work/lists4.txt") MB" "" ""
"$T" --trust --quiet -e 'local d = tally.open(arg[1]); local m = d:measures(); local l, s = 0, 0 for _, r in ipairs(m) do if r.level > l then l = r.level end; s = s + #r.text end
  print(string.format("  (%d items, deepest level %d, item texts %.0f MB)", #m, l, s / 1e6))' "$work/lists4.txt"
fi

# 6. start-up: CPU time of the whole process (bench/cpu_run.c: user + system
# from wait4, the commands interleaved, median of N*4+1), and what the first
# tally.fold adds, from outside (the process) and inside (first call against
# the second, os.clock)
if want 6; then
fold1='tally.fold("進")'
"$work/cpu_run" $(( n * 4 + 1 )) "$T" -e 1 -- lua5.4 -e 1 -- "$T" -e "$fold1" > "$work/start"
ta=$(sed -n 1p "$work/start" | cut -d' ' -f1); tb=$(sed -n 2p "$work/start" | cut -d' ' -f1); tc=$(sed -n 3p "$work/start" | cut -d' ' -f1)
row "start-up tally -e 1 (CPU)" "$ta ms" "lua5.4 -e 1 $tb ms" "$(ratio "$ta" "$tb")"
row "  process with one tally.fold (extra)" "$(awk -v a="$tc" -v b="$ta" 'BEGIN { printf "%+.2f ms", a - b }')" "" ""
f12=$(for _ in $(seq $(( n * 4 + 1 ))); do "$T" -e 'local c = os.clock; local t0 = c(); tally.fold("進"); local t1 = c(); tally.fold("進"); local t2 = c()
  io.write(string.format("%.4f %.4f\n", (t1 - t0) * 1e3, (t2 - t1) * 1e3))'; done)
t1=$(printf '%s\n' "$f12" | cut -d' ' -f1 | median); t2=$(printf '%s\n' "$f12" | cut -d' ' -f2 | median)
row "  first tally.fold call" "$t1 ms" "second call $t2 ms" "$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%+.2f ms", a - b }')"
fi

# 7. decode + load a large file (20 MB here)
if want 7; then
repeat_to 20 "$work/big.txt"; bigbytes=$(wc -c < "$work/big.txt")
tl=$(for _ in $(seq "$n"); do "$T" --trust --quiet -e 'local t0 = os.clock(); local d = tally.open(arg[1]); local _ = d.text; print(os.clock() - t0)' "$work/big.txt"; done | median)
row "decode + load 20 MB" "$(mbps "$bigbytes" "$tl") MB/s" "" ""
row "  peak RSS" "$(rss_mb "$T" --trust --quiet -e 'local d = tally.open(arg[1]); local _ = d.text' "$work/big.txt") MB" "" ""
fi

# 8. doc:count(re) vs a bare PCRE2-JIT loop
if want 8; then
re='[0-9.]+%'
a=(); b=()
for _ in $(seq "$n"); do
  a+=("$(tally_step "$L1" "local _ = d:count(tally.regex('$re'))")")
  b+=("$("$work/pcre2_count" "$re" "$L1" | cut -d' ' -f1)")
done
ta=$(printf '%s\n' "${a[@]}" | median); tb=$(printf '%s\n' "${b[@]}" | median)
row "doc:count(re) $re" "$(mbps "$bytes1" "$ta") MB/s" "PCRE2-JIT $(mbps "$bytes1" "$tb") MB/s" "$(ratio "$tb" "$ta")"
fi

echo
echo "ratio: baseline time / tally time (1 = as fast as the baseline; for --jobs, the speed-up),"
echo "except the RSS and start-up rows (tally / baseline). Peers: jieba 1-2 MB/s; Recognizers-Text numbers 0.9 MB/s."
