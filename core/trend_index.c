/* The trend-word index of trend_index.h. */
#include "trend_index.h"

#include <stdlib.h>
#include <string.h>

#include "byte_trie.h"

struct trend_index {
    tally_byte_trie forward;  /* every trend word */
    tally_byte_trie backward; /* the words that are not bases, bytes reversed */
    int empty;                /* an empty word that is not a base: it ends every word */
};

void tally_trend_index_free(struct trend_index *x)
{
    if (!x)
        return;
    tally_byte_trie_free(&x->forward);
    tally_byte_trie_free(&x->backward);
    free(x);
}

static void drop(tally_figure_rules *r)
{
    tally_trend_index_free(r->trend_index);
    r->trend_index = NULL;
}

void tally_trend_index_add(tally_figure_rules *r, const char *w, size_t wlen, int base)
{
    /* the index is made with the first word; once dropped (or never made)
     * it stays so, since it would lack the words added meanwhile */
    if (r->trends.n == 1 && !r->trend_index)
        r->trend_index = calloc(1, sizeof *r->trend_index);
    struct trend_index *x = r->trend_index;
    if (!x)
        return;
    if (wlen == 0) { /* never the longest at a position; ends any word */
        x->empty |= !base;
        return;
    }
    if (tally_byte_trie_add(&x->forward, w, wlen, 0) < 0)
        goto fail;
    if (!base) {
        char small[64], *rev = wlen <= sizeof small ? small : malloc(wlen);
        if (!rev)
            goto fail;
        for (size_t k = 0; k < wlen; k++)
            rev[k] = w[wlen - 1 - k];
        int rc = tally_byte_trie_add(&x->backward, rev, wlen, 0);
        if (rev != small)
            free(rev);
        if (rc < 0)
            goto fail;
    }
    return;
fail:
    drop(r);
}

size_t tally_trend_longest_at(const tally_figure_rules *r, const char *f, size_t i, size_t end)
{
    const struct trend_index *x = r->trend_index;
    size_t best = 0;
    if (!x) {
        for (size_t k = 0; k < r->trends.n; k++) {
            const trend_rule *t = &r->trends.v[k];
            if (t->wlen > best && t->wlen <= end - i && memcmp(f + i, t->word, t->wlen) == 0)
                best = t->wlen;
        }
        return best;
    }
    uint32_t node = 0;
    for (size_t p = i; p < end; p++) {
        if (!(node = tally_byte_trie_step(&x->forward, node, (unsigned char)f[p])))
            break;
        if (x->forward.nodes[node].term)
            best = p + 1 - i;
    }
    return best;
}

int tally_trend_ends(const tally_figure_rules *r, const char *f, size_t a, size_t b)
{
    const struct trend_index *x = r->trend_index;
    if (!x) {
        for (size_t k = 0; k < r->trends.n; k++) {
            const trend_rule *t = &r->trends.v[k];
            if (!t->base && t->wlen < b - a && memcmp(f + b - t->wlen, t->word, t->wlen) == 0)
                return 1;
        }
        return 0;
    }
    if (x->empty && b > a)
        return 1;
    uint32_t node = 0;
    for (size_t p = b; p > a + 1;) { /* words of at most b - a - 1 bytes */
        if (!(node = tally_byte_trie_step(&x->backward, node, (unsigned char)f[--p])))
            return 0;
        if (x->backward.nodes[node].term)
            return 1;
    }
    return 0;
}
