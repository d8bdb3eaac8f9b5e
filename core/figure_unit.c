/* The unit stage of the figure scanner (spec/figures.md, "Numbers"): the
 * unit or measure word after the number (longest match in the unit table,
 * 个 followed by an after-count word, a compound 元/人), a range with its
 * second number (2-3家, 10%至15%), the counts that need no measure word
 * (十大工程, 3,400万) and the qualifier after (以上, 左右). A number left
 * without a unit, or with a time or ordinal unit, is no figure. */
#include "figure_scan.h"
#include "lexicon.h"
#include "number_read.h"
#include "number_tables.h"
#include "trend_index.h"

#include <math.h>

/* Whether a unit counts times: its word ends in 次 (人次, 批次, 艘次). */
static int times_unit(const unit_rule *u)
{
    return u->kind == TALLY_FIG_QUANTITY && u->wlen >= 6 &&
           memcmp(u->word + u->wlen - 3, "次", 3) == 0;
}

/* Whether 次 at e makes the measure word before it a count of times: not
 * when 次 starts a word of its own (次数, 次日, 次年, 次要). */
static int times_after(const scan *s, size_t e, size_t hi)
{
    if (!utf8_starts(s->f, hi, e, "次", 3))
        return 0;
    lex_class cls;
    int tag;
    for (size_t wl = 6; wl <= 12 && e + wl <= hi; wl += 3)
        if (tally_lex_lookup(s->f + e, wl, &cls, &tag))
            return 0;
    return 1;
}

/* The unit at j and its end; 个 followed by an after-count word (方面)
 * gives that word. A compound unit keeps its slash (元/人). */
const unit_rule *fig_unit_after(const scan *s, size_t j, size_t hi, size_t *end,
                                char compound[TALLY_UNIT_MAX])
{
    compound[0] = '\0';
    const unit_rule *u = tally_rules_unit_at(s->r, s->f, hi, j);
    size_t dw;
    /* 逾百万市民: a noun that starts with a unit's character is no unit */
    if (!u || tally_word_at(tally_unit_denied_words, s->f, hi, j, &dw))
        return NULL;
    size_t e = j + u->wlen;
    if (times_unit(u) && !times_after(s, e - 3, hi)) {
        /* 各增2千人次之: 次 starts a word (次之, 次年), so the unit ends before it */
        const unit_rule *shorter = tally_rules_unit_at(s->r, s->f, e - 3, j);
        if (!shorter)
            return NULL;
        u = shorter;
        e = j + u->wlen;
    }
    if (strcmp(u->unit, "个") == 0) {
        /* 三个方面; 3个批次, 5个班次: a count of times (X次) follows 个 too */
        const unit_rule *w = tally_rules_unit_at(s->r, s->f, hi, e);
        if (w && ((w->flags & TALLY_UNIT_AFTER_COUNT) || times_unit(w))) {
            u = w;
            e += w->wlen;
        }
    } else if (u->kind == TALLY_FIG_QUANTITY && !times_unit(u) && times_after(s, e, hi) &&
               strlen(u->unit) + 4 <= TALLY_UNIT_MAX) {
        /* 300架次, 20车次: a measure word and 次 count times */
        strcpy(compound, u->unit);
        strcat(compound, "次");
        *end = e + 3;
        return u;
    }
    if (e < hi && s->f[e] == '/' && u->kind != TALLY_FIG_TIME) {
        const unit_rule *d = tally_rules_unit_at(s->r, s->f, hi, e + 1);
        if (d && strlen(u->unit) + strlen(d->unit) + 2 <= TALLY_UNIT_MAX) {
            strcpy(compound, u->unit);
            strcat(compound, "/");
            strcat(compound, d->unit);
            e += 1 + d->wlen;
        }
    }
    *end = e;
    return u;
}

/* Whether the number [j, e) ends in a magnitude character (万, 亿). */
static int magnitude_end(const scan *s, size_t j, size_t e)
{
    if (e < j + 3)
        return 0;
    double f;
    return tally_magnitude_scan(s->f + e - 3, 3, &f) == 3 && f >= 1e4;
}

/* Whether the lexicon's word [e, e + wl) is a magnitude character and a
 * unit of the table, and nothing else (千公顷, 万吨): then the magnitude folds
 * into the value and the table's unit is the unit, as the spec folds 萬噸,
 * so 135.5千公顷 is 135500 公顷. A magnitude with anything else after it
 * stays the lexicon's unit (千瓦小时, 千赫). */
