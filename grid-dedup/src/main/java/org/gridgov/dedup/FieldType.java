package org.gridgov.dedup;

import java.util.Locale;
import java.util.Optional;

/**
 * What a field holds, which decides how it is normalised, compared and blocked on. The keys each
 * type offers for blocking are listed with it ({@code name} alone is the normalised value).
 */
public enum FieldType {
  /** A Chinese or romanised personal name. Keys: value, {@code pinyin}, {@code surname}. */
  NAME,
  /**
   * A resident identity number. Keys: value (a full number), {@code partial} (first 6 + last 4).
   */
  ID_NUMBER,
  /** A telephone number. Keys: value, {@code local}. */
  PHONE,
  /** A calendar date in any common form. Keys: value (ISO), {@code year}. */
  DATE,
  /** A gender in any common form. Key: value. */
  GENDER,
  /**
   * A Chinese address. Keys: {@code dwelling}, {@code building}, {@code estate}, value (all parts).
   */
  ADDRESS,
  /**
   * Free text (a romanised name, a street): compared by Jaro–Winkler. Keys: value, {@code prefix3},
   * {@code soundex}.
   */
  STRING,
  /** A code of digits or letters (postcode, number): compared by edit distance. Keys: value. */
  CODE;

  /** The lower-case code used in configs. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type with this code, if any. */
  public static Optional<FieldType> fromCode(String code) {
    for (FieldType t : values()) {
      if (t.code().equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The derived keys the type offers for blocking, besides its value. */
  public java.util.List<String> derivedKeys() {
    return switch (this) {
      case NAME -> java.util.List.of("pinyin", "surname");
      case ID_NUMBER -> java.util.List.of("partial");
      case PHONE -> java.util.List.of("local", "masked");
      case DATE -> java.util.List.of("year");
      case ADDRESS -> java.util.List.of("dwelling", "building", "estate");
      case STRING -> java.util.List.of("prefix3", "soundex");
      case GENDER, CODE -> java.util.List.of();
    };
  }
}
