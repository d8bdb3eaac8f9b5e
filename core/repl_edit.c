/* Opening libedit by its soname (TALLY_LIBEDIT_SONAME, read from the library
 * the build found) the first time the REPL needs it; see repl_edit.h. */
#include "repl_edit.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#ifndef TALLY_LIBEDIT_SONAME
#define TALLY_LIBEDIT_SONAME "libedit.so.2"
#endif

static repl_edit_api api;
static int opened;

/* dlsym's void * to a function pointer: POSIX guarantees it works; C does
 * not let it be written as a cast, so the bytes are copied. */
#define LOOK_UP(name)                                              \
    do {                                                           \
        void *sym = dlsym(lib, #name);                             \
        if (!sym) {                                                \
            snprintf(err, err_len, "%s has no %s", TALLY_LIBEDIT_SONAME, #name); \
            return NULL;                                           \
        }                                                          \
        memcpy(&api.name, &sym, sizeof api.name);                  \
    } while (0)

const repl_edit_api *repl_edit_open(char *err, size_t err_len)
{
    if (opened)
        return &api;
    /* the handle is kept: the REPL uses libedit until the process ends */
    void *lib = dlopen(TALLY_LIBEDIT_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(err, err_len, "cannot open %s (install libedit2): %s", TALLY_LIBEDIT_SONAME,
                 dlerror());
        return NULL;
    }
    LOOK_UP(el_init);
    LOOK_UP(el_end);
    LOOK_UP(el_reset);
    LOOK_UP(el_gets);
    LOOK_UP(el_set);
    LOOK_UP(el_get);
    LOOK_UP(el_wset);
    LOOK_UP(el_source);
    LOOK_UP(el_resize);
    LOOK_UP(el_line);
    LOOK_UP(el_insertstr);
    LOOK_UP(history_init);
    LOOK_UP(history_end);
    LOOK_UP(history);
    opened = 1;
    return &api;
}
