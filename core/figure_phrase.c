/* The noun phrase as words (docs/figures.md, "How a subject is read"): which
 * words may head a subject, modify it or belong to the predicate before a
 * figure, and the phrase read leftwards from a word, cut into the members of a
 * list, without region words in front or a statistic's name at its end. The
 * subject stage (figure_subject.c) decides which phrase a figure measures. */
#include "figure_phrase.h"
#include "figure_subject.h"

#include "trend_index.h"

/* A verb rarer than this many uses in the lexicon's source, between nouns,
 * is part of a compound noun (班列开行量, 江海联运航线, 信用保险承保规模);
 * common verbs (参加, 组织, 开展) start a clause of their own. */
#define COMPOUND_VERB_FREQ 1000

/* Whether the word is made of trend words only (增长, 同比增长, 下降). */
int fig_trend_word(const scan *s, const word *w)
{
    size_t i = w->a;
    if (w->what != W_WORD)
        return 0;
    /* 大跌, 微升, 显著下跌: a verb that ends in a trend word states the change */
    if (w->cls == LEX_VERB && tally_trend_ends(s->r, s->f, w->a, w->b))
        return 1;
    while (i < w->b) { /* the longest trend word at i, each in turn */
        size_t best = tally_trend_longest_at(s->r, s->f, i, w->b);
        if (!best)
            return 0;
        i += best;
    }
    return 1;
}

/* A trend word that is a noun (增速, 增幅, 增长率): the rate is what is
 * measured, so it is part of the subject (出口增速为5%). */
int fig_noun_trend(const scan *s, const word *w)
{
    static const char *const ends[] = {"速", "幅", "率", NULL};
    size_t wl;
    return w->b - w->a >= 6 && fig_trend_word(s, w) &&
           tally_word_at(ends, s->f, w->b, w->b - 3, &wl);
}

int fig_quote_word(const scan *s, const word *w, int closing)
{
    size_t k = w->a;
    if (w->cls != LEX_PUNCT)
        return 0;
    uint32_t c = utf8_next(s->f, w->b, &k);
    return closing ? close_quote(c) : open_quote(c);
}

static int ascii_letter_in(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= 'a' && p[i] <= 'z'))
            return 1;
    return 0;
}

/* Full-width Latin letters (ＣＰＩ, ＧＤＰ): the lexicon reads them as
 * punctuation; they name a statistic as ASCII letters do. */
int fig_fullwidth_letters(const scan *s, const word *w)
{
    size_t i = w->a;
    if (w->what != W_WORD || w->cls != LEX_PUNCT || i >= w->b)
        return 0;
    while (i < w->b) {
        uint32_t c = utf8_next(s->f, w->b, &i);
        if (!((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)))
            return 0;
    }
    return 1;
}

/* A set phrase that ends in a trend word (价格上涨, tagged l by jieba): it
 * states the change, so it is no noun. */
static int idiom_of_change(const scan *s, const word *w)
{
    if (w->what != W_WORD || w->cls != LEX_IDIOM)
        return 0;
    for (size_t k = 0; k < s->r->trends.n; k++) {
        const trend_rule *t = &s->r->trends.v[k];
        if (!t->base && t->wlen >= 6 && t->wlen < w->b - w->a &&
            memcmp(s->f + w->b - t->wlen, t->word, t->wlen) == 0)
            return 1;
    }
    return 0;
}

/* A word that can be the head of a subject or a noun inside it. */
int fig_nounish(const scan *s, const word *w)
{
    if (w->what != W_WORD)
        return 0;
    if (fig_noun_trend(s, w))
        return 1;
    if (fig_trend_word(s, w) || word_in(s, w, tally_subject_predicate_words) || idiom_of_change(s, w))
        return 0;
    switch (w->cls) {
    case LEX_NOUN:
    case LEX_VNOUN:
    case LEX_NAME:
    case LEX_IDIOM:
    case LEX_UNKNOWN:
        return !word_in(s, w, tally_subject_nonheads);
    case LEX_ASCII: /* GDP, PMI, 5G; not a bare number */
        return ascii_letter_in(s->f + w->a, w->b - w->a);
    case LEX_PUNCT:
        return fig_fullwidth_letters(s, w);
    default:
        return word_in(s, w, tally_subject_nouns);
    }
}

/* A verb or particle that ends a subject (tally_subject_stops). */
int fig_stop_word(const scan *s, const word *w)
{
    return w->what == W_WORD && word_in(s, w, tally_subject_stops);
}

/* A rare verb that may stand inside a compound noun (see COMPOUND_VERB_FREQ). */
int fig_compound_verb(const scan *s, const word *w)
{
    return w->what == W_WORD && w->cls == LEX_VERB && !fig_stop_word(s, w) && !fig_trend_word(s, w) &&
           w->cost > tally_lex_cost_of(COMPOUND_VERB_FREQ);
}

