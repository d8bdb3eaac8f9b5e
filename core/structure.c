/* Document structure: which lines are page furniture (boilerplate), which
 * are bylines and datelines, where interview turns start, and what the page
 * says about itself. Works on the paragraphs (non-blank lines) of doc.text;
 * the cue words are data in structure_tables.c. */
#include "tally/structure.h"
#include "tally/markup.h"
#include "tally/segment.h"
#include "tally/text.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "structure_tables.h"

const char *tally_boilerplate_kind_name(tally_boilerplate_kind kind)
{
    static const char *const names[] = {"copyright", "share",  "related", "navigation",
                                        "credits",   "load-more", "byline", "dateline",
                                        "caption",   "front-matter"};
    return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "boilerplate";
}

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

static void *grow(void *v, size_t *cap, size_t n, size_t size)
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
    tally_boilerplate *v = grow(b->bp, &b->capbp, b->nbp, sizeof *v);
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
    tally_span *v = grow(b->body, &b->capbody, b->nbody, sizeof *v);
    if (!v) {
        b->failed = 1;
        return;
    }
    b->body = v;
    v[b->nbody].start = start;
    v[b->nbody].stop = stop;
    b->nbody++;
}

static char *dup_span(const char *t, size_t a, size_t b)
{
    char *s = malloc(b - a + 1);
    if (s) {
        memcpy(s, t + a, b - a);
        s[b - a] = '\0';
    }
    return s;
}

static void add_name(names *ns, const char *t, size_t a, size_t b)
{
    for (size_t i = 0; i < ns->n; i++)
        if (strlen(ns->v[i]) == b - a && memcmp(ns->v[i], t + a, b - a) == 0)
            return;
    char **v = grow(ns->v, &ns->cap, ns->n, sizeof *v);
    char *s = v ? dup_span(t, a, b) : NULL;
    if (!s) {
        if (v)
            ns->v = v;
        ns->failed = 1;
        return;
    }
    ns->v = v;
    ns->v[ns->n++] = s;
}

static int in_list(const char *t, size_t a, size_t b, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (strlen(list[k]) == b - a && memcmp(t + a, list[k], b - a) == 0)
            return 1;
    return 0;
}

/* ---- bylines ---------------------------------------------------------- */

static int is_open_bracket(UChar32 c)
{
    return c == '[' || c == '(' || c == 0xFF08 || c == 0x3010;
}

static int is_close_bracket(UChar32 c)
{
    return c == ']' || c == ')' || c == 0xFF09 || c == 0x3011;
}

static int is_name_sep(UChar32 c)
{
    return scan_is_space(c) || c == 0x3001 || c == 0xFF0C || c == ',' || c == ':' || c == 0xFF1A;
}

/* The end of a person's name at i (2 to 4 Han characters, or up to 8 with a
 * middle dot) when a separator or the end follows; 0 otherwise. */
static size_t name_end(const char *t, size_t i, size_t b)
{
    size_t j = i, han = 0, dots = 0;
    while (j < b) {
        size_t k = j;
        UChar32 c = scan_next(t, b, &k);
        if (scan_is_han(c))
            han++;
        else if ((c == 0xB7 || c == 0x2022 || c == 0x30FB) && han > 0)
            dots++;
        else
            break;
        j = k;
        if (han > (dots ? 8u : 4u))
            return 0;
    }
    if (han < 2 || (j < b && !is_name_sep(scan_peek(t, b, j)) &&
                    !scan_any(t, j, b, tally_byline_cues)))
        return 0;
    return j;
}

/* Whether [a, b) is a byline (记者 刘春雷 王红, [作者: 責任編輯: 袁麗娜 ],
 * 新甘肅·甘肅日報記者 曹立萍, 作者为…局长). Adds the names to ns when given. */
