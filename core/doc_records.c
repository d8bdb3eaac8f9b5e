/* Records without Lua (tally/doc_records.h): a figure's fields as typed
 * values, and a document's figure rows as jsonl or csv text. core/lua_figures.c
 * makes its Lua records from the same values, so the two never drift. */
#include "tally/doc_records.h"

#include "tally/doc_figures.h"
#include "tally/structure.h"
#include "tally/table_text.h"

#include "figure_rules.h"
#include "structure_tables.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const tally_figure_field_names[TALLY_FF_COUNT] = {
    "text", "start", "stop", "value", "value_max", "unit", "kind", "approx", "scope",
    "subject", "period", "sentence", "subject_key", "period_key", "status", "region",
    "region_scope"};

static void set_string(tally_value *v, const char *s, size_t n)
{
    v->type = TALLY_VALUE_STRING, v->s = s, v->len = n;
}

static void set_cstring(tally_value *v, const char *s)
{
    if (s)
        set_string(v, s, strlen(s));
}

static void set_span(tally_value *v, const char *text, tally_span sp)
{
    if (sp.stop > sp.start)
        set_string(v, text + sp.start, sp.stop - sp.start);
}

static void set_integer(tally_value *v, long long i)
{
    v->type = TALLY_VALUE_INTEGER, v->i = i;
}

/* Integral values are integers (8, not 8.0), as Lua prints them. */
static void set_number(tally_value *v, double d)
{
    if (isfinite(d) && d == floor(d) && fabs(d) < 9007199254740992.0)
        set_integer(v, (long long)d);
    else
        v->type = TALLY_VALUE_NUMBER, v->d = d;
}

void tally_figure_values(const char *text, const tally_figure *f, const char *doc_region,
                         tally_value v[TALLY_FF_COUNT])
{
    memset(v, 0, TALLY_FF_COUNT * sizeof *v);
    set_string(&v[TALLY_FF_TEXT], text + f->span.start, f->span.stop - f->span.start);
    set_integer(&v[TALLY_FF_START], (long long)f->span.start + 1);
    set_integer(&v[TALLY_FF_STOP], (long long)f->span.stop);
    set_number(&v[TALLY_FF_VALUE], f->value);
    if (f->has_max)
        set_number(&v[TALLY_FF_VALUE_MAX], f->value_max);
    set_cstring(&v[TALLY_FF_UNIT], f->unit);
    set_cstring(&v[TALLY_FF_KIND], tally_figure_kind_name(f->kind));
    if (f->approx != TALLY_APPROX_NONE)
        set_cstring(&v[TALLY_FF_APPROX], tally_approx_name(f->approx));
    set_span(&v[TALLY_FF_SCOPE], text, f->scope);
    set_span(&v[TALLY_FF_SUBJECT], text, f->subject);
    set_span(&v[TALLY_FF_PERIOD], text, f->period);
    set_integer(&v[TALLY_FF_SENTENCE], (long long)f->sentence + 1);
    if (f->subject_key[0])
        set_cstring(&v[TALLY_FF_SUBJECT_KEY], f->subject_key);
    if (f->period_key[0])
        set_cstring(&v[TALLY_FF_PERIOD_KEY], f->period_key);
    set_cstring(&v[TALLY_FF_STATUS], tally_status_name(f->status));
    if (f->region_scope == TALLY_REGION_NAMED) {
        /* 深圳 in a report of 深圳市 is the document's region, named alike */
        size_t n = f->region.stop - f->region.start;
        tally_error err;
        char *folded = tally_fold_simplified(text + f->region.start, n, &err);
        size_t dn = doc_region ? strlen(doc_region) : 0;
        const char *full = folded ? tally_place_full_name(folded) : NULL;
        /* 美國: a foreign country by its Simplified name, as places are */
        for (size_t k = 0; folded && !full && tally_region_foreign_names[k]; k++)
            if (strcmp(folded, tally_region_foreign_names[k]) == 0)
                full = tally_region_foreign_names[k];
        for (size_t k = 0; full && tally_region_foreign_aliases[k]; k += 2)
            if (strcmp(full, tally_region_foreign_aliases[k]) == 0)
                full = tally_region_foreign_aliases[k + 1];
        if (folded && dn >= n && memcmp(doc_region, folded, n) == 0)
            set_cstring(&v[TALLY_FF_REGION], doc_region);
        else if (full) /* 湖南, 臺灣: the full Simplified name, as the document's region is */
            set_cstring(&v[TALLY_FF_REGION], full);
        else
            set_span(&v[TALLY_FF_REGION], text, f->region);
        free(folded);
    } else if (f->region_scope == TALLY_REGION_DOCUMENT && doc_region) {
        set_cstring(&v[TALLY_FF_REGION], doc_region);
    } else if (f->region_scope == TALLY_REGION_COUNTRY && doc_region &&
               f->region.stop > f->region.start) {
        /* 国内需求 in a Taiwan text: the document's own (docs/figures.md) */
        int self = 0;
        for (size_t k = 0; tally_region_self_country_docs[k] && !self; k++)
            self = strcmp(doc_region, tally_region_self_country_docs[k]) == 0;
        tally_error err;
        char *folded = self ? tally_fold_simplified(text + f->region.start,
                                                    f->region.stop - f->region.start, &err)
                            : NULL;
        for (size_t k = 0; folded && tally_country_words[k]; k++)
            if (strcmp(folded, tally_country_words[k]) == 0) {
                set_cstring(&v[TALLY_FF_REGION], doc_region);
                break;
            }
        free(folded);
    }
    set_cstring(&v[TALLY_FF_REGION_SCOPE], tally_region_scope_name(f->region_scope));
}

