/* A currency named before or after a whole-string number that the figure
 * scanner does not read so (docs/figures.md "Whole-string numbers"):
 * 欧元三百 and 日元5000 (a currency of the unit tables before a Chinese
 * numeral or after no prefix mark), 二十五万三千二百泰铢 and 445奈拉
 * (currencies beyond the unit tables), USD 300, 300 HKD (codes). The
 * number itself is read by every form; it must carry no unit of its own, or
 * that same currency (人民币数十亿元). A sub-unit of a currency other than 元
 * named alone after the number is money in that currency (十美分 = 0.1
 * 美元, 五便士 = 0.05 英镑); only names of two characters or more, since
 * 仙 and 毫 alone are other words. */
#include <string.h>

#include "number_read.h"
#include "numeral.h"
#include "utf8_scan.h"

/* The number s[a, b) read with currency unit: 1 with *out set to money.
 * after: the currency is named after the number. */
static int with_currency(const tally_figure_rules *r, const char *s, size_t a, size_t b,
                         const char *unit, int after, number_reading *out, int depth)
{
    number_reading n;
    if (a >= b || !number_read_body(r, s + a, b - a, &n, depth + 1))
        return 0;
    /* 100元港币, 50元美金: 元 then the currency named after it */
    int yuan_then_name = after && n.kind == TALLY_FIG_MONEY && strcmp(n.unit, "元") == 0;
    if (!(n.kind == TALLY_FIG_QUANTITY && !n.unit[0]) &&
        !(n.kind == TALLY_FIG_MONEY && strcmp(n.unit, unit) == 0) && !yuan_then_name)
        return 0;
    *out = n;
    strcpy(out->unit, unit);
    out->kind = TALLY_FIG_MONEY;
    return 1;
}

/* Where a number may start: a digit, a point, a Chinese numeral, a digit
 * not stated (人民币数十亿元) or a qualifier (人民币约三百元). */
static int number_starts_at(const char *s, size_t len, size_t i)
{
    numeral_char c;
    size_t next;
    return i < len && (number_is_digit(s[i]) || s[i] == '.' || numeral_char_at(s, len, i, &c, &next) ||
                       number_list_at(tally_number_unknown_digits, s, len, i) ||
                       number_list_at(tally_number_leading_qualifiers, s, len, i));
}

int number_currency_around(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out, int depth)
{
    if (depth >= NUMBER_MAX_DEPTH)
        return 0;
    for (size_t k = 0; tally_money_foreign_subunits[k].word; k++) {
        const number_subunit *f = &tally_money_foreign_subunits[k];
        size_t w = strlen(f->word);
        number_reading n;
        if (w >= 6 && len > w && number_ends(s, len, f->word) &&
            number_read_body(r, s, len - w, &n, depth + 1) && n.kind == TALLY_FIG_QUANTITY &&
            !n.unit[0]) {
            *out = n;
            out->value = n.value * f->scale;
            out->value_max = n.value_max * f->scale;
            strcpy(out->unit, f->unit);
            out->kind = TALLY_FIG_MONEY;
            return 1;
        }
    }
    for (size_t k = 0; tally_number_extra_currencies[k].word; k++) {
        const number_currency *c = &tally_number_extra_currencies[k];
        size_t w = strlen(c->word);
        if (len <= w)
            continue;
        if (number_ends(s, len, c->word) && with_currency(r, s, 0, len - w, c->unit, 1, out, depth))
            return 1;
        if (number_starts(s, len, 0, c->word) && number_starts_at(s, len, w) &&
            with_currency(r, s, w, len, c->unit, 0, out, depth))
            return 1;
    }
    /* a currency of the scanner's unit tables (tally.units.add included)
     * before the number: 1 and the words before it read as 1 of money */
    for (size_t i = utf8_len_at(s, len, 0); i < len && i <= 24; i += utf8_len_at(s, len, i)) {
        if (!number_starts_at(s, len, i))
            continue;
        char probe[32];
        probe[0] = '1';
        memcpy(probe + 1, s, i);
        number_reading one;
        if (number_parse_plain(r, probe, i + 1, &one) && one.kind == TALLY_FIG_MONEY &&
            one.value == 1 && with_currency(r, s, i, len, one.unit, 0, out, depth))
            return 1;
        break; /* the first place a number starts is the only one tried */
    }
    return 0;
}
