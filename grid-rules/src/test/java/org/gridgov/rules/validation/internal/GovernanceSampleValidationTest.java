package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.governance.GovernanceRecords;
import org.gridgov.core.grid.GridTree;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.GridValidator;
import org.gridgov.samples.community.BundledSample;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.community.SampleGovernance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The governance rules over the sample communities' generated records: silent on the clean ones,
 * and finding each planted fault.
 */
class GovernanceSampleValidationTest {

  private static final LocalDate DAY = SampleCommunities.REFERENCE_DATE;

  private static final List<GridRule> RULES =
      List.of(
          new PatrolGapRule(),
          new PatrolHouseholdsRule(),
          new PatrolTrackRule(),
          new DutyUnlistedRule(),
          new DutyOverloadRule(),
          new CrossAppointmentRule());

  private static Map<String, Integer> counts(GridTree tree, GovernanceRecords records) {
    Map<String, Integer> out = new TreeMap<>();
    List<Finding> findings =
        GridValidator.builder().rules(RULES).build().validate(tree, records, DAY).findings();
    findings.forEach(f -> out.merge(f.rule(), 1, Integer::sum));
    return out;
  }

  @ParameterizedTest
  @EnumSource(BundledSample.class)
  @DisplayName("clean sample records: no governance finding")
  void clean(BundledSample sample) {
    GridTree tree = sample.load();
    GovernanceRecords records =
        SampleGovernance.generate(tree, SampleCommunities.DEFAULT_SEED, false);
    assertThat(records.patrols()).isNotEmpty();
    assertThat(records.tracks()).isNotEmpty();
    assertThat(records.tasks()).isNotEmpty();
    assertThat(counts(tree, records)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(BundledSample.class)
  @DisplayName("planted faults: every governance rule finds its fault, and only that")
  void planted(BundledSample sample) {
    GridTree tree = sample.load();
    GovernanceRecords records =
        SampleGovernance.generate(tree, SampleCommunities.DEFAULT_SEED, true);
    List<Finding> gaps =
        GridValidator.builder()
            .rules(List.of(new PatrolGapRule()))
            .build()
            .validate(tree, records, DAY)
            .findings();
    assertThat(gaps).hasSize(1);
    // The forgotten household, and those of the grid nobody patrolled.
    long unvisited =
        1
            + tree.householdsWithin(gaps.get(0).grid().orElseThrow()).stream()
                .filter(h -> h.hasSpecialGroup())
                .count();
    assertThat(counts(tree, records))
        .containsEntry("patrol.gap", 1)
        .containsEntry("patrol.households", (int) unvisited)
        .containsEntry("patrol.track", 1)
        .containsEntry("duty.unlisted", 3)
        .containsEntry("duty.overload", 1)
        .containsEntry("party.cross_appointment", 2)
        .hasSize(6);
  }
}
