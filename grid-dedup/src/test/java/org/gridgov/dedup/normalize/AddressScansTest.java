package org.gridgov.dedup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The address parser's hand-written scans against the regular expressions they replaced, on random
 * text over the characters those patterns look at (seeded, so a failure repeats).
 */
class AddressScansTest {

  /** A building's markers ({@code Addresses.buildingMarker}), as one alternation. */
  private static final String MARKERS = "(?:号楼|栋|幢|座|排|号院|#楼|#(?=\\d)|号(?=\\d+(?:单元|门(?!市))))";

  private static final Pattern DWELLING_START =
      Pattern.compile("(?:\\d+|(?<![A-Za-z])[A-Za-z])" + MARKERS + "|\\d+(?:单元|门(?!市))|\\d+-\\d+");
  private static final Pattern STREET_NUMBER = Pattern.compile("\\d+号(?!楼|院)");

  /** A flat lettered on its floor after the last run of digits: 5-27B. */
  private static final String LETTER = "(?:[A-Za-z](?=[室号房]?$))?";

  private static final Pattern DASHED =
      Pattern.compile("(\\d+)-(\\d+" + LETTER + ")(?:-(\\d+" + LETTER + "))?(?:室|号|房)?$");
  private static final Pattern BUILDING = Pattern.compile("(\\d+|(?<![A-Za-z])[A-Za-z])" + MARKERS);
  private static final Pattern DASHED_UNIT =
      Pattern.compile("^(\\d+)-(\\d+" + LETTER + ")(?:室|号|房)?$");
  private static final Pattern UNIT = Pattern.compile("(\\d+)(?:单元|门(?!市))");
  private static final Pattern FLOOR_NUMBER = Pattern.compile("(\\d+)(?:楼|层)(?:(\\d+)(?:号|室|户)?)?");
  private static final Pattern ROOM =
      Pattern.compile("(\\d+(?:[A-Za-z](?=[室号房]?$))?)(?:室|号|户|房|[东西南北中]户)?$");

  /** Digits weigh most; the rest are the patterns' markers, letters, other text and line ends. */
  private static final String ALPHABET =
      "0123456789012345678901234567890123-----号号号楼楼栋幢座院##单元室户层第AbZ花园排门门市西中房\r\n\u0085\u2028٣";

  @Test
  @DisplayName("each scan finds what its regular expression finds, on 200,000 random texts")
  void scansMatchThePatterns() {
    SplittableRandom random = new SplittableRandom(20261204);
    int[] found = new int[6];
    for (int i = 0; i < 200_000; i++) {
      String s = text(random);
      Matcher m = DWELLING_START.matcher(s);
      int start = m.find() ? m.start() : -1;
      assertThat(Addresses.dwellingStart(s)).as("dwelling start of %s", s).isEqualTo(start);
      found[0] += start >= 0 ? 1 : 0;

      m = STREET_NUMBER.matcher(s);
      int end = m.lookingAt() ? m.end() : -1;
      assertThat(Addresses.streetNumberEnd(s)).as("street number of %s", s).isEqualTo(end);
      found[1] += end >= 0 ? 1 : 0;

      m = DASHED.matcher(s);
      int[] dashed = Addresses.dashedFlat(s);
      if (m.find()) {
        assertThat(dashed).as("dashed flat in %s", s).isNotNull();
        assertThat(new int[] {dashed[0], dashed[1], dashed[2], dashed[3]})
            .as("dashed flat in %s", s)
            .containsExactly(m.start(), m.end(1), m.end(2), m.group(3) == null ? -1 : m.end(3));
        found[2]++;
      } else {
        assertThat(dashed).as("dashed flat in %s", s).isNull();
      }
      boolean whole = DASHED.matcher(s).matches();
      assertThat(Addresses.wholeDashed(s)).as("whole dashed %s", s).isEqualTo(whole);
      found[3] += whole ? 1 : 0;

      m = DASHED_UNIT.matcher(s);
      int[] du = Addresses.dashedUnit(s);
      if (m.find()) {
        assertThat(du).as("dashed unit %s", s).containsExactly(m.end(1), m.end(2));
        found[4]++;
      } else {
        assertThat(du).as("dashed unit %s", s).isNull();
      }

      same(BUILDING.matcher(s), Addresses.building(s), s, "building");
      assertThat(Addresses.startsWithBuilding(s))
          .as("starts with a building: %s", s)
          .isEqualTo(BUILDING.matcher(s).lookingAt());
      assertThat(Addresses.isStreetNumber(s))
          .as("only a street number: %s", s)
          .isEqualTo(STREET_NUMBER.matcher(s).matches());
      same(UNIT.matcher(s), Addresses.unit(s), s, "unit");
      same(ROOM.matcher(s), Addresses.room(s), s, "room");
      m = FLOOR_NUMBER.matcher(s);
      Addresses.Span floor = Addresses.floorNumber(s);
      if (m.find()) {
        assertThat(floor).as("floor in %s", s).isNotNull();
        assertThat(floor.start()).isEqualTo(m.start());
        assertThat(floor.groupEnd()).isEqualTo(m.end(1));
        assertThat(floor.end())
            .as("floor in %s", s)
            .isEqualTo(m.group(2) == null ? m.end(1) + 1 : m.end(2));
        found[5]++;
      } else {
        assertThat(floor).as("floor in %s", s).isNull();
      }
    }
    // Each pattern matched often enough for the comparison to mean something.
    assertThat(found[0]).isGreaterThan(10_000);
    assertThat(found[1]).isGreaterThan(1_000);
    assertThat(found[2]).isGreaterThan(1_000);
    assertThat(found[3]).isGreaterThan(100);
    assertThat(found[4]).isGreaterThan(100);
    assertThat(found[5]).isGreaterThan(1_000);
  }

  private static void same(Matcher m, Addresses.Span span, String s, String what) {
    if (m.find()) {
      assertThat(span).as("%s in %s", what, s).isNotNull();
      assertThat(new int[] {span.start(), span.groupEnd(), span.end()})
          .as("%s in %s", what, s)
          .containsExactly(m.start(), m.end(1), m.end());
    } else {
      assertThat(span).as("%s in %s", what, s).isNull();
    }
  }

  private static String text(SplittableRandom random) {
    int length = random.nextInt(12);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
