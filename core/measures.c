/* List detection (measures.md). Three passes over the body paragraphs:
 * find marker candidates where a clause or sentence starts; group each
 * family of markers into lists (outer section styles first, so that inner
 * lists know their container); then work out each item's text, headline,
 * parent, level and its list's intro and declared count. */
#include "tally/measures.h"
#include "tally/deadline.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "measure_tables.h"
#include "scan.h"

const char *tally_list_style_name(tally_list_style style)
{
    static const char *const names[] = {"shi", "ordinal", "section", "topic"};
    return (unsigned)style < sizeof names / sizeof names[0] ? names[style] : "list";
}

/* ---- numerals ---------------------------------------------------------- */

static int numeral_char_at(const char *t, size_t i, size_t stop, size_t *next)
{
    for (const numeral_char *n = tally_numeral_chars; n->ch; n++)
        if (scan_at(t, i, stop, n->ch)) {
            *next = i + strlen(n->ch);
            return n->value;
        }
    return -1;
}

long tally_count_at(const char *t, size_t i, size_t stop, size_t *end)
{
    if (i < stop && t[i] >= '0' && t[i] <= '9') {
        long v = 0;
        size_t j = i;
        while (j < stop && j - i < 7 && t[j] >= '0' && t[j] <= '9')
            v = v * 10 + (t[j++] - '0');
        if (j < stop && t[j] >= '0' && t[j] <= '9')
            return -1;
        *end = j;
        return v;
    }
    long total = 0, cur = -1;
    size_t j = i, next;
    int any = 0, after_zero = 0;
    for (int d; (d = numeral_char_at(t, j, stop, &next)) >= 0;) {
        if (d == 10 || d == 100) {
            total += (cur < 0 ? 1 : cur) * d;
            cur = -1;
        } else if (d == 0) {
            after_zero = 1;
        } else {
            if (cur >= 0 && !after_zero)
                break; /* 一一 is no number */
            cur = d;
            after_zero = 0;
        }
        any = 1;
        j = next;
    }
    if (!any)
        return -1;
    *end = j;
    return total + (cur < 0 ? 0 : cur);
}

static long chinese_count_at(const char *t, size_t i, size_t stop, size_t *end)
{
    if (i < stop && t[i] >= '0' && t[i] <= '9')
        return -1;
    return tally_count_at(t, i, stop, end);
}

static long arabic_count_at(const char *t, size_t i, size_t stop, size_t *end)
{
    if (!(i < stop && t[i] >= '0' && t[i] <= '9'))
        return -1;
    return tally_count_at(t, i, stop, end);
}

/* ---- candidates --------------------------------------------------------- */

/* Families of markers that can form one list. Numbered clause openers get one
 * family per word after the numeral (一是…, 一要…), so the two never join;
 * section styles one per rank. */
enum { FAM_ORD, FAM_TOPIC, FAM_SHI, FAM_SECTION = FAM_SHI + 8 }; /* FAM_SECTION + rank - 1 */
#define CONTENT_RANK 100

typedef struct item {
    size_t mstart, mstop; /* marker */
    size_t cstart;        /* content after the marker and its separator */
    size_t piece;         /* body paragraph */
    int family, rank;
    int depth;            /* nesting order of its kind: section rank, then content styles */
    int ordinal;          /* 0: one after the item before (最后) */
    int last;             /* 最后: nothing follows in its list */
    tally_list_style style;
    long turn;
    /* set when grouped */
    int list;
    int keep;
    long container;       /* index in items of the enclosing item, or -1 */
    size_t tstart, tstop; /* text */
    size_t hstart, hstop; /* headline */
    long parent;
    int level;
} item;

typedef struct finder {
    const char *t;
    size_t len;
    const tally_structure *s;
    item *v;
    size_t n, cap;
    char *opens; /* per body paragraph: 1 when a marker candidate opens it */
    int max_rank; /* the deepest section rank */
    int failed;
} finder;

#define MAX_DEPTH 16

static int depth_of(const finder *f, const item *it)
{
    switch (it->style) {
    case TALLY_LIST_SECTION:
        return it->rank;
    case TALLY_LIST_TOPIC:
        return f->max_rank + tally_topic_depth;
    case TALLY_LIST_ORDINAL:
        return f->max_rank + tally_ordinal_depth;
    default:
        return f->max_rank + tally_shi_depth;
    }
}

static void add_item(finder *f, const item *it)
{
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 32;
        item *v = realloc(f->v, cap * sizeof *v);
        if (!v) {
            f->failed = 1;
            return;
        }
        f->v = v, f->cap = cap;
    }
    f->v[f->n] = *it;
    f->v[f->n].depth = depth_of(f, it);
    f->n++;
}

