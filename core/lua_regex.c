/***
 * @module tally.Regex
 * PCRE2 regular expressions for Lua: match, find, gmatch, gsub, split, test,
 * and doc:find / doc:count / doc:kwic. Offsets are 1-based inclusive bytes,
 * as string.find gives them. The engine calls are in regex.c; this file
 * holds the iteration rules (empty matches), replacement and the Lua side.
 */
#include "binding.h"
#include "fold_binding.h"
#include "tally/regex.h"

#include <string.h>

/* Doc methods given a pattern string keep this many compiled patterns per
 * Lua state; past that the cache starts over. */
#define PATTERN_CACHE_MAX 64
#define PATTERN_CACHE_KEY "tally.regex.cache"

/* Spans of up to this many groups live on the C stack; more go in a
 * userdata (collected by Lua if an error unwinds). */
#define SMALL_GROUPS 16

#define KWIC_DEFAULT_WIDTH 20

typedef struct regex_ud {
    tally_regex *re;
} regex_ud;

static tally_regex *check_regex(lua_State *L, int idx)
{
    regex_ud *ud = luaL_checkudata(L, idx, TALLY_REGEX_CLASS);
    if (!ud->re)
        luaL_argerror(L, idx, "regex has been freed");
    return ud->re;
}

/* A subject: a string, or a document's text (raising a clear error for a
 * closed document rather than "string expected"). */
static const char *check_subject(lua_State *L, int idx, size_t *len)
{
    if (luaL_testudata(L, idx, TALLY_DOC_CLASS))
        tally_check_doc(L, idx);
    return tally_check_subject(L, idx, len);
}

/* Room for the spans of every group of re: small ones on the caller's stack
 * array, larger ones in a userdata pushed on the Lua stack. */
static tally_span *group_buffer(lua_State *L, const tally_regex *re, tally_span *small)
{
    size_t n = (size_t)tally_regex_groups(re) + 1;
    if (n <= SMALL_GROUPS)
        return small;
    return lua_newuserdatauv(L, n * sizeof(tally_span), 0);
}

/* One search; a limit or engine error becomes a Lua error naming the
 * pattern, never "no match". */
static int search(lua_State *L, tally_regex *re, const char *s, size_t len, size_t start,
                  unsigned options, tally_span *groups)
{
    tally_error err = {""};
    int rc = tally_regex_search(re, s, len, start, options, groups, &err);
    if (rc < 0)
        return luaL_error(L, "%s", err.msg);
    return rc;
}

/* The byte offset (0-based) an optional init argument stands for, with
 * string.find's rules: negative counts from the end, 0 is 1. Returns 0 when
 * init is past the end plus one (nothing can match there). */
static int start_offset(lua_State *L, int arg, size_t len, size_t *start)
{
    lua_Integer init = luaL_optinteger(L, arg, 1);
    if (init > 0) {
        if ((lua_Unsigned)init > (lua_Unsigned)len + 1)
            return 0;
        *start = (size_t)init - 1;
    } else if (init == 0 || 0u - (lua_Unsigned)init > len) {
        *start = 0; /* negated unsigned: -math.mininteger would overflow */
    } else {
        *start = len - (size_t)(0u - (lua_Unsigned)init);
    }
    return 1;
}

/* ---------------------------------------------------------------------
 * Successive matches. After a match the next search starts where it ended
 * and may not be empty there: an empty match adjacent to the previous match
 * is skipped (Lua's and lrexlib's rule), and PCRE2 moves on by a whole UTF-8
 * character, never splitting one.
 */
typedef struct scan_state {
    size_t pos;      /* where the next search starts */
    size_t last_end; /* end of the previous match, or TALLY_REGEX_UNSET */
    int done;
    int fold;        /* searching the subject's folded text (docs/fold.md) */
} scan_state;

static void scan_init(scan_state *st, size_t start)
{
    st->pos = start;
    st->last_end = TALLY_REGEX_UNSET;
    st->done = 0;
    st->fold = 0;
}

static int scan_next(lua_State *L, tally_regex *re, const char *s, size_t len,
                     scan_state *st, tally_span *groups)
{
    if (st->done || st->pos > len)
        return 0;
    unsigned options = st->last_end == st->pos ? TALLY_REGEX_NOTEMPTY_ATSTART : 0;
    if (!search(L, re, s, len, st->pos, options, groups)) {
        st->done = 1;
        return 0;
    }
    st->pos = st->last_end = groups[0].stop;
    return 1;
}

