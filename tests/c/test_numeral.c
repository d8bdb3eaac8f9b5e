/* The numeral parser and tally_number_parse on every numeral figures.md
 * lists, and on input that is no number. */
#include "check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tally/figures.h"
#include "tally/number.h"

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

/* tally_number_read: the whole-string reader behind tally.number */
static void read_is(const char *s, double want, const char *unit, tally_figure_kind kind)
{
    double v = NAN;
    char u[TALLY_UNIT_MAX] = "?";
    tally_figure_kind k = TALLY_FIG_TIME;
    int ok = tally_number_read(rules, s, strlen(s), &v, u, &k);
    if (!ok || fabs(v - want) > 1e-9 * fmax(1, fabs(want)) || strcmp(u, unit) != 0 || k != kind) {
        check_failed++;
        fprintf(stderr, "read %s: expected %.10g \"%s\" %s, got %s %.10g \"%s\" %s\n", s, want, unit,
                tally_figure_kind_name(kind), ok ? "" : "(no number)", v, u,
                ok ? tally_figure_kind_name(k) : "-");
    } else {
        check_passed++;
    }
}

/* a range: its lower end, its upper end and unit */
static void range_is(const char *s, double lo, double hi, const char *unit)
{
    double v = NAN, m = NAN;
    char u[TALLY_UNIT_MAX] = "?";
    tally_figure_kind k;
    int ok = tally_number_read_range(rules, s, strlen(s), &v, &m, u, &k);
    if (!ok || fabs(v - lo) > 1e-9 * fmax(1, fabs(lo)) || fabs(m - hi) > 1e-9 * fmax(1, fabs(hi)) ||
        strcmp(u, unit) != 0) {
        check_failed++;
        fprintf(stderr, "range %s: expected %.10g-%.10g \"%s\", got %s %.10g-%.10g \"%s\"\n", s, lo,
                hi, unit, ok ? "" : "(no number)", v, m, u);
    } else {
        check_passed++;
    }
}

static void read_none(const char *s)
{
    double v;
    char u[TALLY_UNIT_MAX];
    tally_figure_kind k;
    if (tally_number_read(rules, s, strlen(s), &v, u, &k)) {
        check_failed++;
        fprintf(stderr, "read %s: expected no number, got %.10g \"%s\"\n", s, v, u);
    } else {
        check_passed++;
    }
}

#define M TALLY_FIG_MONEY
#define Q TALLY_FIG_QUANTITY
#define P TALLY_FIG_PERCENT

/* Every class of whole-string number (docs/figures.md "Whole-string
 * numbers"), each in Simplified and Traditional where the writing differs. */
