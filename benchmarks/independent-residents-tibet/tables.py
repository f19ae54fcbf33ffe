# -*- coding: utf-8 -*-
"""Name, place and format tables for gen.py (standard library only).

Everything here is hand-written from general knowledge of Lhasa / Tibetan naming
practice.  Estate, compound and village-group details below the street level are
plausible but synthetic; only the division codes come from the public list.
"""

# ---------------------------------------------------------------------------
# Tibetan name elements.
# key | hanyu pinyin of the standard form | phonetic romanisations (/) |
# other Chinese transcriptions seen in ledgers (/; first = commonest) |
# weight as first element | weight as male 2nd element | weight as female 2nd |
# first-element use (B = both sexes, M = men only) | Wylie
# ---------------------------------------------------------------------------
ELEM_TABLE = """
扎西|Zhaxi|Tashi/Trashi/Tashi|扎喜/札西/扎希|10|6|0|B|bkra shis
次仁|Ciren|Tsering/Tshering/Tsering|茨仁/次任/才仁/泽仁/才让|14|8|0|B|tshe ring
格桑|Gesang|Kelsang/Kalsang/Kelzang|格松/格尚|7|0|0|B|skal bzang
达瓦|Dawa|Dawa/Dhawa|达娃/达哇|6|2|0|B|zla ba
尼玛|Nima|Nyima/Nima|尼麻/尼马|6|3|0|B|nyi ma
边巴|Bianba|Penpa/Pemba|边把/扁巴|5|2|0|B|spen pa
普布|Pubu|Phurbu/Purbu|普步/蒲布|5|2|0|B|phur bu
巴桑|Basang|Pasang/Pasang|帕桑/巴松|5|2|0|B|pa sangs
拉巴|Laba|Lhakpa/Lhagpa|拉八/拉帕|5|2|0|B|lhag pa
米玛|Mima|Migmar/Mingmar|米马/明玛|5|2|0|B|mig dmar
索朗|Suolang|Sonam/Sonam|索南/索那|5|2|0|B|bsod nams
旦增|Danzeng|Tenzin/Tendzin|丹增/单增/丹真|6|3|0|B|bstan 'dzin
白玛|Baima|Pema/Padma|白马/贝玛|3|0|0|B|pad ma
德吉|Deji|Dekyi/Dickey|德几/德吉|3|0|5|B|bde skyid
益西|Yixi|Yeshe/Yeshi|伊西/益喜|3|1|0|B|ye shes
洛桑|Luosang|Lobsang/Losang|罗桑/洛松|4|0|0|M|blo bzang
罗布|Luobu|Norbu/Norbu|洛布/罗卜|3|5|0|M|nor bu
平措|Pingcuo|Phuntsok/Phuntsog|彭措/平错/彭错|3|6|0|M|phun tshogs
次旦|Cidan|Tseten/Tseden|次丹/才旦|3|5|0|M|tshe brtan
强巴|Qiangba|Jampa/Champa|江白/降巴|3|1|0|M|byams pa
阿旺|Awang|Ngawang/Ngawang|阿望/阿王|2|0|0|B|ngag dbang
土登|Tudeng|Thubten/Thupten|图登/土丹|2|0|0|B|thub bstan
嘎玛|Gama|Karma/Karma|噶玛/尕玛|2|0|0|B|karma
仁增|Renzeng|Rigzin/Rigdzin|仁真/仁曾|2|0|0|B|rig 'dzin
央金|Yangjin|Yangchen/Yangchen|阳金/央吉|2|0|6|B|dbyangs can
德庆|Deqing|Dechen/Dechen|德钦/德青|2|0|2|B|bde chen
赤列|Chilie|Trinley/Thinley|陈列/赤烈|2|2|0|M|'phrin las
多吉|Duoji|Dorje/Dorjee|多杰/多加/朵吉|2|7|0|M|rdo rje
顿珠|Dunzhu|Dhondup/Dondrub|东珠/顿主/登珠|2|7|0|M|don grub
旺堆|Wangdui|Wangdu/Wangdue|旺德/旺久|1|6|0|M|dbang 'dus
旺久|Wangjiu|Wangchuk/Wangchug|旺秋/旺丘|1|4|0|M|dbang phyug
欧珠|Ouzhu|Ngodup/Ngodrub|欧株/欧竹|1|3|0|M|dngos grub
伦珠|Lunzhu|Lhundup/Lhundrub|伦主/仑珠|0|2|0|M|lhun grub
朗杰|Langjie|Namgyal/Namgyel|朗加/南杰|0|3|0|M|rnam rgyal
加措|Jiacuo|Gyatso/Gyatso|嘉措/加错|0|2|0|M|rgya mtsho
坚参|Jiancan|Gyaltsen/Gyaltsen|坚赞/建参|0|2|0|M|rgyal mtshan
占堆|Zhandui|Dradul/Dradul|占都/扎堆|0|3|0|M|dgra 'dul
桑珠|Sangzhu|Samdrup/Samdrub|桑主/桑竹|1|3|0|M|bsam grub
贡布|Gongbu|Gonpo/Gompo|工布/贡波|0|2|0|M|mgon po
群培|Qunpei|Chophel/Chophel|群佩/琼培|1|3|0|M|chos 'phel
格列|Gelie|Gelek/Gelek|格来/格烈|0|2|0|M|dge legs
曲扎|Quzha|Chodrak/Chodrag|曲札/曲查|0|1|0|M|chos grags
卓玛|Zhuoma|Dolma/Drolma/Dolma|卓嘛/卓马/周毛|0|0|14|B|sgrol ma
拉姆|Lamu|Lhamo/Lhamo|拉毛/拉木/拉母|0|0|8|B|lha mo
曲珍|Quzhen|Chodron/Chodon|曲真/确珍|0|0|6|B|chos sgron
卓嘎|Zhuoga|Drolkar/Dolkar|卓噶/卓尕|0|0|6|B|sgrol dkar
旺姆|Wangmu|Wangmo/Wangmo|旺母/旺毛|0|0|5|B|dbang mo
央宗|Yangzong|Yangdzom/Yangzom|阳宗/央忠|0|0|4|B|dbyangs 'dzom
拉宗|Lazong|Lhadzom/Lhadon|拉忠/拉踪|0|0|3|B|lha 'dzom
次珍|Cizhen|Tsedron/Tsedon|次真/才珍|0|0|3|B|tshe sgron
玉珍|Yuzhen|Yudron/Yudon|玉真/宇珍|0|0|4|B|g.yu sgron
普赤|Puchi|Phurtri/Phurchi|布赤/普尺|0|0|3|B|phur khri
仓决|Cangjue|Tsamchoe/Tsamchoe|仓觉/仓珠|0|0|3|B|mtshams chos
措姆|Cuomu|Tsomo/Tsomo|错姆/措毛|0|0|2|B|mtsho mo
边珍|Bianzhen|Pendron/Pemdon|边真/扁珍|0|0|3|B|spen sgron
桑姆|Sangmu|Sangmo/Sangmo|桑木/桑毛|0|0|2|B|bzang mo
拉珍|Lazhen|Lhadron/Lhadon|拉真/拉贞|0|0|2|B|lha sgron
白珍|Baizhen|Pedron/Pemdon|白真/贝珍|0|0|2|B|pad sgron
德央|Deyang|Deyang/Dekyang|德阳/德漾|0|0|2|B|bde dbyangs
琼达|Qiongda|Chungda/Chungdak|穷达/琼大|0|0|2|B|chung bdag
尼珍|Nizhen|Nyidron/Nyidon|尼真/尼贞|0|0|1|B|nyi sgron
次央|Ciyang|Tseyang/Tseyang|次阳/才央|0|0|2|B|tshe dbyangs
旦珍|Danzhen|Tendron/Tendon|丹珍/单珍|0|0|1|B|bstan sgron
美朵|Meiduo|Metok/Metog|梅朵/美多|0|0|1|B|me tog
"""


