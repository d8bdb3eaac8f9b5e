/* Figures grouped without Lua (tally/figure_groups.h): per document on a
 * corpus reader's worker, the keys of tally.compare.figures and of the
 * claims script, made exactly as the Lua code makes them (the same folding,
 * trimming and word lists, the same text for values in keys), so a run is
 * byte for byte the same whichever side groups. The aggregate the script's
 * thread merges each document's entries into is figure_groups_merge.c; the
 * strings, maps and entry encoding both use are figure_groups_store.c. */
#include "figure_groups_internal.h"
#include "array_grow.h"

#include "tally/fold.h"
#include "tally/structure.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const tally_line_up_group_fields[TALLY_LINE_UP_GROUP_FIELDS] = {
    "subject", "kind", "unit", "period_key", "status"};
const char *const tally_line_up_row_fields[TALLY_LINE_UP_ROW_FIELDS - 1] = {
    "subject", "kind", "period", "base", "period_key", "status", "subject_key",
    "approx", "text", "as_written", "region", "date", "source", "scope"};
const char *const tally_claims_row_fields[TALLY_CLAIMS_ROW_FIELDS] = {
    "region", "subject", "kind", "scope", "period", "period_key", "status",
    "value", "unit", "text", "mine"};

/* ---- the spec ---- */

typedef struct str {
    const char *p; /* NULL: nil */
    size_t n;
} str;

typedef struct word_list {
    str *w;
    size_t n, cap;
} word_list;

typedef struct rate {
    str unit;
    tally_value rate;
} rate;

enum { BY_YEAR = -2 };

struct tally_group_spec {
    tally_group_rule rule;
    arena strings;
    str_map synonyms; /* folded form -> index in canon */
    str *canon;
    size_t n_canon, cap_canon;
    word_list words[TALLY_WORDS_COUNT];
    unsigned kinds; /* a bit per kind kept; 0 keeps all */
    tally_regex *subject;
    pthread_mutex_t lock; /* the regex keeps one match buffer */
    int by;
    rate *rates;
    size_t n_rates, cap_rates;
    const char *country, *same_scope;
};

tally_group_spec *tally_group_spec_new(tally_group_rule rule)
{
    tally_group_spec *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->rule = rule;
    s->by = TALLY_FF_REGION;
    s->country = "全国";
    s->same_scope = "同比";
    pthread_mutex_init(&s->lock, NULL);
    return s;
}

