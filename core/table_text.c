/* The aligned table without Lua (tally/table_text.h), byte for byte
 * formats.table of scripts/lib/tally/format.lua: cells cleaned and cut as
 * table_cells makes them, lines padded and joined as line() does. */
#include "tally/table_text.h"

#include "tally/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void tally_table_cell(tally_buf *out, const char *s, size_t n, int max_width, int right)
{
    /* :gsub("[\r\n\t]", " "):gsub("%c", "") */
    char *clean = malloc(n ? n : 1);
    if (!clean) {
        out->failed = 1;
        return;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r' || c == '\n' || c == '\t')
            clean[k++] = ' ';
        else if (c >= 0x20 && c != 0x7F)
            clean[k++] = (char)c;
    }
    /* clip(s, max, right): tally.clip(s, max, "...", right and "end" or "start") */
    const char *head = clean, *tail = "";
    size_t head_n = k, tail_n = 0;
    if (max_width > 0 && tally_display_width(clean, k) > (size_t)max_width) {
        size_t room = (size_t)max_width > 3 ? (size_t)max_width - 3 : 0;
        size_t keep = tally_fit_width(clean, k, room, right);
        if (right) {
            head = "...", head_n = 3;
            tail = clean + k - keep, tail_n = keep;
        } else {
            head_n = keep;
            tail = "...", tail_n = 3;
        }
    }
    uint32_t w = (uint32_t)(tally_display_width(head, head_n) + tally_display_width(tail, tail_n));
    uint32_t len = (uint32_t)(head_n + tail_n);
    tally_buf_add(out, (const char *)&w, 4);
    tally_buf_add(out, (const char *)&len, 4);
    tally_buf_add(out, head, head_n);
    tally_buf_add(out, tail, tail_n);
    free(clean);
}

int tally_table_grid_init(tally_table_grid *g, const char *const *names, const int *right,
                          size_t n_columns)
{
    memset(g, 0, sizeof *g);
    g->n_columns = n_columns;
    g->widths = calloc(n_columns ? n_columns : 1, sizeof *g->widths);
    g->right = calloc(n_columns ? n_columns : 1, sizeof *g->right);
    if (!g->widths || !g->right) {
        tally_table_grid_free(g);
        return -1;
    }
    for (size_t j = 0; j < n_columns; j++) {
        g->widths[j] = tally_display_width(names[j], strlen(names[j]));
        g->right[j] = right[j];
    }
    return 0;
}

void tally_table_grid_free(tally_table_grid *g)
{
    free(g->widths);
    free(g->right);
    tally_buf_free(&g->cells);
    g->widths = NULL, g->right = NULL;
}

/* The cell at *p: its width, bytes and length; advances *p. */
static int read_cell(const char **p, const char *end, uint32_t *w, const char **s, uint32_t *n)
{
    if (end - *p < 8)
        return -1;
    memcpy(w, *p, 4);
    memcpy(n, *p + 4, 4);
    *p += 8;
    if ((size_t)(end - *p) < *n)
        return -1;
    *s = *p;
    *p += *n;
    return 0;
}

int tally_table_grid_measure(tally_table_grid *g, const char *cells, size_t len, size_t *rows,
                             tally_error *err)
{
    *rows = 0;
    if (g->n_columns == 0 || len == 0)
        return 0;
    const char *p = cells, *end = cells + len;
    while (p < end) {
        for (size_t j = 0; j < g->n_columns; j++) {
            uint32_t w, n;
            const char *s;
            if (read_cell(&p, end, &w, &s, &n) < 0) {
                tally_error_set(err, "table: malformed cells");
                return -1;
            }
            if (w > g->widths[j])
                g->widths[j] = w;
        }
        (*rows)++;
    }
    return 0;
}

int tally_table_grid_add(tally_table_grid *g, const char *cells, size_t len, tally_error *err)
{
    size_t rows;
    if (tally_table_grid_measure(g, cells, len, &rows, err) < 0)
        return -1;
    if (rows == 0)
        return 0;
    tally_buf_add(&g->cells, cells, len);
    if (g->cells.failed) {
        tally_error_set(err, "out of memory");
        return -1;
    }
    g->rows += rows;
    return 0;
}

