#!/usr/bin/env bash
# The second held-out gold set (tests/gold/heldout2; its README names the sources),
# scored by the same script and rules as the first, with its own floors (score.json).
# Blind in the second and third sessions; a development set since the fourth (the blind
# role moved to tests/gold/heldout3), so it prints its misses like tests/gold/heldout.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout2