/* A word that may modify a noun to its right inside a subject. */
int fig_modifier(const scan *s, const word *w)
{
    if (fig_nounish(s, w))
        return 1;
    if (w->what != W_WORD)
        return 0;
    switch (w->cls) {
    case LEX_PLACE:
    case LEX_SPACE:
    case LEX_ADJNOUN:
        return 1;
    case LEX_VERB:
        return word_in(s, w, tally_verbal_nouns); /* 签约项目 */
    case LEX_PRONOUN:
        return word_in(s, w, tally_subject_determiners); /* 其他访客 */
    default:
        return 0;
    }
}

/* Whether the word belongs to the predicate between a subject and its
 * figure: verbs, adverbs, prepositions, particles, time, trend words. */
int fig_predicate_word(const scan *s, const word *w)
{
    if (w->what == W_TIME || w->what == W_FIGURE)
        return 1;
    if (fig_noun_trend(s, w))
        return 0;
    if (fig_trend_word(s, w) || word_in(s, w, tally_subject_predicate_words) || idiom_of_change(s, w))
        return 1;
    if (fig_stop_word(s, w) && !word_in(s, w, tally_region_words))
        return 1;
    switch (w->cls) {
    case LEX_VERB:
        return !fig_compound_verb(s, w);
    case LEX_ADV:
    case LEX_ADJ:
    case LEX_PREP:
    case LEX_PARTICLE:
    case LEX_CONJ:
    case LEX_NUMERAL:
    case LEX_MEASURE:
    case LEX_TIME:
    case LEX_LOCATIVE:
    case LEX_PRONOUN:
    case LEX_ADJNOUN:
    case LEX_OTHER:
        return !fig_nounish(s, w);
    case LEX_PUNCT:
        return !fig_quote_word(s, w, 1) && !fig_quote_word(s, w, 0) && !fig_fullwidth_letters(s, w);
    default:
        return 0;
    }
}

/* Whether the word can end (head) a subject; place: a place name may (the
 * object of a comparison: 低于城市). */
static int head_word(const scan *s, const word *w, size_t i, int place)
{
    if (fig_stop_word(s, w) && !(place && word_in(s, w, tally_region_words)))
        return 0;
    if (fig_nounish(s, w) || (place && (w->cls == LEX_PLACE || w->cls == LEX_SPACE)))
        return 1;
    /* 参加境外展会: a rare verb after a modifier is a noun */
    return fig_compound_verb(s, w) && i > 0;
}

/* The noun phrase ending at word k (exclusive), read leftwards; its first
 * word in *first. Returns the number of words taken (0: none). */
