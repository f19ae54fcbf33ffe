package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Birth dates in the forms records carry: {@code 1980-01-02}, {@code 1980/1/2}, {@code 1980.01.02},
 * {@code 19800102}, {@code 1980年1月2日}, with full-width digits too. Year, month and day in that
 * order (the order every Chinese form uses); a date before 1850 or an impossible one is no date.
 */
public final class BirthDates {

  private BirthDates() {}

  /** The date, or empty when the text is not one of the forms or not a real date. */
  public static Optional<LocalDate> parse(String text) {
    requireNonNull(text, "text");
    String s = Text.removeSpaces(Text.clean(text));
    int[] parts = new int[3];
    int n = 0;
    int digits = 0;
    int value = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '/';
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
        if (digits > 8) {
          return Optional.empty();
        }
        continue;
      }
      boolean separator = c == '-' || c == '/' || c == '.' || c == '年' || c == '月' || c == '日';
      if (!separator || (digits == 0 && i < s.length())) {
        return Optional.empty();
      }
      if (digits > 0) {
        if (n == 3) {
          return Optional.empty();
        }
        if (digits == 8 && n == 0) {
          // 19800102
          parts[0] = value / 10000;
          parts[1] = value / 100 % 100;
          parts[2] = value % 100;
          n = 3;
        } else {
          parts[n++] = value;
        }
      }
      value = 0;
      digits = 0;
    }
    if (n != 3 || parts[0] < 1850 || parts[0] > 2200) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(parts[0], parts[1], parts[2]));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
