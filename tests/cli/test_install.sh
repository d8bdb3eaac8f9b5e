#!/usr/bin/env bash
# `cmake --install` into a fresh prefix, then the installed tree used from a
# folder outside the checkout: the binary finds its scripts (tally scripts,
# tally run compare-figures), the man page made from --help, the headers and
# libtally.a through pkg-config (a C program compiled against them), docs,
# and `require "tally"` from a stock lua5.4.
set -u
T=${TALLY:?set TALLY to the tally binary}
repo=$PWD
build=$(dirname "$T")
[ -f "$build/cmake_install.cmake" ] || { echo "SKIP: $build is not a CMake build folder"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok()   { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }

prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1; }
for f in bin/tally lib/lua/5.4/tally.so lib/libtally.a lib/pkgconfig/tally.pc include/tally/tally.h \
         include/tally/inputs.h include/tally/sqlite_table.h share/tally/scripts/compare-figures.lua \
         share/man/man1/tally.1 share/doc/tally/README.md share/doc/tally/figures.md; do
  [ -f "$prefix/$f" ] && ok || fail "not installed: $f"
done

# from a folder outside the checkout, with no TALLY_PATH and no ./scripts
mkdir "$tmp/elsewhere" && cd "$tmp/elsewhere" || exit 1
cp "$repo"/corpus/sample/0[1-3]*.txt .
unset TALLY_PATH
"$prefix/bin/tally" scripts >out 2>err
grep -q '^compare-figures ' out && grep -q '^figures ' out && ok || fail "tally scripts outside the checkout: $(cat out err)"
"$prefix/bin/tally" run compare-figures --all ./*.txt >out 2>err && grep -q '进出口' out && ok ||
  fail "tally run compare-figures from the installed tree: $(head -c 300 err)"
"$prefix/bin/tally" run figures --help | grep -q 'Print every figure' && ok || fail "run figures --help"
# the build tree's binary finds the checkout's scripts from here too
"$T" scripts | grep -q '^outline ' && ok || fail "the built binary outside the checkout"
# an empty listing names the folders searched
mkdir -p "$tmp/bare/bin" && cp "$prefix/bin/tally" "$tmp/bare/bin/"
"$tmp/bare/bin/tally" scripts >out 2>err
grep -q 'no scripts found' err && grep -q '\./scripts' err && ok || fail "empty listing: $(cat out err)"

# the sandbox keeps the binary's own library read-only, also when it lies below the working folder
(cd "$prefix" && printf 'tally.write_file("share/tally/scripts/notes.txt", "planted")\n' > w.lua &&
  "$prefix/bin/tally" run ./w.lua >out 2>err; echo $? > rc)
[ "$(cat "$prefix/rc")" != 0 ] && [ ! -e "$prefix/share/tally/scripts/notes.txt" ] && ok ||
  fail "a sandboxed script wrote into the installed library: $(cat "$prefix/err" 2>/dev/null)"

# the man page is the help text
grep -q '^\.TH TALLY 1' "$prefix/share/man/man1/tally.1" && grep -q 'files\\-from' "$prefix/share/man/man1/tally.1" && ok ||
  fail "tally.1"
if command -v man >/dev/null; then
  MANWIDTH=100 man -l "$prefix/share/man/man1/tally.1" 2>/dev/null | grep -q -- '--output FILE' && ok || fail "man -l tally.1"
fi

# a C program against the installed headers and library, found by pkg-config
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
if command -v pkg-config >/dev/null && command -v cc >/dev/null && [ "${TALLY_SANITIZED:-0}" != 1 ]; then
  cat > prog.c <<'C'
#include <stdio.h>
#include <tally/inputs.h>
#include <tally/document.h>
int main(void)
{
    tally_inputs in = {0};
    tally_error err = {""};
    if (tally_inputs_add(&in, ".", 0, &err) < 0) { fprintf(stderr, "%s\n", err.msg); return 1; }
    tally_doc *doc = tally_doc_open(in.paths[0], NULL, NULL, NULL, &err);
    if (!doc) { fprintf(stderr, "%s\n", err.msg); return 1; }
    printf("%zu %s\n", in.n, in.paths[0]);
    tally_doc_free(doc);
    tally_inputs_free(&in);
    return 0;
}
C
  if cc -std=c11 prog.c $(pkg-config --cflags tally) $(pkg-config --libs --static tally) -o prog 2>err; then
    ./prog > out 2>err && grep -q '^3 \./01_' out && ok || fail "the C program: $(cat out err)"
  else
    fail "compiling against pkg-config tally: $(head -c 600 err)"
  fi
  [ "$(realpath -m "$(pkg-config --variable=INSTALL_LMOD tally)")" = "$(realpath -m "$prefix/lib/lua/5.4")" ] && ok ||
    fail "INSTALL_LMOD: $(pkg-config --variable=INSTALL_LMOD tally)"
fi

# require "tally" from a stock lua5.4, with the installed module only
if command -v lua5.4 >/dev/null && [ "${TALLY_SANITIZED:-0}" != 1 ]; then
  out=$(LUA_CPATH="$prefix/lib/lua/5.4/?.so" lua5.4 -e '
    local tally = require "tally"
    local c = tally.corpus({"."})
    local n = 0
    for d in c:each() do n = n + #d:figures() end
    print(#c, n > 0, tally.table({{a = 1}}):format("csv") == "a\r\n1\r\n")' 2>&1)
  [ "$out" = "3	true	true" ] && ok || fail "require \"tally\" from lua5.4: $out"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