const tally_value *tally_doc_figure_values(tally_doc *doc, size_t *n, tally_error *err)
{
    const tally_structure *st = tally_doc_structure(doc, err);
    if (!st)
        return NULL;
    size_t nf;
    const tally_figure *figs = tally_doc_figures(doc, &nf, err);
    if (!figs)
        return NULL;
    if (!doc->figure_values) {
        tally_value *v = calloc(nf ? nf * TALLY_FF_COUNT : 1, sizeof *v);
        if (!v) {
            tally_error_set(err, "out of memory");
            return NULL;
        }
        for (size_t i = 0; i < nf; i++)
            tally_figure_values(doc->text, &figs[i], st->meta.region, v + i * TALLY_FF_COUNT);
        doc->figure_values = v;
    }
    *n = nf;
    return doc->figure_values;
}

int tally_rows_column(const char *name)
{
    static const struct {
        const char *name;
        int col;
    } doc_cols[] = {{"doc", TALLY_COL_DOC},
                    {"date", TALLY_COL_DATE},
                    {"source", TALLY_COL_SOURCE},
                    {"doc_region", TALLY_COL_DOC_REGION}};
    for (size_t k = 0; k < sizeof doc_cols / sizeof doc_cols[0]; k++)
        if (strcmp(name, doc_cols[k].name) == 0)
            return doc_cols[k].col;
    /* region is the figure's own (the document's is doc_region) */
    for (int f = 0; f < TALLY_FF_COUNT; f++)
        if (strcmp(name, tally_figure_field_names[f]) == 0)
            return f;
    return TALLY_COL_NONE;
}

/* A number as tally.json.encode writes it (null for NaN and infinities). */
static void json_value(tally_buf *b, const tally_value *v)
{
    char num[48];
    switch (v->type) {
    case TALLY_VALUE_NONE:
        tally_buf_add(b, "null", 4);
        return;
    case TALLY_VALUE_STRING:
        tally_json_string(b, v->s, v->len);
        return;
    case TALLY_VALUE_INTEGER:
        snprintf(num, sizeof num, "%lld", v->i);
        tally_buf_adds(b, num);
        return;
    case TALLY_VALUE_NUMBER:
        tally_buf_adds(b, tally_json_number_text(v->d, num, sizeof num) ? num : "null");
        return;
    }
}

/* A CSV field as format.lua's csv_field writes it: numbers in their
 * shortest exact form (Lua's tostring for NaN and infinities), text quoted
 * when it holds a comma, a quote, CR or LF, quotes doubled. */
