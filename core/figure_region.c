/* The region stage (spec/figures.md, "region"; docs/figures.md): the region
 * a figure is about — the last region named in its clause (深圳市, 全省 for
 * the document's own, 全国 for the country), skipping trade partners and the
 * objects of comparisons, or the one a lead clause ending in a colon named.
 * A figure whose clause names none takes the region of the figure before,
 * else the document's (doc_records.c). */
#include "figure_clause.h"
#include "structure_tables.h"
#include "figure_period.h" /* tally_period_cause_leads */

/* Whether [a, b) is only numerals: 三区, 两县, 十三市 count places of a
 * kind and name none. */
static int counted_places(const scan *s, size_t a, size_t b)
{
    static const char numerals[] = "〇零一二两三四五六七八九十百千几数各";
    while (a < b) {
        size_t k = a;
        uint32_t c = utf8_next(s->f, b, &k);
        if (!(c >= '0' && c <= '9')) {
            char one[5] = {0};
            memcpy(one, s->f + a, k - a < 4 ? k - a : 4);
            if (!strstr(numerals, one))
                return 0;
        }
        a = k;
    }
    return 1;
}

/* Whether [a, b) is a ranking's stem (百强, 十强, 50强: 百强县 is a kind of
 * county, a ranking used as a name, spec "Not figures"), which names no place. */
static int ranking_stem(const scan *s, size_t a, size_t b)
{
    return b >= a + 6 && memcmp(s->f + b - 3, "强", 3) == 0 && counted_places(s, a, b - 3);
}

/* Whether a place word names a region: an administrative name (湖南省,
 * 深圳市, 南山区) or a province's or large city's short name (湖南, 深圳);
 * not a compound of two places (闽台, 江海) nor a part of the world (中东). */
static int region_name(const scan *s, const word *x)
{
    static const char *const suffixes[] = {"省", "市", "区", "县", "州", "盟", "旗", NULL};
    size_t wl;
    if (word_in(s, x, tally_nonregion_places))
        return 0;
    if (x->b - x->a >= 6 && tally_word_at(suffixes, s->f, x->b, x->b - 3, &wl))
        return !counted_places(s, x->a, x->b - 3) && !ranking_stem(s, x->a, x->b - 3);
    return word_in(s, x, tally_region_short_names);
}

/* The most jieba counts of a common noun that may still be a county's stem
 * (洞头 5, 鼓楼 141; 代表 32777 is no place's). */
enum { REGION_STEM_MAX_FREQ = 300 };

/* Whether w[k] is an administrative ending standing as a word of its own
 * after a place's stem the lexicon lacks as a place (洞头 + 区, 宿松 + 县):
 * a name, an unknown run or a rare noun of two or three characters; not a
 * self word (我 + 区) nor a zone (开发区 is a word of its own). */
static int suffixed_stem(const scan *s, const word *w, size_t k)
{
    static const char *const endings[] = {"县", "区", "市", "旗", NULL};
    if (k == 0 || !word_in(s, &w[k], endings) || w[k - 1].what != W_WORD || w[k - 1].b != w[k].a)
        return 0;
    const word *stem = &w[k - 1];
    size_t n = stem->b - stem->a, wl;
    if (n < 6 || n > 9 || word_in(s, stem, tally_nonregion_places) ||
        ranking_stem(s, stem->a, stem->b) ||
        tally_word_before(tally_not_county_endings, s->f, w[k].b, &wl))
        return 0;
    return stem->cls == LEX_PLACE || stem->cls == LEX_NAME || stem->cls == LEX_UNKNOWN ||
           (stem->cls == LEX_NOUN && stem->cost > tally_lex_cost_of(REGION_STEM_MAX_FREQ));
}

/* Whether x is a county-level name the lexicon tags as no place (宿松县 as
 * a person's name): a name or an unknown run ending in 县, 区, 市 or 旗. */
static int named_county(const scan *s, const word *x)
{
    static const char *const endings[] = {"县", "区", "市", "旗", NULL};
    size_t wl;
    return (x->cls == LEX_NAME || x->cls == LEX_UNKNOWN) && x->b - x->a >= 9 &&
           tally_word_at(endings, s->f, x->b, x->b - 3, &wl) && !counted_places(s, x->a, x->b - 3) &&
           !ranking_stem(s, x->a, x->b - 3) &&
           !tally_word_before(tally_not_county_endings, s->f, x->b, &wl);
}

/* Whether the text at p, right after a place, goes on a company's name to
 * its end (北大荒农业股份有限公司实现营业收入…: the company's figure, no
 * region's): Han characters only, a few of them. */
