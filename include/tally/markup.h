/* Pages as analysts save them: HTML files become the text a reader sees, and
 * Markdown files may open with a YAML front matter block. */
#ifndef TALLY_MARKUP_H
#define TALLY_MARKUP_H

#include "tally/tally.h"

/* Whether a text is an HTML page: path (may be NULL) ends in .html/.htm/.xhtml,
 * the text opens with a doctype or <html>, or most of its bytes are markup. */
int tally_markup_is_html(const char *path, const char *text, size_t len);

/* The text of an HTML page: tags dropped, block elements as paragraph breaks
 * (one blank line), <br> as a line break, entities decoded, scripts, styles and
 * comments removed, <title> kept as the first paragraph. Returns a malloc'd
 * NUL-terminated string (not yet normalized), NULL when out of memory. */
char *tally_html_to_text(const char *html, size_t len, size_t *out_len);

/* A YAML front matter block: the text opens with a line "---" and a later line
 * "---" or "..." closes it. Sets *block to the whole block (closing line
 * included) and *inner to the lines between; returns 1, or 0 when there is none. */
int tally_front_matter(const char *text, size_t len, tally_span *block, tally_span *inner);

#endif
