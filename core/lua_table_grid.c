/***
 * @module tally (table grid)
 * The aligned table of a corpus's rows, lined up in C (core/table_text.c):
 * the workers make each document's cells (c:each{rows = {format = "table"}}),
 * the grid keeps them and the widest cell of each column, and writes the
 * table as formats.table would. c:print_rows uses it for the "table" format.
 */
#include "binding.h"

#include "tally/table_text.h"

#include <stdio.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

#define TABLE_GRID_CLASS "tally.TableGrid"

typedef struct grid_ud {
    tally_table_grid grid;
    const char **names; /* kept alive by user value 1 */
    int ready;
} grid_ud;

static int grid_gc(lua_State *L)
{
    grid_ud *ud = luaL_checkudata(L, 1, TABLE_GRID_CLASS);
    if (ud->ready)
        tally_table_grid_free(&ud->grid);
    free(ud->names);
    ud->ready = 0, ud->names = NULL;
    return 0;
}

/***
 * @function tally._table_grid(columns, right)
 * Internal: a grid for the aligned table of these columns (names);
 * right[j] true right-aligns column j (numbers).
 * @return {userdata}
 */
static int l_table_grid(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    grid_ud *ud = lua_newuserdatauv(L, sizeof *ud, 1);
    memset(ud, 0, sizeof *ud);
    luaL_setmetatable(L, TABLE_GRID_CLASS);
    int obj = lua_gettop(L);
    lua_createtable(L, (int)n, 0); /* the names, kept with the grid */
    ud->names = calloc((size_t)(n > 0 ? n : 1), sizeof *ud->names);
    int *right = calloc((size_t)(n > 0 ? n : 1), sizeof *right);
    if (!ud->names || !right) {
        free(right);
        return luaL_error(L, "tally._table_grid: out of memory");
    }
    for (lua_Integer i = 1; i <= n; i++) {
        if (lua_geti(L, 1, i) != LUA_TSTRING) {
            free(right);
            return luaL_error(L, "tally._table_grid: column %d is not a name", (int)i);
        }
        ud->names[i - 1] = lua_tostring(L, -1);
        lua_rawseti(L, -2, i);
        lua_geti(L, 2, i);
        right[i - 1] = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    lua_setiuservalue(L, obj, 1);
    int rc = tally_table_grid_init(&ud->grid, ud->names, right, (size_t)n);
    free(right);
    if (rc < 0)
        return luaL_error(L, "tally._table_grid: out of memory");
    ud->ready = 1;
    return 1;
}

static grid_ud *check_grid(lua_State *L)
{
    grid_ud *ud = luaL_checkudata(L, 1, TABLE_GRID_CLASS);
    if (!ud->ready)
        luaL_error(L, "TableGrid: already freed");
    return ud;
}

/***
 * @method TableGrid:add(cells)
 * Adds a document's rows: the cells the workers made of them.
 */
static int l_add(lua_State *L)
{
    grid_ud *ud = check_grid(L);
    size_t len;
    const char *cells = luaL_checklstring(L, 2, &len);
    tally_error err = {""};
    if (tally_table_grid_add(&ud->grid, cells, len, &err) < 0)
        return luaL_error(L, "TableGrid: %s", err.msg);
    return 0;
}

/* A buffer owned by a userdata, so that nothing leaks when a Lua error
 * unwinds the call that fills it. */
static int buf_gc(lua_State *L)
{
    tally_buf *b = lua_touserdata(L, 1);
    tally_buf_free(b);
    return 0;
}

static tally_buf *push_buf(lua_State *L)
{
    tally_buf *b = lua_newuserdatauv(L, sizeof *b, 0);
    memset(b, 0, sizeof *b);
    if (luaL_newmetatable(L, "tally.TableGridBuffer")) {
        lua_pushcfunction(L, buf_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    return b;
}

/* The cell text of the value at the top (tally.cell_text, the function at
 * cell_text, for values other than nil, strings, numbers and booleans),
 * appended to b as the table's cell. Pops the value. */
static void add_value(lua_State *L, tally_buf *b, int cell_text, int max_width, int right)
{
    char num[64];
    size_t n;
    const char *s;
    switch (lua_type(L, -1)) {
    case LUA_TNIL:
        s = "", n = 0;
        break;
    case LUA_TSTRING:
        s = lua_tolstring(L, -1, &n);
        break;
    case LUA_TNUMBER:
        if (lua_isinteger(L, -1))
            snprintf(num, sizeof num, LUA_INTEGER_FMT, (LUAI_UACINT)lua_tointeger(L, -1));
        else if (!tally_json_number_text((double)lua_tonumber(L, -1), num, sizeof num))
            snprintf(num, sizeof num, "%.14g", (double)lua_tonumber(L, -1)); /* tostring */
        s = num, n = strlen(num);
        break;
    case LUA_TBOOLEAN:
        s = lua_toboolean(L, -1) ? "true" : "false", n = strlen(s);
        break;
    default:
        lua_pushvalue(L, cell_text);
        lua_insert(L, -2);
        lua_call(L, 1, 1);
        s = luaL_checklstring(L, -1, &n);
        break;
    }
    tally_table_cell(b, s, n, max_width, right);
    lua_pop(L, 1);
}

/* The cells of rows[i] for each column (row[column]), appended to b. 0 past
 * the last row (as ipairs: up to the first nil). */
static int add_row_cells(lua_State *L, grid_ud *ud, lua_Integer i, int max_width, tally_buf *b)
{
    size_t nc = ud->grid.n_columns;
    int more = lua_geti(L, 2, i) != LUA_TNIL;
    if (more) {
        for (size_t j = 0; j < nc; j++) {
            lua_getfield(L, -1, ud->names[j]);
            add_value(L, b, 4, max_width, ud->grid.right[j]);
        }
    }
    lua_pop(L, 1);
    return more;
}

/***
 * @method TableGrid:add_rows(rows, max_width, cell_text [, "widths"])
 * Adds the cells of a table's rows (an array of records, or anything whose
 * rows[i] is one: rows[column] for each column), made as formats.table
 * makes them: cell_text(v) is tally.cell_text, called for values other than
 * nil, strings, numbers and booleans. With "widths" the cells only widen
 * the columns and are not kept (write_rows writes them after).
 */
static int l_add_rows(lua_State *L)
{
    grid_ud *ud = check_grid(L);
    luaL_checkany(L, 2);
    int max_width = (int)luaL_checkinteger(L, 3);
    luaL_checktype(L, 4, LUA_TFUNCTION);
    int widths_only = 0;
    if (!lua_isnoneornil(L, 5)) {
        const char *mode = luaL_checkstring(L, 5);
        if (strcmp(mode, "widths") != 0)
            return luaL_error(L, "TableGrid:add_rows: unknown mode '%s'", mode);
        widths_only = 1;
    }
    tally_buf *b = push_buf(L);
    for (lua_Integer i = 1;; i++) {
        int more = add_row_cells(L, ud, i, max_width, b);
        /* into the grid every few thousand cells: the buffer stays small */
        if (b->n > (1u << 16) || (!more && b->n > 0)) {
            tally_error err = {""};
            size_t rows;
            int rc = b->failed ? -1
                     : widths_only ? tally_table_grid_measure(&ud->grid, b->p, b->n, &rows, &err)
                                   : tally_table_grid_add(&ud->grid, b->p, b->n, &err);
            if (rc < 0)
                return luaL_error(L, "TableGrid: %s", b->failed ? "out of memory" : err.msg);
            b->n = 0;
        }
        if (!more)
            return 0;
    }
}

/***
 * @method TableGrid:write_rows(rows, max_width, cell_text, write)
 * Writes the table of these rows, header and rule first, as it makes each
 * row's cells, about 64 KB at a time through write(text): the columns'
 * widths must be measured already (add_rows with "widths" over the same
 * rows), and no row is kept, so a long table costs a few lines of memory.
 */
static int l_write_rows(lua_State *L)
{
    grid_ud *ud = check_grid(L);
    luaL_checkany(L, 2);
    int max_width = (int)luaL_checkinteger(L, 3);
    luaL_checktype(L, 4, LUA_TFUNCTION);
    luaL_checktype(L, 5, LUA_TFUNCTION);
    if (ud->grid.cells.n)
        return luaL_error(L, "TableGrid:write_rows: the grid holds rows already");
    tally_buf *cells = push_buf(L);
    tally_buf *text = push_buf(L);
    size_t pos = 0; /* the header and the rule: the grid holds no rows */
    if (tally_table_grid_text(&ud->grid, ud->names, &pos, 1u << 16, text) < 0)
        return luaL_error(L, "TableGrid: out of memory");
    for (lua_Integer i = 1;; i++) {
        int more = add_row_cells(L, ud, i, max_width, cells);
        if (cells->failed || tally_table_grid_lines(&ud->grid, cells->p, cells->n, text) < 0)
            return luaL_error(L, "TableGrid: out of memory");
        cells->n = 0;
        if (text->n > (1u << 16) || (!more && text->n > 0)) {
            lua_pushvalue(L, 5);
            lua_pushlstring(L, text->p, text->n);
            text->n = 0;
            lua_call(L, 1, 0);
        }
        if (!more)
            return 0;
    }
}

/***
 * @method TableGrid:chunk(pos)
 * The table's text from pos (0 at first) on, about 64 KB of it, and the
 * position to go on from; nil at the end.
 * @return {string} text, {integer} next
 */
static int l_chunk(lua_State *L)
{
    grid_ud *ud = check_grid(L);
    lua_Integer at = luaL_checkinteger(L, 2);
    if (at < 0)
        return 0;
    size_t pos = (size_t)at;
    tally_buf *b = push_buf(L);
    int rc = tally_table_grid_text(&ud->grid, ud->names, &pos, 1u << 16, b);
    if (rc < 0)
        return luaL_error(L, "TableGrid: out of memory");
    lua_pushlstring(L, b->p ? b->p : "", b->n);
    lua_pushinteger(L, rc == 1 ? (lua_Integer)pos : -1);
    return 2;
}

/***
 * @method TableGrid:write(file)
 * Writes the table (header, rule, rows) to an open file (io.stdout).
 */
static int l_write(lua_State *L)
{
    grid_ud *ud = check_grid(L);
    luaL_Stream *f = luaL_checkudata(L, 2, LUA_FILEHANDLE);
    if (!f->closef)
        return luaL_error(L, "TableGrid: the file is closed");
    if (tally_table_grid_write(&ud->grid, ud->names, f->f) < 0)
        return luaL_error(L, "TableGrid: writing the table failed");
    return 0;
}

void tally_open_table_grid(lua_State *L)
{
    static const luaL_Reg methods[] = {{"add", l_add}, {"add_rows", l_add_rows},
                                       {"write_rows", l_write_rows}, {"chunk", l_chunk},
                                       {"write", l_write}, {NULL, NULL}};
    luaL_newmetatable(L, TABLE_GRID_CLASS);
    lua_pushcfunction(L, grid_gc);
    lua_setfield(L, -2, "__gc");
    luaL_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    lua_pushcfunction(L, l_table_grid);
    lua_setfield(L, -2, "_table_grid");
}
