/* The runner: one Lua state per run, scripts found on the script path,
 * errors with tracebacks, and the --timeout and --max-memory limits. */
#include "runner.h"

#include <lauxlib.h>
#include <lualib.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sandbox.h"
#include "script_path.h"

int luaopen_tally(lua_State *L);

/* Memory accounting for --max-memory: Lua turns a NULL from the allocator into
 * a "not enough memory" error the script cannot swallow silently. */
typedef struct limits {
    size_t used, cap;
    double deadline; /* CLOCK_MONOTONIC seconds, 0 for none */
    double timeout;
} limits;

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    limits *lim = ud;
    if (!ptr)
        osize = 0; /* osize is a type tag when ptr is NULL */
    if (nsize == 0) {
        free(ptr);
        lim->used -= osize;
        return NULL;
    }
    if (lim->cap && nsize > osize && lim->used + (nsize - osize) > lim->cap)
        return NULL;
    void *p = realloc(ptr, nsize);
    if (p)
        lim->used = lim->used - osize + nsize;
    return p;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static limits *get_limits(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

/* Once the time is up the hook fires on every line, so a pcall in the script
 * cannot catch the error and carry on. */
static void timeout_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    limits *lim = get_limits(L);
    if (lim->deadline > 0 && now() > lim->deadline) {
        lua_sethook(L, timeout_hook, LUA_MASKLINE | LUA_MASKCOUNT, 1);
        char secs[32]; /* lua_pushfstring has no %g */
        snprintf(secs, sizeof secs, "%g", lim->timeout);
        luaL_error(L, "script stopped: it ran longer than --timeout %s seconds", secs);
    }
}

static int msghandler(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (!msg) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    if (strstr(msg, "not enough memory"))
        msg = lua_pushfstring(L, "%s (the --max-memory limit was reached)", msg);
    luaL_traceback(L, L, msg, 1);
    return 1;
}

int tally_runner_pcall(lua_State *L, int nargs, int nresults)
{
    limits *lim = get_limits(L);
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msghandler);
    lua_insert(L, base);
    if (lim->timeout > 0) {
        lim->deadline = now() + lim->timeout;
        lua_sethook(L, timeout_hook, LUA_MASKCOUNT, 10000);
    }
    int st = lua_pcall(L, nargs, nresults, base);
    lua_sethook(L, NULL, 0, 0);
    lim->deadline = 0;
    lua_remove(L, base);
    if (st == LUA_ERRMEM && lim->cap) {
        /* Lua calls no message handler for memory errors */
        fprintf(stderr, "tally: script stopped: it needed more memory than --max-memory %g MB\n",
                (double)lim->cap / (1024.0 * 1024.0));
        lua_pop(L, 1);
    } else if (st != LUA_OK) {
        fprintf(stderr, "tally: %s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    return st;
}

static int open_libraries(lua_State *L)
{
    luaL_openlibs(L);
    luaL_requiref(L, "tally", luaopen_tally, 1);
    return 0;
}

lua_State *tally_runner_new(const tally_run_options *o)
{
    limits *lim = calloc(1, sizeof *lim);
    if (!lim)
        return NULL;
    lim->cap = o->max_memory_mb > 0 ? (size_t)(o->max_memory_mb * 1024 * 1024) : 0;
    lim->timeout = o->timeout;
    lua_State *L = lua_newstate(limited_alloc, lim);
    if (!L) {
        free(lim);
        return NULL;
    }
    /* opening runs the module's Lua files: an error there is reported, not a panic */
    lua_pushcfunction(L, open_libraries);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
        fprintf(stderr, "tally: cannot open the tally module: %s\n", lua_tostring(L, -1));
        lua_close(L);
        free(lim);
        return NULL;
    }
    lua_getglobal(L, "tally");
    lua_getfield(L, -1, "options");
    if (o->format)
        lua_pushstring(L, o->format), lua_setfield(L, -2, "format");
    if (o->output)
        lua_pushstring(L, o->output), lua_setfield(L, -2, "output");
    if (o->encoding)
        lua_pushstring(L, o->encoding), lua_setfield(L, -2, "encoding");
    lua_pushinteger(L, o->jobs > 0 ? o->jobs : sysconf(_SC_NPROCESSORS_ONLN));
    lua_setfield(L, -2, "jobs");
    lua_pushboolean(L, o->quiet), lua_setfield(L, -2, "quiet");
    lua_pushboolean(L, o->trust), lua_setfield(L, -2, "trust");
    lua_pop(L, 2);
    lua_pushliteral(L, TALLY_VERSION);
    lua_setglobal(L, "TALLY_VERSION");
    return L;
}

void tally_runner_close(lua_State *L)
{
    if (!L)
        return;
    limits *lim = get_limits(L);
    lua_close(L);
    free(lim);
}

int tally_runner_input_errors(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.input_errors");
    int n = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return n;
}

/* package.path gains the script's own folder and the script path, so a team's
 * shared scripts can `require` their modules. */
