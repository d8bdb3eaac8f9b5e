/* The subject stage's own word lists of its fifth round (docs/figures.md,
 * "Fifth round: subjects"), beside those it shares with the other context
 * stages in figure_context_tables.c. In Simplified characters: the scanner
 * reads folded text. Add a word here to change how a class of clauses is
 * read; nothing here names a particular report. */
#include "figure_subject.h"

/* x%的水平, x%的大环境下: after 的 these frame the figure (the level it
 * reaches, the setting of the clause) and name nothing measured; the subject
 * stands before the figure. */
const char *const tally_subject_level_frames[] = {"水平", "水准", "大环境", "环境", "背景", "态势",
                                                  "高位", "区间", "基础", "前提", NULL};

/* Nouns of period that open a subject without being part of it (各季度外贸
 * 进出口值, 月度出口): the period stage reads the time, the subject is what
 * follows. */
const char *const tally_subject_period_nouns[] = {"季度", "月份", "月度", "年度", "季", "各月",
                                                  "各季", "各季度", "各年度", NULL};

/* Nouns whose place before them names a source or a destination, not the
 * figure's region (美国订单, 东盟订单): the place stays in the subject, as
 * it does before tally_origin_nouns (香港旅客). */
const char *const tally_subject_sourced_nouns[] = {"订单", "接单", "市场", NULL};
