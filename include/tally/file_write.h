/* Writing a file whole or not at all: the bytes go to a temporary file in
 * the same folder, which is flushed to disk and then renamed over the path,
 * so a reader never sees half a file and a failed run leaves the old one. */
#ifndef TALLY_FILE_WRITE_H
#define TALLY_FILE_WRITE_H

#include "tally/tally.h"

/* Returns 0, or -1 with err naming the path and the reason. */
int tally_write_file(const char *path, const char *data, size_t len, tally_error *err);

#endif
