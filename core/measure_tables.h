/* Markers and counter words for measures.c, kept in measure_tables.c. */
#ifndef TALLY_MEASURE_TABLES_H
#define TALLY_MEASURE_TABLES_H

#include <stdint.h>

/* Ordinal words and the position they give; 0 means one after the item
 * before (最后). */
typedef struct ordinal_word {
    const char *word;
    int ordinal;
} ordinal_word;
extern const char *const tally_numbered_words[];
extern const ordinal_word tally_ordinal_words[];
extern const char *const tally_ordinal_word_joins[];
extern const char *const tally_ordinal_copulas[];

/* What may follow an ordinal word or a topic frame for it to be a marker. */
extern const char *const tally_marker_separators[];

/* Section numbers: open, numerals, close. rank orders the styles from the
 * outermost (一、) in; styles of one rank form one family. Bracketed numbers
 * may also open a clause after ：or ；(包括：（一）…；（二）…); the others
 * only a paragraph or a sentence. */
typedef enum numerals { NUM_CHINESE, NUM_ARABIC } numerals;
typedef struct section_style {
    const char *open;
    numerals digits;
    const char *close;
    int rank;
    int in_clause;
} section_style;
extern const section_style tally_section_styles[];

/* Nesting order of the content styles, after the sections (see the table). */
extern const int tally_topic_depth, tally_ordinal_depth, tally_shi_depth;

/* Topic blocks: 在 … 方面 / 在 … 上, at most max_chars between. */
typedef struct topic_frame {
    const char *open;
    const char *close;
} topic_frame;
extern const topic_frame tally_topic_frames[];
extern const int tally_topic_max_chars;
/* Words that make a frame no topic: 在此基础上, 在这方面. */
extern const char *const tally_topic_not[];

/* Counters after a number that announce a list (四方面, 十大工程, 八个重点项目):
 * strong ones are preferred to weak ones in an intro. */
extern const char *const tally_strong_counters[];
extern const char *const tally_weak_counters[];
extern const int tally_declared_min, tally_declared_max;
extern const char *const tally_count_not_before[];
extern const char *const tally_count_not_after[];

/* An item whose paragraph is only a headline this short, without a comma,
 * heads the unmarked paragraphs after it (measures.md: text). */
extern const int tally_heading_max_chars;

/* Chinese numeral characters and their values; 十 百 are multipliers. */
typedef struct numeral_char {
    const char *ch;
    int value;
} numeral_char;
extern const numeral_char tally_numeral_chars[];

#endif
