/* Vague numbers in whole strings (docs/figures.md "Whole-string numbers"):
 * pairs of digits that name a range (五六个, 三四百万, 十之八九), a digit not
 * stated (几十, 数百万元), a magnitude reached (上千), counting in a magnitude
 * (数以万计) and set phrases (成千上万). Each is read as a range where the
 * words give one, its lower end the value and its upper end value_max, the
 * way a range with a mark (两到五万元) is read; "reaching" words give the
 * number stated, as the qualifiers do. The words are the tables of
 * number_tables.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number_read.h"
#include "numeral.h"
#include "utf8_scan.h"

/* s with bytes [a, b) replaced by rep, read by every form (depth + 1). */
static int read_spliced(const tally_figure_rules *r, const char *s, size_t len, size_t a, size_t b,
                        const char *rep, number_reading *out, int depth)
{
    size_t rl = strlen(rep), n = len - (b - a) + rl;
    char *t = malloc(n + 1);
    if (!t)
        return 0;
    memcpy(t, s, a);
    memcpy(t + a, rep, rl);
    memcpy(t + a + rl, s + b, len - b);
    t[n] = '\0';
    int ok = number_read_body(r, t, n, out, depth + 1);
    free(t);
    return ok;
}

static int same_measure(const number_reading *a, const number_reading *b)
{
    return a->kind == b->kind && strcmp(a->unit, b->unit) == 0;
}

/* lo becomes the range lo .. hi (hi's own upper end when it is a range). */
static int as_range(number_reading *out, const number_reading *lo, const number_reading *hi)
{
    double top = hi->has_max ? hi->value_max : hi->value;
    if (!same_measure(lo, hi) || !(lo->value < top))
        return 0;
    *out = *lo;
    out->has_max = 1;
    out->value_max = top;
    return 1;
}

/* A digit (Arabic, or a Chinese digit that is no place word) at s[i]. */
static int digit_char_at(const char *s, size_t len, size_t i)
{
    numeral_char c;
    size_t next;
    if (i < len && number_is_digit(s[i]))
        return 1;
    return numeral_char_at(s, len, i, &c, &next) && c.digit >= 0 && !c.tens;
}

/* A place word (十 百 千 万 亿 …) at s[i]. */
static int place_at(const char *s, size_t len, size_t i)
{
    numeral_char c;
    size_t next;
    return numeral_char_at(s, len, i, &c, &next) && c.digit < 0 && !c.tens;
}

/* Whether a decimal point of tally_numeral_points ends at i (三点|四五). */
static int point_ends_at(const char *s, size_t i)
{
    for (size_t k = 0; tally_numeral_points[k]; k++) {
        size_t pl = strlen(tally_numeral_points[k]);
        if (pl <= i && memcmp(s + i - pl, tally_numeral_points[k], pl) == 0)
            return 1;
    }
    return 0;
}

/* 五六个 = 5 to 6 个, 三四百万 = 3e6 to 4e6, 二十五六 = 25 to 26, 三五百块 =
 * 300 to 500 元, 百分之二三十 = 20 % to 30 %, 七八成, 十之八九: a pair of
 * tally_number_vague_pairs with no digit on either side (一二三 is read
 * digit by digit). The string is read once with each digit of the pair in
 * its place. Discounts keep their digits (三五折 is 35 %). */
int number_vague_pair(const tally_figure_rules *r, const char *s, size_t len, number_reading *out,
                      int depth)
{
    if (depth >= NUMBER_MAX_DEPTH || number_ends(s, len, "折"))
        return 0;
    for (size_t i = 0; i < len; i += utf8_len_at(s, len, i)) {
        size_t w = number_list_at(tally_number_vague_pairs, s, len, i);
        if (!w)
            continue;
        size_t prev = 0;
        if (i > 0)
            utf8_prev(s, i, &prev);
        /* digits next to a decimal point are the number's: 三点四五 is 3.45 */
        if ((i > 0 && digit_char_at(s, len, prev)) || digit_char_at(s, len, i + w) ||
            number_list_at(tally_numeral_points, s, len, i + w) || point_ends_at(s, i))
            continue;
        size_t half = utf8_len_at(s, len, i);
        char first[8], second[8];
        memcpy(first, s + i, half);
        first[half] = '\0';
        memcpy(second, s + i + half, w - half);
        second[w - half] = '\0';
        number_reading lo, hi;
        return read_spliced(r, s, len, i, i + w, first, &lo, depth) &&
               read_spliced(r, s, len, i, i + w, second, &hi, depth) && as_range(out, &lo, &hi);
    }
    return 0;
}

/* 几十 = 10 to 100, 数百万元 = 1e6 to 1e7 元, 几十万块, 百分之几十 = 10 % to
 * 100 %: a digit not stated before a place word, with no numeral before it
 * (二十几万 is a vague filler, number_forms.c), is 1 at least, and below
 * the next place. */