static int opens_company_name(const scan *s, size_t p)
{
    enum { REACH = 16 }; /* characters of the name after the place */
    size_t wl;
    for (size_t chars = 0; p < s->len && chars <= REACH; chars++) {
        if (tally_word_at(tally_region_company_endings, s->f, s->len, p, &wl))
            return 1;
        uint32_t c = utf8_next(s->f, s->len, &p);
        if (c < 0x4E00 || c > 0x9FFF)
            return 0;
    }
    return 0;
}

/* The start of a foreign country or bloc named by w[k], alone or with the
 * word before (东 + 协: the segmenter splits some), else (size_t)-1. It is
 * the figure's region unless a trade or partner noun follows within the
 * next few words (美国订单, 日本及英国的出口价格, 美国市场: the doc's trade
 * with it). */
static size_t foreign_region(const scan *s, const word *w, size_t n, size_t k)
{
    size_t a = (size_t)-1;
    if (bytes_in(s->f + w[k].a, w[k].b - w[k].a, tally_region_foreign_names))
        a = w[k].a;
    else if (k > 0 && w[k - 1].what == W_WORD && w[k - 1].b == w[k].a &&
             bytes_in(s->f + w[k - 1].a, w[k].b - w[k - 1].a, tally_region_foreign_names))
        a = w[k - 1].a;
    if (a == (size_t)-1)
        return a;
    /* 印尼籍13.9万人: a nationality of people in the document's region */
    if (utf8_starts(s->f, s->len, w[k].b, "籍", 3))
        return (size_t)-1;
    for (size_t j = k + 1; j < n && j <= k + 6 && w[j].what == W_WORD; j++)
        if (word_in(s, &w[j], tally_region_foreign_partner_nouns) ||
            word_in(s, &w[j], tally_region_source_nouns))
            return (size_t)-1;
    return a;
}

/* The place a self word (全市, 全省) of sentence [lo, …) points at: the last
 * place named before it in the sentence with the same ending (沈阳市 for 全市),
 * not a partner or compared place; none when the sentence names none. */
static tally_span self_word_place(const scan *s, size_t lo, const word *self)
{
    word w[MAX_WORDS];
    size_t n = fig_clause_words(s, lo, self->a, w, MAX_WORDS);
    if (n == MAX_WORDS)
        return (tally_span){0, 0};
    for (size_t k = n; k-- > 0;) {
        const word *x = &w[k];
        if (x->what != W_WORD || x->cls != LEX_PLACE || !region_name(s, x) || x->b - x->a < 6)
            continue;
        if (k > 0 && (word_in(s, &w[k - 1], tally_subject_partner_marks) || comparison_mark(s, &w[k - 1])))
            continue;
        if (memcmp(s->f + x->b - 3, s->f + self->b - 3, 3) == 0)
            return (tally_span){x->a, x->b};
    }
    return (tally_span){0, 0};
}

#define NO_LIST_END ((size_t)-1)

/* The nearest j < k where the list of places or nouns before w[k] ends:
 * a partner lead or mark (对, 来自: *led set) or a word that is no place,
 * noun, join or 、 (*led clear); NO_LIST_END when the list runs to w[0]. */
static size_t partner_list_end(const scan *s, const word *w, size_t k, int *led)
{
    for (size_t j = k; j-- > 0;) {
        if (word_in(s, &w[j], tally_region_partner_leads) ||
            word_in(s, &w[j], tally_subject_partner_marks)) {
            *led = 1;
            return j;
        }
        if (!(w[j].cls == LEX_PLACE || w[j].cls == LEX_NOUN ||
              word_in(s, &w[j], tally_subject_joins) || word_is(s, &w[j], "、"))) {
            *led = 0;
            return j;
        }
    }
    *led = 0;
    return NO_LIST_END;
}

/* What the word w[k] would name as a figure's region, were it no partner:
 * *r filled and 1, or 0 when it names none (or a field a rank is taken
 * in). Reads nothing but the text and the words, so it may be asked before
 * the partner test, which most words (naming nothing) never need. */
typedef struct {
    tally_region_scope scope;
    int has_span; /* else fig->region is left as it was */
    tally_span span;
} region_named;

