/* Mixed numerals and ranges in whole strings (docs/figures.md "Whole-string
 * numbers"). A mixed numeral writes its digits in Arabic or Chinese under
 * Chinese place words: 50万六千, 三亿零五千120, 6万3千2百, 30千, 200十万,
 * 四零万 (digit by digit), 三点五万. It is read by the rules of the Chinese
 * numeral (places descend within a section, a big unit scales what came
 * before it), with a digit that can be any number; its value is then written
 * in Arabic digits before the rest of the string, which the figure scanner
 * reads (unit, kind). A range is read as its lower end. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number_read.h"
#include "numeral.h"
#include "utf8_scan.h"

typedef struct mixed {
    double total, section, last_unit, last_big;
    double digit;    /* the digit waiting for its place, or -1 */
    int literal;     /* the digit is Arabic or digit by digit: it is not abbreviated */
    int places;      /* how many digits it has before any point */
    int zero_seen;   /* 零 since the last place word */
    int any_unit;    /* a place word was read */
    int decimal;     /* an Arabic number with a point was read: only places may follow */
} mixed;

/* The digit written last, added to the section: 三万六 is 36000 and 3千2 is
 * 3200 (one digit after a place counts in the next lower place); a longer
 * number after a place must fill the places below it (3万2500; 5万零30 with
 * 零), else it is ambiguous (3万25) and there is no reading. */
static int settle_digit(mixed *m)
{
    if (m->digit < 0)
        return 1;
    if (!m->literal || (m->places == 1 && !m->decimal && m->last_unit >= 10 && !m->zero_seen)) {
        /* 三万六, and 3千2 as people write 3.2千 */
        m->section += m->last_unit >= 10 && !m->zero_seen ? m->digit * m->last_unit / 10 : m->digit;
    } else if (m->last_unit == 0) {
        m->section += m->digit;
    } else {
        int below = (int)lround(log10(m->last_unit));
        if (m->decimal || (m->zero_seen ? m->places >= below : m->places != below))
            return 0;
        m->section += m->digit;
    }
    m->digit = -1;
    return 1;
}

/* Digits after 点: Chinese digits or Arabic ones; the fraction, or -1. */
static size_t point_digits(const char *s, size_t len, size_t j, double *frac)
{
    double f = 0, scale = 0.1;
    size_t start = j, next;
    numeral_char c;
    if (j < len && number_is_digit(s[j])) {
        while (j < len && number_is_digit(s[j])) {
            f += (s[j] - '0') * scale;
            scale /= 10;
            j++;
        }
    } else {
        while (numeral_char_at(s, len, j, &c, &next) && c.digit >= 0 && !c.tens && !c.liang) {
            f += c.digit * scale;
            scale /= 10;
            j = next;
        }
    }
    *frac = f;
    return j - start;
}

