package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

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
  private record Level(String excluded, int min, int max, String[] markers, String firsts) {
    Level(String excluded, int min, int max, String... markers) {
      this(excluded, min, max, markers, Addresses.firsts(markers));
    }
  }

  /**
   * The first characters of marker words: a position whose character is none of them starts no
   * marker, so the words are compared only where one may start (most positions of an address).
   */
  private static String firsts(String... markers) {
    StringBuilder b = new StringBuilder();
    for (String m : markers) {
      if (b.indexOf(m.substring(0, 1)) < 0) {
        b.append(m.charAt(0));
      }
    }
    return b.toString();
  }

  /** Whether a marker word of {@code firsts} may start at {@code j}. */
  private static boolean mayStart(String s, int j, String firsts) {
    return j < s.length() && firsts.indexOf(s.charAt(j)) >= 0;
  }

  private static final String[] MUNICIPALITIES = {"北京市", "上海市", "天津市", "重庆市"};
  private static final Level PROVINCE = new Level("省市区县", 2, 7, "省", "自治区", "特别行政区");
  private static final Level CITY = new Level("市区县", 1, 9, "市", "自治州", "地区", "盟");
  private static final Level DISTRICT = new Level("区县市街镇乡社村路号栋", 1, 9, "区", "县", "旗", "市");
  // Inner Mongolia's townships and villages are 苏木 and 嘎查 (Mongolian sumu, gacha), beside its 镇
  // and 村: 舍伯吐镇胡吉日吐嘎查3社47号.
  private static final Level STREET = new Level("街镇乡社村区栋号", 1, 12, "街道", "镇", "乡", "苏木");
  private static final Level COMMUNITY =
      new Level("社村区栋号", 1, 12, "社区", "村委会", "村", "嘎查", "居民委员会", "居委会", "居委", "居民区");
  private static final String[] ESTATE_MARKERS = {
    "小区", "花园", "家园", "公寓", "大厦", "新村", "苑", "园", "城", "广场", "院", "里", "庭", "府", "湾", "居"
  };
  private static final String ESTATE_FIRSTS = firsts(ESTATE_MARKERS);
  private static final String[] ROAD_MARKERS = {"路", "街", "巷", "道", "大道", "胡同"};
  private static final String ROAD_FIRSTS = firsts(ROAD_MARKERS);

  /** Where the level's part ends if it starts at {@code pos}, or -1. */
  private static int match(String s, int pos, Level level) {
    for (int j = pos; ; j++) {
      int length = j - pos;
      if (length >= level.min() && mayStart(s, j, level.firsts())) {
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

  /**
   * The exceptions: 小区, 园区, 景区, 校区, 厂区 and an estate's parts (B区, 2区, 三区) are no districts; 市场, 区政府
   * … no cities; 新村 an estate.
   */
  private static boolean allowed(String s, int at, String marker, Level level) {
    if ((level == CITY || level == DISTRICT)
        && marker.equals("市")
        && at > 2
        && s.charAt(at - 1) == '城'
        && Divisions.city(s) != at) {
      // 城市 is a word of estates' names (万科城市之光); the cities named …城 (聊城市, 邹城市) have two
      // characters.
      return false;
    }
    if (level == DISTRICT) {
      if (marker.equals("区")
          && at > 0
          && ("小园景校厂".indexOf(s.charAt(at - 1)) >= 0
              || isLetter(s.charAt(at - 1))
              || isDigit(s.charAt(at - 1))
              || isNumeral(s.charAt(at - 1)))) {
        return false; // nor an estate's part: 中建锦绣城B区, 2区, 三区
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
      int marker = estateMarker(s, j);
      if (marker > 0) {
        return j + marker;
      }
    }
    return roadEnd(s, true);
  }

  /**
   * Where a road and its number at the start end ({@code 猛追湾街188号}, {@code 光华大道89号}), or -1: a
   * road's name of up to 15 characters without digits, its marker, digits and 号, not 号楼 (a
   * building) nor 号院 (a courtyard, which is an estate).
   */
  static int roadNumberEnd(String s) {
    return roadEnd(s, false);
  }

  /**
   * Where a road and its number at the start end, as {@link #roadNumberEnd}; with {@code
   * courtyard}, a number that names a courtyard ({@code 玉林北路12号院}) counts too, 院 included: what
   * stands before a building when no estate's name does.
   */
  private static int roadEnd(String s, boolean courtyard) {
    if (s.indexOf('号') < 0 && !hasLane(s)) {
      return -1; // most estates: no number at all
    }
    int limit = Math.min(16, s.length());
    for (int j = 1; j < limit; j++) {
      char c = s.charAt(j);
      if (isDigit(c) || isDigit(s.charAt(j - 1))) {
        return -1;
      }
      if (!mayStart(s, j, ROAD_FIRSTS)) {
        continue;
      }
      for (String marker : ROAD_MARKERS) {
        if (s.startsWith(marker, j)) {
          int at = section(s, j + marker.length());
          int number = streetNumberEnd(s.substring(at));
          if (number > 0) {
            return at + number;
          }
          int lane = laneEnd(s, at);
          if (lane > at) {
            // 祝甸东街4胡同14号, 洪家楼北街二条10号, 长乐路123弄4号: the house is numbered in its lane.
            int house = streetNumberEnd(s.substring(lane));
            if (house > 0) {
              return lane + house;
            }
            int digits = digitsEnd(s, lane);
            if (digits > lane && digits == s.length()) {
              return digits; // 祝甸东街3胡同18: the lane's houses need no 号
            }
            if (lane == s.length() && s.charAt(lane - 1) == '弄') {
              return lane; // 罗阳路688弄: a Shanghai estate by its lane, its buildings numbered in it
            }
          }
          int digits = digitsEnd(s, at);
          if (courtyard && digits > at && s.startsWith("号院", digits)) {
            return digits + 2;
          }
        }
      }
    }
    return -1;
  }

  /**
   * Where a road's section after its marker ends ({@code 西一段}, {@code 三段}, {@code 2段} of {@code
   * 一环路西一段126号}, {@code 红星路三段301号}), or {@code at} when none stands there.
   */
  private static int section(String s, int at) {
    int i = at;
    if (i < s.length() && "东南西北中".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    int digits = i;
    i = numberEnd(s, i, 3);
    return i > digits && i < s.length() && s.charAt(i) == '段' ? i + 1 : at;
  }

  /**
   * Where a numbered lane off a road ends ({@code 4胡同}, {@code 二条}, {@code 123弄}, {@code 3巷}) if
   * one starts at {@code at}, else {@code at}: up to four digits or three Chinese numerals, then
   * its marker.
   */
  private static int laneEnd(String s, int at) {
    int i = numberEnd(s, at, 4);
    if (i == at) {
      return at;
    }
    for (String lane : LANES) {
      if (s.startsWith(lane, i)) {
        return i + lane.length();
      }
    }
    return at;
  }

  private static final String[] LANES = {"胡同", "条", "巷", "弄"};

  /**
   * Where a number of at most {@code max} characters, ASCII digits or Chinese numerals, that starts
   * at {@code at} ends ({@code at} when there is none). Numerals are still characters there: {@link
   * #numerals} converts only those before 栋, 单元 and the like.
   */
  private static int numberEnd(String s, int at, int max) {
    int i = at;
    while (i < s.length() && i - at < max && (isDigit(s.charAt(i)) || isNumeral(s.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** Whether a lane's marker stands anywhere in the text. */
  private static boolean hasLane(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("胡条巷弄".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text is a building (with what follows) or a whole dashed flat. */
  private static boolean isDwelling(String s) {
    return startsWithBuilding(s) || wholeDashed(s);
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

  /**
   * The length of the first of {@code markers} (whose first characters are {@code firsts}) at
   * {@code at}, or 0.
   */
  private static int markerAt(String s, int at, String[] markers, String firsts) {
    if (!mayStart(s, at, firsts)) {
      return 0;
    }
    for (String marker : markers) {
      if (s.startsWith(marker, at)) {
        return marker.length();
      }
    }
    return 0;
  }

  /** The length of the estate marker at {@code at}, or 0. */
  private static int estateMarker(String s, int at) {
    return markerAt(s, at, ESTATE_MARKERS, ESTATE_FIRSTS);
  }

  /**
   * Whether an administrative part that ends at {@code at} is rather the start of an estate's name:
   * a marker of two characters follows ({@code 万科城市花园}), or one of one character that ends the name
   * there, before a number, a letter or the end ({@code 滨江市苑3栋}). A one-character marker that the
   * name goes on after is the next part's first character: {@code 青羊区府南街道} is the district 青羊区 and
   * the street 府南街道.
   */
  private static boolean estateGoesOn(String s, int at) {
    int marker = estateMarker(s, at);
    if (marker == 0) {
      return false;
    }
    int after = at + marker;
    return marker > 1
        || after >= s.length()
        || isDigit(s.charAt(after))
        || isLetter(s.charAt(after));
  }

  /**
   * Whether a province's or city's short name may end at {@code at}: only where the next level
   * follows it — a city or district after a province ({@code 四川成都}, {@code 四川成都市}), a district or
   * county after a city ({@code 成都青羊区}) — or, after a province, anything but an estate or a road
   * ({@code 四川成都金沙小区}). A place's name also starts many other names (玉林社区, 北京路, 成都花园, 朝阳区), and a
   * part taken wrongly would change the estate; one left in only leaves the address less complete.
   */
  private static boolean shortNameEnds(String s, int at, boolean province, boolean afterProvince) {
    if (at >= s.length() || "省市区县旗州盟".indexOf(s.charAt(at)) >= 0) {
      return false;
    }
    String rest = s.substring(at);
    if (province && (match(rest, 0, CITY) > 0 || Divisions.city(rest) > 0)) {
      return true;
    }
    int district = match(rest, 0, DISTRICT);
    if (district > 0) {
      return !estateGoesOn(rest, district);
    }
    return !province
        && afterProvince
        && !isDigit(rest.charAt(0))
        && estateMarker(rest, 0) == 0
        && !startsWithRoadMarker(rest, "东南西北中".indexOf(rest.charAt(0)) >= 0 ? 1 : 0);
  }

  private static boolean startsWithRoadMarker(String s, int at) {
    return markerAt(s, at, ROAD_MARKERS, ROAD_FIRSTS) > 0;
  }

  /*
   * The dwelling part is read by hand-written scans rather than regular expressions: reading a
   * million records parsed about ten patterns per address, and each match allocated a matcher with
   * its group arrays. Each scan below matches exactly what the pattern in its comment matches under
   * java.util.regex (ASCII \\d, `$` before a final line terminator); AddressScansTest checks them
   * against those patterns on random text.
   */

  /** A match: where it starts, where its first group ends, and where the whole match ends. */
  record Span(int start, int groupEnd, int end) {}

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Where the run of ASCII digits from {@code i} ends ({@code i} when there is none). */
  private static int digitsEnd(String s, int i) {
    int j = i;
    while (j < s.length() && isDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** Whether {@code i} is where {@code $} matches: the end, or before a last line terminator. */
  private static boolean atEnd(String s, int i) {
    int n = s.length();
    if (i == n) {
      return true;
    }
    if (i == n - 1) {
      char c = s.charAt(i);
      return c == '\r'
          || c == '\u0085'
          || c == '\u2028'
          || c == '\u2029'
          || (c == '\n' && (i == 0 || s.charAt(i - 1) != '\r'));
    }
    return i == n - 2 && s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
  }

  /**
   * The length of a building's marker at {@code i}, or 0: {@code 号楼|栋|幢|座|排|号院|#楼}, a {@code #}
   * before the unit's digits ({@code 5#3-402}), or a {@code 号} before a unit ({@code 5号1单元302},
   * {@code 3号2门501}), as northern ledgers write 号楼 short. A row ({@code 排}) of single-storey houses
   * is their building: {@code 13排1号}.
   */
  static int buildingMarker(String s, int i) {
    if (i >= s.length()) {
      return 0;
    }
    char c = s.charAt(i);
    if (c == '栋' || c == '幢' || c == '座' || c == '排') {
      return 1;
    }
    if (i + 1 < s.length()) {
      char d = s.charAt(i + 1);
      if ((c == '号' && (d == '楼' || d == '院')) || (c == '#' && d == '楼')) {
        return 2;
      }
      if (c == '#' && isDigit(d)) {
        return 1;
      }
      if (c == '号' && isDigit(d) && unitMarker(s, digitsEnd(s, i + 1)) > 0) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * The length of a unit's marker at {@code i}, or 0: {@code 单元}, or {@code 门} (an entrance, as
   * Beijing and the north write a unit: {@code 3号楼2门501}) but not {@code 门市} (a shop front).
   */
  static int unitMarker(String s, int i) {
    if (s.startsWith("单元", i)) {
      return 2;
    }
    return i < s.length() && s.charAt(i) == '门' && !s.startsWith("市", i + 1) ? 1 : 0;
  }

  /**
   * Where the first building, unit or dashed flat starts, or -1: the first match of a building
   * ({@link #buildingMarker}), {@code \d+单元} or {@code \d+-\d+}.
   */
  static int dwellingStart(String s) {
    Span m =
        first(
            s,
            (t, p, q) ->
                buildingMarker(t, q) > 0
                        || unitMarker(t, q) > 0
                        || (q + 1 < t.length() && t.charAt(q) == '-' && isDigit(t.charAt(q + 1)))
                    ? new Span(p, q, q)
                    : null,
            Addresses::lettered);
    return m == null ? -1 : m.start();
  }

  /**
   * The first building, {@code (\d+|(?<![A-Za-z])[A-Za-z])} and a {@link #buildingMarker}: its
   * number or letter is the group. Null when there is none.
   */
  static @Nullable Span building(String s) {
    return first(
        s,
        (t, p, q) -> {
          int marker = buildingMarker(t, q);
          return marker > 0 ? new Span(p, q, q + marker) : null;
        },
        Addresses::lettered);
  }

  /** Whether the text starts with a building: {@code BUILDING.matcher(s).lookingAt()}. */
  static boolean startsWithBuilding(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return isDigit(c)
        ? buildingMarker(s, digitsEnd(s, 0)) > 0
        : isLetter(c) && lettered(s, 0) != null;
  }

  /** A building written with one letter ({@code A座}) at {@code p}, or null. */
  private static @Nullable Span lettered(String s, int p) {
    int marker = buildingMarker(s, p + 1);
    return marker > 0 ? new Span(p, p + 1, p + 1 + marker) : null;
  }

  /**
   * Where {@code (\d+)-(\d+)(?:-(\d+))?(?:室|号|房)?}, a letter allowed after the last run ({@code
   * 5-27B}), matches from {@code p}, ending where {@code $} may follow: the ends of the two or
   * three runs of digits and of the match, or null.
   */
  private static int @Nullable [] dashed(String s, int p, boolean wholeText) {
    int a = digitsEnd(s, p);
    if (a == p || a >= s.length() || s.charAt(a) != '-') {
      return null;
    }
    int b = digitsEnd(s, a + 1);
    if (b == a + 1) {
      return null;
    }
    int c = -1;
    int r = b;
    if (b + 1 < s.length() && s.charAt(b) == '-' && isDigit(s.charAt(b + 1))) {
      c = digitsEnd(s, b + 1);
      r = c;
    }
    if (flatLetterEnd(s, r, wholeText) > 0) {
      // 5-27B: the last run's flat is lettered on its floor.
      r++;
      if (c >= 0) {
        c = r;
      } else {
        b = r;
      }
    }
    if (r < s.length() && "室号房".indexOf(s.charAt(r)) >= 0 && ends(s, r + 1, wholeText)) {
      return new int[] {a, b, c, r + 1};
    }
    return ends(s, r, wholeText) ? new int[] {a, b, c, r} : null;
  }

  private static boolean ends(String s, int i, boolean wholeText) {
    return wholeText ? i == s.length() : atEnd(s, i);
  }

  /** Whether the whole text is a dashed flat: {@code DASHED.matcher(s).matches()}. */
  static boolean wholeDashed(String s) {
    return dashed(s, 0, true) != null;
  }

  /**
   * The first match of {@code (\d+)-(\d+)(?:-(\d+))?(?:室|号|房)?$}: its start, then the ends of the
   * runs of digits (the third -1 when there are two), or null.
   */
  static int @Nullable [] dashedFlat(String s) {
    return firstRun(
        s,
        (t, p, q) -> {
          int[] m = dashed(t, p, false);
          return m == null ? null : new int[] {p, m[0], m[1], m[2]};
        });
  }

  /** {@code ^(\d+)-(\d+)(?:室|号|房)?$}: a unit and room dashed after the building; null if not. */
  static int @Nullable [] dashedUnit(String s) {
    int[] m = dashed(s, 0, false);
    return m == null || m[2] >= 0 ? null : new int[] {m[0], m[1]};
  }

  /** What follows a run of digits {@code s[p, q)}: the match it starts, or null. */
  @FunctionalInterface
  private interface AfterDigits<T> {
    @Nullable T match(String s, int p, int q);
  }

  /** The match a lone ASCII letter at {@code p} starts (one with no letter before it), or null. */
  @FunctionalInterface
  private interface AfterLetter<T> {
    @Nullable T match(String s, int p);
  }

  /** The first match that starts a run of digits. */
  private static <T> @Nullable T firstRun(String s, AfterDigits<T> after) {
    return first(s, after, (t, p) -> null);
  }

  /**
   * The first match that starts a run of digits or a lone letter. A match inside a run of digits
   * would end where one at the run's start ends, and start later: only the runs' starts are tried.
   */
  private static <T> @Nullable T first(String s, AfterDigits<T> digits, AfterLetter<T> letter) {
    int p = 0;
    while (p < s.length()) {
      char c = s.charAt(p);
      if (isDigit(c)) {
        int q = digitsEnd(s, p);
        T m = digits.match(s, p, q);
        if (m != null) {
          return m;
        }
        p = q;
      } else {
        if (isLetter(c) && (p == 0 || !isLetter(s.charAt(p - 1)))) {
          T m = letter.match(s, p);
          if (m != null) {
            return m;
          }
        }
        p++;
      }
    }
    return null;
  }

  /** The first {@code (\d+)(?:单元|门(?!市))}: the unit's number is the group; null if none. */
  static @Nullable Span unit(String s) {
    return firstRun(
        s,
        (t, p, q) -> {
          int marker = unitMarker(t, q);
          return marker > 0 ? new Span(p, q, q + marker) : null;
        });
  }

  /**
   * The first {@code (\d+)(?:楼|层)(?:(\d+)(?:号|室|户)?)?}: the floor is the group, the match's end the
   * end of the number after it (the floor marker's end when there is none). Null if none.
   */
  static @Nullable Span floorNumber(String s) {
    return firstRun(
        s,
        (t, p, q) ->
            q < t.length() && (t.charAt(q) == '楼' || t.charAt(q) == '层')
                ? new Span(p, q, digitsEnd(t, q + 1))
                : null);
  }

  /**
   * The first {@code (\d+)(?:室|号|户|房|[东西南北中]户)?$} or {@code (\d+[A-Za-z])(?:室|号|房)?$}: the room's
   * number is the group, with its letter where the floor's flats are lettered ({@code 24C}, as
   * southern towers write them); null if none. A flat of a floor is also told by its side ({@code
   * 2102西户}): the number says it already.
   */
  static @Nullable Span room(String s) {
    return firstRun(
        s,
        (t, p, q) -> {
          if (q < t.length() && "室号户房".indexOf(t.charAt(q)) >= 0 && atEnd(t, q + 1)) {
            return new Span(p, q, q + 1);
          }
          int lettered = flatLetterEnd(t, q, false);
          if (lettered > 0) {
            return new Span(p, q + 1, lettered);
          }
          if (q + 1 < t.length()
              && "东西南北中".indexOf(t.charAt(q)) >= 0
              && t.charAt(q + 1) == '户'
              && atEnd(t, q + 2)) {
            return new Span(p, q, q + 2);
          }
          return atEnd(t, q) ? new Span(p, q, q) : null;
        });
  }

  /**
   * Where a street number before the building ({@code 36号}, not a building written {@code 36号楼}) at
   * the start ends: {@code \d+号(?!楼|院)} looking at the text. -1 if there is none.
   */
  static int streetNumberEnd(String s) {
    int q = digitsEnd(s, 0);
    if (q == 0 || q >= s.length() || s.charAt(q) != '号') {
      return -1;
    }
    return s.startsWith("楼", q + 1) || s.startsWith("院", q + 1) ? -1 : q + 1;
  }

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
    // Dots inside an estate's name (碧桂园·天樾) are written or left out: left out here.
    String s =
        withoutNote(Names.simplify(Text.removeSpaces(Text.withoutBracketed(Text.clean(text)))));
    s =
        laneDash(
            dashedStreetFloor(
                fourPartFlat(
                    zoneLetters(numerals(villagerGroup(withoutHousePart(withoutDots(s))))))));
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
      if (end > 0 && i > 0 && estateGoesOn(s, end)) {
        end = -1; // 万科城市花园: the 市 of 城市 inside an estate's name, not a city
      }
      if (end < 0 && order[i] == STREET) {
        end = shortStreetEnd(s);
      }
      if (end < 0 && i < 2) {
        // 四川成都青羊区: a province or city written without its suffix.
        end = i == 0 ? Divisions.province(s) : Divisions.city(s);
        if (end > 0 && !shortNameEnds(s, end, i == 0, i == 1 && !admin[0].isEmpty())) {
          end = -1;
        }
      }
      if (end > 0) {
        admin[i] = s.substring(0, end);
        s = s.substring(end);
      } else {
        admin[i] = "";
      }
    }
    if (admin[4].endsWith("村委会")) {
      // 柏家墩村委会6组19号: the villagers' committee written for its village.
      admin[4] = admin[4].substring(0, admin[4].length() - 2);
    }
    if (!isVillage(admin[4])) {
      // 小辛庄3组4号, 王家庄二队: a village written without its 村, known by the group after it;
      // after a residents' community (黄埔社区黄埔村8组) the village is the place.
      int name = villageNameEnd(s);
      if (name > 0) {
        admin[4] = s.substring(0, name) + (s.charAt(name - 1) == '村' ? "" : "村");
        s = s.substring(name);
      }
    }
    if (!admin[4].isEmpty() && !s.isEmpty() && s.charAt(0) == '居') {
      // 梅陇二村居委, 莲馨居民区: a Shanghai residents' committee after its name.
      for (String committee : COMMITTEES) {
        if (s.startsWith(committee)) {
          admin[4] = admin[4] + committee;
          s = s.substring(committee.length());
          break;
        }
      }
    }
    Address rural = village(admin, s);
    if (rural != null) {
      return rural;
    }
    int[] lane = laneHouse(s);
    if (lane != null) {
      // The lane's number and the house's are the building: 3巷5; what stands before them (西坊, a
      // village's quarter, 东区 of a new village) is the estate, within its village.
      String quarter = s.substring(0, lane[0]);
      return laneHouse(
          admin,
          quarter.isEmpty() || !isVillage(admin[4]) ? quarter : admin[4] + quarter,
          strip(s.substring(lane[0], lane[1] - 1)) + "巷" + strip(s.substring(lane[1], lane[2])),
          s.substring(lane[3]));
    }
    s = houseRoom(s);
    // A road and number before the estate (猛追湾街188号桂花小区) is kept with it, but the estate's name
    // is looked for after it: the road's own name may hold a marker (the 湾 of 猛追湾街).
    int road = startsWithDwelling(s) ? -1 : roadNumberEnd(s);
    String estate = road > 0 ? s.substring(0, road) : "";
    if (road > 0) {
      s = s.substring(road);
      int nong = estate.lastIndexOf('弄');
      if (nong > 0
          && digitsEnd(estate, nong + 1) == estate.length() - 1
          && estate.length() - 1 > nong + 1
          && (s.isEmpty() || wholeRoom(s))) {
        // 罗阳路688弄4号1002室: in Shanghai a lane is an estate and its 号 a building, as the estate's
        // own name gives them (华府天地4栋1002室): building 4 of the estate 罗阳路688弄; a lane's house
        // without a room (长乐路123弄4号) is its building.
        s = estate.substring(nong + 1, estate.length() - 1) + (s.isEmpty() ? "栋" : "-" + s);
        estate = estate.substring(0, nong + 1);
      }
      if (s.length() > 1 && isUpperLetter(s.charAt(0)) && isDigit(s.charAt(1))) {
        // 舒家湾路58号A1-2-801: the zone's letter goes with the estate, as after a name (柏苑A1栋).
        estate = estate + s.charAt(0);
        s = s.substring(1);
      }
    }
    int estateEnd = startsWithDwelling(s) ? -1 : estate(s);
    int dwelling = dwellingStart(s);
    if (!startsWithDwelling(s)
        && dwelling > estateEnd
        && isName(s.substring(0, dwelling))
        && isDwelling(s.substring(dwelling))) {
      // The estate is what stands before the building, whatever its suffix: 龙湖时代天街 (none),
      // 蓝光COCO金沙, 万科城市花园 (whose 城 is no end).
      estateEnd = dwelling;
    } else if (estateEnd > 0) {
      // 天府丽都, 洪楼广场公寓206: the name goes on after a marker inside it (府, 广场) up to a number.
      int e = estateEnd;
      while (e < s.length()
          && e - estateEnd < 8
          && Text.isHan(s.charAt(e))
          && !isNumeral(s.charAt(e))) {
        e++;
      }
      if (e > estateEnd && (e == s.length() || isDigit(s.charAt(e)) || isLetter(s.charAt(e)))) {
        estateEnd = e;
      }
    }
    if (estateEnd > 0) {
      estate = estate + s.substring(0, estateEnd);
      s = s.substring(estateEnd);
    }
    int phase = digitsEnd(s, 0);
    if (!estate.isEmpty() && phase > 0 && phase <= 2 && s.startsWith("期", phase)) {
      // 陇欣苑1期12-704 (一期 before it, as numerals wrote it): the phase is the estate's; its 5栋
      // and the second phase's are two buildings.
      estate = estate + s.substring(0, phase + 1);
      s = s.substring(phase + 1);
    }
    int zone = estate.length() - 2;
    if (zone > 0 && estate.charAt(zone + 1) == '区' && isUpperLetter(estate.charAt(zone))) {
      // 中建锦绣城B区 alone: its zone as 中建锦绣城B区3栋 and 中建锦绣城B3栋 give it (zoneLetters).
      estate = estate.substring(0, zone + 1);
    } else if (!estate.isEmpty()
        && s.length() >= 2
        && isUpperLetter(s.charAt(0))
        && s.charAt(1) == '区') {
      estate = estate + s.charAt(0);
      s = s.substring(2);
    }
    int number = streetNumberEnd(s);
    if (number > 0
        && dwellingStart(s.substring(number)) == 0
        && !(estateEnd > 0 && buildingMarker(s, number - 1) > 0)) {
      // 锦官社区36号4栋: a courtyard's street number before the building tells homes apart; after an
      // estate's name, 世茂3号1单元 is its building 3.
      estate = estate + s.substring(0, number);
      s = s.substring(number);
    }
    int yard = courtyardEnd(s);
    if (yard > 0 && dwellingStart(s.substring(yard)) == 0) {
      // 198号院6号楼1门101: the courtyard is where the buildings stand, not a building.
      estate = estate + s.substring(0, yard);
      s = s.substring(yard);
    }
    String building = "";
    String unit = "";
    String floor = "";
    String room = "";
    int[] dashed = dashedFlat(s);
    if (dashed != null && dashed[0] == leadingNoise(s, dashed[0])) {
      building = strip(s.substring(dashed[0], dashed[1]));
      if (dashed[3] >= 0) {
        unit = strip(s.substring(dashed[1] + 1, dashed[2]));
        room = roomText(s.substring(dashed[2] + 1, dashed[3]));
      } else {
        room = roomText(s.substring(dashed[1] + 1, dashed[2]));
      }
    } else {
      Span b = building(s);
      if (b != null) {
        // A座, B座: two buildings
        building = strip(s.substring(b.start(), b.groupEnd()).toUpperCase(java.util.Locale.ROOT));
        s = s.substring(b.end());
      }
      int[] du = building.isEmpty() ? null : dashedUnit(s);
      Span u = du == null ? unit(s) : null;
      if (du != null) {
        unit = strip(s.substring(0, du[0]));
        room = roomText(s.substring(du[0] + 1, du[1]));
        s = "";
      } else if (u != null) {
        unit = strip(s.substring(u.start(), u.groupEnd()));
        s = s.substring(u.end());
      }
      Span f = s.isEmpty() ? null : floorNumber(s);
      if (s.isEmpty()) {
        // the unit and room were dashed
      } else if (f != null) {
        floor = strip(s.substring(f.start(), f.groupEnd()));
        room = floorRoom(s, f, floor);
      } else {
        Span r = room(s);
        if (r != null) {
          room = roomText(s.substring(r.start(), r.groupEnd()));
        }
      }
    }
    if (estate.isEmpty() && building.isEmpty() && unit.isEmpty()) {
      // A number with nothing to place it in (历城区…23号 of a lane not read) is no room: as a key it
      // would make every such address in the district one home.
      room = "";
      floor = "";
    }
    if (room.isEmpty()
        && !floor.isEmpty()
        && building.isEmpty()
        && unit.isEmpty()
        && roadNumberEnd(estate) == estate.length()) {
      // 南环路361号3楼: a house on a road let by the floor (a shop-house, a villager's house in
      // town), whose floor is the home: 2楼 and 3楼 are two.
      room = floor + "F";
    }
    return address(admin, estate, building, unit, floor, room);
  }

  /**
   * The parts below the administrative ones; a floor not given is the room's ({@link #floorOf}).
   */
  private static Address address(
      String[] admin, String estate, String building, String unit, String floor, String room) {
    return new Address(
        admin[0],
        admin[1],
        admin[2],
        admin[3],
        admin[4],
        estate,
        building,
        unit,
        floor.isEmpty() ? floorOf(room) : floor,
        room);
  }

  /**
   * The room after a floor ({@link #floorNumber} {@code f} of {@code s}): {@code 4楼1号} is 401,
   * {@code 4楼415} is 415 (the number carries its floor), {@code 18楼D室} is 18D; {@code ""} when no
   * room follows the floor.
   */
  private static String floorRoom(String s, Span f, String floor) {
    if (f.end() > f.groupEnd() + 1) {
      // Digits, not an int: a run of any length must not overflow (found by fuzzing).
      String n = strip(s.substring(f.groupEnd() + 1, f.end()));
      return n.length() >= 3 ? n : floor + (n.length() < 2 ? "0" : "") + n;
    }
    int at = f.groupEnd() + 1;
    return flatLetterEnd(s, at, false) > 0 ? floor + Character.toUpperCase(s.charAt(at)) : "";
  }

  /**
   * Where a flat's letter on its floor at {@code at} ({@code 24C}, {@code 18楼D室}) and the 室, 号 or 房
   * after it end, when they end the text (as {@code $} would, or exactly with {@code wholeText});
   * -1 otherwise, also where another letter follows (a word, not a flat).
   */
  private static int flatLetterEnd(String s, int at, boolean wholeText) {
    if (at >= s.length()
        || !isLetter(s.charAt(at))
        || (at + 1 < s.length() && isLetter(s.charAt(at + 1)))) {
      return -1;
    }
    if (ends(s, at + 1, wholeText)) {
      return at + 1;
    }
    return at + 1 < s.length() && "室号房".indexOf(s.charAt(at + 1)) >= 0 && ends(s, at + 2, wholeText)
        ? at + 2
        : -1;
  }

  /** The floor a room number tells: {@code 1203} on 12, {@code 24C} on 24; {@code ""} for 12. */
  private static String floorOf(String room) {
    int n = room.length();
    if (n >= 2 && isLetter(room.charAt(n - 1))) {
      return room.substring(0, n - 1);
    }
    return n >= 3 ? strip(room.substring(0, n - 2)) : "";
  }

  /**
   * A flat written building-unit-floor-room at the end ({@code 8-2-4-2}, {@code 8-2-4-12号}) as
   * building-unit-room ({@code 8-2-402}, {@code 8-2-412}), the form the dashed scans read; any
   * other text unchanged.
   */
  static String fourPartFlat(String s) {
    int end = s.length();
    if (end > 0 && "室号房".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    int[] starts = new int[4];
    int i = end;
    for (int run = 3; run >= 0; run--) {
      int runEnd = i;
      while (i > 0 && isDigit(s.charAt(i - 1))) {
        i--;
      }
      if (i == runEnd) {
        return s;
      }
      starts[run] = i;
      if (run > 0) {
        if (i == 0 || s.charAt(i - 1) != '-') {
          return s;
        }
        i--;
      }
    }
    if (i > 0 && (isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '-')) {
      return s;
    }
    String floor = s.substring(starts[2], starts[3] - 1);
    String room = s.substring(starts[3], end);
    return s.substring(0, starts[2]) + floor + (room.length() < 2 ? "0" : "") + room;
  }

  /**
   * Where a courtyard numbered on its own ({@code 198号院}) at the start ends, or -1: {@code \d+号院}.
   */
  static int courtyardEnd(String s) {
    int q = digitsEnd(s, 0);
    return q > 0 && s.startsWith("号院", q) ? q + 2 : -1;
  }

  /**
   * Whether an estate is only a courtyard's number ({@code 198号院}): a place only in its community.
   */
  static boolean isCourtyardNumber(String estate) {
    return courtyardEnd(estate) == estate.length();
  }

  /**
   * Where a village's name that stands before its villager group ends ({@code 小辛庄} of {@code
   * 小辛庄3组4号}, {@code 王家庄} of {@code 王家庄2队}, {@code 舒家湾} of {@code 舒家湾3组25号}), or -1: two to five
   * Han characters, no estate's marker inside them (one may end them), then a number and 组 or 队.
   */
  private static int villageNameEnd(String s) {
    if (s.indexOf('组') < 0 && s.indexOf('队') < 0) {
      return -1; // most addresses: no group, so no village known by one
    }
    int i = 0;
    while (i < s.length() && i < 5 && Text.isHan(s.charAt(i)) && !isNumeral(s.charAt(i))) {
      i++;
    }
    if (i < 2) {
      return -1;
    }
    for (int j = 0; j < i; j++) {
      int marker = estateMarker(s, j);
      if (marker > 0 && j + marker < i) {
        return -1; // a marker inside the name; one that ends it may end a village's (舒家湾3组)
      }
    }
    int group = digitsEnd(s, i);
    // Not an estate's 组团 (金科3组团2栋): a cluster of its buildings.
    return group > i
            && group - i <= 2
            && group < s.length()
            && "组队".indexOf(s.charAt(group)) >= 0
            && !s.startsWith("团", group + 1)
        ? i
        : -1;
  }

  /**
   * A zone's letter written as the south and the new estates write it, as one form: {@code C区5栋},
   * {@code C-5栋} and {@code B-3-2-1702} (zone, building, unit, room) as {@code C5栋} and {@code
   * B3-2-1702}, where the letter stands alone after a Han character and before the building's
   * digits. The estate then holds the letter ({@code 柏家墩还建房C}), the building its number.
   */
  static String zoneLetters(String s) {
    for (int i = 1; i + 2 < s.length(); i++) {
      if (zoneAt(s, i)) {
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, i + 1);
        for (int j = i + 2; j < s.length(); j++) {
          b.append(s.charAt(j));
          if (zoneAt(s, j)) {
            j++; // the 区 or dash after the letter, dropped
          }
        }
        return b.toString();
      }
    }
    return s; // most addresses: no copy
  }

  /**
   * Whether a zone's letter stands at {@code i}, with 区 or a dash after it ({@link #zoneLetters}).
   */
  private static boolean zoneAt(String s, int i) {
    return i > 0
        && i + 2 < s.length()
        && isUpperLetter(s.charAt(i))
        && Text.isHan(s.charAt(i - 1))
        && (s.charAt(i + 1) == '区' || s.charAt(i + 1) == '-')
        && isDigit(s.charAt(i + 2));
  }

  private static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Where a street office written without its 道 ends ({@code 长丰街} of {@code 长丰街柏家墩安置小区…}, {@code
   * 长丰街星悦社区}, as Wuhan's ledgers write 长丰街道), or -1: two to four Han characters and 街, then a
   * place's name. Not a road: one goes on with a number, a lane, 道 or 口 ({@code 洪家楼北街12号}, {@code
   * 北街二条}); nor a community named after its street ({@code 文化街社区}). A road with no number before an
   * estate (解放大街金色家园) is read as one too, and so left out of the estate's name, where it would keep
   * the estate from its other forms.
   */
  private static int shortStreetEnd(String s) {
    for (int i = 2; i <= 5 && i < s.length(); i++) {
      char c = s.charAt(i - 1);
      if (!Text.isHan(c) || isNumeral(c)) {
        return -1;
      }
      if (c == '街') {
        char next = s.charAt(i);
        return Text.isHan(next) && !isNumeral(next) && "道口坊巷社区".indexOf(next) < 0 ? i : -1;
      }
    }
    return -1;
  }

  /** Whether a character is a Chinese numeral: 〇, 零 … 九, 十. */
  private static boolean isNumeral(char c) {
    return c == '十' || digit(c) >= 0;
  }

  /**
   * The text without a note after the address: who the landlord is ({@code 房东韦军}, {@code 房主:许}),
   * how one lives there ({@code 租住}, {@code 合租}); what follows a note's word goes with it. Commas
   * and semicolons that joined parts are dropped.
   */
  static String withoutNote(String s) {
    int cut = s.length();
    for (String note : ADDRESS_NOTES) {
      int at = s.indexOf(note);
      int after = at + note.length();
      if (at >= 2
          && at < cut
          && (after >= s.length() || PLACE_GOES_ON.indexOf(s.charAt(after)) < 0)) {
        cut = at; // not 药房东路, 平房东区: a place's name that goes on
      }
    }
    String kept = cut < s.length() ? s.substring(0, cut) : s;
    int i = 0;
    while (i < kept.length() && ",;、".indexOf(kept.charAt(i)) < 0) {
      i++;
    }
    if (i == kept.length()) {
      return kept; // most addresses: no copy
    }
    StringBuilder b = new StringBuilder(kept.length());
    for (int j = 0; j < kept.length(); j++) {
      if (",;、".indexOf(kept.charAt(j)) < 0) {
        b.append(kept.charAt(j));
      }
    }
    return b.toString();
  }

  private static final String[] ADDRESS_NOTES = {"房东", "房主", "租住", "合租", "租户", "联系人", "电话"};

  /** What follows a note's word when the word is part of a place's name instead. */
  private static final String PLACE_GOES_ON = "路街道巷区侧门楼院村";

  private static String withoutDots(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (DOTS.indexOf(s.charAt(i)) >= 0) {
        StringBuilder b = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
          if (DOTS.indexOf(s.charAt(j)) < 0) {
            b.append(s.charAt(j));
          }
        }
        return b.toString();
      }
    }
    return s; // most addresses: no copy
  }

  /** Middle dots, as names of estates and of people write them. */
  private static final String DOTS = "·•・‧";

  /**
   * Words after a flat or a house that name a part of it, let or lived in apart: a bedroom of a
   * shared flat ({@code 次卧}, {@code 主卧}), a room of a Shanghai lane house ({@code 前楼}, {@code 亭子间},
   * {@code 客堂间}, {@code 灶披间}, {@code 前厢房}), of a villager's house ({@code 东间}, {@code 后屋}, {@code
   * 辅房}), the ground floor ({@code 底楼}), the side a room faces ({@code 朝南}).
   */
  private static final String[] HOUSE_PARTS = {
    "次卧", "主卧", "客卧", "隔断间", "隔间", "前楼", "后楼", "亭子间", "客堂间", "灶披间", "前厢房", "后厢房", "东厢房", "西厢房",
    "厢房", "前屋", "后屋", "辅房", "东间", "西间", "南间", "北间", "底楼", "朝南", "朝北", "朝东", "朝西"
  };

  /**
   * The text without the part of a flat or a house named at its end ({@link #HOUSE_PARTS}; a letter
   * and 间 after a number, {@code 36号B间}; a letter and 室 after a room, {@code 303室A室}): the dwelling
   * is the flat or the house. One person's records name the part or leave it out, and the tenants
   * of one house are told apart by their names and numbers, not by their rooms.
   */
  static String withoutHousePart(String s) {
    if (s.isEmpty() || PART_ENDS.indexOf(s.charAt(s.length() - 1)) < 0) {
      return s; // most addresses end in a room, a number or a name: no part to look for
    }
    String t = s;
    for (boolean cut = true; cut; ) {
      cut = false;
      int n = t.length();
      for (String w : HOUSE_PARTS) {
        if (t.endsWith(w) && n > w.length() && partFollows(t.charAt(n - w.length() - 1))) {
          t = t.substring(0, n - w.length());
          cut = true;
          break;
        }
      }
      if (!cut
          && n > 3
          && isLetter(t.charAt(n - 2))
          && ((t.charAt(n - 1) == '间' && partFollows(t.charAt(n - 3)))
              || (t.charAt(n - 1) == '室' && "室房".indexOf(t.charAt(n - 3)) >= 0))) {
        t = t.substring(0, n - 2);
        cut = true;
      }
    }
    return t;
  }

  /** The last characters of the parts ({@link #HOUSE_PARTS}, {@code B间}, {@code A室}). */
  private static final String PART_ENDS = "卧间楼房屋南北东西室";

  /** Whether a part of a dwelling may follow this character: a number, a flat's or a floor's. */
  private static boolean partFollows(char c) {
    return isDigit(c) || isLetter(c) || "号室房楼层".indexOf(c) >= 0;
  }

  /**
   * A Shanghai lane and its house written with a dash or a second 号 after the road ({@code
   * 梅林路218-16号}, {@code 梅林路415号27号}) as a lane ({@code 梅林路218弄16号}, {@code 梅林路415弄27号}); any other
   * text unchanged.
   */
  static String laneDash(String s) {
    String t = laneSeparated(s, '-');
    return t != s ? t : laneSeparated(s, '号');
  }

  /** {@link #laneDash} with one separator, at its first place in the text. */
  private static String laneSeparated(String s, char separator) {
    int dash = s.indexOf(separator);
    if (dash < 2) {
      return s; // most addresses: no copy
    }
    int lane = dash;
    while (lane > 0 && isDigit(s.charAt(lane - 1))) {
      lane--;
    }
    int house = digitsEnd(s, dash + 1);
    if (lane == dash
        || lane == 0
        || "路街".indexOf(s.charAt(lane - 1)) < 0
        || house == dash + 1
        || house >= s.length()
        || s.charAt(house) != '号'
        || s.startsWith("号楼", house)
        || s.startsWith("号院", house)) {
      return s;
    }
    return s.substring(0, dash) + "弄" + s.substring(dash + 1);
  }

  /**
   * A villager group written in full, {@code 第三村民小组} or {@code 三村民小组}, as {@code 三组} (whose numeral
   * {@link #numerals} then reads); any other text unchanged.
   */
  static String villagerGroup(String s) {
    int at = s.indexOf("村民小组");
    if (at <= 0) {
      return s; // most addresses: no copy
    }
    int start = at;
    while (start > 0 && (isNumeral(s.charAt(start - 1)) || isDigit(s.charAt(start - 1)))) {
      start--;
    }
    if (start == at) {
      return s;
    }
    int from = start > 0 && s.charAt(start - 1) == '第' ? start - 1 : start;
    return s.substring(0, from) + s.substring(start, at) + "组" + s.substring(at + 4);
  }

  /** Whether the text is a room and nothing else: three or four digits, then 室, 房 or 号 or not. */
  private static boolean wholeRoom(String s) {
    int room = digitsEnd(s, 0);
    if (room < 3 || room > 4) {
      return false;
    }
    if (room < s.length() && "室房号".indexOf(s.charAt(room)) >= 0) {
      room++;
    }
    return atEnd(s, room);
  }

  /** The words that follow a Shanghai residents' committee's name: 居委, 居委会, 居民区. */
  private static final String[] COMMITTEES = {"居民委员会", "居委会", "居委", "居民区"};

  /**
   * Where the name of a natural village (自然村) at the start ends, when a house number follows it
   * ({@code 西施宅} of {@code 西施宅6号}, {@code 徐家埭} of {@code 徐家埭4号-3}): two to four Han characters, the
   * last one of 宅, 埭, 浜, 塘 or 泾 (the hamlets of the Yangtze delta), then digits. -1 otherwise.
   */
  static int hamletEnd(String s) {
    for (int i = 2; i <= 4 && i < s.length(); i++) {
      char c = s.charAt(i - 1);
      if (!Text.isHan(c) || isNumeral(c)) {
        return -1;
      }
      if ("宅埭浜塘泾".indexOf(c) >= 0 && isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A house's second number at the end, as villages number the houses built beside an old one:
   * {@code 60号-2}, {@code 60-2号}, {@code 74之一} are {@code 60-2}; {@code ""} otherwise (a room of
   * three digits or more after the dash, {@code 5号-302}, is a room, not a house).
   */
  static String subHouse(String s) {
    int house = digitsEnd(s, 0);
    if (house == 0 || house >= s.length()) {
      return "";
    }
    int at = house;
    if (s.startsWith("号-", at)) {
      at += 2;
    } else if (s.charAt(at) == '-' || s.charAt(at) == '之') {
      at++;
    } else {
      return "";
    }
    int second = digitsEnd(s, at);
    String number;
    if (second > at) {
      number = strip(s.substring(at, second));
    } else if (at < s.length() && s.charAt(at - 1) == '之' && digit(s.charAt(at)) > 0) {
      number = String.valueOf(digit(s.charAt(at)));
      second = at + 1;
    } else {
      return "";
    }
    if (second - at > 2) {
      return "";
    }
    if (second < s.length() && s.charAt(second) == '号' && s.charAt(house) != '号') {
      second++;
    }
    return atEnd(s, second) ? strip(s.substring(0, house)) + "-" + number : "";
  }

  /**
   * Where a building's number, 号, and a room's of three or four digits end the text from {@code at}
   * ({@code 17号501室}, {@code 21号903}, {@code 19号804房}), or -1.
   */
  static int houseRoomEnd(String s, int at) {
    int house = digitsEnd(s, at);
    if (house == at || house >= s.length() || s.charAt(house) != '号') {
      return -1;
    }
    int room = digitsEnd(s, house + 1);
    if (room - house - 1 < 3 || room - house - 1 > 4) {
      return -1;
    }
    if (room < s.length() && "室房".indexOf(s.charAt(room)) >= 0) {
      room++;
    }
    return atEnd(s, room) ? room : -1;
  }

  /**
   * A building's number and a room's at the end written {@code 19号804室} as {@code 19-804}, where no
   * road, lane or street number stands before them ({@code 陇欣苑三期19号804室}, {@code 21号903}); any
   * other text unchanged. After a lane ({@code 罗阳路688弄4号1002室}) the road and house stay the estate,
   * as before.
   */
  static String houseRoom(String s) {
    int i = s.length() - 1;
    while (i > 0 && !isDigit(s.charAt(i))) {
      i--;
    }
    // back to the start of the building's number
    int j = s.lastIndexOf('号', i);
    if (j <= 0) {
      return s;
    }
    int start = j;
    while (start > 0 && isDigit(s.charAt(start - 1))) {
      start--;
    }
    if (start == j
        || houseRoomEnd(s, start) < 0
        || (start > 0
            && (isDigit(s.charAt(start - 1)) || "弄路街道巷号-".indexOf(s.charAt(start - 1)) >= 0))) {
      return s;
    }
    return s.substring(0, j) + "-" + s.substring(j + 1);
  }

  /**
   * Whether a community is a village (村, 村委会, or 嘎查 in Inner Mongolia), a place of its own, not a
   * residents' committee.
   */
  static boolean isVillage(String community) {
    return community.endsWith("村") || community.endsWith("村委会") || community.endsWith("嘎查");
  }

  /**
   * The address of a village's house or a natural village's, when the text below the community is
   * one ({@link #village(String[], String, String)}); null otherwise. Kept out of {@link #compute}
   * so that the common path stays small enough for the compiler to inline its helpers.
   */
  private static @Nullable Address village(String[] admin, String s) {
    if (isVillage(admin[4])) {
      // 凤凰村7组21号: a villager group (组, 社 or 队) is the village's estate; the house number
      // follows.
      int group = digitsEnd(s, 0);
      if (group > 0 && group < s.length() && "组社队".indexOf(s.charAt(group)) >= 0) {
        String number = strip(s.substring(0, group));
        String rest = s.substring(group + 1);
        // 行南村9组北张宅54号: the natural village within the group says no more.
        int hamlet = hamletEnd(rest);
        return village(admin, number + "组", hamlet > 0 ? rest.substring(hamlet) : rest);
      }
      int hamlet = hamletEnd(s);
      if (hamlet > 0) {
        // 曹中村西施宅6号: a natural village (宅, 埭, 浜, 塘, 泾) of the village, and a house in it.
        return village(admin, s.substring(0, hamlet), s.substring(hamlet));
      }
      if (houseRoomEnd(s, 0) > 0) {
        // 梅陇一村17号501室 (a workers' new village), 舒家湾45号301: a building and a room in it.
        return village(admin, "", s);
      }
    } else if (admin[4].isEmpty() || !admin[4].endsWith("村")) {
      int hamlet = hamletEnd(s);
      if (hamlet > 0) {
        // 北张宅51号, 徐家埭4号-3: a natural village written alone.
        return village(admin, s.substring(0, hamlet), s.substring(hamlet));
      }
    }
    return null;
  }

  /**
   * A village's address: its group as the estate, then a house number, if any, as the room; a house
   * let by the floor or the room ({@code 舒家湾1队45号301}, {@code 舒家湾村1组59号4楼}, {@code 43号-2楼西}: a
   * villager's house rented out) has the house as its building and the room, or the floor as {@code
   * 4F}, as its room.
   */
  private static Address village(String[] admin, String group, String rest) {
    String sub = subHouse(rest);
    if (!sub.isEmpty()) {
      return new Address(admin[0], admin[1], admin[2], admin[3], admin[4], group, "", "", "", sub);
    }
    int flat = houseRoomEnd(rest, 0);
    if (flat > 0) {
      int house = digitsEnd(rest, 0);
      String room = strip(rest.substring(house + 1, digitsEnd(rest, house + 1)));
      return address(admin, group, strip(rest.substring(0, house)), "", "", room);
    }
    Span r = room(rest);
    String room = r == null || r.start() != 0 ? "" : strip(rest.substring(0, r.groupEnd()));
    String building = "";
    String floor = "";
    int house = digitsEnd(rest, 0);
    if (room.isEmpty() && house > 0 && house < rest.length() && rest.charAt(house) == '号') {
      String after = rest.substring(house + 1);
      int dash = after.startsWith("-") ? 1 : 0;
      int n = digitsEnd(after, dash);
      if (n > dash && n < after.length() && "楼层".indexOf(after.charAt(n)) >= 0) {
        building = strip(rest.substring(0, house));
        floor = strip(after.substring(dash, n));
        room = floor + "F";
      } else if (n > dash && n - dash >= 3 && atEnd(after, n)) {
        building = strip(rest.substring(0, house));
        room = strip(after.substring(dash, n));
        floor = floorOf(room);
      }
    }
    return new Address(
        admin[0], admin[1], admin[2], admin[3], admin[4], group, building, "", floor, room);
  }

  /**
   * A house in a numbered lane of a village or of a quarter ({@code 沙一村西坊3巷5号302房}, {@code
   * 沙一新村东区8巷12号}, {@code 15巷6号}, as the south's urban villages are numbered): the ends of the
   * quarter before the lane's number, of the lane (after 巷), of the house's number and of its
   * marker (号 or 栋), or null. Not after a road ({@code 长乐路3巷5号} is read with its road), nor where
   * digits stand before the lane's number.
   */
  static int @Nullable [] laneHouse(String s) {
    int lane = s.indexOf('巷');
    if (lane <= 0 || !isDigit(s.charAt(lane - 1))) {
      return null;
    }
    int number = lane;
    while (number > 0 && isDigit(s.charAt(number - 1))) {
      number--;
    }
    for (int i = 0; i < number; i++) {
      char c = s.charAt(i);
      if (isDigit(c) || c == '路' || c == '街' || c == '道') {
        return null;
      }
    }
    int house = digitsEnd(s, lane + 1);
    if (house == lane + 1
        || house >= s.length()
        || (s.charAt(house) != '号' && s.charAt(house) != '栋')) {
      return null;
    }
    return new int[] {number, lane + 1, house, s.startsWith("号楼", house) ? house + 2 : house + 1};
  }

  /**
   * A lane's house ({@link #laneHouse}): the quarter as the estate (empty when the text starts with
   * the lane: then only the flat without its estate can be compared), the lane and house as the
   * building ({@code 3巷5}), then a floor or a room ({@code 302房}, {@code 8楼801}, {@code 2楼1房}); a
   * house without one gives no room: it may hold many tenants' rooms.
   */
  private static Address laneHouse(String[] admin, String quarter, String house, String rest) {
    String floor = "";
    String room = "";
    Span f = floorNumber(rest);
    if (f != null && f.start() == 0) {
      floor = strip(rest.substring(f.start(), f.groupEnd()));
      room = floorRoom(rest, f, floor);
    } else {
      Span r = room(rest);
      if (r != null && r.start() == leadingDash(rest)) {
        room = roomText(rest.substring(r.start(), r.groupEnd()));
      }
    }
    return address(admin, quarter, house, "", floor, room);
  }

  /** 1 when the text starts with a dash ({@code 5号-302}), else 0. */
  private static int leadingDash(String s) {
    return s.startsWith("-") ? 1 : 0;
  }

  /**
   * A house on a road and its floor written with a dash ({@code 宝安大道138-2楼}) as {@code 宝安大道138号2楼};
   * any other text unchanged.
   */
  static String dashedStreetFloor(String s) {
    int n = s.length();
    if (n < 5 || (s.charAt(n - 1) != '楼' && s.charAt(n - 1) != '层')) {
      return s;
    }
    int floor = n - 1;
    while (floor > 0 && isDigit(s.charAt(floor - 1))) {
      floor--;
    }
    if (floor == n - 1 || floor < 3 || s.charAt(floor - 1) != '-') {
      return s;
    }
    int dash = floor - 1;
    int number = dash;
    while (number > 0 && isDigit(s.charAt(number - 1))) {
      number--;
    }
    if (number == dash || number == 0 || "路街道巷".indexOf(s.charAt(number - 1)) < 0) {
      return s;
    }
    return s.substring(0, dash) + "号" + s.substring(floor);
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
    // The street number's pattern against the whole text: its look-ahead always holds at the end.
    return streetNumberEnd(estate) == estate.length();
  }

  /** Estates are often written with and without 小区: the name alone, for keys. */
  static String trimEstate(String estate) {
    return estate.endsWith("小区") && estate.length() > 3
        ? estate.substring(0, estate.length() - 2)
        : estate;
  }

  /** A room's number as keys hold it: no leading zeros, its letter upper-case ({@code 24C}). */
  private static String roomText(String room) {
    return strip(room.toUpperCase(java.util.Locale.ROOT));
  }

  private static String strip(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  private static final String SMALL = "零一二三四五六七八九";

  /**
   * 一 … 九十九 before 栋, 幢, 号楼, 单元, 楼, 层, a lane's 巷, an estate's phase (期) and a village's 组, 社, 队 to
   * digits; and a room written digit by digit at the end ({@code 二四零三}, {@code 一〇一}).
   */
  private static String numerals(String s) {
    if (!hasNumeral(s)) {
      return s; // most addresses: no copy
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int j = i;
      while (j < s.length() && isNumeral(s.charAt(j))) {
        j++;
      }
      if (j > i && j < s.length() && j - i <= 3 && "栋幢号单楼层组社队巷期".indexOf(s.charAt(j)) >= 0) {
        int v = value(s.substring(i, j));
        if (v > 0) {
          out.append(v);
          i = j;
          continue;
        }
      }
      if (j - i >= 2
          && (j == s.length() || ("室号户房".indexOf(s.charAt(j)) >= 0 && j + 1 == s.length()))) {
        String run = s.substring(i, j);
        if (run.indexOf('十') < 0) {
          for (int k = 0; k < run.length(); k++) {
            out.append(digit(run.charAt(k)));
          }
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

  private static boolean hasNumeral(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isNumeral(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A Chinese digit's value ({@code 〇} and {@code 零} are 0), or -1. */
  private static int digit(char c) {
    return c == '〇' ? 0 : SMALL.indexOf(c);
  }

  private static int value(String numeral) {
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return numeral.length() == 1 ? digit(numeral.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : digit(numeral.charAt(0));
    int ones = ten == numeral.length() - 1 ? 0 : digit(numeral.charAt(ten + 1));
    return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
  }
}
