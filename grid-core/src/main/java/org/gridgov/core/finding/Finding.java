package org.gridgov.core.finding;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.Masking;

/**
 * One finding about a grid tree. An identity or mobile number in the subject or the messages is
 * masked when the finding is made ({@code org.gridgov.core.internal.Masking#scrub}).
 *
 * @param rule the stable id of the rule that found it, e.g. {@code size.micro}
 * @param severity how serious it is
 * @param grid the grid it concerns, if any (a household in no grid concerns none)
 * @param subject the household or member it concerns, if any
 * @param value the measured value (households, minutes, m², a rate), if the rule measures one
 * @param limit the limit the value was held against, if any
 * @param messageEn what was found, in English
 * @param messageZh what was found, in Simplified Chinese
 */
public record Finding(
    String rule,
    Severity severity,
    Optional<GridCode> grid,
    Optional<String> subject,
    OptionalDouble value,
    OptionalDouble limit,
    String messageEn,
    String messageZh) {

  /** Validates the parts. */
  public Finding {
    rule = Checks.nonBlank(rule, "rule");
    requireNonNull(severity, "severity");
    requireNonNull(grid, "grid");
    requireNonNull(subject, "subject");
    requireNonNull(value, "value");
    requireNonNull(limit, "limit");
    subject = subject.map(Masking::scrub);
    messageEn = Masking.scrub(Checks.nonBlank(messageEn, "messageEn"));
    messageZh = Masking.scrub(Checks.nonBlank(messageZh, "messageZh"));
  }

  /**
   * The message in a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the reader's locale
   */
  public String message(Locale locale) {
    return locale.getLanguage().equals("zh") ? messageZh : messageEn;
  }

  /** A copy with another severity (a policy may change a rule's severity). */
  public Finding withSeverity(Severity other) {
    return new Finding(rule, other, grid, subject, value, limit, messageEn, messageZh);
  }

  /** Renders as {@code ERROR size.micro 510107011005001001: message}. */
  @Override
  public String toString() {
    return severity
        + " "
        + rule
        + grid.map(g -> " " + g).orElse("")
        + subject.map(s -> " [" + s + "]").orElse("")
        + ": "
        + messageEn;
  }
}
