/***
 * @module tally (SQLite tables)
 * Writing tables to a SQLite database and reading them back. The Lua side
 * (format.lua) chooses the column types; t:write("x.sqlite") and
 * `--output x.sqlite` come here. One database per --output is held open for
 * the whole run in one transaction and committed only when the run succeeds.
 */
#include "binding.h"
#include "sandbox.h"
#include "sqlite_output.h"
#include "tally/sqlite_table.h"

#include <stdio.h>
#include <string.h>

static tally_column_type check_type(lua_State *L, int types, int i)
{
    lua_rawgeti(L, types, i);
    const char *t = lua_tostring(L, -1);
    tally_column_type ty = TALLY_COLUMN_TEXT;
    if (t && strcmp(t, "INTEGER") == 0)
        ty = TALLY_COLUMN_INTEGER;
    else if (t && strcmp(t, "REAL") == 0)
        ty = TALLY_COLUMN_REAL;
    else if (!t || strcmp(t, "TEXT") != 0)
        luaL_error(L, "sqlite: column %d has type '%s' (TEXT, INTEGER or REAL)", i,
                   t ? t : luaL_typename(L, -1));
    lua_pop(L, 1);
    return ty;
}

/* Writes the table given as (name, columns, types, rows) at index base into
 * w; a Lua error (after aborting w) when a write fails. */
