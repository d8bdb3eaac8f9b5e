/* Ranks (spec/figures.md, "Ranks"), read before the other numbers of a
 * sentence: a rank verb (位居, 居, 排名) or a rank scope (全国) followed in
 * the clause by a marker (第2位, 前十, 首位). The scope between them is
 * masked, so its numbers (前6位省市) make no figures. */
#include "figure_scan.h"

#include <pthread.h>

typedef struct rank_marker {
    size_t a, b;
    double value;
    int first; /* 前N */
} rank_marker;

/* A rank marker at i: 第N(位|名)?, 前N(位|名)?, or a rank word (首位). The
 * numeral stops where a mask begins (第一三次产业: 三次产业 is a term). */
static int rank_marker_at(const scan *s, size_t i, size_t hi, rank_marker *m)
{
    size_t wl;
    int first = utf8_starts(s->f, hi, i, "前", 3);
    if (utf8_starts(s->f, hi, i, "第", 3) || first) {
        double v;
        int zh;
        size_t g = fig_gap(s->f, i + 3, hi); /* 第 11 位 in print layout */
        size_t free_end = g;
        while (free_end < hi && free_end < g + 96 && !s->mask[free_end])
            free_end++;
        size_t n = tally_numeral_scan(s->f + g, free_end - g, &v, &zh);
        if (n && v > 0) {
            size_t e = g + n, g2 = fig_gap(s->f, e, hi);
            if (utf8_starts(s->f, hi, g2, "位", 3) || utf8_starts(s->f, hi, g2, "名", 3))
                e = g2 + 3;
            /* 第二批, 前5个月: a unit other than 位/名 makes no rank */
            if (e == g + n && tally_rules_unit_at(s->r, s->f, hi, e))
                return 0;
            *m = (rank_marker){i, e, v, first};
            return 1;
        }
    }
    if (tally_word_at(tally_rank_words, s->f, hi, i, &wl)) {
        *m = (rank_marker){i, i + wl, 1, 0};
        return 1;
    }
    return 0;
}
/* The field of a rank written before its verb: 在珠三角九市中排名第二 →
 * 珠三角九市, the words between 在 and 中. */
static void field_before_verb(const scan *s, size_t lo, size_t verb, size_t *sa, size_t *sb)
{
    if (verb < lo + 6 || !utf8_starts(s->f, verb, verb - 3, "中", 3))
        return;
    size_t b = verb - 3, p = b;
    for (int chars = 0; p > lo && chars < 16; chars++) {
        size_t q;
        uint32_t c = utf8_prev(s->f, p, &q);
        if (clause_end(c))
            return;
        if (c == 0x5728 /* 在 */ && p < b) {
            *sa = p;
            *sb = b;
            return;
        }
        p = q;
    }
}
/* How far (characters) a member of a run of ranks reaches from its join to
 * its marker: 、新型城镇化质量第4. */
#define RANK_MEMBER_CHARS 16

/* 位居全国投资潜力第3、城镇化质量第4、绿色发展第5: after a rank of a verb,
 * each member of the list that follows (joined by tally_rank_run_joins, its
 * field then a marker 第N, 首位, in the same clause) is a rank of the same
 * verb and scope; its own field is its subject and is masked as the first
 * one's is. Returns where the run ends. */
static size_t rank_run(scan *s, size_t hi, const tally_figure *first, size_t p)
{
    size_t stop = clause_stop(s, p, hi), wl;
    for (int members = 0; members < 16 && p < stop; members++) {
        size_t g = fig_gap(s->f, p, stop);
        if (!tally_word_at(tally_rank_run_joins, s->f, stop, g, &wl))
            break;
        size_t ms = fig_gap(s->f, g + wl, stop), q = ms;
        rank_marker m;
        int found = 0;
        for (int chars = 0; q < stop && chars < RANK_MEMBER_CHARS; chars++) {
            if (!masked(s, q, q + 1) && rank_marker_at(s, q, stop, &m) && !m.first) {
                found = 1;
                break;
            }
            size_t k = q;
            uint32_t c = utf8_next(s->f, stop, &k);
            if (c == 0x3001 || clause_end(c))
                break;
            q = k;
        }
        if (!found)
            break;
        tally_figure fig = *first;
        fig.span = (tally_span){m.a, m.b};
        fig.value = m.value;
        fig.approx = TALLY_APPROX_NONE;
        fig.subject = (tally_span){m.a, m.a};
        fig_push(s, &fig);
        mask_range(s, ms, m.b);
        p = m.b;
    }
    return p;
}

