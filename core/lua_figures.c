/***
 * @module tally (figures)
 * Figures and time expressions (spec/figures.md): Doc:figures([filter]),
 * Doc:dates(), tally.figures(s), tally.number(s), and the tables an analyst
 * extends: tally.units.add, tally.qualifiers.add, tally.trends.add,
 * tally.exclusions.add.
 *
 * A Lua state reads the process's default tables (built once, shared by
 * every state and worker) until its script adds to them; the first addition
 * gives the state its own copy of the defaults, so additions made by one
 * script never reach another state or thread.
 */
#include "binding.h"
#include "usage.h"
#include "tally/doc_figures.h"
#include "tally/doc_records.h"
#include "tally/figures.h"
#include "tally/number.h"
#include "tally/segment.h"
#include "tally/structure.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define RULES_CLASS "tally.FigureRules"
#define RULES_KEY "tally.figure_rules"

typedef struct rules_ud {
    tally_figure_rules *rules; /* the state's own, NULL until the first addition */
    lua_Integer generation;    /* bumped by every addition; caches compare it */
} rules_ud;

static int rules_gc(lua_State *L)
{
    rules_ud *u = luaL_checkudata(L, 1, RULES_CLASS);
    tally_figure_rules_free(u->rules);
    u->rules = NULL;
    return 0;
}

/* The state's record of its tables, made on first use. */
static rules_ud *get_rules(lua_State *L)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, RULES_KEY) == LUA_TUSERDATA) {
        rules_ud *u = lua_touserdata(L, -1);
        lua_pop(L, 1);
        return u;
    }
    lua_pop(L, 1);
    rules_ud *u = lua_newuserdatauv(L, sizeof *u, 0);
    u->rules = NULL;
    u->generation = 1;
    if (luaL_newmetatable(L, RULES_CLASS)) {
        lua_pushcfunction(L, rules_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, RULES_KEY);
    return u;
}

/* The tables the state reads: its own, or the defaults. */
static const tally_figure_rules *read_rules(lua_State *L, rules_ud *u)
{
    if (u->rules)
        return u->rules;
    tally_error err = {""};
    const tally_figure_rules *r = tally_default_figure_rules(&err);
    if (!r)
        luaL_error(L, "%s", err.msg);
    return r;
}

/* The tables an addition goes to: the state's own, made from the defaults
 * on the first addition. */
static tally_figure_rules *own_rules(lua_State *L, rules_ud *u)
{
    if (!u->rules) {
        tally_error err = {""};
        u->rules = tally_figure_rules_new(&err);
        if (!u->rules)
            luaL_error(L, "figure tables: %s", err.msg);
    }
    return u->rules;
}

/* An addition to the tables: caches of figures found before are stale, and
 * a corpus's workers (which use the defaults) can no longer write rows. */
static void tables_changed(lua_State *L, rules_ud *u)
{
    u->generation++;
    lua_pushboolean(L, 1);
    lua_setfield(L, LUA_REGISTRYINDEX, "tally.figure_tables_changed");
}

/***
 * @function tally._default_figure_tables()
 * Whether the figure tables are still the defaults (nothing added), as a
 * corpus's workers use them (c:each{rows=} needs that).
 */
static int l_default_figure_tables(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "tally.figure_tables_changed");
    lua_pushboolean(L, !lua_toboolean(L, -1));
    return 1;
}

/* A malloc'd array owned by a userdata on the stack, so that a Lua error
 * raised while records are built frees it (the __gc runs). */
#define BOX_CLASS "tally.FigureBuffer"

typedef struct box {
    void *p;
} box;

static int box_gc(lua_State *L)
{
    box *b = luaL_checkudata(L, 1, BOX_CLASS);
    free(b->p);
    b->p = NULL;
    return 0;
}

