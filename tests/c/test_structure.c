/* Document structure: meta, boilerplate, turns, body, HTML pages and
 * Markdown front matter. */
#include "check.h"

#include "tally/document.h"
#include "tally/markup.h"
#include "tally/structure.h"

static tally_doc *doc_of(const char *text)
{
    tally_error err = {""};
    tally_doc *d = tally_doc_new(text, strlen(text), "test", &err);
    if (!d)
        fprintf(stderr, "tally_doc_new: %s\n", err.msg);
    return d;
}

static const tally_structure *structure_of(tally_doc *d)
{
    tally_error err = {""};
    const tally_structure *s = d ? tally_doc_structure(d, &err) : NULL;
    if (d && !s)
        fprintf(stderr, "structure: %s\n", err.msg);
    return s;
}

static int count_kind(const tally_structure *s, tally_boilerplate_kind k)
{
    int n = 0;
    for (size_t i = 0; i < s->n_boilerplate; i++)
        n += s->boilerplate[i].kind == k;
    return n;
}

static const char *span_str(const tally_doc *d, tally_span sp)
{
    static char buf[2][512];
    static int k;
    char *b = buf[k++ % 2];
    size_t n = sp.stop - sp.start < sizeof buf[0] - 1 ? sp.stop - sp.start : sizeof buf[0] - 1;
    memcpy(b, d->text + sp.start, n);
    b[n] = '\0';
    return b;
}

static const char page[] =
    "某某日报首页\n\n"
    "学史力行办实事 聚焦民生解难题\n\n"
    "——访江苏省商务厅厅长王某\n"
    "2021-10-18 10:34 来源:新华日报 点击:\n"
    "本报记者 钟启航 通讯员 张三\n\n"
    "记者:南京今年采取了哪些措施?\n\n"
    "王某:南京市商务局抓了三件事。南京的外贸增长很快。\n\n"
    "2021年3月1日,王某(左三)在南京调研。\n\n"
    "南京市商务局供图\n\n"
    "记者:下一步呢?\n\n"
    "王某:继续推进南京的开放。\n\n"
    "分享至手機\n\n"
    "策劃:陳忠華 趙強利\n\n"
    "文字:袁麗娜\n\n"
    "新華社河北分社\n\n"
    "聯合出品\n\n"
    "[作者:  責任編輯: 李四 ]\n\n"
    "版权声明:\n\n"
    "1、凡本网注明来源的作品,版权均属本网所有。\n\n"
    "相关新闻\n\n"
    "南京外贸创新高\n\n"
    "加载更多\n";

static void test_meta_and_boilerplate(void)
{
    tally_doc *d = doc_of(page);
    const tally_structure *s = structure_of(d);
    if (!s) {
        CHECK(0);
        tally_doc_free(d);
        return;
    }
    CHECK_STR(s->meta.title, "学史力行办实事 聚焦民生解难题");
    CHECK_STR(s->meta.date, "2021-10-18T10:34");
    CHECK_STR(s->meta.source, "新华日报");
    CHECK(s->meta.n_authors == 3);
    if (s->meta.n_authors == 3) {
        CHECK_STR(s->meta.authors[0], "钟启航");
        CHECK_STR(s->meta.authors[1], "张三");
        CHECK_STR(s->meta.authors[2], "李四"); /* 責任編輯, not the credits' 文字 */
    }
    CHECK_STR(s->meta.region, "南京市");
    CHECK_STR(s->meta.script, "Hans");
    CHECK_STR(s->meta.lang, "zh");
    CHECK(count_kind(s, TALLY_BOILERPLATE_NAVIGATION) == 1);
    CHECK(count_kind(s, TALLY_BOILERPLATE_DATELINE) == 1);
    CHECK(count_kind(s, TALLY_BOILERPLATE_BYLINE) == 2);
    CHECK(count_kind(s, TALLY_BOILERPLATE_CAPTION) == 2);
    CHECK(count_kind(s, TALLY_BOILERPLATE_SHARE) == 1);
    CHECK(count_kind(s, TALLY_BOILERPLATE_CREDITS) == 4);
    CHECK(count_kind(s, TALLY_BOILERPLATE_COPYRIGHT) == 2);
    CHECK(count_kind(s, TALLY_BOILERPLATE_RELATED) == 2);
    CHECK(count_kind(s, TALLY_BOILERPLATE_LOAD_MORE) == 1);
    for (size_t i = 1; i < s->n_boilerplate; i++)
        CHECK(s->boilerplate[i - 1].span.stop <= s->boilerplate[i].span.start);
    /* turns: the interviewer and the official, each up to the next turn */
    CHECK(s->n_turns == 4);
    if (s->n_turns == 4) {
        CHECK_STR(span_str(d, s->turns[0].speaker), "记者");
        CHECK(s->turns[0].asks && !s->turns[1].asks);
        CHECK_STR(span_str(d, s->turns[1].speaker), "王某");
        /* the caption after the answer is boilerplate, so the turn ends before it */
        CHECK_STR(span_str(d, s->turns[1].text), "南京市商务局抓了三件事。南京的外贸增长很快。");
        CHECK_STR(span_str(d, s->turns[3].text), "继续推进南京的开放。");
    }
    size_t n = 0;
    char *body = tally_structure_body_text(s, d->text, &n);
    CHECK(body && strstr(body, "版权") == NULL && strstr(body, "分享") == NULL &&
          strstr(body, "供图") == NULL && strstr(body, "记者:下一步呢?") != NULL);
    free(body);
    tally_doc_free(d);
}

