#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic resident-register test data for one street office (长丰街道, 硚口区, 武汉市).

    gen.py --people 20000 --seed N --out DIR [--meta METADIR] [--divisions DIVDIR]

Writes DIR/residents.csv and DIR/truth.csv (and METADIR/persons.csv, METADIR/records_meta.csv).
Standard library only.  Same seed -> byte-identical files.
"""
import argparse
import csv
import os
import random
import sys
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tables import *  # noqa: E402,F401,F403

REF = date(2023, 10, 15)          # "today" for every ledger
COVID = date(2022, 11, 15)        # when the epidemic-era lists were made
# The 2023 division codes: the project's public data holds them beside the repository;
# GRIDGOV_DIVISIONS (or DIVISIONS_DIR, or --divisions) names another folder.
DEFAULT_DIV = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'data', 'divisions')

# =============================================================== small helpers


def wchoice(rng, items):
    """items: list of (value, weight) or dict value->weight."""
    if isinstance(items, dict):
        items = list(items.items())
    tot = 0.0
    for _, w in items:
        tot += w
    x = rng.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def chance(rng, p):
    return p > 0 and rng.random() < p


CN = '零一二三四五六七八九'


def cn_int(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return '十' + (CN[n % 10] if n % 10 else '')
    if n < 100:
        return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    return ''.join(CN[int(c)] for c in str(n))


def cn_digits(s, zero='零'):
    out = []
    for c in str(s):
        out.append((zero if c == '0' else CN[int(c)]) if c.isdigit() else c)
    return ''.join(out)


W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(body17):
    return '10X98765432'[sum(int(a) * b for a, b in zip(body17, W_ID)) % 11]


def age_at(b, when=REF):
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


FW = str.maketrans('0123456789Xx-', '０１２３４５６７８９ＸＸ－')

# =============================================================== divisions


class Div:
    def __init__(self, d):
        def rd(fn):
            with open(os.path.join(d, fn), encoding='utf-8', newline='') as f:
                return list(csv.DictReader(f))
        self.prov = {r['code']: r['name'] for r in rd('provinces.csv')}
        self.city = {r['code']: r['name'] for r in rd('cities.csv')}
        self.area = {}
        self.area_by_city = {}
        for r in rd('areas.csv'):
            self.area[r['code']] = r['name']
            bad = any(k in r['name'] for k in ('开发区', '园区', '示范区', '管理区', '产业', '新区管委'))
            if not bad:
                self.area_by_city.setdefault(r['cityCode'], []).append(r['code'])
        self.towns = {}
        for r in rd('streets.csv'):
            self.towns.setdefault(r['areaCode'], []).append(r['name'])
        assert STREET_CODE[:6] in self.area and DIST_CODE in self.area

    def city_name(self, citycode):
        n = self.city.get(citycode, '')
        return '' if n in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划') else n

    def pick_area(self, rng, prefix):
        if len(prefix) == 6:
            return prefix
        return rng.choice(self.area_by_city[prefix])

    def full_area_name(self, code):
        p = self.prov[code[:2]]
        c = self.city_name(code[:4])
        a = self.area[code]
        if p == c:
            c = ''
        return p, c, a

# =============================================================== people


class Person:
    __slots__ = ('pid', 'hh', 'role', 'surname', 'given', 'name', 'former', 'sex', 'birth', 'eth', 'area',
                 'id18', 'id15', 'mobile', 'old_mobile', 'home', 'hukou', 'prev', 'hukou_here',
                 'lives_here', 'status', 'death', 'flags', 'spouse', 'father', 'mother', 'children',
                 'twin', 'namesake', 'rare', 'dot', 'arrived', 'moved', 'employer', 'stall', 'ebikes',
                 'origin')

    def __init__(self, pid):
        self.pid = pid
        self.hh = None
        self.role = ''
        self.surname = self.given = self.name = self.former = ''
        self.sex = 'M'
        self.birth = None
        self.eth = '汉族'
        self.area = self.id18 = self.id15 = ''
        self.mobile = self.old_mobile = ''
        self.home = self.hukou = self.prev = None
        self.hukou_here = True
        self.lives_here = True
        self.status = 'living'
        self.death = None
        self.flags = []
        self.spouse = self.father = self.mother = None
        self.children = []
        self.twin = self.namesake = None
        self.rare = self.dot = False
        self.arrived = None
        self.moved = None
        self.employer = None
        self.stall = None
        self.ebikes = 0
        self.origin = ''

    @property
    def age(self):
        return age_at(self.birth, self.death or REF)


class Household:
    __slots__ = ('hid', 'kind', 'members', 'dw', 'landline', 'villager', 'tenant', 'comm', 'dibao',
                 'owner', 'origin', 'moved_from', 'hukou_else')

    def __init__(self, hid, kind):
        self.hid = hid
        self.kind = kind
        self.members = []
        self.dw = None
        self.landline = ''
        self.villager = False
        self.tenant = False
        self.comm = ''
        self.dibao = False
        self.owner = None
        self.origin = ''
        self.moved_from = None
        self.hukou_else = None

    def head(self):
        return self.members[0] if self.members else None

    def living(self):
        return [m for m in self.members if m.lives_here and m.status == 'living']

# =============================================================== world


class World:
    def __init__(self, n, seed, div):
        self.n = n
        self.seed = seed
        self.rng = random.Random('world:%d' % seed)
        self.div = div
        self.persons = []
        self.households = []
        self.used_ids = set()
        self.used_phones = set()
        self.est = {}
        self.free = {}        # estate key -> list of free flats
        self.bld_extra = {}
        self.vhouses = []     # village houses dicts
        self.shops = []
        self.vowned = []
        self.local_heads = []
        self.build_places()

    # ------------------------------------------------------------ places
    def build_places(self):
        rng = self.rng
        for (key, comm, typ, off, old, alias, road, no, blds) in ESTATES:
            e = dict(key=key, comm=comm, type=typ, name=off, old=old, alias=alias, road=road, no=no,
                     blds=blds, zoned=blds[0][0] in ('A', 'B', 'C'), phased=blds[0][0] == '一期')
            self.est[key] = e
            flats = []
            for (ph, b0, b1, floors, units, rooms) in blds:
                for b in range(b0, b1 + 1):
                    for u in range(1, units + 1):
                        for f in range(1, floors + 1):
                            for r in range(1, rooms + 1):
                                flats.append(self.flat(e, ph, b, u, f, r, units))
            rng.shuffle(flats)
            self.free[key] = flats
        for (vil, comm, groups, nh) in VILLAGES:
            for g in groups:
                for h in range(1, nh + 1):
                    self.vhouses.append(dict(k='vil', vil=vil, comm=comm, g=g, n=h, owner_hh=None, rooms=0))
        rng.shuffle(self.vhouses)
        for (road, comm, nos) in SHOP_ROADS:
            for no in nos:
                self.shops.append(dict(k='shop', road=road, comm=comm, no=no, sub=None))
        rng.shuffle(self.shops)
        self.vfree = list(self.vhouses)

    def flat(self, e, ph, b, u, f, r, units):
        return dict(k='est', e=e['key'], comm=e['comm'], ph=ph, b=b, u=u, f=f, r=r, units=units,
                    room=f * 100 + r)

    def take_flat(self, key):
        lst = self.free[key]
        if not lst:   # grow: add a building beyond the last one
            e = self.est[key]
            ph, b0, b1, floors, units, rooms = e['blds'][-1]
            nb = b1 + 1 + self.bld_extra.get(key, 0)
            self.bld_extra[key] = self.bld_extra.get(key, 0) + 1
            for u in range(1, units + 1):
                for f in range(1, floors + 1):
                    for r in range(1, rooms + 1):
                        lst.append(self.flat(e, ph, nb, u, f, r, units))
            self.rng.shuffle(lst)
        return lst.pop()

    def random_flat_addr(self, rng, types=None):
        """an address in the street not necessarily free (previous homes)"""
        keys = [e[0] for e in ESTATES if types is None or e[2] in types]
        e = self.est[rng.choice(keys)]
        ph, b0, b1, floors, units, rooms = rng.choice(e['blds'])
        return self.flat(e, ph, rng.randint(b0, b1), rng.randint(1, units), rng.randint(1, floors),
                         rng.randint(1, rooms), units)

    def pick_dwelling(self, hh, loc):
        rng = self.rng
        if loc in ('unit', 'comm', 'high', 'resettle'):
            keys = [e[0] for e in ESTATES if e[2] == loc]
            if loc == 'resettle' and hh.villager:
                key = rng.choice(keys)
            else:
                key = wchoice(rng, [(k, len(self.free[k]) + 5) for k in keys])
            return self.take_flat(key)
        if loc == 'vil':
            if hh.tenant:
                owned = [h for h in self.vowned[-300:] if h['rooms'] < 5]
                h = rng.choice(owned) if owned and rng.random() < 0.85 else (
                    self.vfree.pop() if self.vfree else rng.choice(self.vhouses))
                h['rooms'] += 1
                sub = rng.choice(['2楼', '3楼', '201', '202', '301', '302', '1楼东', '2楼西', '附1', '4楼'])
                return dict(h, sub=sub)
            h = self.vfree.pop() if self.vfree else rng.choice(self.vhouses)
            if h['owner_hh'] is None:
                h['owner_hh'] = hh
                self.vowned.append(h)
            return dict(h, sub=None)
        if loc == 'shop':
            s = self.shops.pop() if self.shops else dict(k='shop', road='长丰大道', comm='长丰花园社区',
                                                         no=rng.randint(401, 699), sub=None)
            return dict(s, sub=rng.choice([None, None, '2楼', '附1号', '3楼']))
        if loc == 'mdorm':
            return dict(k='mdorm', comm=MARKET['comm'], f=rng.randint(1, 5), r=rng.randint(1, 20))
        raise ValueError(loc)

    # ------------------------------------------------------------ person factory
    def new_person(self, hh, role, sex, birth, surname=None, origin='local', given=None):
        rng = self.rng
        p = Person('P%06d' % (len(self.persons) + 1))
        p.hh = hh
        p.role = role
        p.sex = sex
        p.birth = birth
        p.origin = origin
        if hh is not None:
            hh.members.append(p)
        self.persons.append(p)
        p.surname = surname or wchoice(rng, SURNAMES)
        p.given = given or self.gen_given(sex, birth.year)
        p.rare = any(c in RARE for c in p.given)
        p.name = p.surname + p.given
        return p

    def gen_given(self, sex, by):
        rng = self.rng
        if by >= 1985 and rng.random() < 0.008:
            return rng.choice(RARE_GIVEN[sex])
        era = ('p1950' if by < 1950 else '1950s' if by < 1960 else '1960s' if by < 1970 else '1970s'
               if by < 1980 else '1980s' if by < 1990 else '1990s' if by < 2000 else '2000s'
               if by < 2010 else '2010s')
        return rng.choice(GIVEN[era][sex])

    def birth_for_age(self, age):
        rng = self.rng
        age = max(0, min(104, age))
        d = REF - timedelta(days=int(age * 365.25 + rng.randint(1, 364)))
        if d > REF - timedelta(days=20):
            d = REF - timedelta(days=rng.randint(20, 300))
        return d

    # ------------------------------------------------------------ households
    KINDS = [('old_single', 10), ('old_couple', 13), ('mid_couple', 10), ('family', 23), ('three_gen', 9),
             ('young_couple', 6), ('single_adult', 7), ('single_parent', 3), ('old_with_child', 5),
             ('mig_family', 7), ('mig_single', 5), ('mig_group', 2.5)]
    LOC = {
        'old': [('unit', 38), ('comm', 27), ('resettle', 20), ('vil', 8), ('shop', 2), ('high', 5)],
        'mid': [('unit', 20), ('comm', 30), ('resettle', 24), ('vil', 8), ('shop', 4), ('high', 14)],
        'fam': [('high', 32), ('comm', 24), ('resettle', 24), ('unit', 8), ('vil', 8), ('shop', 4)],
        'young': [('high', 36), ('comm', 28), ('resettle', 14), ('unit', 16), ('shop', 4), ('vil', 2)],
        'mig': [('vil', 38), ('resettle', 27), ('unit', 13), ('comm', 10), ('mdorm', 6), ('shop', 6)],
    }

    def build(self):
        rng = self.rng
        marks = []
        while len(self.persons) < self.n:
            marks.append((len(self.persons), len(self.households)))
            self.make_household(wchoice(rng, self.KINDS))
        # trim back to exactly n, then top up with single-person households
        while len(self.persons) > self.n:
            np_, nh = marks.pop()
            self.persons = self.persons[:np_]
            self.households = self.households[:nh]
        kept = set(h.hid for h in self.households)
        for h in self.vhouses:
            if h['owner_hh'] is not None and h['owner_hh'].hid not in kept:
                h['owner_hh'] = None
        self.vowned = [h for h in self.vowned if h['owner_hh'] is not None]
        self.local_heads = [p for p in self.local_heads if p.hh.hid in kept]
        while len(self.persons) < self.n:
            self.make_household('old_single' if rng.random() < 0.5 else 'mig_single', extras=False)
        self.finish()

    def origin_area(self, kind, by):
        rng = self.rng
        if kind == 'mig':
            return self.div.pick_area(rng, wchoice(rng, MIGRANT_ORIGINS))
        if kind == 'villager':
            return DIST_CODE if rng.random() < 0.92 else self.div.pick_area(rng, '4201')
        r = rng.random()
        here = 0.40 if by < 1960 else 0.55 if by < 1990 else 0.72
        if r < here:
            return DIST_CODE
        if r < here + 0.27:
            return self.div.pick_area(rng, '4201')
        return self.div.pick_area(rng, wchoice(rng, LOCAL_OLD_ORIGINS))

    def make_household(self, kind, extras=True):
        rng = self.rng
        hh = Household('H%05d' % (len(self.households) + 1), kind)
        self.households.append(hh)
        mig = kind.startswith('mig')
        hh.tenant = mig
        grp = 'old' if kind.startswith('old') else 'mig' if mig else 'young' if kind in (
            'young_couple', 'single_adult') else 'mid' if kind == 'mid_couple' else 'fam'
        loc = wchoice(rng, self.LOC[grp])
        if not mig and loc in ('vil', 'resettle') and rng.random() < 0.85:
            hh.villager = True
        if not mig and kind in ('single_adult', 'young_couple') and rng.random() < 0.3:
            hh.tenant = True
        if mig:
            hh.origin = self.div.pick_area(rng, wchoice(rng, MIGRANT_ORIGINS))
        okind = 'mig' if mig else 'villager' if hh.villager else 'local'

        def area_for(by):
            if mig:
                if hh.origin[:2] in ('65', '63') or rng.random() < 0.8:
                    return hh.origin
                return self.origin_area('mig', by)
            return self.origin_area(okind, by)

        def person(role, sex, age, surname=None):
            b = self.birth_for_age(age)
            p = self.new_person(hh, role, sex, b, surname, okind)
            p.area = area_for(b.year)
            return p

        def couple(age_h, role_h='户主', role_w='配偶', surname=None):
            h = person(role_h, 'M', age_h, surname)
            w = person(role_w, 'F', max(18, age_h - rng.choice([-2, -1, 0, 1, 2, 2, 3, 3, 4, 5])))
            h.spouse, w.spouse = w, h
            return h, w

        def kids(father, mother, n, max_age=None, role='子女'):
            out = []
            ref = mother or father
            twins = n >= 2 and rng.random() < 0.025
            for i in range(n):
                a = ref.age - rng.randint(22, 37)
                if max_age is not None:
                    a = min(a, max_age)
                if a < 0:
                    a = rng.randint(0, 3)
                sex = 'M' if rng.random() < 0.52 else 'F'
                sn = (father or mother).surname if (father is not None or rng.random() < 0.3) else None
                if father is not None and rng.random() < 0.05 and mother is not None:
                    sn = mother.surname
                if twins and i == 1:
                    c0 = out[0]
                    c = self.new_person(hh, role, sex, c0.birth, c0.surname, okind,
                                        given=self.twin_given(c0.given, sex, c0.birth.year))
                    c.area = c0.area
                    c.twin, c0.twin = c0, c
                    c.flags.append('twin')
                    c0.flags.append('twin')
                else:
                    c = person(role, sex, a, sn)
                c.father, c.mother = father, mother
                for par in (father, mother):
                    if par is not None:
                        par.children.append(c)
                out.append(c)
            return out

        def away_child(parent, other=None):
            a = parent.age - rng.randint(24, 36)
            if a < 20:
                return None
            sex = 'M' if rng.random() < 0.5 else 'F'
            sn = parent.surname if parent.sex == 'M' else (other.surname if other else None)
            c = person('子女', sex, a, sn)
            c.lives_here = False
            c.flags.append('away')
            c.father = parent if parent.sex == 'M' else other
            c.mother = parent if parent.sex == 'F' else other
            parent.children.append(c)
            if other is not None:
                other.children.append(c)
            return c

        def deceased_spouse(p):
            a = p.age + rng.choice([-2, 0, 1, 2, 3, 4, 5]) if p.sex == 'F' else p.age - rng.randint(0, 4)
            d = self.new_person(hh, '配偶', 'F' if p.sex == 'M' else 'M', self.birth_for_age(a),
                                None, okind)
            d.area = area_for(d.birth.year)
            d.status = 'deceased'
            d.lives_here = False
            d.death = REF - timedelta(days=rng.randint(20, 4 * 365))
            d.spouse = p
            p.spouse = d
            d.flags.append('deceased')
            # keep the deceased as the household's first member when male (old head)
            if d.sex == 'M':
                hh.members.remove(d)
                hh.members.insert(0, d)
                d.role, p.role = '户主', '配偶'
            return d

        def old_age():
            b = wchoice(rng, [((65, 74), 50), ((75, 84), 37), ((85, 99), 13)])
            return rng.randint(*b)

        if kind == 'old_single':
            sex = 'F' if rng.random() < 0.68 else 'M'
            p = person('户主', sex, old_age())
            dec = deceased_spouse(p) if extras and rng.random() < 0.30 else None
            if extras:
                for _ in range(wchoice(rng, [(0, 40), (1, 45), (2, 15)])):
                    away_child(p, dec)
        elif kind == 'old_couple':
            h, w = couple(max(62, old_age() - 1))
            if extras:
                for _ in range(wchoice(rng, [(0, 45), (1, 40), (2, 15)])):
                    away_child(h, w)
        elif kind == 'mid_couple':
            h, w = couple(rng.randint(46, 64))
            if extras:
                for _ in range(wchoice(rng, [(0, 30), (1, 55), (2, 15)])):
                    away_child(h, w)
        elif kind == 'old_with_child':
            if rng.random() < 0.45:
                h, w = couple(old_age())
                par = [h, w]
            else:
                sex = 'F' if rng.random() < 0.65 else 'M'
                par = [person('户主', sex, old_age())]
            fa = next((x for x in par if x.sex == 'M'), None)
            mo = next((x for x in par if x.sex == 'F'), None)
            kids(fa, mo, 1)
        elif kind in ('family', 'single_parent', 'three_gen', 'mig_family'):
            if kind == 'three_gen':
                ga = int(rng.triangular(56, 92, 66))
                paternal = rng.random() < 0.7
                if rng.random() < 0.55:
                    gf, gm = couple(ga, '户主', '配偶')
                else:
                    sx = 'F' if rng.random() < 0.65 else 'M'
                    g = person('户主', sx, ga)
                    gf, gm = (g, None) if sx == 'M' else (None, g)
                mid_age = max(26, ga - rng.randint(24, 34))
                if paternal:
                    f = person('子女', 'M', mid_age, (gf or gm).surname if gf else None)
                    m = person('儿媳', 'F', max(22, mid_age - rng.randint(-2, 4)))
                    f.father, f.mother = gf, gm
                else:
                    f = person('女婿', 'M', mid_age + rng.randint(-1, 4))
                    m = person('子女', 'F', mid_age, gf.surname if gf else None)
                    m.father, m.mother = gf, gm
                for g in (gf, gm):
                    if g is not None:
                        g.children.append(f if paternal else m)
                f.spouse, m.spouse = m, f
                kids(f, m, wchoice(rng, [(1, 66), (2, 32), (3, 2)]), role='孙子女')
                if extras and rng.random() < 0.06 and (gf is None or gm is None):
                    deceased_spouse(gf or gm)
            elif kind == 'single_parent':
                sx = 'F' if rng.random() < 0.75 else 'M'
                par = person('户主', sx, rng.randint(30, 52))
                kids(par if sx == 'M' else None, par if sx == 'F' else None, 1, max_age=18)
            else:
                if mig:
                    f, m = couple(rng.randint(24, 50))
                    n = wchoice(rng, [(0, 38), (1, 44), (2, 18)])
                    kids(f, m, n, max_age=16)
                else:
                    f, m = couple(int(rng.triangular(27, 58, 42)))
                    ks = kids(f, m, wchoice(rng, [(1, 62), (2, 35), (3, 3)]))
                    for k in ks:
                        if 18 <= k.age <= 23 and rng.random() < 0.5:
                            k.lives_here = False
                            k.flags.append('away')
                            k.flags.append('student_away')
        elif kind == 'young_couple':
            couple(rng.randint(23, 36))
        elif kind == 'single_adult':
            person('户主', 'M' if rng.random() < 0.55 else 'F', int(rng.triangular(21, 64, 30)))
        elif kind == 'mig_single':
            person('户主', 'M' if rng.random() < 0.62 else 'F', int(rng.triangular(17, 60, 28)))
        elif kind == 'mig_group':
            n = rng.randint(2, 5)
            sn = None
            for i in range(n):
                p = person('户主' if i == 0 else '合租', 'M' if rng.random() < 0.75 else 'F',
                           int(rng.triangular(18, 52, 26)), sn)
                if i == 0 and rng.random() < 0.3:
                    sn = p.surname
        # ---- dwelling
        hh.dw = self.pick_dwelling(hh, loc)
        hh.comm = hh.dw.get('comm', '')
        for m in hh.members:
            if m.lives_here:
                m.home = hh.dw
        h0 = hh.members[0]
        if not hh.tenant and h0.status == 'living' and h0.lives_here and 40 <= h0.age <= 80:
            self.local_heads.append(h0)
        if hh.tenant and hh.dw['k'] in ('est', 'shop'):
            r = rng.random()
            if (r < 0.35 or not extras) and self.local_heads:
                hh.owner = rng.choice(self.local_heads)     # a resident who owns a second flat
            elif extras:
                hh.owner = self.make_landlord(hh)
        return hh

    def make_landlord(self, hh):
        rng = self.rng
        lh = Household('H%05d' % (len(self.households) + 1), 'landlord')
        lh.dw = self.else_addr(rng, '4201' if rng.random() < 0.85 else None)
        self.households.append(lh)
        lp = self.new_person(lh, '户主', 'M' if rng.random() < 0.55 else 'F',
                             self.birth_for_age(int(rng.triangular(35, 80, 55))), None, 'local')
        lp.area = self.origin_area('local', lp.birth.year)
        lp.lives_here = False
        lp.home = lh.dw
        lp.hukou_here = rng.random() < 0.3
        lp.hukou = hh.dw if lp.hukou_here else lh.dw
        lp.flags.append('landlord_nonresident')
        return lp

    def twin_given(self, g, sex, by):
        rng = self.rng
        if len(g) == 2:
            pool = [x for x in GIVEN['2010s' if by >= 2010 else '2000s' if by >= 2000 else '1990s'][sex]
                    if len(x) == 2 and x != g]
            other = rng.choice(pool)
            return g[0] + other[1] if g[0] + other[1] != g else g[0] + rng.choice('宇涵轩琪晨欣')
        return rng.choice([x for x in GIVEN['2010s'][sex] if x != g])

    # ------------------------------------------------------------ finishing touches
    def finish(self):
        rng = self.rng
        div = self.div
        # ethnic groups and minority names
        for p in self.persons:
            if p.area[:2] == '65' and p.origin == 'mig':
                p.eth = '维吾尔族'
                p.surname = ''
                p.given = rng.choice(UYG_M if p.sex == 'M' else UYG_F) + '·' + rng.choice(UYG_FATHER)
                p.name = p.given
                p.dot = True
            elif p.area[:2] == '63':
                p.eth = '回族'
                if rng.random() < 0.7:
                    p.surname = rng.choice(['马', '马', '韩', '冶', '马'])
                    p.name = p.surname + p.given
            elif p.area[:4] == '4228' and rng.random() < 0.6:
                p.eth = '土家族'
        # Uyghur children carry the father's given name as the second part
        for p in self.persons:
            f = p.father
            if p.dot and f is not None and f.dot:
                p.given = p.given.split('·')[0] + '·' + f.given.split('·')[0]
                p.name = p.given
        # former names (曾用名)
        for p in self.persons:
            if p.dot:
                continue
            if (p.birth.year < 1960 and p.sex == 'F' and rng.random() < 0.06) or \
                    (p.age < 30 and rng.random() < 0.015):
                g = self.gen_given(p.sex, p.birth.year)
                if g != p.given:
                    p.former = p.surname + g
        # father and son with the same name (父子同名): a few per 20k
        cand = [p for p in self.persons if p.sex == 'M' and p.father is not None and p.age >= 16
                and not p.dot and p.father.status == 'living']
        rng.shuffle(cand)
        k = max(1, round(6 * self.n / 20000))
        for p in cand[:k]:
            p.given = p.father.given
            p.name = p.surname + p.given
            p.namesake = p.father
            p.father.namesake = p
            p.flags.append('namesake_father_son')
            p.father.flags.append('namesake_father_son')
        # common names in the same estate (同小区同名)
        common = [('张', '伟', 'M'), ('王', '伟', 'M'), ('李', '伟', 'M'), ('刘', '伟', 'M'), ('王', '芳', 'F'),
                  ('李', '娜', 'F'), ('张', '敏', 'F'), ('王', '静', 'F'), ('李', '静', 'F'), ('刘', '洋', 'M'),
                  ('张', '丽', 'F'), ('王', '磊', 'M'), ('陈', '静', 'F'), ('李', '军', 'M'), ('王', '勇', 'M'),
                  ('张', '勇', 'M'), ('王', '丽', 'F'), ('李', '敏', 'F'), ('张', '静', 'F'), ('刘', '芳', 'F')]
        byest = {}
        for p in self.persons:
            if p.home and p.lives_here and p.home['k'] == 'est' and 18 <= p.age <= 70 and not p.namesake:
                byest.setdefault((p.home['e'], p.surname, p.sex), []).append(p)
        reps = max(1, round(2 * self.n / 20000))
        for _ in range(reps):
            for (sn, g, sx) in common:
                keys = [kk for kk in sorted(byest) if kk[1] == sn and kk[2] == sx and len(byest[kk]) >= 2]
                if not keys:
                    continue
                lst = byest[rng.choice(keys)]
                for p in rng.sample(lst, min(len(lst), rng.choice([2, 2, 3]))):
                    if p.given != g:
                        p.given = g
                        p.name = sn + g
                    if 'common_name' not in p.flags:
                        p.flags.append('common_name')
        # ID numbers
        for p in self.persons:
            self.assign_id(p)
        # phones
        self.assign_phones()
        # hukou, moves, landlords, nursing homes, flags
        self.assign_hukou_and_moves()
        self.assign_roles()

    def assign_id(self, p):
        rng = self.rng
        if not p.area:
            p.area = self.origin_area('local', p.birth.year)
        while True:
            seq = rng.randint(1, 499) * 2 - (0 if p.sex == 'M' else 1)
            if p.sex == 'M' and seq % 2 == 0:
                seq -= 1
            if p.sex == 'F' and seq % 2 == 1:
                seq += 1
            seq = max(1, min(999, seq))
            body = '%s%s%03d' % (p.area, p.birth.strftime('%Y%m%d'), seq)
            full = body + check_digit(body)
            if full not in self.used_ids:
                self.used_ids.add(full)
                p.id18 = full
                break
        if p.birth.year <= 1983:
            p.id15 = p.id18[:6] + p.id18[8:17]

    def new_mobile(self, age):
        rng = self.rng
        old = ['134', '135', '136', '137', '138', '139', '130', '131', '132', '133', '150', '151', '158', '159',
               '189', '186', '180']
        new = ['150', '151', '152', '155', '156', '157', '158', '159', '173', '175', '176', '177', '178', '180',
               '181', '182', '183', '185', '186', '187', '188', '189', '191', '193', '195', '198', '199', '135',
               '136', '137', '138', '139', '131', '132', '133']
        pool = old if age >= 50 and rng.random() < 0.7 else new
        while True:
            s = rng.choice(pool) + '%08d' % rng.randint(0, 99999999)
            if s not in self.used_phones:
                self.used_phones.add(s)
                return s

    def assign_phones(self):
        rng = self.rng
        for p in self.persons:
            a = p.age
            pr = 0.0 if a < 11 else 0.45 if a < 15 else 0.98 if a < 65 else 0.88 if a < 75 else \
                0.62 if a < 85 else 0.30
            if p.status == 'deceased':
                pr *= 0.8
            if rng.random() < pr:
                p.mobile = self.new_mobile(a)
                if a >= 20 and rng.random() < 0.25:
                    p.old_mobile = self.new_mobile(a + 10)
        # spouses sharing one mobile (mostly elderly)
        for hh in self.households:
            for p in hh.members:
                sp = p.spouse
                if sp is not None and p.sex == 'F' and p.mobile and sp.mobile and sp.status == 'living':
                    q = 0.25 if p.age >= 60 else 0.03
                    if rng.random() < q:
                        p.mobile = ''
                        p.flags.append('uses_spouse_phone')
            if hh.tenant:
                continue
            old = any(m.age >= 60 for m in hh.members)
            if rng.random() < (0.40 if old and hh.dw['k'] in ('est',) and hh.dw['e'] in (
                    'hanmian', 'fangji', 'tongji', 'liangju', 'cfhy', 'hxxy') else 0.18 if old else 0.05):
                while True:
                    s = rng.choice('88888556') + '%07d' % rng.randint(0, 9999999)
                    if s not in self.used_phones:
                        self.used_phones.add(s)
                        hh.landline = s
                        break

    def else_addr(self, rng, citycode=None):
        citycode = citycode or wchoice(rng, AWAY_CITIES)
        area = rng.choice(self.div.area_by_city[citycode])
        if citycode == '4201':
            area = rng.choice([a for a in self.div.area_by_city['4201'] if a != DIST_CODE])
        town = rng.choice(self.div.towns.get(area, ['']))
        pr, ci, ar = self.div.full_area_name(area)
        return dict(k='else', prov=pr, city=ci, area=ar, town=town, est=rng.choice(ELSE_ESTATES),
                    b=rng.randint(1, 30), u=rng.randint(1, 4), room=rng.randint(1, 28) * 100 + rng.randint(1, 4))

    def hometown_addr(self, rng, area):
        pr, ci, ar = self.div.full_area_name(area)
        towns = self.div.towns.get(area) or ['']
        town = rng.choice(towns)
        if area[:2] == '65':
            vil = rng.choice(XJ_VILLAGES)
        else:
            vil = rng.choice(VILLAGE_STEMS) + rng.choice(VILLAGE_TAILS.get(area[:2], ['湾']))
        return dict(k='home', prov=pr, city=ci, area=ar, town=town, vil=vil, g=rng.randint(1, 12),
                    n=rng.randint(1, 80) if rng.random() < 0.5 else None)

    def assign_hukou_and_moves(self):
        rng = self.rng
        for hh in self.households:
            if hh.kind == 'landlord':
                continue
            mig = hh.kind.startswith('mig')
            # previous address inside the street (moved within)
            if hh.tenant and rng.random() < 0.22:
                hh.moved_from = self.random_flat_addr(rng) if rng.random() < 0.7 else dict(
                    rng.choice(self.vhouses), sub=rng.choice(['2楼', '301', '附1']))
            elif not hh.tenant and not hh.villager and rng.random() < 0.06 and hh.dw['k'] == 'est' and \
                    self.est[hh.dw['e']]['type'] in ('high', 'comm'):
                hh.moved_from = self.random_flat_addr(rng, ('unit', 'comm'))
            move_date = REF - timedelta(days=rng.randint(30, 3 * 365)) if hh.moved_from else None
            arrived = None
            if hh.tenant:
                arrived = move_date or (REF - timedelta(days=int(rng.triangular(20, 9 * 365, 400))))
            if not mig and not hh.tenant and not hh.villager and rng.random() < 0.10:
                hh.hukou_else = self.else_addr(rng, '4201')      # live here, hukou elsewhere in Wuhan
            home_of_birth = {}
            for p in hh.members:
                p.arrived = arrived
                p.moved = move_date
                if hh.moved_from and p.lives_here:
                    p.prev = hh.moved_from
                if mig:
                    p.hukou_here = False
                    if p.area not in home_of_birth:
                        home_of_birth[p.area] = self.hometown_addr(rng, p.area)
                    p.hukou = home_of_birth[p.area]
                elif hh.tenant:
                    p.hukou_here = False
                    p.hukou = hh.hukou_else or self.else_addr(rng, '4201')
                    hh.hukou_else = p.hukou
                elif hh.hukou_else is not None:
                    p.hukou_here = False
                    p.hukou = hh.hukou_else
                elif hh.villager and hh.dw['k'] == 'est' and hh.dw['e'] in DEMOLISHED:
                    vil, groups, nh = DEMOLISHED[hh.dw['e']]
                    if 'vil_addr' not in home_of_birth:
                        home_of_birth['vil_addr'] = dict(k='vil', vil=vil, g=rng.choice(groups),
                                                         n=rng.randint(1, nh), sub=None, demolished=True,
                                                         comm=hh.comm)
                    p.hukou = home_of_birth['vil_addr'] if rng.random() < 0.55 or p.status == 'deceased' \
                        else hh.dw
                else:
                    p.hukou = hh.moved_from if (hh.moved_from and rng.random() < 0.5) else hh.dw
                if 'away' in p.flags:
                    p.home = self.else_addr(rng)
                    if p.hukou is None:
                        p.hukou = hh.dw
                if p.status == 'deceased':
                    p.home = None
            # owner of the dwelling
            if hh.dw['k'] in ('est', 'vil', 'shop') and not hh.tenant:
                cands = [m for m in hh.members if m.age >= 30]
                dec = [m for m in cands if m.status == 'deceased']
                if dec and rng.random() < 0.6:
                    hh.owner = dec[0]
                else:
                    hh.owner = cands[0] if cands else hh.members[0]
        # village tenants rent from the villager who owns the house
        for hh in self.households:
            if hh.tenant and hh.dw['k'] == 'vil':
                own = None
                for h in self.vowned:
                    if h['vil'] == hh.dw['vil'] and h['g'] == hh.dw['g'] and h['n'] == hh.dw['n']:
                        own = h['owner_hh']
                        break
                hh.owner = own.members[0] if own is not None and own.members else None
        # nursing homes
        for p in self.persons:
            if p.status == 'living' and p.lives_here and not p.hh.tenant and p.age >= 75:
                q = 0.08 if p.age >= 85 else 0.045 if p.age >= 80 else 0.02
                if p.hh.kind == 'old_single':
                    q *= 1.8
                if rng.random() < q:
                    nh = NURSING[0] if rng.random() < 0.45 else NURSING[1]
                    p.home = dict(k='nurse', key=nh['key'], comm=nh['comm'], f=rng.randint(1, nh['floors']),
                                  r=rng.randint(1, nh['rooms']), bed=rng.randint(1, 3))
                    p.flags.append('nursing_home')

    def assign_roles(self):
        rng = self.rng
        for hh in self.households:
            poor = hh.dw['k'] in ('est', 'vil') and (hh.dw.get('e') in ('hanmian', 'fangji', 'tongji', 'lfy', 'bjd')
                                                     or hh.dw['k'] == 'vil')
            if not hh.tenant and hh.kind != 'landlord':
                q = 0.045 if poor and hh.kind in ('old_single', 'single_parent', 'old_with_child') else \
                    0.02 if poor else 0.006
                hh.dibao = rng.random() < q
        emps = [e[0] for e in EMPLOYERS]
        for p in self.persons:
            if p.status != 'living':
                continue
            a = p.age
            mig = p.origin == 'mig'
            if a >= 18:
                q = (0.04 if a < 31 else 0.08 if a < 60 else 0.13) * (0.4 if mig else 1.0)
                if rng.random() < q:
                    p.flags.append('party')
            q = 0.008 if a < 18 else 0.018 if a < 60 else 0.05 if a < 80 else 0.11
            if rng.random() < q:
                p.flags.append('disabled')
            if not p.lives_here:
                continue
            if a >= 45 and rng.random() < (0.25 if a < 65 else 0.5):
                p.flags.append('chronic')
            if 18 <= a <= 72:
                if mig:
                    q = 0.42 if a < 55 else 0.2
                else:
                    q = 0.28 if a < 60 else 0.14
                if rng.random() < q:
                    p.ebikes = 2 if rng.random() < 0.06 else 1
            if 18 <= a <= 58:
                if (mig and rng.random() < 0.22) or (not mig and rng.random() < 0.05):
                    p.employer = wchoice(rng, [('sd', 30), ('mk', 8), ('cs', 20), ('dz', 25), ('kl', 7),
                                               ('xx', 4)] if mig else [('sd', 10), ('mk', 10), ('cs', 15),
                                                                       ('dz', 15), ('kl', 15), ('xx', 35)])
                    p.flags.append('employee')
            if 22 <= a <= 65 and p.employer is None and rng.random() < (0.10 if mig else 0.02 if
                                                                     p.hh.villager else 0.006):
                z = rng.choice(MARKET['zones'])
                p.stall = (z, rng.randint(1, MARKET['rows']), rng.randint(1, MARKET['stalls']))
                p.flags.append('stallholder')
            if 18 <= a <= 76:
                q = 0.13 if 55 <= a <= 72 and not mig else 0.07 if a <= 22 else 0.035
                if rng.random() < q:
                    p.flags.append('volunteer')
        assert emps

    # ------------------------------------------------------------ handy relations
    def adult_child_with_phone(self, p, rng):
        cs = [c for c in p.children if c.mobile and c.age >= 20 and c.status == 'living']
        return rng.choice(cs) if cs else None

    def parent_with_phone(self, p, rng):
        ps = [x for x in (p.mother, p.father) if x is not None and x.mobile and x.status == 'living']
        if len(ps) == 2:
            return ps[0] if rng.random() < 0.6 else ps[1]
        return ps[0] if ps else None

    def household_phone_holder(self, p):
        hh = p.hh
        for m in hh.members:
            if m.mobile and m.status == 'living' and m.lives_here and m.age >= 18:
                return m
        return None

# =============================================================== rendering helpers


class Rec:
    __slots__ = ('src', 'p', 'name', 'idn', 'phone', 'birth', 'gender', 'addr', 'tags')

    def __init__(self, src, p):
        self.src = src
        self.p = p
        self.name = self.idn = self.phone = self.birth = self.gender = self.addr = ''
        self.tags = []


def form_of_address(p, rng, style):
    s = p.surname or p.name[:1]
    a = p.age
    if style == 'polite':
        return s + ('先生' if p.sex == 'M' else '女士')
    if a >= 65:
        return s + (rng.choice(['爹爹', '爹爹', '爷爷', '老爷子']) if p.sex == 'M' else
                    rng.choice(['婆婆', '婆婆', '奶奶', '娭毑']))
    if a >= 45:
        return (s + rng.choice(['师傅', '叔', '老师'])) if p.sex == 'M' else (s + rng.choice(['阿姨', '姐', '嬢嬢']))
    if a >= 20:
        return rng.choice(['小' + s, s + '哥', s + '先生']) if p.sex == 'M' else rng.choice(['小' + s, s + '姐'])
    return '小' + s


def to_pinyin(p, rng):
    if p.dot or not p.surname:
        return None
    try:
        sy = ''.join(PINYIN[c] for c in p.surname)
        gy = ''.join(PINYIN[c] for c in p.given)
    except KeyError:
        return None
    sy = sy.replace('lv', rng.choice(['lv', 'lyu', 'lu']))
    gy = gy.replace('lv', 'lv')
    st = rng.random()
    if st < 0.45:
        return sy.capitalize() + ' ' + gy.capitalize()
    if st < 0.7:
        return (sy + ' ' + gy).upper()
    if st < 0.85:
        return gy.capitalize() + ' ' + sy.capitalize()
    return sy + gy


def char_sub(name, rng, kind, protect_surname=False):
    """replace one character with a homophone / dialect / look-alike. returns new or None"""
    start = 0
    pos = list(range(start, len(name)))
    rng.shuffle(pos)
    for i in pos:
        c = name[i]
        cands = []
        if kind == 'homo':
            s = PINYIN.get(c)
            if s:
                cands = [x for x in SYL[s] if x != c]
        elif kind == 'dialect':
            s = PINYIN.get(c)
            if s:
                for a, b in DIALECT:
                    if s == a:
                        cands += SYL.get(b, [])
                    elif s == b:
                        cands += SYL.get(a, [])
        elif kind == 'look':
            cands = LOOK.get(c, [])
        if cands:
            return name[:i] + rng.choice(cands) + name[i + 1:]
    return None


def mojibake(s):
    try:
        return s.encode('gbk').decode('latin-1')
    except UnicodeError:
        return s


def render_name(p, rng, tags, homo=0.0, dialect=0.0, look=0.0, trad=0.0, form=0.0, form_style='wuhan',
                form_min_age=60, surname_only=0.0, mask=0.0, pinyin=0.0, nick=0.0, space=0.0, former=0.0,
                missing=0.0, rare='keep', dot=None, maxlen=None, moji=0.0):
    if chance(rng, missing):
        tags.append('name:missing')
        return ''
    name = p.name
    if p.former and chance(rng, former):
        name = p.former
        tags.append('name:former')
    if chance(rng, nick):
        tags.append('name:nickname')
        r = rng.random()
        if r < 0.6:
            return rng.choice(NICKS)
        if r < 0.8:
            return name + rng.choice(['🌷', '🌸', '😊', '(本人)', '-平安'])
        return 'A' + form_of_address(p, rng, 'wuhan')
    if chance(rng, pinyin):
        py = to_pinyin(p, rng)
        if py:
            tags.append('name:pinyin')
            return py
    if p.age >= form_min_age and chance(rng, form) and p.surname:
        tags.append('name:addr_form')
        return form_of_address(p, rng, form_style)
    if chance(rng, surname_only) and p.surname:
        tags.append('name:surname_only')
        return p.surname + rng.choice(['', '某', '某某', '姓'])
    # rare characters (outside GB2312)
    if p.rare and rare != 'keep' and name == p.name:
        new = []
        for c in name:
            if c in RARE:
                sub, split = RARE[c]
                new.append({'q': '?', 'sub': sub, 'split': split, 'py': PINYIN.get(c, '?'),
                            'box': '□'}[rare if rare != 'mix' else rng.choice(['q', 'sub', 'sub', 'split', 'py'])])
            else:
                new.append(c)
        name = ''.join(new)
        tags.append('name:rare_sub')
    # minority names with a middle dot
    if p.dot:
        sep = wchoice(rng, dot or {'·': 1})
        if sep != '·':
            name = name.replace('·', sep)
            tags.append('name:dot_variant')
        if maxlen and len(name) > maxlen:
            name = name[:maxlen]
            tags.append('name:truncated')
    # typing errors
    r = rng.random()
    acc = 0.0
    for kind, pr in (('homo', homo), ('dialect', dialect), ('look', look)):
        acc += pr
        if r < acc:
            nn = char_sub(name, rng, kind)
            if nn and nn != name:
                name = nn
                tags.append({'homo': 'name:homophone', 'dialect': 'name:dialect', 'look': 'name:lookalike'}[kind])
            break
    if chance(rng, trad):
        nn = ''.join(TRAD.get(c, c) for c in name)
        if nn != name:
            name = nn
            tags.append('name:traditional')
    if chance(rng, mask) and len(name) >= 2:
        tags.append('name:masked')
        if len(name) == 2:
            name = name[0] + '*'
        else:
            name = name[0] + '*' * (len(name) - 2) + name[-1]
    if chance(rng, space) and 2 <= len(name) <= 4:
        tags.append('name:space')
        r = rng.random()
        if len(name) == 2 and r < 0.6:
            name = name[0] + rng.choice(['  ', ' ', '\u3000']) + name[1]
        elif r < 0.8:
            name = name + ' '
        else:
            name = ' ' + name
    if chance(rng, moji):
        name = mojibake(name)
        tags.append('name:mojibake')
    return name


def damage_id(s, rng, tags, typo=0.0, transp=0.0, drop=0.0, lowx=0.0, full=0.0, spaced=0.0, quote=0.0,
              sci=0.0, trunc=0.0):
    r = rng.random()
    if r < typo:
        i = rng.randrange(len(s) - 1) if s[-1] in 'Xx' else rng.randrange(len(s))
        d = s[i]
        s = s[:i] + rng.choice([c for c in '0123456789' if c != d]) + s[i + 1:]
        tags.append('id:typo')
    elif r < typo + transp:
        for _ in range(10):
            i = rng.randrange(len(s) - 1)
            if s[i] != s[i + 1]:
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                tags.append('id:transposed')
                break
    elif r < typo + transp + drop:
        i = rng.randrange(len(s))
        s = s[:i] + s[i + 1:]
        tags.append('id:dropped_digit')
    if s.endswith('X') and chance(rng, lowx):
        s = s[:-1] + 'x'
        tags.append('id:lower_x')
    if s.isdigit() and len(s) >= 15:
        if chance(rng, sci):
            m = '%.5E' % float(s)
            mant, ex = m.split('E')
            mant = mant.rstrip('0').rstrip('.')
            s = mant + 'E+' + str(int(ex))
            tags.append('id:excel_sci')
            return s
        if len(s) == 18 and chance(rng, trunc):
            s = s[:15] + '000'
            tags.append('id:excel_trunc')
            return s
    if chance(rng, full):
        s = s.translate(FW)
        tags.append('id:fullwidth')
    elif chance(rng, spaced):
        s = rng.choice([s[:6] + ' ' + s[6:14] + ' ' + s[14:], ' '.join(s[i:i + 4] for i in range(0, len(s), 4)),
                        s + ' ', ' ' + s])
        tags.append('id:spaced')
    if chance(rng, quote):
        s = "'" + s
        tags.append('id:quote_prefix')
    return s


def mask_id(s, style):
    if style == '6-4':
        return s[:6] + '*' * (len(s) - 10) + s[-4:]
    if style == '4-4':
        return s[:4] + '*' * (len(s) - 8) + s[-4:]
    if style == '3-4':
        return s[:3] + '*' * (len(s) - 7) + s[-4:]
    if style == '1-1':
        return s[0] + '*' * (len(s) - 2) + s[-1]
    if style == '10-4':
        return s[:10] + '****' + s[-4:]
    if style == '6-birth':
        return s[:14] + '****'
    return s


def fmt_mobile(s, rng, tags, fmt=0.0, plus86=0.0, mask=0.0, typo=0.0, drop=0.0):
    r = rng.random()
    if r < typo:
        i = rng.randrange(3, 11)
        s = s[:i] + rng.choice([c for c in '0123456789' if c != s[i]]) + s[i + 1:]
        tags.append('phone:typo')
    elif r < typo + drop:
        i = rng.randrange(3, 11)
        s = s[:i] + s[i + 1:]
        tags.append('phone:dropped_digit')
    if chance(rng, mask) and len(s) == 11:
        tags.append('phone:masked')
        return s[:3] + '****' + s[7:]
    if chance(rng, fmt) and len(s) == 11:
        tags.append('phone:format')
        s = rng.choice([s[:3] + ' ' + s[3:7] + ' ' + s[7:], s[:3] + '-' + s[3:7] + '-' + s[7:],
                        s[:3] + ' ' + s[3:], s + ' ', s[:7] + ' ' + s[7:]])
    if chance(rng, plus86):
        tags.append('phone:plus86')
        s = rng.choice(['+86', '+86 ', '86', '+86-', '0086']) + s
    return s


def fmt_landline(s, rng, tags, noarea=0.3):
    tags.append('phone:landline')
    if chance(rng, noarea):
        tags.append('phone:landline_noarea')
        return rng.choice([s, s, s[:4] + '-' + s[4:]])
    return rng.choice(['027-' + s, '027-' + s, '027' + s, '(027)' + s, '027 ' + s, '027－' + s])


def fmt_date(d, f):
    y, m, dd = d.year, d.month, d.day
    if f == 'ymd8':
        return '%04d%02d%02d' % (y, m, dd)
    if f == 'iso':
        return '%04d-%02d-%02d' % (y, m, dd)
    if f == 'slash':
        return '%d/%d/%d' % (y, m, dd)
    if f == 'slash0':
        return '%04d/%02d/%02d' % (y, m, dd)
    if f == 'cn':
        return '%d年%d月%d日' % (y, m, dd)
    if f == 'dot':
        return '%04d.%02d.%02d' % (y, m, dd)
    if f == 'dot1':
        return '%d.%d.%d' % (y, m, dd)
    if f == 'dot_short':
        return '%02d.%d.%d' % (y % 100, m, dd)
    if f == 'ym':
        return '%04d.%02d' % (y, m)
    if f == 'dt':
        return '%04d-%02d-%02d 00:00:00' % (y, m, dd)
    if f == 'xdt':
        return '%d/%d/%d 0:00' % (y, m, dd)
    raise ValueError(f)


def render_birth(p, rng, tags, fmt, fill=1.0, lunar=0.0, swap=0.0, typo=0.0, age_only=0.0, year_only=0.0,
                 serial=0.0, when=REF):
    if not chance(rng, fill):
        tags.append('birth:missing')
        return ''
    d = p.birth
    if p.age >= 60 and chance(rng, lunar):
        d = d - timedelta(days=rng.randint(18, 52))
        tags.append('birth:lunar')
    r = rng.random()
    if r < swap and d.day <= 12 and d.day != d.month:
        d = date(d.year, d.day, d.month)
        tags.append('birth:md_swap')
    elif r < swap + typo:
        for _ in range(5):
            try:
                k = rng.random()
                if k < 0.4:
                    d2 = date(d.year + rng.choice([-10, -1, 1, 10]), d.month, d.day)
                elif k < 0.7:
                    d2 = date(d.year, d.month, min(28, max(1, d.day + rng.choice([-10, -1, 1, 10]))))
                else:
                    d2 = date(d.year, rng.randint(1, 12), d.day)
                if d2 != d and d2 <= REF:
                    d = d2
                    tags.append('birth:typo')
                    break
            except ValueError:
                continue
    if chance(rng, age_only):
        tags.append('birth:age_only')
        a = age_at(p.birth, when)
        return rng.choice([str(a), str(a), '%d岁' % a])
    if chance(rng, year_only):
        tags.append('birth:year_only')
        return str(d.year) + rng.choice(['', '年'])
    if chance(rng, serial):
        tags.append('birth:excel_serial')
        return str((d - date(1899, 12, 30)).days)
    if fmt == 'ym':
        tags.append('birth:year_month')
    return fmt_date(d, fmt)


GFMT = {'cn': ('男', '女'), 'mf': ('M', 'F'), '12': ('1', '2'), '10': ('1', '0'), 'cnx': ('男性', '女性'),
        'polite': ('先生', '女士')}


def render_gender(p, rng, tags, fmt='cn', fill=1.0, wrong=0.0):
    if not chance(rng, fill):
        tags.append('gender:missing')
        return ''
    s = p.sex
    if chance(rng, wrong):
        s = 'F' if s == 'M' else 'M'
        tags.append('gender:wrong')
    return GFMT[fmt][0 if s == 'M' else 1]


# ------------------------------------------------------------ addresses
NOTATIONS = ['std', 'men', 'zhuang', 'haolou', 'hyphen', 'hash', 'cn', 'floorno', 'ceng']


class AddrStyle:
    def __init__(self, prefix, notation, old=0.5, alias=0.15, room_shi=0.3, comm=0.2, road=0.03,
                 phase=0.7, partial=0.02, typo=0.005, wrong=0.003, vil_old=0.2, oldtown=0.0, vil_loose=1.0):
        self.prefix = prefix          # dict: full/city/dist/street/none
        self.notation = notation      # dict of notations
        self.old = old                # use an old name for renamed estates
        self.alias = alias
        self.room_shi = room_shi
        self.comm = comm              # include community name
        self.road = road              # door-plate road+number instead of estate name
        self.phase = phase
        self.partial = partial
        self.typo = typo
        self.wrong = wrong
        self.vil_old = vil_old        # 队 instead of 组
        self.oldtown = oldtown        # 长丰乡 for demolished villages
        self.vil_loose = vil_loose    # share of informal village spellings


def prefix_str(rng, style, comm, with_comm):
    pf = wchoice(rng, style.prefix)
    c = comm if (with_comm and comm) else ''
    if pf == 'full':
        return PROV + CITY + DIST + STREET + c
    if pf == 'city':
        return CITY + DIST + rng.choice([STREET, STREET_SHORT, '']) + c
    if pf == 'dist':
        return DIST + rng.choice([STREET, STREET_SHORT, '']) + c
    if pf == 'street':
        return rng.choice([STREET, STREET_SHORT]) + c
    return c


def bld_label(a, e, rng, notation):
    b = a['b']
    if e['zoned']:
        z = a['ph']
        v = rng.random()
        if notation == 'cn':
            return z + '区' + cn_int(b)
        return z + str(b) if v < 0.5 else z + '区' + str(b) if v < 0.8 else z + '-' + str(b)
    if notation == 'cn':
        return cn_int(b)
    return str(b)


def estate_tail(a, e, rng, st, tags, notation):
    b = bld_label(a, e, rng, notation)
    u, f, r, room = a['u'], a['f'], a['r'], a['room']
    if chance(rng, st.wrong):
        if rng.random() < 0.5:
            room = room + (1 if r == 1 else -1)
        else:
            f2 = f + rng.choice([-1, 1]) if f > 1 else f + 1
            room = f2 * 100 + r
        tags.append('addr:wrong_room')
    shi = '室' if chance(rng, st.room_shi) else ''
    n = notation
    zb = e['zoned']
    if chance(rng, st.partial):
        tags.append('addr:partial')
        k = rng.random()
        if k < 0.4:
            return b + rng.choice(['栋', '号楼']) + str(room)
        if k < 0.7:
            return b + '栋' + str(u) + '单元'
        return b + '栋'
    if n == 'std':
        return b + '栋' + str(u) + '单元' + str(room) + shi
    if n == 'men':
        return b + '栋' + str(u) + '门' + str(room) + shi
    if n == 'zhuang':
        return b + '幢' + str(u) + '单元' + str(room) + '室'
    if n == 'haolou':
        return b + '号楼' + str(u) + '单元' + str(room) + shi
    if n == 'hyphen':
        return (b if not zb else b.replace('区', '')) + '-' + str(u) + '-' + str(room)
    if n == 'hash':
        return b + '#' + str(u) + '-' + str(room)
    if n == 'cn':
        return b + '栋' + cn_int(u) + '单元' + cn_digits(room, rng.choice(['零', '〇']))
    if n == 'floorno':
        return b + '栋' + str(u) + '单元' + str(f) + '楼' + str(r) + '号'
    if n == 'ceng':
        return b + '栋' + str(u) + '单元' + str(f) + '层' + '%02d' % r + '室'
    if n == 'nounit':
        return b + '栋' + str(room)
    if n == 'pad':
        return b + '栋' + str(u) + '单元' + '%04d' % room
    raise ValueError(n)


def estate_name(e, rng, st, tags, with_phase, a):
    if e['old'] and chance(rng, st.old):
        nm = rng.choice(e['old'])
        tags.append('addr:old_name')
    elif e['alias'] and chance(rng, st.alias):
        nm = rng.choice(e['alias'])
    else:
        nm = e['name']
    if chance(rng, st.typo):
        nn = char_sub(nm, rng, 'homo') or char_sub(nm, rng, 'dialect')
        if nn:
            nm = nn
            tags.append('addr:typo')
    if e['phased'] and with_phase:
        nm += a['ph']
    return nm


def render_addr(a, rng, tags, st, world):
    if a is None:
        tags.append('addr:missing')
        return ''
    k = a['k']
    if k == 'est':
        e = world.est[a['e']]
        notation = wchoice(rng, st.notation)
        with_phase = chance(rng, st.phase)
        if chance(rng, st.road):
            tags.append('addr:road_no')
            head = e['road'] + str(e['no']) + '号'
            if e['phased'] and a['ph'] == '二期' and e['key'] == 'xyc':
                head = '丰荷路66号'
        else:
            head = estate_name(e, rng, st, tags, with_phase, a)
        if notation == 'nounit' and a['units'] > 1:
            tags.append('addr:partial')
        return prefix_str(rng, st, a['comm'], chance(rng, st.comm)) + head + estate_tail(a, e, rng, st, tags,
                                                                                           notation)
    if k == 'vil':
        vil, g, n = a['vil'], a['g'], a['n']
        dem = a.get('demolished')
        g_s = cn_int(g) if rng.random() < 0.15 * st.vil_loose else str(g)
        grp = '队' if chance(rng, st.vil_old) else '组'
        v = rng.random() if chance(rng, st.vil_loose) else 0.0
        if v < 0.55:
            core = vil + '村' + g_s + grp + str(n) + '号'
        elif v < 0.75:
            core = vil + g_s + grp + str(n) + '号'
        elif v < 0.85:
            core = vil + '村委会' + g_s + grp + str(n) + '号'
        elif v < 0.93:
            core = vil + '村' + g_s + grp
            tags.append('addr:partial')
        else:
            core = vil + str(g) + '-' + str(n)
        if a.get('sub') and not core.endswith(grp):
            core += rng.choice(['', '', '-']) + a['sub']
        if dem and chance(rng, st.oldtown):
            tags.append('addr:old_name')
            return rng.choice([CITY + DIST, DIST, '']) + OLD_TOWNSHIP + core
        pf = wchoice(rng, st.prefix)
        pre = {'full': PROV + CITY + DIST + STREET, 'city': CITY + DIST + STREET_SHORT, 'dist': DIST + STREET_SHORT,
               'street': STREET_SHORT, 'none': ''}[pf]
        return pre + core
    if k == 'shop':
        core = a['road'] + str(a['no']) + '号'
        if a.get('sub'):
            core += a['sub']
        elif rng.random() < 0.15:
            core += rng.choice(['门面', '-1', '附1号', '一楼'])
        return prefix_str(rng, st, a['comm'], chance(rng, st.comm * 0.5)) + core
    if k == 'mdorm':
        m = MARKET
        nm = m['name'] if rng.random() < 0.5 else rng.choice(m['short'])
        v = rng.random()
        if v < 0.5:
            core = nm + '宿舍' + str(a['f']) + '%02d' % a['r']
        elif v < 0.8:
            core = nm + '宿舍楼' + str(a['f']) + '楼' + str(a['r']) + '号'
        else:
            core = m['road'] + str(m['no']) + '号' + nm + '宿舍'
            tags.append('addr:partial')
        return prefix_str(rng, st, a['comm'], False) + core
    if k == 'nurse':
        nh = NURSING[0] if a['key'] == 'n1' else NURSING[1]
        nm = nh['name'] if rng.random() < 0.6 else rng.choice(nh['short'])
        v = rng.random()
        if v < 0.35:
            core = nm
        elif v < 0.7:
            core = nm + str(a['f']) + '%02d' % a['r'] + rng.choice(['', '室', '房'])
        elif v < 0.85:
            core = nm + str(a['f']) + '%02d' % a['r'] + '房' + str(a['bed']) + '床'
        else:
            core = nh['road'] + str(nh['no']) + '号' + nm
        return prefix_str(rng, st, a['comm'], False) + core
    if k == 'stall':
        m = MARKET
        z, row, no = a['z'], a['row'], a['no']
        nm = m['name'] if rng.random() < 0.4 else rng.choice(m['short'])
        v = rng.random()
        if v < 0.45:
            core = nm + z + '区' + str(row) + '排' + str(no) + '号'
        elif v < 0.7:
            core = nm + z + str(row) + '-' + str(no)
        elif v < 0.85:
            core = nm + z + '区' + str(no) + '号'
        else:
            core = m['road'] + str(m['no']) + '号' + nm
        return core
    if k == 'else':
        v = rng.random()
        pre = a['prov'] + a['city'] + a['area'] if v < 0.4 else (a['city'] or a['prov']) + a['area'] \
            if v < 0.8 else a['area']
        if rng.random() < 0.3:
            pre += a['town']
        return pre + a['est'] + str(a['b']) + '栋' + str(a['u']) + '单元' + str(a['room'])
    if k == 'home':
        v = rng.random()
        if v < 0.5:
            pre = a['prov'] + a['city'] + a['area']
        elif v < 0.8:
            pre = (a['city'] or a['prov']) + a['area']
        else:
            pre = a['prov'] + a['area']
        s = pre + a['town'] + a['vil'] + '村' + ('' if rng.random() < 0.2 else str(a['g']) + '组')
        if a['n'] and rng.random() < 0.6:
            s += str(a['n']) + '号'
        return s
    raise ValueError(k)


def canon_addr(a, world):
    """standard full rendering for persons.csv"""
    if a is None:
        return ''
    k = a['k']
    if k == 'est':
        e = world.est[a['e']]
        b = (a['ph'] + str(a['b'])) if e['zoned'] else str(a['b'])
        ph = a['ph'] if e['phased'] else ''
        return '%s%s%s%s%s%s%s%s栋%d单元%d室' % (PROV, CITY, DIST, STREET, a['comm'], e['name'], ph, b, a['u'],
                                           a['room'])
    if k == 'vil':
        s = '%s%s%s%s%s村%d组%d号' % (PROV, CITY, DIST, STREET if not a.get('demolished') else OLD_TOWNSHIP,
                                   a['vil'], a['g'], a['n'])
        return s + (a['sub'] or '') + ('(已拆迁)' if a.get('demolished') else '')
    if k == 'shop':
        return '%s%s%s%s%s%d号%s' % (PROV, CITY, DIST, STREET, a['road'], a['no'], a.get('sub') or '')
    if k == 'mdorm':
        return '%s%s%s%s%s宿舍%d%02d' % (PROV, CITY, DIST, STREET, MARKET['name'], a['f'], a['r'])
    if k == 'nurse':
        nh = NURSING[0] if a['key'] == 'n1' else NURSING[1]
        return '%s%s%s%s%s%d%02d房%d床' % (PROV, CITY, DIST, STREET, nh['name'], a['f'], a['r'], a['bed'])
    if k == 'else':
        return '%s%s%s%s%s%d栋%d单元%d室' % (a['prov'], a['city'], a['area'], a['town'], a['est'], a['b'], a['u'],
                                         a['room'])
    if k == 'home':
        return '%s%s%s%s%s村%d组%s' % (a['prov'], a['city'], a['area'], a['town'], a['vil'], a['g'],
                                    ('%d号' % a['n']) if a['n'] else '')
    return ''

# =============================================================== apps


def pick_phone(w, p, rng, tags, child=0.0, household=0.0, landline=0.0, spouse=0.0, old=0.0, kid_age=16,
               own_first=True):
    """return (digits, is_landline). Chooses whose phone appears on the record."""
    hh = p.hh
    if p.age < kid_age or (not p.mobile and p.age < 18):
        par = w.parent_with_phone(p, rng)
        if par is None:
            par = w.household_phone_holder(p)
            if par is not None and par is not p:
                tags.append('phone:guardian')
                return par.mobile, False
        else:
            tags.append('phone:parent')
            return par.mobile, False
        if hh.landline:
            return hh.landline, True
        return '', False
    if household and rng.random() < household:
        h = w.household_phone_holder(p)
        if h is not None and h is not p:
            tags.append('phone:household')
            return h.mobile, False
    if p.age >= 60 and child and rng.random() < child * (1.6 if not p.mobile else 1.0):
        c = w.adult_child_with_phone(p, rng)
        if c is not None:
            tags.append('phone:child')
            return c.mobile, False
    if hh.landline and landline and rng.random() < landline * (2.0 if not p.mobile else 1.0):
        return hh.landline, True
    if spouse and p.spouse is not None and p.spouse.mobile and p.spouse.status == 'living' and \
            rng.random() < spouse:
        tags.append('phone:spouse')
        return p.spouse.mobile, False
    if p.mobile:
        if p.old_mobile and old and rng.random() < old:
            tags.append('phone:old')
            return p.old_mobile, False
        return p.mobile, False
    # no own mobile
    if 'uses_spouse_phone' in p.flags and p.spouse is not None and p.spouse.mobile:
        tags.append('phone:spouse')
        return p.spouse.mobile, False
    if hh.landline:
        return hh.landline, True
    c = w.adult_child_with_phone(p, rng)
    if c is not None:
        tags.append('phone:child')
        return c.mobile, False
    h = w.household_phone_holder(p)
    if h is not None and h is not p:
        tags.append('phone:household')
        return h.mobile, False
    return '', False


def render_phone(w, p, rng, tags, fill=1.0, noarea=0.3, fmt=0.0, plus86=0.0, mask=0.0, typo=0.0, drop=0.0,
                 two=0.0, **pick):
    if not chance(rng, fill):
        tags.append('phone:missing')
        return ''
    num, isl = pick_phone(w, p, rng, tags, **pick)
    if not num:
        tags.append('phone:missing')
        return ''
    if isl:
        s = fmt_landline(num, rng, tags, noarea)
    else:
        s = fmt_mobile(num, rng, tags, fmt, plus86, mask, typo, drop)
    if chance(rng, two):
        extra = ''
        if not isl and p.hh.landline:
            extra = '027-' + p.hh.landline if rng.random() < 0.6 else p.hh.landline
        else:
            c = w.adult_child_with_phone(p, rng) if p.age >= 55 else (p.spouse if p.spouse and p.spouse.mobile
                                                                    else None)
            if c is not None and c.mobile and c.mobile != num:
                extra = c.mobile
            elif p.old_mobile and p.old_mobile != num:
                extra = p.old_mobile
        if extra:
            s = s + rng.choice(['/', '，', ',', ' ', '、', '；']) + extra
            tags.append('phone:two_numbers')
    return s


def render_id(w, p, rng, tags, fill=1.0, id15=0.0, mask=0.0, mask_style='6-4', parent=0.0, other=0.0, **dmg):
    if not chance(rng, fill):
        tags.append('id:missing')
        return ''
    s = p.id18
    if p.age < 16 and chance(rng, parent):
        par = p.mother or p.father
        if par is not None and par.status == 'living':
            s = par.id18
            tags.append('id:parent')
    elif chance(rng, other):
        oth = [m for m in p.hh.members if m is not p and m.status == 'living']
        if oth:
            s = rng.choice(oth).id18
            tags.append('id:other_member')
    if p.id15 and s == p.id18 and chance(rng, id15):
        s = p.id15
        tags.append('id:id15')
    s = damage_id(s, rng, tags, **dmg)
    if chance(rng, mask) and len(s) >= 15 and 'E+' not in s:
        s = mask_id(s, mask_style)
        tags.append('id:masked')
    return s


def place_tag(p, a, t):
    """tag an address that is not where the person lives now"""
    if a is None or p.status != 'living':
        return
    if a is p.home:
        return
    if a is p.hukou:
        tg = 'addr:hometown' if a.get('k') == 'home' else 'addr:hukou'
    elif a is p.prev:
        tg = 'addr:moved_old'
    else:
        tg = 'addr:not_home'
    if tg not in t:
        t.append(tg)


# ------------------------------------------------------------ app definitions
def wuhan_prefix(full=0.1, city=0.1, dist=0.1, street=0.1, none=0.6):
    return {'full': full, 'city': city, 'dist': dist, 'street': street, 'none': none}


def batch_rng(w, app, key):
    return random.Random('%d|%s|%s' % (w.seed, app, key))


def sheet_key(a):
    if a is None:
        return 'none'
    if a['k'] == 'est':
        return '%s-%s' % (a['e'], a['b'])
    return '%s-%s' % (a['k'], a.get('vil') or a.get('road') or a.get('key') or '')


class App:
    def __init__(self, w, name, seed):
        self.w = w
        self.name = name
        self.rng = random.Random('%d:%s' % (seed, name))
        self.recs = []

    def rec(self, p):
        r = Rec(self.name, p)
        self.recs.append(r)
        if p.status == 'deceased':
            r.tags.append('rec:deceased')
        elif not p.lives_here and p.home is not None:
            r.tags.append('rec:away')
        return r


def living_here(w):
    return [p for p in w.persons if p.status == 'living' and p.lives_here]


# 1 ---------------------------------------------------------------- grid_visit
def app_grid_visit(w, seed):
    """网格员入户走访台账: one Excel per grid (community), the grid worker's own habits."""
    A = App(w, 'grid_visit', seed)
    rng = A.rng
    habit = {}

    def grid_of(hh):
        d = hh.dw
        if d['k'] == 'est':
            return '%s-%s%s' % (d['e'], d['ph'] or '', (d['b'] - 1) // 4)
        if d['k'] == 'vil':
            return '%s-%d' % (d['vil'], d['g'] // 3)
        return d['k'] + (d.get('road') or '')
    for hh in w.households:
        if hh.kind == 'landlord' or hh.dw['k'] in ('mdorm',):
            continue
        if rng.random() > (0.78 if not hh.tenant else 0.62):
            continue
        g = grid_of(hh)
        if g not in habit:
            br = batch_rng(w, 'grid_visit', g)
            habit[g] = dict(
                notation={br.choice(['men', 'hyphen', 'std', 'haolou', 'hyphen', 'std']): 0.85, 'std': 0.1,
                          'cn': 0.05},
                date=br.choice(['ymd8', 'dot', 'slash', 'iso', 'ymd8']),
                sci=0.95 if br.random() < 0.08 else 0.0,
                trunc=0.95 if br.random() < 0.06 else 0.0,
                comm=br.choice([0.0, 0.0, 0.6]))
        hb = habit[g]
        st = AddrStyle(wuhan_prefix(none=0.9, street=0.05, dist=0.05), hb['notation'], old=0.75, alias=0.2,
                       room_shi=0.05, comm=hb['comm'], road=0.02, phase=0.6, partial=0.02, typo=0.008,
                       wrong=0.004, vil_old=0.25)
        for p in hh.members:
            if p.status == 'deceased':
                if rng.random() > 0.12:
                    continue
            elif not p.lives_here:
                if rng.random() > 0.30:
                    continue
            elif 'nursing_home' in p.flags:
                if rng.random() > 0.4:
                    continue
            elif rng.random() > (0.9 if p.age >= 18 else 0.8):
                continue
            for dup in ([False, True] if (p.prev and hh.tenant and rng.random() < 0.35) else [False]):
                r = A.rec(p)
                t = r.tags
                if dup:
                    t.append('rec:dup')
                if hh.tenant and rng.random() < 0.04:
                    r.name = rng.choice(['租户', '租户', p.surname + '姓租户', '房客'])
                    t.append('name:placeholder')
                else:
                    r.name = render_name(p, rng, t, homo=0.02, dialect=0.012, look=0.005, trad=0.0, form=0.05,
                                         form_min_age=65, surname_only=0.005, space=0.01, rare='mix',
                                         dot={'·': 0.3, '': 0.3, '.': 0.2, '•': 0.2})
                r.idn = render_id(w, p, rng, t, fill=0.82 if p.age >= 16 else 0.6, id15=0.03 if p.age >= 60 else 0,
                                  other=0.004, typo=0.02, transp=0.006, drop=0.006, lowx=0.3, spaced=0.01,
                                  sci=hb['sci'], trunc=hb['trunc'])
                r.phone = render_phone(w, p, rng, t, fill=0.92, household=0.4, child=0.3, landline=0.3, old=0.08,
                                       fmt=0.04, typo=0.01, drop=0.005, two=0.03)
                r.birth = render_birth(p, rng, t, hb['date'], fill=0.7, lunar=0.03, swap=0.005, typo=0.01,
                                       year_only=0.008)
                r.gender = render_gender(p, rng, t, 'cn', fill=0.93, wrong=0.004)
                if dup:
                    r.addr = render_addr(p.prev, rng, t, st, w)
                    t.append('addr:moved_old')
                elif not p.lives_here and p.status == 'living':
                    r.addr = render_addr(hh.dw, rng, t, st, w)
                    t.append('addr:hukou')
                elif p.status == 'deceased':
                    r.addr = render_addr(hh.dw, rng, t, st, w)
                elif 'nursing_home' in p.flags:
                    r.addr = render_addr(hh.dw, rng, t, st, w)
                    t.append('addr:hukou' if p.hukou is hh.dw else 'addr:moved_old')
                else:
                    r.addr = render_addr(p.home, rng, t, st, w)
    return A.recs


# 2 ---------------------------------------------------------------- hukou
def app_hukou(w, seed):
    """户籍人口信息 extract from the police station: registered residents, clean."""
    A = App(w, 'hukou', seed)
    rng = A.rng
    st = AddrStyle({'full': 0.9, 'city': 0.1}, {'std': 0.5, 'ceng': 0.3, 'men': 0.2}, old=0.6, alias=0.0,
                   room_shi=0.9, comm=0.7, road=0.25, phase=0.9, partial=0.003, typo=0.0, wrong=0.0,
                   vil_old=0.05, oldtown=0.5, vil_loose=0.0)
    for p in w.persons:
        if not p.hukou_here:
            continue
        if p.status == 'deceased' and (REF - p.death).days > 200 or (p.status == 'deceased' and
                                                                    rng.random() > 0.5):
            continue
        if rng.random() > 0.97:
            continue
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.001, look=0.001, rare='keep', dot={'·': 1})
        r.idn = render_id(w, p, rng, t, fill=1.0, typo=0.0005)
        r.phone = render_phone(w, p, rng, t, fill=0.18, old=0.5, child=0.1, landline=0.4, noarea=0.6)
        r.birth = render_birth(p, rng, t, 'ymd8')
        r.gender = render_gender(p, rng, t, 'cn')
        r.addr = render_addr(p.hukou, rng, t, st, w)
        place_tag(p, p.hukou, t)
    return A.recs


# 3 ---------------------------------------------------------------- flow_rent
def app_flow_rent(w, seed):
    """流动人口/出租屋登记 (community police + grid): tenants, one row per registration."""
    A = App(w, 'flow_rent', seed)
    rng = A.rng
    st = AddrStyle(wuhan_prefix(full=0.3, city=0.1, dist=0.3, street=0.1, none=0.2),
                   {'std': 0.6, 'ceng': 0.2, 'hyphen': 0.1, 'men': 0.1}, old=0.4, room_shi=0.6, comm=0.5,
                   road=0.05, phase=0.8, partial=0.01, typo=0.004, wrong=0.004)
    for hh in w.households:
        if not hh.tenant:
            continue
        for p in hh.members:
            if not p.lives_here or p.status != 'living':
                continue
            if rng.random() > (0.78 if p.age >= 16 else 0.45):
                continue
            regs = [('cur', hh.dw)]
            if p.prev and rng.random() < 0.6:
                regs.append(('old', p.prev))
            for kind, a in regs:
                r = A.rec(p)
                t = r.tags
                if kind == 'old':
                    t += ['rec:dup', 'addr:moved_old']
                r.name = render_name(p, rng, t, homo=0.006, dialect=0.004, look=0.003, rare='sub',
                                     dot={'·': 0.8, '•': 0.2})
                r.idn = render_id(w, p, rng, t, fill=0.97, typo=0.006, transp=0.002, lowx=0.1)
                r.phone = render_phone(w, p, rng, t, fill=0.97, old=0.15 if kind == 'cur' else 0.6, fmt=0.01,
                                       typo=0.006)
                r.birth = render_birth(p, rng, t, 'iso', fill=0.9)
                r.gender = render_gender(p, rng, t, 'cn', fill=0.98)
                r.addr = render_addr(a, rng, t, st, w)
    return A.recs


# 4 ---------------------------------------------------------------- health_fd
def app_health(w, seed):
    """居民健康档案 / 家庭医生签约 (community health service centre)."""
    A = App(w, 'health_fd', seed)
    rng = A.rng
    st = AddrStyle(wuhan_prefix(full=0.15, city=0.15, dist=0.1, street=0.1, none=0.5),
                   {'std': 0.55, 'hyphen': 0.15, 'men': 0.1, 'haolou': 0.1, 'zhuang': 0.05, 'nounit': 0.05},
                   old=0.45, alias=0.2, room_shi=0.3, comm=0.5, road=0.03, phase=0.6, partial=0.02, typo=0.006,
                   wrong=0.004)
    for p in w.persons:
        a = p.age
        if p.status == 'deceased':
            q = 0.5 if a >= 65 else 0.15
        elif not p.lives_here:
            q = 0.03
        elif 'nursing_home' in p.flags:
            q = 0.75
        elif a >= 65:
            q = 0.78
        elif a <= 6:
            q = 0.7
        elif 'chronic' in p.flags:
            q = 0.35
        elif p.origin == 'mig':
            q = 0.06
        else:
            q = 0.12
        if rng.random() > q:
            continue
        n = 2 if rng.random() < 0.035 else 1
        for i in range(n):
            r = A.rec(p)
            t = r.tags
            if i:
                t.append('rec:dup')
            r.name = render_name(p, rng, t, homo=0.01, dialect=0.006, look=0.004, trad=0.002, rare='sub',
                                 former=0.05, dot={'·': 0.6, '': 0.4})
            r.idn = render_id(w, p, rng, t, fill=0.93 if a >= 7 else 0.7, typo=0.008, transp=0.003, drop=0.002,
                              lowx=0.3, full=0.002)
            r.phone = render_phone(w, p, rng, t, fill=0.95, child=0.45 if a >= 75 else 0.15, landline=0.25,
                                   old=0.12, fmt=0.01, typo=0.006, two=0.02)
            r.birth = render_birth(p, rng, t, 'iso', fill=0.98, lunar=0.02, swap=0.003, typo=0.004)
            r.gender = render_gender(p, rng, t, 'cn', fill=0.99, wrong=0.002)
            if p.status == 'deceased':
                r.addr = render_addr(p.hh.dw, rng, t, st, w)
            elif not p.lives_here:
                r.addr = render_addr(p.hukou, rng, t, st, w)
                t.append('addr:hukou')
            elif 'nursing_home' in p.flags and rng.random() < 0.5:
                r.addr = render_addr(p.hh.dw, rng, t, st, w)
                t.append('addr:hukou')
            elif p.prev and rng.random() < 0.3:
                r.addr = render_addr(p.prev, rng, t, st, w)
                t.append('addr:moved_old')
            else:
                r.addr = render_addr(p.home, rng, t, st, w)
    return A.recs


# 5 ---------------------------------------------------------------- vaccine
def app_vaccine(w, seed):
    """儿童预防接种信息: children, registered by the parents at the clinic."""
    A = App(w, 'vaccine', seed)
    rng = A.rng
    st = AddrStyle(wuhan_prefix(full=0.3, city=0.3, dist=0.2, street=0.0, none=0.2),
                   {'std': 0.6, 'hyphen': 0.2, 'haolou': 0.1, 'zhuang': 0.1}, old=0.3, room_shi=0.3, comm=0.2,
                   phase=0.5, partial=0.02, typo=0.004)
    for p in living_here(w):
        if p.age > 14:
            continue
        if rng.random() > (0.95 if p.age <= 6 else 0.7) * (0.85 if p.origin == 'mig' else 1):
            continue
        r = A.rec(p)
        t = r.tags
        mo = p.mother or p.father
        if p.age < 1 and mo is not None and rng.random() < 0.2:
            r.name = mo.name + ('之子' if p.sex == 'M' else '之女')
            t.append('name:child_of')
        else:
            r.name = render_name(p, rng, t, homo=0.008, look=0.003, rare='sub', former=0.3)
        r.idn = render_id(w, p, rng, t, fill=0.55 if p.age >= 3 else 0.8, parent=0.15, typo=0.004)
        r.phone = render_phone(w, p, rng, t, fill=0.98, fmt=0.01, typo=0.005, two=0.05)
        r.birth = render_birth(p, rng, t, 'iso')
        r.gender = render_gender(p, rng, t, 'cn')
        r.addr = render_addr(p.home, rng, t, st, w)
    return A.recs


# 6 ---------------------------------------------------------------- medins
def app_medins(w, seed):
    """城乡居民基本医疗保险参保名单 (street labour & social-security station export)."""
    A = App(w, 'medins', seed)
    rng = A.rng
    st = AddrStyle({'full': 0.8, 'city': 0.2}, {'std': 0.7, 'ceng': 0.3}, old=0.5, room_shi=0.8, comm=0.4,
                   road=0.2, phase=0.8, partial=0.005, oldtown=0.3, vil_loose=0.1, vil_old=0.05)
    for p in w.persons:
        if p.status != 'living':
            continue
        a = p.age
        if not p.hukou_here and p.origin != 'mig':
            continue
        if a <= 22:
            q = 0.88 if p.origin != 'mig' else 0.15
        elif a >= 60:
            q = 0.75 if p.hh.villager else 0.22
        else:
            q = 0.15 if p.origin != 'mig' else 0.0
        if 'away' in p.flags and a > 23:
            q = 0.15
        if rng.random() > q:
            continue
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.002, rare='q', dot={'·': 0.5, '.': 0.5})
        r.idn = render_id(w, p, rng, t, fill=1.0, typo=0.001)
        r.phone = render_phone(w, p, rng, t, fill=0.85, child=0.3, old=0.2, landline=0.1)
        r.birth = render_birth(p, rng, t, 'ymd8', fill=0.0)
        r.gender = render_gender(p, rng, t, '12', fill=1.0)
        r.addr = render_addr(p.hukou, rng, t, st, w)
        place_tag(p, p.hukou, t)
    return A.recs


