/* One count of the memory a run holds, for --max-memory (docs/engine.md):
 * Lua's allocator (core/runner.c), ICU's heap (u_setMemoryFunctions) and
 * PCRE2's (the general context tally.regex compiles and matches with) all
 * charge it, so the cap covers the work the engine's libraries do for a
 * script (break iterators, transliterators, converters, regex matching)
 * as well as the script's own values. The engine's own buffers (a
 * document's text, its token arrays) are plain malloc and not counted. */
#ifndef TALLY_MEMORY_LIMIT_H
#define TALLY_MEMORY_LIMIT_H

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include <stddef.h>

/* Routes ICU's heap through the count. It must come before any use of ICU
 * (main calls it first); 0, or -1 when ICU was in use already (ICU's
 * memory is then not counted). */
int tally_memory_count_icu(void);

/* The contexts PCRE2 allocates through the count with; NULL when memory
 * ran out (then PCRE2 uses malloc, uncounted). Shared, read-only. */
pcre2_general_context *tally_memory_pcre2(void);
pcre2_compile_context *tally_memory_pcre2_compile(void);

/* The cap in bytes (0: none). When a library's request passes it, over(ud)
 * is called on the thread that asked (a run ends there); if it returns,
 * the request is granted all the same (a library may not survive a
 * refusal), and the count stays over the cap until memory is freed. */
void tally_memory_set_cap(size_t cap, void (*over)(void *ud), void *ud);

/* For an allocator that knows its sizes (Lua's): charges n more bytes, 0;
 * or -1, nothing charged, when that would pass the cap. */
int tally_memory_charge(size_t n);
void tally_memory_release(size_t n);

/* The bytes counted now. */
size_t tally_memory_used(void);

#endif
