/* A subject carried from context (docs/figures.md, "How a subject is read",
 * step 7): when a figure's clause names no noun phrase, what it measures is
 * named nearby: before the bracket the figure stands in, before a gloss in
 * brackets, as the topic or the object of the clause before, or as the topic
 * of the sentence. A reader fills the gap the same way; a list of as many
 * members as the figures hands each figure its member. */
#include "figure_scan.h"

#include "figure_subject.h"

/* The words of the clause before the one starting at cs, when a comma ends
 * that clause; 0 when there is none or it does not fit in w. */
size_t fig_previous_clause_words(const scan *s, size_t lo, size_t cs, word w[MAX_WORDS])
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

/* The noun phrase that opens the words w (after time and region words and
 * 其中) when a predicate follows it, not a speaker's verb (财政部表示，); with
 * gloss, an opening bracket may follow it too (消费者物价总指数(CPI)为…). */
static tally_span opening_phrase(const scan *s, const word *w, size_t n, int gloss)
{
    size_t i = 0, k;
    /* 来自中国大陆旅客上升显著: 来自 opens who is counted, not a predicate */
    while (i < n && (w[i].what == W_TIME || w[i].cls == LEX_TIME || w[i].cls == LEX_PUNCT ||
                     word_in(s, &w[i], tally_region_words) || word_is(s, &w[i], "来自") ||
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
        /* 中式餐馆的总收益，以价值计上升…: 的 between nouns stays inside */
        if (word_is(s, x, "的") && k > i && fig_nounish(s, &w[k - 1]) && k + 1 < n &&
            fig_modifier(s, &w[k + 1]))
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
    /* 主计总处昨天公布…: a time between the speaker and the verb */
    size_t v = k;
    while (v < n && (w[v].what == W_TIME || w[v].cls == LEX_TIME))
        v++;
    if (k == i || k >= n || fig_nounish(s, &w[k]) || (w[k].cls == LEX_PUNCT && !bracket) ||
        word_in(s, &w[k], tally_subject_speaker_verbs) ||
        (v < n && word_in(s, &w[v], tally_subject_speaker_verbs)))
        return (tally_span){0, 0};
    i = fig_skip_region_words(s, w, i, k);
    if (!fig_trim_report_noun(s, w, &i, &k))
        return (tally_span){0, 0};
    return (tally_span){w[i].a, w[k - 1].b};
}

/* The noun phrase that opens the clause before the one starting at cs, when
 * that clause has no figure and goes on with a predicate (汽机车零售业则因
 * 进口车销量减少，年减9.0%; 饮料店业受惠展店，年增7.2%): the topic both
 * clauses are about. Time and region words may stand before it. */
/* Whether the n words w open with a predicate (创, 为, 亦为), hold no figure
 * and a word of a record (创历年同月新高, 为历史新高): such a clause says what
 * the figure before is. Not a clause that names its own thing first
 * (进出口额再创历史新高). */
static int remarks_record(const scan *s, const word *w, size_t n)
{
    int record = 0;
    size_t open = 0;
    while (open < n && (w[open].cls == LEX_ADV || w[open].cls == LEX_CONJ))
        open++;
    if (open < n && fig_nounish(s, &w[open]))
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i].what == W_FIGURE)
            return 0;
        record |= word_in(s, &w[i], tally_subject_record_words);
    }
    return record;
}

static tally_span topic_of_previous_clause(const scan *s, size_t lo, size_t cs, int listed)
{
    word w[MAX_WORDS];
    size_t n = fig_previous_clause_words(s, lo, cs, w);
    /* 营业额3,681亿元，创历年同月新高，年增2.6%: a record's remark names
     * nothing; the figure before's subject goes on */
    if (n == 0 || remarks_record(s, w, n))
        return (tally_span){0, 0};
    for (size_t j = 0; j < n && !listed; j++)
        if (w[j].what == W_FIGURE) /* the figure's own subject goes on */
            return (tally_span){0, 0};
    return opening_phrase(s, w, n, 0);
}

/* The topic of the clause before the one starting at cs when a word of
 * change follows it there (中国大陆旅客上升显著，增幅达48.3%: the rate is of
 * the change just stated). */
tally_span fig_changing_topic_before(const scan *s, size_t lo, size_t cs)
{
    word w[MAX_WORDS];
    size_t n = fig_previous_clause_words(s, lo, cs, w);
    for (size_t j = 0; j < n; j++)
        if (w[j].what == W_FIGURE)
            return (tally_span){0, 0};
    tally_span topic = opening_phrase(s, w, n, 0);
    for (size_t j = 0; j + 1 < n && topic.stop > topic.start; j++)
        if (w[j].b == topic.stop)
            return fig_trend_word(s, &w[j + 1]) ? topic : (tally_span){0, 0};
    return (tally_span){0, 0};
}

/* Whether the clause before the one starting at cs holds a figure that is
 * an amount or a count, not a rate (有449,098人次，增幅为31.7%: the rate is
 * that amount's). */
/* Whether the clause [c0, p) holds no figure and remarks on a record
 * (创历年同月新高, 为历史新高): it says what the figure before is, so a rate
 * after it is still that figure's. */
static int record_remark(const scan *s, size_t c0, size_t p)
{
    word w[MAX_WORDS];
    size_t n = fig_clause_words(s, c0, p, w, MAX_WORDS);
    return remarks_record(s, w, n);
}

