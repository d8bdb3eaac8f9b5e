/***
 * @module tally (figure groups)
 * The figures of a corpus grouped on the worker threads
 * (core/figure_groups.c): tally.compare.figures and the claims script use
 * it when they read a corpus of files, so the script's thread gets each
 * document's groups ready made instead of a table per figure. The rules
 * are copied from the spec when it is made. docs/compare.md, "On the workers".
 */
#include "lua_figure_groups.h"

#include <stdlib.h>
#include <string.h>

typedef struct figure_groups_ud {
    tally_group_spec *spec;
    tally_figure_groups *agg;
    char *by; /* the by column's name (line-up) */
} figure_groups_ud;

static int fg_gc(lua_State *L)
{
    figure_groups_ud *ud = luaL_checkudata(L, 1, TALLY_FIGURE_GROUPS_CLASS);
    tally_group_spec_free(ud->spec);
    tally_figure_groups_free(ud->agg);
    free(ud->by);
    ud->spec = NULL, ud->agg = NULL, ud->by = NULL;
    return 0;
}

tally_group_spec *tally_test_figure_groups(lua_State *L, int idx, tally_figure_groups **agg)
{
    figure_groups_ud *ud = luaL_testudata(L, idx, TALLY_FIGURE_GROUPS_CLASS);
    if (!ud || !ud->spec)
        return NULL;
    *agg = ud->agg;
    return ud->spec;
}

static void oom(lua_State *L)
{
    luaL_error(L, "tally._figure_groups: out of memory");
}