int number_unknown_leading(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out, int depth)
{
    if (depth >= NUMBER_MAX_DEPTH)
        return 0;
    size_t p = 0, w = 0;
    for (; p < len; p += utf8_len_at(s, len, p))
        if ((w = number_list_at(tally_number_unknown_digits, s, len, p)))
            break;
    if (!w || !place_at(s, len, p + w))
        return 0;
    if (p > 0) {
        size_t prev;
        numeral_char c;
        size_t next;
        utf8_prev(s, p, &prev);
        if (number_is_digit(s[p - 1]) || numeral_char_at(s, len, prev, &c, &next))
            return 0;
    }
    number_reading lo, nine, eight;
    if (!read_spliced(r, s, len, p, p + w, "一", &lo, depth) ||
        !read_spliced(r, s, len, p, p + w, "九", &nine, depth) ||
        !read_spliced(r, s, len, p, p + w, "八", &eight, depth) || !same_measure(&nine, &eight) ||
        lo.has_max || nine.has_max)
        return 0;
    nine.value += nine.value - eight.value; /* 九十 + 10: the next place */
    return as_range(out, &lo, &nine);
}

/* The upper end of a number with a digit not stated after a numeral
 * (十几 = 10 to 20, 二十几万 = 20万 to 30万, 一百零几万 = 100万 to 110万):
 * the unknown digit at s[p] read as 9, and one more in its place. */
int number_unknown_upper(const tally_figure_rules *r, const char *s, size_t len, size_t p,
                         double *upper, int depth)
{
    size_t w = number_list_at(tally_number_unknown_digits, s, len, p);
    number_reading nine, eight;
    if (!w || !read_spliced(r, s, len, p, p + w, "九", &nine, depth) ||
        !read_spliced(r, s, len, p, p + w, "八", &eight, depth) || !same_measure(&nine, &eight) ||
        nine.has_max)
        return 0;
    *upper = nine.value + (nine.value - eight.value);
    return 1;
}

/* 上千 = 1000, 上百亿 = 1e10, 上千人 = 1000 人: reaching a magnitude, the
 * number stated (tally.number gives no approx, as for 超过). */
int number_reaching(const tally_figure_rules *r, const char *s, size_t len, number_reading *out,
                    int depth)
{
    size_t w = number_list_at(tally_number_reaching_words, s, len, 0);
    double f;
    if (!w || w >= len || depth >= NUMBER_MAX_DEPTH || tally_magnitude_scan(s + w, len - w, &f) == 0)
        return 0;
    /* 上万 as 1万: a bare 万 is a word, not a number */
    return read_spliced(r, s, len, 0, w, "1", out, depth);
}

/* 数以万计 = 10000 to 100000: counted in a magnitude. */
int number_counted_in(const char *s, size_t len, number_reading *out)
{
    size_t a = number_list_at(tally_number_counted_in_open, s, len, 0);
    double f;
    if (!a)
        return 0;
    size_t m = tally_magnitude_scan(s + a, len - a, &f);
    if (!m)
        return 0;
    size_t c = number_list_at(tally_number_counted_in_close, s, len, a + m);
    if (!c || a + m + c != len)
        return 0;
    out->value = f;
    out->value_max = 10 * f;
    out->has_max = 1;
    out->unit[0] = '\0';
    out->kind = TALLY_FIG_QUANTITY;
    return 1;
}

/* 成千上万 = 1000 to 10000, 成百上千人 = 100 to 1000 人: the set phrases of
 * tally_number_vague_idioms, with what follows read after each end. */
int number_set_phrase(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out, int depth)
{
    for (size_t k = 0; tally_number_vague_idioms[k].word; k++) {
        const number_vague_idiom *v = &tally_number_vague_idioms[k];
        size_t w = strlen(v->word);
        if (!number_starts(s, len, 0, v->word))
            continue;
        if (w == len) {
            out->value = v->low;
            out->value_max = v->high;
            out->has_max = 1;
            out->unit[0] = '\0';
            out->kind = TALLY_FIG_QUANTITY;
            return 1;
        }
        if (depth >= NUMBER_MAX_DEPTH)
            return 0;
        char lo_s[32], hi_s[32];
        snprintf(lo_s, sizeof lo_s, "%.0f", v->low);
        snprintf(hi_s, sizeof hi_s, "%.0f", v->high);
        number_reading lo, hi;
        return read_spliced(r, s, len, 0, w, lo_s, &lo, depth) &&
               read_spliced(r, s, len, 0, w, hi_s, &hi, depth) && !lo.has_max &&
               as_range(out, &lo, &hi);
    }
    return 0;
}

/* 十之八 = 80 %, 百之一 = 1 %: a place word, 之, a numeral not above it. */
int number_classical_fraction(const char *s, size_t len, number_reading *out)
{
    for (size_t k = 0; k < len; k += utf8_len_at(s, len, k)) {
        size_t w = number_list_at(tally_number_classical_fraction_marks, s, len, k);
        if (!w)
            continue;
        double f, n;
        int zh;
        if (k == 0 || tally_magnitude_scan(s, k, &f) != k || f < 10 ||
            !number_whole_numeral(s, k + w, len, &n, &zh) || n > f)
            return 0;
        out->value = 100 * n / f;
        strcpy(out->unit, "%");
        out->kind = TALLY_FIG_PERCENT;
        out->has_max = 0;
        return 1;
    }
    return 0;
}
