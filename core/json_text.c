/* JSON text without Lua (tally/json_text.h): the pieces core/lua_json.c and
 * the worker-side row writer (core/doc_records.c) share. */
#include "tally/json_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tally_buf_add(tally_buf *b, const char *s, size_t n)
{
    if (b->failed || n == 0)
        return;
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->p = p, b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

void tally_buf_adds(tally_buf *b, const char *s)
{
    tally_buf_add(b, s, strlen(s));
}

void tally_buf_free(tally_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

void tally_json_string(tally_buf *b, const char *s, size_t n)
{
    tally_buf_add(b, "\"", 1);
    size_t run = 0; /* bytes copied as they are, written in one go */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char u[8];
        if (c == '"')
            esc = "\\\"";
        else if (c == '\\')
            esc = "\\\\";
        else if (c < 0x20 || c == 0x7F) {
            switch (c) {
            case '\b': esc = "\\b"; break;
            case '\f': esc = "\\f"; break;
            case '\n': esc = "\\n"; break;
            case '\r': esc = "\\r"; break;
            case '\t': esc = "\\t"; break;
            default:
                snprintf(u, sizeof u, "\\u%04x", c);
                esc = u;
            }
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
            tally_buf_add(b, s + i - run, run);
            run = 0;
            tally_buf_add(b, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
            i += 2;
            continue;
        }
        if (esc) {
            tally_buf_add(b, s + i - run, run);
            run = 0;
            tally_buf_adds(b, esc);
        } else {
            run++;
        }
    }
    tally_buf_add(b, s + n - run, run);
    tally_buf_add(b, "\"", 1);
}

int tally_json_number_text(double v, char *out, size_t size)
{
    if (isnan(v) || isinf(v))
        return 0;
    if (v == floor(v) && fabs(v) < 9007199254740992.0) {
        snprintf(out, size, "%.0f", v);
        return 1;
    }
    static const char *const fmts[] = {"%.15g", "%.16g", "%.17g"};
    for (int k = 0; k < 3; k++) {
        snprintf(out, size, fmts[k], v);
        if (strtod(out, NULL) == v)
            return 1;
    }
    snprintf(out, size, "%.17g", v);
    return 1;
}
