/* Completion walks the path typed before the cursor from the globals, the
 * way Neovim's vim._expand_pat does, then offers the names the last value
 * answers to. Objects of tally's classes keep their methods and fields in the
 * metatable's __methods and __getters tables (see binding.c); plain Lua
 * classes chain tables through __index. */
#include "repl_complete.h"

#include "binding.h"

#include <glob.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

/* Offered at the start of a path, where a statement or expression begins. */
static const char *const lua_keywords[] = {
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if",
    "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
    NULL};

enum { MAX_INDEX_CHAIN = 8 };

static int is_ident_char(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static int is_identifier(const char *s, size_t n)
{
    if (n == 0 || (s[0] >= '0' && s[0] <= '9'))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!is_ident_char(s[i]))
            return 0;
    return 1;
}

typedef struct collector {
    const char *prefix;
    size_t prefix_len;
    char sep;   /* '\0' at the start of a path, else '.' or ':' */
    int found;  /* index of the table: name -> the text to offer */
} collector;

/* Offers key if it fits the prefix; `call` adds the '(' of a call. */
static void offer(lua_State *L, collector *c, const char *key, size_t len, int call)
{
    if (len < c->prefix_len || memcmp(key, c->prefix, c->prefix_len) != 0 ||
        !is_identifier(key, len))
        return;
    /* names starting with '_' are private unless asked for */
    if (key[0] == '_' && (c->prefix_len == 0 || c->prefix[0] != '_'))
        return;
    lua_pushlstring(L, key, len);
    if (call)
        lua_pushfstring(L, "%s(", lua_tostring(L, -1));
    else
        lua_pushvalue(L, -1);
    lua_rawset(L, c->found);
}

/* The string keys of the table at t; functions are offered as calls, and
 * after ':' nothing else is. */
static void offer_table_keys(lua_State *L, collector *c, int t, int functions_only)
{
    t = lua_absindex(L, t);
    tally_load_all_lualibs(L, t); /* the module's Lua libraries run on first use */
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) == LUA_TSTRING) {
            int fn = lua_isfunction(L, -1);
            if (fn || !functions_only) {
                size_t len;
                const char *k = lua_tolstring(L, -2, &len);
                offer(L, c, k, len, fn);
            }
        }
        lua_pop(L, 1);
    }
}

