/* What a report page says about itself (title, date, source, authors,
 * region, script), what is page furniture rather than report (boilerplate),
 * the interview turns, and the body left when the furniture is taken out. */
#ifndef TALLY_STRUCTURE_H
#define TALLY_STRUCTURE_H

#include "tally/tally.h"

typedef enum tally_boilerplate_kind {
    TALLY_BOILERPLATE_COPYRIGHT,    /* 版权声明 and its numbered clauses */
    TALLY_BOILERPLATE_SHARE,        /* 分享至手機, 扫一扫, 打印 */
    TALLY_BOILERPLATE_RELATED,      /* 相关新闻, 最新推薦 and the list after it */
    TALLY_BOILERPLATE_NAVIGATION,   /* 首页, breadcrumbs, > 正文 */
    TALLY_BOILERPLATE_CREDITS,      /* 策劃:, 編導:, 製作: and the producers after them */
    TALLY_BOILERPLATE_LOAD_MORE,    /* 加載更多, 展开全文 */
    TALLY_BOILERPLATE_BYLINE,       /* 记者 …, 編輯:…, (作者为…), ◎name */
    TALLY_BOILERPLATE_DATELINE,     /* the line with the date and 来源, a masthead */
    TALLY_BOILERPLATE_CAPTION,      /* photo captions: …供图, …攝 */
    TALLY_BOILERPLATE_FRONT_MATTER, /* a Markdown file's YAML front matter */
    TALLY_BOILERPLATE_SIGNATURE     /* the issuer above a closing date: 浙江省商务厅 */
} tally_boilerplate_kind;

const char *tally_boilerplate_kind_name(tally_boilerplate_kind kind);

typedef struct tally_boilerplate {
    tally_span span;
    tally_boilerplate_kind kind;
} tally_boilerplate;

/* One turn of an interview: the speaker's label and what follows it, up to
 * the next turn. asks is 1 for the interviewer (记者, a medium's name). */
typedef struct tally_turn {
    tally_span speaker;
    tally_span text;
    int asks;
} tally_turn;

/* Every string is malloc'd UTF-8 or NULL where the page does not say. */
typedef struct tally_meta {
    char *title;
    char *date;    /* ISO 8601: 2021-10-18T10:34:07 or 2021-10-18 */
    char *source;
    char **authors;
    size_t n_authors;
    char *region;  /* full Simplified name: 青海省, 徐州市 */
    const char *script; /* "Hans" or "Hant" */
    const char *lang;   /* "zh", or "und" when the text is not Chinese */
} tally_meta;

typedef struct tally_structure {
    tally_meta meta;
    tally_boilerplate *boilerplate; /* in text order, not overlapping */
    size_t n_boilerplate;
    tally_span *body;               /* the body paragraphs: paragraphs less boilerplate */
    size_t n_body;
    tally_turn *turns;
    size_t n_turns;
} tally_structure;

/* Builds the structure of a UTF-8 text. NULL with err set when out of memory. */
tally_structure *tally_structure_build(const char *text, size_t len, tally_error *err);
/* The same, handing over the text folded to Simplified byte for byte
 * (tally_fold_simplified of the whole text, malloc'd) when the script check
 * folded all of it (a text up to its 128 KB sample), so that the figure scan
 * need not fold it again; else *simplified is NULL. */
tally_structure *tally_structure_build_folding(const char *text, size_t len, char **simplified,
                                               tally_error *err);
void tally_structure_free(tally_structure *s);

/* doc.body: the body paragraphs joined by blank lines. malloc'd. */
char *tally_structure_body_text(const tally_structure *s, const char *text, size_t *len);

/* The turn whose span holds byte offset at, or -1. */
long tally_structure_turn_at(const tally_structure *s, size_t at);

#endif
