/* tally_number_read: one whole string as one number (include/tally/number.h).
 * The string is first normalized (spaces inside dropped, colloquial digits
 * and Latin magnitude letters written as the scanner's numerals, a sign
 * taken off), then read by the figure scanner (tally_number_parse); when
 * that fails, the forms the scanner does not take in running text are tried
 * one by one. The words each form knows are in number_tables.c. */
#include "tally/number.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "number_tables.h"
#include "utf8_scan.h"

typedef struct reading {
    double value;
    char unit[TALLY_UNIT_MAX];
    tally_figure_kind kind;
} reading;

static int starts(const char *s, size_t len, size_t i, const char *w)
{
    return utf8_starts(s, len, i, w, strlen(w));
}

static int ends(const char *s, size_t len, const char *w)
{
    size_t wl = strlen(w);
    return len >= wl && memcmp(s + len - wl, w, wl) == 0;
}

/* Bytes of the blank at s[i]: ASCII white space, U+3000, U+00A0; 0 if none. */
static size_t blank_at(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
        return 1;
    if (starts(s, len, i, "\xE3\x80\x80"))
        return 3;
    if (starts(s, len, i, "\xC2\xA0"))
        return 2;
    return 0;
}

static int ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* An Arabic digit (ASCII or full-width) ends just before out[n]. */
static int digit_before(const char *out, size_t n)
{
    if (n >= 1 && ascii_digit(out[n - 1]))
        return 1;
    return n >= 3 && (unsigned char)out[n - 3] == 0xEF && (unsigned char)out[n - 2] == 0xBC &&
           (unsigned char)out[n - 1] >= 0x90 && (unsigned char)out[n - 1] <= 0x99;
}

static int digit_at(const char *s, size_t len, size_t i)
{
    if (i < len && ascii_digit(s[i]))
        return 1;
    return i + 2 < len && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
           (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99;
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
        if (j + (size_t)k >= len || !ascii_digit(s[j + k]))
            return 0;
    return j + 3 >= len || !ascii_digit(s[j + 3]);
}

/* The string as the reader reads it; *n its length. NULL when out of memory. */
static char *normalize(const char *s, size_t len, size_t *n)
{
    /* a Latin magnitude letter (1 byte) becomes a numeral (3 bytes) */
    char *out = malloc(len * 3 + 1);
    if (!out)
        return NULL;
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
        run = ascii_digit(s[i]) ? run + 1 : 0;
        int swapped = 0;
        for (size_t k = 0; tally_number_colloquial[k].word && !swapped; k++) {
            const number_swap *c = &tally_number_colloquial[k];
            if (starts(s, len, i, c->word)) {
                size_t al = strlen(c->as);
                memcpy(out + o, c->as, al);
                o += al;
                i += strlen(c->word);
                swapped = 1;
            }
        }
        /* 3w, 2.5k: a magnitude letter right after digits, not starting a
         * Latin word (3km, 5kW, 2kg keep their unit) */
        for (size_t k = 0; tally_latin_magnitudes[k].word && !swapped; k++) {
            const number_swap *c = &tally_latin_magnitudes[k];
            size_t wl = strlen(c->word);
            if (starts(s, len, i, c->word) && digit_before(out, o) &&
                !(i + wl < len && ((s[i + wl] | 0x20) >= 'a' && (s[i + wl] | 0x20) <= 'z'))) {
                size_t al = strlen(c->as);
                memcpy(out + o, c->as, al);
                o += al;
                i += wl;
                swapped = 1;
            }
        }
        if (swapped)
            continue;
        size_t cl = utf8_len_at(s, len, i);
        memcpy(out + o, s + i, cl);
        o += cl;
        i += cl;
    }
    out[o] = '\0';
    *n = o;
    return out;
}

static int parse_plain(const tally_figure_rules *r, const char *s, size_t len, reading *out)
{
    if (!len)
        return 0;
    return tally_number_parse(r, s, len, &out->value, out->unit, &out->kind);
}

/* s with the bytes [a, b) replaced by rep, read by the scanner. */
static int parse_spliced(const tally_figure_rules *r, const char *s, size_t len, size_t a,
                         size_t b, const char *rep, reading *out)
{
    size_t rl = strlen(rep);
    char *t = malloc(len - (b - a) + rl + 1);
    if (!t)
        return 0;
    memcpy(t, s, a);
    memcpy(t + a, rep, rl);
    memcpy(t + a + rl, s + b, len - b);
    int ok = parse_plain(r, t, len - (b - a) + rl, out);
    free(t);
    return ok;
}

