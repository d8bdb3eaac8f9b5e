/* Whole-string numbers written in notations other than the numeral and its
 * units (docs/figures.md "Peer classes, second round"), and the check that a
 * Chinese numeral keeps its places in order:
 * - a Chinese numeral whose small places (十 百 千) do not descend within a
 *   section (十十, 三百三百, 二十三百), or come after digits read one by one
 *   (一五一十), is no number; the scanner, built for running text, would
 *   read a product or a sum;
 * - vulgar-fraction characters (½ = 50 %, 1½ = 1.5);
 * - powers in words (十的五次方 = 100000, 2的负1次方 = 0.5);
 * - a fraction word over a bare big unit (亿分之一, 億分之五), 一 understood;
 * - 把 after a place word, about that many (千把块 = 1000 元);
 * - a ratio in words (一比二 = 1:2, value 2) and 半 after a unit (两块半 = 2.5
 *   元, 一斤半, 两倍半);
 * - qualifiers after a number that need a unit (99元起) or a share
 *   (三分之一强).
 * The words are tables of number_tables.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "number_read.h"
#include "numeral.h"
#include "utf8_scan.h"

int number_places_in_order(const char *s, size_t len)
{
    double last_small = 0; /* the small place before, in this section; 0 none */
    int prev_digit = -1;   /* the digit just before, or -1 */
    int by_digit = 0;      /* two digits stood side by side in this section */
    int placed = 0;        /* a place word came before in this numeral */
    int zero_after_place = 0; /* the last character is a 零 after a place */
    size_t run = 0;        /* numeral characters so far in this numeral */
    for (size_t i = 0; i < len;) {
        numeral_char c;
        size_t next;
        if (!numeral_char_at(s, len, i, &c, &next)) {
            /* 百零, 一十零: a 零 closing a numeral after a place stands for
             * no skipped place */
            if (zero_after_place && !number_list_at(tally_number_vague_fillers, s, len, i))
                return 0; /* 一千零几万: 零 before a digit not stated */
            /* a point, a digit, a word: a new numeral or part */
            last_small = 0;
            prev_digit = -1;
            by_digit = 0;
            placed = 0;
            run = 0;
            i += utf8_len_at(s, len, i);
            continue;
        }
        /* 零十一: a numeral does not open with 零 and a place */
        if (run == 1 && prev_digit == 0 && (c.digit < 0 || c.tens))
            return 0;
        run++;
        zero_after_place = c.digit == 0 && placed && prev_digit < 0;
        if (c.digit >= 0 && !c.tens) {
            /* 二〇二五: digit by digit; 零五 is the zero of a skipped place */
            if (prev_digit > 0)
                by_digit = 1;
            prev_digit = c.digit;
        } else {
            prev_digit = -1;
            placed = 1;
            if (c.unit >= 1e4) {
                last_small = 0; /* 万 亿: a new section (四零万 stays) */
                by_digit = 0;
            } else {
                /* 一五一十, 一二三四五六七八九十: a small place after digits
                 * read one by one */
                if (by_digit || (last_small && c.unit >= last_small))
                    return 0;
                last_small = c.unit;
            }
        }
        i = next;
    }
    return !zero_after_place;
}

/* A vulgar-fraction character at s[i]: its value and width, or 0. */
static int vulgar_at(const char *s, size_t len, size_t i, double *v, size_t *w)
{
    const number_word *f = number_word_at(tally_number_vulgar_fractions, s, len, i);
    if (!f)
        return 0;
    *v = f->scale;
    *w = strlen(f->word);
    return 1;
}

int number_vulgar_fraction(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out)
{
    (void)r;
    double whole = 0, f;
    size_t i = 0, w;
    while (i < len && number_is_digit(s[i]) && i < 9)
        whole = whole * 10 + (s[i++] - '0');
    if (!vulgar_at(s, len, i, &f, &w) || i + w != len)
        return 0;
    out->has_max = 0;
    if (i == 0) {
        out->value = 100 * f; /* ½ alone is a share, like 二分之一 */
        strcpy(out->unit, "%");
        out->kind = TALLY_FIG_PERCENT;
    } else {
        out->value = whole + f; /* 1½, like 1 1/2 */
        out->unit[0] = '\0';
        out->kind = TALLY_FIG_QUANTITY;
    }
    return 1;
}

/* A plain number with no unit at s[a, b) (Arabic or Chinese, a sign allowed). */
static int bare_number(const tally_figure_rules *r, const char *s, size_t a, size_t b, double *v,
                       int depth)
{
    double sign = 1;
    const number_word *sw = number_word_at(tally_number_signs, s, b, a);
    if (sw && a + strlen(sw->word) < b) {
        sign = sw->scale;
        a += strlen(sw->word);
    }
    number_reading n;
    if (a >= b || !number_read_body(r, s + a, b - a, &n, depth + 1) ||
        n.kind != TALLY_FIG_QUANTITY || n.unit[0] || n.has_max)
        return 0;
    *v = sign * n.value;
    return 1;
}

