/* The REPL: reads chunks (continuing an incomplete one on the next line, as
 * the stock Lua REPL does), prints the values of expressions with
 * tally.pretty, keeps going after errors, and stops a running query on
 * Ctrl-C. */
#include "repl.h"

#include <lauxlib.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "repl_session.h"
#include "runner.h"

/* Ctrl-C uses lua.c's trick: a signal handler may not touch the Lua state,
 * except to set a hook, which then raises the error in the running code. */
static lua_State *volatile interrupt_state;
static volatile sig_atomic_t evaluating;

static void interrupted_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    /* fire again at once, so that a pcall in the query cannot swallow it */
    lua_sethook(L, interrupted_hook, LUA_MASKCOUNT, 1);
    luaL_error(L, "interrupted (Ctrl-C)");
}

static void on_sigint(int sig)
{
    (void)sig;
    if (evaluating)
        lua_sethook(interrupt_state, interrupted_hook,
                    LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT, 1);
    else
        repl_input_interrupt(); /* the line being typed is dropped */
}

static int run_protected(repl_session *s, int nargs, int nresults)
{
    evaluating = 1;
    int st = tally_runner_pcall(s->L, nargs, nresults);
    evaluating = 0;
    lua_sethook(s->L, NULL, 0, 0);
    if (st != LUA_OK)
        s->failed = 1;
    return st;
}

/* An incomplete chunk fails to compile with its error at <eof>. */
static int incomplete(lua_State *L, int status)
{
    if (status != LUA_ERRSYNTAX)
        return 0;
    size_t len;
    const char *msg = lua_tolstring(L, -1, &len);
    return len >= 5 && strcmp(msg + len - 5, "<eof>") == 0;
}

/* Compiles the chunk as an expression to print if it is one, else as
 * statements. */
static int load_chunk(lua_State *L, const char *chunk, size_t len)
{
    lua_pushliteral(L, "return ");
    lua_pushlstring(L, chunk, len);
    lua_pushliteral(L, ";");
    lua_concat(L, 3);
    size_t rlen;
    const char *ret = lua_tolstring(L, -1, &rlen);
    int st = luaL_loadbufferx(L, ret, rlen, "=stdin", "t");
    lua_remove(L, -2);
    if (st == LUA_OK)
        return st;
    lua_pop(L, 1);
    return luaL_loadbufferx(L, chunk, len, "=stdin", "t");
}

/* Prints the values from index base on: each through tally.pretty, side by
 * side when they fit one line each. */
static void print_values(repl_session *s, int base)
{
    lua_State *L = s->L;
    int n = lua_gettop(L) - base + 1;
    /* one printed string per value beside the values (`return table.unpack(t)`):
     * grow the stack first; this runs outside any pcall, so no luaL_checkstack */
    if (!lua_checkstack(L, n + 8)) {
        fprintf(stderr, "tally: %d values are too many to print\n", n);
        lua_settop(L, base - 1);
        return;
    }
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_getfield(L, -1, "tally");
    int pretty = lua_gettop(L) + 1;
    if (!lua_istable(L, -1) || lua_getfield(L, -1, "pretty") != LUA_TFUNCTION) {
        lua_settop(L, base - 1 + n);
        lua_getglobal(L, "print");
        lua_insert(L, base);
        run_protected(s, n, 0);
        return;
    }
    lua_createtable(L, 0, 2);
    int opts = pretty + 1;
    lua_pushinteger(L, repl_input_columns(s->in));
    lua_setfield(L, opts, "width");
    lua_pushinteger(L, s->max_rows);
    lua_setfield(L, opts, "rows");
    int multiline = 0;
    for (int i = 0; i < n; i++) {
        lua_pushvalue(L, pretty);
        lua_pushvalue(L, base + i);
        lua_pushvalue(L, opts);
        if (run_protected(s, 2, 1) != LUA_OK) {
            lua_settop(L, base - 1);
            return;
        }
        if (!lua_isstring(L, -1)) { /* someone replaced tally.pretty */
            lua_pop(L, 1);
            lua_pushfstring(L, "(a %s; tally.pretty returned no string)", luaL_typename(L, base + i));
        }
        multiline |= strchr(lua_tostring(L, -1), '\n') != NULL;
    }
    int first = opts + 1;
    for (int i = first; i <= lua_gettop(L); i++) {
        if (i > first)
            fputc(multiline ? '\n' : '\t', stdout);
        fputs(lua_tostring(L, i), stdout);
    }
    fputc('\n', stdout);
    fflush(stdout);
    lua_settop(L, base - 1);
}

/* A local lives only as long as its chunk: say so, as lua 5.5 does. */
static void warn_local(const char *chunk)
{
    chunk += strspn(chunk, " \t\n");
    if (strncmp(chunk, "local ", 6) == 0 && strncmp(chunk + 6, "function", 8) != 0)
        fprintf(stderr, "tally: note: locals do not last beyond this input; "
                        "drop `local` to keep the variable\n");
}

