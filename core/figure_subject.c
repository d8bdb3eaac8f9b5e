/* The subject stage (spec/figures.md, "subject"; docs/figures.md, "How a
 * subject is read"): every figure of a sentence gets the noun phrase it
 * measures. Which reading applies depends on the figure: a rank measures
 * what stands before its verb, a count what follows it (八个重点项目), a
 * figure in brackets the noun before them, any other the phrase before it
 * (figure_subject_before.c); a figure whose clause names nothing carries a
 * subject from the figure, clause or sentence before. The parts are listed
 * in figure_subject.h. */
#include "figure_scan.h"

#include "figure_subject.h"
#include "trend_index.h"

/* Where what is ranked ends, for a rank verb starting at v and ending at a:
 * before the rank's name and its scope when the verb is a rank's name
 * (社会消费品零售总额全省综合排名第4位: the scope 全省 and the name 综合排名). */
static size_t before_rank_name(const scan *s, size_t lo, size_t a, size_t v)
{
    size_t rl;
    if (!tally_word_before(tally_subject_rank_nouns, s->f, a, &rl) || a - rl < lo || a - rl > v)
        return v;
    size_t p = a - rl;
    while ((tally_word_before(tally_rank_scopes, s->f, p, &rl) ||
            tally_word_before(tally_region_words, s->f, p, &rl)) &&
           rl > 0 && p - rl >= lo)
        p -= rl;
    return p;
}

/* Whether the sentence opens at i with a frame of breakdown: 分 or 从, at
 * most a few words, 看 or 来看, a comma (分季度看，一季度增长6.7%). */
static int breakdown_frame(const scan *s, size_t i, size_t hi)
{
    size_t wl;
    if (!tally_word_at(tally_subject_frame_marks, s->f, hi, i, &wl))
        return 0;
    size_t e = clause_stop(s, i, hi), k = e;
    if (e >= hi || e - i > 8 * 3)
        return 0;
    uint32_t c = utf8_next(s->f, hi, &k);
    if (c != 0xFF0C && c != ',')
        return 0;
    return tally_word_before(tally_subject_frame_verbs, s->f, e, &wl) && e - wl > i + 3;
}

/* A subject carried to a figure that states no change drops a rate of
 * change at its end (中国大陆旅客增幅达78.1%，为7836240人次: the count is of
 * 中国大陆旅客, not of its 增幅). A growth or pp figure keeps it (spec: 增速
 * may be a subject). */
static tally_span carried_subject(const scan *s, tally_span subj, const tally_figure *fig)
{
    if (fig->kind == TALLY_FIG_GROWTH || fig->kind == TALLY_FIG_PP || fig->kind == TALLY_FIG_RANK)
        return subj;

    for (size_t k = 0; tally_rate_nouns[k].word; k++) {
        const char *r = tally_rate_nouns[k].word;
        size_t wl = strlen(r);
        static const char *const ends[] = {"速", "幅", "率", NULL};
        size_t el;
        if (subj.stop - subj.start > wl + 3 && memcmp(s->f + subj.stop - wl, r, wl) == 0 &&
            tally_word_at(ends, r, wl, wl - 3, &el)) {
            subj.stop -= wl;
            return subj;
        }
    }
    return subj;
}

/* 贷款余额169万亿元，…；前三季度增加16万亿元: a carried subject that is a
 * stock (tally_subject_stock_words) measures, for an amount a trend word
 * states over a period, the flow of the thing held, not its balance. Not when
 * the clause compares the stock with an earlier one (较上月底减少512亿元:
 * the balance itself is compared). */
static tally_span flow_of_stock(const scan *s, size_t lo, tally_span subj, const tally_figure *fig)
{
    size_t sl, a = fig->span.start;
    /* a trend word in the four characters before the figure (前三季度增加) */
    if ((fig->kind != TALLY_FIG_MONEY && fig->kind != TALLY_FIG_QUANTITY) || subj.stop <= subj.start ||
        !tally_word_before(tally_subject_stock_words, s->f, subj.stop, &sl) || subj.stop - sl <= subj.start ||
        a < lo + 6 || !tally_trend_ends(s->r, s->f, a >= lo + 12 ? a - 12 : lo, a))
        return subj;
    word w[MAX_WORDS];
    size_t n = fig_clause_words(s, fig_clause_start(s, lo, a), a, w, MAX_WORDS);
    for (size_t j = 0; j < n; j++)
        if (comparison_mark(s, &w[j]))
            return subj;
    subj.stop -= sl;
    return subj;
}

