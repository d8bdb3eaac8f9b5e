/***
 * @module tally.Corpus
 * A set of reports named by paths or globs, opened as the script asks for them.
 * A file that cannot be read is reported on stderr with its path and skipped:
 * c:each() passes over it and c[i] is nil; the run then ends with exit status 2.
 */
#include "binding.h"
#include "lua_figure_groups.h"
#include "lua_store.h"

#include "progress.h"
#include "sandbox.h"
#include "tally/analysis.h"
#include "tally/corpus_reader.h"
#include "tally/doc_records.h"
#include "tally/inputs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct corpus_ud {
    int n; /* paths are in the cache table: cache.paths[i] */
} corpus_ud;

static void count_input_error(lua_State *L);

/* Adds what p names (a file, a folder, a glob, "-") to the list; a glob that
 * matches nothing or an empty folder is reported and counted as an input
 * that could not be read, as a missing file is when it is opened. */
static void add_input(lua_State *L, tally_inputs *in, const char *p)
{
    tally_error err = {""};
    if (tally_inputs_add(in, p, 0, &err) < 0) {
        if (strstr(err.msg, "out of memory")) {
            tally_inputs_free(in);
            luaL_error(L, "tally.corpus: %s", err.msg);
        }
        fprintf(stderr, "tally: %s\n", err.msg);
        count_input_error(L);
    }
}

/***
 * @function tally.corpus(paths_or_globs [, opts])
 * A corpus of the files named: a list of paths and globs, or one string.
 * opts.encoding applies to every file.
 * @return {tally.Corpus}
 */
