package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A notification that could not be delivered after every attempt, kept so that people can see it,
 * and send it again or drop it. The store indexes the case, notifier and recipient, and keeps
 * {@code payload} (the whole notification as the library encodes it, docs/spi.md) as given.
 *
 * @param id the dead letter's id, unique in the store: the notification's id and the notifier's
 *     name ({@code C-17/assigned/member:M001@grid-robot})
 * @param at when it finally failed, to the millisecond
 * @param caseId the case
 * @param notifier the notifier's name in the notification configuration
 * @param recipient the recipient's key, {@code member:M001}
 * @param reason why they were to be told: {@code assigned}, {@code escalated}, …
 * @param attempts how many times it was sent
 * @param error why the last attempt failed
 * @param payload the notification, encoded by the library; opaque to the store
 * @since 1.1
 */
public record DeadLetter(
    String id,
    Instant at,
    String caseId,
    String notifier,
    String recipient,
    String reason,
    int attempts,
    String error,
    String payload) {

  /** Validates the parts; {@code at} is cut to the millisecond, which every store keeps. */
  public DeadLetter {
    requireNonNull(id, "id");
    requireNonNull(at, "at");
    requireNonNull(caseId, "caseId");
    requireNonNull(notifier, "notifier");
    requireNonNull(recipient, "recipient");
    requireNonNull(reason, "reason");
    requireNonNull(error, "error");
    requireNonNull(payload, "payload");
    checkText("dead letter id", id, 400);
    checkText("case id", caseId, 200);
    checkText("notifier", notifier, 64);
    checkText("recipient", recipient, 300);
    checkText("reason", reason, 40);
    if (attempts < 0) {
      throw new IllegalArgumentException("dead letter " + id + ": attempts " + attempts + " < 0");
    }
    at = at.truncatedTo(ChronoUnit.MILLIS);
  }

  static void checkText(String what, String value, int max) {
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(
          "a " + what + " has 1 to " + max + " characters: \"" + value + "\"");
    }
  }
}