# 7 ---------------------------------------------------------------- elder_allow
def app_elder(w, seed):
    """高龄津贴发放名册 (80+, hukou here): civil-affairs Excel, maintained by a community clerk."""
    A = App(w, 'elder_allow', seed)
    rng = A.rng
    st = AddrStyle({'none': 0.7, 'street': 0.3}, {'hyphen': 0.4, 'std': 0.4, 'men': 0.2}, old=0.7,
                   room_shi=0.1, comm=0.6, phase=0.5, partial=0.01, typo=0.004, vil_old=0.2, oldtown=0.2)
    for p in w.persons:
        if not p.hukou_here or p.age < 80:
            continue
        if p.status == 'deceased':
            if (REF - p.death).days > 400 or rng.random() > 0.6:
                continue
        elif rng.random() > 0.95:
            continue
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.006, dialect=0.004, look=0.003, rare='sub', former=0.02)
        r.idn = render_id(w, p, rng, t, fill=0.99, typo=0.004, transp=0.002, id15=0.01, sci=0.0)
        r.phone = render_phone(w, p, rng, t, fill=0.9, child=0.65, landline=0.3, fmt=0.02, two=0.06)
        r.birth = render_birth(p, rng, t, 'cn', fill=0.95, lunar=0.02)
        r.gender = render_gender(p, rng, t, 'cn')
        r.addr = render_addr(p.hukou, rng, t, st, w)
        place_tag(p, p.hukou, t)
    return A.recs


