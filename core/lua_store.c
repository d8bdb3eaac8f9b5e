/***
 * @module tally.StoreCorpus
 * A store (built by `tally index`, docs/scale.md) read as a corpus:
 * tally.corpus("archive.db") gives the documents, figures and measures the
 * files gave, without analysing them again: each document comes with its
 * stored structure, figures and measures, and c:figures() reads the figure
 * rows of the store; c:where{region = …, kind = …} narrows the documents in
 * SQL before any text is read. A store analysed by another build of tally is
 * refused, naming the command that brings it up to date.
 */
#include "binding.h"
#include "lua_store.h"

#include "progress.h"
#include "tally/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define STORE_CORPUS_CLASS "tally.StoreCorpus"
#define STORE_HANDLE_CLASS "tally.StoreHandle"
#define MODULE_KEY "tally.store.module"

/* One open store, shared by the corpora narrowed from it. */
typedef struct store_handle {
    tally_store *st;
} store_handle;

/* The documents of a store corpus: which store (an index into the cache's
 * stores list) and the id there, in path order. */
typedef struct store_corpus {
    size_t n;
    int *store;
    int64_t *id;
} store_corpus;

static int handle_gc(lua_State *L)
{
    store_handle *h = luaL_checkudata(L, 1, STORE_HANDLE_CLASS);
    tally_store_close(h->st);
    h->st = NULL;
    return 0;
}

static int corpus_gc(lua_State *L)
{
    store_corpus *c = luaL_checkudata(L, 1, STORE_CORPUS_CLASS);
    free(c->store);
    free(c->id);
    c->store = NULL;
    c->id = NULL;
    c->n = 0;
    return 0;
}

int tally_store_corpus_wanted(lua_State *L, int idx)
{
    if (lua_type(L, idx) == LUA_TSTRING)
        return tally_store_is_store(lua_tostring(L, idx));
    if (!lua_istable(L, idx))
        return 0;
    lua_Integer n = luaL_len(L, idx);
    int found = 0;
    for (lua_Integer i = 1; i <= n && !found; i++) {
        lua_geti(L, idx, i);
        found = lua_type(L, -1) == LUA_TSTRING && tally_store_is_store(lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    return found;
}

/* The store at stores[k] (cache table at cache). */
static tally_store *store_at(lua_State *L, int cache, int k)
{
    lua_getfield(L, cache, "stores");
    lua_rawgeti(L, -1, k + 1);
    store_handle *h = luaL_checkudata(L, -1, STORE_HANDLE_CLASS);
    lua_pop(L, 2);
    return h->st;
}

/* Converts the Lua value at idx to a store value (strings stay on the stack
 * of the caller, which keeps them alive). 0 for a type SQL cannot compare. */
static int to_value(lua_State *L, int idx, tally_store_value *v)
{
    memset(v, 0, sizeof *v);
    switch (lua_type(L, idx)) {
    case LUA_TSTRING:
        v->type = 's';
        v->s = lua_tolstring(L, idx, &v->len);
        return 1;
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx)) {
            v->type = 'i';
            v->i = lua_tointeger(L, idx);
        } else {
            v->type = 'f';
            v->f = lua_tonumber(L, idx);
        }
        return 1;
    case LUA_TBOOLEAN:
        v->type = 'i';
        v->i = lua_toboolean(L, idx);
        return 1;
    default:
        return 0;
    }
}

/* Fills the corpus c from the conditions in the cache's "where" list
 * ({column, {values...}} entries), over every store of the cache. */
