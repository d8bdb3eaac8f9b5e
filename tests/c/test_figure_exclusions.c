/* The one-pass exclusion matcher (core/figure_exclusions.c) and the
 * first-character filter of the time atoms (core/dates.c), both built on
 * reading a pattern's first characters (core/regex_first.c): each must give
 * exactly what PCRE2 gives scanning every pattern over the whole text, on
 * made-up text with overlaps and on every real report the repository and
 * ../shared hold. */
#include "check.h"
#include "../../core/figure_rules.h"
#include "../../core/utf8_scan.h"


/* ---- the first-character reader ---- */

static int has(const tally_first_set *s, const char *ch)
{
    size_t i = 0;
    uint32_t c = utf8_next(ch, strlen(ch), &i);
    return tally_first_has(s, c);
}

static int known(const char *pattern, tally_first_set *s)
{
    memset(s, 0, sizeof *s);
    return tally_regex_first_chars(pattern, s);
}

static void test_first_chars(void)
{
    tally_first_set *s = calloc(1, sizeof *s);
    CHECK(known("[一二三]+届", s) && has(s, "一") && has(s, "三") && !has(s, "四") && !has(s, "届"));
    /* a lookbehind is skipped: the match begins after it */
    CHECK(known("(?<=党的)[一二]+大", s) && has(s, "二") && !has(s, "党") && !has(s, "的"));
    CHECK(known("另?一方面", s) && has(s, "另") && has(s, "一") && !has(s, "方"));
    CHECK(known("(?:阅读|浏览)(?:量|数)?\\s*[0-9]", s) && has(s, "阅") && has(s, "浏") && !has(s, "量"));
    CHECK(known("(?<![!-~])(?=[a-z]{2})[!-~]{1,4}+", s) && has(s, "!") && has(s, "~") && !has(s, " "));
    CHECK(known("[\\x{4E00}-\\x{4E03}]x", s) && has(s, "一") && has(s, "七") && !has(s, "万"));
    CHECK(known("(?:第)?[1-4１-４]季", s) && has(s, "第") && has(s, "3") && has(s, "４") && !has(s, "5"));
    CHECK(known("a{0,2}b", s) && has(s, "a") && has(s, "b") && !has(s, "c"));
    CHECK(known("\\d+位", s) && has(s, "7") && has(s, "７") && has(s, "٣") && !has(s, "位") && !has(s, "一"));
    CHECK(known("x|\\.", s) && has(s, ".") && has(s, "x"));
    /* what it cannot read, or a pattern that may match nothing */
    /* (?i) for the whole pattern: ASCII letters in both cases, KELVIN SIGN
     * and LONG S with k and s; a cased character beyond ASCII is not read */
    CHECK(known("(?i)abc", s) && has(s, "a") && has(s, "A") && !has(s, "b"));
    CHECK(known("(?i)(?:ks|x)", s) && has(s, "K") && has(s, "\u212A") && !has(s, "s") &&
          has(s, "X"));
    CHECK(known("(?i)[r-t]1", s) && has(s, "S") && has(s, "\u017F") && has(s, "r") && !has(s, "u"));
    CHECK(known("(?i)一[!-#]", s) && has(s, "一") && !has(s, "!"));
    CHECK(!known("(?i)é", s));
    CHECK(!known("a(?i)b", s));
    CHECK(!known("a*", s));
    CHECK(!known("x?|y", s));
    CHECK(!known(".b", s));
    CHECK(!known("[^a]b", s));
    CHECK(!known("(a)\\1", s));
    CHECK(!known("\\Ka", s));
    CHECK(!known("(?<=x)", s));
    CHECK(!known("(*UTF)a", s));
    CHECK(!known("a{,2}b", s));

    /* \d under PCRE2_UCP: the reader's set holds every code point PCRE2's
     * \d matches (whatever the Unicode versions of PCRE2 and ICU) */
    CHECK(known("\\d", s));
    tally_error err;
    pcre2_code *d = tally_rules_compile("\\d", PCRE2_ANCHORED, &err);
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    size_t missing = 0;
    for (uint32_t c = 0; c <= 0xFFFF; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        char u[4];
        size_t n = c < 0x80 ? (u[0] = (char)c, 1)
                 : c < 0x800 ? (u[0] = (char)(0xC0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3F)), 2)
                             : (u[0] = (char)(0xE0 | c >> 12), u[1] = (char)(0x80 | ((c >> 6) & 0x3F)),
                                u[2] = (char)(0x80 | (c & 0x3F)), 3);
        if (pcre2_match(d, (PCRE2_SPTR)u, n, 0, 0, md, NULL) >= 0 && !tally_first_has(s, c))
            missing++;
    }
    CHECK(missing == 0);
    pcre2_code_free(d);
    /* the same for caseless ASCII: every code point PCRE2 matches with
     * (?i)L is in the reader's set for (?i)L */
    missing = 0;
    for (char l = 'a'; l <= 'z'; l++) {
        char pat[8];
        snprintf(pat, sizeof pat, "(?i)%c", l);
        CHECK(known(pat, s));
        pcre2_code *ci = tally_rules_compile(pat, PCRE2_ANCHORED, &err);
        for (uint32_t c = 0; c <= 0xFFFF; c++) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue;
            char u[4];
            size_t n = c < 0x80 ? (u[0] = (char)c, 1)
                     : c < 0x800 ? (u[0] = (char)(0xC0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3F)), 2)
                                 : (u[0] = (char)(0xE0 | c >> 12), u[1] = (char)(0x80 | ((c >> 6) & 0x3F)),
                                    u[2] = (char)(0x80 | (c & 0x3F)), 3);
            if (pcre2_match(ci, (PCRE2_SPTR)u, n, 0, 0, md, NULL) >= 0 && !tally_first_has(s, c))
                missing++;
        }
        pcre2_code_free(ci);
    }
    CHECK(missing == 0);
    pcre2_match_data_free(md);
    free(s);
}

