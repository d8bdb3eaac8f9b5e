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

/***
 * @function tally.clip(s, width [, mark [, keep]])
 * s cut to at most width terminal columns, the cut marked with mark
 * (default "…"); keep "end" keeps the end of s instead of its start.
 */
static int l_clip(lua_State *L)
{
    size_t len, mlen;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_Integer width = luaL_checkinteger(L, 2);
    const char *mark = luaL_optlstring(L, 3, "\xE2\x80\xA6", &mlen);
    static const char *const keeps[] = {"start", "end", NULL};
    int from_end = luaL_checkoption(L, 4, "start", keeps);
    if (width < 0 || tally_display_width(s, len) <= (size_t)width) {
        lua_settop(L, 1);
        return 1;
    }
    size_t mw = tally_display_width(mark, mlen);
    size_t room = (size_t)width > mw ? (size_t)width - mw : 0;
    size_t keep = tally_fit_width(s, len, room, from_end);
    if (from_end) {
        lua_pushlstring(L, mark, mlen);
        lua_pushlstring(L, s + len - keep, keep);
    } else {
        lua_pushlstring(L, s, keep);
        lua_pushlstring(L, mark, mlen);
    }
    lua_concat(L, 2);
    return 1;
}

void tally_open_text(lua_State *L)
{
    static const luaL_Reg funcs[] = {
        {"normalize", l_normalize}, {"simplified", l_simplified},
        {"traditional", l_traditional}, {"width", l_width}, {"clip", l_clip},
        {NULL, NULL}};
    luaL_setfuncs(L, funcs, 0);
}
