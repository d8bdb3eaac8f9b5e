/* HTML to text, and front matter detection. A small tag scanner rather than a
 * full HTML parser: saved report pages need their text and paragraph breaks,
 * not a DOM, and a scanner never fails on the broken markup pages carry. */
#include "tally/markup.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/utf8.h>

/* Elements whose start or end is a paragraph break. */
static const char *const block_elements[] = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "div", "dl",
    "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "tbody", "td", "th", "thead", "title", "tr", "ul", NULL};

/* Elements dropped with everything inside them. */
static const char *const hidden_elements[] = {
    "script", "style", "noscript", "template", "svg", "iframe", "object", NULL};

/* Named entities pages use; numeric ones (&#8220; &#x201C;) are decoded too. */
static const struct {
    const char *name;
    uint32_t cp;
} entities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", ' '}, {"ensp", ' '}, {"emsp", ' '}, {"thinsp", ' '}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"mdash", 0x2014},
    {"ndash", 0x2013}, {"hellip", 0x2026}, {"middot", 0x00B7}, {"bull", 0x2022},
    {"copy", 0x00A9}, {"reg", 0x00AE}, {"trade", 0x2122}, {"times", 0x00D7},
    {"divide", 0x00F7}, {"yen", 0x00A5}, {"deg", 0x00B0}, {"plusmn", 0x00B1},
    {"permil", 0x2030}, {"laquo", 0x00AB}, {"raquo", 0x00BB}, {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"sup2", 0x00B2}, {"sup3", 0x00B3}, {"frac12", 0x00BD},
    {NULL, 0}};

static int name_in(const char *name, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && strncasecmp(list[i], name, n) == 0)
            return 1;
    return 0;
}

static int has_suffix(const char *path, const char *suffix)
{
    size_t n = strlen(path), m = strlen(suffix);
    return n >= m && strcasecmp(path + n - m, suffix) == 0;
}

/* Whether the body after a front matter block is HTML: it opens with a tag
 * and most of its lines (four in five) open with one, as a static site's
 * post saved with its markup does (---\ntitle: …\n---\n<div …>…<p>…</p>).
 * A Markdown body with a tag or two (<div align="center">) has most of its
 * lines in plain text and stays Markdown. */
static int body_is_html(const char *t, size_t a, size_t len)
{
    size_t lines = 0, tagged = 0;
    while (a < len && isspace((unsigned char)t[a]))
        a++;
    if (a + 1 >= len || t[a] != '<' || !(isalpha((unsigned char)t[a + 1]) || t[a + 1] == '!'))
        return 0;
    for (size_t i = a; i < len;) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - t) : len;
        size_t k = i;
        while (k < e && isspace((unsigned char)t[k]))
            k++;
        if (k < e) {
            lines++;
            tagged += t[k] == '<';
        }
        i = e + 1;
    }
    return lines >= 3 && tagged * 5 >= lines * 4;
}

int tally_markup_is_html(const char *path, const char *text, size_t len)
{
    if (path && (has_suffix(path, ".html") || has_suffix(path, ".htm") ||
                 has_suffix(path, ".xhtml")))
        return 1;
    tally_span block, inner;
    if (tally_front_matter(text, len, &block, &inner))
        return body_is_html(text, block.stop, len);
    size_t i = 0;
    while (i < len && isspace((unsigned char)text[i]))
        i++;
    if (len - i >= 9 && (strncasecmp(text + i, "<!doctype", 9) == 0 ||
                         strncasecmp(text + i, "<html", 5) == 0))
        return 1;
    /* "mostly markup": more bytes inside tags than outside, over many tags */
    size_t tags = 0, inside = 0;
    for (size_t j = 0; j < len; j++) {
        const char *lt = memchr(text + j, '<', len - j); /* memchr: this runs on every file */
        if (!lt)
            break;
        j = (size_t)(lt - text);
        if (j + 1 >= len ||
            !(isalpha((unsigned char)text[j + 1]) || text[j + 1] == '/' || text[j + 1] == '!'))
            continue;
        const char *gt = memchr(text + j, '>', len - j);
        if (!gt)
            break;
        tags++;
        inside += (size_t)(gt - (text + j)) + 1;
        j = (size_t)(gt - text);
    }
    return tags >= 5 && inside * 2 > len;
}

