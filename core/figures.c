/* The figure scanner (spec/figures.md). It reads the text folded to
 * Simplified, so one set of tables serves both scripts, and reports spans of
 * the original text. In order, each stage in its own file (figure_scan.h):
 *   1. time expressions and exclusion patterns mask the bytes they cover;
 *   2. ranks: a rank verb (位居, 居) with its marker (第2位, 前十) and the
 *      scope between them; the scope is masked so 前6位 in it is no figure;
 *   3. every other number: qualifiers, numeral, magnitude (figure_number.c),
 *      range, unit (figure_unit.c), not inside a quoted name (figure_quote.c);
 *   4. kind from the unit and the trend word before it (增长 → growth);
 *   5. subject and period from the words around it. */
#include "figure_scan.h"

#include <math.h>
#include <stdlib.h>

#include "lex_cache.h"
#include "text_mask.h"
#include "tally/deadline.h"

int fig_push(scan *s, const tally_figure *fig)
{
    if (s->out.n == s->out.cap) {
        size_t c = s->out.cap ? s->out.cap * 2 : 64;
        tally_figure *b = realloc(s->out.v, c * sizeof *b);
        if (!b)
            return -1;
        s->out.v = b;
        s->out.cap = c;
    }
    s->out.v[s->out.n++] = *fig;
    return 0;
}


/* Whether a time expression is a number and a small time unit of
 * tally_measured_duration_units and nothing more (35小时, not 35小时以来)
 * after a noun that names a measured length (週工時未達35小時): it is a
 * figure, so it is not masked (it stays a date of doc:dates()). */
static int measured_length(const scan *s, tally_span sp)
{
    size_t k, wl = 0;
    for (k = 0; tally_measured_duration_units[k]; k++) {
        wl = strlen(tally_measured_duration_units[k]);
        if (sp.stop - sp.start > wl &&
            memcmp(s->f + sp.stop - wl, tally_measured_duration_units[k], wl) == 0)
            break;
    }
    if (!tally_measured_duration_units[k] || !fig_numeral_starts(s, sp.start, sp.stop))
        return 0;
    double v;
    int zh;
    size_t n = tally_numeral_scan(s->f + sp.start, sp.stop - sp.start, &v, &zh);
    return n && sp.start + n + wl == sp.stop && fig_duration_noun_before(s, sp.start);
}

/* Reads a figure starting at i, stage by stage. Returns its end (> i) with
 * *fig filled, or 0 when none starts here; *skip then tells how far a numeral
 * that is no figure reaches, so its digits are not read again. */
static size_t figure_at(scan *s, size_t lo, size_t hi, size_t i, tally_figure *fig, size_t *skip)
{
    memset(fig, 0, sizeof *fig);
    fig_reading rd;
    fig_stage st = fig_read_number(s, lo, hi, i, &rd, skip);
    if (st == FIG_NONE)
        return 0;
    if (st == FIG_NEEDS_UNIT && !fig_read_unit(s, hi, &rd, skip))
        return 0;
    if (st == FIG_NEEDS_UNIT || st == FIG_NEEDS_QUALIFIER)
        fig_read_qualifier_after(s, hi, &rd);
    if (st != FIG_WHOLE) {
        if (masked(s, rd.j, rd.e) || fig_in_quoted_name(s, lo, hi, &rd) ||
            fig_in_name(s, lo, hi, &rd)) {
            *skip = rd.e;
            return 0;
        }
        /* a minus sign written before the number: 增速为-2.1%, 负3度 (负 in
         * words such as 负增长 and 负债 stands before no numeral) */
        if (rd.start == rd.j && !rd.prefix && !rd.frac) {
            size_t p;
            uint32_t c = rd.j > lo ? utf8_prev(s->f, rd.j, &p) : 0;
            if (c == '-' || c == 0x2212 || c == 0xFF0D || c == 0x8D1F) {
                size_t q = p;
                uint32_t before = p > lo ? utf8_prev(s->f, p, &q) : 0;
                if (!(before >= '0' && before <= '9') && !(before >= 'A' && before <= 'z') &&
                    !fig_numeral_char_before(s, p)) {
                    rd.start = p;
                    rd.value = -rd.value;
                    rd.value_max = -rd.value_max;
                }
            }
        }
    }
    fig->span = (tally_span){rd.start, rd.e};
    fig->value = rd.value;
    fig->value_max = rd.value_max;
    fig->has_max = rd.has_max;
    strcpy(fig->unit, rd.unit);
    fig->kind = rd.kind;
    fig->approx = rd.approx;
    return rd.e;
}

static int by_start(const void *x, const void *y)
{
    const tally_figure *a = x, *b = y;
    return a->span.start < b->span.start ? -1 : a->span.start > b->span.start;
}

int tally_figures_find(const tally_figure_rules *r, const char *text, size_t len,
                       const tally_span *sentences, size_t n_sentences, tally_figure **out,
                       size_t *n, tally_error *err)
{
    return tally_figures_find_dated(r, text, len, sentences, n_sentences, NULL, out, n, err);
}

int tally_figures_find_dated(const tally_figure_rules *r, const char *text, size_t len,
                             const tally_span *sentences, size_t n_sentences,
                             const char *doc_date, tally_figure **out, size_t *n,
                             tally_error *err)
{
    return tally_figures_find_given_fold(r, text, len, NULL, sentences, n_sentences, doc_date, out,
                                         n, err);
}