size_t fig_noun_phrase_before(const scan *s, const word *w, size_t k, size_t *first, int place)
{
    size_t i = k, taken = 0;
    while (i > 0 && taken < MAX_SUBJECT_WORDS) {
        const word *x = &w[i - 1];
        if (fig_quote_word(s, x, 1)) { /* “新三样”出口: the quoted name joins */
            size_t j = i - 1;
            while (j > 0 && !fig_quote_word(s, &w[j - 1], 0) && i - j < MAX_SUBJECT_WORDS)
                j--;
            if (j > 0 && !fig_quote_word(s, &w[j - 1], 0))
                break;
            /* the opening mark may stand before the sentence's start */
            i = j > 0 ? j - 1 : 0;
            taken++;
            continue;
        }
        if (taken == 0) {
            /* 关闸口岸: a place word (jieba's s) after a noun heads a compound */
            int space_head = x->what == W_WORD && x->cls == LEX_SPACE && i >= 2 &&
                             fig_nounish(s, &w[i - 2]) && !fig_stop_word(s, x);
            if (!(head_word(s, x, i - 1, place) || space_head) ||
                (fig_compound_verb(s, x) && !(i >= 2 && fig_modifier(s, &w[i - 2]))))
                break;
            i--;
            taken++;
            continue;
        }
        if ((word_is(s, x, "、") || word_in(s, x, tally_subject_joins)) && i >= 2 &&
            fig_modifier(s, &w[i - 2]) && !fig_stop_word(s, &w[i - 2])) { /* 咖啡、普洱茶; 出口和进口 */
            i--;
            continue;
        }
        if (x->cls == LEX_LOCATIVE && i >= 2 && fig_nounish(s, &w[i - 2]) &&
            word_in(s, x, tally_subject_inner_locatives)) { /* 规模以上 */
            i--;
            taken++;
            continue;
        }
        /* 电池合共出口: a word of totals inside the phrase */
        if (word_in(s, x, tally_subject_inner_words) && i >= 2 && fig_modifier(s, &w[i - 2])) {
            i--;
            continue;
        }
        /* 项目签约金额: a verbal noun stays before a noun; 燃气供应业: a
         * verbal noun before a trade's or an amount's noun is what it is of */
        if (fig_stop_word(s, x) && !word_in(s, x, tally_verbal_nouns) &&
            !(x->cls == LEX_VNOUN && i < k && word_in(s, &w[i], tally_subject_verb_heads)))
            break;
        /* 蔬菜种植面积: a verb before an amount's noun names what it is of */
        if (x->what == W_WORD && x->cls == LEX_VERB && !fig_trend_word(s, x) && i < k &&
            word_in(s, &w[i], tally_subject_verb_heads)) {
            i--;
            taken++;
            continue;
        }
        /* 年均增速: an adverb of averaging before a rate names the rate */
        if (x->what == W_WORD && word_in(s, x, tally_subject_rate_adverbs) && i < k &&
            fig_noun_trend(s, &w[i])) {
            i--;
            taken++;
            continue;
        }
        /* 杂项耐用消费品: a short adjective between nouns modifies the noun */
        if (x->what == W_WORD && x->cls == LEX_ADJ && x->b - x->a <= 6 && i >= 2 &&
            fig_nounish(s, &w[i]) && fig_nounish(s, &w[i - 2]) && !fig_stop_word(s, &w[i - 2])) {
            i--;
            taken++;
            continue;
        }
        /* 新产品产值: a one-character adjective opening the phrase modifies
         * its noun (not after an adverb: 较新, 最大 state a degree) */
        if (x->what == W_WORD && x->cls == LEX_ADJ && x->b - x->a == 3 && i < k &&
            fig_nounish(s, &w[i]) &&
            (i == 1 || (w[i - 2].cls != LEX_ADV && !fig_nounish(s, &w[i - 2])))) {
            i--;
            taken++;
            continue;
        }
        /* 就业人口月工作收入: a word of frequency between two nouns modifies
         * the noun after it (monthly earnings) */
        if (x->what == W_WORD && word_in(s, x, tally_subject_frequency_words) && i < k && i >= 2 &&
            fig_nounish(s, &w[i]) && fig_nounish(s, &w[i - 2]) && !fig_stop_word(s, &w[i - 2])) {
            i--;
            taken++;
            continue;
        }
        /* 夜间经济: a time word that is no period modifies the noun */
        int time_word = x->what == W_WORD && x->cls == LEX_TIME &&
                        !word_in(s, x, tally_nonperiod_words) &&
                        !word_in(s, x, tally_subject_nonheads);
        if (fig_modifier(s, x) || time_word || word_in(s, x, tally_verbal_nouns) ||
            (fig_compound_verb(s, x) && i >= 2 && fig_modifier(s, &w[i - 2]))) {
            i--;
            taken++;
            continue;
        }
        break;
    }
    /* 对东盟进出口: the partner of a trade figure is named with 对 */
    if (taken && i > 0 && word_in(s, &w[i - 1], tally_subject_partner_marks))
        i--;
    *first = i;
    return taken;
}

/* Drops region words (全省, 深圳市) from the front of a phrase: the figure's
 * region holds them. Returns the new first word. */
size_t fig_skip_region_words(const scan *s, const word *w, size_t i, size_t k)
{
    /* 香港旅客, 中国大陆旅客: places right before a noun of origin say who is
     * counted, not where (the region stage reads them the same way) */
    size_t j = i;
    while (j < k && (w[j].cls == LEX_PLACE ||
                     (j > i && (word_is(s, &w[j], "、") || word_in(s, &w[j], tally_subject_joins)))))
        j++; /* 中国大陆及香港旅客: a list of places */
    if (j > i && j < k &&
        (word_in(s, &w[j], tally_origin_nouns) || word_in(s, &w[j], tally_subject_sourced_nouns)))
        return i;
    /* 各季度外贸进出口值: a period noun in front is the period's, not the
     * subject's */
    while (i + 1 < k && w[i].what == W_WORD && word_in(s, &w[i], tally_subject_period_nouns) &&
           fig_modifier(s, &w[i + 1]))
        i++;
    /* 城镇居民, 农村居民: tagged as places, they name no region */
    while (i + 1 < k && ((w[i].cls == LEX_PLACE && !word_in(s, &w[i], tally_nonregion_places)) ||
                         word_in(s, &w[i], tally_region_words)) &&
           (fig_modifier(s, &w[i + 1]) || fig_quote_word(s, &w[i + 1], 0) ||
            fig_compound_verb(s, &w[i + 1])))
        i++;
    return i;
}

