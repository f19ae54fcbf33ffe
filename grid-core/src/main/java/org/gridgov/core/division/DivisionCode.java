package org.gridgov.core.division;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * China's 12-digit statistical division code (统计用区划代码): province (2 digits), city (2), county (2),
 * town/street (3), village/community (3). The first six digits are the GB/T 2260 administrative
 * division code; the last six are the National Bureau of Statistics' extension.
 *
 * <p>A code names the level of its last non-zero segment: {@code 510000000000} is Sichuan province,
 * {@code 510107000000} Wuhou district of Chengdu, {@code 510107011000} a street in it and {@code
 * 510107011005} a community of that street. A zero segment must not be followed by a non-zero one,
 * with one exception: the prefecture-level cities that have no counties (不设区的地级市: Dongguan 4419,
 * Zhongshan 4420, Danzhou 4604 in the statistical division codes of 2023) code their towns and
 * streets directly below the city, with the county segment {@code 00} (a zero county between a
 * non-zero city and a non-zero town). So {@code 441900003000} (东莞市东城街道) is a town-level code whose
 * parent is the city {@code 441900000000}; such a code has no county ancestor ({@link
 * #hasCounty()}). Every other gap is refused: a zero city above a non-zero county, a zero county
 * under any other city above a non-zero town, a zero town above a non-zero village.
 *
 * <p>Instances are immutable and compare by their digits.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

  /**
   * Province-level codes of GB/T 2260 (the 31 mainland provinces, autonomous regions and
   * municipalities, and Taiwan, Hong Kong and Macao).
   */
  private static final ImmutableSet<Integer> PROVINCES =
      ImmutableSet.of(
          11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50,
          51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

  /**
   * The prefecture-level cities without counties (不设区的地级市), whose town-level units are coded
   * directly below the city with the county segment {@code 00}: Dongguan 4419, Zhongshan 4420 and
   * Danzhou 4604 (statistical division codes of 2023).
   */
  private static final ImmutableSet<String> COUNTYLESS_CITIES =
      ImmutableSet.of("4419", "4420", "4604");

  private final String digits;

  /** Whether {@code twoDigits} is a province-level code of GB/T 2260 (11 Beijing … 82 Macao). */
  public static boolean isProvinceCode(int twoDigits) {
    return PROVINCES.contains(twoDigits);
  }

  private DivisionCode(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a 12-digit code. Surrounding whitespace is ignored.
   *
   * @throws IllegalArgumentException saying what is wrong: not 12 ASCII digits, an unknown
   *     province, a non-zero segment below a zero one (other than a town below a county-less city),
   *     or a town segment above 599
   */
  public static DivisionCode parse(String text) {
    requireNonNull(text, "text");
    String s = text.strip();
    Optional<String> error = check(s);
    if (error.isPresent()) {
      throw new IllegalArgumentException("invalid division code \"" + text + "\": " + error.get());
    }
    return new DivisionCode(s);
  }

  /** Parses a code, or returns empty if it is not a valid division code. */
  public static Optional<DivisionCode> tryParse(String text) {
    requireNonNull(text, "text");
    String s = text.strip();
    return check(s).isPresent() ? Optional.empty() : Optional.of(new DivisionCode(s));
  }

  /** Whether {@code text} is a valid 12-digit division code. */
  public static boolean isValid(String text) {
    return check(text.strip()).isEmpty();
  }

  /** Returns why {@code s} is not a valid code, or empty when it is. */
  private static Optional<String> check(String s) {
    if (s.length() != 12) {
      return Optional.of("expected 12 digits but got " + s.length() + " characters");
    }
    for (int i = 0; i < 12; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of("character " + (i + 1) + " ('" + c + "') is not a digit 0-9");
      }
    }
    int province = Integer.parseInt(s.substring(0, 2));
    if (!PROVINCES.contains(province)) {
      return Optional.of("\"" + s.substring(0, 2) + "\" is not a province code of GB/T 2260");
    }
    int[] segments = segments(s);
    if (segments[1] == 0) {
      for (int i = 2; i < segments.length; i++) {
        if (segments[i] != 0) {
          return Optional.of(
              "a non-zero segment follows a zero segment: "
                  + SEGMENT_NAMES[i]
                  + " segment "
                  + segmentText(s, i)
                  + " below city segment 00");
        }
      }
    }
    if (segments[3] == 0 && segments[4] != 0) {
      return Optional.of(
          "a non-zero segment follows a zero segment: village segment "
              + segmentText(s, 4)
              + " below town segment 000");
    }
    if (segments[2] == 0 && segments[3] != 0 && !COUNTYLESS_CITIES.contains(s.substring(0, 4))) {
      // Lawful only for the towns of a prefecture-level city without counties (441900003000).
      return Optional.of(
          "a non-zero segment follows a zero segment: town segment "
              + segmentText(s, 3)
              + " below county segment 00, which only the prefecture-level cities without counties"
              + " have ("
              + String.join(", ", COUNTYLESS_CITIES)
              + ")");
    }
    if (segments[3] > 599) {
      return Optional.of("town segment " + s.substring(6, 9) + " is above 599");
    }
    return Optional.empty();
  }

  private static final String[] SEGMENT_NAMES = {"province", "city", "county", "town", "village"};

  private static String segmentText(String s, int segment) {
    return switch (segment) {
      case 0 -> s.substring(0, 2);
      case 1 -> s.substring(2, 4);
      case 2 -> s.substring(4, 6);
      case 3 -> s.substring(6, 9);
      default -> s.substring(9, 12);
    };
  }

  private static int[] segments(String s) {
    return new int[] {
      Integer.parseInt(s.substring(0, 2)),
      Integer.parseInt(s.substring(2, 4)),
      Integer.parseInt(s.substring(4, 6)),
      Integer.parseInt(s.substring(6, 9)),
      Integer.parseInt(s.substring(9, 12))
    };
  }

  /** The 12 digits. */
  public String digits() {
    return digits;
  }

  /** The level this code names: the level of its last non-zero segment. */
  public DivisionLevel level() {
    int[] seg = segments(digits);
    if (seg[4] != 0) {
      return DivisionLevel.VILLAGE;
    } else if (seg[3] != 0) {
      return DivisionLevel.TOWN;
    } else if (seg[2] != 0) {
      return DivisionLevel.COUNTY;
    } else if (seg[1] != 0) {
      return DivisionLevel.CITY;
    }
    return DivisionLevel.PROVINCE;
  }

  /**
   * The code of the enclosing division, or empty for a province. The parent of a town of a
   * county-less city ({@code 441900003000}) is the city ({@code 441900000000}).
   */
  public Optional<DivisionCode> parent() {
    return switch (level()) {
      case PROVINCE -> Optional.empty();
      case CITY -> Optional.of(new DivisionCode(digits.substring(0, 2) + "0000000000"));
      case COUNTY -> Optional.of(new DivisionCode(digits.substring(0, 4) + "00000000"));
      case TOWN -> Optional.of(new DivisionCode(digits.substring(0, 6) + "000000"));
      case VILLAGE -> Optional.of(new DivisionCode(digits.substring(0, 9) + "000"));
    };
  }

  /**
   * The enclosing division at {@code level}, or this code if it is at that level already; empty
   * when {@code level} is below this code's level, and empty for {@link DivisionLevel#COUNTY} when
   * the code lies in a prefecture-level city without counties ({@code 441900003000} has no county
   * ancestor: its town lies directly in the city {@code 441900000000}; see {@link #hasCounty()}).
   */
  public Optional<DivisionCode> ancestorAt(DivisionLevel level) {
    if (level.compareTo(level()) > 0) {
      return Optional.empty();
    }
    if (level == DivisionLevel.COUNTY && !hasCounty()) {
      return Optional.empty();
    }
    int keep =
        switch (level) {
          case PROVINCE -> 2;
          case CITY -> 4;
          case COUNTY -> 6;
          case TOWN -> 9;
          case VILLAGE -> 12;
        };
    return Optional.of(new DivisionCode(digits.substring(0, keep) + "0".repeat(12 - keep)));
  }

  /**
   * Whether this code lies in a county: false for provinces and cities, and for the towns and
   * villages of a prefecture-level city without counties (county segment {@code 00}, such as {@code
   * 441900003000} in Dongguan); true for counties and everything in them.
   */
  public boolean hasCounty() {
    return !digits.startsWith("00", 4);
  }

  /** Whether this code is {@code other} or lies inside it. */
  public boolean isWithin(DivisionCode other) {
    return ancestorAt(other.level()).map(other::equals).orElse(false);
  }

  /**
   * The 6-digit GB/T 2260 county-level prefix. For the towns and villages of a prefecture-level
   * city without counties it is the city's own GB/T 2260 code ({@code 441900} for Dongguan).
   */
  public String countyPrefix() {
    return digits.substring(0, 6);
  }

  /**
   * What the town segment names (street, town, township…), if this code is at town level or below.
   */
  public Optional<TownKind> townKind() {
    int town = segments(digits)[3];
    return town == 0 ? Optional.empty() : Optional.of(TownKind.ofSegment(town));
  }

  /**
   * What the village segment names (residents' or villagers' committee), if this code is at village
   * level.
   */
  public Optional<VillageKind> villageKind() {
    int village = segments(digits)[4];
    return village == 0 ? Optional.empty() : Optional.of(VillageKind.ofSegment(village));
  }

  @Override
  public int compareTo(DivisionCode o) {
    return digits.compareTo(o.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionCode other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** The 12 digits. */
  @Override
  public String toString() {
    return digits;
  }
}
