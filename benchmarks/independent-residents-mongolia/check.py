#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Sanity checks for a generated data set.

    python3 check.py DIR [METADIR]

Exits non-zero if a hard check fails; prints counts either way.
"""
import collections
import csv
import os
import sys

HEADER = ["record_id", "source", "name", "id_number", "phone", "birth_date", "gender", "address"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
# tags that allow an id cell that is not a valid 18-digit number of the person
ID_BREAKING = ["id_15", "id_typo", "id_transpose", "id_truncated", "id_sci", "id_excel000", "id_masked"]
ID_OTHER_PERSON = ["id_relative"]
FW = {chr(0xFF10 + i): str(i) for i in range(10)}
FW["\uFF38"] = "X"


def norm_id(s):
    s = "".join(FW.get(c, c) for c in s)
    return s.replace(" ", "").replace("'", "").upper()


def valid18(s):
    return (len(s) == 18 and s[:17].isdigit()
            and ID_C[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17])


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        head = next(r)
        return head, list(r)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    meta = sys.argv[2] if len(sys.argv) > 2 else None
    errors = []
    head, rows = read(os.path.join(d, "residents.csv"))
    if head != HEADER:
        errors.append("residents.csv header %r" % head)
    ids = [r[0] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate record ids")
    bad_width = [r[0] for r in rows if len(r) != len(HEADER)]
    if bad_width:
        errors.append("%d rows with wrong column count" % len(bad_width))
    th, truth = read(os.path.join(d, "truth.csv"))
    if th != ["record_id", "person_id"]:
        errors.append("truth.csv header %r" % th)
    tmap = dict(truth)
    if len(tmap) != len(truth):
        errors.append("truth.csv has repeated record ids")
    idset = set(ids)
    missing = [i for i in ids if i not in tmap]
    extra = [i for i in tmap if i not in idset]
    if missing or extra:
        errors.append("truth does not cover records: %d missing, %d extra" % (len(missing), len(extra)))
    print("records: %d" % len(rows))
    per_person = collections.Counter(tmap.values())
    n_p = len(per_person)
    print("persons with >=1 record: %d, mean records/person %.2f, max %d" %
          (n_p, len(rows) / max(1, n_p), max(per_person.values()) if per_person else 0))
    dist = collections.Counter(min(v, 10) for v in per_person.values())
    print("records per person histogram (10 = 10+): " +
          ", ".join("%d:%d" % (k, dist[k]) for k in sorted(dist)))
    print("\nrecords per source:")
    by_src = collections.Counter(r[1] for r in rows)
    for s in sorted(by_src):
        print("  %-22s %6d" % (s, by_src[s]))
    # field fill rates and sparse rows (by content)
    print("\nfield fill rate:")
    for i, col in enumerate(HEADER[2:], start=2):
        print("  %-11s %5.1f%%" % (col, 100.0 * sum(1 for r in rows if r[i].strip()) / max(1, len(rows))))
    sparse = 0
    for r in rows:
        filled = [bool(r[i].strip()) for i in range(2, 8)]
        name, idn, ph, dob, gen, addr = filled
        if not idn and not dob and (name + ph + addr) <= 2 and not (name and addr):
            sparse += 1
    print("sparse rows by content (no id, no birth date; only phone / phone+address / name / "
          "name+gender / name+phone): %d (%.1f%%)" % (sparse, 100.0 * sparse / max(1, len(rows))))

    if meta:
        mh, mrows = read(os.path.join(meta, "records_meta.csv"))
        if mh != ["record_id", "person_id", "source", "noise"]:
            errors.append("records_meta.csv header %r" % mh)
        mmap = {r[0]: r for r in mrows}
        if sorted(mmap) != sorted(ids):
            errors.append("records_meta does not cover the same records")
        ph, prow = read(os.path.join(meta, "persons.csv"))
        pidx = {h: i for i, h in enumerate(ph)}
        persons = {r[0]: r for r in prow}
        print("\npersons in persons.csv: %d; listed in no source: %d" %
              (len(persons), sum(1 for p in persons if p not in per_person)))
        unknown = [p for p in tmap.values() if p not in persons]
        if unknown:
            errors.append("%d truth person ids not in persons.csv" % len(unknown))
        for p in persons.values():
            if not valid18(p[pidx["id_number"]]):
                errors.append("person %s has invalid id %s" % (p[0], p[pidx["id_number"]]))
                break
        tags = collections.Counter()
        bad_ids, wrong_person = 0, 0
        srcmismatch = 0
        for r in rows:
            m = mmap.get(r[0])
            if m is None:
                continue
            if m[1] != tmap.get(r[0]) or m[2] != r[1]:
                srcmismatch += 1
            tl = [t for t in m[3].split(";") if t]
            tags.update(tl)
            if not r[3].strip():
                continue
            if any(t in tl for t in ID_BREAKING):
                continue
            v = norm_id(r[3])
            if "id_disability_cert" in tl:
                v = v[:18]
            if not valid18(v):
                bad_ids += 1
                if bad_ids <= 5:
                    print("  invalid id without tag: %s %r %s" % (r[0], r[3], m[3]))
                continue
            p = persons.get(m[1])
            if p is not None and v != p[pidx["id_number"]] and not any(t in tl for t in ID_OTHER_PERSON):
                wrong_person += 1
        if bad_ids:
            errors.append("%d id cells fail the check digit without a tag" % bad_ids)
        if wrong_person:
            errors.append("%d valid id cells belong to another person without a tag" % wrong_person)
        if srcmismatch:
            errors.append("%d meta rows disagree with truth/source" % srcmismatch)
        print("\nnoise tag counts (records carrying the tag):")
        for t, c in sorted(tags.items(), key=lambda x: (-x[1], x[0])):
            print("  %-24s %6d  %5.1f%%" % (t, c, 100.0 * c / max(1, len(rows))))
        print("records with no tag: %d" % sum(1 for r in mrows if not r[3]))
        print("rows tagged sparse: %d (%.1f%%)" % (tags["sparse"], 100.0 * tags["sparse"] / max(1, len(rows))))
    else:
        bad = sum(1 for r in rows if r[3].strip() and len(norm_id(r[3])) == 18
                  and norm_id(r[3])[:17].isdigit() and not valid18(norm_id(r[3])))
        print("\n18-digit id cells with a wrong check character (no meta to excuse them): %d" % bad)

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
