package org.gridgov.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Random;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Seeded
class GridCodeTest {

  private static final GridCode COMMUNITY = GridCode.parse("510107011005");

  @ParameterizedTest
  @CsvSource({
    "510107011005, COMMUNITY, ''",
    "510107011005003, GENERAL, 510107011005",
    "510107011005003012, MICRO, 510107011005003",
    "510107011005E002, EXCLUSIVE, 510107011005"
  })
  @DisplayName("the four shapes give the level, and the code parent is the code they extend")
  void shapes(String text, GridLevel level, String codeParent) {
    GridCode c = GridCode.parse(text);
    assertThat(c.level()).isEqualTo(level);
    assertThat(c.value()).isEqualTo(text);
    assertThat(c.community()).isEqualTo(DivisionCode.parse("510107011005"));
    assertThat(c.codeParent().map(GridCode::value).orElse("")).isEqualTo(codeParent);
    assertThat(GridCode.parse(" " + text + " ")).isEqualTo(c);
  }

  @Test
  @DisplayName(
      "child and exclusive make codes that parse back, extend their parent and name it as code parent")
  void childAndExclusive(Random r) {
    for (int i = 0; i < 300; i++) {
      int a = 1 + r.nextInt(999);
      int b = 1 + r.nextInt(999);
      GridCode general = COMMUNITY.child(a);
      GridCode micro = general.child(b);
      GridCode exclusive = COMMUNITY.exclusive(a);
      assertThat(general.level()).isEqualTo(GridLevel.GENERAL);
      assertThat(micro.level()).isEqualTo(GridLevel.MICRO);
      assertThat(exclusive.level()).isEqualTo(GridLevel.EXCLUSIVE);
      assertThat(general.value()).isEqualTo(String.format("510107011005%03d", a));
      assertThat(exclusive.value()).isEqualTo(String.format("510107011005E%03d", a));
      assertThat(micro.codeParent()).contains(general);
      assertThat(general.codeParent()).contains(COMMUNITY);
      assertThat(exclusive.codeParent()).contains(COMMUNITY);
      assertThat(micro.extendsCode(general)).isTrue();
      assertThat(micro.extendsCode(COMMUNITY)).isTrue();
      assertThat(general.extendsCode(micro)).isFalse();
      assertThat(general.extendsCode(general)).isFalse();
      assertThat(GridCode.parse(micro.value())).isEqualTo(micro);
    }
  }

  @Test
  @DisplayName("child and exclusive refuse sequences outside 1-999 and levels that have none")
  void childAndExclusiveRefuse() {
    assertThatThrownBy(() -> COMMUNITY.child(0)).hasMessage("sequence must be 1-999 but was 0");
    assertThatThrownBy(() -> COMMUNITY.exclusive(1000))
        .hasMessage("sequence must be 1-999 but was 1000");
    assertThatThrownBy(() -> COMMUNITY.child(1).exclusive(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exclusive grid codes extend a community code");
    assertThatThrownBy(() -> COMMUNITY.child(1).child(1).child(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 12 digits (community)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "510107011005000      | sequence 000 at position 13; sequences start at 001",
        "510107011005001000   | sequence 000 at position 16; sequences start at 001",
        "510107011005000001   | sequence 000 at position 13; sequences start at 001",
        "510107011005E000     | sequence 000 at position 14; sequences start at 001",
        "5101070110050        | expected 12 digits (community), 15 (general), 18 (micro) or 12 digits + E + 3 digits (exclusive)",
        "510107011005e002     | expected 12 digits (community), 15 (general), 18 (micro) or 12 digits + E + 3 digits (exclusive)",
        "510107011005E0A2     | character 15 ('A') is not a digit",
        "51010701100A001      | character 12 ('A') is not a digit",
        "510107011000         | the first 12 digits must be the division code of a community or village",
        "990107011005001      | the first 12 digits must be the division code of a community or village"
      })
  @DisplayName("parse rejects sequence 000 and wrong shapes, saying which shapes are allowed")
  void rejects(String text, String why) {
    assertThatThrownBy(() -> GridCode.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid grid code \"" + text + "\": " + why);
    assertThat(GridCode.tryParse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"510107011005", "510107011005001", "510107011005001001", "510107011005E001"})
  @DisplayName("ofCommunity gives the total grid of a community")
  void ofCommunity(String text) {
    GridCode c = GridCode.parse(text);
    assertThat(GridCode.ofCommunity(c.community())).isEqualTo(COMMUNITY);
  }

  @Test
  @DisplayName("codes compare by their text")
  void equalityAndOrder() {
    new EqualsTester()
        .addEqualityGroup(
            COMMUNITY,
            GridCode.parse("510107011005"),
            GridCode.ofCommunity(DivisionCode.parse("510107011005")))
        .addEqualityGroup(COMMUNITY.child(1), GridCode.parse("510107011005001"))
        .addEqualityGroup(COMMUNITY.exclusive(1))
        .testEquals();
    assertThat(COMMUNITY).isLessThan(COMMUNITY.child(1));
    assertThat(COMMUNITY.child(1).toString()).isEqualTo("510107011005001");
  }

  @Test
  @DisplayName("public methods refuse null arguments with NullPointerException")
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(GridCode.class);
    tester.testAllPublicInstanceMethods(COMMUNITY.child(3).child(4));
  }
}
