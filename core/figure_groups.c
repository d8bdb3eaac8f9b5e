/* Figures grouped without Lua (tally/figure_groups.h): per document on a
 * corpus reader's worker, the keys of tally.compare.figures and of the
 * claims script, made exactly as the Lua code makes them (the same folding,
 * trimming and word lists, the same text for values in keys), so a run is
 * byte for byte the same whichever side groups; and the aggregate the
 * script's thread merges each document's entries into. */
#include "tally/figure_groups.h"

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

/* ---- storage: an arena of copied strings and a map from strings ---- */

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    char data[];
} chunk;

typedef struct arena {
    chunk *head;
} arena;

/* A copy of s[0..n) that lives as long as the arena (never NULL on success,
 * even for n == 0); NULL when out of memory. */
static char *arena_copy(arena *a, const char *s, size_t n)
{
    if (!a->head || a->head->cap - a->head->used < n + 1) {
        size_t cap = n + 1 > 65536 ? n + 1 : 65536;
        chunk *c = malloc(sizeof *c + cap);
        if (!c)
            return NULL;
        c->next = a->head, c->used = 0, c->cap = cap;
        a->head = c;
    }
    char *p = a->head->data + a->head->used;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    a->head->used += n + 1;
    return p;
}

static void arena_free(arena *a)
{
    for (chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    a->head = NULL;
}

typedef struct map_slot {
    const char *k; /* NULL: empty */
    size_t len;
    uint64_t h;
    size_t v;
} map_slot;

typedef struct str_map {
    map_slot *slots;
    size_t cap, n;
} str_map;

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

/* The slot of key k: the one holding it, or the empty one it would go in. */
static map_slot *map_slot_of(const str_map *m, const char *k, size_t len, uint64_t h)
{
    size_t i = (size_t)h & (m->cap - 1);
    for (;;) {
        map_slot *s = &m->slots[i];
        if (!s->k || (s->h == h && s->len == len && memcmp(s->k, k, len) == 0))
            return s;
        i = (i + 1) & (m->cap - 1);
    }
}

static int map_get(const str_map *m, const char *k, size_t len, uint64_t h, size_t *v)
{
    if (!m->cap)
        return 0;
    map_slot *s = map_slot_of(m, k, len, h);
    if (!s->k)
        return 0;
    *v = s->v;
    return 1;
}

/* Puts k (which must outlive the map) -> v; k is not in the map yet. */
static int map_put(str_map *m, const char *k, size_t len, uint64_t h, size_t v)
{
    if ((m->n + 1) * 10 > m->cap * 7) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        map_slot *slots = calloc(cap, sizeof *slots);
        if (!slots)
            return -1;
        str_map bigger = {slots, cap, m->n};
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].k)
                *map_slot_of(&bigger, m->slots[i].k, m->slots[i].len, m->slots[i].h) =
                    m->slots[i];
        free(m->slots);
        *m = bigger;
    }
    map_slot *s = map_slot_of(m, k, len, h);
    s->k = k, s->len = len, s->h = h, s->v = v;
    m->n++;
    return 0;
}

/* Grows an array of elements of size sz to hold one more. */
static int grow(void **p, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap)
        return 0;
    size_t c = *cap ? *cap * 2 : 64;
    void *q = realloc(*p, c * sz);
    if (!q)
        return -1;
    *p = q, *cap = c;
    return 0;
}

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
    arena_free(&s->strings);
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
    char *c = arena_copy(&s->strings, p, n);
    if (!c)
        return -1;
    out->p = c, out->n = n;
    return 0;
}

int tally_group_spec_synonym(tally_group_spec *s, const char *form, size_t form_len,
                             const char *canon, size_t canon_len)
{
    uint64_t h = hash_bytes(form, form_len);
    size_t v;
    if (map_get(&s->synonyms, form, form_len, h, &v))
        return 0; /* the first given wins, as idx[form] = idx[form] or canon */
    str f, c;
    if (copy_str(s, form, form_len, &f) < 0 || copy_str(s, canon, canon_len, &c) < 0 ||
        grow((void **)&s->canon, &s->cap_canon, s->n_canon, sizeof *s->canon) < 0)
        return -1;
    s->canon[s->n_canon] = c;
    if (map_put(&s->synonyms, f.p, f.n, h, s->n_canon) < 0)
        return -1;
    s->n_canon++;
    return 0;
}

