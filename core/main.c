/* The tally command: options, commands, and the output file. */
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/uclean.h>

#include "memory_limit.h"
#include "repl.h"
#include "runner.h"
#include "script_path.h"
#include "tally/store.h"
#include "sqlite_output.h"
#include "usage.h"
#include "tally/inputs.h"
#include "tally/output_format.h"

static const char usage[] =
    "usage: tally                          interactive REPL\n"
    "       tally FILE...                  REPL with `docs` bound to the files\n"
    "       tally run SCRIPT [ARG...]      run a script (a path or a name on the script path)\n"
    "       tally -e 'CODE' [FILE...]      run Lua with `docs` bound to the files\n"
    "       tally scripts                  list the scripts on the script path\n"
    "       tally help SCRIPT              print a script's header\n"
    "       tally run SCRIPT --help        the same\n"
    "       tally index --db STORE PATH... analyse files into a store (docs/scale.md)\n"
    "       tally --version | --help\n"
    "\n"
    "\n"
    "inputs: files, folders (their .txt, .md, .html files, recursively), quoted\n"
    "globs ('archive/**/*.txt'), - for standard input\n"
    "\n"
    "options (before or after the script name):\n"
    "  --format FORMAT     output format for tables: table, csv, excel (csv with a\n"
    "                      byte order mark), json, jsonl, md, sqlite\n"
    "  --output FILE       write output to FILE, whole or not at all; without\n"
    "                      --format the extension says which (.csv, .json, .jsonl,\n"
    "                      .md, .txt, .sqlite, .db)\n"
    "  --table NAME        the table's name in a .sqlite output (default: the script's)\n"
    "  --bom               start csv output with a UTF-8 byte order mark (for Excel)\n"
    "  --files-from LIST   read input paths from LIST, one a line (- for stdin)\n"
    "  --jobs N            worker threads for reading a corpus (default: cores)\n"
    "  --encoding ENC      decode inputs as ENC (GB18030, Big5, UTF-16, ...)\n"
    "  --quiet             no progress line\n"
    "  --timeout SECONDS   stop a script that runs longer\n"
    "  --max-memory MB     stop a script that uses more memory\n"
    "  --trust             lift the sandbox of scripts\n"
    "\n"
    "script path: $TALLY_PATH, then ./scripts, then the binary's own library\n"
    "(PREFIX/share/tally/scripts), then " TALLY_SCRIPT_DIR "\n"
    "exit status: 0 success, 1 script error, 2 bad usage or unreadable input\n";

static int usage_error(const char *fmt, const char *what)
{
    fprintf(stderr, "tally: ");
    fprintf(stderr, fmt, what);
    fprintf(stderr, "\n(tally --help for usage)\n");
    return TALLY_EXIT_USAGE;
}

static int parse_number(const char *opt, const char *val, double *out)
{
    char *end;
    errno = 0;
    double d = strtod(val, &end);
    if (errno || *end || end == val || d < 0) {
        fprintf(stderr, "tally: %s needs a non-negative number, not '%s'\n", opt, val);
        return -1;
    }
    *out = d;
    return 0;
}

/* Options of the command line that the runner does not need to know. */
typedef struct cli_options {
    const char *table;       /* --table NAME */
    int bom;                 /* --bom */
    const char *files_from[16]; /* --files-from LIST, in order */
    int nfiles_from;
    int options_end;         /* positional arguments from this index on came after -- */
} cli_options;

/* Takes the common options out of argv wherever they stand; what is left,
 * in order, goes to pos. Returns -1 on a bad option value. */
