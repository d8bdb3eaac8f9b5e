/***
 * @module tally.Doc
 * A report: its decoded text and its segments. Offsets in every record are
 * 1-based inclusive byte offsets into doc.text, as string.sub takes them.
 */
#include "binding.h"
#include "sandbox.h"
#include "fold_binding.h"

#include <stdlib.h>
#include <string.h>

void tally_push_doc(lua_State *L, tally_doc *doc)
{
    tally_doc_ud *ud = tally_new_object(L, TALLY_DOC_CLASS, sizeof *ud);
    ud->doc = doc;
}

/***
 * @function tally.open(path [, opts])
 * Reads and decodes a report. opts.encoding overrides detection.
 * Like io.open, returns nil and a message naming the path when the file
 * cannot be read (missing, a directory, binary, a .docx or .pdf …); it raises
 * only for a wrong argument.
 * @return {tally.Doc} or nil, message
 */
static int l_open(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    const char *enc = tally_encoding_option(L, 2);
    tally_error err = {""};
    tally_sandbox_note_input(L, path);
    tally_doc *doc = tally_doc_open(path, enc, tally_warn_stderr, (void *)path, &err);
    if (!doc) {
        if (strstr(err.msg, "out of memory"))
            return luaL_error(L, "%s", err.msg);
        lua_pushnil(L);
        lua_pushstring(L, err.msg);
        return 2;
    }
    tally_push_doc(L, doc);
    return 1;
}

/***
 * @function tally.doc(text [, opts])
 * Makes a document of a string (normalized like a file); opts.name names it.
 */
static int l_doc(lua_State *L)
{
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    const char *name = NULL;
    if (lua_istable(L, 2)) {
        lua_getfield(L, 2, "name");
        name = luaL_optstring(L, -1, NULL);
    }
    tally_error err = {""};
    tally_doc *doc = tally_doc_new(text, len, name, &err);
    if (!doc)
        return luaL_error(L, "tally.doc: %s", err.msg);
    tally_push_doc(L, doc);
    return 1;
}

static int l_doc_gc(lua_State *L)
{
    tally_doc_ud *ud = luaL_checkudata(L, 1, TALLY_DOC_CLASS);
    tally_doc_free(ud->doc);
    ud->doc = NULL;
    return 0;
}

static int l_doc_tostring(lua_State *L)
{
    tally_doc_ud *ud = luaL_checkudata(L, 1, TALLY_DOC_CLASS);
    if (!ud->doc)
        lua_pushliteral(L, "tally.Doc<closed>");
    else
        lua_pushfstring(L, "tally.Doc<%s, %d bytes>", ud->doc->name, (int)ud->doc->len);
    return 1;
}

static int l_doc_len(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)tally_check_doc(L, 1)->len);
    return 1;
}

