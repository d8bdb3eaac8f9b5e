/* The content hash (tally/store.h): what decides whether a file is analysed
 * again. 64-bit FNV-1a, since the dependencies hold no cryptographic hash
 * and the hash guards against edits, not against an adversary
 * (docs/scale.md). A file is hashed as it is read, a block at a time, so
 * memory does not grow with the file. */
#include "tally/store.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define FNV_OFFSET 14695981039346656037ull
#define FNV_PRIME 1099511628211ull

static uint64_t fnv1a(uint64_t h, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= FNV_PRIME;
    }
    return h;
}

static void to_hex(uint64_t h, char hex[17])
{
    snprintf(hex, 17, "%016llx", (unsigned long long)h);
}

void tally_store_hash(const void *bytes, size_t n, char hex[17])
{
    to_hex(fnv1a(FNV_OFFSET, bytes, n), hex);
}

int tally_store_hash_file(const char *path, char hex[17], int64_t *size, tally_error *err)
{
    struct stat sb;
    if (stat(path, &sb) != 0) {
        tally_error_set(err, "%s: %s", path, strerror(errno));
        return -1;
    }
    if (S_ISDIR(sb.st_mode)) {
        tally_error_set(err, "%s: is a directory, not a report", path);
        return -1;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        tally_error_set(err, "%s: %s", path, strerror(errno));
        return -1;
    }
    unsigned char block[65536];
    uint64_t h = FNV_OFFSET;
    int64_t total = 0;
    size_t n;
    while ((n = fread(block, 1, sizeof block, f)) > 0) {
        h = fnv1a(h, block, n);
        total += (int64_t)n;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        tally_error_set(err, "%s: read error", path);
        return -1;
    }
    to_hex(h, hex);
    *size = total;
    return 0;
}