void repl_eval(repl_session *s, const char *chunk, size_t len)
{
    lua_State *L = s->L;
    int base = lua_gettop(L) + 1;
    if (load_chunk(L, chunk, len) != LUA_OK) {
        fprintf(stderr, "tally: %s\n", lua_tostring(L, -1));
        lua_settop(L, base - 1);
        s->failed = 1;
        return;
    }
    if (run_protected(s, 0, LUA_MULTRET) != LUA_OK) {
        lua_settop(L, base - 1);
        return;
    }
    if (lua_gettop(L) >= base)
        print_values(s, base);
    if (s->interactive && len > 0)
        warn_local(chunk);
}

/* help(): the API from tally.help, then the dot-commands when it is asked
 * for the whole list. */
static int l_help(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_getfield(L, -1, "tally");
    if (lua_istable(L, -1) && lua_getfield(L, -1, "help") == LUA_TFUNCTION) {
        luaL_checkstack(L, n, "too many arguments to help");
        for (int i = 1; i <= n; i++)
            lua_pushvalue(L, i);
        lua_call(L, n, 0);
    }
    if (n == 0) {
        fputc('\n', stdout);
        repl_list_commands(stdout);
    }
    return 0;
}

/* Reads one whole chunk, line after line while it is incomplete, and runs
 * it. Returns 0 at the end of input. */
static int read_eval(repl_session *s)
{
    lua_State *L = s->L;
    int top = lua_gettop(L);
    lua_pushliteral(L, ""); /* the chunk so far */
    for (int lines = 0;; lines++) {
        const char *line;
        size_t len;
        repl_read_status st = repl_input_read(s->in, lines ? ">> " : "> ", &line, &len);
        if (st == REPL_READ_EOF) {
            lua_settop(L, top);
            return 0;
        }
        if (st == REPL_READ_INTERRUPT) {
            lua_settop(L, top);
            return 1;
        }
        if (lines == 0) {
            lua_pushlstring(L, line, len);
            if (repl_command(s, lua_tostring(L, -1))) {
                repl_input_remember(s->in, lua_tostring(L, -1));
                lua_settop(L, top);
                return !s->quit;
            }
            lua_replace(L, top + 1);
        } else {
            lua_pushliteral(L, "\n");
            lua_pushlstring(L, line, len);
            lua_concat(L, 3);
        }
        size_t clen;
        const char *chunk = lua_tolstring(L, top + 1, &clen);
        int status = load_chunk(L, chunk, clen);
        int more = incomplete(L, status);
        lua_pop(L, 1);
        if (!more)
            break;
    }
    size_t clen;
    const char *chunk = lua_tolstring(L, top + 1, &clen);
    repl_input_remember(s->in, chunk);
    repl_eval(s, chunk, clen); /* the chunk string stays on the stack meanwhile */
    lua_settop(L, top);
    return 1;
}

static int l_read_eval(lua_State *L)
{
    lua_pushboolean(L, read_eval(lua_touserdata(L, 1)));
    return 1;
}

/* read_eval with the REPL's own Lua calls protected too: when memory runs
 * out (--max-memory) outside the query, the input is dropped with a message
 * and the session goes on, rather than Lua panicking. */
static int read_eval_protected(repl_session *s)
{
    lua_State *L = s->L;
    lua_settop(L, 0);
    lua_pushcfunction(L, l_read_eval); /* a light C function: no allocation */
    lua_pushlightuserdata(L, s);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
        fprintf(stderr, "tally: %s\n", lua_isstring(L, -1) ? lua_tostring(L, -1) : "error in the REPL");
        s->failed = 1;
        lua_settop(L, 0);
        return !s->quit;
    }
    int more = lua_toboolean(L, -1);
    lua_settop(L, 0);
    return more;
}

int tally_repl(lua_State *L, int nfiles, char **files)
{
    repl_session s = {0};
    s.L = L;
    tally_runner_set_interactive(L); /* a limit ends one evaluation, not the session */
    s.interactive = isatty(STDIN_FILENO);
    s.in = repl_input_open(L, s.interactive);
    if (!s.in) {
        fprintf(stderr, "tally: cannot start the line editor\n");
        return TALLY_EXIT_SCRIPT;
    }
    interrupt_state = L;
    struct sigaction old_int;
    if (s.interactive) {
        /* no SA_RESTART: Ctrl-C while editing must end the read */
        struct sigaction sa = {0};
        sa.sa_handler = on_sigint;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, &old_int);
        int rows = repl_input_rows(s.in);
        s.max_rows = rows > 16 ? rows - 6 : 10;
    }
    lua_pushcfunction(L, l_help);
    lua_setglobal(L, "help");
    if (tally_runner_bind_docs(L, nfiles, files) < 0)
        s.failed = 1;
    if (s.interactive && nfiles > 0)
        printf("tally %s: %d document%s in `docs`; .help for help, Ctrl-D to leave\n",
               TALLY_VERSION, nfiles, nfiles == 1 ? "" : "s");
    else if (s.interactive)
        printf("tally %s: .help for help, Ctrl-D to leave\n", TALLY_VERSION);
    while (read_eval_protected(&s))
        ;
    if (s.interactive) {
        fputc('\n', stdout);
        sigaction(SIGINT, &old_int, NULL);
    }
    repl_input_close(s.in);
    if (s.interactive)
        return TALLY_EXIT_OK;
    if (s.failed)
        return TALLY_EXIT_SCRIPT;
    return tally_runner_input_errors(L) ? TALLY_EXIT_USAGE : TALLY_EXIT_OK;
}
