/* The store-backed corpus (core/lua_store.c), which tally.corpus hands a
 * path list to when it names a store. */
#ifndef TALLY_LUA_STORE_H
#define TALLY_LUA_STORE_H

#include <lua.h>

/* 1 when the path (a string) or a path of the list at idx is a store. */
int tally_store_corpus_wanted(lua_State *L, int idx);
/* tally.corpus(stores [, opts]) with its arguments at 1 and 2: pushes the corpus. */
int tally_push_store_corpus(lua_State *L);

#endif