static void select_docs(lua_State *L, store_corpus *c, int cache)
{
    lua_getfield(L, cache, "where");
    int where = lua_gettop(L);
    size_t nc = (size_t)luaL_len(L, where), nv_total = 0;
    for (size_t i = 1; i <= nc; i++) {
        lua_rawgeti(L, where, (lua_Integer)i);
        lua_rawgeti(L, -1, 2);
        nv_total += (size_t)luaL_len(L, -1);
        lua_pop(L, 2);
    }
    tally_store_cond *conds = lua_newuserdatauv(L, (nc ? nc : 1) * sizeof *conds, 0);
    tally_store_value *vals = lua_newuserdatauv(L, (nv_total ? nv_total : 1) * sizeof *vals, 0);
    size_t used = 0;
    for (size_t i = 0; i < nc; i++) {
        lua_rawgeti(L, where, (lua_Integer)i + 1);
        int entry = lua_gettop(L);
        lua_rawgeti(L, entry, 1);
        conds[i].column = lua_tostring(L, -1);
        lua_rawgeti(L, entry, 2);
        int list = lua_gettop(L);
        size_t nv = (size_t)luaL_len(L, list);
        conds[i].values = vals + used;
        conds[i].n_values = nv;
        for (size_t k = 1; k <= nv; k++) {
            lua_rawgeti(L, list, (lua_Integer)k);
            to_value(L, -1, &vals[used++]);
            lua_pop(L, 1); /* the value stays alive in the list */
        }
        lua_settop(L, entry - 1); /* the entry stays alive in where */
    }
    lua_getfield(L, cache, "stores");
    int n_stores = (int)luaL_len(L, -1);
    lua_pop(L, 1);
    free(c->store);
    free(c->id);
    c->store = NULL, c->id = NULL, c->n = 0;
    for (int k = 0; k < n_stores; k++) {
        tally_store *st = store_at(L, cache, k);
        int64_t *ids = NULL;
        size_t n = 0;
        tally_error err = {""};
        if (tally_store_select(st, conds, nc, &ids, &n, &err) < 0)
            luaL_error(L, "tally.corpus: %s", err.msg);
        int64_t *id = realloc(c->id, (c->n + n + 1) * sizeof *id);
        if (id)
            c->id = id;
        int *sk = realloc(c->store, (c->n + n + 1) * sizeof *sk);
        if (sk)
            c->store = sk;
        if (!id || !sk) {
            free(ids);
            luaL_error(L, "tally.corpus: out of memory");
        }
        for (size_t i = 0; i < n; i++) {
            c->id[c->n + i] = ids[i];
            c->store[c->n + i] = k;
        }
        c->n += n;
        free(ids);
    }
    lua_settop(L, where - 1);
}

/* Pushes a new store corpus over the cache's stores with the where list
 * given (at index where, or none). */
static store_corpus *push_corpus(lua_State *L, int stores, int where)
{
    store_corpus *c = tally_new_object(L, STORE_CORPUS_CLASS, sizeof *c);
    int obj = lua_gettop(L);
    lua_getiuservalue(L, obj, 1);
    int cache = lua_gettop(L);
    lua_pushvalue(L, stores);
    lua_setfield(L, cache, "stores");
    if (where)
        lua_pushvalue(L, where);
    else
        lua_newtable(L);
    lua_setfield(L, cache, "where");
    lua_newtable(L);
    lua_setfield(L, cache, "docs");
    select_docs(L, c, cache);
    lua_settop(L, obj);
    return c;
}

/* Opens the store at path into a handle, refusing a stale one. */
static void push_handle(lua_State *L, const char *path)
{
    store_handle *h = lua_newuserdatauv(L, sizeof *h, 0);
    h->st = NULL;
    luaL_setmetatable(L, STORE_HANDLE_CLASS);
    tally_error err = {""};
    h->st = tally_store_open(path, TALLY_STORE_READ, &err);
    if (!h->st)
        luaL_error(L, "tally.corpus: %s", err.msg);
    long stale = tally_store_stale_count(h->st, &err);
    if (stale < 0)
        luaL_error(L, "tally.corpus: %s", err.msg);
    if (stale > 0)
        luaL_error(L, "tally.corpus: %s: %d documents were analysed by another build of tally "
                      "(this one is %s); run `tally index --db %s` over the archive again",
                   path, (int)stale, tally_store_analysis(), path);
}

