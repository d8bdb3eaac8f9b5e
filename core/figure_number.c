/* The number stage of the figure scanner (spec/figures.md, "Numbers"): a
 * qualifier before the number (约, 超过), a currency prefix ($, 港币), a
 * doubling (翻一番), a fraction (百分之十五, 三分之一), a ratio (1:9.7), and the
 * numeral with its magnitudes and the qualifier inside (60余, 20多亿). What is
 * no figure is told here too: ordinals (第二届), vague counts (数十), codes
 * (G20), the article 一个 (作为一个重点). The unit stage goes on from the end. */
#include "figure_scan.h"
#include "number_tables.h"

#include <math.h>
#include <stdlib.h>

/* The width of a space that groups thousands (468 000人次, 1 379 936): an
 * ASCII, no-break, thin or narrow no-break space; 0 if none at i. */
static size_t group_space(const char *f, size_t i, size_t hi)
{
    if (i < hi && f[i] == ' ')
        return 1;
    if (utf8_starts(f, hi, i, "\xC2\xA0", 2))
        return 2;
    if (utf8_starts(f, hi, i, "\xE2\x80\x89", 3) || utf8_starts(f, hi, i, "\xE2\x80\xAF", 3))
        return 3;
    return 0;
}

/* 468 000, 5 098 508: one to three ASCII digits and groups of exactly three
 * after single spaces, the grouping of the SI and of Hong Kong's and Macao's
 * releases. Returns the end of the grouped integer and its value in *v, or i
 * when the digits at i are not so grouped (2015 123, 3 45, 1.5 000). */
static size_t space_grouped(const char *f, size_t i, size_t hi, double *v)
{
    size_t j = i;
    double w = 0;
    while (j < hi && j - i < 4 && f[j] >= '0' && f[j] <= '9')
        w = w * 10 + (f[j++] - '0');
    if (j == i || j - i > 3 || (j < hi && f[j] >= '0' && f[j] <= '9'))
        return i;
    size_t end = i;
    for (;;) {
        size_t g = group_space(f, j, hi), k = j + g;
        if (!g)
            break;
        size_t d = k;
        while (d < hi && d - k < 4 && f[d] >= '0' && f[d] <= '9')
            d++;
        /* a comma after the group ends it only when digits follow (mixed
         * separators, 1 234,567); before a word it is punctuation:
         * 108 500,较去年 */
        if (d - k != 3 || (d + 1 < hi && f[d] == ',' && f[d + 1] >= '0' && f[d + 1] <= '9'))
            break;
        for (; k < d; k++)
            w = w * 10 + (f[k] - '0');
        j = end = d;
    }
    if (end == i)
        return i;
    if (end + 1 < hi && f[end] == '.' && f[end + 1] >= '0' && f[end + 1] <= '9') {
        double frac = 0, div = 1; /* 12 345.6 */
        for (end++; end < hi && f[end] >= '0' && f[end] <= '9'; end++, div *= 10)
            frac = frac * 10 + (f[end] - '0');
        w += frac / div;
    }
    *v = w;
    return end;
}

/* Whether a place below 万 (十 百 千) that starts no unit stands at p: after
 * 二千几 it would make 二千几百 a product; such a qualifier is not the number's. */
static int lower_place_after(const scan *s, size_t p, size_t hi)
{
    double f;
    return p + 3 <= hi && tally_magnitude_scan(s->f + p, 3, &f) == 3 && f < 1e4 &&
           !tally_rules_unit_at(s->r, s->f, hi, p);
}

/* Whether white space of print layout (fig_gap's kinds) ends right before p. */
static int space_before(const char *f, size_t p)
{
    if (p >= 1 && (f[p - 1] == ' ' || f[p - 1] == '\t'))
        return 1;
    if (p >= 2 && (unsigned char)f[p - 2] == 0xC2 && (unsigned char)f[p - 1] == 0xA0)
        return 1;
    return p >= 3 && (unsigned char)f[p - 3] == 0xE3 && (unsigned char)f[p - 2] == 0x80 &&
           (unsigned char)f[p - 1] == 0x80;
}