/* 月内转口货量 → 转口货量: the lexicon cuts 月内 as 月 | 内, so a subject may
 * start inside a word that carries the period before (tally_period_carry_words). */
static tally_span after_carry_word(const scan *s, tally_span subj)
{
    for (size_t k = 0; tally_period_carry_words[k]; k++) {
        size_t wl = strlen(tally_period_carry_words[k]);
        for (size_t o = 3; o < wl && o <= subj.start; o += 3)
            if (subj.start - o + wl < subj.stop &&
                memcmp(s->f + subj.start - o, tally_period_carry_words[k], wl) == 0)
                subj.start = subj.start - o + wl;
    }
    return subj;
}

/* Whether a figure counts times (人次, 场次, 艘次). */
static int times_count(const tally_figure *fig)
{
    size_t n = strlen(fig->unit);
    return n >= 6 && memcmp(fig->unit + n - 3, "次", 3) == 0;
}



/* Whether the phrase is one region word, country word or place (全省, 全国). */
static int only_region(const scan *s, tally_span subj)
{
    word w[2];
    if (fig_clause_words(s, subj.start, subj.stop, w, 2) != 1)
        return 0;
    return w[0].cls == LEX_PLACE || word_in(s, &w[0], tally_region_words) ||
           word_in(s, &w[0], tally_country_words);
}

/* Whether the subject is made of places alone (香港, 台湾地区). */
static int only_places(const scan *s, tally_span subj)
{
    word w[MAX_WORDS];
    if (subj.stop <= subj.start)
        return 0;
    size_t n = fig_clause_words(s, subj.start, subj.stop, w, MAX_WORDS);
    for (size_t j = 0; j < n; j++)
        if (w[j].cls != LEX_PLACE)
            return 0;
    return n > 0 && n < MAX_WORDS;
}

/* The subject of figure k, member li->listed of a 分别 list of li->nfig
 * figures whose clause names no phrase, when the nfig figures right before
 * the list stand one to a clause, each with a subject of its own (城镇居民
 * 人均可支配收入34674元，农村居民人均可支配收入18365元，分别增长9.3%、10.5%):
 * each rate is that of the amount it answers. Empty when they do not. */
static tally_span subject_of_answered_figure(const scan *s, size_t lo, size_t k, const list_info *li)
{
    size_t nfig = li->nfig, listed = li->listed;
    if (nfig < 2 || listed > k || k - listed < s->sent_first + nfig)
        return (tally_span){0, 0};
    size_t first = k - listed - nfig; /* the first figure answered */
    const tally_figure *fig = &s->out.v[k];
    /* rates of change answering amounts, the last in the clause right
     * before the list's */
    size_t cs = fig_clause_start(s, lo, fig->span.start), p;
    int rate = fig->kind == TALLY_FIG_GROWTH || fig->kind == TALLY_FIG_PP;
    /* or amounts of change answering amounts of their unit (就业人口为37.11万人，
     * 本地就业居民为28.61万人，较上一期分别减少900人及1,700人) */
    int change = fig->kind == TALLY_FIG_MONEY || fig->kind == TALLY_FIG_QUANTITY;
    if ((!rate && !change) || cs <= lo)
        return (tally_span){0, 0};
    utf8_prev(s->f, cs, &p);
    if (s->out.v[first + nfig - 1].span.start < fig_clause_start(s, lo, p))
        return (tally_span){0, 0};
    for (size_t j = first; j < first + nfig; j++) {
        const tally_figure *g = &s->out.v[j];
        if (g->subject.stop <= g->subject.start || g->kind == TALLY_FIG_GROWTH || g->kind == TALLY_FIG_PP)
            return (tally_span){0, 0};
        if (change && (g->kind != fig->kind || strcmp(g->unit, fig->unit) != 0))
            return (tally_span){0, 0};
        /* one to a clause, each with a subject of its own */
        if (j > first && (fig_clause_start(s, lo, g->span.start) <=
                              s->out.v[j - 1].span.start ||
                          (g->subject.start == s->out.v[j - 1].subject.start &&
                           g->subject.stop == s->out.v[j - 1].subject.stop)))
            return (tally_span){0, 0};
    }
    return s->out.v[first + listed].subject;
}