static void extend_package_path(lua_State *L, const char *script)
{
    int top = lua_gettop(L);
    const char *slash = strrchr(script, '/');
    if (slash)
        lua_pushlstring(L, script, (size_t)(slash - script));
    else
        lua_pushliteral(L, ".");
    const char *dir = lua_tostring(L, -1);
    lua_pushfstring(L, "%s/?.lua;%s/?/init.lua;", dir, dir);
    lua_remove(L, -2);
    const char *tp = getenv("TALLY_PATH");
    while (tp && *tp) {
        const char *colon = strchr(tp, ':');
        size_t len = colon ? (size_t)(colon - tp) : strlen(tp);
        if (len > 0) {
            lua_pushlstring(L, tp, len);
            lua_pushliteral(L, "/?.lua;");
        }
        tp = colon ? colon + 1 : NULL;
    }
    lua_pushliteral(L, "./scripts/?.lua;" TALLY_SCRIPT_DIR "/?.lua;");
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "path");
    lua_remove(L, -2);
    lua_concat(L, lua_gettop(L) - top);
    lua_getglobal(L, "package");
    lua_insert(L, -2);
    lua_setfield(L, -2, "path");
    lua_settop(L, top);
}

/* Scripts and -e code run in the sandbox unless --trust; the REPL does not,
 * since what runs there is typed by the analyst at the keyboard. */
static void sandbox_unless_trusted(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.options");
    lua_getfield(L, -1, "trust");
    int trusted = lua_toboolean(L, -1);
    lua_pop(L, 2);
    if (!trusted)
        tally_sandbox_apply(L);
}

int tally_run_script(lua_State *L, const char *path, int argc, char **argv)
{
    extend_package_path(L, path);
    sandbox_unless_trusted(L);
    lua_createtable(L, argc, 1);
    lua_pushstring(L, path);
    lua_rawseti(L, -2, 0);
    for (int i = 0; i < argc; i++) {
        lua_pushstring(L, argv[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setglobal(L, "arg");
    lua_pushstring(L, path);
    lua_setglobal(L, "SCRIPT_FILE");
    if (luaL_loadfilex(L, path, "t") != LUA_OK) {
        fprintf(stderr, "tally: %s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
        return TALLY_EXIT_SCRIPT;
    }
    /* the arguments are also the chunk's `...`: one stack slot each, so
     * an archive's worth of files needs the stack grown first (Lua allows
     * about a million slots; the kernel's ARG_MAX runs out well before) */
    if (!lua_checkstack(L, argc + 2)) {
        fprintf(stderr, "tally: %d arguments are more than a script can take as `...`\n", argc);
        lua_pop(L, 1);
        return TALLY_EXIT_USAGE;
    }
    for (int i = 0; i < argc; i++)
        lua_pushstring(L, argv[i]);
    if (tally_runner_pcall(L, argc, 0) != LUA_OK)
        return TALLY_EXIT_SCRIPT;
    return tally_runner_input_errors(L) ? TALLY_EXIT_USAGE : TALLY_EXIT_OK;
}

int tally_runner_bind_docs(lua_State *L, int nfiles, char **files)
{
    lua_getglobal(L, "tally");
    lua_getfield(L, -1, "corpus");
    lua_remove(L, -2);
    lua_createtable(L, nfiles, 0);
    for (int i = 0; i < nfiles; i++) {
        lua_pushstring(L, files[i]);
        lua_rawseti(L, -2, i + 1);
    }
    if (tally_runner_pcall(L, 1, 1) != LUA_OK)
        return -1;
    lua_setglobal(L, "docs");
    return 0;
}

int tally_run_code(lua_State *L, const char *code, int nfiles, char **files)
{
    sandbox_unless_trusted(L);
    if (tally_runner_bind_docs(L, nfiles, files) < 0)
        return TALLY_EXIT_USAGE;
    lua_createtable(L, nfiles, 0);
    for (int i = 0; i < nfiles; i++) {
        lua_pushstring(L, files[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setglobal(L, "arg");
    /* a bare expression prints its values, as in the Lua REPL */
    const char *ret = lua_pushfstring(L, "return %s", code);
    if (luaL_loadbufferx(L, ret, strlen(ret), "=(command line)", "t") != LUA_OK) {
        lua_pop(L, 1);
        if (luaL_loadbufferx(L, code, strlen(code), "=(command line)", "t") != LUA_OK) {
            fprintf(stderr, "tally: %s\n", lua_tostring(L, -1));
            lua_pop(L, 2);
            return TALLY_EXIT_SCRIPT;
        }
    }
    lua_remove(L, -2);
    int top = lua_gettop(L) - 1;
    if (tally_runner_pcall(L, 0, LUA_MULTRET) != LUA_OK)
        return TALLY_EXIT_SCRIPT;
    int n = lua_gettop(L) - top;
    if (n > 0) {
        luaL_checkstack(L, 2, "too many results to print");
        lua_getglobal(L, "print");
        lua_insert(L, top + 1);
        if (tally_runner_pcall(L, n, 0) != LUA_OK)
            return TALLY_EXIT_SCRIPT;
    }
    return tally_runner_input_errors(L) ? TALLY_EXIT_USAGE : TALLY_EXIT_OK;
}
