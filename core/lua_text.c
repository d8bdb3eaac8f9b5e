/***
 * @module tally (text helpers)
 * Normalization, Traditional/Simplified conversion and display width.
 */
#include "binding.h"
#include "tally/decoder.h"
#include "tally/text.h"

#include <stdlib.h>

/***
 * @function tally.normalize(s [, form])
 * Unicode normalization (NFC by default; NFKC, NFD, NFKD) with LF line ends.
 */
static int l_normalize(lua_State *L)
{
    size_t len, out_len = 0;
    const char *s = luaL_checklstring(L, 1, &len);
    const char *form = luaL_optstring(L, 2, "NFC");
    tally_error err = {""};
    char *out = tally_normalize(s, len, form, &out_len, &err);
    if (!out)
        return luaL_error(L, "tally.normalize: %s", err.msg);
    lua_pushlstring(L, out, out_len);
    free(out);
    return 1;
}

static int convert(lua_State *L, tally_script_conversion to)
{
    size_t len, out_len = 0;
    const char *s = luaL_checklstring(L, 1, &len);
    tally_error err = {""};
    char *out = tally_convert_script(s, len, to, &out_len, &err);
    if (!out)
        return luaL_error(L, "%s", err.msg);
    lua_pushlstring(L, out, out_len);
    free(out);
    return 1;
}

/***
 * @function tally.simplified(s)
 * Traditional characters to Simplified (ICU Hant-Hans).
 */
static int l_simplified(lua_State *L)
{
    return convert(L, TALLY_TO_SIMPLIFIED);
}

/***
 * @function tally.traditional(s)
 * Simplified characters to Traditional (ICU Hans-Hant).
 */
static int l_traditional(lua_State *L)
{
    return convert(L, TALLY_TO_TRADITIONAL);
}

/***
 * @function tally.width(s)
 * Terminal columns the string takes: CJK and full-width characters count 2.
 */
static int l_width(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_pushinteger(L, (lua_Integer)tally_display_width(s, len));
    return 1;
}

void tally_open_text(lua_State *L)
{
    static const luaL_Reg funcs[] = {
        {"normalize", l_normalize}, {"simplified", l_simplified},
        {"traditional", l_traditional}, {"width", l_width}, {NULL, NULL}};
    luaL_setfuncs(L, funcs, 0);
}
