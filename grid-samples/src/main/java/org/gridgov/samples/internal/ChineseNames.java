package org.gridgov.samples.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's own small tables of Chinese names: surnames with weights, given names by
 * generation, and for every character used the toneless Hanyu Pinyin, the traditional form and the
 * homophones that data entry confuses it with.
 */
public final class ChineseNames {

  /*
   * Surnames and their relative weights, for every generator of this module: the Ministry of Public Security's name report for 2020 (公安部户政管理研究中心《二〇二〇年全国姓名报告》)
   * ranks 王 李 张 刘 陈 first, together 30.8 % of registered residents; its 2019 report names 李 the
   * largest surname of Sichuan. Beyond the top five the weights are illustrative, leaning toward
   * surnames common in Sichuan. The last five are rare surnames whose reading as a surname differs
   * from the character's common reading (单 Shan not Dan, 解 Xie not Jie, 仇 Qiu not Chou, 区 Ou not
   * Qu, 查 Zha not Cha; 曾 Zeng, already above, not Ceng): over-weighted here so that a romanised
   * name shows them often enough to test.
   */
  public static final ImmutableList<String> SURNAMES =
      ImmutableList.of(
          "李", "王", "张", "刘", "陈", "杨", "黄", "周", "赵", "吴", "罗", "何", "徐", "胡", "邓", "朱", "高", "孙",
          "曾", "谢", "唐", "冯", "蒋", "彭", "郭", "马", "林", "袁", "廖", "向", "杜", "宋", "钟", "汪", "余", "田",
          "董", "潘", "于", "蔡", "丁", "魏", "沈", "叶", "程", "苏", "吕", "梁", "许", "韩", "任", "姚", "卢", "傅",
          "姜", "崔", "谭", "陆", "范", "金", "石", "贾", "夏", "付", "方", "邹", "熊", "白", "孟", "秦", "邱", "侯",
          "江", "尹", "薛", "闫", "段", "雷", "黎", "史", "龙", "陶", "贺", "顾", "毛", "郝", "龚", "邵", "万", "覃",
          "武", "钱", "戴", "严", "欧", "单", "解", "仇", "区", "查");

  private static final double[] SURNAME_WEIGHTS = {
    7.6, 7.1, 6.6, 5.1, 4.4, 3.2, 2.3, 2.0, 1.9, 1.9, 1.6, 1.5, 1.4, 1.4, 1.3,
    1.2, 1.1, 1.1, 1.0, 1.0, 1.0, 0.9, 0.8, 0.8, 0.8, 0.8, 0.7, 0.7, 0.6, 0.5,
    0.6, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,
    0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4,
    0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3,
    0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3,
    0.3, 0.3, 0.3, 0.3, 0.3, 0.15, 0.15, 0.15, 0.15, 0.15
  };

  /*
   * Given names follow the fashions of each generation: 建国 and 秀英 for people born before the
   * 1960s, one-character names for the 1960s to 80s, softer names since, and the names that top
   * the lists for children born since 2008 (子涵, 梓轩, 一诺). Each list is in order of how common
   * the name is taken to be; the draw weights fall with the rank (see GIVEN_DECAY), so 伟, 芳, 娜, 洋
   * and 静 come up often and, with common surnames, make the names that many people share (张伟,
   * 王芳, 李娜, 刘洋). The lists and ranks are assumptions, not counts.
   */
  private static final List<String> OLD_MEN =
      List.of(
          "建国", "国强", "建华", "志强", "德明", "永福", "文华", "国庆", "明华", "志刚", "建军", "正华", "光明", "德贵", "福全",
          "长林", "玉林", "世明", "树清", "开富");

  private static final List<String> OLD_WOMEN =
      List.of(
          "秀英", "桂英", "秀兰", "玉兰", "淑珍", "凤英", "桂兰", "素芬", "秀珍", "玉梅", "翠华", "兰芳", "淑华", "桂芳", "素华",
          "德芳", "玉珍", "素琼", "明秀", "春兰", "秀云");

  private static final List<String> MIDDLE_MEN =
      List.of(
          "伟", "强", "军", "勇", "磊", "洋", "杰", "涛", "斌", "波", "刚", "鹏", "辉", "明", "亮", "林", "海", "峰",
          "东", "龙", "飞", "志伟", "晓东", "建平", "小平", "国华");

