/* Numerals: Arabic digits (ASCII and full-width, thousands separators, a
 * decimal point) and Chinese numerals (ordinary, financial and Traditional
 * forms, 廿 卅 卌, 万 亿 兆 sections and their products 万亿 亿亿, the spoken
 * abbreviation 两万五). */
#include "tally/figures.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "number_tables.h"
#include "numeral.h"
#include "utf8_scan.h"

/* Longer runs of digits are serial numbers, not quantities. */
#define MAX_DIGITS 30

static int ascii_digit(const char *s, size_t len, size_t i, size_t *next)
{
    if (i < len && s[i] >= '0' && s[i] <= '9') {
        *next = i + 1;
        return s[i] - '0';
    }
    /* full-width ０-９: EF BC 90..99 */
    if (i + 2 < len && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
        (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99) {
        *next = i + 3;
        return (unsigned char)s[i + 2] - 0x90;
    }
    return -1;
}

static size_t digit_run(const char *s, size_t len, size_t i)
{
    size_t n = 0, next;
    while (ascii_digit(s, len, i, &next) >= 0) {
        i = next;
        n++;
    }
    return n;
}

/* A separator followed by exactly three digits continues the number. */
static int thousands_separator(const char *s, size_t len, size_t i, size_t *after)
{
    size_t w = 0;
    if (i < len && s[i] == ',')
        w = 1;
    else if (utf8_starts(s, len, i, "\xEF\xBC\x8C", 3)) /* ， */
        w = 3;
    if (!w)
        return 0;
    size_t j = i + w, next;
    for (int k = 0; k < 3; k++) {
        if (ascii_digit(s, len, j, &next) < 0)
            return 0;
        j = next;
    }
    if (ascii_digit(s, len, j, &next) >= 0)
        return 0;
    *after = i + w;
    return 1;
}

static size_t scan_arabic(const char *s, size_t len, double *value)
{
    size_t i = 0, next, ndig = 0, lead = digit_run(s, len, 0);
    if (lead == 0)
        return 0;
    double v = 0;
    int ok = 1;
    int sep_allowed = lead <= 3;
    for (;;) {
        int d = ascii_digit(s, len, i, &next);
        if (d >= 0) {
            if (++ndig > MAX_DIGITS)
                ok = 0;
            v = v * 10 + d;
            i = next;
            continue;
        }
        size_t after;
        if (sep_allowed && thousands_separator(s, len, i, &after)) {
            i = after;
            continue;
        }
        break;
    }
    /* decimal point: . or ． followed by a digit */
    size_t w = 0;
    if (i < len && s[i] == '.')
        w = 1;
    else if (utf8_starts(s, len, i, "\xEF\xBC\x8E", 3))
        w = 3;
    if (w && ascii_digit(s, len, i + w, &next) >= 0) {
        i += w;
        /* digits after the point as one integer divided once, so that 1.9
         * reads as the double nearest 1.9 */
        double frac = 0, div = 1;
        int d;
        while ((d = ascii_digit(s, len, i, &next)) >= 0) {
            if (++ndig > MAX_DIGITS)
                ok = 0;
            frac = frac * 10 + d;
            div *= 10;
            i = next;
        }
        v = (v * div + frac) / div;
    }
    *value = ok ? v : -1;
    return i;
}

typedef struct zh_char {
    const char *ch;
    int digit;     /* 0-9, or -1 */
    double unit;   /* 10, 100, 1000 (section units) or 1e4, 1e8 (big units); 0 for digits */
    int tens;      /* 廿 20, 卅 30: a digit and a ten at once */
} zh_char;

static const zh_char zh_chars[] = {
    {"〇", 0, 0, 0}, {"零", 0, 0, 0}, {"一", 1, 0, 0}, {"壹", 1, 0, 0}, {"二", 2, 0, 0},
    {"两", 2, 0, 0}, {"兩", 2, 0, 0}, {"贰", 2, 0, 0}, {"貳", 2, 0, 0}, {"三", 3, 0, 0},
    {"叁", 3, 0, 0}, {"參", 3, 0, 0}, {"叄", 3, 0, 0}, {"四", 4, 0, 0}, {"肆", 4, 0, 0}, {"五", 5, 0, 0},
    {"伍", 5, 0, 0}, {"六", 6, 0, 0}, {"陆", 6, 0, 0}, {"陸", 6, 0, 0}, {"七", 7, 0, 0},
    {"柒", 7, 0, 0}, {"八", 8, 0, 0}, {"捌", 8, 0, 0}, {"九", 9, 0, 0}, {"玖", 9, 0, 0},
    {"十", -1, 10, 0}, {"拾", -1, 10, 0}, {"百", -1, 100, 0}, {"佰", -1, 100, 0},
    {"千", -1, 1000, 0}, {"仟", -1, 1000, 0}, {"万", -1, 1e4, 0}, {"萬", -1, 1e4, 0},
    {"亿", -1, 1e8, 0}, {"億", -1, 1e8, 0}, {"兆", -1, 1e12, 0}, {"廿", 2, 10, 1},
    {"卅", 3, 10, 1}, {"卌", 4, 10, 1},
};

/* 兆 is 1e12 (万亿) in numerals (一兆, 3兆元: Taiwan and financial usage) but
 * the SI prefix mega before 瓦, 帕, 字节 …: there it is part of the unit. */
static int mega_prefix(const char *s, size_t len, size_t i)
{
    if (!utf8_starts(s, len, i, "兆", 3))
        return 0;
    for (size_t k = 0; tally_mega_words[k]; k++)
        if (utf8_starts(s, len, i + 3, tally_mega_words[k], strlen(tally_mega_words[k])))
            return 1;
    return 0;
}

static const zh_char *zh_at(const char *s, size_t len, size_t i, size_t *next)
{
    if (i >= len || (unsigned char)s[i] < 0xE0)
        return NULL;
    if (mega_prefix(s, len, i))
        return NULL;
    for (size_t k = 0; k < sizeof zh_chars / sizeof *zh_chars; k++) {
        if (utf8_starts(s, len, i, zh_chars[k].ch, 3)) {
            *next = i + 3;
            return &zh_chars[k];
        }
    }
    return NULL;
}

int numeral_char_at(const char *s, size_t len, size_t i, numeral_char *c, size_t *next)
{
    const zh_char *z = zh_at(s, len, i, next);
    if (!z)
        return 0;
    c->digit = z->digit;
    c->unit = z->unit;
    c->tens = z->tens;
    c->liang = strcmp(z->ch, "两") == 0 || strcmp(z->ch, "兩") == 0;
    return 1;
}

size_t tally_magnitude_scan(const char *s, size_t len, double *factor)
{
    size_t i = 0, next;
    double f = 1;
    const zh_char *z;
    while ((z = zh_at(s, len, i, &next)) && z->digit < 0 && z->unit > 0) {
        f *= z->unit;
        i = next;
    }
    *factor = f;
    return i;
}

/* ○ (a white circle) is the zero typed for 〇 inside a numeral (二○一五,
 * 九點○七); alone it is a bullet or a placeholder (○○公司), so it reads as 0
 * only next to another numeral character. */
static int circle_zero(const char *s, size_t len, size_t i, int after_numeral)
{
    size_t next;
    if (!utf8_starts(s, len, i, "○", 3))
        return 0;
    if (after_numeral)
        return 1;
    for (size_t j = i + 3; utf8_starts(s, len, j, "○", 3); j += 3)
        i = j;
    if (zh_at(s, len, i + 3, &next) != NULL)
        return 1;
    /* ○點九, ○‧○五, ○．一: a zero before any decimal point of
     * tally_numeral_points */
    for (size_t k = 0; tally_numeral_points[k]; k++)
        if (utf8_starts(s, len, i + 3, tally_numeral_points[k], strlen(tally_numeral_points[k])))
            return 1;
    return 0;
}

/* 一萬七二一○元 (17210), 二萬四三三七美元: Taiwan's press writes the places
 * below a big unit digit by digit, as 1萬7210 is written in Arabic digits.
 * A run of exactly four digits (〇 ○ 零 among them, no 两) right after 万 or
 * a larger unit, with no place word below 万 after it, is those four
 * places. Returns the end of the run (i when there is none) and its value.
 * Fewer digits are read as before (两万五 = 25000; 三万五六 stays vague). */
static size_t lower_places_by_digit(const char *s, size_t len, size_t i, double *value)
{
    size_t j = i, next;
    double v = 0;
    int n = 0;
    for (;;) {
        const zh_char *z = zh_at(s, len, j, &next);
        if (!z && circle_zero(s, len, j, 1)) {
            next = j + 3;
            v = v * 10;
        } else if (z && z->digit >= 0 && !z->tens && z->unit == 0 &&
                   strcmp(z->ch, "两") != 0 && strcmp(z->ch, "兩") != 0) {
            v = v * 10 + z->digit;
        } else {
            if (z && z->unit > 0 && z->unit < 1e4)
                return i; /* 二三千: a place follows, not digits of places */
            break;
        }
        j = next;
        n++;
    }
    if (n != 4)
        return i;
    *value = v;
    return j;
}

/* A decimal part written in Chinese: a point of tally_numeral_points (点, 點,
 * the full-width ．, the middle dot ·) and digits, as in 三点五, 百分之三點五,
 * 六四〇．五億 or 卅七·九%. Returns the end (i when there is none) and the
 * fraction. */
static size_t decimal_part(const char *s, size_t len, size_t i, double *frac)
{
    size_t j = i;
    for (size_t k = 0; tally_numeral_points[k]; k++) {
        size_t w = strlen(tally_numeral_points[k]);
        if (utf8_starts(s, len, i, tally_numeral_points[k], w)) {
            j = i + w;
            break;
        }
    }
    if (j == i)
        return i;
    double scale = 0.1, f = 0;
    size_t next;
    const zh_char *z;
    int n = 0;
    for (;;) {
        if (circle_zero(s, len, j, 1)) {
            z = &zh_chars[0]; /* ○ as 〇 */
            next = j + 3;
        } else if (!(z = zh_at(s, len, j, &next)) || z->digit < 0 || z->tens) {
            break;
        }
        f += z->digit * scale;
        scale /= 10;
        j = next;
        n++;
    }
    if (!n)
        return i;
    *frac = f;
    return j;
}

/* The end of the numeral characters from s[i] on: a vague numeral covers
 * the places after it (三四十万, 十七八), so none of them starts a figure. */
static size_t numeral_run_end(const char *s, size_t len, size_t i)
{
    size_t next;
    while (zh_at(s, len, i, &next))
        i = next;
    return i;
}

/* Chinese numerals. A run of bare digits (二〇二一) reads digit by digit. */
static size_t scan_chinese(const char *s, size_t len, double *value)
{
    /* last_big: the big unit applied last (as a product after 万万) */
    double total = 0, section = 0, digit = -1, last_big = 0;
    double last_unit = 0;
    int zero_seen = 0, any_unit = 0, digits_only = 1, ndigits = 0, liang = 0;
    double concat = 0;
    size_t i = 0, next;
    const zh_char *z;
    for (;;) {
        if (!(z = zh_at(s, len, i, &next))) {
            if (!circle_zero(s, len, i, i > 0))
                break;
            z = &zh_chars[0]; /* ○ as 〇 */
            next = i + 3;
        }
        if (!digits_only && digit < 0 && section == 0 && last_unit >= 1e4) {
            double places;
            size_t e = lower_places_by_digit(s, len, i, &places);
            if (e > i) { /* 一萬七二一○ = 17210 */
                section = places;
                last_unit = 1;
                i = e;
                continue;
            }
        }
        if (z->tens) {
            if (digit >= 0)
                break; /* 三廿 is not a numeral */
            section += z->digit * z->unit;
            last_unit = z->unit;
            any_unit = 1;
            digits_only = 0;
        } else if (z->digit >= 0) {
            if (digit >= 0 && !digits_only) {
                /* 十七八, 二十五六: neighbouring digits after a place are a
                 * vague range (17 to 18), no numeral; else two digits in a
                 * row end the numeral (十二五 reads 十二) */
                if (z->digit == digit + 1) {
                    *value = -1;
                    return numeral_run_end(s, len, next);
                }
                break;
            }
            if (digits_only) {
                concat = concat * 10 + z->digit;
                ndigits++;
                if (strcmp(z->ch, "两") == 0 || strcmp(z->ch, "兩") == 0)
                    liang = 1;
            }
            if (z->digit == 0) {
                zero_seen = 1;
                if (!digits_only) {
                    digit = -1;
                    i = next;
                    continue;
                }
            }
            digit = z->digit;
        } else if (z->unit < 1e4) {
            if (digits_only && ndigits > 1) {
                /* 三四十, 三五百人: digits read one by one never take a
                 * small place; a vague range in speech, no numeral */
                *value = -1;
                return numeral_run_end(s, len, i);
            }
            digits_only = 0;
            if (last_unit && last_unit < 1e4 && z->unit >= last_unit && section > 0)
                break; /* 十百, 十一十二: places within a section only descend */
            section += (digit >= 0 ? digit : 1) * z->unit;
            digit = -1;
            last_unit = z->unit;
            zero_seen = 0;
            any_unit = 1;
        } else {
            if (digits_only && ndigits > 1)
                break;
            digits_only = 0;
            if (digit >= 0)
                section += digit;
            digit = -1;
            if (section == 0 && total == 0 && !any_unit)
                break; /* a bare 万 is a word, not a number */
            if (section == 0 && last_unit >= 1e4 && z->unit <= last_big) {
                /* 一亿亿, 三万万: a big unit right after another multiplies */
                total *= z->unit;
                last_big *= z->unit;
            } else if (z->unit >= last_big) {
                /* a big unit not below the one before scales all that came
                 * before it: 三万亿, 二万三千万 = 2.3e8, 十亿零十一亿 = (10亿+11)亿;
                 * right after another (万亿) the two are one unit, so 三万亿三千亿
                 * adds its 三千亿 */
                int compound = section == 0 && last_unit >= 1e4 && last_big > 0;
                total = (total + section) * z->unit;
                last_big = compound ? last_big * z->unit : z->unit;
            } else {
                total += section * z->unit;
                last_big = z->unit;
            }
            section = 0;
            last_unit = z->unit;
            zero_seen = 0;
            any_unit = 1;
        }
        i = next;
    }
    if (i == 0)
        return 0;
    double frac = 0;
    size_t after = decimal_part(s, len, i, &frac);
    if (digits_only) {
        /* 两三, 三四, 七八: two neighbouring digits (or any run with 两, which
         * digit-by-digit numbers never use) are a vague range, not 23 or 34 */
        int d1 = (int)(concat / 10), d2 = (int)concat % 10;
        if (after == i && ndigits == 2 && (liang || d2 == d1 + 1)) {
            *value = -1;
            return numeral_run_end(s, len, i); /* 三四万: the 万 with it */
        }
        if (ndigits > 1 && liang) {
            *value = -1;
            return numeral_run_end(s, len, i);
        }
        *value = concat + frac;
        return after;
    }
    if (digit >= 0 && after == i) {
        /* 两万五 = 25000: a last digit right after a unit counts in the next
         * lower place, unless a 零 came between. */
        if (last_unit >= 10 && !zero_seen)
            section += digit * last_unit / 10;
        else
            section += digit;
    }
    if (after > i) {
        /* 三点五, 十点五: a lone digit before 点 is units; after a place of
         * a hundred or more it is the abbreviated place, as without a
         * point (一千六 = 1600, so 一千六点五 = 1600.5) */
        if (digit >= 0)
            section += last_unit >= 100 && !zero_seen ? digit * last_unit / 10 : digit;
        *value = total + section + frac;
        return after;
    }
    *value = total + section;
    return i;
}

size_t tally_numeral_scan(const char *s, size_t len, double *value, int *chinese)
{
    double v = 0;
    size_t n = scan_arabic(s, len, &v);
    *chinese = 0;
    if (n) {
        *value = v;
        return n;
    }
    n = scan_chinese(s, len, &v);
    if (n) {
        *chinese = 1;
        *value = v;
    }
    return n;
}
