/* Turning the bytes of a file into the UTF-8, NFC, LF-terminated text that
 * every offset in tally refers to. */
#ifndef TALLY_DECODER_H
#define TALLY_DECODER_H

#include "tally/tally.h"

typedef enum tally_decode_status {
    TALLY_DECODE_OK = 0,
    TALLY_DECODE_BINARY,    /* NUL bytes outside a UTF-16 text */
    TALLY_DECODE_ENCODING,  /* unknown encoding name or converter failure */
    TALLY_DECODE_NOMEM,
    TALLY_DECODE_TOO_LARGE  /* more than TALLY_DECODE_MAX bytes */
} tally_decode_status;

/* The largest file tally decodes: 1 GiB. Offsets and ICU's 32-bit lengths
 * stay far from overflowing below it, and no report comes near it. */
#define TALLY_DECODE_MAX ((size_t)1 << 30)

typedef struct tally_decoded {
    char *text;          /* malloc'd, NUL-terminated UTF-8 */
    size_t len;
    char encoding[40];   /* the encoding used, e.g. "UTF-8", "GB18030", "Big5" */
    size_t invalid;      /* how many invalid byte sequences became U+FFFD */
} tally_decoded;

/* Decodes bytes. encoding NULL or "" detects it (docs/engine.md): a BOM, a
 * charset an HTML page declares, then each candidate encoding decodes a
 * sample that is scored as Chinese text; warn hears when the choice is
 * uncertain. Each invalid sequence becomes U+FFFD (one per maximal subpart)
 * and is reported through warn with its byte offset in the input. Leading
 * U+FEFF characters (the BOM and any after it) are dropped. */
tally_decode_status tally_decode(const char *bytes, size_t n, const char *encoding,
                                 tally_decoded *out, tally_warn_fn warn, void *warn_ud,
                                 tally_error *err);

/* tally_decode for a malloc'd buffer with bytes[n] writable, which it takes:
 * UTF-8 text that is already finished becomes out->text without a copy. */
tally_decode_status tally_decode_take(char *bytes, size_t n, const char *encoding,
                                      tally_decoded *out, tally_warn_fn warn, void *warn_ud,
                                      tally_error *err);

/* Normalizes UTF-8 text to NFC (or NFKC, NFD, NFKD) with LF line ends. */
char *tally_normalize(const char *text, size_t len, const char *form, size_t *out_len,
                      tally_error *err);

#endif
