#!/usr/bin/env python3
"""Independent synthetic test-data generator for Chinese resident record deduplication.

Simulates a community in Chengdu (urban estates under 武侯区簇桥街道 plus villager groups
under 双流区黄龙溪镇), its households and people, and the records that ~14 government /
community apps hold about them, each app with its own quirks.

    python3 gen.py --people 20000 --seed 1 --out set1

Writes OUT/residents.csv (record_id,source,name,id_number,phone,birth_date,gender,address)
and OUT/truth.csv (record_id,person_id).  Standard library only.
"""
import argparse
import csv
import datetime as dt
import math
import os
import random
import sys
from collections import Counter, defaultdict

REF = dt.date(2024, 6, 30)
# The 2023 statistical division codes (areas.csv: code,name,...); without them a short built-in list.
DIV_DIR = os.environ.get("DIVISIONS_DIR", "/work/shared/data/divisions")

# ----------------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------------
# (surname, weight %, pinyin) - roughly the 2020 census order, a little Sichuan flavour
SURNAMES = [
    ("王", 7.1, "wang"), ("李", 7.0, "li"), ("张", 6.7, "zhang"), ("刘", 5.4, "liu"), ("陈", 4.6, "chen"),
    ("杨", 3.1, "yang"), ("黄", 2.4, "huang"), ("赵", 2.3, "zhao"), ("吴", 2.0, "wu"), ("周", 1.9, "zhou"),
    ("徐", 1.5, "xu"), ("孙", 1.5, "sun"), ("马", 1.4, "ma"), ("朱", 1.3, "zhu"), ("胡", 1.3, "hu"),
    ("郭", 1.1, "guo"), ("何", 1.3, "he"), ("林", 1.0, "lin"), ("罗", 1.3, "luo"), ("高", 1.0, "gao"),
    ("郑", 0.8, "zheng"), ("梁", 0.8, "liang"), ("谢", 0.8, "xie"), ("宋", 0.7, "song"), ("唐", 0.9, "tang"),
    ("许", 0.6, "xu"), ("韩", 0.6, "han"), ("冯", 0.6, "feng"), ("邓", 0.9, "deng"), ("曹", 0.6, "cao"),
    ("彭", 0.8, "peng"), ("曾", 0.8, "zeng"), ("肖", 0.6, "xiao"), ("田", 0.5, "tian"), ("董", 0.5, "dong"),
    ("袁", 0.6, "yuan"), ("潘", 0.5, "pan"), ("于", 0.4, "yu"), ("蒋", 0.6, "jiang"), ("蔡", 0.5, "cai"),
    ("余", 0.6, "yu"), ("杜", 0.5, "du"), ("叶", 0.4, "ye"), ("程", 0.4, "cheng"), ("苏", 0.4, "su"),
    ("魏", 0.4, "wei"), ("吕", 0.4, "lü"), ("丁", 0.4, "ding"), ("任", 0.5, "ren"), ("沈", 0.3, "shen"),
    ("姚", 0.4, "yao"), ("卢", 0.4, "lu"), ("姜", 0.3, "jiang"), ("崔", 0.3, "cui"), ("钟", 0.4, "zhong"),
    ("谭", 0.4, "tan"), ("陆", 0.3, "lu"), ("汪", 0.3, "wang"), ("范", 0.3, "fan"), ("金", 0.2, "jin"),
    ("石", 0.3, "shi"), ("廖", 0.5, "liao"), ("贾", 0.3, "jia"), ("夏", 0.3, "xia"), ("韦", 0.2, "wei"),
    ("付", 0.3, "fu"), ("方", 0.3, "fang"), ("白", 0.2, "bai"), ("邹", 0.3, "zou"), ("孟", 0.2, "meng"),
    ("熊", 0.3, "xiong"), ("秦", 0.2, "qin"), ("邱", 0.3, "qiu"), ("江", 0.2, "jiang"), ("尹", 0.2, "yin"),
    ("薛", 0.2, "xue"), ("闫", 0.1, "yan"), ("段", 0.2, "duan"), ("雷", 0.3, "lei"), ("侯", 0.2, "hou"),
    ("龙", 0.2, "long"), ("史", 0.2, "shi"), ("陶", 0.2, "tao"), ("黎", 0.2, "li"), ("贺", 0.2, "he"),
    ("顾", 0.1, "gu"), ("毛", 0.2, "mao"), ("郝", 0.1, "hao"), ("龚", 0.2, "gong"), ("邵", 0.1, "shao"),
    ("万", 0.2, "wan"), ("钱", 0.1, "qian"), ("严", 0.2, "yan"), ("武", 0.1, "wu"), ("戴", 0.1, "dai"),
    ("莫", 0.1, "mo"), ("孔", 0.1, "kong"), ("向", 0.2, "xiang"), ("汤", 0.1, "tang"), ("冉", 0.1, "ran"),
    ("欧阳", 0.04, "ouyang"), ("司马", 0.01, "sima"), ("诸葛", 0.01, "zhuge"), ("上官", 0.01, "shangguan"),
]
SUR_PY = {s: py for s, _, py in SURNAMES}

# given-name pools per era: (full names male, full names female, chars male, chars female)
ERA_NAMES = {
    "A": ("建国 国华 德明 志强 福生 永贵 文华 正清 树林 长春 光明 国强 玉山 德富 明亮 家富 德华 振华 守义 学文 福 贵 明 林 德 文 华 山 荣 昌",
          "秀英 桂英 玉兰 桂兰 秀兰 淑珍 素芳 玉珍 凤英 翠华 秀珍 淑英 桂芳 玉华 兰英 素珍 秀芳 桂珍 玉英 凤兰 英 兰 珍 芳 华 凤 梅 秀 琴 芬",
          "建国华德明志强福生永贵文正清树林长春光玉山富家振守义学荣昌全兴发",
          "秀英桂玉兰淑珍素芳凤翠华琴梅芬菊花春香"),
    "B": ("建华 建军 志刚 红军 卫东 建平 志明 国庆 小平 海波 晓明 永红 卫国 志勇 建明 文斌 德军 俊 强 伟 勇 军 平 刚 斌 涛 明 华 杰 波 辉 亮",
          "丽华 红梅 玉梅 小红 晓红 丽萍 秀华 春梅 小燕 红霞 芳 丽 红 艳 霞 敏 燕 萍 琴 梅 玲 英 娟 静 华 丽娟 秀芳",
          "建华军志刚红卫东平明国庆小海波晓永勇文斌德俊强伟涛杰辉亮成林",
          "丽华红梅玉小晓萍秀春燕霞芳艳敏琴玲英娟静蓉莉"),
    "C": ("伟 磊 涛 杰 超 鹏 浩 俊杰 志伟 海涛 晓东 勇 强 军 斌 刚 波 辉 鑫 宇 帅 龙 飞 亮 健 峰 建伟 志强 文杰 晓峰 俊 凯 毅 明",
          "静 娜 婷 丽娟 晓燕 倩 雪 丹 佳 琳 芳 敏 丽 艳 颖 洁 莉 玲 慧 晶 燕 霞 琪 蕾 璐 婷婷 丹丹 晓丽 佳佳 雪梅 思思 雯",
          "伟磊涛杰超鹏浩俊志海晓东勇强军斌波辉鑫宇帅龙飞亮健峰文凯毅明阳林",
          "静娜婷丽娟晓燕倩雪丹佳琳芳敏艳颖洁莉玲慧晶霞琪蕾璐梅思雯欣"),
    "D": ("浩宇 宇轩 子轩 浩然 俊熙 梓豪 一鸣 博文 皓轩 睿 子豪 宇航 俊杰 梓睿 锦程 思远 天佑 奕辰 沐阳 泽宇 铭 轩 昊 博 宇",
          "欣怡 梓涵 子涵 诗涵 雨桐 一诺 可馨 梓萱 思琪 语嫣 欣妍 雨涵 佳怡 梦瑶 紫涵 若曦 诗琪 馨 怡 萱 涵 悦 彤 妍 可欣",
          "浩宇轩子然俊熙梓豪一鸣博文皓睿航杰锦程思远天佑奕辰沐阳泽铭昊嘉",
          "欣怡梓涵子诗雨桐一诺可馨萱思琪语嫣妍佳梦瑶紫若曦悦彤婉"),
}
GEN_CHARS = "建志国文德明永晓子梓俊思家嘉雨宇世光兴正"

