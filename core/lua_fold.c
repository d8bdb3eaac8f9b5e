/***
 * @module tally (folding)
 * One pattern for every report: text folded for matching (full-width forms
 * to ASCII, Traditional to Simplified, corner brackets to curly quotes) with
 * a map back to the text as written. See docs/fold.md.
 */
#include "binding.h"
#include "fold_binding.h"

#define FOLDED_CLASS "tally.FoldedText"

/* A string's folded text, owned by a userdata so that nothing leaks when a
 * Lua error unwinds the call that made it. */
static int folded_gc(lua_State *L)
{
    tally_folded **box = luaL_checkudata(L, 1, FOLDED_CLASS);
    tally_folded_free(*box);
    *box = NULL;
    return 0;
}

int tally_fold_option(lua_State *L, int opts)
{
    if (!lua_istable(L, opts))
        return 0;
    lua_getfield(L, opts, "fold");
    int fold = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return fold;
}

const tally_folded *tally_check_folded(lua_State *L, int idx)
{
    tally_error err = {""};
    tally_doc *doc = tally_test_doc(L, idx);
    if (doc) {
        const tally_folded *f = tally_doc_folded(doc, &err);
        if (!f)
            luaL_error(L, "%s: %s", doc->name, err.msg);
        lua_pushnil(L);
        return f;
    }
    size_t len;
    const char *s = tally_check_subject(L, idx, &len);
    tally_folded **box = lua_newuserdatauv(L, sizeof *box, 0);
    *box = NULL;
    if (luaL_newmetatable(L, FOLDED_CLASS)) {
        lua_pushcfunction(L, folded_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    *box = tally_fold(s, len, &err);
    if (!*box)
        luaL_error(L, "%s", err.msg);
    return *box;
}

const tally_folded *tally_held_folded(lua_State *L, int idx, int holder)
{
    tally_doc *doc = tally_test_doc(L, idx);
    if (doc) {
        tally_error err = {""};
        const tally_folded *f = tally_doc_folded(doc, &err); /* kept: no work */
        if (!f)
            luaL_error(L, "%s: %s", doc->name, err.msg);
        return f;
    }
    tally_folded **box = luaL_checkudata(L, holder, FOLDED_CLASS);
    if (!*box)
        luaL_error(L, "folded text already freed");
    return *box;
}

/* Pushes map[i] for every folded byte i and one past the end: the 1-based
 * source offset of the byte it comes from (for a character whose folded form
 * has another length: where the character starts). */
static void push_map(lua_State *L, const tally_folded *f)
{
    lua_createtable(L, (int)f->len + 1, 0);
    size_t k = 0;
    for (size_t i = 0; i <= f->len; i++) {
        while (k + 1 < f->n_segs && f->segs[k + 1].folded <= i)
            k++;
        size_t source = f->source_len;
        if (i < f->len) {
            const tally_fold_seg *g = &f->segs[k];
            source = g->whole ? g->source : g->source + (i - g->folded);
        }
        lua_pushinteger(L, (lua_Integer)source + 1);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

/***
 * @function tally.fold(s [, opts])
 * The text folded for matching. s is a string or a document. With
 * opts.map = true also returns map: for a folded character starting at byte
 * i, map[i] is where its source starts in s; map[#folded + 1] == #s + 1, so
 * folded bytes a..b (whole characters) come from s:sub(map[a], map[b + 1] - 1).
 * @return {string} folded[, {table} map]
 */
static int l_fold(lua_State *L)
{
    int want_map = 0;
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        lua_getfield(L, 2, "map");
        want_map = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    const tally_folded *f = tally_check_folded(L, 1);
    lua_pushlstring(L, f->text, f->len);
    if (!want_map)
        return 1;
    push_map(L, f);
    return 2;
}

/***
 * @field Doc.folded
 * doc.text folded for matching, built on first use and kept with the document.
 */
static int f_folded(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    tally_doc_cache(L, 1);
    if (lua_getfield(L, -1, "folded") == LUA_TSTRING)
        return 1;
    lua_pop(L, 1);
    tally_error err = {""};
    const tally_folded *f = tally_doc_folded(doc, &err);
    if (!f)
        return luaL_error(L, "%s: %s", doc->name, err.msg);
    lua_pushlstring(L, f->text, f->len);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "folded");
    return 1;
}

/***
 * @method Doc:unfold(start, stop)
 * The span of doc.text that bytes start..stop of doc.folded come from (1-based
 * inclusive, as string.find gives them on doc.folded), widened to whole
 * characters: a record {text, start, stop} of doc.text.
 */
static int l_doc_unfold(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    lua_Integer start = luaL_checkinteger(L, 2);
    lua_Integer stop = luaL_checkinteger(L, 3);
    tally_error err = {""};
    const tally_folded *f = tally_doc_folded(doc, &err);
    if (!f)
        return luaL_error(L, "%s: %s", doc->name, err.msg);
    luaL_argcheck(L, start >= 1 && (size_t)start <= f->len + 1, 2, "offset outside doc.folded");
    luaL_argcheck(L, stop >= start - 1 && (size_t)stop <= f->len, 3, "offset outside doc.folded");
    tally_span s = tally_folded_to_source(f, (size_t)start - 1, (size_t)stop);
    tally_push_span(L, doc->text, s.start, s.stop);
    return 1;
}

void tally_open_fold(lua_State *L)
{
    static const luaL_Reg funcs[] = {{"fold", l_fold}, {NULL, NULL}};
    static const luaL_Reg methods[] = {{"unfold", l_doc_unfold}, {NULL, NULL}};
    static const luaL_Reg fields[] = {{"folded", f_folded}, {NULL, NULL}};
    tally_add_methods(L, TALLY_DOC_CLASS, methods);
    tally_add_fields(L, TALLY_DOC_CLASS, fields);
    luaL_setfuncs(L, funcs, 0);
}
