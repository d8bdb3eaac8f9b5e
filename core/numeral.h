/* One character of a Chinese numeral, for readers that build numerals of
 * their own from the scanner's characters (number_mixed.c). */
#ifndef TALLY_NUMERAL_H
#define TALLY_NUMERAL_H

#include <stddef.h>

typedef struct numeral_char {
    int digit;   /* 0-9, or -1 for a place word */
    double unit; /* 10, 100, 1000, 1e4, 1e8, 1e12 for place words; 10 for 廿 卅 卌 */
    int tens;    /* 廿 卅 卌: the digit and a ten at once */
    int liang;   /* 两 兩: the 2 that digit-by-digit numbers never use */
} numeral_char;

/* The numeral character at s[i]: 1 with *c and *next, 0 if there is none
 * (兆 before 瓦, 帕 … is a unit prefix, no numeral). */
int numeral_char_at(const char *s, size_t len, size_t i, numeral_char *c, size_t *next);

#endif
