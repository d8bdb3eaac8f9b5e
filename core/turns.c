/* Interview turns: 记者: / 張澤峰: / 新華網: paragraphs and what each
 * speaker says up to the next turn. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "structure_parts.h"
#include "structure_tables.h"

typedef struct label {
    size_t start, stop, text; /* text: where what is said begins */
    int asks;
} label;

/* The speaker label that opens [a, b), if any: 记者:, 張澤峰:, 齐鲁晚报·齐鲁壹点:. */
static int find_label(const char *t, size_t a, size_t b, label *out)
{
    size_t i = a, n = 0;
    while (i < b && n <= 16) {
        size_t k = i;
        UChar32 c = scan_next(t, b, &k);
        if (c == ':' || c == 0xFF1A) {
            if (n == 0 || k >= b)
                return 0;
            out->start = a, out->stop = i, out->text = k;
            while (out->text < b && scan_is_space(scan_peek(t, b, out->text)))
                scan_next(t, b, &out->text);
            return !st_in_list(t, a, i, tally_not_speakers);
        }
        /* 丨 is a Han character but stands as a separator: 在線訪談丨張澤峰 */
        if (c == 0x4E28 || !(scan_is_han(c) || c == 0xB7 || c == 0x2022 || (c < 0x80 && isalnum(c))))
            return 0;
        n++;
        i = k;
    }
    return 0;
}

static int is_interviewer(const char *t, size_t a, size_t b)
{
    if (st_in_list(t, a, b, tally_interviewer_labels) || scan_contains(t, a, b, "·"))
        return 1;
    if (scan_chars(t, a, b) < 3)
        return 0;
    for (size_t i = 0; tally_medium_endings[i]; i++)
        if (scan_ends(t, a, b, tally_medium_endings[i]))
            return 1;
    return 0;
}

int st_find_turns(tally_structure *s, const char *t)
{
    label *labels = calloc(s->n_body ? s->n_body : 1, sizeof *labels);
    size_t *at = calloc(s->n_body ? s->n_body : 1, sizeof *at);
    if (!labels || !at) {
        free(labels), free(at);
        return -1;
    }
    size_t n = 0;
    int interviewer = 0;
    for (size_t p = 0; p < s->n_body; p++) {
        label l;
        if (!find_label(t, s->body[p].start, s->body[p].stop, &l))
            continue;
        l.asks = is_interviewer(t, l.start, l.stop);
        interviewer |= l.asks;
        labels[n] = l, at[n] = p, n++;
    }
    /* a label counts when it asks, is a person's name (2 to 4 characters) or
     * opens more than one paragraph; and an interview has at least two turns */
    size_t keep = 0;
    for (size_t i = 0; i < n; i++) {
        size_t chars = scan_chars(t, labels[i].start, labels[i].stop);
        int repeated = 0;
        for (size_t j = 0; j < n && !repeated; j++)
            repeated = j != i && labels[j].stop - labels[j].start == labels[i].stop - labels[i].start &&
                       memcmp(t + labels[j].start, t + labels[i].start, labels[i].stop - labels[i].start) == 0;
        int person = chars >= 2 && chars <= 4;
        for (size_t k = labels[i].start; person && k < labels[i].stop;) {
            person = scan_is_han(scan_next(t, labels[i].stop, &k));
        }
        if (labels[i].asks || (interviewer && person) || repeated)
            labels[keep] = labels[i], at[keep] = at[i], keep++;
    }
    if (keep < 2 || !interviewer)
        keep = 0;
    s->turns = calloc(keep ? keep : 1, sizeof *s->turns);
    if (!s->turns) {
        free(labels), free(at);
        return -1;
    }
    for (size_t i = 0; i < keep; i++) {
        size_t last = i + 1 < keep ? at[i + 1] : s->n_body;
        tally_turn *tu = &s->turns[i];
        tu->speaker.start = labels[i].start;
        tu->speaker.stop = labels[i].stop;
        tu->text.start = labels[i].text;
        tu->text.stop = s->body[last - 1].stop;
        tu->asks = labels[i].asks;
    }
    s->n_turns = keep;
    free(labels), free(at);
    return 0;
}

long tally_structure_turn_at(const tally_structure *s, size_t at)
{
    for (size_t i = 0; i < s->n_turns; i++)
        if (at >= s->turns[i].speaker.start && at < s->turns[i].text.stop)
            return (long)i;
    return -1;
}