int tally_group_spec_word(tally_group_spec *s, tally_group_words list, const char *w,
                          size_t len)
{
    word_list *l = &s->words[list];
    str c;
    if (copy_str(s, w, len, &c) < 0 || grow((void **)&l->w, &l->cap, l->n, sizeof *l->w) < 0)
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
        grow((void **)&s->rates, &s->cap_rates, s->n_rates, sizeof *s->rates) < 0)
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
    if (n > 0 && map_get(&s->synonyms, p, n, hash_bytes(p, n), &v))
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
    if (map_get(&s->synonyms, hold->p, hold->n, hash_bytes(hold->p, hold->n), &v))
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

/* ---- entries: values written one after another ---- */

static void put_value(tally_buf *b, const tally_value *v)
{
    unsigned char tag[1 + 8];
    switch (v->type) {
    case TALLY_VALUE_NONE:
        tally_buf_add(b, "n", 1);
        return;
    case TALLY_VALUE_STRING: {
        uint32_t n = (uint32_t)v->len;
        tag[0] = 's';
        memcpy(tag + 1, &n, 4);
        tally_buf_add(b, (const char *)tag, 5);
        tally_buf_add(b, v->s, v->len);
        return;
    }
    case TALLY_VALUE_INTEGER:
        tag[0] = 'i';
        memcpy(tag + 1, &v->i, 8);
        tally_buf_add(b, (const char *)tag, 9);
        return;
    case TALLY_VALUE_NUMBER:
        tag[0] = 'd';
        memcpy(tag + 1, &v->d, 8);
        tally_buf_add(b, (const char *)tag, 9);
        return;
    }
}

static tally_value string_value(const char *p, size_t n)
{
    tally_value v = {TALLY_VALUE_NONE, NULL, 0, 0, 0};
    if (p)
        v.type = TALLY_VALUE_STRING, v.s = p, v.len = n;
    return v;
}

static void put_string(tally_buf *b, const char *p, size_t n)
{
    tally_value v = string_value(p, n);
    put_value(b, &v);
}