/* The names an object answers to through its metatable chain. */
static void offer_meta(lua_State *L, collector *c, int obj)
{
    obj = lua_absindex(L, obj);
    lua_pushvalue(L, obj);
    for (int depth = 0; depth < MAX_INDEX_CHAIN && lua_getmetatable(L, -1); depth++) {
        int mt = lua_gettop(L);
        if (lua_getfield(L, mt, "__methods") == LUA_TTABLE) {
            /* methods are called with ':'; after '.' they are named, as in
             * help(doc.figures) */
            lua_pushnil(L);
            while (lua_next(L, -2)) {
                size_t len;
                if (lua_type(L, -2) == LUA_TSTRING) {
                    const char *k = lua_tolstring(L, -2, &len);
                    offer(L, c, k, len, c->sep == ':');
                }
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        /* fields are no methods: after ':' they are left out */
        if (lua_getfield(L, mt, "__getters") == LUA_TTABLE && c->sep != ':') {
            lua_pushnil(L);
            while (lua_next(L, -2)) {
                size_t len;
                if (lua_type(L, -2) == LUA_TSTRING) {
                    const char *k = lua_tolstring(L, -2, &len);
                    offer(L, c, k, len, 0);
                }
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        if (lua_getfield(L, mt, "__index") != LUA_TTABLE) {
            lua_settop(L, mt - 1);
            break;
        }
        offer_table_keys(L, c, -1, c->sep == ':');
        lua_replace(L, mt - 1); /* go on with the __index table's own metatable */
        lua_settop(L, mt - 1);
    }
    lua_pop(L, 1);
}

/* Pushes the set of offers (name -> text) for path; cut is where its last
 * component begins. */
static void collect_offers(lua_State *L, const char *path, size_t n, size_t cut)
{
    lua_newtable(L);
    collector c = {0};
    c.found = lua_gettop(L);
    c.prefix = path + cut;
    c.prefix_len = n - cut;
    c.sep = cut > 0 ? path[cut - 1] : '\0';
    lua_pushglobaltable(L);
    if (c.sep == '\0') {
        offer_table_keys(L, &c, -1, 0);
        offer_meta(L, &c, -1); /* an _ENV with a fallback table */
        for (int i = 0; lua_keywords[i]; i++)
            offer(L, &c, lua_keywords[i], strlen(lua_keywords[i]), 0);
        lua_settop(L, c.found);
        return;
    }
    /* walk every component but the last; ':' may only come last */
    size_t i = 0;
    while (i < cut - 1) {
        size_t j = i;
        while (j < cut - 1 && path[j] != '.' && path[j] != ':')
            j++;
        if ((j < cut - 1 && path[j] == ':') || !is_identifier(path + i, j - i))
            break;
        int t = lua_type(L, -1);
        if (t != LUA_TTABLE && t != LUA_TUSERDATA)
            break;
        lua_pushlstring(L, path + i, j - i);
        lua_gettable(L, -2);
        lua_remove(L, -2);
        i = j + 1;
    }
    if (i == cut) { /* the whole path was walked, none of it empty */
        if (lua_type(L, -1) == LUA_TTABLE)
            offer_table_keys(L, &c, -1, c.sep == ':');
        if (!lua_isnil(L, -1))
            offer_meta(L, &c, -1);
    }
    lua_settop(L, c.found);
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* complete_path(path) -> sorted array of completed paths. Runs protected:
 * walking the path may call __index metamethods that raise, and memory may
 * run out under --max-memory. */
static int complete_path(lua_State *L)
{
    size_t n;
    const char *path = luaL_checklstring(L, 1, &n);
    size_t cut = n; /* the last separator splits the value from the prefix */
    while (cut > 0 && path[cut - 1] != '.' && path[cut - 1] != ':')
        cut--;
    collect_offers(L, path, n, cut);
    int found = lua_gettop(L);
    lua_newtable(L);
    int out = found + 1;
    int count = 0;
    lua_pushnil(L);
    while (lua_next(L, found)) {
        lua_pushlstring(L, path, cut);
        lua_insert(L, -2);
        lua_concat(L, 2);
        lua_rawseti(L, out, ++count);
    }
    /* the strings stay alive in the array while qsort orders them */
    const char **v = lua_newuserdatauv(L, sizeof *v * (size_t)(count + 1), 0);
    for (int i = 0; i < count; i++) {
        lua_rawgeti(L, out, i + 1);
        v[i] = lua_tostring(L, -1);
        lua_pop(L, 1);
    }
    qsort(v, (size_t)count, sizeof *v, compare_strings);
    lua_createtable(L, count, 0);
    for (int i = 0; i < count; i++) {
        lua_pushstring(L, v[i]);
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

/* Where the path being typed begins: inside a string literal still open at
 * the end of the line (tally.open("corpus/sa), or after .load; -1 where
 * none is. *quote is the string's quote, or 0. */
static long path_start(const char *line, size_t len, char *quote)
{
    size_t i = strspn(line, " \t");
    *quote = 0;
    if (len >= i + 6 && strncmp(line + i, ".load", 5) == 0 && (line[i + 5] == ' ' || line[i + 5] == '\t'))
        return (long)(i + 5 + strspn(line + i + 5, " \t"));
    long start = -1;
    for (i = 0; i < len; i++) {
        char c = line[i];
        if (*quote) {
            if (c == '\\')
                i++;
            else if (c == *quote)
                *quote = 0, start = -1;
        } else if (c == '"' || c == '\'') {
            *quote = c;
            start = (long)i + 1;
        } else if (c == '-' && i + 1 < len && line[i + 1] == '-') {
            return -1; /* a comment */
        }
    }
    return *quote ? start : -1;
}

/* complete_file(prefix, quote) -> sorted array of the paths that begin with
 * prefix, directories ending in '/'; a lone file gets the closing quote. */
static int complete_file(lua_State *L)
{
    size_t n;
    const char *prefix = luaL_checklstring(L, 1, &n);
    const char *quote = luaL_optstring(L, 2, "");
    luaL_Buffer b; /* the prefix with glob's special characters escaped, then '*' */
    luaL_buffinit(L, &b);
    for (size_t i = 0; i < n; i++) {
        if (strchr("*?[\\", prefix[i]))
            luaL_addchar(&b, '\\');
        luaL_addchar(&b, prefix[i]);
    }
    luaL_addchar(&b, '*');
    luaL_pushresult(&b);
    lua_newtable(L);
    glob_t g;
    if (glob(lua_tostring(L, -2), GLOB_MARK, NULL, &g) != 0)
        return 1;
    for (size_t i = 0; i < g.gl_pathc; i++) {
        const char *p = g.gl_pathv[i];
        size_t plen = strlen(p);
        int file = plen > 0 && p[plen - 1] != '/';
        if (g.gl_pathc == 1 && file)
            lua_pushfstring(L, "%s%s", p, quote);
        else
            lua_pushstring(L, p);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    globfree(&g); /* glob sorted them */
    return 1;
}

int tally_complete(lua_State *L, const char *line, size_t len, size_t *word_start)
{
    int top = lua_gettop(L);
    char quote;
    long p = path_start(line, len, &quote);
    if (p >= 0) {
        *word_start = (size_t)p;
        lua_pushcfunction(L, complete_file);
        lua_pushlstring(L, line + p, len - (size_t)p);
        lua_pushlstring(L, &quote, quote ? 1 : 0);
        if (!lua_checkstack(L, 8) || lua_pcall(L, 2, 1, 0) != LUA_OK) {
            lua_settop(L, top);
            lua_newtable(L);
            return 0;
        }
        return (int)lua_rawlen(L, -1);
    }
    size_t s = len;
    while (s > 0 && (is_ident_char(line[s - 1]) || line[s - 1] == '.' || line[s - 1] == ':'))
        s--;
    *word_start = s;
    /* a number (1.5) or a path that starts with a separator is no name */
    if (s == len || line[s] == '.' || line[s] == ':' || (line[s] >= '0' && line[s] <= '9') ||
        !lua_checkstack(L, 8)) {
        lua_newtable(L);
        return 0;
    }
    lua_pushcfunction(L, complete_path);
    lua_pushlstring(L, line + s, len - s);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
        lua_settop(L, top);
        lua_newtable(L);
        return 0;
    }
    return (int)lua_rawlen(L, -1);
}
