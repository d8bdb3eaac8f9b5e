/* Shared by the Lua binding files: class registration and the conventions
 * every binding follows (1-based inclusive offsets, span records). */
#ifndef TALLY_BINDING_H
#define TALLY_BINDING_H

#include <lauxlib.h>
#include <lua.h>

#include "tally/document.h"

#define TALLY_DOC_CLASS "tally.Doc"
#define TALLY_CORPUS_CLASS "tally.Corpus"
#define TALLY_REGEX_CLASS "tally.Regex"

/* Adds methods to a class (created on first use), whichever binding file
 * registers first: each file can extend tally.Doc with its own methods. */
void tally_add_methods(lua_State *L, const char *cls, const luaL_Reg *methods);
/* Adds read-only fields: each getter is called with the object at index 1
 * and returns one value. */
void tally_add_fields(lua_State *L, const char *cls, const luaL_Reg *getters);
/* Pushes a new userdata of the class with one user value (a cache table). */
void *tally_new_object(lua_State *L, const char *cls, size_t size);

typedef struct tally_doc_ud {
    tally_doc *doc;
} tally_doc_ud;

/* The document at idx; raises a Lua error naming the argument otherwise. */
tally_doc *tally_check_doc(lua_State *L, int idx);
tally_doc *tally_test_doc(lua_State *L, int idx);
/* Pushes a document object that owns doc. */
void tally_push_doc(lua_State *L, tally_doc *doc);
/* Pushes the per-document cache table (user value 1) of the doc at idx, where
 * bindings keep what they computed: "sentences", "figures", ... */
void tally_doc_cache(lua_State *L, int idx);

/* The text a subject argument stands for: a string, or a document's text. */
const char *tally_check_subject(lua_State *L, int idx, size_t *len);

/* Pushes {text=, start=, stop=} for the byte range [start, stop) of text. */
void tally_push_span(lua_State *L, const char *text, size_t start, size_t stop);

/* A token list (core/lua_tokens.c): pushes an empty one whose text is
 * text, kept alive by the value at owner (a document or a string), and
 * returns the slot where its own tokens go when it owns them (freed with
 * it). Then fill sets the tokens (owned by the owner or by the list), the
 * kinds mask keeps and, when folded is given, the value at folded_holder
 * that keeps it alive (0: the owner does). */
struct tally_token;
struct tally_folded;
struct tally_token **tally_push_token_list(lua_State *L, int owner, const char *text);
void tally_token_list_fill(lua_State *L, int list, const struct tally_token *tok, size_t n,
                           unsigned mask, const struct tally_folded *folded, int folded_holder);

/* The encoding a call asks for: opts.encoding (opts at index opts, any
 * value) first, then --encoding; NULL to detect. Leaves values on the stack. */
const char *tally_encoding_option(lua_State *L, int opts);
/* tally.options[name] (the command line's common options) as a boolean;
 * false when absent. */
int tally_option_flag(lua_State *L, const char *name);

/* Runs every Lua-side library of the module at index module that has not
 * run yet (they run on first use of their fields, core/module.c): for code
 * that lists the module's fields without indexing it (REPL completion). */
void tally_load_all_lualibs(lua_State *L, int module);

/* Writes a warning line to stderr, prefixed with "tally: " unless quiet. */
void tally_warn_stderr(void *ud, const char *msg);

#endif
