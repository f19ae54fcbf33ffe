# -*- coding: utf-8 -*-
"""Static tables for gen.py: names, pinyin, character confusions, places.

Everything here is hand-written (invented or common knowledge); nothing is
calibrated against real registers.  Place names below the street level
(communities, estates, villages, markets, nursing homes) are INVENTED.
"""

# ---------------------------------------------------------------- pinyin
# syllable followed by the name characters read that way (one reading each).
_PY = """
an 安 ai 爱艾 ao 奥 bai 白柏 bao 宝保 bei 贝 ben 犇奔 bin 斌彬滨宾 bing 兵冰炳
bo 波博 cai 蔡才彩 cao 曹 chang 长昌常畅昶 chao 超潮朝 chen 陈晨辰琛臣宸
cheng 程成诚承城 chong 翀冲崇 chun 春纯 cui 崔翠 dan 丹 de 德 deng 邓 di 迪頔
ding 丁定 dong 东冬董栋 du 杜 duan 段 e 娥 fan 范凡帆 fang 方芳 fei 飞菲
feng 冯峰锋凤枫丰 fu 付傅福富 gan 甘 gang 刚钢 gao 高 ge 革 gong 龚 gu 顾
guang 光 gui 桂贵 guo 郭国 hai 海 han 韩汉涵寒晗含 hang 航 hao 浩豪皓昊
he 何贺和荷 hong 红宏洪鸿虹 hou 侯 hu 胡 hua 华 huan 欢 hui 慧辉惠 ji 吉
jia 佳嘉家贾 jian 建健剑 jiang 江蒋姜 jie 杰洁婕捷 jin 金锦晋进 jing 静晶婧京敬
ju 菊 juan 娟 jun 军俊君珺 kai 凯 ke 可柯 kun 坤堃 la 腊 lan 兰岚蓝 lei 雷磊蕾
li 李丽莉立力利黎 liang 梁亮 lin 林琳霖 ling 玲凌龄 liu 刘柳 long 龙 lu 卢陆璐路
lv 吕 luo 罗 ma 马 mao 毛 mei 梅美妹 meng 孟梦 min 敏民旻 ming 明铭鸣 mo 墨莫
mu 沐穆 na 娜 nan 南楠 ning 宁 nuo 诺 ou 欧 pan 潘 peng 彭鹏 ping 平萍苹
qi 琪祺奇齐 qian 钱倩 qiang 强 qin 秦琴勤 qing 清庆晴青 qiong 琼 qiu 秋邱 ran 然
rong 荣蓉容 rui 瑞睿 ruo 若 san 三 shan 山珊 shao 邵少绍 shen 沈申燊深
sheng 生胜盛升 shi 石诗 shu 舒淑树书 shuai 帅 si 思斯 song 宋 su 苏素 sun 孙
tan 谭 tang 唐汤 tao 陶涛 tian 田天 ting 婷亭庭 tong 童桐彤 tu 涂 wan 万
wang 王汪 wei 魏伟卫维薇 wen 文雯 wu 吴武 xi 汐熙希 xia 夏霞 xiang 向香翔祥湘
xiao 肖晓小 xie 谢 xin 欣鑫新馨心 xing 邢星兴 xiong 熊 xiu 秀 xu 徐许旭
xuan 轩萱宣 xue 雪薛 ya 雅 yan 严燕艳颜言妍 yang 杨阳扬洋 yao 姚瑶垚尧幺 ye 叶
yi 一怡依艺亦奕逸 yin 银尹 ying 英颖莹瑛 yong 勇永 you 有佑 yu 余于喻宇雨玉语煜钰
yuan 袁元远援 yue 月悦玥跃 yun 云赟 ze 泽 zeng 曾 zhan 詹 zhang 张章 zhao 赵
zhe 喆哲 zhen 珍振 zheng 郑正 zhi 志芷智 zhong 钟忠 zhou 周 zhu 朱祝 zi 子梓紫
ren 任 zou 邹 tai 泰 dai 戴 qu 瞿 hou2 候 jun2 峻 yan2 彦
"""
PINYIN = {}      # char -> syllable
SYL = {}         # syllable -> [chars]
_tok = _PY.split()
for _i in range(0, len(_tok), 2):
    _s = _tok[_i].rstrip('0123456789')
    for _c in _tok[_i + 1]:
        PINYIN.setdefault(_c, _s)
        SYL.setdefault(_s, []).append(_c)