/* Turns the spans of a match in folded text into spans of the text as
 * written (whole characters). */
static void unfold_groups(const tally_folded *f, const tally_regex *re, tally_span *groups)
{
    for (uint32_t i = 0; i <= tally_regex_groups(re); i++)
        if (groups[i].start != TALLY_REGEX_UNSET)
            groups[i] = tally_folded_to_source(f, groups[i].start, groups[i].stop);
}

/* ---------------------------------------------------------------------
 * Match records
 */
static void push_group(lua_State *L, const char *s, const tally_span *g)
{
    if (g->start == TALLY_REGEX_UNSET)
        lua_pushnil(L); /* as string.match gives none: `if m.unit then` reads right */
    else
        lua_pushlstring(L, s + g->start, g->stop - g->start);
}

static int is_record_field(const char *name)
{
    return strcmp(name, "text") == 0 || strcmp(name, "start") == 0
        || strcmp(name, "stop") == 0;
}

/* {text, start, stop, [1]..[n], name = ...}; a group that took no part in
 * the match is nil (docs/regex.md). */
static void push_match(lua_State *L, const tally_regex *re, const char *s,
                       const tally_span *groups)
{
    uint32_t n = tally_regex_groups(re);
    size_t n_names;
    const tally_regex_name *names = tally_regex_names(re, &n_names);
    tally_push_span(L, s, groups[0].start, groups[0].stop);
    for (uint32_t i = 1; i <= n; i++) {
        push_group(L, s, &groups[i]);
        lua_rawseti(L, -2, (lua_Integer)i);
    }
    for (size_t i = 0; i < n_names; i++) {
        const char *name = names[i].name;
        const tally_span *g = &groups[names[i].group];
        /* text, start and stop always describe the whole match; such a group
         * is still there by number */
        if (is_record_field(name))
            continue;
        /* with duplicate names (?J), the group that took part wins */
        if (g->start == TALLY_REGEX_UNSET) {
            int had = lua_getfield(L, -1, name) != LUA_TNIL;
            lua_pop(L, 1);
            if (had)
                continue;
        }
        push_group(L, s, g);
        lua_setfield(L, -2, name);
    }
}

/* Pushes the captures (or the whole match when there are none), as
 * string.find and string.gsub hand them out; returns how many. */
static int push_captures(lua_State *L, const tally_regex *re, const char *s,
                         const tally_span *groups)
{
    uint32_t n = tally_regex_groups(re);
    if (n == 0) {
        push_group(L, s, &groups[0]);
        return 1;
    }
    luaL_checkstack(L, (int)n, "too many captures");
    for (uint32_t i = 1; i <= n; i++)
        push_group(L, s, &groups[i]);
    return (int)n;
}

/* ---------------------------------------------------------------------
 * tally.regex and the Regex methods
 */

/* Raises an error on argument arg unless flags has only known letters. */
static const char *check_flag_letters(lua_State *L, int arg, const char *flags)
{
    size_t ok = strspn(flags, TALLY_REGEX_FLAGS);
    if (flags[ok] != '\0')
        luaL_argerror(L, arg,
                      lua_pushfstring(L, "unknown flag '%c' in \"%s\" (flags are %s)",
                                      flags[ok], flags, TALLY_REGEX_FLAGS));
    return flags;
}

/* The optional flags argument, checked letter by letter. */
static const char *check_flags(lua_State *L, int arg)
{
    return check_flag_letters(L, arg, luaL_optstring(L, arg, ""));
}

/***
 * @function tally.regex(pattern [, flags])
 * Compiles a PCRE2 pattern (UTF, Unicode properties, JIT when available).
 * @param {string} pattern
 * @param {string} flags letters from "imsxu": i caseless, m multiline,
 *   s dot matches newline, x extended, u ungreedy
 * @return {tally.Regex}
 * Raises "tally.regex: <why> at offset N in /pattern/" if it does not compile.
 */
static int l_regex(lua_State *L)
{
    size_t len;
    const char *pattern = luaL_checklstring(L, 1, &len);
    const char *flags = check_flags(L, 2);
    /* the object first, so a failed compile leaves nothing to free */
    regex_ud *ud = tally_new_object(L, TALLY_REGEX_CLASS, sizeof *ud);
    tally_error err = {""};
    ud->re = tally_regex_compile(pattern, len, flags, &err);
    if (!ud->re)
        return luaL_error(L, "%s", err.msg);
    return 1;
}