static size_t skip_separators(const char *t, size_t i, size_t stop)
{
    for (;;) {
        const char *sep = scan_any(t, i, stop, tally_marker_separators);
        if (sep)
            i += strlen(sep);
        else if (i < stop && scan_is_space(scan_peek(t, stop, i)))
            scan_next(t, stop, &i);
        else
            return i;
    }
}

static int separator_at(const char *t, size_t i, size_t stop)
{
    return scan_any(t, i, stop, tally_marker_separators) != NULL;
}

/* 一是, 十一是, 一要 */
static int shi_at(const char *t, size_t i, size_t stop, item *it)
{
    size_t e;
    long v = chinese_count_at(t, i, stop, &e);
    if (v < 1)
        return 0;
    for (int k = 0; tally_numbered_words[k] && k < 8; k++)
        if (scan_at(t, e, stop, tally_numbered_words[k])) {
            it->mstop = e + strlen(tally_numbered_words[k]);
            it->ordinal = (int)v;
            it->family = FAM_SHI + k, it->rank = CONTENT_RANK, it->style = TALLY_LIST_SHI;
            return 1;
        }
    return 0;
}

/* 首先, 第三, 最后 followed by a separator */
static int ordinal_at(const char *t, size_t i, size_t stop, item *it)
{
    size_t e = 0;
    long v = -1;
    if (scan_at(t, i, stop, "第")) {
        v = tally_count_at(t, i + strlen("第"), stop, &e);
        it->last = 0;
    } else {
        for (const ordinal_word *w = tally_ordinal_words; w->word; w++)
            if (scan_at(t, i, stop, w->word)) {
                v = w->ordinal, e = i + strlen(w->word);
                it->last = w->ordinal == 0;
                break;
            }
    }
    int word = !scan_at(t, i, stop, "第");
    if (v < 0 || (v == 0 && !it->last) ||
        !(separator_at(t, e, stop) || (word && scan_any(t, e, stop, tally_ordinal_word_joins))))
        return 0;
    it->mstop = e;
    it->ordinal = (int)v;
    it->family = FAM_ORD, it->rank = CONTENT_RANK, it->style = TALLY_LIST_ORDINAL;
    return 1;
}

/* 一、 （一） 1. 1、 (1) */
static int section_at(const char *t, size_t i, size_t stop, int sentence, item *it)
{
    for (const section_style *st = tally_section_styles; st->close; st++) {
        if (!scan_at(t, i, stop, st->open) || !(sentence || st->in_clause))
            continue;
        size_t j = i + strlen(st->open), e;
        long v = st->digits == NUM_CHINESE ? chinese_count_at(t, j, stop, &e)
                                           : arabic_count_at(t, j, stop, &e);
        if (v < 1 || !scan_at(t, e, stop, st->close))
            continue;
        e += strlen(st->close);
        /* 1.5 is a number, not a section; nor are the 1、 of 1、2月 and the
         * 一、 of 一、二产业 */
        size_t after;
        if (e < stop && t[e] >= '0' && t[e] <= '9' && *st->close == '.')
            continue;
        if (!*st->open && tally_count_at(t, e, stop, &after) >= 0 &&
            (scan_at(t, after, stop, "、") || scan_at(t, after, stop, "月")))
            continue;
        it->mstop = e;
        it->ordinal = (int)v;
        it->family = FAM_SECTION + st->rank - 1, it->rank = st->rank;
        it->style = TALLY_LIST_SECTION;
        return 1;
    }
    return 0;
}

/* 在服务企业方面, / 在政策支持上， */
static int topic_at(const char *t, size_t i, size_t stop, item *it)
{
    for (const topic_frame *fr = tally_topic_frames; fr->open; fr++) {
        if (!scan_at(t, i, stop, fr->open))
            continue;
        size_t from = i + strlen(fr->open), j = from;
        for (int n = 0; j < stop && n <= tally_topic_max_chars; n++) {
            if (n >= 2 && scan_at(t, j, stop, fr->close)) {
                size_t e = j + strlen(fr->close);
                if (e < stop && !separator_at(t, e, stop))
                    break;
                for (size_t k = from; k < j; k++)
                    if (scan_any(t, k, j, tally_topic_not))
                        return 0;
                it->mstop = e;
                it->ordinal = 0;
                it->family = FAM_TOPIC, it->rank = CONTENT_RANK, it->style = TALLY_LIST_TOPIC;
                return 1;
            }
            UChar32 c = scan_next(t, stop, &j);
            if (!(scan_is_han(c) || c == 0x201C || c == 0x201D || (c < 0x80 && c > ' ' &&
                                                                   c != ',' && c != ':' && c != ';')))
                break;
        }
    }
    return 0;
}