# 8 ---------------------------------------------------------------- dibao
def app_dibao(w, seed):
    """低保/特困救助对象名册: whole households; the head's phone on every row."""
    A = App(w, 'dibao', seed)
    rng = A.rng
    st = AddrStyle({'dist': 0.4, 'street': 0.3, 'none': 0.3}, {'std': 0.6, 'hyphen': 0.2, 'men': 0.2},
                   old=0.5, room_shi=0.4, comm=0.8, phase=0.7, partial=0.01, typo=0.003)
    for hh in w.households:
        if not hh.dibao:
            continue
        for p in hh.members:
            if p.status != 'living' or (not p.lives_here and rng.random() < 0.6):
                continue
            r = A.rec(p)
            t = r.tags
            r.name = render_name(p, rng, t, homo=0.005, look=0.003, rare='sub')
            r.idn = render_id(w, p, rng, t, fill=1.0, typo=0.003)
            r.phone = render_phone(w, p, rng, t, fill=0.95, household=0.85, child=0.3, landline=0.2)
            r.birth = render_birth(p, rng, t, 'iso', fill=0.9)
            r.gender = render_gender(p, rng, t, 'cn')
            a = p.hukou if p.hukou_here else p.home
            r.addr = render_addr(a, rng, t, st, w)
            place_tag(p, a, t)
    return A.recs


