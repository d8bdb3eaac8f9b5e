/* A page states its title twice: a saved HTML page in <title> (with the site's
 * name after it) and again in its <h1>; a Markdown file in its front matter's
 * title: and again as the first heading. The plain text of the report states it
 * once, so the second statement's figures are not figures of the page twice
 * (docs/figures.md "Page furniture"). */
#ifndef TALLY_PAGE_TITLE_H
#define TALLY_PAGE_TITLE_H

#include "tally/structure.h"

/* The paragraph, among the first body paragraphs of st, that restates the
 * title already stated (doc.meta.title, from front matter or from the first
 * paragraph that gives it): its text, less Markdown heading and emphasis
 * marks and a site suffix, equals the title. Sets *out and returns 1, or
 * returns 0 when no paragraph restates it (or memory ran out: nothing is
 * dropped then). has_front_matter: the front matter's title: is the first
 * statement. */
int tally_restated_title(const char *text, size_t len, const tally_structure *st,
                         int has_front_matter, tally_span *out);

#endif
