package org.gridgov.core.grid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.household.Household;
import org.gridgov.core.staff.GridMember;

/**
 * Counts that describe a grid tree or one community of it: grids per level, households, people,
 * members and party organisations. What {@code grid demo} and {@code grid inspect} print.
 *
 * @param scope the grid counted with everything below it, or empty when the whole tree is
 * @param gridsByLevel number of grids of each level (every level present, zero when none)
 * @param households households assigned to a grid in scope (the whole tree: all households)
 * @param people sum of the sizes of those households
 * @param unassignedHouseholds households in no grid (always 0 for a grid scope, since such a
 *     household belongs to no grid)
 * @param multiplyAssignedHouseholds households assigned to two or more grids
 * @param specialGroupHouseholds households with at least one special group
 * @param members members serving a grid in scope, including those who have left
 * @param activeMembers those of them active on {@code date}
 * @param partyOrganizations party organisations attached to grids in scope
 * @param date the day on which members were counted as active
 */
public record GridSummary(
    Optional<GridCode> scope,
    ImmutableMap<GridLevel, Integer> gridsByLevel,
    int households,
    int people,
    int unassignedHouseholds,
    int multiplyAssignedHouseholds,
    int specialGroupHouseholds,
    int members,
    int activeMembers,
    int partyOrganizations,
    LocalDate date) {

  /** Validates the parts. */
  public GridSummary {
    requireNonNull(scope, "scope");
    requireNonNull(gridsByLevel, "gridsByLevel");
    requireNonNull(date, "date");
  }

  /** Summarises the whole tree, counting members active on {@code date}. */
  public static GridSummary of(GridTree tree, LocalDate date) {
    return summarise(tree, Optional.empty(), tree.grids(), tree.households(), date);
  }

  /**
   * Summarises one grid and every grid below it (for a community: the whole community).
   *
   * @throws IllegalArgumentException if the tree has no grid {@code code}
   */
  public static GridSummary of(GridTree tree, GridCode code, LocalDate date) {
    Grid root =
        tree.grid(code)
            .orElseThrow(() -> new IllegalArgumentException("the tree has no grid " + code));
    Set<Grid> grids = new LinkedHashSet<>();
    grids.add(root);
    grids.addAll(tree.descendants(code));
    return summarise(tree, Optional.of(code), grids, tree.householdsWithin(code), date);
  }

  private static GridSummary summarise(
      GridTree tree,
      Optional<GridCode> scope,
      Iterable<Grid> grids,
      Iterable<Household> households,
      LocalDate date) {
    Map<GridLevel, Integer> byLevel = new EnumMap<>(GridLevel.class);
    for (GridLevel l : GridLevel.values()) {
      byLevel.put(l, 0);
    }
    Set<GridMember> members = new LinkedHashSet<>();
    int party = 0;
    for (Grid g : grids) {
      byLevel.merge(g.level(), 1, Integer::sum);
      members.addAll(tree.members(g.code()));
      party += tree.partyOrganizations(g.code()).size();
    }
    int count = 0;
    int people = 0;
    int unassigned = 0;
    int multiple = 0;
    int special = 0;
    for (Household h : households) {
      count++;
      people += h.size();
      int in = tree.gridsOf(h.id()).size();
      if (in == 0) {
        unassigned++;
      } else if (in > 1) {
        multiple++;
      }
      if (h.hasSpecialGroup()) {
        special++;
      }
    }
    int active = (int) members.stream().filter(m -> m.isActiveOn(date)).count();
    return new GridSummary(
        scope,
        ImmutableMap.copyOf(byLevel),
        count,
        people,
        unassigned,
        multiple,
        special,
        members.size(),
        active,
        party,
        date);
  }

  /** The number of grids of a level. */
  public int grids(GridLevel level) {
    return gridsByLevel.getOrDefault(level, 0);
  }
}
