/* The subject stage (spec/figures.md, "Subject"; docs/figures.md, "How a
 * subject is read"): the noun phrase a figure measures, found by reading the
 * clause as words with their part of speech (lexicon.h) rather than as
 * characters. Before the figure stands its predicate (增长, 达, 为, 占, a
 * comparison 比上年, 高于全国平均, particles and adverbs), and before that the
 * noun phrase: nouns, verbal nouns (出口), distinguishing words (省级), a
 * quoted name (“新三样”), joined by 、 and 和 in a list. After a count stands
 * what it counts (八个重点项目). A clause without one takes the subject of the
 * figure before (其中, 同比提高…). */
#include "figure_scan.h"

#include "figure_phrase.h"

/* The words of the clause before the one starting at cs, when a comma ends
 * that clause; 0 when there is none or it does not fit in w. */
static size_t previous_clause_words(const scan *s, size_t lo, size_t cs, word w[MAX_WORDS])
{
    size_t p;
    if (cs <= lo)
        return 0;
    uint32_t c = utf8_prev(s->f, cs, &p);
    if (c != 0xFF0C && c != ',')
        return 0;
    size_t n = fig_clause_words(s, fig_clause_start(s, lo, p), p, w, MAX_WORDS);
    return n == MAX_WORDS ? 0 : n;
}

/* The noun phrase that opens the clause before the one starting at cs, when
 * that clause has no figure and goes on with a predicate (汽机车零售业则因
 * 进口车销量减少，年减9.0%; 饮料店业受惠展店，年增7.2%): the topic both
 * clauses are about. Time and region words may stand before it. */
static tally_span opening_phrase(const scan *s, const word *w, size_t n, int gloss);

static tally_span topic_of_previous_clause(const scan *s, size_t lo, size_t cs, int listed)
{
    word w[MAX_WORDS];
    size_t n = previous_clause_words(s, lo, cs, w);
    if (n == 0)
        return (tally_span){0, 0};
    for (size_t j = 0; j < n && !listed; j++)
        if (w[j].what == W_FIGURE) /* the figure's own subject goes on */
            return (tally_span){0, 0};
    return opening_phrase(s, w, n, 0);
}

/* The noun phrase that opens the words w (after time and region words and
 * 其中) when a predicate follows it, not a speaker's verb (财政部表示，); with
 * gloss, an opening bracket may follow it too (消费者物价总指数(CPI)为…). */
static tally_span opening_phrase(const scan *s, const word *w, size_t n, int gloss)
{
    size_t i = 0, k;
    while (i < n && (w[i].what == W_TIME || w[i].cls == LEX_TIME || w[i].cls == LEX_PUNCT ||
                     word_in(s, &w[i], tally_region_words) ||
                     word_in(s, &w[i], tally_subject_nonheads)))
        i++;
    /* the phrase: modifiers and nouns, a lone character the lexicon has no
     * tag for (汽机车) inside it */
    for (k = i; k < n && k - i < 4 * MAX_SUBJECT_WORDS; k++) { /* a list may be long */
        const word *x = &w[k];
        int joins = (word_is(s, x, "、") || word_in(s, x, tally_subject_joins)) && k > i &&
                    k + 1 < n && fig_modifier(s, &w[k + 1]);
        if (joins) /* 百货公司、布疋及服饰品业 */
            continue;
        if (fig_stop_word(s, x) && !word_in(s, x, tally_region_words))
            break;
        if (!(fig_modifier(s, x) || (x->cls == LEX_OTHER && x->b - x->a == 3 && k > i)))
            break;
    }
    /* it ends in a noun and a predicate follows */
    while (k > i && !fig_nounish(s, &w[k - 1]))
        k--;
    int bracket = gloss && k < n && (word_is(s, &w[k], "(") || word_is(s, &w[k], "（"));
    if (k == i || k >= n || fig_nounish(s, &w[k]) || (w[k].cls == LEX_PUNCT && !bracket) ||
        word_in(s, &w[k], tally_subject_speaker_verbs))
        return (tally_span){0, 0};
    i = fig_skip_region_words(s, w, i, k);
    if (!fig_trim_report_noun(s, w, &i, &k))
        return (tally_span){0, 0};
    return (tally_span){w[i].a, w[k - 1].b};
}

/* The topic of the clause before the one starting at cs when a word of
 * change follows it there (中国大陆旅客上升显著，增幅达48.3%: the rate is of
 * the change just stated). */
static tally_span changing_topic_before(const scan *s, size_t lo, size_t cs)
{
    word w[MAX_WORDS];
    size_t n = previous_clause_words(s, lo, cs, w);
    for (size_t j = 0; j < n; j++)
        if (w[j].what == W_FIGURE)
            return (tally_span){0, 0};
    tally_span topic = opening_phrase(s, w, n, 0);
    for (size_t j = 0; j + 1 < n && topic.stop > topic.start; j++)
        if (w[j].b == topic.stop)
            return fig_trend_word(s, &w[j + 1]) ? topic : (tally_span){0, 0};
    return (tally_span){0, 0};
}

