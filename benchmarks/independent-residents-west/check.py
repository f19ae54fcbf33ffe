#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py DIR [METADIR] -- parse a generated set back and sanity-check it.

Checks the exact headers, record-id format and uniqueness, that truth.csv covers every
record exactly once, that no record is empty, and (with METADIR, or DIR/../metaN guessed)
that records_meta.csv agrees with truth.csv.  Prints counts and samples per app.
"""
import csv
import os
import random
import re
import sys
from collections import Counter, defaultdict

HDR = ["record_id", "source", "name", "id_number", "phone", "birth_date", "gender", "address"]
FIELDS = HDR[2:]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    d = sys.argv[1]
    meta = sys.argv[2] if len(sys.argv) > 2 else None
    with open(os.path.join(d, "residents.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        hdr = next(rd)
        if hdr != HDR:
            fail("residents header %r" % hdr)
        rows = list(rd)
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        if next(rd) != ["record_id", "person_id"]:
            fail("truth header")
        truth = list(rd)
    ids = [r[0] for r in rows]
    bad = [r for r in rows if len(r) != 8]
    if bad:
        fail("%d rows with wrong column count, e.g. %r" % (len(bad), bad[0]))
    if len(set(ids)) != len(ids):
        fail("duplicate record ids")
    if not all(re.fullmatch(r"R\d{7}", i) for i in ids):
        fail("record id format")
    if any(not r[1] or not re.fullmatch(r"[a-z_]+", r[1]) for r in rows):
        fail("empty/non-ascii source")
    empty = [r for r in rows if not any(r[2:])]
    if empty:
        fail("%d records with no field at all" % len(empty))
    tmap = dict(truth)
    if len(tmap) != len(truth):
        fail("truth has duplicate record ids")
    if set(tmap) != set(ids):
        fail("truth does not cover exactly the records (%d vs %d)" % (len(tmap), len(ids)))
    persons = Counter(tmap.values())
    print("records: %d   persons referenced: %d   records/person: %.2f" % (
        len(rows), len(persons), len(rows) / max(1, len(persons))))
    by_app = defaultdict(list)
    for r in rows:
        by_app[r[1]].append(r)
    print("\n%-13s %7s  " % ("source", "records") + "  ".join("%5s" % f[:5] for f in FIELDS))
    for app in sorted(by_app):
        rs = by_app[app]
        fills = ["%4.0f%%" % (100.0 * sum(1 for r in rs if r[2 + i]) / len(rs)) for i in range(6)]
        print("%-13s %7d  " % (app, len(rs)) + "  ".join(fills))
    # cluster sizes
    sizes = Counter(persons.values())
    print("\nrecords per person:", ", ".join("%d:%d" % (k, sizes[k]) for k in sorted(sizes)[:12]))
    # shared phones across persons
    ph = defaultdict(set)
    for r in rows:
        p = re.sub(r"\D", "", r[4])
        if len(p) == 11:
            ph[p].add(tmap[r[0]])
    print("phones (11 digits) shared by >1 person: %d of %d" % (sum(1 for v in ph.values() if len(v) > 1), len(ph)))
    # meta
    if meta is None:
        guess = os.path.join(os.path.dirname(os.path.abspath(d)), os.path.basename(os.path.abspath(d)).replace("set", "meta"))
        if os.path.isdir(guess) and guess != os.path.abspath(d):
            meta = guess
    if meta:
        with open(os.path.join(meta, "records_meta.csv"), encoding="utf-8", newline="") as f:
            rd = csv.reader(f)
            if next(rd) != ["record_id", "source", "person_id", "noise"]:
                fail("records_meta header")
            mrows = list(rd)
        src = {r[0]: r[1] for r in rows}
        for rid, s, pid, noise in mrows:
            if tmap.get(rid) != pid or src.get(rid) != s:
                fail("records_meta disagrees with truth/residents at %s" % rid)
        if len(mrows) != len(rows):
            fail("records_meta row count")
        with open(os.path.join(meta, "persons.csv"), encoding="utf-8", newline="") as f:
            prow = list(csv.DictReader(f))
        pids = {p["person_id"] for p in prow}
        if not set(persons) <= pids:
            fail("truth names unknown persons")
        tags = Counter(t for r in mrows for t in r[3].split(";") if t)
        clean = sum(1 for r in mrows if not r[3])
        print("\nmeta: %d persons (%d never recorded), %d records without any noise tag" % (
            len(prow), len(pids - set(persons)), clean))
        print("top noise tags:", ", ".join("%s=%d" % kv for kv in tags.most_common(40)))
    rng = random.Random(0)
    print()
    for app in sorted(by_app):
        print("== %s (%d)" % (app, len(by_app[app])))
        for r in rng.sample(by_app[app], min(4, len(by_app[app]))):
            print("   ", " | ".join(r[2:]), "   <-", tmap[r[0]])
    print("\nOK")


if __name__ == "__main__":
    main()
