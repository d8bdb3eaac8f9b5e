/* The period stage, its filters (spec/figures.md "period"; docs/figures.md
 * "Comparison bases", "Periods"): which time expressions before a figure
 * cannot be its period — a comparison's base (与上年相比), a record's span
 * (为1990年以来最高), a means' date (按2018年汇率), a title's year, a date cut
 * off from the figure — and which a duration reading still makes one (民国
 * years, 於2月11日). figure_period.c picks the last one left. */
#include "figure_period.h"

#include <stdio.h>
#include <stdlib.h>

/* Whether the time expression d is the base of a comparison that dates.c
 * does not see from the word before it alone: 与上年相比, 同去年同期比较,
 * 为历年同期新高 (docs/figures.md, "Comparison bases"). */
/* Whether d is the same period some years back after a comparison's lead
 * (较一年前同期, 与两年前同月比较): dates.c reads 一年 as a duration and 同期
 * on its own. */
static int years_back_same(const scan *s, const tally_date *d)
{
    static const char *const sames[] = {"同期", "同季", "同月", "同季度", NULL};
    static const char *const ago[] = {"年前", NULL};
    size_t wl, n = d->span.stop - d->span.start;
    if (!tally_word_at(sames, s->f, d->span.stop, d->span.start, &wl) || wl != n ||
        !tally_word_before(ago, s->f, d->span.start, &wl))
        return 0;
    size_t p = d->span.start - wl, q;
    for (int k = 0; k < 3 && p > 0 && fig_numeral_char_before(s, p); k++)
        utf8_prev(s->f, p, &q), p = q;
    return tally_word_before(tally_period_compare_leads, s->f, p, &wl) ||
           tally_word_before(tally_period_base_leads, s->f, p, &wl);
}

int fig_period_comparison_base(const scan *s, const tally_date *d)
{
    size_t wl;
    if (years_back_same(s, d))
        return 1;
    if (tally_word_before(tally_period_base_marks, s->f, d->span.start, &wl)) {
        /* 由2025年起 is a start, not a base */
        static const char *const starts[] = {"起", "以来", "开始", NULL};
        return !tally_word_before(starts, s->f, d->span.stop, &wl);
    }
    size_t e = d->span.stop;
    /* 对上年同季成长率: 对 with a time and a same-period word is a base */
    if (tally_word_before(tally_period_base_same_leads, s->f, d->span.start, &wl) &&
        tally_word_at(tally_period_base_sames, s->f, s->len, e, &wl))
        return 1;
    /* 与先前三个月比较: the months before, 先 their mark */
    size_t start = d->span.start;
    if (tally_word_before(tally_period_prior_marks, s->f, start, &wl))
        start -= wl;
    if (!tally_word_before(tally_period_base_leads, s->f, start, &wl))
        return 0;
    if (tally_word_at(tally_period_base_sames, s->f, s->len, e, &wl))
        e += wl;
    if (tally_word_at(tally_period_base_fillers, s->f, s->len, e, &wl))
        e += wl;
    return tally_word_at(tally_period_base_closers, s->f, s->len, e, &wl) != NULL;
}

/* Whether d is a span of whole years up to the document's (连续三年, 5年间:
 * 连续三年位居第一 in a text of 2018 covers 2015..2017), which the key reads as
 * years back (figure_period_key.c); not 3年内, which looks ahead. */
static int whole_years_back(const scan *s, const tally_date *d)
{
    const char *t = s->f + d->span.start;
    size_t n = d->span.stop - d->span.start;
    int consecutive = n > 6 && memcmp(t, "连续", 6) == 0;
    int between = n > 6 && memcmp(t + n - 6, "年间", 6) == 0;
    int ends_year = n > 3 && memcmp(t + n - 3, "年", 3) == 0;
    return s->doc_year && ((consecutive && ends_year) || between) && !fig_period_has(t, n, "个");
}

/* Whether a time expression that dates.c reads as a duration or a
 * comparison base is a period all the same (docs/figures.md "Periods"): a
 * 民国 year in a document that counts them (105年), a date after 于 meaning
 * "on" (於2月11日). Not when it is the base of a comparison (较104年).
 * (2024 年, 三年来 and 首5个月 dates.c reads as a year and periods itself.) */
