/***
 * @module tally.Doc
 * Document structure: doc.meta, doc.body, doc:turns(), doc:boilerplate().
 * See docs/structure.md.
 */
#include "binding.h"
#include "lua_structure.h"
#include "tally/structure.h"

#include <stdlib.h>

const tally_structure *tally_check_structure(lua_State *L, int idx)
{
    tally_doc *doc = tally_check_doc(L, idx);
    tally_error err = {""};
    const tally_structure *s = tally_doc_structure(doc, &err);
    if (!s)
        luaL_error(L, "%s: %s", doc->name, err.msg);
    return s;
}

/* Leaves cache[key] on the stack and returns 1 when it is there; otherwise
 * leaves the cache table and returns 0. */
static int cached(lua_State *L, const char *key)
{
    tally_doc_cache(L, 1);
    if (lua_getfield(L, -1, key) != LUA_TNIL) {
        lua_remove(L, -2);
        return 1;
    }
    lua_pop(L, 1);
    return 0;
}

static void set_string(lua_State *L, const char *key, const char *value)
{
    if (value) {
        lua_pushstring(L, value);
        lua_setfield(L, -2, key);
    }
}

/***
 * @field doc.meta
 * {title, date, source, authors, region, script, lang}: what the page says
 * about itself; a field is nil where the page does not say. authors is an
 * array (empty when there is no byline).
 */
static int f_meta(lua_State *L)
{
    const tally_structure *s = tally_check_structure(L, 1);
    if (cached(L, "meta"))
        return 1;
    const tally_meta *m = &s->meta;
    lua_createtable(L, 0, 8);
    set_string(L, "title", m->title);
    set_string(L, "date", m->date);
    set_string(L, "source", m->source);
    set_string(L, "region", m->region);
    set_string(L, "script", m->script);
    set_string(L, "lang", m->lang);
    lua_createtable(L, (int)m->n_authors, 0);
    for (size_t i = 0; i < m->n_authors; i++) {
        lua_pushstring(L, m->authors[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "authors");
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "meta");
    return 1;
}

/***
 * @field doc.body
 * The report without its boilerplate: the body paragraphs, one blank line
 * between them. Offsets of records are into doc.text, never into doc.body.
 */
static int f_body(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    const tally_structure *s = tally_check_structure(L, 1);
    if (cached(L, "body"))
        return 1;
    size_t n = 0;
    char *body = tally_structure_body_text(s, doc->text, &n);
    if (!body)
        return luaL_error(L, "%s: out of memory", doc->name);
    lua_pushlstring(L, body, n);
    free(body);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "body");
    return 1;
}

/***
 * @method Doc:turns()
 * Interview turns in order: {speaker, text, start, stop, asks}; text is what
 * the speaker says (up to the next turn), asks is true for the interviewer.
 * Empty for a report that is no interview.
 */
static int l_turns(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    const tally_structure *s = tally_check_structure(L, 1);
    lua_createtable(L, (int)s->n_turns, 0);
    for (size_t i = 0; i < s->n_turns; i++) {
        const tally_turn *t = &s->turns[i];
        tally_push_span(L, doc->text, t->text.start, t->text.stop);
        lua_pushlstring(L, doc->text + t->speaker.start, t->speaker.stop - t->speaker.start);
        lua_setfield(L, -2, "speaker");
        lua_pushboolean(L, t->asks);
        lua_setfield(L, -2, "asks");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

/***
 * @method Doc:boilerplate()
 * What is left out of doc.body, in text order: {kind, text, start, stop};
 * kind is copyright, share, related, navigation, credits, load-more, byline,
 * dateline, caption, front-matter or signature.
 */
static int l_boilerplate(lua_State *L)
{
    tally_doc *doc = tally_check_doc(L, 1);
    const tally_structure *s = tally_check_structure(L, 1);
    lua_createtable(L, (int)s->n_boilerplate, 0);
    for (size_t i = 0; i < s->n_boilerplate; i++) {
        const tally_boilerplate *b = &s->boilerplate[i];
        tally_push_span(L, doc->text, b->span.start, b->span.stop);
        lua_pushstring(L, tally_boilerplate_kind_name(b->kind));
        lua_setfield(L, -2, "kind");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

void tally_open_structure(lua_State *L)
{
    static const luaL_Reg methods[] = {
        {"turns", l_turns}, {"boilerplate", l_boilerplate}, {NULL, NULL}};
    static const luaL_Reg fields[] = {{"meta", f_meta}, {"body", f_body}, {NULL, NULL}};
    tally_add_methods(L, TALLY_DOC_CLASS, methods);
    tally_add_fields(L, TALLY_DOC_CLASS, fields);
}