/* The noun phrase that ends the clause before the one starting at cs, when
 * that clause ends in a noun (发放文旅消费券，累计核销约2.3亿元). */
static tally_span object_of_previous_clause(const scan *s, size_t lo, size_t cs, int listed)
{
    word w[MAX_WORDS];
    size_t n = previous_clause_words(s, lo, cs, w), first;
    /* 其次为香港及台湾地区，分别占18.2%及2.6%: places listed are the members */
    if (n == 0 || !fig_noun_phrase_before(s, w, n, &first, listed) ||
        w[n - 1].cls == LEX_IDIOM) /* 推陈出新 ends a predicate */
        return (tally_span){0, 0};
    first = fig_skip_region_words(s, w, first, n);
    size_t k = n;
    if (!fig_trim_report_noun(s, w, &first, &k))
        return (tally_span){0, 0};
    return (tally_span){w[first].a, w[k - 1].b};
}

/* The words [*i, *k) of the 、 list around the 、 at word j of the n words w:
 * the modifiers and nouns before it, and after it the members, joins and 、
 * up to the last noun. */
static void list_around(const scan *s, const word *w, size_t n, size_t j, size_t *i, size_t *k)
{
    size_t a = j, b = j;
    while (a > 0 && fig_modifier(s, &w[a - 1]) && !fig_stop_word(s, &w[a - 1]))
        a--;
    /* a lone character the lexicon has no tag for (布疋) stays inside */
    while (b < n && (word_is(s, &w[b], "、") || word_in(s, &w[b], tally_subject_joins) ||
                     (fig_modifier(s, &w[b]) && !fig_stop_word(s, &w[b])) ||
                     (w[b].cls == LEX_OTHER && w[b].b - w[b].a == 3)))
        b++;
    while (b > j && !fig_nounish(s, &w[b - 1]))
        b--;
    *i = a;
    *k = b;
}

/* The 、 list inside the clause before the one starting at cs (带动百货公司、
 * 布疋及服饰品业、资通讯及家电设备业呈两位数成长，分别年增…): the members a 分别
 * list with no phrase of its own takes. */
static tally_span list_of_previous_clause(const scan *s, size_t lo, size_t cs)
{
    word w[MAX_WORDS];
    size_t n = previous_clause_words(s, lo, cs, w), j = 0;
    while (j < n && !word_is(s, &w[j], "、"))
        j++;
    if (j == 0 || j >= n)
        return (tally_span){0, 0};
    size_t i, k;
    list_around(s, w, n, j, &i, &k);
    if (i == j || k <= j + 1)
        return (tally_span){0, 0};
    return (tally_span){w[i].a, w[k - 1].b};
}

/* The nearest 、 list of exactly nfig members in the clauses of the sentence
 * before the one starting at cs (工业、制造业生产指数分别为…，同步创下…，各较
 * 上年增加0.88%及0.89%). */
static tally_span counted_list_before(const scan *s, size_t lo, size_t cs, size_t nfig)
{
    word w[MAX_WORDS];
    for (int clauses = 0; cs > lo && clauses < 4; clauses++) {
        size_t p;
        utf8_prev(s->f, cs, &p);
        size_t c0 = fig_clause_start(s, lo, p);
        size_t n = fig_clause_words(s, c0, p, w, MAX_WORDS);
        cs = c0;
        if (n == MAX_WORDS)
            continue;
        for (size_t j = 1; j < n; j++) {
            if (!word_is(s, &w[j], "、"))
                continue;
            size_t i, k;
            list_around(s, w, n, j, &i, &k);
            /* not a list that goes on from a member before it */
            int inside = i > 0 && (word_is(s, &w[i - 1], "、") || word_in(s, &w[i - 1], tally_subject_joins) ||
                                   w[i - 1].cls == LEX_OTHER);
            if (i < j && k > j + 1 && !inside) {
                tally_span l = {w[i].a, w[k - 1].b};
                if (fig_members_in(s, l, nfig) == nfig)
                    return l;
            }
            while (j + 1 < k) /* the next list */
                j++;
        }
    }
    return (tally_span){0, 0};
}

/* What subject_before learnt of a list: the figure is member `listed` of a
 * 分别 list of nfig figures, whose listed phrase is `list` (empty when the
 * clause names none). */
typedef struct list_info {
    int respectively;
    size_t listed, nfig;
    tally_span list;
} list_info;

/* The figures of a 分别 list: the one at a, those before it in its clause
 * (listed) and those after it up to the clause's end. */
static size_t list_figures(const scan *s, size_t a, size_t listed)
{
    size_t stop = clause_stop(s, a, s->len), n = listed;
    for (size_t k = s->sent_first; k < s->out.n; k++)
        if (s->out.v[k].span.start >= a && s->out.v[k].span.start < stop)
            n++;
    return n;
}