/* Markdown emphasis and heading marks do not end a clause start: **一是…** */
static int is_markup(UChar32 c)
{
    return c == '*' || c == '#' || c == '_' || c == '>';
}

static int is_clause_break(UChar32 c)
{
    return scan_is_sentence_end(c) || c == 0xFF1B || c == ';' || c == 0xFF1A || c == ':' ||
           c == 0xFF0C || c == ',';
}

static void find_candidates(finder *f)
{
    const char *t = f->t;
    size_t turn = 0; /* the next turn to start, in text order */
    for (size_t p = 0; p < f->s->n_body; p++) {
        size_t a = f->s->body[p].start, b = f->s->body[p].stop;
        int clause = 1, sentence = 1;
        for (size_t i = a; i < b && !f->failed;) {
            /* what a speaker says starts a sentence: 贺明川：在电商进农村方面，… */
            while (turn < f->s->n_turns && f->s->turns[turn].text.start < i)
                turn++;
            if (turn < f->s->n_turns && f->s->turns[turn].text.start == i)
                clause = sentence = 1;
            item it;
            if (clause || sentence) /* a marker opens a clause: elsewhere nothing is read */
                memset(&it, 0, sizeof it), it.mstart = i, it.piece = p;
            if ((clause && section_at(t, i, b, sentence, &it)) || (sentence && topic_at(t, i, b, &it)) ||
                (clause && (shi_at(t, i, b, &it) || ordinal_at(t, i, b, &it)))) {
                it.cstart = skip_separators(t, it.mstop, b);
                const char *cop = it.style == TALLY_LIST_ORDINAL && it.cstart == it.mstop
                                      ? scan_any(t, it.cstart, b, tally_ordinal_copulas)
                                      : NULL;
                if (cop)
                    it.cstart = skip_separators(t, it.cstart + strlen(cop), b);
                it.turn = tally_structure_turn_at(f->s, i);
                add_item(f, &it);
            }
            UChar32 c = scan_next(t, b, &i);
            if (scan_is_sentence_end(c) || scan_is_space(c))
                clause = sentence = 1;
            else if (is_clause_break(c))
                clause = 1, sentence = 0;
            else if (!(scan_is_closer(c) || is_markup(c)))
                clause = sentence = 0;
        }
    }
}

/* ---- lists ------------------------------------------------------------- */

static int starts_with_marker(const finder *f, size_t piece)
{
    return f->opens[piece];
}

/* The kept sections of earlier passes, per rank in text order: the items of
 * one rank never overlap (an item ends before the next marker of its rank),
 * so the one that may hold a position is found by bisection. */
typedef struct outer_items {
    size_t *idx[MAX_DEPTH + 1];
    size_t n[MAX_DEPTH + 1];
} outer_items;

static int outer_items_build(const finder *f, int below_rank, outer_items *o)
{
    memset(o, 0, sizeof *o);
    for (int r = 1; r < below_rank && r <= f->max_rank; r++) {
        o->idx[r] = malloc((f->n ? f->n : 1) * sizeof *o->idx[r]);
        if (!o->idx[r])
            return -1;
    }
    for (size_t k = 0; k < f->n; k++) {
        const item *c = &f->v[k];
        if (c->keep && c->rank < below_rank && c->rank <= f->max_rank && o->idx[c->rank])
            o->idx[c->rank][o->n[c->rank]++] = k;
    }
    return 0;
}

static void outer_items_free(outer_items *o)
{
    for (int r = 0; r <= MAX_DEPTH; r++)
        free(o->idx[r]);
}

/* The innermost kept item of an earlier pass whose text holds at. */
static long container_of(const finder *f, const outer_items *o, size_t at)
{
    long best = -1;
    for (int r = 1; r <= MAX_DEPTH; r++) {
        if (!o->n[r])
            continue;
        size_t lo = 0, hi = o->n[r]; /* the first with mstart >= at */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (f->v[o->idx[r][mid]].mstart < at)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == 0)
            continue;
        const item *c = &f->v[o->idx[r][lo - 1]];
        if (at >= c->tstop)
            continue;
        if (best < 0 || c->tstop - c->tstart < f->v[best].tstop - f->v[best].tstart)
            best = (long)o->idx[r][lo - 1];
    }
    return best;
}