/* Cuts the phrase [i, k) at 、 and list joins, and gives member m of the
 * list (0-based) when there are more than m members. With nfig figures in
 * the list, a cut at 、 alone is taken when it gives that many members and
 * the cut at the joins too does not (百货公司、布疋及服饰品业、资通讯及家电
 * 设备业…分别年增12.1%、16.8%及17.6%: 及 inside a member). */
/* The first word of each member of [i, k) in cut; returns their number. */
static size_t list_cuts(const scan *s, const word *w, size_t i, size_t k, size_t nfig,
                        size_t cut[MAX_WORDS + 1])
{
    size_t starts[MAX_WORDS + 1], n = 0, commas[MAX_WORDS + 1], nc = 0;
    starts[n++] = i;
    commas[nc++] = i;
    for (size_t j = i; j < k; j++) {
        if ((word_is(s, &w[j], "、") || word_in(s, &w[j], tally_subject_joins)) && j + 1 < k &&
            n < sizeof starts / sizeof *starts)
            starts[n++] = j + 1;
        if (word_is(s, &w[j], "、") && j + 1 < k && nc < sizeof commas / sizeof *commas)
            commas[nc++] = j + 1;
    }
    const size_t *from = starts;
    if (nfig > 1 && nc == nfig && n != nfig && nc > 1) {
        from = commas;
        n = nc;
    }
    memcpy(cut, from, n * sizeof *cut);
    return n;
}

tally_span fig_list_member(const scan *s, const word *w, size_t i, size_t k, size_t m,
                              size_t nfig)
{
    size_t cut[MAX_WORDS + 1];
    size_t n = list_cuts(s, w, i, k, nfig, cut);
    if (n <= m || n == 1)
        return (tally_span){w[i].a, w[k - 1].b};
    size_t a = cut[m], b = m + 1 < n ? cut[m + 1] - 1 : k;
    return (tally_span){w[a].a, w[b - 1].b};
}

/* The number of members of the listed phrase span, cut for nfig figures. */
size_t fig_members_in(const scan *s, tally_span list, size_t nfig)
{
    word w[MAX_WORDS];
    size_t cut[MAX_WORDS + 1];
    if (list.stop <= list.start)
        return 0;
    size_t n = fig_clause_words(s, list.start, list.stop, w, MAX_WORDS);
    if (n == 0 || n == MAX_WORDS)
        return 0;
    return list_cuts(s, w, 0, n, nfig, cut);
}

/* Member m of the listed phrase span (a list carried from a clause before). */
tally_span fig_member_of(const scan *s, tally_span list, size_t m, size_t nfig)
{
    word w[MAX_WORDS];
    if (list.stop <= list.start)
        return list;
    size_t n = fig_clause_words(s, list.start, list.stop, w, MAX_WORDS);
    if (n == 0 || n == MAX_WORDS)
        return list;
    return fig_list_member(s, w, 0, n, m, nfig);
}

/* A phrase [*first, *k) that ends in a statistic's name (经济成长率预测,
 * 总销货价值的修订估计) becomes the phrase before it; a name alone leaves
 * nothing (概估的); one in front comes off (初步统计经济成长). Returns 0 when
 * nothing is left. */
int fig_trim_report_noun(const scan *s, const word *w, size_t *first, size_t *k)
{
    /* 初步统计经济成长2.1%: a statistic's name in front says how the figure
     * was reckoned (a hedge), not what it measures */
    while (*k > *first + 1 && word_in(s, &w[*first], tally_subject_report_nouns))
        (*first)++;
    /* 实质GDP初步统计yoy: a release's abbreviation after a statistic's name
     * glosses the rate; the name is cut with it */
    if (*k > *first + 2 && word_in(s, &w[*k - 1], tally_subject_release_abbrevs) &&
        word_in(s, &w[*k - 2], tally_subject_report_nouns))
        (*k)--;
    if (*k <= *first || !word_in(s, &w[*k - 1], tally_subject_report_nouns))
        return 1;
    if (*k - 1 > *first) {
        (*k)--;
        while (*k > *first + 1 && (w[*k - 1].cls == LEX_PARTICLE || word_is(s, &w[*k - 1], "的")))
            (*k)--;
        for (size_t j = *first; j < *k; j++) /* 月初概估: a time word is left */
            if (fig_nounish(s, &w[j]))
                return 1;
        return 0;
    }
    size_t f2;
    if (*first > 1 && word_is(s, &w[*first - 1], "的") &&
        fig_noun_phrase_before(s, w, *first - 1, &f2, 0)) {
        *k = *first - 1;
        *first = f2;
        return 1;
    }
    return 0;
}