/* The opening bracket of the bracket that closes just before cs, when what
 * it holds is a gloss with no number in it (地区生产总值(GDP), 消费者物价
 * 指数(CPI)); 0 when there is none. */
static size_t gloss_open_before(const scan *s, size_t lo, size_t cs)
{
    size_t p;
    if (cs <= lo)
        return 0;
    uint32_t c = utf8_prev(s->f, cs, &p);
    if (c != 0xFF09 && c != ')')
        return 0;
    for (int chars = 0; p > lo && chars < 24; chars++) {
        size_t q;
        c = utf8_prev(s->f, p, &q);
        if (c == 0xFF08 || c == '(')
            return q > lo ? q : 0;
        if ((c >= '0' && c <= '9') || c == '%' || (clause_end(c) && c != ' '))
            return 0;
        p = q;
    }
    return 0;
}

/* The noun phrase right before an opening bracket at p, the subject of what
 * the bracket holds (百货公司货品(上升3.4%), 优于全体零售业(年增3.9%)): a
 * compared phrase counts too. */
static tally_span phrase_before_bracket(const scan *s, size_t lo, size_t p)
{
    size_t cs = fig_clause_start(s, lo, p), first;
    word w[MAX_WORDS];
    size_t n = fig_clause_words(s, cs, p, w, MAX_WORDS), k = n;
    if (n == 0 || n == MAX_WORDS || !fig_noun_phrase_before(s, w, n, &first, 1))
        return (tally_span){p, p};
    first = fig_skip_region_words(s, w, first, n);
    if (!fig_trim_report_noun(s, w, &first, &k))
        return (tally_span){p, p};
    return (tally_span){w[first].a, w[k - 1].b};
}

/* The subject of a figure whose clause (the n words w from cs) names no noun
 * phrase before it: the phrase before its bracket (货品(上升3.4%)), the phrase a
 * gloss follows (地区生产总值(GDP) 1077.9亿元), the object of the clause before,
 * or its topic; a list of as many members as the figures gives the figure its
 * member. respectively and listed are what subject_before read of a 分别 list. */
static tally_span subject_from_context(const scan *s, size_t lo, size_t a, size_t cs,
                                       const word *w, size_t n, int respectively,
                                       size_t listed, list_info *li)
{
    size_t p, g;
    tally_span got = {a, a};
    uint32_t c = cs > lo ? utf8_prev(s->f, cs, &p) : 0;
    /* a clause whose nouns are compared with or contributed to
     * (贡献经济成长, 比上年) goes on with the figure before, unless a
     * bracket or a gloss opens it (国外净需求(即输出减输入)贡献经济成长
     * 7.21个百分点) */
    int nouns = 0;
    for (size_t j = 0; j < n; j++)
        nouns |= fig_nounish(s, &w[j]);
    if (c == 0xFF08 || c == '(') {
        if (nouns)
            return (tally_span){a, a};
        got = phrase_before_bracket(s, lo, p);
    } else if ((g = gloss_open_before(s, lo, cs)) != 0)
        got = phrase_before_bracket(s, lo, g);
    else if (nouns)
        return (tally_span){a, a};
    else {
        got = topic_of_previous_clause(s, lo, cs, respectively);
        if (got.stop <= got.start)
            got = object_of_previous_clause(s, lo, cs, respectively);
        /* 工业、制造业生产指数分别为…，同步创下…纪录，各较上年增加0.88%及
         * 0.89%: a list of as many members as the figures, in a clause
         * before, is theirs */
        if ((respectively || li->nfig > 1) && fig_members_in(s, got, li->nfig) != li->nfig) {
            tally_span l = list_of_previous_clause(s, lo, cs);
            if (fig_members_in(s, l, li->nfig) != li->nfig)
                l = counted_list_before(s, lo, cs, li->nfig);
            if (l.stop > l.start)
                got = l;
        }
        if (got.stop <= got.start && respectively)
            got = list_of_previous_clause(s, lo, cs);
    }
    /* 较去年同期录得14%及6.6%的跌幅: figures listed with no 分别 take
     * the members of a list of as many */
    if ((respectively || (li->nfig > 1 && fig_members_in(s, got, li->nfig) == li->nfig)) &&
        got.stop > got.start) {
        li->list = got;
        return fig_member_of(s, got, listed, li->nfig);
    }
    return got;
}

/* The subject of a figure starting at a, read back through its clause
 * (docs/figures.md, "How a subject is read"); li gets what it learnt of a list.
 * keep_trends: a trend word before it is the subject itself (增速位居全国第2位). */
