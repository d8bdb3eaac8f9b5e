/* The sandbox scripts run in unless --trust: no process spawning, no native
 * modules, no deleting or renaming, writes only below the working folder,
 * no precompiled chunks, and a debug library cut to what cannot reach into
 * other functions. */
#ifndef TALLY_SANDBOX_H
#define TALLY_SANDBOX_H

#include <lua.h>

/* Restricts the standard libraries of L in place. Call once, after the
 * libraries and the tally module are open and before any script runs. */
void tally_sandbox_apply(lua_State *L);

/* Raises a Lua error unless writing to path is allowed: always when there is
 * no sandbox, else only when the path resolves below the working folder.
 * what names the function for the message ("io.open"). */
void tally_sandbox_check_write(lua_State *L, const char *path, const char *what);

/* 1 when tally_sandbox_apply ran on L. */
int tally_sandbox_active(lua_State *L);

/* Marks path (when it is an existing regular file) as one of the run's
 * inputs, which the sandbox never lets a script write (noted also before
 * the sandbox is applied). */
void tally_sandbox_note_input(lua_State *L, const char *path);

#endif
