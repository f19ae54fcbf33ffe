package org.gridgov.rules.planning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.io.GridFiles;

/**
 * The planner's proposal for one general grid: the new micro grids, each with its households and
 * round, and the household → grid reassignment.
 */
public final class MicroGridPlan {

  private final GridTree source;
  private final Grid general;
  private final ImmutableList<PlannedGrid> grids;
  private final ImmutableMap<String, GridCode> assignment;

  MicroGridPlan(GridTree source, Grid general, ImmutableList<PlannedGrid> grids) {
    this.source = source;
    this.general = general;
    this.grids = grids;
    Map<String, GridCode> a = new LinkedHashMap<>();
    for (PlannedGrid g : grids) {
      g.households().forEach(h -> a.put(h.id(), g.grid().code()));
    }
    this.assignment = ImmutableMap.copyOf(a);
  }

  /** The general grid planned. */
  public Grid general() {
    return general;
  }

  /** The proposed micro grids, in code order (north to south, then west to east). */
  public ImmutableList<PlannedGrid> grids() {
    return grids;
  }

  /** The proposed grid of every household of the general grid, by household id. */
  public ImmutableMap<String, GridCode> assignment() {
    return assignment;
  }

  /** The proposed grid of a household, if it is one of the general grid's. */
  public Optional<GridCode> gridOf(String householdId) {
    return Optional.ofNullable(assignment.get(requireNonNull(householdId, "householdId")));
  }

  /**
   * The plan as a tree of its own: the general grid's ancestors and the general grid, the proposed
   * micro grids, and the households reassigned to them, with their buildings. It carries no members
   * (the plan does not staff the grids), so it can be written, validated for sizes and coverage,
   * and merged by the street office.
   */
  public GridTree toTree() {
    GridTree.Builder b = GridTree.builder();
    java.util.Set<String> buildings = new java.util.HashSet<>();
    Optional<Grid> up = Optional.of(general);
    while (up.isPresent()) {
      b.addGrid(up.get());
      up = source.parent(up.get().code());
    }
    for (PlannedGrid g : grids) {
      b.addGrid(g.grid());
      for (Household h : g.households()) {
        b.addHousehold(h);
        b.assign(h.id(), g.grid().code());
        h.buildingId().filter(buildings::add).flatMap(source::building).ifPresent(b::addBuilding);
      }
    }
    return b.build();
  }

  /**
   * Writes the plan as interchange files ({@code grids.geojson}, {@code households.csv} and the
   * others of {@link GridFiles#writeDirectory}): the proposed grids with their ancestors, and the
   * reassignment.
   */
  public void write(Path dir) {
    GridFiles.writeDirectory(toTree(), dir);
  }
}
