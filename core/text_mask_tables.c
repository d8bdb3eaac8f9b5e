/* The rules of the token masker (text_mask.c): tokens of page furniture that
 * hold digits but state no figure. Each pattern is matched inside one run of
 * printable ASCII (no space, no Han character), so `[!-~]` never leaves the
 * token; every run is bounded and possessive, so a long run costs linear time.
 * A new kind of token is one more row. docs/figures.md "Page furniture" lists
 * them with examples. */
#include "text_mask.h"

const tally_mask_rule tally_mask_rules[] = {
    /* https://www.example.gov.cn/art/2026/3/18/art_1086_4582213.html */
    {"url", "(?i)(?:https?|ftp)://[!-~]{1,2000}+"},
    /* www.example.com.tw/tc/scode530.html */
    {"www", "(?i)(?<![!-~])www\\.[!-~]{1,2000}+"},
    /* tjj.example.gov.cn/col/col1086/, example.com.tw: a host under a known
     * top-level domain, with its path */
    {"domain", "(?i)(?<![!-~])[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,8}\\."
               "(?:com|cn|net|org|gov|edu|hk|tw|mo|io|info|int|me|co|cc|tv)"
               "(?![a-z0-9])(?:[/:][!-~]{0,2000}+)?"},
    /* tjj2024@example.gov.cn */
    {"email", "(?<![!-~])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8}"},
    /* 2023%E5%B9%B4%E7%BB%9F: the 2023% would read as a percent */
    {"percent-encoded", "[A-Za-z0-9._~/-]{0,400}+(?:%[0-9A-Fa-f]{2}){2,}[!-~]{0,2000}+"},
    /* P020240725389612345678.pdf, art_1229_5678.html, 2025_report.pdf */
    {"file", "(?i)(?<![!-~])[!-~]{0,400}?\\.(?:s?html?|jsp|php|aspx?|js|css|png|jpe?g|gif|webp|svg"
             "|pdf|docx?|xlsx?|pptx?|wps|csv|txt|zip|rar|7z|mp[34])(?![a-z0-9])"},
    /* /travel/2025/06/12/may-visitors/, ](/uploads/2025/07/): a path of two or
     * more segments that opens with a slash and holds a letter (2025/07 and 1/2
     * open with a digit and stay) */
    {"path", "(?<![!-~])[\\[\\]()<>\"'!]{0,4}+/(?=[!-~]{0,400}?[A-Za-z])[!-~]{0,400}?/[!-~]{0,2000}+"},
    /* code-like tokens: an identifier joined by _ = & or called: a_1, id=3,
     * page=2&size=10, f() */
    {"code", "(?<![!-~])(?=[!-~]{0,400}?[A-Za-z0-9](?:[_=&][A-Za-z0-9]|\\(\\)))[!-~]{1,400}+"},
    /* identifiers: letters then six or more digits (P2022121400359, col1086 has
     * four and stays), and hexadecimal ids of eight or more with a letter and a
     * digit (3b2f5c1e9a8d) */
    {"identifier", "(?<![A-Za-z0-9])[A-Za-z]{1,8}[0-9]{6,}+[A-Za-z0-9]*+"},
    {"hex-id", "(?<![!-~])(?=[0-9a-f]{0,64}?[a-f])(?=[0-9a-f]{0,64}?[0-9])[0-9a-f]{8,64}+(?![!-~])"},
    /* versions: v1.3.2, V2.0, 1.3.2 (a year-led 2025.10.08 is a date and stays) */
    {"version", "(?<![!-~])[vV][0-9]{1,3}(?:\\.[0-9]{1,4}){1,3}+(?![!-~])"},
    {"dotted-version", "(?<![!-~])[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,4}(?:\\.[0-9]{1,4})*+(?![!-~])"},
    {NULL, NULL},
};