/* The first match of re (argument 1) in the subject (2) from init (3), for
 * match and find; NULL (with nil pushed) when there is none. */
static tally_span *first_match(lua_State *L, tally_regex **re, const char **s,
                               tally_span *small)
{
    *re = check_regex(L, 1);
    size_t len, start = 0;
    *s = check_subject(L, 2, &len);
    tally_span *g = NULL;
    if (start_offset(L, 3, len, &start)) {
        g = group_buffer(L, *re, small);
        if (!search(L, *re, *s, len, start, 0, g))
            g = NULL;
    }
    if (!g)
        lua_pushnil(L);
    return g;
}

/***
 * @method re:match(s [, init])
 * The first match at or after byte init (negative counts from the end).
 * @param {string|tally.Doc} s
 * @return {table|nil} {text, start, stop, [1]..[n], name=...}; a group that
 *   took no part is false
 */
static int l_re_match(lua_State *L)
{
    tally_regex *re;
    const char *s;
    tally_span small[SMALL_GROUPS];
    tally_span *g = first_match(L, &re, &s, small);
    if (g)
        push_match(L, re, s, g);
    return 1;
}

/***
 * @method re:find(s [, init])
 * Like string.find: start, stop, then the captures (false for a group that
 * took no part); nil when there is no match.
 */
static int l_re_find(lua_State *L)
{
    tally_regex *re;
    const char *s;
    tally_span small[SMALL_GROUPS];
    tally_span *g = first_match(L, &re, &s, small);
    if (!g)
        return 1;
    lua_pushinteger(L, (lua_Integer)g[0].start + 1);
    lua_pushinteger(L, (lua_Integer)g[0].stop);
    uint32_t n = tally_regex_groups(re);
    luaL_checkstack(L, (int)n, "too many captures");
    for (uint32_t i = 1; i <= n; i++)
        push_group(L, s, &g[i]);
    return 2 + (int)n;
}

/***
 * @method re:test(s [, init])
 * @return {boolean} whether the pattern matches anywhere (from init)
 */
static int l_re_test(lua_State *L)
{
    tally_regex *re = check_regex(L, 1);
    size_t len, start = 0;
    const char *s = check_subject(L, 2, &len);
    tally_span small[SMALL_GROUPS];
    int found = 0;
    if (start_offset(L, 3, len, &start))
        found = search(L, re, s, len, start, 0, group_buffer(L, re, small));
    lua_pushboolean(L, found);
    return 1;
}

/* The iterator behind re:gmatch and doc:find. Upvalues: 1 the regex, 2 the
 * subject (string or Doc, kept alive by being here), 3 the scan state, and
 * with fold 4 what holds the subject's folded text. */
static int gmatch_step(lua_State *L)
{
    tally_regex *re = check_regex(L, lua_upvalueindex(1));
    scan_state *st = lua_touserdata(L, lua_upvalueindex(3));
    lua_pushvalue(L, lua_upvalueindex(2));
    int subject = lua_gettop(L);
    size_t len;
    const char *s = check_subject(L, subject, &len);
    const tally_folded *f = st->fold ? tally_held_folded(L, subject, lua_upvalueindex(4)) : NULL;
    tally_span small[SMALL_GROUPS];
    tally_span *g = group_buffer(L, re, small);
    if (!scan_next(L, re, f ? f->text : s, f ? f->len : len, st, g))
        return 0;
    if (f)
        unfold_groups(f, re, g);
    push_match(L, re, s, g);
    return 1;
}

/* Pushes the iterator over the subject at idx with the regex at re_idx,
 * from byte start of the subject (past its end: nothing). */
static void push_gmatch(lua_State *L, int re_idx, int subject_idx, size_t start, int fold)
{
    int holder = 0;
    if (fold) {
        size_t len;
        check_subject(L, subject_idx, &len);
        const tally_folded *f = tally_check_folded(L, subject_idx);
        holder = lua_gettop(L);
        start = start > len ? f->len + 1 : tally_folded_from_source(f, start);
    }
    lua_pushvalue(L, re_idx);
    lua_pushvalue(L, subject_idx);
    scan_state *st = lua_newuserdatauv(L, sizeof *st, 0);
    scan_init(st, start);
    st->fold = fold;
    if (fold)
        lua_pushvalue(L, holder);
    lua_pushcclosure(L, gmatch_step, fold ? 4 : 3);
}

/* Search options: a flags string, or a table {flags = "i", fold = true}. */
typedef struct search_opts {
    const char *flags; /* NULL when none are given */
    int fold;
} search_opts;