static int parse_options(int argc, char **argv, tally_run_options *o, cli_options *co, char **pos,
                         int *npos)
{
    int dashdash = 0;
    *npos = 0;
    co->options_end = argc; /* no -- */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (dashdash || strncmp(a, "--", 2) != 0) {
            pos[(*npos)++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            dashdash = 1;
            co->options_end = *npos;
            continue;
        }
        const char *eq = strchr(a, '=');
        size_t nlen = eq ? (size_t)(eq - a) : strlen(a);
        static const char *const valued[] = {"--format", "--output", "--jobs", "--encoding",
                                             "--timeout", "--max-memory", "--table",
                                             "--files-from"};
        int k = -1;
        for (int j = 0; j < 8; j++)
            if (strlen(valued[j]) == nlen && strncmp(a, valued[j], nlen) == 0)
                k = j;
        if (k < 0) {
            if (strcmp(a, "--quiet") == 0)
                o->quiet = 1;
            else if (strcmp(a, "--trust") == 0)
                o->trust = 1;
            else if (strcmp(a, "--bom") == 0)
                co->bom = 1;
            else
                pos[(*npos)++] = argv[i]; /* the script's own option */
            continue;
        }
        const char *val = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
        if (!val) {
            fprintf(stderr, "tally: %s needs a value\n", valued[k]);
            return -1;
        }
        double d;
        switch (k) {
        case 0:
            if (!tally_is_output_format(val)) {
                fprintf(stderr, "tally: --format must be one of %s, not '%s'\n",
                        tally_output_format_names(), val);
                return -1;
            }
            o->format = val;
            break;
        case 1: o->output = val; break;
        case 2:
            if (parse_number("--jobs", val, &d) < 0 || d < 1 || d > 256 || d != (int)d) {
                fprintf(stderr, "tally: --jobs takes a whole number from 1 to 256\n");
                return -1;
            }
            o->jobs = (int)d;
            break;
        case 3: o->encoding = val; break;
        case 4:
            if (parse_number("--timeout", val, &o->timeout) < 0)
                return -1;
            break;
        case 5:
            if (parse_number("--max-memory", val, &o->max_memory_mb) < 0)
                return -1;
            break;
        case 6:
            if (!*val) {
                fprintf(stderr, "tally: --table needs a name\n");
                return -1;
            }
            co->table = val;
            break;
        case 7:
            if (co->nfiles_from == 16) {
                fprintf(stderr, "tally: at most 16 --files-from lists\n");
                return -1;
            }
            co->files_from[co->nfiles_from++] = val;
            break;
        }
    }
    return 0;
}

/* The output file is written to a temporary beside it and renamed into place
 * only when the run succeeds: an analyst never finds half a file. There is
 * one per process, so os.exit, a limit and a signal can finish it too. */
typedef struct output_file {
    const char *path;
    char *tmp;
    int saved_stdout;
} output_file;

static output_file the_output = {NULL, NULL, -1};
/* the temporary's name for the signal handler, which may not touch the heap */
static char tmp_for_signal[4096];
static volatile sig_atomic_t tmp_live;

static void discard_tmp(void)
{
    if (tmp_live) {
        tmp_live = 0;
        unlink(tmp_for_signal);
    }
}

static void on_fatal_signal(int sig)
{
    discard_tmp();
    signal(sig, SIG_DFL);
    raise(sig);
}

/* From the moment a temporary output exists, a signal that ends the run
 * removes it first. */
static void catch_fatal_signals(void)
{
    static const int fatal[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        struct sigaction sa = {0};
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(fatal[i], &sa, NULL);
    }
}

static int same_file(const struct stat *a, const char *path)
{
    struct stat b;
    return stat(path, &b) == 0 && a->st_dev == b.st_dev && a->st_ino == b.st_ino;
}

/* Refuses an output that is one of the inputs (as named, or through a
 * glob the script will expand) or the script itself. */
static int names_an_input(const char *path, const char *script, char **inputs, int ninputs)
{
    struct stat out_st;
    if (stat(path, &out_st) != 0)
        return 0;
    if (script && same_file(&out_st, script)) {
        fprintf(stderr, "tally: --output %s is the script being run; refusing to overwrite it\n", path);
        return 1;
    }
    for (int i = 0; i < ninputs; i++) {
        int hit = same_file(&out_st, inputs[i]);
        glob_t g;
        if (!hit && strpbrk(inputs[i], "*?[") && glob(inputs[i], 0, NULL, &g) == 0) {
            for (size_t k = 0; !hit && k < g.gl_pathc; k++)
                hit = same_file(&out_st, g.gl_pathv[k]);
            globfree(&g);
        }
        if (hit) {
            fprintf(stderr, "tally: --output %s is one of the input files; refusing to overwrite it\n", path);
            return 1;
        }
    }
    return 0;
}

