/* The word lexicon's trie (core/lexicon.c, built by tools/gen_lexicon.py):
 * every word of its sources is found with the tag the generator's rules
 * give it, and nothing else is (no prefix that is not a word, no word with
 * a character added, no malformed or overlong UTF-8 spelling of a word);
 * the segmenter's walk finds the same words as a whole-word lookup. */
#include "check.h"
#include "../../core/lexicon.h"
#include "../../core/lexicon_data.h"

#include <stdint.h>

#ifndef TALLY_JIEBA_DICT
#error "tests/CMakeLists.txt passes the dictionary's path"
#endif

typedef struct entry {
    char *word;
    char tag[8];
    long freq;
    size_t line; /* later lines of the extra file win */
    int extra;
} entry;

static entry *entries;
static size_t n_entries, cap_entries;

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Reads "word freq [pos]" lines as the generator does. */
static int read_source(const char *path, int extra)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[512];
    size_t no = 0;
    while (fgets(line, sizeof line, f)) {
        no++;
        char *hash = extra ? strchr(line, '#') : NULL;
        if (hash)
            *hash = 0;
        char w[256], tag[64] = "x";
        long freq;
        int k = sscanf(line, "%255s %ld %63s", w, &freq, tag);
        /* jieba's words of more than 8 characters are left out; tally's own are all kept */
        /* an extra line of frequency 0 takes jieba's word out (gen_lexicon.py) */
        if (k < 2 || freq < 0 || (freq == 0 && !extra) || (!extra && utf8_chars(w) > 8) ||
            strlen(tag) >= 8)
            continue;
        if (n_entries == cap_entries) {
            cap_entries = cap_entries ? 2 * cap_entries : 1 << 16;
            entries = realloc(entries, cap_entries * sizeof *entries);
            if (!entries)
                return -1;
        }
        entry *e = &entries[n_entries++];
        e->word = strdup(w);
        strcpy(e->tag, tag);
        e->freq = freq;
        e->line = no;
        e->extra = extra;
    }
    fclose(f);
    return 0;
}

/* By word, then the entry that decides first: the extra file's last line,
 * else jieba's highest frequency, the first line among equals. */
static int by_word(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    int c = strcmp(x->word, y->word);
    if (c)
        return c;
    if (x->extra != y->extra)
        return y->extra - x->extra;
    if (x->extra)
        return x->line < y->line ? 1 : -1;
    if (x->freq != y->freq)
        return x->freq < y->freq ? 1 : -1;
    return x->line < y->line ? -1 : 1;
}

static int is_word(const char *w, size_t len)
{
    size_t lo = 0, hi = n_entries;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        size_t ml = strlen(entries[m].word);
        int c = memcmp(entries[m].word, w, ml < len ? ml : len);
        if (c == 0)
            c = ml < len ? -1 : ml > len;
        if (c < 0)
            lo = m + 1;
        else
            hi = m;
    }
    return lo < n_entries && strlen(entries[lo].word) == len && memcmp(entries[lo].word, w, len) == 0;
}

static const char *tag_of(const char *w, size_t len)
{
    lex_class cls;
    int tag;
    return tally_lex_lookup(w, len, &cls, &tag) ? tally_lex_tag_name(tag) : NULL;
}

/* The words tally_lex_segment gives, as "text/tag ..." */
static const char *segmented(const char *s)
{
    static char out[2048];
    lex_word w[128];
    size_t n = tally_lex_segment(s, 0, strlen(s), w, 128), o = 0;
    out[0] = 0;
    for (size_t k = 0; k < n && o < sizeof out - 64; k++) {
        const char *tag = tally_lex_tag_name(w[k].tag);
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s/%s", k ? " " : "",
                              (int)(w[k].stop - w[k].start), s + w[k].start,
                              tag ? tag : w[k].cls == LEX_ASCII ? "eng" : w[k].cls == LEX_PUNCT ? "w" : "x");
    }
    return out;
}

