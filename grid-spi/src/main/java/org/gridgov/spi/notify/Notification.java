package org.gridgov.spi.notify;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.grid.GridCode;
import org.locationtech.jts.geom.Geometry;

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
 * @param incident the case's grade and area, when its grid's boundary is known: for channels that
 *     publish public warnings (CAP)
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
    Message message,
    Optional<Incident> incident) {

  /**
   * What a public warning needs to know of the case: its grade and the area it concerns.
   *
   * @param grade the case's grade (I the most severe)
   * @param areaDescription the area in words: the grid's name and code
   * @param area the area, a polygon or multipolygon in WGS 84 longitude/latitude; copied in and
   *     out, as JTS geometries are mutable
   */
  public record Incident(EventSeverity grade, String areaDescription, Geometry area) {
    /** Validates the parts and copies the area. */
    public Incident {
      requireNonNull(grade, "grade");
      requireNonNull(areaDescription, "areaDescription");
      area = requireNonNull(area, "area").copy();
    }

    /** A copy of the area. */
    @Override
    public Geometry area() {
      return area.copy();
    }
  }

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
    requireNonNull(incident, "incident");
    if (id.isBlank() || caseId.isBlank()) {
      throw new IllegalArgumentException("a notification names itself and its case");
    }
  }
}