int tally_figures_find_given_fold(const tally_figure_rules *r, const char *text, size_t len,
                                  char *simplified, const tally_span *sentences,
                                  size_t n_sentences, const char *doc_date, tally_figure **out,
                                  size_t *n, tally_error *err)
{
    *out = NULL;
    *n = 0;
    scan s = {.r = r, .t = text, .len = len};
    char *ft = simplified ? simplified : tally_fold_simplified(text, len, err);
    if (!ft)
        return -1;
    tally_text_mask_tokens(ft, len); /* URLs, e-mail, code: no figures, no dates (text_mask.h) */
    s.f = ft;
    s.lex_cache = tally_lex_cache_new(); /* NULL: segmented directly */
    s.mask = calloc(len + 1, 1);
    if (!s.mask)
        goto oom;
    if (tally_dates_find_folded(r, ft, len, &s.dates, &s.nd, err) < 0)
        goto fail;
    for (size_t k = 0; k < s.nd; k++)
        if (!measured_length(&s, s.dates[k].span))
            mask_range(&s, s.dates[k].span.start, s.dates[k].span.stop);
    fig_document_date(&s, doc_date);
    if (fig_find_plan_parts(&s) < 0)
        goto oom;
    if (tally_exclusions_mask(r, ft, len, s.mask) < 0)
        goto oom;
    for (size_t si = 0; si < n_sentences; si++) {
        if (tally_deadline_passed()) {
            tally_error_set(err, "figures: %s", TALLY_DEADLINE_MESSAGE);
            goto fail;
        }
        size_t lo = sentences[si].start, hi = sentences[si].stop;
        if (hi > len || lo >= hi)
            continue;
        size_t first = s.out.n;
        s.sent_first = first;
        fig_find_ranks(&s, lo, hi, si); /* masks what it reads, marker included */
        for (size_t i = lo; i < hi;) {
            if (s.mask[i]) {
                i++;
                continue;
            }
            size_t next = i;
            if (!tally_rules_starter(r, utf8_next(ft, hi, &next))) {
                i = next;
                continue;
            }
            tally_figure fig;
            size_t skip;
            size_t e = figure_at(&s, lo, hi, i, &fig, &skip);
            if (e > i) {
                fig.sentence = si;
                fig.value = fig_snap15(fig.value);
                fig.value_max = fig_snap15(fig.value_max);
                fig_apply_trend(&s, lo, hi, &fig);
                if (fig_push(&s, &fig) < 0)
                    goto oom;
                i = e;
            } else if (skip > i) {
                i = skip;
            } else {
                utf8_next(ft, hi, &i);
            }
        }
        if (s.out.n > first)
            qsort(s.out.v + first, s.out.n - first, sizeof *s.out.v, by_start);
        for (size_t k = first; k < s.out.n; k++)
            s.out.v[k].period = fig_period_for(&s, sentences, n_sentences, si, s.out.v[k].span.start);
        fig_assign_subjects(&s, lo, hi);
        for (size_t k = first; k < s.out.n; k++) {
            tally_figure *fig = &s.out.v[k];
            fig_period_key(&s, fig->period, fig->period_key);
            fig->status = fig_status(&s, lo, fig);
        }
        fig_period_member_keys(&s, s.out.v + first, s.out.n - first);
        fig_period_span_ends(&s, s.out.v + first, s.out.n - first);
    }
    free(s.mask);
    free(s.plan_parts);
    free(s.dates);
    tally_lex_cache_free(s.lex_cache);
    free(ft);
    *out = s.out.v;
    *n = s.out.n;
    return 0;
oom:
    tally_error_set(err, "out of memory");
fail:
    free(s.out.v);
    free(s.mask);
    free(s.plan_parts);
    free(s.dates);
    tally_lex_cache_free(s.lex_cache);
    free(ft);
    return -1;
}

int tally_number_parse(const tally_figure_rules *r, const char *str, size_t len, double *value,
                       char unit[TALLY_UNIT_MAX], tally_figure_kind *kind)
{
    size_t a = 0, b = len;
    while (a < b && (str[a] == ' ' || str[a] == '\t' || str[a] == '\n'))
        a++;
    while (b > a && (str[b - 1] == ' ' || str[b - 1] == '\t' || str[b - 1] == '\n'))
        b--;
    if (a == b)
        return 0;
    tally_error err;
    char *ft = tally_fold_simplified(str + a, b - a, &err);
    if (!ft)
        return 0;
    size_t n = b - a;
    unsigned char *mask = calloc(n + 1, 1);
    if (!mask) {
        free(ft);
        return 0;
    }
    scan s = {.r = r, .t = str + a, .f = ft, .len = n, .mask = mask, .whole = 1};
    tally_figure fig;
    size_t skip;
    size_t e = figure_at(&s, 0, n, 0, &fig, &skip);
    int ok = 0;
    /* 十几, 二十几万: a digit not stated is a range as a whole string, which
     * the vague reader gives (number_vague.c); the scanner reads only its
     * lower end */
    int unstated = 0; /* the string holds 几 */
    for (size_t k = 0; k + 3 <= n && !unstated; k++)
        unstated = memcmp(ft + k, "几", 3) == 0;
    if (e == n && !unstated) {
        ok = 1;
        *value = fig_snap15(fig.value);
        strcpy(unit, fig.unit);
        *kind = fig.kind;
    } else if (!e && !unstated) {
        /* a bare numeral: 两万五, 1,409 */
        double v;
        int zh;
        tally_approx ap = TALLY_APPROX_NONE;
        size_t m = fig_number_at(&s, 0, n, &v, &zh, &ap);
        if (m == n && v >= 0) {
            ok = 1;
            *value = fig_snap15(v);
            unit[0] = '\0';
            *kind = TALLY_FIG_QUANTITY;
        }
    }
    free(mask);
    free(ft);
    return ok && isfinite(*value);
}