static int get_value(const char **p, const char *end, tally_value *v)
{
    memset(v, 0, sizeof *v);
    if (*p >= end)
        return -1;
    char tag = *(*p)++;
    switch (tag) {
    case 'n':
        return 0;
    case 's': {
        uint32_t n;
        if (end - *p < 4)
            return -1;
        memcpy(&n, *p, 4);
        *p += 4;
        if ((size_t)(end - *p) < n)
            return -1;
        v->type = TALLY_VALUE_STRING, v->s = *p, v->len = n;
        *p += n;
        return 0;
    }
    case 'i':
    case 'd':
        if (end - *p < 8)
            return -1;
        if (tag == 'i')
            v->type = TALLY_VALUE_INTEGER, memcpy(&v->i, *p, 8);
        else
            v->type = TALLY_VALUE_NUMBER, memcpy(&v->d, *p, 8);
        *p += 8;
        return 0;
    }
    return -1;
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
                return string_value(t + i, 4);
        }
    }
    const tally_value *date = &d->date;
    if (date->type == TALLY_VALUE_STRING && date->len >= 4) {
        for (size_t k = 0; k < 4; k++)
            if (date->s[k] < '0' || date->s[k] > '9')
                return none;
        return string_value(date->s, 4);
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
    if (is_string(&v[TALLY_FF_KIND], "money") && !is_string(&unit, "元") &&
        unit.type == TALLY_VALUE_STRING && value.type != TALLY_VALUE_NONE) {
        for (size_t i = 0; i < s->n_rates; i++)
            if (str_eq(s->rates[i].unit, unit.s, unit.len)) {
                value = times(&value, &s->rates[i].rate);
                unit = string_value("元", strlen("元"));
                break;
            }
    }
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
        status = string_value("actual", 6);
    tally_value subject = string_value(canon.p, canon.n);
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
                    ? string_value(s->country, strlen(s->country))
                    : d->doc;
    /* the same figure stated twice in one report counts once */
    put_sep(key), put_tostring(key, &group);
    put_sep(key), put_tostring(key, &d->doc);
    put_sep(key), put_tostring(key, &v[TALLY_FF_PERIOD_KEY]);
    put_sep(key), put_tostring(key, &value);
    if (key->failed)
        goto oom;
    uint64_t h = hash_bytes(key->p, key->n);
    size_t seen;
    if (map_get(&st->seen, key->p, key->n, h, &seen))
        goto done;
    char *kept = arena_copy(&st->keys, key->p, key->n);
    if (!kept || map_put(&st->seen, kept, key->n, h, 1) < 0)
        goto oom;

    tally_buf *by = &st->by, *vk = &st->vkey;
    by->n = vk->n = 0;
    put_tostring(by, &group);
    const tally_value *parts[] = {&v[TALLY_FF_PERIOD], NULL, &v[TALLY_FF_SUBJECT_KEY],
                                  &v[TALLY_FF_APPROX], &v[TALLY_FF_TEXT], &v[TALLY_FF_SUBJECT],
                                  &v[TALLY_FF_REGION], &d->date, &d->source, &v[TALLY_FF_SCOPE]};
    put_tostring(vk, &group);
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        put_sep(vk);
        if (parts[i])
            put_tostring(vk, parts[i]);
        else
            put_exact(vk, &value);
    }
    tally_buf *out = st->out;
    put_string(out, key->p, key_len);
    put_string(out, vk->p, vk->n);
    put_string(out, by->p, by->n);
    /* the group: subject, kind, unit, period_key, status */
    put_value(out, &subject), put_value(out, &v[TALLY_FF_KIND]), put_value(out, &unit);
    put_value(out, &v[TALLY_FF_PERIOD_KEY]), put_value(out, &status);
    /* the row, as tally_line_up_row_fields, then the by value */
    const tally_value *row[] = {&subject, &v[TALLY_FF_KIND], &v[TALLY_FF_PERIOD], &value,
                                &v[TALLY_FF_PERIOD_KEY], &status, &v[TALLY_FF_SUBJECT_KEY],
                                &v[TALLY_FF_APPROX], &v[TALLY_FF_TEXT], &v[TALLY_FF_SUBJECT],
                                &v[TALLY_FF_REGION], &d->date, &d->source, &v[TALLY_FF_SCOPE],
                                &group};
    for (size_t i = 0; i < sizeof row / sizeof row[0]; i++)
        put_value(out, row[i]);
    if (vk->failed || by->failed)
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

    tally_value shown = country ? string_value(s->country, strlen(s->country))
                        : r->type != TALLY_VALUE_NONE ? *r
                                                      : d->region;
    char num[64];
    cell_text(&v[TALLY_FF_VALUE], num, sizeof num);
    tally_value mine = string_value(num, strlen(num));
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
    put_string(out, key->p, key->n);
    put_string(out, vk->p, vk->n);
    put_string(out, NULL, 0);
    tally_value subj = string_value(subject.p, subject.n);
    tally_value status = v[TALLY_FF_STATUS];
    const tally_value *row[] = {&shown, &subj, &v[TALLY_FF_KIND], &v[TALLY_FF_SCOPE],
                                &v[TALLY_FF_PERIOD], &v[TALLY_FF_PERIOD_KEY], &status,
                                &v[TALLY_FF_VALUE], &v[TALLY_FF_UNIT], &v[TALLY_FF_TEXT],
                                &mine};
    for (size_t i = 0; i < sizeof row / sizeof row[0]; i++)
        put_value(out, row[i]);
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
    st.cols.doc = string_value(doc->name, doc->name ? strlen(doc->name) : 0);
    st.cols.date = string_value(m->date, m->date ? strlen(m->date) : 0);
    st.cols.source = string_value(m->source, m->source ? strlen(m->source) : 0);
    st.cols.region = string_value(m->region, m->region ? strlen(m->region) : 0);
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
    arena_free(&st.keys);
    tally_buf_free(&st.key);
    tally_buf_free(&st.vkey);
    tally_buf_free(&st.by);
    return rc;
}

