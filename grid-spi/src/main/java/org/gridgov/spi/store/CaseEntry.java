package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.GridCode;

/**
 * One entry of a case's log: what happened to the case, and where the case stands after it. The
 * store indexes the standing (grid, state, assignee, departments) for queries and keeps {@code
 * detail} as given.
 *
 * @param caseId the case
 * @param sequence the entry's place in the case's log: 1 for the entry that opened it, then one
 *     more for each entry
 * @param at when it happened
 * @param kind what happened
 * @param actor who did it: a member id, a department, {@code system}
 * @param state the case's state after it
 * @param grid the grid leading the case after it
 * @param assignee the member handling the case after it, if any
 * @param departments the departments joined to the case after it
 * @param detail the full record, as its writer encodes it (the audit log writes one JSON line of
 *     docs/events.md); opaque to the store
 */
public record CaseEntry(
    String caseId,
    long sequence,
    OffsetDateTime at,
    Kind kind,
    String actor,
    CaseState state,
    GridCode grid,
    Optional<String> assignee,
    ImmutableList<String> departments,
    String detail) {

  /** What an entry records. */
  public enum Kind {
    /** The report that opened the case. */
    OPENED,
    /** Another report of the same incident, joined to the case. */
    JOINED,
    /** A move in the case's lifecycle (accepted, escalated, closed, …). */
    MOVED;

    /** The code used in files and databases: {@code opened}, {@code joined}, {@code moved}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The kind of a code.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public static Kind ofCode(String code) {
      for (Kind k : values()) {
        if (k.code().equals(code)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown case entry kind \"" + code + "\" (expected opened, joined or moved)");
    }
  }

  /** Validates the parts. */
  public CaseEntry {
    requireNonNull(caseId, "caseId");
    if (caseId.isBlank() || caseId.length() > 200) {
      throw new IllegalArgumentException("a case id has 1 to 200 characters: \"" + caseId + "\"");
    }
    if (sequence < 1) {
      throw new IllegalArgumentException(
          "case " + caseId + ": a sequence starts at 1, not " + sequence);
    }
    if ((sequence == 1) != (kind == Kind.OPENED)) {
      throw new IllegalArgumentException(
          "case "
              + caseId
              + ": entry "
              + sequence
              + " is "
              + kind.code()
              + ", but only the first entry, and every first entry, opens a case");
    }
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    requireNonNull(actor, "actor");
    requireNonNull(state, "state");
    requireNonNull(grid, "grid");
    requireNonNull(assignee, "assignee");
    requireNonNull(departments, "departments");
    requireNonNull(detail, "detail");
  }
}