static int magnitude_and_unit(const scan *s, size_t e, size_t wl)
{
    double f;
    if (wl <= 3 || tally_magnitude_scan(s->f + e, 3, &f) != 3 || f < 100)
        return 0;
    const unit_rule *u = tally_rules_unit_at(s->r, s->f, e + wl, e + 3);
    return u && u->wlen == wl - 3 && u->kind == TALLY_FIG_QUANTITY;
}

/* Whether the wl bytes at w are one of words. */
static int word_in(const char *const *words, const char *w, size_t wl)
{
    for (size_t k = 0; words[k]; k++)
        if (strlen(words[k]) == wl && memcmp(words[k], w, wl) == 0)
            return 1;
    return 0;
}

/* Bytes of the measure word (jieba's POS q, through the lexicon of
 * core/lexicon.c) of one to three Han characters at e, or 0: the longest
 * lexicon word at e (up to four characters) must be that measure word, so
 * that 3股东 and 3集团 are not 3股 and 3集, and it must not be denied
 * (tally_measure_denied). Only after an Arabic number or a Chinese one of at
 * least 2, so that 一道, 一股 and 一番 (idioms) stay words. A classifier
 * jieba tags otherwise (tally_numeral_classifiers: 担, 块, 瓶) counts as q. */
static size_t lexicon_measure(const scan *s, const fig_reading *rd, size_t e, size_t hi)
{
    if (rd->chinese && rd->value < 2)
        return 0;
    return fig_lexicon_measure_at(s, e, hi);
}

size_t fig_lexicon_measure_at(const scan *s, size_t e, size_t hi)
{
    size_t ends[5] = {e, 0, 0, 0, 0}, n = 0;
    for (size_t p = e; n < 4 && p < hi;) {
        size_t k = p;
        if (!is_han(utf8_next(s->f, hi, &k)))
            break;
        ends[++n] = p = k;
    }
    for (; n > 0; n--) {
        size_t wl = ends[n] - e;
        lex_class cls;
        int tag;
        if (!tally_lex_lookup(s->f + e, wl, &cls, &tag))
            continue;
        /* the longest word decides */
        if ((cls != LEX_MEASURE && !word_in(tally_numeral_classifiers, s->f + e, wl)) ||
            wl >= TALLY_UNIT_MAX)
            return 0;
        for (size_t k = 0; tally_measure_denied[k]; k++)
            if (strlen(tally_measure_denied[k]) == wl && memcmp(tally_measure_denied[k], s->f + e, wl) == 0)
                return 0;
        if (magnitude_and_unit(s, e, wl))
            return 0;
        return wl;
    }
    return 0;
}

/* Numbers joined into a list (tally_unit_list_joins) with the unit written
 * once after the last share it, as a reader reads them:
 * - 高1.9、0.9、0.1个百分点, 5,098,508及1,379,936人次: members without a
 *   magnitude of their own (2、3万元 is not read: the last has one, the
 *   first not; spec ranges are written with 至, 到, -), any unit but a time or
 *   an ordinal;
 * - 10.15万亿、11万亿、11.17万亿元 (with_magnitude): every member ends in a
 *   magnitude, and the unit is money or a quantity.
 * Returns the unit of the last member (its compound in comp), NULL when the
 * list ends without one or a member breaks the rule. */
static const unit_rule *shared_list_unit(const scan *s, const fig_reading *rd, size_t e,
                                         size_t hi, int with_magnitude, char comp[TALLY_UNIT_MAX])
{
    for (int members = 0; members < 12; members++) {
        size_t wl;
        /* print layout may set spaces around the join (1.7 、2.8个百分点) */
        e = fig_gap(s->f, e, hi);
        if (!tally_word_at(tally_unit_list_joins, s->f, hi, e, &wl))
            return NULL;
        size_t j = fig_gap(s->f, e + wl, hi), ue;
        double v;
        int zh;
        tally_approx ap = TALLY_APPROX_NONE;
        if (!fig_numeral_starts(s, j, hi) || masked(s, j, j + 1))
            return NULL;
        e = fig_number_at(s, j, hi, &v, &zh, &ap);
        if (zh != rd->chinese || v < 0 || magnitude_end(s, j, e) != with_magnitude)
            return NULL;
        const unit_rule *u = fig_unit_after(s, e, hi, &ue, comp);
        if (!u)
            continue;
        if (with_magnitude)
            return u->kind == TALLY_FIG_MONEY || u->kind == TALLY_FIG_QUANTITY ? u : NULL;
        return u->kind == TALLY_FIG_TIME || u->kind == TALLY_FIG_ORDINAL ? NULL : u;
    }
    return NULL;
}

/* The magnitude written at the end of the number [j, e) (万, 亿, 万亿, 千万,
 * 百万), 1 if none. */
