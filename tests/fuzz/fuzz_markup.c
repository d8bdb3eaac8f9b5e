/* HTML to text and front matter on any bytes: the text has the length it
 * says, is valid UTF-8 when the page was, and a front-matter block lies
 * inside the text with its inner lines inside the block. */
#include "fuzz.h"
#include "tally/markup.h"

size_t fuzz_max_len = 8192;

static void check_markup(const char *t, size_t len, const uint8_t *data, size_t size)
{
    (void)tally_markup_is_html(NULL, t, len);
    (void)tally_markup_is_html("page.html", t, len);
    size_t n = 0;
    char *plain = tally_html_to_text(t, len, &n);
    if (plain) {
        FUZZ_CHECK(plain[n] == '\0');
        FUZZ_CHECK(fuzz_valid_utf8(plain, n));
        /* the raw bytes too: the markup reader never reads past the end */
        char *raw = malloc(size ? size : 1);
        if (raw) {
            memcpy(raw, data, size);
            size_t m = 0;
            free(tally_html_to_text(raw, size, &m));
            free(raw);
        }
        free(plain);
    }
    tally_span block, inner;
    if (tally_front_matter(t, len, &block, &inner)) {
        FUZZ_CHECK(block.start <= block.stop && block.stop <= len);
        FUZZ_CHECK(inner.start >= block.start && inner.stop <= block.stop && inner.start <= inner.stop);
    }
}

FUZZ_TEXT_TARGET(check_markup)