PINYIN = {}
for _line in """
建jian 国guo 华hua 德de 明ming 志zhi 强qiang 福fu 生sheng 永yong 贵gui 文wen 正zheng 清qing 树shu 林lin 长chang
春chun 光guang 玉yu 山shan 富fu 家jia 振zhen 守shou 义yi 学xue 荣rong 昌chang 全quan 兴xing 发fa 亮liang
秀xiu 英ying 桂gui 兰lan 淑shu 珍zhen 素su 芳fang 凤feng 翠cui 琴qin 梅mei 芬fen 菊ju 花hua 香xiang
军jun 刚gang 红hong 卫wei 东dong 平ping 庆qing 小xiao 海hai 波bo 晓xiao 勇yong 斌bin 俊jun 伟wei 涛tao 杰jie
辉hui 成cheng 丽li 萍ping 燕yan 霞xia 艳yan 敏min 玲ling 娟juan 静jing 蓉rong 莉li 磊lei 超chao 鹏peng
浩hao 鑫xin 宇yu 帅shuai 龙long 飞fei 健jian 峰feng 凯kai 毅yi 阳yang 娜na 婷ting 倩qian 雪xue 丹dan
佳jia 琳lin 颖ying 洁jie 慧hui 晶jing 琪qi 蕾lei 璐lu 思si 雯wen 欣xin 轩xuan 子zi 然ran 熙xi 梓zi 豪hao
一yi 鸣ming 博bo 皓hao 睿rui 航hang 锦jin 程cheng 远yuan 天tian 佑you 奕yi 辰chen 沐mu 泽ze 铭ming 昊hao
嘉jia 怡yi 涵han 诗shi 雨yu 桐tong 诺nuo 可ke 馨xin 萱xuan 琪qi 语yu 嫣yan 妍yan 梦meng 瑶yao 紫zi 若ruo
曦xi 悦yue 彤tong 婉wan 世shi 玮wei 炜wei 留liu 柳liu 章zhang 程cheng 阳yang 琳lin 婧jing 方fang 君jun
鹃juan 桦hua 虹hong 宏hong 滔tao 洁jie 垒lei 侠xia 瑛ying 岚lan 健jian 郭guo 智zhi 雯wen 亭ting 新xin
昊hao 晗han 仪yi 依yi 辰chen 波bo 斯si 佳jia 骏jun 朋peng 菲fei 钰yu 真zhen 峰feng 芸yun 勤qin 铭ming
闵min 莉li 汪wang 黄huang 王wang 张zhang 李li 刘liu 陈chen 杨yang 吴wu 周zhou 赵zhao 范fan 云yun 叶ye
阿a 依yi 古gu 买mai 提ti 艾ai 力li 卜bu 杜du 拉la 合he 努nu 尔er 亚ya 森sen 吐tu 逊xun 库ku 班ban 热re
米mi 帕pa 拜bai 再zai 曼man 不bu 都du 吉ji 克ke 苏su 来lai 沙sha 马ma 曲qu 比bi 西xi 则ze 日ri 火huo
木mu 呷ga 洛luo 伍wu 扎zha 多duo 卓zhuo 玛ma 次ci 仁ren 姆mu 央yang 金jin 旦dan 增zeng 格ge 桑sang 迪di
""".split():
    PINYIN[_line[0]] = _line[1:]
for s, _, py in SURNAMES:
    if len(s) == 1:
        PINYIN.setdefault(s, py)

HOMOPHONE = {
    "刘": "留柳", "伟": "玮炜", "王": "汪", "张": "章", "杨": "阳", "林": "琳", "静": "婧晶", "敏": "闵",
    "丽": "莉俪", "芳": "方", "军": "君", "娟": "鹃", "明": "铭", "华": "桦", "红": "虹宏", "平": "萍",
    "涛": "滔", "杰": "洁", "磊": "垒", "霞": "侠", "英": "瑛", "兰": "岚", "志": "智", "文": "雯",
    "婷": "亭", "欣": "鑫新", "宇": "雨语", "浩": "昊", "轩": "萱", "涵": "晗", "子": "紫", "梓": "子",
    "怡": "仪", "一": "依", "晨": "辰", "博": "波", "思": "斯", "嘉": "佳", "佳": "嘉家", "俊": "骏",
    "鹏": "朋", "飞": "菲", "玉": "钰", "珍": "真", "峰": "锋", "云": "芸", "琴": "勤", "黄": "王",
    "陈": "程", "徐": "许", "许": "徐", "吴": "武", "周": "邹", "李": "黎", "江": "姜", "蒋": "姜",
    "燕": "艳", "艳": "燕", "秀": "琇", "建": "健", "国": "郭", "雪": "薛", "晓": "小", "小": "晓",
    "颖": "莹", "琳": "林", "凤": "风", "彤": "桐", "萍": "平", "春": "纯", "海": "凯",
}
TRAD = dict(zip(
    "刘陈张杨黄赵吴孙马罗郑谢许韩冯邓蒋叶苏卢钟谭陆贾邹龙贺顾龚万钱严汤伟丽红军华国兰凤云东刚强涛杰鹏飞艳静荣庆宁贵宝晓辉玮轩诗梦颖岚凯胜卫进发树长兴铭乐远阳语诺泽欧庄凤亚热买库还萧",
    "劉陳張楊黃趙吳孫馬羅鄭謝許韓馮鄧蔣葉蘇盧鍾譚陸賈鄒龍賀顧龔萬錢嚴湯偉麗紅軍華國蘭鳳雲東剛強濤傑鵬飛艷靜榮慶寧貴寶曉輝瑋軒詩夢穎嵐凱勝衛進發樹長興銘樂遠陽語諾澤歐莊鳳亞熱買庫還蕭"))

UYGHUR_M = "买买提 艾力 阿卜杜拉 艾合买提 努尔 亚森 吐尔逊 库尔班 热合曼 依明".split()
UYGHUR_F = "阿依古丽 古丽娜 热依拉 米热古丽 帕提古丽 阿依努尔 迪丽拜尔 古再丽努尔".split()
YI_SUR = "吉克 阿苏 海来 沙马 曲比 阿西".split()
YI_M = "拉则 日火 木呷 尔古 子洛 伍呷".split()
YI_F = "阿依 伍呷 拉姆 木呷 阿西 日火".split()
TIB_M = "扎西多吉 次仁多吉 旦增 格桑 扎西 多吉次仁 旦增多吉".split()
TIB_F = "卓玛 次仁卓玛 拉姆 央金 格桑卓玛 央金拉姆 扎西拉姆".split()
for _p in ["依明yi ming"]:
    pass

# ----------------------------------------------------------------------------------
# Places
# ----------------------------------------------------------------------------------
PROV, CITY, DIST = "四川省", "成都市", "武侯区"
STREET = "簇桥街道"
RDIST, TOWN = "双流区", "黄龙溪镇"
COMMUNITIES = ["锦城社区", "七里社区", "龙井社区", "高碑社区"]
VILLAGES = ["凤凰村", "万家村", "石桥村"]
# name, kind (unit/tower/old), n buildings, max floor, rooms/floor, units, road, community, has property mgmt
ESTATES = [
    ("天府丽都", "unit", 22, 18, 3, 3, "武侯大道双楠段168号", 0, True),
    ("龙湖时代天街", "tower", 4, 33, 8, 1, "武侯大道顺江段77号", 0, True),
    ("蓝光COCO金沙", "unit", 14, 26, 4, 2, "金沙路88号", 1, True),
    ("锦绣花园", "unit", 18, 7, 2, 4, "簇桥路106号", 1, True),
    ("紫荆小区", "old", 12, 6, 2, 3, "机投路12号", 2, False),
    ("保利城", "unit", 20, 32, 4, 2, "龙井中街1号", 2, True),
    ("中海城南一号", "tower", 3, 30, 6, 1, "武兴一路3号", 3, True),
    ("华润二十四城", "unit", 16, 33, 4, 2, "高碑路9号", 3, True),
    ("阳光家园", "unit", 10, 11, 2, 3, "七里路55号", 1, True),
    ("南苑小区", "old", 9, 7, 2, 3, "簇桥乡正街20号", 0, False),
    ("新希望D10", "tower", 2, 31, 6, 1, "武青南路18号", 3, True),
    ("铁佛苑", "unit", 8, 9, 2, 3, "铁佛路39号", 2, True),
    ("川西机器厂宿舍", "old", 6, 6, 2, 2, "机投路89号", 2, False),
    ("碧桂园·天樾", "unit", 12, 28, 4, 2, "龙井北街66号", 1, True),
    ("金雁社区", "old", 7, 7, 2, 3, "金雁路5号", 0, False),
    ("万科城市花园", "unit", 18, 18, 4, 2, "高碑北路101号", 3, True),
]
OTHER_ADDR_DISTS = ["金牛区", "青羊区", "成华区", "锦江区", "高新区", "郫都区", "新都区"]
ROADS = ["一环路西一段", "营门口路", "蜀汉路", "抚琴西路", "建设路", "府青路", "东大街", "红星路三段",
         "人民南路四段", "天府大道中段", "锦城大道", "交子大道", "光华大道", "青羊大道", "二环路北四段", "星辉西路"]
