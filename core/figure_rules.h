/* The inside of tally_figure_rules, shared by the table builder, the figure
 * scanner and the time-expression scanner. Every word is stored folded to
 * Simplified characters, as the scanners read folded text. */
#ifndef TALLY_FIGURE_RULES_H
#define TALLY_FIGURE_RULES_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "regex_first.h"
#include "tally/figures.h"

typedef struct unit_rule {
    char *word;
    size_t wlen;
    char unit[TALLY_UNIT_MAX];
    tally_figure_kind kind;
    double scale;
    unsigned flags;
} unit_rule;

typedef struct qualifier_rule {
    char *word;
    size_t wlen;
    tally_approx approx;
    int before;
    int in_text;
} qualifier_rule;

typedef struct trend_rule {
    char *word;
    size_t wlen;
    int sign;
    int base;
} trend_rule;

typedef struct exclusion_rule {
    char *pattern;          /* folded */
    pcre2_code *re;         /* NULL for a literal rule; anchored when first is set */
    tally_first_set *first; /* where a match can begin, or NULL: run everywhere */
    int literal;            /* its alternatives are in the literal trie */
    /* for an anchored rule: what a match needs at its position (regex_first.h),
     * or NULL; jit: re is JIT-compiled, so pcre2_jit_match may run it */
    tally_regex_reach *reach;
    int jit;
} exclusion_rule;

#define RULE_VEC(T) \
    struct {        \
        T *v;       \
        size_t n;   \
        size_t cap; \
    }

struct tally_figure_rules {
    RULE_VEC(unit_rule) units;
    /* the units by a hash of their first character (figure_tables.c): 1 +
     * the first unit, 1 + the last, and for each unit 1 + the next in its
     * bucket (0: none), in order */
    uint32_t unit_first[256], unit_last[256];
    uint32_t *unit_next;
    size_t unit_next_cap;
    /* the prefix units (currencies before a number: $, 港币) by their first
     * byte, chained the same way in order, so a number's reader tries only
     * those that can start where it stands */
    uint32_t prefix_first[256], prefix_last[256];
    uint32_t *prefix_next;
    size_t prefix_next_cap;
    RULE_VEC(qualifier_rule) qualifiers;
    RULE_VEC(trend_rule) trends;
    struct trend_index *trend_index; /* the trend words in tries (trend_index.c) */
    RULE_VEC(exclusion_rule) exclusions;
    struct exclusion_index *exclusion_index; /* the one-pass matcher (figure_exclusions.c) */
    pcre2_code *time_re;        /* time atoms, see dates.c; anchored when time_first is set */
    tally_first_set *time_first; /* where a time atom can begin, or NULL */
    /* limits for every match (tally/regex.h), so a pattern added from Lua
     * that backtracks without end fails instead of hanging; only read while
     * matching, so threads may share it */
    pcre2_match_context *mctx;
    /* code points (BMP) that may open a figure: numerals, the first
     * characters of qualifiers before a number, of currency prefixes, ... */
    unsigned char starters[0x10000 / 8];
};

/* Whether a figure may start with code point c. */
static inline int tally_rules_starter(const tally_figure_rules *r, uint32_t c)
{
    return c > 0xFFFF || (r->starters[c >> 3] >> (c & 7)) & 1;
}

/* Word lists the scanner consults; each ends with NULL. Kept with the other
 * tables in figure_tables.c. */
