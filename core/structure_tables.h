/* The words that tell page furniture, bylines, turns and places apart: data
 * for structure.c, kept in structure_tables.c where a reader can extend them. */
#ifndef TALLY_STRUCTURE_TABLES_H
#define TALLY_STRUCTURE_TABLES_H

#include "tally/structure.h"

typedef enum cue_place {
    CUE_STARTS,   /* the line starts with the cue */
    CUE_ENDS,     /* the line ends with it */
    CUE_CONTAINS, /* anywhere in the line */
    CUE_EQUALS    /* the line is the cue, give or take a colon */
} cue_place;

/* A line that matches is boilerplate of kind when it is at most max_chars long.
 * A cue that opens a block (tail != 0) also claims the lines after it that look
 * like the block's own (see structure.c: continues_block). */
typedef struct boilerplate_cue {
    const char *cue;
    cue_place place;
    tally_boilerplate_kind kind;
    int max_chars;
    int tail;
} boilerplate_cue;

extern const boilerplate_cue tally_boilerplate_cues[];

/* Words that make a numbered line after 版权声明 part of the notice. */
extern const char *const tally_copyright_words[];
/* Production credits (策划:, 编导:): not authors (measures.md). */
extern const char *const tally_credit_cues[];
/* Bylines: the names after these are authors. Longest first. */
extern const char *const tally_byline_cues[];
/* Byline cues followed by a description, not names: (作者为…局长). */
extern const char *const tally_description_cues[];
/* A byline's word ending in one of these is no name (深圳報道, 张三摄). */
extern const char *const tally_not_names[];
/* Where the page names its source: 来源:青海日报. */
extern const char *const tally_source_cues[];
/* Words after the source that end it: 点击, 作者, 编辑, 时间. */
extern const char *const tally_source_stops[];
/* Photo captions end with these: 供图, 摄. */
extern const char *const tally_caption_ends[];
/* Interviewers' labels: 记者:, 主持人:, and media ending in 网/报. */
extern const char *const tally_interviewer_labels[];
extern const char *const tally_medium_endings[];
/* Labels before a colon that open no turn: 版权声明:, 编者按:. */
extern const char *const tally_not_speakers[];
/* Words marking a trailing title segment as a site's name: -新華網. */
extern const char *const tally_site_words[];

/* A place a report may be about: its name as written without 省/市 (NULL when
 * the short name is an ordinary word: 安康, 白银) and its full Simplified name. */
typedef struct tally_place {
    const char *name;
    const char *full;
} tally_place;

extern const tally_place tally_places[]; /* provinces first, then cities */
/* The full name of the listed place named (Simplified) by its short or full
 * name (湖南 → 湖南省), or NULL. */
const char *tally_place_full_name(const char *simplified);

/* Words by which a text names its own region without naming it (本澳, 全港,
 * 港产品) or an authority only that region has (统计暨普查局, 主计总处): each
 * is a vote for `full`, as strong as a mention in the title. Simplified. */
typedef struct tally_self_region_word {
    const char *word;
    const char *full;
} tally_self_region_word;
extern const tally_self_region_word tally_self_region_words[];
/* Authorities only one region names so in Traditional characters (經濟部:
 * Taiwan's; a Simplified text's 经济部 may be Germany's): votes as self words,
 * in a text written in Traditional characters only. Simplified. */
extern const tally_self_region_word tally_traditional_self_words[];

/* Cues before a place that make it an origin, destination or partner, not
 * the text's own region (来自香港, 输往美国, 赴澳门). Simplified. */
extern const char *const tally_region_elsewhere_cues[];
/* Nouns after a place that make it an origin (香港旅客, 内地游客). */
extern const char *const tally_region_origin_nouns[];
/* The end of a company's name (股份有限公司): a place that opens it names no region. */
extern const char *const tally_region_company_endings[];

/* County-level names (五莲县, 天祝藏族自治县, 浦东新区, 义乌市, 科尔沁右翼中旗) are
 * too many for tally_places: a place word of the lexicon (jieba's ns) of three
 * or more characters ending in one of these is one, unless it ends in a
 * tally_not_county_endings word (华东地区, 景区). Simplified. */
extern const char *const tally_county_suffixes[];
extern const char *const tally_not_county_endings[];

/* Words by which a report speaks of its own region by its level (全县, 我市,
 * 全省): each mention is a vote for the places whose full name ends in
 * `suffix`, so a county's report that names its city once is the county's,
 * and a city named only by an ambiguous short name (大同 of 大同市) is voted
 * for by its bare name when the text speaks of 全市. Simplified. */
typedef struct tally_level_word {
    const char *word;
    const char *suffix;
} tally_level_word;
extern const tally_level_word tally_level_words[];

/* Words by which a text speaks of the country as its own (我国): a vote for
 * no region, as strong as a self word; the country beats a place that only
 * a dateline names (新华社北京…电 商务部…我国进出口). Simplified. */
extern const char *const tally_country_self_words[];

#endif
