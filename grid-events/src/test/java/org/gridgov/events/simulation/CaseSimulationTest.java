package org.gridgov.events.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridTree;
import org.gridgov.events.routing.AuditLog;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.supervision.SupervisionReport;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.community.SampleEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseSimulationTest {

  private static final GridTree URBAN = SampleCommunities.urban();

  @Test
  @DisplayName("a week of sample reports: every case closes, some escalate, the log reads back")
  void week() throws Exception {
    List<GridEvent> events =
        SampleEvents.generate(URBAN, 400, SampleEvents.DEFAULT_START, Duration.ofDays(5), 7);
    CaseSimulation.Result r =
        new CaseSimulation(URBAN, RoutingPolicy.defaults(), 7, Duration.ofDays(3)).run(events);
    assertThat(r.intake().unroutable()).isNotEmpty(); // the sample has reports from elsewhere
    assertThat(r.intake().rows().size() + r.intake().unroutable().size()).isEqualTo(400);
    assertThat(r.cases().size()).isLessThan(r.intake().rows().size()); // repeats were joined
    assertThat(r.cases()).extracting(GridCase::state).containsOnly(CaseState.CLOSED);
    assertThat(r.audit())
        .anySatisfy(
            a ->
                assertThat(a)
                    .isInstanceOf(AuditRecord.Moved.class)
                    .matches(m -> ((AuditRecord.Moved) m).to() == CaseState.ESCALATED));
    for (int i = 1; i < r.audit().size(); i++) {
      assertThat(r.audit().get(i).at().toInstant())
          .isAfterOrEqualTo(r.audit().get(i - 1).at().toInstant());
    }
    StringWriter out = new StringWriter();
    AuditLog.write(r.audit(), out);
    List<AuditRecord> back = AuditLog.read(new StringReader(out.toString()), "audit.jsonl");
    assertThat(back).isEqualTo(r.audit());
    SupervisionReport report = SupervisionReport.of(back);
    assertThat(report.orphanRecords()).isZero();
    assertThat(report.rows().get(0).cases()).isEqualTo(r.cases().size());
    assertThat(report.rows().get(0).medianMinutesToClose()).isPresent();
  }

  @Test
  @DisplayName("the same reports and seed give the same log")
  void deterministic() {
    List<GridEvent> events =
        SampleEvents.generate(URBAN, 100, SampleEvents.DEFAULT_START, Duration.ofDays(1), 3);
    CaseSimulation sim =
        new CaseSimulation(URBAN, RoutingPolicy.defaults(), 11, Duration.ofDays(2));
    assertThat(sim.run(events).audit()).isEqualTo(sim.run(events).audit());
  }
}