/* spec[name], a list of strings, into one of the spec's word lists. */
static void add_words(lua_State *L, int spec, const char *name, tally_group_spec *s,
                      tally_group_words list)
{
    if (lua_getfield(L, spec, name) == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            size_t len;
            lua_geti(L, -1, i);
            const char *w = lua_tolstring(L, -1, &len);
            if (!w)
                luaL_error(L, "tally._figure_groups: %s[%d] is not a string", name, (int)i);
            if (tally_group_spec_word(s, list, w, len) < 0)
                oom(L);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

/***
 * @function tally._figure_groups(spec)
 * Internal: the groups c:each{groups = fg} fills. spec: rule ("line_up" or
 * "claims"), synonyms (folded form -> canonical subject), prefixes,
 * suffixes, vague, edge, region_suffixes, same_scope (lists of strings),
 * kinds (a list of kind names), subject (a folded regex pattern), by (a
 * column name or "year"), rates (unit -> rate to 元).
 * @return {userdata}
 */
static int l_figure_groups(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_getfield(L, 1, "rule");
    const char *rule_name = luaL_optstring(L, -1, "line_up");
    tally_group_rule rule;
    if (strcmp(rule_name, "line_up") == 0)
        rule = TALLY_GROUP_LINE_UP;
    else if (strcmp(rule_name, "claims") == 0)
        rule = TALLY_GROUP_CLAIMS;
    else
        return luaL_error(L, "tally._figure_groups: no rule '%s' (line_up, claims)", rule_name);
    lua_pop(L, 1);
    figure_groups_ud *ud = lua_newuserdatauv(L, sizeof *ud, 0);
    memset(ud, 0, sizeof *ud);
    luaL_setmetatable(L, TALLY_FIGURE_GROUPS_CLASS);
    ud->spec = tally_group_spec_new(rule);
    ud->agg = tally_figure_groups_new(rule);
    if (!ud->spec || !ud->agg)
        oom(L);
    tally_group_spec *s = ud->spec;
    if (lua_getfield(L, 1, "synonyms") == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            size_t fl, cl;
            const char *form = lua_type(L, -2) == LUA_TSTRING ? lua_tolstring(L, -2, &fl) : NULL;
            const char *canon = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &cl) : NULL;
            if (form && canon && tally_group_spec_synonym(s, form, fl, canon, cl) < 0)
                oom(L);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    add_words(L, 1, "prefixes", s, TALLY_WORDS_PREFIX);
    add_words(L, 1, "suffixes", s, TALLY_WORDS_SUFFIX);
    add_words(L, 1, "vague", s, TALLY_WORDS_VAGUE);
    add_words(L, 1, "edge", s, TALLY_WORDS_EDGE);
    add_words(L, 1, "region_suffixes", s, TALLY_WORDS_REGION_SUFFIX);
    add_words(L, 1, "same_scope", s, TALLY_WORDS_SAME_SCOPE);
    if (lua_getfield(L, 1, "kinds") == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_geti(L, -1, i);
            const char *k = lua_tostring(L, -1);
            int kind = k ? tally_figure_kind_from_name(k) : -1;
            if (kind < 0)
                luaL_error(L, "tally._figure_groups: no kind '%s'", k ? k : "?");
            tally_group_spec_kind(s, kind);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (lua_getfield(L, 1, "subject") == LUA_TSTRING) {
        size_t len;
        const char *p = lua_tolstring(L, -1, &len);
        tally_error err = {""};
        if (tally_group_spec_subject(s, p, len, &err) < 0)
            luaL_error(L, "tally.regex: %s", err.msg);
    }
    lua_pop(L, 1);
    if (lua_getfield(L, 1, "by") == LUA_TSTRING) {
        const char *by = lua_tostring(L, -1);
        if (tally_group_spec_by(s, by) < 0)
            luaL_error(L, "tally._figure_groups: no column '%s'", by);
        ud->by = strdup(by);
        if (!ud->by)
            oom(L);
    }
    lua_pop(L, 1);
    if (lua_getfield(L, 1, "rates") == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TNUMBER) {
                size_t len;
                const char *unit = lua_tolstring(L, -2, &len);
                tally_value r = {TALLY_VALUE_NUMBER, NULL, 0, 0, 0};
                if (lua_isinteger(L, -1))
                    r.type = TALLY_VALUE_INTEGER, r.i = (long long)lua_tointeger(L, -1);
                else
                    r.d = lua_tonumber(L, -1);
                if (tally_group_spec_rate(s, unit, len, r) < 0)
                    oom(L);
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return 1;
}

static void push_value(lua_State *L, const tally_value *v)
{
    switch (v->type) {
    case TALLY_VALUE_NONE: lua_pushnil(L); break;
    case TALLY_VALUE_STRING: lua_pushlstring(L, v->s, v->len); break;
    case TALLY_VALUE_INTEGER: lua_pushinteger(L, (lua_Integer)v->i); break;
    case TALLY_VALUE_NUMBER: lua_pushnumber(L, (lua_Number)v->d); break;
    }
}

/* Sets t[names[i]] = v[i] for the values that are not nil. */
static void set_fields(lua_State *L, const char *const *names, const tally_value *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v[i].type != TALLY_VALUE_NONE) {
            push_value(L, &v[i]);
            lua_setfield(L, -2, names[i]);
        }
}

/***
 * @method FigureGroups:result()
 * What the loop gathered: groups (a list: the group's fields and n, how
 * many distinct `by` values give it), variants (a list of rows less their
 * report), the group of each variant, and the occurrences in the order they
 * came: the variant of each and the report (doc) that gave it.
 * @return {table} groups, {table} variants, {table} variant_group, {table} occ_variant, {table} occ_doc
 */
static int l_result(lua_State *L)
{
    figure_groups_ud *ud = luaL_checkudata(L, 1, TALLY_FIGURE_GROUPS_CLASS);
    if (!ud->agg)
        return luaL_error(L, "FigureGroups: already freed");
    const tally_figure_groups *g = ud->agg;
    int line_up = tally_group_spec_rule(ud->spec) == TALLY_GROUP_LINE_UP;
    size_t ng = tally_figure_groups_count(g);
    lua_createtable(L, (int)ng, 0);
    for (size_t i = 0; i < ng; i++) {
        size_t n_by;
        const tally_value *f = tally_figure_groups_group(g, i, &n_by);
        lua_createtable(L, 0, 8);
        if (line_up)
            set_fields(L, tally_line_up_group_fields, f, TALLY_LINE_UP_GROUP_FIELDS);
        lua_pushinteger(L, (lua_Integer)n_by);
        lua_setfield(L, -2, "n");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    size_t nv = tally_figure_groups_variants(g);
    lua_createtable(L, (int)nv, 0);
    lua_createtable(L, (int)nv, 0);
    for (size_t i = 0; i < nv; i++) {
        size_t group;
        const tally_value *f = tally_figure_groups_variant(g, i, &group);
        lua_createtable(L, 0, 16);
        if (line_up) {
            set_fields(L, tally_line_up_row_fields, f, TALLY_LINE_UP_ROW_FIELDS - 1);
            /* v[by_col] = group, set last as the Lua side sets it */
            push_value(L, &f[TALLY_LINE_UP_ROW_FIELDS - 1]);
            lua_setfield(L, -2, ud->by ? ud->by : "region");
        } else {
            set_fields(L, tally_claims_row_fields, f, TALLY_CLAIMS_ROW_FIELDS);
        }
        lua_rawseti(L, -3, (lua_Integer)i + 1);
        lua_pushinteger(L, (lua_Integer)group + 1);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    size_t no = tally_figure_groups_occurrences(g);
    lua_createtable(L, (int)no, 0);
    lua_createtable(L, (int)no, 0);
    for (size_t i = 0; i < no; i++) {
        size_t v;
        const char *doc;
        tally_figure_groups_occurrence(g, i, &v, &doc);
        lua_pushinteger(L, (lua_Integer)v + 1);
        lua_rawseti(L, -3, (lua_Integer)i + 1);
        lua_pushstring(L, doc);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 5;
}

void tally_open_figure_groups(lua_State *L)
{
    static const luaL_Reg methods[] = {{"result", l_result}, {NULL, NULL}};
    luaL_newmetatable(L, TALLY_FIGURE_GROUPS_CLASS);
    lua_pushcfunction(L, fg_gc);
    lua_setfield(L, -2, "__gc");
    luaL_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    lua_pushcfunction(L, l_figure_groups);
    lua_setfield(L, -2, "_figure_groups");
}
