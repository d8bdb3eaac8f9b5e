/* A document's figures found with the default tables, kept in the document.
 * Finding them is the costly part of reading a report, and a corpus reader
 * does it on its worker threads: one set of default tables, built once and
 * only read afterwards, serves every thread. A script that adds to the
 * tables (tally.units.add …) gets figures found with its own tables instead
 * (core/lua_figures.c). */
#include "tally/doc_figures.h"
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

/* Whether byte offset at lies in page furniture: a front-matter line other
 * than title and date (a field's continuation lines belong to it), or a
 * furniture kind of boilerplate. */
static int in_furniture(const tally_doc *doc, const tally_structure *st, tally_span fm_inner,
                        size_t at)
{
    if (at >= fm_inner.start && at < fm_inner.stop) {
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
    for (size_t k = 0; st && k < st->n_boilerplate; k++) {
        const tally_boilerplate *bp = &st->boilerplate[k];
        if (at < bp->span.start)
            break;
        if (at < bp->span.stop && furniture_kind(bp->kind))
            return 1;
    }
    return 0;
}

int tally_doc_drop_furniture(tally_doc *doc, tally_figure *v, size_t *n, tally_error *err)
{
    if (!*n)
        return 0;
    const tally_structure *st = tally_doc_structure(doc, err);
    if (!st)
        return -1;
    tally_span block = {0, 0}, inner = {0, 0};
    if (!tally_front_matter(doc->text, doc->len, &block, &inner))
        inner.start = inner.stop = 0;
    size_t m = 0;
    for (size_t i = 0; i < *n; i++)
        if (!in_furniture(doc, st, inner, v[i].span.start))
            v[m++] = v[i];
    *n = m;
    return 0;
}

const tally_figure *tally_doc_figures(tally_doc *doc, size_t *n, tally_error *err)
{
    static const tally_figure none[1];
    if (!doc->figures_found) {
        pthread_once(&default_rules_once, build_default_rules);
        if (!default_rules) {
            tally_error_set(err, "figure tables: %s", default_rules_err.msg);
            return NULL;
        }
        size_t ns;
        const tally_span *sent = tally_doc_sentences(doc, &ns, err);
        if (!sent)
            return NULL;
        const tally_structure *st = tally_doc_structure(doc, err);
        if (!st)
            return NULL;
        if (tally_figures_find_dated(default_rules, doc->text, doc->len, sent, ns, st->meta.date,
                                     &doc->figures, &doc->n_figures, err) < 0)
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
