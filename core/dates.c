/* Time expressions: dates, months, years, parts of years, spans and
 * durations. Atoms come from one PCRE2 alternation (figure_tables.c);
 * neighbouring atoms merge (2024年 + 上半年), a range mark joins two atoms
 * (6月15日至6月30日), and a lead word (截至, 自) or a tail (以来, 起) joins
 * its atom. Dates resolve to ISO 8601 where the text gives or implies the
 * year: a date without a year takes the document's year, which is the year
 * of its dateline (the first full date), else the last year written before. */
#include "figure_rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text_mask.h"
#include "utf8_scan.h"

static const char *const lead_words[] = {"截至", "截止到", "截止", "自", "从", NULL};
static const char *const tail_words[] = {"以来", "至今", "起", "以后", "期间", "时期", "底", "末",
                                         "初", NULL};
/* Words that begin with a tail but are none: 第4季初步 is 第4季 + 初步
 * (preliminary), not the quarter's start */
static const char *const false_tails[] = {"初步", NULL};
static const char *const comparison_leads[] = {"比", "较", "于", "同", NULL};
static const char *const range_marks[] = {"至", "到", "-", "—", "–", "～", "~", "－", NULL};

const char *tally_date_kind_name(tally_date_kind kind)
{
    static const char *const names[] = {"day", "month", "year", "period", "duration", "time"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : NULL;
}

typedef struct ymd {
    int y, m, d;
} ymd;

/* Up to two ASCII digits at t[i], before b: what "%2d" read, without
 * sscanf's walk over the whole rest of the text (rawmemchr for its length)
 * on every call, and without reading past b. */
static int two_digits(const char *t, size_t i, size_t b, int *out)
{
    int v = 0, n = 0;
    for (; i < b && n < 2 && t[i] >= '0' && t[i] <= '9'; i++, n++)
        v = v * 10 + (t[i] - '0');
    if (n)
        *out = v;
    return n > 0;
}

/* Reads the calendar fields written in [a, b): a four-digit year before 年,
 * a month before 月, a day before 日 or 号; relative years against year. */
static ymd read_fields(const char *t, size_t a, size_t b, int year)
{
    ymd r = {0, 0, 0};
    size_t i = a;
    while (i < b) {
        double v;
        int zh;
        size_t n = tally_numeral_scan(t + i, b - i, &v, &zh);
        if (n) {
            size_t j = i + n;
            /* the space of print layout before 年, 月, 日 (2024 年 6 月 4 日) */
            size_t after = j;
            for (;;) {
                if (after < b && (t[after] == ' ' || t[after] == '\t'))
                    after++;
                else if (utf8_starts(t, b, after, "\xe3\x80\x80", 3)) /* U+3000 */
                    after += 3;
                else
                    break;
            }
            if (utf8_starts(t, b, after, "年", 3) || utf8_starts(t, b, after, "月", 3) ||
                utf8_starts(t, b, after, "日", 3) || utf8_starts(t, b, after, "号", 3))
                j = after;
            if (j < b && (utf8_starts(t, b, j, "年", 3)) && v >= 1000 && v < 3000)
                r.y = (int)v;
            else if (j < b && utf8_starts(t, b, j, "月", 3) && v >= 1 && v <= 12)
                r.m = (int)v;
            else if (j < b && (utf8_starts(t, b, j, "日", 3) || utf8_starts(t, b, j, "号", 3)) &&
                     v >= 1 && v <= 31)
                r.d = (int)v;
            else if (j < b && (t[j] == '-' || t[j] == '/' || t[j] == '.') && v >= 1000 &&
                     v < 3000 && !zh) {
                /* 2021-10-18 */
                int mm = 0, dd = 0;
                if (two_digits(t, j + 1, b, &mm)) {
                    size_t k = j + 1;
                    while (k < b && t[k] >= '0' && t[k] <= '9')
                        k++;
                    if (k < b && (t[k] == '-' || t[k] == '/' || t[k] == '.'))
                        two_digits(t, k + 1, b, &dd);
                    r.y = (int)v;
                    r.m = mm >= 1 && mm <= 12 ? mm : 0;
                    r.d = r.m && dd >= 1 && dd <= 31 ? dd : 0;
                    return r;
                }
            }
            i = j;
            continue;
        }
        if (year && !r.y && i + 6 <= b) {
            if (utf8_starts(t, b, i, "今年", 6) || utf8_starts(t, b, i, "本年", 6))
                r.y = year;
            else if (utf8_starts(t, b, i, "去年", 6) || utf8_starts(t, b, i, "上年", 6))
                r.y = year - 1;
            else if (utf8_starts(t, b, i, "明年", 6))
                r.y = year + 1;
        }
        utf8_next(t, b, &i);
    }
    return r;
}

static void format_iso(char out[24], ymd f)
{
    out[0] = '\0';
    if (!f.y)
        return;
    if (f.m && f.d)
        snprintf(out, 24, "%04d-%02d-%02d", f.y, f.m, f.d);
    else if (f.m)
        snprintf(out, 24, "%04d-%02d", f.y, f.m);
    else
        snprintf(out, 24, "%04d", f.y);
}

static int contains(const char *t, size_t a, size_t b, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = a; i + l <= b; i++)
        if (memcmp(t + i, w, l) == 0)
            return 1;
    return 0;
}

