/* Blanking the tokens of page furniture that hold digits but no figure: URLs,
 * bare domains with a path, e-mail addresses, percent-encoded paths, file names,
 * paths, code-like tokens and identifiers (docs/figures.md "Page furniture").
 * The figure and date scanners read a copy of the text with these bytes set to
 * spaces, so every offset stays where it is and a figure's span still maps into
 * doc.text. */
#ifndef TALLY_TEXT_MASK_H
#define TALLY_TEXT_MASK_H

#include <stddef.h>

/* A rule: its name (for the docs and tests) and a PCRE2 pattern matched inside
 * one run of printable ASCII (U+0021..U+007E); the bytes of every match are
 * blanked. The table ends with a NULL name. */
typedef struct tally_mask_rule {
    const char *name;
    const char *pattern;
} tally_mask_rule;

extern const tally_mask_rule tally_mask_rules[]; /* text_mask_tables.c */

/* Sets to ' ' every byte of text[0, len) that a rule's match covers. The text is
 * valid UTF-8 (the folded copy the scanners read); only ASCII bytes change, so it
 * stays valid. Returns the number of bytes blanked, or -1 when the rules could not
 * be built (out of memory; the text is then left as it is). Thread-safe: the
 * compiled rules are built once and only read. */
long tally_text_mask_tokens(char *text, size_t len);

#endif
