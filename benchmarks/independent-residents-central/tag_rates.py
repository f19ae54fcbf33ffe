#!/usr/bin/env python3
"""tag_rates.py METADIR -- share of each source's records carrying each noise tag."""
import collections
import csv
import os
import sys

M = list(csv.DictReader(open(os.path.join(sys.argv[1], 'records_meta.csv'), encoding='utf-8')))
n = collections.Counter(m['source'] for m in M)
tg = collections.defaultdict(collections.Counter)
for m in M:
    for t in set(x for x in m['noise'].split(';') if x):
        tg[m['source']][t] += 1
for s, c in n.most_common():
    print('%s: %d records (%.1f%% of all)' % (s, c, 100.0 * c / len(M)))
    items = sorted(tg[s].items(), key=lambda x: (x[0].split(':')[0], -x[1]))
    cur = '    '
    for t, k in items:
        x = '%s %.1f%%' % (t, 100.0 * k / c)
        if len(cur) + len(x) > 100:
            print(cur.rstrip(', '))
            cur = '    '
        cur += x + ', '
    print(cur.rstrip(', '))
