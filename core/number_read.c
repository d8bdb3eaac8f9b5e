/* tally_number_read: one whole string as one number (include/tally/number.h).
 * The string is first normalized (full-width ASCII made ASCII, blanks inside
 * dropped, colloquial digits and Latin magnitude letters written as the
 * scanner's numerals, a sign taken off), then read by the figure scanner
 * (tally_number_parse); when that fails, the forms the scanner does not take
 * in running text are tried one by one (number_forms.c, number_mixed.c). The
 * words each form knows are in number_tables.c. */
#include "tally/number.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "figure_rules.h"
#include "number_read.h"
#include "numeral.h"
#include "utf8_scan.h"

int number_starts(const char *s, size_t len, size_t i, const char *w)
{
    return utf8_starts(s, len, i, w, strlen(w));
}

int number_ends(const char *s, size_t len, const char *w)
{
    size_t wl = strlen(w);
    return len >= wl && memcmp(s + len - wl, w, wl) == 0;
}

int number_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

const number_word *number_word_at(const number_word *t, const char *s, size_t len, size_t i)
{
    for (size_t k = 0; t[k].word; k++)
        if (number_starts(s, len, i, t[k].word))
            return &t[k];
    return NULL;
}

size_t number_list_at(const char *const *list, const char *s, size_t len, size_t i)
{
    for (size_t k = 0; list[k]; k++)
        if (number_starts(s, len, i, list[k]))
            return strlen(list[k]);
    return 0;
}

/* Bytes of the blank at s[i]: ASCII white space, U+3000, U+00A0; 0 if none. */
static size_t blank_at(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
        return 1;
    if (number_starts(s, len, i, "\xE3\x80\x80"))
        return 3;
    if (number_starts(s, len, i, "\xC2\xA0"))
        return 2;
    return 0;
}

/* An Arabic digit (ASCII or full-width) ends just before out[n]. */
static int digit_before(const char *out, size_t n)
{
    if (n >= 1 && number_is_digit(out[n - 1]))
        return 1;
    return n >= 3 && (unsigned char)out[n - 3] == 0xEF && (unsigned char)out[n - 2] == 0xBC &&
           (unsigned char)out[n - 1] >= 0x90 && (unsigned char)out[n - 1] <= 0x99;
}

static int digit_at(const char *s, size_t len, size_t i)
{
    if (i < len && number_is_digit(s[i]))
        return 1;
    return i + 2 < len && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
           (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99;
}

/* A numeral character (Arabic digit, Chinese digit or place word) ends just
 * before out[n]. */
static int numeral_before(const char *out, size_t n)
{
    if (n == 0)
        return 0;
    if (digit_before(out, n))
        return 1;
    size_t start, next;
    utf8_prev(out, n, &start);
    numeral_char c;
    return numeral_char_at(out, n, start, &c, &next) && next == n;
}

/* 几 or 数 (a digit not stated) ends just before out[n]: 几个亿. */
static int unknown_digit_before(const char *out, size_t n)
{
    for (size_t k = 0; tally_number_unknown_digits[k]; k++) {
        size_t wl = strlen(tally_number_unknown_digits[k]);
        if (n >= wl && memcmp(out + n - wl, tally_number_unknown_digits[k], wl) == 0)
            return 1;
    }
    return 0;
}

/* The first entry of a swap table whose word starts at s[i], or NULL. */
static const number_swap *swap_at(const number_swap *table, const char *s, size_t len, size_t i)
{
    for (size_t k = 0; table[k].word; k++)
        if (number_starts(s, len, i, table[k].word))
            return &table[k];
    return NULL;
}

/* Whether the blank before s[j] groups thousands as SI writes them
 * (1 234 567): exactly three digits follow, and before it stand 1-3 digits,
 * or exactly three after an earlier such blank. run is the count of digits
 * written since the last blank or non-digit. */
static int thousands_blank(size_t run, int grouped, const char *s, size_t len, size_t j)
{
    if (grouped ? run != 3 : (run == 0 || run > 3))
        return 0;
    for (int k = 0; k < 3; k++)
        if (j + (size_t)k >= len || !number_is_digit(s[j + k]))
            return 0;
    return j + 3 >= len || !number_is_digit(s[j + 3]);
}

/* Full-width ASCII (U+FF01-FF5E: ６e－２, ８Ｋ, （含）) and the minus sign U+2212
 * written as ASCII, so that one set of rules reads both; the rest copied. */
static size_t narrow(const char *s, size_t len, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char a = (unsigned char)s[i];
        if (a == 0xEF && i + 2 < len) {
            unsigned char b = (unsigned char)s[i + 1], c = (unsigned char)s[i + 2];
            if ((b == 0xBC && c >= 0x81 && c <= 0xBF) || (b == 0xBD && c >= 0x80 && c <= 0x9E)) {
                unsigned cp = ((unsigned)(b & 0x3F) << 6 | (c & 0x3F)) + 0xF000u;
                out[o++] = (char)(cp - 0xFEE0u);
                i += 3;
                continue;
            }
        }
        if (number_starts(s, len, i, "\xE2\x88\x92")) { /* − */
            out[o++] = '-';
            i += 3;
            continue;
        }
        size_t cl = utf8_len_at(s, len, i);
        memcpy(out + o, s + i, cl);
        o += cl;
        i += cl;
    }
    return o;
}