/* The item of a list that ends right at the opening bracket p of a figure
 * alone in brackets (中国内地( 100.4万人次 )、香港( 14.0万人次 )及台湾地区(…),
 * 五星级(87.2%)、四星级(84.0%)): the nouns, places and distinguishing words
 * back to the list's mark (、, or 及, 和 after a bracket), 其中 or the
 * clause's start, when a mark,
 * 的 or the clause's end follows the closing bracket. Not a region word alone
 * (比全省(7.4%)) and not a phrase a figure follows (高于全省平均增速(16.8%)0.73个
 * 百分点: the compared value, read below). Empty when there is none. */
static tally_span bracketed_item(const scan *s, size_t lo, size_t hi, size_t p, const tally_figure *fig)
{
    size_t q = fig->span.stop;
    while (q < hi && s->f[q] == ' ')
        q++;
    utf8_next(s->f, hi, &q); /* past the closing bracket */
    size_t r = q;
    uint32_t after = q < hi ? utf8_next(s->f, hi, &r) : 0;
    if (!(after == 0 || after == 0x3001 || after == 0xFF0C || after == ',' || after == 0x3002 ||
          after == 0xFF1B || after == ';' || utf8_starts(s->f, hi, q, "的", 3) ||
          utf8_starts(s->f, hi, q, "及", 3) || utf8_starts(s->f, hi, q, "和", 3) ||
          utf8_starts(s->f, hi, q, "与", 3)))
        return (tally_span){0, 0};
    word w[MAX_WORDS];
    size_t cs = fig_clause_start(s, lo, p);
    size_t n = fig_clause_words(s, cs, p, w, MAX_WORDS), i = n;
    if (n == 0 || n == MAX_WORDS)
        return (tally_span){0, 0};
    /* 酒店及饮食业(4.90万)和教育(2.09万): a join inside an item stays in
     * it; one after a closing bracket parts two items */
    while (i > 0 && n - i < 6 && w[i - 1].what == W_WORD &&
           ((fig_nounish(s, &w[i - 1]) || w[i - 1].cls == LEX_PLACE || w[i - 1].cls == LEX_ADJNOUN) ||
            (word_in(s, &w[i - 1], tally_subject_joins) && i >= 2 && i < n && w[i - 2].what == W_WORD &&
             fig_modifier(s, &w[i - 2]))) &&
           !word_in(s, &w[i - 1], tally_subject_nonheads))
        i--;
    if (i == n || !(i == 0 || word_is(s, &w[i - 1], "、") || word_in(s, &w[i - 1], tally_subject_joins) ||
                    word_in(s, &w[i - 1], tally_subject_nonheads) /* 其中 */))
        return (tally_span){0, 0};
    /* a region word or the country alone says where, not what */
    if (n - i == 1 && (word_in(s, &w[i], tally_region_words) || word_in(s, &w[i], tally_country_words)))
        return (tally_span){0, 0};
    return (tally_span){w[i].a, w[n - 1].b};
}

/* The subject of figure k, member li->listed of a 分别 list of li->nfig,
 * when the li->nfig figures right before the list stand alone in brackets
 * inside its clause, each after an item of its own (五星级(87.2%)、四星级
 * (84.0%)及三星级酒店(83.8%)的入住率分别上升…): that item. Empty otherwise. */
static tally_span bracketed_member(const scan *s, size_t lo, size_t k, const list_info *li)
{
    size_t nfig = li->nfig, listed = li->listed;
    if (listed > k || k - listed < s->sent_first + nfig)
        return (tally_span){0, 0};
    size_t first = k - listed - nfig;
    /* no comma or stop between the items and the list (brackets end the
     * clause, so the clause itself cannot say) */
    for (size_t b = s->out.v[first].span.stop; b < s->out.v[k - listed].span.start; b++) {
        size_t q = b;
        uint32_t c = utf8_next(s->f, s->len, &q);
        if (c == 0xFF0C || c == ',' || c == 0x3002 || c == 0xFF1B || c == ';' || c == 0xFF1A)
            return (tally_span){0, 0};
        b = q - 1;
    }
    for (size_t j = first; j < first + nfig; j++) {
        const tally_figure *g = &s->out.v[j];
        if (g->subject.stop <= g->subject.start ||
            !fig_parenthesized(s->f, lo, s->len, g->span) || g->subject.stop > g->span.start)
            return (tally_span){0, 0};
        if (j > first && g->subject.start < s->out.v[j - 1].span.stop)
            return (tally_span){0, 0};
    }
    return s->out.v[first + listed].subject;
}

