/* The interactive REPL. */
#ifndef TALLY_REPL_H
#define TALLY_REPL_H

#include <lua.h>

/* Runs the REPL on L with `docs` bound to the files; returns an exit status. */
int tally_repl(lua_State *L, int nfiles, char **files);

#endif
