#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent resident-record test data generator (indep5).

Simulates the households of one Shanghai town (闵行区梅陇镇, 310112108) and the
15-20 ledgers/apps its street office and committees fill, each with its own
coverage, fields and typing habits.  Python 3 standard library only.

usage: gen.py --people 20000 --seed 1 --out DIR [--meta METADIR]
"""
import argparse
import csv
import datetime as dt
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tables as T  # noqa: E402

REF = dt.date(2026, 12, 1)          # "today" of the ledgers
# The 2023 statistical division codes: by default the machine's shared data beside the
# repository (../shared/data/divisions from its root); GRIDGOV_DIVISIONS or DIVISIONS_DIR names
# another folder.
DIV_DIR = os.environ.get("GRIDGOV_DIVISIONS") or os.environ.get("DIVISIONS_DIR") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "divisions")


# ====================================================================== helpers
def wpick(rng, pairs):
    """pairs: list of (value, weight)."""
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def age_at(b, ref=REF):
    return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))


def rand_date(rng, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def birth_for_age(rng, a0, a1):
    """birth date giving an age in [a0, a1] at REF."""
    hi = REF.toordinal() - int(a0 * 365.25) - 1
    lo = REF.toordinal() - int((a1 + 1) * 365.25) + 1
    return dt.date.fromordinal(rng.randint(lo, hi))


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


# ====================================================================== lunar calendar (Meeus)
def _jd0(d):
    return d.toordinal() + 1721424.5


def _bj_day(jde):
    # TT -> UT (~1 min in the 20th century) -> Beijing time -> calendar day ordinal
    return int(math.floor(jde - 60.0 / 86400 + 8.0 / 24 - 1721424.5))


def _new_moon(k):
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.00000015 * t ** 3
    r = math.radians
    m = r(2.5534 + 29.1053567 * k - 0.0000014 * t * t)
    mp = r(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t ** 3)
    f = r(160.7108 + 390.67050284 * k - 0.0016118 * t * t)
    om = r(124.7746 - 1.56375588 * k + 0.0020672 * t * t)
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    s = math.sin
    jde += (-0.4072 * s(mp) + 0.17241 * e * s(m) + 0.01608 * s(2 * mp) + 0.01039 * s(2 * f)
            + 0.00739 * e * s(mp - m) - 0.00514 * e * s(mp + m) + 0.00208 * e * e * s(2 * m)
            - 0.00111 * s(mp - 2 * f) - 0.00057 * s(mp + 2 * f) + 0.00056 * e * s(2 * mp + m)
            - 0.00042 * s(3 * mp) + 0.00042 * e * s(m + 2 * f) + 0.00038 * e * s(m - 2 * f)
            - 0.00024 * e * s(2 * mp - m) - 0.00017 * s(om) - 0.00007 * s(mp + 2 * m)
            + 0.00004 * s(2 * mp - 2 * f) + 0.00004 * s(3 * m) + 0.00003 * s(mp + m - 2 * f))
    return jde


def _sun_long(jd):
    t = (jd - 2451545.0) / 36525
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    m = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    c = ((1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(m) + (0.019993 - 0.000101 * t) * math.sin(2 * m)
         + 0.000289 * math.sin(3 * m))
    om = math.radians(125.04 - 1934.136 * t)
    return (l0 + c - 0.00569 - 0.00478 * math.sin(om)) % 360


def _term_day(year, target):
    # day (ordinal, Beijing) on which the sun reaches ecliptic longitude `target` in `year`
    jd = _jd0(dt.date(year, 1, 1)) + ((target - 280) % 360) / 360 * 365.2422
    for _ in range(6):
        diff = (target - _sun_long(jd) + 180) % 360 - 180
        jd += diff / 360 * 365.2422
    return _bj_day(jd)


_NM_CACHE = {}


def _new_moons_between(a, b):
    """new-moon day ordinals n with a-40 <= n <= b+40."""
    y = dt.date.fromordinal(a).year + (dt.date.fromordinal(a).timetuple().tm_yday / 365.25)
    k = int(math.floor((y - 2000) * 12.3685)) - 2
    out = []
    while True:
        if k not in _NM_CACHE:
            _NM_CACHE[k] = _bj_day(_new_moon(k))
        d = _NM_CACHE[k]
        if d > b + 40:
            break
        if d >= a - 40:
            out.append(d)
        k += 1
    return out


_M11 = {}


def _month11_start(y):
    if y not in _M11:
        ws = _term_day(y, 270)
        nms = _new_moons_between(ws - 40, ws)
        _M11[y] = max(n for n in nms if n <= ws)
    return _M11[y]


def solar_to_lunar(d):
    """-> (lunar_year, month, day, is_leap)."""
    o = d.toordinal()
    y = d.year
    if o >= _month11_start(y):
        y0 = y
    else:
        y0 = y - 1
    a, b = _month11_start(y0), _month11_start(y0 + 1)
    starts = [n for n in _new_moons_between(a, b) if a <= n <= b]
    starts.sort()
    nmon = len(starts) - 1
    terms = [_term_day(y0, 270)] + [_term_day(y0 + 1, (270 + 30 * i) % 360) for i in range(1, 13)]
    leap_idx = -1
    if nmon == 13:
        for i in range(nmon):
            if not any(starts[i] <= t < starts[i + 1] for t in terms):
                leap_idx = i
                break
    num = 10
    for i in range(nmon):
        leap = (i == leap_idx)
        if not leap:
            num = num % 12 + 1
        if starts[i] <= o < starts[i + 1]:
            ly = y0 if num >= 11 and i < 3 else y0 + 1
            return ly, num, o - starts[i] + 1, leap
    raise ValueError(d)


LUNAR_M = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
GAN = "甲乙丙丁戊己庚辛壬癸"
ZHI = "子丑寅卯辰巳午未申酉戌亥"


def lunar_day_cn(n):
    if n <= 10:
        return "初" + ("一二三四五六七八九十"[n - 1])
    if n < 20:
        return "十" + "一二三四五六七八九"[n - 11]
    if n == 20:
        return "二十"
    if n < 30:
        return "廿" + "一二三四五六七八九"[n - 21]
    return "三十"


# ====================================================================== divisions
def load_divisions():
    def rd(name):
        with open(os.path.join(DIV_DIR, name), encoding="utf-8") as f:
            return list(csv.DictReader(f))
    prov = {r["code"]: r["name"] for r in rd("provinces.csv")}
    city = {r["code"]: r["name"] for r in rd("cities.csv")}
    areas = {}
    for r in rd("areas.csv"):
        if r["name"] in ("市辖区",) or r["code"].startswith("31"):
            continue
        areas.setdefault(r["provinceCode"], []).append(
            (r["code"], r["name"], city.get(r["cityCode"], ""), prov.get(r["provinceCode"], "")))
    towns = {}
    for r in rd("streets.csv"):
        if r["provinceCode"] == "31":
            continue
        if r["name"].endswith("镇") or r["name"].endswith("乡"):
            towns.setdefault(r["areaCode"], []).append(r["name"])
    return areas, towns


# ====================================================================== model objects
class Dwelling:
    __slots__ = ("kind", "comm", "estate", "phase", "road", "lane", "bldg", "floor", "room", "part",
                 "village", "group", "zhai", "house", "bword", "sub", "parent", "hid_owner")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


class Household:
    def __init__(self, hid, kind):
        self.hid = hid
        self.kind = kind          # local, resettle, village, newsh, migrant, hktw, foreign
        self.members = []
        self.dwelling = None
        self.prev = None
        self.landline = ""
        self.old_landline = ""
        self.dibao = False
        self.extra_flats = []     # flats owned and let out (landlords)
        self.rooms_let = []       # rental rooms in the village house
        self.landlord = None


class Person:
    def __init__(self, pid, hh):
        self.pid = pid
        self.hh = hh
        self.rel = "head"
        self.name = ""
        self.former = ""
        self.sex = "M"
        self.birth = None
        self.id = ""
        self.id_type = "cn18"
        self.id_birth = None
        self.alt_doc = ""
        self.old_passport = ""
        self.mobile = ""
        self.old_mobile = ""
        self.cat = {"resettle": "local", "village": "local"}.get(hh.kind, hh.kind)
        self.minority = ""
        self.fx = None            # foreign / hk-tw name forms
        self.deceased = None
        self.hukou = ""
        self.flags = []
        self.spouse = None
        self.parents = []
        self.children = []
        self.ext_child_phone = ""  # a child living outside the town


# ====================================================================== generator
class Gen:
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(seed)
        self.areas, self.towns = load_divisions()
        self.used_ids = {}
        self.used_phones = {}
        self.used_dw = {}
        self.households = []
        self.persons = []
        self.village_houses = []
        self.let_flats = []

    # ------------------------------------------------------------ basic values
    def mobile(self):
        r = self.rng
        while True:
            m = r.choice(T.MOBILE_PREFIX) + "%08d" % r.randint(0, 99999999)
            if m not in self.used_phones:
                self.used_phones[m] = 1
                return m

    def landline(self):
        r = self.rng
        while True:
            first = wpick(r, [("64", 5), ("54", 4), ("34", 2), ("33", 1), ("52", 1)])
            m = first + "%06d" % r.randint(0, 999999)
            if m not in self.used_phones:
                self.used_phones[m] = 1
                return m

    def hometown(self, prov=None):
        r = self.rng
        if prov is None:
            prov = wpick(r, T.MIGRANT_PROV)
        code, county, cityname, provname = r.choice(self.areas[prov])
        town = r.choice(self.towns.get(code, ["城关镇"]))
        vil = r.choice(T.VILLAGE_HEAD) + r.choice(T.VILLAGE_SUFFIX)
        cityname = "" if cityname in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") else cityname
        addr = "%s%s%s%s%s%d号" % (provname, cityname, county, town, vil, r.randint(1, 120))
        if r.random() < 0.3:
            addr = "%s%s%s%s%d组%d号" % (provname, cityname, county, town + vil, r.randint(1, 12), r.randint(1, 60))
        return code, addr

    def make_id(self, area, birth, sex, near=None):
        r = self.rng
        for _ in range(1000):
            seq = r.randint(0, 999) if near is None else (near + r.randint(1, 4)) % 1000
            if (seq % 2 == 1) != (sex == "M"):
                seq = (seq + 1) % 1000
            s17 = area + birth.strftime("%Y%m%d") + "%03d" % seq
            v = s17 + id_check(s17)
            if v not in self.used_ids:
                self.used_ids[v] = 1
                return v
        raise RuntimeError("id space")

    def given(self, sex, year, local=True):
        era = T.ERAS[0]
        for e in T.ERAS:
            if year >= e:
                era = e
        if era == 1920 and (not local or (year >= 1949 and self.rng.random() < 0.3)):
            era = 1950
        r = self.rng
        if r.random() < 0.3:
            return r.choice(T.GIVEN[(sex, era)])          # the era's popular names
        first, second, single = T.GIVEN_PARTS[(sex, era)]
        if r.random() < single:
            return r.choice(second)
        a, b = r.choice(first), r.choice(second)
        return a + b if a != b else a + r.choice(second)

    # ------------------------------------------------------------ dwellings
    def _unique(self, key):
        if key in self.used_dw:
            return False
        self.used_dw[key] = 1
        return True

    def dw_lane(self):
        r = self.rng
        while True:
            ri = r.randrange(len(T.LANE_ROADS))
            road = T.LANE_ROADS[ri][0]
            lane = [12, 36, 58, 101, 133, 218, 240, 306, 415][r.randrange(9 if ri == 0 else 5)]
            house = r.randint(1, 32)
            part = r.choice(T.LANE_PARTS)
            if self._unique(("lane", road, lane, house, part)):
                return Dwelling(kind="lane", comm="老街", road=road, lane=lane, bldg=house, part=part)

    def dw_xincun(self):
        r = self.rng
        while True:
            est, comm, road, lane, nb, fl = r.choice(T.XINCUN)
            b = r.randint(1, nb)
            f = r.randint(1, fl)
            u = r.randint(1, 4)
            if self._unique(("xc", est, b, f, u)):
                return Dwelling(kind="xincun", comm=comm, estate=est, road=road, lane=lane, bldg=b, floor=f,
                                room=f * 100 + u, bword="号")

    def dw_resettle(self):
        r = self.rng
        while True:
            est, comm, phases, fl = r.choice(T.RESETTLE)
            ph, road, lane, nb = r.choice(phases)
            b = r.randint(1, nb)
            f = r.randint(1, fl)
            u = r.randint(1, 4)
            if self._unique(("rs", est, ph, b, f, u)):
                return Dwelling(kind="resettle", comm=comm, estate=est, phase=ph, road=road, lane=lane, bldg=b,
                                floor=f, room=f * 100 + u, bword="号")

    def dw_commodity(self):
        r = self.rng
        while True:
            est, comm, road, lane, nb, fl, bw = r.choice(T.COMMODITY)
            b = r.randint(1, nb)
            f = r.randint(2, fl)
            u = r.randint(1, 4)
            if self._unique(("cm", est, b, f, u)):
                return Dwelling(kind="commodity", comm=comm, estate=est, road=road, lane=lane, bldg=b, floor=f,
                                room=f * 100 + u, bword=bw)

    def dw_village(self):
        r = self.rng
        while True:
            vi = r.randrange(len(T.VILLAGES))
            vil, old, ng, zhais = T.VILLAGES[vi]
            g = r.randint(1, ng)
            h = r.randint(1, 95)
            if self._unique(("vl", vil, g, h)):
                return Dwelling(kind="village", comm=vil, village=vil, group=g, house=h, zhai=zhais[g % len(zhais)])

    def dw_sub(self, parent, rooms):
        r = self.rng
        for _ in range(50):
            lab = r.choice(rooms)
            pk = (parent.kind, parent.village, parent.group, parent.house, parent.estate, parent.phase,
                  parent.road, parent.lane, parent.bldg, parent.room, parent.part)
            if self._unique(("sub", pk, lab)):
                d = Dwelling(**{k: getattr(parent, k) for k in Dwelling.__slots__})
                d.sub = lab
                d.parent = parent
                return d
        return None

    # ------------------------------------------------------------ people
    def new_person(self, hh, sex, birth, rel):
        p = Person("P%06d" % (len(self.persons) + 1), hh)
        p.sex, p.birth, p.rel = sex, birth, rel
        self.persons.append(p)
        hh.members.append(p)
        return p

    def cn_person(self, hh, sex, birth, rel, surname, area, local_names=True):
        r = self.rng
        p = self.new_person(hh, sex, birth, rel)
        p.name = surname + self.given(sex, birth.year, local=area.startswith("31"))
        p.id_birth = birth
        # some elderly: the ID carries the lunar date written as if solar (or a wrong registered date)
        if birth.year < 1960 and r.random() < 0.04:
            try:
                ly, lm, ld, _ = solar_to_lunar(birth)
                p.id_birth = dt.date(birth.year, lm, min(ld, 28))
                p.flags.append("id_date_differs")
            except ValueError:
                pass
        p.id = self.make_id(area, p.id_birth, sex)
        return p

    def local_area(self, year, village=False):
        r = self.rng
        if year >= 1993:
            return wpick(r, [("310112", 8), ("310104", 1), ("310115", 1)])
        if village:
            return wpick(r, [("310221", 8), ("310112", 2)])
        return wpick(r, T.OLD_LOCAL_CODES)

    def add_household(self, kind):
        r = self.rng
        hh = Household("H%05d" % (len(self.households) + 1), kind)
        self.households.append(hh)
        getattr(self, "hh_" + kind)(hh)
        return hh

    def _couple(self, hh, sur_m, area_m, area_f, a0, a1, sur_f=None, village=False, local=True):
        r = self.rng
        bm = birth_for_age(r, a0, a1)
        h = self.cn_person(hh, "M", bm, "head", sur_m, area_m(bm.year))
        bf = dt.date.fromordinal(bm.toordinal() + r.randint(-400, 2200))
        if age_at(bf) < 20:
            bf = birth_for_age(r, 20, 22)
        if sur_f is None:
            sur_f = sur_m if r.random() < 0.04 else wpick(r, T.SURNAME_SH if local else T.SURNAME_CN)
        w = self.cn_person(hh, "F", bf, "spouse", sur_f, area_f(bf.year))
        h.spouse, w.spouse = w, h
        if r.random() < 0.25:             # wife registered as head of household
            w.rel, h.rel = "head", "spouse"
        return h, w

    def _children(self, hh, h, w, k, area, min_age=0, max_age=30, rel="child", surname=None):
        r = self.rng
        kids = []
        mb = w.birth if w else h.birth
        lo = max(min_age, age_at(mb) - 40)
        hi = min(max_age, age_at(mb) - 20)
        if hi < lo:
            return kids
        twins = r.random() < 0.03
        for i in range(k):
            if twins and i == 1:
                b = kids[0].birth
                sx = kids[0].sex if r.random() < 0.6 else ("F" if kids[0].sex == "M" else "M")
            else:
                b = birth_for_age(r, lo, hi)
                sx = "M" if r.random() < 0.52 else "F"
            sur = surname or (h.name[:self._surlen(h.name)] if h else w.name[:self._surlen(w.name)])
            if w and h and r.random() < 0.07:
                sur = w.name[:self._surlen(w.name)]
            c = self.cn_person(hh, sx, b, rel, sur, area(b.year))
            if twins and i == 1:
                del self.used_ids[c.id]
                c.id = self.make_id(kids[0].id[:6], b, sx, near=int(kids[0].id[14:17]))
                if c.sex == kids[0].sex:
                    a_, b_ = r.choice(T.TWIN_NAMES_SEX[c.sex])
                else:
                    a_, b_ = r.choice(T.TWIN_NAMES_SEX[kids[0].sex])[0], r.choice(T.TWIN_NAMES_SEX[c.sex])[1]
                kids[0].name = kids[0].name[:self._surlen(kids[0].name)] + a_
                c.name = kids[0].name[:self._surlen(kids[0].name)] + b_
                c.flags.append("twin")
                kids[0].flags.append("twin")
                c.twin_of = kids[0].pid
            for par in (h, w):
                if par:
                    c.parents.append(par)
                    par.children.append(c)
            kids.append(c)
        return kids

    @staticmethod
    def _surlen(name):
        return 2 if name[:2] in ("欧阳", "上官", "司马") else 1

    def _elders(self, hh, sur, area, a0, a1, both=True, rel="parent", village=False):
        r = self.rng
        bm = birth_for_age(r, a0, a1)
        out = []
        if both or r.random() < 0.35:
            m = self.cn_person(hh, "M", bm, rel, sur, area(bm.year))
            out.append(m)
        bf = dt.date.fromordinal(bm.toordinal() + r.randint(-300, 1800))
        if age_at(bf) > 100 or not out or r.random() < 0.85:
            if age_at(bf) > 100:
                bf = birth_for_age(r, a0, min(a1, 95))
            f = self.cn_person(hh, "F", bf, rel, wpick(r, T.SURNAME_SH), area(bf.year))
            out.append(f)
        if len(out) == 2:
            out[0].spouse, out[1].spouse = out[1], out[0]
        return out

    def _link_generations(self, elders, adult):
        for e in elders:
            e.children.append(adult)
            adult.parents.append(e)

    # --- household kinds
    def hh_local(self, hh, dwf=None, village=False):
        r = self.rng
        if dwf is None:
            dwf = wpick(r, [(self.dw_xincun, 6), (self.dw_lane, 2.2), (self.dw_commodity, 1.2)])
        hh.dwelling = dwf()
        la = lambda y: self.local_area(y, village)
        sur = wpick(r, T.SURNAME_SH)
        comp = wpick(r, [("elder_couple", 27), ("elder_single", 15), ("three_gen", 18), ("couple_child", 21),
                         ("mid_couple", 15), ("young_couple", 6)])
        if comp == "elder_couple":
            self._elders(hh, sur, la, 64, 92, rel="head")
        elif comp == "elder_single":
            e = self._elders(hh, sur, la, 68, 96, both=False, rel="head")
            for x in e[1:]:
                hh.members.remove(x)
                self.persons.remove(x)
            e[0].spouse = None
            e[0].flags.append("lives_alone")
        elif comp == "three_gen":
            h, w = self._couple(hh, sur, la, la, 32, 58)
            el = self._elders(hh, sur, la, age_at(h.birth) + 22, age_at(h.birth) + 34, both=r.random() < 0.6)
            self._link_generations(el, h)
            self._children(hh, h, w, 1 if r.random() < 0.85 else 2, la, 0, 25)
        elif comp == "couple_child":
            h, w = self._couple(hh, sur, la, la, 30, 56)
            self._children(hh, h, w, 1 if r.random() < 0.8 else 2, la, 0, 28)
        elif comp == "mid_couple":
            self._couple(hh, sur, la, la, 50, 66)
        else:
            h, w = self._couple(hh, sur, la, la, 25, 36)
            if r.random() < 0.5:
                self._children(hh, h, w, 1, la, 0, 5)
        if r.random() < (0.8 if comp.startswith("elder") else 0.45):
            hh.landline = self.landline()
        if r.random() < 0.05:
            hh.prev = self.dw_lane() if hh.dwelling.kind != "lane" else self.dw_xincun()

    def hh_resettle(self, hh):
        r = self.rng
        self.hh_local(hh, self.dw_resettle, village=True)
        if r.random() < 0.6:
            hh.prev = self.dw_village()      # the demolished village house
        if r.random() < 0.3:
            hh.extra_flats.append(self.dw_resettle())
            self.let_flats.append((hh, hh.extra_flats[-1]))

    def hh_village(self, hh):
        r = self.rng
        self.hh_local(hh, self.dw_village, village=True)
        self.village_houses.append((hh, hh.dwelling))

    def hh_newsh(self, hh):
        r = self.rng
        hh.dwelling = self.dw_commodity()
        prov = wpick(r, T.MIGRANT_PROV)
        code, hukou = self.hometown(prov)
        ca = lambda y: code
        cb_code, _ = self.hometown()
        cb = lambda y: cb_code
        kid_area = lambda y: wpick(r, [("310112", 7), ("310104", 1), ("310115", 1), (code, 1)])
        sur = wpick(r, T.SURNAME_CN)
        comp = wpick(r, [("couple_child", 45), ("young", 25), ("with_parents", 20), ("single", 10)])
        if comp == "single":
            b = birth_for_age(r, 24, 40)
            sx = "M" if r.random() < 0.5 else "F"
            self.cn_person(hh, sx, b, "head", sur, code)
        else:
            h, w = self._couple(hh, sur, ca, cb, 27, 48, local=False)
            if comp != "young" or r.random() < 0.4:
                self._children(hh, h, w, 1 if r.random() < 0.7 else 2, kid_area, 0, 18)
            if comp == "with_parents":
                el = self._elders(hh, sur, ca, age_at(h.birth) + 24, age_at(h.birth) + 32, both=r.random() < 0.5)
                self._link_generations(el, h)
                for e in el:
                    e.flags.append("laopiao")   # parents who followed their children, no Shanghai hukou
        for p in hh.members:
            p.cat = "newsh" if "laopiao" not in p.flags else "migrant"
        if r.random() < 0.15:
            hh.landline = self.landline()

    def hh_migrant(self, hh):
        r = self.rng
        prov = wpick(r, T.MIGRANT_PROV)
        code, hukou = self.hometown(prov)
        ca = lambda y: code
        sur = wpick(r, T.SURNAME_CN)
        # where they live: a let room in a village house, a room in a let flat, a whole flat
        where = wpick(r, [("village_room", 50), ("flat_room", 20), ("flat", 20), ("lane", 10)])
        if where == "village_room" and self.village_houses:
            owner, vd = r.choice(self.village_houses)
            hh.dwelling = self.dw_sub(vd, T.RENT_ROOMS_VILLAGE)
            hh.landlord = owner
            if hh.dwelling is not None:
                owner.rooms_let.append(hh)
        elif where == "flat_room" and self.let_flats:
            owner, fd = r.choice(self.let_flats)
            hh.dwelling = self.dw_sub(fd, T.RENT_ROOMS_FLAT)
            hh.landlord = owner
        elif where == "flat" and self.let_flats:
            owner, fd = r.choice(self.let_flats)
            hh.dwelling = fd
            hh.landlord = owner
        if hh.dwelling is None:
            hh.dwelling = self.dw_lane() if r.random() < 0.5 else self.dw_xincun()
            hh.landlord = None
        comp = wpick(r, [("single", 35), ("couple", 25), ("family", 35), ("with_elder", 5)])
        if hh.dwelling.sub in T.RENT_ROOMS_FLAT:
            comp = wpick(r, [("single", 70), ("couple", 30)])
        if comp == "single":
            sx = "M" if r.random() < 0.58 else "F"
            self.cn_person(hh, sx, birth_for_age(r, 18, 55), "head", sur, code)
        else:
            h, w = self._couple(hh, sur, ca, ca, 22, 52, local=False)
            if comp in ("family", "with_elder"):
                self._children(hh, h, w, 1 if r.random() < 0.55 else 2, ca, 0, 17)
            if comp == "with_elder":
                el = self._elders(hh, sur, ca, age_at(h.birth) + 22, age_at(h.birth) + 30, both=False)
                self._link_generations(el, h)
        for p in hh.members:
            p.hukou = hukou
        if r.random() < 0.15:
            hh.prev = self.dw_sub(r.choice(self.village_houses)[1], T.RENT_ROOMS_VILLAGE) \
                if self.village_houses and r.random() < 0.6 else self.dw_xincun()
        if r.random() < 0.02:
            hh.landline = self.landline()

    def hh_uyghur(self, hh):
        r = self.rng
        hh.kind = "migrant"
        xj = [a for a in self.areas["65"] if a[0][:4] in ("6531", "6532", "6501")]
        code = r.choice(xj)[0]
        hh.dwelling = self.dw_lane() if r.random() < 0.5 else self.dw_xincun()
        fam = r.random() < 0.4
        fathers = [r.choice(T.UY_FATHER) for _ in range(2)]
        n = 2 if fam else 1
        people = []
        for i in range(n):
            sx = "M" if i == 0 else "F"
            b = birth_for_age(r, 20, 50)
            p = self.new_person(hh, sx, b, "head" if i == 0 else "spouse")
            p.name = r.choice(T.UY_M if sx == "M" else T.UY_F) + "·" + fathers[i]
            p.id_birth = b
            p.id = self.make_id(code, b, sx)
            p.minority = "uyghur"
            people.append(p)
        if fam:
            people[0].spouse, people[1].spouse = people[1], people[0]
            if r.random() < 0.6:
                b = birth_for_age(r, 0, 12)
                sx = "M" if r.random() < 0.5 else "F"
                c = self.new_person(hh, sx, b, "child")
                c.name = r.choice(T.UY_M if sx == "M" else T.UY_F) + "·" + people[0].name.split("·")[0]
                c.id_birth = b
                c.id = self.make_id(code, b, sx)
                c.minority = "uyghur"
                c.parents = people[:]
                for x in people:
                    x.children.append(c)
        _, hk = self.hometown("65")
        for p in hh.members:
            p.cat = "migrant"
            p.hukou = hk

    def hh_other_minority(self, hh):
        r = self.rng
        hh.kind = "migrant"
        nm, sx = r.choice(T.OTHER_MINORITY)
        prov = "54" if nm in ("扎西次仁", "次仁卓玛", "央金", "格桑") else "15"
        code, hk = self.hometown(prov)
        hh.dwelling = self.dw_xincun()
        b = birth_for_age(r, 20, 45)
        p = self.new_person(hh, sx, b, "head")
        p.name, p.id_birth, p.minority = nm, b, "other"
        p.id = self.make_id(code, b, sx)
        p.hukou = hk
        p.cat = "migrant"

    def hh_hktw(self, hh):
        r = self.rng
        hh.dwelling = self.dw_commodity()
        tw = r.random() < 0.45
        area = "830000" if tw else "810000"
        n = wpick(r, [(1, 40), (2, 40), (3, 20)])
        sur = r.choice(T.HKTW_SURNAMES)
        people = []
        for i in range(n):
            if i == 0:
                g = r.choice(T.HKTW_GIVEN)
                sx = T.HKTW_GIVEN_SEX[g[0]]
                b = birth_for_age(r, 28, 65)
                s = sur
            elif i == 1:
                sx = "F" if people[0].sex == "M" else "M"
                g = r.choice([x for x in T.HKTW_GIVEN if T.HKTW_GIVEN_SEX[x[0]] == sx])
                b = dt.date.fromordinal(people[0].birth.toordinal() + r.randint(-1500, 1500))
                s = r.choice(T.HKTW_SURNAMES)
            else:
                g = r.choice(T.HKTW_GIVEN)
                sx = T.HKTW_GIVEN_SEX[g[0]]
                b = birth_for_age(r, 0, max(0, min(25, age_at(people[0].birth) - 25)))
                s = (people[0] if people[0].sex == "M" else people[1]).fx["sur"]
            p = self.new_person(hh, sx, b, ["head", "spouse", "child"][i])
            p.name = s[0] + g[0]
            p.id_birth = b
            p.id = self.make_id(area, b, sx)
            p.id_type = "tw_res" if tw else "hk_res"
            p.alt_doc = ("%08d" % r.randint(0, 99999999)) if tw else ("H%08d" % r.randint(0, 99999999))
            rom_s = s[2] if tw else s[1]
            rom_g = g[2] if tw else g[1]
            p.fx = {"sur": s, "roman": "%s %s" % (rom_s, rom_g) if not tw else "%s, %s" % (rom_s, rom_g)}
            p.cat = "hktw"
            people.append(p)
        if n >= 2:
            people[0].spouse, people[1].spouse = people[1], people[0]
        if n == 3:
            people[2].parents = people[:2]
            for x in people[:2]:
                x.children.append(people[2])

    def hh_foreign(self, hh):
        r = self.rng
        hh.dwelling = self.dw_commodity()
        nat = wpick(r, [("JP", 35), ("KR", 30), ("W", 35)])
        n = wpick(r, [(1, 35), (2, 35), (3, 30)])
        people = []
        for i in range(n):
            mixed = (i == 1 and r.random() < 0.2)
            if i == 0:
                b = birth_for_age(r, 26, 62)
                sx = "M" if r.random() < 0.7 else "F"
            elif i == 1:
                sx = "F" if people[0].sex == "M" else "M"
                b = dt.date.fromordinal(people[0].birth.toordinal() + r.randint(-1800, 1800))
                if age_at(b) < 21:
                    b = birth_for_age(r, 21, 30)
            else:
                b = birth_for_age(r, 0, max(0, min(20, age_at(people[0].birth) - 24)))
                sx = "M" if r.random() < 0.5 else "F"
            if mixed:   # a local spouse with a normal Chinese ID
                p = self.cn_person(hh, sx, b, "spouse", wpick(r, T.SURNAME_SH), self.local_area(b.year))
                p.cat = "local"
                people.append(p)
                continue
            p = self.new_person(hh, sx, b, ["head", "spouse", "child"][i])
            p.cat = "foreign"
            p.id_birth = b
            fam = people[0].fx if people and people[0].fx else None
            if nat == "JP":
                sur = fam["sur"] if (fam and i == 2) or (fam and i == 1 and r.random() < 0.9) else r.choice(T.JP_SUR)
                g = r.choice([x for x in T.JP_GIVEN if x[3] == sx])
                p.name = sur[0] + g[0]
                p.fx = {"nat": "JP", "sur": sur, "g": g, "roman": "%s %s" % (sur[2], g[2]),
                        "kanji": sur[1] + g[1]}
                p.id = "T%s%07d" % ("KRZ"[r.randrange(3)], r.randint(0, 9999999))
                p.old_passport = "T%s%07d" % ("GHJ"[r.randrange(3)], r.randint(0, 9999999))
            elif nat == "KR":
                sur = fam["sur"] if (fam and i == 2) else r.choice(T.KR_SUR)
                g = r.choice([x for x in T.KR_GIVEN if x[2] == sx])
                p.name = sur[0] + g[0]
                p.fx = {"nat": "KR", "sur": sur, "g": g, "roman": "%s %s" % (sur[1], g[1])}
                p.id = "M%08d" % r.randint(0, 99999999)
                p.old_passport = "M%08d" % r.randint(0, 99999999)
            else:
                last = fam["last"] if (fam and (i == 2 or r.random() < 0.8)) else r.choice(T.WEST_LAST)
                first = r.choice([x for x in T.WEST_FIRST if x[2] == sx])
                if i == 2 and sx == "M" and people[0].fx and people[0].fx.get("first") and r.random() < 0.25:
                    first = people[0].fx["first"]           # "Jr.": son with the father's name
                    p.flags.append("same_name_as_parent")
                p.name = "%s %s" % (first[0], last[0])
                p.fx = {"nat": last[2], "first": first, "last": last, "sur": None, "roman": p.name,
                        "alias": r.choice(T.WEST_CN_ALIAS) if i < 2 and r.random() < 0.3 else ""}
                p.id = ("%09d" % r.randint(100000000, 999999999)) if last[2] in ("USA", "GBR", "CAN", "AUS") else \
                    "C%s" % "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
                p.old_passport = ("%09d" % r.randint(100000000, 999999999)) if p.id[0] != "C" else \
                    "C%s" % "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
            p.id_type = "passport"
            people.append(p)
        if n >= 2:
            people[0].spouse, people[1].spouse = people[1], people[0]
        if n == 3:
            people[2].parents = people[:2]
            for x in people[:2]:
                x.children.append(people[2])

    # ------------------------------------------------------------ the whole town
    def build(self):
        r = self.rng
        kinds = [("local", 30), ("resettle", 14), ("village", 9), ("newsh", 11), ("migrant", 33),
                 ("hktw", 0.8), ("foreign", 1.6), ("uyghur", 0.35), ("other_minority", 0.15)]
        # seed some village houses first so migrants can rent rooms
        for _ in range(60):
            self.add_household("village")
        while len(self.persons) < self.n:
            self.add_household(wpick(r, kinds))
        # trim to exactly n people
        while len(self.persons) > self.n:
            p = self.persons.pop()
            p.hh.members.remove(p)
        self.households = [h for h in self.households if h.members]
        self.finish_people()

    def finish_people(self):
        r = self.rng
        for hh in self.households:
            hx = r.random()
            hk_other = ""
            if hh.kind == "resettle" and hh.prev is not None and hx < 0.25:
                hk_other = "上海市闵行区梅陇镇" + render_core(hh.prev, {}, None)
            elif hx < 0.12:
                hk_other = "上海市" + r.choice(["徐汇区漕溪北路", "徐汇区田林路", "黄浦区蓬莱路", "静安区共和新路",
                                                "长宁区天山路", "普陀区曹杨路"]) + \
                    "%d弄%d号%d室" % (r.randint(1, 99) * 10 + 8, r.randint(1, 60), r.randint(1, 6) * 100 + r.randint(1, 4))
            elif hh.kind == "newsh" and hx < 0.3:
                hk_other = "上海市闵行区梅陇镇%s%d号(集体户)" % (r.choice(["莲花南路", "罗阳路", "虹梅南路"]), r.randint(100, 3999))
            for p in hh.members:
                a = age_at(p.birth)
                # mobiles
                own = (0.97 if 18 <= a < 60 else 0.85 if 60 <= a < 75 else 0.45 if a >= 75 else
                       0.6 if a >= 12 else 0.0)
                if r.random() < own:
                    p.mobile = self.mobile()
                    if r.random() < 0.18 and a >= 25:
                        p.old_mobile = self.mobile()
                if a >= 60 and r.random() < 0.5:
                    p.ext_child_phone = self.mobile()
                # hukou address
                if not p.hukou and p.cat in ("local", "newsh"):
                    # "" = registered at the current dwelling; children born later sometimes registered there
                    p.hukou = hk_other if (a >= 16 or r.random() < 0.6) else ""
                # deceased (still in the household table; ledgers are slow to drop them)
                pd = 0.10 if a >= 80 else 0.045 if a >= 70 else 0.005 if a >= 40 else 0.0
                if r.random() < pd:
                    p.deceased = dt.date.fromordinal(r.randint(dt.date(2021, 1, 1).toordinal(), REF.toordinal() - 30))
                    p.flags.append("deceased")
                # a changed name (曾用名)
                if p.cat in ("local", "newsh", "migrant") and not p.minority and a >= 8 and r.random() < 0.025:
                    sl = Gen._surlen(p.name)
                    p.former = p.name[:sl] + self.given(p.sex, p.birth.year)
                    if p.former == p.name:
                        p.former = p.name[:sl] + self.given(p.sex, p.birth.year - 20)
                    if p.former != p.name:
                        p.flags.append("name_changed")
                    else:
                        p.former = ""
                # roles
                if a >= 18:
                    if r.random() < (0.12 if p.cat == "local" and a >= 55 else 0.07 if p.cat in ("local", "newsh") else 0.02):
                        p.flags.append("party")
                    if p.sex == "M" and a >= 30 and r.random() < (0.06 if p.cat == "local" else 0.025):
                        p.flags.append("veteran")
                    vol = 0.12 if p.cat == "local" and 55 <= a <= 78 else 0.04 if p.cat in ("local", "newsh") else 0.01
                    if r.random() < vol:
                        p.flags.append("volunteer")
                    eb = 0.35 if p.cat == "migrant" and a < 55 else 0.18 if a < 70 else 0.05
                    if r.random() < eb:
                        p.flags.append("ebike")
                dis = 0.07 if a >= 75 else 0.03 if a >= 60 else 0.012
                if r.random() < dis:
                    p.flags.append("disabled")
            if r.random() < (0.03 if hh.kind in ("local", "resettle", "village") else 0.0):
                hh.dibao = True
            if all(age_at(m.birth) >= 60 for m in hh.members) and hh.kind in ("local", "resettle", "village"):
                for m in hh.members:
                    if "lives_alone" not in m.flags:
                        m.flags.append("elderly_only_household")
            if hh.landline and r.random() < 0.15:
                hh.old_landline = hh.landline   # numbers were 7 digits before 1995; some ledgers keep them
        # a few namesakes: same name and close birth year in different households
        locals_ = [p for p in self.persons if p.cat == "local" and not p.fx]
        for _ in range(max(3, self.n // 2000)):
            a, b = r.choice(locals_), r.choice(locals_)
            if a.hh is b.hh or a.sex != b.sex or a.minority or b.minority:
                continue
            b.name = a.name[:Gen._surlen(a.name)] + a.name[Gen._surlen(a.name):]
            a.flags.append("namesake")
            b.flags.append("namesake")
        # a few Chinese parent/child pairs with the same name
        cands = [p for p in self.persons if p.parents and p.cat in ("local", "migrant") and not p.minority]
        for _ in range(max(3, self.n // 2000)):
            c = r.choice(cands)
            par = [x for x in c.parents if x.sex == c.sex]
            if par and "twin" not in c.flags:
                c.name = par[0].name
                c.flags.append("same_name_as_parent")


# ====================================================================== address rendering
CN_PHASE = {"一期": "1期", "二期": "2期", "三期": "3期", "四期": "4期"}


def cn_numeral_estate(est):
    # 梅陇三村 -> 梅陇3村
    for i, c in enumerate(T.CN_NUM):
        if c + "村" in est:
            return est.replace(c + "村", str(i) + "村")
    return est


def render_core(d, o, tags):
    """the part of an address below the town. o: options dict."""
    form = o.get("form", "estate")
    room = o.get("room", "室")
    lw = o.get("lane", "弄")
    old_road = o.get("old_road", False)

    def road_name(rd):
        if old_road and rd in T.OLD_ROAD:
            return T.OLD_ROAD[rd]
        return rd

    def lane_str(rd, ln, no):
        if lw == "弄":
            return "%s%d弄%d号" % (road_name(rd), ln, no)
        if lw == "-":
            return "%s%d-%d号" % (road_name(rd), ln, no)
        return "%s%d号%d号" % (road_name(rd), ln, no)

    k = d.kind
    if k == "lane":
        s = lane_str(d.road, d.lane, d.bldg)
        if room == "none":
            pass
        elif d.part in ("二楼", "三楼") and o.get("digits"):
            s += d.part.replace("二", "2").replace("三", "3")
        else:
            s += d.part
    elif k in ("xincun", "resettle", "commodity"):
        if form == "road":
            s = lane_str(d.road, d.lane, d.bldg)
            if room in ("室", "bare", "dash"):
                s += "%d室" % d.room if room == "室" else "%d" % d.room
            elif room == "floor":
                s += "%d楼" % d.floor
        else:
            est = d.estate
            if o.get("no_estate"):
                est = ""
            elif o.get("digits"):
                est = cn_numeral_estate(est)
            if d.phase and not o.get("no_estate"):
                est += CN_PHASE.get(d.phase, d.phase) if o.get("digits") else d.phase
            bw = o.get("bword") or d.bword
            if room == "室":
                s = "%s%d%s%d室" % (est, d.bldg, bw, d.room)
            elif room == "bare":
                s = "%s%d%s%d" % (est, d.bldg, bw, d.room)
            elif room == "dash":
                s = "%s%d-%d" % (est, d.bldg, d.room)
            elif room == "floor":
                s = "%s%d%s%d楼" % (est, d.bldg, bw, d.floor)
            else:
                s = "%s%d%s" % (est, d.bldg, bw)
            if o.get("partial"):
                s = est
    else:  # village
        vform = o.get("vform", "group")
        vil = d.village
        grp = d.group
        gw = "队" if o.get("team") else "组"
        if o.get("old_village"):
            for v, old, ng, _ in T.VILLAGES:
                if v == vil and old and grp > ng // 2:
                    vil, grp = old, grp - ng // 2
        if vform == "group":
            s = "%s%d%s%d号" % (vil, grp, gw, d.house)
        elif vform == "zhai":
            s = "%s%s%d号" % (vil, d.zhai, d.house)
        elif vform == "zhai_only":
            s = "%s%d号" % (d.zhai, d.house)
        else:
            s = "%s%d%s%s%d号" % (vil, grp, gw, d.zhai, d.house)
    if d.sub and room != "none":
        if d.kind == "village" and d.sub.startswith("之"):
            s = s[:-1] + d.sub
        elif d.kind == "village" and d.sub[0].isdigit():
            s = s + "-" + d.sub[0]
        else:
            s += d.sub
    return s


PREFIX = {"full": "上海市闵行区梅陇镇", "district": "闵行区梅陇镇", "town": "梅陇镇", "none": "",
          "city": "上海市", "sh_short": "上海闵行", "district_only": "闵行区", "full_sp": "上海市 闵行区 梅陇镇 "}


def committee_str(d, rng):
    if d.kind == "village":
        return ""
    base = d.comm
    if d.kind == "lane":
        base = "老街"
    return base + rng.choice(["居委", "居委会", "居民区", "社区"])


# ====================================================================== field renderers
def apply_char_sub(rng, name, groups, prefer_surname=0.5):
    """replace one character using a group table; returns new name or None."""
    idxs = list(range(len(name)))
    if rng.random() < prefer_surname:
        idxs = [0] + [i for i in idxs if i != 0]
    else:
        rng.shuffle(idxs)
    for i in idxs:
        c = name[i]
        for g in groups:
            if c in g and len(g) > 1:
                alts = [x for x in g if x != c]
                return name[:i] + rng.choice(alts) + name[i + 1:]
    return None


def to_trad(s):
    return "".join(T.TRAD.get(c, c) for c in s)


def render_name(g, p, cfg, rng, tags, ctx):
    nc = cfg.get("name_noise", {})
    a = age_at(p.birth)
    sl = Gen._surlen(p.name)
    name = p.name
    if p.fx:      # foreigners and HK/TW residents
        if p.cat == "foreign":
            nat = p.fx["nat"]
            if nat in ("JP", "KR"):
                x = rng.random()
                if x < nc.get("roman", 0.3):
                    name = p.fx["roman"]
                    tags.append("name:roman")
                    if rng.random() < 0.3:
                        parts = name.split()
                        name = " ".join(parts[::-1])
                        tags.append("name:order_swapped")
                    if rng.random() < 0.3:
                        name = name.title()
                elif nat == "JP" and x < nc.get("roman", 0.3) + 0.2:
                    name = p.fx["kanji"]
                    if name != p.name:
                        tags.append("name:jp_kanji")
            else:
                x = rng.random()
                fe, fc = p.fx["first"][:2]
                le, lc = p.fx["last"][:2]
                if x < 0.3:
                    name = "%s %s" % (le.upper(), fe.upper())
                    tags.append("name:order_swapped")
                elif x < 0.45:
                    name = "%s, %s" % (le, fe)
                    tags.append("name:order_swapped")
                elif x < 0.6:
                    name = "%s·%s" % (fc, lc)
                    tags.append("name:transcribed")
                elif x < 0.68:
                    name = lc
                    tags.append("name:transcribed")
                    tags.append("name:surname_only")
                elif x < 0.76 and p.fx.get("alias"):
                    name = p.fx["alias"]
                    tags.append("name:cn_alias")
                elif x < 0.8:
                    name = name.upper()
                if "Müller" in name and rng.random() < 0.5:
                    name = name.replace("Müller", "Mueller").replace("MÜLLER", "MUELLER")
                    tags.append("name:translit")
            return name
        # HK / TW
        x = rng.random()
        if x < nc.get("trad_hktw", 0.5):
            name = to_trad(name)
            if name != p.name:
                tags.append("name:trad")
        elif x < nc.get("trad_hktw", 0.5) + 0.15:
            name = p.fx["roman"]
            tags.append("name:roman")
        return name
    if p.minority == "uyghur":
        x = rng.random()
        if x < nc.get("dot", 0.35):
            sep, tg = rng.choice(T.DOT_VARIANTS)
            name = name.replace("·", sep)
            tags.append("name:" + tg)
        elif x < nc.get("dot", 0.35) + 0.06:
            name = name.split("·")[0]
            tags.append("name:truncated")
        elif x < nc.get("dot", 0.35) + 0.12:
            name = name.replace("买买提", "麦麦提") if "买买提" in name else name.replace("艾力", "艾里")
            if name != p.name:
                tags.append("name:translit")
        if len(name) > 8 and rng.random() < 0.4:
            name = name[:8]
            tags.append("name:truncated")
        return name
    # --- Han Chinese names
    if ctx.get("name_override"):
        tags.append(ctx["name_override"][1])
        return ctx["name_override"][0]
    if p.former and rng.random() < nc.get("former", 0.0):
        name = p.former
        tags.append("name:former")
    x = rng.random()
    cum = 0.0
    for kind in ("nick", "title", "surname_only", "given_only"):
        cum += nc.get(kind, 0.0)
        if x < cum:
            g_ = name[sl:]
            if kind == "nick":
                if a >= 55 and rng.random() < 0.6:
                    if g_.startswith("阿"):
                        nk = g_
                    else:
                        nk = "阿" + g_[-1]
                elif a >= 50 and p.sex == "M":
                    nk = "老" + name[:sl]
                elif a < 45:
                    nk = "小" + (name[:sl] if rng.random() < 0.6 else g_[-1])
                else:
                    nk = "阿" + g_[-1]
                name = nk
                tags.append("name:nickname")
            elif kind == "title":
                s_ = name[:sl]
                if cfg.get("title_mr"):
                    t = "女士" if p.sex == "F" else "先生"
                elif a >= 72:
                    t = rng.choice(["阿婆", "家阿婆", "老太"]) if p.sex == "F" else rng.choice(["老伯", "老伯伯", "阿爷"])
                elif a >= 40:
                    t = rng.choice(["阿姨", "阿姨", "老师", "女士"]) if p.sex == "F" else rng.choice(["师傅", "师傅", "老师", "先生"])
                else:
                    t = "女士" if p.sex == "F" else "先生"
                name = s_ + t
                tags.append("name:title")
            elif kind == "surname_only":
                name = name[:sl]
                tags.append("name:surname_only")
            else:
                name = g_
                tags.append("name:given_only")
            return name
    if rng.random() < nc.get("wu", 0.0):
        n2 = apply_char_sub(rng, name, T.WU_HOMO, 0.6)
        if n2 and n2 != name:
            name = n2
            tags.append("name:wu_homophone")
    if rng.random() < nc.get("ime", 0.0):
        n2 = apply_char_sub(rng, name, T.IME_HOMO, 0.2)
        if n2 and n2 != name:
            name = n2
            tags.append("name:ime_homophone")
    if rng.random() < nc.get("lookalike", 0.0):
        n2 = apply_char_sub(rng, name, T.LOOKALIKE, 0.3)
        if n2 and n2 != name:
            name = n2
            tags.append("name:lookalike")
    if len(name) >= 3 and rng.random() < nc.get("char_missing", 0.0):
        i = rng.randrange(1, len(name))
        name = name[:i] + name[i + 1:]
        tags.append("name:char_missing")
    if rng.random() < nc.get("space", 0.0):
        name = name[:sl] + rng.choice([" ", "  ", "\u3000"]) + name[sl:] if rng.random() < 0.7 else name + " "
        tags.append("name:space")
    if rng.random() < nc.get("annot", 0.0):
        if p.deceased and ctx.get("listed_dead"):
            name += rng.choice(["（已故）", "(已故)", "(殁)", "（去世）"])
        elif p.rel == "head":
            name += rng.choice(["（户主）", "(户主)"])
        elif p.hh.kind == "migrant":
            name += rng.choice(["(租客)", "（外来）"])
        else:
            name += rng.choice(["(" + {"spouse": "配偶", "child": "子女", "parent": "父母", "head": "户主"}.get(p.rel, "家属") + ")"])
        tags.append("name:annot")
    return name


def fw(s):
    return s.translate(T.CN_DIGITS_FULL)


def render_id(g, p, cfg, rng, tags, ctx):
    nc = cfg.get("id_noise", {})
    a = age_at(p.birth)
    v = p.id
    if rng.random() < nc.get("placeholder", 0.0):
        tags.append("id:placeholder")
        return rng.choice(["无", "/", "暂无", "-", "不详", "0"])
    if p.id_type in ("hk_res", "tw_res"):
        if rng.random() < nc.get("alt_doc", 0.4):
            v = p.alt_doc
            tags.append("id:alt_doc")
            return v
    elif p.id_type == "passport":
        if rng.random() < nc.get("old_passport", 0.1):
            v = p.old_passport
            tags.append("id:old_passport")
        if rng.random() < 0.15:
            v = v.lower()
            tags.append("id:lowercase")
        if rng.random() < 0.1:
            v = rng.choice(["护照", "护照:", "PP:"]) + v
            tags.append("id:doc_prefix")
        return v
    # relative's number typed on this row
    if rng.random() < nc.get("relative", 0.0):
        rel = [x for x in [p.spouse] + p.parents + p.children if x is not None and x.id_type == "cn18"]
        if rel:
            v = rng.choice(rel).id
            tags.append("id:relative")
    if a >= 62 and rng.random() < nc.get("id15", 0.0) and v == p.id:
        v = v[:6] + v[8:17]
        tags.append("id:id15")
        return v
    if rng.random() < nc.get("mask", 0.0):
        st = wpick(rng, cfg.get("mask_styles", [("6_4", 6), ("3_4", 1), ("birth", 1), ("1_1", 1), ("4_4", 1)]))
        if st == "6_4":
            v = v[:6] + "********" + v[-4:]
        elif st == "3_4":
            v = v[:3] + "*" * 11 + v[-4:]
        elif st == "birth":
            v = v[:14] + "****"
        elif st == "1_1":
            v = v[0] + "*" * 16 + v[-1]
        else:
            v = v[:4] + "**********" + v[-4:]
        tags.append("id:mask")
        return v
    if rng.random() < nc.get("typo", 0.0):
        i = rng.randrange(0, 17)
        v = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
        tags.append("id:typo")
    if rng.random() < nc.get("transpose", 0.0):
        i = rng.randrange(6, 16)
        if v[i] != v[i + 1]:
            v = v[:i] + v[i + 1] + v[i] + v[i + 2:]
            tags.append("id:transpose")
    if rng.random() < nc.get("truncated", 0.0):
        v = v[:17] if rng.random() < 0.5 else v[:-2]
        tags.append("id:truncated")
    if v[-1] == "X" and rng.random() < nc.get("lower_x", 0.0):
        v = v[:-1] + "x"
        tags.append("id:lower_x")
    if v.isdigit() and len(v) == 18:
        x = rng.random()
        if x < nc.get("excel_sci", 0.0):
            if rng.random() < 0.5:
                v = "%.5E" % int(v)
                v = v.replace("E+", "E+").rstrip("0")
                m, e = v.split("E")
                v = m.rstrip("0").rstrip(".") + "E+" + e.lstrip("+").lstrip("0")
            else:
                v = "%.14E" % int(v)
                m, e = v.split("E")
                v = m.rstrip("0").rstrip(".") + "E+" + e.lstrip("+").lstrip("0")
            tags.append("id:excel_sci")
            return v
        elif x < nc.get("excel_sci", 0.0) + nc.get("excel_000", 0.0):
            v = v[:15] + "000"
            tags.append("id:excel_000")
            return v
    if rng.random() < nc.get("disab_cert", 0.0):
        v = v + str(rng.randint(1, 7)) + str(rng.randint(1, 4))
        tags.append("id:disability_cert_no")
    if rng.random() < nc.get("apostrophe", 0.0):
        v = "'" + v
        tags.append("id:apostrophe")
    if rng.random() < nc.get("space", 0.0):
        v = v[:6] + " " + v[6:14] + " " + v[14:]
        tags.append("id:space")
    if rng.random() < nc.get("fullwidth", 0.0):
        v = fw(v)
        tags.append("id:fullwidth")
    return v


def fmt_mobile(m, style):
    if style == "plain":
        return m
    if style == "dash344":
        return "%s-%s-%s" % (m[:3], m[3:7], m[7:])
    if style == "space344":
        return "%s %s %s" % (m[:3], m[3:7], m[7:])
    if style == "plus86":
        return "+86 " + m
    if style == "plus86b":
        return "+86" + m
    if style == "86dash":
        return "86-" + m
    if style == "dash38":
        return "%s-%s" % (m[:3], m[3:])
    return m


def fmt_land(n, style):
    if style == "plain":
        return n
    if style == "021dash":
        return "021-" + n
    if style == "021":
        return "021" + n
    if style == "paren":
        return "(021)" + n
    if style == "space":
        return n[:4] + " " + n[4:]
    if style == "021space":
        return "021 " + n
    return n


def render_phone(g, p, cfg, rng, tags, ctx):
    nc = cfg.get("phone_noise", {})
    a = age_at(p.birth)
    hh = p.hh
    spouse_m = p.spouse.mobile if p.spouse else ""
    child_m = [c.mobile for c in p.children if c.mobile]
    if p.ext_child_phone:
        child_m.append(p.ext_child_phone)
    parent_m = [x.mobile for x in p.parents if x.mobile]
    num, kind, rel = "", "", ""
    # which number is written
    if a >= 60 and child_m and rng.random() < nc.get("child", 0.0):
        num, kind, rel = rng.choice(child_m), "m", "child"
        tags.append("phone:child")
    elif hh.landline and rng.random() < nc.get("landline", 0.0):
        num, kind = hh.landline, "l"
        tags.append("phone:household_landline")
    elif spouse_m and rng.random() < nc.get("spouse", 0.0):
        num, kind, rel = spouse_m, "m", "spouse"
        tags.append("phone:spouse")
    elif p.mobile:
        num, kind = p.mobile, "m"
        if p.old_mobile and rng.random() < nc.get("old", 0.0):
            num = p.old_mobile
            tags.append("phone:old_number")
    elif a < 18 and parent_m:
        num, kind, rel = rng.choice(parent_m), "m", "parent"
        tags.append("phone:parent")
    elif hh.landline and rng.random() < 0.8:
        num, kind = hh.landline, "l"
        tags.append("phone:household_landline")
    elif child_m and rng.random() < 0.8:
        num, kind, rel = rng.choice(child_m), "m", "child"
        tags.append("phone:child")
    elif spouse_m:
        num, kind, rel = spouse_m, "m", "spouse"
        tags.append("phone:spouse")
    if not num:
        return ""
    if rng.random() < nc.get("placeholder", 0.0):
        tags.append("phone:placeholder")
        return rng.choice(["无", "/", "不详", "暂无"])
    if kind == "m":
        if rng.random() < nc.get("mask", 0.0):
            v = num[:3] + "****" + num[7:] if rng.random() < 0.85 else num[:3] + "****" + num[7:9] + "**"
            tags.append("phone:mask")
            return v
        if rng.random() < nc.get("typo", 0.0):
            i = rng.randrange(3, 11)
            num = num[:i] + str((int(num[i]) + rng.randint(1, 9)) % 10) + num[i + 1:]
            tags.append("phone:typo")
        if rng.random() < nc.get("missing_digit", 0.0):
            i = rng.randrange(3, 11)
            num = num[:i] + num[i + 1:]
            tags.append("phone:missing_digit")
        st = wpick(rng, cfg.get("mobile_fmt", [("plain", 1)]))
        if st != "plain":
            tags.append("phone:fmt_" + st)
        v = fmt_mobile(num, st)
    else:
        if hh.old_landline and num == hh.landline and num[0] == "6" and rng.random() < nc.get("old7", 0.3):
            num = num[1:]
            tags.append("phone:landline_7digit")
        st = wpick(rng, cfg.get("land_fmt", [("plain", 1)]))
        if st != "plain":
            tags.append("phone:fmt_land_" + st)
        v = fmt_land(num, st)
    if rel and rng.random() < nc.get("annot", 0.0):
        lab = {"child": rng.choice(["儿子", "女儿", "子", "女"]), "spouse": rng.choice(["老伴", "爱人", "丈夫" if p.sex == "F" else "妻子"]),
               "parent": rng.choice(["妈妈", "爸爸", "家长", "母", "父"])}[rel]
        v += rng.choice(["(%s)", "（%s）", " %s"]) % lab
        tags.append("phone:annot")
    if rng.random() < nc.get("two", 0.0):
        others = [x for x in ([hh.landline] + child_m + ([p.mobile] if p.mobile else [])) if x and x != num]
        if others:
            sep = rng.choice(["/", "，", " ", ";", "、", ","])
            v = v + sep + rng.choice(others)
            tags.append("phone:two_numbers")
    if rng.random() < nc.get("fullwidth", 0.0):
        v = fw(v)
        tags.append("phone:fullwidth")
    return v


def fmt_date(d, st):
    y, m, dd = d.year, d.month, d.day
    if st == "iso":
        return "%04d-%02d-%02d" % (y, m, dd)
    if st == "slash":
        return "%d/%d/%d" % (y, m, dd)
    if st == "slash0":
        return "%04d/%02d/%02d" % (y, m, dd)
    if st == "compact":
        return "%04d%02d%02d" % (y, m, dd)
    if st == "dot":
        return "%d.%d.%d" % (y, m, dd)
    if st == "dot0":
        return "%04d.%02d.%02d" % (y, m, dd)
    if st == "cn":
        return "%d年%d月%d日" % (y, m, dd)
    if st == "short_dot":
        return "%02d.%d.%d" % (y % 100, m, dd)
    if st == "us":
        return "%d/%d/%d" % (m, dd, y)
    if st == "datetime":
        return "%04d-%02d-%02d 00:00:00" % (y, m, dd)
    if st == "passport":
        return "%02d %s %04d" % (dd, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1], y)
    if st == "ym_dot":
        return "%d.%02d" % (y, m)
    if st == "ym_dash":
        return "%04d-%02d" % (y, m)
    if st == "ym_cn":
        return "%d年%d月" % (y, m)
    if st == "ym_compact":
        return "%04d%02d" % (y, m)
    return "%04d-%02d-%02d" % (y, m, dd)


def render_birth(g, p, cfg, rng, tags, ctx):
    nc = cfg.get("birth_noise", {})
    d = p.birth
    if cfg.get("birth_from_id"):
        d = p.id_birth
        if d != p.birth:
            tags.append("birth:id_date")
    a = age_at(p.birth)
    if a >= 65 and rng.random() < nc.get("lunar", 0.0) and p.cat in ("local", "newsh", "migrant"):
        ly, lm, ld, leap = solar_to_lunar(d)
        mname = ("闰" if leap else "") + LUNAR_M[lm - 1] + "月"
        gz = GAN[(ly - 4) % 10] + ZHI[(ly - 4) % 12]
        st = rng.randrange(5)
        if st == 0:
            v = "农历%d年%s%s" % (ly, mname, lunar_day_cn(ld))
        elif st == 1:
            v = "%d年农历%d月%d日" % (ly, lm, ld)
        elif st == 2:
            v = "%d.%d.%d(农历)" % (ly, lm, ld)
        elif st == 3:
            v = "阴历%d年%s%s" % (ly, mname, lunar_day_cn(ld))
        else:
            v = "农历%s年%s%s" % (gz, mname, lunar_day_cn(ld))
        tags.append("birth:lunar")
        return v
    if rng.random() < nc.get("age", 0.0):
        tags.append("birth:age")
        return rng.choice(["%d", "%d岁", "%d"]) % (a if rng.random() < 0.8 else a + 1)
    if rng.random() < nc.get("year_only", 0.0):
        tags.append("birth:year_only")
        return "%d" % d.year if rng.random() < 0.8 else "%d年" % d.year
    if rng.random() < nc.get("year_month", 0.0):
        tags.append("birth:year_month")
        return fmt_date(d, wpick(rng, cfg.get("ym_fmt", [("ym_dot", 3), ("ym_dash", 1), ("ym_cn", 1), ("ym_compact", 1)])))
    if rng.random() < nc.get("typo", 0.0):
        k = rng.randrange(3)
        try:
            if k == 0:
                d = d.replace(year=d.year + rng.choice([-1, 1, -10, 10]))
            elif k == 1:
                d = d.replace(day=min(28, max(1, d.day + rng.choice([-1, 1, 10, -10]))))
            else:
                d = d.replace(month=max(1, min(12, d.month + rng.choice([-1, 1]))))
            tags.append("birth:typo")
        except ValueError:
            pass
    if d.day <= 12 and d.day != d.month and rng.random() < nc.get("swap_dm", 0.0):
        d = dt.date(d.year, d.day, d.month)
        tags.append("birth:day_month_swapped")
    if rng.random() < nc.get("excel_serial", 0.0):
        tags.append("birth:excel_serial")
        return str(d.toordinal() - dt.date(1899, 12, 30).toordinal())
    st = wpick(rng, cfg.get("birth_fmt", [("iso", 1)]))
    if p.cat == "foreign" and rng.random() < 0.2:
        st = "passport"
    if st != "iso":
        tags.append("birth:fmt_" + st)
    return fmt_date(d, st)


def render_gender(g, p, cfg, rng, tags, ctx):
    nc = cfg.get("gender_noise", {})
    sx = p.sex
    if rng.random() < nc.get("wrong", 0.0):
        sx = "F" if sx == "M" else "M"
        tags.append("gender:wrong")
    st = wpick(rng, cfg.get("gender_fmt", [("cn", 1)]))
    if st != "cn":
        tags.append("gender:fmt_" + st)
    return {"cn": {"M": "男", "F": "女"}, "cnx": {"M": "男性", "F": "女性"}, "MF": {"M": "M", "F": "F"},
            "mf": {"M": "m", "F": "f"}, "12": {"M": "1", "F": "2"}, "en": {"M": "Male", "F": "Female"},
            "10": {"M": "1", "F": "0"}}[st][sx]


def render_addr(g, p, cfg, rng, tags, ctx):
    nc = cfg.get("addr_noise", {})
    hh = p.hh
    d = ctx.get("dwelling") or hh.dwelling
    if ctx.get("dwelling") is not None and ctx["dwelling"] is not hh.dwelling:
        tags.append(ctx.get("dw_tag", "addr:other_property"))
    elif hh.prev is not None and rng.random() < nc.get("prev", 0.0):
        d = hh.prev
        tags.append("addr:previous")
    if rng.random() < nc.get("hukou", 0.0) and p.hukou:
        tags.append("addr:hukou")
        return p.hukou
    if rng.random() < nc.get("committee_only", 0.0):
        c = committee_str(d, rng) or (d.village + rng.choice(["村", "村委", ""])).replace("村村", "村")
        tags.append("addr:committee_only")
        return wpick(rng, [("", 3), ("梅陇镇", 1), ("闵行区梅陇镇", 1)]) + c
    o = {}
    forms = cfg.get("addr_form", [("estate", 1)])
    o["form"] = wpick(rng, forms)
    if o["form"] != forms[0][0] and d.kind in ("xincun", "resettle", "commodity"):
        tags.append("addr:alias_" + o["form"])
    o["room"] = wpick(rng, cfg.get("room_fmt", [("室", 1)]))
    if o["room"] in ("none", "floor") and (d.kind != "village" or d.sub):
        tags.append("addr:room_" + ("dropped" if o["room"] == "none" else "floor_only"))
    elif o["room"] in ("bare", "dash") and d.kind in ("xincun", "resettle", "commodity"):
        tags.append("addr:room_" + o["room"])
    o["lane"] = wpick(rng, cfg.get("lane_fmt", [("弄", 1)]))
    if o["lane"] != "弄" and (d.kind == "lane" or o["form"] == "road"):
        tags.append("addr:lane_" + ("dash" if o["lane"] == "-" else "hao"))
    if rng.random() < nc.get("digits", 0.0) and d.kind in ("xincun", "resettle", "lane"):
        o["digits"] = True
        tags.append("addr:digits")
    if d.kind in ("commodity",) and rng.random() < nc.get("bword", 0.0):
        o["bword"] = rng.choice([x for x in ["号楼", "幢", "栋", "号"] if x != d.bword])
        tags.append("addr:building_word")
    if rng.random() < nc.get("old_road", 0.0) and (d.kind == "lane" or o["form"] == "road") and d.road in T.OLD_ROAD:
        o["old_road"] = True
        tags.append("addr:old_road_name")
    if d.kind == "village":
        vf = wpick(rng, cfg.get("village_fmt", [("group", 6), ("zhai", 2), ("zhai_only", 1), ("both", 1)]))
        o["vform"] = vf
        if vf != "group":
            tags.append("addr:village_" + vf)
        if rng.random() < nc.get("team", 0.0):
            o["team"] = True
            tags.append("addr:team_for_group")
        if rng.random() < nc.get("old_village", 0.0):
            for v, old, ng, _ in T.VILLAGES:
                if v == d.village and old and d.group > ng // 2:
                    o["old_village"] = True
                    tags.append("addr:old_village_name")
    if rng.random() < nc.get("no_estate", 0.0) and d.kind in ("xincun", "resettle", "commodity") and o["form"] == "estate":
        o["no_estate"] = True
        tags.append("addr:estate_missing")
    if rng.random() < nc.get("partial", 0.0) and d.kind in ("xincun", "resettle", "commodity"):
        o["partial"] = True
        tags.append("addr:partial")
    core = render_core(d, o, tags)
    pre = wpick(rng, cfg.get("addr_prefix", [("none", 1)]))
    if rng.random() < nc.get("old_admin", 0.0) and d.kind in ("village", "lane"):
        pre = "old_admin"
        tags.append("addr:old_admin")
    prefix = rng.choice(T.OLD_ADMIN) if pre == "old_admin" else PREFIX[pre]
    comm = ""
    if rng.random() < nc.get("committee", 0.0):
        comm = committee_str(d, rng)
        if comm:
            tags.append("addr:committee")
    v = prefix + comm + core
    if rng.random() < nc.get("typo", 0.0):
        idx = [i for i, c in enumerate(v) if c in T.PLACE_TYPO and i >= len(prefix)]
        if idx:
            i = rng.choice(idx)
            v = v[:i] + T.PLACE_TYPO[v[i]] + v[i + 1:]
            tags.append("addr:typo")
    if rng.random() < nc.get("fullwidth", 0.0):
        v = fw(v)
        tags.append("addr:fullwidth")
    if rng.random() < nc.get("space", 0.0):
        v = v.replace("号", "号 ", 1)
        tags.append("addr:space")
    return v


RENDER = {"name": render_name, "id_number": render_id, "phone": render_phone, "birth_date": render_birth,
          "gender": render_gender, "address": render_addr}
FIELDS = ["name", "id_number", "phone", "birth_date", "gender", "address"]


# ====================================================================== the apps
def alive(p):
    return p.deceased is None


def A(p):
    return age_at(p.birth)


COMM_ORDER = {}


def comm_index(p):
    d = p.hh.dwelling
    key = d.comm or d.village or ""
    if key not in COMM_ORDER:
        COMM_ORDER[key] = len(COMM_ORDER)
    return COMM_ORDER[key]


# base habits shared by most apps; each app overrides what it does differently
LEDGER_PHONE = {"child": 0.3, "landline": 0.2, "spouse": 0.04, "old": 0.08, "two": 0.05, "annot": 0.3,
                "typo": 0.01, "missing_digit": 0.008, "old7": 0.3}
MOB_FMT_EXCEL = [("plain", 20), ("dash344", 1), ("space344", 1), ("plus86", 0.3), ("dash38", 0.3)]
LAND_FMT = [("plain", 6), ("021dash", 3), ("021", 1), ("paren", 0.5), ("space", 0.5), ("021space", 0.5)]

APPS = [
    # ------------------------------------------------------------------------------------------------
    dict(key="pop_reg", cn="实有人口登记(公安/综治 实有人口管理系统导出)",
         who="everyone living in the town; locals 90%, new Shanghainese 86%, migrants 76%, HK/TW 80%, foreigners 70%; "
             "30% of the dead not yet cancelled; 1.5% listed twice (old and new address after a move)",
         dup=0.015,
         fill=dict(name=1.0, id_number=0.98, phone=0.7, birth_date=1.0, gender=1.0, address=1.0),
         birth_from_id=True,
         name_noise=dict(wu=0.003, ime=0.006, lookalike=0.003, trad_hktw=0.3, roman=0.6),
         id_noise=dict(typo=0.003, lower_x=0.3, alt_doc=0.1, old_passport=0.02),
         phone_noise=dict(landline=0.15, old=0.1),
         mobile_fmt=[("plain", 1)], land_fmt=[("plain", 3), ("021dash", 1)],
         birth_fmt=[("iso", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("road", 9), ("estate", 1)], addr_prefix=[("full", 8), ("district", 2)],
         room_fmt=[("室", 1)], lane_fmt=[("弄", 1)],
         addr_noise=dict(old_road=0.01, typo=0.002),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="grid_visit", cn="网格员走访台账(Excel,每个网格员一张表)",
         who="82% of households visited, 88% of the members of a visited household written down; "
             "30% of the dead still listed; 3% written twice (two visits)",
         dup=0.03,
         fill=dict(name=0.97, id_number=0.55, phone=0.8, birth_date=0.55, gender=0.85, address=0.97),
         name_noise=dict(nick=0.03, title=0.02, surname_only=0.005, wu=0.05, ime=0.02, lookalike=0.01,
                         annot=0.03, space=0.02, former=0.1, char_missing=0.005, dot=0.5, trad_hktw=0.2, roman=0.3),
         id_noise=dict(excel_sci=0.05, excel_000=0.04, typo=0.02, transpose=0.01, relative=0.02, id15=0.05,
                       lower_x=0.5, truncated=0.01, space=0.02, apostrophe=0.02, fullwidth=0.005, placeholder=0.01),
         phone_noise=dict(LEDGER_PHONE, child=0.35, landline=0.25, two=0.06, annot=0.4, fullwidth=0.005,
                          placeholder=0.005),
         mobile_fmt=MOB_FMT_EXCEL, land_fmt=LAND_FMT,
         birth_noise=dict(typo=0.02, swap_dm=0.01, age=0.05, lunar=0.03),
         gender_noise=dict(wrong=0.005),
         addr_noise=dict(prev=0.05, typo=0.01, digits=0.1, committee=0.1, old_road=0.03, bword=0.2, team=0.05,
                         old_village=0.1),
         sheets=[
             dict(birth_fmt=[("dot", 1)], gender_fmt=[("cn", 1)], addr_form=[("estate", 1)],
                  room_fmt=[("bare", 3), ("室", 1)], addr_prefix=[("none", 1)], lane_fmt=[("弄", 2), ("-", 1)]),
             dict(birth_fmt=[("slash", 3), ("iso", 1), ("us", 0.3)], gender_fmt=[("12", 1)], addr_form=[("estate", 1)],
                  room_fmt=[("室", 1), ("dash", 1)], addr_prefix=[("town", 1), ("none", 1)],
                  birth_noise=dict(excel_serial=0.15, typo=0.02), lane_fmt=[("弄", 1), ("号", 1)],
                  id_noise=dict(excel_sci=0.12, excel_000=0.06, typo=0.02, relative=0.02, id15=0.05, lower_x=0.5)),
             dict(birth_fmt=[("cn", 1)], gender_fmt=[("cn", 1)], addr_form=[("estate", 1), ("road", 1)],
                  room_fmt=[("室", 4), ("none", 1), ("floor", 1)], addr_prefix=[("none", 2), ("district", 1)],
                  lane_fmt=[("弄", 6), ("号", 1), ("-", 1)],
                  birth_noise=dict(age=0.35, year_only=0.05, typo=0.01, lunar=0.05)),
         ]),
    # ------------------------------------------------------------------------------------------------
    dict(key="migrant_reg", cn="来沪人员居住登记/居住证(社区事务受理)",
         who="people without Shanghai hukou (migrants, parents who followed their children, Uyghur and other "
             "minority migrants): 88%; 5% registered twice (renewal, often at the previous rented room)",
         dup=0.05,
         fill=dict(name=1.0, id_number=0.99, phone=0.92, birth_date=0.95, gender=1.0, address=0.99),
         name_noise=dict(ime=0.01, lookalike=0.005, dot=0.3),
         id_noise=dict(lower_x=0.2, typo=0.005, space=0.01),
         phone_noise=dict(old=0.12, typo=0.005),
         mobile_fmt=[("plain", 1)], land_fmt=[("plain", 1)],
         birth_fmt=[("compact", 1), ("iso", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("road", 4), ("estate", 1)], addr_prefix=[("full", 6), ("district", 3), ("sh_short", 1)],
         room_fmt=[("室", 1)], lane_fmt=[("弄", 1)],
         addr_noise=dict(hukou=0.04, prev=0.08, typo=0.005),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="rental_reg", cn="出租房屋登记(社区民警/房管)",
         who="landlords (village house owners who let rooms, resettled families letting a spare flat; the row "
             "carries the let property's address) and 75% of adult tenants",
         dup=0.02,
         fill=dict(name=1.0, id_number=0.85, phone=0.88, birth_date=0.15, gender=0.65, address=1.0),
         name_noise=dict(wu=0.02, ime=0.02, lookalike=0.01, space=0.01, dot=0.5),
         id_noise=dict(excel_sci=0.04, excel_000=0.04, typo=0.01, lower_x=0.4),
         phone_noise=dict(two=0.03, typo=0.01, old=0.05),
         mobile_fmt=MOB_FMT_EXCEL, land_fmt=LAND_FMT,
         birth_fmt=[("iso", 1), ("dot", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("town", 2), ("none", 2)],
         room_fmt=[("室", 3), ("bare", 1)], lane_fmt=[("弄", 2), ("-", 1)],
         addr_noise=dict(team=0.1, old_village=0.1, typo=0.01, bword=0.1, space=0.02),
         sheets=[{}, dict(addr_prefix=[("full", 1)], village_fmt=[("zhai", 1), ("group", 1)])]),
    # ------------------------------------------------------------------------------------------------
    dict(key="elderly_care", cn="老龄/养老服务(老年综合津贴、居家养老)",
         who="Shanghai-hukou residents aged 65+: 90%; 50% of the dead still listed",
         dup=0.01,
         fill=dict(name=1.0, id_number=0.95, phone=0.85, birth_date=0.95, gender=0.95, address=0.92),
         name_noise=dict(annot=0.05, wu=0.02, lookalike=0.01, former=0.2, space=0.01),
         id_noise=dict(id15=0.12, typo=0.01, excel_sci=0.03, excel_000=0.02, lower_x=0.3),
         phone_noise=dict(LEDGER_PHONE, child=0.35, landline=0.4, annot=0.5, two=0.08, old=0.1),
         mobile_fmt=MOB_FMT_EXCEL, land_fmt=LAND_FMT,
         birth_noise=dict(lunar=0.08, typo=0.02),
         addr_noise=dict(prev=0.3, hukou=0.3, old_road=0.1, old_admin=0.03, committee=0.2),
         sheets=[
             dict(birth_fmt=[("iso", 1)], gender_fmt=[("cn", 1)], addr_form=[("road", 2), ("estate", 1)],
                  addr_prefix=[("district", 1), ("full", 1)], room_fmt=[("室", 1)]),
             dict(birth_fmt=[("cn", 2), ("dot0", 1)], gender_fmt=[("cn", 1)], addr_form=[("estate", 1)],
                  addr_prefix=[("none", 1)], room_fmt=[("室", 1), ("bare", 1)], lane_fmt=[("弄", 2), ("号", 1)],
                  birth_noise=dict(lunar=0.12, typo=0.02)),
         ]),
    # ------------------------------------------------------------------------------------------------
    dict(key="family_doctor", cn="家庭医生签约(社区卫生服务中心 HIS)",
         who="65+: 75%, 40-64: 18%, under 18: 20%, others 6%, foreigners 5%; 30% of the dead not yet closed",
         dup=0.01,
         fill=dict(name=1.0, id_number=0.97, phone=0.92, birth_date=1.0, gender=1.0, address=0.85),
         name_noise=dict(ime=0.01, lookalike=0.005, trad_hktw=0.5, roman=0.5, dot=0.4),
         id_noise=dict(typo=0.01, lower_x=0.3, transpose=0.005, alt_doc=0.5),
         phone_noise=dict(child=0.3, old=0.08, landline=0.1, typo=0.005),
         mobile_fmt=[("plain", 1)], land_fmt=[("plain", 2), ("021dash", 1)],
         birth_fmt=[("iso", 1)], gender_fmt=[("12", 2), ("MF", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("none", 3), ("town", 1)],
         room_fmt=[("bare", 2), ("室", 2), ("dash", 1)], lane_fmt=[("弄", 3), ("-", 1)],
         addr_noise=dict(typo=0.01, digits=0.15, bword=0.3),
         sheets=[{}, dict(birth_fmt=[("compact", 1), ("datetime", 1)], gender_fmt=[("cn", 1), ("cnx", 1)])]),
    # ------------------------------------------------------------------------------------------------
    dict(key="vaccine", cn="疫苗接种(免疫规划/健康云导出,脱敏)",
         who="children under 7: 2-4 dose records; 7-17: 50% one record; 60+: 30% (flu, 10% a second dose record), other adults 8%; "
             "babies under 1 sometimes only as <mother>之子/之女",
         dup=0.0,
         fill=dict(name=1.0, id_number=0.92, phone=0.9, birth_date=0.95, gender=0.95, address=0.4),
         name_noise=dict(ime=0.01, trad_hktw=0.3, roman=0.3, dot=0.3),
         id_noise=dict(mask=0.85, alt_doc=0.3),
         mask_styles=[("6_4", 8), ("3_4", 1), ("birth", 1), ("4_4", 1)],
         phone_noise=dict(mask=0.8, child=0.2),
         mobile_fmt=[("plain", 1)], land_fmt=[("plain", 1)],
         birth_fmt=[("iso", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("none", 1)], room_fmt=[("室", 1)],
         addr_noise=dict(committee_only=0.6),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="disabled", cn="残联 残疾人信息(残疾人证)",
         who="persons with a disability certificate; 60% of the dead still listed",
         dup=0.01,
         fill=dict(name=1.0, id_number=0.97, phone=0.8, birth_date=0.6, gender=1.0, address=0.95),
         name_noise=dict(lookalike=0.01, wu=0.01, former=0.2),
         id_noise=dict(disab_cert=0.5, typo=0.01, id15=0.03, lower_x=0.2),
         phone_noise=dict(LEDGER_PHONE, child=0.4, landline=0.4, annot=0.3),
         mobile_fmt=MOB_FMT_EXCEL, land_fmt=LAND_FMT,
         birth_fmt=[("dot0", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("road", 1), ("estate", 1)], addr_prefix=[("full", 1), ("district", 1)], room_fmt=[("室", 1)],
         addr_noise=dict(hukou=0.3, prev=0.15, old_road=0.05),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="dibao", cn="低保/社会救助(民政)",
         who="every member of the ~3% local households on minimum living allowance; 20% of the dead still listed",
         dup=0.01,
         fill=dict(name=1.0, id_number=1.0, phone=0.7, birth_date=0.6, gender=0.9, address=1.0),
         name_noise=dict(lookalike=0.005, former=0.3),
         id_noise=dict(relative=0.02, typo=0.005, lower_x=0.1),
         phone_noise=dict(landline=0.5, spouse=0.2, child=0.3),
         mobile_fmt=[("plain", 1)], land_fmt=[("plain", 1), ("021dash", 1)],
         birth_fmt=[("iso", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("road", 1)], addr_prefix=[("full", 1)], room_fmt=[("室", 1)],
         addr_noise=dict(hukou=0.4),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="party", cn="党员花名册(居民区党总支)",
         who="party members; 50% of the dead still on the roll",
         dup=0.01,
         fill=dict(name=1.0, id_number=0.35, phone=0.8, birth_date=0.95, gender=1.0, address=0.45),
         name_noise=dict(former=0.3, wu=0.01, lookalike=0.005),
         id_noise=dict(excel_sci=0.05, id15=0.05, typo=0.01),
         phone_noise=dict(landline=0.3, child=0.15, old=0.15),
         mobile_fmt=MOB_FMT_EXCEL, land_fmt=LAND_FMT,
         birth_noise=dict(year_month=0.8),
         birth_fmt=[("dot0", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("none", 1)], room_fmt=[("bare", 1), ("室", 1)],
         addr_noise=dict(prev=0.2),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="volunteer", cn="志愿者登记(活动签到/微信接龙,常只有手机号)",
         who="volunteers; 6% signed up twice",
         dup=0.06,
         fill=dict(name=0.7, id_number=0.05, phone=1.0, birth_date=0.0, gender=0.2, address=0.3),
         name_noise=dict(nick=0.2, title=0.25, surname_only=0.05, given_only=0.03, ime=0.02),
         id_noise=dict(excel_sci=0.1),
         phone_noise=dict(old=0.05, typo=0.01, landline=0.05),
         mobile_fmt=[("plain", 6), ("space344", 1), ("dash344", 1)], land_fmt=LAND_FMT,
         gender_fmt=[("cn", 3), ("mf", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("none", 1)], room_fmt=[("none", 2), ("bare", 1)],
         addr_noise=dict(partial=0.4),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="owners", cn="物业业主登记(房号+手机,常无姓名)",
         who="owner-occupier households in resettlement and commodity estates (head, plus spouse 30%); "
             "landlords of let flats with the let flat's number",
         dup=0.0, title_mr=True,
         fill=dict(name=0.35, id_number=0.0, phone=1.0, birth_date=0.0, gender=0.05, address=1.0),
         name_noise=dict(title=0.85),
         phone_noise=dict(landline=0.05, two=0.05, old=0.1),
         mobile_fmt=[("plain", 1)], land_fmt=[("plain", 1)],
         gender_fmt=[("cn", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("none", 1)], room_fmt=[("dash", 3), ("bare", 1), ("室", 1)],
         addr_noise=dict(no_estate=0.5),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="garbage_vol", cn="垃圾分类志愿者/桶长值守排班",
         who="60% of local volunteers aged 50-80",
         dup=0.02,
         fill=dict(name=0.95, id_number=0.0, phone=0.85, birth_date=0.0, gender=0.3, address=0.8),
         name_noise=dict(nick=0.25, title=0.3, wu=0.03),
         phone_noise=dict(landline=0.2, old=0.05),
         mobile_fmt=[("plain", 1)], land_fmt=LAND_FMT,
         gender_fmt=[("cn", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("none", 1)], room_fmt=[("none", 1)],
         addr_noise=dict(digits=0.2),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="flood_evac", cn="防汛防台应急转移名册(村/老街危旧房、独居老人)",
         who="50% of people in village houses (owners and room tenants), 40% of people in old lane houses, "
             "plus elderly living alone elsewhere 30%",
         dup=0.02,
         fill=dict(name=1.0, id_number=0.2, phone=0.9, birth_date=0.3, gender=0.7, address=1.0),
         name_noise=dict(wu=0.04, nick=0.03, title=0.03, ime=0.01, dot=0.5),
         id_noise=dict(excel_sci=0.05, excel_000=0.05, typo=0.02),
         phone_noise=dict(LEDGER_PHONE, landline=0.4, child=0.3, annot=0.3),
         mobile_fmt=MOB_FMT_EXCEL, land_fmt=LAND_FMT,
         birth_noise=dict(age=0.7, year_only=0.1),
         birth_fmt=[("dot", 2), ("short_dot", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("none", 1)], room_fmt=[("室", 1)],
         village_fmt=[("group", 4), ("zhai", 3), ("zhai_only", 2), ("both", 1)], lane_fmt=[("弄", 3), ("号", 1), ("-", 1)],
         addr_noise=dict(team=0.1, old_village=0.2, old_admin=0.02, typo=0.01, fullwidth=0.01),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="ebike", cn="电动自行车登记/集中充电备案",
         who="e-bike owners (delivery riders and migrants more often); 3% registered twice",
         dup=0.03,
         fill=dict(name=0.95, id_number=0.7, phone=0.97, birth_date=0.1, gender=0.5, address=0.85),
         name_noise=dict(ime=0.02, lookalike=0.01, dot=0.5),
         id_noise=dict(excel_sci=0.05, excel_000=0.03, typo=0.01, lower_x=0.4, placeholder=0.02, fullwidth=0.01),
         phone_noise=dict(old=0.05, typo=0.01, fullwidth=0.01),
         mobile_fmt=[("plain", 8), ("dash344", 1)], land_fmt=[("plain", 1)],
         birth_fmt=[("iso", 1), ("slash0", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("none", 1)], room_fmt=[("bare", 1), ("室", 1), ("dash", 1)],
         addr_noise=dict(bword=0.2, typo=0.01),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="school", cn="入园入学登记(幼儿园/小学/初中)",
         who="children aged 3-15: 92%",
         dup=0.01,
         fill=dict(name=1.0, id_number=0.96, phone=0.97, birth_date=1.0, gender=1.0, address=0.95),
         name_noise=dict(ime=0.01, trad_hktw=0.4, roman=0.5),
         id_noise=dict(relative=0.01, typo=0.005, lower_x=0.1, alt_doc=0.5),
         phone_noise=dict(),
         mobile_fmt=[("plain", 1)], land_fmt=[("plain", 1)],
         birth_fmt=[("iso", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("road", 1), ("estate", 1)], addr_prefix=[("full", 1), ("district", 1)], room_fmt=[("室", 1)],
         addr_noise=dict(hukou=0.35),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="veteran", cn="退役军人信息采集(退役军人服务站)",
         who="veterans; 40% of the dead still listed",
         dup=0.01,
         fill=dict(name=1.0, id_number=0.9, phone=0.85, birth_date=0.9, gender=0.95, address=0.9),
         name_noise=dict(former=0.3, wu=0.01),
         id_noise=dict(id15=0.1, excel_sci=0.05, excel_000=0.03, typo=0.01),
         phone_noise=dict(LEDGER_PHONE),
         mobile_fmt=MOB_FMT_EXCEL, land_fmt=LAND_FMT,
         birth_fmt=[("dot0", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("road", 1)], addr_prefix=[("full", 1)], room_fmt=[("室", 1)],
         addr_noise=dict(hukou=0.2, prev=0.2, old_road=0.05),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="family_plan", cn="计生/母婴(育龄妇女、孕产妇、独生子女父母奖励)",
         who="women 20-49: 45%; local parents aged 55-75 with exactly one child: 30%",
         dup=0.01,
         fill=dict(name=1.0, id_number=0.88, phone=0.85, birth_date=0.9, gender=0.25, address=0.9),
         name_noise=dict(former=0.3, ime=0.01, lookalike=0.005),
         id_noise=dict(relative=0.015, typo=0.01, excel_sci=0.03, lower_x=0.3),
         phone_noise=dict(spouse=0.1, old=0.1),
         mobile_fmt=[("plain", 1)], land_fmt=[("plain", 1)],
         birth_fmt=[("compact", 1), ("iso", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("none", 1), ("district", 1)], room_fmt=[("室", 1)],
         addr_noise=dict(hukou=0.15, prev=0.05),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="elder_alone", cn="独居/纯老家庭关爱(老伙伴计划)",
         who="people aged 70+ living alone or in all-elderly households: 80%; 40% of the dead still listed",
         dup=0.02,
         fill=dict(name=0.95, id_number=0.3, phone=0.95, birth_date=0.6, gender=0.85, address=1.0),
         name_noise=dict(title=0.2, nick=0.1, wu=0.04, annot=0.05),
         id_noise=dict(id15=0.15, excel_sci=0.05),
         phone_noise=dict(LEDGER_PHONE, landline=0.6, child=0.3, annot=0.5, two=0.15),
         mobile_fmt=MOB_FMT_EXCEL, land_fmt=LAND_FMT,
         birth_noise=dict(age=0.3, lunar=0.1),
         birth_fmt=[("dot", 1), ("cn", 1)], gender_fmt=[("cn", 1)],
         addr_form=[("estate", 1)], addr_prefix=[("none", 1)], room_fmt=[("室", 1), ("bare", 1)],
         addr_noise=dict(old_road=0.05, old_admin=0.03),
         sheets=[{}]),
    # ------------------------------------------------------------------------------------------------
    dict(key="foreign_reg", cn="境外人员临时住宿登记(含港澳台)",
         who="foreigners and HK/TW residents: 90%",
         dup=0.03,
         fill=dict(name=1.0, id_number=1.0, phone=0.8, birth_date=0.95, gender=1.0, address=0.98),
         name_noise=dict(roman=0.7, trad_hktw=0.5),
         id_noise=dict(old_passport=0.08, alt_doc=0.5),
         phone_noise=dict(),
         mobile_fmt=[("plain", 3), ("plus86", 1), ("plus86b", 1), ("86dash", 0.5)], land_fmt=[("plain", 1)],
         birth_fmt=[("iso", 1)], gender_fmt=[("MF", 1), ("en", 1)],
         addr_form=[("road", 1), ("estate", 1)], addr_prefix=[("full", 1)], room_fmt=[("室", 1)],
         addr_noise=dict(),
         sheets=[{}]),
]
APP_BY_KEY = {a["key"]: a for a in APPS}


def select(g, key, rng):
    """who is in an app: list of (person, ctx)."""
    P = g.persons
    out = []

    def add(p, **ctx):
        if p.deceased:
            ctx["listed_dead"] = True
        out.append((p, ctx))

    if key == "pop_reg":
        for p in P:
            pr = {"local": 0.9, "newsh": 0.86, "migrant": 0.76, "hktw": 0.8, "foreign": 0.7}[p.cat]
            if rng.random() < (pr if alive(p) else 0.3):
                add(p)
                if p.hh.prev is not None and rng.random() < 0.1:
                    add(p, dwelling=p.hh.prev, dw_tag="addr:previous", dup=True)
    elif key == "grid_visit":
        for hh in g.households:
            if rng.random() < 0.82:
                for p in hh.members:
                    if rng.random() < (0.88 if alive(p) else 0.3):
                        add(p)
    elif key == "migrant_reg":
        for p in P:
            if p.cat == "migrant" and alive(p) and rng.random() < 0.88:
                add(p)
    elif key == "rental_reg":
        for hh in g.households:
            if hh.rooms_let:
                head = hh.members[0]
                add(head)
            for fl in hh.extra_flats:
                tenants = [t for t in g.households if t.landlord is hh]
                if tenants or rng.random() < 0.3:
                    add(hh.members[0], dwelling=fl, dw_tag="addr:let_property")
            if hh.kind == "migrant" and hh.landlord is not None:
                for p in hh.members:
                    if A(p) >= 16 and alive(p) and rng.random() < 0.75:
                        add(p)
    elif key == "elderly_care":
        for p in P:
            if p.cat in ("local", "newsh") and A(p) >= 65 and rng.random() < (0.9 if alive(p) else 0.5):
                add(p)
    elif key == "family_doctor":
        for p in P:
            a = A(p)
            pr = 0.75 if a >= 65 else 0.18 if a >= 40 else 0.2 if a < 18 else 0.06
            if p.cat == "foreign":
                pr = 0.05
            if rng.random() < (pr if alive(p) else pr * 0.3):
                add(p)
    elif key == "vaccine":
        for p in P:
            if not alive(p):
                continue
            a = A(p)
            if a < 7:
                k = wpick(rng, [(0, 1), (1, 4), (2, 3), (3, 1)])
            elif a < 18:
                k = 1 if rng.random() < 0.5 else 0
            elif a >= 60:
                k = (1 if rng.random() < 0.3 else 0) + (1 if rng.random() < 0.1 else 0)
            else:
                k = 1 if rng.random() < 0.08 else 0
            for i in range(k):
                ctx = {}
                if a < 1 and rng.random() < 0.3:
                    mo = [x for x in p.parents if x.sex == "F"]
                    if mo:
                        ctx["name_override"] = (mo[0].name + ("之子" if p.sex == "M" else "之女"), "name:mother_child")
                if i > 0:
                    ctx["dup"] = True
                add(p, **ctx)
    elif key == "disabled":
        for p in P:
            if "disabled" in p.flags and rng.random() < (0.95 if alive(p) else 0.6):
                add(p)
    elif key == "dibao":
        for hh in g.households:
            if hh.dibao:
                for p in hh.members:
                    if alive(p) or rng.random() < 0.2:
                        add(p)
    elif key == "party":
        for p in P:
            if "party" in p.flags and rng.random() < (0.95 if alive(p) else 0.5):
                add(p)
    elif key == "volunteer":
        for p in P:
            if "volunteer" in p.flags and alive(p) and rng.random() < 0.9:
                add(p)
    elif key == "owners":
        for hh in g.households:
            if hh.kind in ("resettle", "newsh", "local", "hktw", "foreign") and \
                    hh.dwelling.kind in ("resettle", "commodity") and rng.random() < 0.85:
                adults = [p for p in hh.members if A(p) >= 25 and alive(p)]
                adults.sort(key=lambda x: -A(x) if x.rel == "head" else 0)
                if adults:
                    add(adults[0])
                    if len(adults) > 1 and rng.random() < 0.3:
                        add(adults[1])
            for fl in hh.extra_flats:
                if rng.random() < 0.8:
                    add(hh.members[0], dwelling=fl, dw_tag="addr:let_property")
    elif key == "garbage_vol":
        for p in P:
            if "volunteer" in p.flags and p.cat == "local" and 50 <= A(p) <= 80 and alive(p) and rng.random() < 0.6:
                add(p)
    elif key == "flood_evac":
        for p in P:
            k = p.hh.dwelling.kind
            pr = 0.35 if k == "village" else 0.35 if k == "lane" else 0.3 if "lives_alone" in p.flags else 0.0
            if alive(p) and rng.random() < pr:
                add(p)
    elif key == "ebike":
        for p in P:
            if "ebike" in p.flags and alive(p) and rng.random() < 0.8:
                add(p)
    elif key == "school":
        for p in P:
            if 3 <= A(p) <= 15 and alive(p) and rng.random() < 0.92:
                add(p)
    elif key == "veteran":
        for p in P:
            if "veteran" in p.flags and rng.random() < (0.9 if alive(p) else 0.4):
                add(p)
    elif key == "family_plan":
        for p in P:
            a = A(p)
            if not alive(p):
                continue
            if p.sex == "F" and 20 <= a <= 49 and p.cat in ("local", "newsh", "migrant") and rng.random() < 0.45:
                add(p)
            elif p.cat == "local" and 55 <= a <= 75 and len(p.children) == 1 and rng.random() < 0.3:
                add(p)
    elif key == "elder_alone":
        for p in P:
            if A(p) >= 70 and ("lives_alone" in p.flags or "elderly_only_household" in p.flags) and \
                    rng.random() < (0.8 if alive(p) else 0.4):
                add(p)
    elif key == "foreign_reg":
        for p in P:
            if p.cat in ("foreign", "hktw") and alive(p) and rng.random() < 0.9:
                add(p)
    return out


def merged_cfg(app, sheet):
    cfg = dict(app)
    for k, v in app["sheets"][sheet].items():
        if isinstance(v, dict) and isinstance(cfg.get(k), dict):
            cfg[k] = dict(cfg[k], **v) if k != "id_noise" and k != "birth_noise" else dict(v)
        else:
            cfg[k] = v
    return cfg


def make_record(g, app, p, ctx, rng):
    sheet = comm_index(p) % len(app["sheets"])
    cfg = merged_cfg(app, sheet)
    tags = []
    if ctx.get("listed_dead"):
        tags.append("stale:deceased")
    if ctx.get("dup"):
        tags.append("dup:in_app")
    fill = dict(cfg["fill"])
    if app["key"] == "rental_reg" and p.rel == "head" and (p.hh.rooms_let or p.hh.extra_flats) \
            and p.hh.kind != "migrant":
        fill.update(birth_date=0.0, id_number=0.6, gender=0.4, phone=0.95)
    if ctx.get("name_override"):
        fill["name"] = 1.0
    vals = {}
    for f in FIELDS:
        if rng.random() < fill[f]:
            vals[f] = RENDER[f](g, p, cfg, rng, tags, ctx)
        else:
            vals[f] = ""
    if not any(vals.values()):
        vals["name"] = render_name(g, p, cfg, rng, tags, ctx)
    return vals, tags


def run_apps(g, rng):
    recs = []
    counts = {}
    for app in APPS:
        sel = select(g, app["key"], rng)
        n0 = len(recs)
        for p, ctx in sel:
            vals, tags = make_record(g, app, p, ctx, rng)
            recs.append((app["key"], p.pid, vals, tags))
            if app["dup"] and rng.random() < app["dup"]:
                c2 = dict(ctx, dup=True)
                vals, tags = make_record(g, app, p, c2, rng)
                recs.append((app["key"], p.pid, vals, tags))
        counts[app["key"]] = len(recs) - n0
    return recs, counts


# ====================================================================== documentation (APPS.txt)
TAG_DOC = [
    ("stale:deceased", "the person is dead (persons.csv deceased_date) but the ledger still lists them"),
    ("dup:in_app", "a second (or later) row for the same person in the same app (re-visit, renewal, vaccine dose, "
                   "re-registration after a move)"),
    ("name:nickname", "阿X / 小X / 老X instead of the full name"),
    ("name:title", "surname + form of address: X阿姨, X师傅, X老师, X阿婆/家阿婆/老太, X老伯/老伯伯/阿爷, X先生/X女士"),
    ("name:surname_only", "only the surname (or a foreigner's transcribed surname)"),
    ("name:given_only", "only the given name"),
    ("name:wu_homophone", "a character replaced by one a Shanghainese speaker pronounces the same (王/黄, 胡/吴/何, 陈/程, "
                          "沈/孙/申, 徐/齐, 李/吕, 曹/赵, 范/万, 周/邹, 金/京, -in/-ing and -en/-eng merges in given names...)"),
    ("name:ime_homophone", "a Mandarin homophone picked in a pinyin input method (婷/亭, 静/婧, 晨/辰/宸, 佳/家/嘉...)"),
    ("name:lookalike", "a look-alike character (侯/候, 王/玉, 季/李, 杨/扬/汤, 陆/陈...)"),
    ("name:char_missing", "one character of the name dropped"),
    ("name:space", "a half- or full-width space inside the name or a trailing space"),
    ("name:annot", "a remark glued to the name: （户主）, (已故), (租客), (配偶)..."),
    ("name:former", "the person's former name (曾用名) instead of the current one"),
    ("name:mother_child", "an unnamed baby written as <mother's name>之子/之女 (vaccination)"),
    ("name:trad", "HK/TW resident written in traditional characters (陳, 張, 華...)"),
    ("name:roman", "HK/TW romanisation (CHAN Tai Man, HSU, Chun-Chieh) or Japanese/Korean name in Latin letters"),
    ("name:jp_kanji", "Japanese name in Japanese kanji (鈴木, 渡辺, 高橋) instead of the simplified form"),
    ("name:order_swapped", "Latin-letter name with family name first (SMITH JOHN, Smith, John) or given name first for "
                           "JP/KR"),
    ("name:transcribed", "Western name in Chinese transcription (约翰·史密斯)"),
    ("name:cn_alias", "a Westerner's self-chosen Chinese name"),
    ("name:translit", "another transliteration (买买提/麦麦提, 艾力/艾里, Müller/Mueller)"),
    ("name:truncated", "minority name cut (only the part before the dot, or cut to 8 characters)"),
    ("name:dot_bullet", "middle dot · written as • (U+2022)"),
    ("name:dot_katakana", "middle dot written as ・ (U+30FB)"),
    ("name:dot_halfwidth", "middle dot written as ･ (U+FF65)"),
    ("name:dot_hyphenation", "middle dot written as ‧ (U+2027)"),
    ("name:dot_fullstop", "middle dot written as ． (U+FF0E)"),
    ("name:dot_period", "middle dot written as ."),
    ("name:dot_hyphen", "middle dot written as -"),
    ("name:dot_space", "middle dot written as a space"),
    ("name:dot_missing", "middle dot left out"),
    ("id:placeholder", "无 / 暂无 / 不详 / - / 0 in the ID column"),
    ("id:relative", "a relative's (spouse, parent or child) ID number on this person's row"),
    ("id:id15", "old 15-digit number (6-digit area, 2-digit year, no check digit)"),
    ("id:mask", "masked: 310112********1234, 310***********1234, 31011219850512****, 3101**********1234"),
    ("id:typo", "one digit wrong"),
    ("id:transpose", "two neighbouring digits swapped"),
    ("id:truncated", "last one or two characters lost"),
    ("id:lower_x", "check character x in lower case"),
    ("id:excel_sci", "Excel scientific notation, 3.10221E+17 or 3.10221195606015E+17"),
    ("id:excel_000", "Excel kept 15 significant digits: last three digits turned to 000"),
    ("id:disability_cert_no", "disability certificate number = ID + category digit + grade digit (20 characters)"),
    ("id:apostrophe", "a leading ' (Excel text marker) kept"),
    ("id:space", "spaces after the area code and the birth date"),
    ("id:fullwidth", "full-width digits"),
    ("id:alt_doc", "HK/Macau home-return permit (H + 8 digits) or Taiwan compatriot permit (8 digits) instead of the "
                   "830000/810000 residence-permit number"),
    ("id:old_passport", "the passport number before the last renewal"),
    ("id:lowercase", "passport number in lower case"),
    ("id:doc_prefix", "护照 / 护照: / PP: before the passport number"),
    ("phone:child", "an old person's row carries a child's mobile (child in the household or living elsewhere)"),
    ("phone:parent", "a child's row carries a parent's mobile"),
    ("phone:spouse", "the spouse's mobile"),
    ("phone:household_landline", "the household's fixed line instead of a mobile"),
    ("phone:old_number", "the person's previous mobile number"),
    ("phone:landline_7digit", "pre-1995 seven-digit Shanghai number (leading 6 missing)"),
    ("phone:two_numbers", "two numbers in one cell, separated by / ， ; 、 , or space"),
    ("phone:annot", "a remark after the number: (女儿), （儿子）, 老伴, (妈妈)..."),
    ("phone:mask", "masked mobile 138****5678 (or 138****56**)"),
    ("phone:typo", "one digit wrong"),
    ("phone:missing_digit", "one digit dropped (10-digit mobile)"),
    ("phone:fullwidth", "full-width digits"),
    ("phone:placeholder", "无 / 不详 / 暂无 / /"),
    ("phone:fmt_dash344", "mobile written 138-1234-5678"),
    ("phone:fmt_space344", "mobile written 138 1234 5678"),
    ("phone:fmt_dash38", "mobile written 138-12345678"),
    ("phone:fmt_plus86", "+86 13812345678"),
    ("phone:fmt_plus86b", "+8613812345678"),
    ("phone:fmt_86dash", "86-13812345678"),
    ("phone:fmt_land_021dash", "021-64123456"),
    ("phone:fmt_land_021", "02164123456"),
    ("phone:fmt_land_paren", "(021)64123456"),
    ("phone:fmt_land_space", "6412 3456"),
    ("phone:fmt_land_021space", "021 64123456"),
    ("birth:id_date", "the date printed in the ID number, which for this person differs from the true birthday "
                      "(lunar date registered as solar)"),
    ("birth:lunar", "lunar-calendar birthday (农历1945年三月初八, 1945年农历3月8日, 1945.3.8(农历), 阴历..., 农历乙酉年...); "
                    "computed astronomically (Meeus new moons and solar terms, Beijing time)"),
    ("birth:age", "an age (78 or 78岁) instead of a date; sometimes one year off"),
    ("birth:year_only", "only the year"),
    ("birth:year_month", "only year and month (1952.03, 1952-03, 1952年3月, 195203)"),
    ("birth:typo", "year, month or day off (±1, ±10 years)"),
    ("birth:day_month_swapped", "day and month exchanged"),
    ("birth:excel_serial", "Excel serial day number (days since 1899-12-30)"),
    ("birth:fmt_slash", "1985/5/12"), ("birth:fmt_slash0", "1985/05/12"), ("birth:fmt_compact", "19850512"),
    ("birth:fmt_dot", "1985.5.12"), ("birth:fmt_dot0", "1985.05.12"), ("birth:fmt_cn", "1985年5月12日"),
    ("birth:fmt_short_dot", "85.5.12"), ("birth:fmt_us", "5/12/1985"), ("birth:fmt_datetime", "1985-05-12 00:00:00"),
    ("birth:fmt_passport", "12 MAY 1985 (foreigners)"),
    ("gender:wrong", "the other sex"),
    ("gender:fmt_12", "1 = male, 2 = female (GB/T 2261.1)"), ("gender:fmt_MF", "M / F"), ("gender:fmt_mf", "m / f"),
    ("gender:fmt_cnx", "男性 / 女性"), ("gender:fmt_en", "Male / Female"),
    ("addr:previous", "the address the household lived at before moving within the town (for resettled families "
                      "often the demolished village house)"),
    ("addr:hukou", "the household-registration address (hometown for migrants, another district or a collective "
                   "hukou for locals) instead of where the person lives"),
    ("addr:let_property", "a landlord's row carrying the address of the flat they let, not where they live"),
    ("addr:alias_road", "road-lane form (华梅路258弄45号301室) where the app normally writes the estate name"),
    ("addr:alias_estate", "estate form (梅陇三村45号301室) where the app normally writes the road-lane form"),
    ("addr:room_bare", "room without 室 (45号301)"),
    ("addr:room_dash", "building-room as 45-301"),
    ("addr:room_dropped", "room / part of house / let room left out"),
    ("addr:room_floor_only", "only the floor (45号3楼)"),
    ("addr:lane_dash", "弄 written as - (梅林路218-15号)"),
    ("addr:lane_hao", "弄 written as 号 (梅林路218号15号)"),
    ("addr:digits", "Arabic digits for Chinese numerals (梅陇3村, 陇欣苑2期, 2楼)"),
    ("addr:building_word", "another building word than the estate uses (号楼/幢/栋/号)"),
    ("addr:old_road_name", "the road's former name (梅陇大街 for 梅林路, 许泾公路 for 许泾路...)"),
    ("addr:old_admin", "pre-1992 administrative prefix 上海县梅陇乡"),
    ("addr:committee", "the residents' committee name inserted (梅陇三村居委/居委会/居民区/社区)"),
    ("addr:committee_only", "only the committee or village, no street address"),
    ("addr:estate_missing", "building-room without the estate name (8-1102)"),
    ("addr:partial", "only the estate name"),
    ("addr:village_zhai", "village + natural village instead of group (许泾村许家宅45号)"),
    ("addr:village_zhai_only", "natural village only (陆家宅12号)"),
    ("addr:village_both", "village + group + natural village"),
    ("addr:team_for_group", "生产队 wording 6队 instead of 6组"),
    ("addr:old_village_name", "the name of the village before the merger (行西村 for the upper groups of 行南村, "
                              "with the old group number)"),
    ("addr:typo", "a place character replaced by a pinyin homophone (陇/龙, 泾/经, 馨/欣...)"),
    ("addr:fullwidth", "full-width digits"),
    ("addr:space", "a space inserted"),
]

FIELD_LABEL = {"name": "name", "id_number": "id_number", "phone": "phone", "birth_date": "birth_date",
               "gender": "gender", "address": "address"}


def write_apps_doc(path):
    L = []
    L.append("APPS.txt -- the ledgers/apps simulated by gen.py (indep5), generated from the configuration in gen.py")
    L.append("Town: 上海市闵行区梅陇镇 (division code 310112108). All probabilities are per record unless noted.")
    L.append("Field fill = probability that the field is written at all (a few renderers can still leave it empty,")
    L.append("e.g. no phone known for the person). Noise rates apply to the written value.")
    L.append("Sheets: where an app has several sheets, each residents' committee / village uses one of them")
    L.append("(different grid workers type differently); a sheet's settings replace the app's.")
    L.append("")
    for app in APPS:
        L.append("=" * 100)
        L.append("%s  --  %s" % (app["key"], app["cn"]))
        L.append("who: " + app["who"])
        if app["dup"]:
            L.append("extra in-app duplicate row: %.0f%% of rows (tag dup:in_app)" % (100 * app["dup"]))
        L.append("fill: " + ", ".join("%s %.0f%%" % (k, 100 * v) for k, v in app["fill"].items()))
        if app.get("birth_from_id"):
            L.append("birth_date is taken from the ID number (system-derived)")
        if app.get("title_mr"):
            L.append("names, when written, are mostly X先生 / X女士")
        for k in ("name_noise", "id_noise", "phone_noise", "birth_noise", "addr_noise"):
            if app.get(k):
                L.append("%s: %s" % (k, ", ".join("%s=%g" % kv for kv in app[k].items())))
        for k in ("mask_styles", "mobile_fmt", "land_fmt", "birth_fmt", "gender_fmt", "addr_form", "addr_prefix",
                  "room_fmt", "lane_fmt", "village_fmt"):
            if app.get(k):
                L.append("%s: %s" % (k, ", ".join("%s:%g" % kv for kv in app[k])))
        if len(app["sheets"]) > 1:
            for i, sh in enumerate(app["sheets"]):
                L.append("  sheet %d: %s" % (i + 1, "; ".join(
                    "%s=%s" % (k, ", ".join("%s:%g" % kv for kv in v) if isinstance(v, list) else
                               ", ".join("%s=%g" % kv for kv in v.items())) for k, v in sh.items()) or "(app defaults)"))
        L.append("")
    L.append("=" * 100)
    L.append("Notation keys")
    L.append("  addr_form: estate = 梅陇三村45号301室 / 陇欣苑二期12号601室 / 莲馨花园8号楼1102室; road = 华梅路258弄45号301室")
    L.append("  addr_prefix: full 上海市闵行区梅陇镇, district 闵行区梅陇镇, town 梅陇镇, sh_short 上海闵行, none")
    L.append("  room_fmt: 室 = 301室, bare = 301, dash = 45-301, floor = 3楼, none = no room")
    L.append("  village_fmt: group 许泾村6组45号, zhai 许泾村许家宅45号, zhai_only 许家宅45号, both 许泾村6组许家宅45号")
    L.append("  gender_fmt: cn 男/女, 12 = 1/2, MF, en Male/Female; birth_fmt: see birth:fmt_* below (iso = 1985-05-12)")
    L.append("  name_noise 'dot' = chance a Uyghur name's middle dot is altered; trad_hktw / roman apply to HK/TW and")
    L.append("  foreign persons only; 'former' applies only to people who changed their name; id15 only to age 62+;")
    L.append("  phone 'child' only to age 60+; lunar only to age 65+.")
    L.append("")
    L.append("=" * 100)
    L.append("Noise-tag vocabulary (records_meta.csv, column noise, ';'-separated)")
    L.append("Format tags (fmt_*) name a notation other than the plain one; the value itself is intact.")
    for t, d in TAG_DOC:
        L.append("  %-28s %s" % (t, d))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ====================================================================== output
def canon_addr(d, form="estate"):
    if d is None:
        return ""
    return "上海市闵行区梅陇镇" + render_core(d, {"form": form}, None)


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--people", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--meta")
    ap.add_argument("--apps-doc", help="also write the APPS.txt description of the apps to this path")
    a = ap.parse_args(argv)
    if a.apps_doc:
        write_apps_doc(a.apps_doc)
    COMM_ORDER.clear()
    g = Gen(a.people, a.seed)
    g.build()
    rng = random.Random(a.seed * 7919 + 17)
    recs, counts = run_apps(g, rng)
    rng.shuffle(recs)
    os.makedirs(a.out, exist_ok=True)
    rows, truth, meta = [], [], []
    for i, (src, pid, v, tags) in enumerate(recs):
        rid = "R%07d" % (i + 1)
        rows.append([rid, src] + [v[f] for f in FIELDS])
        truth.append([rid, pid])
        meta.append([rid, src, pid, ";".join(tags)])
    write_csv(os.path.join(a.out, "residents.csv"),
              ["record_id", "source", "name", "id_number", "phone", "birth_date", "gender", "address"], rows)
    write_csv(os.path.join(a.out, "truth.csv"), ["record_id", "person_id"], truth)
    if a.meta:
        os.makedirs(a.meta, exist_ok=True)
        write_csv(os.path.join(a.meta, "records_meta.csv"), ["record_id", "source", "person_id", "noise"], meta)
        prow = []
        for p in g.persons:
            hh = p.hh
            prow.append([p.pid, hh.hid, p.rel, p.cat, hh.kind, p.name, p.former, p.sex, p.birth.isoformat(),
                         p.id, p.id_type, p.id_birth.isoformat() if p.id_birth else "", p.alt_doc, p.old_passport,
                         (p.fx or {}).get("roman", ""), p.mobile, p.old_mobile, hh.landline,
                         canon_addr(hh.dwelling), canon_addr(hh.dwelling, "road"), canon_addr(hh.prev), p.hukou,
                         hh.dwelling.kind, hh.dwelling.comm or "",
                         p.spouse.pid if p.spouse else "", "|".join(x.pid for x in p.parents),
                         p.deceased.isoformat() if p.deceased else "", ";".join(p.flags)])
        write_csv(os.path.join(a.meta, "persons.csv"),
                  ["person_id", "household_id", "relation", "category", "household_kind", "name", "former_name",
                   "gender", "birth_date", "id_number", "id_type", "id_birth_date", "alt_doc", "old_passport",
                   "roman_name", "mobile", "old_mobile", "landline", "address", "address_road", "prev_address",
                   "hukou_address", "housing", "community", "spouse_id", "parent_ids", "deceased_date", "flags"],
                  prow)
    sys.stderr.write("people=%d households=%d records=%d\n" % (len(g.persons), len(g.households), len(recs)))
    for k, v in counts.items():
        sys.stderr.write("  %-14s %6d\n" % (k, v))


if __name__ == "__main__":
    main()