static double magnitude_written(const scan *s, size_t j, size_t e)
{
    double total = 1, f;
    while (e > j + 3 && tally_magnitude_scan(s->f + e - 3, 3, &f) == 3 && f >= 100) {
        total *= f;
        e -= 3;
    }
    return total;
}

/* 667到687亿美元, 三至五万元: the lower end of a range written without the
 * magnitude of the upper end takes it, when it is digits alone or one Chinese
 * digit, and is less than the upper end's digits. Returns the factor, 1 if
 * none applies. */
static double range_shared_magnitude(const scan *s, const fig_reading *rd, size_t e,
                                     size_t j2, size_t e2)
{
    if (rd->value <= 0 || rd->prefix || magnitude_written(s, rd->j, e) != 1)
        return 1;
    int digits = 1;
    for (size_t p = rd->j; p < e; p++)
        digits &= (s->f[p] >= '0' && s->f[p] <= '9') || s->f[p] == '.' || s->f[p] == ',';
    if (!digits && e != rd->j + 3)
        return 1;
    double f = magnitude_written(s, j2, e2);
    if (f < 100)
        return 1;
    double bare;
    int zh;
    size_t n = tally_numeral_scan(s->f + j2, e2 - j2, &bare, &zh);
    if (!n || bare <= rd->value || j2 + n > e2)
        return 1;
    return f;
}

/* Whether a unit of the table, of kind quantity, ends exactly at q and
 * starts at least min_chars characters before it. */
static int quantity_unit_ends_at(const scan *s, size_t q, int min_chars)
{
    size_t p = q;
    for (int chars = 1; chars <= 4 && p > 0; chars++) {
        size_t b;
        utf8_prev(s->f, p, &b);
        p = b;
        if (chars < min_chars)
            continue;
        const unit_rule *u = tally_rules_unit_at(s->r, s->f, q, p);
        if (u && p + u->wlen == q && u->kind == TALLY_FIG_QUANTITY)
            return 1;
    }
    return 0;
}

/* Whether the bare number of rd counts what a unit written before it names:
 * a noun ending in a unit of two characters or more (访客人次, 起降架次) or
 * in a unit and 数 or 量 (人數, 户数), a copula (tally_unit_before_copulas:
 * 为, 分别为, 达, ：), then the number, or a later member of its list
 * (访客人次分别为359 500及108 500). The gold reads them as counts with
 * unit "" (heldout2 README: "Lists sharing one unit"). The caller takes a
 * Chinese numeral only when it ends in a magnitude (四百萬). */
static int unit_named_before(const scan *s, const fig_reading *rd)
{
    if (rd->frac || rd->prefix || rd->value < 0)
        return 0;
    size_t p = rd->start, wl;
    for (int members = 0; members < 12; members++) {
        if (tally_word_before(tally_unit_before_copulas, s->f, p, &wl)) {
            size_t q = p - wl, el;
            if (quantity_unit_ends_at(s, q, 2))
                return 1;
            return tally_word_before(tally_unit_before_endings, s->f, q, &el) &&
                   quantity_unit_ends_at(s, q - el, 1);
        }
        /* an earlier member: a join, then Arabic digits grouped by , . or spaces */
        if (!tally_word_before(tally_unit_list_joins, s->f, p, &wl))
            return 0;
        p -= wl;
        int digits = 0;
        while (p > 0) {
            char c = s->f[p - 1];
            if (c >= '0' && c <= '9')
                digits++;
            else if (c != ',' && c != '.' && c != ' ')
                break;
            p--;
        }
        if (!digits)
            return 0;
    }
    return 0;
}

/* Whether the time unit u of rd measures a length that a noun of
 * tally_duration_measure_nouns names before the number in its sentence
 * (住客平均留宿時間按年減少0.1晚至1.6晚, 週工時未達35小時者, 加班工時平均17.2小時):
 * then the number is a measured quantity, not a time expression. Only the
 * small units of tally_measured_duration_units count (a year or a month
 * after such a noun is still a period: 工時…連續3個月). */
int fig_duration_noun_before(const scan *s, size_t start)
{
    size_t p = start;
    for (int chars = 0; p > 0 && chars < 60; chars++) {
        size_t q;
        uint32_t c = utf8_prev(s->f, p, &q);
        if (c == 0x3002 || c == 0xFF1B || c == ';' || c == '\n' || c == 0xFF01 || c == 0xFF1F)
            return 0;
        p = q;
        size_t wl;
        if (tally_word_at(tally_duration_measure_nouns, s->f, start, p, &wl))
            return 1;
    }
    return 0;
}

