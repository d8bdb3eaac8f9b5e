/* Measures (举措): the items of the lists a report announces its actions in,
 * as measures.md defines them: 是-items, ordinal words, section numbers and
 * runs of topic blocks, nested, with the count their intro declares. */
#ifndef TALLY_MEASURES_H
#define TALLY_MEASURES_H

#include "tally/structure.h"
#include "tally/tally.h"

typedef enum tally_list_style {
    TALLY_LIST_SHI,     /* 一是 二是 … */
    TALLY_LIST_ORDINAL, /* 首先 其次 第三 … 最后 */
    TALLY_LIST_SECTION, /* 一、 （一） 1. 1、 (1) */
    TALLY_LIST_TOPIC    /* 在…方面, 在…上 */
} tally_list_style;

const char *tally_list_style_name(tally_list_style style);

typedef struct tally_measure {
    tally_span marker;   /* as written: 一是, 首先, 一、, （二）, 在服务企业方面 */
    tally_span headline; /* empty when the item has none */
    tally_span text;     /* from the marker to the item's end */
    tally_span intro;    /* the announcing clause; empty when there is none */
    int ordinal;
    int list;            /* 1-based id shared by the items of one list */
    int level;           /* 1 for a top list */
    size_t parent;       /* 1-based index of the enclosing item, 0 for none */
    int declared;        /* the count the intro states, 0 for none */
    tally_list_style style;
} tally_measure;

/* Finds the measures in the body of a text (structure from
 * tally_structure_build). Fills *out (malloc'd, free() it) and *n in document
 * order; returns 0, or -1 with err set. */
int tally_measures_find(const char *text, size_t len, const tally_structure *s,
                        tally_measure **out, size_t *n, tally_error *err);

/* Reads a count at t[i]: Chinese numerals (四, 十一, 两, 二十) or Arabic
 * digits. Returns the value and sets *end, or returns -1. */
long tally_count_at(const char *t, size_t i, size_t stop, size_t *end);

#endif
