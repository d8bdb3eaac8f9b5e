/* libedit, opened when the REPL first edits a line on a terminal rather
 * than loaded with the program: scripts, -e and pipes never need it, and
 * loading it (with libtinfo, libbsd, libmd) was a tenth of start-up. */
#ifndef TALLY_REPL_EDIT_H
#define TALLY_REPL_EDIT_H

#include <stddef.h>
#include <stdio.h>

#include <histedit.h>

/* The libedit functions the REPL calls, with libedit's own prototypes. */
typedef struct repl_edit_api {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    void (*el_reset)(EditLine *);
    const char *(*el_gets)(EditLine *, int *);
    int (*el_set)(EditLine *, int, ...);
    int (*el_get)(EditLine *, int, ...);
    int (*el_wset)(EditLine *, int, ...);
    int (*el_source)(EditLine *, const char *);
    void (*el_resize)(EditLine *);
    const LineInfo *(*el_line)(EditLine *);
    int (*el_insertstr)(EditLine *, const char *);
    History *(*history_init)(void);
    void (*history_end)(History *);
    int (*history)(History *, HistEvent *, int, ...);
} repl_edit_api;

/* libedit, opened on the first call (and kept for the process); NULL with a
 * message in err naming the library when it cannot be opened. */
const repl_edit_api *repl_edit_open(char *err, size_t err_len);

#endif