static box *push_box(lua_State *L)
{
    box *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->p = NULL;
    if (luaL_newmetatable(L, BOX_CLASS)) {
        lua_pushcfunction(L, box_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    return b;
}

/* Integral values print without ".0" (8, not 8.0). */
static void push_number(lua_State *L, double v)
{
    if (isfinite(v) && v == floor(v) && fabs(v) < 9007199254740992.0)
        lua_pushinteger(L, (lua_Integer)v);
    else
        lua_pushnumber(L, v);
}

/* doc_region: the document's region (doc.meta.region), NULL if unknown. The
 * fields are tally_figure_values' (core/doc_records.c), which the worker-side
 * row writer uses too. */
static void push_values(lua_State *L, const tally_value *v)
{
    lua_createtable(L, 0, 12);
    for (int k = 0; k < TALLY_FF_COUNT; k++) {
        switch (v[k].type) {
        case TALLY_VALUE_NONE:
            continue;
        case TALLY_VALUE_STRING:
            lua_pushlstring(L, v[k].s, v[k].len);
            break;
        case TALLY_VALUE_INTEGER:
            lua_pushinteger(L, (lua_Integer)v[k].i);
            break;
        case TALLY_VALUE_NUMBER:
            lua_pushnumber(L, (lua_Number)v[k].d);
            break;
        }
        lua_setfield(L, -2, tally_figure_field_names[k]);
    }
}

static void push_figure(lua_State *L, const char *text, const tally_figure *f,
                        const char *doc_region)
{
    tally_value v[TALLY_FF_COUNT];
    tally_figure_values(text, f, doc_region, v);
    push_values(L, v);
}

/* Pushes the array of records of the n figures v of text. */
static void push_figure_array(lua_State *L, const char *text, const tally_figure *v, size_t n,
                              const char *doc_region)
{
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        push_figure(L, text, &v[i], doc_region);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

/* Pushes the array of figure records of text. */
static void push_figures(lua_State *L, const char *text, size_t len, const tally_span *sent,
                         size_t n_sent, const char *doc_region)
{
    rules_ud *u = get_rules(L);
    box *b = push_box(L);
    tally_error err = {""};
    tally_figure *v = NULL;
    size_t n = 0;
    if (tally_figures_find(read_rules(L, u), text, len, sent, n_sent, &v, &n, &err) < 0)
        luaL_error(L, "figures: %s", err.msg);
    b->p = v;
    push_figure_array(L, text, v, n, doc_region);
    lua_remove(L, -2); /* the box: its __gc frees v */
}

/* Pushes the array of figure records of doc found with the script's own
 * tables, page furniture left out as tally_doc_figures leaves it out. */
static void push_doc_figures(lua_State *L, tally_doc *doc, const tally_span *sent, size_t n_sent,
                             const char *region)
{
    rules_ud *u = get_rules(L);
    box *b = push_box(L);
    tally_error err = {""};
    tally_figure *v = NULL;
    size_t n = 0;
    const tally_structure *st = tally_doc_structure(doc, &err);
    if (!st)
        luaL_error(L, "figures: %s", err.msg);
    if (tally_figures_find_dated(read_rules(L, u), doc->text, doc->len, sent, n_sent, st->meta.date, &v,
                                 &n, &err) < 0)
        luaL_error(L, "figures: %s", err.msg);
    b->p = v;
    if (tally_doc_drop_furniture(doc, v, &n, &err) < 0)
        luaL_error(L, "figures: %s", err.msg);
    push_figure_array(L, doc->text, v, n, region);
    lua_remove(L, -2); /* the box: its __gc frees v */
}

/* Keeps the records of t (at idx) that pass filter (at fidx): each field
 * equal to the value given, or a function of the field's value (and the
 * record) that returns true. */
static void filter_records(lua_State *L, int idx, int fidx)
{
    idx = lua_absindex(L, idx);
    lua_newtable(L);
    int out = lua_gettop(L);
    lua_Integer n = luaL_len(L, idx), m = 0;
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, idx, i);
        int rec = lua_gettop(L), keep = 1;
        if (fidx) {
            lua_pushnil(L);
            while (keep && lua_next(L, fidx)) {
                if (lua_type(L, -2) != LUA_TSTRING)
                    luaL_error(L, "figures filter: keys must be field names");
                lua_pushvalue(L, -2);
                lua_gettable(L, rec);
                if (lua_isfunction(L, -2)) {
                    lua_pushvalue(L, -2);
                    lua_insert(L, -2);
                    lua_pushvalue(L, rec);
                    lua_call(L, 2, 1);
                    keep = lua_toboolean(L, -1);
                } else {
                    keep = lua_compare(L, -1, -2, LUA_OPEQ);
                }
                lua_pop(L, 2);
            }
            if (!keep)
                lua_pop(L, 1); /* the key left by lua_next */
        }
        if (keep) {
            lua_pushvalue(L, rec);
            lua_rawseti(L, out, ++m);
        }
        lua_settop(L, out);
    }
}

/* A filter's kind must be one there is: kind = "moeny" is a mistake to
 * report, not a filter that keeps nothing. */
static void check_kind_filter(lua_State *L, int fidx)
{
    if (lua_getfield(L, fidx, "kind") == LUA_TSTRING &&
        tally_figure_kind_from_name(lua_tostring(L, -1)) < 0) {
        const char *names[TALLY_FIG_ORDINAL + 2];
        for (int k = 0; k <= TALLY_FIG_ORDINAL; k++)
            names[k] = tally_figure_kind_name((tally_figure_kind)k);
        names[TALLY_FIG_ORDINAL + 1] = NULL;
        tally_push_choices(L, names);
        tally_raise_usage(L, "figures: no kind '%s' (kinds: %s)", lua_tostring(L, -2),
                          lua_tostring(L, -1));
    }
    lua_pop(L, 1);
}

/***
 * @method Doc:figures([filter])
 * Every figure of the document, in order: {text, start, stop, value,
 * value_max, unit, kind, approx, scope, subject, period, sentence,
 * subject_key, period_key, status, region, region_scope} (docs/figures.md). filter
 * keeps records whose fields equal the values given or pass the functions
 * given: doc:figures{kind = "growth"}, doc:figures{value = function(v) return v > 1e8 end}.
 */
static int l_doc_figures(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    int fidx = 0;
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        fidx = 2;
        check_kind_filter(L, fidx);
    }
    rules_ud *u = get_rules(L);
    tally_doc_cache(L, 1);
    int cache = lua_gettop(L);
    lua_getfield(L, cache, "figures_generation");
    int fresh = lua_tointeger(L, -1) == u->generation;
    lua_pop(L, 1);
    if (!fresh || lua_getfield(L, cache, "figures") != LUA_TTABLE) {
        lua_settop(L, cache);
        tally_error err = {""};
        /* a figure about the document's own region gets its name */
        const tally_structure *st = tally_doc_structure(doc, &err);
        const char *region = st ? st->meta.region : NULL;
        if (u->generation == 1) {
            /* the tables are the defaults: the figures the document keeps,
             * and their records (made ahead by a corpus reader's worker, or
             * now), are these */
            size_t nf;
            const tally_value *v = tally_doc_figure_values(doc, &nf, &err);
            if (!v)
                return luaL_error(L, "figures: %s", err.msg);
            lua_createtable(L, (int)nf, 0);
            for (size_t i = 0; i < nf; i++) {
                push_values(L, v + i * TALLY_FF_COUNT);
                lua_rawseti(L, -2, (lua_Integer)i + 1);
            }
        } else {
            size_t ns;
            const tally_span *sent = tally_doc_sentences(doc, &ns, &err);
            if (!sent)
                return luaL_error(L, "%s", err.msg);
            push_doc_figures(L, doc, sent, ns, region);
        }
        lua_pushvalue(L, -1);
        lua_setfield(L, cache, "figures");
        lua_pushinteger(L, u->generation);
        lua_setfield(L, cache, "figures_generation");
    }
    filter_records(L, -1, fidx);
    return 1;
}

