#!/usr/bin/env bash
# The seeds re-encoded (GB18030, Big5, UTF-16, UTF-8 with BOM and CRLF) must
# give byte-identical doc.text to the UTF-8 originals.
. "$(dirname "$0")/lib.sh"
seeds=${TALLY_SHARED:-../shared}/corpus/seeds
if [ ! -d "$seeds" ]; then echo "SKIP: $seeds not found (the seeds live in ../shared)"; exit 77; fi
need iconv "iconv not installed"

dump='io.write(docs[1].text) io.stderr:write(docs[1].encoding, "\n")'
# same_text ORIGINAL ENCODED WANTED-ENCODING
same_text() {
  "$T" -e "$dump" "$1" >"$tmp/want" 2>/dev/null
  "$T" -e "$dump" "$2" >"$tmp/got" 2>"$tmp/enc"
  if ! cmp -s "$tmp/want" "$tmp/got"; then fail "$2: doc.text differs from $1"; return; fi
  if [ -n "$3" ] && [ "$(tail -n 1 "$tmp/enc")" != "$3" ]; then
    fail "$2: detected $(tail -n 1 "$tmp/enc"), wanted $3"; return; fi
  ok
}

for f in "$seeds"/*.txt; do
  b=$(basename "$f" .txt)
  iconv -f UTF-8 -t GB18030 "$f" >"$tmp/$b.gb18030"
  same_text "$f" "$tmp/$b.gb18030" GB18030
  iconv -f UTF-8 -t UTF-16 "$f" >"$tmp/$b.utf16"     # with a BOM
  same_text "$f" "$tmp/$b.utf16" ""
  python3 -c 'import sys; d = open(sys.argv[1], "rb").read(); sys.stdout.buffer.write(b"\xef\xbb\xbf" + d.replace(b"\n", b"\r\n"))' "$f" >"$tmp/$b.bomcrlf"
  same_text "$f" "$tmp/$b.bomcrlf" UTF-8
done

# Big5 cannot hold a few characters of the Traditional seeds (産, 丨, 着, 裏,
# 説): the lines that Big5 can hold are compared.
for b in 002_611ecaf62806bbac 003_150011f9a5b442f6; do
  while IFS= read -r line; do
    printf '%s\n' "$line" | iconv -f UTF-8 -t BIG5 >/dev/null 2>&1 && printf '%s\n' "$line"
  done <"$seeds/$b.txt" >"$tmp/$b.big5src"
  [ "$(wc -l <"$tmp/$b.big5src")" -gt 20 ] || fail "$b: too few lines encodable in Big5"
  iconv -f UTF-8 -t BIG5 "$tmp/$b.big5src" >"$tmp/$b.big5"
  same_text "$tmp/$b.big5src" "$tmp/$b.big5" Big5
done

finish