int fig_amount_in_previous_clause(const scan *s, size_t lo, size_t cs)
{
    size_t p;
    for (int skipped = 0; skipped < 2; skipped++) {
        if (cs <= lo)
            return 0;
        uint32_t c = utf8_prev(s->f, cs, &p);
        if (c != 0xFF0C && c != ',')
            return 0;
        size_t c0 = fig_clause_start(s, lo, p);
        for (size_t k = s->sent_first; k < s->out.n; k++) {
            const tally_figure *g = &s->out.v[k];
            if (g->span.start >= c0 && g->span.stop <= p &&
                (g->kind == TALLY_FIG_MONEY || g->kind == TALLY_FIG_QUANTITY))
                return 1;
        }
        /* 营业额4,186亿元，创历年同月新高，年增率1.9%: across a record's remark */
        if (!record_remark(s, c0, p))
            return 0;
        cs = c0;
    }
    return 0;
}

/* The noun phrase that ends the clause before the one starting at cs, when
 * that clause ends in a noun (发放文旅消费券，累计核销约2.3亿元). */
static tally_span object_of_previous_clause(const scan *s, size_t lo, size_t cs, int listed)
{
    word w[MAX_WORDS];
    size_t n = fig_previous_clause_words(s, lo, cs, w), first;
    /* 其次为香港及台湾地区，分别占18.2%及2.6%: places listed are the members */
    if (n == 0 || remarks_record(s, w, n) || !fig_noun_phrase_before(s, w, n, &first, listed) ||
        w[n - 1].cls == LEX_IDIOM) /* 推陈出新 ends a predicate */
        return (tally_span){0, 0};
    first = fig_relative_start(s, w, first); /* 中式餐馆的总收益，以价值计… */
    first = fig_skip_region_words(s, w, first, n);
    size_t k = n;
    if (!fig_trim_report_noun(s, w, &first, &k))
        return (tally_span){0, 0};
    return (tally_span){w[first].a, w[k - 1].b};
}

/* The opening bracket of the bracket that closes just before cs, when what
 * it holds is a gloss with no number in it (地区生产总值(GDP), 消费者物价
 * 指数(CPI)); 0 when there is none. */
size_t fig_gloss_open_before(const scan *s, size_t lo, size_t cs)
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
tally_span fig_phrase_before_bracket(const scan *s, size_t lo, size_t p)
{
    size_t cs = fig_clause_start(s, lo, p), first;
    word w[MAX_WORDS];
    size_t n = fig_clause_words(s, cs, p, w, MAX_WORDS), k = n;
    if (n == 0 || n == MAX_WORDS || !fig_noun_phrase_before(s, w, n, &first, 1))
        return (tally_span){p, p};
    first = fig_rate_basis_start(s, w, first, n); /* 实质GDP对上年同季成长率(yoy) */
    first = fig_skip_region_words(s, w, first, n);
    first = fig_before_attributes(s, w, first, n); /* 食物及非酒精饮品(+8.14%) */
    if (!fig_trim_report_noun(s, w, &first, &k))
        return (tally_span){p, p};
    /* 放款总余额新台币(以下同): a currency's name is the unit's */
    if (k - first > 1 && word_in(s, &w[k - 1], tally_subject_currency_words))
        k--;
    return (tally_span){w[first].a, w[k - 1].b};
}

/* The subject of a figure whose clause (the n words w from cs) names no noun
 * phrase before it: the phrase before its bracket (货品(上升3.4%)), the phrase a
 * gloss follows (地区生产总值(GDP) 1077.9亿元), the object of the clause before,
 * or its topic; a list of as many members as the figures gives the figure its
 * member. respectively and listed are what subject_before read of a 分别 list. */
tally_span fig_subject_from_context(const scan *s, size_t lo, size_t a, size_t cs, const word *w,
                                    size_t n, int respectively, size_t listed, list_info *li)
{
    size_t p = cs, g;
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
        got = fig_phrase_before_bracket(s, lo, p);
    } else if ((c == 0xFF1A || c == ':') && !nouns) {
        /* 股价指数变动率：由上月20.2%增为21.6%: the label before the colon
         * names what the line's figures measure */
        got = fig_phrase_before_bracket(s, lo, p);
    } else if ((g = fig_gloss_open_before(s, lo, cs)) != 0) {
        got = fig_phrase_before_bracket(s, lo, g);
    } else if (nouns)
        return (tally_span){a, a};
    else {
        got = topic_of_previous_clause(s, lo, cs, respectively);
        if (got.stop <= got.start)
            got = object_of_previous_clause(s, lo, cs, respectively);
        /* 工业、制造业生产指数分别为…，同步创下…纪录，各较上年增加0.88%及
         * 0.89%: a list of as many members as the figures, in a clause
         * before, is theirs */
        if ((respectively || li->nfig > 1) && fig_members_in(s, got, li->nfig) != li->nfig) {
            tally_span l = fig_list_of_previous_clause(s, lo, cs);
            if (fig_members_in(s, l, li->nfig) != li->nfig)
                l = fig_counted_list_before(s, lo, cs, li->nfig);
            if (l.stop > l.start)
                got = l;
        }
        if (got.stop <= got.start && respectively)
            got = fig_list_of_previous_clause(s, lo, cs);
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

/* The topic of the sentence [lo, hi): the noun phrase that opens it, after
 * time and region words, when a predicate or a gloss in brackets follows
 * (9月份消费者物价总指数(CPI)为104.05). None when a speaker opens it
 * (财政部表示，…): who speaks is no topic. */
tally_span fig_sentence_topic(const scan *s, size_t lo, size_t hi)
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