  private static final List<String> MIDDLE_WOMEN =
      List.of(
          "芳", "娜", "静", "丽", "敏", "艳", "洋", "燕", "娟", "霞", "红", "玲", "梅", "琴", "萍", "莉", "云", "兰",
          "晓燕", "丽华", "小琴", "春梅", "雪梅", "晓红", "丽娟", "凤");

  private static final List<String> YOUNG_MEN =
      List.of(
          "浩", "宇", "鑫", "超", "杰", "博", "晨", "俊杰", "浩然", "子轩", "宇航", "家豪", "明轩", "思远", "天佑", "一鸣",
          "宁", "欢");

  private static final List<String> YOUNG_WOMEN =
      List.of(
          "婷", "丹", "雪", "倩", "琳", "欣", "悦", "佳", "娜", "婷婷", "雨欣", "思雨", "梦琪", "佳怡", "诗涵", "可馨",
          "欢", "宁");

  private static final List<String> BOYS =
      List.of(
          "浩宇", "梓轩", "子轩", "宇轩", "浩然", "一鸣", "沐宸", "俊熙", "子涵", "宇航", "博文", "思远", "皓轩", "一诺", "天佑");

  private static final List<String> GIRLS =
      List.of(
          "子涵", "梓涵", "一诺", "欣怡", "雨桐", "若汐", "诗涵", "可馨", "雨欣", "梦琪", "思雨", "佳怡", "语嫣", "欣妍", "梓萱");

  /**
   * Share of given names composed of two characters rather than drawn from the lists. With it the
   * commonest full names (李伟, 张伟, 王芳) are each shared by roughly one person in a thousand: far more
   * than in the country, where even 张伟 is shared by a few hundred thousand people in 1.4 billion;
   * on purpose, so that same-name different-person pairs are common.
   */
  private static final double COMPOSED = 0.45;

  /** How fast the weight of a given name falls with its rank: weight 1 / (rank + 1)^decay. */
  private static final double GIVEN_DECAY = 0.5;

  /**
   * Toneless Hanyu Pinyin of every character the generator writes, in the reading a name uses.
   * Surnames with a special reading are listed under that reading (单 shan, 解 xie, 仇 qiu, 区 ou, 查
   * zha, 曾 zeng); 长 is chang as in 长林, 吕 is lyu as on passports.
   */
  private static final ImmutableMap<Character, String> PINYIN =
      table(
          "李li 王wang 张zhang 刘liu 陈chen 杨yang 黄huang 周zhou 赵zhao 吴wu 罗luo 何he 徐xu 胡hu 邓deng 朱zhu"
              + " 高gao 孙sun 曾zeng 谢xie 唐tang 冯feng 蒋jiang 彭peng 郭guo 马ma 林lin 袁yuan 廖liao"
              + " 向xiang 杜du 宋song 钟zhong 汪wang 余yu 田tian 董dong 潘pan 于yu 蔡cai 丁ding 魏wei 沈shen"
              + " 叶ye 程cheng 苏su 吕lyu 梁liang 许xu 韩han 任ren 姚yao 卢lu 傅fu 姜jiang 崔cui 谭tan 陆lu"
              + " 范fan 金jin 石shi 贾jia 夏xia 付fu 方fang 邹zou 熊xiong 白bai 孟meng 秦qin 邱qiu 侯hou"
              + " 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 黎li 史shi 龙long 陶tao 贺he 顾gu 毛mao 郝hao"
              + " 龚gong 邵shao 万wan 覃qin 武wu 钱qian 戴dai 严yan 欧ou 单shan 解xie 仇qiu 区ou 查zha"
              + " 建jian 国guo 强qiang 华hua 志zhi 德de 明ming 永yong 福fu 文wen 庆qing 刚gang 军jun"
              + " 正zheng 光guang 贵gui 全quan 长chang 玉yu 世shi 树shu 清qing 开kai 富fu 秀xiu 英ying"
              + " 桂gui 兰lan 淑shu 珍zhen 凤feng 素su 芬fen 梅mei 翠cui 芳fang 琼qiong 春chun 云yun"
              + " 伟wei 勇yong 磊lei 洋yang 杰jie 涛tao 斌bin 波bo 鹏peng 辉hui 亮liang 海hai 峰feng"
              + " 东dong 飞fei 晓xiao 平ping 小xiao 娜na 静jing 丽li 敏min 艳yan 燕yan 娟juan 霞xia"
              + " 红hong 玲ling 琴qin 萍ping 莉li 雪xue 浩hao 宇yu 鑫xin 超chao 博bo 晨chen 俊jun"
              + " 然ran 子zi 轩xuan 航hang 家jia 豪hao 思si 远yuan 天tian 佑you 一yi 鸣ming 宁ning"
              + " 欢huan 婷ting 丹dan 倩qian 琳lin 欣xin 悦yue 佳jia 雨yu 梦meng 琪qi 怡yi 诗shi 涵han"
              + " 可ke 馨xin 梓zi 沐mu 宸chen 熙xi 诺nuo 皓hao 桐tong 若ruo 汐xi 语yu 嫣yan 妍yan 萱xuan"
              + " 玮wei 炜wei 晶jing 婧jing 俐li 民min 闽min 那na 纳na 君jun 均jun 洁jie 捷jie 桦hua"
              + " 骅hua 宏hong 虹hong 雁yan 铃ling 龄ling 滔tao 韬tao 铭ming 苹ping 峻jun 骏jun 晖hui"
              + " 锋feng 丰feng 彬bin 滨bin 蔷qiang 钢gang 纲gang 朋peng 蕾lei 良liang 霖lin 瑛ying"
              + " 莹ying 岚lan 澜lan 玫mei 亭ting 庭ting 羽yu 昊hao 含han 晗han 宣xuan 嘉jia"
              + " 茜qian 帼guo 剑jian 健jian 智zhi 芝zhi 筱xiao 冬dong 彦yan");

