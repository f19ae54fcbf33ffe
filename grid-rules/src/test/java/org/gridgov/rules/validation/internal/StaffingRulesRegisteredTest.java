package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.GridValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffingRulesRegisteredTest {

  @Test
  @DisplayName("the staffing, care, party and workload rules are found with ServiceLoader")
  void registered() {
    assertThat(GridValidator.builder().build().rules())
        .extracting(GridRule::id)
        .contains(
            "workload.micro",
            "staffing.vacant",
            "staffing.unreachable",
            "staffing.overload",
            "party.coverage",
            "care.unattended");
  }
}
