#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic resident ledgers of one Urumqi street office (水磨沟区 六道湾街道, 650105002).

gen.py --people N --seed S --out DIR [--meta METADIR]

Standard library only.  Same seed -> byte-identical output.
"""
import argparse
import csv
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tables as T  # noqa: E402

AS_OF = dt.date(2026, 6, 30)
EXCEL_EPOCH = dt.date(1899, 12, 30)
FW = str.maketrans("0123456789Xx-", "０１２３４５６７８９Ｘｘ－")
CN_DIG = "〇一二三四五六七八九"


# ====================================================================== divisions
def division_dir():
    for var in ("GRIDGOV_DIVISIONS", "DIVISIONS_DIR"):
        v = os.environ.get(var)
        if v:
            return v
    d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                     "shared", "data", "divisions")
    if os.path.isdir(d):
        return d
    return "/work/shared/data/divisions"


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class Divisions:
    def __init__(self, d):
        self.prov = {r["code"]: r["name"] for r in read_csv(os.path.join(d, "provinces.csv"))}
        self.city = {r["code"]: r["name"] for r in read_csv(os.path.join(d, "cities.csv"))}
        self.area = {}
        for r in read_csv(os.path.join(d, "areas.csv")):
            self.area[r["code"]] = (r["name"], r["cityCode"], r["provinceCode"])
        self.towns = {}
        self.street_name = None
        for r in read_csv(os.path.join(d, "streets.csv")):
            self.towns.setdefault(r["areaCode"], []).append(r["name"])
            if r["code"] == T.STREET_CODE:
                self.street_name = r["name"]
        if self.street_name != T.STREET_NAME:
            raise SystemExit("street %s not found in %s" % (T.STREET_CODE, d))
        self.area_codes = sorted(self.area)

    def areas_with_prefix(self, pref):
        if len(pref) == 6:
            return [pref] if pref in self.area else []
        return [c for c in self.area_codes if c.startswith(pref) and not c.endswith("00")
                and "市辖区" not in self.area[c][0]]

    def full_name(self, code):
        name, cc, pc = self.area[code]
        cname = self.city.get(cc, "")
        if cname in ("自治区直辖县级行政区划", "省直辖县级行政区划", "县"):
            cname = ""
        return self.prov.get(pc, ""), cname, name


# ====================================================================== helpers
def zipf_pick(rng, items, s=0.9):
    w = [1.0 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights=w)[0]


def wpick(rng, pairs):
    items = [p[0] for p in pairs]
    w = [p[1] for p in pairs]
    return rng.choices(items, weights=w)[0]


def check_char(id17):
    wts = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(id17, wts))
    return "10X98765432"[s % 11]


def age_of(b, on=AS_OF):
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def rand_date(rng, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def birth_for_age(rng, lo, hi):
    age = rng.randint(lo, hi)
    d = AS_OF.replace(year=AS_OF.year - age - 1).toordinal() + rng.randint(1, 365)
    return dt.date.fromordinal(d)


# ====================================================================== people
class Person:
    __slots__ = ("pid", "hh", "eth", "gender", "birth", "nk", "surname", "gname", "given",
                 "father", "name", "latin", "id18", "id15", "home_code", "migrant", "bingtuan",
                 "mobile", "mobile2", "old_mobile", "alive", "death", "role", "flags",
                 "disab", "hukou_addr")

    def __init__(self):
        self.flags = []
        self.mobile = self.mobile2 = self.old_mobile = ""
        self.alive = True
        self.death = None
        self.id15 = ""
        self.latin = ""
        self.surname = self.gname = self.given = self.father = ""
        self.disab = ""
        self.hukou_addr = ""

    @property
    def age(self):
        return age_of(self.birth)


class Household:
    __slots__ = ("hid", "members", "eth", "comm", "flat", "prev_flat", "prev_kind", "landline",
                 "renter", "landlord", "migrant", "bingtuan", "group", "kin", "kind", "dibao",
                 "home_area")

    def __init__(self):
        self.members = []
        self.prev_flat = None
        self.prev_kind = ""
        self.landline = ""
        self.renter = False
        self.landlord = None
        self.kin = None
        self.dibao = False


DOT_TABLES = {
    "Uyghur": (T.UY_MALE, T.UY_FEMALE), "Uzbek": (T.UY_MALE, T.UY_FEMALE),
    "Kazakh": (T.KZ_MALE, T.KZ_FEMALE), "Kyrgyz": (T.KZ_MALE, T.KZ_FEMALE),
}
DOT_KEYS = {k: (list(v[0]), list(v[1])) for k, v in DOT_TABLES.items()}
MG_KEYS = (list(T.MONGOL_MALE), list(T.MONGOL_FEMALE))


def name_table(eth):
    if eth in DOT_TABLES:
        m, f = DOT_TABLES[eth]
        d = dict(m)
        d.update(f)
        return d
    if eth == "Mongol":
        d = dict(T.MONGOL_MALE)
        d.update(T.MONGOL_FEMALE)
        return d
    return {}


class World:
    def __init__(self, n, seed, div):
        self.rng = random.Random("world-%d" % seed)
        self.seed = seed
        self.div = div
        self.persons = []
        self.households = []
        self.used_ids = {}
        self.used_phones = {}
        self.home_cache = {}
        self.build_flats()
        self.build(n)

    # ------------------------------------------------------------ flats
    def build_flats(self):
        rng = self.rng
        self.flat_pool = []
        for ei, e in enumerate(T.ESTATES):
            name, kind, ci, ri, gate, nb, nu, nf, rpf = e[:9]
            flats = []
            for b in range(1, nb + 1):
                for u in range(1, nu + 1):
                    for fl in range(1, nf + 1):
                        for k in range(1, rpf + 1):
                            flats.append({"kind": "apt", "estate": ei, "b": b, "u": u,
                                          "fl": fl, "k": k, "comm": ci})
            rng.shuffle(flats)
            w = {"compound": 1.0, "bingtuan": 0.5, "estate": 1.3, "resettle": 1.4}[kind]
            self.flat_pool.append([w, flats])
        bung = []
        for road, ci, nl in T.BUNGALOW_AREAS:
            for lane in range(1, nl + 1):
                for no in range(1, 81):
                    bung.append({"kind": "bung", "road": road, "lane": lane, "no": no, "comm": ci})
        rng.shuffle(bung)
        self.bung_pool = bung

    def take_flat(self, kind=None):
        rng = self.rng
        if self.bung_pool and (kind == "bung" or (kind is None and rng.random() < 0.05)):
            return self.bung_pool.pop()
        cands = [(i, p) for i, p in enumerate(self.flat_pool) if p[1]]
        if kind:
            c2 = [(i, p) for i, p in cands if T.ESTATES[i][1] == kind]
            cands = c2 or cands
        i, p = rng.choices(cands, weights=[c[1][0] for c in cands])[0]
        return p[1].pop()

    # ------------------------------------------------------------ ids / phones
    def home_code(self, group):
        if group == "urumqi":
            return self.rng.choice(T.URUMQI_CODES)
        pref = self.rng.choice(T.HOME_GROUPS[group])
        if pref not in self.home_cache:
            self.home_cache[pref] = self.div.areas_with_prefix(pref) or ["650105"]
        return self.rng.choice(self.home_cache[pref])

    def make_ids(self, p):
        rng = self.rng
        b = p.birth
        while True:
            seq = rng.randint(0, 499) * 2 + (1 if p.gender == "M" else 0)
            seq = max(seq, 1 if p.gender == "M" else 2) % 1000
            body = "%s%s%03d" % (p.home_code, b.strftime("%Y%m%d"), seq)
            if body not in self.used_ids:
                break
        self.used_ids[body] = p
        p.id18 = body + check_char(body)
        if b.year < 1984:
            p.id15 = "%s%s%03d" % (p.home_code, b.strftime("%y%m%d"), seq)

    def new_mobile(self):
        rng = self.rng
        while True:
            if rng.random() < 0.55:
                pre = rng.choice(T.MOBILE_PREFIX_XJ)
            else:
                pre = rng.choice(T.MOBILE_PREFIX_ANY)
            num = pre + "".join(str(rng.randint(0, 9)) for _ in range(11 - len(pre)))
            if num not in self.used_phones:
                self.used_phones[num] = 1
                return num

    def new_landline(self):
        rng = self.rng
        while True:
            num = "0991" + rng.choice(T.LANDLINE_PREFIX) + "%05d" % rng.randint(0, 99999)
            if num not in self.used_phones:
                self.used_phones[num] = 1
                return num

    # ------------------------------------------------------------ names
    def name_dot(self, p, given=None, father=None):
        rng = self.rng
        mk, fk = DOT_KEYS[p.eth]
        p.nk = "dot"
        p.given = given or zipf_pick(rng, mk if p.gender == "M" else fk, 0.6)
        p.father = father or zipf_pick(rng, mk, 0.6)
        p.name = p.given + "·" + p.father
        tab = name_table(p.eth)
        p.latin = tab[p.given][1][0] + " " + tab.get(p.father, ([], ["?"]))[1][0]

    def name_han(self, p, surname=None, era=None):
        rng = self.rng
        p.nk = "han"
        if surname is None:
            pool = {"Hui": T.HUI_SURNAMES, "Xibe": T.XIBE_SURNAMES}.get(p.eth, T.HAN_SURNAMES)
            surname = zipf_pick(rng, pool, 0.7) if p.eth == "Han" else rng.choice(pool)
        by = p.birth.year
        era = "old" if by < 1962 else ("mid" if by < 2000 else "young")
        if rng.random() < 0.15:
            era = rng.choice(["old", "mid", "young"])
        m, f = T.HAN_GIVEN[era]
        p.surname = surname
        if rng.random() < 0.45:
            a, b = T.HAN_CHARS[era][0 if p.gender == "M" else 1]
            p.gname = rng.choice(a) + rng.choice(b)
        else:
            p.gname = zipf_pick(rng, m if p.gender == "M" else f, 0.4)
        p.name = surname + p.gname

    def name_single(self, p):
        p.nk = "single"
        keys = MG_KEYS[0] if p.gender == "M" else MG_KEYS[1]
        p.given = zipf_pick(self.rng, keys, 0.4)
        p.name = p.given
        p.latin = name_table("Mongol")[p.given][1][0]

    def give_name(self, p, father=None, mother=None):
        """name a person, inheriting from father where the culture does"""
        rng = self.rng
        if p.eth in DOT_TABLES:
            fn = father.given if (father is not None and father.nk == "dot") else None
            if fn is None and father is None and p.role == "child":
                fn = zipf_pick(rng, DOT_KEYS[p.eth][0])
            self.name_dot(p, father=fn)
        elif p.eth == "Mongol" and rng.random() < 0.8:
            self.name_single(p)
        else:
            sn = None
            if father is not None and father.nk == "han":
                sn = father.surname if rng.random() > 0.04 else (mother.surname if mother and mother.nk == "han" else None)
            self.name_han(p, surname=sn)

    # ------------------------------------------------------------ households
    def new_person(self, hh, role, gender, lo, hi):
        p = Person()
        p.pid = "P%06d" % (len(self.persons) + 1)
        p.hh = hh
        p.eth = hh.eth
        p.role = role
        p.gender = gender
        p.birth = birth_for_age(self.rng, lo, hi)
        p.migrant = hh.migrant
        p.bingtuan = hh.bingtuan
        self.persons.append(p)
        hh.members.append(p)
        return p

    def build(self, n):
        rng = self.rng
        eth_w = [("Han", 57), ("Uyghur", 22), ("Hui", 9.5), ("Kazakh", 6), ("Mongol", 1.5),
                 ("Kyrgyz", 1.0), ("Xibe", 1.2), ("Uzbek", 0.8)]
        kinds = [("family", 36), ("three_gen", 12), ("old_couple", 14), ("old_alone", 8),
                 ("young_couple", 8), ("single", 8), ("shared", 6), ("single_parent", 4),
                 ("adult_child", 4)]
        while len(self.persons) < n:
            hh = Household()
            hh.hid = "H%05d" % (len(self.households) + 1)
            hh.eth = wpick(rng, eth_w)
            hh.kind = wpick(rng, kinds)
            self.households.append(hh)
            # origin
            mig_p = {"Han": 0.28, "Uyghur": 0.38, "Hui": 0.25, "Kazakh": 0.4, "Mongol": 0.4,
                     "Kyrgyz": 0.6, "Xibe": 0.35, "Uzbek": 0.3}[hh.eth]
            if hh.kind in ("shared", "young_couple", "single"):
                mig_p = min(0.9, mig_p * 1.8)
            if hh.kind in ("old_alone", "old_couple"):
                mig_p *= 0.3
            hh.migrant = rng.random() < mig_p
            hh.bingtuan = hh.eth in ("Han", "Hui") and not hh.migrant and rng.random() < 0.12
            if hh.bingtuan:
                hh.group = "bingtuan"
            elif not hh.migrant:
                hh.group = "urumqi" if rng.random() < 0.75 else {
                    "Han": "han_xj", "Hui": "hui_xj", "Uyghur": "uy_north", "Kazakh": "kz",
                    "Mongol": "mongol", "Kyrgyz": "kyrgyz", "Xibe": "xibe", "Uzbek": "uy_north"}[hh.eth]
            else:
                hh.group = {"Han": "han_inland" if rng.random() < 0.8 else "han_xj",
                            "Hui": "hui_inland" if rng.random() < 0.6 else "hui_xj",
                            "Uyghur": "uy_south" if rng.random() < 0.8 else "uy_north",
                            "Kazakh": "kz", "Mongol": "mongol", "Kyrgyz": "kyrgyz",
                            "Xibe": "xibe", "Uzbek": "uy_south"}[hh.eth]
            self.make_members(hh)
            # flat
            if hh.kind == "shared":
                hh.renter = True
            else:
                hh.renter = rng.random() < (0.62 if hh.migrant else 0.07)
            kind = None
            if hh.bingtuan and rng.random() < 0.6:
                kind = "bingtuan"
            elif not hh.migrant and hh.kind in ("old_couple", "old_alone", "three_gen") and rng.random() < 0.35:
                kind = "compound"
            hh.flat = self.take_flat(kind)
            hh.comm = hh.flat["comm"]
            if hh.flat["kind"] == "apt" and T.ESTATES[hh.flat["estate"]][1] == "resettle" \
                    and rng.random() < 0.45 and not hh.renter and self.bung_pool:
                hh.prev_flat = self.take_flat("bung")
                hh.prev_kind = "resettled"
            elif rng.random() < 0.07:
                hh.prev_flat = self.take_flat()
                hh.prev_kind = "moved"
            has_old = any(m.age >= 60 for m in hh.members)
            if rng.random() < (0.35 if has_old else 0.08) and not hh.renter:
                hh.landline = self.new_landline()
        self.finish()

    def make_members(self, hh):
        rng = self.rng
        k = hh.kind
        minority = hh.eth not in ("Han", "Hui", "Xibe")
        nkids_w = [(1, 45), (2, 35), (3, 15 if minority else 5)]

        def couple(lo, hi):
            h = self.new_person(hh, "head", "M", lo, hi)
            self.give_name(h)
            w = self.new_person(hh, "spouse", "F", max(18, h.age - 8), h.age + 2)
            self.give_name(w)
            return h, w

        def kids(father, mother, n, maxage):
            lo_base = max(mother.age - 40, 0)
            hi_base = min(mother.age - 19, maxage)
            out = []
            for _ in range(n):
                if hi_base < lo_base:
                    break
                c = self.new_person(hh, "child", rng.choice("MF"), lo_base, hi_base)
                self.give_name(c, father=father, mother=mother)
                out.append(c)
            return out

        if k == "family":
            h, w = couple(26, 55)
            kids(h, w, wpick(rng, nkids_w), 25)
        elif k == "three_gen":
            h, w = couple(30, 55)
            kids(h, w, wpick(rng, nkids_w), 20)
            for _ in range(rng.choice([1, 1, 2])):
                g = "M" if rng.random() < 0.4 else "F"
                gp = self.new_person(hh, "parent", g, h.age + 20, min(h.age + 38, 98))
                if g == "M":
                    if h.nk == "dot":
                        self.name_dot(gp, given=h.father)
                    elif h.nk == "han":
                        self.name_han(gp, surname=h.surname)
                    else:
                        self.give_name(gp)
                else:
                    self.give_name(gp)
        elif k == "old_couple":
            couple(60, 92)
        elif k == "old_alone":
            p = self.new_person(hh, "head", "F" if rng.random() < 0.68 else "M", 68, 98)
            self.give_name(p)
        elif k == "young_couple":
            couple(21, 35)
        elif k == "single":
            p = self.new_person(hh, "head", rng.choice("MF"), 20, 62)
            self.give_name(p)
        elif k == "shared":
            for i in range(rng.choice([2, 2, 3, 4])):
                p = self.new_person(hh, "head" if i == 0 else "other", rng.choice("MMF"), 18, 45)
                self.give_name(p)
        elif k == "single_parent":
            m = self.new_person(hh, "head", "F" if rng.random() < 0.8 else "M", 28, 52)
            self.give_name(m)
            if m.gender == "F":
                kids(None, m, wpick(rng, nkids_w), 18)
            else:
                fake_mother = m
                kids(m, fake_mother, wpick(rng, nkids_w), 18)
        elif k == "adult_child":
            h, w = couple(48, 68)
            kids(h, w, 1, 40)

    def finish(self):
        rng = self.rng
        hh_by_eth = {}
        for hh in self.households:
            hh_by_eth.setdefault(hh.eth, []).append(hh)
        for hh in self.households:
            if hh.migrant and hh.group in ("han_inland", "hui_inland", "uy_south"):
                hh.home_area = self.home_code(hh.group)
            else:
                hh.home_area = None
            for p in hh.members:
                if p.role == "child" and p.age < 20 and rng.random() < 0.45:
                    p.home_code = self.home_code("urumqi")
                elif hh.home_area and rng.random() < 0.8:
                    p.home_code = hh.home_area
                else:
                    p.home_code = self.home_code(hh.group)
                self.make_ids(p)
                a = p.age
                pm = 0.6 if a < 18 else 0.97 if a < 60 else 0.82 if a < 70 else 0.55 if a < 80 else 0.28
                if a >= 14 and rng.random() < pm:
                    p.mobile = self.new_mobile()
                    if 20 <= a <= 55 and rng.random() < 0.08:
                        p.mobile2 = self.new_mobile()
                    if a >= 22 and rng.random() < 0.25:
                        p.old_mobile = self.new_mobile()
                if a >= 65 and rng.random() < 0.035 + 0.004 * (a - 65):
                    p.alive = False
                    p.death = rand_date(rng, 2021, 2026)
                    if p.death > AS_OF:
                        p.death = AS_OF - dt.timedelta(days=rng.randint(1, 150))
                    p.flags.append("dead")
                if hh.migrant:
                    p.hukou_addr = self.hukou_address(p.home_code)
                    p.flags.append("migrant")
                if hh.bingtuan:
                    p.flags.append("bingtuan")
                # flags
                dp = 0.02 if a < 60 else 0.06 if a < 80 else 0.13
                if rng.random() < dp:
                    p.flags.append("disabled")
                    p.disab = "%d%d" % (rng.randint(1, 7), rng.randint(1, 4))
                if a >= 18:
                    pp = {"Han": 0.09, "Hui": 0.065, "Xibe": 0.08}.get(p.eth, 0.05) * (1.6 if a >= 60 else 1)
                    if rng.random() < pp:
                        p.flags.append("party")
                if p.gender == "M" and a >= 30 and rng.random() < (0.09 if hh.bingtuan else 0.04):
                    p.flags.append("veteran")
                if (a >= 60 and rng.random() < 0.45) or (40 <= a < 60 and rng.random() < 0.14):
                    p.flags.append("chronic")
                if p.gender == "F" and 21 <= a <= 38 and rng.random() < 0.05:
                    p.flags.append("pregnant")
                if 18 <= a <= 72 and rng.random() < (0.09 if a >= 55 else 0.045):
                    p.flags.append("volunteer")
                if 18 <= a <= 66 and rng.random() < 0.15:
                    p.flags.append("ebike")
            if hh.kind == "old_alone":
                hh.members[0].flags.append("alone")
            dpb = 0.03 + (0.05 if hh.kind in ("old_alone", "single_parent") else 0) \
                + (0.04 if hh.flat["kind"] == "bung" else 0) + (0.02 if hh.eth in ("Uyghur", "Kazakh") else 0)
            hh.dibao = rng.random() < dpb
            # kin: an adult child's household elsewhere in the street
            if hh.kind in ("old_alone", "old_couple") and rng.random() < 0.55:
                cands = hh_by_eth[hh.eth]
                for _ in range(6):
                    o = rng.choice(cands)
                    if o is not hh and o.kind in ("family", "young_couple", "single_parent", "three_gen"):
                        hh.kin = o
                        break
        # landlords: owners elsewhere in the street
        owners = [p for hh in self.households if not hh.renter and hh.flat["kind"] == "apt"
                  for p in hh.members if p.role == "head" and p.age >= 38 and p.alive]
        for hh in self.households:
            if hh.renter and rng.random() < 0.45 and owners:
                hh.landlord = rng.choice(owners)
                hh.landlord.flags.append("landlord")

    def hukou_address(self, code):
        rng = self.rng
        prov, city, county = self.div.full_name(code)
        towns = self.div.towns.get(code) or ["城关镇"]
        town = rng.choice(towns)
        if code.startswith("65") and not code.startswith("6590"):
            vil = rng.choice(T.UY_VILLAGE) + "村"
        elif code.startswith("6590"):
            vil = "%d连" % rng.randint(1, 20)
        else:
            vil = rng.choice(T.VILLAGE_HEAD) + rng.choice(T.VILLAGE_SUFFIX)
        return "%s%s%s%s%s%d组%d号" % (prov, city, county, town, vil, rng.randint(1, 9), rng.randint(1, 80))


# ====================================================================== rendering
class Styler:
    """per-sheet habits: fixed per (app, community, seed), with per-record drift"""

    def __init__(self, seed):
        self.seed = seed
        self.cache = {}

    def sheet(self, app, sheet_key, opts):
        key = (app, sheet_key)
        if key not in self.cache:
            r = random.Random("sheet-%d-%s-%s" % (self.seed, app, sheet_key))
            self.cache[key] = {k: wpick(r, v) for k, v in sorted(opts.items())}
        return self.cache[key]


DOT_CHARS = {"mid": "·", "period": ".", "bullet": "•", "kata": "・", "space": " ", "hyphen": "-",
             "none": "", "fwdot": "．", "under": "_"}


def cn_num(s):
    return "".join(CN_DIG[int(c)] if c.isdigit() else c for c in s)


def cn_small(n):
    units = "零一二三四五六七八九"
    if n < 10:
        return units[n]
    if n < 20:
        return "十" + (units[n % 10] if n % 10 else "")
    return units[n // 10] + "十" + (units[n % 10] if n % 10 else "")


class Renderer:
    def __init__(self, world, seed):
        self.w = world
        self.styler = Styler(seed)

    # ------------------------------------------------------------ names
    def variant(self, rng, eth, key):
        tab = name_table(eth)
        if key in tab and tab[key][0]:
            return rng.choice(tab[key][0])
        return key

    def latin(self, rng, eth, key):
        tab = name_table(eth)
        if key in tab:
            return rng.choice(tab[key][1])
        return key

    def name(self, rng, p, st, cfg, tags):
        hh = p.hh
        if cfg.get("relation", 0) and p.role == "spouse" and rng.random() < cfg["relation"]:
            head = hh.members[0]
            tags.append("name:relation")
            return head.name + rng.choice(["之妻", "爱人", "妻"])
        if p.nk == "dot":
            g, f = p.given, p.father
            if rng.random() < cfg.get("translit", 0.05):
                g2 = self.variant(rng, p.eth, g)
                f2 = self.variant(rng, p.eth, f) if rng.random() < 0.5 else f
                if g2 == g and f2 == f:
                    f2 = self.variant(rng, p.eth, f)
                if (g2, f2) != (g, f):
                    tags.append("name:translit")
                g, f = g2, f2
            if p.gender == "M" and rng.random() < cfg.get("jan", 0.02):
                if g.endswith("江"):
                    g = g[:-1]
                else:
                    g = g + "江"
                tags.append("name:jan_suffix")
            if rng.random() < cfg.get("latin", 0.0):
                gl, fl = self.latin(rng, p.eth, p.given), self.latin(rng, p.eth, p.father)
                parts = [gl, fl]
                if rng.random() < 0.15:
                    parts = parts[::-1]
                    tags.append("name:swap")
                s = " ".join(parts)
                s = s.upper() if rng.random() < 0.4 else s
                tags.append("name:latin")
                return s
            parts = [g, f]
            r = rng.random()
            if r < cfg.get("drop", 0.03):
                tags.append("name:drop_father")
                parts = [g]
            elif r < cfg.get("drop", 0.03) + cfg.get("drop_given", 0.005):
                tags.append("name:drop_given")
                parts = [f]
            elif rng.random() < cfg.get("swap", 0.02):
                parts = [f, g]
                tags.append("name:swap")
            dot = st["dot"]
            if rng.random() < 0.12:
                dot = wpick(rng, [("mid", 5), ("period", 2), ("none", 2), ("space", 1), ("bullet", 1),
                                  ("kata", 0.5), ("hyphen", 0.5), ("fwdot", 0.3)])
            if len(parts) == 2 and dot != "mid":
                tags.append("name:dot_" + dot)
            s = DOT_CHARS[dot].join(parts)
            ml = cfg.get("maxlen")
            if ml and len(s) > ml:
                s = s[:ml]
                tags.append("name:trunc")
        elif p.nk == "single":
            s = p.given
            if rng.random() < cfg.get("translit", 0.05):
                s2 = self.variant(rng, "Mongol", s)
                if s2 != s:
                    tags.append("name:translit")
                s = s2
            if rng.random() < cfg.get("latin", 0.0) * 0.5:
                s = self.latin(rng, "Mongol", p.given)
                tags.append("name:latin")
        else:
            s = p.name
            if rng.random() < cfg.get("homophone", 0.02):
                chars = list(s)
                idx = [i for i, c in enumerate(chars) if c in T.HOMOPHONES and (i > 0 or rng.random() < 0.3)]
                if idx:
                    i = rng.choice(idx)
                    chars[i] = rng.choice(T.HOMOPHONES[chars[i]])
                    s = "".join(chars)
                    tags.append("name:homophone")
            if rng.random() < cfg.get("space", 0.01) and len(s) >= 2:
                s = s[0] + (" " if len(s) > 2 else "  ") + s[1:]
                tags.append("name:space")
        if rng.random() < cfg.get("mask", 0.0) and len(s) >= 2:
            if len(s) == 2:
                s = s[0] + "*"
            else:
                s = s[0] + "*" * (len(s) - 2) + s[-1]
            tags.append("name:mask")
        if rng.random() < cfg.get("note", 0.0):
            if not p.alive:
                s += rng.choice(["（已故）", "(已故)", "-已去世", "（死亡）"])
            elif p.role == "head":
                s += rng.choice(["（户主）", "(户主)"])
            elif p.flags and "alone" in p.flags:
                s += "(独居)"
            else:
                s += rng.choice(["(租户)", "（外出）", "(常住)"])
            tags.append("name:note")
        if rng.random() < cfg.get("ws", 0.01):
            s = rng.choice([" " + s, s + " ", s + "  "])
            tags.append("name:ws")
        return s

    # ------------------------------------------------------------ id numbers
    def idnum(self, rng, p, st, cfg, tags):
        base = p.id18
        if p.id15 and rng.random() < cfg.get("id15", 0.0) * (1.5 if p.age >= 70 else 0.6 if p.age < 55 else 1):
            base = p.id15
            tags.append("id:15digit")
        if rng.random() < cfg.get("relative", 0.0):
            others = [m for m in p.hh.members if m is not p and m.age >= 18]
            if others:
                base = rng.choice(others).id18
                tags.append("id:relative")
        if p.disab and rng.random() < cfg.get("disab_cert", 0.0):
            base = p.id18 + p.disab
            tags.append("id:disab_cert")
        s = base
        r = rng.random()
        if r < cfg.get("typo", 0.01):
            i = rng.randrange(len(s) - 1)
            s = s[:i] + str((int(s[i]) + rng.randint(1, 9)) % 10) + s[i + 1:]
            tags.append("id:typo")
        elif r < cfg.get("typo", 0.01) + cfg.get("transpose", 0.005):
            i = rng.randrange(6, len(s) - 2)
            if s[i] != s[i + 1]:
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                tags.append("id:transpose")
        elif r < cfg.get("typo", 0.01) + cfg.get("transpose", 0.005) + cfg.get("short", 0.004):
            i = rng.randrange(len(s))
            s = s[:i] + s[i + 1:]
            tags.append("id:drop_digit")
        excel = st.get("excel", "none")
        if excel != "none" and rng.random() < 0.8 and len(s) == 18 and s.isdigit():
            if excel == "sci":
                s = "%.5E" % int(s)
                tags.append("id:excel_sci")
                return s
            if excel == "000":
                s = s[:15] + "000"
                tags.append("id:excel_000")
                return s
        mask = st.get("mask", "none")
        if mask != "none" and rng.random() < 0.9 and len(s) >= 15:
            if mask == "mid8":
                s = s[:6] + "********" + s[14:]
            elif mask == "mid10":
                s = s[:4] + "**********" + s[14:]
            elif mask == "tail4":
                s = s[:-4] + "****"
            elif mask == "keep_ends":
                s = s[:3] + "*" * (len(s) - 7) + s[-4:]
            tags.append("id:mask_" + mask)
        if s.endswith("X") and rng.random() < cfg.get("lower_x", 0.25):
            s = s[:-1] + "x"
            tags.append("id:lower_x")
        if rng.random() < cfg.get("apostrophe", 0.0):
            s = "'" + s
            tags.append("id:apostrophe")
        if rng.random() < cfg.get("spaces", 0.0) and len(s) == 18:
            s = s[:6] + " " + s[6:14] + " " + s[14:]
            tags.append("id:spaces")
        if rng.random() < cfg.get("fullwidth", 0.0):
            s = s.translate(FW)
            tags.append("id:fullwidth")
        return s

    # ------------------------------------------------------------ phones
    def fmt_mobile(self, rng, num, fmt, tags):
        if fmt == "plain":
            return num
        tags.append("phone:fmt_" + fmt)
        if fmt == "dash":
            return "%s-%s-%s" % (num[:3], num[3:7], num[7:])
        if fmt == "space":
            return "%s %s %s" % (num[:3], num[3:7], num[7:])
        if fmt == "plus86":
            return "+86" + rng.choice(["", " "]) + num
        if fmt == "p86":
            return "86-" + num
        if fmt == "space344":
            return num[:3] + " " + num[3:]
        return num

    def fmt_landline(self, rng, num, fmt, tags):
        loc = num[4:]
        if fmt == "dash":
            return "0991-" + loc
        if fmt == "noarea":
            tags.append("phone:landline_noarea")
            return loc
        tags.append("phone:landline_fmt")
        if fmt == "plain":
            return num
        if fmt == "paren":
            return "(0991)" + loc
        return "0991 " + loc

    def phone(self, rng, p, st, cfg, tags):
        hh = p.hh
        a = p.age
        num, kind = "", ""
        adults = [m for m in hh.members if m is not p and m.mobile and m.age >= 20 and m.age < 70]
        kin_phone = ""
        if hh.kin is not None:
            ks = [m for m in hh.kin.members if m.mobile and 22 <= m.age < 65]
            if ks:
                kin_phone = ks[0].mobile
        if a < 16 or not p.mobile:
            if a < 18 and adults:
                num, kind = adults[0].mobile, "parent"
            elif a >= 55 and kin_phone and rng.random() < 0.75:
                num, kind = kin_phone, "child"
            elif a >= 55 and adults and rng.random() < 0.8:
                num, kind = rng.choice(adults).mobile, ("child" if p.role in ("parent",) or (adults[0].role == "child") else "family")
            elif hh.landline:
                num, kind = hh.landline, "landline"
            elif adults and rng.random() < 0.5:
                num, kind = adults[0].mobile, "family"
        else:
            if a >= 65 and kin_phone and rng.random() < cfg.get("child", 0.0):
                num, kind = kin_phone, "child"
            elif a >= 65 and adults and [m for m in adults if m.role == "child"] and rng.random() < cfg.get("child", 0.0):
                num, kind = [m for m in adults if m.role == "child"][0].mobile, "child"
            elif adults and rng.random() < cfg.get("family", 0.05):
                head = adults[0]
                num, kind = head.mobile, "family"
            elif p.old_mobile and rng.random() < cfg.get("old", 0.05):
                num, kind = p.old_mobile, "old"
            elif hh.landline and rng.random() < cfg.get("landline", 0.05):
                num, kind = hh.landline, "landline"
            elif p.mobile2 and rng.random() < 0.3:
                num, kind = p.mobile2, "second"
            else:
                num, kind = p.mobile, "own"
        if not num:
            return ""
        if kind not in ("own",):
            tags.append("phone:" + kind)
        # corruption
        if len(num) == 11 and num.startswith("1"):
            r = rng.random()
            if r < cfg.get("typo", 0.015):
                i = rng.randrange(3, 11)
                num = num[:i] + str((int(num[i]) + rng.randint(1, 9)) % 10) + num[i + 1:]
                tags.append("phone:typo")
            elif r < cfg.get("typo", 0.015) + cfg.get("short", 0.006):
                i = rng.randrange(3, 11)
                num = num[:i] + num[i + 1:]
                tags.append("phone:drop_digit")
        fmt = st["pfmt"]
        if rng.random() < 0.1:
            fmt = wpick(rng, [("plain", 6), ("dash", 1), ("space", 1), ("plus86", 0.5)])
        if num.startswith("0991"):
            s = self.fmt_landline(rng, num, st["lfmt"], tags)
        else:
            s = self.fmt_mobile(rng, num, fmt, tags)
        if rng.random() < cfg.get("two", 0.0):
            extra = ""
            if hh.landline and not num.startswith("0991"):
                extra = self.fmt_landline(rng, hh.landline, st["lfmt"], [])
            elif p.mobile2 and p.mobile2 != num:
                extra = p.mobile2
            elif adults and adults[0].mobile != num:
                extra = adults[0].mobile
            elif p.old_mobile:
                extra = p.old_mobile
            if extra:
                s = s + rng.choice(["/", "；", ";", " ", "、", ",", "，"]) + extra
                tags.append("phone:two")
        if rng.random() < cfg.get("fullwidth", 0.0):
            s = s.translate(FW)
            tags.append("phone:fullwidth")
        return s

    # ------------------------------------------------------------ birth dates
    def birth(self, rng, p, st, cfg, tags, rec_year):
        b = p.birth
        if rng.random() < cfg.get("btypo", 0.01):
            r = rng.random()
            if r < 0.4 and b.day <= 12 and b.day != b.month:
                b = dt.date(b.year, b.day, b.month)
                tags.append("birth:swap_md")
            elif r < 0.7:
                try:
                    b = b.replace(day=min(28, max(1, b.day + rng.choice([-1, 1, 10, -10]))))
                    tags.append("birth:typo_day")
                except ValueError:
                    pass
            else:
                b = b.replace(year=b.year + rng.choice([-1, 1, -10, 10]), day=min(b.day, 28))
                tags.append("birth:typo_year")
        fmt = st["bfmt"]
        if rng.random() < 0.08:
            fmt = wpick(rng, [("iso", 4), ("slash", 2), ("compact", 2), ("cn", 1), ("dot", 1)])
        if fmt == "iso":
            return b.strftime("%Y-%m-%d")
        if fmt not in ("ym", "year", "age"):
            tags.append("birth:fmt_" + fmt)
        if fmt == "slash":
            return "%d/%d/%d" % (b.year, b.month, b.day)
        if fmt == "slash0":
            return b.strftime("%Y/%m/%d")
        if fmt == "dot":
            return b.strftime("%Y.%m.%d")
        if fmt == "compact":
            return b.strftime("%Y%m%d")
        if fmt == "cn":
            return "%d年%d月%d日" % (b.year, b.month, b.day)
        if fmt == "yy":
            return "%02d.%d.%d" % (b.year % 100, b.month, b.day)
        if fmt == "datetime":
            return "%d/%d/%d 0:00:00" % (b.year, b.month, b.day)
        if fmt == "serial":
            return str((b - EXCEL_EPOCH).days)
        if fmt == "ym":
            tags.append("birth:partial_ym")
            return b.strftime(rng.choice(["%Y.%m", "%Y-%m", "%Y年%m月"]))
        if fmt == "year":
            tags.append("birth:partial_year")
            return str(b.year)
        if fmt == "age":
            tags.append("birth:age")
            ref = dt.date(rec_year, 6, 30)
            a = age_of(b, ref) if p.alive else age_of(b, p.death)
            return rng.choice(["%d" % a, "%d岁" % a, "%d岁" % a])
        return b.isoformat()

    # ------------------------------------------------------------ gender
    def gender(self, rng, p, st, cfg, tags):
        g = p.gender
        if rng.random() < cfg.get("gwrong", 0.004):
            g = "F" if g == "M" else "M"
            tags.append("gender:wrong")
        fmt = st["gfmt"]
        table = {"cn": ("男", "女"), "cnx": ("男性", "女性"), "mf": ("M", "F"), "code": ("1", "2"),
                 "en": ("male", "female"), "lower": ("m", "f"), "mf01": ("1", "0")}
        if fmt != "cn":
            tags.append("gender:fmt_" + fmt)
        return table[fmt][0 if g == "M" else 1]

    # ------------------------------------------------------------ addresses
    def addr_of_flat(self, rng, flat, st, cfg, tags, want_prefix=True):
        ci = flat["comm"]
        comm = T.COMMUNITIES[ci]
        pre = st["prefix"] if want_prefix else "none"
        if rng.random() < 0.1 and want_prefix:
            pre = rng.choice(["none", "comm", "street", "full"])
        prefix = {
            "none": "", "comm": comm,
            "street": T.STREET_NAME + comm,
            "district": T.DISTRICT_NAME + T.STREET_NAME + comm,
            "city": T.CITY_NAME + T.DISTRICT_NAME + T.STREET_NAME + comm,
            "full": T.PROVINCE_SHORT + T.CITY_NAME + T.DISTRICT_NAME + T.STREET_NAME + comm,
            "cityshort": "乌市" + T.DISTRICT_NAME + comm,
        }[pre]
        if pre != "comm":
            tags.append("addr:prefix_" + pre)
        if flat["kind"] == "bung":
            lane, no = flat["lane"], flat["no"]
            style = st["bung"]
            road = flat["road"]
            if style == "std":
                body = "%s%d巷%d号" % (road, lane, no)
            else:
                tags.append("addr:bung_" + style)
                if style == "cnlane":
                    body = "%s%s巷%d号" % (road, cn_small(lane), no)
                elif style == "area":
                    body = "%s平房区%d巷%d号" % (road, lane, no)
                elif style == "yuan":
                    body = "%s%d巷%d号院" % (road, lane, no)
                else:  # dash
                    body = "%s%d巷-%d" % (road, lane, no)
            return prefix + body
        e = T.ESTATES[flat["estate"]]
        ename = e[0]
        if e[10] and rng.random() < cfg.get("oldname", 0.15):
            ename = e[10]
            tags.append("addr:old_name")
        elif rng.random() < cfg.get("alias", 0.2) or st["estate"] == "alias":
            ename = rng.choice(e[9])
            tags.append("addr:estate_alias")
        if st["estate"] == "road" and rng.random() < 0.7:
            ename = "%s%d号" % (T.ROADS[e[3]], e[4])
            tags.append("addr:road_no")
        elif st["estate"] == "road_name":
            ename = "%s%d号%s" % (T.ROADS[e[3]], e[4], ename)
            tags.append("addr:road_plus")
        b, u = flat["b"], flat["u"]
        room = "%d%02d" % (flat["fl"], flat["k"])
        fmt = st["room"]
        if rng.random() < 0.12:
            fmt = rng.choice(["hao", "dash", "dong", "hao_noshi"])
        nounit = rng.random() < cfg.get("nounit", 0.03)
        if nounit:
            tags.append("addr:no_unit")
        if rng.random() < cfg.get("atypo", 0.01):
            room = room[:-1] + str((int(room[-1]) + 1) % 10)
            tags.append("addr:typo")
        if fmt != "hao":
            tags.append("addr:room_" + fmt)
        if fmt == "hao":
            flatp = "%d号楼%s%s室" % (b, "" if nounit else "%d单元" % u, room)
        elif fmt == "hao_noshi":
            flatp = "%d号楼%s%s" % (b, "" if nounit else "%d单元" % u, room)
        elif fmt == "dong":
            flatp = "%d栋%s%s" % (b, "" if nounit else "%d单元" % u, room)
        elif fmt == "zhuang":
            flatp = "%d幢%s%s室" % (b, "" if nounit else "%d单元" % u, room)
        elif fmt == "dash":
            flatp = "%d-%s%s" % (b, "" if nounit else "%d-" % u, room)
        elif fmt == "hash":
            flatp = "%d#%s%s" % (b, "" if nounit else "%d-" % u, room)
        elif fmt == "floor":
            flatp = "%d号楼%s%d楼%d号" % (b, "" if nounit else "%d单元" % u, flat["fl"], flat["k"])
        elif fmt == "hao_dash":
            flatp = "%d号楼%s%s" % (b, "" if nounit else "%d-" % u, room)
        else:
            flatp = "%d-%d-%s" % (b, u, room)
        if rng.random() < cfg.get("noroom", 0.02):
            flatp = "%d号楼" % b
            tags.append("addr:no_room")
        if rng.random() < cfg.get("cnnum", 0.01):
            flatp = cn_num(flatp)
            tags.append("addr:cn_num")
        if st.get("flat_only"):
            if rng.random() < 0.5:
                return flatp
            return ename + flatp
        sep = ""
        if rng.random() < 0.05:
            sep = rng.choice([" ", "，", ","])
            tags.append("addr:sep")
        s = prefix + ename + sep + flatp
        if rng.random() < cfg.get("afull", 0.0):
            s = s.translate(FW)
            tags.append("addr:fullwidth")
        return s

    def address(self, rng, p, st, cfg, tags, flat=None):
        hh = p.hh
        if flat is not None:
            return self.addr_of_flat(rng, flat, st, cfg, tags)
        if p.hukou_addr and rng.random() < cfg.get("hukou", 0.0):
            tags.append("addr:hukou")
            return p.hukou_addr
        f = hh.flat
        if hh.prev_flat is not None and rng.random() < cfg.get("stale", 0.2):
            f = hh.prev_flat
            tags.append("addr:resettled_old" if hh.prev_kind == "resettled" else "addr:moved_old")
            if hh.prev_kind == "resettled" and rng.random() < cfg.get("both", 0.0):
                t2 = []
                new = self.addr_of_flat(rng, hh.flat, st, cfg, t2, want_prefix=False)
                old = self.addr_of_flat(rng, f, st, cfg, tags)
                tags.append("addr:both")
                return "原:%s 现:%s" % (old, new)
        return self.addr_of_flat(rng, f, st, cfg, tags)


# ====================================================================== apps
SHEET_DEFAULTS = {
    "dot": [("mid", 6), ("period", 2), ("none", 1.5), ("space", 1), ("bullet", 0.6), ("kata", 0.3), ("hyphen", 0.3)],
    "pfmt": [("plain", 8), ("dash", 1), ("space", 1), ("plus86", 0.3), ("p86", 0.2), ("space344", 0.3)],
    "lfmt": [("dash", 6), ("plain", 2), ("noarea", 2), ("paren", 0.5), ("space", 0.5)],
    "bfmt": [("iso", 4), ("slash", 2), ("compact", 1.5), ("cn", 1), ("dot", 1), ("datetime", 0.5), ("serial", 0.3)],
    "gfmt": [("cn", 8), ("cnx", 1), ("code", 0.5)],
    "prefix": [("comm", 4), ("none", 3), ("street", 1), ("full", 0.6), ("city", 0.6), ("cityshort", 0.3)],
    "estate": [("name", 6), ("alias", 1.5), ("road", 0.6), ("road_name", 0.4)],
    "room": [("hao", 4), ("hao_noshi", 2), ("dash", 2.5), ("dong", 1.5), ("zhuang", 0.3), ("hash", 0.4), ("floor", 0.4), ("hao_dash", 0.6)],
    "bung": [("std", 5), ("cnlane", 1.5), ("area", 1), ("yuan", 0.5), ("dash", 0.5)],
    "excel": [("none", 1)],
    "mask": [("none", 1)],
}

# field fill rates: name, id, phone, birth, gender, addr
APPS = {
    "grid_visit": dict(cn="网格员入户走访", fill=(0.99, 0.78, 0.72, 0.5, 0.9, 0.97),
                       name=dict(translit=0.12, drop=0.06, swap=0.03, jan=0.03, homophone=0.03, note=0.04, relation=0.01, maxlen=12, ws=0.02),
                       id=dict(id15=0.15, typo=0.015, relative=0.01, apostrophe=0.03, fullwidth=0.01),
                       phone=dict(family=0.1, old=0.08, child=0.3, two=0.04, typo=0.02, fullwidth=0.005),
                       addr=dict(stale=0.15, nounit=0.04, afull=0.005),
                       birth=dict(btypo=0.015),
                       sheet=dict(excel=[("none", 5), ("sci", 1), ("000", 0.7)]),
                       dup=0.04, sparse=[(0.04, ("name", "gender")), (0.02, ("name",))], years=(2024, 2026)),
    "pop_reg": dict(cn="实有人口登记", fill=(1.0, 0.97, 0.6, 0.95, 1.0, 1.0),
                    name=dict(translit=0.03, drop=0.01, swap=0.005, homophone=0.008, maxlen=15),
                    id=dict(id15=0.06, typo=0.005),
                    phone=dict(family=0.04, old=0.15, child=0.2, typo=0.01),
                    addr=dict(stale=0.4, nounit=0.01, alias=0.05, oldname=0.3),
                    sheet=dict(dot=[("mid", 8), ("period", 1)], bfmt=[("compact", 3), ("iso", 3)],
                               gfmt=[("cn", 5), ("code", 1)], prefix=[("full", 3), ("city", 2), ("street", 1)],
                               room=[("hao", 5), ("hao_noshi", 1)], estate=[("name", 1)]),
                    dup=0.015, years=(2023, 2025)),
    "floating_pop": dict(cn="流动人口登记", fill=(1.0, 0.92, 0.85, 0.6, 0.95, 1.0),
                         name=dict(translit=0.08, drop=0.04, swap=0.02, homophone=0.02, maxlen=10),
                         id=dict(typo=0.015, apostrophe=0.05, spaces=0.02),
                         phone=dict(old=0.1, two=0.03),
                         addr=dict(hukou=0.15, stale=0.25),
                         sheet=dict(excel=[("none", 4), ("sci", 1)]),
                         dup=0.03, years=(2023, 2026)),
    "rental": dict(cn="出租房屋登记", fill=(0.97, 0.75, 0.9, 0.0, 0.5, 1.0),
                   name=dict(translit=0.1, drop=0.08, swap=0.02, homophone=0.03),
                   id=dict(typo=0.02, lower_x=0.5),
                   phone=dict(old=0.12, two=0.05, typo=0.02),
                   addr=dict(stale=0.0),
                   sheet=dict(room=[("dash", 5), ("hao_noshi", 2), ("dong", 1)], prefix=[("none", 3), ("comm", 2)], gfmt=[("cn", 4), ("mf", 1.5)],
                              excel=[("none", 3), ("000", 1)]),
                   dup=0.03, years=(2023, 2026)),
    "unity_visit": dict(cn="民族团结一家亲结对认亲走访", fill=(1.0, 0.2, 0.7, 0.75, 0.8, 0.9),
                        name=dict(translit=0.28, drop=0.12, swap=0.06, jan=0.06, latin=0.04, drop_given=0.01, note=0.02, relation=0.03, maxlen=8),
                        id=dict(typo=0.02),
                        phone=dict(family=0.35, child=0.5, old=0.1, two=0.05, typo=0.025, fullwidth=0.01),
                        addr=dict(stale=0.2, nounit=0.08, noroom=0.05),
                        sheet=dict(bfmt=[("age", 5), ("year", 1), ("slash", 1)], prefix=[("comm", 3), ("none", 2)],
                                   dot=[("mid", 3), ("none", 2), ("space", 1), ("period", 1), ("hyphen", 0.5)]),
                        dup=0.15, sparse=[(0.05, ("name",)), (0.04, ("name", "gender"))], years=(2022, 2026)),
    "dibao": dict(cn="低保/临时救助台账", fill=(1.0, 0.98, 0.9, 0.7, 1.0, 1.0),
                  name=dict(translit=0.05, drop=0.02, note=0.03),
                  id=dict(id15=0.2, typo=0.008),
                  phone=dict(family=0.7, child=0.4),
                  addr=dict(stale=0.25, both=0.3),
                  sheet=dict(excel=[("none", 3), ("sci", 1), ("000", 1)]),
                  dup=0.02, years=(2023, 2026)),
    "disabled": dict(cn="残联残疾人台账", fill=(1.0, 0.96, 0.85, 0.8, 1.0, 0.95),
                     name=dict(translit=0.05, drop=0.02, maxlen=10),
                     id=dict(disab_cert=0.3, typo=0.01, id15=0.05),
                     phone=dict(family=0.3, child=0.4),
                     addr=dict(stale=0.3),
                     dup=0.02, years=(2023, 2026)),
    "elderly": dict(cn="老龄/高龄津贴台账", fill=(1.0, 0.9, 0.85, 0.85, 0.95, 0.95),
                    name=dict(translit=0.08, drop=0.04, swap=0.02, note=0.04, homophone=0.02, maxlen=10),
                    id=dict(id15=0.35, typo=0.015, apostrophe=0.05),
                    phone=dict(child=0.45, family=0.2, landline=0.25, two=0.08, old=0.1),
                    addr=dict(stale=0.3, oldname=0.3),
                    sheet=dict(bfmt=[("iso", 2), ("cn", 1), ("age", 1.5), ("dot", 1), ("yy", 0.5)],
                               excel=[("none", 3), ("sci", 1)]),
                    dup=0.03, years=(2023, 2026)),
    "family_doc": dict(cn="家庭医生签约", fill=(1.0, 0.95, 0.85, 0.98, 1.0, 0.8),
                       name=dict(translit=0.06, drop=0.02, maxlen=10),
                       id=dict(typo=0.008, id15=0.03),
                       phone=dict(child=0.3, family=0.1, old=0.08),
                       addr=dict(stale=0.25, noroom=0.06),
                       sheet=dict(gfmt=[("code", 3), ("cn", 2)], bfmt=[("iso", 4), ("datetime", 1)],
                                  dot=[("period", 2), ("bullet", 1), ("mid", 2)], prefix=[("none", 3), ("comm", 1)],
                                  estate=[("name", 3), ("alias", 1)]),
                       dup=0.02, years=(2024, 2026)),
    "vaccine": dict(cn="疫苗接种", fill=(1.0, 0.9, 0.95, 1.0, 1.0, 0.5),
                    name=dict(translit=0.05, drop=0.02, maxlen=10, mask=0.12),
                    id=dict(),
                    phone=dict(family=0.2, child=0.3),
                    addr=dict(stale=0.2),
                    sheet=dict(mask=[("mid8", 3), ("tail4", 1), ("none", 1.5)], bfmt=[("iso", 3), ("slash0", 1)]),
                    dup=0.02, years=(2023, 2026)),
    "party": dict(cn="党员信息台账", fill=(1.0, 0.8, 0.85, 0.9, 1.0, 0.5),
                  name=dict(translit=0.04, homophone=0.01),
                  id=dict(id15=0.1, typo=0.01),
                  phone=dict(old=0.12),
                  addr=dict(stale=0.3),
                  sheet=dict(bfmt=[("ym", 3), ("dot", 1), ("iso", 1)], gfmt=[("cn", 1)]),
                  dup=0.01, years=(2023, 2026)),
    "volunteer": dict(cn="志愿者登记", fill=(0.0, 0.0, 1.0, 0.0, 0.0, 0.0),
                      name=dict(), id=dict(), phone=dict(old=0.05, two=0.02), addr=dict(),
                      dup=0.05, years=(2024, 2026)),
    "property": dict(cn="物业业主/住户台账", fill=(0.0, 0.0, 1.0, 0.0, 0.0, 1.0),
                     name=dict(), id=dict(), phone=dict(old=0.1, two=0.08, landline=0.15),
                     addr=dict(stale=0.0, nounit=0.02),
                     sheet=dict(flat=[("flat_only", 1)], room=[("dash", 4), ("hao_noshi", 2), ("hash", 1)]),
                     dup=0.03, years=(2024, 2026)),
    "school": dict(cn="学校学生花名册", fill=(1.0, 0.95, 1.0, 1.0, 1.0, 0.8),
                   name=dict(translit=0.04, drop=0.03, homophone=0.015, maxlen=10),
                   id=dict(relative=0.01, typo=0.008),
                   phone=dict(two=0.1),
                   addr=dict(hukou=0.2, stale=0.2),
                   sheet=dict(excel=[("none", 3), ("sci", 1), ("000", 0.5)], bfmt=[("iso", 2), ("compact", 1), ("serial", 0.5), ("slash", 1)]),
                   dup=0.01, years=(2025, 2026)),
    "social_ins": dict(cn="社保/城乡居民医保参保", fill=(1.0, 0.99, 0.5, 1.0, 1.0, 0.8),
                       name=dict(translit=0.02, dot_sys=True, maxlen=15),
                       id=dict(typo=0.004),
                       phone=dict(old=0.25),
                       addr=dict(hukou=0.6, stale=0.35),
                       sheet=dict(dot=[("period", 3), ("mid", 2), ("kata", 0.5)], bfmt=[("compact", 3)], gfmt=[("code", 2), ("cn", 1)],
                                  prefix=[("full", 2), ("city", 1)]),
                       dup=0.01, years=(2023, 2026)),
    "veteran": dict(cn="退役军人信息采集", fill=(1.0, 0.95, 0.9, 0.9, 1.0, 0.95),
                    name=dict(translit=0.04, homophone=0.01),
                    id=dict(id15=0.1, typo=0.008),
                    phone=dict(old=0.1, landline=0.1),
                    addr=dict(stale=0.3),
                    dup=0.02, years=(2023, 2025)),
    "ebike": dict(cn="电动自行车登记", fill=(0.95, 0.7, 1.0, 0.0, 0.4, 0.7),
                  name=dict(translit=0.1, drop=0.08, homophone=0.03, latin=0.04, swap=0.03),
                  id=dict(typo=0.02),
                  phone=dict(family=0.05, typo=0.02),
                  addr=dict(stale=0.1),
                  sheet=dict(mask=[("none", 2), ("keep_ends", 1.5), ("mid8", 1)], gfmt=[("cn", 3), ("mf01", 1), ("lower", 0.7), ("en", 0.5)]),
                  dup=0.06, years=(2024, 2026)),
    "evac": dict(cn="应急疏散/特殊群体台账", fill=(1.0, 0.0, 0.95, 0.7, 0.8, 1.0),
                 name=dict(translit=0.1, drop=0.06, swap=0.02, note=0.05),
                 id=dict(),
                 phone=dict(child=0.7, family=0.3, landline=0.2, two=0.1),
                 addr=dict(stale=0.15, nounit=0.04),
                 sheet=dict(bfmt=[("age", 3), ("year", 1)]),
                 dup=0.03, sparse=[(0.06, ("name", "gender")), (0.04, ("name", "addr"))], years=(2024, 2026)),
    "resettle": dict(cn="棚户区改造征收安置台账", fill=(1.0, 0.9, 0.8, 0.5, 0.8, 1.0),
                     name=dict(translit=0.08, drop=0.04, homophone=0.02, note=0.03),
                     id=dict(id15=0.2, typo=0.01),
                     phone=dict(family=0.3, old=0.2, landline=0.1),
                     addr=dict(stale=1.0, both=0.3),
                     sheet=dict(excel=[("none", 2), ("sci", 1)]),
                     dup=0.03, years=(2019, 2022)),
}


class Emitter:
    def __init__(self, world, seed):
        self.w = world
        self.seed = seed
        self.r = Renderer(world, seed)
        self.records = []

    def emit(self, app, p, rng, extra=(), flat=None, fields=None, sheet_key=None, phone_override=None):
        cfg = APPS[app]
        opts = dict(SHEET_DEFAULTS)
        opts.update(cfg.get("sheet", {}))
        sk = sheet_key if sheet_key is not None else T.COMMUNITIES[p.hh.comm]
        st = self.r.styler.sheet(app, sk, opts)
        st = dict(st)
        if "flat" in st:
            st["flat_only"] = True
        tags = list(extra)
        fr = cfg["fill"]
        if fields is None:
            keep = ["name", "id", "phone", "birth", "gender", "addr"]
            for prob, kinds in cfg.get("sparse", []):
                if rng.random() < prob:
                    keep = list(kinds)
                    tags.append("sparse:" + "_".join(kinds))
                    break
            fields = [f for f, fill in zip(["name", "id", "phone", "birth", "gender", "addr"], fr)
                      if f in keep and rng.random() < fill]
        if not p.alive:
            tags.append("person:dead")
        y0, y1 = cfg.get("years", (2024, 2026))
        rec_year = rng.randint(y0, y1)
        out = {"name": "", "id_number": "", "phone": "", "birth_date": "", "gender": "", "address": ""}
        if "name" in fields:
            out["name"] = self.r.name(rng, p, st, cfg["name"], tags)
        if "id" in fields:
            out["id_number"] = self.r.idnum(rng, p, st, cfg["id"], tags)
        if "phone" in fields:
            if phone_override is not None:
                out["phone"] = phone_override
            else:
                out["phone"] = self.r.phone(rng, p, st, cfg["phone"], tags)
        if "birth" in fields:
            out["birth_date"] = self.r.birth(rng, p, st, cfg.get("birth", {}), tags, rec_year)
        if "gender" in fields:
            out["gender"] = self.r.gender(rng, p, st, cfg.get("gender", {}), tags)
        if "addr" in fields:
            out["address"] = self.r.address(rng, p, st, cfg["addr"], tags, flat=flat)
        # nothing left at all -> keep at least the name
        if not any(out.values()):
            out["name"] = p.name
            tags.append("sparse:fallback_name")
        self.records.append((app, p.pid, out, tags))

    def emit_dup(self, app, p, rng, **kw):
        self.emit(app, p, rng, **kw)
        if rng.random() < APPS[app]["dup"]:
            kw = dict(kw)
            kw["extra"] = tuple(kw.get("extra", ())) + ("dup:same_app",)
            # a second entry, often typed on another sheet
            if rng.random() < 0.5:
                kw["sheet_key"] = "dup-" + p.pid[-1]
            self.emit(app, p, rng, **kw)


def generate(world, seed):
    em = Emitter(world, seed)
    R = lambda app: random.Random("app-%d-%s" % (seed, app))  # noqa: E731
    P = world.persons
    H = world.households

    # 1 grid_visit: households reached by grid workers
    rng = R("grid_visit")
    for hh in H:
        if rng.random() < 0.6:
            for p in hh.members:
                if (p.alive or rng.random() < 0.35) and rng.random() < 0.85:
                    em.emit_dup("grid_visit", p, rng)

    # 2 pop_reg
    rng = R("pop_reg")
    for p in P:
        if rng.random() < (0.68 if p.alive else 0.6) * (0.8 if p.migrant else 1):
            em.emit_dup("pop_reg", p, rng)

    # 3 floating_pop
    rng = R("floating_pop")
    for p in P:
        if p.migrant and p.alive and rng.random() < 0.68:
            em.emit_dup("floating_pop", p, rng)

    # 4 rental: tenants, and resident landlords (address = the rented flat)
    rng = R("rental")
    for hh in H:
        if not hh.renter:
            continue
        rented = hh.flat
        for p in hh.members:
            if p.age >= 16 and p.alive and rng.random() < 0.72:
                em.emit_dup("rental", p, rng)
        # former tenants of a moved household still listed at the previous flat
        if hh.prev_kind == "moved" and hh.prev_flat["kind"] == "apt" and rng.random() < 0.4:
            p = hh.members[0]
            em.emit("rental", p, rng, flat=hh.prev_flat, extra=("addr:moved_old",))
        if hh.landlord is not None and rng.random() < 0.8:
            em.emit("rental", hh.landlord, rng, flat=rented, extra=("addr:rental_flat",),
                    sheet_key=T.COMMUNITIES[hh.comm], fields=["name", "id", "phone", "addr"] if rng.random() < 0.7 else ["name", "phone", "addr"])

    # 5 unity_visit: minority households paired with cadres
    rng = R("unity_visit")
    for hh in H:
        pr = {"Han": 0.05, "Hui": 0.3}.get(hh.eth, 0.55)
        if rng.random() < pr:
            for p in hh.members:
                if rng.random() < 0.85 and (p.alive or rng.random() < 0.2):
                    em.emit_dup("unity_visit", p, rng)

    # 6 dibao
    rng = R("dibao")
    for hh in H:
        if hh.dibao:
            for p in hh.members:
                if rng.random() < 0.95 and (p.alive or rng.random() < 0.5):
                    em.emit_dup("dibao", p, rng)

    # 7 disabled
    rng = R("disabled")
    for p in P:
        if "disabled" in p.flags and rng.random() < 0.9 and (p.alive or rng.random() < 0.5):
            em.emit_dup("disabled", p, rng)

    # 8 elderly (60+)
    rng = R("elderly")
    for p in P:
        if p.age >= 60 and rng.random() < (0.82 if p.alive else 0.6):
            em.emit_dup("elderly", p, rng)

    # 9 family_doc
    rng = R("family_doc")
    for p in P:
        a = p.age
        pr = 0.7 if a >= 65 else 0.55 if "chronic" in p.flags else 0.5 if a < 7 or "pregnant" in p.flags else 0.12
        if rng.random() < pr and (p.alive or rng.random() < 0.3):
            em.emit_dup("family_doc", p, rng)

    # 10 vaccine: small children, elderly flu/pneumococcal
    rng = R("vaccine")
    for p in P:
        a = p.age
        pr = 0.9 if a <= 6 else 0.45 if a <= 14 else 0.35 if a >= 60 else 0.0
        if p.alive and rng.random() < pr:
            em.emit_dup("vaccine", p, rng)

    # 11 party
    rng = R("party")
    for p in P:
        if "party" in p.flags and rng.random() < 0.92 and (p.alive or rng.random() < 0.3):
            em.emit_dup("party", p, rng, sheet_key="branch%d" % (p.hh.comm % 4))

    # 12 volunteer: phone only, sometimes a nickname
    rng = R("volunteer")
    for p in P:
        if "volunteer" in p.flags and p.alive and (p.mobile or p.hh.landline) and rng.random() < 0.9:
            extra = ()
            nm = ""
            if rng.random() < 0.35:
                if p.nk == "han":
                    nm = p.surname + rng.choice(["阿姨", "大姐", "师傅", "老师", "姐"] if p.gender == "F" or rng.random() < 0.3 else ["师傅", "大哥", "老师"])
                    if p.gender == "M":
                        nm = p.surname + rng.choice(["师傅", "大哥", "老师"])
                else:
                    nm = p.given + rng.choice(["", "大姐" if p.gender == "F" else "大哥", "老师"])
                extra = ("name:nickname",)
            before = len(em.records)
            em.emit_dup("volunteer", p, rng, extra=extra, sheet_key="all")
            for i in range(before, len(em.records)):
                if nm:
                    em.records[i][2]["name"] = nm

    # 13 property: one contact per flat (owner, or the tenant / landlord), flat + phone, no name
    rng = R("property")
    for hh in H:
        if hh.flat["kind"] != "apt" or rng.random() > 0.72:
            continue
        e = T.ESTATES[hh.flat["estate"]]
        if e[1] == "compound" and rng.random() < 0.5:
            continue
        adults = [m for m in hh.members if m.age >= 20 and m.alive]
        if not adults:
            continue
        extra = ()
        if hh.renter and hh.landlord is not None and rng.random() < 0.5:
            who = hh.landlord
            extra = ("addr:rental_flat",)
        else:
            who = adults[0]
        kw = dict(extra=extra, flat=hh.flat, sheet_key=e[0])
        em.emit_dup("property", who, rng, **kw)
        if len(adults) > 1 and rng.random() < 0.2 and who is adults[0]:
            em.emit("property", adults[1], rng, flat=hh.flat, sheet_key=e[0])
        if rng.random() < 0.2:
            # the title-only name habit (王先生 / 马女士)
            a, pid, out, tags = em.records[-1]
            pp = world_person(world, pid)
            if pp.nk == "han":
                out["name"] = pp.surname + ("先生" if pp.gender == "M" else "女士")
                tags.append("name:title")

    # 14 school
    rng = R("school")
    for p in P:
        if 6 <= p.age <= 17 and rng.random() < 0.88:
            em.emit_dup("school", p, rng, sheet_key="school%d" % (0 if p.age <= 12 else 1) + str(p.hh.comm % 3))

    # 15 social_ins
    rng = R("social_ins")
    for p in P:
        if rng.random() < (0.4 if p.alive else 0.25):
            em.emit_dup("social_ins", p, rng, sheet_key="si%d" % (p.hh.comm % 2))

    # 16 veteran
    rng = R("veteran")
    for p in P:
        if "veteran" in p.flags and rng.random() < 0.9 and (p.alive or rng.random() < 0.4):
            em.emit_dup("veteran", p, rng)

    # 17 ebike
    rng = R("ebike")
    for p in P:
        if "ebike" in p.flags and p.alive and rng.random() < 0.85:
            em.emit_dup("ebike", p, rng)

    # 18 evac: special groups
    rng = R("evac")
    for p in P:
        special = ("alone" in p.flags or "disabled" in p.flags or "pregnant" in p.flags
                   or (p.age >= 80) or (p.hh.dibao and p.age < 16))
        if special and rng.random() < 0.7 and (p.alive or rng.random() < 0.25):
            em.emit_dup("evac", p, rng)

    # 19 resettle: households that lived in the bungalow area (resettled or still there)
    rng = R("resettle")
    for hh in H:
        if hh.prev_kind == "resettled":
            for p in hh.members:
                if rng.random() < 0.85 and p.age >= 1:
                    em.emit_dup("resettle", p, rng)
        elif hh.flat["kind"] == "bung" and rng.random() < 0.6:
            for p in hh.members:
                if rng.random() < 0.85:
                    em.emit_dup("resettle", p, rng)
    return em.records


_PID_INDEX = {}


def world_person(world, pid):
    if not _PID_INDEX:
        for p in world.persons:
            _PID_INDEX[p.pid] = p
    return _PID_INDEX[pid]


# ====================================================================== output
def flat_canon(flat):
    if flat is None:
        return ""
    if flat["kind"] == "bung":
        return "%s%s%d巷%d号" % (T.COMMUNITIES[flat["comm"]], flat["road"], flat["lane"], flat["no"])
    e = T.ESTATES[flat["estate"]]
    return "%s%s%d号楼%d单元%d%02d室" % (T.COMMUNITIES[flat["comm"]], e[0], flat["b"], flat["u"], flat["fl"], flat["k"])


def write_all(world, records, out, meta, seed):
    rng = random.Random("shuffle-%d" % seed)
    rng.shuffle(records)
    os.makedirs(out, exist_ok=True)
    hdr = ["record_id", "source", "name", "id_number", "phone", "birth_date", "gender", "address"]
    with open(os.path.join(out, "residents.csv"), "w", encoding="utf-8", newline="") as f1, \
            open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as f2:
        w1 = csv.writer(f1, lineterminator="\n")
        w2 = csv.writer(f2, lineterminator="\n")
        w1.writerow(hdr)
        w2.writerow(["record_id", "person_id"])
        for i, (app, pid, o, tags) in enumerate(records, 1):
            rid = "R%07d" % i
            w1.writerow([rid, app, o["name"], o["id_number"], o["phone"], o["birth_date"], o["gender"], o["address"]])
            w2.writerow([rid, pid])
    if meta:
        os.makedirs(meta, exist_ok=True)
        with open(os.path.join(meta, "records_meta.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["record_id", "source", "person_id", "noise"])
            for i, (app, pid, o, tags) in enumerate(records, 1):
                seen = []
                for t in tags:
                    if t not in seen:
                        seen.append(t)
                w.writerow(["R%07d" % i, app, pid, ";".join(seen)])
        with open(os.path.join(meta, "persons.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["person_id", "household_id", "role", "name", "name_latin", "ethnicity", "gender",
                        "birth_date", "id_number", "id15", "mobile", "mobile2", "old_mobile", "landline",
                        "kin_phone_household", "community", "address", "prev_address", "prev_kind",
                        "hukou_address", "alive", "death_date", "flags"])
            for p in world.persons:
                hh = p.hh
                w.writerow([p.pid, hh.hid, p.role, p.name, p.latin, p.eth, p.gender, p.birth.isoformat(),
                            p.id18, p.id15, p.mobile, p.mobile2, p.old_mobile, hh.landline,
                            hh.kin.hid if hh.kin is not None else "", T.COMMUNITIES[hh.comm],
                            flat_canon(hh.flat), flat_canon(hh.prev_flat), hh.prev_kind, p.hukou_addr,
                            "1" if p.alive else "0", p.death.isoformat() if p.death else "",
                            "|".join(p.flags)])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--people", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--meta")
    a = ap.parse_args(argv)
    div = Divisions(division_dir())
    world = World(a.people, a.seed, div)
    _PID_INDEX.clear()
    records = generate(world, a.seed)
    write_all(world, records, a.out, a.meta, a.seed)
    cnt = {}
    for r in records:
        cnt[r[0]] = cnt.get(r[0], 0) + 1
    sys.stderr.write("people=%d households=%d records=%d\n" % (len(world.persons), len(world.households), len(records)))
    for k in sorted(cnt):
        sys.stderr.write("  %-13s %6d\n" % (k, cnt[k]))


if __name__ == "__main__":
    main()
