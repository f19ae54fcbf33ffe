package org.gridgov.spi.notify;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;

/**
 * One message to one recipient about one case.
 *
 * @param id the notification's id, unique per recipient and occasion ({@code C-17/assigned/member:
 *     M001}), so that a channel that de-duplicates can tell a retry from a new message
 * @param reason why the recipient is told
 * @param recipient who is told
 * @param caseId the case
 * @param grid the grid that leads the case
 * @param category the case's category code ({@code safety.fire}, docs/events.md)
 * @param place where, in words: the grid's name, the building, the household
 * @param at when the occasion arose
 * @param dueBy by when the recipient must act, if there is such a deadline
 * @param message the text, in Chinese and English
 * @since 1.1
 */
public record Notification(
    String id,
    Reason reason,
    Recipient recipient,
    String caseId,
    GridCode grid,
    String category,
    String place,
    OffsetDateTime at,
    Optional<OffsetDateTime> dueBy,
    Message message) {

  /** Why a recipient is told. */
  public enum Reason {
    /** A new case is theirs: assigned to the member, joined by the department. */
    ASSIGNED,
    /** The case climbed the ladder to them: nobody below acted in time. */
    ESCALATED,
    /** The case is overdue at the top of the ladder. */
    OVERDUE,
    /** A grade I or II incident (an area alert): every rung is told at once. */
    AREA_ALERT;

    /** The code in files and records: {@code assigned}, {@code area_alert}, … */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The reason of a code.
     *
     * @throws IllegalArgumentException naming the codes allowed
     */
    public static Reason ofCode(String code) {
      for (Reason r : values()) {
        if (r.code().equals(code)) {
          return r;
        }
      }
      throw new IllegalArgumentException(
          "unknown notification reason \""
              + code
              + "\" (expected assigned, escalated, overdue or area_alert)");
    }
  }

  /** Validates the parts. */
  public Notification {
    requireNonNull(id, "id");
    requireNonNull(reason, "reason");
    requireNonNull(recipient, "recipient");
    requireNonNull(caseId, "caseId");
    requireNonNull(grid, "grid");
    requireNonNull(category, "category");
    requireNonNull(place, "place");
    requireNonNull(at, "at");
    requireNonNull(dueBy, "dueBy");
    requireNonNull(message, "message");
    if (id.isBlank() || caseId.isBlank()) {
      throw new IllegalArgumentException("a notification names itself and its case");
    }
  }
}
