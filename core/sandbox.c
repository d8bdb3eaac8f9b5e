/* The script sandbox. Scripts come from colleagues' shared folders, so by
 * default they may read anything but only write below the working folder and
 * cannot run programs, load native code, or delete and rename files.
 * --trust skips all of this. The library tables are changed in place, so
 * package.loaded and the globals see the same restricted functions. */
/* realpath is an XSI function */
#define _XOPEN_SOURCE 700

#include "sandbox.h"
#include "script_path.h"

#include <lauxlib.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define SANDBOX_ROOT_KEY "tally.sandbox_root"
/* files the run reads (dev:ino -> path) and folders scripts come from */
#define SANDBOX_INPUTS_KEY "tally.sandbox_inputs"
#define SANDBOX_SCRIPT_DIRS_KEY "tally.sandbox_script_dirs"
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
static const char *const debug_kept[] = {"traceback", "getinfo"}; /* getinfo without "f" */

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

static int ends_with_lua(const char *p)
{
    size_t n = strlen(p);
    return n >= 4 && strcasecmp(p + n - 4, ".lua") == 0;
}

/* The name of the folder of the script path that holds p, or NULL. */
static const char *script_dir_holding(lua_State *L, const char *p)
{
    const char *hit = NULL;
    if (lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_SCRIPT_DIRS_KEY) == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n && !hit; i++) {
            lua_rawgeti(L, -1, i);
            const char *dir = lua_tostring(L, -1);
            if (dir && is_below(dir, p))
                hit = dir; /* the string stays alive in the registry */
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return hit;
}

/* Why writing to the existing file st (resolved path p) is refused, or NULL. */
static const char *refused_target(lua_State *L, const struct stat *st)
{
    if (!S_ISREG(st->st_mode))
        return S_ISDIR(st->st_mode) ? "it is a directory" : "it is not a regular file";
    if (st->st_nlink > 1)
        return "it has other hard links, which may lie outside the working folder";
    int input = 0;
    if (lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_INPUTS_KEY) == LUA_TTABLE) {
        lua_pushfstring(L, "%I:%I", (lua_Integer)st->st_dev, (lua_Integer)st->st_ino);
        input = lua_rawget(L, -2) != LUA_TNIL;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return input ? "it is one of the run's inputs, which tally never writes" : NULL;
}

static _Noreturn void refuse_write(lua_State *L, const char *what, const char *path, const char *why)
{
    luaL_error(L, "sandbox: %s may not write '%s': %s" TRUST_HINT, what, path, why);
    abort(); /* not reached */
}

/* The checks of tally_sandbox_check_write; returns the resolved path
 * (malloc'd) or NULL when the folder does not exist, and raises on a
 * refusal. Called with the root on top of the stack. */
static char *checked_target(lua_State *L, const char *path, const char *what)
{
    const char *root = lua_tostring(L, -1);
    char *resolved;
    resolution r = resolve_for_write(path, &resolved);
    if (r == NO_FOLDER)
        return NULL;
    if (r != RESOLVED || !is_below(root, resolved)) {
        free(resolved);
        luaL_error(L, "sandbox: %s may not write '%s': scripts write only below the "
                      "working folder %s" TRUST_HINT, what, path, root);
    }
    const char *why = NULL;
    struct stat st;
    if (ends_with_lua(resolved))
        why = "scripts may not write Lua source (.lua), which a later run would load";
    else if (script_dir_holding(L, resolved))
        why = "it lies in a folder of the script path";
    else if (stat(resolved, &st) == 0)
        why = refused_target(L, &st);
    if (why) {
        free(resolved);
        refuse_write(L, what, path, why);
    }
    return resolved;
}

void tally_sandbox_check_write(lua_State *L, const char *path, const char *what)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_ROOT_KEY) != LUA_TSTRING) {
        lua_pop(L, 1);
        return;
    }
    free(checked_target(L, path, what));
    lua_pop(L, 1);
}

int tally_sandbox_active(lua_State *L)
{
    int on = lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_ROOT_KEY) == LUA_TSTRING;
    lua_pop(L, 1);
    return on;
}

void tally_sandbox_note_input(lua_State *L, const char *path)
{
    /* noted with or without the sandbox: the inputs bound before a script
     * runs (docs) are read before the sandbox is applied */
    luaL_getsubtable(L, LUA_REGISTRYINDEX, SANDBOX_INPUTS_KEY);
    struct stat st;
    if (path && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
        lua_pushfstring(L, "%I:%I", (lua_Integer)st.st_dev, (lua_Integer)st.st_ino);
        lua_pushstring(L, path);
        lua_rawset(L, -3);
    }
    lua_pop(L, 1);
}

/* A Lua file handle for fd, as io.open makes them (luaL_Stream). */
static int stream_close(lua_State *L)
{
    luaL_Stream *p = luaL_checkudata(L, 1, LUA_FILEHANDLE);
    int ok = fclose(p->f) == 0;
    return luaL_fileresult(L, ok, NULL);
}

