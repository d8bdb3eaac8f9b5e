/* What the parts of the REPL share: the session they act on. */
#ifndef TALLY_REPL_SESSION_H
#define TALLY_REPL_SESSION_H

#include <lua.h>
#include <stddef.h>
#include <stdio.h>

#include "repl_input.h"

typedef struct repl_session {
    lua_State *L;
    repl_input *in;
    int interactive;
    int max_rows; /* longest result shown in full; 0 shows everything */
    int quit;     /* set by .quit */
    int failed;   /* some chunk raised an error */
} repl_session;

/* Runs a chunk of Lua, printing the values of an expression; an error is
 * printed and the session goes on. */
void repl_eval(repl_session *s, const char *chunk, size_t len);

/* Runs a dot-command line (".load x.lua"); 0 if line is none. */
int repl_command(repl_session *s, const char *line);
/* Lists the dot-commands, one line each. */
void repl_list_commands(FILE *out);

#endif