# dialect confusions typical of Wuhan speakers (n/l, en/eng, in/ing, h/f, zh/z ...)
DIALECT = [('nan', 'lan'), ('ning', 'ling'), ('nuo', 'luo'), ('na', 'la'),
           ('chen', 'cheng'), ('shen', 'sheng'), ('zhen', 'zheng'),
           ('lin', 'ling'), ('min', 'ming'), ('xin', 'xing'), ('jin', 'jing'),
           ('bin', 'bing'), ('qin', 'qing'), ('yin', 'ying'),
           ('hu', 'fu'), ('hui', 'fei'), ('hong', 'feng'), ('zhou', 'zou'),
           ('shi', 'si'), ('zhi', 'zi'), ('shu', 'su'), ('shan', 'san')]

# similar-looking characters (形近字) actually confused in typed ledgers
LOOKALIKE = [('侯', '候'), ('王', '玉'), ('汪', '江'), ('于', '干'), ('田', '由'),
             ('杨', '扬'), ('肖', '萧'), ('付', '傅'), ('萍', '苹'), ('娟', '绢'),
             ('彬', '杉'), ('晨', '辰'), ('浩', '皓'), ('锋', '峰'), ('琳', '淋'),
             ('婷', '停'), ('俊', '浚'), ('雷', '蕾'), ('秦', '泰'), ('戴', '载'),
             ('崔', '雀'), ('玲', '伶'), ('凤', '风'), ('兰', '兴'), ('梅', '海'),
             ('红', '虹'), ('贵', '费'), ('宇', '字'), ('佳', '住'), ('洁', '沽'),
             ('静', '净'), ('燕', '艳'), ('倩', '情'), ('睿', '叡'), ('涵', '函')]
LOOK = {}
for _a, _b in LOOKALIKE:
    LOOK.setdefault(_a, []).append(_b)
    LOOK.setdefault(_b, []).append(_a)

_TRAD = """张張 刘劉 陈陳 杨楊 黄黃 赵趙 吴吳 孙孫 马馬 郑鄭 罗羅 谢謝 韩韓 冯馮 邓鄧 许許
叶葉 苏蘇 卢盧 钟鍾 陆陸 贾賈 龚龔 万萬 钱錢 严嚴 汤湯 国國 华華 兰蘭 凤鳳 红紅 军軍
丽麗 艳艷 伟偉 鹏鵬 杰傑 洁潔 涛濤 刚剛 强強 东東 卫衛 荣榮 贵貴 宝寶 庆慶 龙龍 云雲
梦夢 轩軒 静靜 凯凱 辉輝 飞飛 胜勝 颖穎 晓曉 锋鋒 兴興 宁寧 进進 长長 汉漢 树樹 绍紹
跃躍 帅帥 鸣鳴 锦錦 铭銘 诺諾 泽澤 诗詩 语語 欧歐 阳陽 谭譚 齐齊 丰豐 爱愛 宾賓 滨濱
蒋蔣 琼瓊 莹瑩 瑶瑤 银銀 顾顧 贺賀 韦韋 尧堯 艺藝 岚嵐 远遠 维維 龄齡 鸿鴻 邹鄒 彦彥
娟娟 凤鳳 义義 祯禎 学學 显顯 乡鄉 丽麗 涂塗 习習 陶陶 侨僑 从從 叶葉 邓鄧 刘劉 冯馮
"""
TRAD = {}
for _p in _TRAD.split():
    if len(_p) == 2 and _p[0] != _p[1]:
        TRAD[_p[0]] = _p[1]

