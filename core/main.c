/* The tally command: options, commands, and the output file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/uclean.h>

#include "repl.h"
#include "runner.h"
#include "script_path.h"
#include "tally/store.h"

static const char usage[] =
    "usage: tally                          interactive REPL\n"
    "       tally FILE...                  REPL with `docs` bound to the files\n"
    "       tally run SCRIPT [ARG...]      run a script (a path or a name on the script path)\n"
    "       tally -e 'CODE' [FILE...]      run Lua with `docs` bound to the files\n"
    "       tally scripts                  list the scripts on the script path\n"
    "       tally help SCRIPT              print a script's header\n"
    "       tally index --db STORE PATH... analyse files into a store (docs/scale.md)\n"
    "       tally --version | --help\n"
    "\n"
    "options (before or after the script name):\n"
    "  --format table|csv|json|jsonl|md   output format for tables\n"
    "  --output FILE       write output to FILE, whole or not at all\n"
    "  --jobs N            worker threads for reading a corpus (default: cores)\n"
    "  --encoding ENC      decode inputs as ENC (GB18030, Big5, UTF-16, ...)\n"
    "  --quiet             no progress line\n"
    "  --timeout SECONDS   stop a script that runs longer\n"
    "  --max-memory MB     stop a script that uses more memory\n"
    "  --trust             lift the sandbox of scripts\n"
    "\n"
    "script path: $TALLY_PATH, then ./scripts, then " TALLY_SCRIPT_DIR "\n"
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

/* Takes the common options out of argv wherever they stand; what is left,
 * in order, goes to pos. Returns -1 on a bad option value. */