static int output_begin(output_file *of, const char *path, const char *script, char **inputs,
                        int ninputs)
{
    struct stat out_st;
    int exists = stat(path, &out_st) == 0;
    if (names_an_input(path, script, inputs, ninputs))
        return -1;
    if (exists && S_ISDIR(out_st.st_mode)) {
        fprintf(stderr, "tally: --output %s is a directory\n", path);
        return -1;
    }
    size_t n = strlen(path) + 16;
    if (n > sizeof tmp_for_signal) {
        fprintf(stderr, "tally: --output %s: the name is too long\n", path);
        return -1;
    }
    of->tmp = malloc(n);
    if (!of->tmp)
        return -1;
    snprintf(of->tmp, n, "%s.tmp.XXXXXX", path);
    /* the temporary's name is known before it exists, so a signal between
     * mkstemp and the next line still finds it */
    sigset_t block, old;
    sigfillset(&block);
    sigprocmask(SIG_BLOCK, &block, &old);
    int fd = mkstemp(of->tmp);
    if (fd >= 0) {
        memcpy(tmp_for_signal, of->tmp, n);
        tmp_live = 1;
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (fd < 0) {
        fprintf(stderr, "tally: cannot write --output %s: %s\n", path, strerror(errno));
        free(of->tmp);
        of->tmp = NULL;
        return -1;
    }
    /* an existing file keeps its mode; a new one gets what the shell's
     * `>` would give it (0666 less the umask) rather than mkstemp's 0600 */
    mode_t mode;
    if (exists) {
        mode = out_st.st_mode & 07777;
    } else {
        mode_t mask = umask(0);
        umask(mask);
        mode = 0666 & ~mask;
    }
    fchmod(fd, mode);
    of->path = path;
    fflush(stdout);
    of->saved_stdout = dup(STDOUT_FILENO);
    dup2(fd, STDOUT_FILENO);
    close(fd);
    catch_fatal_signals();
    return 0;
}

static int output_end(output_file *of, int ok)
{
    if (!of->tmp)
        return 0;
    int failed = fflush(stdout) != 0 || fsync(STDOUT_FILENO) != 0;
    dup2(of->saved_stdout, STDOUT_FILENO);
    close(of->saved_stdout);
    int renamed = ok && !failed && rename(of->tmp, of->path) == 0;
    int saved = errno;
    if (!renamed)
        unlink(of->tmp);
    tmp_live = 0;
    free(of->tmp);
    of->tmp = NULL;
    if (renamed)
        return 0;
    if (ok)
        fprintf(stderr, "tally: could not write %s: %s\n", of->path, strerror(saved));
    else
        fprintf(stderr, "tally: %s not written, the run failed\n", of->path);
    return -1;
}

/* The run's Lua state while it may hold an open --output database, so that
 * os.exit and a limit commit or roll it back as main's ending does. */
static lua_State *database_state;
static const char *the_output_path;

/* A new database is built in a temporary file: a signal removes it as it
 * removes the temporary of a text output (never both: one --output). */
static void note_database_temp(const char *tmp)
{
    size_t n = tmp ? strlen(tmp) + 1 : 0;
    if (n == 0 || n > sizeof tmp_for_signal)
        return;
    memcpy(tmp_for_signal, tmp, n);
    tmp_live = 1;
    catch_fatal_signals();
}

/* Commits the run's database when status is success, else rolls it back. */
static int finish_database(int status)
{
    lua_State *L = database_state;
    if (!L)
        return status;
    database_state = NULL;
    int used = tally_sqlite_output_used(L);
    if (tally_sqlite_output_finish(L, status == TALLY_EXIT_OK) < 0 && status == TALLY_EXIT_OK)
        status = TALLY_EXIT_USAGE;
    else if (status != TALLY_EXIT_OK && used)
        fprintf(stderr, "tally: %s not written, the run failed\n", the_output_path);
    tmp_live = 0; /* renamed into place, or removed by the writer */
    return status;
}

/* os.exit and a limit end the run from inside Lua: the same ending as main's. */
static int finish_at_exit(int status)
{
    status = finish_database(status);
    if (output_end(&the_output, status == TALLY_EXIT_OK) < 0 && status == TALLY_EXIT_OK)
        status = TALLY_EXIT_USAGE;
    return status;
}

/* The format --output asks for when --format is not given: its extension's.
 * An extension tally does not write is bad usage, caught before anything runs. */
static int choose_format(tally_run_options *o)
{
    if (!o->output || o->format)
        return 0;
    int has_ext;
    const char *f = tally_format_of_path(o->output, &has_ext);
    if (!f && has_ext) {
        fprintf(stderr, "tally: --output %s: no output format for this extension (%s); "
                "or give --format\n(tally --help for usage)\n", o->output,
                tally_output_extension_names());
        return -1;
    }
    o->format = f; /* NULL: no extension, the aligned table */
    return 0;
}

/* The commands, for the rule below. */
static const char *const commands[] = {"run", "scripts", "help", "index"};

static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 32 || lb > 32)
        return 99;
    size_t prev[33], cur[33];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
        memcpy(prev, cur, sizeof cur);
    }
    return prev[lb];
}