void tally_group_spec_free(tally_group_spec *s)
{
    if (!s)
        return;
    fg_arena_free(&s->strings);
    free(s->synonyms.slots);
    free(s->canon);
    for (int k = 0; k < TALLY_WORDS_COUNT; k++)
        free(s->words[k].w);
    free(s->rates);
    tally_regex_free(s->subject);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

tally_group_rule tally_group_spec_rule(const tally_group_spec *s)
{
    return s->rule;
}

static int copy_str(tally_group_spec *s, const char *p, size_t n, str *out)
{
    char *c = fg_arena_copy(&s->strings, p, n);
    if (!c)
        return -1;
    out->p = c, out->n = n;
    return 0;
}

int tally_group_spec_synonym(tally_group_spec *s, const char *form, size_t form_len,
                             const char *canon, size_t canon_len)
{
    uint64_t h = fg_hash_bytes(form, form_len);
    size_t v;
    if (fg_map_get(&s->synonyms, form, form_len, h, &v))
        return 0; /* the first given wins, as idx[form] = idx[form] or canon */
    str f, c;
    if (copy_str(s, form, form_len, &f) < 0 || copy_str(s, canon, canon_len, &c) < 0 ||
        tally_grow((void **)&s->canon, &s->cap_canon, s->n_canon, sizeof *s->canon) < 0)
        return -1;
    s->canon[s->n_canon] = c;
    if (fg_map_put(&s->synonyms, f.p, f.n, h, s->n_canon) < 0)
        return -1;
    s->n_canon++;
    return 0;
}

int tally_group_spec_word(tally_group_spec *s, tally_group_words list, const char *w,
                          size_t len)
{
    word_list *l = &s->words[list];
    str c;
    if (copy_str(s, w, len, &c) < 0 || tally_grow((void **)&l->w, &l->cap, l->n, sizeof *l->w) < 0)
        return -1;
    l->w[l->n++] = c;
    return 0;
}

void tally_group_spec_kind(tally_group_spec *s, int kind)
{
    if (kind >= 0 && kind < 32)
        s->kinds |= 1u << kind;
}

int tally_group_spec_subject(tally_group_spec *s, const char *pattern, size_t len,
                             tally_error *err)
{
    tally_regex_free(s->subject);
    s->subject = tally_regex_compile(pattern, len, NULL, err);
    return s->subject ? 0 : -1;
}

int tally_group_spec_by(tally_group_spec *s, const char *name)
{
    if (strcmp(name, "year") == 0) {
        s->by = BY_YEAR;
        return 0;
    }
    int col = tally_rows_column(name);
    if (strcmp(name, "region") == 0)
        col = TALLY_FF_REGION;
    if (col == TALLY_COL_NONE)
        return -1;
    s->by = col;
    return 0;
}

int tally_group_spec_rate(tally_group_spec *s, const char *unit, size_t len, tally_value r)
{
    str u;
    if (copy_str(s, unit, len, &u) < 0 ||
        tally_grow((void **)&s->rates, &s->cap_rates, s->n_rates, sizeof *s->rates) < 0)
        return -1;
    s->rates[s->n_rates].unit = u;
    s->rates[s->n_rates].rate = r;
    s->n_rates++;
    return 0;
}

int tally_group_spec_names(tally_group_spec *s, const char *country, const char *same_scope)
{
    str a = {NULL, 0}, b = {NULL, 0};
    if ((country && copy_str(s, country, strlen(country), &a) < 0) ||
        (same_scope && copy_str(s, same_scope, strlen(same_scope), &b) < 0))
        return -1;
    if (a.p)
        s->country = a.p;
    if (b.p)
        s->same_scope = b.p;
    return 0;
}

/* ---- text as the Lua side makes it ---- */

static int str_eq(str a, const char *p, size_t n)
{
    return a.n == n && memcmp(a.p, p, n) == 0;
}

static int in_list(const word_list *l, const char *p, size_t n)
{
    for (size_t i = 0; i < l->n; i++)
        if (str_eq(l->w[i], p, n))
            return 1;
    return 0;
}

/* A lead byte as the Lua pattern [%z\1-\127\194-\244] has it. */
static int lead_byte(unsigned char c)
{
    return c <= 127 || (c >= 194 && c <= 244);
}

static int cont_byte(unsigned char c)
{
    return c >= 128 && c <= 191;
}

/* compare.lua's trim: edge characters off both ends, over and over. */
static void trim(const word_list *edge, const char **p, size_t *n)
{
    int changed = 1;
    while (changed && *n > 0) {
        changed = 0;
        const unsigned char *s = (const unsigned char *)*p;
        if (lead_byte(s[0])) {
            size_t k = 1;
            while (k < *n && cont_byte(s[k]))
                k++;
            if (in_list(edge, *p, k)) {
                *p += k, *n -= k;
                changed = 1;
            }
        }
        if (*n == 0)
            break;
        s = (const unsigned char *)*p;
        size_t b = *n - 1;
        while (b > 0 && cont_byte(s[b]))
            b--;
        if (lead_byte(s[b]) && !cont_byte(s[b]) && in_list(edge, *p + b, *n - b)) {
            *n = b;
            changed = 1;
        }
    }
}

/* strip_words: the first word of the list that s is longer than and starts
 * (or ends) with comes off. */
static int strip_words(const str *w, size_t nw, int at_start, const char **p, size_t *n)
{
    for (size_t i = 0; i < nw; i++) {
        if (*n <= w[i].n)
            continue;
        if (at_start && memcmp(*p, w[i].p, w[i].n) == 0) {
            *p += w[i].n, *n -= w[i].n;
            return 1;
        }
        if (!at_start && memcmp(*p + *n - w[i].n, w[i].p, w[i].n) == 0) {
            *n -= w[i].n;
            return 1;
        }
    }
    return 0;
}

/* The length of s less its first region suffix that it is longer than. */
static size_t without_region_suffix(const word_list *suf, const char *s, size_t n)
{
    for (size_t i = 0; i < suf->n; i++)
        if (n > suf->w[i].n && memcmp(s + n - suf->w[i].n, suf->w[i].p, suf->w[i].n) == 0)
            return n - suf->w[i].n;
    return n;
}

/* Folded text, owned. */
typedef struct owned {
    char *p;
    size_t n;
} owned;

static int fold(const char *s, size_t n, owned *out, tally_error *err)
{
    if (n == 0) { /* "" folds to "" */
        out->p = calloc(1, 1), out->n = 0;
    } else {
        out->p = tally_fold_string(s, n, &out->n, err);
        if (!out->p && !err->msg[0])
            tally_error_set(err, "out of memory");
    }
    if (!out->p && !err->msg[0])
        tally_error_set(err, "out of memory");
    return out->p ? 0 : -1;
}

/* C.subject(subject, region, index): the subject folded, trimmed, the
 * region's names and edge words off, then the synonym it stands for. *out
 * is a view into *hold (freed by the caller) or into the spec. */
static int subject_of(const tally_group_spec *s, const tally_value *subject,
                      const tally_value *region, owned *hold, str *out, tally_error *err)
{
    hold->p = NULL;
    if (subject->type != TALLY_VALUE_STRING) {
        out->p = NULL;
        return 0;
    }
    if (fold(subject->s, subject->len, hold, err) < 0)
        return -1;
    const char *p = hold->p;
    size_t n = hold->n;
    trim(&s->words[TALLY_WORDS_EDGE], &p, &n);
    str names[2];
    size_t nn = 0;
    owned fr = {NULL, 0};
    if (region && region->type == TALLY_VALUE_STRING && region->len > 0) {
        if (fold(region->s, region->len, &fr, err) < 0)
            return -1;
        names[nn++] = (str){fr.p, fr.n};
        size_t k = without_region_suffix(&s->words[TALLY_WORDS_REGION_SUFFIX], fr.p, fr.n);
        if (k < fr.n)
            names[nn++] = (str){fr.p, k};
    }
    const word_list *pre = &s->words[TALLY_WORDS_PREFIX], *suf = &s->words[TALLY_WORDS_SUFFIX];
    int changed = 1;
    while (changed) {
        int a = strip_words(names, nn, 1, &p, &n);
        int b = strip_words(pre->w, pre->n, 1, &p, &n);
        int c = strip_words(suf->w, suf->n, 0, &p, &n);
        trim(&s->words[TALLY_WORDS_EDGE], &p, &n);
        changed = a || b || c;
    }
    free(fr.p);
    size_t v;
    if (n > 0 && fg_map_get(&s->synonyms, p, n, fg_hash_bytes(p, n), &v))
        *out = s->canon[v];
    else
        *out = (str){p, n};
    return 0;
}

/* index[fold(key)] or fold(key) */
static int canon_of_key(const tally_group_spec *s, const tally_value *key, owned *hold,
                        str *out, tally_error *err)
{
    if (fold(key->s, key->len, hold, err) < 0)
        return -1;
    size_t v;
    if (fg_map_get(&s->synonyms, hold->p, hold->n, fg_hash_bytes(hold->p, hold->n), &v))
        *out = s->canon[v];
    else
        *out = (str){hold->p, hold->n};
    return 0;
}

/* A subject worth lining up: two characters or more, not a vague one. */
static int meaningful(const tally_group_spec *s, str subject)
{
    if (!subject.p)
        return 0;
    size_t chars = 0;
    for (size_t i = 0; i < subject.n; i++)
        chars += !cont_byte((unsigned char)subject.p[i]);
    return chars >= 2 && !in_list(&s->words[TALLY_WORDS_VAGUE], subject.p, subject.n);
}

static int wanted(const tally_group_spec *s, const char *p, size_t n, int *yes, tally_error *err)
{
    if (!s->subject) {
        *yes = 1;
        return 0;
    }
    tally_span *groups = malloc((tally_regex_groups(s->subject) + 1) * sizeof *groups);
    if (!groups) {
        tally_error_set(err, "out of memory");
        return -1;
    }
    pthread_mutex_lock((pthread_mutex_t *)&s->lock);
    int rc = tally_regex_search(s->subject, p, n, 0, 0, groups, err);
    pthread_mutex_unlock((pthread_mutex_t *)&s->lock);
    free(groups);
    if (rc < 0)
        return -1;
    *yes = rc;
    return 0;
}

/* A value's text as Lua's tostring writes it ("nil" for none). */
static void put_tostring(tally_buf *b, const tally_value *v)
{
    char num[64];
    switch (v->type) {
    case TALLY_VALUE_NONE:
        tally_buf_add(b, "nil", 3);
        return;
    case TALLY_VALUE_STRING:
        tally_buf_add(b, v->s, v->len);
        return;
    case TALLY_VALUE_INTEGER:
        snprintf(num, sizeof num, "%lld", v->i);
        tally_buf_adds(b, num);
        return;
    case TALLY_VALUE_NUMBER:
        snprintf(num, sizeof num, "%.14g", v->d);
        if (num[strspn(num, "-0123456789")] == '\0')
            strcat(num, ".0"); /* lua_Number2str: a float looks like one */
        tally_buf_adds(b, num);
        return;
    }
}

/* A value in a row's key: a float with all its digits (%.17g). */
static void put_exact(tally_buf *b, const tally_value *v)
{
    char num[64];
    if (v->type == TALLY_VALUE_NUMBER) {
        snprintf(num, sizeof num, "%.17g", v->d);
        tally_buf_adds(b, num);
    } else {
        put_tostring(b, v);
    }
}

/* tally.cell_text of a number. */
static void cell_text(const tally_value *v, char *num, size_t size)
{
    if (v->type == TALLY_VALUE_INTEGER)
        snprintf(num, size, "%lld", v->i);
    else if (v->type == TALLY_VALUE_NUMBER) {
        if (!tally_json_number_text(v->d, num, size))
            snprintf(num, size, "%.14g", v->d);
    } else
        num[0] = '\0';
}

static void put_sep(tally_buf *b)
{
    tally_buf_add(b, "", 1); /* "\0" */
}

/* ---- per document (on a worker) ---- */

typedef struct doc_cols {
    tally_value doc, date, source, region;
} doc_cols;

static const tally_value *column(const tally_value *v, const doc_cols *d, int col)
{
    static const tally_value none = {TALLY_VALUE_NONE, NULL, 0, 0, 0};
    switch (col) {
    case TALLY_COL_DOC: return &d->doc;
    case TALLY_COL_DATE: return &d->date;
    case TALLY_COL_SOURCE: return &d->source;
    case TALLY_COL_DOC_REGION: return &d->region;
    default: return col >= 0 && col < TALLY_FF_COUNT ? &v[col] : &none;
    }
}

static int is_string(const tally_value *v, const char *s)
{
    return v->type == TALLY_VALUE_STRING && v->len == strlen(s) && memcmp(v->s, s, v->len) == 0;
}

/* by = "year": the four digits before 年 in the period, else the date's year. */
static tally_value year_of(const tally_value *period, const doc_cols *d, owned *hold,
                           tally_error *err, int *failed)
{
    tally_value none = {TALLY_VALUE_NONE, NULL, 0, 0, 0};
    hold->p = NULL;
    if (period->type == TALLY_VALUE_STRING) {
        if (fold(period->s, period->len, hold, err) < 0) {
            *failed = 1;
            return none;
        }
        const char *t = hold->p;
        for (size_t i = 0; i + 7 <= hold->n; i++) {
            int digits = 1;
            for (size_t k = 0; k < 4 && digits; k++)
                digits = t[i + k] >= '0' && t[i + k] <= '9';
            if (digits && memcmp(t + i + 4, "年", 3) == 0)
                return fg_string_value(t + i, 4);
        }
    }
    const tally_value *date = &d->date;
    if (date->type == TALLY_VALUE_STRING && date->len >= 4) {
        for (size_t k = 0; k < 4; k++)
            if (date->s[k] < '0' || date->s[k] > '9')
                return none;
        return fg_string_value(date->s, 4);
    }
    return none;
}

/* value * rate as Lua multiplies an integer or a number. */
static tally_value times(const tally_value *a, const tally_value *b)
{
    tally_value r = {TALLY_VALUE_NUMBER, NULL, 0, 0, 0};
    if (a->type == TALLY_VALUE_INTEGER && b->type == TALLY_VALUE_INTEGER) {
        r.type = TALLY_VALUE_INTEGER;
        r.i = (long long)((unsigned long long)a->i * (unsigned long long)b->i);
        return r;
    }
    double x = a->type == TALLY_VALUE_INTEGER ? (double)a->i : a->d;
    double y = b->type == TALLY_VALUE_INTEGER ? (double)b->i : b->d;
    r.d = x * y;
    return r;
}

typedef struct doc_state {
    const tally_group_spec *spec;
    doc_cols cols;
    str_map seen; /* line-up: the rows of this report so far */
    arena keys;
    tally_buf key, vkey, by;
    tally_buf *out;
} doc_state;

/* A money figure in another currency, in 元 at the spec's rate (--rate), so one group
 * holds a province's 亿美元 and another's 亿元. */
static void in_yuan(const tally_group_spec *s, const tally_value *kind, tally_value *unit,
                    tally_value *value)
{
    if (!is_string(kind, "money") || is_string(unit, "元") || unit->type != TALLY_VALUE_STRING ||
        value->type == TALLY_VALUE_NONE)
        return;
    for (size_t i = 0; i < s->n_rates; i++)
        if (str_eq(s->rates[i].unit, unit->s, unit->len)) {
            *value = times(value, &s->rates[i].rate);
            *unit = fg_string_value("元", strlen("元"));
            return;
        }
}

/* One line-up row into st->out: the group's key (st->key's first key_len bytes), the
 * value's key, the by value, the group's fields, then the row's. */
static int put_line_up_row(doc_state *st, const tally_value *v, const tally_value *subject,
                           const tally_value *unit, const tally_value *value,
                           const tally_value *status, const tally_value *group, size_t key_len)
{
    const doc_cols *d = &st->cols;
    tally_buf *key = &st->key;
    tally_buf *by = &st->by, *vk = &st->vkey;
    by->n = vk->n = 0;
    put_tostring(by, group);
    const tally_value *parts[] = {&v[TALLY_FF_PERIOD], NULL, &v[TALLY_FF_SUBJECT_KEY],
                                  &v[TALLY_FF_APPROX], &v[TALLY_FF_TEXT], &v[TALLY_FF_SUBJECT],
                                  &v[TALLY_FF_REGION], &d->date, &d->source, &v[TALLY_FF_SCOPE]};
    put_tostring(vk, group);
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        put_sep(vk);
        if (parts[i])
            put_tostring(vk, parts[i]);
        else
            put_exact(vk, value);
    }
    tally_buf *out = st->out;
    fg_put_string(out, key->p, key_len);
    fg_put_string(out, vk->p, vk->n);
    fg_put_string(out, by->p, by->n);
    /* the group: subject, kind, unit, period_key, status */
    fg_put_value(out, subject), fg_put_value(out, &v[TALLY_FF_KIND]), fg_put_value(out, unit);
    fg_put_value(out, &v[TALLY_FF_PERIOD_KEY]), fg_put_value(out, status);
    /* the row, as tally_line_up_row_fields, then the by value */
    const tally_value *row[] = {subject, &v[TALLY_FF_KIND], &v[TALLY_FF_PERIOD], value,
                                &v[TALLY_FF_PERIOD_KEY], status, &v[TALLY_FF_SUBJECT_KEY],
                                &v[TALLY_FF_APPROX], &v[TALLY_FF_TEXT], &v[TALLY_FF_SUBJECT],
                                &v[TALLY_FF_REGION], &d->date, &d->source, &v[TALLY_FF_SCOPE],
                                group};
    for (size_t i = 0; i < sizeof row / sizeof row[0]; i++)
        fg_put_value(out, row[i]);
    return vk->failed || by->failed ? -1 : 0;
}