/* A numeral with the magnitudes and the inside qualifier (余, 多) after it:
 * 60余, 20多亿, 3617.64万, 1.5万. Returns the end, 0 if none. */
/* 3万5,075, 1亿2000万, 3亿5千万, 8千5百: a number after a magnitude fills
 * the lower places, with magnitudes of its own below it (千万 in 3亿5千万),
 * part after part (2万3千5百); print layout may set spaces between the parts
 * (8 千 5 百元). Below 万, or after a space, a part needs a magnitude of
 * its own (8千5 is no 8500). Returns the end of the number, *v its value. */
static size_t lower_places(const scan *s, size_t i, size_t j, size_t hi, double *v)
{
    for (int part = 0; part < 4; part++) {
        size_t jd = fig_gap(s->f, j, hi);
        double f, w, g = 1, m;
        int zh;
        if (j < i + 3 || jd >= hi || s->f[jd] < '0' || s->f[jd] > '9' ||
            tally_magnitude_scan(s->f + j - 3, 3, &f) != 3 || f < 100)
            break;
        size_t e2 = jd + tally_numeral_scan(s->f + jd, hi - jd, &w, &zh);
        for (size_t g2 = fig_gap(s->f, e2, hi);
             g2 < hi && !tally_rules_unit_at(s->r, s->f, hi, g2) &&
             tally_magnitude_scan(s->f + g2, g2 + 3 <= hi ? 3 : hi - g2, &m) == 3 && g * m < f;
             g2 = fig_gap(s->f, e2, hi)) {
            g *= m;
            e2 = g2 + 3;
        }
        w *= g;
        /* a bare part across a space is another number (3万 2024年), unless
         * the layout spaces every part alike (44 萬 1000 人: a space before
         * the magnitude too), the part is no time expression, and a unit
         * that is no time follows it */
        const unit_rule *u = g == 1 ? tally_rules_unit_at(s->r, s->f, hi, fig_gap(s->f, e2, hi)) : NULL;
        int unit_after = u && u->kind != TALLY_FIG_TIME && u->kind != TALLY_FIG_ORDINAL;
        if (w < 0 || w >= f || (f < 1e4 && g == 1) ||
            (jd > j && g == 1 &&
             !(unit_after && space_before(s->f, j - 3) && !masked(s, jd, e2))))
            break;
        *v += w;
        j = e2;
    }
    return j;
}

/* 3w人, 1.5w元, 2k家: a Latin letter abbreviating a magnitude right after
 * Arabic digits (tally_latin_magnitudes: w 万, k 千, M 百万) when a unit of
 * the table or a measure word of the lexicon follows it at once, so 5km,
 * 4K电视 and 60W stay what they are. Returns the end, *v the value. */
static size_t latin_magnitude(const scan *s, size_t j, size_t hi, double *v)
{
    if (j == 0 || j >= hi || s->f[j - 1] < '0' || s->f[j - 1] > '9')
        return j;
    for (size_t k = 0; tally_latin_magnitudes[k].word; k++) {
        const number_swap *m = &tally_latin_magnitudes[k];
        size_t wl = strlen(m->word), e = j + wl;
        double f;
        if (!utf8_starts(s->f, hi, j, m->word, wl) || e >= hi ||
            !tally_magnitude_scan(m->as, strlen(m->as), &f))
            continue;
        const unit_rule *u = tally_rules_unit_at(s->r, s->f, hi, e);
        if ((u && (unsigned char)u->word[0] >= 0x80) || fig_lexicon_measure_at(s, e, hi)) {
            *v *= f;
            return e;
        }
    }
    return j;
}

