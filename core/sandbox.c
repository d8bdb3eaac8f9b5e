/* The script sandbox. Scripts come from colleagues' shared folders, so by
 * default they may read anything but only write below the working folder and
 * cannot run programs, load native code, or delete and rename files.
 * --trust skips all of this. The library tables are changed in place, so
 * package.loaded and the globals see the same restricted functions. */
/* realpath is an XSI function */
#define _XOPEN_SOURCE 700

#include "sandbox.h"

#include <lauxlib.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SANDBOX_ROOT_KEY "tally.sandbox_root"
#define TRUST_HINT "; run with --trust to allow it"

/* Functions the sandbox refuses outright, as library and name. */
typedef struct refusal {
    const char *lib, *name;
} refusal;

static const refusal refused[] = {
    {"os", "execute"},  {"io", "popen"},   {"os", "remove"},
    {"os", "rename"},   {"os", "tmpname"}, {"package", "loadlib"},
};

/* Of the debug library only these stay: the rest can read and replace the
 * upvalues and hooks that hold the sandbox and the --timeout together. */
static const char *const debug_kept[] = {"traceback", "getinfo"};

static int refuse(lua_State *L)
{
    return luaL_error(L, "sandbox: %s is not allowed" TRUST_HINT,
                      lua_tostring(L, lua_upvalueindex(1)));
}

static void set_refusal(lua_State *L, int lib, const char *qualified, const char *name)
{
    lua_pushstring(L, qualified);
    lua_pushcclosure(L, refuse, 1);
    lua_setfield(L, lib, name);
}

typedef enum resolution {
    RESOLVED,  /* *out holds the canonical path */
    NO_FOLDER, /* the folder does not exist: the write itself will fail */
    REFUSED    /* a dangling symlink (open would follow it anywhere), "."/"..", no memory */
} resolution;

/* The canonical form of a path that may not exist yet: realpath of the file
 * when it exists, else realpath of its folder plus its name. */
static resolution resolve_for_write(const char *path, char **out)
{
    struct stat st;
    *out = NULL;
    if (lstat(path, &st) == 0) {
        *out = realpath(path, NULL);
        return *out ? RESOLVED : REFUSED;
    }
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0)
        return REFUSED;
    char *dir;
    if (!slash) {
        dir = realpath(".", NULL);
    } else if (slash == path) {
        dir = realpath("/", NULL);
    } else {
        size_t n = (size_t)(slash - path);
        char *d = malloc(n + 1);
        if (!d)
            return REFUSED;
        memcpy(d, path, n);
        d[n] = '\0';
        dir = realpath(d, NULL);
        free(d);
    }
    if (!dir)
        return errno == ENOENT || errno == ENOTDIR ? NO_FOLDER : REFUSED;
    size_t need = strlen(dir) + strlen(base) + 2;
    *out = malloc(need);
    if (*out)
        snprintf(*out, need, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir, base);
    free(dir);
    return *out ? RESOLVED : REFUSED;
}

static int is_below(const char *root, const char *p)
{
    size_t n = strlen(root);
    if (strcmp(root, "/") == 0)
        return 1;
    return strncmp(root, p, n) == 0 && p[n] == '/';
}

void tally_sandbox_check_write(lua_State *L, const char *path, const char *what)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_ROOT_KEY) != LUA_TSTRING) {
        lua_pop(L, 1);
        return;
    }
    const char *root = lua_tostring(L, -1);
    char *resolved;
    resolution r = resolve_for_write(path, &resolved);
    int ok = r == NO_FOLDER || (r == RESOLVED && is_below(root, resolved));
    free(resolved);
    if (!ok)
        luaL_error(L, "sandbox: %s may not write '%s': scripts write only below the "
                      "working folder %s" TRUST_HINT, what, path, root);
    lua_pop(L, 1);
}

static int opens_for_writing(const char *mode)
{
    return strpbrk(mode, "wa+") != NULL;
}

