/* The run's --output database (lua_sqlite.c), for the command line. */
#ifndef TALLY_SQLITE_OUTPUT_H
#define TALLY_SQLITE_OUTPUT_H

#include <lua.h>

/* Commits the --output database when ok, else rolls it back; -1 (message
 * printed) when the commit fails. Nothing to do when no table was written. */
int tally_sqlite_output_finish(lua_State *L, int ok);
/* hook(tmp) is called when the run's database is opened, with the temporary
 * file it is built in (NULL when it goes into an existing file), so that a
 * signal handler can remove it: the command line registers one. */
void tally_sqlite_output_on_open(void (*hook)(const char *tmp));

/* 1 when the run has written a table to its --output database. */
int tally_sqlite_output_used(lua_State *L);

#endif
