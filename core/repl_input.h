/* Where the REPL's lines come from: a terminal, edited with libedit and kept
 * in a history file, or a pipe, read plainly. */
#ifndef TALLY_REPL_INPUT_H
#define TALLY_REPL_INPUT_H

#include <lua.h>
#include <stddef.h>

typedef struct repl_input repl_input;

typedef enum repl_read_status {
    REPL_READ_LINE,      /* a line (without its newline) */
    REPL_READ_EOF,       /* Ctrl-D on an empty line, or the end of the pipe */
    REPL_READ_INTERRUPT  /* Ctrl-C while editing: the line is dropped */
} repl_read_status;

/* Opens the input on stdin; `interactive` turns on editing, history and
 * completion (which looks things up in L). NULL when out of memory. */
repl_input *repl_input_open(lua_State *L, int interactive);
void repl_input_close(repl_input *in);

/* Reads a line after showing prompt (interactive only); *line stays valid
 * until the next call. */
repl_read_status repl_input_read(repl_input *in, const char *prompt, const char **line,
                                 size_t *len);

/* Ends the read in progress as Ctrl-C: safe to call from a signal handler. */
void repl_input_interrupt(void);

/* Adds a whole chunk (maybe several lines) to the history and saves it. */
void repl_input_remember(repl_input *in, const char *chunk);

/* The terminal's size now; 0 when it is not a terminal. */
int repl_input_columns(const repl_input *in);
int repl_input_rows(const repl_input *in);

/* The history file: $XDG_STATE_HOME/tally/history, else
 * ~/.local/state/tally/history; malloc'd, NULL when there is no home. */
char *repl_history_path(void);

#endif
