/***
 * @module tally (files)
 * Writing a script's results to a file, whole or not at all.
 */
#include "binding.h"
#include "sandbox.h"
#include "tally/file_write.h"

/***
 * @function tally.write_file(path, text)
 * Writes text to path through a temporary file renamed into place, so the
 * file is complete or unchanged. In the sandbox the path must lie below the
 * working folder. Raises an error naming the path when it cannot write.
 * @return {string} path
 */
static int l_write_file(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    size_t len;
    const char *text = luaL_checklstring(L, 2, &len);
    tally_sandbox_check_write(L, path, "tally.write_file");
    tally_error err = {""};
    if (tally_write_file(path, text, len, &err) < 0)
        return luaL_error(L, "%s", err.msg);
    lua_settop(L, 1);
    return 1;
}

void tally_open_file(lua_State *L)
{
    static const luaL_Reg funcs[] = {{"write_file", l_write_file}, {NULL, NULL}};
    luaL_setfuncs(L, funcs, 0);
}
