/* The figure groups a corpus loop fills (core/lua_figure_groups.c), for
 * core/lua_corpus.c: c:each{groups = fg} has the workers write each
 * document's entries and merges them into fg as the documents come. */
#ifndef TALLY_LUA_FIGURE_GROUPS_H
#define TALLY_LUA_FIGURE_GROUPS_H

#include "binding.h"
#include "tally/figure_groups.h"

#define TALLY_FIGURE_GROUPS_CLASS "tally.FigureGroups"

/* The spec and aggregate of the FigureGroups at idx, or NULL when it is
 * not one. */
tally_group_spec *tally_test_figure_groups(lua_State *L, int idx, tally_figure_groups **agg);

#endif
