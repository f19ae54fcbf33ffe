#!/usr/bin/env python3
"""Synthetic multi-source resident records for one street office in southern China.

World: 广东省深圳市宝安区沙井街道 (division code 440306022), a migrant-heavy street of
urban villages, handshake buildings, commercial estates, factory dormitories, shop-houses
on roads and a few fishing/rural villages run by economic co-operatives.

    python3 gen.py --people 20000 --seed 1 --out DIR [--meta METADIR]

Writes DIR/residents.csv and DIR/truth.csv (and the true person table plus per-record
noise tags into METADIR).  Standard library only; the same seed gives identical bytes.
See APPS.txt for the apps and their habits.
"""
import argparse
import csv
import datetime as dt
import os
import random

# The 2023 statistical division codes (provinces.csv, cities.csv, areas.csv, streets.csv), as the
# project's public data holds them beside the repository; GRIDGOV_DIVISIONS names another folder.
DIV = os.environ.get('GRIDGOV_DIVISIONS') or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'data', 'divisions')
if not os.path.isfile(os.path.join(DIV, 'streets.csv')):
    raise SystemExit('gen.py: no division codes in %s (set GRIDGOV_DIVISIONS to the folder that '
                     'holds provinces.csv, cities.csv, areas.csv and streets.csv)' % DIV)
D = dt.date
NOW = D(2024, 6, 30)
STREET = ('广东省', '深圳市', '宝安区', '沙井街道', '440306022')

# ---------------------------------------------------------------------------
# divisions
# ---------------------------------------------------------------------------

