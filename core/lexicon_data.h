/* The word lexicon's tables, generated at build time by tools/gen_lexicon.py
 * from jieba's dictionary (lexicon_data.c in the build tree). Words are UTF-8,
 * sorted bytewise; word k is tally_lex_pool[tally_lex_offsets[k] ..
 * tally_lex_offsets[k + 1]). */
#ifndef TALLY_LEXICON_DATA_H
#define TALLY_LEXICON_DATA_H

extern const unsigned tally_lex_count;
extern const unsigned tally_lex_tag_count;
extern const char *const tally_lex_tag_names[]; /* jieba's tags: n, v, vn, ns, ... */
extern const char tally_lex_pool[];
extern const unsigned tally_lex_offsets[];      /* tally_lex_count + 1 */
extern const unsigned char tally_lex_tags[];    /* index into tally_lex_tag_names */
extern const unsigned short tally_lex_costs[];  /* -ln(freq / total), 1/64 units */
extern const unsigned short tally_lex_unknown_cost; /* a character the lexicon lacks */

#endif
