/* The byte trie of byte_trie.h. */
#include "byte_trie.h"
#include "array_grow.h"

#include <stdlib.h>
#include <string.h>

enum { DENSE_AFTER = 8 }; /* children before a node gets a table */

static uint32_t child_made(tally_byte_trie *t, uint32_t node, unsigned char b)
{
    uint32_t c = tally_byte_trie_step(t, node, b);
    if (c)
        return c;
    if (tally_grow((void **)&t->nodes, &t->cap_nodes, t->n_nodes, sizeof *t->nodes) < 0)
        return 0;
    c = (uint32_t)t->n_nodes++;
    t->nodes[c] = (tally_trie_node){0, 0, 0, 0, 0, b};
    if (node == 0) {
        t->root[b] = c;
        return c;
    }
    tally_trie_node *n = &t->nodes[node];
    t->nodes[c].sibling = n->child;
    n->child = c;
    n->n_children++;
    if (n->dense) {
        t->dense[(size_t)(n->dense - 1) * 256 + b] = c;
    } else if (n->n_children > DENSE_AFTER) {
        if (t->n_dense + 256 > t->cap_dense) {
            size_t cap = t->cap_dense ? t->cap_dense * 2 : 1024;
            uint32_t *d = realloc(t->dense, cap * sizeof *d);
            if (!d)
                return c; /* the list still finds every child */
            t->dense = d;
            t->cap_dense = cap;
        }
        uint32_t *row = t->dense + t->n_dense;
        memset(row, 0, 256 * sizeof *row);
        for (uint32_t k = n->child; k; k = t->nodes[k].sibling)
            row[t->nodes[k].byte] = k;
        n->dense = (uint32_t)(t->n_dense / 256) + 1;
        t->n_dense += 256;
    }
    return c;
}

int tally_byte_trie_add(tally_byte_trie *t, const char *s, size_t len, uint32_t id)
{
    if (!t->n_nodes) {
        if (tally_grow((void **)&t->nodes, &t->cap_nodes, 0, sizeof *t->nodes) < 0)
            return -1;
        t->nodes[0] = (tally_trie_node){0, 0, 0, 0, 0, 0};
        t->n_nodes = 1;
    }
    uint32_t node = 0;
    for (size_t i = 0; i < len; i++)
        if (!(node = child_made(t, node, (unsigned char)s[i])))
            return -1;
    if (!node || tally_grow((void **)&t->terms, &t->cap_terms, t->n_terms, sizeof *t->terms) < 0)
        return -1;
    t->terms[t->n_terms] = (tally_trie_term){id, (uint32_t)len, 0};
    uint32_t ref = (uint32_t)++t->n_terms;
    uint32_t *link = &t->nodes[node].term;
    while (*link)
        link = &t->terms[*link - 1].next;
    *link = ref;
    return 0;
}

void tally_byte_trie_free(tally_byte_trie *t)
{
    free(t->nodes);
    free(t->terms);
    free(t->dense);
    t->nodes = NULL;
    t->terms = NULL;
    t->dense = NULL;
    t->n_nodes = t->cap_nodes = t->n_terms = t->cap_terms = t->n_dense = t->cap_dense = 0;
}
