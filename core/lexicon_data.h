/* The word lexicon's tables, generated at build time by tools/gen_lexicon.py
 * from jieba's dictionary (lexicon_data.c in the build tree): a character
 * trie, numbered breadth first (the generator's docstring has the layout).
 * Node x's children are nodes tally_lex_first[x] .. tally_lex_first[x+1]-1,
 * sorted by tally_lex_label (a character id); node c for 1 <= c <=
 * tally_lex_root_count is the word-initial character of id c. */
#ifndef TALLY_LEXICON_DATA_H
#define TALLY_LEXICON_DATA_H

#define TALLY_LEX_NO_TAG 255

extern const unsigned tally_lex_count;      /* words */
extern const unsigned tally_lex_node_count;
extern const unsigned tally_lex_root_count; /* characters that begin a word */
extern const unsigned tally_lex_tag_count;
extern const char *const tally_lex_tag_names[]; /* jieba's tags: n, v, vn, ns, ... */
extern const unsigned short tally_lex_unknown_cost; /* a character the lexicon lacks */
extern const unsigned short tally_lex_char_pages[]; /* cp >> 8 -> page of tally_lex_char_ids */
extern const unsigned short tally_lex_char_ids[];   /* page * 256 + (cp & 255) -> id, 0: none */
extern const unsigned tally_lex_first[];            /* tally_lex_node_count + 1 */
extern const unsigned short tally_lex_label[];      /* the character id leading to a node */
extern const unsigned short tally_lex_cost[];       /* -ln(freq / total), 1/64 units */
extern const unsigned char tally_lex_tag[];         /* the tag of the word ending here, or NO_TAG */

#endif
