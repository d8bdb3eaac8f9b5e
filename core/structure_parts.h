/* Shared by the files that build a document's structure: structure.c (line
 * classes, body, the whole), byline.c, page_date.c, turns.c and meta.c. Not a
 * public API: tally/structure.h is. */
#ifndef TALLY_STRUCTURE_PARTS_H
#define TALLY_STRUCTURE_PARTS_H

#include "tally/structure.h"

#include "scan.h"

#define NONE (-1)

typedef struct names {
    char **v;
    size_t n, cap;
    int failed;
} names;

typedef struct builder {
    const char *t;
    size_t len;
    tally_span *par; /* paragraphs of the whole text */
    size_t npar;
    int *kind;       /* per paragraph: a tally_boilerplate_kind, or NONE */
    int *dated;      /* per DATELINE paragraph: 1 if it gives a date or 来源 */
    tally_boilerplate *bp;
    size_t nbp, capbp;
    tally_span *body;
    size_t nbody, capbody;
    names authors;
    int failed;
} builder;

/* structure.c: growing arrays and strings */
void *st_grow(void *v, size_t *cap, size_t n, size_t size);
char *st_dup(const char *t, size_t a, size_t b);
int st_in_list(const char *t, size_t a, size_t b, const char *const *list);
int st_has_terminal(const char *t, size_t a, size_t b);
/* Whether [a, b) has 来源: (or another source cue); *after is where the source starts. */
int st_source_cue_at(const char *t, size_t a, size_t b, size_t *after);

/* byline.c */
void st_add_name(names *ns, const char *t, size_t a, size_t b);
int st_is_open_bracket(UChar32 c);
int st_is_close_bracket(UChar32 c);
size_t st_name_end(const char *t, size_t i, size_t b);
int st_parse_byline(const char *t, size_t a, size_t b, names *ns);

/* page_date.c */
int st_find_date(const char *t, size_t a, size_t b, char iso[64], size_t *ds, size_t *de);

/* turns.c */
int st_find_turns(tally_structure *s, const char *t);

/* meta.c */
void st_find_title(tally_structure *s, const builder *bd);
/* A title line less its site suffix and subtitle (malloc'd, NULL if empty). */
char *st_clean_title(const char *t, size_t a, size_t b);
void st_find_date_source(tally_structure *s, const builder *bd);
void st_find_region(tally_structure *s, const char *t);
/* keep: when not NULL and the whole text was folded, the fold is handed
 * over there (else *keep is left as it is) */
void st_find_script(tally_structure *s, const char *t, size_t len, char **keep);
void st_read_front_matter(tally_structure *s, builder *bd, tally_span inner);

#endif
