/* luaopen_tally: the module table, filled by every binding file and by the
 * Lua-side libraries under scripts/lib/tally, which are compiled in.
 *
 * A library runs when a script first reads a field of the module that it
 * sets (tally.json, tally.Table, ...; the build lists them,
 * cmake/embed_lua.lua), through the module's __index, so `tally -e 1` pays
 * for none of them; pairs(tally) and tally_load_all_lualibs run them all
 * first. One marked "*" (it extends a class of the C side) runs at start, and
 * so does one whose field a binding or another library already set, so a
 * library still replaces or extends what is there as it did when all ran at
 * start, in the same order. See docs/engine.md, "Start-up". */
#include "binding.h"

#include <string.h>

#define TALLY_BINDING(name) void tally_open_##name(lua_State *L);
#include "tally_bindings.h"
#undef TALLY_BINDING

int luaopen_tally(lua_State *L);

typedef struct lualib {
    const char *name; /* NULL ends the list */
    const char *keys; /* the module's fields it sets, space separated; "*": run at start */
    const unsigned char *src;
    size_t len;
} lualib;

/* The libraries come precompiled (cmake/embed_lua.lua), or as text when the
 * build found no lua5.4; either is built into the binary, never read from a
 * script, so loading bytecode here opens no way for a script to load any. */
static const lualib lualibs[] = {
#define TALLY_LUALIB(name, keys, src) {name, keys, src, sizeof(src) - 1},
#include "tally_lualibs.h"
#undef TALLY_LUALIB
    {NULL, NULL, NULL, 0},
};

/* The closures' upvalues: which libraries have run (a table of booleans by
 * index) and, by field name, the list of libraries that set it. */
#define LOADED lua_upvalueindex(1)
#define BY_KEY lua_upvalueindex(2)

/* Runs library i with the module at index module, unless it has run. Marked
 * first, so that a library reading its own field while it runs sees what is
 * there instead of running itself again. */
static void run_lualib(lua_State *L, int loaded, int module, lua_Integer i)
{
    if (lua_rawgeti(L, loaded, i) != LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
    lua_rawseti(L, loaded, i);
    const lualib *lib = &lualibs[i - 1];
    lua_pushfstring(L, "=tally/%s", lib->name);
    if (luaL_loadbufferx(L, (const char *)lib->src, lib->len, lua_tostring(L, -1), "bt") != LUA_OK)
        lua_error(L);
    lua_remove(L, -2);
    lua_pushvalue(L, module);
    lua_call(L, 1, 0);
}

static int all_loaded(lua_State *L, int loaded, int module)
{
    for (lua_Integer i = 1; lualibs[i - 1].name; i++)
        run_lualib(L, loaded, module, i);
    return 0;
}

/* __index(module, key): runs the libraries that set key, in build order,
 * then reads the field raw; nil when no library sets it. */
static int module_index(lua_State *L)
{
    lua_settop(L, 2);
    lua_pushvalue(L, 2);
    if (lua_rawget(L, BY_KEY) != LUA_TTABLE)
        return 0; /* no library sets it: nil */
    lua_Integer n = (lua_Integer)lua_rawlen(L, 3);
    for (lua_Integer k = 1; k <= n; k++) {
        lua_rawgeti(L, 3, k);
        lua_Integer i = lua_tointeger(L, -1);
        lua_pop(L, 1);
        run_lualib(L, LOADED, 1, i);
    }
    lua_settop(L, 2);
    lua_rawget(L, 1);
    return 1;
}

/* __pairs(module): every field, so every library first. */
static int module_pairs(lua_State *L)
{
    all_loaded(L, LOADED, 1);
    lua_getglobal(L, "next");
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* Whether library i sets a field that is already there, or is marked to
 * run at start. */
static int runs_now(lua_State *L, int module, const lualib *lib)
{
    if (strcmp(lib->keys, "*") == 0)
        return 1;
    for (const char *k = lib->keys; *k;) {
        size_t n = strcspn(k, " ");
        lua_pushlstring(L, k, n);
        int present = lua_rawget(L, module) != LUA_TNIL;
        lua_pop(L, 1);
        if (present)
            return 1;
        k += n;
        k += *k == ' ';
    }
    return 0;
}

static void setup_lualibs(lua_State *L, int module)
{
    lua_newtable(L);
    int loaded = lua_gettop(L);
    lua_newtable(L);
    int by_key = lua_gettop(L);
    for (lua_Integer i = 1; lualibs[i - 1].name; i++) {
        const char *keys = lualibs[i - 1].keys;
        if (strcmp(keys, "*") == 0)
            continue;
        for (const char *k = keys; *k;) {
            size_t n = strcspn(k, " ");
            lua_pushlstring(L, k, n);
            if (lua_rawget(L, by_key) != LUA_TTABLE) {
                lua_pop(L, 1);
                lua_newtable(L);
                lua_pushlstring(L, k, n);
                lua_pushvalue(L, -2);
                lua_rawset(L, by_key);
            }
            lua_pushinteger(L, i);
            lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
            lua_pop(L, 1);
            k += n;
            k += *k == ' ';
        }
    }
    lua_newtable(L);
    lua_pushvalue(L, loaded);
    lua_pushvalue(L, by_key);
    lua_pushcclosure(L, module_index, 2);
    lua_setfield(L, -2, "__index");
    lua_pushvalue(L, loaded);
    lua_pushvalue(L, by_key);
    lua_pushcclosure(L, module_pairs, 2);
    lua_setfield(L, -2, "__pairs");
    /* tally_load_all_lualibs finds the list of what ran here */
    lua_pushvalue(L, loaded);
    lua_setfield(L, -2, "__tally_loaded");
    lua_setmetatable(L, module);
    /* what runs at start, in build order, until no library's field is there
     * without it having run */
    for (int again = 1; again;) {
        again = 0;
        for (lua_Integer i = 1; lualibs[i - 1].name; i++) {
            int ran = lua_rawgeti(L, loaded, i) != LUA_TNIL;
            lua_pop(L, 1);
            if (!ran && runs_now(L, module, &lualibs[i - 1])) {
                run_lualib(L, loaded, module, i);
                again = 1;
            }
        }
    }
    lua_settop(L, loaded - 1);
}

void tally_load_all_lualibs(lua_State *L, int module)
{
    module = lua_absindex(L, module);
    if (!lua_getmetatable(L, module))
        return;
    if (lua_getfield(L, -1, "__tally_loaded") == LUA_TTABLE)
        all_loaded(L, lua_gettop(L), module);
    lua_pop(L, 2);
}

int luaopen_tally(lua_State *L)
{
    /* what start-up makes stays: collecting while it is made is wasted */
    int collecting = lua_gc(L, LUA_GCISRUNNING);
    lua_gc(L, LUA_GCSTOP);
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
    setup_lualibs(L, module);
    lua_settop(L, module);
    if (collecting)
        lua_gc(L, LUA_GCRESTART);
    return 1;
}
