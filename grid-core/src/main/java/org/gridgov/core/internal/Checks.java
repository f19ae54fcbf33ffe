package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

/** Argument checks whose messages say what was expected. */
public final class Checks {

  private Checks() {}

  /**
   * Returns {@code value} stripped of surrounding whitespace.
   *
   * @throws IllegalArgumentException if it is blank
   */
  public static String nonBlank(String value, String what) {
    requireNonNull(value, what);
    String s = value.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    int bad = loneSurrogate(s);
    if (bad >= 0) {
      // Such text cannot be written as UTF-8: refused when read, not when an output is written.
      throw new IllegalArgumentException(
          what
              + " \""
              + printable(s)
              + "\" has a lone surrogate (U+"
              + Integer.toHexString(s.charAt(bad)).toUpperCase(java.util.Locale.ROOT)
              + ") at character "
              + (bad + 1)
              + "; it is not valid Unicode text");
    }
    return s;
  }

  /** The index of the first unpaired surrogate of {@code s}, or -1 when it is well-formed. */
  public static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Longest value quoted whole in a message; longer ones are cut in the middle. */
  private static final int QUOTED = 120;

  /**
   * {@code value} made safe to quote in a message shown on a terminal: control characters (an
   * escape sequence could rewrite the screen), lone surrogates and other invisible format
   * characters are written as <code>&#92;uXXXX</code> (tab, newline and carriage return as {@code
   * \t}, {@code \n}, {@code \r}), and a value longer than 120 characters is cut in the middle with
   * its length given.
   */
  public static String printable(String value) {
    String v = value;
    if (v.length() > QUOTED) {
      v =
          v.substring(0, QUOTED / 2)
              + "…("
              + value.length()
              + " characters)…"
              + v.substring(v.length() - QUOTED / 4);
    }
    StringBuilder out = null;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean lone =
          (Character.isHighSurrogate(c)
                  && (i + 1 >= v.length() || !Character.isLowSurrogate(v.charAt(i + 1))))
              || (Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(v.charAt(i - 1))));
      boolean escape =
          Character.isISOControl(c) || lone || Character.getType(c) == Character.FORMAT;
      if (escape && out == null) {
        out = new StringBuilder(v.length() + 16).append(v, 0, i);
      }
      if (out != null) {
        if (!escape) {
          out.append(c);
        } else if (c == '\t') {
          out.append("\\t");
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\r') {
          out.append("\\r");
        } else {
          out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        }
      }
    }
    return out == null ? v : out.toString();
  }

  /**
   * Returns an identifier: non-blank, no surrounding whitespace, at most 128 characters, and none
   * of the control characters, which would corrupt the CSV formats.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static String id(String value, String what) {
    String s = nonBlank(value, what);
    if (s.length() > 128) {
      throw new IllegalArgumentException(
          what + " \"" + printable(s) + "\" is longer than 128 characters");
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        throw new IllegalArgumentException(
            what + " \"" + printable(s) + "\" contains a control character");
      }
    }
    return s;
  }

  /**
   * The message of {@code t}, or its class's simple name when it has none: for problems and error
   * lines, which must say something.
   */
  public static String messageOf(Throwable t) {
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  /** The earliest year of a date and time read from input. */
  public static final int MIN_YEAR = 1900;

  /** The latest year of a date and time read from input. */
  public static final int MAX_YEAR = 9999;

  /**
   * Parses an ISO-8601 date and time with offset and checks that its year is between {@value
   * #MIN_YEAR} and {@value #MAX_YEAR}: Java accepts years up to 999,999,999, where adding a
   * deadline overflows much later, as an internal error far from the input.
   *
   * @throws java.time.format.DateTimeParseException if it is not one, or out of range (the message
   *     then starts with {@code year})
   */
  public static java.time.OffsetDateTime offsetDateTime(
      CharSequence text, java.time.format.DateTimeFormatter format) {
    java.time.OffsetDateTime t = java.time.OffsetDateTime.parse(text, format);
    if (t.getYear() < MIN_YEAR || t.getYear() > MAX_YEAR) {
      throw new java.time.format.DateTimeParseException(
          "year " + t.getYear() + " is outside " + MIN_YEAR + "–" + MAX_YEAR, text, 0);
    }
    return t;
  }

  /**
   * A date and time with offset in any form of ISO 8601 / RFC 3339 that {@link Times#parse} reads
   * ({@code +0800}, a space for {@code T}, fractions, {@code Z}), its year checked as above.
   */
  public static java.time.OffsetDateTime offsetDateTime(CharSequence text) {
    return Times.parse(text);
  }

  /** The reason to add to a message about a time that did not parse, when it is the year. */
  public static String rangeReason(java.time.format.DateTimeParseException e) {
    String m = e.getMessage();
    return m != null && m.startsWith("year ") ? " (" + m + ")" : "";
  }
}