static void whole_string_classes(void)
{
    /* money written out, with 整/正 and sub-units */
    read_is("叁佰元整", 300, "元", M);
    read_is("叁佰圓整", 300, "元", M);
    read_is("壹佰元正", 100, "元", M);
    read_is("贰仟零伍元伍角", 2005.5, "元", M);
    read_is("貳仟零伍元伍角", 2005.5, "元", M);
    read_is("贰角陆分", 0.26, "元", M);
    read_is("貳角陸分", 0.26, "元", M);
    read_is("壹万贰仟元零伍分", 12000.05, "元", M);
    read_is("壹萬貳仟元零伍分", 12000.05, "元", M);
    /* 元角分 in digits, and the spoken 块/毛 */
    read_is("12元3角4分", 12.34, "元", M);
    read_is("三块五", 3.5, "元", M);
    read_is("三塊五", 3.5, "元", M);
    read_is("五毛五", 0.55, "元", M);
    read_is("三块钱", 3, "元", M);
    read_is("三塊錢", 3, "元", M);
    read_none("5分"); /* 分 alone is a score, not money */
    read_none("12元3分5角"); /* sub-units must shrink */
    /* signs */
    read_is("负一百", -100, "", Q);
    read_is("負一百", -100, "", Q);
    read_is("-5", -5, "", Q);
    read_is("−0.4%", -0.4, "%", P);
    read_is("负壹仟零壹拾叁元贰角陆分", -1013.26, "元", M);
    read_is("負壹仟零壹拾叁元貳角陸分", -1013.26, "元", M);
    read_is("百分之负六十五点二八", -65.28, "%", P);
    read_is("百分之負六十五點二八", -65.28, "%", P);
    read_is("负百分之点二八", -0.28, "%", P);
    read_is("負百分之點二八", -0.28, "%", P);
    read_none("负");
    read_none("-");
    /* spaces inside */
    read_is("8 千 5 百", 8500, "", Q);
    read_is("三 万 五 千", 35000, "", Q);
    read_is("三 萬 五 千", 35000, "", Q);
    read_is("1 234 567", 1234567, "", Q);
    read_none("12 34");
    read_none("1 23");
    read_is("港币 3 亿元", 3e8, "港元", M);
    read_is("港幣 3 億元", 3e8, "港元", M);
    read_is("人民币 5,000 元", 5000, "元", M);
    read_is("人民幣 5,000 元", 5000, "元", M);
    read_is("新台幣 2,000 元", 2000, "新台币", M);
    read_is("新台币\xE3\x80\x80" "2,000元", 2000, "新台币", M);
    read_is("HK$3億", 3e8, "港元", M);
    read_is("HK$ 3 亿", 3e8, "港元", M);
    /* Latin magnitude letters */
    read_is("3w", 30000, "", Q);
    read_is("2.5k", 2500, "", Q);
    read_is("3K元", 3000, "元", M);
    read_is("1.2w人", 12000, "人", Q);
    read_none("60W"); /* watts */
    read_is("3km", 3, "公里", Q); /* a Latin unit, not 3 thousand */
    /* tenths in 成 and 折, as percent (like 三成 = 30 %) */
    read_is("八成五", 85, "%", P);
    read_is("三成半", 35, "%", P);
    read_is("五成多", 50, "%", P);
    read_is("八折", 80, "%", P);
    read_is("五五折", 55, "%", P);
    read_is("85折", 85, "%", P);
    read_is("7.5折", 75, "%", P);
    read_is("七點五折", 75, "%", P);
    read_none("十五折");
    /* colloquial and variant numerals */
    read_is("仨", 3, "", Q);
    read_is("俩", 2, "", Q);
    read_is("倆", 2, "", Q);
    read_is("幺零幺", 101, "", Q);
    read_is("廿一", 21, "", Q);
    read_is("卅五", 35, "", Q);
    read_is("卌", 40, "", Q);
    read_is("〇", 0, "", Q);
    read_is("拾", 10, "", Q);
    read_is("玖仟玖佰玖拾玖", 9999, "", Q);
    read_is("一兆", 1e12, "", Q);
    read_is("3兆元", 3e12, "元", M);
    read_is("一亿亿", 1e16, "", Q);
    read_is("一億億", 1e16, "", Q);
    read_is("一万兆", 1e16, "", Q);
    read_is("一兆一千一百一十一亿一千一百二十三万四千五百六十七", 1111111234567, "", Q);
    read_is("三十万零七十兆零四百三十亿零四百零一万", 300070043004010000.0, "", Q);
    read_is("一十一", 11, "", Q);
    read_is("点四三二一", 0.4321, "", Q);
    read_is("點四三二一", 0.4321, "", Q);
    read_is("一百万零五十四点", 1000054, "", Q);
    read_is("1百万", 1e6, "", Q);
    read_is("3千2百万", 3.2e7, "", Q);
    range_is("两三", 2, 3, "");  /* a vague range */
    range_is("兩三", 2, 3, "");
    range_is("三四", 3, 4, "");
    range_is("十二三", 12, 13, "");
    range_is("三五百块", 300, 500, "元");
    range_is("三五百塊", 300, 500, "元");
    read_is("一二三", 123, "", Q); /* three digits: digit by digit */
    /* counts of pairs and dozens */
    read_is("一打", 12, "个", Q);
    read_is("半打", 6, "个", Q);
    read_is("两双", 4, "个", Q);
    read_is("兩雙", 4, "个", Q);
    read_is("三对", 6, "个", Q);
    read_is("三對", 6, "个", Q);
    /* full-width digits, separators, scientific notation, per mille and myriad */
    read_is("１２．５％", 12.5, "%", P);
    read_is("－３", -3, "", Q);
    read_is("1,234,567.89", 1234567.89, "", Q);
    read_is("1.5e3", 1500, "", Q);
    read_is("2E-4", 0.0002, "", Q);
    read_is("2.5×10^4", 25000, "", Q);
    read_is("3×10⁵", 300000, "", Q);
    read_is("1.2e4万元", 1.2e8, "元", M);
    read_is("5‰", 0.5, "%", P);
    read_is("5‱", 0.05, "%", P);
    read_none("1e");
    read_none("1e999");
    /* what the scanner already read stays as it was */
    read_is("3617.64万只", 36176400, "只", Q);
    read_is("5兆瓦", 5, "兆瓦", Q);
    read_none("");
    read_none("万");
    read_none("第二届");
}

/* The classes of the peer numeral and money parsers' test suites (cn2an,
 * chinese2digits, JioNLP's money parser, Recognizers-Text) in our own
 * examples, Simplified and Traditional (docs/figures.md "Whole-string
 * numbers"). */
