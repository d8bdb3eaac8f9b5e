/* Running Lua for the command line and the REPL: the state, the script path,
 * error reporting with tracebacks, limits, and the output file. */
#ifndef TALLY_RUNNER_H
#define TALLY_RUNNER_H

#include <lua.h>
#include <stddef.h>

typedef struct tally_run_options {
    const char *format;   /* --format: table, csv, json, jsonl, md */
    const char *output;   /* --output FILE, or NULL for stdout */
    const char *encoding; /* --encoding ENC, or NULL to detect */
    int jobs;             /* --jobs N; 0 means the number of cores */
    int quiet;            /* --quiet */
    int trust;            /* --trust */
    double timeout;       /* --timeout SECONDS; 0 means none */
    double max_memory_mb; /* --max-memory MB; 0 means none */
} tally_run_options;

/* Exit statuses, as the spec gives them. */
enum { TALLY_EXIT_OK = 0, TALLY_EXIT_SCRIPT = 1, TALLY_EXIT_USAGE = 2 };

/* A Lua state with the standard libraries, `tally` as a global and in
 * package.loaded, and tally.options filled from o. */
lua_State *tally_runner_new(const tally_run_options *o);
void tally_runner_close(lua_State *L);

/* Calls the function below nargs arguments with a traceback handler and the
 * time limit armed; on error prints the message and traceback to stderr. */
int tally_runner_pcall(lua_State *L, int nargs, int nresults);

/* Binds the global `docs` to a corpus of the files; -1 (message printed) on error. */
int tally_runner_bind_docs(lua_State *L, int nfiles, char **files);

/* Runs a script file with arg = argv; returns an exit status. */
int tally_run_script(lua_State *L, const char *path, int argc, char **argv);
/* Runs a chunk of code with `docs` bound to a corpus of files. */
int tally_run_code(lua_State *L, const char *code, int nfiles, char **files);

/* What main does with the output file when the run ends outside main:
 * finish(status) at os.exit or a limit (renames the output into place when
 * status is 0, removes it otherwise, and returns the status to exit with);
 * discard() from any thread or a signal handler (only removes the
 * temporary file). Either may be NULL. */
typedef int (*tally_runner_finish_fn)(int status);
void tally_runner_on_exit(tally_runner_finish_fn finish, void (*discard)(void));

/* The REPL: --timeout applies to each evaluation, and a limit raises an
 * error instead of ending the process. */
void tally_runner_set_interactive(lua_State *L);

/* Puts L in the sandbox unless --trust was given (once; later calls do
 * nothing more). Returns 1 when L is sandboxed. */
int tally_runner_sandbox(lua_State *L);

/* Inputs that could not be read during the run (counted by the corpus). */
int tally_runner_input_errors(lua_State *L);

#endif