static tally_date_kind classify(const char *t, size_t a, size_t b, ymd f, int range)
{
    if (contains(t, a, b, ":") && !contains(t, a, b, "年") && !contains(t, a, b, "-"))
        return TALLY_DATE_TIME;
    if (contains(t, a, b, "连续") || ((contains(t, a, b, "个月") || contains(t, a, b, "天") ||
                                         contains(t, a, b, "周") || contains(t, a, b, "小时")) &&
                                        !contains(t, a, b, "前") && !contains(t, a, b, "首") &&
                                        !contains(t, a, b, "头") && /* 头两个月, as 首 */
                                        !contains(t, a, b, "近") &&
                                        !contains(t, a, b, "过去") && !contains(t, a, b, "最近")))
        return TALLY_DATE_DURATION;
    if (range || contains(t, a, b, "年初") || contains(t, a, b, "年底") ||
        contains(t, a, b, "年末") || contains(t, a, b, "年中") || contains(t, a, b, "半年") || contains(t, a, b, "季度") ||
        contains(t, a, b, "截") || contains(t, a, b, "以来") || contains(t, a, b, "年来") || contains(t, a, b, "首") || contains(t, a, b, "头") || contains(t, a, b, "前") ||
        contains(t, a, b, "近") || contains(t, a, b, "过去") || contains(t, a, b, "全年") ||
        contains(t, a, b, "同期") || contains(t, a, b, "五”") || contains(t, a, b, "时期"))
        return TALLY_DATE_PERIOD;
    if (f.d)
        return TALLY_DATE_DAY;
    if (f.m)
        return TALLY_DATE_MONTH;
    if (f.y || contains(t, a, b, "年"))
        return contains(t, a, b, "年") && !f.y && !contains(t, a, b, "今") &&
                       !contains(t, a, b, "去") && !contains(t, a, b, "明") &&
                       !contains(t, a, b, "前") && !contains(t, a, b, "上") &&
                       !contains(t, a, b, "本") && !contains(t, a, b, "同") &&
                       !contains(t, a, b, "当")
                   ? TALLY_DATE_DURATION
                   : TALLY_DATE_YEAR;
    return TALLY_DATE_PERIOD;
}

typedef struct atom {
    size_t a, b;
} atom;

int tally_time_rules_build(tally_figure_rules *r, tally_error *err)
{
    /* the shared patterns, then the period stage's own (figure_context_tables.c) */
    const char *const *tables[] = {tally_time_patterns, tally_period_time_patterns};
    size_t total = 16;
    for (size_t t = 0; t < 2; t++)
        for (size_t k = 0; tables[t][k]; k++)
            total += strlen(tables[t][k]) + 8;
    char *alt = malloc(total);
    tally_first_set *first = calloc(1, sizeof *first);
    if (!alt || !first) {
        free(alt);
        free(first);
        tally_error_set(err, "out of memory");
        return -1;
    }
    char *p = alt;
    for (size_t t = 0; t < 2; t++)
        for (size_t k = 0; tables[t][k]; k++)
            p += sprintf(p, "%s(?:%s)", p > alt ? "|" : "", tables[t][k]);
    /* Every branch opens with a CJK character or a digit, whose UTF-8 lead
     * bytes PCRE2's start bitmap cannot tell apart, so an unanchored search
     * tried the ~25 branches at every character. The characters an atom can
     * begin with are read from the patterns themselves (a pattern added to
     * the table widens the set, or, if the reader cannot tell, turns the
     * filter off), and the alternation is tried, anchored, only there. */
    if (tally_regex_first_chars(alt, first)) {
        r->time_re = tally_rules_compile(alt, PCRE2_ANCHORED, err);
        r->time_first = first;
    } else {
        r->time_re = tally_rules_compile(alt, 0, err);
        free(first);
    }
    free(alt);
    return r->time_re ? 0 : -1;
}