size_t number_mixed_scan(const char *s, size_t len, double *value)
{
    mixed m = {0, 0, 0, 0, -1, 0, 0, 0, 0, 0};
    size_t i = 0, next;
    numeral_char c;
    for (;;) {
        if (i < len && number_is_digit(s[i])) {
            if (m.digit >= 0 || m.decimal)
                return 0; /* 三5: two numbers */
            double v;
            int zh;
            size_t n = tally_numeral_scan(s + i, len - i, &v, &zh);
            if (!n || v < 0)
                return 0;
            int places = 0;
            for (size_t k = i; k < i + n && s[k] != '.'; k++)
                places += number_is_digit(s[k]);
            m.digit = v;
            m.literal = 1;
            m.places = places;
            m.decimal = memchr(s + i, '.', n) != NULL;
            i += n;
            continue;
        }
        if (!numeral_char_at(s, len, i, &c, &next))
            break;
        if (c.tens) { /* 廿 卅 卌 */
            if (m.digit >= 0 || m.decimal)
                break;
            m.section += c.digit * 10;
            m.last_unit = 10;
            m.any_unit = 1;
            i = next;
            continue;
        }
        if (c.digit >= 0) {
            if (m.decimal)
                return 0; /* 2.5万零30 */
            if (m.digit >= 0)
                break;
            if (c.digit == 0 && (m.any_unit || m.section > 0 || m.total > 0)) {
                m.zero_seen = 1; /* 零 between places */
                i = next;
                continue;
            }
            /* one Chinese digit, or a run read digit by digit (四零万) */
            double concat = 0;
            int n = 0, liang = 0, first = 0, second = 0;
            size_t j = i;
            while (numeral_char_at(s, len, j, &c, &next) && c.digit >= 0 && !c.tens) {
                concat = concat * 10 + c.digit;
                if (n == 0)
                    first = c.digit;
                else if (n == 1)
                    second = c.digit;
                liang |= c.liang;
                n++;
                j = next;
            }
            /* 三四万, 两三: a vague range, not 34 or 23 */
            if ((n == 2 && (liang || second == first + 1)) || (n > 1 && liang))
                return 0;
            m.digit = concat;
            m.literal = n > 1;
            m.places = n;
            i = j;
            continue;
        }
        double u = c.unit;
        if (u < 1e4) {
            if (m.last_unit && m.last_unit < 1e4 && u >= m.last_unit && m.section > 0)
                break; /* places within a section descend */
            m.section += (m.digit >= 0 ? m.digit : 1) * u;
        } else {
            if (m.digit >= 0)
                m.section += m.digit;
            if (m.section == 0 && m.total == 0 && !m.any_unit)
                break; /* a bare 万 is a word */
            if (m.section == 0 && m.last_unit >= 1e4 && u <= m.last_big) {
                m.total *= u; /* 四万万 */
                m.last_big *= u;
            } else if (u >= m.last_big) {
                m.total = (m.total + m.section) * u;
                m.last_big = u;
            } else {
                m.total += m.section * u;
                m.last_big = u;
            }
            m.section = 0;
        }
        m.digit = -1;
        m.last_unit = u;
        m.zero_seen = 0;
        m.any_unit = 1;
        i = next;
    }
    if (i == 0)
        return 0;
    if (!settle_digit(&m))
        return 0;
    double v = m.total + m.section;
    if (!m.decimal && i < len && (number_starts(s, len, i, "点") || number_starts(s, len, i, "點"))) {
        /* 一百点123, 两千万点五五四四; places after the point scale it
         * all: 三点五万 = 35000 */
        double frac;
        size_t n = point_digits(s, len, i + 3, &frac);
        if (n) {
            v += frac;
            i += 3 + n;
            while (numeral_char_at(s, len, i, &c, &next) && c.digit < 0 && !c.tens) {
                v *= c.unit;
                i = next;
            }
        }
    }
    *value = v;
    return i;
}

/* v in digits the scanner reads back (no exponent, at most 30 digits). */
static void format_number(double v, char *buf, size_t n)
{
    if (v == floor(v) || fabs(v) >= 1e15) {
        snprintf(buf, n, "%.0f", v);
        return;
    }
    snprintf(buf, n, "%.12f", v);
    size_t l = strlen(buf);
    while (l > 0 && buf[l - 1] == '0')
        buf[--l] = '\0';
    if (l > 0 && buf[l - 1] == '.')
        buf[--l] = '\0';
}

int number_mixed(const tally_figure_rules *r, const char *s, size_t len, number_reading *out)
{
    double v;
    size_t m = number_mixed_scan(s, len, &v);
    if (!m || !isfinite(v) || v >= 1e30)
        return 0;
    if (m == len) {
        out->value = v;
        out->unit[0] = '\0';
        out->kind = TALLY_FIG_QUANTITY;
        out->has_max = 0;
        return 1;
    }
    /* what follows must not continue a number (3.0.5万 is no 3.5万) */
    numeral_char c;
    size_t next;
    if (s[m] == '.' || s[m] == ',' || number_is_digit(s[m]) || numeral_char_at(s, len, m, &c, &next) ||
        number_starts(s, len, m, "点") || number_starts(s, len, m, "點"))
        return 0;
    char num[64];
    format_number(v, num, sizeof num);
    return number_parse_spliced(r, s, len, 0, m, num, out);
}