static int region_of_word(const scan *s, size_t lo, const word *w, size_t n, size_t k,
                          const tally_figure *fig, region_named *r)
{
    const word *x = &w[k];
    r->has_span = 0;
    /* 我国 in a text counting years from 民国 is Taiwan, the document's */
    if (s->roc && word_in(s, x, tally_region_roc_self_words)) {
        r->scope = TALLY_REGION_DOCUMENT;
        return 1;
    }
    /* 全国, 中国, a Taiwan text's 大陆, and 全球: the country's or the
     * world's figure, no region */
    /* 位居全国百强县投资潜力第3: the country (or the world) is the field a
     * rank is taken in, not what is ranked */
    if (fig->kind == TALLY_FIG_RANK &&
        (word_in(s, x, tally_country_words) || word_in(s, x, tally_region_world_words)))
        return 0;
    if (word_in(s, x, tally_country_words) || word_in(s, x, tally_region_country_names) ||
        word_in(s, x, tally_region_world_words)) {
        r->scope = TALLY_REGION_COUNTRY;
        /* the self word (国内, 全国) is kept: in a document of a region that
         * speaks of itself as the country (Taiwan) it is the document's */
        if (word_in(s, x, tally_country_words)) {
            r->has_span = 1;
            r->span = (tally_span){x->a, x->b};
        }
        return 1;
    }
    if (word_in(s, x, tally_region_words)) {
        r->scope = TALLY_REGION_DOCUMENT;
        /* 沈阳市市长…表示，全市…: 全市 is the city the sentence named */
        tally_span named = self_word_place(s, lo, x);
        if (named.stop > named.start) {
            r->scope = TALLY_REGION_NAMED;
            r->has_span = 1;
            r->span = named;
        }
        return 1;
    }
    /* 美国…增长1.9%: a foreign country's own figure */
    size_t fa = foreign_region(s, w, n, k);
    if (fa != (size_t)-1) {
        r->scope = TALLY_REGION_NAMED;
        r->has_span = 1;
        r->span = (tally_span){fa, x->b};
        return 1;
    }
    /* 洞头区, 宿松县: a county the lexicon lacks, named by its ending */
    if (suffixed_stem(s, w, k) || named_county(s, x)) {
        r->scope = TALLY_REGION_NAMED;
        r->has_span = 1;
        r->span = (tally_span){named_county(s, x) ? x->a : w[k - 1].a, x->b};
        return 1;
    }
    if (x->cls == LEX_PLACE && region_name(s, x) && !opens_company_name(s, x->b)) {
        r->scope = TALLY_REGION_NAMED;
        r->has_span = 1;
        r->span = (tally_span){x->a, x->b};
        /* 河北自贸试验区: a zone of the place is a region of its own */
        if (k + 1 < n && word_in(s, &w[k + 1], tally_zone_words))
            r->span.stop = w[k + 1].b;
        return 1;
    }
    return 0;
}

/* The list ends partner_list_end found, kept over one clause's words: the
 * end found for a word holds for every word before it down to that end, so
 * each word is read once however long the list. */
typedef struct {
    int known, led;
    size_t at;
} list_end_memo;

/* Whether w[k] is a trade partner or compared with, not the figure's
 * region: after a partner mark, a comparison or a share verb, in a list
 * led by one, or before an origin or source noun. */
static int partner_word(const scan *s, const word *w, size_t n, size_t k, const tally_figure *fig,
                        list_end_memo *memo)
{
    if (k > 0 && (word_in(s, &w[k - 1], tally_subject_partner_marks) ||
                  comparison_mark(s, &w[k - 1]) || word_in(s, &w[k - 1], tally_share_verbs)))
        return 1;
    /* 受美国关税影响的有369家: a place inside a cause frame (受…影响) names
     * the cause, not whose figure it is */
    for (size_t j = k; j-- > 0 && k - j <= 4;)
        if (word_in(s, &w[j], tally_period_cause_leads)) {
            for (size_t e = k + 1; e < n && e <= k + 4; e++)
                if (word_in(s, &w[e], tally_period_cause_closers))
                    return 1;
            break;
        }
    /* 在乌兰察布市境内销售974万元: where the document's sales are made, not
     * whose figure it is */
    if (k > 0 && k + 1 < n && word_is(s, &w[k - 1], "在") &&
        word_in(s, &w[k + 1], tally_region_where_nouns))
        return 1;
    /* 以广东省(625,475人次)居多: a count of visits in brackets right after
     * a place counts the visitors from there, an origin */
    if (k + 1 < n && (word_is(s, &w[k + 1], "(") || word_is(s, &w[k + 1], "（")) &&
        fig->span.start >= w[k + 1].b && fig->span.start <= w[k + 1].b + 1 &&
        strcmp(fig->unit, "人次") == 0)
        return 1;
    /* 来自美国、东盟及香港接单, 对大陆及香港出口: each place of a list after a
     * partner lead or mark — the nearest word before that is a lead or
     * mark, or ends the list */
    if (!memo->known || (memo->at != NO_LIST_END && memo->at >= k)) {
        memo->at = partner_list_end(s, w, k, &memo->led);
        memo->known = 1;
    }
    if (memo->at != NO_LIST_END && memo->led)
        return 1;
    /* 香港旅客, 香港及中国台湾旅客: where the people come from; 香港订单:
     * where the orders come from */
    for (size_t j = k + 1, reach = k + 5; j < n && j <= reach; j++) {
        if (word_in(s, &w[j], tally_origin_nouns) || word_in(s, &w[j], tally_region_source_nouns))
            return 1;
        /* 中国内地( 100.4万人次 )、香港( 14.0万人次 )及台湾地区( 3.2万人次 )的住客: a
         * count in brackets after each place of the list, and 的 before the noun */
        if (word_is(s, &w[j], "(") || word_is(s, &w[j], "（")) {
            size_t e = j + 1;
            while (e < n && e <= j + 8 && !word_is(s, &w[e], ")") && !word_is(s, &w[e], "）"))
                e++;
            if (e >= n || e > j + 8)
                break;
            reach += e - j + 1;
            j = e;
            continue;
        }
        if (word_is(s, &w[j], "的") && j + 1 < n && word_in(s, &w[j + 1], tally_origin_nouns)) {
            reach++;
            continue;
        }
        if (word_in(s, &w[j], tally_subject_joins) || word_is(s, &w[j], "、")) {
            reach += 2; /* a list reads on: the join and the next member */
            continue;
        }
        if (w[j].cls != LEX_PLACE && w[j].cls != LEX_NOUN)
            break;
    }
    return 0;
}