/* A mistyped command is not a file: a first word with no dot, slash or glob
 * character that names no file is taken for a command, and a command tally
 * does not have is bad usage (exit 2), with the nearest one suggested when it
 * is close (two edits or fewer, or a swap of two letters). A report's file
 * name has an extension or a folder, so `tally 2023年报告.txt` still opens the
 * REPL on it. Returns 0 when word may be a file. */
static int unknown_command(const char *word)
{
    if (strpbrk(word, "./*?[") || strcmp(word, "-") == 0 || access(word, F_OK) == 0)
        return 0;
    const char *best = NULL;
    size_t best_d = 3;
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
        size_t d = edit_distance(word, commands[i]);
        if (d < best_d)
            best_d = d, best = commands[i];
    }
    char *script = best ? NULL : tally_find_script(word);
    if (best)
        fprintf(stderr, "tally: unknown command '%s'; did you mean %s?\n", word, best);
    else if (script)
        fprintf(stderr, "tally: '%s' is a script, not a command; did you mean tally run %s?\n", word,
                word);
    else
        fprintf(stderr, "tally: '%s' is neither a command (run, scripts, help, index, -e) nor a file\n",
                word);
    free(script);
    fprintf(stderr, "(tally --help for usage)\n");
    return 1;
}

static void warn_input(void *ud, const char *msg)
{
    int *problems = ud;
    fprintf(stderr, "tally: %s\n", msg);
    ++*problems;
}

/* Appends the paths of the --files-from lists to the positional arguments
 * (after them, in order). Returns the new array (pos is freed), or NULL
 * after a message when a list cannot be read. */
static char **add_listed_inputs(const cli_options *co, char **pos, int *npos, tally_inputs *listed,
                                int *problems)
{
    for (int i = 0; i < co->nfiles_from; i++) {
        tally_error err = {""};
        if (tally_inputs_add_list(listed, co->files_from[i], 0, warn_input, problems, &err) < 0) {
            fprintf(stderr, "tally: %s\n", err.msg);
            free(pos);
            return NULL;
        }
    }
    if (listed->n == 0)
        return pos;
    char **more = realloc(pos, ((size_t)*npos + listed->n + 1) * sizeof *more);
    if (!more) {
        free(pos);
        return NULL;
    }
    for (size_t i = 0; i < listed->n; i++)
        more[(*npos)++] = listed->paths[i];
    more[*npos] = NULL;
    return more;
}

/* The arguments of `tally run SCRIPT ARG...` that name inputs, for `docs`:
 * `-`, paths that exist, and globs that match. The others are the script's
 * options, their values and its patterns, which the script reads from arg. */
static void script_inputs(char **args, int nargs, tally_inputs *in)
{
    int only_files = 0;
    for (int i = 0; i < nargs; i++) {
        const char *a = args[i];
        if (!only_files && strcmp(a, "--") == 0) {
            only_files = 1;
            continue;
        }
        if (!only_files && a[0] == '-' && a[1])
            continue;
        if (strcmp(a, "-") != 0 && access(a, F_OK) != 0 && !tally_has_glob_chars(a))
            continue; /* an option's value, a pattern: not a file */
        tally_error err = {""};
        tally_inputs_add(in, a, 0, &err); /* a glob that matches nothing is not an input here */
    }
}

