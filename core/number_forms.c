/* The forms of whole-string numbers the figure scanner does not take in
 * running text (docs/figures.md "Whole-string numbers"): money with its
 * sub-units, tenths in 成 and 折, counts of pairs and dozens, scientific
 * notation and powers, rates per myriad, ordinals, halves, fractions with a
 * whole part or a slash, qualifiers and vague fillers around a number. Each
 * reader gets the normalized string (number_read.c) and returns 1 with its
 * reading or 0. The words are the tables of number_tables.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "number_read.h"
#include "numeral.h"
#include "utf8_scan.h"

#define M TALLY_FIG_MONEY
#define Q TALLY_FIG_QUANTITY
#define P TALLY_FIG_PERCENT

static void set(number_reading *out, double v, const char *unit, tally_figure_kind kind)
{
    out->value = v;
    strcpy(out->unit, unit);
    out->kind = kind;
    out->has_max = 0;
}

/* A sub-unit of the currency unit at s[i]: its share of the currency and
 * its length. Currencies of their own come first (毫 is a tenth of the Hong
 * Kong dollar); 角 毛 分 厘 divide any 元 (元, 港元, 新台币). */
static int subunit_at(const char *unit, const char *s, size_t len, size_t i, double *scale,
                      size_t *w)
{
    for (size_t k = 0; tally_money_foreign_subunits[k].word; k++) {
        const number_subunit *f = &tally_money_foreign_subunits[k];
        if (strcmp(f->unit, unit) == 0 && number_starts(s, len, i, f->word)) {
            *scale = f->scale;
            *w = strlen(f->word);
            return 1;
        }
    }
    if (!number_ends(unit, strlen(unit), "元"))
        return 0;
    const number_word *g = number_word_at(tally_money_subunits, s, len, i);
    if (!g)
        return 0;
    *scale = g->scale;
    *w = strlen(g->word);
    return 1;
}

static int closing_qian(const char *s, size_t len, size_t j)
{
    return j + 3 == len && (number_starts(s, len, j, "钱") || number_starts(s, len, j, "錢"));
}

static int numeral_at(const char *s, size_t len, size_t i)
{
    numeral_char c;
    size_t next;
    return number_is_digit(s[i]) || s[i] == '.' || s[i] == ',' ||
           numeral_char_at(s, len, i, &c, &next);
}

/* The amount in the main unit: s[0, end) read by the scanner as money, 块
 * and 圆 at its end read as 元 (三块, 伍拾圆). */
static int money_head(const tally_figure_rules *r, const char *s, size_t end, number_reading *head)
{
    for (size_t k = 0; tally_money_major[k]; k++)
        if (number_ends(s, end, tally_money_major[k])) {
            size_t wl = strlen(tally_money_major[k]);
            return end > wl && number_parse_spliced(r, s, end, end - wl, end, "元", head) &&
                   head->kind == M;
        }
    return number_parse_plain(r, s, end, head) && head->kind == M;
}

/* 贰仟零伍元伍角, 12元3角4分, 三块五, 五毛五, 伍元零角捌分, 两美元又三美分,
 * 12港元5仙, 3英镑50便士: an amount in the main unit, read by the scanner
 * up to where a second number starts, then sub-units of that currency, each
 * smaller than the one before; a last bare digit counts in the next smaller
 * one. Without a main amount (伍角, 六毛) the parts are of 元. */
