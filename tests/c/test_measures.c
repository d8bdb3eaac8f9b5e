/* List detection: each list style in Simplified and Traditional, nesting,
 * restarts and skipped numbers, declared counts, what is no list. */
#include "check.h"

#include "tally/document.h"
#include "tally/measures.h"
#include "tally/structure.h"

typedef struct found {
    tally_doc *doc;
    tally_measure *m;
    size_t n;
} found;

static found measures_of(const char *text)
{
    found f = {0};
    tally_error err = {""};
    f.doc = tally_doc_new(text, strlen(text), "test", &err);
    if (!f.doc) {
        fprintf(stderr, "tally_doc_new: %s\n", err.msg);
        return f;
    }
    const tally_structure *s = tally_doc_structure(f.doc, &err);
    if (!s || tally_measures_find(f.doc->text, f.doc->len, s, &f.m, &f.n, &err) < 0)
        fprintf(stderr, "measures: %s\n", err.msg);
    return f;
}

static void done(found *f)
{
    free(f->m);
    tally_doc_free(f->doc);
}

/* The text of a span as a NUL-terminated string in a static buffer. */
static const char *str(const found *f, tally_span s)
{
    static char buf[4][1024];
    static int k;
    char *b = buf[k++ % 4];
    size_t n = s.stop > s.start ? s.stop - s.start : 0;
    if (n >= sizeof buf[0])
        n = sizeof buf[0] - 1;
    memcpy(b, f->doc->text + s.start, n);
    b[n] = '\0';
    return b;
}

static void test_shi_simplified(void)
{
    found f = measures_of("面对严峻形势，我们重点抓了四方面工作：\n\n"
                          "一是加大政策落实力度。优化集成政策措施。\n\n"
                          "二是稳住外贸基本盘。开拓新市场。\n\n"
                          "三是推动外资项目落地。创新工作方式。\n");
    CHECK(f.n == 3);
    if (f.n == 3) {
        CHECK_STR(str(&f, f.m[0].marker), "一是");
        CHECK_STR(str(&f, f.m[0].headline), "加大政策落实力度");
        CHECK_STR(str(&f, f.m[1].headline), "稳住外贸基本盘");
        CHECK(f.m[2].ordinal == 3);
        CHECK(f.m[0].list == f.m[2].list);
        CHECK(f.m[0].level == 1 && f.m[0].parent == 0);
        CHECK_STR(str(&f, f.m[0].intro), "我们重点抓了四方面工作：");
        /* the intro declares four, three follow: found and declared differ */
        CHECK(f.m[0].declared == 4 && f.m[2].declared == 4);
        CHECK_STR(str(&f, f.m[1].text), "二是稳住外贸基本盘。开拓新市场。");
        CHECK(f.m[0].style == TALLY_LIST_SHI);
    }
    done(&f);
}

static void test_shi_traditional_inline(void)
{
    found f = measures_of("我們堅持高水平開放，着力做三個方面工作：一是加快開放平臺建設。內容。\n\n"
                          "二是加速外貿擴容提質。內容。\n\n三是加強對外投資合作。內容。\n");
    CHECK(f.n == 3);
    if (f.n == 3) {
        CHECK_STR(str(&f, f.m[0].headline), "加快開放平臺建設");
        CHECK_STR(str(&f, f.m[0].intro), "着力做三個方面工作：");
        CHECK(f.m[0].declared == 3);
        CHECK(f.m[2].ordinal == 3);
    }
    done(&f);
}

static void test_shi_beyond_ten(void)
{
    static const char *const n[] = {"一", "二", "三", "四", "五", "六", "七", "八",
                                    "九", "十", "十一", "十二"};
    char text[2048] = "";
    for (int i = 0; i < 12; i++) {
        strcat(text, n[i]);
        strcat(text, "是推进工作。\n\n");
    }
    found f = measures_of(text);
    CHECK(f.n == 12); /* the 一是 inside 十一是 is no item */
    if (f.n == 12) {
        CHECK(f.m[10].ordinal == 11);
        CHECK_STR(str(&f, f.m[10].marker), "十一是");
        CHECK(f.m[11].ordinal == 12 && f.m[11].list == f.m[0].list);
    }
    done(&f);
}

