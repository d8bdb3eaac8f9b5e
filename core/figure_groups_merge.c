/* The aggregate of the figure groups (tally/figure_groups.h), on the
 * script's thread: each document's entries merged into groups, rows and
 * their occurrences, keeping every report that gives a value. */
#include "figure_groups_internal.h"
#include "array_grow.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- the aggregate (on the script's thread) ---- */

struct tally_figure_groups {
    tally_group_rule rule;
    size_t n_gf, n_vf;
    arena a;
    str_map groups;   /* group key -> group */
    str_map bys;      /* group + by value -> seen */
    str_map variants; /* group + row key -> variant */
    tally_value *gfields;
    size_t *gn;
    size_t n_groups, cap_groups, cap_gn;
    tally_value *vfields;
    size_t *vgroup;
    size_t n_variants, cap_variants, cap_vgroup;
    size_t *occ_v, *occ_d;
    size_t n_occ, cap_occ_v, cap_occ_d;
    char **docs;
    size_t n_docs, cap_docs;
    tally_buf scratch;
};

tally_figure_groups *tally_figure_groups_new(tally_group_rule rule)
{
    tally_figure_groups *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->rule = rule;
    g->n_gf = rule == TALLY_GROUP_LINE_UP ? TALLY_LINE_UP_GROUP_FIELDS : 0;
    g->n_vf = rule == TALLY_GROUP_LINE_UP ? TALLY_LINE_UP_ROW_FIELDS : TALLY_CLAIMS_ROW_FIELDS;
    return g;
}

void tally_figure_groups_free(tally_figure_groups *g)
{
    if (!g)
        return;
    fg_arena_free(&g->a);
    free(g->groups.slots);
    free(g->bys.slots);
    free(g->variants.slots);
    free(g->gfields);
    free(g->gn);
    free(g->vfields);
    free(g->vgroup);
    free(g->occ_v);
    free(g->occ_d);
    free(g->docs);
    tally_buf_free(&g->scratch);
    free(g);
}

/* The value with its string copied into the aggregate. */
static int keep_value(tally_figure_groups *g, const tally_value *v, tally_value *out)
{
    *out = *v;
    if (v->type == TALLY_VALUE_STRING) {
        char *c = fg_arena_copy(&g->a, v->s, v->len);
        if (!c)
            return -1;
        out->s = c;
    }
    return 0;
}

/* Finds or adds the key (prefixed with the group's number when group is
 * not SIZE_MAX) in map; *added says whether it is new, *idx is its value
 * (next when new). */
static int find_or_add(tally_figure_groups *g, str_map *map, size_t group, const tally_value *key,
                       size_t next, size_t *idx, int *added)
{
    tally_buf *b = &g->scratch;
    b->n = 0;
    if (group != SIZE_MAX)
        tally_buf_add(b, (const char *)&group, sizeof group);
    tally_buf_add(b, key->s ? key->s : "", key->len);
    if (b->failed)
        return -1;
    const char *k = b->p ? b->p : "";
    uint64_t h = fg_hash_bytes(k, b->n);
    *added = 0;
    if (fg_map_get(map, k, b->n, h, idx))
        return 0;
    char *c = fg_arena_copy(&g->a, k, b->n);
    if (!c || fg_map_put(map, c, b->n, h, next) < 0)
        return -1;
    *idx = next;
    *added = 1;
    return 0;
}