static int line_up_figure(doc_state *st, const tally_value *v, tally_error *err)
{
    const tally_group_spec *s = st->spec;
    const doc_cols *d = &st->cols;
    owned hold = {NULL, 0}, hold_w = {NULL, 0}, hold_y = {NULL, 0};
    int rc = -1;
    str canon;
    if (v[TALLY_FF_SUBJECT_KEY].type == TALLY_VALUE_STRING) {
        if (canon_of_key(s, &v[TALLY_FF_SUBJECT_KEY], &hold, &canon, err) < 0)
            goto done;
    } else if (subject_of(s, &v[TALLY_FF_SUBJECT], &v[TALLY_FF_REGION], &hold, &canon, err) <
               0) {
        goto done;
    }
    tally_value unit = v[TALLY_FF_UNIT], value = v[TALLY_FF_VALUE];
    in_yuan(s, &v[TALLY_FF_KIND], &unit, &value);
    int kind = tally_figure_kind_from_name(v[TALLY_FF_KIND].s ? v[TALLY_FF_KIND].s : "");
    rc = 0;
    if (value.type == TALLY_VALUE_NONE || !meaningful(s, canon) ||
        (s->kinds && (kind < 0 || !(s->kinds & (1u << kind)))))
        goto done;
    int yes;
    if (wanted(s, canon.p, canon.n, &yes, err) < 0)
        goto fail;
    if (!yes) {
        const tally_value *w = &v[TALLY_FF_SUBJECT];
        if (fold(w->type == TALLY_VALUE_STRING ? w->s : "", w->len, &hold_w, err) < 0 ||
            wanted(s, hold_w.p, hold_w.n, &yes, err) < 0)
            goto fail;
        if (!yes)
            goto done;
    }
    tally_value status = v[TALLY_FF_STATUS];
    if (status.type == TALLY_VALUE_NONE)
        status = fg_string_value("actual", 6);
    tally_value subject = fg_string_value(canon.p, canon.n);
    tally_buf *key = &st->key;
    key->n = 0;
    tally_buf_add(key, canon.p, canon.n);
    put_sep(key), put_tostring(key, &v[TALLY_FF_KIND]);
    put_sep(key), put_tostring(key, &unit);
    put_sep(key), put_tostring(key, &v[TALLY_FF_PERIOD_KEY]);
    put_sep(key), put_tostring(key, &status);
    size_t key_len = key->n;

    int failed = 0;
    tally_value group = s->by == BY_YEAR ? year_of(&v[TALLY_FF_PERIOD], d, &hold_y, err, &failed)
                                         : *column(v, d, s->by);
    if (failed)
        goto fail;
    if (s->by == TALLY_FF_REGION && (group.type == TALLY_VALUE_NONE ||
                                     (group.type == TALLY_VALUE_STRING && group.len == 0)))
        group = is_string(&v[TALLY_FF_REGION_SCOPE], "country")
                    ? fg_string_value(s->country, strlen(s->country))
                    : d->doc;
    /* the same figure stated twice in one report counts once */
    put_sep(key), put_tostring(key, &group);
    put_sep(key), put_tostring(key, &d->doc);
    put_sep(key), put_tostring(key, &v[TALLY_FF_PERIOD_KEY]);
    put_sep(key), put_tostring(key, &value);
    if (key->failed)
        goto oom;
    uint64_t h = fg_hash_bytes(key->p, key->n);
    size_t seen;
    if (fg_map_get(&st->seen, key->p, key->n, h, &seen))
        goto done;
    char *kept = fg_arena_copy(&st->keys, key->p, key->n);
    if (!kept || fg_map_put(&st->seen, kept, key->n, h, 1) < 0)
        goto oom;

    if (put_line_up_row(st, v, &subject, &unit, &value, &status, &group, key_len) < 0)
        goto oom;
    goto done;
oom:
    tally_error_set(err, "out of memory");
fail:
    rc = -1;
done:
    free(hold.p);
    free(hold_w.p);
    free(hold_y.p);
    return rc;
}

