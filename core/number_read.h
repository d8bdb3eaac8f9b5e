/* Inside the whole-string number reader (tally_number_read): the steps of
 * number_read.c (normalizing, reading a body, the scanner's reading) that
 * the form readers of number_forms.c and number_mixed.c build on. Private
 * to those files. */
#ifndef TALLY_NUMBER_READ_H
#define TALLY_NUMBER_READ_H

#include <stddef.h>

#include "number_tables.h"
#include "tally/figures.h"

typedef struct number_reading {
    double value;
    char unit[TALLY_UNIT_MAX];
    tally_figure_kind kind;
    int has_max;      /* a range: value is its lower end, value_max its upper */
    double value_max;
} number_reading;

/* How deep a form reader may hand a part of the string back to
 * number_read_body; each step in is one deeper. */
#define NUMBER_MAX_DEPTH 3

int number_starts(const char *s, size_t len, size_t i, const char *w);
int number_ends(const char *s, size_t len, const char *w);
int number_is_digit(char c);
/* The word of table t that s[i] starts with, or NULL. */
const number_word *number_word_at(const number_word *t, const char *s, size_t len, size_t i);
/* The word of the NULL-ended list that s[i] starts with: its length, or 0. */
size_t number_list_at(const char *const *list, const char *s, size_t len, size_t i);

/* The figure scanner's reading of s (tally_number_parse). */
int number_parse_plain(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out);
/* s with bytes [a, b) replaced by rep, read by the scanner. */
int number_parse_spliced(const tally_figure_rules *r, const char *s, size_t len, size_t a,
                         size_t b, const char *rep, number_reading *out);
/* A numeral (tally_numeral_scan) that fills s[a, b) exactly, value >= 0. */
int number_whole_numeral(const char *s, size_t a, size_t b, double *v, int *chinese);
/* s, normalized already, read by every form in turn; depth counts how far
 * a form has handed a part back. */
int number_read_body(const tally_figure_rules *r, const char *s, size_t len,
                     number_reading *out, int depth);

/* The form readers (number_forms.c); each returns 1 with *out or 0. */
int number_money_parts(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out);
int number_tenths(const char *s, size_t len, number_reading *out);
int number_multiplied_count(const char *s, size_t len, number_reading *out);
int number_scientific(const tally_figure_rules *r, const char *s, size_t len,
                      number_reading *out);
int number_per_myriad(const tally_figure_rules *r, const char *s, size_t len,
                      number_reading *out);
int number_shorthand_rate(const char *s, size_t len, number_reading *out);
int number_ordinal(const tally_figure_rules *r, const char *s, size_t len, number_reading *out,
                   int depth);
int number_half(const tally_figure_rules *r, const char *s, size_t len, number_reading *out);
int number_mixed_fraction(const tally_figure_rules *r, const char *s, size_t len,
                          number_reading *out, int depth);
int number_slash_fraction(const char *s, size_t len, number_reading *out);
int number_qualified(const tally_figure_rules *r, const char *s, size_t len, number_reading *out,
                     int depth);
int number_vague_filler(const tally_figure_rules *r, const char *s, size_t len,
                        number_reading *out, int depth);
int number_clock_hour(const char *s, size_t len);

/* Mixed numerals (number_mixed.c): Arabic numbers and Chinese digits under
 * Chinese place words (50万六千, 三亿零五千120, 30千, 四零万, 三点五万). */
size_t number_mixed_scan(const char *s, size_t len, double *value);
int number_mixed(const tally_figure_rules *r, const char *s, size_t len, number_reading *out);
/* Ranges (number_mixed.c): 3万-8万元, 两到五万元 (the magnitude of the upper
 * end distributes), read as their lower end. */
int number_range(const tally_figure_rules *r, const char *s, size_t len, number_reading *out,
                 int depth);

/* Vague numbers (number_vague.c): pairs of digits (五六个), a digit not
 * stated (几十, and the upper end of 十几 at s[p]), reaching a magnitude
 * (上千), counting in one (数以万计), set phrases (成千上万), classical
 * fractions (十之八). */
int number_vague_pair(const tally_figure_rules *r, const char *s, size_t len, number_reading *out,
                      int depth);
int number_unknown_leading(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out, int depth);
int number_unknown_upper(const tally_figure_rules *r, const char *s, size_t len, size_t p,
                         double *upper, int depth);
int number_reaching(const tally_figure_rules *r, const char *s, size_t len, number_reading *out,
                    int depth);
int number_counted_in(const char *s, size_t len, number_reading *out);
int number_set_phrase(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out, int depth);
int number_classical_fraction(const char *s, size_t len, number_reading *out);
/* Other notations (number_notation.c): whether the small places of the
 * Chinese numerals in s descend within each section (十十, 三百三百 do not);
 * ½ and 1½; 十的五次方; 亿分之一; 99元起 and 三分之一强. */
int number_places_in_order(const char *s, size_t len);
int number_vulgar_fraction(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out);
int number_power_words(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out, int depth);
int number_big_denominator(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out);
int number_place_filler(const tally_figure_rules *r, const char *s, size_t len,
                        number_reading *out, int depth);
int number_ratio_words(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out, int depth);
int number_half_after_unit(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out, int depth);
/* s read by number_read_body, or when it starts with a bare big unit, as
 * one of it (近万 → 一万, 万余人 → 一万人): for parts a qualifier or a
 * filler was taken from. */
int number_read_one_of(const tally_figure_rules *r, const char *s, size_t len,
                       number_reading *out, int depth);
int number_qualified_after(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out, int depth);
/* A currency named before or after the number (number_currency.c). */
int number_currency_around(const tally_figure_rules *r, const char *s, size_t len,
                           number_reading *out, int depth);

#endif
