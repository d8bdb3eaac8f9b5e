/* Reading one whole string as one number, in the forms people write numbers
 * outside running report text too: signs (负三, -5), money written out with
 * its sub-units (贰仟零伍元伍角, 12元3角4分, 叁佰元整, 四美元又五美分), spaces
 * inside (8 千 5 百, 港币 3 亿元), mixed Arabic and Chinese digits (50万六千,
 * 3千2), Latin abbreviations (3w, 2.5k, 1.5M), tenths in 成 and 折 (八成五,
 * 五五折), fractions (十又三分之二, 3/8), ordinals (第十二), halves (两个半),
 * counts of pairs and dozens (两双, 一打), colloquial digits (仨, 俩),
 * scientific notation and powers (1.5e3, 2×10^5, 3^4), per-myriad (5‱, 万三),
 * ranges (两到五万元, read as the lower end), vague ranges (五六个, 三五百块,
 * 几十万, 十之八九, 成千上万), qualifiers and vague fillers around a number
 * (约三万, 二十几万, 上千), currencies before or after it (欧元三百, 445奈拉,
 * USD 300). The figure scanner's own reading
 * (tally_number_parse) is tried first for the rest. docs/figures.md
 * "Whole-string numbers" lists every form. */
#ifndef TALLY_NUMBER_H
#define TALLY_NUMBER_H

#include "tally/figures.h"

/* Returns 1 with value, unit (canonical, "" when none) and kind, or 0 when
 * the string is not one number. Never reads past s + len. */
int tally_number_read(const tally_figure_rules *rules, const char *s, size_t len, double *value,
                      char unit[TALLY_UNIT_MAX], tally_figure_kind *kind);

/* The same, and for a range (2-3家, 两到五万元, 五六个) its upper end in *value_max,
 * with *value its lower end; *value_max is NAN for one number. */
int tally_number_read_range(const tally_figure_rules *rules, const char *s, size_t len,
                            double *value, double *value_max, char unit[TALLY_UNIT_MAX],
                            tally_figure_kind *kind);

#endif
