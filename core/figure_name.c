/* Names that hold numbers (issue 14; spec/figures.md "Not figures": numbers
 * inside proper names): an unquoted N大 programme (实施十大工程) and a count
 * after a branding verb (打造两个…中心). Project phases (四期工程) and
 * article-like sets (一揽子, 一整套) are exclusion patterns in
 * figure_tables.c; vague digit pairs (两三轮) are no numeral (numeral.c). */
#include "figure_scan.h"

static size_t word_at(const char *const *words, const char *f, size_t i, size_t hi)
{
    size_t best = 0;
    for (size_t k = 0; words[k]; k++) {
        size_t wl = strlen(words[k]);
        if (wl > best && utf8_starts(f, hi, i, words[k], wl))
            best = wl;
    }
    return best;
}

/* Whether a list opener follows in the rest of the sentence (十大工程：一是…). */
static int list_follows(const scan *s, size_t e, size_t hi)
{
    for (size_t p = e, chars = 0; p < hi && chars < 2 * CLAUSE_CHARS; chars++) {
        if (word_at(tally_list_openers, s->f, p, hi))
            return 1;
        utf8_next(s->f, hi, &p);
    }
    return 0;
}

/* Whether the clause before a lists the items (家电、家具两大产业) or a
 * quote closes right before it (“帮销、促产”四大领域): then the count
 * restates them and is a figure. */
static int list_before(const scan *s, size_t lo, size_t a)
{
    size_t cs = clause_start(s, lo, a);
    size_t p;
    if (a > cs && close_quote(utf8_prev(s->f, a, &p)))
        return 1;
    for (size_t q = cs; q < a;) {
        uint32_t c = utf8_next(s->f, a, &q);
        if (c == 0x3001) /* 、 */
            return 1;
    }
    return 0;
}

/* 东北三省, 长三角三省一市: a count of places right after a region group. */
static int region_group_count(const scan *s, size_t lo, const fig_reading *rd)
{
    size_t wl;
    if (rd->start != rd->j || !tally_word_before(tally_region_groups, s->f, rd->start, &wl) ||
        rd->start - wl < lo)
        return 0;
    for (size_t k = 0; tally_region_group_units[k]; k++)
        if (strcmp(rd->unit, tally_region_group_units[k]) == 0)
            return 1;
    return 0;
}

/* 上述旅客为澳门三大客源: a list count (N大, N个, N项) in a clause that
 * opens with a word pointing back restates what was named before. */
static int restating_count(const scan *s, size_t lo, const fig_reading *rd)
{
    if (!(rd->unit_flags & TALLY_UNIT_LIST_COUNT))
        return 0;
    size_t cs = clause_start(s, lo, rd->start), wl;
    cs = skip_space(s, cs, rd->start);
    return cs < rd->start && tally_word_at(tally_restating_words, s->f, rd->start, cs, &wl);
}

/* 进出口、出口、进口三项增速, 家电、家具两大产业: a count of listed items (a
 * unit of TALLY_UNIT_LIST_COUNT: 项, 个, 类, 大) right after as many members as
 * it counts, joined by 、 (and a last 和, 及, 与), restates them (spec "counts
 * that restate tiers or places just named"); 等三项 (and so on), another
 * number of members, or events per member (中东欧、泰国…5场展会) are counts. */
static int restating_members(const scan *s, size_t lo, const fig_reading *rd)
{
    if (!(rd->unit_flags & TALLY_UNIT_LIST_COUNT) || rd->start != rd->j || rd->value < 2 ||
        rd->value > 12 || rd->has_max)
        return 0;
    size_t cs = clause_start(s, lo, rd->start), p = rd->start, wl;
    int members = 1, han = 0, joined = 0;
    while (p > cs) {
        size_t q;
        uint32_t c = utf8_prev(s->f, p, &q);
        if (c == 0x3001) { /* 、 */
            if (!han)
                return 0;
            members++;
            han = 0;
            p = q;
            continue;
        }
        if (!joined && members == 1 && han &&
            tally_word_before(tally_restated_joins, s->f, p, &wl) && p - wl > cs) {
            members++; /* 县、乡和村 */
            joined = 1;
            han = 0;
            p -= wl;
            continue;
        }
        if (!is_han(c) || s->mask[q] || tally_word_before(tally_restated_breaks, s->f, p, &wl))
            break;
        han++;
        p = q;
    }
    return members >= 2 && han && (double)members == rd->value;
}

