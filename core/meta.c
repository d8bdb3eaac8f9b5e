/* doc.meta: title, date, source, region, script and lang from the page's
 * own lines and its YAML front matter. */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tally/text.h"
#include "tally/deadline.h"

#include "byte_trie.h"
#include "figure_rules.h" /* tally_region_self_country_docs */
#include "fold_rules.h"
#include "lexicon.h"
#include "structure_parts.h"
#include "tally/figures.h"
#include "structure_tables.h"

/* The title without a site suffix (-新華網河北頻道-新華網), a trailing | or a
 * ——subtitle. */
static char *clean_title(const char *t, size_t a, size_t b)
{
    size_t i;
    for (i = a; i < b; i++)
        if (scan_at(t, i, b, "——")) {
            if (i > a)
                b = i;
            break;
        }
    for (;;) {
        scan_trim(t, &a, &b);
        size_t e = b, k = b;
        UChar32 c = a < b ? scan_prev(t, a, &k) : 0;
        if (c == '|' || c == 0xFF5C) {
            b = k;
            continue;
        }
        /* the last segment after - _ | when it names a site */
        size_t cut = 0;
        for (size_t j = a; j < e;) {
            size_t m = j;
            UChar32 d = scan_next(t, e, &m);
            if (d == '-' || d == '_' || d == '|' || d == 0xFF5C || d == 0x2014)
                cut = j;
            j = m;
        }
        if (cut > a) {
            size_t s0 = cut;
            scan_next(t, e, &s0);
            int site = scan_chars(t, s0, e) <= 20;
            int word = 0;
            for (size_t w = 0; site && tally_site_words[w]; w++)
                word |= scan_contains(t, s0, e, tally_site_words[w]);
            if (site && word) {
                b = cut;
                continue;
            }
        }
        break;
    }
    return a < b ? st_dup(t, a, b) : NULL;
}

char *st_clean_title(const char *t, size_t a, size_t b)
{
    return clean_title(t, a, b);
}

static int is_subtitle(const char *t, size_t a, size_t b)
{
    return scan_at(t, a, b, "——") || scan_at(t, a, b, "--") || scan_at(t, a, b, "—");
}

/* Whether paragraph p is the report's running text: a sentence, not a title
 * or a line of the page's head. */
static int is_running_text(const builder *bd, size_t p)
{
    size_t a = bd->par[p].start, b = bd->par[p].stop;
    return bd->kind[p] == NONE && st_has_terminal(bd->t, a, b) && scan_chars(bd->t, a, b) > 40;
}

/* Whether s opens, after spaces, with a title separator: | ｜ _ - – — · */
static int title_separator_at(const char *t, size_t i, size_t b)
{
    static const char *const seps[] = {"|", "_", "-", "｜", "–", "—", "·", NULL};
    while (i < b && t[i] == ' ')
        i++;
    return scan_any(t, i, b, seps) != NULL;
}

/* A saved page's <title> is its headline and the site after it (…_临川市统计局,
 * … | 財經 | 範例新聞網) and its <h1> the headline alone: a later paragraph
 * of the head that is the picked one up to a separator is the title. */
static long headline_of(const builder *bd, long pick, size_t head)
{
    const char *t = bd->t;
    size_t pa = bd->par[pick].start, pb = bd->par[pick].stop;
    scan_trim(t, &pa, &pb);
    for (size_t q = (size_t)pick + 1; q < head && !is_running_text(bd, q); q++) {
        size_t a = bd->par[q].start, b = bd->par[q].stop;
        scan_trim(t, &a, &b);
        if (b - a >= 9 && b - a < pb - pa && memcmp(t + a, t + pa, b - a) == 0 &&
            title_separator_at(t, pa + (b - a), pb))
            return (long)q;
    }
    return pick;
}