# ---------------------------------------------------------------- surnames
# (surname, weight) -- roughly Hubei; invented weights
SURNAMES = [
    ('王', 75), ('李', 72), ('张', 70), ('刘', 58), ('陈', 55), ('杨', 30), ('黄', 30),
    ('胡', 30), ('周', 23), ('吴', 22), ('徐', 18), ('孙', 12), ('朱', 15), ('马', 12),
    ('郭', 11), ('何', 13), ('高', 11), ('林', 8), ('罗', 12), ('郑', 10), ('梁', 7),
    ('谢', 10), ('宋', 9), ('唐', 9), ('许', 8), ('韩', 6), ('冯', 7), ('邓', 10),
    ('曹', 8), ('彭', 11), ('曾', 8), ('肖', 10), ('田', 9), ('董', 6), ('袁', 8),
    ('潘', 6), ('余', 15), ('蒋', 5), ('蔡', 8), ('杜', 6), ('叶', 7), ('程', 12),
    ('魏', 5), ('吕', 5), ('丁', 6), ('沈', 5), ('姚', 6), ('卢', 5), ('汪', 10),
    ('夏', 8), ('熊', 12), ('万', 8), ('涂', 6), ('喻', 5), ('童', 5), ('祝', 3),
    ('柯', 4), ('甘', 3), ('雷', 6), ('龚', 5), ('侯', 4), ('邹', 6), ('秦', 3),
    ('江', 6), ('方', 6), ('石', 5), ('范', 5), ('金', 4), ('付', 6), ('詹', 4),
    ('毛', 4), ('向', 4), ('谭', 5), ('陶', 4), ('严', 3), ('戴', 3), ('任', 4),
    ('欧阳', 1.5), ('邱', 3), ('尹', 2), ('贺', 3), ('顾', 2), ('姜', 3), ('崔', 2),
]
# migrants from Henan/Anhui etc. have a slightly different mix; keep one list.

