#!/usr/bin/env bash
# Prints the engine's basic timings: `tally -e` start-up, and opening plus
# tokenizing the five seeds (median of N runs each). Usage: bench/engine.sh [BUILD_DIR] [N]
set -eu
build=${1:-build}; n=${2:-21}
T=$build/tally
seeds=(${TALLY_SHARED:-../shared}/corpus/seeds/*.txt)
median_ms() { # command... ; runs it n times, prints the median wall time in ms
  local times=()
  for _ in $(seq "$n"); do
    local a=$(date +%s%N); "$@" >/dev/null; local b=$(date +%s%N)
    times+=($(( (b - a) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$n" 'NR == int((n + 1) / 2) { printf "%.2f ms", $1 / 1000 }'
}
echo "tally -e start-up (no files):          $(median_ms "$T" -e '1')"
echo "open + decode 5 seeds:                 $(median_ms "$T" -e 'for d in docs:each() do local _ = d.text end' "${seeds[@]}")"
echo "open + tokenize + sentences, 5 seeds:  $(median_ms "$T" -e 'local n = 0 for d in docs:each() do n = n + #d:tokens() + #d:sentences() end' "${seeds[@]}")"
"$T" -e 'local b, t = 0, 0 for d in docs:each() do b = b + #d.text; t = t + #d:tokens() end print(string.format("(%d bytes, %d tokens in the seeds)", b, t))' "${seeds[@]}"
