package org.gridgov.samples.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.TownKind;
import org.gridgov.core.division.VillageKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the default rural sample")
class RuralSampleTest {

  private static GridTree tree;

  @BeforeAll
  static void build() {
    tree = SampleCommunities.rural();
  }

  @Test
  @DisplayName("is one village of a town, coded as a villagers' committee, rural everywhere")
  void village() {
    assertThat(tree.communities()).hasSize(1);
    DivisionCode code = tree.communities().get(0).code().community();
    assertThat(code.townKind()).contains(TownKind.TOWN);
    assertThat(code.villageKind()).contains(VillageKind.VILLAGERS_COMMITTEE);
    assertThat(tree.grids()).allMatch(g -> g.settlement() == Settlement.RURAL);
  }

  @Test
  @DisplayName("has 400-700 households, each naming the villager group of its general grid")
  void households() {
    assertThat(tree.households()).hasSizeBetween(400, 700);
    for (Grid general : tree.grids(GridLevel.GENERAL)) {
      List<String> groups =
          tree.householdsWithin(general.code()).stream()
              .map(h -> h.villagerGroup().orElseThrow())
              .distinct()
              .toList();
      assertThat(groups).as(general.code().value()).hasSize(1);
    }
  }

  @Test
  @DisplayName("splits each villager group into 2-4 micro grids of at most 100 households")
  void microGrids() {
    for (Grid g : tree.grids(GridLevel.GENERAL)) {
      assertThat(TreeChecks.territorialChildren(tree, g)).as(g.code().value()).hasSizeBetween(2, 4);
    }
    for (Grid m : tree.grids(GridLevel.MICRO)) {
      assertThat(tree.households(m.code())).as(m.code().value()).hasSizeBetween(1, 100);
    }
  }

  @Test
  @DisplayName("puts every household in exactly one grid, at a point inside that grid")
  void householdsInside() {
    assertThat(TreeChecks.householdPlacementProblems(tree)).isEmpty();
  }

  @Test
  @DisplayName("tiles the village with its villager groups and each group with its micro grids")
  void tiling() {
    assertThat(TreeChecks.tilingProblems(tree)).isEmpty();
    assertThat(TreeChecks.boundaryProblems(tree)).isEmpty();
  }

  @Test
  @DisplayName("has more elderly living alone than the town, at realistic rates")
  void specialGroups() {
    assertThat(TreeChecks.share(tree, SpecialGroup.ELDERLY_ALONE)).isBetween(0.08, 0.12);
    assertThat(TreeChecks.share(tree, SpecialGroup.DISABLED)).isBetween(0.02, 0.06);
    assertThat(tree.households())
        .filteredOn(h -> h.specialGroups().contains(SpecialGroup.ELDERLY_ALONE))
        .allMatch(h -> h.size() == 1);
    assertThat(tree.households()).allMatch(h -> h.size() >= 1 && h.size() <= 6);
    assertThat(tree.households())
        .extracting(Household::address)
        .allMatch(a -> a.matches(".*组\\d+号"));
  }

  @Test
  @DisplayName("has no vacant or unreachable micro grid, and a party branch on every group")
  void staffing() {
    assertThat(TreeChecks.vacantMicroGrids(tree)).isEmpty();
    assertThat(TreeChecks.unreachableMicroGrids(tree)).isEmpty();
    assertThat(
            tree.partyOrganizations().stream()
                .filter(p -> p.kind() == PartyOrganizationKind.GRID_BRANCH)
                .map(p -> p.grid()))
        .containsExactlyInAnyOrderElementsOf(
            tree.grids(GridLevel.GENERAL).stream().map(g -> g.code()).toList());
  }

  @Test
  @DisplayName("with planted faults: a vacant and an unreachable micro grid, the same households")
  void plantedFaults() {
    GridTree planted = SampleCommunities.rural(SampleCommunities.DEFAULT_SEED, true);
    assertThat(TreeChecks.vacantMicroGrids(planted)).hasSize(1);
    assertThat(TreeChecks.unreachableMicroGrids(planted)).hasSize(1);
    assertThat(planted.grids()).isEqualTo(tree.grids());
    assertThat(planted.households()).isEqualTo(tree.households());
  }
}