typedef struct strings {
    char v[8][32];
    int n;
} strings;

static int collect(void *ctx, const char *s, size_t len)
{
    strings *o = ctx;
    if (o->n < 8 && len < 32) {
        memcpy(o->v[o->n], s, len);
        o->v[o->n][len] = 0;
    }
    o->n++;
    return 0;
}

static void test_literals(void)
{
    strings o = {.n = 0};
    CHECK(tally_regex_literals("一体化?", collect, &o) == 2);
    CHECK_STR(o.v[0], "一体化");
    CHECK_STR(o.v[1], "一体");
    o.n = 0;
    CHECK(tally_regex_literals("另?一方面|签约", collect, &o) == 3);
    CHECK_STR(o.v[0], "另一方面");
    CHECK_STR(o.v[1], "一方面");
    CHECK_STR(o.v[2], "签约");
    o.n = 0;
    CHECK(tally_regex_literals("a?b?c", collect, &o) == 4); /* PCRE2's order: abc ac bc c */
    CHECK_STR(o.v[1], "ac");
    CHECK_STR(o.v[2], "bc");
    o.n = 0;
    CHECK(tally_regex_literals("a.b", collect, &o) == 0 && o.n == 0);
    CHECK(tally_regex_literals("a?", collect, &o) == 0);
    CHECK(tally_regex_literals("a||b", collect, &o) == 0);
    CHECK(tally_regex_literals("[一二]五", collect, &o) == 0);
    CHECK(tally_regex_literals("(?:x)", collect, &o) == 0 && o.n == 0);
}

/* ---- what a match needs where it starts (tally_regex_reach_of) ---- */

/* The condition read, checked from p without the matcher's memo: not after
 * a character of not_after, and a needed character reachable through via. */
static int reach_holds(const tally_regex_reach *x, const char *t, size_t len, size_t p)
{
    if (x->not_after_known && p > 0) {
        size_t q;
        uint32_t c = utf8_prev(t, p, &q);
        if (c != 0xFFFD && tally_first_has(&x->not_after, c))
            return 0;
    }
    if (!x->need_known)
        return 1;
    for (size_t q = p; q < len;) {
        uint32_t c = utf8_next(t, len, &q);
        if (c == 0xFFFD || tally_first_has(&x->need, c))
            return 1;
        if (!x->via_any && !tally_first_has(&x->via, c))
            return 0;
    }
    return 0;
}

