package org.gridgov.core.event;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;

/**
 * A case (案件): one incident, opened from a report and followed through its cycle. Immutable: every
 * move returns a new case whose audit trail is the old one with one entry appended, so the trail
 * can only grow.
 */
public final class GridCase {

  private final String id;
  private final GridCode grid;
  private final ImmutableList<String> eventIds;
  private final ImmutableList<AuditEntry> history;

  private GridCase(
      String id, GridCode grid, ImmutableList<String> eventIds, ImmutableList<AuditEntry> history) {
    this.id = id;
    this.grid = grid;
    this.eventIds = eventIds;
    this.history = history;
  }

  /**
   * Opens a case from a report: state REPORTED, with the opening entry in the trail.
   *
   * @param id the case id
   * @param event the first report
   * @param grid the grid that leads the case
   * @param actor who opened it (a member, {@code system} for automatic intake)
   */
  public static GridCase open(String id, GridEvent event, GridCode grid, String actor) {
    requireNonNull(event, "event");
    requireNonNull(grid, "grid");
    String caseId = Checks.id(id, "case id");
    AuditEntry first =
        new AuditEntry(
            caseId, Optional.empty(), CaseState.REPORTED, actor, event.reportedAt(), "reported");
    return new GridCase(caseId, grid, ImmutableList.of(event.id()), ImmutableList.of(first));
  }

  /** The id. */
  public String id() {
    return id;
  }

  /** The grid leading the case. */
  public GridCode grid() {
    return grid;
  }

  /** The reports joined in this case, first one first. */
  public ImmutableList<String> eventIds() {
    return eventIds;
  }

  /** The audit trail, oldest first; never empty. */
  public ImmutableList<AuditEntry> history() {
    return history;
  }

  /** The current state. */
  public CaseState state() {
    return history.get(history.size() - 1).to();
  }

  /**
   * Moves the case.
   *
   * @param to the new state
   * @param actor who moves it
   * @param at when; not before the last entry
   * @param reason why
   * @return the moved case; this one is unchanged
   * @throws IllegalTransitionException if the current state does not lead to {@code to}
   * @throws IllegalArgumentException if {@code at} is before the last entry
   */
  public GridCase moveTo(CaseState to, String actor, OffsetDateTime at, String reason) {
    requireNonNull(to, "to");
    requireNonNull(at, "at");
    CaseState from = state();
    if (!from.canMoveTo(to)) {
      throw new IllegalTransitionException(id, from, to);
    }
    OffsetDateTime last = history.get(history.size() - 1).at();
    checkArgument(
        !at.isBefore(last),
        "case %s: a move at %s cannot come before the last one at %s",
        id,
        at,
        last);
    AuditEntry entry = new AuditEntry(id, Optional.of(from), to, actor, at, reason);
    return new GridCase(
        id, grid, eventIds, ImmutableList.<AuditEntry>builder().addAll(history).add(entry).build());
  }

  /** A copy with another report of the same incident joined to it; the state does not change. */
  public GridCase withEvent(String eventId) {
    Checks.id(eventId, "event id");
    if (eventIds.contains(eventId)) {
      return this;
    }
    return new GridCase(
        id, grid, ImmutableList.<String>builder().addAll(eventIds).add(eventId).build(), history);
  }

  /**
   * A copy with other reports of the same incident joined to it, in the order given, skipping those
   * already joined; the state does not change. One copy for many reports: joining a flapping
   * device's thousand alarms one by one would copy the list a thousand times.
   */
  public GridCase withEvents(java.util.Collection<String> ids) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(eventIds);
    for (String e : ids) {
      all.add(Checks.id(e, "event id"));
    }
    if (all.size() == eventIds.size()) {
      return this;
    }
    return new GridCase(id, grid, ImmutableList.copyOf(all), history);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridCase c
        && id.equals(c.id)
        && grid.equals(c.grid)
        && eventIds.equals(c.eventIds)
        && history.equals(c.history);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + history.size();
  }

  @Override
  public String toString() {
    return "case " + id + " (" + state().code() + ")";
  }
}