/* The place name that ends right at p (来自广东省|(…)), read as the words
 * of its clause; not a region word of the document (全省) or the country. */
static tally_span place_before(const scan *s, size_t lo, size_t p)
{
    word w[MAX_WORDS];
    size_t cs = fig_clause_start(s, lo, p);
    size_t n = fig_clause_words(s, cs, p, w, MAX_WORDS);
    if (n == 0 || n == MAX_WORDS || w[n - 1].b != p || w[n - 1].what != W_WORD ||
        w[n - 1].cls != LEX_PLACE || word_in(s, &w[n - 1], tally_nonregion_places) ||
        word_in(s, &w[n - 1], tally_region_words) || word_in(s, &w[n - 1], tally_country_words))
        return (tally_span){p, p};
    /* a noun after the place, inside the bracket's phrase (广东省旅客) is no
     * longer a place alone */
    return (tally_span){w[n - 1].a, w[n - 1].b};
}

/* Whether the subject is a rate alone (增幅, 增速): an amount or a count
 * read past it (增幅为31.7%，达449,098人次) measures what the rate is of. */
static int rate_only(const scan *s, tally_span subj)
{
    word w[2];
    if (subj.stop <= subj.start)
        return 0;
    return fig_clause_words(s, subj.start, subj.stop, w, 2) == 1 &&
           (fig_noun_trend(s, &w[0]) || word_in(s, &w[0], tally_subject_share_nouns));
}

/* A subject that is a generic measure alone (tally_subject_generic_measures)
 * names the thing measured before 的 (宽带用户的单价) or before the bracket
 * its clause opens in (百货公司货品(零售量上升9.7%)); else it stays. */
static tally_span thing_of_generic_measure(const scan *s, size_t lo, tally_span subj)
{
    if (subj.stop <= subj.start ||
        !bytes_in(s->f + subj.start, subj.stop - subj.start, tally_subject_generic_measures))
        return subj;
    size_t cs = fig_clause_start(s, lo, subj.start), p, first;
    if (subj.start >= cs + 6 && memcmp(s->f + subj.start - 3, "的", 3) == 0) {
        word w[MAX_WORDS];
        size_t n = fig_clause_words(s, cs, subj.start - 3, w, MAX_WORDS);
        if (n > 0 && n < MAX_WORDS && fig_noun_phrase_before(s, w, n, &first, 0)) {
            first = fig_skip_region_words(s, w, first, n);
            return (tally_span){w[first].a, subj.stop};
        }
        return subj;
    }
    uint32_t c = cs > lo ? utf8_prev(s->f, cs, &p) : 0;
    if (c == 0xFF08 || c == '(') {
        tally_span before = fig_phrase_before_bracket(s, lo, p);
        if (before.stop > before.start)
            return before;
    }
    return subj;
}

/* The subject of a rank: what stands before its verb (位居, 居), before the
 * rank's name (综合排名) and its scope, or with no verb before its scope
 * (增速全市第二). A rank's subject is read with trend words kept: 增速 may be
 * what is ranked. */
