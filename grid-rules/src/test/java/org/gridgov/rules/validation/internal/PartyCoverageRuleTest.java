package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.validation.internal.StaffingTrees.COMMUNITY;
import static org.gridgov.rules.validation.internal.StaffingTrees.base;
import static org.gridgov.rules.validation.internal.StaffingTrees.general;
import static org.gridgov.rules.validation.internal.StaffingTrees.grid;
import static org.gridgov.rules.validation.internal.StaffingTrees.micro;
import static org.gridgov.rules.validation.internal.StaffingTrees.run;

import java.util.List;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PartyCoverageRuleTest {

  /** Four general grids, each with a micro grid; branches on the first {@code branches}. */
  private static GridTree tree(int branches) {
    GridTree.Builder b = base();
    b.addPartyOrganization(
        new PartyOrganization("P0", "社区党委", PartyOrganizationKind.COMMUNITY_COMMITTEE, COMMUNITY));
    for (int g = 1; g <= 4; g++) {
      grid(b, general(g));
      grid(b, micro(g, 1));
      if (g <= branches) {
        b.addPartyOrganization(
            new PartyOrganization(
                "P" + g, "支部" + g, PartyOrganizationKind.GRID_BRANCH, general(g)));
      }
    }
    return b.build();
  }

  @Test
  @DisplayName("3 of 4 general grids covered, below 100 %: a WARNING for the fourth and a summary")
  void belowThreshold() {
    List<Finding> findings = run(new PartyCoverageRule(), tree(3));
    assertThat(findings).hasSize(2);
    Finding warning =
        findings.stream().filter(f -> f.severity() == Severity.WARNING).findFirst().orElseThrow();
    assertThat(warning.rule()).isEqualTo("party.coverage");
    assertThat(warning.grid()).contains(general(4));
    assertThat(warning.messageEn()).contains("75.0%");
    Finding summary =
        findings.stream().filter(f -> f.severity() == Severity.INFO).findFirst().orElseThrow();
    assertThat(summary.grid()).contains(COMMUNITY);
    assertThat(summary.value().getAsDouble()).isEqualTo(0.75);
    assertThat(summary.limit().getAsDouble()).isEqualTo(1.0);
    assertThat(summary.messageEn()).contains("3 of 4 general grids").contains("below");
    assertThat(summary.messageZh()).contains("低于");
  }

  @Test
  @DisplayName("near miss: all 4 covered gives only the INFO summary, with rate 1")
  void allCovered() {
    List<Finding> findings = run(new PartyCoverageRule(), tree(4));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(findings.get(0).value().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  @DisplayName("micro grids without a party group do not count under the default policy")
  void microNotCountedByDefault() {
    List<Finding> findings = run(new PartyCoverageRule(), tree(4));
    assertThat(findings).noneMatch(f -> f.grid().orElseThrow().equals(micro(1, 1)));
  }

  @Test
  @DisplayName("a community with no general grid gets no finding")
  void nothingToCount() {
    assertThat(run(new PartyCoverageRule(), base().build())).isEmpty();
  }
}
