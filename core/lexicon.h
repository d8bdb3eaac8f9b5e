/* A part-of-speech lexicon of Chinese words and a segmenter over it: the
 * clause analysis of the figure scanner (figure_subject.c) reads a clause as
 * words with their word class. The words and tags are jieba's dictionary
 * (docs/figures.md says why), compiled into the binary at build time. */
#ifndef TALLY_LEXICON_H
#define TALLY_LEXICON_H

#include <stddef.h>

/* Word classes, coarser than jieba's tags: what the clause analysis asks. */
typedef enum lex_class {
    LEX_NOUN,     /* n, nz, ng, nt, j (abbreviation), l/i used as names */
    LEX_PLACE,    /* ns: 湖南省, 深圳 */
    LEX_NAME,     /* nr: person names */
    LEX_VNOUN,    /* vn: 出口, 投资 (a verb used as a noun) */
    LEX_ADJNOUN,  /* an, b: 同期, 省级, 主要 (distinguishing words) */
    LEX_VERB,     /* v, vd, vi, vg */
    LEX_ADJ,      /* a, ad, ag, z */
    LEX_ADV,      /* d, df, dg */
    LEX_PREP,     /* p */
    LEX_CONJ,     /* c */
    LEX_PARTICLE, /* u*, y, e, o */
    LEX_NUMERAL,  /* m, mq */
    LEX_MEASURE,  /* q */
    LEX_PRONOUN,  /* r */
    LEX_TIME,     /* t, tg */
    LEX_LOCATIVE, /* f: 以上, 中, 内 */
    LEX_SPACE,    /* s: 海外, 境外, 省内 (place words that modify a noun) */
    LEX_IDIOM,    /* i, l */
    LEX_ASCII,    /* a run of ASCII letters and digits: GDP, 5G */
    LEX_PUNCT,    /* punctuation and space */
    LEX_UNKNOWN,  /* Han characters the lexicon lacks, run together */
    LEX_OTHER
} lex_class;

typedef struct lex_word {
    size_t start, stop; /* bytes */
    lex_class cls;
    int tag;            /* jieba's tag (tally_lex_tag_name), -1 when not in the lexicon */
    unsigned cost;      /* -ln(relative frequency) in 1/64 units; high for a rare word */
} lex_word;

/* The cost of a word seen freq times in the lexicon's source: a word whose
 * cost is higher is rarer than that. */
unsigned tally_lex_cost_of(unsigned freq);

/* The class and tag of a whole word; 0 when the lexicon lacks it. */
int tally_lex_lookup(const char *w, size_t len, lex_class *cls, int *tag);

/* jieba's tag name for a tag (n, v, vn ...). */
const char *tally_lex_tag_name(int tag);

/* The most characters (an ASCII run counts as one) of a span
 * tally_lex_segment reads; a longer span is cut after that many. */
#define TALLY_LEX_MAX_CHARS 256

/* Segments s[a, b) into at most max words, the likeliest segmentation under
 * the lexicon's word frequencies; returns how many (a text longer than max
 * words or TALLY_LEX_MAX_CHARS characters is cut: callers pass a clause). */
size_t tally_lex_segment(const char *s, size_t a, size_t b, lex_word *out, size_t max);

/* The segmenter's unit at s[i] (i < b): a character, or a run of ASCII
 * letters and digits; returns where it ends. *cut is 1 for a character that
 * no word of the lexicon holds and that is not Han (，。、 and the like): no
 * word reaches across it and it costs nothing, so the segmentation of a
 * span holding it is that of the two sides with the character between as a
 * word of its own (LEX_PUNCT, tag -1, cost tally_lex_unknown_cost_value()).
 * lex_cache.c cuts spans there to reuse the sides. */
size_t tally_lex_unit_end(const char *s, size_t i, size_t b, int *cut);

/* The cost of a character the lexicon lacks (the cost of a punctuation word). */
unsigned tally_lex_unknown_cost_value(void);

#endif
