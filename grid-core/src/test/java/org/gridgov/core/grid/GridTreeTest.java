package org.gridgov.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.household.Household;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.gridgov.core.testing.RandomTrees;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class GridTreeTest {

  private static final GridCode C = GridCode.parse("510107011005");
  private static final GridCode G1 = C.child(1);
  private static final GridCode G2 = C.child(2);
  private static final GridCode M11 = G1.child(1);
  private static final GridCode M12 = G1.child(2);
  private static final GridCode E1 = C.exclusive(1);
  private static final GridCode OTHER = GridCode.parse("510107011006");

  private static Grid grid(GridCode code) {
    Grid.Builder b = Grid.builder(code, "网格 " + code);
    if (code.level() == GridLevel.EXCLUSIVE) {
      b.exclusiveKind(ExclusiveKind.MARKET);
    }
    return b.build();
  }

  private static Household household(String id) {
    return Household.builder(id).build();
  }

  private static GridMember member(String id, GridCode... grids) {
    return GridMember.builder(id, "李娜").grids(List.of(grids)).build();
  }

  /** C with general grids G1 (micro M11, M12) and G2, and exclusive E1 attached to G1. */
  private static GridTree.Builder sample() {
    return GridTree.builder()
        .addGrid(grid(C))
        .addGrid(grid(G2))
        .addGrid(grid(G1))
        .addGrid(grid(M11))
        .addGrid(grid(M12))
        .addGrid(Grid.builder(E1, "集贸市场").exclusiveKind(ExclusiveKind.MARKET).parent(G1).build())
        .addHousehold(household("H1"))
        .assign("H1", M11)
        .addHousehold(household("H2"))
        .assign("H2", M12)
        .addHousehold(household("H3"))
        .assign("H3", M11)
        .assign("H3", G2)
        .addHousehold(household("H4"))
        .addHousehold(household("H5"))
        .assign("H5", G2)
        .addMember(member("M1", G1))
        .addMember(member("M2", M11, M12))
        .addPartyOrganization(
            new PartyOrganization("P1", "第一党支部", PartyOrganizationKind.GRID_BRANCH, G1));
  }

  private static List<String> codes(List<Grid> grids) {
    return grids.stream().map(g -> g.code().value()).collect(Collectors.toList());
  }

  private static List<String> ids(List<Household> households) {
    return households.stream().map(Household::id).collect(Collectors.toList());
  }

  @Test
  @DisplayName(
      "navigation: grids in code order, children, parent, communityOf and descendants follow the parents")
  void gridNavigation() {
    GridTree t = sample().build();
    assertThat(codes(t.grids()))
        .containsExactly(C.value(), G1.value(), M11.value(), M12.value(), G2.value(), E1.value());
    assertThat(codes(t.children(C))).containsExactly(G1.value(), G2.value());
    assertThat(codes(t.children(G1))).containsExactly(M11.value(), M12.value(), E1.value());
    assertThat(t.children(M11)).isEmpty();
    assertThat(t.parent(M11).map(Grid::code)).contains(G1);
    assertThat(t.parent(E1).map(Grid::code)).contains(G1);
    assertThat(t.parent(C)).isEmpty();
    assertThat(t.parent(OTHER)).isEmpty();
    assertThat(t.communityOf(E1).map(Grid::code)).contains(C);
    assertThat(t.communityOf(C).map(Grid::code)).contains(C);
    assertThat(t.communityOf(OTHER)).isEmpty();
    assertThat(codes(t.communities())).containsExactly(C.value());
    assertThat(codes(t.grids(GridLevel.MICRO))).containsExactly(M11.value(), M12.value());
    assertThat(codes(t.descendants(C)))
        .containsExactly(G1.value(), M11.value(), M12.value(), E1.value(), G2.value());
  }

  @Test
  @DisplayName(
      "navigation: households of a grid, gridsOf, gridOf, unassigned, multiply assigned and householdsWithin")
  void householdNavigation() {
    GridTree t = sample().build();
    assertThat(ids(t.households(M11))).containsExactly("H1", "H3");
    assertThat(ids(t.households(G1))).isEmpty();
    assertThat(t.gridsOf("H3")).containsExactly(M11, G2);
    assertThat(t.gridsOf("H4")).isEmpty();
    assertThat(t.gridsOf("nobody")).isEmpty();
    assertThat(t.gridOf("H1").map(Grid::code)).contains(M11);
    assertThat(t.gridOf("H3")).isEmpty();
    assertThat(ids(t.unassignedHouseholds())).containsExactly("H4");
    assertThat(ids(t.multiplyAssignedHouseholds())).containsExactly("H3");
    assertThat(ids(t.householdsWithin(G1))).containsExactlyInAnyOrder("H1", "H2", "H3");
    assertThat(ids(t.householdsWithin(C))).containsExactlyInAnyOrder("H1", "H2", "H3", "H5");
    assertThat(t.household("H2")).isPresent();
  }

  @Test
  @DisplayName("navigation: members and party organisations of a grid")
  void staffNavigation() {
    GridTree t = sample().build();
    assertThat(t.members(M12)).extracting(GridMember::id).containsExactly("M2");
    assertThat(t.members(G1)).extracting(GridMember::id).containsExactly("M1");
    assertThat(t.members(G2)).isEmpty();
    assertThat(t.partyOrganizations(G1)).extracting(PartyOrganization::id).containsExactly("P1");
    assertThat(t.member("M2").orElseThrow().grids()).containsExactly(M11, M12);
  }

  @Test
  @DisplayName(
      "the builder collects every problem in one exception: unknown parent, duplicate code, cycle, unknown grids, conflicting rows")
  void allProblemsAtOnce() {
    GridCode a = C.child(7);
    GridCode b = C.child(8);
    GridTree.Builder builder =
        sample()
            .addGrid(grid(G2), SourceLocation.of("grids.csv", 9))
            .addGrid(grid(OTHER.child(1)))
            .addGrid(Grid.builder(a, "甲").parent(b).build())
            .addGrid(Grid.builder(b, "乙").parent(a).build())
            .addHousehold(
                Household.builder("H1").size(4).build(), SourceLocation.of("households.csv", 3))
            .assign("H4", C.child(99))
            .addMember(member("M9", G1.child(99)));
    GridStructureException e = catchThrowableOfType(GridStructureException.class, builder::build);
    List<String> problems =
        e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    assertThat(problems)
        .containsExactlyInAnyOrder(
            "grids.csv:9: grid 510107011005002: duplicate code",
            "households.csv:3: household H1: listed again with different details; every row of a household must agree except for its grid",
            "grid 510107011006001: parent 510107011006 does not exist",
            "grid 510107011005007: cycle of parents: 510107011005007 -> 510107011005008 -> 510107011005007",
            "household H4: grid 510107011005099 does not exist",
            "member M9: grid 510107011005001099 does not exist");
    assertThat(e.getMessage()).startsWith("the grid structure is inconsistent (6 problems)");
  }

  @Test
  @DisplayName(
      "a household assigned but never added, and a resident of an unknown household, are problems")
  void danglingReferences() {
    GridStructureException e =
        catchThrowableOfType(
            GridStructureException.class,
            () ->
                sample()
                    .assign("H9", M11)
                    .addResident(
                        org.gridgov.core.household.Resident.builder("R1", "张伟")
                            .householdId("H8")
                            .build())
                    .build());
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactlyInAnyOrder(
            "household H9: assigned to 510107011005001001 but never added",
            "resident R1: household H8 does not exist");
  }

  @Test
  @DisplayName(
      "the same household on two rows with two grids is one household in two grids; a member on two rows serves both grids")
  void repeatedRowsMerge() {
    GridTree t =
        sample()
            .addHousehold(household("H4"))
            .assign("H4", M12)
            .addMember(member("M1", G2))
            .build();
    assertThat(t.households()).hasSize(5);
    assertThat(t.gridsOf("H4")).containsExactly(M12);
    assertThat(t.member("M1").orElseThrow().grids()).containsExactly(G1, G2);
    assertThat(t.members(G2)).extracting(GridMember::id).containsExactly("M1");
  }

  @Test
  @DisplayName(
      "in random valid trees every assignment is navigable both ways and every grid but the communities has its parent")
  void randomTreesAreConsistent(Random r) {
    for (int i = 0; i < 100; i++) {
      GridTree t = RandomTrees.tree(r);
      for (Household h : t.households()) {
        for (GridCode g : t.gridsOf(h.id())) {
          assertThat(t.households(g)).contains(h);
        }
        assertThat(t.unassignedHouseholds().contains(h)).isEqualTo(t.gridsOf(h.id()).isEmpty());
        assertThat(t.multiplyAssignedHouseholds().contains(h))
            .isEqualTo(t.gridsOf(h.id()).size() > 1);
      }
      for (Grid g : t.grids()) {
        assertThat(t.parent(g.code()).isPresent()).isEqualTo(g.level() != GridLevel.COMMUNITY);
        t.parent(g.code()).ifPresent(p -> assertThat(t.children(p.code())).contains(g));
        assertThat(t.communityOf(g.code()).map(Grid::code))
            .contains(GridCode.ofCommunity(g.code().community()));
      }
      Set<Household> within = Set.copyOf(t.householdsWithin(t.communities().get(0).code()));
      for (Household h : t.households()) {
        boolean inFirst =
            t.gridsOf(h.id()).stream()
                .anyMatch(g -> g.community().equals(t.communities().get(0).code().community()));
        assertThat(within.contains(h)).isEqualTo(inFirst);
      }
    }
  }
}
