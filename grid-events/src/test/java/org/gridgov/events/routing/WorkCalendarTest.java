package org.gridgov.events.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.gridgov.core.problem.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

  private static final ZoneOffset CST = ZoneOffset.ofHours(8);

  private static OffsetDateTime due(WorkingHours hours, OffsetDateTime from) {
    return hours.plus(from.toInstant(), Duration.ofHours(2)).atOffset(CST);
  }

  @Test
  @DisplayName("a routine report before the Spring Festival of 2026 is due on the worked Saturday")
  void springFestival2026() {
    WorkingHours hours = WorkingHours.CHINA_OFFICE;
    // Friday 13 February, 16:30: one hour today, one on Saturday the 14th, a worked day (调休).
    assertThat(due(hours, OffsetDateTime.of(2026, 2, 13, 16, 30, 0, 0, CST)))
        .isEqualTo(OffsetDateTime.of(2026, 2, 14, 10, 0, 0, 0, CST));
    // Saturday 14 February, 16:30: one hour today, then the holiday (15th to 23rd), then Tuesday.
    assertThat(due(hours, OffsetDateTime.of(2026, 2, 14, 16, 30, 0, 0, CST)))
        .isEqualTo(OffsetDateTime.of(2026, 2, 24, 10, 0, 0, 0, CST));
    // The same on the zoned path (used for zones with offset changes).
    assertThat(
            hours
                .plusZoned(
                    OffsetDateTime.of(2026, 2, 14, 16, 30, 0, 0, CST).toInstant(),
                    Duration.ofHours(2))
                .atOffset(CST))
        .isEqualTo(OffsetDateTime.of(2026, 2, 24, 10, 0, 0, 0, CST));
    // Without holidays the old answer: Monday the 16th.
    WorkingHours plain = hours.withCalendar(WorkCalendar.weekdays());
    assertThat(due(plain, OffsetDateTime.of(2026, 2, 13, 16, 30, 0, 0, CST)))
        .isEqualTo(OffsetDateTime.of(2026, 2, 16, 10, 0, 0, 0, CST));
  }

  @Test
  @DisplayName("China's calendar knows holidays and worked weekend days of every bundled year")
  void chinaCalendar() {
    WorkCalendar cn = WorkCalendar.china();
    assertThat(cn.isWorkingDay(LocalDate.of(2024, 10, 1))).isFalse(); // National Day
    assertThat(cn.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue(); // a worked Saturday
    assertThat(cn.isWorkingDay(LocalDate.of(2007, 1, 2))).isFalse();
    assertThat(cn.isWorkingDay(LocalDate.of(2027, 3, 3))).isTrue(); // an ordinary Wednesday
    assertThat(cn.isWorkingDay(LocalDate.of(2027, 3, 6))).isFalse(); // an ordinary Saturday
    assertThat(cn.covers(2007)).isTrue();
    assertThat(cn.covers(2027)).isTrue();
    assertThat(cn.covers(2028)).isFalse();
    // A year without data: Monday to Friday (and a warning in the log), never another year's.
    assertThat(cn.isWorkingDay(LocalDate.of(2028, 10, 2))).isTrue();
    assertThat(WorkCalendar.weekdays().isWorkingDay(LocalDate.of(2026, 2, 16))).isTrue();
    assertThat(WorkCalendar.weekdays().covers(2026)).isFalse();
  }

  @Test
  @DisplayName("the fast path and the zoned walk agree over the bundled years (seeded)")
  void fastAgreesWithZoned() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261204L);
    WorkingHours hours = WorkingHours.CHINA_OFFICE;
    for (int i = 0; i < 2_000; i++) {
      long day = LocalDate.of(2007, 1, 1).toEpochDay() + random.nextInt(365 * 21);
      OffsetDateTime from =
          LocalDate.ofEpochDay(day).atStartOfDay().plusMinutes(random.nextInt(1440)).atOffset(CST);
      Duration work = Duration.ofMinutes(1 + random.nextInt(60 * 40));
      assertThat(hours.plus(from.toInstant(), work))
          .as("from %s, %s", from, work)
          .isEqualTo(hours.plusZoned(from.toInstant(), work));
    }
  }

  @Test
  @DisplayName("the policy names the calendar; an unknown one is refused with its path")
  void policy() {
    RoutingPolicy weekdays =
        RoutingPolicy.read(
            new StringReader("{\"schemaVersion\": 1, \"routing\": {\"calendar\": \"weekdays\"}}"),
            "policy.json");
    assertThat(weekdays.escalation().workingHours().calendar()).isSameAs(WorkCalendar.weekdays());
    assertThat(RoutingPolicy.defaults().escalation().workingHours().calendar())
        .isSameAs(WorkCalendar.china());
    assertThat(WorkingHours.CHINA_OFFICE.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThatThrownBy(
            () ->
                RoutingPolicy.read(
                    new StringReader("{\"schemaVersion\": 1, \"routing\": {\"calendar\": \"hk\"}}"),
                    "policy.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.routing.calendar")
        .hasMessageContaining("unknown calendar \"hk\"");
  }
}