static void add_spaces(tally_buf *b, size_t n)
{
    static const char spaces[] = "                                ";
    while (n > 0) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        tally_buf_add(b, spaces, k);
        n -= k;
    }
}

/* One line: the cells padded to their column's width (numbers on the
 * right), joined by two spaces, trailing white space off. */
static void add_cell(tally_buf *line, const tally_table_grid *g, size_t j, const char *s,
                     size_t n, size_t w)
{
    if (j)
        tally_buf_add(line, "  ", 2);
    size_t pad = g->widths[j] > w ? g->widths[j] - w : 0;
    if (g->right[j]) {
        add_spaces(line, pad);
        tally_buf_add(line, s, n);
    } else {
        tally_buf_add(line, s, n);
        add_spaces(line, pad);
    }
}

/* Ends a line: trailing white space off (:gsub("%s+$", "")), then "\n". */
static void end_line(tally_buf *line, size_t from)
{
    while (line->n > from && line->p[line->n - 1] != '\0' &&
           strchr(" \t\n\v\f\r", line->p[line->n - 1]))
        line->n--;
    tally_buf_add(line, "\n", 1);
}

/* One line of the table: the next row's cells read from *p, padded and joined. */
static int write_row(const tally_table_grid *g, const char **p, const char *end, tally_buf *out)
{
    size_t from = out->n;
    for (size_t j = 0; j < g->n_columns; j++) {
        uint32_t w, n;
        const char *s;
        if (read_cell(p, end, &w, &s, &n) < 0)
            return -1;
        add_cell(out, g, j, s, n, w);
    }
    end_line(out, from);
    return 0;
}

int tally_table_grid_text(const tally_table_grid *g, const char *const *names, size_t *pos,
                          size_t max_bytes, tally_buf *out)
{
    if (*pos == 0) {
        size_t from = out->n;
        for (size_t j = 0; j < g->n_columns; j++)
            add_cell(out, g, j, names[j], strlen(names[j]),
                     tally_display_width(names[j], strlen(names[j])));
        end_line(out, from);
        /* the rule is written as it is (it has no trailing spaces) */
        for (size_t j = 0; j < g->n_columns; j++) {
            if (j)
                tally_buf_add(out, "  ", 2);
            for (size_t k = 0; k < g->widths[j]; k++)
                tally_buf_add(out, "-", 1);
        }
        tally_buf_add(out, "\n", 1);
        *pos = 1;
    }
    if (!g->cells.p) /* no rows */
        return out->failed ? -1 : 0;
    const char *p = g->cells.p + (*pos - 1), *end = g->cells.p + g->cells.n;
    while (p < end && out->n < max_bytes) {
        if (write_row(g, &p, end, out) < 0)
            return -1;
    }
    if (out->failed)
        return -1;
    if (p < end) {
        *pos = (size_t)(p - g->cells.p) + 1;
        return 1;
    }
    *pos = g->cells.n + 1;
    return 0;
}

int tally_table_grid_lines(const tally_table_grid *g, const char *cells, size_t len,
                           tally_buf *out)
{
    const char *p = cells, *end = cells + len;
    while (g->n_columns > 0 && p < end) {
        if (write_row(g, &p, end, out) < 0)
            return -1;
    }
    return out->failed ? -1 : 0;
}

int tally_table_grid_write(const tally_table_grid *g, const char *const *names, FILE *f)
{
    tally_buf chunk = {0};
    size_t pos = 0;
    int rc;
    do {
        chunk.n = 0;
        rc = tally_table_grid_text(g, names, &pos, 1 << 16, &chunk);
        if (rc >= 0 && chunk.n && fwrite(chunk.p, 1, chunk.n, f) != chunk.n)
            rc = -1;
    } while (rc == 1);
    tally_buf_free(&chunk);
    return rc < 0 ? -1 : 0;
}