# 9 ---------------------------------------------------------------- disability
def app_disability(w, seed):
    """残疾人基本信息 (第二代残疾人证): the 20-digit certificate number often sits in the ID column."""
    A = App(w, 'disability', seed)
    rng = A.rng
    st = AddrStyle(wuhan_prefix(full=0.4, city=0.2, dist=0.2, street=0.0, none=0.2),
                   {'std': 0.7, 'hyphen': 0.2, 'haolou': 0.1}, old=0.5, room_shi=0.5, comm=0.5,
                   phase=0.7, partial=0.02, typo=0.004)
    for p in w.persons:
        if 'disabled' not in p.flags or not (p.hukou_here or p.lives_here):
            continue
        if rng.random() > 0.85:
            continue
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.005, look=0.003, rare='sub')
        if rng.random() < 0.4:
            r.idn = p.id18 + str(rng.randint(1, 7)) + str(rng.randint(1, 4))
            t.append('id:disability_no')
        else:
            r.idn = render_id(w, p, rng, t, fill=0.98, typo=0.004, lowx=0.2)
        r.phone = render_phone(w, p, rng, t, fill=0.9, child=0.5, household=0.2, landline=0.2, two=0.03)
        r.birth = render_birth(p, rng, t, 'slash0', fill=0.95)
        r.gender = render_gender(p, rng, t, 'cn')
        a = p.hukou if (p.hukou_here and rng.random() < 0.6) else p.home
        r.addr = render_addr(a, rng, t, st, w)
        place_tag(p, a, t)
    return A.recs


