/* What a count counts (docs/figures.md, "How a subject is read", steps 6 and
 * 12): after a count, or a figure followed by 的, stands the noun phrase it
 * measures (八个重点项目, 9.8%的外资); a count alone in brackets counts the noun
 * before them; a unit that is a noun names what is counted (16市, 5部门); a
 * noun the figure's start cut in two (出|超1379亿美元) is the subject. */
#include "figure_scan.h"

#include "figure_subject.h"

/* The noun phrase after a count (八个重点项目 → 重点项目, 9.8%的外资). */
tally_span fig_subject_after(const scan *s, size_t e, size_t hi)
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
    /* 5.5%的水准, 下降1.6%的大环境下: the level or setting the figure frames */
    if (after_de && n > 0 && word_in(s, &w[0], tally_subject_level_frames))
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
    /* 4家新能源汽车的生产企业: a noun phrase after 的 is what is counted, the
     * phrase before it its attribute */
    if (k > 0 && k + 1 < n && !after_de && fig_modifier(s, &w[k - 1]) && word_is(s, &w[k], "的")) {
        size_t m = k + 1;
        while (m < n && m - k <= 3 && w[m].what == W_WORD && fig_modifier(s, &w[m]))
            m++;
        if (m > k + 1 && fig_nounish(s, &w[m - 1]))
            k = m;
    }
    /* 30多个国家和地区: two nouns joined, the second ending the phrase, are
     * one thing counted */
    if (k > 0 && k + 1 < n && fig_nounish(s, &w[k - 1]) && word_in(s, &w[k], tally_subject_joins) &&
        w[k + 1].what == W_WORD && (fig_nounish(s, &w[k + 1]) || w[k + 1].cls == LEX_PLACE) &&
        (k + 2 >= n || !fig_modifier(s, &w[k + 2])))
        k += 2;
    /* the phrase ends in a noun, or a place counted (26个山区海岛县) */
    while (k > 0 && !fig_nounish(s, &w[k - 1]) && !(w[k - 1].cls == LEX_PLACE && k == n))
        k--;
    /* 达到250亿斤阶段性水平: a level the figure frames, without 的 too, is
     * no thing counted (the subject stands before the figure) */
    if (k == 0 || word_in(s, &w[k - 1], tally_subject_level_frames))
        return (tally_span){e, e};
    return (tally_span){w[0].a, w[k - 1].b};
}

/* The unit of a count when it is a noun, not a measure word (16市, 5部门,
 * 三方面): what is counted is named by the unit. */
tally_span fig_noun_unit(const scan *s, tally_span span)
{
    lex_word lw[16];
    size_t m = tally_lex_segment(s->f, span.start, span.stop, lw, 16);
    if (m < 2 || lw[m - 1].stop != span.stop || lw[m - 1].cls != LEX_NOUN ||
        lw[m - 2].cls == LEX_NOUN)
        return (tally_span){span.stop, span.stop};
    /* a one-character noun is most often a classifier (人, 条); places count */
    lex_word u = lw[m - 1];
    size_t wl;
    /* 785369人次, 2000场次: a count of times names no counted thing; nor
     * does a measured length (加班工時平均17.2小時: the subject is before) */
    if (u.stop - u.start >= 6 && memcmp(s->f + u.stop - 3, "次", 3) == 0)
        return (tally_span){span.stop, span.stop};
    if (tally_word_at(tally_measured_duration_units, s->f, u.stop, u.start, &wl) &&
        wl == u.stop - u.start)
        return (tally_span){span.stop, span.stop};
    if (u.stop - u.start < 6 && !(tally_word_at(tally_subject_place_units, s->f, u.stop, u.start, &wl) &&
                                  wl == u.stop - u.start))
        return (tally_span){span.stop, span.stop};
    return (tally_span){lw[m - 1].start, lw[m - 1].stop};
}

/* Whether a figure stands alone in brackets: (1个), （7个）. */
int fig_parenthesized(const char *f, size_t lo, size_t hi, tally_span span)
{
    /* spaces of layout inside the brackets: 五星级( 87.2% ) */
    size_t a = span.start, b = span.stop, p, k;
    while (a > lo && f[a - 1] == ' ')
        a--;
    while (b < hi && f[b] == ' ')
        b++;
    if (a <= lo || b >= hi)
        return 0;
    k = b;
    uint32_t open = utf8_prev(f, a, &p), close = utf8_next(f, hi, &k);
    return (open == 0xFF08 || open == '(') && (close == 0xFF09 || close == ')');
}

/* A noun of two characters that the figure's span cuts after its first
 * (出|超1379亿美元: the number reader took 超 for "more than"), when the
 * figure starts with no digit and no numeral. */
tally_span fig_noun_across_start(const scan *s, size_t lo, tally_span span)
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
