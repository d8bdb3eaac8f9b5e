/***
 * @module tally (output formats)
 * The formats tally writes and the file extensions that choose them, shared
 * with the command line's --format and --output.
 */
#include <stdarg.h>

#include "binding.h"
#include "tally/output_format.h"
#include "usage.h"

/* The registry key of the flag a usage error sets, and the name of the
 * metatable of its error value: two keys, or the flag would replace the
 * metatable and the next usage error would set a boolean as a metatable. */
#define USAGE_KEY "tally.usage_raised"
#define USAGE_CLASS "tally.usage_error"

static int usage_tostring(lua_State *L)
{
    lua_rawgeti(L, 1, 1);
    return 1;
}

/* The error is a table whose __tostring is the message: the runner prints
 * such an error without a traceback (the user's mistake is not in a line
 * of the script), and tostring(err) in a pcall still reads it. */
static int raise_usage_message(lua_State *L, const char *msg)
{
    lua_createtable(L, 1, 0);
    lua_pushstring(L, msg);
    lua_rawseti(L, -2, 1);
    if (luaL_newmetatable(L, USAGE_CLASS)) {
        lua_pushcfunction(L, usage_tostring);
        lua_setfield(L, -2, "__tostring");
    }
    lua_setmetatable(L, -2);
    lua_pushboolean(L, 1);
    lua_setfield(L, LUA_REGISTRYINDEX, USAGE_KEY);
    return lua_error(L);
}

/* From C: the message starts with the script's line that made the call. */
int tally_raise_usage(lua_State *L, const char *fmt, ...)
{
    luaL_where(L, 1);
    va_list ap;
    va_start(ap, fmt);
    lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    lua_concat(L, 2);
    return raise_usage_message(L, lua_tostring(L, -1));
}

int tally_usage_error_raised(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, USAGE_KEY);
    int raised = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return raised;
}

void tally_push_choices(lua_State *L, const char *const *names)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 0; names[i]; i++) {
        if (i)
            luaL_addstring(&b, ", ");
        luaL_addstring(&b, names[i]);
    }
    luaL_pushresult(&b);
}

/***
 * @function tally.usage_error(message)
 * Ends the run as bad usage: prints the message and exits with status 2
 * (a script's own errors exit 1). For a wrong option or filter value.
 */
static int l_usage_error(lua_State *L)
{
    return raise_usage_message(L, luaL_checkstring(L, 1));
}

/***
 * @function tally.format_of_path(path)
 * The output format a file name's extension asks for (.csv → csv, .db →
 * sqlite, .txt → table …); nil and a message for an extension tally does not
 * write, nil and nil for a name without one.
 * @return {string} format
 */
static int l_format_of_path(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    int has_ext;
    const char *f = tally_format_of_path(path, &has_ext);
    if (f) {
        lua_pushstring(L, f);
        return 1;
    }
    lua_pushnil(L);
    if (!has_ext)
        return 1;
    lua_pushfstring(L, "%s: no output format for this extension (%s)", path,
                    tally_output_extension_names());
    return 2;
}

/***
 * @function tally.is_format(name)
 * Whether tally writes the format name (table, csv, excel, json, jsonl, md,
 * sqlite).
 * @return {boolean}
 */
static int l_is_format(lua_State *L)
{
    lua_pushboolean(L, tally_is_output_format(luaL_checkstring(L, 1)));
    return 1;
}

void tally_open_output(lua_State *L)
{
    static const luaL_Reg funcs[] = {
        {"format_of_path", l_format_of_path}, {"is_format", l_is_format},
        {"usage_error", l_usage_error}, {NULL, NULL}};
    luaL_setfuncs(L, funcs, 0);
}