static void test_traditional_inline_bylines(void)
{
    tally_doc *d = doc_of("甘肅省多措並舉推進消費幫扶工作\n來源:甘肅日報  |  2023-07-18 10:17:14\n\n"
                          "  甘肅省不斷創新消費幫扶模式，隴南的農産品走出深山。（新甘肅·甘肅日報記者 曹立萍）\n\n"
                          "編輯:王奇英\n最新推薦\n新聞\n文娛\n");
    const tally_structure *s = structure_of(d);
    if (s) {
        CHECK_STR(s->meta.title, "甘肅省多措並舉推進消費幫扶工作");
        CHECK_STR(s->meta.date, "2023-07-18T10:17:14");
        CHECK_STR(s->meta.source, "甘肅日報");
        CHECK_STR(s->meta.script, "Hant");
        CHECK_STR(s->meta.region, "甘肃省");
        CHECK(s->meta.n_authors == 2);
        if (s->meta.n_authors == 2)
            CHECK_STR(s->meta.authors[1], "王奇英");
        CHECK(s->n_turns == 0);
        CHECK(s->n_body == 2);
        if (s->n_body == 2)
            CHECK_STR(span_str(d, s->body[1]), "甘肅省不斷創新消費幫扶模式，隴南的農産品走出深山。");
    }
    tally_doc_free(d);
    /* ◎name at a paragraph start, (作者为…) at its end: neither is body */
    d = doc_of("发挥作用 狠抓工程 |\n◎臧晓鹏 徐州市商务局编排了项目。 (作者为徐州市商务局局长) |\n");
    s = structure_of(d);
    if (s) {
        CHECK_STR(s->meta.title, "发挥作用 狠抓工程");
        CHECK(s->meta.n_authors == 1);
        CHECK(s->meta.date == NULL && s->meta.source == NULL);
        CHECK_STR(s->meta.region, "徐州市");
        CHECK(s->n_body == 2);
        if (s->n_body == 2)
            CHECK_STR(span_str(d, s->body[1]), "徐州市商务局编排了项目。");
    }
    tally_doc_free(d);
}

static void test_news_dateline_and_qa(void)
{
    tally_doc *d = doc_of("新华社北京10月18日电（记者张三、李四）商务部发布数据。\n\n"
                          "问：下一步有什么打算？\n\n答：稳定大宗消费。\n\n问：外贸呢？\n\n答：总体平稳。\n");
    const tally_structure *s = structure_of(d);
    if (s) {
        CHECK(s->meta.n_authors == 2);
        if (s->meta.n_authors == 2)
            CHECK_STR(s->meta.authors[1], "李四");
        CHECK(count_kind(s, TALLY_BOILERPLATE_BYLINE) == 1);
        CHECK(s->n_body == 5);
        if (s->n_body)
            CHECK_STR(span_str(d, s->body[0]), "商务部发布数据。");
        CHECK(s->n_turns == 4);
        if (s->n_turns == 4) {
            CHECK(s->turns[0].asks && !s->turns[1].asks);
            CHECK_STR(span_str(d, s->turns[1].speaker), "答");
        }
    }
    tally_doc_free(d);
    /* a report that is no interview has no turns, whatever its colons */
    d = doc_of("版权声明：本文版权归作者所有。\n\n编者按：这是一篇报道。\n\n附件：名单\n");
    s = structure_of(d);
    CHECK(s && s->n_turns == 0);
    tally_doc_free(d);
}

