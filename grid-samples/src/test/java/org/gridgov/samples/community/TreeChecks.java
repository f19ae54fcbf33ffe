package org.gridgov.samples.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.staff.GridMember;
import org.locationtech.jts.geom.Geometry;

/** Checks shared by the sample tests; each computes its answer from the tree under test. */
final class TreeChecks {

  /** Area in m² below which a gap or an overlap counts as rounding, not a hole in the net. */
  static final double AREA_TOLERANCE_M2 = 1.0;

  private TreeChecks() {}

  /**
   * The territorial children of a grid: general grids of a community, micro grids of a general
   * grid.
   */
  static List<Grid> territorialChildren(GridTree tree, Grid parent) {
    GridLevel childLevel =
        parent.level() == GridLevel.COMMUNITY ? GridLevel.GENERAL : GridLevel.MICRO;
    return tree.children(parent.code()).stream().filter(g -> g.level() == childLevel).toList();
  }

  /** Area in m² of (parent minus the union of its children) plus (the union minus the parent). */
  static double coverageMismatchM2(Grid parent, List<Grid> children) {
    Geometry union =
        Wgs84.FACTORY.buildGeometry(children.stream().map(TreeChecks::boundary).toList()).union();
    return Wgs84.areaSquareMetres(boundary(parent).symDifference(union));
  }

  /** The largest area in m² that two of the grids share. */
  static double largestOverlapM2(List<Grid> grids) {
    double worst = 0;
    for (int a = 0; a < grids.size(); a++) {
      for (int b = a + 1; b < grids.size(); b++) {
        Geometry ga = boundary(grids.get(a));
        Geometry gb = boundary(grids.get(b));
        if (ga.getEnvelopeInternal().intersects(gb.getEnvelopeInternal())) {
          worst = Math.max(worst, Wgs84.areaSquareMetres(ga.intersection(gb)));
        }
      }
    }
    return worst;
  }

  /**
   * Every territorial parent whose children leave a gap, spill over, or overlap; empty when none.
   */
  static List<String> tilingProblems(GridTree tree) {
    List<String> problems = new ArrayList<>();
    List<Grid> parents = new ArrayList<>(tree.communities());
    parents.addAll(tree.grids(GridLevel.GENERAL));
    for (Grid parent : parents) {
      List<Grid> children = territorialChildren(tree, parent);
      if (children.isEmpty()) {
        problems.add(parent.code() + " has no territorial children");
        continue;
      }
      double mismatch = coverageMismatchM2(parent, children);
      if (mismatch > AREA_TOLERANCE_M2) {
        problems.add(parent.code() + ": children differ from it by " + mismatch + " m²");
      }
      double overlap = largestOverlapM2(children);
      if (overlap > AREA_TOLERANCE_M2) {
        problems.add(parent.code() + ": two children overlap by " + overlap + " m²");
      }
    }
    return problems;
  }

  /** Households that are not assigned to exactly one grid or whose point is not inside it. */
  static List<String> householdPlacementProblems(GridTree tree) {
    List<String> problems = new ArrayList<>();
    for (Household h : tree.households()) {
      Optional<Grid> grid = tree.gridOf(h.id());
      if (grid.isEmpty()) {
        problems.add(h.id() + " is in " + tree.gridsOf(h.id()).size() + " grids");
      } else if (h.location().isEmpty()) {
        problems.add(h.id() + " has no location");
      } else if (!boundary(grid.get()).contains(h.location().get())) {
        problems.add(h.id() + " at " + h.location().get() + " is outside " + grid.get().code());
      }
    }
    return problems;
  }

  /** Grids without a boundary or with an invalid one. */
  static List<String> boundaryProblems(GridTree tree) {
    List<String> problems = new ArrayList<>();
    for (Grid g : tree.grids()) {
      if (g.boundary().isEmpty()) {
        problems.add(g.code() + " has no boundary");
      } else if (!g.boundary().get().isValid()) {
        problems.add(g.code() + " has an invalid boundary");
      }
    }
    return problems;
  }

  /** Micro grids whose members have all left (人走格空). */
  static List<Grid> vacantMicroGrids(GridTree tree) {
    return tree.grids(GridLevel.MICRO).stream().filter(g -> active(tree, g).isEmpty()).toList();
  }

  /** Micro grids with active members, none of whom has a smartphone (格在人在事不传). */
  static List<Grid> unreachableMicroGrids(GridTree tree) {
    return tree.grids(GridLevel.MICRO).stream()
        .filter(g -> !active(tree, g).isEmpty())
        .filter(g -> active(tree, g).stream().noneMatch(GridMember::hasSmartphone))
        .toList();
  }

  static List<GridMember> active(GridTree tree, Grid g) {
    return tree.members(g.code()).stream()
        .filter(m -> m.isActiveOn(SampleCommunities.REFERENCE_DATE))
        .toList();
  }

  /** Share of households that hold {@code group}. */
  static double share(GridTree tree, org.gridgov.core.household.SpecialGroup group) {
    long n = tree.households().stream().filter(h -> h.specialGroups().contains(group)).count();
    return (double) n / tree.households().size();
  }

  /**
   * Asserts that two trees hold the same grids, households, assignments, buildings, members and
   * organisations.
   */
  static void assertSameTree(GridTree a, GridTree b) {
    assertThat(a.grids()).isEqualTo(b.grids());
    assertThat(a.households()).isEqualTo(b.households());
    for (Household h : a.households()) {
      assertThat(a.gridsOf(h.id())).as(h.id()).isEqualTo(b.gridsOf(h.id()));
    }
    assertThat(a.buildings()).isEqualTo(b.buildings());
    assertThat(a.members()).isEqualTo(b.members());
    assertThat(a.partyOrganizations()).isEqualTo(b.partyOrganizations());
  }

  static Geometry boundary(Grid g) {
    return g.boundary().orElseThrow(() -> new AssertionError(g.code() + " has no boundary"));
  }
}
