package org.gridgov.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.staff.GridMember;
import org.gridgov.rules.planning.MicroGridPlan;
import org.gridgov.rules.planning.MicroGridPlanner;
import org.gridgov.rules.planning.PlannedGrid;
import org.gridgov.rules.policy.GridPolicy;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.community.UrbanCommunitySpec;

/**
 * A community re-divided by the real {@link MicroGridPlanner} to a micro-grid size limit: its
 * community and general grids as they were, and the planner's micro grids with their households in
 * the planner's order. Members are not part of it: each run staffs it anew ({@link #tree}).
 * Immutable.
 */
public final class PlannedCommunity {

  /**
   * One micro grid of the plan.
   *
   * @param grid the grid
   * @param households its households, in the planner's order (a patrol goes round them in it)
   */
  public record MicroGrid(Grid grid, ImmutableList<Household> households) {}

  private final GridTree base;
  private final ImmutableList<MicroGrid> micro;

  private PlannedCommunity(GridTree base, ImmutableList<MicroGrid> micro) {
    this.base = base;
    this.micro = micro;
  }

  /**
   * Generates the sample community of a config and re-divides every general grid.
   *
   * @param community which sample community
   * @param maxHouseholds the micro-grid size limit
   * @param membersPerGrid the members who will share each grid's round
   */
  public static PlannedCommunity plan(
      ExperimentConfig.Community community, int maxHouseholds, int membersPerGrid) {
    UrbanCommunitySpec spec =
        UrbanCommunitySpec.builder()
            .generalGrids(community.generalGrids())
            .householdsPerGeneralGrid(community.householdsPerGeneralGrid())
            .householdSpread(0)
            .exclusiveKinds(List.of())
            .build();
    return plan(SampleCommunities.urban(spec, community.seed()), maxHouseholds, membersPerGrid);
  }

  /**
   * Re-divides every general grid of a tree that has households.
   *
   * @param tree the community; its micro and exclusive grids and its members are left out
   * @param maxHouseholds the micro-grid size limit
   * @param membersPerGrid the members who will share each grid's round
   */
  public static PlannedCommunity plan(GridTree tree, int maxHouseholds, int membersPerGrid) {
    requireNonNull(tree, "tree");
    // The size is the figure swept: the round limit is lifted so that it alone decides the plan.
    // Whether the households are reached within 3 hours is then the door-knock planner's finding.
    GridPolicy policy =
        GridPolicy.read(
            new StringReader(
                "{\"schemaVersion\":1,\"defaults\":{\"microMaxHouseholds\":"
                    + maxHouseholds
                    + ",\"microAverageMaxHouseholds\":"
                    + maxHouseholds
                    + ",\"roundMaxMinutes\":10000}}"),
            "planning policy");
    MicroGridPlanner planner =
        MicroGridPlanner.builder()
            .policy(policy)
            .membersPerGrid(Math.min(20, membersPerGrid))
            .build();
    List<MicroGrid> micro = new ArrayList<>();
    for (Grid general : tree.grids(GridLevel.GENERAL)) {
      if (tree.householdsWithin(general.code()).isEmpty()) {
        continue;
      }
      MicroGridPlan plan = planner.plan(tree, general.code());
      for (PlannedGrid g : plan.grids()) {
        micro.add(new MicroGrid(g.grid(), g.households()));
      }
    }
    return new PlannedCommunity(tree, ImmutableList.copyOf(micro));
  }

  /** The micro grids of the plan, in the planner's order. */
  public ImmutableList<MicroGrid> microGrids() {
    return micro;
  }

  /** How many households the plan covers. */
  public int households() {
    return micro.stream().mapToInt(g -> g.households().size()).sum();
  }

  /** The community's grids above the micro grids. */
  public ImmutableList<Grid> upperGrids() {
    return base.grids().stream()
        .filter(g -> g.level() == GridLevel.COMMUNITY || g.level() == GridLevel.GENERAL)
        .collect(ImmutableList.toImmutableList());
  }

  /** The tree of the plan staffed with {@code members}: the tree a run routes and knocks on. */
  public GridTree tree(List<GridMember> members) {
    GridTree.Builder b = GridTree.builder();
    upperGrids().forEach(b::addGrid);
    Set<String> buildings = new HashSet<>();
    for (MicroGrid g : micro) {
      b.addGrid(g.grid());
      for (Household h : g.households()) {
        b.addHousehold(h);
        b.assign(h.id(), g.grid().code());
        h.buildingId().filter(buildings::add).flatMap(base::building).ifPresent(b::addBuilding);
      }
    }
    members.forEach(b::addMember);
    return b.build();
  }
}