static int parse_byline(const char *t, size_t a, size_t b, names *ns)
{
    scan_trim(t, &a, &b);
    if (a < b && is_open_bracket(scan_peek(t, b, a)))
        scan_next(t, b, &a);
    if (a < b) {
        size_t k = b;
        if (is_close_bracket(scan_prev(t, a, &k)))
            b = k;
    }
    names found = {0};
    int cues = 0, ok = 1;
    size_t i = a;
    while (ok && i < b) {
        while (i < b && is_name_sep(scan_peek(t, b, i)))
            scan_next(t, b, &i);
        if (i >= b)
            break;
        const char *cue = scan_any(t, i, b, tally_byline_cues);
        if (!cue) { /* a medium's name may stand before the cue: 新甘肅·甘肅日報記者 */
            size_t j = i, n = 0;
            while (j < b && n < 12 && !(cue = scan_any(t, j, b, tally_byline_cues))) {
                UChar32 c = scan_next(t, b, &j);
                if (!(scan_is_han(c) || c == 0xB7 || (c < 0x80 && isalnum(c))))
                    break;
                n++;
            }
            if (!cue || cues > 0) {
                ok = 0;
                break;
            }
            i = j;
        }
        cues++;
        i += strlen(cue);
        if (in_list(cue, 0, strlen(cue), tally_description_cues))
            break; /* (作者为…局长): a description, no names */
        while (i < b) {
            while (i < b && is_name_sep(scan_peek(t, b, i)))
                scan_next(t, b, &i);
            if (i >= b || scan_any(t, i, b, tally_byline_cues))
                break;
            size_t e = name_end(t, i, b);
            if (!e) {
                ok = 0;
                break;
            }
            int name = 1; /* 深圳報道, 张三摄 are no names */
            for (size_t w = 0; tally_not_names[w]; w++)
                name &= !scan_ends(t, i, e, tally_not_names[w]);
            if (name)
                add_name(&found, t, i, e);
            i = e;
        }
    }
    ok = ok && cues > 0 && !found.failed;
    for (size_t k = 0; k < found.n; k++) {
        if (ok && ns)
            add_name(ns, found.v[k], 0, strlen(found.v[k]));
        free(found.v[k]);
    }
    free(found.v);
    return ok;
}

/* ---- dates ---------------------------------------------------------- */

static int digits(const char *t, size_t *i, size_t b, int min, int max, int *v)
{
    int n = 0;
    *v = 0;
    while (*i < b && n < max && isdigit((unsigned char)t[*i])) {
        *v = *v * 10 + (t[*i] - '0');
        (*i)++;
        n++;
    }
    return n >= min && !(*i < b && isdigit((unsigned char)t[*i]));
}

/* Finds the first date in [a, b): 2021-10-18 10:34:07, 2021/10/18,
 * 2021年10月18日 10:34; writes its ISO form to iso and its span. */
static int find_date(const char *t, size_t a, size_t b, char iso[64], size_t *ds, size_t *de)
{
    for (size_t s = a; s + 8 <= b; s++) {
        if (!isdigit((unsigned char)t[s]) || (s > a && isdigit((unsigned char)t[s - 1])))
            continue;
        size_t i = s;
        int y, m, d, hh = -1, mm = -1, ss = -1;
        if (!digits(t, &i, b, 4, 4, &y) || y < 1900 || y > 2200)
            continue;
        int cjk = scan_at(t, i, b, "年");
        if (cjk)
            i += strlen("年");
        else if (i < b && (t[i] == '-' || t[i] == '/' || t[i] == '.'))
            i++;
        else
            continue;
        if (!digits(t, &i, b, 1, 2, &m) || m < 1 || m > 12)
            continue;
        if (cjk ? !scan_at(t, i, b, "月") : !(i < b && (t[i] == '-' || t[i] == '/' || t[i] == '.')))
            continue;
        i += cjk ? strlen("月") : 1;
        if (!digits(t, &i, b, 1, 2, &d) || d < 1 || d > 31)
            continue;
        if (cjk) {
            if (!scan_at(t, i, b, "日"))
                continue;
            i += strlen("日");
        }
        size_t e = i, j = i;
        while (j < b && (t[j] == ' ' || t[j] == 'T'))
            j++;
        int h, mi, se;
        if (j < b && digits(t, &j, b, 1, 2, &h) && h < 24 && j < b && t[j] == ':') {
            j++;
            if (digits(t, &j, b, 2, 2, &mi) && mi < 60) {
                hh = h, mm = mi, e = j;
                if (j < b && t[j] == ':') {
                    j++;
                    if (digits(t, &j, b, 2, 2, &se) && se < 61)
                        ss = se, e = j;
                }
            }
        }
        if (hh < 0)
            snprintf(iso, 64, "%04d-%02d-%02d", y, m, d);
        else if (ss < 0)
            snprintf(iso, 64, "%04d-%02d-%02dT%02d:%02d", y, m, d, hh, mm);
        else
            snprintf(iso, 64, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, hh, mm, ss);
        *ds = s, *de = e;
        return 1;
    }
    return 0;
}

