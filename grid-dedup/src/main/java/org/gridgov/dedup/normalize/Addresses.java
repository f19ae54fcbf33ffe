package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Chinese addresses into their parts ({@link Address}) and brings the many ways of writing a
 * dwelling to one: {@code 3栋2单元401}, {@code 3幢2单元401室}, {@code 3号楼2单元401}, {@code 3-2-401} and
 * {@code 3栋2单元4楼1号} are all building 3, unit 2, room 401. Text is cleaned first (full-width digits,
 * spaces), traditional characters are simplified, and the small Chinese numerals 一 to 十九 before 栋,
 * 单元, 楼 and 层 become digits.
 *
 * <p>The administrative parts are taken from the front in their fixed order (province, city,
 * district, street, community), each only when its marker word is there, so an address that starts
 * at the estate parses as well as a full one.
 */
public final class Addresses {

  private Addresses() {}

  /**
   * One administrative level: a body of {@code min}..{@code max} characters none of which is in
   * {@code excluded}, then the shortest-bodied marker word. Matched by a hand-written scan, several
   * times faster than the equivalent lazy regular expression (parsing addresses is the largest cost
   * of reading a million records).
   */
  private record Level(String excluded, int min, int max, String[] markers) {}

  private static final String[] MUNICIPALITIES = {"北京市", "上海市", "天津市", "重庆市"};
  private static final Level PROVINCE = new Level("省市区县", 2, 7, new String[] {"省", "自治区", "特别行政区"});
  private static final Level CITY = new Level("市区县", 1, 9, new String[] {"市", "自治州", "地区", "盟"});
  private static final Level DISTRICT =
      new Level("区县市街镇乡社村路号栋", 1, 9, new String[] {"区", "县", "旗", "市"});
  private static final Level STREET = new Level("街镇乡社村区栋号", 1, 12, new String[] {"街道", "镇", "乡"});
  private static final Level COMMUNITY = new Level("社村区栋号", 1, 12, new String[] {"社区", "村委会", "村"});
  private static final String[] ESTATE_MARKERS = {
    "小区", "花园", "家园", "公寓", "大厦", "新村", "苑", "园", "城", "广场", "院", "里", "庭", "府", "湾", "居"
  };
  private static final String[] ROAD_MARKERS = {"路", "街", "巷", "道", "大道"};

  /** Where the level's part ends if it starts at {@code pos}, or -1. */
  private static int match(String s, int pos, Level level) {
    for (int j = pos; ; j++) {
      int length = j - pos;
      if (length >= level.min()) {
        for (String marker : level.markers()) {
          if (s.startsWith(marker, j) && allowed(s, j, marker, level)) {
            return j + marker.length();
          }
        }
      }
      if (j >= s.length() || length >= level.max() || level.excluded().indexOf(s.charAt(j)) >= 0) {
        return -1;
      }
    }
  }

  /** The exceptions: 小区, 园区, 景区, 校区, 厂区 are no districts; 市场, 区政府 … no cities; 新村 an estate. */
  private static boolean allowed(String s, int at, String marker, Level level) {
    if (level == DISTRICT) {
      if (marker.equals("区") && at > 0 && "小园景校厂".indexOf(s.charAt(at - 1)) >= 0) {
        return false;
      }
      int after = at + marker.length();
      return after >= s.length() || "场政委民".indexOf(s.charAt(after)) < 0;
    }
    if (level == COMMUNITY && marker.equals("村")) {
      return at == 0 || s.charAt(at - 1) != '新';
    }
    return true;
  }

