/* Document structure: which lines are page furniture (boilerplate), which
 * are bylines and datelines, and the body left when they are taken out.
 * Works on the paragraphs (non-blank lines) of doc.text; the cue words are
 * data in structure_tables.c. Bylines, dates, turns and meta have files of
 * their own (structure_parts.h lists them). */
#include "tally/structure.h"
#include "tally/markup.h"
#include "tally/segment.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "structure_parts.h"
#include "structure_tables.h"

const char *tally_boilerplate_kind_name(tally_boilerplate_kind kind)
{
    static const char *const names[] = {"copyright", "share",  "related", "navigation",
                                        "credits",   "load-more", "byline", "dateline",
                                        "caption",   "front-matter", "signature"};
    return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "boilerplate";
}

void *st_grow(void *v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return v;
    size_t c = *cap ? *cap * 2 : 16;
    void *p = realloc(v, c * size);
    if (p)
        *cap = c;
    return p;
}

static void add_bp(builder *b, size_t start, size_t stop, tally_boilerplate_kind kind)
{
    tally_boilerplate *v = st_grow(b->bp, &b->capbp, b->nbp, sizeof *v);
    if (!v) {
        b->failed = 1;
        return;
    }
    b->bp = v;
    v[b->nbp].span.start = start;
    v[b->nbp].span.stop = stop;
    v[b->nbp].kind = kind;
    b->nbp++;
}

static void add_body(builder *b, size_t start, size_t stop)
{
    scan_trim(b->t, &start, &stop);
    if (start >= stop)
        return;
    tally_span *v = st_grow(b->body, &b->capbody, b->nbody, sizeof *v);
    if (!v) {
        b->failed = 1;
        return;
    }
    b->body = v;
    v[b->nbody].start = start;
    v[b->nbody].stop = stop;
    b->nbody++;
}

char *st_dup(const char *t, size_t a, size_t b)
{
    char *s = malloc(b - a + 1);
    if (s) {
        memcpy(s, t + a, b - a);
        s[b - a] = '\0';
    }
    return s;
}

int st_in_list(const char *t, size_t a, size_t b, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (strlen(list[k]) == b - a && memcmp(t + a, list[k], b - a) == 0)
            return 1;
    return 0;
}

/* ---- line classes ------------------------------------------------------- */

int st_has_terminal(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b;) {
        UChar32 c = scan_next(t, b, &i);
        if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F)
            return 1;
    }
    return 0;
}

/* The characters of [a, b), counted up to limit: the tests of a line's
 * length compare with small bounds, and most lines of a report are long. */
static size_t chars_upto(const char *t, size_t a, size_t b, size_t limit)
{
    size_t n = 0;
    for (size_t i = a; i < b && n < limit; n++)
        scan_next(t, b, &i);
    return n;
}

static int has_comma(const char *t, size_t a, size_t b)
{
    return scan_contains(t, a, b, "，") || scan_contains(t, a, b, ",") || st_has_terminal(t, a, b);
}

static int cue_matches(const builder *bd, size_t a, size_t b, const boilerplate_cue *c)
{
    const char *t = bd->t;
    switch (c->place) {
    case CUE_STARTS: return scan_at(t, a, b, c->cue);
    case CUE_ENDS: return scan_ends(t, a, b, c->cue);
    case CUE_CONTAINS: return scan_contains(t, a, b, c->cue);
    case CUE_EQUALS: {
        size_t e = b;
        if (scan_ends(t, a, e, ":"))
            e -= 1;
        else if (scan_ends(t, a, e, "："))
            e -= strlen("：");
        return e - a == strlen(c->cue) && memcmp(t + a, c->cue, e - a) == 0;
    }
    }
    return 0;
}

/* A production credit line: 策劃:陳忠華 趙強利. */
static int is_credit_line(const char *t, size_t a, size_t b)
{
    const char *cue = scan_any(t, a, b, tally_credit_cues);
    if (!cue)
        return 0;
    size_t i = a + strlen(cue);
    return (scan_at(t, i, b, ":") || scan_at(t, i, b, "：") || scan_at(t, i, b, " ") ||
            scan_at(t, i, b, "/")) &&
           scan_chars(t, a, b) <= 40 && !st_has_terminal(t, a, b);
}

int st_source_cue_at(const char *t, size_t a, size_t b, size_t *after)
{
    for (size_t i = a; i < b;) {
        const char *cue = scan_any(t, i, b, tally_source_cues);
        if (cue) {
            size_t j = i + strlen(cue);
            while (j < b && scan_is_space(scan_peek(t, b, j)))
                scan_next(t, b, &j);
            if (scan_at(t, j, b, ":") || scan_at(t, j, b, "：")) {
                j += scan_at(t, j, b, ":") ? 1 : strlen("：");
                *after = j;
                return 1;
            }
        }
        scan_next(t, b, &i);
    }
    return 0;
}