void st_find_title(tally_structure *s, const builder *bd)
{
    const char *t = bd->t;
    size_t head = bd->npar < 25 ? bd->npar : 25;
    long pick = -1;
    /* a title stands before its subtitle or dateline; what stands before a
     * press release's closing date is a closing word (完) or the last
     * sentence of the text (it has a full stop), no
     * title, and the search goes on */
    for (size_t p = 0; p < head && pick < 0; p++) {
        int sub = bd->kind[p] == NONE && is_subtitle(t, bd->par[p].start, bd->par[p].stop);
        int dl = bd->kind[p] == TALLY_BOILERPLATE_DATELINE && bd->dated[p];
        if (!sub && !dl)
            continue;
        long before = -1;
        for (long q = (long)p - 1; q >= 0; q--)
            if (bd->kind[q] == NONE) {
                before = q;
                break;
            }
        if (before < 0)
            break;
        size_t ba = bd->par[before].start, bb = bd->par[before].stop, bn = scan_chars(t, ba, bb);
        if (bn >= 4 && !st_has_terminal(t, ba, bb))
            pick = before;
    }
    if (pick < 0)
        for (size_t p = 0; p < head; p++)
            if (bd->kind[p] == NONE) {
                size_t a = bd->par[p].start, b = bd->par[p].stop;
                if (scan_chars(t, a, b) <= 80 && !st_has_terminal(t, a, b))
                    pick = (long)p;
                break;
            }
    if (pick >= 0) {
        pick = headline_of(bd, pick, head);
        s->meta.title = clean_title(t, bd->par[pick].start, bd->par[pick].stop);
    }
}

/* The source named after a 来源: cue at after, up to a blank, a bar or the
 * next field (作者, 浏览 …). */
static void source_after(tally_structure *s, const char *t, size_t after, size_t b)
{
    size_t e = after;
    while (e < b) {
        UChar32 c = scan_peek(t, b, e);
        if (scan_is_space(c) || c == '|' || c == 0xFF5C || scan_any(t, e, b, tally_source_stops))
            break;
        scan_next(t, b, &e);
    }
    if (e > after)
        s->meta.source = st_dup(t, after, e);
}

/* A page's timestamp in its head when no dateline gave the date: a short line
 * before the running text with a publishing cue before a date (发布日期：
 * 2026-03-18 09:30 来源：… 浏览次数：…), or with a date and a clock time
 * (2025/10/08 14:20（10/08 15:36 更新）, 記者陳美玲／台北報導 ｜ 2025-11-14
 * 18:30). A date alone is not taken: a site's top bar shows the day it was
 * visited (2026年3月18日 星期三). */
static void head_timestamp(tally_structure *s, const builder *bd)
{
    static const char *const cues[] = {"发布", "發布", "發佈", "时间", "時間", "日期", "更新",
                                       NULL};
    const char *t = bd->t;
    size_t head = bd->npar < 25 ? bd->npar : 25;
    for (size_t p = 0; p < head && !is_running_text(bd, p); p++) {
        size_t a = bd->par[p].start, b = bd->par[p].stop, ds, de;
        char iso[64];
        if (scan_chars(t, a, b) > 120 || st_has_terminal(t, a, b) ||
            !st_find_date(t, a, b, iso, &ds, &de))
            continue;
        int cued = 0;
        for (size_t c = 0; cues[c] && !cued; c++)
            for (size_t i = ds >= a + 24 ? ds - 24 : a; i < ds && !cued; i++)
                cued = scan_at(t, i, ds, cues[c]);
        if (cued || strchr(iso, 'T')) {
            s->meta.date = st_dup(iso, 0, strlen(iso));
            size_t after;
            if (!s->meta.source && st_source_cue_at(t, a, b, &after))
                source_after(s, t, after, b);
            return;
        }
    }
}

void st_find_date_source(tally_structure *s, const builder *bd)
{
    const char *t = bd->t;
    for (size_t p = 0; p < bd->npar; p++) {
        if (bd->kind[p] != TALLY_BOILERPLATE_DATELINE)
            continue;
        size_t a = bd->par[p].start, b = bd->par[p].stop, after, ds, de;
        char iso[64];
        if (!s->meta.date && st_find_date(t, a, b, iso, &ds, &de))
            s->meta.date = st_dup(iso, 0, strlen(iso));
        if (!s->meta.source && st_source_cue_at(t, a, b, &after)) {
            source_after(s, t, after, b);
        } else if (!s->meta.source && !bd->dated[p]) {
            s->meta.source = st_dup(t, a, b); /* a masthead */
        }
    }
    if (!s->meta.date)
        head_timestamp(s, bd);
}

/* Script and region are read from the first SAMPLE_BYTES of the text: a
 * report names its place and shows its script early, and converting a
 * whole multi-megabyte text would cost more than all else. */
#define SAMPLE_BYTES ((size_t)128 * 1024)

/* The length of a prefix of [t, t + len) of at most max bytes, ending on a
 * character boundary. */
