/* The region scan (core/meta.c, st_find_region) finds every place name and
 * self word in one pass over a byte trie; this test keeps the search it
 * replaced (one strstr loop per place, each mention searched for after the
 * end of the last) and checks that both give the same doc.meta.region on
 * made-up texts (names inside names, names that overlap themselves, origins
 * and destinations, self words) and on every report the repository and
 * ../shared hold. */
#include "check.h"
#include "../../core/structure_tables.h"
#include "tally/figures.h"
#include "tally/structure.h"


#define SAMPLE_BYTES ((size_t)128 * 1024)

static int mentions_elsewhere(const char *simp, const char *q, size_t m)
{
    for (size_t c = 0; tally_region_elsewhere_cues[c]; c++) {
        size_t n = strlen(tally_region_elsewhere_cues[c]);
        if ((size_t)(q - simp) >= n && memcmp(q - n, tally_region_elsewhere_cues[c], n) == 0)
            return 1;
    }
    for (size_t c = 0; tally_region_origin_nouns[c]; c++) {
        size_t n = strlen(tally_region_origin_nouns[c]);
        if (strncmp(q + m, tally_region_origin_nouns[c], n) == 0)
            return 1;
    }
    return 0;
}

static size_t place_votes(const char *simp, const tally_place *pl)
{
    const char *name = pl->name ? pl->name : pl->full;
    size_t votes = 0, m = strlen(name);
    for (const char *q = strstr(simp, name); q; q = strstr(q + m, name))
        votes += !mentions_elsewhere(simp, q, m);
    for (size_t w = 0; tally_self_region_words[w].word; w++) {
        if (strcmp(tally_self_region_words[w].full, pl->full) != 0)
            continue;
        size_t n = strlen(tally_self_region_words[w].word);
        for (const char *q = strstr(simp, tally_self_region_words[w].word); q;
             q = strstr(q + n, tally_self_region_words[w].word))
            votes += 3;
    }
    return votes;
}

/* The rules meta.c adds to the mentions (docs/figures.md, "Fourth round"),
 * restated plainly: level words (全市) for a named place of their level, a
 * bare stem (大同) for a place listed without a short name where the text
 * speaks of itself by the level, 民国 dates for Taiwan, 我国 for none. */
static size_t count_of(const char *simp, const char *w)
{
    size_t n = 0, m = strlen(w);
    for (const char *q = strstr(simp, w); q; q = strstr(q + m, w))
        n++;
    return n;
}

static size_t level_of(const char *simp, const char *full)
{
    size_t v = 0, m = strlen(full);
    for (const tally_level_word *w = tally_level_words; w->word; w++) {
        size_t k = strlen(w->suffix);
        if (m > k && strcmp(full + m - k, w->suffix) == 0)
            v += count_of(simp, w->word);
    }
    return v;
}

static size_t kept_of(const char *simp, const char *name, size_t m)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.*s", (int)m, name);
    size_t votes = 0;
    for (const char *q = strstr(simp, buf); q; q = strstr(q + m, buf))
        votes += !mentions_elsewhere(simp, q, m);
    return votes;
}

static size_t all_votes(const char *simp, const tally_place *pl, int minguo, int traditional)
{
    size_t votes = place_votes(simp, pl), m = strlen(pl->full);
    if (!pl->name) {
        size_t level = level_of(simp, pl->full), stem = m >= 9 ? m - 3 : 0;
        votes = kept_of(simp, pl->full, m);
        if (level && stem && kept_of(simp, pl->full, stem) > votes)
            votes = kept_of(simp, pl->full, stem);
        votes = votes ? votes + level : 0;
    } else if (votes) {
        votes += level_of(simp, pl->full);
    }
    if (minguo && strcmp(pl->full, "台湾省") == 0)
        votes += 3;
    for (const tally_self_region_word *h = tally_traditional_self_words; traditional && h->word; h++)
        if (strcmp(h->full, pl->full) == 0)
            votes += 3 * count_of(simp, h->word);
    return votes;
}

static int minguo_of(const char *simp)
{
    for (const char *p = simp; *p; p++) {
        if (strncmp(p, "民国", 6) == 0 && p[6] >= '0' && p[6] <= '9')
            return 1;
        if (p[0] == '1' && p[1] >= '0' && p[1] <= '4' && p[2] >= '0' && p[2] <= '9' &&
            !(p > simp && p[-1] >= '0' && p[-1] <= '9') && strncmp(p + 3, "年", 3) == 0) {
            const char *q = p + 6;
            if ((*q >= '0' && *q <= '9') || strncmp(q, "第", 3) == 0 || strncmp(q, "度", 3) == 0 ||
                *q == '=' || strncmp(q, "＝", 3) == 0)
                return 1;
        }
    }
    return 0;
}

