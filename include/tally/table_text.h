/* The aligned table (the "table" format of scripts/lib/tally/format.lua)
 * without Lua: each cell made as format.lua makes it (the value's text, line
 * breaks and tabs as spaces, other control characters dropped, cut to the
 * maximum width with "..."), which a corpus reader's worker can do for its
 * document's rows; and the grid the script's thread collects those cells
 * in, lining the columns up by display width when it writes the table. The
 * output is byte for byte what formats.table writes. */
#ifndef TALLY_TABLE_TEXT_H
#define TALLY_TABLE_TEXT_H

#include <stdio.h>

#include "tally/json_text.h"
#include "tally/tally.h"

/* Appends the cell for the text s[0..n) (a value's tally.cell_text) to out:
 * its display width and bytes, as the grid reads them. max_width <= 0 keeps
 * the text whole; right keeps the end of a cut text (right-aligned
 * columns). */
void tally_table_cell(tally_buf *out, const char *s, size_t n, int max_width, int right);

typedef struct tally_table_grid {
    size_t n_columns;
    size_t *widths; /* the widest cell (or name) of each column so far */
    int *right;     /* right-aligned columns (numbers) */
    tally_buf cells; /* every row's cells, as tally_table_cell appends them */
    size_t rows;
} tally_table_grid;

/* A grid of these columns (names NUL-terminated). 0, or -1 out of memory. */
int tally_table_grid_init(tally_table_grid *g, const char *const *names, const int *right,
                          size_t n_columns);
void tally_table_grid_free(tally_table_grid *g);
/* Widens the columns to fit rows of cells (n_columns cells each) without
 * keeping them; *rows is how many rows they were. 0, or -1 with err set. */
int tally_table_grid_measure(tally_table_grid *g, const char *cells, size_t len, size_t *rows,
                             tally_error *err);
/* Adds rows of cells (n_columns cells each). 0, or -1 with err set. */
int tally_table_grid_add(tally_table_grid *g, const char *cells, size_t len, tally_error *err);
/* The table's text from *pos on (0: the start, the header and the rule
 * first), appended to out until it holds max_bytes or the table ends;
 * *pos is then where to go on. 1 when more is left, 0 at the end, -1 out
 * of memory. */
int tally_table_grid_text(const tally_table_grid *g, const char *const *names, size_t *pos,
                          size_t max_bytes, tally_buf *out);
/* The lines of rows of cells that are not kept (a table written as it is
 * made, its widths measured before), appended to out. 0, or -1 when the
 * cells are malformed or memory ran out. */
int tally_table_grid_lines(const tally_table_grid *g, const char *cells, size_t len,
                           tally_buf *out);
/* Writes the header, the rule and the rows. 0, or -1 when writing failed. */
int tally_table_grid_write(const tally_table_grid *g, const char *const *names, FILE *f);

#endif