static int taken_as_period(const scan *s, const tally_date *d)
{
    size_t a = d->span.start, b = d->span.stop, wl;
    if (tally_word_before(tally_period_compare_leads, s->f, a, &wl)) {
        /* 于 alone, not after an adjective (高于): "on", a date of its clause */
        if (!(wl == 3 && utf8_starts(s->f, a, a - 3, "于", 3)) ||
            tally_word_before(tally_period_compare_adjectives, s->f, a - 3, &wl))
            return 0;
        return d->kind != TALLY_DATE_TIME && d->kind != TALLY_DATE_DURATION;
    }
    if (d->kind != TALLY_DATE_DURATION)
        return 0;
    return fig_period_year_in(s, s->f + a, b - a) != 0 || whole_years_back(s, d);
}

/* Whether the time expression d holds a word that dates no period (目前:
 * 截至目前 is no period, spec "目前 is not a time expression"), with no
 * year before it (2023年截至目前 is 2023年: fig_period_until_now). */
static int names_no_period(const scan *s, const tally_date *d)
{
    return fig_period_until_now(s, d->span) == d->span.start;
}

size_t fig_period_until_now(const scan *s, tally_span p)
{
    static const char *const leads[] = {"截至", "截止", "至", "到", NULL};
    for (size_t i = p.start; i < p.stop; i++) {
        size_t wl, ll;
        if (!tally_word_at(tally_nonperiod_words, s->f, p.stop, i, &wl))
            continue;
        /* 2023年截至目前: the year before the words of now is the period */
        size_t cut = i;
        if (tally_word_before(leads, s->f, cut, &ll) && cut >= p.start + ll)
            cut -= ll;
        return cut > p.start && fig_period_year_in(s, s->f + p.start, cut - p.start) ? cut
                                                                                   : p.start;
    }
    return p.stop;
}

/* Whether d is dated with 于 (於2月11日, "on"): such a date is an adverb of
 * its own clause, so a ； or ; between it and a ends its reach. */
static int dated_with_on(const scan *s, const tally_date *d, size_t a)
{
    size_t wl;
    if (!tally_word_before(tally_period_compare_leads, s->f, d->span.start, &wl) || wl != 3 ||
        !utf8_starts(s->f, d->span.start, d->span.start - 3, "于", 3))
        return 0;
    for (size_t p = d->span.stop; p < a;) {
        uint32_t c = utf8_next(s->f, a, &p);
        if (c == 0xFF1B || c == ';')
            return 1;
    }
    return 0;
}

/* Whether d names a five-year plan (“十二五”, 十四五时期) and a clause mark
 * (，；：) stands between it and a: a plan's span governs the clause it
 * stands in (在保持“十二五”年均增速35%的基础上，…今年…), not the year's figures
 * after it. */
static int plan_out_of_reach(const scan *s, const tally_date *d, size_t from, size_t a)
{
    /* “十三五”期间，全市…年均增长6.5%: a plan opening its sentence is the
     * sentence's time, as any period is */
    size_t o = from;
    while (o < d->span.start && (s->f[o] == ' ' || s->f[o] == '\n' || s->f[o] == '\r' || s->f[o] == '\t'))
        o++;
    if (o == d->span.start)
        return 0;
    size_t n = d->span.stop - d->span.start;
    const char *t = s->f + d->span.start;
    int plan = 0;
    for (size_t i = 0; i + 9 <= n && !plan; i++)
        plan = memcmp(t + i, "十", 3) == 0 && memcmp(t + i + 6, "五", 3) == 0;
    if (!plan)
        return 0;
    for (size_t p = d->span.stop; p < a;) {
        uint32_t c = utf8_next(s->f, a, &p);
        if (c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0xFF1A || c == ':')
            return 1;
    }
    return 0;
}

/* Whether date k stands in brackets right after a comparison's base, and so
 * spells that base out (较去年同期(二○一四年四月五日至七日)下跌12.4%). */