# ---------------------------------------------------------------- given names
# era -> sex -> space-separated pool (1- and 2-character given names)
GIVEN = {
    'p1950': {
        'M': '德福 德明 德胜 德华 国华 国强 国栋 长林 长生 永福 永清 永祥 金山 金生 玉林 汉生 汉清 宝山 '
             '树林 有才 家福 正清 文华 绍华 少华 庆元 炳南 福生 春生 桂生 汉民 俊 华 明 昌 荣 兴 贵',
        'F': '秀英 桂英 桂兰 桂芳 桂珍 玉兰 玉珍 玉梅 玉英 秀兰 秀珍 秀芳 凤英 凤兰 淑珍 淑英 翠英 金凤 '
             '金兰 春兰 菊英 冬梅 腊梅 月娥 素珍 银娥 荷香 三妹 兰英 秋菊 英 兰 珍',
    },
    '1950s': {
        'M': '建国 建华 建平 建民 国庆 援朝 卫国 志强 志明 和平 新民 立新 振华 爱国 跃进 胜利 国平 汉林 '
             '汉平 德明 伟 军 平 斌 华 明 强 勇 建新 国华',
        'F': '秀英 桂兰 凤英 建华 淑华 丽华 玉珍 玉兰 红 英 华 萍 芳 兰 敏 美华 素华 秀华 爱华 小红 '
             '雪梅 金凤 秋菊 桂芳 淑珍',
    },
    '1960s': {
        'M': '卫东 红兵 向阳 建军 建新 国强 志刚 志勇 小平 小军 海涛 伟 军 勇 斌 平 刚 明 杰 辉 波 华 '
             '新华 光明 卫平 东升 建华 卫国',
        'F': '红 丽 萍 英 华 芳 敏 燕 红梅 红霞 卫红 秀兰 玉梅 丽华 晓红 小红 建萍 春梅 红英 桂香 艳 琴 '
             '霞 玲 慧',
    },
    '1970s': {
        'M': '伟 军 勇 斌 涛 刚 辉 波 峰 亮 强 杰 鹏 华 明 志刚 志勇 海波 海涛 建军 建华 红军 小兵 文斌 '
             '晓东 永刚 俊峰 国庆 卫东 东',
        'F': '丽 艳 燕 红 霞 芳 敏 静 娟 萍 玲 琴 莉 晓燕 红梅 艳红 丽娟 海燕 春燕 小燕 晓红 丽萍 慧 琼 '
             '丹 琳',
    },
    '1980s': {
        'M': '伟 磊 鹏 超 杰 浩 勇 军 斌 涛 亮 强 俊 凯 飞 明 峰 宇 刚 辉 志强 晓东 海峰 俊杰 文杰 志鹏 '
             '建伟 小龙 晨 鹏飞',
        'F': '静 丽 婷 丹 娟 敏 燕 艳 芳 洁 琳 莉 倩 雪 娜 颖 璐 晶 欢 蓉 婷婷 丹丹 晓丽 文静 慧敏 佳 '
             '玲 琴',
    },
    '1990s': {
        'M': '浩 杰 鹏 磊 宇 帅 超 凯 翔 鑫 博 阳 晨 俊 亮 浩然 子豪 宇航 家豪 俊杰 志豪 文博 天宇 佳豪 '
             '嘉伟 鹏飞 明轩 一鸣 思远',
        'F': '婷 雪 丹 琪 倩 佳 欣 颖 瑶 璐 晨 蕾 婧 文静 佳琪 雨婷 思雨 梦瑶 雅琪 晓雪 欣然 雅婷 诗琪 '
             '丽 静',
    },
    '2000s': {
        'M': '浩宇 子轩 宇轩 浩然 梓豪 俊杰 子豪 博文 皓轩 子墨 嘉豪 天佑 宇航 俊熙 铭 睿 晨阳 思哲 '
             '鑫 瑞 锦程 一鸣 浩',
        'F': '欣怡 雨涵 梓涵 思涵 诗涵 佳怡 子涵 雨欣 可欣 梦琪 紫涵 欣然 一诺 思琪 雨桐 婧 悦 怡 '
             '佳琪 雅琪',
    },
    '2010s': {
        'M': '梓轩 宇轩 浩宇 子墨 一诺 沐辰 宸 奕辰 梓睿 睿 锦程 俊熙 皓轩 子睿 铭泽 浩然 承泽 宇泽 安 '
             '逸辰 梓豪 言 亦辰 煜 祺',
        'F': '梓萱 一诺 欣怡 语桐 梓涵 诗涵 可馨 若汐 雨桐 依诺 芷若 子墨 沐晴 梓琪 语汐 安琪 思彤 '
             '欣妍 子萱 艺涵',
    },
}
for _e in GIVEN:
    for _s in GIVEN[_e]:
        GIVEN[_e][_s] = GIVEN[_e][_s].split()

# rare characters (outside GB2312) and what old systems do with them
# char: (homophone substitute used when the IME/system lacks it, component split)
RARE = {'喆': ('哲', '吉吉'), '堃': ('坤', '方方土'), '赟': ('云', '文武贝'),
        '玥': ('月', '王月'), '珺': ('君', '王君'), '翀': ('冲', '羽中'),
        '頔': ('迪', '由页'), '燊': ('申', '焱木'), '垚': ('尧', '土土土'),
        '犇': ('奔', '牛牛牛'), '昶': ('畅', '永日'), '旻': ('民', '日文')}
RARE_GIVEN = {'M': '喆 子喆 一喆 堃 天堃 赟 翀 子翀 燊 鑫垚 犇 昶 旻 頔'.split(),
              'F': '玥 梓玥 思玥 珺 雨珺 頔 旻 可玥 晓珺'.split()}

# Uyghur names for the few migrants from Xinjiang (given·father's name)
UYG_M = '艾合买提 买买提 阿卜杜拉 吐尔逊 艾力 努尔艾力 热合曼 阿不都热依木 亚森 伊力哈木 艾尔肯 米吉提'.split()
UYG_F = '古丽 古丽米拉 阿依古丽 迪丽努尔 帕提古丽 热依拉 祖丽菲亚 努尔古丽 美合日古丽'.split()
UYG_FATHER = '艾买提 吐尔洪 买买提 阿不力孜 热依木 卡德尔 玉素甫 艾则孜 司马义 吐尔逊'.split()