/* ---- the aggregate (on the script's thread) ---- */

struct tally_figure_groups {
    tally_group_rule rule;
    size_t n_gf, n_vf;
    arena a;
    str_map groups;   /* group key -> group */
    str_map bys;      /* group + by value -> seen */
    str_map variants; /* group + row key -> variant */
    tally_value *gfields;
    size_t *gn;
    size_t n_groups, cap_groups, cap_gn;
    tally_value *vfields;
    size_t *vgroup;
    size_t n_variants, cap_variants, cap_vgroup;
    size_t *occ_v, *occ_d;
    size_t n_occ, cap_occ_v, cap_occ_d;
    char **docs;
    size_t n_docs, cap_docs;
    tally_buf scratch;
};

tally_figure_groups *tally_figure_groups_new(tally_group_rule rule)
{
    tally_figure_groups *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->rule = rule;
    g->n_gf = rule == TALLY_GROUP_LINE_UP ? TALLY_LINE_UP_GROUP_FIELDS : 0;
    g->n_vf = rule == TALLY_GROUP_LINE_UP ? TALLY_LINE_UP_ROW_FIELDS : TALLY_CLAIMS_ROW_FIELDS;
    return g;
}

void tally_figure_groups_free(tally_figure_groups *g)
{
    if (!g)
        return;
    arena_free(&g->a);
    free(g->groups.slots);
    free(g->bys.slots);
    free(g->variants.slots);
    free(g->gfields);
    free(g->gn);
    free(g->vfields);
    free(g->vgroup);
    free(g->occ_v);
    free(g->occ_d);
    free(g->docs);
    tally_buf_free(&g->scratch);
    free(g);
}

/* The value with its string copied into the aggregate. */
static int keep_value(tally_figure_groups *g, const tally_value *v, tally_value *out)
{
    *out = *v;
    if (v->type == TALLY_VALUE_STRING) {
        char *c = arena_copy(&g->a, v->s, v->len);
        if (!c)
            return -1;
        out->s = c;
    }
    return 0;
}

/* Finds or adds the key (prefixed with the group's number when group is
 * not SIZE_MAX) in map; *added says whether it is new, *idx is its value
 * (next when new). */
static int find_or_add(tally_figure_groups *g, str_map *map, size_t group, const tally_value *key,
                       size_t next, size_t *idx, int *added)
{
    tally_buf *b = &g->scratch;
    b->n = 0;
    if (group != SIZE_MAX)
        tally_buf_add(b, (const char *)&group, sizeof group);
    tally_buf_add(b, key->s ? key->s : "", key->len);
    if (b->failed)
        return -1;
    const char *k = b->p ? b->p : "";
    uint64_t h = hash_bytes(k, b->n);
    *added = 0;
    if (map_get(map, k, b->n, h, idx))
        return 0;
    char *c = arena_copy(&g->a, k, b->n);
    if (!c || map_put(map, c, b->n, h, next) < 0)
        return -1;
    *idx = next;
    *added = 1;
    return 0;
}