/* The characters a rank verb or a rank scope begins with, read from the
 * lists once per process: most positions of a sentence start neither, and
 * are passed without looking the lists up. */
static tally_first_set rank_starts;
static pthread_once_t rank_starts_once = PTHREAD_ONCE_INIT;

static void add_starts(const char *const *words)
{
    for (size_t k = 0; words[k]; k++) {
        size_t i = 0, l = strlen(words[k]);
        if (!l)
            continue;
        uint32_t c = utf8_next(words[k], l, &i);
        if (c > 0xFFFF)
            rank_starts.astral = 1;
        else
            rank_starts.bmp[c >> 3] |= (unsigned char)(1u << (c & 7));
    }
}

static void build_rank_starts(void)
{
    add_starts(tally_rank_verbs);
    add_starts(tally_rank_scopes);
}

void fig_find_ranks(scan *s, size_t lo, size_t hi, size_t sentence)
{
    pthread_once(&rank_starts_once, build_rank_starts);
    for (size_t i = lo; i < hi;) {
        size_t wl;
        int scope_only = 0;
        size_t next = i;
        if (!tally_first_has(&rank_starts, utf8_next(s->f, hi, &next))) {
            i = next;
            continue;
        }
        if (!tally_word_at(tally_rank_verbs, s->f, hi, i, &wl) || masked(s, i, i + wl)) {
            if (tally_word_at(tally_rank_scopes, s->f, hi, i, &wl) && !masked(s, i, i + wl))
                scope_only = 1;
            else {
                utf8_next(s->f, hi, &i);
                continue;
            }
        }
        size_t from = i + wl, stop = clause_stop(s, from, hi);
        rank_marker best = {0}, m;
        int have = 0, chars = 0;
        size_t limit = scope_only ? from : stop;
        size_t vw;
        for (size_t p = from; p <= limit && p < stop && chars < 12; chars++) {
            if (!scope_only && !have && p > from &&
                tally_word_at(tally_rank_verbs, s->f, stop, p, &vw) && vw >= 6) {
                /* a nearer rank verb governs: 居民收入排名第一 */
                i = p;
                wl = vw;
                from = p + vw;
                p = from;
                chars = 0;
                continue;
            }
            if (!masked(s, p, p + 1) && rank_marker_at(s, p, stop, &m)) {
                if (!m.first) {
                    best = m;
                    have = 1;
                    break;
                }
                if (!have) {
                    best = m;
                    have = 1;
                }
            }
            utf8_next(s->f, stop, &p);
        }
        if (!have) {
            i += wl;
            continue;
        }
        tally_figure fig = {0};
        fig.span = (tally_span){best.a, best.b};
        fig.value = best.value;
        strcpy(fig.unit, "位");
        fig.kind = TALLY_FIG_RANK;
        fig.approx = best.first ? TALLY_APPROX_UNDER : TALLY_APPROX_NONE;
        fig.sentence = sentence;
        size_t sa = scope_only ? i : from, sb = scope_only ? i + wl : best.a;
        sa = skip_space(s, sa, sb);
        if (sb <= sa && !scope_only)
            field_before_verb(s, lo, i, &sa, &sb);
        if (sb > sa)
            fig.scope = (tally_span){sa, sb};
        if (sb > sa && sb <= i)
            mask_range(s, sa, sb); /* 九市 in 在珠三角九市中 is no count */
        /* the subject is what stands before the rank verb: 增速位居 */
        fig.subject = (tally_span){i, i};
        fig_push(s, &fig);
        mask_range(s, from, best.b);
        i = best.b;
        if (!scope_only)
            i = rank_run(s, hi, &fig, i);
    }
}
