/* Tab completion of Lua names for the REPL: globals, the fields of tables
 * and objects, and after ':' their methods. */
#ifndef TALLY_REPL_COMPLETE_H
#define TALLY_REPL_COMPLETE_H

#include <lua.h>
#include <stddef.h>

/* Completes what ends the first len bytes of line: a file name inside an
 * open string literal or after .load, else the `a.b:c` path of a Lua name.
 * Sets *word_start to where it begins and pushes a sorted array of
 * candidates, each the whole word completed ("doc:figures(", with '(' after a
 * function; "corpus/", with '/' after a folder). Returns how many (0 pushes
 * an empty array). Never raises: a field whose lookup fails offers nothing. */
int tally_complete(lua_State *L, const char *line, size_t len, size_t *word_start);

#endif