static int measured_duration(const scan *s, const fig_reading *rd, const unit_rule *u)
{
    return word_in(tally_measured_duration_units, u->word, u->wlen) &&
           fig_duration_noun_before(s, rd->start);
}

/* The divisor of the fraction word of tally_fraction_marks at p (百分之 1,
 * 千分之 10, 万分之 100) with its bytes in *wl, or 0 when none stands there. */
static double fraction_mark_at(const scan *s, size_t p, size_t hi, size_t *wl)
{
    for (size_t k = 0; tally_fraction_marks[k]; k++)
        if (tally_word_at((const char *const[]){tally_fraction_marks[k], NULL}, s->f, hi, p, wl))
            return tally_fraction_divisors[k];
    return 0;
}

/* The fraction word written before the first member of a list of bare
 * numerals (百分之六十及四十, 增幅各為百分之五點二及三點八, 分別為百分之三十九點五、廿四點二
 * 及十點一): the divisor of that word when the figures before rd in its
 * sentence are percents joined by tally_unit_list_joins right up to rd and
 * the first of them opens with a fraction word; 0 otherwise. */
static double fraction_list_divisor(const scan *s, const fig_reading *rd)
{
    size_t pos = rd->start, wl;
    for (size_t i = s->out.n; i > s->sent_first; i--) {
        const tally_figure *f = &s->out.v[i - 1];
        if (!tally_word_before(tally_unit_list_joins, s->f, pos, &wl) ||
            f->span.stop != pos - wl || strcmp(f->unit, "%") != 0)
            return 0;
        for (size_t p = f->span.start; p < f->span.stop && p < f->span.start + 12; p++) {
            double d = fraction_mark_at(s, p, f->span.stop, &wl);
            if (d)
                return d;
        }
        pos = f->span.start;
    }
    return 0;
}

/* 百分之三點五至三點八, 百分之三至百分之三點五: the upper end of a range after a
 * fraction word, written with the word again or bare (a Chinese numeral with
 * no unit after it). Fills rd's value_max and returns the end, or 0. */
static size_t fraction_range(const scan *s, fig_reading *rd, size_t hi)
{
    size_t rm, fw = 0, p, ue;
    char comp[TALLY_UNIT_MAX];
    if (!tally_word_at(tally_range_marks, s->f, hi, rd->e, &rm))
        return 0;
    double div = fraction_mark_at(s, rd->j, hi, &fw);
    if (!div)
        return 0;
    p = rd->e + rm;
    double again = fraction_mark_at(s, p, hi, &fw);
    if (again && again != div)
        return 0;
    if (again)
        p += fw;
    if (!fig_numeral_starts(s, p, hi))
        return 0;
    double v2;
    int zh2;
    tally_approx a2 = TALLY_APPROX_NONE;
    size_t e2 = fig_number_at(s, p, hi, &v2, &zh2, &a2);
    if (!e2 || v2 < 0 || v2 / div < rd->value)
        return 0;
    if (!again && (!zh2 || fig_unit_after(s, e2, hi, &ue, comp)))
        return 0; /* 百分之三至5年: the second number is another thing's */
    rd->value_max = v2 / div;
    rd->has_max = 1;
    return e2;
}

/* 312点 of an index (tally_index_point_words): a number with no unit that
 * cannot be an hour (25 or more, or a fraction). The bytes of the word, or 0. */
static size_t index_point(const scan *s, const fig_reading *rd, size_t e, size_t hi)
{
    size_t wl, sl;
    /* 三百一十二点 in running text is an index too (no hour reaches 25); a
     * whole string 二十五点 is read with 点 as its decimal point */
    if ((rd->chinese && (rd->value < 25 || s->whole)) ||
        (rd->value < 25 && rd->value == floor(rd->value)) ||
        !tally_word_at(tally_index_point_words, s->f, hi, e, &wl))
        return 0;
    if (tally_word_at(tally_index_point_stops, s->f, hi, e + wl, &sl) ||
        fig_numeral_starts(s, e + wl, hi))
        return 0;
    /* 点击, 点评, 点位: a word of the lexicon starts at 点 */
    lex_class cls;
    int tag;
    for (size_t l = wl + 3; l <= wl + 6 && e + l <= hi; l += 3)
        if (tally_lex_lookup(s->f + e, l, &cls, &tag))
            return 0;
    return wl;
}

/* How far (characters) back a score noun is looked for in the sentence. */
#define SCORE_NOUN_CHARS 160