# 10 ---------------------------------------------------------------- party
def app_party(w, seed):
    """党员名册 (community party committee + in-service members reporting to the community)."""
    A = App(w, 'party', seed)
    rng = A.rng
    st = AddrStyle({'none': 0.8, 'street': 0.2}, {'std': 0.5, 'hyphen': 0.3, 'haolou': 0.2}, old=0.5,
                   room_shi=0.2, comm=0.3, phase=0.5, partial=0.04, typo=0.003)
    for p in w.persons:
        if 'party' not in p.flags or not p.lives_here:
            continue
        if rng.random() > 0.8:
            continue
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.004, look=0.002, rare='keep', former=0.03)
        v = rng.random()
        if v < 0.65:
            r.idn = render_id(w, p, rng, t, fill=1.0, typo=0.004, lowx=0.1)
        elif v < 0.9:
            r.idn = render_id(w, p, rng, t, fill=1.0, mask=1.0, mask_style='10-4')
        else:
            t.append('id:missing')
        r.phone = render_phone(w, p, rng, t, fill=0.95, old=0.1, fmt=0.01)
        r.birth = render_birth(p, rng, t, 'ym', fill=0.97)
        r.gender = render_gender(p, rng, t, 'cn')
        r.addr = render_addr(p.home, rng, t, st, w)
    return A.recs


