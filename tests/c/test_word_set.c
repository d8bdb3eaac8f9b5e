/* Word lists as hash sets (core/word_set.c), which word_in (figure_clause.h)
 * asks instead of comparing a word with each list word: for every list of
 * the rule tables and made-up lists (duplicates, the empty word, words that
 * are prefixes of others, a list just long enough to be hashed), the set's
 * answer must be the list's, for every span of up to eight characters of
 * every report at hand and of random strings (NUL bytes, stray bytes,
 * pieces of list words); the sets made by threads at once must be one per
 * list, and a full table must leave the lists to be read in turn. */
#include "check.h"
#include "../../core/figure_rules.h"
#include "../../core/utf8_scan.h"
#include "../../core/word_set.h"

#include <pthread.h>

static const char *const *const rule_lists[] = {
    tally_comparatives,tally_rank_verbs,tally_rank_scopes,tally_rank_words,tally_anaphora,tally_vague_prefixes,tally_range_marks,tally_ratio_marks,tally_restated_joins,tally_restated_breaks,tally_unit_list_joins,tally_unit_before_copulas,tally_unit_before_endings,tally_fraction_marks,tally_subject_stops,tally_subject_suffixes,tally_verbal_nouns,tally_fixed_nouns,tally_article_verbs,tally_subject_nonheads,tally_subject_nouns,tally_subject_predicate_words,tally_contribution_verbs,tally_origin_nouns,tally_comparison_marks,tally_subject_joins,tally_subject_inner_locatives,tally_subject_partner_marks,tally_region_words,tally_respectively_words,tally_share_verbs,tally_subject_hedges,tally_target_words,tally_forecast_words,tally_plan_words,tally_plan_part_target_words,tally_status_list_cues,tally_status_past_marks,tally_status_clause_only_words,tally_status_done_marks,tally_status_compared_marks,tally_status_compared_after,tally_status_nominal_cues,tally_status_estimate_words,tally_status_estimate_leads,tally_status_reached_verbs,tally_status_beyond_marks,tally_status_threshold_verbs,tally_status_certain_words,tally_list_item_marks,tally_plan_part_cues,tally_review_part_cues,tally_country_words,tally_region_country_names,tally_region_world_words,tally_region_partner_leads,tally_subject_inner_words,tally_subject_report_nouns,tally_subject_verb_heads,tally_subject_means_marks,tally_subject_place_units,tally_subject_frame_verbs,tally_subject_frame_marks,tally_subject_each_words,tally_subject_condition_leads,tally_subject_condition_ends,tally_subject_speaker_verbs,tally_subject_frame_nouns,tally_subject_bare_measures,tally_subject_achieve_verbs,tally_subject_contribution_heads,tally_subject_rank_nouns,tally_subject_determiners,tally_subject_rate_adverbs,tally_zone_words,tally_nonregion_places,tally_region_short_names,tally_time_patterns,tally_period_time_patterns,tally_level_nouns,tally_growth_aggregates,tally_revision_verbs,tally_level_marks,tally_trend_after_modifiers,tally_trend_noun_endings,tally_programme_nouns,tally_branding_verbs,tally_branding_nouns,tally_list_openers,tally_region_groups,tally_region_group_units,tally_restating_words,tally_measure_denied,tally_units_with_inner_qualifier,tally_units_with_tenths,tally_index_point_words,tally_index_point_stops,tally_nonperiod_words,tally_period_base_leads,tally_period_base_closers,tally_period_base_marks,tally_period_base_sames,tally_period_record_frames,tally_period_record_words,tally_period_means_leads,tally_period_months_to_links,tally_period_joins,tally_period_carry_words,tally_period_compare_leads,tally_period_compare_adjectives,
};

static const char *const made_dup[] = {"甲", "乙", "甲", "丙丁", "丙", "戊己庚", "戊", "辛", "壬", "癸", NULL};
static const char *const made_empty[] = {"", "a", "ab", "abc", "abcd", "b", "bc", "c", "cd", NULL};
static const char *const made_eight[] = {"一", "二", "三", "四", "五", "六", "七", "八", NULL};
static const char *const made_short[] = {"一", "二", NULL};

static const char *const *const made_lists[] = {made_dup, made_empty, made_eight, made_short};

static int linear_has(const char *const *list, const char *p, size_t n)
{
    for (size_t k = 0; list[k]; k++) {
        size_t i = 0;
        while (i < n && list[k][i] && list[k][i] == p[i])
            i++;
        if (i == n && !list[k][n])
            return 1;
    }
    return 0;
}

/* as word_in asks: the set when it has slots, else the list in turn */
static int set_has(const char *const *list, const char *p, size_t n)
{
    const tally_word_set *s = tally_word_set_of(list);
    if (s && s->list != list)
        return -1;
    if (s && s->slots)
        return tally_word_set_has(s, p, n);
    return linear_has(list, p, n);
}

static size_t spans, differ, hits;

static void check_spans(const char *const *list, const char *t, size_t len)
{
    for (size_t a = 0; a < len;) {
        size_t b = a;
        for (int k = 0; k < 8 && b < len; k++) {
            utf8_next(t, len, &b);
            int want = linear_has(list, t + a, b - a);
            if (set_has(list, t + a, b - a) != want && !differ++)
                fprintf(stderr, "differs at %zu+%zu\n", a, b - a);
            hits += (size_t)want;
            spans++;
        }
        utf8_next(t, len, &a);
    }
}

