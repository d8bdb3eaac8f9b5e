/* The REPL's dot-commands: things about the session rather than Lua. */
#include "repl_session.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"
#include "sandbox.h"
#include "script_path.h"

typedef struct repl_cmd {
    const char *name, *args, *summary;
    void (*run)(repl_session *s, const char *arg);
} repl_cmd;

static void cmd_help(repl_session *s, const char *arg);

static void cmd_load(repl_session *s, const char *arg)
{
    if (!*arg) {
        fprintf(stderr, "tally: .load needs a file: a path or a script's name\n");
        s->failed = 1;
        return;
    }
    char *path = tally_find_script(arg);
    if (!path) {
        fprintf(stderr, "tally: .load: no script '%s' (not a file, nor on the script path)\n", arg);
        s->failed = 1;
        return;
    }
    lua_State *L = s->L;
    /* a loaded script is someone else's code: it runs in the sandbox, and
     * so does the rest of the session, since what it defined (functions,
     * metatables, __gc) runs later with whatever the session may do */
    int was = tally_sandbox_active(L);
    if (tally_runner_sandbox(L) && !was)
        fprintf(stderr, "tally: note: the session is sandboxed from now on (.load runs "
                        "scripts in the sandbox); start tally with --trust to lift it\n");
    tally_sandbox_note_input(L, path);
    if (luaL_loadfilex(L, path, "t") != LUA_OK) {
        fprintf(stderr, "tally: %s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
        s->failed = 1;
    } else if (tally_runner_pcall(L, 0, 0) != LUA_OK) {
        s->failed = 1;
    }
    free(path);
}

static void cmd_scripts(repl_session *s, const char *arg)
{
    (void)s, (void)arg;
    if (tally_list_scripts(stdout) == 0) {
        printf("no scripts found; the script path is:\n");
        tally_print_script_dirs(stdout);
    }
}

static void cmd_rows(repl_session *s, const char *arg)
{
    if (*arg) {
        char *end;
        long n = strtol(arg, &end, 10);
        if (*end || n < 0 || n > 1000000) {
            fprintf(stderr, "tally: .rows takes a whole number (0 shows every row), not '%s'\n", arg);
            return;
        }
        s->max_rows = (int)n;
    }
    if (s->max_rows)
        printf("long results show %d rows\n", s->max_rows);
    else
        printf("long results show every row\n");
}

static void cmd_quit(repl_session *s, const char *arg)
{
    (void)arg;
    s->quit = 1;
}

static const repl_cmd commands[] = {
    {".help", "", "this list, and the API (help(fn) shows one function)", cmd_help},
    {".load", "FILE", "run a script (a path or a name on the script path) into the session", cmd_load},
    {".scripts", "", "list the shared scripts on the script path", cmd_scripts},
    {".rows", "[N]", "show at most N rows of a long result (0: all)", cmd_rows},
    {".quit", "", "leave the session (so does Ctrl-D)", cmd_quit},
    {NULL, NULL, NULL, NULL}};

void repl_list_commands(FILE *out)
{
    fputs("REPL commands:\n", out);
    for (const repl_cmd *c = commands; c->name; c++) {
        char head[32];
        snprintf(head, sizeof head, "%s %s", c->name, c->args);
        fprintf(out, "  %-14s %s\n", head, c->summary);
    }
}

static void cmd_help(repl_session *s, const char *arg)
{
    (void)arg;
    lua_State *L = s->L;
    lua_getglobal(L, "help");
    if (lua_isfunction(L, -1))
        tally_runner_pcall(L, 0, 0);
    else
        lua_pop(L, 1), repl_list_commands(stdout);
}

int repl_command(repl_session *s, const char *line)
{
    while (*line == ' ' || *line == '\t')
        line++;
    if (line[0] != '.' || !(line[1] >= 'a' && line[1] <= 'z'))
        return 0;
    size_t n = strcspn(line, " \t");
    const char *arg = line + n;
    while (*arg == ' ' || *arg == '\t')
        arg++;
    /* the argument ends at trailing blanks */
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", arg);
    for (size_t k = strlen(buf); k > 0 && (buf[k - 1] == ' ' || buf[k - 1] == '\t'); k--)
        buf[k - 1] = '\0';
    for (const repl_cmd *c = commands; c->name; c++) {
        if (strlen(c->name) == n && strncmp(c->name, line, n) == 0) {
            c->run(s, buf);
            return 1;
        }
    }
    fprintf(stderr, "tally: unknown command '%.*s' (.help lists them)\n", (int)n, line);
    return 1;
}
