package org.gridgov.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Random;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Seeded
class DivisionCodeTest {

  private static DivisionCode code(String s) {
    return DivisionCode.parse(s);
  }

  @ParameterizedTest
  @CsvSource({
    "510000000000, PROVINCE",
    "510100000000, CITY",
    "510107000000, COUNTY",
    "510107011000, TOWN",
    "510107011005, VILLAGE"
  })
  @DisplayName("a code names the level of its last non-zero segment")
  void level(String text, DivisionLevel level) {
    assertThat(code(text).level()).isEqualTo(level);
    assertThat(code(text).digits()).isEqualTo(text);
    assertThat(code(" " + text + "\t")).isEqualTo(code(text));
  }

  @Test
  @DisplayName("parent climbs one level at a time up to the province, which has none")
  void parents() {
    DivisionCode c = code("510107011005");
    assertThat(c.parent()).contains(code("510107011000"));
    assertThat(code("510107011000").parent()).contains(code("510107000000"));
    assertThat(code("510107000000").parent()).contains(code("510100000000"));
    assertThat(code("510100000000").parent()).contains(code("510000000000"));
    assertThat(code("510000000000").parent()).isEmpty();
  }

  @Test
  @DisplayName(
      "ancestorAt gives the enclosing division at a level, the code itself at its own level, nothing below it")
  void ancestorAt() {
    DivisionCode c = code("510107011005");
    assertThat(c.ancestorAt(DivisionLevel.PROVINCE)).contains(code("510000000000"));
    assertThat(c.ancestorAt(DivisionLevel.COUNTY)).contains(code("510107000000"));
    assertThat(c.ancestorAt(DivisionLevel.VILLAGE)).contains(c);
    assertThat(code("510107000000").ancestorAt(DivisionLevel.TOWN)).isEmpty();
    assertThat(c.countyPrefix()).isEqualTo("510107");
  }

  @ParameterizedTest
  @CsvSource({
    "441900003000, TOWN, STREET",
    "441900003001, VILLAGE, STREET",
    "441900101000, TOWN, TOWN",
    "442000001000, TOWN, STREET",
    "460400100000, TOWN, TOWN",
    "460400500000, TOWN, GOVERNMENT_ENTERPRISE_UNIT"
  })
  @DisplayName(
      "the towns of the cities without counties (Dongguan, Zhongshan, Danzhou) have county segment 00")
  void countylessCities(String text, DivisionLevel level, TownKind kind) {
    DivisionCode c = code(text);
    assertThat(c.level()).isEqualTo(level);
    assertThat(c.townKind()).contains(kind);
    assertThat(c.hasCounty()).isFalse();
    DivisionCode city = code(text.substring(0, 4) + "00000000");
    assertThat(city.level()).isEqualTo(DivisionLevel.CITY);
    assertThat(c.ancestorAt(DivisionLevel.CITY)).contains(city);
    assertThat(c.ancestorAt(DivisionLevel.COUNTY)).isEmpty();
    assertThat(c.ancestorAt(DivisionLevel.TOWN)).contains(code(text.substring(0, 9) + "000"));
    assertThat(c.isWithin(city)).isTrue();
    assertThat(c.isWithin(code(text.substring(0, 2) + "0000000000"))).isTrue();
    assertThat(c.countyPrefix()).isEqualTo(text.substring(0, 4) + "00");
  }

  @Test
  @DisplayName("a Dongguan community's parents run community, town, city, province")
  void countylessParents() {
    DivisionCode community = code("441900003001");
    assertThat(community.parent()).contains(code("441900003000"));
    assertThat(code("441900003000").parent()).contains(code("441900000000"));
    assertThat(code("441900000000").parent()).contains(code("440000000000"));
    assertThat(code("441900000000").hasCounty()).isFalse();
    assertThat(code("441900000000").ancestorAt(DivisionLevel.COUNTY)).isEmpty();
    assertThat(code("510107011005").hasCounty()).isTrue();
    assertThat(code("510107000000").hasCounty()).isTrue();
  }

  @Test
  @DisplayName("isWithin holds for the code itself and every ancestor, and for nothing else")
  void isWithin(Random r) {
    for (int i = 0; i < 500; i++) {
      DivisionCode c = randomVillage(r);
      DivisionCode other = randomVillage(r);
      for (DivisionLevel level : DivisionLevel.values()) {
        DivisionCode ancestor = c.ancestorAt(level).orElseThrow();
        assertThat(c.isWithin(ancestor)).isTrue();
        assertThat(other.isWithin(ancestor))
            .isEqualTo(
                other.digits().startsWith(ancestor.digits().substring(0, prefixLength(level))));
      }
      assertThat(c.ancestorAt(DivisionLevel.CITY).orElseThrow().isWithin(c)).isFalse();
    }
  }

