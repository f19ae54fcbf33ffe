package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one form of a time in every output, and the one lenient reading of a time in every input.
 *
 * <p>Out: RFC 3339 with seconds and the offset, {@code 2026-03-02T06:00:00+08:00}; fractions of a
 * second are dropped, so that {@code jq}, Python's {@code strptime} and spreadsheets read every row
 * the same way. In: the common forms of ISO 8601 and RFC 3339 that other tools write — {@code T},
 * {@code t} or a space between date and time, seconds optional, fractions after {@code .} or {@code
 * ,}, offsets {@code Z}, {@code ±hh:mm}, {@code ±hhmm} (PHP's {@code DATE_ISO8601}) or {@code ±hh},
 * and the basic form {@code 20260302T060000+0800}. A time without an offset is refused, not
 * guessed: the message says so.
 */
public final class Times {

  /** China's time, UTC+8: the offset of times we make up (now, the start of a day). */
  public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  /** What the reader accepts, in words, for messages. */
  public static final String FORMS =
      "an ISO 8601 / RFC 3339 date and time with its offset, like 2026-03-02T06:00:00+08:00"
          + " (also accepted: a space for T, no seconds, fractions, Z, +0800)";

  private static final DateTimeFormatter OUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", java.util.Locale.ROOT);

  private static final Pattern EXTENDED =
      Pattern.compile(
          "([+-]?\\d{4,9})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
              + "\\s?([Zz]|[+-]\\d{2}(?::?\\d{2})?)?");

  private static final Pattern BASIC =
      Pattern.compile(
          "(\\d{4})(\\d{2})(\\d{2})[Tt](\\d{2})(\\d{2})(?:(\\d{2})(?:[.,](\\d{1,9}))?)?"
              + "([Zz]|[+-]\\d{2}(?:\\d{2})?)?");

  private Times() {}

  /**
   * A time in the output form: {@code uuuu-MM-ddTHH:mm:ss} and the offset ({@code Z} for UTC, else
   * {@code ±hh:mm}), to the second.
   */
  public static String format(OffsetDateTime t) {
    requireNonNull(t, "t");
    return OUT.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  /** An instant in the output form, in UTC ({@code 2026-03-02T00:00:00Z}), to the second. */
  public static String format(java.time.Instant t) {
    requireNonNull(t, "t");
    return format(t.atOffset(java.time.ZoneOffset.UTC));
  }

  /**
   * Reads a date and time with its offset in any of the accepted forms (see the class comment),
   * with its year between {@value Checks#MIN_YEAR} and {@value Checks#MAX_YEAR}.
   *
   * @throws DateTimeParseException saying what could not be read: no offset, a field out of range
   *     (the message then names it), or not a date and time at all
   */
  public static OffsetDateTime parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    Matcher m = EXTENDED.matcher(s);
    if (!m.matches()) {
      m = BASIC.matcher(s);
      if (!m.matches()) {
        throw new DateTimeParseException("not a date and time", text, 0);
      }
    }
    if (m.group(8) == null) {
      throw new DateTimeParseException(
          "it has no offset (add Z, +08:00 or the offset it was written in)", text, 0);
    }
    int year = Integer.parseInt(m.group(1));
    if (year < Checks.MIN_YEAR || year > Checks.MAX_YEAR) {
      throw new DateTimeParseException(
          "year " + year + " is outside " + Checks.MIN_YEAR + "–" + Checks.MAX_YEAR, text, 0);
    }
    try {
      String fraction = m.group(7) == null ? "" : m.group(7);
      int nanos =
          fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
      LocalDateTime local =
          LocalDateTime.of(
              year,
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
              nanos);
      return OffsetDateTime.of(local, offset(m.group(8)));
    } catch (DateTimeException e) {
      // Month 13, 31 April, hour 24, offset +19:00: say which field, as java.time does.
      throw new DateTimeParseException(Checks.messageOf(e), text, 0, e);
    }
  }

  /**
   * The message of a time that {@link #parse} refused, for a problem: the value, why, and the forms
   * accepted.
   */
  public static String refusal(CharSequence text, DateTimeParseException e) {
    return "\""
        + Checks.printable(text.toString())
        + "\" is not read as a time: "
        + reason(e)
        + "; "
        + "expected "
        + FORMS;
  }

  private static String reason(DateTimeParseException e) {
    String m = e.getMessage();
    return m == null || m.startsWith("Text '") ? "not a date and time" : m;
  }

  private static ZoneOffset offset(String z) {
    if (z.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    int sign = z.charAt(0) == '-' ? -1 : 1;
    String digits = z.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    if (minutes > 59) {
      throw new DateTimeException("offset minutes " + minutes + " are out of range 0–59");
    }
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
