#!/usr/bin/env bash
# tools/dask-index (docs/scale.md) on Dask distributed, on this machine only
# (127.0.0.1): over an archive of 1,000 reports made from corpus/sample, a
# LocalCluster of two workers builds the store `tally index` builds alone;
# with a scheduler and two workers started here, one worker killed mid-run
# loses nothing; a second run over an unchanged archive analyses nothing.
# Bounded: the steps run under timeout (the cluster's processes are killed on
# exit), the whole in well under 3 minutes.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
[ -x $PY ] && $PY -c 'import distributed' 2>/dev/null \
  || { echo "SKIP: Debian's python3-distributed is not installed (tools/install-deps.sh installs it)"; exit 77; }
need sqlite3 "sqlite3 (the shell) is not installed"
if [ "${TALLY_SANITIZED:-0}" = 1 ]; then
  echo "SKIP: under the sanitizers Dask's worker processes run the instrumented tally ten times"
  echo "      slower; the plain suite runs this test"
  exit 77
fi

. "$repo/tests/cli/store_lib.sh"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  rm -rf "$tmp"
}
cd "$tmp"
export DASK_DISTRIBUTED__WORKER__DAEMON=False   # no stray processes if a step times out

$PY "$repo/bench/make_archive.py" 1000 arch
timeout 120 "$TALLY" index --db alone.db arch 2>err0
grep -q "^indexed 1000 files: 1000 analysed" err0 && ok "tally index alone" || fail alone "$(cat err0)"
dump alone.db >d_alone

# ---- --local 2: a LocalCluster of two workers ----
timeout 150 "$repo/tools/dask-index" --local 2 --db local.db --tally "$TALLY" arch 2>err1; rc=$?
grep -q "1000 files: 1000 analysed, 0 failed" err1 && [ $rc -eq 0 ] && ok "dask-index --local 2" \
  || fail "--local 2" "rc $rc: $(tail -5 err1)"
dump local.db >d_local
cmp -s d_alone d_local && ok "--local 2 builds the same store" || fail "same store" "$(diff d_alone d_local | head -3)"
timeout 120 "$repo/tools/dask-index" --local 2 --db local.db --tally "$TALLY" arch 2>err2
grep -q "0 files to analyse" err2 && ok "a second run analyses nothing" || fail "second run" "$(tail -3 err2)"

# ---- a scheduler and two workers; one is killed while shards are running ----
dask-scheduler --host 127.0.0.1 --port 0 --no-dashboard \
  --scheduler-file sched.json >sched.log 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s sched.json ] && break; sleep 0.1; done
addr=$($PY -c 'import json; print(json.load(open("sched.json"))["address"])' 2>/dev/null)
[ -n "$addr" ] || { echo "FAIL: the scheduler did not start: $(tail -5 sched.log)"; exit 1; }
for w in 1 2; do
  dask-worker "$addr" --host 127.0.0.1 --nthreads 1 --no-nanny \
    --no-dashboard >"worker$w.log" 2>&1 &
  pids+=($!)
done
victim=${pids[1]}
workers() {
  $PY - "$addr" <<'EOF' 2>/dev/null
import sys
from dask.distributed import Client
with Client(sys.argv[1], timeout=5) as c:
    print(len(c.scheduler_info()["workers"]))
EOF
}
# wait until both workers have joined
for _ in $(seq 150); do
  n=$(workers)
  [ "${n:-0}" -ge 2 ] && break
  sleep 0.2
done
[ "${n:-0}" -ge 2 ] || fail "workers" "only ${n:-0} joined"
timeout 150 "$repo/tools/dask-index" --scheduler "$addr" --shards 40 --db killed.db --tally "$TALLY" arch \
  2>err3 &
driver=$!
killed=0
for _ in $(seq 600); do
  if grep -q "shard 2/40 done" err3 2>/dev/null; then
    if kill -0 "$victim" 2>/dev/null; then kill -9 "$victim" && killed=1; fi
    break
  fi
  kill -0 $driver 2>/dev/null || break
  sleep 0.05
done
wait $driver; rc=$?
done_before=$(grep -c "done:" err3)
left=$(workers)
[ $killed -eq 1 ] && [ "$left" = 1 ] && ok "a worker was killed mid-run (after 2 of 40 shards)" \
  || fail "kill" "killed $killed, workers left ${left:-?}"
grep -q "1000 files: 1000 analysed, 0 failed" err3 && [ $rc -eq 0 ] && ok "the run finished on the other worker ($done_before shards)" \
  || fail "killed run" "rc $rc: $(tail -5 err3)"
dump killed.db >d_killed
cmp -s d_alone d_killed && ok "nothing lost: the same store" || fail "killed store" "$(diff d_alone d_killed | head -3)"

cd "$repo"
finish
