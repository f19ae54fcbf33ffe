package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Telephone numbers to one form: a mobile number as its 11 digits ({@code 13812345678}); a landline
 * with its area code as {@code 028-85123456}; a landline without one as its 7 or 8 digits. The
 * country code ({@code +86}, {@code 0086}, {@code 86} before a mobile number), spaces, hyphens,
 * dots and brackets are dropped. Anything else — too few or too many digits, letters — is no
 * number.
 *
 * <p>Mainland mobile numbers have 11 digits starting with 1; area codes have 3 or 4 digits starting
 * with 0 (010 and 02x for the largest cities), and local numbers 7 or 8 digits (MIIT numbering
 * plan, 《电信网编号计划》).
 */
public final class Phones {

  private Phones() {}

  /** The canonical form of a phone number, or empty when the text is not one. */
  public static Optional<String> normalize(String text) {
    requireNonNull(text, "text");
    String s = Text.clean(text);
    StringBuilder digits = new StringBuilder(16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.length() == 0) {
        continue;
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/') {
        return Optional.empty();
      }
    }
    String d = digits.toString();
    if (d.startsWith("0086")) {
      d = d.substring(4);
    } else if (d.startsWith("86") && d.length() == 13) {
      d = d.substring(2);
    }
    if (d.length() == 11 && d.charAt(0) == '1') {
      return Optional.of(d);
    }
    if (d.startsWith("0")) {
      // Area code: 010 and 02x have 3 digits, the others 4.
      int area = d.startsWith("01") || d.startsWith("02") ? 3 : 4;
      String local = d.length() > area ? d.substring(area) : "";
      if (local.length() >= 7 && local.length() <= 8 && local.charAt(0) != '0') {
        return Optional.of(d.substring(0, area) + "-" + local);
      }
      return Optional.empty();
    }
    if (d.length() >= 7 && d.length() <= 8) {
      return Optional.of(d);
    }
    return Optional.empty();
  }

  /** Whether a normalised number is a mobile number. */
  public static boolean isMobile(String normalized) {
    return normalized.length() == 11 && normalized.charAt(0) == '1';
  }

  /** The local part of a normalised number: a mobile number whole, a landline without area code. */
  public static String local(String normalized) {
    int dash = normalized.indexOf('-');
    return dash < 0 ? normalized : normalized.substring(dash + 1);
  }
}