def _parse_elems():
    out = {}
    order = []
    for line in ELEM_TABLE.strip().splitlines():
        k, py, rom, var, wf, wm, wff, fg, wy = line.split('|')
        out[k] = dict(py=py, roman=rom.split('/'), variants=var.split('/'),
                      wf=int(wf), wm=int(wm), wff=int(wff), fg=fg, wylie=wy)
        order.append(k)
    return out, order


ELEMS, ELEM_ORDER = _parse_elems()

# Forms used as canonical (ID card) spelling by Tibetans from Kham / Amdo.
KHAM_FORM = {
    '次仁': ['泽仁', '才让'], '索朗': ['索南'], '拉姆': ['拉毛'], '多吉': ['多杰'],
    '次旦': ['才旦'], '加措': ['嘉措'], '顿珠': ['登珠'], '平措': ['彭措'],
    '旺姆': ['旺毛'], '措姆': ['措毛'], '次珍': ['才珍'], '卓玛': ['卓玛', '周毛'],
    '强巴': ['江白'], '央金': ['央金'], '扎西': ['扎西'],
}

# Two-character (single element) names
SINGLE_M = ['扎西', '次仁', '多吉', '尼玛', '顿珠', '罗布', '平措', '达瓦', '边巴', '普布',
            '巴桑', '次旦', '旺堆', '拉巴']
