package org.gridgov.events.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.GridCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalatorTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Monday 2 March 2026, 10:00 China time. */
  private static final OffsetDateTime MONDAY_10 = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

  private static final GridCode MICRO = GridCode.parse("510107011005001001");

  private final VirtualScheduler time = new VirtualScheduler(MONDAY_10.toInstant(), CHINA);
  private final CaseBook book = new CaseBook();
  private final List<Escalator.Notice> notices = new ArrayList<>();
  private final Escalator escalator =
      new Escalator(EscalationPolicy.defaults(), time.clock(), time, book, notices::add);

  private GridCase open(String id, EventSeverity severity) {
    GridEvent e =
        GridEvent.builder("E-" + id, MONDAY_10, EventCategory.SAFETY_GAS)
            .severity(severity)
            .grid(MICRO)
            .build();
    GridCase c = GridCase.open(id, e, MICRO, "system");
    escalator.start(c, e, LadderLevel.MICRO);
    return c;
  }

  private void advance(Duration d) {
    time.advanceTo(time.now().plus(d));
  }

  @Test
  @DisplayName(
      "a routine case nobody accepts climbs a rung every 30 minutes to the district, then stays")
  void climbs() {
    open("C1", EventSeverity.ROUTINE);
    advance(Duration.ofMinutes(29));
    assertThat(book.get("C1").orElseThrow().state()).isEqualTo(CaseState.REPORTED);
    advance(Duration.ofMinutes(1));
    assertThat(escalator.rung("C1").orElseThrow().level()).isEqualTo(LadderLevel.GENERAL);
    assertThat(book.get("C1").orElseThrow().state()).isEqualTo(CaseState.ESCALATED);
    advance(Duration.ofMinutes(90));
    assertThat(escalator.rung("C1").orElseThrow().level()).isEqualTo(LadderLevel.DISTRICT);
    advance(Duration.ofMinutes(30));
    assertThat(notices.get(notices.size() - 1).reason()).contains("top of the ladder");
    assertThat(notices)
        .extracting(Escalator.Notice::level)
        .containsSubsequence(
            LadderLevel.MICRO,
            LadderLevel.GENERAL,
            LadderLevel.COMMUNITY,
            LadderLevel.STREET,
            LadderLevel.DISTRICT);
    // Every escalation is in the audit trail, by the system, with its reason.
    assertThat(book.get("C1").orElseThrow().history())
        .filteredOn(a -> a.to() == CaseState.ESCALATED)
        .hasSize(4)
        .allSatisfy(
            a -> {
              assertThat(a.actor()).isEqualTo("system");
              assertThat(a.reason()).contains("not accepted in time");
            });
  }

  @Test
  @DisplayName(
      "an accepted case is not escalated until its handling deadline, 2 working hours later")
  void handlingDeadline() {
    open("C2", EventSeverity.ROUTINE);
    advance(Duration.ofMinutes(10));
    book.update("C2", c -> c.moveTo(CaseState.ACCEPTED, "M1", MONDAY_10.plusMinutes(10), ""));
    book.update("C2", c -> c.moveTo(CaseState.DISPATCHED, "M1", MONDAY_10.plusMinutes(11), ""));
    // Opened 10:00: 2 working hours are 10:00-12:00, so the deadline is 12:00.
    assertThat(escalator.rung("C2").orElseThrow().handleBy())
        .isEqualTo(OffsetDateTime.parse("2026-03-02T12:00:00+08:00").toInstant());
    advance(Duration.ofMinutes(100)); // 11:50
    assertThat(escalator.rung("C2").orElseThrow().level()).isEqualTo(LadderLevel.MICRO);
    advance(Duration.ofMinutes(10)); // 12:00
    assertThat(escalator.rung("C2").orElseThrow().level()).isEqualTo(LadderLevel.GENERAL);
    assertThat(notices.get(notices.size() - 1).reason()).contains("not handled in time");
  }

  @Test
  @DisplayName("a resolved case is never escalated")
  void resolved() {
    open("C3", EventSeverity.ROUTINE);
    book.update("C3", c -> c.moveTo(CaseState.ACCEPTED, "M1", MONDAY_10, ""));
    book.update("C3", c -> c.moveTo(CaseState.DISPATCHED, "M1", MONDAY_10, ""));
    book.update("C3", c -> c.moveTo(CaseState.IN_PROGRESS, "M1", MONDAY_10, ""));
    book.update("C3", c -> c.moveTo(CaseState.RESOLVED, "M1", MONDAY_10.plusMinutes(20), ""));
    advance(Duration.ofDays(2));
    assertThat(escalator.rung("C3").orElseThrow().level()).isEqualTo(LadderLevel.MICRO);
    assertThat(book.get("C3").orElseThrow().state()).isEqualTo(CaseState.RESOLVED);
  }

  @Test
  @DisplayName("grades I and II start at the district and notify every level")
  void serious() {
    open("C4", EventSeverity.I);
    assertThat(escalator.rung("C4").orElseThrow().level()).isEqualTo(LadderLevel.DISTRICT);
    assertThat(notices).extracting(Escalator.Notice::level).containsExactly(LadderLevel.values());
  }

  @Test
  @DisplayName("working time skips the lunch break, the evening and the weekend")
  void workingHours() {
    WorkingHours h = WorkingHours.CHINA_OFFICE;
    Instant friday1700 = OffsetDateTime.parse("2026-03-06T17:00:00+08:00").toInstant();
    assertThat(h.plus(friday1700, Duration.ofHours(1)))
        .isEqualTo(OffsetDateTime.parse("2026-03-09T09:30:00+08:00").toInstant());
    Instant monday1130 = OffsetDateTime.parse("2026-03-02T11:30:00+08:00").toInstant();
    assertThat(h.plus(monday1130, Duration.ofHours(1)))
        .isEqualTo(OffsetDateTime.parse("2026-03-02T14:00:00+08:00").toInstant());
    Instant saturday = OffsetDateTime.parse("2026-03-07T10:00:00+08:00").toInstant();
    assertThat(h.plus(saturday, Duration.ZERO))
        .isEqualTo(OffsetDateTime.parse("2026-03-09T09:00:00+08:00").toInstant());
  }
}
