#!/usr/bin/env bash
# Decode + load of a large file (100 MB by default) in four encodings: tally's
# MB/s and peak RSS beside `cat FILE` (reading it) and `iconv` (converting it
# to UTF-8) run in the same loop, and, when TALLY_BEFORE names an older
# binary, the same for it. Median of N runs by CPU time. Prints; asserts nothing.
# Usage: bench/decode.sh [BUILD_DIR] [MB] [N]
set -eu
build=${1:-build}; mb=${2:-100}; n=${3:-3}
T=$build/tally
B=${TALLY_BEFORE:-}
seeds=${TALLY_SHARED:-../shared}/corpus/seeds
[ -d "$seeds" ] || { echo "no seeds in $seeds (they live in ../shared)"; exit 0; }
TIME=$(command -v /usr/bin/time || true)
[ -n "$TIME" ] || { echo "GNU time (/usr/bin/time) is needed for peak RSS"; exit 0; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# the seeds, repeated to the size asked for, in each encoding
cat "$seeds"/*.txt >"$work/one.txt"
python3 - "$work/one.txt" "$work/utf8.txt" "$mb" <<'PY'
import sys
one = open(sys.argv[1], "rb").read()
want = int(sys.argv[3]) << 20
with open(sys.argv[2], "wb") as f:
    f.write(one * (want // len(one) + 1))
PY
python3 -c 'import sys; d = open(sys.argv[1], "rb").read(); open(sys.argv[2], "wb").write(d.replace(b"\n", b"\r\n"))' "$work/utf8.txt" "$work/crlf.txt"
iconv -f UTF-8 -t GB18030 "$work/utf8.txt" >"$work/gb.txt" 2>/dev/null || true
iconv -f UTF-8 -t UTF-16 "$work/utf8.txt" >"$work/u16.txt"
load='local d = tally.open(arg[1])'

# median over n runs of CPU seconds (user + system: the machine is shared, so
# wall time says more about the neighbours) and of peak RSS in MB
measure() {
  : >"$work/runs"
  for _ in $(seq "$n"); do
    "$TIME" -f '%U %S %M' -o "$work/one" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$work/one" >>"$work/runs"
  done
  awk '{ print $1 + $2, $3 }' "$work/runs" | sort -n |
    awk -v n="$n" 'NR == int((n + 1) / 2) { printf "%.3f %.0f\n", $1, $2 / 1024 }'
}
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? b / 1048576 / s : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

printf '%-14s %11s %8s %9s %11s %9s %12s\n' file "tally MB/s" "RSS MB" "RSS/file" "cat MB/s" \
  "iconv MB/s" "tally/iconv"
row() { # label file iconv-encoding binary
  local f=$2 bytes t tr c i
  bytes=$(stat -c %s "$f")
  read -r t tr < <(measure "$4" --trust --quiet -e "$load" "$f")
  read -r c _ < <(measure cat "$f")
  read -r i _ < <(measure iconv -f "$3" -t UTF-8 "$f")
  printf '%-14s %11s %8s %9s %11s %9s %12s\n' "$1" "$(mbps "$bytes" "$t")" "$tr" \
    "$(ratio "$tr" "$(( bytes / 1048576 ))")" "$(mbps "$bytes" "$c")" "$(mbps "$bytes" "$i")" \
    "$(ratio "$t" "$i")"
}
for bin in "$T" ${B:+"$B"}; do
  echo "== $bin"
  row "UTF-8, LF" "$work/utf8.txt" UTF-8 "$bin"
  row "UTF-8, CRLF" "$work/crlf.txt" UTF-8 "$bin"
  [ -s "$work/gb.txt" ] && row "GB18030" "$work/gb.txt" GB18030 "$bin"
  row "UTF-16 (BOM)" "$work/u16.txt" UTF-16 "$bin"
done
echo "(MB/s by CPU time, user + system, median of $n; tally: tally.open of the file = read, detect,"
echo " decode, NFC, CRLF, page check; RSS/file: peak RSS over the file's size; tally/iconv: tally's"
echo " CPU time over iconv's converting the same file, below 1 is faster than iconv)"