static search_opts check_search_opts(lua_State *L, int arg)
{
    search_opts o = {NULL, 0};
    if (lua_istable(L, arg)) {
        o.fold = tally_fold_option(L, arg);
        lua_getfield(L, arg, "flags");
        if (!lua_isnil(L, -1)) {
            if (lua_type(L, -1) != LUA_TSTRING)
                luaL_argerror(L, arg, "opts.flags must be a string of letters from " TALLY_REGEX_FLAGS);
            o.flags = check_flag_letters(L, arg, lua_tostring(L, -1));
        }
        /* the value stays on the stack (so o.flags stays valid), below what
         * callers push */
    } else if (!lua_isnoneornil(L, arg)) {
        if (lua_type(L, arg) != LUA_TSTRING)
            luaL_typeerror(L, arg, "flags string or options table");
        o.flags = check_flags(L, arg);
    }
    return o;
}

/* Defined with the pattern cache below. */
static tally_regex *fold_regex(lua_State *L, int arg);

/***
 * @method re:gmatch(s [, init] [, opts])
 * With opts.fold = true the pattern (folded) runs over s folded, and the
 * matches are spans of s as written (docs/fold.md).
 * @return {iterator} of match tables (as re:match gives them), left to
 *   right; an empty match adjacent to the previous match is skipped.
 * @example for m in tally.regex("(\\d+)%"):gmatch(text) do print(m[1]) end
 */
static int l_re_gmatch(lua_State *L)
{
    check_regex(L, 1);
    size_t len, start = 0;
    check_subject(L, 2, &len);
    int init_arg = 3, opts_arg = 4;
    if (lua_istable(L, 3))
        init_arg = 0, opts_arg = 3;
    else if (!lua_isnoneornil(L, 4))
        luaL_checktype(L, 4, LUA_TTABLE);
    int fold = tally_fold_option(L, opts_arg);
    if (init_arg && !start_offset(L, init_arg, len, &start))
        start = len + 1; /* past the end: the iterator yields nothing */
    if (fold)
        fold_regex(L, 1);
    push_gmatch(L, 1, 2, start, fold);
    return 1;
}

/* Replacement strings: $0 the whole match, $1..$n or ${n} a group,
 * ${name} a named group, $$ a dollar sign. */
typedef struct template_ref {
    size_t consumed; /* bytes of the template the reference takes */
    long group;      /* the group, or -1 for a literal '$' */
} template_ref;

/* Reads the reference at t[i] == '$'; 0 with a message in *why if bad. */
static int template_parse(const tally_regex *re, const char *t, size_t len, size_t i,
                          template_ref *ref, const char **why)
{
    size_t j = i + 1;
    uint32_t groups = tally_regex_groups(re);
    if (j < len && t[j] == '$') {
        ref->consumed = 2;
        ref->group = -1;
        return 1;
    }
    if (j < len && t[j] >= '0' && t[j] <= '9') {
        long n = 0;
        while (j < len && t[j] >= '0' && t[j] <= '9' && n <= (long)groups)
            n = n * 10 + (t[j++] - '0');
        if (n > (long)groups) {
            *why = "refers to a group the pattern does not have";
            return 0;
        }
        ref->consumed = j - i;
        ref->group = n;
        return 1;
    }
    if (j < len && t[j] == '{') {
        const char *close = memchr(t + j, '}', len - j);
        if (!close) {
            *why = "has '${' without a closing '}'";
            return 0;
        }
        const char *name = t + j + 1;
        size_t name_len = (size_t)(close - name);
        size_t digits = 0;
        while (digits < name_len && name[digits] >= '0' && name[digits] <= '9')
            digits++;
        long n = -1;
        if (name_len > 0 && digits == name_len) {
            n = 0;
            for (size_t k = 0; k < name_len && n <= (long)groups; k++)
                n = n * 10 + (name[k] - '0');
            if (n > (long)groups)
                n = -1;
        } else if (name_len > 0) {
            uint32_t g = tally_regex_group_number(re, name, name_len);
            n = g ? (long)g : -1;
        }
        if (n < 0) {
            *why = "names a group the pattern does not have";
            return 0;
        }
        ref->consumed = (size_t)(close - t) + 1 - i;
        ref->group = n;
        return 1;
    }
    *why = "has a '$' not followed by a digit, '{name}' or '$' (write $$ for a dollar sign)";
    return 0;
}

