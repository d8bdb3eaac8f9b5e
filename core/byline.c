/* Bylines: who wrote or edited a report (记者 刘春雷 王红, 責任編輯: 袁麗娜,
 * （新甘肅·甘肅日報記者 曹立萍）) and the names in them. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "structure_parts.h"
#include "structure_tables.h"

void st_add_name(names *ns, const char *t, size_t a, size_t b)
{
    for (size_t i = 0; i < ns->n; i++)
        if (strlen(ns->v[i]) == b - a && memcmp(ns->v[i], t + a, b - a) == 0)
            return;
    char **v = st_grow(ns->v, &ns->cap, ns->n, sizeof *v);
    char *s = v ? st_dup(t, a, b) : NULL;
    if (!s) {
        if (v)
            ns->v = v;
        ns->failed = 1;
        return;
    }
    ns->v = v;
    ns->v[ns->n++] = s;
}



int st_is_open_bracket(UChar32 c)
{
    return c == '[' || c == '(' || c == 0xFF08 || c == 0x3010;
}

int st_is_close_bracket(UChar32 c)
{
    return c == ']' || c == ')' || c == 0xFF09 || c == 0x3011;
}

static int is_name_sep(UChar32 c)
{
    return scan_is_space(c) || c == 0x3001 || c == 0xFF0C || c == ',' || c == ':' || c == 0xFF1A;
}

/* The end of a person's name at i (2 to 4 Han characters, or up to 8 with a
 * middle dot) when a separator or the end follows; 0 otherwise. */
size_t st_name_end(const char *t, size_t i, size_t b)
{
    size_t j = i, han = 0, dots = 0;
    while (j < b) {
        size_t k = j;
        UChar32 c = scan_next(t, b, &k);
        if (scan_is_han(c))
            han++;
        else if ((c == 0xB7 || c == 0x2022 || c == 0x30FB) && han > 0)
            dots++;
        else
            break;
        j = k;
        if (han > (dots ? 8u : 4u))
            return 0;
    }
    if (han < 2 || (j < b && !is_name_sep(scan_peek(t, b, j)) &&
                    !scan_any(t, j, b, tally_byline_cues)))
        return 0;
    return j;
}

/* Whether [a, b) is a byline (记者 刘春雷 王红, [作者: 責任編輯: 袁麗娜 ],
 * 新甘肅·甘肅日報記者 曹立萍, 作者为…局长). Adds the names to ns when given. */
int st_parse_byline(const char *t, size_t a, size_t b, names *ns)
{
    scan_trim(t, &a, &b);
    if (a < b && st_is_open_bracket(scan_peek(t, b, a)))
        scan_next(t, b, &a);
    if (a < b) {
        size_t k = b;
        if (st_is_close_bracket(scan_prev(t, a, &k)))
            b = k;
    }
    names found = {0};
    int cues = 0, ok = 1;
    size_t i = a;
    while (ok && i < b) {
        while (i < b && is_name_sep(scan_peek(t, b, i)))
            scan_next(t, b, &i);
        if (i >= b)
            break;
        const char *cue = scan_any(t, i, b, tally_byline_cues);
        if (!cue) { /* a medium's name may stand before the cue: 新甘肅·甘肅日報記者 */
            size_t j = i, n = 0;
            while (j < b && n < 12 && !(cue = scan_any(t, j, b, tally_byline_cues))) {
                UChar32 c = scan_next(t, b, &j);
                if (!(scan_is_han(c) || c == 0xB7 || (c < 0x80 && isalnum(c))))
                    break;
                n++;
            }
            if (!cue || cues > 0) {
                ok = 0;
                break;
            }
            i = j;
        }
        cues++;
        i += strlen(cue);
        if (st_in_list(cue, 0, strlen(cue), tally_description_cues))
            break; /* (作者为…局长): a description, no names */
        while (i < b) {
            while (i < b && is_name_sep(scan_peek(t, b, i)))
                scan_next(t, b, &i);
            if (i >= b || scan_any(t, i, b, tally_byline_cues))
                break;
            size_t e = st_name_end(t, i, b);
            if (!e) {
                ok = 0;
                break;
            }
            int name = 1; /* 深圳報道, 张三摄 are no names */
            for (size_t w = 0; tally_not_names[w]; w++)
                name &= !scan_ends(t, i, e, tally_not_names[w]);
            if (name)
                st_add_name(&found, t, i, e);
            i = e;
        }
    }
    ok = ok && cues > 0 && !found.failed;
    for (size_t k = 0; k < found.n; k++) {
        if (ok && ns)
            st_add_name(ns, found.v[k], 0, strlen(found.v[k]));
        free(found.v[k]);
    }
    free(found.v);
    return ok;
}