int main(void)
{
    if (read_source(TALLY_JIEBA_DICT, 0) < 0 || read_source("tools/lexicon_extra.txt", 1) < 0) {
        fprintf(stderr, "cannot read the lexicon's sources\n");
        return 1;
    }
    qsort(entries, n_entries, sizeof *entries, by_word);
    /* one entry per word, the deciding one; none when it takes the word out */
    size_t distinct = 0;
    for (size_t k = 0; k < n_entries; k++)
        if (distinct == 0 || strcmp(entries[distinct - 1].word, entries[k].word) != 0)
            entries[distinct++] = entries[k];
        else
            free(entries[k].word);
    n_entries = 0;
    for (size_t k = 0; k < distinct; k++)
        if (entries[k].freq > 0)
            entries[n_entries++] = entries[k];
        else
            free(entries[k].word);
    CHECK(n_entries == tally_lex_count);

    size_t missing = 0, wrong_tag = 0, false_prefix = 0, false_longer = 0;
    for (size_t k = 0; k < n_entries; k++) {
        const char *w = entries[k].word;
        size_t len = strlen(w);
        const char *tag = tag_of(w, len);
        if (!tag) {
            if (missing++ < 5)
                fprintf(stderr, "not found: %s\n", w);
        } else if (strcmp(tag, entries[k].tag) != 0) {
            if (wrong_tag++ < 5)
                fprintf(stderr, "%s: tag %s, expected %s\n", w, tag, entries[k].tag);
        }
        /* the word without its last character is found only if it is a word */
        size_t cut = len;
        while (cut > 0 && ((unsigned char)w[cut - 1] & 0xC0) == 0x80)
            cut--;
        if (cut > 0) {
            cut--;
            if (cut > 0 && (tag_of(w, cut) != NULL) != is_word(w, cut) && false_prefix++ < 5)
                fprintf(stderr, "prefix of %s: found %d\n", w, tag_of(w, cut) != NULL);
        }
        /* nor a word followed by a character no word holds */
        char longer[64];
        snprintf(longer, sizeof longer, "%s\xE3\x80\x82", w);
        if (tag_of(longer, strlen(longer)) && false_longer++ < 5)
            fprintf(stderr, "found %s\n", longer);
    }
    CHECK(missing == 0);
    CHECK(wrong_tag == 0);
    CHECK(false_prefix == 0);
    CHECK(false_longer == 0);

    CHECK_STR(tag_of("出口", strlen("出口")), "vn");
    CHECK_STR(tag_of("AT&T", 4), "nz");
    CHECK(tag_of("", 0) == NULL);
    CHECK(tag_of("出", 2) == NULL);            /* a cut character */
    CHECK(tag_of("\xC1\x82\xE8\xB6\x85", 5) == NULL); /* B超 with an overlong B */
    CHECK_STR(tag_of("B\xE8\xB6\x85", 4), "n");
    CHECK(tag_of("\xE5\x87\xBA\xFF", 4) == NULL);

    /* the segmenter: the cheapest path, ASCII runs as one character */
    CHECK_STR(segmented("全省地区生产总值增长4.8%"), "全省/n 地区生产总值/n 增长/v 4.8/eng %/w");
    CHECK_STR(segmented("AT&T进入B超时代"), "AT&T/nz 进入/v B超/n 时代/n");
    CHECK_STR(segmented("BB超"), "BB/eng 超/v");
    /* malformed bytes end no word and start none */
    CHECK_STR(segmented("出\xFF口增长"), "出/v \xFF/w 口/q 增长/v");

    /* on every position of a clause, the words the walk takes are the
     * words a whole lookup finds */
    const char *clause = "规模以上工业增加值同比增长5.6%，社会消费品零售总额突破万亿元，"
                         "实际使用外资和跨境电商进出口额均创历史新高";
    lex_word w[128];
    size_t n = tally_lex_segment(clause, 0, strlen(clause), w, 128);
    CHECK(n > 10);
    size_t agree = 0;
    for (size_t k = 0; k < n; k++) {
        const char *tag = tag_of(clause + w[k].start, w[k].stop - w[k].start);
        const char *seg = tally_lex_tag_name(w[k].tag);
        agree += (tag == NULL && seg == NULL) || (tag && seg && strcmp(tag, seg) == 0);
        if (k > 0)
            CHECK(w[k].start == w[k - 1].stop);
    }
    CHECK(agree == n);

    for (size_t k = 0; k < n_entries; k++)
        free(entries[k].word);
    free(entries);
    return check_summary();
}