# 11 ---------------------------------------------------------------- volunteer
def app_volunteer(w, seed):
    """志愿者平台导出 (self-registered on a volunteer app; ID masked on export)."""
    A = App(w, 'volunteer', seed)
    rng = A.rng
    for p in w.persons:
        if 'volunteer' not in p.flags or not p.lives_here or not p.mobile:
            continue
        if rng.random() > 0.85:
            continue
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.004, trad=0.01, nick=0.02, rare='keep', space=0.01, mask=0.12)
        r.idn = render_id(w, p, rng, t, fill=0.7, mask=1.0, mask_style='6-4')
        r.phone = render_phone(w, p, rng, t, fill=1.0, mask=0.35)
        r.birth = ''
        t.append('birth:missing')
        r.gender = render_gender(p, rng, t, 'cn', fill=0.9)
        v = rng.random()
        comm = (p.home or {}).get('comm', '')
        if v < 0.6 and comm:
            r.addr = rng.choice([STREET + comm, comm, STREET_SHORT + comm, CITY + DIST + STREET + comm])
            t.append('addr:community_only')
        elif v < 0.8:
            r.addr = ''
            t.append('addr:missing')
        else:
            st = AddrStyle({'none': 1}, {'std': 0.7, 'hyphen': 0.3}, old=0.3, comm=0.0)
            r.addr = render_addr(p.home, rng, t, st, w)
    return A.recs


