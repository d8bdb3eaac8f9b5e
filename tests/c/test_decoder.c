/* The decoder: every encoding reports come in, invalid bytes, binary files. */
#include "check.h"
#include "decode_reference.h"
#include "tally/decoder.h"

static char warned[4096];

static void collect(void *ud, const char *msg)
{
    (void)ud;
    strncat(warned, msg, sizeof warned - strlen(warned) - 2);
    strcat(warned, "\n");
}

/* Decodes and returns the text (static buffer), or NULL with err set. */
static const char *dec(const char *bytes, size_t n, const char *enc, char *used, tally_error *err)
{
    static char out[8192];
    tally_decoded d;
    warned[0] = '\0';
    if (tally_decode(bytes, n, enc, &d, collect, NULL, err) != TALLY_DECODE_OK)
        return NULL;
    snprintf(out, sizeof out, "%s", d.text);
    if (used)
        strcpy(used, d.encoding);
    free(d.text);
    return out;
}

/* Encodes UTF-8 into another charset with ICU, for round trips. */
static size_t encode(const char *utf8, const char *charset, char *out, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = ucnv_convert(charset, "UTF-8", out, (int32_t)cap, utf8, -1, &st);
    return U_SUCCESS(st) ? (size_t)n : 0;
}


/* Malformed UTF-8 and the exact text it decodes to: one U+FFFD per maximal
 * subpart (Unicode 3.9, "U+FFFD Substitution of Maximal Subparts", the
 * practice of WHATWG and ICU), with the byte offsets the warnings give. */
#define R "\xEF\xBF\xBD"
static const struct {
    const char *in;
    size_t len;
    const char *out;
    const char *offsets; /* the warned offsets, space-separated */
} malformed[] = {
    {"\xC0\xAF", 2, R R, "0 1"},                           /* overlong '/' */
    {"\xC1\xBF", 2, R R, "0 1"},                           /* overlong, C1 lead */
    {"\xE0\x80\xAF", 3, R R R, "0 1 2"},                   /* overlong, 3 bytes */
    {"\xF0\x80\x80\xAF", 4, R R R R, "0 1 2 3"},           /* overlong, 4 bytes */
    {"\xED\xA0\x80", 3, R R R, "0 1 2"},                   /* surrogate U+D800 */
    {"\xED\xBF\xBF", 3, R R R, "0 1 2"},                   /* surrogate U+DFFF */
    {"\xF4\x90\x80\x80", 4, R R R R, "0 1 2 3"},           /* U+110000 */
    {"\xF5\x80\x80\x80", 4, R R R R, "0 1 2 3"},           /* F5: no lead */
    {"\xF8\x88\x80\x80\x80", 5, R R R R R, "0 1 2 3 4"},   /* old 5-byte form */
    {"\xFE\xFF", 2, R R, "0 1"},
    {"\x80", 1, R, "0"},                                   /* lone trail */
    {"\xE4\xB8", 2, R, "0"},                               /* cut at the end */
    {"\xF0\x9F\x98", 3, R, "0"},
    {"\xC2", 1, R, "0"},
    {"\xE4\xB8" "a", 3, R "a", "0"},                       /* cut by ASCII */
    {"\xE4" "\xE4\xB8\xAD", 4, R "\xE4\xB8\xAD", "0"},     /* cut by a lead */
    {"\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", 13, /* the standard's example */
     "a" R R R "b" R "c" R R "d", "1 4 6 8 10 11"},
    {"\xF4\x8F\xBF\xBF", 4, "\xF4\x8F\xBF\xBF", ""},       /* U+10FFFF is valid */
    {"\xEE\x80\x80", 3, "\xEE\x80\x80", ""},               /* so is private use */
    {"\r\n\xFF\r\n", 5, "\n" R "\n", "2"},                 /* offsets count the CR */
};

/* The offsets named in the warnings, space-separated. */
static void warned_offsets(char *out, size_t cap)
{
    out[0] = '\0';
    for (const char *p = warned; (p = strstr(p, "byte offset ")) != NULL;) {
        p += 12;
        size_t len = strlen(out);
        snprintf(out + len, cap - len, "%s%ld", len ? " " : "", strtol(p, NULL, 10));
    }
}