extern const char *const tally_comparatives[]; /* 高于, 低于: a trend word with its object between */
extern const char *const tally_rank_verbs[];    /* 位居, 居, 位列 ... */
extern const char *const tally_rank_scopes[];   /* 全国, 西北 ... (a rank without verb) */
extern const char *const tally_rank_words[];    /* 首位, 榜首: rank 1 without a numeral */
extern const char *const tally_rank_run_joins[]; /* 、: 第3、…第4 after one verb */
extern const char *const tally_anaphora[];      /* 这, 该, 上述: a count that points back */
extern const char *const tally_vague_prefixes[];/* 数, 几: 数十个 has no definite value */
extern const char *const tally_vague_prefix_places[]; /* 十 百 千 万 亿 after 数/几 */
extern const char *const tally_duration_measure_nouns[];  /* 工时, 留宿时间: a measured length */
extern const char *const tally_measured_duration_units[]; /* 小时 分钟 晚 after one of them */
extern const char *const tally_range_marks[];   /* -, —, 至, 到 */
extern const char *const tally_ratio_marks[];   /* :, ： */
extern const char *const tally_restated_joins[];  /* 和, 及: 县、乡和村三级 */
extern const char *const tally_restated_breaks[]; /* 等: 华为、中兴等三家 counts */
extern const char *const tally_unit_list_joins[]; /* 、, 及: 1.9、0.9个百分点 share the unit */
extern const char *const tally_unit_before_copulas[]; /* 为, ：: 访客人次为359 500 */
extern const char *const tally_unit_before_endings[]; /* 数, 量: 人数：1 234 */
extern const char *const tally_fraction_marks[];/* 百分之 (1), 千分之 (0.1), 万分之 (0.01) */
extern const char *const tally_fraction_bare_marks[]; /* 分: 三分一 */
extern const char *const tally_unit_denied_words[];   /* 市民: 百万市民 has no unit 市 */
extern const double tally_fraction_divisors[]; /* 百分之 1, 千分之 10, 万分之 100 */
extern const char *const tally_fraction_bare_digits[]; /* 百分八: digits after 百分 */
extern const char *const tally_place_qualifiers[]; /* 过 before 万, 百: over */
extern const char *const tally_place_words[];      /* 百 千 万 亿 */
extern const char *const tally_place_class_qualifiers[]; /* 超: 超亿元项目 names a class */
extern const char *const tally_place_qualifier_words[]; /* 通过, 不过: 过 ends a word */
extern const char *const tally_latin_stat_nouns[];     /* GDP, CPI: digits after are a value */
extern const char *const tally_subject_stops[]; /* verbs and particles that end a subject */
extern const char *const tally_subject_suffixes[]; /* 额, 比: a stop word before them is no cut */
extern const char *const tally_verbal_nouns[];     /* 服务: kept inside a noun after a count */
extern const char *const tally_fixed_nouns[];      /* 以旧换新: named whole */
extern const char *const tally_article_verbs[];    /* 作为: 一个 after them is an article */
/* The subject stage's words (figure_subject_tables.c). */
extern const char *const tally_subject_nonheads[]; /* nouns that name no measured thing: 其中 */
extern const char *const tally_subject_nouns[];    /* words read as nouns whatever their tag: 占比 */
extern const char *const tally_subject_predicate_words[]; /* 贡献, 居首: never a subject */
extern const char *const tally_contribution_verbs[];      /* 贡献: A贡献B增长x measures A */
extern const char *const tally_origin_nouns[];            /* 旅客: 香港旅客 is an origin */
extern const char *const tally_comparison_marks[]; /* 比, 较: a noun after them is compared with */
extern const char *const tally_subject_joins[];    /* 和, 与, 及: members of a listed subject */
extern const char *const tally_subject_inner_locatives[]; /* 以上 in 规模以上工业 */
extern const char *const tally_subject_partner_marks[];   /* 对 in 对东盟进出口 */
extern const char *const tally_region_words[];     /* 全省, 全市, 我省: the document's region */
extern const char *const tally_respectively_words[]; /* 分别: a list of subjects, one per figure */
extern const char *const tally_share_verbs[];      /* 占: A占B的x% measures A */
extern const char *const tally_subject_hedges[];   /* 实现, 力争: dropped from subject_key */
extern const char *const tally_subject_synonyms[][2]; /* {canonical, form}, ends {NULL, NULL} */
extern const char *const tally_target_words[];     /* 目标, 预期, 力争, 确保 */
extern const char *const tally_forecast_words[];   /* 预计 */
extern const char *const tally_plan_words[];       /* 计划, 拟, 将 */
extern const char *const tally_plan_part_target_words[];
extern const char *const tally_status_list_cues[];  /* 下一步, 下阶段: a line announcing aims */
extern const char *const tally_status_past_marks[]; /* 以来, 已: 今年 looking back */
extern const char *const tally_status_clause_only_words[]; /* 将: a cue in its own clause only */
extern const char *const tally_status_done_marks[]; /* 已, 了: a clause stating an outcome */
extern const char *const tally_status_compared_marks[]; /* 比, 较: 比原预测 is no cue */
extern const char *const tally_status_compared_after[]; /* 的: 8月预测的2.91% */
extern const char *const tally_status_nominal_cues[];   /* 计划, 目标 ending a clause: nouns */
extern const char *const tally_status_estimate_words[]; /* 估计: after 临时, an outcome's estimate */
extern const char *const tally_status_estimate_leads[]; /* 临时, 初步 */
extern const char *const tally_status_reached_verbs[];  /* 完成目标: a goal reached, no cue */
extern const char *const tally_status_beyond_marks[];   /* 超, 好于: 超预期 is an outcome */
extern const char *const tally_status_threshold_verbs[]; /* 破: 确定破六千亿, a forecast */
extern const char *const tally_status_certain_words[];   /* 确定, 将 before such a verb */
extern const char *const tally_list_item_marks[];   /* 是, 、: after 一 in a list item's mark */ /* 要, 左右 in a plan part */
extern const char *const tally_plan_part_cues[];   /* headings that open a plan part */
extern const char *const tally_review_part_cues[]; /* headings that open a review part */
extern const char *const tally_country_words[];    /* 全国: the country */
extern const char *const tally_region_country_names[]; /* 中国, 大陆: the country, no region */
extern const char *const tally_region_world_words[];   /* 全球: the world, no region */
extern const char *const tally_region_partner_leads[]; /* 来自, 自: a partner follows */
extern const char *const tally_region_source_nouns[];  /* 订单: a partner before */
extern const char *const tally_region_where_nouns[];   /* 境内: 在乌兰察布市境内销售 is where, not whose */
extern const char *const tally_region_foreign_names[];  /* 美国, 东协: a country's own figure */
extern const char *const tally_region_foreign_aliases[]; /* 南韩, 韩国: pairs, name then full */
extern const char *const tally_region_foreign_partner_nouns[]; /* 美国市场: a partner */
extern const char *const tally_region_self_country_docs[]; /* 台湾省: its 国内 is its own */
extern const char *const tally_region_roc_self_words[]; /* 我国 of a 民国-dated text */
extern const char *const tally_subject_inner_words[]; /* 合共: inside a subject */
extern const char *const tally_subject_report_nouns[]; /* 预测, 初步统计: a statistic's name, not its subject */
extern const char *const tally_subject_verb_heads[]; /* 面积, 业: 种植面积, 承包业 keep their verb */
extern const char *const tally_subject_means_marks[]; /* 按, 根据: the phrase after them is a means */
extern const char *const tally_subject_place_units[]; /* 市, 省: 16市 counts 市 */
extern const char *const tally_subject_frame_verbs[]; /* 看, 来看: 分季度看 goes on with the subject before */
extern const char *const tally_subject_frame_marks[]; /* 分, 从: they open such a frame */
/* Fourth round of subjects (docs/figures.md, "Fourth round: subjects"). */
extern const char *const tally_subject_each_words[]; /* 各: a list's figures one each, like 分别 */
extern const char *const tally_subject_condition_leads[]; /* 经, 经过: 经…后 is a condition */
extern const char *const tally_subject_condition_ends[];  /* 后, 之后 */
extern const char *const tally_subject_speaker_verbs[];   /* 表示, 介绍: the opening noun is a speaker */
extern const char *const tally_subject_frame_nouns[];     /* 基础: x%的基础上 is a frame */
extern const char *const tally_subject_bare_measures[];   /* 收入, 增加值: A完成收入x */
extern const char *const tally_subject_achieve_verbs[];   /* 实现, 完成 */
extern const char *const tally_subject_contribution_heads[]; /* 贡献率: X对Y的贡献率 */
extern const char *const tally_subject_rank_nouns[];      /* 排名: X全省排名第N位 ranks X */
extern const char *const tally_subject_determiners[];     /* 其他: 其他访客 is a phrase */
extern const char *const tally_subject_rate_adverbs[];    /* 年均: 年均增速 is a phrase */
extern const char *const tally_zone_words[];      /* 自贸试验区: a zone of a place */
extern const char *const tally_nonregion_places[];
extern const char *const tally_region_short_names[]; /* 湖南, 深圳: regions without 省/市 */ /* 城镇, 海外: places that are no region */
extern const char *const tally_time_patterns[]; /* PCRE2 alternatives for time atoms */
extern const char *const tally_period_time_patterns[]; /* more, tried after those: “十二五” */
/* Register of change (issue 14): nouns that name a rate of change (增速,
 * 升幅, 跌幅 with its sign), nouns that name a level (比重, 失业率), words
 * that may stand between 的 and a trend word after the number (实质 in
 * 2.1%的实质增长), and endings that make a trend word a noun (增加值). */
