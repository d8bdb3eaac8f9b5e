/* The status stage (spec: status; docs/figures.md, "status"): whether a
 * figure states an outcome (actual) or an aim. A cue word in the figure's
 * clause decides — the nearest of 目标/预期/力争/确保 (target), 预计 (forecast),
 * 计划/拟/将 (plan) — or one in a clause before it that opens a list with a
 * colon (主要预期目标是：…). A report's plan part (a work report's 工作安排,
 * found from its headings) makes 左右 and 要 targets, and its figures without
 * a cue targets (rates) or plans (amounts), unless their period is past. */
#include "figure_scan.h"

#include <stdlib.h>

#include "figure_clause.h" /* bytes_are */
#include "figure_period.h"
#include "lex_cache.h"

/* The most characters of a heading line. */
#define HEADING_CHARS 40

/* Whether a word of the list stands whole in t[a, b) (one filtered pass:
 * figure_rules.h). */
static int contains(const char *t, size_t a, size_t b, const char *const *words)
{
    return tally_words_in(words, t, a, b);
}

/* Whether the line [a, b) reads as a heading: short, and not ending as a
 * sentence does. */
static int heading_line(const char *t, size_t a, size_t b)
{
    size_t chars = 0;
    /* counted only as far as the bound: a paragraph's line is long */
    for (size_t i = a; i < b && chars <= HEADING_CHARS; chars++)
        utf8_next(t, b, &i);
    if (chars == 0 || chars > HEADING_CHARS)
        return 0;
    size_t p;
    uint32_t last = utf8_prev(t, b, &p);
    return last != 0x3002 && last != 0xFF1B && last != ';' && last != 0xFF0C && last != ',';
}

/* Whether the line [a, b) opens with a list item's mark: 1. 2、 （一） 一是
 * 第一， (as doc:sentences() reads list items). */
static int list_item_line(const char *t, size_t a, size_t b)
{
    size_t i = a, wl;
    if (i < b && t[i] >= '0' && t[i] <= '9') {
        while (i < b && t[i] >= '0' && t[i] <= '9')
            i++;
        return i < b && (t[i] == '.' || utf8_starts(t, b, i, "、", 3) ||
                         utf8_starts(t, b, i, "．", 3) || t[i] == ')' ||
                         utf8_starts(t, b, i, "）", 3));
    }
    if (utf8_starts(t, b, i, "（", 3) || t[i] == '(')
        return 1;
    if (utf8_starts(t, b, i, "第", 3))
        i += 3;
    static const char *const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九",
                                           "十", NULL};
    if (!tally_word_at(numerals, t, b, i, &wl))
        return 0;
    return tally_word_at(tally_list_item_marks, t, b, i + wl, &wl) != NULL;
}

/* Whether the line [a, b), ending in a colon, announces a list of aims: it
 * holds a cue (将, 计划, 力争, 下一步 …) or speaks of this year without
 * looking back (今年实施…，主要包括：; not 今年以来, 已, 了). */
static int announces_aims(const char *t, size_t a, size_t b)
{
    size_t p;
    uint32_t last = utf8_prev(t, b, &p);
    if (last != 0xFF1A && last != ':')
        return 0;
    if (contains(t, a, b, tally_status_list_cues) || contains(t, a, b, tally_target_words) ||
        contains(t, a, b, tally_plan_words))
        return 1;
    static const char *const now[] = {"今年", NULL};
    return contains(t, a, b, now) && !contains(t, a, b, tally_status_past_marks);
}

