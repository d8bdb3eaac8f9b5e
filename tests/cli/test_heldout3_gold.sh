#!/usr/bin/env bash
# The third blind held-out gold set (tests/gold/heldout3; its README names the sources),
# scored by the same script and rules as the first two, with its own floors (score.json).
# Totals only: nobody but the gold3 helper reads this set's texts or misses.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout3