static void csv_value(tally_buf *b, const tally_value *v)
{
    char num[48];
    switch (v->type) {
    case TALLY_VALUE_NONE:
        return;
    case TALLY_VALUE_INTEGER:
        snprintf(num, sizeof num, "%lld", v->i);
        tally_buf_adds(b, num);
        return;
    case TALLY_VALUE_NUMBER:
        if (!tally_json_number_text(v->d, num, sizeof num))
            snprintf(num, sizeof num, "%.14g", v->d); /* LUAI_NUMFFORMAT */
        tally_buf_adds(b, num);
        return;
    case TALLY_VALUE_STRING: {
        int quote = 0;
        for (size_t i = 0; i < v->len && !quote; i++)
            quote = v->s[i] == ',' || v->s[i] == '"' || v->s[i] == '\r' || v->s[i] == '\n';
        if (!quote) {
            tally_buf_add(b, v->s, v->len);
            return;
        }
        tally_buf_add(b, "\"", 1);
        size_t from = 0;
        for (size_t i = 0; i < v->len; i++)
            if (v->s[i] == '"') {
                tally_buf_add(b, v->s + from, i + 1 - from);
                tally_buf_add(b, "\"", 1);
                from = i + 1;
            }
        tally_buf_add(b, v->s + from, v->len - from);
        tally_buf_add(b, "\"", 1);
        return;
    }
    }
}

/* A cell of the aligned table: the value as tally.cell_text writes it. */
static void table_value(tally_buf *b, const tally_value *v, int max_width, int right)
{
    char num[48];
    switch (v->type) {
    case TALLY_VALUE_NONE:
        tally_table_cell(b, "", 0, max_width, right);
        return;
    case TALLY_VALUE_STRING:
        tally_table_cell(b, v->s, v->len, max_width, right);
        return;
    case TALLY_VALUE_INTEGER:
        snprintf(num, sizeof num, "%lld", v->i);
        break;
    case TALLY_VALUE_NUMBER:
        if (!tally_json_number_text(v->d, num, sizeof num))
            snprintf(num, sizeof num, "%.14g", v->d); /* tostring */
        break;
    }
    tally_table_cell(b, num, strlen(num), max_width, right);
}

int tally_doc_figure_rows(tally_doc *doc, const tally_rows_spec *spec, tally_buf *out,
                          tally_error *err)
{
    size_t n;
    const tally_value *values = tally_doc_figure_values(doc, &n, err);
    if (!values)
        return -1;
    const tally_figure *figs = doc->figures;
    const tally_meta *m = &doc->structure->meta;
    tally_value docv[4];
    memset(docv, 0, sizeof docv);
    set_cstring(&docv[TALLY_COL_DOC - TALLY_COL_DOC], doc->name);
    set_cstring(&docv[TALLY_COL_DATE - TALLY_COL_DOC], m->date);
    set_cstring(&docv[TALLY_COL_SOURCE - TALLY_COL_DOC], m->source);
    set_cstring(&docv[TALLY_COL_DOC_REGION - TALLY_COL_DOC], m->region);
    static const tally_value none = {TALLY_VALUE_NONE, NULL, 0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        const tally_figure *f = &figs[i];
        if (spec->kind >= 0 && (int)f->kind != spec->kind)
            continue;
        const tally_value *v = values + i * TALLY_FF_COUNT;
        if (spec->format == TALLY_ROWS_JSONL)
            tally_buf_add(out, "{", 1);
        for (int c = 0; c < spec->n_columns; c++) {
            int col = spec->columns[c];
            const tally_value *cell = col == TALLY_COL_NONE ? &none
                                      : col >= TALLY_COL_DOC ? &docv[col - TALLY_COL_DOC]
                                                             : &v[col];
            if (spec->format == TALLY_ROWS_TABLE) {
                table_value(out, cell, spec->max_width, spec->right[c]);
            } else if (spec->format == TALLY_ROWS_JSONL) {
                if (c)
                    tally_buf_add(out, ",", 1);
                tally_json_string(out, spec->names[c], strlen(spec->names[c]));
                tally_buf_add(out, ":", 1);
                json_value(out, cell);
            } else {
                if (c)
                    tally_buf_add(out, ",", 1);
                csv_value(out, cell);
            }
        }
        if (spec->format != TALLY_ROWS_TABLE)
            tally_buf_add(out, spec->format == TALLY_ROWS_JSONL ? "}\n" : "\r\n", 2);
    }
    if (out->failed) {
        tally_error_set(err, "out of memory");
        return -1;
    }
    return 0;
}