int number_power_words(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out, int depth)
{
    if (depth >= NUMBER_MAX_DEPTH)
        return 0;
    size_t w = 0;
    for (size_t k = 0; tally_number_power_words[k] && !w; k++)
        if (number_ends(s, len, tally_number_power_words[k]))
            w = strlen(tally_number_power_words[k]);
    if (!w)
        return 0;
    size_t end = len - w;
    for (size_t i = 0; i + 3 <= end; i += utf8_len_at(s, len, i)) {
        if (!number_starts(s, len, i, "的"))
            continue;
        double base, exp;
        if (!bare_number(r, s, 0, i, &base, depth) || base < 0 ||
            !bare_number(r, s, i + 3, end, &exp, depth) || exp != floor(exp) ||
            fabs(exp) > 300 || (base == 0 && exp < 0))
            return 0;
        double v = pow(base, exp);
        if (!isfinite(v))
            return 0;
        out->value = v;
        out->unit[0] = '\0';
        out->kind = TALLY_FIG_QUANTITY;
        out->has_max = 0;
        return 1;
    }
    return 0;
}

int number_big_denominator(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out)
{
    double f;
    size_t m = tally_magnitude_scan(s, len, &f);
    if (!m || f < 1e4 || !number_starts(s, len, m, "分之"))
        return 0;
    return number_parse_spliced(r, s, len, 0, 0, "一", out) && out->kind == TALLY_FIG_PERCENT;
}

int number_qualified_after(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out, int depth)
{
    for (size_t k = 0; tally_number_trailing_from[k]; k++) {
        size_t tl = strlen(tally_number_trailing_from[k]);
        if (len > tl && number_ends(s, len, tally_number_trailing_from[k]))
            return number_read_body(r, s, len - tl, out, depth + 1) && out->unit[0] &&
                   out->kind != TALLY_FIG_PERCENT;
    }
    for (size_t k = 0; tally_number_share_approx[k]; k++) {
        size_t tl = strlen(tally_number_share_approx[k]);
        if (len > tl && number_ends(s, len, tally_number_share_approx[k]))
            return number_read_body(r, s, len - tl, out, depth + 1) &&
                   out->kind == TALLY_FIG_PERCENT;
    }
    return 0;
}

int number_place_filler(const tally_figure_rules *r, const char *s, size_t len,
                        number_reading *out, int depth)
{
    for (size_t i = 0; i < len; i += utf8_len_at(s, len, i)) {
        size_t w = number_list_at(tally_number_place_fillers, s, len, i);
        if (!w || i == 0)
            continue;
        size_t start, next;
        numeral_char c;
        utf8_prev(s, i, &start);
        /* after 千 百 万, not after a digit: 三把 is three of the classifier 把 */
        if (!numeral_char_at(s, len, start, &c, &next) || next != i || c.digit >= 0 || c.tens)
            return 0;
        /* 万把块钱: a bare big unit is one of it (万 alone is no number) */
        size_t one = start == 0 && c.unit >= 1e4 ? strlen("一") : 0;
        char *t = malloc(len - w + one + 1);
        if (!t)
            return 0;
        memcpy(t, "一", one);
        memcpy(t + one, s, i);
        memcpy(t + one + i, s + i + w, len - i - w);
        int ok = number_read_body(r, t, len - w + one, out, depth + 1);
        free(t);
        return ok;
    }
    return 0;
}

int number_ratio_words(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out, int depth)
{
    if (depth >= NUMBER_MAX_DEPTH)
        return 0;
    for (size_t i = 0; i < len; i += utf8_len_at(s, len, i)) {
        size_t w = number_list_at(tally_number_ratio_marks, s, len, i);
        if (!w)
            continue;
        double a, b;
        if (!bare_number(r, s, 0, i, &a, depth) || !bare_number(r, s, i + w, len, &b, depth) ||
            a <= 0 || b < 0)
            return 0;
        out->value = b / a;
        strcpy(out->unit, ":");
        out->kind = TALLY_FIG_RATIO;
        out->has_max = 0;
        return 1;
    }
    return 0;
}

int number_half_after_unit(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out, int depth)
{
    if (len <= 6 || !number_ends(s, len, "半") || depth >= NUMBER_MAX_DEPTH)
        return 0;
    size_t n = len - strlen("半");
    number_reading u;
    if (!number_read_body(r, s, n, &u, depth + 1) || !u.unit[0] || u.has_max ||
        u.kind == TALLY_FIG_PERCENT || u.kind == TALLY_FIG_RATIO)
        return 0;
    if (u.kind == TALLY_FIG_MONEY) {
        int major = 0;
        for (size_t k = 0; tally_number_half_after_money[k]; k++)
            major |= number_ends(s, n, tally_number_half_after_money[k]);
        if (!major)
            return 0;
    }
    /* 一打半 = 18: half of the group the count multiplies */
    double half = 0.5;
    for (size_t k = 0; tally_count_multipliers[k].word; k++)
        if (number_ends(s, n, tally_count_multipliers[k].word))
            half = 0.5 * tally_count_multipliers[k].scale;
    *out = u;
    out->value = u.value + half;
    return 1;
}

int number_read_one_of(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out, int depth)
{
    if (number_read_body(r, s, len, out, depth))
        return 1;
    double f;
    if (!tally_magnitude_scan(s, len, &f) || f < 1e4)
        return 0;
    return number_parse_spliced(r, s, len, 0, 0, "一", out);
}