/* The string as the reader reads it; *n its length. NULL when out of memory. */
static char *normalize(const char *input, size_t ilen, size_t *n)
{
    char *s = malloc(ilen + 1);
    /* a Latin magnitude letter (1 byte) becomes numerals (up to 6 bytes), a
     * leading point 2 bytes */
    char *out = malloc(ilen * 6 + 1);
    if (!s || !out) {
        free(s);
        free(out);
        return NULL;
    }
    size_t len = narrow(input, ilen, s);
    size_t o = 0, i = 0, run = 0;
    int grouped = 0;
    while (i < len) {
        size_t w = blank_at(s, len, i);
        if (w) {
            size_t j = i;
            while ((w = blank_at(s, len, j)))
                j += w;
            if (o > 0 && j < len && digit_before(out, o) && digit_at(s, len, j)) {
                /* 1 234 567 is one number; other blanks between digits stay
                 * (12 34 is two numbers, no reading) */
                if (thousands_blank(run, grouped, s, len, j)) {
                    grouped = 1;
                } else {
                    out[o++] = ' ';
                }
            }
            run = 0;
            i = j;
            continue;
        }
        if ((w = number_list_at(tally_number_asides, s, len, i))) {
            i += w; /* 50万元(含)以上 */
            continue;
        }
        run = number_is_digit(s[i]) ? run + 1 : 0;
        if (s[i] == '.' && i + 1 < len && number_is_digit(s[i + 1]) && !digit_before(out, o) &&
            !(o > 0 && (out[o - 1] == '.' || out[o - 1] == ','))) {
            out[o++] = '0'; /* .5 is 0.5 */
            out[o++] = '.';
            i++;
            continue;
        }
        /* 两个亿, 三個萬: the measure word between a numeral and its magnitude */
        size_t q = i + 3; /* 两个多亿: 多 or 余 may stand before the magnitude */
        if (number_starts(s, len, q, "多") || number_starts(s, len, q, "余") ||
            number_starts(s, len, q, "餘"))
            q += 3;
        if ((number_starts(s, len, i, "个") || number_starts(s, len, i, "個")) &&
            (numeral_before(out, o) || unknown_digit_before(out, o)) &&
            (number_starts(s, len, q, "亿") || number_starts(s, len, q, "億") ||
             number_starts(s, len, q, "万") || number_starts(s, len, q, "萬"))) {
            i += 3;
            continue;
        }
        /* colloquial forms anywhere; scale and currency variants after a numeral */
        const number_swap *c = swap_at(tally_number_colloquial, s, len, i);
        if (!c && numeral_before(out, o))
            c = swap_at(tally_number_scale_swaps, s, len, i);
        if (!c && numeral_before(out, o))
            c = swap_at(tally_number_currency_variants, s, len, i);
        /* 3w, 2.5k, 1.5M: a magnitude letter right after digits, not
         * starting a Latin word (3km, 5kW, 2kg, 5MB keep their unit) */
        for (size_t k = 0; tally_latin_magnitudes[k].word && !c && digit_before(out, o); k++) {
            const number_swap *m = &tally_latin_magnitudes[k];
            size_t wl = strlen(m->word);
            if (number_starts(s, len, i, m->word) &&
                !(i + wl < len && ((s[i + wl] | 0x20) >= 'a' && (s[i + wl] | 0x20) <= 'z')))
                c = m;
        }
        if (c) {
            size_t al = strlen(c->as);
            memcpy(out + o, c->as, al);
            o += al;
            i += strlen(c->word);
            continue;
        }
        size_t cl = utf8_len_at(s, len, i);
        memcpy(out + o, s + i, cl);
        o += cl;
        i += cl;
    }
    free(s);
    out[o] = '\0';
    *n = o;
    return out;
}

