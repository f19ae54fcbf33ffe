package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.validation.internal.StaffingTrees.COMMUNITY;
import static org.gridgov.rules.validation.internal.StaffingTrees.DAY;
import static org.gridgov.rules.validation.internal.StaffingTrees.base;
import static org.gridgov.rules.validation.internal.StaffingTrees.general;
import static org.gridgov.rules.validation.internal.StaffingTrees.grid;
import static org.gridgov.rules.validation.internal.StaffingTrees.households;
import static org.gridgov.rules.validation.internal.StaffingTrees.member;
import static org.gridgov.rules.validation.internal.StaffingTrees.micro;
import static org.gridgov.rules.validation.internal.StaffingTrees.run;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.Employment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffingVacantRuleTest {

  /** Community, one general grid with a full-time member, one micro grid with the given end. */
  private static GridTree tree(Optional<java.time.LocalDate> microMemberUntil) {
    GridTree.Builder b = base();
    grid(b, general(1));
    grid(b, micro(1, 1));
    households(b, micro(1, 1), "H", 30, 0);
    b.addMember(member("F1", Employment.FULL_TIME, general(1)).build());
    var m = member("V1", Employment.VOLUNTEER, micro(1, 1));
    microMemberUntil.ifPresent(m::activeUntil);
    b.addMember(m.build());
    return b.build();
  }

  @Test
  @DisplayName("a micro grid whose only member left the day before is vacant: one ERROR")
  void memberLeft() {
    List<Finding> findings = run(new StaffingVacantRule(), tree(Optional.of(DAY.minusDays(1))));
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.rule()).isEqualTo("staffing.vacant");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.grid()).contains(micro(1, 1));
    assertThat(f.value().getAsDouble()).isZero();
    assertThat(f.limit().getAsDouble()).isEqualTo(1);
    assertThat(f.messageEn()).contains("1 recorded, all gone").contains("30 households");
    assertThat(f.messageZh()).contains("人走格空").contains("30户");
  }

  @Test
  @DisplayName("near miss: a member whose last day is the day of the check still staffs the grid")
  void lastDayCounts() {
    assertThat(run(new StaffingVacantRule(), tree(Optional.of(DAY)))).isEmpty();
  }

  @Test
  @DisplayName("the community grid is staffed by its chief, whatever the grids below hold")
  void communityStaffedByChief() {
    List<Finding> findings = run(new StaffingVacantRule(), tree(Optional.empty()));
    assertThat(findings).extracting(f -> f.grid().orElseThrow()).doesNotContain(COMMUNITY);
  }

  @Test
  @DisplayName(
      "a general grid without full-time staff is vacant though its micro grids are staffed")
  void generalNeedsItsOwnStaff() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(org.gridgov.core.grid.Grid.builder(COMMUNITY, "社区").build());
    b.addMember(member("CHIEF", Employment.FULL_TIME, COMMUNITY).build());
    grid(b, general(1));
    grid(b, micro(1, 1));
    b.addMember(member("V1", Employment.VOLUNTEER, micro(1, 1)).build());
    List<Finding> findings = run(new StaffingVacantRule(), b.build());
    assertThat(findings).extracting(f -> f.grid().orElseThrow()).containsExactly(general(1));
  }

  @Test
  @DisplayName("a community grid whose chief has left is vacant")
  void communityWithoutChief() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(org.gridgov.core.grid.Grid.builder(COMMUNITY, "社区").build());
    b.addMember(
        member("CHIEF", Employment.FULL_TIME, COMMUNITY).activeUntil(DAY.minusDays(30)).build());
    List<Finding> findings = run(new StaffingVacantRule(), b.build());
    assertThat(findings).extracting(f -> f.grid().orElseThrow()).containsExactly(COMMUNITY);
  }

  @Test
  @DisplayName("an exclusive grid without a contact is vacant")
  void exclusiveWithoutContact() {
    GridTree.Builder b = base();
    GridCode exclusive = COMMUNITY.exclusive(1);
    b.addGrid(
        org.gridgov.core.grid.Grid.builder(exclusive, "写字楼")
            .exclusiveKind(org.gridgov.core.grid.ExclusiveKind.OFFICE_BUILDING)
            .build());
    List<Finding> findings = run(new StaffingVacantRule(), b.build());
    assertThat(findings).extracting(f -> f.grid().orElseThrow()).containsExactly(exclusive);
  }
}