/* An item ends before the next kept marker of the same or a smaller depth
 * (a restarted list, the enclosing list's next item): so items of one depth
 * never overlap, nesting is bounded by the depths, and the item texts of a
 * long line sum to a few times its length. family < 0: every kept item. */
static void end_at_next_marker(finder *f, int family)
{
    size_t next[MAX_DEPTH + 1];
    for (int d = 0; d <= MAX_DEPTH; d++)
        next[d] = SIZE_MAX;
    for (size_t k = f->n; k-- > 0;) {
        item *it = &f->v[k];
        if (!it->keep)
            continue;
        if (family < 0 || it->family == family) {
            size_t cut = SIZE_MAX;
            for (int d = 1; d <= it->depth; d++)
                if (next[d] < cut)
                    cut = next[d];
            if (cut < it->tstop) {
                size_t a = it->mstart;
                scan_trim(f->t, &a, &cut);
                it->tstop = cut > it->mstop ? cut : it->mstop;
            }
        }
        next[it->depth] = it->mstart;
    }
}

static int ends_sentence(const char *t, size_t a, size_t b)
{
    while (b > a) {
        size_t k = b;
        UChar32 c = scan_prev(t, a, &k);
        if (scan_is_closer(c) || scan_is_space(c)) {
            b = k;
            continue;
        }
        return scan_is_sentence_end(c) || c == 0xFF1B || c == ';';
    }
    return 0;
}

/* Where the first clause after the marker ends: 。；; ！？ or the paragraph end. */
static size_t clause_end(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b;) {
        size_t k = i;
        UChar32 c = scan_next(t, b, &k);
        if (scan_is_sentence_end(c) || c == 0xFF1B || c == ';')
            return i;
        i = k;
    }
    return b;
}

static int ends_with_colon(const char *t, tally_span par)
{
    return scan_ends(t, par.start, par.stop, "：") || scan_ends(t, par.start, par.stop, ":");
}

/* A headline standing as a heading: short, one clause, no comma. */
static int headline_like(const char *t, size_t a, size_t b)
{
    if (scan_chars(t, a, b) > (size_t)tally_heading_max_chars)
        return 0;
    for (size_t i = a; i < b;) {
        UChar32 c = scan_next(t, b, &i);
        if (c == 0xFF0C || c == ',' || c == 0xFF1A || c == ':')
            return 0;
    }
    return 1;
}

static size_t body_end(const finder *f)
{
    return f->s->n_body ? f->s->body[f->s->n_body - 1].stop : 0;
}

/* The text of each kept item of one list: idx holds the list's items in order. */
static void item_texts(finder *f, const size_t *idx, size_t n)
{
    const char *t = f->t;
    const tally_structure *s = f->s;
    for (size_t k = 0; k < n; k++) {
        item *it = &f->v[idx[k]];
        const item *next = k + 1 < n ? &f->v[idx[k + 1]] : NULL;
        size_t bound = it->container >= 0 ? f->v[it->container].tstop : body_end(f);
        if (it->turn >= 0 && s->turns[it->turn].text.stop < bound)
            bound = s->turns[it->turn].text.stop;
        size_t end;
        if (it->style == TALLY_LIST_SECTION) {
            end = next ? next->mstart : bound; /* sections run to the next section */
        } else {
            size_t p = it->piece;
            end = next && next->piece == p ? next->mstart : s->body[p].stop;
            if (!(next && next->piece == p)) {
                /* an item whose paragraph is only its headline (一是坚持创新驱动。
                 * alone on a line) takes the paragraphs after it */
                int alone = it->style != TALLY_LIST_TOPIC && it->mstart == s->body[p].start;
                size_t ce = alone ? clause_end(t, it->cstart, s->body[p].stop) : 0;
                alone = alone && ce < s->body[p].stop && headline_like(t, it->cstart, ce);
                if (alone) {
                    size_t after = ce;
                    scan_next(t, s->body[p].stop, &after);
                    while (after < s->body[p].stop && (scan_is_closer(scan_peek(t, s->body[p].stop, after)) ||
                                                       scan_is_space(scan_peek(t, s->body[p].stop, after))))
                        scan_next(t, s->body[p].stop, &after);
                    alone = after >= s->body[p].stop;
                }
                /* a paragraph ending in a colon announces what follows it */
                while (p + 1 < s->n_body && s->body[p + 1].start < bound &&
                       !starts_with_marker(f, p + 1) && !ends_with_colon(t, s->body[p + 1]) &&
                       (alone || !ends_sentence(t, s->body[p].start, s->body[p].stop))) {
                    p++;
                    end = s->body[p].stop;
                    if (next && next->mstart < end)
                        end = next->mstart;
                }
            }
        }
        if (end > bound)
            end = bound;
        size_t a = it->mstart;
        scan_trim(t, &a, &end);
        it->tstart = it->mstart;
        it->tstop = end > it->mstart ? end : it->mstop;
    }
}

