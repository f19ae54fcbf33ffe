package org.gridgov.events.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditLogTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2026-03-02T10:00+08:00");

  static final List<AuditRecord> RECORDS =
      List.of(
          new AuditRecord.Opened(
              "case-E1",
              T,
              "system",
              "E1",
              GridCode.parse("510107011005").child(1).child(2),
              Optional.of("M1"),
              ImmutableList.of("gas_company", "fire_brigade"),
              LadderLevel.MICRO,
              EventCategory.SAFETY_GAS,
              EventSeverity.ROUTINE,
              T.plusMinutes(30),
              T.plusHours(2)),
          new AuditRecord.Joined("case-E1", T.plusMinutes(3), "system", "E2"),
          new AuditRecord.Moved(
              "case-E1",
              T.plusMinutes(9),
              "M1",
              CaseState.REPORTED,
              CaseState.ACCEPTED,
              "on my way",
              Optional.empty()),
          new AuditRecord.Moved(
              "case-E1",
              T.plusMinutes(40),
              "system",
              CaseState.ACCEPTED,
              CaseState.ESCALATED,
              "not handled",
              Optional.of("M9")));

  @Test
  @DisplayName("records survive writing and reading, one JSON object per line")
  void roundTrip() throws IOException {
    StringWriter out = new StringWriter();
    AuditLog.write(RECORDS, out);
    assertThat(out.toString().lines()).hasSize(4);
    assertThat(out.toString().lines().findFirst().orElseThrow())
        .startsWith(
            "{\"type\":\"open\",\"case_id\":\"case-E1\",\"at\":\"2026-03-02T10:00:00+08:00\"");
    assertThat(AuditLog.read(new StringReader(out.toString()), "audit.jsonl")).isEqualTo(RECORDS);
  }

  @Test
  @DisplayName("bad lines are reported with their line number and field")
  void badLines() {
    String text =
        "{\"type\":\"join\",\"case_id\":\"c\",\"at\":\"2026-03-02T10:00+08:00\",\"actor\":\"s\",\"event_id\":\"E\"}\n"
            + "{not json\n"
            + "\n"
            + "{\"type\":\"move\",\"case_id\":\"c\",\"at\":\"yesterday\",\"actor\":\"s\",\"from\":\"reported\",\"to\":\"done\"}\n"
            + "{\"type\":\"wave\"}\n";
    assertThatThrownBy(() -> AuditLog.read(new StringReader(text), "audit.jsonl"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(p -> p.location().orElseThrow().line())
                  .containsExactly(2L, 4L, 4L, 5L, 5L, 5L, 5L);
              assertThat(e.problems())
                  .extracting(Problem::subject)
                  .containsExactly("", "at", "to", "case_id", "at", "actor", "type");
            })
        .hasMessageContaining("unknown case state \"done\"");
  }
}