static tally_span subject_before(const scan *s, size_t lo, size_t a, int keep_trends,
                                 list_info *li)
{
    size_t cs = fig_clause_start(s, lo, a);
    word w[MAX_WORDS];
    size_t n = fig_clause_words(s, cs, a, w, MAX_WORDS);
    li->respectively = 0;
    li->listed = li->nfig = 0;
    li->list = (tally_span){0, 0};
    if (n == MAX_WORDS)
        return (tally_span){a, a};
    size_t k = n, listed = 0, first;
    int respectively = 0, each = 0, passed_trend = 0;
    /* the predicate: from the figure back to the noun phrase */
    while (k > 0) {
        const word *x = &w[k - 1];
        if (keep_trends && fig_trend_word(s, x))
            break;
        if (x->what == W_FIGURE) {
            listed++; /* an earlier figure of the same list */
            k--;
            continue;
        }
        if (word_in(s, x, tally_respectively_words))
            respectively = 1;
        if (word_in(s, x, tally_subject_each_words))
            each = 1;
        /* 经调整季节变动因素后涨0.42%: 经…后 is the figure's condition */
        if (word_in(s, x, tally_subject_condition_ends)) {
            size_t j = k - 1;
            while (j > 0 && k - j < MAX_SUBJECT_WORDS + 2 && w[j - 1].cls != LEX_PUNCT &&
                   w[j - 1].what == W_WORD && !word_in(s, &w[j - 1], tally_subject_condition_leads))
                j--;
            if (j > 0 && j + 1 < k && word_in(s, &w[j - 1], tally_subject_condition_leads)) {
                k = j - 1;
                continue;
            }
        }
        /* 经济成长率「至少5%」: the mark that opens a quoted value */
        if (fig_predicate_word(s, x) || (k == n && fig_quote_word(s, x, 0))) {
            passed_trend |= fig_trend_word(s, x);
            k--;
            continue;
        }
        /* a noun phrase: the subject, or the object of a comparison
         * (比上年, 高于全国平均, 低于城市), or what the subject contributes to
         * (投资贡献经济增长1.2个百分点; not 拉动消费11.95亿元, with no trend) */
        if (fig_noun_phrase_before(s, w, k, &first, 1) && first > 0 &&
            (comparison_mark(s, &w[first - 1]) ||
             (passed_trend && word_in(s, &w[first - 1], tally_contribution_verbs)))) {
            k = first - 1;
            continue;
        }
        /* 高于全省平均增速: region words and an adjective of the object */
        if (first > 0) {
            size_t m = first;
            while (m > 0 && first - m < 3 &&
                   (w[m - 1].cls == LEX_ADJ || w[m - 1].cls == LEX_PLACE ||
                    word_in(s, &w[m - 1], tally_region_words) || word_in(s, &w[m - 1], tally_country_words)))
                m--;
            if (m < first && m > 0 && comparison_mark(s, &w[m - 1])) {
                k = m - 1;
                continue;
            }
        }
        break;
    }
    li->listed = listed;
    li->nfig = list_figures(s, a, listed);
    if (each && li->nfig > 1) /* 各较上年增加0.88%及0.89% */
        respectively = 1;
    if (respectively)
        li->respectively = 1;
    /* A占B的x%: the subject is A, before 占; with no A in the clause, the
     * subject goes on from the figure before */
    for (size_t j = k; j-- > 0;) {
        if (word_in(s, &w[j], tally_share_verbs)) {
            /* 香港及中国台湾旅客分别占: adverbs between A and 占 */
            size_t jj = j;
            while (jj > 0 && w[jj - 1].what == W_WORD && w[jj - 1].cls == LEX_ADV) {
                if (word_in(s, &w[jj - 1], tally_respectively_words) && !respectively) {
                    respectively = li->respectively = 1;
                    li->listed = listed;
                    li->nfig = list_figures(s, a, listed);
                }
                jj--;
            }
            if (jj > 0 && fig_noun_phrase_before(s, w, jj, &first, 0)) {
                k = jj;
                break;
            }
            if (!respectively)
                return (tally_span){a, a};
            k = 0; /* 分别占18.2%及2.6%: the members named in the clause before */
            break;
        }
        if (w[j].cls == LEX_PUNCT && !fig_quote_word(s, &w[j], 0) && !fig_quote_word(s, &w[j], 1) &&
            !word_is(s, &w[j], "、"))
            break;
    }
    if (k == 0 || !fig_noun_phrase_before(s, w, k, &first, 0))
        return subject_from_context(s, lo, a, cs, w, n, respectively, listed, li);
    /* 中国大陆旅客上升显著，增幅达48.3%: a rate alone opening its clause is
     * the rate of the topic of the clause before */
    if (!keep_trends && first == 0 && k == 1 && fig_noun_trend(s, &w[0])) {
        tally_span topic = changing_topic_before(s, lo, cs);
        if (topic.stop > topic.start)
            return topic;
    }
    /* 一产对生产总值的贡献率: X对Y的贡献率 names X */
    if (k - first == 1 && word_in(s, &w[first], tally_subject_contribution_heads) && first >= 3 &&
        word_is(s, &w[first - 1], "的")) {
        size_t f2, f3;
        /* the phrase read before 的 takes 对 in as a trade partner's mark */
        if (fig_noun_phrase_before(s, w, first - 1, &f2, 0) && word_is(s, &w[f2], "对") && f2 >= 1 &&
            fig_noun_phrase_before(s, w, f2, &f3, 0))
            first = f3;
    }
    /* 消费者物价指数(CPI)年增率: a gloss in brackets inside the phrase; the
     * phrase goes on before it */
    size_t gl;
    if (first == 0 && (gl = gloss_open_before(s, lo, cs)) != 0) {
        tally_span before = phrase_before_bracket(s, lo, gl);
        if (before.stop > before.start && before.stop == gl)
            return (tally_span){before.start, w[k - 1].b};
    }
    /* 按年均汇率折算为6908美元: the phrase is the means of a reckoning, and
     * the subject goes on from the figure before */
    size_t mj = first;
    while (mj > 0 && (w[mj - 1].cls == LEX_ADV || w[mj - 1].cls == LEX_ADJNOUN ||
                      w[mj - 1].cls == LEX_ADJ || w[mj - 1].what == W_TIME)) /* 按2022年平均汇率 */
        mj--;
    if (mj > 0 && word_in(s, &w[mj - 1], tally_subject_means_marks))
        return (tally_span){a, a};
    first = fig_skip_region_words(s, w, first, k);
    if (!fig_trim_report_noun(s, w, &first, &k))
        return (tally_span){a, a};
    /* 财政系统完成收入22051万元: a bare measure after 完成 measures the
     * phrase before the verb */
    if (k - first == 1 && first >= 2 && word_in(s, &w[first], tally_subject_bare_measures) &&
        word_in(s, &w[first - 1], tally_subject_achieve_verbs)) {
        size_t f2;
        if (fig_noun_phrase_before(s, w, first - 1, &f2, 0)) {
            f2 = fig_skip_region_words(s, w, f2, first - 1);
            const word *h = &w[first - 2];
            if (!(first - 1 - f2 == 1 && (h->cls == LEX_PLACE || word_in(s, h, tally_region_words) ||
                                          word_in(s, h, tally_country_words)))) {
                k = first - 1;
                first = f2;
            }
        }
    }
    if (respectively) {
        /* 进出口、出口、进口三项增速分别高于…11.2、17.4、9.4个百分点: the list
         * of as many members before a count of them (not a list before 的,
         * which modifies: 输往美国、英国及中国大陆的出口货量分别跌…) */
        size_t f2;
        size_t c = first;
        while (c > 0 && first - c < 2 &&
               (w[c - 1].cls == LEX_NUMERAL || w[c - 1].cls == LEX_MEASURE))
            c--;
        if (fig_members_in(s, (tally_span){w[first].a, w[k - 1].b}, li->nfig) != li->nfig &&
            c < first && c > 0 && fig_noun_phrase_before(s, w, c, &f2, 0) &&
            fig_members_in(s, (tally_span){w[f2].a, w[c - 1].b}, li->nfig) == li->nfig) {
            k = c;
            first = f2;
        }
        li->list = (tally_span){w[first].a, w[k - 1].b};
        return fig_list_member(s, w, first, k, listed, li->nfig);
    }
    return (tally_span){w[first].a, w[k - 1].b};
}

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