SINGLE_F = ['卓玛', '拉姆', '卓嘎', '央金', '曲珍', '德吉', '央宗', '旺姆', '次珍', '普赤',
            '拉宗', '玉珍']

# Religious names (法名) of monks and nuns
REL_FIRST = ['洛桑', '阿旺', '土登', '强巴', '益西', '格桑', '旦增', '嘎玛', '赤列']
REL_SECOND_M = ['曲扎', '坚参', '群培', '格列', '朗杰', '加措', '顿珠', '平措', '次仁', '罗布',
                '桑珠', '旦增']
REL_SECOND_F = ['曲珍', '卓玛', '旺姆', '拉宗', '次珍', '桑姆', '德吉', '央金']

# kinship / distinguishing prefixes in spoken use
PREFIX_ELDER_F = ['阿妈', '莫啦', '嫫啦']
PREFIX_ELDER_M = ['波啦', '阿爸', '波拉']
PREFIX_MID_F = ['阿佳', '阿妈']
PREFIX_MID_M = ['阿觉', '阿哥']
PREFIX_SIZE = ['大', '小']

# ---------------------------------------------------------------------------
# Han / Hui / Naxi names
# ---------------------------------------------------------------------------
SURNAMES_HAN = [  # (surname, pinyin, weight) – weighted towards Sichuan/Chongqing/Gansu migrants
    ('王', 'Wang', 9), ('李', 'Li', 9), ('张', 'Zhang', 8), ('刘', 'Liu', 7), ('陈', 'Chen', 7),
    ('杨', 'Yang', 6), ('黄', 'Huang', 4), ('赵', 'Zhao', 4), ('周', 'Zhou', 4), ('吴', 'Wu', 3),
    ('徐', 'Xu', 3), ('孙', 'Sun', 2), ('胡', 'Hu', 3), ('朱', 'Zhu', 2), ('郭', 'Guo', 2),
    ('何', 'He', 4), ('罗', 'Luo', 4), ('高', 'Gao', 2), ('林', 'Lin', 1), ('郑', 'Zheng', 2),
    ('梁', 'Liang', 2), ('谢', 'Xie', 3), ('唐', 'Tang', 3), ('许', 'Xu', 1), ('冯', 'Feng', 2),
    ('宋', 'Song', 2), ('韩', 'Han', 1), ('邓', 'Deng', 4), ('彭', 'Peng', 3), ('曹', 'Cao', 2),
    ('曾', 'Zeng', 3), ('田', 'Tian', 2), ('袁', 'Yuan', 2), ('蒋', 'Jiang', 2), ('蔡', 'Cai', 1),
    ('杜', 'Du', 2), ('余', 'Yu', 2), ('程', 'Cheng', 1), ('魏', 'Wei', 2), ('苏', 'Su', 1),
    ('吕', 'Lv', 1), ('丁', 'Ding', 1), ('任', 'Ren', 2), ('姚', 'Yao', 1), ('卢', 'Lu', 1),
    ('钟', 'Zhong', 1), ('谭', 'Tan', 2), ('廖', 'Liao', 2), ('范', 'Fan', 1), ('汪', 'Wang', 1),
    ('蒲', 'Pu', 2), ('向', 'Xiang', 2), ('雷', 'Lei', 1), ('龚', 'Gong', 1), ('牟', 'Mou', 1),
    ('苟', 'Gou', 1), ('文', 'Wen', 1), ('贾', 'Jia', 1), ('石', 'Shi', 1), ('侯', 'Hou', 1),
]
SURNAMES_HUI = [('马', 'Ma', 20), ('韩', 'Han', 4), ('冶', 'Ye', 2), ('妥', 'Tuo', 2),
                ('穆', 'Mu', 1), ('喇', 'La', 1), ('白', 'Bai', 1), ('海', 'Hai', 1), ('沙', 'Sha', 1)]