/***
 * @function tally.figures(s)
 * The figures of a string (or a Doc), as Doc:figures gives them.
 */
static int l_figures(lua_State *L)
{
    if (tally_test_doc(L, 1)) {
        lua_settop(L, 1);
        return l_doc_figures(L);
    }
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    tally_error err = {""};
    tally_span *sent = NULL;
    size_t ns = 0;
    box *b = push_box(L);
    if (tally_sentences(s, len, &sent, &ns, &err) < 0)
        return luaL_error(L, "tally.figures: %s", err.msg);
    b->p = sent;
    push_figures(L, s, len, sent, ns, NULL);
    return 1;
}

/***
 * @function tally.number(s)
 * Reads a whole string as one number with its unit: tally.number("3617.64万只")
 * → 36176400, "只"; "百分之十五" → 15, "%"; "两万五" → 25000, ""; also the
 * forms of tally/number.h (负三, 叁佰元整, 8 千 5 百, 3w, 八成五, 两双, 1.5e3).
 * For a range (2-3家, 两到五万元) value is its lower end and a fourth result
 * its upper end. Returns nil for anything else (empty, words, a serial
 * number of many digits).
 * @return value, unit, kind[, value_max]
 */
static int l_number(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    rules_ud *u = get_rules(L);
    double v, vmax;
    char unit[TALLY_UNIT_MAX];
    tally_figure_kind kind;
    if (!tally_number_read_range(read_rules(L, u), s, len, &v, &vmax, unit, &kind)) {
        lua_pushnil(L);
        return 1;
    }
    push_number(L, v);
    lua_pushstring(L, unit);
    lua_pushstring(L, tally_figure_kind_name(kind));
    if (isnan(vmax))
        return 3;
    push_number(L, vmax);
    return 4;
}

