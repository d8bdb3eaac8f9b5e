#!/usr/bin/env bash
# The twelfth held-out gold set (tests/gold/heldout12; its README names the sources), scored by
# the same script and rules as the other held-out sets, with its own floors (score.json).
# Built in the session of 2026-12-04 (about half Simplified: a district and a county
# statistics analysis, a county paper's news, a company's results notice, the statistics
# office's press conference as reported; half Traditional: Macau monetary and tourism
# releases, Taiwan news in Chinese numerals, a Taipei city budget report and an MOEA release);
# a blind set: it prints totals only.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout12
