package org.gridgov.core.identity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.internal.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A resident identity number (公民身份号码) of GB 11643-1999: a 6-digit address code, an 8-digit birth
 * date, a 3-digit sequence (odd for men, even for women) and a check character computed with ISO
 * 7064 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over the first 17 digits, the weighted
 * sum mod 11 indexing {@code 10X98765432}).
 *
 * <p>The same 18-character layout and check character serve the other identity numbers of people
 * living in China, which are accepted too and told apart by {@link #kind()}: the residence permits
 * for Hong Kong and Macao residents (address code {@code 810000}, {@code 820000}) and for Taiwan
 * residents ({@code 830000}), and the foreigners' permanent residence identity cards issued since
 * December 2023 ({@code 9}, the province of issue, a 3-digit nationality code, then birth date,
 * sequence and check character as above). The permanent residence cards of the earlier format (3
 * letters and 12 digits, 15 characters) are another kind of number and are not accepted.
 *
 * <p>{@link #parse} accepts what real records carry: full-width digits and letters, a lower-case
 * {@code x}, spaces and hyphens inside the number, the 15-digit numbers of first-generation cards
 * (upgraded to 18 characters by inserting the century {@code 19} and computing the check
 * character), and masked numbers such as {@code 510104********1234}, whose hidden characters are
 * kept as {@code *}. A masked number cannot be checked; its visible parts still can be compared.
 *
 * <p>The value is personal data: {@link #toString()} gives it masked ({@link #masked()}), so a
 * number that reaches a log line, a message or a debugger's view shows no birth date or sequence;
 * {@link #value()} gives the full number to the code that asks for it on purpose (writing a file,
 * comparing).
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  /** No one alive was born before this year; earlier "dates" are typing errors. */
  private static final int EARLIEST_BIRTH_YEAR = 1850;

  /** First two digits of the residence permits for Taiwan residents (address code 830000). */
  private static final int TAIWAN_PERMIT = 83;

  /** The 15 characters of a pre-2023 foreigners' permanent residence card: 3 letters, 12 digits. */
  private static final Pattern OLD_PERMANENT_RESIDENCE = Pattern.compile("[A-Z]{3}[0-9]{12}");

  private final String value;
  private final IdNumberForm form;

  private ResidentIdNumber(String value, IdNumberForm form) {
    this.value = value;
    this.form = form;
  }

  /**
   * Parses a number in any of the forms described above.
   *
   * @throws IllegalArgumentException saying what is wrong and at which character (counted from 1 in
   *     the number as normalised: full-width to ASCII, spaces and hyphens dropped), never the right
   *     check character; the message shows the text with all but its first 6 and last 4 characters
   *     hidden
   */
  public static ResidentIdNumber parse(String text) {
    requireNonNull(text, "text");
    Object outcome = read(text);
    if (outcome instanceof ResidentIdNumber n) {
      return n;
    }
    throw new IllegalArgumentException(
        "invalid resident identity number \"" + maskedForMessage(text) + "\": " + outcome);
  }

  /**
   * {@code text} as an error message may show it: masked as {@link Masking#idNumber} masks, so that
   * no message carries a whole number.
   */
  private static String maskedForMessage(String text) {
    return Masking.idNumber(text);
  }

  /**
   * Parses a number, or returns empty when it is not valid in any accepted form. Cheap on invalid
   * input: no exception is made.
   */
  public static Optional<ResidentIdNumber> tryParse(String text) {
    requireNonNull(text, "text");
    return read(text) instanceof ResidentIdNumber n ? Optional.of(n) : Optional.empty();
  }

  /** Whether {@code text} is a valid number in any accepted form (masked included). */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  /**
   * The check character for the first 17 digits of a number.
   *
   * @param first17 exactly 17 ASCII digits
   * @throws IllegalArgumentException if {@code first17} is not 17 digits
   */
  public static char checkCharacter(CharSequence first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("expected 17 digits but got " + first17.length());
    }
    for (int i = 0; i < 17; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(
            "character " + (i + 1) + " ('" + c + "') is not a digit");
      }
    }
    return check(first17);
  }

  private static char check(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /**
   * Upgrades a 15-digit first-generation number to the 18-character form: the century {@code 19} is
   * inserted before the two-digit year and the check character appended.
   *
   * @throws IllegalArgumentException if {@code legacy} is not 15 digits
   */
  public static String upgrade(String legacy) {
    String s = normalize(legacy);
    if (s.length() != 15 || !allDigits(s, 0, 15)) {
      throw new IllegalArgumentException(
          "invalid resident identity number \""
              + maskedForMessage(legacy)
              + "\": a first-generation number has exactly 15 digits");
    }
    return upgraded(s);
  }

  private static String upgraded(String fifteen) {
    String first17 = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
    return first17 + check(first17);
  }

  /**
   * Brings the common variants to one form: full-width characters to ASCII, {@code x} to {@code X},
   * masking characters to {@code *}; spaces and hyphens are dropped.
   */
  static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0); // full-width ASCII block
      }
      if (c == ' ' || c == '\u3000' || c == '-' || c == '\t') {
        continue;
      }
      if (c == 'x') {
        c = 'X';
      } else if (c == '×' || c == '●' || c == '•') {
        c = '*';
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Reads a number: the {@link ResidentIdNumber}, or a String that says what is wrong. */
  private static Object read(String text) {
    String s = normalize(text);
    return switch (s.length()) {
      case 18 -> s.indexOf('*') >= 0 ? readMasked(s) : readFull(s);
      case 15 -> readLegacy(s);
      default -> "expected 18 characters (or 15 for an old card) but got " + s.length();
    };
  }

  private static Object readFull(String s) {
    int bad = firstNonDigit(s, 0, 17);
    if (bad >= 0) {
      return "character " + (bad + 1) + " ('" + s.charAt(bad) + "') is not a digit";
    }
    char last = s.charAt(17);
    if ((last < '0' || last > '9') && last != 'X') {
      return "the check character ('" + last + "') must be a digit or X";
    }
    String problem = addressProblem(s);
    if (problem == null) {
      problem = birthDateProblem(s.substring(6, 14), 14);
    }
    if (problem != null) {
      return problem;
    }
    if (check(s) != last) {
      // Naming the right check character would hand out a valid number for any 17 digits.
      return "the check character (character 18) does not agree with the first 17 digits: a"
          + " character is mistyped";
    }
    return new ResidentIdNumber(s, IdNumberForm.FULL);
  }

  private static Object readLegacy(String s) {
    if (OLD_PERMANENT_RESIDENCE.matcher(s).matches()) {
      return "3 letters and 12 digits is the format of the foreigners' permanent residence cards"
          + " issued before December 2023, which is not an identity number of 18 characters";
    }
    int bad = firstNonDigit(s, 0, 15);
    if (bad >= 0) {
      return "character "
          + (bad + 1)
          + " ('"
          + s.charAt(bad)
          + "') of a 15-digit number is not a digit";
    }
    String problem = legacyAddressProblem(s);
    if (problem == null) {
      problem = birthDateProblem("19" + s.substring(6, 12), 12);
    }
    return problem != null ? problem : new ResidentIdNumber(upgraded(s), IdNumberForm.LEGACY_15);
  }

  private static Object readMasked(String s) {
    int visible = 0;
    for (int i = 0; i < 18; i++) {
      char c = s.charAt(i);
      boolean ok = c == '*' || (c >= '0' && c <= '9') || (i == 17 && c == 'X');
      if (!ok) {
        return "character " + (i + 1) + " ('" + c + "') is not a digit or a mask '*'";
      }
      if (c != '*') {
        visible++;
      }
    }
    if (visible == 0) {
      return "every character is masked";
    }
    String problem = addressProblem(s);
    if (problem != null) {
      return problem;
    }
    return new ResidentIdNumber(s, IdNumberForm.MASKED);
  }

  private static boolean allDigits(String s, int from, int to) {
    return firstNonDigit(s, from, to) < 0;
  }

  private static int firstNonDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Why the first characters cannot start an 18-character number, or null: a province code of GB/T
   * 2260, {@code 83} (residence permits for Taiwan residents), or {@code 9} and a mainland province
   * code (foreigners' permanent residence cards). Characters hidden by {@code *} are not judged.
   */
  private static @Nullable String addressProblem(String s) {
    char first = s.charAt(0);
    if (first == '*') {
      return null;
    }
    if (first == '9') {
      if (s.charAt(1) == '*' || s.charAt(2) == '*') {
        return null;
      }
      int province = (s.charAt(1) - '0') * 10 + (s.charAt(2) - '0');
      return isMainlandProvince(province)
          ? null
          : "\""
              + s.substring(1, 3)
              + "\" after the leading 9 of a foreigners' permanent residence card number is not the"
              + " code of a mainland province of issue";
    }
    if (s.charAt(1) == '*') {
      return null;
    }
    int province = (first - '0') * 10 + (s.charAt(1) - '0');
    return DivisionCode.isProvinceCode(province) || province == TAIWAN_PERMIT
        ? null
        : "\"" + s.substring(0, 2) + "\" is not a province code";
  }

  /** Why the address code of a 15-digit first-generation number cannot be right, or null. */
  private static @Nullable String legacyAddressProblem(String s) {
    int province = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
    return DivisionCode.isProvinceCode(province)
        ? null
        : "\"" + s.substring(0, 2) + "\" is not a province code";
  }

  private static boolean isMainlandProvince(int province) {
    return province < 71 && DivisionCode.isProvinceCode(province);
  }

  /**
   * Why {@code yyyymmdd} (all digits) cannot be a birth date, or null. Throws nothing. The message
   * names the characters (7 to {@code lastPosition}, counted from 1) and what is wrong, not the
   * date: the birth date is the personal part of the number.
   */
  private static @Nullable String birthDateProblem(String yyyymmdd, int lastPosition) {
    int year = Integer.parseInt(yyyymmdd.substring(0, 4));
    int month = Integer.parseInt(yyyymmdd.substring(4, 6));
    int day = Integer.parseInt(yyyymmdd.substring(6, 8));
    String where = "characters 7 to " + lastPosition + " (the birth date)";
    if (month < 1 || month > 12) {
      return where + " are no date: the month is not 01 to 12";
    }
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return where + " are no date: the day is not in the month";
    }
    if (year < EARLIEST_BIRTH_YEAR) {
      return where + " are no date of birth: the year is before " + EARLIEST_BIRTH_YEAR;
    }
    return null;
  }

  private static LocalDate parseDate(String yyyymmdd) {
    return LocalDate.of(
        Integer.parseInt(yyyymmdd.substring(0, 4)),
        Integer.parseInt(yyyymmdd.substring(4, 6)),
        Integer.parseInt(yyyymmdd.substring(6, 8)));
  }

  /** The 18 characters: digits, a final {@code X}, and {@code *} where masked. */
  public String value() {
    return value;
  }

  /** How the number was written. */
  public IdNumberForm form() {
    return form;
  }

  /** Whether some characters are hidden. */
  public boolean isMasked() {
    return form == IdNumberForm.MASKED;
  }

  /**
   * Which document the number belongs to, if the characters that tell (the first, and the second
   * when the first is {@code 8}) are visible.
   */
  public Optional<IdNumberKind> kind() {
    char first = value.charAt(0);
    char second = value.charAt(1);
    if (first == '*') {
      return Optional.empty();
    } else if (first == '9') {
      return Optional.of(IdNumberKind.FOREIGN_PERMANENT_RESIDENCE);
    } else if (first != '8') {
      return Optional.of(IdNumberKind.RESIDENT);
    } else if (second == '*') {
      return Optional.empty();
    }
    return Optional.of(
        second == '3'
            ? IdNumberKind.TAIWAN_RESIDENCE_PERMIT
            : IdNumberKind.HK_MACAO_RESIDENCE_PERMIT);
  }

  /**
   * The 6-digit address code, if all its digits are visible: {@code 810000}, {@code 820000} or
   * {@code 830000} for the residence permits. Empty for a foreigners' permanent residence card,
   * whose first six characters are {@code 9}, the province of issue and the nationality code, not
   * an address code.
   */
  public Optional<String> addressCode() {
    return value.charAt(0) == '9' ? Optional.empty() : visible(0, 6);
  }

  /** The birth date, if all its digits are visible. */
  public Optional<LocalDate> birthDate() {
    return visible(6, 14).map(ResidentIdNumber::parseDate);
  }

  /** The gender, if the 17th character (the last of the sequence) is visible. */
  public Optional<Gender> gender() {
    char c = value.charAt(16);
    if (c == '*') {
      return Optional.empty();
    }
    return Optional.of((c - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
  }

  /**
   * The key that a masked and a full number of the same person share when the mask hides the
   * middle, as most do: the first 6 and last 4 characters ({@code 510104…1234}). Empty if any of
   * those is masked.
   */
  public Optional<String> partialKey() {
    return partialKey(value);
  }

  /**
   * The partial key ({@link #partialKey()}) of 18 characters that need not form a valid number: a
   * mistyped number still shares it with the right one when the typo is in the middle.
   *
   * @param characters 18 characters, {@code *} where hidden
   * @return the first 6 and last 4 characters, or empty if any of those is hidden or the text is
   *     not 18 characters long
   */
  public static Optional<String> partialKey(String characters) {
    requireNonNull(characters, "characters");
    if (characters.length() != 18) {
      return Optional.empty();
    }
    String head = characters.substring(0, 6);
    String tail = characters.substring(14);
    return head.indexOf('*') < 0 && tail.indexOf('*') < 0
        ? Optional.of(head + tail)
        : Optional.empty();
  }

  /**
   * Whether this number and {@code other} could be the same: every position visible in both holds
   * the same character. Two full numbers are compatible only when equal.
   */
  public boolean isCompatibleWith(ResidentIdNumber other) {
    return compatible(value, other.value);
  }

  /**
   * Whether two sets of 18 characters, which need not form valid numbers, could be the same number:
   * every position visible in both ({@code *} is hidden) holds the same character.
   *
   * @throws IllegalArgumentException if either is not 18 characters long
   */
  public static boolean compatible(String a, String b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    checkArgument(a.length() == 18 && b.length() == 18, "identity numbers have 18 characters");
    for (int i = 0; i < 18; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != '*' && y != '*' && x != y) {
        return false;
      }
    }
    return true;
  }

  /** The number with the birth date and sequence hidden ({@code 510104********123X}), for logs. */
  public String masked() {
    return Masking.idNumber(value);
  }

  private Optional<String> visible(int from, int to) {
    String part = value.substring(from, to);
    return part.indexOf('*') >= 0 ? Optional.empty() : Optional.of(part);
  }

  /**
   * Equal when the 18 characters are equal. The {@linkplain #form() form} is where the number came
   * from, not part of its identity: an upgraded 15-digit number equals the 18-character number.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentIdNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The number masked ({@link #masked()}): personal data never leaves through {@code toString()};
   * {@link #value()} gives the full number.
   */
  @Override
  public String toString() {
    return masked();
  }
}