  private static int prefixLength(DivisionLevel level) {
    return switch (level) {
      case PROVINCE -> 2;
      case CITY -> 4;
      case COUNTY -> 6;
      case TOWN -> 9;
      case VILLAGE -> 12;
    };
  }

  private static DivisionCode randomVillage(Random r) {
    // Few choices per segment, so that codes often share ancestors.
    return code(
        String.format(
            "%s%02d%02d%03d%03d",
            r.nextBoolean() ? "51" : "11",
            1 + r.nextInt(2),
            1 + r.nextInt(2),
            1 + r.nextInt(3),
            1 + r.nextInt(3)));
  }

  @ParameterizedTest
  @CsvSource({
    "001, STREET",
    "099, STREET",
    "100, TOWN",
    "199, TOWN",
    "200, TOWNSHIP",
    "399, TOWNSHIP",
    "400, GOVERNMENT_ENTERPRISE_UNIT",
    "599, GOVERNMENT_ENTERPRISE_UNIT"
  })
  @DisplayName(
      "townKind: 001-099 street, 100-199 town, 200-399 township, 400-599 government-enterprise unit")
  void townKind(String segment, TownKind kind) {
    assertThat(code("510107" + segment + "000").townKind()).contains(kind);
    assertThat(code("510107" + segment + "001").townKind()).contains(kind);
  }

  @ParameterizedTest
  @CsvSource({
    "001, RESIDENTS_COMMITTEE", "199, RESIDENTS_COMMITTEE", "200, VILLAGERS_COMMITTEE",
    "399, VILLAGERS_COMMITTEE", "400, OTHER", "999, OTHER"
  })
  @DisplayName("villageKind: 001-199 residents' committee, 200-399 villagers' committee")
  void villageKind(String segment, VillageKind kind) {
    assertThat(code("510107011" + segment).villageKind()).contains(kind);
  }

  @Test
  @DisplayName("codes above town level have no town kind, and above village level no village kind")
  void noKindsAboveTheirLevel() {
    assertThat(code("510107000000").townKind()).isEmpty();
    assertThat(code("510107011000").villageKind()).isEmpty();
    assertThatThrownBy(() -> TownKind.ofSegment(600)).hasMessageContaining("outside 001-599");
    assertThatThrownBy(() -> VillageKind.ofSegment(0)).hasMessageContaining("outside 001-999");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "990107011005   | \"99\" is not a province code of GB/T 2260",
        "100107011005   | \"10\" is not a province code of GB/T 2260",
        "510007011005   | a non-zero segment follows a zero segment: county segment 07 below city segment 00",
        "510000011005   | a non-zero segment follows a zero segment: town segment 011 below city segment 00",
        "510000000005   | a non-zero segment follows a zero segment: village segment 005 below city segment 00",
        "510100011005   | a non-zero segment follows a zero segment: town segment 011 below county segment 00, which only the prefecture-level cities without counties have (4419, 4420, 4604)",
        "510107000005   | a non-zero segment follows a zero segment: village segment 005 below town segment 000",
        "441900000005   | a non-zero segment follows a zero segment: village segment 005 below town segment 000",
        "51010701100    | expected 12 digits but got 11 characters",
        "5101070110050  | expected 12 digits but got 13 characters",
        "51010701100X   | character 12 ('X') is not a digit 0-9",
        "５10107011005   | character 1 ('５') is not a digit 0-9",
        "510107600000   | town segment 600 is above 599"
      })
  @DisplayName(
      "parse rejects unknown provinces, non-zero after zero, wrong lengths and non-digits, saying which")
  void rejects(String text, String why) {
    assertThatThrownBy(() -> DivisionCode.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid division code \"" + text + "\": " + why);
    assertThat(DivisionCode.tryParse(text)).isEmpty();
    assertThat(DivisionCode.isValid(text)).isFalse();
  }

  @Test
  @DisplayName("every GB/T 2260 province code is known, and no other two-digit code")
  void provinces() {
    int known = 0;
    for (int p = 0; p < 100; p++) {
      if (DivisionCode.isProvinceCode(p)) {
        known++;
        assertThat(DivisionCode.isValid(String.format("%02d0000000000", p))).isTrue();
      }
    }
    assertThat(known).isEqualTo(34);
  }

  @Test
  @DisplayName("codes compare by their digits")
  void equalityAndOrder() {
    new EqualsTester()
        .addEqualityGroup(code("510107011005"), code(" 510107011005 "))
        .addEqualityGroup(code("510107011006"))
        .addEqualityGroup(code("510107000000"))
        .testEquals();
    assertThat(code("510107011005")).isLessThan(code("510107011006"));
    assertThat(code("510107011005").toString()).isEqualTo("510107011005");
  }

  @Test
  @DisplayName("public methods refuse null arguments with NullPointerException")
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(DivisionCode.class);
    tester.testAllPublicInstanceMethods(code("510107011005"));
  }
}
