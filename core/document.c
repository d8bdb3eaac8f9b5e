/* The document: a report's text, owned, with its segments built on first use. */
#include "tally/document.h"
#include "tally/decoder.h"
#include "tally/file_kind.h"
#include "tally/markup.h"
#include "tally/structure.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* The file's name without folders and without its last extension. */
static char *stem_of(const char *path)
{
    if (strcmp(path, "-") == 0)
        return strdup("stdin");
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

/* What a non-regular file is, for the message that refuses it. */
static const char *file_kind(mode_t m)
{
    if (S_ISDIR(m))
        return "a directory";
    if (S_ISFIFO(m))
        return "a FIFO (named pipe)";
    if (S_ISCHR(m))
        return "a character device";
    if (S_ISBLK(m))
        return "a block device";
    if (S_ISSOCK(m))
        return "a socket";
    return "not a regular file";
}

/* Reads a whole regular file. Anything else is refused before a byte is
 * read: a FIFO would block the run forever and /dev/zero never ends. The
 * open does not block (O_NONBLOCK) so that a FIFO with no writer is seen
 * by fstat, and the read stops at TALLY_MAX_INPUT_BYTES however the file
 * grows while it is read (docs/engine.md). */
static char *read_file(const char *path, size_t *n, tally_error *err)
{
    struct stat sb;
    /* "-" is standard input (docs/engine.md, "Inputs"): a pipe is what it
     * usually is, so it is not refused as a non-regular file */
    int is_stdin = strcmp(path, "-") == 0;
    if (is_stdin)
        path = "standard input";
    int fd = is_stdin ? fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0)
                      : open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        /* a socket cannot be opened at all: say what it is, not ENXIO */
        if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
            tally_error_set(err, "%s: is %s, not a report (only regular files are read)", path,
                            file_kind(sb.st_mode));
        else
            tally_error_set(err, "%s: %s", path, strerror(errno));
        return NULL;
    }
    if (fstat(fd, &sb) != 0) {
        tally_error_set(err, "%s: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    if (!is_stdin && !S_ISREG(sb.st_mode)) {
        tally_error_set(err, "%s: is %s, not a report (only regular files are read)", path,
                        file_kind(sb.st_mode));
        close(fd);
        return NULL;
    }
    if ((unsigned long long)sb.st_size > TALLY_MAX_INPUT_BYTES) {
        tally_error_set(err, "%s: is %llu bytes, more than the %llu a report may have", path,
                        (unsigned long long)sb.st_size, (unsigned long long)TALLY_MAX_INPUT_BYTES);
        close(fd);
        return NULL;
    }
    size_t cap = is_stdin ? 65536 : (size_t)sb.st_size + 1, len = 0;
    if (cap < 4096)
        cap = 4096;
    char *buf = malloc(cap);
    const char *why = buf ? NULL : "out of memory";
    while (!why) {
        ssize_t got = read(fd, buf + len, cap - len);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            why = strerror(errno);
            break;
        }
        if (got == 0)
            break;
        len += (size_t)got;
        if (len > TALLY_MAX_INPUT_BYTES) {
            why = "grew past the largest size a report may have while it was read";
            break;
        }
        if (len == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) {
                why = "out of memory";
                break;
            }
            buf = bigger, cap *= 2;
        }
    }
    close(fd);
    if (why) {
        free(buf);
        tally_error_set(err, "%s: %s", path, why);
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

/* "PATH: is a PDF; … `pdftotext -layout PATH PATH.txt`": the commands in
 * the message name the file itself, ready to paste. */
static void file_kind_error(tally_error *err, const char *path, const char *kind)
{
    char msg[sizeof err->msg];
    size_t used = (size_t)snprintf(msg, sizeof msg, "%s: ", path);
    for (const char *p = kind; *p && used + 1 < sizeof msg;) {
        if (strncmp(p, "FILE", 4) == 0) {
            used += (size_t)snprintf(msg + used, sizeof msg - used, "%s", path);
            if (used >= sizeof msg)
                used = sizeof msg - 1;
            p += 4;
        } else {
            msg[used++] = *p++;
        }
    }
    msg[used < sizeof msg ? used : sizeof msg - 1] = '\0';
    tally_error_set(err, "%s", msg);
}

tally_doc *tally_doc_open(const char *path, const char *encoding, tally_warn_fn warn,
                          void *warn_ud, tally_error *err)
{
    size_t n = 0;
    char *bytes = read_file(path, &n, err);
    if (!bytes)
        return NULL;
    /* a .docx, a PDF, a scan: say what it is and how to get its text */
    const char *kind = tally_file_kind_message((const unsigned char *)bytes, n, path);
    if (kind) {
        free(bytes);
        file_kind_error(err, path, kind);
        return NULL;
    }
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
    /* doc.text never starts with U+FEFF, from a file or a string
     * (docs/engine.md); tally.normalize itself keeps it */
    size_t skip = 0;
    while (nlen - skip >= 3 && memcmp(norm + skip, "\xEF\xBB\xBF", 3) == 0)
        skip += 3;
    if (skip) {
        memmove(norm, norm + skip, nlen - skip + 1);
        nlen -= skip;
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
    free(doc->simplified);
    free(doc->figures);
    free(doc->figure_values);
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
        doc->structure = tally_structure_build_folding(doc->text, doc->len, &doc->simplified, err);
    return doc->structure;
}