static size_t prefix_len(const char *t, size_t len, size_t max)
{
    if (len <= max)
        return len;
    while (max > 0 && ((unsigned char)t[max] & 0xC0) == 0x80)
        max--;
    return max;
}

/* Whether the text at p, right after a place, goes on a company's name to
 * its end (北大荒农业股份有限公司): Han characters only, a few of them. */
static int opens_company_name(const char *p)
{
    enum { REACH = 16 }; /* characters of the name after the place */
    for (size_t i = 0, chars = 0; p[i] && chars <= REACH; chars++) {
        for (size_t c = 0; tally_region_company_endings[c]; c++) {
            size_t n = strlen(tally_region_company_endings[c]);
            if (strncmp(p + i, tally_region_company_endings[c], n) == 0)
                return 1;
        }
        unsigned char b = (unsigned char)p[i];
        /* a Han character (U+4E00..U+9FFF): three bytes opening with 0xE4..0xE9 */
        if (b < 0xE4 || b > 0xE9 || !p[i + 1] || !p[i + 2])
            return 0;
        i += 3;
    }
    return 0;
}

/* Whether the mention of a place at [q, q + m) in simp is of an origin,
 * destination or partner (来自香港, 输往美国, 香港旅客) rather than of the
 * text's own region. */
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
    return opens_company_name(q + m);
}

/* Votes for each place: a mention in the body counts once, in the title
 * three times (the title is copied in three times), and a self-reference or
 * a region-only authority (tally_self_region_words) three times; mentions of an
 * origin or destination count nothing. The place with most votes wins; ties
 * go to the entry listed first (provinces before cities).
 *
 * A mention is found as strstr finds it, searching on after the end of the
 * last: every name and self word is in one byte trie (built once per
 * process), which a single pass over the text walks from each byte, each
 * string keeping where its next mention may start, instead of one strstr
 * over the text per place (~370 of them). */
typedef struct region_index {
    tally_byte_trie trie; /* ids: distinct strings, names and self words */
    size_t n_strings;
    uint32_t *name_of;  /* per place: the string id of its name */
    uint32_t *selves;   /* per place, from self_first[p] to self_first[p + 1]: */
    size_t *self_first; /* the ids of its self words, in the table's order */
    size_t n_places;
    int failed;
} region_index;

static region_index regions;
static pthread_once_t regions_once = PTHREAD_ONCE_INIT;

/* The id of s in the trie, added when new. */
static uint32_t string_id(region_index *x, const char *s)
{
    size_t len = strlen(s);
    uint32_t node = 0;
    for (size_t i = 0; i < len && (node = tally_byte_trie_step(&x->trie, node, (unsigned char)s[i])); i++)
        ;
    if (node && len)
        for (uint32_t t = x->trie.nodes[node].term; t; t = x->trie.terms[t - 1].next)
            if (x->trie.terms[t - 1].len == len)
                return x->trie.terms[t - 1].id;
    uint32_t id = (uint32_t)x->n_strings++;
    if (!len || tally_byte_trie_add(&x->trie, s, len, id) < 0)
        x->failed = 1;
    return id;
}

static void free_regions(void)
{
    tally_byte_trie_free(&regions.trie);
    free(regions.name_of);
    free(regions.selves);
    free(regions.self_first);
}

static void build_regions(void)
{
    region_index *x = &regions;
    size_t np = 0, nself = 0;
    while (tally_places[np].full)
        np++;
    while (tally_self_region_words[nself].word)
        nself++;
    x->n_places = np;
    x->name_of = malloc((np ? np : 1) * sizeof *x->name_of);
    x->self_first = malloc((np + 1) * sizeof *x->self_first);
    size_t pairs = 0;
    for (size_t p = 0; p < np; p++)
        for (size_t w = 0; w < nself; w++)
            pairs += strcmp(tally_self_region_words[w].full, tally_places[p].full) == 0;
    x->selves = malloc((pairs ? pairs : 1) * sizeof *x->selves);
    if (!x->name_of || !x->self_first || !x->selves) {
        x->failed = 1;
        return;
    }
    size_t k = 0;
    for (size_t p = 0; p < np; p++) {
        const tally_place *pl = &tally_places[p];
        x->name_of[p] = string_id(x, pl->name ? pl->name : pl->full);
        x->self_first[p] = k;
        for (size_t w = 0; w < nself; w++)
            if (strcmp(tally_self_region_words[w].full, pl->full) == 0)
                x->selves[k++] = string_id(x, tally_self_region_words[w].word);
    }
    x->self_first[np] = k;
    atexit(free_regions);
}

