#!/usr/bin/env bash
# The thirteenth held-out gold set (tests/gold/heldout13; its README names the sources), scored by
# the same script and rules as the other held-out sets, with its own floors (score.json).
# Built in the session of 2026-12-04 (mostly Traditional: Taiwan papers' print style in Chinese
# numerals on trade, wages and furloughs, CNA, 工商時報, a factory census, a paper's industrial
# production, a Macau DSEC release; one Simplified agricultural daily); a development set from
# the moment it landed, so it prints its misses.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout13
