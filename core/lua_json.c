/***
 * @module tally.json
 * tally.json.encode in C: the encoder scripts/lib/tally/json.lua documents,
 * with the same output byte for byte; the Lua version spent three gsub
 * calls on every string and was a tenth of a jsonl run. json.lua wraps it
 * (tally._json_encoder(null) makes the encoder that knows json.null).
 */
#include "binding.h"
#include "tally/json_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JSON_BUFFER_CLASS "tally.JsonBuffer"
#define MAX_DEPTH 200

typedef struct jbuf {
    tally_buf b;
} jbuf;

static int jbuf_gc(lua_State *L)
{
    jbuf *b = luaL_checkudata(L, 1, JSON_BUFFER_CLASS);
    tally_buf_free(&b->b);
    return 0;
}

static void put(lua_State *L, jbuf *b, const char *s, size_t n)
{
    tally_buf_add(&b->b, s, n);
    if (b->b.failed)
        luaL_error(L, "not enough memory");
}

/* An error without a position, as the Lua encoder raised them (level 0). */
static int json_error(lua_State *L, const char *what, const char *arg)
{
    lua_pushfstring(L, "tally.json.encode: %s%s", what, arg ? arg : "");
    return lua_error(L);
}

#define PUTS(L, b, lit) put(L, b, lit, sizeof lit - 1)

static void put_string(lua_State *L, jbuf *b, const char *s, size_t n)
{
    tally_json_string(&b->b, s, n);
    if (b->b.failed)
        luaL_error(L, "not enough memory");
}

/* The shortest decimal text that reads back as the same number; 0 for none
 * (NaN and the infinities). */
static int number_text(lua_State *L, int idx, char *out, size_t size)
{
    if (lua_isinteger(L, idx)) {
        snprintf(out, size, LUA_INTEGER_FMT, (LUAI_UACINT)lua_tointeger(L, idx));
        return 1;
    }
    return tally_json_number_text((double)lua_tonumber(L, idx), out, size);
}

typedef struct key {
    int type; /* LUA_TNUMBER or LUA_TSTRING */
    const char *s;
    size_t len;
    int is_int;
    lua_Integer i;
    double d;
} key;

static int key_less(const key *a, const key *b)
{
    if (a->type != b->type)
        return a->type == LUA_TNUMBER; /* "number" < "string", as type() names sort */
    if (a->type == LUA_TSTRING) {
        size_t m = a->len < b->len ? a->len : b->len;
        int c = memcmp(a->s, b->s, m);
        return c < 0 || (c == 0 && a->len < b->len);
    }
    if (a->is_int && b->is_int)
        return a->i < b->i;
    double x = a->is_int ? (double)a->i : a->d, y = b->is_int ? (double)b->i : b->d;
    return x < y;
}

static int key_cmp(const void *x, const void *y)
{
    return key_less(x, y) ? -1 : key_less(y, x) ? 1 : 0;
}

static void encode(lua_State *L, jbuf *b, int idx, int keys, int depth, int seen, int null);

static int is_array(lua_State *L, int t, lua_Integer *len)
{
    lua_len(L, t);
    lua_Integer n = lua_tointeger(L, -1);
    lua_pop(L, 1);
    *len = n;
    if (n <= 0)
        return 0; /* an empty table is an empty object, {} */
    lua_Integer count = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n) {
            lua_pop(L, 1);
            return 0;
        }
        count++;
    }
    return count == n;
}

static void put_key(lua_State *L, jbuf *b, int k)
{
    if (lua_type(L, k) == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, k, &n);
        put_string(L, b, s, n);
        return;
    }
    char num[64];
    if (number_text(L, k, num, sizeof num)) {
        put_string(L, b, num, strlen(num));
    } else {
        size_t n;
        const char *s = luaL_tolstring(L, k, &n);
        put_string(L, b, s, n);
        lua_pop(L, 1);
    }
}