/* tally.corpus(paths) when a path names a store. The other names are kept
 * and judged on first use (others_check), as a file corpus opens its files
 * only when asked: `tally run kwic PATTERN STORE` binds docs to both. */
static int push_store_corpus(lua_State *L)
{
    lua_newtable(L);
    int stores = lua_gettop(L);
    lua_newtable(L);
    int others = lua_gettop(L);
    int n = 0, m = 0;
    if (lua_type(L, 1) == LUA_TSTRING) {
        push_handle(L, lua_tostring(L, 1));
        lua_rawseti(L, stores, ++n);
    } else {
        lua_Integer len = luaL_len(L, 1);
        for (lua_Integer i = 1; i <= len; i++) {
            lua_geti(L, 1, i);
            const char *p = lua_tostring(L, -1);
            if (p && tally_store_is_store(p)) {
                push_handle(L, p);
                lua_rawseti(L, stores, ++n);
                lua_pop(L, 1);
            } else {
                if (!p)
                    luaL_error(L, "tally.corpus: entry %d is a %s, not a path", (int)i,
                               luaL_typename(L, -1));
                lua_rawseti(L, others, ++m);
            }
        }
    }
    push_corpus(L, stores, 0);
    lua_getiuservalue(L, -1, 1);
    lua_pushvalue(L, others);
    lua_setfield(L, -2, "others");
    lua_pop(L, 1);
    return 1;
}

/* The names given beside the stores: a missing one is reported (once) as a
 * file corpus reports it, and counts as an input error; a file that exists
 * is an error, since one corpus reads stores or files, not both. */
static void others_check(lua_State *L, int obj)
{
    lua_getiuservalue(L, obj, 1);
    if (lua_getfield(L, -1, "others") != LUA_TTABLE) {
        lua_pop(L, 2);
        return;
    }
    lua_Integer n = luaL_len(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        const char *p = lua_tostring(L, -1);
        struct stat sb;
        if (stat(p, &sb) == 0) {
            luaL_error(L, "tally.corpus: %s is not a store, and a corpus reads either stores or "
                          "files (index the files into the store: tally index --db STORE FILE...)",
                       p);
        }
        fprintf(stderr, "tally: %s: No such file or directory\n", p);
        lua_getfield(L, LUA_REGISTRYINDEX, "tally.input_errors");
        lua_Integer errors = lua_tointeger(L, -1);
        lua_pop(L, 1);
        lua_pushinteger(L, errors + 1);
        lua_setfield(L, LUA_REGISTRYINDEX, "tally.input_errors");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    lua_pushnil(L);
    lua_setfield(L, -2, "others");
    lua_pop(L, 1);
}

static store_corpus *check_corpus(lua_State *L, int idx)
{
    return luaL_checkudata(L, idx, STORE_CORPUS_CLASS);
}

/* Pushes document i (0-based) of c, loaded from its store. */
static void push_doc(lua_State *L, int obj, store_corpus *c, size_t i)
{
    lua_getiuservalue(L, obj, 1);
    tally_store *st = store_at(L, lua_gettop(L), c->store[i]);
    lua_pop(L, 1);
    tally_error err = {""};
    /* the warnings decoding gave are printed again, as reading the file
     * prints them: a script's stderr is the same over the store */
    char *warnings = tally_store_warnings(st, c->id[i], &err);
    if (!warnings)
        luaL_error(L, "tally.corpus: %s", err.msg);
    fputs(warnings, stderr);
    free(warnings);
    tally_doc *doc = tally_store_load(st, c->id[i], &err);
    if (!doc)
        luaL_error(L, "tally.corpus: %s", err.msg);
    tally_push_doc(L, doc);
}

static int l_index(lua_State *L)
{
    store_corpus *c = check_corpus(L, 1);
    if (lua_type(L, 2) != LUA_TNUMBER) {
        luaL_getmetatable(L, STORE_CORPUS_CLASS);
        lua_getfield(L, -1, "__methods");
        lua_pushvalue(L, 2);
        lua_rawget(L, -2);
        return 1;
    }
    lua_Integer i = luaL_checkinteger(L, 2);
    others_check(L, 1);
    if (i < 1 || (size_t)i > c->n) {
        lua_pushnil(L);
        return 1;
    }
    lua_getiuservalue(L, 1, 1);
    lua_getfield(L, -1, "docs");
    if (lua_rawgeti(L, -1, i) != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    push_doc(L, 1, c, (size_t)i - 1);
    lua_pushvalue(L, -1);
    lua_rawseti(L, -3, i);
    return 1;
}

static int l_len(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)check_corpus(L, 1)->n);
    return 1;
}

