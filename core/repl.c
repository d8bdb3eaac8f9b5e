/* The REPL: reads chunks, prints the values of expressions, keeps going
 * after errors. */
#include "repl.h"
#include "runner.h"

#include <lauxlib.h>
#include <stdio.h>
#include <string.h>

/* An incomplete chunk fails to compile with an error at <eof>. */
static int incomplete(lua_State *L, int status)
{
    if (status != LUA_ERRSYNTAX)
        return 0;
    size_t len;
    const char *msg = lua_tolstring(L, -1, &len);
    return len >= 5 && strcmp(msg + len - 5, "<eof>") == 0;
}

static int load_chunk(lua_State *L, const char *chunk)
{
    const char *ret = lua_pushfstring(L, "return %s;", chunk);
    int st = luaL_loadbufferx(L, ret, strlen(ret), "=stdin", "t");
    lua_remove(L, -2);
    if (st == LUA_OK)
        return st;
    lua_pop(L, 1);
    return luaL_loadbufferx(L, chunk, strlen(chunk), "=stdin", "t");
}

int tally_repl(lua_State *L, int nfiles, char **files)
{
    lua_getglobal(L, "tally");
    lua_getfield(L, -1, "corpus");
    lua_createtable(L, nfiles, 0);
    for (int i = 0; i < nfiles; i++) {
        lua_pushstring(L, files[i]);
        lua_rawseti(L, -2, i + 1);
    }
    if (tally_runner_pcall(L, 1, 1) == LUA_OK)
        lua_setglobal(L, "docs");
    lua_settop(L, 0);

    char line[4096];
    int pending = 0; /* an incomplete chunk waits at index 1 */
    for (;;) {
        fputs(pending ? ">> " : "> ", stdout);
        fflush(stdout);
        if (!fgets(line, sizeof line, stdin))
            break;
        line[strcspn(line, "\n")] = '\0';
        if (pending) {
            lua_pushfstring(L, "%s\n%s", lua_tostring(L, 1), line);
            lua_replace(L, 1);
        } else {
            lua_settop(L, 0);
            lua_pushstring(L, line);
        }
        int st = load_chunk(L, lua_tostring(L, 1));
        if (incomplete(L, st)) {
            lua_settop(L, 1);
            pending = 1;
            continue;
        }
        pending = 0;
        lua_remove(L, 1);
        if (st != LUA_OK) {
            fprintf(stderr, "%s\n", lua_tostring(L, -1));
            lua_settop(L, 0);
            continue;
        }
        if (tally_runner_pcall(L, 0, LUA_MULTRET) == LUA_OK && lua_gettop(L) > 0) {
            lua_getglobal(L, "print");
            lua_insert(L, 1);
            tally_runner_pcall(L, lua_gettop(L) - 1, 0);
        }
        lua_settop(L, 0);
    }
    fputc('\n', stdout);
    return 0;
}