WORKPLACES = [
    "成都市高新区天府大道中段1388号美年广场A座", "武侯区武侯大道顺江段73号", "成都市锦江区红星路三段1号IFS国际金融中心",
    "双流区西航港街道物联大道88号", "武侯区科华北路62号力宝大厦", "成都市青羊区顺城大街8号中环广场",
    "郫都区红光大道9999号", "成都市武侯区人民南路四段27号商鼎国际", "高新区吉泰五路88号香年广场",
    "成都市金牛区蜀汉路289号", "武侯区簇桥街道武兴四路166号", "成都市成华区建设路55号华联东环广场",
    "新都区新都大道8号", "双流区东升街道棠湖中路一段2号", "武侯区长华路19号万科汇智中心",
]

# ----------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------
FW = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-+()", "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ－＋（）")
CN_DIG = "〇一二三四五六七八九"


def fullwidth(s):
    return s.translate(FW)


def cn_num(n):
    if n < 10:
        return "零一二三四五六七八九"[n] if n else "零"
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    return "".join(CN_DIG[int(c)] for c in str(n))


def cn_digits(s, zero="〇"):
    return "".join((zero if c == "0" else CN_DIG[int(c)]) if c.isdigit() else c for c in s)


def wchoice(rng, items):
    """items: list of (value, weight)."""
    tot = sum(w for _, w in items)
    r = rng.random() * tot
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(id17):
    s = sum(int(c) * w for c, w in zip(id17, W_ID))
    return "10X98765432"[s % 11]


def load_areas():
    rows = []
    try:
        with open(os.path.join(DIV_DIR, "areas.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                rows.append((r["code"], r["name"]))
    except OSError:
        rows = [("510107", "武侯区"), ("510104", "锦江区"), ("511302", "顺庆区"), ("500101", "万州区")]
    return rows


# ----------------------------------------------------------------------------------
# Population
# ----------------------------------------------------------------------------------
class Person:
    __slots__ = ("pid", "hh", "sur", "given", "eth", "gender", "birth", "id18", "id15", "local", "mobile",
                 "mobile_old", "hk", "contact", "former", "workplace", "activity", "role", "hukou_addr",
                 "name_sep")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))

    @property
    def name(self):
        if self.eth == "uyghur":
            return self.given + "·" + self.sur
        return self.sur + self.given

    @property
    def age(self):
        b = self.birth
        return REF.year - b.year - ((REF.month, REF.day) < (b.month, b.day))


class Household:
    __slots__ = ("hid", "addr", "old_addr", "landline", "members", "rural", "migrant", "estate_pm")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