int tally_figure_groups_add(tally_figure_groups *g, const char *doc, const char *entries,
                            size_t len, tally_error *err)
{
    const char *p = entries, *end = entries + len;
    size_t doc_index = SIZE_MAX;
    tally_value gf[TALLY_LINE_UP_GROUP_FIELDS], vf[TALLY_LINE_UP_ROW_FIELDS];
    while (p < end) {
        tally_value key, vkey, by;
        if (get_value(&p, end, &key) < 0 || get_value(&p, end, &vkey) < 0 ||
            get_value(&p, end, &by) < 0 || key.type != TALLY_VALUE_STRING ||
            vkey.type != TALLY_VALUE_STRING)
            goto bad;
        for (size_t i = 0; i < g->n_gf; i++)
            if (get_value(&p, end, &gf[i]) < 0)
                goto bad;
        for (size_t i = 0; i < g->n_vf; i++)
            if (get_value(&p, end, &vf[i]) < 0)
                goto bad;
        if (doc_index == SIZE_MAX) {
            char *name = arena_copy(&g->a, doc, strlen(doc));
            if (!name || grow((void **)&g->docs, &g->cap_docs, g->n_docs, sizeof *g->docs) < 0)
                goto oom;
            doc_index = g->n_docs;
            g->docs[g->n_docs++] = name;
        }
        size_t gi, vi;
        int added;
        if (find_or_add(g, &g->groups, SIZE_MAX, &key, g->n_groups, &gi, &added) < 0)
            goto oom;
        if (added) {
            if (grow((void **)&g->gn, &g->cap_gn, g->n_groups, sizeof *g->gn) < 0 ||
                (g->n_gf && grow((void **)&g->gfields, &g->cap_groups, g->n_groups,
                                 g->n_gf * sizeof *g->gfields) < 0))
                goto oom;
            for (size_t i = 0; i < g->n_gf; i++)
                if (keep_value(g, &gf[i], &g->gfields[g->n_groups * g->n_gf + i]) < 0)
                    goto oom;
            g->gn[g->n_groups++] = 0;
        }
        if (by.type == TALLY_VALUE_STRING) {
            size_t unused;
            if (find_or_add(g, &g->bys, gi, &by, 1, &unused, &added) < 0)
                goto oom;
            if (added)
                g->gn[gi]++;
        }
        if (find_or_add(g, &g->variants, gi, &vkey, g->n_variants, &vi, &added) < 0)
            goto oom;
        if (added) {
            if (grow((void **)&g->vgroup, &g->cap_vgroup, g->n_variants, sizeof *g->vgroup) < 0 ||
                grow((void **)&g->vfields, &g->cap_variants, g->n_variants,
                     g->n_vf * sizeof *g->vfields) < 0)
                goto oom;
            for (size_t i = 0; i < g->n_vf; i++)
                if (keep_value(g, &vf[i], &g->vfields[g->n_variants * g->n_vf + i]) < 0)
                    goto oom;
            g->vgroup[g->n_variants++] = gi;
        }
        if (grow((void **)&g->occ_v, &g->cap_occ_v, g->n_occ, sizeof *g->occ_v) < 0 ||
            grow((void **)&g->occ_d, &g->cap_occ_d, g->n_occ, sizeof *g->occ_d) < 0)
            goto oom;
        g->occ_v[g->n_occ] = vi;
        g->occ_d[g->n_occ] = doc_index;
        g->n_occ++;
    }
    return 0;
bad:
    tally_error_set(err, "%s: figure groups: malformed entries", doc);
    return -1;
oom:
    tally_error_set(err, "out of memory");
    return -1;
}

size_t tally_figure_groups_count(const tally_figure_groups *g)
{
    return g->n_groups;
}

const tally_value *tally_figure_groups_group(const tally_figure_groups *g, size_t i, size_t *n_by)
{
    *n_by = g->gn[i];
    return g->n_gf ? g->gfields + i * g->n_gf : NULL;
}

size_t tally_figure_groups_variants(const tally_figure_groups *g)
{
    return g->n_variants;
}

const tally_value *tally_figure_groups_variant(const tally_figure_groups *g, size_t i,
                                               size_t *group)
{
    *group = g->vgroup[i];
    return g->vfields + i * g->n_vf;
}

size_t tally_figure_groups_occurrences(const tally_figure_groups *g)
{
    return g->n_occ;
}

void tally_figure_groups_occurrence(const tally_figure_groups *g, size_t i, size_t *variant,
                                    const char **doc)
{
    *variant = g->occ_v[i];
    *doc = g->docs[g->occ_d[i]];
}
