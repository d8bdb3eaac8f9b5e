/* JSON text without Lua: a growing byte buffer, strings escaped and numbers
 * written as tally.json.encode writes them (scripts/lib/tally/json.lua), so
 * text built on a worker thread is byte for byte what the Lua side writes. */
#ifndef TALLY_JSON_TEXT_H
#define TALLY_JSON_TEXT_H

#include <stddef.h>

/* A buffer that grows as text is added; a failed allocation sets failed
 * and drops what follows, so callers check once at the end. */
typedef struct tally_buf {
    char *p;
    size_t n, cap;
    int failed;
} tally_buf;

void tally_buf_add(tally_buf *b, const char *s, size_t n);
void tally_buf_adds(tally_buf *b, const char *s);
void tally_buf_free(tally_buf *b);

/* s as a JSON string, quotes included: " \ and control characters escaped,
 * U+2028/U+2029 as \u2028/\u2029 (they end a line in JavaScript). */
void tally_json_string(tally_buf *b, const char *s, size_t n);

/* The shortest decimal text that reads back as the same double (integral
 * values below 2^53 without a fraction); 0 for NaN and the infinities. out
 * needs 32 bytes. */
int tally_json_number_text(double v, char *out, size_t size);

#endif
