/* A document's figures found with the default tables, kept in the document.
 * Finding them is the costly part of reading a report, and a corpus reader
 * does it on its worker threads: one set of default tables, built once and
 * only read afterwards, serves every thread. A script that adds to the
 * tables (tally.units.add …) gets figures found with its own tables instead
 * (core/lua_figures.c). */
#include "tally/doc_figures.h"
#include "page_title.h"
#include "page_widgets.h"
#include "tally/markup.h"
#include "tally/structure.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static tally_figure_rules *default_rules;
static tally_error default_rules_err;
static pthread_once_t default_rules_once = PTHREAD_ONCE_INIT;

static void free_default_rules(void)
{
    tally_figure_rules_free(default_rules);
    default_rules = NULL;
}

static void build_default_rules(void)
{
    default_rules = tally_figure_rules_new(&default_rules_err);
    if (default_rules)
        atexit(free_default_rules);
}

/* Boilerplate kinds whose figures are page furniture: counters, links to
 * other pages and legal lines. Bylines, captions and signatures stay: a
 * caption can state a figure of the report. */
static int furniture_kind(tally_boilerplate_kind k)
{
    switch (k) {
    case TALLY_BOILERPLATE_SHARE:
    case TALLY_BOILERPLATE_NAVIGATION:
    case TALLY_BOILERPLATE_LOAD_MORE:
    case TALLY_BOILERPLATE_COPYRIGHT:
    case TALLY_BOILERPLATE_RELATED:
    case TALLY_BOILERPLATE_DATELINE:
    case TALLY_BOILERPLATE_CREDITS:
        return 1;
    default:
        return 0;
    }
}

/* Whether front-matter line [a, b) is a field whose value may hold the
 * report's figures: title and date (and their Chinese names). */
static int front_matter_kept(const char *t, size_t a, size_t b)
{
    static const char *const keep[] = {"title:", "date:", "标题:", "標題:", "日期:", NULL};
    for (size_t k = 0; keep[k]; k++) {
        size_t kl = strlen(keep[k]);
        if (b - a >= kl && strncasecmp(t + a, keep[k], kl) == 0)
            return 1;
    }
    return 0;
}

/* Whether offset at lies in a front-matter line other than title and date
 * (a field's continuation lines belong to it). */
static int in_front_matter_furniture(const tally_doc *doc, tally_span fm_inner, size_t at)
{
    /* the field line that at belongs to: back to a line not indented */
    size_t a = at;
    while (a > fm_inner.start && doc->text[a - 1] != '\n')
        a--;
    while (a > fm_inner.start && (doc->text[a] == ' ' || doc->text[a] == '\t' ||
                                   doc->text[a] == '-')) {
        a--;
        while (a > fm_inner.start && doc->text[a - 1] != '\n')
            a--;
    }
    const char *nl = memchr(doc->text + a, '\n', fm_inner.stop - a);
    size_t b = nl ? (size_t)(nl - doc->text) : fm_inner.stop;
    return !front_matter_kept(doc->text, a, b);
}

/* The boilerplate blocks as two prefix maxima, so that whether an offset
 * lies in furniture is a binary search rather than a walk over the blocks
 * from the first (which every figure made, figures × blocks in all). The
 * rule read is the walk's: blocks in the structure's order, stop at the
 * first that starts after at, furniture if one before it of a furniture
 * kind reaches past at. With max_start[k] the largest start of blocks 0..k
 * (non-decreasing, whatever the order of the blocks), the walk stops at the
 * first k with max_start[k] > at; furniture_stop[k] is the largest stop of
 * the furniture blocks before k. */
typedef struct furniture_index {
    size_t *max_start;      /* n entries */
    size_t *furniture_stop; /* n + 1 entries */
    size_t n;
} furniture_index;