class World:
    def __init__(self, n_people, rng):
        self.rng = rng
        self.n_target = n_people
        self.people = []
        self.households = []
        self.used_ids = set()
        self.used_phones = set()
        self.used_flats = set()
        areas = load_areas()
        self.codes_cd = [c for c, _ in areas if c.startswith("5101")] + ["510122", "510124", "510125"]
        self.codes_sc = [c for c, _ in areas if c.startswith("51") and not c.startswith("5101")]
        self.codes_cq = [c for c, _ in areas if c.startswith("50")]
        self.codes_other = [c for c, _ in areas if c[:2] in ("43", "42", "36", "41", "52", "53", "61", "62", "44", "37", "13")]
        self.codes_xj = [c for c, _ in areas if c.startswith("65")] or ["650102"]
        self.codes_ls = [c for c, _ in areas if c.startswith("5134")] or ["513401"]
        self.codes_gz = [c for c, _ in areas if c.startswith("5133") or c.startswith("54")] or ["513301"]
        self.build()

    # ---- identity pieces ----
    def birth_code(self, local, eth, rural):
        r = self.rng
        if eth == "uyghur":
            return r.choice(self.codes_xj)
        if eth == "yi":
            return r.choice(self.codes_ls)
        if eth == "tibetan":
            return r.choice(self.codes_gz)
        if local:
            if rural:
                return wchoice(r, [("510116", 6), ("510122", 4), (r.choice(self.codes_cd), 1)])
            return wchoice(r, [("510107", 30), ("510104", 6), ("510105", 6), ("510106", 6), ("510108", 6),
                               ("510116", 4), ("510122", 3), (r.choice(self.codes_cd), 12), (r.choice(self.codes_sc), 20)])
        return wchoice(r, [(r.choice(self.codes_sc), 55), (r.choice(self.codes_cq), 15), (r.choice(self.codes_other), 30)])

    def make_id(self, code, birth, gender, seq_hint=None):
        r = self.rng
        for _ in range(200):
            if seq_hint is not None:
                seq = seq_hint
                seq_hint = None
            else:
                seq = r.randint(0, 499) * 2 + (1 if gender == "M" else 0)
                if seq == 0:
                    seq = 2
            id17 = "%s%s%03d" % (code, birth.strftime("%Y%m%d"), seq)
            id18 = id17 + check_digit(id17)
            if id18 not in self.used_ids:
                self.used_ids.add(id18)
                return id18, seq
        raise RuntimeError("id space")

    def new_mobile(self):
        r = self.rng
        pre = r.choice(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                        "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183",
                        "186", "187", "188", "189", "191", "198", "199", "138", "139", "135", "158", "180", "189"])
        while True:
            p = pre + "%08d" % r.randint(0, 99999999)
            if p not in self.used_phones:
                self.used_phones.add(p)
                return p

    def new_landline(self):
        while True:
            p = "028" + self.rng.choice("86") + "%07d" % self.rng.randint(0, 9999999)
            if p not in self.used_phones:
                self.used_phones.add(p)
                return p

    def new_hk(self):
        return "852" + self.rng.choice("5698") + "%07d" % self.rng.randint(0, 9999999)

    def given_name(self, by, gender, gen_char=None, avoid=()):
        r = self.rng
        era = "A" if by < 1955 else "B" if by < 1980 else "C" if by < 2000 else "D"
        fm, ff, cm, cf = ERA_NAMES[era]
        full = (fm if gender == "M" else ff).split()
        chars = cm if gender == "M" else cf
        for _ in range(50):
            if gen_char:
                g = gen_char + r.choice(chars.replace(gen_char, ""))
            elif r.random() < 0.33:
                # Zipf-ish over the popular-name list: common names repeat
                g = wchoice(r, [(x, 1.0 / (i + 1) ** 0.5) for i, x in enumerate(full)])
            else:
                single = r.random() < (0.3 if era in "BC" else 0.2)
                g = r.choice(chars) if single else r.choice(chars) + r.choice(chars)
                if len(g) == 2 and g[0] == g[1] and r.random() < 0.7:
                    continue
            if g not in avoid:
                return g
        return g

    def new_person(self, hh, role, gender, by_or_birth, sur=None, eth="han", local=True, gen_char=None,
                   avoid=(), code=None, seq_hint=None):
        r = self.rng
        if isinstance(by_or_birth, dt.date):
            birth = by_or_birth
        else:
            by = max(1925, min(by_or_birth, REF.year))
            start = dt.date(by, 1, 1)
            end = min(dt.date(by, 12, 31), REF)
            birth = start + dt.timedelta(days=r.randint(0, max(0, (end - start).days)))
        if eth == "han":
            if sur is None:
                sur = wchoice(r, [(s, w) for s, w, _ in SURNAMES])
            given = self.given_name(birth.year, gender, gen_char, avoid)
        elif eth == "uyghur":
            if sur is None:
                sur = r.choice(UYGHUR_M)
            given = r.choice([x for x in (UYGHUR_M if gender == "M" else UYGHUR_F) if x != sur])
        elif eth == "yi":
            if sur is None:
                sur = r.choice(YI_SUR)
            given = r.choice(YI_M if gender == "M" else YI_F)
        else:  # tibetan: no surname
            sur = ""
            given = r.choice(TIB_M if gender == "M" else TIB_F)
        if code is None:
            code = self.birth_code(local, eth, hh.rural)
        id18, seq = self.make_id(code, birth, gender, seq_hint)
        id15 = id18[:6] + id18[8:17] if birth.year < 1984 else None
        age = REF.year - birth.year
        p = Person(pid="P%06d" % (len(self.people) + 1), hh=hh, sur=sur, given=given, eth=eth, gender=gender,
                   birth=birth, id18=id18, id15=id15, local=local, role=role)
        # phones
        own = (0.97 if 18 <= age < 60 else 0.85 if 60 <= age < 70 else 0.5 if 70 <= age < 80 else 0.25
               if age >= 80 else 0.6 if 14 <= age < 18 else 0.0)
        if r.random() < own:
            p.mobile = self.new_mobile()
            if r.random() < 0.11:
                p.mobile_old = self.new_mobile()
            if r.random() < 0.006:
                p.hk = self.new_hk()
        if r.random() < 0.005 and 20 <= age:
            p.former = sur + self.given_name(birth.year, gender)
        if 22 <= age < 60 and r.random() < 0.45:
            p.workplace = r.choice(WORKPLACES)
        p.activity = r.lognormvariate(0, 0.8)
        self.people.append(p)
        hh.members.append(p)
        return p

    # ---- addresses ----
    def new_flat(self, rural):
        r = self.rng
        for _ in range(1000):
            if rural:
                v = r.randrange(len(VILLAGES))
                a = ("rural", v, r.randint(1, 11), r.randint(1, 130))
            else:
                e = wchoice(r, [(i, est[2] * est[3] * est[4] * est[5]) for i, est in enumerate(ESTATES)])
                est = ESTATES[e]
                a = ("flat", e, r.randint(1, est[2]), r.randint(1, est[5]), r.randint(1, est[3]), r.randint(1, est[4]))
            if a not in self.used_flats:
                self.used_flats.add(a)
                return a
        raise RuntimeError("no flats")

    def ext_addr(self):
        r = self.rng
        n = r.randint(1, 400)
        return ("ext", "成都市%s%s%d号%d栋%d单元%d%02d" % (r.choice(OTHER_ADDR_DISTS), r.choice(ROADS), n,
                                                    r.randint(1, 12), r.randint(1, 3), r.randint(1, 20), r.randint(1, 4)))

    # ---- households ----
    def build(self):
        r = self.rng
        heads_by_sur = defaultdict(list)
        while len(self.people) < self.n_target:
            rural = r.random() < 0.2
            migrant = (not rural) and r.random() < 0.3
            eth = "han"
            if migrant and r.random() < 0.07:
                eth = r.choice(["uyghur", "yi", "yi", "tibetan"])
            elif r.random() < 0.005:
                eth = r.choice(["yi", "tibetan"])
            hh = Household(hid=len(self.households) + 1, members=[], rural=rural, migrant=migrant)
            hh.addr = self.new_flat(rural)
            if r.random() < 0.12:
                hh.old_addr = self.new_flat(False) if r.random() < 0.5 else self.ext_addr()
            hh.estate_pm = (not rural) and ESTATES[hh.addr[1]][8]
            local = not migrant
            t = wchoice(r, [("single_young", 8), ("single_old", 7), ("couple_young", 8), ("couple_old", 14),
                            ("family1", 24), ("family2", 13), ("threegen", 16 if not rural else 30),
                            ("single_parent", 4), ("old_child", 4), ("roommates", 2 if migrant else 0)])
            self.households.append(hh)
            # possibly a sibling of an existing head (shares surname, birthplace, generation char)
            sib = None
            if eth == "han" and t in ("couple_young", "couple_old", "family1", "family2", "threegen") and r.random() < 0.1:
                cands = [p for p in self.people[-3000:] if p.role == "head" and p.gender == "M" and p.eth == "han"
                         and p.local == local]
                if cands:
                    sib = r.choice(cands)
            if t in ("single_young", "roommates"):
                n = 1 if t == "single_young" else r.randint(2, 3)
                for _ in range(n):
                    self.new_person(hh, "head", r.choice("MF"), REF.year - r.randint(20, 40), eth=eth, local=local)
                continue
            if t == "single_old":
                self.new_person(hh, "head", wchoice(r, [("F", 65), ("M", 35)]), REF.year - r.randint(65, 92), eth=eth, local=local)
                continue
            if t == "old_child":
                pa = REF.year - r.randint(68, 90)
                par = self.new_person(hh, "head", wchoice(r, [("F", 65), ("M", 35)]), pa, eth=eth, local=local)
                self.new_person(hh, "child", r.choice("MF"), pa + r.randint(22, 36), sur=par.sur if par.gender == "M" else None,
                                eth=eth, local=local)
                continue
            if t in ("couple_young", "couple_old"):
                ha = r.randint(23, 38) if t == "couple_young" else r.randint(50, 85)
            elif t == "threegen":
                ha = r.randint(30, 48)
            else:
                ha = r.randint(26, 55)
            if sib is not None:
                ha = max(20, min(90, sib.age + r.randint(-8, 8)))
            hy = REF.year - ha
            if t == "single_parent":
                g = wchoice(r, [("F", 75), ("M", 25)])
                head = self.new_person(hh, "head", g, hy, eth=eth, local=local)
                husb, wife = (head, None) if g == "M" else (None, head)
                mother_y = hy
            else:
                gc = None
                if sib is not None and len(sib.given) == 2:
                    gc = sib.given[0]
                husb = self.new_person(hh, "head", "M", hy, sur=sib.sur if sib else None, eth=eth, local=local,
                                       gen_char=gc, avoid=(sib.given,) if sib else (),
                                       code=sib.id18[:6] if sib else None)
                wife = self.new_person(hh, "spouse", "F", hy + max(-6, min(12, int(r.gauss(2, 2.5)))), eth=eth,
                                       local=local if r.random() < 0.9 else not local)
                mother_y = wife.birth.year
                if sib is not None and sib.mobile and r.random() < 0.3:
                    pass
            # children
            nk = {"couple_young": 0, "couple_old": 0, "family1": 1, "family2": 2, "threegen": r.choice([1, 1, 2]),
                  "single_parent": 1}.get(t, 0)
            if t == "family2" and (rural or mother_y < 1975) and r.random() < 0.3:
                nk = 3
            father = husb
            kid_sur = father.sur if father else (wife.sur if wife else None)
            if eth == "uyghur" and father:
                kid_sur = father.given
            kids = []
            gen_char = None
            if nk >= 2 and eth == "han" and (rural or mother_y < 1960 or r.random() < 0.3):
                gen_char = r.choice(GEN_CHARS)
            twins = nk >= 2 and r.random() < 0.04
            for k in range(nk):
                ky = mother_y + r.randint(22, 37)
                if ky > REF.year:
                    ky = REF.year - r.randint(0, 3)
                by = ky
                if twins and k == 1:
                    by = kids[0].birth
                    code = kids[0].id18[:6]
                    seq = int(kids[0].id18[14:17]) + 1
                    g = r.choice("MF")
                    seq = seq + (0 if (seq % 2 == 1) == (g == "M") else 1)
                    kk = self.new_person(hh, "child", g, by, sur=kid_sur, eth=eth, local=local or r.random() < 0.5,
                                         gen_char=gen_char, avoid=[x.given for x in kids], code=code, seq_hint=seq % 1000)
                else:
                    kk = self.new_person(hh, "child", r.choice("MF"), by, sur=kid_sur if r.random() < 0.96 else None,
                                         eth=eth, local=local or r.random() < 0.5, gen_char=gen_char,
                                         avoid=[x.given for x in kids])
                kids.append(kk)
            if t == "threegen":
                # elderly parents of husband (same surname) or of the wife (in-laws)
                side = husb if (husb and r.random() < 0.65) else (wife or husb)
                py_ = side.birth.year - r.randint(24, 34)
                both = r.random() < 0.5
                if both or r.random() < 0.4:
                    self.new_person(hh, "elder", "M", py_, sur=side.sur, eth=eth, local=local or rural,
                                    code=side.id18[:6] if r.random() < 0.7 else None)
                if both or True:
                    self.new_person(hh, "elder", "F", py_ + r.randint(-2, 5), eth=eth, local=local or rural)
            if father:
                heads_by_sur[father.sur].append(father)
        self.people = self.people  # may overshoot by a few; fine
        self.finish()

    def finish(self):
        r = self.rng
        # adults by surname for linking elderly to their children living in other households
        by_sur = defaultdict(list)
        for p in self.people:
            if 25 <= p.age <= 60 and p.mobile:
                by_sur[p.sur].append(p)
        for hh in self.households:
            head = hh.members[0]
            old_hh = (head.age >= 55)
            hh.landline = self.new_landline() if r.random() < (0.28 if old_hh else 0.07) else None
            for p in hh.members:
                # hukou registration address
                if p.local:
                    x = r.random()
                    if hh.old_addr and x < 0.6:
                        p.hukou_addr = hh.old_addr
                    elif x < 0.82:
                        p.hukou_addr = hh.addr
                    elif x < 0.92:
                        p.hukou_addr = self.ext_addr()
                    else:
                        p.hukou_addr = ("collective", r.randrange(len(COMMUNITIES)))
            # contact phone of the elderly: a child's phone
            for p in hh.members:
                if p.age >= 60:
                    kids = [q for q in hh.members if q is not p and q.mobile and 18 <= q.age <= p.age - 18]
                    if kids and r.random() < 0.8:
                        p.contact = r.choice(kids).mobile
                    else:
                        c = [q for q in by_sur.get(p.sur, []) if q.hh is not hh and 18 <= p.age - q.age <= 42]
                        if c and r.random() < 0.6:
                            p.contact = r.choice(c).mobile
                        else:
                            p.contact = self.new_mobile()  # a child living elsewhere


