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
    return s;
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
      throw new IllegalArgumentException(what + " is longer than 128 characters");
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        throw new IllegalArgumentException(what + " \"" + s + "\" contains a control character");
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
}
