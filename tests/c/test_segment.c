/* Paragraphs, sentences and tokens: spans, Chinese sentence ends, kinds. */
#include "check.h"
#include "tally/segment.h"

static char piece[1024];

static const char *cut(const char *text, size_t start, size_t stop)
{
    snprintf(piece, sizeof piece, "%.*s", (int)(stop - start), text + start);
    return piece;
}

int main(void)
{
    tally_error err = {""};
    tally_span *s = NULL;
    size_t n = 0;

    const char *paras = "  第一段。\n\n\t第二段\xE3\x80\x80\n   \n第三段";
    CHECK(tally_paragraphs(paras, strlen(paras), &s, &n, &err) == 0);
    CHECK(n == 3);
    if (n == 3) {
        CHECK_STR(cut(paras, s[0].start, s[0].stop), "第一段。");
        CHECK_STR(cut(paras, s[1].start, s[1].stop), "第二段");
        CHECK_STR(cut(paras, s[2].start, s[2].stop), "第三段");
    }
    free(s);

    /* 。！？ end sentences, closing quotes stay with them, decimals do not split */
    const char *text = "外贸增长14.8%。他说：“形势很好！”真的吗？是的!\n新段落没有句号";
    CHECK(tally_sentences(text, strlen(text), &s, &n, &err) == 0);
    CHECK(n == 5);
    if (n == 5) {
        CHECK_STR(cut(text, s[0].start, s[0].stop), "外贸增长14.8%。");
        CHECK_STR(cut(text, s[1].start, s[1].stop), "他说：“形势很好！”");
        CHECK_STR(cut(text, s[2].start, s[2].stop), "真的吗？");
        CHECK_STR(cut(text, s[3].start, s[3].stop), "是的!");
        CHECK_STR(cut(text, s[4].start, s[4].stop), "新段落没有句号");
    }
    free(s);
    /* a ； ends the sentence only where a list item follows it */
    const char *items = "一是稳住外贸，前三季度增长5%；二是扩大消费；其次，优化服务；第三，增长3%；"
                        "（四）强化保障；5、完善机制；第三届会议召开；出口增长2%；进口下降1%。";
    CHECK(tally_sentences(items, strlen(items), &s, &n, &err) == 0);
    CHECK(n == 6);
    if (n == 6) {
        CHECK_STR(cut(items, s[0].start, s[0].stop), "一是稳住外贸，前三季度增长5%；");
        CHECK_STR(cut(items, s[1].start, s[1].stop), "二是扩大消费；");
        CHECK_STR(cut(items, s[2].start, s[2].stop), "其次，优化服务；");
        CHECK_STR(cut(items, s[3].start, s[3].stop), "第三，增长3%；");
        CHECK_STR(cut(items, s[4].start, s[4].stop), "（四）强化保障；");
        CHECK_STR(cut(items, s[5].start, s[5].stop),
                  "5、完善机制；第三届会议召开；出口增长2%；进口下降1%。");
    }
    free(s);
    /* a full-width point between digits is a decimal point (六四〇．五億,
     * 出口六．五億; １２３．５), not the end of a sentence */
    const char *points = "出口六四〇．五億美元，年增三十四．一％。產量１２３．５噸。完了．下一句";
    CHECK(tally_sentences(points, strlen(points), &s, &n, &err) == 0);
    CHECK(n == 4);
    if (n == 4) {
        CHECK_STR(cut(points, s[0].start, s[0].stop), "出口六四〇．五億美元，年增三十四．一％。");
        CHECK_STR(cut(points, s[1].start, s[1].stop), "產量１２３．５噸。");
        CHECK_STR(cut(points, s[2].start, s[2].stop), "完了．");
    }
    free(s);
    /* words are ICU's: the sentence rule for the point does not join a word
     * across it (a token "．五億" once came of applying it to words) */
    tally_token *pt = NULL;
    CHECK(tally_tokens(points, strlen(points), &pt, &n, &err) == 0);
    for (size_t i = 0; i < n; i++)
        CHECK(pt[i].stop - pt[i].start <= 3 ||
              memcmp(points + pt[i].start, "\xEF\xBC\x8E", 3) != 0);
    free(pt);
    CHECK(tally_sentences("", 0, &s, &n, &err) == 0 && n == 0);
    free(s);

    tally_token *t = NULL;
    const char *words = "全省进出口总额14.8亿元, growth 12%";
    CHECK(tally_tokens(words, strlen(words), &t, &n, &err) == 0);
    size_t covered = 0;
    int saw_number = 0, saw_latin = 0, saw_word = 0, saw_punct = 0;
    for (size_t i = 0; i < n; i++) {
        CHECK(t[i].start == covered); /* tokens tile the text */
        covered = t[i].stop;
        const char *tx = cut(words, t[i].start, t[i].stop);
        if (strcmp(tx, "14.8") == 0)
            saw_number = t[i].kind == TALLY_TOKEN_NUMBER;
        if (strcmp(tx, "growth") == 0)
            saw_latin = t[i].kind == TALLY_TOKEN_LATIN;
        if (strcmp(tx, "进出口") == 0)
            saw_word = t[i].kind == TALLY_TOKEN_WORD;
        if (strcmp(tx, ",") == 0)
            saw_punct = t[i].kind == TALLY_TOKEN_PUNCT;
    }
    CHECK(covered == strlen(words));
    CHECK(saw_number && saw_latin && saw_word && saw_punct);
    CHECK_STR(tally_token_kind_name(TALLY_TOKEN_SPACE), "space");
    free(t);
    return check_summary();
}
