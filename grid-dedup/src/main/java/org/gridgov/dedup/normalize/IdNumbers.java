package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.identity.IdNumberForm;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.internal.Masking;

/**
 * Identity numbers as records carry them, in one of three kinds: a {@code VALID} number (18
 * characters with the right check character, or a 15-digit first-generation number upgraded); a
 * {@code MASKED} one (hidden characters kept as {@code *}: first 6 and last 4 visible in most
 * systems; a ledger that keeps only the last 4 to 6 characters, {@code 0591} or {@code 17570X},
 * gives a number masked but for them); or an {@code INVALID} one — 18 characters that fail the
 * check, a typing error whose digits still say much. Full-width digits, a lower-case {@code x},
 * spaces and hyphens are accepted ({@link ResidentIdNumber#parse}). A number of another document —
 * the Mainland Travel Permit of Hong Kong and Macao residents ({@code H12345678}, written also with
 * its two-digit issue count, {@code H1234567801}), a Hong Kong identity card ({@code A123456(7)}),
 * a passport ({@code E12345678}) — is {@code OTHER}: letters and digits as written.
 */
public final class IdNumbers {

  /** What kind of number a record holds. */
  public enum Kind {
    /** Checked and right; birth date and gender can be read from it. */
    VALID,
    /** Partly hidden; only the visible characters can be compared. */
    MASKED,
    /** 18 characters of the right shape whose check fails: a typing error. */
    INVALID,
    /**
     * A number of another document: equal numbers are one person's, different ones say nothing (a
     * person holds several documents).
     */
    OTHER
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
      return kind == Kind.OTHER ? Optional.empty() : ResidentIdNumber.partialKey(value);
    }

    /** Whether every character visible in both is the same. */
    public boolean compatibleWith(IdValue other) {
      return ResidentIdNumber.compatible(value, other.value);
    }

    /** The kind and the number masked ({@link Masking#idNumber}): never a whole number. */
    @Override
    public String toString() {
      return "IdValue[kind=" + kind + ", value=" + Masking.idNumber(value) + "]";
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
    s = withoutSpreadsheetDamage(s);
    if (s.isEmpty()) {
      return Optional.empty(); // an apostrophe alone
    }
    int length = s.length();
    boolean digits = s.substring(0, length - 1).chars().allMatch(c -> c >= '0' && c <= '9');
    if (length == 18 && digits && s.endsWith("000")) {
      // A spreadsheet's 15 significant digits, rounded, written out (withoutSpreadsheetDamage);
      // read so even where the check digit passes, as one in eleven such numbers does by chance,
      // since a real number ends in 000 about once in a thousand.
      Optional<ResidentIdNumber> m = ResidentIdNumber.tryParse(s.substring(0, 14) + "****");
      if (m.isPresent()) {
        return Optional.of(new IdValue(Kind.MASKED, m.get().value(), m));
      }
    }
    Optional<ResidentIdNumber> n = ResidentIdNumber.tryParse(s);
    if (n.isPresent()) {
      Kind kind = n.get().form() == IdNumberForm.MASKED ? Kind.MASKED : Kind.VALID;
      return Optional.of(new IdValue(kind, n.get().value(), n));
    }
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
    return otherDocument(s).map(d -> new IdValue(Kind.OTHER, d, Optional.empty()));
  }

  /**
   * A number as a spreadsheet left it, with what it lost hidden: a leading apostrophe (typed to
   * keep the number text) dropped; {@code 5.10104198001011E+17}, a number shown in scientific
   * notation, as its first 14 digits and four hidden (18 digits ending {@code 000}, the same loss
   * written out, are read so in {@link #normalize}). A spreadsheet holds 15 significant digits,
   * rounded: the 15th may be one off, so the area and the birth date are what stays. Any other text
   * unchanged.
   */
  static String withoutSpreadsheetDamage(String s) {
    if (s.charAt(0) == '\'' || s.charAt(0) == '`') {
      s = s.substring(1);
      if (s.isEmpty()) {
        return s;
      }
    }
    int e = s.indexOf("E+17");
    if (e > 2 && e == s.length() - 4 && s.charAt(1) == '.' && s.charAt(0) >= '1') {
      String mantissa = s.charAt(0) + s.substring(2, e);
      if (mantissa.length() >= 14
          && mantissa.length() <= 15
          && mantissa.chars().allMatch(c -> c >= '0' && c <= '9')) {
        // 5.1010419800101E+17: the 15th digit, a zero, not printed.
        return mantissa.substring(0, 14) + "****";
      }
      return s;
    }
    return s;
  }

  /**
   * A number of another document, cleaned of spaces, hyphens and brackets ({@code A123456(7)}): one
   * or two letters and then 6 to 10 digits, a check letter or digit allowed last; a Mainland Travel
   * Permit's two-digit issue count is dropped ({@code H1234567801} is {@code H12345678}). Pure
   * digits are not taken: a number cut short, a phone number in the wrong column.
   */
  static Optional<String> otherDocument(String s) {
    String d = s.replace("(", "").replace(")", "");
    int letters = 0;
    while (letters < d.length() && d.charAt(letters) >= 'A' && d.charAt(letters) <= 'Z') {
      letters++;
    }
    if (letters < 1 || letters > 2) {
      return Optional.empty();
    }
    int end = d.length();
    char last = d.charAt(end - 1);
    int body = last >= 'A' && last <= 'Z' ? end - 1 : end;
    int digits = body - letters;
    if (digits < 6 || digits > 10) {
      return Optional.empty();
    }
    for (int i = letters; i < body; i++) {
      if (d.charAt(i) < '0' || d.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    if (letters == 1 && (d.charAt(0) == 'H' || d.charAt(0) == 'M') && body == end && digits == 10) {
      return Optional.of(d.substring(0, 9)); // the permit's number without its issue count
    }
    return Optional.of(d);
  }
}