/* Whether the word [a, b) of simp names a county-level region
 * (tally_county_suffixes): a place word of three or more characters with an
 * administrative ending, not one of tally_places (those are voted already). */
static int county_word(const char *simp, size_t a, size_t b)
{
    if (b - a < 9)
        return 0;
    size_t n = b - a;
    for (size_t k = 0; tally_not_county_endings[k]; k++) {
        size_t m = strlen(tally_not_county_endings[k]);
        if (n >= m && memcmp(simp + b - m, tally_not_county_endings[k], m) == 0)
            return 0;
    }
    int suffix = 0;
    for (size_t k = 0; tally_county_suffixes[k] && !suffix; k++) {
        size_t m = strlen(tally_county_suffixes[k]);
        suffix = n > m && memcmp(simp + b - m, tally_county_suffixes[k], m) == 0;
    }
    if (!suffix)
        return 0;
    for (const tally_place *pl = tally_places; pl->full; pl++)
        if (strlen(pl->full) == n && memcmp(pl->full, simp + a, n) == 0)
            return 0;
    return 1;
}

/* Mentions of [q, q + m) in simp that are not of an origin or destination,
 * counted as the place votes count them. */
static size_t county_votes(const char *simp, const char *q, size_t m)
{
    char *name = st_dup(q, 0, m);
    size_t votes = 0;
    if (!name)
        return 0;
    for (const char *at = strstr(simp, name); at; at = strstr(at + m, name))
        votes += !mentions_elsewhere(simp, at, m);
    free(name);
    return votes;
}

/* How often simp holds w (mentions that do not overlap). */
static size_t count_in(const char *simp, const char *w)
{
    size_t n = 0, m = strlen(w);
    for (const char *at = strstr(simp, w); at; at = strstr(at + m, w))
        n++;
    return n;
}

/* How often each level word (tally_level_words) stands in one text, counted
 * on first use: every listed place and county candidate asks for them, and
 * a strstr over the text per question was most of the region's time. */
enum { LEVEL_WORDS_KEPT = 64 };
typedef struct level_counts {
    const char *simp;
    size_t n[LEVEL_WORDS_KEPT]; /* SIZE_MAX: not counted yet */
} level_counts;

static void level_counts_init(level_counts *lc, const char *simp)
{
    lc->simp = simp;
    for (size_t k = 0; k < LEVEL_WORDS_KEPT; k++)
        lc->n[k] = SIZE_MAX;
}

static size_t level_count(level_counts *lc, size_t k)
{
    if (k >= LEVEL_WORDS_KEPT) /* a longer table than kept: counted each time */
        return count_in(lc->simp, tally_level_words[k].word);
    if (lc->n[k] == SIZE_MAX)
        lc->n[k] = count_in(lc->simp, tally_level_words[k].word);
    return lc->n[k];
}

/* The votes of the level words (tally_level_words: 全县, 我市) for a place
 * whose full name, m bytes at full, ends in their suffix. */
static size_t level_votes(level_counts *lc, const char *full, size_t m)
{
    size_t votes = 0;
    for (size_t k = 0; tally_level_words[k].word; k++) {
        const tally_level_word *w = &tally_level_words[k];
        size_t l = strlen(w->suffix);
        if (m > l && memcmp(full + m - l, w->suffix, l) == 0)
            votes += level_count(lc, k);
    }
    return votes;
}

/* The length of the name without its administrative suffix (闽清 of 闽清县,
 * 大同 of 大同市) when at least two characters stay, else 0. */
static size_t stem_len(const char *full, size_t m)
{
    for (size_t k = 0; tally_county_suffixes[k]; k++) {
        size_t l = strlen(tally_county_suffixes[k]);
        if (m >= l + 6 && memcmp(full + m - l, tally_county_suffixes[k], l) == 0)
            return m - l;
    }
    return 0;
}

/* The votes of a county-level or ambiguous name: its mentions, or those of
 * its bare stem (闽清 for 闽清县: a report names itself short) when the
 * text speaks of itself by the level (全县), plus those level words. */
static size_t named_level_votes(level_counts *lc, const char *full, size_t m)
{
    const char *simp = lc->simp;
    size_t votes = county_votes(simp, full, m), level = level_votes(lc, full, m);
    size_t stem = level ? stem_len(full, m) : 0;
    if (stem) {
        size_t short_votes = county_votes(simp, full, stem);
        if (short_votes > votes)
            votes = short_votes;
    }
    return votes ? votes + level : 0;
}

