#!/usr/bin/env python3
"""Parse a generated set back and print a summary.

    python3 check.py DIR [--meta METADIR] [--seed N]

Checks: header, every record_id unique and present in truth.csv (and vice versa).
Prints records per source, records-per-person distribution, field fill rates and
15 random sample rows.  With --meta it also validates the identity numbers of the
person table (GB 11643 check digit) and prints the most frequent noise tags per source.
"""
import argparse
import collections
import csv
import os
import random
import sys

HEADER = ['record_id', 'source', 'name', 'id_number', 'phone', 'birth_date', 'gender', 'address']
W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def valid18(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return '10X98765432'[sum(int(c) * w for c, w in zip(s[:17], W17)) % 11] == s[17]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dir')
    ap.add_argument('--meta')
    ap.add_argument('--seed', type=int, default=0)
    a = ap.parse_args()
    bad = 0
    with open(os.path.join(a.dir, 'residents.csv'), encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        head = next(rd)
        if head != HEADER:
            print('BAD HEADER', head)
            bad += 1
        rows = []
        for r in rd:
            if len(r) != len(HEADER):
                print('BAD ROW', r)
                bad += 1
                continue
            rows.append(dict(zip(HEADER, r)))
    with open(os.path.join(a.dir, 'truth.csv'), encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        th = next(rd)
        if th != ['record_id', 'person_id']:
            print('BAD TRUTH HEADER', th)
            bad += 1
        truth = {}
        for rid, pid in rd:
            if rid in truth:
                print('DUPLICATE record_id in truth', rid)
                bad += 1
            truth[rid] = pid
    ids = collections.Counter(r['record_id'] for r in rows)
    dups = [k for k, v in ids.items() if v > 1]
    missing = [r['record_id'] for r in rows if r['record_id'] not in truth]
    extra = set(truth) - set(ids)
    print('records %d, unique record_ids %d, duplicates %d, not in truth %d, truth-only %d'
          % (len(rows), len(ids), len(dups), len(missing), len(extra)))
    bad += len(dups) + len(missing) + len(extra)
    persons = collections.Counter(truth.values())
    print('persons %d, records per person %.2f' % (len(persons), len(rows) / max(1, len(persons))))

    print('\nrecords per source:')
    for s, n in collections.Counter(r['source'] for r in rows).most_common():
        print('  %-18s %6d' % (s, n))
    print('\nrecords per person (k: persons):')
    dist = collections.Counter(persons.values())
    print('  ' + ', '.join('%d: %d' % kv for kv in sorted(dist.items())))
    print('\nsources per person (k: persons):')
    srcs = collections.defaultdict(set)
    for r in rows:
        srcs[truth[r['record_id']]].add(r['source'])
    print('  ' + ', '.join('%d: %d' % kv for kv in sorted(collections.Counter(len(v) for v in srcs.values()).items())))
    print('\nfield filled (%):')
    print('  ' + ', '.join('%s %.0f' % (k, 100 * sum(1 for r in rows if r[k]) / len(rows)) for k in HEADER[2:]))

    print('\n15 random rows:')
    rng = random.Random(a.seed)
    for r in rng.sample(rows, min(15, len(rows))):
        print('  ' + ' | '.join([r['record_id'], r['source'], r['name'], r['id_number'], r['phone'], r['birth_date'],
                                 r['gender'], r['address']]) + '  -> ' + truth.get(r['record_id'], '?'))

    if a.meta:
        with open(os.path.join(a.meta, 'persons.csv'), encoding='utf-8', newline='') as f:
            P = list(csv.DictReader(f))
        pids = {p['person_id'] for p in P}
        unknown = set(truth.values()) - pids
        badid = [p for p in P if p['id18'] and not valid18(p['id18'])]
        bad15 = [p for p in P if p['id15'] and p['id15'] != p['id18'][:6] + p['id18'][8:17]]
        print('\nmeta: persons %d, unknown person_ids in truth %d, invalid 18-digit check digits %d, bad 15-digit %d'
              % (len(P), len(unknown), len(badid), len(bad15)))
        bad += len(unknown) + len(badid) + len(bad15)
        print('meta: category of persons with records:',
              dict(collections.Counter(p['category'] for p in P if p['person_id'] in persons)))
        with open(os.path.join(a.meta, 'records_meta.csv'), encoding='utf-8', newline='') as f:
            M = list(csv.DictReader(f))
        by = collections.defaultdict(collections.Counter)
        n = collections.Counter()
        for m in M:
            n[m['source']] += 1
            for t in set(m['noise'].split(';')):
                if t:
                    by[m['source']][t] += 1
        print('meta: top noise tags per source (% of that source\'s records):')
        for s in sorted(n, key=lambda x: -n[x]):
            print('  %-18s ' % s + ', '.join('%s %.1f' % (t, 100 * c / n[s]) for t, c in by[s].most_common(10)))
    print('\nOK' if not bad else '\nPROBLEMS: %d' % bad)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
