package org.gridgov.rules.planning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.household.Household;
import org.gridgov.rules.workload.WorkloadEstimate;

/**
 * One proposed micro grid.
 *
 * @param grid the grid: its new code, name, parent and boundary (when one could be drawn)
 * @param households its households, by id
 * @param workload the estimated door-to-door round by the planner's members per grid
 */
public record PlannedGrid(
    Grid grid, ImmutableList<Household> households, WorkloadEstimate workload) {

  /** Validates the parts. */
  public PlannedGrid {
    requireNonNull(grid, "grid");
    requireNonNull(households, "households");
    requireNonNull(workload, "workload");
  }
}
