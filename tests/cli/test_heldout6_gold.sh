#!/usr/bin/env bash
# The sixth held-out gold set (tests/gold/heldout6; its README names the sources), scored by
# the same script and rules as the other held-out sets, with its own floors (score.json).
# Built in the session of 2026-12-03 as a fresh measure on text nobody had tuned on; a
# development set from the moment it landed (the blind role stays heldout4's and heldout5's),
# so it prints its misses.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout6
