/* The figure scanner (spec/figures.md). It reads the text folded to
 * Simplified, so one set of tables serves both scripts, and reports spans of
 * the original text. In order:
 *   1. time expressions and exclusion patterns mask the bytes they cover;
 *   2. ranks: a rank verb (位居, 居) with its marker (第2位, 前十) and the
 *      scope between them; the scope is masked so 前6位 in it is no figure;
 *   3. every other number: qualifiers, numeral, magnitude, range, unit;
 *   4. kind from the unit and the trend word before it (增长 → growth);
 *   5. subject and period from the words around it. */
#include "figure_rules.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tally/segment.h"
#include "utf8_scan.h"

const char *tally_figure_kind_name(tally_figure_kind kind)
{
    static const char *const names[] = {"money", "quantity", "percent", "growth", "pp",
                                        "rank",  "ratio",    "time",    "ordinal"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : NULL;
}

int tally_figure_kind_from_name(const char *name)
{
    for (int k = 0; k <= TALLY_FIG_ORDINAL; k++)
        if (strcmp(tally_figure_kind_name((tally_figure_kind)k), name) == 0)
            return k;
    return -1;
}

const char *tally_approx_name(tally_approx a)
{
    static const char *const names[] = {NULL, "about", "over", "under"};
    return (unsigned)a < 4 ? names[a] : NULL;
}

int tally_approx_from_name(const char *name)
{
    for (int k = 1; k < 4; k++)
        if (strcmp(tally_approx_name((tally_approx)k), name) == 0)
            return k;
    return -1;
}

/* Punctuation that ends a clause: a trend word or a subject does not reach
 * across it. */
static int clause_end(uint32_t c)
{
    return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002 || c == 0xFF1A ||
           c == ':' || c == 0xFF01 || c == '!' || c == 0xFF1F || c == '?' || c == '\n' ||
           c == 0xFF08 || c == '(' || c == 0xFF09 || c == ')';
}

static int is_han(uint32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

static int open_quote(uint32_t c)
{
    return c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E;
}

static int close_quote(uint32_t c)
{
    return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F;
}

typedef struct fig_vec {
    tally_figure *v;
    size_t n, cap;
} fig_vec;

typedef struct scan {
    const tally_figure_rules *r;
    const char *t; /* original text */
    const char *f; /* folded text, same offsets */
    size_t len;
    unsigned char *mask;
    tally_date *dates;
    size_t nd;
    fig_vec out;
    /* word boundaries (ICU), so a stop word inside a word (对 in 对外)
     * does not cut a subject; NULL treats every byte as a boundary */
    unsigned char *boundary;
    size_t sent_first; /* the first figure of the sentence being read */
    /* quote depth is read left to right: where the last count stopped */
    size_t q_lo, q_pos, q_opened;
    int q_depth;
} scan;

static int push(scan *s, const tally_figure *fig)
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

static int masked(const scan *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s->mask[i])
            return 1;
    return 0;
}

static void mask_range(scan *s, size_t a, size_t b)
{
    if (b > a)
        memset(s->mask + a, 1, b - a);
}

/* How far back or ahead a clause is read: trend words, subjects and rank
 * markers sit near their figure, and a bound keeps a text without
 * punctuation linear. */
#define CLAUSE_CHARS 80

/* The start of the clause holding i, not before lo. */
static size_t clause_start(const scan *s, size_t lo, size_t i)
{
    for (int chars = 0; i > lo && chars < CLAUSE_CHARS; chars++) {
        size_t p;
        uint32_t c = utf8_prev(s->f, i, &p);
        if (clause_end(c) && !(c == ':' && p > 0 && s->f[p - 1] >= '0' && s->f[p - 1] <= '9'))
            return i;
        i = p;
    }
    return i;
}

static size_t clause_stop(const scan *s, size_t i, size_t hi)
{
    for (int chars = 0; i < hi && chars < CLAUSE_CHARS; chars++) {
        size_t k = i;
        uint32_t c = utf8_next(s->f, hi, &k);
        if (clause_end(c))
            return i;
        i = k;
    }
    return i;
}

/* Skips white space inside [i, hi). */
static size_t skip_space(const scan *s, size_t i, size_t hi)
{
    while (i < hi && (s->f[i] == ' ' || s->f[i] == '\t'))
        i++;
    return i;
}

/* ---- numbers ---- */

/* A numeral with the magnitudes and the inside qualifier (余, 多) after it:
 * 60余, 20多亿, 3617.64万, 1.5万. Returns the end, 0 if none. */
static size_t number_at(const scan *s, size_t i, size_t hi, double *value, int *chinese,
                        tally_approx *approx)
{
    double v;
    size_t n = tally_numeral_scan(s->f + i, hi - i, &v, chinese);
    if (!n)
        return 0;
    size_t j = i + n;
    for (int round = 0; round < 2; round++) {
        /* magnitudes one by one; a unit that starts with a magnitude
         * character (千克, 百分点, 万千瓦 → 万 then 千瓦) wins */
        while (v >= 0 && !tally_rules_unit_at(s->r, s->f, hi, j)) {
            double factor;
            size_t m = tally_magnitude_scan(s->f + j, j + 3 <= hi ? 3 : hi - j, &factor);
            if (!m)
                break;
            v *= factor;
            j += m;
        }
        /* 3万5,075, 1亿2000万: a number after 万 or 亿 fills the lower places */
        if (v >= 0 && j >= i + 3 && j < hi && s->f[j] >= '0' && s->f[j] <= '9') {
            double f;
            if (tally_magnitude_scan(s->f + j - 3, 3, &f) == 3 && f >= 1e4) {
                double w;
                int zh;
                size_t e2 = j + tally_numeral_scan(s->f + j, hi - j, &w, &zh);
                /* its own magnitude, one level only: 1亿2000万 */
                double g = 1;
                if (e2 < hi && !tally_rules_unit_at(s->r, s->f, hi, e2) &&
                    tally_magnitude_scan(s->f + e2, e2 + 3 <= hi ? 3 : hi - e2, &g) == 3)
                    e2 += 3;
                w *= g;
                if (w >= 0 && w < f) {
                    v += w;
                    j = e2;
                }
            }
        }
        int found = 0;
        for (size_t k = 0; k < s->r->qualifiers.n; k++) {
            const qualifier_rule *q = &s->r->qualifiers.v[k];
            if (q->before == 2 && utf8_starts(s->f, hi, j, q->word, q->wlen)) {
                *approx = q->approx;
                j += q->wlen;
                found = 1;
                break;
            }
        }
        if (!found)
            break;
    }
    *value = v;
    return j;
}

static int numeral_starts(const scan *s, size_t i, size_t hi)
{
    double v;
    int zh;
    return i < hi && tally_numeral_scan(s->f + i, hi - i, &v, &zh) > 0;
}

/* The unit at j and its end; 个 followed by an after-count word (方面)
 * gives that word. A compound unit keeps its slash (元/人). */
static const unit_rule *unit_after(const scan *s, size_t j, size_t hi, size_t *end,
                                   char compound[TALLY_UNIT_MAX])
{
    compound[0] = '\0';
    const unit_rule *u = tally_rules_unit_at(s->r, s->f, hi, j);
    if (!u)
        return NULL;
    size_t e = j + u->wlen;
    if (strcmp(u->unit, "个") == 0) {
        const unit_rule *w = tally_rules_unit_at(s->r, s->f, hi, e);
        if (w && (w->flags & TALLY_UNIT_AFTER_COUNT)) {
            u = w;
            e += w->wlen;
        }
    }
    if (e < hi && s->f[e] == '/' && u->kind != TALLY_FIG_TIME) {
        const unit_rule *d = tally_rules_unit_at(s->r, s->f, hi, e + 1);
        if (d && strlen(u->unit) + strlen(d->unit) + 2 <= TALLY_UNIT_MAX) {
            strcpy(compound, u->unit);
            strcat(compound, "/");
            strcat(compound, d->unit);
            e += 1 + d->wlen;
        }
    }
    *end = e;
    return u;
}

/* Whether the number [j, e) ends in a magnitude character (万, 亿). */
static int magnitude_end(const scan *s, size_t j, size_t e)
{
    if (e < j + 3)
        return 0;
    double f;
    return tally_magnitude_scan(s->f + e - 3, 3, &f) == 3 && f >= 1e4;
}

static int ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Whether a numeral (Chinese or full-width) ends just before p. */
static int numeral_char_before(const scan *s, size_t p)
{
    if (p < 3)
        return 0;
    double v;
    int zh;
    return tally_numeral_scan(s->f + p - 3, 3, &v, &zh) == 3;
}

/* ---- context: trends, quotes, anaphora ---- */

/* What may stand between a trend word and its figure. Not 至 or 到:
 * 下降到5% gives the level reached, not the change. */
static const char *const trend_gap_words[] = {"了", "达到", "达", "为", "分别", "、", "和", "及",
                                              "与", "高达", "仅", "约", " ", "保持在", "稳定在",
                                              "维持在", "保持", NULL};

/* The trend word governing a figure starting at a (list members and a few
 * particles may stand between), or NULL; *base gets the comparison base
 * word before it in the clause, if any. */
static const trend_rule *trend_before(const scan *s, size_t lo, size_t a, tally_span *base)
{
    size_t cs = clause_start(s, lo, a), i = a;
    base->start = base->stop = 0;
    const trend_rule *found = NULL;
    for (int guard = 0; guard < 64 && i > cs; guard++) {
        /* the longest trend word ending at i */
        const trend_rule *best = NULL;
        for (size_t k = 0; k < s->r->trends.n; k++) {
            const trend_rule *t = &s->r->trends.v[k];
            if (t->wlen <= i - cs && memcmp(s->f + i - t->wlen, t->word, t->wlen) == 0 &&
                (!best || t->wlen > best->wlen))
                best = t;
        }
        if (best) {
            if (best->base) {
                base->start = i - best->wlen;
                base->stop = i;
                if (!found)
                    found = best; /* 同比3% alone */
                break;
            }
            if (!found)
                found = best;
            i -= best->wlen;
            continue; /* a base may stand before: 同比增长 */
        }
        if (found)
            break;
        /* an earlier figure of the same list */
        int moved = 0;
        for (size_t k = s->out.n; k-- > 0;) {
            if (s->out.v[k].span.stop == i && s->out.v[k].span.start >= cs) {
                i = s->out.v[k].span.start;
                moved = 1;
                break;
            }
            if (s->out.v[k].span.stop < cs)
                break;
        }
        if (moved)
            continue;
        size_t wl;
        if (tally_word_before(trend_gap_words, s->f, i, &wl) && i - wl >= cs) {
            i -= wl;
            continue;
        }
        break;
    }
    if (!found) {
        /* 高于全国平均6.7个百分点: the comparison's object stands between */
        size_t wl;
        for (size_t p = i, chars = 0; p > cs && chars < 12; chars++) {
            if (tally_word_before(tally_comparatives, s->f, p, &wl)) {
                for (size_t k = 0; k < s->r->trends.n; k++)
                    if (s->r->trends.v[k].wlen == wl &&
                        memcmp(s->r->trends.v[k].word, s->f + p - wl, wl) == 0)
                        return &s->r->trends.v[k];
            }
            size_t q;
            utf8_prev(s->f, p, &q);
            p = q;
        }
    }
    /* a base further back in the clause still names the comparison */
    if (found && base->stop == 0) {
        for (size_t p = i; p > cs;) {
            size_t q;
            utf8_prev(s->f, p, &q);
            for (size_t k = 0; k < s->r->trends.n; k++) {
                const trend_rule *t = &s->r->trends.v[k];
                if (t->base && q + t->wlen <= a && utf8_starts(s->f, a, q, t->word, t->wlen)) {
                    base->start = q;
                    base->stop = q + t->wlen;
                    return found;
                }
            }
            p = q;
        }
    }
    return found;
}

/* How deep inside quotation marks i lies (opened in the same sentence);
 * *opened gets the end of the innermost opening mark. */
static int quote_depth(scan *s, size_t lo, size_t i, size_t *opened)
{
    if (s->q_lo != lo || s->q_pos > i || s->q_pos < lo) {
        s->q_lo = s->q_pos = s->q_opened = lo;
        s->q_depth = 0;
    }
    for (size_t p = s->q_pos; p < i;) {
        uint32_t c = utf8_next(s->f, i, &p);
        if (open_quote(c)) {
            s->q_depth++;
            s->q_opened = p;
        } else if (close_quote(c) && s->q_depth > 0) {
            s->q_depth--;
        }
    }
    s->q_pos = i;
    *opened = s->q_opened;
    return s->q_depth;
}

/* A quote that closes one or two characters after a count is a slogan
 * (“四个意识”, “两个维护”, “三个作用”); a count that announces a list names
 * what it counts at more length (“四个国家级示范项目”). N大 is a count
 * either way (“十大工程”). */
static int short_quoted_name(const scan *s, size_t e, size_t hi)
{
    size_t p = e;
    for (int chars = 0; p < hi && chars <= 2; chars++) {
        size_t k = p;
        uint32_t c = utf8_next(s->f, hi, &k);
        if (close_quote(c))
            return 1;
        p = k;
    }
    return 0;
}

/* Words that open a list item right after an announcing quote. */
static const char *const list_openers[] = {"一是", "第一", "首先", "其一", "（一）", "(一)",
                                           "一、", "1.", "1、", NULL};

/* Whether the quote holding a count that ends at e announces a list: after
 * it (and an optional comma) comes a colon, a short lead-in ending in a colon
 * (主要包括：), or the first list item (“三个拓展”：第一…, “六项行动”一是…). */
static int announces_list(const scan *s, size_t e, size_t hi)
{
    size_t p = e, k, wl;
    for (int chars = 0;; chars++) { /* to the closing quote */
        if (p >= hi || chars > 12)
            return 0;
        k = p;
        uint32_t c = utf8_next(s->f, hi, &k);
        p = k;
        if (close_quote(c))
            break;
        if (clause_end(c) || open_quote(c))
            return 0;
    }
    k = p;
    if (p < hi) {
        uint32_t c = utf8_next(s->f, hi, &k);
        if (c == 0xFF0C || c == ',')
            p = k;
    }
    for (int chars = 0; p < hi && chars <= 6; chars++) {
        if (tally_word_at(list_openers, s->f, hi, p, &wl))
            return 1;
        k = p;
        uint32_t c = utf8_next(s->f, hi, &k);
        if (c == 0xFF1A || c == ':')
            return 1;
        if (!is_han(c))
            return 0;
        p = k;
    }
    return 0;
}

/* ---- ranks ---- */

typedef struct rank_marker {
    size_t a, b;
    double value;
    int first; /* 前N */
} rank_marker;

/* A rank marker at i: 第N(位|名)?, 前N(位|名)?, or a rank word (首位). */
static int rank_marker_at(const scan *s, size_t i, size_t hi, rank_marker *m)
{
    size_t wl;
    int first = utf8_starts(s->f, hi, i, "前", 3);
    if (utf8_starts(s->f, hi, i, "第", 3) || first) {
        double v;
        int zh;
        size_t n = tally_numeral_scan(s->f + i + 3, hi - i - 3, &v, &zh);
        if (n && v > 0) {
            size_t e = i + 3 + n;
            if (utf8_starts(s->f, hi, e, "位", 3) || utf8_starts(s->f, hi, e, "名", 3))
                e += 3;
            /* 第二批, 前5个月: a unit other than 位/名 makes no rank */
            if (e == i + 3 + n && tally_rules_unit_at(s->r, s->f, hi, e))
                return 0;
            *m = (rank_marker){i, e, v, first};
            return 1;
        }
    }
    if (tally_word_at(tally_rank_words, s->f, hi, i, &wl)) {
        *m = (rank_marker){i, i + wl, 1, 0};
        return 1;
    }
    return 0;
}

/* The field of a rank written before its verb: 在珠三角九市中排名第二 →
 * 珠三角九市, the words between 在 and 中. */
static void field_before_verb(const scan *s, size_t lo, size_t verb, size_t *sa, size_t *sb)
{
    if (verb < lo + 6 || !utf8_starts(s->f, verb, verb - 3, "中", 3))
        return;
    size_t b = verb - 3, p = b;
    for (int chars = 0; p > lo && chars < 16; chars++) {
        size_t q;
        uint32_t c = utf8_prev(s->f, p, &q);
        if (clause_end(c))
            return;
        if (c == 0x5728 /* 在 */ && p < b) {
            *sa = p;
            *sb = b;
            return;
        }
        p = q;
    }
}

static void find_ranks(scan *s, size_t lo, size_t hi, size_t sentence)
{
    for (size_t i = lo; i < hi;) {
        size_t wl;
        int scope_only = 0;
        if (!tally_word_at(tally_rank_verbs, s->f, hi, i, &wl) || masked(s, i, i + wl)) {
            if (tally_word_at(tally_rank_scopes, s->f, hi, i, &wl) && !masked(s, i, i + wl))
                scope_only = 1;
            else {
                utf8_next(s->f, hi, &i);
                continue;
            }
        }
        size_t from = i + wl, stop = clause_stop(s, from, hi);
        rank_marker best = {0}, m;
        int have = 0, chars = 0;
        size_t limit = scope_only ? from : stop;
        size_t vw;
        for (size_t p = from; p <= limit && p < stop && chars < 12; chars++) {
            if (!scope_only && !have && p > from &&
                tally_word_at(tally_rank_verbs, s->f, stop, p, &vw) && vw >= 6) {
                /* a nearer rank verb governs: 居民收入排名第一 */
                i = p;
                wl = vw;
                from = p + vw;
                p = from;
                chars = 0;
                continue;
            }
            if (!masked(s, p, p + 1) && rank_marker_at(s, p, stop, &m)) {
                if (!m.first) {
                    best = m;
                    have = 1;
                    break;
                }
                if (!have) {
                    best = m;
                    have = 1;
                }
            }
            utf8_next(s->f, stop, &p);
        }
        if (!have) {
            i += wl;
            continue;
        }
        tally_figure fig = {0};
        fig.span = (tally_span){best.a, best.b};
        fig.value = best.value;
        strcpy(fig.unit, "位");
        fig.kind = TALLY_FIG_RANK;
        fig.approx = best.first ? TALLY_APPROX_UNDER : TALLY_APPROX_NONE;
        fig.sentence = sentence;
        size_t sa = scope_only ? i : from, sb = scope_only ? i + wl : best.a;
        sa = skip_space(s, sa, sb);
        if (sb <= sa && !scope_only)
            field_before_verb(s, lo, i, &sa, &sb);
        if (sb > sa)
            fig.scope = (tally_span){sa, sb};
        if (sb > sa && sb <= i)
            mask_range(s, sa, sb); /* 九市 in 在珠三角九市中 is no count */
        /* the subject is what stands before the rank verb: 增速位居 */
        fig.subject = (tally_span){i, i};
        push(s, &fig);
        mask_range(s, from, best.b);
        i = best.b;
    }
}

/* 一 with a measure word after a verb that takes an article: 作为一个重点,
 * 交出了一份成绩单 (spec: article-like 一个 is no figure). */
static int article_one(const scan *s, size_t lo, size_t j, size_t e, size_t hi)
{
    size_t wl, p = j;
    if (e != j + 3 || !utf8_starts(s->f, hi, j, "一", 3))
        return 0;
    const unit_rule *u = tally_rules_unit_at(s->r, s->f, hi, e);
    if (!u || u->kind != TALLY_FIG_QUANTITY)
        return 0;
    if (p >= lo + 3 && utf8_starts(s->f, hi, p - 3, "了", 3))
        p -= 3;
    return p > lo && tally_word_before(tally_article_verbs, s->f, p, &wl) && p - wl >= lo;
}

/* ---- one figure ---- */

/* Reads a figure starting at i. Returns its end (> i) with *fig filled, or
 * 0 when none starts here; *skip then tells how far a numeral that is no
 * figure reaches, so its digits are not read again. */
static size_t figure_at(scan *s, size_t lo, size_t hi, size_t i, tally_figure *fig, size_t *skip)
{
    memset(fig, 0, sizeof *fig);
    *skip = 0;
    size_t start = i, j = i, wl;
    tally_approx approx = TALLY_APPROX_NONE;
    /* qualifiers before the number: 约, 近, 超过 (突破 stays out of the text);
     * the longest wins (不超过 over 超过, 约为 over 约) */
    const qualifier_rule *before = NULL;
    for (size_t k = 0; k < s->r->qualifiers.n; k++) {
        const qualifier_rule *q = &s->r->qualifiers.v[k];
        if (q->before == 1 && (!before || q->wlen > before->wlen) &&
            utf8_starts(s->f, hi, j, q->word, q->wlen) && !masked(s, j, j + q->wlen)) {
            size_t after = j + q->wlen;
            if (numeral_starts(s, after, hi) || tally_word_at(tally_fraction_marks, s->f, hi, after, &wl))
                before = q;
        }
    }
    if (before) {
        approx = before->approx;
        if (!before->in_text)
            start = j + before->wlen;
        j += before->wlen;
    }
    if (masked(s, j, j + 1))
        return 0;
    /* a currency before the number: $, 港币, 人民币 */
    const unit_rule *prefix = NULL;
    for (size_t k = 0; k < s->r->units.n; k++) {
        const unit_rule *u = &s->r->units.v[k];
        if ((u->flags & TALLY_UNIT_PREFIX) && (!prefix || u->wlen > prefix->wlen) &&
            utf8_starts(s->f, hi, j, u->word, u->wlen) && numeral_starts(s, j + u->wlen, hi))
            prefix = u;
    }
    if (prefix)
        j += prefix->wlen;
    /* 翻一番, 翻了两番: doubling N times is growth of (2^N - 1) × 100% */
    if (!prefix && utf8_starts(s->f, hi, j, "翻", 3)) {
        size_t p = j + 3;
        if (utf8_starts(s->f, hi, p, "了", 3))
            p += 3;
        double times;
        int zh;
        size_t n = tally_numeral_scan(s->f + p, hi - p, &times, &zh);
        if (n && times > 0 && times < 20 && utf8_starts(s->f, hi, p + n, "番", 3)) {
            size_t e = p + n + 3;
            if (masked(s, j, e))
                return 0;
            fig->span = (tally_span){j, e};
            fig->value = (pow(2, times) - 1) * 100;
            strcpy(fig->unit, "%");
            fig->kind = TALLY_FIG_GROWTH;
            fig->approx = approx;
            return e;
        }
    }
    /* 第N and 前N outside a rank are ordinals: 第二届, 第一批 */
    if (utf8_starts(s->f, hi, j, "第", 3) || utf8_starts(s->f, hi, j, "前", 3)) {
        double v;
        int zh;
        size_t n = tally_numeral_scan(s->f + j + 3, hi - j - 3, &v, &zh);
        if (n) {
            size_t e = j + 3 + n, ue;
            char comp[TALLY_UNIT_MAX];
            if (unit_after(s, e, hi, &ue, comp))
                e = ue;
            *skip = e;
        }
        return 0;
    }
    /* a fraction: 百分之十五, 万分之7.6, 千分之三 */
    size_t k_frac;
    const char *frac = tally_word_at(tally_fraction_marks, s->f, hi, j, &wl);
    double value = 0, value_max = 0;
    int has_max = 0, chinese = 0;
    char unit[TALLY_UNIT_MAX] = "";
    tally_figure_kind kind = TALLY_FIG_QUANTITY;
    size_t e;
    unsigned unit_flags = 0;
    if (frac) {
        for (k_frac = 0; tally_fraction_marks[k_frac] != frac; k_frac++)
            ;
        e = number_at(s, j + wl, hi, &value, &chinese, &approx);
        if (!e)
            return 0;
        value /= tally_fraction_divisors[k_frac];
        strcpy(unit, "%");
        kind = TALLY_FIG_PERCENT;
    } else {
        if (!numeral_starts(s, j, hi))
            return 0;
        /* what stands right before the numeral */
        if (tally_word_before(tally_vague_prefixes, s->f, j, &wl) ||
            tally_word_before(tally_anaphora, s->f, j, &wl)) {
            double v;
            int zh;
            size_t n = tally_numeral_scan(s->f + j, hi - j, &v, &zh), ue;
            char comp[TALLY_UNIT_MAX];
            *skip = j + n;
            if (unit_after(s, j + n, hi, &ue, comp))
                *skip = ue;
            return 0;
        }
        if (j > 0 && s->f[j] >= '0' && s->f[j] <= '9' &&
            (ascii_alnum(s->f[j - 1]) ||
             ((s->f[j - 1] == '-' || s->f[j - 1] == '.' || s->f[j - 1] == '/') && j > 1 &&
              ascii_alnum(s->f[j - 2])))) {
            /* G20, COVID-19, 5.1.2: part of a name or code */
            double v;
            int zh;
            *skip = j + tally_numeral_scan(s->f + j, hi - j, &v, &zh);
            return 0;
        }
        e = number_at(s, j, hi, &value, &chinese, &approx);
        if (value < 0) { /* a run of digits too long for a quantity */
            *skip = e;
            return 0;
        }
        if (article_one(s, lo, j, e, hi)) {
            *skip = e;
            return 0;
        }
        /* 三分之一 */
        if (utf8_starts(s->f, hi, e, "分之", 6)) {
            double d;
            size_t e2 = number_at(s, e + 6, hi, &d, &chinese, &approx);
            if (e2 && value > 0) {
                value = d / value * 100;
                strcpy(unit, "%");
                kind = TALLY_FIG_PERCENT;
                e = e2;
                goto qualifiers_after;
            }
        }
        /* 1:9.7 */
        size_t rw;
        if (tally_word_at(tally_ratio_marks, s->f, hi, e, &rw) && !chinese) {
            double b;
            int zh2;
            tally_approx a2 = TALLY_APPROX_NONE;
            size_t e2 = number_at(s, e + rw, hi, &b, &zh2, &a2);
            if (e2 && !zh2 && b >= 0 && value > 0) {
                value = b / value; /* a:b is b over a: 1:9.7 → 9.7, 2.1:1 → 0.476 */
                strcpy(unit, ":");
                kind = TALLY_FIG_RATIO;
                e = e2;
                goto done;
            }
        }
    }
    {
        size_t ue;
        char comp[TALLY_UNIT_MAX];
        const unit_rule *u = unit_after(s, e, hi, &ue, comp);
        /* a range: 2-3家, 10%至15%, 三至五个 */
        size_t after_first = u ? ue : e, mw;
        if (tally_word_at(tally_range_marks, s->f, hi, after_first, &mw) &&
            numeral_starts(s, after_first + mw, hi) && !frac) {
            double v2;
            int zh2;
            tally_approx a2 = TALLY_APPROX_NONE;
            size_t e2 = number_at(s, after_first + mw, hi, &v2, &zh2, &a2);
            size_t ue2;
            char comp2[TALLY_UNIT_MAX];
            const unit_rule *u2 = unit_after(s, e2, hi, &ue2, comp2);
            if (e2 && v2 >= value && u2 && (!u || u == u2 || strcmp(u->unit, u2->unit) == 0)) {
                value_max = v2;
                has_max = 1;
                u = u2;
                ue = ue2;
                strcpy(comp, comp2);
                e = e2;
            }
        }
        if (frac) {
            /* the unit is already % */
        } else if (u) {
            if (u->kind == TALLY_FIG_TIME || u->kind == TALLY_FIG_ORDINAL) {
                *skip = ue;
                return 0;
            }
            strcpy(unit, comp[0] ? comp : u->unit);
            kind = u->kind;
            value *= u->scale;
            if (has_max)
                value_max *= u->scale;
            unit_flags = u->flags;
            e = ue;
        } else if (prefix) {
            /* $500 */
        } else if (utf8_starts(s->f, hi, e, "大", 3) && value >= 2 && e + 3 < hi &&
                   (unsigned char)s->f[e + 3] >= 0xE0) {
            size_t q = e + 3;
            if (is_han(utf8_next(s->f, hi, &q))) {
                /* 十大工程, 四大领域: a declared count without a measure word */
                unit[0] = '\0';
                kind = TALLY_FIG_QUANTITY;
                unit_flags = TALLY_UNIT_LIST_COUNT;
                e += 3;
            } else {
                *skip = e;
                return 0;
            }
        } else if (!chinese && e > j && magnitude_end(s, j, e)) {
            /* 人次达3,400万: a magnitude makes a count even without a unit */
            unit[0] = '\0';
            kind = TALLY_FIG_QUANTITY;
        } else {
            *skip = e; /* a bare number: a code, a name, a year without 年 */
            return 0;
        }
        if (prefix && (!u || strcmp(unit, "元") == 0 || u->kind != TALLY_FIG_MONEY)) {
            if (!u || u->kind == TALLY_FIG_MONEY) {
                strcpy(unit, prefix->unit);
                kind = TALLY_FIG_MONEY;
            }
        }
    }
qualifiers_after:
    for (size_t k = 0; k < s->r->qualifiers.n; k++) {
        const qualifier_rule *q = &s->r->qualifiers.v[k];
        if (q->before == 0 && utf8_starts(s->f, hi, e, q->word, q->wlen)) {
            approx = q->approx;
            e += q->wlen;
            break;
        }
    }
done:
    if (masked(s, j, e)) {
        *skip = e;
        return 0;
    }
    /* A quoted name holds no figure (“萬人業務大培訓”, “16条”) unless the
     * quote opens with a count of listed items (“十大工程”, “四个国家级示范项目”);
     * a quote inside a quote is a name within a name (“发挥‘三个作用’”). */
    size_t opened;
    int depth = quote_depth(s, lo, j, &opened);
    if (depth > 0 && kind != TALLY_FIG_RATIO &&
        !((unit_flags & TALLY_UNIT_LIST_COUNT) && depth == 1 && announces_list(s, e, hi)) &&
        (!((unit_flags & TALLY_UNIT_LIST_COUNT) && depth == 1 && opened == j) ||
         (unit[0] && short_quoted_name(s, e, hi)))) {
        *skip = e;
        return 0;
    }
    /* a minus sign written before the number: 增速为-2.1% */
    if (start == j && !prefix && !frac) {
        size_t p;
        uint32_t c = j > lo ? utf8_prev(s->f, j, &p) : 0;
        if (c == '-' || c == 0x2212 || c == 0xFF0D) {
            size_t q = p;
            uint32_t before = p > lo ? utf8_prev(s->f, p, &q) : 0;
            if (!(before >= '0' && before <= '9') && !(before >= 'A' && before <= 'z') &&
                !numeral_char_before(s, p)) {
                start = p;
                value = -value;
                value_max = -value_max;
            }
        }
    }
    fig->span = (tally_span){start, e};
    fig->value = value;
    fig->value_max = value_max;
    fig->has_max = has_max;
    strcpy(fig->unit, unit);
    fig->kind = kind;
    fig->approx = approx;
    return e;
}

/* Growth, pp and multiples read their sign and base from the trend word. */
static void apply_trend(scan *s, size_t lo, tally_figure *fig)
{
    if (fig->kind != TALLY_FIG_PERCENT && fig->kind != TALLY_FIG_PP &&
        strcmp(fig->unit, "倍") != 0)
        return;
    tally_span base;
    const trend_rule *t = trend_before(s, lo, fig->span.start, &base);
    if (!t)
        return;
    if (fig->kind != TALLY_FIG_PP)
        fig->kind = TALLY_FIG_GROWTH;
    if (t->sign < 0) {
        fig->value = -fig->value;
        fig->value_max = -fig->value_max;
    }
    if (fig->kind == TALLY_FIG_GROWTH && base.stop > base.start)
        fig->scope = base;
}

/* ---- subject and period ---- */

static int is_stop_char(uint32_t c)
{
    return !is_han(c) || c == 0x7684 /* 的 */;
}

/* A stop word that is a whole word: its ends are word boundaries. */
static int stop_at(const scan *s, size_t i, size_t hi, size_t *wl)
{
    return tally_word_at(tally_subject_stops, s->f, hi, i, wl) &&
           (!s->boundary || (s->boundary[i] && s->boundary[i + *wl]));
}

static int stop_before(const scan *s, size_t i, size_t *wl)
{
    return tally_word_before(tally_subject_stops, s->f, i, wl) &&
           (!s->boundary || (s->boundary[i] && s->boundary[i - *wl]));
}

/* Whether Han characters that are no stop word follow at i. */
static int noun_after_verb(const scan *s, size_t i, size_t hi)
{
    size_t k = i, wl;
    return i < hi && is_han(utf8_next(s->f, hi, &k)) && !stop_at(s, i, hi, &wl) &&
           !numeral_starts(s, i, hi);
}

/* Whether a number that counts starts at i: Arabic digits, or a Chinese
 * numeral with a unit (三家); 零售, 一线 are words. */
static int count_starts(const scan *s, size_t i, size_t hi)
{
    double v;
    int zh;
    size_t n = i < hi ? tally_numeral_scan(s->f + i, hi - i, &v, &zh) : 0;
    return n && (!zh || tally_rules_unit_at(s->r, s->f, hi, i + n));
}

/* The noun phrase after a count (八个重点项目 → 重点项目). */
static tally_span subject_after(const scan *s, size_t e, size_t hi)
{
    size_t i = e, wl;
    if (utf8_starts(s->f, hi, i, "的", 3))
        i += 3;
    /* a quoted name: the words inside the quotes (“云展会”) */
    size_t q = i;
    if (i < hi && open_quote(utf8_next(s->f, hi, &q))) {
        size_t a = q, p = q;
        while (p < hi) {
            size_t k = p;
            uint32_t c = utf8_next(s->f, hi, &k);
            if (close_quote(c))
                return (tally_span){a, p};
            if (clause_end(c))
                break;
            p = k;
        }
    }
    size_t a = i;
    int chars = 0;
    while (i < hi && chars < 12) {
        size_t k = i;
        uint32_t c = utf8_next(s->f, hi, &k);
        /* a verb that modifies the noun stays in it: 158个签约项目,
         * 549支企业服务队 */
        if (stop_at(s, i, hi, &wl) && tally_word_at(tally_verbal_nouns, s->f, hi, i, &wl) &&
            noun_after_verb(s, i + wl, hi)) {
            i += wl;
            chars += 2;
            continue;
        }
        if (i > a && (stop_at(s, i, hi, &wl) || count_starts(s, i, hi)))
            break;
        if (is_stop_char(c))
            break;
        i = k;
        chars++;
    }
    return (tally_span){a, i};
}

/* Whether byte p lies inside a figure of the current sentence (sorted by
 * start from s->sent_first on). */
static int in_figure(const scan *s, size_t p)
{
    size_t a = s->sent_first, b = s->out.n;
    while (a < b) { /* the first figure starting after p */
        size_t m = a + (b - a) / 2;
        if (s->out.v[m].span.start <= p)
            a = m + 1;
        else
            b = m;
    }
    return a > s->sent_first && p < s->out.v[a - 1].span.stop;
}

/* Whether the noun at i goes on to the left across the stop word ending at
 * i: 销售|额, 占|比, 签约|金额 (a noun suffix follows), 以|旧换新 (a set
 * phrase covers i). */
static int noun_goes_on(const scan *s, size_t i, size_t b)
{
    size_t wl;
    if (tally_word_at(tally_subject_suffixes, s->f, b, i, &wl))
        return 1;
    for (size_t k = 0; tally_fixed_nouns[k]; k++) {
        size_t l = strlen(tally_fixed_nouns[k]);
        for (size_t p = i > l ? i - l + 1 : 0; p < i; p++)
            if (p + l <= s->len && memcmp(s->f + p, tally_fixed_nouns[k], l) == 0)
                return 1;
    }
    return 0;
}

/* Trend words that are nouns (增速, 增幅, 增长率): part of the subject. */
static int noun_trend(const trend_rule *t)
{
    static const char *const ends[] = {"速", "幅", "率", NULL};
    size_t wl;
    return t->wlen >= 6 && tally_word_at(ends, t->word, t->wlen, t->wlen - 3, &wl);
}

/* Drops the words between subject and number (同比增长, 达到, 约, 为);
 * returns the new end. A trend word that is a noun (增速) ends the search. */
static size_t strip_to_subject(const scan *s, size_t cs, size_t i, int keep_trends)
{
    size_t wl;
    for (int guard = 0; guard < 16 && i > cs; guard++) {
        int moved = 0;
        for (size_t k = 0; k < s->r->trends.n && !keep_trends; k++) {
            const trend_rule *t = &s->r->trends.v[k];
            if (t->wlen <= i - cs && memcmp(s->f + i - t->wlen, t->word, t->wlen) == 0) {
                if (noun_trend(t))
                    return i; /* 出口增速为5%: the rate is what is measured */
                i -= t->wlen;
                moved = 1;
                break;
            }
        }
        /* right before the number a stop word needs no word boundary: ICU
         * often joins it to the noun (比为, 额达) */
        if (!moved && tally_word_before(tally_subject_stops, s->f, i, &wl) && i - wl > cs) {
            i -= wl;
            moved = 1;
        }
        if (!moved && tally_word_before(tally_rank_verbs, s->f, i, &wl) && i - wl >= cs) {
            i -= wl;
            moved = 1;
        }
        if (!moved)
            break;
    }
    return i;
}

/* The noun phrase before a figure (外贸进出口总额14.8亿元). keep_trends: a
 * trend word is the subject itself (增速位居全国第2位). */
static tally_span subject_before(const scan *s, size_t lo, size_t a, int keep_trends)
{
    size_t cs = clause_start(s, lo, a), wl;
    size_t i = strip_to_subject(s, cs, a, keep_trends);
    /* 增速高于全国平均6.7个百分点: the subject stands before the comparison,
     * its object (全国平均) after it */
    for (size_t p = i, chars = 0; p > cs && chars < 8; chars++) {
        if (tally_word_before(tally_comparatives, s->f, p, &wl) && p - wl >= cs) {
            /* a clause that opens with the comparison (，高于全国…) has the
             * subject of the figure before */
            if (p - wl == cs)
                return (tally_span){cs, cs};
            i = strip_to_subject(s, cs, p - wl, keep_trends);
            break;
        }
        size_t q;
        if (!is_han(utf8_prev(s->f, p, &q)) || in_figure(s, q))
            break;
        p = q;
    }
    size_t b = i;
    int chars = 0;
    while (i > cs && chars < 12) {
        size_t p;
        uint32_t c = utf8_prev(s->f, i, &p);
        if (!is_han(c) && c != 0x3001 /* 、 */)
            break;
        if (chars > 0 && stop_before(s, i, &wl)) {
            if (!noun_goes_on(s, i, b))
                break;
            i -= wl;
            chars += 2;
            continue;
        }
        if ((masked(s, p, i) && chars > 0) || in_figure(s, p))
            break;
        i = p;
        chars++;
    }
    while (i < b && utf8_starts(s->f, b, i, "、", 3))
        i += 3;
    /* a time expression may open the clause: 上半年全省 */
    for (size_t k = 0; k < s->nd; k++)
        if (s->dates[k].span.start <= i && s->dates[k].span.stop > i && s->dates[k].span.stop <= b)
            i = s->dates[k].span.stop;
    size_t wl2;
    while (i < b && stop_at(s, i, b, &wl2) && !noun_goes_on(s, i + wl2, b))
        i += wl2;
    return (tally_span){i, b};
}

/* The last period-giving time expression in [from, a), looking back over at
 * most a bounded number of expressions; dates are sorted by start. */
static tally_span last_period(const scan *s, size_t from, size_t a)
{
    size_t lo = 0, hi = s->nd;
    while (lo < hi) { /* the first date starting at or after a */
        size_t m = lo + (hi - lo) / 2;
        if (s->dates[m].span.start < a)
            lo = m + 1;
        else
            hi = m;
    }
    for (size_t k = lo, steps = 0; k-- > 0 && steps < 64; steps++) {
        const tally_date *d = &s->dates[k];
        if (d->span.start < from)
            break;
        if (d->is_period && d->span.stop <= a)
            return d->span;
    }
    return (tally_span){0, 0};
}

static tally_span period_for(const scan *s, const tally_span *sent, size_t n_sent, size_t si,
                             size_t a)
{
    const tally_span *sp = &sent[si];
    tally_span best = last_period(s, sp->start, a);
    if (best.stop > best.start)
        return best;
    /* a sentence opening with 其中 takes the period of the one before */
    size_t i = skip_space(s, sp->start, sp->stop);
    if (si > 0 && si < n_sent && utf8_starts(s->f, sp->stop, i, "其中", 6))
        best = last_period(s, sent[si - 1].start, sent[si - 1].stop);
    return best;
}

/* A value rounded to 15 significant digits: 2.07亿 is 207000000, not the
 * 206999999.99999997 that 2.07 × 1e8 gives in binary. No figure is written
 * with more digits than that. */
static double snap15(double v)
{
    if (v == 0 || !isfinite(v))
        return v;
    int digits = 14 - (int)floor(log10(fabs(v)));
    if (digits > 300 || digits < -300)
        return v;
    if (digits >= 0) {
        double scale = pow(10, digits);
        if (fabs(v) * scale >= 9007199254740992.0)
            return v;
        return round(v * scale) / scale;
    }
    double scale = pow(10, -digits);
    return round(v / scale) * scale;
}

/* Whether a figure stands alone in brackets: (1个), （7个）. */
static int parenthesized(const char *f, size_t lo, size_t hi, tally_span span)
{
    size_t p, k = span.stop;
    if (span.start <= lo || span.stop >= hi)
        return 0;
    uint32_t open = utf8_prev(f, span.start, &p), close = utf8_next(f, hi, &k);
    return (open == 0xFF08 || open == '(') && (close == 0xFF09 || close == ')');
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
    *out = NULL;
    *n = 0;
    scan s = {r, text, NULL, len, NULL, NULL, 0, {0}, NULL, 0, 0, 0, 0, 0};
    char *ft = tally_fold_simplified(text, len, err);
    if (!ft)
        return -1;
    s.f = ft;
    s.mask = calloc(len + 1, 1);
    pcre2_match_data *md = NULL;
    if (!s.mask)
        goto oom;
    if (tally_dates_find_folded(r, ft, len, &s.dates, &s.nd, err) < 0)
        goto fail;
    for (size_t k = 0; k < s.nd; k++)
        mask_range(&s, s.dates[k].span.start, s.dates[k].span.stop);
    {
        tally_token *tok = NULL;
        size_t nt = 0;
        if (tally_tokens(text, len, &tok, &nt, err) < 0)
            goto fail;
        s.boundary = calloc(len + 1, 1);
        if (!s.boundary) {
            free(tok);
            goto oom;
        }
        s.boundary[0] = s.boundary[len] = 1;
        for (size_t k = 0; k < nt; k++)
            s.boundary[tok[k].start] = s.boundary[tok[k].stop] = 1;
        free(tok);
    }
    for (size_t k = 0; k < r->exclusions.n; k++) {
        md = pcre2_match_data_create_from_pattern(r->exclusions.v[k].re, NULL);
        if (!md)
            goto oom;
        for (size_t off = 0; off < len;) {
            int rc = pcre2_match(r->exclusions.v[k].re, (PCRE2_SPTR)ft, len, off,
                                 PCRE2_NO_UTF_CHECK, md, r->mctx);
            if (rc < 0)
                break;
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            mask_range(&s, ov[0], ov[1]);
            off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
            while (off < len && ((unsigned char)ft[off] & 0xC0) == 0x80)
                off++;
        }
        pcre2_match_data_free(md);
        md = NULL;
    }
    for (size_t si = 0; si < n_sentences; si++) {
        size_t lo = sentences[si].start, hi = sentences[si].stop;
        if (hi > len || lo >= hi)
            continue;
        size_t first = s.out.n;
        s.sent_first = first;
        find_ranks(&s, lo, hi, si); /* masks what it reads, marker included */
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
                fig.value = snap15(fig.value);
                fig.value_max = snap15(fig.value_max);
                apply_trend(&s, lo, &fig);
                if (push(&s, &fig) < 0)
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
        /* subject and period */
        tally_span last_subject = {0, 0};
        for (size_t k = first; k < s.out.n; k++) {
            tally_figure *fig = &s.out.v[k];
            fig->period = period_for(&s, sentences, n_sentences, si, fig->span.start);
            tally_span subj = {0, 0};
            if (fig->kind == TALLY_FIG_RANK && fig->scope.stop < fig->span.start &&
                fig->scope.start >= lo + 3 && utf8_starts(ft, hi, fig->scope.start - 3, "在", 3)) {
                /* 增速在中部六省中位居第一: before 在 */
                subj = subject_before(&s, lo, fig->scope.start - 3, 1);
            } else if (parenthesized(ft, lo, hi, fig->span)) {
                /* 市级中心仓(1个): the noun before the bracket */
                size_t p;
                utf8_prev(ft, fig->span.start, &p);
                subj = subject_before(&s, lo, p, 0);
            } else if (fig->kind == TALLY_FIG_RANK) {
                /* before the rank verb */
                size_t a = fig->scope.stop > fig->scope.start ? fig->scope.start : fig->span.start;
                size_t wl;
                for (int chars = 0; a > lo && a >= 3 && chars < CLAUSE_CHARS &&
                                    !tally_word_before(tally_rank_verbs, ft, a, &wl);
                     chars++) {
                    size_t p;
                    uint32_t c = utf8_prev(ft, a, &p);
                    if (clause_end(c))
                        break;
                    a = p;
                }
                if (tally_word_before(tally_rank_verbs, ft, a, &wl))
                    subj = subject_before(&s, lo, a - wl, 1);
            } else if (fig->kind == TALLY_FIG_QUANTITY ||
                       utf8_starts(ft, hi, fig->span.stop, "的", 3)) {
                /* 八个重点项目, 9.8%的外资: the noun after it */
                subj = subject_after(&s, fig->span.stop, hi);
                if (subj.stop == subj.start)
                    subj = subject_before(&s, lo, fig->span.start, 0);
            } else {
                subj = subject_before(&s, lo, fig->span.start, 0);
            }
            if (subj.stop == subj.start)
                subj = last_subject;
            fig->subject = subj;
            last_subject = subj;
        }
    }
    free(s.mask);
    free(s.boundary);
    free(s.dates);
    free(ft);
    *out = s.out.v;
    *n = s.out.n;
    return 0;
oom:
    tally_error_set(err, "out of memory");
fail:
    pcre2_match_data_free(md);
    free(s.out.v);
    free(s.mask);
    free(s.boundary);
    free(s.dates);
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
    scan s = {r, str + a, ft, n, mask, NULL, 0, {0}, NULL, 0, 0, 0, 0, 0};
    tally_figure fig;
    size_t skip;
    size_t e = figure_at(&s, 0, n, 0, &fig, &skip);
    int ok = 0;
    if (e == n) {
        ok = 1;
        *value = snap15(fig.value);
        strcpy(unit, fig.unit);
        *kind = fig.kind;
    } else if (!e) {
        /* a bare numeral: 两万五, 1,409 */
        double v;
        int zh;
        tally_approx ap = TALLY_APPROX_NONE;
        size_t m = number_at(&s, 0, n, &v, &zh, &ap);
        if (m == n && v >= 0) {
            ok = 1;
            *value = snap15(v);
            unit[0] = '\0';
            *kind = TALLY_FIG_QUANTITY;
        }
    }
    free(mask);
    free(ft);
    return ok && isfinite(*value);
}
