package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.identity.IdNumberForm;
import org.gridgov.core.identity.ResidentIdNumber;

/**
 * Identity numbers as records carry them, in one of three kinds: a {@code VALID} number (18
 * characters with the right check character, or a 15-digit first-generation number upgraded); a
 * {@code MASKED} one (hidden characters kept as {@code *}: first 6 and last 4 visible in most
 * systems; a ledger that keeps only the last 4 to 6 characters, {@code 0591} or {@code 17570X},
 * gives a number masked but for them); or an {@code INVALID} one — 18 characters that fail the
 * check, a typing error whose digits still say much. Full-width digits, a lower-case {@code x},
 * spaces and hyphens are accepted ({@link ResidentIdNumber#parse}).
 */
public final class IdNumbers {

  /** What kind of number a record holds. */
  public enum Kind {
    /** Checked and right; birth date and gender can be read from it. */
    VALID,
    /** Partly hidden; only the visible characters can be compared. */
    MASKED,
    /** 18 characters of the right shape whose check fails: a typing error. */
    INVALID
  }

  /**
   * A normalised number.
   *
   * @param kind the kind
   * @param value 18 characters, upper-case {@code X}, {@code *} where hidden
   * @param parsed the parsed number, for valid and masked ones
   */
  public record IdValue(Kind kind, String value, Optional<ResidentIdNumber> parsed) {
    /** Validates the parts. */
    public IdValue {
      requireNonNull(kind, "kind");
      requireNonNull(value, "value");
      requireNonNull(parsed, "parsed");
    }

    /** First 6 and last 4 characters, the key masked and full numbers share; or empty. */
    public Optional<String> partialKey() {
      return ResidentIdNumber.partialKey(value);
    }

    /** Whether every character visible in both is the same. */
    public boolean compatibleWith(IdValue other) {
      return ResidentIdNumber.compatible(value, other.value);
    }
  }

  /** The fewest and most last characters a number kept in part may give: 0591, 428X, 175703. */
  static final int SUFFIX_MIN = 4;

  static final int SUFFIX_MAX = 6;

  private IdNumbers() {}

  /** The normalised number, or empty when the text is no identity number at all. */
  public static Optional<IdValue> normalize(String text) {
    requireNonNull(text, "text");
    String s =
        Text.removeSpaces(Text.clean(text)).replace("-", "").toUpperCase(java.util.Locale.ROOT);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Optional<ResidentIdNumber> n = ResidentIdNumber.tryParse(s);
    if (n.isPresent()) {
      Kind kind = n.get().form() == IdNumberForm.MASKED ? Kind.MASKED : Kind.VALID;
      return Optional.of(new IdValue(kind, n.get().value(), n));
    }
    int length = s.length();
    boolean digits = s.substring(0, length - 1).chars().allMatch(c -> c >= '0' && c <= '9');
    char last = s.charAt(length - 1);
    boolean lastOk = (last >= '0' && last <= '9') || last == 'X';
    if (length == 18 && digits && lastOk) {
      return Optional.of(new IdValue(Kind.INVALID, s, Optional.empty()));
    }
    if (length >= SUFFIX_MIN && length <= SUFFIX_MAX && digits && lastOk) {
      // Only the last characters, as ledgers that may not keep the number keep them: hidden
      // characters before them, compared as a masked number's visible ones.
      String masked = "*".repeat(18 - length) + s;
      return Optional.of(new IdValue(Kind.MASKED, masked, ResidentIdNumber.tryParse(masked)));
    }
    return Optional.empty();
  }
}