int number_parse_plain(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out)
{
    if (!len)
        return 0;
    out->has_max = 0;
    return tally_number_parse(r, s, len, &out->value, out->unit, &out->kind);
}

int number_parse_spliced(const tally_figure_rules *r, const char *s, size_t len, size_t a,
                         size_t b, const char *rep, number_reading *out)
{
    size_t rl = strlen(rep);
    char *t = malloc(len - (b - a) + rl + 1);
    if (!t)
        return 0;
    memcpy(t, s, a);
    memcpy(t + a, rep, rl);
    memcpy(t + a + rl, s + b, len - b);
    int ok = number_parse_plain(r, t, len - (b - a) + rl, out);
    free(t);
    return ok;
}

int number_whole_numeral(const char *s, size_t a, size_t b, double *v, int *chinese)
{
    if (a >= b)
        return 0;
    size_t m = tally_numeral_scan(s + a, b - a, v, chinese);
    return m == b - a && *v >= 0;
}

/* A Chinese place word with an Arabic digit right after it (1万2, 3千5). */
static int arabic_after_place(const char *s, size_t len)
{
    numeral_char c;
    size_t next;
    for (size_t i = 0; i < len; i += utf8_len_at(s, len, i))
        if (numeral_char_at(s, len, i, &c, &next) && c.digit < 0 && !c.tens && next < len &&
            number_is_digit(s[next]))
            return 1;
    return 0;
}

static int point_at(const char *s, size_t len, size_t i)
{
    return number_starts(s, len, i, "点") || number_starts(s, len, i, "點");
}