static int l_tostring(lua_State *L)
{
    store_corpus *c = check_corpus(L, 1);
    lua_getiuservalue(L, 1, 1);
    tally_store *st = store_at(L, lua_gettop(L), 0);
    lua_pushfstring(L, "tally.Corpus<%d documents from %s>", (int)c->n, tally_store_path(st));
    return 1;
}

static int each_next(lua_State *L)
{
    store_corpus *c = check_corpus(L, lua_upvalueindex(1));
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
    tally_progress *p = lua_touserdata(L, lua_upvalueindex(3));
    if ((size_t)i >= c->n) {
        tally_progress_end(p);
        return 0;
    }
    lua_pushinteger(L, i + 1);
    lua_replace(L, lua_upvalueindex(2));
    push_doc(L, lua_upvalueindex(1), c, (size_t)i);
    tally_doc *doc = tally_check_doc(L, -1);
    tally_progress_step(p, (size_t)i + 1, doc->len);
    /* the text is C memory the collector does not see */
    lua_gc(L, LUA_GCSTEP, (int)(doc->len / 256 + 1));
    return 1;
}

/***
 * @method StoreCorpus:each([opts])
 * Iterates over the documents in path order, each loaded from the store
 * with its analyses (opts.analyse is accepted and has nothing to do: the
 * analyses are stored). One document at a time is held.
 */
static int l_each(lua_State *L)
{
    store_corpus *c = check_corpus(L, 1);
    others_check(L, 1);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    tally_progress *p = lua_newuserdatauv(L, sizeof *p, 0);
    tally_progress_begin(p, c->n, tally_option_flag(L, "quiet"));
    lua_pushcclosure(L, each_next, 3);
    return 1;
}

/***
 * @method StoreCorpus:paths()
 * The paths of the documents, as they were given to `tally index`.
 */