/***
 * @method Doc:dates()
 * Time expressions: {text, start, stop, kind, value, value_max, period}.
 * kind is day, month, year, period, duration or time; value is ISO 8601
 * where the year is written or implied (2020-03-13, 2021-10, 2023).
 */
static int l_doc_dates(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    rules_ud *u = get_rules(L);
    tally_error err = {""};
    tally_date *v = NULL;
    size_t n = 0;
    box *b = push_box(L);
    if (tally_dates_find(read_rules(L, u), doc->text, doc->len, &v, &n, &err) < 0)
        return luaL_error(L, "dates: %s", err.msg);
    b->p = v;
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        const tally_date *d = &v[i];
        tally_push_span(L, doc->text, d->span.start, d->span.stop);
        lua_pushstring(L, tally_date_kind_name(d->kind));
        lua_setfield(L, -2, "kind");
        if (d->value[0]) {
            lua_pushstring(L, d->value);
            lua_setfield(L, -2, "value");
        }
        if (d->value_max[0]) {
            lua_pushstring(L, d->value_max);
            lua_setfield(L, -2, "value_max");
        }
        lua_pushboolean(L, d->is_period);
        lua_setfield(L, -2, "period");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

/* ---- extending the tables ---- */

static const char *opt_string(lua_State *L, int t, const char *field, const char *def)
{
    lua_getfield(L, t, field);
    const char *s = lua_isnil(L, -1) ? def : lua_tostring(L, -1);
    if (!s && !lua_isnil(L, -1))
        luaL_error(L, "field '%s' must be a string", field);
    lua_pop(L, 1); /* strings stay alive: they are in the table */
    return s;
}

static int opt_bool(lua_State *L, int t, const char *field, int def)
{
    lua_getfield(L, t, field);
    int b = lua_isnil(L, -1) ? def : lua_toboolean(L, -1);
    lua_pop(L, 1);
    return b;
}

static const char *entry_word(lua_State *L, const char *fn)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_geti(L, 1, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_getfield(L, 1, "word");
    }
    const char *w = lua_tostring(L, -1);
    if (!w || !*w)
        luaL_error(L, "%s: give the word first ({\"噸\", unit = \"吨\", ...})", fn);
    lua_pop(L, 1);
    return w;
}

/***
 * @function tally.units.add(entry)
 * Teaches a unit or measure word: {"噸", unit = "吨", kind = "quantity",
 * scale = 1, after_count = false, prefix = false, list = false}. unit
 * defaults to the word (folded to Simplified), kind to quantity. kind may be
 * "time" (a number with it is a date) or "ordinal" (it names, 届).
 */
static int l_units_add(lua_State *L)
{
    const char *word = entry_word(L, "tally.units.add");
    const char *unit = opt_string(L, 1, "unit", word);
    const char *kname = opt_string(L, 1, "kind", "quantity");
    int kind = tally_figure_kind_from_name(kname);
    if (kind < 0)
        return luaL_error(L, "tally.units.add: unknown kind '%s' (money, quantity, percent, "
                             "growth, pp, rank, ratio, time, ordinal)", kname);
    lua_getfield(L, 1, "scale");
    double scale = luaL_optnumber(L, -1, 1);
    lua_pop(L, 1);
    unsigned flags = (opt_bool(L, 1, "after_count", 0) ? TALLY_UNIT_AFTER_COUNT : 0) |
                     (opt_bool(L, 1, "prefix", 0) ? TALLY_UNIT_PREFIX : 0) |
                     (opt_bool(L, 1, "list", 0) ? TALLY_UNIT_LIST_COUNT : 0);
    rules_ud *u = get_rules(L);
    tally_error err = {""};
    if (tally_figure_rules_add_unit(own_rules(L, u), word, unit, (tally_figure_kind)kind, scale, flags,
                                    &err) < 0)
        return luaL_error(L, "tally.units.add: %s", err.msg);
    tables_changed(L, u);
    return 0;
}

