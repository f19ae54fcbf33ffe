#!/usr/bin/env python3
"""Sanity checks for a generated set: python3 check.py DIR"""
import csv, sys, random, re, collections
d = sys.argv[1]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def valid18(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s): return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s, W)) % 11] == s[-1]
with open(d + "/residents.csv", encoding="utf-8", newline="") as f:
    rd = csv.reader(f); hdr = next(rd); rows = list(rd)
assert hdr == ["record_id","source","name","id_number","phone","birth_date","gender","address"], hdr
assert all(len(r) == 8 for r in rows), "bad row width"
with open(d + "/truth.csv", encoding="utf-8", newline="") as f:
    rd = csv.reader(f); th = next(rd); truth = list(rd)
assert th == ["record_id", "person_id"]
ids = [r[0] for r in rows]
assert len(set(ids)) == len(ids), "duplicate record_id"
tmap = dict(truth)
assert len(tmap) == len(truth) and set(tmap) == set(ids), "truth mismatch"
assert all(r[0] for r in rows)
persons = collections.Counter(tmap.values())
print("%s: %d records, %d persons, truth rows %d" % (d, len(rows), len(persons), len(truth)))
src = collections.Counter(r[1] for r in rows)
for s, n in src.most_common(): print("  %-10s %6d %5.1f%%" % (s, n, 100 * n / len(rows)))
h = [r for r in rows if r[1] == "hukou"]
print("hukou ids valid GB11643: %d/%d" % (sum(valid18(r[3]) for r in h), len(h)))
full = [r for r in rows if re.fullmatch(r"\d{17}[\dXx]", r[3])]
print("all 18-char ids: %d, invalid check digit: %d" % (len(full), sum(not valid18(r[3]) for r in full)))
print("empty name %d, empty id %d, empty phone %d" % tuple(sum(1 for r in rows if not r[i]) for i in (2, 3, 4)))
exact = collections.Counter(tuple(r[1:]) for r in rows)
print("exact duplicate rows (same source & fields):", sum(n - 1 for n in exact.values() if n > 1))
print("max records for one person:", max(persons.values()))
random.seed(0)
print("--- 20 sample rows ---")
for r in random.sample(rows, 20): print(",".join(r), "->", tmap[r[0]])
