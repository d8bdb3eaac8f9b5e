/* The rules of page_widgets.c. Patterns read the paragraph folded to
 * Simplified (多雲 is 多云 there, 瀏覽 is 浏览), so one form is listed; a
 * Traditional word whose Simplified form differs in length (按讚) is listed as
 * it is. */
#include "page_widgets.h"

const tally_widget_rule tally_widget_rules[] = {
    /* a market ticker: two or more signed changes on a line that is no
     * sentence (上证指数 3245.67 +0.53% 深证成指 10234.56 -0.21%; 加權指數
     * 22,345.67 ▲123.45 (0.56%) 櫃買指數 256.78 ▼1.23) */
    {"ticker", "(?:[+＋▲▼↑↓]|(?<![0-9A-Za-z%.])[-－])\\s?[0-9][0-9,]*(?:\\.[0-9]+)?", 2, 200, 1, 0, NULL},
    /* a weather box: a temperature and a weather word on a short line (临川
     * 今天 多云 18℃~26℃; 臺北市 晴 23-29°C 降雨機率 10%) */
    {"weather", "^(?=.*(?:晴|多云|阴|小雨|中雨|大雨|阵雨|雷阵雨|雨夹雪|雪|雾|霾|空气质量|空气品质|降雨机率|降雨概率|AQI))"
                ".*?[0-9]\\s?(?:℃|°C|°F|°)", 1, 60, 1, 0, NULL},
    /* a line of counters: a counter word and its number (阅读 2.3万 | 评论 12;
     * **阅读**：2.3万; 瀏覽人次 15,234 ｜ 按讚 320) */
    {"counters", "(?:阅读|浏览|点击|访问|评论|留言|点赞|按赞|按讚|收藏|转发|分享|播放|人气|下载)"
                 "(?:量|数|次数|人数|人次)?[*_\\s：:(（]{0,4}+[0-9]", 1, 60, 1, 0, NULL},
    /* the counter after its number (1234人浏览, 已有1.2万人阅读, 3.2万次播放,
     * 12条评论, 3 条回复); 参与 and 下载 are left out: 1356人参与, 500万次下载
     * state figures in a headline */
    {"counters-after", "[0-9][0-9,.]*+\\s?[万w]?\\+?\\s?(?:人次|人|次|条|则)?\\s?"
                       "(?:浏览|阅读|播放|点赞|按赞|收藏|评论|回复|回应|看过|围观|转发|分享)(?:过)?(?![\\x{4E00}-\\x{9FFF}])",
     1, 60, 1, 0, NULL},
    /* a gallery's counter: 共3张图片 1/3, 共5張照片 */
    {"gallery", "共\\s?[0-9]{1,3}\\s?[张幅](?:图片|照片|图)?", 1, 30, 1, 0, NULL},
    /* readers' comments: the heading and the short paragraphs after it (网友评论
     * / 共23条评论 / 网友 lc_2008：小区里只有5个。) */
    {"comments", "^(?:网友评论|网友留言|网友跟帖|热门评论|最新评论|全部评论|精彩评论|评论区|留言区|"
                 "发表评论|读者留言|我要评论|读者回应)", 1, 20, 0, 1, NULL},
    /* a Markdown paragraph that is one link, with at most a short label
     * before it: a pointer to another page (*延伸閱讀：[前5月來臺旅客成長35.2%](/travel/…)*,
     * - 熱門：[外資連3日賣超逾200億元](https://…)); a link inside a sentence stays */
    {"link-line", "^[*_>+\\-\\s]*+(?:[^\\[\\]()（）：:]{1,8}[：:]\\s*)?\\[[^\\]]{1,120}\\]\\([^()\\s]{0,400}\\)[*_\\s]*$",
     1, 200, 0, 0, "]("},
    {NULL, NULL, 0, 0, 0, 0, NULL},
};

const int tally_widget_block_chars = 200;
const int tally_widget_block_paragraphs = 30;