# 12 ---------------------------------------------------------------- property
def app_property(w, seed):
    """物业业主/住户登记 (property companies of the commercial, high-rise and resettlement estates)."""
    A = App(w, 'property', seed)
    rng = A.rng
    styles = {}
    for key, e in sorted(w.est.items()):
        if e['type'] == 'unit':
            continue
        br = batch_rng(w, 'property', key)
        styles[key] = AddrStyle({'none': 1.0},
                                {br.choice(['hyphen', 'hyphen', 'std', 'pad', 'hash']): 0.9, 'std': 0.1},
                                old=0.0, alias=0.0, room_shi=0.0, comm=0.0, road=0.0, phase=0.9,
                                partial=0.005, typo=0.0, wrong=0.003)
        styles[key].noname = br.choice([0.6, 0.25, 0.05, 0.05])
    for hh in w.households:
        if hh.dw['k'] != 'est' or hh.dw['e'] not in styles:
            continue
        st = styles[hh.dw['e']]
        people = []
        if hh.owner is not None and rng.random() < 0.88:
            people.append(('owner', hh.owner))
        if hh.tenant:
            if rng.random() < 0.35:
                people.append(('occ', hh.members[0]))
        else:
            for m in hh.members:
                if m is not hh.owner and m.lives_here and m.status == 'living' and m.age >= 18 and \
                        rng.random() < 0.18:
                    people.append(('occ', m))
        for role, p in people:
            r = A.rec(p)
            t = r.tags
            sparse = rng.random()
            r.name = render_name(p, rng, t, homo=0.008, look=0.004, form=0.10, form_style='polite', form_min_age=18,
                                 surname_only=0.01, missing=0.04, rare='sub', dot={'·': 0.5, '': 0.5})
            r.idn = render_id(w, p, rng, t, fill=0.12, typo=0.01, sci=0.2, trunc=0.1)
            r.phone = render_phone(w, p, rng, t, fill=0.97, old=0.25 if role == 'owner' else 0.1, spouse=0.05,
                                   child=0.2, fmt=0.03, two=0.05, typo=0.005)
            if sparse < 0.02:     # only the phone survives
                r.name = ''
                if 'name:missing' not in t:
                    t.append('name:missing')
            r.birth = ''
            t.append('birth:missing')
            r.gender = render_gender(p, rng, t, 'cn', fill=0.15)
            e = w.est[hh.dw['e']]
            notation = wchoice(rng, st.notation)
            tail = estate_tail(hh.dw, e, rng, st, t, notation)
            if rng.random() < st.noname:
                # a property company's list inside one estate usually has no estate name
                head = hh.dw['ph'] if e['phased'] and rng.random() < 0.6 else ''
                if 'addr:partial' not in t:
                    t.append('addr:partial')
            else:
                head = e['name'] + (hh.dw['ph'] if e['phased'] else '')
            r.addr = head + tail
            if role == 'owner' and p.home is not hh.dw and p.status == 'living':
                t.append('addr:owned_not_lived')
    return A.recs


# 13 ---------------------------------------------------------------- gas
def app_gas(w, seed):
    """燃气用户档案: one account per dwelling, opened long ago, holder rarely changed."""
    A = App(w, 'gas', seed)
    rng = A.rng
    st = AddrStyle(wuhan_prefix(full=0.0, city=0.05, dist=0.25, street=0.0, none=0.7),
                   {'men': 0.4, 'hyphen': 0.3, 'std': 0.2, 'floorno': 0.1}, old=0.85, alias=0.1, room_shi=0.2,
                   comm=0.0, road=0.4, phase=0.4, partial=0.03, typo=0.006, wrong=0.004, vil_old=0.3)
    seen = set()
    for hh in w.households:
        dw = hh.dw
        k = dw['k']
        if k not in ('est', 'vil', 'shop') or hh.tenant and k == 'vil':
            continue
        key = canon_addr(dw, w)
        if key in seen:
            continue
        seen.add(key)
        if rng.random() > {'est': 0.9, 'vil': 0.3, 'shop': 0.55}[k]:
            continue
        holder = hh.owner
        if holder is None:
            holder = hh.members[0]
        if hh.tenant and rng.random() < 0.15:
            holder = hh.members[0]     # tenant opened his own account
        p = holder
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.012, dialect=0.006, look=0.006, rare='q', moji=0.004,
                             dot={'': 1.0}, maxlen=5)
        old_acct = p.birth.year <= 1975 and rng.random() < 0.6
        r.idn = render_id(w, p, rng, t, fill=0.55, id15=0.5 if old_acct else 0.0, typo=0.01, transp=0.004,
                          sci=0.05, trunc=0.05)
        if p.status == 'deceased' or not p.lives_here:
            if p.status == 'deceased':
                pass
        r.phone = render_phone(w, p, rng, t, fill=0.9, landline=0.7 if old_acct else 0.3, old=0.45, child=0.1,
                               noarea=0.5, fmt=0.02)
        r.birth = ''
        r.gender = ''
        t += ['birth:missing', 'gender:missing']
        r.addr = render_addr(dw, rng, t, st, w)
        if p.home is not dw and p.status == 'living':
            t.append('addr:owned_not_lived')
    return A.recs


# 14 ---------------------------------------------------------------- ebike
def app_ebike(w, seed):
    """电动自行车登记上牌 (traffic police; ID checked against the population database)."""
    A = App(w, 'ebike', seed)
    rng = A.rng
    st = AddrStyle(wuhan_prefix(full=0.1, city=0.3, dist=0.2, street=0.1, none=0.3),
                   {'std': 0.5, 'hyphen': 0.2, 'haolou': 0.15, 'nounit': 0.1, 'cn': 0.05}, old=0.5, alias=0.3,
                   room_shi=0.2, comm=0.1, road=0.05, phase=0.4, partial=0.04, typo=0.01, wrong=0.005)
    for p in living_here(w):
        for i in range(p.ebikes):
            if rng.random() > 0.85:
                continue
            r = A.rec(p)
            t = r.tags
            if i:
                t.append('rec:dup')
            r.name = render_name(p, rng, t, homo=0.002, rare='sub', dot={'·': 0.7, '': 0.3})
            r.idn = render_id(w, p, rng, t, fill=1.0, typo=0.002, lowx=0.05)
            r.phone = render_phone(w, p, rng, t, fill=1.0, old=0.1, typo=0.004)
            r.birth = ''
            r.gender = ''
            t += ['birth:missing', 'gender:missing']
            if p.origin == 'mig' and rng.random() < 0.2:
                r.addr = render_addr(p.hukou, rng, t, st, w)
                place_tag(p, p.hukou, t)
            elif p.prev and rng.random() < 0.3:
                r.addr = render_addr(p.prev, rng, t, st, w)
                t.append('addr:moved_old')
            else:
                r.addr = render_addr(p.home, rng, t, st, w)
    return A.recs


# 15 ---------------------------------------------------------------- school
def app_school(w, seed):
    """中小学入学/学籍登记 (the primary and junior-middle schools serving the street)."""
    A = App(w, 'school', seed)
    rng = A.rng
    st = AddrStyle(wuhan_prefix(full=0.2, city=0.4, dist=0.2, street=0.0, none=0.2),
                   {'std': 0.6, 'hyphen': 0.1, 'haolou': 0.15, 'zhuang': 0.1, 'cn': 0.05}, old=0.3, alias=0.3,
                   room_shi=0.5, comm=0.2, road=0.1, phase=0.7, partial=0.02, typo=0.006)
    for p in living_here(w):
        if not 6 <= p.age <= 15:
            continue
        if rng.random() > (0.85 if p.origin != 'mig' else 0.7):
            continue
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.004, look=0.002, rare='keep', former=0.2)
        r.idn = render_id(w, p, rng, t, fill=0.96, typo=0.003, lowx=0.2)
        r.phone = render_phone(w, p, rng, t, fill=1.0, two=0.15, fmt=0.01)
        r.birth = render_birth(p, rng, t, rng.choice(['iso', 'ymd8']), fill=1.0)
        r.gender = render_gender(p, rng, t, 'cn')
        if p.hukou_here and rng.random() < 0.3:
            r.addr = render_addr(p.hukou, rng, t, st, w)
            place_tag(p, p.hukou, t)
        else:
            r.addr = render_addr(p.home, rng, t, st, w)
    return A.recs