int fig_find_plan_parts(scan *s)
{
    s->plan_parts = NULL;
    s->n_plan_parts = 0;
    size_t cap = 0, open = 0;
    int in_plan = 0;
    for (size_t a = 0; a < s->len;) {
        const char *nl = memchr(s->f + a, '\n', s->len - a);
        size_t b = nl ? (size_t)(nl - s->f) : s->len, x = a, y = b;
        while (x < y && (s->f[x] == ' ' || s->f[x] == '\t' || s->f[x] == '\r'))
            x++;
        while (y > x && (s->f[y - 1] == ' ' || s->f[y - 1] == '\t' || s->f[y - 1] == '\r'))
            y--;
        /* a line announcing aims with a colon, and the list items after it
         * (全省今年实施六项行动，主要包括：1. …) */
        if (!in_plan && x < y && announces_aims(s->f, x, y)) {
            size_t c = b, end = b;
            while (c < s->len) {
                const char *nl2 = memchr(s->f + c + 1, '\n', s->len - c - 1);
                size_t c2 = nl2 ? (size_t)(nl2 - s->f) : s->len, u = c + 1;
                while (u < c2 && (s->f[u] == ' ' || s->f[u] == '\t' || s->f[u] == '\r'))
                    u++;
                if (u < c2 && !list_item_line(s->f, u, c2))
                    break;
                if (u < c2)
                    end = c2;
                c = c2;
            }
            if (end > b) {
                if (s->n_plan_parts == cap) {
                    size_t c3 = cap ? cap * 2 : 4;
                    tally_span *v = realloc(s->plan_parts, c3 * sizeof *v);
                    if (!v)
                        return -1;
                    s->plan_parts = v;
                    cap = c3;
                }
                s->plan_parts[s->n_plan_parts++] = (tally_span){b, end};
                a = end + 1;
                continue;
            }
        }
        if (heading_line(s->f, x, y)) {
            int plan = contains(s->f, x, y, tally_plan_part_cues);
            int review = contains(s->f, x, y, tally_review_part_cues);
            if (plan && !review && !in_plan) {
                in_plan = 1;
                open = x;
            } else if (review && in_plan) {
                in_plan = 0;
                if (s->n_plan_parts == cap) {
                    size_t c = cap ? cap * 2 : 4;
                    tally_span *v = realloc(s->plan_parts, c * sizeof *v);
                    if (!v)
                        return -1;
                    s->plan_parts = v;
                    cap = c;
                }
                s->plan_parts[s->n_plan_parts++] = (tally_span){open, x};
            }
        }
        a = b + 1;
    }
    if (in_plan) {
        if (s->n_plan_parts == cap) {
            tally_span *v = realloc(s->plan_parts, (cap + 1) * sizeof *v);
            if (!v)
                return -1;
            s->plan_parts = v;
        }
        s->plan_parts[s->n_plan_parts++] = (tally_span){open, s->len};
    }
    return 0;
}

static int in_plan_part(const scan *s, size_t p)
{
    size_t lo = 0, hi = s->n_plan_parts;
    while (lo < hi) { /* the first part starting after p */
        size_t m = lo + (hi - lo) / 2;
        if (s->plan_parts[m].start <= p)
            lo = m + 1;
        else
            hi = m;
    }
    return lo > 0 && p < s->plan_parts[lo - 1].stop;
}

static int word_listed(const char *t, const lex_word *w, const char *const *list)
{
    size_t n = w->stop - w->start;
    const tally_word_set *set = tally_word_set_of(list); /* word_in's hash set */
    if (set && set->slots)
        return tally_word_set_has(set, t + w->start, n);
    for (size_t k = 0; list[k]; k++)
        if (bytes_are(t + w->start, n, list[k]))
            return 1;
    return 0;
}

/* 预期 and 预计 as nouns of expectation (超预期, 好于预计). */
static int word_is_expectation(const char *t, const lex_word *w)
{
    static const char *const words[] = {"预期", "预计", "预测", "目标", NULL};
    return word_listed(t, w, words);
}

/* Whether the cue word w[k] of [0, n) names a thing instead of cueing the
 * figure: a forecast compared with (比原预测, 较预测, 8月预测的), a plan or goal
 * named at the end of its clause (市场开拓计划，). */
