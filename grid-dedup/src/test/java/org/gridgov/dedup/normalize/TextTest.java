package org.gridgov.dedup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextTest {

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
