/* The last stage of decoding, on UTF-8: every ill-formed sequence becomes one
 * U+FFFD per maximal subpart, CRLF and CR become LF, and the text is put in a
 * Unicode normal form, normalizing only the spans that need it. */
#ifndef TALLY_UTF8_TEXT_H
#define TALLY_UTF8_TEXT_H

#include <stddef.h>

typedef enum tally_norm_form {
    TALLY_NFC = 0,
    TALLY_NFKC,
    TALLY_NFD,
    TALLY_NFKD
} tally_norm_form;

/* Told of each ill-formed sequence: its byte offset in the input and length. */
typedef void (*tally_invalid_fn)(void *ud, size_t offset, size_t length);

/* Finishes buf[0..len): buf is malloc'd with buf[len] writable. The text is
 * rewritten in place while it only shrinks, so already finished UTF-8 (the
 * common case) is neither copied nor converted. Returns the finished,
 * NUL-terminated text (buf itself, or a new buffer after buf is freed), or
 * NULL when memory runs out (buf freed). strip_feff drops every U+FEFF at the
 * start of the text (the BOM and any zero-width no-break spaces after it). */
char *tally_utf8_finish(char *buf, size_t len, tally_norm_form form, int strip_feff,
                        tally_invalid_fn on_invalid, void *ud, size_t *out_len);

#endif
