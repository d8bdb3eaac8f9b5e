/* The noun phrase before the figure (docs/figures.md, "How a subject is
 * read", steps 1-4, 8, 10, 11): a reader names what a figure measures by the
 * words in front of it, so the clause is read back from the figure as words
 * with their part of speech (lexicon.h), not as characters. First comes the
 * predicate (增长, 达, 为, 占, a comparison 比上年, 高于全国平均, particles and
 * adverbs), then the noun phrase: nouns, verbal nouns (出口), distinguishing
 * words (省级), a quoted name (“新三样”), joined by 、 and 和 in a list. A
 * clause with none hands over to the context (figure_subject_context.c). */
#include "figure_scan.h"

#include "figure_subject.h"
#include "trend_index.h"

/* What the predicate held: the figures of the list before this one, and
 * whether 分别 or 各 said the list's figures go one to each member. */
typedef struct predicate {
    size_t listed;
    int respectively, each;
    int framed; /* a frame (经…后, 以…计) was read as part of the predicate */
} predicate;

/* Where the predicate before the figure starts, reading back from the end of
 * the n words w: the trend words, adverbs and earlier figures between a
 * subject and its figure, a condition (经…后), and the object of a
 * comparison (比上年, 高于全国平均), none of which is what the figure
 * measures. keep_trends: a trend word ends it (增速位居全国第2位). */
/* 的, or 之 as Taiwan's releases write it (准备货币之平均年增率) */
static int relative_mark(const scan *s, const word *x)
{
    return word_is(s, x, "的") || word_is(s, x, "之");
}

/* Whether the word is white space (贷款总计数 M1B 变动率: spaces of layout). */
static int space_word(const scan *s, const word *x)
{
    for (size_t b = x->a; b < x->b; b++)
        if (s->f[b] != ' ' && s->f[b] != '\t')
            return 0;
    return x->what == W_WORD && x->b > x->a;
}

/* The word 由 (tally_subject_start_marks) that opens the value a change
 * starts from, when the figure ending at stop, after the n words w, is that
 * value: at most six words after 由, then a trend word after the figure
 * (由上月的4.88%增为4.9%); n when it is not. */
static size_t starting_value(const scan *s, const word *w, size_t n, size_t stop)
{
    size_t j = n;
    while (j > 0 && n - j < 6 && w[j - 1].what != W_FIGURE &&
           (w[j - 1].cls != LEX_PUNCT || space_word(s, &w[j - 1])) &&
           !word_in(s, &w[j - 1], tally_subject_start_marks))
        j--;
    if (j == 0 || j == n || !word_in(s, &w[j - 1], tally_subject_start_marks))
        return n;
    size_t i = stop;
    while (i < s->len && (s->f[i] == ' ' || s->f[i] == '\t'))
        i++;
    if (!tally_trend_longest_at(s->r, s->f, i, i + 12 < s->len ? i + 12 : s->len))
        return n;
    return j - 1;
}

/* Whether the noun phrase ending at word k stands right after a verb that
 * pulls a total (拉动, 带动, 推高 …, tally_subject_pull_verbs). */
static int first_pull_object(const scan *s, const word *w, size_t k)
{
    size_t first;
    if (!fig_noun_phrase_before(s, w, k, &first, 1) || first == 0)
        return 0;
    return word_in(s, &w[first - 1], tally_subject_pull_verbs) ||
           (first >= 2 && (word_in(s, &w[first - 1], tally_region_words) ||
                           word_in(s, &w[first - 1], tally_country_words)) &&
            word_in(s, &w[first - 2], tally_subject_pull_verbs));
}

