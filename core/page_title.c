/* The paragraph that restates a page's title (page_title.h). */
#include "page_title.h"

#include <stdlib.h>
#include <string.h>

#include "structure_parts.h"

/* How far into the body a restatement is looked for: a page's <h1> comes after
 * its navigation and breadcrumbs, which are boilerplate and not body, so the
 * head of the body is short. */
enum { TITLE_HEAD_PARAGRAPHS = 12, TITLE_MIN_BYTES = 9 };

/* Whether s opens, after spaces, with a title separator: | ｜ _ - – — · */
static int separator_follows(const char *s, size_t n)
{
    static const char *const seps[] = {"|", "_", "-", "｜", "–", "—", "·", NULL};
    while (n && *s == ' ')
        s++, n--;
    for (size_t k = 0; seps[k]; k++) {
        size_t l = strlen(seps[k]);
        if (n > l && memcmp(s, seps[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Whether paragraph [a, b), less leading # * > _ and spaces and trailing * _,
 * and less a site suffix, is the title. */
static int states_title(const char *t, size_t a, size_t b, const char *title, size_t tl)
{
    while (a < b && (t[a] == '#' || t[a] == '*' || t[a] == '>' || t[a] == '_' || t[a] == ' '))
        a++;
    while (b > a && (t[b - 1] == '*' || t[b - 1] == '_' || t[b - 1] == ' '))
        b--;
    if (b - a < tl) /* the title is the paragraph and a column or site after | _ - — */
        return b - a >= TITLE_MIN_BYTES && memcmp(t + a, title, b - a) == 0 &&
               separator_follows(title + (b - a), tl - (b - a));
    if (b - a == tl)
        return memcmp(t + a, title, tl) == 0;
    /* the paragraph is the title and a column or site after a separator */
    if (memcmp(t + a, title, tl) == 0 && separator_follows(t + a + tl, b - a - tl))
        return 1;
    char *clean = st_clean_title(t, a, b);
    int same = clean && strlen(clean) == tl && memcmp(clean, title, tl) == 0;
    free(clean);
    return same;
}

int tally_restated_title(const char *text, size_t len, const tally_structure *st,
                         int has_front_matter, tally_span *out)
{
    const char *title = st ? st->meta.title : NULL;
    size_t tl = title ? strlen(title) : 0;
    if (tl < TITLE_MIN_BYTES)
        return 0;
    int stated = has_front_matter;
    size_t head = st->n_body < TITLE_HEAD_PARAGRAPHS ? st->n_body : TITLE_HEAD_PARAGRAPHS;
    for (size_t p = 0; p < head; p++) {
        tally_span s = st->body[p];
        if (s.stop > len || s.start >= s.stop)
            continue;
        if (!states_title(text, s.start, s.stop, title, tl))
            continue;
        if (stated) {
            *out = s;
            return 1;
        }
        stated = 1;
    }
    return 0;
}