  /** Where the estate (or road and number) ends if it starts at 0, or -1. */
  private static int estate(String s) {
    for (int j = 1; j <= Math.min(20, s.length()); j++) {
      for (String marker : ESTATE_MARKERS) {
        if (s.startsWith(marker, j)) {
          return j + marker.length();
        }
      }
    }
    for (int j = 1; j <= Math.min(16, s.length()); j++) {
      for (String marker : ROAD_MARKERS) {
        if (s.startsWith(marker, j)) {
          int k = j + marker.length();
          int digits = k;
          while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
          }
          if (k > digits && k < s.length() && s.charAt(k) == '号') {
            k++;
            return k < s.length() && s.charAt(k) == '院' ? k + 1 : k;
          }
        }
      }
    }
    return -1;
  }

  /** Whether a text is a building (with what follows) or a whole dashed flat. */
  private static boolean isDwelling(String s) {
    return BUILDING.matcher(s).lookingAt() || DASHED.matcher(s).matches();
  }

  /** Whether a text can be an estate's name: two or more Han characters or Latin letters. */
  private static boolean isName(String s) {
    if (s.length() < 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Text.isHan(c) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /** Whether an estate marker stands at {@code at}: what came before belongs to an estate name. */
  private static boolean startsWithEstateMarker(String s, int at) {
    for (String marker : ESTATE_MARKERS) {
      if (s.startsWith(marker, at)) {
        return true;
      }
    }
    return false;
  }

  /** A building, a unit or a dashed flat: where the dwelling part starts. */
  private static final Pattern DWELLING_START =
      Pattern.compile("(?:\\d+|(?<![A-Za-z])[A-Za-z])(?:号楼|栋|幢|座|号院|#楼)|\\d+单元|\\d+-\\d+");

  /** A street number before the building ({@code 36号}), not a building written {@code 36号楼}. */
  private static final Pattern STREET_NUMBER = Pattern.compile("\\d+号(?!楼|院)");

  /** Where the first building, unit or dashed flat starts, or -1. */
  private static int dwellingStart(String s) {
    Matcher m = DWELLING_START.matcher(s);
    return m.find() ? m.start() : -1;
  }

  /** {@code 3-2-401} or {@code 3-401}, optionally followed by 室 or 号. */
  private static final Pattern DASHED = Pattern.compile("(\\d+)-(\\d+)(?:-(\\d+))?(?:室|号)?$");

  private static final Pattern BUILDING =
      Pattern.compile("(\\d+|(?<![A-Za-z])[A-Za-z])(?:号楼|栋|幢|座|号院|#楼)");

  /** A unit and room written with a dash after the building: {@code 3栋2-401}. */
  private static final Pattern DASHED_UNIT = Pattern.compile("^(\\d+)-(\\d+)(?:室|号)?$");

  private static final Pattern UNIT = Pattern.compile("(\\d+)单元");
  private static final Pattern FLOOR_NUMBER = Pattern.compile("(\\d+)(?:楼|层)(?:(\\d+)(?:号|室|户)?)?");
  private static final Pattern ROOM = Pattern.compile("(\\d+)(?:室|号|户)?$");

  /**
   * Bounded cache: a household's members and the apps repeat one address many times. Small, as it
   * lives as long as the class: a million parsed addresses would hold hundreds of megabytes after
   * the run that read them.
   */
  private static final int CACHE_LIMIT = 1 << 15;

  private static final java.util.Map<String, Address> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Parses an address; text it cannot place is left out. */
  public static Address parse(String text) {
    requireNonNull(text, "text");
    Address cached = CACHE.get(text);
    if (cached != null) {
      return cached;
    }
    Address a = compute(text);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(text, a);
    }
    return a;
  }

  private static Address compute(String text) {
    String s = Names.simplify(Text.removeSpaces(Text.clean(text)));
    s = numerals(s);
    String[] admin = new String[5];
    Level[] order = {PROVINCE, CITY, DISTRICT, STREET, COMMUNITY};
    for (int i = 0; i < order.length; i++) {
      int end = -1;
      if (i == 0) {
        for (String m : MUNICIPALITIES) {
          if (s.startsWith(m)) {
            end = m.length();
          }
        }
      }
      if (end < 0) {
        end = match(s, 0, order[i]);
      }
      if (end > 0 && i > 0 && startsWithEstateMarker(s, end)) {
        end = -1; // 万科城市花园: the 市 of 城市 inside an estate's name, not a city
      }
      if (end > 0) {
        admin[i] = s.substring(0, end);
        s = s.substring(end);
      } else {
        admin[i] = "";
      }
    }
    String estate = "";
    int estateEnd = startsWithDwelling(s) ? -1 : estate(s);
    int dwelling = dwellingStart(s);
    if (!startsWithDwelling(s)
        && dwelling > estateEnd
        && isName(s.substring(0, dwelling))
        && isDwelling(s.substring(dwelling))) {
      // The estate is what stands before the building, whatever its suffix: 龙湖时代天街 (none),
      // 蓝光COCO金沙, 万科城市花园 (whose 城 is no end).
      estateEnd = dwelling;
    }
    if (estateEnd > 0) {
      estate = s.substring(0, estateEnd);
      s = s.substring(estateEnd);
    }
    Matcher number = STREET_NUMBER.matcher(s);
    if (number.lookingAt() && dwellingStart(s.substring(number.end())) == 0) {
      // 锦官社区36号4栋: a courtyard's street number before the building tells homes apart.
      estate = estate + number.group();
      s = s.substring(number.end());
    }
    String building = "";
    String unit = "";
    String floor = "";
    String room = "";
    Matcher dashed = DASHED.matcher(s);
    if (dashed.find() && dashed.start() == leadingNoise(s, dashed.start())) {
      building = strip(dashed.group(1));
      if (dashed.group(3) != null) {
        unit = strip(dashed.group(2));
        room = strip(dashed.group(3));
      } else {
        room = strip(dashed.group(2));
      }
    } else {
      Matcher b = BUILDING.matcher(s);
      if (b.find()) {
        building = strip(b.group(1).toUpperCase(java.util.Locale.ROOT)); // A座, B座: two buildings
        s = s.substring(b.end());
      }
      Matcher du = DASHED_UNIT.matcher(s);
      Matcher u = UNIT.matcher(s);
      if (!building.isEmpty() && du.find()) {
        unit = strip(du.group(1));
        room = strip(du.group(2));
        s = "";
      } else if (u.find()) {
        unit = strip(u.group(1));
        s = s.substring(u.end());
      }
      Matcher f = FLOOR_NUMBER.matcher(s);
      if (s.isEmpty()) {
        // the unit and room were dashed
      } else if (f.find()) {
        floor = strip(f.group(1));
        if (f.group(2) != null) {
          // Digits, not an int: a run of any length must not overflow (found by fuzzing).
          String n = strip(f.group(2));
          room = floor + (n.length() < 2 ? "0" : "") + n;
        }
      } else {
        Matcher r = ROOM.matcher(s);
        if (r.find()) {
          room = strip(r.group(1));
        }
      }
    }
    if (floor.isEmpty() && room.length() >= 3) {
      floor = strip(room.substring(0, room.length() - 2));
    }
    return new Address(
        admin[0], admin[1], admin[2], admin[3], admin[4], estate, building, unit, floor, room);
  }

  /** Whether the text starts with a building, unit or room rather than an estate name. */
  private static boolean startsWithDwelling(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  /** Where the dwelling part may start: right after the estate, or after a leading 第. */
  private static int leadingNoise(String s, int at) {
    return s.startsWith("第") && at == 1 ? 1 : 0;
  }

  /** Whether an estate is only a street number ({@code 36号}). */
  static boolean isStreetNumber(String estate) {
    // STREET_NUMBER matched against the whole text, without a matcher: ASCII digits, then 号 last
    // (its look-ahead always holds at the end).
    int n = estate.length();
    if (n < 2 || estate.charAt(n - 1) != '号') {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      char c = estate.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Estates are often written with and without 小区: the name alone, for keys. */
  static String trimEstate(String estate) {
    return estate.endsWith("小区") && estate.length() > 3
        ? estate.substring(0, estate.length() - 2)
        : estate;
  }

  private static String strip(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  private static final String SMALL = "零一二三四五六七八九";

  /** 一 … 十九 before 栋, 幢, 号楼, 单元, 楼, 层 to digits. */
  private static String numerals(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int j = i;
      while (j < s.length() && (SMALL.indexOf(s.charAt(j)) >= 0 || s.charAt(j) == '十')) {
        j++;
      }
      if (j > i && j < s.length() && j - i <= 3 && "栋幢号单楼层".indexOf(s.charAt(j)) >= 0) {
        int v = value(s.substring(i, j));
        if (v > 0) {
          out.append(v);
          i = j;
          continue;
        }
      }
      if (j > i) {
        out.append(s, i, j);
        i = j;
      } else {
        out.append(s.charAt(i++));
      }
    }
    return out.toString();
  }

  private static int value(String numeral) {
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return numeral.length() == 1 ? SMALL.indexOf(numeral.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : SMALL.indexOf(numeral.charAt(0));
    int ones = ten == numeral.length() - 1 ? 0 : SMALL.indexOf(numeral.charAt(ten + 1));
    return tens * 10 + ones;
  }
}