SURNAMES_NAXI = [('和', 'He', 12), ('木', 'Mu', 2), ('杨', 'Yang', 2), ('李', 'Li', 2), ('赵', 'Zhao', 1)]

GIVEN_M = [('伟', 'wei'), ('强', 'qiang'), ('军', 'jun'), ('勇', 'yong'), ('杰', 'jie'), ('涛', 'tao'),
           ('斌', 'bin'), ('超', 'chao'), ('明', 'ming'), ('刚', 'gang'), ('平', 'ping'), ('辉', 'hui'),
           ('鹏', 'peng'), ('华', 'hua'), ('飞', 'fei'), ('鑫', 'xin'), ('波', 'bo'), ('宇', 'yu'),
           ('浩', 'hao'), ('凯', 'kai'), ('健', 'jian'), ('俊', 'jun'), ('帆', 'fan'), ('建', 'jian'),
           ('国', 'guo'), ('文', 'wen'), ('林', 'lin'), ('峰', 'feng'), ('磊', 'lei'), ('成', 'cheng'),
           ('东', 'dong'), ('海', 'hai'), ('龙', 'long'), ('福', 'fu'), ('祥', 'xiang'), ('志', 'zhi'),
           ('小', 'xiao'), ('德', 'de'), ('兵', 'bing'), ('学', 'xue'), ('春', 'chun'), ('云', 'yun'),
           ('子', 'zi'), ('轩', 'xuan'), ('宏', 'hong'), ('永', 'yong'), ('金', 'jin'), ('阳', 'yang'),
           ('全', 'quan'), ('忠', 'zhong'), ('义', 'yi'), ('贵', 'gui'), ('川', 'chuan')]
GIVEN_F = [('芳', 'fang'), ('娜', 'na'), ('敏', 'min'), ('静', 'jing'), ('丽', 'li'), ('艳', 'yan'),
           ('娟', 'juan'), ('霞', 'xia'), ('秀', 'xiu'), ('玲', 'ling'), ('燕', 'yan'), ('桂', 'gui'),
           ('英', 'ying'), ('梅', 'mei'), ('琴', 'qin'), ('兰', 'lan'), ('婷', 'ting'), ('雪', 'xue'),
           ('慧', 'hui'), ('佳', 'jia'), ('欣', 'xin'), ('怡', 'yi'), ('萍', 'ping'), ('红', 'hong'),
           ('丹', 'dan'), ('莉', 'li'), ('晶', 'jing'), ('倩', 'qian'), ('琳', 'lin'), ('雨', 'yu'),
           ('涵', 'han'), ('梓', 'zi'), ('淑', 'shu'), ('凤', 'feng'), ('珍', 'zhen'), ('小', 'xiao'),
           ('春', 'chun'), ('月', 'yue'), ('华', 'hua'), ('云', 'yun'), ('花', 'hua')]