static int bracketed_base(const scan *s, size_t k)
{
    const tally_date *d = &s->dates[k];
    size_t p;
    if (k == 0 || d->span.start == 0)
        return 0;
    uint32_t c = utf8_prev(s->f, d->span.start, &p);
    if (c != '(' && c != 0xFF08)
        return 0;
    const tally_date *b = &s->dates[k - 1];
    return b->span.stop == p && (!b->is_period || fig_period_comparison_base(s, b));
}

/* Whether d spans a record (为1990年8月以来单月最高, 为近25年以来新低点) or
 * dates a means (按2018年平均汇率, 据2019年人口抽样调查): neither is the
 * figure's period. */
static int record_or_means(const scan *s, const tally_date *d)
{
    size_t wl, e = d->span.stop;
    if (tally_word_before(tally_period_means_leads, s->f, d->span.start, &wl))
        return 1;
    if (tally_word_at(tally_period_record_frames, s->f, s->len, e, &wl))
        e += wl;
    if (utf8_starts(s->f, s->len, e, "的", 3))
        e += 3;
    return tally_word_at(tally_period_record_words, s->f, s->len, e, &wl) != NULL;
}

/* Whether d dates one figure of its own before a (去年全年的16,672,556人次,
 * 达17,043,667人次): a time, 的 and a number right after it is that number's
 * attribute and governs nothing beyond it. */
