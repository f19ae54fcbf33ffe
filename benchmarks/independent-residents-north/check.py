#!/usr/bin/env python3
"""Sanity check for a generated set:  python3 check.py DIR [--meta META] [--samples 30] [--seed 1]

Parses DIR/residents.csv and DIR/truth.csv back and checks: exact headers, no BOM,
unique record_ids, every record in truth (and nothing extra), per-source counts,
records-per-person distribution, and the GB 11643 check character of every ID
that looks like an unmodified 18-digit number.  With META (people.csv/annot.csv
written by gen.py --meta) it also checks that every id_number equal to the
person's true ID is valid and that every 18-digit ID failing the check was
deliberately corrupted.  Prints random sample records.
"""
import argparse
import collections
import csv
import os
import random
import re

W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
RES_HDR = ['record_id', 'source', 'name', 'id_number', 'phone', 'birth_date', 'gender', 'address']
TRUTH_HDR = ['record_id', 'person_id']


def valid18(s):
    return len(s) == 18 and s[:17].isdigit() and '10X98765432'[sum(int(a) * b for a, b in zip(s, W17)) % 11] == s[17]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dir')
    ap.add_argument('--meta')
    ap.add_argument('--samples', type=int, default=30)
    ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    problems = []
    for fn in ('residents.csv', 'truth.csv'):
        with open(os.path.join(a.dir, fn), 'rb') as f:
            if f.read(3) == b'\xef\xbb\xbf':
                problems.append(fn + ' has a BOM')
    with open(os.path.join(a.dir, 'residents.csv'), encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        hdr = next(rd)
        rows = [r for r in rd]
    if hdr != RES_HDR:
        problems.append('residents header %r' % hdr)
    bad_len = [r for r in rows if len(r) != 8]
    if bad_len:
        problems.append('%d rows with wrong field count' % len(bad_len))
    with open(os.path.join(a.dir, 'truth.csv'), encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        thdr = next(rd)
        truth_rows = [r for r in rd]
    if thdr != TRUTH_HDR:
        problems.append('truth header %r' % thdr)
    ids = [r[0] for r in rows]
    dup = [k for k, v in collections.Counter(ids).items() if v > 1]
    if dup:
        problems.append('%d duplicate record_ids e.g. %s' % (len(dup), dup[:3]))
    truth = dict(truth_rows)
    if len(truth) != len(truth_rows):
        problems.append('duplicate record ids in truth')
    missing = [i for i in ids if i not in truth]
    if missing:
        problems.append('%d records not in truth' % len(missing))
    extra = set(truth) - set(ids)
    if extra:
        problems.append('%d truth rows without a record' % len(extra))

    print('records: %d   persons: %d   records/person: %.2f' % (
        len(rows), len(set(truth.values())), len(rows) / max(1, len(set(truth.values())))))
    src = collections.Counter(r[1] for r in rows)
    print('sources (%d): %s' % (len(src), ', '.join('%s=%d' % kv for kv in sorted(src.items()))))
    per = collections.Counter(truth.values())
    dist = collections.Counter(per.values())
    print('records per person: ' + ' '.join('%d:%d' % (k, dist[k]) for k in sorted(dist)))
    apps_per = collections.defaultdict(set)
    for r in rows:
        apps_per[truth[r[0]]].add(r[1])
    d2 = collections.Counter(len(v) for v in apps_per.values())
    print('distinct apps per person: ' + ' '.join('%d:%d' % (k, d2[k]) for k in sorted(d2)))

    # field fill rates per source
    print('fill rates (name,id,phone,birth,gender,address) per source:')
    for s in sorted(src):
        rs = [r for r in rows if r[1] == s]
        fr = ['%3d%%' % round(100 * sum(1 for r in rs if r[i].strip()) / len(rs)) for i in range(2, 8)]
        print('  %-9s %s' % (s, ' '.join(fr)))

    # ID check characters
    plain18 = [r for r in rows if re.fullmatch(r'\d{17}[\dX]', r[3])]
    inval = [r for r in plain18 if not valid18(r[3])]
    print('18-char plain IDs: %d, failing check char: %d (%.2f%%) - expected to be injected typos'
          % (len(plain18), len(inval), 100 * len(inval) / max(1, len(plain18))))
    shapes = collections.Counter()
    for r in rows:
        v = r[3]
        if not v:
            k = 'empty'
        elif re.fullmatch(r'\d{17}[\dX]', v):
            k = '18'
        elif re.fullmatch(r'\d{17}x', v):
            k = '18 lower x'
        elif re.fullmatch(r'\d{15}', v):
            k = '15'
        elif '*' in v:
            k = 'masked'
        elif re.fullmatch(r'9\d{17}', v):
            k = 'PR card'
        else:
            k = 'other'
        shapes[k] += 1
    print('id_number shapes: ' + ', '.join('%s=%d' % kv for kv in shapes.most_common()))

    if a.meta:
        true_id = {}
        with open(os.path.join(a.meta, 'people.csv'), encoding='utf-8', newline='') as f:
            rd = csv.reader(f)
            h = next(rd)
            for r in rd:
                if len(r) > 10 and r[0].startswith('P'):
                    true_id[r[0]] = (r[9], r[10])
        tags = {}
        with open(os.path.join(a.meta, 'annot.csv'), encoding='utf-8', newline='') as f:
            rd = csv.reader(f)
            next(rd)
            for r in rd:
                tags[r[0]] = r[4].split(';') if r[4] else []
        n_same = n_bad = 0
        for r in rows:
            t18, t15 = true_id.get(truth[r[0]], ('', ''))
            if r[3] and r[3] == t18:
                n_same += 1
                if not valid18(r[3]):
                    n_bad += 1
        print('[meta] ids identical to the true 18-digit ID: %d, invalid among them: %d' % (n_same, n_bad))
        unexplained = [r for r in inval if not any(t.startswith('id_') or t == 'head_id_copied' for t in tags[r[0]])]
        print('[meta] invalid 18-digit IDs without an injected-error tag: %d' % len(unexplained))
        if n_bad or unexplained:
            problems.append('ID check-character problems')
        tc = collections.Counter(t for v in tags.values() for t in v)
        print('[meta] most common noise tags: ' + ', '.join('%s=%d' % kv for kv in tc.most_common(40)))

    rng = random.Random(a.seed)
    print('\n%d random sample records (record_id | source | name | id | phone | birth | gender | address -> person):'
          % a.samples)
    for r in rng.sample(rows, min(a.samples, len(rows))):
        print('  ' + ' | '.join(r) + '  -> ' + truth[r[0]])
    print('\nPROBLEMS: ' + ('; '.join(problems) if problems else 'none'))


if __name__ == '__main__':
    main()
