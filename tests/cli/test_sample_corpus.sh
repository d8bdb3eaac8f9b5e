#!/usr/bin/env bash
# The sample corpus in corpus/sample: every file decodes, by detection alone, to the
# Chinese that was written (no U+FFFD, no warning), in the encoding its README row
# states, with BOM and CR gone from doc.text; and the README's table lists exactly
# the files that are there.
set -u
: "${TALLY:?set TALLY to the tally binary}"

dir=corpus/sample
readme=$dir/README.md
[ -f "$readme" ] || { echo "missing $readme (run from the repository root)"; exit 1; }

# A phrase known to be in each report, after decoding. For the Big5 and GB18030
# files this is what proves detection picked the right charset: Big5 bytes read as
# GB18030 decode without a single error, only to the wrong characters.
declare -A phrase=(
  [01_sichuan_interview.txt]='总量居全国第5位、位列西部第一'
  [02_zhejiang_workreport.txt]='“品质浙货 行销天下”'
  [03_yunnan_news.txt]='举办“云品出滇”对接活动36场'
  [04_hunan_news.txt]='同比增长１２.５％，增速居全国第４位'
  [05_foshan_workreport.txt]='实施“五大工程”'
  [06_fujian_interview.txt]='閩台貿易額達到126.8億元'
  [07_shenzhen_news.txt]='深港貿易額約3,650億港元，按年上升6.1%'
  [08_hubei_interview.txt]='讓“買全球、賣全球”成為湖北開放新名片'
)

failures=0
fail() { echo "FAIL $1: $2"; failures=$((failures + 1)); }

# Rows of the README table: | `NN_name.txt` | region | kind | script | encoding | line ends |
declare -A want_enc want_bom want_crlf
while IFS='|' read -r _ file _ _ _ enc ends _; do
  file=$(echo "$file" | tr -d ' `')
  [[ $file == *.txt ]] || continue
  want_enc[$file]=$(echo "$enc" | awk '{print $1}')
  [[ $enc == *BOM* ]] && want_bom[$file]=1 || want_bom[$file]=0
  [[ $ends == *CRLF* ]] && want_crlf[$file]=1 || want_crlf[$file]=0
done < <(grep '^| `' "$readme")

shopt -s nullglob
files=("$dir"/*.txt)
[ ${#files[@]} -gt 0 ] || { echo "no .txt files in $dir"; exit 1; }
for name in "${!want_enc[@]}"; do
  [ -f "$dir/$name" ] || fail "$name" "listed in README.md but not in $dir"
done

# Facts about one decoded document, one per line as key=value.
read -r -d '' facts <<'LUA'
local d = docs[1]
local t = d.text
local function count(s) local n = 0 for _ in t:gmatch(s) do n = n + 1 end return n end
local n_tokens = 0
for _ in ipairs(d:tokens()) do n_tokens = n_tokens + 1 end
print("encoding=" .. d.encoding)
print("bytes=" .. #t)
print("fffd=" .. count("\239\191\189"))
print("cr=" .. count("\r"))
print("bom=" .. count("\239\187\191"))
print("valid_utf8=" .. tostring(utf8.len(t) ~= nil))
print("paragraphs=" .. #d:paragraphs())
print("sentences=" .. #d:sentences())
print("tokens=" .. n_tokens)
print("phrase=" .. tostring(t:find(os.getenv("SAMPLE_PHRASE"), 1, true) ~= nil))
LUA

for path in "${files[@]}"; do
  name=$(basename "$path")
  if [ -z "${want_enc[$name]:-}" ]; then
    fail "$name" "not listed in the table of $readme"
    continue
  fi
  if [ -z "${phrase[$name]:-}" ]; then
    fail "$name" "no phrase for it in this test's phrase table"
    continue
  fi

  before=$failures
  # The README must describe the bytes truthfully before the decoder is judged.
  head3=$(head -c 3 "$path" | od -An -tx1 | tr -d ' \n')
  has_bom=0; [ "$head3" = efbbbf ] && has_bom=1
  [ "$has_bom" = "${want_bom[$name]}" ] || fail "$name" "README says BOM=${want_bom[$name]}, file has BOM=$has_bom"
  has_crlf=0; grep -q $'\r$' "$path" && has_crlf=1
  [ "$has_crlf" = "${want_crlf[$name]}" ] || fail "$name" "README says CRLF=${want_crlf[$name]}, file has CRLF=$has_crlf"

  errfile=$(mktemp)
  out=$(SAMPLE_PHRASE="${phrase[$name]}" "$TALLY" -e "$facts" "$path" 2>"$errfile")
  rc=$?
  err=$(cat "$errfile"); rm -f "$errfile"
  if [ $rc -ne 0 ]; then
    fail "$name" "tally exited $rc: $err"
    continue
  fi
  [ -z "$err" ] || fail "$name" "stderr not empty: $err"

  get() { echo "$out" | sed -n "s/^$1=//p"; }
  [ "$(get encoding)" = "${want_enc[$name]}" ] || fail "$name" "decoded as $(get encoding), README says ${want_enc[$name]}"
  [ "$(get fffd)" = 0 ] || fail "$name" "$(get fffd) U+FFFD in doc.text"
  [ "$(get cr)" = 0 ] || fail "$name" "$(get cr) CR in doc.text"
  [ "$(get bom)" = 0 ] || fail "$name" "BOM left in doc.text"
  [ "$(get valid_utf8)" = true ] || fail "$name" "doc.text is not valid UTF-8"
  [ "$(get phrase)" = true ] || fail "$name" "doc.text lacks the phrase '${phrase[$name]}'"
  bytes=$(get bytes)
  { [ "$bytes" -ge 1500 ] && [ "$bytes" -le 3500 ]; } ||
    fail "$name" "doc.text is $bytes bytes; sample reports are 1,500-3,500"
  # A report this size has a title, a dateline and at least a dozen paragraphs and
  # sentences; far fewer means line ends or sentence ends were lost in decoding.
  [ "$(get paragraphs)" -ge 8 ] || fail "$name" "only $(get paragraphs) paragraphs"
  [ "$(get sentences)" -ge 12 ] || fail "$name" "only $(get sentences) sentences"
  [ "$(get tokens)" -ge 300 ] || fail "$name" "only $(get tokens) tokens"
  [ "$failures" -eq "$before" ] && echo "ok $name: $(get encoding), $bytes bytes, $(get paragraphs) paragraphs, $(get sentences) sentences, $(get tokens) tokens"
done

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all ${#files[@]} sample reports decode cleanly"
