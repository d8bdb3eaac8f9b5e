/* Splitting text into paragraphs, sentences and tokens. ICU's break
 * iterators walk the UTF-8 bytes directly (utext_openUTF8), so every boundary
 * they return is already a byte offset. */
#include "tally/segment.h"
#include "tally/deadline.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

static UBreakIterator *word_template, *sentence_template;
static UErrorCode template_status = U_ZERO_ERROR;
static pthread_once_t template_once = PTHREAD_ONCE_INIT;

/* Opening a break iterator loads its rules and dictionaries; cloning one is
 * cheap and safe from several threads, so each call clones a template. */
static void close_templates(void)
{
    ubrk_close(word_template);
    ubrk_close(sentence_template);
}

static void open_templates(void)
{
    atexit(close_templates);
    word_template = ubrk_open(UBRK_WORD, "zh", NULL, 0, &template_status);
    if (U_SUCCESS(template_status))
        sentence_template = ubrk_open(UBRK_SENTENCE, "zh", NULL, 0, &template_status);
}

static UBreakIterator *open_iterator(int sentence, const char *text, size_t len, UText **ut,
                                     tally_error *err)
{
    pthread_once(&template_once, open_templates);
    if (U_FAILURE(template_status)) {
        tally_error_set(err, "ICU break iterator unavailable: %s", u_errorName(template_status));
        return NULL;
    }
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_clone(sentence ? sentence_template : word_template, &st);
    if (U_SUCCESS(st))
        *ut = utext_openUTF8(NULL, text, (int64_t)len, &st);
    if (U_SUCCESS(st))
        ubrk_setUText(bi, *ut, &st);
    if (U_FAILURE(st)) {
        tally_error_set(err, "ICU break iterator failed: %s", u_errorName(st));
        if (bi)
            ubrk_close(bi);
        return NULL;
    }
    return bi;
}

const char *tally_token_kind_name(tally_token_kind kind)
{
    static const char *const names[] = {"word", "number", "latin", "punct", "space"};
    return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "punct";
}

static UChar32 next_cp(const char *text, size_t len, size_t *i)
{
    UChar32 c;
    int32_t at = (int32_t)*i;
    U8_NEXT_OR_FFFD((const uint8_t *)text, at, (int32_t)len, c);
    *i = (size_t)at;
    return c;
}

static UChar32 prev_cp(const char *text, size_t *i)
{
    UChar32 c;
    int32_t at = (int32_t)*i;
    U8_PREV_OR_FFFD((const uint8_t *)text, 0, at, c);
    *i = (size_t)at;
    return c;
}

static int is_space(UChar32 c)
{
    return u_isUWhiteSpace(c) || c == 0xFEFF;
}

/* Narrows [*start, *stop) past white space at both ends; 0 if nothing is left. */
static int trim(const char *text, size_t *start, size_t *stop)
{
    while (*start < *stop) {
        size_t i = *start;
        if (!is_space(next_cp(text, *stop, &i)))
            break;
        *start = i;
    }
    while (*stop > *start) {
        size_t i = *stop;
        if (!is_space(prev_cp(text, &i)))
            break;
        *stop = i;
    }
    return *stop > *start;
}

typedef struct span_vec {
    tally_span *v;
    size_t n, cap;
} span_vec;

static int push_span(span_vec *sv, size_t start, size_t stop)
{
    if (sv->n == sv->cap) {
        size_t cap = sv->cap ? sv->cap * 2 : 64;
        tally_span *v = realloc(sv->v, cap * sizeof *v);
        if (!v)
            return -1;
        sv->v = v, sv->cap = cap;
    }
    sv->v[sv->n].start = start;
    sv->v[sv->n].stop = stop;
    sv->n++;
    return 0;
}

int tally_paragraphs(const char *text, size_t len, tally_span **out, size_t *n, tally_error *err)
{
    span_vec sv = {0};
    size_t line = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || text[i] == '\n') {
            size_t a = line, b = i;
            if (trim(text, &a, &b) && push_span(&sv, a, b) < 0) {
                free(sv.v);
                tally_error_set(err, "out of memory");
                return -1;
            }
            line = i + 1;
        }
    }
    *out = sv.v;
    *n = sv.n;
    return 0;
}

/* Closing quotes and brackets that stay with the sentence they close. */
static int is_closer(UChar32 c)
{
    return c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == ')' || c == 0xFF09 ||
           c == 0x300D || c == 0x300F || c == 0x3011 || c == 0x300B || c == 0x3009 || c == ']';
}

