/* The document: a report's text, owned, with its segments built on first use. */
#include "tally/document.h"
#include "tally/decoder.h"
#include "tally/markup.h"
#include "tally/structure.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The file's name without folders and without its last extension. */
static char *stem_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *s = strdup(base);
    if (s) {
        char *dot = strrchr(s, '.');
        if (dot && dot != s)
            *dot = '\0';
    }
    return s;
}

static tally_doc *doc_alloc(char *text, size_t len, const char *name, const char *path,
                            const char *encoding)
{
    tally_doc *doc = calloc(1, sizeof *doc);
    if (!doc)
        return NULL;
    doc->text = text;
    doc->len = len;
    doc->name = path && !name ? stem_of(path) : strdup(name ? name : "");
    doc->path = path ? strdup(path) : NULL;
    snprintf(doc->encoding, sizeof doc->encoding, "%s", encoding);
    if (!doc->name || (path && !doc->path)) {
        doc->text = NULL;
        tally_doc_free(doc);
        return NULL;
    }
    return doc;
}

static char *read_file(const char *path, size_t *n, tally_error *err)
{
    struct stat sb;
    if (stat(path, &sb) != 0) {
        tally_error_set(err, "%s: %s", path, strerror(errno));
        return NULL;
    }
    if (S_ISDIR(sb.st_mode)) {
        tally_error_set(err, "%s: is a directory, not a report", path);
        return NULL;
    }
    if ((uintmax_t)sb.st_size > TALLY_DECODE_MAX) {
        tally_error_set(err, "%s: file too large: %jd bytes (tally reads files up to 1 GiB)", path,
                        (intmax_t)sb.st_size);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        tally_error_set(err, "%s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = sb.st_size > 0 ? (size_t)sb.st_size + 1 : 4096, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        len += fread(buf + len, 1, cap - len, f);
        if (len < cap || ferror(f))
            break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger, cap *= 2;
    }
    int failed = ferror(f);
    fclose(f);
    if (!buf || failed) {
        free(buf);
        tally_error_set(err, "%s: %s", path, buf ? "read error" : "out of memory");
        return NULL;
    }
    *n = len;
    return buf; /* buf[len] is writable: the loop stops with len < cap */
}

/* A saved HTML page becomes the text a reader sees, and that text is doc.text
 * (docs/structure.md). Replaces *text; -1 when out of memory. */
static int page_text(const char *path, char **text, size_t *len, tally_error *err)
{
    if (!tally_markup_is_html(path, *text, *len))
        return 0;
    size_t n = 0, m = 0;
    char *plain = tally_html_to_text(*text, *len, &n);
    char *norm = plain ? tally_normalize(plain, n, "NFC", &m, err) : NULL;
    free(plain);
    if (!norm) {
        if (!err->msg[0])
            tally_error_set(err, "out of memory");
        return -1;
    }
    free(*text);
    *text = norm, *len = m;
    return 0;
}

tally_doc *tally_doc_open(const char *path, const char *encoding, tally_warn_fn warn,
                          void *warn_ud, tally_error *err)
{
    size_t n = 0;
    char *bytes = read_file(path, &n, err);
    if (!bytes)
        return NULL;
    tally_decoded dec;
    tally_error derr = {""};
    tally_decode_status st = tally_decode_take(bytes, n, encoding, &dec, warn, warn_ud, &derr);
    if (st != TALLY_DECODE_OK) {
        tally_error_set(err, "%s: %s", path, derr.msg);
        return NULL;
    }
    if (page_text(path, &dec.text, &dec.len, &derr) < 0) {
        free(dec.text);
        tally_error_set(err, "%s: %s", path, derr.msg);
        return NULL;
    }
    tally_doc *doc = doc_alloc(dec.text, dec.len, NULL, path, dec.encoding);
    if (!doc) {
        free(dec.text);
        tally_error_set(err, "%s: out of memory", path);
    }
    return doc;
}

tally_doc *tally_doc_new(const char *text, size_t len, const char *name, tally_error *err)
{
    size_t nlen = 0;
    char *norm = tally_normalize(text, len, "NFC", &nlen, err);
    if (!norm || page_text(NULL, &norm, &nlen, err) < 0) {
        free(norm);
        return NULL;
    }
    tally_doc *doc = doc_alloc(norm, nlen, name ? name : "", NULL, "UTF-8");
    if (!doc) {
        free(norm);
        tally_error_set(err, "out of memory");
    }
    return doc;
}

void tally_doc_free(tally_doc *doc)
{
    if (!doc)
        return;
    free(doc->name);
    free(doc->path);
    free(doc->text);
    free(doc->paragraphs);
    free(doc->sentences);
    free(doc->tokens);
    tally_folded_free(doc->folded);
    tally_structure_free(doc->structure);
    free(doc->figures);
    free(doc->measures);
    free(doc);
}

/* An empty text has no segments; callers get a valid pointer all the same. */
static const tally_span no_spans[1];
static const tally_token no_tokens[1];

const tally_span *tally_doc_paragraphs(tally_doc *doc, size_t *n, tally_error *err)
{
    if (!doc->paragraphs && tally_paragraphs(doc->text, doc->len, &doc->paragraphs,
                                             &doc->n_paragraphs, err) < 0)
        return NULL;
    *n = doc->n_paragraphs;
    return doc->paragraphs ? doc->paragraphs : no_spans;
}

const tally_span *tally_doc_sentences(tally_doc *doc, size_t *n, tally_error *err)
{
    if (!doc->sentences && tally_sentences(doc->text, doc->len, &doc->sentences,
                                           &doc->n_sentences, err) < 0)
        return NULL;
    *n = doc->n_sentences;
    return doc->sentences ? doc->sentences : no_spans;
}

const tally_token *tally_doc_tokens(tally_doc *doc, size_t *n, tally_error *err)
{
    if (!doc->tokens &&
        tally_tokens(doc->text, doc->len, &doc->tokens, &doc->n_tokens, err) < 0)
        return NULL;
    *n = doc->n_tokens;
    return doc->tokens ? doc->tokens : no_tokens;
}

const tally_folded *tally_doc_folded(tally_doc *doc, tally_error *err)
{
    if (!doc->folded)
        doc->folded = tally_fold(doc->text, doc->len, err);
    return doc->folded;
}

const tally_structure *tally_doc_structure(tally_doc *doc, tally_error *err)
{
    if (!doc->structure)
        doc->structure = tally_structure_build(doc->text, doc->len, err);
    return doc->structure;
}