size_t fig_number_at(const scan *s, size_t i, size_t hi, double *value, int *chinese,
                     tally_approx *approx)
{
    double v;
    size_t n = tally_numeral_scan(s->f + i, hi - i, &v, chinese);
    if (!n)
        return 0;
    size_t j = i + n;
    if (!*chinese && (i == 0 || !(s->f[i - 1] >= '0' && s->f[i - 1] <= '9'))) {
        double grouped = 0;
        size_t g = space_grouped(s->f, i, hi, &grouped);
        if (g > j) {
            j = g;
            v = grouped;
        }
    }
    /* print layout may set a space between the digits and what follows
     * (322.9 亿元, 2000 多场次): a magnitude or 多/余 after it still belongs
     * to the number; another numeral after it does not (fig_gap) */
    size_t g = fig_gap(s->f, j, hi);
    if (g > j && g < hi) {
        double factor;
        if (tally_magnitude_scan(s->f + g, g + 3 <= hi ? 3 : hi - g, &factor) && factor >= 100)
            j = g;
        for (size_t k = 0; j < g && k < s->r->qualifiers.n; k++)
            if (s->r->qualifiers.v[k].before == 2 &&
                utf8_starts(s->f, hi, g, s->r->qualifiers.v[k].word, s->r->qualifiers.v[k].wlen))
                j = g;
    }
    for (int round = 0; round < 2; round++) {
        /* magnitudes one by one; a unit that starts with a magnitude
         * character (千克, 百分点, 万千瓦 → 万 then 千瓦) wins, and so does a
         * measure word of the lexicon (千卡, 千瓦小时: figure_unit.c) */
        while (v >= 0 && !tally_rules_unit_at(s->r, s->f, hi, j) &&
               !fig_lexicon_measure_at(s, j, hi)) {
            double factor;
            size_t m = tally_magnitude_scan(s->f + j, j + 3 <= hi ? 3 : hi - j, &factor);
            if (!m)
                break;
            v *= factor;
            j += m;
        }
        /* 3w人, 2.5k元: a Latin letter of a magnitude right after digits */
        if (v >= 0 && !*chinese && round == 0)
            j = latin_magnitude(s, j, hi, &v);
        /* 3万5,075, 1亿2000万, 3亿5千万, 8 千 5 百: the lower places */
        if (v >= 0 && !*chinese)
            j = lower_places(s, i, j, hi, &v);
        int found = 0;
        for (size_t k = 0; k < s->r->qualifiers.n; k++) {
            const qualifier_rule *q = &s->r->qualifiers.v[k];
            if (q->before == 2 && utf8_starts(s->f, hi, j, q->word, q->wlen) &&
                !lower_place_after(s, j + q->wlen, hi)) {
                *approx = q->approx;
                j += q->wlen;
                found = 1;
                break;
            }
        }
        if (!found)
            break;
    }
    *value = v;
    return j;
}
int fig_numeral_starts(const scan *s, size_t i, size_t hi)
{
    double v;
    int zh;
    return i < hi && tally_numeral_scan(s->f + i, hi - i, &v, &zh) > 0;
}
static int ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
/* Whether a numeral (Chinese or full-width) ends just before p. */
int fig_numeral_char_before(const scan *s, size_t p)
{
    if (p < 3)
        return 0;
    double v;
    int zh;
    return tally_numeral_scan(s->f + p - 3, 3, &v, &zh) == 3;
}
/* 一 with a measure word after a verb that takes an article: 作为一个重点,
 * 交出了一份成绩单 (spec: article-like 一个 is no figure). */
static int article_one(const scan *s, size_t lo, size_t j, size_t e, size_t hi)
{
    size_t wl, p = j;
    if (e != j + 3 || !utf8_starts(s->f, hi, j, "一", 3))
        return 0;
    const unit_rule *u = tally_rules_unit_at(s->r, s->f, hi, e);
    if (!u || u->kind != TALLY_FIG_QUANTITY)
        return 0;
    if (p >= lo + 3 && utf8_starts(s->f, hi, p - 3, "了", 3))
        p -= 3;
    return p > lo && tally_word_before(tally_article_verbs, s->f, p, &wl) && p - wl >= lo;
}
/* Whether the word w of wl bytes is one of words. */
static int word_listed(const char *const *words, const char *w, size_t wl)
{
    for (size_t k = 0; words[k]; k++)
        if (strlen(words[k]) == wl && memcmp(words[k], w, wl) == 0)
            return 1;
    return 0;
}