# ----------------------------------------------------------------------------------
# Rendering of fields
# ----------------------------------------------------------------------------------
def est_name(e, rng, p_var=0.2):
    name = ESTATES[e][0]
    if rng.random() >= p_var:
        return name
    if "·" in name:
        return rng.choice([name.replace("·", ""), name.replace("·", "."), name.split("·")[1], name.replace("·", " ")])
    for suf in ("小区", "花园", "社区"):
        if name.endswith(suf) and len(name) > 3:
            return rng.choice([name[:-len(suf)], name + "小区" if suf != "小区" else name[:-2]])
    if name.endswith("宿舍"):
        return rng.choice([name[:-2] + "宿舍区", name.replace("机器厂", "机器厂职工")])
    return rng.choice([name + "小区", name + "小区", name.upper() if name.isascii() else name + "小区"])


def prefix_str(level, comm, rural, rng):
    if rural:
        parts = {0: "", 1: RDIST, 2: CITY + RDIST, 3: PROV + CITY + RDIST, 4: CITY + RDIST + TOWN,
                 5: PROV + CITY + RDIST + TOWN, 6: TOWN, 7: RDIST + TOWN, 8: "四川成都双流"}
        return parts[level]
    parts = {0: "", 1: DIST, 2: CITY + DIST, 3: PROV + CITY + DIST, 4: CITY + DIST + STREET,
             5: PROV + CITY + DIST + STREET + COMMUNITIES[comm], 6: COMMUNITIES[comm], 7: STREET + COMMUNITIES[comm],
             8: "四川成都武侯"}
    return parts[level]


def render_addr(a, rng, st):
    """a: address tuple; st: style dict for the app."""
    if a is None:
        return None
    kind = a[0]
    if kind == "ext":
        s = a[1]
        if rng.random() < 0.3:
            s = s.replace("成都市", "")
        if rng.random() < st.get("fw", 0):
            s = fullwidth(s)
        return s
    if kind == "work":
        return a[1]
    if kind == "collective":
        return rng.choice(["", CITY + DIST]) + STREET + COMMUNITIES[a[1]] + rng.choice(["集体户", "集体户口", "公共户"])
    level = wchoice(rng, st["prefix"])
    if kind == "rural":
        _, v, g, n = a
        vil = VILLAGES[v]
        if st.get("clean"):
            grp, num = "%d组" % g, "%d号" % n
        else:
            grp = wchoice(rng, [("%d组" % g, 6), ("%s组" % cn_num(g), 2), ("%d社" % g, 2), ("%d队" % g, 0.5)])
            num = wchoice(rng, [("%d号" % n, 7), ("", 2), ("%d号附1号" % n, 0.3)])
        s = prefix_str(level, None, True, rng) + vil + grp + num
        if rng.random() < st.get("fw", 0):
            s = fullwidth(s)
        return s
    _, e, b, u, fl, no = a
    est = ESTATES[e]
    comm = est[7]
    pre = prefix_str(level, comm, False, rng)
    if rng.random() < st.get("road", 0.05):
        base = est[6]
        if level in (6, 7) or level == 0:
            pass
    else:
        base = est_name(e, rng, st.get("estvar", 0.2))
    if rng.random() < st.get("noest", 0):
        base = ""
    room = "%d%02d" % (fl, no)
    cn = rng.random() < st.get("cn", 0)
    rsuf = wchoice(rng, st.get("rsuf", [("", 5), ("室", 3), ("号", 3)]))
    kind_e = est[1]
    if kind_e == "tower" and st.get("clean"):
        body = "%s座%s%s" % ("ABCD"[b - 1], room, rsuf)
    elif kind_e == "tower":
        letter = "ABCD"[b - 1]
        body = wchoice(rng, [("%s座%s%s" % (letter, room, rsuf), 5), ("%s栋%s%s" % (letter, room, rsuf), 3),
                             ("%s-%s" % (letter, room), 2 * st.get("dash", 1)), ("%s座%d楼%d号" % (letter, fl, no), 1),
                             ("%s区%s" % (letter, room), 0.3), ("%s座%s" % (letter.lower(), room), 0.3)])
    elif kind_e == "old":
        body = wchoice(rng, [("%d栋%d单元%d楼%d号" % (b, u, fl, no), 5), ("%d-%d-%d-%d" % (b, u, fl, no), 3 * st.get("dash", 1)),
                             ("%d栋%d单元%s%s" % (b, u, room, rsuf), 3), ("%d幢%d单元%d楼%d号" % (b, u, fl, no), 1),
                             ("%d-%d-%s" % (b, u, room), 1 * st.get("dash", 1))])
        if cn:
            body = "%s栋%s单元%s楼%s号" % (cn_num(b), cn_num(u), cn_num(fl), cn_num(no))
    else:
        forms = [("%d栋%d单元%s%s" % (b, u, room, rsuf), 8), ("%d幢%d单元%s%s" % (b, u, room, rsuf), 2),
                 ("%d号楼%d单元%s%s" % (b, u, room, rsuf), 1.5), ("%d-%d-%s" % (b, u, room), 3 * st.get("dash", 1)),
                 ("%d栋%d-%s" % (b, u, room), 1), ("%d栋%d单元%d楼%d号" % (b, u, fl, no), 1),
                 ("%d栋%s%s" % (b, room, rsuf), 0.4 if est[5] == 1 else 0.2)]
        if st.get("clean"):
            forms = forms[:3]
        body = wchoice(rng, forms)
        if cn:
            body = wchoice(rng, [("%s栋%s单元%s" % (cn_num(b), cn_num(u), room), 3),
                                 ("%s栋%s单元%s" % (cn_num(b), cn_num(u), cn_digits(room, rng.choice("〇零"))), 1)])
    if base and body[0].isdigit() and base[-1].isalnum() and base[-1].isascii() and rng.random() < 0.5:
        base = base + rng.choice([" ", "小区"])
    s = pre + base + body
    if rng.random() < st.get("fw", 0):
        s = fullwidth(s)
    if rng.random() < st.get("aspace", 0):
        s = s.replace(base, base + " ", 1) if base else s
    return s


def fmt_mobile(num, rng, styles):
    st = wchoice(rng, styles)
    if st == "plain":
        return num
    if st == "space":
        return "%s %s %s" % (num[:3], num[3:7], num[7:])
    if st == "dash":
        return "%s-%s-%s" % (num[:3], num[3:7], num[7:])
    if st == "p86":
        return "+86 " + num
    if st == "p86n":
        return "+86" + num
    if st == "86dash":
        return "86-" + num
    if st == "0086":
        return rng.choice(["0086", "0086 "]) + num
    if st == "fw":
        return fullwidth(num)
    if st == "mask":
        return num[:3] + "****" + num[7:]
    if st == "p86dash":
        return "+86-" + num
    return num


def fmt_landline(num, rng):
    area, loc = num[:3], num[3:]
    return wchoice(rng, [("%s-%s" % (area, loc), 5), ("(%s)%s" % (area, loc), 2), (num, 2), (loc, 2),
                         ("+86 28 %s %s" % (loc[:4], loc[4:]), 1), ("%s %s %s" % (area, loc[:4], loc[4:]), 1),
                         ("（%s）%s" % (area, loc), 0.5)])


def fmt_hk(num, rng):
    loc = num[3:]
    return wchoice(rng, [("+852 %s %s" % (loc[:4], loc[4:]), 4), ("852-" + loc, 2), ("00852" + loc, 1),
                         ("(852)" + loc, 1), ("+852" + loc, 2)])


def typo_digits(s, rng):
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    if len(idx) < 6:
        return s
    idx = idx[3:]
    l = list(s)
    if rng.random() < 0.5:
        i = rng.choice(idx)
        l[i] = rng.choice([d for d in "0123456789" if d != l[i]])
    else:
        pairs = [(a, b) for a, b in zip(idx, idx[1:]) if b == a + 1 and l[a] != l[b]]
        if pairs:
            a, b = rng.choice(pairs)
            l[a], l[b] = l[b], l[a]
    return "".join(l)