/* The noun phrase after a count (八个重点项目 → 重点项目, 9.8%的外资). */
static tally_span subject_after(const scan *s, size_t e, size_t hi)
{
    size_t i = e;
    int after_de = 0;
    if (utf8_starts(s->f, hi, i, "的", 3)) {
        i += 3;
        after_de = 1;
    }
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
    size_t stop = clause_stop(s, i, hi);
    word w[MAX_WORDS];
    size_t n = fig_clause_words(s, i, stop, w, MAX_WORDS), k = 0;
    /* 16.6%的增长, 19.4%的跌幅: after 的 a word of change is the change, not
     * what is measured (the subject stands before the figure) */
    if (after_de && n > 0 && w[0].what == W_WORD &&
        (fig_trend_word(s, &w[0]) || fig_noun_trend(s, &w[0]) ||
         word_in(s, &w[0], tally_subject_predicate_words) ||
         word_in(s, &w[0], tally_trend_after_modifiers)))
        return (tally_span){e, e};
    /* 35%的基础上: a frame for the clause after, not what is measured */
    if (after_de && n > 1 && word_in(s, &w[0], tally_subject_frame_nouns) && w[1].cls == LEX_LOCATIVE)
        return (tally_span){e, e};
    /* 50%至70%的补助: after 的 the word is a noun whatever its tag */
    if (after_de && n > 0 && w[0].what == W_WORD && w[0].cls == LEX_VERB && !fig_stop_word(s, &w[0]) &&
        (n == 1 || !fig_nounish(s, &w[1])))
        return (tally_span){w[0].a, w[0].b};
    while (k < n && k < MAX_SUBJECT_WORDS) {
        const word *x = &w[k];
        int noun_next = k + 1 < n && (fig_nounish(s, &w[k + 1]) || fig_compound_verb(s, &w[k + 1]));
        if (fig_stop_word(s, x) && !(word_in(s, x, tally_verbal_nouns) && noun_next))
            break;
        /* 24家知名外企: a verb right after the count, before a noun, is
         * an attribute of what is counted */
        int attribute = k == 0 && x->what == W_WORD && x->cls == LEX_VERB && noun_next &&
                        !fig_trend_word(s, x) && x->b - x->a <= 6;
        /* 75家县级以上农业龙头企业: 以上 inside the phrase */
        int inner = x->cls == LEX_LOCATIVE && k > 0 && noun_next &&
                    word_in(s, x, tally_subject_inner_locatives);
        if (fig_modifier(s, x) || attribute || inner || (fig_compound_verb(s, x) && k > 0 && noun_next) ||
            (x->cls == LEX_ADJ && noun_next && x->b - x->a <= 6)) {
            k++;
            continue;
        }
        break;
    }
    /* the phrase ends in a noun, or a place counted (26个山区海岛县) */
    while (k > 0 && !fig_nounish(s, &w[k - 1]) && !(w[k - 1].cls == LEX_PLACE && k == n))
        k--;
    if (k == 0)
        return (tally_span){e, e};
    return (tally_span){w[0].a, w[k - 1].b};
}

