package org.gridgov.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Random;
import org.gridgov.core.testing.RandomTrees;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Seeded
class ResidentIdNumberTest {

  private static final String CHARACTERS = "0123456789X";

  /**
   * The check character computed a second way, straight from ISO 7064 MOD 11-2: weight 2^(17-i) mod
   * 11, check value (12 - sum mod 11) mod 11, 10 written as X.
   */
  private static char referenceCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = 1;
      for (int k = 0; k < 17 - i; k++) {
        weight = weight * 2 % 11;
      }
      sum += (first17.charAt(i) - '0') * weight;
    }
    int v = (12 - sum % 11) % 11;
    return v == 10 ? 'X' : (char) ('0' + v);
  }

  @Test
  @DisplayName(
      "every generated valid number parses as FULL, and its check character agrees with ISO 7064 MOD 11-2")
  void validNumbersPass(Random r) {
    for (int i = 0; i < 2000; i++) {
      String id = RandomTrees.idNumber(r);
      ResidentIdNumber n = ResidentIdNumber.parse(id);
      assertThat(n.form()).isEqualTo(IdNumberForm.FULL);
      assertThat(n.value()).isEqualTo(id);
      assertThat(id.charAt(17)).isEqualTo(referenceCheck(id.substring(0, 17)));
    }
  }

  @Test
  @DisplayName(
      "every single-character change of a valid number (each position, each other character of 0-9 and X) fails")
  void everySingleChangeFails(Random r) {
    for (int i = 0; i < 300; i++) {
      String id = RandomTrees.idNumber(r);
      for (int pos = 0; pos < 18; pos++) {
        for (char c : CHARACTERS.toCharArray()) {
          if (c == id.charAt(pos)) {
            continue;
          }
          String changed = id.substring(0, pos) + c + id.substring(pos + 1);
          assertThat(ResidentIdNumber.isValid(changed))
              .as("%s changed at %d to %s", id, pos + 1, c)
              .isFalse();
        }
      }
    }
  }

  @Test
  @DisplayName(
      "upgrading a 15-digit number gives an 18-character number that parses as FULL with the same person's data")
  void legacyUpgradeAgreesWithCheckCharacter(Random r) {
    int checked = 0;
    while (checked < 1000) {
      String full = RandomTrees.idNumber(r);
      if (!full.startsWith("19", 6)) {
        continue; // first-generation cards carry a two-digit year of the 1900s
      }
      String legacy = full.substring(0, 6) + full.substring(8, 17);
      String upgraded = ResidentIdNumber.upgrade(legacy);
      assertThat(upgraded).isEqualTo(full.substring(0, 17) + referenceCheck(full.substring(0, 17)));
      assertThat(ResidentIdNumber.parse(upgraded).form()).isEqualTo(IdNumberForm.FULL);
      ResidentIdNumber parsed = ResidentIdNumber.parse(legacy);
      assertThat(parsed.form()).isEqualTo(IdNumberForm.LEGACY_15);
      assertThat(parsed).isEqualTo(ResidentIdNumber.parse(upgraded));
      assertThat(parsed.birthDate()).isEqualTo(ResidentIdNumber.parse(full).birthDate());
      checked++;
    }
  }

  @ParameterizedTest
  @CsvSource({
    // numbers made up for these tests; check characters computed by hand from the standard
    "11010519491231002X, 1949-12-31, FEMALE",
    "510107198001010013, 1980-01-01, MALE",
    "44030419900307123X, 1990-03-07, MALE",
    "310115200011304560, 2000-11-30, FEMALE",
    "65010219751015006X, 1975-10-15, FEMALE"
  })
  @DisplayName("known examples: check character, birth date and gender")
  void knownExamples(String id, LocalDate birth, Gender gender) {
    ResidentIdNumber n = ResidentIdNumber.parse(id);
    assertThat(ResidentIdNumber.checkCharacter(id.substring(0, 17))).isEqualTo(id.charAt(17));
    assertThat(n.birthDate()).contains(birth);
    assertThat(n.gender()).contains(gender);
    assertThat(n.addressCode()).contains(id.substring(0, 6));
  }

  /**
   * A valid number of another kind: a residence permit for Hong Kong, Macao or Taiwan residents, or
   * a foreigners' permanent residence card of the 2023 format (9, province of issue, nationality).
   */
  private static String otherKindNumber(Random r, IdNumberKind kind) {
    String head =
        switch (kind) {
          case HK_MACAO_RESIDENCE_PERMIT -> r.nextBoolean() ? "810000" : "820000";
          case TAIWAN_RESIDENCE_PERMIT -> "830000";
          case FOREIGN_PERMANENT_RESIDENCE ->
              String.format(
                  "9%s%03d",
                  new String[] {"11", "31", "44", "51", "65"}[r.nextInt(5)], 1 + r.nextInt(999));
          case RESIDENT -> RandomTrees.idNumber(r).substring(0, 6);
        };
    LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(r.nextInt(365 * 126));
    String first17 =
        String.format(
            "%s%04d%02d%02d%03d",
            head, birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), r.nextInt(1000));
    return first17 + referenceCheck(first17);
  }

  @ParameterizedTest
  @CsvSource({
    "HK_MACAO_RESIDENCE_PERMIT",
    "TAIWAN_RESIDENCE_PERMIT",
    "FOREIGN_PERMANENT_RESIDENCE",
    "RESIDENT"
  })
  @DisplayName(
      "residence permits (81/82/83) and 2023 permanent residence cards (9 + province) parse as FULL with their kind, and every single change fails")
  void otherKindsPass(IdNumberKind kind, Random r) {
    for (int i = 0; i < 300; i++) {
      String id = otherKindNumber(r, kind);
      ResidentIdNumber n = ResidentIdNumber.parse(id);
      assertThat(n.form()).isEqualTo(IdNumberForm.FULL);
      assertThat(n.kind()).contains(kind);
      assertThat(n.value()).isEqualTo(id);
      assertThat(n.birthDate())
          .contains(
              LocalDate.of(
                  Integer.parseInt(id.substring(6, 10)),
                  Integer.parseInt(id.substring(10, 12)),
                  Integer.parseInt(id.substring(12, 14))));
      assertThat(n.gender()).contains((id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
      if (kind == IdNumberKind.FOREIGN_PERMANENT_RESIDENCE) {
        assertThat(n.addressCode()).isEmpty();
      } else {
        assertThat(n.addressCode()).contains(id.substring(0, 6));
      }
      ResidentIdNumber masked = ResidentIdNumber.parse(n.masked());
      assertThat(masked.kind()).contains(kind);
      assertThat(masked.isCompatibleWith(n)).isTrue();
      assertThat(masked.partialKey()).isEqualTo(n.partialKey());
      for (int pos = 0; pos < 18; pos++) {
        for (char c : CHARACTERS.toCharArray()) {
          if (c != id.charAt(pos)) {
            String changed = id.substring(0, pos) + c + id.substring(pos + 1);
            assertThat(ResidentIdNumber.isValid(changed))
                .as("%s changed at %d to %s", id, pos + 1, c)
                .isFalse();
          }
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    // numbers made up for these tests; check characters computed from the standard
    "810000199001010014, HK_MACAO_RESIDENCE_PERMIT, 1990-01-01, MALE",
    "820000200012310022, HK_MACAO_RESIDENCE_PERMIT, 2000-12-31, FEMALE",
    "830000198502280035, TAIWAN_RESIDENCE_PERMIT, 1985-02-28, MALE",
    "931840197807150047, FOREIGN_PERMANENT_RESIDENCE, 1978-07-15, FEMALE",
    "911392200402290011, FOREIGN_PERMANENT_RESIDENCE, 2004-02-29, MALE"
  })
  @DisplayName("known examples of permits and permanent residence cards: kind, birth date, gender")
  void knownOtherKinds(String first17AndAny, IdNumberKind kind, LocalDate birth, Gender gender) {
    String first17 = first17AndAny.substring(0, 17);
    String id = first17 + referenceCheck(first17);
    ResidentIdNumber n = ResidentIdNumber.parse(id);
    assertThat(n.kind()).contains(kind);
    assertThat(n.birthDate()).contains(birth);
    assertThat(n.gender()).contains(gender);
    assertThat(n.masked()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
  }

  @Test
  @DisplayName("kind is empty only when the characters that tell it are masked")
  void maskedKinds() {
    assertThat(ResidentIdNumber.parse("510107********0013").kind()).contains(IdNumberKind.RESIDENT);
    assertThat(ResidentIdNumber.parse("9*****************").kind())
        .contains(IdNumberKind.FOREIGN_PERMANENT_RESIDENCE);
    assertThat(ResidentIdNumber.parse("8*****************").kind()).isEmpty();
    assertThat(ResidentIdNumber.parse("*1****************").kind()).isEmpty();
    assertThat(ResidentIdNumber.parse("5*****************").kind()).contains(IdNumberKind.RESIDENT);
    assertThat(ResidentIdNumber.parse("83****************").kind())
        .contains(IdNumberKind.TAIWAN_RESIDENCE_PERMIT);
    assertThat(ResidentIdNumber.parse("510104800101123").kind()).contains(IdNumberKind.RESIDENT);
    assertThat(ResidentIdNumber.isValid("999***************")).isFalse();
  }

  @Test
  @DisplayName("15-digit first-generation numbers never start with 83 or 9")
  void legacyHasNoOtherKinds() {
    assertThat(ResidentIdNumber.isValid("830000800101123")).isFalse();
    assertThat(ResidentIdNumber.isValid("911840800101123")).isFalse();
  }

  @Test
  @DisplayName("a known 15-digit number upgrades to its known 18-character form")
  void knownLegacyExample() {
    assertThat(ResidentIdNumber.upgrade("510104800101123")).isEqualTo("510104198001011236");
    assertThat(ResidentIdNumber.parse("510104800101123").value()).isEqualTo("510104198001011236");
  }

  @Test
  @DisplayName(
      "full-width digits and letters, a lower-case x, spaces and hyphens are read as the plain number")
  void writtenVariants() {
    String id = "11010519491231002X";
    ResidentIdNumber plain = ResidentIdNumber.parse(id);
    assertThat(ResidentIdNumber.parse("１１０１０５１９４９１２３１００２Ｘ")).isEqualTo(plain);
    assertThat(ResidentIdNumber.parse("１１０１０５１９４９１２３１００２ｘ")).isEqualTo(plain);
    assertThat(ResidentIdNumber.parse("11010519491231002x")).isEqualTo(plain);
    assertThat(ResidentIdNumber.parse(" 110105 19491231 002X ")).isEqualTo(plain);
    assertThat(ResidentIdNumber.parse("110105-19491231-002x")).isEqualTo(plain);
    assertThat(ResidentIdNumber.parse("110105\u300019491231\u3000002X")).isEqualTo(plain);
  }

  @Test
  @DisplayName(
      "masked numbers keep their visible parts: partial key, compatibility, and an empty birth date when it is hidden")
  void maskedNumbers() {
    ResidentIdNumber full = ResidentIdNumber.parse("510107198001010013");
    ResidentIdNumber masked = ResidentIdNumber.parse("510107********0013");
    assertThat(masked.form()).isEqualTo(IdNumberForm.MASKED);
    assertThat(masked.isMasked()).isTrue();
    assertThat(masked.birthDate()).isEmpty();
    assertThat(masked.addressCode()).contains("510107");
    assertThat(masked.gender()).contains(Gender.MALE);
    assertThat(masked.partialKey()).contains("5101070013");
    assertThat(full.partialKey()).contains("5101070013");
    assertThat(masked.isCompatibleWith(full)).isTrue();
    assertThat(full.isCompatibleWith(masked)).isTrue();
    assertThat(masked.isCompatibleWith(ResidentIdNumber.parse("11010519491231002X"))).isFalse();
    assertThat(full.isCompatibleWith(ResidentIdNumber.parse("11010519491231002X"))).isFalse();
    assertThat(masked).isNotEqualTo(full);
    assertThat(full.masked()).isEqualTo("510107********0013");

    ResidentIdNumber tailHidden = ResidentIdNumber.parse("51010719800101***X");
    assertThat(tailHidden.partialKey()).isEmpty();
    assertThat(tailHidden.gender()).isEmpty();
    assertThat(tailHidden.birthDate()).contains(LocalDate.of(1980, 1, 1));
    assertThat(ResidentIdNumber.parse("510107××××××××0013")).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "5101071980010100          | expected 18 characters (or 15 for an old card) but got 16",
        "51010A198001010013        | character 6 ('A') is not a digit",
        "51010719800101001Y        | the check character ('Y') must be a digit or X",
        "100107198001010013        | \"10\" is not a province code",
        "990107198001010013        | \"90\" after the leading 9 of a foreigners' permanent residence card number is not the code of a mainland province of issue",
        "981107198001010013        | \"81\" after the leading 9 of a foreigners' permanent residence card number is not the code of a mainland province of issue",
        "840000198001010013        | \"84\" is not a province code",
        "USA310180110101           | 3 letters and 12 digits is the format of the foreigners' permanent residence cards issued before December 2023, which is not an identity number of 18 characters",
        "510107198002300013        | characters 7 to 14 (the birth date) are no date: the day is not in the month",
        "510107198013010013        | characters 7 to 14 (the birth date) are no date: the month is not 01 to 12",
        "510107184001010013        | characters 7 to 14 (the birth date) are no date of birth: the year is before 1850",
        "510107198001010012        | the check character (character 18) does not agree with the first 17 digits: a character is mistyped",
        "51010780013012A           | character 15 ('A') of a 15-digit number is not a digit",
        "510107800230123           | characters 7 to 12 (the birth date) are no date: the day is not in the month",
        "******************        | every character is masked",
        "5101071980****001A        | character 18 ('A') is not a digit or a mask '*'"
      })
  @DisplayName(
      "each kind of error has a clear message naming the number, masked, and what is wrong")
  void errorMessages(String text, String why) {
    String shown =
        text.substring(0, 6) + "*".repeat(text.length() - 10) + text.substring(text.length() - 4);
    assertThatThrownBy(() -> ResidentIdNumber.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid resident identity number \"" + shown + "\": " + why);
    assertThat(ResidentIdNumber.tryParse(text)).isEmpty();
  }

  @Test
  @DisplayName("checkCharacter and upgrade refuse malformed input with a message")
  void helperErrors() {
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1234"))
        .hasMessage("expected 17 digits but got 4");
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("5101071980010100A"))
        .hasMessage("character 17 ('A') is not a digit");
    assertThatThrownBy(() -> ResidentIdNumber.upgrade("51010780010112"))
        .hasMessageContaining("a first-generation number has exactly 15 digits");
  }

  @Test
  @DisplayName("equal when the 18 characters are equal, whatever form they were written in")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            ResidentIdNumber.parse("510104198001011236"),
            ResidentIdNumber.parse("510104800101123"),
            ResidentIdNumber.parse("５１０１０４１９８００１０１１２３６"))
        .addEqualityGroup(ResidentIdNumber.parse("510104********1236"))
        .addEqualityGroup(
            ResidentIdNumber.parse("11010519491231002X"),
            ResidentIdNumber.parse("11010519491231002x"))
        .testEquals();
  }

  @Test
  @DisplayName("public methods refuse null arguments with NullPointerException")
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(ResidentIdNumber.class);
    tester.testAllPublicInstanceMethods(ResidentIdNumber.parse("510107198001010013"));
    tester.testAllPublicInstanceMethods(ResidentIdNumber.parse("510107********0013"));
  }
}
