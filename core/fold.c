/* Folding for matching, character by character, so that the map back to the
 * source is exact.
 *
 * ICU supplies the rules: NFKC for characters whose decomposition is <wide>
 * or <narrow> (full-width ASCII, the ideographic space, half-width forms), and
 * its Hant-Hans transliterator for the script. That transliterator is a list
 * of literal rules, single characters and phrases (乾坤 > 乾坤; 乾 > 干;),
 * each mapping N characters to N characters. tally reads the list from ICU
 * (utrans_toRules), adds its own corrections (fold_tables.c), and applies it
 * as ICU does: at each position the longest rule that matches, else the
 * character as it is. Applying the rules here rather than through
 * utrans_transUChars keeps every character's place (the map is built as the
 * text is written) and is some 20 times faster than the transliterator. The
 * tables are built at build time (tools/gen_fold_tables.c) and compiled in as
 * constant data, so any thread may fold and the first fold costs no more
 * than the next. */
#include "tally/fold.h"

#include "fold_rules.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

typedef struct builder {
    char *out;
    size_t len, cap;
    tally_fold_seg *segs; /* NULL when no map is kept */
    size_t n_segs, seg_cap;
    int keep_map;
} builder;

static int reserve(builder *b, size_t more)
{
    if (b->len + more + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + more + 1)
        cap *= 2;
    char *out = realloc(b->out, cap);
    if (!out)
        return -1;
    b->out = out, b->cap = cap;
    return 0;
}

/* Records that folded bytes from here on come from source offset source. */
static int mark(builder *b, size_t source, int whole)
{
    if (!b->keep_map)
        return 0;
    if (!whole && b->n_segs > 0) {
        const tally_fold_seg *last = &b->segs[b->n_segs - 1];
        if (!last->whole && b->len - last->folded == source - last->source)
            return 0; /* continues the one-to-one stretch */
    }
    if (b->n_segs == b->seg_cap) {
        size_t cap = b->seg_cap ? b->seg_cap * 2 : 64;
        tally_fold_seg *segs = realloc(b->segs, cap * sizeof *segs);
        if (!segs)
            return -1;
        b->segs = segs, b->seg_cap = cap;
    }
    b->segs[b->n_segs++] = (tally_fold_seg){b->len, source, whole};
    return 0;
}

/* Writes out for the source bytes [from, to); whole: see tally_fold_seg. */
static int emit(builder *b, size_t from, const char *out, size_t n, int whole)
{
    if (mark(b, from, whole) < 0 || reserve(b, n) < 0)
        return -1;
    memcpy(b->out + b->len, out, n);
    b->len += n;
    return 0;
}