static void encode_table(lua_State *L, jbuf *b, int t, int keys, int depth, int seen, int null)
{
    lua_pushvalue(L, t);
    if (lua_rawget(L, seen) != LUA_TNIL)
        json_error(L, "a table contains itself", NULL);
    lua_pop(L, 1);
    if (depth > MAX_DEPTH)
        json_error(L, "tables nested deeper than 200", NULL);
    luaL_checkstack(L, 8, "tally.json.encode");
    lua_pushvalue(L, t);
    lua_pushboolean(L, 1);
    lua_rawset(L, seen);
    lua_Integer n;
    if (!keys && is_array(L, t, &n)) {
        PUTS(L, b, "[");
        for (lua_Integer i = 1; i <= n; i++) {
            if (i > 1)
                PUTS(L, b, ",");
            lua_geti(L, t, i);
            encode(L, b, lua_gettop(L), 0, depth + 1, seen, null);
            lua_pop(L, 1);
        }
        PUTS(L, b, "]");
    } else {
        /* the listed keys first, in their order; then the rest sorted */
        int listed = 0;
        lua_newtable(L);
        int listed_set = lua_gettop(L);
        lua_Integer nk = keys ? (lua_Integer)lua_rawlen(L, keys) : 0;
        for (lua_Integer i = 1; i <= nk; i++) {
            lua_rawgeti(L, keys, i);
            if (lua_isnil(L, -1)) {
                lua_pop(L, 1);
                continue;
            }
            lua_pushboolean(L, 1);
            lua_rawset(L, listed_set);
        }
        size_t cnt = 0, cap = 16;
        key *rest = lua_newuserdatauv(L, cap * sizeof *rest, 0);
        int rest_box = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, t)) {
            lua_pop(L, 1);
            lua_pushvalue(L, -1);
            int is_listed = lua_rawget(L, listed_set) != LUA_TNIL;
            lua_pop(L, 1);
            if (is_listed)
                continue;
            int kt = lua_type(L, -1);
            if (kt != LUA_TSTRING && kt != LUA_TNUMBER)
                json_error(L, "object keys must be strings or numbers, not ", lua_typename(L, kt));
            if (cnt == cap) { /* a bigger box; the old one is collected */
                key *bigger = lua_newuserdatauv(L, 2 * cap * sizeof *bigger, 0);
                memcpy(bigger, rest, cnt * sizeof *rest);
                lua_replace(L, rest_box);
                rest = bigger, cap *= 2;
            }
            key *k = &rest[cnt++];
            k->type = kt;
            if (kt == LUA_TSTRING) {
                k->s = lua_tolstring(L, -1, &k->len); /* the table keeps the key alive */
            } else {
                k->is_int = lua_isinteger(L, -1);
                k->i = k->is_int ? lua_tointeger(L, -1) : 0;
                k->d = k->is_int ? 0 : (double)lua_tonumber(L, -1);
            }
        }
        qsort(rest, cnt, sizeof *rest, key_cmp);
        PUTS(L, b, "{");
        for (lua_Integer i = 1; i <= nk; i++) {
            lua_rawgeti(L, keys, i);
            int kt = lua_type(L, -1);
            if (kt == LUA_TNIL) {
                lua_pop(L, 1);
                continue;
            }
            if (kt != LUA_TSTRING && kt != LUA_TNUMBER)
                json_error(L, "object keys must be strings or numbers, not ", lua_typename(L, kt));
            if (listed++)
                PUTS(L, b, ",");
            put_key(L, b, lua_gettop(L));
            PUTS(L, b, ":");
            lua_pushvalue(L, -1);
            lua_gettable(L, t);
            encode(L, b, lua_gettop(L), 0, depth + 1, seen, null);
            lua_pop(L, 2);
        }
        for (size_t j = 0; j < cnt; j++) {
            if (listed++)
                PUTS(L, b, ",");
            if (rest[j].type == LUA_TSTRING)
                lua_pushlstring(L, rest[j].s, rest[j].len);
            else if (rest[j].is_int)
                lua_pushinteger(L, rest[j].i);
            else
                lua_pushnumber(L, (lua_Number)rest[j].d);
            put_key(L, b, lua_gettop(L));
            PUTS(L, b, ":");
            lua_gettable(L, t);
            encode(L, b, lua_gettop(L), 0, depth + 1, seen, null);
            lua_pop(L, 1);
        }
        PUTS(L, b, "}");
        lua_settop(L, listed_set - 1);
    }
    lua_pushvalue(L, t);
    lua_pushnil(L);
    lua_rawset(L, seen);
}

static void encode(lua_State *L, jbuf *b, int idx, int keys, int depth, int seen, int null)
{
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        PUTS(L, b, "null");
        return;
    case LUA_TBOOLEAN:
        if (lua_toboolean(L, idx))
            PUTS(L, b, "true");
        else
            PUTS(L, b, "false");
        return;
    case LUA_TNUMBER: {
        char num[64];
        if (number_text(L, idx, num, sizeof num))
            put(L, b, num, strlen(num));
        else
            PUTS(L, b, "null");
        return;
    }
    case LUA_TSTRING: {
        size_t n;
        const char *s = lua_tolstring(L, idx, &n);
        put_string(L, b, s, n);
        return;
    }
    case LUA_TTABLE:
        if (lua_rawequal(L, idx, null)) {
            PUTS(L, b, "null");
            return;
        }
        encode_table(L, b, idx, keys, depth, seen, null);
        return;
    default: { /* documents and other objects: their printed form */
        size_t n;
        const char *s = luaL_tolstring(L, idx, &n);
        put_string(L, b, s, n);
        lua_pop(L, 1);
    }
    }
}

/* encode(v [, keys]) with json.null at upvalue 1 */
static int l_encode(lua_State *L)
{
    lua_settop(L, 2);
    if (!lua_isnil(L, 2) && !lua_istable(L, 2))
        return luaL_error(L, "tally.json.encode: keys must be a list of field names");
    jbuf *b = lua_newuserdatauv(L, sizeof *b, 0);
    memset(b, 0, sizeof *b);
    luaL_setmetatable(L, JSON_BUFFER_CLASS);
    lua_newtable(L); /* seen */
    lua_pushvalue(L, lua_upvalueindex(1));
    encode(L, b, 1, lua_isnil(L, 2) ? 0 : 2, 0, 4, 5);
    lua_pushlstring(L, b->b.p ? b->b.p : "", b->b.n);
    tally_buf_free(&b->b);
    return 1;
}

/* tally._json_encoder(null): the encoder, knowing the null sentinel */
static int l_json_encoder(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, l_encode, 1);
    return 1;
}

void tally_open_json(lua_State *L)
{
    luaL_newmetatable(L, JSON_BUFFER_CLASS);
    lua_pushcfunction(L, jbuf_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    lua_pushcfunction(L, l_json_encoder);
    lua_setfield(L, -2, "_json_encoder");
}