/* 综合判断分数增加至 38 分，较上月增加 1 分: 分 after a number is a point of a
 * score (tally_score_point_words) when a score noun (tally_score_nouns: 分数,
 * 得分) stands before it in its sentence and 分 ends a word there (not 分钟,
 * 分之, 分别: a Han character after it must be a qualifier or a particle of
 * tally_score_point_followers), or when a trend word stands right before the
 * number (各增加 1 分: a score's change). Print layout may set a space before it. The
 * bytes from e through the word (*w its start), or 0. */
static size_t score_point(const scan *s, const fig_reading *rd, size_t e, size_t hi, size_t *w)
{
    size_t g = fig_gap(s->f, e, hi), wl, fl;
    if (!tally_word_at(tally_score_point_words, s->f, hi, g, &wl))
        return 0;
    size_t k = g + wl;
    uint32_t c = k < hi ? utf8_next(s->f, hi, &k) : 0;
    if (is_han(c) && !tally_word_at(tally_score_point_followers, s->f, hi, g + wl, &fl))
        return 0;
    /* 各增加 1 分: a change of a score, with a trend word right before */
    size_t b = rd->start;
    while (b > 0 && (s->f[b - 1] == ' ' || s->f[b - 1] == '\t'))
        b--;
    int found = b > 0 && tally_trend_ends(s->r, s->f, b > 24 ? b - 24 : 0, b);
    for (size_t p = e, chars = 0; p > 0 && chars < SCORE_NOUN_CHARS && !found; chars++) {
        size_t q;
        uint32_t b = utf8_prev(s->f, p, &q);
        if (b == 0x3002 || b == '\n' || b == 0xFF01 || b == 0xFF1F)
            break;
        found = tally_word_before(tally_score_nouns, s->f, p, &fl) != NULL;
        p = q;
    }
    if (!found)
        return 0;
    *w = g;
    return g + wl - e;
}

/* 183.4亿(澳门元), 15.5亿（港元）: a currency alone in brackets right after
 * a number; the bytes through the closing bracket (and *u the currency), or 0. */
static size_t bracketed_currency(const scan *s, size_t e, size_t hi, const unit_rule **u)
{
    size_t p = e, ue;
    uint32_t open = utf8_next(s->f, hi, &p);
    if (open != '(' && open != 0xFF08)
        return 0;
    char comp[TALLY_UNIT_MAX];
    const unit_rule *c = fig_unit_after(s, p, hi, &ue, comp);
    if (!c || c->kind != TALLY_FIG_MONEY || comp[0])
        return 0;
    size_t q = ue;
    uint32_t close = q < hi ? utf8_next(s->f, hi, &q) : 0;
    if (!((open == '(' && close == ')') || (open == 0xFF08 && close == 0xFF09)))
        return 0;
    *u = c;
    return q - e;
}

/* 减少3,000人至12.5万人: after a trend word, 至 or 到 (tally_level_marks)
 * leads from a change in a count or an amount to the level it reached, so
 * the two numbers are no range (2-3家 still is; so are rates after a trend
 * word, 年增四十％至四十五％, the range a forecast gives). */
static int change_to_level(const scan *s, const fig_reading *rd, size_t mark, size_t hi)
{
    size_t wl, b = rd->start;
    if (!tally_word_at(tally_level_marks, s->f, hi, mark, &wl))
        return 0;
    if (b >= 3 && utf8_starts(s->f, b, b - 3, "了", 3))
        b -= 3;
    return b > 0 && tally_trend_ends(s->r, s->f, b > 24 ? b - 24 : 0, b);
}

/* The scale of a discount (七折 ×10; 五五折, 85折 ×1): 1 with *scale, 0 when
 * the number is none (十折, 120折, a range past two digits). */
static int discount_scale(const scan *s, const fig_reading *rd, double *scale)
{
    double hi = rd->has_max ? rd->value_max : rd->value;
    if (rd->value <= 0 || hi < 10) {
        *scale = 10;
        return hi < 10;
    }
    for (size_t i = rd->j; i + 3 <= rd->e; i++)
        if (utf8_starts(s->f, rd->e, i, "十", 3) || utf8_starts(s->f, rd->e, i, "拾", 3))
            return 0; /* 十五折: no discount */
    *scale = 1;
    return rd->value >= 10 && hi < 100 && rd->value == floor(rd->value);
}