static int claims_figure(doc_state *st, const tally_value *v, tally_error *err)
{
    const tally_group_spec *s = st->spec;
    const doc_cols *d = &st->cols;
    int kind = tally_figure_kind_from_name(v[TALLY_FF_KIND].s ? v[TALLY_FF_KIND].s : "");
    const tally_value *sk = &v[TALLY_FF_SUBJECT_KEY];
    if (kind < 0 || !(s->kinds & (1u << kind)) || sk->type != TALLY_VALUE_STRING || sk->len == 0)
        return 0;
    owned hold = {NULL, 0}, region = {NULL, 0}, scope = {NULL, 0};
    int rc = -1;
    str subject;
    if (subject_of(s, sk, NULL, &hold, &subject, err) < 0)
        goto done;
    tally_buf *key = &st->key;
    key->n = 0;
    /* the region's key: 深圳市 and 深圳 are one; none known: the report's own */
    int country = is_string(&v[TALLY_FF_REGION_SCOPE], "country");
    const tally_value *r = &v[TALLY_FF_REGION];
    if (country) {
        tally_buf_adds(key, s->country);
    } else {
        if (r->type == TALLY_VALUE_STRING && fold(r->s, r->len, &region, err) < 0)
            goto done;
        if (!region.p || region.n == 0) {
            tally_buf_add(key, "\1", 1);
            put_tostring(key, &d->doc);
        } else {
            tally_buf_add(key, region.p,
                          without_region_suffix(&s->words[TALLY_WORDS_REGION_SUFFIX], region.p,
                                                region.n));
        }
    }
    put_sep(key), tally_buf_add(key, subject.p, subject.n);
    put_sep(key), put_tostring(key, &v[TALLY_FF_KIND]);
    put_sep(key);
    /* a growth without a written base is year on year */
    const tally_value *sc = &v[TALLY_FF_SCOPE];
    if (sc->type == TALLY_VALUE_STRING && fold(sc->s, sc->len, &scope, err) < 0)
        goto done;
    const char *sp = scope.p ? scope.p : "";
    size_t sn = scope.p ? scope.n : 0;
    if (kind == TALLY_FIG_GROWTH && in_list(&s->words[TALLY_WORDS_SAME_SCOPE], sp, sn))
        tally_buf_adds(key, s->same_scope);
    else
        tally_buf_add(key, sp, sn);
    put_sep(key);
    if (v[TALLY_FF_PERIOD_KEY].type != TALLY_VALUE_NONE)
        put_tostring(key, &v[TALLY_FF_PERIOD_KEY]);
    put_sep(key);
    if (v[TALLY_FF_STATUS].type != TALLY_VALUE_NONE)
        put_tostring(key, &v[TALLY_FF_STATUS]);
    else
        tally_buf_adds(key, "actual");

    tally_value shown = country ? fg_string_value(s->country, strlen(s->country))
                        : r->type != TALLY_VALUE_NONE ? *r
                                                      : d->region;
    char num[64];
    cell_text(&v[TALLY_FF_VALUE], num, sizeof num);
    tally_value mine = fg_string_value(num, strlen(num));
    tally_buf *vk = &st->vkey;
    vk->n = 0;
    tally_buf_add(vk, key->p, key->n);
    put_sep(vk), put_tostring(vk, &shown);
    put_sep(vk), put_tostring(vk, &v[TALLY_FF_SCOPE]);
    put_sep(vk), put_tostring(vk, &v[TALLY_FF_PERIOD]);
    put_sep(vk), put_exact(vk, &v[TALLY_FF_VALUE]);
    put_sep(vk), put_tostring(vk, &v[TALLY_FF_UNIT]);
    put_sep(vk), put_tostring(vk, &v[TALLY_FF_TEXT]);
    if (key->failed || vk->failed) {
        tally_error_set(err, "out of memory");
        goto done;
    }
    tally_buf *out = st->out;
    fg_put_string(out, key->p, key->n);
    fg_put_string(out, vk->p, vk->n);
    fg_put_string(out, NULL, 0);
    tally_value subj = fg_string_value(subject.p, subject.n);
    tally_value status = v[TALLY_FF_STATUS];
    const tally_value *row[] = {&shown, &subj, &v[TALLY_FF_KIND], &v[TALLY_FF_SCOPE],
                                &v[TALLY_FF_PERIOD], &v[TALLY_FF_PERIOD_KEY], &status,
                                &v[TALLY_FF_VALUE], &v[TALLY_FF_UNIT], &v[TALLY_FF_TEXT],
                                &mine};
    for (size_t i = 0; i < sizeof row / sizeof row[0]; i++)
        fg_put_value(out, row[i]);
    rc = 0;
done:
    free(hold.p);
    free(region.p);
    free(scope.p);
    return rc;
}

