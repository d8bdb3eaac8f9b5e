#!/usr/bin/env bash
# The seventh held-out gold set (tests/gold/heldout7; its README names the sources), scored by
# the same script and rules as the other held-out sets, with its own floors (score.json).
# Built in the session of 2026-12-03 as the blind before/after measure of that session's
# rule work: a blind set like heldout4 and heldout5 (score.json has no "development" key),
# so it prints totals only. Nobody but the gold helper who built it reads its texts or gold.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout7