/* ---- line classes ------------------------------------------------------- */

static int has_terminal(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b;) {
        UChar32 c = scan_next(t, b, &i);
        if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F)
            return 1;
    }
    return 0;
}

static int has_comma(const char *t, size_t a, size_t b)
{
    return scan_contains(t, a, b, "，") || scan_contains(t, a, b, ",") || has_terminal(t, a, b);
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
           scan_chars(t, a, b) <= 40 && !has_terminal(t, a, b);
}

static int source_cue_at(const char *t, size_t a, size_t b, size_t *after)
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
    if (scan_chars(t, a, b) > 60 || has_terminal(t, a, b))
        return 0;
    size_t after;
    if (source_cue_at(t, a, b, &after))
        return 1;
    char iso[64];
    size_t ds, de;
    /* a date with little else around it */
    return find_date(t, a, b, iso, &ds, &de) && scan_chars(t, a, ds) + scan_chars(t, de, b) <= 12;
}

static int is_caption_end(const char *t, size_t a, size_t b)
{
    size_t k = b;
    if (a < b && is_close_bracket(scan_prev(t, a, &k)))
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
    case TALLY_BOILERPLATE_RELATED: return n <= 40 && !has_terminal(t, a, b);
    case TALLY_BOILERPLATE_CREDITS: return n <= 20 && !has_comma(t, a, b);
    default: return 0;
    }
}