/* The length of a county-level name starting at word k of w[0, nw) (a
 * place word with an administrative ending, county_word), else 0. Names the
 * lexicon lacks count where the text speaks of itself by their level (全区,
 * 我县: level_votes): a name tagged otherwise (宿松县 read as a person's
 * name) and a stem with the ending as a word of its own (洞头 + 区). */
enum { COUNTY_STEM_MAX_FREQ = 300 }; /* in jieba's counts: 洞头 5, 鼓楼 141, 代表 32777 */
static size_t county_candidate(level_counts *lc, const lex_word *w, size_t nw, size_t k)
{
    const char *simp = lc->simp;
    size_t a = w[k].start, b = w[k].stop;
    if (w[k].cls == LEX_PLACE && county_word(simp, a, b))
        return b - a;
    int named = w[k].cls == LEX_PLACE || w[k].cls == LEX_NAME || w[k].cls == LEX_UNKNOWN;
    if (b - a < 6)
        return 0;
    /* the ending as a word of its own after a stem: 洞头 + 区; a common noun
     * with its ending (自治区, 代表 + 市) names no place, a rare one may */
    int rare_noun = w[k].cls == LEX_NOUN && w[k].cost > tally_lex_cost_of(COUNTY_STEM_MAX_FREQ);
    if ((named || rare_noun) && k + 1 < nw && w[k + 1].start == b &&
        w[k + 1].stop - b == 3 && b - a <= 9)
        b = w[k + 1].stop;
    else if (!named)
        return 0;
    if (!county_word(simp, a, b) || !level_votes(lc, simp + a, b - a))
        return 0;
    return b - a;
}

/* How far into the text a county's name is looked for: the title and the
 * opening paragraphs, where a report names who speaks (我代表闽清县人民政府). */
enum { COUNTY_BODY_LINES = 6, COUNTY_HEAD_BYTES = 3000 };

/* Counties, county-level cities and districts are too many to list: the
 * lexicon knows their names as place words. A county-level name in the
 * title or the opening paragraphs is a candidate, voted for as a place is
 * (with its stem and level words, named_level_votes); the one with most
 * votes beats the listed places' best when it has at least as many, being
 * the more specific (a county's report names its city and province too).
 * Returns the name (malloc'd) or NULL, and its votes in *votes_out. */
static char *county_region(level_counts *lc, int title_lines, size_t best_votes,
                           size_t *votes_out)
{
    const char *simp = lc->simp;
    enum { MAX_LINE = 1024, MAX_WORDS = 512 };
    lex_word w[MAX_WORDS];
    const char *best = NULL;
    size_t best_len = 0, most = 0;
    const char *line = simp;
    for (int l = 0; l < title_lines + COUNTY_BODY_LINES && *line &&
                    (size_t)(line - simp) < COUNTY_HEAD_BYTES;
         l++) {
        const char *end = strchr(line, '\n');
        size_t n = end ? (size_t)(end - line) : strlen(line);
        size_t a = (size_t)(line - simp), b = a + (n < MAX_LINE ? n : MAX_LINE);
        while (b > a && ((unsigned char)simp[b] & 0xC0) == 0x80)
            b--;
        size_t nw = tally_lex_segment(simp, a, b, w, MAX_WORDS);
        for (size_t k = 0; k < nw; k++) {
            size_t m = county_candidate(lc, w, nw, k);
            if (!m)
                continue;
            if (best && m == best_len && memcmp(best, simp + w[k].start, m) == 0)
                continue;
            size_t votes = named_level_votes(lc, simp + w[k].start, m);
            if (votes > most)
                best = simp + w[k].start, best_len = m, most = votes;
        }
        if (!end)
            break;
        line = end + 1;
    }
    if (!best || most < best_votes)
        return NULL;
    *votes_out = most;
    return st_dup(best, 0, best_len);
}

/* Whether the text counts its years from 民国 (Taiwan), which a Taiwan
 * release may show without ever naming Taiwan: a three-digit year with a
 * part of the year after it (111年12月, 112年第3季, 111年度, (100年=100)), a year
 * after 民国 (民国105年, with spaces between as 民国 97 年), or a
 * dateline of one (106-03-30, 106/03/30) at a line's start or after a colon. */