static void test_ordinal_words(void)
{
    found f = measures_of("全省做了大量工作。首先，安排资金用于以旧换新；其次，依托媒体解读政策；"
                          "第三，与企业联动开展培训；最后，组织明察暗访。\n");
    CHECK(f.n == 4);
    if (f.n == 4) {
        CHECK_STR(str(&f, f.m[0].marker), "首先");
        CHECK_STR(str(&f, f.m[0].headline), "安排资金用于以旧换新");
        CHECK(f.m[1].ordinal == 2 && f.m[2].ordinal == 3 && f.m[3].ordinal == 4);
        CHECK_STR(str(&f, f.m[3].marker), "最后");
        CHECK(f.m[0].style == TALLY_LIST_ORDINAL);
        CHECK_STR(str(&f, f.m[0].text), "首先，安排资金用于以旧换新；");
    }
    done(&f);
    f = measures_of("全省商務系統做了大量工作。首先，河北省有資金用於以舊換新；其次，依託媒體廣泛解讀政策；"
                    "第三，與企業聯動開展培訓；第四，聯合開展專項行動；最後，組織明察暗訪。\n");
    CHECK(f.n == 5);
    if (f.n == 5) {
        CHECK_STR(str(&f, f.m[4].marker), "最後");
        CHECK(f.m[4].ordinal == 5);
        CHECK_STR(str(&f, f.m[1].headline), "依託媒體廣泛解讀政策");
    }
    done(&f);
}

static void test_not_lists(void)
{
    /* 第一时间 starts a clause but is no marker; 一方面…另一方面 is a contrast */
    found f = measures_of("一是抓好市场保供。第一时间建立监测制度。\n\n二是积极进口物资。\n\n"
                          "三是加强合作。一方面，推进产能合作；另一方面，支持企业承包工程。\n");
    CHECK(f.n == 3);
    done(&f);
    /* a lone 首先 or a lone topic block makes no list */
    f = measures_of("首先，我们要感谢大家。\n\n在此基础上，继续推进。\n\n在服务企业方面，走访企业。\n");
    CHECK(f.n == 0);
    done(&f);
    /* numbered clauses of a copyright notice are boilerplate, not measures */
    f = measures_of("正文一句。\n\n版权声明:\n\n1、凡本网注明来源的作品，版权均属本网所有。\n\n"
                    "2、已经本网授权使用作品的，应注明来源。\n");
    CHECK(f.n == 0);
    done(&f);
}

static void test_sections(void)
{
    found f = measures_of("全年工作如下。\n\n一、总体要求\n\n坚持稳中求进。\n\n二、重点任务\n\n"
                          "扩大开放。\n\n三、保障措施\n\n加强领导。\n");
    CHECK(f.n == 3);
    if (f.n == 3) {
        CHECK_STR(str(&f, f.m[0].marker), "一、");
        CHECK_STR(str(&f, f.m[0].headline), "总体要求");
        /* sections run to the next section */
        CHECK_STR(str(&f, f.m[0].text), "一、总体要求\n\n坚持稳中求进。");
        CHECK(f.m[0].style == TALLY_LIST_SECTION);
    }
    done(&f);
    f = measures_of("（一）加強組織領導。內容。\n\n（二）強化資金保障。內容。\n");
    CHECK(f.n == 2);
    if (f.n == 2) {
        CHECK_STR(str(&f, f.m[1].marker), "（二）");
        CHECK_STR(str(&f, f.m[1].headline), "強化資金保障");
    }
    done(&f);
    /* Arabic numbers, at a sentence start inside a paragraph; 1.5 is no section */
    f = measures_of("主要做法有两条。1.建立台账。增长1.5个百分点。2.定期调度。\n\n1、完善制度。\n\n2、加强考核。\n");
    CHECK(f.n == 4);
    if (f.n == 4) {
        CHECK_STR(str(&f, f.m[0].marker), "1.");
        CHECK(f.m[1].ordinal == 2);
        CHECK(f.m[2].ordinal == 1 && f.m[2].list != f.m[0].list);
        CHECK_STR(str(&f, f.m[3].marker), "2、");
    }
    done(&f);
}

static void test_topic_blocks(void)
{
    /* an unmarked paragraph between two topic blocks does not end their list */
    found f = measures_of("在农村寄递物流方面，以贯通三级物流体系为重点；依托电商进农村。\n\n"
                          "在服务企业方面，走访企业60余家。\n\n目前，这些努力已取得成效。\n\n"
                          "在促销保供方面，搭建营销载体。\n");
    CHECK(f.n == 3);
    if (f.n == 3) {
        CHECK_STR(str(&f, f.m[0].marker), "在农村寄递物流方面");
        CHECK_STR(str(&f, f.m[0].headline), "以贯通三级物流体系为重点");
        CHECK(f.m[2].ordinal == 3 && f.m[2].list == f.m[0].list);
        CHECK(f.m[0].style == TALLY_LIST_TOPIC);
        /* an item ends with its paragraph */
        CHECK_STR(str(&f, f.m[1].text), "在服务企业方面，走访企业60余家。");
    }
    done(&f);
    f = measures_of("繼續圍繞四大領域推進工作。\n\n在幫銷方面，繼續加大採購力度。\n\n"
                    "在促産方面，推動規模化發展。\n\n在政策支持上，加大投入。\n");
    CHECK(f.n == 3);
    if (f.n == 3) {
        CHECK_STR(str(&f, f.m[2].marker), "在政策支持上");
        CHECK(f.m[0].declared == 4);
    }
    done(&f);
}

