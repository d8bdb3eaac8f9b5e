#!/usr/bin/env bash
# What start-up leaves out and what it still gives (docs/engine.md, "Start-up"):
# the Lua-side libraries run on first use of their fields, not at start, and
# every field is still there for a script, pairs(tally) and help(); the
# folding tables are compiled in, so folding works with no ICU rules read; the
# program built with the static archives loads no shared ICU, libstdc++, Lua,
# PCRE2 or SQLite, and none loads libedit before the REPL opens it. Times are
# bench/peers.sh's (row 6), not asserted here.
. "$(dirname "$0")/lib.sh"
check() { # description, expected output, tally args...
  local what=$1 want=$2; shift 2
  local got; got=$("$T" "$@" 2>&1)
  [ "$got" = "$want" ] && ok || fail "$what: got '$got', want '$want'"
}

# nothing of scripts/lib/tally ran at start: its fields are not in the table yet
check "libraries do not run at start" "nil nil nil nil" \
  -e 'return tostring(rawget(tally, "json")) .. " " .. tostring(rawget(tally, "Table")) .. " " ..
    tostring(rawget(tally, "pretty")) .. " " .. tostring(rawget(tally, "stopwords"))'
# reading a field runs the library that sets it, and only that one
check "a field runs its library" "$(printf "true\t[1,\"a\"]\tnil")" \
  -e 'local enc = tally.json.encode; return type(enc) == "function", enc({1, "a"}), tostring(rawget(tally, "pretty"))'
# two libraries extend one field (table.lua and plot.lua both set tally.Table)
check "a field set by two libraries has both" "$(printf "function\tfunction\tfunction")" \
  -e 'return type(tally.table), type(tally.Table.where), type(tally.Table.plot_text)'
# a library that extends a C class (corpus.lua: c:figures) runs at start
check "corpus methods are there at start" "function" -e 'return type(docs.figures)'
# pairs(tally) lists every field, those of libraries not run yet too
check "pairs lists the libraries' fields" "true" \
  -e 'local seen = {} for k in pairs(tally) do seen[k] = true end
    return seen.json and seen.pretty and seen.read and seen.help and seen.row_writer and seen.stopwords and true'
# help() finds a library's function by identity
expect 0 'row_writer' -- "$T" -e 'tally.help(tally.row_writer)'
# a library's functions keep its chunk name (messages and tracebacks read tally/json:LINE)
check "a library keeps its chunk name" "=tally/json" -e 'return debug.getinfo(tally.json.decode, "S").source'
# the sandbox still holds: lazy loading reads bytecode built in, and a script
# still cannot load bytecode of its own
check "a sandboxed script cannot load bytecode" "false" \
  -e 'return (pcall(load, string.dump(function() end)) and load(string.dump(function() end)) ~= nil)'

# folding needs no ICU rules at run time: the tables are compiled in
check "folding from the built-in tables" "进出口总额12.5%“链”" -e 'return tally.fold("進出口總額１２.５％「鏈」")'

# the program linked with the static archives (TALLY_STATIC_DEPS) needs none of
# the shared ones (its own NEEDED entries: a sanitizer runtime brings libstdc++)
if [ "${TALLY_STATIC_DEPS:-0}" = 1 ] && command -v readelf >/dev/null; then
  needed=$(readelf -d "$T" | grep NEEDED)
  if printf '%s\n' "$needed" | grep -Eq 'libicu|libstdc\+\+|liblua|libpcre2|libsqlite3'; then
    fail "the static build needs shared libraries: $(printf '%s\n' "$needed" | grep -Eo '\[[^]]*\]' | tr '\n' ' ')"
  else
    ok
  fi
fi

# libedit is opened when the REPL starts on a terminal (core/repl_edit.c), in every build
if command -v readelf >/dev/null; then
  readelf -d "$T" | grep NEEDED | grep -q libedit && fail "the program needs libedit at start" || ok
fi

finish