typedef struct rate_noun {
    const char *word;
    int sign; /* +1, or -1 for a rate of fall (跌幅, 降幅) */
} rate_noun;
extern const rate_noun tally_rate_nouns[];
extern const char *const tally_level_nouns[];
extern const char *const tally_growth_aggregates[]; /* GDP, 经济: revised to x% is growth */
extern const char *const tally_revision_verbs[];    /* 上修, 下调 */
extern const char *const tally_level_marks[];       /* 至, 到, 为: the level reached */
extern const char *const tally_change_level_marks[]; /* 为: 下降为4.40% is a level */
extern const char *const tally_trend_after_modifiers[];
extern const char *const tally_trend_noun_endings[];
extern const char *const tally_rate_noun_followers[]; /* 的, 是: 6.9%的经济增速，… */
/* 比全省(7.7%): marks of a comparison whose compared value stands in brackets */
extern const char *const tally_bracket_compared_marks[];
/* Names that hold numbers (figure_name.c): programme nouns right after N大
 * (十大工程 unquoted is a name), branding verbs and the role nouns they
 * build (打造两个…中心), and the words that open a list after a count. */
extern const char *const tally_programme_nouns[];
extern const char *const tally_plan_document_nouns[];
extern const char *const tally_branding_verbs[];
extern const char *const tally_branding_nouns[];
extern const char *const tally_list_openers[];
extern const char *const tally_region_groups[];      /* 东北, 长三角: 东北三省 is a name */
extern const char *const tally_region_group_units[]; /* 省, 市, 国 after them */
extern const char *const tally_restated_figure_nouns[]; /* 指标: 两项指标均 restates */
extern const char *const tally_restated_all_words[];    /* 均, 都 */
extern const char *const tally_restating_words[];    /* 上述: a count after them restates */
/* Measure words of the lexicon that make no unit (些, 系列, 番, 公元) */
extern const char *const tally_measure_denied[];
extern const char *const tally_numeral_classifiers[];
/* Units after which 多 and 余 still qualify the number: 五成多, 一倍多 */
extern const char *const tally_units_with_inner_qualifier[];
extern const char *const tally_units_with_tenths[];  /* 成: 八成五, 一成半 */
extern const char *const tally_units_of_discount[];  /* 折: 七折, 五五折 */
extern const char *const tally_units_with_half[];    /* 倍: 一倍半 */
extern const char *const tally_index_point_words[]; /* 点: 跌312点 */
extern const char *const tally_index_point_stops[];
extern const char *const tally_score_point_words[];    /* 分: 分数增加至38分 */
extern const char *const tally_score_nouns[];          /* 分数, 得分 */
extern const char *const tally_score_point_followers[]; /* 以上, 的: 85分以上 */ /* 钟, 半: 12点钟 is the clock */
extern const char *const tally_nonperiod_words[];
extern const char *const tally_period_base_leads[];   /* 与, 同: 与上年相比 */
extern const char *const tally_period_base_closers[]; /* 相比, 比较 */
extern const char *const tally_period_base_marks[];   /* 历年: 历年同期 is a base */
extern const char *const tally_period_base_sames[];   /* 同期, 同月: 与上年同月比较 */
extern const char *const tally_period_record_frames[]; /* 单月: 以来单月最高 */
extern const char *const tally_period_record_words[];  /* 最高, 新低: a record's span */
extern const char *const tally_period_means_leads[];   /* 按, 据: 按2018年平均汇率 */
extern const char *const tally_period_months_to_links[]; /* 的, 为止的: 11月底的三个月 */
extern const char *const tally_period_joins[];        /* 及, 和: 1月及2月 is one period */
extern const char *const tally_period_base_same_leads[]; /* 对 in 对上年同季 */
extern const char *const tally_period_prior_marks[];     /* 先 in 与先前三个月比较 */
extern const char *const tally_period_stock_words[];    /* 余额: a 截至 month keys as the month */
extern const char *const tally_period_estimate_nouns[];  /* 概估数: 7月概估数 dates an estimate */
extern const char *const tally_period_estimate_verbs[];  /* 预测 in 八月预测的2.47%: a compared estimate */
extern const char *const tally_period_compared_time_leads[];  /* 较 in 较去年2.19% */
extern const char *const tally_period_compared_links[];       /* 的, 之 in 较上月之5.23% */
extern const char *const tally_period_compared_value_words[]; /* 衰退 in 由去年的衰退9% */
extern const char *const tally_period_carry_words[];  /* 其中, 月内: the period before */
extern const char *const tally_period_compare_leads[]; /* 比, 较: 较104年 is a base */
extern const char *const tally_period_compare_adjectives[]; /* 高 in 高于一季度 */

