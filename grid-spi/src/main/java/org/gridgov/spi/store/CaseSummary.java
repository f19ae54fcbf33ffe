package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.GridCode;

/**
 * Where a case stands: its last entry's standing, with when it opened.
 *
 * @param caseId the case
 * @param grid the grid leading it
 * @param state its state
 * @param assignee the member handling it, if any
 * @param departments the departments joined to it
 * @param openedAt when its first entry happened
 * @param lastAt when its last entry happened
 * @param lastSequence the sequence of its last entry
 */
public record CaseSummary(
    String caseId,
    GridCode grid,
    CaseState state,
    Optional<String> assignee,
    ImmutableList<String> departments,
    OffsetDateTime openedAt,
    OffsetDateTime lastAt,
    long lastSequence) {

  /** Validates the parts. */
  public CaseSummary {
    requireNonNull(caseId, "caseId");
    requireNonNull(grid, "grid");
    requireNonNull(state, "state");
    requireNonNull(assignee, "assignee");
    requireNonNull(departments, "departments");
    requireNonNull(openedAt, "openedAt");
    requireNonNull(lastAt, "lastAt");
  }

  /** The summary of a case whose log is {@code log} (oldest first, not empty). */
  public static CaseSummary of(java.util.List<CaseEntry> log) {
    if (log.isEmpty()) {
      throw new IllegalArgumentException("a case's log is empty");
    }
    CaseEntry first = log.get(0);
    CaseEntry last = log.get(log.size() - 1);
    return new CaseSummary(
        last.caseId(),
        last.grid(),
        last.state(),
        last.assignee(),
        last.departments(),
        first.at(),
        last.at(),
        last.sequence());
  }
}
