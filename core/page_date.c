/* Dates as pages print them (2021-10-18 10:34:07, 2021年10月18日), read
 * into ISO 8601. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "structure_parts.h"

static int digits(const char *t, size_t *i, size_t b, int min, int max, int *v)
{
    int n = 0;
    *v = 0;
    while (*i < b && n < max && isdigit((unsigned char)t[*i])) {
        *v = *v * 10 + (t[*i] - '0');
        (*i)++;
        n++;
    }
    return n >= min && !(*i < b && isdigit((unsigned char)t[*i]));
}

/* Blanks a printed page puts around 年 and 月 (2025 年 6 月 4 日, and the
 * slashes of a masthead line: 2025 年/6 月/4 日). */
static size_t skip_blanks(const char *t, size_t i, size_t b, int slash)
{
    while (i < b && (t[i] == ' ' || (slash && t[i] == '/')))
        i++;
    return i;
}

/* Whether a Minguo (ROC) year may start at s: right after 民國/民国 (中華民國
 * included), or after a date label (日期: 发布日期：). Taiwan pages print
 * 106-03-30 and 民國106年3月30日; a bare three-digit year elsewhere is not read
 * as one, since codes and numbers look the same. */
static int minguo_at(const char *t, size_t a, size_t s)
{
    static const char *const cues[] = {"民國", "民国", "日期:", "日期：", "日期 :", NULL};
    for (size_t c = 0; cues[c]; c++) {
        size_t n = strlen(cues[c]);
        if (s >= a + n && memcmp(t + s - n, cues[c], n) == 0)
            return 1;
    }
    return 0;
}

/* Finds the first date in [a, b): 2021-10-18 10:34:07, 2021/10/18,
 * 2021年10月18日 10:34, 2025 年 6 月 4 日, and Minguo dates (民國106年3月30日,
 * 日期:106-03-30 → 2017-03-30); writes its ISO form to iso and its span. */
int st_find_date(const char *t, size_t a, size_t b, char iso[64], size_t *ds, size_t *de)
{
    for (size_t s = a; s + 6 <= b; s++) {
        if (!isdigit((unsigned char)t[s]) || (s > a && isdigit((unsigned char)t[s - 1])))
            continue;
        size_t i = s;
        int y, m, d, hh = -1, mm = -1, ss = -1;
        if (digits(t, &i, b, 4, 4, &y)) {
            if (y < 1900 || y > 2200)
                continue;
        } else if (i = s, minguo_at(t, a, s) && digits(t, &i, b, 2, 3, &y) && y >= 1 && y <= 200) {
            y += 1911;
        } else {
            continue;
        }
        size_t k = skip_blanks(t, i, b, 0);
        int cjk = scan_at(t, k, b, "年");
        if (cjk)
            i = skip_blanks(t, k + strlen("年"), b, 1);
        else if (i < b && (t[i] == '-' || t[i] == '/' || t[i] == '.'))
            i++;
        else
            continue;
        if (!digits(t, &i, b, 1, 2, &m) || m < 1 || m > 12)
            continue;
        if (cjk) {
            i = skip_blanks(t, i, b, 0);
            if (!scan_at(t, i, b, "月"))
                continue;
            i = skip_blanks(t, i + strlen("月"), b, 1);
        } else {
            if (!(i < b && (t[i] == '-' || t[i] == '/' || t[i] == '.')))
                continue;
            i++;
        }
        if (!digits(t, &i, b, 1, 2, &d) || d < 1 || d > 31)
            continue;
        if (cjk) {
            i = skip_blanks(t, i, b, 0);
            if (!scan_at(t, i, b, "日"))
                continue;
            i += strlen("日");
        }
        size_t e = i, j = i;
        while (j < b && (t[j] == ' ' || t[j] == 'T'))
            j++;
        int h, mi, se;
        if (j < b && digits(t, &j, b, 1, 2, &h) && h < 24 && j < b && t[j] == ':') {
            j++;
            if (digits(t, &j, b, 2, 2, &mi) && mi < 60) {
                hh = h, mm = mi, e = j;
                if (j < b && t[j] == ':') {
                    j++;
                    if (digits(t, &j, b, 2, 2, &se) && se < 61)
                        ss = se, e = j;
                }
            }
        }
        if (hh < 0)
            snprintf(iso, 64, "%04d-%02d-%02d", y, m, d);
        else if (ss < 0)
            snprintf(iso, 64, "%04d-%02d-%02dT%02d:%02d", y, m, d, hh, mm);
        else
            snprintf(iso, 64, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, hh, mm, ss);
        *ds = s, *de = e;
        return 1;
    }
    return 0;
}
