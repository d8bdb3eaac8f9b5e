#!/usr/bin/env bash
# Prints the REPL's start-up time: from exec to the first prompt on a
# terminal (a pty), with the seeds on the command line, median of N runs; and
# a whole piped session that does nothing (`printf '' | tally seeds...`).
# Usage: bench/repl_startup.sh [BUILD_DIR] [N]     (target: under 100 ms)
set -eu
build=${1:-build}; n=${2:-21}
T=$build/tally
seeds=(${TALLY_SHARED:-../shared}/corpus/seeds/*.txt)
[ -e "${seeds[0]}" ] || { echo "no seeds under ${TALLY_SHARED:-../shared}/corpus/seeds"; exit 1; }
state=$(mktemp -d); trap 'rm -rf "$state"' EXIT
export XDG_STATE_HOME=$state   # the runs leave the real history alone

python3 - "$n" "$T" "${seeds[@]}" <<'PY'
import os, pty, sys, time, select, signal, statistics
n, argv = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(n):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(argv[0], argv)
    seen = b""
    while not seen.endswith(b"\n> ") and not seen.endswith(b"\r> "):
        r, _, _ = select.select([fd], [], [], 5)
        if not r:
            sys.exit("no prompt after 5 s; the screen so far: %r" % seen)
        seen += os.read(fd, 4096)
    times.append((time.perf_counter() - t0) * 1000)
    # hang up (tally ends on SIGHUP): a Ctrl-D sent this early could reach
    # the terminal before the line editor has it in raw mode, and be lost
    os.close(fd)
    os.waitpid(pid, 0)
print("first prompt, %d seeds on a pty:   median %.1f ms  (min %.1f, max %.1f, %d runs)"
      % (len(argv) - 1, statistics.median(times), min(times), max(times), n))
PY

times=()
for _ in $(seq "$n"); do
  a=$(date +%s%N); printf '' | "$T" "${seeds[@]}" >/dev/null; b=$(date +%s%N)
  times+=($(( (b - a) / 1000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$n" -v k="${#seeds[@]}" \
  'NR == int((n + 1) / 2) { printf "printf %s | tally %d seeds:     median %.1f ms\n", "'"''"'", k, $1 / 1000 }'