static tally_regex_reach reach;

static int reach_is(const char *pattern, const char *need, const char *not_need, const char *via,
                    const char *not_via)
{
    if (!tally_regex_reach_of(pattern, &reach) || !reach.need_known)
        return 0;
    int ok = 1;
    ok &= !need || has(&reach.need, need);
    ok &= !not_need || !has(&reach.need, not_need);
    ok &= !via || reach.via_any || has(&reach.via, via);
    ok &= !not_via || (!reach.via_any && !has(&reach.via, not_via));
    return ok;
}

static void test_reach(void)
{
    CHECK(reach_is("[一二三]+届", "届", "一", "一", "四"));
    CHECK(reach_is("十[一二]五", "五", "十", "二", "三"));
    CHECK(reach_is("[0-9]{1,4}(?:国道|省道)", "道", "国", "省", "县"));
    /* a group's need is every alternative's */
    CHECK(reach_is("(?:甲乙|丙丁)x", NULL, NULL, NULL, NULL) && has(&reach.need, "x"));
    CHECK(reach_is("[a-z](?:乙|丙)", "乙", "q", "q", "乙") && has(&reach.need, "丙"));
    /* the smallest need wins */
    CHECK(reach_is("甲(?:乙|丙)", "甲", "乙", NULL, "甲"));
    /* optional atoms are no need, but their characters are passed through */
    CHECK(reach_is("a?b", "b", "a", "a", "c"));
    CHECK(reach_is("[a-z]{0,3}%[0-9]", "%", NULL, "q", "%%"));
    /* a lookahead where the match starts needs its own characters */
    CHECK(reach_is("(?=[a-z]{0,5}_)[!-~]+", "_", "a", "a", "A"));
    CHECK(reach_is("(?<![!-~])(?=[a-z]*=)[!-~]{1,9}", "=", NULL, "b", NULL));
    /* ... but not one after the start */
    CHECK(reach_is("x(?=y)", "x", "y", NULL, NULL));
    /* (?i): both cases, and the two signs that fold to k and s */
    CHECK(reach_is("(?i)ab", "b", "c", "A", "c") && has(&reach.need, "B"));
    CHECK(reach_is("(?i)[r-t]", "\u017F", NULL, NULL, NULL) || has(&reach.need, "ſ"));
    /* \d, \s, . : what they consume is anything or the digits */
    CHECK(reach_is("\\d+位", "位", NULL, "9", NULL));
    CHECK(reach_is("阅读\\s*[0-9]", NULL, NULL, NULL, NULL) && reach.via_any == 0 &&
          has(&reach.need, "读"));
    CHECK(reach_is(".+x", "x", NULL, NULL, NULL) && reach.via_any);
    /* nothing is needed of a pattern that can match nothing, or that the
     * reader cannot read */
    CHECK(!reach_is("a|b*", NULL, NULL, NULL, NULL));
    CHECK(!reach_is("(?:a)?", NULL, NULL, NULL, NULL));
    CHECK(!tally_regex_reach_of("(a)\\1", &reach));
    CHECK(!tally_regex_reach_of("(?i)é", &reach));
    CHECK(!tally_regex_reach_of("a{,2}", &reach));
    /* the lookbehind that opens a pattern */
    CHECK(tally_regex_reach_of("(?<![!-~])[a-z]+", &reach) && reach.not_after_known &&
          has(&reach.not_after, "!") && has(&reach.not_after, "~") && !has(&reach.not_after, " "));
    CHECK(tally_regex_reach_of("(?i)(?<![k])x", &reach) && reach.not_after_known &&
          has(&reach.not_after, "K") && has(&reach.not_after, "K"));
    CHECK(tally_regex_reach_of("(?<!a)x", &reach) && reach.not_after_known &&
          has(&reach.not_after, "a") && !has(&reach.not_after, "b"));
    /* only what the lookbehind surely matches: not \d's superset */
    CHECK(tally_regex_reach_of("(?<![\\d])x", &reach) && !reach.not_after_known);
    CHECK(tally_regex_reach_of("(?<![^a])x", &reach) && !reach.not_after_known);
    CHECK(tally_regex_reach_of("(?<!ab)x", &reach) && !reach.not_after_known);
}

