package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.validation.internal.StructureTrees.COMMUNITY;
import static org.gridgov.rules.validation.internal.StructureTrees.GENERAL;
import static org.gridgov.rules.validation.internal.StructureTrees.MICRO_1;
import static org.gridgov.rules.validation.internal.StructureTrees.MICRO_2;
import static org.gridgov.rules.validation.internal.StructureTrees.cells;
import static org.gridgov.rules.validation.internal.StructureTrees.run;

import org.assertj.core.data.Offset;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoverageRulesTest {

  @Test
  @DisplayName("coverage.unassigned: a household in no grid is an ERROR; assigned ones pass")
  void unassigned() {
    GridTree.Builder b = StructureTrees.tiled();
    StructureTrees.households(b, MICRO_1, "A", 3, 0.5, 0.5);
    b.addHousehold(Household.builder("LOST").build());
    assertThat(run(new CoverageAssignmentRule(), b.build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("coverage.unassigned");
              assertThat(f.subject()).contains("LOST");
            });
  }

  @Test
  @DisplayName("coverage.multiple: a household in two grids is an ERROR naming both")
  void multiple() {
    GridTree.Builder b = StructureTrees.tiled();
    StructureTrees.households(b, MICRO_1, "A", 2, 0.5, 0.5);
    b.assign("A-1", MICRO_2);
    assertThat(run(new CoverageAssignmentRule(), b.build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("coverage.multiple");
              assertThat(f.subject()).contains("A-1");
              assertThat(f.value()).hasValue(2);
              assertThat(f.messageEn()).contains(MICRO_1.value()).contains(MICRO_2.value());
            });
  }

  @Test
  @DisplayName(
      "coverage.outside: a point in the neighbouring micro grid is an ERROR with its distance")
  void outside() {
    GridTree.Builder b = StructureTrees.tiled();
    StructureTrees.households(b, MICRO_1, "A", 1, 1.5, 0.5); // half a cell east of MICRO_1
    assertThat(run(new CoverageOutsideRule(), b.build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).contains("A-1");
              // Half a cell: 0.0005° of longitude at 30.6° N is about 48 m.
              assertThat(f.value().getAsDouble()).isCloseTo(48, Offset.offset(2.0));
            });
  }

  @Test
  @DisplayName("coverage.outside: points inside or on the edge of their grid pass")
  void insideOrOnEdge() {
    GridTree.Builder b = StructureTrees.tiled();
    StructureTrees.households(b, MICRO_1, "A", 1, 0.5, 0.5);
    StructureTrees.households(b, MICRO_1, "E", 1, 1.0, 0.5);
    assertThat(run(new CoverageOutsideRule(), b.build())).isEmpty();
  }

  @Test
  @DisplayName(
      "coverage.gap: micro grids leaving a tenth of their general grid uncovered are an ERROR")
  void gap() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").boundary(cells(0, 0, 2, 1)).build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").boundary(cells(0, 0, 2, 1)).build());
    b.addGrid(Grid.builder(MICRO_1, "微网格1").boundary(cells(0, 0, 1, 1)).build());
    b.addGrid(Grid.builder(MICRO_2, "微网格2").boundary(cells(1, 0, 1.8, 1)).build());
    assertThat(run(new CoverageGapOverlapRule(), b.build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("coverage.gap");
              assertThat(f.grid()).contains(GENERAL);
              // 0.2 × 0.001° by 0.001°: about 19 m × 111 m.
              assertThat(f.value().getAsDouble()).isCloseTo(2130, Offset.offset(60.0));
            });
  }

  @Test
  @DisplayName("coverage.gap: an exact tiling, and a gap below the tolerance, pass")
  void noGap() {
    assertThat(run(new CoverageGapOverlapRule(), StructureTrees.tiled().build())).isEmpty();
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").boundary(cells(0, 0, 2, 1)).build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").boundary(cells(0, 0, 2, 1)).build());
    b.addGrid(Grid.builder(MICRO_1, "微网格1").boundary(cells(0, 0, 1, 1)).build());
    // A sliver 1e-8 of a cell wide (1e-11°, about a micrometre) by 111 m: far below 1 m².
    b.addGrid(Grid.builder(MICRO_2, "微网格2").boundary(cells(1, 0, 1.99999999, 1)).build());
    assertThat(run(new CoverageGapOverlapRule(), b.build())).isEmpty();
  }

  @Test
  @DisplayName(
      "coverage.overlap: two micro grids sharing a strip are an ERROR; neighbours that touch pass")
  void overlap() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").boundary(cells(0, 0, 2, 1)).build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").boundary(cells(0, 0, 2, 1)).build());
    b.addGrid(Grid.builder(MICRO_1, "微网格1").boundary(cells(0, 0, 1.2, 1)).build());
    b.addGrid(Grid.builder(MICRO_2, "微网格2").boundary(cells(1, 0, 2, 1)).build());
    assertThat(run(new CoverageGapOverlapRule(), b.build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("coverage.overlap");
              assertThat(f.grid()).contains(MICRO_1);
              assertThat(f.value().getAsDouble()).isCloseTo(2130, Offset.offset(60.0));
            });
  }

  @Test
  @DisplayName("coverage.overlap: a micro grid reaching out of its general grid is an ERROR")
  void beyondParent() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").boundary(cells(0, 0, 3, 1)).build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").boundary(cells(0, 0, 2, 1)).build());
    b.addGrid(Grid.builder(COMMUNITY.child(2), "一般网格2").boundary(cells(2, 0, 3, 1)).build());
    b.addGrid(Grid.builder(MICRO_1, "微网格1").boundary(cells(0, 0, 1, 1)).build());
    b.addGrid(Grid.builder(MICRO_2, "微网格2").boundary(cells(1, 0, 2.5, 1)).build());
    assertThat(run(new CoverageGapOverlapRule(), b.build()))
        .anySatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("coverage.overlap");
              assertThat(f.grid()).contains(MICRO_2);
              assertThat(f.messageEn()).contains("beyond its parent");
            });
  }

  @Test
  @DisplayName("exclusive grids: left out of the territorial check, but checked against each other")
  void exclusives() {
    GridTree.Builder b = StructureTrees.tiled();
    b.addGrid(
        Grid.builder(COMMUNITY.exclusive(1), "市场")
            .exclusiveKind(ExclusiveKind.MARKET)
            .boundary(cells(0.2, 0.2, 0.8, 0.8))
            .build());
    assertThat(run(new CoverageGapOverlapRule(), b.build())).isEmpty();
    b.addGrid(
        Grid.builder(COMMUNITY.exclusive(2), "学校")
            .exclusiveKind(ExclusiveKind.SCHOOL)
            .boundary(cells(0.5, 0.5, 1.5, 0.9))
            .build());
    assertThat(run(new CoverageGapOverlapRule(), b.build()))
        .singleElement()
        .satisfies(f -> assertThat(f.grid()).contains(COMMUNITY.exclusive(1)));
  }
}