/* Random text of the pieces that exercise every branch of the fast path. */
static size_t random_text(unsigned *seed, char *buf, size_t cap)
{
    static const char *const pieces[] = {
        "a", "report ", "\r", "\n", "\r\n", "中", "文", "。", "e\xCC\x81", "\xCC\x81",
        "\xCC\xA3\xCC\x87", "\xE1\x84\x80", "\xE1\x85\xA1", "\xEA\xB0\x80", "\xE1\x86\xA8",
        "\xEF\xA4\x80", "\xEF\xBB\xBF", "\xF0\xA0\x80\x80", "\xF0\x9D\x85\x9E", "\xFF",
        "\xC0\xAF", "\xE4\xB8", "\xED\xA0\x80", "0123456789abcdef", "\xC3\xA9", "\xCD\x84",
    };
    size_t len = 0, count = *seed % 40;
    for (size_t k = 0; k < count; k++) {
        *seed = *seed * 1103515245u + 12345u;
        const char *p = pieces[(*seed >> 16) % (sizeof pieces / sizeof pieces[0])];
        size_t m = strlen(p);
        if (len + m >= cap)
            break;
        memcpy(buf + len, p, m);
        len += m;
    }
    *seed = *seed * 1103515245u + 12345u;
    return len;
}

static const char passage[] =
    "今年上半年，全省外贸进出口总额达到一千二百亿元，同比增长百分之十二点五。"
    "其中出口七百亿元，进口五百亿元。省商务厅表示，下一步将继续稳外贸、扩内需，"
    "推动消费券发放和以旧换新政策落地，支持电商进农村和县乡村三级物流体系建设。\n"
    "在服务企业方面，商务部门组织企业参加展会，帮助企业开拓国际市场，取得了明显成效。\n";

static const char passage_hant[] =
    "今年上半年，全省外貿進出口總額達到一千二百億元，同比增長百分之十二點五。"
    "其中出口七百億元，進口五百億元。省商務廳表示，下一步將繼續穩外貿、擴內需，"
    "推動消費券發放和以舊換新政策落地，支持電商進農村和縣鄉村三級物流體系建設。\n"
    "在服務企業方面，商務部門組織企業參加展會，幫助企業開拓國際市場，取得了明顯成效。\n";

