package org.gridgov.rules.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

@Seeded
class GridOverlayTest {

  private static final GridCode COMMUNITY = GridCode.parse("510107011005");
  private static final GridCode GENERAL = COMMUNITY.child(1);
  private static final double CELL = 0.001;

  private static Polygon rect(double x0, double y0, double x1, double y1) {
    return Wgs84.FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(104 + x0 * CELL, 30.6 + y0 * CELL),
          new Coordinate(104 + x1 * CELL, 30.6 + y0 * CELL),
          new Coordinate(104 + x1 * CELL, 30.6 + y1 * CELL),
          new Coordinate(104 + x0 * CELL, 30.6 + y1 * CELL),
          new Coordinate(104 + x0 * CELL, 30.6 + y0 * CELL)
        });
  }

  /** A community of n × 1 lattice cells with one general grid and n micro grids side by side. */
  private static GridTree strip(int n) {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").boundary(rect(0, 0, n, 1)).build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").boundary(rect(0, 0, n, 1)).build());
    for (int i = 0; i < n; i++) {
      b.addGrid(Grid.builder(GENERAL.child(i + 1), "微网格").boundary(rect(i, 0, i + 1, 1)).build());
    }
    return b.build();
  }

  private static DepartmentCell cell(String id, Polygon p) {
    return new DepartmentCell(id, Optional.empty(), Optional.of("police"), p);
  }

  @Test
  @DisplayName("a cell covering two micro grids exactly maps each at share 1 and cuts nothing")
  void exactCover() {
    OverlayResult r =
        GridOverlay.compute(
            strip(2), DepartmentLayer.of(List.of(cell("A", rect(0, 0, 2, 1)))), 1.0);
    assertThat(r.mapping()).hasSize(2);
    assertThat(r.mapping())
        .allSatisfy(
            m -> {
              assertThat(m.shareOfGrid()).isCloseTo(1.0, Offset.offset(1e-9));
              assertThat(m.shareOfCell()).isCloseTo(0.5, Offset.offset(1e-9));
            });
    assertThat(r.cuts()).isEmpty();
    assertThat(r.uncovered()).isEmpty();
  }

  @Test
  @DisplayName("a cell boundary through the middle of a micro grid is a cut with shares of a half")
  void cut() {
    DepartmentLayer layer =
        DepartmentLayer.of(List.of(cell("A", rect(0, 0, 1.5, 1)), cell("B", rect(1.5, 0, 2, 1))));
    OverlayResult r = GridOverlay.compute(strip(2), layer, 1.0);
    assertThat(r.cuts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.grid()).isEqualTo(GENERAL.child(2));
              assertThat(c.cells()).containsExactly("A", "B");
              assertThat(c.largestShare()).isCloseTo(0.5, Offset.offset(1e-6));
            });
  }

  @Test
  @DisplayName("a sliver below the tolerance is ignored; an uncovered micro grid is reported")
  void sliverAndGap() {
    DepartmentLayer layer = DepartmentLayer.of(List.of(cell("A", rect(0, 0, 1.0000001, 1))));
    OverlayResult r = GridOverlay.compute(strip(2), layer, 1.0);
    assertThat(r.mapping())
        .extracting(OverlayResult.Mapping::grid)
        .containsExactly(GENERAL.child(1));
    assertThat(r.cuts()).isEmpty();
    assertThat(r.uncovered())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.kind()).isEqualTo("grid");
              assertThat(u.id()).isEqualTo(GENERAL.child(2).value());
              assertThat(u.share()).isCloseTo(1.0, Offset.offset(1e-3));
            });
  }

  @Test
  @DisplayName("random tilings: each micro grid's shares sum to 1, and each cell's too")
  void sharesSumToOne(Random random) {
    for (int round = 0; round < 10; round++) {
      int n = 2 + random.nextInt(6);
      GridTree tree = strip(n);
      // Cells: the same strip cut at random positions.
      List<Double> cutsAt = new ArrayList<>();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        cutsAt.add(0.1 + random.nextDouble() * (n - 0.2));
      }
      cutsAt.sort(Double::compare);
      List<DepartmentCell> cells = new ArrayList<>();
      double from = 0;
      for (int k = 0; k <= cutsAt.size(); k++) {
        double to = k < cutsAt.size() ? cutsAt.get(k) : n;
        if (to - from > 1e-6) {
          cells.add(cell("C" + k, rect(from, 0, to, 1)));
        }
        from = to;
      }
      OverlayResult r = GridOverlay.compute(tree, DepartmentLayer.of(cells), 0.001);
      Map<String, Double> byGrid = new HashMap<>();
      Map<String, Double> byCell = new HashMap<>();
      r.mapping()
          .forEach(
              m -> {
                byGrid.merge(m.grid().value(), m.shareOfGrid(), Double::sum);
                byCell.merge(m.cellId(), m.shareOfCell(), Double::sum);
              });
      assertThat(byGrid).hasSize(n);
      byGrid.values().forEach(s -> assertThat(s).isCloseTo(1.0, Offset.offset(1e-6)));
      byCell.values().forEach(s -> assertThat(s).isCloseTo(1.0, Offset.offset(1e-6)));
      assertThat(r.uncovered()).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "cells of different departments are compared separately: overlapping layers cut nothing")
  void departmentsApart() {
    DepartmentLayer layer =
        DepartmentLayer.of(
            List.of(
                new DepartmentCell("P1", Optional.empty(), Optional.of("police"), rect(0, 0, 2, 1)),
                new DepartmentCell(
                    "H1", Optional.empty(), Optional.of("health"), rect(0, 0, 1.5, 1)),
                new DepartmentCell(
                    "H2", Optional.empty(), Optional.of("health"), rect(1.5, 0, 2, 1))));
    OverlayResult r = GridOverlay.compute(strip(2), layer, 1.0);
    assertThat(r.cuts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.department()).isEqualTo("health");
              assertThat(c.cells()).containsExactly("H1", "H2");
            });
    assertThat(r.uncovered()).isEmpty();
  }

  @Test
  @DisplayName("bad layers: missing and duplicate ids, a non-polygon, truncated JSON, with places")
  void badLayer() {
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + "{\"type\":\"Feature\",\"properties\":{\"id\":\"A\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[104,30],[104.1,30],[104.1,30.1],[104,30]]]}},\n"
            + "{\"type\":\"Feature\",\"properties\":{\"id\":\"A\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[104,30],[104.1,30],[104.1,30.1],[104,30]]]}},\n"
            + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[104,30]}}\n"
            + "]}";
    assertThatThrownBy(() -> DepartmentLayer.read(new StringReader(json), "layer.geojson"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::subject)
                  .contains("feature 1 (A)", "feature 2");
              assertThat(e.problems().get(0).location().orElseThrow().line()).isEqualTo(3);
            })
        .hasMessageContaining("is used again")
        .hasMessageContaining("has no id")
        .hasMessageContaining("Polygon or MultiPolygon");
    assertThatThrownBy(
            () -> DepartmentLayer.read(new StringReader(json.substring(0, 80)), "layer.geojson"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("truncated");
  }
}