int
fig_read_unit(const scan *s, size_t hi, fig_reading *rd, size_t *skip)
{
    size_t e = rd->e, ue;
    char comp[TALLY_UNIT_MAX];
    const unit_rule *u = fig_unit_after(s, e, hi, &ue, comp);
    /* 5立方厘米, 120毫米汞柱: a longer measure word of the lexicon than the
     * table's unit (立方, 毫米) is the unit (the lexicon branch below) */
    if (u && u->kind == TALLY_FIG_QUANTITY && !comp[0] && ue == e + u->wlen &&
        lexicon_measure(s, rd, e, hi) > u->wlen)
        u = NULL;
    /* a space of print layout before the unit: 948 家, 2024 年 (fig_gap) */
    size_t g = u || rd->frac ? e : fig_gap(s->f, e, hi);
    if (g > e) {
        if ((u = fig_unit_after(s, g, hi, &ue, comp)) != NULL || lexicon_measure(s, rd, g, hi) > 0)
            e = g;
    }
    if (rd->frac) {
        size_t fe = fraction_range(s, rd, hi);
        if (fe)
            e = fe;
    }
    /* a range: 2-3家, 10%至15%, 三至五个 */
    size_t after_first = u ? ue : e, mw;
    if (tally_word_at(tally_range_marks, s->f, hi, after_first, &mw) &&
        fig_numeral_starts(s, after_first + mw, hi) && !rd->frac &&
        !(u &&
          (u->kind == TALLY_FIG_QUANTITY || u->kind == TALLY_FIG_MONEY ||
           (u->kind == TALLY_FIG_TIME && measured_duration(s, rd, u))) &&
          change_to_level(s, rd, after_first, hi))) {
        double v2;
        int zh2;
        tally_approx a2 = TALLY_APPROX_NONE;
        size_t e2 = fig_number_at(s, after_first + mw, hi, &v2, &zh2, &a2);
        size_t ue2;
        char comp2[TALLY_UNIT_MAX];
        const unit_rule *u2 = fig_unit_after(s, e2, hi, &ue2, comp2);
        if (e2 && v2 >= rd->value && u2 && (!u || u == u2 || strcmp(u->unit, u2->unit) == 0)) {
            if (!u)
                rd->value *= range_shared_magnitude(s, rd, after_first, after_first + mw, e2);
            rd->value_max = v2;
            rd->has_max = 1;
            u = u2;
            ue = ue2;
            strcpy(comp, comp2);
            e = e2;
        }
    }
    if (!u && !rd->frac && !rd->prefix) {
        const unit_rule *shared = shared_list_unit(s, rd, e, hi, magnitude_end(s, rd->j, e), comp);
        if (shared) {
            u = shared;
            ue = e; /* the figure is the number alone: 1.9 of 1.9、0.9个百分点 */
        }
    }
    if (!u && !rd->frac && !rd->prefix && rd->chinese && rd->value >= 0 && e > rd->j) {
        double div = fraction_list_divisor(s, rd);
        if (div) { /* 百分之六十及四十: 四十 is 40 % */
            rd->value /= div;
            strcpy(rd->unit, "%");
            rd->kind = TALLY_FIG_PERCENT;
            rd->frac = 1;
        }
    }
    if (rd->frac) {
        /* the unit is already % */
    } else if (u) {
        if (u->kind == TALLY_FIG_TIME && measured_duration(s, rd, u)) {
            /* 留宿時間…1.6晚: a measured length, a quantity in its unit */
            strcpy(rd->unit, u->unit);
            rd->kind = TALLY_FIG_QUANTITY;
            rd->unit_flags = u->flags;
            rd->e = ue;
            return 1;
        }
        if (u->kind == TALLY_FIG_TIME || u->kind == TALLY_FIG_ORDINAL) {
            *skip = ue;
            return 0;
        }
        double scale = u->scale;
        if (word_in(tally_units_of_discount, u->word, u->wlen) &&
            !discount_scale(s, rd, &scale)) {
            *skip = ue;
            return 0;
        }
        strcpy(rd->unit, comp[0] ? comp : u->unit);
        rd->kind = u->kind;
        rd->value *= scale;
        if (rd->has_max)
            rd->value_max *= scale;
        rd->unit_flags = u->flags;
        e = ue;
    } else if (rd->prefix) {
        /* $500, 欧元三百万; a Chinese numeral with neither unit nor magnitude
         * after a currency is a word (日元一路贬值, 美元三连涨) */
        if (rd->chinese && !magnitude_end(s, rd->j, e)) {
            *skip = e;
            return 0;
        }
    } else if ((mw = bracketed_currency(s, e, hi, &u)) > 0) {
        /* 183.4億(澳門元): the currency in brackets right after the number */
        strcpy(rd->unit, u->unit);
        rd->kind = TALLY_FIG_MONEY;
        rd->unit_flags = u->flags;
        e += mw;
    } else if (utf8_starts(s->f, hi, e, "大", 3) && rd->value >= 2 && e + 3 < hi &&
               (unsigned char)s->f[e + 3] >= 0xE0) {
        size_t q = e + 3;
        if (is_han(utf8_next(s->f, hi, &q))) {
            /* 十大工程, 四大领域: a declared count without a measure word */
            rd->unit[0] = '\0';
            rd->kind = TALLY_FIG_QUANTITY;
            rd->unit_flags = TALLY_UNIT_LIST_COUNT;
            e += 3;
        } else {
            *skip = e;
            return 0;
        }
    } else if ((mw = score_point(s, rd, e, hi, &ue)) > 0) {
        /* 分数增加至 38 分: the points of a score */
        memcpy(rd->unit, s->f + ue, e + mw - ue);
        rd->unit[e + mw - ue] = '\0';
        rd->kind = TALLY_FIG_QUANTITY;
        rd->unit_flags = 0;
        e += mw;
    } else if ((mw = index_point(s, rd, e, hi)) > 0 || (mw = lexicon_measure(s, rd, e, hi)) > 0) {
        /* 恒指跌312点: points of an index; 300盏, 3万袋: a measure word the
         * tables lack, from the lexicon */
        memcpy(rd->unit, s->f + e, mw);
        rd->unit[mw] = '\0';
        rd->kind = TALLY_FIG_QUANTITY;
        rd->unit_flags = 0;
        e += mw;
    } else if ((!rd->chinese && e > rd->j &&
                (magnitude_end(s, rd->j, e) || unit_named_before(s, rd))) ||
               (rd->chinese && magnitude_end(s, rd->j, e) && unit_named_before(s, rd))) {
        /* 人次达3,400万: a magnitude makes a count even without a unit;
         * 访客人次分别为359 500: so does a unit named before the number; in
         * Chinese numerals both (訪港旅客人次錄得約四百萬), as a bare Chinese
         * numeral is more often a name */
        rd->unit[0] = '\0';
        rd->kind = TALLY_FIG_QUANTITY;
    } else {
        *skip = e; /* a bare number: a code, a name, a year without 年 */
        return 0;
    }
    if (rd->prefix && (!u || strcmp(rd->unit, "元") == 0 || u->kind != TALLY_FIG_MONEY)) {
        if (!u || u->kind == TALLY_FIG_MONEY) {
            strcpy(rd->unit, rd->prefix->unit);
            rd->kind = TALLY_FIG_MONEY;
        }
    }
    rd->e = e;
    return 1;
}

