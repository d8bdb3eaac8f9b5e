/* The runner: one Lua state per run, scripts found on the script path,
 * errors with tracebacks, and the --timeout and --max-memory limits. */
#include "runner.h"

#include <lauxlib.h>
#include <lualib.h>

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "memory_limit.h"
#include "sandbox.h"
#include "tally/deadline.h"
#include "script_path.h"

int luaopen_tally(lua_State *L);

/* The limits of a run. --max-memory caps what Lua and the engine's
 * libraries allocate (core/memory_limit.h counts both); --timeout arms
 * the engine's deadline (include/tally/deadline.h), which a count hook reads
 * between Lua instructions and the engine's loops read inside long calls.
 * Once a limit fires in a run (not in the REPL), the run ends there: the
 * message is printed, the output is discarded and the process exits 1, so
 * no pcall in the script can catch the limit and carry on. */
typedef struct limits {
    size_t cap;
    double timeout;
    int interactive;    /* the REPL: a limit is an error, the session goes on */
    int armed;          /* the deadline runs for this run */
    const void *refused_ptr; /* the request the cap refused, awaiting Lua's retry */
    size_t refused_size;
    int refused;
    lua_State *L;       /* the main thread, for the hook a refusal sets */
} limits;

static tally_runner_finish_fn finish_output;
static void (*discard_output)(void);

void tally_runner_on_exit(tally_runner_finish_fn finish, void (*discard)(void))
{
    finish_output = finish;
    discard_output = discard;
}

/* Ends the process after a limit fired: the output is not written. */
static _Noreturn void end_run(void)
{
    fflush(stderr);
    if (finish_output)
        finish_output(TALLY_EXIT_SCRIPT);
    fflush(stdout);
    fflush(stderr);
    /* _exit: workers may still hold ICU and documents; exit's handlers
     * (u_cleanup) must not pull them away */
    _exit(TALLY_EXIT_SCRIPT);
}

static void memory_exceeded(limits *lim)
{
    fprintf(stderr, "tally: script stopped: it needed more memory than --max-memory %g MB\n",
            (double)lim->cap / (1024.0 * 1024.0));
    end_run();
}

static void limits_hook(lua_State *L, lua_Debug *ar);

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    limits *lim = ud;
    if (!ptr)
        osize = 0; /* osize is a type tag when ptr is NULL */
    if (nsize == 0) {
        free(ptr);
        tally_memory_release(osize);
        return NULL;
    }
    if (nsize > osize && tally_memory_charge(nsize - osize) < 0) {
        /* Lua answers a refusal with a full collection and asks once more
         * before it raises "not enough memory": a second refusal (or any
         * other request after a refusal, which means Lua did not retry and
         * raised) is the limit, and ends the run */
        if (lim->refused && !lim->interactive)
            memory_exceeded(lim);
        lim->refused = 1, lim->refused_ptr = ptr, lim->refused_size = nsize;
        /* a refusal that Lua does not retry (a luaL_Buffer growing) raises
         * an ordinary error: the hook, due at the next instruction, ends
         * the run then (lua_sethook may be called at any point) */
        if (lim->L && !lim->interactive)
            lua_sethook(lim->L, limits_hook, LUA_MASKCOUNT, 1);
        return NULL;
    }
    if (lim->refused) {
        int retry = lim->refused_ptr == ptr && lim->refused_size == nsize;
        lim->refused = 0;
        if (!retry && !lim->interactive)
            memory_exceeded(lim);
    }
    void *p = realloc(ptr, nsize);
    if (!p && nsize > osize)
        tally_memory_release(nsize - osize); /* charged above, not taken */
    else if (p && nsize < osize)
        tally_memory_release(osize - nsize);
    return p;
}

/* A request of ICU or PCRE2 over the cap, on whichever thread asked: the
 * run ends as the watchdog ends it (the output removed). In the REPL the
 * request is granted, and the evaluation's next Lua allocation is refused:
 * an error, and the session goes on. */
