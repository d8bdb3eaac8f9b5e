#!/usr/bin/env bash
# The ninth held-out gold set (tests/gold/heldout9; its README names the sources), scored by
# the same script and rules as the other held-out sets, with its own floors (score.json).
# Built in the session of 2026-12-03 (mostly Traditional: Taiwan news and government-derived
# releases, Macau and Hong Kong government releases; a third Simplified); a development set
# from the moment it landed, so it prints its misses.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout9
