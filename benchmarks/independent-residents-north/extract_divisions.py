# Prints the division table embedded in gen.py (DIVS) from the public 2023 statistical division
# data: python3 extract_divisions.py [DIR]; DIR holds provinces.csv, cities.csv, areas.csv and
# streets.csv (default: $DIVISIONS_DIR, else /work/shared/data/divisions).
import csv, os, sys
D=(sys.argv[1] if len(sys.argv)>1 else os.environ.get('DIVISIONS_DIR','/work/shared/data/divisions')).rstrip('/')+'/'
prov={r['code']:r['name'] for r in csv.DictReader(open(D+'provinces.csv',encoding='utf-8'))}
city={r['code']:r['name'] for r in csv.DictReader(open(D+'cities.csv',encoding='utf-8'))}
area={r['code']:r for r in csv.DictReader(open(D+'areas.csv',encoding='utf-8'))}
towns={}
for r in csv.DictReader(open(D+'streets.csv',encoding='utf-8')):
    towns.setdefault(r['areaCode'],[]).append(r['name'])
codes="370102 370103 370104 370105 370112 370113 370114 370115 370116 370124 370126 371402 371424 371481 371425 371502 371521 371525 370902 370983 370303 370811 370812 371702 371721 371726 371302 371321 370702 371621 371602 370502 370602 370202 371102 371002 370402 411623 411625 410102 410923 411526 130102 130921 130926 131102 130525 341221 341222 341321 340121 320321 320382 230102 230621 220104 210102 140105 150102 150502 650102 652901 653101 510104 620102 610102 420102 120104 110108".split()
for c in codes:
    a=area[c]; cn=city[a['cityCode']]; 
    if cn=='市辖区': cn=''
    t=[x for x in towns.get(c,[]) if x.endswith(('镇','乡','街道'))]
    # pick towns (prefer 镇/乡), deterministic: first two by code order with 镇/乡 preferred
    t2=[x for x in t if x.endswith(('镇','乡'))][:2] or t[:2]
    print(f"    '{c}': ('{prov[a['provinceCode']]}', '{cn}', '{a['name']}', {t2!r}),")
