/***
 * @module tally (table grid)
 * The aligned table of a corpus's rows, lined up in C (core/table_text.c):
 * the workers make each document's cells (c:each{rows = {format = "table"}}),
 * the grid keeps them and the widest cell of each column, and writes the
 * table as formats.table would. c:print_rows uses it for the "table" format.
 */
#include "binding.h"

#include "tally/table_text.h"

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
    static const luaL_Reg methods[] = {{"add", l_add}, {"write", l_write}, {NULL, NULL}};
    luaL_newmetatable(L, TABLE_GRID_CLASS);
    lua_pushcfunction(L, grid_gc);
    lua_setfield(L, -2, "__gc");
    luaL_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    lua_pushcfunction(L, l_table_grid);
    lua_setfield(L, -2, "_table_grid");
}
