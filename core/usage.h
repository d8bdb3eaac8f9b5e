/* Bad usage raised from Lua: a wrong option value (--kind growht, --by
 * province) or filter value (kind = "moeny") is the user's mistake, not the
 * script's, and ends the run with exit status 2 rather than 1. */
#ifndef TALLY_USAGE_H
#define TALLY_USAGE_H

#include <lua.h>

/* Raises a Lua error with the message and marks the run as bad usage. */
int tally_raise_usage(lua_State *L, const char *fmt, ...);

/* 1 when the run ended by tally_raise_usage (or tally.usage_error). */
int tally_usage_error_raised(lua_State *L);

/* Pushes "a, b, c" of the names; names ends with NULL. */
void tally_push_choices(lua_State *L, const char *const *names);

#endif