/* io.open and io.output: the real function is upvalue 1. */
static int sandboxed_io_open(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    const char *mode = luaL_optstring(L, 2, "r");
    if (opens_for_writing(mode))
        tally_sandbox_check_write(L, path, "io.open");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int sandboxed_io_output(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TSTRING)
        tally_sandbox_check_write(L, lua_tostring(L, 1), "io.output");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int is_binary_chunk(lua_State *L, int idx)
{
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    return lua_type(L, idx) == LUA_TSTRING && n > 0 && s[0] == LUA_SIGNATURE[0];
}

/* load, with mode forced to text: crafted bytecode can crash the VM. */
static int sandboxed_load(lua_State *L)
{
    if (is_binary_chunk(L, 1))
        return luaL_error(L, "sandbox: load of a precompiled (binary) chunk is not allowed" TRUST_HINT);
    lua_settop(L, 4);
    lua_pushliteral(L, "t");
    lua_replace(L, 3);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 4, LUA_MULTRET);
    return lua_gettop(L);
}

static int sandboxed_loadfile(lua_State *L)
{
    const char *fname = luaL_optstring(L, 1, NULL);
    int env = !lua_isnone(L, 3) ? 3 : 0;
    if (luaL_loadfilex(L, fname, "t") != LUA_OK) {
        luaL_pushfail(L);
        lua_insert(L, -2);
        return 2;
    }
    if (env) {
        lua_pushvalue(L, env);
        if (!lua_setupvalue(L, -2, 1))
            lua_pop(L, 1);
    }
    return 1;
}

static int sandboxed_dofile(lua_State *L)
{
    const char *fname = luaL_optstring(L, 1, NULL);
    lua_settop(L, 1);
    if (luaL_loadfilex(L, fname, "t") != LUA_OK)
        return lua_error(L);
    lua_call(L, 0, LUA_MULTRET);
    return lua_gettop(L) - 1;
}

static int refuse_native_module(lua_State *L)
{
    luaL_checkstring(L, 1);
    lua_pushliteral(L, "\n\tno native module searched: the sandbox does not allow them" TRUST_HINT);
    return 1;
}

/* Replaces lib.name with a closure of f that holds the original. */
static void wrap(lua_State *L, int lib, const char *name, lua_CFunction f)
{
    lua_getfield(L, lib, name);
    lua_pushcclosure(L, f, 1);
    lua_setfield(L, lib, name);
}

static void restrict_debug(lua_State *L)
{
    if (lua_getglobal(L, "debug") != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    int lib = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, lib)) {
        lua_pop(L, 1);
        const char *name = lua_tostring(L, -1);
        int kept = 0;
        for (size_t i = 0; i < sizeof debug_kept / sizeof debug_kept[0]; i++)
            kept |= strcmp(name, debug_kept[i]) == 0;
        if (!kept) {
            lua_pushfstring(L, "debug.%s", name);
            lua_pushcclosure(L, refuse, 1);
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, lib); /* replacing an existing key keeps lua_next valid */
        }
    }
    lua_pop(L, 1);
}

void tally_sandbox_apply(lua_State *L)
{
    int top = lua_gettop(L);
    char *cwd = realpath(".", NULL);
    lua_pushstring(L, cwd ? cwd : "/nonexistent");
    free(cwd);
    lua_setfield(L, LUA_REGISTRYINDEX, SANDBOX_ROOT_KEY);

    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        if (lua_getglobal(L, refused[i].lib) == LUA_TTABLE) {
            char qualified[64];
            snprintf(qualified, sizeof qualified, "%s.%s", refused[i].lib, refused[i].name);
            set_refusal(L, lua_gettop(L), qualified, refused[i].name);
        }
        lua_settop(L, top);
    }

    if (lua_getglobal(L, "io") == LUA_TTABLE) {
        wrap(L, top + 1, "open", sandboxed_io_open);
        wrap(L, top + 1, "output", sandboxed_io_output);
    }
    lua_settop(L, top);

    lua_pushglobaltable(L);
    wrap(L, top + 1, "load", sandboxed_load);
    lua_pushcfunction(L, sandboxed_loadfile);
    lua_setfield(L, top + 1, "loadfile");
    lua_pushcfunction(L, sandboxed_dofile);
    lua_setfield(L, top + 1, "dofile");
    lua_settop(L, top);

    /* require keeps its Lua searchers; the C ones explain the refusal */
    if (lua_getglobal(L, "package") == LUA_TTABLE &&
        lua_getfield(L, -1, "searchers") == LUA_TTABLE) {
        for (lua_Integer i = luaL_len(L, -1); i > 3; i--) {
            lua_pushnil(L);
            lua_rawseti(L, -2, i);
        }
        lua_pushcfunction(L, refuse_native_module);
        lua_rawseti(L, -2, 3);
    }
    lua_settop(L, top);
    restrict_debug(L);
    lua_settop(L, top);
}
