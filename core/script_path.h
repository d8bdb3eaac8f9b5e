/* The script path: $TALLY_PATH (colon-separated), then ./scripts, then the
 * library that goes with the binary (the checkout's scripts/ for a build,
 * PREFIX/share/tally/scripts once installed), then the configured install
 * folder. */
#ifndef TALLY_SCRIPT_PATH_H
#define TALLY_SCRIPT_PATH_H

#include <stdio.h>

/* The file of a script given as a path or as a name on the script path;
 * malloc'd, NULL if there is none. */
char *tally_find_script(const char *name);

/* Prints each script on the path, first of a name wins, with the
 * description from its `---` line. Returns how many. */
int tally_list_scripts(FILE *out);

/* Calls fn for each folder of the script path, in search order, until it
 * returns non-zero; returns that value (0 when every folder was visited). */
int tally_script_path_each(int (*fn)(const char *dir, void *ud), void *ud);

/* Prints the folders of the script path, one a line, in search order. */
void tally_print_script_dirs(FILE *out);

/* Prints the header of a script (its leading comment lines); 0, or -1 if the
 * file cannot be read. */
int tally_print_header(const char *path, FILE *out);

#endif
