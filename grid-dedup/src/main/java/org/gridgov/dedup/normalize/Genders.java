package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.gridgov.core.identity.Gender;

/**
 * Gender as apps write it: {@code 男}/{@code 女}, {@code 男性}/{@code 女性}, {@code M}/{@code F}, {@code
 * male}/{@code female}, and the codes {@code 1}/{@code 2} of GB/T 2261.1 (1 male, 2 female).
 * Anything else — {@code 0} and {@code 9} (unknown, not stated) included — is no gender.
 */
public final class Genders {

  private Genders() {}

  /** The gender, or empty. */
  public static Optional<Gender> parse(String text) {
    requireNonNull(text, "text");
    return switch (Text.clean(text).toLowerCase(Locale.ROOT)) {
      case "男", "男性", "m", "male", "1" -> Optional.of(Gender.MALE);
      case "女", "女性", "f", "female", "2" -> Optional.of(Gender.FEMALE);
      default -> Optional.empty();
    };
  }
}