static tally_span rank_subject(const scan *s, size_t lo, const tally_figure *fig, list_info *li)
{
    tally_span subj = {0, 0};
    size_t a = fig->scope.stop > fig->scope.start ? fig->scope.start : fig->span.start;
    size_t wl;
    for (int chars = 0; a > lo && a >= 3 && chars < CLAUSE_CHARS &&
                        !tally_word_before(tally_rank_verbs, s->f, a, &wl);
         chars++) {
        size_t p;
        uint32_t c = utf8_prev(s->f, a, &p);
        if (clause_end(c))
            break;
        a = p;
    }
    if (tally_word_before(tally_rank_verbs, s->f, a, &wl)) {
        subj = fig_subject_before(s, lo, before_rank_name(s, lo, a, a - wl), 1, li);
        /* 位居全国百强县投资潜力第3、新型城镇化质量第4: nothing before the
         * verb (whose rank it is goes without saying); what is ranked is
         * the category named before each rank */
        if (subj.stop == subj.start)
            subj = fig_subject_before(s, lo, fig->span.start, 1, li);
    }
    else if (fig->scope.stop > fig->scope.start && fig->scope.stop <= fig->span.start)
        /* 增速全市第二: no verb, what is ranked stands before the scope */
        subj = fig_subject_before(s, lo, fig->scope.start, 1, li);
    /* 综合排名上升至第4位: a subject that is the rank's name */
    size_t rl;
    if (subj.stop > subj.start && tally_word_before(tally_subject_rank_nouns, s->f, subj.stop, &rl) &&
        subj.stop - rl > lo) {
        size_t v = before_rank_name(s, lo, subj.stop, subj.stop - rl);
        if (v < subj.stop - rl) {
            tally_span ranked = fig_subject_before(s, lo, v, 1, li);
            if (ranked.stop > ranked.start)
                subj = ranked;
        }
    }
    return subj;
}

/* The subject a figure's own clause names, by the figure's kind (see the
 * file's comment); rlo is where the sentence is read from when a line break
 * of print layout cut it. Empty when the clause names none. */
static tally_span own_subject(const scan *s, size_t lo, size_t rlo, size_t hi, const tally_figure *fig,
                              list_info *li, int *aside, tally_span *handed)
{
    tally_span subj = {0, 0};
    if (fig->kind == TALLY_FIG_RANK && fig->scope.stop < fig->span.start &&
        fig->scope.start >= lo + 3 && utf8_starts(s->f, hi, fig->scope.start - 3, "在", 3)) {
        /* 增速在中部六省中位居第一: before 在 */
        subj = fig_subject_before(s, lo, fig->scope.start - 3, 1, li);
    } else if (fig_parenthesized(s->f, lo, hi, fig->span)) {
        /* 市级中心仓(1个): the noun before the bracket; 来自广东省(62万人次):
         * a place, which counts what comes from it */
        size_t p, at = fig->span.start;
        while (at > lo && s->f[at - 1] == ' ') /* 五星级( 87.2% ) */
            at--;
        utf8_prev(s->f, at, &p);
        /* 五星级( 87.2% )、四星级( 84.0% )及三星级酒店( 83.8% )的入住率: a
         * list's item before a value in brackets is what the value is of */
        subj = bracketed_item(s, lo, hi, p, fig);
        if (subj.stop == subj.start)
            subj = place_before(s, lo, p);
        if (subj.stop == subj.start)
            subj = fig_subject_before(s, lo, p, 0, li);
        /* 高于全省平均增速(16.8%)0.73个百分点, 比全省(7.4%): the value in
         * brackets is of the phrase right before them, a compared one too */
        if ((subj.stop == subj.start || subj.stop != p) && !li->respectively) {
            tally_span before = fig_phrase_before_bracket(s, lo, p);
            /* not a region alone (比全省(7.4%)): the figure is then the
             * clause's subject in that region (spec: region) */
            if (before.stop > before.start && !only_region(s, before)) {
                *handed = subj; /* the clause's own subject goes on */
                *aside = 1;
                subj = before;
            }
        }
    } else if (fig->kind == TALLY_FIG_RANK) {
        subj = rank_subject(s, lo, fig, li);
    } else if (fig->kind == TALLY_FIG_QUANTITY && times_count(fig)) {
        /* 关闸口岸有7096万人次出入境: a count of times counts what the
         * phrase before names; the words after are the event */
        subj = fig_subject_before(s, rlo, fig->span.start, 0, li);
        if (subj.stop == subj.start)
            subj = fig_subject_after(s, fig->span.stop, hi);
    } else if (fig->kind == TALLY_FIG_QUANTITY || utf8_starts(s->f, hi, fig->span.stop, "的", 3)) {
        /* 八个重点项目, 9.8%的外资: the noun after it; else a unit
         * that is a noun itself (深入16市, 从三方面) */
        subj = fig_subject_after(s, fig->span.stop, hi);
        if (subj.stop == subj.start && fig->kind == TALLY_FIG_QUANTITY)
            subj = fig_noun_unit(s, fig->span);
        if (subj.stop == subj.start)
            subj = fig_subject_before(s, rlo, fig->span.start, 0, li);
    } else {
        subj = fig_subject_before(s, rlo, fig->span.start, 0, li);
    }
    subj = thing_of_generic_measure(s, lo, subj);
    /* 出超1379亿美元 read with 超 as the figure's qualifier: the noun the
     * lexicon has across the figure's start is the subject */
    tally_span across = fig_noun_across_start(s, lo, fig->span);
    if (across.stop > across.start)
        subj = across;
    /* a quoted name whose opening mark the sentence left before it */
    if (subj.stop > subj.start && subj.start >= 3) {
        size_t p, q = subj.stop;
        /* not when the closing mark follows: the name read inside its
         * quotes after a count (50个“城市一刻钟便民生活圈”) */
        if (open_quote(utf8_prev(s->f, subj.start, &p)) &&
            !(q < hi && close_quote(utf8_next(s->f, hi, &q))))
            subj.start = p;
    }
    return subj;
}