static int cue_is_named(const char *t, const lex_word *w, size_t n, size_t k)
{
    if (word_listed(t, &w[k], tally_forecast_words)) {
        if (k > 0 && word_listed(t, &w[k - 1], tally_status_compared_marks))
            return 1;
        /* 临时估计为466亿元: a provisional estimate of an outcome */
        if (k > 0 && word_listed(t, &w[k], tally_status_estimate_words) &&
            word_listed(t, &w[k - 1], tally_status_estimate_leads))
            return 1;
        /* 预测的 right before the figure: the figure is that forecast */
        if (k + 2 < n && word_listed(t, &w[k + 1], tally_status_compared_after))
            return 1;
    }
    /* 完成目标进度均列全省第二位: the goal reached, a measure of the outcome */
    if (word_listed(t, &w[k], tally_target_words) && k > 0 &&
        word_listed(t, &w[k - 1], tally_status_reached_verbs))
        return 1;
    /* 完成全年目标任务的62%: a time of the goal between */
    if (word_listed(t, &w[k], tally_target_words) && k > 1 &&
        word_listed(t, &w[k - 1], tally_status_goal_times) &&
        word_listed(t, &w[k - 2], tally_status_reached_verbs))
        return 1;
    /* 超预期增长8%, 好于预期: measured against an expectation, an outcome */
    if (k > 0 && word_is_expectation(t, &w[k]) &&
        word_listed(t, &w[k - 1], tally_status_beyond_marks))
        return 1;
    return word_listed(t, &w[k], tally_status_nominal_cues) && k > 0 && k + 1 == n &&
           (w[k - 1].cls == LEX_NOUN || w[k - 1].cls == LEX_VERB || w[k - 1].cls == LEX_VNOUN);
}

/* The status a cue word among the words [0, n) gives, nearest the end
 * first; -1 when none does. */
static int cue_status_of(const char *t, const lex_word *w, size_t n, int lent)
{
    for (size_t k = n; k-- > 0;) {
        /* a word of none of the three lists gives no status whatever the
         * tests below say of it: passed at once (most words are none) */
        if (!word_listed(t, &w[k], tally_forecast_words) &&
            !word_listed(t, &w[k], tally_target_words) && !word_listed(t, &w[k], tally_plan_words))
            continue;
        if (lent && word_listed(t, &w[k], tally_status_clause_only_words))
            continue;
        if (cue_is_named(t, w, n, k))
            continue;
        if (word_listed(t, &w[k], tally_forecast_words))
            return TALLY_STATUS_FORECAST;
        if (word_listed(t, &w[k], tally_target_words))
            return TALLY_STATUS_TARGET;
        if (word_listed(t, &w[k], tally_plan_words)) {
            /* 预估全年营收将上看4000亿元: 将 after a forecast cue is the
             * forecast's future tense, not a plan */
            if (word_listed(t, &w[k], tally_status_clause_only_words))
                for (size_t j = k; j-- > 0;)
                    if (word_listed(t, &w[j], tally_forecast_words) && !cue_is_named(t, w, n, j))
                        return TALLY_STATUS_FORECAST;
            return TALLY_STATUS_PLAN;
        }
    }
    return -1;
}

/* Whether the words [0, n) before a figure cross a threshold after a word of
 * certainty or of the future (确定破六千亿美元, 将连三月破六百亿美元): the
 * figure is where the speaker expects the total to end, a forecast. */
static int crosses_threshold(const char *t, const lex_word *w, size_t n)
{
    for (size_t k = n; k-- > 1;) {
        if (!word_listed(t, &w[k], tally_status_threshold_verbs))
            continue;
        for (size_t j = k; j-- > 0 && k - j <= 3;)
            if (word_listed(t, &w[j], tally_status_certain_words))
                return 1;
    }
    return 0;
}

/* Whether the clause [a, b) names a budget (编列, 预算数) that is no whole of
 * a share (占全年预算数): a plan. */
static int names_budget(const scan *s, size_t a, size_t b)
{
    return contains(s->f, a, b, tally_status_budget_words) &&
           !contains(s->f, a, b, tally_share_verbs);
}