static void test_nesting(void)
{
    found f = measures_of("编排了十大创新示范项目。 一、瞄准“四个国家级示范项目”谋求发展 "
                          "一是争创服务外包示范城市。内容。 二是争创电商示范基地。内容。 "
                          "二、围绕“两个省级试点工程”汇聚动能 一是申创开放试点。内容。 "
                          "二是打造外贸港。内容。 (作者为市商务局局长) |\n");
    CHECK(f.n == 6);
    if (f.n == 6) {
        CHECK(f.m[0].level == 1 && f.m[0].parent == 0);
        CHECK(f.m[0].declared == 10);
        CHECK_STR(str(&f, f.m[0].headline), "瞄准“四个国家级示范项目”谋求发展");
        CHECK(f.m[1].level == 2 && f.m[1].parent == 1);
        CHECK(f.m[2].parent == 1);
        CHECK_STR(str(&f, f.m[1].intro), "瞄准“四个国家级示范项目”谋求发展");
        CHECK(f.m[1].declared == 4);
        CHECK(f.m[3].level == 1 && f.m[3].ordinal == 2 && f.m[3].list == f.m[0].list);
        CHECK(f.m[4].parent == 4 && f.m[5].parent == 4);
        CHECK(f.m[4].declared == 2);
        CHECK(f.m[4].list != f.m[1].list);
        /* an item ends where its parent's next sibling starts ... */
        CHECK_STR(str(&f, f.m[2].text), "二是争创电商示范基地。内容。");
        /* ... and before the byline */
        CHECK_STR(str(&f, f.m[5].text), "二是打造外贸港。内容。");
    }
    done(&f);
    /* a list inside a list item's paragraph */
    f = measures_of("在服务企业方面，一是走访企业，二是送政策上门。\n\n在促销保供方面，搭建营销载体。\n");
    CHECK(f.n == 4);
    if (f.n == 4) {
        CHECK(f.m[1].level == 2 && f.m[1].parent == 1 && f.m[2].parent == 1);
        CHECK_STR(str(&f, f.m[1].headline), "走访企业");
        CHECK_STR(str(&f, f.m[0].headline), "");
        CHECK(f.m[3].level == 1);
    }
    done(&f);
}

static void test_restart_and_skip(void)
{
    found f = measures_of("一是抓好保供。\n\n二是进口物资。\n\n下一步，我们抓了三方面工作：\n\n"
                          "一是加大力度。\n\n二是稳住外贸。\n\n四是加强宣传。\n");
    CHECK(f.n == 5);
    if (f.n == 5) {
        CHECK(f.m[0].list == 1 && f.m[1].list == 1);
        CHECK(f.m[2].list == 2 && f.m[2].ordinal == 1 && f.m[2].declared == 3);
        /* a skipped number starts a new list, without an intro */
        CHECK(f.m[4].list == 3 && f.m[4].ordinal == 4);
        CHECK(f.m[4].declared == 0 && f.m[4].intro.stop == f.m[4].intro.start);
    }
    done(&f);
}

static void test_text_rules(void)
{
    /* a paragraph that ends without 。！？；continues into the next one */
    found f = measures_of("一是加大政策落实力度。扩大出口商品出运前\n\n风险保险覆盖范围。\n\n二是稳住外贸。\n");
    CHECK(f.n == 2);
    if (f.n == 2)
        CHECK_STR(str(&f, f.m[0].text), "一是加大政策落实力度。扩大出口商品出运前\n\n风险保险覆盖范围。");
    done(&f);
    /* an item that is only its headline takes the unmarked paragraphs after it */
    f = measures_of("一是坚持创新驱动。\n\n全年投入资金10亿元。\n\n二是坚持开放合作。\n\n引进项目5个。\n\n下一步继续推进。\n");
    CHECK(f.n == 2);
    if (f.n == 2) {
        CHECK_STR(str(&f, f.m[0].text), "一是坚持创新驱动。\n\n全年投入资金10亿元。");
        CHECK_STR(str(&f, f.m[1].text), "二是坚持开放合作。\n\n引进项目5个。\n\n下一步继续推进。");
    }
    done(&f);
    /* a trailing byline is no part of the item */
    f = measures_of("一是优化环境。\n\n二是优化服务。（新甘肃·甘肃日报记者 曹立萍）\n");
    CHECK(f.n == 2);
    if (f.n == 2)
        CHECK_STR(str(&f, f.m[1].text), "二是优化服务。");
    done(&f);
}