# homophone / look-alike substitutions seen in hand-typed ledgers
HOMOPHONE = {
    '丽': '莉', '莉': '丽', '伟': '玮', '军': '君', '明': '鸣', '华': '化', '英': '瑛', '芳': '方',
    '娟': '鹃', '静': '晶', '晶': '静', '燕': '艳', '艳': '燕', '红': '宏', '宏': '红', '强': '蔷',
    '平': '萍', '萍': '平', '玲': '琳', '琳': '玲', '刚': '钢', '杰': '洁', '斌': '彬', '涛': '滔',
    '霞': '侠', '勇': '永', '永': '勇', '峰': '锋', '建': '健', '健': '建', '国': '囯', '敏': '民',
    '婷': '亭', '慧': '惠', '佳': '家', '欣': '新', '梅': '玫', '兰': '岚', '飞': '菲', '鹏': '朋',
    '凯': '恺', '俊': '骏', '浩': '皓', '磊': '垒', '东': '冬', '龙': '隆', '福': '富', '志': '智',
    '德': '得', '学': '雪', '雪': '学', '云': '芸', '宇': '雨', '秀': '琇', '琴': '芹', '珍': '真',
    '忠': '中', '贵': '桂', '桂': '贵', '张': '章', '章': '张', '陈': '程', '程': '陈', '黄': '王',
    '刘': '柳', '杨': '阳', '徐': '许', '许': '徐', '周': '邹', '吴': '武', '胡': '扈', '冯': '凤',
    '卓': '桌', '玛': '马', '珠': '朱', '嘎': '尕', '姆': '母', '仁': '任', '吉': '几', '西': '希',
    '桑': '尚', '旺': '汪', '顿': '登', '措': '错', '央': '阳', '宗': '忠', '拉': '啦', '曲': '区',
    '次': '此', '普': '蒲', '边': '扁', '罗': '洛', '洛': '罗', '布': '步', '巴': '八',
    '朗': '郎', '多': '朵', '达': '大', '瓦': '娃', '尼': '泥', '益': '一',
}

TRAD = {'丽': '麗', '华': '華', '国': '國', '伟': '偉', '军': '軍', '刚': '剛', '红': '紅', '东': '東',
        '龙': '龍', '凤': '鳳', '兰': '蘭', '云': '雲', '艳': '艷', '张': '張', '刘': '劉', '陈': '陳',
        '杨': '楊', '赵': '趙', '马': '馬', '罗': '羅', '邓': '鄧', '杰': '傑', '涛': '濤', '辉': '輝',
        '鹏': '鵬', '飞': '飛', '强': '強', '晓': '曉', '黄': '黃', '吴': '吳', '郑': '鄭', '谢': '謝',
        '韩': '韓', '冯': '馮', '钟': '鍾', '静': '靜', '娟': '娟', '凯': '凱', '宁': '寧', '龚': '龔'}

# ---------------------------------------------------------------------------
# The street office and its places (sub-street names synthetic but plausible)
# ---------------------------------------------------------------------------
PROVINCE = '西藏自治区'
CITY = '拉萨市'
DISTRICT = '城关区'
STREET_CODE = '540102010'      # 蔡公堂街道 in streets.csv
OLD_STREET = '蔡公堂乡'         # name before the township became a street office

# administrative villages with their villager groups; river-side groups flood-prone
VILLAGES = [
    # name, groups, flood groups
    ('白定村', 6, (1, 2, 3)),
    ('章多村', 5, (1, 2)),
    ('蔡村', 4, (4,)),
    ('支沟村', 3, (1, 2, 3)),
]
COMMUNITIES = ['蔡公堂社区', '嘎冲社区']

# commercial estates: key, community, aliases (first = registered name), buildings, units, floors
ESTATES = [
    ('格桑花苑', '蔡公堂社区', ['格桑花苑', '格桑花园', '格桑苑', '格桑花苑小区'], 18, 3, 6),
    ('阳光新城', '嘎冲社区', ['阳光新城', '阳光城', '阳光新城小区', '阳光新城二期'], 24, 4, 7),
    ('东城雅居', '嘎冲社区', ['东城雅居', '蔡公堂商住小区', '东城雅居小区', '雅居小区'], 12, 2, 6),
    ('雪域名居', '蔡公堂社区', ['雪域名居', '雪域名居小区', '雪域明居', '雪域小区'], 10, 3, 5),
]
# resettlement: local 安居工程 and the ecological relocation site for herders
ANJU = ('白定安居园', '蔡公堂社区', ['白定安居园', '白定村安居工程', '安居园', '白定安居小区'])
HERDER_SITE = ('吉祥新村', '嘎冲社区',
               ['吉祥新村', '吉祥新村安置点', '生态搬迁安置点', '极高海拔生态搬迁安置区', '搬迁点'])
