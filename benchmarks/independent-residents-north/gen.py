#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py - independent synthetic test data for a Chinese resident-record
deduplication engine ("collect once, use everywhere").

World (northern China, Shandong): 济南市
  * urban: 历城区 洪家楼街道 (370112002) with 5 社区 and ~22 estates of many kinds
    (new 小区 with 号楼/栋 + 单元 + 室, old factory 家属院/宿舍, 平房 lanes with
    胡同/巷/条, a 城中村 (祝甸), 号院 compounds, towers/公寓);
  * rural: 商河县 玉皇庙镇 (370126107) with 9 行政村, 村民小组 and 自然村.
About 20,000 people in households, written by 16 apps/ledgers, each with its own
habits.  Output:
  DIR/residents.csv  record_id,source,name,id_number,phone,birth_date,gender,address
  DIR/truth.csv      record_id,person_id
Optional (for error analysis, written only when --meta is given):
  META/people.csv    the true person table
  META/annot.csv     record_id,person_id,source,year,tags  (which noise was applied)

Python 3 standard library only.  Same arguments -> byte-identical output
(all randomness comes from random.Random seeded with strings, never from hash()).
See APPS.txt for the world and each app's habits.
"""
import argparse
import bisect
import csv
import datetime as dt
import os
import random
import sys

REF_YEAR = 2024
REF = dt.date(2024, 6, 30)           # "today" of the world

# --------------------------------------------------------------------------
# Division codes (subset of the 2023 statistical division list, embedded so the
# generator is self-contained).  code -> (province, city, county, [towns])
# --------------------------------------------------------------------------
DIVS = {
    '370102': ('山东省', '济南市', '历下区', ['解放路街道', '千佛山街道']),
    '370103': ('山东省', '济南市', '市中区', ['大观园街道', '杆石桥街道']),
    '370104': ('山东省', '济南市', '槐荫区', ['振兴街街道', '中大槐树街道']),
    '370105': ('山东省', '济南市', '天桥区', ['无影山街道', '天桥东街街道']),
    '370112': ('山东省', '济南市', '历城区', ['山大路街道', '洪家楼街道']),
    '370113': ('山东省', '济南市', '长清区', ['马山镇', '双泉镇']),
    '370114': ('山东省', '济南市', '章丘区', ['垛庄镇']),
    '370115': ('山东省', '济南市', '济阳区', ['仁风镇', '新市镇']),
    '370116': ('山东省', '济南市', '莱芜区', ['牛泉镇', '苗山镇']),
    '370124': ('山东省', '济南市', '平阴县', ['东阿镇', '孝直镇']),
    '370126': ('山东省', '济南市', '商河县', ['殷巷镇', '怀仁镇']),
    '371402': ('山东省', '德州市', '德城区', ['二屯镇', '黄河涯镇']),
    '371424': ('山东省', '德州市', '临邑县', ['临邑镇', '临南镇']),
    '371481': ('山东省', '德州市', '乐陵市', ['杨安镇', '朱集镇']),
    '371425': ('山东省', '德州市', '齐河县', ['表白寺镇', '焦庙镇']),
    '371502': ('山东省', '聊城市', '东昌府区', ['侯营镇', '沙镇镇']),
    '371521': ('山东省', '聊城市', '阳谷县', ['阎楼镇', '阿城镇']),
    '371525': ('山东省', '聊城市', '冠县', ['贾镇', '桑阿镇']),
    '370902': ('山东省', '泰安市', '泰山区', ['省庄镇', '邱家店镇']),
    '370983': ('山东省', '泰安市', '肥城市', ['潮泉镇', '桃园镇']),
    '370303': ('山东省', '淄博市', '张店区', ['南定镇', '沣水镇']),
    '370811': ('山东省', '济宁市', '任城区', ['长沟镇', '石桥镇']),
    '370812': ('山东省', '济宁市', '兖州区', ['大安镇', '新驿镇']),
    '371702': ('山东省', '菏泽市', '牡丹区', ['沙土镇', '吴店镇']),
    '371721': ('山东省', '菏泽市', '曹县', ['庄寨镇', '普连集镇']),
    '371726': ('山东省', '菏泽市', '鄄城县', ['什集镇', '红船镇']),
    '371302': ('山东省', '临沂市', '兰山区', ['白沙埠镇', '枣园镇']),
    '371321': ('山东省', '临沂市', '沂南县', ['岸堤镇', '孙祖镇']),
    '370702': ('山东省', '潍坊市', '潍城区', ['城关街道', '南关街道']),
    '371621': ('山东省', '滨州市', '惠民县', ['石庙镇', '桑落墅镇']),
    '371602': ('山东省', '滨州市', '滨城区', ['三河湖镇', '杨柳雪镇']),
    '370502': ('山东省', '东营市', '东营区', ['牛庄镇', '六户镇']),
    '370602': ('山东省', '烟台市', '芝罘区', ['向阳街道', '东山街道']),
    '370202': ('山东省', '青岛市', '市南区', ['香港中路街道', '八大峡街道']),
    '371102': ('山东省', '日照市', '东港区', ['河山镇', '后村镇']),
    '371002': ('山东省', '威海市', '环翠区', ['张村镇', '羊亭镇']),
    '370402': ('山东省', '枣庄市', '市中区', ['税郭镇', '孟庄镇']),
    '411623': ('河南省', '周口市', '商水县', ['黄寨镇', '练集镇']),
    '411625': ('河南省', '周口市', '郸城县', ['吴台镇', '南丰镇']),
    '410102': ('河南省', '郑州市', '中原区', ['林山寨街道', '建设路街道']),
    '410923': ('河南省', '濮阳市', '南乐县', ['城关镇', '韩张镇']),
    '411526': ('河南省', '信阳市', '潢川县', ['双柳树镇', '伞陂镇']),
    '130102': ('河北省', '石家庄市', '长安区', ['西兆通镇', '南村镇']),
    '130921': ('河北省', '沧州市', '沧县', ['旧州镇', '兴济镇']),
    '130926': ('河北省', '沧州市', '肃宁县', ['肃宁镇', '梁家村镇']),
    '131102': ('河北省', '衡水市', '桃城区', ['郑家河沿镇', '赵家圈镇']),
    '130525': ('河北省', '邢台市', '隆尧县', ['隆尧镇', '魏家庄镇']),
    '341221': ('安徽省', '阜阳市', '临泉县', ['杨桥镇', '鲖城镇']),
    '341222': ('安徽省', '阜阳市', '太和县', ['城关镇', '旧县镇']),
    '341321': ('安徽省', '宿州市', '砀山县', ['砀城镇', '赵屯镇']),
    '340121': ('安徽省', '合肥市', '长丰县', ['水湖镇', '庄墓镇']),
    '320321': ('江苏省', '徐州市', '丰县', ['首羡镇', '顺河镇']),
    '320382': ('江苏省', '徐州市', '邳州市', ['邳城镇', '官湖镇']),
    '230102': ('黑龙江省', '哈尔滨市', '道里区', ['太平镇', '新发镇']),
    '230621': ('黑龙江省', '大庆市', '肇州县', ['肇州镇', '永乐镇']),
    '220104': ('吉林省', '长春市', '朝阳区', ['乐山镇', '永春镇']),
    '210102': ('辽宁省', '沈阳市', '和平区', ['浑河湾街道', '新华街道']),
    '140105': ('山西省', '太原市', '小店区', ['北格镇', '西温庄乡']),
    '150102': ('内蒙古自治区', '呼和浩特市', '新城区', ['保合少镇']),
    '150502': ('内蒙古自治区', '通辽市', '科尔沁区', ['大林镇', '钱家店镇']),
    '650102': ('新疆维吾尔自治区', '乌鲁木齐市', '天山区', ['燕儿窝街道', '胜利路街道']),
    '652901': ('新疆维吾尔自治区', '阿克苏地区', '阿克苏市', ['喀拉塔勒镇', '阿依库勒镇']),
    '653101': ('新疆维吾尔自治区', '喀什地区', '喀什市', ['乃则尔巴格镇', '夏马勒巴格镇']),
    '510104': ('四川省', '成都市', '锦江区', ['锦官驿街道', '东湖街道']),
    '620102': ('甘肃省', '兰州市', '城关区', ['酒泉路街道', '张掖路街道']),
    '610102': ('陕西省', '西安市', '新城区', ['西一路街道', '长乐中路街道']),
    '420102': ('湖北省', '武汉市', '江岸区', ['大智街道', '一元街道']),
    '120104': ('天津市', '', '南开区', ['长虹街道', '鼓楼街道']),
    '110108': ('北京市', '', '海淀区', ['万寿路街道', '永定路街道']),
}

# birthplace (ID address code) mixes
ORIGIN_URBAN_LOCAL = [('370112', 55), ('370102', 8), ('370103', 5), ('370104', 4), ('370105', 6),
                      ('370113', 1), ('370114', 2), ('370115', 1.5), ('370116', 1), ('370124', .5), ('370126', 1),
                      ('371402', 1.5), ('371424', 1), ('371481', 1), ('371425', 1), ('371502', 1), ('371521', .5),
                      ('370902', 1), ('370983', 1), ('370303', 1), ('370811', .8), ('371702', .8), ('371302', .8),
                      ('370702', .8), ('371621', .8), ('370602', .5), ('370202', .5), ('370402', .4),
                      ('411623', .5), ('130921', .5), ('230102', .5), ('210102', .4), ('140105', .3), ('320321', .3),
                      ('110108', .2), ('120104', .3), ('420102', .2), ('610102', .2)]
ORIGIN_MIGRANT = [('371402', 4), ('371424', 3), ('371481', 3), ('371425', 3), ('371502', 3), ('371521', 3),
                  ('371525', 2), ('370902', 2), ('370983', 2), ('370303', 1), ('370811', 2), ('370812', 1),
                  ('371702', 3), ('371721', 4), ('371726', 3), ('371302', 2), ('371321', 2), ('370702', 1),
                  ('371621', 2), ('371602', 1), ('370502', 1), ('371102', 1), ('370402', 1),
                  ('370113', 1), ('370114', 1), ('370115', 1.5), ('370116', 1), ('370124', 1), ('370126', 1.5),
                  ('411623', 3), ('411625', 3), ('410102', 1), ('410923', 2), ('411526', 1),
                  ('130102', 1), ('130921', 2), ('130926', 1), ('131102', 1), ('130525', 1),
                  ('341221', 2), ('341222', 2), ('341321', 1), ('340121', 1), ('320321', 1), ('320382', 1),
                  ('230102', 1), ('230621', 1), ('220104', 1), ('210102', 1), ('140105', 1),
                  ('150502', .4), ('653101', .3), ('652901', .2), ('510104', .5), ('620102', .5), ('610102', .5)]
ORIGIN_STUDENT = ORIGIN_MIGRANT + [('370112', 2), ('370102', 2), ('370202', 2), ('370602', 2), ('110108', .5),
                                   ('120104', .5), ('420102', .5), ('650102', .3), ('150102', .3)]
ORIGIN_RURAL_WIFE = [('370126', 70), ('371424', 8), ('371621', 7), ('370115', 6), ('371481', 4), ('371402', 2),
                     ('411623', 1), ('341221', 1), ('230621', .5)]

# --------------------------------------------------------------------------
# Surnames (northern / Shandong flavoured frequencies, per mille-ish)
# --------------------------------------------------------------------------
SURNAMES = [('王', 95), ('李', 85), ('张', 85), ('刘', 65), ('陈', 25), ('杨', 30), ('赵', 30), ('黄', 10),
            ('周', 15), ('吴', 10), ('徐', 18), ('孙', 25), ('马', 20), ('朱', 12), ('胡', 10), ('郭', 15),
            ('何', 5), ('高', 20), ('林', 6), ('罗', 4), ('郑', 9), ('梁', 9), ('谢', 4), ('宋', 12),
            ('唐', 5), ('许', 8), ('韩', 13), ('冯', 9), ('邓', 3), ('曹', 10), ('彭', 4), ('曾', 2),
            ('肖', 5), ('田', 10), ('董', 10), ('袁', 6), ('潘', 4), ('于', 15), ('蒋', 4), ('蔡', 3),
            ('余', 2), ('杜', 8), ('叶', 2), ('程', 7), ('苏', 6), ('魏', 10), ('吕', 8), ('丁', 8),
            ('任', 8), ('沈', 3), ('姚', 5), ('卢', 5), ('姜', 12), ('崔', 10), ('钟', 2), ('谭', 3),
            ('陆', 2), ('汪', 2), ('范', 7), ('金', 4), ('石', 6), ('廖', 1), ('贾', 8), ('夏', 3),
            ('韦', 1), ('付', 6), ('方', 3), ('白', 5), ('邹', 2), ('孟', 8), ('熊', 2), ('秦', 5),
            ('邱', 3), ('江', 2), ('尹', 4), ('薛', 5), ('闫', 6), ('段', 5), ('雷', 3), ('侯', 6),
            ('龙', 1), ('史', 5), ('陶', 2), ('黎', .5), ('贺', 3), ('顾', 2), ('毛', 3), ('郝', 6),
            ('龚', 1), ('邵', 4), ('万', 2), ('钱', 2), ('严', 2), ('覃', .2), ('武', 6), ('戴', 2),
            ('莫', .5), ('孔', 5), ('向', .5), ('汤', 1), ('牛', 3), ('耿', 2), ('庞', 2), ('齐', 3),
            ('鞠', 1.5), ('谷', 1.5), ('聂', 1.5),
            ('欧阳', .3), ('司马', .1), ('诸葛', .1), ('上官', .1)]
HUI_SURNAMES = [('马', 40), ('金', 8), ('白', 8), ('沙', 6), ('海', 5), ('米', 3), ('穆', 4), ('哈', 2),
                ('丁', 5), ('杨', 5), ('李', 5), ('刘', 4), ('王', 5)]

# --------------------------------------------------------------------------
# Given names by birth decade and gender: (two-character names, one-character names).
# Ordered roughly by popularity; a Zipf-like weight is applied, so that common
# names (伟, 磊, 娜, 静, 秀英 ...) recur and real homonyms appear.
# --------------------------------------------------------------------------
GIVEN_RAW = {
    1940: ('建国 德福 福才 长林 玉山 树林 金山 庆林 广才 德胜 振华 文清 明德 守田 连生 宝山 春生 来福 长顺 玉林 保国 俊山 兆林 荣华 永福 占山 庆祥 凤山 福全 广德',
           '明 福 林 清 贵 海 山 祥 成 德 才 田 义 忠 荣',
           '秀英 桂英 玉兰 秀兰 桂兰 凤英 秀珍 淑珍 玉珍 兰英 桂珍 淑英 玉英 凤兰 秀荣 桂芝 玉芝 秀芝 淑兰 翠兰 玉梅 秀云 素珍 玉凤 金凤 桂香 秀梅 凤云 月英 素兰',
           '英 兰 珍 芝 凤 梅 香 秀 荣 娥'),
    1950: ('建国 建华 国庆 振国 建设 卫国 国华 志强 建民 新民 胜利 跃进 爱国 和平 永平 建军 国强 志远 立新 树森 德明 振华 玉林 长江 庆华 援朝 抗美 忠诚 文明 国栋',
           '军 平 明 华 林 强 杰 斌 刚 勇 民 生 忠 胜',
           '秀英 桂兰 玉兰 秀兰 凤英 淑珍 桂珍 玉华 秀云 秀珍 淑华 桂英 丽华 玉珍 淑英 秀华 凤兰 素梅 爱华 淑兰 建华 美华 玉梅 玉芳 秀芳 桂芳 玉霞 秀荣 建英 桂芝',
           '英 兰 华 珍 梅 芳 霞 琴 云 平'),
    1960: ('建军 卫东 建华 卫国 红卫 建国 国强 志刚 永刚 学军 向东 爱国 建新 红军 建平 建民 卫华 志强 文革 立军 海涛 永强 建伟 国华 东风 卫兵 跃进 振宇 庆国 建明',
           '军 勇 强 刚 斌 平 伟 华 明 杰 东 涛 林 峰 波',
           '红梅 丽华 秀云 红霞 爱华 卫红 淑芬 桂芳 建英 玉霞 秀梅 红英 丽娟 秀芳 桂荣 玉梅 春梅 红艳 秀丽 素芳 凤霞 爱玲 彩霞 晓红 淑华 卫华 美玲 亚丽 海燕 秀琴',
           '红 丽 艳 梅 萍 华 英 霞 芳 燕 敏 静 玲 琴 娟'),
    1970: ('海涛 建平 志强 永强 宏伟 立新 卫东 海波 建军 晓东 志勇 建华 国栋 振宇 小军 文斌 立伟 海军 志刚 红军 庆军 新华 明亮 东升 志军 永刚 海峰 继伟 建伟 春雷',
           '伟 勇 军 磊 涛 斌 波 强 鹏 东 峰 刚 辉 亮 杰 华 明 平 健',
           '红霞 丽娟 晓燕 秀丽 春燕 海燕 丽丽 晓红 艳红 丽萍 美玲 玉梅 彩霞 雪梅 桂芳 秀芳 金凤 爱华 晓梅 春霞 翠萍 艳玲 丽华 小燕 海霞 红艳 新华 丽霞 晓丽 凤霞',
           '丽 静 敏 燕 艳 娟 霞 芳 玲 红 梅 萍 英 华 琳'),
    1980: ('晓东 海龙 建伟 志伟 小龙 文杰 海洋 晓明 志强 国庆 建华 鹏飞 俊杰 振宇 永亮 立国 海涛 冬冬 晓峰 宏伟 明亮 海鹏 志鹏 金龙 大伟 成龙 晓龙 继超 晓磊 建军',
           '伟 磊 涛 鹏 超 杰 浩 鑫 强 亮 明 波 刚 辉 健 飞 帅 龙 凯 斌 勇 峰 军 洋 宁 锋 阳 东 楠 旭',
           '晓丽 丽娜 婷婷 娟娟 媛媛 晓燕 丽丽 晓静 晓琳 亚楠 海燕 晓霞 春燕 小丽 雪梅 玉洁 晓敏 晓梅 佳佳 明明 丹丹 莉莉 晶晶 文静 晓蕾 欣欣 倩倩 晓红 慧敏 玉婷',
           '娜 静 丽 敏 燕 婷 丹 萍 晶 霞 倩 莉 芳 雪 蕾 洁 颖 娟 艳 琳 慧 璐 楠 红 玲'),
    1990: ('文博 浩然 子豪 佳豪 俊杰 家豪 志远 明辉 鹏飞 晓宇 天宇 浩宇 宇航 志豪 晨阳 振宇 海洋 文杰 鑫宇 家乐 博文 一帆 泽宇 昊天 嘉豪 梦龙 宇轩 建宇 晓东 昊然',
           '浩 鹏 超 杰 磊 帅 宇 鑫 晨 阳 旭 凯 博 洋 涛 龙 琦 航 硕 震 亮 冬 伟 翔 森',
           '佳佳 晓雪 梦瑶 佳琪 雨婷 思琪 欣怡 晨曦 婷婷 雪莹 梦雪 佳慧 晓彤 文静 晓丽 美琪 思雨 梦琪 雪晴 钰莹 雨欣 佳欣 丹丹 玉洁 慧敏 静怡 梦婷 晓琳 文慧 倩倩',
           '婷 雪 倩 佳 琳 悦 萌 璐 雯 颖 欣 洋 敏 静 琪 莹 丹 蕾 楠 瑶 晴 月 茜 迪 爽'),
    2000: ('浩然 子豪 宇航 俊杰 博文 梓豪 浩宇 子涵 皓轩 天宇 明轩 一鸣 佳乐 鑫宇 志豪 宇轩 子轩 浩轩 嘉懿 家乐 晨阳 文轩 俊豪 泽宇 子健 一凡 梓轩 昊天 思远 鸿宇',
           '浩 宇 晨 鑫 航 博 杰 凯 帅 硕 阳 旭 哲 琦 睿 腾 森 豪 涛 磊',
           '欣怡 梓涵 雨欣 佳怡 诗涵 思雨 子涵 梦琪 可欣 雨涵 佳琪 欣然 紫涵 雅琪 雨萱 梦瑶 诗琪 语嫣 佳欣 雨桐 静怡 佳慧 思琪 雅婷 心怡 晓彤 梓萱 一诺 嘉怡 雨婷',
           '悦 琪 涵 萱 瑶 欣 妍 璐 琳 婷 雪 蕾 彤 倩 颖 薇 菲 钰 馨 娜'),
    2010: ('梓轩 宇轩 浩宇 子墨 一诺 沐阳 梓睿 俊熙 皓轩 奕辰 宇泽 浩然 梓豪 铭泽 子轩 锦程 一鸣 睿泽 梓航 沐宸 子睿 博文 宇航 俊宇 天佑 浩轩 明哲 嘉睿 宸宇 梓晨',
           '睿 辰 轩 泽 航 宇 哲 晨 浩 硕 铭 恺 翔 昊 赫 森 凯 博 洋 琦',
           '一诺 梓涵 欣怡 可馨 语桐 若汐 梓萱 思涵 子萱 雨桐 依诺 欣妍 梓琪 诗琪 语汐 梦瑶 诗涵 安琪 沐晨 佳怡 可欣 雨萱 芷若 艺涵 紫萱 思琪 梓玥 欣然 婉清 一涵',
           '萱 涵 悦 妍 彤 琪 菲 瑶 婷 玥 诺 汐 桐 馨 冉 然 雪 钰 晴 宁'),
}
# share of one-character given names by decade
SINGLE_P = {1940: .22, 1950: .28, 1960: .35, 1970: .45, 1980: .48, 1990: .32, 2000: .18, 2010: .12}

# minority / transliterated names (full names, no separate surname)
UYGHUR_M = ['买买提·艾力', '艾力·吐尔逊', '阿不都热合曼·买买提', '吐尔洪·艾买提', '艾合买提·热合曼', '努尔艾力·阿不都拉']
UYGHUR_F = ['古丽娜尔·吐尔逊', '阿依古丽·买买提', '热依拉·艾力', '迪丽努尔·阿不都拉', '帕提古丽·艾合买提']
MONGOL_M = ['巴特尔', '额尔敦巴特尔', '孟和巴雅尔', '宝音', '乌力吉', '那仁·格日勒', '包巴特尔', '白乌力吉']
MONGOL_F = ['其木格', '乌云其木格', '苏日娜', '斯琴高娃', '萨仁·图雅', '包其其格', '韩乌兰']

# --------------------------------------------------------------------------
# Noise tables
# --------------------------------------------------------------------------
# pinyin-input homophones (what an IME offers for the same syllable)
HOMO = {
    '伟': '玮炜卫', '静': '晶婧靖菁', '敏': '民闵', '娜': '纳', '丽': '莉俐力利', '燕': '艳雁彦', '霞': '侠',
    '芳': '方', '娟': '鹃涓', '婷': '亭庭', '磊': '蕾雷', '涛': '韬滔', '斌': '彬滨', '波': '博', '鹏': '朋',
    '超': '潮', '杰': '洁捷', '浩': '皓昊豪', '鑫': '欣新馨', '宇': '雨语玉禹', '轩': '萱宣', '涵': '晗含',
    '梓': '子紫', '怡': '仪宜艺', '琪': '琦淇祺', '晨': '辰琛', '明': '铭鸣', '建': '健剑', '国': '果',
    '志': '智', '刚': '钢', '峰': '锋丰', '辉': '晖慧', '玉': '钰', '英': '瑛莹', '兰': '岚', '梅': '玫',
    '珍': '贞', '凤': '风', '桂': '贵', '云': '芸', '平': '萍', '洋': '阳扬', '东': '冬', '龙': '隆',
    '文': '雯', '佳': '嘉家', '思': '斯', '雪': '学', '倩': '茜', '悦': '月玥', '颖': '莹', '晓': '小筱',
    '春': '纯', '福': '富', '宝': '保', '林': '琳霖', '凯': '恺', '秀': '绣', '华': '桦', '军': '君俊',
    '红': '虹宏', '勇': '永', '亮': '靓', '萍': '平', '琳': '林霖', '蕾': '磊', '璐': '露路', '晶': '静',
    '艳': '燕', '玲': '琳铃', '荣': '蓉融', '芝': '枝', '淑': '书', '德': '得', '成': '诚', '永': '勇',
    '新': '鑫欣', '俊': '军峻', '豪': '浩', '博': '波', '航': '杭', '泽': '则', '睿': '瑞锐', '铭': '明',
    '萱': '轩宣', '妍': '研艳', '彤': '桐', '菲': '飞', '瑶': '遥', '诺': '娜', '汐': '夕', '馨': '欣',
    '然': '冉', '钰': '玉', '晴': '清', '宁': '凝', '哲': '喆', '翔': '祥', '昊': '浩', '赫': '鹤',
    '森': '深', '硕': '朔', '旭': '煦', '阳': '洋', '飞': '菲', '健': '建', '海': '', '强': '蔷',
    '慧': '惠', '洁': '杰', '丹': '单', '雯': '文', '萌': '蒙', '莹': '盈', '蓉': '荣', '楠': '南',
    '琦': '琪', '帆': '凡', '远': '源', '乐': '勒', '凡': '帆', '涌': '勇', '庆': '青', '胜': '盛',
    '山': '珊', '贵': '桂', '祥': '翔', '义': '毅', '忠': '中', '清': '青', '才': '材', '田': '甜',
    '生': '升', '民': '敏', '梦': '孟', '欣': '新', '雨': '宇', '子': '梓', '嘉': '佳', '艺': '怡',
    '婉': '琬', '若': '偌', '依': '伊', '可': '柯', '安': '岸', '沐': '木', '墨': '默', '熙': '曦',
    '辰': '晨', '锦': '金', '程': '成', '天': '添', '佑': '又', '宸': '晨', '一': '依', '诗': '施',
    '语': '雨', '桐': '彤', '芷': '芝', '紫': '子', '玥': '月', '冉': '然',
    # surnames (rarer)
    '张': '章', '王': '汪', '李': '黎', '刘': '柳', '陈': '程', '徐': '许', '许': '徐', '吴': '武',
    '周': '邹', '于': '余俞', '蒋': '姜', '姜': '江', '石': '史', '付': '傅', '闫': '阎严', '杨': '阳',
    '邱': '秋', '孙': '荪', '郑': '正', '魏': '卫', '韩': '寒', '冯': '丰', '董': '懂', '赵': '照',
}
# similar-looking characters
LOOK = {'侯': '候', '候': '侯', '王': '玉', '玉': '王', '刘': '列', '徐': '涂', '斌': '赋', '娟': '绢',
        '汪': '江', '杨': '扬', '戴': '载', '崔': '催', '贾': '贯', '季': '李', '孟': '盂', '冉': '再',
        '淑': '椒', '凤': '风', '霞': '暇', '琪': '棋', '秀': '季', '晶': '昌', '鑫': '森', '浩': '洁',
        '梓': '锌', '萱': '宣', '涛': '祷', '伟': '纬', '辉': '挥', '峰': '锋', '婷': '停', '倩': '靓',
        '颖': '頴', '军': '车', '兰': '半', '芳': '劳', '英': '荚', '明': '朋', '杰': '杢', '红': '江',
        '睿': '叡', '祥': '详', '建': '健', '庆': '应', '宏': '宠', '燕': '嚥', '莉': '利', '萍': '苹'}
# simplified -> traditional (what some ledgers / IME settings produce)
TRAD = dict(zip(
    '刘张陈赵黄杨吴孙马郑谢韩冯邓叶苏卢钟陆贾龚万钱严汤许罗邹顾陶闫孟齐聂庞'
    '伟丽华军国红兰凤艳静龙杰鹏涛东宁庆贵宝顺荣义爱卫兴学胜长进飞凯晓阳辉颖乐诗轩梦语泽铭'
    '云丰刚强继亚岚帅钰馨杨涛凤琼娟燕秀敏',
    '劉張陳趙黃楊吳孫馬鄭謝韓馮鄧葉蘇盧鍾陸賈龔萬錢嚴湯許羅鄒顧陶閆孟齊聶龐'
    '偉麗華軍國紅蘭鳳艷靜龍傑鵬濤東寧慶貴寶順榮義愛衛興學勝長進飛凱曉陽輝穎樂詩軒夢語澤銘'
    '雲豐剛強繼亞嵐帥鈺馨楊濤鳳瓊娟燕秀敏'))

# pinyin for romanised names (volunteer mini-program).  Names with a
# character not listed fall back to a nickname.
PINYIN_RAW = """
王wang 李li 张zhang 刘liu 陈chen 杨yang 赵zhao 黄huang 周zhou 吴wu 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he
高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao
田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen
姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang
白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao
黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang
牛niu 耿geng 庞pang 齐qi 鞠ju 谷gu 聂nie 欧ou 阳yang 司si 诸zhu 葛ge 上shang 官guan 沙sha 海hai 米mi
穆mu 哈ha
建jian 国guo 德de 福fu 才cai 长chang 玉yu 山shan 树shu 金jin 庆qing 广guang 胜sheng 振zhen 华hua 文wen
清qing 明ming 守shou 连lian 生sheng 宝bao 春chun 来lai 顺shun 保bao 俊jun 兆zhao 荣rong 永yong 占zhan
祥xiang 凤feng 全quan 贵gui 海hai 成cheng 义yi 忠zhong 秀xiu 英ying 桂gui 兰lan 珍zhen 淑shu 芝zhi 翠cui
梅mei 云yun 素su 香xiang 月yue 娥e 设she 卫wei 民min 新xin 利li 跃yue 进jin 爱ai 和he 平ping 军jun 强qiang
志zhi 远yuan 立li 森sen 江jiang 援yuan 朝chao 抗kang 美mei 诚cheng 栋dong 杰jie 斌bin 刚gang 勇yong
丽li 芳fang 霞xia 琴qin 东dong 红hong 学xue 向xiang 革ge 伟wei 兵bing 宇yu 涛tao 峰feng 波bo 芬fen
艳yan 彩cai 晓xiao 亚ya 燕yan 萍ping 敏min 静jing 玲ling 娟juan 宏hong 小xiao 继ji 雷lei 磊lei 鹏peng
辉hui 亮liang 健jian 雪xue 琳lin 冬dong 飞fei 超chao 浩hao 鑫xin 帅shuai 凯kai 洋yang 宁ning 锋feng
楠nan 旭xu 洁jie 娜na 婷ting 媛yuan 丹dan 晶jing 倩qian 莉li 蕾lei 颖ying 慧hui 璐lu 博bo 然ran 豪hao
佳jia 家jia 辰chen 晨chen 一yi 帆fan 泽ze 昊hao 嘉jia 梦meng 航hang 曦xi 怡yi 思si 琪qi 雨yu 钰yu 莹ying
欣xin 萌meng 雯wen 悦yue 瑶yao 晴qing 茜qian 迪di 爽shuang 琦qi 硕shuo 震zhen 翔xiang 子zi 梓zi 涵han
皓hao 轩xuan 天tian 鸣ming 乐le 懿yi 健jian 凡fan 鸿hong 哲zhe 睿rui 腾teng 可ke 紫zi 雅ya 萱xuan
诗shi 语yu 嫣yan 桐tong 心xin 彤tong 薇wei 菲fei 馨xin 妍yan 墨mo 诺nuo 沐mu 熙xi 奕yi 铭ming 锦jin
程cheng 宸chen 佑you 恺kai 赫he 若ruo 汐xi 依yi 安an 芷zhi 艺yi 玥yue 婉wan 冉ran 大da 龙long 洋yang
"""
PINYIN = {}
for _tok in PINYIN_RAW.split():
    PINYIN.setdefault(_tok[0], _tok[1:])

NICKS = ['快乐每一天', '平安是福', '静待花开', '阳光总在风雨后', '知足常乐', '山东大汉', '岁月静好', '一路向北',
         '海阔天空', '淡然', '随缘', '微笑', '花开富贵', '开心果', '向日葵', '老兵', '夕阳红', '家和万事兴',
         '心静如水', '鹏程万里', '小太阳', '明天会更好', '大海', '清风', 'Sunny', 'Lucky', 'Tony', 'Amy',
         'Jack', 'Lily', '泉城人', '吃货一枚', '幸福一家人', '风雨无阻', '梦想家', '追风少年']

# --------------------------------------------------------------------------
# Geography
# --------------------------------------------------------------------------
URBAN = dict(prov='山东省', city='济南市', dist='历城区', town='洪家楼街道', code='370112002')
RURAL = dict(prov='山东省', city='济南市', dist='商河县', town='玉皇庙镇', code='370126107')

# estate kinds: xq = 小区 (号楼/栋 + 单元 + room), ds = tower/公寓 (座 + room),
# jr = 家属院 rows of 平房 (排 + 号), jb = 宿舍 walk-ups, pf = lanes of 平房, yd = 号院 compounds
# cls drives who lives there: new / old / pf / tower
COMMUNITIES = [
    ('花园东社区', '001', [
        dict(name='绿地香树花城', kind='xq', cls='new', alias=['香树花城', '绿地香树花城小区', '绿地香树'], road='花园路108号',
             bw='号楼', nb=18, nu=2, nf=18, nr=2, pm=True, code='XSHC'),
        dict(name='洪园小区', kind='xq', cls='old', alias=['洪园', '洪园小区'], road='洪园路12号',
             bw='号楼', nb=14, nu=4, nf=6, nr=2, pm=True, code='HYXQ'),
        dict(name='化肥厂家属院', kind='jr', cls='old', alias=['化肥厂宿舍', '化肥厂'], road='花园路121号',
             rows=14, nos=10, pm=False, code='HFC'),
        dict(name='银座晶都国际', kind='ds', cls='tower', alias=['晶都国际', '银座晶都', '晶都国际公寓'], road='花园路99号',
             towers=['A', 'B'], nf=32, nr=8, pm=True, code='JDGJ'),
    ]),
    ('洪楼社区', '002', [
        dict(name='山大新村', kind='xq', cls='old', alias=['山东大学宿舍', '山大宿舍', '山大新村宿舍'], road='洪家楼5号',
             bw='号楼', nb=20, nu=3, nf=5, nr=2, pm=True, code='SDXC'),
        dict(name='洪楼广场公寓', kind='ds', cls='tower', alias=['洪楼广场', '洪楼公寓'], road='洪楼西路28号',
             towers=[None], nf=24, nr=10, pm=True, code='HLGC'),
        dict(name='洪楼平房', kind='pf', cls='pf', alias=[], road='',
             lanes=[('洪楼东巷', 60), ('洪楼西巷', 45), ('洪家楼北街二条', 40), ('洪家楼北街三条', 36)], pm=False, code='HLPF'),
        dict(name='洪家楼北路号院', kind='yd', cls='pf', alias=[], road='洪家楼北路',
             yards=[18, 22, 26, 30, 34, 38], per=7, pm=False, code='HJLY'),
        dict(name='山大路198号院', kind='xq', cls='old', alias=['198号院', '山大路198号'], road='山大路198号',
             bw='号楼', nb=6, nu=3, nf=6, nr=2, pm=False, code='SD198'),
    ]),
    ('祝甸社区', '003', [
        dict(name='祝甸平房', kind='pf', cls='pf', alias=['祝甸村'], road='',
             lanes=[('祝甸东街1胡同', 30), ('祝甸东街2胡同', 30), ('祝甸东街3胡同', 28), ('祝甸东街4胡同', 26),
                    ('祝甸东街5胡同', 24), ('祝甸西街1胡同', 30), ('祝甸西街2胡同', 28), ('祝甸西街3胡同', 25),
                    ('祝甸前街', 90)], pm=False, code='ZDPF'),
        dict(name='祝甸嘉园', kind='xq', cls='new', alias=['祝甸回迁楼', '祝甸安置房', '祝甸家园'], road='祝甸路66号',
             bw='号楼', nb=16, nu=3, nf=11, nr=2, pm=True, code='ZDJY'),
        dict(name='融创·东城印象', kind='xq', cls='new', alias=['融创东城印象', '东城印象', '融创'], road='二环东路3966号',
             bw='栋', nb=14, nu=2, nf=18, nr=2, pm=True, code='RCDC'),
    ]),
    ('化纤厂社区', '004', [
        dict(name='化纤厂宿舍', kind='jb', cls='old', alias=['化纤厂家属院', '化纤厂宿舍楼', '化纤厂'], road='工业北路9号',
             bw='号楼', nb=20, nu=3, nf=5, nr=2, pm=False, code='HXC'),
        dict(name='机床二厂宿舍', kind='jb', cls='old', alias=['机床二厂家属院', '二机床宿舍'], road='工业北路27号',
             bw='号楼', nb=10, nu=3, nf=5, nr=2, pm=False, code='JC2'),
        dict(name='万科城', kind='xq', cls='new', alias=['万科城市之光', '万科'], road='工业北路88号',
             bw='栋', nb=22, nu=2, nf=18, nr=2, pm=True, code='WKC'),
        dict(name='中建锦绣城B区', kind='xq', cls='new', alias=['锦绣城B区', '中建锦绣城', '锦绣城'], road='工业北路66号',
             bw='号楼', nb=12, nu=2, nf=18, nr=3, pm=True, code='ZJJX'),
    ]),
    ('二环东社区', '005', [
        dict(name='鲁能领秀公馆', kind='xq', cls='new', alias=['领秀公馆', '鲁能公馆'], road='二环东路2888号',
             bw='号楼', nb=10, nu=2, nf=26, nr=2, pm=True, code='LNGG'),
        dict(name='保利华庭', kind='xq', cls='new', alias=['保利', '保利华庭小区'], road='二环东路2999号',
             bw='号楼', nb=12, nu=2, nf=18, nr=2, pm=True, code='BLHT'),
        dict(name='东城CBD国际公寓', kind='ds', cls='tower', alias=['CBD国际公寓', 'CBD公寓', '东城国际'], road='二环东路3100号',
             towers=['A', 'B', 'C'], nf=28, nr=12, pm=True, code='CBD'),
        dict(name='三箭如意苑', kind='xq', cls='old', alias=['如意苑', '三箭如意苑小区'], road='二环东路2666号',
             bw='号楼', nb=16, nu=3, nf=7, nr=2, pm=True, code='SJRY'),
        dict(name='省建三公司家属院', kind='jb', cls='old', alias=['省三建宿舍', '三建家属院'], road='二环东路2700号',
             bw='号楼', nb=8, nu=2, nf=5, nr=2, pm=False, code='SJ3'),
        dict(name='世茂天城', kind='xq', cls='new', alias=['世茂', '世茂天城小区'], road='二环东路3200号',
             bw='号楼', nb=15, nu=2, nf=33, nr=3, pm=True, code='SMTC'),
    ]),
]

# 行政村 of 玉皇庙镇: name, abbreviation, groups, natural villages by group, clan surnames, Hui share
VILLAGES = [
    dict(name='王家庄村', ab='WJZ', groups=5, nv={}, clans=[('王', .42), ('李', .10), ('张', .08)], hui=0),
    dict(name='前屯村', ab='QTC', groups=6, nv={1: '前屯', 2: '前屯', 3: '前屯', 4: '后屯', 5: '后屯', 6: '孙家'},
         clans=[('张', .25), ('李', .20), ('孙', .12)], hui=0),
    dict(name='刘店村', ab='LDC', groups=4, nv={}, clans=[('刘', .35), ('韩', .10)], hui=0),
    dict(name='大杨庄村', ab='DYZ', groups=5, nv={1: '大杨庄', 2: '大杨庄', 3: '大杨庄', 4: '小杨庄', 5: '小杨庄'},
         clans=[('杨', .40), ('王', .10)], hui=0),
    dict(name='赵家营村', ab='ZJY', groups=4, nv={}, clans=[('赵', .30), ('高', .15)], hui=0),
    dict(name='魏家坊村', ab='WJF', groups=3, nv={}, clans=[('魏', .30), ('于', .10)], hui=0),
    dict(name='小辛庄村', ab='XXZ', groups=3, nv={}, clans=[('李', .20), ('王', .20), ('宋', .10)], hui=0),
    dict(name='马坊村', ab='MFC', groups=4, nv={}, clans=[('马', .35), ('金', .10), ('白', .10), ('沙', .05)], hui=.65),
    dict(name='后营村', ab='HYC', groups=4, nv={1: '后营', 2: '后营', 3: '东营', 4: '东营'},
         clans=[('周', .20), ('孟', .10)], hui=0),
]
VSTREETS = ['东街', '西街', '南街', '北街', '前街', '后街', '中心街', '大街']

# employers located in the area (rosters = app "qiye") and outside (only names)
EMPLOYERS = [
    dict(name='山东大学洪家楼校区', addr='历城区洪家楼5号', code='SDU', rural=False),
    dict(name='济南洪楼百货有限公司', addr='历城区花园路101号', code='HLBH', rural=False),
    dict(name='济南华信物业管理有限公司', addr='历城区花园路108号绿地香树花城物业中心', code='HXWY', rural=False),
    dict(name='济南洪楼医院', addr='历城区洪楼西路17号', code='HLYY', rural=False),
    dict(name='历城区洪家楼第二小学', addr='历城区洪园路6号', code='HJLX', rural=False),
    dict(name='山东鲁新建设工程有限公司', addr='历城区工业北路60号', code='LXJS', rural=False),
    dict(name='济南祝甸农贸市场管理有限公司', addr='历城区祝甸路2号', code='ZDNM', rural=False),
    dict(name='济南领秀城商业运营有限公司', addr='历城区二环东路2888号', code='LXSY', rural=False),
    dict(name='山东泉润食品有限公司', addr='商河县玉皇庙镇工业园泉润路1号', code='QRSP', rural=True),
    dict(name='商河县玉皇庙镇卫生院', addr='商河县玉皇庙镇政府街18号', code='YHWS', rural=True),
]
EXT_EMP_NAMES = ['济南二机床集团有限公司', '山东高速集团', '浪潮集团有限公司', '济南公交总公司', '中国重汽集团',
                 '济南市历下区某科技公司', '山东省立医院', '济南轨道交通集团', '齐鲁制药有限公司', '银座集团股份有限公司',
                 '济南市天桥区某物流公司', '山东电力建设第三工程公司', '济南市中心医院', '中国移动济南分公司']
EXT_EMP_ADDR = ['历下区经十路{}号', '高新区舜华路{}号', '天桥区北园大街{}号', '槐荫区经十西路{}号', '市中区英雄山路{}号',
                '历城区工业南路{}号', '高新区新泺大街{}号', '历下区泉城路{}号']
EXT_JINAN_ADDR = ['天桥区北园大街{}号', '历下区文化东路{}号院', '槐荫区经七路{}号', '市中区大纬二路{}号', '历城区王舍人街道{}号',
                  '高新区汉峪金谷{}号楼', '章丘区明水街道{}号', '天桥区无影山中路{}号']
LANDLORD_NOTES = ['房东：{}', '(房东{})', '房东{}', '（房主：{}）']
ADDR_NOTES = ['（北门）', '旁边', '东户', '西户', '(租住)', '对面', '北屋', '（门卫旁）', '楼下', ' 车库', '（东门进）', '后院']

# --------------------------------------------------------------------------
# Small utilities
# --------------------------------------------------------------------------


class WT:
    """Weighted table: WT([(item, weight), ...]).pick(rng)."""

    def __init__(self, pairs):
        self.items = [a for a, _ in pairs]
        self.cum = []
        c = 0.0
        for _, w in pairs:
            c += w
            self.cum.append(c)
        self.tot = c

    def pick(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.tot)
        return self.items[min(i, len(self.items) - 1)]


def zipf(names, s=1.0, off=1.5):
    return WT([(n, 1.0 / (i + off) ** s) for i, n in enumerate(names)])


W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_char(s17):
    """GB 11643 / ISO 7064 MOD 11-2 check character."""
    return '10X98765432'[sum(int(a) * b for a, b in zip(s17, W17)) % 11]


def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and check_char(s[:17]) == s[17]


FW = str.maketrans('0123456789X-+ ', '０１２３４５６７８９Ｘ－＋\u3000')


def fullwidth(s):
    return s.translate(FW)


CN = '〇一二三四五六七八九'


def cn_int(n):
    """12 -> 十二, 3 -> 三, 25 -> 二十五 (1..99)."""
    if n < 10:
        return '零一二三四五六七八九'[n]
    if n < 20:
        return '十' + (CN[n % 10] if n % 10 else '')
    if n < 100:
        return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    return cn_digits(n)


def cn_digits(n, zero='〇'):
    return ''.join(zero if c == '0' else CN[int(c)] for c in str(n))


def rand_date(rng, year):
    d0 = dt.date(year, 1, 1)
    n = 366 if year % 4 == 0 else 365
    d = d0 + dt.timedelta(days=rng.randrange(n))
    return min(d, REF - dt.timedelta(days=rng.randrange(1, 60))) if d > REF else d


def add_months(d, k):
    m = d.month - 1 + k
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, 28)
    return dt.date(y, m, day) if d.day > 28 else dt.date(y, m, d.day)


# --------------------------------------------------------------------------
# World model
# --------------------------------------------------------------------------


class Obj:
    """Plain attribute bag."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