# WeChat-style nicknames typed into a name box
NICKS = ['快乐每一天', '平安是福', '向日葵', '阳光', 'Lily', '小鱼儿', '静待花开', '风轻云淡',
         '知足常乐', '心若止水', '大海', 'Tony', '花开富贵', '微笑', '天道酬勤', '一路向北',
         '岁月静好', '开心果', 'A安居装修', 'A水电维修', '随缘', '🌸', '好运来', '淡定',
         '木子', '简单', '老顽童', '晴天', 'Amy', '夕阳红']

# ---------------------------------------------------------------- places
PROV, CITY, DIST, STREET, STREET_SHORT = '湖北省', '武汉市', '硚口区', '长丰街道', '长丰街'
DIST_CODE, STREET_CODE, AREA_CODE = '420104', '420104011', '027'
OLD_TOWNSHIP = '长丰乡'   # the villages' township before it became a street

# estates: key, community, type, official name, old names, other aliases,
#          door-plate road, number, buildings [(phase/zone, b_from, b_to, floors, units, rooms/unit/floor)]
ESTATES = [
    ('hanmian', '纺机社区', 'unit', '汉棉小区', ['汉江棉纺厂宿舍', '棉纺厂宿舍', '汉棉宿舍'], [],
     '纺机路', 45, [(None, 1, 18, 6, 3, 2)]),
    ('fangji', '纺机社区', 'unit', '纺机小区', ['武汉纺织机械厂宿舍', '纺机厂宿舍', '纺机宿舍'], [],
     '纺机路', 12, [(None, 1, 10, 6, 3, 2)]),
    ('tongji', '纺机社区', 'unit', '通机小区', ['通用机械厂宿舍', '机械厂家属院', '通机宿舍'], [],
     '纺机路', 88, [(None, 1, 12, 7, 3, 2)]),
    ('liangju', '纺机社区', 'unit', '粮食局宿舍', [], ['粮食局家属院', '粮局宿舍'],
     '长丰大道', 302, [(None, 1, 8, 6, 2, 2)]),
    ('cfhy', '长丰花园社区', 'comm', '长丰花园', [], ['长丰花园小区'],
     '长丰大道', 216, [(None, 1, 16, 7, 3, 2)]),
    ('hxxy', '长丰花园社区', 'comm', '汉西新苑', [], ['汉西新苑小区'],
     '丰荷路', 9, [(None, 1, 8, 11, 2, 4)]),
    ('jqjy', '长丰花园社区', 'comm', '金桥家园', [], ['金桥家园小区'],
     '长丰大道', 180, [(None, 1, 6, 18, 2, 2)]),
    ('xyc', '星悦社区', 'high', '星悦城', [], ['汉丰星悦城', '汉丰·星悦城', '星悦城小区'],
     '长丰大道', 88, [('一期', 1, 5, 32, 2, 2), ('二期', 6, 11, 33, 2, 2)]),
    ('hsgl', '星悦社区', 'high', '汉水观澜', [], ['观澜府', '汉水观澜府'],
     '舒家湾路', 1, [(None, 1, 7, 30, 2, 2)]),
    ('lfy', '罗家码头社区', 'resettle', '罗丰苑', ['罗家码头还建小区', '罗家码头还建楼', '罗家码头安置房'],
     ['罗丰苑小区'], '丰荷路', 120, [('一期', 1, 10, 11, 2, 2), ('二期', 11, 24, 26, 2, 2)]),
    ('bjd', '柏家墩社区', 'resettle', '柏家墩安置小区', ['柏家墩还建房'], ['柏家墩还建小区', '柏苑'],
     '舒家湾路', 58, [('A', 1, 8, 18, 2, 2), ('B', 1, 6, 18, 2, 2), ('C', 1, 5, 18, 2, 2)]),
]