static int push_spans(lua_State *L, const tally_doc *doc, const tally_span *s, size_t n)
{
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        tally_push_span(L, doc->text, s[i].start, s[i].stop);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

/***
 * @method Doc:paragraphs()
 * Each non-blank line, trimmed of surrounding white space.
 * @return {table} array of {text, start, stop}
 */
static int l_doc_paragraphs(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    tally_error err = {""};
    size_t n;
    const tally_span *s = tally_doc_paragraphs(doc, &n, &err);
    if (!s)
        return luaL_error(L, "%s", err.msg);
    return push_spans(L, doc, s, n);
}

/***
 * @method Doc:sentences()
 * Sentences: ICU sentence breaks, also after 。！？!? (with their closing
 * quotes) and at every line end.
 * @return {table} array of {text, start, stop}
 */
static int l_doc_sentences(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    tally_error err = {""};
    size_t n;
    const tally_span *s = tally_doc_sentences(doc, &n, &err);
    if (!s)
        return luaL_error(L, "%s", err.msg);
    return push_spans(L, doc, s, n);
}

/* Which token kinds opts.kinds keeps: a list of names, or by default all but space. */
static unsigned kinds_option(lua_State *L, int opts)
{
    unsigned mask = ~(1u << TALLY_TOKEN_SPACE);
    if (!lua_istable(L, opts))
        return mask;
    if (lua_getfield(L, opts, "kinds") == LUA_TNIL) {
        lua_pop(L, 1);
        return mask;
    }
    luaL_argexpected(L, lua_istable(L, -1), opts, "{kinds = {\"word\", ...}}");
    mask = 0;
    lua_Integer n = luaL_len(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, -1, i);
        const char *name = luaL_checkstring(L, -1);
        unsigned k;
        for (k = 0; k <= TALLY_TOKEN_SPACE; k++)
            if (strcmp(name, tally_token_kind_name((tally_token_kind)k)) == 0)
                break;
        if (k > TALLY_TOKEN_SPACE)
            luaL_error(L, "unknown token kind '%s' (word, number, latin, punct, space)", name);
        mask |= 1u << k;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return mask;
}

/***
 * @method Doc:tokens([opts])
 * Words by ICU's word break with its CJK dictionary. Each token has kind
 * word, number, latin, punct or space; opts.kinds lists the kinds to keep
 * (default: all but space). With opts.fold = true each token also has norm,
 * its text folded for matching (進出口 and 进出口 have the norm 进出口).
 * The list is a tally.Tokens: records {text, start, stop, kind[, norm]}
 * made when read (#toks, toks[i], ipairs, toks:each()).
 * @return {tally.Tokens}
 */
static int l_doc_tokens(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    unsigned mask = kinds_option(L, 2);
    lua_settop(L, 2);
    const tally_folded *folded = tally_fold_option(L, 2) ? tally_check_folded(L, 1) : NULL;
    tally_error err = {""};
    size_t n;
    const tally_token *t = tally_doc_tokens(doc, &n, &err);
    if (!t)
        return luaL_error(L, "%s", err.msg);
    tally_push_token_list(L, 1, doc->text);
    tally_token_list_fill(L, -1, t, n, mask, folded, 0);
    return 1;
}

static int f_name(lua_State *L)
{
    lua_pushstring(L, tally_check_doc(L, 1)->name);
    return 1;
}

static int f_path(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    if (doc->path)
        lua_pushstring(L, doc->path);
    else
        lua_pushnil(L);
    return 1;
}

static int f_text(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    lua_pushlstring(L, doc->text, doc->len);
    return 1;
}

static int f_encoding(lua_State *L)
{
    lua_pushstring(L, tally_check_doc(L, 1)->encoding);
    return 1;
}

/***
 * @function tally.tokenize(s [, opts])
 * The tokens of a string, as Doc:tokens gives them (opts.kinds, opts.fold).
 */
static int l_tokenize(lua_State *L)
{
    size_t len;
    const char *s = tally_check_subject(L, 1, &len);
    unsigned mask = kinds_option(L, 2);
    lua_settop(L, 2);
    const tally_folded *folded = NULL;
    int holder = 0;
    if (tally_fold_option(L, 2)) {
        folded = tally_check_folded(L, 1);
        holder = lua_gettop(L);
    }
    tally_token **own = tally_push_token_list(L, 1, s);
    size_t n = 0;
    tally_error err = {""};
    if (tally_tokens(s, len, own, &n, &err) < 0)
        return luaL_error(L, "%s", err.msg);
    tally_token_list_fill(L, -1, *own, n, mask, folded, holder);
    return 1;
}

/***
 * @function tally.sentences(s)
 * The sentences of a string, as Doc:sentences gives them.
 */
static int l_sentences(lua_State *L)
{
    size_t len;
    const char *s = tally_check_subject(L, 1, &len);
    tally_span *v = NULL;
    size_t n = 0;
    tally_error err = {""};
    if (tally_sentences(s, len, &v, &n, &err) < 0)
        return luaL_error(L, "%s", err.msg);
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        tally_push_span(L, s, v[i].start, v[i].stop);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    free(v);
    return 1;
}

void tally_open_document(lua_State *L)
{
    static const luaL_Reg methods[] = {
        {"paragraphs", l_doc_paragraphs},
        {"sentences", l_doc_sentences},
        {"tokens", l_doc_tokens},
        {NULL, NULL}};
    static const luaL_Reg fields[] = {
        {"name", f_name}, {"path", f_path}, {"text", f_text}, {"encoding", f_encoding},
        {NULL, NULL}};
    static const luaL_Reg meta[] = {
        {"__gc", l_doc_gc}, {"__close", l_doc_gc}, {"__tostring", l_doc_tostring},
        {"__len", l_doc_len}, {NULL, NULL}};
    static const luaL_Reg funcs[] = {
        {"open", l_open}, {"doc", l_doc}, {"tokenize", l_tokenize},
        {"sentences", l_sentences}, {NULL, NULL}};
    tally_add_methods(L, TALLY_DOC_CLASS, methods);
    tally_add_fields(L, TALLY_DOC_CLASS, fields);
    luaL_getmetatable(L, TALLY_DOC_CLASS);
    luaL_setfuncs(L, meta, 0);
    lua_pop(L, 1);
    luaL_setfuncs(L, funcs, 0);
}