/* The line that dates the page or names its source: 2021-10-18 10:34:07 来源:青海日报. */
static int is_dateline(const char *t, size_t a, size_t b)
{
    if (chars_upto(t, a, b, 61) > 60 || st_has_terminal(t, a, b))
        return 0;
    size_t after;
    if (st_source_cue_at(t, a, b, &after))
        return 1;
    char iso[64];
    size_t ds, de;
    /* a date with little else around it */
    return st_find_date(t, a, b, iso, &ds, &de) && scan_chars(t, a, ds) + scan_chars(t, de, b) <= 12;
}

static int is_caption_end(const char *t, size_t a, size_t b)
{
    size_t k = b;
    if (a < b && st_is_close_bracket(scan_prev(t, a, &k)))
        b = k;
    scan_trim(t, &a, &b);
    for (size_t i = 0; tally_caption_ends[i]; i++)
        if (scan_ends(t, a, b, tally_caption_ends[i]))
            return 1;
    return 0;
}

/* A photo position mark: (左三), （右二）. */
static int has_position_mark(const char *t, size_t a, size_t b)
{
    static const char *const marks[] = {"(左", "（左", "(右", "（右", "(中)", "（中）", NULL};
    for (size_t i = a; i < b; i++)
        if (scan_any(t, i, b, marks))
            return 1;
    return 0;
}

static int starts_numbered(const char *t, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && isdigit((unsigned char)t[i]))
        i++;
    return i > a && (scan_at(t, i, b, "、") || scan_at(t, i, b, ".") || scan_at(t, i, b, "．"));
}

static int continues_block(const builder *bd, tally_boilerplate_kind kind, size_t a, size_t b)
{
    const char *t = bd->t;
    size_t n = scan_chars(t, a, b);
    switch (kind) {
    case TALLY_BOILERPLATE_COPYRIGHT:
        if (starts_numbered(t, a, b))
            return 1;
        for (size_t i = a; i < b; i++)
            if (scan_any(t, i, b, tally_copyright_words))
                return 1;
        return 0;
    case TALLY_BOILERPLATE_RELATED: return n <= 40 && !st_has_terminal(t, a, b);
    case TALLY_BOILERPLATE_CREDITS: return n <= 20 && !has_comma(t, a, b);
    default: return 0;
    }
}

static void classify_lines(builder *bd, const tally_span *fm)
{
    const char *t = bd->t;
    int tail = NONE;
    /* a line's length is compared with the cues' bounds and with 80 and 15
     * below: counting past the largest of them changes no test */
    size_t longest = 80;
    for (const boilerplate_cue *c = tally_boilerplate_cues; c->cue; c++)
        if (c->max_chars > 0 && (size_t)c->max_chars > longest)
            longest = (size_t)c->max_chars;
    for (size_t p = 0; p < bd->npar; p++) {
        size_t a = bd->par[p].start, b = bd->par[p].stop;
        size_t n = chars_upto(t, a, b, longest + 1);
        int k = NONE, opens = 0;
        if (fm && a >= fm->start && b <= fm->stop) {
            bd->kind[p] = TALLY_BOILERPLATE_FRONT_MATTER;
            continue;
        }
        /* a Markdown line's marks before its words (*延伸閱讀：[…](…)*, - 相关阅读, ## 相关新闻) */
        size_t md = a;
        while (md < b && (t[md] == '*' || t[md] == '_' || t[md] == '#' || t[md] == '-' ||
                          t[md] == '+' || t[md] == ' '))
            md++;
        for (const boilerplate_cue *c = tally_boilerplate_cues; c->cue; c++)
            if ((int)n <= c->max_chars &&
                (cue_matches(bd, a, b, c) || (md > a && cue_matches(bd, md, b, c)))) {
                k = (int)c->kind, opens = c->tail;
                break;
            }
        if (k == NONE && is_credit_line(t, a, b))
            k = TALLY_BOILERPLATE_CREDITS, opens = 1;
        if (k == NONE && st_parse_byline(t, a, b, NULL))
            k = TALLY_BOILERPLATE_BYLINE;
        if (k == NONE && is_dateline(t, a, b))
            k = TALLY_BOILERPLATE_DATELINE, bd->dated[p] = 1;
        if (k == NONE && n <= 80 && is_caption_end(t, a, b)) {
            k = TALLY_BOILERPLATE_CAPTION;
            /* a credit alone on its line (山东省商务厅供图) takes the caption above it */
            if (n <= 15 && p > 0 && bd->kind[p - 1] == NONE) {
                size_t pa = bd->par[p - 1].start, pb = bd->par[p - 1].stop;
                char iso[64];
                size_t ds, de;
                if (scan_chars(t, pa, pb) <= 60 &&
                    (has_position_mark(t, pa, pb) || (st_find_date(t, pa, pb, iso, &ds, &de) && ds == pa)))
                    bd->kind[p - 1] = TALLY_BOILERPLATE_CAPTION;
            }
        }
        if (k == NONE && tail != NONE && continues_block(bd, (tally_boilerplate_kind)tail, a, b))
            k = tail;
        if (k == NONE)
            tail = NONE;
        else if (opens)
            tail = k;
        else if (k != tail && tail == TALLY_BOILERPLATE_RELATED)
            tail = NONE; /* a related list ends at a line of another kind (a breadcrumb) */
        bd->kind[p] = k;
    }
    /* a masthead above a byline names the source: 齐鲁晚报·齐鲁壹点 / 记者 … */
    for (size_t p = 1; p < bd->npar; p++) {
        if (bd->kind[p] != TALLY_BOILERPLATE_BYLINE || bd->kind[p - 1] != NONE)
            continue;
        size_t a = bd->par[p - 1].start, b = bd->par[p - 1].stop;
        int medium = 0;
        for (size_t i = 0; tally_medium_endings[i]; i++)
            medium |= scan_ends(t, a, b, tally_medium_endings[i]);
        int plain = 1;
        for (size_t i = a; i < b;) {
            UChar32 c = scan_next(t, b, &i);
            plain &= scan_is_han(c) || c == 0xB7;
        }
        if (medium && plain && scan_chars(t, a, b) <= 20)
            bd->kind[p - 1] = TALLY_BOILERPLATE_DATELINE;
    }
    /* a closing signature: the issuer on a short line above the last date of
     * the report (浙江省商务厅 / 2024年7月22日), nothing but boilerplate after */
    long last = -1, first = -1;
    for (size_t p = 0; p < bd->npar; p++)
        if (bd->kind[p] == NONE) {
            last = (long)p;
            if (first < 0)
                first = (long)p;
        }
    if (last > first && (size_t)last + 1 < bd->npar &&
        bd->kind[last + 1] == TALLY_BOILERPLATE_DATELINE && bd->dated[last + 1]) {
        size_t a = bd->par[last].start, b = bd->par[last].stop;
        if (scan_chars(t, a, b) <= 25 && !has_comma(t, a, b))
            bd->kind[last] = TALLY_BOILERPLATE_SIGNATURE;
    }
}