/* ---- the matchers against PCRE2's own scans ---- */

/* The mask the separate whole-text scans give. */
static void reference_mask(const tally_figure_rules *r, const char *ft, size_t len,
                           unsigned char *mask)
{
    tally_error err;
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    for (size_t k = 0; k < r->exclusions.n; k++) {
        pcre2_code *re = tally_rules_compile(r->exclusions.v[k].pattern, 0, &err);
        for (size_t off = 0; off < len;) {
            int rc = pcre2_match(re, (PCRE2_SPTR)ft, len, off, PCRE2_NO_UTF_CHECK, md, r->mctx);
            if (rc < 0)
                break;
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            if (ov[1] > ov[0])
                memset(mask + ov[0], 1, ov[1] - ov[0]);
            off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
            while (off < len && ((unsigned char)ft[off] & 0xC0) == 0x80)
                off++;
        }
        pcre2_code_free(re);
    }
    pcre2_match_data_free(md);
}

static tally_figure_rules *rules, *plain_time_rules;
static size_t texts_checked;

static int same_dates(const tally_date *a, size_t na, const tally_date *b, size_t nb)
{
    if (na != nb)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (a[i].span.start != b[i].span.start || a[i].span.stop != b[i].span.stop ||
            a[i].kind != b[i].kind || strcmp(a[i].value, b[i].value) != 0 ||
            strcmp(a[i].value_max, b[i].value_max) != 0 || a[i].is_period != b[i].is_period)
            return 0;
    return 1;
}

/* Checks one text: the exclusion mask and the dates, both ways. */
static void check_text(const char *name, const char *text, size_t len)
{
    tally_error err;
    char *ft = tally_fold_simplified(text, len, &err);
    unsigned char *m1 = calloc(len + 1, 1), *m2 = calloc(len + 1, 1);
    CHECK(ft && m1 && m2);
    if (!ft || !m1 || !m2)
        return;
    CHECK(tally_exclusions_mask(rules, ft, len, m1) == 0);
    reference_mask(rules, ft, len, m2);
    int same = memcmp(m1, m2, len) == 0;
    if (!same)
        fprintf(stderr, "exclusion mask differs on %s\n", name);
    CHECK(same);
    /* every anchored rule's condition holds wherever it matches */
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    size_t unsound = 0;
    for (size_t k = 0; k < rules->exclusions.n; k++) {
        const exclusion_rule *e = &rules->exclusions.v[k];
        if (!e->reach)
            continue;
        /* a match begins with a first character (checked above) */
        for (size_t p = 0, q = 0; p < len; p = q) {
            uint32_t c = utf8_next(ft, len, &q);
            if (tally_first_has(e->first, c) &&
                pcre2_match(e->re, (PCRE2_SPTR)ft, len, p, PCRE2_NO_UTF_CHECK, md, rules->mctx) >= 0 &&
                !reach_holds(e->reach, ft, len, p) && !unsound++)
                fprintf(stderr, "rule %s matches at %zu of %s where its need fails\n", e->pattern,
                        p, name);
        }
    }
    pcre2_match_data_free(md);
    CHECK(unsound == 0);
    tally_date *d1, *d2;
    size_t n1, n2;
    CHECK(tally_dates_find_folded(rules, ft, len, &d1, &n1, &err) == 0);
    CHECK(tally_dates_find_folded(plain_time_rules, ft, len, &d2, &n2, &err) == 0);
    int same_d = same_dates(d1, n1, d2, n2);
    if (!same_d)
        fprintf(stderr, "dates differ on %s (%zu, %zu)\n", name, n1, n2);
    CHECK(same_d);
    free(d1);
    free(d2);
    free(m1);
    free(m2);
    free(ft);
    texts_checked++;
}

static void mask_of(const char *text, char *out)
{
    size_t len = strlen(text);
    tally_error err;
    char *ft = tally_fold_simplified(text, len, &err);
    unsigned char *m = calloc(len + 1, 1);
    tally_exclusions_mask(rules, ft, len, m);
    for (size_t i = 0; i < len; i++)
        out[i] = m[i] ? '#' : '.';
    out[len] = 0;
    free(m);
    free(ft);
}