/* Groups the candidates of one family into lists and keeps the lists the
 * spec counts: two items or more, or a lone numbered item past the first
 * (a list whose start a missing page took). */
static int group_family(finder *f, int family, int *next_list)
{
    int rank = family >= FAM_SECTION ? family - FAM_SECTION + 1 : CONTENT_RANK;
    outer_items outer;
    memset(&outer, 0, sizeof outer);
    size_t *idx = malloc((f->n ? f->n : 1) * sizeof *idx);
    if (!idx || outer_items_build(f, rank, &outer) < 0) {
        free(idx);
        outer_items_free(&outer);
        return -1;
    }
    size_t n = 0;
    const item *prev = NULL;
    int prev_ordinal = 0;
    for (size_t k = 0; k <= f->n; k++) {
        if ((k & 1023) == 1023 && tally_deadline_passed()) {
            free(idx);
            outer_items_free(&outer);
            return -1; /* tally_measures_find says why */
        }
        item *it = k < f->n ? &f->v[k] : NULL;
        if (it && it->family != family)
            continue;
        if (it)
            it->container = container_of(f, &outer, it->mstart);
        int ordinal = it ? (it->ordinal ? it->ordinal : prev_ordinal + 1) : 0;
        int joins = it && prev && !prev->last && it->container == prev->container &&
                    it->turn == prev->turn;
        if (joins && family == FAM_TOPIC) {
            /* topic blocks follow each other: at most two unmarked paragraphs between */
            joins = it->piece <= prev->piece + 3;
            for (size_t p = prev->piece + 1; joins && p < it->piece; p++)
                joins = !starts_with_marker(f, p);
        } else if (joins) {
            joins = ordinal == prev_ordinal + 1;
        }
        if (!joins && n > 0) {
            const item *first = &f->v[idx[0]];
            int keep = n >= 2 || (first->style != TALLY_LIST_TOPIC &&
                                   first->style != TALLY_LIST_ORDINAL && first->ordinal > 1);
            if (keep) {
                int id = (*next_list)++;
                for (size_t j = 0; j < n; j++)
                    f->v[idx[j]].keep = 1, f->v[idx[j]].list = id;
                item_texts(f, idx, n);
            }
            n = 0;
        }
        if (!it)
            break;
        if (family == FAM_TOPIC)
            ordinal = n + 1;
        it->ordinal = ordinal;
        idx[n++] = k;
        prev = it;
        prev_ordinal = ordinal;
    }
    free(idx);
    outer_items_free(&outer);
    return 0;
}

/* ---- intro and declared ------------------------------------------------- */

/* The first count in [a, b) that announces items: strong counters (方面,
 * 大) before weak ones (个, 项), which count only when weak is set. 0 when
 * there is none; *at (when given) is where the count starts. */
static int declared_in(const char *t, size_t a, size_t b, int weak, size_t *at)
{
    for (int pass = 0; pass < 1 + weak; pass++) {
        const char *const *counters = pass ? tally_weak_counters : tally_strong_counters;
        for (size_t i = a; i < b;) {
            size_t before = i, e = i;
            UChar32 prev = i > a ? scan_prev(t, a, &before) : 0;
            long v = prev >= '0' && prev <= '9' ? -1 : tally_count_at(t, i, b, &e);
            /* 第三, 前三个月: an ordinal or a period (asked only of a count:
             * it is most positions' cost otherwise) */
            if (v >= 0 && i > a && scan_any(t, before, i, tally_count_not_before)) {
                scan_next(t, b, &i);
                continue;
            }
            size_t dummy; /* inside a longer number */
            int numeral_before = v >= 0 && i > a && chinese_count_at(t, before, b, &dummy) >= 0;
            const char *counter = v >= 0 ? scan_any(t, e, b, counters) : NULL;
            if (v >= tally_declared_min && v <= tally_declared_max && !numeral_before && counter &&
                !scan_any(t, e + strlen(counter), b, tally_count_not_after)) {
                if (at)
                    *at = i;
                return (int)v;
            }
            scan_next(t, b, &i);
        }
    }
    return 0;
}