/* Whether the clause [a, b) holds a verb revising an estimate (上修, 下调),
 * read as characters: the segmenter splits 上修 (上 | 修). */
static int revises(const scan *s, size_t a, size_t b)
{
    return contains(s->f, a, b, tally_status_revision_verbs);
}

/* The end of the nearest forecast cue among the words [0, n) that cues
 * (not one that names a thing), or 0. */
static size_t forecast_cue_end(const char *t, const lex_word *w, size_t n)
{
    for (size_t k = n; k-- > 0;)
        if (word_listed(t, &w[k], tally_forecast_words) && !cue_is_named(t, w, n, k))
            return w[k].stop;
    return 0;
}

/* Whether the clause [a, b) opens (after spaces) with one of words. */
static int opens_with(const scan *s, size_t a, size_t b, const char *const *words)
{
    size_t wl;
    while (a < b && (s->f[a] == ' ' || s->f[a] == '\n' || s->f[a] == '\r' || s->f[a] == '\t'))
        a++;
    return tally_word_at(words, s->f, b, a, &wl) != NULL;
}

/* Whether a figure of the sentence stands in [a, b). */
static int figure_between(const scan *s, size_t a, size_t b)
{
    for (size_t k = s->sent_first; k < s->out.n; k++)
        if (s->out.v[k].span.start >= a && s->out.v[k].span.start < b)
            return 1;
    return 0;
}

static int cue_status(const char *t, const lex_word *w, size_t n)
{
    if (crosses_threshold(t, w, n))
        return TALLY_STATUS_FORECAST;
    return cue_status_of(t, w, n, 0);
}

/* Whether the text before lo ends at e in a line of prose wrapped by print
 * layout (社会消⏎费品零售总额29.4亿元: a Han character, no numeral, before
 * the line break, or a number cut by it; and a comma, 、 or ； in that line): the spec's sentence
 * goes on over the break. */
static int wrapped_line(const scan *s, size_t e, size_t lo)
{
    size_t q;
    int newline = 0;
    for (size_t k = e; k < lo; k++)
        newline |= s->f[k] == '\n';
    if (!newline || e == 0)
        return 0;
    uint32_t c = utf8_prev(s->f, e, &q);
    /* a number cut by the break (收入1⏎2248元) goes on as a Han word does */
    size_t d0 = e;
    while (d0 < s->len && (s->f[d0] == '\n' || s->f[d0] == '\r' || s->f[d0] == ' '))
        d0++;
    int cut_number = c >= '0' && c <= '9' && d0 < s->len && s->f[d0] >= '0' && s->f[d0] <= '9';
    if (!cut_number && (!is_han(c) || fig_numeral_char_before(s, e)))
        return 0;
    if (fig_line_holds_comma(s, 0, q))
        return 1;
    for (size_t p = q; p > 0 && s->f[p - 1] != '\n';) {
        uint32_t d = utf8_prev(s->f, p, &p);
        if (d == 0xFF1B || d == ';')
            return 1;
    }
    return 0;
}

/* The start of the spec's sentence (to 。！？) when the sentence at lo goes
 * on one cut at ；, across a line break of print layout (预计全县生产总值…、
 * 下降0.5%⏎;规模以上工业总产值80.6亿元), or on a line wrapped mid-word
 * (wrapped_line): a cue lent over ； reaches back so far. Else lo. */
static size_t semicolon_sentence_start(const scan *s, size_t lo)
{
    enum { REACH = 2000 };
    size_t p = lo, q, k = lo;
    while (k < s->len && (s->f[k] == ' ' || s->f[k] == '\t'))
        k++;
    /* the sentence opens with the ； itself (a line wrapped before it) */
    int opens = k < s->len && (s->f[k] == ';' || utf8_starts(s->f, s->len, k, "；", 3));
    while (p > 0 && (s->f[p - 1] == ' ' || s->f[p - 1] == '\n' || s->f[p - 1] == '\r'))
        p--;
    if (p == 0)
        return lo;
    uint32_t c = utf8_prev(s->f, p, &q);
    if (c != 0xFF1B && c != ';' && !opens && !wrapped_line(s, p, lo))
        return lo;
    if (opens)
        q = p;
    for (p = q; p > 0 && lo - p < REACH;) {
        c = utf8_prev(s->f, p, &q);
        if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F)
            return p;
        p = q;
    }
    return p == 0 ? 0 : lo;
}

