package org.gridgov.dedup.normalize;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The short names of China's provinces and prefecture-level cities ({@code 四川} for 四川省, {@code 成都}
 * for 成都市, {@code 凉山} for 凉山彝族自治州), which apps often write without their suffix: {@code 四川成都青羊区…}.
 * From the 2023 statistical division codes (the resource {@code divisions.txt}, which says where
 * they come from). Full names are matched by the levels of {@link Addresses}; only the short forms
 * are here.
 */
final class Divisions {

  private Divisions() {}

  /** Suffixes of a division's full name; the longest that fits is cut. */
  private static final ImmutableList<String> SUFFIXES =
      ImmutableList.of("特别行政区", "自治区", "自治州", "地区", "省", "市", "盟");

  /**
   * Ethnic groups named in autonomous regions' and prefectures' names ({@code 凉山彝族自治州}): cut from
   * the end after the suffix, while two characters or more remain (内蒙古 keeps its 蒙古).
   */
  private static final ImmutableList<String> ETHNIC =
      ImmutableList.of(
          "维吾尔", "柯尔克孜", "哈萨克", "蒙古族", "蒙古", "朝鲜族", "土家族", "布依族", "哈尼族", "景颇族", "傈僳族", "壮族", "回族",
          "苗族", "藏族", "羌族", "彝族", "侗族", "傣族", "白族");

  /** Short names by their first character, longest first. */
  private static final Map<Character, List<String>> PROVINCES = new HashMap<>();

  private static final Map<Character, List<String>> CITIES = new HashMap<>();

  static {
    try (InputStream in = Divisions.class.getResourceAsStream("divisions.txt")) {
      if (in == null) {
        throw new IllegalStateException("the resource divisions.txt is missing from grid-dedup");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean provinces = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.equals("[cities]")) {
          provinces = false;
          continue;
        }
        String shortName = shortName(line.strip());
        if (shortName.length() >= 2) {
          add(provinces ? PROVINCES : CITIES, shortName);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource divisions.txt", e);
    }
    for (List<String> names : PROVINCES.values()) {
      names.sort((a, b) -> b.length() - a.length());
    }
    for (List<String> names : CITIES.values()) {
      names.sort((a, b) -> b.length() - a.length());
    }
  }

  private static void add(Map<Character, List<String>> map, String name) {
    List<String> names = map.computeIfAbsent(name.charAt(0), c -> new ArrayList<>());
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  /** A full name without its suffix and the ethnic groups before it. */
  static String shortName(String full) {
    String s = full;
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix) && s.length() > suffix.length()) {
        s = s.substring(0, s.length() - suffix.length());
        break;
      }
    }
    boolean cut = true;
    while (cut) {
      cut = false;
      for (String group : ETHNIC) {
        if (s.endsWith(group) && s.length() - group.length() >= 2) {
          s = s.substring(0, s.length() - group.length());
          cut = true;
          break;
        }
      }
    }
    return s;
  }

  /** Where a province's short name at the start of {@code s} ends, or -1. */
  static int province(String s) {
    return match(s, PROVINCES);
  }

  /** Where a prefecture-level city's short name at the start of {@code s} ends, or -1. */
  static int city(String s) {
    return match(s, CITIES);
  }

  private static int match(String s, Map<Character, List<String>> names) {
    if (s.length() < 3) {
      return -1;
    }
    List<String> candidates = names.get(s.charAt(0));
    if (candidates == null) {
      return -1;
    }
    for (String name : candidates) {
      if (s.startsWith(name)) {
        return name.length();
      }
    }
    return -1;
  }
}
