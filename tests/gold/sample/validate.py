#!/usr/bin/env python3
"""Check the sample gold, as /work/shared/gold/validate.py checks the seed gold: every line parses,
every span round-trips against the sample's doc.text (decoded per corpus/sample/README.md, BOM
dropped, CRLF->LF, NFC), figures are in document order without overlap, measure parents enclose
their children, list ids count up from 1 and no item text ends in whitespace.
Usage: python3 validate.py   (run from anywhere; exit 1 on any error)"""
import json
import os
import sys

from sampletext import doc_text, encodings

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'money', 'quantity', 'percent', 'growth', 'pp', 'rank', 'ratio'}
APPROX = {None, 'about', 'over', 'under'}
FIG_FIELDS = ['text', 'start', 'stop', 'value', 'value_max', 'unit', 'kind', 'approx', 'scope',
              'subject', 'period', 'ambiguous']
MEA_FIELDS = ['marker', 'ordinal', 'headline', 'start', 'stop', 'list', 'level', 'parent', 'intro', 'declared']
META_FIELDS = ['name', 'title', 'date', 'source', 'authors', 'region', 'script']

errors = 0


def bad(msg):
    global errors
    errors += 1
    print('ERROR', msg)


def rows(path):
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            yield i, json.loads(line)


meta = {r['name']: r for _, r in rows(os.path.join(HERE, 'meta.jsonl'))}
if set(meta) != set(encodings()):
    bad(f'meta.jsonl names {sorted(meta)} != sample files {sorted(encodings())}')
for name, r in meta.items():
    for k in META_FIELDS:
        if k not in r:
            bad(f'meta {name}: missing {k}')
    if r.get('script') not in ('Hans', 'Hant'):
        bad(f'meta {name}: script {r.get("script")}')

for name in sorted(meta):
    b = doc_text(name).encode('utf-8')
    figs = list(rows(os.path.join(HERE, 'figures', name + '.jsonl')))
    prev = 0
    for i, f in figs:
        where = f'figures/{name}.jsonl:{i}'
        for k in FIG_FIELDS:
            if k not in f:
                bad(f'{where}: missing {k}')
        if b[f['start'] - 1:f['stop']].decode('utf-8') != f['text']:
            bad(f'{where}: span {f["start"]}-{f["stop"]} != {f["text"]!r}')
        if f['start'] <= prev:
            bad(f'{where}: out of order or overlapping')
        prev = f['stop']
        if f['kind'] not in KINDS:
            bad(f'{where}: kind {f["kind"]}')
        if f['approx'] not in APPROX:
            bad(f'{where}: approx {f["approx"]}')
        if not isinstance(f['value'], (int, float)):
            bad(f'{where}: value')
        if f['value_max'] is not None and f['value_max'] <= f['value']:
            bad(f'{where}: value_max not above value')
        if f['kind'] == 'rank' and f['unit'] != '位':
            bad(f'{where}: rank with unit {f["unit"]}')
        if f['ambiguous'] and not f.get('note'):
            bad(f'{where}: ambiguous without note')
    meas = list(rows(os.path.join(HERE, 'measures', name + '.jsonl')))
    lists_seen = []
    for i, m in meas:
        where = f'measures/{name}.jsonl:{i}'
        for k in MEA_FIELDS:
            if k not in m:
                bad(f'{where}: missing {k}')
        txt = b[m['start'] - 1:m['stop']].decode('utf-8')
        if not txt.startswith(m['marker']):
            bad(f'{where}: text does not start with marker')
        if txt != txt.rstrip():
            bad(f'{where}: text ends in whitespace')
        if m['headline'] not in txt:
            bad(f'{where}: headline not inside text')
        if m['list'] not in lists_seen:
            lists_seen.append(m['list'])
            if m['list'] != len(lists_seen):
                bad(f'{where}: list ids must count up from 1 in document order')
        p = m['parent']
        if p is None:
            if m['level'] != 1:
                bad(f'{where}: top item with level {m["level"]}')
        else:
            pm = meas[p - 1][1]  # parent is 1-based
            if not (pm['start'] <= m['start'] and m['stop'] <= pm['stop']):
                bad(f'{where}: not inside parent')
            if m['level'] != pm['level'] + 1:
                bad(f'{where}: level')
    n_amb = sum(1 for _, f in figs if f['ambiguous'])
    print(f'{name}: {len(figs)} figures ({len(figs) - n_amb} scored, {n_amb} ambiguous), '
          f'{len(meas)} measures in {len({m["list"] for _, m in meas})} lists')
print('OK' if not errors else f'{errors} errors')
sys.exit(1 if errors else 0)
