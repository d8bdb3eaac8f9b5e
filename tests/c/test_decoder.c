/* The decoder: every encoding reports come in, invalid bytes, binary files. */
#include "check.h"
#include "tally/decoder.h"

#include <unicode/ucnv.h>

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

    /* normalize */
    size_t len = 0;
    char *s = tally_normalize("\xEF\xBC\x91\xEF\xBC\x92", 6, "NFKC", &len, &err);
    CHECK_STR(s, "12");
    free(s);
    CHECK(tally_normalize("x", 1, "NFX", &len, &err) == NULL);
    return check_summary();
}
