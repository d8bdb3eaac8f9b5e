#!/usr/bin/env bash
# Dumps what the figure scanner, the measures finder and the structure reader
# give for a set of files, as jsonl, so a speed change can be shown to leave
# every result byte-identical: run it before and after, then diff the dirs.
#   bench/dump_outputs.sh TALLY OUT_DIR FILE...
# Writes OUT_DIR/figures.jsonl and measures.jsonl (the scripts' --format
# jsonl), and OUT_DIR/doc.jsonl: per file, every field of doc:figures(),
# doc:measures(), doc:dates(), doc.meta, doc.body, doc:boilerplate(),
# doc:turns(), and tally.figures() of each paragraph (the string path, which
# uses the Lua state's tables rather than the document's).
set -eu
T=$1; out=$2; shift 2
mkdir -p "$out"
"$T" run figures --format jsonl --quiet "$@" > "$out/figures.jsonl"
"$T" run measures --format jsonl --quiet "$@" > "$out/measures.jsonl"
"$T" --quiet -e '
  local enc = tally.json.encode
  for i = 1, #arg do
    local d = tally.open(arg[i])
    local function put(what, v) io.write(enc({file = arg[i], what = what, v = v}), "\n") end
    put("meta", d.meta)
    put("body", d.body)
    put("figures", d:figures())
    put("measures", d:measures())
    put("dates", d:dates())
    put("boilerplate", d:boilerplate())
    put("turns", d:turns())
    local ps = {}
    for _, p in ipairs(d:paragraphs()) do ps[#ps + 1] = tally.figures(p.text) end
    put("paragraph_figures", ps)
  end' "$@" > "$out/doc.jsonl"
wc -l "$out"/*.jsonl | tail -1 >&2