static void peer_classes(void)
{
    /* capital digits, the Traditional 參 too */
    read_is("贰万陆仟叁佰", 26300, "", Q);
    read_is("貳萬陸仟參佰", 26300, "", Q);
    /* places descend within a section: two numbers are no reading */
    read_none("十一十二");
    /* a big unit not below the one before scales all that came before */
    read_is("二十亿零三十亿", 2.00000003e17, "", Q);
    read_is("二十億零三十億", 2.00000003e17, "", Q);
    read_is("三万二千万", 3.2e8, "", Q);
    read_is("三萬二千萬", 3.2e8, "", Q);
    read_is("五千万亿", 5e15, "", Q);
    read_is("五千萬億", 5e15, "", Q);
    read_is("贰拾万万零叁拾亿元整", 2.00000003e17, "元", M);
    read_is("貳拾萬萬零參拾億圓整", 2.00000003e17, "元", M);
    /* the abbreviated place holds before a point */
    read_is("三千四点二", 3400.2, "", Q);
    read_is("三千四點二", 3400.2, "", Q);
    read_is("二十三点五", 23.5, "", Q);
    /* mixed Arabic and Chinese digits under Chinese places */
    read_is("50万六千", 506000, "", Q);
    read_is("50萬六千", 506000, "", Q);
    read_is("三亿零五千120", 300005120, "", Q);
    read_is("三億零五千120", 300005120, "", Q);
    read_is("6万3千2百", 63200, "", Q);
    read_is("6萬3千2百", 63200, "", Q);
    read_is("12万3千", 123000, "", Q);
    read_is("30千", 30000, "", Q);
    read_is("200十万", 2e7, "", Q);
    read_is("3千2", 3200, "", Q);
    read_is("四零万", 400000, "", Q);
    read_is("四零萬", 400000, "", Q);
    read_is("50万六千元", 506000, "元", M);
    read_is("50萬六千元", 506000, "元", M);
    read_none("2.5万零30"); /* a decimal takes no lower places */
    read_none("3..5万");
    read_none("3.0.5万");
    read_none("三5");
    /* points */
    read_is("二百点45", 200.45, "", Q);
    read_is("二百點45", 200.45, "", Q);
    read_is("六千万点三", 60000000.3, "", Q);
    read_is("六千萬點三", 60000000.3, "", Q);
    read_is("三点五万", 35000, "", Q);
    read_is("三點五萬", 35000, "", Q);
    read_none("三点"); /* an hour of the clock */
    read_none("三點");
    read_none("零点");
    read_none("十二点");
    read_is("二十五点", 25, "", Q);
    /* fractions: a share in percent; with a whole part a quantity */
    read_is("十又三分之二", 10 + 2.0 / 3, "", Q);
    read_is("壹又貳分之壹", 1.5, "", Q);
    read_is("五分之十二", 240, "%", P);
    read_is("負四分之一", -25, "%", P);
    read_is("负3分之负一百", 10000.0 / 3, "%", P);
    read_is("3/8", 37.5, "%", P);
    read_is("1 3/5", 1.6, "", Q);
    read_none("3/0");
    read_none("2023/10");
    read_none("1/2/3");
    /* powers, leading points, Latin letters, full-width ASCII */
    read_is("3^4", 81, "", Q);
    read_is("4^-1", 0.25, "", Q);
    read_none("0^-1");
    read_none("2^^3");
    read_is(".75", 0.75, "", Q);
    read_is("-.25", -0.25, "", Q);
    read_is("-.5%", -0.5, "%", P);
    read_is("1.5M", 1.5e6, "", Q);
    read_is("８Ｋ", 8000, "", Q);
    read_is("６e－２", 0.06, "", Q);
    read_none("5MB");
    /* money: zero sub-units, 钱 after them, other currencies' sub-units */
    read_is("伍元零角捌分", 5.08, "元", M);
    read_is("伍圓零角捌分", 5.08, "元", M);
    read_is("一百二十块五毛钱", 120.5, "元", M);
    read_is("一百二十塊五毛錢", 120.5, "元", M);
    read_is("壹分", 0.01, "元", M); /* capital digits are money; 5分 is a score */
    read_is("貳分", 0.02, "元", M);
    read_none("五分");
    read_is("四美元又五美分", 4.05, "美元", M);
    read_is("12港元5仙", 12.05, "港元", M);
    read_is("五港元三毫", 5.3, "港元", M);
    read_is("3英镑50便士", 3.5, "英镑", M);
    read_is("3英鎊50便士", 3.5, "英镑", M);
    read_is("三万円", 30000, "日元", M); /* other written forms of currency names */
    read_is("三萬円", 30000, "日元", M);
    read_is("两美刀", 2, "美元", M);
    read_is("三百蚊", 300, "港元", M);
    read_none("蚊");
    read_is("二○二三", 2023, "", Q); /* ○ typed for 〇 */
    read_is("-1.1^--2", -1.21, "", Q);
    read_is("两个亿", 2e8, "", Q);
    read_is("兩個億", 2e8, "", Q);
    read_is("三个亿美元", 3e8, "美元", M);
    /* tenths */
    read_is("半成", 5, "%", P);
    read_is("半折", 50, "%", P);
    read_is("打对折", 50, "%", P);
    read_is("打對折", 50, "%", P);
    read_is("7 2 折", 72, "%", P);
    read_none("对折"); /* also "fold in two" */
    /* ordinals are ranks */
    read_is("第十二", 12, "位", TALLY_FIG_RANK);
    read_is("第３", 3, "位", TALLY_FIG_RANK);
    read_is("第2名", 2, "位", TALLY_FIG_RANK);
    read_none("第零");
    read_none("第一批");
    /* halves */
    read_is("半", 0.5, "", Q);
    read_is("一半", 50, "%", P);
    read_is("两个半", 2.5, "个", Q);
    read_is("兩個半", 2.5, "个", Q);
    read_is("半百", 50, "", Q);
    read_is("半萬", 5000, "", Q);
    read_none("半半");
    /* vague fillers after a numeral, qualifiers around it */
    read_is("三十几万", 300000, "", Q);
    read_is("三十幾萬", 300000, "", Q);
    read_is("一千零几万", 1e7, "", Q);
    read_is("一千零幾萬", 1e7, "", Q);
    read_is("十几块钱", 10, "元", M);
    read_is("十幾塊錢", 10, "元", M);
    range_is("几十万", 1e5, 1e6, ""); /* a digit not stated */
    range_is("幾十萬", 1e5, 1e6, "");
    range_is("十几块钱", 10, 20, "元");
    range_is("十幾塊錢", 10, 20, "元");
    read_is("约三万", 30000, "", Q);
    read_is("約三萬", 30000, "", Q);
    read_is("至少五千元以上", 5000, "元", M);
    read_is("三万左右", 30000, "", Q);
    /* ranges: the lower end, with the upper end's magnitude and unit */
    read_is("两到五万元", 20000, "元", M);
    read_is("兩到五萬元", 20000, "元", M);
    read_is("3万-8万元", 30000, "元", M);
    read_is("10~15k元", 10000, "元", M);
    read_is("从800到2万港元", 800, "港元", M);
    read_is("從800到2萬港元", 800, "港元", M);
    read_is("八到九百亿元", 8e8, "元", M);
    read_is("5-20%", 5, "%", P);
    range_is("两到五万元", 20000, 50000, "元");
    range_is("兩到五萬元", 20000, 50000, "元");
    range_is("2-3家", 2, 3, "家");
    range_is("从800到2万港元", 800, 20000, "港元");
    range_is("10~15k元", 10000, 15000, "元");
    {
        double v, m;
        char u[TALLY_UNIT_MAX];
        tally_figure_kind k;
        CHECK(tally_number_read_range(rules, "3万", strlen("3万"), &v, &m, u, &k) && isnan(m));
    }
    read_none("3-1");
    read_none("2023-10-01");
    read_none("010-12345678");
    /* rates of finance */
    read_is("万三", 0.03, "%", P);
    read_is("萬三", 0.03, "%", P);
    read_is("千五", 0.5, "%", P);
    read_none("万一"); /* "in case" */
    /* asides */
    read_is("50万元(含)以上", 500000, "元", M);
    read_is("50萬元（含）以上", 500000, "元", M);
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
    /* neighbouring digits after a place are a vague range: no numeral, and
     * none of its characters starts one (十七八个 has no figure 八个) */
    numeral_is("十二三", -1, 9);
    numeral_is("三四十万", -1, 12);
    numeral_is("三五百", -1, 9);
    numeral_is("十二五", 12, 6); /* not neighbours: 十二 then 五 */
    numeral_is("四零万", 40, 6); /* a big unit after digits one by one: the reader's (number_mixed.c) */
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
    whole_string_classes();
    peer_classes();
    size_t big = 10u << 20;
    char *digits = malloc(big);
    memset(digits, '7', big);
    no_number(digits, big);
    {
        double v;
        char u[TALLY_UNIT_MAX];
        tally_figure_kind k;
        CHECK(tally_number_read(rules, digits, big, &v, u, &k) == 0);
    }
    free(digits);
    tally_figure_rules_free(rules);
    return check_summary();
}
