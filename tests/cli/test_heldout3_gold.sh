#!/usr/bin/env bash
# The third held-out gold set (tests/gold/heldout3; its README names the sources),
# scored by the same script and rules as the first two, with its own floors (score.json).
# Blind from the fourth session to the afternoon of 2026-12-02; a development set since the
# evening of 2026-12-02 (the blind role is heldout4's and heldout5's), so it prints its misses.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout3