def render_phone(num, rng, st):
    if num is None:
        return None
    if num.startswith("852"):
        s = fmt_hk(num, rng)
    elif num.startswith("028"):
        s = fmt_landline(num, rng)
    else:
        s = fmt_mobile(num, rng, st["phone"])
    if rng.random() < st.get("ptypo", 0):
        s = typo_digits(s, rng)
    return s


def render_id(p, rng, st, forced=None):
    mode = forced or wchoice(rng, st["id"])
    id18 = p.id18
    if rng.random() < st.get("idtypo", 0):
        id18 = typo_digits(id18, rng)
    if mode == "none":
        return None, id18
    if mode == "18":
        s = id18
    elif mode == "18x":
        s = id18.lower() if rng.random() < 0.8 else id18
    elif mode == "15":
        s = p.id15 if p.id15 else id18
    elif mode == "mask6":
        s = id18[:6] + "********" + id18[14:]
    elif mode == "mask4":
        s = id18[:4] + "**********" + id18[14:]
    elif mode == "mask3":
        s = id18[:3] + "***********" + id18[14:]
    elif mode == "mask_mid":
        s = id18[:10] + "****" + id18[14:]
    elif mode == "last4":
        s = id18[-4:]
    elif mode == "last6":
        s = id18[-6:]
    elif mode == "spaced":
        s = "%s %s %s" % (id18[:6], id18[6:14], id18[14:])
    elif mode == "fw":
        s = fullwidth(id18)
    else:
        s = id18
    if st.get("idlower", 0) and rng.random() < st["idlower"]:
        s = s.lower()
    return s, id18


def id_to_birth(id18):
    try:
        return dt.date(int(id18[6:10]), int(id18[10:12]), int(id18[12:14]))
    except ValueError:
        return None


def render_birth(d, rng, st):
    if d is None:
        return None
    if rng.random() < st.get("swap", 0) and d.day <= 12 and d.day != d.month:
        d = dt.date(d.year, d.day, d.month)
    if rng.random() < st.get("dayoff", 0):
        d = d + dt.timedelta(days=rng.choice([-1, 1]))
    f = wchoice(rng, st["birth"])
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": "%04d-%02d-%02d" % (y, m, dd), "slash": "%d/%d/%d" % (y, m, dd), "slash0": "%04d/%02d/%02d" % (y, m, dd),
        "compact": "%04d%02d%02d" % (y, m, dd), "cn": "%d年%d月%d日" % (y, m, dd), "dot": "%04d.%02d.%02d" % (y, m, dd),
        "dotnz": "%d.%d.%d" % (y, m, dd), "year": "%d" % y, "yearcn": "%d年" % y, "ym": "%04d.%02d" % (y, m),
        "ymdash": "%04d-%02d" % (y, m), "ymcn": "%d年%d月" % (y, m), "dmy": "%02d/%02d/%04d" % (dd, m, y),
        "passport": "%02d %s %04d" % (dd, "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()[m - 1], y),
        "isodt": "%04d-%02d-%02d 00:00:00" % (y, m, dd), "short": "%02d%02d%02d" % (y % 100, m, dd),
    }[f]


GENDER_FMT = {
    "cn": ("男", "女"), "mf": ("M", "F"), "en": ("male", "female"), "num": ("1", "2"), "cnx": ("男性", "女性"),
    "mflow": ("m", "f"), "en_cap": ("Male", "Female"),
}


def render_gender(g, rng, st):
    if rng.random() < st.get("gmiss", 0):
        return None
    if rng.random() < st.get("gwrong", 0):
        g = "F" if g == "M" else "M"
    f = wchoice(rng, st["gender"])
    pair = GENDER_FMT[f]
    return pair[0] if g == "M" else pair[1]


def pinyin_of(s):
    return [PINYIN.get(c) for c in s]


def romanise(p, rng):
    r = rng
    if p.eth == "uyghur":
        a = "".join(PINYIN.get(c, "") for c in p.given)
        b = "".join(PINYIN.get(c, "") for c in p.sur)
        return wchoice(r, [("%s %s" % (a.upper(), b.upper()), 3), ("%s·%s" % (a.upper(), b.upper()), 1),
                           ("%s %s" % (a.capitalize(), b.capitalize()), 1)])
    sur_py = SUR_PY.get(p.sur) or "".join(PINYIN.get(c, "") for c in p.sur)
    syl = [PINYIN.get(c) for c in p.given]
    if any(x is None for x in syl) or not sur_py:
        return p.name
    if "ü" in sur_py:
        sur_py = wchoice(r, [("lyu", 4), ("lv", 3), ("lü", 2), ("lu", 1)])
    giv = "".join(syl)
    style = wchoice(r, [("PASS", 6), ("Title", 3), ("HY", 1.5), ("low", 1), ("west", 1.2), ("comma", 0.6)])
    if style == "PASS":
        return "%s %s" % (sur_py.upper(), giv.upper())
    if style == "Title":
        return "%s %s" % (sur_py.capitalize(), giv.capitalize())
    if style == "HY":
        return "%s %s" % (sur_py.upper(), "-".join(x.capitalize() for x in syl))
    if style == "low":
        return " ".join([sur_py] + syl)
    if style == "west":
        return "%s %s" % (giv.capitalize(), sur_py.capitalize())
    return "%s, %s" % (sur_py.upper(), giv.upper())


def render_name(p, rng, st):
    r = rng
    if r.random() < st.get("nempty", 0):
        return None
    if r.random() < st.get("pinyin", 0):
        return romanise(p, r)
    name = p.former if (p.former and r.random() < st.get("former", 0)) else p.name
    if r.random() < st.get("title", 0) and p.sur:
        if p.age >= 65 and r.random() < 0.3:
            return p.sur + (("大爷", "爷爷", "老汉") if p.gender == "M" else ("婆婆", "奶奶", "阿姨"))[r.randrange(3)]
        return p.sur + wchoice(r, [("先生" if p.gender == "M" else "女士", 6), ("某", 2), ("某某", 1),
                                   ("哥" if p.gender == "M" else "姐", 0.5)])
    if r.random() < st.get("homo", 0):
        cands = [i for i, c in enumerate(name) if c in HOMOPHONE]
        if cands:
            i = r.choice(cands)
            name = name[:i] + r.choice(HOMOPHONE[name[i]]) + name[i + 1:]
    if r.random() < st.get("trad", 0):
        name = "".join(TRAD.get(c, c) for c in name)
    if "·" in name:
        name = wchoice(r, [(name, 5), (name.replace("·", "."), 1), (name.replace("·", " "), 1),
                           (name.replace("·", ""), 1.5), (name.replace("·", "•"), 0.7), (name.replace("·", "・"), 0.5)])
    elif r.random() < st.get("space", 0) and len(name) >= 2:
        if len(name) == 2:
            name = name[0] + r.choice([" ", "  ", "　"]) + name[1]
        else:
            name = name[0] + " " + name[1:]
    if r.random() < st.get("charerr", 0) and len(name) >= 3:
        # dropped or duplicated character, a typing slip
        i = r.randrange(1, len(name))
        name = name[:i] + name[i + 1:] if r.random() < 0.6 else name[:i] + name[i] + name[i:]
    if r.random() < st.get("trail", 0):
        name = name + r.choice([" ", "（户主）", "(户主)", "*", "　"])
    return name


# ----------------------------------------------------------------------------------
# Apps
# ----------------------------------------------------------------------------------
PHONE_PLAIN = [("plain", 1)]
PREF_FULL = [(3, 6), (5, 3), (2, 1)]
PREF_MIX = [(0, 4), (1, 1), (2, 2), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1), (8, 0.3)]

APPS = {}


def app(code, label, **st):
    st["code"] = code
    st["label"] = label
    APPS[code] = st
    return st


app("hukou", "公安户籍人口库", nulls=[("", 1)], collects="nipbga",
    id=[("18", 1)], birth=[("iso", 1)], gender=[("cn", 1)], prefix=[(3, 8), (5, 2)], estvar=0.02, road=0.15, dash=0, clean=True,
    rsuf=[("号", 6), ("室", 3)], phone=[("plain", 1)], p_phone=0.45, p_oldphone=0.6, homo=0.002, dup=0.003)
app("liudong", "流动人口/居住证登记", nulls=[("无", 4), ("", 2)], collects="nipbga",
    id=[("18", 8), ("18x", 1)], idtypo=0.004, birth=[("slash", 6), ("iso", 3)], gender=[("cn", 1)],
    prefix=[(2, 5), (1, 2), (4, 2), (0, 1)], estvar=0.25, phone=[("plain", 5), ("dash", 2), ("space", 1)],
    p_phone=0.92, p_oldphone=0.25, p_oldaddr=0.3, homo=0.01, trad=0.003, ptypo=0.01, dup=0.01)
