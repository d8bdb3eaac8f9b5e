# Shared by the command-line tests (sourced first thing, not a test itself):
#   T, repo   the tally binary ($TALLY, set by ctest) and the checkout
#             (ctest runs each test there)
#   tmp       a scratch folder, removed on exit; a test that needs more
#             cleaned up redefines cleanup() (and removes "$tmp" in it)
#   ok [NAME], fail WHY   count the checks (ok prints NAME when given; fail
#             says why on stderr)
#   expect STATUS PATTERN -- COMMAND...   runs COMMAND and checks its exit
#             status and that PATTERN (an ERE; "" for none) is in its stdout
#             or stderr, left in $tmp/out and $tmp/err
#   need COMMAND WHY   skips the test (exit 77) when COMMAND is missing
#   need_valgrind, valgrind_tally ARGS...   for the valgrind tests
#   finish    prints "N passed, M failed"; the test's status says whether
#             any failed
set -u
T=${TALLY:?set TALLY to the tally binary}
repo=$PWD
tmp=$(mktemp -d)
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
passed=0 failed=0

ok() {
  passed=$((passed + 1))
  [ $# -eq 0 ] || echo "ok $*"
}

fail() {
  failed=$((failed + 1))
  echo "FAIL: $*" >&2
}

expect() {
  local want=$1 pat=$2; shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  if [ "$got" != "$want" ]; then fail "$*: exit $got, wanted $want; stderr: $(head -c 400 "$tmp/err")"; return; fi
  if [ -n "$pat" ] && ! grep -qE -- "$pat" "$tmp/out" "$tmp/err"; then
    fail "$*: output lacks /$pat/: $(head -c 400 "$tmp/out" "$tmp/err")"; return; fi
  ok
}

need() {
  command -v "$1" >/dev/null || { echo "SKIP: $2"; exit 77; }
}

# Skips under the sanitizers (valgrind runs on the plain build) or without
# valgrind. The regexes run on PCRE2's JIT, as in use: its code reads aligned
# 16-byte blocks that may pass the end of a subject (harmless, within the
# page), which tests/valgrind/pcre2-jit.supp suppresses for the JIT's own code.
need_valgrind() {
  if [ "${TALLY_SANITIZED:-0}" = 1 ]; then echo "SKIP: sanitizer build (valgrind runs on the plain build)"; exit 77; fi
  need valgrind "valgrind not installed"
  export VALGRIND_OPTS="--suppressions=$repo/tests/valgrind/pcre2-jit.supp ${VALGRIND_OPTS:-}"
}

# tally under valgrind: exit 99 when it finds an invalid access or a leak.
valgrind_tally() {
  valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 "$T" "$@"
}

finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