/* The unit of a count when it is a noun, not a measure word (16市, 5部门,
 * 三方面): what is counted is named by the unit. */
static tally_span noun_unit(const scan *s, tally_span span)
{
    lex_word lw[16];
    size_t m = tally_lex_segment(s->f, span.start, span.stop, lw, 16);
    if (m < 2 || lw[m - 1].stop != span.stop || lw[m - 1].cls != LEX_NOUN ||
        lw[m - 2].cls == LEX_NOUN)
        return (tally_span){span.stop, span.stop};
    /* a one-character noun is most often a classifier (人, 条); places count */
    lex_word u = lw[m - 1];
    size_t wl;
    /* 785369人次, 2000场次: a count of times names no counted thing */
    if (u.stop - u.start >= 6 && memcmp(s->f + u.stop - 3, "次", 3) == 0)
        return (tally_span){span.stop, span.stop};
    if (u.stop - u.start < 6 && !(tally_word_at(tally_subject_place_units, s->f, u.stop, u.start, &wl) &&
                                  wl == u.stop - u.start))
        return (tally_span){span.stop, span.stop};
    return (tally_span){lw[m - 1].start, lw[m - 1].stop};
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

/* The subject folded, without region, period and hedge words at its
 * edges and without quotation marks, then looked up in the synonym table
 * (docs/figures.md, "subject_key"). */
static void subject_key(const scan *s, tally_span subj, char out[TALLY_KEY_MAX])
{
    out[0] = '\0';
    if (subj.stop <= subj.start)
        return;
    word w[MAX_WORDS];
    size_t n = fig_clause_words(s, subj.start, subj.stop, w, MAX_WORDS), i = 0, j = n;
    for (; i + 1 < j; i++) {
        const word *x = &w[i];
        int edge = x->what == W_TIME || x->cls == LEX_TIME ||
                   (x->cls == LEX_PUNCT && !fig_fullwidth_letters(s, x)) ||
                   word_in(s, x, tally_region_words) || word_in(s, x, tally_country_words) ||
                   word_in(s, x, tally_subject_hedges) || word_in(s, x, tally_subject_nonheads) ||
                   (x->cls == LEX_PLACE && !(i > 0 && word_in(s, &w[i - 1], tally_subject_partner_marks)));
        if (!edge)
            break;
    }
    for (; j > i + 1; j--) {
        const word *x = &w[j - 1];
        if (!((x->cls == LEX_PUNCT && !fig_fullwidth_letters(s, x)) || x->cls == LEX_PARTICLE ||
              word_in(s, x, tally_subject_hedges)))
            break;
    }
    size_t m = 0;
    for (size_t k = i; k < j; k++) {
        if (w[k].cls == LEX_PUNCT && (fig_quote_word(s, &w[k], 0) || fig_quote_word(s, &w[k], 1)))
            continue;
        if (w[k].cls == LEX_PUNCT && (k == i || k + 1 == j) && !fig_fullwidth_letters(s, &w[k]))
            continue;
        if (word_in(s, &w[k], tally_subject_inner_words))
            continue;
        if (fig_fullwidth_letters(s, &w[k])) { /* ＣＰＩ → CPI: one key for both widths */
            for (size_t b = w[k].a; b + 3 <= w[k].b && m + 2 < TALLY_KEY_MAX; b += 3) {
                size_t at = b;
                out[m++] = (char)(utf8_next(s->f, w[k].b, &at) - 0xFF21 + 'A');
            }
            continue;
        }
        size_t len = w[k].b - w[k].a;
        if (m + len + 1 > TALLY_KEY_MAX)
            break;
        memcpy(out + m, s->f + w[k].a, len);
        m += len;
    }
    out[m] = '\0';
    for (size_t k = 0; tally_subject_synonyms[k][0]; k++)
        if (strcmp(out, tally_subject_synonyms[k][1]) == 0) {
            strcpy(out, tally_subject_synonyms[k][0]);
            break;
        }
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

/* The topic of the sentence [lo, hi): the noun phrase that opens it, after
 * time and region words, when a predicate or a gloss in brackets follows
 * (9月份消费者物价总指数(CPI)为104.05). None when a speaker opens it
 * (财政部表示，…): who speaks is no topic. */
static tally_span sentence_topic(const scan *s, size_t lo, size_t hi)
{
    word w[MAX_WORDS];
    size_t open = skip_space(s, lo, hi), stop = clause_stop(s, open, hi), p = stop;
    /* a gloss in brackets right after the phrase stays inside the clause read */
    if (stop < hi && (utf8_next(s->f, hi, &p) == 0xFF08 || s->f[stop] == '('))
        stop = p;
    size_t n = fig_clause_words(s, open, stop, w, MAX_WORDS);
    if (n == 0 || n == MAX_WORDS)
        return (tally_span){0, 0};
    return opening_phrase(s, w, n, 1);
}

/* A noun of two characters that the figure's span cuts after its first
 * (出|超1379亿美元: the number reader took 超 for "more than"), when the
 * figure starts with no digit and no numeral. */
static tally_span noun_across_start(const scan *s, size_t lo, tally_span span)
{
    size_t a = span.start, p, q = a;
    if (a < lo + 3 || span.stop - a < 6)
        return (tally_span){0, 0};
    uint32_t c = utf8_next(s->f, span.stop, &q);
    /* the cut is one character inside the figure */
    if (!is_han(c) || !is_han(utf8_prev(s->f, a, &p)))
        return (tally_span){0, 0};
    lex_word lw[8];
    /* a figure in Chinese numerals starts with a numeral, not a qualifier */
    if (tally_lex_segment(s->f, a, q, lw, 2) == 1 && lw[0].cls == LEX_NUMERAL)
        return (tally_span){0, 0};
    /* the character before is a word alone (前十一月出), not the end of one
     * (新车消费|约160亿元) */
    size_t from = a;
    for (int chars = 0; chars < 4 && from > lo; chars++)
        utf8_prev(s->f, from, &from);
    size_t n = tally_lex_segment(s->f, from, a, lw, 8);
    if (n == 0 || lw[n - 1].stop != a || lw[n - 1].start != p)
        return (tally_span){0, 0};
    size_t m = tally_lex_segment(s->f, p, q, lw, 2);
    if (m != 1 || lw[0].start != p || lw[0].stop != q ||
        (lw[0].cls != LEX_NOUN && lw[0].cls != LEX_VNOUN))
        return (tally_span){0, 0};
    return (tally_span){p, q};
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

/* Every figure of the sentence [lo, hi) gets the noun phrase it measures:
 * before a rank verb, before a bracket, after a count (八个重点项目), or
 * before the figure; a figure with none takes the one before it. Its
 * subject_key and region follow from the subject and the clause. */
void fig_assign_subjects(scan *s, size_t lo, size_t hi)
{
    /* a sentence that opens with 其中 or a frame (分季度看) goes on with the
     * subject before */
    size_t open = skip_space(s, lo, hi);
    /* 当中 is the Traditional register's 其中 */
    int goes_on = utf8_starts(s->f, hi, open, "其中", 6) || utf8_starts(s->f, hi, open, "当中", 6) ||
                  breakdown_frame(s, open, hi);
    /* 撬动综合消费⏎33亿元以上: a sentence cut by a line break of print layout
     * is read from the line before */
    size_t rlo = fig_wrapped_start(s, lo);
    tally_span last_list = {0, 0}, topic = {0, 0};
    int topic_read = 0;
    list_info li;
    tally_span last_subject = goes_on ? s->last_subject : (tally_span){0, 0};
    tally_figure last_region = {0};
    if (goes_on)
        last_region = s->last_region;
    /* a sentence of the same paragraph whose first figure finds no subject
     * at all goes on with the subject before (初步核算，国内生产总值52万亿元。
     * 按可比价格计算，同比增长6.7%。) */
    int same_paragraph = s->last_subject.stop > s->last_subject.start &&
                         s->last_subject.stop <= lo &&
                         !memchr(s->f + s->last_subject.stop, '\n', lo - s->last_subject.stop);
    for (size_t k = s->sent_first; k < s->out.n; k++) {
        tally_figure *fig = &s->out.v[k];
        tally_span subj = {0, 0};
        li.respectively = 0;
        li.list = (tally_span){0, 0};
        if (fig->kind == TALLY_FIG_RANK && fig->scope.stop < fig->span.start &&
            fig->scope.start >= lo + 3 && utf8_starts(s->f, hi, fig->scope.start - 3, "在", 3)) {
            /* 增速在中部六省中位居第一: before 在 */
            subj = subject_before(s, lo, fig->scope.start - 3, 1, &li);
        } else if (parenthesized(s->f, lo, hi, fig->span)) {
            /* 市级中心仓(1个): the noun before the bracket */
            size_t p;
            utf8_prev(s->f, fig->span.start, &p);
            subj = subject_before(s, lo, p, 0, &li);
        } else if (fig->kind == TALLY_FIG_RANK) {
            /* before the rank verb */
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
            if (tally_word_before(tally_rank_verbs, s->f, a, &wl))
                subj = subject_before(s, lo, before_rank_name(s, lo, a, a - wl), 1, &li);
            else if (fig->scope.stop > fig->scope.start && fig->scope.stop <= fig->span.start)
                /* 增速全市第二: no verb, what is ranked stands before the scope */
                subj = subject_before(s, lo, fig->scope.start, 1, &li);
            /* 综合排名上升至第4位: a subject that is the rank's name */
            size_t rl;
            if (subj.stop > subj.start &&
                tally_word_before(tally_subject_rank_nouns, s->f, subj.stop, &rl) &&
                subj.stop - rl > lo) {
                size_t v = before_rank_name(s, lo, subj.stop, subj.stop - rl);
                if (v < subj.stop - rl) {
                    tally_span ranked = subject_before(s, lo, v, 1, &li);
                    if (ranked.stop > ranked.start)
                        subj = ranked;
                }
            }
        } else if (fig->kind == TALLY_FIG_QUANTITY && times_count(fig)) {
            /* 关闸口岸有7096万人次出入境: a count of times counts what the
             * phrase before names; the words after are the event */
            subj = subject_before(s, rlo, fig->span.start, 0, &li);
            if (subj.stop == subj.start)
                subj = subject_after(s, fig->span.stop, hi);
        } else if (fig->kind == TALLY_FIG_QUANTITY ||
                   utf8_starts(s->f, hi, fig->span.stop, "的", 3)) {
            /* 八个重点项目, 9.8%的外资: the noun after it; else a unit
             * that is a noun itself (深入16市, 从三方面) */
            subj = subject_after(s, fig->span.stop, hi);
            if (subj.stop == subj.start && fig->kind == TALLY_FIG_QUANTITY)
                subj = noun_unit(s, fig->span);
            if (subj.stop == subj.start)
                subj = subject_before(s, rlo, fig->span.start, 0, &li);
        } else {
            subj = subject_before(s, rlo, fig->span.start, 0, &li);
        }
        /* 出超1379亿美元 read with 超 as the figure's qualifier: the noun the
         * lexicon has across the figure's start is the subject */
        tally_span across = noun_across_start(s, lo, fig->span);
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
        /* 猪、牛、羊出栏分别为…，分别增长…: a list with no phrase of its
         * own takes the members of the list before */
        if (subj.stop == subj.start && li.respectively && last_list.stop > last_list.start)
            subj = fig_member_of(s, last_list, li.listed, li.nfig);
        /* 装备制造业和高技术制造业增加值分别增长13.0%、9.8%，快于规模以上工业
         * 8.2、5.0个百分点: a list of figures with no phrase of its own takes
         * the members of the last list when they number as many */
        if (subj.stop == subj.start && !li.respectively && li.nfig > 1 &&
            fig_members_in(s, last_list, li.nfig) == li.nfig)
            subj = fig_member_of(s, last_list, li.listed, li.nfig);
        if (li.list.stop > li.list.start)
            last_list = li.list;
        subj = after_carry_word(s, subj);
        int carried = subj.stop == subj.start;
        if (carried)
            subj = carried_subject(s, last_subject, fig);
        /* 9月份消费者物价总指数(CPI)为104.05，较上月涨1.31%: a figure whose
         * clause names nothing measures the sentence's topic */
        if (carried && subj.stop == subj.start && !topic_read) {
            topic = sentence_topic(s, lo, hi);
            topic_read = 1;
        }
        if (carried && subj.stop == subj.start && topic.stop > topic.start &&
            topic.stop <= fig->span.start)
            subj = topic;
        if (carried && subj.stop == subj.start && same_paragraph && k == s->sent_first) {
            subj = s->last_subject;
            last_region = s->last_region;
        }
        fig->subject = subj;
        subject_key(s, subj, fig->subject_key);
        last_subject = subj;
        /* the region named before the subject's end, else the one of the
         * subject carried, else the document's */
        /* a subject that is only places (其次为香港及台湾地区，分别占18.2%)
         * names whom the share counts, not where: its region is read as for
         * a carried subject */
        int unplaced = carried || only_places(s, subj);
        size_t until = subj.stop > fig->span.start || unplaced ? fig->span.start : subj.stop;
        if (!fig_named_region(s, lo, subj.start < fig->span.start && !unplaced ? subj.start : fig->span.start,
                          until, fig) &&
            !(k == s->sent_first && !goes_on && fig_carried_region_of_lead(s, lo, fig))) {
            fig->region_scope = last_region.region_scope;
            fig->region = last_region.region;
        }
        last_region = *fig;
    }
    s->last_subject = last_subject;
    s->last_region = last_region;
}