static int counts_from_minguo(const char *simp)
{
    for (const char *p = simp; *p; p++) {
        /* 民 is E6 B0 91: other bytes are passed without a strncmp */
        if (*p == '\xe6' && strncmp(p, "民国", 6) == 0) { /* 民国105年, 民国 97 年 */
            const char *q = p + 6;
            while (*q == ' ' || strncmp(q, "\xe3\x80\x80", 3) == 0) /* a space, 　 */
                q += *q == ' ' ? 1 : 3;
            if (*q >= '0' && *q <= '9')
                return 1;
        }
        if (p[0] != '1' || p[1] < '0' || p[1] > '4' || p[2] < '0' || p[2] > '9' ||
            (p > simp && p[-1] >= '0' && p[-1] <= '9'))
            continue;
        const char *q = p + 3;
        if (strncmp(q, "年", 3) == 0) {
            q += 3;
            if ((*q >= '0' && *q <= '9') || strncmp(q, "第", 3) == 0 || strncmp(q, "度", 3) == 0 ||
                *q == '=' || strncmp(q, "＝", 3) == 0)
                return 1;
            continue;
        }
        int start = p == simp || p[-1] == '\n' || p[-1] == ':' || p[-1] == ' ' ||
                    (p - simp >= 3 && strncmp(p - 3, "：", 3) == 0);
        if (start && (*q == '-' || *q == '/') && q[1] >= '0' && q[1] <= '1' && q[2] >= '0' &&
            q[2] <= '9' && q[3] == *q && q[4] >= '0' && q[4] <= '3' && q[5] >= '0' && q[5] <= '9' &&
            !(q[6] >= '0' && q[6] <= '9'))
            return 1;
    }
    return 0;
}

/* The region the text is about: the place with most votes in the title and
 * the body (see above). */
void st_find_region(tally_structure *s, const char *t)
{
    pthread_once(&regions_once, build_regions);
    const region_index *x = &regions;
    if (x->failed)
        return;
    size_t total = 0, nbody = 0;
    for (; nbody < s->n_body && total < SAMPLE_BYTES; nbody++)
        total += s->body[nbody].stop - s->body[nbody].start + 1;
    size_t tl = s->meta.title ? strlen(s->meta.title) : 0;
    char *all = malloc(total + 3 * (tl + 1) + 1), *w = all;
    if (!all)
        return;
    for (int r = 0; r < 3 && tl; r++)
        memcpy(w, s->meta.title, tl), w += tl, *w++ = '\n';
    for (size_t i = 0; i < nbody; i++) {
        memcpy(w, t + s->body[i].start, s->body[i].stop - s->body[i].start);
        w += s->body[i].stop - s->body[i].start;
        *w++ = '\n';
    }
    tally_error err;
    char *simp = tally_fold_simplified(all, (size_t)(w - all), &err);
    /* written in Traditional characters: folding changed it */
    int traditional = simp && (strlen(simp) != (size_t)(w - all) || memcmp(simp, all, (size_t)(w - all)) != 0);
    free(all);
    if (!simp)
        return;
    /* per string: its mentions (all, and those not of an elsewhere), and
     * where its next mention may start */
    size_t ns = x->n_strings;
    size_t *all_n = calloc(ns ? ns : 1, sizeof *all_n);
    size_t *kept_n = calloc(ns ? ns : 1, sizeof *kept_n);
    size_t *next = calloc(ns ? ns : 1, sizeof *next);
    if (!all_n || !kept_n || !next || tally_deadline_passed()) {
        /* out of memory, or the run is ending (--timeout): no region */
        free(all_n), free(kept_n), free(next), free(simp);
        return;
    }
    size_t len = strlen(simp); /* strstr's text ends at a NUL */
    for (size_t i = 0; i < len; i++) {
        uint32_t node = 0;
        for (size_t j = i; j < len; j++) {
            if (!(node = tally_byte_trie_step(&x->trie, node, (unsigned char)simp[j])))
                break;
            for (uint32_t tm = x->trie.nodes[node].term; tm; tm = x->trie.terms[tm - 1].next) {
                const tally_trie_term *e = &x->trie.terms[tm - 1];
                if (i < next[e->id])
                    continue;
                next[e->id] = i + e->len;
                all_n[e->id]++;
                kept_n[e->id] += !mentions_elsewhere(simp, simp + i, e->len);
            }
        }
    }
    const tally_place *best = NULL;
    size_t best_votes = 0, best_self = 0;
    int minguo = counts_from_minguo(simp);
    level_counts lc;
    level_counts_init(&lc, simp);
    for (size_t p = 0; p < x->n_places; p++) {
        const tally_place *pl = &tally_places[p];
        size_t votes = kept_n[x->name_of[p]], self = 0;
        for (size_t k = x->self_first[p]; k < x->self_first[p + 1]; k++)
            self += 3 * all_n[x->selves[k]];
        /* 大同市: the bare 大同 counts where the text says 全市; the level
         * words count for a place the text names at all */
        if (!pl->name)
            votes = named_level_votes(&lc, pl->full, strlen(pl->full));
        else if (votes)
            votes += level_votes(&lc, pl->full, strlen(pl->full));
        if (minguo && strcmp(pl->full, "台湾省") == 0)
            votes += 3;
        /* 經濟部 in a Traditional text: only Taiwan writes so of its own */
        for (const tally_self_region_word *h = tally_traditional_self_words; traditional && h->word; h++)
            if (strcmp(h->full, pl->full) == 0)
                self += 3 * count_in(simp, h->word);
        votes += self;
        if (votes > best_votes)
            best = pl, best_votes = votes, best_self = self;
    }
    size_t county_n = 0, country = 0;
    char *county = county_region(&lc, tl ? 3 : 0, best_votes, &county_n);
    for (size_t c = 0; tally_country_self_words[c]; c++)
        country += 3 * count_in(simp, tally_country_self_words[c]);
    free(all_n), free(kept_n), free(next), free(simp);
    /* a text that speaks of the country as its own more than of any place
     * is about the country: no region (a 民国-dated text's 我国 is Taiwan) */
    /* nor is one whose region calls itself the country (台湾省,
     * tally_region_self_country_docs) and that names that region by its own
     * offices (中央銀行 in Traditional, 主计处): its 我國 is that region */
    int self_country = 0;
    for (size_t k = 0; best && best_self && tally_region_self_country_docs[k]; k++)
        self_country |= strcmp(best->full, tally_region_self_country_docs[k]) == 0;
    if (!minguo && !self_country && country > (county ? county_n : best_votes)) {
        free(county);
        return;
    }
    if (county)
        s->meta.region = county;
    else if (best)
        s->meta.region = st_dup(best->full, 0, strlen(best->full));
}