/* The last sentence of [a, b), or the clause before its closing colon. */
static tally_span last_sentence(const char *t, size_t a, size_t b)
{
    scan_trim(t, &a, &b);
    tally_span s = {b, b};
    if (a >= b)
        return s;
    size_t k = b;
    UChar32 last = scan_prev(t, a, &k);
    int colon = last == 0xFF1A || last == ':';
    size_t from = a; /* after the last break before k, found from k back */
    for (size_t i = k; i > a;) {
        size_t after = i;
        UChar32 c = scan_prev(t, a, &i);
        if (scan_is_sentence_end(c) || c == 0xFF1B || c == ';' ||
            (colon && (c == 0xFF0C || c == ','))) {
            from = after;
            break;
        }
    }
    while (from < b && scan_is_closer(scan_peek(t, b, from)))
        scan_next(t, b, &from);
    s.start = from;
    scan_trim(t, &s.start, &s.stop);
    return s;
}

/* Sentences of [a, b) from the last back, for the declared-count search. */
static tally_span sentence_before(const char *t, size_t a, size_t b)
{
    scan_trim(t, &a, &b);
    tally_span s = {b, b};
    if (a >= b)
        return s;
    size_t k = b;
    scan_prev(t, a, &k);
    size_t from = a;
    for (size_t i = k; i > a;) {
        size_t after = i;
        if (scan_is_sentence_end(scan_prev(t, a, &i))) {
            from = after;
            break;
        }
    }
    s.start = from;
    scan_trim(t, &s.start, &s.stop);
    return s;
}

/* The clause holding byte at, between clause breaks, without them. */
static tally_span clause_around(const char *t, size_t n, size_t at)
{
    tally_span c = {at, at};
    while (c.start > 0) {
        size_t k = c.start;
        UChar32 ch = scan_prev(t, 0, &k);
        if (is_clause_break(ch) || ch == '\n')
            break;
        c.start = k;
    }
    while (c.stop < n) {
        size_t k = c.stop;
        UChar32 ch = scan_next(t, n, &k);
        if (is_clause_break(ch) || ch == '\n')
            break;
        c.stop = k;
    }
    while (c.start < c.stop && scan_is_closer(scan_peek(t, c.stop, c.start)))
        scan_next(t, c.stop, &c.start);
    scan_trim(t, &c.start, &c.stop);
    return c;
}

static void find_intro(finder *f, size_t first, size_t floor_, tally_span *intro, int *declared)
{
    const char *t = f->t;
    const tally_structure *s = f->s;
    const item *it = &f->v[first];
    intro->start = intro->stop = 0;
    *declared = 0;
    if (it->ordinal > 1)
        return; /* the list's start is missing */
    if (it->parent >= 0) {
        const item *p = &f->v[it->parent];
        size_t gap = p->hstop;
        while (gap < it->mstart) {
            UChar32 c = scan_peek(t, it->mstart, gap);
            if (!(scan_is_space(c) || is_clause_break(c) || scan_is_closer(c)))
                break;
            scan_next(t, it->mstart, &gap);
        }
        if (gap >= it->mstart && p->hstop > p->hstart) {
            /* the parent's headline announces the list when it counts it:
             * 瞄准“四个国家级示范项目”谋求发展新突破 */
            *declared = declared_in(t, p->hstart, p->hstop, 1, NULL);
            if (*declared)
                intro->start = p->hstart, intro->stop = p->hstop;
            return;
        }
        if (floor_ < p->cstart)
            floor_ = p->cstart;
    }
    /* the text before the first item: in its paragraph, else the paragraph before */
    long piece = (long)it->piece;
    size_t upto = it->mstart;
    if (!(upto > s->body[piece].start && upto > floor_)) {
        piece--;
        upto = piece >= 0 ? s->body[piece].stop : 0;
    }
    if (piece < 0 || upto <= floor_)
        return;
    size_t from = s->body[piece].start > floor_ ? s->body[piece].start : floor_;
    tally_span clause = last_sentence(t, from, upto);
    if (clause.start >= clause.stop)
        return;
    size_t k = clause.stop, at;
    UChar32 last = scan_prev(t, clause.start, &k);
    tally_span whole = sentence_before(t, from, upto);
    if (whole.start > clause.start || whole.stop < clause.stop)
        whole = clause;
    if (last == 0xFF1A || last == ':') {
        /* a colon announces: the clause up to it is the intro, and the count
         * may stand earlier in its sentence (全省今年实施“稳外贸六项行动”，主要包括：) */
        *intro = clause;
        *declared = declared_in(t, whole.start, whole.stop, 1, NULL);
        return;
    }
    /* otherwise the clause that states a count announces the list: in the
     * sentence before it, or a little further back with a strong counter
     * (河北從四方面發力), not any count (新支持25个县) */
    *declared = declared_in(t, whole.start, whole.stop, 1, &at);
    size_t back = whole.start;
    for (int tries = 0; !*declared && tries < 4 && piece >= 0; tries++) {
        size_t pa = s->body[piece].start > floor_ ? s->body[piece].start : floor_;
        if (back <= pa) {
            if (--piece < 0 || s->body[piece].stop <= floor_)
                break;
            back = s->body[piece].stop;
            pa = s->body[piece].start > floor_ ? s->body[piece].start : floor_;
        }
        tally_span sen = sentence_before(t, pa, back);
        if (sen.start >= sen.stop)
            break;
        *declared = declared_in(t, sen.start, sen.stop, 0, &at);
        back = sen.start;
    }
    if (*declared)
        *intro = clause_around(t, f->len, at);
}