/* tally.options fields only the Lua side reads: --table and --bom. */
static void set_lua_options(lua_State *L, const cli_options *co)
{
    lua_getglobal(L, "tally");
    if (lua_getfield(L, -1, "options") == LUA_TTABLE) {
        if (co->table)
            lua_pushstring(L, co->table), lua_setfield(L, -2, "table");
        lua_pushboolean(L, co->bom), lua_setfield(L, -2, "bom");
    }
    lua_pop(L, 2);
}

/* The command line as main reads it: options, the positional words (the command first),
 * the inputs listed by --files-from, and the script and inputs a run takes. One struct so
 * each step below can stop the run and command_line_free releases what any step made. */
typedef struct command_line {
    tally_run_options o;
    cli_options co;
    char **pos; /* the positional words; pos[0] is the command */
    int npos;
    tally_inputs listed; /* --files-from's files, which pos points into */
    int input_problems;  /* listed inputs that were skipped, with a warning */
    char *script;        /* the script of `run`, a path found on the script path */
    char **inputs;       /* the script's or -e's file arguments, inside pos */
    int ninputs;
} command_line;

static void command_line_free(command_line *c)
{
    free(c->script);
    free(c->pos);
    tally_inputs_free(&c->listed);
}

/* CONTINUE: the step did not end the run */
enum { CONTINUE = -1 };

/* --help and --version before the command (after `run SCRIPT`, --help is the script's) */
static int help_or_version(int argc, char **argv)
{
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0 && strcmp(argv[i], "run") != 0; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(usage, stdout);
            return 0;
        }
        if (strcmp(argv[i], "--version") == 0) {
            printf("tally %s\n", TALLY_VERSION);
            return 0;
        }
    }
    return CONTINUE;
}

static int read_command_line(int argc, char **argv, command_line *c)
{
    c->pos = calloc((size_t)argc + 1, sizeof *c->pos);
    if (!c->pos)
        return TALLY_EXIT_USAGE;
    if (parse_options(argc, argv, &c->o, &c->co, c->pos, &c->npos) < 0 || choose_format(&c->o) < 0)
        return TALLY_EXIT_USAGE;
    if (c->o.format && strcmp(c->o.format, "sqlite") == 0 && !c->o.output)
        return usage_error("%s", "--format sqlite writes a database: give --output FILE.sqlite");
    return CONTINUE;
}

/* the commands that run no Lua: scripts, index, help */
static int builtin_command(const command_line *c)
{
    const char *cmd = c->npos > 0 ? c->pos[0] : NULL;
    if (cmd && strcmp(cmd, "scripts") == 0) {
        if (tally_list_scripts(stdout) == 0) {
            fprintf(stderr, "tally: no scripts found; the script path is:\n");
            tally_print_script_dirs(stderr);
        }
        return 0;
    }
    if (cmd && strcmp(cmd, "index") == 0) {
        tally_index_options io = {c->o.jobs, c->o.quiet, c->o.encoding, c->co.files_from,
                                  c->co.nfiles_from};
        return tally_index_main(c->npos - 1, c->pos + 1, &io);
    }
    if (cmd && strcmp(cmd, "help") == 0) {
        if (c->npos < 2) {
            fputs(usage, stdout);
            return 0;
        }
        char *path = tally_find_script(c->pos[1]);
        int status = path ? tally_print_header(path, stdout) == 0 ? 0 : TALLY_EXIT_USAGE
                          : usage_error("no script '%s' on the script path", c->pos[1]);
        free(path);
        return status;
    }
    return CONTINUE;
}

/* what the Lua state runs: `run SCRIPT` (its --help prints its header), `-e CODE`, or the
 * REPL; an unknown option or a misspelt command ends the run here */