static void write_table(lua_State *L, tally_sqlite_writer *w, int base, void (*on_fail)(lua_State *))
{
    const char *name = luaL_checkstring(L, base);
    luaL_checktype(L, base + 1, LUA_TTABLE);
    luaL_checktype(L, base + 2, LUA_TTABLE);
    luaL_checktype(L, base + 3, LUA_TTABLE);
    int ncols = (int)luaL_len(L, base + 1);
    if (ncols > 2000)
        luaL_error(L, "sqlite: %d columns are more than SQLite takes (2000)", ncols);
    const char *cols[2000];
    tally_column_type types[2000];
    for (int i = 0; i < ncols; i++) {
        lua_rawgeti(L, base + 1, i + 1);
        cols[i] = lua_tostring(L, -1);
        if (!cols[i])
            luaL_error(L, "sqlite: column %d has no name", i + 1);
        lua_pop(L, 1); /* the list keeps the string alive */
        types[i] = check_type(L, base + 2, i + 1);
    }
    tally_error err = {""};
    if (tally_sqlite_writer_table(w, name, ncols, cols, types, &err) < 0)
        goto fail;
    lua_Integer nrows = luaL_len(L, base + 3);
    for (lua_Integer r = 1; r <= nrows; r++) {
        lua_rawgeti(L, base + 3, r);
        int row = lua_gettop(L);
        for (int i = 0; i < ncols; i++) {
            lua_rawgeti(L, row, i + 1);
            int t = lua_type(L, -1);
            if (t == LUA_TNUMBER) {
                lua_Integer iv;
                if (lua_isinteger(L, -1) && types[i] != TALLY_COLUMN_REAL)
                    tally_sqlite_writer_integer(w, i, lua_tointeger(L, -1));
                else if (types[i] == TALLY_COLUMN_INTEGER &&
                         lua_numbertointeger(lua_tonumber(L, -1), &iv) &&
                         (lua_Number)iv == lua_tonumber(L, -1))
                    tally_sqlite_writer_integer(w, i, iv);
                else
                    tally_sqlite_writer_real(w, i, lua_tonumber(L, -1));
            } else if (t == LUA_TSTRING) {
                size_t len;
                const char *s = lua_tolstring(L, -1, &len);
                tally_sqlite_writer_text(w, i, s, len);
            } else if (t == LUA_TBOOLEAN) {
                tally_sqlite_writer_integer(w, i, lua_toboolean(L, -1));
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        if (tally_sqlite_writer_row(w, &err) < 0)
            goto fail;
    }
    return;
fail:
    on_fail(L);
    luaL_error(L, "%s", err.msg);
}

/* A writer or reader held by a userdata, so that an error raised anywhere
 * in between leaves it to the garbage collector, which aborts or closes it. */
typedef struct holder {
    tally_sqlite_writer *w;
    tally_sqlite_reader *r;
} holder;

static int holder_gc(lua_State *L)
{
    holder *h = lua_touserdata(L, 1);
    tally_sqlite_writer_abort(h->w); /* not committed: the write did not finish */
    tally_sqlite_reader_close(h->r);
    h->w = NULL, h->r = NULL;
    return 0;
}

static holder *new_holder(lua_State *L)
{
    holder *h = lua_newuserdatauv(L, sizeof *h, 1);
    h->w = NULL, h->r = NULL;
    if (luaL_newmetatable(L, "tally.sqlite_holder")) {
        lua_pushcfunction(L, holder_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    return h;
}

static void no_cleanup(lua_State *L)
{
    (void)L;
}

/***
 * @function tally.sqlite_write(path, name, columns, types, rows)
 * Writes one table (rows are arrays of cells in column order; types are
 * TEXT, INTEGER or REAL) into the database at path, replacing a table of
 * that name, whole or not at all. t:write("x.sqlite") calls it.
 * @return {string} path
 */
static int l_sqlite_write(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    tally_sandbox_check_write(L, path, "t:write");
    lua_settop(L, 5);
    holder *h = new_holder(L);
    tally_error err = {""};
    h->w = tally_sqlite_writer_open(path, &err);
    if (!h->w)
        return luaL_error(L, "%s", err.msg);
    write_table(L, h->w, 2, no_cleanup);
    tally_sqlite_writer *w = h->w;
    h->w = NULL;
    if (tally_sqlite_writer_commit(w, &err) < 0)
        return luaL_error(L, "%s", err.msg);
    lua_settop(L, 1);
    return 1;
}

/* ------------------------------------------------------------ --output */

#define OUTPUT_KEY "tally.sqlite_output"

typedef struct output_ud {
    tally_sqlite_writer *w;
} output_ud;

static int output_gc(lua_State *L)
{
    output_ud *o = lua_touserdata(L, 1);
    tally_sqlite_writer_abort(o->w); /* not committed: the run did not finish */
    o->w = NULL;
    return 0;
}

static void (*on_open)(const char *tmp);

void tally_sqlite_output_on_open(void (*hook)(const char *tmp))
{
    on_open = hook;
}

static output_ud *run_output(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, OUTPUT_KEY);
    output_ud *o = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return o;
}

static void abort_output(lua_State *L)
{
    output_ud *o = run_output(L);
    if (o) {
        tally_sqlite_writer_abort(o->w);
        o->w = NULL;
    }
}

/***
 * @function tally.output_table(name, columns, types, rows)
 * Writes a table into the --output database of the run, under name, or
 * name_2, name_3 … when this run wrote that name already. t:print() calls
 * it when the format is sqlite. The database is committed when the run ends
 * without an error.
 * @return {string} the table's name
 */
static int l_output_table(lua_State *L)
{
    luaL_checkstring(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.options");
    lua_getfield(L, -1, "output");
    const char *path = lua_tostring(L, -1);
    if (!path)
        return luaL_error(L, "the sqlite format writes a database: give --output FILE.sqlite");
    output_ud *o = run_output(L);
    if (!o) {
        o = lua_newuserdatauv(L, sizeof *o, 1);
        o->w = NULL;
        lua_createtable(L, 0, 1);
        lua_pushcfunction(L, output_gc);
        lua_setfield(L, -2, "__gc");
        lua_setmetatable(L, -2);
        lua_newtable(L); /* the names written in this run */
        lua_setiuservalue(L, -2, 1);
        lua_setfield(L, LUA_REGISTRYINDEX, OUTPUT_KEY);
        tally_error err = {""};
        o->w = tally_sqlite_writer_open(path, &err);
        if (!o->w)
            return luaL_error(L, "%s", err.msg);
        if (on_open)
            on_open(tally_sqlite_writer_temp(o->w));
    }
    if (!o->w)
        return luaL_error(L, "--output %s: an earlier write to it failed", path);
    lua_settop(L, 4);
    lua_getfield(L, LUA_REGISTRYINDEX, OUTPUT_KEY);
    lua_getiuservalue(L, -1, 1);
    int written = lua_gettop(L);
    const char *base = lua_tostring(L, 1);
    lua_pushstring(L, base);
    for (int k = 2; lua_getfield(L, written, lua_tostring(L, -1)) != LUA_TNIL; k++) {
        lua_pop(L, 2);
        lua_pushfstring(L, "%s_%d", base, k);
    }
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_pushboolean(L, 1);
    lua_settable(L, written);
    lua_replace(L, 1);
    lua_settop(L, 4);
    write_table(L, o->w, 1, abort_output);
    lua_settop(L, 1);
    return 1;
}

int tally_sqlite_output_finish(lua_State *L, int ok)
{
    output_ud *o = run_output(L);
    if (!o || !o->w)
        return 0;
    tally_sqlite_writer *w = o->w;
    o->w = NULL;
    if (!ok) {
        tally_sqlite_writer_abort(w);
        return 0;
    }
    tally_error err = {""};
    if (tally_sqlite_writer_commit(w, &err) < 0) {
        fprintf(stderr, "tally: %s\n", err.msg);
        return -1;
    }
    return 0;
}

int tally_sqlite_output_used(lua_State *L)
{
    return run_output(L) != NULL;
}

/* ------------------------------------------------------------ reading */

/***
 * @function tally.sqlite_read(path [, table])
 * The rows of a table of the database at path (the only table when none is
 * named), as records, and the column names in order. tally.read calls it.
 * @return {table} rows, {table} columns
 */
static int l_sqlite_read(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    const char *name = luaL_optstring(L, 2, NULL);
    tally_error err = {""};
    holder *h = new_holder(L);
    tally_sqlite_reader *r = h->r = tally_sqlite_reader_open(path, name, &err);
    if (!r)
        return luaL_error(L, "%s", err.msg);
    int ncols = tally_sqlite_reader_ncols(r);
    lua_newtable(L);
    int rows = lua_gettop(L);
    lua_createtable(L, ncols, 0);
    int cols = lua_gettop(L);
    for (int i = 0; i < ncols; i++) {
        lua_pushstring(L, tally_sqlite_reader_col_name(r, i));
        lua_rawseti(L, cols, i + 1);
    }
    lua_Integer n = 0;
    int st;
    while ((st = tally_sqlite_reader_next(r, &err)) == 1) {
        lua_createtable(L, 0, ncols);
        for (int i = 0; i < ncols; i++) {
            switch (tally_sqlite_reader_type(r, i)) {
            case TALLY_COLUMN_INTEGER:
                lua_pushinteger(L, (lua_Integer)tally_sqlite_reader_integer(r, i));
                break;
            case TALLY_COLUMN_REAL: lua_pushnumber(L, tally_sqlite_reader_real(r, i)); break;
            case TALLY_COLUMN_TEXT: {
                size_t len;
                const char *s = tally_sqlite_reader_text(r, i, &len);
                lua_pushlstring(L, s, len);
                break;
            }
            default: continue;
            }
            lua_rawgeti(L, cols, i + 1);
            lua_insert(L, -2);
            lua_rawset(L, -3);
        }
        lua_rawseti(L, rows, ++n);
    }
    h->r = NULL;
    tally_sqlite_reader_close(r);
    if (st < 0)
        return luaL_error(L, "%s", err.msg);
    lua_settop(L, cols);
    return 2;
}

void tally_open_sqlite(lua_State *L)
{
    static const luaL_Reg funcs[] = {{"sqlite_write", l_sqlite_write},
                                     {"output_table", l_output_table},
                                     {"sqlite_read", l_sqlite_read},
                                     {NULL, NULL}};
    luaL_setfuncs(L, funcs, 0);
}
