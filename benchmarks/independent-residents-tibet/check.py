#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Sanity checks for a generated set.

    python3 check.py DIR [METADIR]

Exits non-zero when a hard check fails; prints counts per source, records per
person, share of sparse rows and noise-tag counts (the latter need METADIR).
"""
import csv
import re
import sys
from collections import Counter

RES_HEADER = ['record_id', 'source', 'name', 'id_number', 'phone', 'birth_date', 'gender', 'address']
TRUTH_HEADER = ['record_id', 'person_id']
META_HEADER = ['record_id', 'person_id', 'source', 'noise']
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
# id tags after which the number is still a valid 18-character number once
# trivially normalised (width, case, separators, leading quote)
ID_VALID_KEEP = {'id_family', 'id_lower_x', 'id_fullwidth', 'id_sep', 'id_prefix_quote'}
FW = {chr(ord(c) + 0xFEE0): c for c in '0123456789Xx-+'}


def id_valid(s):
    if len(s) != 18 or not s[:17].isdigit() or s[17] not in '0123456789X':
        return False
    return '10X98765432'[sum(int(a) * b for a, b in zip(s[:17], W)) % 11] == s[17]


def norm_id(s):
    s = ''.join(FW.get(c, c) for c in s)
    return s.replace(' ', '').replace('-', '').lstrip("'").upper()


def parse_date(s):
    m = re.fullmatch(r'(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})( 00:00:00)?', s)
    if not m:
        m = re.fullmatch(r'(\d{4})(\d{2})(\d{2})', s)
    if not m:
        m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s)
    if not m:
        return None
    return '%s-%02d-%02d' % (m.group(1), int(m.group(2)), int(m.group(3)))


def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        r = csv.reader(f)
        header = next(r)
        return header, list(r)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    meta = sys.argv[2] if len(sys.argv) > 2 else None
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)
            print('FAIL:', msg)

    h, rows = read(d + '/residents.csv')
    check(h == RES_HEADER, 'residents.csv header %r' % h)
    th, truth = read(d + '/truth.csv')
    check(th == TRUTH_HEADER, 'truth.csv header %r' % th)
    ids = [r[0] for r in rows]
    check(len(ids) == len(set(ids)), 'record ids not unique')
    check(all(len(r) == 8 for r in rows), 'residents rows with wrong column count')
    t = {r[0]: r[1] for r in truth}
    check(len(t) == len(truth), 'truth has duplicate record ids')
    check(set(t) == set(ids), 'truth does not cover exactly the records')
    check(all(any(r[2:]) for r in rows), 'empty rows present')

    n = len(rows)
    persons = Counter(t.values())
    print('records: %d   persons with records: %d   mean records/person: %.2f' %
          (n, len(persons), n / max(1, len(persons))))
    dist = Counter(min(v, 10) for v in persons.values())
    print('records per person:', ', '.join('%s%s:%d' % (k, '+' if k == 10 else '', dist[k]) for k in sorted(dist)))
    src = Counter(r[1] for r in rows)
    print('\nper source:')
    for s, c in sorted(src.items(), key=lambda x: -x[1]):
        print('  %-18s %6d' % (s, c))
    print('  distinct sources: %d' % len(src))
    # field fill and sparse rows
    print('\nfield fill rate:')
    for i, f in enumerate(RES_HEADER[2:], 2):
        print('  %-11s %5.1f%%' % (f, 100.0 * sum(1 for r in rows if r[i].strip()) / n))
    sparse = [r for r in rows if sum(1 for i in (2, 3, 4, 5, 7) if r[i].strip()) <= 2]
    no_name_no_id = sum(1 for r in rows if not r[2].strip() and not r[3].strip())
    print('sparse rows (<=2 of name,id,phone,birth,address): %d (%.1f%%)' % (len(sparse), 100.0 * len(sparse) / n))
    print('rows without name and without id: %d (%.1f%%)' % (no_name_no_id, 100.0 * no_name_no_id / n))
    # same name, different people
    names = {}
    for r in rows:
        if r[2]:
            names.setdefault(r[2], set()).add(t[r[0]])
    top = sorted(names.items(), key=lambda x: -len(x[1]))[:8]
    print('names shared by most persons:', ', '.join('%s=%d' % (k, len(v)) for k, v in top))

    if meta:
        mh, mrows = read(meta + '/records_meta.csv')
        check(mh == META_HEADER, 'records_meta header %r' % mh)
        m = {r[0]: r for r in mrows}
        check(set(m) == set(ids), 'records_meta does not cover exactly the records')
        ph, prow = read(meta + '/persons.csv')
        P = {r[0]: dict(zip(ph, r)) for r in prow}
        check(set(t.values()) <= set(P), 'truth refers to unknown persons')
        tagc = Counter()
        bad_id = bad_valid = bad_phone = bad_name = bad_birth = 0
        n_idchecked = 0
        by_src_tags = {}
        for r in rows:
            rid = r[0]
            mr = m[rid]
            check(mr[1] == t[rid] and mr[2] == r[1], 'meta mismatch for %s' % rid) if (mr[1] != t[rid] or mr[2] != r[1]) else None
            tags = [x for x in mr[3].split(';') if x]
            tagc.update(tags)
            by_src_tags.setdefault(r[1], Counter()).update(tags)
            p = P[t[rid]]
            idt = [x for x in tags if x.startswith('id_')]
            swapped = 'col_swap' in tags
            v = r[3]
            if v and not swapped:
                if not idt:
                    n_idchecked += 1
                    if not id_valid(v):
                        bad_valid += 1
                    if v != p['id_number']:
                        bad_id += 1
                elif set(idt) <= ID_VALID_KEEP:
                    n_idchecked += 1
                    if not id_valid(norm_id(v)):
                        bad_valid += 1
                elif idt == ['id_15']:
                    if v != p['id15']:
                        bad_id += 1
            if r[4] and not swapped and not [x for x in tags if x.startswith('phone_')]:
                if r[4] != p['phone']:
                    bad_phone += 1
            if r[2] and not [x for x in tags if x.startswith('name_')]:
                if r[2] != p['name']:
                    bad_name += 1
            if r[5] and not [x for x in tags if x.startswith('birth_')]:
                if parse_date(r[5]) != p['birth_date']:
                    bad_birth += 1
        print('\nid numbers checked as valid (untagged or only format tags): %d, invalid: %d' %
              (n_idchecked, bad_valid))
        check(bad_valid == 0, '%d ids invalid although tags say valid' % bad_valid)
        check(bad_id == 0, '%d untagged ids differ from the person\'s id' % bad_id)
        check(bad_phone == 0, '%d untagged phones differ from the person\'s phone' % bad_phone)
        check(bad_name == 0, '%d untagged names differ from the person\'s name' % bad_name)
        check(bad_birth == 0, '%d untagged birth dates differ from the person\'s birth date' % bad_birth)
        clean = sum(1 for r in mrows if not r[3])
        print('records without any noise tag: %d (%.1f%%)' % (clean, 100.0 * clean / n))
        print('\nnoise tag counts:')
        for k, c in sorted(tagc.items(), key=lambda x: (-x[1], x[0])):
            print('  %-22s %6d' % (k, c))
        alive = Counter(p['alive'] for p in P.values())
        res = Counter(p['resident'] for p in P.values())
        grp = Counter(p['group'] for p in P.values())
        print('\npersons: %d (resident %d, visitors %d, deceased %d); without records: %d' %
              (len(P), res['1'], res['0'], alive['0'], len(set(P) - set(t.values()))))
        print('groups:', ', '.join('%s=%d' % kv for kv in sorted(grp.items())))
    print('\nRESULT:', 'OK' if not fails else 'FAILED (%d)' % len(fails))
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
