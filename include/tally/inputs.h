/* Expanding what a user names on the command line (files, folders, quoted
 * globs, `-`, a --files-from list) into the list of files a corpus reads.
 * One implementation for tally.corpus, `tally run`/`-e` and `tally index`.
 *
 * The rules (docs/engine.md, "Inputs"):
 * - `-` is standard input and stays "-" in the list;
 * - a path that exists is that file or folder, even when its name holds
 *   glob characters ([ * ?);
 * - a folder is read recursively: its .txt, .md, .html and .htm files (any
 *   case), hidden entries and symlinked folders skipped, in byte order of
 *   the path;
 * - otherwise a name with * ? or [ is a glob (`**` as a whole segment matches
 *   any number of folders); its matches are sorted, a matched folder is read
 *   as above, and a glob that matches nothing is an error naming it;
 * - any other name is kept as given, so that opening it says what is wrong;
 * - a file a folder or glob finds is not added again when the list has it;
 *   a path named twice is read twice, as asked.
 * Nothing here touches Lua. */
#ifndef TALLY_INPUTS_H
#define TALLY_INPUTS_H

#include "tally/tally.h"

typedef struct tally_inputs {
    char **paths; /* malloc'd strings, in order */
    size_t n, cap;
    void *seen;   /* the set of paths already in the list (private) */
} tally_inputs;

/* Flags of tally_inputs_add. */
enum {
    TALLY_INPUT_LITERAL = 1 /* no glob expansion: names, never patterns */
};

/* Adds what arg names. Returns 0, or -1 with err set when a glob matches
 * nothing, a folder holds no report, or memory ran out (the list keeps what
 * was added before). */
int tally_inputs_add(tally_inputs *in, const char *arg, unsigned flags, tally_error *err);

/* Adds every line of the file at listpath ("-" for standard input), each as
 * tally_inputs_add(in, line, flags) adds it: a folder is read recursively, a
 * line that names no file but holds * ? [ is a glob. Empty lines are
 * skipped, a CR before the LF is dropped. Returns the number
 * of problems (each reported through warn when given, else the first kept in
 * err), or -1 with err set when the list itself cannot be read. */
int tally_inputs_add_list(tally_inputs *in, const char *listpath, unsigned flags,
                          tally_warn_fn warn, void *ud, tally_error *err);

/* 1 when name has a report's extension (.txt, .md, .html, .htm, any case). */
int tally_is_report_name(const char *name);

/* 1 when s holds a glob character (* ? [). */
int tally_has_glob_chars(const char *s);

void tally_inputs_free(tally_inputs *in);

#endif