int main(void)
{
    tally_error err = {""};
    char used[40], buf[8192];

    CHECK_STR(dec("abc", 3, NULL, used, &err), "abc");
    CHECK_STR(used, "UTF-8");
    CHECK_STR(dec("\xEF\xBB\xBF中文", 9, NULL, used, &err), "中文");
    CHECK_STR(dec("a\r\nb\rc\n", 7, NULL, NULL, &err), "a\nb\nc\n");
    /* NFC: e + combining acute becomes one character */
    CHECK_STR(dec("e\xCC\x81", 3, NULL, NULL, &err), "\xC3\xA9");

    /* UTF-16 with either byte-order mark */
    CHECK_STR(dec("\xFF\xFE\x2D\x4E\x87\x65", 6, NULL, used, &err), "中文");
    CHECK_STR(used, "UTF-16LE");
    CHECK_STR(dec("\xFE\xFF\x4E\x2D\x65\x87", 6, NULL, used, &err), "中文");

    /* GB18030 and Big5, given and detected */
    CHECK_STR(dec("\xD6\xD0\xCE\xC4", 4, "GB18030", NULL, &err), "中文");
    CHECK_STR(dec("\xA4\xA4\xA4\xE5", 4, "Big5", NULL, &err), "中文");
    size_t n = encode(passage, "GB18030", buf, sizeof buf);
    CHECK(n > 0);
    CHECK_STR(dec(buf, n, NULL, used, &err), passage);
    CHECK_STR(used, "GB18030");
    n = encode(passage_hant, "Big5", buf, sizeof buf);
    CHECK(n > 0);
    CHECK_STR(dec(buf, n, NULL, used, &err), passage_hant);
    CHECK_STR(used, "Big5");

    /* invalid bytes become U+FFFD, and the warning says where */
    CHECK_STR(dec("ab\xFF" "cd", 5, "UTF-8", NULL, &err), "ab\xEF\xBF\xBD" "cd");
    CHECK(strstr(warned, "byte offset 2") != NULL);
    CHECK_STR(dec("\xD6\xD0\xFF\xFF", 4, "GB18030", NULL, &err), "中\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(strstr(warned, "byte offset 3") != NULL);
    CHECK(strstr(warned, "byte offset 2") != NULL);

    /* binary and unknown encodings are errors, not text */
    CHECK(dec("ab\0cd", 5, NULL, NULL, &err) == NULL);
    CHECK(strstr(err.msg, "binary") != NULL && strstr(err.msg, "offset 2") != NULL);
    CHECK(dec("abc", 3, "no-such-charset", NULL, &err) == NULL);
    CHECK(strstr(err.msg, "no-such-charset") != NULL);

    size_t len = 0;
    char *s;

    /* the table of malformed UTF-8 */
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
        char offsets[128];
        CHECK_STR(dec(malformed[i].in, malformed[i].len, "UTF-8", NULL, &err), malformed[i].out);
        warned_offsets(offsets, sizeof offsets);
        CHECK_STR(offsets, malformed[i].offsets);
    }

    /* the fast path equals ICU's whole round trip, on random text */
    unsigned seed = 12345;
    int same = 1;
    for (int k = 0; k < 3000 && same; k++) {
        char in[1024];
        size_t m = random_text(&seed, in, sizeof in), rlen = 0;
        char *want = decode_reference(in, m, &rlen);
        tally_decoded d;
        if (!want || tally_decode(in, m, "UTF-8", &d, NULL, NULL, &err) != TALLY_DECODE_OK) {
            same = 0;
            break;
        }
        same = d.len == rlen && memcmp(d.text, want, rlen) == 0;
        if (!same)
            fprintf(stderr, "differs from ICU on case %d: \"%.*s\"\n", k, (int)m, in);
        free(d.text);
        free(want);
    }
    CHECK(same);

    /* NFC only where needed: composing, reordering, Hangul, compatibility */
    CHECK_STR(dec("abce\xCC\x81xyz", 9, "UTF-8", NULL, &err), "abc\xC3\xA9xyz");
    CHECK_STR(dec("a\xCC\x87\xCC\xA3", 5, "UTF-8", NULL, &err), "\xE1\xBA\xA1\xCC\x87");
    CHECK_STR(dec("\xE1\x84\x80\xE1\x85\xA1", 6, "UTF-8", NULL, &err), "\xEA\xB0\x80");
    CHECK_STR(dec("\xEF\xA4\x80", 3, "UTF-8", NULL, &err), "\xE8\xB1\x88"); /* U+F900 */
    CHECK_STR(dec("x\r\n\xCC\x81y", 6, "UTF-8", NULL, &err), "x\n\xCC\x81y");
    CHECK_STR(dec("0123456789abcdef0123\r\n456789", 28, "UTF-8", NULL, &err),
              "0123456789abcdef0123\n456789");
    /* growing past the input: every byte a U+FFFD */
    CHECK_STR(dec("\xFF\xFF\xFF\xFF", 4, "UTF-8", NULL, &err), R R R R);

    /* leading U+FEFF: the BOM and any after it go; one inside stays */
    CHECK_STR(dec("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF" "abc", 12, NULL, used, &err), "abc");
    CHECK_STR(dec("a\xEF\xBB\xBF" "b", 5, NULL, used, &err), "a\xEF\xBB\xBF" "b");
    CHECK_STR(dec("\xFF\xFE\xFF\xFE\x2D\x4E", 6, NULL, used, &err), "中");
    s = tally_normalize("\xEF\xBB\xBFx", 4, "NFC", &len, &err);
    CHECK_STR(s, "\xEF\xBB\xBFx"); /* tally.normalize keeps it */
    free(s);

    /* UTF-32 with a BOM; UTF-16 without one, by its NULs */
    CHECK_STR(dec("\xFF\xFE\0\0\x2D\x4E\0\0\x0A\0\0\0", 12, NULL, used, &err), "中\n");
    CHECK_STR(used, "UTF-32LE");
    CHECK_STR(dec("\0\0\xFE\xFF\0\0\x4E\x2D", 8, NULL, used, &err), "中");
    CHECK_STR(used, "UTF-32BE");
    CHECK_STR(dec("\x2D\x4E\x87\x65\x0A\x00\x31\x00\x32\x00", 10, NULL, used, &err), "中文\n12");
    CHECK_STR(used, "UTF-16LE");
    CHECK_STR(dec("\x4E\x2D\x65\x87\x00\x0A\x00\x31", 8, NULL, used, &err), "中文\n1");
    CHECK_STR(used, "UTF-16BE");

    /* random bytes without a NUL are no text */
    {
        char noise[4096];
        unsigned x = 99;
        for (size_t i = 0; i < sizeof noise; i++) {
            x = x * 1103515245u + 12345u;
            noise[i] = (char)(1 + (x >> 16) % 255);
        }
        tally_decoded d;
        CHECK(tally_decode(noise, sizeof noise, NULL, &d, NULL, NULL, &err) == TALLY_DECODE_BINARY);
        CHECK(strstr(err.msg, "binary file") != NULL);
    }

    /* short Big5 and GBK: a few characters decide */
    n = encode("報告說明", "Big5", buf, sizeof buf);
    CHECK_STR(dec(buf, n, NULL, used, &err), "報告說明");
    CHECK_STR(used, "Big5");
    n = encode("发展经济", "GBK", buf, sizeof buf);
    CHECK_STR(dec(buf, n, NULL, used, &err), "发展经济");
    CHECK_STR(used, "GB18030");
    /* Hong Kong characters: Big5-HKSCS, not private use under Big5 */
    n = encode("佢哋嘅啲㗎嚟咗", "Big5-HKSCS", buf, sizeof buf);
    CHECK(n > 0);
    CHECK_STR(dec(buf, n, NULL, used, &err), "佢哋嘅啲㗎嚟咗");
    CHECK_STR(used, "Big5-HKSCS");

    /* a charset the page declares */
    {
        char page[512];
        int k = snprintf(page, sizeof page, "<html><head><meta charset=\"big5\"></head><body>");
        n = encode("中文", "Big5", page + k, sizeof page - (size_t)k);
        CHECK_STR(dec(page, (size_t)k + n, NULL, used, &err) + k, "中文");
        CHECK_STR(used, "Big5");
        k = snprintf(page, sizeof page, "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">");
        n = encode("中文", "GB18030", page + k, sizeof page - (size_t)k);
        CHECK_STR(dec(page, (size_t)k + n, NULL, used, &err) + k, "中文");
        CHECK_STR(used, "GB18030");
        /* saved again as UTF-8, the old declaration stays: the bytes win */
        k = snprintf(page, sizeof page, "<meta charset=gbk>中文");
        CHECK_STR(dec(page, (size_t)k, NULL, used, &err), "<meta charset=gbk>中文");
        CHECK_STR(used, "UTF-8");
        CHECK(strstr(warned, "declares charset \"gbk\"") != NULL);
    }

    /* the size limit is checked before anything is read */
    {
        tally_decoded d;
        CHECK(tally_decode("", TALLY_DECODE_MAX + 1, NULL, &d, NULL, NULL, &err) == TALLY_DECODE_TOO_LARGE);
        CHECK(strstr(err.msg, "too large") != NULL);
    }

    /* normalize */
    s = tally_normalize("\xEF\xBC\x91\xEF\xBC\x92", 6, "NFKC", &len, &err);
    CHECK_STR(s, "12");
    free(s);
    CHECK(tally_normalize("x", 1, "NFX", &len, &err) == NULL);
    return check_summary();
}
