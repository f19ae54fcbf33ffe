package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gridgov.rules.validation.internal.StaffingTrees.DAY;
import static org.gridgov.rules.validation.internal.StaffingTrees.base;
import static org.gridgov.rules.validation.internal.StaffingTrees.building;
import static org.gridgov.rules.validation.internal.StaffingTrees.general;
import static org.gridgov.rules.validation.internal.StaffingTrees.grid;
import static org.gridgov.rules.validation.internal.StaffingTrees.member;
import static org.gridgov.rules.validation.internal.StaffingTrees.micro;
import static org.gridgov.rules.validation.internal.StaffingTrees.run;

import java.util.List;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.staff.Employment;
import org.gridgov.rules.policy.GridPolicy;
import org.gridgov.rules.validation.RuleContext;
import org.gridgov.rules.workload.WorkloadEstimate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkloadMicroRuleTest {

  /**
   * A micro grid of 100 households in four six-floor buildings 40 m apart, 11 with a special group
   * (the calibration case), served by {@code members} active members and one who has left.
   */
  private static GridTree tree(int members) {
    GridTree.Builder b = base();
    grid(b, general(1));
    grid(b, micro(1, 1));
    b.addMember(member("F1", Employment.FULL_TIME, general(1)).build());
    double d = 40 / (6_371_008.8 * Math.PI / 180);
    double dl = d / Math.cos(Math.toRadians(30.64));
    building(b, micro(1, 1), "B1", 104.05, 30.64, 6, 25, 3);
    building(b, micro(1, 1), "B2", 104.05 + dl, 30.64, 6, 25, 3);
    building(b, micro(1, 1), "B3", 104.05 + dl, 30.64 + d, 6, 25, 3);
    building(b, micro(1, 1), "B4", 104.05, 30.64 + d, 6, 25, 2);
    for (int k = 0; k < members; k++) {
      b.addMember(member("V" + k, Employment.VOLUNTEER, micro(1, 1)).build());
    }
    b.addMember(
        member("GONE", Employment.VOLUNTEER, micro(1, 1)).activeUntil(DAY.minusDays(1)).build());
    return b.build();
  }

  @Test
  @DisplayName("100 households with 2 active members: ERROR, value the round in minutes")
  void twoMembersTooFew() {
    List<Finding> findings = run(new WorkloadMicroRule(), tree(2));
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.rule()).isEqualTo("workload.micro");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.grid()).contains(micro(1, 1));
    assertThat(f.value().getAsDouble()).isCloseTo(183.6, within(0.05));
    assertThat(f.limit().getAsDouble()).isEqualTo(180);
    assertThat(f.messageEn()).contains("100 households").contains("183.6 min").contains("2 active");
    assertThat(f.messageZh()).contains("100户").contains("183.6分钟");
  }

  /**
   * A rural micro grid: 100 detached houses on a 10 × 10 lattice 30 m apart (270 m across), each
   * house its own building of unknown height (no buildings file), 11 with a special group.
   */
  private static GridTree village(Settlement settlement, int members) {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(StaffingTrees.COMMUNITY, "和平村").settlement(settlement).build());
    b.addGrid(Grid.builder(general(1), "一组").settlement(settlement).build());
    b.addGrid(Grid.builder(micro(1, 1), "一组东片").settlement(settlement).build());
    double d = 30 / (6_371_008.8 * Math.PI / 180);
    double dl = d / Math.cos(Math.toRadians(30.64));
    for (int k = 0; k < 100; k++) {
      String id = "H" + k;
      Household.Builder h =
          Household.builder(id)
              .address("一组" + k + "号")
              .buildingId("house-" + k)
              .location(104.05 + (k % 10) * dl, 30.64 + (k / 10) * d);
      if (k % 9 == 0) {
        h.specialGroups(SpecialGroup.ELDERLY_ALONE);
      }
      b.addHousehold(h.build());
      b.assign(id, micro(1, 1));
    }
    for (int k = 0; k < members; k++) {
      b.addMember(member("V" + k, Employment.VOLUNTEER, micro(1, 1)).build());
    }
    return b.build();
  }

  @Test
  @DisplayName("a rural micro grid of 100 detached houses with 3 members passes: no phantom stairs")
  void ruralHousesHaveNoStairs() {
    GridTree village = village(Settlement.RURAL, 3);
    assertThat(run(new WorkloadMicroRule(), village)).isEmpty();
    Grid grid = village.grid(micro(1, 1)).orElseThrow();
    WorkloadEstimate e = new RuleContext(village, GridPolicy.defaults(), DAY).workload(grid);
    assertThat(e.stairMinutes()).isZero();
    assertThat(e.households()).isEqualTo(100);
    assertThat(e.walkingMinutes()).isPositive();
  }

  @Test
  @DisplayName("the same houses in a town count the urban walk-up for buildings of unknown height")
  void urbanUnknownHeightStillClimbs() {
    GridTree town = village(Settlement.URBAN, 3);
    Grid grid = town.grid(micro(1, 1)).orElseThrow();
    WorkloadEstimate e = new RuleContext(town, GridPolicy.defaults(), DAY).workload(grid);
    assertThat(e.stairMinutes()).isCloseTo(100 * 2 * 5 * 0.25, within(1e-9));
    assertThat(run(new WorkloadMicroRule(), town)).hasSize(1);
  }

  @Test
  @DisplayName("near miss: the same grid with 3 active members fits in 180 min")
  void threeMembersFit() {
    assertThat(run(new WorkloadMicroRule(), tree(3))).isEmpty();
  }

  @Test
  @DisplayName("a micro grid with no active member is estimated for one person, and says so")
  void vacantEstimatedForOne() {
    List<Finding> findings = run(new WorkloadMicroRule(), tree(0));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).value().getAsDouble()).isCloseTo(367.2, within(0.05));
    assertThat(findings.get(0).messageEn()).contains("no active member");
    assertThat(findings.get(0).messageZh()).contains("按一人计");
  }

  @Test
  @DisplayName("general grids are not held to the micro grid round")
  void onlyMicroGrids() {
    GridTree.Builder b = base();
    grid(b, general(1));
    building(b, general(1), "B1", 104.05, 30.64, 6, 400, 0);
    b.addMember(member("F1", Employment.FULL_TIME, general(1)).build());
    assertThat(run(new WorkloadMicroRule(), b.build())).isEmpty();
  }
}