int number_money_parts(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out)
{
    /* where the second number starts: a numeral or a joiner after a word
     * that follows the first numeral */
    size_t end = 0;
    int seen = 0;
    for (size_t i = 0; i < len && !end; i += utf8_len_at(s, len, i)) {
        int num = numeral_at(s, len, i);
        if (seen && i > 0 && (num || number_list_at(tally_money_joiners, s, len, i))) {
            size_t start;
            utf8_prev(s, i, &start);
            if (!numeral_at(s, len, start))
                end = i;
        }
        seen |= num;
    }
    number_reading head;
    size_t j;
    double scale = 1;
    int main_unit = 1;
    size_t whole = len > 3 && closing_qian(s, len, len - 3) ? len - 3 : len;
    if (end && money_head(r, s, end, &head)) {
        j = end;
    } else if (!end && money_head(r, s, whole, &head)) {
        *out = head; /* the main unit alone: 三块, 三块钱 */
        return 1;
    } else {
        head = (number_reading){0, "元", M, 0, 0};
        j = 0;
        scale = 10; /* no main unit: the first part needs its sub-unit */
        main_unit = 0;
    }
    double add = 0, sc;
    int parts = 0, tenth = 0, capital = 0, qian = 0;
    size_t w;
    while (j < len) {
        if ((w = number_list_at(tally_money_joiners, s, len, j))) {
            j += w;
            /* 零角: a sub-unit with nothing in it */
            if (!number_starts(s, len, j - w, "又") && subunit_at(head.unit, s, len, j, &sc, &w)) {
                if (sc >= scale)
                    return 0;
                scale = sc;
                j += w;
                parts++;
            }
            continue;
        }
        if (parts && closing_qian(s, len, j)) {
            j += 3; /* 六角七分钱 */
            qian = 1;
            break;
        }
        double v;
        int zh;
        size_t m = tally_numeral_scan(s + j, len - j, &v, &zh);
        if (!m || v < 0)
            return 0;
        for (size_t k = j; k < j + m; k += utf8_len_at(s, len, k))
            capital |= number_list_at(tally_number_capital_digits, s, len, k) > 0;
        j += m;
        if (subunit_at(head.unit, s, len, j, &sc, &w)) {
            j += w;
            if (sc >= 0.1)
                tenth = 1;
        } else if ((j == len || closing_qian(s, len, j)) && scale <= 1) {
            sc = scale / 10; /* 三块五 is 3.5, 五毛五 0.55 */
        } else {
            return 0;
        }
        if (sc >= scale)
            return 0;
        add += v * sc;
        scale = sc;
        parts++;
    }
    /* something after the main amount; without one, 角 or 毛 must be
     * there, or the capital digits of money, or 钱 closing it: 5分 alone is
     * a score, 壹分 and 五分钱 are cents */
    if (!parts || (!main_unit && !tenth && !capital && !qian))
        return 0;
    *out = head;
    out->value = head.value + add;
    return 1;
}

/* 八成五 = 85 %, 五成 = 50 %, 半成 = 5 %; 八折 = 80 %, 五五折 and 85折 = 55 % and
 * 85 %, 7.5折 = 75 %, 半折 and 打对折 = 50 %: a share in tenths, given as a
 * percent like 三成. */
int number_tenths(const char *s, size_t len, number_reading *out)
{
    double v, d;
    int zh;
    if (memchr(s, ' ', len) && (number_ends(s, len, "折") || number_ends(s, len, "成"))) {
        /* 7 2 折: the digits of a discount are read digit by digit */
        char *t = malloc(len);
        if (!t)
            return 0;
        size_t n = 0;
        for (size_t i = 0; i < len; i++)
            if (s[i] != ' ')
                t[n++] = s[i];
        int ok = number_tenths(t, n, out);
        free(t);
        return ok;
    }
    for (size_t k = 0; tally_number_half_discounts[k]; k++)
        if (len == strlen(tally_number_half_discounts[k]) &&
            number_starts(s, len, 0, tally_number_half_discounts[k])) {
            set(out, 50, "%", P);
            return 1;
        }
    if (len == 6 && number_starts(s, len, 0, "半") &&
        (number_ends(s, len, "成") || number_ends(s, len, "折"))) {
        set(out, number_ends(s, len, "成") ? 5 : 50, "%", P);
        return 1;
    }
    if (number_ends(s, len, "折")) {
        size_t a = number_starts(s, len, 0, "打") ? 3 : 0;
        if (!number_whole_numeral(s, a, len - 3, &v, &zh))
            return 0;
        int has_ten = 0;
        for (size_t i = a; i + 3 <= len - 3; i++)
            if (number_starts(s, len, i, "十") || number_starts(s, len, i, "拾"))
                has_ten = 1;
        if (v > 0 && v < 10)
            v *= 10;
        else if (!(v >= 10 && v < 100 && !has_ten))
            return 0;
    } else {
        /* X成Y with a single digit after 成 */
        size_t c = len;
        for (size_t i = 0; i + 3 <= len; i += utf8_len_at(s, len, i))
            if (number_starts(s, len, i, "成"))
                c = i;
        if (c == len || c == 0 || c + 3 >= len)
            return 0;
        if (number_starts(s, len, c + 3, "半") && c + 6 == len)
            d = 5; /* 三成半 */
        else if (!number_whole_numeral(s, c + 3, len, &d, &zh) || d >= 10)
            return 0;
        if (!number_whole_numeral(s, 0, c, &v, &zh) || v > 10)
            return 0;
        v = v * 10 + d;
    }
    set(out, v, "%", P);
    return 1;
}