static size_t predicate_start(const scan *s, const word *w, size_t n, int keep_trends, int pp,
                              predicate *pr)
{
    size_t k = n, first;
    int passed_trend = 0, passed_contribution = 0;
    pr->listed = 0;
    pr->respectively = pr->each = pr->framed = 0;
    while (k > 0) {
        const word *x = &w[k - 1];
        if (keep_trends && fig_trend_word(s, x))
            break;
        if (x->what == W_FIGURE) {
            /* 由上月的4.88%增为4.9%: the value a change starts from is part
             * of the predicate, not a member of a list */
            size_t j = k - 1, after = k;
            while (j > 0 && k - 1 - j < 6 && w[j - 1].what != W_FIGURE &&
                   (w[j - 1].cls != LEX_PUNCT || space_word(s, &w[j - 1])) &&
                   !word_in(s, &w[j - 1], tally_subject_start_marks))
                j--;
            while (after < n && space_word(s, &w[after]))
                after++;
            if (j > 0 && word_in(s, &w[j - 1], tally_subject_start_marks) && after < n &&
                fig_trend_word(s, &w[after])) {
                k = j - 1;
                pr->framed = 1;
                continue;
            }
            pr->listed++; /* an earlier figure of the same list */
            k--;
            continue;
        }
        /* 按季跌17.1%, 按年上升: the basis of a rate of change */
        if (k >= 2 && word_in(s, &w[k - 2], tally_subject_basis_leads) && x->b - x->a == 3 &&
            word_in(s, x, tally_subject_basis_periods)) {
            k -= 2;
            continue;
        }
        if (word_in(s, x, tally_respectively_words))
            pr->respectively = 1;
        if (word_in(s, x, tally_subject_each_words))
            pr->each = 1;
        /* 经调整季节变动因素后涨0.42%: 经…后 is the figure's condition;
         * 以数量计上升9.7%: 以…计 the basis it is reckoned on */
        const char *const *leads = word_in(s, x, tally_subject_condition_ends) ? tally_subject_condition_leads
                                   : word_in(s, x, tally_subject_basis_ends) ? tally_subject_basis_leads
                                                                             : NULL;
        if (leads) {
            size_t j = k - 1;
            while (j > 0 && k - j < MAX_SUBJECT_WORDS + 2 && w[j - 1].cls != LEX_PUNCT &&
                   w[j - 1].what == W_WORD && !word_in(s, &w[j - 1], leads))
                j--;
            if (j > 0 && j + 1 < k && word_in(s, &w[j - 1], leads)) {
                k = j - 1;
                pr->framed = 1;
                continue;
            }
        }
        /* 经济成长率「至少5%」: the mark that opens a quoted value */
        if (fig_predicate_word(s, x) || (k == n && fig_quote_word(s, x, 0))) {
            passed_trend |= fig_trend_word(s, x);
            passed_contribution |= word_in(s, x, tally_contribution_verbs);
            k--;
            continue;
        }
        /* a noun phrase: the subject, or the object of a comparison
         * (比上年, 高于全国平均, 低于城市), or what the subject contributes to
         * (投资贡献经济增长1.2个百分点; not 拉动消费11.95亿元, with no trend) */
        /* 贡献经济成长7.21个百分点: a noun of growth states the change too */
        int growth_noun = w[k - 1].what == W_WORD && tally_trend_ends(s->r, s->f, w[k - 1].a, w[k - 1].b);
        /* 拉动全市规模以上工业1.4个百分点, 推高通胀率0.3个百分点: what points
         * of change are pulled is the object, not the subject */
        int pulled = pp && k == n && first_pull_object(s, w, k);
        if (fig_noun_phrase_before(s, w, k, &first, 1) && first > 0 &&
            (comparison_mark(s, &w[first - 1]) || pulled ||
             ((passed_trend || growth_noun) && word_in(s, &w[first - 1], tally_contribution_verbs)))) {
            k = first - 1;
            continue;
        }
        /* 出口对经济成长贡献达4.01个百分点: 对Y贡献 names what X
         * contributes to; the subject is X before 对, or carried */
        if (passed_contribution && fig_noun_phrase_before(s, w, k, &first, 0) &&
            word_in(s, &w[first], tally_subject_partner_marks)) {
            k = first;
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
    return k;
}

/* A占B的x%: the share is of A, before 占, not of B after it. Moves *k to A's
 * end; 0 when the clause names no A and no list is going on (占全国出口份额的
 * 15.2%: the subject goes on from the figure before). 分别 between A and 占
 * makes the figures a list (香港及中国台湾旅客分别占…). */
static int before_share_verb(const scan *s, const word *w, size_t a, size_t *k, predicate *pr,
                             list_info *li)
{
    size_t first;
    for (size_t j = *k; j-- > 0;) {
        if (word_in(s, &w[j], tally_share_verbs)) {
            /* 香港及中国台湾旅客分别占: adverbs between A and 占 */
            size_t jj = j;
            while (jj > 0 && w[jj - 1].what == W_WORD && w[jj - 1].cls == LEX_ADV) {
                if (word_in(s, &w[jj - 1], tally_respectively_words) && !pr->respectively) {
                    pr->respectively = li->respectively = 1;
                    li->listed = pr->listed;
                    li->nfig = fig_list_figures(s, a, pr->listed);
                }
                jj--;
            }
            if (jj > 0 && fig_noun_phrase_before(s, w, jj, &first, 0)) {
                *k = jj;
                return 1;
            }
            if (!pr->respectively)
                return 0;
            *k = 0; /* 分别占18.2%及2.6%: the members named in the clause before */
            return 1;
        }
        if (w[j].cls == LEX_PUNCT && !fig_quote_word(s, &w[j], 0) && !fig_quote_word(s, &w[j], 1) &&
            !word_is(s, &w[j], "、"))
            return 1;
        /* 备抵呆帐占逾期放款之覆盖率为…: 占 inside a relative phrase before
         * 的 names, with the statistic after it, the thing measured
         * (fig_relative_start); a share alone after it (出口占总出口的比率为
         * 50.4%) is A's share, as A占B的x% is */
        if (relative_mark(s, &w[j]) && j + 1 < *k &&
            !(j + 2 == *k && word_in(s, &w[j + 1], tally_subject_share_nouns)))
            return 1;
    }
    return 1;
}

/* Whether the phrase starting at word first is the means a figure is
 * reckoned by (按年均汇率折算为6908美元, 按2022年平均汇率计算为…), not what it
 * measures: then the subject goes on from the figure before. */
static int means_phrase(const scan *s, const word *w, size_t first)
{
    size_t mj = first;
    while (mj > 0 && (w[mj - 1].cls == LEX_ADV || w[mj - 1].cls == LEX_ADJNOUN ||
                      w[mj - 1].cls == LEX_ADJ || w[mj - 1].what == W_TIME)) /* 按2022年平均汇率 */
        mj--;
    return mj > 0 && word_in(s, &w[mj - 1], tally_subject_means_marks);
}

/* 财政系统完成收入22051万元: a bare measure (收入, 增加值) after a verb of
 * achieving says only what kind of amount it is; the figure measures the
 * phrase before the verb, moved into [*first, *k). Not a region alone (全县
 * 完成收入 keeps 收入: the region is no subject). */
static void before_achieve_verb(const scan *s, const word *w, size_t *first, size_t *k)
{
    size_t f = *first, f2;
    if (!(*k - f == 1 && f >= 2 && word_in(s, &w[f], tally_subject_bare_measures) &&
          word_in(s, &w[f - 1], tally_subject_achieve_verbs)))
        return;
    if (fig_noun_phrase_before(s, w, f - 1, &f2, 0)) {
        /* 27家规模以上企业实现产值: a phrase counted names whose amount it
         * is; the measure is the subject */
        if (f2 > 0 && (w[f2 - 1].what == W_FIGURE || w[f2 - 1].cls == LEX_MEASURE))
            return;
        f2 = fig_skip_region_words(s, w, f2, f - 1);
        const word *h = &w[f - 2];
        if (!(f - 1 - f2 == 1 && (h->cls == LEX_PLACE || word_in(s, h, tally_region_words) ||
                                  word_in(s, h, tally_country_words)))) {
            *k = f - 1;
            *first = f2;
        }
    }
}

/* Whether the nfig figures of a list, the one at a being member listed,
 * follow one another joined by a list word alone (1.7%及2.3%, 3%、5%和7%),
 * not each after a phrase of its own (鞋类跌19%、超级市场货品升3%). */
static int figures_joined(const scan *s, size_t a, size_t listed, size_t nfig)
{
    static const char *const joins[] = {"、", "及", "和", "与", NULL};
    size_t at = s->sent_first;
    while (at < s->out.n && s->out.v[at].span.start != a)
        at++;
    if (at >= s->out.n || at < s->sent_first + listed || at - listed + nfig > s->out.n)
        return 0;
    for (size_t j = at - listed; j + 1 < at - listed + nfig; j++) {
        size_t e = s->out.v[j].span.stop, b = s->out.v[j + 1].span.start, wl;
        if (!tally_word_at(joins, s->f, b, e, &wl) || e + wl != b)
            return 0;
    }
    return 1;
}

/* Whether the word may open a clause before a relative phrase without
 * being part of it: time, region words, 而, 其中. */
static int clause_opener(const scan *s, const word *x)
{
    return x->what == W_TIME ||
           (x->what == W_WORD && (x->cls == LEX_TIME ||
                                  (x->cls == LEX_CONJ && !word_in(s, x, tally_subject_joins)))) ||
           word_in(s, x, tally_region_words) || word_in(s, x, tally_country_words) ||
           word_in(s, x, tally_subject_clause_openers) || word_in(s, x, tally_subject_nonheads) ||
           word_in(s, x, tally_subject_hedges); /* 累计本年1至11月…之 */
}

/* A reader names the thing a figure measures with the phrase before 的 too
 * (认可机构的存款总额, 在本港使用的贷款, 通过网络实现的商品零售额): when the
 * clause opens with it (after time, region words and 而), it is part of the
 * subject. Not across a cause, a source, a comparison (tally_subject_relative_
 * breaks), a figure, a trend word or a mark; not a phrase of time alone. */
size_t fig_relative_start(const scan *s, const word *w, size_t first)
{
    if (first < 2 || !relative_mark(s, &w[first - 1]))
        return first;
    size_t r = first - 1;
    int named = 0, opened = 0;
    while (r > 0 && first - 1 - r < 2 * MAX_SUBJECT_WORDS) {
        const word *x = &w[r - 1];
        int quote = fig_quote_word(s, x, 0) || fig_quote_word(s, x, 1);
        /* 其次为来自东协国家之外销订单金额: 为 after an ordinal opener (其次,
         * 首先) opens the clause's phrase, which the relative phrase starts */
        if (r >= 2 && (word_is(s, x, "为") || word_is(s, x, "是")) &&
            word_in(s, &w[r - 2], tally_subject_ordinal_openers)) {
            opened = 1;
            break;
        }
        /* a break ends it, even where it may open a clause (为, 达 are hedges
         * in front of a subject_key but a predicate here) */
        if (word_in(s, x, tally_subject_relative_breaks) || fig_trend_word(s, x) || relative_mark(s, x))
            return first;
        if (!clause_opener(s, x) &&
            (x->what != W_WORD || (x->cls == LEX_PUNCT && !quote && !word_is(s, x, "、")) ||
             word_in(s, x, tally_subject_speaker_verbs) || comparison_mark(s, x) || x->cls == LEX_IDIOM))
            return first;
        r--;
    }
    if (r > 0 && !opened) /* the clause opens with it */
        return first;
    /* time, region words, 而, 累计 at the clause's opening stay out */
    while (r + 1 < first && clause_opener(s, &w[r]))
        r++;
    for (size_t j = r; j + 1 < first; j++)
        named |= fig_nounish(s, &w[j]) || w[j].cls == LEX_PLACE;
    if (r + 1 >= first || !named)
        return first;
    /* 口岸的出入境人次, 香港的零售额: a place before 的 says where, as a
     * region does, not what (with a verb it is a phrase: 在本港使用的贷款) */
    const word *last = &w[first - 2];
    int verb = 0;
    for (size_t j = r; j + 1 < first; j++)
        verb |= w[j].cls == LEX_VERB;
    if (!verb && (last->cls == LEX_PLACE || last->cls == LEX_SPACE))
        return first;
    return r;
}

/* Whether a word of tally_subject_cut_words starts at word j and reaches
 * the phrase starting at word first (中|长期贷款: j is 中). */
static int cut_word_at(const scan *s, const word *w, size_t j, size_t first)
{
    for (size_t c = 0; tally_subject_cut_words[c]; c++) {
        size_t len = strlen(tally_subject_cut_words[c]);
        if (w[j].a + len >= w[first].a && w[j].a + len <= w[first].b &&
            w[j].a + len <= s->len && memcmp(s->f + w[j].a, tally_subject_cut_words[c], len) == 0)
            return 1;
    }
    return 0;
}

/* The phrase starting at word first goes on before an attribute that
 * modifies it (一般贸易进出口, 境外直接投资, 本外币工业中长期贷款): the
 * attribute, then the noun phrase before it, then the region words off. */
size_t fig_before_attributes(const scan *s, const word *w, size_t first, size_t k)
{
    size_t f = first, f2, att = first;
    for (int moved = 1; moved && f > 0;) {
        moved = 0;
        /* 港元存款, 人民币贷款: a currency before a noun says which money */
        if (w[f - 1].what == W_WORD && (word_in(s, &w[f - 1], tally_subject_attributes) ||
                                        word_in(s, &w[f - 1], tally_subject_currency_words))) {
            f--;
            moved = 1;
        } else {
            for (size_t j = f; j-- > 0 && f - j <= 2;)
                if (w[j].what == W_WORD && cut_word_at(s, w, j, f)) {
                    f = j;
                    moved = 1;
                    break;
                }
        }
        att = moved ? f : att;
        /* the noun phrase before the attribute (境外|直接|投资), or a list's
         * member joined to it (食物及|非|酒精饮品) */
        if (moved && f > 0 && fig_noun_phrase_before(s, w, f, &f2, 0))
            f = f2;
        else if (moved && f >= 2 && (word_is(s, &w[f - 1], "、") || word_in(s, &w[f - 1], tally_subject_joins)) &&
                 fig_nounish(s, &w[f - 2]) && fig_noun_phrase_before(s, w, f - 1, &f2, 0))
            f = f2;
    }
    if (f == first)
        return first;
    /* region words off the front, not an attribute the lexicon has as a
     * place (广义货币) */
    f = fig_skip_region_words(s, w, f, k);
    f = f < att ? f : att;
    /* 对非投资: a partner named with 对 stays with its trade */
    if (f > 0 && word_in(s, &w[f - 1], tally_subject_partner_marks))
        f--;
    return f;
}

size_t fig_rate_basis_start(const scan *s, const word *w, size_t first, size_t k)
{
    /* 对 before the phrase, or inside it with the time (对上年同季成长率) */
    size_t mark = first, f2, r;
    while (mark > 0 && first - mark < 3 && !word_in(s, &w[mark], tally_subject_partner_marks))
        mark--;
    if (mark == 0 || !word_in(s, &w[mark], tally_subject_partner_marks))
        return first;
    for (r = mark + 1; r < k && (w[r].what == W_TIME || w[r].cls == LEX_TIME); r++)
        ;
    if (r == mark + 1 || r >= k || r < first || !fig_noun_trend(s, &w[r]))
        return first;
    return fig_noun_phrase_before(s, w, mark, &f2, 0) ? f2 : first;
}

/* The subject named by the noun phrase [first, k) that stands before the
 * figure at a, once the phrase's edges are settled: a rate alone takes the
 * topic it is the rate of, X对Y的贡献率 names X, a gloss in brackets inside
 * the phrase is crossed, a means is no subject, region words and a
 * statistic's name come off, a list gives the figure its member. */
static tally_span phrase_subject(const scan *s, size_t lo, size_t a, size_t cs, const word *w,
                                 size_t first, size_t k, int keep_trends, const predicate *pr,
                                 list_info *li)
{
    /* 中国大陆旅客上升显著，增幅达48.3%: a rate alone opening its clause is
     * the rate of the topic of the clause before */
    /* 高技术产业实际使用外资11.4亿美元，占比为28.5%: a share alone right
     * after an amount is that amount's share, as a rate alone is */
    if (!keep_trends && first == 0 && k == 1 && word_in(s, &w[0], tally_subject_share_nouns) &&
        fig_amount_in_previous_clause(s, lo, cs))
        return (tally_span){a, a};
    if (!keep_trends && first == 0 && k == 1 && fig_noun_trend(s, &w[0])) {
        tally_span topic = fig_changing_topic_before(s, lo, cs);
        if (topic.stop > topic.start)
            return topic;
        /* 旅客有449,098人次，增幅为31.7%: a rate alone right after an
         * amount is that amount's rate; the amount's subject is carried */
        if (fig_amount_in_previous_clause(s, lo, cs))
            return (tally_span){a, a};
    }
    /* 一产对生产总值的贡献率: X对Y的贡献率 names X */
    if (k - first == 1 && word_in(s, &w[first], tally_subject_contribution_heads) && first >= 3 &&
        word_is(s, &w[first - 1], "的")) {
        size_t f2, f3, de = first - 1;
        /* 内需对经济增长的贡献率: the growth contributed to ends in a trend word */
        if (de >= 2 && fig_trend_word(s, &w[de - 1]))
            de--;
        /* the phrase read before 的 takes 对 in as a trade partner's mark */
        if (fig_noun_phrase_before(s, w, de, &f2, 0) && word_is(s, &w[f2], "对") && f2 >= 1 &&
            fig_noun_phrase_before(s, w, f2, &f3, 0))
            first = f3;
    }
    first = fig_rate_basis_start(s, w, first, k); /* 实质GDP对上年同季成长率 */
    /* 消费者物价指数(CPI)年增率: a gloss in brackets inside the phrase; the
     * phrase goes on before it */
    size_t gl;
    if (first == 0 && (gl = fig_gloss_open_before(s, lo, cs)) != 0) {
        tally_span before = fig_phrase_before_bracket(s, lo, gl);
        if (before.stop > before.start && before.stop == gl)
            return (tally_span){before.start, w[k - 1].b};
    }
    if (means_phrase(s, w, first))
        return (tally_span){a, a};
    /* 银行体系的存款总额: the phrase before 的 */
    size_t head = first;
    first = fig_relative_start(s, w, first);
    /* 甲、乙及丙在总额的比重分别为…: a list before 的 modifies the phrase
     * (the shares of each are one subject as written), unless the phrase
     * after 的 is itself the list */
    if (first < head && pr->respectively &&
        fig_members_in(s, (tally_span){w[head].a, w[k - 1].b}, li->nfig) == li->nfig)
        first = head;
    else if (first < head && (pr->respectively || li->nfig > 1))
        return (tally_span){w[fig_skip_region_words(s, w, first, k)].a, w[k - 1].b};
    first = fig_skip_region_words(s, w, first, k);
    first = fig_before_attributes(s, w, first, k);
    if (!fig_trim_report_noun(s, w, &first, &k))
        return (tally_span){a, a};
    before_achieve_verb(s, w, &first, &k);
    /* 放款总余额新台币(以下同)36兆元: a currency's name is the unit's */
    if (k - first > 1 && word_in(s, &w[k - 1], tally_subject_currency_words))
        k--;
    /* 总体失业率及本地居民失业率维持在1.7%及2.3%: figures as many as the
     * members of the phrase take them in order, with no 分别 too */
    if (!pr->respectively && li->nfig > 1 && figures_joined(s, a, pr->listed, li->nfig) &&
        fig_members_in(s, (tally_span){w[first].a, w[k - 1].b}, li->nfig) == li->nfig)
        return fig_respectively_member(s, w, first, k, pr->listed, li);
    if (pr->respectively)
        return fig_respectively_member(s, w, first, k, pr->listed, li);
    return (tally_span){w[first].a, w[k - 1].b};
}

/* The subject of a figure starting at a, read back through its clause
 * (docs/figures.md, "How a subject is read"); li gets what it learnt of a list.
 * keep_trends: a trend word before it is the subject itself (增速位居全国第2位). */
tally_span fig_subject_before(const scan *s, size_t lo, size_t a, int keep_trends, list_info *li)
{
    size_t cs = fig_clause_start(s, lo, a);
    word w[MAX_WORDS];
    size_t n = fig_clause_words(s, cs, a, w, MAX_WORDS);
    li->respectively = li->from_context = 0;
    li->listed = li->nfig = 0;
    li->list = li->item = li->head = (tally_span){0, 0};
    if (n == MAX_WORDS)
        return (tally_span){a, a};
    predicate pr;
    /* the figure at a, for its kind */
    int pp = 0;
    size_t stop = a;
    for (size_t j = s->sent_first; j < s->out.n; j++)
        if (s->out.v[j].span.start == a) {
            pp = s->out.v[j].kind == TALLY_FIG_PP;
            stop = s->out.v[j].span.stop;
        }
    /* 由上月下修值 15.8% 增为 18.1%: the value a change starts from measures
     * what the change does; the phrase before 由 is read */
    size_t from = starting_value(s, w, n, stop);
    int started = from < n;
    if (started)
        n = from;
    size_t k = predicate_start(s, w, n, keep_trends, pp, &pr), first;
    li->listed = pr.listed;
    li->nfig = started ? 1 : fig_list_figures(s, a, pr.listed); /* a start and an end: no list */
    if (pr.each && li->nfig > 1) /* 各较上年增加0.88%及0.89% */
        pr.respectively = 1;
    if (pr.respectively)
        li->respectively = 1;
    if (!before_share_verb(s, w, a, &k, &pr, li))
        return (tally_span){a, a};
    if (k == 0 || !fig_noun_phrase_before(s, w, k, &first, 0)) {
        li->from_context = 1;
        /* 以价值计上升12.7%: the nouns of a frame are no object compared
         * with; the clause names nothing of its own */
        return fig_subject_from_context(s, lo, a, cs, w, pr.framed ? k : n, pr.respectively, pr.listed,
                                        li);
    }
    return phrase_subject(s, lo, a, cs, w, first, k, keep_trends, &pr, li);
}
