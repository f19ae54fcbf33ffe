package org.gridgov.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.division.DivisionLevel;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.testing.RandomTrees;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Seeded
class GridValidationTest {

  private static final Validator EN = GridValidation.validator(Locale.ENGLISH);
  private static final Validator ZH = GridValidation.validator(Locale.SIMPLIFIED_CHINESE);

  // ---- beans with one constraint each, so that each test sees only its own violations ----

  record IdBean(@ResidentIdNumber String value) {}

  record StrictIdBean(@ResidentIdNumber(allowMasked = false, allowLegacy15 = false) String value) {}

  record MaskedIdBean(@ResidentIdNumber(allowMasked = true) String value) {}

  record DivisionBean(@DivisionCode String value) {}

  record CountyOrTownBean(
      @DivisionCode(level = {DivisionLevel.COUNTY, DivisionLevel.TOWN}) String value) {}

  record MobileBean(@ChineseMobile String value) {}

  record GridBean(@GridCode String value) {}

  record MicroGridBean(@GridCode(level = GridLevel.MICRO) String value) {}

  /** A sample bean as an embedder would write it, with all four constraints. */
  record ResidentForm(
      @NotNull @ResidentIdNumber String idNumber,
      @DivisionCode(level = DivisionLevel.VILLAGE) String community,
      @ChineseMobile String mobile,
      @NotNull @GridCode(level = {GridLevel.MICRO, GridLevel.GENERAL}) String grid) {}

  private static List<String> messages(Validator v, Object bean) {
    return v.validate(bean).stream()
        .map(ConstraintViolation::getMessage)
        .sorted()
        .collect(Collectors.toList());
  }

  private static String fullId(Random r) {
    return RandomTrees.idNumber(r);
  }

  @Nested
  class ResidentIdNumbers {

    @Test
    @DisplayName("@ResidentIdNumber accepts valid numbers in every written form, and null")
    void accepts(Random r) {
      for (int i = 0; i < 200; i++) {
        String id = fullId(r);
        assertThat(EN.validate(new IdBean(id))).isEmpty();
        assertThat(EN.validate(new IdBean(id.toLowerCase(Locale.ROOT)))).isEmpty();
        assertThat(
                EN.validate(
                    new IdBean(
                        id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14))))
            .isEmpty();
      }
      assertThat(EN.validate(new IdBean(null))).isEmpty();
      assertThat(EN.validate(new IdBean("510104800101123"))).isEmpty();
    }

    @Test
    @DisplayName("@ResidentIdNumber rejects a wrong check character with the English message")
    void rejectsWrongCheckCharacter(Random r) {
      String id = fullId(r);
      String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
      assertThat(messages(EN, new IdBean(wrong)))
          .containsExactly(
              "must be a valid resident identity number (18 characters with a correct check character)");
      assertThat(messages(EN, new IdBean("not a number"))).hasSize(1);
    }

