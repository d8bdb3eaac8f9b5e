/***
 * @module tally (words)
 * Words with their part of speech, from the lexicon the figure scanner's
 * clause analysis reads (jieba's dictionary, compiled in; docs/figures.md).
 */
#include <stdlib.h>

#include "binding.h"
#include "lexicon.h"
#include "tally/figures.h"

/***
 * The words of a string (or a Doc's text) with their part of speech.
 * Traditional characters are looked up in their Simplified forms; the text
 * is the text as written.
 * @function tally.words
 * @param s string or Doc
 * @return list of {text=, start=, stop=, pos=} (pos is jieba's tag: n, v,
 *   vn, ns ...; "x" for a run of characters the lexicon lacks, "eng" for
 *   ASCII, "w" for punctuation)
 */
static int l_words(lua_State *L)
{
    size_t len;
    const char *s = tally_check_subject(L, 1, &len);
    tally_error err = {""};
    char *f = tally_fold_simplified(s, len, &err);
    if (!f)
        return luaL_error(L, "tally.words: %s", err.msg);
    lua_newtable(L);
    lex_word buf[128];
    lua_Integer n = 0;
    for (size_t a = 0; a < len;) {
        size_t m = tally_lex_segment(f, a, len, buf, sizeof buf / sizeof *buf);
        if (m == 0)
            break;
        /* the last word may be cut by the window: read it again next time */
        size_t keep = m > 1 && buf[m - 1].stop < len ? m - 1 : m;
        for (size_t k = 0; k < keep; k++) {
            tally_push_span(L, s, buf[k].start, buf[k].stop);
            const char *tag = tally_lex_tag_name(buf[k].tag);
            if (!tag)
                tag = buf[k].cls == LEX_ASCII ? "eng" : buf[k].cls == LEX_PUNCT ? "w" : "x";
            lua_pushstring(L, tag);
            lua_setfield(L, -2, "pos");
            lua_rawseti(L, -2, ++n);
        }
        a = buf[keep - 1].stop;
    }
    free(f);
    return 1;
}

void tally_open_lexicon(lua_State *L)
{
    static const luaL_Reg funcs[] = {{"words", l_words}, {NULL, NULL}};
    luaL_setfuncs(L, funcs, 0);
}