/***
 * @function tally.qualifiers.add(entry)
 * {"大约", approx = "about", position = "before", in_text = true}; approx
 * is about, over or under; position is before (约), after (以上) or inside
 * (余, between the number and its magnitude).
 */
static int l_qualifiers_add(lua_State *L)
{
    const char *word = entry_word(L, "tally.qualifiers.add");
    const char *an = opt_string(L, 1, "approx", NULL);
    int approx = an ? tally_approx_from_name(an) : -1;
    if (approx < 0)
        return luaL_error(L, "tally.qualifiers.add: approx must be about, over or under");
    const char *pos = opt_string(L, 1, "position", "before");
    int before = strcmp(pos, "before") == 0 ? 1 : strcmp(pos, "after") == 0 ? 0
                 : strcmp(pos, "inside") == 0 ? 2 : -1;
    if (before < 0)
        return luaL_error(L, "tally.qualifiers.add: position must be before, after or inside");
    rules_ud *u = get_rules(L);
    tally_error err = {""};
    if (tally_figure_rules_add_qualifier(own_rules(L, u), word, (tally_approx)approx, before,
                                         opt_bool(L, 1, "in_text", 1), &err) < 0)
        return luaL_error(L, "tally.qualifiers.add: %s", err.msg);
    tables_changed(L, u);
    return 0;
}

/***
 * @function tally.trends.add(entry)
 * {"腰斩", sign = -1} a trend word; {"按周", base = true} a comparison base
 * that becomes a growth's scope.
 */
static int l_trends_add(lua_State *L)
{
    const char *word = entry_word(L, "tally.trends.add");
    lua_getfield(L, 1, "sign");
    lua_Integer sign = luaL_optinteger(L, -1, 1);
    lua_pop(L, 1);
    if (sign != 1 && sign != -1)
        return luaL_error(L, "tally.trends.add: sign must be 1 or -1");
    rules_ud *u = get_rules(L);
    tally_error err = {""};
    if (tally_figure_rules_add_trend(own_rules(L, u), word, (int)sign, opt_bool(L, 1, "base", 0), &err) < 0)
        return luaL_error(L, "tally.trends.add: %s", err.msg);
    tables_changed(L, u);
    return 0;
}

/***
 * @function tally.exclusions.add(pattern)
 * A PCRE2 pattern (on text folded to Simplified) whose matches hold no
 * figure: tally.exclusions.add("一网通办").
 */
static int l_exclusions_add(lua_State *L)
{
    const char *pat = luaL_checkstring(L, 1);
    rules_ud *u = get_rules(L);
    tally_error err = {""};
    if (tally_figure_rules_add_exclusion(own_rules(L, u), pat, &err) < 0)
        return luaL_error(L, "tally.exclusions.add: %s", err.msg);
    tables_changed(L, u);
    return 0;
}

static void add_table(lua_State *L, const char *name, lua_CFunction add)
{
    lua_newtable(L);
    lua_pushcfunction(L, add);
    lua_setfield(L, -2, "add");
    lua_setfield(L, -2, name);
}

void tally_open_figures(lua_State *L)
{
    static const luaL_Reg funcs[] = {{"figures", l_figures}, {"number", l_number},
                                     {"_default_figure_tables", l_default_figure_tables},
                                     {NULL, NULL}};
    luaL_setfuncs(L, funcs, 0);
    /* tally.figure_kinds: the kinds there are, for scripts to check options against */
    lua_createtable(L, TALLY_FIG_ORDINAL + 1, 0);
    for (int k = 0; k <= TALLY_FIG_ORDINAL; k++) {
        lua_pushstring(L, tally_figure_kind_name((tally_figure_kind)k));
        lua_rawseti(L, -2, k + 1);
    }
    lua_setfield(L, -2, "figure_kinds");
    add_table(L, "units", l_units_add);
    add_table(L, "qualifiers", l_qualifiers_add);
    add_table(L, "trends", l_trends_add);
    add_table(L, "exclusions", l_exclusions_add);
    static const luaL_Reg methods[] = {
        {"figures", l_doc_figures}, {"dates", l_doc_dates}, {NULL, NULL}};
    tally_add_methods(L, TALLY_DOC_CLASS, methods);
}
