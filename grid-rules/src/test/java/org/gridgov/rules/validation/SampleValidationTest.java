package org.gridgov.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.samples.community.BundledSample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule on the class path over the bundled samples, clean and with planted faults. */
class SampleValidationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  private static final GridValidator VALIDATOR = GridValidator.builder().build();

  @ParameterizedTest
  @EnumSource(BundledSample.class)
  @DisplayName("the bundled samples validate clean: no ERROR, no WARNING")
  void clean(BundledSample sample) {
    var report = VALIDATOR.validate(sample.load(), DAY);
    assertThat(report.findings(Severity.ERROR)).isEmpty();
    assertThat(report.findings(Severity.WARNING)).isEmpty();
    assertThat(report.findings(Severity.INFO))
        .allSatisfy(f -> assertThat(f.rule()).isEqualTo("party.coverage"));
  }

  @Test
  @DisplayName(
      "a copy with one household dropped and one counted twice yields exactly those faults")
  void plantedCoverageFaults() {
    GridTree sample = BundledSample.URBAN.load();
    List<GridCode> micros = sample.grids(GridLevel.MICRO).stream().map(g -> g.code()).toList();
    Household dropped = sample.households(micros.get(0)).get(0);
    Household twice = sample.households(micros.get(1)).get(0);
    GridCode elsewhere = micros.get(micros.size() - 1);

    GridTree.Builder copy = GridTree.builder();
    sample.grids().forEach(copy::addGrid);
    sample.buildings().forEach(copy::addBuilding);
    sample.members().forEach(copy::addMember);
    sample.partyOrganizations().forEach(copy::addPartyOrganization);
    for (Household h : sample.households()) {
      copy.addHousehold(h);
      if (!h.equals(dropped)) {
        sample.gridsOf(h.id()).forEach(g -> copy.assign(h.id(), g));
      }
    }
    copy.assign(twice.id(), elsewhere);

    Set<String> found =
        VALIDATOR.validate(copy.build(), DAY).findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .map(SampleValidationTest::describe)
            .collect(Collectors.toSet());
    assertThat(found)
        .containsExactlyInAnyOrder(
            "coverage.unassigned " + dropped.id(),
            "coverage.multiple " + twice.id(),
            "coverage.outside " + twice.id() + " " + elsewhere);
  }

  private static String describe(Finding f) {
    return f.rule()
        + f.subject().map(s -> " " + s).orElse("")
        + (f.rule().equals("coverage.outside") ? " " + f.grid().orElseThrow() : "");
  }

  @Test
  @DisplayName("a tree whose grids have no polygons is validated by every rule without a crash")
  void gridsWithoutBoundaries() {
    GridCode community = GridCode.parse("510107011005");
    GridCode general = community.child(1);
    GridTree tree =
        GridTree.builder()
            .addGrid(org.gridgov.core.grid.Grid.builder(community, "社区").build())
            .addGrid(org.gridgov.core.grid.Grid.builder(general, "第一网格").parent(community).build())
            .addGrid(
                org.gridgov.core.grid.Grid.builder(general.child(1), "第一微网格")
                    .parent(general)
                    .build())
            .build();
    var report = VALIDATOR.validate(tree, DAY);
    assertThat(report.findings()).isNotNull();
  }
}
