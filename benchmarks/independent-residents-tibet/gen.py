#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic resident records of one Lhasa street office (蔡公堂街道, 540102010),
seen through 19 government / community ledgers and apps.

    python3 gen.py --people 20000 --seed 1 --out DIR [--meta METADIR]

Standard library only.  Output is byte-identical for the same arguments.
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

D = dt.date
REF = D(2024, 7, 1)            # "today" of the synthetic world
EXCEL_EPOCH = D(1899, 12, 30)
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return '10X98765432'[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def id_valid(s):
    return (len(s) == 18 and s[:17].isdigit() and s[17] in '0123456789X'
            and id_check(s[:17]) == s[17])


def wchoice(rng, items):
    """items: list of (value, weight); deterministic weighted choice."""
    total = 0
    for _, w in items:
        total += w
    x = rng.random() * total
    acc = 0
    for v, w in items:
        acc += w
        if x < acc:
            return v
    return items[-1][0]


def cn_num(n):
    """small integer -> Chinese numerals (1..99)."""
    n = int(n)
    if n < 10:
        return T.CN_DIGITS[n]
    if n < 20:
        return '十' + (T.CN_DIGITS[n % 10] if n % 10 else '')
    return T.CN_DIGITS[n // 10] + '十' + (T.CN_DIGITS[n % 10] if n % 10 else '')


def fullwidth(s):
    return ''.join(T.FULLWIDTH.get(c, c) for c in s)


def age_at(b, when):
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def rand_date(rng, a, b):
    return D.fromordinal(rng.randint(a.toordinal(), b.toordinal()))


def safe_date(y, m, d):
    while True:
        try:
            return D(y, m, d)
        except ValueError:
            d -= 1


# ---------------------------------------------------------------------------
# divisions
# ---------------------------------------------------------------------------
def find_divisions():
    cands = [os.path.join(HERE, '..', 'shared', 'data', 'divisions'),
             os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'divisions')]
    for env in ('GRIDGOV_DIVISIONS', 'DIVISIONS_DIR'):
        if os.environ.get(env):
            cands.append(os.environ[env])
    cands.append('/work/shared/data/divisions')
    for c in cands:
        if os.path.exists(os.path.join(c, 'areas.csv')):
            return c
    sys.exit('divisions directory not found')


class Divisions:
    def __init__(self, path):
        def rd(name):
            with open(os.path.join(path, name), encoding='utf-8', newline='') as f:
                return list(csv.DictReader(f))
        self.prov = {r['code']: r['name'] for r in rd('provinces.csv')}
        self.city = {r['code']: r['name'] for r in rd('cities.csv')}
        self.area = {}
        self.area_list = []
        for r in rd('areas.csv'):
            self.area[r['code']] = r['name']
            self.area_list.append(r['code'])
        self.area_list.sort()
        self.street = {}
        for r in rd('streets.csv'):
            if r['code'].startswith('540102'):
                self.street[r['code']] = r['name']
        if T.STREET_CODE not in self.street:
            sys.exit('street %s not in streets.csv' % T.STREET_CODE)
        self.street_name = self.street[T.STREET_CODE]
        self._pool = {}

    def counties(self, prefix):
        if prefix not in self._pool:
            out = []
            for c in self.area_list:
                if not c.startswith(prefix):
                    continue
                nm = self.area[c]
                if int(c[4:]) >= 70 or '市辖区' in nm or '园区' in nm or '开发区' in nm:
                    continue
                out.append(c)
            self._pool[prefix] = out
        return self._pool[prefix]

    def county_text(self, code):
        """(province, city-or-'', county) names for a county code."""
        p = self.prov.get(code[:2], '')
        c = self.city.get(code[:4], '')
        if c in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'):
            c = ''
        return p, c, self.area.get(code, '')


# ---------------------------------------------------------------------------
# population
# ---------------------------------------------------------------------------
GROUP_SHARE = [  # population group, share of residents
    ('village', 0.33), ('estate_tib', 0.16), ('anju', 0.08), ('herder', 0.09),
    ('compound', 0.07), ('han', 0.15), ('hui', 0.04), ('naxi', 0.006), ('kham', 0.04),
    ('monastic', 0.014),
]
COMPOSITION = {
    'village': [('three_gen', 35), ('nuclear', 45), ('couple', 7), ('elder_alone', 8), ('single', 5)],
    'estate_tib': [('nuclear', 60), ('three_gen', 15), ('couple', 12), ('single', 8), ('elder_alone', 5)],
    'anju': [('three_gen', 30), ('nuclear', 50), ('couple', 10), ('elder_alone', 10)],
    'herder': [('three_gen', 45), ('nuclear', 45), ('couple', 5), ('elder_alone', 5)],
    'compound': [('nuclear', 55), ('couple', 25), ('single', 12), ('three_gen', 8)],
    'han': [('single', 35), ('couple', 20), ('nuclear', 45)],
    'hui': [('nuclear', 60), ('couple', 15), ('single', 25)],
    'naxi': [('single', 40), ('couple', 30), ('nuclear', 30)],
    'kham': [('single', 35), ('couple', 20), ('nuclear', 45)],
}
N_CHILD = {
    'village': [(1, 15), (2, 30), (3, 30), (4, 15), (5, 10)],
    'herder': [(1, 10), (2, 25), (3, 30), (4, 20), (5, 15)],
    'anju': [(1, 20), (2, 35), (3, 30), (4, 15)],
    'estate_tib': [(1, 40), (2, 45), (3, 15)],
    'compound': [(1, 60), (2, 35), (3, 5)],
    'han': [(1, 50), (2, 45), (3, 5)],
    'hui': [(1, 25), (2, 40), (3, 25), (4, 10)],
    'naxi': [(1, 60), (2, 40)],
    'kham': [(1, 35), (2, 40), (3, 25)],
}
TIBETAN_GROUPS = ('village', 'estate_tib', 'anju', 'herder', 'kham', 'monastic')


class Population:
    def __init__(self, rng, div, n_people):
        self.rng = rng
        self.div = div
        self.persons = []
        self.households = []
        self.used_ids = set()
        self.used_phones = set()
        self.used_flats = set()
        self.house_counter = {}
        self.blocks = {}
        for pre, _ in T.MOBILE_PREFIX:
            self.blocks[pre] = ['%04d' % rng.randint(0, 9999) for _ in range(6)]
        n_visit = int(round(n_people * 0.03))
        self.n_res = n_people - n_visit
        self.n_visit = n_visit
        self.village_houses = []   # (village, group, house) of village households, for rentals

    # ---------------- helpers
    def new_phone(self):
        rng = self.rng
        while True:
            pre = wchoice(rng, T.MOBILE_PREFIX)
            blk = rng.choice(self.blocks[pre]) if rng.random() < 0.8 else '%04d' % rng.randint(0, 9999)
            num = pre + blk + '%04d' % rng.randint(0, 9999)
            if num not in self.used_phones:
                self.used_phones.add(num)
                return num

    def new_landline(self):
        while True:
            num = '6' + '%06d' % self.rng.randint(0, 999999)
            if num not in self.used_phones:
                self.used_phones.add(num)
                return num

    def make_id(self, code, birth, gender):
        rng = self.rng
        ymd = birth.strftime('%Y%m%d')
        for _ in range(2000):
            seq = rng.randint(0, 499) * 2 + (1 if gender == 'M' else 0)
            if seq == 0:
                continue
            s17 = code + ymd + '%03d' % seq
            full = s17 + id_check(s17)
            if full not in self.used_ids:
                self.used_ids.add(full)
                return full
        raise RuntimeError('id space exhausted')

    def pick_code(self, key):
        pre = wchoice(self.rng, T.HOME_CITIES[key])
        pool = self.div.counties(pre) if len(pre) < 6 else [pre]
        return self.rng.choice(pool)

    def tib_name(self, gender, dialect='lhasa'):
        rng = self.rng
        r = rng.random()
        if r < 0.09:
            key = rng.choice(T.SINGLE_M if gender == 'M' else T.SINGLE_F)
            keys = [key]
        else:
            firsts = [(k, T.ELEMS[k]['wf']) for k in T.ELEM_ORDER
                      if T.ELEMS[k]['wf'] > 0 and (gender == 'M' or T.ELEMS[k]['fg'] == 'B')]
            wkey = 'wm' if gender == 'M' else 'wff'
            seconds = [(k, T.ELEMS[k][wkey]) for k in T.ELEM_ORDER if T.ELEMS[k][wkey] > 0]
            a = wchoice(rng, firsts)
            b = wchoice(rng, seconds)
            while b == a:
                b = wchoice(rng, seconds)
            keys = [a, b]
            if r > 0.94:   # six-character names
                c = wchoice(rng, firsts)
                while c in keys:
                    c = wchoice(rng, firsts)
                keys = [a, c, b]
        return [(k, self.canon_form(k, dialect)) for k in keys]

    def canon_form(self, k, dialect):
        rng = self.rng
        if dialect == 'kham' and k in T.KHAM_FORM and rng.random() < 0.75:
            return rng.choice(T.KHAM_FORM[k])
        if rng.random() < 0.07:
            return T.ELEMS[k]['variants'][0] if rng.random() < 0.6 else rng.choice(T.ELEMS[k]['variants'])
        return k

    def rel_name(self, gender):
        rng = self.rng
        a = rng.choice(T.REL_FIRST)
        b = rng.choice(T.REL_SECOND_M if gender == 'M' else T.REL_SECOND_F)
        while b == a:
            b = rng.choice(T.REL_SECOND_M if gender == 'M' else T.REL_SECOND_F)
        return [(a, a), (b, b)]

    def han_name(self, gender, eth):
        rng = self.rng
        sn = {'汉': T.SURNAMES_HAN, '回': T.SURNAMES_HUI, '纳西': T.SURNAMES_NAXI}[eth]
        s = wchoice(rng, [((a, b), w) for a, b, w in sn])
        pool = T.GIVEN_M if gender == 'M' else T.GIVEN_F
        n = 1 if rng.random() < 0.3 else 2
        g = [rng.choice(pool) for _ in range(n)]
        if n == 2 and g[0][0] == g[1][0] and rng.random() < 0.7:
            g[1] = rng.choice(pool)
        if n == 1 and g[0][0] == '小':
            g[0] = pool[0]
        return [s] + g   # list of (char, pinyin)

    # ---------------- addresses
    def next_house(self, key):
        n = self.house_counter.get(key, 0) + self.rng.randint(1, 3)
        self.house_counter[key] = n
        return n

    def village_addr(self, village=None):
        rng = self.rng
        if village is None:
            v = wchoice(rng, [(x, g) for x, g, _ in T.VILLAGES])
        else:
            v = village
        groups = [g for x, g, _ in T.VILLAGES if x == v][0]
        grp = rng.randint(1, groups)
        h = self.next_house((v, grp))
        return dict(kind='village', village=v, group=grp, house=h)

    def estate_addr(self, estate=None):
        rng = self.rng
        tries = 0
        while True:
            tries += 1
            e = estate or rng.choice(T.ESTATES)
            key, comm, aliases, nb, nu, nf = e
            b, u, f, r = (rng.randint(1, nb + tries // 50), rng.randint(1, nu), rng.randint(1, nf),
                          rng.randint(1, 2))
            room = f * 100 + r
            k = (key, b, u, room)
            if k not in self.used_flats:
                self.used_flats.add(k)
                return dict(kind='estate', site=key, bld=b, unit=u, room=room)

    def anju_addr(self):
        rng = self.rng
        zone = rng.choice('ABC')
        row = rng.randint(1, 20)
        h = self.next_house(('anju', zone, row))
        return dict(kind='anju', site=T.ANJU[0], zone=zone, row=row, house=h)

    def herder_addr(self):
        rng = self.rng
        zone = rng.choice('一二三四')
        h = self.next_house(('herd', zone))
        return dict(kind='herdsite', site=T.HERDER_SITE[0], zone=zone, house=h)

    def compound_addr(self):
        rng = self.rng
        tries = 0
        while True:
            tries += 1
            c = rng.choice(T.COMPOUNDS)
            b = rng.randint(1, 8 + tries // 50)
            room = rng.randint(1, 6) * 100 + rng.randint(1, 4)
            k = (c[0], b, 0, room)
            if k not in self.used_flats:
                self.used_flats.add(k)
                return dict(kind='compound', site=c[0], bld=b, room=room)

    def oldtown_addr(self):
        rng = self.rng
        return dict(kind='oldtown', lane=rng.choice(T.OLDTOWN_LANES), yard=rng.randint(1, 60),
                    room=rng.randint(1, 24))

    def lhasa_other_addr(self):
        rng = self.rng
        st, roads = rng.choice(T.LHASA_OTHER)
        return dict(kind='lhasa_other', street=st, road=rng.choice(roads), no=rng.randint(1, 200),
                    room=rng.randint(1, 30) if rng.random() < 0.5 else 0)

    def external_addr(self, code, tibetan):
        rng = self.rng
        if tibetan:
            town = rng.choice(T.TIB_TOWN) + ('乡' if rng.random() < 0.8 else '镇')
            vil = rng.choice(T.TIB_TOWN) + '村'
            grp = rng.randint(1, 6) if rng.random() < 0.4 else 0
        else:
            town = rng.choice(T.HAN_TOWN) + ('镇' if rng.random() < 0.7 else '乡')
            vil = rng.choice(T.HAN_TOWN) + '村'
            grp = rng.randint(1, 12) if rng.random() < 0.7 else 0
        return dict(kind='external', code=code, town=town, vil=vil, group=grp)

    def rental_addr(self):
        rng = self.rng
        r = rng.random()
        if r < 0.5 and self.village_houses:
            v, g, h = rng.choice(self.village_houses)
            return dict(kind='village', village=v, group=g, house=h, rent_room=rng.randint(1, 8))
        if r < 0.8:
            return self.estate_addr()
        return dict(kind='road', road=rng.choice(T.ROADS), no=rng.randint(1, 260),
                    floor=rng.choice([0, 0, 2, 2, 3]))

    def monastery_addr(self, gender):
        m = [x for x in T.MONASTERIES if x[1] == gender][0]
        return dict(kind='monastery', site=m[0], cell=self.rng.randint(1, 80))

    # ---------------- persons
    def add_person(self, hh, rel, gender, age, eth, dialect='lhasa', code=None):
        rng = self.rng
        pid = 'P%06d' % (len(self.persons) + 1)
        birth = REF - dt.timedelta(days=int(age * 365.25) + rng.randint(0, 364))
        if birth > REF - dt.timedelta(days=3):
            birth = REF - dt.timedelta(days=rng.randint(3, 300))
        p = dict(pid=pid, hid=hh['hid'], rel=rel, gender=gender, eth=eth, grp=hh['grp'],
                 dialect=dialect, resident=0 if hh['grp'] == 'visitor' else 1,
                 flags=[], rel_elems=None)
        if eth == '藏':
            p['elems'] = self.tib_name(gender, dialect)
            p['name'] = ''.join(f for _, f in p['elems'])
        else:
            p['han'] = self.han_name(gender, eth)
            p['name'] = ''.join(c for c, _ in p['han'])
        # birth date on the ID card; old rural Tibetans often carry a placeholder
        p['bremember'] = birth
        p['bprec'] = 'exact'
        if eth == '藏' and birth.year < 1978:
            pr = 0.5 if hh['grp'] in ('village', 'herder', 'anju', 'visitor', 'monastic') else 0.22
            if birth.year < 1960:
                pr += 0.2
            if rng.random() < pr:
                md = wchoice(rng, [((1, 1), 80), ((7, 1), 15), ((6, 1), 5)])
                birth = D(birth.year, md[0], md[1])
                p['bprec'] = 'placeholder'
                # what the person / family remembers (often via the Tibetan calendar)
                p['bremember'] = rand_date(rng, D(birth.year, 1, 1), D(birth.year, 12, 31))
        p['birth'] = birth
        # identity number
        code = code or hh['code']
        if age < 1 and rng.random() < 0.3:
            p['id18'] = ''
        else:
            p['id18'] = self.make_id(code, birth, gender)
        p['id15'] = ''
        if p['id18'] and 1900 <= birth.year < 1984:
            p['id15'] = p['id18'][:6] + p['id18'][8:17]
        # phones
        a = age
        if a < 12:
            pp = 0.0
        elif a < 16:
            pp = 0.25
        elif a < 18:
            pp = 0.65
        elif a < 60:
            pp = 0.96
        elif a < 70:
            pp = 0.55 if hh['grp'] in ('village', 'herder', 'anju') else 0.75
        elif a < 80:
            pp = 0.35
        else:
            pp = 0.12
        p['phone'] = self.new_phone() if rng.random() < pp else ''
        p['phone_old'] = ''
        p['phone_change'] = 0
        if p['phone'] and a >= 20 and rng.random() < 0.3:
            p['phone_old'] = self.new_phone()
            p['phone_change'] = rng.randint(2016, 2024)
        # death
        pd = 0.005
        if a >= 80:
            pd = 0.25
        elif a >= 70:
            pd = 0.12
        elif a >= 60:
            pd = 0.05
        p['death'] = rand_date(rng, D(2019, 1, 1), D(2024, 6, 20)) if rng.random() < pd else None
        # flags
        if p['resident']:
            dis = 0.01 if a < 18 else 0.02 if a < 60 else 0.07 if a < 80 else 0.15
            if rng.random() < dis:
                p['flags'].append('disabled')
            if a >= 18:
                party = {'compound': 0.35, 'estate_tib': 0.1, 'village': 0.06, 'anju': 0.06,
                         'herder': 0.05, 'han': 0.02, 'kham': 0.02}.get(hh['grp'], 0.0)
                if a >= 30 and rng.random() < party:
                    p['flags'].append('party')
        hh['members'].append(p)
        self.persons.append(p)
        return p

    def new_household(self, grp):
        hid = 'H%05d' % (len(self.households) + 1)
        hh = dict(hid=hid, grp=grp, members=[], flags=[], former=None, move_year=0, arrive=0)
        self.households.append(hh)
        return hh

    def build_family(self, hh, comp, eth, dialect):
        rng = self.rng
        grp = hh['grp']
        head_m = 0.65 if eth == '藏' else 0.8

        def spouse_code():
            if rng.random() < 0.2 and grp != 'herder':
                if grp in ('han', 'hui', 'naxi', 'kham'):
                    return self.pick_code({'han': 'han', 'hui': 'hui', 'naxi': 'naxi', 'kham': 'kham'}[grp])
                return self.pick_code('tibet_other' if rng.random() < 0.5 else 'lhasa_local')
            return None

        def kids(mother_age, n, rel='子女', kid_eth=eth):
            for _ in range(n):
                ka = mother_age - rng.randint(19, 40)
                if ka < 0:
                    continue
                kid_code = None
                if kid_eth == '藏' and grp in ('estate_tib', 'compound') and rng.random() < 0.6:
                    kid_code = '540102'
                self.add_person(hh, rel, 'M' if rng.random() < 0.51 else 'F', ka, kid_eth, dialect,
                                code=kid_code)

        if comp == 'single':
            lo, hi = (18, 55) if grp in ('han', 'hui', 'naxi', 'kham') else (20, 60)
            self.add_person(hh, '户主', 'M' if rng.random() < (0.7 if eth != '藏' else 0.55) else 'F',
                            rng.randint(lo, hi), eth, dialect)
        elif comp == 'elder_alone':
            self.add_person(hh, '户主', 'M' if rng.random() < 0.35 else 'F', rng.randint(65, 92), eth, dialect)
        elif comp == 'couple':
            ha = rng.randint(22, 75) if grp != 'han' else rng.randint(22, 58)
            g = 'M' if rng.random() < head_m else 'F'
            self.add_person(hh, '户主', g, ha, eth, dialect)
            self.add_person(hh, '配偶', 'F' if g == 'M' else 'M',
                            max(18, ha + rng.randint(-5, 3)), eth, dialect, code=spouse_code())
        elif comp == 'nuclear':
            ha = rng.randint(25, 55)
            g = 'M' if rng.random() < head_m else 'F'
            self.add_person(hh, '户主', g, ha, eth, dialect)
            mother_age = ha
            if rng.random() < 0.85:
                sa = max(18, ha + (rng.randint(-6, 2) if g == 'M' else rng.randint(-2, 6)))
                self.add_person(hh, '配偶', 'F' if g == 'M' else 'M', sa, eth, dialect, code=spouse_code())
                mother_age = sa if g == 'M' else ha
            kids(mother_age, wchoice(rng, N_CHILD.get(grp, N_CHILD['village'])))
        elif comp == 'three_gen':
            ea = rng.randint(58, 88)
            elder_head = rng.random() < 0.5
            eg = 'M' if rng.random() < 0.5 else 'F'
            ca = ea - rng.randint(20, 35)
            cg = 'M' if rng.random() < 0.6 else 'F'
            if elder_head:
                self.add_person(hh, '户主', eg, ea, eth, dialect)
                if rng.random() < 0.6:
                    self.add_person(hh, '配偶', 'F' if eg == 'M' else 'M', ea + rng.randint(-5, 4), eth, dialect)
                self.add_person(hh, '子女', cg, ca, eth, dialect)
                crel = '儿媳' if cg == 'M' else '女婿'
                prel = '孙子女'
            else:
                self.add_person(hh, '户主', cg, ca, eth, dialect)
                self.add_person(hh, '父母', eg, ea, eth, dialect)
                if rng.random() < 0.5:
                    self.add_person(hh, '父母', 'F' if eg == 'M' else 'M', ea + rng.randint(-5, 4), eth, dialect)
                crel = '配偶'
                prel = '子女'
            mother_age = ca
            if rng.random() < 0.8:
                sa = max(18, ca + rng.randint(-4, 4))
                self.add_person(hh, crel, 'F' if cg == 'M' else 'M', sa, eth, dialect, code=spouse_code())
                if cg == 'M':
                    mother_age = sa
            n = wchoice(rng, N_CHILD.get(grp, N_CHILD['village']))
            kids(mother_age, max(1, n - 1), prel)

    def build(self):
        rng = self.rng
        # village first (rentals refer to village houses)
        total = sum(s for _, s in GROUP_SHARE)
        cum = 0.0
        for grp, share in GROUP_SHARE:
            cum += share
            target = int(round(self.n_res * cum / total))
            while len(self.persons) < target:
                self.build_household(grp)
            # trim overshoot from the last household (keeps totals exact)
            while len(self.persons) > target:
                p = self.persons.pop()
                self.used_ids.discard(p['id18'])
                hh = self.households[-1]
                hh['members'].remove(p)
                if not hh['members']:
                    self.households.pop()
        for _ in range(self.n_visit):
            self.build_household('visitor')
        self.finish()

    def build_household(self, grp):
        rng = self.rng
        hh = self.new_household(grp)
        if grp == 'village':
            hh['code'] = self.pick_code('lhasa_local')
            hh['addr'] = self.village_addr()
            a = hh['addr']
            self.village_houses.append((a['village'], a['group'], a['house']))
            hh['hukou'] = hh['addr']
            hh['unit'] = a['village']
            self.build_family(hh, wchoice(rng, COMPOSITION[grp]), '藏', 'lhasa')
        elif grp == 'estate_tib':
            hh['code'] = self.pick_code('tibet_other' if rng.random() < 0.3 else 'lhasa_local')
            hh['addr'] = self.estate_addr()
            r = rng.random()
            hh['hukou'] = hh['addr']
            if r < 0.4:
                hh['former'] = self.oldtown_addr()
                hh['move_year'] = rng.randint(2010, 2023)
                hh['arrive'] = hh['move_year']
                if rng.random() < 0.5:
                    hh['hukou'] = hh['former']
            elif r < 0.6 and self.village_houses:
                v, g, h = rng.choice(self.village_houses)
                hh['former'] = dict(kind='village', village=v, group=g, house=h)
                hh['move_year'] = rng.randint(2012, 2023)
                if rng.random() < 0.5:
                    hh['hukou'] = hh['former']
            elif r < 0.75:
                hh['former'] = self.lhasa_other_addr()
                hh['move_year'] = rng.randint(2014, 2023)
                hh['arrive'] = hh['move_year']
            else:
                hh['arrive'] = rng.randint(2008, 2023)
            if not hh['code'].startswith('5401') and rng.random() < 0.4:
                hh['hukou'] = self.external_addr(hh['code'], True)
            hh['unit'] = [e for e in T.ESTATES if e[0] == hh['addr']['site']][0][1]
            self.build_family(hh, wchoice(rng, COMPOSITION[grp]), '藏', 'lhasa')
        elif grp == 'anju':
            hh['code'] = self.pick_code('lhasa_local')
            hh['addr'] = self.anju_addr()
            if self.village_houses:
                v, g, h = rng.choice(self.village_houses)
                hh['former'] = dict(kind='village', village=v, group=g, house=h)
            else:
                hh['former'] = self.village_addr()
            hh['move_year'] = rng.randint(2016, 2021)
            hh['hukou'] = hh['addr'] if rng.random() < 0.6 else hh['former']
            hh['unit'] = T.ANJU[1]
            self.build_family(hh, wchoice(rng, COMPOSITION[grp]), '藏', 'lhasa')
        elif grp == 'herder':
            hh['code'] = self.pick_code('herder')
            hh['addr'] = self.herder_addr()
            hh['former'] = self.external_addr(hh['code'], True)
            hh['move_year'] = rng.randint(2018, 2021)
            hh['arrive'] = hh['move_year']
            hh['hukou'] = hh['addr'] if rng.random() < 0.7 else hh['former']
            hh['unit'] = T.HERDER_SITE[1]
            self.build_family(hh, wchoice(rng, COMPOSITION[grp]), '藏', 'lhasa')
        elif grp == 'compound':
            tib = rng.random() < 0.6
            hh['code'] = self.pick_code(('tibet_other' if rng.random() < 0.4 else 'lhasa_local') if tib else 'han')
            hh['addr'] = self.compound_addr()
            hh['hukou'] = hh['addr']
            if rng.random() < 0.2:
                hh['former'] = self.lhasa_other_addr()
                hh['move_year'] = rng.randint(2012, 2023)
                hh['arrive'] = hh['move_year']
            else:
                hh['arrive'] = rng.randint(1995, 2022)
            if not tib and rng.random() < 0.5:
                hh['hukou'] = self.external_addr(hh['code'], False)
            hh['unit'] = [c for c in T.COMPOUNDS if c[0] == hh['addr']['site']][0][1]
            self.build_family(hh, wchoice(rng, COMPOSITION[grp]), '藏' if tib else '汉', 'lhasa')
        elif grp in ('han', 'hui', 'naxi', 'kham'):
            eth = {'han': '汉', 'hui': '回', 'naxi': '纳西', 'kham': '藏'}[grp]
            hh['code'] = self.pick_code(grp)
            hh['addr'] = self.rental_addr()
            hh['hukou'] = self.external_addr(hh['code'], grp == 'kham')
            hh['arrive'] = rng.randint(2012, 2024)
            if rng.random() < 0.5:
                if rng.random() < 0.5:
                    hh['former'] = self.rental_addr()
                    hh['move_year'] = max(hh['arrive'], rng.randint(2019, 2024))
                    hh['arrive'] = hh['move_year'] - rng.randint(1, 5)
                else:
                    hh['former'] = self.lhasa_other_addr()
                    hh['move_year'] = rng.randint(2017, 2024)
                    hh['arrive'] = hh['move_year']
            a = hh['addr']
            hh['unit'] = a['village'] if a['kind'] == 'village' else (
                [e for e in T.ESTATES if e[0] == a['site']][0][1] if a['kind'] == 'estate' else T.COMMUNITIES[0])
            self.build_family(hh, wchoice(rng, COMPOSITION[grp]), eth, 'kham' if grp == 'kham' else 'lhasa')
        elif grp == 'monastic':
            g = 'M' if rng.random() < 0.65 else 'F'
            hh['code'] = self.pick_code('lhasa_local' if rng.random() < 0.6 else 'tibet_other')
            hh['addr'] = self.monastery_addr(g)
            hh['hukou'] = hh['addr']
            if rng.random() < 0.3:
                hh['hukou'] = (self.village_addr() if hh['code'].startswith('5401')
                               else self.external_addr(hh['code'], True))
            hh['unit'] = T.COMMUNITIES[0]
            p = self.add_person(hh, '集体户', g, rng.randint(18, 85), '藏', 'lhasa')
            p['rel_elems'] = self.rel_name(g)
            if rng.random() < 0.4:   # ID card already carries the religious name
                p['elems'] = p['rel_elems']
                p['name'] = ''.join(f for _, f in p['elems'])
            p['flags'].append('monk' if g == 'M' else 'nun')
        elif grp == 'visitor':
            key = wchoice(rng, [('tibet_other', 45), ('herder', 20), ('kham', 25), ('lhasa_local', 10)])
            hh['code'] = self.pick_code(key)
            hh['addr'] = self.external_addr(hh['code'], True) if not hh['code'].startswith('540102') \
                else self.lhasa_other_addr()
            hh['hukou'] = hh['addr']
            hh['unit'] = ''
            p = self.add_person(hh, '访客', 'M' if rng.random() < 0.5 else 'F', rng.randint(16, 80), '藏',
                                'kham' if key == 'kham' else 'lhasa')
            p['flags'].append('visitor')
        return hh

    def finish(self):
        rng = self.rng
        for hh in self.households:
            grp = hh['grp']
            hh['landline'] = ''
            pl = {'compound': 0.4, 'estate_tib': 0.15, 'village': 0.1, 'anju': 0.08}.get(grp, 0.02)
            if rng.random() < pl:
                hh['landline'] = self.new_landline()
            # household contact: a working-age adult with a phone
            contact = None
            for pref in ('户主', '配偶', '子女', '儿媳', '女婿', '父母', '孙子女'):
                for m in hh['members']:
                    if m['rel'] == pref and m['phone'] and 18 <= age_at(m['birth'], REF) < 65:
                        contact = m
                        break
                if contact:
                    break
            if contact is None:
                for m in hh['members']:
                    if m['phone']:
                        contact = m
                        break
            hh['contact'] = contact
            # 低保 (subsistence allowance) households
            pdb = {'village': 0.10, 'anju': 0.12, 'herder': 0.18, 'estate_tib': 0.03}.get(grp, 0)
            if len(hh['members']) == 1 and grp in ('village', 'anju', 'herder') and \
                    age_at(hh['members'][0]['birth'], REF) >= 60:
                pdb += 0.2
            if rng.random() < pdb:
                hh['flags'].append('dibao')
                for m in hh['members']:
                    m['flags'].append('dibao')
            a = hh['addr']
            if grp == 'herder' or (a['kind'] == 'village' and grp == 'village' and
                                   a['group'] in [f for v, g, f in T.VILLAGES if v == a['village']][0]):
                hh['flags'].append('flood_zone')
            for m in hh['members']:
                if grp in ('han', 'hui', 'naxi', 'kham'):
                    m['flags'].append('migrant')
                if grp == 'herder':
                    m['flags'].append('herder_relocated')
        # grid workers: 3 residents per unit
        units = {}
        for hh in self.households:
            if hh['grp'] == 'visitor':
                continue
            units.setdefault(hh['unit'], []).append(hh)
        self.grid_workers = {}
        for u in sorted(units):
            cands = [m for hh in units[u] for m in hh['members']
                     if m['phone'] and 22 <= age_at(m['birth'], REF) <= 55 and m['death'] is None
                     and m['eth'] == '藏' and m['grp'] != 'monastic']
            ws = []
            for _ in range(min(3, len(cands))):
                w = rng.choice(cands)
                if w not in ws:
                    ws.append(w)
                    w['flags'].append('grid_worker')
            self.grid_workers[u] = ws
        self.hh_by_id = {hh['hid']: hh for hh in self.households}


# ---------------------------------------------------------------------------
# address rendering
# ---------------------------------------------------------------------------
def site_aliases(key):
    for e in T.ESTATES:
        if e[0] == key:
            return e[2], e[1]
    for e in (T.ANJU, T.HERDER_SITE):
        if e[0] == key:
            return e[2], e[1]
    for e in T.COMPOUNDS:
        if e[0] == key:
            return e[2], e[1]
    for e in T.MONASTERIES:
        if e[0] == key:
            return e[2], T.COMMUNITIES[0]
    return [key], ''


ADDR_TYPO = [('栋', '洞'), ('幢', '撞'), ('单元', '单圆'), ('组', '租'), ('号', '好'), ('村', '寸'),
             ('室', '是'), ('院', '园'), ('蔡', '菜'), ('嘎', '尕'), ('雅', '亚'), ('阳光', '阳关'),
             ('格桑', '格尚'), ('白定', '白丁'), ('章多', '张多'), ('新城', '新成'), ('安居', '安局')]


class AddrRenderer:
    def __init__(self, div):
        self.div = div
        self.street = div.street_name   # 蔡公堂街道

    def admin(self, level, street, tags, st, rng, in_street=True):
        if in_street and rng.random() < st.get('old_admin', 0):
            street = T.OLD_STREET
            tags.append('addr_old_admin')
        if level == 'full':
            return T.PROVINCE + T.CITY + T.DISTRICT + street
        if level == 'full_short':
            return '西藏' + T.CITY + T.DISTRICT + street
        if level == 'city':
            return T.CITY + T.DISTRICT + street
        if level == 'city_nostreet':
            return T.CITY + T.DISTRICT
        if level == 'district':
            return T.DISTRICT + street
        if level == 'street':
            return street
        return ''

    def canonical(self, a):
        st = dict(level='full', bfmt='std', vfmt='std', alias=0)
        return self.render(a, st, [], random.Random(0), canonical=True)

    def render(self, a, st, tags, rng, canonical=False):
        """st: style dict; returns string, appends tags."""
        k = a['kind']
        level = st.get('level', 'none')
        part = ''
        if k == 'external':
            return self.render_external(a, st, tags, rng)
        if k == 'oldtown':
            adm = self.admin(level, '八廓街道', tags, st, rng, in_street=False)
            f = rng.choice(['{l}{y}号院{r}室', '{l}{y}号院{r}号', '{l}{y}号大院', '八廓街{y}号院'])
            if canonical:
                f = '{l}{y}号院{r}室'
            elif '{r}' not in f or '{l}' not in f:
                tags.append('addr_partial')
            part = f.format(l=a['lane'], y=a['yard'], r=a['room'])
            return self.finish(adm + part, st, tags, rng, canonical)
        if k == 'lhasa_other':
            adm = self.admin(level, a['street'], tags, st, rng, in_street=False)
            part = '%s%d号' % (a['road'], a['no'])
            if a['room']:
                part += '%d室' % a['room'] if canonical or rng.random() < 0.6 else ''
                if not part.endswith('室'):
                    tags.append('addr_partial')
            return self.finish(adm + part, st, tags, rng, canonical)
        adm = self.admin(level, self.street, tags, st, rng)
        if k == 'village':
            part = self.render_village(a, st, tags, rng, canonical)
        elif k == 'road':
            part = '%s%d号' % (a['road'], a['no'])
            if a['floor']:
                part += rng.choice(['%d楼', '%d层', '%d楼出租房']) % a['floor'] if not canonical else '%d楼' % a['floor']
        else:
            aliases, comm = site_aliases(a['site'])
            name = aliases[0]
            if not canonical and rng.random() < st.get('alias', 0):
                name = rng.choice(aliases[1:])
                tags.append('addr_alias')
            if not canonical and comm and rng.random() < st.get('community', 0) and level != 'none':
                name = comm + name
            if k == 'estate':
                inner = self.flat(a['bld'], a['unit'], a['room'], st, tags, rng, canonical)
            elif k == 'compound':
                inner = self.flat(a['bld'], 0, a['room'], st, tags, rng, canonical)
            elif k == 'anju':
                f = '{z}区{r}排{h}号' if canonical else rng.choice(
                    ['{z}区{r}排{h}号', '{z}区{r}排{h}号', '{z}{r}-{h}', '{z}区{h}号', '{r}排{h}号'])
                if '{r}' not in f or '{z}' not in f:
                    tags.append('addr_partial')
                inner = f.format(z=a['zone'], r=a['row'], h=a['house'])
            elif k == 'herdsite':
                f = '{z}区{h}号' if canonical else rng.choice(['{z}区{h}号', '{z}区{h}号', '{h}号', '{zd}-{h}'])
                if '{z' not in f:
                    tags.append('addr_partial')
                inner = f.format(z=a['zone'], zd='一二三四'.index(a['zone']) + 1, h=a['house'])
            elif k == 'monastery':
                f = '僧舍{c}号' if canonical else rng.choice(['', '僧舍{c}号', '{c}号僧舍', '{c}号'])
                inner = f.format(c=a['cell'])
            else:
                inner = ''
            if not canonical and st.get('flat_only') and inner:
                tags.append('addr_partial')
                part = inner
            elif not canonical and inner and rng.random() < st.get('partial', 0):
                tags.append('addr_partial')
                part = name if rng.random() < 0.6 else inner
            else:
                part = name + inner
            if st.get('flat_only') and not canonical:
                adm = ''
        return self.finish(adm + part, st, tags, rng, canonical)

    def flat(self, b, u, r, st, tags, rng, canonical):
        if canonical:
            return '%d栋%d单元%d室' % (b, u, r) if u else '%d栋%d室' % (b, r)
        f = st.get('bfmt', 'std')
        if f == 'mixed':
            f = rng.choice(['std', 'dash', 'lou', 'zhuang', 'floor', 'hash'])
        fl, n = r // 100, r % 100
        if not u:
            if f in ('dash', 'hash'):
                return '%d-%d' % (b, r)
            if f == 'lou':
                return '%d号楼%d室' % (b, r)
            return '%d栋%d' % (b, r)
        if rng.random() < st.get('cn_num', 0):
            tags.append('addr_cn_num')
            return '%s栋%s单元%d' % (cn_num(b), cn_num(u), r)
        if rng.random() < st.get('drop_unit', 0):
            tags.append('addr_partial')
            return rng.choice(['%d栋%d', '%d-%d']) % (b, r)
        return {
            'std': '%d栋%d单元%d' % (b, u, r),
            'std_shi': '%d栋%d单元%d室' % (b, u, r),
            'dash': '%d-%d-%d' % (b, u, r),
            'lou': '%d号楼%d单元%d室' % (b, u, r),
            'zhuang': '%d幢%d单元%d号' % (b, u, r),
            'floor': '%d栋%d单元%d楼%d号' % (b, u, fl, n),
            'hash': '%d#%d-%d' % (b, u, r),
        }[f]

    def render_village(self, a, st, tags, rng, canonical):
        v, g, h = a['village'], a['group'], a['house']
        rent = a.get('rent_room', 0)
        if canonical:
            s = '%s%d组%d号' % (v, g, h)
            if rent:
                s += '%d室' % rent
            return s
        f = st.get('vfmt', 'std')
        if f == 'mixed':
            f = rng.choice(['std', 'std', 'cn', 'committee', 'team', 'short'])
        if rng.random() < st.get('partial', 0):
            tags.append('addr_partial')
            f = rng.choice(['group_only', 'village_only', 'no_group'])
        if f == 'std':
            s = '%s%d组%d号' % (v, g, h)
        elif f == 'cn':
            s = '%s%s组%d号' % (v, cn_num(g), h)
            tags.append('addr_cn_num')
        elif f == 'committee':
            s = '%s委会%d组%d号' % (v, g, h)
        elif f == 'team':
            s = '%s第%d村民小组%d号' % (v, g, h)
        elif f == 'short':
            s = '%s%d组%d号' % (v[:-1], g, h)
        elif f == 'group_only':
            s = '%s%d组' % (v, g)
        elif f == 'village_only':
            s = v
        else:  # no_group
            s = '%s%d号' % (v, h)
        if rent and f not in ('group_only', 'village_only'):
            r = rng.random()
            if r < 0.4:
                s += '%d室' % rent
            elif r < 0.6:
                s += rng.choice(['(出租屋)', '租房', '院内'])
            elif r < 0.8:
                s += '%d号房' % rent
        return s

    def render_external(self, a, st, tags, rng):
        p, c, co = self.div.county_text(a['code'])
        level = st.get('level', 'none')
        tail = a['town'] + a['vil'] + (('%d组' % a['group']) if a['group'] else '')
        if level in ('full', 'full_short'):
            s = p + c + co + tail
        elif level in ('city', 'city_nostreet', 'district'):
            s = (c or p) + co + tail
        elif level == 'canonical':
            s = p + c + co + tail
        else:
            s = co + tail
        if rng.random() < st.get('partial', 0) * 0.5:
            tags.append('addr_partial')
            s = (p + c + co) if rng.random() < 0.5 else (c + co + a['town'])
        return self.finish(s, st, tags, rng, False)

    def finish(self, s, st, tags, rng, canonical):
        if canonical:
            return s
        if rng.random() < st.get('wrongnum', 0):
            # change one digit of the trailing number (room / house)
            idx = [i for i, ch in enumerate(s) if ch.isdigit()]
            if idx:
                i = idx[-1]
                s = s[:i] + str((int(s[i]) + rng.randint(1, 9)) % 10) + s[i + 1:]
                tags.append('addr_wrong_num')
        if rng.random() < st.get('typo', 0):
            cands = [(x, y) for x, y in ADDR_TYPO if x in s]
            if cands:
                x, y = rng.choice(cands)
                s = s.replace(x, y, 1)
                tags.append('addr_typo')
        if rng.random() < st.get('fullwidth', 0) and any(ch.isdigit() for ch in s):
            s = fullwidth(s)
            tags.append('addr_fullwidth')
        if rng.random() < st.get('space', 0):
            s = s + ' '
        return s


# ---------------------------------------------------------------------------
# app definitions
# ---------------------------------------------------------------------------
BIRTH_TAG = {'year': 'birth_year_only', 'ym_dot': 'birth_month_only', 'ym_cn': 'birth_month_only',
             'age': 'birth_age', 'age_n': 'birth_age', 'excel': 'birth_excel', 'yy': 'birth_2digit_year',
             'mdy': 'birth_mdy'}


def app(**kw):
    base = dict(dup=0.0, dead_keep=0.0, colswap=0.0, sparse=(0.0, []),
                name=dict(variant=0.03, typo=0.01),
                id=dict(p=0.0), phone=dict(p=0.0), birth=dict(p=0.0), gender=dict(p=0.0),
                addr=dict(p=0.0), batch=(60, 300))
    base.update(kw)
    return base


APPS = [
    app(key='grid_visit', cn='网格员入户走访台账 (micro-grid door-to-door visit ledger, typed on phones)',
        when=(D(2023, 3, 1), D(2024, 6, 30)), dup=0.07, dead_keep=0.3,
        name=dict(variant=0.12, short=0.16, prefix=0.07, honor=0.04, typo=0.03, disamb=0.03, swap=0.01,
                  space=0.02, title=0.02, religious=0.5, nun_prefix=0.4, trad=0.0),
        id=dict(p=0.4, typo=0.04, transpose=0.02, trunc=0.03, mask=0.0, family=0.01, junk=0.04,
                lower=0.3, sep=0.02),
        phone=dict(p=0.88, family=0.15, fallback_family=0.7, grid=0.35, landline=0.03, two=0.05,
                   typo=0.02, transpose=0.01, short=0.015, sep=0.05, stale=0.05, fake=0.005),
        birth=dict(p=0.6, remember=0.4, tibcal=0.03, year_off=0.03, swap_md=0.01, typo=0.01,
                   fmt=[('age', 30), ('iso', 25), ('year', 15), ('slash', 10), ('ym_dot', 10), ('cn', 10)],
                   drift=0.3),
        gender=dict(p=0.9, fmt=[('cn', 10)], wrong=0.01, wrong_neutral=0.05),
        addr=dict(p=0.95, level=[('none', 60), ('street', 15), ('district', 10), ('city', 10), ('full', 5)],
                  bfmt=[('dash', 40), ('std', 30), ('mixed', 30)], vfmt=[('std', 40), ('mixed', 50), ('short', 10)],
                  alias=0.2, partial=0.12, typo=0.03, wrongnum=0.02, old_admin=0.08, community=0.1, cn_num=0.03,
                  drop_unit=0.05),
        sparse=(0.1, [('name', 'phone'), ('name', 'address'), ('name',), ('name', 'gender'), ('phone', 'address'),
                      ('phone',)])),
    app(key='pop_register', cn='实有人口登记 (community / police actual-population register, Excel exports)',
        when=(D(2023, 1, 1), D(2023, 12, 31)), dup=0.02, dead_keep=0.55, colswap=0.003,
        name=dict(variant=0.03, typo=0.01, space=0.01, trad=0.003),
        id=dict(p=0.97, typo=0.01, transpose=0.005, old15=0.03, excel=[(None, 12), ('000', 1), ('sci', 1)],
                lower=0.1, quote=0.03, fullwidth=0.005, family=0.003),
        phone=dict(p=0.7, family=0.1, fallback_family=0.4, landline=0.03, two=0.02, typo=0.01, sep=0.02,
                   plus86=0.01, stale=0.08),
        birth=dict(p=1.0, fmt=[('iso', 8), ('iso_time', 2)], drift=0.1, from_id=1.0),
        gender=dict(p=1.0, fmt=[('cn', 10)], wrong=0.003),
        addr=dict(p=1.0, level=[('full', 60), ('city', 20), ('district', 20)],
                  bfmt=[('std_shi', 70), ('lou', 30)], vfmt=[('std', 80), ('team', 20)],
                  alias=0.04, hukou=0.25, partial=0.03, typo=0.01, old_admin=0.1, community=0.4)),
    app(key='floating_pop', cn='流动人口及出租屋登记 (floating population & rental housing)',
        when=(D(2019, 1, 1), D(2024, 6, 30)), dup=0.1, dead_keep=0.2, colswap=0.004,
        name=dict(variant=0.08, typo=0.03, space=0.02, trad=0.005, pinyin=0.005),
        id=dict(p=0.95, typo=0.02, transpose=0.01, excel=[(None, 8), ('000', 1), ('sci', 1)], sep=0.03,
                lower=0.4, fullwidth=0.01, quote=0.02),
        phone=dict(p=0.95, family=0.05, fallback_family=0.5, two=0.04, typo=0.02, transpose=0.01, sep=0.05,
                   plus86=0.03, short=0.01, extra=0.01),
        birth=dict(p=0.8, fmt=[('compact', 5), ('iso', 3), ('slash', 2), ('yy', 1)], drift=0.2, from_id=0.9,
                   typo=0.01),
        gender=dict(p=0.95, fmt=[('cn', 10)], wrong=0.005),
        addr=dict(p=0.98, level=[('none', 30), ('street', 30), ('district', 25), ('full', 15)],
                  bfmt=[('mixed', 60), ('dash', 40)], vfmt=[('mixed', 70), ('std', 30)],
                  alias=0.15, partial=0.06, typo=0.03, wrongnum=0.03, old_admin=0.1)),
    app(key='dibao', cn='低保/特困供养名册 (subsistence allowance roster, incl. public-notice copies)',
        when=(D(2024, 1, 1), D(2024, 6, 30)), dup=0.02, dead_keep=0.4,
        name=dict(variant=0.05, typo=0.02),
        id=dict(p=0.95, mask=0.45, typo=0.01, old15=0.04, excel=[(None, 9), ('000', 1)], family=0.01),
        phone=dict(p=0.85, family=0.75, fallback_family=1.0, landline=0.05, sep=0.02, typo=0.01),
        birth=dict(p=0.35, fmt=[('iso', 6), ('compact', 4)], drift=0.2, from_id=1.0),
        gender=dict(p=0.95, fmt=[('cn', 10)]),
        addr=dict(p=0.9, level=[('none', 50), ('street', 40), ('district', 10)], vfmt=[('std', 50), ('mixed', 50)],
                  bfmt=[('std', 100)], partial=0.35, old_admin=0.2, alias=0.05)),
    app(key='disability', cn='残疾人两项补贴/残联名册 (disability registry)',
        when=(D(2023, 1, 1), D(2023, 12, 31)), dup=0.03, dead_keep=0.3,
        name=dict(variant=0.04, typo=0.02),
        id=dict(p=0.95, old15=0.05, typo=0.01, excel=[(None, 9), ('sci', 1)]),
        phone=dict(p=0.85, family=0.5, fallback_family=0.9, two=0.08, sep=0.03, typo=0.01),
        birth=dict(p=0.95, fmt=[('compact', 8), ('iso', 2)], from_id=0.8, drift=0.1),
        gender=dict(p=1.0, fmt=[('num', 8), ('cn', 2)], wrong=0.005),
        addr=dict(p=0.95, level=[('full', 50), ('district', 30), ('none', 20)], bfmt=[('std_shi', 100)],
                  vfmt=[('std', 100)], alias=0.05, partial=0.05, hukou=0.2, old_admin=0.1)),
    app(key='elderly_care', cn='高龄津贴/老年人服务台账 (elderly allowance & care)',
        when=(D(2024, 1, 1), D(2024, 6, 30)), dup=0.04, dead_keep=0.35,
        name=dict(variant=0.12, short=0.05, prefix=0.1, honor=0.03, typo=0.03, disamb=0.02),
        id=dict(p=0.8, typo=0.02, old15=0.08, excel=[(None, 8), ('000', 1), ('sci', 1)], mask=0.05),
        phone=dict(p=0.9, family=0.45, fallback_family=0.7, grid=0.3, landline=0.08, two=0.06, sep=0.03,
                   typo=0.02, stale=0.05),
        birth=dict(p=0.95, remember=0.2, placeholder_fill=0.1, tibcal=0.03, year_off=0.02,
                   fmt=[('iso', 35), ('year', 30), ('age', 15), ('slash', 10), ('cn', 10)], drift=0.2),
        gender=dict(p=0.9, fmt=[('cn', 10)], wrong=0.01, wrong_neutral=0.03),
        addr=dict(p=0.95, level=[('none', 50), ('street', 20), ('district', 20), ('full', 10)],
                  bfmt=[('std', 60), ('mixed', 40)], vfmt=[('std', 50), ('mixed', 50)], alias=0.1,
                  partial=0.1, old_admin=0.1, stale=0.05, typo=0.02)),
    app(key='family_doctor', cn='家庭医生签约服务 (family-doctor contracts, yearly re-signing)',
        when=(D(2023, 1, 1), D(2024, 6, 30)), dup=0.12, dead_keep=0.3,
        name=dict(variant=0.08, typo=0.02, pinyin=0.005, roman=0.003, space=0.01),
        id=dict(p=0.9, typo=0.02, transpose=0.01, lower=0.5, excel=[(None, 9), ('000', 1)], sep=0.01,
                family=0.01),
        phone=dict(p=0.9, family=0.15, fallback_family=0.8, two=0.04, sep=0.04, plus86=0.01, typo=0.015,
                   stale=0.05),
        birth=dict(p=0.95, remember=0.05, fmt=[('iso', 5), ('slash', 4), ('mdy', 1)], drift=0.2, from_id=0.7,
                   typo=0.01, swap_md=0.01),
        gender=dict(p=0.95, fmt=[('cnx', 7), ('cn', 3)], wrong=0.005),
        addr=dict(p=0.9, level=[('city', 40), ('district', 30), ('none', 30)], bfmt=[('std', 50), ('lou', 50)],
                  vfmt=[('std', 70), ('mixed', 30)], alias=0.1, partial=0.05, stale=0.05, typo=0.02)),
    app(key='vaccination', cn='儿童预防接种登记 (child immunisation)',
        when=(D(2024, 1, 1), D(2024, 6, 30)), dup=0.03,
        name=dict(variant=0.06, typo=0.02, parent_ref=0.35),
        id=dict(p=0.5, typo=0.01),
        phone=dict(p=0.97, family=0.97, fallback_family=1.0, two=0.1, sep=0.02, typo=0.01),
        birth=dict(p=1.0, fmt=[('iso', 9), ('slash', 1)], typo=0.005),
        gender=dict(p=1.0, fmt=[('cn', 10)], wrong=0.003),
        addr=dict(p=0.9, level=[('district', 40), ('none', 40), ('city', 20)], bfmt=[('std', 100)],
                  vfmt=[('std', 100)], alias=0.08, partial=0.05)),
    app(key='temple_register', cn='寺庙僧尼登记 (monastery register of monks and nuns)',
        when=(D(2022, 1, 1), D(2022, 12, 31)), dup=0.02, dead_keep=0.2,
        name=dict(variant=0.05, typo=0.01, religious=1.0, both=0.2),
        id=dict(p=0.95, old15=0.03, typo=0.01),
        phone=dict(p=0.6, two=0.02, sep=0.02, typo=0.01),
        birth=dict(p=0.9, fmt=[('cn', 8), ('iso', 2)], remember=0.3, tibcal=0.05),
        gender=dict(p=0.6, fmt=[('cn', 10)]),
        addr=dict(p=0.95, level=[('district', 60), ('none', 40)], alias=0.2, hukou=0.15, old_admin=0.3)),
    app(key='party_members', cn='党员名册 (party member roster)',
        when=(D(2024, 1, 1), D(2024, 6, 30)), dup=0.01, dead_keep=0.1,
        name=dict(variant=0.03, typo=0.01),
        id=dict(p=0.85, typo=0.01, excel=[(None, 9), ('000', 1)]),
        phone=dict(p=0.95, two=0.03, sep=0.02, typo=0.01, landline=0.02),
        birth=dict(p=0.95, fmt=[('ym_dot', 7), ('iso', 2), ('ym_cn', 1)], from_id=1.0),
        gender=dict(p=1.0, fmt=[('cn', 10)]),
        addr=dict(p=0.7, level=[('none', 50), ('district', 50)], bfmt=[('std', 100)], vfmt=[('std', 100)],
                  alias=0.08, partial=0.2)),
    app(key='volunteers', cn='志愿者注册 (volunteer sign-up app, self-entered)',
        when=(D(2023, 1, 1), D(2023, 12, 31)), dup=0.05,
        name=dict(variant=0.1, typo=0.02, roman=0.07, pinyin=0.05, short=0.04, space=0.02, dot=0.02),
        id=dict(p=0.55, typo=0.02, lower=0.6, fullwidth=0.03, sep=0.02),
        phone=dict(p=1.0, family=0.0, fallback_family=0.0, plus86=0.04, sep=0.04, typo=0.01, fullwidth=0.01),
        birth=dict(p=0.5, fmt=[('iso', 10)], from_id=0.8),
        gender=dict(p=0.9, fmt=[('mf', 5), ('mf_l', 2), ('cn', 3)], wrong=0.01),
        addr=dict(p=0.6, level=[('none', 50), ('street', 30), ('city', 20)], bfmt=[('mixed', 100)],
                  vfmt=[('mixed', 100)], alias=0.2, partial=0.4, typo=0.03, fullwidth=0.02)),
    app(key='property_mgmt', cn='物业住户登记 (property-management resident list: flat + phone)',
        when=(D(2024, 1, 1), D(2024, 6, 30)), dup=0.03, dead_keep=0.5,
        name=dict(title=0.35, short=0.15, variant=0.1, typo=0.03, other_member=0.08, drop=0.45),
        id=dict(p=0.04),
        phone=dict(p=0.98, family=0.1, fallback_family=1.0, two=0.08, landline=0.02, sep=0.05, typo=0.02,
                   stale=0.08),
        birth=dict(p=0.0),
        gender=dict(p=0.12, fmt=[('cn', 10)]),
        addr=dict(p=1.0, level=[('none', 100)], bfmt=[('dash', 50), ('mixed', 50)], flat_only=0.75, alias=0.1,
                  wrongnum=0.02)),
    app(key='school_enrol', cn='学籍/入学登记 (school enrolment, parent contact)',
        when=(D(2023, 9, 1), D(2024, 3, 31)), dup=0.03,
        name=dict(variant=0.03, typo=0.01, pinyin=0.003),
        id=dict(p=0.95, typo=0.01, excel=[(None, 9), ('000', 1)], lower=0.2),
        phone=dict(p=0.95, family=0.95, fallback_family=1.0, two=0.15, sep=0.02, typo=0.01),
        birth=dict(p=1.0, fmt=[('iso', 6), ('compact', 4)], from_id=1.0),
        gender=dict(p=1.0, fmt=[('cn', 10)]),
        addr=dict(p=0.95, level=[('full', 40), ('city', 40), ('none', 20)], bfmt=[('std', 100)],
                  vfmt=[('std', 100)], hukou=0.4, alias=0.05, old_admin=0.1)),
    app(key='social_insurance', cn='城乡居民养老/医疗保险参保 (social insurance enrolment, 2022 extract)',
        when=(D(2022, 1, 1), D(2022, 12, 31)), dup=0.03, dead_keep=0.15, colswap=0.003,
        name=dict(variant=0.02, typo=0.01, space=0.02, trad=0.002),
        id=dict(p=1.0, typo=0.01, transpose=0.005, old15=0.05, excel=[(None, 10), ('000', 2), ('sci', 1)],
                quote=0.05, lower=0.0),
        phone=dict(p=0.6, family=0.1, fallback_family=0.5, sep=0.01, typo=0.01, excel=0.01),
        birth=dict(p=1.0, fmt=[('compact', 8), ('excel', 1), ('iso', 1)], from_id=1.0, drift=0.1),
        gender=dict(p=1.0, fmt=[('num', 10)], wrong=0.003),
        addr=dict(p=0.8, level=[('full', 70), ('city', 30)], bfmt=[('std_shi', 100)], vfmt=[('std', 100)],
                  hukou=0.6, old_admin=0.4, alias=0.03)),
    app(key='ebike_reg', cn='电动自行车登记上牌 (e-bike registration)',
        when=(D(2023, 1, 1), D(2023, 12, 31)), dup=0.05,
        name=dict(variant=0.06, typo=0.02, short=0.02),
        id=dict(p=0.8, typo=0.02, sep=0.1, lower=0.5, mask=0.05),
        phone=dict(p=1.0, family=0.03, sep=0.05, plus86=0.02, typo=0.02),
        birth=dict(p=0.0),
        gender=dict(p=0.5, fmt=[('cn', 10)]),
        addr=dict(p=0.8, level=[('none', 70), ('street', 30)], bfmt=[('dash', 60), ('mixed', 40)],
                  vfmt=[('mixed', 100)], alias=0.2, partial=0.2, typo=0.03),
        sparse=(0.12, [('name', 'phone'), ('phone', 'address')])),
    app(key='evacuation', cn='汛期应急避险转移名单 (flood-season evacuation sign-up)',
        when=(D(2024, 5, 1), D(2024, 6, 30)), dup=0.03, dead_keep=0.2,
        name=dict(variant=0.12, short=0.2, prefix=0.1, honor=0.03, typo=0.03, disamb=0.03),
        id=dict(p=0.1, typo=0.03),
        phone=dict(p=0.9, family=0.8, fallback_family=1.0, grid=0.2, two=0.03, sep=0.03, typo=0.02),
        birth=dict(p=0.3, fmt=[('age_n', 60), ('age', 40)]),
        gender=dict(p=0.7, fmt=[('cn', 10)], wrong=0.01, wrong_neutral=0.05),
        addr=dict(p=0.95, level=[('none', 100)], vfmt=[('mixed', 100)], partial=0.5, alias=0.1),
        sparse=(0.1, [('name',), ('name', 'phone'), ('name', 'gender')])),
    app(key='pilgrim_visitor', cn='朝佛/来访人员登记 (pilgrim & visitor registration at the monastery checkpoint)',
        when=(D(2024, 1, 1), D(2024, 6, 30)), dup=0.2,
        name=dict(variant=0.18, typo=0.03, short=0.03, roman=0.01),
        id=dict(p=0.9, typo=0.04, transpose=0.02, trunc=0.02, lower=0.5),
        phone=dict(p=0.8, family=0.05, typo=0.03, sep=0.03),
        birth=dict(p=0.0),
        gender=dict(p=0.6, fmt=[('cn', 10)]),
        addr=dict(p=0.9, level=[('none', 50), ('district', 50)], partial=0.3, hukou=0.5)),
    app(key='herder_relocation', cn='极高海拔生态搬迁安置台账 (herders ecological relocation ledger, 2020)',
        when=(D(2020, 1, 1), D(2020, 12, 31)), dup=0.02,
        name=dict(variant=0.15, typo=0.02, short=0.02),
        id=dict(p=0.95, old15=0.06, typo=0.02, excel=[(None, 7), ('000', 2), ('sci', 1)], family=0.01),
        phone=dict(p=0.7, family=0.6, fallback_family=1.0, sep=0.02, typo=0.02),
        birth=dict(p=0.9, fmt=[('iso', 5), ('year', 3), ('compact', 2)], from_id=1.0, placeholder_fill=0.1),
        gender=dict(p=0.95, fmt=[('cn', 10)]),
        addr=dict(p=0.95, level=[('full', 50), ('city', 30), ('none', 20)], vfmt=[('std', 100)],
                  origin=0.55, alias=0.2)),
    app(key='epidemic_2022', cn='2022年疫情防控/核酸登记 (2022 epidemic-control sign-ups, self-entered)',
        when=(D(2022, 8, 1), D(2022, 11, 30)), dup=0.15,
        name=dict(variant=0.08, typo=0.03, pinyin=0.02, roman=0.02, short=0.03, space=0.02),
        id=dict(p=0.9, typo=0.03, transpose=0.01, lower=0.7, fullwidth=0.02, sep=0.02, trunc=0.01),
        phone=dict(p=0.95, family=0.2, fallback_family=1.0, typo=0.02, sep=0.03, plus86=0.02, short=0.01,
                   extra=0.01, fake=0.008),
        birth=dict(p=0.0),
        gender=dict(p=0.5, fmt=[('cn', 10)]),
        addr=dict(p=0.7, level=[('none', 60), ('street', 20), ('district', 20)], bfmt=[('mixed', 100)],
                  vfmt=[('mixed', 100)], alias=0.2, partial=0.3, typo=0.03, fullwidth=0.01),
        sparse=(0.08, [('name', 'phone'), ('phone',), ('name', 'id_number')])),
]
APP_BY_KEY = {a['key']: a for a in APPS}


# ---------------------------------------------------------------------------
# record rendering
# ---------------------------------------------------------------------------
class Renderer:
    def __init__(self, pop, rng):
        self.pop = pop
        self.rng = rng
        self.ar = AddrRenderer(pop.div)

    # ---- names
    def name(self, p, cfg, tags, when, hh, batch):
        rng = self.rng
        nc = cfg['name']
        if rng.random() < nc.get('drop', 0):
            return ''
        if p['eth'] == '藏':
            return self.tib_name(p, nc, tags, when, hh, batch)
        return self.han_name(p, nc, tags, when, hh, batch)

    def short_elem(self, elems):
        return elems[-1][1] if len(elems) > 1 else elems[0][1]

    def tib_name(self, p, nc, tags, when, hh, batch):
        rng = self.rng
        a = age_at(p['birth'], when)
        if nc.get('parent_ref') and a < 1 and rng.random() < nc['parent_ref']:
            return self.parent_ref(p, hh, tags)
        if nc.get('other_member') and rng.random() < nc['other_member']:
            o = [m for m in hh['members'] if m is not p and age_at(m['birth'], when) >= 18]
            if o:
                tags.append('name_other_member')
                return o[0]['name']
        elems = list(p['elems'])
        religious = False
        if p['rel_elems'] and rng.random() < nc.get('religious', 0):
            if p['rel_elems'] != p['elems']:
                religious = True
            elems = list(p['rel_elems'])
        # transcription variants
        if rng.random() < nc.get('variant', 0):
            i = rng.randrange(len(elems))
            k, f = elems[i]
            forms = [k] + T.ELEMS[k]['variants']
            alts = [x for x in forms if x != f]
            ws = [(x, 6 if x == k else 2) for x in alts]
            elems[i] = (k, wchoice(rng, ws))
            tags.append('name_variant')
        if religious:
            if rng.random() < nc.get('both', 0):
                tags.append('name_both')
                return ''.join(f for _, f in elems) + rng.choice(['(%s)', '（%s）', '/%s']) % p['name']
            tags.append('name_religious')
        # latin forms
        if rng.random() < nc.get('roman', 0):
            tags.append('name_roman')
            if rng.random() < 0.1:
                s = ' '.join(T.ELEMS[k]['wylie'] for k, _ in elems)
            else:
                s = ' '.join(rng.choice(T.ELEMS[k]['roman']) for k, _ in elems)
            return s.upper() if rng.random() < 0.2 else s
        if rng.random() < nc.get('pinyin', 0):
            tags.append('name_pinyin')
            parts = [T.ELEMS[k]['py'] for k, _ in elems]
            r = rng.random()
            if r < 0.5:
                return ' '.join(parts)
            if r < 0.7:
                return ' '.join(parts).upper()
            return ''.join(parts).lower()
        if rng.random() < nc.get('swap', 0) and len(elems) == 2:
            elems = elems[::-1]
            tags.append('name_swap')
        s = ''.join(f for _, f in elems)
        short = False
        # spoken / shortened forms
        if len(elems) >= 2 and rng.random() < nc.get('short', 0):
            r = rng.random()
            if r < 0.35 and len(elems) == 2:
                s = elems[0][1][0] + elems[1][1][0]          # 次仁卓玛 -> 次卓
            elif r < 0.7:
                s = elems[-1][1]                           # -> 卓玛
            else:
                s = elems[0][1]                            # -> 次仁
            tags.append('name_short')
            short = True
        if rng.random() < nc.get('prefix', 0) or (p['flags'] and 'nun' in p['flags'] and
                                                   rng.random() < nc.get('nun_prefix', 0)):
            if 'nun' in p['flags']:
                pre = '阿尼'
            elif a >= 60:
                pre = rng.choice(T.PREFIX_ELDER_F if p['gender'] == 'F' else T.PREFIX_ELDER_M)
            elif a >= 25 and rng.random() < 0.6:
                pre = rng.choice(T.PREFIX_MID_F if p['gender'] == 'F' else T.PREFIX_MID_M)
            else:
                pre = rng.choice(T.PREFIX_SIZE)
            if not short and len(elems) >= 2 and rng.random() < 0.7:
                s = elems[-1][1] if (p['gender'] == 'F' or rng.random() < 0.4) else elems[0][1]
                tags.append('name_short')
                short = True
            s = pre + s
            tags.append('name_prefix')
        if rng.random() < nc.get('honor', 0):
            s = s + rng.choice(['啦', '啦', '拉'])
            tags.append('name_honorific')
        if rng.random() < nc.get('disamb', 0):
            g = hh['addr'].get('group', 0) if hh['addr']['kind'] == 'village' else 0
            opts = ['(大)', '（小）', '2', 'A', 'B', '(老)']
            if g:
                opts += ['(%d组)' % g, '（%s组）' % cn_num(g)]
            s = s + rng.choice(opts)
            tags.append('name_disamb')
        if rng.random() < nc.get('typo', 0):
            idx = [i for i, ch in enumerate(s) if ch in T.HOMOPHONE]
            if idx:
                i = rng.choice(idx)
                s = s[:i] + T.HOMOPHONE[s[i]] + s[i + 1:]
                tags.append('name_typo')
        if rng.random() < nc.get('dot', 0) and len(elems) >= 2 and not short:
            s = '·'.join(f for _, f in elems)
            tags.append('name_space')
        elif rng.random() < nc.get('space', 0) and len(s) >= 2:
            r = rng.random()
            if r < 0.5 and len(elems) >= 2 and not short:
                s = elems[0][1] + ' ' + s[len(elems[0][1]):]
            else:
                s = s + rng.choice([' ', '  ', '\u3000'])
            tags.append('name_space')
        if rng.random() < nc.get('title', 0):
            s = self.short_elem(elems) if not short else s
            s = s + ('女士' if p['gender'] == 'F' else rng.choice(['先生', '师傅']))
            tags.append('name_title')
        return s

    def parent_ref(self, p, hh, tags):
        rng = self.rng
        mothers = [m for m in hh['members'] if m['gender'] == 'F' and m is not p and
                   age_at(m['birth'], REF) - age_at(p['birth'], REF) >= 16]
        par = mothers[0] if mothers else None
        if par is None:
            return ''
        tags.append('name_parent_ref')
        kid = '之子' if p['gender'] == 'M' else '之女'
        return par['name'] + rng.choice([kid, kid, '宝宝', '的孩子', '小孩'])

    def han_name(self, p, nc, tags, when, hh, batch):
        rng = self.rng
        a = age_at(p['birth'], when)
        if nc.get('parent_ref') and a < 1 and rng.random() < nc['parent_ref']:
            return self.parent_ref(p, hh, tags)
        if nc.get('other_member') and rng.random() < nc['other_member']:
            o = [m for m in hh['members'] if m is not p and age_at(m['birth'], when) >= 18]
            if o:
                tags.append('name_other_member')
                return o[0]['name']
        chars = [c for c, _ in p['han']]
        if rng.random() < nc.get('pinyin', 0) or rng.random() < nc.get('roman', 0):
            tags.append('name_pinyin')
            py = [x for _, x in p['han']]
            s = py[0].capitalize() + ' ' + ''.join(py[1:]).capitalize()
            return s.upper() if rng.random() < 0.3 else s
        if rng.random() < nc.get('title', 0):
            tags.append('name_title')
            sur = chars[0]
            if p['gender'] == 'F':
                return sur + rng.choice(['女士', '姐', '阿姨'])
            return rng.choice(['%s先生', '%s师傅', '老%s', '%s哥']) % sur
        if rng.random() < nc.get('short', 0) * 0.3 and len(chars) == 3:
            tags.append('name_short')
            chars = chars[1:]
        if rng.random() < nc.get('typo', 0):
            idx = [i for i, ch in enumerate(chars) if ch in T.HOMOPHONE]
            if idx:
                i = rng.choice(idx)
                chars[i] = T.HOMOPHONE[chars[i]]
                tags.append('name_typo')
        if rng.random() < nc.get('trad', 0):
            idx = [i for i, ch in enumerate(chars) if ch in T.TRAD]
            if idx:
                for i in idx:
                    chars[i] = T.TRAD[chars[i]]
                tags.append('name_trad')
        s = ''.join(chars)
        if rng.random() < nc.get('space', 0):
            if len(chars) == 2:
                s = chars[0] + rng.choice(['\u3000', ' ', '  ']) + chars[1]
            else:
                s = s + ' '
            tags.append('name_space')
        return s

    # ---- identity numbers
    def idnum(self, p, cfg, tags, when, hh, batch):
        rng = self.rng
        c = cfg['id']
        if rng.random() >= c.get('p', 0) or not p['id18']:
            if rng.random() < c.get('junk', 0):
                tags.append('id_junk')
                return rng.choice(['无', '/', '待补', '不详', '未提供', '0'])
            return ''
        v = p['id18']
        if rng.random() < c.get('family', 0):
            o = [m for m in hh['members'] if m is not p and m['id18']]
            if o:
                v = rng.choice(o)['id18']
                tags.append('id_family')
        if p['id15'] and rng.random() < c.get('old15', 0) and v == p['id18']:
            v = p['id15']
            tags.append('id_15')
        if rng.random() < c.get('typo', 0):
            i = rng.randrange(len(v) - 1)
            v = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
            tags.append('id_typo')
        if rng.random() < c.get('transpose', 0):
            i = rng.randrange(6, len(v) - 2)
            if v[i] != v[i + 1]:
                v = v[:i] + v[i + 1] + v[i] + v[i + 2:]
                tags.append('id_transpose')
        if rng.random() < c.get('trunc', 0):
            i = rng.randrange(len(v))
            v = v[:i] + v[i + 1:]
            tags.append('id_trunc')
        if rng.random() < c.get('mask', 0) and len(v) == 18:
            st = rng.choice([(4, 4), (6, 4), (6, 4), (10, 4), (6, 0)])
            if st == (10, 4):
                v = v[:6] + v[6:10] + '****' + v[14:]
            elif st[1] == 0:
                v = v[:6] + '*' * 12
            else:
                v = v[:st[0]] + '*' * (18 - st[0] - st[1]) + v[18 - st[1]:]
            tags.append('id_mask')
        ex = batch.get('excel')
        if ex and len(v) == 18 and v.isdigit():
            if ex == 'sci':
                v = '%.5E' % int(v)
                v = v.replace('E+', 'E+')
                tags.append('id_excel_sci')
            else:
                v = v[:15] + '000'
                tags.append('id_excel_000')
        if v.endswith('X') and rng.random() < c.get('lower', 0):
            v = v[:-1] + 'x'
            tags.append('id_lower_x')
        if rng.random() < c.get('fullwidth', 0) and '*' not in v:
            v = fullwidth(v)
            tags.append('id_fullwidth')
        if rng.random() < c.get('sep', 0) and len(v) == 18:
            sep = rng.choice([' ', ' ', '-'])
            v = v[:6] + sep + v[6:14] + sep + v[14:]
            tags.append('id_sep')
        if rng.random() < c.get('quote', 0) and not ex:
            v = "'" + v
            tags.append('id_prefix_quote')
        return v

    # ---- phones
    def phone_at(self, p, when):
        if not p['phone']:
            return '', False
        if p['phone_old'] and when.year < p['phone_change']:
            return p['phone_old'], True
        return p['phone'], False

    def family_phone(self, p, hh, when):
        c = hh.get('contact')
        if c is None or c is p:
            o = [m for m in hh['members'] if m is not p and m['phone'] and age_at(m['birth'], when) >= 18]
            if not o:
                return ''
            c = o[0]
        return self.phone_at(c, when)[0]

    def fmt_landline(self, num):
        return self.rng.choice(['0891-' + num, '0891-' + num, '0891' + num, num, '(0891)' + num])

    def phone(self, p, cfg, tags, when, hh, batch):
        rng = self.rng
        c = cfg['phone']
        if rng.random() >= c.get('p', 0):
            return ''
        own, old = self.phone_at(p, when)
        fam = self.family_phone(p, hh, when)
        v = ''
        if fam and fam != own and ((own and rng.random() < c.get('family', 0)) or
                                   (not own and rng.random() < c.get('fallback_family', 0))):
            v = fam
            tags.append('phone_family')
        elif own:
            v = own
            if old:
                tags.append('phone_old')
            elif p['phone_old'] and rng.random() < c.get('stale', 0):
                v = p['phone_old']
                tags.append('phone_old')
        elif rng.random() < c.get('grid', 0):
            ws = self.pop.grid_workers.get(hh['unit'], [])
            ws = [w for w in ws if w is not p]
            if ws:
                v = self.phone_at(ws[0] if len(ws) == 1 else ws[int(hh['hid'][1:]) % len(ws)], when)[0]
                tags.append('phone_grid_worker')
        if not v and hh.get('landline') and rng.random() < 0.4:
            v = self.fmt_landline(hh['landline'])
            tags.append('phone_landline')
            return v
        if not v:
            return ''
        if hh.get('landline') and rng.random() < c.get('landline', 0):
            v = self.fmt_landline(hh['landline'])
            tags.append('phone_landline')
            return v
        # content errors
        if rng.random() < c.get('typo', 0):
            i = rng.randrange(3, 11)
            v = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
            tags.append('phone_typo')
        if rng.random() < c.get('transpose', 0):
            i = rng.randrange(3, 10)
            if v[i] != v[i + 1]:
                v = v[:i] + v[i + 1] + v[i] + v[i + 2:]
                tags.append('phone_transpose')
        if rng.random() < c.get('short', 0):
            i = rng.randrange(3, len(v))
            v = v[:i] + v[i + 1:]
            tags.append('phone_short')
        if rng.random() < c.get('extra', 0):
            i = rng.randrange(3, len(v))
            v = v[:i] + v[i] + v[i:]
            tags.append('phone_extra')
        if rng.random() < c.get('excel', 0) and len(v) == 11:
            v = '%.5E' % int(v)
            tags.append('phone_excel')
            return v
        # formatting
        if rng.random() < c.get('sep', 0) and len(v) == 11:
            sep = rng.choice([' ', '-'])
            v = v[:3] + sep + v[3:7] + sep + v[7:]
            tags.append('phone_sep')
        if rng.random() < c.get('plus86', 0):
            v = rng.choice(['+86', '+86 ', '86', '0086']) + v
            tags.append('phone_86')
        if rng.random() < c.get('fullwidth', 0):
            v = fullwidth(v)
            tags.append('phone_fullwidth')
        if rng.random() < c.get('two', 0):
            second = ''
            if fam and fam not in v:
                second = fam
            elif p['phone_old'] and p['phone_old'] not in v:
                second = p['phone_old']
            elif hh.get('landline'):
                second = self.fmt_landline(hh['landline'])
            if second:
                sep = rng.choice(['/', '、', ' ', '，', ';', '/'])
                if rng.random() < 0.15:
                    v = v + '(本人)' + sep + second + rng.choice(['(儿子)', '(女儿)', '(家属)', '(座机)'])
                else:
                    v = v + sep + second
                tags.append('phone_two')
        if rng.random() < c.get('fake', 0):
            v = rng.choice(['13800000000', '11111111111', '18888888888'])
            tags.append('phone_fake')
        return v

    # ---- birth dates
    def birth(self, p, cfg, tags, when, hh, batch):
        rng = self.rng
        c = cfg['birth']
        if rng.random() >= c.get('p', 0):
            return ''
        b = p['birth']
        from_id = rng.random() < c.get('from_id', 0) and bool(p['id18'])
        if not from_id:
            if p['bprec'] == 'placeholder' and rng.random() < c.get('remember', 0):
                b = p['bremember']
                tags.append('birth_remembered')
            elif rng.random() < c.get('placeholder_fill', 0) and (b.month, b.day) != (1, 1):
                b = D(b.year, 1, 1)
                tags.append('birth_placeholder')
            if p['eth'] == '藏' and rng.random() < c.get('tibcal', 0):
                b = b - dt.timedelta(days=rng.randint(20, 60))
                tags.append('birth_tibetan_cal')
            if rng.random() < c.get('year_off', 0):
                b = safe_date(b.year + rng.choice([-1, 1]), b.month, b.day)
                tags.append('birth_year_off')
        if rng.random() < c.get('swap_md', 0) and b.day <= 12 and b.day != b.month:
            b = D(b.year, b.day, b.month)
            tags.append('birth_swap_md')
        if rng.random() < c.get('typo', 0):
            r = rng.random()
            if r < 0.5:
                b = safe_date(b.year + rng.choice([-10, 10]) if b.year < 2014 else b.year - 10, b.month, b.day)
            else:
                b = safe_date(b.year, b.month, min(28, b.day + 10) if b.day < 19 else b.day - 10)
            tags.append('birth_typo')
        fmt = batch['birth_fmt']
        if rng.random() < c.get('drift', 0) * 0.3:
            fmt = wchoice(rng, c['fmt'])
        a = age_at(p['birth'], when)
        if fmt in ('age', 'age_n') and a < 1:
            fmt = 'iso'
        s = self.fmt_date(b, fmt, when)
        if fmt in BIRTH_TAG:
            tags.append(BIRTH_TAG[fmt])
        return s

    def fmt_date(self, b, fmt, when):
        rng = self.rng
        if fmt == 'iso':
            return b.isoformat()
        if fmt == 'iso_time':
            return b.isoformat() + ' 00:00:00'
        if fmt == 'slash':
            return '%d/%d/%d' % (b.year, b.month, b.day)
        if fmt == 'slash0':
            return b.strftime('%Y/%m/%d')
        if fmt == 'compact':
            return b.strftime('%Y%m%d')
        if fmt == 'cn':
            return '%d年%d月%d日' % (b.year, b.month, b.day)
        if fmt == 'dot':
            return b.strftime('%Y.%m.%d')
        if fmt == 'ym_dot':
            return b.strftime('%Y.%m')
        if fmt == 'ym_cn':
            return '%d年%d月' % (b.year, b.month)
        if fmt == 'year':
            return str(b.year) if rng.random() < 0.8 else '%d年' % b.year
        if fmt in ('age', 'age_n'):
            a = age_at(b, when)
            if rng.random() < 0.3:
                a += 1   # nominal age (虚岁)
            return ('%d岁' % a) if fmt == 'age' else str(a)
        if fmt == 'excel':
            return str((b - EXCEL_EPOCH).days)
        if fmt == 'yy':
            return '%02d-%d-%d' % (b.year % 100, b.month, b.day)
        if fmt == 'mdy':
            return '%d/%d/%d' % (b.month, b.day, b.year)
        return b.isoformat()

    # ---- gender
    GFMT = {'cn': ('男', '女'), 'cnx': ('男性', '女性'), 'mf': ('M', 'F'), 'mf_l': ('male', 'female'),
            'num': ('1', '2')}

    def gender(self, p, cfg, tags, when, hh, batch):
        rng = self.rng
        c = cfg['gender']
        if rng.random() >= c.get('p', 0):
            return ''
        g = p['gender']
        wrong = c.get('wrong', 0)
        if p['eth'] == '藏':
            last = p['elems'][-1][0]
            if T.ELEMS[last]['wff'] == 0 and T.ELEMS[last]['wm'] == 0 or last in ('德吉', '达瓦', '尼玛', '次仁', '扎西'):
                wrong += c.get('wrong_neutral', 0)
        if rng.random() < wrong:
            g = 'F' if g == 'M' else 'M'
            tags.append('gender_wrong')
        fmt = batch['gender_fmt']
        pair = self.GFMT[fmt]
        return pair[0] if g == 'M' else pair[1]

    # ---- address
    def address(self, p, cfg, tags, when, hh, batch):
        rng = self.rng
        c = cfg['addr']
        if rng.random() >= c.get('p', 0):
            return ''
        a = hh['addr']
        if hh['former'] is not None and hh['move_year'] and when.year < hh['move_year']:
            a = hh['former']
            tags.append('addr_stale')
        elif hh['former'] is not None and rng.random() < c.get('stale', 0):
            a = hh['former']
            tags.append('addr_stale')
        if rng.random() < c.get('hukou', 0) and hh['hukou'] is not a and hh['hukou'] != a:
            a = hh['hukou']
            tags.append('addr_hukou')
        if rng.random() < c.get('origin', 0) and hh['former'] is not None and a is not hh['former']:
            a = hh['former']
            tags.append('addr_stale')
        st = dict(batch['addr_style'])
        for k in ('alias', 'partial', 'typo', 'wrongnum', 'old_admin', 'community', 'cn_num', 'drop_unit',
                  'fullwidth'):
            st[k] = c.get(k, 0)
        if c.get('flat_only') and rng.random() < c['flat_only']:
            st['flat_only'] = True
        return self.ar.render(a, st, tags, rng)


FIELDS = ('name', 'id_number', 'phone', 'birth_date', 'gender', 'address')


# ---------------------------------------------------------------------------
# which persons each ledger sees
# ---------------------------------------------------------------------------
def present(p, hh, when):
    """is the person part of this street's population at date `when`?"""
    if p['birth'] > when:
        return False
    if hh['arrive'] and when.year < hh['arrive']:
        return False
    return True


def select(key, p, hh, when, rng, hhsel):
    """probability that ledger `key` lists person p (hhsel: per-household draw in [0,1))."""
    grp = hh['grp']
    a = age_at(p['birth'], when)
    res = p['resident']
    fl = p['flags']
    if key == 'grid_visit':
        if not res or grp == 'monastic' or hhsel > 0.86:
            return 0
        return 0.8 if a >= 6 else 0.7
    if key == 'pop_register':
        return 0.8 if res else 0
    if key == 'floating_pop':
        if grp in ('han', 'hui', 'naxi', 'kham'):
            return 0.85
        if grp == 'estate_tib' and not hh['code'].startswith('5401'):
            return 0.3
        if grp == 'visitor':
            return 0.1
        return 0
    if key == 'dibao':
        return 0.95 if 'dibao' in fl else 0
    if key == 'disability':
        return 0.9 if 'disabled' in fl else 0
    if key == 'elderly_care':
        if not res or a < 60:
            return 0
        return 0.9 if a >= 80 else 0.5
    if key == 'family_doctor':
        if not res:
            return 0
        if grp == 'monastic':
            return 0.15
        pr = 0.2
        if a >= 60:
            pr = 0.65
        elif a < 7:
            pr = 0.45
        if 'disabled' in fl:
            pr = 0.8
        if grp in ('han', 'hui', 'naxi'):
            pr *= 0.5
        return pr
    if key == 'vaccination':
        if not res or a >= 15:
            return 0
        return 0.9 if a < 7 else 0.45
    if key == 'temple_register':
        return 0.98 if grp == 'monastic' else 0
    if key == 'party_members':
        return 0.92 if 'party' in fl else 0
    if key == 'volunteers':
        if not res or a < 18 or a > 65 or grp == 'monastic':
            return 0
        if 'grid_worker' in fl:
            return 0.8
        if 'party' in fl:
            return 0.3
        return 0.035
    if key == 'property_mgmt':
        return 0   # household-level, handled separately
    if key == 'school_enrol':
        if not res or a < 6 or a > 18:
            return 0
        return 0.9 if a <= 15 else 0.6
    if key == 'social_insurance':
        if not res:
            return 0
        if grp in ('han', 'hui', 'naxi') and not hh['code'].startswith('54'):
            return 0.15
        return 0.5 if a >= 16 else 0.3
    if key == 'ebike_reg':
        if not res or a < 18 or a > 65 or grp == 'monastic':
            return 0
        return 0.22 if grp in ('han', 'hui', 'naxi', 'kham') else 0.07
    if key == 'evacuation':
        if 'flood_zone' not in hh['flags'] or hhsel > 0.65:
            return 0
        return 0.9
    if key == 'pilgrim_visitor':
        if grp == 'visitor':
            return 0.95
        if p['eth'] == '藏' and a >= 18 and res:
            return 0.015
        return 0
    if key == 'herder_relocation':
        return 0.97 if grp == 'herder' and hhsel < 0.97 else 0
    if key == 'epidemic_2022':
        if grp == 'visitor':
            return 0.15
        return 0.36 if res else 0
    return 0


class Generator:
    def __init__(self, n_people, seed, div):
        self.seed = seed
        self.pop = Population(random.Random(seed * 7919 + 1), div, n_people)
        self.pop.build()
        self.rng = random.Random(seed * 7919 + 2)
        self.r = Renderer(self.pop, self.rng)
        self.records = []

    def new_batch(self, cfg):
        rng = self.rng
        b = {}
        ex = cfg['id'].get('excel')
        b['excel'] = wchoice(rng, ex) if ex else None
        bc = cfg['birth']
        b['birth_fmt'] = wchoice(rng, bc['fmt']) if bc.get('fmt') else 'iso'
        if rng.random() < bc.get('drift', 0) and bc.get('fmt'):
            b['birth_fmt'] = wchoice(rng, bc['fmt'])
        gf = cfg['gender'].get('fmt', [('cn', 1)])
        b['gender_fmt'] = wchoice(rng, gf)
        ac = cfg['addr']
        b['addr_style'] = dict(level=wchoice(rng, ac.get('level', [('none', 1)])),
                               bfmt=wchoice(rng, ac.get('bfmt', [('std', 1)])),
                               vfmt=wchoice(rng, ac.get('vfmt', [('std', 1)])))
        b['left'] = rng.randint(cfg['batch'][0], cfg['batch'][1])
        return b

    def emit(self, cfg, p, hh, when, batch, extra_tags):
        rng = self.rng
        tags = list(extra_tags)
        if p['death'] is not None and p['death'] < when:
            tags.append('deceased_listed')
        row = {}
        row['name'] = self.r.name(p, cfg, tags, when, hh, batch)
        row['id_number'] = self.r.idnum(p, cfg, tags, when, hh, batch)
        row['phone'] = self.r.phone(p, cfg, tags, when, hh, batch)
        row['birth_date'] = self.r.birth(p, cfg, tags, when, hh, batch)
        row['gender'] = self.r.gender(p, cfg, tags, when, hh, batch)
        row['address'] = self.r.address(p, cfg, tags, when, hh, batch)
        rate, profiles = cfg['sparse']
        if rate and rng.random() < rate:
            keep = rng.choice(profiles)
            keep = ['address' if k == 'address' else k for k in keep]
            kept = {k: (row[k] if k in keep else '') for k in FIELDS}
            if any(kept.values()):
                dropped = [k for k in FIELDS if row[k] and k not in keep]
                if dropped:
                    row = kept
                    tags.append('sparse_row')
                    # tags for dropped fields no longer describe the row
                    tags = [t for t in tags if not self.tag_field(t) or self.tag_field(t) in keep]
        if cfg['colswap'] and rng.random() < cfg['colswap'] and row['id_number'] and row['phone']:
            row['id_number'], row['phone'] = row['phone'], row['id_number']
            tags.append('col_swap')
        if not any(row.values()):
            return
        out = []
        for t in tags:
            if t not in out:
                out.append(t)
        self.records.append(dict(source=cfg['key'], pid=p['pid'], row=row, tags=out))

    @staticmethod
    def tag_field(t):
        pre = t.split('_')[0]
        return {'name': 'name', 'id': 'id_number', 'phone': 'phone', 'birth': 'birth_date',
                'gender': 'gender', 'addr': 'address'}.get(pre)

    def run_app(self, cfg):
        rng = self.rng
        key = cfg['key']
        batch = self.new_batch(cfg)
        w0, w1 = cfg['when']
        for hh in self.pop.households:
            hhsel = rng.random()
            if key == 'property_mgmt':
                items = self.property_people(hh, hhsel)
            else:
                items = hh['members']
            for p in items:
                when = rand_date(rng, w0, w1)
                if key == 'herder_relocation':
                    ok = p['birth'] <= when
                else:
                    ok = present(p, hh, when)
                if not ok:
                    continue
                if key == 'property_mgmt':
                    pr = 1.0
                else:
                    pr = select(key, p, hh, when, rng, hhsel)
                if pr <= 0 or rng.random() >= pr:
                    continue
                if p['death'] is not None and p['death'] < when and rng.random() >= cfg['dead_keep']:
                    continue
                copies = 1
                while rng.random() < cfg['dup'] and copies < 4:
                    copies += 1
                for k in range(copies):
                    if batch['left'] <= 0:
                        batch = self.new_batch(cfg)
                    batch['left'] -= 1
                    w = when if k == 0 else rand_date(rng, w0, w1)
                    if k and not present(p, hh, w) and key != 'herder_relocation':
                        w = when
                    self.emit(cfg, p, hh, w, batch, ['dup_in_source'] if k else [])

    def property_people(self, hh, hhsel):
        a = hh['addr']
        if a['kind'] not in ('estate', 'compound', 'anju') or hhsel > 0.85:
            return []
        if a['kind'] == 'anju' and hhsel > 0.4:
            return []
        adults = [m for m in hh['members'] if age_at(m['birth'], REF) >= 20]
        if not adults:
            return []
        first = hh.get('contact') if hh.get('contact') in adults else adults[0]
        out = [first]
        for m in adults:
            if m is not first and self.rng.random() < 0.3:
                out.append(m)
                break
        return out

    def run(self):
        for cfg in APPS:
            self.run_app(cfg)
        self.rng.shuffle(self.records)
        for i, r in enumerate(self.records):
            r['rid'] = 'R%07d' % (i + 1)
        return self.records


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
def write_csv(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--people', type=int, default=20000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    ap.add_argument('--meta')
    args = ap.parse_args(argv)
    div = Divisions(find_divisions())
    g = Generator(args.people, args.seed, div)
    recs = g.run()
    os.makedirs(args.out, exist_ok=True)
    write_csv(os.path.join(args.out, 'residents.csv'),
              ['record_id', 'source', 'name', 'id_number', 'phone', 'birth_date', 'gender', 'address'],
              ([r['rid'], r['source']] + [r['row'][k] for k in FIELDS] for r in recs))
    write_csv(os.path.join(args.out, 'truth.csv'), ['record_id', 'person_id'],
              ([r['rid'], r['pid']] for r in recs))
    if args.meta:
        os.makedirs(args.meta, exist_ok=True)
        write_csv(os.path.join(args.meta, 'records_meta.csv'), ['record_id', 'person_id', 'source', 'noise'],
                  ([r['rid'], r['pid'], r['source'], ';'.join(r['tags'])] for r in recs))
        ar = AddrRenderer(div)
        rows = []
        for p in g.pop.persons:
            hh = g.pop.hh_by_id[p['hid']]
            rows.append([
                p['pid'], p['hid'], p['rel'], p['grp'], p['eth'], p['name'],
                ''.join(f for _, f in p['rel_elems']) if p['rel_elems'] else '',
                '男' if p['gender'] == 'M' else '女', p['birth'].isoformat(), p['bprec'],
                p['bremember'].isoformat() if p['bprec'] == 'placeholder' else '',
                p['id18'], p['id15'], p['phone'], p['phone_old'], p['phone_change'] or '',
                ('0891-' + hh['landline']) if hh['landline'] else '',
                ar.canonical(hh['addr']),
                ar.canonical(hh['former']) if hh['former'] else '', hh['move_year'] or '',
                ar.canonical(hh['hukou']) if hh['hukou'] else '',
                p['resident'], 0 if p['death'] else 1, p['death'].isoformat() if p['death'] else '',
                ';'.join(p['flags'])])
        write_csv(os.path.join(args.meta, 'persons.csv'),
                  ['person_id', 'household_id', 'relation', 'group', 'ethnicity', 'name', 'religious_name',
                   'gender', 'birth_date', 'birth_precision', 'birth_remembered', 'id_number', 'id15',
                   'phone', 'phone_old', 'phone_change_year', 'landline', 'address', 'former_address',
                   'move_year', 'hukou_address', 'resident', 'alive', 'death_date', 'flags'], rows)
        with open(os.path.join(HERE, 'APPS.txt'), encoding='utf-8') as f:
            txt = f.read()
        with open(os.path.join(args.meta, 'APPS.txt'), 'w', encoding='utf-8') as f:
            f.write(txt)
    print('people=%d records=%d -> %s' % (len(g.pop.persons), len(recs), args.out))


if __name__ == '__main__':
    main()
