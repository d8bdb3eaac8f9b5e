#!/usr/bin/env bash
# The fifth blind held-out gold set (tests/gold/heldout5; its README names the sources),
# scored by the same script and rules as the first four, with its own floors (score.json).
# Totals only: nobody but the gold5 helper reads this set's texts or misses.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout5
