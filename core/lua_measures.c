/***
 * @module tally.Doc
 * doc:measures([filter]): the items of the lists a report announces its
 * measures in (docs/measures.md).
 */
#include "binding.h"
#include "lua_structure.h"
#include "tally/doc_measures.h"
#include "tally/measures.h"

#include <stdlib.h>

static void set_span_string(lua_State *L, const char *text, tally_span s, const char *key)
{
    if (s.stop > s.start)
        lua_pushlstring(L, text + s.start, s.stop - s.start);
    else
        lua_pushliteral(L, "");
    lua_setfield(L, -2, key);
}

static void set_int(lua_State *L, lua_Integer v, const char *key)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, key);
}

/* Calls doc:figures() when a binding provides it, leaving an array or nil. */
static int push_figures(lua_State *L)
{
    if (luaL_getmetafield(L, 1, "__methods") == LUA_TNIL) {
        lua_pushnil(L);
        return 0;
    }
    if (lua_getfield(L, -1, "figures") != LUA_TFUNCTION) {
        lua_pop(L, 2);
        lua_pushnil(L);
        return 0;
    }
    lua_remove(L, -2);
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);
    return lua_istable(L, -1);
}

static lua_Integer figure_field(lua_State *L, int figs, lua_Integer i, const char *field)
{
    lua_rawgeti(L, figs, i);
    lua_getfield(L, -1, field);
    lua_Integer v = lua_tointeger(L, -1);
    lua_pop(L, 2);
    return v;
}

/* The figures whose span lies inside [start, stop] (1-based inclusive), from
 * the array at index figs (or none). Figures come in text order, so the
 * first one is found by bisection: an item costs its own figures, not all. */
static void set_figures(lua_State *L, int figs, lua_Integer start, lua_Integer stop)
{
    lua_newtable(L);
    if (figs) {
        lua_Integer n = (lua_Integer)lua_rawlen(L, figs), lo = 1, hi = n + 1, k = 0;
        while (lo < hi) {
            lua_Integer mid = lo + (hi - lo) / 2;
            if (figure_field(L, figs, mid, "start") < start)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (lua_Integer i = lo; i <= n && figure_field(L, figs, i, "start") <= stop; i++) {
            if (figure_field(L, figs, i, "stop") <= stop) {
                lua_rawgeti(L, figs, i);
                lua_rawseti(L, -2, ++k);
            }
        }
    }
    lua_setfield(L, -2, "figures");
}

/* Builds the records of the document at index 1 and leaves the array. The
 * measures are found once and kept in the document (by a corpus reader's
 * worker, or now), which the stack holds for as long as they are read. */
static void push_measures(lua_State *L, tally_doc *doc)
{
    size_t n = 0;
    tally_error err = {""};
    const tally_measure *copy = tally_doc_measures(doc, &n, &err);
    if (!copy)
        luaL_error(L, "%s: %s", doc->name, err.msg);
    int figs = push_figures(L) ? lua_gettop(L) : 0;
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        const tally_measure *r = &copy[i];
        tally_push_span(L, doc->text, r->text.start, r->text.stop);
        set_span_string(L, doc->text, r->marker, "marker");
        set_span_string(L, doc->text, r->headline, "headline");
        if (r->intro.stop > r->intro.start)
            set_span_string(L, doc->text, r->intro, "intro");
        set_int(L, r->ordinal, "ordinal");
        set_int(L, r->list, "list");
        set_int(L, r->level, "level");
        set_int(L, (lua_Integer)i + 1, "index");
        if (r->parent)
            set_int(L, (lua_Integer)r->parent, "parent");
        if (r->declared)
            set_int(L, r->declared, "declared");
        lua_pushstring(L, tally_list_style_name(r->style));
        lua_setfield(L, -2, "style");
        set_figures(L, figs, (lua_Integer)r->text.start + 1, (lua_Integer)r->text.stop);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

/* Whether the record at -1 passes every field = value / field = function. */
static int passes(lua_State *L, int filter)
{
    int rec = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, filter)) {
        lua_pushvalue(L, -2);
        lua_gettable(L, rec); /* stack: key, want, have */
        int ok;
        if (lua_isfunction(L, -2)) {
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_pushvalue(L, rec);
            lua_call(L, 2, 1);
            ok = lua_toboolean(L, -1);
        } else {
            ok = lua_compare(L, -1, -2, LUA_OPEQ);
        }
        lua_pop(L, 2);
        if (!ok) {
            lua_pop(L, 1);
            return 0;
        }
    }
    return 1;
}

/***
 * @method Doc:measures([filter])
 * One record per list item, in document order: {marker, ordinal, headline,
 * text, start, stop, list, level, parent, intro, declared, figures, style,
 * index}. filter keeps the records whose fields equal its values, or for
 * which its functions (called with the field's value and the record) return
 * true; parent and index always count in the unfiltered array.
 * @return {table}
 */
static int l_measures(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    if (!lua_isnoneornil(L, 2))
        luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
    tally_check_structure(L, 1); /* raises the structure's own errors first */
    tally_doc_cache(L, 1);
    if (lua_getfield(L, -1, "measures") == LUA_TNIL) {
        lua_pop(L, 1);
        push_measures(L, doc);
        lua_pushvalue(L, -1);
        lua_setfield(L, 3, "measures");
    }
    int all = lua_gettop(L);
    lua_Integer n = (lua_Integer)lua_rawlen(L, all), k = 0;
    lua_createtable(L, (int)n, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, all, i);
        if (lua_isnil(L, 2) || passes(L, 2))
            lua_rawseti(L, -2, ++k);
        else
            lua_pop(L, 1);
    }
    return 1;
}

void tally_open_measures(lua_State *L)
{
    static const luaL_Reg methods[] = {{"measures", l_measures}, {NULL, NULL}};
    /* tally.measure_styles: the list styles there are, for checking options */
    lua_createtable(L, TALLY_LIST_TOPIC + 1, 0);
    for (int k = 0; k <= TALLY_LIST_TOPIC; k++) {
        lua_pushstring(L, tally_list_style_name((tally_list_style)k));
        lua_rawseti(L, -2, k + 1);
    }
    lua_setfield(L, -2, "measure_styles");
    tally_add_methods(L, TALLY_DOC_CLASS, methods);
}
