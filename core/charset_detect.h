/* Which encoding a file's bytes are in, when nobody said (docs/engine.md,
 * "Detection"): a byte-order mark, a charset an HTML page declares, then the
 * candidates decoded and scored as Chinese text. */
#ifndef TALLY_CHARSET_DETECT_H
#define TALLY_CHARSET_DETECT_H

#include <stddef.h>

#include "tally/tally.h"

/* How much of the file the candidates are decoded from. */
#define TALLY_DETECT_SAMPLE (64 * 1024)

/* Sets enc (an ICU converter name) for bytes[0..n). Returns 0, or -1 with err
 * set when the bytes are no text (binary). Tells warn when the choice is
 * uncertain or a declared charset is overridden. */
int tally_charset_detect(const char *bytes, size_t n, char *enc, size_t enclen, tally_warn_fn warn,
                         void *warn_ud, tally_error *err);

/* The charset an HTML page declares in a <meta> in its first
 * TALLY_META_WINDOW bytes, lower-cased into label; 0 when none. */
#define TALLY_META_WINDOW 4096
int tally_meta_charset(const char *bytes, size_t n, char *label, size_t labellen);

#endif