/* Bylines inside a body paragraph: a leading ◎name or 本报讯（记者 …）, a
 * trailing (新甘肅·甘肅日報記者 曹立萍) or (作者为…局长) |. Narrows the
 * paragraph to what is left and records the bylines. */
static void inline_bylines(builder *bd, size_t *pa, size_t *pb)
{
    const char *t = bd->t;
    size_t a = *pa, b = *pb;
    if (scan_at(t, a, b, "◎")) {
        size_t i = a + strlen("◎");
        size_t e = st_name_end(t, i, b);
        if (e) {
            st_add_name(&bd->authors, t, i, e);
            add_bp(bd, a, e, TALLY_BOILERPLATE_BYLINE);
            a = e;
        }
    }
    /* 本报讯（记者 张三）, 新华社北京10月18日电（记者张三、李四）: a news
     * dateline ending in 讯 or 电 with a byline in brackets */
    for (size_t i = a, n = 0; i < b && n < 24; n++) {
        size_t k = i;
        UChar32 c = scan_next(t, b, &k);
        if ((c == 0x8BAF || c == 0x8A0A || c == 0x7535 || c == 0x96FB) &&
            st_is_open_bracket(scan_peek(t, b, k))) {
            size_t j = k;
            while (j < b && !st_is_close_bracket(scan_peek(t, b, j)))
                scan_next(t, b, &j);
            size_t close_end = j;
            if (j < b)
                scan_next(t, b, &close_end);
            if (j < b && st_parse_byline(t, k, close_end, NULL)) {
                st_parse_byline(t, k, close_end, &bd->authors);
                add_bp(bd, a, close_end, TALLY_BOILERPLATE_BYLINE);
                a = close_end;
            }
            break;
        }
        if (!scan_is_han(c) && !(c >= '0' && c <= '9'))
            break;
        i = k;
    }
    /* trailing: strip " |" then look for a closing bracket */
    size_t e = b;
    while (e > a) {
        size_t k = e;
        UChar32 c = scan_prev(t, a, &k);
        if (!(scan_is_space(c) || c == '|' || c == 0xFF5C))
            break;
        e = k;
    }
    size_t k = e;
    if (e > a && st_is_close_bracket(scan_prev(t, a, &k))) {
        size_t open = k;
        while (open > a) {
            size_t m = open;
            if (st_is_open_bracket(scan_prev(t, a, &m))) {
                open = m;
                break;
            }
            open = m;
        }
        if (open > a && st_is_open_bracket(scan_peek(t, e, open)) && st_parse_byline(t, open, e, NULL)) {
            st_parse_byline(t, open, e, &bd->authors);
            add_bp(bd, open, b, TALLY_BOILERPLATE_BYLINE);
            b = open;
        }
    }
    *pa = a, *pb = b;
}

