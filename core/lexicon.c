/* The word lexicon (lexicon.h): a walk down the character trie for every
 * word starting at a position, and the cheapest path through them
 * (jieba's method: each word costs -ln of its relative frequency, the
 * segmentation with the least total cost is the likeliest). */
#include "lexicon.h"

#include <math.h>
#include <string.h>

#include "lexicon_data.h"
#include "utf8_scan.h"

/* jieba's word length limit in the generator is 8 characters; the generator
 * refuses a word longer than this */
#define MAX_WORD_BYTES 32
#define MAX_CHARS TALLY_LEX_MAX_CHARS
/* the id of an ASCII run, which the segmenter takes as one character */
#define RUN 0xFFFFFFFFu

/* The lexicon's id of code point c; 0 when no word has it. */
static unsigned id_of(uint32_t c)
{
    return tally_lex_char_ids[(size_t)tally_lex_char_pages[c >> 8] * 256 + (c & 255)];
}

/* The id of the character at u[*k] (below end), advancing *k past it; 0 when
 * no word has it or the bytes there are not well-formed UTF-8 (the words
 * are, so a malformed or overlong sequence matches none of them, as a
 * bytewise comparison would have it). */
static unsigned char_id(const unsigned char *u, size_t end, size_t *k)
{
    size_t i = *k;
    uint32_t c = u[i];
    if (c < 0x80) {
        *k = i + 1;
        return id_of(c);
    }
    size_t n;
    uint32_t least;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 1, c &= 0x1F, least = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 2, c &= 0x0F, least = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3, c &= 0x07, least = 0x10000;
    } else {
        return 0;
    }
    if (end - i <= n)
        return 0;
    for (size_t j = 1; j <= n; j++) {
        if ((u[i + j] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (u[i + j] & 0x3F);
    }
    if (c < least || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *k = i + n + 1;
    return id_of(c);
}

/* The trie node reached from node x by character id, by bisection over x's
 * children; 0 (the root, never a child) when no word continues so. */
static unsigned child_search(unsigned x, unsigned id)
{
    unsigned a = tally_lex_first[x], end = tally_lex_first[x + 1], b = end;
    while (a < b) { /* the children are sorted by id */
        unsigned m = a + (b - a) / 2;
        if (tally_lex_label[m] < id)
            a = m + 1;
        else
            b = m;
    }
    return a < end && tally_lex_label[a] == id ? a : 0;
}

/* Steps down from a node with many children (the first character of a
 * word: 中 has over a thousand) are remembered per thread: bisecting such a
 * list took ~10 probes, and a report repeats its words. The trie is
 * constant, so what is remembered never goes stale. */
enum { WIDE = 16, MEMO_BITS = 12 };
typedef struct child_memo {
    unsigned key; /* x * 65536 + id (x < 2^16: the wide nodes are shallow) */
    unsigned to;
} child_memo;
static _Thread_local child_memo memo[1u << MEMO_BITS];

/* The trie node reached from node x by character id; 0 (the root, never a
 * child) when no word continues so. */
static unsigned child(unsigned x, unsigned id)
{
    if (x == 0) /* node c is the word-initial character c */
        return id <= tally_lex_root_count ? id : 0;
    if (tally_lex_first[x + 1] - tally_lex_first[x] <= WIDE || x >= 65536 || id >= 65536)
        return child_search(x, id);
    unsigned key = x << 16 | id;
    child_memo *m = &memo[(key * 2654435761u) >> (32 - MEMO_BITS)];
    if (m->key != key) { /* key 0 is never asked: x > 0 here */
        m->key = key;
        m->to = child_search(x, id);
    }
    return m->to;
}

/* Walks from node x (0: the root) over the characters of u[k, end): the
 * node reached, 0 when no word continues so. */
static unsigned walk(unsigned x, const unsigned char *u, size_t k, size_t end)
{
    while (k < end) {
        unsigned id = char_id(u, end, &k);
        x = id ? child(x, id) : 0;
        if (!x)
            return 0;
    }
    return x;
}

static lex_class class_of(const char *tag)
{
    switch (tag[0]) {
    case 'n':
        if (tag[1] == 's')
            return LEX_PLACE;
        if (tag[1] == 'r')
            return LEX_NAME;
        return LEX_NOUN;
    case 'j':
        return LEX_NOUN;
    case 'v':
        return tag[1] == 'n' ? LEX_VNOUN : LEX_VERB;
    case 'b':
        return LEX_ADJNOUN;
    case 'a':
        return tag[1] == 'n' ? LEX_ADJNOUN : LEX_ADJ;
    case 'z':
        return tag[1] == 'g' ? LEX_OTHER : LEX_ADJ;
    case 'd':
        return LEX_ADV;
    case 'p':
        return LEX_PREP;
    case 'c':
        return LEX_CONJ;
    case 'u':
    case 'y':
    case 'e':
    case 'o':
        return LEX_PARTICLE;
    case 'm':
        return LEX_NUMERAL;
    case 'q':
        return LEX_MEASURE;
    case 'r':
        return LEX_PRONOUN;
    case 't':
        return LEX_TIME;
    case 'f':
        return LEX_LOCATIVE;
    case 's':
        return LEX_SPACE;
    case 'i':
    case 'l':
        return LEX_IDIOM;
    default:
        return LEX_OTHER;
    }
}

unsigned tally_lex_cost_of(unsigned freq)
{
    double c = tally_lex_unknown_cost - 64 * log(freq ? freq : 1);
    return c > 0 ? (unsigned)c : 0;
}

const char *tally_lex_tag_name(int tag)
{
    return tag >= 0 && (unsigned)tag < tally_lex_tag_count ? tally_lex_tag_names[tag] : NULL;
}

int tally_lex_lookup(const char *w, size_t len, lex_class *cls, int *tag)
{
    if (len == 0 || len > MAX_WORD_BYTES)
        return 0;
    unsigned x = walk(0, (const unsigned char *)w, 0, len);
    if (!x || tally_lex_tag[x] == TALLY_LEX_NO_TAG)
        return 0;
    *tag = tally_lex_tag[x];
    *cls = class_of(tally_lex_tag_names[*tag]);
    return 1;
}

static int is_han_cp(uint32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

static int ascii_word(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           c == '.' || c == '&' || c == '+' || c == '#';
}

/* The lexicon's id of the character c that utf8_next read from u[i, e):
 * as char_id gives it, 0 for a sequence that is not well formed (utf8_next
 * reads overlong forms and surrogates, and gives U+FFFD for a bad byte). */
static unsigned decoded_id(const unsigned char *u, size_t i, size_t e, uint32_t c)
{
    static const uint32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
    size_t n = e - i;
    if (n == 1)
        return u[i] < 0x80 ? id_of(c) : 0;
    if (c < least[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || (n == 2 && u[i] < 0xC2))
        return 0;
    return id_of(c);
}

size_t tally_lex_segment(const char *s, size_t a, size_t b, lex_word *out, size_t max)
{
    const unsigned char *u = (const unsigned char *)s;
    /* each character's byte offset, whether it is Han, and its lexicon id,
     * read once for the walks from every position before it: 0 when no
     * word holds it, RUN for an ASCII run, whose letters are walked one by
     * one */
    size_t pos[MAX_CHARS + 1];
    unsigned id[MAX_CHARS];
    unsigned char han[MAX_CHARS + 1];
    size_t n = 0, i = a;
    for (; i < b && n < MAX_CHARS; n++) {
        pos[n] = i;
        if (ascii_word(u[i])) { /* an ASCII run is one character here */
            size_t e = i + 1;
            while (e < b && ascii_word(u[e]))
                e++;
            han[n] = 0;
            id[n] = e - i > 1 ? RUN : id_of(u[i]);
            i = e;
        } else {
            size_t e = i;
            uint32_t c = utf8_next(s, b, &e);
            han[n] = (unsigned char)is_han_cp(c);
            id[n] = decoded_id(u, i, e, c);
            i = e;
        }
    }
    pos[n] = i;
    if (n == MAX_CHARS && id[n - 1] == RUN) { /* cut after the run's first letter */
        pos[n] = pos[n - 1] + 1;
        id[n - 1] = id_of(u[pos[n - 1]]);
    }
    han[n] = 0;
    /* cost[i]: the cheapest segmentation of characters i..n; next[i]: where
     * its first word ends; tagof[i]: that word's tag (-1: not a word) */
    unsigned cost[MAX_CHARS + 1];
    unsigned short next[MAX_CHARS + 1];
    short tagof[MAX_CHARS + 1];
    unsigned short wcost[MAX_CHARS + 1];
    cost[n] = 0;
    for (size_t i = n; i-- > 0;) {
        /* not a word: one character on its own */
        cost[i] = tally_lex_unknown_cost + cost[i + 1];
        next[i] = (unsigned short)(i + 1);
        tagof[i] = -1;
        wcost[i] = tally_lex_unknown_cost;
        if (!han[i] && !ascii_word(u[pos[i]])) {
            cost[i] = cost[i + 1]; /* punctuation is free: no path avoids it */
            continue;
        }
        if (id[i] == 0 || (id[i] != RUN && id[i] > tally_lex_root_count))
            continue; /* no word starts with this character */
        /* every word starting here: one trie step per character */
        unsigned x = 0;
        for (size_t j = i + 1; j <= n && pos[j] - pos[i] <= MAX_WORD_BYTES; j++) {
            if (id[j - 1] != RUN)
                x = child(x, id[j - 1]);
            else
                x = walk(x, u, pos[j - 1], pos[j]);
            if (!x)
                break;
            if (tally_lex_tag[x] != TALLY_LEX_NO_TAG) {
                unsigned w = tally_lex_cost[x] + cost[j];
                if (w < cost[i] || (tagof[i] < 0 && j == i + 1 && w == cost[i])) {
                    cost[i] = w;
                    next[i] = (unsigned short)j;
                    tagof[i] = tally_lex_tag[x];
                    wcost[i] = tally_lex_cost[x];
                }
            }
        }
    }
    size_t m = 0;
    for (size_t i = 0; i < n && m < max;) {
        size_t j = next[i];
        lex_word w = {pos[i], pos[j], LEX_OTHER, tagof[i], wcost[i]};
        if (tagof[i] >= 0) {
            w.cls = class_of(tally_lex_tag_names[tagof[i]]);
        } else if (ascii_word((unsigned char)s[pos[i]])) {
            w.cls = LEX_ASCII;
        } else if (han[i]) {
            /* a run of characters the lexicon lacks is one unknown word */
            w.cls = LEX_UNKNOWN;
            while (j < n && tagof[j] < 0 && next[j] == j + 1 && han[j])
                j++;
            w.stop = pos[j];
        } else {
            w.cls = LEX_PUNCT;
        }
        out[m++] = w;
        i = j;
    }
    return m;
}

size_t tally_lex_unit_end(const char *s, size_t i, size_t b, int *cut)
{
    const unsigned char *u = (const unsigned char *)s;
    *cut = 0;
    if (ascii_word(u[i])) {
        while (i < b && ascii_word(u[i]))
            i++;
        return i;
    }
    /* as tally_lex_segment reads it: the character's extent by utf8_next,
     * Han or not, and its id when it is well formed there */
    size_t e = i, q = i;
    uint32_t c = utf8_next(s, b, &e);
    if (is_han_cp(c))
        return e;
    unsigned id = char_id(u, e, &q);
    *cut = q != e || id == 0;
    return e;
}

unsigned tally_lex_unknown_cost_value(void)
{
    return tally_lex_unknown_cost;
}
