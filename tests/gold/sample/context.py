#!/usr/bin/env python3
"""The sample gold's context fields (issue 12): period_key, status, region and
subject_key for every scored figure of tests/gold/sample/figures, written to
tests/gold/sample/context/<report>.jsonl (span, text and the four fields).

period_key, status and region were decided by hand, reading each report (its
date and region are in meta.jsonl): PERIOD_KEYS maps each report's periods as
written to the key (docs/figures.md, "period_key"); STATUS and REGION list the
figures (by their index in the report's gold file) that are not outcomes or not
about the report's own region. subject_key is the gold subject put through the
spec's definition with this file's own small tables (folded to Simplified with
tally.fold, region and hedge words taken off the front, synonyms), so it does
not reuse the engine's tables. Usage: python3 tests/gold/sample/context.py TALLY
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

PERIOD_KEYS = {
    '01_sichuan_interview': {'上半年': '2024-H1', '截至6月底': '2024-H1', '今年': '2024',
                             '下半年': '2024-H2', '全年': '2024'},
    '02_zhejiang_workreport': {'1至6月': '2024-H1', '下半年': '2024-H2', '全年': '2024'},
    '03_yunnan_news': {'前三季度': '2024-01..09', '1至9月': '2024-01..09', '四季度': '2024-Q4',
                       '全年': '2024', '截至9月底': '2024-01..09'},
    '04_hunan_news': {'1至8月': '2023-01..08', '前8个月': '2023-01..08', '今年': '2023',
                      '全年': '2023'},
    '05_foshan_workreport': {'2023年': '2023', '2024年': '2024', '全年': '2024'},
    '06_fujian_interview': {'一季度': '2024-Q1', '全年': '2024', '去年': '2023', '今年': '2024',
                            '年底前': '2024'},
    '07_shenzhen_news': {'上半年': '2024-H1', '今年上半年': '2024-H1'},
    '08_hubei_interview': {'今年': '2024', '全年': '2024', '1至10月': '2024-01..10', '明年': '2025'},
}

# figures that are no outcome: index in the report's gold file -> status
T, P, F = 'target', 'plan', 'forecast'
STATUS = {
    '01_sichuan_interview': {33: P, 34: P, 35: T},
    # 三、下半年重点工作 is the plan part; 左右 there is a target
    '02_zhejiang_workreport': {21: P, 22: P, 23: P, 24: T, 25: P, 26: P, 27: P, 28: T, 29: P,
                               30: T},
    '03_yunnan_news': {27: P, 28: T},
    # this year's 稳外贸六项行动, and 下阶段将…
    '04_hunan_news': {15: P, 16: P, 17: P, 18: P, 19: P, 20: T, 21: T, 22: T, 23: P, 24: T,
                      25: T, 26: P, 27: P, 28: P, 29: P},
    # the 2024 plan after the 2023 review
    '05_foshan_workreport': {11: P, 12: T, 13: P, 14: P, 15: P, 16: P, 17: T, 18: P, 19: P,
                             20: F, 21: P, 22: P, 23: T, 24: P, 25: T, 26: T, 27: T, 28: P,
                             29: P},
    '06_fujian_interview': {27: T, 28: T, 30: P, 31: P},
    '08_hubei_interview': {23: F, 24: T},
}

# figures about another region than the report's: index -> region
REGION = {
    '01_sichuan_interview': {5: '成都市', 6: '成都市'},
}

SYNONYMS = {'外贸进出口': '外贸进出口总额', '进出口总额': '外贸进出口总额', '进出口额': '外贸进出口总额',
            '外贸': '外贸进出口总额', '进出口': '外贸进出口总额', '外贸总额': '外贸进出口总额',
            '出口额': '出口', '出口总额': '出口', '进口额': '进口', '增幅': '增速',
            '社会消费品零售额': '社会消费品零售总额', '实际利用外资': '实际使用外资'}
FRONT = ['全省', '全市', '我省', '我市', '今年', '全年', '实现', '力争', '累计', '其中']


def fold(tally, words):
    """tally.fold of each word (Traditional to Simplified), one per line."""
    out = subprocess.run([tally, '-e', 'for l in io.lines() do print(tally.fold(l)) end'],
                         input='\n'.join(words) + '\n', capture_output=True, text=True, check=True)
    return out.stdout.split('\n')[:len(words)]


def subject_key(s, region):
    if not s:
        return None
    s = s.replace('“', '').replace('”', '')
    names = [region] + ([region[:-1]] if region and region[-1] in '省市' else [])
    changed = True
    while changed:
        changed = False
        for w in FRONT + [n for n in names if n]:
            if s.startswith(w) and len(s) > len(w):
                s, changed = s[len(w):], True
    return SYNONYMS.get(s, s)


def main():
    tally = sys.argv[1] if len(sys.argv) > 1 else 'build/tally'
    meta = {}
    for line in open(os.path.join(HERE, 'meta.jsonl'), encoding='utf-8'):
        m = json.loads(line)
        meta[m['name']] = m
    os.makedirs(os.path.join(HERE, 'context'), exist_ok=True)
    for name, keys in PERIOD_KEYS.items():
        recs = [json.loads(l) for l in open(os.path.join(HERE, 'figures', name + '.jsonl'),
                                            encoding='utf-8')]
        folded = fold(tally, [r.get('subject') or '' for r in recs])
        region = meta[name].get('region')
        with open(os.path.join(HERE, 'context', name + '.jsonl'), 'w', encoding='utf-8') as f:
            for i, r in enumerate(recs):
                if r.get('ambiguous'):
                    continue
                p = r.get('period')
                if p is not None and p not in keys:
                    raise SystemExit('%s: no period_key for %r' % (name, p))
                out = {'text': r['text'], 'start': r['start'], 'stop': r['stop'],
                       'subject_key': subject_key(folded[i], region),
                       'period_key': keys.get(p) if p else None,
                       'status': STATUS.get(name, {}).get(i, 'actual'),
                       'region': REGION.get(name, {}).get(i, region)}
                f.write(json.dumps(out, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