static int push_stream(lua_State *L, int fd, const char *mode)
{
    luaL_Stream *p = lua_newuserdatauv(L, sizeof *p, 0);
    p->closef = NULL; /* not a valid file until fdopen worked */
    luaL_setmetatable(L, LUA_FILEHANDLE);
    p->f = fdopen(fd, mode);
    if (!p->f) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    p->closef = stream_close;
    return 0;
}

/* io.open's mode check: [rwa]%+?b* */
static int valid_mode(const char *m)
{
    if (!*m || !strchr("rwa", *m))
        return 0;
    m++;
    if (*m == '+')
        m++;
    return strspn(m, "b") == strlen(m);
}

/* Opens path for writing the way the sandbox allows: the resolved path,
 * not following a symbolic link in its last part (O_NOFOLLOW), checked
 * again on the open file (a regular file with one link, not an input),
 * and truncated only after the checks. Pushes the handle or fail, msg. */
static int open_for_writing(lua_State *L, const char *path, const char *mode, const char *what)
{
    lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_ROOT_KEY);
    char *resolved = checked_target(L, path, what);
    lua_pop(L, 1);
    int plus = strchr(mode, '+') != NULL;
    int flags = (plus ? O_RDWR : O_WRONLY) | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
    if (mode[0] != 'r')
        flags |= O_CREAT;
    if (mode[0] == 'a')
        flags |= O_APPEND;
    int fd = open(resolved ? resolved : path, flags, 0666);
    free(resolved);
    if (fd < 0)
        return luaL_fileresult(L, 0, path);
    struct stat st;
    const char *why = fstat(fd, &st) != 0 ? "it cannot be examined" : refused_target(L, &st);
    if (why) {
        close(fd);
        refuse_write(L, what, path, why);
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (mode[0] == 'w' && ftruncate(fd, 0) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return luaL_fileresult(L, 0, path);
    }
    if (push_stream(L, fd, mode) < 0)
        return luaL_fileresult(L, 0, path);
    return 1;
}

static int opens_for_writing(const char *mode)
{
    return strpbrk(mode, "wa+") != NULL;
}

/* io.open: reading goes to the real function (upvalue 1), writing through
 * open_for_writing. */
