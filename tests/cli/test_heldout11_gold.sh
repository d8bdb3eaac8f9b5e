#!/usr/bin/env bash
# The eleventh held-out gold set (tests/gold/heldout11; its README names the sources), scored by
# the same script and rules as the other held-out sets, with its own floors (score.json).
# Built in the session of 2026-12-04 (mostly Traditional: Taiwan news on labour, the stock
# market, retail and the central bank's reserves, a Macau DSEC release; two Simplified files); a development set from the moment it landed, so it prints its misses.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout11
