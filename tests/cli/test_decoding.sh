#!/usr/bin/env bash
# Decoding through the command line, on files made here in every encoding
# reports come in: short Big5, Big5-HKSCS and GBK read right, corrupt UTF-8
# stays UTF-8, UTF-16 without a BOM and UTF-32 with one, HTML's declared
# charset, noise rejected as binary, BOMs, warnings with exact byte offsets.
. "$(dirname "$0")/lib.sh"
need python3 "python3 not installed"

# Text written for this test: Traditional, Simplified and Cantonese.
hant='本市去年經濟運行平穩，城鎮新增就業十二萬人。學校、醫院和養老機構都有新的進展。今年要繼續深化改革，讓市場主體更有信心。'
hans='过去一年，全县克服困难，农村居民收入增长百分之七。今年要扩大有效投资，稳住就业和物价，保障和改善民生。'
hk='佢哋話今日嘅會議好重要，我哋都要嚟；啲資料已經整理咗，唔好遲到㗎。'

# make FILE ENCODING TEXT: TEXT encoded with Python's codec.
make() { python3 -c 'import sys; open(sys.argv[1], "wb").write(sys.argv[3].encode(sys.argv[2]))' "$1" "$2" "$3"; }
dump='for d in docs:each() do io.write(d.encoding, "\t", d.text, "\n") end'
# same FILE WANT-ENCODING WANT-TEXT: doc.encoding and doc.text of FILE.
same() {
  "$T" -e "$dump" "$1" >"$tmp/out" 2>"$tmp/err"
  local want; want=$(printf '%s\t%s' "$2" "$3")
  if [ "$(cat "$tmp/out")" = "$want" ]; then ok; else
    fail "$1: got '$(head -c 300 "$tmp/out")', wanted '$want'; stderr: $(head -c 300 "$tmp/err")"; fi
}

# Short snippets, every start: 5, 10 and 15 characters (10, 20, 30 bytes).
for script in hant hans; do
  text=${!script}
  codec=$([ $script = hant ] && echo big5 || echo gbk)
  want=$([ $script = hant ] && echo Big5 || echo GB18030)
  total=0 right=0
  for len in 5 10 15; do
    for start in 0 7 13 21 30 38 44; do
      snip=${text:$start:$len}
      make "$tmp/s.txt" $codec "$snip"
      "$T" -e "$dump" "$tmp/s.txt" >"$tmp/out" 2>/dev/null
      total=$((total + 1))
      [ "$(cat "$tmp/out")" = "$(printf '%s\t%s' "$want" "$snip")" ] && right=$((right + 1)) ||
        echo "wrong: $codec '$snip' read as $(cat "$tmp/out")" >&2
    done
  done
  [ "$right" -eq "$total" ] && ok || fail "short $codec: $right of $total right"
done

# Big5-HKSCS: the Hong Kong characters are real characters, not private use
make "$tmp/hk.txt" big5hkscs "$hk"
same "$tmp/hk.txt" Big5-HKSCS "$hk"
make "$tmp/hk_short.txt" big5hkscs '嘅啲㗎嚟咗'
same "$tmp/hk_short.txt" Big5-HKSCS '嘅啲㗎嚟咗'
# plain Big5 text stays Big5
make "$tmp/big5.txt" big5 "$hant"
same "$tmp/big5.txt" Big5 "$hant"

# UTF-8 with 3% of its bytes corrupt is still UTF-8, with a warning per byte
python3 - "$tmp/corrupt.txt" "$hans$hant$hans" <<'PY'
import random, sys
rng = random.Random(3)
b = bytearray(sys.argv[2].encode())
for i in range(len(b)):
    if rng.random() < 0.03:
        b[i] = rng.randrange(0x80, 0x100)
open(sys.argv[1], "wb").write(b)
PY
"$T" -e "$dump" "$tmp/corrupt.txt" >"$tmp/out" 2>"$tmp/err"
head -c 6 "$tmp/out" | grep -q '^UTF-8' && ok || fail "corrupt UTF-8 read as $(head -c 20 "$tmp/out")"
grep -q 'corrupt.txt: invalid UTF-8 byte' "$tmp/err" && ok || fail "corrupt UTF-8: no warning"
grep -q '全县克服' "$tmp/out" || grep -q '經濟運行' "$tmp/out" && ok || fail "corrupt UTF-8: text lost"

# UTF-16 without a BOM, both byte orders; UTF-32 with a BOM
make "$tmp/le.txt" utf-16-le $'第一行\n第二行 12\n'
same "$tmp/le.txt" UTF-16LE $'第一行\n第二行 12'
make "$tmp/be.txt" utf-16-be $'經濟 2025\n'
same "$tmp/be.txt" UTF-16BE '經濟 2025'
make "$tmp/u32le.txt" utf-32 "$hans"     # Python writes the BOM, little-endian
same "$tmp/u32le.txt" UTF-32LE "$hans"
python3 -c 'import sys; open(sys.argv[1], "wb").write(b"\0\0\xfe\xff" + sys.argv[2].encode("utf-32-be"))' "$tmp/u32be.txt" "$hant"
same "$tmp/u32be.txt" UTF-32BE "$hant"

