#!/usr/bin/env bash
# The fourth blind held-out gold set (tests/gold/heldout4; its README names the sources),
# scored by the same script and rules as the first three, with its own floors (score.json).
# Totals only: nobody but the gold4 helper reads this set's texts or misses.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout4
