package org.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimesTest {

  /** RFC 3339's date-time with seconds, no fraction, as the one output form. */
  static final Pattern RFC3339_SECONDS =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");

  private static final OffsetDateTime SIX = OffsetDateTime.parse("2026-03-02T06:00:00+08:00");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-02T06:00:00+08:00",
        "2026-03-02T06:00+08:00",
        "2026-03-02 06:00:00+08:00",
        "2026-03-02t06:00:00+08:00",
        "2026-03-02T06:00:00+0800",
        "2026-03-02T06:00:00+08",
        "2026-03-02T06:00:00.000+08:00",
        "2026-03-02T06:00:00,0+08:00",
        "2026-03-01T22:00:00Z",
        "2026-03-01T22:00:00z",
        "2026-03-01T14:00:00-08:00",
        "20260302T060000+0800",
        "20260301T2200Z",
        " 2026-03-02 06:00:00 +0800 "
      })
  @DisplayName("the common forms of ISO 8601 and RFC 3339 are read as the same instant")
  void readsCommonForms(String text) {
    assertThat(Times.parse(text).toInstant()).isEqualTo(SIX.toInstant());
  }

  @Test
  @DisplayName("the offset read is the offset written, and fractions are kept")
  void keepsOffsetAndFraction() {
    OffsetDateTime t = Times.parse("2026-03-02T12:00:00.500-0330");
    assertThat(t.getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(-3, -30));
    assertThat(t.getNano()).isEqualTo(500_000_000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-02T06:00",
        "2026-03-02",
        "yesterday",
        "2026-13-02T06:00:00+08:00",
        "2026-04-31T06:00:00+08:00",
        "2026-03-02T24:00:00+08:00",
        "2026-03-02T06:00:00+19:00",
        "2026-03-02T06:00:00+08:75",
        "0026-03-02T06:00:00+08:00",
        "2026-03-02T06:00:00+08:00junk"
      })
  @DisplayName("what cannot be read is refused with the reason and the accepted forms")
  void refuses(String text) {
    assertThatThrownBy(() -> Times.parse(text)).isInstanceOf(DateTimeParseException.class);
    try {
      Times.parse(text);
    } catch (DateTimeParseException e) {
      assertThat(Times.refusal(text, e)).contains(text.strip()).contains("+08:00");
    }
  }

  @Test
  @DisplayName("an instant is written in UTC to the second, zero seconds included")
  void instantInUtc() {
    assertThat(Times.format(java.time.Instant.parse("2026-03-02T00:00:00.987654321Z")))
        .isEqualTo("2026-03-02T00:00:00Z");
    assertThat(Times.format(OffsetDateTime.parse("2026-03-02T08:00+08:00")))
        .isEqualTo("2026-03-02T08:00:00+08:00");
  }

  @Test
  @DisplayName("an expanded year (+999999999) is read far enough to name its range")
  void expandedYear() {
    DateTimeParseException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> Times.parse("+999999999-12-31T23:59:59+18:00"), DateTimeParseException.class);
    assertThat(e.getMessage()).contains("outside 1900");
  }

  @Test
  @DisplayName("a time without an offset is named as such")
  void noOffset() {
    DateTimeParseException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> Times.parse("2026-03-02 06:00:00"), DateTimeParseException.class);
    assertThat(e.getMessage()).contains("no offset");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-02T06:00Z",
        "2026-03-02T19:00-08:00",
        "2026-03-02T12:00:00.500+08:00",
        "2026-03-02T12:00:00.999999999+05:45"
      })
  @DisplayName("every time is written in one form: RFC 3339 with seconds and the offset")
  void oneOutputForm(String text) {
    String out = Times.format(Times.parse(text));
    assertThat(out).matches(RFC3339_SECONDS);
    assertThat(Times.parse(out)).isEqualTo(Times.parse(text).withNano(0));
  }
}