/* 万, 亿, 万亿 with no numeral before them (近万人, 过亿元): a bare place
 * word, which the numeral reader leaves a word (万物, 亿万); the callers read
 * it only after a qualifier. Returns its end
 * and the value in *v (if v), or 0 when none is at j. */
static size_t bare_place_at(const scan *s, size_t j, size_t hi, double *v)
{
    double total = 1, f;
    size_t e = j;
    while (e + 3 <= hi && tally_magnitude_scan(s->f + e, 3, &f) == 3 && f >= 1e4) {
        total *= f;
        e += 3;
    }
    if (e == j)
        return 0;
    if (v)
        *v = total;
    return e;
}

/* 过万人次, 过百间 (Hong Kong's "over"): a qualifier of tally_place_qualifiers
 * before a place word (百 千 万 亿) alone, unless it ends a word
 * (tally_place_qualifier_words: 通过, 经过, 不过). The bytes of the
 * qualifier, or 0. */
static size_t place_qualifier(const scan *s, size_t j, size_t hi)
{
    size_t wl, pl;
    if (!tally_word_at(tally_place_qualifiers, s->f, hi, j, &wl) ||
        !tally_word_at(tally_place_words, s->f, hi, j + wl, &pl) ||
        fig_numeral_starts(s, j + wl + pl, hi))
        return 0;
    size_t bl;
    if (tally_word_before(tally_place_qualifier_words, s->f, j + wl, &bl) && bl > wl &&
        j + wl >= bl)
        return 0;
    return wl;
}

/* 百分八 (Macao's 8%) beside 百分之八: a fraction mark without 之 takes only
 * a Chinese digit after it, so 百分比 and 百分点 stay words. */
static int fraction_numeral_follows(const scan *s, const char *mark, size_t p, size_t hi)
{
    size_t ml = strlen(mark), wl;
    if (ml >= 3 && memcmp(mark + ml - 3, "之", 3) == 0)
        return 1;
    return tally_word_at(tally_fraction_bare_digits, s->f, hi, p, &wl) != NULL;
}

/* 人均GDP17861元: digits after a Latin abbreviation that names a statistic
 * (tally_latin_stat_nouns, a whole Latin word) are its value, not a code
 * such as G20. */
static int latin_noun_before(const scan *s, size_t j)
{
    size_t a = j;
    while (a > 0 && ((s->f[a - 1] >= 'A' && s->f[a - 1] <= 'Z') || (s->f[a - 1] >= 'a' && s->f[a - 1] <= 'z')))
        a--;
    if (a == j || (a > 0 && ascii_alnum(s->f[a - 1])))
        return 0;
    for (size_t k = 0; tally_latin_stat_nouns[k]; k++)
        if (strlen(tally_latin_stat_nouns[k]) == j - a &&
            memcmp(tally_latin_stat_nouns[k], s->f + a, j - a) == 0)
            return 1;
    return 0;
}

/* 大陆成长率, 队伍: a financial capital alone (陆, 伍, 拾) is also a common
 * character; alone it is a numeral only before a money unit (陆元, 伍圆). A
 * magnitude after it (陆万) already makes the numeral longer. */
static int lone_capital(const scan *s, size_t j, size_t e, size_t hi)
{
    size_t wl;
    if (e - j != 3 || !tally_word_at(tally_number_capital_digits, s->f, hi, j, &wl))
        return 0;
    if (fig_numeral_char_before(s, j))
        return 0;
    const unit_rule *u = tally_rules_unit_at(s->r, s->f, hi, e);
    return !u || u->kind != TALLY_FIG_MONEY;
}

/* A value rounded to 15 significant digits: 2.07亿 is 207000000, not the
 * 206999999.99999997 that 2.07 × 1e8 gives in binary. No figure is written
 * with more digits than that. */
