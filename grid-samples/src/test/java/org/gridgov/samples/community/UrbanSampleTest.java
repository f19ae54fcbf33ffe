package org.gridgov.samples.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.TownKind;
import org.gridgov.core.division.VillageKind;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the default urban sample")
class UrbanSampleTest {

  private static GridTree tree;

  @BeforeAll
  static void build() {
    tree = SampleCommunities.urban();
  }

  @Test
  @DisplayName("is one community of a street in Chengdu, coded as a residents' committee")
  void community() {
    assertThat(tree.communities()).hasSize(1);
    DivisionCode code = tree.communities().get(0).code().community();
    assertThat(code.isWithin(DivisionCode.parse("510100000000"))).isTrue();
    assertThat(code.townKind()).contains(TownKind.STREET);
    assertThat(code.villageKind()).contains(VillageKind.RESIDENTS_COMMITTEE);
    assertThat(tree.grids()).allMatch(g -> g.settlement() == Settlement.URBAN);
  }

  @Test
  @DisplayName("has at least 6 general grids, each of 300-500 households")
  void generalGrids() {
    List<Grid> generals = tree.grids(GridLevel.GENERAL);
    assertThat(generals).hasSizeGreaterThanOrEqualTo(6);
    for (Grid g : generals) {
      assertThat(tree.householdsWithin(g.code())).as(g.code().value()).hasSizeBetween(300, 500);
    }
  }

  @Test
  @DisplayName("has at least 40 micro grids, 4-7 per general grid, each of at most 100 households")
  void microGrids() {
    assertThat(tree.grids(GridLevel.MICRO)).hasSizeGreaterThanOrEqualTo(40);
    for (Grid g : tree.grids(GridLevel.GENERAL)) {
      assertThat(TreeChecks.territorialChildren(tree, g)).as(g.code().value()).hasSizeBetween(4, 7);
    }
    for (Grid m : tree.grids(GridLevel.MICRO)) {
      assertThat(tree.households(m.code())).as(m.code().value()).hasSizeBetween(1, 100);
    }
  }

  @Test
  @DisplayName("has at least 3,000 households with unique ids in the H000001 form")
  void households() {
    assertThat(tree.households()).hasSizeGreaterThanOrEqualTo(3000);
    assertThat(tree.households()).allMatch(h -> h.id().matches("H\\d{6}"));
    assertThat(tree.households().stream().map(Household::id).distinct().count())
        .isEqualTo(tree.households().size());
  }

  @Test
  @DisplayName("puts every household in exactly one grid, at a point inside that grid")
  void householdsInside() {
    assertThat(TreeChecks.householdPlacementProblems(tree)).isEmpty();
  }

  @Test
  @DisplayName(
      "tiles the community with its general grids and each general grid with its micro grids")
  void tiling() {
    assertThat(TreeChecks.tilingProblems(tree)).isEmpty();
  }

  @Test
  @DisplayName("gives every grid a valid boundary")
  void boundaries() {
    assertThat(TreeChecks.boundaryProblems(tree)).isEmpty();
  }

  @Test
  @DisplayName("houses every household in a building of 6-33 floors that lies in one micro grid")
  void buildings() {
    Map<String, Set<GridCode>> gridsOfBuilding = new TreeMap<>();
    for (Household h : tree.households()) {
      assertThat(h.buildingId()).as(h.id()).isPresent();
      gridsOfBuilding
          .computeIfAbsent(h.buildingId().get(), k -> new HashSet<>())
          .add(tree.gridOf(h.id()).orElseThrow().code());
    }
    assertThat(gridsOfBuilding).allSatisfy((b, grids) -> assertThat(grids).as(b).hasSize(1));
    assertThat(tree.buildings())
        .allSatisfy(
            b -> {
              assertThat(b.id()).matches("B\\d{4}");
              assertThat(b.floors().getAsInt()).isBetween(6, 33);
              Grid grid = tree.grid(gridsOfBuilding.get(b.id()).iterator().next()).orElseThrow();
              assertThat(TreeChecks.boundary(grid).contains(b.location().orElseThrow()))
                  .as(b.id())
                  .isTrue();
            });
  }

