/* Paragraphs, sentences and tokens of a UTF-8 text, as byte spans. */
#ifndef TALLY_SEGMENT_H
#define TALLY_SEGMENT_H

#include <stdint.h>

#include "tally/tally.h"

typedef enum tally_token_kind {
    TALLY_TOKEN_WORD,    /* CJK or other letters that are not Latin */
    TALLY_TOKEN_NUMBER,  /* digits, with their decimal point and separators */
    TALLY_TOKEN_LATIN,   /* words in Latin letters */
    TALLY_TOKEN_PUNCT,   /* punctuation and symbols */
    TALLY_TOKEN_SPACE    /* white space, line breaks included */
} tally_token_kind;

/* 12 bytes: a 10 MB text has 3.4 million tokens. Offsets fit 32 bits since
 * tally_tokens refuses texts of 4 GiB and more. */
typedef struct tally_token {
    uint32_t start;
    uint32_t stop;
    tally_token_kind kind;
} tally_token;

const char *tally_token_kind_name(tally_token_kind kind);

/* Each function fills *out with a malloc'd array (free() it) and *n; returns 0,
 * or -1 with err set. */
int tally_paragraphs(const char *text, size_t len, tally_span **out, size_t *n, tally_error *err);
int tally_sentences(const char *text, size_t len, tally_span **out, size_t *n, tally_error *err);
int tally_tokens(const char *text, size_t len, tally_token **out, size_t *n, tally_error *err);

#endif