static void classify_lines(builder *bd, const tally_span *fm)
{
    const char *t = bd->t;
    int tail = NONE;
    for (size_t p = 0; p < bd->npar; p++) {
        size_t a = bd->par[p].start, b = bd->par[p].stop;
        size_t n = scan_chars(t, a, b);
        int k = NONE, opens = 0;
        if (fm && a >= fm->start && b <= fm->stop) {
            bd->kind[p] = TALLY_BOILERPLATE_FRONT_MATTER;
            continue;
        }
        for (const boilerplate_cue *c = tally_boilerplate_cues; c->cue; c++)
            if ((int)n <= c->max_chars && cue_matches(bd, a, b, c)) {
                k = (int)c->kind, opens = c->tail;
                break;
            }
        if (k == NONE && is_credit_line(t, a, b))
            k = TALLY_BOILERPLATE_CREDITS, opens = 1;
        if (k == NONE && parse_byline(t, a, b, NULL))
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
                    (has_position_mark(t, pa, pb) || (find_date(t, pa, pb, iso, &ds, &de) && ds == pa)))
                    bd->kind[p - 1] = TALLY_BOILERPLATE_CAPTION;
            }
        }
        if (k == NONE && tail != NONE && continues_block(bd, (tally_boilerplate_kind)tail, a, b))
            k = tail;
        if (k == NONE)
            tail = NONE;
        else if (opens)
            tail = k;
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
        size_t e = name_end(t, i, b);
        if (e) {
            add_name(&bd->authors, t, i, e);
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
            is_open_bracket(scan_peek(t, b, k))) {
            size_t j = k;
            while (j < b && !is_close_bracket(scan_peek(t, b, j)))
                scan_next(t, b, &j);
            size_t close_end = j;
            if (j < b)
                scan_next(t, b, &close_end);
            if (j < b && parse_byline(t, k, close_end, NULL)) {
                parse_byline(t, k, close_end, &bd->authors);
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
    if (e > a && is_close_bracket(scan_prev(t, a, &k))) {
        size_t open = k;
        while (open > a) {
            size_t m = open;
            if (is_open_bracket(scan_prev(t, a, &m))) {
                open = m;
                break;
            }
            open = m;
        }
        if (open > a && is_open_bracket(scan_peek(t, e, open)) && parse_byline(t, open, e, NULL)) {
            parse_byline(t, open, e, &bd->authors);
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
            parse_byline(bd->t, i, b, &bd->authors);
            return;
        }
}

/* ---- turns ------------------------------------------------------------- */

typedef struct label {
    size_t start, stop, text; /* text: where what is said begins */
    int asks;
} label;

/* The speaker label that opens [a, b), if any: 记者:, 張澤峰:, 齐鲁晚报·齐鲁壹点:. */
static int find_label(const char *t, size_t a, size_t b, label *out)
{
    size_t i = a, n = 0;
    while (i < b && n <= 16) {
        size_t k = i;
        UChar32 c = scan_next(t, b, &k);
        if (c == ':' || c == 0xFF1A) {
            if (n == 0 || k >= b)
                return 0;
            out->start = a, out->stop = i, out->text = k;
            while (out->text < b && scan_is_space(scan_peek(t, b, out->text)))
                scan_next(t, b, &out->text);
            return !in_list(t, a, i, tally_not_speakers);
        }
        /* 丨 is a Han character but stands as a separator: 在線訪談丨張澤峰 */
        if (c == 0x4E28 || !(scan_is_han(c) || c == 0xB7 || c == 0x2022 || (c < 0x80 && isalnum(c))))
            return 0;
        n++;
        i = k;
    }
    return 0;
}

static int is_interviewer(const char *t, size_t a, size_t b)
{
    if (in_list(t, a, b, tally_interviewer_labels) || scan_contains(t, a, b, "·"))
        return 1;
    if (scan_chars(t, a, b) < 3)
        return 0;
    for (size_t i = 0; tally_medium_endings[i]; i++)
        if (scan_ends(t, a, b, tally_medium_endings[i]))
            return 1;
    return 0;
}

static int find_turns(tally_structure *s, const char *t)
{
    label *labels = calloc(s->n_body ? s->n_body : 1, sizeof *labels);
    size_t *at = calloc(s->n_body ? s->n_body : 1, sizeof *at);
    if (!labels || !at) {
        free(labels), free(at);
        return -1;
    }
    size_t n = 0;
    int interviewer = 0;
    for (size_t p = 0; p < s->n_body; p++) {
        label l;
        if (!find_label(t, s->body[p].start, s->body[p].stop, &l))
            continue;
        l.asks = is_interviewer(t, l.start, l.stop);
        interviewer |= l.asks;
        labels[n] = l, at[n] = p, n++;
    }
    /* a label counts when it asks, is a person's name (2 to 4 characters) or
     * opens more than one paragraph; and an interview has at least two turns */
    size_t keep = 0;
    for (size_t i = 0; i < n; i++) {
        size_t chars = scan_chars(t, labels[i].start, labels[i].stop);
        int repeated = 0;
        for (size_t j = 0; j < n && !repeated; j++)
            repeated = j != i && labels[j].stop - labels[j].start == labels[i].stop - labels[i].start &&
                       memcmp(t + labels[j].start, t + labels[i].start, labels[i].stop - labels[i].start) == 0;
        int person = chars >= 2 && chars <= 4;
        for (size_t k = labels[i].start; person && k < labels[i].stop;) {
            person = scan_is_han(scan_next(t, labels[i].stop, &k));
        }
        if (labels[i].asks || (interviewer && person) || repeated)
            labels[keep] = labels[i], at[keep] = at[i], keep++;
    }
    if (keep < 2 || !interviewer)
        keep = 0;
    s->turns = calloc(keep ? keep : 1, sizeof *s->turns);
    if (!s->turns) {
        free(labels), free(at);
        return -1;
    }
    for (size_t i = 0; i < keep; i++) {
        size_t last = i + 1 < keep ? at[i + 1] : s->n_body;
        tally_turn *tu = &s->turns[i];
        tu->speaker.start = labels[i].start;
        tu->speaker.stop = labels[i].stop;
        tu->text.start = labels[i].text;
        tu->text.stop = s->body[last - 1].stop;
        tu->asks = labels[i].asks;
    }
    s->n_turns = keep;
    free(labels), free(at);
    return 0;
}

long tally_structure_turn_at(const tally_structure *s, size_t at)
{
    for (size_t i = 0; i < s->n_turns; i++)
        if (at >= s->turns[i].speaker.start && at < s->turns[i].text.stop)
            return (long)i;
    return -1;
}

/* ---- meta -------------------------------------------------------------- */

/* The title without a site suffix (-新華網河北頻道-新華網), a trailing | or a
 * ——subtitle. */
static char *clean_title(const char *t, size_t a, size_t b)
{
    size_t i;
    for (i = a; i < b; i++)
        if (scan_at(t, i, b, "——")) {
            if (i > a)
                b = i;
            break;
        }
    for (;;) {
        scan_trim(t, &a, &b);
        size_t e = b, k = b;
        UChar32 c = a < b ? scan_prev(t, a, &k) : 0;
        if (c == '|' || c == 0xFF5C) {
            b = k;
            continue;
        }
        /* the last segment after - _ | when it names a site */
        size_t cut = 0;
        for (size_t j = a; j < e;) {
            size_t m = j;
            UChar32 d = scan_next(t, e, &m);
            if (d == '-' || d == '_' || d == '|' || d == 0xFF5C || d == 0x2014)
                cut = j;
            j = m;
        }
        if (cut > a) {
            size_t s0 = cut;
            scan_next(t, e, &s0);
            int site = scan_chars(t, s0, e) <= 20;
            int word = 0;
            for (size_t w = 0; site && tally_site_words[w]; w++)
                word |= scan_contains(t, s0, e, tally_site_words[w]);
            if (site && word) {
                b = cut;
                continue;
            }
        }
        break;
    }
    return a < b ? dup_span(t, a, b) : NULL;
}

static int is_subtitle(const char *t, size_t a, size_t b)
{
    return scan_at(t, a, b, "——") || scan_at(t, a, b, "--") || scan_at(t, a, b, "—");
}

static void find_title(tally_structure *s, const builder *bd)
{
    const char *t = bd->t;
    size_t head = bd->npar < 25 ? bd->npar : 25;
    long pick = -1;
    for (size_t p = 0; p < head && pick < 0; p++) {
        int sub = bd->kind[p] == NONE && is_subtitle(t, bd->par[p].start, bd->par[p].stop);
        int dl = bd->kind[p] == TALLY_BOILERPLATE_DATELINE && bd->dated[p];
        if (!sub && !dl)
            continue;
        for (long q = (long)p - 1; q >= 0; q--)
            if (bd->kind[q] == NONE) {
                pick = q;
                break;
            }
        if (pick < 0)
            break;
    }
    if (pick < 0)
        for (size_t p = 0; p < head; p++)
            if (bd->kind[p] == NONE) {
                size_t a = bd->par[p].start, b = bd->par[p].stop;
                if (scan_chars(t, a, b) <= 80 && !has_terminal(t, a, b))
                    pick = (long)p;
                break;
            }
    if (pick >= 0)
        s->meta.title = clean_title(t, bd->par[pick].start, bd->par[pick].stop);
}

static void find_date_source(tally_structure *s, const builder *bd)
{
    const char *t = bd->t;
    for (size_t p = 0; p < bd->npar; p++) {
        if (bd->kind[p] != TALLY_BOILERPLATE_DATELINE)
            continue;
        size_t a = bd->par[p].start, b = bd->par[p].stop, after, ds, de;
        char iso[64];
        if (!s->meta.date && find_date(t, a, b, iso, &ds, &de))
            s->meta.date = dup_span(iso, 0, strlen(iso));
        if (!s->meta.source && source_cue_at(t, a, b, &after)) {
            size_t e = after;
            while (e < b) {
                UChar32 c = scan_peek(t, b, e);
                if (scan_is_space(c) || c == '|' || c == 0xFF5C || scan_any(t, e, b, tally_source_stops))
                    break;
                scan_next(t, b, &e);
            }
            if (e > after)
                s->meta.source = dup_span(t, after, e);
        } else if (!s->meta.source && !bd->dated[p]) {
            s->meta.source = dup_span(t, a, b); /* a masthead */
        }
    }
}

/* Script and region are read from the first SAMPLE_BYTES of the text: a
 * report names its place and shows its script early, and converting a
 * whole multi-megabyte text would cost more than all else. */
#define SAMPLE_BYTES ((size_t)128 * 1024)

/* The length of a prefix of [t, t + len) of at most max bytes, ending on a
 * character boundary. */
static size_t prefix_len(const char *t, size_t len, size_t max)
{
    if (len <= max)
        return len;
    while (max > 0 && ((unsigned char)t[max] & 0xC0) == 0x80)
        max--;
    return max;
}

/* The place mentioned most in the title (counted three times) and body. */
static void find_region(tally_structure *s, const char *t)
{
    size_t total = 0, nbody = 0;
    for (; nbody < s->n_body && total < SAMPLE_BYTES; nbody++)
        total += s->body[nbody].stop - s->body[nbody].start + 1;
    size_t tl = s->meta.title ? strlen(s->meta.title) : 0;
    char *all = malloc(total + 3 * (tl + 1) + 1), *w = all;
    if (!all)
        return;
    for (int r = 0; r < 3 && tl; r++)
        memcpy(w, s->meta.title, tl), w += tl, *w++ = '\n';
    for (size_t i = 0; i < nbody; i++) {
        memcpy(w, t + s->body[i].start, s->body[i].stop - s->body[i].start);
        w += s->body[i].stop - s->body[i].start;
        *w++ = '\n';
    }
    tally_error err;
    size_t n = 0;
    char *simp = tally_convert_script(all, (size_t)(w - all), TALLY_TO_SIMPLIFIED, &n, &err);
    free(all);
    if (!simp)
        return;
    const tally_place *best = NULL;
    size_t best_count = 0;
    for (const tally_place *pl = tally_places; pl->full; pl++) {
        const char *name = pl->name ? pl->name : pl->full;
        size_t count = 0, m = strlen(name);
        for (const char *q = strstr(simp, name); q; q = strstr(q + m, name))
            count++;
        if (count > best_count)
            best = pl, best_count = count;
    }
    free(simp);
    if (best)
        s->meta.region = dup_span(best->full, 0, strlen(best->full));
}

/* Hant when more characters change by Traditional→Simplified than the other way. */
static void find_script(tally_structure *s, const char *t, size_t len)
{
    len = prefix_len(t, len, SAMPLE_BYTES);
    size_t han = 0, latin = 0;
    for (size_t i = 0; i < len;) {
        UChar32 c = scan_next(t, len, &i);
        if (scan_is_han(c))
            han++;
        else if (c < 0x80 && isalpha(c))
            latin++;
    }
    s->meta.lang = han > 0 && han * 2 >= latin ? "zh" : "und";
    if (!han)
        return;
    tally_error err;
    size_t ns = 0, nt = 0;
    char *simp = tally_convert_script(t, len, TALLY_TO_SIMPLIFIED, &ns, &err);
    char *trad = tally_convert_script(t, len, TALLY_TO_TRADITIONAL, &nt, &err);
    size_t to_simp = 0, to_trad = 0;
    if (simp && trad) {
        size_t i = 0, j = 0, k = 0;
        while (i < len && j < ns && k < nt) {
            UChar32 c = scan_next(t, len, &i);
            to_simp += scan_next(simp, ns, &j) != c;
            to_trad += scan_next(trad, nt, &k) != c;
        }
        s->meta.script = to_simp > to_trad ? "Hant" : "Hans";
    }
    free(simp), free(trad);
}

/* YAML front matter: title, date, author/authors, source as plain scalars or
 * a [a, b] / "- a" list. */
static char *yaml_scalar(const char *t, size_t a, size_t b)
{
    scan_trim(t, &a, &b);
    if (b > a + 1 && ((t[a] == '"' && t[b - 1] == '"') || (t[a] == '\'' && t[b - 1] == '\'')))
        a++, b--;
    return a < b ? dup_span(t, a, b) : NULL;
}

static void yaml_names(names *ns, const char *t, size_t a, size_t b)
{
    scan_trim(t, &a, &b);
    if (a < b && t[a] == '[' && t[b - 1] == ']')
        a++, b--;
    size_t from = a;
    for (size_t i = a; i <= b; i++)
        if (i == b || t[i] == ',') {
            char *v = yaml_scalar(t, from, i);
            if (v)
                add_name(ns, v, 0, strlen(v));
            free(v);
            from = i + 1;
        }
}

static void iso_date(char **out, const char *v)
{
    char iso[64];
    size_t ds, de;
    if (v && find_date(v, 0, strlen(v), iso, &ds, &de)) {
        free(*out);
        *out = dup_span(iso, 0, strlen(iso));
    }
}

static void read_front_matter(tally_structure *s, builder *bd, tally_span inner)
{
    const char *t = bd->t;
    names fm = {0};
    int in_authors = 0;
    for (size_t a = inner.start; a < inner.stop;) {
        const char *nl = memchr(t + a, '\n', inner.stop - a);
        size_t b = nl ? (size_t)(nl - t) : inner.stop;
        size_t c = a;
        while (c < b && t[c] != ':')
            c++;
        if (in_authors && a < b && (t[a] == ' ' || t[a] == '-')) {
            size_t d = a;
            while (d < b && (t[d] == ' ' || t[d] == '-'))
                d++;
            char *v = yaml_scalar(t, d, b);
            if (v)
                add_name(&fm, v, 0, strlen(v));
            free(v);
        } else if (c < b) {
            in_authors = 0;
            size_t ka = a, kb = c;
            scan_trim(t, &ka, &kb);
            char *key = dup_span(t, ka, kb);
            if (key) {
                for (char *q = key; *q; q++)
                    *q = (char)tolower((unsigned char)*q);
                char *v = yaml_scalar(t, c + 1, b);
                if (!strcmp(key, "title") && v)
                    free(s->meta.title), s->meta.title = v, v = NULL;
                else if (!strcmp(key, "date"))
                    iso_date(&s->meta.date, v);
                else if (!strcmp(key, "source") && v)
                    free(s->meta.source), s->meta.source = v, v = NULL;
                else if (!strcmp(key, "author") || !strcmp(key, "authors")) {
                    if (v)
                        yaml_names(&fm, t, c + 1, b);
                    else
                        in_authors = 1;
                }
                free(v);
                free(key);
            }
        }
        a = b + 1;
    }
    if (fm.n) { /* the front matter's authors come first */
        for (size_t i = 0; i < bd->authors.n; i++)
            add_name(&fm, bd->authors.v[i], 0, strlen(bd->authors.v[i]));
        for (size_t i = 0; i < bd->authors.n; i++)
            free(bd->authors.v[i]);
        free(bd->authors.v);
        bd->authors = fm;
    } else {
        free(fm.v);
    }
}

/* ---- the whole ---------------------------------------------------------- */

tally_structure *tally_structure_build(const char *text, size_t len, tally_error *err)
{
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
                parse_byline(text, a, b, &bd.authors);
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
    find_title(s, &bd);
    find_date_source(s, &bd);
    if (has_fm)
        read_front_matter(s, &bd, inner);
    s->meta.authors = bd.authors.v, s->meta.n_authors = bd.authors.n;
    bd.authors.v = NULL;
    find_region(s, text);
    find_script(s, text, len);
    if (find_turns(s, text) < 0)
        goto nomem;
    free(bd.par), free(bd.kind), free(bd.dated);
    return s;
nomem:
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