/* 两美元三美分, 12港元5仙, 3英镑又50便士: after an amount in another
 * currency, one sub-unit of that currency (tally_money_foreign_subunits)
 * with a numeral of 1-99 in the script of the amount, 又 allowed between. */
static void foreign_subunit_after(const scan *s, size_t hi, fig_reading *rd)
{
    size_t e = rd->e;
    if (utf8_starts(s->f, hi, e, "又", 3))
        e += 3;
    double v;
    int zh;
    size_t n = tally_numeral_scan(s->f + e, hi - e, &v, &zh);
    if (!n || zh != rd->chinese || v < 1 || v > 99 || v != floor(v) || masked(s, e, e + n))
        return;
    for (size_t k = 0; tally_money_foreign_subunits[k].word; k++) {
        const number_subunit *f = &tally_money_foreign_subunits[k];
        size_t wl = strlen(f->word);
        if (strcmp(f->unit, rd->unit) == 0 && utf8_starts(s->f, hi, e + n, f->word, wl) &&
            v * f->scale < 1) {
            rd->value = fig_snap15(rd->value + v * f->scale);
            rd->e = e + n + wl;
            return;
        }
    }
}

/* 贰仟零伍元伍角, 12元5角3分: after an amount in 元 the sub-units of the
 * yuan written with their numerals (tally_money_subunits: 角 毛 a tenth,
 * 分 a hundredth; each smaller than the one before, in the script of the
 * amount) belong to it, unless the sub-unit starts a word of the lexicon
 * (5分钟, 3角色). */
static void foreign_subunit_after(const scan *s, size_t hi, fig_reading *rd);

