/***
 * @module tally.Tokens
 * A token list, as doc:tokens() and tally.tokenize() return it: one object
 * that holds the tokens' offsets and kinds (a few bytes each) and makes a
 * record {text, start, stop, kind[, norm]} only when one is asked for —
 * #toks, toks[i], ipairs(toks), pairs(toks), toks:each(). A record is made
 * anew on each access, so a script keeps the record itself if it wants to
 * add fields to it. Ten megabytes of text were 2.35 million tables
 * (509 MB); as a list they are an array of indices into the document's
 * tokens.
 */
#include "binding.h"
#include "fold_binding.h"
#include "tally/fold.h"
#include "tally/segment.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define TALLY_TOKENS_CLASS "tally.Tokens"

typedef struct tokens_ud {
    const char *text;           /* kept alive by user value 1 (a document or a string) */
    const tally_token *tok;     /* the document's tokens, or own */
    tally_token *own;           /* tally.tokenize's own tokens, freed with the list */
    uint32_t *keep;             /* indices into tok of the kept tokens; NULL: all of them */
    size_t n;                   /* kept tokens */
    const tally_folded *folded; /* norm's source (user value 1 or 2 keeps it), or NULL */
} tokens_ud;

static const tally_token *token_at(const tokens_ud *t, size_t i)
{
    return &t->tok[t->keep ? t->keep[i] : i];
}

static void push_record(lua_State *L, const tokens_ud *t, size_t i)
{
    const tally_token *k = token_at(t, i);
    tally_push_span(L, t->text, k->start, k->stop);
    lua_pushstring(L, tally_token_kind_name(k->kind));
    lua_setfield(L, -2, "kind");
    if (t->folded) {
        size_t a = tally_folded_from_source(t->folded, k->start);
        size_t b = tally_folded_from_source(t->folded, k->stop);
        lua_pushlstring(L, t->folded->text + a, b - a);
        lua_setfield(L, -2, "norm");
    }
}

static tokens_ud *check_tokens(lua_State *L, int idx)
{
    return luaL_checkudata(L, idx, TALLY_TOKENS_CLASS);
}

static int l_tokens_len(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)check_tokens(L, 1)->n);
    return 1;
}

static int l_tokens_index(lua_State *L)
{
    tokens_ud *t = check_tokens(L, 1);
    if (lua_type(L, 2) == LUA_TNUMBER) {
        lua_Integer i = lua_tointeger(L, 2);
        if (lua_isinteger(L, 2) && i >= 1 && (size_t)i <= t->n)
            push_record(L, t, (size_t)i - 1);
        else
            lua_pushnil(L);
        return 1;
    }
    luaL_getmetatable(L, TALLY_TOKENS_CLASS);
    lua_getfield(L, -1, "__methods");
    lua_pushvalue(L, 2);
    lua_rawget(L, -2);
    return 1;
}

static int l_tokens_newindex(lua_State *L)
{
    return luaL_error(L, "a token list is read-only (copy the records into a table to change them)");
}

/* ipairs' step, also the iterator pairs gets through __pairs */
static int tokens_next(lua_State *L)
{
    tokens_ud *t = check_tokens(L, 1);
    lua_Integer i = luaL_checkinteger(L, 2) + 1;
    if (i < 1 || (size_t)i > t->n)
        return 0;
    lua_pushinteger(L, i);
    push_record(L, t, (size_t)i - 1);
    return 2;
}

static int l_tokens_pairs(lua_State *L)
{
    check_tokens(L, 1);
    lua_pushcfunction(L, tokens_next);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    return 3;
}

static int each_step(lua_State *L)
{
    tokens_ud *t = check_tokens(L, lua_upvalueindex(1));
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
    if ((size_t)i >= t->n)
        return 0;
    lua_pushinteger(L, i + 1);
    lua_replace(L, lua_upvalueindex(2));
    push_record(L, t, (size_t)i);
    return 1;
}

/***
 * @method Tokens:each()
 * Iterates over the records in order: for tok in doc:tokens():each() do … end.
 */
static int l_tokens_each(lua_State *L)
{
    check_tokens(L, 1);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, each_step, 2);
    return 1;
}

static int l_tokens_tostring(lua_State *L)
{
    lua_pushfstring(L, "tally.Tokens<%d tokens>", (int)check_tokens(L, 1)->n);
    return 1;
}

static int l_tokens_gc(lua_State *L)
{
    tokens_ud *t = check_tokens(L, 1);
    free(t->own);
    free(t->keep);
    t->own = NULL, t->keep = NULL, t->n = 0;
    return 0;
}

tally_token **tally_push_token_list(lua_State *L, int owner, const char *text)
{
    int abs_owner = lua_absindex(L, owner);
    tokens_ud *t = lua_newuserdatauv(L, sizeof *t, 2);
    memset(t, 0, sizeof *t);
    t->text = text;
    luaL_setmetatable(L, TALLY_TOKENS_CLASS);
    lua_pushvalue(L, abs_owner);
    lua_setiuservalue(L, -2, 1);
    return &t->own;
}

void tally_token_list_fill(lua_State *L, int list, const tally_token *tok, size_t n, unsigned mask,
                           const tally_folded *folded, int folded_holder)
{
    list = lua_absindex(L, list);
    tokens_ud *t = check_tokens(L, list);
    if (folded_holder) {
        lua_pushvalue(L, folded_holder);
        lua_setiuservalue(L, list, 2);
    }
    t->tok = tok;
    t->folded = folded;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        kept += (mask >> tok[i].kind) & 1u;
    if (kept < n) {
        t->keep = malloc((kept ? kept : 1) * sizeof *t->keep);
        if (!t->keep)
            luaL_error(L, "out of memory");
        for (size_t i = 0, k = 0; i < n; i++)
            if ((mask >> tok[i].kind) & 1u)
                t->keep[k++] = (uint32_t)i;
    }
    t->n = kept;
}

void tally_open_tokens(lua_State *L)
{
    static const luaL_Reg methods[] = {{"each", l_tokens_each}, {NULL, NULL}};
    static const luaL_Reg meta[] = {{"__len", l_tokens_len},
                                    {"__index", l_tokens_index},
                                    {"__newindex", l_tokens_newindex},
                                    {"__pairs", l_tokens_pairs},
                                    {"__tostring", l_tokens_tostring},
                                    {"__gc", l_tokens_gc},
                                    {NULL, NULL}};
    tally_add_methods(L, TALLY_TOKENS_CLASS, methods);
    luaL_getmetatable(L, TALLY_TOKENS_CLASS);
    luaL_setfuncs(L, meta, 0);
    lua_pop(L, 1);
}
