package org.gridgov.rules.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.rules.policy.PolicyValues;
import org.gridgov.rules.validation.GridValidator;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.district.SyntheticDistrict;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

@Seeded
class MicroGridPlannerTest {

  private static final MicroGridPlanner PLANNER = MicroGridPlanner.builder().build();
  private static final PolicyValues LIMITS = PolicyValues.DEFAULTS;

  /** Every property the planner promises, for one general grid. */
  private static void assertGoodPlan(GridTree tree, GridCode general) {
    MicroGridPlan plan = PLANNER.plan(tree, general);
    Set<String> expected = new HashSet<>();
    tree.householdsWithin(general).forEach(h -> expected.add(h.id()));
    tree.descendants(general).stream()
        .filter(g -> g.level() == GridLevel.EXCLUSIVE)
        .forEach(g -> tree.households(g.code()).forEach(h -> expected.remove(h.id())));
    // Exact cover: every household once.
    List<String> planned = new ArrayList<>();
    plan.grids().forEach(g -> g.households().forEach(h -> planned.add(h.id())));
    assertThat(planned).doesNotHaveDuplicates();
    assertThat(new HashSet<>(planned)).isEqualTo(expected);
    // Limits held.
    for (PlannedGrid g : plan.grids()) {
      assertThat(g.households().size()).isLessThanOrEqualTo(LIMITS.microMaxHouseholds());
      assertThat(g.workload().roundMinutes()).isLessThanOrEqualTo(LIMITS.roundMaxMinutes());
      assertThat(g.grid().code().codeParent()).contains(general);
    }
    // Boundaries tile the general grid, and every household lies in its grid's polygon.
    List<Finding> findings =
        GridValidator.builder()
            .build()
            .validate(plan.toTree(), LocalDate.of(2026, 3, 1))
            .findings();
    // The plan's tree also holds the general grid's ancestors, which lack their other children:
    // only what concerns the general grid and the proposed grids counts here.
    assertThat(findings)
        .filteredOn(
            f -> f.grid().map(g -> g.equals(general) || g.extendsCode(general)).orElse(true))
        .filteredOn(f -> f.rule().startsWith("coverage.") || f.rule().startsWith("size.micro"))
        .isEmpty();
    if (plan.grids().stream().allMatch(g -> g.grid().boundary().isPresent())) {
      List<Geometry> parts = new ArrayList<>();
      plan.grids().forEach(g -> parts.add(g.grid().boundary().get()));
      Geometry parent = tree.grid(general).orElseThrow().boundary().orElseThrow();
      double difference = Wgs84.areaSquareMetres(UnaryUnionOp.union(parts).symDifference(parent));
      assertThat(difference).isLessThan(1.0);
    }
  }

  @Test
  @DisplayName(
      "every general grid of urban samples: exact cover, limits held, grids tile the parent")
  void samples(Random random) {
    for (int i = 0; i < 2; i++) {
      GridTree tree = SampleCommunities.urban(random.nextLong());
      for (Grid general : tree.grids(GridLevel.GENERAL)) {
        assertGoodPlan(tree, general.code());
      }
    }
  }

  @Test
  @DisplayName(
      "a 500-household general grid of a synthetic district plans into grids within limits")
  void district() {
    GridTree tree = SyntheticDistrict.build(40, 100, 7);
    GridCode general = tree.grids(GridLevel.GENERAL).get(0).code();
    assertGoodPlan(tree, general);
    assertThat(PLANNER.plan(tree, general).grids()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  @DisplayName("the plan does not depend on the order households were added in")
  void deterministic(Random random) {
    GridTree tree = SampleCommunities.urban();
    GridCode general = tree.grids(GridLevel.GENERAL).get(2).code();
    GridTree.Builder shuffled = GridTree.builder();
    List<Grid> grids = new ArrayList<>(tree.grids());
    Collections.shuffle(grids, random);
    grids.forEach(shuffled::addGrid);
    tree.buildings().forEach(shuffled::addBuilding);
    List<Household> households = new ArrayList<>(tree.households());
    Collections.shuffle(households, random);
    for (Household h : households) {
      shuffled.addHousehold(h);
      tree.gridsOf(h.id()).forEach(g -> shuffled.assign(h.id(), g));
    }
    MicroGridPlan a = PLANNER.plan(tree, general);
    MicroGridPlan b = PLANNER.plan(shuffled.build(), general);
    assertThat(b.assignment()).isEqualTo(a.assignment());
    assertThat(b.grids())
        .extracting(PlannedGrid::grid)
        .containsExactlyElementsOf(a.grids().stream().map(PlannedGrid::grid).toList());
  }

  @Test
  @DisplayName("a building too large for one grid is divided by entrance and floor, lowest first")
  void largeBuilding() {
    GridCode community = GridCode.parse("510107011005");
    GridCode general = community.child(1);
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(community, "社区").build());
    b.addGrid(Grid.builder(general, "一般网格").build());
    int n = 0;
    for (int unit = 1; unit <= 2; unit++) {
      for (int floor = 1; floor <= 30; floor++) {
        for (int door = 1; door <= 4; door++) {
          String id = String.format("H%03d", ++n);
          b.addHousehold(
              Household.builder(id)
                  .buildingId("TOWER")
                  .address(String.format("锦官路1号1栋%d单元%d%02d", unit, floor, door))
                  .location(104.0, 30.6)
                  .build());
          b.assign(id, general);
        }
      }
    }
    MicroGridPlan plan = PLANNER.plan(b.build(), general);
    assertThat(plan.grids()).hasSizeGreaterThanOrEqualTo(3);
    plan.grids().forEach(g -> assertThat(g.households().size()).isLessThanOrEqualTo(100));
    assertThat(plan.assignment()).hasSize(240);
    // The first run of the tower holds entrance 1's lowest floors.
    GridCode lowest = plan.gridOf("H001").orElseThrow();
    assertThat(plan.gridOf("H002")).contains(lowest);
    assertThat(plan.gridOf("H240")).isNotEqualTo(java.util.Optional.of(lowest));
  }

  @Test
  @DisplayName("a code that is not a general grid of the tree is refused, naming it")
  void notGeneral() {
    GridTree tree = SampleCommunities.urban();
    GridCode micro = tree.grids(GridLevel.MICRO).get(0).code();
    assertThatThrownBy(() -> PLANNER.plan(tree, micro))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(micro.value() + " is a micro grid, not a general grid")
        .hasMessageContaining(tree.grids(GridLevel.GENERAL).get(0).code().value());
    // A well-formed 15-digit code the files do not hold is not blamed on its length.
    assertThatThrownBy(() -> PLANNER.plan(tree, GridCode.parse("510107011099001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the grid files have no grid 510107011099001")
        .hasMessageNotContaining("15 digits");
  }

  @Test
  @DisplayName(
      "a household that alone breaks the round under a strict policy is refused, not planned over the limit")
  void impossible() {
    GridTree tree = SampleCommunities.urban();
    GridCode general = tree.grids(GridLevel.GENERAL).get(0).code();
    org.gridgov.rules.policy.GridPolicy strict =
        org.gridgov.rules.policy.GridPolicy.read(
            new java.io.StringReader("{\"schemaVersion\":1,\"defaults\":{\"roundMaxMinutes\":1}}"),
            "strict.json");
    assertThatThrownBy(() -> MicroGridPlanner.builder().policy(strict).build().plan(tree, general))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alone exceed the policy's limits");
  }
}