static void test_more_styles(void)
{
    /* bracketed numbers after a colon; 首先要 / 其次是 without a separator */
    found f = measures_of("主要包括：（1）建立台账；（2）定期调度。\n\n"
                          "首先要稳定汽车消费。其次是扩大服务消费。最后要培育新型消费。\n");
    CHECK(f.n == 5);
    if (f.n == 5) {
        CHECK_STR(str(&f, f.m[0].marker), "（1）");
        CHECK_STR(str(&f, f.m[1].headline), "定期调度");
        CHECK_STR(str(&f, f.m[2].headline), "要稳定汽车消费");
        CHECK_STR(str(&f, f.m[3].headline), "扩大服务消费"); /* the copula goes */
        CHECK(f.m[4].ordinal == 3 && f.m[4].list == f.m[2].list);
    }
    done(&f);
    /* 1、2月 and 一、二产业 are no sections; Markdown bold does not hide a marker */
    f = measures_of("1、2月份工业增长较快。\n\n一、二产业协同发展。\n\n"
                    "**一是加强监管。**\n\n**二是优化服务。**\n");
    CHECK(f.n == 2);
    if (f.n == 2)
        CHECK_STR(str(&f, f.m[0].marker), "一是");
    done(&f);
    /* a period or an ordinal is no declared count, and a sentence that
     * neither counts nor ends in a colon announces nothing */
    f = measures_of("前三个月，全省在第五届博览会上签约项目。\n\n一是加强监管。\n\n二是优化服务。\n");
    CHECK(f.n == 2);
    if (f.n == 2)
        CHECK(f.m[0].declared == 0 && f.m[0].intro.stop == f.m[0].intro.start);
    done(&f);
    /* the intro is the clause that states the count */
    f = measures_of("2024年，市商务局将围绕建设消费中心城市的目标，实施“五大工程”，力争增长6%。\n\n"
                    "第一，实施换新工程。\n\n第二，实施商圈工程。\n");
    CHECK(f.n == 2);
    if (f.n == 2) {
        CHECK_STR(str(&f, f.m[0].intro), "实施“五大工程”");
        CHECK(f.m[0].declared == 5);
    }
    done(&f);
    /* 一要…二要… is a list of its own, never joined with 是-items */
    f = measures_of("下一步要做好三件事：一要稳外贸，二要扩内需，三要优外资。统一要求，一是加强领导。二是压实责任。\n");
    CHECK(f.n == 5);
    if (f.n == 5) {
        CHECK_STR(str(&f, f.m[1].marker), "二要");
        CHECK_STR(str(&f, f.m[1].headline), "扩内需");
        CHECK(f.m[0].declared == 3 && f.m[2].list == f.m[0].list);
        CHECK(f.m[3].list != f.m[0].list && f.m[3].ordinal == 1);
    }
    done(&f);
    /* lists restart in each interview answer */
    f = measures_of("记者：有哪些举措？\n\n张三：一是加强监管。二是优化服务。\n\n记者：下一步呢？\n\n"
                    "张三：三是扩大开放。四是深化改革。\n");
    CHECK(f.n == 4);
    if (f.n == 4)
        CHECK(f.m[2].list != f.m[0].list && f.m[2].ordinal == 3);
    done(&f);
}

static void test_count_reader(void)
{
    size_t end;
    const char *s = "十一是";
    CHECK(tally_count_at(s, 0, strlen(s), &end) == 11 && end == strlen("十一"));
    s = "两大";
    CHECK(tally_count_at(s, 0, strlen(s), &end) == 2);
    s = "二十三";
    CHECK(tally_count_at(s, 0, strlen(s), &end) == 23);
    s = "3方面";
    CHECK(tally_count_at(s, 0, strlen(s), &end) == 3 && end == 1);
    s = "方面";
    CHECK(tally_count_at(s, 0, strlen(s), &end) == -1);
}

int main(void)
{
    test_shi_simplified();
    test_shi_traditional_inline();
    test_shi_beyond_ten();
    test_ordinal_words();
    test_not_lists();
    test_sections();
    test_topic_blocks();
    test_nesting();
    test_restart_and_skip();
    test_text_rules();
    test_more_styles();
    test_count_reader();
    return check_summary();
}