# 4 KB of noise without a NUL: rejected as binary, named, the others still run
python3 -c 'import random, sys; r = random.Random(7); open(sys.argv[1], "wb").write(bytes(r.randrange(1, 256) for _ in range(4096)))' "$tmp/noise.bin"
"$T" -e "$dump" "$tmp/noise.bin" "$tmp/big5.txt" >"$tmp/out" 2>"$tmp/err"; st=$?
[ $st -eq 2 ] && grep -q 'noise.bin: binary file' "$tmp/err" && grep -q '^Big5' "$tmp/out" && ok ||
  fail "noise: exit $st, $(head -c 300 "$tmp/err")"

# HTML: <meta charset> and http-equiv are honoured, even for a few characters
{ printf '<html><head><meta charset="big5"><title>t</title></head><body><p>'; printf '%s' '經濟' | python3 -c 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("big5"))'; printf '</p></body></html>\n'; } >"$tmp/page.html"
"$T" -e 'do io.write(docs[1].encoding, " ", docs[1].text) end' "$tmp/page.html" >"$tmp/out" 2>"$tmp/err"
grep -q '^Big5 ' "$tmp/out" && grep -q '經濟' "$tmp/out" && ok || fail "meta charset big5: $(cat "$tmp/out" "$tmp/err")"
{ printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body><p>'; printf '%s' '发展' | python3 -c 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("gbk"))'; printf '</p></body></html>\n'; } >"$tmp/page2.html"
"$T" -e 'do io.write(docs[1].encoding, " ", docs[1].text) end' "$tmp/page2.html" >"$tmp/out" 2>"$tmp/err"
grep -q '^GB18030 ' "$tmp/out" && grep -q '发展' "$tmp/out" && ok || fail "http-equiv gb2312: $(cat "$tmp/out" "$tmp/err")"
# a numeric reference past U+10FFFF is U+FFFD, its digits are not text
printf '<html><body><p>a&#99999999999999999999;b&#x110000;c</p></body></html>\n' >"$tmp/ent.html"
"$T" -e 'do io.write(docs[1].text) end' "$tmp/ent.html" >"$tmp/out" 2>&1
grep -q $'a\xef\xbf\xbdb\xef\xbf\xbdc' "$tmp/out" && ! grep -q '999' "$tmp/out" && ok || fail "entity overflow: $(cat "$tmp/out")"

# three BOMs keep no U+FEFF; tally.normalize keeps a leading one
printf '\xef\xbb\xbf\xef\xbb\xbf\xef\xbb\xbf%s\n' "$hans" >"$tmp/boms.txt"
same "$tmp/boms.txt" UTF-8 "$hans"
"$T" -e 'local s = "\u{FEFF}x" io.write(tally.normalize(s) == s and tally.normalize(tally.normalize(s)) == s and "kept" or "dropped")' >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = kept ] && ok || fail "tally.normalize: $(cat "$tmp/out")"
"$T" -e 'local d = tally.doc("\u{FEFF}\u{FEFF}甲") io.write(d.text == "甲" and "dropped" or "kept")' >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = dropped ] && ok || fail "tally.doc leading U+FEFF: $(cat "$tmp/out")"

# CRLF and invalid bytes: LF in the text, warnings at exact file offsets
printf '甲\r\n\xff乙\r\n\xe4\xb8\r\n中文\r\n' >"$tmp/crlf.txt"
"$T" -e 'do io.write(docs[1].text) end' "$tmp/crlf.txt" >"$tmp/out" 2>"$tmp/err"
[ "$(od -An -tx1 "$tmp/out" | tr -d ' \n')" = "e794b20aefbfbde4b9990aefbfbd0ae4b8ade696870a" ] && ok || fail "CRLF text: $(od -An -tx1 "$tmp/out")"
grep -q 'crlf.txt: invalid UTF-8 byte at byte offset 5 ' "$tmp/err" &&
  grep -q 'crlf.txt: invalid UTF-8 bytes at byte offset 11 ' "$tmp/err" && ok || fail "CRLF offsets: $(cat "$tmp/err")"

# a short file between two encodings is read and the run says it is unsure
printf '\xb3\xa3' >"$tmp/two.txt"   # 都 in Big5, 常 in GBK
"$T" -e "$dump" "$tmp/two.txt" >"$tmp/out" 2>"$tmp/err"
grep -q 'two.txt: encoding uncertain' "$tmp/err" && ok || fail "no uncertainty warning: $(cat "$tmp/out" "$tmp/err")"

finish