# villages still standing: name, community, groups, houses per group
VILLAGES = [('舒家湾', '舒家湾村', list(range(1, 10)), 70), ('柏家墩', '柏家墩社区', list(range(5, 9)), 45)]
# demolished villages whose people now live in the resettlement estates
DEMOLISHED = {'lfy': ('罗家码头', list(range(1, 9)), 60), 'bjd': ('柏家墩', list(range(1, 5)), 50)}

SHOP_ROADS = [('长丰大道', '长丰花园社区', list(range(100, 420, 2)) + list(range(101, 331, 2))),
              ('丰荷路', '罗家码头社区', list(range(1, 120, 2))),
              ('舒家湾路', '舒家湾村', list(range(2, 82, 2)))]

MARKET = dict(name='长丰农副产品批发市场', short=['长丰批发市场', '长丰农批', '农批市场', '长丰农副产品市场'],
              comm='罗家码头社区', road='长丰大道', no=400, zones='ABCDE', rows=10, stalls=30)
NURSING = [dict(key='n1', name='长丰街社区养老服务中心', short=['长丰街养老中心', '社区养老院', '长丰养老服务中心'],
                comm='纺机社区', road='纺机路', no=50, floors=3, rooms=20),
           dict(key='n2', name='康乐颐养院', short=['康乐养老院', '康乐颐养', '康乐老年公寓'],
                comm='长丰花园社区', road='长丰大道', no=150, floors=4, rooms=15)]

EMPLOYERS = [('sd', '顺达物流武汉分拨中心'), ('mk', '长丰农批市场管理有限公司'), ('cs', '丰荷生鲜超市'),
             ('dz', '汉西宏远电子有限公司'), ('kl', '康乐颐养院'), ('xx', '长丰小学')]

# invented estates elsewhere (for people who live away / hukou elsewhere)
ELSE_ESTATES = ['阳光花园', '锦绣家园', '翠微苑', '东湖名居', '金色港湾', '幸福里', '南湖花园', '佳园小区',
                '万家丽苑', '丽水湾', '滨江苑', '和谐家园', '绿地新都会', '紫荆花园', '学府佳园']
VILLAGE_STEMS = ['王家', '李家', '张家', '刘家', '陈家', '杨家', '胡家', '周家', '程家', '余家', '熊家',
                 '徐家', '黄家', '罗家', '汪家', '何家']
VILLAGE_TAILS = {'42': ['湾', '畈', '岗', '冲', '咀', '台'], '41': ['庄', '寨', '营', '楼', '岗', '洼'],
                 '43': ['冲', '坪', '湾', '塘'], '36': ['村', '坊', '湾', '垅'], '34': ['郢', '圩', '岗', '庄'],
                 '51': ['坝', '沟', '湾', '垭'], '50': ['坝', '沟', '湾'], '63': ['庄', '沟']}
# Xinjiang villages are not named after Han clans
XJ_VILLAGES = ['阿克墩', '托万克', '英买里', '喀拉墩', '阔什艾日克', '巴什博依', '亚勒古孜', '铁热克', '苏盖提']

# (area-code prefix, weight) for migrants' home county
MIGRANT_ORIGINS = [('4209', 14), ('4211', 14), ('4210', 10), ('4212', 6), ('4213', 5), ('4290', 8),
                   ('4228', 4), ('4206', 3), ('4208', 3), ('4115', 8), ('4117', 4), ('4113', 3),
                   ('4116', 3), ('4306', 4), ('4307', 2), ('3604', 3), ('3415', 2), ('3408', 2),
                   ('3412', 2), ('5113', 2), ('5001', 2), ('6302', 1.2), ('6531', 0.8)]
LOCAL_OLD_ORIGINS = [('4209', 5), ('4211', 5), ('4210', 3), ('4290', 3), ('4212', 2), ('4213', 1),
                     ('4228', 1), ('4206', 1), ('4202', 1), ('4207', 1)]
AWAY_CITIES = [('4201', 60), ('4403', 10), ('4401', 6), ('3101', 6), ('1101', 5), ('3301', 5),
               ('4301', 4)]
