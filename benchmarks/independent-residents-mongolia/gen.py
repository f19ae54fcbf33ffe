#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic resident records of 舍伯吐镇 (Shebotu town, code 150521102), 科尔沁左翼中旗,
通辽市, 内蒙古自治区, as seen through 19 government / community ledgers and apps.

    python3 gen.py --people 20000 --seed 1 --out DIR [--meta METADIR]

Standard library only.  Same seed + arguments => byte-identical output.
See README.md and APPS.txt.
"""
import argparse
import csv
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tables as T  # noqa: E402

REF = dt.date(2024, 6, 30)          # "today" of the person table
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


# ----------------------------------------------------------------------------
# divisions
# ----------------------------------------------------------------------------
def find_divisions():
    cands = [os.path.join(HERE, "..", "shared", "data", "divisions"),
             os.path.join(HERE, "..", "..", "..", "shared", "data", "divisions")]
    for env in ("GRIDGOV_DIVISIONS", "DIVISIONS_DIR"):
        if os.environ.get(env):
            cands.append(os.environ[env])
    cands.append("/work/shared/data/divisions")
    for c in cands:
        if os.path.isfile(os.path.join(c, "areas.csv")) and os.path.isfile(os.path.join(c, "streets.csv")):
            return os.path.normpath(c)
    sys.exit("division tables not found (tried: %s)" % ", ".join(cands))


def load_divisions(d):
    def rows(fn):
        with open(os.path.join(d, fn), encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    provs = {r["code"]: r["name"] for r in rows("provinces.csv")}
    cities = {r["code"]: r["name"] for r in rows("cities.csv")}
    areas = {}
    for r in rows("areas.csv"):
        areas[r["code"]] = (r["name"], r["cityCode"], r["provinceCode"])
    streets = {}
    town = None
    for r in rows("streets.csv"):
        streets.setdefault(r["areaCode"], []).append((r["code"], r["name"]))
        if r["code"] == T.TOWN_CODE:
            town = r["name"]
    if town is None or T.TOWN_AREA not in areas:
        sys.exit("town %s not found in divisions" % T.TOWN_CODE)
    return provs, cities, areas, streets, town


# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------
class WTable:
    """Weighted choice table with deterministic order."""
    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = []
        s = 0.0
        for p in pairs:
            s += p[1]
            self.cum.append(s)
        self.total = s

    def pick(self, rng):
        x = rng.random() * self.total
        lo, hi = 0, len(self.cum) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cum[mid] > x:
                hi = mid
            else:
                lo = mid + 1
        return self.items[lo]


def wpick(rng, pairs):
    return WTable(pairs).pick(rng)


def check_char(s17):
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def age_at(b, ref):
    return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))


def fw(s):
    return "".join(T.FULLWIDTH.get(c, c) for c in s)


# ----------------------------------------------------------------------------
# world: households and persons
# ----------------------------------------------------------------------------
class World:
    def __init__(self, rng, div, scale=1.0):
        self.rng = rng
        self.scale = max(1.0, scale)      # grows the housing stock for large --people
        self.provs, self.cities, self.areas, self.streets, self.town = div
        self.persons = []
        self.hh = []
        self.used_ids = set()
        self.used_phones = set()
        self.used_flats = set()
        self.mprefix = WTable(T.MOBILE_PREFIXES)
        # name tables
        self.msingle = {}
        for sex in "mf":
            for era in "omy":
                pairs = []
                for k, v in T.MCOMP.items():
                    if v[0] not in (sex, "u") or len(k) < 2:
                        continue
                    w = v[1] * (1.0 if v[2] in (era, "a") else 0.2)
                    pairs.append((k, w))
                self.msingle[(sex, era)] = WTable(pairs)
        self.mcomp = {s: WTable([(c[0], c[1]) for c in T.MCOMPOUNDS if c[2] == s]) for s in "mf"}
        self.han_sur = WTable(T.HAN_SURNAMES)
        self.mon_sur = WTable(T.MONGOL_SURNAMES)
        self.eth_sur = {"manchu": WTable(T.MANCHU_SURNAMES), "hui": WTable(T.HUI_SURNAMES),
                        "daur": WTable(T.DAUR_SURNAMES)}
        # migrant home areas
        self.home_by_prov = {}
        for code in sorted(self.areas):
            name, city, prov = self.areas[code]
            if code in self.streets and not code.endswith("00"):
                self.home_by_prov.setdefault(prov, []).append(code)
        self.near = WTable([(c, w) for c, w in T.NEAR_AREAS if c in self.areas])
        self.gacha_w = WTable([(i, g[2]) for i, g in enumerate(T.GACHAS)])
        self.mgacha_w = WTable([(i, g[2]) for i, g in enumerate(T.GACHAS) if not g[6]])

    # ---------------- identifiers
    def new_phone(self):
        rng = self.rng
        while True:
            n = self.mprefix.pick(rng) + "%08d" % rng.randrange(10 ** 8)
            if n not in self.used_phones:
                self.used_phones.add(n)
                return n

    def new_landline(self):
        while True:
            n = "%d%06d" % (self.rng.choice([3, 3, 3, 6, 8]), self.rng.randrange(10 ** 6))
            if n not in self.used_phones:
                self.used_phones.add(n)
                return n

    def new_id(self, area, birth, sex):
        rng = self.rng
        for _ in range(1000):
            seq = rng.randrange(500) * 2 + (1 if sex == "m" else 0)
            s17 = "%s%s%03d" % (area, birth.strftime("%Y%m%d"), seq)
            if s17 not in self.used_ids:
                self.used_ids.add(s17)
                id18 = s17 + check_char(s17)
                id15 = ""
                if birth.year < 1984:
                    id15 = "%s%s%03d" % (area, birth.strftime("%y%m%d"), seq)
                return id18, id15
        raise RuntimeError("id space exhausted")

    # ---------------- addresses
    def flat_addr(self, comm=None):
        rng = self.rng
        for _ in range(100000):
            ci = rng.randrange(len(T.COMMUNITIES)) if comm is None else comm
            ests = T.COMMUNITIES[ci][1]
            ei = rng.randrange(len(ests))
            e = ests[ei]
            b = rng.randint(1, int(e[2] * self.scale))
            u, f, d = rng.randint(1, e[3]), rng.randint(1, e[4]), rng.randint(1, 2)
            key = (ci, ei, b, u, f, d)
            if key not in self.used_flats:
                self.used_flats.add(key)
                return {"t": "flat", "c": ci, "e": ei, "b": b, "u": u, "f": f, "d": d}
        raise RuntimeError("no free flat left")

    def bung_addr(self):
        rng = self.rng
        for _ in range(100000):
            ci = rng.randrange(len(T.COMMUNITIES))
            st = rng.randrange(len(T.COMMUNITIES[ci][2]))
            no = rng.randint(1, int(220 * self.scale))
            key = ("b", ci, st, no)
            if key not in self.used_flats:
                self.used_flats.add(key)
                return {"t": "bung", "c": ci, "s": st, "no": no}
        raise RuntimeError("no free bungalow left")

    def gacha_addr(self, gi=None, mongol_only=False):
        rng = self.rng
        for _ in range(100000):
            if gi is None:
                g = (self.mgacha_w if mongol_only else self.gacha_w).pick(rng)
            else:
                g = gi
            grp = rng.randint(1, T.GACHAS[g][2])
            no = rng.randint(1, int(95 * self.scale))
            key = ("g", g, grp, no)
            if key not in self.used_flats:
                self.used_flats.add(key)
                return {"t": "gacha", "g": g, "grp": grp, "no": no}
        raise RuntimeError("no free gacha house number left")

    def pasture_addr(self):
        g = self.mgacha_w.pick(self.rng)
        return {"t": "past", "g": g, "grp": self.rng.randint(1, T.GACHAS[g][2]),
                "p": self.rng.choice(T.PASTURES)}

    def eco_addr(self):
        rng = self.rng
        for _ in range(100000):
            row, no = rng.randint(1, int(24 * self.scale)), rng.randint(1, 36)
            key = ("e", row, no)
            if key not in self.used_flats:
                self.used_flats.add(key)
                return {"t": "eco", "row": row, "no": no}
        raise RuntimeError("no free resettlement plot left")

    def home_addr(self):
        rng = self.rng
        prov = wpick(rng, T.MIGRANT_PROVS)
        if prov == "15":
            area = self.near.pick(rng)
        else:
            area = rng.choice(self.home_by_prov[prov])
        town = rng.choice(self.streets[area])[1]
        return {"t": "home", "a": area, "town": town, "v": rng.choice(T.GENERIC_VILLAGES),
                "grp": rng.randint(1, 8)}

    # ---------------- names
    def mongol_comps(self, sex, byear):
        rng = self.rng
        era = "o" if byear < 1965 else ("m" if byear < 1988 else "y")
        r = rng.random()
        if r < 0.40:
            comps = list(self.mcomp[sex].pick(rng))
        else:
            comps = [self.msingle[(sex, era)].pick(rng)]
        if rng.random() < 0.03:            # long names (5-6 chars)
            extra = self.msingle[(sex, era)].pick(rng)
            if extra not in comps and len("".join(comps) + extra) <= 6:
                comps.append(extra)
        return comps

    def han_given(self, sex, byear):
        era = "o" if byear < 1965 else ("m" if byear < 1992 else "y")
        return self.rng.choice(T.HAN_GIVEN[(sex, era)])

    def name_person(self, p, father):
        rng = self.rng
        eth, sex, by = p["eth"], p["sex"], p["birth"].year
        p["sur"], p["comps"], p["given"], p["off_sur"], p["habit"] = "", [], "", False, []
        if eth in ("mongol", "daur") and (eth == "mongol" or rng.random() < 0.5):
            fsur = ""
            if father is not None:
                fsur = father["sur"] or (father["comps"][0][0] if father["comps"] else "")
            r = rng.random()
            han_share = 0.30 if by < 1990 else 0.42
            if r < han_share:
                style = "H"
            elif r < han_share + 0.18:
                style = "SM"
            else:
                style = "M"
            p["style"] = style
            if style in ("H", "SM"):
                if father is not None and fsur and rng.random() < (0.9 if father["sur"] else 0.5):
                    p["sur"] = fsur
                elif eth == "daur":
                    p["sur"] = self.eth_sur["daur"].pick(rng)
                else:
                    p["sur"] = self.mon_sur.pick(rng)
            if style == "H":
                p["given"] = self.han_given(sex, by)
            else:
                p["comps"] = self.mongol_comps(sex, by)
                p["off_sur"] = style == "SM" and rng.random() < 0.6
                if rng.random() < 0.3:   # habitual alternative spelling (not on the ID card)
                    h = list(p["comps"])
                    i = rng.randrange(len(h))
                    alts = [a for a in T.MCOMP[h[i]][3] if a != h[i]]
                    if alts:
                        h[i] = rng.choice(alts)
                        p["habit"] = h
        else:
            p["style"] = "H"
            if eth in self.eth_sur:
                p["sur"] = self.eth_sur[eth].pick(rng)
            elif eth == "mongol":
                p["sur"] = self.mon_sur.pick(rng)
            else:
                p["sur"] = self.han_sur.pick(rng)
            if father is not None and father["sur"] and eth == father["eth"] and rng.random() < 0.95:
                p["sur"] = father["sur"]
            p["given"] = self.han_given(sex, by)
        # patronymic initial (father's name's first character)
        if father is not None and father["comps"]:
            p["patr"] = father["comps"][0][0]
        else:
            p["patr"] = self.msingle[("m", "o")].pick(rng)[0]

    # ---------------- households
    def build(self, n_people):
        rng = self.rng
        kinds = WTable([("flat", 27), ("bung", 8), ("gacha", 40), ("past", 6), ("eco", 8), ("migrant", 11)])
        hid = 0
        while len(self.persons) < n_people:
            hid += 1
            kind = kinds.pick(rng)
            self.make_household("H%05d" % hid, kind)
        self.finish()

    def make_household(self, hid, kind):
        rng = self.rng
        h = {"hid": hid, "kind": kind, "prev": None, "move": None, "landline": "", "members": [],
             "dibao": False}
        if kind == "flat":
            h["addr"] = self.flat_addr()
        elif kind == "bung":
            h["addr"] = self.bung_addr()
        elif kind == "gacha":
            h["addr"] = self.gacha_addr()
        elif kind == "past":
            h["addr"] = self.pasture_addr()
        elif kind == "eco":
            h["addr"] = self.eco_addr()
        else:
            h["addr"] = self.flat_addr() if rng.random() < 0.65 else self.bung_addr()
        h["hukou"] = h["addr"]
        # previous residence / registered residence
        if kind == "flat" and rng.random() < 0.35:
            h["prev"] = self.gacha_addr()
            h["move"] = rng.randint(2008, 2023)
            if rng.random() < 0.6:
                h["hukou"] = h["prev"]
        elif kind == "bung" and rng.random() < 0.15:
            h["prev"] = self.gacha_addr()
            h["move"] = rng.randint(2005, 2022)
            if rng.random() < 0.5:
                h["hukou"] = h["prev"]
        elif kind == "eco":
            h["prev"] = self.pasture_addr() if rng.random() < 0.4 else self.gacha_addr(mongol_only=True)
            h["move"] = rng.randint(2010, 2017)
            if rng.random() < 0.45:
                h["hukou"] = h["prev"]
        elif kind == "gacha" and rng.random() < 0.03:
            h["prev"] = self.gacha_addr()
            h["move"] = rng.randint(2012, 2023)
        elif kind == "migrant":
            h["hukou"] = self.home_addr()
            if rng.random() < 0.2:
                h["prev"] = self.flat_addr() if rng.random() < 0.5 else self.bung_addr()
                h["move"] = rng.randint(2019, 2024)
        # merged-in old gacha part
        a = h["addr"]
        h["oldpart"] = a["t"] in ("gacha", "past") and T.GACHAS[a["g"]][5] is not None and a["grp"] >= T.GACHAS[a["g"]][2] - 1
        # ethnicity of head
        if kind in ("gacha",):
            ms = T.GACHAS[a["g"]][3]
        elif kind == "past":
            ms = 0.95
        elif kind == "eco":
            ms = 0.9
        elif kind == "migrant":
            ms = 0.35 if h["hukou"]["a"].startswith("15") else 0.03
        else:
            ms = 0.58
        def pick_eth():
            if rng.random() < ms:
                return "mongol"
            return wpick(rng, [("han", 88), ("manchu", 6), ("hui", 4), ("daur", 2)])
        head_eth = pick_eth()
        if kind in ("flat", "bung", "migrant") and rng.random() < 0.14:
            h["landline"] = self.new_landline()
        elif kind in ("gacha", "eco") and rng.random() < 0.06:
            h["landline"] = self.new_landline()
        # composition: list of (role, sex, age, parent-keys)
        mem = []
        r = rng.random()
        def add(role, sex, age, father=None, mother=None, eth=None):
            mem.append({"role": role, "sex": sex, "age": max(0, age), "father": father, "mother": mother,
                        "eth": eth})
            return len(mem) - 1

        def kids(father, mother, mage, nmax, eth=None):
            n = wpick(rng, [(0, 1), (1, 4), (2, 4), (3, 2 if nmax >= 3 else 0)])
            ages = []
            for _ in range(min(n, nmax)):
                a_ = mage - rng.randint(20, 38)
                if a_ >= 0:
                    ages.append(a_)
            ages.sort(reverse=True)
            out = []
            for i, a_ in enumerate(ages):
                twin = i > 0 and rng.random() < 0.02
                if twin:
                    a_ = ages[i - 1]
                k = add("child", rng.choice("mf"), a_, father, mother, eth)
                if twin:
                    mem[k]["twin_of"] = out[-1]
                out.append(k)
            return out

        if kind == "migrant":
            if r < 0.4:
                add("head", "m" if rng.random() < 0.65 else "f", rng.randint(19, 50))
            elif r < 0.65:
                ha = rng.randint(22, 55)
                hd = add("head", "m", ha)
                add("spouse", "f", ha - rng.randint(-2, 6))
            else:
                ha = rng.randint(25, 50)
                hd = add("head", "m", ha)
                sa = ha - rng.randint(-2, 6)
                sp = add("spouse", "f", sa)
                for k in kids(hd, sp, sa, 2):
                    if mem[k]["age"] > 17:
                        mem[k]["age"] = rng.randint(0, 15)
        elif r < 0.10:
            add("head", "f" if rng.random() < 0.62 else "m", rng.randint(65, 93))
        elif r < 0.26:
            ha = rng.randint(62, 88)
            add("head", "m", ha)
            add("spouse", "f", ha - rng.randint(-1, 7))
        elif r < 0.64:
            ha = rng.randint(24, 60)
            fh = rng.random() < 0.9
            hd = add("head", "m" if fh else "f", ha)
            sa = ha - rng.randint(-2, 6) if fh else ha + rng.randint(-2, 6)
            sp = add("spouse", "f" if fh else "m", sa)
            father, mother = (hd, sp) if fh else (sp, hd)
            mage = sa if fh else ha
            kids(father, mother, mage, 3 if mage > 45 else 2)
        elif r < 0.84:
            ha = rng.randint(54, 82)
            hd = add("head", "m", ha)
            sp = add("spouse", "f", ha - rng.randint(-1, 7)) if rng.random() < 0.85 else None
            mother = sp if sp is not None else None
            son_age = (mem[sp]["age"] if sp is not None else ha - 3) - rng.randint(21, 34)
            son = add("child", "m", max(son_age, 20), hd, mother)
            dil = None
            if rng.random() < 0.85:
                dil = add("child_spouse", "f", mem[son]["age"] - rng.randint(-2, 5))
            if dil is not None:
                for k in kids(son, dil, mem[dil]["age"], 2):
                    mem[k]["role"] = "grandchild"
        elif r < 0.93:
            add("head", rng.choice("mf"), rng.randint(20, 62))
        else:
            ma = rng.randint(28, 55)
            hd = add("head", "f", ma)
            kids(None, hd, ma, 2)
            for m in mem:
                if m["role"] == "child":
                    m["mother"] = hd
        # people
        base = len(self.persons)
        for i, m in enumerate(mem):
            p = {"pid": "P%06d" % (base + i + 1), "hid": hid, "role": m["role"], "sex": m["sex"],
                 "idx": base + i}
            b = REF - dt.timedelta(days=int(m["age"] * 365.25) + rng.randint(0, 364))
            if "twin_of" in m:
                b = self.persons[base + m["twin_of"]]["birth"]
            p["birth"] = b
            p["father"] = base + m["father"] if m["father"] is not None else None
            p["mother"] = base + m["mother"] if m["mother"] is not None else None
            # ethnicity
            if m["role"] in ("head",):
                eth = head_eth
            elif m["role"] in ("spouse", "child_spouse"):
                eth = head_eth if rng.random() < 0.8 else pick_eth()
            else:
                fe = self.persons[p["father"]]["eth"] if p["father"] is not None else None
                me = self.persons[p["mother"]]["eth"] if p["mother"] is not None else None
                if "mongol" in (fe, me) and rng.random() < 0.9:
                    eth = "mongol"
                else:
                    eth = fe or me or head_eth
            p["eth"] = eth
            self.persons.append(p)
            h["members"].append(base + i)
            father = self.persons[p["father"]] if p["father"] is not None else None
            self.name_person(p, father)
            # identity area
            if kind == "migrant":
                area = h["hukou"]["a"]
                if p["role"] == "child" and rng.random() < 0.15:
                    area = T.TOWN_AREA
            elif m["role"] in ("spouse", "child_spouse") and rng.random() < 0.2:
                area = self.near.pick(rng)
            else:
                area = T.TOWN_AREA
            if area == T.TOWN_AREA and b.year < 1982 and rng.random() < T.LEGACY_SHARE:
                area = T.LEGACY_AREA
            p["area"] = area
            # uncertain dates for older rural people: ID carries a conventional date
            p["birth_self"] = None
            if kind in ("gacha", "past", "eco") and b.year < 1962:
                x = rng.random()
                if x < 0.35:
                    p["birth_self"] = b
                    p["birth"] = dt.date(b.year, rng.choice([1, 1, 1, 7]), 1)
                elif x < 0.5:
                    p["birth_self"] = b + dt.timedelta(days=rng.choice([-1, 1]) * rng.randint(20, 400))
            p["id18"], p["id15"] = self.new_id(area, p["birth"], p["sex"])
        self.hh.append(h)

    def finish(self):
        rng = self.rng
        P = self.persons
        for h in self.hh:
            kind = h["kind"]
            rural = kind in ("gacha", "past", "eco")
            for i in h["members"]:
                p = P[i]
                a = age_at(p["birth"], REF)
                p["age"] = a
                p["kind"] = kind
                p["status"] = "alive"
                p["death"] = None
                # phone ownership
                if a < 12:
                    own = 0.0
                elif a < 16:
                    own = 0.25
                elif a < 18:
                    own = 0.75
                elif a < 65:
                    own = 0.93 if kind != "past" else 0.85
                elif a < 75:
                    own = 0.62 if kind != "past" else 0.45
                else:
                    own = 0.30 if kind != "past" else 0.18
                p["phone"] = self.new_phone() if rng.random() < own else ""
                p["phone_old"], p["phone_change"] = "", None
                if p["phone"] and a >= 20 and rng.random() < 0.3:
                    p["phone_old"] = self.new_phone()
                    p["phone_change"] = rng.randint(2017, 2024)
                # deaths (during 2019-07 .. 2024-06)
                q = 0.003 if a < 60 else (0.04 if a < 70 else (0.10 if a < 80 else 0.22))
                if rng.random() < q:
                    p["status"] = "deceased"
                    p["death"] = REF - dt.timedelta(days=rng.randint(0, 1800))
                elif kind != "migrant" and 18 <= a <= 40 and rng.random() < (0.08 if p["role"] == "head" else 0.18):
                    p["status"] = "away"
                # disability, party
                dq = 0.01 if a < 18 else (0.03 if a < 60 else (0.09 if a < 80 else 0.2))
                p["disabled"] = rng.random() < dq
                p["dis_cat"] = "%d%d" % (rng.randint(1, 7), rng.randint(1, 4)) if p["disabled"] else ""
                pq = 0.0 if a < 20 else (0.05 + (0.05 if kind in ("flat", "bung") else 0) + (0.03 if p["sex"] == "m" else 0)
                                          + (0.03 if a > 50 else 0))
                p["party"] = kind != "migrant" and rng.random() < pq
            # shared phones in couples
            mems = [P[i] for i in h["members"]]
            head = mems[0]
            sp = [m for m in mems if m["role"] == "spouse"]
            if sp and head["phone"] and sp[0]["phone"] and rng.random() < 0.08:
                self.used_phones.discard(sp[0]["phone"])
                sp[0]["phone"], sp[0]["phone_old"], sp[0]["phone_change"] = "", "", None
            # dibao
            anydis = any(m["disabled"] for m in mems)
            q = 0.0 if kind == "migrant" else (0.03 + (0.05 if rural else 0) + (0.07 if len(mems) == 1 and head["age"] >= 65 else 0)
                                               + (0.06 if anydis else 0))
            h["dibao"] = rng.random() < q
        # contacts: whose phone is given when a person has none; kin phone for elderly
        for h in self.hh:
            mems = [P[i] for i in h["members"]]
            for p in mems:
                p["contact"], p["kin"], p["contact_kind"] = "", "", ""
                children = [m for m in mems if (m["father"] == p["idx"] or m["mother"] == p["idx"])
                            and m["age"] >= 18 and m["phone"] and m["status"] != "deceased"]
                spouse = [m for m in mems if m is not p and m["phone"] and
                          {m["role"], p["role"]} in ({"head", "spouse"}, {"child", "child_spouse"})]
                if children:
                    p["kin"] = children[0]["phone"]
                elif p["age"] >= 60 and rng.random() < 0.7:
                    p["kin"] = self.new_phone()      # child living elsewhere (not in data)
                if p["phone"]:
                    continue
                if p["age"] < 18:
                    par = [P[j] for j in (p["mother"], p["father"]) if j is not None and P[j]["phone"]]
                    if not par:
                        par = [m for m in mems if m["phone"] and m["age"] >= 18]
                    if par:
                        p["contact"], p["contact_kind"] = par[0]["phone"], "guardian"
                else:
                    if spouse:
                        p["contact"], p["contact_kind"] = spouse[0]["phone"], "spouse"
                    elif p["kin"]:
                        p["contact"], p["contact_kind"] = p["kin"], "child"
                    else:
                        others = [m for m in mems if m["phone"] and m["age"] >= 18]
                        if others:
                            p["contact"], p["contact_kind"] = others[0]["phone"], "relative"
                        elif rng.random() < (0.4 if h["kind"] == "past" else 0.65):
                            p["contact"], p["contact_kind"] = self.new_phone(), "outside"


def official_name(p):
    if p["style"] == "H":
        return p["sur"] + p["given"]
    n = "".join(p["comps"])
    return (p["sur"] + n) if (p["style"] == "SM" and p["off_sur"]) else n


def alt_name(p):
    if p["style"] == "SM":
        n = "".join(p["comps"])
        return n if p["off_sur"] else p["sur"] + n
    return ""


# ----------------------------------------------------------------------------
# address text
# ----------------------------------------------------------------------------
FULL_PREFIX = "内蒙古自治区通辽市科尔沁左翼中旗"


def canonical_addr(a, W):
    return addr_text(a, None, None, [], W)


def addr_text(a, st, rng, tags, W, oldpart=False):
    """Render address a. st=None gives the canonical form (no tags)."""
    canon = st is None
    t = a["t"]
    if t == "home":
        area = W.areas[a["a"]]
        prov, city = W.provs[area[2]], W.cities.get(area[1], "")
        if city in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            city = ""
        tail = "%s%s%d组" % (a["town"], a["v"], a["grp"])
        if canon or rng.random() < 0.5:
            return prov + city + area[0] + tail
        tags.append("addr_prefix")
        return (city + area[0] + tail) if rng.random() < 0.6 else (area[0] + tail)
    # admin prefix
    lvl = "full" if canon else st["prefix"]
    town = W.town
    sumu = None
    if t in ("gacha", "past"):
        sumu = T.GACHAS[a["g"]][4]
    old_used = False
    if not canon and sumu and rng.random() < st["p_old"]:
        town, old_used = sumu, True
    if lvl == "full":
        pre = FULL_PREFIX + town
    elif lvl == "city":
        pre = "通辽市" + rng.choice(T.BANNER_FORMS[:2]) + town
    elif lvl == "banner":
        pre = rng.choice(T.BANNER_FORMS) + town
    elif lvl == "town":
        pre = town if (old_used or rng.random() < 0.8) else T.TOWN_SHORT
    else:
        pre = ""
    if lvl != "full":
        tags.append("addr_prefix")
    if old_used:
        tags.append("addr_old_name")
    sep = "" if canon or not st["spaces"] else " "
    if sep:
        tags.append("addr_fmt")
    if t == "flat":
        comm = T.COMMUNITIES[a["c"]]
        est = comm[1][a["e"]]
        ename = est[0]
        if not canon and rng.random() < st["p_alias"]:
            ename = rng.choice(est[1])
            tags.append("addr_alias")
        cpart = comm[0]
        if not canon and not st["comm"]:
            cpart = ""
            if "addr_prefix" not in tags:
                tags.append("addr_prefix")
        b, u, f, d = a["b"], a["u"], a["f"], a["d"]
        fm = "canon" if canon else st["flat"]
        room = "%d%02d" % (f, d)
        body = {"canon": "%d号楼%d单元%s室" % (b, u, room),
                "dash": "%d-%d-%s" % (b, u, room),
                "dong": "%d栋%d单元%s" % (b, u, room),
                "zhuang": "%d幢%d单元%s室" % (b, u, room),
                "floor": "%d号楼%d单元%d楼%d号" % (b, u, f, d),
                "hash": "%d#%d-%s" % (b, u, room),
                "nounit": "%d号楼%s" % (b, room),
                "noroom": "%d号楼%d单元" % (b, u),
                "none": ""}[fm]
        if fm in ("nounit", "noroom", "none"):
            tags.append("addr_partial")
        elif fm != "canon":
            tags.append("addr_fmt")
        return sep.join(x for x in (pre, cpart, ename, body) if x) if sep else pre + cpart + ename + body
    if t == "bung":
        comm = T.COMMUNITIES[a["c"]]
        street = comm[2][a["s"]]
        cpart = comm[0]
        if not canon and not st["comm"]:
            cpart = ""
            if "addr_prefix" not in tags:
                tags.append("addr_prefix")
        body = "%s%d号" % (street, a["no"])
        if not canon and st["grp"] in ("grp_only", "none"):
            body = street
            tags.append("addr_partial")
        return sep.join(x for x in (pre, cpart, body) if x) if sep else pre + cpart + body
    if t == "eco":
        vil = "生态移民新村"
        if not canon and rng.random() < st["p_alias"]:
            vil = rng.choice(T.ECO_ALIASES)
            tags.append("addr_alias")
        fm = "canon" if canon else st["grp"]
        if fm in ("canon", "cn", "xiaozu", "she"):
            body = "%d排%d号" % (a["row"], a["no"])
        elif fm == "dash":
            body = "%d-%d" % (a["row"], a["no"])
            tags.append("addr_fmt")
        elif fm == "no_only":
            body = "%d号" % a["no"]
            tags.append("addr_partial")
        else:
            body = ""
            tags.append("addr_partial")
        return sep.join(x for x in (pre, vil, body) if x) if sep else pre + vil + body
    # gacha / pasture
    g = T.GACHAS[a["g"]]
    gname = g[0]
    if not canon:
        if oldpart and g[5] and rng.random() < st["p_old"] * 3:
            gname = g[5]
            if "addr_old_name" not in tags:
                tags.append("addr_old_name")
        elif rng.random() < st["p_alias"]:
            x = rng.random()
            if x < 0.6:
                gname = rng.choice(g[1])
            elif g[6]:
                gname = gname.replace("村", "村委会")
            else:
                gname = gname.replace("嘎查", "村")
            tags.append("addr_alias")
    fm = "canon" if canon else st["grp"]
    grp = a["grp"]
    if t == "past":
        grp_s = {"she": "%d社" % grp, "cn": "%s组" % T.CN_NUM[grp], "xiaozu": "第%s村民小组" % T.CN_NUM[grp]}.get(fm, "%d组" % grp)
        if fm in ("she", "cn", "xiaozu"):
            tags.append("addr_fmt")
        if fm in ("no_only", "none", "grp_only"):
            grp_s = ""
            tags.append("addr_partial")
        body = grp_s + a["p"]
        if not canon and rng.random() < 0.3:
            body = a["p"]
            if "addr_partial" not in tags:
                tags.append("addr_partial")
        return sep.join(x for x in (pre, gname, body) if x) if sep else pre + gname + body
    no = a["no"]
    body = {"canon": "%d组%d号" % (grp, no), "she": "%d社%d号" % (grp, no),
            "cn": "%s组%d号" % (T.CN_NUM[grp], no), "xiaozu": "第%s村民小组%d号" % (T.CN_NUM[grp], no),
            "dash": "%d-%d" % (grp, no), "grp_only": "%d组" % grp, "no_only": "%d号" % no, "none": ""}[fm]
    if fm in ("grp_only", "no_only", "none"):
        tags.append("addr_partial")
    elif fm != "canon":
        tags.append("addr_fmt")
    return sep.join(x for x in (pre, gname, body) if x) if sep else pre + gname + body


# ----------------------------------------------------------------------------
# apps
# ----------------------------------------------------------------------------
DEFAULT = dict(
    year=2024, ops=1, drift=0.06, collects="name id phone dob gender addr",
    f_name=1.0, f_id=0.95, f_phone=0.9, f_dob=0.95, f_gender=0.97, f_addr=0.95,
    dob_fmt=[("iso", 5), ("compact", 3), ("slash", 2)], gender_fmt=[("cn", 1)],
    prefix=[("town", 4), ("banner", 2), ("none", 2), ("full", 1)],
    flat=[("canon", 4), ("dash", 2), ("dong", 2)], grp=[("canon", 5), ("she", 1), ("cn", 1)],
    phone_fmt=[("plain", 1)], id_mode=[("plain", 1)], comm=[(True, 1), (False, 1)], spaces=[(False, 1)],
    p_alias=0.06, p_old=0.03,
    p_variant=0.06, p_habit=0.35, p_short=0.03, p_form=0.0, p_roman=0.0, p_cyr=0.0, p_homo=0.02,
    p_surdrop=0.25, p_suradd=0.2, p_patr=0.01, p_space=0.01, p_note=0.0, p_namephone=0.0,
    p_idtypo=0.01, p_idtrans=0.005, p_id15=0.0, p_idtrunc=0.004, p_idfw=0.003, p_idspace=0.004,
    p_lowx=0.3, p_idrel=0.0,
    p_phtypo=0.015, p_phtrans=0.006, p_phlen=0.006, p_phmulti=0.02, p_phhouse=0.05, p_landline=0.02,
    p_phstale=0.05, p_contact=0.8, p_kin=0.0, p_phfw=0.002,
    p_dobself=0.5, p_dobtypo=0.01, p_dobswap=0.006, p_gwrong=0.006,
    p_stale=0.05, p_hukou=0.1, addr_source="res",
    dup=0.02, sparse=0.0, sparse_kinds=[("name", 1)], dead_keep=0.25,
)

APPS = [
    ("hukou", "户籍人口信息采集表（派出所/嘎查村委会）", dict(
        year=2023, ops=3, f_phone=0.45, f_id=0.99, f_dob=0.99, f_gender=0.995, f_addr=0.99,
        dob_fmt=[("compact", 5), ("iso", 3)], prefix=[("full", 4), ("banner", 2), ("town", 1)],
        flat=[("canon", 5), ("zhuang", 1)], comm=[(True, 4), (False, 1)],
        id_mode=[("plain", 3), ("apos", 1)], p_variant=0.02, p_habit=0.0, p_short=0.0, p_surdrop=0.05, p_patr=0.0, p_homo=0.005,
        p_suradd=0.03, p_dobself=0.05, addr_source="hukou", dead_keep=0.6, dup=0.01, p_id15=0.0, p_landline=0.05,
        p_phstale=0.15, p_alias=0.02, p_old=0.04)),
    ("grid_visit", "网格员入户走访（网格化管理APP）", dict(
        year=2024, ops=9, drift=0.1, f_id=0.72, f_dob=0.8, f_phone=0.88, f_gender=0.92,
        dob_fmt=[("iso", 3), ("compact", 2), ("slash", 2), ("cn", 1), ("dot", 1), ("age", 1), ("ym", 1)],
        gender_fmt=[("cn", 6), ("cnx", 1)], prefix=[("none", 4), ("town", 3), ("banner", 1)],
        flat=[("canon", 2), ("dash", 3), ("dong", 2), ("floor", 1), ("nounit", 1)],
        grp=[("canon", 4), ("she", 2), ("cn", 1), ("grp_only", 1), ("no_only", 1)],
        phone_fmt=[("plain", 6), ("dash", 1), ("space", 1)], spaces=[(False, 3), (True, 1)],
        p_variant=0.15, p_short=0.08, p_form=0.07, p_homo=0.04, p_patr=0.02, p_note=0.04, p_space=0.02,
        p_namephone=0.006, p_idtypo=0.02, p_phtypo=0.025, p_phmulti=0.05, p_phhouse=0.1, p_landline=0.06,
        p_dobself=0.7, p_alias=0.12, p_old=0.05, dup=0.07, sparse=0.09,
        sparse_kinds=[("name", 3), ("name_gender", 3), ("phone", 2), ("name_phone", 2)], dead_keep=0.1)),
    ("floating_pop", "流动人口及出租房屋登记", dict(
        year=2024, ops=2, f_phone=0.95, dob_fmt=[("iso", 1), ("compact", 1)],
        prefix=[("town", 3), ("none", 2)], flat=[("dash", 3), ("canon", 2), ("hash", 1)],
        p_variant=0.08, p_hukou=0.15, p_idtypo=0.015, dup=0.05, dead_keep=0.0, p_stale=0.1)),
    ("dibao", "低保/特困供养人员花名册", dict(
        year=2023, ops=2, f_phone=0.55, collects="name id phone gender addr dob",
        dob_fmt=[("compact", 2), ("serial", 1)], f_dob=0.4, prefix=[("town", 2), ("none", 1)],
        grp=[("canon", 3), ("she", 1)], id_mode=[("e000", 1), ("sci", 1), ("plain", 2)],
        p_id15=0.08, p_variant=0.05, dead_keep=0.35, dup=0.02, p_kin=0.2)),
    ("disability", "残疾人名册（残联两项补贴）", dict(
        year=2022, ops=2, f_phone=0.8, dob_fmt=[("cn", 1), ("serial", 1)], prefix=[("banner", 2), ("town", 2)],
        id_mode=[("plain", 1)], p_kin=0.3, dead_keep=0.3, dup=0.02)),
    ("elderly_care", "高龄津贴/养老服务对象台账", dict(
        year=2024, ops=3, f_id=0.85, dob_fmt=[("age", 4), ("iso", 1), ("compact", 1), ("y", 1)],
        gender_fmt=[("cn", 3), ("code", 1)], prefix=[("none", 2), ("town", 2)],
        grp=[("canon", 2), ("she", 1), ("grp_only", 1)], p_kin=0.4, p_form=0.05, p_variant=0.1,
        p_short=0.05, p_note=0.02, p_dobself=0.8, p_phmulti=0.06, p_landline=0.15, dead_keep=0.4,
        dup=0.03)),
    ("family_doctor", "家庭医生签约服务（基层卫生信息系统）", dict(
        year=2023, ops=2, f_id=0.93, dob_fmt=[("iso", 3), ("slash", 1)], gender_fmt=[("cn", 2), ("code", 1)],
        prefix=[("banner", 1), ("town", 2), ("full", 1)], p_variant=0.06, p_kin=0.15, dead_keep=0.25,
        dup=0.03, p_phhouse=0.08)),
    ("vaccination", "预防接种登记（儿童/老年人）", dict(
        year=2024, ops=2, f_id=0.6, f_dob=1.0, dob_fmt=[("iso", 3), ("compact", 1)],
        gender_fmt=[("cn", 1)], prefix=[("town", 1), ("none", 1)], p_idrel=0.02, p_variant=0.08,
        dup=0.03, dead_keep=0.05)),
    ("grassland_subsidy", "草原生态保护补助奖励发放名册", dict(
        year=2021, ops=3, collects="name id phone addr gender", f_phone=0.7, f_gender=0.6,
        prefix=[("none", 3), ("town", 1)], grp=[("canon", 3), ("she", 2), ("cn", 1)],
        id_mode=[("e000", 1), ("plain", 2), ("apos", 1)], p_id15=0.25, p_variant=0.06, p_surdrop=0.35,
        p_phstale=0.15, p_old=0.08, p_alias=0.08, dead_keep=0.6, dup=0.03, p_note=0.02)),
    ("livestock_insurance", "政策性牲畜保险投保清单", dict(
        year=2023, ops=2, collects="name id phone addr", f_phone=0.85,
        prefix=[("none", 2), ("town", 1)], grp=[("canon", 2), ("grp_only", 1)],
        id_mode=[("sci", 1), ("plain", 1)], p_id15=0.1, p_variant=0.1, p_idtypo=0.02, dead_keep=0.2,
        dup=0.03)),
    ("party_members", "党员信息管理系统", dict(
        year=2022, ops=1, dob_fmt=[("ym", 1)], gender_fmt=[("cn", 1)], f_phone=0.95,
        prefix=[("none", 1)], flat=[("none", 1)], grp=[("none", 1)], p_variant=0.02, p_habit=0.0,
        dead_keep=0.2, dup=0.01)),
    ("volunteers", "志愿服务平台注册（志愿汇）", dict(
        year=2023, ops=1, collects="name phone gender dob id", f_id=0.35, f_dob=0.5,
        dob_fmt=[("iso", 1)], gender_fmt=[("cn", 2), ("mf", 1)], p_variant=0.12, p_roman=0.025,
        p_space=0.03, sparse=0.25, sparse_kinds=[("name_phone", 3), ("name", 1), ("phone", 1)],
        dead_keep=0.0, dup=0.05)),
    ("property_mgmt", "物业收费/业主登记", dict(
        year=2024, ops=4, collects="name phone addr", f_name=0.55, prefix=[("none", 1)],
        flat=[("dash", 4), ("canon", 1), ("hash", 1), ("dong", 1)], comm=[(False, 1)],
        p_variant=0.05, p_phmulti=0.04, p_landline=0.05, p_phhouse=0.1, sparse=0.45, p_hukou=0.0, p_stale=0.0,
        sparse_kinds=[("flat_phone", 3), ("phone", 1)], dup=0.06, dead_keep=0.3)),
    ("school_enrolment", "中小学/幼儿园入学登记", dict(
        year=2024, ops=2, f_id=0.95, dob_fmt=[("iso", 2), ("compact", 1)], p_idrel=0.025,
        p_variant=0.05, p_stale=0.03, dup=0.02, dead_keep=0.0)),
    ("social_insurance", "城乡居民养老/医疗保险参保名单", dict(
        year=2022, ops=2, f_phone=0.8, id_mode=[("mask64", 1), ("plain", 1)],
        dob_fmt=[("compact", 2), ("us", 1)], prefix=[("town", 1), ("banner", 1)], p_phstale=0.1, p_variant=0.03,
        dead_keep=0.15, dup=0.02)),
    ("ebike", "电动自行车登记上牌", dict(
        year=2023, ops=1, collects="name id phone addr", f_id=0.9,
        id_mode=[("plain", 2), ("mask64", 1)], prefix=[("none", 1)], flat=[("dash", 2), ("canon", 1)],
        p_variant=0.08, sparse=0.05, sparse_kinds=[("phone", 1)], dead_keep=0.05, dup=0.03)),
    ("snow_evacuation", "白灾应急避险转移登记", dict(
        year=2023, ops=4, drift=0.12, collects="name phone dob gender addr id", f_id=0.3, f_phone=0.8,
        dob_fmt=[("age", 3), ("y", 1), ("iso", 1)], gender_fmt=[("cn", 1)], prefix=[("none", 1)],
        grp=[("canon", 2), ("grp_only", 2), ("none", 1)], p_kin=0.45, p_variant=0.15, p_short=0.1,
        p_form=0.05, p_phmulti=0.06, p_dobself=0.8, sparse=0.18,
        sparse_kinds=[("name", 2), ("phone", 1), ("name_phone", 2)], dup=0.06, dead_keep=0.1)),
    ("naadam", "那达慕大会报名（摔跤/赛马/射箭）", dict(
        year=2024, ops=2, collects="name phone gender dob id", f_id=0.5, dob_fmt=[("age", 2), ("iso", 1)],
        gender_fmt=[("cn", 2), ("mf", 1)], p_variant=0.15, p_roman=0.12, p_cyr=0.015, p_short=0.05,
        p_space=0.03, sparse=0.1, sparse_kinds=[("name_gender", 2), ("name_phone", 1)], dup=0.05,
        dead_keep=0.0)),
    ("voter_roll", "嘎查村民委员会选民名册", dict(
        year=2020, ops=3, collects="name gender dob addr", dob_fmt=[("age", 2), ("compact", 1), ("y", 1)],
        gender_fmt=[("cn", 1)], prefix=[("none", 1)], grp=[("grp_only", 1)], p_variant=0.08,
        p_habit=0.2, p_surdrop=0.4, p_dobself=0.4, dup=0.01, dead_keep=0.0, addr_source="hukou")),
]


def app_select(key, p, h, a):
    """Probability that person p (aged a when the ledger was made) is listed by app key."""
    kind = h["kind"]
    local = kind != "migrant"
    rural = kind in ("gacha", "past", "eco")
    if key == "hukou":
        return 0.9 if local else 0.0
    if key == "grid_visit":
        return 0.15 if p["status"] == "away" else 0.5
    if key == "floating_pop":
        return 0.85 if not local else 0.0
    if key == "dibao":
        return 0.9 if h["dibao"] else 0.0
    if key == "disability":
        return 0.85 if p["disabled"] else 0.0
    if key == "elderly_care":
        return 0.0 if a < 60 else (0.45 if a < 80 else 0.9)
    if key == "family_doctor":
        if p["status"] == "away":
            return 0.05
        if a >= 65 or p["disabled"]:
            return 0.7
        return 0.5 if a < 7 else 0.24
    if key == "vaccination":
        return 0.85 if a <= 14 else (0.25 if a >= 60 else 0.0)
    if key == "grassland_subsidy":
        if not rural:
            return 0.0
        f = 0.35 if (h["addr"]["t"] == "gacha" and T.GACHAS[h["addr"]["g"]][6]) else 1.0
        if p["role"] == "head":
            return 0.82 * f
        if p["role"] == "spouse":
            return 0.3 * f
        return (0.07 if a >= 18 else 0.03) * f
    if key == "livestock_insurance":
        if kind not in ("gacha", "past"):
            return 0.0
        return 0.55 if p["role"] == "head" else (0.06 if a >= 18 else 0.0)
    if key == "party_members":
        return 0.95 if p["party"] else 0.0
    if key == "volunteers":
        if p["status"] == "away" or a < 16 or a > 65:
            return 0.0
        base = 0.11 if kind in ("flat", "bung") else 0.03
        return min(1.0, base + (0.3 if p["party"] else 0))
    if key == "property_mgmt":
        if h["addr"]["t"] != "flat":
            return 0.0
        return 0.85 if p["role"] == "head" else (0.3 if p["role"] == "spouse" else (0.1 if a >= 18 else 0.0))
    if key == "school_enrolment":
        return 0.82 if 3 <= a <= 17 else 0.0
    if key == "social_insurance":
        if a < 16:
            return 0.0
        return 0.3 if a < 60 else 0.35
    if key == "ebike":
        if a < 18 or a > 72 or p["status"] == "away":
            return 0.0
        return 0.14 if kind in ("flat", "bung", "eco", "migrant") else 0.04
    if key == "snow_evacuation":
        if kind == "past":
            return 0.8
        if kind == "gacha":
            return 0.35 if (a >= 65 or a < 7 or p["disabled"]) else 0.12
        return 0.0
    if key == "naadam":
        if p["status"] == "away" or a < 14 or a > 58:
            return 0.0
        if p["eth"] == "mongol":
            return 0.14 if p["sex"] == "m" else 0.05
        return 0.03 if p["sex"] == "m" else 0.01
    if key == "voter_roll":
        return 0.55 if (rural and a >= 18 and local) else 0.0
    return 0.0


# ----------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------
class Renderer:
    def __init__(self, W, rng):
        self.W = W
        self.rng = rng
        self.P = W.persons

    # -------- name
    def name(self, cfg, st, p, ref, tags, dead):
        rng = self.rng
        comps = None
        if p["style"] == "H":
            sur, body = p["sur"], p["given"]
        else:
            comps = list(p["comps"])
            if p["habit"] and rng.random() < cfg["p_habit"]:
                comps = list(p["habit"])
                tags.append("name_variant")
            if rng.random() < cfg["p_variant"]:
                i = rng.randrange(len(comps))
                base = p["comps"][i]
                alts = [x for x in T.MCOMP[base][3] if x != comps[i]]
                if alts:
                    comps[i] = rng.choice(alts)
                    if "name_variant" not in tags:
                        tags.append("name_variant")
            if len(comps) >= 2 and rng.random() < cfg["p_short"]:
                comps = [comps[0]] if rng.random() < 0.8 else [comps[-1]]
                tags.append("name_short")
            body = "".join(comps)
            sur = ""
            if p["style"] == "SM":
                if p["off_sur"]:
                    sur = p["sur"]
                    if rng.random() < cfg["p_surdrop"]:
                        sur = ""
                        tags.append("name_surname_dropped")
                elif rng.random() < cfg["p_suradd"]:
                    sur = p["sur"]
                    tags.append("name_surname_added")
            elif rng.random() < cfg["p_patr"]:
                body = p["patr"] + "·" + body
                tags.append("name_patronym")
        name = sur + body
        if rng.random() < cfg["p_homo"]:
            pos = [i for i, c in enumerate(name) if c in T.HOMOPHONES]
            if p["style"] != "H":
                pos = [i for i in pos if i < len(sur)]     # only the Han surname part
            if pos:
                i = rng.choice(pos)
                name = name[:i] + rng.choice(T.HOMOPHONES[name[i]]) + name[i + 1:]
                tags.append("name_homophone")
        if comps and rng.random() < cfg["p_roman"] + cfg["p_cyr"]:
            rom = self.romanise(cfg, p, comps, sur)
            if rom:
                name, tag = rom
                tags.append(tag)
        age = age_at(p["birth"], ref)
        if rng.random() < cfg["p_form"] and age >= 30 and not name.isascii():
            x = rng.random()
            if age >= 60:
                forms = T.ADDR_FORMS_OLD_M if p["sex"] == "m" else T.ADDR_FORMS_OLD_F
                if p["style"] != "H" and rng.random() < 0.25:
                    forms = T.MONGOL_KIN_M if p["sex"] == "m" else T.MONGOL_KIN_F
            else:
                forms = T.ADDR_FORMS_MID_M if p["sex"] == "m" else T.ADDR_FORMS_MID_F
            if x < 0.3 and (sur or p["style"] == "H"):
                name = "老" + (sur or p["sur"])
            elif x < 0.45 and not sur and comps:
                name = "老" + name[0] if age >= 50 else "小" + name[0]
            elif x < 0.7:
                name = (sur or "") + (body if len(body) <= 3 else body[:2]) + rng.choice(forms)
            else:
                name = name + rng.choice(forms)
            tags.append("name_address_form")
        if rng.random() < cfg["p_space"]:
            x = rng.random()
            if x < 0.4 and len(name) >= 2:
                name = name[0] + " " + name[1:]
            elif x < 0.7:
                name = name + " "
            else:
                name = " " + name if rng.random() < 0.5 else name.replace(name[-1], name[-1] + "\u3000", 1)
            tags.append("name_space")
        if dead and rng.random() < 0.15:
            name += rng.choice(["（已故）", "(已故)", "(死亡)", "（已去世）"])
            tags.append("name_note")
        elif rng.random() < cfg["p_note"]:
            notes = ["(户主)", "（户主）", "（本人）"]
            if p["status"] == "away":
                notes += ["(外出)", "（外出务工）"]
            name += rng.choice(notes)
            tags.append("name_note")
        if rng.random() < cfg["p_namephone"] and p["phone"]:
            name += rng.choice(["", " ", "/"]) + p["phone"]
            tags.append("name_with_phone")
        return name

    def romanise(self, cfg, p, comps, sur):
        """Latin (Mongolian-style or Chinese pinyin) or Cyrillic spelling of a Mongolian name."""
        rng = self.rng
        if rng.random() < cfg["p_cyr"] / max(1e-9, cfg["p_roman"] + cfg["p_cyr"]):
            forms = [T.MCOMP[c][5] if c in T.MCOMP else "" for c in p["comps"]]
            if not all(forms):
                return None
            s = "".join(f.lower() for f in forms)
            return s[0].upper() + s[1:], "name_cyrillic"
        x = rng.random()
        if x < 0.45:                         # Mongolian-style latin: Baatar, Ochirbat, Munkhbayar
            forms = [T.MCOMP[c][4] if c in T.MCOMP else "" for c in p["comps"]]
            if not all(forms):
                return None
            s = "".join(f.lower() for f in forms)
            s = s[0].upper() + s[1:]
        else:                                # pinyin of the Chinese transcription: Bateer / Bater
            src = "".join(comps)
            if not all(c in T.PINYIN for c in src + sur):
                return None
            s = "".join(T.PINYIN[c] for c in src)
            if rng.random() < 0.5:
                s = s.replace("eer", "er").replace("aer", "ar")
            s = s[0].upper() + s[1:]
            if sur and rng.random() < 0.6:
                s = T.PINYIN[sur].capitalize() + " " + s
            if x > 0.85:
                s = s.upper()                # passport / bank style
        return s, "name_romanised"

    def title_name(self, p, tags):
        rng = self.rng
        x = rng.random()
        s = p["sur"] if p["sur"] else (p["comps"][0][0] if p["comps"] else "")
        if x < 0.55 and s:
            tags.append("name_title")
            return s + ("先生" if p["sex"] == "m" else rng.choice(["女士", "女士", "姐"]))
        return None

    # -------- id
    def idnum(self, cfg, st, p, tags, key):
        rng = self.rng
        v = p["id18"]
        if cfg["p_idrel"] and rng.random() < cfg["p_idrel"]:
            par = [self.P[j] for j in (p["father"], p["mother"]) if j is not None]
            if par:
                v = par[0]["id18"]
                tags.append("id_relative")
        if v == p["id18"] and p["id15"] and rng.random() < cfg["p_id15"]:
            v = p["id15"]
            tags.append("id_15")
        if key == "disability" and p["dis_cat"] and rng.random() < 0.35:
            v = v + p["dis_cat"]
            tags.append("id_disability_cert")
        x = rng.random()
        if x < cfg["p_idtypo"]:
            i = rng.randrange(min(len(v), 17))
            d = rng.choice([c for c in "0123456789" if c != v[i]])
            v = v[:i] + d + v[i + 1:]
            tags.append("id_typo")
        elif x < cfg["p_idtypo"] + cfg["p_idtrans"]:
            i = rng.randrange(6, min(len(v), 17) - 1)
            if v[i] != v[i + 1]:
                v = v[:i] + v[i + 1] + v[i] + v[i + 2:]
                tags.append("id_transpose")
        elif x < cfg["p_idtypo"] + cfg["p_idtrans"] + cfg["p_idtrunc"]:
            i = rng.randrange(len(v))
            v = v[:i] + v[i + 1:]
            tags.append("id_truncated")
        mode = st["id_mode"]
        if mode in ("sci", "e000") and v.isdigit() and len(v) >= 15 and rng.random() < 0.9:
            if mode == "sci":
                v = "%.5E" % float(int(v))
                v = v.replace("E+0", "E+")
                tags.append("id_sci")
            elif len(v) >= 16:
                v = v[:15] + "0" * (len(v) - 15)
                tags.append("id_excel000")
        elif mode == "mask64" and len(v) >= 15:
            v = v[:6] + "*" * (len(v) - 10) + v[-4:]
            tags.append("id_masked")
        elif mode == "apos":
            v = "'" + v
            tags.append("id_apostrophe")
        if v.endswith("X") and rng.random() < cfg["p_lowx"]:
            v = v[:-1] + "x"
            tags.append("id_lower_x")
        if rng.random() < cfg["p_idfw"]:
            v = fw(v)
            tags.append("id_fullwidth")
        elif rng.random() < cfg["p_idspace"] and len(v) == 18:
            v = v[:6] + " " + v[6:14] + " " + v[14:]
            tags.append("id_spaced")
        return v

    # -------- phone
    def phone(self, cfg, st, p, h, year, tags):
        rng = self.rng
        num, kind = "", "mobile"
        if p["phone"]:
            num = p["phone"]
            if p["phone_old"] and (year < p["phone_change"] or rng.random() < cfg["p_phstale"]):
                num = p["phone_old"]
                tags.append("phone_old")
            if rng.random() < cfg["p_phhouse"]:
                sp = [self.P[i] for i in h["members"] if self.P[i] is not p and self.P[i]["phone"] and
                      {self.P[i]["role"], p["role"]} in ({"head", "spouse"}, {"child", "child_spouse"})]
                if sp:
                    num = sp[0]["phone"]
                    tags.append("phone_household")
            if p["age"] >= 60 and p["kin"] and rng.random() < cfg["p_kin"]:
                num = p["kin"]
                tags.append("phone_relative")
        elif p["contact"] and rng.random() < max(cfg["p_contact"], cfg["p_kin"]):
            num = p["contact"]
            tags.append({"guardian": "phone_guardian", "spouse": "phone_household"}.get(
                p["contact_kind"], "phone_relative"))
        if h["landline"] and rng.random() < (cfg["p_landline"] if num else cfg["p_landline"] * 5):
            num, kind = h["landline"], "land"
            tags.append("phone_landline")
        if not num:
            return None
        # keystroke errors
        x = rng.random()
        if x < cfg["p_phtypo"]:
            i = rng.randrange(3, len(num))
            num = num[:i] + rng.choice([c for c in "0123456789" if c != num[i]]) + num[i + 1:]
            tags.append("phone_typo")
        elif x < cfg["p_phtypo"] + cfg["p_phtrans"]:
            i = rng.randrange(3, len(num) - 1)
            if num[i] != num[i + 1]:
                num = num[:i] + num[i + 1] + num[i] + num[i + 2:]
                tags.append("phone_transpose")
        elif x < cfg["p_phtypo"] + cfg["p_phtrans"] + cfg["p_phlen"]:
            i = rng.randrange(3, len(num))
            num = num[:i] + num[i + 1:] if rng.random() < 0.7 else num[:i] + num[i] + num[i:]
            tags.append("phone_length")
        if kind == "land":
            y = rng.random()
            out = ("0475-" + num) if y < 0.5 else (("0475" + num) if y < 0.7 else num)
        else:
            f = st["phone_fmt"]
            if rng.random() < 0.02:
                f = "cc"
            if f == "dash" and len(num) == 11:
                out = "%s-%s-%s" % (num[:3], num[3:7], num[7:])
                tags.append("phone_fmt")
            elif f == "space" and len(num) == 11:
                out = "%s %s %s" % (num[:3], num[3:7], num[7:])
                tags.append("phone_fmt")
            elif f == "cc":
                out = rng.choice(["+86 ", "+86", "86", "+86-"]) + num
                tags.append("phone_cc")
            else:
                out = num
            if st["id_mode"] == "sci" and out.isdigit() and rng.random() < 0.5:
                out = ("%.5E" % float(out)).replace("E+0", "E+")
                tags.append("phone_sci")
        if rng.random() < cfg["p_phfw"]:
            out = fw(out)
            tags.append("phone_fullwidth")
        if rng.random() < cfg["p_phmulti"]:
            cands = [c for c in (p["kin"], p["contact"], h["landline"] and "0475-" + h["landline"], p["phone_old"])
                     if c and c not in out]
            sp = [self.P[i]["phone"] for i in h["members"] if self.P[i] is not p and self.P[i]["phone"]]
            cands += sp[:1]
            if cands:
                second = rng.choice(cands)
                out = out + rng.choice(["/", "，", ",", " ", "、", ";"]) + second
                tags.append("phone_multi")
        return out

    # -------- birth date
    def dob(self, cfg, st, p, ref, tags):
        rng = self.rng
        d = p["birth"]
        if p["birth_self"] and rng.random() < cfg["p_dobself"]:
            d = p["birth_self"]
            tags.append("dob_uncertain")
        x = rng.random()
        if x < cfg["p_dobtypo"]:
            for _ in range(10):
                y = d.year + rng.choice([-10, -1, 1, 10]) if rng.random() < 0.5 else d.year
                try:
                    nd = dt.date(y, d.month, rng.randint(1, 28)) if y == d.year else dt.date(y, d.month, d.day)
                except ValueError:
                    continue
                if nd != d:
                    d = nd
                    tags.append("dob_typo")
                    break
        elif x < cfg["p_dobtypo"] + cfg["p_dobswap"] and d.day <= 12 and d.day != d.month:
            d = dt.date(d.year, d.day, d.month)
            tags.append("dob_swap")
        f = st["dob_fmt"]
        if f == "iso":
            return d.isoformat()
        if f == "age":
            tags.append("dob_age")
            a = age_at(d, ref) if rng.random() < 0.7 else ref.year - d.year
            return str(a) + ("岁" if rng.random() < 0.4 else "")
        if f == "serial":
            tags.append("dob_serial")
            return str((d - dt.date(1899, 12, 30)).days)
        if f in ("ym", "y"):
            tags.append("dob_partial")
            if f == "y":
                return str(d.year)
            return rng.choice(["%d.%02d" % (d.year, d.month), "%d-%02d" % (d.year, d.month),
                               "%d年%d月" % (d.year, d.month)])
        tags.append("dob_fmt")
        return {"compact": d.strftime("%Y%m%d"), "slash": "%d/%d/%d" % (d.year, d.month, d.day),
                "cn": "%d年%d月%d日" % (d.year, d.month, d.day), "dot": d.strftime("%Y.%m.%d"),
                "us": "%d/%d/%d" % (d.month, d.day, d.year)}[f]

    def gender(self, cfg, st, p, tags):
        rng = self.rng
        s = p["sex"]
        if rng.random() < cfg["p_gwrong"]:
            s = "f" if s == "m" else "m"
            tags.append("gender_wrong")
        f = st["gender_fmt"]
        if f != "cn":
            tags.append("gender_fmt")
        return {"cn": {"m": "男", "f": "女"}, "cnx": {"m": "男性", "f": "女性"}, "code": {"m": "1", "f": "2"},
                "mf": {"m": "M", "f": "F"}}[f][s]

    def address(self, cfg, st, p, h, year, tags):
        rng = self.rng
        a = h["addr"]
        if cfg["addr_source"] == "hukou" and h["hukou"] is not h["addr"]:
            a = h["hukou"]
            tags.append("addr_hukou")
        elif h["prev"] is not None and (year < h["move"] or rng.random() < cfg["p_stale"]):
            a = h["prev"]
            tags.append("addr_stale")
        elif h["hukou"] is not h["addr"] and rng.random() < cfg["p_hukou"]:
            a = h["hukou"]
            tags.append("addr_hukou")
        return addr_text(a, st, rng, tags, self.W, oldpart=h["oldpart"] and a is h["addr"])


def make_styles(cfg, rng):
    st = {}
    for k in ("dob_fmt", "gender_fmt", "prefix", "flat", "grp", "phone_fmt", "id_mode", "comm", "spaces"):
        st[k] = wpick(rng, cfg[k])
    st["p_alias"] = cfg["p_alias"]
    st["p_old"] = cfg["p_old"]
    return st


def loc_index(h):
    a = h["addr"]
    if a["t"] in ("flat", "bung"):
        return a["c"]
    if a["t"] in ("gacha", "past"):
        return 3 + a["g"]
    return 3 + len(T.GACHAS)


def generate(n_people, seed):
    rng = random.Random(seed)
    W = World(rng, load_divisions(find_divisions()), n_people / 20000.0)
    W.build(n_people)
    R = Renderer(W, rng)
    P = W.persons
    hh_by_id = {h["hid"]: h for h in W.hh}
    records = []
    for ai, (key, cn, over) in enumerate(APPS):
        cfg = dict(DEFAULT)
        cfg.update(over)
        collects = cfg["collects"].split()
        ops = [make_styles(cfg, rng) for _ in range(cfg["ops"])]
        year = cfg["year"]
        ref = dt.date(year, 6, 30)
        for p in P:
            h = hh_by_id[p["hid"]]
            if p["birth"] > ref:
                continue
            prob = app_select(key, p, h, age_at(p["birth"], ref))
            if prob <= 0:
                continue
            dead = p["status"] == "deceased" and p["death"] <= ref
            if dead:
                prob *= cfg["dead_keep"]
            if rng.random() >= prob:
                continue
            n = 1
            while rng.random() < cfg["dup"] and n < 4:
                n += 1
            op = ops[(loc_index(h) + ai) % len(ops)]
            for k in range(n):
                records.append(render_record(R, key, cfg, collects, op, p, h, ref, dead, k > 0))
    return W, records


def render_record(R, key, cfg, collects, op, p, h, ref, dead, dup):
    rng = R.rng
    tags = []
    st = op
    if rng.random() < cfg["drift"]:
        st = make_styles(cfg, rng)
    if dup:
        tags.append("dup_in_source")
    if dead:
        tags.append("deceased")
    keep = list(collects)
    if cfg["sparse"] and rng.random() < cfg["sparse"]:
        kind = wpick(rng, cfg["sparse_kinds"])
        keep = {"name": ["name"], "name_gender": ["name", "gender"], "phone": ["phone"],
                "name_phone": ["name", "phone"], "flat_phone": ["addr", "phone"]}[kind]
        keep = [f for f in keep if f in collects]
        tags.append("sparse")
    sparse = "sparse" in tags
    out = {"name": "", "id": "", "phone": "", "dob": "", "gender": "", "addr": ""}
    a = age_at(p["birth"], ref)
    for f in ("name", "id", "phone", "dob", "gender", "addr"):
        if f not in keep:
            continue
        fill = cfg["f_" + f]
        if f == "id" and key == "vaccination" and a < 7:
            fill = 0.45
        if not sparse and rng.random() >= fill:
            tags.append(f + "_missing")
            continue
        if f == "name":
            v = None
            if key == "property_mgmt":
                v = R.title_name(p, tags)
            out["name"] = v if v is not None else R.name(cfg, st, p, ref, tags, dead)
        elif f == "id":
            out["id"] = R.idnum(cfg, st, p, tags, key)
        elif f == "phone":
            v = R.phone(cfg, st, p, h, ref.year, tags)
            if v is None:
                if not sparse:
                    tags.append("phone_missing")
            else:
                out["phone"] = v
        elif f == "dob":
            out["dob"] = R.dob(cfg, st, p, ref, tags)
        elif f == "gender":
            if rng.random() < 0.004:
                out["gender"] = "未知" if rng.random() < 0.5 else "?"
                tags.append("gender_missing")
            else:
                out["gender"] = R.gender(cfg, st, p, tags)
        elif f == "addr":
            out["addr"] = R.address(cfg, st, p, h, ref.year, tags)
    if sparse and not any(out.values()):
        # the one kept field happened to be unavailable (e.g. no phone): keep the name instead
        out["name"] = R.name(cfg, st, p, ref, tags, dead)
    # de-duplicate tag list, keep order
    seen = []
    for t in tags:
        if t not in seen:
            seen.append(t)
    return {"pid": p["pid"], "source": key, "f": out, "tags": seen}


# ----------------------------------------------------------------------------
# output
# ----------------------------------------------------------------------------
def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--meta")
    args = ap.parse_args()
    W, records = generate(args.people, args.seed)
    rng = random.Random("shuffle-%d" % args.seed)
    rng.shuffle(records)
    os.makedirs(args.out, exist_ok=True)
    width = max(7, len(str(len(records))))
    rows, truth, meta = [], [], []
    for i, r in enumerate(records):
        rid = "R%0*d" % (width, i + 1)
        f = r["f"]
        rows.append([rid, r["source"], f["name"], f["id"], f["phone"], f["dob"], f["gender"], f["addr"]])
        truth.append([rid, r["pid"]])
        meta.append([rid, r["pid"], r["source"], ";".join(r["tags"])])
    write_csv(os.path.join(args.out, "residents.csv"),
              ["record_id", "source", "name", "id_number", "phone", "birth_date", "gender", "address"], rows)
    write_csv(os.path.join(args.out, "truth.csv"), ["record_id", "person_id"], truth)
    if args.meta:
        os.makedirs(args.meta, exist_ok=True)
        write_csv(os.path.join(args.meta, "records_meta.csv"), ["record_id", "person_id", "source", "noise"], meta)
        hh = {h["hid"]: h for h in W.hh}
        prow = []
        for p in W.persons:
            h = hh[p["hid"]]
            prow.append([
                p["pid"], p["hid"], p["role"], official_name(p), alt_name(p), "".join(p["habit"]),
                p["eth"], {"m": "男", "f": "女"}[p["sex"]], p["birth"].isoformat(),
                p["birth_self"].isoformat() if p["birth_self"] else "", p["id18"], p["id15"],
                p["phone"], p["phone_old"], p["phone_change"] or "", p["contact"], p["contact_kind"], h["landline"],
                h["kind"], canonical_addr(h["addr"], W),
                canonical_addr(h["prev"], W) if h["prev"] else "", h["move"] or "",
                canonical_addr(h["hukou"], W), p["status"], p["death"].isoformat() if p["death"] else "",
                int(p["disabled"]), int(p["party"]), int(h["dibao"]),
                P_ID(W, p["father"]), P_ID(W, p["mother"])])
        write_csv(os.path.join(args.meta, "persons.csv"),
                  ["person_id", "household_id", "role", "name", "name_alt", "name_habit", "ethnicity", "gender",
                   "birth_date", "birth_date_self", "id_number", "id15", "phone", "old_phone",
                   "phone_change_year", "contact_phone", "contact_kind", "landline", "residence_kind", "address",
                   "prev_address", "move_year", "hukou_address", "status", "death_date", "disabled",
                   "party_member", "dibao_household", "father_id", "mother_id"], prow)
    n = len(records)
    print("people=%d households=%d records=%d (%.2f per person)" % (len(W.persons), len(W.hh), n,
                                                                   n / max(1, len(W.persons))))


def P_ID(W, idx):
    return W.persons[idx]["pid"] if idx is not None else ""


if __name__ == "__main__":
    main()
