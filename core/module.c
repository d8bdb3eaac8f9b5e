/* luaopen_tally: the module table, filled by every binding file and by the
 * Lua-side libraries under scripts/lib/tally, which are compiled in. */
#include "binding.h"

#define TALLY_BINDING(name) void tally_open_##name(lua_State *L);
#include "tally_bindings.h"
#undef TALLY_BINDING

int luaopen_tally(lua_State *L);

/* The libraries come precompiled (cmake/embed_lua.lua), or as text when the
 * build found no lua5.4; either is built into the binary, never read from a
 * script, so loading bytecode here opens no way for a script to load any. */
static void run_lualibs(lua_State *L, int module)
{
    (void)L, (void)module; /* unused while scripts/lib/tally is empty */
#define TALLY_LUALIB(name, src)                                                        \
    if (luaL_loadbufferx(L, (const char *)(src), sizeof(src) - 1, "=tally/" name, "bt") \
        != LUA_OK)                                                                     \
        lua_error(L);                                                                  \
    lua_pushvalue(L, module);                                                          \
    lua_call(L, 1, 0);
#include "tally_lualibs.h"
#undef TALLY_LUALIB
}

int luaopen_tally(lua_State *L)
{
    lua_newtable(L);
    int module = lua_gettop(L);
    lua_pushliteral(L, TALLY_VERSION);
    lua_setfield(L, module, "version");
    /* tally.options: the command line's common options (--format, ...), also
     * reachable from C through the registry */
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, "tally.options");
    lua_setfield(L, module, "options");
#define TALLY_BINDING(name) \
    tally_open_##name(L);   \
    lua_settop(L, module);
#include "tally_bindings.h"
#undef TALLY_BINDING
    run_lualibs(L, module);
    lua_settop(L, module);
    return 1;
}