  @Test
  @DisplayName("writes addresses in the several spellings residents use")
  void addressSpellings() {
    List<String> addresses = tree.households().stream().map(Household::address).toList();
    assertThat(addresses).anyMatch(a -> a.matches(".+\\d+栋\\d单元\\d{3,4}"));
    assertThat(addresses).anyMatch(a -> a.matches(".+\\d+幢\\d单元\\d{3,4}室"));
    assertThat(addresses).anyMatch(a -> a.matches(".+\\d+号楼\\d单元\\d+楼\\d号"));
    assertThat(addresses).anyMatch(a -> a.matches(".+\\d+-\\d-\\d{3,4}"));
  }

  @Test
  @DisplayName("has household sizes of 1-6 with a mean near the 2020 census's 2.62")
  void householdSizes() {
    assertThat(tree.households()).allMatch(h -> h.size() >= 1 && h.size() <= 6);
    double mean = tree.households().stream().mapToInt(Household::size).average().orElseThrow();
    assertThat(mean).isCloseTo(2.62, within(0.15));
  }

  @Test
  @DisplayName(
      "has special groups at realistic rates, elderly living alone only in one-person households")
  void specialGroups() {
    assertThat(TreeChecks.share(tree, SpecialGroup.ELDERLY_ALONE)).isBetween(0.05, 0.08);
    assertThat(TreeChecks.share(tree, SpecialGroup.DISABLED)).isBetween(0.02, 0.04);
    assertThat(TreeChecks.share(tree, SpecialGroup.CHILD_IN_DIFFICULTY)).isBetween(0.002, 0.01);
    assertThat(TreeChecks.share(tree, SpecialGroup.PREGNANT_OR_POSTPARTUM)).isBetween(0.005, 0.02);
    assertThat(tree.households())
        .filteredOn(h -> h.specialGroups().contains(SpecialGroup.ELDERLY_ALONE))
        .allMatch(h -> h.size() == 1);
  }

  @Test
  @DisplayName("has exclusive grids of at least 3 kinds inside the community, with managing bodies")
  void exclusiveGrids() {
    List<Grid> exclusives = tree.grids(GridLevel.EXCLUSIVE);
    Grid community = tree.communities().get(0);
    assertThat(exclusives.stream().map(g -> g.exclusiveKind().orElseThrow()).distinct())
        .hasSizeGreaterThanOrEqualTo(3);
    for (Grid e : exclusives) {
      assertThat(e.code().value()).startsWith(community.code().value() + "E");
      assertThat(e.managingBody()).as(e.code().value()).isPresent();
      assertThat(TreeChecks.boundary(community).covers(TreeChecks.boundary(e)))
          .as(e.code().value())
          .isTrue();
      assertThat(tree.communityOf(e.code())).contains(community);
    }
    assertThat(exclusives).anyMatch(e -> e.parent().orElseThrow().equals(community.code()));
    assertThat(exclusives)
        .anyMatch(e -> tree.parent(e.code()).orElseThrow().level() == GridLevel.GENERAL);
  }

  @Test
  @DisplayName("houses a school's staff dormitory in the school's exclusive grid")
  void dormitory() {
    Grid school =
        tree.grids(GridLevel.EXCLUSIVE).stream()
            .filter(g -> g.exclusiveKind().orElseThrow() == ExclusiveKind.SCHOOL)
            .findFirst()
            .orElseThrow();
    assertThat(tree.households(school.code())).isNotEmpty();
  }

  @Test
  @DisplayName("staffs each general grid with 1-2 full-time members taking all four duties")
  void fullTimeStaff() {
    for (Grid g : tree.grids(GridLevel.GENERAL)) {
      List<GridMember> staff =
          tree.members(g.code()).stream()
              .filter(m -> m.employment() == Employment.FULL_TIME)
              .toList();
      assertThat(staff).as(g.code().value()).hasSizeBetween(1, 2);
      assertThat(staff).allMatch(m -> m.duties().containsAll(List.of(Duty.values())));
    }
  }