/* 一打 = 12, 两双 = 4, 三对 = 6, 半打 = 6: groups of a fixed size, counted
 * as the items in them. */
int number_multiplied_count(const char *s, size_t len, number_reading *out)
{
    for (size_t k = 0; tally_count_multipliers[k].word; k++) {
        const number_word *m = &tally_count_multipliers[k];
        if (!number_ends(s, len, m->word))
            continue;
        size_t head = len - strlen(m->word);
        double v;
        int zh;
        if (head == 3 && number_starts(s, len, 0, "半"))
            v = 0.5;
        else if (!number_whole_numeral(s, 0, head, &v, &zh))
            return 0;
        set(out, v * m->scale, "个", Q);
        return 1;
    }
    return 0;
}

/* A superscript digit (⁰¹²³⁴⁵⁶⁷⁸⁹) at s[i]: its value and width, or -1. */
static int superscript_at(const char *s, size_t len, size_t i, size_t *w)
{
    static const char *const sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    for (int d = 0; d < 10; d++)
        if (number_starts(s, len, i, sup[d])) {
            *w = strlen(sup[d]);
            return d;
        }
    return -1;
}

/* A signed integer exponent of at most 4 digits at s[*j]; advances *j.
 * Two signs multiply (^--2 is ^2). */
static int exponent_at(const char *s, size_t len, size_t *j, int *exp)
{
    int sign = 1, e = 0, nd = 0;
    for (int k = 0; k < 2 && *j < len && (s[*j] == '+' || s[*j] == '-'); k++) {
        if (s[*j] == '-')
            sign = -sign;
        (*j)++;
    }
    while (nd < 4 && *j < len && number_is_digit(s[*j])) {
        e = e * 10 + (s[*j] - '0');
        (*j)++;
        nd++;
    }
    if (!nd || (*j < len && number_is_digit(s[*j])))
        return 0;
    *exp = sign * e;
    return 1;
}

/* 1.5e3, 2E-4, 3×10^5, 3×10⁵, then a unit: the mantissa times ten to the
 * power, times what the unit makes of 1 (1.2e4万元 → 1.2e8 元). 2^5 and
 * 4^-1 are powers of the number itself (32, 0.25). */
int number_scientific(const tally_figure_rules *r, const char *s, size_t len,
                      number_reading *out)
{
    double v;
    int zh;
    size_t m = tally_numeral_scan(s, len, &v, &zh);
    if (!m || zh || v < 0)
        return 0;
    if (m < len && s[m] == '^') {
        size_t j = m + 1;
        int exp;
        if (!exponent_at(s, len, &j, &exp) || j != len || abs(exp) > 300 || (v == 0 && exp < 0))
            return 0;
        set(out, pow(v, exp), "", Q);
        return isfinite(out->value);
    }
    for (size_t k = 0; tally_exponent_marks[k]; k++) {
        const char *mark = tally_exponent_marks[k];
        if (!number_starts(s, len, m, mark))
            continue;
        size_t j = m + strlen(mark);
        int exp = 0;
        if (mark[strlen(mark) - 1] == '0') {
            /* ×10 then a superscript power */
            int sign = 1, nd = 0, d;
            size_t w;
            if (number_starts(s, len, j, "⁻")) {
                sign = -1;
                j += strlen("⁻");
            }
            while (nd < 4 && (d = superscript_at(s, len, j, &w)) >= 0) {
                exp = exp * 10 + d;
                j += w;
                nd++;
            }
            if (!nd)
                return 0;
            exp *= sign;
        } else if (!exponent_at(s, len, &j, &exp)) {
            return 0;
        }
        if (abs(exp) > 300)
            return 0;
        double value = v * pow(10, exp);
        number_reading u = {1, "", Q, 0, 0};
        if (j < len && !number_parse_spliced(r, s + j, len - j, 0, 0, "1", &u))
            return 0;
        *out = u;
        out->value = value * u.value;
        return 1;
    }
    return 0;
}

/* 5‱: per ten thousand, given as a percent like 万分之5. */
int number_per_myriad(const tally_figure_rules *r, const char *s, size_t len,
                      number_reading *out)
{
    if (!number_ends(s, len, "‱"))
        return 0;
    number_reading h;
    if (!number_parse_plain(r, s, len - strlen("‱"), &h) || h.unit[0] || h.kind != Q)
        return 0;
    set(out, h.value / 100, "%", P);
    return 1;
}

