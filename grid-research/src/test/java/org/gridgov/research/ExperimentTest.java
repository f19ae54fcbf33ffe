package org.gridgov.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentTest {

  /** One general grid of 10 households, planned as one micro grid of one member. */
  private static final String TINY =
      """
      {"schemaVersion": 1, "name": "tiny", "days": 2, "delays": "fixed",
       "community": {"generalGrids": 1, "householdsPerGeneralGrid": 10},
       "parameters": {"microGridMaxHouseholds": 20, "membersPerMicroGrid": 1,
         "fullTimePerGeneralGrid": 0, "absenceProbability": 0, "leaveRatePerYear": 0,
         "incidents": 0, "acceptDelayMinutes": 17, "acceptLimitMinutes": 30,
         "smartphoneUnder60": %s, "smartphone60to64": %s, "smartphone65plus": %s,
         "directReportShare": %s, "directReportDelayMinutes": 0, "lostProbability": 1,
         "patrolIntervalDays": 1, "householdsPerPatrol": 10}}
      """;

  private static ExperimentConfig tiny(int phone, int direct) {
    return ExperimentConfig.read(
        new StringReader(TINY.formatted(phone, phone, phone, direct)), "tiny.json");
  }

  private static DistrictSimulation.Run oneHazard(ExperimentConfig config) {
    PlannedCommunity community = PlannedCommunity.plan(config.community(), 20, 1);
    assertThat(community.microGrids()).hasSize(1);
    String household = community.microGrids().get(0).households().get(3).id();
    Instant at = config.start().atStartOfDay().toInstant(DistrictSimulation.ZONE).plusSeconds(3600);
    DistrictSimulation.Hazard h =
        new DistrictSimulation.Hazard(
            "H1",
            at,
            household,
            EventCategory.FACILITY_DAMAGE,
            config.fixed().get(Parameter.DIRECT_REPORT_SHARE) == 1.0);
    ParameterPoint point = config.points().get(0);
    return new DistrictSimulation(community, config).run(point, 7, List.of(h));
  }

  @Test
  void oneGridOneMemberOneHazardIsAcceptedAfterTheConfiguredDelay() {
    DistrictSimulation.Run run = oneHazard(tiny(1, 1));
    DistrictSimulation.Outcome o = run.outcomes().get(0);
    // Reported at once by a resident (delay 0), accepted 17 minutes later by the one member.
    assertThat(o.reportedAt()).contains(o.hazard().arisesAt());
    assertThat(Duration.between(o.hazard().arisesAt(), o.acceptedAt().orElseThrow()))
        .isEqualTo(Duration.ofMinutes(17));
    assertThat(run.metric(Metric.ACCEPTANCE_MEDIAN)).isEqualTo(17 / 60.0);
    assertThat(o.escalated()).isFalse();
    assertThat(run.metric(Metric.REPORTS_LOST)).isZero();
  }

  @Test
  void aMemberWithoutASmartphoneAndLossProbabilityOneLosesTheReportAndItIsCounted() {
    DistrictSimulation.Run run = oneHazard(tiny(0, 0));
    DistrictSimulation.Outcome o = run.outcomes().get(0);
    // Two days, one patrol a day round all 10 households: found twice, lost twice, never reported.
    assertThat(o.discoveredAt()).isPresent();
    assertThat(o.reportedAt()).isEmpty();
    assertThat(o.acceptedAt()).isEmpty();
    assertThat(o.lostReports()).isEqualTo(2);
    assertThat(run.metric(Metric.REPORTS_LOST)).isEqualTo(2.0);
    assertThat(run.metric(Metric.ACCEPTANCE_MEDIAN)).isNaN();
  }

  @Test
  void twoRunsGiveByteIdenticalCsvs(@TempDir Path dir) throws Exception {
    ExperimentConfig config = small();
    Experiment.Result a = Experiment.run(config, Progress.NONE);
    Experiment.Result b = Experiment.run(config, Progress.NONE);
    a.write(dir.resolve("a"));
    b.write(dir.resolve("b"));
    for (String f : List.of("runs.csv", "summary.csv")) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f)))
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
    }
    assertThat(a.runsCsv().lines()).hasSize(1 + 2 * 2 * 2);
    assertThat(a.summaryCsv().lines().findFirst().orElseThrow())
        .startsWith("point,microGridMaxHouseholds,smartphoneLevel,runs,hazards_mean,");
    assertThat(dir.resolve("a/acceptance_median_h.png")).isNotEmptyFile();
  }

  private static ExperimentConfig small() {
    ExperimentConfig bundled = ExperimentConfig.bundled();
    return new ExperimentConfig(
        bundled.name(),
        bundled.description(),
        new ExperimentConfig.Community(1, 200, 20260301L),
        bundled.start(),
        7,
        bundled.seed(),
        2,
        bundled.delays(),
        bundled.categories(),
        bundled.fixed(),
        ImmutableMap.of(
            Parameter.MICRO_GRID_MAX_HOUSEHOLDS,
            ImmutableList.of(50.0, 200.0),
            Parameter.SMARTPHONE_LEVEL,
            ImmutableList.of(1.0, 0.3)),
        bundled.charts());
  }

  @Test
  void theBundledExperimentShowsSmallerGridsAcceptSoonerAndReachMoreHouseholds(@TempDir Path dir) {
    ExperimentConfig bundled = ExperimentConfig.bundled().withRepeatsAndDays(2, 14);
    Experiment.Result r = Experiment.run(bundled, Progress.NONE);
    r.write(dir);
    assertThat(r.runs()).hasSize(5 * 3 * 2);
    assertThat(r.fileNames())
        .containsExactly("runs.csv", "summary.csv", "acceptance_median_h.png", "coverage_3h.png");
    // Points 1 and 13: 60 and 400 households per micro grid, full smartphone level.
    List<Statistics.Interval> coverage = r.summary(Metric.COVERAGE_3H);
    assertThat(coverage.get(0).mean()).isGreaterThan(coverage.get(12).mean());
    List<Statistics.Interval> acceptance = r.summary(Metric.ACCEPTANCE_MEDIAN);
    assertThat(acceptance.get(0).mean()).isLessThan(acceptance.get(12).mean());
  }
}
