package org.gridgov.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.rules.policy.GridPolicy;
import org.gridgov.rules.validation.internal.SizeMicroRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicyOverridesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  /** A micro grid of 90 households in town 510107011000. */
  private static GridTree ninety() {
    GridCode community = GridCode.parse("510107011005");
    GridCode micro = community.child(1).child(1);
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(community, "社区").build());
    b.addGrid(Grid.builder(community.child(1), "一般网格").build());
    b.addGrid(Grid.builder(micro, "微网格").build());
    for (int k = 0; k < 90; k++) {
      b.addHousehold(Household.builder("H" + k).build());
      b.assign("H" + k, micro);
    }
    return b.build();
  }

  private static GridValidator validator(String policyJson) {
    return GridValidator.builder()
        .rules(List.of(new SizeMicroRule()))
        .policy(GridPolicy.read(new StringReader(policyJson), "policy.json"))
        .build();
  }

  @Test
  @DisplayName("a town's stricter micro-grid limit applies to its grids only")
  void townLimit() {
    String strict =
        "{\"schemaVersion\":1,\"towns\":{\"510107011000\":{\"microMaxHouseholds\":80}}}";
    assertThat(validator(strict).validate(ninety(), DAY).findings("size.micro"))
        .singleElement()
        .satisfies(f -> assertThat(f.limit()).hasValue(80));
    String elsewhere =
        "{\"schemaVersion\":1,\"towns\":{\"510107012000\":{\"microMaxHouseholds\":80}}}";
    assertThat(validator(elsewhere).validate(ninety(), DAY).findings()).isEmpty();
  }

  @Test
  @DisplayName("the policy changes a rule's severity, or turns the rule off")
  void severityAndSwitch() {
    String base = "{\"schemaVersion\":1,\"defaults\":{\"microMaxHouseholds\":80},";
    assertThat(
            validator(base + "\"rules\":{\"size.micro\":{\"severity\":\"warning\"}}}")
                .validate(ninety(), DAY)
                .findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(
            validator(base + "\"rules\":{\"size.micro\":{\"enabled\":false}}}")
                .validate(ninety(), DAY)
                .findings())
        .isEmpty();
  }
}