  /**
   * Traditional forms (繁体) of the characters above that have one, as a name is written in Hong Kong
   * or Taiwan or by a traditional input method. Characters without an entry are written the same in
   * both scripts (周, 王, 余 and 于 as surnames, 姜, 范, 娟).
   */
  private static final ImmutableMap<Character, String> TRADITIONAL =
      table(
          "张張 刘劉 陈陳 杨楊 黄黃 赵趙 吴吳 罗羅 邓鄧 孙孫 谢謝 冯馮 蒋蔣 马馬 钟鍾 叶葉 苏蘇 吕呂 许許"
              + " 韩韓 卢盧 谭譚 陆陸 贾賈 邹鄒 闫閆 龙龍 贺賀 顾顧 龚龔 万萬 钱錢 严嚴 欧歐 单單 区區"
              + " 国國 华華 强強 庆慶 刚剛 军軍 贵貴 长長 树樹 开開 兰蘭 凤鳳 琼瓊 云雲 伟偉 涛濤 杰傑"
              + " 鹏鵬 辉輝 东東 飞飛 晓曉 丽麗 艳艷 静靜 红紅 轩軒 远遠 鸣鳴 宁寧 欢歡 悦悅 梦夢 诗詩"
              + " 诺諾 语語 玮瑋 炜煒 闽閩 纳納 洁潔 桦樺 骅驊 铃鈴 龄齡 韬韜 铭銘 苹蘋 骏駿 晖暉 锋鋒"
              + " 丰豐 滨濱 蔷薔 钢鋼 纲綱 莹瑩 岚嵐 澜瀾 帼幗 剑劍");

  /**
   * Characters that sound the same (same toneless pinyin) and are typed in place of a name's
   * character, by someone writing a name they heard: 伟 → 玮, 静 → 晶, 丽 → 莉. An assumption drawn from
   * common confusions, not a measured list.
   */
  private static final ImmutableMap<Character, String> HOMOPHONES =
      table(
          "伟玮炜 静晶婧 丽莉俐 莉丽 敏民闽 娜那纳 芳方 军君均 杰洁捷 华桦骅 红宏虹 燕艳雁 艳燕"
              + " 玲铃龄 涛滔韬 明鸣铭 平萍苹 萍平 俊峻骏 辉晖 峰锋丰 勇永 斌彬滨 强蔷 刚钢纲 鹏朋"
              + " 磊蕾 亮良 林琳霖 琳林 英瑛莹 兰岚澜 梅玫 婷亭庭 欣鑫馨 宇雨羽 浩皓昊 涵含晗 轩萱宣"
              + " 佳嘉家 倩茜 国帼 建剑健 志智芝 晓筱小 东冬 妍彦 萱轩");

  private ChineseNames() {}

  /** A surname drawn by the weights above. */
  public static String surname(SplittableRandom rnd) {
    return SURNAMES.get(Draw.weighted(rnd, SURNAME_WEIGHTS));
  }

