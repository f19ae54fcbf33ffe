package org.gridgov.dedup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gridgov.samples.residents.ResidentRecord;
import org.gridgov.samples.residents.SyntheticResidents;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Phone numbers: the forms of real ledgers, and libphonenumber as the reference. */
@Seeded
class PhonesTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @Test
  @DisplayName("mainland mobiles in every common form are one E.164 number")
  void mobiles() {
    for (String s :
        List.of(
            "+86 138 1234 5678",
            "0086-13812345678",
            "138-1234-5678",
            "13812345678",
            "86 13812345678",
            "+8613812345678",
            "１３８１２３４５６７８")) {
      assertThat(Phones.normalize(s)).as(s).contains("+8613812345678");
    }
    assertThat(Phones.isMobile("+8613812345678")).isTrue();
  }

  @Test
  @DisplayName("landlines written internationally are kept, as E.164, and meet their local number")
  void landlines() {
    for (String s :
        List.of("+86 28 8512 3456", "0086 28 85123456", "028-85123456", "(028)85123456")) {
      assertThat(Phones.normalize(s)).as(s).contains("+862885123456");
    }
    assertThat(Phones.normalize("+86-10-12345678")).contains("+861012345678");
    assertThat(Phones.normalize("85123456")).contains("85123456");
    assertThat(Phones.local("+862885123456")).isEqualTo("85123456");
    assertThat(Phones.local("+861012345678")).isEqualTo("12345678");
    assertThat(Phones.isMobile("+862885123456")).isFalse();
  }

  @Test
  @DisplayName("Hong Kong and Macao numbers are kept; an American number is not a mainland mobile")
  void otherCountries() {
    assertThat(Phones.normalize("+852 9123 4567")).contains("+85291234567");
    assertThat(Phones.normalize("00852-91234567")).contains("+85291234567");
    assertThat(Phones.normalize("+853 6612 3456")).contains("+85366123456");
    Optional<String> us = Phones.normalize("+1 415 555 0100");
    assertThat(us).isNotEqualTo(Optional.of("+8614155550100"));
    assertThat(us).isEqualTo(reference("+1 415 555 0100"));
    assertThat(Phones.local("+85291234567")).isEqualTo("+85291234567");
  }

  @Test
  @DisplayName("not numbers: too short, letters, an invalid mobile prefix")
  void notNumbers() {
    assertThat(Phones.normalize("12345")).isEmpty();
    assertThat(Phones.normalize("call me")).isEmpty();
    assertThat(Phones.normalize("")).isEmpty();
    assertThat(Phones.normalize("10012345678")).isEqualTo(reference("10012345678"));
  }

  @Test
  @DisplayName(
      "a cell listing several numbers gives its first mobile, a spreadsheet's float its digits;"
          + " masked mobiles kept as masked")
  void listsAndMasks() {
    assertThat(Phones.normalize("152-2732-2378、(028)82202230")).contains("+8615227322378");
    assertThat(Phones.normalize("(028)82202230，152-2732-2378")).contains("+8615227322378");
    assertThat(Phones.normalize("028-82202230; 028-85123456")).contains("+862882202230");
    assertThat(Phones.normalize("无, 不详")).isEmpty();
    // A slash or spaces between numbers, where the whole is no one number.
    assertThat(Phones.normalize("159-1577-2280 180-2225-7559")).contains("+8615915772280");
    assertThat(Phones.normalize("028-85123456/15915772280")).contains("+8615915772280");
    assertThat(Phones.normalize("137 1398 6823 13912345678")).contains("+8613713986823");
    assertThat(Phones.normalize("(0531)88576665 0531-88576666")).contains("+8653188576665");
    assertThat(Phones.normalize("15915772280 / 微信 18022257559")).contains("+8615915772280");
    assertThat(Phones.normalize("/")).isEmpty();
    assertThat(Phones.normalize("12 34")).isEmpty();
    // A number's own groups give none by chance: every part must belong to a whole number.
    assertThat(Phones.normalize("0646 5632 4664 88")).isEmpty();
    assertThat(Phones.normalize("15915772280 801")).isEmpty();
    // A spreadsheet's float.
    assertThat(Phones.normalize("13867333545.0")).contains("+8613867333545");
    assertThat(Phones.normalize("12.0")).isEmpty();
    assertThat(Phones.masked("138****5678")).contains("+86138****5678");
    assertThat(Phones.masked("+86 138****5678")).contains("+86138****5678");
    assertThat(Phones.masked("138-****-5678")).contains("+86138****5678");
    assertThat(Phones.masked("13812345678")).isEmpty();
    assertThat(Phones.masked("138***5678")).isEmpty();
    assertThat(Phones.masked("028****5678")).isEmpty();
    assertThat(Phones.masked("尾号5678")).contains("+861******5678");
    assertThat(Phones.masked("尾号：5678")).contains("+861******5678");
    assertThat(Phones.masked("尾号567")).isEmpty();
    assertThat(Phones.compatible("+861******5678", "+8613812345678")).isTrue();
    assertThat(Phones.maskedForm("+8613812345678"))
        .isEqualTo(Phones.maskedForm("+86138****5678"))
        .isEqualTo("+86138****5678");
    assertThat(Phones.maskedForm("+861******5678")).isEqualTo("+861******5678");
    assertThat(Phones.maskedForm("+85291234567")).isEmpty();
    assertThat(Phones.maskedForm("+862885123456")).isEmpty();
    assertThat(Phones.compatible("+86138****5678", "+8613812345678")).isTrue();
    assertThat(Phones.compatible("+86138****5678", "+8613912345678")).isFalse();
  }

  /** libphonenumber's reading of a text as written in the mainland: valid numbers in E.164. */
  private static Optional<String> reference(String text) {
    Optional<String> mainland = libphonenumber(text, "CN");
    String d = Text.clean(text).replaceAll("[ ().\\-/]", "");
    if (mainland.isEmpty() && (d.matches("85[23][0-9]{8}") || d.matches("886[0-9]{9}"))) {
      // Where no mainland number is read, Hong Kong's, Macao's and Taiwan's country codes written
      // without + are theirs: (852)9123 4567.
      return libphonenumber("+" + d, "CN");
    }
    return mainland;
  }

  private static Optional<String> libphonenumber(String text, String region) {
    try {
      PhoneNumber n = UTIL.parse(text, region);
      return UTIL.isValidNumber(n)
          ? Optional.of(UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** A local number without area code, which libphonenumber cannot place and we keep as digits. */
  private static boolean localOnly(String text) {
    String d = Text.clean(text).replaceAll("[ ().\\-/]", "");
    return d.matches("[2-9][0-9]{6,7}");
  }

  @Test
  @DisplayName("differential: every phone the generator writes reads as libphonenumber reads it")
  void differentialGenerator() {
    long compared = 0;
    for (ResidentRecord r : SyntheticResidents.generate(3_000, 5L).records()) {
      String p = r.phone();
      if (p.isEmpty() || localOnly(p)) {
        continue;
      }
      assertThat(Phones.normalize(p)).as(p).isEqualTo(reference(p));
      compared++;
    }
    assertThat(compared).isGreaterThan(5_000);
  }

  @Test
  @DisplayName("differential: random digit strings in common shapes read as libphonenumber reads")
  void differentialRandom(Random random) {
    List<String> prefixes = List.of("", "", "", "+86 ", "0086", "+", "00", "0", "86", "+852 ");
    List<String> seps = List.of("", " ", "-", "");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder(prefixes.get(random.nextInt(prefixes.size())));
      int length = 5 + random.nextInt(9);
      String sep = seps.get(random.nextInt(seps.size()));
      for (int k = 0; k < length; k++) {
        if (k > 0 && k % 4 == 3) {
          b.append(sep);
        }
        // Mobiles are most of what apps hold: start with 1 and a known second digit often.
        b.append(k == 0 && random.nextBoolean() ? 1 : random.nextInt(10));
      }
      texts.add(b.toString());
    }
    for (String s : texts) {
      if (localOnly(s)) {
        continue;
      }
      assertThat(Phones.normalize(s)).as(s).isEqualTo(reference(s));
    }
  }

  @Test
  @DisplayName("normalising a normalised number changes nothing")
  void idempotent() {
    for (String s : List.of("+8613812345678", "+862885123456", "+85291234567", "85123456")) {
      assertThat(Phones.normalize(s)).as(s).contains(s);
    }
  }
}