/* The first time atom at or after off, as an unanchored search finds it:
 * the leftmost position where the alternation matches (positions whose
 * character no atom begins with are skipped). */
static int next_atom(const tally_figure_rules *r, const char *ft, size_t len, size_t off,
                     pcre2_match_data *md)
{
    if (!r->time_first)
        return pcre2_match(r->time_re, (PCRE2_SPTR)ft, len, off, PCRE2_NO_UTF_CHECK, md, r->mctx);
    for (size_t p = off; p < len;) {
        size_t q = p;
        uint32_t c = utf8_next(ft, len, &q);
        if (tally_first_has(r->time_first, c)) {
            int rc = pcre2_match(r->time_re, (PCRE2_SPTR)ft, len, p, PCRE2_NO_UTF_CHECK, md,
                                 r->mctx);
            if (rc != PCRE2_ERROR_NOMATCH)
                return rc;
        }
        p = q;
    }
    return PCRE2_ERROR_NOMATCH;
}

int tally_dates_find(const tally_figure_rules *r, const char *text, size_t len, tally_date **out,
                     size_t *n, tally_error *err)
{
    *out = NULL;
    *n = 0;
    char *ft = tally_fold_simplified(text, len, err);
    if (!ft)
        return -1;
    tally_text_mask_tokens(ft, len); /* a URL's /2026/3/18/ is no date (text_mask.h) */
    int rc = tally_dates_find_folded(r, ft, len, out, n, err);
    free(ft);
    return rc;
}

/* ○ (U+25CB) is the zero typed for 〇 in years (二○一五年, as numeral.c reads
 * it in numbers): a text holding one is read through a copy with 〇, which
 * has the same length, so every span stays where it is. NULL when the text
 * holds none (or memory runs out: the text is then read as it is). */
static char *circle_zeros_as_zero(const char *ft, size_t len)
{
    static const char circle[] = "\xe2\x97\x8b", zero[] = "\xe3\x80\x87";
    size_t first = 0;
    while (first + 3 <= len && memcmp(ft + first, circle, 3) != 0)
        first++;
    if (first + 3 > len)
        return NULL;
    char *copy = malloc(len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, ft, len);
    copy[len] = '\0';
    for (size_t p = first; p + 3 <= len; p++)
        if (memcmp(copy + p, circle, 3) == 0)
            memcpy(copy + p, zero, 3);
    return copy;
}

static int find_folded(const tally_figure_rules *r, const char *ft, size_t len, tally_date **out,
                       size_t *n, tally_error *err);

int tally_dates_find_folded(const tally_figure_rules *r, const char *ft, size_t len,
                            tally_date **out, size_t *n, tally_error *err)
{
    char *zeros = circle_zeros_as_zero(ft, len);
    int rc = find_folded(r, zeros ? zeros : ft, len, out, n, err);
    free(zeros);
    return rc;
}