/* Raises an argument error if the template at arg has a bad reference, so
 * a mistake shows even when nothing matches. */
static void template_check(lua_State *L, const tally_regex *re, int arg)
{
    size_t len;
    const char *t = lua_tolstring(L, arg, &len);
    for (size_t i = 0; i < len; i++) {
        if (t[i] != '$')
            continue;
        template_ref ref;
        const char *why;
        if (!template_parse(re, t, len, i, &ref, &why))
            luaL_argerror(L, arg,
                          lua_pushfstring(L, "replacement %s (at byte %d)", why, (int)i + 1));
        i += ref.consumed - 1;
    }
}

static void template_expand(luaL_Buffer *b, const tally_regex *re, const char *t, size_t len,
                            const char *s, const tally_span *groups)
{
    size_t i = 0;
    while (i < len) {
        const char *dollar = memchr(t + i, '$', len - i);
        size_t run = dollar ? (size_t)(dollar - (t + i)) : len - i;
        luaL_addlstring(b, t + i, run);
        i += run;
        if (i >= len)
            break;
        template_ref ref;
        const char *why;
        template_parse(re, t, len, i, &ref, &why); /* checked by template_check */
        if (ref.group < 0)
            luaL_addchar(b, '$');
        else if (groups[ref.group].start != TALLY_REGEX_UNSET)
            luaL_addlstring(b, s + groups[ref.group].start,
                            groups[ref.group].stop - groups[ref.group].start);
        i += ref.consumed;
    }
}

/* Adds the replacement a table or function gives for one match: its value
 * on the stack top; false or nil keeps the match as it was. */
static void add_lua_value(lua_State *L, luaL_Buffer *b, const char *s, const tally_span *g)
{
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(b, s + g[0].start, g[0].stop - g[0].start);
    } else if (lua_type(L, -1) == LUA_TSTRING || lua_type(L, -1) == LUA_TNUMBER) {
        luaL_addvalue(b);
    } else {
        luaL_error(L, "invalid replacement value (a %s): give a string, a number, false or nil",
                   luaL_typename(L, -1));
    }
}

/***
 * @method re:gsub(s, repl [, n])
 * Replaces the matches (the first n, if n is given). repl is a string with
 * $0, $1..$n, ${n}, ${name} and $$; a table indexed by the first capture (or
 * the whole match); or a function called with the captures (or the whole
 * match). A table or function giving false or nil keeps the match.
 * @return {string, integer} the new string and the number of matches
 */
static int l_re_gsub(lua_State *L)
{
    tally_regex *re = check_regex(L, 1);
    size_t len;
    const char *s = check_subject(L, 2, &len);
    int repl_type = lua_type(L, 3);
    luaL_argexpected(L,
                     repl_type == LUA_TSTRING || repl_type == LUA_TNUMBER
                         || repl_type == LUA_TTABLE || repl_type == LUA_TFUNCTION,
                     3, "string, table or function");
    lua_Integer max_n = luaL_optinteger(L, 4, (lua_Integer)len + 1);
    if (repl_type == LUA_TSTRING || repl_type == LUA_TNUMBER)
        template_check(L, re, 3);

    tally_span small[SMALL_GROUPS];
    tally_span *g = group_buffer(L, re, small);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    scan_state st;
    scan_init(&st, 0);
    size_t copied = 0;
    lua_Integer count = 0;
    while (count < max_n && scan_next(L, re, s, len, &st, g)) {
        count++;
        luaL_addlstring(&b, s + copied, g[0].start - copied);
        copied = g[0].stop;
        if (repl_type == LUA_TSTRING || repl_type == LUA_TNUMBER) {
            size_t tlen;
            const char *t = lua_tolstring(L, 3, &tlen);
            template_expand(&b, re, t, tlen, s, g);
            continue;
        }
        if (repl_type == LUA_TTABLE) {
            push_group(L, s, &g[tally_regex_groups(re) > 0 ? 1 : 0]);
            lua_gettable(L, 3);
        } else {
            /* the callback may use this same regex: g is our own copy of
             * the spans, and the subject is fetched again after it */
            lua_pushvalue(L, 3);
            int n = push_captures(L, re, s, g);
            lua_call(L, n, 1);
            s = check_subject(L, 2, &len);
        }
        add_lua_value(L, &b, s, g);
    }
    luaL_addlstring(&b, s + copied, len - copied);
    luaL_pushresult(&b);
    lua_pushinteger(L, count);
    return 2;
}