static void money_subunits_after(const scan *s, size_t hi, fig_reading *rd)
{
    if (rd->kind == TALLY_FIG_MONEY && strcmp(rd->unit, "元") != 0 && !rd->has_max) {
        foreign_subunit_after(s, hi, rd);
        return;
    }
    if (rd->kind != TALLY_FIG_MONEY || strcmp(rd->unit, "元") != 0 || rd->has_max)
        return;
    size_t e = rd->e;
    double last = 1;
    for (int part = 0; part < 3 && e < hi; part++) {
        double v;
        int zh;
        size_t n = tally_numeral_scan(s->f + e, hi - e, &v, &zh);
        if (!n || zh != rd->chinese || v < 1 || v > 9 || v != floor(v) || masked(s, e, e + n))
            return;
        const number_word *w = number_word_at(tally_money_subunits, s->f, hi, e + n);
        if (!w || w->scale >= last)
            return;
        size_t wl = strlen(w->word);
        lex_class cls;
        int tag;
        if (e + n + wl + 3 <= hi && tally_lex_lookup(s->f + e + n, wl + 3, &cls, &tag))
            return;
        rd->value = fig_snap15(rd->value + v * w->scale);
        last = w->scale;
        e += n + wl;
        rd->e = e;
    }
}

/* 八成五 (85%), 一成半 (15%): a digit or 半 after a unit of tenths
 * (tally_units_with_tenths) adds its tenths, unless a numeral, or a time or
 * list unit, goes on after the digit (三成五年内, 两成五个). */
static void tenths_after(const scan *s, size_t hi, fig_reading *rd)
{
    size_t e = rd->e;
    for (size_t u = 0; tally_units_with_tenths[u]; u++) {
        size_t ul = strlen(tally_units_with_tenths[u]);
        if (e < rd->j + ul || memcmp(s->f + e - ul, tally_units_with_tenths[u], ul) || rd->has_max)
            continue;
        double tenth; /* in percent: a tenth of 成 is 1% */
        int zh, half = utf8_starts(s->f, hi, e, "半", 3);
        size_t n;
        if (half) {
            tenth = 5;
            n = 3;
        } else if ((n = tally_numeral_scan(s->f + e, hi - e, &tenth, &zh)) != (zh ? 3u : 1u) ||
                   zh != rd->chinese || tenth < 1 || tenth > 9 || tenth != floor(tenth)) {
            return; /* 八成五, 6成5: the tenth in the numerals of the tens */
        }
        /* 三成五年内, 两成五个: the digit counts the time or the items after it */
        const unit_rule *next = half ? NULL : tally_rules_unit_at(s->r, s->f, hi, e + n);
        if (fig_numeral_starts(s, e + n, hi) || masked(s, e, e + n) ||
            (next && (next->kind == TALLY_FIG_TIME || (next->flags & TALLY_UNIT_LIST_COUNT))))
            return;
        rd->value += tenth;
        rd->e = e + n;
        return;
    }
}

/* 一倍半 = 1.5 倍: 半 after a unit of tally_units_with_half adds half of
 * it, unless a time unit follows (两倍半年 is no multiple). */
static void half_after(const scan *s, size_t hi, fig_reading *rd)
{
    size_t e = rd->e;
    if (rd->has_max || !utf8_starts(s->f, hi, e, "半", 3) || masked(s, e, e + 3))
        return;
    for (size_t u = 0; tally_units_with_half[u]; u++) {
        size_t ul = strlen(tally_units_with_half[u]);
        if (e < rd->j + ul || memcmp(s->f + e - ul, tally_units_with_half[u], ul))
            continue;
        const unit_rule *next = tally_rules_unit_at(s->r, s->f, hi, e + 3);
        if (next && next->kind == TALLY_FIG_TIME)
            return;
        rd->value += 0.5;
        rd->e = e + 3;
        return;
    }
}

void fig_read_qualifier_after(const scan *s, size_t hi, fig_reading *rd)
{
    tenths_after(s, hi, rd);
    half_after(s, hi, rd);
    money_subunits_after(s, hi, rd);
    /* 五成多, 一倍多: the inside qualifier (多, 余) after these units */
    for (size_t u = 0; tally_units_with_inner_qualifier[u]; u++) {
        size_t ul = strlen(tally_units_with_inner_qualifier[u]);
        if (rd->e < rd->j + ul || memcmp(s->f + rd->e - ul, tally_units_with_inner_qualifier[u], ul))
            continue;
        for (size_t k = 0; k < s->r->qualifiers.n; k++) {
            const qualifier_rule *q = &s->r->qualifiers.v[k];
            if (q->before == 2 && utf8_starts(s->f, hi, rd->e, q->word, q->wlen)) {
                rd->approx = q->approx;
                rd->e += q->wlen;
                return;
            }
        }
    }
    for (size_t k = 0; k < s->r->qualifiers.n; k++) {
        const qualifier_rule *q = &s->r->qualifiers.v[k];
        if (q->before == 0 && utf8_starts(s->f, hi, rd->e, q->word, q->wlen)) {
            rd->approx = q->approx;
            rd->e += q->wlen;
            break;
        }
    }
}
