/* Quoted names (spec/figures.md): a number inside quotation marks is part
 * of a name (“萬人業務大培訓”, “16条”), unless the quote opens with a count of
 * listed items (“十大工程”, “四个国家级示范项目”) that is no short slogan. */
#include "figure_scan.h"

/* How deep inside quotation marks i lies (opened in the same sentence);
 * *opened gets the end of the innermost opening mark. */
static int quote_depth(scan *s, size_t lo, size_t i, size_t *opened)
{
    if (s->q_lo != lo || s->q_pos > i || s->q_pos < lo) {
        s->q_lo = s->q_pos = s->q_opened = lo;
        s->q_depth = 0;
    }
    for (size_t p = s->q_pos; p < i;) {
        uint32_t c = utf8_next(s->f, i, &p);
        if (open_quote(c)) {
            s->q_depth++;
            s->q_opened = p;
        } else if (close_quote(c) && s->q_depth > 0) {
            s->q_depth--;
        }
    }
    s->q_pos = i;
    *opened = s->q_opened;
    return s->q_depth;
}
/* A quote that closes one or two characters after a count is a slogan
 * (“四个意识”, “两个维护”, “三个作用”); a count that announces a list names
 * what it counts at more length (“四个国家级示范项目”). N大 is a count
 * either way (“十大工程”). */
static int short_quoted_name(const scan *s, size_t e, size_t hi)
{
    size_t p = e;
    for (int chars = 0; p < hi && chars <= 2; chars++) {
        size_t k = p;
        uint32_t c = utf8_next(s->f, hi, &k);
        if (close_quote(c))
            return 1;
        p = k;
    }
    return 0;
}
/* A quote made of counts, “三大支撑八项重点”, “三高四新”: another numeral
 * stands after the count before the quote closes, so the quote is a slogan
 * built of numbers (spec: slogans that alternate numeral and word, 两稳一促),
 * not a count that announces a list. */
static int slogan_of_counts(const scan *s, size_t e, size_t hi)
{
    for (size_t p = e, chars = 0; p < hi && chars <= 12; chars++) {
        if (fig_numeral_starts(s, p, hi))
            return 1;
        size_t k = p;
        uint32_t c = utf8_next(s->f, hi, &k);
        if (close_quote(c) || clause_end(c) || open_quote(c))
            return 0;
        p = k;
    }
    return 0;
}
/* Words that open a list item right after an announcing quote. */
static const char *const list_openers[] = {"一是", "第一", "首先", "其一", "（一）", "(一)",
                                           "一、", "1.", "1、", NULL};
/* Whether the quote holding a count that ends at e announces a list: after
 * it (and an optional comma) comes a colon, a short lead-in ending in a colon
 * (主要包括：), or the first list item (“三个拓展”：第一…, “六项行动”一是…). */
static int announces_list(const scan *s, size_t e, size_t hi)
{
    size_t p = e, k, wl;
    for (int chars = 0;; chars++) { /* to the closing quote */
        if (p >= hi || chars > 12)
            return 0;
        k = p;
        uint32_t c = utf8_next(s->f, hi, &k);
        p = k;
        if (close_quote(c))
            break;
        if (clause_end(c) || open_quote(c))
            return 0;
    }
    k = p;
    if (p < hi) {
        uint32_t c = utf8_next(s->f, hi, &k);
        if (c == 0xFF0C || c == ',')
            p = k;
    }
    for (int chars = 0; p < hi && chars <= 6; chars++) {
        if (tally_word_at(list_openers, s->f, hi, p, &wl))
            return 1;
        k = p;
        uint32_t c = utf8_next(s->f, hi, &k);
        if (c == 0xFF1A || c == ':')
            return 1;
        if (!is_han(c))
            return 0;
        p = k;
    }
    return 0;
}

/* A quote that holds a percent and nothing else quotes a value (成长率「至少5%」,
 * “3.5%左右”): a rate is not a name the way “16条” is. */
static int quoted_rate(const scan *s, size_t hi, const fig_reading *rd, size_t opened)
{
    size_t k = rd->e;
    return (rd->kind == TALLY_FIG_PERCENT || rd->kind == TALLY_FIG_PP) && opened == rd->start &&
           rd->e < hi && close_quote(utf8_next(s->f, hi, &k));
}

/* How far (characters) a title in 《》 reaches from the number to its marks. */
#define TITLE_CHARS 60

/* Whether the number at j stands inside a title 《…》 of its sentence: a
 * 《 before it with no 》 between, and a 》 after it. A title is a proper
 * name (spec "numbers inside proper names"): 《五大产业扶持政策》 holds no
 * figure, and no title announces a list the way a quote may. */
static int in_title(const scan *s, size_t lo, size_t j, size_t hi)
{
    size_t p = j;
    int open = 0;
    for (int chars = 0; p > lo && chars < TITLE_CHARS && !open; chars++) {
        size_t q;
        uint32_t c = utf8_prev(s->f, p, &q);
        if (c == 0x300B || c == '\n')
            return 0;
        open = c == 0x300A;
        p = q;
    }
    if (!open)
        return 0;
    for (int chars = 0; j < hi && chars < TITLE_CHARS; chars++) {
        uint32_t c = utf8_next(s->f, hi, &j);
        if (c == 0x300B)
            return 1;
        if (c == 0x300A || c == '\n')
            return 0;
    }
    return 0;
}

/* How far (characters) the end of a quote is looked for. */
#define QUOTE_CHARS 160

/* Whether the quote opened at opened is speech or a quoted sentence
 * (“6.9%的增速，您满意吗？”), not a name: a clause's punctuation (， 。 ？ ！ ；)
 * stands in it before it closes (quotes inside it are read through). A name
 * holds none (“三个作用”, “萬人業務大培訓”), so numbers in speech are figures. */
static int quoted_speech(const scan *s, size_t opened)
{
    int depth = 0;
    for (size_t p = opened, chars = 0; p < s->len && chars < QUOTE_CHARS; chars++) {
        uint32_t c = utf8_next(s->f, s->len, &p);
        if (open_quote(c)) {
            depth++;
        } else if (close_quote(c)) {
            if (depth-- == 0)
                return 0;
        } else if (c == 0xFF0C || c == ',' || c == 0x3002 || c == 0xFF1F || c == '?' ||
                   c == 0xFF01 || c == '!' || c == 0xFF1B || c == ';') {
            return 1;
        } else if (c == '\n') {
            return 0;
        }
    }
    return 0;
}

int fig_in_quoted_name(scan *s, size_t lo, size_t hi, const fig_reading *rd)
{
    if (in_title(s, lo, rd->j, hi))
        return 1;
    /* a quote inside a quote is a name within a name (“发挥‘三个作用’”) */
    size_t opened;
    int depth = quote_depth(s, lo, rd->j, &opened);
    if (depth == 1 && (quoted_rate(s, hi, rd, opened) || quoted_speech(s, opened)))
        return 0;
    int list = (rd->unit_flags & TALLY_UNIT_LIST_COUNT) && depth == 1;
    return depth > 0 && rd->kind != TALLY_FIG_RATIO && !(list && announces_list(s, rd->e, hi)) &&
           (!(list && opened == rd->j) || (rd->unit[0] && short_quoted_name(s, rd->e, hi)) ||
            slogan_of_counts(s, rd->e, hi));
}