/* Hant when more characters change by Traditional→Simplified than the other way. */
void st_find_script(tally_structure *s, const char *t, size_t len, char **keep)
{
    int whole = prefix_len(t, len, SAMPLE_BYTES) == len;
    len = prefix_len(t, len, SAMPLE_BYTES);
    size_t han = 0, latin = 0;
    for (size_t i = 0; i < len;) {
        UChar32 c = scan_next(t, len, &i);
        if (scan_is_han(c))
            han++;
        else if (c < 0x80 && isalpha(c))
            latin++;
    }
    s->meta.lang = han > 0 && han * 2 >= latin ? "zh" : "und";
    if (!han)
        return;
    tally_error err;
    size_t ns = len, nt = 0;
    char *simp = tally_fold_simplified(t, len, &err);
    if (simp) {
        /* ICU's Simplified->Traditional transliterator cost more than all
         * the other analyses of a short report together, so the counts
         * decide without it when they can. A text that folding leaves as it
         * is has no Traditional character, whatever the other way would
         * change: Hans. Otherwise the number of characters the transliterator
         * would change lies between the text's characters that every one of
         * its rules changes and those that some rule changes (its rules turn
         * N characters into N: tools/gen_fold_tables.c), so to_simp above the
         * first is Hant and to_simp at or below the second is Hans; in
         * between, or with an invalid sequence (which ICU's UTF-16 may read
         * as another number of characters), ICU is asked as before. */
        size_t i = 0, j = 0, to_simp = 0, may = 0, always = 0, odd = 0;
        while (i < len && j < ns) {
            size_t at = i;
            UChar32 c = scan_next(t, len, &i);
            if (j == at && c != 0xFFFD) {
                /* a well-formed character: the fold put one of the same
                 * length in its place (or left it), so its bytes tell
                 * whether it changed, without decoding the fold */
                to_simp += memcmp(t + at, simp + at, i - at) != 0;
                j = i;
            } else {
                to_simp += scan_next(simp, ns, &j) != c;
            }
            if (c < 0x10000) {
                may += (tally_hant_may_change[c >> 3] >> (c & 7)) & 1;
                always += (tally_hant_always_changes[c >> 3] >> (c & 7)) & 1;
            }
            odd |= c == 0xFFFD;
        }
        const char *script = !to_simp ? "Hans"
                             : !tally_hant_sets_usable || odd ? NULL
                             : to_simp > may ? "Hant"
                             : to_simp <= always ? "Hans"
                             : NULL;
        if (script) {
            s->meta.script = script;
            if (keep && whole)
                *keep = simp;
            else
                free(simp);
            return;
        }
    }
    char *trad = tally_convert_script(t, len, TALLY_TO_TRADITIONAL, &nt, &err);
    size_t to_simp = 0, to_trad = 0;
    if (simp && trad) {
        size_t i = 0, j = 0, k = 0;
        while (i < len && j < ns && k < nt) {
            UChar32 c = scan_next(t, len, &i);
            to_simp += scan_next(simp, ns, &j) != c;
            to_trad += scan_next(trad, nt, &k) != c;
        }
        s->meta.script = to_simp > to_trad ? "Hant" : "Hans";
    }
    if (keep && whole && simp)
        *keep = simp;
    else
        free(simp);
    free(trad);
}