int tally_figure_groups_add(tally_figure_groups *g, const char *doc, const char *entries,
                            size_t len, tally_error *err)
{
    const char *p = entries, *end = entries + len;
    size_t doc_index = SIZE_MAX;
    tally_value gf[TALLY_LINE_UP_GROUP_FIELDS], vf[TALLY_LINE_UP_ROW_FIELDS];
    while (p < end) {
        tally_value key, vkey, by;
        if (fg_get_value(&p, end, &key) < 0 || fg_get_value(&p, end, &vkey) < 0 ||
            fg_get_value(&p, end, &by) < 0 || key.type != TALLY_VALUE_STRING ||
            vkey.type != TALLY_VALUE_STRING)
            goto bad;
        for (size_t i = 0; i < g->n_gf; i++)
            if (fg_get_value(&p, end, &gf[i]) < 0)
                goto bad;
        for (size_t i = 0; i < g->n_vf; i++)
            if (fg_get_value(&p, end, &vf[i]) < 0)
                goto bad;
        if (doc_index == SIZE_MAX) {
            char *name = fg_arena_copy(&g->a, doc, strlen(doc));
            if (!name ||
                tally_grow((void **)&g->docs, &g->cap_docs, g->n_docs, sizeof *g->docs) < 0)
                goto oom;
            doc_index = g->n_docs;
            g->docs[g->n_docs++] = name;
        }
        size_t gi, vi;
        int added;
        if (find_or_add(g, &g->groups, SIZE_MAX, &key, g->n_groups, &gi, &added) < 0)
            goto oom;
        if (added) {
            if (tally_grow((void **)&g->gn, &g->cap_gn, g->n_groups, sizeof *g->gn) < 0 ||
                (g->n_gf && tally_grow((void **)&g->gfields, &g->cap_groups, g->n_groups,
                                 g->n_gf * sizeof *g->gfields) < 0))
                goto oom;
            for (size_t i = 0; i < g->n_gf; i++)
                if (keep_value(g, &gf[i], &g->gfields[g->n_groups * g->n_gf + i]) < 0)
                    goto oom;
            g->gn[g->n_groups++] = 0;
        }
        if (by.type == TALLY_VALUE_STRING) {
            size_t unused;
            if (find_or_add(g, &g->bys, gi, &by, 1, &unused, &added) < 0)
                goto oom;
            if (added)
                g->gn[gi]++;
        }
        if (find_or_add(g, &g->variants, gi, &vkey, g->n_variants, &vi, &added) < 0)
            goto oom;
        if (added) {
            if (tally_grow((void **)&g->vgroup, &g->cap_vgroup, g->n_variants,
                           sizeof *g->vgroup) < 0 ||
                tally_grow((void **)&g->vfields, &g->cap_variants, g->n_variants,
                     g->n_vf * sizeof *g->vfields) < 0)
                goto oom;
            for (size_t i = 0; i < g->n_vf; i++)
                if (keep_value(g, &vf[i], &g->vfields[g->n_variants * g->n_vf + i]) < 0)
                    goto oom;
            g->vgroup[g->n_variants++] = gi;
        }
        if (tally_grow((void **)&g->occ_v, &g->cap_occ_v, g->n_occ, sizeof *g->occ_v) < 0 ||
            tally_grow((void **)&g->occ_d, &g->cap_occ_d, g->n_occ, sizeof *g->occ_d) < 0)
            goto oom;
        g->occ_v[g->n_occ] = vi;
        g->occ_d[g->n_occ] = doc_index;
        g->n_occ++;
    }
    return 0;
bad:
    tally_error_set(err, "%s: figure groups: malformed entries", doc);
    return -1;
oom:
    tally_error_set(err, "out of memory");
    return -1;
}

size_t tally_figure_groups_count(const tally_figure_groups *g)
{
    return g->n_groups;
}

const tally_value *tally_figure_groups_group(const tally_figure_groups *g, size_t i, size_t *n_by)
{
    *n_by = g->gn[i];
    return g->n_gf ? g->gfields + i * g->n_gf : NULL;
}

size_t tally_figure_groups_variants(const tally_figure_groups *g)
{
    return g->n_variants;
}

const tally_value *tally_figure_groups_variant(const tally_figure_groups *g, size_t i,
                                               size_t *group)
{
    *group = g->vgroup[i];
    return g->vfields + i * g->n_vf;
}

size_t tally_figure_groups_occurrences(const tally_figure_groups *g)
{
    return g->n_occ;
}

void tally_figure_groups_occurrence(const tally_figure_groups *g, size_t i, size_t *variant,
                                    const char **doc)
{
    *variant = g->occ_v[i];
    *doc = g->docs[g->occ_d[i]];
}