static int dates_one_figure(const scan *s, size_t k, size_t a)
{
    const tally_date *d = &s->dates[k];
    size_t e = d->span.stop, wl;
    if (e + 3 >= a || !utf8_starts(s->f, s->len, e, "的", 3))
        return 0;
    /* 由七月至九月的3.4%下跌至八月至十月的3.3%，减少约2000人: the time a
     * change ends in dates what follows too */
    static const char *const change_ends[] = {"至", "到", NULL};
    if (tally_word_before(change_ends, s->f, d->span.start, &wl))
        return 0;
    if (k + 1 < s->nd && s->dates[k + 1].span.start == e + 3)
        return 0; /* 2024年的3月份: a time after it */
    size_t q = e + 3;
    uint32_t c = utf8_next(s->f, s->len, &q);
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* Whether d stands in an aside in brackets that closes before a and holds
 * more than the time (…指数一二二，为历年单月次高(一○九年九月一二三点七三为
 * 历年最高)，年增率七点○六%: the September of the aside governs nothing
 * after it). A bracket of the time alone spells a period out
 * (过去12个月(2022年2月至2023年1月)的…) and stays. */
static int in_bracket_aside(const scan *s, const tally_date *d, size_t from, size_t a)
{
    size_t open = (size_t)-1, close = (size_t)-1;
    for (size_t p = d->span.start; p > from;) {
        size_t q;
        uint32_t c = utf8_prev(s->f, p, &q);
        if (c == '(' || c == 0xFF08) {
            open = p;
            break;
        }
        if (c == ')' || c == 0xFF09)
            return 0;
        p = q;
    }
    if (open == (size_t)-1)
        return 0;
    for (size_t p = d->span.stop; p < a;) {
        size_t q = p;
        uint32_t c = utf8_next(s->f, a, &q);
        if (c == ')' || c == 0xFF09) {
            close = p;
            break;
        }
        if (c == '(' || c == 0xFF08)
            return 0;
        p = q;
    }
    if (close == (size_t)-1)
        return 0;
    size_t x = open, y = close;
    while (x < d->span.start && s->f[x] == ' ')
        x++;
    while (y > d->span.stop && s->f[y - 1] == ' ')
        y--;
    return x < d->span.start || y > d->span.stop;
}

/* Whether d names the start of a streak (延续上年第3季以来之正成长: a lead
 * of tally_period_streak_leads before it, 以来 in it or right after): the
 * streak's span, no period of the figures after it. */
static int starts_a_streak(const scan *s, const tally_date *d)
{
    static const char *const since[] = {"以来", NULL};
    size_t wl;
    if (!tally_word_before(tally_period_streak_leads, s->f, d->span.start, &wl))
        return 0;
    return tally_word_before(since, s->f, d->span.stop, &wl) ||
           tally_word_at(since, s->f, s->len, d->span.stop, &wl);
}

/* Whether d stands inside a title in 《》 that closes before a: the year of
 * 《甘肃省2023年省级层面消费帮扶重点推进工作事项》 names the document, not the
 * period of the figures after it. */
static int in_book_title(const scan *s, const tally_date *d, size_t from, size_t a)
{
    int open = 0;
    for (size_t p = from; p < d->span.start;) {
        uint32_t c = utf8_next(s->f, d->span.start, &p);
        if (c == 0x300A)
            open = 1;
        else if (c == 0x300B)
            open = 0;
    }
    if (!open)
        return 0;
    for (size_t p = d->span.stop; p < a;) {
        uint32_t c = utf8_next(s->f, a, &p);
        if (c == 0x300B)
            return 1;
        if (c == 0x300A)
            return 0;
    }
    return 0;
}

/* Whether d dates an estimate rather than the period it estimates: a time
 * right before 概估数, 预测数 (7月概估数为1.45%: the July estimate of the
 * second quarter; docs/figures.md). */
static int dates_an_estimate(const scan *s, const tally_date *d)
{
    size_t wl;
    return tally_word_at(tally_period_estimate_nouns, s->f, s->len, d->span.stop, &wl) != NULL;
}

/* Whether d is the time of the base of a multiple after it in its clause
 * (达到2012年技术水平的两倍, 是去年的1.5倍): the figure compares with that
 * year's level, so the year governs neither it nor the figures after it. */
static int base_of_multiple(const scan *s, const tally_date *d)
{
    enum { REACH = 90 }; /* bytes: a short noun phrase between */
    size_t end = d->span.stop + REACH < s->len ? d->span.stop + REACH : s->len;
    /* the time nearest the multiple is its base (去年…达到2015年水平的两倍:
     * 2015年, not 去年) */
    for (const tally_date *n = d + 1; n < s->dates + s->nd; n++)
        if (n->span.start >= d->span.stop) {
            if (n->span.start < end)
                end = n->span.start;
            break;
        }
    for (size_t p = d->span.stop; p < end;) {
        size_t q = p;
        uint32_t c = utf8_next(s->f, end, &q);
        if (clause_end(c))
            return 0;
        if (c == 0x7684 /* 的 */ && fig_numeral_starts(s, q, end)) {
            size_t r = q, wl;
            double v;
            int zh;
            tally_approx ap;
            r = fig_number_at(s, q, end, &v, &zh, &ap);
            static const char *const times[] = {"倍", NULL};
            if (r > q && tally_word_at(times, s->f, end, r, &wl))
                return 1;
        }
        p = q;
    }
    return 0;
}

/* Whether d starts with a digit written right after a Latin letter: M2月增率
 * is the growth of M2 by the month, and 2月 no time of it. */
static int after_latin_letter(const scan *s, const tally_date *d)
{
    size_t a = d->span.start;
    if (a == 0 || !(s->f[a] >= '0' && s->f[a] <= '9'))
        return 0;
    char c = s->f[a - 1];
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Whether d dates an aim the figure measures progress against (全年预算达成率
 * 65.3%, 完成全年目标任务的80%): a time, an aim's noun after it
 * (tally_period_aim_nouns), and a rate of reaching it after that
 * (tally_period_progress_words) or a verb of reaching before the time
 * (tally_status_reached_verbs). The rate keeps the period before it. */
static int dates_an_aim(const scan *s, const tally_date *d)
{
    size_t wl, e = d->span.stop;
    if (utf8_starts(s->f, s->len, e, "的", 3))
        e += 3;
    size_t rl;
    if (!tally_word_at(tally_period_aim_nouns, s->f, s->len, e, &wl))
        return 0;
    if (tally_word_before(tally_status_reached_verbs, s->f, d->span.start, &rl))
        return 1;
    return tally_word_at(tally_period_progress_words, s->f, s->len, e + wl, &rl) != NULL;
}

/* Whether d is the base a change is measured from by a noun after it
 * (十一月份的基数较高), or dates the whole after a share verb (占全年预算的
 * 75.5%). */
static int base_noun_or_whole(const scan *s, const tally_date *d)
{
    size_t wl, e = d->span.stop;
    if (tally_word_before(tally_period_share_leads, s->f, d->span.start, &wl))
        return 1;
    if (utf8_starts(s->f, s->len, e, "的", 3))
        e += 3;
    return tally_word_at(tally_period_base_nouns, s->f, s->len, e, &wl) != NULL;
}

/* Whether d dates a cause: a cause lead (受, 由于) before it and a closer
 * (影响) after it, both within its clause and a short reach (受去年3月吉利并购
 * 沃尔沃集团大项目影响，一季度…: 一季度 is this year's). */
int fig_period_in_cause(const scan *s, const tally_date *d)
{
    enum { REACH = 90 }; /* bytes each side: a short noun phrase */
    size_t lead = (size_t)-1, wl;
    for (size_t p = d->span.start, back = 0; p > 0 && back < REACH;) {
        size_t q;
        uint32_t c = utf8_prev(s->f, p, &q);
        if (clause_end(c) || c == 0x3002)
            break;
        if (tally_word_before(tally_period_cause_leads, s->f, p, &wl)) {
            lead = p - wl;
            break;
        }
        back += p - q;
        p = q;
    }
    if (lead == (size_t)-1)
        return 0;
    size_t end = d->span.stop + REACH < s->len ? d->span.stop + REACH : s->len;
    for (size_t p = d->span.stop; p < end;) {
        if (tally_word_at(tally_period_cause_closers, s->f, end, p, &wl))
            return 1;
        uint32_t c = utf8_next(s->f, end, &p);
        if (clause_end(c) || c == 0x3002)
            return 0;
    }
    return 0;
}

/* Whether d stands inside quotation marks that hold more than the time (「四季
 * 紅火」, “三年行动”): a name or a slogan, not a period. A plan named alone in
 * quotes (“十二五”) is a time (tally_period_time_patterns). */
static int in_quoted_name(const scan *s, const tally_date *d, size_t from)
{
    enum { REACH = 60 }; /* bytes: a slogan's length */
    size_t open = (size_t)-1, close = (size_t)-1;
    for (size_t p = d->span.start, back = 0; p > from && back < REACH;) {
        size_t q;
        uint32_t c = utf8_prev(s->f, p, &q);
        if (c == 0x201C || c == 0x300C || c == 0x300E) {
            open = p;
            break;
        }
        if (c == 0x201D || c == 0x300D || c == 0x300F || c == 0x3002)
            return 0;
        back += p - q;
        p = q;
    }
    if (open == (size_t)-1)
        return 0;
    size_t end = d->span.stop + REACH < s->len ? d->span.stop + REACH : s->len;
    for (size_t p = d->span.stop; p < end;) {
        size_t q = p;
        uint32_t c = utf8_next(s->f, end, &q);
        if (c == 0x201D || c == 0x300D || c == 0x300F) {
            close = p;
            break;
        }
        if (c == 0x201C || c == 0x300C || c == 0x300E || c == 0x3002)
            return 0;
        p = q;
    }
    if (close == (size_t)-1)
        return 0;
    /* more than the time between the marks */
    return open < d->span.start || close > d->span.stop;
}

/* Whether date k, before the figure at a in the sentence from [from, a), can
 * be the figure's period: a period (or a date taken as one) that is no
 * comparison's base, names no non-period word, is not cut off from a
 * (于's date across ；, a plan across a clause mark, a title's year), and
 * dates no record, means, estimate, multiple's base or figure of its own,
 * nor stands in a name (M2月). */
int fig_period_candidate(const scan *s, size_t k, size_t from, size_t a)
{
    const tally_date *d = &s->dates[k];
    return d->span.stop <= a &&
           (d->is_period || taken_as_period(s, d)) && !fig_period_comparison_base(s, d) &&
           !names_no_period(s, d) && !dated_with_on(s, d, a) && !plan_out_of_reach(s, d, from, a) &&
           !bracketed_base(s, k) && !dates_one_figure(s, k, a) && !in_book_title(s, d, from, a) &&
           !record_or_means(s, d) && !after_latin_letter(s, d) && !dates_an_estimate(s, d) &&
           !base_of_multiple(s, d) && !base_noun_or_whole(s, d) && !fig_period_in_cause(s, d) &&
           !in_quoted_name(s, d, from) && !starts_a_streak(s, d) && !dates_an_aim(s, d) &&
           !in_bracket_aside(s, d, from, a);
}