static int l_corpus(lua_State *L)
{
    if (!lua_istable(L, 1) && !lua_isstring(L, 1))
        luaL_typeerror(L, 1, "list of paths or a glob");
    if (tally_store_corpus_wanted(L, 1)) /* a store is its own source of documents */
        return tally_push_store_corpus(L);
    corpus_ud *c = tally_new_object(L, TALLY_CORPUS_CLASS, sizeof *c);
    int obj = lua_gettop(L);
    lua_getiuservalue(L, obj, 1);
    tally_inputs in = {0};
    if (lua_istable(L, 1)) {
        lua_Integer len = luaL_len(L, 1);
        for (lua_Integer i = 1; i <= len; i++) {
            lua_geti(L, 1, i);
            const char *p = lua_tostring(L, -1);
            if (!p) {
                tally_inputs_free(&in);
                luaL_error(L, "tally.corpus: entry %d is a %s, not a path", (int)i,
                           luaL_typename(L, -1));
            }
            add_input(L, &in, p);
            lua_pop(L, 1);
        }
    } else {
        add_input(L, &in, lua_tostring(L, 1));
    }
    lua_createtable(L, (int)in.n, 0);
    for (size_t i = 0; i < in.n; i++) {
        lua_pushstring(L, in.paths[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
        /* the sandbox never lets a script write what it reads */
        tally_sandbox_note_input(L, in.paths[i]);
    }
    c->n = (int)in.n;
    tally_inputs_free(&in);
    lua_setfield(L, -2, "paths");
    if (lua_istable(L, 2)) {
        lua_pushvalue(L, 2);
        lua_setfield(L, -2, "opts");
    }
    lua_newtable(L);
    lua_setfield(L, -2, "docs");
    lua_pop(L, 1);
    return 1;
}

static void count_input_error(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.input_errors");
    lua_Integer n = lua_tointeger(L, -1);
    lua_pop(L, 1);
    lua_pushinteger(L, n + 1);
    lua_setfield(L, LUA_REGISTRYINDEX, "tally.input_errors");
}

/* Pushes document i (opening it on first use) and returns 1 or, when it
 * cannot be read, pushes nil and the message and returns 0. */
static int push_doc(lua_State *L, int obj, lua_Integer i)
{
    int top = lua_gettop(L);
    lua_getiuservalue(L, obj, 1);
    lua_getfield(L, top + 1, "docs");
    if (lua_rawgeti(L, top + 2, i) != LUA_TNIL) {
        lua_replace(L, top + 1);
        lua_settop(L, top + 1);
        return 1;
    }
    lua_getfield(L, top + 1, "paths");
    lua_rawgeti(L, -1, i);
    const char *path = lua_tostring(L, -1);
    lua_getfield(L, top + 1, "opts");
    const char *enc = tally_encoding_option(L, lua_gettop(L));
    tally_error err = {""};
    tally_doc *doc = tally_doc_open(path, enc, tally_warn_stderr, (void *)path, &err);
    if (!doc) {
        lua_settop(L, top);
        lua_pushnil(L);
        lua_pushstring(L, err.msg);
        return 0;
    }
    tally_push_doc(L, doc);
    lua_pushvalue(L, -1);
    lua_rawseti(L, top + 2, i);
    lua_replace(L, top + 1);
    lua_settop(L, top + 1);
    return 1;
}

static int l_corpus_index(lua_State *L)
{
    corpus_ud *c = luaL_checkudata(L, 1, TALLY_CORPUS_CLASS);
    if (lua_type(L, 2) != LUA_TNUMBER) {
        luaL_getmetatable(L, TALLY_CORPUS_CLASS);
        lua_getfield(L, -1, "__methods");
        lua_pushvalue(L, 2);
        lua_rawget(L, -2);
        return 1;
    }
    lua_Integer i = luaL_checkinteger(L, 2);
    if (i < 1 || i > c->n) {
        lua_pushnil(L);
        return 1;
    }
    /* as c:each() does: the file is named on stderr, counted (the run ends
     * with exit status 2) and skipped: c[i] is nil. The failure is kept, so
     * asking again neither re-reads the file nor repeats the message. */
    lua_getiuservalue(L, 1, 1);
    lua_getfield(L, -1, "failed");
    if (lua_istable(L, -1) && lua_rawgeti(L, -1, i) != LUA_TNIL) {
        lua_pushnil(L);
        return 1;
    }
    lua_settop(L, 2);
    if (!push_doc(L, 1, i)) {
        fprintf(stderr, "tally: %s\n", lua_tostring(L, -1));
        count_input_error(L);
        lua_getiuservalue(L, 1, 1);
        if (lua_getfield(L, -1, "failed") != LUA_TTABLE) {
            lua_pop(L, 1);
            lua_newtable(L);
            lua_pushvalue(L, -1);
            lua_setfield(L, -3, "failed");
        }
        lua_pushboolean(L, 1);
        lua_rawseti(L, -2, i);
        lua_pushnil(L);
    }
    return 1;
}

static int l_corpus_len(lua_State *L)
{
    corpus_ud *c = luaL_checkudata(L, 1, TALLY_CORPUS_CLASS);
    lua_pushinteger(L, c->n);
    return 1;
}

/* The state of one c:each() loop: the reader and its progress line. It is
 * the loop's closing value, so breaking out of the loop stops the workers. */
#define TALLY_READING_CLASS "tally.CorpusReading"
#define MAX_ANALYSES 32

typedef struct reading {
    tally_corpus_reader *reader;
    tally_doc *pending; /* taken from the reader, not yet owned by Lua */
    char *pending_rows; /* likewise, the rows made of it */
    tally_progress progress;
    tally_doc_step steps[MAX_ANALYSES + 1];
    int learn; /* no analyses named: learn them from what the script reads */
    int has_rows;
    tally_rows_spec rows; /* opts.rows: the workers write each document's rows;
                           * the column names live in user value 1 */
    tally_group_spec *group_spec; /* opts.groups: the workers group each document's */
    tally_figure_groups *groups;  /* figures, merged here (kept in user value 2) */
} reading;

static int l_reading_close(lua_State *L)
{
    reading *rd = luaL_checkudata(L, 1, TALLY_READING_CLASS);
    if (rd->reader)
        tally_progress_end(&rd->progress);
    tally_corpus_reader_free(rd->reader);
    rd->reader = NULL;
    tally_doc_free(rd->pending);
    rd->pending = NULL;
    free(rd->pending_rows);
    rd->pending_rows = NULL;
    return 0;
}

/* The worker's last step with opts.rows: the document's figure rows as text. */
static int rows_finish(void *ud, tally_doc *doc, char **out, size_t *len, tally_error *err)
{
    const reading *rd = ud;
    tally_buf b = {0};
    if (tally_doc_figure_rows(doc, &rd->rows, &b, err) < 0) {
        tally_buf_free(&b);
        return -1;
    }
    *out = b.p;
    *len = b.n;
    return 0;
}

/* The worker's last step with opts.groups: the document's figure entries. */
static int groups_finish(void *ud, tally_doc *doc, char **out, size_t *len, tally_error *err)
{
    const reading *rd = ud;
    tally_buf b = {0};
    if (tally_doc_figure_groups(doc, rd->group_spec, &b, err) < 0) {
        tally_buf_free(&b);
        return -1;
    }
    *out = b.p;
    *len = b.n;
    return 0;
}

/* The workers go on with what the script used of the document before (the
 * loop's control value, still held by the loop): it asked for those, so
 * the documents after get them ahead. */
static void learn_from(reading *rd, const tally_doc *prev)
{
    for (const tally_analysis *a = tally_analyses; a->name; a++)
        if (a->by_default && a->done && a->done(prev))
            tally_corpus_reader_add_step(rd->reader, a->run);
}

static int each_next(lua_State *L)
{
    reading *rd = lua_touserdata(L, lua_upvalueindex(1));
    tally_doc *prev = rd->learn && rd->reader ? tally_test_doc(L, 2) : NULL;
    if (prev)
        learn_from(rd, prev);
    tally_read_result res;
    while (rd->reader && tally_corpus_reader_next(rd->reader, &res)) {
        if (res.warnings) {
            fputs(res.warnings, stderr);
            free(res.warnings);
        }
        tally_progress_step(&rd->progress, tally_corpus_reader_done(rd->reader),
                            res.doc ? res.doc->len : 0);
        if (res.doc) {
            rd->pending = res.doc;
            rd->pending_rows = res.product;
            size_t len = res.doc->len;
            tally_push_doc(L, res.doc);
            rd->pending = NULL;
            if (rd->has_rows)
                lua_pushlstring(L, res.product ? res.product : "", res.product_len);
            tally_error gerr = {""};
            int grc = rd->groups && res.product
                          ? tally_figure_groups_add(rd->groups, res.doc->name, res.product,
                                                    res.product_len, &gerr)
                          : 0;
            free(rd->pending_rows);
            rd->pending_rows = NULL;
            if (grc < 0)
                return luaL_error(L, "tally.corpus: %s", gerr.msg);
            /* the document's text and segments are C memory the collector
             * does not see: tell it, or finished documents pile up */
            lua_gc(L, LUA_GCSTEP, (int)(len / 256 + 1));
            return rd->has_rows ? 2 : 1;
        }
        fprintf(stderr, "tally: %s\n", res.err.msg);
        count_input_error(L);
    }
    if (rd->reader) {
        tally_progress_end(&rd->progress);
        tally_corpus_reader_free(rd->reader);
        rd->reader = NULL;
    }
    return 0;
}

/* A number from tally.options (the command line), or dflt. */
static lua_Integer option_integer(lua_State *L, const char *name, lua_Integer dflt)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.options");
    if (lua_istable(L, -1))
        lua_getfield(L, -1, name);
    else
        lua_pushnil(L);
    lua_Integer v = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : dflt;
    lua_pop(L, 2);
    return v;
}

/* Fills steps from opts.analyse (a list of names, or false for none);
 * returns 0 when none is given (the analyses are then learned). Raises an
 * error naming an unknown one. */
static int choose_steps(lua_State *L, int opts, tally_doc_step *steps)
{
    int n = 0;
    int given = lua_istable(L, opts) && lua_getfield(L, opts, "analyse") != LUA_TNIL;
    if (!given) {
        if (lua_istable(L, opts))
            lua_pop(L, 1);
    } else if (lua_istable(L, -1)) {
        lua_Integer len = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= len && n < MAX_ANALYSES; i++) {
            lua_geti(L, -1, i);
            const char *name = lua_tostring(L, -1);
            const tally_analysis *a = name ? tally_analysis_find(name) : NULL;
            if (!a) {
                luaL_Buffer b;
                luaL_buffinit(L, &b);
                for (const tally_analysis *k = tally_analyses; k->name; k++) {
                    luaL_addstring(&b, k->name);
                    if (k[1].name)
                        luaL_addstring(&b, ", ");
                }
                luaL_pushresult(&b);
                luaL_error(L, "tally.corpus: no analysis '%s' (%s)", name ? name : "?",
                           lua_tostring(L, -1));
            }
            steps[n++] = a->run;
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1); /* analyse = false: decoding only */
    }
    steps[n] = NULL;
    return given;
}

