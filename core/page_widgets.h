/* Widgets a saved page carries inside what reads as its body: a market ticker
 * (上证指数 3245.67 +0.53% …), a weather box (多云 18℃~26℃), a line of
 * counters (阅读 2.3万 | 评论 12), a readers' comment section. Their numbers
 * are not the report's figures (docs/figures.md "Page furniture"); the rules
 * are rows of page_widgets_tables.c. */
#ifndef TALLY_PAGE_WIDGETS_H
#define TALLY_PAGE_WIDGETS_H

#include "tally/structure.h"

/* A rule, matched by PCRE2 on a body paragraph folded to Simplified. */
typedef struct tally_widget_rule {
    const char *name;
    const char *pattern;
    int min_matches;  /* the paragraph is a widget when the pattern matches this often */
    int max_chars;    /* only paragraphs of at most this many characters */
    int plain_line;   /* only paragraphs without ，。；！？ (a sentence is no widget) */
    int opens_block;  /* the paragraphs after it (each at most BLOCK_CHARS) belong to it */
    const char *needs; /* bytes the paragraph must hold for the rule to be tried, or NULL */
} tally_widget_rule;

extern const tally_widget_rule tally_widget_rules[]; /* NULL name ends it */
extern const int tally_widget_block_chars;           /* a block's paragraphs: at most this long */
extern const int tally_widget_block_paragraphs;      /* and at most this many */

/* The body paragraphs of st that are widgets, in text order, as a malloc'd
 * array (*out NULL when there are none). Returns 0, or -1 when out of memory
 * (or the rules do not compile) with *out NULL and *n 0. */
int tally_page_widgets(const char *text, size_t len, const tally_structure *st, tally_span **out,
                       size_t *n);

#endif
