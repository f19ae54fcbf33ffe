package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.validation.internal.StaffingTrees.DAY;
import static org.gridgov.rules.validation.internal.StaffingTrees.base;
import static org.gridgov.rules.validation.internal.StaffingTrees.general;
import static org.gridgov.rules.validation.internal.StaffingTrees.grid;
import static org.gridgov.rules.validation.internal.StaffingTrees.households;
import static org.gridgov.rules.validation.internal.StaffingTrees.member;
import static org.gridgov.rules.validation.internal.StaffingTrees.micro;
import static org.gridgov.rules.validation.internal.StaffingTrees.run;

import java.util.List;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.staff.Employment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CareUnattendedRuleTest {

  /** A general grid with staff and a micro grid of 5 households, 2 with a special group. */
  private static GridTree.Builder tree() {
    GridTree.Builder b = base();
    grid(b, general(1));
    grid(b, micro(1, 1));
    grid(b, micro(1, 2));
    b.addMember(member("F1", Employment.FULL_TIME, general(1)).build());
    b.addMember(member("OTHER", Employment.VOLUNTEER, micro(1, 2)).build());
    households(b, micro(1, 1), "H", 5, 2);
    return b;
  }

  @Test
  @DisplayName("each special-group household of a micro grid whose member left: one ERROR each")
  void unattended() {
    GridTree.Builder b = tree();
    b.addMember(
        member("V1", Employment.VOLUNTEER, micro(1, 1)).activeUntil(DAY.minusDays(3)).build());
    List<Finding> findings = run(new CareUnattendedRule(), b.build());
    assertThat(findings).extracting(f -> f.subject().orElseThrow()).containsExactly("H-1", "H-2");
    Finding f = findings.get(0);
    assertThat(f.rule()).isEqualTo("care.unattended");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.grid()).contains(micro(1, 1));
    assertThat(f.messageEn()).contains("elderly_alone");
    assertThat(f.messageZh()).contains("独居老人");
  }

  @Test
  @DisplayName("near miss: the same households with an active member are attended")
  void attended() {
    GridTree.Builder b = tree();
    b.addMember(member("V1", Employment.VOLUNTEER, micro(1, 1)).activeUntil(DAY).build());
    assertThat(run(new CareUnattendedRule(), b.build())).isEmpty();
  }

  @Test
  @DisplayName("a household in two grids is attended when one of them has an active member")
  void multiplyAssigned() {
    GridTree.Builder b = tree();
    b.assign("H-1", micro(1, 2));
    List<Finding> findings = run(new CareUnattendedRule(), b.build());
    assertThat(findings).extracting(f -> f.subject().orElseThrow()).containsExactly("H-2");
  }

  @Test
  @DisplayName("a special-group household in no grid is left to coverage.unassigned")
  void unassignedNotReported() {
    GridTree.Builder b = base();
    b.addHousehold(
        Household.builder("LOST").address("x").specialGroups(SpecialGroup.DISABLED).build());
    assertThat(run(new CareUnattendedRule(), b.build())).isEmpty();
  }
}