static void library_memory_exceeded(void *ud)
{
    limits *lim = ud;
    if (lim->interactive)
        return;
    fprintf(stderr, "tally: script stopped: it needed more memory than --max-memory %g MB\n",
            (double)lim->cap / (1024.0 * 1024.0));
    if (discard_output)
        discard_output();
    _exit(TALLY_EXIT_SCRIPT);
}

static limits *get_limits(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

static void timeout_message(lua_State *L, const limits *lim, const char *where)
{
    char secs[32]; /* lua_pushfstring has no %g */
    snprintf(secs, sizeof secs, "%g", lim->timeout);
    lua_pushfstring(L, "script stopped: it ran longer than --timeout %s seconds%s", secs, where);
}

/* The hook runs every thousand instructions (coroutines inherit it) and
 * reads the deadline's flag (one atomic load) and whether the memory cap
 * refused a request Lua did not retry. In a run either ends the process
 * (with a traceback for the timeout); in the REPL the timeout raises an
 * error and then fires on every line, so a pcall cannot catch it and
 * carry on. */
static void limits_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    limits *lim = get_limits(L);
    if (lim->refused && !lim->interactive)
        memory_exceeded(lim);
    if (!tally_deadline_passed())
        return;
    timeout_message(L, lim, "");
    if (lim->interactive) {
        lua_sethook(L, limits_hook, LUA_MASKLINE | LUA_MASKCOUNT, 1);
        lua_error(L);
    }
    luaL_traceback(L, L, lua_tostring(L, -1), 0);
    fprintf(stderr, "tally: %s\n", lua_tostring(L, -1));
    end_run();
}

/* On the watchdog thread, a grace period after the deadline: the run is
 * inside code that reads no flag (a Lua pattern, a __gc finalizer, a loop
 * in C). Only the temporary output is removed, then the process ends. */
static void timeout_last_resort(void *ud)
{
    limits *lim = ud;
    fprintf(stderr, "tally: script stopped: it ran longer than --timeout %g seconds "
                    "(ended by the watchdog: the run was inside code that cannot be "
                    "interrupted, such as a Lua pattern or a __gc finalizer)\n", lim->timeout);
    if (discard_output)
        discard_output();
    _exit(TALLY_EXIT_SCRIPT);
}

#define TIMEOUT_GRACE_SECONDS 1.0

/* At the deadline the watchdog signals the Lua thread, whose handler makes
 * the hook due at the very next instruction (as lua.c does for Ctrl-C), so
 * a run inside a loop of engine calls (`while true do pcall(d.measures, d)
 * end`, each stopped by the deadline) ends at once rather than after a
 * thousand instructions of slow calls. */
static lua_State *volatile alarm_state;
static pthread_t lua_thread;

static void on_deadline_signal(int sig)
{
    (void)sig;
    lua_State *L = alarm_state;
    if (L)
        lua_sethook(L, limits_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT, 1);
}

static void timeout_wake(void *ud)
{
    (void)ud;
    if (alarm_state)
        pthread_kill(lua_thread, SIGALRM);
}

/* Arms the deadline for the whole run (the REPL: for one evaluation). */
static void arm_deadline(lua_State *L, limits *lim)
{
    if (lim->cap || lim->timeout > 0)
        lua_sethook(L, limits_hook, LUA_MASKCOUNT, 1000);
    if (lim->timeout <= 0 || lim->armed)
        return;
    struct sigaction sa = {0};
    sa.sa_handler = on_deadline_signal;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    lua_thread = pthread_self();
    alarm_state = L;
    if (tally_deadline_arm(lim->timeout, TIMEOUT_GRACE_SECONDS, timeout_wake, timeout_last_resort,
                           lim) == 0)
        lim->armed = 1;
    else
        fprintf(stderr, "tally: warning: no watchdog thread; --timeout holds between Lua instructions only\n");
}

static void disarm_deadline(lua_State *L, limits *lim)
{
    if (lim->armed)
        tally_deadline_disarm();
    alarm_state = NULL;
    lua_sethook(L, NULL, 0, 0);
    lim->armed = 0;
}

