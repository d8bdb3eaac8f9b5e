/* Shared between the structure and measures bindings. */
#ifndef TALLY_LUA_STRUCTURE_H
#define TALLY_LUA_STRUCTURE_H

#include <lua.h>

#include "tally/structure.h"

/* The structure of the document at idx, built on first use; raises a Lua
 * error naming the document when it cannot be built. */
const tally_structure *tally_check_structure(lua_State *L, int idx);

#endif