/* What a sentence's figures hand on to the next: the last subject, its
 * region, the last list, the sentence's topic once read. */
typedef struct carry {
    tally_span last_subject, last_list, topic;
    tally_span last_thing; /* the last subject that is not a rate alone */
    int topic_read, goes_on, same_paragraph;
    tally_figure last_region;
} carry;

/* The subject of a figure whose clause names none, in this order: the one
 * before it in the sentence (a rate dropped for a figure that states no
 * change), the sentence's topic, the subject of the sentence before in the
 * same paragraph when this is its first figure. */
static tally_span carried(scan *s, size_t lo, size_t hi, size_t k, const tally_figure *fig, carry *c)
{
    tally_span subj = carried_subject(s, c->last_subject, fig);
    /* 9月份消费者物价总指数(CPI)为104.05，较上月涨1.31%: a figure whose
     * clause names nothing measures the sentence's topic */
    if (subj.stop == subj.start && !c->topic_read) {
        c->topic = fig_sentence_topic(s, lo, hi);
        c->topic_read = 1;
    }
    if (subj.stop == subj.start && c->topic.stop > c->topic.start && c->topic.stop <= fig->span.start)
        subj = c->topic;
    if (subj.stop == subj.start && c->same_paragraph && k == s->sent_first) {
        subj = s->last_subject;
        c->last_region = s->last_region;
    }
    return subj;
}

/* The figure's region: the one named before the subject's end, else the one
 * of the subject carried, else the document's. A subject that is only
 * places (其次为香港及台湾地区，分别占18.2%) names whom the share counts, not
 * where: its region is read as for a carried subject. */
static void assign_region(scan *s, size_t lo, size_t k, tally_figure *fig, int was_carried, carry *c)
{
    tally_span subj = fig->subject;
    int unplaced = was_carried || only_places(s, subj);
    size_t until = subj.stop > fig->span.start || unplaced ? fig->span.start : subj.stop;
    if (!fig_named_region(s, lo, subj.start < fig->span.start && !unplaced ? subj.start : fig->span.start,
                          until, fig) &&
        !(k == s->sent_first && !c->goes_on && fig_carried_region_of_lead(s, lo, fig))) {
        fig->region_scope = c->last_region.region_scope;
        fig->region = c->last_region.region;
    }
    c->last_region = *fig;
}

/* Every figure of the sentence [lo, hi) gets the noun phrase it measures:
 * its own clause's (own_subject), a list's member, else one carried. Its
 * subject_key and region follow from the subject and the clause. */