  /**
   * A given name suited to someone born in {@code birthYear}: one of the listed names, or (with
   * probability {@link #COMPOSED}) two characters of the generation's names put together, so that
   * the listed names recur often without every name being one of them.
   */
  public static String given(SplittableRandom rnd, int birthYear, boolean female) {
    List<String> names = givenNames(birthYear, female);
    if (Draw.chance(rnd, COMPOSED)) {
      StringBuilder chars = new StringBuilder();
      for (String n : names) {
        for (char c : n.toCharArray()) {
          if (chars.indexOf(String.valueOf(c)) < 0) {
            chars.append(c);
          }
        }
      }
      char first = chars.charAt(rnd.nextInt(chars.length()));
      char second = first;
      while (second == first) {
        second = chars.charAt(rnd.nextInt(chars.length()));
      }
      return "" + first + second;
    }
    double[] weights = new double[names.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 / Math.pow(i + 1, GIVEN_DECAY);
    }
    return names.get(Draw.weighted(rnd, weights));
  }

  /**
   * A given name that shares its first character with an elder sibling's two-character name, as
   * siblings' names often do (a generation character, 字辈: 浩宇 and 浩然): that character and the second
   * character of a name of the sibling's generation and gender.
   */
  public static String siblingName(
      SplittableRandom rnd, String elder, int birthYear, boolean female) {
    List<String> seconds = new ArrayList<>();
    for (String g : givenNames(birthYear, female)) {
      if (g.length() == 2 && g.charAt(1) != elder.charAt(1)) {
        seconds.add(g.substring(1));
      }
    }
    return elder.charAt(0) + Draw.pick(rnd, seconds);
  }

  public static List<String> givenNames(int birthYear, boolean female) {
    if (birthYear < 1962) {
      return female ? OLD_WOMEN : OLD_MEN;
    }
    if (birthYear < 1990) {
      return female ? MIDDLE_WOMEN : MIDDLE_MEN;
    }
    if (birthYear < 2008) {
      return female ? YOUNG_WOMEN : YOUNG_MEN;
    }
    return female ? GIRLS : BOYS;
  }

  /** Every given name the generator may draw. */
  public static ImmutableList<String> allGivenNames() {
    return ImmutableList.<String>builder()
        .addAll(OLD_MEN)
        .addAll(OLD_WOMEN)
        .addAll(MIDDLE_MEN)
        .addAll(MIDDLE_WOMEN)
        .addAll(YOUNG_MEN)
        .addAll(YOUNG_WOMEN)
        .addAll(BOYS)
        .addAll(GIRLS)
        .build();
  }

  /**
   * The toneless pinyin of a name's characters, lower case, one syllable per character.
   *
   * @throws IllegalArgumentException for a character outside the tables
   */
  public static String pinyin(char c) {
    String p = PINYIN.get(c);
    if (p == null) {
      throw new IllegalArgumentException("no pinyin for " + c);
    }
    return p;
  }

  /** The pinyin of several characters run together: 建国 → jianguo. */
  public static String pinyin(String chars) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < chars.length(); i++) {
      sb.append(pinyin(chars.charAt(i)));
    }
    return sb.toString();
  }

  /** The traditional form of {@code c}, or {@code c} itself when both scripts write it alike. */
  public static char traditional(char c) {
    String t = TRADITIONAL.get(c);
    return t == null ? c : t.charAt(0);
  }

  /** The characters that sound like {@code c}; empty when the table has none. */
  public static String homophones(char c) {
    String h = HOMOPHONES.get(c);
    return h == null ? "" : h;
  }

  /** Characters with a pinyin entry, for tests. */
  public static ImmutableMap<Character, String> pinyinTable() {
    return PINYIN;
  }

  /** The homophone table, for tests. */
  public static ImmutableMap<Character, String> homophoneTable() {
    return HOMOPHONES;
  }

  /** The traditional table, for tests. */
  public static ImmutableMap<Character, String> traditionalTable() {
    return TRADITIONAL;
  }

  /** Reads "字value 字value …": the first character of each word is the key, the rest its value. */
  private static ImmutableMap<Character, String> table(String spec) {
    ImmutableMap.Builder<Character, String> b = ImmutableMap.builder();
    for (String word : spec.trim().split(" +")) {
      b.put(word.charAt(0), word.substring(1));
    }
    return b.buildOrThrow();
  }
}
