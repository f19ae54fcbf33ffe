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

  /**
   * An identity number, normalised or as entered: its first 6 and last 4 characters (letters,
   * digits, {@code *}) shown, the others hidden; spaces and separators kept where they were.
   */
  static String idNumber(String v) {
    int significant = 0;
    for (int i = 0; i < v.length(); i++) {
      significant += Character.isLetterOrDigit(v.charAt(i)) || v.charAt(i) == '*' ? 1 : 0;
    }
    StringBuilder b = new StringBuilder(v.length());
    int k = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '*') {
        boolean shown = significant > 10 && (k < 6 || k >= significant - 4);
        b.append(shown ? c : '*');
        k++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A phone number, normalised or as entered: the 4 digits before its last 4 hidden ({@code +86 138
   * **** 5678}), every digit but the last 4 when it has 8 or fewer.
   */
  static String phone(String v) {
    int digits = 0;
    for (int i = 0; i < v.length(); i++) {
      digits += Character.isDigit(v.charAt(i)) ? 1 : 0;
    }
    StringBuilder b = new StringBuilder(v.length());
    int fromEnd = digits;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isDigit(c)) {
        boolean hidden = fromEnd > 4 && (fromEnd <= 8 || digits <= 8);
        b.append(hidden ? '*' : c);
        fromEnd--;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