static int choose_what_runs(command_line *c)
{
    c->pos = add_listed_inputs(&c->co, c->pos, &c->npos, &c->listed, &c->input_problems);
    if (!c->pos)
        return TALLY_EXIT_USAGE;
    const char *cmd = c->npos > 0 ? c->pos[0] : NULL;
    c->inputs = c->pos, c->ninputs = c->npos;
    if (cmd && strcmp(cmd, "run") == 0) {
        if (c->npos < 2)
            return usage_error("%s", "run needs a script");
        c->script = tally_find_script(c->pos[1]);
        if (!c->script)
            return usage_error("no script '%s' (not a file, nor on the script path)", c->pos[1]);
        c->inputs = c->pos + 2, c->ninputs = c->npos - 2;
        for (int i = 0; i < c->ninputs && i + 2 < c->co.options_end; i++)
            if (strcmp(c->inputs[i], "--help") == 0 || strcmp(c->inputs[i], "-h") == 0)
                return tally_print_header(c->script, stdout) == 0 ? 0 : TALLY_EXIT_USAGE;
    } else if (cmd && strcmp(cmd, "-e") == 0) {
        if (c->npos < 2)
            return usage_error("%s", "-e needs code");
        c->inputs = c->pos + 2, c->ninputs = c->npos - 2;
    } else if (cmd && cmd[0] == '-' && cmd[1]) {
        return usage_error("unknown option '%s'", cmd);
    } else if (cmd && c->co.nfiles_from == 0 && unknown_command(cmd)) {
        return TALLY_EXIT_USAGE;
    }
    return CONTINUE;
}

/* the script, -e code or REPL in a Lua state, its output written whole or not at all */
static int run_in_lua(const command_line *c)
{
    /* a database is written by SQLite in a transaction (lua_sqlite.c), not
     * through standard output */
    int to_database = c->o.format && strcmp(c->o.format, "sqlite") == 0;
    const char *cmd = c->npos > 0 ? c->pos[0] : NULL;
    tally_runner_on_exit(finish_at_exit, discard_tmp);
    if (c->o.output &&
        (to_database ? names_an_input(c->o.output, c->script, c->inputs, c->ninputs)
                     : output_begin(&the_output, c->o.output, c->script, c->inputs, c->ninputs) < 0))
        return TALLY_EXIT_USAGE;
    int status;
    lua_State *L = tally_runner_new(&c->o);
    if (!L) {
        fprintf(stderr, "tally: cannot create a Lua state (out of memory)\n");
        status = TALLY_EXIT_SCRIPT;
    } else {
        set_lua_options(L, &c->co);
        if (to_database) {
            database_state = L, the_output_path = c->o.output;
            tally_sqlite_output_on_open(note_database_temp);
        }
        if (c->script) {
            /* `docs` is the corpus of the script's file arguments, as with -e */
            tally_inputs docs = {0};
            script_inputs(c->inputs, c->ninputs, &docs);
            status = tally_runner_bind_docs(L, (int)docs.n, docs.paths) < 0
                         ? TALLY_EXIT_USAGE
                         : tally_run_script(L, c->script, c->ninputs, c->inputs);
            tally_inputs_free(&docs);
        } else if (cmd && strcmp(cmd, "-e") == 0) {
            status = tally_run_code(L, c->pos[1], c->ninputs, c->inputs);
        } else {
            status = tally_repl(L, c->npos, c->pos);
        }
        if (status == TALLY_EXIT_SCRIPT && tally_usage_error_raised(L))
            status = TALLY_EXIT_USAGE; /* --kind growht: the user's mistake */
        if (status == TALLY_EXIT_OK && c->input_problems)
            status = TALLY_EXIT_USAGE;
        if (to_database) {
            if (status == TALLY_EXIT_OK && !tally_sqlite_output_used(L))
                fprintf(stderr, "tally: --output %s not written: the run printed no table\n",
                        c->o.output);
            status = finish_database(status);
        }
    }
    tally_runner_close(L);
    return finish_at_exit(status);
}

int main(int argc, char **argv)
{
    /* before any ICU use: --max-memory counts ICU's heap too */
    tally_memory_count_icu();
    /* registered first so it runs last, after every module closed its ICU objects */
    atexit(u_cleanup);
    int status = help_or_version(argc, argv);
    if (status != CONTINUE)
        return status;
    command_line c = {0};
    status = read_command_line(argc, argv, &c);
    if (status == CONTINUE)
        status = builtin_command(&c);
    if (status == CONTINUE)
        status = choose_what_runs(&c);
    if (status == CONTINUE)
        status = run_in_lua(&c);
    command_line_free(&c);
    return status;
}
