package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telephone numbers to one form, E.164 ({@code +8613812345678}, {@code +862885123456}, {@code
 * +85291234567}), read and validated by Google's libphonenumber: a number written with a country
 * code ({@code +}, {@code 00}) is read in that country, so {@code +1 415 555 0100} is an American
 * number and never the mainland mobile {@code 14155550100}; a number without one is read as a
 * mainland number ({@code 028-85123456}, {@code 13812345678}, {@code 86} before a mobile). A local
 * landline number without its area code ({@code 85123456}), which has no E.164 form, stays its 7 or
 * 8 digits: {@link #local} lets it meet the same number with its area code. Spaces, hyphens, dots,
 * slashes and brackets are dropped; letters, or a number libphonenumber does not hold valid, give
 * no number.
 *
 * <p>The common mainland forms take a fast path: an 11-digit mobile number is valid exactly when
 * its first five digits are (libphonenumber's mainland mobile patterns decide on at most five), so
 * its validity is asked once per five-digit prefix and remembered. A test compares this class with
 * libphonenumber on every form the synthetic generator writes and on random digit strings.
 */
public final class Phones {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /**
   * Per five-digit prefix of an 11-digit mainland mobile number, whether numbers there are valid.
   */
  private static final ConcurrentHashMap<String, Boolean> MOBILE_PREFIX = new ConcurrentHashMap<>();

  private Phones() {}

  /**
   * The canonical form of a phone number, or empty when the text is not one. A cell that lists
   * several ({@code 152-2732-2378、(028)82202230}, separated by {@code , ， 、 ; ；}, or by a slash or
   * spaces where the whole is no one number) gives its first mobile number, else its first number;
   * a spreadsheet's float ({@code 13812345678.0}) is its digits.
   */
  public static Optional<String> normalize(String text) {
    requireNonNull(text, "text");
    String s = Text.clean(text);
    if (hasListSeparator(s)) {
      Optional<String> first = Optional.empty();
      for (String part : s.split("[,、;]")) {
        Optional<String> n = single(part);
        if (n.isPresent() && isMobile(n.get())) {
          return n;
        }
        if (first.isEmpty()) {
          first = n;
        }
      }
      return first;
    }
    Optional<String> one = single(s);
    return one.isPresent() ? one : retry(s);
  }

  /**
   * What a text that is no one number may still give: a spreadsheet's float ({@code
   * 13812345678.0}), or several numbers written with a slash or spaces between them ({@code
   * 159-1577-2280 180-2225-7559}, {@code 13812345678/028-85123456}, {@code 138 1234 5678
   * 13912345678}): the first mobile number, else the first number. The parts, notes without digits
   * aside, must all make whole numbers (each the shortest run of parts that makes one, none a local
   * number without its area code), or the text gives none: a number's own groups would otherwise
   * give numbers by chance.
   */
  private static Optional<String> retry(String s) {
    if (s.endsWith(".0")
        && s.length() > 2
        && digits(s.substring(0, s.length() - 2)) == s.length() - 2) {
      return single(s.substring(0, s.length() - 2));
    }
    if (s.indexOf('/') < 0 && s.indexOf(' ') < 0) {
      return Optional.empty();
    }
    String[] parts = s.split("[/ ]+");
    Optional<String> first = Optional.empty();
    Optional<String> mobile = Optional.empty();
    int i = 0;
    while (i < parts.length) {
      if (digits(parts[i]) == 0) {
        i++; // a note between numbers: 转, 微信
        continue;
      }
      StringBuilder run = new StringBuilder(24);
      Optional<String> n = Optional.empty();
      int j = i;
      while (j < parts.length && run.length() <= 20 && n.isEmpty()) {
        run.append(parts[j++]);
        n = single(run.toString()).filter(x -> x.startsWith("+"));
      }
      if (n.isEmpty()) {
        return Optional.empty();
      }
      if (first.isEmpty()) {
        first = n;
      }
      if (mobile.isEmpty() && isMobile(n.get())) {
        mobile = n;
      }
      i = j;
    }
    return mobile.isPresent() ? mobile : first;
  }

  /** How many ASCII digits a text holds. */
  private static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        n++;
      }
    }
    return n;
  }

  /** Whether a cleaned text lists several values (NFKC has made ， and ； their ASCII forms). */
  private static boolean hasListSeparator(String s) {
    return s.indexOf(',') >= 0 || s.indexOf('、') >= 0 || s.indexOf(';') >= 0;
  }

  /**
   * A mainland mobile number written masked, the first three and last four digits visible ({@code
   * 138****5678}, {@code +86 138****5678}), as {@code +86138****5678}, or only the last four
   * ({@code 尾号5678}) as {@code +861******5678}; empty for any other text. Compared with whole
   * numbers on its visible digits.
   */
  public static Optional<String> masked(String text) {
    requireNonNull(text, "text");
    int tail = text.indexOf("尾号");
    if (tail >= 0) {
      return lastFour(Text.clean(text.substring(tail + 2)));
    }
    if (text.indexOf('*') < 0 && text.indexOf('＊') < 0) {
      return Optional.empty(); // most texts, read when no number was found in them
    }
    String s = Text.clean(text);
    StringBuilder b = new StringBuilder(16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || c == '*') {
        b.append(c);
      } else if (c != ' ' && c != '-' && !(c == '+' && b.length() == 0)) {
        return Optional.empty();
      }
    }
    String d = b.toString();
    if (d.startsWith("0086")) {
      d = d.substring(4);
    } else if (d.length() == 13 && d.startsWith("86")) {
      d = d.substring(2);
    }
    if (d.length() != 11 || d.charAt(0) != '1' || !d.startsWith("****", 3)) {
      return Optional.empty();
    }
    for (int i = 0; i < 11; i++) {
      if ((i < 3 || i >= 7) && !(d.charAt(i) >= '0' && d.charAt(i) <= '9')) {
        return Optional.empty();
      }
    }
    return Optional.of("+86" + d);
  }

  /**
   * {@code 尾号5678} (the last four digits, as parcel lockers and delivery apps give a mobile number)
   * as {@code +861******5678}: a mainland mobile number whose last four digits are all that is
   * seen.
   */
  private static Optional<String> lastFour(String s) {
    String d = s.startsWith(":") || s.startsWith("为") || s.startsWith("是") ? s.substring(1) : s;
    d = d.strip();
    if (d.length() != 4) {
      return Optional.empty();
    }
    for (int i = 0; i < 4; i++) {
      if (d.charAt(i) < '0' || d.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    return Optional.of("+861******" + d);
  }

  /**
   * A normalised mainland mobile number as masked ones are written, the first three and the last
   * four digits shown ({@code +86138****5678} of {@code +8613812345678}, and of itself); {@code ""}
   * for any other number. What a masked number is blocked on to meet its whole form, and a whole
   * one with a typo in its middle digits to meet the number typed right.
   */
  public static String maskedForm(String normalized) {
    requireNonNull(normalized, "normalized");
    if (normalized.length() != 14 || !normalized.startsWith("+861")) {
      return "";
    }
    return normalized.substring(0, 6) + "****" + normalized.substring(10);
  }

  /** Whether two normalised numbers, one masked at least, agree on every digit visible in both. */
  public static boolean compatible(String x, String y) {
    if (x.length() != y.length()) {
      return false;
    }
    for (int i = 0; i < x.length(); i++) {
      char a = x.charAt(i);
      char b = y.charAt(i);
      if (a != b && a != '*' && b != '*') {
        return false;
      }
    }
    return true;
  }

  /** One number's canonical form. */
  private static Optional<String> single(String s) {
    StringBuilder digits = new StringBuilder(16);
    boolean plus = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.length() == 0 && !plus) {
        plus = true;
      } else if (Text.isHan(c)) {
        continue; // a note: 13800138000(微信同号), 手机13800138000
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/') {
        return Optional.empty();
      }
    }
    String d = digits.toString();
    if (!plus && d.length() >= 7 && d.length() <= 8 && d.charAt(0) != '0' && d.charAt(0) != '1') {
      return Optional.of(d); // a local number: no area code, no E.164 form
    }
    // The fast path: the forms apps write for mainland numbers.
    String national = null;
    if (plus && d.startsWith("86")) {
      national = d.substring(2);
    } else if (!plus && d.startsWith("0086")) {
      national = d.substring(4);
    } else if (!plus && !d.startsWith("00")) {
      national = d;
    }
    if (national != null) {
      Optional<String> fast = mainland(national);
      if (fast.isPresent()) {
        return fast;
      }
    }
    // Hong Kong, Macao and Taiwan numbers written with their country code but no + ((852)9123 4567,
    // 853-6612-3456): no mainland number is read so (one would have been returned above).
    if (!plus
        && (d.length() == 11 && (d.startsWith("852") || d.startsWith("853"))
            || d.length() == 12 && d.startsWith("886"))) {
      Optional<String> near = valid(Integer.parseInt(d.substring(0, 3)), d.substring(3));
      if (near.isPresent()) {
        return near;
      }
    }
    // Everything else as libphonenumber reads it: other countries, 86 without +, dialling prefixes.
    try {
      PhoneNumber n = UTIL.parse((plus ? "+" : "") + d, "CN");
      return UTIL.isValidNumber(n)
          ? Optional.of(UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty(); // not a number in any country
    }
  }

  /** A mainland national number, with its trunk prefix 0 or without. */
  private static Optional<String> mainland(String national) {
    if (national.length() == 11 && national.charAt(0) == '1') {
      String prefix = national.substring(0, 5);
      boolean valid =
          MOBILE_PREFIX.computeIfAbsent(prefix, p -> valid(86, p + "000000").isPresent());
      return valid ? Optional.of("+86" + national) : Optional.empty();
    }
    return valid(86, national.startsWith("0") ? national.substring(1) : national);
  }

  private static Optional<String> valid(int countryCode, String nsn) {
    if (nsn.isEmpty() || nsn.length() > 15 || nsn.charAt(0) == '0') {
      return Optional.empty();
    }
    PhoneNumber n =
        new PhoneNumber().setCountryCode(countryCode).setNationalNumber(Long.parseLong(nsn));
    return UTIL.isValidNumber(n)
        ? Optional.of(UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164))
        : Optional.empty();
  }

  /** Whether a normalised number is a mainland mobile number (masked ones too). */
  public static boolean isMobile(String normalized) {
    return normalized.length() == 14 && normalized.startsWith("+861");
  }

  /**
   * The local part of a normalised number: a mainland landline without its area code (010 and 02x
   * have two digits after the 0, the others three), every other number whole.
   */
  public static String local(String normalized) {
    if (!normalized.startsWith("+86") || isMobile(normalized)) {
      return normalized;
    }
    String nsn = normalized.substring(3);
    int area = nsn.startsWith("10") || nsn.startsWith("2") ? 2 : 3;
    return nsn.length() > area ? nsn.substring(area) : nsn;
  }
}
