package org.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.problem.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MaskingTest {

  /** A valid number: address code 510104, born 1990-03-15, sequence 123. */
  private static final String ID = valid("51010419900315123");

  private static String valid(String first17) {
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  @Test
  @DisplayName("an identity number keeps its first 6 and last 4 characters, separators in place")
  void idNumber() {
    assertThat(Masking.idNumber(ID)).isEqualTo("510104********" + ID.substring(14));
    assertThat(Masking.idNumber("510104 19900315 1234")).isEqualTo("510104 ******** 1234");
    assertThat(Masking.idNumber("5101041990")).isEqualTo("**********");
  }

  @Test
  @DisplayName("a mobile number hides the 4 digits before its last 4")
  void mobile() {
    assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
    assertThat(Masking.mobile("+86 138-1234-5678")).isEqualTo("+86 138-****-5678");
    assertThat(Masking.mobile("12345")).isEqualTo("*2345");
  }

  @Test
  @DisplayName("scrub masks identity and mobile numbers inside text and leaves the rest")
  void scrub() {
    String legacy = "510104650315123"; // a first-generation number, born 1965-03-15
    assertThat(
            Masking.scrub(
                "column \"size\": 13918196001 is outside 0..1000; record "
                    + ID
                    + ": repeats H"
                    + ID
                    + "; old "
                    + legacy
                    + "; call 138 1234 5678."))
        .isEqualTo(
            "column \"size\": 139****6001 is outside 0..1000; record 510104********"
                + ID.substring(14)
                + ": repeats H510104********"
                + ID.substring(14)
                + "; old 510104*****5123; call 138 **** 5678.");
  }

  @Test
  @DisplayName("scrub leaves grid codes, wrong numbers, longer runs and short numbers alone")
  void scrubLeaves() {
    String general = "510107011005003"; // a general grid's code reads as a 1901 birth too
    String text =
        "grid "
            + general
            + " micro 510107011005003012 code 12345678901234567890 count 1234567 at 2026-03-01";
    assertThat(Masking.scrub(text)).isEqualTo(text);
    String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
    assertThat(Masking.scrub(wrongCheck)).isEqualTo(wrongCheck);
    assertThat(Masking.scrub("12812345678")).isEqualTo("12812345678");
  }

  @Test
  @DisplayName("a problem made with a number in its subject or message carries it masked")
  void problems() {
    Problem p = Problem.of("record " + ID, "column \"size\": 13918196001 is outside 0..1000");
    assertThat(p.toString())
        .doesNotContain(ID)
        .doesNotContain("13918196001")
        .contains("510104********")
        .contains("139****6001");
  }
}