/* The region a figure is about (spec: region): the last region named in its
 * clause before the subject's end — a place (深圳市), the document's own
 * (全省) or the country (全国) — skipping trade partners (对非洲) and the
 * objects of comparisons. Returns 0 when the clause names none. */
int fig_named_region(const scan *s, size_t lo, size_t a, size_t until, tally_figure *fig)
{
    size_t cs = clause_start(s, lo, a);
    if (until <= cs)
        return 0;
    word w[MAX_WORDS];
    /* the words up to the figure, for what follows a place (香港及…旅客) */
    size_t end = fig->span.start > until ? fig->span.start : until;
    /* 中国内地( 100.4万人次 )、…的住客: a figure in brackets right after a
     * place reads on to the origin noun after the list, in its clause */
    size_t q;
    if (fig->span.start > cs && fig->span.start >= 1) {
        size_t b = fig->span.start;
        while (b > cs && s->f[b - 1] == ' ')
            b--;
        uint32_t c = b > cs ? utf8_prev(s->f, b, &q) : 0;
        if (c == '(' || c == 0xFF08) {
            enum { REACH = 120 }; /* bytes: the rest of a list of places */
            size_t e = fig->span.stop, lim = e + REACH < s->len ? e + REACH : s->len;
            while (e < lim) {
                size_t r = e;
                uint32_t d = utf8_next(s->f, lim, &r);
                /* on over 、 and the brackets of the list, to its clause's end */
                if (d == 0xFF0C || d == ',' || d == 0xFF1B || d == ';' || d == 0x3002 ||
                    d == 0xFF1A || d == ':' || d == 0xFF01 || d == 0xFF1F || d == '\n')
                    break;
                e = r;
            }
            end = e;
        }
    }
    size_t n = fig_clause_words(s, cs, end, w, MAX_WORDS);
    list_end_memo memo = {0, 0, NO_LIST_END};
    for (size_t k = n; k-- > 0;) {
        const word *x = &w[k];
        if (x->what != W_WORD || x->b > until)
            continue;
        /* what the word names first: a partner is only skipped */
        region_named r;
        if (!region_of_word(s, lo, w, n, k, fig, &r) || partner_word(s, w, n, k, fig, &memo))
            continue;
        fig->region_scope = r.scope;
        if (r.has_span)
            fig->region = r.span;
        return 1;
    }
    return 0;
}

/* The first figure of a sentence whose clause names no region takes the one
 * a clause before it names, when that clause ends in a colon and announces
 * what follows (沈阳市…表示，2023年全市…主要预期目标是：地区生产总值增长6%以上). */
int fig_carried_region_of_lead(const scan *s, size_t lo, tally_figure *fig)
{
    size_t cs = clause_start(s, lo, fig->span.start), p;
    if (cs <= lo)
        return 0;
    uint32_t c = utf8_prev(s->f, cs, &p);
    if (c != 0xFF1A && c != ':')
        return 0;
    tally_figure probe = *fig;
    if (!fig_named_region(s, lo, p, p, &probe) || probe.region_scope != TALLY_REGION_NAMED)
        return 0;
    fig->region_scope = probe.region_scope;
    fig->region = probe.region;
    return 1;
}
