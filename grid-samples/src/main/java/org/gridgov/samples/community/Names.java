package org.gridgov.samples.community;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Chinese personal names and numerals for the samples. */
final class Names {

  /*
   * Surnames and their relative weights. The Ministry of Public Security's household-registration
   * name report for 2020 (公安部户政管理研究中心《二〇二〇年全国姓名报告》) ranks 王 李 张 刘 陈 first and
   * puts the five together at 30.8 % of registered residents; its 2019 report names 李 the largest
   * surname of Sichuan. The weights below add up to that 30.8 % for the first five, put 李 first
   * as in Sichuan, and give the rest rounded shares leaning toward surnames common in Sichuan (罗 何
   * 邓 曾); beyond the top five they are illustrative, not measured. Weights are per cent of
   * residents; the 95 listed weigh 86.5 % together, close to the 85.9 % that the 2019 report
   * gives for the hundred commonest surnames, and the rarer ones are left out, so the listed ones
   * come up a little more often than their share.
   */
  private static final List<String> SURNAMES =
      List.of(
          "李", "王", "张", "刘", "陈", "杨", "黄", "周", "赵", "吴", "罗", "何", "徐", "胡", "邓", "朱", "高", "孙",
          "曾", "谢", "唐", "冯", "蒋", "彭", "郭", "马", "林", "袁", "廖", "向", "杜", "宋", "钟", "汪", "余", "田",
          "董", "潘", "于", "蔡", "丁", "魏", "沈", "叶", "程", "苏", "吕", "梁", "许", "韩", "任", "姚", "卢", "傅",
          "姜", "崔", "谭", "陆", "范", "金", "石", "贾", "夏", "付", "方", "邹", "熊", "白", "孟", "秦", "邱", "侯",
          "江", "尹", "薛", "闫", "段", "雷", "黎", "史", "龙", "陶", "贺", "顾", "毛", "郝", "龚", "邵", "万", "覃",
          "武", "钱", "戴", "严", "欧");
  private static final double[] SURNAME_WEIGHTS = {
    7.6, 7.1, 6.6, 5.1, 4.4, 3.2, 2.3, 2.0, 1.9, 1.9, 1.6, 1.5, 1.4, 1.4, 1.3,
    1.2, 1.1, 1.1, 1.0, 1.0, 1.0, 0.9, 0.8, 0.8, 0.8, 0.8, 0.7, 0.7, 0.6, 0.5,
    0.6, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,
    0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4,
    0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3,
    0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3,
    0.3, 0.3, 0.3, 0.3, 0.3
  };

  // Given names follow the fashions of each generation: 建国 and 秀英 for people born before the
  // mid-1960s, one-character names for the 1970s and 80s, two-character names again since.
  private static final List<String> OLD_MEN =
      List.of(
          "建国", "建华", "国强", "志强", "德明", "永福", "文华", "国庆", "明华", "志刚", "建军", "正华", "光明", "德贵", "福全",
          "长林", "玉林", "世明", "树清", "开富");
  private static final List<String> OLD_WOMEN =
      List.of(
          "秀英", "桂英", "秀兰", "玉兰", "淑珍", "凤英", "桂兰", "素芬", "秀珍", "玉梅", "翠华", "兰芳", "淑华", "桂芳", "素华",
          "德芳", "玉珍", "素琼", "明秀", "春兰");
  private static final List<String> MIDDLE_MEN =
      List.of(
          "伟", "强", "军", "勇", "斌", "涛", "波", "杰", "磊", "刚", "鹏", "辉", "明", "亮", "俊", "林", "海", "峰",
          "志伟", "晓东", "建平", "小平");
  private static final List<String> MIDDLE_WOMEN =
      List.of(
          "丽", "艳", "敏", "静", "燕", "娟", "霞", "红", "玲", "梅", "琴", "萍", "莉", "晓燕", "丽华", "小琴", "春梅",
          "雪梅", "晓红", "丽娟");
  private static final List<String> YOUNG_MEN =
      List.of("浩", "宇", "鑫", "超", "博", "晨", "俊杰", "浩然", "子轩", "宇航", "家豪", "明轩", "思远", "天佑", "一鸣");
  private static final List<String> YOUNG_WOMEN =
      List.of("婷", "丹", "雪", "倩", "琳", "欣", "悦", "佳", "婷婷", "雨欣", "思雨", "梦琪", "佳怡", "诗涵", "可馨");

  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private final SplittableRandom rnd;

  /** Names given so far; only looked up, never iterated, so its order does not matter. */
  private final Set<String> used = new HashSet<>();

  Names(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  /**
   * A name suited to someone born in {@code birthYear}, not given before in this sample (the same
   * name twice in one community is real but confuses a demo).
   */
  String person(int birthYear, boolean woman) {
    List<String> given =
        birthYear < 1966
            ? (woman ? OLD_WOMEN : OLD_MEN)
            : birthYear < 1986
                ? (woman ? MIDDLE_WOMEN : MIDDLE_MEN)
                : (woman ? YOUNG_WOMEN : YOUNG_MEN);
    String name = "";
    for (int attempt = 0; attempt < 50; attempt++) {
      name = SURNAMES.get(Draw.weighted(rnd, SURNAME_WEIGHTS)) + Draw.pick(rnd, given);
      if (used.add(name)) {
        return name;
      }
    }
    return name;
  }

  /** A surname drawn from the distribution above, for place names such as 李家湾. */
  String surname() {
    return SURNAMES.get(Draw.weighted(rnd, SURNAME_WEIGHTS));
  }

  /** A number 1–99 in Chinese numerals: 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三. */
  static String chinese(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("only 1-99 are written in Chinese here, not " + n);
    }
    if (n < 10) {
      return DIGITS[n];
    }
    String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
    return n % 10 == 0 ? tens : tens + DIGITS[n % 10];
  }
}