static int parse_options(int argc, char **argv, tally_run_options *o, char **pos, int *npos)
{
    int dashdash = 0;
    *npos = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (dashdash || strncmp(a, "--", 2) != 0) {
            pos[(*npos)++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            dashdash = 1;
            continue;
        }
        const char *eq = strchr(a, '=');
        size_t nlen = eq ? (size_t)(eq - a) : strlen(a);
        static const char *const valued[] = {"--format", "--output", "--jobs", "--encoding",
                                             "--timeout", "--max-memory"};
        int k = -1;
        for (int j = 0; j < 6; j++)
            if (strlen(valued[j]) == nlen && strncmp(a, valued[j], nlen) == 0)
                k = j;
        if (k < 0) {
            if (strcmp(a, "--quiet") == 0)
                o->quiet = 1;
            else if (strcmp(a, "--trust") == 0)
                o->trust = 1;
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
            if (strcmp(val, "table") && strcmp(val, "csv") && strcmp(val, "json") &&
                strcmp(val, "jsonl") && strcmp(val, "md")) {
                fprintf(stderr, "tally: --format must be table, csv, json, jsonl or md, not '%s'\n", val);
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
        }
    }
    return 0;
}

/* The output file is written to a temporary beside it and renamed into place
 * only when the run succeeds: an analyst never finds half a file. */
typedef struct output_file {
    char *tmp;
    int saved_stdout;
} output_file;

static int output_begin(output_file *of, const char *path, char **inputs, int ninputs)
{
    struct stat out_st;
    if (stat(path, &out_st) == 0) {
        for (int i = 0; i < ninputs; i++) {
            struct stat in_st;
            if (stat(inputs[i], &in_st) == 0 && in_st.st_dev == out_st.st_dev &&
                in_st.st_ino == out_st.st_ino) {
                fprintf(stderr, "tally: --output %s is one of the input files; refusing to overwrite it\n", path);
                return -1;
            }
        }
        if (S_ISDIR(out_st.st_mode)) {
            fprintf(stderr, "tally: --output %s is a directory\n", path);
            return -1;
        }
    }
    size_t n = strlen(path) + 16;
    of->tmp = malloc(n);
    if (!of->tmp)
        return -1;
    snprintf(of->tmp, n, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(of->tmp);
    if (fd < 0) {
        fprintf(stderr, "tally: cannot write --output %s: %s\n", path, strerror(errno));
        free(of->tmp);
        of->tmp = NULL;
        return -1;
    }
    fchmod(fd, 0644);
    fflush(stdout);
    of->saved_stdout = dup(STDOUT_FILENO);
    dup2(fd, STDOUT_FILENO);
    close(fd);
    return 0;
}

static int output_end(output_file *of, const char *path, int ok)
{
    if (!of->tmp)
        return 0;
    int failed = fflush(stdout) != 0 || fsync(STDOUT_FILENO) != 0;
    dup2(of->saved_stdout, STDOUT_FILENO);
    close(of->saved_stdout);
    if (ok && !failed && rename(of->tmp, path) == 0) {
        free(of->tmp);
        return 0;
    }
    if (ok)
        fprintf(stderr, "tally: could not write %s: %s\n", path, strerror(errno));
    else
        fprintf(stderr, "tally: %s not written, the run failed\n", path);
    unlink(of->tmp);
    free(of->tmp);
    return -1;
}

int main(int argc, char **argv)
{
    /* registered first so it runs last, after every module closed its ICU objects */
    atexit(u_cleanup);
    tally_run_options o = {0};
    char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    if (!pos)
        return TALLY_EXIT_USAGE;
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(usage, stdout);
            free(pos);
            return 0;
        }
        if (strcmp(argv[i], "--version") == 0) {
            printf("tally %s\n", TALLY_VERSION);
            free(pos);
            return 0;
        }
    }
    if (parse_options(argc, argv, &o, pos, &npos) < 0) {
        free(pos);
        return TALLY_EXIT_USAGE;
    }

    const char *cmd = npos > 0 ? pos[0] : NULL;
    int status;
    if (cmd && strcmp(cmd, "scripts") == 0) {
        tally_list_scripts(stdout);
        free(pos);
        return 0;
    }
    if (cmd && strcmp(cmd, "index") == 0) {
        tally_index_options io = {o.jobs, o.quiet, o.encoding};
        status = tally_index_main(npos - 1, pos + 1, &io);
        free(pos);
        return status;
    }
    if (cmd && strcmp(cmd, "help") == 0) {
        if (npos < 2) {
            fputs(usage, stdout);
            free(pos);
            return 0;
        }
        char *path = tally_find_script(pos[1]);
        status = path ? tally_print_header(path, stdout) == 0 ? 0 : TALLY_EXIT_USAGE
                      : usage_error("no script '%s' on the script path", pos[1]);
        free(path);
        free(pos);
        return status;
    }

    char *script = NULL;
    char **inputs = pos;
    int ninputs = npos;
    if (cmd && strcmp(cmd, "run") == 0) {
        if (npos < 2) {
            free(pos);
            return usage_error("%s", "run needs a script");
        }
        script = tally_find_script(pos[1]);
        if (!script) {
            status = usage_error("no script '%s' (not a file, nor on the script path)", pos[1]);
            free(pos);
            return status;
        }
        inputs = pos + 2, ninputs = npos - 2;
    } else if (cmd && strcmp(cmd, "-e") == 0) {
        if (npos < 2) {
            free(pos);
            return usage_error("%s", "-e needs code");
        }
        inputs = pos + 2, ninputs = npos - 2;
    } else if (cmd && cmd[0] == '-' && cmd[1]) {
        status = usage_error("unknown option '%s'", cmd);
        free(pos);
        return status;
    }

    output_file of = {NULL, -1};
    if (o.output && output_begin(&of, o.output, inputs, ninputs) < 0) {
        free(script);
        free(pos);
        return TALLY_EXIT_USAGE;
    }
    lua_State *L = tally_runner_new(&o);
    if (!L) {
        fprintf(stderr, "tally: cannot create a Lua state (out of memory)\n");
        status = TALLY_EXIT_SCRIPT;
    } else if (script) {
        status = tally_run_script(L, script, ninputs, inputs);
    } else if (cmd && strcmp(cmd, "-e") == 0) {
        status = tally_run_code(L, pos[1], ninputs, inputs);
    } else {
        status = tally_repl(L, npos, pos);
    }
    tally_runner_close(L);
    if (output_end(&of, o.output, status == TALLY_EXIT_OK) < 0 && status == TALLY_EXIT_OK)
        status = TALLY_EXIT_USAGE;
    free(script);
    free(pos);
    return status;
}
