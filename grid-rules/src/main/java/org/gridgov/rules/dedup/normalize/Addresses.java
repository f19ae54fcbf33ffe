package org.gridgov.rules.dedup.normalize;

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

  private static final String MUNICIPALITY = "(北京市|上海市|天津市|重庆市)";
  private static final Pattern PROVINCE =
      Pattern.compile("^(" + "[^省市区县]{2,7}?(?:省|自治区|特别行政区)" + "|" + MUNICIPALITY + ")");
  private static final Pattern CITY = Pattern.compile("^([^市区县]{1,9}?(?:市|自治州|地区|盟))");
  private static final Pattern DISTRICT =
      Pattern.compile("^([^区县市街镇乡社村路号栋]{1,9}?(?:(?<![小园景校厂])区|县|旗|市)(?!场|政|委|民))");
  private static final Pattern STREET = Pattern.compile("^([^街镇乡社村区栋号]{1,12}?(?:街道|镇|乡))");
  private static final Pattern COMMUNITY = Pattern.compile("^([^社村区栋号]{1,12}?(?:社区|村委会|(?<!新)村))");
  private static final Pattern ESTATE =
      Pattern.compile(
          "^(.{1,20}?(?:小区|花园|家园|公寓|大厦|新村|苑|园|城|广场|院|里|庭|府|湾|居)"
              + "|.{1,16}?(?:路|街|巷|道|大道)\\d+号(?:院)?)");

  /** {@code 3-2-401} or {@code 3-401}, optionally followed by 室 or 号. */
  private static final Pattern DASHED = Pattern.compile("(\\d+)-(\\d+)(?:-(\\d+))?(?:室|号)?$");

  private static final Pattern BUILDING = Pattern.compile("(\\d+)(?:号楼|栋|幢|座|号院|#楼)");
  private static final Pattern UNIT = Pattern.compile("(\\d+)单元");
  private static final Pattern FLOOR_NUMBER = Pattern.compile("(\\d+)(?:楼|层)(?:(\\d+)(?:号|室|户)?)?");
  private static final Pattern ROOM = Pattern.compile("(\\d+)(?:室|号|户)?$");

  /** Parses an address; text it cannot place is left out. */
  public static Address parse(String text) {
    requireNonNull(text, "text");
    String s = Names.simplify(Text.removeSpaces(Text.clean(text)));
    s = numerals(s);
    String[] admin = new String[5];
    Pattern[] order = {PROVINCE, CITY, DISTRICT, STREET, COMMUNITY};
    for (int i = 0; i < order.length; i++) {
      Matcher m = order[i].matcher(s);
      if (m.find()) {
        admin[i] = m.group(1);
        s = s.substring(m.end());
      } else {
        admin[i] = "";
      }
    }
    String estate = "";
    Matcher e = ESTATE.matcher(s);
    if (e.find() && !startsWithDwelling(s)) {
      estate = e.group(1);
      s = s.substring(e.end());
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
        building = strip(b.group(1));
        s = s.substring(b.end());
      }
      Matcher u = UNIT.matcher(s);
      if (u.find()) {
        unit = strip(u.group(1));
        s = s.substring(u.end());
      }
      Matcher f = FLOOR_NUMBER.matcher(s);
      if (f.find()) {
        floor = strip(f.group(1));
        if (f.group(2) != null) {
          int n = Integer.parseInt(strip(f.group(2)));
          room = floor + (n < 10 ? "0" : "") + n;
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
