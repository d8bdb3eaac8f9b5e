/* Lists (docs/figures.md, "How a subject is read", steps 5 and 9): in
 * A、B分别增长x%、y% the i-th figure measures the i-th member. The members are
 * the clause's own phrase, a list counted before (进出口、出口、进口三项), the
 * 、 list of the clause before, or the nearest list of as many members. */
#include "figure_scan.h"

#include "figure_subject.h"

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
tally_span fig_list_of_previous_clause(const scan *s, size_t lo, size_t cs)
{
    word w[MAX_WORDS];
    size_t n = fig_previous_clause_words(s, lo, cs, w), j = 0;
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
tally_span fig_counted_list_before(const scan *s, size_t lo, size_t cs, size_t nfig)
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

/* The figures of a 分别 list: the one at a, those before it in its clause
 * (listed) and those after it up to the clause's end. */
size_t fig_list_figures(const scan *s, size_t a, size_t listed)
{
    size_t stop = clause_stop(s, a, s->len), n = listed;
    /* a comma inside a figure groups its digits (分别增加2,500元及1,000元) */
    for (int inside = 1; inside && stop < s->len;) {
        inside = 0;
        for (size_t k = s->sent_first; k < s->out.n && !inside; k++)
            if (s->out.v[k].span.start < stop && stop < s->out.v[k].span.stop)
                inside = 1;
        if (inside)
            stop = clause_stop(s, stop + 1, s->len);
    }
    for (size_t k = s->sent_first; k < s->out.n; k++)
        if (s->out.v[k].span.start >= a && s->out.v[k].span.start < stop)
            n++;
    return n;
}

/* The member a figure of a 分别 list takes from the phrase [first, k) of the
 * clause's words w: member `listed` of it, or of the list of as many members
 * counted right before it (进出口、出口、进口三项增速分别高于…11.2、17.4、9.4个
 * 百分点: the phrase 增速 is one, the list three). Not a list before 的, which
 * modifies (输往美国、英国及中国大陆的出口货量分别跌…). li->list gets the list. */
/* A short name: one word of one character (猪, 批) or of Latin letters and
 * digits (M1B). */
static int short_name(const scan *s, const word *x)
{
    (void)s;
    return x->what == W_WORD && (x->cls == LEX_ASCII || (x->b - x->a == 3 && x->cls != LEX_PUNCT));
}

/* Whether the list [first, k) is of short names that share the head of its
 * last member (猪、牛、羊、禽出栏量; M1B、M2月增率): every member a short
 * name, the last one followed by the head. *head gets the head's first word.
 * A reader names the list as written; each figure is of its item with the
 * head. */
static int shared_head(const scan *s, const word *w, size_t *first, size_t k, size_t nfig, size_t *head)
{
    size_t members = 1, j = *first;
    /* 日平均货币总计数M1B、M2月增率: nouns before the first name modify them
     * all; the list starts at the name */
    while (j + 1 < k && !(word_is(s, &w[j + 1], "、") || word_in(s, &w[j + 1], tally_subject_joins)) &&
           (fig_nounish(s, &w[j]) || fig_modifier(s, &w[j])))
        j++;
    if (k - j < 4)
        return 0;
    size_t start = j;
    while (j < k) {
        if (!short_name(s, &w[j]))
            return 0;
        if (j + 1 < k && (word_is(s, &w[j + 1], "、") || word_in(s, &w[j + 1], tally_subject_joins))) {
            members++;
            j += 2;
            continue;
        }
        break;
    }
    if (members != nfig || j + 1 >= k)
        return 0;
    for (size_t h = j + 1; h < k; h++)
        if (!fig_nounish(s, &w[h]) && !fig_modifier(s, &w[h]))
            return 0;
    *head = j + 1;
    *first = start;
    return 1;
}

tally_span fig_respectively_member(const scan *s, const word *w, size_t first, size_t k,
                                   size_t listed, list_info *li)
{
    size_t f2;
    size_t c = first;
    while (c > 0 && first - c < 2 && (w[c - 1].cls == LEX_NUMERAL || w[c - 1].cls == LEX_MEASURE))
        c--;
    if (fig_members_in(s, (tally_span){w[first].a, w[k - 1].b}, li->nfig) != li->nfig && c < first &&
        c > 0 && fig_noun_phrase_before(s, w, c, &f2, 0) &&
        fig_members_in(s, (tally_span){w[f2].a, w[c - 1].b}, li->nfig) == li->nfig) {
        k = c;
        first = f2;
    }
    li->list = (tally_span){w[first].a, w[k - 1].b};
    size_t head, start = first;
    if (listed < li->nfig && shared_head(s, w, &start, k, li->nfig, &head)) {
        li->item = (tally_span){w[start + 2 * listed].a, w[start + 2 * listed].b};
        li->head = (tally_span){w[head].a, w[k - 1].b};
        li->list = (tally_span){w[start].a, w[k - 1].b};
        return li->list;
    }
    return fig_list_member(s, w, first, k, listed, li->nfig);
}