/***
 * @method re:split(s)
 * The pieces of s between the matches (captures are not included); a match
 * at the very start or end gives an empty first or last piece.
 * @return {table} an array of strings
 */
static int l_re_split(lua_State *L)
{
    tally_regex *re = check_regex(L, 1);
    size_t len;
    const char *s = check_subject(L, 2, &len);
    tally_span small[SMALL_GROUPS];
    tally_span *g = group_buffer(L, re, small);
    lua_newtable(L);
    scan_state st;
    scan_init(&st, 0);
    size_t piece = 0;
    lua_Integer n = 0;
    while (scan_next(L, re, s, len, &st, g)) {
        lua_pushlstring(L, s + piece, g[0].start - piece);
        lua_rawseti(L, -2, ++n);
        piece = g[0].stop;
    }
    lua_pushlstring(L, s + piece, len - piece);
    lua_rawseti(L, -2, ++n);
    return 1;
}

static int l_re_gc(lua_State *L)
{
    regex_ud *ud = luaL_checkudata(L, 1, TALLY_REGEX_CLASS);
    tally_regex_free(ud->re);
    ud->re = NULL;
    return 0;
}

static int l_re_tostring(lua_State *L)
{
    regex_ud *ud = luaL_checkudata(L, 1, TALLY_REGEX_CLASS);
    if (!ud->re) {
        lua_pushliteral(L, "tally.Regex<freed>");
        return 1;
    }
    size_t len;
    const char *p = tally_regex_pattern(ud->re, &len);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addstring(&b, "tally.Regex</");
    luaL_addlstring(&b, p, len);
    luaL_addchar(&b, '/');
    luaL_addstring(&b, tally_regex_flags(ud->re));
    luaL_addchar(&b, '>');
    luaL_pushresult(&b);
    return 1;
}

static int f_pattern(lua_State *L)
{
    size_t len;
    const char *p = tally_regex_pattern(check_regex(L, 1), &len);
    lua_pushlstring(L, p, len);
    return 1;
}

static int f_flags(lua_State *L)
{
    lua_pushstring(L, tally_regex_flags(check_regex(L, 1)));
    return 1;
}

static int f_groups(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)tally_regex_groups(check_regex(L, 1)));
    return 1;
}

static int f_names(lua_State *L)
{
    size_t n;
    const tally_regex_name *names = tally_regex_names(check_regex(L, 1), &n);
    lua_createtable(L, 0, (int)n);
    for (size_t i = 0; i < n; i++) {
        lua_pushinteger(L, (lua_Integer)names[i].group);
        lua_setfield(L, -2, names[i].name);
    }
    return 1;
}

static int f_jit(lua_State *L)
{
    lua_pushboolean(L, tally_regex_is_jit(check_regex(L, 1)));
    return 1;
}

/* ---------------------------------------------------------------------
 * Doc methods
 */

/* Pushes the regex of the pattern string at pattern_idx with flags,
 * compiled once per Lua state and kept in a small cache. */
static void push_cached_regex(lua_State *L, int pattern_idx, const char *flags)
{
    int base = lua_gettop(L);
    if (lua_getfield(L, LUA_REGISTRYINDEX, PATTERN_CACHE_KEY) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_createtable(L, 0, 1);
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, PATTERN_CACHE_KEY);
    }
    int cache = lua_gettop(L);
    lua_pushfstring(L, "%s/%s", flags, lua_tostring(L, pattern_idx));
    int key = lua_gettop(L);
    lua_pushvalue(L, key);
    if (lua_rawget(L, cache) == LUA_TUSERDATA) {
        lua_replace(L, base + 1);
        lua_settop(L, base + 1);
        return;
    }
    lua_pop(L, 1);

    lua_pushcfunction(L, l_regex);
    lua_pushvalue(L, pattern_idx);
    lua_pushstring(L, flags);
    lua_call(L, 2, 1);
    /* a full cache starts over: a script's working set of patterns is small */
    lua_rawgeti(L, cache, 0);
    lua_Integer size = lua_tointeger(L, -1);
    lua_pop(L, 1);
    if (size >= PATTERN_CACHE_MAX) {
        lua_createtable(L, 0, 1);
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, PATTERN_CACHE_KEY);
        lua_replace(L, cache);
        size = 0;
    }
    lua_pushvalue(L, key);
    lua_pushvalue(L, -2);
    lua_rawset(L, cache);
    lua_pushinteger(L, size + 1);
    lua_rawseti(L, cache, 0); /* [0]: the entry count; entries have string keys */
    lua_replace(L, base + 1);
    lua_settop(L, base + 1);
}