static void test_html(void)
{
    static const char html[] =
        "<!DOCTYPE html><html><head><title>青海外贸创新高-新华网</title>"
        "<style>p{color:red}</style><script>var a = '<p>no</p>';</script></head>"
        "<body><div class=\"nav\">首页 &gt; 新闻</div><h1>青海外贸创新高</h1>"
        "<p>2021-10-18 来源:青海日报</p>"
        "<p>&ldquo;一是&rdquo;之外,上半年增长&nbsp;119.7%&#12290;</p><!-- comment -->"
        "<p>第二段<br>换行 &amp; 实体&#x3002;</p></body></html>";
    CHECK(tally_markup_is_html("page.html", "plain", 5));
    CHECK(tally_markup_is_html(NULL, html, strlen(html)));
    CHECK(!tally_markup_is_html("a.txt", "正文 a < b 的比较", strlen("正文 a < b 的比较")));
    tally_doc *d = doc_of(html);
    if (!d) {
        CHECK(0);
        return;
    }
    CHECK(strstr(d->text, "<") == NULL && strstr(d->text, "color") == NULL &&
          strstr(d->text, "var a") == NULL && strstr(d->text, "comment") == NULL);
    CHECK(strstr(d->text, "“一是”之外,上半年增长 119.7%。") != NULL);
    CHECK(strstr(d->text, "第二段\n换行 & 实体。") != NULL);
    CHECK(strncmp(d->text, "青海外贸创新高-新华网\n\n", strlen("青海外贸创新高-新华网\n\n")) == 0);
    const tally_structure *s = structure_of(d);
    if (s) {
        CHECK_STR(s->meta.title, "青海外贸创新高");
        CHECK_STR(s->meta.date, "2021-10-18");
        CHECK_STR(s->meta.source, "青海日报");
        /* offsets are into doc.text, the extracted text */
        for (size_t i = 0; i < s->n_body; i++)
            CHECK(s->body[i].stop <= d->len);
    }
    tally_doc_free(d);
}

static void test_front_matter(void)
{
    static const char md[] = "---\ntitle: \"河北招商引资\"\ndate: 2024-11-07\nauthor: [袁麗娜, 王立鵬]\n---\n\n"
                             "# 河北招商引资\n\n河北省商务厅推动招商。\n";
    tally_span block, inner;
    CHECK(tally_front_matter(md, strlen(md), &block, &inner));
    CHECK(block.start == 0 && strncmp(md + block.stop, "\n# ", 3) == 0);
    CHECK(!tally_front_matter("--- no\n", 7, &block, &inner));
    tally_doc *d = doc_of(md);
    const tally_structure *s = structure_of(d);
    if (s) {
        CHECK_STR(s->meta.title, "河北招商引资");
        CHECK_STR(s->meta.date, "2024-11-07");
        CHECK(s->meta.n_authors == 2);
        if (s->meta.n_authors == 2)
            CHECK_STR(s->meta.authors[1], "王立鵬");
        CHECK(count_kind(s, TALLY_BOILERPLATE_FRONT_MATTER) == 1);
        size_t n = 0;
        char *body = tally_structure_body_text(s, d->text, &n);
        CHECK(body && strstr(body, "title:") == NULL && strstr(body, "河北省商务厅推动招商。"));
        free(body);
        CHECK_STR(s->meta.region, "河北省");
    }
    tally_doc_free(d);
    /* a list of authors in YAML block style */
    d = doc_of("---\ntitle: 标题\nauthors:\n  - 张三\n  - 李四\n---\n正文。\n");
    s = structure_of(d);
    if (s) {
        CHECK(s->meta.n_authors == 2);
        CHECK_STR(s->meta.title, "标题");
    }
    tally_doc_free(d);
}