/* 三分一 (a third), 四分三 (three quarters): Hong Kong and Macao write a
 * fraction without 之 (a mark of tally_fraction_bare_marks, 分). Read only in
 * Chinese numerals, a denominator of one character from 2 to 10 and a
 * numerator of one digit below it with no numeral after it (十分一致 and
 * 一分一厘 are words, masked before; 三分一百 is none). The value is a
 * percent, as 三分之一's. */
static int bare_fraction(const scan *s, fig_reading *rd, size_t e, size_t hi)
{
    size_t wl;
    if (!rd->chinese || e != rd->j + 3 || rd->value < 2 || rd->value > 10 ||
        !tally_word_at(tally_fraction_bare_marks, s->f, hi, e, &wl))
        return 0;
    double n;
    int zh;
    size_t p = e + wl, k = tally_numeral_scan(s->f + p, hi - p, &n, &zh);
    const unit_rule *u = k == 3 ? tally_rules_unit_at(s->r, s->f, hi, p + k) : NULL;
    if (k != 3 || !zh || n < 1 || n >= rd->value || n != floor(n) || masked(s, p, p + k) ||
        fig_numeral_starts(s, p + k, hi) || (u && u->kind == TALLY_FIG_TIME)) /* 三分一秒 */
        return 0;
    rd->value = fig_snap15(n / rd->value * 100);
    strcpy(rd->unit, "%");
    rd->kind = TALLY_FIG_PERCENT;
    rd->e = p + k;
    return 1;
}

double fig_snap15(double v)
{
    if (v == 0 || !isfinite(v))
        return v;
    /* a whole number of 16 digits below 2^52 is exact as read
     * (1234567890123456): a float error there is never a whole number */
    if (fabs(v) < 4503599627370496.0 && v == floor(v))
        return v;
    int digits = 14 - (int)floor(log10(fabs(v)));
    if (digits > 300 || digits < -300)
        return v;
    if (digits >= 0) {
        double scale = pow(10, digits);
        if (fabs(v) * scale >= 9007199254740992.0)
            return v;
        return round(v * scale) / scale;
    }
    double scale = pow(10, -digits);
    return round(v / scale) * scale;
}