static size_t utf8_char_len(unsigned char lead)
{
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/* The phrase rule that matches s at i, longest first, or NULL. */
static const fold_phrase *match_phrase(const fold_rules *rules, const fold_entry *e,
                                       const char *s, size_t i, size_t len)
{
    for (uint32_t k = 0; k < e->phrase_count; k++) {
        const fold_phrase *p = &rules->phrases[e->phrase_first + k];
        if (p->key_len <= len - i && memcmp(s + i, rules->pool + p->key, p->key_len) == 0)
            return p;
    }
    return NULL;
}

/* A phrase maps character to character; each pair is its own piece of the map. */
static int emit_phrase(builder *b, const fold_rules *rules, const fold_phrase *p, size_t at)
{
    const char *key = rules->pool + p->key, *target = rules->pool + p->target;
    size_t ki = 0, ti = 0;
    while (ki < p->key_len && ti < p->target_len) {
        size_t kn = utf8_char_len((unsigned char)key[ki]);
        size_t tn = utf8_char_len((unsigned char)target[ti]);
        if (emit(b, at + ki, target + ti, tn, kn != tn) < 0)
            return -1;
        ki += kn, ti += tn;
    }
    return 0;
}

static int fold_text(builder *b, const char *s, size_t len, tally_error *err)
{
    const fold_rules *rules = &tally_fold_data;
    if (len > (size_t)INT32_MAX) {
        tally_error_set(err, "text too large to fold (%zu bytes)", len);
        return -1;
    }
    if (reserve(b, len) < 0)
        goto nomem;
    const uint8_t *u = (const uint8_t *)s;
    int32_t n = (int32_t)len;
    size_t copy_from = 0; /* start of the pending stretch copied as it is */
    for (int32_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        int32_t at = i;
        UChar32 c;
        U8_NEXT_OR_FFFD(u, i, n, c);
        const fold_entry *e = c < 0x10000 && rules->index[c] ? &rules->entries[rules->index[c]] : NULL;
        const fold_phrase *p = e && e->phrase_count ? match_phrase(rules, e, s, (size_t)at, len) : NULL;
        int invalid = c == 0xFFFD && !(i - at == 3 && memcmp(s + at, "\xEF\xBF\xBD", 3) == 0);
        if (!p && !invalid && !(e && e->changes))
            continue;
        /* flush what precedes unchanged */
        if ((size_t)at > copy_from &&
            emit(b, copy_from, s + copy_from, (size_t)at - copy_from, 0) < 0)
            goto nomem;
        if (p) {
            if (emit_phrase(b, rules, p, (size_t)at) < 0)
                goto nomem;
            i = at + (int32_t)p->key_len;
        } else if (invalid) {
            if (emit(b, (size_t)at, "\xEF\xBF\xBD", 3, i - at != 3) < 0)
                goto nomem;
        } else if (emit(b, (size_t)at, e->out, e->out_len,
                        !(e->single && e->out_len == (unsigned)(i - at))) < 0) {
            goto nomem;
        }
        copy_from = (size_t)i;
    }
    if (len > copy_from && emit(b, copy_from, s + copy_from, len - copy_from, 0) < 0)
        goto nomem;
    b->out[b->len] = '\0';
    return 0;
nomem:
    tally_error_set(err, "out of memory folding %zu bytes", len);
    return -1;
}

tally_folded *tally_fold(const char *s, size_t len, tally_error *err)
{
    tally_folded *f = calloc(1, sizeof *f);
    if (!f) {
        tally_error_set(err, "out of memory");
        return NULL;
    }
    builder b = {.keep_map = 1};
    if (fold_text(&b, s, len, err) < 0) {
        free(b.out);
        free(b.segs);
        free(f);
        return NULL;
    }
    f->text = b.out, f->len = b.len, f->source_len = len;
    f->segs = b.segs, f->n_segs = b.n_segs;
    return f;
}

void tally_folded_free(tally_folded *f)
{
    if (!f)
        return;
    free(f->text);
    free(f->segs);
    free(f);
}

char *tally_fold_string(const char *s, size_t len, size_t *out_len, tally_error *err)
{
    builder b = {0};
    if (fold_text(&b, s, len, err) < 0) {
        free(b.out);
        return NULL;
    }
    *out_len = b.len;
    return b.out;
}

static int is_ascii_punct_or_space(unsigned char c)
{
    return c == ' ' || (c > ' ' && c < 0x7F && !(c >= '0' && c <= '9') &&
                        !((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
}

size_t tally_fold_pattern(const tally_folded *f, char *out)
{
    size_t n = 0;
    for (size_t k = 0; k < f->n_segs; k++) {
        size_t from = f->segs[k].folded, to = k + 1 < f->n_segs ? f->segs[k + 1].folded : f->len;
        /* a whole segment of one ASCII byte is a character that was not
         * ASCII in the pattern: literal text */
        if (f->segs[k].whole && to - from == 1 && is_ascii_punct_or_space((unsigned char)f->text[from])) {
            size_t slashes = 0;
            while (slashes < n && out[n - 1 - slashes] == '\\')
                slashes++;
            if (slashes % 2 == 0)
                out[n++] = '\\';
        }
        memcpy(out + n, f->text + from, to - from);
        n += to - from;
    }
    out[n] = '\0';
    return n;
}

/* ---- the map ---- */

/* The last segment starting at or before pos, by the offsets at field. */
static size_t seg_before(const tally_folded *f, size_t pos, int by_source)
{
    size_t lo = 0, hi = f->n_segs;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        size_t at = by_source ? f->segs[mid].source : f->segs[mid].folded;
        if (at <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static size_t seg_source_end(const tally_folded *f, size_t k)
{
    return k + 1 < f->n_segs ? f->segs[k + 1].source : f->source_len;
}

static size_t seg_folded_end(const tally_folded *f, size_t k)
{
    return k + 1 < f->n_segs ? f->segs[k + 1].folded : f->len;
}

tally_span tally_folded_to_source(const tally_folded *f, size_t start, size_t stop)
{
    tally_span span = {f->source_len, f->source_len};
    if (f->n_segs == 0 || start >= f->len)
        return span;
    if (stop > f->len)
        stop = f->len;
    size_t k = seg_before(f, start, 0);
    const tally_fold_seg *g = &f->segs[k];
    span.start = g->whole ? g->source : g->source + (start - g->folded);
    if (stop <= start) {
        span.stop = span.start;
        return span;
    }
    k = seg_before(f, stop - 1, 0);
    g = &f->segs[k];
    span.stop = g->whole ? seg_source_end(f, k) : g->source + (stop - g->folded);
    return span;
}

size_t tally_folded_from_source(const tally_folded *f, size_t pos)
{
    if (f->n_segs == 0 || pos >= f->source_len)
        return f->len;
    size_t k = seg_before(f, pos, 1);
    const tally_fold_seg *g = &f->segs[k];
    if (!g->whole)
        return g->folded + (pos - g->source);
    return pos == g->source ? g->folded : seg_folded_end(f, k);
}
