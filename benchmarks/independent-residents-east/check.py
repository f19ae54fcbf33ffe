#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py DIR [METADIR] -- parse a generated set back and print checks, counts and samples."""
import collections
import csv
import os
import random
import re
import sys

HEADER = ["record_id", "source", "name", "id_number", "phone", "birth_date", "gender", "address"]
FIELDS = HEADER[2:]


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    d = sys.argv[1]
    meta = sys.argv[2] if len(sys.argv) > 2 else None
    ok = True

    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL:", msg)

    with open(os.path.join(d, "residents.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        hdr = next(rd)
        rows = list(rd)
    if hdr != HEADER:
        fail("residents.csv header %r" % hdr)
    ids = [r[0] for r in rows]
    if len(set(ids)) != len(ids):
        fail("duplicate record ids")
    bad = [i for i in ids if not re.fullmatch(r"R\d{7}", i)]
    if bad:
        fail("bad record ids e.g. %r" % bad[:3])
    for r in rows:
        if len(r) != 8:
            fail("row with %d columns: %r" % (len(r), r[:2]))
            break
        if not r[1] or not re.fullmatch(r"[a-z_0-9]+", r[1]):
            fail("bad source %r" % r[1])
            break
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        th = next(rd)
        truth = {a: b for a, b in rd}
    if th != ["record_id", "person_id"]:
        fail("truth.csv header %r" % th)
    if set(truth) != set(ids):
        fail("truth does not cover exactly the records (%d vs %d)" % (len(truth), len(ids)))
    persons = collections.Counter(truth.values())
    print("records %d  persons referenced %d  records/person %.2f" % (len(rows), len(persons), len(rows) / max(1, len(persons))))
    dist = collections.Counter(min(v, 10) for v in persons.values())
    print("records per person:", " ".join("%s%d:%d" % ("≥" if k == 10 else "", k, dist[k]) for k in sorted(dist)))
    empty_all = sum(1 for r in rows if not any(r[2:]))
    if empty_all:
        fail("%d rows with every field empty" % empty_all)
    by = collections.defaultdict(list)
    for r in rows:
        by[r[1]].append(r)
    print("\n%-14s %7s  %s" % ("source", "records", "  ".join("%-6s" % f[:6] for f in FIELDS)))
    for s in sorted(by, key=lambda k: -len(by[k])):
        L = by[s]
        fill = ["%5.0f%%" % (100.0 * sum(1 for r in L if r[2 + i]) / len(L)) for i in range(6)]
        print("%-14s %7d  %s" % (s, len(L), "  ".join(fill)))
    # in-app duplicates (same person twice in one source)
    dup = collections.Counter()
    for s, L in by.items():
        c = collections.Counter(truth[r[0]] for r in L)
        dup[s] = sum(v - 1 for v in c.values() if v > 1)
    print("\nsame person more than once inside one source:", dict(dup))
    rng = random.Random(0)
    print("\nsamples")
    for s in sorted(by):
        print("== %s" % s)
        for r in rng.sample(by[s], min(4, len(by[s]))):
            print("   " + " | ".join(r[2:]) + "   -> " + truth[r[0]])
    if meta:
        with open(os.path.join(meta, "records_meta.csv"), encoding="utf-8", newline="") as f:
            M = list(csv.DictReader(f))
        if {m["record_id"] for m in M} != set(ids):
            fail("records_meta does not cover the records")
        for m in M:
            if truth[m["record_id"]] != m["person_id"]:
                fail("records_meta person differs from truth for %s" % m["record_id"])
                break
        tags = collections.Counter(t for m in M for t in m["noise"].split(";") if t)
        print("\nnoise tags (%d distinct):" % len(tags))
        for t, c in sorted(tags.items()):
            print("  %-34s %6d" % (t, c))
        with open(os.path.join(meta, "persons.csv"), encoding="utf-8", newline="") as f:
            P = list(csv.DictReader(f))
        pids = {p["person_id"] for p in P}
        missing = [p for p in persons if p not in pids]
        if missing:
            fail("truth references unknown persons e.g. %r" % missing[:3])
        print("\npersons.csv: %d persons, %d never appear in any source" % (len(P), len(pids - set(persons))))
        print("categories:", dict(collections.Counter(p["category"] for p in P)))
        print("flags:", dict(collections.Counter(f for p in P for f in p["flags"].split(";") if f)))
    print("\nOK" if ok else "\nCHECK FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