/* 万三 = 3‱ = 0.03 %, 千五 = 5‰ = 0.5 %: a place word and one digit is the
 * rate of finance (佣金万三), not 13000 or 1500 — those need their 一. A
 * second digit is its tenths: 万二五 = 2.5‱, 千四五 = 4.5‰. */
int number_shorthand_rate(const char *s, size_t len, number_reading *out)
{
    const number_word *w = number_word_at(tally_number_rate_shorthands, s, len, 0);
    if (!w)
        return 0;
    size_t a = strlen(w->word), next, end;
    numeral_char c, d;
    /* 万两 is a weight (ten thousand taels): rates are written with 二 */
    if (!numeral_char_at(s, len, a, &c, &next) || c.digit < 1 || c.tens || c.liang)
        return 0;
    double rate = c.digit;
    if (next == len) {
        /* 万一 is "in case", a word: the rates of one digit start at 2 */
        if (c.digit < 2)
            return 0;
    } else if (numeral_char_at(s, len, next, &d, &end) && end == len && d.digit >= 0 && !d.tens) {
        rate += d.digit / 10.0;
    } else {
        return 0;
    }
    set(out, rate * w->scale, "%", P);
    return 1;
}

/* 第十二, 第3名: an ordinal is a rank (unit 位, like 第2名 in running text).
 * Ordinals that name things (第二届, 第一批) stay no number. */
int number_ordinal(const tally_figure_rules *r, const char *s, size_t len, number_reading *out,
                   int depth)
{
    size_t a = number_list_at(tally_number_ordinal_marks, s, len, 0);
    if (!a || a == len)
        return 0;
    size_t b = len;
    for (size_t k = 0; tally_number_ordinal_words[k]; k++)
        if (number_ends(s, len, tally_number_ordinal_words[k]) &&
            len - strlen(tally_number_ordinal_words[k]) > a)
            b = len - strlen(tally_number_ordinal_words[k]);
    number_reading n;
    if (!number_read_body(r, s + a, b - a, &n, depth + 1) || n.kind != Q || n.unit[0] ||
        n.value < 1 || n.value != floor(n.value))
        return 0;
    set(out, n.value, "位", TALLY_FIG_RANK);
    return 1;
}

/* 半 = 0.5, 一半 = 50 % (a share, like 二分之一), 两个半 = 2.5 个, 半百 = 50. */
int number_half(const tally_figure_rules *r, const char *s, size_t len, number_reading *out)
{
    (void)r;
    double v, f;
    int zh;
    if (len == 3 && number_starts(s, len, 0, "半")) {
        set(out, 0.5, "", Q);
        return 1;
    }
    if (len == 6 && number_starts(s, len, 0, "一半")) {
        set(out, 50, "%", P);
        return 1;
    }
    if (len >= 9 && (number_ends(s, len, "个半") || number_ends(s, len, "個半")) &&
        number_whole_numeral(s, 0, len - 6, &v, &zh)) {
        set(out, v + 0.5, "个", Q);
        return 1;
    }
    if (len > 3 && number_starts(s, len, 0, "半") &&
        tally_magnitude_scan(s + 3, len - 3, &f) == len - 3 && f > 1) {
        set(out, 0.5 * f, "", Q);
        return 1;
    }
    return 0;
}

/* 二又四分之一 = 2.25, 3又一千分之23 = 3.023: a whole number and a fraction
 * is a quantity (a fraction alone is a share, in percent). */
int number_mixed_fraction(const tally_figure_rules *r, const char *s, size_t len,
                          number_reading *out, int depth)
{
    for (size_t k = 0; k + 3 < len; k += utf8_len_at(s, len, k)) {
        if (!number_starts(s, len, k, "又"))
            continue;
        number_reading w, f;
        if (k == 0 || !number_read_body(r, s, k, &w, depth + 1) || w.kind != Q || w.unit[0] ||
            !number_read_body(r, s + k + 3, len - k - 3, &f, depth + 1) || f.kind != P ||
            f.value < 0)
            return 0;
        int fraction = 0;
        for (size_t i = k + 3; i < len; i++)
            if (number_starts(s, len, i, "分之") || s[i] == '/')
                fraction = 1; /* 三又四分之一, 1又1/2 */
        if (!fraction)
            return 0;
        set(out, w.value + f.value / 100, "", Q);
        return 1;
    }
    return 0;
}