/* The place words that end the numeral s[0, end): the magnitude of the
 * upper end of a range, which its lower end shares when written without
 * one (两到五万 is 2万 to 5万). Big units, and after Arabic digits the small
 * ones too (10~15k). Returns where the magnitude starts. */
static size_t magnitude_start(const char *s, size_t end, int upper)
{
    size_t q = end, start, next;
    numeral_char c;
    while (q > 0) {
        utf8_prev(s, q, &start);
        if (!numeral_char_at(s, end, start, &c, &next) || next != q || c.digit >= 0 || c.tens)
            break;
        /* a small place shared: after Arabic digits (10~15k), or 百 and
         * 千 after the one Chinese digit of the upper end (两到三千) */
        size_t dn;
        numeral_char d;
        int one_digit = upper && q == end && c.unit >= 100 && start > 0 &&
                        numeral_char_at(s, end, 0, &d, &dn) && dn == start && d.digit > 0 &&
                        !d.tens;
        if (c.unit < 1e4 && !(start > 0 && number_is_digit(s[start - 1])) && !one_digit)
            break;
        q = start;
        if (c.unit < 1e4)
            break;
    }
    return q;
}

int number_range(const tally_figure_rules *r, const char *s, size_t len, number_reading *out,
                 int depth)
{
    if (depth >= NUMBER_MAX_DEPTH)
        return 0;
    size_t a = number_list_at(tally_number_range_openers, s, len, 0);
    size_t k = a, w = 0;
    for (; k < len; k += utf8_len_at(s, len, k)) {
        if ((w = number_list_at(tally_number_range_marks, s, len, k)))
            break;
    }
    if (k >= len || k == a)
        return 0; /* no mark, or a sign in front */
    if (s[k - 1] == 'e' || s[k - 1] == 'E' || s[k - 1] == '^')
        return 0; /* 2E-4: an exponent */
    size_t e = k + w;
    while ((w = number_list_at(tally_number_range_marks, s, len, e)))
        e += w;
    if (e >= len || (s[a] == '0' && a + 1 < k && number_is_digit(s[a + 1])))
        return 0; /* 010-1234: a telephone number */
    number_reading hi, lo;
    if (!number_read_body(r, s + e, len - e, &hi, depth + 1))
        return 0;
    double hv, lv;
    size_t hm = number_mixed_scan(s + e, len - e, &hv);
    size_t lm = number_mixed_scan(s + a, k - a, &lv);
    if (!hm)
        return 0;
    size_t mag = magnitude_start(s + e, hm, 1);
    double factor = 1;
    if (mag < hm)
        tally_magnitude_scan(s + e + mag, hm - mag, &factor);
    /* the lower end as written, or with the upper end's magnitude and unit */
    size_t rest = e + hm, lower_len = k - a;
    int numeral_only = lm == k - a; /* 两, 1万: no unit of its own */
    int no_magnitude = numeral_only && magnitude_start(s + a, lm, 0) == lm;
    size_t ml = no_magnitude && lv < hv / factor ? hm - mag : 0;
    size_t tl = numeral_only ? len - rest : 0;
    char *t = malloc(lower_len + ml + tl + 1);
    if (!t)
        return 0;
    memcpy(t, s + a, lower_len);
    memcpy(t + lower_len, s + e + mag, ml);
    memcpy(t + lower_len + ml, s + rest, tl);
    int ok = number_read_body(r, t, lower_len + ml + tl, &lo, depth + 1);
    free(t);
    if (!ok || lo.kind != hi.kind || strcmp(lo.unit, hi.unit) != 0 || lo.value > hi.value)
        return 0;
    *out = lo;
    out->has_max = 1;
    out->value_max = hi.has_max ? hi.value_max : hi.value;
    return 1;
}