tally_status fig_status(const scan *s, size_t lo, const tally_figure *fig)
{
    size_t a = fig->span.start, cs = clause_start(s, lo, a);
    /* 较去年2.19%, 由去年的衰退9%: a compared time's own value is known, an
     * outcome, whatever the sentence forecasts */
    tally_span compared = fig_period_compared_time(s, lo, a);
    if (compared.stop > compared.start)
        return TALLY_STATUS_ACTUAL;
    /* 较8月预测数2.11%, 低于八月预测的2.47%: a compared forecast's value */
    if (fig_period_compared_estimate(s, lo, a))
        return TALLY_STATUS_FORECAST;
    lex_word w[128];
    size_t n = tally_lex_segment_cached(s->lex_cache, s->f, cs, a, w, 128);
    /* 上修今年全年经济成长率…至7.37%: a revised estimate, a forecast until its
     * period ends (今年第三季…上调至8.21% in November is the quarter's outcome) */
    if (fig->period_key[0] && s->doc_year && revises(s, cs, a))
        return fig_period_over(s, fig->period_key) ? TALLY_STATUS_ACTUAL : TALLY_STATUS_FORECAST;
    if (names_budget(s, cs, a))
        return TALLY_STATUS_PLAN;
    /* 全年上看200%以上: a forecast verb the segmenter splits (上 | 看) */
    if (contains(s->f, cs, a, tally_status_forecast_verbs))
        return TALLY_STATUS_FORECAST;
    int st = cue_status(s->f, w, n);
    /* 预估全年经济成长率可达4.64%、第1季出口大幅成长24.6%: a forecast cue that
     * governs a figure before this one does not reach a period already over */
    if (st == TALLY_STATUS_FORECAST && fig->period_key[0] && fig_period_over(s, fig->period_key)) {
        size_t ce = forecast_cue_end(s->f, w, n);
        if (ce && figure_between(s, ce, a))
            return TALLY_STATUS_ACTUAL;
    }
    int own = st >= 0;
    /* a clause before, in the same sentence, lends its cue to what follows:
     * one that ends in a colon (主要预期目标是：…), or any with a cue
     * (四季度将办好展销周，组织企业按3至5家为一组; 力争全年新设企业3000家，
     * 实际使用外资增长5%至8%) — the nearest decides */
    /* a clause that looks back (已, 了) states an outcome of its own */
    int looks_back = 0;
    for (size_t k = 0; k < n; k++)
        if (word_listed(s->f, &w[k], tally_status_done_marks))
            looks_back = 1;
    size_t reach = semicolon_sentence_start(s, lo);
    int contrast = opens_with(s, cs, a, tally_status_contrast_words);
    for (size_t p = cs; st < 0 && p > reach;) {
        size_t q;
        uint32_t c = utf8_prev(s->f, p, &q);
        /* a cue goes on over ； in a list of semicolon clauses (预计完成地区
         * 生产总值7810亿元，增长10%；固定资产投资5430亿元…), not over 。 */
        if (c == 0x3002)
            break;
        size_t ps = clause_start(s, q > lo ? lo : reach, q);
        if (c == 0xFF1A || c == ':') {
            n = tally_lex_segment_cached(s->lex_cache, s->f, ps, q, w, 128);
            st = cue_status(s->f, w, n);
        } else if (!looks_back) {
            /* a clause that itself looks back lends nothing (这些努力已取得
             * 显著成效，上半年实现…增长119.7%) */
            n = tally_lex_segment_cached(s->lex_cache, s->f, ps, q, w, 128);
            int done = 0;
            for (size_t k = 0; k < n; k++)
                if (word_listed(s->f, &w[k], tally_status_done_marks))
                    done = 1;
            if (!done)
                st = cue_status_of(s->f, w, n, 1);
            /* 明年度总预算岁出编列1900亿元，投入建设经费300亿元: a budget's
             * lines after it are its plan too */
            if (!done && st < 0 && !contrast && names_budget(s, ps, q))
                st = TALLY_STATUS_PLAN;
            /* 全年计划任务12项，已完成11项，9月份完成2项: an outcome stated
             * between ends the reach of a cue before it */
            if (done)
                break;
        }
        /* …编列的预算数增加947亿元，但统计至9月，实征数减少365亿元: a
         * budget lends nothing over a contrast (但, 而) */
        contrast |= opens_with(s, ps, q, tally_status_contrast_words);
        if (ps >= p)
            break;
        p = ps;
    }
    /* a forecast lent from a clause before (主计总处发布最新经济预测，今年第三季…)
     * does not reach a period already over at the document's date */
    if (!own && st == TALLY_STATUS_FORECAST && fig->period_key[0] &&
        fig_period_over(s, fig->period_key))
        return TALLY_STATUS_ACTUAL;
    if (st >= 0)
        return (tally_status)st;
    /* 要 before the figure, 左右 after it: in a plan part, or in a sentence
     * about this year (今年…要) */
    int plan_part = in_plan_part(s, a);
    int says_now = 0, says_must = 0;
    /* says_now counts only with says_must, and a word 要 or 左右 needs that
     * text: the sentence is read as words only when it holds it */
    n = tally_words_in(tally_plan_part_target_words, s->f, lo, a)
            ? tally_lex_segment_cached(s->lex_cache, s->f, lo, a, w, 128)
            : 0;
    for (size_t k = 0; k < n; k++) {
        size_t l = w[k].stop - w[k].start;
        if (l == 6 && memcmp(s->f + w[k].start, "今年", 6) == 0)
            says_now = 1;
        if (word_listed(s->f, &w[k], tally_plan_part_target_words))
            says_must = 1;
    }
    size_t tl;
    int about = tally_word_before(tally_plan_part_target_words, s->f, fig->span.stop, &tl) != NULL;
    if ((plan_part || says_now) && (says_must || (plan_part && about)))
        return TALLY_STATUS_TARGET;
    if (plan_part) {
        /* a past period in a plan part is an outcome recalled */
        if (fig->period_key[0] && s->doc_year && atoi(fig->period_key) < s->doc_year)
            return TALLY_STATUS_ACTUAL;
        /* a share with no cue states how things stand (两大产业的出口占全市
         * 出口的三成以上): an aim would say so (力争占比达到…) */
        n = tally_lex_segment_cached(s->lex_cache, s->f, cs, a, w, 128);
        for (size_t k = 0; k < n; k++)
            if (word_listed(s->f, &w[k], tally_share_verbs))
                return TALLY_STATUS_ACTUAL;
        if (fig->kind == TALLY_FIG_MONEY || fig->kind == TALLY_FIG_QUANTITY)
            return TALLY_STATUS_PLAN;
        return TALLY_STATUS_TARGET;
    }
    /* 明年预算将比今年增加20%，达到1200亿元: a period not begun at the
     * document's date has no outcome yet; the figure takes the aim of the
     * figure before it in its sentence, else it is a forecast */
    if (fig->period_key[0] && fig_period_ahead(s, fig->period_key)) {
        for (size_t k = s->out.n; k-- > s->sent_first;)
            if (s->out.v[k].span.start < a && s->out.v[k].status != TALLY_STATUS_ACTUAL)
                return s->out.v[k].status;
        return TALLY_STATUS_FORECAST;
    }
    return TALLY_STATUS_ACTUAL;
}