fig_stage fig_read_number(scan *s, size_t lo, size_t hi, size_t i, fig_reading *rd,
                          size_t *skip)
{
    memset(rd, 0, sizeof *rd);
    rd->kind = TALLY_FIG_QUANTITY;
    *skip = 0;
    size_t start = i, j = i, wl;
    tally_approx approx = TALLY_APPROX_NONE;
    /* qualifiers before the number: 约, 近, 超过 (突破 stays out of the text);
     * the longest wins (不超过 over 超过, 约为 over 约) */
    const qualifier_rule *before = NULL;
    for (size_t k = 0; k < s->r->qualifiers.n; k++) {
        const qualifier_rule *q = &s->r->qualifiers.v[k];
        if (q->before == 1 && (!before || q->wlen > before->wlen) &&
            utf8_starts(s->f, hi, j, q->word, q->wlen) && !masked(s, j, j + q->wlen)) {
            size_t after = fig_gap(s->f, j + q->wlen, hi); /* 超过 5 万 */
            if (fig_numeral_starts(s, after, hi) || bare_place_at(s, after, hi, NULL) ||
                tally_word_at(tally_fraction_marks, s->f, hi, after, &wl))
                before = q;
        }
    }
    size_t place_q = before ? 0 : place_qualifier(s, j, hi);
    if (place_q) { /* 过万人次 */
        approx = TALLY_APPROX_OVER;
        j += place_q;
    }
    if (before) {
        approx = before->approx;
        j = fig_gap(s->f, j + before->wlen, hi);
        if (!before->in_text)
            start = j;
    }
    if (masked(s, j, j + 1))
        return FIG_NONE;
    /* a currency before the number: $, 港币, 人民币 */
    const unit_rule *prefix = NULL;
    for (uint32_t k = j < hi ? s->r->prefix_first[(unsigned char)s->f[j]] : 0; k;
         k = s->r->prefix_next[k - 1]) {
        const unit_rule *u = &s->r->units.v[k - 1];
        if ((u->flags & TALLY_UNIT_PREFIX) && (!prefix || u->wlen > prefix->wlen) &&
            utf8_starts(s->f, hi, j, u->word, u->wlen) &&
            fig_numeral_starts(s, fig_gap(s->f, j + u->wlen, hi), hi) &&
            !(j > 0 && ascii_alnum(u->word[0]) && ascii_alnum(s->f[j - 1])))
            prefix = u; /* a code (USD) inside a Latin word (XUSD3) is none */
    }
    if (prefix) /* 港币 3 亿元 */
        j = fig_gap(s->f, j + prefix->wlen, hi);
    rd->start = start;
    rd->j = j;
    rd->prefix = prefix;
    rd->approx = approx;
    /* 翻一番, 翻了两番: doubling N times is growth of (2^N - 1) × 100% */
    if (!prefix && utf8_starts(s->f, hi, j, "翻", 3)) {
        size_t p = j + 3;
        if (utf8_starts(s->f, hi, p, "了", 3))
            p += 3;
        double times;
        int zh;
        size_t n = tally_numeral_scan(s->f + p, hi - p, &times, &zh);
        if (n && times > 0 && times < 20 && utf8_starts(s->f, hi, p + n, "番", 3)) {
            size_t e = p + n + 3;
            if (masked(s, j, e))
                return FIG_NONE;
            rd->start = j;
            rd->e = e;
            rd->value = (pow(2, times) - 1) * 100;
            strcpy(rd->unit, "%");
            rd->kind = TALLY_FIG_GROWTH;
            return FIG_WHOLE;
        }
    }
    /* 第N and 前N outside a rank are ordinals: 第二届, 第一批 */
    if (utf8_starts(s->f, hi, j, "第", 3) || utf8_starts(s->f, hi, j, "前", 3)) {
        double v;
        int zh;
        size_t g = fig_gap(s->f, j + 3, hi); /* 第 2 届 */
        size_t n = tally_numeral_scan(s->f + g, hi - g, &v, &zh);
        if (n) {
            size_t e = g + n, ue;
            char comp[TALLY_UNIT_MAX];
            const unit_rule *u = fig_unit_after(s, fig_gap(s->f, e, hi), hi, &ue, comp);
            /* 恢复至疫情前六成: 前 before a share ends the word before it
             * (疫情前, 节前); the share is read from its numeral */
            if (u && u->kind == TALLY_FIG_PERCENT && utf8_starts(s->f, hi, j, "前", 3)) {
                *skip = g;
                return FIG_NONE;
            }
            if (u)
                e = ue;
            *skip = e;
        }
        return FIG_NONE;
    }
    /* a fraction: 百分之十五, 万分之7.6, 千分之三 */
    size_t k_frac;
    const char *frac = tally_word_at(tally_fraction_marks, s->f, hi, j, &wl);
    size_t e;
    if (frac && !fraction_numeral_follows(s, frac, j + wl, hi))
        frac = NULL; /* 百分比, 百分点: words, not 百分八 */
    if (frac) {
        for (k_frac = 0; tally_fraction_marks[k_frac] != frac; k_frac++)
            ;
        e = fig_number_at(s, j + wl, hi, &rd->value, &rd->chinese, &rd->approx);
        if (!e)
            return FIG_NONE;
        if (rd->value < 0) { /* 百分之七八十: a vague range, no figure */
            *skip = e;
            return FIG_NONE;
        }
        rd->value /= tally_fraction_divisors[k_frac];
        strcpy(rd->unit, "%");
        rd->kind = TALLY_FIG_PERCENT;
        rd->frac = 1;
        rd->e = e;
        return FIG_NEEDS_UNIT;
    }
    if ((place_q || (before && !word_listed(tally_place_class_qualifiers, before->word,
                                             before->wlen))) &&
        bare_place_at(s, j, hi, &rd->value)) {
        /* 近万人, 逾亿元: a place word alone after a qualifier is one of it */
        rd->e = bare_place_at(s, j, hi, &rd->value);
        rd->chinese = 1;
        return FIG_NEEDS_UNIT;
    }
    if (!fig_numeral_starts(s, j, hi))
        return FIG_NONE;
    /* what stands right before the numeral */
    /* 数十个, 几百家: vague; before Arabic digits 数 ends a noun instead
     * (预测数2.3%, 人数3000人), and so it does before a numeral that opens
     * with a digit (人數九一五三人, 失業人數四十四萬一千人): the vague prefix
     * stands only before a place word (tally_vague_prefix_places) */
    int digit = s->f[j] >= '0' && s->f[j] <= '9';
    size_t pw;
    if ((!digit && tally_word_before(tally_vague_prefixes, s->f, j, &wl) &&
         tally_word_at(tally_vague_prefix_places, s->f, hi, j, &pw)) ||
        tally_word_before(tally_anaphora, s->f, j, &wl)) {
        double v;
        int zh;
        size_t n = tally_numeral_scan(s->f + j, hi - j, &v, &zh), ue;
        char comp[TALLY_UNIT_MAX];
        *skip = j + n;
        if (fig_unit_after(s, j + n, hi, &ue, comp))
            *skip = ue;
        return FIG_NONE;
    }
    if (j > 0 && s->f[j] >= '0' && s->f[j] <= '9' && !prefix && !latin_noun_before(s, j) &&
        (ascii_alnum(s->f[j - 1]) ||
         ((s->f[j - 1] == '-' || s->f[j - 1] == '.' || s->f[j - 1] == '/') && j > 1 &&
          ascii_alnum(s->f[j - 2])))) {
        /* G20, COVID-19, 5.1.2: part of a name or code */
        double v;
        int zh;
        *skip = j + tally_numeral_scan(s->f + j, hi - j, &v, &zh);
        return FIG_NONE;
    }
    e = fig_number_at(s, j, hi, &rd->value, &rd->chinese, &rd->approx);
    if (rd->value < 0) { /* a run of digits too long for a quantity */
        *skip = e;
        return FIG_NONE;
    }
    if (article_one(s, lo, j, e, hi) || lone_capital(s, j, e, hi)) {
        *skip = e;
        return FIG_NONE;
    }
    rd->e = e;
    /* 三分之一 */
    if (utf8_starts(s->f, hi, e, "分之", 6)) {
        double d;
        size_t e2 = fig_number_at(s, e + 6, hi, &d, &rd->chinese, &rd->approx);
        if (e2 && rd->value > 0) {
            rd->value = d / rd->value * 100;
            strcpy(rd->unit, "%");
            rd->kind = TALLY_FIG_PERCENT;
            rd->e = e2;
            return FIG_NEEDS_QUALIFIER;
        }
    }
    /* 三分一, 四分三: Hong Kong's and Macao's fraction without 之 */
    if (bare_fraction(s, rd, e, hi))
        return FIG_NEEDS_QUALIFIER;
    /* 1:9.7 */
    size_t rw;
    if (tally_word_at(tally_ratio_marks, s->f, hi, e, &rw) && !rd->chinese) {
        double b;
        int zh2;
        tally_approx a2 = TALLY_APPROX_NONE;
        size_t e2 = fig_number_at(s, e + rw, hi, &b, &zh2, &a2);
        if (e2 && !zh2 && b >= 0 && rd->value > 0) {
            rd->value = b / rd->value; /* a:b is b over a: 1:9.7 → 9.7, 2.1:1 → 0.476 */
            strcpy(rd->unit, ":");
            rd->kind = TALLY_FIG_RATIO;
            rd->e = e2;
            return FIG_COMPLETE;
        }
    }
    return FIG_NEEDS_UNIT;
}
