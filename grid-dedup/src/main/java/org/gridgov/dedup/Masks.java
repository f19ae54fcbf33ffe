package org.gridgov.dedup;

/**
 * Personal numbers as files and messages may show them: an identity number with only its first 6
 * and last 4 characters, a phone number with the 4 digits before its last 4 hidden ({@code
 * +86138****5678}), so that a review file or an explanation never carries a whole number.
 */
final class Masks {

  private Masks() {}

  /** A field's value as shown: identity and phone numbers masked, other values as they are. */
  static String show(FieldType type, String value) {
    return switch (type) {
      case ID_NUMBER -> idNumber(value);
      case PHONE -> phone(value);
      default -> value;
    };
  }

  static String idNumber(String v) {
    int n = v.length();
    if (n <= 10) {
      return "*".repeat(n);
    }
    return v.substring(0, 6) + "*".repeat(n - 10) + v.substring(n - 4);
  }

  static String phone(String v) {
    int n = v.length();
    if (n <= 4) {
      return "*".repeat(n);
    }
    int from = Math.max(0, n - 8);
    StringBuilder b = new StringBuilder(v.substring(0, from));
    b.append("*".repeat(n - 4 - from));
    return b.append(v, n - 4, n).toString();
  }
}
