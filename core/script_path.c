/* Finding scripts by name, listing them and reading their headers. */
#include "script_path.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A script is a readable regular file: a FIFO or a device named as a
 * script would block or never end when loaded. */
static int is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, R_OK) == 0;
}

/* The library folder that goes with the running binary, found from where
 * the binary is (/proc/self/exe), so that tally finds its scripts whatever
 * the working folder: in the build tree the checkout's scripts/, after
 * `cmake --install` PREFIX/share/tally/scripts beside PREFIX/bin, even
 * when the prefix was moved. NULL when neither is there. */
static const char *own_script_dir(void)
{
    static char dir[4096];
    static int done;
    if (done)
        return dir[0] ? dir : NULL;
    done = 1;
    char exe[4000];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0'; /* the binary's folder */
#ifdef TALLY_BUILD_DIR
    if (strcmp(exe, TALLY_BUILD_DIR) == 0) {
        snprintf(dir, sizeof dir, "%s", TALLY_SOURCE_SCRIPT_DIR);
        return dir;
    }
#endif
    slash = strrchr(exe, '/');
    if (slash && strcmp(slash, "/bin") == 0) {
        *slash = '\0';
        snprintf(dir, sizeof dir, "%s/share/tally/scripts", exe);
        if (access(dir, R_OK) == 0)
            return dir;
    }
    dir[0] = '\0';
    return NULL;
}

/* Calls fn for each folder of the script path until it returns non-zero:
 * $TALLY_PATH, ./scripts, the binary's own library (own_script_dir), then
 * the configured install folder. */
int tally_script_path_each(int (*fn)(const char *dir, void *ud), void *ud)
{
    const char *path = getenv("TALLY_PATH");
    while (path && *path) {
        const char *colon = strchr(path, ':');
        size_t len = colon ? (size_t)(colon - path) : strlen(path);
        if (len > 0) {
            char *dir = strndup(path, len);
            int r = dir ? fn(dir, ud) : 0;
            free(dir);
            if (r)
                return r;
        }
        path = colon ? colon + 1 : NULL;
    }
    int r = fn("./scripts", ud);
    const char *own = own_script_dir();
    if (!r && own)
        r = fn(own, ud);
    if (!r && !(own && strcmp(own, TALLY_SCRIPT_DIR) == 0))
        r = fn(TALLY_SCRIPT_DIR, ud);
    return r;
}

static int name_dir(const char *dir, void *ud)
{
    FILE *out = ud;
    fprintf(out, "  %s\n", dir);
    return 0;
}

void tally_print_script_dirs(FILE *out)
{
    tally_script_path_each(name_dir, out);
}

struct find_ctx {
    const char *name;
    char *found;
};

static int find_in(const char *dir, void *ud)
{
    struct find_ctx *ctx = ud;
    size_t need = strlen(dir) + strlen(ctx->name) + 8;
    char *p = malloc(need);
    if (!p)
        return 0;
    snprintf(p, need, "%s/%s.lua", dir, ctx->name);
    if (!is_file(p)) {
        snprintf(p, need, "%s/%s", dir, ctx->name);
        size_t n = strlen(p);
        if (!(n > 4 && strcmp(p + n - 4, ".lua") == 0 && is_file(p))) {
            free(p);
            return 0;
        }
    }
    ctx->found = p;
    return 1;
}

char *tally_find_script(const char *name)
{
    if (strchr(name, '/') || is_file(name))
        return is_file(name) ? strdup(name) : NULL;
    struct find_ctx ctx = {name, NULL};
    tally_script_path_each(find_in, &ctx);
    return ctx.found;
}

/* The text of the script's `--- description` line, without the dashes. */
static void description(const char *path, char *out, size_t outlen)
{
    out[0] = '\0';
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "---", 3) == 0) {
            char *s = line + 3;
            while (*s == ' ' || *s == '-')
                s++;
            s[strcspn(s, "\r\n")] = '\0';
            snprintf(out, outlen, "%s", s);
            break;
        }
        if (strncmp(line, "--", 2) != 0 && strncmp(line, "#!", 2) != 0)
            break;
    }
    fclose(f);
}

struct list_ctx {
    FILE *out;
    char **seen;
    int n, cap;
};

static int list_in(const char *dir, void *ud)
{
    struct list_ctx *ctx = ud;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    struct dirent *e;
    char **names = NULL;
    int nn = 0, cap = 0;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0)
            continue;
        if (nn == cap) {
            cap = cap ? cap * 2 : 16;
            char **bigger = realloc(names, (size_t)cap * sizeof *names);
            if (!bigger)
                break;
            names = bigger;
        }
        names[nn++] = strndup(e->d_name, len - 4);
    }
    closedir(d);
    for (int i = 1; i < nn; i++) /* insertion sort: folders hold a few dozen scripts */
        for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    for (int i = 0; i < nn; i++) {
        int dup = !names[i];
        for (int k = 0; !dup && k < ctx->n; k++)
            dup = strcmp(ctx->seen[k], names[i]) == 0;
        if (!dup && ctx->n == ctx->cap) {
            int cap = ctx->cap ? ctx->cap * 2 : 32;
            char **bigger = realloc(ctx->seen, (size_t)cap * sizeof *bigger);
            if (bigger)
                ctx->seen = bigger, ctx->cap = cap;
            else
                dup = 1;
        }
        if (dup) {
            free(names[i]);
            continue;
        }
        char path[4096], desc[512];
        snprintf(path, sizeof path, "%s/%s.lua", dir, names[i]);
        description(path, desc, sizeof desc);
        fprintf(ctx->out, "%-18s %s\n", names[i], desc);
        ctx->seen[ctx->n++] = names[i];
    }
    free(names);
    return 0;
}

int tally_list_scripts(FILE *out)
{
    struct list_ctx ctx = {out, NULL, 0, 0};
    tally_script_path_each(list_in, &ctx);
    for (int i = 0; i < ctx.n; i++)
        free(ctx.seen[i]);
    free(ctx.seen);
    return ctx.n;
}

int tally_print_header(const char *path, FILE *out)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "#!", 2) == 0)
            continue;
        if (strncmp(line, "--", 2) != 0)
            break;
        char *s = line + 2;
        while (*s == '-')
            s++;
        if (*s == ' ')
            s++;
        fputs(s, out);
    }
    fclose(f);
    return 0;
}
