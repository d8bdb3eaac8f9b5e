"""What the hand-annotation scripts of tests/gold share: the record a person writes for a
figure, the two ways of turning its `text` into byte offsets, and the gold jsonl line.

The annotations themselves (sample/, realtext/, realtext_figures/, heldout/ annotate.py) are
written by a person against shared/spec/figures.md; nothing here looks at engine output.
Offsets are 1-based, inclusive byte offsets into the document's text, so
`bytes[start-1:stop].decode() == text`.
"""
import json
import os

# gold line layouts: the sets were written at different times and keep their field order, so
# regenerating them gives the same bytes
SPAN_FIRST = ('text', 'start', 'stop', 'value', 'value_max', 'unit', 'kind', 'approx', 'scope',
              'subject', 'period')
SPAN_LAST = ('text', 'value', 'value_max', 'unit', 'kind', 'approx', 'scope', 'subject', 'period',
             'start', 'stop')
# issue 12's context fields, as the held-out set records them after `period`
CONTEXT = ('period_key', 'status', 'region')


def F(text, value, unit, kind, subject=None, period=None, approx=None, scope=None, vmax=None,
      at=None, amb=None, **context):
    """One hand-annotated figure. `at` is an anchor that locates `text` (see the span finders);
    `amb` is the note of a figure the spec leaves open (scored neither way); `context` holds
    fields beyond the spec's record core (period_key, status, region)."""
    rec = dict(text=text, value=value, value_max=vmax, unit=unit, kind=kind, approx=approx,
               scope=scope, subject=subject, period=period, amb=amb, at=at)
    rec.update(context)
    return rec


def sequential_spans(data, recs, where):
    """Yield (record, start, stop) for records in document order: each record's text is found
    at or after the end of the one before, or, when it has an anchor `at`, from the anchor
    (itself searched from there). `data` is the document's text as UTF-8 bytes."""
    pos = 0
    for r in recs:
        t = r['text'].encode('utf-8')
        if r.get('at'):
            a = data.find(r['at'].encode('utf-8'), pos)
            if a < 0:
                raise SystemExit(f"{where}: anchor {r['at']!r} not found after byte {pos}")
            i = data.find(t, a)
        else:
            i = data.find(t, pos)
        if i < 0:
            raise SystemExit(f"{where}: {r['text']!r} not found after byte {pos}")
        yield r, i + 1, i + len(t)
        pos = i + len(t)


def unique_index(text, needle, at, where):
    """Character index of `needle`: inside the anchor `at` when given, else needle itself;
    the anchor must occur exactly once in `text`."""
    anchor = at or needle
    n = text.count(anchor)
    if n != 1:
        raise SystemExit(f'{where}: anchor {anchor!r} occurs {n} times')
    i = text.index(anchor)
    j = anchor.find(needle)
    if j < 0:
        raise SystemExit(f'{where}: {needle!r} not inside anchor {anchor!r}')
    return i + j


def byte_span(text, ci, length):
    """(start, stop) bytes of the `length` characters of `text` from character index `ci`."""
    start = len(text[:ci].encode('utf-8')) + 1
    return start, start + len(text[ci:ci + length].encode('utf-8')) - 1


def num(v):
    """A whole float as an int (1480000000.0 -> 1480000000), for sets written that way."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


def figure_record(r, start, stop, fields=SPAN_FIRST, whole_numbers=False):
    """The gold jsonl record of figure `r` at bytes start..stop, fields in the set's order,
    then `ambiguous` and, for an ambiguous figure, its `note`."""
    values = dict(r, start=start, stop=stop)
    if whole_numbers:
        values['value'], values['value_max'] = num(r['value']), num(r['value_max'])
    rec = {k: values.get(k) for k in fields}
    rec['ambiguous'] = r['amb'] is not None
    if r['amb']:
        rec['note'] = r['amb']
    return rec


def write_jsonl(path, recs):
    with open(path, 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')


def context_doc(region, keys, status='actual'):
    """A record maker for one document of a held-out set: its region and status by default,
    and period_key from the document's table of periods as written (key=... overrides)."""
    def make(*args, key=None, **kw):
        kw.setdefault('status', status)
        kw.setdefault('region', region)
        period = kw.get('period', args[5] if len(args) > 5 else None)
        kw['period_key'] = key if key is not None else keys.get(period)
        return F(*args, **kw)
    return make


def write_context_gold(here, gold):
    """Write a held-out set's gold: for each document `name` in `gold` (name → records), the
    records' spans in text/name.txt, as figures/name.jsonl with the context fields."""
    for name, recs in gold.items():
        with open(os.path.join(here, 'text', name + '.txt'), 'rb') as f:
            data = f.read()
        out = [figure_record(r, start, stop, SPAN_FIRST + CONTEXT)
               for r, start, stop in sequential_spans(data, recs, name)]
        write_jsonl(os.path.join(here, 'figures', name + '.jsonl'), out)
        print(name, len(out), 'figures,', sum(r['ambiguous'] for r in out), 'ambiguous')