  @Test
  @DisplayName("staffs micro grids with 2-4 part-time or volunteer members, some serving two grids")
  void microStaff() {
    for (Grid m : tree.grids(GridLevel.MICRO)) {
      List<GridMember> members = tree.members(m.code());
      assertThat(members).as(m.code().value()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(members).allMatch(x -> x.employment() != Employment.FULL_TIME);
    }
    assertThat(tree.members()).anyMatch(m -> m.grids().size() == 2);
    assertThat(tree.members()).allMatch(m -> m.id().matches("M\\d{4}"));
  }

  @Test
  @DisplayName("has about one member in ten without a smartphone, most of them old")
  void smartphones() {
    List<GridMember> without = tree.members().stream().filter(m -> !m.hasSmartphone()).toList();
    double share = (double) without.size() / tree.members().size();
    assertThat(share).isBetween(0.04, 0.16);
    double meanBirthWithout =
        without.stream().mapToInt(m -> m.birthYear().getAsInt()).average().orElseThrow();
    double meanBirthAll =
        tree.members().stream().mapToInt(m -> m.birthYear().getAsInt()).average().orElseThrow();
    assertThat(meanBirthWithout).isLessThan(meanBirthAll - 5);
  }

  @Test
  @DisplayName("has members who have left, each replaced, so that no micro grid is left empty")
  void departuresReplaced() {
    assertThat(TreeChecks.vacantMicroGrids(tree)).isEmpty();
    assertThat(tree.members())
        .filteredOn(m -> !m.isActiveOn(SampleCommunities.REFERENCE_DATE))
        .isNotEmpty()
        .allSatisfy(
            m ->
                assertThat(m.activeUntil().orElseThrow())
                    .isBefore(SampleCommunities.REFERENCE_DATE));
  }

  @Test
  @DisplayName("gives every micro grid an active member with a smartphone")
  void everyMicroGridReachable() {
    assertThat(TreeChecks.unreachableMicroGrids(tree)).isEmpty();
    for (Grid m : tree.grids(GridLevel.MICRO)) {
      assertThat(TreeChecks.active(tree, m))
          .as(m.code().value())
          .anyMatch(GridMember::hasSmartphone);
    }
  }

  @Test
  @DisplayName("with planted faults: one vacant and one unreachable micro grid, nothing else moved")
  void plantedFaults() {
    GridTree planted =
        SampleCommunities.urban(
            UrbanCommunitySpec.builder().plantStaffingFaults(true).build(),
            SampleCommunities.DEFAULT_SEED);
    assertThat(TreeChecks.vacantMicroGrids(planted)).hasSize(1);
    assertThat(TreeChecks.unreachableMicroGrids(planted)).hasSize(1);
    assertThat(planted.grids()).isEqualTo(tree.grids());
    assertThat(planted.households()).isEqualTo(tree.households());
  }

  @Test
  @DisplayName("gives each exclusive grid one contact appointed by its managing body")
  void exclusiveContacts() {
    for (Grid e : tree.grids(GridLevel.EXCLUSIVE)) {
      assertThat(tree.members(e.code())).as(e.code().value()).hasSize(1);
    }
  }

  @Test
  @DisplayName("covers every general grid and some micro grids with party organisations")
  void partyCoverage() {
    Map<PartyOrganizationKind, Set<GridCode>> byKind =
        tree.partyOrganizations().stream()
            .collect(
                Collectors.groupingBy(
                    PartyOrganization::kind,
                    TreeMap::new,
                    Collectors.mapping(PartyOrganization::grid, Collectors.toSet())));
    assertThat(byKind.get(PartyOrganizationKind.COMMUNITY_COMMITTEE))
        .containsExactly(tree.communities().get(0).code());
    int generals = tree.grids(GridLevel.GENERAL).size();
    assertThat(byKind.get(PartyOrganizationKind.GRID_BRANCH)).hasSize(generals);
    int micros = tree.grids(GridLevel.MICRO).size();
    assertThat(byKind.get(PartyOrganizationKind.BUILDING_GROUP).size())
        .isPositive()
        .isLessThan(micros);
  }
}
