/* Dates as pages print them (2021-10-18 10:34:07, 2021年10月18日), read
 * into ISO 8601. */
#include <ctype.h>
#include <stdio.h>

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

/* Finds the first date in [a, b): 2021-10-18 10:34:07, 2021/10/18,
 * 2021年10月18日 10:34; writes its ISO form to iso and its span. */
int st_find_date(const char *t, size_t a, size_t b, char iso[64], size_t *ds, size_t *de)
{
    for (size_t s = a; s + 8 <= b; s++) {
        if (!isdigit((unsigned char)t[s]) || (s > a && isdigit((unsigned char)t[s - 1])))
            continue;
        size_t i = s;
        int y, m, d, hh = -1, mm = -1, ss = -1;
        if (!digits(t, &i, b, 4, 4, &y) || y < 1900 || y > 2200)
            continue;
        int cjk = scan_at(t, i, b, "年");
        if (cjk)
            i += strlen("年");
        else if (i < b && (t[i] == '-' || t[i] == '/' || t[i] == '.'))
            i++;
        else
            continue;
        if (!digits(t, &i, b, 1, 2, &m) || m < 1 || m > 12)
            continue;
        if (cjk ? !scan_at(t, i, b, "月") : !(i < b && (t[i] == '-' || t[i] == '/' || t[i] == '.')))
            continue;
        i += cjk ? strlen("月") : 1;
        if (!digits(t, &i, b, 1, 2, &d) || d < 1 || d > 31)
            continue;
        if (cjk) {
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
