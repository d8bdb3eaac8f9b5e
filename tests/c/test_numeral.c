/* The numeral parser and tally_number_parse on every numeral figures.md
 * lists, and on input that is no number. */
#include "check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tally/figures.h"

static tally_figure_rules *rules;

static void number_is(const char *s, double want, const char *unit)
{
    double v = NAN;
    char u[TALLY_UNIT_MAX] = "?";
    tally_figure_kind k;
    int ok = tally_number_parse(rules, s, strlen(s), &v, u, &k);
    if (!ok || fabs(v - want) > 1e-6 * fmax(1, fabs(want)) || strcmp(u, unit) != 0) {
        check_failed++;
        fprintf(stderr, "%s: expected %.10g \"%s\", got %s %.10g \"%s\"\n", s, want, unit,
                ok ? "" : "(no number)", v, u);
    } else {
        check_passed++;
    }
}

static void no_number(const char *s, size_t len)
{
    double v;
    char u[TALLY_UNIT_MAX];
    tally_figure_kind k;
    CHECK(tally_number_parse(rules, s, len, &v, u, &k) == 0);
}

static void numeral_is(const char *s, double want, size_t want_len)
{
    double v = NAN;
    int zh;
    size_t n = tally_numeral_scan(s, strlen(s), &v, &zh);
    if (n != want_len || fabs(v - want) > 1e-9 * fmax(1, fabs(want))) {
        check_failed++;
        fprintf(stderr, "numeral %s: expected %.10g (%zu bytes), got %.10g (%zu bytes)\n", s, want,
                want_len, v, n);
    } else {
        check_passed++;
    }
}

int main(void)
{
    tally_error err = {""};
    rules = tally_figure_rules_new(&err);
    if (!rules) {
        fprintf(stderr, "rules: %s\n", err.msg);
        return 1;
    }
    /* figures.md "Chinese numerals" */
    number_is("八", 8, "");
    number_is("十", 10, "");
    number_is("十二", 12, "");
    number_is("二十", 20, "");
    number_is("一百零五", 105, "");
    number_is("两万五", 25000, "");
    number_is("两万五千", 25000, "");
    number_is("三千五百万", 35000000, "");
    number_is("一千二百三十四", 1234, "");
    number_is("十二亿", 1200000000, "");
    number_is("1.5万", 15000, "");
    number_is("3万亿", 3e12, "");
    number_is("百分之十五", 15, "%");
    number_is("百分之7.5", 7.5, "%");
    number_is("万分之7.6", 0.076, "%");
    number_is("千分之三", 0.3, "%");
    number_is("三成", 30, "%");
    number_is("三分之一", 100.0 / 3, "%");
    number_is("〇", 0, "");
    number_is("零", 0, "");
    number_is("两", 2, "");
    number_is("兩", 2, "");
    number_is("廿", 20, "");
    number_is("卅", 30, "");
    number_is("廿五", 25, "");
    number_is("壹贰叁", 123, "");
    number_is("壹仟贰佰叁拾肆", 1234, "");
    number_is("伍佰", 500, "");
    number_is("柒拾捌", 78, "");
    number_is("陆", 6, "");
    number_is("玖", 9, "");
    number_is("肆", 4, "");
    number_is("兩萬五千", 25000, "");
    number_is("十二億", 1200000000, "");
    number_is("三萬", 30000, "");
    number_is("１２３．５", 123.5, "");
    number_is("1,409", 1409, "");
    number_is("1，409", 1409, "");
    number_is("1,234,567.5", 1234567.5, "");
    number_is("二〇二一", 2021, "");
    number_is("三点五", 3.5, "");
    number_is("十點五", 10.5, "");
    number_is("百分之三點五", 3.5, "%");
    /* with units (README: tally.number("3617.64万只") → 36176400, "只") */
    number_is("3617.64万只", 36176400, "只");
    number_is("14.8亿元", 1480000000, "元");
    number_is("3萬噸", 30000, "吨");
    number_is("三個", 3, "个");
    number_is("5000萬元以上", 50000000, "元");
    number_is("6.7个百分点", 6.7, "pp");
    number_is("  12%  ", 12, "%");
    /* the numeral scanner alone: how far it reads */
    numeral_is("1,409个", 1409, 5);
    numeral_is("1,40个", 1, 1); /* a separator needs three digits after it */
    numeral_is("3.14159", 3.14159, 7);
    numeral_is("12.个", 12, 2);
    numeral_is("十二三", 12, 6);
    numeral_is("万人", 0, 0); /* a bare magnitude is a word */
    /* not numbers */
    no_number("", 0);
    no_number("abc", 3);
    no_number("   ", 3);
    no_number("\xff\xfe\x80", 3);
    no_number("\xe4\xb8", 2); /* a cut-off sequence */
    no_number("12 34", 5);
    no_number("万", 3);
    no_number("二〇二一年", strlen("二〇二一年")); /* a year is a date */
    no_number("第二届", strlen("第二届"));
    size_t big = 10u << 20;
    char *digits = malloc(big);
    memset(digits, '7', big);
    no_number(digits, big);
    free(digits);
    tally_figure_rules_free(rules);
    return check_summary();
}
