package org.gridgov.rules.validation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.GridValidator;

/** Small hand-made trees for the staffing, care, party and workload rules. */
final class StaffingTrees {

  /** The day every check runs on. */
  static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  static final GridCode COMMUNITY = GridCode.parse("510107011005");

  private StaffingTrees() {}

  static GridCode general(int n) {
    return COMMUNITY.child(n);
  }

  static GridCode micro(int general, int n) {
    return general(general).child(n);
  }

  /** A tree with the community grid and its active chief, who serves only the community. */
  static GridTree.Builder base() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "锦官社区").build());
    b.addMember(member("CHIEF", Employment.FULL_TIME, COMMUNITY).build());
    return b;
  }

  /** Adds a grid (its parent by its code). */
  static void grid(GridTree.Builder b, GridCode code) {
    b.addGrid(Grid.builder(code, "网格" + code.value()).build());
  }

  /**
   * Adds {@code count} households to a grid, ids {@code prefix-1…}, the first {@code special} of
   * them with an elderly person living alone.
   */
  static void households(GridTree.Builder b, GridCode grid, String prefix, int count, int special) {
    for (int k = 1; k <= count; k++) {
      Household.Builder h = Household.builder(prefix + "-" + k).address(prefix + " " + k);
      if (k <= special) {
        h.specialGroups(SpecialGroup.ELDERLY_ALONE);
      }
      b.addHousehold(h.build());
      b.assign(prefix + "-" + k, grid);
    }
  }

  /** Adds a building with a position and floors, and {@code count} households in it. */
  static void building(
      GridTree.Builder b,
      GridCode grid,
      String id,
      double lon,
      double lat,
      int floors,
      int count,
      int special) {
    b.addBuilding(new Building(id, id, Optional.of(Wgs84.point(lon, lat)), OptionalInt.of(floors)));
    for (int k = 1; k <= count; k++) {
      String hid = id + "-" + k;
      Household.Builder h = Household.builder(hid).address(id + " " + k).buildingId(id);
      if (k <= special) {
        h.specialGroups(SpecialGroup.DISABLED);
      }
      b.addHousehold(h.build());
      b.assign(hid, grid);
    }
  }

  /** An active member with a smartphone, serving the given grids. */
  static GridMember.Builder member(String id, Employment employment, GridCode... grids) {
    return GridMember.builder(id, "成员" + id).employment(employment).grids(List.of(grids));
  }

  /** Runs one rule on {@link #DAY} under the default policy. */
  static List<Finding> run(GridRule rule, GridTree tree) {
    return GridValidator.builder().rules(List.of(rule)).build().validate(tree, DAY).findings();
  }
}