/* The regex of the pattern of the regex at arg folded (docs/fold.md): the
 * same regex when folding leaves the pattern as it is, else one compiled once
 * and cached. It replaces the regex at arg. */
static tally_regex *fold_regex(lua_State *L, int arg)
{
    tally_regex *re = check_regex(L, arg);
    size_t len;
    const char *pattern = tally_regex_pattern(re, &len);
    int top = lua_gettop(L);
    lua_pushlstring(L, pattern, len);
    const tally_folded *f = tally_check_folded(L, top + 1);
    luaL_Buffer b;
    char *out = luaL_buffinitsize(L, &b, 2 * f->len + 1);
    luaL_pushresultsize(&b, tally_fold_pattern(f, out));
    size_t folded_len;
    const char *folded = lua_tolstring(L, -1, &folded_len);
    if (folded_len == len && memcmp(folded, pattern, len) == 0) {
        lua_settop(L, top);
        return re;
    }
    push_cached_regex(L, lua_gettop(L), tally_regex_flags(re));
    lua_replace(L, arg);
    lua_settop(L, top);
    return check_regex(L, arg);
}

/* The regex a pattern argument stands for: a tally.Regex as is, or a string
 * (with flags from the options at opts_arg, 0 for none) compiled once per
 * Lua state and kept in a small cache; with opts.fold, the regex of the
 * folded pattern. The regex replaces the argument on the stack. */
static tally_regex *pattern_arg(lua_State *L, int arg, int opts_arg, int *fold)
{
    search_opts o = opts_arg ? check_search_opts(L, opts_arg) : (search_opts){NULL, 0};
    *fold = o.fold;
    regex_ud *ud = luaL_testudata(L, arg, TALLY_REGEX_CLASS);
    if (ud) {
        if (o.flags)
            luaL_argerror(L, opts_arg, "flags go with a pattern string, not a tally.Regex");
        check_regex(L, arg);
        return o.fold ? fold_regex(L, arg) : ud->re;
    }
    if (lua_type(L, arg) != LUA_TSTRING)
        luaL_typeerror(L, arg, "string or tally.Regex");
    /* compiled as written first (so that an error names the offset in the
     * pattern as written), then folded */
    push_cached_regex(L, arg, o.flags ? o.flags : "");
    lua_replace(L, arg);
    return o.fold ? fold_regex(L, arg) : check_regex(L, arg);
}

/***
 * @method doc:find(pattern [, flags | opts])
 * @param {string|tally.Regex} pattern
 * @param opts {flags = "i", fold = true}: with fold the pattern runs over
 *   doc.folded and matches are still spans of doc.text (docs/fold.md)
 * @return {iterator} of match tables over doc.text (as re:gmatch)
 */
static int l_doc_find(lua_State *L)
{
    tally_check_doc(L, 1);
    int fold;
    pattern_arg(L, 2, 3, &fold);
    push_gmatch(L, 2, 1, 0, fold);
    return 1;
}

/* The text a doc method searches: doc.text, or with fold doc.folded. */
static const char *searched_text(lua_State *L, tally_doc *doc, int fold, size_t *len,
                                 const tally_folded **f)
{
    *f = NULL;
    *len = doc->len;
    if (!fold)
        return doc->text;
    tally_error err = {""};
    *f = tally_doc_folded(doc, &err);
    if (!*f)
        luaL_error(L, "%s: %s", doc->name, err.msg);
    *len = (*f)->len;
    return (*f)->text;
}

/***
 * @method doc:count(pattern [, flags | opts])
 * @param opts {flags = "i", fold = true} as for doc:find
 * @return {integer} how many times the pattern matches doc.text
 */
static int l_doc_count(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    int fold;
    tally_regex *re = pattern_arg(L, 2, 3, &fold);
    const tally_folded *f;
    size_t len;
    const char *text = searched_text(L, doc, fold, &len, &f);
    tally_span small[SMALL_GROUPS];
    tally_span *g = group_buffer(L, re, small);
    scan_state st;
    scan_init(&st, 0);
    lua_Integer n = 0;
    while (scan_next(L, re, text, len, &st, g))
        n++;
    lua_pushinteger(L, n);
    return 1;
}

/* Adds s[start, stop) with line breaks and other control characters shown
 * as spaces, one for one. */
