package org.gridgov.core.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Converts enum constants to and from the lower-case codes used in every file format ({@code
 * FULL_TIME} ⇄ {@code full_time}).
 */
public final class Codes {

  private Codes() {}

  /** The file code of a constant: its name in lower case. */
  public static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The constant whose code is {@code code}, if any. Exact match: codes are lower case. */
  public static <E extends Enum<E>> Optional<E> find(Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (code(e).equals(code)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The constant whose code is {@code code}.
   *
   * @throws IllegalArgumentException naming the allowed codes when there is none
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String what, String code) {
    return find(type, code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown " + what + " \"" + code + "\"; expected one of " + allowed(type)));
  }

  /** The allowed codes of an enum, for messages: {@code full_time|part_time|volunteer}. */
  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining("|"));
  }
}