int main(void)
{
    test_first_chars();
    test_literals();
    test_reach();
    tally_error err;
    rules = tally_figure_rules_new(&err);
    plain_time_rules = tally_figure_rules_new(&err);
    CHECK(rules && plain_time_rules);
    if (!rules || !plain_time_rules)
        return check_summary();
    /* the time atoms run over the whole text, as before the filter */
    CHECK(rules->time_first != NULL);
    pcre2_code_free(plain_time_rules->time_re);
    free(plain_time_rules->time_first);
    plain_time_rules->time_first = NULL;
    char alt[8192], *p = alt;
    for (size_t k = 0; tally_time_patterns[k]; k++)
        p += snprintf(p, sizeof alt - (size_t)(p - alt), "%s(?:%s)", k ? "|" : "",
                      tally_time_patterns[k]);
    for (size_t k = 0; tally_period_time_patterns[k]; k++)
        p += snprintf(p, sizeof alt - (size_t)(p - alt), "|(?:%s)", tally_period_time_patterns[k]);
    plain_time_rules->time_re = tally_rules_compile(alt, 0, &err);
    CHECK(plain_time_rules->time_re != NULL);

    /* the default rules are read as the design says */
    size_t literal = 0, anchored = 0;
    for (size_t k = 0; k < rules->exclusions.n; k++) {
        literal += rules->exclusions.v[k].literal;
        anchored += rules->exclusions.v[k].first != NULL;
    }
    CHECK(literal >= 50 && anchored >= 15);

    /* rules a user adds: a literal that overlaps itself (PCRE2 takes 啊啊
     * at 0, then searches from 2: the third 啊 stays), alternatives sharing
     * a prefix (the first listed wins where both match), a regex with a
     * lookbehind, a caseless one, one the reader cannot read (run whole),
     * a Traditional literal (folded like the text) */
    CHECK(tally_figure_rules_add_exclusion(rules, "啊啊", &err) == 0);
    CHECK(tally_figure_rules_add_exclusion(rules, "甲乙|甲乙丙丁", &err) == 0);
    CHECK(tally_figure_rules_add_exclusion(rules, "(?<=丙)[丁戊]+己", &err) == 0);
    CHECK(tally_figure_rules_add_exclusion(rules, "(?i)qz[0-9]", &err) == 0);
    CHECK(tally_figure_rules_add_exclusion(rules, "(?i)é[0-9]", &err) == 0);
    CHECK(tally_figure_rules_add_exclusion(rules, "樂園", &err) == 0);
    /* rules whose need the matcher reads: a lookahead's, a lookbehind's
     * (caseless too), a percent after digits */
    CHECK(tally_figure_rules_add_exclusion(rules, "(?=[a-z]{0,5}_)[a-z_]+", &err) == 0);
    CHECK(tally_figure_rules_add_exclusion(rules, "(?<![0-9])[0-9]+%", &err) == 0);
    CHECK(tally_figure_rules_add_exclusion(rules, "(?i)(?<![k])x+y", &err) == 0);
    CHECK(tally_figure_rules_add_exclusion(rules, "(", &err) < 0); /* PCRE2's error, as before */
    CHECK(rules->exclusions.v[rules->exclusions.n - 9].literal);
    CHECK(rules->exclusions.v[rules->exclusions.n - 7].first != NULL);
    CHECK(rules->exclusions.v[rules->exclusions.n - 6].first != NULL); /* (?i)qz: read */
    CHECK(rules->exclusions.v[rules->exclusions.n - 5].first == NULL &&
          !rules->exclusions.v[rules->exclusions.n - 5].literal); /* (?i)é: run whole */
    for (size_t k = rules->exclusions.n - 3; k < rules->exclusions.n; k++)
        CHECK(rules->exclusions.v[k].reach != NULL);
    CHECK(rules->exclusions.v[rules->exclusions.n - 1].reach->not_after_known);
    char m[256];
    mask_of("啊啊啊x", m);
    CHECK_STR(m, "######...."); /* 啊 is 3 bytes: the first two masked */
    mask_of("甲乙丙丁", m);
    CHECK_STR(m, "######......");
    mask_of("丙丁戊己丁己", m);
    CHECK_STR(m, "...#########......");
    mask_of("QZ5乐园", m);
    CHECK_STR(m, "#########");
    mask_of("qZ1xÉ2", m); /* caseless: read, and run whole (É is é) */
    CHECK_STR(m, "###.###");
    mask_of("ab_c", m);
    CHECK_STR(m, "####");
    mask_of("abc d_", m); /* abc is no match: no _ follows within 5 */
    CHECK_STR(m, "....##");
    mask_of("a12% 3%", m); /* after a: the lookbehind holds (a is no digit) */
    CHECK_STR(m, ".###.##");
    mask_of("\u212Axy xxy", m); /* after KELVIN SIGN, which is k under (?i) */
    CHECK_STR(m, "......###");
    const char *made_up[] = {
        "啊啊啊啊啊甲乙丙丁甲乙丙丙丁己一线一线十三五双十一一带一路二十届三中全会党的二十大精神",
        "一体化一体一方面另一方面签约履约最近附近进一步新一轮一期工程2期项目阅读量 1,234 次",
        "http://x.cn/a_b?id=3 www.gov.cn/x 邮箱 a.b@c.gov.cn %E4%B8%80%E4 file.pdf AB1234567",
        "2024年上半年1-6月，截至6月底，4月21日至23日，9:30，比1:10，近三年，连续5个月，“十四五”时期",
        "\xE4\xB8\x80\xE7\xBA\xBF\xE4\xB8", /* a literal at the end, then a cut character */
        "一一一一二二二十十十百千万亿零〇１２３４５６７８９０",
    };
    for (size_t k = 0; k < sizeof made_up / sizeof *made_up; k++)
        check_text("made-up text", made_up[k], strlen(made_up[k]));

    /* random strings of the pieces the rules read: numerals and the words
     * after them, URL and file pieces, ASCII, Han, stray bytes */
    static const char *const pieces[] = {
        "一", "二", "十", "三", "五", "1", "2", "12", "３", "届", "中全会", "大", "精神", "位数",
        "强", "对", "期", "工程", "国道", "口之家", "门心思", "元化", "新", "上", "这", "次",
        "党的", "万分", "之", "千万", "元", "双", "零", "件", "阅读", "量", "：", " ", "http://",
        "www.", ".cn", ".com", "/", "@", "%E4", "%", "_", "=", "&", "()", ".pdf", ".", "a", "Z",
        "k", "\u212A", "x", "y", "abc", "市场", "，", "。", "\xE4\xB8", "\xFF", "\x80", "AB",
        "1234567", "-", "十三五", "一带一路",
    };
    unsigned seed = 2024;
    char rbuf[512];
    for (int round = 0; round < 1500; round++) {
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        size_t want = 10 + (seed >> 16) % 200;
        while (n < want) {
            seed = seed * 1103515245u + 12345u;
            const char *pc = pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)];
            size_t l = strlen(pc);
            memcpy(rbuf + n, pc, l);
            n += l;
        }
        check_text("random string", rbuf, n);
    }

    /* every report at hand: the samples, the gold texts, the seeds */
    check_each_text("corpus/sample", check_text);
    check_each_text("tests/gold/sample/text", check_text);
    check_each_text("tests/gold/realtext/text", check_text);
    check_each_text("tests/gold/realtext_figures/text", check_text);
    check_each_text("tests/gold/heldout/text", check_text);
    check_each_text("tests/gold/heldout2/text", check_text);
    check_each_text("tests/gold/heldout3/text", check_text);
    char seeds[1024];
    snprintf(seeds, sizeof seeds, "%s/corpus/seeds", check_shared());
    size_t before = texts_checked;
    check_each_text(seeds, check_text);
    if (texts_checked == before)
        fprintf(stderr, "note: no seeds in %s (checked the repository's texts only)\n", seeds);
    CHECK(texts_checked > 20);
    fprintf(stderr, "%zu texts checked\n", texts_checked);
    tally_figure_rules_free(rules);
    tally_figure_rules_free(plain_time_rules);
    return check_summary();
}
