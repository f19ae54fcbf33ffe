package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Birth dates in the forms records carry: {@code 1980-01-02}, {@code 1980/1/2}, {@code 1980.01.02},
 * {@code 19800102}, {@code 1980年1月2日}, with full-width digits too, and a spreadsheet's midnight
 * time after them ({@code 1980-01-02 00:00:00}); {@link #parsePartial} reads the year and month, or
 * the year, of ledgers that keep no more. Year, month and day in that order (the order every
 * Chinese form uses), with two exceptions: a two-digit year before 年 ({@code 85年3月5日}) is of the
 * 1900s from 30 on and of the 2000s below it; and a day and month before a four-digit year, as Hong
 * Kong and Macao documents write them ({@code 26/11/1990}), are read where one of the two is over
 * 12 and say only the year where both could be either ({@code 10/03/1982}: 10 March, or 3 October
 * as a spreadsheet set to the United States writes it). A date before 1850 or an impossible one is
 * no date.
 */
public final class BirthDates {

  private BirthDates() {}

  /**
   * Day 0 of a spreadsheet's serial dates (the 1900 date system of Excel and of the spreadsheets
   * that copy it): serial 1 is 1900-01-01 there, and serials from 61 on count from 1899-12-30,
   * because the system keeps a 29 February 1900 that never was.
   */
  private static final LocalDate SERIAL_ZERO = LocalDate.of(1899, 12, 30);

  /** The oldest age read as one ({@link #parseAge}). */
  private static final int MAX_AGE = 120;

  /**
   * The date, or empty when the text is not one of the forms or not a real date. A number of five
   * digits is a spreadsheet's serial date ({@code 40257}, 2010-03-20: a date column a ledger's
   * spreadsheet keeps as a plain number), from 10000 (1927-05-18) to today's: no other form of a
   * birth date has five digits.
   */
  public static Optional<LocalDate> parse(String text) {
    requireNonNull(text, "text");
    Optional<LocalDate> serial = serial(text);
    if (serial.isPresent()) {
      return serial;
    }
    int[] parts = new int[3];
    int n = parts(text, parts);
    if (n != 3 || parts[0] < 1850 || parts[0] > 2200) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(parts[0], parts[1], parts[2]));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A spreadsheet's serial date of five digits up to today's ({@link #parse}), else empty. */
  private static Optional<LocalDate> serial(String text) {
    String s = Text.clean(text).strip();
    if (s.length() != 5) {
      return Optional.empty();
    }
    int value = 0;
    for (int i = 0; i < 5; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      value = value * 10 + (c - '0');
    }
    LocalDate d = SERIAL_ZERO.plusDays(value);
    return value >= 10_000 && !d.isAfter(LocalDate.now(ZoneOffset.UTC))
        ? Optional.of(d)
        : Optional.empty();
  }

  /**
   * An age in place of a birth date, as ledgers with an age column keep it: a number of one to
   * three digits up to 120, with {@code 岁} or {@code 周岁} after it or not ({@code 37}, {@code 37岁},
   * {@code 37周岁}); -1 for any other text. Five independently written resident sets, modelled on
   * five regions' ledgers, all write ages so; none writes a bare number for a year.
   */
  public static int parseAge(String text) {
    requireNonNull(text, "text");
    String s = Text.removeSpaces(Text.clean(text));
    if (s.endsWith("周岁")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("岁")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty() || s.length() > 3) {
      return -1;
    }
    int age = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      age = age * 10 + (c - '0');
    }
    return age <= MAX_AGE ? age : -1;
  }

  /**
   * A birth date given only in part, as ledgers that ask for the year or the month keep it: {@code
   * 1994.03}, {@code 1994-3}, {@code 1994年3月}, {@code 199403}, or the year alone, {@code 1956} or
   * {@code 1956年}. Year × 10,000 + month × 100 (month 0 for a year alone); 0 when the text is no
   * such form, a whole date among them ({@link #parse}).
   */
  public static int parsePartial(String text) {
    requireNonNull(text, "text");
    int[] parts = new int[3];
    int n = parts(text, parts);
    if (n == 1 && parts[0] >= 185_001 && parts[0] <= 220_012 && parts[0] > 9999) {
      parts[1] = parts[0] % 100; // 199403
      parts[0] /= 100;
      n = 2;
    }
    if (n < 1 || n > 2 || parts[0] < 1850 || parts[0] > 2200) {
      return 0;
    }
    if (n == 2 && (parts[1] < 1 || parts[1] > 12)) {
      return 0;
    }
    return parts[0] * 10_000 + (n == 2 ? parts[1] * 100 : 0);
  }

  /**
   * Reads up to three runs of digits separated by the forms' separators into {@code parts}; 8
   * digits alone are year, month and day. Returns how many parts were read, -1 when the text is no
   * date form at all.
   */
  private static int parts(String text, int[] parts) {
    String s = Text.clean(text);
    int colon = s.indexOf(':');
    if (colon > 0) {
      // 1982-09-17 00:00:00 or 1982-09-17T00:00: a spreadsheet's date with its midnight time.
      int cut = Math.max(s.lastIndexOf(' ', colon), s.lastIndexOf('T', colon));
      if (cut <= 0) {
        return -1;
      }
      for (int i = cut + 1; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c >= '0' && c <= '9') && c != ':' && c != '.') {
          return -1;
        }
      }
      s = s.substring(0, cut);
    }
    s = Text.removeSpaces(s);
    int n = 0;
    int digits = 0;
    int value = 0;
    boolean han = false;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '/';
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
        if (digits > 8) {
          return -1;
        }
        continue;
      }
      boolean separator = c == '-' || c == '/' || c == '.' || c == '年' || c == '月' || c == '日';
      if (!separator || (digits == 0 && i < s.length())) {
        return -1;
      }
      if (c == '年' && n == 0 && digits == 2) {
        value += value < 30 ? 2000 : 1900; // 85年3月5日
      }
      han |= c == '年' || c == '月' || c == '日';
      if (digits > 0) {
        if (n == 3) {
          return -1;
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
    if (n == 3 && !han && parts[2] >= 1000 && parts[0] <= 31 && parts[1] <= 31) {
      // 26/11/1990: day, month, year.
      int year = parts[2];
      int first = parts[0];
      int second = parts[1];
      parts[0] = year;
      if (first > 12 && second <= 12) {
        parts[1] = second;
        parts[2] = first;
      } else if (second > 12 && first <= 12) {
        parts[1] = first;
        parts[2] = second;
      } else {
        return 1; // either order: the year only
      }
    }
    return n;
  }
}
