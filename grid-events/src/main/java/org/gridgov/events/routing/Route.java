package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.Grid;

/** What the {@link EventRouter} decided for one report: where it goes, or why it cannot go. */
public sealed interface Route {

  /** The report. */
  GridEvent event();

  /**
   * Routed.
   *
   * @param event the report
   * @param grid the grid the report was located in; it leads the case
   * @param method how the grid was found
   * @param assignee the member who handles it, if anyone is reachable
   * @param level the rung the case sits at after intake ({@code district} for grades I and II)
   * @param departments the departments that join, in the table's order
   * @param acceptBy when the case must be accepted
   * @param dueAt when it must be handled
   */
  record Routed(
      GridEvent event,
      Grid grid,
      Location.Method method,
      Optional<String> assignee,
      LadderLevel level,
      ImmutableList<String> departments,
      Instant acceptBy,
      Instant dueAt)
      implements Route {
    /** Validates the parts. */
    public Routed {
      requireNonNull(event, "event");
      requireNonNull(grid, "grid");
      requireNonNull(method, "method");
      requireNonNull(assignee, "assignee");
      requireNonNull(level, "level");
      requireNonNull(departments, "departments");
      requireNonNull(acceptBy, "acceptBy");
      requireNonNull(dueAt, "dueAt");
    }
  }

  /**
   * Not routed.
   *
   * @param event the report
   * @param reason why, for people (e.g. the point lies outside every community)
   */
  record Unroutable(GridEvent event, String reason) implements Route {
    /** Validates the parts. */
    public Unroutable {
      requireNonNull(event, "event");
      requireNonNull(reason, "reason");
    }
  }
}
