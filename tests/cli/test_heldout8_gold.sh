#!/usr/bin/env bash
# The eighth held-out gold set (tests/gold/heldout8; its README names the sources), scored by
# the same script and rules as the other held-out sets, with its own floors (score.json).
# Built in the session of 2026-12-03 on text nobody had tuned on; a development set from the
# moment it landed (the blind role stays heldout4's, heldout5's and heldout7's), so it prints
# its misses.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout8