static int l_paths(lua_State *L)
{
    store_corpus *c = check_corpus(L, 1);
    others_check(L, 1);
    lua_getiuservalue(L, 1, 1);
    int cache = lua_gettop(L);
    lua_createtable(L, (int)c->n, 0);
    for (size_t i = 0; i < c->n; i++) {
        tally_error err = {""};
        char *p = tally_store_doc_path(store_at(L, cache, c->store[i]), c->id[i], &err);
        if (!p)
            return luaL_error(L, "tally.corpus: %s", err.msg);
        lua_pushstring(L, p);
        free(p);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

/***
 * @method StoreCorpus:where(conditions)
 * The documents meeting every condition, found in the store before any
 * text is read: {region = "河北省"} (a column of the documents: path, name,
 * region, date, source, title, encoding, ...), {kind = "growth"} (a column
 * of the figures: documents with such a figure). A value may be a list of
 * values, any of which matches.
 * @return {tally.StoreCorpus}
 */
static int l_where(lua_State *L)
{
    check_corpus(L, 1);
    others_check(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_getiuservalue(L, 1, 1);
    int cache = lua_gettop(L);
    lua_getfield(L, cache, "stores");
    int stores = lua_gettop(L);
    lua_getfield(L, cache, "where");
    int old = lua_gettop(L);
    lua_newtable(L);
    int where = lua_gettop(L);
    lua_Integer n = luaL_len(L, old);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, old, i);
        lua_rawseti(L, where, i);
    }
    lua_pushnil(L);
    while (lua_next(L, 2)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            return luaL_error(L, "c:where: keys are column names (region = ..., kind = ...)");
        lua_createtable(L, 2, 0);
        lua_pushvalue(L, -3);
        lua_rawseti(L, -2, 1);
        if (lua_istable(L, -2)) {
            lua_pushvalue(L, -2);
        } else {
            lua_createtable(L, 1, 0);
            lua_pushvalue(L, -3);
            lua_rawseti(L, -2, 1);
        }
        lua_Integer nv = luaL_len(L, -1);
        for (lua_Integer k = 1; k <= nv; k++) {
            tally_store_value v;
            lua_rawgeti(L, -1, k);
            if (!to_value(L, -1, &v))
                return luaL_error(L, "c:where: %s must be a string, number or boolean "
                                     "(or a list of them), not a %s",
                                  lua_tostring(L, -5), luaL_typename(L, -1));
            lua_pop(L, 1);
        }
        lua_rawseti(L, -2, 2);
        lua_rawseti(L, where, ++n);
        lua_pop(L, 1);
    }
    push_corpus(L, stores, where);
    return 1;
}

/* The methods tally.Corpus has and a store corpus does not define itself
 * (c:figures(), c:measures() and what scripts/lib adds) work over its
 * documents: the same code builds the same rows, from stored analyses. */
static void inherit_methods(lua_State *L)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, "tally.store.inherited") != LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    lua_pop(L, 1);
    luaL_getmetatable(L, STORE_CORPUS_CLASS);
    lua_getfield(L, -1, "__methods");
    int mine = lua_gettop(L);
    luaL_getmetatable(L, TALLY_CORPUS_CLASS);
    lua_getfield(L, -1, "__methods");
    int theirs = lua_gettop(L);
    if (lua_istable(L, theirs)) {
        lua_pushnil(L);
        while (lua_next(L, theirs)) {
            lua_pushvalue(L, -2);
            if (lua_rawget(L, mine) == LUA_TNIL) {
                lua_pop(L, 1);
                lua_pushvalue(L, -2);
                lua_insert(L, -2);
                lua_rawset(L, mine);
            } else {
                lua_pop(L, 2);
            }
        }
    }
    lua_pushboolean(L, 1);
    lua_setfield(L, LUA_REGISTRYINDEX, "tally.store.inherited");
    lua_pop(L, 4);
}

int tally_push_store_corpus(lua_State *L)
{
    inherit_methods(L);
    return push_store_corpus(L);
}

/***
 * @function tally.is_store(path)
 * Whether the file at path is a store (an SQLite database) rather than a report.
 */
static int l_is_store(lua_State *L)
{
    lua_pushboolean(L, tally_store_is_store(luaL_checkstring(L, 1)));
    return 1;
}

void tally_open_store(lua_State *L)
{
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, MODULE_KEY);
    lua_pushcfunction(L, l_is_store);
    lua_setfield(L, -2, "is_store");
    static const luaL_Reg methods[] = {
        {"each", l_each}, {"paths", l_paths}, {"where", l_where}, {NULL, NULL}};
    tally_add_methods(L, STORE_CORPUS_CLASS, methods);
    static const luaL_Reg meta[] = {{"__index", l_index},     {"__len", l_len},
                                    {"__tostring", l_tostring}, {"__gc", corpus_gc},
                                    {NULL, NULL}};
    luaL_getmetatable(L, STORE_CORPUS_CLASS);
    luaL_setfuncs(L, meta, 0);
    lua_pop(L, 1);
    luaL_newmetatable(L, STORE_HANDLE_CLASS);
    lua_pushcfunction(L, handle_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
}