/* A rule pattern compiled as the scanners run it (UTF, UCP, JIT unless
 * TALLY_REGEX_JIT=0), with extra compile options. */
pcre2_code *tally_rules_compile(const char *pattern, uint32_t options, tally_error *err);
/* Sets mask[i] = 1 for every byte of folded text ft that an exclusion pattern's
 * match covers (figure_exclusions.c). Returns 0, or -1 out of memory. */
int tally_exclusions_mask(const tally_figure_rules *r, const char *ft, size_t len,
                          unsigned char *mask);
void tally_figure_rules_free_exclusions(tally_figure_rules *r);
/* Builds r->time_re from tally_time_patterns (dates.c). */
int tally_time_rules_build(tally_figure_rules *r, tally_error *err);

/* tally_dates_find on text already folded to Simplified. */
int tally_dates_find_folded(const tally_figure_rules *r, const char *ft, size_t len,
                            tally_date **out, size_t *n, tally_error *err);

/* The unit word at text[i] (longest match), or NULL. */
const unit_rule *tally_rules_unit_at(const tally_figure_rules *r, const char *text, size_t len,
                                     size_t i);
/* The first listed word at text[i]; its length in *wlen. */
const char *tally_word_at(const char *const *words, const char *text, size_t len, size_t i,
                          size_t *wlen);
/* Whether a listed word stands whole in text[a, b): the answer of asking
 * tally_word_at(words, text, b, i) at every i of [a, b), in one pass. */
int tally_words_in(const char *const *words, const char *text, size_t a, size_t b);
/* The longest listed word ending at text[i]; its length in *wlen. */
const char *tally_word_before(const char *const *words, const char *text, size_t i,
                              size_t *wlen);

#endif
