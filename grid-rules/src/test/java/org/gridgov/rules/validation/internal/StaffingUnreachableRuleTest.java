package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.validation.internal.StaffingTrees.DAY;
import static org.gridgov.rules.validation.internal.StaffingTrees.base;
import static org.gridgov.rules.validation.internal.StaffingTrees.general;
import static org.gridgov.rules.validation.internal.StaffingTrees.grid;
import static org.gridgov.rules.validation.internal.StaffingTrees.member;
import static org.gridgov.rules.validation.internal.StaffingTrees.micro;
import static org.gridgov.rules.validation.internal.StaffingTrees.run;

import java.util.List;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.Employment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffingUnreachableRuleTest {

  private static GridTree.Builder withMicro() {
    GridTree.Builder b = base();
    grid(b, general(1));
    grid(b, micro(1, 1));
    b.addMember(member("F1", Employment.FULL_TIME, general(1)).hasSmartphone(false).build());
    return b;
  }

  @Test
  @DisplayName("a micro grid whose two active members have no smartphone: one WARNING")
  void noPhones() {
    GridTree.Builder b = withMicro();
    b.addMember(member("A", Employment.PART_TIME, micro(1, 1)).hasSmartphone(false).build());
    b.addMember(member("B", Employment.VOLUNTEER, micro(1, 1)).hasSmartphone(false).build());
    List<Finding> findings = run(new StaffingUnreachableRule(), b.build());
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.rule()).isEqualTo("staffing.unreachable");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.grid()).contains(micro(1, 1));
    assertThat(f.messageEn()).contains("2 active members");
    assertThat(f.messageZh()).contains("格在人在事不传");
  }

  @Test
  @DisplayName("near miss: one active member with a smartphone is enough")
  void onePhoneEnough() {
    GridTree.Builder b = withMicro();
    b.addMember(member("A", Employment.PART_TIME, micro(1, 1)).hasSmartphone(false).build());
    b.addMember(member("B", Employment.VOLUNTEER, micro(1, 1)).hasSmartphone(true).build());
    assertThat(run(new StaffingUnreachableRule(), b.build())).isEmpty();
  }

  @Test
  @DisplayName("a smartphone holder who has left does not make the grid reachable")
  void departedPhoneDoesNotCount() {
    GridTree.Builder b = withMicro();
    b.addMember(member("A", Employment.PART_TIME, micro(1, 1)).hasSmartphone(false).build());
    b.addMember(
        member("B", Employment.VOLUNTEER, micro(1, 1)).activeUntil(DAY.minusDays(1)).build());
    assertThat(run(new StaffingUnreachableRule(), b.build()))
        .extracting(f -> f.grid().orElseThrow())
        .containsExactly(micro(1, 1));
  }

  @Test
  @DisplayName("a vacant micro grid and a general grid without phones are not reported here")
  void onlyStaffedMicroGrids() {
    GridTree.Builder b = withMicro();
    b.addMember(
        member("A", Employment.PART_TIME, micro(1, 1))
            .hasSmartphone(false)
            .activeUntil(DAY.minusDays(1))
            .build());
    assertThat(run(new StaffingUnreachableRule(), b.build())).isEmpty();
  }
}