int number_read_body(const tally_figure_rules *r, const char *s, size_t len,
                     number_reading *out, int depth)
{
    if (!len || depth > NUMBER_MAX_DEPTH)
        return 0;
    /* 三点, 零点: an hour of the clock, not a number */
    if (number_clock_hour(s, len))
        return 0;
    /* 万三 = 3‱: before the scanner, which reads 千一 as 1100 */
    if (number_shorthand_rate(s, len, out))
        return 1;
    /* 两到五万元: before the scanner, which reads the lower end alone */
    if (number_range(r, s, len, out, depth))
        return 1;
    /* 三对 = 6: before the scanner, for which 对 is a unit of its own (10对园区) */
    if (number_multiplied_count(s, len, out))
        return 1;
    /* 成千上万, 五六个, 三五百块, 几十万: before the scanner, which reads
     * 千千万万 as a product and 三五个 digit by digit */
    if (number_set_phrase(r, s, len, out, depth) || number_vague_pair(r, s, len, out, depth) ||
        number_unknown_leading(r, s, len, out, depth))
        return 1;
    /* 十十, 三百三百, 二十三百: small places that do not descend make no
     * numeral (the scanner would read a product or a sum) */
    if (!number_places_in_order(s, len))
        return 0;
    /* 1万2 = 12000, 2萬5 = 25000: an Arabic digit after a place word is the
     * next lower place, as in 一万二; the scanner reads it as units */
    if (arabic_after_place(s, len) && number_mixed(r, s, len, out))
        return 1;
    if (number_parse_plain(r, s, len, out))
        return 1;
    /* 十五折, 拾伍折: a discount the scanner refuses is none; the mixed
     * reader would write 15折 */
    for (size_t k = 0; tally_units_of_discount[k]; k++)
        if (number_ends(s, len, tally_units_of_discount[k]))
            return number_tenths(s, len, out);
    /* 叁佰元整: a closing 整 after money */
    for (size_t k = 0; tally_money_closers[k]; k++) {
        if (number_ends(s, len, tally_money_closers[k])) {
            size_t n = len - strlen(tally_money_closers[k]);
            if (number_read_body(r, s, n, out, depth + 1) && out->kind == TALLY_FIG_MONEY)
                return 1;
            return 0;
        }
    }
    /* 点四三二一 is 0.4321; 一百万零五十四点, a point with nothing after it */
    if (point_at(s, len, 0))
        return number_parse_spliced(r, s, len, 0, 0, "零", out);
    if (len > 3 && (number_ends(s, len, "点") || number_ends(s, len, "點"))) {
        for (size_t i = 0; i + 3 < len; i += utf8_len_at(s, len, i))
            if (point_at(s, len, i))
                return 0; /* 一点二三点: two points */
        return number_parse_plain(r, s, len - 3, out) && out->kind == TALLY_FIG_QUANTITY &&
               !out->unit[0];
    }
    for (size_t i = 0; i + 9 <= len; i += utf8_len_at(s, len, i)) {
        if (!number_starts(s, len, i, "分之"))
            continue;
        /* 百分之点五: a point right after the fraction word */
        if (point_at(s, len, i + 6))
            return number_parse_spliced(r, s, len, i + 6, i + 6, "零", out);
        /* 百分之负五, 3分之负一百: a sign inside a fraction word */
        if (i + 9 < len && (number_starts(s, len, i + 6, "负") || number_starts(s, len, i + 6, "負"))) {
            char *t = malloc(len);
            if (!t)
                return 0;
            memcpy(t, s, i + 6);
            memcpy(t + i + 6, s + i + 9, len - i - 9);
            int ok = number_read_body(r, t, len - 3, out, depth + 1);
            free(t);
            if (!ok)
                return 0;
            out->value = -out->value;
            return 1;
        }
    }
    return number_money_parts(r, s, len, out) || number_tenths(s, len, out) ||
           number_multiplied_count(s, len, out) || number_scientific(r, s, len, out) ||
           number_per_myriad(r, s, len, out) || number_ordinal(r, s, len, out, depth) ||
           number_half(r, s, len, out) || number_mixed_fraction(r, s, len, out, depth) ||
           number_slash_fraction(s, len, out) || number_qualified(r, s, len, out, depth) ||
           number_vague_filler(r, s, len, out, depth) || number_mixed(r, s, len, out) ||
           number_classical_fraction(s, len, out) || number_reaching(r, s, len, out, depth) ||
           number_counted_in(s, len, out) || number_currency_around(r, s, len, out, depth) ||
           number_vulgar_fraction(r, s, len, out) || number_power_words(r, s, len, out, depth) ||
           number_big_denominator(r, s, len, out) || number_place_filler(r, s, len, out, depth) ||
           number_ratio_words(r, s, len, out, depth) || number_half_after_unit(r, s, len, out, depth) ||
           number_qualified_after(r, s, len, out, depth);
}

int tally_number_read_range(const tally_figure_rules *r, const char *s, size_t len,
                            double *value, double *value_max, char unit[TALLY_UNIT_MAX],
                            tally_figure_kind *kind)
{
    size_t n;
    char *b = normalize(s, len, &n);
    if (!b)
        return 0;
    size_t a = 0;
    double sign = 1;
    const number_word *sw = number_word_at(tally_number_signs, b, n, 0);
    if (sw && n > strlen(sw->word)) {
        sign = sw->scale;
        a = strlen(sw->word);
    }
    number_reading out = {0};
    int ok = number_read_body(r, b + a, n - a, &out, 0);
    free(b);
    if (!ok || !isfinite(out.value) || (out.has_max && !isfinite(out.value_max)))
        return 0;
    *value = out.value == 0 ? 0 : sign * out.value;
    *value_max = NAN;
    if (out.has_max) {
        *value_max = out.value_max == 0 ? 0 : sign * out.value_max;
        if (*value_max < *value) { /* -5至-3 */
            double t = *value;
            *value = *value_max;
            *value_max = t;
        }
    }
    strcpy(unit, out.unit);
    *kind = out.kind;
    return 1;
}

int tally_number_read(const tally_figure_rules *r, const char *s, size_t len, double *value,
                      char unit[TALLY_UNIT_MAX], tally_figure_kind *kind)
{
    double value_max;
    return tally_number_read_range(r, s, len, value, &value_max, unit, kind);
}