static void add_context(luaL_Buffer *b, const char *s, size_t start, size_t stop)
{
    for (size_t i = start; i < stop; i++) {
        unsigned char c = (unsigned char)s[i];
        luaL_addchar(b, c < 0x20 || c == 0x7F ? ' ' : (char)c);
    }
}

static void push_context(lua_State *L, const char *s, size_t start, size_t stop)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    add_context(&b, s, start, stop);
    luaL_pushresult(&b);
}

/* Moves back over up to n characters from byte offset pos. */
static size_t back_chars(const char *s, size_t pos, lua_Integer n)
{
    for (; n > 0 && pos > 0; n--) {
        pos--;
        while (pos > 0 && ((unsigned char)s[pos] & 0xC0) == 0x80)
            pos--;
    }
    return pos;
}

static size_t forward_chars(const char *s, size_t len, size_t pos, lua_Integer n)
{
    for (; n > 0 && pos < len; n--) {
        pos++;
        while (pos < len && ((unsigned char)s[pos] & 0xC0) == 0x80)
            pos++;
    }
    return pos;
}

/***
 * @method doc:kwic(pattern [, width] [, opts])
 * Keywords in context: every match with width (default 20) characters of
 * text on each side, line breaks shown as spaces. opts {flags =, fold =} as
 * for doc:find; with fold the context is doc.text as written.
 * @return {table} an array of {left, match, right, start, stop, text}
 *   (text is the match, start/stop its offsets in doc.text)
 */
static int l_doc_kwic(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    int width_arg = 3, opts_arg = 4;
    if (lua_istable(L, 3))
        width_arg = 0, opts_arg = 3;
    else if (!lua_isnoneornil(L, 4))
        luaL_checktype(L, 4, LUA_TTABLE);
    lua_Integer width = width_arg ? luaL_optinteger(L, width_arg, KWIC_DEFAULT_WIDTH)
                                  : KWIC_DEFAULT_WIDTH;
    luaL_argcheck(L, width >= 0, 3, "width must be 0 or more characters");
    int fold;
    tally_regex *re = pattern_arg(L, 2, opts_arg, &fold);
    const tally_folded *f;
    size_t searched_len;
    const char *searched = searched_text(L, doc, fold, &searched_len, &f);
    tally_span small[SMALL_GROUPS];
    tally_span *g = group_buffer(L, re, small);
    const char *s = doc->text;
    lua_newtable(L);
    scan_state st;
    scan_init(&st, 0);
    lua_Integer n = 0;
    while (scan_next(L, re, searched, searched_len, &st, g)) {
        if (f)
            unfold_groups(f, re, g);
        size_t left = back_chars(s, g[0].start, width);
        size_t right = forward_chars(s, doc->len, g[0].stop, width);
        tally_push_span(L, s, g[0].start, g[0].stop);
        push_context(L, s, left, g[0].start);
        lua_setfield(L, -2, "left");
        push_context(L, s, g[0].start, g[0].stop);
        lua_setfield(L, -2, "match");
        push_context(L, s, g[0].stop, right);
        lua_setfield(L, -2, "right");
        lua_rawseti(L, -2, ++n);
    }
    return 1;
}

void tally_open_regex(lua_State *L)
{
    static const luaL_Reg methods[] = {
        {"match", l_re_match}, {"find", l_re_find},   {"test", l_re_test},
        {"gmatch", l_re_gmatch}, {"gsub", l_re_gsub}, {"split", l_re_split},
        {NULL, NULL}};
    static const luaL_Reg fields[] = {
        {"pattern", f_pattern}, {"flags", f_flags}, {"groups", f_groups},
        {"names", f_names},     {"jit", f_jit},     {NULL, NULL}};
    static const luaL_Reg meta[] = {
        {"__gc", l_re_gc}, {"__tostring", l_re_tostring}, {NULL, NULL}};
    static const luaL_Reg doc_methods[] = {
        {"find", l_doc_find}, {"count", l_doc_count}, {"kwic", l_doc_kwic}, {NULL, NULL}};
    static const luaL_Reg funcs[] = {{"regex", l_regex}, {NULL, NULL}};

    tally_add_methods(L, TALLY_REGEX_CLASS, methods);
    tally_add_fields(L, TALLY_REGEX_CLASS, fields);
    luaL_getmetatable(L, TALLY_REGEX_CLASS);
    luaL_setfuncs(L, meta, 0);
    lua_pop(L, 1);
    tally_add_methods(L, TALLY_DOC_CLASS, doc_methods);
    luaL_setfuncs(L, funcs, 0);
}
