/* The records scripts see, built without Lua so a corpus reader's worker
 * can build them: a figure's fields as typed values (the fields of
 * Doc:figures(), docs/figures.md), and a document's rows of c:figures() as
 * jsonl or csv text, byte for byte what the Lua row writer writes
 * (scripts/lib/tally/format.lua, corpus.lua). The Lua thread then only
 * copies the text out. */
#ifndef TALLY_DOC_RECORDS_H
#define TALLY_DOC_RECORDS_H

#include "tally/document.h"
#include "tally/figures.h"
#include "tally/json_text.h"

/* A field's value: absent (nil), a string (pointing into the document's
 * text, the figure or the document's meta), an integer or a number. */
typedef enum tally_value_type {
    TALLY_VALUE_NONE,
    TALLY_VALUE_STRING,
    TALLY_VALUE_INTEGER,
    TALLY_VALUE_NUMBER
} tally_value_type;

typedef struct tally_value {
    tally_value_type type;
    const char *s;
    size_t len;
    long long i;
    double d;
} tally_value;

/* The fields of a figure record, in the order Doc:figures() sets them. */
typedef enum tally_figure_field {
    TALLY_FF_TEXT,
    TALLY_FF_START,
    TALLY_FF_STOP,
    TALLY_FF_VALUE,
    TALLY_FF_VALUE_MAX,
    TALLY_FF_UNIT,
    TALLY_FF_KIND,
    TALLY_FF_APPROX,
    TALLY_FF_SCOPE,
    TALLY_FF_SUBJECT,
    TALLY_FF_PERIOD,
    TALLY_FF_SENTENCE,
    TALLY_FF_SUBJECT_KEY,
    TALLY_FF_PERIOD_KEY,
    TALLY_FF_STATUS,
    TALLY_FF_REGION,
    TALLY_FF_REGION_SCOPE,
    TALLY_FF_COUNT
} tally_figure_field;

extern const char *const tally_figure_field_names[TALLY_FF_COUNT];

/* The record of figure f of text: v[field] for every field. doc_region is
 * the document's region (doc.meta.region) or NULL: a figure about it gets
 * that name (深圳 in a report of 深圳市 is 深圳市). */
void tally_figure_values(const char *text, const tally_figure *f, const char *doc_region,
                         tally_value v[TALLY_FF_COUNT]);

/* The records of doc's figures (found with the default tables, page
 * furniture left out), TALLY_FF_COUNT values per figure, built on first
 * use and kept in the document; *n figures. NULL with err set on failure. */
const tally_value *tally_doc_figure_values(tally_doc *doc, size_t *n, tally_error *err);

/* The rows c:figures() gives for one document, as text. */
typedef enum tally_rows_format {
    TALLY_ROWS_JSONL,
    TALLY_ROWS_CSV,
    TALLY_ROWS_TABLE /* the aligned table's cells (tally/table_text.h), lined up later */
} tally_rows_format;

/* A column of a row: one of the document's (doc, region, date, source,
 * doc_region) or a figure field; any other name is always nil. */
enum {
    TALLY_COL_NONE = -1,
    TALLY_COL_DOC = TALLY_FF_COUNT,
    TALLY_COL_DATE,
    TALLY_COL_SOURCE,
    TALLY_COL_DOC_REGION
};

#define TALLY_ROWS_MAX_COLUMNS 64

typedef struct tally_rows_spec {
    tally_rows_format format;
    int columns[TALLY_ROWS_MAX_COLUMNS]; /* a figure field, TALLY_COL_*, or TALLY_COL_NONE */
    const char *names[TALLY_ROWS_MAX_COLUMNS]; /* the column names (JSON keys) */
    int n_columns;
    int kind; /* keep only figures of this kind; -1 for all */
    int max_width; /* TALLY_ROWS_TABLE: cells cut to this width (<= 0: whole) */
    int right[TALLY_ROWS_MAX_COLUMNS]; /* TALLY_ROWS_TABLE: right-aligned columns */
} tally_rows_spec;

/* The column a name stands for (TALLY_COL_NONE for a name no row has). */
int tally_rows_column(const char *name);

/* Appends the rows of doc's figures (found with the default tables, page
 * furniture left out) to out: one JSON object per line, CSV records
 * ending CRLF (no header), or the aligned table's cells of each row. 0, or
 * -1 with err set. */
int tally_doc_figure_rows(tally_doc *doc, const tally_rows_spec *spec, tally_buf *out,
                          tally_error *err);

#endif
