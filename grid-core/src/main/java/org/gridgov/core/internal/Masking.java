package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.identity.IdNumberForm;
import org.gridgov.core.identity.ResidentIdNumber;

/**
 * The one way personal numbers are shown where a whole number must not go: messages, logs, {@code
 * toString()}, review files. An identity number keeps its first 6 and last 4 characters ({@code
 * 510104********1234}), a mobile number its first 3 and last 4 digits ({@code 138****5678}). {@link
 * #scrub} finds such numbers inside free text (a message quoting a cell, a log line) and masks them
 * there.
 */
public final class Masking {

  /**
   * An 18-character or 15-digit run that may be an identity number: not part of a longer run of
   * digits, so that a longer code is not cut apart; a letter before it does not matter ({@code
   * H510104…}, an id made of a number).
   */
  private static final Pattern ID_LIKE =
      Pattern.compile("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])");

  /**
   * A mainland mobile number (1[3-9] and 9 more digits), with an optional {@code +86}/{@code 86}
   * prefix and spaces or hyphens between the groups of 3, 4 and 4; not inside a longer number.
   */
  private static final Pattern MOBILE_LIKE =
      Pattern.compile("(?<![0-9])1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])");

  private Masking() {}

  /**
   * An identity number, normalised or as entered: its first 6 and last 4 significant characters
   * (letters, digits, {@code *}) shown, the others hidden, separators kept where they were; a text
   * of 10 significant characters or fewer entirely hidden, since it shows no whole number either
   * way but may be most of one.
   */
  public static String idNumber(String value) {
    requireNonNull(value, "value");
    int significant = 0;
    for (int i = 0; i < value.length(); i++) {
      significant += isSignificant(value.charAt(i)) ? 1 : 0;
    }
    StringBuilder b = new StringBuilder(value.length());
    int k = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isSignificant(c)) {
        boolean shown = significant > 10 && (k < 6 || k >= significant - 4);
        b.append(shown ? c : '*');
        k++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isSignificant(char c) {
    return Character.isLetterOrDigit(c) || c == '*';
  }

  /**
   * A phone number, normalised or as entered: the 4 digits before its last 4 hidden ({@code +86 138
   * **** 5678}); every digit but the last 4 when it has 8 digits or fewer.
   */
  public static String mobile(String value) {
    requireNonNull(value, "value");
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
    }
    StringBuilder b = new StringBuilder(value.length());
    int fromEnd = digits;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
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

  /**
   * {@code text} with every identity number and mobile number in it masked as {@link #idNumber} and
   * {@link #mobile} do; the rest unchanged. Cheap when there is nothing to mask.
   *
   * <p>An 18-character run is masked when it is a valid identity number (its check character
   * agrees), a 15-digit run when it is a valid first-generation number and not a grid code (a
   * general grid's code has 15 digits too, and a message about a grid must still name it), an
   * 11-digit run when it looks like a mainland mobile number. So a micro grid's 18-digit code is
   * masked only in the rare case that it also passes as an identity number, and a 15-digit number
   * that also reads as a general grid's code is left as it is.
   */
  public static String scrub(String text) {
    requireNonNull(text, "text");
    if (!hasDigitRun(text)) {
      return text;
    }
    String ids = replace(ID_LIKE.matcher(text), Masking::maskIfIdNumber);
    return replace(MOBILE_LIKE.matcher(ids), Masking::mobile);
  }

  /** Whether {@code text} holds 11 digits in a row: no mobile or identity number without. */
  private static boolean hasDigitRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run >= 11) {
          return true;
        }
      } else if (c != ' ' && c != '-') {
        run = 0;
      }
    }
    return false;
  }

  private static String maskIfIdNumber(String run) {
    Optional<ResidentIdNumber> parsed = ResidentIdNumber.tryParse(run);
    if (parsed.isEmpty()) {
      return run;
    }
    if (parsed.get().form() == IdNumberForm.LEGACY_15 && GridCode.tryParse(run).isPresent()) {
      return run;
    }
    return idNumber(run);
  }

  private static String replace(Matcher m, UnaryOperator<String> mask) {
    return m.replaceAll(r -> Matcher.quoteReplacement(mask.apply(r.group())));
  }
}
