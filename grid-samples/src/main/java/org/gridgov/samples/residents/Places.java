package org.gridgov.samples.residents;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridgov.samples.internal.Draw;

/**
 * Where the generated people live and where their identity numbers were issued: five central
 * districts of Chengdu with some of their real streets (街道) and roads, and invented communities
 * (社区) and housing estates (小区) in them.
 */
final class Places {

  /** A district (区) with some of its streets (街道) and roads. */
  record District(String name, List<String> streets, List<String> roads) {}

  /*
   * Street offices and roads of the five central districts, from the districts' published lists of
   * street offices (after the 2019 reform some were merged; the names below all existed). Which
   * road runs through which street is not modelled.
   */
  static final ImmutableList<District> DISTRICTS =
      ImmutableList.of(
          new District(
              "武侯区",
              List.of("玉林街道", "浆洗街街道", "望江路街道", "跳伞塔街道", "红牌楼街道", "簇桥街道", "晋阳街道"),
              List.of("人民南路四段", "玉林北路", "玉林南路", "科华北路", "高升桥路", "武侯祠大街", "红牌楼路")),
          new District(
              "锦江区",
              List.of("春熙路街道", "书院街街道", "合江亭街道", "牛市口街道", "双桂路街道", "沙河街道", "狮子山街道"),
              List.of("春熙路", "东大街", "红星路三段", "水碾河路", "书院西街", "牛市口路")),
          new District(
              "青羊区",
              List.of("草堂街道", "少城街道", "府南街道", "光华街道", "金沙街道", "苏坡街道", "黄田坝街道"),
              List.of("草堂路", "光华大道", "青华路", "金沙遗址路", "清江中路", "琴台路")),
          new District(
              "金牛区",
              List.of("抚琴街道", "西安路街道", "营门口街道", "茶店子街道", "金泉街道", "九里堤街道", "驷马桥街道"),
              List.of("抚琴西路", "西安中路", "营门口路", "九里堤中路", "沙湾路", "茶店子路")),
          new District(
              "成华区",
              List.of("猛追湾街道", "双桥子街道", "府青路街道", "二仙桥街道", "建设路街道", "保和街道", "青龙街道"),
              List.of("建设北路", "府青路", "双林路", "猛追湾街", "双桥路", "杉板桥路")));

  /** Invented community names; a community is named by one of these plus 社区. */
  private static final List<String> COMMUNITY_NAMES =
      List.of(
          "和平", "新华", "光明", "幸福", "建设", "友谊", "团结", "红星", "胜利", "长青", "民主", "新民", "东风", "丰收", "锦城",
          "金桥", "南苑", "北苑", "滨河", "花园", "玉泉", "双林", "桂溪", "芳草", "青云");

  private static final List<String> ESTATE_PREFIXES =
      List.of(
          "芳华", "锦绣", "望江", "翠竹", "金桂", "银杏", "紫荆", "芙蓉", "蜀都", "和美", "幸福", "阳光", "滨江", "清水", "青龙",
          "金沙", "天府", "锦城", "丽景", "雅居", "长青", "玉泉", "海棠", "桂花", "梧桐", "东湖", "西城", "北星", "春晓", "秋实",
          "兰亭", "竹韵", "蓝天", "白鹭", "金色", "龙泉", "君悦", "瑞景", "祥和");

  private static final List<String> ESTATE_SUFFIXES = List.of("小区", "花园", "家园", "苑", "新村");
  private static final double[] ESTATE_SUFFIX_WEIGHTS = {0.6, 0.15, 0.1, 0.1, 0.05};
  private static final List<String> PHASES =
      List.of("二期", "三期", "四期", "五期", "六期", "七期", "八期", "九期");

  /*
   * County-level codes of GB/T 2260 for the address code of identity numbers: the districts and
   * counties of Chengdu (5101xx, including the codes of 双流县 510122 and 郫县 510124 that older
   * cards still carry), Deyang (5106xx) and other cities of Sichuan, Chongqing, and a few districts
   * of other provinces' capitals for people who moved to Chengdu.
   */
  private static final List<String> CHENGDU_CODES =
      List.of(
          "510104", "510105", "510106", "510107", "510108", "510112", "510113", "510114", "510115",
          "510116", "510117", "510121", "510122", "510124", "510129", "510131", "510181", "510182",
          "510183", "510184");