static void test_empty_and_odd(void)
{
    tally_doc *d = doc_of("");
    const tally_structure *s = structure_of(d);
    CHECK(s && s->n_body == 0 && s->meta.title == NULL && s->meta.script == NULL);
    tally_doc_free(d);
    d = doc_of("<<<<>>>> &#99999999; &bogus; <p");
    s = structure_of(d);
    CHECK(s != NULL);
    tally_doc_free(d);
    /* a '&' that opens no entity is text, in a page as anywhere */
    d = doc_of("<html><body><p>A&B 研发&bogus 合作</p></body></html>");
    CHECK(d && strstr(d->text, "A&B 研发&bogus 合作") != NULL);
    tally_doc_free(d);
    d = doc_of("Plain English text without any Chinese at all.");
    s = structure_of(d);
    CHECK(s && s->meta.lang && strcmp(s->meta.lang, "und") == 0);
    tally_doc_free(d);
}

/* The document's region when the text refers to itself (本澳, 全港) or names
 * an authority only one region has, and when the places it names are origins
 * or destinations; Minguo and spaced dates in a dateline. Invented texts. */
static void test_region_votes_and_dates(void)
{
    static const struct {
        const char *text, *region, *date;
    } cases[] = {
        /* Macau never named; Hong Kong and Taiwan named as visitors' origins */
        {"上月入境旅客\n2024-05-02 09:00\n本澳上月錄得入境旅客310萬人次，來自香港的旅客增加5%，"
         "台灣旅客減少2%，香港旅客佔兩成。全澳酒店入住率為八成。\n",
         "澳门特别行政区", "2024-05-02T09:00"},
        /* Hong Kong's own products; exports to the mainland and Japan */
        {"四月貿易統計\n政府統計處今日公布，四月港產品出口上升3%，輸往日本的出口下跌4%，"
         "輸往內地的出口上升2%。\n",
         "香港特别行政区", NULL},
        /* a Taiwan release by its authority, Minguo dateline */
        {"物價概況\n日期:112-04-06 資料來源:主計總處\n上月消費者物價指數年增2.4%，"
         "行政院表示將持續關注。\n",
         "台湾省", "2023-04-06"},
        /* a spaced print date, a region named in the body */
        {"农业简报\n2024 年 3 月 5 日\n今年以来，海南省冬季瓜菜外销增长6%。\n", "海南省", "2024-03-05"},
        /* a county's report: the county (not in the place table) beats its city
         * and province, named once each; Traditional alike */
        {"五莲县2024年经济运行简况\n日照市五莲县统计局\n今年以来，五莲县规模以上工业增加值增长6%，"
         "全县粮食产量稳定。山东省下达的任务提前完成。\n",
         "五莲县", NULL},
        {"天祝藏族自治縣上半年經濟\n上半年，天祝藏族自治縣地區生產總值增長5%，武威市統計局發佈。\n",
         "天祝藏族自治县", NULL},
        /* a region word that is no administration (华东地区) and a county named
         * once in passing in a province's text: the province */
        {"江苏省外贸简报\n江苏省上半年出口增长4%，华东地区需求回升。江苏省对欧盟出口增长3%，"
         "其中昆山市增长8%。\n",
         "江苏省", NULL},
        /* a city only as a destination: no region */
        {"航线简讯\n2024-06-01\n新开通的航班飞往成都，前往昆明的旅客增加。\n", NULL, "2024-06-01"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        tally_doc *d = doc_of(cases[c].text);
        const tally_structure *s = structure_of(d);
        if (s) {
            if (cases[c].region)
                CHECK_STR(s->meta.region, cases[c].region);
            else
                CHECK(s->meta.region == NULL);
            if (cases[c].date)
                CHECK_STR(s->meta.date, cases[c].date);
        }
        tally_doc_free(d);
    }
}

int main(void)
{
    test_meta_and_boilerplate();
    test_traditional_inline_bylines();
    test_news_dateline_and_qa();
    test_html();
    test_front_matter();
    test_empty_and_odd();
    test_region_votes_and_dates();
    return check_summary();
}
