package org.gridgov.events.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.GridCode;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.events.supervision.SupervisionReport.Row;
import org.gridgov.events.supervision.SupervisionReport.Scope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisionReportTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2026-03-02T10:00+08:00");
  private static final GridCode G1 = GridCode.parse("510107011005").child(1).child(1);
  private static final GridCode G2 = GridCode.parse("510107011005").child(1).child(2);

  private static AuditRecord.Opened open(String id, GridCode g, String member, String... deps) {
    return new AuditRecord.Opened(
        id,
        T,
        "system",
        "E-" + id,
        g,
        Optional.ofNullable(member),
        ImmutableList.copyOf(deps),
        LadderLevel.MICRO,
        EventCategory.SAFETY_GAS,
        EventSeverity.ROUTINE,
        T.plusMinutes(30),
        T.plusHours(2));
  }

  private static AuditRecord.Moved move(String id, int minutes, CaseState from, CaseState to) {
    return new AuditRecord.Moved(id, T.plusMinutes(minutes), "x", from, to, "", Optional.empty());
  }

  private static final List<AuditRecord> LOG =
      List.of(
          open("A", G1, "M1", "gas_company"),
          open("B", G1, "M1"),
          open("C", G2, "M2", "gas_company"),
          move("A", 10, CaseState.REPORTED, CaseState.ACCEPTED),
          move("B", 20, CaseState.REPORTED, CaseState.ACCEPTED),
          move("C", 30, CaseState.REPORTED, CaseState.ESCALATED),
          move("C", 40, CaseState.ESCALATED, CaseState.DISPATCHED),
          move("A", 60, CaseState.ACCEPTED, CaseState.DISPATCHED),
          move("A", 70, CaseState.DISPATCHED, CaseState.IN_PROGRESS),
          move("A", 90, CaseState.IN_PROGRESS, CaseState.RESOLVED),
          move("A", 100, CaseState.RESOLVED, CaseState.VERIFIED),
          move("A", 110, CaseState.VERIFIED, CaseState.CLOSED),
          move("Z", 111, CaseState.REPORTED, CaseState.ACCEPTED),
          // B is still accepted when the log ends past its due time: overdue
          move("C", 200, CaseState.DISPATCHED, CaseState.IN_PROGRESS));

  @Test
  @DisplayName("cases, medians, escalated and overdue shares per grid, member and department")
  void statistics() {
    SupervisionReport report = SupervisionReport.of(LOG);
    assertThat(report.orphanRecords()).isEqualTo(1);
    assertThat(report.rows())
        .containsExactly(
            new Row(
                Scope.ALL,
                "all",
                3,
                OptionalDouble.of(20),
                OptionalDouble.of(110),
                1 / 3.0,
                2 / 3.0),
            new Row(
                Scope.GRID, G1.value(), 2, OptionalDouble.of(15), OptionalDouble.of(110), 0, 0.5),
            new Row(Scope.GRID, G2.value(), 1, OptionalDouble.of(40), OptionalDouble.empty(), 1, 1),
            new Row(Scope.MEMBER, "M1", 2, OptionalDouble.of(15), OptionalDouble.of(110), 0, 0.5),
            new Row(Scope.MEMBER, "M2", 1, OptionalDouble.of(40), OptionalDouble.empty(), 1, 1),
            new Row(
                Scope.DEPARTMENT,
                "gas_company",
                2,
                OptionalDouble.of(25),
                OptionalDouble.of(110),
                0.5,
                0.5));
  }

  @Test
  @DisplayName("the CSV has the documented header and one line per row")
  void csv(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.csv");
    SupervisionReport.of(LOG).write(file);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0))
        .isEqualTo(
            "scope,id,cases,median_minutes_to_accept,median_minutes_to_close,share_escalated,share_overdue");
    assertThat(lines.get(1)).isEqualTo("all,all,3,20.0,110.0,0.333,0.667");
    assertThat(lines.get(3)).isEqualTo("grid," + G2.value() + ",1,40.0,,1.000,1.000");
    assertThat(lines).hasSize(7);
  }
}