void tally_runner_set_interactive(lua_State *L)
{
    get_limits(L)->interactive = 1;
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
    arm_deadline(L, lim);
    int st = lua_pcall(L, nargs, nresults, base);
    if (lim->refused && !lim->interactive)
        memory_exceeded(lim); /* a refusal the script caught just before it ended */
    if (lim->interactive)
        disarm_deadline(L, lim); /* the analyst's typing is not timed */
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

/* os.exit ends the process without returning to main: the output file is
 * finished first (renamed into place on success, removed otherwise), then
 * the real os.exit (upvalue 1) runs. */
static int finishing_exit(lua_State *L)
{
    int status;
    if (lua_isboolean(L, 1))
        status = lua_toboolean(L, 1) ? EXIT_SUCCESS : EXIT_FAILURE;
    else
        status = (int)luaL_optinteger(L, 1, EXIT_SUCCESS);
    if (status == EXIT_SUCCESS && tally_runner_input_errors(L))
        status = TALLY_EXIT_USAGE;
    fflush(stdout);
    if (finish_output)
        status = finish_output(status);
    lua_settop(L, 2);
    lua_pushinteger(L, status);
    lua_replace(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 0);
    return 0;
}

static int open_libraries(lua_State *L)
{
    luaL_openlibs(L);
    luaL_requiref(L, "tally", luaopen_tally, 1);
    lua_getglobal(L, "os");
    lua_getfield(L, -1, "exit");
    lua_pushcclosure(L, finishing_exit, 1);
    lua_setfield(L, -2, "exit");
    return 0;
}

lua_State *tally_runner_new(const tally_run_options *o)
{
    limits *lim = calloc(1, sizeof *lim);
    if (!lim)
        return NULL;
    lim->cap = o->max_memory_mb > 0 ? (size_t)(o->max_memory_mb * 1024 * 1024) : 0;
    lim->timeout = o->timeout;
    tally_memory_set_cap(lim->cap, library_memory_exceeded, lim);
    lua_State *L = lua_newstate(limited_alloc, lim);
    if (!L) {
        free(lim);
        return NULL;
    }
    lim->L = L;
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
    /* __gc finalizers run in lua_close, where no hook can reach them: the
     * watchdog stays armed (or is armed now) until the state is gone */
    lim->interactive = 0;
    arm_deadline(L, lim);
    alarm_state = NULL; /* no hook to set on a state being closed */
    lua_close(L);
    if (lim->armed)
        tally_deadline_disarm();
    tally_memory_set_cap(0, NULL, NULL);
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
 * since what runs there is typed by the analyst at the keyboard, until it
 * .loads a script (repl_commands.c). */
static void sandbox_unless_trusted(lua_State *L)
{
    tally_runner_sandbox(L);
}

int tally_runner_sandbox(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.options");
    lua_getfield(L, -1, "trust");
    int trusted = lua_toboolean(L, -1);
    lua_pop(L, 2);
    if (trusted)
        return 0;
    if (!tally_sandbox_active(L))
        tally_sandbox_apply(L);
    return 1;
}

int tally_run_script(lua_State *L, const char *path, int argc, char **argv)
{
    extend_package_path(L, path);
    sandbox_unless_trusted(L);
    tally_sandbox_note_input(L, path);
    for (int i = 0; i < argc; i++)
        tally_sandbox_note_input(L, argv[i]);
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
    for (int i = 0; i < nfiles; i++)
        tally_sandbox_note_input(L, files[i]);
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
        /* tables and records as the REPL shows them (tally.print_values) */
        lua_getglobal(L, "tally");
        if (!lua_istable(L, -1) || lua_getfield(L, -1, "print_values") != LUA_TFUNCTION) {
            lua_settop(L, top + n);
            lua_getglobal(L, "print");
        } else {
            lua_remove(L, -2);
        }
        lua_insert(L, top + 1);
        if (tally_runner_pcall(L, n, 0) != LUA_OK)
            return TALLY_EXIT_SCRIPT;
    }
    return tally_runner_input_errors(L) ? TALLY_EXIT_USAGE : TALLY_EXIT_OK;
}
