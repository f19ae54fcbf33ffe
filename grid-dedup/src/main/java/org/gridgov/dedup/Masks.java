package org.gridgov.dedup;

import org.gridgov.core.internal.Masking;

/**
 * Personal numbers as files and messages may show them, by field type: identity and phone numbers
 * masked as {@link Masking} masks them everywhere in gridgov, so that a review file or an
 * explanation never carries a whole number.
 */
final class Masks {

  private Masks() {}

  /** A field's value as shown: identity and phone numbers masked, other values as they are. */
  static String show(FieldType type, String value) {
    return switch (type) {
      case ID_NUMBER -> Masking.idNumber(value);
      case PHONE -> Masking.mobile(value);
      default -> value;
    };
  }
}
