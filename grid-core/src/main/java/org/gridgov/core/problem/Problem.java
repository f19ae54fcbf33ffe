package org.gridgov.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.internal.Masking;

/**
 * One problem found in input: where it is (when known), what it concerns, and what is wrong.
 *
 * <p>The message says what was found and what was expected, e.g. {@code column "size": "abc" is not
 * a whole number}. An identity or mobile number quoted in the subject or the message (a phone
 * number in the wrong column, a record named by its identity number) is masked when the problem is
 * made ({@code 510104********1234}, {@code 139****6001}), so no message carries a whole one.
 *
 * @param location where the problem was found, if the input came from a file
 * @param subject what the problem concerns, e.g. {@code grid 510107011005001} or {@code household
 *     H0001}; empty string when it concerns the input as a whole
 * @param message what is wrong and what was expected
 */
public record Problem(Optional<SourceLocation> location, String subject, String message) {

  /** Validates the parts. */
  public Problem {
    requireNonNull(location, "location");
    requireNonNull(subject, "subject");
    requireNonNull(message, "message");
    checkArgument(!message.isBlank(), "message must not be blank");
    subject = Masking.scrub(subject);
    message = Masking.scrub(message);
  }

  /** A problem at a known place. */
  public static Problem at(SourceLocation location, String subject, String message) {
    return new Problem(Optional.of(location), subject, message);
  }

  /** A problem whose place in a file is not known (e.g. found in an in-memory model). */
  public static Problem of(String subject, String message) {
    return new Problem(Optional.empty(), subject, message);
  }

  /** A copy of this problem placed at {@code where}, unless it already has a place. */
  public Problem withLocationIfAbsent(Optional<SourceLocation> where) {
    return location.isPresent() || where.isEmpty() ? this : new Problem(where, subject, message);
  }

  /** Renders as {@code file:line:column: subject: message}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    location.ifPresent(l -> sb.append(l).append(": "));
    if (!subject.isEmpty()) {
      sb.append(subject).append(": ");
    }
    return sb.append(message).toString();
  }
}