static int find_folded(const tally_figure_rules *r, const char *ft, size_t len, tally_date **out,
                       size_t *n, tally_error *err)
{
    *out = NULL;
    *n = 0;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(r->time_re, NULL);
    atom *atoms = NULL;
    size_t na = 0, cap = 0;
    tally_date *v = NULL;
    if (!md)
        goto oom;
    for (size_t off = 0; off < len;) {
        int rc = next_atom(r, ft, len, off, md);
        if (rc < 0)
            break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t a = ov[0], b = ov[1];
        if (b <= a) {
            off = a + 1;
            while (off < len && ((unsigned char)ft[off] & 0xC0) == 0x80)
                off++;
            continue;
        }
        /* a number right before the atom belongs to something else: 2020惠享 is
         * no date, nor is 1688 in 12月1688 */
        if (a > 0 && ft[a - 1] >= '0' && ft[a - 1] <= '9') {
            off = b;
            continue;
        }
        /* 超过去年: 超过 and 去年, not 过去 + 年 (过去 takes a number: 过去五年) */
        if (b - a >= 9 && memcmp(ft + a, "过去年", 9) == 0)
            a += 3;
        if (na == cap) {
            cap = cap ? cap * 2 : 32;
            atom *bigger = realloc(atoms, cap * sizeof *atoms);
            if (!bigger)
                goto oom;
            atoms = bigger;
        }
        atoms[na++] = (atom){a, b};
        off = b;
    }
    /* the document's year: its dateline, else none until a year is written */
    int doc_year = 0;
    for (size_t k = 0; k < na && !doc_year; k++) {
        ymd f = read_fields(ft, atoms[k].a, atoms[k].b, 0);
        if (f.y && f.m && f.d)
            doc_year = f.y;
    }
    size_t nv = 0;
    v = calloc(na ? na : 1, sizeof *v);
    if (!v)
        goto oom;
    int last_year = doc_year;
    for (size_t k = 0; k < na;) {
        size_t a = atoms[k].a, b = atoms[k].b, split = 0;
        size_t j = k + 1;
        for (; j < na; j++) {
            if (atoms[j].a == b) {
                b = atoms[j].b;
                continue;
            }
            size_t wl;
            if (tally_word_at(lead_words, ft, len, b, &wl) && atoms[j].a == b + wl) {
                b = atoms[j].b; /* 今年截至6月底 */
                continue;
            }
            if (!split && tally_word_at(range_marks, ft, len, b, &wl) && atoms[j].a == b + wl) {
                split = b;
                b = atoms[j].b;
                continue;
            }
            break;
        }
        k = j;
        size_t wl;
        if (tally_word_before(lead_words, ft, a, &wl))
            a -= wl;
        size_t fl;
        if (tally_word_at(tail_words, ft, len, b, &wl) && !tally_word_at(false_tails, ft, len, b, &fl))
            b += wl;
        int year = doc_year ? doc_year : last_year;
        /* a range inside one atom: 1至9月, 4月21日至23日 */
        if (!split && (contains(ft, a, b, "月") || contains(ft, a, b, "日"))) {
            for (size_t p = a + 1; p < b; p++) {
                size_t mw;
                if (tally_word_at(range_marks, ft, b, p, &mw) && p + mw < b) {
                    split = p;
                    break;
                }
            }
        }
        ymd f1 = read_fields(ft, a, split ? split : b, year);
        tally_date *d = &v[nv++];
        d->span = (tally_span){a, b};
        if (split) {
            size_t mw;
            tally_word_at(range_marks, ft, len, split, &mw);
            ymd f2 = read_fields(ft, split + mw, b, year);
            /* the first end may give only a number: it counts in the
             * smallest field the second end names */
            double nv1;
            int zh;
            size_t la = a;
            while (la < split && !tally_numeral_scan(ft + la, split - la, &nv1, &zh))
                utf8_next(ft, split, &la);
            if (la < split && tally_numeral_scan(ft + la, split - la, &nv1, &zh) &&
                la + tally_numeral_scan(ft + la, split - la, &nv1, &zh) == split) {
                if (f2.d && !f1.d)
                    f1.d = (int)nv1;
                else if (f2.m && !f1.m && !f2.d)
                    f1.m = (int)nv1;
            }
            if (!f1.y)
                f1.y = f2.y ? f2.y : year;
            if (!f1.m && f1.d)
                f1.m = f2.m;
            if (!f2.y)
                f2.y = f1.y;
            if (!f2.m && f2.d)
                f2.m = f1.m;
            format_iso(d->value, f1);
            if (f2.m || f2.d || f2.y != f1.y)
                format_iso(d->value_max, f2);
        } else {
            if (!f1.y && (f1.m || f1.d))
                f1.y = year;
            if (f1.d && !f1.m)
                f1.y = 0; /* a bare day: its month is unknown */
            format_iso(d->value, f1);
        }
        d->kind = classify(ft, a, b, f1, split != 0);
        d->is_period = d->kind != TALLY_DATE_TIME && d->kind != TALLY_DATE_DURATION;
        /* 比上年, 较2019年, 高于一季度: the base of a comparison, not a period */
        size_t bw;
        int base = tally_word_before(comparison_leads, ft, a, &bw) != NULL;
        if (base)
            d->is_period = 0;
        /* the year later dates without one count in; not a base's (对比2019年1月
         * …。1月份的旅客… is the text's own year's January) */
        if (f1.y && !base && contains(ft, a, b, "年") && !contains(ft, a, b, "今") &&
            !contains(ft, a, b, "去"))
            last_year = f1.y;
        if (d->kind == TALLY_DATE_DURATION && (contains(ft, a, b, "过去") || contains(ft, a, b, "近")))
            d->is_period = 1;
    }
    free(atoms);
    pcre2_match_data_free(md);
    *out = v;
    *n = nv;
    return 0;
oom:
    free(atoms);
    free(v);
    pcre2_match_data_free(md);
    tally_error_set(err, "out of memory");
    return -1;
}
