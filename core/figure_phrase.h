/* The noun phrase as words (figure_phrase.c), read by the subject stage
 * (figure_subject.c). */
#ifndef TALLY_FIGURE_PHRASE_H
#define TALLY_FIGURE_PHRASE_H

#include "figure_clause.h"

/* The longest subject, in words: a reader names a short phrase. */
#define MAX_SUBJECT_WORDS 8

/* Whether the word is made of trend words only (增长, 同比增长, 下降). */
int fig_trend_word(const scan *s, const word *w);
/* A trend word that is a noun (增速, 增幅, 增长率). */
int fig_noun_trend(const scan *s, const word *w);
/* An opening (closing = 0) or closing quotation mark. */
int fig_quote_word(const scan *s, const word *w, int closing);
/* Full-width Latin letters (ＣＰＩ), which the lexicon reads as punctuation. */
int fig_fullwidth_letters(const scan *s, const word *w);
/* A word that can be the head of a subject or a noun inside it. */
int fig_nounish(const scan *s, const word *w);
/* A verb or particle that ends a subject (tally_subject_stops). */
int fig_stop_word(const scan *s, const word *w);
/* A rare verb that may stand inside a compound noun. */
int fig_compound_verb(const scan *s, const word *w);
/* A word that may modify a noun to its right inside a subject. */
int fig_modifier(const scan *s, const word *w);
/* A word of the predicate between a subject and its figure. */
int fig_predicate_word(const scan *s, const word *w);
/* The noun phrase ending at word k (exclusive), its first word in *first;
 * the number of words taken (0: none). place: a place name may head it. */
size_t fig_noun_phrase_before(const scan *s, const word *w, size_t k, size_t *first, int place);
/* The first word of [i, k) after region words in front (全省, 深圳市). */
size_t fig_skip_region_words(const scan *s, const word *w, size_t i, size_t k);
/* Member m of the phrase [i, k) cut at 、 and list joins, for a list of nfig. */
tally_span fig_list_member(const scan *s, const word *w, size_t i, size_t k, size_t m,
                           size_t nfig);
/* The number of members of the listed phrase span, cut for nfig figures. */
size_t fig_members_in(const scan *s, tally_span list, size_t nfig);
/* Member m of the listed phrase span. */
tally_span fig_member_of(const scan *s, tally_span list, size_t m, size_t nfig);
/* Cuts a statistic's name off the end of [*first, *k); 0 when nothing is left. */
int fig_trim_report_noun(const scan *s, const word *w, size_t *first, size_t *k);

#endif
