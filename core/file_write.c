/* Whole-or-nothing file writes: temporary file, fsync, rename. */
#include "tally/file_write.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

int tally_write_file(const char *path, const char *data, size_t len, tally_error *err)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        tally_error_set(err, "cannot write %s: it is a directory", path);
        return -1;
    }
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    if (!tmp) {
        tally_error_set(err, "cannot write %s: out of memory", path);
        return -1;
    }
    snprintf(tmp, n, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        tally_error_set(err, "cannot write %s: %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    /* mkstemp makes the file private; an output file gets the usual mode
     * (as --output does; reading the umask would change it for a moment) */
    fchmod(fd, 0644);
    int failed = write_all(fd, data, len) < 0 || fsync(fd) < 0;
    int saved = errno;
    if (close(fd) < 0 && !failed)
        failed = 1, saved = errno;
    if (!failed && rename(tmp, path) < 0)
        failed = 1, saved = errno;
    if (failed) {
        unlink(tmp);
        tally_error_set(err, "cannot write %s: %s", path, strerror(saved));
    }
    free(tmp);
    return failed ? -1 : 0;
}
