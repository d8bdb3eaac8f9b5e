/***
 * @module tally.Corpus
 * A set of reports named by paths or globs, opened as the script asks for them.
 * A file that cannot be read is reported on stderr with its path and skipped by
 * c:each(); the run then ends with exit status 2.
 */
#include "binding.h"

#include <glob.h>
#include <stdio.h>
#include <string.h>

typedef struct corpus_ud {
    int n; /* paths are in the cache table: cache.paths[i] */
} corpus_ud;

static int has_glob_chars(const char *s)
{
    return strpbrk(s, "*?[") != NULL;
}

/* Appends path (or the files a glob names) to the array at the top. */
static void add_path(lua_State *L, const char *p, int *n)
{
    glob_t g;
    if (has_glob_chars(p) && glob(p, 0, NULL, &g) == 0) {
        for (size_t i = 0; i < g.gl_pathc; i++) {
            lua_pushstring(L, g.gl_pathv[i]);
            lua_rawseti(L, -2, ++*n);
        }
        globfree(&g);
        return;
    }
    lua_pushstring(L, p); /* opening it will say what is wrong */
    lua_rawseti(L, -2, ++*n);
}

/***
 * @function tally.corpus(paths_or_globs [, opts])
 * A corpus of the files named: a list of paths and globs, or one string.
 * opts.encoding applies to every file.
 * @return {tally.Corpus}
 */
static int l_corpus(lua_State *L)
{
    if (!lua_istable(L, 1) && !lua_isstring(L, 1))
        luaL_typeerror(L, 1, "list of paths or a glob");
    corpus_ud *c = tally_new_object(L, TALLY_CORPUS_CLASS, sizeof *c);
    int obj = lua_gettop(L);
    lua_getiuservalue(L, obj, 1);
    lua_newtable(L);
    if (lua_istable(L, 1)) {
        lua_Integer len = luaL_len(L, 1);
        for (lua_Integer i = 1; i <= len; i++) {
            lua_geti(L, 1, i);
            const char *p = lua_tostring(L, -1);
            if (!p)
                luaL_error(L, "tally.corpus: entry %d is a %s, not a path", (int)i,
                           luaL_typename(L, -1));
            lua_pop(L, 1);
            add_path(L, p, &c->n);
        }
    } else {
        add_path(L, lua_tostring(L, 1), &c->n);
    }
    lua_setfield(L, -2, "paths");
    if (lua_istable(L, 2)) {
        lua_pushvalue(L, 2);
        lua_setfield(L, -2, "opts");
    }
    lua_newtable(L);
    lua_setfield(L, -2, "docs");
    lua_pop(L, 1);
    return 1;
}

static void count_input_error(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.input_errors");
    lua_Integer n = lua_tointeger(L, -1);
    lua_pop(L, 1);
    lua_pushinteger(L, n + 1);
    lua_setfield(L, LUA_REGISTRYINDEX, "tally.input_errors");
}

/* Pushes document i (opening it on first use) and returns 1 or, when it
 * cannot be read, pushes nil and the message and returns 0. */
static int push_doc(lua_State *L, int obj, lua_Integer i)
{
    int top = lua_gettop(L);
    lua_getiuservalue(L, obj, 1);
    lua_getfield(L, top + 1, "docs");
    if (lua_rawgeti(L, top + 2, i) != LUA_TNIL) {
        lua_replace(L, top + 1);
        lua_settop(L, top + 1);
        return 1;
    }
    lua_getfield(L, top + 1, "paths");
    lua_rawgeti(L, -1, i);
    const char *path = lua_tostring(L, -1);
    lua_getfield(L, top + 1, "opts");
    const char *enc = tally_encoding_option(L, lua_gettop(L));
    tally_error err = {""};
    tally_doc *doc = tally_doc_open(path, enc, tally_warn_stderr, (void *)path, &err);
    if (!doc) {
        lua_settop(L, top);
        lua_pushnil(L);
        lua_pushstring(L, err.msg);
        return 0;
    }
    tally_push_doc(L, doc);
    lua_pushvalue(L, -1);
    lua_rawseti(L, top + 2, i);
    lua_replace(L, top + 1);
    lua_settop(L, top + 1);
    return 1;
}

static int l_corpus_index(lua_State *L)
{
    corpus_ud *c = luaL_checkudata(L, 1, TALLY_CORPUS_CLASS);
    if (lua_type(L, 2) != LUA_TNUMBER) {
        luaL_getmetatable(L, TALLY_CORPUS_CLASS);
        lua_getfield(L, -1, "__methods");
        lua_pushvalue(L, 2);
        lua_rawget(L, -2);
        return 1;
    }
    lua_Integer i = luaL_checkinteger(L, 2);
    if (i < 1 || i > c->n) {
        lua_pushnil(L);
        return 1;
    }
    if (!push_doc(L, 1, i))
        return lua_error(L);
    return 1;
}

static int l_corpus_len(lua_State *L)
{
    corpus_ud *c = luaL_checkudata(L, 1, TALLY_CORPUS_CLASS);
    lua_pushinteger(L, c->n);
    return 1;
}

static int each_next(lua_State *L)
{
    corpus_ud *c = lua_touserdata(L, lua_upvalueindex(1));
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
    while (++i <= c->n) {
        lua_pushinteger(L, i);
        lua_replace(L, lua_upvalueindex(2));
        if (push_doc(L, lua_upvalueindex(1), i)) {
            /* the corpus keeps no document the loop has left behind */
            lua_getiuservalue(L, lua_upvalueindex(1), 1);
            lua_getfield(L, -1, "docs");
            lua_pushnil(L);
            lua_rawseti(L, -2, i);
            lua_pop(L, 2);
            return 1;
        }
        fprintf(stderr, "tally: %s\n", lua_tostring(L, -1));
        lua_pop(L, 2);
        count_input_error(L);
    }
    return 0;
}

/***
 * @method Corpus:each()
 * Iterates over the documents in order; unreadable files are reported and skipped.
 */
static int l_corpus_each(lua_State *L)
{
    luaL_checkudata(L, 1, TALLY_CORPUS_CLASS);
    lua_settop(L, 1);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, each_next, 2);
    return 1;
}

/***
 * @method Corpus:paths()
 * The paths of the corpus, globs expanded.
 */
static int l_corpus_paths(lua_State *L)
{
    luaL_checkudata(L, 1, TALLY_CORPUS_CLASS);
    lua_getiuservalue(L, 1, 1);
    lua_getfield(L, -1, "paths");
    lua_Integer n = luaL_len(L, -1);
    lua_createtable(L, (int)n, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -2, i);
        lua_rawseti(L, -2, i);
    }
    return 1;
}

static int l_corpus_tostring(lua_State *L)
{
    corpus_ud *c = luaL_checkudata(L, 1, TALLY_CORPUS_CLASS);
    lua_pushfstring(L, "tally.Corpus<%d documents>", c->n);
    return 1;
}

void tally_open_corpus(lua_State *L)
{
    static const luaL_Reg methods[] = {
        {"each", l_corpus_each}, {"paths", l_corpus_paths}, {NULL, NULL}};
    static const luaL_Reg meta[] = {
        {"__index", l_corpus_index}, {"__len", l_corpus_len},
        {"__tostring", l_corpus_tostring}, {NULL, NULL}};
    tally_add_methods(L, TALLY_CORPUS_CLASS, methods);
    luaL_getmetatable(L, TALLY_CORPUS_CLASS);
    luaL_setfuncs(L, meta, 0);
    lua_pop(L, 1);
    lua_pushcfunction(L, l_corpus);
    lua_setfield(L, -2, "corpus");
}