# 16 ---------------------------------------------------------------- nursing
def app_nursing(w, seed):
    """养老院入住老人名册 (two homes; their own Excel, ages rather than dates)."""
    A = App(w, 'nursing', seed)
    rng = A.rng
    st_home = AddrStyle({'none': 1}, {'std': 1}, comm=0.0)
    st_old = AddrStyle(wuhan_prefix(none=0.6, dist=0.2, city=0.2), {'men': 0.4, 'std': 0.4, 'hyphen': 0.2},
                       old=0.8, room_shi=0.2, comm=0.1, phase=0.4)
    for p in w.persons:
        if 'nursing_home' not in p.flags:
            continue
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.015, dialect=0.01, look=0.005, trad=0.01, rare='sub')
        r.idn = render_id(w, p, rng, t, fill=0.8, typo=0.01, id15=0.05, sci=0.1)
        r.phone = render_phone(w, p, rng, t, fill=0.95, child=0.9, two=0.15, fmt=0.02)
        r.birth = render_birth(p, rng, t, 'dot1', fill=0.95, age_only=0.55, lunar=0.05, year_only=0.05)
        r.gender = render_gender(p, rng, t, 'cn')
        if rng.random() < 0.6:
            r.addr = render_addr(p.home, rng, t, st_home, w)
        else:
            r.addr = render_addr(p.hh.dw, rng, t, st_old, w)
            t.append('addr:hukou' if p.hukou is p.hh.dw else 'addr:moved_old')
    return A.recs


# 17 ---------------------------------------------------------------- covid_legacy
def app_covid(w, seed):
    """2022 疫情防控 楼栋排查/核酸名单: per-building sheets kept by volunteers; old but widely copied."""
    A = App(w, 'covid_legacy', seed)
    rng = A.rng
    for p in w.persons:
        if p.status == 'deceased':
            if p.death < COVID:
                continue
        elif not p.lives_here:
            if 'student_away' not in p.flags or rng.random() > 0.3:
                continue
        if p.arrived and p.arrived > COVID and not p.prev:
            continue
        a = p.prev if (p.moved and p.moved > COVID and p.prev) else p.hh.dw if p.status == 'deceased' or \
            not p.lives_here else p.home
        if a is None or a['k'] == 'nurse':
            continue
        if rng.random() > 0.36:
            continue
        key = sheet_key(a)
        br = batch_rng(w, 'covid', key)
        st = AddrStyle({'none': 0.9, 'street': 0.1},
                       {br.choice(['std', 'hyphen', 'men', 'haolou', 'hash', 'nounit']): 0.9, 'std': 0.1},
                       old=0.6, alias=0.3, room_shi=0.1, comm=0.1, road=0.02, phase=0.5, partial=0.04,
                       typo=0.01, wrong=0.008)
        sci = 0.95 if br.random() < 0.12 else 0.0
        trunc = 0.95 if br.random() < 0.08 else 0.0
        r = A.rec(p)
        t = r.tags
        if rng.random() < 0.012:
            r.name = ''
            t.append('name:missing')
        else:
            r.name = render_name(p, rng, t, homo=0.022, dialect=0.01, look=0.008, trad=0.002, form=0.02,
                                 form_min_age=70, space=0.02, rare='mix', dot={'·': 0.3, '': 0.4, '.': 0.3})
        r.idn = render_id(w, p, rng, t, fill=0.85, typo=0.03, transp=0.01, drop=0.01, lowx=0.4, full=0.005,
                          spaced=0.01, quote=0.02, sci=sci, trunc=trunc)
        r.phone = render_phone(w, p, rng, t, fill=0.93, household=0.25, child=0.35, old=0.18, fmt=0.03,
                               typo=0.015, drop=0.008, two=0.02)
        r.birth = ''
        t.append('birth:missing')
        r.gender = render_gender(p, rng, t, 'cn', fill=0.25)
        r.addr = render_addr(a, rng, t, st, w)
        if a is p.prev:
            t.append('addr:moved_old')
    return A.recs


# 18 ---------------------------------------------------------------- market
def app_market(w, seed):
    """批发市场商户登记 (market management office): stall holders, stall as address."""
    A = App(w, 'market', seed)
    rng = A.rng
    st = AddrStyle(wuhan_prefix(none=0.7, dist=0.3), {'std': 0.5, 'hyphen': 0.5}, old=0.5, comm=0.0,
                   phase=0.5, partial=0.03, typo=0.01)
    for p in living_here(w):
        if p.stall is None and p.employer != 'mk':
            continue
        if rng.random() > 0.9:
            continue
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.015, dialect=0.01, look=0.006, form=0.02, form_min_age=40,
                             rare='sub', dot={'·': 0.3, '': 0.5, '-': 0.2})
        zone = p.stall[0] if p.stall else 'staff'
        sci = 0.95 if batch_rng(w, 'market', zone).random() < 0.3 else 0.0
        r.idn = render_id(w, p, rng, t, fill=0.88, typo=0.01, transp=0.004, lowx=0.3, sci=sci)
        r.phone = render_phone(w, p, rng, t, fill=1.0, spouse=0.1, fmt=0.05, two=0.2, typo=0.006)
        r.birth = ''
        t.append('birth:missing')
        r.gender = render_gender(p, rng, t, 'cn', fill=0.5)
        if p.stall is not None and rng.random() < 0.7:
            z, row, no = p.stall
            r.addr = render_addr(dict(k='stall', z=z, row=row, no=no), rng, t, st, w)
            t.append('addr:workplace')
        else:
            r.addr = render_addr(p.home, rng, t, st, w)
    return A.recs


# 19 ---------------------------------------------------------------- employer
def app_employer(w, seed):
    """辖区企业员工花名册 (rosters HR departments hand to the community); one file per employer."""
    A = App(w, 'employer', seed)
    rng = A.rng
    hab = {'sd': dict(pinyin=0.0, date='xdt', serial=0.1, sci=0.95, trunc=0.0),
           'mk': dict(pinyin=0.0, date='iso', serial=0.0, sci=0.0, trunc=0.0),
           'cs': dict(pinyin=0.0, date='slash', serial=0.05, sci=0.0, trunc=0.9),
           'dz': dict(pinyin=0.45, date='dt', serial=0.0, sci=0.0, trunc=0.0),
           'kl': dict(pinyin=0.0, date='dot', serial=0.0, sci=0.0, trunc=0.0),
           'xx': dict(pinyin=0.0, date='cn', serial=0.0, sci=0.0, trunc=0.0)}
    st = AddrStyle(wuhan_prefix(full=0.3, city=0.3, dist=0.2, none=0.2), {'std': 0.7, 'hyphen': 0.2, 'haolou': 0.1},
                   old=0.4, alias=0.2, room_shi=0.4, comm=0.2, phase=0.6, partial=0.03, typo=0.006)
    for p in living_here(w):
        if p.employer is None or rng.random() > 0.85:
            continue
        h = hab[p.employer]
        r = A.rec(p)
        t = r.tags
        r.name = render_name(p, rng, t, homo=0.006, look=0.003, pinyin=h['pinyin'], rare='py', dot={'·': 0.5, '': 0.5})
        r.idn = render_id(w, p, rng, t, fill=0.97, typo=0.006, transp=0.003, lowx=0.2, sci=h['sci'], trunc=h['trunc'])
        r.phone = render_phone(w, p, rng, t, fill=0.98, old=0.05, fmt=0.03, typo=0.005)
        r.birth = render_birth(p, rng, t, h['date'], fill=0.9, serial=h['serial'])
        r.gender = render_gender(p, rng, t, 'mf' if p.employer == 'dz' else 'cn', fill=0.97)
        if rng.random() < 0.55:
            r.addr = render_addr(p.hukou, rng, t, st, w)   # copied from the ID card
            place_tag(p, p.hukou, t)
        else:
            r.addr = render_addr(p.home, rng, t, st, w)
    return A.recs


# 20 ---------------------------------------------------------------- wx_selfreg
def app_wx(w, seed):
    """社区微信小程序「一码扫楼」自主申报: residents type everything themselves; phone SMS-verified."""
    A = App(w, 'wx_selfreg', seed)
    rng = A.rng
    for hh in w.households:
        if hh.kind == 'landlord':
            continue
        adults = [m for m in hh.living() if 18 <= m.age <= 68 and m.mobile]
        if not adults:
            continue
        q = 0.22 if hh.tenant else 0.13
        if rng.random() > q:
            continue
        reg = rng.choice(adults)
        family = [reg]
        if rng.random() < 0.4:
            family += [m for m in hh.living() if m is not reg]
        st = AddrStyle(wuhan_prefix(full=0.1, city=0.15, dist=0.1, street=0.1, none=0.55),
                       {'std': 0.35, 'hyphen': 0.2, 'haolou': 0.1, 'zhuang': 0.05, 'cn': 0.08, 'floorno': 0.07,
                        'nounit': 0.08, 'men': 0.07}, old=0.4, alias=0.35, room_shi=0.3, comm=0.2, road=0.03,
                       phase=0.5, partial=0.05, typo=0.02, wrong=0.006, vil_old=0.1)
        for p in family:
            r = A.rec(p)
            t = r.tags
            if p is reg:
                r.name = render_name(p, rng, t, homo=0.008, look=0.004, trad=0.01, nick=0.04, pinyin=0.01,
                                     form=0.02, form_min_age=18, surname_only=0.01, space=0.02, missing=0.01,
                                     rare='keep')
                r.phone = render_phone(w, p, rng, t, fill=1.0, fmt=0.02, plus86=0.01)
                r.idn = render_id(w, p, rng, t, fill=0.5, typo=0.01, transp=0.005, drop=0.005, lowx=0.5, full=0.01,
                                  spaced=0.02)
            else:
                r.name = render_name(p, rng, t, homo=0.01, look=0.004, nick=0.01, surname_only=0.01, rare='keep')
                num = fmt_mobile(reg.mobile, rng, t)
                r.phone = num
                t.append('phone:household')
                r.idn = render_id(w, p, rng, t, fill=0.3, typo=0.01, lowx=0.5)
            r.birth = render_birth(p, rng, t, 'iso', fill=0.55)
            r.gender = render_gender(p, rng, t, 'cn', fill=0.95)
            r.addr = render_addr(p.home, rng, t, st, w)
    return A.recs


APPS = [app_grid_visit, app_hukou, app_flow_rent, app_health, app_vaccine, app_medins, app_elder, app_dibao,
        app_disability, app_party, app_volunteer, app_property, app_gas, app_ebike, app_school, app_nursing,
        app_covid, app_market, app_employer, app_wx]

# =============================================================== output


def person_row(p, w):
    return [p.pid, p.hh.hid if p.hh else '', p.role, p.name, p.former, p.sex, p.birth.isoformat(), p.eth, p.id18,
            p.id15, p.area, p.mobile, p.old_mobile, p.hh.landline if p.hh else '', canon_addr(p.home, w),
            canon_addr(p.hukou, w), canon_addr(p.prev, w), 'Y' if p.hukou_here else 'N',
            'Y' if p.lives_here else 'N', p.status, p.death.isoformat() if p.death else '',
            (p.home or {}).get('comm', '') if p.lives_here else '', p.hh.kind if p.hh else '',
            p.spouse.pid if p.spouse else '', p.father.pid if p.father else '', p.mother.pid if p.mother else '',
            p.twin.pid if p.twin else '', p.namesake.pid if p.namesake else '',
            dict(EMPLOYERS).get(p.employer, ''), ';'.join(p.flags)]


PERSON_HDR = ['person_id', 'household_id', 'role', 'name', 'former_name', 'gender', 'birth_date', 'ethnicity',
              'id_number', 'id15', 'id_area_code', 'mobile', 'old_mobile', 'landline', 'home_address',
              'hukou_address', 'prev_address', 'hukou_here', 'lives_here', 'status', 'death_date', 'community',
              'household_kind', 'spouse_id', 'father_id', 'mother_id', 'twin_id', 'same_name_as', 'employer',
              'flags']


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--people', type=int, default=20000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    ap.add_argument('--meta')
    ap.add_argument('--divisions', default=os.environ.get('GRIDGOV_DIVISIONS') or os.environ.get('DIVISIONS_DIR', DEFAULT_DIV))
    a = ap.parse_args(argv)
    div = Div(a.divisions)
    w = World(a.people, a.seed, div)
    w.build()
    recs = []
    for fn in APPS:
        recs.extend(fn(w, a.seed))
    rng = random.Random('shuffle:%d' % a.seed)
    rng.shuffle(recs)
    # break up the rare adjacent pairs of one person's records
    for i in range(1, len(recs)):
        if recs[i].p is recs[i - 1].p:
            for _ in range(20):
                j = rng.randrange(len(recs))
                if j in (i - 1, i, i + 1) or recs[j].p is recs[i - 1].p:
                    continue
                nb = [recs[x].p for x in (j - 1, j + 1) if 0 <= x < len(recs)]
                if recs[i].p in nb:
                    continue
                recs[i], recs[j] = recs[j], recs[i]
                break
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, 'residents.csv'), 'w', encoding='utf-8', newline='') as f1, \
            open(os.path.join(a.out, 'truth.csv'), 'w', encoding='utf-8', newline='') as f2:
        c1, c2 = csv.writer(f1), csv.writer(f2)
        c1.writerow(['record_id', 'source', 'name', 'id_number', 'phone', 'birth_date', 'gender', 'address'])
        c2.writerow(['record_id', 'person_id'])
        for i, r in enumerate(recs, 1):
            rid = 'R%07d' % i
            c1.writerow([rid, r.src, r.name, r.idn, r.phone, r.birth, r.gender, r.addr])
            c2.writerow([rid, r.p.pid])
    if a.meta:
        os.makedirs(a.meta, exist_ok=True)
        with open(os.path.join(a.meta, 'persons.csv'), 'w', encoding='utf-8', newline='') as f:
            c = csv.writer(f)
            c.writerow(PERSON_HDR)
            for p in w.persons:
                c.writerow(person_row(p, w))
        with open(os.path.join(a.meta, 'records_meta.csv'), 'w', encoding='utf-8', newline='') as f:
            c = csv.writer(f)
            c.writerow(['record_id', 'source', 'person_id', 'noise'])
            for i, r in enumerate(recs, 1):
                seen = []
                for tg in r.tags:
                    if tg not in seen:
                        seen.append(tg)
                c.writerow(['R%07d' % i, r.src, r.p.pid, ';'.join(seen)])
    print('persons=%d households=%d records=%d -> %s' % (len(w.persons), len(w.households), len(recs), a.out))


if __name__ == '__main__':
    main()