/* A dateline may name the author after its source: 来源：江西日报 作者：刘明. */
static void dateline_byline(builder *bd, size_t a, size_t b)
{
    for (size_t i = a; i < b; scan_next(bd->t, b, &i))
        if (scan_any(bd->t, i, b, tally_byline_cues)) {
            st_parse_byline(bd->t, i, b, &bd->authors);
            return;
        }
}

/* ---- the whole ---------------------------------------------------------- */

tally_structure *tally_structure_build(const char *text, size_t len, tally_error *err)
{
    return tally_structure_build_folding(text, len, NULL, err);
}

tally_structure *tally_structure_build_folding(const char *text, size_t len, char **simplified,
                                               tally_error *err)
{
    char *kept = NULL; /* the script check's fold, handed over at the end */
    if (simplified)
        *simplified = NULL;
    tally_structure *s = calloc(1, sizeof *s);
    builder bd = {.t = text, .len = len};
    if (!s || tally_paragraphs(text, len, &bd.par, &bd.npar, err) < 0) {
        free(s);
        return NULL;
    }
    bd.kind = malloc((bd.npar ? bd.npar : 1) * sizeof *bd.kind);
    bd.dated = calloc(bd.npar ? bd.npar : 1, sizeof *bd.dated);
    if (!bd.kind || !bd.dated)
        goto nomem;
    tally_span block, inner;
    int has_fm = tally_front_matter(text, len, &block, &inner);
    classify_lines(&bd, has_fm ? &block : NULL);
    if (has_fm)
        add_bp(&bd, block.start, block.stop, TALLY_BOILERPLATE_FRONT_MATTER);
    for (size_t p = 0; p < bd.npar; p++) {
        size_t a = bd.par[p].start, b = bd.par[p].stop;
        if (bd.kind[p] == TALLY_BOILERPLATE_FRONT_MATTER)
            continue;
        if (bd.kind[p] != NONE) {
            if (bd.kind[p] == TALLY_BOILERPLATE_BYLINE)
                st_parse_byline(text, a, b, &bd.authors);
            else if (bd.kind[p] == TALLY_BOILERPLATE_DATELINE)
                dateline_byline(&bd, a, b);
            add_bp(&bd, a, b, (tally_boilerplate_kind)bd.kind[p]);
            continue;
        }
        inline_bylines(&bd, &a, &b);
        add_body(&bd, a, b);
    }
    if (bd.failed || bd.authors.failed)
        goto nomem;
    s->boilerplate = bd.bp, s->n_boilerplate = bd.nbp;
    s->body = bd.body, s->n_body = bd.nbody;
    bd.bp = NULL, bd.body = NULL;
    st_find_title(s, &bd);
    st_find_date_source(s, &bd);
    if (has_fm)
        st_read_front_matter(s, &bd, inner);
    s->meta.authors = bd.authors.v, s->meta.n_authors = bd.authors.n;
    bd.authors.v = NULL;
    st_find_region(s, text);
    st_find_script(s, text, len, simplified ? &kept : NULL);
    if (st_find_turns(s, text) < 0)
        goto nomem;
    free(bd.par), free(bd.kind), free(bd.dated);
    if (simplified)
        *simplified = kept;
    return s;
nomem:
    free(kept);
    tally_error_set(err, "out of memory");
    for (size_t i = 0; i < bd.authors.n; i++)
        free(bd.authors.v[i]);
    free(bd.authors.v);
    free(bd.par), free(bd.kind), free(bd.dated), free(bd.bp), free(bd.body);
    tally_structure_free(s);
    return NULL;
}

void tally_structure_free(tally_structure *s)
{
    if (!s)
        return;
    free(s->meta.title);
    free(s->meta.date);
    free(s->meta.source);
    for (size_t i = 0; i < s->meta.n_authors; i++)
        free(s->meta.authors[i]);
    free(s->meta.authors);
    free(s->meta.region);
    free(s->boilerplate);
    free(s->body);
    free(s->turns);
    free(s);
}

char *tally_structure_body_text(const tally_structure *s, const char *text, size_t *len)
{
    size_t total = 1;
    for (size_t i = 0; i < s->n_body; i++)
        total += s->body[i].stop - s->body[i].start + 2;
    char *out = malloc(total), *w = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < s->n_body; i++) {
        if (i)
            *w++ = '\n', *w++ = '\n';
        memcpy(w, text + s->body[i].start, s->body[i].stop - s->body[i].start);
        w += s->body[i].stop - s->body[i].start;
    }
    *w = '\0';
    *len = (size_t)(w - out);
    return out;
}