static void check_all_lists(const char *t, size_t len)
{
    for (size_t k = 0; k < sizeof rule_lists / sizeof *rule_lists; k++)
        check_spans(rule_lists[k], t, len);
    for (size_t k = 0; k < sizeof made_lists / sizeof *made_lists; k++)
        check_spans(made_lists[k], t, len);
}

static void check_file(const char *path, const char *text, size_t len)
{
    (void)path;
    check_all_lists(text, len);
}

#define THREADS 6
static const char *const *got[THREADS][sizeof rule_lists / sizeof *rule_lists];

static void *first_use(void *arg)
{
    size_t t = (size_t)(uintptr_t)arg;
    for (size_t k = 0; k < sizeof rule_lists / sizeof *rule_lists; k++) {
        const tally_word_set *s = tally_word_set_of(rule_lists[k]);
        got[t][k] = s ? s->list : NULL;
    }
    return NULL;
}

int main(void)
{
    /* first use from several threads at once: each gets the list's set */
    pthread_t th[THREADS];
    for (size_t t = 0; t < THREADS; t++)
        CHECK(pthread_create(&th[t], NULL, first_use, (void *)(uintptr_t)t) == 0);
    for (size_t t = 0; t < THREADS; t++)
        pthread_join(th[t], NULL);
    size_t wrong = 0;
    for (size_t t = 0; t < THREADS; t++)
        for (size_t k = 0; k < sizeof rule_lists / sizeof *rule_lists; k++)
            wrong += got[t][k] != rule_lists[k];
    CHECK(wrong == 0);
    for (size_t k = 0; k < sizeof rule_lists / sizeof *rule_lists; k++)
        CHECK(tally_word_set_of(rule_lists[k]) == tally_word_set_of(rule_lists[k]));
    /* hashed: the long lists; read in turn: the short */
    CHECK(tally_word_set_of(tally_subject_stops)->slots != NULL);
    CHECK(tally_word_set_of(made_eight)->slots != NULL);
    CHECK(tally_word_set_of(made_short)->slots == NULL);

    /* made-up words */
    CHECK(set_has(made_empty, "", 0) == 1);
    CHECK(set_has(made_empty, "abcd", 4) == 1 && set_has(made_empty, "abcde", 5) == 0);
    CHECK(set_has(made_empty, "ab\0", 3) == 0);
    CHECK(set_has(made_dup, "甲", 3) == 1 && set_has(made_dup, "丙丁", 6) == 1);
    CHECK(set_has(made_dup, "丙丁", 3) == 1 && set_has(made_dup, "戊己", 6) == 0);
    CHECK(set_has(tally_subject_stops, "实现", 6) == 1 && set_has(tally_subject_stops, "实", 3) == 0);

    /* random strings of list words, their pieces, ASCII, NUL and stray bytes */
    unsigned seed = 777;
    char buf[256];
    for (int round = 0; round < 600; round++) {
        size_t n = 0;
        while (n < 160) {
            seed = seed * 1103515245u + 12345u;
            unsigned pick = (seed >> 16) % 10;
            if (pick < 6) {
                const char *const *l = rule_lists[(seed >> 4) % (sizeof rule_lists / sizeof *rule_lists)];
                size_t m = 0;
                while (l[m])
                    m++;
                if (!m)
                    continue;
                const char *w = l[(seed >> 8) % m];
                size_t wl = strlen(w);
                if (pick == 5 && wl > 1)
                    wl = 1 + (seed >> 20) % (wl - 1);
                if (n + wl > sizeof buf)
                    break;
                memcpy(buf + n, w, wl);
                n += wl;
            } else if (pick < 8) {
                buf[n++] = (char)('a' + (seed >> 20) % 4);
            } else if (pick < 9) {
                buf[n++] = 0;
            } else {
                buf[n++] = (char)(0x80 + (seed >> 20) % 0x80);
            }
        }
        check_all_lists(buf, n);
    }

    /* every report at hand */
    check_each_text("corpus/sample", check_file);
    check_each_text("tests/gold/realtext/text", check_file);
    check_each_text("tests/gold/realtext_figures/text", check_file);
    check_each_text("tests/gold/heldout/text", check_file);
    char seeds[1024];
    snprintf(seeds, sizeof seeds, "%s/corpus/seeds", check_shared());
    check_each_text(seeds, check_file);
    fprintf(stderr, "%zu spans, %zu in a list\n", spans, hits);
    CHECK(differ == 0);
    CHECK(spans > 1000000 && hits > 10000);

    /* a full table leaves the lists to be read in turn */
    enum { MANY = 1100 };
    static const char *many[MANY][2];
    size_t none = 0, bad = 0;
    for (size_t k = 0; k < MANY; k++) {
        many[k][0] = "x";
        const tally_word_set *s = tally_word_set_of(many[k]);
        none += s == NULL;
        bad += s && s->list != many[k];
    }
    CHECK(none > 0 && bad == 0);
    CHECK(set_has(many[MANY - 1], "x", 1) == 1 && set_has(many[MANY - 1], "y", 1) == 0);
    CHECK(tally_word_set_of(tally_subject_stops) != NULL); /* made before: still found */
    return check_summary();
}
