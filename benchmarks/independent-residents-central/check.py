#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py DIR [METADIR] [--sample-seed N]

Parses DIR/residents.csv and DIR/truth.csv back, checks that the record ids match, validates
the check digit of every complete 18-character ID number, and prints counts per source, the
number of persons and records, the distribution of records per person and 20 random rows.
If METADIR is given (or DIR's sibling named meta<suffix> exists) it also prints counts per
noise tag and verifies persons.csv (valid IDs agreeing with birth date and gender).
"""
import collections
import csv
import os
import random
import re
import sys

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
HDR = ['record_id', 'source', 'name', 'id_number', 'phone', 'birth_date', 'gender', 'address']


def check_digit(body):
    return '10X98765432'[sum(int(a) * b for a, b in zip(body, W)) % 11]


def valid18(s):
    s = s.upper()
    return bool(re.fullmatch(r'\d{17}[\dX]', s)) and check_digit(s[:17]) == s[17]


def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        r = csv.reader(f)
        hdr = next(r)
        return hdr, list(r)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    sseed = 0
    for a in sys.argv[1:]:
        if a.startswith('--sample-seed='):
            sseed = int(a.split('=', 1)[1])
    if not args:
        print(__doc__)
        sys.exit(2)
    d = args[0]
    meta = args[1] if len(args) > 1 else None
    if meta is None:
        base = os.path.basename(os.path.normpath(d))
        cand = os.path.join(os.path.dirname(os.path.normpath(d)), re.sub(r'^set', 'meta', base))
        if cand != os.path.normpath(d) and os.path.exists(os.path.join(cand, 'records_meta.csv')):
            meta = cand
    ok = True
    hdr, rows = read(os.path.join(d, 'residents.csv'))
    assert hdr == HDR, 'bad residents header %r' % hdr
    thdr, truth = read(os.path.join(d, 'truth.csv'))
    assert thdr == ['record_id', 'person_id'], 'bad truth header'
    rids = [r[0] for r in rows]
    trids = [t[0] for t in truth]
    if len(set(rids)) != len(rids):
        print('ERROR: duplicate record ids in residents.csv')
        ok = False
    if set(rids) != set(trids) or len(trids) != len(set(trids)):
        print('ERROR: record ids of residents.csv and truth.csv differ')
        ok = False
    else:
        print('record ids: %d unique, residents.csv and truth.csv agree' % len(rids))
    bad_width = [r for r in rows if len(r) != 8]
    if bad_width:
        print('ERROR: %d rows with wrong number of fields' % len(bad_width))
        ok = False
    pid = dict(truth)
    persons = collections.Counter(pid.values())
    print('records: %d   persons with records: %d   records/person: %.2f' %
          (len(rows), len(persons), len(rows) / max(1, len(persons))))

    # per source
    print('\n== records per source (share, persons, field fill %: name id phone birth gender addr)')
    src = collections.Counter(r[1] for r in rows)
    src_p = collections.defaultdict(set)
    fill = collections.defaultdict(lambda: [0] * 6)
    for r in rows:
        src_p[r[1]].add(pid[r[0]])
        for i in range(6):
            if r[2 + i].strip():
                fill[r[1]][i] += 1
    for s, n in src.most_common():
        f = ' '.join('%3.0f' % (100.0 * x / n) for x in fill[s])
        print('  %-13s %6d  %5.1f%%  %6d   %s' % (s, n, 100.0 * n / len(rows), len(src_p[s]), f))

    # ID numbers
    print('\n== id_number shapes (per source: complete-18 valid / complete-18 invalid / 15-digit / other non-empty)')
    shape = collections.defaultdict(collections.Counter)
    for r in rows:
        s = r[3].strip()
        if not s:
            k = 'empty'
        elif re.fullmatch(r'\d{17}[\dXx]', s):
            k = 'valid18' if valid18(s) else 'invalid18'
        elif re.fullmatch(r'\d{15}', s):
            k = 'id15'
        else:
            k = 'other'
        shape[r[1]][k] += 1
        shape['ALL'][k] += 1
    for s in sorted(shape, key=lambda x: (x == 'ALL', x)):
        c = shape[s]
        print('  %-13s valid18=%-6d invalid18=%-5d id15=%-5d other=%-5d empty=%d' %
              (s, c['valid18'], c['invalid18'], c['id15'], c['other'], c['empty']))

    # records per person
    print('\n== records per person')
    dist = collections.Counter(persons.values())
    for k in sorted(dist):
        print('  %3d records: %6d persons' % (k, dist[k]))
    srcs_per = collections.Counter(len(set(r[1] for r in [])) for _ in [])
    del srcs_per

    # meta: tags and persons
    if meta:
        mh, mrows = read(os.path.join(meta, 'records_meta.csv'))
        assert mh == ['record_id', 'source', 'person_id', 'noise']
        if set(m[0] for m in mrows) != set(rids):
            print('ERROR: records_meta ids differ')
            ok = False
        mism = sum(1 for m in mrows if pid.get(m[0]) != m[2])
        if mism:
            print('ERROR: %d records_meta rows disagree with truth.csv' % mism)
            ok = False
        tags = collections.Counter()
        tags_src = collections.defaultdict(collections.Counter)
        clean = 0
        for m in mrows:
            ts = [t for t in m[3].split(';') if t]
            if not ts:
                clean += 1
            for t in ts:
                tags[t] += 1
                tags_src[t][m[1]] += 1
        print('\n== noise tags (records carrying the tag; top sources)   [records with no tag: %d]' % clean)
        for t, n in sorted(tags.items()):
            top = ', '.join('%s:%d' % kv for kv in tags_src[t].most_common(3))
            print('  %-24s %6d  %5.2f%%   %s' % (t, n, 100.0 * n / len(mrows), top))
        ph, prow = read(os.path.join(meta, 'persons.csv'))
        ix = {h: i for i, h in enumerate(ph)}
        badp = 0
        for p in prow:
            s = p[ix['id_number']]
            b = p[ix['birth_date']].replace('-', '')
            g = p[ix['gender']]
            if not valid18(s) or s[6:14] != b or (int(s[16]) % 2 == 1) != (g == 'M'):
                badp += 1
        print('\n== persons.csv: %d persons, %d with invalid/inconsistent IDs; never in any source: %d' %
              (len(prow), badp, len(prow) - len(persons)))
        if badp:
            ok = False
        kinds = collections.Counter(p[ix['status']] + '/' + ('here' if p[ix['lives_here']] == 'Y' else 'away')
                                    for p in prow)
        print('   status: ' + ', '.join('%s=%d' % kv for kv in sorted(kinds.items())))
        ages = collections.Counter()
        for p in prow:
            if p[ix['lives_here']] == 'Y':
                y = int(p[ix['birth_date']][:4])
                a = 2023 - y
                ages['0-14' if a < 15 else '15-24' if a < 25 else '25-44' if a < 45 else '45-59' if a < 60
                     else '60-79' if a < 80 else '80+'] += 1
        tot = sum(ages.values())
        print('   age mix of residents: ' + ', '.join('%s %.1f%%' % (k, 100.0 * ages[k] / tot)
                                                   for k in ['0-14', '15-24', '25-44', '45-59', '60-79', '80+']))

    # samples
    print('\n== 20 random rows')
    rng = random.Random(sseed)
    w = csv.writer(sys.stdout)
    w.writerow(HDR + ['person_id'])
    for r in rng.sample(rows, min(20, len(rows))):
        w.writerow(r + [pid[r[0]]])
    print('\nOK' if ok else '\nFAILED')
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