GIVEN = {}
for _d, (_m2, _m1, _f2, _f1) in GIVEN_RAW.items():
    GIVEN[_d] = {('M', 2): _m2.split(), ('M', 1): _m1.split(), ('F', 2): _f2.split(), ('F', 1): _f1.split()}
# popularity: flattened Zipf over each list (top names recur, but not absurdly)
GIVEN_WT = {k: {kk: zipf(vv, s=.75, off=4) for kk, vv in v.items()} for k, v in GIVEN.items()}
# composition pools: first / second characters of the decade's two-character names
# (and its one-character names as second characters), so that most two-character
# names are generated freshly and only the popular ones recur
GIVEN_C1 = {k: {g: [n[0] for n in v[(g, 2)]] for g in 'MF'} for k, v in GIVEN.items()}
GIVEN_C2 = {k: {g: [n[1] for n in v[(g, 2)]] + v[(g, 1)] for g in 'MF'} for k, v in GIVEN.items()}
SURNAME_WT = WT(SURNAMES)
HUI_WT = WT(HUI_SURNAMES)


def decade(y):
    return max(1940, min(2010, (y // 10) * 10))


def mobile_prefix_wt(by):
    # older people mostly on 13x/15x; younger also 17x/18x/19x, 166
    base = [('13%d' % i, 4) for i in range(10)] + [('15%d' % i, 3) for i in (0, 1, 2, 3, 5, 6, 7, 8, 9)]
    young = [('18%d' % i, 3) for i in range(10)] + [('17%d' % i, 1.2) for i in (0, 1, 3, 5, 6, 7, 8)] + \
            [('19%d' % i, 1.2) for i in (1, 3, 5, 8, 9)] + [('166', 1.5), ('147', .5)]
    if by < 1960:
        return WT(base + [(a, w * .35) for a, w in young])
    if by < 1985:
        return WT(base + [(a, w * .8) for a, w in young])
    return WT([(a, w * .7) for a, w in base] + young)


PREFIX_WT = {k: mobile_prefix_wt(k) for k in (1950, 1970, 1990)}


class World:
    def __init__(self, n_people, seed):
        self.seed = seed
        self.rng = random.Random('world-%s' % seed)
        self.N = n_people
        self.persons = []
        self.hhs = []
        self.used_units = {}
        self.used_ids = set()
        self.used_phones = set()
        self.rural_counter = {}
        self.vstreet_used = set()
        # estate tables by class
        self.estates = []
        for cname, ccode, ests in COMMUNITIES:
            for e in ests:
                e = dict(e)
                e['comm'] = cname
                e['ccode'] = URBAN['code'] + ccode
                k = e['kind']
                if k in ('xq', 'jb'):
                    cap = e['nb'] * e['nu'] * e['nf'] * e['nr']
                elif k == 'ds':
                    cap = len(e['towers']) * e['nf'] * e['nr']
                elif k == 'jr':
                    cap = e['rows'] * e['nos']
                elif k == 'pf':
                    cap = sum(m for _, m in e['lanes'])
                else:
                    cap = len(e['yards']) * e['per']
                e['cap'] = cap
                self.estates.append(e)
        self.est_by_cls = {}
        for e in self.estates:
            self.est_by_cls.setdefault(e['cls'], []).append(e)
        self.est_wt = {c: WT([(e, e['cap'] ** .7) for e in es]) for c, es in self.est_by_cls.items()}
        for i, v in enumerate(VILLAGES):
            v['code12'] = RURAL['code'] + '%03d' % (201 + i)
        self.build()

    # ---------------- units ----------------
    def urban_unit(self, est, tries=400):
        r = self.rng
        k = est['kind']
        for _ in range(tries):
            if k in ('xq', 'jb'):
                b, u, f, n = r.randint(1, est['nb']), r.randint(1, est['nu']), r.randint(1, est['nf']), r.randint(1, est['nr'])
                key = (est['code'], b, u, f, n)
                un = Obj(rural=False, kind=k, est=est, comm=est['comm'], b=b, u=u, f=f, n=n, room=f * 100 + n)
            elif k == 'ds':
                t = r.choice(est['towers'])
                f, n = r.randint(2, est['nf']), r.randint(1, est['nr'])
                key = (est['code'], t, f, n)
                un = Obj(rural=False, kind=k, est=est, comm=est['comm'], tower=t, f=f, n=n, room=f * 100 + n)
            elif k == 'jr':
                row, no = r.randint(1, est['rows']), r.randint(1, est['nos'])
                key = (est['code'], row, no)
                un = Obj(rural=False, kind=k, est=est, comm=est['comm'], row=row, no=no)
            elif k == 'pf':
                lane, m = WT([(l, m) for l, m in est['lanes']]).pick(r), 0
                m = dict(est['lanes'])[lane]
                no = r.randint(1, m)
                key = (est['code'], lane, no)
                un = Obj(rural=False, kind=k, est=est, comm=est['comm'], lane=lane, no=no)
            else:
                y, kk = r.choice(est['yards']), r.randint(1, est['per'])
                key = (est['code'], y, kk)
                un = Obj(rural=False, kind=k, est=est, comm=est['comm'], yard=y, k=kk)
            if key not in self.used_units:
                self.used_units[key] = True
                un.key = key
                return un
        return None

    def pick_urban_unit(self, clsw):
        for _ in range(50):
            c = WT(clsw).pick(self.rng)
            u = self.urban_unit(self.est_wt[c].pick(self.rng))
            if u:
                return u
        raise RuntimeError('estates full - too many people for the geography')

    def rural_unit(self, v=None):
        r = self.rng
        if v is None:
            v = WT([(x, x['groups']) for x in VILLAGES]).pick(r)
        vh = self.rural_counter.get(v['ab'], 0) + 1      # village-wide house number (户籍 style)
        self.rural_counter[v['ab']] = vh
        g = r.randint(1, v['groups'])
        c = self.rural_counter.get((v['ab'], g), 0) + 1
        self.rural_counter[(v['ab'], g)] = c
        hno = c
        while True:
            st, no = r.choice(VSTREETS), r.randint(1, 99)
            if (v['ab'], st, no) not in self.vstreet_used:
                self.vstreet_used.add((v['ab'], st, no))
                break
        return Obj(rural=True, kind='cun', village=v, comm=v['name'], grp=g, hno=hno, vst=st, vno=no, vh=vh,
                   nv=v['nv'].get(g), key=(v['ab'], g, hno))

    # ---------------- people ----------------
    def given(self, by, g, rural=False, single=None):
        d = decade(by)
        if single is None:
            p1 = SINGLE_P[d] - (.08 if rural and by < 1990 else 0)
            single = self.rng.random() < p1
        if single:
            return GIVEN_WT[d][(g, 1)].pick(self.rng)
        if self.rng.random() < .4:
            return GIVEN_WT[d][(g, 2)].pick(self.rng)
        for _ in range(20):
            a, b = self.rng.choice(GIVEN_C1[d][g]), self.rng.choice(GIVEN_C2[d][g])
            if a != b or (g == 'F' and d in (1980, 1990) and self.rng.random() < .3):
                return a + b
        return a + b

    def sibling_given(self, first, by, g):
        """Generation character shared with an elder sibling (辈分字)."""
        if len(first) != 2:
            return None
        pool = [x for x in GIVEN[decade(by)][(g, 2)] + GIVEN[decade(by)][(g, 1)]]
        for _ in range(20):
            c = self.rng.choice(pool)[-1]
            if c != first[1] and c != first[0]:
                return first[0] + c
        return None

    def person(self, hh, rel, g, by, sur, origin, eth='汉', given=None, bdate=None):
        p = Obj(pid='', hh=hh, rel=rel, g=g, sur=sur, eth=eth, origin=origin, foreign=False, roman=None,
                spouse=None, father=None, mother=None, kids=[], carer=None, phones=[], hk=None, emp=None,
                disabled=False, veteran=False, volunteer=False, hukou=None, vis=1.0, twin=None, id18='', id15=None,
                nat=None, minority_name=False, student=False)
        p.birth = bdate or rand_date(self.rng, by)
        p.by = p.birth.year
        if given is None:
            given = self.given(p.by, g, hh.rural)
        p.giv = given
        hh.members.append(p)
        return p

    @staticmethod
    def fullname(p):
        return p.sur + p.giv

    def surname(self, hh, hui=False):
        r = self.rng
        if hui:
            return HUI_WT.pick(r)
        if hh.rural:
            for s, sh in hh.unit.village['clans']:
                if r.random() < sh:
                    return s
        return SURNAME_WT.pick(r)

    def wife_surname(self, hh, husband_sur, hui=False):
        for _ in range(10):
            s = HUI_WT.pick(self.rng) if hui else SURNAME_WT.pick(self.rng)
            if s != husband_sur or self.rng.random() < .05:
                return s
        return s

    # ---------------- households ----------------
    URBAN_KINDS = [('couple_middle', 6), ('nuclear1', 17), ('nuclear2', 10), ('threegen', 8), ('couple_young', 5), ('couple_adultchild', 8),
                   ('elder_couple', 12), ('elder_single', 8), ('single_adult', 6), ('single_parent', 3),
                   ('migrant_family', 8), ('group_rental', 5), ('students', 5)]
    RURAL_KINDS = [('couple_middle', 8), ('threegen', 26), ('elder_couple', 20), ('elder_single', 12), ('nuclear2', 10), ('nuclear1', 8),
                   ('couple_adultchild', 10), ('leftbehind', 8), ('single_adult', 6)]
    HOUSING = {
        'local_young': [('new', 55), ('old', 30), ('tower', 8), ('pf', 7)],
        'elder': [('old', 60), ('new', 20), ('pf', 15), ('tower', 5)],
        'migrant_family': [('pf', 45), ('old', 35), ('tower', 10), ('new', 10)],
        'group_rental': [('pf', 40), ('old', 30), ('tower', 25), ('new', 5)],
        'students': [('old', 55), ('pf', 25), ('tower', 20)],
        'single_adult': [('tower', 35), ('new', 30), ('old', 25), ('pf', 10)],
    }

    def build(self):
        r = self.rng
        uk, rk = WT(self.URBAN_KINDS), WT(self.RURAL_KINDS)
        self.add_foreigners()
        n = sum(len(h.members) for h in self.hhs)
        while n < self.N:
            rural = r.random() < .31
            kind = rk.pick(r) if rural else uk.pick(r)
            hh = self.household(kind, rural)
            n += len(hh.members)
        # trim to exactly N people: the last household loses its last members
        while n > self.N:
            self.hhs[-1].members.pop()
            n -= 1
        self.hhs = [h for h in self.hhs if h.members]
        for h in self.hhs:
            if h.head not in h.members:
                h.head = h.members[0]
        for h in self.hhs:
            for p in h.members:
                for a in ('spouse', 'father', 'mother'):
                    q = getattr(p, a)
                    if q is not None and q.hh is h and q not in h.members:
                        setattr(p, a, None)
                p.kids = [k for k in p.kids if k.hh is not h or k in h.members]
        pid = 0
        for h in self.hhs:
            for p in h.members:
                pid += 1
                p.pid = 'P%06d' % pid
                self.persons.append(p)
        self.assign_moves()
        self.inject_homonyms()
        self.assign_ids()
        self.assign_phones()
        self.assign_flags()
        self.assign_carers()
        self.assign_hukou()

    def new_hh(self, kind, rural, unit, group):
        hh = Obj(hid='H%05d' % (len(self.hhs) + 1), kind=kind, rural=rural, unit=unit, members=[], head=None,
                 prev_unit=None, move_year=None, landline=None, tenant=False, landlord=None, ext_phones=[],
                 dibao=False, group=group, hui=False, foreign_hh=False, hukou_mode='here')
        self.hhs.append(hh)
        return hh

    def household(self, kind, rural):
        r = self.rng
        if rural:
            unit, group = self.rural_unit(), 'rural'
        else:
            group = {'migrant_family': 'migrant', 'group_rental': 'migrant', 'students': 'student'}.get(kind, 'local')
            hk = {'elder_couple': 'elder', 'elder_single': 'elder', 'migrant_family': 'migrant_family',
                  'group_rental': 'group_rental', 'students': 'students', 'single_adult': 'single_adult'}.get(kind, 'local_young')
            unit = self.pick_urban_unit(self.HOUSING[hk])
        hh = self.new_hh(kind, rural, unit, group)
        hh.tenant = group in ('migrant', 'student') or (group == 'local' and r.random() < .08)
        hui = (rural and r.random() < unit.village['hui']) or (not rural and group == 'local' and r.random() < .015)
        hh.hui = hui
        eth = '回' if hui else '汉'

        def origin():
            if rural:
                return '370126'
            if group == 'migrant':
                return WT(ORIGIN_MIGRANT).pick(r)
            if group == 'student':
                return WT(ORIGIN_STUDENT).pick(r)
            return WT(ORIGIN_URBAN_LOCAL).pick(r)

        def couple(hby):
            hs = self.surname(hh, hui)
            ho = origin()
            h = self.person(hh, '户主', 'M', hby, hs, ho, eth)
            wo = WT(ORIGIN_RURAL_WIFE).pick(r) if rural else (ho if group == 'migrant' and r.random() < .7 else origin())
            w = self.person(hh, '配偶', 'F', hby + r.randint(-1, 4), self.wife_surname(hh, hs, hui), wo, eth)
            h.spouse, w.spouse = w, h
            return h, w

        def kids(h, w, k, min_age=0, max_age=40, rel_prefix=''):
            out = []
            mother_by = w.by if w else h.by + 2
            gap_lo, gap_hi = (20, 30) if rural else (22, 36)
            first_by = mother_by + r.randint(gap_lo, gap_hi)
            first_by = max(min(first_by, REF_YEAR - min_age), REF_YEAR - max_age)
            first_by = min(first_by, REF_YEAR)
            by = first_by
            twins = k >= 2 and r.random() < .05
            for i in range(k):
                g = 'M' if r.random() < .52 else 'F'
                if i > 0 and not (twins and i == 1):
                    by = min(REF_YEAR, by + r.randint(1, 7))
                fa = h if h and h.g == 'M' else None
                sur = fa.sur if fa else (h.sur if h else w.sur)
                if fa and r.random() < .04 and w:
                    sur = w.sur      # child takes the mother's surname (rare)
                given = None
                bdate = None
                if i > 0 and out:
                    prev = out[-1]
                    share = .55 if (twins and i == 1) else (.35 if rural and by < 1990 else .15)
                    if r.random() < share and prev.g == g:
                        given = self.sibling_given(prev.giv, by, g)
                    if twins and i == 1:
                        bdate = prev.birth
                rel = ('子' if g == 'M' else '女')
                c = self.person(hh, rel_prefix + rel, g, by, sur, None, eth, given=given, bdate=bdate)
                if twins and i == 1:
                    c.twin, out[0].twin = out[0], c
                c.father, c.mother = fa, w
                for pp in (h, w):
                    if pp:
                        pp.kids.append(c)
                # children's ID region: where the parents' hukou is
                base = (fa or w or h).origin
                if rural:
                    c.origin = '370126'
                elif group == 'migrant':
                    c.origin = base if r.random() < .85 else '370112'
                else:
                    c.origin = '370112' if r.random() < .85 else base
                out.append(c)
            return out

        A = lambda lo, hi: REF_YEAR - r.randint(lo, hi)
        if kind == 'nuclear1':
            h, w = couple(A(26 if rural else 28, 56))
            kids(h, w, 1, max_age=28)
        elif kind == 'nuclear2':
            h, w = couple(A(30, 56))
            kids(h, w, 2 + (1 if rural and r.random() < .2 else 0), max_age=30)
        elif kind == 'couple_young':
            couple(A(23, 35))
        elif kind == 'couple_middle':
            couple(A(45, 62))      # empty nest: the children live elsewhere
        elif kind == 'couple_adultchild':
            h, w = couple(A(45, 68))
            kids(h, w, 1 + (r.random() < (.5 if rural else .2)), min_age=18, max_age=40)
        elif kind == 'threegen':
            h, w = couple(A(30, 54))
            kids(h, w, 1 + (r.random() < (.55 if rural else .3)), max_age=30)
            gby = h.by - r.randint(24, 32)
            paternal = r.random() < .8
            both = r.random() < .65
            if paternal:
                gf = self.person(hh, '父亲', 'M', gby, h.sur, h.origin, eth) if both or r.random() < .3 else None
                gm = self.person(hh, '母亲', 'F', gby + r.randint(-1, 4), self.wife_surname(hh, h.sur, hui),
                                 WT(ORIGIN_RURAL_WIFE).pick(r) if rural else h.origin, eth) if (both or not gf) else None
                child_of = h
            else:
                gf = self.person(hh, '岳父', 'M', gby, w.sur, w.origin, eth) if both else None
                gm = self.person(hh, '岳母', 'F', gby + r.randint(-1, 4), self.wife_surname(hh, w.sur, hui), w.origin, eth)
                child_of = w
            if gf and gm:
                gf.spouse, gm.spouse = gm, gf
            for gp in (gf, gm):
                if gp:
                    gp.kids.append(child_of)
            child_of.father = gf or child_of.father
            child_of.mother = gm or child_of.mother
            if rural and gf and r.random() < .6:
                # in villages the grandfather is usually still the registered head
                hh.head = gf
        elif kind == 'elder_couple':
            couple(A(60, 92))
        elif kind == 'elder_single':
            g = 'F' if r.random() < .7 else 'M'
            self.person(hh, '户主', g, A(65, 98), self.surname(hh, hui), origin(), eth)
        elif kind == 'single_adult':
            g = 'M' if (r.random() < (.75 if rural else .5)) else 'F'
            self.person(hh, '户主', g, A(22, 60), self.surname(hh, hui), origin(), eth)
        elif kind == 'single_parent':
            g = 'F' if r.random() < .75 else 'M'
            p = self.person(hh, '户主', g, A(28, 50), self.surname(hh, hui), origin(), eth)
            kids(p if g == 'M' else None, p if g == 'F' else None, 1, max_age=20)
        elif kind == 'migrant_family':
            h, w = couple(A(24, 45))
            k = WT([(0, 3), (1, 5), (2, 2)]).pick(r)
            if k:
                kids(h, w, k, max_age=15)
        elif kind == 'group_rental':
            g = 'M' if r.random() < .65 else 'F'
            for i in range(r.randint(2, 4)):
                gg = g if r.random() < .9 else ('F' if g == 'M' else 'M')
                self.person(hh, '户主' if i == 0 else '同住', gg, A(19, 45), self.surname(hh), origin(), eth)
        elif kind == 'students':
            g = 'M' if r.random() < .5 else 'F'
            for i in range(r.randint(2, 4)):
                p = self.person(hh, '户主' if i == 0 else '同住', g, A(18, 25), self.surname(hh), origin(), '汉')
                p.student = True
                if r.random() < .02:
                    self.make_minority(p)
        elif kind == 'leftbehind':
            gf = self.person(hh, '户主', 'M', A(55, 76), self.surname(hh, hui), '370126', eth)
            gm = self.person(hh, '配偶', 'F', gf.by + r.randint(-1, 4), self.wife_surname(hh, gf.sur, hui),
                             WT(ORIGIN_RURAL_WIFE).pick(r), eth) if r.random() < .8 else None
            if gm:
                gf.spouse, gm.spouse = gm, gf
            # the parents work in a city elsewhere; only their phones appear
            fake_father = Obj(sur=gf.sur, by=gf.by + r.randint(23, 30), g='M', origin='370126', kids=[])
            fake_mother = Obj(sur=self.wife_surname(hh, gf.sur), by=fake_father.by + r.randint(0, 3), g='F', origin='370126', kids=[])
            ks = kids(fake_father, fake_mother, r.randint(1, 2), max_age=15, rel_prefix='孙')
            for c in ks:
                c.father = c.mother = None
            hh.ext_phones = [self.fresh_mobile(fake_father.by), self.fresh_mobile(fake_mother.by)]
        if hh.head is None:
            hh.head = hh.members[0]
        # a few migrants from Xinjiang / Inner Mongolia carry transliterated names
        for p in hh.members:
            if p.origin in ('653101', '652901', '650102', '150502', '150102') and p.origin and r.random() < .6:
                self.make_minority(p)
        return hh

    def make_minority(self, p):
        r = self.rng
        if p.origin is None or p.origin[:2] not in ('65', '15'):
            p.origin = r.choice(['653101', '652901', '650102', '150502', '150102'])
        if p.origin.startswith('65'):
            nm = r.choice(UYGHUR_M if p.g == 'M' else UYGHUR_F)
            p.eth = '维吾尔'
        else:
            nm = r.choice(MONGOL_M if p.g == 'M' else MONGOL_F)
            p.eth = '蒙古'
        p.sur, p.giv = '', nm
        p.minority_name = True

    def add_foreigners(self):
        """A handful of foreign residents (passports; two hold the new 9xxxx permanent-residence ID)."""
        r = self.rng
        specs = [('金敏俊', 'KIM MINJUN', 'M', dt.date(1986, 4, 12), '410', False, 'tower', None),
                 ('朴智妍', 'PARK JIYEON', 'F', dt.date(1990, 9, 3), '410', True, 'new', 'wife'),
                 ('伊万·彼得罗夫', 'IVAN PETROV', 'M', dt.date(1979, 2, 17), '643', True, 'old', None),
                 ('佐藤美咲', 'SATO MISAKI', 'F', dt.date(1999, 6, 21), '392', False, 'tower', None),
                 ('阿里·汗', 'ALI KHAN', 'M', dt.date(1995, 11, 30), '586', False, 'old', None)]
        for cn, rom, g, bd, nat, pr, cls, role in specs:
            if role == 'wife':
                # married to a local man: a young local couple household
                hh = self.new_hh('couple_young', False, self.pick_urban_unit([(cls, 1)]), 'local')
                h = self.person(hh, '户主', 'M', bd.year - r.randint(0, 4), SURNAME_WT.pick(r), '370112')
                hh.head = h
            else:
                hh = self.new_hh('single_adult', False, self.pick_urban_unit([(cls, 1)]), 'foreign')
                hh.tenant = True
                h = None
            hh.foreign_hh = role != 'wife'
            p = self.person(hh, '配偶' if h else '户主', g, bd.year, '', None, '外籍', given=cn, bdate=bd)
            if h:
                h.spouse, p.spouse = p, h
            else:
                hh.head = p
            p.foreign, p.roman, p.nat, p.minority_name = True, rom, nat, True
            p.pr_id = pr
            p.student = rom in ('SATO MISAKI', 'ALI KHAN')

    # ---------------- moves (addresses over time) ----------------
    def assign_moves(self):
        r = self.rng
        for hh in self.hhs:
            if hh.rural:
                continue
            if hh.group == 'local' and r.random() < .14:
                hh.move_year = r.randint(2014, 2023)
                x = r.random()
                if x < .45:
                    hh.prev_unit = self.pick_urban_unit([('old', 5), ('pf', 3), ('new', 2)])
                elif x < .62:
                    v = r.choice(VILLAGES)
                    hh.prev_unit = self.rural_unit(v)
                    hh.from_village = True
                else:
                    hh.prev_unit = r.choice(EXT_JINAN_ADDR).format(r.randint(1, 300))
            elif hh.group in ('migrant', 'student') and r.random() < (.25 if hh.group == 'migrant' else .15):
                hh.move_year = r.randint(2020, 2023)
                hh.prev_unit = self.pick_urban_unit([('pf', 5), ('old', 4), ('tower', 2)])
            elif hh.group == 'migrant' and r.random() < .15:
                hh.move_year = r.randint(2021, 2023)   # arrived from elsewhere
            if hh.prev_unit is not None and getattr(hh, 'from_village', False):
                for p in hh.members:
                    p.origin = '370126' if p.by < hh.move_year or r.random() < .5 else p.origin

    # ---------------- hard negatives: homonyms ----------------
    def inject_homonyms(self):
        r = self.rng
        P = [p for p in self.persons if not p.minority_name]
        self.homonym_log = []
        # (a) same name, same estate or village, different households
        by_place = {}
        for p in P:
            u = p.hh.unit
            key = u.est['code'] if not u.rural else u.village['ab']
            by_place.setdefault(key, []).append(p)
        keys = list(by_place.keys())
        n_pairs = max(2, self.N // 450)
        done = 0
        for _ in range(n_pairs * 30):
            if done >= n_pairs:
                break
            lst = by_place[r.choice(keys)]
            a = r.choice(lst)
            cands = [b for b in lst if b.hh is not a.hh and b.g == a.g and b.sur == a.sur and b.giv != a.giv
                     and abs(b.by - a.by) <= 12 and not b.twin]
            if not cands:
                continue
            b = r.choice(cands)
            if any(k.giv == a.giv for k in b.kids) or (b.father and b.father.giv == a.giv):
                continue
            b.giv = a.giv
            if a.hh.rural and r.random() < .5 and abs(b.by - a.by) <= 3:
                # same name and same birth year in the same village
                nd = rand_date(r, a.by)
                b.birth, b.by = nd, nd.year
            self.homonym_log.append(('same_place', a.pid, b.pid))
            done += 1
        # (b) father and son with the same name (rare), grandfather/grandson (very rare)
        fs = [p for p in P if p.g == 'M' and p.father is not None and p.father.hh is p.hh and not p.twin]
        r.shuffle(fs)
        for p in fs[:max(1, self.N // 8000)]:
            p.giv = p.father.giv
            self.homonym_log.append(('father_son', p.father.pid, p.pid))
        gs = [p for p in P if p.g == 'M' and p.father is not None and p.father.father is not None
              and p.father.father.hh is p.hh and p.father.father.g == 'M']
        if gs and self.N >= 5000:
            p = r.choice(gs)
            p.giv = p.father.father.giv
            self.homonym_log.append(('grandfather_grandson', p.father.father.pid, p.pid))
        # (c) two unrelated roommates with the same name
        gr = [h for h in self.hhs if h.kind == 'group_rental' and len(h.members) >= 2
              and h.members[0].g == h.members[1].g and not h.members[0].minority_name and not h.members[1].minority_name]
        r.shuffle(gr)
        for h in gr[:max(1, self.N // 10000)]:
            a, b = h.members[0], h.members[1]
            b.sur, b.giv = a.sur, a.giv
            self.homonym_log.append(('roommates', a.pid, b.pid))

    # ---------------- ID numbers ----------------
    def assign_ids(self):
        r = self.rng
        for p in self.persons:
            if p.foreign:
                if getattr(p, 'pr_id', False):
                    seq = r.randrange(0, 500) * 2 + (1 if p.g == 'M' else 0)
                    s17 = '937' + p.nat + p.birth.strftime('%Y%m%d') + '%03d' % seq
                    p.id18 = s17 + check_char(s17)
                continue
            if p.twin is not None and p.twin.id18 and p.twin.birth == p.birth and p.twin.origin == p.origin:
                base = int(p.twin.id18[14:17])
                seqs = [base + 1, base + 2, base - 1, base - 2, base + 3, base + 4]
            else:
                seqs = []
            area = p.origin or '370112'
            bd = p.birth.strftime('%Y%m%d')
            while True:
                if seqs:
                    seq = seqs.pop(0)
                    if not (0 <= seq <= 999) or (seq % 2 == 1) != (p.g == 'M'):
                        continue
                else:
                    seq = r.randrange(0, 500) * 2 + (1 if p.g == 'M' else 0)
                s17 = area + bd + '%03d' % seq
                idn = s17 + check_char(s17)
                if idn not in self.used_ids:
                    break
            self.used_ids.add(idn)
            p.id18 = idn
            if p.by <= 1984:
                p.id15 = area + bd[2:] + '%03d' % seq

    # ---------------- phones ----------------
    def fresh_mobile(self, by):
        wt = PREFIX_WT[1950 if by < 1960 else 1970 if by < 1985 else 1990]
        while True:
            num = wt.pick(self.rng) + '%08d' % self.rng.randrange(10 ** 8)
            if num not in self.used_phones:
                self.used_phones.add(num)
                return num

    def assign_phones(self):
        r = self.rng
        for hh in self.hhs:
            old_h = any(p.by <= 1964 for p in hh.members)
            p_land = (.15 if hh.rural else (.35 if old_h else .07)) if hh.group in ('local', 'rural') else 0
            if r.random() < p_land:
                while True:
                    ll = '0531-%s%07d' % ('5' if hh.rural else '8', r.randrange(10 ** 7))
                    if ll not in self.used_phones:
                        self.used_phones.add(ll)
                        break
                hh.landline = ll
        for p in self.persons:
            age = REF_YEAR - p.by
            if age < 16:
                pr = 0
            elif age < 18:
                pr = .6
            elif age < 60:
                pr = .98
            elif age < 70:
                pr = .88
            elif age < 80:
                pr = .62
            else:
                pr = .28
            if p.hh.rural and age >= 60:
                pr -= .1
            if r.random() >= pr:
                continue
            cur = self.fresh_mobile(p.by)
            if age >= 22 and r.random() < (.10 if age >= 60 else .18):
                cy = r.randint(2014, 2023)
                p.phones = [(self.fresh_mobile(p.by), 1990, cy - 1), (cur, cy, 9999)]
            else:
                p.phones = [(cur, 1990, 9999)]
            if not p.hh.rural and 25 <= age <= 60 and r.random() < .004:
                p.hk = '+852 %d%07d' % (r.choice([5, 6, 9]), r.randrange(10 ** 7))
        # recycled numbers: someone's abandoned number later belongs to someone else
        olds = [p for p in self.persons if len(p.phones) == 2 and p.phones[0][2] <= 2021]
        r.shuffle(olds)
        others = [p for p in self.persons if len(p.phones) == 1 and 20 <= REF_YEAR - p.by <= 60]
        self.recycled = []
        for a in olds[:max(1, self.N // 2500)]:
            b = r.choice(others)
            if len(b.phones) != 1:
                continue
            y = a.phones[0][2] + 2
            b.phones = [(b.phones[0][0], 1990, y - 1), (a.phones[0][0], y, 9999)]
            self.recycled.append((a.pid, b.pid, a.phones[0][0]))

    # ---------------- flags (who is in which special ledger) ----------------
    def assign_flags(self):
        r = self.rng
        for hh in self.hhs:
            if hh.group in ('local', 'rural'):
                base = .04 if hh.rural else .012
                if hh.kind == 'elder_single':
                    base *= 2.5
                if hh.kind == 'single_parent':
                    base *= 5
                hh.dibao = r.random() < base
        for p in self.persons:
            age = REF_YEAR - p.by
            rate = .01 if age < 18 else .03 if age < 60 else .08 if age < 80 else .15
            p.disabled = r.random() < rate
            if p.hh.dibao is False and p.disabled and p.hh.group in ('local', 'rural') and r.random() < .12:
                p.hh.dibao = True
            if 1950 <= p.by <= 2002 and not p.foreign and not p.student and p.hh.group in ('local', 'rural'):
                p.veteran = r.random() < (.055 if p.g == 'M' else .003)
            if p.student:
                p.volunteer = r.random() < .15
            elif not p.hh.rural and 55 <= age <= 75:
                p.volunteer = r.random() < .14
            elif age >= 18:
                p.volunteer = r.random() < (.02 if p.hh.rural else .04)
            # how visible this person is in ledgers at all
            p.vis = WT([(.45, 25), (1.0, 50), (1.6, 25)]).pick(r)
            # employment
            retire = 60 if p.g == 'M' else 55
            p.emp = None
            if p.student or age < 18 or age >= retire:
                continue
            if p.hh.rural:
                if 20 <= age and r.random() < .4:
                    p.emp = self.employer(r.random() < .3, rural=True)
            elif p.hh.group in ('migrant', 'foreign'):
                if r.random() < .95:
                    p.emp = self.employer(r.random() < .35)
            elif age >= 22 and r.random() < .82:
                p.emp = self.employer(r.random() < .2)

    def employer(self, local, rural=False):
        r = self.rng
        if local:
            es = [e for e in EMPLOYERS if e['rural'] == rural]
            return r.choice(es)
        return dict(name=r.choice(EXT_EMP_NAMES), addr=r.choice(EXT_EMP_ADDR).format(r.randint(1, 1500)), code=None)

    # ---------------- carers: whose phone is on an elderly person's record ----------------
    def assign_carers(self):
        r = self.rng
        idx = {}
        for p in self.persons:
            if 25 <= REF_YEAR - p.by <= 66 and p.phones and not p.minority_name:
                idx.setdefault(p.sur, []).append(p)
        used = {}
        for p in self.persons:
            if REF_YEAR - p.by < 60:
                continue
            inhh = [k for k in p.kids if k.hh is p.hh and k.phones]
            if inhh:
                p.carer = r.choice(inhh)
                continue
            sur = p.sur if p.g == 'M' or not p.spouse else p.spouse.sur
            cands = [c for c in idx.get(sur, []) if p.by + 20 <= c.by <= p.by + 40 and c.hh is not p.hh
                     and used.get(c.pid, 0) < 2]
            if p.spouse and p.spouse.carer is not None:
                p.carer = p.spouse.carer
            elif cands and r.random() < .5:
                c = r.choice(cands)
                used[c.pid] = used.get(c.pid, 0) + 1
                p.carer = c
            else:
                p.carer = self.fresh_mobile(p.by + 28)

    # ---------------- 户籍 (registered residence) ----------------
    def assign_hukou(self):
        r = self.rng
        for hh in self.hhs:
            if hh.rural:
                mode = 'here'
            elif hh.group == 'local':
                if getattr(hh, 'from_village', False):
                    mode = 'prev' if r.random() < .65 else 'here'
                elif hh.prev_unit is not None and not isinstance(hh.prev_unit, str):
                    mode = 'prev' if r.random() < .6 else 'here'
                else:
                    mode = 'here' if r.random() < .55 else 'ext'
            elif hh.group == 'student':
                mode = 'student'
            else:
                mode = 'ext'
            hh.hukou_mode = mode
            for p in hh.members:
                m = mode
                if m == 'student':
                    m = 'collective' if r.random() < .35 else 'ext'
                if m == 'here' and p.rel in ('父亲', '母亲', '岳父', '岳母') and r.random() < .3:
                    m = 'ext'      # elderly parents who came to live with children keep their hukou
                if m == 'here':
                    p.hukou = hh.unit
                elif m == 'prev':
                    p.hukou = hh.prev_unit if p.by < hh.move_year or r.random() < .5 else hh.unit
                elif m == 'collective':
                    p.hukou = 'collective'
                else:
                    p.hukou = self.ext_hukou(p)

    def ext_hukou(self, p):
        r = self.rng
        if p.foreign:
            return ''
        if p.origin and p.origin in DIVS and not p.origin.startswith('3701'):
            pv, ct, co, towns = DIVS[p.origin]
            vil = r.choice(['张庄', '李集', '王楼', '刘寨', '大王庄', '后刘', '孙庄', '前杨', '新村', '东关', '河西', '小营'])
            return '%s%s%s%s%s村%d号' % (pv, ct, co, r.choice(towns), vil, r.randint(1, 200))
        return '山东省济南市' + r.choice(EXT_JINAN_ADDR).format(r.randint(1, 300))

    # ---------------- state at a given year ----------------
    @staticmethod
    def phone_at(p, y):
        for num, a, b in p.phones:
            if a <= y <= b:
                return num
        return p.phones[-1][0] if p.phones else None

    @staticmethod
    def unit_at(p, y):
        hh = p.hh
        if hh.move_year and y < hh.move_year:
            return hh.prev_unit      # may be None (arrived from elsewhere) or a str (outside the world)
        return hh.unit


# --------------------------------------------------------------------------
# Field renderers (how an app writes a value, with its typical noise).
# Every renderer appends short tags describing what it did to `tags`.
# --------------------------------------------------------------------------


def mkst(lvl=None, town=0.0, comm=0.0, est=None, flat=None, tower=None, row=None, pf=None, yd=None, rur=None,
         fw=0.0, note=0.0, sp=0.0, abbr=0.15):
    """Address style of an app.  lvl: weights of prefix depth 0 none,1 区,2 市+区,3 省+市+区."""
    lvl = lvl or {0: 1}
    return dict(lvl=WT(list(lvl.items())), town=town, comm=comm,
                est=WT(list((est or {'name': 1}).items())), flat=WT(list((flat or {'std': 1}).items())),
                tower=WT(list((tower or {'std': 1}).items())), row=WT(list((row or {'std': 1}).items())),
                pf=WT(list((pf or {'std': 1}).items())), yd=WT(list((yd or {'std': 1}).items())),
                rur=WT(list((rur or {'grp_no': 1}).items())), fw=fw, note=note, sp=sp, abbr=abbr)


def _flat(u, rng, fmt, bw):
    b, un, room, f, n = u.b, u.u, u.room, u.f, u.n
    if fmt == 'std':
        return '%d%s%d单元%d' % (b, bw, un, room)
    if fmt == 'std_shi':
        return '%d%s%d单元%d室' % (b, bw, un, room)
    if fmt == 'hao':
        return '%d%s%d单元%d号' % (b, bw, un, room)
    if fmt == 'hu':
        return '%d%s%d单元%d户' % (b, bw, un, room)
    if fmt == 'dong':
        return '%d栋%d单元%d' % (b, un, room)
    if fmt == 'zhuang':
        return '%d幢%d单元%d室' % (b, un, room)
    if fmt == 'dash':
        return '%d-%d-%d' % (b, un, room)
    if fmt == 'dash_shi':
        return '%d-%d-%d室' % (b, un, room)
    if fmt == 'hash':
        return '%d#%d-%d' % (b, un, room)
    if fmt == 'men':
        return '%d号楼%d门%d' % (b, un, room)
    if fmt == 'floor':
        if rng.random() < .5:
            return '%d%s%d单元%d层%02d' % (b, bw, un, f, n)
        return '%d%s%d单元%d楼%d号' % (b, bw, un, f, n)
    if fmt == 'cn':
        return '%s号楼%s单元%s' % (cn_int(b), cn_int(un), cn_digits(room, rng.choice('〇零')))
    if fmt == 'mixed':
        return '%d号楼%d-%d' % (b, un, room)
    if fmt == 'bonly':
        return '%d%s' % (b, bw)
    if fmt == 'nounit':
        return '%d%s%d' % (b, bw, room)
    return '%d%s%d单元%d' % (b, bw, un, room)


def _tower(u, rng, fmt):
    t, room, f, n = u.tower, u.room, u.f, u.n
    if t is None:
        return {'std': '%d室' % room, 'dash': '%d' % room, 'floor': '%d层%d' % (f, room),
                'lou': '%d楼%d号' % (f, n)}.get(fmt, '%d室' % room)
    return {'std': '%s座%d室' % (t, room), 'dash': '%s-%d' % (t, room), 'floor': '%s座%d层%02d' % (t, f, n),
            'lou': '%s座%d楼%d号' % (t, f, n), 'dong': '%s栋%d' % (t, room), 'low': '%s座%d' % (t.lower(), room),
            'hao': '%s座%d号' % (t, room), 'nota': '%d室' % room}.get(fmt, '%s座%d室' % (t, room))


def _digits_to_cn(s):
    out = []
    for ch in s:
        out.append(cn_int(int(ch)) if ch.isdigit() else ch)
    return ''.join(out)


def _cn_to_digits(s):
    return s.replace('二条', '2条').replace('三条', '3条')


def urban_locality(u, rng, st):
    e = u.est
    k = u.kind
    if k in ('xq', 'jb', 'ds', 'jr'):
        m = st['est'].pick(rng)
        if m == 'alias' and e['alias']:
            nm = rng.choice(e['alias'])
        elif m == 'road':
            nm = e['road']
        elif m == 'road_name':
            nm = e['road'] + e['name']
        elif m == 'none':
            nm = ''
        else:
            nm = e['name']
        if k in ('xq', 'jb'):
            fmt = st['flat'].pick(rng)
            if fmt == 'std' and e['bw'] == '号楼' and rng.random() < .08:
                return nm + _flat(u, rng, fmt, '号')           # 3号2单元501
            return nm + _flat(u, rng, fmt, e['bw'])
        if k == 'ds':
            return nm + _tower(u, rng, st['tower'].pick(rng))
        fmt = st['row'].pick(rng)
        if nm == '' and rng.random() < .7:
            nm = e['alias'][-1]
        if fmt == 'dash':
            return '%s%d-%d' % (nm, u.row, u.no)
        if fmt == 'cn':
            return '%s%s排%s号' % (nm, cn_int(u.row), cn_int(u.no))
        if fmt == 'nohao':
            return '%s%d排%d' % (nm, u.row, u.no)
        return '%s%d排%d号' % (nm, u.row, u.no)
    if k == 'pf':
        fmt = st['pf'].pick(rng)
        lane = u.lane
        if fmt == 'cn':
            lane = _digits_to_cn(lane)
        elif fmt == 'arab':
            lane = _cn_to_digits(lane)
        elif fmt == 'alias' and e['alias'] and lane.startswith('祝甸'):
            lane = '祝甸村' + lane[2:]
        if fmt == 'nohao':
            return '%s%d' % (lane, u.no)
        return '%s%d号' % (lane, u.no)
    # yd: 号院 compound
    fmt = st['yd'].pick(rng)
    road = e['road']
    if fmt == 'yard':
        return '%s%d号院' % (road, u.yard)
    if fmt == 'dash':
        return '%s%d-%d' % (road, u.yard, u.k)
    if fmt == 'dir':
        return '%s%d号院%s' % (road, u.yard, ['东屋', '西屋', '北屋', '南屋', '东厢房', '西厢房', '后院'][u.k % 7])
    return '%s%d号院%d户' % (road, u.yard, u.k)


def rural_locality(u, rng, st):
    v = u.village['name']
    vs = v[:-1]
    g, hno = u.grp, u.hno
    fmt = st['rur'].pick(rng)
    if fmt == 'grp_no':
        return '%s%d组%d号' % (v, g, hno)
    if fmt == 'grp_cn':
        return '%s%s组%d号' % (v, cn_int(g), hno)
    if fmt == 'grp_only':
        return '%s%s组' % (v, cn_int(g) if rng.random() < .5 else str(g))
    if fmt == 'dui':
        return '%s%s队' % (vs if rng.random() < .6 else v, cn_int(g))
    if fmt == 'street':
        return '%s%s%d号' % (v if rng.random() < .5 else vs, u.vst, u.vno)
    if fmt == 'vonly':
        return v if rng.random() < .8 else vs
    if fmt == 'nv':
        if u.nv:
            return rng.choice([u.nv, u.nv + '村', v + u.nv, '%s%d组' % (u.nv, g)])
        return v
    if fmt == 'num':
        return '%s%03d号' % (v, u.vh)
    if fmt == 'short':
        return '%s%d组%d号' % (vs, g, hno)
    return v


def render_addr(u, rng, st, tags):
    if u is None:
        return ''
    if isinstance(u, str):
        # an address outside the world (another district, hometown ...)
        if u.startswith(('山东省', '河', '安徽', '江苏', '黑龙江', '吉林', '辽宁', '山西', '内蒙古', '新疆', '四川',
                         '甘肃', '陕西', '湖北', '天津', '北京')):
            return u
        lvl = st['lvl'].pick(rng)
        return ('山东省济南市' if lvl >= 3 else '济南市' if lvl >= 2 else '') + u
    parts = []
    lvl = st['lvl'].pick(rng)
    if u.rural:
        dist, town = '商河县', '玉皇庙镇'
    else:
        dist, town = '历城区', '洪家楼街道'
    if lvl >= 3:
        parts.append('山东省')
    if lvl >= 2:
        parts.append('济南市')
    if lvl >= 1:
        parts.append(dist)
    if rng.random() < st['town'] * (1.0 if lvl else .5):
        if rng.random() < st['abbr']:
            parts.append(town[:-2] if town.endswith('街道') else town[:-1])
            tags.append('addr_abbr_town')
        else:
            parts.append(town)
    if u.rural:
        loc = rural_locality(u, rng, st)
    else:
        if rng.random() < st['comm']:
            parts.append(u.comm)
        loc = urban_locality(u, rng, st)
    if rng.random() < st['sp'] and parts:
        s = ' '.join(parts + [loc])
        tags.append('addr_space')
    else:
        s = ''.join(parts) + loc
    if rng.random() < st['fw']:
        s = fullwidth(s)
        tags.append('addr_fw')
    if rng.random() < st['note']:
        s += rng.choice(ADDR_NOTES)
        tags.append('addr_note')
    return s


def trad(s):
    return ''.join(TRAD.get(c, c) for c in s)


def render_name(p, rng, R, tags):
    """Name with typical input noise.  R: rates homo/look/drop/swap/trad/space/dot."""
    sur, giv = p.sur, p.giv
    if p.minority_name:
        name = sur + giv
        if '·' in name and rng.random() < R.get('dot', .3):
            name = name.replace('·', rng.choice(['•', '.', '', '・', ' ', '．']))
            tags.append('name_dot')
        if R.get('maxlen') and len(name) > R['maxlen']:
            name = name[:R['maxlen']]
            tags.append('name_trunc')
        return name
    chars = list(giv)
    sc = list(sur)
    if rng.random() < R.get('homo', 0):
        if rng.random() < .8 or not any(c in HOMO and HOMO[c] for c in sc):
            pos = [i for i, c in enumerate(chars) if HOMO.get(c)]
            if pos:
                i = rng.choice(pos)
                chars[i] = rng.choice(HOMO[chars[i]])
                tags.append('name_homophone')
        else:
            i = [i for i, c in enumerate(sc) if HOMO.get(c)][0]
            sc[i] = rng.choice(HOMO[sc[i]])
            tags.append('name_homophone_sur')
    if rng.random() < R.get('look', 0):
        pos = [i for i, c in enumerate(chars) if c in LOOK]
        if pos:
            i = rng.choice(pos)
            chars[i] = LOOK[chars[i]]
            tags.append('name_lookalike')
        elif sc[0] in LOOK:
            sc[0] = LOOK[sc[0]]
            tags.append('name_lookalike_sur')
    if len(chars) == 2 and rng.random() < R.get('swap', 0) and chars[0] != chars[1]:
        chars = chars[::-1]
        tags.append('name_swap')
    if len(chars) == 2 and rng.random() < R.get('drop', 0):
        del chars[rng.choice([0, 1, 1])]
        tags.append('name_drop')
    name = ''.join(sc) + ''.join(chars)
    if rng.random() < R.get('trad', 0):
        t = trad(name)
        if t != name:
            name = t
            tags.append('name_trad')
    if rng.random() < R.get('space', 0):
        if len(name) == 2:
            name = name[0] + rng.choice(['  ', ' ', '\u3000']) + name[1]
        else:
            name = name[:len(sur)] + ' ' + name[len(sur):]
        tags.append('name_space')
    if rng.random() < R.get('trail', 0):
        name = name + ' '
        tags.append('name_trail')
    return name


def title_name(p, rng, tags):
    """王先生 / 王女士 / 老王 / 王阿姨 (surname only)."""
    s = p.sur or (p.giv[:1] if p.giv else '')
    age = REF_YEAR - p.by
    x = rng.random()
    if age >= 55 and x < .2:
        t = ('老' + s) if rng.random() < .6 else (s + ('大爷' if p.g == 'M' else '阿姨'))
    else:
        t = s + ('先生' if p.g == 'M' else '女士')
    tags.append('name_title')
    return t


def romanise(p, rng, tags):
    """Wang Wei / WANG Wei / wangwei / Wei Wang; None if a character has no pinyin."""
    if p.foreign:
        return p.roman
    if p.minority_name:
        return None
    sy = ''.join(PINYIN.get(c, '?') for c in p.sur)
    gy = ''.join(PINYIN.get(c, '?') for c in p.giv)
    if '?' in sy + gy:
        return None
    st = WT([('Sur Giv', 4), ('SUR Giv', 2), ('surgiv', 2), ('Giv Sur', 1), ('SURGIV', 1)]).pick(rng)
    tags.append('name_pinyin')
    if st == 'Sur Giv':
        return sy.capitalize() + ' ' + gy.capitalize()
    if st == 'SUR Giv':
        return sy.upper() + ' ' + gy.capitalize()
    if st == 'surgiv':
        return sy + gy
    if st == 'Giv Sur':
        return gy.capitalize() + ' ' + sy.capitalize()
    return (sy + gy).upper()


def nickname(p, rng, tags):
    s = p.sur or (p.giv[:1] if p.giv else '')
    x = rng.random()
    tags.append('name_nick')
    if x < .35:
        return rng.choice(NICKS)
    if x < .6:
        age = REF_YEAR - p.by
        if age >= 50:
            return s + ('姐' if p.g == 'F' else '哥') if rng.random() < .3 else ('老' + s)
        return ('小' + s) if rng.random() < .5 else s + ('姐' if p.g == 'F' else '哥')
    full = p.sur + p.giv
    return rng.choice(['A' + full, full + '🌸', full + '-' + p.hh.unit.comm[:2], '%s（%s）' % (full, p.hh.unit.comm),
                       full + '😊', '~' + full + '~'])


def _digit_other(c, rng):
    return rng.choice([d for d in '0123456789' if d != c])


def render_id(p, rng, R, tags, use15=False):
    idn = p.id15 if (use15 and p.id15) else p.id18
    if not idn:
        return ''
    if use15 and p.id15:
        tags.append('id15')
    L = len(idn)
    if rng.random() < R.get('id_wrong', 0):
        i = rng.randrange(L - 1) if L == 18 else rng.randrange(L)
        idn = idn[:i] + _digit_other(idn[i], rng) + idn[i + 1:]
        tags.append('id_wrong_digit')
    elif rng.random() < R.get('id_swap', 0):
        for _ in range(10):
            i = rng.randrange(6, L - 2)
            if idn[i] != idn[i + 1]:
                idn = idn[:i] + idn[i + 1] + idn[i] + idn[i + 2:]
                tags.append('id_swap_digits')
                break
    elif rng.random() < R.get('id_trunc', 0):
        i = rng.randrange(L)
        idn = idn[:i] + idn[i + 1:]
        tags.append('id_missing_digit')
    if idn.endswith('X') and rng.random() < R.get('lower', 0):
        idn = idn[:-1] + 'x'
        tags.append('id_lower_x')
    if rng.random() < R.get('fw', 0):
        idn = fullwidth(idn)
        tags.append('id_fullwidth')
    elif rng.random() < R.get('sp', 0):
        idn = idn[:6] + ' ' + idn[6:14] + ' ' + idn[14:] if rng.random() < .6 else ' '.join(
            idn[i:i + 4] for i in range(0, len(idn), 4))
        tags.append('id_spaces')
    elif rng.random() < R.get('apos', 0):
        idn = "'" + idn
        tags.append('id_apostrophe')
    elif rng.random() < R.get('sci', 0) and idn.isdigit() and len(idn) == 18:
        idn = ('%.5E' % int(idn)).replace('E+', 'E+') if rng.random() < .5 else idn[:15] + '000'
        tags.append('id_excel')
    if rng.random() < R.get('trail', 0):
        idn += ' '
        tags.append('id_trail')
    return idn


def mask_id(idn, rng, tags):
    tags.append('id_masked')
    if rng.random() < .6:
        return idn[:6] + '********' + idn[-4:]
    return idn[:4] + '**********' + idn[-4:]


def render_phone(num, rng, R, tags):
    if not num:
        return ''
    if num.startswith('+852'):
        d = num[5:]
        tags.append('phone_hk')
        return rng.choice(['+852 ' + d, '852-' + d, '00852' + d, '+852' + d[:4] + ' ' + d[4:], d])
    if num.startswith('0531-'):
        loc = num[5:]
        f = rng.random()
        tags.append('phone_landline')
        if f < .5:
            return num
        if f < .7:
            return '0531' + loc
        if f < .9:
            return loc
        return '(0531)' + loc
    # errors
    if rng.random() < R.get('ph_drop', 0):
        i = rng.randrange(3, 11)
        num = num[:i] + num[i + 1:]
        tags.append('phone_missing_digit')
    elif rng.random() < R.get('ph_swap', 0):
        for _ in range(10):
            i = rng.randrange(3, 10)
            if num[i] != num[i + 1]:
                num = num[:i] + num[i + 1] + num[i] + num[i + 2:]
                tags.append('phone_swap_digits')
                break
    elif rng.random() < R.get('ph_wrong', 0):
        i = rng.randrange(3, 11)
        num = num[:i] + _digit_other(num[i], rng) + num[i + 1:]
        tags.append('phone_wrong_digit')
    fmt = R['ph_fmt'].pick(rng) if 'ph_fmt' in R else 'plain'
    if fmt != 'plain':
        tags.append('phone_' + fmt)
    if fmt == 'p86':
        return '+86 ' + num
    if fmt == 'p86n':
        return '+86' + num
    if fmt == '86-':
        return '86-' + num
    if fmt == '0086':
        return '0086' + num
    if fmt == 'sp':
        return '%s %s %s' % (num[:3], num[3:7], num[7:])
    if fmt == 'hy':
        return '%s-%s-%s' % (num[:3], num[3:7], num[7:])
    if fmt == 'fw':
        return fullwidth(num)
    if fmt == 'f0':
        return num + '.0'
    if fmt == 'sci' and len(num) == 11:
        return '%.5E' % int(num)
    if fmt == 'mask':
        return num[:3] + '****' + num[-4:]
    if fmt == 'tail':
        return '尾号' + num[-4:]
    if fmt == 'trail':
        return num + ' '
    return num


def fmt_date(d, fmt, rng=None):
    y, m, dd = d.year, d.month, d.day
    if fmt == 'iso':
        return '%04d-%02d-%02d' % (y, m, dd)
    if fmt == 'slash':
        return '%d/%d/%d' % (y, m, dd)
    if fmt == 'slash0':
        return '%04d/%02d/%02d' % (y, m, dd)
    if fmt == 'dot':
        return '%04d.%02d.%02d' % (y, m, dd)
    if fmt == 'dot1':
        return '%d.%d.%d' % (y, m, dd)
    if fmt == 'compact':
        return '%04d%02d%02d' % (y, m, dd)
    if fmt == 'cn':
        return '%d年%d月%d日' % (y, m, dd)
    if fmt == 'cn_ym':
        return '%d年%d月' % (y, m)
    if fmt == 'ym':
        return '%04d-%02d' % (y, m)
    if fmt == 'ym_dot':
        return '%04d.%02d' % (y, m)
    if fmt == 'short':
        return '%02d-%d-%d' % (y % 100, m, dd)
    if fmt == 'yonly':
        return '%d' % y
    if fmt == 'iso_t':
        return '%04d-%02d-%02d 00:00:00' % (y, m, dd)
    return ''


def render_birth(d, rng, fmtwt, R, tags):
    fmt = fmtwt.pick(rng)
    if fmt == '':
        return ''
    if rng.random() < R.get('b_month', 0):
        d = add_months(d, rng.choice([-1, 1]))
        tags.append('birth_month_off')
    elif rng.random() < R.get('b_swap', 0) and d.day <= 12 and d.day != d.month:
        d = dt.date(d.year, d.day, d.month)
        tags.append('birth_day_month_swap')
    elif rng.random() < R.get('b_typo', 0):
        x = rng.random()
        try:
            if x < .4:
                d = dt.date(d.year + rng.choice([-1, 1]), d.month, d.day)
            elif x < .7:
                d = dt.date(d.year - d.year % 10 + rng.choice([k for k in range(10) if k != d.year % 10]), d.month, d.day)
            else:
                d = dt.date(d.year, d.month, d.day + 10 if d.day <= 18 else d.day - 10)
        except ValueError:
            pass
        tags.append('birth_typo')
    if fmt in ('ym', 'cn_ym', 'ym_dot', 'yonly'):
        tags.append('birth_partial')
    return fmt_date(d, fmt)


def render_gender(g, rng, wt, R, tags):
    st = wt.pick(rng)
    if rng.random() < R.get('g_wrong', 0):
        g = 'F' if g == 'M' else 'M'
        tags.append('gender_wrong')
    m = g == 'M'
    return {'cn': '男' if m else '女', 'mf': 'M' if m else 'F', '12': '1' if m else '2',
            'en': 'male' if m else 'female', 'cnx': '男性' if m else '女性', '': ''}[st]


# --------------------------------------------------------------------------
# Apps
# --------------------------------------------------------------------------


class App:
    def __init__(self, W, name, seed):
        self.W = W
        self.name = name
        self.rng = random.Random('app-%s-%s' % (name, seed))
        self.recs = []

    def add(self, p, year, name, idn, phone, birth, gender, addr, tags, **kw):
        d = dict(pid=p.pid, source=self.name, year=year, name=name, id_number=idn, phone=phone, birth_date=birth,
                 gender=gender, address=addr, tags=tags)
        d.update(kw)
        self.recs.append(d)
        return d

    def finish(self, idfn):
        self.rng.shuffle(self.recs)
        for i, r in enumerate(self.recs):
            r['record_id'] = idfn(i, r)
        return self.recs


def is_unit(u):
    return u is not None and not isinstance(u, str)


def age_at(p, y):
    return y - p.by


def parent_phone(W, p, y, rng):
    ps = [x for x in (p.mother, p.father) if x is not None and x.phones]
    if ps:
        q = ps[0] if (len(ps) == 1 or rng.random() < .6) else ps[1]
        return W.phone_at(q, y), 'parent_phone'
    if p.hh.ext_phones:
        return rng.choice(p.hh.ext_phones), 'parent_phone_ext'
    for q in p.hh.members:
        if q is not p and q.phones and age_at(q, y) >= 18:
            return W.phone_at(q, y), 'hh_phone'
    if p.hh.landline:
        return p.hh.landline, 'landline'
    return '', 'no_phone'


def carer_phone(W, p, y):
    c = p.carer
    if c is None:
        return None
    if isinstance(c, str):
        return c
    return W.phone_at(c, y)


def std_phone(W, p, y, rng, carer=.3, land=.1, head=0.0, hk=0.0):
    """The phone an app would hold for p in year y -> (number, tag)."""
    age = age_at(p, y)
    own = W.phone_at(p, y) if p.phones else None
    hh = p.hh
    if head and p is not hh.head and hh.head.phones and rng.random() < head:
        return W.phone_at(hh.head, y), 'head_phone'
    if age < 16 or (own is None and age < 18):
        return parent_phone(W, p, y, rng)
    if age >= 60:
        x = rng.random()
        if x < carer:
            cp = carer_phone(W, p, y)
            if cp:
                return cp, 'carer_phone'
        elif x < carer + land and hh.landline:
            return hh.landline, 'landline'
    if p.hk and rng.random() < hk:
        return p.hk, ''
    if own:
        return own, ''
    if p.spouse is not None and p.spouse.phones:
        return W.phone_at(p.spouse, y), 'spouse_phone'
    cp = carer_phone(W, p, y)
    if cp:
        return cp, 'carer_phone'
    if hh.landline:
        return hh.landline, 'landline'
    return '', 'no_phone'


def year_in(rng, p, lo, hi):
    """A snapshot year in [lo, hi] at which p was already born (None if impossible)."""
    lo = max(lo, p.by)
    if lo > hi:
        return None
    return rng.randint(lo, hi)


def local_year(W, rng, p, lo, hi):
    """Snapshot year at which p lived at an address inside the world."""
    y = year_in(rng, p, lo, hi)
    if y is None:
        return None
    if not is_unit(W.unit_at(p, y)):
        mv = p.hh.move_year
        if mv is None or mv > hi:
            return None
        y = rng.randint(max(mv, lo, p.by), hi)
    return y


GW = lambda d: WT(list(d.items()))

# address styles shared by several apps
ST_FORMAL = mkst(lvl={3: 1}, town=1, comm=.9, abbr=0, est={'name': 1}, flat={'std_shi': .75, 'std': .25},
                 tower={'std': 1}, row={'std': 1}, pf={'std': 1}, yd={'std': 1}, rur={'grp_no': .6, 'num': .4})
ST_MEDIUM = mkst(lvl={0: .45, 1: .3, 2: .17, 3: .08}, town=.55, comm=.3,
                 est={'name': .6, 'alias': .3, 'road_name': .05, 'road': .05},
                 flat={'std': .45, 'std_shi': .3, 'dash': .08, 'floor': .05, 'hao': .04, 'dong': .02, 'men': .03,
                       'nounit': .03},
                 tower={'std': .6, 'floor': .2, 'dash': .1, 'lou': .1}, row={'std': .8, 'dash': .1, 'nohao': .1},
                 pf={'std': .7, 'alias': .15, 'cn': .1, 'arab': .05}, yd={'std': .5, 'yard': .2, 'dash': .15, 'dir': .15},
                 rur={'grp_no': .5, 'grp_only': .2, 'street': .15, 'grp_cn': .1, 'vonly': .05}, note=.01, sp=.02)


def app_huji(W, seed):
    """户籍 (public-security household register) export: formal, complete IDs, 户籍地址."""
    A = App(W, 'huji', seed)
    r = A.rng
    GEN = GW({'cn': 1})
    BF = GW({'compact': 1})
    for p in W.persons:
        hk = p.hukou
        if hk is None or (isinstance(hk, str) and hk != 'collective'):
            continue
        if r.random() > .85:
            continue
        tags = []
        name = render_name(p, r, dict(homo=.002, dot=0), tags)
        idn = render_id(p, r, dict(id_wrong=.002), tags)
        ph = ''
        if p.phones and age_at(p, 2024) >= 16 and r.random() < .35:
            ph = render_phone(W.phone_at(p, r.randint(2008, 2024)), r, {}, tags)
        if hk == 'collective':
            addr = '山东省济南市历城区洪家楼5号山东大学学生集体户'
        else:
            addr = render_addr(hk, r, ST_FORMAL, tags)
            if hk is not W.unit_at(p, 2024) and hk is not p.hh.unit:
                tags.append('hukou_addr_differs')
        A.add(p, 2024, name, idn, ph, render_birth(p.birth, r, BF, {}, tags), render_gender(p.g, r, GEN, {}, tags),
              addr, tags)
    return A.finish(lambda i, rec: 'HJ%07d' % (i + 1))


def app_yibao(W, seed):
    """医保/社保 参保登记: ID + name + phone at registration; address sometimes the employer's."""
    A = App(W, 'yibao', seed)
    r = A.rng
    GEN, BF = GW({'cn': 1}), GW({'iso': 1})
    st = mkst(lvl={0: .3, 1: .4, 2: .2, 3: .1}, town=.5, comm=.15, est={'name': .6, 'alias': .25, 'road_name': .15},
              flat={'std': .5, 'std_shi': .3, 'dash': .1, 'hao': .1}, tower={'std': .7, 'floor': .3},
              rur={'grp_no': .6, 'grp_only': .2, 'vonly': .2})
    R_ID = dict(id_wrong=.003, lower=.3)
    for p in W.persons:
        if p.foreign:
            continue
        g = p.hh.group
        base = .38 if g in ('local', 'rural') else (.35 if p.student else (.35 if p.emp else .05))
        if r.random() > base * (.75 + .25 * p.vis):
            continue
        y = year_in(r, p, 2012, 2023)
        if y is None:
            continue
        tags = []
        name = render_name(p, r, dict(homo=.004, drop=.001, dot=.2), tags)
        idn = render_id(p, r, R_ID, tags) if r.random() < .99 else ''
        ph = ''
        if r.random() < .8:
            num, t = std_phone(W, p, y, r, carer=.25, land=.05)
            if t:
                tags.append(t)
            ph = render_phone(num, r, dict(ph_wrong=.004), tags)
        if p.emp and r.random() < .45:
            addr = ('济南市' if r.random() < .5 else '') + p.emp['addr']
            tags.append('addr_employer')
        elif r.random() < .08:
            addr = ''
        else:
            addr = render_addr(W.unit_at(p, y) if W.unit_at(p, y) is not None else p.hh.unit, r, st, tags)
        A.add(p, y, name, idn, ph, render_birth(p.birth, r, BF, {}, tags), render_gender(p.g, r, GEN, {}, tags),
              addr, tags)
    return A.finish(lambda i, rec: 'YB%07d' % (r.randrange(10 ** 6) * 10 + i % 10) if False else 'YB37%08d' % (i * 7 + 1000003))


def app_wangge(W, seed):
    """网格员入户走访 (grid workers' phone app): typed on a phone, homophones, short addresses."""
    A = App(W, 'wangge', seed)
    r = A.rng
    cover = {'local': .42, 'rural': .45, 'migrant': .42, 'student': .35, 'foreign': .6}
    # three kinds of grid workers, each typing addresses their own way
    workers = [
        mkst(lvl={0: 1}, town=0, comm=.05, est={'alias': .6, 'name': .2, 'none': .2},
             flat={'dash': .8, 'dash_shi': .1, 'hash': .1}, tower={'dash': .7, 'std': .3}, row={'dash': .6, 'std': .4},
             pf={'std': .7, 'nohao': .2, 'cn': .1}, yd={'dash': .5, 'std': .5},
             rur={'grp_only': .4, 'dui': .3, 'short': .2, 'nv': .1}),
        mkst(lvl={0: .9, 1: .1}, town=.05, comm=.15, est={'alias': .5, 'name': .4, 'none': .1},
             flat={'std': .6, 'mixed': .15, 'men': .1, 'floor': .05, 'nounit': .05, 'cn': .05},
             tower={'std': .6, 'lou': .2, 'floor': .2}, row={'std': 1}, pf={'std': .8, 'alias': .2},
             yd={'std': .5, 'dir': .5}, rur={'grp_no': .5, 'street': .3, 'vonly': .2}),
        mkst(lvl={0: .8, 1: .2}, town=.1, comm=.1, est={'name': .5, 'alias': .3, 'road': .2},
             flat={'std_shi': .5, 'std': .3, 'hu': .1, 'floor': .1}, tower={'std': .5, 'floor': .5},
             row={'std': .7, 'cn': .3}, pf={'std': .6, 'cn': .4}, yd={'std': .4, 'yard': .6},
             rur={'grp_no': .4, 'grp_cn': .3, 'nv': .3}, note=.03, sp=.03),
    ]
    R_NAME = dict(homo=.04, look=.008, drop=.005, swap=.005, space=.01, dot=.5, maxlen=8)
    R_ID = dict(id_wrong=.02, id_swap=.01, id_trunc=.005, lower=.4, fw=.01, sp=.01)
    R_PH = dict(ph_drop=.01, ph_swap=.01, ph_wrong=.005,
                ph_fmt=GW({'plain': .925, 'hy': .03, 'sp': .02, 'p86': .02, 'fw': .005}))
    BF = GW({'iso': .85, 'compact': .15})
    GEN = GW({'cn': .99, '': .01})
    n = 0
    for hh in W.hhs:
        if r.random() > cover[hh.group]:
            continue
        visits = [(r.randint(2022, 2024), r.choice(workers))]
        if r.random() < .07:
            visits.append((r.randint(2022, 2024), r.choice(workers)))
        if is_unit(hh.prev_unit) and hh.move_year and hh.move_year >= 2021 and r.random() < .3:
            visits.append((r.randint(2020, hh.move_year - 1), r.choice(workers)))
        for y, st in visits:
            for p in hh.members:
                if p.by > y or r.random() > (.95 if age_at(p, y) < 16 else .88):
                    continue
                u = W.unit_at(p, y)
                if not is_unit(u):
                    u = hh.unit
                tags = []
                if p.foreign and r.random() < .5:
                    name = p.roman.title()
                else:
                    name = render_name(p, r, R_NAME, tags)
                if p is hh.head and r.random() < .08:
                    name += r.choice(['(户主)', '（户主）', ' 户主'])
                    tags.append('name_note')
                elif hh.tenant and r.random() < .05:
                    name += r.choice(['-租户', '(租户)', '（租）'])
                    tags.append('name_note')
                age = age_at(p, y)
                pid_p = .6 if age < 16 else .7 if age >= 60 else .78
                idn = ''
                if r.random() < pid_p:
                    if p is not hh.head and r.random() < .015 and hh.head.id18:
                        idn = render_id(hh.head, r, R_ID, tags)
                        tags.append('head_id_copied')
                    else:
                        idn = render_id(p, r, R_ID, tags, use15=age >= 60 and r.random() < .03)
                num, t = std_phone(W, p, y, r, carer=.4, land=.1,
                                   head=0 if hh.kind in ('group_rental', 'students') else .3)
                if t:
                    tags.append(t)
                ph = render_phone(num, r, R_PH, tags) if r.random() < .9 else ''
                if idn and r.random() < .7:
                    birth = render_birth(p.birth, r, BF, dict(b_swap=.01), tags)
                elif not idn and r.random() < .5:
                    birth = render_birth(p.birth, r, BF, dict(b_swap=.01, b_typo=.01), tags)
                else:
                    birth = ''
                n += 1
                A.add(p, y, name, idn, ph, birth, render_gender(p.g, r, GEN, dict(g_wrong=.002), tags),
                      render_addr(u, r, st, tags), tags)
    return A.finish(lambda i, rec: 'wg%d_%d' % (rec['year'], i + 1))


def app_wuye(W, seed):
    """物业 (property management): per flat contacts, surname + 先生/女士, landlord's name, no ID."""
    A = App(W, 'wuye', seed)
    r = A.rng
    st = mkst(lvl={0: 1}, est={'alias': .45, 'name': .25, 'none': .3},
              flat={'dash': .45, 'std': .25, 'std_shi': .15, 'hash': .05, 'floor': .05, 'mixed': .05},
              tower={'dash': .5, 'std': .4, 'low': .1})
    R_PH = dict(ph_wrong=.003, ph_fmt=GW({'plain': .97, 'trail': .03}))
    GEN = GW({'cn': 1})
    landlords = [p for p in W.persons if 35 <= age_at(p, REF_YEAR) <= 75 and p.hh.group == 'local'
                 and not p.minority_name]

    def one(hh, u, y, first):
        if hh.tenant and hh.group != 'local' and r.random() < .5:
            contact = hh.members[0]
        else:
            adults = [p for p in hh.members if age_at(p, y) >= 20]
            if not adults:
                return
            contact = hh.head if hh.head in adults and r.random() < .6 else r.choice(adults)
        ppl = [contact]
        if first and r.random() < .3:
            others = [p for p in hh.members if p is not contact and age_at(p, y) >= 18]
            if others:
                ppl.append(r.choice(others))
        for p in ppl:
            tags = []
            x = r.random()
            gender = ''
            if hh.tenant and x < .35:
                # the flat is registered under the owner's name, the phone is the tenant's
                if hh.landlord is None:
                    hh.landlord = r.choice(landlords)
                name = render_name(hh.landlord, r, {}, tags) if r.random() < .7 else title_name(hh.landlord, r, tags)
                tags.append('landlord_name')
            elif x < .55:
                name = title_name(p, r, tags)
                if r.random() < .5:
                    gender = render_gender(p.g, r, GEN, {}, tags)
            elif x < .6:
                name = ''
                tags.append('name_empty')
            else:
                if p.foreign:
                    name = p.giv if r.random() < .5 else p.roman
                else:
                    name = render_name(p, r, dict(homo=.01, dot=.5), tags)
                if r.random() < .04:
                    name += r.choice(['(业主)', '（业主）', '-业主'])
                    tags.append('name_note')
            num, t = std_phone(W, p, y, r, carer=.3, land=.05, hk=.5)
            if t:
                tags.append(t)
            ph = render_phone(num, r, R_PH, tags) if r.random() < .97 else ''
            idn = render_id(p, r, {}, tags) if (not hh.tenant and r.random() < .03) else ''
            A.add(p, y, name, idn, ph, '', gender, render_addr(u, r, st, tags), tags, est=u.est['code'])

    for hh in W.hhs:
        u = hh.unit
        if u.rural or not u.est.get('pm') or r.random() > .88:
            continue
        y = hh.move_year if hh.move_year and hh.move_year >= 2016 else r.randint(2016, 2022)
        one(hh, u, y, True)
        pu = hh.prev_unit
        if is_unit(pu) and not pu.rural and pu.est.get('pm') and r.random() < .5:
            one(hh, pu, r.randint(2016, max(2016, hh.move_year - 1)), False)     # the old flat's stale contact
    return A.finish(lambda i, rec: 'WY%s%05d' % (rec['est'], i + 1))


def app_jiankang(W, seed):
    """健康档案 / 疫苗接种 (community health centre)."""
    A = App(W, 'jiankang', seed)
    r = A.rng
    st = mkst(lvl={0: .5, 1: .3, 2: .15, 3: .05}, town=.6, comm=.3, est={'name': .6, 'alias': .3, 'road': .1},
              flat={'std': .5, 'std_shi': .3, 'dash': .1, 'floor': .1}, tower={'std': .7, 'floor': .3},
              rur={'grp_no': .5, 'grp_only': .3, 'street': .2})
    BF = GW({'slash': .5, 'compact': .4, 'iso': .1})
    GEN = GW({'12': .5, 'cn': .5})
    R_NAME = dict(homo=.015, look=.003, drop=.002, space=.005, dot=.3)
    R_ID = dict(id_wrong=.008, lower=.2)
    for p in W.persons:
        if p.foreign:
            continue
        age = age_at(p, REF_YEAR)
        base = .7 if age <= 14 else .6 if age >= 65 else .18 * p.vis
        if p.hh.group in ('migrant', 'student'):
            base *= .6
        if r.random() > base:
            continue
        copies = 2 if r.random() < .03 else 1
        for _ in range(copies):
            y = local_year(W, r, p, 2016, 2024)
            if y is None:
                continue
            tags = []
            if copies == 2:
                tags.append('dup_in_source')
            name = render_name(p, r, R_NAME, tags)
            idn = render_id(p, r, R_ID, tags) if r.random() < (.5 if age_at(p, y) < 1 else .88) else ''
            num, t = std_phone(W, p, y, r, carer=.35, land=.1, head=.03)
            if t:
                tags.append(t)
            ph = render_phone(num, r, dict(ph_wrong=.005, ph_swap=.003), tags)
            u = W.unit_at(p, y)
            A.add(p, y, name, idn, ph, render_birth(p.birth, r, BF, dict(b_swap=.004, b_typo=.004), tags),
                  render_gender(p.g, r, GEN, {}, tags), render_addr(u, r, st, tags), tags,
                  code=(u.village['code12'] if u.rural else u.est['ccode']))
    return A.finish(lambda i, rec: '%s%05d' % (rec['code'], i + 1))


def app_fulian(W, seed):
    """计生 / 妇联: women of child-bearing age, their children (mother's phone), some husbands."""
    A = App(W, 'fulian', seed)
    r = A.rng
    st = mkst(lvl={1: .5, 2: .5}, town=.9, comm=.6, abbr=.05, est={'name': .8, 'alias': .2},
              flat={'std_shi': .6, 'std': .4}, rur={'grp_no': .8, 'grp_only': .2})
    BF = GW({'cn': .4, 'iso': .6})
    GEN = GW({'cn': 1})
    R_NAME = dict(homo=.01, dot=.3)
    for w in W.persons:
        if w.g != 'F' or w.foreign:
            continue
        y = local_year(W, r, w, 2019, 2023)
        if y is None or not (20 <= age_at(w, y) <= 49) or not (w.spouse or w.kids):
            continue
        if r.random() > .45 * (.7 + .3 * w.vis):
            continue
        wphone = W.phone_at(w, y) if w.phones else ''
        u = W.unit_at(w, y)
        fam = [(w, 1.0)] + [(k, .85) for k in w.kids if k.by <= y and age_at(k, y) < 18] + \
              ([(w.spouse, .3)] if w.spouse else [])
        for p, pr in fam:
            if r.random() > pr:
                continue
            tags = []
            name = render_name(p, r, R_NAME, tags)
            idn = render_id(p, r, dict(id_wrong=.005), tags) if r.random() < .95 else ''
            if p is w or r.random() < .8:
                num = wphone
                if p is not w:
                    tags.append('mother_phone' if p is not w.spouse else 'spouse_phone')
            else:
                num, t = std_phone(W, p, y, r)
                if t:
                    tags.append(t)
            A.add(p, y, name, idn, render_phone(num, r, dict(ph_wrong=.004), tags),
                  render_birth(p.birth, r, BF, {}, tags), render_gender(p.g, r, GEN, {}, tags),
                  render_addr(u, r, st, tags), tags)
    return A.finish(lambda i, rec: 'FL-%d-%05d' % (rec['year'], i + 1))


def app_laoling(W, seed):
    """老龄办 / 养老服务: 60+, child's phone, old 15-digit IDs, partial birth dates."""
    A = App(W, 'laoling', seed)
    r = A.rng
    st = mkst(lvl={0: .6, 1: .3, 2: .1}, town=.4, comm=.4, est={'name': .5, 'alias': .4, 'road': .1},
              flat={'std': .5, 'std_shi': .2, 'dash': .15, 'floor': .1, 'cn': .05}, row={'std': .8, 'cn': .2},
              pf={'std': .7, 'cn': .3}, rur={'grp_no': .4, 'grp_only': .3, 'dui': .1, 'nv': .2}, note=.05)
    BF = GW({'iso': .55, 'ym': .2, 'cn_ym': .1, 'dot1': .15})
    GEN = GW({'cn': 1})
    for p in W.persons:
        if p.foreign:
            continue
        y = local_year(W, r, p, 2020, 2024)
        if y is None or age_at(p, y) < 60:
            continue
        if r.random() > (.8 if age_at(p, y) >= 80 else .6) * (.8 + .2 * p.vis):
            continue
        tags = []
        name = render_name(p, r, dict(homo=.015, space=.01, dot=.5), tags)
        if p.hh.kind == 'elder_single' and r.random() < .06:
            name += r.choice(['(独居)', '（独居）', '(空巢)'])
            tags.append('name_note')
        idn = render_id(p, r, dict(id_wrong=.01), tags, use15=r.random() < .18) if r.random() < .88 else ''
        if p.id15 and r.random() < .01:
            idn = p.id15[:6] + '19' + p.id15[6:]      # 15 -> 18 conversion done by hand, check char missing
            tags.append('id_15to17')
        x = r.random()
        cp = carer_phone(W, p, y)
        if x < .45 and cp:
            num, t = cp, 'carer_phone'
        elif x < .65 and p.hh.landline:
            num, t = p.hh.landline, 'landline'
        else:
            num, t = std_phone(W, p, y, r, carer=.2, land=.1)
        if t:
            tags.append(t)
        ph = render_phone(num, r, dict(ph_wrong=.005), tags)
        if r.random() < .05:
            other = p.hh.landline or (p.phones and W.phone_at(p, y)) or cp
            if other and other != num:
                ph += r.choice(['/', '，', ' ', '、']) + render_phone(other, r, {}, tags)
                tags.append('phone_multi')
        A.add(p, y, name, idn, ph, render_birth(p.birth, r, BF, {}, tags), render_gender(p.g, r, GEN, {}, tags),
              render_addr(W.unit_at(p, y), r, st, tags), tags)
    return A.finish(lambda i, rec: 'YL%05d' % (i + 1))


def app_canlian(W, seed):
    """残联 (disabled persons' federation): IDs often masked."""
    A = App(W, 'canlian', seed)
    r = A.rng
    BF = GW({'iso': .7, '': .3})
    GEN = GW({'cn': 1})
    st = mkst(lvl={2: .5, 3: .5}, town=.9, comm=.5, est={'name': .9, 'alias': .1}, flat={'std_shi': .7, 'std': .3})
    for p in W.persons:
        if not p.disabled or p.foreign or r.random() > .9:
            continue
        y = local_year(W, r, p, 2016, 2023)
        if y is None:
            continue
        tags = []
        name = render_name(p, r, dict(homo=.005, dot=.2), tags)
        x = r.random()
        if x < .55:
            idn = mask_id(p.id18, r, tags)
        elif x < .95:
            idn = render_id(p, r, dict(id_wrong=.003), tags)
        else:
            idn = ''
        num, t = std_phone(W, p, y, r, carer=.5, land=.1)
        if t:
            tags.append(t)
        A.add(p, y, name, idn, render_phone(num, r, {}, tags), render_birth(p.birth, r, BF, {}, tags),
              render_gender(p.g, r, GEN, {}, tags), render_addr(W.unit_at(p, y), r, st, tags), tags)
    return A.finish(lambda i, rec: 'CL%06d' % (i + 1))


def app_zhiyuan(W, seed):
    """志愿者 / 社区活动报名 (WeChat mini-program): phone + nickname/pinyin, rarely an ID."""
    A = App(W, 'zhiyuan', seed)
    r = A.rng
    GEN = GW({'cn': .45, '': .3, 'cnx': .1, 'en': .15})
    BF = GW({'iso': 1})
    used = set()
    for p in W.persons:
        age = age_at(p, REF_YEAR)
        if age < 14 or age > 80:
            continue
        pr = .85 if p.volunteer else .025 * p.vis
        if r.random() > pr:
            continue
        # the WeChat profile is fixed per person: nickname or pinyin
        nick_tags = []
        x = r.random()
        if x < .45:
            prof = None                                       # types the real name
        elif x < .6:
            prof = romanise(p, r, nick_tags) or nickname(p, r, nick_tags)
        elif x < .9:
            prof = nickname(p, r, nick_tags)
        else:
            prof = title_name(p, r, nick_tags)
        k = WT([(1, 60), (2, 25), (3, 10), (4, 5)]).pick(r)
        for _ in range(k):
            y = year_in(r, p, 2021, 2024)
            if y is None:
                continue
            tags = list(nick_tags) if prof else []
            if prof and r.random() < .75:
                name = prof
            else:
                if tags:
                    tags = []
                name = p.roman if p.foreign else render_name(p, r, dict(homo=.02, trad=.015, dot=.5), tags)
            num, t = std_phone(W, p, y, r, carer=0, land=0, hk=.5)
            if t:
                tags.append(t)
            ph = render_phone(num, r, dict(ph_wrong=.01), tags)
            idn = render_id(p, r, dict(id_wrong=.01, lower=.5), tags) if r.random() < .12 else ''
            birth = render_birth(p.birth, r, BF, {}, tags) if r.random() < .1 else ''
            u = W.unit_at(p, y) if is_unit(W.unit_at(p, y)) else p.hh.unit
            xa = r.random()
            if xa < .4:
                addr = u.comm if u.rural else (r.choice(u.est['alias'] or [u.est['name']]) if u.kind in ('xq', 'jb', 'ds', 'jr') else urban_locality(u, r, ST_MEDIUM))
            elif xa < .6:
                addr = u.comm
            elif xa < .7:
                addr = render_addr(u, r, ST_MEDIUM, tags)
            else:
                addr = ''
            while True:
                rid = 'zy_%08x' % r.getrandbits(32)
                if rid not in used:
                    used.add(rid)
                    break
            A.add(p, y, name, idn, ph, birth, render_gender(p.g, r, GEN, dict(g_wrong=.01), tags), addr, tags, rid=rid)
    return A.finish(lambda i, rec: rec['rid'])


def app_yizhan(W, seed):
    """快递/外卖驿站: masked phones, surname + 先生/女士."""
    A = App(W, 'yizhan', seed)
    r = A.rng
    st = mkst(lvl={0: .9, 1: .1}, est={'alias': .55, 'name': .25, 'road_name': .1, 'none': .1},
              flat={'dash': .55, 'std': .3, 'bonly': .1, 'hash': .05}, tower={'dash': .5, 'std': .5},
              pf={'std': .8, 'nohao': .2}, rur={'vonly': .4, 'grp_only': .3, 'street': .3})
    used = set()
    for p in W.persons:
        age = age_at(p, REF_YEAR)
        if age < 18 or age > 75:
            continue
        base = (.25 if age <= 60 else .06) if not p.hh.rural else .08
        if r.random() > base * p.vis:
            continue
        k = WT([(1, 70), (2, 22), (3, 8)]).pick(r)
        for _ in range(k):
            y = r.randint(2023, 2024)
            tags = []
            x = r.random()
            gender = ''
            if x < .45:
                name = title_name(p, r, tags)
                if r.random() < .2:
                    gender = '男' if p.g == 'M' else '女'
            elif x < .7:
                name = p.giv if p.foreign else render_name(p, r, dict(homo=.03, dot=.5), tags)
            elif x < .8:
                nm = p.sur + p.giv
                name = nm[0] + '*' * (len(nm) - 1) if r.random() < .5 else nm[0] + '*' + nm[2:] if len(nm) > 2 else nm[0] + '*'
                tags.append('name_masked')
            elif x < .9:
                name = nickname(p, r, tags)
            else:
                name = ''
                tags.append('name_empty')
            num, t = std_phone(W, p, y, r, carer=0, land=0)
            if t:
                tags.append(t)
            ph = render_phone(num, r, dict(ph_fmt=GW({'mask': .55, 'plain': .4, 'tail': .05})), tags)
            if p.emp and r.random() < .12:
                addr = p.emp['addr'] + (p.emp['name'] if r.random() < .5 else '')
                tags.append('addr_employer')
            else:
                addr = render_addr(p.hh.unit, r, st, tags)
            while True:
                rid = 'YZ%010d' % r.randrange(10 ** 10)
                if rid not in used:
                    used.add(rid)
                    break
            A.add(p, y, name, '', ph, '', gender, addr, tags, rid=rid)
    return A.finish(lambda i, rec: rec['rid'])


def app_xuexiao(W, seed):
    """学校/幼儿园: pupils (parent's phone) and some guardian rows."""
    A = App(W, 'xuexiao', seed)
    r = A.rng
    st = mkst(lvl={0: .4, 1: .4, 2: .2}, town=.5, comm=.2, est={'name': .7, 'alias': .3},
              flat={'std': .5, 'std_shi': .4, 'dash': .1}, rur={'grp_no': .7, 'grp_only': .3})
    BF = GW({'iso': .6, 'slash0': .4})
    GEN = GW({'cn': 1})
    for c in W.persons:
        y = year_in(r, c, 2022, 2024)
        if y is None or not (3 <= age_at(c, y) <= 15) or c.foreign or r.random() > .9:
            continue
        tags = []
        name = render_name(c, r, dict(homo=.005, dot=.3), tags)
        idn = render_id(c, r, dict(id_wrong=.003), tags) if r.random() < .97 else ''
        num, t = parent_phone(W, c, y, r)
        tags.append(t)
        if r.random() < .12 and is_unit(c.hukou) and c.hukou is not c.hh.unit:
            addr = render_addr(c.hukou, r, st, tags)
            tags.append('addr_hukou')
        else:
            u = W.unit_at(c, y)
            addr = render_addr(u if is_unit(u) else c.hh.unit, r, st, tags)
        A.add(c, y, name, idn, render_phone(num, r, dict(ph_wrong=.004), tags),
              render_birth(c.birth, r, BF, {}, tags), render_gender(c.g, r, GEN, {}, tags), addr, tags, kind='XJ')
        if r.random() < .35:
            gs = [x for x in (c.mother, c.father) if x is not None]
            if not gs:
                continue
            g = gs[0] if (len(gs) == 1 or r.random() < .6) else gs[1]
            tags2 = ['guardian_row']
            gname = render_name(g, r, dict(homo=.01, dot=.3), tags2)
            num, t = std_phone(W, g, y, r)
            A.add(g, y, gname, render_id(g, r, {}, tags2) if r.random() < .5 else '',
                  render_phone(num, r, {}, tags2), '', render_gender(g.g, r, GEN, {}, tags2), addr, tags2, kind='JZ')
    return A.finish(lambda i, rec: '%s%07d' % (rec['kind'], i + 1))


def app_liudong(W, seed):
    """出租屋/流动人口登记: migrants, student renters, foreigners; landlord notes; old rental addresses."""
    A = App(W, 'liudong', seed)
    r = A.rng
    st = mkst(lvl={0: .6, 1: .3, 2: .1}, town=.3, comm=.3, est={'name': .5, 'alias': .4, 'road': .1},
              flat={'std': .45, 'std_shi': .25, 'dash': .2, 'floor': .1}, tower={'std': .6, 'floor': .2, 'dash': .2},
              pf={'std': .7, 'alias': .2, 'cn': .1}, yd={'std': .4, 'dir': .4, 'yard': .2}, note=.04)
    BF = GW({'iso': .8, '': .2})
    GEN = GW({'cn': 1})
    R_NAME = dict(trad=.03, homo=.03, look=.01, drop=.005, dot=.4)
    R_ID = dict(id_wrong=.015, lower=.3, fw=.02, sp=.01)
    landlords = [p for p in W.persons if 40 <= age_at(p, REF_YEAR) <= 75 and p.hh.group == 'local']
    for hh in W.hhs:
        if hh.group not in ('migrant', 'student', 'foreign') and not (hh.tenant and r.random() < .4):
            continue
        stays = []
        if r.random() < .8:
            stays.append((hh.unit, r.randint(max(2021, hh.move_year or 2021), 2024)))
        if is_unit(hh.prev_unit) and r.random() < .6:
            stays.append((hh.prev_unit, r.randint(max(2013, hh.move_year - 3), hh.move_year - 1)))
        if hh.landlord is None and landlords:
            hh.landlord = r.choice(landlords)
        for u, y in stays:
            for p in hh.members:
                if p.by > y or r.random() > .9 * (.8 + .2 * p.vis):
                    continue
                tags = []
                if p.foreign:
                    name = p.roman if r.random() < .7 else p.giv
                    idn = p.id18 if p.id18 and r.random() < .7 else ''
                else:
                    name = render_name(p, r, R_NAME, tags)
                    idn = render_id(p, r, R_ID, tags) if r.random() < .95 else ''
                num, t = std_phone(W, p, y, r, hk=.5)
                if t:
                    tags.append(t)
                ph = render_phone(num, r, dict(ph_wrong=.005, ph_drop=.005,
                                               ph_fmt=GW({'plain': .945, 'p86': .02, '86-': .02, 'sp': .01,
                                                          'fw': .005})), tags)
                addr = render_addr(u, r, st, tags)
                if r.random() < .15:
                    ll = hh.landlord
                    addr += r.choice(['', ' ', '，', ',']) + r.choice(LANDLORD_NOTES).format(
                        ll.sur + ll.giv if r.random() < .6 else ll.sur)
                    tags.append('addr_landlord_note')
                elif hh.kind == 'group_rental' and r.random() < .1:
                    addr += r.choice(['(合租)', '（合租）', ' 合租'])
                    tags.append('addr_note')
                A.add(p, y, name, idn, ph, render_birth(p.birth, r, BF, {}, tags), render_gender(p.g, r, GEN, {}, tags),
                      addr, tags)
    return A.finish(lambda i, rec: 'LD%d%05d' % (rec['year'], i + 1))


def app_qiye(W, seed):
    """企业/园区职工花名册: rosters of employers in the area (Excel habits)."""
    A = App(W, 'qiye', seed)
    r = A.rng
    st = mkst(lvl={0: .5, 1: .3, 2: .2}, town=.2, est={'name': .6, 'alias': .4},
              flat={'std': .6, 'dash': .2, 'std_shi': .2}, rur={'grp_no': .6, 'vonly': .4})
    styles = {}
    for e in EMPLOYERS:
        styles[e['code']] = (GW({'cn': 1}) if r.random() < .6 else GW({'mf': 1}),
                             GW({'dot': 1}) if r.random() < .4 else GW({'slash0': .9, '': .1}) if r.random() < .5 else GW({'': 1}))
    for p in W.persons:
        if not p.emp or not p.emp.get('code') or r.random() > .9:
            continue
        code = p.emp['code']
        GEN, BF = styles[code]
        y = year_in(r, p, 2020, 2024)
        if y is None:
            continue
        tags = []
        if p.foreign:
            name = p.giv if r.random() < .5 else p.roman
        else:
            name = render_name(p, r, dict(homo=.01, trad=.005, space=.15 if len(p.sur + p.giv) == 2 else 0, trail=.03,
                                              dot=.6), tags)
        idn = render_id(p, r, dict(apos=.05, sci=.005, id_wrong=.005, lower=.2), tags) if r.random() < .92 else ''
        num, t = std_phone(W, p, y, r, carer=0, land=0)
        ph = render_phone(num, r, dict(ph_fmt=GW({'plain': .89, 'hy': .1, 'f0': .01})), tags) if r.random() < .9 else ''
        if r.random() < .7:
            addr = p.emp['addr']
            tags.append('addr_employer')
        else:
            u = W.unit_at(p, y)
            addr = render_addr(u if u is not None else p.hh.unit, r, st, tags)
        A.add(p, y, name, idn, ph, render_birth(p.birth, r, BF, {}, tags), render_gender(p.g, r, GEN, {}, tags),
              addr, tags, code=code)
    return A.finish(lambda i, rec: '%s%04d' % (rec['code'], i + 1))


def app_cunwei(W, seed):
    """村委会台账: hand-kept village ledger, names by sound, birth dates with errors."""
    A = App(W, 'cunwei', seed)
    r = A.rng
    st = mkst(lvl={0: .9, 1: .1}, town=.1, rur={'grp_no': .35, 'grp_only': .2, 'dui': .1, 'vonly': .15, 'nv': .1,
                                                 'street': .1})
    BF = GW({'dot1': .5, 'iso': .3, 'short': .03, 'cn': .1, 'ym_dot': .07})
    GEN = GW({'cn': 1})
    R_NAME = dict(homo=.07, look=.01, drop=.005, swap=.005, dot=.6)
    R_ID = dict(id_wrong=.02, id_swap=.005, lower=.3)
    R_B = dict(b_month=.03, b_swap=.02, b_typo=.02)
    for hh in W.hhs:
        if hh.rural:
            u = hh.unit
            pr = .72
        elif is_unit(hh.prev_unit) and hh.prev_unit.rural:
            u = hh.prev_unit               # moved to town, still on the village ledger
            pr = .7
        else:
            continue
        y = r.randint(2018, 2023)
        hphone = ''
        if hh.head.phones:
            hphone = W.phone_at(hh.head, y)
        elif hh.landline:
            hphone = hh.landline
        for k, p in enumerate(hh.members):
            if p.by > y or r.random() > pr:
                continue
            tags = []
            name = render_name(p, r, R_NAME, tags)
            if p is hh.head and r.random() < .2:
                name += r.choice(['(户主)', '（户主）'])
                tags.append('name_note')
            idn = ''
            if r.random() < .8:
                if p is not hh.head and r.random() < .02:
                    idn = render_id(hh.head, r, R_ID, tags)
                    tags.append('head_id_copied')
                else:
                    idn = render_id(p, r, R_ID, tags, use15=p.by < 1965 and r.random() < .2)
            x = r.random()
            if x < .6 and hphone:
                num, t = hphone, ('head_phone' if p is not hh.head else '')
            elif x < .9:
                num, t = std_phone(W, p, y, r, carer=.3, land=.2)
            else:
                num, t = '', ''
            if t:
                tags.append(t)
            ph = render_phone(num, r, dict(ph_wrong=.01, ph_drop=.01), tags)
            if ph and r.random() < .03 and hh.landline and num != hh.landline:
                ph += r.choice(['/', '，']) + hh.landline
                tags.append('phone_multi')
            A.add(p, y, name, idn, ph, render_birth(p.birth, r, BF, R_B, tags), render_gender(p.g, r, GEN, {}, tags),
                  render_addr(u, r, st, tags), tags, rid='%s%02d%03d-%d' % (u.village['ab'], u.grp, u.hno, k + 1))
    return A.finish(lambda i, rec: rec['rid'])


def app_dibao(W, seed):
    """民政 低保/特困: complete, clean records of whole households."""
    A = App(W, 'dibao', seed)
    r = A.rng
    BF, GEN = GW({'iso': 1}), GW({'cn': 1})
    for hh in W.hhs:
        if not hh.dibao:
            continue
        y = 2023
        for p in hh.members:
            if p.by > y or r.random() > .95:
                continue
            tags = []
            if p is not hh.head and hh.head.phones and r.random() < .7:
                num, t = W.phone_at(hh.head, y), 'head_phone'
            else:
                num, t = std_phone(W, p, y, r, carer=.3, land=.2)
            if t:
                tags.append(t)
            A.add(p, y, render_name(p, r, dict(homo=.002, dot=.1), tags), render_id(p, r, dict(id_wrong=.002), tags),
                  render_phone(num, r, {}, tags), render_birth(p.birth, r, BF, {}, tags),
                  render_gender(p.g, r, GEN, {}, tags), render_addr(hh.unit, r, ST_FORMAL, tags), tags)
    return A.finish(lambda i, rec: 'DB2023%05d' % (i + 1))


def app_tuiyi(W, seed):
    """退役军人 信息采集 (2019): complete records; address often the 户籍 address."""
    A = App(W, 'tuiyi', seed)
    r = A.rng
    BF, GEN = GW({'iso': 1}), GW({'cn': 1})
    for p in W.persons:
        if not p.veteran or r.random() > .9:
            continue
        y = 2019
        tags = []
        num, t = std_phone(W, p, y, r, carer=.2, land=.1)
        if t:
            tags.append(t)
        if is_unit(p.hukou) and r.random() < .4:
            addr = render_addr(p.hukou, r, ST_FORMAL, tags)
            tags.append('addr_hukou')
        else:
            u = W.unit_at(p, y)
            addr = render_addr(u if u is not None else p.hh.unit, r, ST_FORMAL, tags)
        A.add(p, y, render_name(p, r, dict(homo=.003), tags), render_id(p, r, dict(id_wrong=.002), tags),
              render_phone(num, r, {}, tags), render_birth(p.birth, r, BF, {}, tags),
              render_gender(p.g, r, GEN, {}, tags), addr, tags)
    return A.finish(lambda i, rec: 'TY%06d' % (i + 1))


def fallback(W, seed, covered):
    """Everyone appears at least once: a late grid visit (or a rental registration for migrants)."""
    r = random.Random('fallback-%s' % seed)
    out_wg, out_ld = [], []
    st = mkst(lvl={0: 1}, est={'alias': .6, 'name': .4}, flat={'dash': .5, 'std': .5}, rur={'grp_only': .5, 'grp_no': .5})
    for p in W.persons:
        if p.pid in covered:
            continue
        tags = ['fallback']
        y = 2024
        num, t = std_phone(W, p, y, r, carer=.4, land=.1)
        if t:
            tags.append(t)
        name = p.roman if p.foreign else render_name(p, r, dict(homo=.03, dot=.5), tags)
        idn = render_id(p, r, dict(id_wrong=.02, lower=.4), tags) if r.random() < .6 else ''
        rec = dict(pid=p.pid, year=y, name=name, id_number=idn, phone=render_phone(num, r, {}, tags),
                   birth_date=fmt_date(p.birth, 'iso') if idn and r.random() < .5 else '',
                   gender='男' if p.g == 'M' else '女', address=render_addr(p.hh.unit, r, st, tags), tags=tags)
        if p.hh.group in ('migrant', 'student', 'foreign'):
            rec['source'] = 'liudong'
            out_ld.append(rec)
        else:
            rec['source'] = 'wangge'
            out_wg.append(rec)
    for i, rec in enumerate(out_wg):
        rec['record_id'] = 'wg2024_f%d' % (i + 1)
    for i, rec in enumerate(out_ld):
        rec['record_id'] = 'LD2024F%04d' % (i + 1)
    return out_wg + out_ld


APPS = [app_huji, app_yibao, app_wangge, app_wuye, app_jiankang, app_fulian, app_laoling, app_canlian,
        app_zhiyuan, app_yizhan, app_xuexiao, app_liudong, app_qiye, app_cunwei, app_dibao, app_tuiyi]


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(
        description='Generate synthetic multi-app resident records (Jinan, Shandong) with ground truth.',
        epilog='Writes DIR/residents.csv and DIR/truth.csv; with --meta META also META/people.csv (true persons, '
               'homonym/recycled-phone log) and META/annot.csv (noise tags per record). '
               'Deterministic: the same --people/--seed give byte-identical files.')
    ap.add_argument('--people', type=int, default=20000, help='number of people in the world (default 20000)')
    ap.add_argument('--seed', type=int, default=7, help='random seed (default 7)')
    ap.add_argument('--out', required=True, help='output directory (created if missing)')
    ap.add_argument('--meta', default=None, help='optional directory for people.csv / annot.csv (error analysis)')
    a = ap.parse_args(argv)

    W = World(a.people, a.seed)
    recs = []
    for f in APPS:
        recs.extend(f(W, a.seed))
    covered = set(rc['pid'] for rc in recs)
    recs.extend(fallback(W, a.seed, covered))
    ids = [rc['record_id'] for rc in recs]
    if len(set(ids)) != len(ids):
        raise SystemExit('internal error: duplicate record ids')
    random.Random('order-%s' % a.seed).shuffle(recs)

    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, 'residents.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'source', 'name', 'id_number', 'phone', 'birth_date', 'gender', 'address'])
        for rc in recs:
            w.writerow([rc['record_id'], rc['source'], rc['name'], rc['id_number'], rc['phone'], rc['birth_date'],
                        rc['gender'], rc['address']])
    with open(os.path.join(a.out, 'truth.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'person_id'])
        for rc in recs:
            w.writerow([rc['record_id'], rc['pid']])
    if a.meta:
        os.makedirs(a.meta, exist_ok=True)
        with open(os.path.join(a.meta, 'people.csv'), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f)
            w.writerow(['person_id', 'household', 'hh_kind', 'group', 'rel', 'name', 'gender', 'birth_date', 'ethnicity',
                        'id18', 'id15', 'phones', 'address_now', 'address_prev', 'move_year', 'hukou', 'flags'])
            st = ST_FORMAL
            rr = random.Random(0)
            for p in W.persons:
                hh = p.hh
                flags = [k for k in ('disabled', 'veteran', 'volunteer', 'student', 'foreign') if getattr(p, k)]
                if hh.dibao:
                    flags.append('dibao')
                if p.twin:
                    flags.append('twin:' + p.twin.pid)
                if p.emp:
                    flags.append('emp:' + p.emp['name'])
                w.writerow([p.pid, hh.hid, hh.kind, hh.group, p.rel, p.sur + p.giv, p.g, p.birth.isoformat(), p.eth,
                            p.id18, p.id15 or '', ';'.join('%s[%d-%d]' % x for x in p.phones) +
                            (';' + p.hk if p.hk else ''),
                            render_addr(hh.unit, rr, st, []), render_addr(hh.prev_unit, rr, st, []) if hh.prev_unit else '',
                            hh.move_year or '',
                            'collective' if p.hukou == 'collective' else render_addr(p.hukou, rr, st, []),
                            ';'.join(flags)])
            w.writerow([])
            for kind, a1, b1 in W.homonym_log:
                w.writerow(['#homonym', kind, a1, b1])
            for a1, b1, num in W.recycled:
                w.writerow(['#recycled_phone', a1, b1, num])
        with open(os.path.join(a.meta, 'annot.csv'), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f)
            w.writerow(['record_id', 'person_id', 'source', 'year', 'tags'])
            for rc in recs:
                w.writerow([rc['record_id'], rc['pid'], rc['source'], rc['year'], ';'.join(rc['tags'])])
    n_p = len(set(rc['pid'] for rc in recs))
    by = {}
    for rc in recs:
        by[rc['source']] = by.get(rc['source'], 0) + 1
    sys.stderr.write('people=%d households=%d records=%d persons_with_records=%d\n' % (
        len(W.persons), len(W.hhs), len(recs), n_p))
    sys.stderr.write(' '.join('%s=%d' % kv for kv in sorted(by.items())) + '\n')


if __name__ == '__main__':
    main()