typedef struct outbuf {
    char *s;
    size_t n, cap;
    int failed;
    int pending_break; /* 0 none, 1 line break, 2 paragraph break */
    int space;         /* a collapsed white space run is waiting */
} outbuf;

static void put(outbuf *o, const char *s, size_t n)
{
    if (o->failed)
        return;
    if (o->n + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        while (o->n + n + 1 > cap)
            cap *= 2;
        char *p = realloc(o->s, cap);
        if (!p) {
            o->failed = 1;
            return;
        }
        o->s = p, o->cap = cap;
    }
    memcpy(o->s + o->n, s, n);
    o->n += n;
    o->s[o->n] = '\0';
}

/* Writes visible text, first flushing a pending break or space. */
static void put_text(outbuf *o, const char *s, size_t n)
{
    if (o->pending_break && o->n > 0)
        put(o, "\n\n", (size_t)o->pending_break);
    else if (o->space && o->n > 0 && o->s[o->n - 1] != '\n')
        put(o, " ", 1);
    o->pending_break = 0;
    o->space = 0;
    put(o, s, n);
}

static void put_cp(outbuf *o, uint32_t cp)
{
    char b[4];
    int32_t k = 0;
    UBool bad = 0;
    U8_APPEND((uint8_t *)b, k, 4, (UChar32)cp, bad);
    if (!bad)
        put_text(o, b, (size_t)k);
}

static void want_break(outbuf *o, int kind)
{
    if (kind > o->pending_break)
        o->pending_break = kind;
}

/* Decodes the entity at s[0] == '&'; returns the bytes consumed, 0 if none. */
static size_t entity(const char *s, size_t n, uint32_t *cp)
{
    size_t i = 1;
    if (i < n && s[i] == '#') {
        int hex = i + 1 < n && (s[i + 1] == 'x' || s[i + 1] == 'X');
        i += hex ? 2 : 1;
        /* every digit is part of the reference (WHATWG); one past U+10FFFF,
         * however long, is U+FFFD and never wraps round to a character */
        uint32_t v = 0;
        size_t digits = 0;
        while (i < n && (hex ? isxdigit((unsigned char)s[i]) : isdigit((unsigned char)s[i]))) {
            char c = s[i++];
            if (v <= 0x10FFFF)
                v = v * (hex ? 16 : 10) + (uint32_t)(isdigit((unsigned char)c) ? c - '0' : (tolower((unsigned char)c) - 'a' + 10));
            digits++;
        }
        if (!digits)
            return 0;
        if (i < n && s[i] == ';')
            i++;
        *cp = (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) ? 0xFFFD : v;
        if (*cp == 0xA0)
            *cp = ' ';
        return i;
    }
    while (i < n && i < 12 && isalnum((unsigned char)s[i]))
        i++;
    for (size_t k = 0; entities[k].name; k++)
        if (strlen(entities[k].name) == i - 1 && strncmp(entities[k].name, s + 1, i - 1) == 0) {
            *cp = entities[k].cp;
            return i < n && s[i] == ';' ? i + 1 : i;
        }
    return 0;
}

/* Finds the end of the element `name` that starts before s; returns the
 * offset just past its closing tag, or n when it never closes. */
static size_t skip_element(const char *s, size_t n, size_t from, const char *name, size_t nlen)
{
    for (size_t i = from; i + 2 + nlen <= n; i++) {
        if (s[i] == '<' && s[i + 1] == '/' && strncasecmp(s + i + 2, name, nlen) == 0) {
            const char *gt = memchr(s + i, '>', n - i);
            return gt ? (size_t)(gt - s) + 1 : n;
        }
    }
    return n;
}

