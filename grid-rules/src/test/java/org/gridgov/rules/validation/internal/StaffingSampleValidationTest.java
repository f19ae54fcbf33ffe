package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.staff.GridMember;
import org.gridgov.rules.policy.PolicyValues;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.GridValidator;
import org.gridgov.rules.workload.WorkloadModel;
import org.gridgov.samples.community.BundledSample;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.community.UrbanCommunitySpec;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The staffing, care, party and workload rules over the bundled samples: clean as they are, and
 * exactly the planted faults in a copy with a vacant and an unreachable micro grid.
 */
@Seeded
class StaffingSampleValidationTest {

  private static final LocalDate DAY = SampleCommunities.REFERENCE_DATE;

  private static final List<GridRule> RULES =
      List.of(
          new WorkloadMicroRule(),
          new StaffingVacantRule(),
          new StaffingUnreachableRule(),
          new StaffingOverloadRule(),
          new PartyCoverageRule(),
          new CareUnattendedRule());

  private static List<Finding> validate(GridTree tree) {
    return GridValidator.builder().rules(RULES).build().validate(tree, DAY).findings();
  }

  /** Findings above INFO, as {@code rule grid [subject]}. */
  private static Set<String> faults(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(StaffingSampleValidationTest::key)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String key(Finding f) {
    return f.rule()
        + " "
        + f.grid().map(GridCode::value).orElse("-")
        + f.subject().map(s -> " " + s).orElse("");
  }

  @ParameterizedTest
  @EnumSource(BundledSample.class)
  @DisplayName("the bundled sample has no ERROR or WARNING from these rules")
  void bundledSampleClean(BundledSample sample) {
    List<Finding> findings = validate(sample.load());
    assertThat(faults(findings)).isEmpty();
    // The only INFO is the party coverage summary of the one community, at 100 %.
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("party.coverage");
              assertThat(f.value().getAsDouble()).isEqualTo(1.0);
            });
  }

  @ParameterizedTest
  @EnumSource(BundledSample.class)
  @DisplayName("a copy with a vacant and an unreachable micro grid yields exactly those faults")
  void plantedFaultsExactly(BundledSample sample) {
    GridTree clean = sample.load();
    // Two micro grids whose members serve no other grid, so the change stays inside them; the
    // vacant one with special-group households so that care.unattended has something to find.
    List<Grid> candidates =
        clean.grids(GridLevel.MICRO).stream()
            .filter(g -> clean.members(g.code()).stream().allMatch(m -> m.grids().size() == 1))
            .toList();
    Grid vacant =
        candidates.stream()
            .filter(g -> clean.households(g.code()).stream().anyMatch(Household::hasSpecialGroup))
            .findFirst()
            .orElseThrow();
    Grid unreachable = candidates.stream().filter(g -> !g.equals(vacant)).findFirst().orElseThrow();
    GridTree planted =
        withMembers(
            clean,
            m -> {
              if (m.grids().contains(vacant.code()) && m.isActiveOn(DAY)) {
                return m.toBuilder().activeUntil(DAY.minusDays(10)).build();
              }
              if (m.grids().contains(unreachable.code())) {
                return m.toBuilder().hasSmartphone(false).build();
              }
              return m;
            });

    Set<String> expected = new TreeSet<>();
    expected.add("staffing.vacant " + vacant.code());
    expected.add("staffing.unreachable " + unreachable.code());
    for (Household h : clean.households(vacant.code())) {
      if (h.hasSpecialGroup()) {
        expected.add("care.unattended " + vacant.code() + " " + h.id());
      }
    }
    // With nobody left, the round is one person's: reported when that exceeds 3 hours.
    double alone =
        new WorkloadModel(PolicyValues.DEFAULTS.workload())
            .estimate(clean.householdsWithin(vacant.code()), clean::building, 1)
            .roundMinutes();
    if (alone > PolicyValues.DEFAULTS.roundMaxMinutes()) {
      expected.add("workload.micro " + vacant.code());
    }
    assertThat(faults(validate(planted))).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("urban and rural samples of any seed have no ERROR or WARNING from these rules")
  void anySeedClean(Random random) {
    for (int k = 0; k < 3; k++) {
      long seed = random.nextLong();
      assertThat(faults(validate(SampleCommunities.urban(seed))))
          .as("urban seed %s", seed)
          .isEmpty();
      assertThat(faults(validate(SampleCommunities.rural(seed))))
          .as("rural seed %s", seed)
          .isEmpty();
    }
  }

  @Test
  @DisplayName("the generator's planted faults are found: vacant, unreachable and their care")
  void generatorPlantedFaults(Random random) {
    long seed = random.nextLong();
    GridTree urban =
        SampleCommunities.urban(
            UrbanCommunitySpec.builder().plantStaffingFaults(true).build(), seed);
    GridTree rural = SampleCommunities.rural(seed, true);
    for (GridTree tree : List.of(urban, rural)) {
      Set<String> rules =
          validate(tree).stream()
              .filter(f -> f.severity() != Severity.INFO)
              .map(Finding::rule)
              .collect(Collectors.toSet());
      assertThat(rules).as("seed %s", seed).contains("staffing.vacant", "staffing.unreachable");
      assertThat(rules)
          .as("seed %s", seed)
          .isSubsetOf(
              "staffing.vacant", "staffing.unreachable", "care.unattended", "workload.micro");
    }
  }

  /** A copy of {@code tree} with each member passed through {@code change}. */
  private static GridTree withMembers(GridTree tree, UnaryOperator<GridMember> change) {
    GridTree.Builder b = GridTree.builder();
    tree.grids().forEach(b::addGrid);
    tree.buildings().forEach(b::addBuilding);
    for (Household h : tree.households()) {
      b.addHousehold(h);
      tree.gridsOf(h.id()).forEach(g -> b.assign(h.id(), g));
    }
    tree.residents().forEach(b::addResident);
    tree.members().forEach(m -> b.addMember(change.apply(m)));
    tree.partyOrganizations().forEach(b::addPartyOrganization);
    return b.build();
  }
}