int tally_doc_figure_groups(tally_doc *doc, const tally_group_spec *spec, tally_buf *out,
                            tally_error *err)
{
    size_t n;
    const tally_value *values = tally_doc_figure_values(doc, &n, err);
    if (!values)
        return -1;
    const tally_meta *m = &doc->structure->meta;
    doc_state st;
    memset(&st, 0, sizeof st);
    st.spec = spec;
    st.out = out;
    st.cols.doc = fg_string_value(doc->name, doc->name ? strlen(doc->name) : 0);
    st.cols.date = fg_string_value(m->date, m->date ? strlen(m->date) : 0);
    st.cols.source = fg_string_value(m->source, m->source ? strlen(m->source) : 0);
    st.cols.region = fg_string_value(m->region, m->region ? strlen(m->region) : 0);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        const tally_value *v = values + i * TALLY_FF_COUNT;
        rc = spec->rule == TALLY_GROUP_LINE_UP ? line_up_figure(&st, v, err)
                                               : claims_figure(&st, v, err);
    }
    if (rc == 0 && out->failed) {
        tally_error_set(err, "out of memory");
        rc = -1;
    }
    free(st.seen.slots);
    fg_arena_free(&st.keys);
    tally_buf_free(&st.key);
    tally_buf_free(&st.vkey);
    tally_buf_free(&st.by);
    return rc;
}