def _load(name):
    with open(os.path.join(DIV, name), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


PROV = {r['code']: r['name'] for r in _load('provinces.csv')}
CITY = {r['code']: r['name'] for r in _load('cities.csv')}
AREA = {}
AREAS_BY_CITY = {}
AREAS_BY_PROV = {}
for _r in _load('areas.csv'):
    AREA[_r['code']] = _r['name']
    c = _r['code']
    if int(c[4:6]) >= 70 or _r['name'] == '市辖区':  # development zones never issue IDs
        continue
    AREAS_BY_CITY.setdefault(_r['cityCode'], []).append(c)
    AREAS_BY_PROV.setdefault(_r['provinceCode'], []).append(c)
TOWNS = {}
for _r in _load('streets.csv'):
    TOWNS.setdefault(_r['areaCode'], []).append(_r['name'])
assert '440306022' in [r['code'] for r in _load('streets.csv') if r['areaCode'] == '440306']

# origin mix of migrants: (province or city prefix, weight)
ORIGIN_FAMILY = [('43', 20), ('45', 17), ('51', 10), ('41', 9), ('36', 9), ('52', 8), ('42', 8),
                 ('50', 4), ('4405', 3), ('4452', 4), ('4408', 3), ('4409', 3), ('4414', 2),
                 ('35', 2), ('61', 1), ('53', 1)]
ORIGIN_WORKER = [('43', 16), ('45', 18), ('51', 9), ('5134', 3), ('41', 11), ('36', 8), ('52', 12),
                 ('42', 7), ('50', 4), ('4408', 3), ('4409', 3), ('4452', 2), ('53', 3), ('61', 1)]


def area_codes(prefix):
    if len(prefix) == 2:
        return AREAS_BY_PROV[prefix]
    return AREAS_BY_CITY[prefix]


def hometown_text(rng, area):
    """户籍地址 as an HR clerk copies it from the ID card."""
    p, c = area[:2], area[:4]
    city = CITY.get(c, '')
    if city in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'):
        city = ''
    town = rng.choice(TOWNS.get(area, ['城关镇']))
    vil = rng.choice(HOME_VILLAGES) + rng.choice(['村', '村', '村', '社区'])
    grp = rng.choice(['%d组' % rng.randint(1, 12), '%s组' % cn_num(rng.randint(1, 9)),
                      '%d号' % rng.randint(1, 99), ''])
    return PROV[p] + city + AREA.get(area, '') + town + vil + grp


HOME_VILLAGES = ('石桥 新田 大塘 塘湾 黄泥 枫树 上坪 下坪 龙潭 白沙 高桥 长冲 竹园 马鞍 杨柳 '
                 '桥头 水口 新屋 坳上 岭脚 洞口 河西 东山 龙门 观音 太平 和平 红星 团结 光明').split()

# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

SUR_PROV = {
    '43': '刘 李 王 张 陈 杨 周 谭 彭 曾 唐 邓 罗 胡 蒋 廖 肖 龙 欧阳 朱 易 贺',
    '45': '黄 李 韦 覃 陆 莫 蒙 梁 陈 蓝 罗 廖 潘 农 卢 林 谢 杨 邓',
    '51': '王 李 张 刘 陈 杨 何 罗 赵 吴 周 徐 袁 冯 邓 唐 蒲 谢 曾',
    '41': '王 李 张 刘 陈 杨 赵 黄 周 吴 孙 马 郭 朱 胡 高 宋 郑',
    '36': '刘 李 王 陈 黄 张 吴 胡 曾 罗 钟 熊 邹 万 彭 邓 肖',
    '52': '王 李 杨 张 刘 陈 吴 罗 龙 黄 赵 周 石 潘 田 杨',
    '42': '王 李 张 刘 陈 杨 胡 周 黄 徐 熊 程 余 万 汪',
    '50': '王 李 张 刘 陈 杨 谭 冉 向 何 周 秦',
    '44': '陈 林 黄 李 吴 杨 郑 蔡 许 钟 曾 罗 庄 翁 谢 梁 张',
    '35': '陈 林 黄 郑 吴 王 张 李 蔡 许',
    '61': '王 张 李 刘 杨 赵 马 郭',
    '53': '李 杨 张 王 段 字 罗',
}
SUR_CANTON = '陈 李 黄 梁 何 冯 邓 叶 潘 江 曾 麦 冼 文 蔡 郑 黎 卢 区 罗 张 刘 林 吴 司徒 欧阳'.split()

GIVEN = {
    ('mainland', 'M', 0): '建国 国强 建华 国华 志强 德明 文华 建军 永明 金生 桂生 福生 海林 长发 学军 德才 国平 建新 卫东 红兵',
    ('mainland', 'F', 0): '秀英 桂英 秀兰 玉兰 桂兰 淑珍 凤英 秀珍 玉梅 春花 冬梅 翠花 金凤 玉珍 桂芳 秀芳 菊英 月娥',
    ('mainland', 'M', 1): '伟 勇 军 磊 强 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 波 兵 健 志勇 建平 海涛 小龙 文斌 志刚 俊 峰 林 亮 勇军 国庆',
    ('mainland', 'F', 1): '丽 娜 敏 静 芳 艳 娟 霞 燕 玲 红 梅 婷 英 莉 琴 雪 慧 丽娟 小红 海燕 春燕 美玲 秀梅 晓燕 丽华 小芳 桂香',
    ('mainland', 'M', 2): '浩 杰 鑫 宇 航 磊 涛 俊杰 浩然 子豪 家豪 文杰 志伟 晨 博 帅 鹏飞 宇航 天宇 明轩 佳豪 振 龙 阳 俊 伟 强 军',
    ('mainland', 'F', 2): '婷 丹 倩 璐 雪 颖 欣 佳怡 欣怡 雨婷 思雨 梦瑶 佳琪 晓雪 婉婷 雅婷 诗琪 小燕 丽萍 慧敏 梦 静怡 紫涵 娜 丽 敏',
    ('mainland', 'M', 3): '子轩 浩然 宇轩 梓豪 俊熙 皓轩 睿 一鸣 子墨 梓睿 宇航 浩宇 铭轩 嘉俊 沐阳 锦程 博文 奕辰 煜 子航 俊杰 家乐',
    ('mainland', 'F', 3): '梓涵 欣怡 雨桐 一诺 子涵 梓萱 诗涵 可馨 语桐 思彤 雨萱 若曦 欣妍 紫萱 芷若 依诺 梦琪 佳怡 心怡 诗琪 可欣 雨欣',
    ('canton', 'M', 0): '炳坤 锡林 耀祖 福全 伯荣 灿华 锦泉 润生 金水 树根 亚四 亚九 有福 沛林 汝明 荣光 兆基 石生 带喜 北胜',
    ('canton', 'F', 0): '亚娣 金好 亚妹 银娇 四妹 带娣 彩娇 月娥 丽娥 杏娟 玉娇 惠娟 少娟 亚玲 秀群 桂娣 群好 三妹 银好 满娣',
    ('canton', 'M', 1): '志强 伟明 锦华 国强 伟强 志明 家明 建华 少华 永强 锦辉 卓文 灿荣 伟雄 振华 耀华 嘉伟 锦荣 志雄 国威 伟 强',
    ('canton', 'F', 1): '丽萍 美玲 惠芳 嘉欣 慧仪 丽华 少芬 丽芳 秀琼 燕萍 美华 凤仪 婉仪 丽娟 翠华 玉珍 碧霞 淑仪 艳芳 雪梅 丽 敏',
    ('canton', 'M', 2): '家豪 俊杰 子轩 梓朗 浩贤 志豪 嘉俊 俊熙 梓浩 浩霖 卓轩 铭浩 智杰 锦豪 泽铭 嘉乐 子健 晋熙 乐天 宇轩 伟 杰',
    ('canton', 'F', 2): '嘉欣 泳诗 颖欣 子晴 卓琳 晓彤 梓琪 诗琪 凯琳 慧琳 芷晴 嘉怡 靖雯 咏欣 思敏 乐怡 雅琪 海琳 晓琳 恩琪 丽 敏',
    ('hk', 'M', 0): '大文 志明 偉強 家豪 俊傑 嘉偉 國華 子朗 浩賢 永康 建華 耀明 卓謙 天佑 錦榮 德華 志強 達安',
    ('hk', 'F', 0): '嘉欣 詩詠 穎欣 美玲 慧儀 麗珍 淑芬 寶珊 雅婷 子晴 芷晴 凱琳 思敏 鳳儀 翠華 秀英 惠芳 樂怡',
    ('tw', 'M', 0): '志明 家豪 冠宇 俊宏 建宏 承恩 宗翰 文華 國正 偉傑 建國 志偉',
    ('tw', 'F', 0): '怡君 雅婷 淑芬 佳穎 欣怡 美惠 家瑜 宜蓁 詩涵 淑惠 雅芬 佳慧',
}
for _k in list(GIVEN):
    GIVEN[_k] = GIVEN[_k].split()

YI_SUR = '吉克 阿苏 沙马 吉伍 俄木 马海 曲比 勒格 阿牛 海来 吉木 曲木 阿尔 阿西 吉则 的日 木乃 瓦渣 日火 阿的'.split()
YI_GIV = {'M': '阿木 拉则 伍呷 木呷 曲布 拉哈 日哈 石者 拉者 尔布 子古 阿且 伍沙 只布 阿各 木乃 伍嘎'.split(),
          'F': '衣莫 阿果 阿依 阿呷 日莫 阿支 子洛 伍各 阿妞 石妞 阿嫫 阿洛 金芝 尔莫'.split()}
ENG_M = 'Peter David Michael Kelvin Kenneth Raymond Eric Jason Alan Tony Ivan Wilson Calvin Vincent Terry Samuel Ryan Marco Jacky Ken'.split()
ENG_F = 'Mandy Carmen Winnie Joyce Cherry Fiona Ivy Karen Gloria Cecilia Vivian Kitty Queenie Phoebe Yoyo Candy Grace Emily'.split()

# traditional <-> simplified pairs (traditional first)
_TS = ('陳陈黃黄張张劉刘鄭郑吳吴馮冯葉叶鄧邓羅罗麥麦盧卢謝谢蘇苏譚谭區区關关歐欧陽阳楊杨馬马鍾钟許许賴赖'
       '偉伟強强傑杰國国華华賢贤謙谦錦锦榮荣詩诗詠咏穎颖麗丽寶宝鳳凤凱凯儀仪達达樂乐軒轩東东龍龙鴻鸿'
       '紅红蓮莲嫻娴曉晓嬌娇韋韦農农萬万鄒邹錢钱趙赵孫孙衛卫蕭萧聶聂鄔邬顏颜潔洁勝胜輝辉興兴雙双寧宁'
       '靜静婭娅紀纪綺绮維维雲云彥彦慶庆濤涛靈灵蘭兰鵬鹏飛飞劍剑軍军廣广遠远順顺瑩莹鈞钧銘铭倫伦懷怀'
       '禎祯鳴鸣蓋盖愛爱亞亚娛娱貴贵聰聪錫锡燦灿潤润樹树滿满帶带彩彩雜杂餘余澤泽權权瑋玮顧顾')
T2S = {}
S2T = {}
for _i in range(0, len(_TS), 2):
    _t, _s = _TS[_i], _TS[_i + 1]
    if _t != _s:
        T2S.setdefault(_t, _s)
        S2T.setdefault(_s, _t)


def to_simp(s):
    return ''.join(T2S.get(ch, ch) for ch in s)


def to_trad(s):
    return ''.join(S2T.get(ch, ch) for ch in s)


# Hong Kong government (Cantonese) romanisation
HK_SUR = {'陳': 'Chan', '李': 'Lee', '黃': 'Wong', '張': 'Cheung', '梁': 'Leung', '劉': 'Lau', '林': 'Lam',
          '何': 'Ho', '鄭': 'Cheng', '吳': 'Ng', '郭': 'Kwok', '馮': 'Fung', '蔡': 'Choi', '葉': 'Yip',
          '鄧': 'Tang', '曾': 'Tsang', '羅': 'Law', '麥': 'Mak', '盧': 'Lo', '謝': 'Tse', '胡': 'Wu',
          '蘇': 'So', '譚': 'Tam', '區': 'Au', '袁': 'Yuen', '朱': 'Chu', '關': 'Kwan', '周': 'Chow',
          '余': 'Yu', '莫': 'Mok', '司徒': 'Szeto', '歐陽': 'Au Yeung', '楊': 'Yeung', '王': 'Wong',
          '黎': 'Lai', '伍': 'Ng', '馬': 'Ma', '鍾': 'Chung'}
MO_SUR = dict(HK_SUR, **{'李': 'Lei', '梁': 'Leong', '張': 'Cheong', '劉': 'Lao', '鄭': 'Cheang', '周': 'Chao',
                         '區': 'Ao', '楊': 'Ieong', '余': 'U', '馮': 'Fong', '葉': 'Ip', '盧': 'Lou',
                         '蘇': 'Sou', '謝': 'Che', '曾': 'Chang', '羅': 'Lo'})
HK_GIV = {'大': 'Tai', '文': 'Man', '志': 'Chi', '明': 'Ming', '偉': 'Wai', '強': 'Keung', '家': 'Ka',
          '豪': 'Ho', '俊': 'Chun', '傑': 'Kit', '嘉': 'Ka', '國': 'Kwok', '華': 'Wah', '子': 'Tsz',
          '朗': 'Long', '浩': 'Ho', '賢': 'Yin', '永': 'Wing', '康': 'Hong', '建': 'Kin', '耀': 'Yiu',
          '卓': 'Cheuk', '謙': 'Him', '天': 'Tin', '佑': 'Yau', '錦': 'Kam', '榮': 'Wing', '德': 'Tak',
          '欣': 'Yan', '詩': 'Sze', '詠': 'Wing', '穎': 'Wing', '美': 'Mei', '玲': 'Ling', '慧': 'Wai',
          '儀': 'Yee', '麗': 'Lai', '珍': 'Chun', '淑': 'Suk', '芬': 'Fun', '寶': 'Po', '珊': 'Shan',
          '雅': 'Nga', '婷': 'Ting', '晴': 'Ching', '芷': 'Tsz', '凱': 'Hoi', '琳': 'Lam', '思': 'Sze',
          '敏': 'Man', '鳳': 'Fung', '翠': 'Chui', '金': 'Kam', '少': 'Siu', '惠': 'Wai', '秀': 'Sau',
          '英': 'Ying', '達': 'Tat', '安': 'On', '恩': 'Yan', '樂': 'Lok', '怡': 'Yi', '芳': 'Fong'}
MO_GIV = dict(HK_GIV, **{'欣': 'Ian', '明': 'Meng', '國': 'Kuok', '華': 'Wa', '強': 'Keong', '俊': 'Chon',
                         '詩': 'Si', '穎': 'Weng', '玲': 'Leng', '儀': 'I', '思': 'Si', '英': 'Ieng'})
TW_SUR = {'陳': 'Chen', '林': 'Lin', '黃': 'Huang', '張': 'Chang', '李': 'Lee', '王': 'Wang', '吳': 'Wu',
          '劉': 'Liu', '蔡': 'Tsai', '楊': 'Yang', '許': 'Hsu', '鄭': 'Cheng', '謝': 'Hsieh', '郭': 'Kuo',
          '洪': 'Hung', '曾': 'Tseng', '邱': 'Chiu', '廖': 'Liao', '賴': 'Lai', '周': 'Chou'}
TW_GIV = {'志': 'Chih', '明': 'Ming', '家': 'Chia', '豪': 'Hao', '冠': 'Kuan', '宇': 'Yu', '俊': 'Chun',
          '宏': 'Hung', '建': 'Chien', '承': 'Cheng', '恩': 'En', '宗': 'Tsung', '翰': 'Han', '怡': 'Yi',
          '君': 'Chun', '雅': 'Ya', '婷': 'Ting', '淑': 'Shu', '芬': 'Fen', '佳': 'Chia', '穎': 'Ying',
          '欣': 'Hsin', '美': 'Mei', '惠': 'Hui', '瑜': 'Yu', '宜': 'Yi', '蓁': 'Chen', '詩': 'Shih',
          '涵': 'Han', '文': 'Wen', '華': 'Hua', '國': 'Kuo', '正': 'Cheng', '偉': 'Wei', '傑': 'Chieh',
          '慧': 'Hui'}
HK_SURNAMES = [s for s in '陳 李 黃 張 梁 劉 林 何 鄭 吳 郭 馮 蔡 葉 鄧 曾 羅 麥 盧 謝 蘇 譚 區 袁 朱 關 周 莫 司徒 歐陽 楊 黎 伍'.split()]
TW_SURNAMES = '陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周'.split()

# foreigners: (nationality, ISO numeric, passport pattern, [(chinese name, passport name, gender)])
FOREIGN = [
    ('KOR', '410', 'M########', [('金敏俊', 'KIM MINJUN', 'M'), ('朴志勋', 'PARK JIHOON', 'M'), ('李秀贤', 'LEE SOOHYUN', 'F'),
                                 ('崔英浩', 'CHOI YOUNGHO', 'M'), ('郑恩智', 'JUNG EUNJI', 'F')]),
    ('JPN', '392', 'TK#######', [('佐藤健', 'SATO KEN', 'M'), ('铃木一郎', 'SUZUKI ICHIRO', 'M'), ('田中美咲', 'TANAKA MISAKI', 'F'),
                                  ('山本大辅', 'YAMAMOTO DAISUKE', 'M')]),
    ('VNM', '704', 'C#######', [('阮文安', 'NGUYEN VAN AN', 'M'), ('阮氏兰', 'NGUYEN THI LAN', 'F'), ('陈氏香', 'TRAN THI HUONG', 'F'),
                                 ('黎文雄', 'LE VAN HUNG', 'M'), ('范氏玉', 'PHAM THI NGOC', 'F')]),
    ('MYS', '458', 'A########', [('陈伟明', 'TAN WEI MING', 'M'), ('林美玲', 'LIM MEI LING', 'F'), ('黄志强', 'WONG CHEE KEONG', 'M')]),
    ('IND', '356', 'K#######', [('拉吉·库马尔', 'RAJ KUMAR', 'M'), ('普丽娅·夏尔马', 'PRIYA SHARMA', 'F'), ('阿米特·辛格', 'AMIT SINGH', 'M')]),
    ('USA', '840', '5########', [('约翰·史密斯', 'JOHN SMITH', 'M'), ('迈克尔·布朗', 'MICHAEL BROWN', 'M'), ('艾米丽·戴维斯', 'EMILY DAVIS', 'F')]),
    ('PAK', '586', 'AB#######', [('阿里·汗', 'ALI KHAN', 'M'), ('乌斯曼·艾哈迈德', 'USMAN AHMED', 'M')]),
]
FOREIGN_W = [3, 2, 4, 2, 1, 1, 1]

HOMO = {}
for _line in ('伟玮炜韦 丽莉俐 芳方 明铭鸣 华桦骅 军君钧 志智 敏闽 静靖婧 婷亭庭 玲琳铃 红虹宏 辉晖 杰捷 '
              '欣馨新 怡宜仪 俊骏峻 家嘉佳 文雯 燕艳雁 梅玫 娟鹃涓 勇永 颖莹盈 诗施思 泳咏 子梓紫 轩萱宣 '
              '浩皓昊 宇雨羽 涛韬 斌彬滨 凤风 娣弟棣 峰锋 晓筱 霞侠 萍平苹 琪琦祺 倩茜 鑫欣 鹏朋 飞菲 '
              '涵晗含 瑶遥 彤桐 晨辰 睿瑞锐 荣容蓉 锦瑾 惠慧蕙 秀绣 英瑛 兰岚 珍贞真 健建剑 琴芹 云芸 '
              '金锦 亚娅雅 婉琬 梦孟 瑜玉钰 晴清 琳林霖 坤昆 根耿 水 好 妹梅 娇姣 群裙 生升 '
              '黄王 陈程 凌林 张章 李黎 吴伍 梁良 何贺 叶业 刘留 杨阳 徐许 江姜 冯丰 曾增 潘盘 谭覃 韦魏 '
              '蒙孟 周邹 钟仲 罗骆 卢芦 蔡菜 麦迈 冼显').split():
    for _c in _line:
        HOMO.setdefault(_c, [x for x in _line if x != _c])
LOOK = {}
for _a, _b in ('己已 未末 戌戍 汩汨 祎袆 瑶谣 杨扬 徐涂 侯候 冉再 苟荀 晴睛 琪棋 崇祟 婧靖 桐桶 莹萤 '
               '晖珲 俊浚 玲铃 钰珏 淑叔 娟绢 萍苹 洁浩 浩洁 丹舟 雪雷 贤肾 坤绅 锦绵 敏鳅 芳苦 '
               '伟纬 红虹 琳淋 壆学 冼洗 区匡 黎藜').split():
    LOOK.setdefault(_a, []).append(_b)
    LOOK.setdefault(_b, []).append(_a)

NICK = ('快乐每一天 平安是福 静待花开 蓝天白云 海阔天空 随缘 开心果 向日葵🌻 小太阳☀️ 夕阳红 岁月静好 '
        '知足常乐 Jason Lily Amy Kevin Coco Tony Cindy 木子李 耳东陈 草头黄 弓长张 😊 🌸 A沙井家政 '
        'A-宏达五金 沙井蚝 一路向北 追梦人 简单 阳光 微笑 ✨ Mr.Lee 淡定 天天向上').split()

CN_DIGITS = '零一二三四五六七八九'


def cn_num(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return '十' + (CN_DIGITS[n % 10] if n % 10 else '')
    return CN_DIGITS[n // 10] + '十' + (CN_DIGITS[n % 10] if n % 10 else '')


FW = {ord(c): chr(ord(c) + 0xFEE0) for c in '0123456789'}


def fullwidth(s):
    return s.translate(FW)


# ---------------------------------------------------------------------------
# places of 沙井街道 (community-level names are illustrative: the public list stops at street level)
# ---------------------------------------------------------------------------

# (community, village, clan surnames, fishing/rural)
VILLAGES = [
    ('沙一社区', '沙一村', ['陈'], False), ('沙二社区', '沙二村', ['陈'], False),
    ('沙三社区', '沙三村', ['陈', '黄'], False), ('沙四社区', '沙四村', ['陈'], False),
    ('衙边社区', '衙边村', ['陈'], False), ('步涌社区', '步涌村', ['江'], False),
    ('后亭社区', '后亭村', ['潘', '黄'], False), ('共和社区', '共和村', ['曾', '陈'], False),
    ('壆岗社区', '壆岗村', ['陈', '梁'], False), ('东塘社区', '东塘村', ['黄', '何'], False),
    ('万丰社区', '万丰村', ['潘'], False), ('辛养社区', '辛养村', ['梁', '冯'], False),
    ('大王山社区', '大王山村', ['叶', '邓'], False), ('民主社区', '民主村', ['李', '麦'], False),
    ('蚝一社区', '蚝一村', ['陈', '冼'], True), ('蚝四社区', '蚝四村', ['陈', '何'], True),
    ('黄埔社区', '黄埔村', ['黄', '叶'], True),
]
FANGS = ['东坊', '西坊', '南坊', '北坊', '新坊', '上坊', '下坊', '中坊']
# (name, community, scheme, unit style, road, road no, buildings, floors)
ESTATES = [
    ('金沙花园', '沙一社区', 'zuo', 'num', '新沙路', 88, 12, 18),
    ('蚝乡豪庭', '蚝一社区', 'dong_unit', 'num', '沙井路', 330, 6, 28),
    ('新沙雅苑', '沙四社区', 'dong', 'num', '新沙路', 201, 15, 9),
    ('锦程花园', '衙边社区', 'zuo', 'letter', '帝堂路', 66, 8, 32),
    ('万丰名苑', '万丰社区', 'dong', 'num', '万丰路', 12, 20, 7),
    ('海悦华庭', '沙二社区', 'dong_unit', 'num', '南环路', 9, 5, 24),
    ('翠湖山庄', '东塘社区', 'zuo', 'num', '岗头路', 18, 10, 26),
    ('中心花园', '沙三社区', 'dong_unit', 'num', '中心路', 128, 5, 11),
    ('丽景城', '共和社区', 'zuo', 'letter', '西环路', 301, 9, 30),
    ('东方明珠苑', '后亭社区', 'dong', 'num', '北环路', 55, 9, 8),
]
ZONES = [('新沙工业区', '沙四社区'), ('共和第一工业区', '共和社区'), ('后亭第二工业区', '后亭社区'),
         ('步涌工业区', '步涌社区'), ('蚝乡工业园', '蚝一社区'), ('万丰工业区', '万丰社区'), ('衙边工业区', '衙边社区')]
# (short name, official name, zone index, dorm buildings, taiwanese-owned)
FACTORIES = [
    ('宏达电子厂', '深圳市宏达电子有限公司', 0, 4, False), ('富诚五金制品厂', '深圳市富诚五金制品有限公司', 0, 2, False),
    ('联升塑胶厂', '联升塑胶制品(深圳)有限公司', 1, 3, True), ('精艺模具厂', '深圳市精艺模具有限公司', 1, 1, False),
    ('鸿晟精密', '鸿晟精密科技(深圳)有限公司', 2, 5, True), ('金宝电路板厂', '深圳金宝电路有限公司', 2, 3, False),
    ('立信线材厂', '深圳市立信线材有限公司', 3, 2, False), ('华美印刷厂', '深圳华美印刷包装有限公司', 3, 2, True),
    ('永丰玩具厂', '永丰玩具(深圳)有限公司', 4, 3, False), ('新世纪手袋厂', '深圳市新世纪手袋有限公司', 4, 2, False),
    ('佳联电器厂', '深圳市佳联电器有限公司', 5, 3, False), ('东升照明', '深圳市东升LED照明科技有限公司', 5, 2, False),
    ('昌盛包装厂', '深圳市昌盛包装材料有限公司', 6, 1, False), ('利达电子厂', '利达电子(深圳)有限公司', 6, 3, True),
]
ROADS = ['沙井路', '新沙路', '帝堂路', '岗头路', '中心路', '北环路', '南环路', '西环路', '创新路', '沙头路',
         '环镇路', '民主大道', '宝安大道', '万丰路', '步涌路', '蚝乡路']
SHOPS = ['湘味小炒', '桂林米粉', '潮汕牛肉火锅', '兴旺五金', '阿强烧腊', '便利店', '川味面馆', '手机维修', '快递驿站',
         '发廊', '隆江猪脚饭', '沙县小吃', '士多店', '水果店', '药房', '电动车维修']

# ---------------------------------------------------------------------------
# identity numbers
# ---------------------------------------------------------------------------
W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_char(s17):
    return '10X98765432'[sum(int(c) * w for c, w in zip(s17, W17)) % 11]


def hkid_check(letter, digits):
    v = [36, ord(letter) - 55] + [int(d) for d in digits]
    s = sum(x * w for x, w in zip(v, [9, 8, 7, 6, 5, 4, 3, 2]))
    c = (11 - s % 11) % 11
    return 'A' if c == 10 else str(c)


# ---------------------------------------------------------------------------
# world
# ---------------------------------------------------------------------------

class World:
    def __init__(self, rng):
        self.rng = rng
        self.persons = []
        self.households = []
        self.dwell = []          # dwellings
        self.buildings = []      # urban-village buildings
        self.bld_by_vil = {v[1]: [] for v in VILLAGES}
        self.used_ids = set()
        self.used_phones = set()
        self.dorm_rooms = {}
        self.room_last = {}      # (building key, room) -> dwelling, for re-letting

    # --- basic allocators -------------------------------------------------
    def rdate(self, a, b):
        if b < a:
            b = a
        return D.fromordinal(self.rng.randint(a.toordinal(), b.toordinal()))

    def mobile(self, birth_year=1990):
        rng = self.rng
        old = '134 135 136 137 138 139 130 131 132 133 150 151 152 153 158 159 189 186 188 180 181 182 183 187'.split()
        new = old + '155 156 157 177 173 175 176 178 166 191 198 199 185 184 147'.split()
        while True:
            num = rng.choice(old if birth_year < 1975 else new) + '%08d' % rng.randrange(10 ** 8)
            if num not in self.used_phones:
                self.used_phones.add(num)
                return ('cn', num)

    def landline(self):
        while True:
            num = self.rng.choice(['27', '27', '29', '23', '33']) + '%06d' % self.rng.randrange(10 ** 6)
            if num not in self.used_phones:
                self.used_phones.add(num)
                return ('ll', num)

    def foreign_mobile(self, kind):
        rng = self.rng
        while True:
            if kind == 'hk':
                num = rng.choice('5699') + '%07d' % rng.randrange(10 ** 7)
            elif kind == 'mo':
                num = rng.choice(['62', '63', '65', '66', '68']) + '%06d' % rng.randrange(10 ** 6)
            else:
                num = '9' + '%08d' % rng.randrange(10 ** 8)
            if kind + num not in self.used_phones:
                self.used_phones.add(kind + num)
                return (kind, num)

    def id18(self, area, birth, gender, seq=None):
        rng = self.rng
        for _ in range(2000):
            if seq is None:
                s = rng.randrange(1, 1000)
            else:
                s = seq
                seq = None
            if (s % 2 == 1) != (gender == 'M'):
                s = s + 1 if s < 999 else s - 1
            if s == 0:
                continue
            body = '%s%s%03d' % (area, birth.strftime('%Y%m%d'), s)
            if body not in self.used_ids:
                self.used_ids.add(body)
                return body + check_char(body)
        raise RuntimeError('id space exhausted')

    # --- dwellings ----------------------------------------------------------
    def new_dwelling(self, **kw):
        kw['did'] = len(self.dwell)
        self.dwell.append(kw)
        return kw['did']

    def new_building(self, vil_idx, owner_hh=None, newv=False):
        rng = self.rng
        com, vil, clans, rural = VILLAGES[vil_idx]
        b = {'bid': len(self.buildings), 'com': com, 'vil': vil, 'rural': rural, 'newv': newv,
             'owner_hh': owner_hh, 'landlord': None, 'ext_phone': None, 'rooms': []}
        if rural:
            b['she'] = rng.randint(1, 8)
            b['no'] = rng.randint(1, 80)
            b['floors'] = rng.randint(3, 5)
            b['rpf'] = rng.randint(2, 4)
        elif newv:
            b['zone'] = rng.choice(['东区', '西区', '南区', '北区'])
            b['lane'] = rng.randint(1, 15)
            b['no'] = rng.randint(1, 30)
            b['floors'] = rng.randint(4, 7)
            b['rpf'] = rng.randint(2, 4)
        else:
            b['fang'] = FANGS[(vil_idx * 3 + rng.randrange(3)) % len(FANGS)]
            b['lane'] = rng.randint(1, 12)
            b['no'] = rng.randint(1, 40)
            b['floors'] = rng.randint(5, 8)
            b['rpf'] = rng.randint(3, 6)
        key = (vil, b.get('fang'), b.get('zone'), b.get('she'), b.get('lane'), b['no'])
        for ob in self.bld_by_vil[vil]:
            if ob['key'] == key:
                b['no'] += 40 + len(self.bld_by_vil[vil])
                key = (vil, b.get('fang'), b.get('zone'), b.get('she'), b.get('lane'), b['no'])
                break
        b['key'] = key
        b['free'] = [(f, r) for f in range(2 if not rural else 1, b['floors'] + 1) for r in range(1, b['rpf'] + 1)]
        rng.shuffle(b['free'])
        self.buildings.append(b)
        self.bld_by_vil[vil].append(b)
        return b

    def building_room(self, b, floor=None, start=None):
        rng = self.rng
        if floor is not None:
            fr = (floor, 1)
            if fr in b['free']:
                b['free'].remove(fr)
        elif b['free']:
            fr = b['free'].pop()
        else:
            fr = (rng.randint(1, b['floors']), rng.randint(1, b['rpf']))
        kind = 'rural' if b['rural'] else ('newv' if b['newv'] else 'uv')
        return self.new_dwelling(kind=kind, b=b, floor=fr[0], room=fr[1], com=b['com'])

    def rental_uv(self, start, rural_pref=False):
        """a room in a handshake building; rooms are re-let after tenants leave"""
        rng = self.rng
        cand = [i for i, v in enumerate(VILLAGES) if v[3] == rural_pref]
        vi = rng.choice(cand)
        vil = VILLAGES[vi][1]
        bl = self.bld_by_vil[vil]
        if rng.random() < 0.18:
            # re-let a room whose previous tenant has gone
            olds = [d for d in self.room_last.get(vil, []) if d['free_from'] is not None and d['free_from'] < start]
            if olds:
                d = rng.choice(olds)
                d['free_from'] = None
                return d['did']
        open_b = [b for b in bl if b['free']]
        if open_b and rng.random() < 0.85:
            b = rng.choice(open_b)
        else:
            b = self.new_building(vi, newv=(not rural_pref and rng.random() < 0.25))
        did = self.building_room(b)
        self.room_last.setdefault(vil, []).append(self.dwell[did])
        self.dwell[did]['free_from'] = None
        return did

    def estate_flat(self, estate_idx=None):
        rng = self.rng
        if not hasattr(self, 'estate_free'):
            self.estate_free = []
            for i, e in enumerate(ESTATES):
                units = 8 if e[7] > 12 else 4
                fl = [(b, f, u) for b in range(1, e[6] + 1) for f in range(2, e[7] + 1) for u in range(1, units + 1)]
                rng.shuffle(fl)
                self.estate_free.append(fl)
        if estate_idx is None or not self.estate_free[estate_idx]:
            w = [len(x) for x in self.estate_free]
            estate_idx = rng.choices(range(len(ESTATES)), w)[0]
        e = ESTATES[estate_idx]
        bld, fl, un = self.estate_free[estate_idx].pop()
        return self.new_dwelling(kind='estate', e=estate_idx, bld=bld, unit_no=rng.randint(1, 3), floor=fl,
                                 flat=un, com=e[1])

    def dorm_room(self, fac_idx):
        rng = self.rng
        f = FACTORIES[fac_idx]
        rooms = self.dorm_rooms.setdefault(fac_idx, [])
        if rooms and (len(rooms) > 6 and rng.random() < 0.82):
            return rng.choice(rooms)
        did = self.new_dwelling(kind='dorm', fac=fac_idx, bld=rng.randint(1, f[3]), floor=rng.randint(1, 6),
                                room=rng.randint(1, 20), com=ZONES[f[2]][1])
        rooms.append(did)
        return did

    def shop(self):
        rng = self.rng
        while True:
            road = rng.choice(ROADS)
            no = rng.randint(1, 400)
            k = ('S', road, no)
            if k not in self.used_ids:
                self.used_ids.add(k)
                break
        return self.new_dwelling(kind='shop', road=road, no=no, floor=rng.choice([0, 0, 2, 2, 3]),
                                 shopname=rng.choice(SHOPS), com=rng.choice(VILLAGES)[0])


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

def era(year):
    return 0 if year < 1968 else 1 if year < 1990 else 2 if year < 2008 else 3


def zipf_pick(rng, pool, s=0.9):
    w = [1.0 / (i + 1) ** s for i in range(len(pool))]
    return rng.choices(pool, w)[0]


def new_person(W, cat, hh, role, gender, birth, surname, given, area=None, style='mainland', **kw):
    rng = W.rng
    p = {'pid': 'P%06d' % (len(W.persons) + 1), 'cat': cat, 'hh': hh['hid'] if hh else '', 'role': role,
         'gender': gender, 'birth': birth, 'sur': surname, 'given': given, 'name': surname + given,
         'style': style, 'area': area, 'id18': '', 'id15': '', 'docs': {}, 'phones': [], 'addr': [],
         'jobs': [], 'arrive': kw.pop('arrive', birth), 'leave': kw.pop('leave', None), 'died': None,
         'father': '', 'mother': '', 'spouse': '', 'twin': '', 'carer': '', 'party': False, 'veteran': False,
         'eng': '', 'trad': '', 'roman': '', 'alias': '', 'tags': []}
    p.update(kw)
    if p['arrive'] < birth:
        p['arrive'] = birth
    if area:
        p['id18'] = W.id18(area, birth, gender, kw.get('seq'))
        if birth.year < 1985 and rng.random() < 0.9:
            p['id15'] = p['id18'][:6] + p['id18'][8:17]
    W.persons.append(p)
    if hh is not None:
        hh['members'].append(p)
    return p


def new_hh(W, kind):
    hh = {'hid': 'H%05d' % (len(W.households) + 1), 'kind': kind, 'members': [], 'addr': [], 'landline': None}
    W.households.append(hh)
    return hh


COMBO = {
    ('mainland', 'M'): ('子浩宇俊家志文明嘉建晓永国海思一天宏振立泽博雨梓锦伟佳承鸿昊',
                        '轩杰豪宇涛辉鹏明华强龙航博然睿晨阳峰斌军彬林磊平东亮凯鑫旭成'),
    ('mainland', 'F'): ('子欣思雨佳诗梓梦雅晓婷静丽美嘉紫可心慧艳秀玉春海小若芷语一依',
                        '涵怡婷琪萱彤琳悦妍雪颖娜丽萍敏燕霞芳玲慧洁瑶倩蕾欣桐媛静菲雯'),
    ('canton', 'M'): ('志伟家俊嘉锦卓浩梓子国永耀振少灿润炳文建',
                      '强明豪杰华荣辉雄文贤朗霖轩熙乐铭基坤威鸿'),
    ('canton', 'F'): ('嘉丽美慧颖泳晓凯思婉淑碧翠少秀凤雪卓芷咏',
                      '欣诗仪琳彤晴玲萍芬华娟霞怡敏雯琪珊莹婷梅'),
}
# share of one-character given names by era (older generations use them far more)
SINGLE = {0: 0.08, 1: 0.3, 2: 0.12, 3: 0.04}


def mainland_name(rng, style, gender, year, surname=None, sur_pool=None):
    if surname is None:
        surname = zipf_pick(rng, sur_pool, 0.6)
    e = min(era(year), 3)
    if (style, gender, e) not in GIVEN:
        e = 2
    pool = GIVEN[(style, gender, e)]
    singles = [x for x in pool if len(x) == 1]
    doubles = [x for x in pool if len(x) > 1]
    r = rng.random()
    if singles and r < SINGLE[e] * (0.4 if style == 'canton' else 1.0):
        given = zipf_pick(rng, singles, 0.4)
    elif e == 0 or r < SINGLE[e] * (0.4 if style == 'canton' else 1.0) + 0.2:
        given = zipf_pick(rng, doubles, 0.3)
    else:
        a, b = COMBO[(style, gender)]
        given = rng.choice(a) + rng.choice(b)
        if given[0] == given[1]:
            given = given[0] + rng.choice(b)
    return surname, given


def add_kids(W, hh, father, mother, style, area, cat, n, first_year, last_year, sur, arrive=None):
    """children; twins at ~2 % of maternities; kids born before arrival come with the family"""
    rng = W.rng
    kids = []
    y = first_year
    for i in range(n):
        if y > last_year:
            break
        birth = W.rdate(D(y, 1, 1), min(D(y, 12, 31), NOW - dt.timedelta(days=20)))
        twins = rng.random() < 0.02
        for t in range(2 if twins else 1):
            g = rng.choice('MF')
            if style == 'hk':
                s, gv = sur, rng.choice(GIVEN[('hk', g, 0)])
            else:
                s, gv = mainland_name(rng, style, g, birth.year, surname=sur)
            if t == 1:
                # twins: same date, names often share a character
                prev = kids[-1]
                if len(prev['given']) == 2 and rng.random() < 0.7:
                    key = (style, g, min(era(birth.year), 3)) if style != 'hk' else ('hk', g, 0)
                    if key not in GIVEN:
                        key = (style, g, 2)
                    pool = [x for x in GIVEN[key] if len(x) == 2 and x != prev['given']]
                    if pool:
                        gv = prev['given'][0] + rng.choice(pool)[1]
                if gv == prev['given']:
                    gv = gv + ('一' if len(gv) == 1 else '')
                seq = int(prev['id18'][14:17]) + rng.choice([1, 2]) if prev['id18'] else None
                k = new_person(W, cat, hh, 'child', g, birth, s, gv, area, style, arrive=max(birth, arrive or birth), seq=seq)
                k['twin'] = prev['pid']
                prev['twin'] = k['pid']
            else:
                k = new_person(W, cat, hh, 'child', g, birth, s, gv, area, style, arrive=max(birth, arrive or birth))
            k['father'] = father['pid'] if father else ''
            k['mother'] = mother['pid'] if mother else ''
            kids.append(k)
        y = birth.year + rng.choice([1, 2, 2, 3, 3, 4, 5, 6])
    return kids


def set_spouses(a, b):
    a['spouse'] = b['pid']
    b['spouse'] = a['pid']


def origin_area(rng, table):
    pref = rng.choices([t[0] for t in table], [t[1] for t in table])[0]
    return rng.choice(area_codes(pref))


# ----- households --------------------------------------------------------------

def gen_local_lineage(W):
    """a village clan branch: elders, 1-3 married sons/daughters, grandchildren; owns buildings"""
    rng = W.rng
    vi = rng.randrange(len(VILLAGES))
    com, vil, clans, rural = VILLAGES[vi]
    clan = rng.choice(clans) if rng.random() < 0.85 else rng.choice(SUR_CANTON)
    g1y = rng.randint(1938, 1962)
    home = W.new_building(vi, newv=False) if not rural else W.new_building(vi)
    hh1 = new_hh(W, 'local')
    f1b = W.rdate(D(g1y, 1, 1), D(g1y, 12, 31))
    s, gv = mainland_name(rng, 'canton', 'M', g1y, surname=clan)
    g1m = new_person(W, 'local_villager', hh1, 'elder', 'M', f1b, s, gv, '440306', 'canton')
    wy = g1y + rng.randint(-2, 6)
    s2, gv2 = mainland_name(rng, 'canton', 'F', wy, sur_pool=[x for x in SUR_CANTON if x != clan])
    g1f = new_person(W, 'local_villager', hh1, 'elder', 'F', W.rdate(D(wy, 1, 1), D(wy, 12, 31)), s2, gv2,
                     rng.choice(['440306'] * 6 + area_codes('4419') + area_codes('4413')), 'canton')
    set_spouses(g1m, g1f)
    for e in (g1m, g1f):
        if e['birth'].year < 1960 and rng.random() < 0.3:
            e['alias'] = rng.choice(['亚', '阿']) + e['given'][-1]
    # deaths among the elderly: they stay in old ledgers
    for e in (g1m, g1f):
        if e['birth'].year < 1950 and rng.random() < 0.18:
            e['died'] = W.rdate(D(2018, 1, 1), D(2024, 3, 1))
            e['leave'] = e['died']
    hh1['addr'].append((W.building_room(home, floor=home['floors']), D(1995, 1, 1), None))
    if rng.random() < 0.5:
        hh1['landline'] = W.landline()
    home['owner_hh'] = hh1
    branches = []
    nkids = rng.choice([1, 2, 2, 3, 3, 4])
    kids = add_kids(W, hh1, g1m, g1f, 'canton', '440306', 'local_villager', nkids, g1y + 22, min(g1y + 40, 2000),
                    clan)
    for i, k in enumerate(kids):
        age = (NOW - k['birth']).days / 365.25
        if k['gender'] == 'F' and age > 24 and rng.random() < 0.7:
            # married out: leaves the village; still in the 2016 shareholder list maybe
            k['leave'] = W.rdate(D(max(k['birth'].year + 20, 1995), 1, 1), D(max(k['birth'].year + 28, 2000), 12, 31))
            if k['leave'] > NOW:
                k['leave'] = None
            continue
        if age > 26 and rng.random() < 0.85:
            # own household: another floor, another building, or an estate flat
            hh = new_hh(W, 'local')
            hh1['members'].remove(k)
            hh['members'].append(k)
            k['hh'] = hh['hid']
            k['role'] = 'head'
            r = rng.random()
            if r < 0.45:
                did = W.building_room(home, floor=max(2, home['floors'] - 1 - i))
            elif r < 0.75:
                nb = W.new_building(vi, newv=not rural)
                nb['owner_hh'] = hh
                did = W.building_room(nb, floor=nb['floors'])
            else:
                did = W.estate_flat()
            start = D(rng.randint(max(k['birth'].year + 24, 1998), 2023), rng.randint(1, 12), 1)
            if start > NOW:
                start = NOW - dt.timedelta(days=200)
            hh['addr'].append((hh1['addr'][0][0], D(1995, 1, 1), start))
            hh['addr'].append((did, start, None))
            if k['gender'] == 'M':
                sy = k['birth'].year + rng.randint(-3, 4)
                r2 = rng.random()
                if r2 < 0.5:
                    sa, ss = rng.choice(['440306'] * 3 + area_codes('4419') + area_codes('4413') + area_codes('4408')), 'canton'
                elif r2 < 0.9:
                    sa, ss = origin_area(rng, ORIGIN_FAMILY), 'mainland'
                else:
                    sa, ss = None, 'hk'
                if ss == 'hk':
                    sp = make_hk_person(W, hh, 'spouse', 'F', sy, 'hk')
                    sp['cat'] = 'local_villager'
                    sp['arrive'] = D(max(sy + 22, 1995), 1, 1)
                else:
                    s3, g3 = mainland_name(rng, ss, 'F', sy, sur_pool=SUR_CANTON if ss == 'canton' else SUR_PROV[sa[:2]].split())
                    sp = new_person(W, 'local_villager', hh, 'spouse', 'F', W.rdate(D(sy, 1, 1), D(sy, 12, 31)), s3, g3,
                                    sa, ss, arrive=D(max(sy + 20, 1995), 1, 1))
                    if ss == 'mainland':
                        sp['cat'] = 'local_villager'
                set_spouses(k, sp)
                gk = add_kids(W, hh, k, sp, 'canton', '440306', 'local_villager', rng.choice([1, 2, 2, 3]),
                              k['birth'].year + 24, 2024, clan)
                # father and son with the same name: rare, seen in village ledgers
                if gk and rng.random() < 0.03:
                    sons = [x for x in gk if x['gender'] == 'M']
                    if sons:
                        sons[0]['given'] = k['given']
                        sons[0]['name'] = k['name']
                        sons[0]['tags'].append('same_name_as_father')
            if rng.random() < 0.35:
                hh['landline'] = W.landline()
            branches.append(hh)
    # buildings the family lets out: one or two more besides the home
    for _ in range(rng.choice([0, 1, 1, 2])):
        nb = W.new_building(vi, newv=(not rural and rng.random() < 0.4))
        nb['owner_hh'] = rng.choice([hh1] + branches)
    # grandparents look after grandchildren: carer links
    for e in (g1m, g1f):
        adult = [k for k in kids if k['leave'] is None and (NOW - k['birth']).days > 25 * 365]
        if adult:
            e['carer'] = rng.choice(adult)['pid']
    return hh1


def make_hk_person(W, hh, role, gender, year, region, surname=None, cat=None):
    rng = W.rng
    birth = W.rdate(D(year, 1, 1), D(year, 12, 31))
    if region == 'tw':
        st = surname or rng.choice(TW_SURNAMES)
        gt = rng.choice(GIVEN[('tw', gender, 0)])
    else:
        st = surname or rng.choice(HK_SURNAMES)
        gt = rng.choice(GIVEN[('hk', gender, 0)])
    p = new_person(W, cat or region, hh, role, gender, birth, to_simp(st), to_simp(gt), None, region)
    p['trad'] = st + gt
    if region == 'tw':
        p['roman'] = (TW_SUR.get(st, 'Lin'), [TW_GIV.get(c, 'Ming') for c in gt])
    else:
        sm, gm = (HK_SUR, HK_GIV) if region == 'hk' else (MO_SUR, MO_GIV)
        p['roman'] = (sm.get(st, 'Chan'), [gm.get(c, 'Man') for c in gt])
    if region in ('hk', 'mo') and rng.random() < 0.55:
        p['eng'] = rng.choice(ENG_M if gender == 'M' else ENG_F)
    if region == 'tw' and rng.random() < 0.3:
        p['eng'] = rng.choice(ENG_M if gender == 'M' else ENG_F)
    # documents
    if region == 'hk':
        p['docs']['hrp'] = 'H' + '%08d' % rng.randrange(10 ** 8)
        letter = rng.choice('ACDEGKPRYZ')
        dg = '%06d' % rng.randrange(10 ** 6)
        p['docs']['hkid'] = '%s%s(%s)' % (letter, dg, hkid_check(letter, dg))
    elif region == 'mo':
        p['docs']['hrp'] = 'M' + '%08d' % rng.randrange(10 ** 8)
    else:
        p['docs']['mtp'] = '%08d' % rng.randrange(10 ** 8)
    if rng.random() < (0.5 if region != 'tw' else 0.6) and year < 2008:
        pre = {'hk': '810000', 'mo': '820000', 'tw': '830000'}[region]
        p['id18'] = W.id18(pre, birth, gender)
        p['docs']['rp'] = p['id18']
    return p


def gen_local_urban(W):
    """people with Shenzhen hukou living in estates (bought flats); ID keeps the birthplace code"""
    rng = W.rng
    hh = new_hh(W, 'urban')
    hy = rng.randint(1962, 1994)
    canton = rng.random() < 0.3
    area = rng.choice(['440306', '440306'] + area_codes('4403')) if canton and rng.random() < 0.5 else origin_area(rng, ORIGIN_FAMILY)
    style = 'canton' if canton else 'mainland'
    pool = SUR_CANTON if canton else SUR_PROV[area[:2]].split()
    arrive = D(rng.randint(max(hy + 20, 1995), 2022), rng.randint(1, 12), 1)
    s, g = mainland_name(rng, style, 'M', hy, sur_pool=pool)
    h = new_person(W, 'local_urban', hh, 'head', 'M', W.rdate(D(hy, 1, 1), D(hy, 12, 31)), s, g, area, style, arrive=arrive)
    wy = hy + rng.randint(-2, 5)
    wa = area if rng.random() < 0.5 else origin_area(rng, ORIGIN_FAMILY)
    s2, g2 = mainland_name(rng, style, 'F', wy, sur_pool=pool)
    w = new_person(W, 'local_urban', hh, 'spouse', 'F', W.rdate(D(wy, 1, 1), D(wy, 12, 31)), s2, g2, wa, style, arrive=arrive)
    set_spouses(h, w)
    kids = add_kids(W, hh, h, w, style, '440306' if rng.random() < 0.6 else area, 'local_urban',
                    rng.choice([0, 1, 1, 2, 2]), hy + 24, 2024, s, arrive=arrive)
    if rng.random() < 0.25:
        gy = hy - rng.randint(24, 34)
        gsex = rng.choice('MF')
        gs, gg = mainland_name(rng, style, gsex, gy, surname=s if gsex == 'M' else None, sur_pool=pool)
        gp = new_person(W, 'local_urban', hh, 'elder', gsex,
                        W.rdate(D(gy, 1, 1), D(gy, 12, 31)), gs, gg, area, style,
                        arrive=W.rdate(arrive, NOW - dt.timedelta(days=100)))
        gp['carer'] = h['pid']
    d1 = W.estate_flat()
    if rng.random() < 0.3:
        mv = W.rdate(arrive + dt.timedelta(days=365), NOW - dt.timedelta(days=30))
        hh['addr'] = [(W.rental_uv(arrive), arrive, mv), (d1, mv, None)] if mv > arrive else [(d1, arrive, None)]
    else:
        hh['addr'] = [(d1, arrive, None)]
    if rng.random() < 0.15:
        hh['landline'] = W.landline()
    return hh


def gen_migrant_family(W):
    rng = W.rng
    hh = new_hh(W, 'migrant')
    area = origin_area(rng, ORIGIN_FAMILY)
    pool = SUR_PROV[area[:2]].split()
    hy = rng.randint(1968, 1998)
    arrive = D(rng.randint(max(hy + 18, 2003), 2023), rng.randint(1, 12), rng.randint(1, 28))
    if arrive > NOW:
        arrive = NOW - dt.timedelta(days=60)
    leave = None
    if rng.random() < 0.2:
        leave = W.rdate(max(arrive + dt.timedelta(days=200), D(2017, 1, 1)), NOW - dt.timedelta(days=30))
    s, g = mainland_name(rng, 'mainland', 'M', hy, sur_pool=pool)
    h = new_person(W, 'migrant', hh, 'head', 'M', W.rdate(D(hy, 1, 1), D(hy, 12, 31)), s, g, area, arrive=arrive, leave=leave)
    wy = hy + rng.randint(-2, 5)
    r = rng.random()
    wa = area if r < 0.65 else (rng.choice(area_codes(area[:2])) if r < 0.85 else origin_area(rng, ORIGIN_FAMILY))
    s2, g2 = mainland_name(rng, 'mainland', 'F', wy, sur_pool=SUR_PROV[wa[:2]].split())
    w = new_person(W, 'migrant', hh, 'spouse', 'F', W.rdate(D(wy, 1, 1), D(wy, 12, 31)), s2, g2, wa, arrive=arrive, leave=leave)
    set_spouses(h, w)
    # some kids are born in Shenzhen, some stay in the hometown (not in our data)
    kids = add_kids(W, hh, h, w, 'mainland', area, 'migrant', rng.choice([0, 1, 1, 2, 2, 2, 3]), hy + 21, 2024, s, arrive=arrive)
    for k in kids:
        k['leave'] = leave
        if k['birth'] < arrive and rng.random() < 0.35:
            k['arrive'] = W.rdate(arrive, NOW)   # joined later from the hometown
    # grandparents come to mind the children
    if kids and rng.random() < 0.3:
        for gs in (['M', 'F'] if rng.random() < 0.4 else [rng.choice('MF')]):
            gy = hy - rng.randint(22, 32)
            gsur = s if gs == 'M' else None
            gn = mainland_name(rng, 'mainland', gs, gy, surname=gsur, sur_pool=pool)
            gp = new_person(W, 'migrant', hh, 'elder', gs, W.rdate(D(gy, 1, 1), D(gy, 12, 31)), gn[0], gn[1], area,
                            arrive=W.rdate(arrive, NOW - dt.timedelta(days=60)), leave=leave)
            gp['carer'] = h['pid'] if rng.random() < 0.6 else w['pid']
    # housing history
    r = rng.random()
    kind = 'uv' if r < 0.62 else 'estate' if r < 0.77 else 'shop' if r < 0.9 else 'rural'
    t = arrive
    end = leave or NOW
    while t < end:
        if kind == 'uv':
            did = W.rental_uv(t)
        elif kind == 'rural':
            did = W.rental_uv(t, rural_pref=True)
        elif kind == 'estate':
            did = W.estate_flat()
        else:
            did = W.shop()
        dur = dt.timedelta(days=int(rng.expovariate(1 / 2200)) + 200)
        e = t + dur
        if e >= end:
            hh['addr'].append((did, t, leave))
            if leave:
                W.dwell[did]['free_from'] = leave
            break
        hh['addr'].append((did, t, e))
        W.dwell[did]['free_from'] = e
        t = e
        if rng.random() < 0.3:
            kind = rng.choice(['uv', 'estate', 'shop'])
    if rng.random() < 0.07:
        hh['landline'] = W.landline()
    # jobs: factory spells for some adults
    for a in (h, w):
        if rng.random() < 0.35:
            make_jobs(W, a, with_dorm=False)
    hh['is_sublandlord'] = rng.random() < 0.06 and kind == 'uv'
    return hh


def make_jobs(W, p, with_dorm):
    """employment spells; workers move dorm<->rental as they change factories"""
    rng = W.rng
    t = p['arrive']
    end = p['leave'] or NOW
    rental = None
    while t < end:
        fac = rng.randrange(len(FACTORIES))
        dur = dt.timedelta(days=int(rng.expovariate(1 / 560)) + 45)
        e = min(t + dur, end)
        p['jobs'].append((fac, t, e if e < NOW else None))
        if with_dorm:
            if rental is None and rng.random() < 0.28:
                rental = W.rental_uv(t)
            elif rental is not None and rng.random() < 0.3:
                W.dwell[rental]['free_from'] = t
                rental = None
            did = rental if rental is not None else W.dorm_room(fac)
            if p['addr'] and p['addr'][-1][0] == did:
                p['addr'][-1] = (did, p['addr'][-1][1], e if e < NOW else None)
            else:
                p['addr'].append((did, t, e if e < NOW else None))
        gap = dt.timedelta(days=rng.choice([0, 0, 3, 10, 30, 60]))
        t = e + gap
    if with_dorm and rental is not None and p['leave']:
        W.dwell[rental]['free_from'] = p['leave']


def gen_worker(W):
    rng = W.rng
    r = rng.random()
    area = origin_area(rng, ORIGIN_WORKER)
    g = 'M' if rng.random() < 0.55 else 'F'
    by = min(2007, max(1984, int(rng.gauss(1999, 5))))
    birth = W.rdate(D(by, 1, 1), D(by, 12, 31))
    arrive = W.rdate(max(D(2015, 1, 1), birth + dt.timedelta(days=int(16.3 * 365))), NOW - dt.timedelta(days=20))
    stay = dt.timedelta(days=int(rng.expovariate(1 / 900)) + 60)
    leave = arrive + stay if arrive + stay < NOW else None
    if area.startswith('5134') and rng.random() < 0.8:
        s, gvn = rng.choice(YI_SUR), rng.choice(YI_GIV[g])
        style = 'yi'
    else:
        s, gvn = mainland_name(rng, 'mainland', g, by, sur_pool=SUR_PROV[area[:2]].split())
        style = 'mainland'
    hh = new_hh(W, 'worker')
    p = new_person(W, 'worker', hh, 'single', g, birth, s, gvn, area, style, arrive=arrive, leave=leave)
    make_jobs(W, p, with_dorm=True)
    hh['addr'] = []
    return hh


def gen_hk_family(W):
    rng = W.rng
    region = rng.choices(['hk', 'mo', 'tw'], [6, 1, 2])[0]
    hh = new_hh(W, 'hkmotw')
    hy = rng.randint(1950, 1992)
    arrive = D(rng.randint(max(hy + 22, 2005), 2023), rng.randint(1, 12), 1)
    leave = W.rdate(arrive + dt.timedelta(days=300), NOW) if rng.random() < 0.25 else None
    h = make_hk_person(W, hh, 'head', 'M', hy, region)
    h['arrive'], h['leave'] = arrive, leave
    wy = hy + rng.randint(-2, 10)
    r = rng.random()
    if r < 0.45:
        w = make_hk_person(W, hh, 'spouse', 'F', wy, region)
        w['arrive'], w['leave'] = arrive, leave
        # married HK women of the older generation: husband's surname in front
        if region in ('hk', 'mo') and wy < 1968 and rng.random() < 0.5:
            w['married_name'] = h['trad'][:len(h['trad']) - len(to_trad(h['given']))] + w['trad']
    elif r < 0.85:
        wa = origin_area(rng, ORIGIN_FAMILY)
        s2, g2 = mainland_name(rng, 'mainland', 'F', wy, sur_pool=SUR_PROV[wa[:2]].split())
        w = new_person(W, 'migrant', hh, 'spouse', 'F', W.rdate(D(wy, 1, 1), D(wy, 12, 31)), s2, g2, wa,
                       arrive=arrive, leave=leave)
    else:
        w = None
    if w:
        set_spouses(h, w)
        n = rng.choice([0, 1, 1, 2])
        ky = max(hy + 25, 1990)
        for i in range(n):
            if ky > 2023:
                break
            g = rng.choice('MF')
            k = make_hk_person(W, hh, 'child', g, ky, region, surname=h['trad'][0] if region != 'tw' or True else None)
            if region == 'tw':
                k['trad'] = h['trad'][0] + k['trad'][1:]
                k['sur'] = h['sur']
                k['name'] = k['sur'] + k['given']
            else:
                k['trad'] = h['trad'][:len(h['trad']) - len(to_trad(h['given']))] + to_trad(k['given'])
                k['sur'] = h['sur']
                k['name'] = k['sur'] + k['given']
                k['roman'] = (h['roman'][0], k['roman'][1])
            k['arrive'], k['leave'] = max(k['birth'], arrive), leave
            k['father'], k['mother'] = h['pid'], w['pid']
            ky += rng.randint(2, 5)
    t = arrive
    hh['addr'] = [(W.estate_flat() if rng.random() < 0.85 else W.rental_uv(arrive), arrive, leave)]
    if rng.random() < 0.2 and not leave:
        mv = W.rdate(arrive + dt.timedelta(days=300), NOW)
        if mv < NOW:
            hh['addr'] = [(hh['addr'][0][0], arrive, mv), (W.estate_flat(), mv, None)]
    if region == 'tw' and rng.random() < 0.6:
        fac = rng.choice([i for i, f in enumerate(FACTORIES) if f[4]])
        h['jobs'].append((fac, arrive, leave))
    return hh


def gen_foreigner(W):
    rng = W.rng
    hh = new_hh(W, 'foreign')
    nat, num, pat, names = rng.choices(FOREIGN, FOREIGN_W)[0]
    cn, en, g = rng.choice(names)
    by = rng.randint(1960, 2000)
    birth = W.rdate(D(by, 1, 1), D(by, 12, 31))
    arrive = W.rdate(D(2012, 1, 1), D(2023, 6, 1))
    leave = arrive + dt.timedelta(days=rng.randint(700, 3500))
    leave = leave if leave < NOW else None
    p = new_person(W, 'foreign', hh, 'head', g, birth, '', cn, None, 'foreign', arrive=arrive, leave=leave)
    p['name'] = cn
    p['roman'] = en
    p['docs']['nat'] = nat
    pp = ''.join(str(rng.randrange(10)) if c == '#' else c for c in pat)
    p['docs']['passport'] = pp
    if rng.random() < 0.3:
        body = '9' + '44' + num + birth.strftime('%Y%m%d') + '%03d' % (rng.randrange(1, 500) * 2 - (g == 'M'))
        p['docs']['perm'] = body + check_char(body)
        p['id18'] = p['docs']['perm']
    if nat == 'VNM' and g == 'F' and rng.random() < 0.6:
        p['tags'].append('married_local')
    hh['addr'] = [(W.estate_flat() if rng.random() < 0.6 else W.rental_uv(arrive), arrive, leave)]
    if nat in ('KOR', 'JPN') and rng.random() < 0.6:
        p['jobs'].append((rng.randrange(len(FACTORIES)), arrive, leave))
    return hh


# ----- phones, addresses, landlords ----------------------------------------------------

def assign_phones(W):
    rng = W.rng
    for p in W.persons:
        age_now = (NOW - p['birth']).days / 365.25
        a = p['arrive']
        end = p['leave'] or p['died']
        st = p['style']
        if p['cat'] in ('hk', 'mo', 'tw') or st in ('hk', 'mo', 'tw'):
            reg = st if st in ('hk', 'mo', 'tw') else 'hk'
            if age_now >= 14:
                p['phones'].append([W.foreign_mobile(reg), a, end])
                if rng.random() < (0.6 if reg != 'tw' else 0.8):
                    p['phones'].append([W.mobile(1985), W.rdate(a, min(end or NOW, a + dt.timedelta(days=700))), end])
            continue
        own_from = p['birth'] + dt.timedelta(days=int(365.25 * rng.uniform(12.5, 17)))
        if age_now < 12.5:
            continue
        if p['birth'].year < 1950 and rng.random() < 0.5:
            continue  # old people without a phone
        start = max(a, own_from, D(2003, 1, 1))
        if start > (end or NOW):
            start = a
        stop = end
        nchg = 0
        r = rng.random()
        if p['cat'] == 'worker':
            nchg = 0 if r < 0.45 else 1 if r < 0.82 else 2
        else:
            nchg = 0 if r < 0.78 else 1 if r < 0.95 else 2
        cuts = sorted(W.rdate(start, stop or NOW) for _ in range(nchg))
        t = start
        for c in cuts + [stop]:
            p['phones'].append([W.mobile(p['birth'].year), t, c])
            t = c
    # recycled numbers: an old number given to someone who arrives later
    old = [(p, ph) for p in W.persons for ph in p['phones']
           if ph[0][0] == 'cn' and ph[2] is not None and ph[2] < D(2021, 3, 1)]
    newcomers = [p for p in W.persons if p['phones'] and p['phones'][0][0][0] == 'cn'
                 and p['phones'][0][1] > D(2021, 9, 1)]
    rng.shuffle(old)
    rng.shuffle(newcomers)
    k = min(len(old), len(newcomers), max(1, len(W.persons) // 120))
    for (po, ph), pn in zip(old[:k], newcomers[:k]):
        if po is pn:
            continue
        pn['phones'][0][0] = ph[0]
        pn['tags'].append('recycled_phone_from:' + po['pid'])
        po['tags'].append('phone_recycled_to:' + pn['pid'])


def finish_addresses(W):
    """persons inherit household addresses clipped to their presence"""
    for hh in W.households:
        if not hh['addr']:
            continue
        for p in hh['members']:
            if p['addr']:
                continue
            a, l = p['arrive'], p['leave'] or p['died']
            for did, s, e in hh['addr']:
                s2 = max(s, a)
                e2 = e if l is None else (l if e is None else min(e, l))
                if e2 is not None and e2 <= s2:
                    continue
                p['addr'].append((did, s2, e2))
            if not p['addr']:
                did, s, e = hh['addr'][-1]
                p['addr'].append((did, a, l))
    for p in W.persons:
        p['landline'] = None
    for hh in W.households:
        for p in hh['members']:
            p['landline'] = hh['landline']


def assign_landlords(W):
    rng = W.rng
    pid = {p['pid']: p for p in W.persons}
    sublandlords = [hh for hh in W.households if hh.get('is_sublandlord')]
    local_by_vil = {}
    for b in W.buildings:
        if b['owner_hh'] is not None:
            local_by_vil.setdefault(b['vil'], []).append(b['owner_hh'])
    for b in W.buildings:
        r = rng.random()
        own = b['owner_hh']
        if own is None and local_by_vil.get(b['vil']) and rng.random() < 0.8:
            own = rng.choice(local_by_vil[b['vil']])
            b['owner_hh'] = own
        if own is not None and r < 0.75:
            heads = [p for p in own['members'] if p['phones'] and p['died'] is None]
            if heads:
                b['landlord'] = heads[0]['pid']
                continue
        if sublandlords and r < 0.92:
            s = rng.choice(sublandlords)
            if s['members'][0]['phones']:
                b['landlord'] = s['members'][0]['pid']
                b['sublet'] = True
                continue
        # owner who lives elsewhere (often Hong Kong): only a phone
        b['ext_phone'] = W.foreign_mobile('hk') if rng.random() < 0.35 else W.mobile(1960)
    W.pid = pid


def phone_at(p, t, prefer='cn'):
    cands = [ph for ph in p['phones'] if ph[1] <= t and (ph[2] is None or t < ph[2])]
    if not cands:
        # nearest earlier phone (a ledger copies what it had), else none
        prev = [ph for ph in p['phones'] if ph[1] <= t]
        cands = prev[-1:] if prev else []
    if not cands:
        return None
    for ph in cands:
        if ph[0][0] == prefer:
            return ph[0]
    return cands[0][0]


def current_phone(p):
    return phone_at(p, NOW)


def addr_at(p, t):
    best = None
    for did, s, e in p['addr']:
        if s <= t and (e is None or t < e):
            return did
        if s <= t:
            best = did
    if best is None and p['addr']:
        best = p['addr'][0][0]
    return best


def prev_addr(p, t):
    cur = addr_at(p, t)
    olds = [did for did, s, e in p['addr'] if e is not None and e <= t and did != cur]
    return olds[-1] if olds else None


def landlord_phone(W, did, t):
    d = W.dwell[did]
    b = d.get('b')
    if b is None:
        if d['kind'] == 'dorm':
            return None
        # flat or shop owner who does not live here (often a Hong Kong owner)
        if 'owner_phone' not in d:
            d['owner_phone'] = W.foreign_mobile('hk') if W.rng.random() < 0.2 else W.mobile(1965)
        return d['owner_phone']
    if b['landlord']:
        lp = W.pid[b['landlord']]
        return phone_at(lp, t) or current_phone(lp)
    return b['ext_phone']


def build_world(n, seed):
    rng = random.Random(seed)
    W = World(rng)
    kinds = ['local', 'urban', 'migrant', 'worker', 'hk', 'foreign']
    weights = [0.011, 0.020, 0.115, 0.335, 0.016, 0.005]
    gens = {'local': gen_local_lineage, 'urban': gen_local_urban, 'migrant': gen_migrant_family,
            'worker': gen_worker, 'hk': gen_hk_family, 'foreign': gen_foreigner}
    while len(W.persons) < n:
        k = rng.choices(kinds, weights)[0]
        if len(W.persons) > n - 12:
            k = 'worker'
        gens[k](W)
    finish_addresses(W)
    # a few same-name people in the same building (common names are frequent anyway)
    for p in W.persons:
        if p['addr'] and p['cat'] in ('migrant', 'worker') and p['role'] in ('single', 'head', 'spouse') \
                and rng.random() < 0.006:
            d = W.dwell[p['addr'][0][0]]
            if 'b' not in d:
                continue
            others = [q for q in W.persons[max(0, int(p['pid'][1:]) - 400):int(p['pid'][1:]) + 400]
                      if q is not p and q['gender'] == p['gender'] and q['addr'] and q['hh'] != p['hh']
                      and q['style'] == 'mainland' and p['style'] == 'mainland' and 'b' in W.dwell[q['addr'][0][0]]
                      and W.dwell[q['addr'][0][0]]['b'] is d['b']]
            if others:
                q = others[0]
                p['sur'], p['given'], p['name'] = q['sur'], q['given'], q['name']
                p['tags'].append('same_name_same_building:' + q['pid'])
    assign_phones(W)
    assign_landlords(W)
    # party members and veterans
    for p in W.persons:
        age = (NOW - p['birth']).days / 365.25
        if age >= 20 and p['cat'] in ('local_villager', 'local_urban', 'migrant', 'worker'):
            base = 0.16 if p['cat'].startswith('local') else 0.05
            p['party'] = rng.random() < base * (1.3 if p['gender'] == 'M' else 0.7)
            p['veteran'] = p['gender'] == 'M' and rng.random() < 0.025
    return W


# ---------------------------------------------------------------------------
# rendering: names
# ---------------------------------------------------------------------------

def pick(rng, d):
    """choose a key of a {key: weight} dict"""
    ks = list(d)
    return rng.choices(ks, [d[k] for k in ks])[0]


def age_at(p, t):
    return (t - p['birth']).days / 365.25


def roman_str(p, form):
    sur, giv = p['roman']
    if p['style'] == 'tw':
        if form == 'roman_upper':
            return (sur + ' ' + '-'.join(giv)).upper()
        if form == 'roman_comma':
            return (sur + ', ' + '-'.join(giv)).upper()
        return sur + ' ' + '-'.join(giv).capitalize()
    if form == 'roman_upper':
        return (sur + ' ' + ' '.join(giv)).upper()
    if form == 'roman_hk':
        return sur.upper() + ' ' + ' '.join(giv)
    if form == 'roman_hyphen':
        return sur + ' ' + '-'.join(giv).capitalize()
    if form == 'roman_comma':
        return sur.upper() + ', ' + ' '.join(giv)
    if form == 'roman_eng':
        return (sur + ' ' + ' '.join(giv)).upper() + (' ' + p['eng'].upper() if p['eng'] else '')
    return sur + ' ' + ' '.join(giv)


HK_FORMS_OFFICIAL = {'simp': 50, 'trad': 30, 'simp_eng': 5, 'trad_eng': 5, 'roman_upper': 5, 'eng_sur': 5}


def name_official(W, p, tags, hk_forms=None, fo_forms=None):
    rng = W.rng
    st = p['style']
    if st in ('hk', 'mo', 'tw'):
        f = pick(rng, hk_forms or HK_FORMS_OFFICIAL)
        if f.startswith('roman') or f == 'eng_sur' or f == 'married':
            if f == 'eng_sur' and not p['eng']:
                f = 'roman_hk' if st != 'tw' else 'roman'
            if f == 'married' and not p.get('married_name'):
                f = 'trad'
        if f == 'trad' and p.get('married_name') and rng.random() < 0.3:
            f = 'married'
        tags.append('name:' + f) if f not in ('simp',) else None
        if f == 'simp':
            return p['name']
        if f == 'trad':
            return p['trad']
        if f == 'married':
            return p['married_name']
        if f == 'simp_eng':
            return p['name'] + (' ' + p['eng'] if p['eng'] else '')
        if f == 'trad_eng':
            return p['trad'] + (' ' + p['eng'] if p['eng'] else '')
        if f == 'eng_sur':
            return p['eng'] + ' ' + p['roman'][0]
        return roman_str(p, f)
    if st == 'foreign':
        f = pick(rng, fo_forms or {'cn': 60, 'passport': 40})
        tags.append('name:' + f)
        if f == 'cn':
            return p['name']
        if f == 'title':
            return p['roman'].title()
        return p['roman']
    return p['name']


def name_title(W, p, t, tags):
    """Cantonese forms of address: 陈生 陈小姐 陈太 李姨 黄姐 张哥 梁叔 何伯"""
    rng = W.rng
    a = age_at(p, t)
    sur = p['sur'] if p['style'] not in ('hk', 'mo', 'tw') or rng.random() < 0.6 else p['trad'][:len(p['sur'])]
    if p['style'] == 'foreign':
        sur = p['name'][0]
    if p['gender'] == 'M':
        opts = {'生': 50, '先生': 20, '哥': 15 if 20 < a < 45 else 2, '叔': 20 if a >= 45 else 0,
                '伯': 20 if a >= 65 else 0, '老板': 4}
    else:
        opts = {'小姐': 35 if a < 40 else 5, '姐': 20 if 25 < a < 55 else 4, '太': 15 if p['spouse'] else 0,
                '女士': 20, '姨': 25 if a >= 45 else 0, '美女': 4 if a < 35 else 0}
    suf = pick(rng, opts)
    tags.append('name:title')
    if rng.random() < 0.12 and len(p['given']) >= 1 and p['style'] in ('mainland', 'canton'):
        return '阿' + p['given'][-1]
    return sur + suf


def name_nick(W, p, tags):
    rng = W.rng
    tags.append('name:nickname')
    r = rng.random()
    g = p['given'] or p['name']
    if r < 0.35:
        return rng.choice(NICK)
    if r < 0.55:
        return rng.choice(['阿', '小', '']) + g[-1] + rng.choice(['', '', '🌸', '😊', '~', '姐', '哥'])
    if r < 0.7 and p['eng']:
        return p['eng']
    if r < 0.85:
        return p['name'] + rng.choice(['🌙', '✨', '(沙井)', '-宝妈', '🍀', ''])
    return rng.choice(['老', '小']) + p['name'][0]


def name_noise(W, name, tags, homo=0.0, look=0.0, trad=0.0, space=0.0, drop=0.0, simp=0.0):
    rng = W.rng
    if not name or not ('\u4e00' <= name[0] <= '\u9fff'):
        return name
    chars = list(name)
    if rng.random() < homo:
        idx = [i for i, c in enumerate(chars) if c in HOMO and HOMO[c]]
        if idx:
            # given-name characters are misheard far more often than surnames
            gi = [i for i in idx if i > 0] or idx
            i = rng.choice(gi if rng.random() < 0.85 else idx)
            chars[i] = rng.choice(HOMO[chars[i]])
            tags.append('name:homophone')
    if rng.random() < look:
        idx = [i for i, c in enumerate(chars) if c in LOOK]
        if idx:
            i = rng.choice(idx)
            chars[i] = rng.choice(LOOK[chars[i]])
            tags.append('name:lookalike')
    name = ''.join(chars)
    if rng.random() < trad:
        t2 = to_trad(name)
        if t2 != name:
            name = t2
            tags.append('name:traditional')
    if rng.random() < simp:
        s2 = to_simp(name)
        if s2 != name:
            name = s2
            tags.append('name:simplified')
    if rng.random() < drop and len(name) >= 3:
        i = rng.randrange(1, len(name))
        name = name[:i] + name[i + 1:]
        tags.append('name:char_dropped')
    if rng.random() < space and len(name) == 2:
        name = name[0] + rng.choice(['\u3000', ' ', '  ']) + name[1]
        tags.append('name:space')
    return name


# ---------------------------------------------------------------------------
# rendering: identity numbers
# ---------------------------------------------------------------------------

def relatives(W, p):
    out = []
    for k in ('spouse', 'father', 'mother', 'twin'):
        if p[k]:
            out.append(W.pid[p[k]])
    out += W.children.get(p['pid'], [])
    return [q for q in out if q['id18'] and q['style'] in ('mainland', 'canton', 'yi')]


def id_raw(W, p, tags, use15=0.0, hk=None, fo=None):
    rng = W.rng
    st = p['style']
    if st in ('hk', 'mo', 'tw'):
        opts = dict(hk or {'rp': 60, 'hrp': 40})
        d = p['docs']
        if 'rp' not in d:
            opts.pop('rp', None)
        if 'hkid' not in d:
            opts.pop('hkid', None)
        if st == 'tw':
            opts = {'rp': opts.get('rp', 0), 'mtp': sum(v for k, v in opts.items() if k != 'rp')}
            if 'rp' not in d:
                opts.pop('rp')
        elif 'hrp' not in d:
            opts.pop('hrp', None)
        if not opts or sum(opts.values()) == 0:
            return ''
        k = pick(rng, opts)
        tags.append('id:' + k)
        v = d[k]
        if k == 'hrp' and rng.random() < 0.15:
            v += '%02d' % rng.randint(0, 3)   # old 11-character card number
            tags.append('id:hrp_old11')
        if k == 'hkid' and rng.random() < 0.3:
            v = v.replace('(', '').replace(')', '')
        return v
    if st == 'foreign':
        opts = dict(fo or {'perm': 40, 'passport': 50, 'none': 10})
        if 'perm' not in p['docs']:
            opts.pop('perm', None)
        k = pick(rng, opts)
        tags.append('id:' + k)
        return p['docs'].get(k, '')
    if p['id15'] and rng.random() < use15:
        tags.append('id:old15')
        return p['id15']
    return p['id18']


def id_noise(W, p, v, tags, r):
    """r: dict of rates: transpose wrong missing extra lowerx fullwidth spaces masked family excel apos"""
    rng = W.rng
    if not v:
        return v
    if rng.random() < r.get('family', 0):
        rel = relatives(W, p)
        if rel:
            v = rng.choice(rel)['id18']
            tags.append('id:family_member')
    digits = v.isdigit() or (v[:-1].isdigit() and v[-1] == 'X')
    if not digits:
        return v
    lo = 6 if len(v) >= 15 else 1
    if rng.random() < r.get('transpose', 0) and len(v) > lo + 2:
        i = rng.randrange(lo, len(v) - 2)
        if v[i] != v[i + 1]:
            v = v[:i] + v[i + 1] + v[i] + v[i + 2:]
            tags.append('id:transposed')
    if rng.random() < r.get('wrong', 0):
        i = rng.randrange(0, len(v) - 1)
        v = v[:i] + rng.choice([c for c in '0123456789' if c != v[i]]) + v[i + 1:]
        tags.append('id:digit_wrong')
    if rng.random() < r.get('missing', 0):
        i = rng.randrange(0, len(v))
        v = v[:i] + v[i + 1:]
        tags.append('id:digit_missing')
    if rng.random() < r.get('extra', 0):
        i = rng.randrange(0, len(v))
        v = v[:i] + str(rng.randrange(10)) + v[i:]
        tags.append('id:digit_extra')
    if rng.random() < r.get('masked', 0):
        m = rng.choice([(6, 4), (6, 4), (4, 4), (3, 4), (1, 1), (10, 0)])
        keep_end = v[-m[1]:] if m[1] else ''
        v = v[:m[0]] + '*' * (len(v) - m[0] - m[1]) + keep_end
        tags.append('id:masked')
        return v
    if rng.random() < r.get('excel', 0) and v.isdigit() and len(v) == 18:
        if rng.random() < 0.5:
            v = v[0] + '.' + v[1:15].rstrip('0') + 'E+17'
            tags.append('id:excel_scientific')
        else:
            v = v[:15] + '000'
            tags.append('id:excel_precision_lost')
        return v
    if v.endswith('X') and rng.random() < r.get('lowerx', 0):
        v = v[:-1] + 'x'
        tags.append('id:lower_x')
    if rng.random() < r.get('spaces', 0):
        v = v[:6] + ' ' + v[6:14] + ' ' + v[14:] if len(v) >= 15 else v
        tags.append('id:spaces')
    if rng.random() < r.get('fullwidth', 0):
        v = fullwidth(v)
        tags.append('id:fullwidth')
    if rng.random() < r.get('apos', 0):
        v = "'" + v
        tags.append('id:apostrophe')
    return v


def id_birth_gender(v):
    """what a registry derives from the number typed in"""
    s = v.strip().upper()
    try:
        if len(s) == 18 and s[:17].isdigit():
            b = D(int(s[6:10]), int(s[10:12]), int(s[12:14]))
            return b, ('M' if int(s[16]) % 2 else 'F')
        if len(s) == 15 and s.isdigit():
            b = D(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
            return b, ('M' if int(s[14]) % 2 else 'F')
    except ValueError:
        pass
    return None, None


# ---------------------------------------------------------------------------
# rendering: phones
# ---------------------------------------------------------------------------

def family_phone(W, p, t):
    """the phone a family member would give for this person"""
    rng = W.rng
    cands = []
    a = age_at(p, t)
    if a < 16:
        for k in ('mother', 'father', 'mother'):
            if p[k]:
                cands.append(W.pid[p[k]])
        if not cands and p['carer']:
            cands.append(W.pid[p['carer']])
    elif a >= 60 and p['carer']:
        cands.append(W.pid[p['carer']])
    elif p['spouse']:
        cands.append(W.pid[p['spouse']])
    if not cands:
        hh_members = [q for q in W.hh_members.get(p['hh'], []) if q is not p and q['phones']]
        cands = hh_members[:2]
    rng.shuffle(cands)
    for q in cands:
        ph = phone_at(q, t)
        if ph:
            return ph
    return None


def choose_phone(W, p, t, tags, w, prefer='cn'):
    """w: weights for own / family / landlord / landline / carer / stale / empty"""
    rng = W.rng
    order = [pick(rng, w), 'own', 'family', 'landline']
    for k in order:
        if k == 'empty':
            return None
        if k == 'own':
            ph = phone_at(p, t, prefer)
        elif k == 'stale':
            olds = [x for x in p['phones'] if x[2] is not None and x[2] <= t and x[0][0] == 'cn']
            ph = olds[-1][0] if olds else None
        elif k == 'family':
            ph = family_phone(W, p, t)
        elif k == 'carer':
            ph = phone_at(W.pid[p['carer']], t) if p['carer'] else None
        elif k == 'landlord':
            did = addr_at(p, t)
            ph = landlord_phone(W, did, t) if did is not None else None
        elif k == 'landline':
            ph = p['landline']
        else:
            ph = None
        if ph:
            if k != 'own':
                tags.append('phone:' + k)
            elif order[0] != 'own':
                tags.append('phone:own_fallback')
            return ph
    return None


def phone_str(W, ph, tags, fmt=None, noise=None):
    rng = W.rng
    if ph is None:
        return ''
    kind, n = ph
    noise = noise or {}
    # digit errors first (typed in)
    if kind == 'cn' and rng.random() < noise.get('wrong', 0):
        i = rng.randrange(3, 11)
        n = n[:i] + rng.choice([c for c in '0123456789' if c != n[i]]) + n[i + 1:]
        tags.append('phone:digit_wrong')
    if rng.random() < noise.get('transpose', 0):
        i = rng.randrange(3 if kind == 'cn' else 1, len(n) - 1)
        if n[i] != n[i + 1]:
            n = n[:i] + n[i + 1] + n[i] + n[i + 2:]
            tags.append('phone:transposed')
    if rng.random() < noise.get('missing', 0):
        i = rng.randrange(1, len(n))
        n = n[:i] + n[i + 1:]
        tags.append('phone:digit_missing')
    if kind == 'cn':
        if rng.random() < noise.get('masked', 0) and len(n) == 11:
            tags.append('phone:masked')
            return n[:3] + '****' + n[7:]
        if rng.random() < noise.get('tail4', 0):
            tags.append('phone:last4_only')
            return rng.choice(['尾号', '手机尾号', '']) + n[-4:]
        f = pick(rng, fmt or {'plain': 1})
        if f != 'plain':
            tags.append('phone:fmt_' + f)
        if len(n) != 11:
            f = 'plain'
        s = {'plain': n, 'dash': n[:3] + '-' + n[3:7] + '-' + n[7:], 'space': n[:3] + ' ' + n[3:7] + ' ' + n[7:],
             'p86': '+86 ' + n, 'p86n': '+86' + n, 'p86d': '86-' + n, 'dash2': n[:3] + '-' + n[3:],
             'fullwidth': fullwidth(n), 'note': n + rng.choice(['(微信同号)', '（本人）', '/微信', ' 本人'])}[f]
        return s
    if kind == 'll':
        f = rng.choice(['0755-N', '0755N', '(0755)N', 'N', '0755 N4', '+86 755 N4', '0755-N4d', '（0755）N'])
        tags.append('phone:landline_fmt')
        a, b = n[:4], n[4:]
        return (f.replace('N4d', a + '-' + b).replace('N4', a + ' ' + b).replace('N', n))
    if kind == 'hk':
        f = rng.choice(['+852 A B', '852-N', 'N', '(852)N', '00852 N', '+852-A-B', '852 A B', '+852N'])
    elif kind == 'mo':
        f = rng.choice(['+853 A B', '853-N', 'N', '00853 N', '+853N'])
    else:
        f = rng.choice(['+886 9XX', '0N', '886-N', '+886N', '0N3'])
        tags.append('phone:tw_fmt')
        if f == '+886 9XX':
            return '+886 %s %s %s' % (n[:3], n[3:6], n[6:])
        if f == '0N3':
            return '0%s-%s-%s' % (n[:3], n[3:6], n[6:])
        return f.replace('N', n)
    tags.append('phone:' + kind + '_fmt')
    return f.replace('A', n[:4]).replace('B', n[4:]).replace('N', n)


def two_phones(W, p, t, s, tags, rate):
    """some forms carry two numbers in one field"""
    rng = W.rng
    if s and rng.random() < rate:
        others = [x[0] for x in p['phones'] if x[0][0] == 'cn' and x[0][1] not in s]
        ph2 = others[-1] if others else (p['landline'] or family_phone(W, p, t))
        if ph2:
            tags.append('phone:two_numbers')
            return s + rng.choice(['/', '、', ' ', '，']) + phone_str(W, ph2, tags)
    return s


# ---------------------------------------------------------------------------
# rendering: dates and gender
# ---------------------------------------------------------------------------

def lunar_shift(d, rng):
    return d - dt.timedelta(days=rng.randint(20, 50))


def date_str(W, d, tags, fmt, noise=None):
    rng = W.rng
    noise = noise or {}
    if d is None:
        return ''
    if rng.random() < noise.get('lunar', 0):
        d = lunar_shift(d, rng)
        tags.append('birth:lunar_calendar')
    if rng.random() < noise.get('wrong', 0):
        try:
            d = d.replace(day=rng.randint(1, 28)) if rng.random() < 0.5 else d.replace(year=d.year + rng.choice([-1, 1]))
        except ValueError:
            pass
        tags.append('birth:wrong')
    f = pick(rng, fmt)
    y, m, dd = d.year, d.month, d.day
    if f == 'dmy_swapped' and dd > 12:
        f = 'iso'
    if f not in ('iso',):
        tags.append('birth:' + f)
    return {'iso': '%d-%02d-%02d' % (y, m, dd), 'slash': '%d/%d/%d' % (y, m, dd), 'slash0': '%d/%02d/%02d' % (y, m, dd),
            'dot': '%d.%d.%d' % (y, m, dd), 'dot0': '%d.%02d.%02d' % (y, m, dd), 'yy': '%02d年%d月%d日' % (y % 100, m, dd),
            'cn': '%d年%d月%d日' % (y, m, dd), 'cn0': '%d年%02d月%02d日' % (y, m, dd), 'compact': '%d%02d%02d' % (y, m, dd),
            'ym': '%d-%02d' % (y, m), 'ymdot': '%d.%02d' % (y, m), 'ymcn': '%d年%d月' % (y, m), 'y': '%d' % y,
            'dmy': '%02d/%02d/%d' % (dd, m, y), 'excel': '%d/%d/%d 0:00' % (y, m, dd),
            'dmy_swapped': '%d-%02d-%02d' % (y, dd, m)}[f]


def gender_str(W, g, tags, fmt, wrong=0.0):
    rng = W.rng
    if g is None:
        return ''
    if rng.random() < wrong:
        g = 'F' if g == 'M' else 'M'
        tags.append('gender:wrong')
    f = pick(rng, fmt)
    return {'cn': {'M': '男', 'F': '女'}, 'num': {'M': '1', 'F': '2'}, 'mf': {'M': 'M', 'F': 'F'},
            'cnx': {'M': '男性', 'F': '女性'}, 'mfl': {'M': 'm', 'F': 'f'}}[f][g]


# ---------------------------------------------------------------------------
# rendering: addresses
# ---------------------------------------------------------------------------

PREFIX = {'': '', 'sj': '沙井', 'sjjd': '沙井街道', 'ba': '宝安区沙井街道', 'sz': '深圳市宝安区沙井街道',
          'gd': '广东省深圳市宝安区沙井街道', 'old': None, 'short': None}


def prefix_str(rng, k):
    if k == 'old':
        return rng.choice(['宝安县沙井镇', '宝安区沙井镇', '宝安区沙井镇', '沙井镇', '沙井镇', '沙井镇', '深圳市宝安区沙井镇'])
    if k == 'short':
        return rng.choice(['宝安沙井', '深圳宝安沙井', '深圳沙井', '宝安区沙井'])
    return PREFIX[k]


def core_addr(W, d, level, rng, standard=False):
    k = d['kind']
    if k in ('uv', 'newv', 'rural'):
        b = d['b']
        vil = b['vil']
        V = vil[:-1]
        rc = '%d%02d' % (d['floor'], d['room'])
        if k == 'uv':
            fang, lane, no = b['fang'], b['lane'], b['no']
            if level == 'full':
                if standard:
                    return '%s%s%d巷%d号%s房' % (vil, fang, lane, no, rc)
                return rng.choices([
                    '%s%s%d巷%d号%s房' % (vil, fang, lane, no, rc), '%s%s%d巷%d号%s' % (vil, fang, lane, no, rc),
                    '%s%s%s巷%d号%s房' % (vil, fang, cn_num(lane), no, rc), '%s%s%d巷%d号%s' % (V, fang, lane, no, rc),
                    '%s%d巷%d号%s' % (vil, lane, no, rc), '%s%s%d巷%d号%d楼%s' % (vil, fang, lane, no, d['floor'], rc),
                    '%s%s%d巷%d号%d楼%d房' % (vil, fang, lane, no, d['floor'], d['room']),
                    '%s%s%d巷%d号%s室' % (vil, fang, lane, no, rc), '%s%s%d-%d-%s' % (vil, fang, lane, no, rc),
                    '%s%s%d巷%d栋%s' % (vil, fang, lane, no, rc)], [30, 20, 8, 8, 8, 6, 4, 6, 3, 4])[0]
            if level == 'bldg':
                return rng.choice(['%s%s%d巷%d号' % (vil, fang, lane, no), '%s%d巷%d号' % (vil, lane, no),
                                   '%s%s%d巷%d栋' % (vil, fang, lane, no)])
            if level == 'area':
                return rng.choice([vil, vil + fang, V + '旧村', vil])
            if level == 'vague':
                return rng.choice([vil + '委会旁', vil + '牌坊旁', V + '市场附近', vil + '祠堂后面', vil + fang + '公园旁'])
            if level == 'room':
                return rng.choice([rc + '房', '%d号%s' % (no, rc), '%d巷%d号%s' % (lane, no, rc), rc])
        if k == 'newv':
            z, lane, no = b['zone'], b['lane'], b['no']
            if level == 'full':
                if standard:
                    return '%s新村%s%d巷%d号%s房' % (V, z, lane, no, rc)
                return rng.choices([
                    '%s新村%s%d巷%d号%s房' % (V, z, lane, no, rc), '%s新村%s%d巷%d号%s' % (V, z, lane, no, rc),
                    '%s新村%s%d巷%d号%s' % (V, z[0], lane, no, rc), '%s新村%s%s巷%d号%s' % (V, z, cn_num(lane), no, rc),
                    '%s新村%s%d巷%d号' % (V, z, lane, no), '%s%s新村%d巷%d号%s' % (V, z[0], lane, no, rc)],
                    [30, 25, 10, 8, 20, 7])[0]
            if level == 'bldg':
                return rng.choice(['%s新村%s%d巷%d号' % (V, z, lane, no), '%s新村%d巷%d号' % (V, lane, no)])
            if level == 'area':
                return rng.choice([V + '新村', vil, V + '新村' + z])
            if level == 'vague':
                return rng.choice([V + '新村' + z, vil + '委会旁', V + '新村牌坊'])
            if level == 'room':
                return rng.choice(['%d巷%d号%s' % (lane, no, rc), rc + '房', '%d号%s' % (no, rc)])
        # rural / fishing village, villager groups 社
        she, no = b['she'], b['no']
        room = '' if d['floor'] == b['floors'] and d['room'] == 1 else rc + '房'
        if level == 'full':
            if standard:
                return '%s%s社%d号%s' % (vil, cn_num(she), no, room)
            return rng.choices([
                '%s%s社%d号%s' % (vil, cn_num(she), no, room), '%s第%s村民小组%d号%s' % (vil, cn_num(she), no, room),
                '%s%d队%d号%s' % (vil, she, no, room), '%s%s社%d号%s' % (V, cn_num(she), no, room),
                '%s%d社%d号' % (vil, she, no)], [35, 15, 15, 20, 15])[0]
        if level == 'bldg':
            return '%s%s社%d号' % (vil, cn_num(she), no)
        if level == 'area':
            return rng.choice(['%s%s社' % (vil, cn_num(she)), '%s%s社经济合作社' % (V, cn_num(she)), vil,
                               '%s股份合作公司' % V])
        if level == 'vague':
            return rng.choice([vil + '委会旁', V + '码头附近', V + '蚝场旁'])
        return '%d号%s' % (no, room)
    if k == 'estate':
        name, com, scheme, ustyle, road, rno, nb, nf = ESTATES[d['e']]
        b, fl, fu, u = d['bld'], d['floor'], d['flat'], d['unit_no']
        fc = '%d%02d' % (fl, fu) if ustyle == 'num' else '%d%s' % (fl, 'ABCDEFGH'[fu - 1])
        if scheme == 'dong_unit':
            B = 'ABCDEF'[b - 1]
            bl = '%s栋%d单元' % (B, u)
            fulls = ['%s%s栋%d单元%s房' % (name, B, u, fc), '%s%s座%d单元%s' % (name, B, u, fc),
                     '%s%s-%d-%s' % (name, B, u, fc), '%s%s栋%s' % (name, B, fc), '%s%s栋%d单元%s' % (name, B.lower(), u, fc),
                     '%s%s栋%d单元%d楼%d号' % (name, B, u, fl, fu)]
            rooms = ['%s栋%s' % (B, fc), '%s-%d-%s' % (B, u, fc), fc, '%s座%s' % (B, fc)]
        elif scheme == 'zuo':
            bl = '%d座' % b
            fulls = ['%s%d座%s' % (name, b, fc), '%s%d座%s房' % (name, b, fc), '%s%d栋%s' % (name, b, fc),
                     '%s%s座%s' % (name, cn_num(b), fc), '%s%d-%s' % (name, b, fc)]
            if ustyle == 'letter':
                fulls += ['%s%d座%d楼%s室' % (name, b, fl, fc[-1]), '%s%d座%d%02d' % (name, b, fl, fu)]
            else:
                fulls += ['%s%d座%d楼%02d室' % (name, b, fl, fu), '%s%s座%d楼%02d' % (name, cn_num(b), fl, fu)]
            rooms = ['%d座%s' % (b, fc), '%d-%s' % (b, fc), fc, '%d栋%s' % (b, fc)]
        else:
            bl = '%d栋' % b
            fulls = ['%s%d栋%s' % (name, b, fc), '%s%d幢%s室' % (name, b, fc), '%s%d-%s' % (name, b, fc),
                     '%s%s栋%s' % (name, cn_num(b), fc), '%s%d栋%s房' % (name, b, fc)]
            rooms = ['%d栋%s' % (b, fc), '%d-%s' % (b, fc), fc]
        if level == 'full':
            if standard:
                return fulls[0]
            return rng.choices(fulls, [40] + [60 / (len(fulls) - 1)] * (len(fulls) - 1))[0]
        if level == 'bldg':
            return name + bl
        if level == 'area':
            return rng.choice([name, name, '沙井' + name, name[:2]])
        if level == 'road':
            return rng.choice(['%s%d号%s%s' % (road, rno, name, rooms[0]), '%s%d号%s' % (road, rno, rooms[0]),
                               '%s%d号%s' % (road, rno, name)])
        if level == 'vague':
            return rng.choice([name + '附近', road + name, name + '对面'])
        return rng.choice(rooms)
    if k == 'dorm':
        sn, off, zi, nbd, tw = FACTORIES[d['fac']]
        Z = ZONES[zi][0]
        b, fl, r = d['bld'], d['floor'], d['room']
        rc = '%d%02d' % (fl, r)
        if level == 'full':
            if standard:
                return '%s%s宿舍%d栋%s' % (Z, sn, b, rc)
            return rng.choices(['%s%s宿舍%d栋%d楼%s' % (Z, sn, b, fl, rc), '%s宿舍%d栋%s' % (sn, b, rc),
                                '%s宿舍%d栋%s' % (Z, b, rc), '%s宿舍%d栋%s房' % (off, b, rc),
                                '%s%s%d号宿舍%s' % (Z, sn, b, rc), '%s宿舍楼%d栋%d楼%s室' % (sn, b, fl, rc),
                                '%s%s宿舍%d栋%s' % (Z, sn, b, rc)], [25, 20, 10, 10, 8, 7, 20])[0]
        if level == 'bldg':
            return rng.choice(['%s宿舍%d栋' % (sn, b), '%s%s宿舍' % (Z, sn), '%s宿舍%d栋' % (Z, b)])
        if level in ('area', 'vague'):
            return rng.choice([sn, Z, sn + '宿舍', off, Z + sn, '厂宿舍'])
        return rng.choice(['%d栋%s' % (b, rc), '宿舍%d栋%s' % (b, rc), rc])
    # shop-house
    road, no, fl, shop = d['road'], d['no'], d['floor'], d['shopname']
    if level == 'full':
        if fl == 0:
            if standard:
                return '%s%d号铺' % (road, no)
            return rng.choice(['%s%d号铺' % (road, no), '%s%d号' % (road, no), '%s%d号%s' % (road, no, shop),
                               '%s%d号(%s)' % (road, no, shop), '%s%d号一楼' % (road, no), '%s%d号商铺' % (road, no)])
        if standard:
            return '%s%d号%d楼' % (road, no, fl)
        return rng.choice(['%s%d号%d楼' % (road, no, fl), '%s%d号%s楼' % (road, no, cn_num(fl)),
                           '%s%d号%d楼' % (road, no, fl), '%s%d号%s楼上' % (road, no, shop), '%s%d-%d楼' % (road, no, fl)])
    if level == 'bldg':
        return '%s%d号' % (road, no)
    if level in ('area', 'vague'):
        return rng.choice([road, road + '附近', road + shop])
    return '%d号铺' % no if fl == 0 else '%d号%d楼' % (no, fl)


def addr_str(W, p, t, tags, levels, prefixes=None, com=0.0, stale=0.0, typo=0.0, standard=False, fw=0.0):
    rng = W.rng
    did = addr_at(p, t)
    if did is None:
        return ''
    if stale and rng.random() < stale:
        old = prev_addr(p, t)
        if old is not None:
            did = old
            tags.append('addr:stale')
    d = W.dwell[did]
    level = pick(rng, levels)
    if level == 'empty':
        tags.append('addr:empty')
        return ''
    if level == 'road' and d['kind'] != 'estate':
        level = 'full'
    if level == 'community':
        tags.append('addr:community_only')
        return d['com']
    if level == 'hometown':
        if p['area'] and p['style'] in ('mainland', 'yi', 'canton'):
            tags.append('addr:hometown')
            return hometown_text(rng, p['area'])
        level = 'full'
    if level != 'full':
        tags.append('addr:' + level)
    s = core_addr(W, d, level, rng, standard)
    if level not in ('room',) and prefixes:
        pk = pick(rng, prefixes)
        pre = prefix_str(rng, pk)
        if pk == 'old':
            tags.append('addr:old_admin_name')
        if pre and rng.random() < com:
            pre += d['com']
        s = pre + s
    if rng.random() < typo:
        chars = list(s)
        idx = [i for i, c in enumerate(chars) if c in LOOK or c in '壆']
        if idx:
            i = rng.choice(idx)
            chars[i] = '学' if chars[i] == '壆' else rng.choice(LOOK[chars[i]])
            s = ''.join(chars)
            tags.append('addr:typo')
        else:
            digs = [i for i, c in enumerate(chars) if c.isdigit()]
            if digs:
                i = rng.choice(digs)
                chars[i] = rng.choice('0123456789')
                s = ''.join(chars)
                tags.append('addr:digit_typo')
    if '壆' in s and rng.random() < (0.03 if standard else 0.25):
        s = s.replace('壆', rng.choice(['学', '学', '觉']))
        tags.append('addr:rare_char_replaced')
    if rng.random() < fw:
        s = fullwidth(s)
        tags.append('addr:fullwidth')
    return s


# ---------------------------------------------------------------------------
# the apps
# ---------------------------------------------------------------------------

def pres_end(p):
    e = NOW
    for x in (p['leave'], p['died']):
        if x is not None and x < e:
            e = x
    return e


def present(p, t):
    return p['arrive'] <= t < pres_end(p) and p['birth'] <= t


def window(W, p, a, b):
    lo = max(a, p['arrive'], p['birth'])
    hi = min(b, pres_end(p))
    if hi <= lo:
        return None
    return W.rdate(lo, hi - dt.timedelta(days=1))


def dkind(W, p, t):
    did = addr_at(p, t)
    return W.dwell[did]['kind'] if did is not None else None


def is_owner_home(W, p, t):
    did = addr_at(p, t)
    if did is None:
        return False
    d = W.dwell[did]
    if p['cat'] == 'local_villager':
        return True
    if d['kind'] == 'estate' and p['cat'] == 'local_urban':
        return True
    return False


MAIN_FMT = {'plain': 88, 'dash': 3, 'space': 4, 'p86': 2, 'p86n': 1, 'fullwidth': 1, 'note': 1}


class Emitter:
    def __init__(self, W):
        self.W = W
        self.rows = []

    def add(self, src, p, t, tags, name='', idn='', phone='', birth='', gender='', addr=''):
        self.rows.append({'source': src, 'name': name, 'id_number': idn, 'phone': phone, 'birth_date': birth,
                          'gender': gender, 'address': addr, 'pid': p['pid'], 'date': t, 'tags': tags})


# 1 出租屋 / 流动人口居住登记: the landlord files the tenants
def src_rental(W, E, p):
    rng = W.rng
    if p['cat'] == 'local_villager':
        return
    for did, s, e in p['addr']:
        d = W.dwell[did]
        if d['kind'] == 'dorm':
            continue
        if d['kind'] == 'estate' and p['cat'] == 'local_urban':
            continue
        t = max(s, D(2017, 3, 1)) + dt.timedelta(days=rng.randint(0, 60))
        if t >= (e or NOW) or t >= NOW or not present(p, t):
            continue
        a = age_at(p, t)
        prob = (0.38 if d['kind'] == 'estate' else 0.6) if a >= 16 else 0.2
        if rng.random() >= prob:
            continue
        for k in range(2 if rng.random() < 0.03 else 1):
            tags = ['dup'] if k else []
            tt = t if not k else min(NOW - dt.timedelta(days=1), t + dt.timedelta(days=rng.randint(30, 400)))
            if k and not present(p, tt):
                tt = t
            name = name_noise(W, name_official(W, p, tags, {'simp': 60, 'trad': 35, 'roman_upper': 5}), tags,
                              homo=0.02, look=0.01)
            if rng.random() < 0.01:
                name += rng.choice(['(租客)', '（租户）', '-租'])
                tags.append('name:note')
            idn = ''
            if rng.random() < 0.96:
                idn = id_noise(W, p, id_raw(W, p, tags, hk={'rp': 70, 'hrp': 30}, fo={'perm': 50, 'passport': 50}),
                               tags, {'transpose': 0.012, 'wrong': 0.015, 'missing': 0.008, 'lowerx': 0.3,
                                      'fullwidth': 0.01, 'family': 0.008 if a >= 16 else 0.04})
            ph = choose_phone(W, p, tt, tags, {'landlord': 40, 'own': 52, 'empty': 8})
            phone = phone_str(W, ph, tags, {'plain': 92, 'p86': 3, 'dash': 2, 'space': 3},
                              {'wrong': 0.01, 'transpose': 0.007})
            bb, gg = id_birth_gender(idn)
            birth = date_str(W, bb, tags, {'iso': 1}) if bb and rng.random() < 0.45 else ''
            gender = gender_str(W, gg, tags, {'cn': 1}) if gg and rng.random() < 0.6 else ''
            addr = addr_str(W, p, tt, tags, {'full': 95, 'bldg': 5}, {'sz': 85, 'gd': 15}, com=0.9, standard=True)
            E.add('rental_reg', p, tt, tags, name, idn, phone, birth, gender, addr)


# 2 居住证 (深圳居住证 / 港澳台居民居住证)
def src_permit(W, E, p):
    rng = W.rng
    if p['cat'] in ('local_villager', 'local_urban', 'foreign') and p['style'] not in ('hk', 'mo', 'tw'):
        return
    if p['style'] in ('hk', 'mo', 'tw'):
        if 'rp' not in p['docs'] or rng.random() > 0.92:
            return
    else:
        a = age_at(p, NOW)
        prob = 0.42 if p['cat'] == 'migrant' else 0.28
        if a < 16:
            prob = 0.15
        if rng.random() > prob:
            return
    t = window(W, p, max(D(2016, 1, 1), p['arrive'] + dt.timedelta(days=180)), NOW)
    if t is None:
        return
    for k in range(2 if rng.random() < 0.05 else 1):
        tags = ['dup'] if k else []
        if k:
            t2 = window(W, p, t, NOW)
            if t2 is None:
                break
            t = t2
        name = name_noise(W, name_official(W, p, tags, {'simp': 75, 'trad': 25}), tags, homo=0.005)
        idn = id_noise(W, p, id_raw(W, p, tags, hk={'rp': 100}), tags, {'wrong': 0.003, 'lowerx': 0.1})
        phone = phone_str(W, choose_phone(W, p, t, tags, {'own': 97, 'family': 3}), tags, {'plain': 1})
        birth = date_str(W, p['birth'], tags, {'iso': 1})
        gender = gender_str(W, p['gender'], tags, {'cn': 1})
        addr = addr_str(W, p, t, tags, {'full': 1}, {'sz': 100}, com=1.0, standard=True)
        E.add('residence_permit', p, t, tags, name, idn, phone, birth, gender, addr)


# 3 企业员工花名册 (Excel rosters sent by factories)
def src_factory(W, E, p):
    rng = W.rng
    for fac, s, e in p['jobs']:
        if e is not None and e < D(2016, 1, 1):
            continue
        if rng.random() > 0.4:
            continue
        t = max(s, D(2016, 1, 1))
        if t >= NOW:
            continue
        for k in range(2 if rng.random() < 0.02 else 1):
            tags = ['dup'] if k else []
            name = name_noise(W, name_official(W, p, tags, {'trad': 50, 'simp': 50}), tags, homo=0.015, look=0.01,
                              space=0.02)
            idn = ''
            if rng.random() < 0.98:
                idn = id_noise(W, p, id_raw(W, p, tags, hk={'rp': 50, 'hrp': 50}, fo={'passport': 80, 'perm': 20}),
                               tags, {'excel': 0.025, 'apos': 0.04, 'lowerx': 0.35, 'wrong': 0.01, 'transpose': 0.01,
                                      'missing': 0.005, 'spaces': 0.01})
            phone = phone_str(W, choose_phone(W, p, t, tags, {'own': 93, 'empty': 7}), tags,
                              {'plain': 85, 'dash': 5, 'space': 8, 'fullwidth': 2}, {'wrong': 0.008, 'missing': 0.005})
            phone = two_phones(W, p, t, phone, tags, 0.02)
            birth = date_str(W, p['birth'], tags, {'slash': 40, 'excel': 20, 'iso': 30, 'compact': 10}) \
                if rng.random() < 0.7 else ''
            gender = gender_str(W, p['gender'], tags, {'cn': 1}, wrong=0.003)
            did = addr_at(p, t)
            lv = {'full': 60, 'hometown': 25, 'bldg': 5, 'area': 5, 'empty': 5}
            addr = addr_str(W, p, t, tags, lv, {'': 60, 'sj': 25, 'sz': 15})
            E.add('factory_hr', p, t, tags, name, idn, phone, birth, gender, addr)


# 4 社康健康档案
def src_health(W, E, p):
    rng = W.rng
    t = window(W, p, D(2012, 1, 1), NOW)
    if t is None:
        return
    a = age_at(p, t)
    prob = 0.2 if p['cat'] != 'worker' else 0.14
    if a < 7:
        prob = 0.55
    elif a >= 60:
        prob = 0.75
    elif p['gender'] == 'F' and 20 <= a <= 40:
        prob = 0.45
    if p['cat'].startswith('local'):
        prob = min(0.95, prob * 1.3)
    if p['style'] in ('hk', 'mo', 'tw'):
        prob = 0.2
    if p['style'] == 'foreign':
        prob = 0.15
    if rng.random() > prob:
        return
    for k in range(2 if rng.random() < 0.02 else 1):
        tags = ['dup'] if k else []
        name = name_noise(W, name_official(W, p, tags, {'simp': 60, 'trad': 30, 'simp_eng': 10}), tags,
                          homo=0.02, look=0.01)
        idn = ''
        if rng.random() < (0.8 if a >= 7 else 0.65):
            idn = id_noise(W, p, id_raw(W, p, tags, use15=0.15, hk={'rp': 40, 'hrp': 60}), tags,
                           {'masked': 0.05, 'wrong': 0.01, 'transpose': 0.01, 'lowerx': 0.4, 'fullwidth': 0.02,
                            'family': 0.01})
        ph = choose_phone(W, p, t, tags, {'own': 55, 'family': 25, 'landline': 8, 'empty': 12})
        phone = phone_str(W, ph, tags, {'plain': 80, 'dash': 8, 'space': 6, 'p86': 3, 'fullwidth': 3},
                          {'wrong': 0.01, 'transpose': 0.01})
        birth = date_str(W, p['birth'], tags, {'dot': 25, 'yy': 10, 'compact': 25, 'iso': 30, 'cn': 10},
                         {'lunar': 0.03 if p['birth'].year < 1960 else 0, 'wrong': 0.005}) if rng.random() < 0.97 else ''
        gender = gender_str(W, p['gender'], tags, {'num': 40, 'mf': 30, 'cn': 30}, wrong=0.003) \
            if rng.random() < 0.98 else ''
        addr = addr_str(W, p, t, tags, {'full': 55, 'bldg': 20, 'area': 15, 'vague': 5, 'empty': 5},
                        {'': 40, 'sj': 20, 'sjjd': 10, 'sz': 20, 'short': 10}, com=0.2, typo=0.01)
        E.add('health_record', p, t, tags, name, idn, phone, birth, gender, addr)


# 5 学校/幼儿园 入学 (学位申请)
def src_school(W, E, p):
    rng = W.rng
    for age, prob in ((3, 0.6), (6, 0.85), (12, 0.8)):
        y = p['birth'].year + age + (1 if p['birth'].month >= 9 else 0)
        t = D(y, 6, 15)
        if not (D(2019, 1, 1) <= t <= NOW) or not present(p, t):
            continue
        if rng.random() > prob:
            continue
        tags = []
        name = name_noise(W, name_official(W, p, tags, {'simp': 70, 'trad': 30}), tags, homo=0.01)
        idn = ''
        if rng.random() < 0.95:
            idn = id_noise(W, p, id_raw(W, p, tags, hk={'rp': 50, 'hrp': 50}), tags,
                           {'wrong': 0.006, 'transpose': 0.006, 'lowerx': 0.2, 'family': 0.005})
        ph = choose_phone(W, p, t, tags, {'family': 95, 'own': 5})
        phone = phone_str(W, ph, tags, {'plain': 95, 'space': 3, 'dash': 2})
        phone = two_phones(W, p, t, phone, tags, 0.08)
        birth = date_str(W, p['birth'], tags, {'iso': 85, 'cn0': 15})
        gender = gender_str(W, p['gender'], tags, {'cn': 1})
        addr = addr_str(W, p, t, tags, {'full': 80, 'bldg': 15, 'area': 5}, {'sz': 50, 'ba': 30, '': 20}, com=0.6)
        E.add('school_enrol', p, t, tags, name, idn, phone, birth, gender, addr)
    # transfers (转学)
    if rng.random() < 0.05:
        t = window(W, p, max(D(2019, 1, 1), p['birth'] + dt.timedelta(days=365 * 7)),
                   min(NOW, p['birth'] + dt.timedelta(days=365 * 15)))
        if t:
            tags = ['transfer']
            E.add('school_enrol', p, t, tags, p['name'], p['id18'],
                  phone_str(W, choose_phone(W, p, t, tags, {'family': 1}), tags),
                  date_str(W, p['birth'], tags, {'iso': 1}), gender_str(W, p['gender'], tags, {'cn': 1}),
                  addr_str(W, p, t, tags, {'full': 1}, {'': 1}))


# 6 儿童预防接种
def src_vaccine(W, E, p):
    rng = W.rng
    if p['birth'] < D(2009, 6, 1):
        return
    t = max(p['birth'] + dt.timedelta(days=rng.randint(3, 40)), p['arrive'])
    if t < D(2012, 1, 1) or t >= NOW or not present(p, t) or rng.random() > 0.8:
        return
    for k in range(2 if rng.random() < 0.06 else 1):
        tags = ['dup'] if k else []
        if k:
            t2 = window(W, p, t + dt.timedelta(days=60), NOW)
            if not t2:
                break
            t = t2
        infant = (t - p['birth']).days < 60
        if infant and rng.random() < 0.15 and p['mother']:
            m = W.pid[p['mother']]
            name = rng.choice([m['name'] + ('之子' if p['gender'] == 'M' else '之女'), m['name'] + '婴', p['sur'] + '宝宝',
                               m['name'] + '(母)'])
            tags.append('name:infant_placeholder')
        else:
            name = name_noise(W, name_official(W, p, tags, {'simp': 80, 'trad': 20}), tags, homo=0.015)
        idn = ''
        if rng.random() < (0.6 if (t - p['birth']).days < 365 else 0.7):
            idn = id_noise(W, p, id_raw(W, p, tags), tags, {'wrong': 0.01, 'lowerx': 0.3})
        ph = choose_phone(W, p, t, tags, {'family': 100})
        phone = phone_str(W, ph, tags, {'plain': 95, 'space': 5})
        birth = date_str(W, p['birth'], tags, {'iso': 60, 'compact': 20, 'slash': 20})
        gender = gender_str(W, p['gender'], tags, {'cn': 1})
        addr = addr_str(W, p, t, tags, {'area': 50, 'bldg': 30, 'full': 20}, {'': 70, 'sj': 30})
        E.add('vaccination', p, t, tags, name, idn, phone, birth, gender, addr)


# 7 门禁 / 人脸识别
def src_access(W, E, p):
    rng = W.rng
    t = window(W, p, D(2021, 1, 1), NOW)
    if t is None or age_at(p, t) < 10:
        return
    prob = {'estate': 0.45, 'uv': 0.25, 'newv': 0.25, 'dorm': 0.2, 'rural': 0.1, 'shop': 0.05}.get(dkind(W, p, t), 0)
    if rng.random() > prob:
        return
    for k in range(2 if rng.random() < 0.04 else 1):
        tags = ['dup'] if k else []
        f = pick(rng, {'official': 45, 'title': 15, 'nick': 15, 'empty': 20, 'eng': 5})
        if f == 'official' or (f == 'eng' and not p['eng']):
            name = name_noise(W, name_official(W, p, tags, {'simp': 50, 'trad': 30, 'eng_sur': 20}), tags, homo=0.02)
        elif f == 'title':
            name = name_title(W, p, t, tags)
        elif f == 'nick':
            name = name_nick(W, p, tags)
        elif f == 'eng':
            name = p['eng']
            tags.append('name:english_only')
        else:
            name = ''
            tags.append('name:empty')
        r = rng.random()
        idn = ''
        if r < 0.15:
            idn = id_raw(W, p, tags)
        elif r < 0.35:
            idn = id_noise(W, p, id_raw(W, p, tags), tags, {'masked': 1.0})
        ph = choose_phone(W, p, t, tags, {'own': 85, 'family': 10, 'empty': 5}, prefer='cn')
        phone = phone_str(W, ph, tags, {'plain': 85, 'p86': 5, 'dash': 5, 'p86n': 5}, {'masked': 0.1})
        gender = gender_str(W, p['gender'], tags, {'mf': 1}) if rng.random() < 0.3 else ''
        addr = addr_str(W, p, t, tags, {'room': 60, 'full': 30, 'bldg': 10})
        E.add('door_access', p, t, tags, name, idn, phone, '', gender, addr)


# 8 电动自行车登记
def src_ebike(W, E, p):
    rng = W.rng
    t = window(W, p, D(2019, 1, 1), NOW)
    if t is None or not (18 <= age_at(p, t) <= 65):
        return
    prob = {'worker': 0.2, 'migrant': 0.25, 'local_villager': 0.12, 'local_urban': 0.15}.get(p['cat'], 0.05)
    if rng.random() > prob:
        return
    tags = []
    name = name_noise(W, name_official(W, p, tags), tags, homo=0.015, look=0.005)
    idn = id_noise(W, p, id_raw(W, p, tags), tags,
                   {'wrong': 0.015, 'transpose': 0.01, 'missing': 0.005, 'lowerx': 0.25}) if rng.random() < 0.95 else ''
    phone = phone_str(W, choose_phone(W, p, t, tags, {'own': 95, 'family': 5}), tags,
                      {'plain': 85, 'dash': 10, 'space': 5}, {'wrong': 0.01, 'transpose': 0.005})
    birth = date_str(W, p['birth'], tags, {'iso': 1}) if rng.random() < 0.2 else ''
    gender = gender_str(W, p['gender'], tags, {'cn': 1}) if rng.random() < 0.5 else ''
    addr = addr_str(W, p, t, tags, {'full': 45, 'bldg': 25, 'area': 20, 'road': 5, 'vague': 5},
                    {'': 50, 'sj': 30, 'short': 10, 'ba': 10}, typo=0.02)
    E.add('ebike_reg', p, t, tags, name, idn, phone, birth, gender, addr)


# 9 志愿者
def src_volunteer(W, E, p):
    rng = W.rng
    t = window(W, p, D(2018, 1, 1), NOW)
    if t is None:
        return
    a = age_at(p, t)
    if a < 14:
        return
    prob = 0.04
    if p['party']:
        prob = 0.45
    elif p['cat'].startswith('local') and 55 <= a <= 75:
        prob = 0.15
    elif 14 <= a <= 22:
        prob = 0.07
    if rng.random() > prob:
        return
    tags = []
    name = name_noise(W, name_official(W, p, tags, {'simp': 80, 'trad': 20}), tags, homo=0.01)
    idn = id_raw(W, p, tags) if rng.random() < 0.15 else ''
    phone = phone_str(W, choose_phone(W, p, t, tags, {'own': 98, 'family': 2}), tags,
                      {'plain': 85, 'dash': 5, 'space': 10}, {'wrong': 0.01})
    gender = gender_str(W, p['gender'], tags, {'cn': 1}) if rng.random() < 0.6 else ''
    addr = addr_str(W, p, t, tags, {'community': 50, 'empty': 40, 'area': 10})
    E.add('volunteer', p, t, tags, name, idn, phone, '', gender, addr)


# 10 高龄津贴 / 长者服务
def src_elderly(W, E, p):
    rng = W.rng
    t = window(W, p, D(2020, 1, 1), NOW)
    if t is None or age_at(p, t) < 60:
        return
    prob = 0.85 if p['cat'].startswith('local') else 0.15 if p['style'] in ('hk', 'mo', 'tw') else 0.3
    if p['style'] == 'foreign':
        prob = 0.0
    if rng.random() > prob:
        return
    tags = []
    if p['alias'] and rng.random() < 0.05:
        name = p['sur'] + p['alias']
        tags.append('name:alias')
    else:
        name = name_noise(W, name_official(W, p, tags, {'trad': 60, 'simp': 40}), tags, homo=0.02, trad=0.02)
    r = rng.random()
    idn = ''
    if r < 0.9:
        idn = id_noise(W, p, id_raw(W, p, tags, use15=0.22, hk={'rp': 50, 'hrp': 50}), tags,
                       {'wrong': 0.015, 'transpose': 0.01, 'lowerx': 0.3})
    ph = choose_phone(W, p, t, tags, {'carer': 50, 'landline': 20, 'own': 25, 'empty': 5})
    phone = phone_str(W, ph, tags, {'plain': 85, 'dash': 10, 'space': 5})
    phone = two_phones(W, p, t, phone, tags, 0.06)
    birth = date_str(W, p['birth'], tags, {'ymcn': 30, 'cn': 40, 'iso': 30}, {'lunar': 0.05})
    gender = gender_str(W, p['gender'], tags, {'cn': 1})
    addr = addr_str(W, p, t, tags, {'full': 50, 'bldg': 30, 'area': 20}, {'old': 30, 'sj': 30, '': 20, 'sz': 20},
                    com=0.3, stale=0.1)
    E.add('elderly_allowance', p, t, tags, name, idn, phone, birth, gender, addr)


# 11 党员 / 退役军人 信息
def src_party(W, E, p):
    rng = W.rng
    if not (p['party'] or p['veteran']):
        return
    t = window(W, p, D(2019, 1, 1), NOW)
    if t is None or rng.random() > 0.85:
        return
    tags = []
    name = name_noise(W, p['name'], tags, homo=0.01)
    idn = id_noise(W, p, id_raw(W, p, tags, use15=0.05), tags, {'wrong': 0.008, 'lowerx': 0.2}) \
        if rng.random() < 0.95 else ''
    ph = choose_phone(W, p, t, tags, {'own': 80, 'stale': 20})
    phone = phone_str(W, ph, tags, {'plain': 90, 'dash': 5, 'space': 5})
    birth = date_str(W, p['birth'], tags, {'ymdot': 50, 'iso': 50})
    gender = gender_str(W, p['gender'], tags, {'cn': 1})
    addr = addr_str(W, p, t, tags, {'full': 60, 'bldg': 20, 'hometown': 10, 'area': 10}, {'sz': 40, '': 40, 'sj': 20},
                    com=0.4, stale=0.1)
    E.add('party_veteran', p, t, tags, name, idn, phone, birth, gender, addr)


# 12 村股份合作公司 股东名册 (compiled 2016 when shares were fixed, partly updated 2021)
def src_shareholder(W, E, p):
    rng = W.rng
    if p['cat'] != 'local_villager' or p['birth'] > D(2015, 12, 31):
        return
    t = D(2016, 6, 30)
    married_out = p['leave'] is not None and p['died'] is None and p['leave'] < t
    if not present(p, t) and not married_out:
        return
    if married_out and rng.random() > 0.4:
        return
    if p['role'] == 'spouse' and rng.random() > 0.7:
        return
    if rng.random() > 0.95:
        return
    if rng.random() < 0.2 and present(p, D(2021, 6, 30)):
        t = D(2021, 6, 30)
    tags = ['married_out'] if married_out else []
    if p['alias'] and rng.random() < 0.1:
        name = p['sur'] + p['alias']
        tags.append('name:alias')
    else:
        name = name_noise(W, p['name'] if p['style'] != 'hk' else p['trad'], tags, homo=0.03, look=0.02,
                          trad=0.04 if p['birth'].year < 1960 else 0.0)
    idn = ''
    if rng.random() < 0.95:
        idn = id_noise(W, p, id_raw(W, p, tags, use15=0.6, hk={'hrp': 100}), tags,
                       {'wrong': 0.02, 'transpose': 0.015, 'missing': 0.01, 'lowerx': 0.5})
    tq = t if present(p, t) else p['leave'] - dt.timedelta(days=1)
    ph = choose_phone(W, p, tq, tags, {'own': 55, 'landline': 25, 'family': 10, 'empty': 10})
    phone = phone_str(W, ph, tags, {'plain': 90, 'dash': 5, 'space': 5})
    birth = date_str(W, p['birth'], tags, {'ymdot': 40, 'dot': 30, 'y': 10, 'cn': 20},
                     {'lunar': 0.08 if p['birth'].year < 1970 else 0})
    gender = gender_str(W, p['gender'], tags, {'cn': 1})
    # the family's old house: the first address on record
    first_t = p['addr'][0][1] if p['addr'] else tq
    addr = addr_str(W, p, first_t, tags, {'full': 40, 'bldg': 30, 'area': 30}, {'old': 50, '': 30, 'sj': 20})
    E.add('shareholder', p, t, tags, name, idn, phone, birth, gender, addr)


# 13 快递驿站 / 物业住户登记
def src_courier(W, E, p):
    rng = W.rng
    t = window(W, p, D(2022, 1, 1), NOW)
    if t is None or age_at(p, t) < 16:
        return
    prob = {'estate': 0.35, 'uv': 0.12, 'newv': 0.12, 'dorm': 0.05, 'shop': 0.25, 'rural': 0.06}.get(dkind(W, p, t), 0)
    if rng.random() > prob:
        return
    for k in range(2 if rng.random() < 0.06 else 1):
        tags = ['dup'] if k else []
        f = pick(rng, {'title': 55, 'official': 25, 'nick': 10, 'eng': 10 if p['eng'] else 0})
        if f == 'title':
            name = name_title(W, p, t, tags)
        elif f == 'official':
            name = name_noise(W, name_official(W, p, tags, {'simp': 60, 'trad': 20, 'eng_sur': 20}), tags, homo=0.02)
        elif f == 'nick':
            name = name_nick(W, p, tags)
        else:
            name = p['eng'] if rng.random() < 0.5 else p['eng'] + ' ' + p['roman'][0]
            tags.append('name:english')
        ph = choose_phone(W, p, t, tags, {'own': 90, 'family': 5, 'empty': 5})
        phone = phone_str(W, ph, tags, {'plain': 90, 'space': 5, 'dash': 5}, {'masked': 0.4})
        addr = addr_str(W, p, t, tags, {'room': 50, 'full': 40, 'bldg': 10})
        E.add('courier_property', p, t, tags, name, '', phone, '', '', addr)


# 14 网格员走访 / 实有人口采集 (2024 round)
def src_grid(W, E, p):
    rng = W.rng
    t = window(W, p, D(2024, 1, 1), NOW)
    moved = False
    if t is None:
        pe = pres_end(p)
        if p['died'] is None and p['leave'] is not None and D(2023, 6, 1) <= p['leave'] < NOW and rng.random() < 0.2:
            t = W.rdate(max(p['leave'], D(2024, 1, 1)), NOW)
            moved = True
        else:
            return
    else:
        prob = 0.7 if (p['cat'].startswith('local') or age_at(p, t) >= 60) else 0.38 if p['cat'] == 'worker' else 0.48
        if rng.random() > prob:
            return
    tq = t if not moved else pres_end(p) - dt.timedelta(days=1)
    for k in range(2 if rng.random() < 0.03 else 1):
        tags = ['dup'] if k else []
        f = pick(rng, {'official': 94, 'title': 4, 'alias': 2 if p['alias'] else 0})
        if f == 'title':
            name = name_title(W, p, t, tags)
        elif f == 'alias':
            name = p['sur'] + p['alias']
            tags.append('name:alias')
        else:
            name = name_noise(W, name_official(W, p, tags, {'simp': 70, 'trad': 20, 'simp_eng': 10}), tags,
                              homo=0.05, look=0.02, drop=0.005)
        note = ''
        if moved:
            note = rng.choice(['(已搬走)', '（已搬走）', '(已搬离)', '-已离开'])
        elif p['cat'] not in ('local_villager',) and dkind(W, p, tq) in ('uv', 'newv', 'rural') and rng.random() < 0.08:
            note = rng.choice(['(租客)', '（租户）', '(租)'])
        elif p['pid'] in W.landlord_pids and rng.random() < 0.4:
            note = rng.choice(['(房东)', '（房东）', '(二房东)' if p['cat'] != 'local_villager' else '(屋主)'])
        elif age_at(p, t) < 12 and rng.random() < 0.03:
            note = '(小孩)'
        elif age_at(p, t) >= 75 and rng.random() < 0.1:
            note = rng.choice(['(独居)', '(老人)', '(空巢)'])
        if note:
            name += note
            tags.append('name:note')
        idn = ''
        if rng.random() < 0.75:
            idn = id_noise(W, p, id_raw(W, p, tags, use15=0.03), tags,
                           {'transpose': 0.025, 'wrong': 0.02, 'missing': 0.015, 'lowerx': 0.3, 'fullwidth': 0.03,
                            'spaces': 0.02, 'family': 0.01, 'extra': 0.005})
        ph = choose_phone(W, p, tq, tags, {'own': 70, 'family': 12, 'landlord': 5, 'landline': 3, 'empty': 10})
        phone = phone_str(W, ph, tags, {'plain': 70, 'dash': 10, 'space': 10, 'p86': 5, 'note': 3, 'fullwidth': 2},
                          {'wrong': 0.02, 'transpose': 0.015, 'missing': 0.01})
        phone = two_phones(W, p, tq, phone, tags, 0.03)
        birth = date_str(W, p['birth'], tags, {'iso': 40, 'dot': 20, 'compact': 15, 'cn': 10, 'slash': 10, 'ym': 5},
                         {'wrong': 0.01}) if rng.random() < 0.6 else ''
        gender = gender_str(W, p['gender'], tags, {'cn': 1}, wrong=0.005) if rng.random() < 0.8 else ''
        addr = addr_str(W, p, tq, tags, {'full': 70, 'bldg': 15, 'area': 10, 'vague': 5},
                        {'': 35, 'sj': 20, 'sjjd': 15, 'sz': 20, 'short': 10}, com=0.3, typo=0.03, fw=0.01)
        E.add('grid_visit', p, t, tags, name, idn, phone, birth, gender, addr)


# 15 微信群接龙 (building/estate groups: group buys, notices, 2022 lockdown lists)
def src_wechat(W, E, p):
    rng = W.rng
    t = window(W, p, D(2022, 1, 1), NOW)
    if t is None or age_at(p, t) < 16:
        return
    prob = {'estate': 0.28, 'uv': 0.12, 'newv': 0.12, 'dorm': 0.07, 'shop': 0.12, 'rural': 0.08}.get(dkind(W, p, t), 0)
    if rng.random() > prob:
        return
    n = 1 + (rng.random() < 0.1) + (rng.random() < 0.03)
    for k in range(n):
        tags = ['dup'] if k else []
        if k:
            t2 = window(W, p, D(2022, 1, 1), NOW)
            t = t2 or t
        f = pick(rng, {'nick': 35, 'title': 20, 'official': 30, 'room_in_name': 10, 'empty': 5})
        addr = addr_str(W, p, t, tags, {'room': 80, 'bldg': 10, 'full': 10})
        if f == 'nick':
            name = name_nick(W, p, tags)
        elif f == 'title':
            name = name_title(W, p, t, tags)
        elif f == 'official':
            name = name_noise(W, name_official(W, p, tags, {'simp': 50, 'trad': 30, 'eng_sur': 20}), tags, homo=0.03)
        elif f == 'room_in_name':
            name = addr + rng.choice([' ', '', '-']) + (p['sur'] + rng.choice(['', '生', '姐']) if p['sur'] else p['name'])
            addr = ''
            tags.append('name:room_in_name')
        else:
            name = ''
            tags.append('name:empty')
        idn = ''
        if t < D(2023, 1, 1) and rng.random() < 0.1:
            idn = id_noise(W, p, id_raw(W, p, tags), tags, {'wrong': 0.03, 'transpose': 0.03, 'lowerx': 0.5,
                                                            'fullwidth': 0.05})
        ph = choose_phone(W, p, t, tags, {'own': 60, 'empty': 35, 'family': 5})
        phone = phone_str(W, ph, tags, {'plain': 60, 'space': 20, 'dash': 15, 'fullwidth': 5},
                          {'tail4': 0.08, 'wrong': 0.01})
        E.add('wechat_jielong', p, t, tags, name, idn, phone, '', '', addr)


# 16 核酸 / 疫情防控 legacy (2020-02 .. 2022-12)
def src_covid(W, E, p):
    rng = W.rng
    t = window(W, p, D(2020, 2, 1), D(2022, 12, 7))
    if t is None:
        return
    if rng.random() > (0.5 if age_at(p, t) >= 12 else 0.4):
        return
    n = 1 + (rng.random() < 0.12)
    for k in range(n):
        tags = ['dup'] if k else []
        if k:
            t = window(W, p, D(2020, 2, 1), D(2022, 12, 7)) or t
        a = age_at(p, t)
        name = name_noise(W, name_official(W, p, tags, {'simp': 60, 'trad': 20, 'roman_upper': 10, 'roman_hk': 10},
                                           {'cn': 40, 'passport': 60}), tags, homo=0.015, look=0.01, space=0.01)
        idn = ''
        if rng.random() < 0.95:
            idn = id_noise(W, p, id_raw(W, p, tags, hk={'hrp': 50, 'rp': 30, 'hkid': 20}), tags,
                           {'family': 0.08 if a < 12 else 0.01, 'wrong': 0.01, 'transpose': 0.01, 'missing': 0.007,
                            'lowerx': 0.25, 'fullwidth': 0.02, 'spaces': 0.01})
        w = {'own': 75, 'family': 20, 'landlord': 2, 'empty': 3}
        if a < 14 or a >= 70:
            w = {'family': 80, 'own': 15, 'empty': 5}
        ph = choose_phone(W, p, t, tags, w)
        phone = phone_str(W, ph, tags, {'plain': 85, 'p86': 5, 'dash': 5, 'space': 5}, {'wrong': 0.008})
        bb, gg = id_birth_gender(idn)
        birth = date_str(W, bb, tags, {'iso': 1}) if bb and rng.random() < 0.5 else ''
        gender = gender_str(W, gg or p['gender'], tags, {'cn': 1}) if rng.random() < 0.7 else ''
        addr = addr_str(W, p, t, tags, {'full': 85, 'bldg': 10, 'area': 5}, {'sz': 60, 'gd': 20, 'sj': 20}, com=0.7)
        E.add('covid_legacy', p, t, tags, name, idn, phone, birth, gender, addr)


# 17 境外人员临时住宿登记 (HK/Macao/Taiwan residents and foreigners)
def src_overseas(W, E, p):
    rng = W.rng
    if p['style'] not in ('hk', 'mo', 'tw', 'foreign'):
        return
    if age_at(p, NOW) < 1 or rng.random() > 0.9:
        return
    n = rng.choice([1, 1, 1, 2, 2, 3])
    for k in range(n):
        t = window(W, p, D(2019, 1, 1), NOW)
        if t is None:
            return
        tags = ['dup'] if k else []
        if p['style'] == 'tw':
            forms = {'trad': 60, 'roman_comma': 25, 'simp': 15}
        else:
            forms = {'roman_upper': 30, 'roman_hk': 15, 'trad': 35, 'trad_eng': 10, 'roman_hyphen': 5, 'eng_sur': 5}
        name = name_official(W, p, tags, forms, {'passport': 70, 'cn': 20, 'title': 10})
        idn = id_raw(W, p, tags, hk={'hrp': 55, 'rp': 25, 'hkid': 20}, fo={'passport': 70, 'perm': 25, 'none': 5})
        idn = id_noise(W, p, idn, tags, {'wrong': 0.01, 'transpose': 0.01})
        pref = p['style'] if p['style'] in ('hk', 'mo', 'tw') else 'cn'
        ph = choose_phone(W, p, t, tags, {'own': 95, 'empty': 5}, prefer=pref if rng.random() < 0.65 else 'cn')
        phone = phone_str(W, ph, tags, {'plain': 70, 'p86': 20, 'space': 10})
        birth = date_str(W, p['birth'], tags, {'dmy': 40, 'iso': 60})
        gender = gender_str(W, p['gender'], tags, {'mf': 80, 'cn': 20})
        addr = addr_str(W, p, t, tags, {'full': 90, 'bldg': 10}, {'sz': 70, 'gd': 30}, com=0.5)
        E.add('overseas_stay', p, t, tags, name, idn, phone, birth, gender, addr)


SOURCES = [src_rental, src_permit, src_factory, src_health, src_school, src_vaccine, src_access, src_ebike,
           src_volunteer, src_elderly, src_party, src_shareholder, src_courier, src_grid, src_wechat, src_covid,
           src_overseas]


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

def canonical_addr(W, did):
    d = W.dwell[did]
    return '深圳市宝安区沙井街道' + d['com'] + core_addr(W, d, 'full', W.rng, standard=True)


def write_csv(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--people', type=int, default=20000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    ap.add_argument('--meta')
    a = ap.parse_args()
    W = build_world(a.people, a.seed)
    W.children = {}
    for p in W.persons:
        for k in ('father', 'mother'):
            if p[k]:
                W.children.setdefault(p[k], []).append(p)
    W.hh_members = {hh['hid']: hh['members'] for hh in W.households}
    W.landlord_pids = {b['landlord'] for b in W.buildings if b['landlord']}
    E = Emitter(W)
    for p in W.persons:
        for src in SOURCES:
            src(W, E, p)
    rows = E.rows
    W.rng.shuffle(rows)
    os.makedirs(a.out, exist_ok=True)
    res, truth = [], []
    for i, r in enumerate(rows):
        r['rid'] = 'R%07d' % (i + 1)
        res.append([r['rid'], r['source'], r['name'], r['id_number'], r['phone'], r['birth_date'], r['gender'],
                    r['address']])
        truth.append([r['rid'], r['pid']])
    write_csv(os.path.join(a.out, 'residents.csv'),
              ['record_id', 'source', 'name', 'id_number', 'phone', 'birth_date', 'gender', 'address'], res)
    write_csv(os.path.join(a.out, 'truth.csv'), ['record_id', 'person_id'], truth)
    if a.meta:
        os.makedirs(a.meta, exist_ok=True)
        write_csv(os.path.join(a.meta, 'records_meta.csv'), ['record_id', 'person_id', 'source', 'record_date', 'noise'],
                  [[r['rid'], r['pid'], r['source'], r['date'].isoformat(), ';'.join(r['tags'])] for r in rows])
        prow = []
        for p in W.persons:
            docs = ';'.join('%s=%s' % kv for kv in sorted(p['docs'].items()))
            phones = '|'.join('%s:%s@%s~%s' % (ph[0][0], ph[0][1], ph[1], ph[2] or '') for ph in p['phones'])
            addrs = '|'.join('%s@%s~%s' % (canonical_addr(W, did), s, e or '') for did, s, e in p['addr'])
            roman = p['roman'] if isinstance(p['roman'], str) else (
                (p['roman'][0] + ' ' + ' '.join(p['roman'][1])) if p['roman'] else '')
            prow.append([p['pid'], p['cat'], p['style'], p['hh'], p['role'], p['name'], p['trad'], roman, p['eng'],
                         p.get('married_name', ''), p['alias'], p['gender'], p['birth'].isoformat(), p['id18'], p['id15'],
                         docs, phones, p['landline'][1] if p['landline'] else '', addrs, p['father'], p['mother'],
                         p['spouse'], p['twin'], p['carer'], int(p['party']), int(p['veteran']), p['arrive'].isoformat(),
                         p['leave'].isoformat() if p['leave'] else '', p['died'].isoformat() if p['died'] else '',
                         ';'.join(p['tags'])])
        write_csv(os.path.join(a.meta, 'persons.csv'),
                  ['person_id', 'category', 'name_style', 'household', 'role', 'name', 'name_trad', 'romanised', 'english',
                   'married_name', 'alias', 'gender', 'birth_date', 'id18', 'id15', 'other_docs', 'phones',
                   'household_landline', 'addresses', 'father', 'mother', 'spouse', 'twin', 'carer', 'party_member',
                   'veteran', 'arrive', 'leave', 'died', 'tags'], prow)
        brow = []
        for b in W.buildings:
            lp = b['landlord'] or ''
            ext = '%s:%s' % b['ext_phone'] if b['ext_phone'] else ''
            brow.append([b['bid'], b['vil'], '/'.join(str(x) for x in b['key'][1:] if x is not None), lp,
                         int(bool(b.get('sublet'))), ext])
        write_csv(os.path.join(a.meta, 'buildings.csv'),
                  ['building', 'village', 'location', 'landlord_person', 'sublet_by_tenant', 'external_owner_phone'], brow)
    print('people %d, records %d, persons with records %d' % (len(W.persons), len(rows), len({r['pid'] for r in rows})))


if __name__ == '__main__':
    main()