void fig_assign_subjects(scan *s, size_t lo, size_t hi)
{
    /* a sentence that opens with 其中 or a frame (分季度看) goes on with the
     * subject before */
    size_t open = skip_space(s, lo, hi);
    carry c = {0};
    /* 当中 is the Traditional register's 其中 */
    c.goes_on = utf8_starts(s->f, hi, open, "其中", 6) || utf8_starts(s->f, hi, open, "当中", 6) ||
                breakdown_frame(s, open, hi);
    /* 撬动综合消费⏎33亿元以上: a sentence cut by a line break of print layout
     * is read from the line before */
    size_t rlo = fig_wrapped_start(s, lo);
    if (c.goes_on) {
        c.last_subject = c.last_thing = s->last_subject;
        c.last_region = s->last_region;
    }
    /* a sentence of the same paragraph whose first figure finds no subject
     * at all goes on with the subject before (初步核算，国内生产总值52万亿元。
     * 按可比价格计算，同比增长6.7%。) */
    c.same_paragraph = s->last_subject.stop > s->last_subject.start && s->last_subject.stop <= lo &&
                       (!memchr(s->f + s->last_subject.stop, '\n', lo - s->last_subject.stop) ||
                        /* 实际利用外资7000万元⏎、增长324.2%: the line before, wrapped */
                        (rlo < lo && s->last_subject.stop >= rlo));
    /* listed and nfig stay from the figure before when a figure's reading
     * does not read a clause back (a count whose unit names it) */
    list_info li = {0};
    for (size_t k = s->sent_first; k < s->out.n; k++) {
        tally_figure *fig = &s->out.v[k];
        li.respectively = 0;
        li.list = li.item = li.head = (tally_span){0, 0};
        int aside = 0; /* a compared value in brackets: its subject is not handed on */
        tally_span handed = {0, 0};
        tally_span subj = own_subject(s, lo, rlo, hi, fig, &li, &aside, &handed);
        /* 猪、牛、羊出栏分别为…，分别增长…: a list with no phrase of its
         * own takes the members of the list before */
        if (subj.stop == subj.start && li.respectively && c.last_list.stop > c.last_list.start)
            subj = fig_member_of(s, c.last_list, li.listed, li.nfig);
        /* 装备制造业和高技术制造业增加值分别增长13.0%、9.8%，快于规模以上工业
         * 8.2、5.0个百分点: a list of figures with no phrase of its own takes
         * the members of the last list when they number as many */
        if (subj.stop == subj.start && !li.respectively && li.nfig > 1 &&
            fig_members_in(s, c.last_list, li.nfig) == li.nfig)
            subj = fig_member_of(s, c.last_list, li.listed, li.nfig);
        /* 五星级(87.2%)、四星级(84.0%)及三星级酒店(83.8%)的入住率分别上升
         * 16.7、14.0及7.0个百分点: the items in brackets, as many as the
         * figures, are the list's members */
        if (li.respectively && li.nfig > 1) {
            tally_span item = bracketed_member(s, lo, k, &li);
            if (item.stop > item.start)
                subj = item;
        }
        /* 城镇…收入34674元，农村…收入18365元，分别增长9.3%、10.5%: a
         * list with no phrase of its own answers the figures before it */
        if (li.respectively && li.from_context) {
            tally_span answered = subject_of_answered_figure(s, lo, k, &li);
            if (answered.stop > answered.start)
                subj = answered;
        }
        if (li.list.stop > li.list.start)
            c.last_list = li.list;
        subj = after_carry_word(s, subj);
        int was_carried = subj.stop == subj.start;
        if (was_carried)
            subj = carried(s, lo, hi, k, fig, &c);
        fig->subject = subj;
        /* 出口增长12%，增幅达5%，为3000亿元: the amount is of 出口 */
        if ((fig->kind == TALLY_FIG_MONEY || fig->kind == TALLY_FIG_QUANTITY) && rate_only(s, subj))
            subj = fig->subject = c.last_thing;
        if (was_carried)
            subj = fig->subject = flow_of_stock(s, lo, subj, fig);
        fig_subject_key(s, subj, fig->subject_key);
        /* 猪、牛、羊出栏量分别增长…: the key of each is its item with the
         * head (猪出栏量), so that it groups with the same figure elsewhere */
        if (li.head.stop > li.head.start && subj.start == li.list.start && subj.stop == li.list.stop)
            fig_item_key(s, li.item, li.head, fig->subject_key);
        if (aside) { /* 高于全省平均增速(16.8%)0.73个百分点: the points are not of 平均增速 */
            tally_figure kept = c.last_region;
            assign_region(s, lo, k, fig, was_carried, &c);
            c.last_region = kept;
            if (handed.stop > handed.start)
                c.last_subject = c.last_thing = handed;
            continue;
        }
        if (!rate_only(s, subj))
            c.last_thing = subj;
        c.last_subject = subj;
        assign_region(s, lo, k, fig, was_carried, &c);
    }
    s->last_subject = c.last_subject;
    s->last_region = c.last_region;
}