/* Digits a run at s[*i] of at most max digits; advances *i. */
static int small_integer(const char *s, size_t len, size_t *i, int max, double *v)
{
    int n = 0;
    double x = 0;
    while (*i < len && number_is_digit(s[*i])) {
        if (++n > max)
            return 0;
        x = x * 10 + (s[*i] - '0');
        (*i)++;
    }
    *v = x;
    return n > 0;
}

/* 3/8 = 37.5 % (a share, like 八分之三); 1 3/5 = 1.6 with a whole part.
 * Numerator and denominator of at most three digits: 2023/10 is a date. */
int number_slash_fraction(const char *s, size_t len, number_reading *out)
{
    size_t i = 0;
    double whole = -1, a, b;
    if (!small_integer(s, len, &i, 6, &a))
        return 0;
    if (i < len && s[i] == ' ') {
        whole = a;
        i++;
        if (!small_integer(s, len, &i, 3, &a))
            return 0;
    } else if (i > 3) {
        return 0;
    }
    if (i >= len || s[i] != '/')
        return 0;
    i++;
    if (!small_integer(s, len, &i, 3, &b) || i != len || b == 0)
        return 0;
    if (whole >= 0)
        set(out, whole + a / b, "", Q);
    else
        set(out, 100 * a / b, "%", P);
    return 1;
}

/* 约三万, 大约十万, 至少九千块钱以上, 三万左右: the number stated, without
 * the qualifier (tally.number gives no approx). */
int number_qualified(const tally_figure_rules *r, const char *s, size_t len, number_reading *out,
                     int depth)
{
    size_t w = number_list_at(tally_number_leading_qualifiers, s, len, 0);
    if (w && w < len)
        return number_read_one_of(r, s + w, len - w, out, depth + 1); /* 近万 */
    for (size_t k = 0; tally_number_trailing_qualifiers[k]; k++) {
        size_t tl = strlen(tally_number_trailing_qualifiers[k]);
        if (len > tl && number_ends(s, len, tally_number_trailing_qualifiers[k]))
            return number_read_body(r, s, len - tl, out, depth + 1);
    }
    return 0;
}

/* 二十几万 = 200000, 一百零几万 = 1e6, 十几块钱 = 10 元: a vague filler right
 * after a numeral is dropped; 几十万, with no numeral before it, stays no
 * number (like 数十个). */
int number_vague_filler(const tally_figure_rules *r, const char *s, size_t len,
                        number_reading *out, int depth)
{
    if (!len)
        return 0;
    for (size_t i = utf8_len_at(s, len, 0); i < len; i += utf8_len_at(s, len, i)) {
        size_t w = number_list_at(tally_number_vague_fillers, s, len, i);
        if (!w)
            continue;
        size_t start, next;
        numeral_char c;
        utf8_prev(s, i, &start);
        int after_numeral = number_is_digit(s[i - 1]) ||
                            (numeral_char_at(s, len, start, &c, &next) && next == i);
        if (!after_numeral)
            return 0;
        char *t = malloc(len - w + 1);
        if (!t)
            return 0;
        memcpy(t, s, i);
        memcpy(t + i, s + i + w, len - i - w);
        int ok = number_read_one_of(r, t, len - w, out, depth + 1); /* 万余人 */
        free(t);
        /* 十几 = 10 to 20: an unknown digit (几, not 多 or 来) gives an
         * upper end, one more in its place than 9 */
        double upper;
        if (ok && !out->has_max && depth < NUMBER_MAX_DEPTH &&
            number_unknown_upper(r, s, len, i + w - 3, &upper, depth) && upper > out->value) {
            out->has_max = 1;
            out->value_max = upper;
        }
        return ok;
    }
    return 0;
}

/* 三点, 十二点, 零点: a whole number of 0-24 and then 点 is an hour of the
 * clock. 一百万零五十四点 is too big for one, and reads as a number. */
int number_clock_hour(const char *s, size_t len)
{
    if (len < 6 || !(number_ends(s, len, "点") || number_ends(s, len, "點")))
        return 0;
    double v;
    int zh;
    return number_whole_numeral(s, 0, len - 3, &v, &zh) && v <= 24 && v == floor(v);
}