app("wangge", "网格员走访台账(Excel)", nulls=[("无", 3), ("不详", 2), ("/", 2), ("-", 1), ("", 4)], collects="nipbga",
    id=[("18", 55), ("18x", 5), ("15", 6), ("none", 28), ("spaced", 1), ("fw", 1), ("last6", 3)], idtypo=0.015,
    birth=[("iso", 3), ("slash", 3), ("compact", 1), ("cn", 2), ("dot", 2), ("dotnz", 1), ("year", 1), ("ymcn", 1), ("short", 0.3)],
    swap=0.02, dayoff=0.01, gender=[("cn", 1)], gmiss=0.05, gwrong=0.01,
    prefix=[(0, 10), (6, 2), (1, 1), (7, 1)], estvar=0.35, cn=0.06, fw=0.04, road=0.05, aspace=0.03,
    phone=[("plain", 8), ("space", 3), ("dash", 3), ("fw", 1), ("p86", 0.5)], p_phone=0.85, p_family=0.2,
    p_oldphone=0.25, p_oldaddr=0.2, p_multi=0.03, ptypo=0.02, homo=0.035, trad=0.01, title=0.02, space=0.04,
    charerr=0.005, former=0.5, trail=0.01, dup=0.03, redo=0.025, p_birth=0.75)
app("yibao", "医保/社保参保库", nulls=[("NULL", 5), ("", 1)], collects="nipbga",
    id=[("18", 1)], idtypo=0.003, birth=[("compact", 7), ("isodt", 3)], derive_birth=True, gender=[("num", 1)],
    prefix=[(2, 4), (3, 3), (1, 2)], estvar=0.1, phone=[("p86", 3), ("86dash", 2), ("plain", 4), ("p86n", 1)],
    p_phone=0.8, p_oldphone=0.5, p_oldaddr=0.45, p_work=0.35, homo=0.004, dup=0.004)
app("yimiao", "疫苗接种登记", nulls=[("", 3), ("不详", 1)], collects="nipbga",
    id=[("mask6", 6), ("mask4", 3), ("mask3", 1), ("mask_mid", 1)], birth=[("dot", 4), ("iso", 4), ("slash", 1)],
    gender=[("mf", 1)], gmiss=0.02, gwrong=0.005, prefix=[(1, 3), (2, 2), (0, 4)], estvar=0.2, noaddr=0.3,
    phone=[("plain", 6), ("mask", 3), ("space", 1)], p_phone=0.95, p_oldphone=0.3, p_oldaddr=0.35,
    homo=0.012, trad=0.004, dup=0.01)
app("yanglao", "养老服务/高龄津贴", nulls=[("不详", 4), ("", 2)], collects="nipbga",
    id=[("last6", 5), ("15", 2), ("18", 3)], birth=[("year", 3), ("ymcn", 2), ("cn", 3), ("iso", 2)], lunar=0.08, swap=0.01,
    gender=[("cn", 1)], prefix=[(3, 2), (5, 4), (4, 2)], estvar=0.15, cn=0.25, road=0.05,
    phone=[("plain", 6), ("space", 2)], p_phone=0.97, p_child=0.55, p_landline=0.3, homo=0.02, title=0.03,
    former=0.4, dup=0.01)
app("xuexiao", "学校学籍/入学报名", nulls=[("-", 3), ("", 1)], collects="nipbga",
    id=[("18x", 6), ("18", 4)], idlower=0.0, birth=[("slash", 6), ("iso", 3)], gender=[("en", 4), ("en_cap", 1)],
    prefix=[(0, 5), (1, 2), (2, 1)], estvar=0.5, dash=0.3, rsuf=[("室", 6), ("", 2)], phone=[("space", 4), ("plain", 5)],
    p_phone=1.0, p_parent=1.0, homo=0.01, pinyin=0.01, dup=0.02)
app("wuye", "物业收费/业主登记", nulls=[("", 1)], collects="nipga",
    id=[("none", 85), ("last4", 12), ("last6", 3)], gender=[("cn", 1)], prefix=[(0, 10)], estvar=0.3, dash=2, road=0.0, noest=0.25,
    phone=[("plain", 6), ("dash", 1), ("space", 1)], p_phone=0.97, p_landline=0.12, p_oldphone=0.1,
    homo=0.02, trad=0.01, title=0.3, nempty=0.38, dup=0.02)
app("zhiyuan", "志愿者报名(小程序)", nulls=[("", 1)], collects="npg",
    id=[("none", 1)], gender=[("cnx", 3), ("cn", 1)], gmiss=0.5,
    phone=[("p86", 3), ("plain", 5), ("fw", 1), ("p86n", 1), ("0086", 0.5), ("86dash", 0.5)], p_phone=1.0,
    ptypo=0.015, homo=0.02, trad=0.03, pinyin=0.02, space=0.02, dup=0.04)
app("yanlian", "应急演练报名", nulls=[("", 1)], collects="nga",
    id=[("none", 1)], gender=[("cn", 1)], gmiss=0.4, prefix=[(0, 1)], noest=0.7, estvar=0.5, noaddr=0.65,
    homo=0.03, title=0.05, space=0.05, charerr=0.01, dup=0.03)
app("minzheng", "民政救助/残联台账", nulls=[("不详", 2), ("无", 2), ("", 1)], collects="nipbga",
    id=[("15", 5), ("18", 5)], idtypo=0.01, birth=[("cn", 6), ("iso", 2)], swap=0.015, gender=[("cnx", 1)],
    prefix=[(3, 3), (5, 5)], estvar=0.1, cn=0.15, phone=[("plain", 1)], p_phone=0.8, p_landline=0.5, p_child=0.3,
    p_oldphone=0.5, p_oldaddr=0.5, former=0.6, homo=0.01, dup=0.01)
app("fuyou", "妇幼保健/计生服务", nulls=[("不详", 3), ("", 2)], collects="nipbga",
    id=[("18", 6), ("mask6", 2), ("none", 1)], idtypo=0.006, birth=[("iso", 5), ("compact", 2)], derive_birth=True,
    gender=[("cn", 1)], prefix=[(2, 3), (1, 3), (0, 2)], estvar=0.2,
    phone=[("plain", 7), ("dash", 1)], p_phone=0.95, p_oldphone=0.2, p_oldaddr=0.3, homo=0.01, dup=0.01)
app("xuanmin", "选民登记", nulls=[("", 1)], collects="nbgai",
    id=[("18", 8), ("none", 2)], birth=[("ym", 6), ("ymdash", 2), ("ymcn", 2)], gender=[("cn", 1)],
    prefix=[(6, 3), (0, 6), (7, 1)], estvar=0.15, cn=0.3, p_oldaddr=0.4, homo=0.008, former=0.3, dup=0.005)
app("churujing", "出入境证件申领", nulls=[("", 1)], collects="nipbga",
    id=[("18", 1)], birth=[("iso", 5), ("passport", 3)], gender=[("mf", 1)],
    prefix=[(3, 5), (2, 5)], estvar=0.1, phone=[("p86", 4), ("p86dash", 2), ("plain", 3)], p_phone=0.98,
    p_hk=1.0, p_oldphone=0.3, p_oldaddr=0.3, pinyin=0.92, dup=0.005)

# share of eligible people sampled (weighted by activity)
def eligibility(w):
    E = {}
    ppl = w.people
    E["hukou"] = ([p for p in ppl if p.local], 0.93)
    E["liudong"] = ([p for p in ppl if not p.local and p.age >= 16], 0.7)
    E["wangge"] = (ppl, 0.50)
    E["yibao"] = (ppl, 0.36)
    E["yimiao"] = ([p for p in ppl if p.age >= 1], 0.27)
    E["yanglao"] = ([p for p in ppl if p.age >= 60], 0.62)
    E["xuexiao"] = ([p for p in ppl if 3 <= p.age <= 18], 0.72)
    E["zhiyuan"] = ([p for p in ppl if 16 <= p.age <= 72 and p.mobile], 0.17)
    E["yanlian"] = ([p for p in ppl if 12 <= p.age <= 78], 0.13)
    E["minzheng"] = ([p for p in ppl if p.age >= 18], 0.07)
    E["fuyou"] = ([p for p in ppl if (p.gender == "F" and 20 <= p.age <= 49) or p.age <= 6], 0.4)
    E["xuanmin"] = ([p for p in ppl if p.age >= 18 and (p.local or p.hh.migrant)], 0.35)
    E["churujing"] = ([p for p in ppl if p.age >= 8 and p.age <= 75 and p.eth != "tibetan"], 0.085)
    return E