/* opts.rows = {format = "jsonl" | "csv" | "table", columns = {names},
 * kind = KIND, max_width = N, right = {booleans}}: the workers write each
 * document's rows of c:figures() (those columns, figures of that kind) as
 * text (for "table" the aligned table's cells, tally/table_text.h), and the
 * loop gives it beside the document. The column names are kept in the reading's user value. */
static void choose_rows(lua_State *L, int opts, reading *rd, int rdi)
{
    if (!lua_istable(L, opts) || lua_getfield(L, opts, "rows") == LUA_TNIL) {
        if (lua_istable(L, opts))
            lua_pop(L, 1);
        return;
    }
    int spec = lua_gettop(L);
    luaL_checktype(L, spec, LUA_TTABLE);
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.figure_tables_changed");
    int changed = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (changed)
        luaL_error(L, "c:each{rows=}: the workers use the default figure tables, and the "
                      "script has added to them");
    lua_getfield(L, spec, "format");
    const char *fmt = lua_tostring(L, -1);
    if (fmt && strcmp(fmt, "jsonl") == 0)
        rd->rows.format = TALLY_ROWS_JSONL;
    else if (fmt && strcmp(fmt, "csv") == 0)
        rd->rows.format = TALLY_ROWS_CSV;
    else if (fmt && strcmp(fmt, "table") == 0)
        rd->rows.format = TALLY_ROWS_TABLE;
    else
        luaL_error(L, "c:each{rows=}: format must be jsonl, csv or table");
    lua_pop(L, 1);
    lua_getfield(L, spec, "max_width");
    rd->rows.max_width = (int)luaL_optinteger(L, -1, 48);
    lua_pop(L, 1);
    rd->rows.kind = -1;
    if (lua_getfield(L, spec, "kind") != LUA_TNIL) {
        const char *k = lua_tostring(L, -1);
        rd->rows.kind = k ? tally_figure_kind_from_name(k) : -1;
        if (rd->rows.kind < 0)
            luaL_error(L, "c:each{rows=}: no kind '%s'", k ? k : "?");
    }
    lua_pop(L, 1);
    lua_getfield(L, spec, "columns");
    luaL_checktype(L, -1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, -1);
    if (n > TALLY_ROWS_MAX_COLUMNS)
        luaL_error(L, "c:each{rows=}: more than %d columns", TALLY_ROWS_MAX_COLUMNS);
    lua_createtable(L, (int)n, 0); /* the names, kept alive with the reading */
    for (lua_Integer i = 1; i <= n; i++) {
        if (lua_geti(L, -2, i) != LUA_TSTRING)
            luaL_error(L, "c:each{rows=}: column %d is not a name", (int)i);
        lua_rawseti(L, -2, i);
        lua_rawgeti(L, -1, i);
        rd->rows.names[i - 1] = lua_tostring(L, -1);
        rd->rows.columns[i - 1] = tally_rows_column(lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    /* the table's right-aligned columns: right = {true, false, ...} */
    lua_getfield(L, spec, "right");
    for (lua_Integer i = 1; i <= n; i++) {
        rd->rows.right[i - 1] = 0;
        if (lua_istable(L, -1)) {
            lua_geti(L, -1, i);
            rd->rows.right[i - 1] = lua_toboolean(L, -1);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    rd->rows.n_columns = (int)n;
    lua_setiuservalue(L, rdi, 1);
    lua_settop(L, spec - 1);
    rd->has_rows = 1;
}

/* opts.groups = a tally._figure_groups(spec): the workers group each
 * document's figures by the spec and the loop merges them into it. */
static void choose_groups(lua_State *L, int opts, reading *rd, int rdi)
{
    if (!lua_istable(L, opts) || lua_getfield(L, opts, "groups") == LUA_TNIL) {
        if (lua_istable(L, opts))
            lua_pop(L, 1);
        return;
    }
    rd->group_spec = tally_test_figure_groups(L, -1, &rd->groups);
    if (!rd->group_spec)
        luaL_error(L, "c:each{groups=}: expected tally._figure_groups(spec)");
    if (rd->has_rows)
        luaL_error(L, "c:each: rows and groups cannot be asked for together");
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.figure_tables_changed");
    int changed = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (changed)
        luaL_error(L, "c:each{groups=}: the workers use the default figure tables, and the "
                      "script has added to them");
    lua_setiuservalue(L, rdi, 2);
}

/***
 * @method Corpus:each([opts])
 * Iterates over the documents in order. They are read, decoded and analysed
 * ahead on --jobs worker threads (opts.jobs of tally.corpus overrides it),
 * at most a few documents ahead. Unreadable files are reported and skipped.
 * opts.analyse (here, or given to tally.corpus) names the analyses the
 * workers run: a list of names, or false for none. By default they are
 * learned: whatever the script asked of a document (tokens, figures, …)
 * the workers find ahead for the documents they start after it.
 */
static int l_corpus_each(lua_State *L)
{
    luaL_checkudata(L, 1, TALLY_CORPUS_CLASS);
    if (!lua_isnoneornil(L, 2))
        luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
    int call_opts = 2;
    lua_getiuservalue(L, 1, 1);
    int cache = lua_gettop(L);
    lua_getfield(L, cache, "opts");
    int opts = lua_gettop(L);
    lua_getfield(L, cache, "paths");
    int paths = lua_gettop(L);
    lua_Integer n = luaL_len(L, paths);
    const char *enc = tally_encoding_option(L, opts);
    lua_Integer jobs = option_integer(L, "jobs", 0);
    if (lua_istable(L, opts)) {
        lua_getfield(L, opts, "jobs");
        if (lua_isinteger(L, -1))
            jobs = lua_tointeger(L, -1);
        lua_pop(L, 1);
    }
    if (jobs <= 0)
        jobs = sysconf(_SC_NPROCESSORS_ONLN) > 0 ? sysconf(_SC_NPROCESSORS_ONLN) : 1;
    if (jobs > 256)
        jobs = 256;

    /* Lua owns everything made before the reader starts, so an error here leaks nothing */
    const char **list = lua_newuserdatauv(L, (size_t)(n > 0 ? n : 1) * sizeof *list, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, paths, i);
        list[i - 1] = lua_tostring(L, -1); /* kept alive by the paths table */
        lua_pop(L, 1);
    }
    reading *rd = lua_newuserdatauv(L, sizeof *rd, 2);
    memset(rd, 0, sizeof *rd);
    luaL_setmetatable(L, TALLY_READING_CLASS);
    int has_own = lua_istable(L, call_opts) &&
                  lua_getfield(L, call_opts, "analyse") != LUA_TNIL;
    if (lua_istable(L, call_opts))
        lua_pop(L, 1);
    rd->learn = !choose_steps(L, has_own ? call_opts : opts, rd->steps);
    int rdi = lua_gettop(L);
    choose_rows(L, call_opts, rd, rdi);
    choose_groups(L, call_opts, rd, rdi);

    tally_reader_options ro = {enc, (int)jobs, 0, rd->steps, NULL, NULL};
    if (rd->has_rows)
        ro.finish = rows_finish, ro.finish_ud = rd;
    if (rd->groups)
        ro.finish = groups_finish, ro.finish_ud = rd;
    tally_error err = {""};
    rd->reader = tally_corpus_reader_new(list, (size_t)n, &ro, &err);
    if (!rd->reader)
        return luaL_error(L, "tally.corpus: %s", err.msg);
    tally_progress_begin(&rd->progress, (size_t)n, tally_option_flag(L, "quiet"));

    lua_pushvalue(L, rdi);
    lua_pushcclosure(L, each_next, 1);
    lua_pushnil(L);
    lua_pushnil(L);
    lua_pushvalue(L, rdi); /* closing value of the generic for */
    return 4;
}

/***
 * @method Corpus:paths()
 * The paths of the corpus, globs expanded.
 */
static int l_corpus_paths(lua_State *L)
{
    luaL_checkudata(L, 1, TALLY_CORPUS_CLASS);
    lua_getiuservalue(L, 1, 1);
    lua_getfield(L, -1, "paths");
    lua_Integer n = luaL_len(L, -1);
    lua_createtable(L, (int)n, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -2, i);
        lua_rawseti(L, -2, i);
    }
    return 1;
}

/***
 * @field Doc.analysed
 * The names of the analyses the document holds already (found ahead by a
 * corpus's workers, or by earlier calls), in the order of the analyses list.
 */
static int f_analysed(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    lua_newtable(L);
    int n = 0;
    for (const tally_analysis *a = tally_analyses; a->name; a++)
        if (a->done && a->done(doc)) {
            lua_pushstring(L, a->name);
            lua_rawseti(L, -2, ++n);
        }
    return 1;
}

static int l_corpus_tostring(lua_State *L)
{
    corpus_ud *c = luaL_checkudata(L, 1, TALLY_CORPUS_CLASS);
    lua_pushfstring(L, "tally.Corpus<%d documents>", c->n);
    return 1;
}

void tally_open_corpus(lua_State *L)
{
    static const luaL_Reg methods[] = {
        {"each", l_corpus_each}, {"paths", l_corpus_paths}, {NULL, NULL}};
    static const luaL_Reg meta[] = {
        {"__index", l_corpus_index}, {"__len", l_corpus_len},
        {"__tostring", l_corpus_tostring}, {NULL, NULL}};
    tally_add_methods(L, TALLY_CORPUS_CLASS, methods);
    static const luaL_Reg doc_fields[] = {{"analysed", f_analysed}, {NULL, NULL}};
    tally_add_fields(L, TALLY_DOC_CLASS, doc_fields);
    static const luaL_Reg reading_meta[] = {
        {"__gc", l_reading_close}, {"__close", l_reading_close}, {NULL, NULL}};
    luaL_newmetatable(L, TALLY_READING_CLASS);
    luaL_setfuncs(L, reading_meta, 0);
    lua_pop(L, 1);
    luaL_getmetatable(L, TALLY_CORPUS_CLASS);
    luaL_setfuncs(L, meta, 0);
    lua_pop(L, 1);
    lua_pushcfunction(L, l_corpus);
    lua_setfield(L, -2, "corpus");
}