static int is_terminal(UChar32 c)
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == 0xFF61;
}

/* List markers (measures.md): a ； before one of them ends the sentence, as
 * each item of a list is read on its own. Words that open an item: */
static const char *const list_item_words[] = {"首先", "其次", "再次", "最后", "最後", "其一",
                                              "其二", "其三", "其四", "其五", NULL};
/* after a Chinese numeral: 二是, 三要 */
static const char *const list_numeral_joins[] = {"是", "要", NULL};
/* after 第N: 第二，(第二届 is no marker) */
static const char *const list_ordinal_seps[] = {"，", ",", "、", "：", ":", NULL};
/* after Arabic digits: 2、 (2.5 is a number) */
static const char *const list_digit_seps[] = {"、", NULL};

static int chinese_digit(UChar32 c)
{
    static const UChar32 digits[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                     0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};
    for (size_t k = 0; k < sizeof digits / sizeof *digits; k++)
        if (c == digits[k])
            return 1;
    return 0;
}

static int starts_with_any(const char *text, size_t len, size_t i, const char *const *words)
{
    for (size_t k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        if (i + l <= len && memcmp(text + i, words[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Skips a run of Chinese numerals (or ASCII digits when ascii) from *i;
 * returns how many characters it read. */
static int skip_numerals(const char *text, size_t len, size_t *i, int ascii)
{
    int n = 0;
    while (*i < len) {
        size_t k = *i;
        UChar32 c = next_cp(text, len, &k);
        if (!(ascii ? (c >= '0' && c <= '9') : chinese_digit(c)))
            break;
        *i = k;
        n++;
    }
    return n;
}

/* Whether a list item opens at i: 其次, 二是, 第二，, （二）, (2), 2、 */
static int list_item_at(const char *text, size_t len, size_t i)
{
    while (i < len) {
        size_t k = i;
        if (!is_space(next_cp(text, len, &k)))
            break;
        i = k;
    }
    if (starts_with_any(text, len, i, list_item_words))
        return 1;
    size_t k = i;
    UChar32 c = i < len ? next_cp(text, len, &k) : 0;
    if (c == 0xFF08 || c == '(') {
        if (!skip_numerals(text, len, &k, 0) && !skip_numerals(text, len, &k, 1))
            return 0;
        c = k < len ? next_cp(text, len, &k) : 0;
        return c == 0xFF09 || c == ')';
    }
    if (c == 0x7B2C /* 第 */)
        return skip_numerals(text, len, &k, 0) && starts_with_any(text, len, k, list_ordinal_seps);
    k = i;
    if (skip_numerals(text, len, &k, 0))
        return starts_with_any(text, len, k, list_numeral_joins);
    return skip_numerals(text, len, &k, 1) && starts_with_any(text, len, k, list_digit_seps);
}

/* Adds the sentences of [start, stop) — one ICU sentence — splitting it further
 * after every Chinese sentence end ICU let through, and after a ； that a list
 * item follows. */
static int push_sentences(span_vec *sv, const char *text, size_t start, size_t stop)
{
    size_t from = start, i = start;
    while (i < stop) {
        UChar32 c = next_cp(text, stop, &i);
        if (c == '\n') {
            size_t a = from, b = i;
            if (trim(text, &a, &b) && push_span(sv, a, b) < 0)
                return -1;
            from = i;
        } else if ((c == 0xFF1B || c == ';') && list_item_at(text, stop, i)) {
            size_t a = from, b = i;
            if (trim(text, &a, &b) && push_span(sv, a, b) < 0)
                return -1;
            from = i;
        } else if (is_terminal(c)) {
            size_t j = i;
            while (j < stop) {
                size_t k = j;
                UChar32 d = next_cp(text, stop, &k);
                if (!is_terminal(d) && !is_closer(d))
                    break;
                j = k;
            }
            size_t a = from, b = j;
            if (trim(text, &a, &b) && push_span(sv, a, b) < 0)
                return -1;
            from = i = j;
        }
    }
    size_t a = from, b = stop;
    if (trim(text, &a, &b) && push_span(sv, a, b) < 0)
        return -1;
    return 0;
}

/* A digit of a numeral: Arabic (ASCII, full-width) or Chinese, with the zeros
 * 〇 零 ○. */
static int numeral_digit(UChar32 c)
{
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || chinese_digit(c) ||
           c == 0x3007 || c == 0x96F6 || c == 0x25CB;
}

/* Whether ICU's sentence break at cur follows a full-width point set as a
 * decimal point between two digits (六四〇．五億, １２３．５), or an ASCII
 * point between Chinese digits (三.五億元, as web copy types it): no
 * sentence ends inside a number. */
static int decimal_point_break(const char *text, size_t len, size_t cur)
{
    size_t pl = 0;
    if (cur >= 4 && cur < len && memcmp(text + cur - 3, "\xEF\xBC\x8E", 3) == 0)
        pl = 3;
    else if (cur >= 2 && cur < len && text[cur - 1] == '.')
        pl = 1;
    if (!pl)
        return 0;
    size_t q = cur - pl - 1, k = cur; /* the character before the point */
    while (q > 0 && ((unsigned char)text[q] & 0xC0) == 0x80)
        q--;
    UChar32 before = next_cp(text, len, &q);
    return numeral_digit(before) && numeral_digit(next_cp(text, len, &k));
}

int tally_sentences(const char *text, size_t len, tally_span **out, size_t *n, tally_error *err)
{
    UText *ut = NULL;
    UBreakIterator *bi = open_iterator(1, text, len, &ut, err);
    if (!bi)
        return -1;
    span_vec sv = {0};
    unsigned steps = 0;
    int32_t prev = ubrk_first(bi);
    for (int32_t cur = ubrk_next(bi); cur != UBRK_DONE; prev = cur, cur = ubrk_next(bi)) {
        if (cur <= prev)
            continue;
        if (decimal_point_break(text, len, (size_t)cur)) {
            cur = prev; /* the sentence goes on after the point */
            continue;
        }
        int late = tally_deadline_every(&steps, 1024);
        if (late || push_sentences(&sv, text, (size_t)prev, (size_t)cur) < 0) {
            free(sv.v);
            ubrk_close(bi);
            utext_close(ut);
            tally_error_set(err, "%s", late ? "sentences: " TALLY_DEADLINE_MESSAGE : "out of memory");
            return -1;
        }
    }
    ubrk_close(bi);
    utext_close(ut);
    *out = sv.v;
    *n = sv.n;
    return 0;
}

static tally_token_kind classify(const char *text, size_t start, size_t stop, int32_t status)
{
    size_t i = start;
    UChar32 c = next_cp(text, stop, &i);
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT)
        return TALLY_TOKEN_NUMBER;
    if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT) {
        UErrorCode st = U_ZERO_ERROR;
        return uscript_getScript(c, &st) == USCRIPT_LATIN ? TALLY_TOKEN_LATIN : TALLY_TOKEN_WORD;
    }
    if (status >= UBRK_WORD_KANA && status < UBRK_WORD_IDEO_LIMIT)
        return TALLY_TOKEN_WORD;
    for (i = start; i < stop;)
        if (!is_space(next_cp(text, stop, &i)))
            return u_isdigit(c) ? TALLY_TOKEN_NUMBER : TALLY_TOKEN_PUNCT;
    return TALLY_TOKEN_SPACE;
}

int tally_tokens(const char *text, size_t len, tally_token **out, size_t *n, tally_error *err)
{
    if (len >= UINT32_MAX) {
        tally_error_set(err, "tokens: a text of 4 GiB or more");
        return -1;
    }
    UText *ut = NULL;
    UBreakIterator *bi = open_iterator(0, text, len, &ut, err);
    if (!bi)
        return -1;
    tally_token *v = NULL;
    size_t cnt = 0, cap = 0;
    unsigned steps = 0;
    int32_t prev = ubrk_first(bi);
    for (int32_t cur = ubrk_next(bi); cur != UBRK_DONE; prev = cur, cur = ubrk_next(bi)) {
        if (cur <= prev)
            continue; /* a boundary that moves backwards would be an ICU bug */
        if (tally_deadline_every(&steps, 4096)) {
            free(v);
            ubrk_close(bi);
            utext_close(ut);
            tally_error_set(err, "tokens: %s", TALLY_DEADLINE_MESSAGE);
            return -1;
        }
        if (cnt == cap) {
            cap = cap ? cap * 2 : 256;
            tally_token *bigger = realloc(v, cap * sizeof *v);
            if (!bigger) {
                free(v);
                ubrk_close(bi);
                utext_close(ut);
                tally_error_set(err, "out of memory");
                return -1;
            }
            v = bigger;
        }
        v[cnt].start = (uint32_t)prev;
        v[cnt].stop = (uint32_t)cur;
        v[cnt].kind = classify(text, (size_t)prev, (size_t)cur, ubrk_getRuleStatus(bi));
        cnt++;
    }
    ubrk_close(bi);
    utext_close(ut);
    *out = v;
    *n = cnt;
    return 0;
}