static int sandboxed_io_open(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    const char *mode = luaL_optstring(L, 2, "r");
    luaL_argcheck(L, valid_mode(mode), 2, "invalid mode");
    if (opens_for_writing(mode)) {
        lua_settop(L, 2);
        return open_for_writing(L, path, mode, "io.open");
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* io.output(name) opens name as io.open(name, "w") would, then hands the
 * file to the real io.output (upvalue 1). */
static int sandboxed_io_output(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TSTRING) {
        const char *path = lua_tostring(L, 1);
        lua_settop(L, 1);
        if (open_for_writing(L, path, "w", "io.output") != 1)
            return luaL_error(L, "io.output: %s", lua_tostring(L, -1));
        lua_replace(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* io.tmpfile: an unnamed file in the working folder rather than in /tmp
 * (created, then unlinked at once; it vanishes when closed). */
static int sandboxed_io_tmpfile(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_ROOT_KEY);
    const char *root = lua_tostring(L, -1);
    lua_pushfstring(L, "%s/.tally-tmpfile-XXXXXX", root ? root : ".");
    char *name = strdup(lua_tostring(L, -1));
    if (!name)
        return luaL_error(L, "io.tmpfile: out of memory");
    int fd = mkstemp(name);
    int e = errno;
    if (fd >= 0)
        unlink(name);
    free(name);
    if (fd < 0) {
        errno = e;
        return luaL_fileresult(L, 0, "io.tmpfile");
    }
    if (push_stream(L, fd, "w+b") < 0)
        return luaL_fileresult(L, 0, "io.tmpfile");
    return 1;
}

#define BINARY_REFUSED "sandbox: loading a precompiled (binary) chunk is not allowed" TRUST_HINT

/* The reader of load(f): the pieces f returns, kept alive in slot 5. */
static const char *function_reader(lua_State *L, void *ud, size_t *size)
{
    (void)ud;
    luaL_checkstack(L, 2, "too many nested functions");
    lua_pushvalue(L, 1);
    lua_call(L, 0, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        *size = 0;
        return NULL;
    }
    if (!lua_isstring(L, -1))
        luaL_error(L, "reader function must return a string");
    lua_replace(L, 5);
    return lua_tolstring(L, 5, size);
}

/* load, text only. It calls lua_load itself rather than the real load, so
 * no frame of the real load is on the stack while a reader function runs
 * (debug.getinfo could hand it out), and the mode argument is ignored:
 * crafted bytecode reads outside its constants and crashes the VM. */
static int sandboxed_load(lua_State *L)
{
    size_t len;
    const char *s = lua_tolstring(L, 1, &len);
    int env = !lua_isnone(L, 4);
    lua_settop(L, 5);
    int st;
    if (s) {
        if (len > 0 && s[0] == LUA_SIGNATURE[0])
            return luaL_error(L, BINARY_REFUSED);
        const char *name = luaL_optstring(L, 2, s);
        st = luaL_loadbufferx(L, s, len, name, "t");
    } else {
        const char *name = luaL_optstring(L, 2, "=(load)");
        luaL_checktype(L, 1, LUA_TFUNCTION);
        st = lua_load(L, function_reader, NULL, name, "t");
    }
    if (st != LUA_OK) {
        if (strstr(lua_tostring(L, -1), "attempt to load a binary chunk"))
            return luaL_error(L, BINARY_REFUSED);
        luaL_pushfail(L);
        lua_insert(L, -2);
        return 2;
    }
    if (env) {
        lua_pushvalue(L, 4);
        if (!lua_setupvalue(L, -2, 1))
            lua_pop(L, 1);
    }
    return 1;
}

/* require's searcher for Lua files, text only: the stock one loads with
 * mode "bt", so a script could write string.dump output to evil.lua and
 * require it. */
static int text_searcher(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "searchpath");
    lua_pushstring(L, name);
    lua_getfield(L, -3, "path");
    if (!lua_isstring(L, -1))
        return luaL_error(L, "'package.path' must be a string");
    lua_call(L, 2, 2);
    if (lua_isnil(L, -2))
        return 1; /* the message of searchpath */
    const char *file = lua_tostring(L, -2);
    if (luaL_loadfilex(L, file, "t") != LUA_OK)
        return luaL_error(L, "error loading module '%s' from file '%s':\n\t%s", name, file,
                          lua_tostring(L, -1));
    lua_pushstring(L, file);
    return 2;
}

/* debug.getinfo without the "f" option: a function found on the stack may
 * be one the sandbox keeps out of reach (a wrapper's real function). */
static int sandboxed_getinfo(lua_State *L)
{
    int arg = lua_type(L, 1) == LUA_TTHREAD ? 2 : 1;
    const char *opts = luaL_optstring(L, arg + 1, "lnSrtu");
    char kept[32];
    size_t k = 0;
    for (const char *o = opts; *o && k < sizeof kept - 1; o++)
        if (*o != 'f')
            kept[k++] = *o;
    kept[k] = '\0';
    lua_settop(L, arg);
    lua_pushstring(L, kept);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, arg + 1, 1);
    return 1;
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

/* The folders of the script path, resolved, below which nothing may be
 * written; a folder that holds the working folder is left out (it would
 * forbid every write), .lua files are refused anywhere anyway. */
static void add_script_dir(lua_State *L, const char *dir, const char *root)
{
    char *real = realpath(dir, NULL);
    if (real && !(strcmp(real, root) == 0 || is_below(real, root))) {
        lua_pushstring(L, real);
        lua_rawseti(L, -2, (lua_Integer)luaL_len(L, -2) + 1);
    }
    free(real);
}

typedef struct script_dir_ctx {
    lua_State *L;
    const char *root;
} script_dir_ctx;

static int note_one_dir(const char *dir, void *ud)
{
    script_dir_ctx *c = ud;
    add_script_dir(c->L, dir, c->root);
    return 0;
}

/* Every folder of the script path (script_path.c: $TALLY_PATH, ./scripts,
 * the binary's own library, the install folder) is read-only. */
static void note_script_dirs(lua_State *L, const char *root)
{
    lua_newtable(L);
    script_dir_ctx c = {L, root};
    tally_script_path_each(note_one_dir, &c);
    lua_setfield(L, LUA_REGISTRYINDEX, SANDBOX_SCRIPT_DIRS_KEY);
}

void tally_sandbox_apply(lua_State *L)
{
    int top = lua_gettop(L);
    char *cwd = realpath(".", NULL);
    lua_pushstring(L, cwd ? cwd : "/nonexistent");
    free(cwd);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, SANDBOX_ROOT_KEY);
    note_script_dirs(L, lua_tostring(L, -1));
    lua_settop(L, top);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, SANDBOX_INPUTS_KEY);
    lua_settop(L, top);

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
        lua_pushcfunction(L, sandboxed_io_tmpfile);
        lua_setfield(L, top + 1, "tmpfile");
    }
    lua_settop(L, top);

    lua_pushglobaltable(L);
    lua_pushcfunction(L, sandboxed_load);
    lua_setfield(L, top + 1, "load");
    lua_pushcfunction(L, sandboxed_loadfile);
    lua_setfield(L, top + 1, "loadfile");
    lua_pushcfunction(L, sandboxed_dofile);
    lua_setfield(L, top + 1, "dofile");
    lua_settop(L, top);

    /* require keeps its preload and Lua searchers (text only); the C ones
     * explain the refusal */
    if (lua_getglobal(L, "package") == LUA_TTABLE &&
        lua_getfield(L, -1, "searchers") == LUA_TTABLE) {
        for (lua_Integer i = luaL_len(L, -1); i > 3; i--) {
            lua_pushnil(L);
            lua_rawseti(L, -2, i);
        }
        lua_pushcfunction(L, text_searcher);
        lua_rawseti(L, -2, 2);
        lua_pushcfunction(L, refuse_native_module);
        lua_rawseti(L, -2, 3);
    }
    lua_settop(L, top);
    restrict_debug(L);
    if (lua_getglobal(L, "debug") == LUA_TTABLE)
        wrap(L, top + 1, "getinfo", sandboxed_getinfo);
    lua_settop(L, top);
}