    @Test
    @DisplayName(
        "@ResidentIdNumber rejects masked numbers unless allowMasked, and 15-digit ones when allowLegacy15 is false")
    void maskedAndLegacy(Random r) {
      String id = fullId(r);
      String masked = id.substring(0, 6) + "********" + id.substring(14);
      assertThat(messages(EN, new IdBean(masked)))
          .containsExactly("must be a complete resident identity number, not a masked one");
      assertThat(EN.validate(new MaskedIdBean(masked))).isEmpty();
      assertThat(messages(EN, new StrictIdBean("510104800101123")))
          .containsExactly("must be an 18-character resident identity number, not a 15-digit one");
      assertThat(EN.validate(new StrictIdBean(id))).isEmpty();
    }
  }

  @Nested
  class DivisionCodes {

    @ParameterizedTest
    @ValueSource(
        strings = {"510000000000", "510107000000", "510107011000", "510107011005", "110101001001"})
    @DisplayName("@DivisionCode accepts valid codes at any level")
    void accepts(String code) {
      assertThat(EN.validate(new DivisionBean(code))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "990107011005",
          "51010701100",
          "5101070110050",
          "510100011005",
          "51010701100a",
          ""
        })
    @DisplayName(
        "@DivisionCode rejects unknown provinces, wrong lengths, non-zero after zero, non-digits")
    void rejects(String code) {
      assertThat(messages(EN, new DivisionBean(code)))
          .containsExactly("must be a valid 12-digit statistical division code");
    }

    @Test
    @DisplayName(
        "@DivisionCode(level) rejects a valid code at another level, naming the levels allowed")
    void levelFilter() {
      assertThat(EN.validate(new CountyOrTownBean("510107000000"))).isEmpty();
      assertThat(EN.validate(new CountyOrTownBean("510107011000"))).isEmpty();
      assertThat(messages(EN, new CountyOrTownBean("510107011005")))
          .containsExactly("must be a division code at level county|town");
      assertThat(messages(ZH, new CountyOrTownBean("510000000000")))
          .containsExactly("必须是county|town级区划代码");
    }
  }

  @Nested
  class Mobiles {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "13800138000",
          "19912345678",
          "+8613800138000",
          "+86 138-0013-8000",
          "0086 138 0013 8000",
          "8613800138000",
          "138-0013-8000",
          " 13800138000 "
        })
    @DisplayName(
        "@ChineseMobile accepts 11-digit numbers from 13 to 19, with +86/0086/86 and spaces or hyphens")
    void accepts(String number) {
      assertThat(EN.validate(new MobileBean(number))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "12800138000",
          "1380013800",
          "138001380000",
          "+85213800138000",
          "028-85551234",
          "1380013800O",
          "+86",
          ""
        })
    @DisplayName(
        "@ChineseMobile rejects other prefixes, wrong lengths, landlines, other country codes and letters")
    void rejects(String number) {
      assertThat(messages(EN, new MobileBean(number)))
          .containsExactly(
              "must be a mainland China mobile number (11 digits starting with 13-19)");
    }
  }

  @Nested
  class GridCodes {

    @ParameterizedTest
    @ValueSource(
        strings = {"510107011005", "510107011005001", "510107011005001012", "510107011005E002"})
    @DisplayName("@GridCode accepts the four shapes")
    void accepts(String code) {
      assertThat(EN.validate(new GridBean(code))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "510107011000",
          "510107011005000",
          "510107011005E000",
          "5101070110050011",
          "510107011005e002",
          "510107011005X002"
        })
    @DisplayName("@GridCode rejects town codes, sequence 000, wrong lengths and wrong letters")
    void rejects(String code) {
      assertThat(messages(EN, new GridBean(code)))
          .containsExactly(
              "must be a valid grid code (12, 15 or 18 digits, or 12 digits + E + 3 digits)");
    }

    @Test
    @DisplayName(
        "@GridCode(level) rejects a valid code of another level, naming the levels allowed")
    void levelFilter() {
      assertThat(EN.validate(new MicroGridBean("510107011005001012"))).isEmpty();
      assertThat(messages(EN, new MicroGridBean("510107011005001")))
          .containsExactly("must be the code of a micro grid");
    }
  }

  @Test
  @DisplayName("a bean with all four constraints is validated, in English and in Chinese")
  void sampleBean(Random r) {
    ResidentForm good =
        new ResidentForm(fullId(r), "510107011005", "+86 138-0013-8000", "510107011005001012");
    assertThat(EN.validate(good)).isEmpty();
    assertThat(ZH.validate(good)).isEmpty();

    ResidentForm bad =
        new ResidentForm("510107198001010010", "510107011000", "12345", "510107011005E001");
    Set<ConstraintViolation<ResidentForm>> en = EN.validate(bad);
    assertThat(en)
        .extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
        .containsExactlyInAnyOrder(
            "idNumber: must be a valid resident identity number (18 characters with a correct check character)",
            "community: must be a division code at level village",
            "mobile: must be a mainland China mobile number (11 digits starting with 13-19)",
            "grid: must be the code of a micro|general grid");
    assertThat(messages(ZH, bad))
        .containsExactlyInAnyOrder(
            "必须是有效的公民身份号码（18位，校验码正确）",
            "必须是village级区划代码",
            "必须是中国大陆手机号码（以13-19开头的11位数字）",
            "必须是micro|general网格的编码");
    assertThat(messages(EN, new ResidentForm(null, null, null, null)))
        .as("only @NotNull complains about nulls")
        .hasSize(2);
  }

  @Test
  @DisplayName("every message of the four constraints has a Chinese translation")
  void chineseMessages() {
    assertThat(messages(ZH, new IdBean("x"))).containsExactly("必须是有效的公民身份号码（18位，校验码正确）");
    assertThat(messages(ZH, new StrictIdBean("510104800101123")))
        .containsExactly("必须是18位公民身份号码，不能是15位旧号码");
    assertThat(messages(ZH, new IdBean("510104********1234")))
        .containsExactly("必须是完整的公民身份号码，不能是脱敏号码");
    assertThat(messages(ZH, new DivisionBean("x"))).containsExactly("必须是有效的12位统计用区划代码");
    assertThat(messages(ZH, new GridBean("x")))
        .containsExactly("必须是有效的网格编码（12、15或18位数字，或12位数字+E+3位数字）");
    assertThat(messages(ZH, new MicroGridBean("510107011005"))).containsExactly("必须是micro网格的编码");
    assertThat(messages(ZH, new MobileBean("x"))).containsExactly("必须是中国大陆手机号码（以13-19开头的11位数字）");
  }

  @Test
  @DisplayName("validator(locale) hands out one validator per locale")
  void cachedPerLocale() {
    assertThat(GridValidation.validator(Locale.ENGLISH)).isSameAs(EN);
    assertThat(GridValidation.validator(Locale.SIMPLIFIED_CHINESE)).isNotSameAs(EN);
  }
}
