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
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.Employment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffingOverloadRuleTest {

  /** Two micro grids of {@code a} and {@code b} households under one general grid. */
  private static GridTree.Builder twoMicros(int a, int b) {
    GridTree.Builder t = base();
    grid(t, general(1));
    grid(t, micro(1, 1));
    grid(t, micro(1, 2));
    households(t, micro(1, 1), "A", a, 0);
    households(t, micro(1, 2), "B", b, 0);
    return t;
  }

  @Test
  @DisplayName("a volunteer serving two micro grids of 101 + 100 households: WARNING, 201 > 200")
  void volunteerOverloaded() {
    GridTree.Builder t = twoMicros(101, 100);
    t.addMember(member("V", Employment.VOLUNTEER, micro(1, 1), micro(1, 2)).build());
    List<Finding> findings = run(new StaffingOverloadRule(), t.build());
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.rule()).isEqualTo("staffing.overload");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subject()).contains("V");
    assertThat(f.grid()).contains(micro(1, 1));
    assertThat(f.value().getAsDouble()).isEqualTo(201);
    assertThat(f.limit().getAsDouble()).isEqualTo(200);
    assertThat(f.messageEn()).contains("201 households");
    assertThat(f.messageZh()).contains("201户");
  }

  @Test
  @DisplayName("near miss: 100 + 100 households is within a volunteer's 200")
  void volunteerAtLimit() {
    GridTree.Builder t = twoMicros(100, 100);
    t.addMember(member("V", Employment.VOLUNTEER, micro(1, 1), micro(1, 2)).build());
    assertThat(run(new StaffingOverloadRule(), t.build())).isEmpty();
  }

  @Test
  @DisplayName("a full-time member of a general grid of 501 households: WARNING, limit 500")
  void fullTimeOverloaded() {
    GridTree.Builder t = twoMicros(301, 200);
    t.addMember(member("F", Employment.FULL_TIME, general(1)).build());
    List<Finding> findings = run(new StaffingOverloadRule(), t.build());
    assertThat(findings).extracting(f -> f.value().getAsDouble()).containsExactly(501.0);
    assertThat(findings).extracting(f -> f.limit().getAsDouble()).containsExactly(500.0);
  }

  @Test
  @DisplayName("near miss: a full-time member with 500 households is not overloaded")
  void fullTimeAtLimit() {
    GridTree.Builder t = twoMicros(300, 200);
    t.addMember(member("F", Employment.FULL_TIME, general(1)).build());
    assertThat(run(new StaffingOverloadRule(), t.build())).isEmpty();
  }

  @Test
  @DisplayName("a household in two of the member's grids (general and its micro) counts once")
  void countedOnce() {
    GridTree.Builder t = twoMicros(150, 100);
    t.addMember(member("V", Employment.PART_TIME, general(1), micro(1, 1)).build());
    List<Finding> findings = run(new StaffingOverloadRule(), t.build());
    assertThat(findings).extracting(f -> f.value().getAsDouble()).containsExactly(250.0);
  }

  @Test
  @DisplayName("a member who has left is not checked")
  void departedNotChecked() {
    GridTree.Builder t = twoMicros(101, 100);
    t.addMember(
        member("V", Employment.VOLUNTEER, micro(1, 1), micro(1, 2))
            .activeUntil(DAY.minusDays(1))
            .build());
    assertThat(run(new StaffingOverloadRule(), t.build())).isEmpty();
  }

  @Test
  @DisplayName("the community chief serves only households assigned to the community grid itself")
  void chiefCountsCommunityOwnHouseholds() {
    GridTree.Builder t = twoMicros(300, 300);
    assertThat(run(new StaffingOverloadRule(), t.build())).isEmpty();
    households(t, COMMUNITY, "C", 501, 0);
    assertThat(run(new StaffingOverloadRule(), t.build()))
        .extracting(f -> f.subject().orElseThrow() + "=" + f.value().getAsDouble())
        .containsExactly("CHIEF=501.0");
  }
}
