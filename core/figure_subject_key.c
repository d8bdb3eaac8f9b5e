/* subject_key (spec/figures.md; docs/figures.md, "subject_key"): the subject
 * as comparisons group it, so that 全省GDP and 地区生产总值 of two reports
 * land in one row: folded to Simplified by the caller, region, period and
 * hedge words off its edges, quotation marks out, then the synonym table. */
#include "figure_scan.h"

#include "figure_subject.h"

/* Whether the words from i on are more places and then a noun of origin
 * or source (中国大陆旅客, 美国订单): the places say who or what is
 * counted, so the key keeps them as the subject does. */
static int origin_follows(const scan *s, const word *w, size_t i, size_t n)
{
    while (i < n && w[i].cls == LEX_PLACE)
        i++;
    return i < n && (word_in(s, &w[i], tally_origin_nouns) || word_in(s, &w[i], tally_subject_sourced_nouns));
}

/* The subject folded, without region, period and hedge words at its
 * edges and without quotation marks, then looked up in the synonym table
 * (docs/figures.md, "subject_key"). */
void fig_subject_key(const scan *s, tally_span subj, char out[TALLY_KEY_MAX])
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
                   word_in(s, x, tally_subject_report_nouns) || /* 初步统计 */
                   (x->cls == LEX_PLACE && !word_in(s, x, tally_nonregion_places) &&
                    !word_in(s, x, tally_subject_attributes) && /* 广义货币 */
                    !word_in(s, x, tally_subject_currency_words) && /* 澳门元、港元 */
                    !(i > 0 && word_in(s, &w[i - 1], tally_subject_partner_marks)) &&
                    !origin_follows(s, w, i + 1, j));
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
    int gloss = 0; /* inside a gloss in brackets: 生产总值(GDP) groups as 生产总值 */
    for (size_t k = i; k < j; k++) {
        if (w[k].cls == LEX_PUNCT && (word_is(s, &w[k], "(") || word_is(s, &w[k], "（"))) {
            gloss = 1;
            continue;
        }
        if (w[k].cls == LEX_PUNCT && (word_is(s, &w[k], ")") || word_is(s, &w[k], "）"))) {
            gloss = 0;
            continue;
        }
        if (gloss)
            continue;
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
        /* a word across a gap of print layout (光电类指 数): the key has none */
        for (size_t b = w[k].a; b < w[k].b; b++)
            if (s->f[b] != ' ' && s->f[b] != '\n' && s->f[b] != '\r')
                out[m++] = s->f[b];
    }
    out[m] = '\0';
    for (size_t k = 0; tally_subject_synonyms[k][0]; k++)
        if (strcmp(out, tally_subject_synonyms[k][1]) == 0) {
            strcpy(out, tally_subject_synonyms[k][0]);
            break;
        }
}

/* The key of one item of a list that shares its head (猪 of 猪、牛、羊出栏量
 * → 猪出栏量): the item's text and the head's, folded as a key. */
void fig_item_key(const scan *s, tally_span item, tally_span head, char out[TALLY_KEY_MAX])
{
    char joined[TALLY_KEY_MAX];
    size_t il = item.stop - item.start, hl = head.stop - head.start;
    if (il + hl + 1 > TALLY_KEY_MAX)
        return;
    memcpy(joined, s->f + item.start, il);
    memcpy(joined + il, s->f + head.start, hl);
    joined[il + hl] = '\0';
    for (size_t k = 0; tally_subject_synonyms[k][0]; k++)
        if (strcmp(joined, tally_subject_synonyms[k][1]) == 0) {
            strcpy(out, tally_subject_synonyms[k][0]);
            return;
        }
    strcpy(out, joined);
}
