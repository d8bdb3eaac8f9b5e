#!/bin/bash
# Reading a corpus on worker threads: builds a 50 MB and a 5 MB corpus from
# the sample reports, then prints the wall time of a run with --jobs 1 and
# --jobs 2 and the peak memory (RSS) of each size. Prints; asserts nothing.
#   bench/corpus_jobs.sh [path/to/tally]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
TALLY=${1:-${TALLY:-$here/build/tally}}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time in /usr/bin/time (tools/install-deps.sh installs it)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One UTF-8 text of every sample report (they come in several encodings),
# repeated four times per file: about 70 KB, the size of a long report.
"$TALLY" --trust -e 'for d in docs:each() do io.write(d.text, "\n") end' "$here"/corpus/sample/*.txt > "$work/all.txt"
for _ in 1 2 3 4; do cat "$work/all.txt"; done > "$work/doc.txt"
doc_bytes=$(wc -c < "$work/doc.txt")

make_corpus() { # folder, megabytes
    mkdir -p "$1"
    local n=$(( $2 * 1000000 / doc_bytes + 1 ))
    for i in $(seq -w 1 "$n"); do cp "$work/doc.txt" "$1/r$i.txt"; done
    echo "$n files, $(du -sm "$1" | cut -f1) MB"
}
echo "corpus of 50 MB: $(make_corpus "$work/c50" 50)"
echo "corpus of 5 MB:  $(make_corpus "$work/c5" 5)"

# The script does little on its own thread, as a script that only reads
# results does: the decoding and analysis is what --jobs spreads.
code='local n, bytes = 0, 0 for d in docs:each() do n = n + 1 bytes = bytes + #d end return n, bytes'
run() { # jobs, folder -> "seconds peak_kb"
    "$TIME" -f "%e %M" -o "$work/time" "$TALLY" --quiet --jobs "$1" -e "$code" "$2/*.txt" > /dev/null
    cat "$work/time"
}
printf '%-28s %10s %14s\n' "run" "seconds" "peak RSS (MB)"
for spec in "1 c50" "2 c50" "1 c5" "2 c5"; do
    set -- $spec
    read -r secs kb < <(run "$1" "$work/$2")
    printf '%-28s %10s %14.1f\n' "--jobs $1, ${2#c} MB corpus" "$secs" "$(awk -v k="$kb" "BEGIN { print k / 1024 }")"
done