/* YAML front matter: title, date, author/authors, source as plain scalars or
 * a [a, b] / "- a" list. */
static char *yaml_scalar(const char *t, size_t a, size_t b)
{
    scan_trim(t, &a, &b);
    if (b > a + 1 && ((t[a] == '"' && t[b - 1] == '"') || (t[a] == '\'' && t[b - 1] == '\'')))
        a++, b--;
    return a < b ? st_dup(t, a, b) : NULL;
}

static void yaml_names(names *ns, const char *t, size_t a, size_t b)
{
    scan_trim(t, &a, &b);
    if (a < b && t[a] == '[' && t[b - 1] == ']')
        a++, b--;
    size_t from = a;
    for (size_t i = a; i <= b; i++)
        if (i == b || t[i] == ',') {
            char *v = yaml_scalar(t, from, i);
            if (v)
                st_add_name(ns, v, 0, strlen(v));
            free(v);
            from = i + 1;
        }
}

static void iso_date(char **out, const char *v)
{
    char iso[64];
    size_t ds, de;
    if (v && st_find_date(v, 0, strlen(v), iso, &ds, &de)) {
        free(*out);
        *out = st_dup(iso, 0, strlen(iso));
    }
}

void st_read_front_matter(tally_structure *s, builder *bd, tally_span inner)
{
    const char *t = bd->t;
    names fm = {0};
    int in_authors = 0;
    for (size_t a = inner.start; a < inner.stop;) {
        const char *nl = memchr(t + a, '\n', inner.stop - a);
        size_t b = nl ? (size_t)(nl - t) : inner.stop;
        size_t c = a;
        while (c < b && t[c] != ':')
            c++;
        if (in_authors && a < b && (t[a] == ' ' || t[a] == '-')) {
            size_t d = a;
            while (d < b && (t[d] == ' ' || t[d] == '-'))
                d++;
            char *v = yaml_scalar(t, d, b);
            if (v)
                st_add_name(&fm, v, 0, strlen(v));
            free(v);
        } else if (c < b) {
            in_authors = 0;
            size_t ka = a, kb = c;
            scan_trim(t, &ka, &kb);
            char *key = st_dup(t, ka, kb);
            if (key) {
                for (char *q = key; *q; q++)
                    *q = (char)tolower((unsigned char)*q);
                char *v = yaml_scalar(t, c + 1, b);
                if (!strcmp(key, "title") && v)
                    free(s->meta.title), s->meta.title = v, v = NULL;
                else if (!strcmp(key, "date"))
                    iso_date(&s->meta.date, v);
                else if (!strcmp(key, "source") && v)
                    free(s->meta.source), s->meta.source = v, v = NULL;
                else if (!strcmp(key, "author") || !strcmp(key, "authors")) {
                    if (v)
                        yaml_names(&fm, t, c + 1, b);
                    else
                        in_authors = 1;
                }
                free(v);
                free(key);
            }
        }
        a = b + 1;
    }
    if (fm.n) { /* the front matter's authors come first */
        for (size_t i = 0; i < bd->authors.n; i++)
            st_add_name(&fm, bd->authors.v[i], 0, strlen(bd->authors.v[i]));
        for (size_t i = 0; i < bd->authors.n; i++)
            free(bd->authors.v[i]);
        free(bd->authors.v);
        bd->authors = fm;
    } else {
        free(fm.v);
    }
}
