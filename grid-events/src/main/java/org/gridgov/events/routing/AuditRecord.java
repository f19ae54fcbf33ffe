package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gridgov.core.event.AuditEntry;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.GridCode;

/**
 * One line of the audit log ({@code audit.jsonl}, written and read by {@link AuditLog}): a case
 * opened at intake, a report joined to a case, or a move of a case from one state to another.
 * Supervision reads the log to see which grids, members and departments struggle.
 */
public sealed interface AuditRecord {

  /** The case. */
  String caseId();

  /** When. */
  OffsetDateTime at();

  /** Who: a member id, a department, {@code system} for intake and automatic escalation. */
  String actor();

  /**
   * A case opened at intake, in state {@code reported}, with what routing decided.
   *
   * @param caseId the case
   * @param at when the first report came in
   * @param actor who opened it
   * @param eventId the first report
   * @param grid the grid that leads the case
   * @param assignee the member who handles it, if anyone was reachable
   * @param departments the departments that join
   * @param level the rung the case starts at
   * @param category the category of the first report
   * @param severity the most severe grade of the reports joined at intake
   * @param acceptBy when it must be accepted
   * @param dueAt when it must be handled
   */
  record Opened(
      String caseId,
      OffsetDateTime at,
      String actor,
      String eventId,
      GridCode grid,
      Optional<String> assignee,
      ImmutableList<String> departments,
      LadderLevel level,
      EventCategory category,
      EventSeverity severity,
      OffsetDateTime acceptBy,
      OffsetDateTime dueAt)
      implements AuditRecord {
    /** Validates the parts. */
    public Opened {
      requireNonNull(caseId, "caseId");
      requireNonNull(at, "at");
      requireNonNull(actor, "actor");
      requireNonNull(eventId, "eventId");
      requireNonNull(grid, "grid");
      requireNonNull(assignee, "assignee");
      requireNonNull(departments, "departments");
      requireNonNull(level, "level");
      requireNonNull(category, "category");
      requireNonNull(severity, "severity");
      requireNonNull(acceptBy, "acceptBy");
      requireNonNull(dueAt, "dueAt");
    }
  }

  /**
   * Another report of the same incident joined to a case; the case's state does not change.
   *
   * @param caseId the case
   * @param at when the report came in
   * @param actor who joined it
   * @param eventId the report
   */
  record Joined(String caseId, OffsetDateTime at, String actor, String eventId)
      implements AuditRecord {
    /** Validates the parts. */
    public Joined {
      requireNonNull(caseId, "caseId");
      requireNonNull(at, "at");
      requireNonNull(actor, "actor");
      requireNonNull(eventId, "eventId");
    }
  }

  /**
   * A move of a case in its lifecycle.
   *
   * @param caseId the case
   * @param at when
   * @param actor who moved it
   * @param from the state before
   * @param to the state after
   * @param reason why, in words; may be empty
   * @param assignee who handles the case from now on, when the move hands it to someone
   */
  record Moved(
      String caseId,
      OffsetDateTime at,
      String actor,
      CaseState from,
      CaseState to,
      String reason,
      Optional<String> assignee)
      implements AuditRecord {
    /** Validates the parts. */
    public Moved {
      requireNonNull(caseId, "caseId");
      requireNonNull(at, "at");
      requireNonNull(actor, "actor");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(reason, "reason");
      requireNonNull(assignee, "assignee");
    }

    /**
     * The record of a case's audit entry.
     *
     * @throws IllegalArgumentException for the entry that opened the case, which has no state
     *     before: its record is an {@link Opened}
     */
    public static Moved of(AuditEntry entry) {
      requireNonNull(entry, "entry");
      CaseState from =
          entry
              .from()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the opening entry of case " + entry.caseId() + " is not a move"));
      return new Moved(
          entry.caseId(),
          entry.at(),
          entry.actor(),
          from,
          entry.to(),
          entry.reason(),
          Optional.empty());
    }
  }
}