static int furniture_index_build(furniture_index *x, const tally_structure *st)
{
    x->n = st ? st->n_boilerplate : 0;
    x->max_start = malloc((x->n ? x->n : 1) * sizeof *x->max_start);
    x->furniture_stop = malloc((x->n + 1) * sizeof *x->furniture_stop);
    if (!x->max_start || !x->furniture_stop) {
        free(x->max_start);
        free(x->furniture_stop);
        return -1;
    }
    size_t ms = 0, fs = 0;
    x->furniture_stop[0] = 0;
    for (size_t k = 0; k < x->n; k++) {
        const tally_boilerplate *bp = &st->boilerplate[k];
        if (k == 0 || bp->span.start > ms)
            ms = bp->span.start;
        x->max_start[k] = ms;
        if (furniture_kind(bp->kind) && bp->span.stop > fs)
            fs = bp->span.stop;
        x->furniture_stop[k + 1] = fs;
    }
    return 0;
}

static int in_boilerplate_furniture(const furniture_index *x, size_t at)
{
    size_t lo = 0, hi = x->n; /* the first k with max_start[k] > at */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->max_start[mid] > at)
            hi = mid;
        else
            lo = mid + 1;
    }
    return x->furniture_stop[lo] > at;
}

/* Whether at lies in one of the n spans of w (in text order, not overlapping). */
static int in_spans(const tally_span *w, size_t n, size_t at)
{
    size_t lo = 0, hi = n; /* the first span that starts after at */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (w[mid].start > at)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo > 0 && at < w[lo - 1].stop;
}

int tally_doc_drop_furniture(tally_doc *doc, tally_figure *v, size_t *n, tally_error *err)
{
    if (!*n)
        return 0;
    const tally_structure *st = tally_doc_structure(doc, err);
    if (!st)
        return -1;
    tally_span block = {0, 0}, inner = {0, 0};
    int has_fm = tally_front_matter(doc->text, doc->len, &block, &inner);
    if (!has_fm)
        inner.start = inner.stop = 0;
    tally_span again = {0, 0}; /* the title stated a second time (page_title.h) */
    tally_restated_title(doc->text, doc->len, st, has_fm, &again);
    tally_span *widgets; /* tickers, weather, counters, comments (page_widgets.h) */
    size_t n_widgets;
    if (tally_page_widgets(doc->text, doc->len, st, &widgets, &n_widgets) < 0) {
        tally_error_set(err, "out of memory");
        return -1;
    }
    furniture_index x;
    if (furniture_index_build(&x, st) < 0) {
        free(widgets);
        tally_error_set(err, "out of memory");
        return -1;
    }
    size_t m = 0;
    for (size_t i = 0; i < *n; i++) {
        size_t at = v[i].span.start;
        int drop = at >= inner.start && at < inner.stop
                       ? in_front_matter_furniture(doc, inner, at)
                       : in_boilerplate_furniture(&x, at);
        drop |= (at >= again.start && at < again.stop) || in_spans(widgets, n_widgets, at);
        if (!drop)
            v[m++] = v[i];
    }
    free(x.max_start);
    free(x.furniture_stop);
    free(widgets);
    *n = m;
    return 0;
}

const tally_figure_rules *tally_default_figure_rules(tally_error *err)
{
    pthread_once(&default_rules_once, build_default_rules);
    if (!default_rules)
        tally_error_set(err, "figure tables: %s", default_rules_err.msg);
    return default_rules;
}

const tally_figure *tally_doc_figures(tally_doc *doc, size_t *n, tally_error *err)
{
    static const tally_figure none[1];
    if (!doc->figures_found) {
        if (!tally_default_figure_rules(err))
            return NULL;
        size_t ns;
        const tally_span *sent = tally_doc_sentences(doc, &ns, err);
        if (!sent)
            return NULL;
        const tally_structure *st = tally_doc_structure(doc, err);
        if (!st)
            return NULL;
        /* the structure's fold of the text, when it made one, is the scan's */
        char *simplified = doc->simplified;
        doc->simplified = NULL;
        if (tally_figures_find_given_fold(default_rules, doc->text, doc->len, simplified, sent, ns,
                                          st->meta.date, &doc->figures, &doc->n_figures, err) < 0)
            return NULL;
        if (tally_doc_drop_furniture(doc, doc->figures, &doc->n_figures, err) < 0) {
            free(doc->figures);
            doc->figures = NULL;
            doc->n_figures = 0;
            return NULL;
        }
        doc->figures_found = 1;
    }
    *n = doc->n_figures;
    return doc->figures ? doc->figures : none;
}
