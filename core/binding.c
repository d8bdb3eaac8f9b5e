/* Class plumbing shared by every lua_<class>.c file. A class is a metatable
 * registered under its name; __index looks in its methods table first, then
 * calls the field getter of that name. */
#include "binding.h"

#include <stdio.h>
#include <string.h>

static int class_index(lua_State *L)
{
    /* upvalue 1: methods, upvalue 2: field getters */
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL)
        return 1;
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(2)) == LUA_TFUNCTION) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 1);
        return 1;
    }
    lua_pushnil(L);
    return 1;
}

static int class_newindex(lua_State *L)
{
    return luaL_error(L, "%s fields are read-only (tried to set '%s')",
                      luaL_typename(L, 1), luaL_tolstring(L, 2, NULL));
}

/* Leaves the class's methods (at -2) and getters (at -1) tables on the stack. */
static void class_tables(lua_State *L, const char *cls)
{
    if (luaL_newmetatable(L, cls)) {
        lua_newtable(L);
        lua_newtable(L);
        lua_pushvalue(L, -2);
        lua_setfield(L, -4, "__methods");
        lua_pushvalue(L, -1);
        lua_setfield(L, -4, "__getters");
        lua_pushcclosure(L, class_index, 2);
        lua_setfield(L, -2, "__index");
        lua_pushcfunction(L, class_newindex);
        lua_setfield(L, -2, "__newindex");
    }
    lua_getfield(L, -1, "__methods");
    lua_getfield(L, -2, "__getters");
    lua_remove(L, -3);
}

void tally_add_methods(lua_State *L, const char *cls, const luaL_Reg *methods)
{
    class_tables(L, cls);
    lua_pop(L, 1);
    luaL_setfuncs(L, methods, 0);
    lua_pop(L, 1);
}

void tally_add_fields(lua_State *L, const char *cls, const luaL_Reg *getters)
{
    class_tables(L, cls);
    luaL_setfuncs(L, getters, 0);
    lua_pop(L, 2);
}

void *tally_new_object(lua_State *L, const char *cls, size_t size)
{
    void *p = lua_newuserdatauv(L, size, 1);
    memset(p, 0, size);
    lua_newtable(L);
    lua_setiuservalue(L, -2, 1);
    class_tables(L, cls);
    lua_pop(L, 2);
    luaL_setmetatable(L, cls);
    return p;
}

tally_doc *tally_test_doc(lua_State *L, int idx)
{
    tally_doc_ud *ud = luaL_testudata(L, idx, TALLY_DOC_CLASS);
    return ud ? ud->doc : NULL;
}

tally_doc *tally_check_doc(lua_State *L, int idx)
{
    tally_doc_ud *ud = luaL_checkudata(L, idx, TALLY_DOC_CLASS);
    if (!ud->doc)
        luaL_argerror(L, idx, "document is closed");
    return ud->doc;
}

void tally_doc_cache(lua_State *L, int idx)
{
    tally_check_doc(L, idx);
    lua_getiuservalue(L, idx, 1);
}

const char *tally_check_subject(lua_State *L, int idx, size_t *len)
{
    tally_doc *doc = tally_test_doc(L, idx);
    if (doc) {
        *len = doc->len;
        return doc->text;
    }
    if (lua_type(L, idx) != LUA_TSTRING && lua_type(L, idx) != LUA_TNUMBER)
        luaL_typeerror(L, idx, "string or tally.Doc");
    return lua_tolstring(L, idx, len);
}

void tally_push_span(lua_State *L, const char *text, size_t start, size_t stop)
{
    lua_createtable(L, 0, 3);
    lua_pushlstring(L, text + start, stop - start);
    lua_setfield(L, -2, "text");
    lua_pushinteger(L, (lua_Integer)start + 1);
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, (lua_Integer)stop);
    lua_setfield(L, -2, "stop");
}

void tally_warn_stderr(void *ud, const char *msg)
{
    const char *name = ud;
    if (name)
        fprintf(stderr, "tally: warning: %s: %s\n", name, msg);
    else
        fprintf(stderr, "tally: warning: %s\n", msg);
}

const char *tally_encoding_option(lua_State *L, int opts)
{
    if (lua_istable(L, opts)) {
        lua_getfield(L, opts, "encoding");
        const char *enc = luaL_optstring(L, -1, NULL);
        if (enc)
            return enc;
    }
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.options");
    if (lua_istable(L, -1)) {
        lua_getfield(L, -1, "encoding");
        if (lua_isstring(L, -1))
            return lua_tostring(L, -1);
    }
    return NULL;
}

int tally_option_flag(lua_State *L, const char *name)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.options");
    if (lua_istable(L, -1))
        lua_getfield(L, -1, name);
    else
        lua_pushnil(L);
    int v = lua_toboolean(L, -1);
    lua_pop(L, 2);
    return v;
}
