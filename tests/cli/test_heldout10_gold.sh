#!/usr/bin/env bash
# The tenth held-out gold set (tests/gold/heldout10; its README names the sources), scored by
# the same script and rules as the other held-out sets, with its own floors (score.json).
# Built in the session of 2026-12-04 (about half Simplified: a central bank release, two city
# statistics communiqués, a company's annual report summary, a ministry press conference;
# half Traditional: Taiwan news on labour, revenue and industry, a Macau DSEC release, an
# HKMA release on info.gov.hk). A blind set ("development": false): it prints totals only.
exec bash "$(dirname "$0")/test_heldout_gold.sh" tests/gold/heldout10
