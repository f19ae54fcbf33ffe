package org.gridgov.dedup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class TextTest {

  /** The clean-up as it was before the no-copy shortcuts: the reference they must agree with. */
  private static String collapseByCopy(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  @Test
  @DisplayName("clean, removeSpaces and isStreetNumber agree with copying and with the pattern")
  void shortcutsAgreeWithTheReference(Random random) {
    String alphabet = "ab号1 0 \t\u3000\u00a0\n栋楼院-9";
    java.util.regex.Pattern streetNumber = java.util.regex.Pattern.compile("\\d+号(?!楼|院)");
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(8);
      for (int j = 0; j < length; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      String ascii = s.replace('\u3000', ' ').replace('\u00a0', ' ');
      assertThat(Text.clean(ascii)).as(s).isEqualTo(collapseByCopy(ascii));
      assertThat(Text.removeSpaces(s)).as(s).isEqualTo(collapseByCopy(s).replace(" ", ""));
      assertThat(Addresses.isStreetNumber(s)).as(s).isEqualTo(streetNumber.matcher(s).matches());
    }
    assertThat(Addresses.isStreetNumber("36号")).isTrue();
    assertThat(Addresses.isStreetNumber("号")).isFalse();
    assertThat(Addresses.isStreetNumber("３６号")).isFalse(); // \d is ASCII; clean() folds these
  }

  @Test
  @DisplayName("isHan's shortcuts agree with the Unicode script table on every code point")
  void isHanAgreesWithTheScriptTable() {
    int disagreements = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean table = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (Text.isHan(cp) != table) {
        disagreements++;
      }
    }
    assertThat(disagreements).isZero();
    assertThat(Text.hasHan("刘一辉")).isTrue();
    assertThat(Text.hasHan("Liu Yihui")).isFalse();
    assertThat(Text.hasHan("〇"))
        .isEqualTo(Character.UnicodeScript.of('〇') == Character.UnicodeScript.HAN);
  }
}