/* ---- the whole ----------------------------------------------------------- */

static int by_position(const void *x, const void *y)
{
    const item *a = x, *b = y;
    return a->mstart < b->mstart ? -1 : a->mstart > b->mstart;
}

typedef struct item_end {
    size_t stop, index;
} item_end;

static int by_end(const void *x, const void *y)
{
    const item_end *a = x, *b = y;
    return a->stop < b->stop ? -1 : a->stop > b->stop;
}

int tally_measures_find(const char *text, size_t len, const tally_structure *s,
                        tally_measure **out, size_t *n_out, tally_error *err)
{
    finder f = {.t = text, .len = len, .s = s};
    for (const section_style *st = tally_section_styles; st->close; st++)
        if (st->rank > f.max_rank)
            f.max_rank = st->rank;
    f.opens = calloc(s->n_body ? s->n_body : 1, 1);
    if (!f.opens) {
        tally_error_set(err, "out of memory");
        return -1;
    }
    find_candidates(&f);
    for (size_t k = 0; k < f.n; k++)
        if (f.v[k].mstart == s->body[f.v[k].piece].start)
            f.opens[f.v[k].piece] = 1;
    int next_list = 1;
    /* outer section styles first, then the content lists */
    for (int fam = FAM_SECTION; fam < FAM_SECTION + f.max_rank && !f.failed; fam++) {
        if (group_family(&f, fam, &next_list) < 0)
            f.failed = 1;
        end_at_next_marker(&f, fam); /* before the inner passes look for containers */
    }
    for (int fam = FAM_ORD; fam < FAM_SECTION && !f.failed; fam++)
        if (group_family(&f, fam, &next_list) < 0)
            f.failed = 1;
    if (!f.failed)
        end_at_next_marker(&f, -1);
    free(f.opens);
    f.opens = NULL;
    if (f.failed) {
        free(f.v);
        tally_error_set(err, "%s", tally_deadline_passed() ? "measures: " TALLY_DEADLINE_MESSAGE
                                                          : "out of memory");
        return -1;
    }
    /* the candidates no list kept are dropped; the rest sorted by position */
    size_t n = 0;
    for (size_t k = 0; k < f.n; k++)
        if (f.v[k].keep)
            f.v[n++] = f.v[k];
    f.n = n;
    if (n > 1)
        qsort(f.v, n, sizeof *f.v, by_position);
    /* per list: its first item and its last marker */
    long *first_of = malloc(((size_t)next_list + 1) * sizeof *first_of);
    size_t *last_of = malloc(((size_t)next_list + 1) * sizeof *last_of);
    if (!first_of || !last_of) {
        free(first_of), free(last_of), free(f.v);
        tally_error_set(err, "out of memory");
        return -1;
    }
    for (int l = 0; l <= next_list; l++)
        first_of[l] = -1;
    for (size_t k = 0; k < n; k++) {
        if (first_of[f.v[k].list] < 0)
            first_of[f.v[k].list] = (long)k;
        last_of[f.v[k].list] = f.v[k].mstart;
    }
    /* parent: the innermost item of a smaller depth that holds every marker
     * of the list. In text order, so that each item is cut to its parent's
     * end before the items after it look for their parent inside it. Items
     * of one depth do not overlap, so at each depth only the latest item
     * before the list can hold it. */
    long recent[MAX_DEPTH + 1];
    for (int d = 0; d <= MAX_DEPTH; d++)
        recent[d] = -1;
    for (size_t k = 0; k < n; k++) {
        if (tally_deadline_passed()) {
            free(first_of), free(last_of), free(f.v);
            tally_error_set(err, "measures: %s", TALLY_DEADLINE_MESSAGE);
            return -1;
        }
        item *it = &f.v[k];
        long first = first_of[it->list];
        if (first != (long)k) {
            it->parent = f.v[first].parent; /* a list's items share its parent */
        } else {
            size_t last = last_of[it->list];
            it->parent = -1;
            for (int d = 1; d < it->depth; d++) {
                long j = recent[d];
                if (j < 0)
                    continue;
                const item *c = &f.v[j];
                if (c->list == it->list || c->mstart >= it->mstart || last >= c->tstop)
                    continue;
                if (it->parent < 0 ||
                    c->tstop - c->tstart < f.v[it->parent].tstop - f.v[it->parent].tstart)
                    it->parent = j;
            }
        }
        it->level = it->parent >= 0 ? f.v[it->parent].level + 1 : 1;
        if (it->parent >= 0 && it->tstop > f.v[it->parent].tstop)
            it->tstop = f.v[it->parent].tstop;
        if (it->tstop < it->mstop)
            it->tstop = it->mstop;
        recent[it->depth] = (long)k;
    }
    /* headline: to the first 。；; ！？, the paragraph end or the next marker */
    for (size_t k = 0; k < n; k++) {
        item *it = &f.v[k];
        size_t e = s->body[it->piece].stop;
        if (it->tstop < e)
            e = it->tstop;
        for (size_t j = k + 1; j < n; j++)
            if (f.v[j].mstart >= it->cstart) {
                if (f.v[j].mstart < e)
                    e = f.v[j].mstart;
                break;
            }
        e = clause_end(text, it->cstart, e);
        size_t a = it->cstart;
        for (;;) { /* trailing separators and white space go */
            scan_trim(text, &a, &e);
            size_t m = e;
            UChar32 c = e > a ? scan_prev(text, a, &m) : 0;
            if (!(is_clause_break(c) || c == 0x3001))
                break;
            e = m;
        }
        it->hstart = a, it->hstop = e > a ? e : a;
    }
    tally_measure *m = calloc(n ? n : 1, sizeof *m);
    if (!m) {
        free(first_of), free(last_of);
        free(f.v);
        tally_error_set(err, "out of memory");
        return -1;
    }
    /* lists renumbered in order of their first item */
    int *renum = calloc((size_t)next_list + 1, sizeof *renum);
    /* the items by their end, and per parent (index + 1, 0 for none) the
     * latest end of its children seen so far that lies before the list */
    item_end *by_stop = malloc((n ? n : 1) * sizeof *by_stop);
    size_t *sibling_end = calloc(n + 1, sizeof *sibling_end);
    if (!renum || !by_stop || !sibling_end) {
        free(renum), free(by_stop), free(sibling_end), free(first_of), free(last_of);
        free(m), free(f.v);
        tally_error_set(err, "out of memory");
        return -1;
    }
    for (size_t k = 0; k < n; k++)
        by_stop[k].stop = f.v[k].tstop, by_stop[k].index = k;
    if (n > 1)
        qsort(by_stop, n, sizeof *by_stop, by_end);
    size_t ended = 0;
    int ids = 0;
    for (size_t k = 0; k < n; k++) {
        item *it = &f.v[k];
        if (!renum[it->list]) {
            renum[it->list] = ++ids;
            /* the intro may not reach back past the item of the same parent
             * before this list */
            for (; ended < n && by_stop[ended].stop <= it->mstart; ended++) {
                const item *j = &f.v[by_stop[ended].index];
                size_t *e = &sibling_end[j->parent + 1];
                if (j->tstop > *e)
                    *e = j->tstop;
            }
            size_t floor_ = it->turn >= 0 ? s->turns[it->turn].text.start : 0;
            if (sibling_end[it->parent + 1] > floor_)
                floor_ = sibling_end[it->parent + 1];
            find_intro(&f, k, floor_, &m[k].intro, &m[k].declared);
        } else {
            size_t j = (size_t)first_of[it->list];
            m[k].intro = m[j].intro, m[k].declared = m[j].declared;
        }
        m[k].marker.start = it->mstart, m[k].marker.stop = it->mstop;
        m[k].headline.start = it->hstart, m[k].headline.stop = it->hstop;
        m[k].text.start = it->tstart, m[k].text.stop = it->tstop;
        m[k].ordinal = it->ordinal;
        m[k].level = it->level;
        m[k].parent = it->parent >= 0 ? (size_t)it->parent + 1 : 0;
        m[k].style = it->style;
    }
    for (size_t k = 0; k < n; k++)
        m[k].list = renum[f.v[k].list];
    free(renum), free(by_stop), free(sibling_end), free(first_of), free(last_of);
    free(f.v);
    *out = m;
    *n_out = n;
    return 0;
}
