/* A trie over the bytes of a set of strings, for scanners that must find
 * every listed string starting at each position of a text in one pass
 * (exclusion literals, place names) instead of one search per string.
 * Strings are added with an id; a node reached by the walk lists the ids
 * of the strings that end there, in the order they were added. */
#ifndef TALLY_BYTE_TRIE_H
#define TALLY_BYTE_TRIE_H

#include <stddef.h>
#include <stdint.h>

typedef struct tally_trie_node {
    uint32_t child;   /* first child, 0 for none */
    uint32_t sibling; /* next child of the same parent, 0 for none */
    uint32_t term;    /* 1 + first of the strings ending here in terms, 0 for none */
    uint32_t dense;   /* 1 + its table of children by byte in dense, 0 for none */
    uint16_t n_children;
    unsigned char byte;
} tally_trie_node;

typedef struct tally_trie_term {
    uint32_t id;
    uint32_t len;
    uint32_t next; /* 1 + the next string ending at the same node, 0 for none */
} tally_trie_term;

typedef struct tally_byte_trie {
    tally_trie_node *nodes; /* nodes[0] is the root */
    size_t n_nodes, cap_nodes;
    uint32_t root[256]; /* the root's children by byte */
    /* nodes with many children (the second bytes of CJK characters under
     * a lead byte) keep a table of 256 children: a list would be walked */
    uint32_t *dense;
    size_t n_dense, cap_dense;
    tally_trie_term *terms;
    size_t n_terms, cap_terms;
} tally_byte_trie;

/* Adds s (len > 0 bytes) with id. 0, or -1 out of memory (the trie then
 * holds a prefix path of s, which ends no string: harmless). */
int tally_byte_trie_add(tally_byte_trie *t, const char *s, size_t len, uint32_t id);
void tally_byte_trie_free(tally_byte_trie *t);

/* The child of node by byte b (node 0 is the root), 0 for none. */
static inline uint32_t tally_byte_trie_step(const tally_byte_trie *t, uint32_t node,
                                            unsigned char b)
{
    if (node == 0)
        return t->n_nodes ? t->root[b] : 0;
    if (t->nodes[node].dense)
        return t->dense[(size_t)(t->nodes[node].dense - 1) * 256 + b];
    uint32_t c = t->nodes[node].child;
    while (c && t->nodes[c].byte != b)
        c = t->nodes[c].sibling;
    return c;
}

#endif
