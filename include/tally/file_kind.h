/* What a file that is not text is, from its first bytes (its "magic"), so
 * that a report saved as .docx or .pdf gets a message saying what it is and
 * how to turn it into text, not "binary file". Nothing here touches Lua. */
#ifndef TALLY_FILE_KIND_H
#define TALLY_FILE_KIND_H

#include <stddef.h>

/* A sentence for a file of a known non-text format ("a Word document
 * (.docx); convert it to text first: …"), or NULL when the bytes do not
 * start like one. name (the path, may be NULL) tells apart the formats that
 * share a container (a .doc and an .xls are both OLE2). */
const char *tally_file_kind_message(const unsigned char *bytes, size_t n, const char *name);

#endif
