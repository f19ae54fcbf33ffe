package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The record of one notification's delivery, in the case's audit trail: who was told of the case,
 * why, through which notifier, how many attempts it took, and whether it arrived. Names the
 * recipient by kind and id ({@code member:M001}), never by contact.
 *
 * @param id the notification's id (one record per notification and notifier: {@code id} is unique
 *     together with {@code notifier})
 * @param caseId the case
 * @param at when the delivery ended (arrived, or finally failed), to the millisecond
 * @param notifier the notifier's name in the notification configuration
 * @param recipient the recipient's key, {@code member:M001}, {@code department:fire_brigade},
 *     {@code office:510107011005}
 * @param reason why they were told: {@code assigned}, {@code escalated}, {@code overdue}, {@code
 *     area_alert}
 * @param outcome whether it arrived
 * @param attempts how many times it was sent; 0 when it never was (the library's queue was full, or
 *     it was closing)
 * @param detail why it failed, empty when it arrived
 * @since 1.1
 */
public record Delivery(
    String id,
    String caseId,
    Instant at,
    String notifier,
    String recipient,
    String reason,
    Outcome outcome,
    int attempts,
    String detail) {

  /** Whether a delivery arrived. */
  public enum Outcome {
    /** The channel took the message. */
    DELIVERED,
    /** Every attempt failed; the notification is a dead letter. */
    FAILED;

    /** The code in databases: {@code delivered}, {@code failed}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The outcome of a code.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public static Outcome ofCode(String code) {
      for (Outcome o : values()) {
        if (o.code().equals(code)) {
          return o;
        }
      }
      throw new IllegalArgumentException(
          "unknown delivery outcome \"" + code + "\" (expected delivered or failed)");
    }
  }

  /** Validates the parts; {@code at} is cut to the millisecond, which every store keeps. */
  public Delivery {
    requireNonNull(id, "id");
    requireNonNull(caseId, "caseId");
    requireNonNull(at, "at");
    requireNonNull(notifier, "notifier");
    requireNonNull(recipient, "recipient");
    requireNonNull(reason, "reason");
    requireNonNull(outcome, "outcome");
    requireNonNull(detail, "detail");
    DeadLetter.checkText("delivery id", id, 300);
    DeadLetter.checkText("case id", caseId, 200);
    DeadLetter.checkText("notifier", notifier, 64);
    DeadLetter.checkText("recipient", recipient, 300);
    DeadLetter.checkText("reason", reason, 40);
    if (attempts < 0) {
      throw new IllegalArgumentException("delivery " + id + ": attempts " + attempts + " < 0");
    }
    at = at.truncatedTo(ChronoUnit.MILLIS);
  }
}