# work-unit compounds
COMPOUNDS = [
    ('蔡公堂中学教工宿舍', '蔡公堂社区', ['蔡公堂中学教工宿舍', '蔡公堂中学宿舍', '中学家属院']),
    ('东郊水厂家属院', '嘎冲社区', ['东郊水厂家属院', '水厂宿舍', '东郊水厂大院']),
    ('农科所试验站家属院', '蔡公堂社区', ['农科所试验站家属院', '农科所宿舍', '试验站大院']),
    ('街道办周转房', '蔡公堂社区', ['街道办周转房', '街道周转房', '蔡公堂街道办事处周转房']),
]
MONASTERIES = [
    ('蔡公堂寺', 'M', ['蔡公堂寺', '蔡巴贡塘寺', '贡塘寺']),
    ('桑丹曲林尼姑寺', 'F', ['桑丹曲林尼姑寺', '桑丹尼姑寺', '曲林尼姑寺']),
]
ROADS = ['318国道蔡公堂段', '蔡公堂路', '白定路']

# old town (八廓街道) lanes, used for former / household-register addresses
OLDTOWN_LANES = ['冲赛康巷', '鲁固巷', '八廓北街', '八廓东街', '八廓南街', '丹杰林路', '小昭寺路']
# other streets of 城关区 with a few real road names (former rentals)
LHASA_OTHER = [
    ('金珠西路街道', ['金珠西路', '娘热南路']),
    ('吉崩岗街道', ['林廓北路', '北京中路']),
    ('纳金街道', ['纳金路', '江苏大道']),
    ('两岛街道', ['太阳岛一路', '太阳岛二路']),
    ('扎细街道', ['色拉路', '北京东路']),
]

# township / village name syllables for home-place addresses (synthetic)
HAN_TOWN = ['新华', '永安', '太平', '龙泉', '石桥', '三合', '双河', '白马', '青龙', '金山', '兴隆',
            '红光', '安乐', '高桥', '清水', '大河', '柳林', '马家', '李家', '王家', '回龙', '观音',
            '长乐', '复兴', '中和', '土门', '新店', '黄土', '大寨', '柏林']
TIB_TOWN = ['嘎措', '雅曲', '措玛', '色哇', '洛麦', '多玛', '文部', '荣玛', '达果', '帕那', '雄梅',
            '扎仁', '玛曲', '德庆', '江热', '卡嘎', '岗尼', '査曲', '孔玛', '尼荣']

# ---------------------------------------------------------------------------
# home-county weights (city-code prefixes of areas.csv) by population group
# ---------------------------------------------------------------------------
HOME_CITIES = {
    'lhasa_local': [('540102', 80), ('540103', 4), ('540104', 4), ('540121', 3), ('540124', 2),
                    ('540127', 3), ('540123', 2), ('540122', 2)],
    'tibet_other': [('5402', 35), ('5405', 20), ('5403', 15), ('5406', 15), ('5404', 8), ('5425', 7)],
    'herder': [('540630', 30), ('540629', 25), ('540625', 15), ('540627', 15), ('5425', 15)],
    'kham': [('5133', 45), ('6327', 20), ('6326', 10), ('5403', 25)],
    'han': [('5113', 14), ('5119', 10), ('5117', 10), ('5109', 6), ('5116', 6), ('5120', 5),
            ('5110', 4), ('5111', 3), ('5002', 10), ('5001', 4), ('6205', 6), ('6211', 5),
            ('6212', 4), ('4116', 5), ('4117', 4), ('4113', 3), ('4115', 2), ('6301', 3),
            ('6302', 2), ('4209', 2), ('4305', 2), ('6107', 3)],
    'hui': [('6229', 60), ('630224', 25), ('6301', 15)],
    'naxi': [('530721', 60), ('530702', 40)],
}

# mobile prefixes with weights (China Mobile dominates in Tibet)
MOBILE_PREFIX = [('139', 12), ('138', 6), ('136', 4), ('135', 4), ('134', 3), ('137', 3),
                 ('151', 4), ('152', 3), ('157', 2), ('158', 3), ('159', 4), ('182', 3),
                 ('183', 3), ('187', 4), ('188', 3), ('178', 2), ('198', 3), ('147', 1),
                 ('130', 1), ('131', 1), ('132', 1), ('155', 1), ('156', 1), ('185', 1),
                 ('186', 1), ('176', 1), ('166', 1), ('133', 2), ('153', 2), ('177', 1),
                 ('180', 1), ('181', 2), ('189', 3), ('173', 1), ('199', 1)]

CN_DIGITS = '零一二三四五六七八九'
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in '0123456789Xx-+'}