/* A numeral that fills s[a, b) exactly; its value. */
static int whole_numeral(const char *s, size_t a, size_t b, double *v, int *chinese)
{
    if (a >= b)
        return 0;
    size_t m = tally_numeral_scan(s + a, b - a, v, chinese);
    return m == b - a && *v >= 0;
}

static const number_word *word_at(const number_word *t, const char *s, size_t len, size_t i)
{
    for (size_t k = 0; t[k].word; k++)
        if (starts(s, len, i, t[k].word))
            return &t[k];
    return NULL;
}

/* 贰仟零伍元伍角, 12元3角4分, 三块五, 五毛五, 伍角: the main unit (元 or a
 * word for it: 块, 圆) read by the scanner, then sub-units, each smaller
 * than the one before; a last bare digit counts in the next smaller one. */
static int money_parts(const tally_figure_rules *r, const char *s, size_t len, reading *out)
{
    size_t major = len, mlen = 0;
    for (size_t i = 0; i < len && major == len; i += utf8_len_at(s, len, i)) {
        if (i > 0 && starts(s, len, i, "元")) {
            major = i;
            mlen = 3;
        }
        for (size_t k = 0; tally_money_major[k] && major == len; k++)
            if (i > 0 && starts(s, len, i, tally_money_major[k])) {
                major = i;
                mlen = strlen(tally_money_major[k]);
            }
    }
    reading head = {0, "元", TALLY_FIG_MONEY};
    size_t j = 0;
    double scale = 1;
    if (major < len) {
        if (!parse_spliced(r, s, major + mlen, major, major + mlen, "元", &head) ||
            head.kind != TALLY_FIG_MONEY)
            return 0;
        j = major + mlen;
    } else {
        scale = 10; /* no main unit: the first part needs its sub-unit */
    }
    double add = 0;
    int parts = 0, tenth = 0;
    while (j < len) {
        if (starts(s, len, j, "零") || starts(s, len, j, "〇")) {
            j += 3;
            continue;
        }
        if (major < len && (starts(s, len, j, "钱") || starts(s, len, j, "錢")) && j + 3 == len) {
            j += 3;
            break;
        }
        double v;
        int zh;
        size_t m = tally_numeral_scan(s + j, len - j, &v, &zh);
        if (!m || v < 0)
            return 0;
        j += m;
        const number_word *u = word_at(tally_money_subunits, s, len, j);
        double sc;
        if (u) {
            sc = u->scale;
            j += strlen(u->word);
            if (sc >= 0.1)
                tenth = 1;
        } else if (j == len && scale <= 1) {
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
    /* without a main unit, 角 or 毛 must be there: 5分 alone is a score */
    if (major == len && !tenth)
        return 0;
    if (major < len && !parts && mlen == 3 && starts(s, len, major, "元"))
        return 0; /* plain 元: the scanner already said no */
    *out = head;
    out->value = head.value + add;
    return 1;
}

/* 八成五 = 85 %, 五成 = 50 %; 八折 = 80 %, 五五折 and 85折 = 55 % and 85 %,
 * 7.5折 = 75 %: a share in tenths, given as a percent like 三成. */
static int tenths(const char *s, size_t len, reading *out)
{
    double v, d;
    int zh;
    if (ends(s, len, "折")) {
        size_t a = starts(s, len, 0, "打") ? 3 : 0;
        if (!whole_numeral(s, a, len - 3, &v, &zh))
            return 0;
        int has_ten = 0;
        for (size_t i = a; i + 3 <= len - 3; i++)
            if (starts(s, len, i, "十") || starts(s, len, i, "拾"))
                has_ten = 1;
        if (v > 0 && v < 10)
            v *= 10;
        else if (!(v >= 10 && v < 100 && !has_ten))
            return 0;
    } else {
        /* X成Y with a single digit after 成 */
        size_t c = len;
        for (size_t i = 0; i + 3 <= len; i += utf8_len_at(s, len, i))
            if (starts(s, len, i, "成"))
                c = i;
        if (c == len || c == 0 || c + 3 >= len)
            return 0;
        if (starts(s, len, c + 3, "半") && c + 6 == len)
            d = 5; /* 三成半 */
        else if (!whole_numeral(s, c + 3, len, &d, &zh) || d >= 10)
            return 0;
        if (!whole_numeral(s, 0, c, &v, &zh) || v > 10)
            return 0;
        v = v * 10 + d;
    }
    out->value = v;
    strcpy(out->unit, "%");
    out->kind = TALLY_FIG_PERCENT;
    return 1;
}

/* 一打 = 12, 两双 = 4, 三对 = 6, 半打 = 6: groups of a fixed size, counted
 * as the items in them. */
static int multiplied_count(const char *s, size_t len, reading *out)
{
    for (size_t k = 0; tally_count_multipliers[k].word; k++) {
        const number_word *m = &tally_count_multipliers[k];
        if (!ends(s, len, m->word))
            continue;
        size_t head = len - strlen(m->word);
        double v;
        int zh;
        if (head == 3 && starts(s, len, 0, "半"))
            v = 0.5;
        else if (!whole_numeral(s, 0, head, &v, &zh))
            return 0;
        out->value = v * m->scale;
        strcpy(out->unit, "个");
        out->kind = TALLY_FIG_QUANTITY;
        return 1;
    }
    return 0;
}

/* A superscript digit (⁰¹²³⁴⁵⁶⁷⁸⁹) at s[i]: its value and width, or -1. */
static int superscript_at(const char *s, size_t len, size_t i, size_t *w)
{
    static const char *const sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    for (int d = 0; d < 10; d++)
        if (starts(s, len, i, sup[d])) {
            *w = strlen(sup[d]);
            return d;
        }
    return -1;
}

/* 1.5e3, 2E-4, 3×10^5, 3×10⁵, then a unit: the mantissa times ten to the
 * power, times what the unit makes of 1 (1.2e4万元 → 1.2e8 元). */
static int scientific(const tally_figure_rules *r, const char *s, size_t len, reading *out)
{
    double v;
    int zh;
    size_t m = tally_numeral_scan(s, len, &v, &zh);
    if (!m || zh || v < 0)
        return 0;
    for (size_t k = 0; tally_exponent_marks[k]; k++) {
        const char *mark = tally_exponent_marks[k];
        if (!starts(s, len, m, mark))
            continue;
        size_t j = m + strlen(mark);
        int sign = 1, exp = 0, nd = 0;
        size_t w;
        if (mark[strlen(mark) - 1] == '0') {
            /* ×10 then a superscript power */
            if (starts(s, len, j, "⁻")) {
                sign = -1;
                j += strlen("⁻");
            }
            int d;
            while (nd < 4 && (d = superscript_at(s, len, j, &w)) >= 0) {
                exp = exp * 10 + d;
                j += w;
                nd++;
            }
        } else {
            if (j < len && (s[j] == '+' || s[j] == '-')) {
                sign = s[j] == '-' ? -1 : 1;
                j++;
            } else if (starts(s, len, j, "\xE2\x88\x92")) {
                sign = -1;
                j += 3;
            }
            while (nd < 4 && j < len && ascii_digit(s[j])) {
                exp = exp * 10 + (s[j] - '0');
                j++;
                nd++;
            }
        }
        if (!nd || exp > 300 || (j < len && ascii_digit(s[j])))
            return 0;
        double value = v * pow(10, sign * exp);
        reading u = {1, "", TALLY_FIG_QUANTITY};
        if (j < len && !parse_spliced(r, s + j, len - j, 0, 0, "1", &u))
            return 0;
        *out = u;
        out->value = value * u.value;
        return 1;
    }
    return 0;
}

/* 5‱: per ten thousand, given as a percent like 万分之5. */
static int per_myriad(const tally_figure_rules *r, const char *s, size_t len, reading *out)
{
    if (!ends(s, len, "‱"))
        return 0;
    reading h;
    if (!parse_plain(r, s, len - strlen("‱"), &h) || h.unit[0] || h.kind != TALLY_FIG_QUANTITY)
        return 0;
    out->value = h.value / 100;
    strcpy(out->unit, "%");
    out->kind = TALLY_FIG_PERCENT;
    return 1;
}

static int read_body(const tally_figure_rules *r, const char *s, size_t len, reading *out,
                     int depth);

/* 8千5百, 1百万, 3千2百万: lone Arabic digits among Chinese place words read
 * as Chinese digits. Only single digits are taken (12千 stays no number). */
static int mixed_digits(const tally_figure_rules *r, const char *s, size_t len, reading *out)
{
    static const char *const zh[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    char *t = malloc(len * 3 + 1);
    if (!t)
        return 0;
    size_t o = 0;
    int changed = 0;
    for (size_t i = 0; i < len;) {
        int lone = ascii_digit(s[i]) && !(i > 0 && (ascii_digit(s[i - 1]) || s[i - 1] == '.')) &&
                   !(i + 1 < len && (ascii_digit(s[i + 1]) || s[i + 1] == '.' || s[i + 1] == ','));
        if (lone) {
            memcpy(t + o, zh[s[i] - '0'], 3);
            o += 3;
            i++;
            changed = 1;
            continue;
        }
        size_t cl = utf8_len_at(s, len, i);
        memcpy(t + o, s + i, cl);
        o += cl;
        i += cl;
    }
    int ok = changed && read_body(r, t, o, out, 1);
    free(t);
    return ok;
}

static int read_body(const tally_figure_rules *r, const char *s, size_t len, reading *out,
                     int depth)
{
    if (!len)
        return 0;
    if (parse_plain(r, s, len, out))
        return 1;
    /* 叁佰元整: a closing 整 after money */
    for (size_t k = 0; depth == 0 && tally_money_closers[k]; k++) {
        if (ends(s, len, tally_money_closers[k])) {
            size_t n = len - strlen(tally_money_closers[k]);
            if (read_body(r, s, n, out, depth + 1) && out->kind == TALLY_FIG_MONEY)
                return 1;
            return 0;
        }
    }
    /* 五成多, 三块多: an inside qualifier after the unit; the value is the
     * number stated */
    if (depth == 0 && len > 3 && (ends(s, len, "多") || ends(s, len, "余") || ends(s, len, "餘")))
        return read_body(r, s, len - 3, out, depth + 1);
    /* 点四三二一 is 0.4321; 一百万零五十四点, a point with nothing after it */
    if (starts(s, len, 0, "点") || starts(s, len, 0, "點"))
        return parse_spliced(r, s, len, 0, 0, "零", out);
    if (len > 3 && (ends(s, len, "点") || ends(s, len, "點")))
        return parse_plain(r, s, len - 3, out) && out->kind == TALLY_FIG_QUANTITY && !out->unit[0];
    /* 百分之点五: a point right after the fraction word */
    for (size_t i = 0; i + 9 <= len; i += utf8_len_at(s, len, i))
        if (starts(s, len, i, "分之") && (starts(s, len, i + 6, "点") || starts(s, len, i + 6, "點")))
            return parse_spliced(r, s, len, i + 6, i + 6, "零", out);
    /* 百分之负五: a sign inside a fraction word */
    for (size_t i = 0; depth < 2 && i + 9 < len; i += utf8_len_at(s, len, i)) {
        if (starts(s, len, i, "分之") &&
            (starts(s, len, i + 6, "负") || starts(s, len, i + 6, "負"))) {
            if (!parse_spliced(r, s, len, i + 6, i + 9, "", out))
                return 0;
            out->value = -out->value;
            return 1;
        }
    }
    return money_parts(r, s, len, out) || tenths(s, len, out) || multiplied_count(s, len, out) ||
           scientific(r, s, len, out) || per_myriad(r, s, len, out) ||
           (depth == 0 && mixed_digits(r, s, len, out));
}

int tally_number_read(const tally_figure_rules *r, const char *s, size_t len, double *value,
                      char unit[TALLY_UNIT_MAX], tally_figure_kind *kind)
{
    size_t n;
    char *b = normalize(s, len, &n);
    if (!b)
        return 0;
    size_t a = 0;
    double sign = 1;
    const number_word *sw = word_at(tally_number_signs, b, n, 0);
    if (sw && n > strlen(sw->word)) {
        sign = sw->scale;
        a = strlen(sw->word);
    }
    reading out;
    int ok = read_body(r, b + a, n - a, &out, 0);
    free(b);
    if (!ok || !isfinite(out.value))
        return 0;
    *value = out.value == 0 ? 0 : sign * out.value;
    strcpy(unit, out.unit);
    *kind = out.kind;
    return 1;
}
