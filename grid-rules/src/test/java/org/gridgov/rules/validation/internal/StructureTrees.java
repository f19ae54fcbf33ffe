package org.gridgov.rules.validation.internal;

import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Household;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.GridValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Small hand-made trees for the hierarchy, size and coverage rules, on a lattice of cells of 0.001°
 * (about 96 m east-west and 111 m north-south at 30.6° N).
 */
final class StructureTrees {

  static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  static final GridCode COMMUNITY = GridCode.parse("510107011005");
  static final GridCode GENERAL = COMMUNITY.child(1);
  static final GridCode MICRO_1 = GENERAL.child(1);
  static final GridCode MICRO_2 = GENERAL.child(2);
  static final double LON = 104.0;
  static final double LAT = 30.6;
  static final double CELL = 0.001;

  private StructureTrees() {}

  /** A rectangle of lattice cells: columns x0..x1, rows y0..y1. */
  static Polygon cells(double x0, double y0, double x1, double y1) {
    return Wgs84.FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(LON + x0 * CELL, LAT + y0 * CELL),
          new Coordinate(LON + x1 * CELL, LAT + y0 * CELL),
          new Coordinate(LON + x1 * CELL, LAT + y1 * CELL),
          new Coordinate(LON + x0 * CELL, LAT + y1 * CELL),
          new Coordinate(LON + x0 * CELL, LAT + y0 * CELL)
        });
  }

  /**
   * A community (2 × 1 cells), one general grid covering it, and two micro grids of one cell each,
   * west and east; no households.
   */
  static GridTree.Builder tiled() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").boundary(cells(0, 0, 2, 1)).build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").boundary(cells(0, 0, 2, 1)).build());
    b.addGrid(Grid.builder(MICRO_1, "微网格1").boundary(cells(0, 0, 1, 1)).build());
    b.addGrid(Grid.builder(MICRO_2, "微网格2").boundary(cells(1, 0, 2, 1)).build());
    return b;
  }

  /** Adds {@code n} households to a grid, at {@code (x, y)} in cell units, ids prefix-1…. */
  static void households(
      GridTree.Builder b, GridCode grid, String prefix, int n, double x, double y) {
    for (int k = 1; k <= n; k++) {
      Household h =
          Household.builder(prefix + "-" + k).location(LON + x * CELL, LAT + y * CELL).build();
      b.addHousehold(h);
      b.assign(h.id(), grid);
    }
  }

  /** A general grid of {@code n} households with no micro grids, for the size rules. */
  static GridTree general(int n, Settlement settlement) {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").settlement(settlement).build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").settlement(settlement).build());
    for (int k = 1; k <= n; k++) {
      b.addHousehold(Household.builder("H" + k).build());
      b.assign("H" + k, GENERAL);
    }
    return b.build();
  }

  /** The findings of one rule over a tree, with the default policy. */
  static List<Finding> run(GridRule rule, GridTree tree) {
    return GridValidator.builder().rules(List.of(rule)).build().validate(tree, DAY).findings();
  }
}