def app_weight(code, p):
    a = p.activity
    if code == "minzheng":
        return a * (4 if p.age >= 65 else 1) * (2 if p.hh.rural else 1)
    if code == "zhiyuan":
        return a * (2.5 if 45 <= p.age <= 68 else 1)
    if code == "wangge":
        return a * (2 if p.hh.rural or p.age >= 60 else 1)
    if code == "xuanmin":
        return a * (2 if p.local else 0.2)
    if code == "churujing":
        return a * (8 if p.hk else 1) * (1.5 if p.workplace else 1)
    if code == "yimiao":
        return a * (3 if p.age <= 12 or p.age >= 60 else 1)
    return a


def sample(rng, people, frac, code):
    k = int(round(len(people) * frac))
    keyed = []
    for p in people:
        w = app_weight(code, p)
        keyed.append((rng.random() ** (1.0 / max(w, 1e-6)), p))
    keyed.sort(key=lambda x: -x[0])
    return [p for _, p in keyed[:k]]


def pick_phone(p, rng, st):
    """Which number the app holds for this person."""
    hh = p.hh
    if st.get("p_parent") and p.age < 18:
        parents = [q for q in hh.members if q.mobile and q.age >= 20 and q.age - p.age >= 16]
        if parents:
            moms = [q for q in parents if q.gender == "F"]
            return (rng.choice(moms) if moms and rng.random() < 0.62 else rng.choice(parents)).mobile
    if rng.random() >= st.get("p_phone", 0):
        return None
    if st.get("p_hk") and p.hk and rng.random() < 0.7:
        return p.hk
    if p.age < 14 or (p.age < 18 and not p.mobile):
        parents = [q for q in hh.members if q.mobile and q.age >= 20]
        return rng.choice(parents).mobile if parents else hh.landline
    if p.contact and rng.random() < st.get("p_child", 0):
        return p.contact
    if hh.landline and rng.random() < st.get("p_landline", 0):
        return hh.landline
    if rng.random() < st.get("p_family", 0):
        head = hh.members[0]
        fam = head.mobile or hh.landline
        if fam:
            return fam
    if p.mobile:
        if p.mobile_old and rng.random() < st.get("p_oldphone", 0):
            return p.mobile_old
        return p.mobile
    if p.contact:
        return p.contact
    return hh.landline


def make_record(p, code, rng):
    st = APPS[code]
    hh = p.hh
    rec = {}
    col = st["collects"]
    # name
    rec["name"] = render_name(p, rng, st) if "n" in col else ""
    # id
    idv, used_id = render_id(p, rng, st) if "i" in col else (None, p.id18)
    rec["id_number"] = idv if "i" in col else ""
    # phone
    if "p" in col:
        num = pick_phone(p, rng, st)
        ph = render_phone(num, rng, st)
        if ph and rng.random() < st.get("p_multi", 0):
            other = hh.landline or p.mobile_old or p.contact
            if other and other != num:
                ph = ph + rng.choice(["/", "、", "；", " ", ","]) + render_phone(other, rng, st)
        rec["phone"] = ph
    else:
        rec["phone"] = ""
    # birth
    if "b" in col and rng.random() < st.get("p_birth", 1.0):
        d = p.birth
        if st.get("derive_birth") and used_id != p.id18:
            d = id_to_birth(used_id) or d
        if rng.random() < st.get("lunar", 0):
            d = d - dt.timedelta(days=rng.randint(20, 50))
        rec["birth_date"] = render_birth(d, rng, st)
    else:
        rec["birth_date"] = None if "b" in col else ""
    # gender
    rec["gender"] = render_gender(p.gender, rng, st) if "g" in col else ""
    # address
    if "a" in col and rng.random() >= st.get("noaddr", 0):
        if code == "hukou":
            a = p.hukou_addr
        elif p.workplace and rng.random() < st.get("p_work", 0):
            a = ("work", p.workplace)
        elif hh.old_addr and rng.random() < st.get("p_oldaddr", 0):
            a = hh.old_addr
        else:
            a = hh.addr
        rec["address"] = render_addr(a, rng, st)
    else:
        rec["address"] = None if "a" in col else ""
    # unknown values in collected columns
    for f, c in (("name", "n"), ("id_number", "i"), ("phone", "p"), ("birth_date", "b"), ("gender", "g"), ("address", "a")):
        if rec[f] is None:
            rec[f] = wchoice(rng, st["nulls"]) if c in col else ""
    return rec


def wuye_records(w, rng):
    """Property management: one row per flat in managed estates, plus some second occupants."""
    st = APPS["wuye"]
    out = []
    for hh in w.households:
        if not hh.estate_pm:
            continue
        adults = [q for q in hh.members if q.age >= 22]
        if not adults or rng.random() > 0.82:
            continue
        owner = adults[0] if rng.random() < 0.7 or len(adults) == 1 else adults[1]
        people = [owner]
        if len(adults) > 1 and rng.random() < 0.12:
            people.append(rng.choice([a for a in adults if a is not owner]))
        for p in people:
            rec = make_record(p, "wuye", rng)
            if rec["name"] and rec["name"][-2:] in ("先生", "女士"):
                rec["gender"] = "男" if rec["name"].endswith("先生") else "女"
            elif rng.random() < 0.85:
                rec["gender"] = ""
            out.append((p, rec))
    return out


def generate(n_people, seed):
    rng = random.Random(seed)
    w = World(n_people, rng)
    E = eligibility(w)
    rows = []  # (person, source, rec)
    for code in APPS:
        if code == "wuye":
            for p, rec in wuye_records(w, rng):
                rows.append((p, code, rec))
            continue
        elig, frac = E[code]
        chosen = sample(rng, elig, frac, code)
        for p in chosen:
            rows.append((p, code, make_record(p, code, rng)))
            if rng.random() < APPS[code].get("redo", 0):
                rows.append((p, code, make_record(p, code, rng)))  # re-entered, formatted differently
    # everybody appears at least once
    seen = {p.pid for p, _, _ in rows}
    for p in w.people:
        if p.pid not in seen:
            code = "hukou" if p.local and rng.random() < 0.5 else "wangge"
            rows.append((p, code, make_record(p, code, rng)))
    # exact duplicates inside an app
    extra = []
    for p, code, rec in rows:
        if rng.random() < APPS[code].get("dup", 0):
            extra.append((p, code, dict(rec)))
    rows.extend(extra)
    rng.shuffle(rows)
    out = []
    counters = Counter()
    used = set()
    for p, code, rec in rows:
        while True:
            rid = "%s-%07d" % (RID_PREFIX[code], rng.randint(1, 9999999))
            if rid not in used:
                used.add(rid)
                break
        counters[code] += 1
        out.append((rid, code, rec, p.pid))
    return w, out


RID_PREFIX = {"hukou": "HJ", "liudong": "LD", "wangge": "WG", "yibao": "YB", "yimiao": "YM", "yanglao": "YL",
              "xuexiao": "XX", "wuye": "WY", "zhiyuan": "ZY", "yanlian": "YY", "minzheng": "MZ", "fuyou": "FY",
              "xuanmin": "XM", "churujing": "CR"}

FIELDS = ["record_id", "source", "name", "id_number", "phone", "birth_date", "gender", "address"]


def write(outdir, out):
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "residents.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        wr.writerow(FIELDS)
        for rid, code, rec, pid in out:
            wr.writerow([rid, code] + [rec[k] or "" for k in FIELDS[2:]])
    with open(os.path.join(outdir, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        wr.writerow(["record_id", "person_id"])
        for rid, code, rec, pid in out:
            wr.writerow([rid, pid])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--people", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="out")
    a = ap.parse_args()
    w, out = generate(a.people, a.seed)
    write(a.out, out)
    per_person = Counter(pid for _, _, _, pid in out)
    apps_per_person = defaultdict(set)
    for _, code, _, pid in out:
        apps_per_person[pid].add(code)
    src = Counter(code for _, code, _, _ in out)
    print("people %d  households %d  records %d" % (len(w.people), len(w.households), len(out)))
    for code, n in src.most_common():
        print("  %-10s %-22s %6d  %5.1f%%" % (code, APPS[code]["label"], n, 100.0 * n / len(out)))
    dist = Counter(len(s) for s in apps_per_person.values())
    print("apps per person:", dict(sorted(dist.items())))
    print("records per person:", dict(sorted(Counter(per_person.values()).items())))


if __name__ == "__main__":
    main()