  private static final List<String> SICHUAN_CODES =
      List.of(
          "510603", "510623", "510681", "510682", "510683", "510703", "510704", "510781", "511302",
          "511303", "511304", "510302", "511102", "511502", "511702", "511002", "511602", "510902");

  private static final List<String> OTHER_CODES =
      List.of(
          "500101", "500103", "500106", "110105", "310115", "440106", "440305", "420106", "430102",
          "410105", "610113", "520102", "530102", "620102", "330106", "320102", "370102");

  private Places() {}

  /**
   * An address code for an identity number: 55 % Chengdu, 30 % the rest of Sichuan, 15 % beyond.
   */
  static String areaCode(SplittableRandom rnd) {
    int k = Draw.weighted(rnd, new double[] {0.55, 0.30, 0.15});
    return Draw.pick(rnd, k == 0 ? CHENGDU_CODES : k == 1 ? SICHUAN_CODES : OTHER_CODES);
  }

  /** A housing estate (小区): its place, its name, its road address and its buildings. */
  record Estate(
      String district,
      String street,
      String community,
      String name,
      String road,
      int roadNumber,
      int buildings,
      int units,
      int floors,
      int flatsPerFloor) {}

  /**
   * Adds {@code count} estates to {@code out}, with names and road numbers distinct from those
   * already there, spread over the districts: old walk-ups (6–7 floors) and towers (11–33 floors).
   */
  static void addEstates(SplittableRandom rnd, List<Estate> out, int count) {
    Set<String> names = new HashSet<>();
    Set<String> roadNumbers = new HashSet<>();
    List<String> communities = new ArrayList<>();
    for (Estate e : out) {
      names.add(e.name());
      roadNumbers.add(e.road() + e.roadNumber());
      communities.add(e.district() + e.street() + e.community());
    }
    int target = out.size() + count;
    while (out.size() < target) {
      District d = DISTRICTS.get(out.size() % DISTRICTS.size());
      String street = Draw.pick(rnd, d.streets());
      String community = Draw.pick(rnd, COMMUNITY_NAMES) + "社区";
      // A street has a few communities; reuse one of this street's when there are some.
      String key = d.name() + street;
      List<String> mine = new ArrayList<>();
      for (String c : communities) {
        if (c.startsWith(key)) {
          mine.add(c.substring(key.length()));
        }
      }
      if (!mine.isEmpty() && Draw.chance(rnd, 0.6)) {
        community = Draw.pick(rnd, mine);
      } else {
        communities.add(key + community);
      }
      String prefix = Draw.pick(rnd, ESTATE_PREFIXES); // drawn before the suffix, as always
      String suffix = ESTATE_SUFFIXES.get(Draw.weighted(rnd, ESTATE_SUFFIX_WEIGHTS));
      String name = prefix + suffix;
      String road = Draw.pick(rnd, d.roads());
      int number = Draw.intBetween(rnd, 1, 300);
      // Names repeat once the table is used up, as 芳华小区 and 芳华小区二期 do in a real city.
      for (int phase = 2; names.contains(name) && phase < PHASES.size() + 2; phase++) {
        name = name.replaceFirst("[一二三四五六七八九]期$", "") + PHASES.get(phase - 2);
      }
      if (names.contains(name)) {
        // Phases used up too (some 2,000 estates, about 1.8 million people): two words in one
        // name, as 锦绣天府 or 金沙丽景 are. Drawn only here, so smaller data sets are unchanged.
        name = Draw.pick(rnd, ESTATE_PREFIXES) + Draw.pick(rnd, ESTATE_PREFIXES) + suffix;
      }
      if (!names.add(name) || !roadNumbers.add(road + number)) {
        continue;
      }
      boolean tower = Draw.chance(rnd, 0.55);
      out.add(
          new Estate(
              d.name(),
              street,
              community,
              name,
              road,
              number,
              Draw.intBetween(rnd, 3, 16),
              Draw.intBetween(rnd, 1, 4),
              tower ? Draw.intBetween(rnd, 11, 33) : Draw.intBetween(rnd, 6, 7),
              Draw.intBetween(rnd, 2, 4)));
    }
  }
}