/* 两项指标均与上一期相同: a list count of 2 to 12 opening its clause, right
 * before a noun that names figures (tally_restated_figure_nouns) and a word
 * of all of them (tally_restated_all_words), restates the figures just
 * given (spec "counts that restate"): no figure. */
static int restating_indicators(const scan *s, size_t lo, size_t hi, const fig_reading *rd)
{
    size_t wl, al;
    if (!(rd->unit_flags & TALLY_UNIT_LIST_COUNT) || rd->value < 2 || rd->value > 12 ||
        rd->start != rd->j)
        return 0;
    size_t cs = skip_space(s, clause_start(s, lo, rd->start), rd->start);
    if (cs != rd->start || !tally_word_at(tally_restated_figure_nouns, s->f, hi, rd->e, &wl))
        return 0;
    return tally_word_at(tally_restated_all_words, s->f, hi, rd->e + wl, &al) != NULL;
}

/* How many Han characters the noun of a listed N大 item may hold. */
#define LISTED_ITEM_CHARS 6

/* 高质量发展、粮食安全、六大强农等11项工作: an unquoted N大 that is a member
 * of a list of named items (a 、 right before it, and its noun running to
 * the next 、 or to 等 (tally_restated_breaks) that closes the list) names
 * that item, as its neighbours are names: no count. */
static int listed_item_name(const scan *s, size_t lo, size_t hi, const fig_reading *rd)
{
    size_t p, wl;
    if (rd->unit[0] != '\0' || rd->start <= lo || rd->e < rd->j + 6 ||
        !utf8_starts(s->f, hi, rd->e - 3, "大", 3) || utf8_prev(s->f, rd->start, &p) != 0x3001)
        return 0;
    p = rd->e;
    for (int chars = 0; p < hi && chars <= LISTED_ITEM_CHARS; chars++) {
        if (chars > 0 && tally_word_at(tally_restated_breaks, s->f, hi, p, &wl))
            return 1;
        size_t k = p;
        uint32_t c = utf8_next(s->f, hi, &k);
        if (c == 0x3001)
            return chars > 0;
        if (!is_han(c))
            return 0;
        p = k;
    }
    return 0;
}

/* Whether the name of a plan document (tally_plan_document_nouns: 规划, 纲要,
 * 方案) ends within PLAN_NAME_CHARS Han characters of e, with no break:
 * 七大绿色产业发展规划 names a document, whatever its count. */
#define PLAN_NAME_CHARS 10
static int plan_document_after(const scan *s, size_t e, size_t hi)
{
    for (size_t p = e, chars = 0; p < hi && chars <= PLAN_NAME_CHARS; chars++) {
        if (chars > 0 && word_at(tally_plan_document_nouns, s->f, p, hi))
            return 1;
        size_t k = p;
        if (!is_han(utf8_next(s->f, hi, &k)))
            return 0;
        p = k;
    }
    return 0;
}

int fig_in_name(const scan *s, size_t lo, size_t hi, const fig_reading *rd)
{
    if (listed_item_name(s, lo, hi, rd) || restating_indicators(s, lo, hi, rd))
        return 1;
    size_t d;
    if (region_group_count(s, lo, rd) || restating_count(s, lo, rd) ||
        restating_members(s, lo, rd))
        return 1;
    /* 实施十大工程; 七大绿色产业发展规划 (a plan document's name) */
    if (rd->unit[0] == '\0' && rd->e >= rd->j + 6 && utf8_starts(s->f, hi, rd->e - 3, "大", 3) &&
        (word_at(tally_programme_nouns, s->f, rd->e, hi) || plan_document_after(s, rd->e, hi))) {
        size_t p;
        uint32_t before = rd->start > lo ? utf8_prev(s->f, rd->start, &p) : 0;
        if (!open_quote(before) && !list_before(s, lo, rd->start) && !list_follows(s, rd->e, hi))
            return 1;
    }
    /* 打造两个…中心 */
    if (rd->value >= 2 && rd->value <= 4 && rd->chinese &&
        tally_word_before(tally_branding_verbs, s->f, rd->start, &d)) {
        for (size_t p = rd->e, chars = 0; p < hi && chars < 12; chars++) {
            if (word_at(tally_branding_nouns, s->f, p, hi))
                return !list_follows(s, p, hi);
            size_t k = p;
            uint32_t c = utf8_next(s->f, hi, &k);
            if (!is_han(c) || clause_end(c))
                break;
            p = k;
        }
    }
    return 0;
}
