/* What other binding files use of folding: the fold option and a subject's
 * folded text with its map. */
#ifndef TALLY_FOLD_BINDING_H
#define TALLY_FOLD_BINDING_H

#include <lua.h>

#include "tally/fold.h"

/* Whether opts (a table at index opts, or anything else) has fold = true. */
int tally_fold_option(lua_State *L, int opts);

/* The folded text of the subject at idx: a document's own (kept with it), or
 * a string's, owned by a value this pushes; one value is pushed either way
 * (nil for a document), so it lives as long as that stack slot. Raises a Lua
 * error naming the argument when it is neither, or when folding fails. */
const tally_folded *tally_check_folded(lua_State *L, int idx);

/* The same folded text later on: the subject at idx, and at holder the value
 * tally_check_folded pushed for it (kept meanwhile, e.g. as an upvalue). */
const tally_folded *tally_held_folded(lua_State *L, int idx, int holder);

#endif