char *tally_html_to_text(const char *html, size_t len, size_t *out_len)
{
    outbuf o = {0};
    put(&o, "", 0);
    int in_title = 0, pre = 0, seen_title = 0;
    size_t i = 0;
    /* a front matter block before the markup is kept as it is, lines and all:
     * doc.meta reads it and its fields stay out of the figures (doc_figures.c) */
    tally_span block, inner;
    if (tally_front_matter(html, len, &block, &inner)) {
        put(&o, html, block.stop);
        if (o.n && o.s[o.n - 1] != '\n')
            put(&o, "\n", 1);
        o.pending_break = 1;
        i = block.stop;
    }
    while (i < len && !o.failed) {
        char c = html[i];
        if (c == '<') {
            if (len - i >= 4 && strncmp(html + i, "<!--", 4) == 0) {
                const char *end = NULL;
                for (size_t k = i + 4; k + 3 <= len; k++)
                    if (strncmp(html + k, "-->", 3) == 0) {
                        end = html + k + 3;
                        break;
                    }
                i = end ? (size_t)(end - html) : len;
                continue;
            }
            const char *gt = memchr(html + i, '>', len - i);
            if (!gt) { /* a lone '<' is text */
                put_text(&o, "<", 1);
                i++;
                continue;
            }
            size_t k = i + 1;
            int closing = k < len && html[k] == '/';
            if (closing)
                k++;
            size_t name_at = k;
            while (k < len && (isalnum((unsigned char)html[k]) || html[k] == '-' || html[k] == ':'))
                k++;
            size_t nlen = k - name_at;
            const char *name = html + name_at;
            size_t after = (size_t)(gt - html) + 1;
            if (nlen == 0) { /* <!doctype>, <?xml?>, stray '<': no text */
                if (!(html[name_at] == '!' || html[name_at] == '?')) {
                    put_text(&o, "<", 1);
                    i++;
                    continue;
                }
                i = after;
                continue;
            }
            if (nlen == 5 && strncasecmp(name, "title", 5) == 0) {
                /* the page title is kept once, as the first paragraph */
                if (!closing && !seen_title) {
                    in_title = 1, seen_title = 1;
                    i = after;
                    continue;
                }
                if (closing && in_title) {
                    in_title = 0;
                    want_break(&o, 2);
                    i = after;
                    continue;
                }
            }
            if (!closing && !in_title && name_in(name, nlen, hidden_elements)) {
                i = gt[-1] == '/' ? after : skip_element(html, len, after, name, nlen);
                continue;
            }
            if (nlen == 2 && strncasecmp(name, "br", 2) == 0)
                want_break(&o, 1);
            else if (name_in(name, nlen, block_elements))
                want_break(&o, 2);
            if (nlen == 3 && strncasecmp(name, "pre", 3) == 0)
                pre = !closing;
            i = after;
            continue;
        }
        if (c == '&') {
            uint32_t cp;
            size_t used = entity(html + i, len - i, &cp);
            if (used) {
                if (cp == ' ')
                    o.space = 1;
                else
                    put_cp(&o, cp);
                i += used;
                continue;
            }
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (pre && c == '\n')
                want_break(&o, 1);
            else
                o.space = 1;
            i++;
            continue;
        }
        /* a run of ordinary text; a '&' that opens no entity is text too */
        size_t j = i + 1;
        while (j < len && html[j] != '<' && html[j] != '&' && html[j] != ' ' && html[j] != '\t' &&
               html[j] != '\n' && html[j] != '\r' && html[j] != '\f')
            j++;
        put_text(&o, html + i, j - i);
        i = j;
    }
    if (!o.failed)
        put(&o, "\n", 1);
    if (o.failed) {
        free(o.s);
        return NULL;
    }
    *out_len = o.n;
    return o.s;
}

/* The end of the line starting at i (index of '\n' or len). */
static size_t line_end(const char *t, size_t len, size_t i)
{
    const char *nl = memchr(t + i, '\n', len - i);
    return nl ? (size_t)(nl - t) : len;
}

static int is_fence(const char *t, size_t a, size_t b, const char *fence)
{
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '\r'))
        b--;
    return b - a == 3 && strncmp(t + a, fence, 3) == 0;
}

int tally_front_matter(const char *text, size_t len, tally_span *block, tally_span *inner)
{
    size_t i = 0;
    if (len >= 3 && (unsigned char)text[0] == 0xEF && (unsigned char)text[1] == 0xBB &&
        (unsigned char)text[2] == 0xBF)
        i = 3;
    size_t e = line_end(text, len, i);
    if (e >= len || !is_fence(text, i, e, "---"))
        return 0;
    size_t from = e + 1;
    for (size_t a = from; a < len;) {
        size_t b = line_end(text, len, a);
        if (is_fence(text, a, b, "---") || is_fence(text, a, b, "...")) {
            block->start = i;
            block->stop = b < len ? b + 1 : b;
            inner->start = from;
            inner->stop = a;
            return 1;
        }
        a = b + 1;
    }
    return 0;
}
