#!/bin/bash
# The progress line: on a terminal (faked with script(1)) after a second of
# work, redrawn in place and erased at the end; never with --quiet, never
# when stderr is not a terminal, never for a run under a second.
. "$(dirname "$0")/lib.sh"
need script "script(1) is needed to fake a terminal"
for i in $(seq -w 1 30); do cp corpus/sample/04_hunan_news.txt "$tmp/r$i.txt"; done
# about 1.5 s: each document holds the loop for 50 ms
slow='for d in docs:each() do local t = os.clock() while os.clock() - t < 0.05 do end end print("done")'

tty_run() { script -qec "$1" /dev/null; }

out=$(tty_run "'$TALLY' -e '$slow' '$tmp/*.txt'")
case $out in *"tally: "*"/30 documents, "*" KB, "*" s"*) ;; *) echo "FAIL: no progress line on a terminal: $out"; failed=1 ;; esac
case $out in *$'\r\033[K'*done*) ;; *) echo "FAIL: the line is not erased before the output"; failed=1 ;; esac
case $out in *"tally: 1/30 documents"*) echo "FAIL: progress shown before a second had passed"; failed=1 ;; esac

out=$(tty_run "'$TALLY' --quiet -e '$slow' '$tmp/*.txt'")
case $out in *documents*) echo "FAIL: --quiet still shows progress"; failed=1 ;; esac

err=$("$TALLY" -e "$slow" "$tmp/*.txt" 2>&1 >/dev/null)
[ -z "$err" ] || { echo "FAIL: progress written to a stderr that is not a terminal: $err"; failed=1; }

# one short document, so that even a sanitizer build on a loaded machine stays under the second
out=$(tty_run "'$TALLY' -e 'for d in docs:each() do end print(\"quick\")' '$tmp/r01.txt'")
case $out in *documents*) echo "FAIL: progress for a run under a second"; failed=1 ;; esac

[ $failed -eq 0 ] && echo "progress ok"
exit $failed