/* The region as the per-place search found it, from the same title and body. */
static const char *reference_region(const tally_structure *s, const char *t)
{
    size_t total = 0, nbody = 0;
    for (; nbody < s->n_body && total < SAMPLE_BYTES; nbody++)
        total += s->body[nbody].stop - s->body[nbody].start + 1;
    size_t tl = s->meta.title ? strlen(s->meta.title) : 0;
    char *all = malloc(total + 3 * (tl + 1) + 1), *w = all;
    for (int r = 0; r < 3 && tl; r++)
        memcpy(w, s->meta.title, tl), w += tl, *w++ = '\n';
    for (size_t i = 0; i < nbody; i++) {
        memcpy(w, t + s->body[i].start, s->body[i].stop - s->body[i].start);
        w += s->body[i].stop - s->body[i].start;
        *w++ = '\n';
    }
    tally_error err;
    char *simp = tally_fold_simplified(all, (size_t)(w - all), &err);
    int traditional = strlen(simp) != (size_t)(w - all) || memcmp(simp, all, (size_t)(w - all)) != 0;
    free(all);
    const tally_place *best = NULL;
    size_t best_votes = 0;
    int minguo = minguo_of(simp);
    for (const tally_place *pl = tally_places; pl->full; pl++) {
        size_t votes = all_votes(simp, pl, minguo, traditional);
        if (votes > best_votes)
            best = pl, best_votes = votes;
    }
    size_t country = 0;
    for (size_t c = 0; tally_country_self_words[c]; c++)
        country += 3 * count_of(simp, tally_country_self_words[c]);
    free(simp);
    if (!minguo && country > best_votes)
        return NULL;
    return best ? best->full : NULL;
}

static size_t checked, with_region;

static void check_text(const char *name, const char *text, size_t len)
{
    tally_error err;
    tally_structure *s = tally_structure_build(text, len, &err);
    CHECK(s != NULL);
    if (!s)
        return;
    const char *want = reference_region(s, text);
    int same = (!want && !s->meta.region) ||
               (want && s->meta.region && strcmp(want, s->meta.region) == 0);
    if (!same)
        fprintf(stderr, "%s: region %s, the per-place search gives %s\n", name,
                s->meta.region ? s->meta.region : "(none)", want ? want : "(none)");
    CHECK(same);
    checked++;
    with_region += want != NULL;
    tally_structure_free(s);
}

int main(void)
{
    const char *made_up[] = {
        "南京市发布\n\n南京市今年地区生产总值增长5%，南京南京南京。\n",
        "吉林省吉林市召开会议\n\n吉林市吉林市吉林，长春市与吉林市。\n",
        "来自香港的旅客\n\n香港旅客增加，赴澳门的人多，本澳经济增长。\n",
        "全港经济\n\n全港全港，统计暨普查局公布，澳门澳门澳门。\n",
        "广东省\n\n深圳市、广州市、深圳市。广东广东。\n",
        "无地名\n\n今年经济增长。\n",
        "大同发展\n\n全市经济增长，大同大同。\n",
        "111年3月统计\n\n营业额增长。\n",
        "新华社北京电\n\n我国进出口增长，我国出口增长。\n",
        "外銷訂單\n\n經濟部今日公布，外銷訂單增長。\n",
        "德国经济\n\n德国经济部公布，经济部表示。\n",
    };
    for (size_t k = 0; k < sizeof made_up / sizeof *made_up; k++)
        check_text("made-up text", made_up[k], strlen(made_up[k]));
    check_each_text("corpus/sample", check_text);
    check_each_text("tests/gold/realtext/text", check_text);
    check_each_text("tests/gold/realtext_figures/text", check_text);
    check_each_text("tests/gold/heldout/text", check_text);
    char seeds[1024];
    snprintf(seeds, sizeof seeds, "%s/corpus/seeds", check_shared());
    check_each_text(seeds, check_text);
    CHECK(checked > 20 && with_region > 10);
    fprintf(stderr, "%zu texts, %zu with a region\n", checked, with_region);
    return check_summary();
}
